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
    components = ("trainable_lemmatizer",)


from ..backends.hazm_backend import HazmLemmaStage  # noqa: E402


@register("lemmatize", "hazm")
class HazmLemmatizer(HazmLemmaStage):
    """Lemma table from the hazm tagger's training data, else hazm's Lemmatizer in PerDT format."""


from ..backends import stanza_backend  # noqa: E402 - stanza itself is imported only when the stage is built


@register("lemmatize", "stanza")
class StanzaLemmatizer(stanza_backend.StanzaStage):
    """stanza's lemmatizer (dictionary + seq2seq); runs stanza's tagger first; optional extra `stanza`."""

    provides = ("lemma",)
    processor = "lemma"
    copy = staticmethod(stanza_backend.set_lemma)
