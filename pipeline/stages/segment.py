"""Segment stage: ``doc.normalized`` → sentences → tokens → UD syntactic words.

Offsets come from ``doc.tracked`` so every token points into the original text.
"""
from __future__ import annotations

import re

from ..document import Document, Sentence, Token, Word
from ..offsets import TrackedText
from ..registry import register
from .base import Stage, StageOptions

_SENTENCE_END = re.compile(r"[.!?؟]+|\n+")
_TOKEN = re.compile(r"\w+(?:\u200c\w+)*|[^\w\s]")


class SegmentOptions(StageOptions):
    split_clitics: bool = True


@register("segment", "rules")
class RuleSegmenter(Stage):
    requires = ("normalized",)
    provides = ("sentences", "tokens", "words")
    Options = SegmentOptions

    def process(self, doc: Document) -> Document:
        tracked = doc.tracked or TrackedText(doc.normalized if doc.normalized is not None else doc.text)
        text = tracked.text
        doc.sentences = []
        start = 0
        for m in _SENTENCE_END.finditer(text):
            self._add_sentence(doc, tracked, start, m.end())
            start = m.end()
        self._add_sentence(doc, tracked, start, len(text))
        return doc

    def _add_sentence(self, doc: Document, tracked: TrackedText, start: int, end: int) -> None:
        tokens = []
        for m in _TOKEN.finditer(tracked.text, start, end):
            o_start, o_end = tracked.original_span(*m.span())
            tokens.append(Token(m.group(), o_start, o_end, [Word(len(tokens) + 1, m.group(), o_start, o_end)]))
        if tokens:
            s, e = tracked.original_span(start, end)
            doc.sentences.append(Sentence(tracked.text[start:end].strip(), s, e, tokens))
