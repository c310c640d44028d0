"""Confidence of a candidate triple: logistic regression over parse and entity features.

The model is a JSON file of feature names and weights (no pickle: loading it runs no code).
``faie train relations --gold G`` fits it with scikit-learn on the gold documents: the pipeline's
candidates are labelled correct or not by the guidelines' matching rules (section 6).
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from ..document import Document, Triple
from ..errors import ModelError

FORMAT = "faie-relation-confidence/1"
_PREPOSITIONS = ("با", "به", "از", "درباره", "علیه", "بر", "برای", "در", "تا", "میان", "بین")
_COPULAS = ("است", "بود", "هست", "شد", "باشد", "نیست", "نبود")


def _bucket(n: int, edges=(1, 2, 3, 5, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def features(doc: Document, triple: Triple) -> dict[str, float]:
    """Named features of one candidate; every value is 1.0 unless it is a count."""
    rel = triple.relation.split()
    subj, obj = triple.subject.split(), triple.object.split()
    sentence = doc.sentences[triple.sentence] if triple.sentence < len(doc.sentences) else None
    n_words = sum(len(t.words) for t in sentence.tokens) if sentence else 0
    f = {
        "bias": 1.0,
        f"subj_len={_bucket(len(subj))}": 1.0,
        f"obj_len={_bucket(len(obj))}": 1.0,
        f"rel_len={_bucket(len(rel))}": 1.0,
        f"sent_len={_bucket(n_words, (10, 20, 30, 45, 70))}": 1.0,
        f"tense={triple.tense}": 1.0,
        f"polarity={triple.polarity}": 1.0,
        f"subj_type={triple.subject_type}": 1.0,
        f"obj_type={triple.object_type}": 1.0,
        "subj_id": float(triple.subject_id is not None),
        "obj_id": float(triple.object_id is not None),
        "both_ids": float(triple.subject_id is not None and triple.object_id is not None),
        "attributed": float(triple.attribution is not None),
        "glossed": float(triple.gloss is not None),
        "copula": float(bool(rel) and rel[-1] in _COPULAS),
        "subj_equals_obj": float(triple.subject == triple.object),
    }
    last = rel[-1] if rel else ""
    f[f"prep={last if last in _PREPOSITIONS else 'none'}"] = 1.0
    if obj:
        f[f"obj_first={obj[0] if obj[0] in ('این', 'آن', 'یک', 'همین', 'هر', 'چند') else 'other'}"] = 1.0
    return f


class ConfidenceModel:
    def __init__(self, weights: dict[str, float], intercept: float):
        self.weights, self.intercept = weights, intercept

    def score(self, doc: Document, triple: Triple) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features(doc, triple).items())
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4)

    @classmethod
    def load(cls, path: Path) -> "ConfidenceModel":
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"{path}: not a relation confidence model (JSON expected): {exc}") from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ModelError(f"{path}: not a relation confidence model (expected format {FORMAT!r})")
        weights = raw.get("weights")
        if not isinstance(weights, dict) or not all(isinstance(v, (int, float)) for v in weights.values()) \
                or not isinstance(raw.get("intercept"), (int, float)):
            raise ModelError(f"{path}: malformed weights or intercept")
        return cls({str(k): float(v) for k, v in weights.items()}, float(raw["intercept"]))

    def save(self, path: Path, meta: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"format": FORMAT, "intercept": self.intercept, "weights": self.weights,
                                    **meta}, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def fit(rows: list[dict[str, float]], labels: list[int], c: float = 1.0, seed: int = 0) -> ConfidenceModel:
    """Logistic regression (scikit-learn) on feature dicts → a JSON-storable model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=2000, random_state=seed)
    clf.fit(x, labels)
    weights = {name: round(float(w), 6) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if w}
    return ConfidenceModel(weights, round(float(clf.intercept_[0]), 6))
