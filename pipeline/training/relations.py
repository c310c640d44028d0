"""Training the relation confidence model on hand-annotated gold triples.

The pipeline named by the training config runs on the gold documents of the tuning split with its
confidence model switched off; each candidate triple is labelled correct when the guidelines'
matching rules (section 6) pair it with a gold triple. A logistic regression over
``pipeline.relations.confidence.features`` is fitted and stored as JSON; the threshold that maximizes
relaxed F1 on the tuning split is written next to it, and the held-out split is scored with it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..config import load_yaml, load_yaml_as
from ..errors import ConfigError, InputError


class RelationTraining(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pipeline: str                                  # pipeline config whose candidates are scored
    gold: str                                      # gold JSON Lines (guidelines §7), with "split" per document
    train_split: Literal["tune", "test"] | None = "tune"
    eval_split: Literal["tune", "test"] | None = "test"
    output: str
    c: float = Field(1.0, gt=0)                    # inverse regularization strength
    seed: int = 0


def load_relation_training(path: Path) -> RelationTraining:
    return load_yaml_as(path, RelationTraining)


def _candidates(pipeline, gold_docs, matcher):
    """Run the pipeline; return (doc, triple, label) for every unique candidate."""
    from ..document import Document
    from ..evaluation.triples import score_document

    out = []
    for g in gold_docs:
        doc = pipeline(Document(doc_id=g.doc_id, text=g.text))
        res = score_document(doc.triples, g.triples, matcher, doc_id=g.doc_id)
        good = {i for i, _ in res.pairs}
        dup = {i for i, _ in res.duplicates}
        out += [(doc, t, int(i in good)) for i, t in enumerate(doc.triples) if i not in dup]
    return out


def _f1_at(cands, gold_count: int, threshold: float, model) -> dict:
    kept = [(label) for doc, t, label in cands if model.score(doc, t) >= threshold]
    matched, predicted = sum(kept), len(kept)
    p = matched / predicted if predicted else 0.0
    r = matched / gold_count if gold_count else 0.0
    return {"threshold": threshold, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "predicted": predicted}


def train_relations(config_path: Path, gold_override: Path | None, command: str, log=print) -> dict:
    from ..config import parse_config
    from ..core import Pipeline
    from ..evaluation.triples import Matcher, TextNormalizer, load_gold, select_split
    from ..relations.confidence import features, fit
    from .cards import write_card

    cfg = load_relation_training(config_path)
    here = config_path.parent
    gold_path = gold_override or (here / cfg.gold)
    if not gold_path.exists():
        raise InputError(f"{config_path}: gold file not found: {gold_path}")
    pipeline_path = here / cfg.pipeline
    raw = load_yaml(pipeline_path)
    stages = raw.get("stages", {}) if isinstance(raw, dict) else {}
    if "relations" not in (raw.get("pipeline") or []):
        raise ConfigError(f"{pipeline_path}: pipeline has no relations stage to train a confidence model for")
    # candidates come from the rules alone: no confidence model, no threshold
    stages["relations"] = {k: v for k, v in stages.get("relations", {}).items()
                           if k not in ("confidence_model", "min_confidence")}
    pipeline = Pipeline(parse_config(raw, pipeline_path))
    matcher = Matcher(TextNormalizer.from_pipeline(pipeline))
    gold = load_gold(gold_path)
    train_docs = select_split(gold, cfg.train_split, gold_path)
    cands = _candidates(pipeline, train_docs, matcher)
    if not cands or len({label for *_, label in cands}) < 2:
        raise InputError(f"{gold_path}: need both correct and wrong candidates to train on (got {len(cands)})")
    log(f"{len(train_docs)} documents, {len(cands)} candidates, {sum(l for *_, l in cands)} correct")
    model = fit([features(d, t) for d, t, _ in cands], [label for *_, label in cands], c=cfg.c, seed=cfg.seed)
    gold_train = sum(len(g.triples) for g in train_docs)
    sweep = [_f1_at(cands, gold_train, th / 20, model) for th in range(0, 20)]
    best = max(sweep, key=lambda s: (s["f1"], -s["threshold"]))
    scores = {"train_split": cfg.train_split, "candidates": len(cands), "threshold": best["threshold"],
              "train": best, "train_without_model": _f1_at(cands, gold_train, 0.0, model)}
    if cfg.eval_split:
        eval_docs = select_split(gold, cfg.eval_split, gold_path)
        held = _candidates(pipeline, eval_docs, matcher)
        gold_eval = sum(len(g.triples) for g in eval_docs)
        scores["eval_split"] = cfg.eval_split
        scores["eval"] = _f1_at(held, gold_eval, best["threshold"], model)
        scores["eval_without_model"] = _f1_at(held, gold_eval, 0.0, model)
    output = (here / cfg.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    model.save(output / "confidence.json", {"threshold": best["threshold"], "trained_on": str(gold_path.name),
                                            "split": cfg.train_split})
    (output / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    write_card(output, title="Relation confidence model (logistic regression, JSON weights)", command=command,
               config_files=[str(config_path), str(pipeline_path)],
               corpora=["persian_news_farsnews_varzesh3"],
               notes=[f"trained on {gold_path.name}, split {cfg.train_split}: FarsNews articles the project annotated "
                      "by hand (eval/gold/README.md)",
                      "features: pipeline/relations/confidence.py; labels: guidelines v1 §6 relaxed matching",
                      f"threshold {best['threshold']} maximizes relaxed F1 on the training split; the scores "
                      "below show what it does on the held-out split: set relations.min_confidence from them",
                      "the gold text is FarsNews (publisher's copyright; research use), see eval/gold/README.md"],
               scores=scores)
    return scores
