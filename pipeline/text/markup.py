"""HTML left in scraped text: tags removed, entities decoded, each change recorded.

Only well-formed tags count (``<p>``, ``</b>``, ``<br/>``, ``<a href="...">``, comments), so a lone
``<`` in prose stays. Block-level tags become a line break, which the segmenter treats as a
boundary; inline tags become a space when they stand between two words, else nothing.
"""
from __future__ import annotations

import html
import re

from ..offsets import TrackedText

_TAG = re.compile(r"<!--.*?-->|</?([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,2000})?/?>", re.S)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer "
                   "blockquote pre hr title".split())


def _tag_replacement(m: re.Match) -> str:
    name = (m.group(1) or "").lower()
    if name in _BLOCK:
        return "\n"
    text, s, e = m.string, m.start(), m.end()
    between_words = s > 0 and e < len(text) and not text[s - 1].isspace() and not text[e].isspace()
    return " " if between_words and name not in ("b", "i", "u", "em", "strong", "span", "sup", "sub") else ""


def _entity_replacement(m: re.Match) -> str | None:
    decoded = html.unescape(m.group())
    if decoded == m.group():
        return None  # not an entity HTML knows: leave the text as it is
    if decoded == "&" and _ENTITY.match("&" + m.string[m.end():m.end() + 10]):
        return None  # "&amp;lt;" is the text "&lt;": decoding it would make the result change again
    return " " if decoded == "\xa0" else decoded


def strip_markup(tracked: TrackedText) -> None:
    """Entities first, so an escaped ``&lt;b&gt;`` is dealt with in the same pass as real tags."""
    if "&" in tracked.text:
        tracked.sub(_ENTITY, _entity_replacement, rule="markup:entity")
    if "<" in tracked.text:
        tracked.sub(_TAG, _tag_replacement, rule="markup:tag")


def has_markup(text: str) -> bool:
    """Whether :func:`strip_markup` would change ``text`` (a later repair can form an entity or a tag,
    e.g. by dropping a stray ZWNJ or an [n] marker inside ``&a\u200cmp;``)."""
    if "&" in text:
        for m in _ENTITY.finditer(text):
            new = _entity_replacement(m)
            if new is not None and new != m.group():
                return True
    return "<" in text and _TAG.search(text) is not None
