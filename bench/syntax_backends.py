"""Every syntax backend side by side: hazm CRF, spaCy, stanza on PerDT test and Seraji test.

    flock /tmp/faie-train.lock python bench/syntax_backends.py [--corpora ../shared/corpora] [--backends hazm,spacy,stanza]

For each backend whose model exists (hazm: models/tagger-hazm; spaCy: models/syntax-spacy; stanza:
build/stanza with the stanza extra installed):

* CoNLL 2018 F1 (UPOS, XPOS, UFeats, Lemmas, UAS, LAS) on gold tokenization (the syntax stages alone on
  the gold words) and from raw text (normalize + segment + syntax, Tokens/Words too), on PerDT test and on
  Seraji test. Seraji follows other conventions: no PROPN (proper nouns are NOUN), ``را`` is not ADP, and
  its XPOS and FEATS use another scheme, so its XPOS/UFeats columns measure scheme mismatch, not errors;
  "UPOS (mapped)" also scores it after mapping our PROPN → NOUN and ``را`` to Seraji's tag.
* words/s of the syntax stages (tag + lemma + parse, whatever the backend has) on FarsNews articles
  (normalized and segmented beforehand), pinned to one core with one thread; and of the whole pipeline.

Writes eval/reports/syntax_backends.md (and the numbers as JSON to build/syntax_backends.json).
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")   # one core: set before numpy / torch load
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import parse_config  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402
from pipeline.document import Document  # noqa: E402
from pipeline.evaluation import conll18  # noqa: E402
from pipeline.evaluation.syntax import TEXT_STAGES, annotate_gold_tokens, evaluate_raw, score_words  # noqa: E402

TESTS = {"PerDT test": "ud_persian_perdt/fa_perdt-ud-test.conllu",
         "Seraji test": "ud_persian_seraji/fa_seraji-ud-test.conllu"}
METRICS = ("UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")
RAW_METRICS = ("Tokens", "Words") + METRICS
ANCHORS = [
    ("UDPipe 2, full PerDT train (452k words)", "gold tok", "97.81", "92.07"),
    ("UDPipe 2, full PerDT train", "raw text", "97.50", "91.55"),
    ("Stanza, full PerDT train", "gold tok", "97.35", "91.05"),
    ("hazm's published POS tagger (Peykare tags, other data; not UD)", "—", "98.8", "—"),
]


def backends(hazm: Path, spacy_model: Path, stanza_dir: Path) -> dict[str, dict]:
    """Backend name → (stage configs, where the model is, why it is missing)."""
    out = {
        "hazm": {"model": hazm, "stages": {"tag": {"backend": "hazm", "model": str(hazm)},
                                           "lemmatize": {"backend": "hazm", "model": str(hazm)}},
                 "what": "hazm CRF (UPOS) + XPOS/FEATS and lemma tables; no parser"},
        "spacy": {"model": spacy_model, "stages": {s: {"backend": "spacy", "model": str(spacy_model)}
                                                   for s in ("tag", "lemmatize", "parse")},
                  "what": "spaCy tok2vec + morphologizer/tagger/lemmatizer/parser"},
        "stanza": {"model": stanza_dir, "stages": {s: {"backend": "stanza", "model": str(stanza_dir)}
                                                   for s in ("tag", "lemmatize", "parse")},
                   "what": "stanza tagger, lemmatizer, biaffine parser (CPU-budgeted training)"},
    }
    for name, b in out.items():
        b["missing"] = None
        if not (b["model"] / ("pos.pt" if name == "stanza" else "meta.json" if name == "hazm" else "config.cfg")).exists():
            b["missing"] = f"no model at {b['model']}"
        elif name == "stanza":
            try:
                import stanza  # noqa: F401
            except ImportError:
                b["missing"] = "stanza extra not installed"
            if not (stanza_dir / "depparse.pt").exists():
                b["stages"].pop("parse")
            if not (stanza_dir / "lemma.pt").exists():
                b["stages"].pop("lemmatize")
    return out


def make_pipeline(stages: dict) -> Pipeline:
    full = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules", "max_sentence_tokens": 250},
            **stages}
    return Pipeline(parse_config({"pipeline": list(full), "stages": full}, None))


def f1s(scores: dict, keys) -> dict:
    return {k: scores[k]["f1"] for k in keys if isinstance(scores.get(k), dict)}


def gold_tokens(pipeline: Pipeline, gold_path: Path, seraji: bool) -> dict:
    """Scores on gold words; for Seraji also UPOS after mapping our PerDT conventions onto Seraji's."""
    gold = conll18.load_conllu(str(gold_path))
    doc, seconds = annotate_gold_tokens(pipeline, gold_path)
    words = sum(1 for _ in doc.words)
    out = f1s(score_words(gold, doc), METRICS)
    out["words/s"] = round(words / seconds) if seconds else None
    if seraji:
        ra = Counter(w.upos for s in (conll18_sentences(gold_path)) for w in s if w.text == "را")
        ra_tag = ra.most_common(1)[0][0] if ra else "ADP"
        for word in doc.words:
            if word.upos == "PROPN":
                word.upos = "NOUN"
            elif word.text == "را" and word.upos:
                word.upos = ra_tag
        out["UPOS (mapped)"] = f1s(score_words(gold, doc), ["UPOS"])["UPOS"]
    return out


