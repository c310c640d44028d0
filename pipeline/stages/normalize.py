"""Normalize stage: original text → ``doc.normalized`` with an offset map (``doc.tracked``).

Backend ``hazm_repair``: hazm's character tables, then the repair layer for what hazm leaves
broken. Repairs are recorded in ``doc.edits`` (original offsets, before/after, rule).
"""
from __future__ import annotations

import re

from hazm import Normalizer as HazmNormalizer

from ..document import Document
from ..offsets import TrackedText
from ..registry import register
from .base import Stage, StageOptions


class NormalizeOptions(StageOptions):
    digits: str = "latin"  # latin | persian | keep
    remove_diacritics: bool = True


@register("normalize", "hazm_repair")
class HazmRepairNormalizer(Stage):
    requires = ("text",)
    provides = ("normalized",)
    Options = NormalizeOptions

    def __init__(self, options: NormalizeOptions, base_dir=None):
        super().__init__(options, base_dir)
        hazm = HazmNormalizer(correct_spacing=False, seperate_mi=False, decrease_repeated_chars=False)
        self._chars = str.maketrans(hazm.translation_src, hazm.translation_dst)
        self._diacritics = re.compile(hazm.diacritics_patterns[0][0])

    def process(self, doc: Document) -> Document:
        tracked = TrackedText(doc.text)
        tracked.translate(self._chars)
        if self.options.remove_diacritics:
            tracked.sub(self._diacritics, "")
        doc.tracked = tracked
        doc.normalized = tracked.text
        doc.edits = tracked.edits
        return doc
