"""Throughput of normalize + segment on one core, over FarsNews raw text.

    python bench/throughput.py [--corpora ../shared/corpora] [--config configs/default.yaml] [--repeat 3] [--json]

Input: ``persian_news_farsnews_varzesh3/text/farsnews.txt``, the whole file, one document per
article (articles are separated by blank lines; 1,200 articles). Documents are processed one at a
time in one process and thread and dropped after counting, as ``faie run`` streams them.

* words = UD syntactic words the segmenter produced (a clitic split counts two); the input's
  whitespace-separated words are reported too.
* "pipeline" times ``Pipeline.__call__`` (normalize + segment) per document — the target is
  ≥ 50,000 words/s.
* "segment alone" times the segment stage over documents normalized beforehand (aim ≥ 120,000 words/s).
* Each measurement is repeated ``--repeat`` times; the best run is reported (the machine is shared,
  so slower runs measure other load), with all runs listed.

Writes eval/reports/throughput.md and eval/reports/throughput.json.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_config, load_yaml  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402
from pipeline.document import Document  # noqa: E402

TARGET_PIPELINE = 50_000
AIM_SEGMENT = 120_000


def text_pipeline(config: Path) -> Pipeline:
    """The config's normalize and segment stages alone (the default config goes on to tag, parse, ...)."""
    raw = load_yaml(config)
    keep = [name for name in raw["pipeline"] if name in ("normalize", "segment")]
    raw = {**raw, "pipeline": keep, "stages": {k: v for k, v in (raw.get("stages") or {}).items() if k in keep}}
    return Pipeline(load_config(config, raw=raw))


def read_articles(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [a for a in text.split("\n\n") if a.strip()]


def time_pipeline(pipeline: Pipeline, articles: list[str]) -> tuple[float, int]:
    words = 0
    t0 = time.perf_counter()
    for i, text in enumerate(articles):
        doc = pipeline(Document(doc_id=f"fars-{i}", text=text))
        words += _count(doc)
    return time.perf_counter() - t0, words


def _count(doc: Document) -> int:
    return sum(len(t.words) for s in doc.sentences for t in s.tokens)


def time_segment(pipeline: Pipeline, articles: list[str]) -> tuple[float, float, int]:
    stages = {s.stage: s for s in pipeline.stages}
    normalize, segment = stages.get("normalize"), stages["segment"]
    t0 = time.perf_counter()
    docs = [Document(doc_id=f"fars-{i}", text=t) for i, t in enumerate(articles)]
    if normalize is not None:
        docs = [normalize(d) for d in docs]
    t_norm = time.perf_counter() - t0
    words = 0
    t0 = time.perf_counter()
    for d in docs:
        segment(d)
        words += _count(d)
        d.sentences = []  # drop the output as a streaming run would
    return t_norm, time.perf_counter() - t0, words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--config", type=Path, default=ROOT / "configs" / "default.yaml")
    parser.add_argument("--reports", type=Path, default=ROOT / "eval" / "reports")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    path = args.corpora / "persian_news_farsnews_varzesh3" / "text" / "farsnews.txt"
    if not path.exists():
        print(f"{path}: not found (pass --corpora)", file=sys.stderr)
        return 2
    articles = read_articles(path)
    ws_words = sum(len(a.split()) for a in articles)
    pipeline = text_pipeline(args.config)
    pipeline(Document(doc_id="warm-up", text=articles[0]))  # data files load once per process
    gc.freeze()  # as `faie run` does: the loaded lexicons are not re-scanned by the collector

    pipe_runs, seg_runs, norm_runs = [], [], []
    words = 0
    for _ in range(args.repeat):
        seconds, words = time_pipeline(pipeline, articles)
        pipe_runs.append(round(seconds, 3))
        t_norm, t_seg, seg_words = time_segment(pipeline, articles)
        norm_runs.append(round(t_norm, 3))
        seg_runs.append(round(t_seg, 3))
    best_pipe, best_seg, best_norm = min(pipe_runs), min(seg_runs), min(norm_runs)
    result = {
        "input": str(path),
        "documents": len(articles),
        "unit": "article (blank-line separated)",
        "whitespace_words": ws_words,
        "ud_words": words,
        "chars": sum(len(a) for a in articles),
        "pipeline": {"seconds": best_pipe, "runs": pipe_runs, "words_per_s": round(words / best_pipe),
                     "first_run_words_per_s": round(words / pipe_runs[0]),
                     "target": TARGET_PIPELINE},
        "segment_alone": {"seconds": best_seg, "runs": seg_runs, "words_per_s": round(seg_words / best_seg),
                          "aim": AIM_SEGMENT},
        "normalize_alone": {"seconds": best_norm, "runs": norm_runs, "words_per_s": round(words / best_norm)},
        "stages": [f"{s.stage}:{s.backend}" for s in pipeline.stages],
        "config": str(args.config),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (one used)",
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    args.reports.mkdir(parents=True, exist_ok=True)
    (args.reports / "throughput.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    (args.reports / "throughput.md").write_text(_markdown(result), encoding="utf-8")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        p, s, n = result["pipeline"], result["segment_alone"], result["normalize_alone"]
        print(f"{len(articles)} articles, {ws_words:,} whitespace words, {words:,} UD words, {result['chars']:,} chars")
        print(f"normalize + segment: {p['words_per_s']:,} words/s (best of {p['runs']} s; target ≥ {TARGET_PIPELINE:,}) "
              f"{'ok' if p['words_per_s'] >= TARGET_PIPELINE else 'MISSED'}")
        print(f"  first run (per-word caches still empty): {p['first_run_words_per_s']:,} words/s")
        print(f"segment alone:       {s['words_per_s']:,} words/s (best of {s['runs']} s; aim ≥ {AIM_SEGMENT:,})")
        print(f"normalize alone:     {n['words_per_s']:,} words/s (best of {n['runs']} s)")
        print(f"report: {args.reports / 'throughput.md'}")
    return 0


def _markdown(r: dict) -> str:
    p, s, n = r["pipeline"], r["segment_alone"], r["normalize_alone"]
    return "\n".join([
        "# Throughput: normalize + segment", "",
        f"Command: `python bench/throughput.py` ({r['date']}, Python {r['python']}, {r['machine']}); "
        f"stages {', '.join(r['stages'])}.", "",
        f"Input: `{Path(r['input']).name}`, whole file, one document per article (blank-line separated): "
        f"{r['documents']:,} documents, {r['chars']:,} characters, {r['whitespace_words']:,} whitespace words, "
        f"{r['ud_words']:,} UD words (the unit of the rates below). Documents are processed one at a time, "
        "single process and thread; best of the repeated runs (the machine is shared).", "",
        "| measurement | words/s | seconds (runs) | goal |",
        "|---|---|---|---|",
        f"| normalize + segment (`Pipeline.__call__`) | **{p['words_per_s']:,}** | {p['runs']} | ≥ {p['target']:,} |",
        f"| normalize + segment, first run (empty per-word caches) | {p['first_run_words_per_s']:,} | {p['runs'][0]} | ≥ {p['target']:,} |",
        f"| segment alone | **{s['words_per_s']:,}** | {s['runs']} | ≥ {s['aim']:,} |",
        f"| normalize alone | {n['words_per_s']:,} | {n['runs']} | |",
        ""])


if __name__ == "__main__":
    sys.exit(main())