def conll18_sentences(path: Path):
    from pipeline.conllu import read_conllu

    for s in read_conllu(path):
        yield s.words


def read_articles(path: Path, max_words: int) -> list[str]:
    out, words = [], 0
    for article in path.read_text(encoding="utf-8").split("\n\n"):
        if article.strip():
            out.append(article)
            words += len(article.split())
            if words >= max_words:
                break
    return out


def speed(pipeline: Pipeline, articles: list[str]) -> dict:
    """Syntax stages alone over documents segmented beforehand, and the whole pipeline."""
    text_stages = [s for s in pipeline.stages if s.stage in TEXT_STAGES]
    syntax_stages = [s for s in pipeline.stages if s.stage not in TEXT_STAGES]
    docs = []
    for i, text in enumerate(articles):
        doc = Document(doc_id=f"fars-{i}", text=text)
        for stage in text_stages:
            doc = stage(doc)
        docs.append(doc)
    words = sum(1 for d in docs for _ in d.words)
    t0 = time.perf_counter()
    for doc in docs:
        for stage in syntax_stages:
            doc = stage(doc)
    syntax_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    for i, text in enumerate(articles):
        pipeline(Document(doc_id=f"fars-{i}", text=text))
    total_seconds = time.perf_counter() - t0
    return {"words": words, "syntax words/s": round(words / syntax_seconds),
            "pipeline words/s": round(words / total_seconds)}


def fmt(value) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if isinstance(value, float) else f"{value:,}" if isinstance(value, int) else str(value)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--backends", default="hazm,spacy,stanza")
    ap.add_argument("--speed-words", type=int, default=20000, help="FarsNews words for the speed measurement")
    ap.add_argument("--report", type=Path, default=ROOT / "eval" / "reports" / "syntax_backends.md")
    ap.add_argument("--hazm-model", type=Path, default=Path("models/tagger-hazm"))
    ap.add_argument("--spacy-model", type=Path, default=Path("models/syntax-spacy"))
    ap.add_argument("--stanza-model", type=Path, default=Path("build/stanza"))
    ap.add_argument("--json", type=Path, default=Path("build/syntax_backends.json"))
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})   # one core
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    command = "flock /tmp/faie-train.lock python bench/syntax_backends.py " + " ".join(argv if argv is not None else sys.argv[1:])
    found = backends(*(p if p.is_absolute() else ROOT / p for p in (args.hazm_model, args.spacy_model, args.stanza_model)))
    articles = read_articles(args.corpora / "persian_news_farsnews_varzesh3" / "text" / "farsnews.txt", args.speed_words)
    results: dict = {}
    for name in args.backends.split(","):
        b = found[name]
        if b["missing"]:
            print(f"{name}: skipped ({b['missing']})", flush=True)
            results[name] = {"missing": b["missing"]}
            continue
        pipeline = make_pipeline(b["stages"])
        res = {"stages": list(b["stages"]), "what": b["what"]}
        for label, rel in TESTS.items():
            gold = args.corpora / rel
            res[label] = {"gold tokens": gold_tokens(pipeline, gold, seraji="seraji" in rel)}
            raw = evaluate_raw(pipeline, gold)
            res[label]["raw text"] = f1s(raw, RAW_METRICS)
            res[label]["raw text"]["words/s"] = round(raw["Words"]["system"] / raw["meta"]["seconds"]) \
                if raw.get("Words", {}).get("system") and raw["meta"]["seconds"] else None
            print(name, label, json.dumps(res[label], ensure_ascii=False), flush=True)
        res["speed"] = speed(pipeline, articles)
        print(name, "speed", res["speed"], flush=True)
        results[name] = res
    extras = {}
    ablation = ROOT / "build" / "hazm_tagger_features.md"
    if ablation.exists():
        extras["hazm_ablation"] = ablation.read_text(encoding="utf-8")
    stanza_scores = ROOT / "build" / "stanza" / "scores.json"
    if stanza_scores.exists():
        extras["stanza_training"] = {k: v.get("training") for k, v in
                                     json.loads(stanza_scores.read_text(encoding="utf-8")).items()
                                     if isinstance(v, dict) and "training" in v}
    write_report(args.report, results, extras, command)
    summary = {"command": command, "results": results, "stanza_training": extras.get("stanza_training")}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.report}")
    return 0


