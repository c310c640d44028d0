"""The CoNLL 2018 UD shared task evaluation (Zeman et al., 2018), written from its published algorithm.

Packages checked (``pip download --no-deps``): ``udtools`` 0.2.9 (UD's own tools, maintained by
D. Zeman) ships the official scorer as ``udtools/udeval.py``, but it is GPL-2.0-or-later (this project
is Apache-2.0), marked pre-alpha, and needs integer HEADs; stanza 1.15 now depends on udtools (and
torch); udapi's ``eval.Conll18`` needs sentence-aligned trees and gives no Tokens/Sentences scores.
So it is implemented here from the published algorithm. Cross-check: on PerDT dev, for both this
segmenter's output and a randomly perturbed copy of the gold file, all 13 metrics' correct/gold/system
counts are identical to ``udtools.udeval``'s. The official semantics:

* Gold and system are compared over the concatenation of their token FORMs with every Unicode
  ``Zs`` character removed; the two strings must be identical (else :class:`UDError`).
* **Tokens** and **Sentences**: a system span is correct when a gold span has the same start and end
  in that string.
* **Words**: outside multiword tokens, words align when their spans match; inside a *multiword
  span* (the smallest region holding whole gold and system multiword tokens) gold and system words
  align by the longest common subsequence of their lower-cased FORMs.
* **UPOS, XPOS, UFeats** (universal features only), **AllTags**, **Lemmas**, **UAS**, **LAS** (deprel
  subtypes ignored), **CLAS**, **MLAS**, **BLEX** are computed over aligned words; precision divides by
  the system words, recall by the gold words, ``aligned_accuracy`` by the aligned words.

One deliberate extension: a system word without a HEAD (``_``, e.g. a segmenter's output) has an
unknown parent that never matches, instead of the official script's refusal to load the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas",
           "UAS", "LAS", "CLAS", "MLAS", "BLEX")

CONTENT_DEPRELS = frozenset({
    "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl", "dislocated", "advcl",
    "advmod", "discourse", "nmod", "appos", "nummod", "acl", "amod", "conj", "fixed", "flat", "compound",
    "list", "parataxis", "orphan", "goeswith", "reparandum", "root", "dep"})
FUNCTIONAL_DEPRELS = frozenset({"aux", "cop", "mark", "det", "clf", "case", "cc"})
UNIVERSAL_FEATURES = frozenset({
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case",
    "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person",
    "Polite"})

_UNKNOWN_PARENT = object()  # a word whose HEAD was not given: matches nothing


class UDError(Exception):
    """The two files cannot be compared (different text, malformed sentence)."""


# -- input ---------------------------------------------------------------------------------------
@dataclass
class InWord:
    """One syntactic word as the evaluation needs it (CoNLL-U columns, ``None`` for ``_``)."""

    form: str
    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    feats: str | None = None
    head: int | None = None
    deprel: str | None = None


@dataclass
class InToken:
    form: str
    words: list[InWord]


InSentence = Sequence[InToken]


# -- internal representation ---------------------------------------------------------------------
@dataclass(eq=False)
class UDWord:
    start: int
    end: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    deprel: str
    is_multiword: bool
    head: int | None
    parent: object = None
    functional_children: list["UDWord"] = field(default_factory=list)

    @property
    def is_content(self) -> bool:
        return self.deprel in CONTENT_DEPRELS

    @property
    def is_functional(self) -> bool:
        return self.deprel in FUNCTIONAL_DEPRELS


@dataclass
class UDRepresentation:
    characters: str
    tokens: list[tuple[int, int]]
    words: list[UDWord]
    sentences: list[tuple[int, int]]


# Every character of Unicode category Zs (space separators).
_ZS = re.compile("[\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def _strip_zs(form: str) -> str:
    return _ZS.sub("", form)


def _universal_feats(feats: str | None) -> str:
    if not feats:
        return ""
    return "|".join(sorted(f for f in feats.split("|") if f.split("=", 1)[0] in UNIVERSAL_FEATURES))


def build(sentences: Iterable[InSentence]) -> UDRepresentation:
    """The evaluation's view of a treebank given as sentences of tokens of words."""
    chars: list[str] = []
    tokens: list[tuple[int, int]] = []
    words: list[UDWord] = []
    sents: list[tuple[int, int]] = []
    index = 0
    for sentence in sentences:
        sent_start = index
        first_word = len(words)
        for token in sentence:
            form = _strip_zs(token.form)
            if not form:
                raise UDError(f"empty FORM in sentence {len(sents) + 1}")
            chars.append(form)
            span = (index, index + len(form))
            tokens.append(span)
            index += len(form)
            multi = len(token.words) > 1
            for w in token.words:
                words.append(UDWord(span[0], span[1], _strip_zs(w.form) if multi else form,
                                    w.lemma or "_", w.upos or "_", w.xpos or "_", _universal_feats(w.feats),
                                    (w.deprel or "_").split(":")[0], multi, w.head))
        if len(words) == first_word:
            continue
        sents.append((sent_start, index))
        _link(words[first_word:], len(sents))
    return UDRepresentation("".join(chars), tokens, words, sents)


