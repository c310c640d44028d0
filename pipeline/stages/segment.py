"""Segment stage: normalized text → sentences → tokens → UD syntactic words (PerDT conventions).

Backend ``rules``. Reads ``doc.tracked`` (the normalized text with its offset map); every token
and word it writes carries offsets into the **original** ``doc.text``.

What the rules follow, and the data behind each (measured on PerDT dev and the PerDT train raw
text; see ``pipeline/training/segment_lexicon.py`` for the data files):

* Tokens are whitespace-separated units with punctuation split off. Numbers keep their inner
  ``.`` ``/`` ``:`` ``,`` (``5/8``, ``3.5``, ``31/10/1917``) and a trailing ``%``; Latin compounds keep
  inner ``-`` ``.`` (``CoRoT-7b``); URLs, e-mails, hashtags and mentions are one token; ZWNJ is
  word-internal (``می‌شود``); ``را`` and verb parts (``خواهد`` ``رفت``) are tokens of their own as
  PerDT writes them; dotted abbreviations (``م.``, ``ه.ق.``, ``آر.پی.جی``) are one token; each of
  ``! ؟ ?`` is its own token (PerDT: ``!`` + ``؟``).
* Pronominal (and copula) clitics are split into a multiword token: ``کتابش`` → ``کتاب`` + ``ش``,
  ``صدایش`` → ``صدا`` + ``یش``, ``خانواده‌اش`` → ``خانواده‌`` + ``اش`` (PerDT keeps the ZWNJ on the host),
  ``کتاب‌هایش`` → ``کتاب‌های`` + ``ش``, ``مرا`` → ``م`` + ``را``, ``اوست`` → ``او`` + ``ست``, ``معتقدند`` →
  ``معتقد`` + ``ند``. Whether a form splits comes from the data files: a host lexicon, a list of words
  that only look like host + clitic (``آتش``, ``ارتش``, ``خویش``, verb forms such as ``کردم``, ordinals,
  names), forced closed-class splits and corpus-attested glued copulas. Punctuation written against
  a split token becomes its last word (``سرشان.`` → ``سر`` + ``شان`` + ``.``), as in all 26 such PerDT
  dev cases.
* Sentences end after ``.`` ``!`` ``?`` ``؟`` (runs included) together with any closing quotes,
  brackets and further terminators that follow; always at a line break. ``؛`` and ``:`` never end a
  sentence (PerDT dev: 38 ``:`` and 17 ``؛`` sentence-internal, none final), nor does an ellipsis
  (PerDT train: 0 of 26,196 sentences end in one), nor a terminator inside «…» / (…) that closes soon.
* A sentence longer than ``max_sentence_tokens`` is cut, preferring a ``؛`` ``:`` ``،`` boundary.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from ..document import Document, Sentence, Token, Word
from ..errors import ModelError
from ..offsets import TrackedText
from ..registry import register
from .base import ExistingPath, Stage, StageOptions

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "segment"
ZWNJ = "\u200c"

# -- token shapes ----------------------------------------------------------------------------
# Combining marks (Arabic harakat, superscript alef, hamza above, Latin diacritics) are part of a
# word although Python's \w does not include them; so are ZWNJ and ZWJ.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_W = rf"[\w{_MARKS}\u200c\u200d]"
_TOKEN_RE = re.compile(
    r"(?P<url>(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s<>«»\"]+)"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    r"|(?P<tag>[#@][\w\u200c]+)"
    # a word; digits keep . / : , ٫ ٬ between them, Latin/digit runs keep - _ . ' & + between them
    rf"|(?P<word>{_W}+(?:(?:(?<=\d)[.,/:٫٬](?=\d)|(?<=[A-Za-z0-9])[-_.'’&+](?=[A-Za-z0-9])){_W}+)*"
    r"(?:(?<=\d)[%٪])?)"
    r"|(?P<ellipsis>\.{2,}|…+)"
    r"|(?P<term>[!?؟.])"  # one token per mark: PerDT writes «است !؟» as ! + ؟
    r"|(?P<other>[^\s])"
)
_CHUNK = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
_PURE_WORD = re.compile(rf"{_W}+").fullmatch
_URL_TRAIL = ".,;:!?)]}'\"؟،؛»"
# Invisible format controls (bidi marks and isolates, BOM, soft hyphen): never tokens of their own
# when they touch a token; they are absorbed into its original span.
_INVISIBLE = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060")

# token kinds
WORD, TERM, ELLIPSIS, OTHER, ABBR = 0, 1, 2, 3, 4
_KIND = {"url": WORD, "email": WORD, "tag": WORD, "word": WORD, "ellipsis": ELLIPSIS, "term": TERM,
         "other": OTHER}

_OPENERS = {"«": "»", "(": ")", "[": "]", "{": "}", "“": "”", "‹": "›"}
_CLOSER_OF = {closer: opener for opener, closer in _OPENERS.items()}
_CLOSERS = frozenset({"»", ")", "]", "}", "”", "’", "›", '"', "'"})
_WEAK_BREAKS = ("؛", ";", ":", "،", ",")
# last letters of every clitic form and forced split: other words skip the clitic lookup
_CLITIC_LAST = frozenset("شمتناید")
_MWT_PUNCT = frozenset({".", "،", "؟", "!", "»", ":", "؛", "?"})
_NO_SENTENCE_START = frozenset({"،", "؛", ":", ",", ";"})
_QUOTE_LOOKAHEAD = 60  # a terminator inside «…» does not end the sentence if » comes within this many tokens
_BLOCK_CHARS = 100_000  # text is processed in blocks cut at line breaks, or at whitespace past this size
_CACHE_LIMIT = 300_000
_MAX_CLITIC_WORD = 40  # longer "words" (URLs, junk) are never looked up, so the cache stays small

# -- clitics -----------------------------------------------------------------------------------
# Clitic forms by the host's ending; longest first. PerDT splits pronominal clitics
# (ش م ت شان مان تان, written یش… after ا/و, اش… after a ZWNJ) and the glued copula ست.
_CLITICS_CONSONANT = ("شان", "تان", "مان", "ش", "م", "ت")
_CLITICS_VOWEL = ("یشان", "یتان", "یمان", "یش", "یم", "یت")
_CLITICS_ZWNJ = ("شان", "تان", "مان", "اش", "ام", "ات")
_COPULA = "ست"
_VOWEL_ENDINGS = ("ا", "و")
_HOST_SUFFIXES = ("\u200cهای", "های", "\u200cها", "ها", "ان", "ی")


def clitic_candidates(word: str) -> list[tuple[str, str]]:
    """Every way ``word`` can be read as host + clitic, by spelling alone (longest clitic first).

    The host keeps a ZWNJ that precedes the clitic (``خانواده‌`` + ``اش``), as PerDT writes it.
    """
    out: list[tuple[str, str]] = []
    n = len(word)
    if n < 3:
        return out
    if word[-1] in "شمتن" or word.endswith(_COPULA):
        i = word.rfind(ZWNJ)
        if i > 0:
            tail = word[i + 1:]
            if tail in _CLITICS_ZWNJ or tail in _CLITICS_CONSONANT:
                out.append((word[:i + 1], tail))
        for c in _CLITICS_VOWEL:
            if word.endswith(c) and n - len(c) >= 2 and word[-len(c) - 1] in _VOWEL_ENDINGS:
                out.append((word[:-len(c)], c))
        for c in _CLITICS_CONSONANT:
            if word.endswith(c) and n - len(c) >= 2:
                host = word[:-len(c)]
                last = host[-1]
                if last == ZWNJ or last in _VOWEL_ENDINGS:
                    continue  # after ا/و the clitic is written یش; after a ZWNJ: handled above
                out.append((host, c))
        if word.endswith(_COPULA) and n >= 5 and word[-3] in "اوی":   # (a host of three letters or more: `ایست` is no ای + ست)
            out.append((word[:-2], _COPULA))
    return out


@dataclass(frozen=True)
class SegmentResources:
    """The Persian data files the segmenter reads (``pipeline/resources/segment/``)."""

    abbreviations: frozenset[str]
    hosts: frozenset[str]
    whole: frozenset[str]
    forced: dict[str, tuple[str, ...]]
    copula: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, folder: Path) -> "SegmentResources":
        return _load_resources(str(folder))


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"{path}: segmenter data file missing (regenerate with "
                         "`python -m pipeline.training.segment_lexicon`)") from None
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


@lru_cache(maxsize=4)
def _load_resources(folder: str) -> SegmentResources:
    base = Path(folder)
    return SegmentResources(
        abbreviations=frozenset(_read_lines(base / "abbreviations.txt")),
        hosts=frozenset(_read_lines(base / "clitic_hosts.txt")),
        whole=frozenset(_read_lines(base / "clitic_whole.txt")),
        forced=_read_table(base / "clitic_forced.tsv"),
        copula=_read_table(base / "clitic_copula.tsv"),
    )


def _read_table(path: Path) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _read_lines(path):
        word, _, parts = line.partition("\t")
        table[word] = tuple(parts.split(" "))
    return table


class CliticSplitter:
    """Decides, per word form, whether it is host + clitic; decisions are cached per process."""

    def __init__(self, res: SegmentResources, copula: bool = True):
        self.res = res
        self.copula = copula
        self._cache: dict[str, tuple[str, ...] | None] = {}

    def __call__(self, word: str) -> tuple[str, ...] | None:
        try:
            return self._cache[word]
        except KeyError:
            pass
        parts = self._decide(word)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = parts
        return parts

    def _decide(self, word: str) -> tuple[str, ...] | None:
        res = self.res
        forced = res.forced.get(word)
        if forced is not None:
            return forced if self.copula or forced[-1] != _COPULA else None
        if self.copula:
            glued = res.copula.get(word)
            if glued is not None:
                return glued
        if word in res.whole:
            return None
        for host, clitic in clitic_candidates(word):
            if clitic == _COPULA and not self.copula:
                continue
            if self._host_ok(host, clitic):
                if clitic[0] == "ی" and len(clitic) > 1 and host.endswith("ها") \
                        and host[:-2].rstrip(ZWNJ) in self.res.hosts:
                    return host + "ی", clitic[1:]  # plural + ezafe: کتاب‌های + ش, not کتاب‌ها + یش
                return host, clitic
        return None

    def _host_ok(self, host: str, clitic: str) -> bool:
        hosts = self.res.hosts
        bare = host[:-1] if host.endswith(ZWNJ) else host
        if bare in hosts:
            return True
        # plurals and derived nouns: کتاب‌های+ش, فرزندان+ش, دل‌ها+ست, ماندگاری+شان
        for suffix in _HOST_SUFFIXES:
            if bare.endswith(suffix) and len(bare) > len(suffix) + 1 and bare[:-len(suffix)].rstrip(ZWNJ) in hosts:
                if suffix.endswith("ها") and clitic != _COPULA and not clitic.startswith("ی"):
                    return False  # کتاب‌هاش is colloquial; the written form is کتاب‌هایش
                if suffix == "ی":  # ماندگاری+شان; but کنیم, هستیم are verbs, not کنی+م
                    return len(clitic) == 3 or host.endswith(ZWNJ)
                return suffix != "ان" or clitic in _CLITICS_CONSONANT
        return False


# -- the stage ---------------------------------------------------------------------------------
class SegmentOptions(StageOptions):
    split_clitics: bool = True
    split_copula: bool = Field(True, description="split the glued copula ست (اینجاست → اینجا + ست), as PerDT does")
    ellipsis_ends_sentence: bool = Field(False, description="PerDT: an ellipsis never ends a sentence")
    newline_ends_sentence: bool = True
    mwt_absorbs_punct: bool = Field(True, description="PerDT: «سرشان.» is one token سر + شان + .")
    max_sentence_tokens: int = Field(250, gt=1, description="longer sentences are cut here")
    resources: ExistingPath | None = Field(None, description="folder with the segmenter's data files")


@register("segment", "rules")
class RuleSegmenter(Stage):
    requires = ("normalized",)
    provides = ("sentences", "tokens", "words")
    Options = SegmentOptions

    def __init__(self, options: SegmentOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.resources = SegmentResources.load(options.resources or RESOURCE_DIR)
        self.clitics = CliticSplitter(self.resources, copula=options.split_copula)

    # -- public API --------------------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        tracked = doc.tracked
        if tracked is None:
            normalized = doc.normalized
            if normalized is not None and len(normalized) != len(doc.text):
                # without its offset map a rewritten text cannot point into the original
                doc.problems.append("segment: normalized text came without its offset map; "
                                    "segmented the original text instead")
                normalized = None
            tracked = TrackedText(normalized if normalized is not None else doc.text)
        doc.sentences = _Run(self, doc, tracked).sentences()
        return doc

    def tokenize(self, text: str) -> list[list[str]]:
        """Convenience: sentences as lists of token texts (normalization not applied)."""
        doc = self(Document(doc_id="-", text=text))
        return [[t.text for t in s.tokens] for s in doc.sentences]


class _Run:
    """One document's segmentation: blocks → raw tokens → sentences → Token/Word objects."""

    def __init__(self, stage: RuleSegmenter, doc: Document, tracked: TrackedText):
        self.opts: SegmentOptions = stage.options
        self.res = stage.resources
        self.clitics = stage.clitics if stage.options.split_clitics else None
        self.text = tracked.text
        self.starts = tracked.starts
        self.ends = tracked.ends
        self.original = doc.text
        edits = sorted((e.start, e.end) for e in (tracked.edits or doc.edits) if e.end > e.start)
        # merged into disjoint runs: an edit nested in a larger one (a ZWNJ dropped inside a removed tag
        # list) must not hide the larger one from _in_edits (found by bench/fuzz.py)
        merged: list[list[int]] = []
        for s, e in edits:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.edit_starts = [s for s, _ in merged]
        self.edit_ends = [e for _, e in merged]
        self.out: list[Sentence] = []
        self.last_token: Token | None = None
        self.last_end = 0  # original offset where the last token (or kept run) ends
        self.last_sentence: Sentence | None = None

    # -- driver ------------------------------------------------------------------------------
    def sentences(self) -> list[Sentence]:
        text = self.text
        carry: list[tuple] = []
        for start, end, hard in self._blocks(text):
            toks = self._raw_tokens(start, end)
            if carry:
                toks = carry + toks
            if not toks:
                continue
            spans = self._sentence_spans(toks, final=hard)
            carry = []
            if not hard and spans:
                # a block cut for size is no sentence end: the open sentence goes on in the next block
                a, b = spans.pop()
                carry = toks[a:b]
            for a, b in spans:
                self._emit(toks, a, b)
        if self.last_end < len(self.original):
            self._fill_gap(len(self.original), has_next=False)
        return self.out

    def _blocks(self, text: str):
        """(start, end, hard): the text cut at line breaks (hard sentence breaks), and blocks kept
        bounded in size by soft cuts at whitespace, across which a sentence goes on."""
        n = len(text)
        pos = 0
        split_lines = self.opts.newline_ends_sentence
        while pos < n:
            end = text.find("\n", pos) if split_lines else -1
            if end < 0:
                end = n
            while end - pos > _BLOCK_CHARS:
                cut = pos + _BLOCK_CHARS
                ws = max(text.rfind(c, pos, cut) for c in " \t\u00a0\u2009\u3000")
                if ws <= pos:  # one giant token: cut at its end
                    m = _SPACE.search(text, cut, end)
                    ws = m.start() if m else end
                if ws >= end:
                    break
                yield pos, ws, False
                pos = ws
            yield pos, end, True
            pos = end + 1

    # -- tokens ------------------------------------------------------------------------------
    def _raw_tokens(self, start: int, end: int) -> list[tuple]:
        """(kind, start, end, text) in normalized offsets, abbreviations merged."""
        text = self.text
        toks: list[tuple] = []
        append = toks.append
        pure = _PURE_WORD
        for chunk in _CHUNK.finditer(text, start, end):
            form = chunk.group()
            if pure(form):  # the common case: a whitespace-separated word and nothing else
                append((WORD, chunk.start(), chunk.end(), form))
                continue
            for m in _TOKEN_RE.finditer(text, chunk.start(), chunk.end()):
                kind_name = m.lastgroup
                s, e = m.span()
                tok = m.group()
                if kind_name == "other" and tok in _INVISIBLE:
                    continue  # absorbed into a neighbour's span, or kept by the gap filler
                if kind_name == "url":
                    stripped = tok.rstrip(_URL_TRAIL)
                    if stripped != tok and len(stripped) > 4:
                        e = s + len(stripped)
                        append((WORD, s, e, stripped))
                        for k, ch in enumerate(tok[len(stripped):]):
                            append((TERM if ch in ".!?؟" else OTHER, e + k, e + k + 1, ch))
                        continue
                append((_KIND[kind_name], s, e, tok))
        return self._merge_abbreviations(toks) if self.res.abbreviations else toks

    def _merge_abbreviations(self, toks: list[tuple]) -> list[tuple]:
        """Dotted abbreviations become one token: listed ones (``ه.ق.``, ``ج.ا.ا``), a single letter
        with its dot (``م.``, PerDT's form), and unlisted initialisms of short parts (``آر.پی.جی``).
        ``شد.وی`` (a missing space after a full stop) is left alone."""
        abbr = self.res.abbreviations
        out: list[tuple] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if not (t[0] == WORD and i + 1 < n and toks[i + 1][3] == "." and toks[i + 1][1] == t[2]
                    and len(t[3]) <= 5):
                out.append(t)
                i += 1
                continue
            # the adjacent chain word . word . … ; words[k] is the index of its k-th word
            words = [i]
            j = i
            while (j + 2 < n and toks[j + 1][3] == "." and toks[j + 1][1] == toks[j][2]
                   and toks[j + 2][0] == WORD and toks[j + 2][1] == toks[j + 1][2] and len(toks[j + 2][3]) <= 5):
                j += 2
                words.append(j)
            best = -1
            for m in range(len(words), 0, -1):  # longest listed prefix first
                last = words[m - 1]
                has_dot = last + 1 < n and toks[last + 1][3] == "." and toks[last + 1][1] == toks[last][2]
                form = self.text[t[1]:toks[last][2]]
                if has_dot and form + "." in abbr:
                    best = last + 1
                elif m > 1 and (form in abbr or _initialism([toks[k][3] for k in words[:m]])):
                    best = last
                elif m == 1 and len(form) == 1 and form.isalpha() and (form > "\u0600" or form.isupper()):
                    best = last + 1  # a single letter and its dot: an initial (م. ق. ش.)
                if best >= 0:
                    break
            if best < 0:
                out.append(t)
                i += 1
                continue
            out.append((ABBR, t[1], toks[best][2], self.text[t[1]:toks[best][2]]))
            i = best + 1
        return out

    # -- sentences ---------------------------------------------------------------------------
    def _sentence_spans(self, toks: list[tuple], final: bool = True) -> list[tuple[int, int]]:
        """Index ranges [a, b) of the tokens of each sentence of one block. When the block is not
        ``final`` (a soft cut), the last range is the open sentence, to be carried over."""
        spans: list[tuple[int, int]] = []
        n = len(toks)
        ends_at_ellipsis = self.opts.ellipsis_ends_sentence
        a = 0
        depth: dict[str, int] = {}
        ascii_open = False
        i = 0
        while i < n:
            kind, _, _, tok = toks[i]
            if kind in (OTHER, TERM, ELLIPSIS):
                ascii_open = self._track(tok, depth, ascii_open)
            if tok == "/" and _title_parts(toks, i):
                spans.append((a, i + 1))
                a = i + 1
                i += 1
                continue
            if kind == TERM or (kind == ELLIPSIS and ends_at_ellipsis):
                j = i + 1
                while j < n:
                    nxt = toks[j][3]
                    k = toks[j][0]
                    if k == TERM or k == ELLIPSIS:
                        pass
                    elif k == OTHER and nxt in _CLOSERS and (nxt != '"' or ascii_open) and nxt != "'":
                        pass
                    else:
                        break
                    ascii_open = self._track(nxt, depth, ascii_open)
                    j += 1
                if j >= n and not final:
                    break  # what follows the cut decides this one
                if self._breaks(toks, a, i, j, depth, ascii_open):
                    spans.append((a, j))
                    a = j
                    for key, d in depth.items():
                        if d > 0:
                            depth[key] = 0
                    ascii_open = False
                i = j
                continue
            i += 1
        if a < n or not final:
            spans.append((a, n))
        limit = self.opts.max_sentence_tokens
        for a, b in spans:
            if b - a > limit:
                return [piece for a, b in spans for piece in _cut(toks, a, b, limit)]
        return spans

    @staticmethod
    def _track(tok: str, depth: dict[str, int], ascii_open: bool) -> bool:
        """Update the open-bracket counts; a closer with nothing open marks its bracket kind as
        unreliable for the rest of the block (mirrored ``)ع(`` text), by a negative count."""
        if tok in _OPENERS:
            if depth.get(tok, 0) >= 0:
                depth[tok] = depth.get(tok, 0) + 1
        elif tok == '"':
            return not ascii_open
        else:
            opener = _CLOSER_OF.get(tok)
            if opener is not None:
                d = depth.get(opener, 0)
                if d > 0:
                    depth[opener] = d - 1
                elif d == 0:
                    depth[opener] = -1
        return ascii_open

    def _breaks(self, toks: list[tuple], a: int, i: int, j: int, depth: dict[str, int], ascii_open: bool) -> bool:
        """Does the sentence end after the terminator group toks[i:j]?"""
        n = len(toks)
        if j >= n:
            return True
        if toks[j][3] in _NO_SENTENCE_START:
            return False
        # "1." or "الف." opening a list item is not a sentence
        if i - a == 1 and toks[a][0] == WORD and (toks[a][3].isdigit() or len(toks[a][3]) == 1) and toks[i][3] == ".":
            return False
        open_quotes = [o for o, d in depth.items() if d > 0]
        if open_quotes or ascii_open:
            closers = {_OPENERS[o] for o in open_quotes}
            if ascii_open:
                closers.add('"')
            for k in range(j, min(n, j + _QUOTE_LOOKAHEAD)):
                if toks[k][3] in closers:
                    return False
        return True

    # -- objects -----------------------------------------------------------------------------
    def _emit(self, toks: list[tuple], a: int, b: int) -> None:
        starts, ends = self.starts, self.ends
        original = self.original
        split = self.clitics
        clitic_last = _CLITIC_LAST
        glue = self.opts.mwt_absorbs_punct
        tokens: list[Token] = []
        sentence = Sentence("", 0, 0, tokens)
        wid = 0
        last_end = self.last_end
        k = a
        while k < b:
            kind, s, e, form = toks[k]
            k += 1
            parts = None
            if split is not None and kind == WORD and form[-1] in clitic_last and 2 < len(form) <= _MAX_CLITIC_WORD:
                parts = split(form)
                if parts is not None and glue and k < b and toks[k][1] == e and toks[k][3] in _MWT_PUNCT:
                    # PerDT: punctuation written against a split token is a word of that token (سرشان.)
                    parts = parts + (toks[k][3],)
                    form += toks[k][3]
                    e = toks[k][2]
                    k += 1
            o_start = starts[s]
            o_end = ends[e - 1]
            if o_end < o_start:
                o_end = o_start
            if o_start > last_end and not original[last_end:o_start].isspace():
                self.last_end = last_end
                o_start = self._fill_gap(o_start)
                wid = sum(len(t.words) for t in tokens)
            if parts is None:
                wid += 1
                token = Token(form, o_start, o_end, [Word(wid, form, o_start, o_end)])
            else:
                words = []
                for p in parts:
                    wid += 1
                    words.append(Word(wid, p, o_start, o_end))
                token = Token(form, o_start, o_end, words)
            tokens.append(token)
            self.last_token = token
            last_end = o_end
            self.last_sentence = sentence
        self.last_end = last_end
        sentence.text = self.text[toks[a][1]:toks[b - 1][2]]
        sentence.start = tokens[0].start
        sentence.end = tokens[-1].end
        self.out.append(sentence)

    def _fill_gap(self, upto: int, has_next: bool = True) -> int:
        """Original characters between the previous token and ``upto`` that no token holds.

        Whitespace stays out, and so does text a recorded normalizer edit removed (page furniture),
        except marks, tatweel and invisible controls touching a token: those always join it. Anything
        else (a character the normalizer dropped without recording it) joins the token it touches, or
        becomes a token of its own, so no text is lost. Returns where the next token starts.
        """
        lo = self.last_end
        gap = self.original[lo:upto]
        n = len(gap)
        i = 0
        prev = self.last_token
        if prev is not None:
            while i < n and not gap[i].isspace():
                i += 1
            if i and (_is_attachable(gap[:i]) or not self._in_edits(lo, lo + i)):
                prev.end = lo + i
                for w in prev.words:
                    w.end = prev.end
                if self.last_sentence is not None and self.last_sentence.end < prev.end:
                    self.last_sentence.end = prev.end
                self.last_end = prev.end
        j = n
        if has_next:
            while j > i and not gap[j - 1].isspace():
                j -= 1
        for m in _CHUNK.finditer(gap, i, j):
            self._orphan(lo + m.start(), lo + m.end())
        if j < n and (_is_attachable(gap[j:]) or not self._in_edits(lo + j, upto)):
            return lo + j
        return upto

    def _orphan(self, s: int, e: int) -> None:
        """A run of original text no token covers: a token of its own unless an edit removed it."""
        if self._in_edits(s, e):
            return
        piece = self.original[s:e]
        sent = self.last_sentence
        if sent is None:
            sent = Sentence(piece, s, e, [])
            self.out.append(sent)
            self.last_sentence = sent
        token = Token(piece, s, e, [Word(sum(len(t.words) for t in sent.tokens) + 1, piece, s, e)])
        sent.tokens.append(token)
        if sent.end < e:
            sent.end = e
        self.last_token = token
        self.last_end = e

    def _in_edits(self, s: int, e: int) -> bool:
        """Is [s, e) entirely inside a recorded normalizer edit?"""
        k = bisect.bisect_right(self.edit_starts, s) - 1
        return k >= 0 and self.edit_ends[k] >= e


