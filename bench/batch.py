"""End-to-end batch throughput of `faie run` on FarsNews articles, per config and worker count.

    flock /tmp/faie-train.lock python bench/batch.py [--config configs/default.yaml ...] [--workers 1 2]
                                                          [--corpora ../shared/corpora] [--repeat 1]
                                                          [--cold-starts 9]

Input: every article of ``persian_news_farsnews_varzesh3/json/fars-news-*.json`` (title, abstract and
paragraphs, one per line) written as one JSON Lines file in /tmp (doc_id, text, link and category as
metadata). Each (config, workers) cell runs the real command in a fresh process:

    faie run /tmp/faie-bench/farsnews.jsonl -o /tmp/faie-bench/out.jsonl -q --workers N -c CONFIG --stats S

and reads the run's own statistics (``--stats``):

* words/s: UD words produced after the first document / wall time from the first document written to the
  last (every worker loaded and warm: the rate a long run converges to); "end to end" divides all words
  by the time from starting the process to its exit instead (imports, loading, writing included);
* cold start: from starting the process to the first document written to the output, in each cell's run
  and, as the figure against the target, the median of ``--cold-starts`` fresh runs on one document;
* peak RSS: ``ru_maxrss`` of each worker process (and of the main process);
* time per stage: seconds summed over all workers, and the share of the total;
* cold start, step by step (``--startup``, on by default): a fresh process imports faie, builds each stage and
  runs the first document, with the seconds and the resident memory after each step.

``--config PATH:N`` runs that config on the first N articles only (the stanza config, at a few hundred words/s,
would take over half an hour on all of them), so all configs are measured in one run. With ``--repeat`` > 1 the
fastest run of each cell is kept (the machine is shared). Writes eval/reports/batch.md (one table per config)
and eval/reports/batch.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Python writes and reuses bytecode, as it does for a user after the first run of an install; a shell that
# sets PYTHONDONTWRITEBYTECODE would otherwise have every process recompile faie's sources.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
TARGETS = {"words_per_s_1": 3000, "speedup_2": 1.7, "rss_mb": 800, "cold_start_s": 3.0}


def build_corpus(corpora: Path, out: Path, limit: int | None = None) -> tuple[int, int]:
    folder = corpora / "persian_news_farsnews_varzesh3" / "json"
    files = sorted(folder.glob("fars-news-*.json"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not files:
        sys.exit(f"bench/batch.py: no fars-news-*.json under {folder}")
    n = words = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for file in files:
            for i, art in enumerate(json.loads(file.read_text(encoding="utf-8"))):
                parts = [art.get("title") or "", art.get("abstract") or "", *(art.get("paragraphs") or [])]
                text = "\n".join(p.strip() for p in parts if p and p.strip())
                if not text or (limit is not None and n >= limit):
                    continue
                record = {"doc_id": f"{file.stem}-{i:03d}", "text": text, "link": art.get("link"),
                          "cat": art.get("cat")}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
                words += len(text.split())
    return n, words


def run_cell(corpus: Path, config: Path, workers: int, work: Path) -> dict:
    out = work / f"out-{config.stem}-{workers}.jsonl"
    stats = work / f"stats-{config.stem}-{workers}.json"
    cmd = [sys.executable, "-c", "from pipeline.cli import main; main()", "run", str(corpus), "-o", str(out), "-q",
           "--workers", str(workers), "--config", str(config), "--stats", str(stats), "--no-progress"]
    t0 = time.time()
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=ENV)
    total = time.time() - t0
    if res.returncode not in (0, 3, 70):
        raise SystemExit(f"bench/batch.py: {' '.join(cmd)} failed ({res.returncode}): {res.stderr.strip()}")
    s = json.loads(stats.read_text(encoding="utf-8"))
    rss = s["worker_max_rss_mb"]
    return {
        "workers": workers, "documents": s["documents"], "errors": s["errors"], "words": s["words"],
        "seconds": s["seconds"], "process_seconds": total,
        "words_per_s": s["steady_words_per_second"],
        "words_per_s_run_loop": s["words"] / s["seconds"] if s["seconds"] else 0.0,
        "words_per_s_end_to_end": s["words"] / total if total else 0.0,
        "cold_start_s": (s["first_document_at"] - t0) if s.get("first_document_at") else None,
        "worker_rss_mb": sorted(rss.values()), "main_rss_mb": s["main_max_rss_mb"],
        "stage_seconds": s["stage_seconds"],
        "command": "faie run " + " ".join(cmd[4:]),
    }


def cold_starts(corpus: Path, config: Path, n: int, work: Path) -> list[float]:
    """Seconds from starting ``faie run`` to its first document written, in ``n`` fresh processes on a
    one-document input, after one untimed start (bytecode written, files in the page cache)."""
    one = work / "one-document.jsonl"
    with corpus.open(encoding="utf-8") as fh:
        one.write_text(fh.readline(), encoding="utf-8")
    return [run_cell(one, config, 1, work)["cold_start_s"] for _ in range(n + 1)][1:]


def table(config: Path, cells: list[dict]) -> list[str]:
    base = next((c for c in cells if c["workers"] == 1), None)
    lines = [f"### `{config.relative_to(ROOT) if config.is_relative_to(ROOT) else config}`", "",
             "| workers | documents | words | run loop s | words/s | speed-up | end-to-end s | words/s end to end "
             "| cold start s | peak RSS per worker MB | main RSS MB |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for c in cells:
        speed = c["words_per_s"] / base["words_per_s"] if base and base["words_per_s"] else float("nan")
        lines.append(f"| {c['workers']} | {c['documents']} | {c['words']:,} | {c['seconds']:.1f} | "
                     f"{c['words_per_s']:,.0f} | {speed:.2f}× | {c['process_seconds']:.1f} | "
                     f"{c['words_per_s_end_to_end']:,.0f} | {c['cold_start_s']:.2f} | "
                     f"{', '.join(f'{r:.0f}' for r in c['worker_rss_mb'])} | {c['main_rss_mb']:.0f} |")
    if base:
        total = sum(base["stage_seconds"].values()) or 1.0
        lines += ["", "Time per stage (workers 1): " + ", ".join(
            f"{k} {v:.1f} s ({100 * v / total:.0f}%)" for k, v in base["stage_seconds"].items())
            + f"; the rest of the run loop (reading, JSON, writing) {max(base['seconds'] - total, 0):.1f} s."]
    return lines


STARTUP_SCRIPT = r"""
import gc, json, sys, time
t0 = time.perf_counter()
def rss():
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) / 1024 for l in fh if l.startswith("VmRSS"))
rows = []
def step(name, since):
    rows.append((name, time.perf_counter() - since, rss()))
