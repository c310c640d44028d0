"""What each change to the spaCy syntax model's training buys: one row per training config.

    flock /tmp/faie-train.lock faie train parser --config configs/train/syntax_ablations/<name>.yaml   # each
    python bench/syntax_ablations.py                      # eval/reports/syntax_ablations.md (+ .json)

Rows: the baseline (configs/train/syntax_spacy_teacher.yaml → build/syntax-teacher, the default model until
2026-11-30; `selftrain_full` is the default now) and every config under
configs/train/syntax_ablations/ whose model has been trained. Each model was chosen on the same held-out
10% of PerDT dev; its held-out scores are spaCy's own (meta.json), its test scores the CoNLL 2018 scorer's
(scores.json, gold tokenization), both written by `faie train parser`. With ``--relations`` every model is
also put into configs/default.yaml (tag and parse stages) and the triples are scored on the project's gold
(relaxed F1), because the relation rules read its parses.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_yaml  # noqa: E402
from pipeline.errors import FaieError  # noqa: E402

# the baseline every ablation changes one thing of (the default model until 2026-11-30; now its teacher)
SHIPPED = ROOT / "configs" / "train" / "syntax_spacy_teacher.yaml"
ABLATIONS = ROOT / "configs" / "train" / "syntax_ablations"
REPORT = ROOT / "eval" / "reports" / "syntax_ablations.md"
PERDT, SERAJI = "ud_persian_perdt/fa_perdt-ud-test.conllu", "ud_persian_seraji/fa_seraji-ud-test.conllu"


def _key(tb: dict) -> str:
    return json.dumps(tb, sort_keys=True)


def _name(tb: dict) -> str:
    return Path(tb.get("corpus") or tb["file"]).stem


def describe(cfg: dict, shipped: dict) -> str:
    """How a training config differs from the shipped one."""
    if cfg is shipped:
        return "PerDT dev (minus held-out), Seraji dev and iPerUDT (relations only), fastText vectors"
    theirs, ours = {_key(tb) for tb in shipped["train"]}, {_key(tb) for tb in cfg["train"]}
    parts = [f"{_name(tb)} ×{tb.get('share', 1.0):g}" for tb in cfg["train"] if _key(tb) not in theirs]
    parts += [f"without {_name(tb)}" for tb in shipped["train"]
              if _key(tb) not in ours and _name(tb) not in {_name(t) for t in cfg["train"]}]
    if not cfg.get("vectors"):
        parts.append("no fastText vectors")
    if cfg.get("init_tok2vec"):
        parts.append("pretrained tok2vec")
    return "shipped data, changed: " + ", ".join(parts)


def rows() -> list[tuple[str, Path, dict]]:
    out = []
    for path in [SHIPPED] + sorted(ABLATIONS.glob("*.yaml")):
        cfg = load_yaml(path)
        model = (path.parent / cfg["output"]).resolve()
        if (model / "scores.json").exists():
            out.append((path.stem if path != SHIPPED else "shipped", model, cfg))
    return out


def triples_f1(model: Path) -> dict:
    from pipeline.core import Pipeline
    from pipeline.evaluation.triples import evaluate_triples

    pipeline = Pipeline.from_config(ROOT / "configs" / "default.yaml",
                                    [f"tag.model={model}", f"parse.model={model}"])
    gold = ROOT / "eval" / "gold"
    return {name: evaluate_triples(pipeline, gold / file, split).summary()["micro"]["relaxed"]["f1"]
            for name, file, split in [("seed", "seed.jsonl", None), ("dev tune", "dev.jsonl", "tune"),
                                      ("dev test", "dev.jsonl", "test")]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--relations", action="store_true", help="also score triples with each model in the pipeline")
    ap.add_argument("--out", type=Path, default=REPORT)
    args = ap.parse_args(argv)
    try:
        table = []
        found = rows()
        shipped = found[0][2]
        for name, model, cfg in found:
            held = json.loads((model / "meta.json").read_text(encoding="utf-8"))["performance"]
            test = json.loads((model / "scores.json").read_text(encoding="utf-8"))
            row = {"row": name, "data": describe(cfg, shipped), "steps": cfg.get("max_steps"),
                   "held-out UPOS": round(100 * held["pos_acc"], 2), "held-out LAS": round(100 * held["dep_las"], 2),
                   **{f"PerDT {k}": test[PERDT][k] for k in ("UPOS", "Lemmas", "UAS", "LAS")},
                   "Seraji LAS": test[SERAJI]["LAS"]}
            if args.relations:
                row.update({f"triples {k}": round(v, 3) for k, v in triples_f1(model).items()})
            table.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    except FaieError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    keys = list(table[0])
    lines = ["# spaCy syntax model: what each training change buys", "",
             f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()} "
             f"(CPython {platform.python_version()}). {' '.join(__doc__.split(chr(10) + chr(10))[2].split())}", "",
             "```", "python bench/syntax_ablations.py" + (" --relations" if args.relations else ""), "```", "",
             "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r[k]) for k in keys) + " |" for r in table]
    notes = args.out.with_suffix(".notes.md")
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").rstrip()]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
