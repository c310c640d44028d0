"""Text rewriting that never loses track of where each character came from.

Every normalization step rewrites the text through :class:`TrackedText`, which keeps,
for each character of the current text, the span of the original input it stands for.
Token offsets are therefore always offsets into the text the user gave us.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable


@dataclass(frozen=True)
class Edit:
    """One repair, in original-text offsets (recorded for the user, not replayed)."""

    start: int
    end: int
    before: str
    after: str
    rule: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "before": self.before,
                "after": self.after, "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict) -> "Edit":
        return cls(d["start"], d["end"], d["before"], d["after"], d["rule"])


Replacement = str | Callable[[re.Match], str | None]


class TrackedText:
    """A string plus, per character, the original span ``[starts[i], ends[i])`` it came from.

    Inserted characters (a restored ZWNJ) get an empty span at their insertion point;
    a deleted character simply disappears from the maps.
    """

    __slots__ = ("text", "starts", "ends", "edits")

    def __init__(self, original: str):
        n = len(original)
        self.text = original
        if n < _IDENTITY_CACHE:
            # Slicing a cached 0, 1, 2, ... array is a memcpy; building one from range() is ~10x slower.
            identity = _identity(n + 1)
            self.starts = identity[:n]
            self.ends = identity[1:n + 1]
        else:
            self.starts = array("q", range(n))
            self.ends = array("q", range(1, n + 1))
        self.edits: list[Edit] = []

    # -- mapping ---------------------------------------------------------------------------
    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the current slice ``[start, end)``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.text) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    # -- rewriting -------------------------------------------------------------------------
    def translate(self, table: dict[int, str]) -> None:
        """Character-for-character mapping (every value one character): maps stay as they are."""
        self.text = self.text.translate(table)

    def sub(self, pattern: re.Pattern, repl: Replacement, rule: str | None = None) -> int:
        """``re.sub`` that keeps the offset maps; ``repl`` returning None keeps the match.

        When ``rule`` is given, each change is recorded as an :class:`Edit`.
        Returns the number of replacements made.
        """
        text = self.text
        changes = []
        literal = isinstance(repl, str) and "\\" not in repl  # no group references: no expand() needed
        for m in pattern.finditer(text):
            if literal:
                new = repl
            else:
                new = m.expand(repl) if isinstance(repl, str) else repl(m)
                if new is None:
                    continue
            s, e = m.span()
            if new != text[s:e]:
                changes.append((s, e, new, rule))
        return self.replace(changes)

    def replace(self, changes: Iterable[tuple[int, int, str, str | None]]) -> int:
        """Several replacements in one pass: ``(start, end, new, rule)`` in current offsets, sorted
        and non-overlapping (an insertion has ``start == end``). Each is aligned on its own, so the
        characters between two changes keep their spans; changes equal to the text are skipped.
        With a ``rule`` the change is recorded as an :class:`Edit`. Returns the number applied.
        """
        text = self.text
        pieces: list[str] = []
        starts = array("q")
        ends = array("q")
        last = 0
        count = 0
        for s, e, new, rule in changes:
            if new == text[s:e] or s < last:
                continue
            pieces.append(text[last:s])
            starts.extend(self.starts[last:s])
            ends.extend(self.ends[last:s])
            new_starts, new_ends = _align_replacement(text[s:e], new, self.starts[s:e], self.ends[s:e],
                                                      self._position(s))
            pieces.append(new)
            starts.extend(new_starts)
            ends.extend(new_ends)
            if rule is not None:
                o_start, o_end = (self.starts[s], self.ends[e - 1]) if e > s else (self._position(s),) * 2
                self.edits.append(Edit(o_start, o_end, text[s:e], new, rule))
            last = e
            count += 1
        if not count:
            return 0
        pieces.append(text[last:])
        starts.extend(self.starts[last:])
        ends.extend(self.ends[last:])
        self.text = "".join(pieces)
        self.starts, self.ends = starts, ends
        return count

    def _position(self, i: int) -> int:
        """Original offset of the gap before current character ``i``."""
        if i < len(self.starts):
            return self.starts[i]
        return self.ends[-1] if len(self.ends) else 0


_IDENTITY_CACHE = 1 << 20  # characters; bounds the memory the cache keeps (8 MB)
_identity_array = array("q")


def _identity(n: int) -> array:
    global _identity_array
    if len(_identity_array) < n:
        _identity_array = array("q", range(max(n, 2 * len(_identity_array), 4096)))
    return _identity_array


def _align_replacement(old: str, new: str, old_starts: Iterable[int], old_ends: Iterable[int],
                       gap: int) -> tuple[array, array]:
    """Offsets for ``new`` replacing ``old``: shared prefix and suffix keep their own
    characters' spans; the changed middle shares the span of what it replaced."""
    old_starts = array("q", old_starts)
    old_ends = array("q", old_ends)
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    q = 0
    while q < limit - p and old[len(old) - 1 - q] == new[len(new) - 1 - q]:
        q += 1
    starts = array("q", old_starts[:p])
    ends = array("q", old_ends[:p])
    mid_old = len(old) - p - q
    mid_new = len(new) - p - q
    if mid_old == mid_new:
        starts.extend(old_starts[p:p + mid_old])
        ends.extend(old_ends[p:p + mid_old])
    elif mid_new:
        if mid_old:
            lo, hi = old_starts[p], old_ends[p + mid_old - 1]
        else:  # pure insertion: an empty span at the gap
            lo = hi = old_ends[p - 1] if p else (old_starts[p] if len(old_starts) > p else gap)
        starts.extend([lo] * mid_new)
        ends.extend([hi] * mid_new)
    if q:
        starts.extend(old_starts[len(old) - q:])
        ends.extend(old_ends[len(old) - q:])
    return starts, ends
