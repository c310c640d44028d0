"""Triple scorer: the annotation guidelines' section 6 ("Matching"), to the letter.

Text is compared after the pipeline's character normalization (the normalize stage's character layer,
:func:`pipeline.text.chars.canonicalize`, with the stage's own options: Arabic yeh/kaf, digits,
diacritics, ZWNJ look-alikes), then split into tokens on whitespace and ZWNJ, with punctuation (Unicode
category P*) removed. So ``گفت‌وگو کرد`` and ``گفت وگو کرد`` are the same three tokens.

- A subject or object slot matches when both sides carry the same canonical id, or their heads are the
  same token (head: the first token after the determiners and numerals of
  ``resources/evaluation/determiners.txt`` and digit-only tokens), or their token F1 is at least 0.6.
- A relation slot matches when the token F1 is at least 0.5.
- A predicted triple matches a gold triple of the same document when all three slots match; pairs are
  made one to one, greedily, best total token F1 (subject + relation + object) first.
- Duplicate predictions (same three normalized strings) count once: the first is scored, the rest are
  kept aside as ``duplicates``. Gold triples are not deduplicated (section 6 does not say so); repeated
  gold triples of one document are counted as ``gold_duplicates`` so that they show.
- Strict: all three slots equal after normalization (equal token sequences), also paired one to one.
- Entity triples: gold triples whose subject and object both have an id, scored on their own against the
  predictions whose both ids are set (a separate one-to-one pairing with the same rules).
- Attribution and polarity: accuracy over the relaxed matched pairs. Polarity is equal labels (missing =
  ``positive``); attribution is right when both sides have none, or both have one and the two spans match
  by the slot rule (same head or token F1 ≥ 0.6). Tense accuracy over the pairs whose gold has a tense is
  reported too (not part of section 6).

Gold files are JSON Lines (guidelines section 7); documents may carry ``"split"`` (e.g. ``tune``/``test``).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from ..document import Document
from ..errors import InputError, UsageError
from ..offsets import TrackedText
from ..text import chars

if TYPE_CHECKING:
    from ..core import Pipeline

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "evaluation"
DETERMINERS_FILE = RESOURCES / "determiners.txt"

SLOT_F1 = 0.6      # subject / object: token F1 at least this
RELATION_F1 = 0.5  # relation: token F1 at least this
POLARITIES = ("positive", "negative")
TENSES = ("past", "present", "future")
TRIPLE_TEXT_FIELDS = ("subject", "relation", "object")
TRIPLE_OPTIONAL_FIELDS = ("subject_id", "object_id", "attribution", "polarity", "tense", "sentence", "gloss")

_SPLIT = re.compile(f"[\\s{chars.ZWNJ}]+")
_SPACES = re.compile(r"\s+")


# -- normalization and tokens ---------------------------------------------------------------------
@dataclass(frozen=True)
class TextNormalizer:
    """The normalize stage's character layer on a plain string (same options as the pipeline's stage)."""

    digits: str = "latin"
    diacritics: bool = True
    specials: bool = True
    ligatures: bool = True

    def __call__(self, text: str) -> str:
        tracked = TrackedText(text)
        chars.canonicalize(tracked, self.digits, self.diacritics, self.specials, ligatures=self.ligatures)
        return _SPACES.sub(" ", tracked.text).strip()

    @classmethod
    def from_pipeline(cls, pipeline: "Pipeline") -> "TextNormalizer":
        """Take digits/diacritics/specials/ligatures from the pipeline's normalize stage, if it has one."""
        for stage in pipeline.stages:
            if stage.stage == "normalize":
                o = stage.options
                return cls(digits=getattr(o, "digits", "latin"),
                           diacritics=getattr(o, "remove_diacritics", True),
                           specials=getattr(o, "remove_specials", True),
                           ligatures=getattr(o, "ligature_repair", True))
        return cls()


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def tokenize(text: str | None, normalize: Callable[[str], str]) -> tuple[str, ...]:
    """Normalize, split on whitespace and ZWNJ, remove punctuation; empty pieces disappear."""
    if not text:
        return ()
    out = []
    for piece in _SPLIT.split(normalize(text)):
        piece = "".join(ch for ch in piece if not _is_punct(ch))
        if piece:
            out.append(piece)
    return tuple(out)


