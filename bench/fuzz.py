"""Long fuzz run of normalize + segment (outside CI): the properties of tests/test_reliability.py with a
large example budget, until the time is up.

    flock /tmp/faie-train.lock nice python bench/fuzz.py --minutes 10 [--examples 2000] [--report eval/reports/fuzz.md]

Each round runs the two properties (pipeline soundness, normalizer idempotence) with ``--examples``
examples under a fresh random seed; a failure is shrunk by hypothesis, printed, added to the report and
the run goes on. Findings are fixed in the normalizer/segmenter and kept in
``tests/test_reliability.py::REGRESSIONS``.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from pipeline.core import Pipeline  # noqa: E402
from tests.test_reliability import any_text, check_idempotent, check_pipeline  # noqa: E402


def text_pipeline() -> Pipeline:
    """normalize + segment with the default config's settings for them."""
    from pipeline.config import load_config, load_yaml

    raw = load_yaml(ROOT / "configs" / "default.yaml")
    raw["pipeline"] = ["normalize", "segment"]
    raw["stages"] = {k: v for k, v in (raw.get("stages") or {}).items() if k in raw["pipeline"]}
    return Pipeline(load_config(ROOT / "configs" / "default.yaml", raw=raw))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--examples", type=int, default=2000, help="examples per property per round")
    parser.add_argument("--config", type=Path, default=None,
                        help="default: normalize + segment as configs/default.yaml sets them up")
    parser.add_argument("--report", type=Path, default=None, help="write a Markdown report here")
    args = parser.parse_args(argv)

    pipeline = Pipeline.from_config(args.config) if args.config else text_pipeline()
    normalizer = pipeline.stages[0]
    failures: list[tuple[str, str, str]] = []
    counts = {"pipeline": 0, "idempotent": 0}
    seen: set[str] = set()
    budget = settings(max_examples=args.examples, deadline=None, database=None, derandomize=False,
                      suppress_health_check=list(HealthCheck))

    def prop_pipeline(text):
        counts["pipeline"] += 1
        check_pipeline(pipeline, text)

    def prop_idempotent(text):
        counts["idempotent"] += 1
        check_idempotent(normalizer, text)

    started = time.time()
    rounds = 0
    rng = random.Random()
    while time.time() - started < args.minutes * 60:
        rounds += 1
        for name, prop in (("pipeline", prop_pipeline), ("idempotent", prop_idempotent)):
            s = rng.randrange(2**32)
            test = seed(s)(budget(given(text=any_text)(prop)))
            try:
                test()
            except Exception as exc:  # noqa: BLE001 - a finding: record it and go on
                message = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}"
                if message not in seen:
                    seen.add(message)
                    failures.append((name, str(s), message))
                    print(f"FOUND ({name}, seed {s}): {message}", flush=True)
        elapsed = time.time() - started
        print(f"round {rounds}: {counts['pipeline']} + {counts['idempotent']} examples, {elapsed / 60:.1f} min, "
              f"{len(failures)} distinct failures", flush=True)

    elapsed = time.time() - started
    summary = (f"{rounds} rounds, {counts['pipeline']} pipeline examples and {counts['idempotent']} idempotence "
               f"examples (hypothesis, {args.examples} per property per round, shrinking included) in "
               f"{elapsed / 60:.1f} min: {len(failures)} distinct failures")
    print(summary)
    if args.report:
        lines = ["# Fuzz run: normalize + segment", "",
                 f"Command: `flock /tmp/faie-train.lock nice python bench/fuzz.py --minutes {args.minutes:g} "
                 f"--examples {args.examples} --report {args.report}`", "",
                 f"Pipeline: {' → '.join(pipeline.names)} "
                 f"({args.config if args.config else 'as configs/default.yaml sets them up'}). "
                 f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.", "",
                 "Properties (tests/test_reliability.py): the pipeline never raises; sentence, token and edit offsets "
                 "lie inside the original and tokens slice back to their text up to recorded rewrites; nothing is "
                 "dropped without an edit; `normalize(normalize(x)) == normalize(x)`.", "",
                 f"Result: {summary}.", ""]
        if failures:
            lines += ["| property | seed | failure |", "|---|---|---|"]
            bar = "\\|"
            lines += [f"| {n} | {s} | `{m.replace('|', bar)}` |" for n, s, m in failures]
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
