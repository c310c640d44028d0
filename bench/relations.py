"""Triple extraction benchmark: the guidelines' scorer (section 6) on the project's gold files.

    python bench/relations.py [--config configs/default.yaml] [--json]

Rows: the seed (its own target: relaxed F1 ≥ 0.85, entity-triple recall ≥ 0.90, the Russia–Israel
working-group pair), the dev tuning parts (the rules were written against them and the seed) and the dev
test parts (never looked at while writing rules; target relaxed F1 ≥ 0.65 on dev test). The parts are
described in eval/gold/README.md. Ablations measure what each piece buys on the same files: the parse
repair (Persian word-order cues over the parser's errors), the confidence threshold, and the entity stages.

Writes eval/reports/relations.md and eval/reports/relations.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.core import Pipeline  # noqa: E402
from pipeline.evaluation.triples import evaluate_triples, prf  # noqa: E402

SETS = [("seed", ROOT / "eval/gold/seed.jsonl", None), ("dev tune", ROOT / "eval/gold/dev.jsonl", "tune"),
        ("dev tune 2", ROOT / "eval/gold/dev.jsonl", "tune2"), ("dev test", ROOT / "eval/gold/dev.jsonl", "test"),
        ("dev test 2", ROOT / "eval/gold/dev.jsonl", "test2")]
PAIR = ("Russia", "Israel", "کار گروه")


def run(pipeline: Pipeline) -> dict:
    rows = {}
    for name, path, split in SETS:
        started = time.perf_counter()
        ev = evaluate_triples(pipeline, path, split)
        summary = ev.summary()
        micro = summary["micro"]
        row = {k: micro[k] for k in ("relaxed", "strict", "entity", "attribution", "polarity", "tense")}
        row["documents"] = len(ev.documents)
        row["seconds"] = round(time.perf_counter() - started, 2)
        if name == "seed":
            row["russia_israel_pair"] = any(
                t.subject_id == PAIR[0] and t.object_id == PAIR[1] and PAIR[2] in t.relation
                for d in ev.documents for t in d.triples)
        rows[name] = row
    return rows


def variants(config: Path) -> list[tuple[str, list[str]]]:
    cfg = load_config(config, [])
    stages = cfg.filled().get("pipeline", [])
    out = [("default config", [])]
    out.append(("without parse repair", ["relations.parse_repair=false"]))
    if "ner" in stages:
        out.append(("without ner + link", ["ner.enabled=false", "link.enabled=false"]))
    if cfg.filled()["stages"].get("relations", {}).get("min_confidence"):
        out.append(("no confidence threshold", ["relations.min_confidence=0.0"]))
    return out

HISTORY = "## Rule changes"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--config", type=Path, default=ROOT / "configs/default.yaml")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = {}
    for label, overrides in variants(args.config):
        results[label] = run(Pipeline.from_config(args.config, overrides))
    if args.json:
        print(json.dumps(results, indent=1))
    out = ROOT / "eval/reports"
    (out / "relations.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    lines = ["# Triple extraction on the project's gold (guidelines v1, section 6)", "",
             f"Command: `python bench/relations.py --config {args.config.relative_to(ROOT) if args.config.is_relative_to(ROOT) else args.config}`", "",
             "Sets (eval/gold/README.md): " + "; ".join(
                 f"{name}: {r['documents']} document{'s' if r['documents'] != 1 else ''}, {r['relaxed']['gold']} triples"
                 for name, r in results["default config"].items()) + ". The rules were written against the seed "
             "and the tune parts; the test parts were written by other annotators. Their errors have been read too "
             "(session 27 chose several rules from them, eval/reports/relations.md), so they are no longer blind: "
             "the hidden held-out set is. Targets: seed relaxed F1 ≥ 0.85, entity-triple recall ≥ 0.90; dev test "
             "relaxed F1 ≥ 0.65.", "",
             "| variant | set | relaxed P | relaxed R | relaxed F1 | strict F1 | entity R | entity P | attribution acc | polarity acc | tense acc |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for label, rows in results.items():
        for name, r in rows.items():
            lines.append(f"| {label} | {name} | {r['relaxed']['precision']:.3f} | {r['relaxed']['recall']:.3f} | "
                         f"**{r['relaxed']['f1']:.3f}** | {r['strict']['f1']:.3f} | {r['entity']['recall']:.3f} | "
                         f"{r['entity']['precision']:.3f} | {r['attribution']['accuracy']:.3f} | "
                         f"{r['polarity']['accuracy']:.3f} | {r['tense']['accuracy']:.3f} |")
    default = results["default config"]
    seed = default["seed"]
    lines += ["", f"Russia–Israel working-group pair on the seed (default config): "
                  f"{'present' if seed.get('russia_israel_pair') else 'absent'}.", ""]
    held_out = [default[n]["relaxed"] for n in ("dev test", "dev test 2") if n in default]
    if held_out:   # the two parts nobody tuned on, pooled: the steadiest estimate for unseen articles
        pooled = prf(*(sum(r[k] for r in held_out) for k in ("matched", "predicted", "gold")))
        lines += [f"Held-out parts pooled (dev test + dev test 2, default config, {pooled['gold']} triples): relaxed "
                  f"P {pooled['precision']:.3f}, R {pooled['recall']:.3f}, F1 **{pooled['f1']:.3f}**.", ""]
    conf = ROOT / "models/relations/scores.json"
    if conf.exists():   # what the confidence threshold does (from `faie train relations`)
        c = json.loads(conf.read_text(encoding="utf-8"))
        lines += ["## Confidence threshold (`faie train relations --gold eval/gold/dev.jsonl`)", "",
                  f"Threshold {c['threshold']} maximizes relaxed F1 on dev tune "
                  f"({c['train_without_model']['f1']} → {c['train']['f1']}); on dev test it gives "
                  f"{c['eval']['f1']} against {c['eval_without_model']['f1']} without it, so the default config "
                  "keeps every triple (`min_confidence: 0.0`) and uses the model only to score them.", ""]
    report = out / "relations.md"
    # the hand-written history of rule changes below the generated tables is kept
    previous = report.read_text(encoding="utf-8") if report.exists() else ""
    history = previous[previous.index(HISTORY):] if HISTORY in previous else ""
    report.write_text("\n".join(lines) + ("\n" + history if history else ""), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
