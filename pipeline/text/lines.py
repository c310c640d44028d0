"""Whitespace and line structure.

Scraped and PDF text breaks lines inside sentences, sometimes even with a blank line in between
(``درگیری با\\n\\nنیروهای روس``). The segmenter always splits sentences at ``\\n``, so every break that
does not end a sentence is turned into a space here, and every break that remains is a ``\\n``.

* single newline: joined unless the line ends in sentence punctuation or in a finite verb (a Persian
  sentence ends in its verb; titles usually do too), or is a first line of a block that is short and
  followed by a longer line or made of parts split by ``/`` (a title), or is followed by a byline
  (``خبرگزاری فارس:``, the lead after a title);
* blank line (paragraph break): kept unless the line ends in a word that cannot end a sentence
  (preposition, conjunction, postposition, determiner: ``nonfinal.tsv``, from hazm's POS tags checked
  against the sentence ends of the clean corpora); a line ending in such a word always continues.
"""
from __future__ import annotations

import re
from typing import Callable

from ..offsets import TrackedText
from .chars import WORD, ZWNJ
from .lexicon import Lexicon

# One pass over whitespace: a run containing line breaks becomes "\n" (one break) or "\n\n" (a blank
# line, however many), other space runs one space, and whitespace at the document's edges goes.
WHITESPACE = re.compile(r"(?P<lead>\A[ \n]+)|(?P<trail>[ \n]+\Z)|(?P<nl> *\n[ \n]*)|(?P<run> {2,})")
BREAK = re.compile("\n\n?")

# A line ending like this ends its sentence (closing quotes/brackets may follow the mark).
SENTENCE_END = re.compile(r"[.!?؟؛:…](?: ?[(\[]\d{1,3}[)\]])?[\"'»”)\]}]*$")  # "... است.(2)" too
# A next line opening like this is a list item or a new block, not a continuation.
BLOCK_START = re.compile(r"^(?:[-–—•*▪◦●■►]|\d{1,3}[.)\-]|\[\d{1,3}\]|#)")
# A next line opening with a news agency's byline (`خبرگزاری فارس:`) starts the lead, after a title.
BYLINE = re.compile(r"^خبرگزاری(?: \S+){1,3} ?:")
# A slash between words separates the parts of a news title (`... بعید نیست/ لزوم تشکیل ...`); between
# digits it is a date or a decimal (`4/ 12/ 1392`, `5/9`).
TITLE_PARTS = re.compile(r"(?<=[^\d\s/])/ (?=[^\d\s/])")
MAX_WORD = 40  # longer letter runs are not words (as in zwnj.MAX_TOKEN)
PERSON = ("ند", "ید", "یم", "م", "ی", "د", "")
COPULAS = frozenset({"است", "نیست", "هست", "هستند", "نیستند", "هستم", "هستیم", "هستید", "نیستم", "نیستیم",
                     "نیستید", "هستی", "نیستی"})
PERFECT_AUX = frozenset({"ام", "ای", "است", "ایم", "اید", "اند"})
VERB_PREFIX = re.compile(f"^(?:ن?می{ZWNJ}?|ب|ن)")


def collapse_whitespace(tracked: TrackedText) -> None:
    """One space between words, no spaces at line edges, at most one blank line in a row."""
    end = len(tracked.text)

    def repl(m: re.Match) -> str:
        kind = m.lastgroup
        if kind == "run":
            return " "
        if kind != "nl" or m.end() == end:
            return ""
        return "\n" if m.group().count("\n") == 1 else "\n\n"

    tracked.sub(WHITESPACE, repl)