@lru_cache(maxsize=4)
def load_determiners(path: Path = DETERMINERS_FILE) -> frozenset[str]:
    words = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line)
    return frozenset(words)


def head(tokens: Sequence[str], determiners: frozenset[str]) -> str | None:
    """The first token that is not a determiner or numeral (guidelines section 2); None when all are."""
    for tok in tokens:
        if tok in determiners or tok.isdecimal():
            continue
        return tok
    return None


def token_f1(a: Sequence[str], b: Sequence[str]) -> float:
    """Bag-of-tokens F1 (a token counts as often as it occurs on both sides)."""
    if not a or not b:
        return 1.0 if not a and not b else 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


# -- triples as the scorer sees them ---------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    text: str
    tokens: tuple[str, ...]
    head: str | None
    id: str | None = None

    @property
    def key(self) -> str:
        return " ".join(self.tokens)


@dataclass
class ScoredTriple:
    """A gold or predicted triple prepared for matching (``source`` is the original object)."""

    subject: Slot
    relation: Slot
    object: Slot
    attribution: Slot | None
    polarity: str
    tense: str | None
    source: Any
    index: int  # position in the document's original list

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject.key, self.relation.key, self.object.key)

    @property
    def is_entity(self) -> bool:
        return bool(self.subject.id) and bool(self.object.id)


def _get(t: Any, name: str) -> Any:
    return t.get(name) if isinstance(t, dict) else getattr(t, name, None)


class Matcher:
    """Slot and triple matching with one normalizer and one determiner list."""

    def __init__(self, normalize: Callable[[str], str] | None = None, determiners: Iterable[str] | None = None):
        self.normalize = normalize or TextNormalizer()
        self.determiners = frozenset(determiners) if determiners is not None else load_determiners()

    def slot(self, text: str | None, id_: str | None = None) -> Slot:
        toks = tokenize(text, self.normalize)
        return Slot(text or "", toks, head(toks, self.determiners), id_ or None)

    def prepare(self, t: Any, index: int) -> ScoredTriple:
        attribution = _get(t, "attribution")
        return ScoredTriple(
            subject=self.slot(_get(t, "subject"), _get(t, "subject_id")),
            relation=self.slot(_get(t, "relation")),
            object=self.slot(_get(t, "object"), _get(t, "object_id")),
            attribution=self.slot(attribution) if attribution else None,
            polarity=_get(t, "polarity") or "positive",
            tense=_get(t, "tense") or None,
            source=t, index=index)

    @staticmethod
    def arg_match(p: Slot, g: Slot) -> bool:
        """Subject/object rule: same canonical id, same head, or token F1 ≥ 0.6."""
        if p.id and g.id and p.id == g.id:
            return True
        if p.head is not None and p.head == g.head:
            return True
        return token_f1(p.tokens, g.tokens) >= SLOT_F1

    @staticmethod
    def relation_match(p: Slot, g: Slot) -> bool:
        return token_f1(p.tokens, g.tokens) >= RELATION_F1

    def triple_match(self, p: ScoredTriple, g: ScoredTriple) -> float | None:
        """Total token F1 of the three slots when all three match, else None."""
        if not (self.arg_match(p.subject, g.subject) and self.relation_match(p.relation, g.relation)
                and self.arg_match(p.object, g.object)):
            return None
        return (token_f1(p.subject.tokens, g.subject.tokens) + token_f1(p.relation.tokens, g.relation.tokens)
                + token_f1(p.object.tokens, g.object.tokens))

    def pair(self, preds: Sequence[ScoredTriple], golds: Sequence[ScoredTriple]) -> list[tuple[int, int, float]]:
        """One-to-one greedy pairing, best total token F1 first; ties by list order.
        Returns (position in preds, position in golds, total F1)."""
        candidates = []
        for i, p in enumerate(preds):
            for j, g in enumerate(golds):
                score = self.triple_match(p, g)
                if score is not None:
                    candidates.append((-score, i, j))
        candidates.sort()
        used_p, used_g, pairs = set(), set(), []
        for neg, i, j in candidates:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j, -neg))
        return sorted(pairs, key=lambda x: x[1])

    @staticmethod
    def strict_pairs(preds: Sequence[ScoredTriple], golds: Sequence[ScoredTriple]) -> list[tuple[int, int]]:
        free: dict[tuple[str, str, str], list[int]] = {}
        for i, p in enumerate(preds):
            free.setdefault(p.key, []).append(i)
        pairs = []
        for j, g in enumerate(golds):
            if free.get(g.key):
                pairs.append((free[g.key].pop(0), j))
        return pairs

    def attribution_match(self, p: Slot | None, g: Slot | None) -> bool:
        has_p, has_g = p is not None and bool(p.tokens), g is not None and bool(g.tokens)
        if not (has_p and has_g):
            return has_p == has_g
        return self.arg_match(p, g)  # attribution slots carry no ids: same head or token F1 ≥ 0.6


