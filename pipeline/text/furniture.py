"""Page furniture kept out of sentences: tag lists, link lists, metadata lines, ``[n]`` markers.

Nothing is dropped silently: every removal is a ``TrackedText`` edit with ``after=""`` and a
``furniture:*`` rule, so the user sees exactly what was taken out and where it was.
Header words come from ``pipeline/resources/normalize/furniture.tsv``.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..offsets import TrackedText
from .chars import LETTER_CLASS, ZWNJ

# A reference/link marker at a line start ("[1] جنگ") or right after a word or punctuation ("...است[2]").
LINE_MARKER = re.compile(r"^(?:\[\d{1,3}\] ?)+", re.M)
INLINE_MARKER = re.compile(rf"(?<=[{LETTER_CLASS}.،؛:!؟?»)\]])(?:\[\d{{1,3}}\])+")
ITEM_MAX_WORDS = 6
LIST_END = re.compile(r"[.!?؟؛][\"'»”)\]]*$")


def _header_pattern(header: str) -> str:
    # Spaces/ZWNJs inside a header may be written as a space, a ZWNJ, nothing, or a line break (the
    # line may be joined later, and the header must be found the same way on the second run).
    parts = re.split(f"[ {ZWNJ}]+", header.strip())
    return f"[ \n{ZWNJ}]{{0,2}}".join(re.escape(p) for p in parts)


def load_headers(path: Path) -> dict[str, str]:
    headers = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            header, kind = line.rstrip("\n").split("\t")
            headers[header] = kind
    return headers


class Furniture:
    def __init__(self, headers: dict[str, str]):
        self.kinds = {}
        alternatives = []
        # Longest first so "برچسب‌های خبر" wins over "برچسب".
        for header in sorted(headers, key=len, reverse=True):
            alternatives.append(_header_pattern(header))
            self.kinds[re.sub(f"[ {ZWNJ}]", "", header)] = headers[header]
        # At a line start, after a word or punctuation (with or without a space: a header glued to the
        # last word, پوتینبرچسب ها:, is the PDF/scrape artifact), always followed by a colon.
        self.header = re.compile(
            rf"(?:^|(?<=[{LETTER_CLASS}.!؟?»)\]] )|(?<=[{LETTER_CLASS}.!؟?»)\]]))"
            rf"(?P<h>{'|'.join(alternatives)}) ?:", re.M)

    def _kind(self, header: str) -> str:
        return self.kinds.get(re.sub(f"[ \n{ZWNJ}]", "", header), "list")

    def remove(self, tracked: TrackedText) -> int:
        """Remove the furniture; returns the number of edits made."""
        before = len(tracked.edits)
        if ":" not in tracked.text and "[" not in tracked.text:
            return 0  # every header needs a colon, every marker a bracket
        # 1. Header lines and their lists. A header glued to the word before it (پوتینبرچسب ها:) is cut
        #    off exactly where it starts, so the word before it is separated from it.
        text = tracked.text
        changes: list[tuple[int, int, str, str]] = []
        covered = -1
        for m in self.header.finditer(text):
            if m.start() < covered:
                continue
            kind = self._kind(m.group("h"))
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = _line_end(text, m.end())
            prefix = text[line_start:m.start()]
            rule = f"furniture:{'tag-list' if kind == 'list' else 'meta'}"
            end = _extend_down(text, line_end) if kind == "list" else line_end
            if _is_item(prefix, allow_plain=False) or not prefix.strip():
                # The line is all furniture; marker-item lines right above belong to the same list.
                start = _extend_up(text, line_start, changes) if kind == "list" else line_start
            else:
                start = m.start()  # real text before the header stays
            # One edit per removed line (a removed span is never split, so the segmenter can tell
            # that the original text under it was taken out on purpose).
            for a, b in _line_pieces(text, start, end):
                changes.append((a, b, "", rule))
            covered = end
        tracked.replace(sorted(changes))
        # 2. Remaining reference markers.
        if "[" in tracked.text:
            tracked.sub(LINE_MARKER, "", rule="furniture:ref-marker")
            tracked.sub(INLINE_MARKER, "", rule="furniture:ref-marker")
        return len(tracked.edits) - before


    def found(self, text: str) -> bool:
        """Whether :meth:`remove` would find something in ``text`` (furniture formed by a later repair:
        ``ب[0]رچسب:`` is a header once its marker is gone; found by bench/fuzz.py)."""
        if ":" not in text and "[" not in text:
            return False
        if self.header.search(text) is not None:
            return True
        return "[" in text and (LINE_MARKER.search(text) or INLINE_MARKER.search(text)) is not None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_item(line: str, allow_plain: bool = True) -> bool:
    """A short list item: a [n] marker line, or (after a header) any short line without a sentence end."""
    stripped = line.strip()
    if not stripped:
        return False
    marked = LINE_MARKER.match(stripped) is not None
    if not (marked or allow_plain):
        return False
    return len(stripped.split()) <= ITEM_MAX_WORDS + (1 if marked else 0) and not LIST_END.search(stripped)


def _extend_up(text: str, line_start: int, changes: list) -> int:
    start = line_start
    pos = line_start
    floor = changes[-1][1] if changes else 0
    while pos > floor:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos - 1]
        if line.strip() == "":
            pos = prev_start
            continue
        if not _is_item(line, allow_plain=False):
            break
        start = pos = prev_start
    return start


def _extend_down(text: str, line_end: int) -> int:
    end = line_end
    pos = line_end
    while pos < len(text):
        nxt_end = _line_end(text, pos + 1)
        line = text[pos + 1:nxt_end]
        if line.strip() == "":
            pos = nxt_end
            continue
        if not _is_item(line):
            break
        end = pos = nxt_end
    return end


def _line_pieces(text: str, start: int, end: int):
    """The non-empty line contents in ``[start, end)``: removed one edit per line, newlines kept."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if stop > pos:
            yield pos, stop
        pos = stop + 1
