"""The normalize stage's word data, read once per process from ``pipeline/resources/normalize``.

Plain TSV and gzipped JSON only (no pickle, nothing executed). Written by
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


def _read_count_tables(path: Path) -> dict[str, dict[str, int]]:
    """The tables of a gzipped JSON lexicon file, ``{"about": {...}, "tables": {name: {key: count}}}`` (non-zero
    counts only; written by ``build_normalize_lexicon``). orjson builds the dicts in one call: the two big files
    are read at every start-up, and this is the fastest safe way to get 660,000 entries into dicts."""
    import orjson

    data = orjson.loads(gzip.decompress(path.read_bytes()))
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise ValueError(f'{path}: expected {{"tables": {{name: {{key: count}}}}}}')
    for name, table in tables.items():
        if not set(map(type, table.values())) <= {int}:
            raise ValueError(f"{path}: table {name!r}: every count must be a whole number")
    return tables


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
    words = _read_count_tables(folder / "lexicon.json.gz")
    lex.clean, lex.news, lex.hazm, lex.seraji = words["clean"], words["news"], words["hazm"], words["seraji"]
    for word in sorted({w for table in (lex.clean, lex.news, lex.hazm) for w in table if ZWNJ in w}):
        lex.zwnj_forms.setdefault(word.replace(ZWNJ, ""), []).append(word)
    pairs = _read_count_tables(folder / "bigrams.json.gz")  # keys "left right"
    lex.bigram_clean, lex.bigram_news, lex.bigram_seraji = pairs["clean"], pairs["news"], pairs["seraji"]
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
