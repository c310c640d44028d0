"""Entity-level NER scoring: exact span and type, micro-averaged (what seqeval reports in its default
IOB2 mode: an entity counts only if both its boundaries and its type match).

Two views, as for the syntax stages:

  gold_tokens  the gold sentences and tokens (normalized as in training) are handed to the pipeline's
               stages after normalize/segment, so the score measures the NER stage alone;
  raw_text     (``raw=True``) each gold sentence's raw tokens joined by spaces go through the whole
               pipeline; predicted and gold entities are compared as character spans of that text.

What a corpus cannot distinguish is collapsed before comparing (``score_gold``/``score_pred`` of
``resources/ner/labels.json``): on Arman, PEYMA and ParsTwiNER, predicted GPE and LOC both count as LOC; on
PEYMA gold DAT/TIM/MON/PCT are dropped and predicted FAC/PRODUCT/EVENT are ignored; on ParsTwiNER gold
NAT/POG are dropped and predicted FAC/PRODUCT are ignored.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..document import Document
from ..training.ner_data import NerSentence, guess_format, iob_spans, read_corpus, read_raw, score_maps

if TYPE_CHECKING:
    from ..core import Pipeline

TEXT_STAGES = ("normalize", "segment")


def prf(gold: Iterable, pred: Iterable) -> dict:
    """Precision, recall, F1 (in %) of two collections of hashable items (entities with their sentence)."""
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    ng, np_ = sum(g.values()), sum(p.values())
    prec = 100.0 * tp / np_ if np_ else 0.0
    rec = 100.0 * tp / ng if ng else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 2), "recall": round(rec, 2), "f1": round(f1, 2), "gold": ng, "predicted": np_,
            "correct": tp}


def score_entities(gold: list[tuple], pred: list[tuple]) -> dict:
    """Items are (sentence, start, end, type). Overall and per-type scores, and what the errors are."""
    out = prf(gold, pred)
    types = sorted({x[-1] for x in gold} | {x[-1] for x in pred})
    out["per_type"] = {t: prf([x for x in gold if x[-1] == t], [x for x in pred if x[-1] == t]) for t in types}
    out["errors"] = error_kinds(gold, pred)
    return out


def error_kinds(gold: list[tuple], pred: list[tuple], confusions: int = 5) -> dict:
    """Each gold entity not predicted exactly, by what the predictions overlapping it got wrong (the categories of
    MUC and SemEval-2013 task 9): ``type`` (the same span with another type), ``boundary`` (an overlapping span of
    the same type), ``boundary_and_type`` (only overlapping spans of other types), ``missed`` (nothing overlaps);
    ``spurious``: predicted entities that overlap no gold entity. ``confusions``: the commonest
    ``gold→predicted`` types of the ``type`` errors."""
    def by_sentence(items):
        out = defaultdict(list)
        for x in items:
            out[x[0]].append(x)
        return out

    gold_at, pred_at, exact = by_sentence(gold), by_sentence(pred), set(pred)
    counts = Counter({k: 0 for k in ("type", "boundary", "boundary_and_type", "missed", "spurious")})
    confused = Counter()
    for g in gold:
        if g in exact:
            continue
        near = [p for p in pred_at[g[0]] if p[1] < g[2] and g[1] < p[2]]
        same_span = [p for p in near if p[1:3] == g[1:3]]
        if same_span:
            counts["type"] += 1
            confused[f"{g[3]}→{same_span[0][3]}"] += 1
        elif any(p[3] == g[3] for p in near):
            counts["boundary"] += 1
        else:
            counts["boundary_and_type" if near else "missed"] += 1
    counts["spurious"] = sum(1 for p in pred if not any(g[1] < p[2] and p[1] < g[2] for g in gold_at[p[0]]))
    return {**counts, "confusions": dict(confused.most_common(confusions))}


def gold_document(sentences: list[NerSentence], doc_id: str = "gold") -> Document:
    """Gold tokens as one Document: tokens joined by single spaces, one Sentence per gold sentence."""
    return Document.from_words([list(s.tokens) for s in sentences], doc_id)


def _predicted_token_spans(doc: Document) -> list[tuple[int, int, int, str]]:
    out = []
    for e in doc.entities:
        toks = doc.sentences[e.sentence].tokens
        starts = {t.start: i for i, t in enumerate(toks)}
        ends = {t.end: i for i, t in enumerate(toks)}
        if e.start in starts and e.end in ends:
            out.append((e.sentence, starts[e.start], ends[e.end] + 1, e.label))
    return out


def _map(items, table: dict) -> list[tuple]:
    return [(*x[:-1], table[x[-1]]) for x in items if table.get(x[-1]) is not None]


def evaluate_gold_tokens(pipeline: "Pipeline", gold_path: Path, fmt: str) -> dict:
    _, pred_map = score_maps(fmt)
    sentences = read_corpus(gold_path, fmt, mode="gold")
    doc = gold_document(sentences, Path(gold_path).stem)
    gold = [(i, s, e, lab) for i, sent in enumerate(sentences) for s, e, lab in sent.spans]
    n_tokens = sum(len(s.tokens) for s in sentences)
    stages = [st for st in pipeline.stages if st.stage not in TEXT_STAGES]
    t0 = time.perf_counter()
    for stage in stages:
        doc = stage(doc)
    seconds = time.perf_counter() - t0
    scores = score_entities(gold, _map(_predicted_token_spans(doc), pred_map))
    scores["meta"] = {"gold": str(gold_path), "format": fmt, "sentences": len(sentences), "tokens": n_tokens,
                      "seconds": round(seconds, 3),
                      "words_per_second": round(n_tokens / seconds) if seconds else None,
                      "stages": [s.stage for s in stages]}
    return scores


def evaluate_raw_text(pipeline: "Pipeline", gold_path: Path, fmt: str) -> dict:
    gold_map, pred_map = score_maps(fmt)
    gold, pred = [], []
    n_tokens = 0
    t0 = time.perf_counter()
    for i, (toks, tags, where) in enumerate(read_raw(gold_path, fmt)):
        starts, pos = [], 0
        for t in toks:
            starts.append(pos)
            pos += len(t) + 1
        n_tokens += len(toks)
        for s, e, typ in iob_spans(tags, where):
            if gold_map.get(typ) is not None:
                gold.append((i, starts[s], starts[e - 1] + len(toks[e - 1]), gold_map[typ]))
        doc = pipeline(Document(doc_id=where, text=" ".join(toks)))
        pred += _map([(i, e.start, e.end, e.label) for e in doc.entities], pred_map)
    seconds = time.perf_counter() - t0
    scores = score_entities(gold, pred)
    scores["meta"] = {"gold": str(gold_path), "format": fmt, "tokens": n_tokens, "seconds": round(seconds, 3),
                      "words_per_second": round(n_tokens / seconds) if seconds else None}
    return scores


def evaluate_ner(pipeline: "Pipeline", gold_path: Path, fmt: str | None = None, raw: bool = False) -> dict:
    fmt = fmt or guess_format(Path(gold_path))
    out = {"gold_tokens": evaluate_gold_tokens(pipeline, gold_path, fmt)}
    if raw:
        out["raw_text"] = evaluate_raw_text(pipeline, gold_path, fmt)
    return out
