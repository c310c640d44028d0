"""Train the ZWNJ junction classifier of the normalize stage (``resources/normalize/zwnj_model.tsv.gz``).

    python -m pipeline.training.train_zwnj_model --corpora ../shared/corpora

Labels: the UD PerDT and Seraji *train* text (``train_text_only``; never dev or test, which are the ZWNJ
benchmark), where every ZWNJ is as the annotators wrote it. Two kinds of examples:

* glued: every word of the train text with its ZWNJs removed; for each candidate position inside it
  (see :meth:`pipeline.text.zwnj_model.Features.candidates`) the label is "the word had a ZWNJ here";
* space: every single space between two words (label 0) and every ZWNJ inside a word read as if it were
  a space between the part before it and the next part (label 1).

Leakage: the train text is cut into ``--folds`` contiguous blocks per treebank (articles stay together).
The features of an example in block k come from a lexicon built exactly as ``build_normalize_lexicon``
builds the stage's, but with the clean counts of the *other* blocks only (news and hazm are not labels
and are used whole). So a word seen only in its own article looks unseen, as a dev/test word would.

Model: L2 logistic regression (scikit-learn, lbfgs) over indicator features, one per kind, Seraji
examples weighted by ``--seraji-weight-*``. The weights are written as ``feature<TAB>weight`` (gzip, fixed
timestamp) with a header naming data, command, date and the decision thresholds (tuned on dev with
``bench/zwnj_repair.py --sweep``). The run is deterministic: same data, same file (about 3 minutes).
"""
from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
import time
from pathlib import Path

from ..text.chars import WORD, ZWNJ, canonical_string
from ..text.lexicon import RESOURCES, load_lexicon
from ..text.zwnj import MAX_TOKEN, Options, ZwnjRepair
from ..text.zwnj_model import MODEL_FILE, Features, PartStats, zwnj_positions
from .build_normalize_lexicon import (CLEAN, NEWS, Counts, _gzip_text, count_files, read_hazm,
                                      write_tables)

COMMAND = "python -m pipeline.training.train_zwnj_model --corpora ../shared/corpora"
HAND_WRITTEN = ("morphology.tsv", "artifacts.tsv", "furniture.tsv", "hazm_tables.tsv")
FOLDS = 5
# Seraji examples weigh less than PerDT ones: its train text uses both spellings of many words
# (گروهها / گروه‌ها), and on dev a model that leans on PerDT's more consistent conventions damages less
# for the same restoration (bench/zwnj_repair.py; 0.35-0.75 for glued words and 0.5-2 for spaces were tried).
SERAJI_WEIGHT = {"glued": 0.35, "space": 1.0}
C = {"glued": 0.25, "space": 0.25}        # inverse L2 strength (0.25-1 tried on dev: flat)
PRUNE = 0.01                              # weights smaller than this are not written
# Decision thresholds P(ZWNJ) (written into the model header; the stage reads them from there), chosen
# on dev with `python bench/zwnj_repair.py --sweep`: the most restoration with damage <= 0.3% in both
# benchmark modes. glued_unseen applies to words the clean text has not seen in any spelling.
THRESHOLDS = {"glued": 0.7, "glued_unseen": 0.6, "space": 0.9}


def read_clean(corpora: Path) -> list[tuple[str, list[str]]]:
    out = []
    for folder in CLEAN:
        files = sorted((corpora / folder).glob("*.txt"))
        if not files:
            raise SystemExit(f"no .txt files under {corpora / folder}")
        for p in files:
            if "-dev" in p.name or "-test" in p.name:
                raise SystemExit(f"refusing to train on benchmark file {p}")
            name = "seraji" if "seraji" in folder else "perdt"
            with p.open(encoding="utf-8") as fh:
                out.append((name, [line for line in fh]))
    return out


