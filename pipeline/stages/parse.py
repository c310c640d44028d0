"""Parse stage: UD words → head and relation (UD Persian PerDT relations).

Backend ``spacy``: the transition-based parser of a trained spaCy model. A sentence the segmenter kept whole across
a full stop inside a quote is parsed one quoted sentence at a time, each tree hung on the first one's root as
``parataxis`` (``pipeline/backends/spacy_backend.py``: ``clause_starts``).
"""
from __future__ import annotations

from ..backends.spacy_backend import SpacyLayerStage, set_dependency
from ..registry import register


@register("parse", "spacy")
class SpacyParser(SpacyLayerStage):
    provides = ("deps",)
    copy = staticmethod(set_dependency)
    components = ("parser",)


from ..backends import stanza_backend  # noqa: E402 - stanza itself is imported only when the stage is built


@register("parse", "stanza")
class StanzaParser(stanza_backend.StanzaStage):
    """stanza's biaffine dependency parser; runs stanza's tagger and lemmatizer first; optional extra `stanza`."""

    provides = ("deps",)
    processor = "depparse"
    copy = staticmethod(stanza_backend.set_dependency)
