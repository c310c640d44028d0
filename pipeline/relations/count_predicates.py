"""Count the predicate lexicon's entries in the corpora and rewrite its ``freq`` column.

    python -m pipeline.relations.count_predicates --corpora ../shared/corpora            # print counts
    python -m pipeline.relations.count_predicates --corpora ../shared/corpora --write    # update the TSV

Two counts per entry, written as ``ud=N;news=M``:

* ``ud``: UD Persian PerDT dev+test and Seraji dev+test (the train files are not in the corpora).
  An LVC is a word with deprel ``compound:lvc`` (with its ``case`` children: ``به دست``) + its head's
  verb lemma (MISC ``OrigLemma``, else LEMMA); PerDT gives passive LVCs the active verb's lemma
  (``تشکیل شد`` → ``داد``), so passives count with the active entry. Entries whose nominal is an
  adjective are counted where PerDT attaches it: as ``xcomp`` of the verb (``موفق شد``, ``مسئول دانست``)
  or as the head of a copula (``معتقد است``). A simple verb is a VERB or AUX word that is not an
  auxiliary (deprel ``aux``/``aux:pass``) and was not counted as part of one of those.
* ``news``: FarsNews raw text (duplicate lines dropped, canonicalised, ``می ``/``نمی `` joined to the
  verb). Only clause-final verb forms are counted (followed by ``. : ؛ ! ؟``; news Persian is verb-final,
  and this keeps nouns that look like past stems — ``شکست``, ``خرید``, ``پرداخت`` — out). A form counts
  for the LVC whose nominal is the one, two or three words before it (longest first), else for the
  simple verb. Forms: past, imperfective, perfect participle (+ است/اند ...), present, subjunctive,
  future (``خواهد`` + past stem), each with negation.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from ..conllu import read_conllu
from ..text.chars import ZWNJ, canonical_string
from .lexicon import PREDICATE_COLUMNS, PREDICATES, Predicate, PredicateLexicon

TREEBANKS = ("ud_persian_perdt/fa_perdt-ud-dev.conllu", "ud_persian_perdt/fa_perdt-ud-test.conllu",
             "ud_persian_seraji/fa_seraji-ud-dev.conllu", "ud_persian_seraji/fa_seraji-ud-test.conllu")
NEWS = "persian_news_farsnews_varzesh3/text/farsnews.txt"

_PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند")
_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
_PERFECT = ("است", "اند", "ایم", "ام", "ای", "اید")
_FUTURE = ("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند")
_CLAUSE_END = frozenset(".:؛!؟")
_TOKEN = re.compile(r"[^\s.,:;!?؟،؛«»()\"'\[\]]+|[.:؛!؟]")
_MI_SPACE = re.compile(r"(?<!\S)(ن?می) (?=\S)")
_PERFECT_SPACE = re.compile(r"(\S)ه (است|اند|ایم|ام)(?!\S)")


def _orig_lemma(word) -> str | None:
    for item in (word.misc or "").split("|"):
        if item.startswith("OrigLemma="):
            return item[len("OrigLemma="):]
    return word.lemma


def treebank_counts(lex: PredicateLexicon, paths: list[Path], stats: Counter | None = None) -> Counter:
    """Entry line number → count in the treebanks. ``stats`` (if given) receives coverage counts:
    ``lvc`` / ``lvc_found`` (compound:lvc occurrences / those in the lexicon), ``verb`` / ``verb_found``
    (simple verbs and copulas, auxiliaries excluded)."""
    counts: Counter = Counter()
    stats = Counter() if stats is None else stats
    for path in paths:
        for sent in read_conllu(path):
            words = sent.words
            children: dict[int, list] = {}
            for w in words:
                if w.head is not None:
                    children.setdefault(w.head, []).append(w)
            by_id = {w.id: w for w in words}
            consumed: set[int] = set()  # verbs counted through their LVC / xcomp / copula predicate
            for w in words:
                head = by_id.get(w.head) if w.head else None
                if head is None:
                    continue
                entry = None
                if w.deprel == "compound:lvc":
                    lemma = _orig_lemma(head)
                    case = [c.text for c in children.get(w.id, []) if c.deprel == "case" and c.id < w.id]
                    if lemma:
                        entry = lex.lookup(" ".join(case + [w.text]), lemma) or lex.lookup(w.text, lemma)
                    consumed.add(head.id)
                    stats["lvc"] += 1
                    stats["lvc_found"] += entry is not None and entry.is_lvc
                elif w.deprel == "xcomp" and w.upos in ("ADJ", "NOUN") and head.upos in ("VERB", "AUX"):
                    lemma = _orig_lemma(head)
                    entry = lex.lookup(w.text, lemma) if lemma else None
                    if entry is not None and entry.is_lvc:
                        consumed.add(head.id)
                    else:
                        entry = None
                elif w.deprel == "cop":
                    lemma = _orig_lemma(w)
                    entry = lex.lookup(head.text, lemma) if lemma else None
                    if entry is not None and entry.is_lvc:
                        consumed.add(w.id)
                    else:
                        entry = None
                if entry is not None:
                    counts[entry.line] += 1
            for w in words:
                if w.upos in ("VERB", "AUX") and w.deprel not in ("aux", "aux:pass") and w.id not in consumed:
                    lemma = _orig_lemma(w)
                    entry = lex.lookup(None, lemma) if lemma else None
                    stats["verb"] += 1
                    if entry is not None:
                        counts[entry.line] += 1
                        stats["verb_found"] += 1
    return counts


def verb_forms(verb_lemma: str) -> dict[str, bool]:
    """Surface forms of a verb → True when the form is a bare past stem (used after خواهد)."""
    past, _, present = verb_lemma.partition("#")
    forms: dict[str, bool] = {}
    if not past:  # است, هست: present-only
        for neg in ("", "ن"):
            forms[neg + present] = False
        return forms
    stem = present + "ی" if present and present[-1] in "اوآ" else present
    for neg in ("", "ن"):
        for e in _PAST_ENDINGS:
            forms[neg + past + e] = False
            forms[neg + "می" + ZWNJ + past + e] = False
        forms[neg + past + "ه"] = False
        for e in _PERFECT:
            forms[neg + past + "ه" + ZWNJ + e] = False
        if present:
            for e in _PRESENT_ENDINGS:
                forms[neg + "می" + ZWNJ + stem + e] = False
                forms[neg + stem + e] = False
                if not neg:
                    forms["ب" + stem + e] = False
    forms[past] = True
    return forms


def news_tokens(line: str) -> list[str]:
    text = canonical_string(line)
    text = _MI_SPACE.sub(lambda m: m.group(1) + ZWNJ, text)
    text = _PERFECT_SPACE.sub(lambda m: m.group(1) + "ه" + ZWNJ + m.group(2), text)
    return _TOKEN.findall(text)


def news_counts(lex: PredicateLexicon, path: Path) -> Counter:
    """Entry line number → clause-final occurrences in a raw news text file (only the lexicon's own
    verbs are recognised, so this measures no coverage)."""
    form_to_lemma: dict[str, str] = {}
    past_to_lemma: dict[str, str] = {}
    for e in sorted(lex.entries, key=lambda e: e.line):
        for form, bare in verb_forms(e.verb_lemma).items():
            form_to_lemma.setdefault(form, e.verb_lemma)
            if bare and e.past_stem:
                past_to_lemma.setdefault(form, e.verb_lemma)
    future = set(_FUTURE) | {"ن" + f for f in _FUTURE}
    counts: Counter = Counter()
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line in seen:
                continue
            seen.add(line)
            toks = news_tokens(line)
            for i, tok in enumerate(toks):
                if tok in future and i + 2 < len(toks) and toks[i + 1] in past_to_lemma \
                        and toks[i + 2] in _CLAUSE_END:
                    lemma, start = past_to_lemma[toks[i + 1]], i
                elif tok in form_to_lemma and i + 1 < len(toks) and toks[i + 1] in _CLAUSE_END \
                        and not (i > 0 and toks[i - 1] in future):
                    lemma, start = form_to_lemma[tok], i
                else:
                    continue
                entry: Predicate | None = None
                for k in (3, 2, 1):
                    if start - k >= 0 and all(t not in _CLAUSE_END for t in toks[start - k:start]):
                        entry = lex.lookup(" ".join(toks[start - k:start]), lemma)
                        if entry is not None and entry.is_lvc:
                            break
                        entry = None
                if entry is None:
                    entry = lex.lookup(None, lemma)
                if entry is not None:
                    counts[entry.line] += 1
    return counts


def rewrite_freq(path: Path, freq: dict[int, str]) -> None:
    """Replace the freq column of the given lines, keeping every other byte of the file."""
    col = PREDICATE_COLUMNS.index("freq")
    lines = path.read_text(encoding="utf-8").split("\n")
    for lineno, value in freq.items():
        fields = lines[lineno - 1].split("\t")
        fields[col] = value
        lines[lineno - 1] = "\t".join(fields)
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--lexicon", type=Path, default=PREDICATES)
    ap.add_argument("--write", action="store_true", help="rewrite the freq column in place")
    args = ap.parse_args(argv)
    lex = PredicateLexicon.load(args.lexicon)
    treebanks = [args.corpora / p for p in TREEBANKS]
    missing = [str(p) for p in treebanks + [args.corpora / NEWS] if not p.exists()]
    if missing:
        print(f"missing corpus files: {', '.join(missing)}", file=sys.stderr)
        return 3
    stats: Counter = Counter()
    ud = treebank_counts(lex, treebanks, stats)
    news = news_counts(lex, args.corpora / NEWS)
    freq = {e.line: f"ud={ud[e.line]};news={news[e.line]}" for e in lex.entries}
    for e in sorted(lex.entries, key=lambda e: -(ud[e.line] + news[e.line])):
        print(f"{e.predicate}\t{freq[e.line]}")
    zero = [e.predicate for e in lex.entries if ud[e.line] + news[e.line] == 0]
    print(f"# {len(lex)} entries, {sum(e.is_lvc for e in lex.entries)} LVCs, {len(zero)} never counted"
          + (f": {', '.join(zero)}" if zero else ""), file=sys.stderr)
    print(f"# treebanks: {stats['lvc_found']}/{stats['lvc']} compound:lvc occurrences "
          f"({stats['lvc_found'] / max(stats['lvc'], 1):.1%}) and {stats['verb_found']}/{stats['verb']} other "
          f"verb and copula occurrences ({stats['verb_found'] / max(stats['verb'], 1):.1%}) have an entry",
          file=sys.stderr)
    if args.write:
        rewrite_freq(args.lexicon, freq)
    return 0


if __name__ == "__main__":
    sys.exit(main())