def _link(words: list[UDWord], sent_no: int) -> None:
    """Resolve HEAD numbers to parents; check for cycles and a single root when heads are given."""
    n = len(words)
    roots = 0
    for w in words:
        if w.head is None:
            w.parent = _UNKNOWN_PARENT
        elif w.head == 0:
            w.parent = None
            roots += 1
        elif 1 <= w.head <= n:
            w.parent = words[w.head - 1]
        else:
            raise UDError(f"sentence {sent_no}: HEAD {w.head} points outside the sentence")
    if any(w.head is not None for w in words):
        if roots != 1:
            raise UDError(f"sentence {sent_no}: expected one root, found {roots}")
        for w in words:  # cycle check: every chain of parents must reach the root
            seen = 0
            p = w.parent
            while isinstance(p, UDWord):
                seen += 1
                if seen > n:
                    raise UDError(f"sentence {sent_no}: there is a cycle")
                p = p.parent
    for w in words:
        if isinstance(w.parent, UDWord) and w.is_functional:
            w.parent.functional_children.append(w)


def load_conllu(path: str | Path) -> UDRepresentation:
    """Read a CoNLL-U file (through :func:`pipeline.conllu.read_conllu`) for evaluation."""
    from ..conllu import read_conllu

    def sentences():
        for s in read_conllu(path):
            yield [InToken(t.text, [InWord(w.text, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel)
                                    for w in t.words]) for t in s.tokens]

    return build(sentences())


# -- scoring -------------------------------------------------------------------------------------
@dataclass
class Score:
    correct: int
    gold_total: int
    system_total: int
    aligned_total: int | None = None

    @property
    def precision(self) -> float:
        return self.correct / self.system_total if self.system_total else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold_total if self.gold_total else 0.0

    @property
    def f1(self) -> float:
        total = self.system_total + self.gold_total
        return 2 * self.correct / total if total else 0.0

    @property
    def aligned_accuracy(self) -> float | None:
        return self.correct / self.aligned_total if self.aligned_total else None

    def to_dict(self) -> dict:
        out = {"precision": round(100 * self.precision, 2), "recall": round(100 * self.recall, 2),
               "f1": round(100 * self.f1, 2), "correct": self.correct, "gold": self.gold_total,
               "system": self.system_total}
        if self.aligned_total is not None:
            acc = self.aligned_accuracy
            out["aligned_accuracy"] = None if acc is None else round(100 * acc, 2)
        return out


def spans_score(gold: list[tuple[int, int]], system: list[tuple[int, int]]) -> Score:
    correct = gi = si = 0
    while gi < len(gold) and si < len(system):
        if system[si][0] < gold[gi][0]:
            si += 1
        elif gold[gi][0] < system[si][0]:
            gi += 1
        else:
            correct += gold[gi][1] == system[si][1]
            gi += 1
            si += 1
    return Score(correct, len(gold), len(system))


class Alignment:
    def __init__(self, gold_words: list[UDWord], system_words: list[UDWord]):
        self.gold_words = gold_words
        self.system_words = system_words
        self.pairs: list[tuple[UDWord, UDWord]] = []
        self.system_to_gold: dict[int, UDWord] = {}

    def add(self, gold: UDWord, system: UDWord) -> None:
        self.pairs.append((gold, system))
        self.system_to_gold[id(system)] = gold

    def gold_of(self, system_word: object) -> object:
        """The gold word a system word is aligned to (``None`` stays root, unaligned is a marker)."""
        if system_word is None or system_word is _UNKNOWN_PARENT:
            return system_word
        return self.system_to_gold.get(id(system_word), "unaligned")


def _beyond_end(words: list[UDWord], i: int, span_end: int) -> bool:
    if i >= len(words):
        return True
    if words[i].is_multiword:
        return words[i].start >= span_end
    return words[i].end > span_end


def _extend_end(word: UDWord, span_end: int) -> int:
    return word.end if word.is_multiword and word.end > span_end else span_end


def _multiword_span(gold: list[UDWord], system: list[UDWord], gi: int, si: int) -> tuple[int, int, int, int]:
    """The smallest region starting at gi/si that holds whole multiword tokens of both sides."""
    if gold[gi].is_multiword:
        span_end = gold[gi].end
        if not system[si].is_multiword and system[si].start < gold[gi].start:
            si += 1
    else:
        span_end = system[si].end
        if not gold[gi].is_multiword and gold[gi].start < system[si].start:
            gi += 1
    gs, ss = gi, si
    while not _beyond_end(gold, gi, span_end) or not _beyond_end(system, si, span_end):
        if gi < len(gold) and (si >= len(system) or gold[gi].start <= system[si].start):
            span_end = _extend_end(gold[gi], span_end)
            gi += 1
        else:
            span_end = _extend_end(system[si], span_end)
            si += 1
    return gs, ss, gi, si


