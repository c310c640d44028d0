"""Build the segmenter's Persian data files (``pipeline/resources/segment/``).

    python -m pipeline.training.segment_lexicon --corpora ../shared/corpora --out pipeline/resources/segment

Sources
  * hazm 0.10.0 ``data/words.dat`` (word, frequency, POS classes), ``data/verbs.dat`` (past#present
    stems) and ``data/abbreviations.dat``;
  * word counts from the raw corpora: PerDT train ``# text`` (``ud_persian_perdt/train_text_only``),
    Seraji train text, FarsNews and Varzesh3 (``persian_news_farsnews_varzesh3/text``).
    PerDT dev/test annotation is not read here (dev is used to measure, test never).

Outputs (plain UTF-8 text, ``#`` header lines naming sources and this command)
  * ``abbreviations.txt``: dotted abbreviations kept as one token (``ه.ق.``).
  * ``clitic_hosts.txt``: words that can carry a pronominal clitic (nouns, adjectives, pronouns,
    prepositions, adverbs, numerals of hazm's lexicon with frequency ≥ ``--min-host-freq``, plus
    corpus words frequent enough that are not verb forms and not themselves host + clitic).
  * ``clitic_whole.txt``: words that spell like host + clitic but are one word: lexicon entries
    (``آتش`` ``ارتش`` ``خویش`` ``روش``), verb forms (``کردم`` ``گفتند``), ordinals (``چهاردهم``), corpus
    words that take plural or derivational suffixes of their own (``تیم‌ها``), and corpus words far more
    frequent than their rare "host" (names and loanwords: ``گریزمان``, ``اسپورت``) — only those whose
    spelled host is a host, so the list stays small.
  * ``clitic_forced.tsv``: closed-class forms PerDT always splits even though a lexicon lists them:
    ``خودش`` ``برایش``, pronoun + glued copula (``اوست``), ``مرا``.
  * ``clitic_copula.tsv``: predicate + glued copula (``معتقدند`` → ``معتقد`` + ``ند``) where the corpora
    also write the analytic form (``معتقد هستند``).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..stages.segment import RESOURCE_DIR, ZWNJ, clitic_candidates

HOST_TAGS = {"N", "AJ", "PRO", "ADV", "P", "NUM", "DET", "AJC", "PL", "RES", "CL", "POSTP"}
CLITIC_SUFFIXES = ("ش", "م", "ت", "شان", "مان", "تان")
PERSONAL_ENDINGS_PAST = ("م", "ی", "", "یم", "ید", "ند")
PERSONAL_ENDINGS_PRESENT = ("م", "ی", "د", "یم", "ید", "ند")
PERFECT_ENDINGS = ("ام", "ای", "است", "ایم", "اید", "اند")
# Closed-class grammar: reflexive خود and the preposition برای take clitics and PerDT splits them
# although hazm lists خودش; a pronoun glued to the copula ست is split too (اوست → او + ست).
FORCED_HOSTS = ("خود", "برای")
COPULA_PRONOUNS = ("او", "تو", "شما", "این", "آن", "چی", "کی", "کجا", "اینجا", "آنجا")
FORCED_EXTRA = {"مرا": ("م", "را")}
MIN_LIVING_VERB = 3
MIN_ANALYTIC = 2
RARE_HOST = 100
# Cardinal numerals (closed class): numeral + م is an ordinal (چهاردهم, بیست‌وپنجم), never a clitic.
NUMERALS = frozenset("""یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده
    هجده هیجده نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد دویست سیصد چهارصد پانصد ششصد هفتصد
    هشتصد نهصد هزار میلیون میلیارد""".split())
OVER_HOST = 1.5
ANALYTIC_COPULA = frozenset({"هستیم", "هستید", "هستند"})
GLUED_COPULA = {"یم": "هستیم", "ید": "هستید", "ند": "هستند",
                ZWNJ + "ایم": "هستیم", ZWNJ + "اید": "هستید", ZWNJ + "اند": "هستند"}
MIN_STEM_EVIDENCE = 3
PREVERBS = ("در", "بر", "باز", "فرو", "فرا", "وا", "ور")
# The copula and "to be" (هست, and subjunctive باش used without a prefix): verbs.dat has no such stems.
AUXILIARIES = {"است", "نیست"} | {b + e for b in ("هست", "نیست", "باش") for e in ("م", "ی", "د", "یم", "ید", "ند")}

_CHARS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه", "ۀ": "هٔ", "\u200f": None, "\u200e": None})
_TOKEN = re.compile(r"[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0654\u200c]+")


def read_hazm_words(path: Path) -> dict[str, tuple[int, frozenset[str]]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        word, freq, tags = parts
        tagset = frozenset(t for t in tags.split(",") if t and t != "0")
        out[word] = (int(freq or 0), tagset)
    return out


def verb_forms(path: Path, counts: Counter) -> set[str]:
    """Single-token verb forms from hazm's past#present stems (no multi-word tenses).

    A bare present form (``کنم``) counts as a verb only when the corpus also shows the same form
    with a verbal prefix (``می‌کنم``, ``نکنم``, ``بکنم``) at least ``MIN_LIVING_VERB`` times; otherwise the
    spelling is read as noun + clitic (``کارم`` "my work", not "I plant").
    """
    forms: set[str] = set()
    stems = [line.partition("#")[::2] for line in path.read_text(encoding="utf-8").splitlines()]
    # preverbs (درآوردم, بازنگریم) are productive; verbs.dat lists only a few prefixed verbs
    stems += [(pv + past if past else "", pv + present if present else "")
              for past, present in list(stems) for pv in PREVERBS]
    for past, present in stems:
        present_endings = PERSONAL_ENDINGS_PRESENT
        if present.endswith(("ا", "و")):  # نما → نمایم, نماید
            present_endings = tuple("ی" + e for e in ("م", "ی", "د", "یم", "ید", "ند"))
        for neg in ("", "ن"):
            if past:
                for e in PERSONAL_ENDINGS_PAST:
                    forms.add(neg + past + e)
                    forms.add(neg + "می" + ZWNJ + past + e)
                participle = neg + past + "ه"
                forms.add(participle)
                for e in PERFECT_ENDINGS:
                    forms.add(participle + ZWNJ + e)
            if present:
                for e in present_endings:
                    forms.add(neg + "می" + ZWNJ + present + e)
                    forms.add("ب" + present + e)
                    forms.add("ن" + present + e)
                    if present.startswith("آ"):  # ب/ن + آ is written بیا/نیا: بیایم, نیاید
                        forms.add("بی" + "ا" + present[1:] + e)
                        forms.add("نی" + "ا" + present[1:] + e)
                    bare = present + e
                    prefixed = sum(counts.get(p + bare, 0) for p in ("می" + ZWNJ, "ن", "ب", "نمی" + ZWNJ))
                    if prefixed >= MIN_LIVING_VERB:
                        forms.add(bare)
    forms.update(AUXILIARIES)
    forms.discard("")
    return forms


def corpus_counts(paths: Iterable[Path]) -> tuple[Counter, Counter]:
    """Word counts, and counts of ``word + " " + copula`` for the analytic copula (معتقد هستند)."""
    counts: Counter = Counter()
    copula: Counter = Counter()
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                tokens = _TOKEN.findall(line.translate(_CHARS))
                counts.update(tokens)
                for i in range(1, len(tokens)):
                    if tokens[i] in ANALYTIC_COPULA:
                        copula[tokens[i - 1] + " " + tokens[i]] += 1
    return counts, copula


def copula_forms(counts: Counter, copula: Counter, hosts: set[str], verbs: set[str],
                 lexical: set[str]) -> dict[str, tuple[str, str]]:
    """Predicate + glued copula (معتقدند → معتقد + ند, انسانی‌اند → انسانی‌ + اند), as PerDT splits them.

    A corpus word ``X+ند`` is read so when the corpus also writes the analytic form ``X هستند`` at
    least ``MIN_ANALYTIC`` times, ``X`` is a host, and ``X+ند`` is neither a verb form nor a lexicon word.
    """
    out = {}
    for word, c in counts.items():
        for ending, analytic in GLUED_COPULA.items():
            if not word.endswith(ending) or len(word) <= len(ending) + 1:
                continue
            bare = word[:-len(ending)]
            if bare[-1] == ZWNJ:
                continue
            # PerDT keeps the ZWNJ on the host: انسانی‌ + اند
            host, clitic = (bare + ZWNJ, ending[1:]) if ending[0] == ZWNJ else (bare, ending)
            if word in verbs or word in lexical or bare not in hosts or len(bare) < 3:
                continue  # a two-letter host (تر+ند) is more often a different word (ترند "trend")
            if copula.get(bare + " " + analytic, 0) >= MIN_ANALYTIC:
                out[word] = (host, clitic)
    return out


def stem_evidence(word: str, counts: Counter) -> int:
    """How often the corpus shows ``word`` taking suffixes a clitic form does not take
    (plural ها/ان, ی, تر/ترین, a clitic of its own)."""
    total = 0
    for suffix in ("\u200cها", "ها", "\u200cهای", "های", "ی", "\u200cای", "تر", "\u200cتر", "ترین",
                   "\u200cترین", "ش", "م", "شان", "\u200cشان", "\u200cاش", "\u200cمان"):
        total += counts.get(word + suffix, 0)
    return total


def build(hazm_data: Path, corpora: Path, min_host_freq: int, min_corpus_host: int,
          stem_ratio: float) -> dict[str, list[str]]:
    words = read_hazm_words(hazm_data / "words.dat")
    files = [corpora / "ud_persian_perdt/train_text_only/fa_perdt-ud-train.sentences.txt",
             corpora / "ud_persian_seraji/train_text_only/fa_seraji-ud-train.sentences.txt",
             corpora / "persian_news_farsnews_varzesh3/text/farsnews.txt",
             corpora / "persian_news_farsnews_varzesh3/text/varzesh3.txt"]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise SystemExit(f"corpus file not found: {missing[0]}")
    counts, analytic = corpus_counts(files)
    verbs = verb_forms(hazm_data / "verbs.dat", counts)

    lexical = {w for w, (f, tags) in words.items() if tags and f > 0}
    hosts = {w for w, (f, tags) in words.items() if f >= min_host_freq and tags & HOST_TAGS and len(w) >= 2}
    # corpus hosts: frequent words that are neither verb forms nor themselves host + clitic
    for w, c in counts.items():
        if c >= min_corpus_host and len(w) >= 2 and w not in verbs and w not in hosts:
            if not any(h.rstrip(ZWNJ) in hosts for h, _ in clitic_candidates(w)):
                hosts.add(w)

    forced: dict[str, tuple[str, ...]] = dict(FORCED_EXTRA)
    for host in FORCED_HOSTS:
        for c in CLITIC_SUFFIXES:
            forced[host + c] = (host, c)
    for pron in COPULA_PRONOUNS:
        forced[pron + "ست"] = (pron, "ست")

    whole = set()
    candidates = set(lexical) | verbs | {w for w, c in counts.items() if c >= 2}
    for w in candidates:
        if w in forced:
            continue
        cands = clitic_candidates(w)
        if not cands or not any(_host_in(h, hosts) for h, _ in cands):
            continue
        if w in lexical or w in verbs:
            whole.add(w)
            continue
        # ordinals: a numeral + م is چهاردهم "fourteenth", not "my fourteen"
        if any(c == "م" and re.split("[\u200c و]", h.rstrip(ZWNJ))[-1] in NUMERALS for h, c in cands):
            whole.add(w)
            continue
        # corpus evidence that w is a stem: it takes suffixes a clitic form does not take
        c = counts.get(w, 0)
        if c and stem_evidence(w, counts) >= max(MIN_STEM_EVIDENCE, stem_ratio * c):
            whole.add(w)
            continue
        # a form much more frequent than its rare "host" is a word of its own (گریزمان, اسپورت)
        host_count = max(counts.get(h.rstrip(ZWNJ), 0) for h, _ in cands)
        if c >= MIN_STEM_EVIDENCE and host_count < RARE_HOST and c >= OVER_HOST * host_count:
            whole.add(w)

    copulas = copula_forms(counts, analytic, hosts, verbs, lexical)
    abbreviations = sorted({a for a in (hazm_data / "abbreviations.dat").read_text(encoding="utf-8").split()
                            if "." in a and not a.startswith("(")})
    return {"hosts": sorted(hosts), "whole": sorted(whole),
            "forced": [f"{w}\t{' '.join(p)}" for w, p in sorted(forced.items())],
            "copula": [f"{w}\t{' '.join(p)}" for w, p in sorted(copulas.items())],
            "abbreviations": abbreviations}


def _host_in(host: str, hosts: set[str]) -> bool:
    bare = host.rstrip(ZWNJ)
    if bare in hosts:
        return True
    for suffix in ("\u200cهای", "های", "\u200cها", "ها", "ان", "ی"):
        if bare.endswith(suffix) and bare[:-len(suffix)].rstrip(ZWNJ) in hosts:
            return True
    return False


def write(out: Path, tables: dict[str, list[str]], args: argparse.Namespace) -> None:
    out.mkdir(parents=True, exist_ok=True)
    command = ("python -m pipeline.training.segment_lexicon --corpora ../shared/corpora --out pipeline/resources/segment "
               f"--min-host-freq {args.min_host_freq} --min-corpus-host {args.min_corpus_host} "
               f"--stem-ratio {args.stem_ratio}")
    header = {
        "abbreviations.txt": "dotted abbreviations kept as one token; from hazm 0.10.0 data/abbreviations.dat",
        "clitic_hosts.txt": "words that can carry a pronominal clitic; hazm 0.10.0 words.dat nouns/adjectives/"
                            "pronouns/prepositions/adverbs + frequent corpus words (PerDT train text, Seraji "
                            "train text, FarsNews, Varzesh3) that are not verb forms",
        "clitic_whole.txt": "words that spell like host + clitic but stay whole: hazm lexicon entries, verb forms "
                            "from hazm verbs.dat, corpus words taking plural/derivational suffixes",
        "clitic_forced.tsv": "word<TAB>parts: closed-class forms PerDT splits although a lexicon lists them "
                             "(reflexive خود, برای, pronoun + copula ست, مرا)",
        "clitic_copula.tsv": "word<TAB>parts: predicate + glued copula (معتقدند → معتقد ند), kept when the "
                             "corpora also write the analytic form (معتقد هستند); corpora as for clitic_hosts.txt",
    }
    names = {"abbreviations": "abbreviations.txt", "hosts": "clitic_hosts.txt", "whole": "clitic_whole.txt",
             "forced": "clitic_forced.tsv", "copula": "clitic_copula.tsv"}
    for key, name in names.items():
        lines = [f"# {header[name]}", f"# regenerate: {command}", f"# entries: {len(tables[key])}"]
        (out / name).write_text("\n".join(lines + tables[key]) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import hazm

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder holding the shared corpora")
    parser.add_argument("--out", type=Path, default=RESOURCE_DIR)
    parser.add_argument("--hazm-data", type=Path, default=Path(hazm.__file__).parent / "data")
    parser.add_argument("--min-host-freq", type=int, default=1000)
    parser.add_argument("--min-corpus-host", type=int, default=20)
    parser.add_argument("--stem-ratio", type=float, default=0.05)
    args = parser.parse_args(argv)
    tables = build(args.hazm_data, args.corpora, args.min_host_freq, args.min_corpus_host, args.stem_ratio)
    write(args.out, tables, args)
    for key, rows in tables.items():
        print(f"{key}: {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
