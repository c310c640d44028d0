"""Lemmatize stage: UD words → lemmas (PerDT style: one verb stem).

Backend ``spacy``: the trainable (edit-tree) lemmatizer of a trained spaCy model.
"""
from __future__ import annotations

from ..backends.spacy_backend import SpacyLayerStage, set_lemma
from ..registry import register


@register("lemmatize", "spacy")
class SpacyLemmatizer(SpacyLayerStage):
    provides = ("lemma",)
    copy = staticmethod(set_lemma)