import pipeline.cli  # what `faie run` imports before it reads the config
from pipeline.batch import refuse_pickles
from pipeline.config import load_config
from pipeline.core import collections_paused
from pipeline.document import Document
from pipeline.registry import get_backend
config = load_config(sys.argv[1])
for sc in config.stages:
    if sc.enabled:
        refuse_pickles(sc.name, sc.options)
step("python, faie imports, config", t0)
stages = []
with collections_paused():  # as `faie run` loads its pipeline (pipeline.batch.cached_pipeline)
    for sc in config.stages:
        if sc.enabled:
            t = time.perf_counter()
            stages.append(get_backend(sc.name, sc.backend)(sc.options, config.base_dir))
            step(f"load {sc.name} ({sc.backend})", t)
    gc.freeze()
first = json.loads(open(sys.argv[2], encoding="utf-8").readline())
t = time.perf_counter()
doc = Document(doc_id=first["doc_id"], text=first["text"])
for stage in stages:
    doc = stage(doc)
step("first document, all stages", t)
print(json.dumps({"rows": rows, "total": time.perf_counter() - t0, "modules": sorted(
    m for m in ("torch", "hazm", "nltk", "sklearn", "gensim", "spacy", "stanza") if m in sys.modules)}))
"""


def startup(corpus: Path, config: Path) -> dict:
    """Where the cold start goes: a fresh process imports faie, builds each stage and runs the first
    document, timing each step and reading its resident memory (VmRSS) after it."""
    res = subprocess.run([sys.executable, "-c", STARTUP_SCRIPT, str(config), str(corpus)], cwd=ROOT,
                         capture_output=True, text=True, env=ENV)
    if res.returncode:
        raise SystemExit(f"bench/batch.py: start-up breakdown failed: {res.stderr.strip().splitlines()[-1:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def startup_table(config: Path, info: dict) -> list[str]:
    lines = [f"Cold start of `{config.name}`, step by step (one fresh process, in-process timers; resident memory "
             f"after each step): {info['total']:.2f} s in all; modules loaded: {', '.join(info['modules'])}.", "",
             "| step | s | RSS after, MB |", "|---|---|---|"]
    lines += [f"| {name} | {secs:.2f} | {mb:.0f} |" for name, secs, mb in info["rows"]]
    return lines


def profile(corpus: Path, config: Path, limit: int) -> list[str]:
    """cProfile of the serial run loop in this process over the first ``limit`` documents (top functions by
    own time), and the JSON serialization faie run uses against ``Document.to_json``."""
    import cProfile
    import io
    import pstats

    sys.path.insert(0, str(ROOT))
    from pipeline.batch import BatchOptions, PipelineSpec, cached_pipeline, run_batch
    from pipeline.io import InputSpec, iter_records

    spec = PipelineSpec(str(config))
    pipe = cached_pipeline(spec)
    records = [r for _, r in zip(range(limit), iter_records(corpus, InputSpec()))]
    prof = cProfile.Profile()
    prof.enable()
    run_batch(iter(records), Path("/tmp/faie-bench/profile.jsonl"), spec, BatchOptions(), pipeline=pipe)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    total = stats.total_tt
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:10]
    lines = [f"Profile (cProfile, serial run loop, first {len(records)} documents, `{config.name}`; own time, "
             f"total {total:.1f} s under the profiler):", "", "| function | own s | share |", "|---|---|---|"]
    for (file, line, name), (_, _, tt, _, _) in rows:
        short = file.split("/pipeline/")[-1] if "/pipeline/" in file else Path(file).name
        lines.append(f"| `{short}:{line} {name}` | {tt:.2f} | {100 * tt / total:.0f}% |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", action="append",
                        help="repeatable; PATH or PATH:N (only the first N articles); default configs/default.yaml")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--work", type=Path, default=Path("/tmp/faie-bench"))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (smoke test)")
    parser.add_argument("--profile", type=int, default=200, help="profile the first N documents (0: skip)")
    parser.add_argument("--reports", type=Path, default=ROOT / "eval" / "reports")
    parser.add_argument("--cold-starts", type=int, default=9,
                        help="fresh one-document runs per config whose median is the cold start (0: skip)")
    parser.add_argument("--startup", action=argparse.BooleanOptionalAction, default=True,
                        help="break the cold start down by step (one extra process per config)")
    args = parser.parse_args(argv)
    configs, limits = [], {}
    for arg in args.config or [str(ROOT / "configs" / "default.yaml")]:
        path, _, n = arg.rpartition(":") if arg.rpartition(":")[2].isdigit() else (arg, "", "")
        configs.append(Path(path).resolve())
        if n:
            limits[str(configs[-1])] = int(n)

    corpus = args.work / "farsnews.jsonl"
    n_docs, n_words = build_corpus(args.corpora, corpus, args.limit)
    print(f"corpus: {n_docs} articles, {n_words:,} whitespace words → {corpus}", flush=True)
    corpora = {str(c): corpus for c in configs}
    for config, n in limits.items():
        corpora[config] = args.work / f"farsnews-first-{n}.jsonl"
        with corpus.open(encoding="utf-8") as src, corpora[config].open("w", encoding="utf-8") as dst:
            dst.writelines(line for line, _ in zip(src, range(n)))
    results: dict[str, list[dict]] = {}
    load_before = os.getloadavg()[0]
    startups = {str(config): startup(corpus, config) for config in configs} if args.startup else {}
    colds = {str(config): cold_starts(corpus, config, args.cold_starts, args.work) for config in configs
             if args.cold_starts}
    for config, series in colds.items():
        print(f"{Path(config).name}: cold start median {statistics.median(series):.2f} s "
              f"(min {min(series):.2f}, max {max(series):.2f}, {len(series)} runs)", flush=True)
    for config in configs:
        cells = []
        for workers in args.workers:
            runs = [run_cell(corpora[str(config)], config, workers, args.work) for _ in range(args.repeat)]
            best = max(runs, key=lambda c: c["words_per_s"])
            best["all_words_per_s"] = [round(r["words_per_s"]) for r in runs]
            cells.append(best)
            print(f"{config.name} workers={workers}: {best['words_per_s']:,.0f} words/s "
                  f"(end to end {best['words_per_s_end_to_end']:,.0f}), cold start {best['cold_start_s']:.2f} s, "
                  f"RSS {best['worker_rss_mb']} MB, stages {best['stage_seconds']}", flush=True)
        results[str(config)] = cells

    argv_shown = " ".join(argv if argv is not None else sys.argv[1:])
    lines = ["# Batch throughput: `faie run` end to end on FarsNews", "",
             f"Command: `flock /tmp/faie-train.lock python bench/batch.py {argv_shown}`".replace(" `", "`", 0), "",
             f"Input: {n_docs} FarsNews articles (`persian_news_farsnews_varzesh3/json/fars-news-*.json`, title + "
             f"abstract + paragraphs), {n_words:,} whitespace-separated words, as one JSON Lines file. "
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, shared "
             f"with other jobs (1-minute load average {load_before:.1f} when the run started, {os.getloadavg()[0]:.1f} at its "
             f"end; one run per cell unless `--repeat`). "
             f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.", "",
             "words = UD words the pipeline produced. *words/s*: after the first document (workers loaded), "
             "from the first document written to the last. *run loop*: from reading the first document to writing "
             "the last (worker start-up included when workers > 1). *end to end*: process start to exit. *cold start*: process start to the first "
             "document in the output. Peak RSS: `ru_maxrss` per worker process.", "",
             f"Targets (issue 6): ≥ {TARGETS['words_per_s_1']:,} words/s on one worker, ≥ {TARGETS['speedup_2']}× with "
             f"2 workers, ≤ {TARGETS['rss_mb']} MB per worker, cold start ≤ {TARGETS['cold_start_s']:g} s. Anchors: "
             "spaCy's published CPU figure ≈ 10,000 words/s (large English pipeline), Stanza ≈ 900 words/s "
             "(English, CPU).", ""]
    for config in configs:
        lines += table(config, results[str(config)]) + [""]
        if str(config) in limits:
            lines += [f"`{config.name}` ran on the first {limits[str(config)]} articles only (`--config PATH:N`).", ""]
        series = colds.get(str(config))
        if series:
            lines += [f"Cold start of `{config.name}`, `faie run` on one document in {len(series)} fresh processes "
                      f"(after one untimed start): median **{statistics.median(series):.2f} s**, min "
                      f"{min(series):.2f}, max {max(series):.2f} (all: "
                      f"{', '.join(f'{x:.2f}' for x in series)}).", ""]
        if str(config) in startups:
            lines += startup_table(config, startups[str(config)]) + [""]
    if args.profile:
        lines += profile(corpus, configs[0], args.profile) + [""]
    args.reports.mkdir(parents=True, exist_ok=True)
    (args.reports / "batch.md").write_text("\n".join(lines), encoding="utf-8")
    (args.reports / "batch.json").write_text(json.dumps({"documents": n_docs, "words": n_words, "results": results,
                                                         "startup": startups, "cold_starts": colds},
                                                        indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.reports / 'batch.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