# -- per-document scoring ---------------------------------------------------------------------------
COUNT_KEYS = ("predicted", "gold", "matched", "strict_matched", "entity_predicted", "entity_gold",
              "entity_matched", "attribution_correct", "polarity_correct", "tense_pairs", "tense_correct",
              "duplicates", "gold_duplicates")


@dataclass
class DocumentResult:
    """One document's alignment and counts. Indices refer to the original ``predicted``/``gold`` lists."""

    doc_id: str
    split: str | None
    predicted: list[Any]
    gold: list[Any]
    pairs: list[tuple[int, int]] = field(default_factory=list)         # (pred index, gold index), relaxed
    missed: list[int] = field(default_factory=list)                     # gold indices with no pair
    spurious: list[int] = field(default_factory=list)                   # unique prediction indices with no pair
    duplicates: list[tuple[int, int]] = field(default_factory=list)     # (duplicate index, first index)
    strict_pairs: list[tuple[int, int]] = field(default_factory=list)
    pair_details: dict[tuple[int, int], dict] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)

    def scores(self) -> dict:
        return scores_from_counts(self.counts)


def score_document(predicted: Sequence[Any], gold: Sequence[Any], matcher: Matcher | None = None,
                   doc_id: str = "doc", split: str | None = None) -> DocumentResult:
    """Score one document's predicted triples (``Triple`` objects or dicts) against its gold triples."""
    m = matcher or Matcher()
    preds_all = [m.prepare(t, i) for i, t in enumerate(predicted)]
    golds = [m.prepare(t, i) for i, t in enumerate(gold)]
    res = DocumentResult(doc_id, split, list(predicted), list(gold))

    first: dict[tuple[str, str, str], int] = {}
    preds: list[ScoredTriple] = []
    for p in preds_all:
        if p.key in first:
            res.duplicates.append((p.index, first[p.key]))
            continue
        first[p.key] = p.index
        preds.append(p)

    c = res.counts
    c["predicted"], c["gold"], c["duplicates"] = len(preds), len(golds), len(res.duplicates)
    # Section 6 dedupes predictions only; gold triples repeated in one document are counted (and kept) so that
    # the annotators can see them: a repeated gold triple can only be matched by a second, deduped prediction.
    c["gold_duplicates"] = len(golds) - len({g.key for g in golds})
    for i, j, total in m.pair(preds, golds):
        p, g = preds[i], golds[j]
        res.pairs.append((p.index, g.index))
        attribution_ok = m.attribution_match(p.attribution, g.attribution)
        polarity_ok = p.polarity == g.polarity
        tense_ok = None if g.tense is None else p.tense == g.tense
        res.pair_details[(p.index, g.index)] = {"total_f1": round(total, 4), "attribution": attribution_ok,
                                                "polarity": polarity_ok, "tense": tense_ok}
        c["matched"] += 1
        c["attribution_correct"] += attribution_ok
        c["polarity_correct"] += polarity_ok
        if tense_ok is not None:
            c["tense_pairs"] += 1
            c["tense_correct"] += tense_ok
    paired_p = {i for i, _ in res.pairs}
    paired_g = {j for _, j in res.pairs}
    res.missed = [g.index for g in golds if g.index not in paired_g]
    res.spurious = [p.index for p in preds if p.index not in paired_p]

    res.strict_pairs = [(preds[i].index, golds[j].index) for i, j in m.strict_pairs(preds, golds)]
    c["strict_matched"] = len(res.strict_pairs)

    epreds = [p for p in preds if p.is_entity]
    egolds = [g for g in golds if g.is_entity]
    c["entity_predicted"], c["entity_gold"] = len(epreds), len(egolds)
    c["entity_matched"] = len(m.pair(epreds, egolds))
    for key in COUNT_KEYS:
        c.setdefault(key, 0)
    return res