def write_report(path: Path, results: dict, extras: dict, command: str) -> None:
    lines = ["# Syntax backends side by side", "",
             f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()} "
             f"({platform.python_implementation()} {platform.python_version()}), one core, one thread. "
             "All models were trained on PerDT **dev** minus the same held-out 10% slice (seed 0); PerDT test and "
             "Seraji test were never trained or tuned on. CoNLL 2018 F1; \"—\" = the backend does not predict it.",
             "", "```", command, "```", ""]
    ran = {n: r for n, r in results.items() if "missing" not in r}
    for label in TESTS:
        for view, keys in (("gold tokens", METRICS), ("raw text", RAW_METRICS)):
            cols = list(keys) + (["UPOS (mapped)"] if label.startswith("Seraji") and view == "gold tokens" else []) \
                + ["words/s"]
            lines += [f"## {label}, {'gold tokenization' if view == 'gold tokens' else 'raw text'}", "",
                      "| backend | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
            for name, r in ran.items():
                row = r[label][view]
                lemmas_or_parse = {"Lemmas": "lemmatize", "UAS": "parse", "LAS": "parse"}
                cells = []
                for c in cols:
                    stage = lemmas_or_parse.get(c)
                    cells.append("—" if stage and stage not in r["stages"] else fmt(row.get(c)))
                lines.append(f"| {name} | " + " | ".join(cells) + " |")
            lines.append("")
    lines += ["## Speed on FarsNews text (one core)", "",
              "| backend | stages | words | syntax stages words/s | whole pipeline words/s |", "|---|---|---|---|---|"]
    for name, r in ran.items():
        s = r["speed"]
        lines.append(f"| {name} | {' + '.join(r['stages'])} | {s['words']:,} | {s['syntax words/s']:,} | "
                     f"{s['pipeline words/s']:,} |")
    lines += ["", "Seraji: no PROPN and `را` tagged differently, XPOS/FEATS in another scheme (its XPOS/UFeats "
              "columns are scheme mismatch, not tagging errors); \"UPOS (mapped)\" maps our PROPN → NOUN and "
              "`را` to Seraji's tag first.", ""]
    missing = {n: r["missing"] for n, r in results.items() if "missing" in r}
    if missing:
        lines += ["Not run: " + "; ".join(f"{n} ({why})" for n, why in missing.items()), ""]
    lines += ["## Anchors (published, trained on the full 452k-word PerDT train, which we do not have)", "",
              "| system | view | UPOS | LAS |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in ANCHORS]
    lines += ["", "## Backends", ""] + [f"- **{n}**: {r['what']}; stages {', '.join(r['stages'])}"
                                       for n, r in ran.items()]
    lines += ["", "## Reproduce", "", "```",
              "python -m pipeline.training.vectors --corpora ../shared/corpora --out build/vectors/fa.vec",
              "flock /tmp/faie-train.lock faie train tagger --config configs/train/tagger_hazm.yaml",
              "flock /tmp/faie-train.lock faie train parser --config configs/train/syntax_spacy.yaml",
              "pip install torch==2.13.0 stanza   # the stanza extra",
              "flock /tmp/faie-train.lock faie train tagger     --config configs/train/stanza_pos.yaml",
              "flock /tmp/faie-train.lock faie train lemmatizer --config configs/train/stanza_lemma.yaml",
              "flock /tmp/faie-train.lock faie train parser     --config configs/train/stanza_depparse.yaml",
              "flock /tmp/faie-train.lock python -m pipeline.training.hazm_tagger --ablation configs/train/tagger_hazm.yaml",
              command, "```", ""]
    if "stanza_training" in extras:
        lines += ["## stanza training budgets", "", "| model | minutes | stopped at budget | budget |", "|---|---|---|---|"]
        for comp, t in extras["stanza_training"].items():
            lines.append(f"| {comp} | {t.get('minutes')} | {t.get('stopped_at_budget')} | {t.get('budget_minutes')} |")
        lines.append("")
    if "hazm_ablation" in extras:
        body = extras["hazm_ablation"].split("\n", 1)[1] if "\n" in extras["hazm_ablation"] else ""
        lines += ["## hazm tagger: what each feature group buys", body]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
