"""Build the normalize stage's data files from hazm's lexicon and the raw corpora.

    python -m pipeline.training.build_normalize_lexicon --corpora ../shared/corpora

Reads (never the PerDT/Seraji dev or test files: those are the ZWNJ benchmark):
  * clean text, ZWNJ kept: ``ud_persian_perdt/train_text_only/*.txt``, ``ud_persian_seraji/train_text_only/*.txt``
  * noisy news text: ``persian_news_farsnews_varzesh3/text/*.txt`` (Arabic letters, ``مي شود`` spaced, lost
    ZWNJs): canonicalised with the stage's own character layer before counting, duplicate lines dropped,
    and kept in its own column so the stage can weigh it lower (a glued news form may be a lost ZWNJ;
    a spaced news pair may be a ZWNJ typed as a space).
  * hazm 0.10.0 ``data/words.dat`` (word, frequency, POS) and ``data/verbs.dat`` (past#present stems).

Writes into ``pipeline/resources/normalize/`` (plain TSV starting with ``#`` lines naming its sources and
this command; the two big tables are gzipped JSON with the same in their ``about``, read by orjson in one call
at every start-up):
  lexicon.json.gz    one table per source of word counts: clean, news, hazm (flag: 1 listed, 2 listed
                     with a frequency or POS), seraji (the Seraji part of the clean count)
  bigrams.json.gz    two Persian words separated by one space, in tables clean, news, seraji
  affixes.tsv        productive ZWNJ affixes learned from the counts, with per-context type counts
  verb_stems.tsv     past/present stems (hazm, plus stems seen after می‌ in the corpora)
  hazm_tables.tsv    hazm's character tables (letter map, diacritics/specials, ligatures) as data
  nonfinal.tsv       words that do not end a sentence (hazm POS P/CONJ/POSTP/DET, checked against the
                     sentence ends of the clean corpora)

The ZWNJ classifier (zwnj_model.tsv.gz) reads these tables for its features: after rebuilding them, retrain
it with ``python -m pipeline.training.train_zwnj_model --corpora ../shared/corpora``.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import io
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..text import chars
from ..text.chars import NON_JOINING, WORD, ZWNJ, canonical_string

CLEAN = ("ud_persian_perdt/train_text_only", "ud_persian_seraji/train_text_only")
NEWS = ("persian_news_farsnews_varzesh3/text",)
OUT = Path(__file__).resolve().parent.parent / "resources" / "normalize"
COMMAND = "python -m pipeline.training.build_normalize_lexicon --corpora ../shared/corpora"

# Inflectional endings of finite verbs (present and past), used to learn stems after می‌.
PERSON_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
PAST_ENDINGS = ("م", "ی", "", "یم", "ید", "ند")


class Counts:
    def __init__(self) -> None:
        self.uni: collections.Counter[str] = collections.Counter()
        self.bi: collections.Counter[str] = collections.Counter()
        self.final: collections.Counter[str] = collections.Counter()

    def merge(self, other: "Counts") -> "Counts":
        self.uni.update(other.uni)
        self.bi.update(other.bi)
        self.final.update(other.final)
        return self

    def add_line(self, line: str) -> None:
        text = canonical_string(line)
        prev, prev_end = None, -1
        last = None
        for m in WORD.finditer(text):
            w = m.group()
            self.uni[w] += 1
            if prev is not None and text[prev_end:m.start()] == " ":
                self.bi[f"{prev} {w}"] += 1
            prev, prev_end = w, m.end()
            last = w
        # The clean corpora hold one sentence per line: the last word is sentence-final unless
        # something other than punctuation follows it (digits, Latin).
        if last is not None and not any(c.isalnum() for c in text[prev_end:]):
            self.final[last] += 1


def count_files(files: list[Path], dedupe: bool) -> Counts:
    counts = Counts()
    seen: set[str] = set()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if dedupe:
                    if line in seen:
                        continue
                    seen.add(line)
                counts.add_line(line)
    return counts


def read_hazm() -> tuple[dict[str, int], dict[str, set[str]], list[tuple[str, str]]]:
    import hazm

    data = Path(hazm.__file__).resolve().parent / "data"
    flags: dict[str, int] = {}
    pos: dict[str, set[str]] = {}
    with (data / "words.dat").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            word, freq, tags = parts
            word = canonical_string(word)
            if not word or not WORD.fullmatch(word):
                continue
            tagset = {t for t in tags.split(",") if t and t != "0"}
            flag = 2 if (freq not in ("", "0") or tagset) else 1
            flags[word] = max(flags.get(word, 0), flag)
            pos.setdefault(word, set()).update(tagset)
    verbs = []
    with (data / "verbs.dat").open(encoding="utf-8") as fh:
        for line in fh:
            past, _, present = line.strip().partition("#")
            verbs.append((canonical_string(past), canonical_string(present)))
    return flags, pos, verbs


def learn_affixes(clean: Counts, news: Counts, hazm_flags: dict[str, int]) -> list[tuple]:
    """Affixes that attach with a ZWNJ, from the data.

    A suffix candidate is the part after the last ZWNJ of a ZWNJ form, a prefix candidate the part
    before the first, kept when at least 5 distinct forms use it. For each we count, per context
    (the host's last letter for a suffix), how many distinct forms write it with a ZWNJ and how many
    glue it to a known word without one (clean text only: a glued news form may be a lost ZWNJ).
    The stage turns those into P(ZWNJ | affix, context) and only uses confident ones.
    """
    def known(w: str) -> bool:
        return clean.uni[w] >= 2 or news.uni[w] >= 5 or hazm_flags.get(w, 0) == 2

    zw_forms = {w for c in (clean.uni, news.uni) for w in c if ZWNJ in w}
    zw_forms |= {w for w in hazm_flags if ZWNJ in w}
    suf_types: collections.Counter[str] = collections.Counter()
    pre_types: collections.Counter[str] = collections.Counter()
    for w in zw_forms:
        parts = w.split(ZWNJ)
        if len(parts[-1]) <= 8:
            suf_types[parts[-1]] += 1
        if len(parts[0]) <= 6:
            pre_types[parts[0]] += 1
    suffixes = {s for s, n in suf_types.items() if n >= 5}
    prefixes = {p for p, n in pre_types.items() if n >= 5}

    suf_zw: dict[tuple[str, str], int] = collections.Counter()
    suf_gl: dict[tuple[str, str], int] = collections.Counter()
    pre_zw: collections.Counter[str] = collections.Counter()
    pre_gl: collections.Counter[str] = collections.Counter()
    for w in zw_forms:
        parts = w.split(ZWNJ)
        if parts[-1] in suffixes and parts[-2]:
            suf_zw[(parts[-1], parts[-2][-1])] += 1
        if parts[0] in prefixes:
            pre_zw[parts[0]] += 1
    by_len = sorted({len(s) for s in suffixes})
    pre_len = sorted({len(p) for p in prefixes})
    for w in clean.uni:
        if ZWNJ in w:
            continue
        for n in by_len:
            if len(w) - n >= 2 and w[-n:] in suffixes and known(w[:-n]):
                suf_gl[(w[-n:], w[-n - 1])] += 1
        for n in pre_len:
            if len(w) - n >= 2 and w[:n] in prefixes and known(w[n:]):
                pre_gl[w[:n]] += 1
    # Spaced in clean text ("کتاب ها", "می شود"): the writer kept them apart, so a high count means the
    # affix is also a free word and a space before/after it is not a lost ZWNJ.
    suf_sp: collections.Counter[tuple[str, str]] = collections.Counter()
    pre_sp: collections.Counter[str] = collections.Counter()
    for pair, c in clean.bi.items():
        left, right = pair.split(" ")
        if right in suffixes:
            suf_sp[(right, left[-1])] += c
        if left in prefixes:
            pre_sp[left] += c
    rows = []
    for key in set(suf_zw) | set(suf_gl) | set(suf_sp):
        s, ctx = key
        rows.append(("suffix", s, ctx, suf_zw.get(key, 0), suf_gl.get(key, 0), suf_sp.get(key, 0), clean.uni[s]))
    for p in prefixes:
        rows.append(("prefix", p, "", pre_zw[p], pre_gl[p], pre_sp[p], clean.uni[p]))
    # A mid-word آ after a joining letter: with a ZWNJ before it, or glued.
    a_zw = a_gl = 0
    for w, c in clean.uni.items():
        for i in range(1, len(w)):
            if w[i] == "آ":
                if w[i - 1] == ZWNJ:
                    a_zw += 1
                elif w[i - 1] not in NON_JOINING:
                    a_gl += 1
    rows.append(("alef", "آ", "", a_zw, a_gl, 0, 0))
    rows.sort(key=lambda r: (r[0], -r[3], r[1], r[2]))
    return rows


def learn_stems(counts: list[Counts], verbs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """hazm's stems plus present/past stems seen after می‌ with at least two person endings."""
    bodies: collections.Counter[str] = collections.Counter()
    for c in counts:
        for w in c.uni:
            parts = w.split(ZWNJ)
            if len(parts) == 2 and parts[0] in ("می", "نمی") and len(parts[1]) >= 2:
                bodies[parts[1]] += 1
    hazm_present = {p for _, p in verbs}
    hazm_past = {p for p, _ in verbs}
    present: dict[str, set[str]] = collections.defaultdict(set)
    past: dict[str, set[str]] = collections.defaultdict(set)
    for body in bodies:
        for e in PERSON_ENDINGS:
            if body.endswith(e) and len(body) - len(e) >= 2:
                present[body[: len(body) - len(e)]].add(e)
        for e in PAST_ENDINGS:
            stem = body[: len(body) - len(e)] if e else body
            if body.endswith(e) and stem.endswith(("د", "ت")) and len(stem) >= 2:
                past[stem].add(e)
    rows = [(p, r, "hazm") for p, r in verbs if p or r]
    rows += [("", s, "corpus") for s, es in present.items() if len(es) >= 2 and s not in hazm_present]
    rows += [(s, "", "corpus") for s, es in past.items() if len(es) >= 2 and s not in hazm_past]
    return sorted(set(rows))


def nonfinal_words(clean: Counts, pos: dict[str, set[str]]) -> list[tuple[str, str, int, int]]:
    classes = {"P", "CONJ", "POSTP", "DET"}
    rows = []
    for w, tags in pos.items():
        hit = tags & classes
        total = clean.uni[w]
        if hit and total >= 50 and clean.final[w] <= 0.002 * total:
            rows.append((w, ",".join(sorted(hit)), clean.final[w], total))
    return sorted(rows, key=lambda r: -r[3])


def write_hazm_tables(path: Path) -> None:
    """hazm's character tables as data, so the stage needs no hazm import (2 s) to start.

    kinds: map (one character → one character), strip (deleted: diacritics, special signs),
    ligature (one codepoint → several characters). Characters are written as U+XXXX code points.
    """
    from hazm import Normalizer

    hazm = Normalizer(correct_spacing=False, seperate_mi=False, decrease_repeated_chars=False,
                      persian_numbers=False)

    def cps(s: str) -> str:
        return " ".join(f"U+{ord(c):04X}" for c in s)

    def class_chars(pattern: str) -> str:
        body = pattern[1: pattern.rindex("]")]
        return body

    with path.open("w", encoding="utf-8") as fh:
        header(fh, "hazm's character tables (Normalizer.translation_src/dst, diacritics_patterns, "
               "specials_chars_patterns, replacements)", "hazm 0.10.0 hazm/normalizer.py",
               "kind (map/strip/ligature), source code point(s), target code point(s) (ligature: the text)")
        table = dict(zip(hazm.translation_src, hazm.translation_dst))  # later duplicates win, as in maketrans
        for a, b in table.items():
            fh.write(f"map\t{cps(a)}\t{cps(b)}\n")
        for c in class_chars(hazm.diacritics_patterns[0][0]) + class_chars(hazm.specials_chars_patterns[0][0]):
            fh.write(f"strip\t{cps(c)}\t\n")
        for src, dst in hazm.replacements:
            for c in src.replace("(", "").replace(")", "").replace("|", ""):
                fh.write(f"ligature\t{cps(c)}\t{dst}\n")


@contextmanager
def _gzip_out(path: Path) -> Iterator[gzip.GzipFile]:
    """gzip with a fixed timestamp, so regenerating from the same data gives the same bytes; the file is
    closed with it."""
    with path.open("wb") as raw, gzip.GzipFile(filename=path.name, fileobj=raw, mode="wb", compresslevel=9,
                                                 mtime=0) as fh:
        yield fh


@contextmanager
def _gzip_text(path: Path) -> Iterator[io.TextIOWrapper]:
    with _gzip_out(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        try:
            yield text
        finally:
            text.flush()
            text.detach()


def header(fh, what: str, sources: str, columns: str) -> None:
    fh.write(f"# {what}\n# sources: {sources}\n# regenerate: {COMMAND}\n# columns: {columns}\n")


def write_count_tables(path: Path, about: dict[str, str], tables: dict[str, dict[str, int]]) -> None:
    """Write what ``pipeline.text.lexicon`` reads: gzipped JSON, ``{"about": about, "tables": {name: {key:
    count}}}`` with the non-zero counts, keys sorted (the same data gives the same bytes)."""
    import orjson

    data = {"about": about, "tables": {name: {k: n for k, n in counts.items() if n} for name, counts in tables.items()}}
    with _gzip_out(path) as fh:
        fh.write(orjson.dumps(data, option=orjson.OPT_SORT_KEYS))


def about(what: str, sources: str, layout: str) -> dict[str, str]:
    return {"what": what, "sources": sources, "regenerate": COMMAND, "format": layout}


LEXICON_FORMAT = ("tables 'clean' (count in the clean text), 'news' (count in the news text), 'hazm' "
                  "(1 listed, 2 listed with a frequency or POS), 'seraji' (the Seraji part of the clean "
                  "count); each maps a word to its count, non-zero counts only")
BIGRAM_FORMAT = ("tables 'clean', 'news', 'seraji' (the Seraji part of the clean count); each maps 'left right' "
                 "to its count, non-zero counts only")


def write_tables(out: Path, clean: Counts, news: Counts, hazm_flags: dict[str, int], pos: dict[str, set[str]],
                 verbs: list[tuple[str, str]], seraji: Counts) -> tuple[set[str], int]:
    """Write the counted tables (lexicon, bigrams, affixes, verb stems, nonfinal words) into ``out``.
    ``seraji`` is the Seraji part of ``clean`` (the two treebanks differ in ZWNJ conventions; the ZWNJ
    classifier sees their counts apart). Also used by ``train_zwnj_model`` to build one lexicon per fold
    of the train text."""
    src_clean = "UD PerDT + Seraji train raw text (train_text_only)"
    src_news = "persian_news_farsnews_varzesh3/text (canonicalised, duplicate lines dropped)"
    src_hazm = "hazm 0.10.0 data/words.dat, data/verbs.dat"

    words = set(clean.uni) | set(news.uni) | set(hazm_flags)
    write_count_tables(
        out / "lexicon.json.gz",
        about("faie normalize lexicon: Persian word forms with their counts",
              f"{src_clean}; {src_news}; {src_hazm}", layout=LEXICON_FORMAT),
        {"clean": clean.uni, "news": news.uni, "hazm": hazm_flags, "seraji": seraji.uni})

    # Pairs kept: seen twice in either source, or once when the pair written with a ZWNJ is a
    # known form (the space-vs-ZWNJ decision needs those even when rare).
    zw_known = {w for w in words if ZWNJ in w}
    kept_pairs = {pair for pair in set(clean.bi) | set(news.bi)
                  if clean.bi[pair] >= 2 or news.bi[pair] >= 2 or pair.replace(" ", ZWNJ) in zw_known}
    kept = len(kept_pairs)
    write_count_tables(
        out / "bigrams.json.gz",
        about("faie normalize bigrams: two Persian words separated by a single space",
              f"{src_clean}; {src_news}", layout=BIGRAM_FORMAT),
        {name: {pair: counts[pair] for pair in kept_pairs}
         for name, counts in (("clean", clean.bi), ("news", news.bi), ("seraji", seraji.bi))})

    with (out / "affixes.tsv").open("w", encoding="utf-8") as fh:
        header(fh, "faie normalize affixes: parts that attach with a ZWNJ, learned from the counts",
               f"{src_clean}; {src_news}; {src_hazm}",
               "kind (suffix/prefix/alef), affix, context (host's last letter), distinct forms with ZWNJ, "
               "distinct glued forms on a known word (clean), times written apart after/before a word (clean), "
               "standalone count (clean)")
        for row in learn_affixes(clean, news, hazm_flags):
            fh.write("\t".join(map(str, row)) + "\n")

    with (out / "verb_stems.tsv").open("w", encoding="utf-8") as fh:
        header(fh, "faie normalize verb stems", f"{src_hazm}; stems after می‌ in {src_clean} and {src_news}",
               "past stem, present stem, source")
        for row in learn_stems([clean, news], verbs):
            fh.write("\t".join(row) + "\n")

    with (out / "nonfinal.tsv").open("w", encoding="utf-8") as fh:
        header(fh, "faie normalize: words that do not end a Persian sentence (a line ending in one continues)",
               f"{src_hazm} POS P/CONJ/POSTP/DET; kept if seen >= 50 times in {src_clean} and "
               "sentence-final in <= 0.2% of them", "word, hazm classes, sentence-final count, count")
        for row in nonfinal_words(clean, pos):
            fh.write("\t".join(map(str, row)) + "\n")
    return words, kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    def files(folders: tuple[str, ...]) -> list[Path]:
        found = [p for d in folders for p in sorted((args.corpora / d).glob("*.txt"))]
        if not found:
            raise SystemExit(f"no .txt files under {args.corpora} / {folders}")
        for p in found:
            if "-dev" in p.name or "-test" in p.name:
                raise SystemExit(f"refusing to count benchmark file {p}")
        return found

    clean_files, news_files = files(CLEAN), files(NEWS)
    args.out.mkdir(parents=True, exist_ok=True)
    # hazm's tables first: the counts below are taken on text canonicalised with them.
    write_hazm_tables(args.out / "hazm_tables.tsv")
    if (args.out / "hazm_tables.tsv").resolve() == chars.HAZM_TABLES.resolve():
        chars.clear_caches()
    print("counting clean:", ", ".join(p.name for p in clean_files), file=sys.stderr)
    seraji = count_files([p for p in clean_files if "seraji" in p.name], dedupe=False)
    clean = count_files([p for p in clean_files if "seraji" not in p.name], dedupe=False).merge(seraji)
    print("counting news:", ", ".join(p.name for p in news_files), file=sys.stderr)
    news = count_files(news_files, dedupe=True)
    hazm_flags, pos, verbs = read_hazm()

    words, kept = write_tables(args.out, clean, news, hazm_flags, pos, verbs, seraji)
    print(f"wrote {len(words)} words, {kept} bigrams to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