def fold_of(n_lines: int, folds: int) -> list[int]:
    """Contiguous blocks: line j of n goes to block j * folds // n."""
    return [j * folds // n_lines for j in range(n_lines)]


class FoldView:
    """The stage's lexicon built without one block of the train text, and the features it gives."""

    def __init__(self, folder: Path):
        lex = load_lexicon(folder)
        self.lex = lex
        self.repair = ZwnjRepair(lex, Options(), lex.artifacts)
        self.features = Features(lex, PartStats.of(lex), self.repair)


def build_view(folder: Path, clean: Counts, seraji: Counts, news: Counts, hazm) -> FoldView:
    folder.mkdir(parents=True, exist_ok=True)
    for name in HAND_WRITTEN:
        shutil.copy(RESOURCES / name, folder / name)
    hazm_flags, pos, verbs = hazm
    write_tables(folder, clean, news, hazm_flags, pos, verbs, seraji)
    return FoldView(folder)


def rule_positions(repair: ZwnjRepair, t: str) -> frozenset[int]:
    spelled = repair.rule_spelling(t)
    return zwnj_positions(spelled) if spelled is not None else frozenset()


def glued_examples(view: FoldView, tokens: collections.Counter) -> list[tuple[list[str], int, float, tuple]]:
    """tokens: (word as written, treebank) → count."""
    feats = view.features
    by_type: dict[str, list] = collections.defaultdict(list)
    for (w, tb), n in tokens.items():
        by_type[w.replace(ZWNJ, "")].append((zwnj_positions(w), tb, n))
    rows = []
    for t in sorted(by_type):
        if len(t) < 3 or len(t) > MAX_TOKEN:
            continue
        rules = rule_positions(view.repair, t)
        cands = feats.candidates(t, rules)
        if not cands:
            continue
        ev = feats.evidence(t)
        for i in cands:
            f = feats.glued(t, i, rules, ev)
            for gold, tb, n in by_type[t]:
                rows.append((f, int(i in gold), n, (tb, t, i)))
    return rows


def space_examples(view: FoldView, pairs: collections.Counter) -> list:
    """pairs: (a, b, label, treebank) → count."""
    feats, repair = view.features, view.repair
    rows = []
    for (a, b, label, tb), n in sorted(pairs.items()):
        rule = repair.rule_join(a, b)
        if not feats.space_candidate(a, b, rule):
            continue
        f = feats.space(a, b, rule)
        rows.append((f, label, n, (tb, a, b)))
    return rows


def collect(lines: list[str], tb: str, tokens: collections.Counter, pairs: collections.Counter) -> None:
    for line in lines:
        text = canonical_string(line)
        prev, prev_end = None, -1
        for m in WORD.finditer(text):
            w = m.group()
            if len(w) <= MAX_TOKEN:
                tokens[(w, tb)] += 1
            parts = w.split(ZWNJ)
            for j in range(1, len(parts)):
                pairs[(ZWNJ.join(parts[:j]), parts[j], 1, tb)] += 1
            if prev is not None and text[prev_end:m.start()] == " ":
                pairs[(prev, w, 0, tb)] += 1
            prev, prev_end = w, m.end()


def make_examples(corpora: Path, folds: int, work: Path, log=print) -> tuple[list, list]:
    news_files = [p for d in NEWS for p in sorted((corpora / d).glob("*.txt"))]
    log("counting news: " + ", ".join(p.name for p in news_files))
    news = count_files(news_files, dedupe=True)
    hazm = read_hazm()
    clean = read_clean(corpora)
    assigned = [(tb, lines, fold_of(len(lines), folds)) for tb, lines in clean]
    glued, space = [], []
    for k in range(folds):
        counts = {"perdt": Counts(), "seraji": Counts()}
        tokens: collections.Counter = collections.Counter()
        pairs: collections.Counter = collections.Counter()
        for tb, lines, fold in assigned:
            held = [line for line, f in zip(lines, fold) if f == k]
            for line, f in zip(lines, fold):
                if f != k:
                    counts[tb].add_line(line)
            collect(held, tb, tokens, pairs)
        t0 = time.time()
        clean = Counts().merge(counts["perdt"]).merge(counts["seraji"])
        view = build_view(work / f"fold{k}", clean, counts["seraji"], news, hazm)
        g = glued_examples(view, tokens)
        s = space_examples(view, pairs)
        log(f"fold {k}: {sum(tokens.values())} words, {len(g)} glued rows, {len(s)} space rows "
            f"({time.time() - t0:.0f}s)")
        glued += g
        space += s
    return glued, space


def fit(rows: list, c: float, seraji_weight: float, bias: str) -> dict[str, float]:
    """L2 logistic regression over the rows' indicator features; the intercept is folded into ``bias``
    (a feature every row has)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform({f: 1 for f in r[0]} for r in rows)
    y = [r[1] for r in rows]
    w = [r[2] * (seraji_weight if r[3][0] == "seraji" else 1.0) for r in rows]
    model = LogisticRegression(C=c, max_iter=3000, tol=1e-4)
    model.fit(x, y, sample_weight=w)
    weights = {name: float(v) for name, v in zip(vec.get_feature_names_out(), model.coef_[0])}
    weights[bias] = weights.get(bias, 0.0) + float(model.intercept_[0])
    return weights


def write_model(path: Path, weights: dict[str, float], thresholds: dict[str, float], info: list[str],
                prune: float = PRUNE) -> int:
    kept = 0
    with _gzip_text(path) as fh:
        fh.write("# faie normalize: ZWNJ junction classifier (logistic regression over indicator features)\n")
        for line in info:
            fh.write(f"# {line}\n")
        for name in sorted(thresholds):
            fh.write(f"# threshold {name} {thresholds[name]}\n")
        fh.write("# columns: feature, weight (a junction's score is the sum of its features' weights; "
                 "P(ZWNJ) = 1/(1+exp(-score)); features are listed in pipeline/text/zwnj_model.py)\n")
        for feat in sorted(weights):
            v = round(weights[feat], 4)
            if abs(v) >= prune:
                fh.write(f"{feat}\t{v}\n")
                kept += 1
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--out", type=Path, default=RESOURCES / MODEL_FILE)
    ap.add_argument("--folds", type=int, default=FOLDS)
    for kind in ("glued", "space"):
        ap.add_argument(f"--seraji-weight-{kind}", type=float, default=SERAJI_WEIGHT[kind])
        ap.add_argument(f"--c-{kind}", type=float, default=C[kind])
    for name, value in THRESHOLDS.items():
        ap.add_argument(f"--threshold-{name.replace('_', '-')}", type=float, default=value)
    args = ap.parse_args(argv)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="zwnj_folds_") as tmp:
        glued, space = make_examples(args.corpora, args.folds, Path(tmp), log)
    log(f"fitting: {len(glued)} glued rows, {len(space)} space rows")
    weights = fit(glued, args.c_glued, args.seraji_weight_glued, "b")
    weights.update(fit(space, args.c_space, args.seraji_weight_space, "sb"))
    thresholds = {name: getattr(args, f"threshold_{name}") for name in THRESHOLDS}
    changed = [f" --{k.replace('_', '-')} {v}" for k, v in sorted(vars(args).items())
               if k not in ("corpora", "out") and v != ap.get_default(k)]
    info = [
        "data: labels from UD PerDT + Seraji train raw text (train_text_only; never dev/test); features from the "
        "normalize lexicon (that text, persian_news_farsnews_varzesh3/text, hazm 0.10.0 words.dat) rebuilt "
        f"without the example's own block of the train text ({args.folds} contiguous blocks per treebank)",
        f"command: {COMMAND}{''.join(changed)}",
        f"date: {time.strftime('%Y-%m-%d')}",
        f"settings: Seraji weight glued {args.seraji_weight_glued} space {args.seraji_weight_space}; "
        f"C glued {args.c_glued} space {args.c_space}; weights below {PRUNE} dropped; "
        f"examples: glued {len(glued)}, space {len(space)} (distinct per block)",
    ]
    kept = write_model(args.out, weights, thresholds, info)
    log(f"wrote {kept} weights to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
