"""Parse stage: UD words → head and relation (UD Persian PerDT relations).

Backend ``spacy``: the transition-based parser of a trained spaCy model.
"""
from __future__ import annotations

from ..backends.spacy_backend import SpacyLayerStage, set_dependency
from ..registry import register


@register("parse", "spacy")
class SpacyParser(SpacyLayerStage):
    provides = ("deps",)
    copy = staticmethod(set_dependency)