def prf(matched: int, predicted: int, gold: int) -> dict:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "matched": matched, "predicted": predicted, "gold": gold}


def _accuracy(correct: int, total: int) -> dict:
    return {"accuracy": round(correct / total, 4) if total else None, "correct": correct, "pairs": total}


def scores_from_counts(c: Counter) -> dict:
    return {"relaxed": prf(c["matched"], c["predicted"], c["gold"]),
            "strict": prf(c["strict_matched"], c["predicted"], c["gold"]),
            "entity": prf(c["entity_matched"], c["entity_predicted"], c["entity_gold"]),
            "attribution": _accuracy(c["attribution_correct"], c["matched"]),
            "polarity": _accuracy(c["polarity_correct"], c["matched"]),
            "tense": _accuracy(c["tense_correct"], c["tense_pairs"]),
            "duplicates": c["duplicates"], "gold_duplicates": c["gold_duplicates"]}


def summarize(results: Sequence[DocumentResult]) -> dict:
    """Micro totals, per split (when documents carry one) and per document."""
    total: Counter = Counter({k: 0 for k in COUNT_KEYS})
    by_split: dict[str, Counter] = {}
    for r in results:
        total.update(r.counts)
        if r.split is not None:
            by_split.setdefault(r.split, Counter({k: 0 for k in COUNT_KEYS})).update(r.counts)
    out = {"documents": len(results), "micro": scores_from_counts(total)}
    if by_split:
        out["splits"] = {name: scores_from_counts(c) for name, c in sorted(by_split.items())}
    out["per_document"] = [{"doc_id": r.doc_id, **({"split": r.split} if r.split is not None else {}),
                            **r.scores()} for r in results]
    return out


# -- gold files ----------------------------------------------------------------------------------
@dataclass
class GoldDocument:
    doc_id: str
    text: str
    triples: list[dict]
    split: str | None = None
    line: int = 0


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold JSON Lines file (guidelines section 7); malformed lines are one-line errors."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: gold file not found") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror})") from None
    docs: list[GoldDocument] = []
    seen: dict[str, int] = {}
    with handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: invalid UTF-8 at byte {exc.start}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(d, dict):
            raise InputError(f"{where}: expected a JSON object per line")
        for key in ("doc_id", "text"):
            if not isinstance(d.get(key), str) or not d[key]:
                raise InputError(f"{where}: '{key}' must be a non-empty string")
        if d["doc_id"] in seen:
            raise InputError(f"{where}: doc_id {d['doc_id']!r} already used on line {seen[d['doc_id']]}")
        seen[d["doc_id"]] = n
        triples = d.get("triples", [])
        if not isinstance(triples, list):
            raise InputError(f"{where}: 'triples' must be a list")
        for k, t in enumerate(triples):
            _check_gold_triple(t, f"{where}: triples[{k}]")
        split = d.get("split")
        if split is not None and not isinstance(split, str):
            raise InputError(f"{where}: 'split' must be a string")
        docs.append(GoldDocument(d["doc_id"], d["text"], triples, split, n))
    return docs


def _check_gold_triple(t: Any, where: str) -> None:
    if not isinstance(t, dict):
        raise InputError(f"{where}: expected an object")
    for key in TRIPLE_TEXT_FIELDS:
        if not isinstance(t.get(key), str) or not t[key].strip():
            raise InputError(f"{where}: '{key}' must be a non-empty string")
    for key in TRIPLE_OPTIONAL_FIELDS:
        if t.get(key) is not None and not isinstance(t[key], str):
            raise InputError(f"{where}: '{key}' must be a string or null")
    if t.get("polarity") is not None and t["polarity"] not in POLARITIES:
        raise InputError(f"{where}: polarity {t['polarity']!r}: choose one of {', '.join(POLARITIES)}")
    if t.get("tense") is not None and t["tense"] not in TENSES:
        raise InputError(f"{where}: tense {t['tense']!r}: choose one of {', '.join(TENSES)}")


def select_split(gold: list[GoldDocument], split: str | None, path: str | Path = "gold") -> list[GoldDocument]:
    if split is None:
        return gold
    chosen = [g for g in gold if g.split == split]
    if not chosen:
        have = sorted({g.split for g in gold if g.split is not None})
        raise UsageError(f"--split {split}: {path} has no documents with split {split!r} "
                         f"(splits present: {', '.join(have) if have else 'none'})")
    return chosen


