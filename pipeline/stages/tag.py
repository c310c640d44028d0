"""Tag stage: UD words → UPOS, XPOS and morphological features.

Backend ``spacy``: the morphologizer (UPOS + FEATS) and tagger (XPOS) of a trained spaCy model.
"""
from __future__ import annotations

from ..backends.spacy_backend import SpacyLayerStage, set_tags
from ..registry import register


@register("tag", "spacy")
class SpacyTagger(SpacyLayerStage):
    provides = ("pos",)
    copy = staticmethod(set_tags)
