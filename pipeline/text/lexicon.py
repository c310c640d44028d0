"""The normalize stage's word data, read once per process from ``pipeline/resources/normalize``.

Plain TSV only (no pickle, nothing executed). Written by
``python -m pipeline.training.build_normalize_lexicon --corpora ../shared/corpora``.

Evidence is kept per source because the sources mean different things:
  * clean (PerDT/Seraji train text): a form seen there is right as written, and two words seen there
    separated by a space really are two words;
  * news (FarsNews/Varzesh3): a ZWNJ form seen there is right, but a glued form may be a lost ZWNJ and
    a spaced pair may be a ZWNJ typed as a space, so those count for much less;
  * hazm's word list: the form exists (flag 1), with a frequency or POS (flag 2).

The clean counts also carry their Seraji part (``seraji``, ``bigram_seraji``): the two treebanks write
some words differently (``گروهها`` / ``گروه‌ها``), and the ZWNJ classifier weighs them apart.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .chars import ZWNJ

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "normalize"


def _lines(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _rows(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    return [line for line in data.split("\n") if line and line[0] != "#"]


@dataclass
class AffixStats:
    zwnj: int = 0        # distinct forms that attach it with a ZWNJ
    glued: int = 0       # distinct forms that glue it to a known word
    spaced: int = 0      # times clean text writes it apart from the word before (suffix) / after (prefix)
    standalone: int = 0  # times it stands alone as a word in clean text

    def p_zwnj(self) -> float:
        """P(ZWNJ | affix, context) with a weak prior towards 'no ZWNJ' (unseen contexts stay untouched)."""
        return self.zwnj / (self.zwnj + self.glued + 2.0)


@dataclass
class Lexicon:
    clean: dict[str, int] = field(default_factory=dict)
    news: dict[str, int] = field(default_factory=dict)
    hazm: dict[str, int] = field(default_factory=dict)
    seraji: dict[str, int] = field(default_factory=dict)  # the Seraji part of the clean counts
    # stripped form (no ZWNJ) → the ZWNJ forms with that spelling
    zwnj_forms: dict[str, list[str]] = field(default_factory=dict)
    bigram_clean: dict[str, int] = field(default_factory=dict)  # "left right" → count
    bigram_news: dict[str, int] = field(default_factory=dict)
    bigram_seraji: dict[str, int] = field(default_factory=dict)
    suffixes: dict[tuple[str, str], AffixStats] = field(default_factory=dict)  # (suffix, host's last letter)
    suffix_totals: dict[str, AffixStats] = field(default_factory=dict)
    prefixes: dict[str, AffixStats] = field(default_factory=dict)
    alef: AffixStats = field(default_factory=AffixStats)
    present_stems: frozenset[str] = frozenset()
    past_stems: frozenset[str] = frozenset()
    nonfinal: frozenset[str] = frozenset()
    artifacts: list[tuple[str, str]] = field(default_factory=list)  # (broken, repaired) inside a token
    glued_suffixes: frozenset[str] = frozenset()  # affixes written without ZWNJ (morphology.tsv)
    glued_prefixes: frozenset[str] = frozenset()
    glued_prepositions: dict[str, str] = field(default_factory=dict)  # ب → به (بعنوان)
    derived: dict = field(default_factory=dict)  # tables computed from these once (zwnj_model.PartStats)

    # -- evidence --------------------------------------------------------------------------
    def seen(self, w: str) -> bool:
        return w in self.clean or w in self.news or w in self.hazm

    def bigram(self, left: str, right: str) -> tuple[int, int]:
        key = f"{left} {right}"
        return self.bigram_clean.get(key, 0), self.bigram_news.get(key, 0)


@lru_cache(maxsize=4)
def load_lexicon(folder: Path = RESOURCES) -> Lexicon:
    folder = Path(folder)
    lex = Lexicon()
    clean, news, hazm, seraji = lex.clean, lex.news, lex.hazm, lex.seraji
    forms: dict[str, list[str]] = {}
    # The two big files are parsed in bulk (one split per file, then per row): startup matters.
    for row in _rows(folder / "lexicon.tsv.gz"):
        word, c, n, h, *s = row.split("\t")  # the Seraji column is absent in files built before it
        s = s[0] if s else "0"
        if c != "0":
            clean[word] = int(c)
            if s != "0":
                seraji[word] = int(s)
        if n != "0":
            news[word] = int(n)
        if h != "0":
            hazm[word] = int(h)
        if ZWNJ in word:
            forms.setdefault(word.replace(ZWNJ, ""), []).append(word)
    lex.zwnj_forms = forms
    bc, bn, bs = lex.bigram_clean, lex.bigram_news, lex.bigram_seraji
    for row in _rows(folder / "bigrams.tsv.gz"):
        left, right, c, n, *s = row.split("\t")
        s = s[0] if s else "0"
        key = f"{left} {right}"
        if c != "0":
            bc[key] = int(c)
            if s != "0":
                bs[key] = int(s)
        if n != "0":
            bn[key] = int(n)
    for kind, affix, ctx, zw, gl, sp, alone in _lines(folder / "affixes.tsv"):
        stats = AffixStats(int(zw), int(gl), int(sp), int(alone))
        if kind == "suffix":
            lex.suffixes[(affix, ctx)] = stats
            total = lex.suffix_totals.setdefault(affix, AffixStats(standalone=int(alone)))
            total.zwnj += stats.zwnj
            total.glued += stats.glued
            total.spaced += stats.spaced
        elif kind == "prefix":
            lex.prefixes[affix] = stats
        elif kind == "alef":
            lex.alef = stats
    present, past = set(), set()
    for row in _lines(folder / "verb_stems.tsv"):
        if row[0]:
            past.add(row[0])
        if row[1]:
            present.add(row[1])
    lex.present_stems, lex.past_stems = frozenset(present), frozenset(past)
    lex.nonfinal = frozenset(row[0] for row in _lines(folder / "nonfinal.tsv"))
    morph = list(_lines(folder / "morphology.tsv"))
    lex.glued_suffixes = frozenset(r[1] for r in morph if r[0] == "suffix")
    lex.glued_prefixes = frozenset(r[1] for r in morph if r[0] == "prefix")
    lex.glued_prepositions = {r[1]: r[2] for r in morph if r[0] == "preposition"}
    # "\u200c" in the file stands for a ZWNJ (invisible characters are unreadable in a data file).
    lex.artifacts = [(row[0].replace("\\u200c", ZWNJ), row[1].replace("\\u200c", ZWNJ))
                     for row in _lines(folder / "artifacts.tsv")]
    return lex
