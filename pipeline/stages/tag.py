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
    components = ("morphologizer", "tagger")


from ..backends.hazm_backend import HazmTagStage  # noqa: E402


@register("tag", "hazm")
class HazmTagger(HazmTagStage):
    """hazm's CRF POS tagger retrained on UD Persian (models/tagger-hazm): fast, no parser needed."""


from ..backends import stanza_backend  # noqa: E402 - stanza itself is imported only when the stage is built


@register("tag", "stanza")
class StanzaTagger(stanza_backend.StanzaStage):
    """stanza's POS tagger (UPOS, XPOS, FEATS); optional extra `stanza`."""

    provides = ("pos",)
    processor = "pos"
    copy = staticmethod(stanza_backend.set_tags)