# -- the whole evaluation ------------------------------------------------------------------------
@dataclass
class TriplesEvaluation:
    gold_path: str
    split: str | None
    documents: list[Document]
    gold: list[GoldDocument]
    results: list[DocumentResult]
    matcher: Matcher
    config: str | None = None
    seconds: float = 0.0

    def summary(self) -> dict:
        out = summarize(self.results)
        out["meta"] = {"gold": self.gold_path, "split": self.split, "config": self.config,
                       "seconds": round(self.seconds, 3)}
        return out


def score_documents(documents: Sequence[Document], gold: Sequence[GoldDocument],
                    matcher: Matcher | None = None) -> list[DocumentResult]:
    """Score already-processed documents (same order as ``gold``) against the gold documents."""
    m = matcher or Matcher()
    return [score_document(doc.triples, g.triples, m, doc_id=g.doc_id, split=g.split)
            for doc, g in zip(documents, gold)]


def evaluate_triples(pipeline: "Pipeline", gold_path: str | Path, split: str | None = None) -> TriplesEvaluation:
    """Run the pipeline on each gold document's text and score its triples."""
    import time

    gold = select_split(load_gold(gold_path), split, gold_path)
    matcher = Matcher(TextNormalizer.from_pipeline(pipeline))
    started = time.perf_counter()
    docs = [pipeline(Document(doc_id=g.doc_id, text=g.text)) for g in gold]
    seconds = time.perf_counter() - started
    config = str(pipeline.config.path) if getattr(pipeline.config, "path", None) else None
    return TriplesEvaluation(str(gold_path), split, docs, gold, score_documents(docs, gold, matcher), matcher,
                             config, seconds)


def format_table(summary: dict) -> str:
    """The scores as a plain-text table (what ``faie eval triples`` prints)."""
    meta = summary.get("meta", {})
    title = f"triples of {meta.get('gold', 'gold')}"
    if meta.get("split"):
        title += f" (split {meta['split']})"
    lines = [f"{title}: {summary['documents']} documents"
             + (f", pipeline {meta['seconds']:.2f} s" if meta.get("seconds") is not None else "")]

    def block(name: str, s: dict, indent: str = "  ") -> None:
        lines.append(f"{indent}{name}")
        lines.append(f"{indent}  {'':<9} {'P':>6} {'R':>6} {'F1':>6} {'matched':>8} {'predicted':>10} {'gold':>6}")
        for key in ("relaxed", "strict", "entity"):
            x = s[key]
            lines.append(f"{indent}  {key:<9} {x['precision']:6.3f} {x['recall']:6.3f} {x['f1']:6.3f} "
                         f"{x['matched']:>8} {x['predicted']:>10} {x['gold']:>6}")
        acc = []
        for key in ("attribution", "polarity", "tense"):
            a = s[key]
            shown = "–" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
            acc.append(f"{key} {shown} ({a['correct']}/{a['pairs']})")
        lines.append(f"{indent}  accuracy over matched pairs: " + ", ".join(acc)
                     + f"; duplicates {s['duplicates']}, gold duplicates {s['gold_duplicates']}")

    block("all documents (micro)", summary["micro"])
    for name, s in summary.get("splits", {}).items():
        block(f"split {name}", s)
    docs = summary.get("per_document", [])
    if docs:
        width = max(8, *(len(d["doc_id"]) for d in docs))
        lines.append("  per document")
        lines.append(f"    {'document':<{width}} {'split':<6} {'pred':>5} {'gold':>5} {'match':>5} "
                     f"{'P':>6} {'R':>6} {'F1':>6} {'strict':>6}")
        for d in docs:
            r = d["relaxed"]
            lines.append(f"    {d['doc_id']:<{width}} {d.get('split') or '':<6} {r['predicted']:>5} {r['gold']:>5} "
                         f"{r['matched']:>5} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                         f"{d['strict']['f1']:6.3f}")
    return "\n".join(lines)


__all__ = ["format_table", "Matcher", "TextNormalizer", "DocumentResult", "GoldDocument", "TriplesEvaluation",
           "evaluate_triples", "head", "load_gold", "score_document", "score_documents", "summarize",
           "token_f1", "tokenize"]