def _align_lcs(alignment: Alignment, gold: list[UDWord], system: list[UDWord]) -> None:
    """Align the words of one multiword span by the LCS of their lower-cased forms."""
    g_forms = [w.form.lower() for w in gold]
    s_forms = [w.form.lower() for w in system]
    ng, ns = len(gold), len(system)
    lcs = [[0] * (ns + 1) for _ in range(ng + 1)]
    for g in range(ng - 1, -1, -1):
        row, below = lcs[g], lcs[g + 1]
        for s in range(ns - 1, -1, -1):
            best = below[s + 1] + 1 if g_forms[g] == s_forms[s] else 0
            row[s] = max(best, below[s], row[s + 1])
    g = s = 0
    while g < ng and s < ns:
        if g_forms[g] == s_forms[s]:
            alignment.add(gold[g], system[s])
            g += 1
            s += 1
        elif lcs[g][s] == lcs[g + 1][s]:
            g += 1
        else:
            s += 1


def align_words(gold: list[UDWord], system: list[UDWord]) -> Alignment:
    alignment = Alignment(gold, system)
    gi = si = 0
    while gi < len(gold) and si < len(system):
        if gold[gi].is_multiword or system[si].is_multiword:
            gs, ss, gi, si = _multiword_span(gold, system, gi, si)
            if gi > gs and si > ss:
                _align_lcs(alignment, gold[gs:gi], system[ss:si])
        elif (gold[gi].start, gold[gi].end) == (system[si].start, system[si].end):
            alignment.add(gold[gi], system[si])
            gi += 1
            si += 1
        elif gold[gi].start <= system[si].start:
            gi += 1
        else:
            si += 1
    return alignment


def _alignment_score(alignment: Alignment, key: Callable | None = None,
                     keep: Callable[[UDWord], bool] | None = None) -> Score:
    if keep is None:
        gold_total, system_total = len(alignment.gold_words), len(alignment.system_words)
        pairs = alignment.pairs
    else:
        gold_total = sum(1 for w in alignment.gold_words if keep(w))
        system_total = sum(1 for w in alignment.system_words if keep(w))
        pairs = [(g, s) for g, s in alignment.pairs if keep(g)]
    if key is None:
        return Score(len(pairs), gold_total, system_total)
    same = lambda w: w  # noqa: E731 - a gold word's parent is already a gold word
    correct = sum(1 for g, s in pairs if key(g, same) == key(s, alignment.gold_of))
    return Score(correct, gold_total, system_total, len(pairs))


def _lemma(w: UDWord, ga: Callable) -> str:
    aligned = ga(w)
    return w.lemma if not isinstance(aligned, UDWord) or aligned.lemma != "_" else "_"


def evaluate(gold: UDRepresentation, system: UDRepresentation) -> dict[str, Score]:
    """All CoNLL 2018 metrics; raises :class:`UDError` when the texts differ."""
    if gold.characters != system.characters:
        i = 0
        limit = min(len(gold.characters), len(system.characters))
        while i < limit and gold.characters[i] == system.characters[i]:
            i += 1
        raise UDError("the concatenation of tokens in gold and system differ at character "
                      f"{i}: gold {gold.characters[i:i + 20]!r}, system {system.characters[i:i + 20]!r}")
    al = align_words(gold.words, system.words)

    def children(w: UDWord, ga: Callable) -> list:
        return [(ga(c), c.deprel, c.upos, c.feats) for c in w.functional_children]

    content = lambda w: w.is_content  # noqa: E731
    return {
        "Tokens": spans_score(gold.tokens, system.tokens),
        "Sentences": spans_score(gold.sentences, system.sentences),
        "Words": _alignment_score(al),
        "UPOS": _alignment_score(al, lambda w, ga: w.upos),
        "XPOS": _alignment_score(al, lambda w, ga: w.xpos),
        "UFeats": _alignment_score(al, lambda w, ga: w.feats),
        "AllTags": _alignment_score(al, lambda w, ga: (w.upos, w.xpos, w.feats)),
        "Lemmas": _alignment_score(al, lambda w, ga: _lemma(w, ga)),
        "UAS": _alignment_score(al, lambda w, ga: ga(w.parent)),
        "LAS": _alignment_score(al, lambda w, ga: (ga(w.parent), w.deprel)),
        "CLAS": _alignment_score(al, lambda w, ga: (ga(w.parent), w.deprel), content),
        "MLAS": _alignment_score(al, lambda w, ga: (ga(w.parent), w.deprel, w.upos, w.feats, children(w, ga)),
                                 content),
        "BLEX": _alignment_score(al, lambda w, ga: (ga(w.parent), w.deprel, _lemma(w, ga)), content),
    }


def scores_to_dict(scores: dict[str, Score]) -> dict[str, dict]:
    return {name: scores[name].to_dict() for name in METRICS if name in scores}