class LineJoiner:
    def __init__(self, lex: Lexicon, respell: Callable[[str], str] | None = None,
                 joins: Callable[[str, str], bool] | None = None):
        self.lex = lex
        # How the later ZWNJ/glue repairs will write a word (اظهارکرد → اظهار کرد, فوتبالاز → فوتبال از)
        # and whether they join two words (می کند → می‌کند): decisions are made on those spellings, so
        # a second normalization decides the same way.
        self.respell = respell or (lambda w: w)
        self.joins = joins or (lambda a, b: False)
        self._verb_cache: dict[str, bool] = {}
        # Letters the later artifact repairs can delete (االله → ‌الله drops an alef): line sizes leave them
        # out, so that a second normalization measures the same sizes (found by bench/fuzz.py).
        self.unstable = "".join(sorted({ch for broken, repaired in lex.artifacts for ch in set(broken)
                                        if broken.count(ch) > repaired.count(ch)}))

    def is_finite_verb(self, word: str) -> bool:
        hit = self._verb_cache.get(word)
        if hit is None:
            hit = self._verb(word)
            if len(self._verb_cache) < 100_000:
                self._verb_cache[word] = hit
        return hit

    def _verb(self, word: str) -> bool:
        lex = self.lex
        if word in COPULAS:
            return True
        parts = word.split(ZWNJ)
        if len(parts) > 1 and parts[-1] in PERFECT_AUX and parts[-2].endswith("ه"):
            return True  # نداشته‌اند
        body = VERB_PREFIX.sub("", parts[-1]) if len(parts) == 1 else parts[-1]
        for stem_set, endings in ((lex.present_stems, PERSON[:-1]), (lex.past_stems, PERSON)):
            for form in (parts[-1], body):
                for e in endings:
                    if form.endswith(e) and form[: len(form) - len(e)] in stem_set:
                        return True
        return False

    def _last_words(self, line: str) -> list[str]:
        """The last one or two Persian words ending the line, tokenized and spelled as the ZWNJ stage
        will see them (so the second normalization sees the same words)."""
        tail = line[-2 * MAX_WORD - 2:]
        found = list(WORD.finditer(tail))[-2:]
        if not found or found[-1].end() != len(tail):
            return []
        last = self.respell(found[-1].group()).split(" ")
        if len(found) == 2 and found[0].end() + 1 == found[-1].start() and tail[found[0].end()] == " " and (
                found[0].start() > 0 or len(tail) == len(line)):
            prev = self.respell(found[0].group()).split(" ")[-1]
            raw = found[-1].group()
            if raw != last[0] and self.joins(prev, raw):  # the ZWNJ stage joins a fragment as written
                last = [prev + ZWNJ + raw]
            elif self.joins(prev, last[0]):
                last[0] = prev + ZWNJ + last[0]
            else:
                last.insert(0, prev)
        return last[-2:]

    def _ends_sentence(self, line: str, words: list[str] | None = None) -> bool:
        if SENTENCE_END.search(line):
            return True
        if words is None:
            words = self._last_words(line)
        if not words:
            return False
        last = words[-1]
        if len(words) == 2 and words[0] in ("می", "نمی"):
            last = words[0] + ZWNJ + last
        elif len(words) == 2 and last in PERFECT_AUX and words[0].endswith("ه"):
            return True  # کرده است / کرده اند
        return self.is_finite_verb(last)

    def _continues(self, line: str, words: list[str] | None = None) -> bool:
        if words is None:
            words = self._last_words(line)
        return bool(words) and words[-1] in self.lex.nonfinal

    def join(self, tracked: TrackedText) -> None:
        """Turn the breaks inside sentences into spaces, left to right: a decision sees the line as
        already joined, so normalizing the result again makes the same decisions (idempotence)."""
        text = tracked.text
        if "\n" not in text:
            return
        changes = []
        line_start = 0
        block_start = True  # the current line opens a block (document start or after a blank line)
        for m in BREAK.finditer(text):
            s, e = m.span()
            nxt_end = text.find("\n", e)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            if self._joins(text, line_start, s, e, nxt_end, block_start):
                changes.append((s, e, " ", "line:join"))
                block_start = False  # a joined line is not a title (and is never measured again)
            else:
                line_start, block_start = e, e - s > 1
        tracked.replace(changes)

    def _joins(self, text: str, line_start: int, s: int, e: int, nxt_end: int, block_start: bool) -> bool:
        # Only the ends of the lines matter; slicing bounds the work on huge lines. Breaks already
        # decided in this line are joins: they read as the single space they become.
        line = text[max(line_start, s - 200):s]
        if "\n" in line:
            line = line.replace("\n\n", " ").replace("\n", " ")
        nxt = text[e:min(e + 40, nxt_end)]
        if not line or not nxt or BLOCK_START.match(nxt) or BYLINE.match(nxt) or SENTENCE_END.search(line):
            return False
        words = self._last_words(line)
        if self._continues(line, words):  # ends in a preposition, conjunction, ...: the sentence goes on
            return True
        if e - s > 1:
            return False  # a blank line is a paragraph break unless the sentence visibly goes on
        if self._ends_sentence(line, words):
            return False  # ends in a finite verb
        # A block's first line in parts (`.../ ...`), or short and followed by a longer one, is a title.
        if block_start and TITLE_PARTS.search(line):
            return False
        if block_start and _size(text, line_start, s, self.unstable) < TITLE * _size(text, e, nxt_end, self.unstable):
            return False
        return True


TITLE = 0.6  # a block's first line shorter than this fraction of the next line is a title


def _size(text: str, start: int, end: int, unstable: str = "") -> int:
    """Length of a line without spaces, ZWNJs and the ``unstable`` letters: the later ZWNJ and artifact
    repairs do not change it, so a second normalization measures the same lines (idempotence)."""
    size = end - start - text.count(" ", start, end) - text.count(ZWNJ, start, end) - text.count("\n", start, end)
    for ch in unstable:
        size -= text.count(ch, start, end)
    return size