def _title_parts(toks: list[tuple], i: int) -> bool:
    """Is the `/` at ``i`` the separator of a news title's parts (`... برگزار می‌شود/ اقامه نماز ...`): glued to a
    word, a space after it, a word after that, no digit on either side (`4/ 12/ 1392` is a date)?"""
    if i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    return before[0] == WORD and after[0] == WORD and before[2] == toks[i][1] and after[1] > toks[i][2] \
        and not before[3][-1].isdigit() and not after[3][0].isdigit()


def _is_attachable(run: str) -> bool:
    """Marks, tatweel, ZWNJ and invisible controls belong to the word they touch even when a
    normalizer edit removed them (``کاملاً`` keeps its tanwin inside the token's span)."""
    return all(ch in _INVISIBLE or ch in "\u0640\u200c\u200d" or unicodedata.category(ch)[0] == "M" for ch in run)


def _initialism(parts: list[str]) -> bool:
    """Dot-joined letters such as آر.پی.جی, یو.اس.بی, ه.ق: three or more parts of one or two
    letters, or two parts one of which is a single letter (not شد.وی, a missing space)."""
    if not all(p.isalpha() for p in parts):
        return False
    lengths = [len(p) for p in parts]
    if len(parts) >= 3:
        return max(lengths) <= 2
    return min(lengths) == 1 and max(lengths) <= 2


def _cut(toks: list[tuple], a: int, b: int, limit: int) -> list[tuple[int, int]]:
    """Cut an overlong sentence into pieces of at most ``limit`` tokens, at a ؛ : ، when one is
    in the second half of the window."""
    pieces = []
    while b - a > limit:
        cut = a + limit
        for k in range(a + limit - 1, a + limit // 2, -1):
            if toks[k][3] in _WEAK_BREAKS:
                cut = k + 1
                break
        pieces.append((a, cut))
        a = cut
    pieces.append((a, b))
    return pieces
