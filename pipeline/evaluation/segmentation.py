"""Segmentation from raw text, scored with the CoNLL 2018 UD evaluation.

``evaluate_raw(pipeline, gold)`` rebuilds the raw text from the gold file's ``# text`` lines (joined
by one space into a single document: PerDT has no paragraph marks), runs the pipeline on it and
scores the predicted sentences, tokens and words against the gold file.

A predicted token's FORM is the **original** text it covers (``doc.text[start:end]``), so the
concatenation matches the gold one whatever the normalizer rewrote; the words of a multiword token
are the predicted parts. Original characters no predicted token covers (text a normalizer edit
removed) are added back as tokens of their own, and counted in ``meta.uncovered_chars``.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..conllu import read_conllu
from ..document import Document
from ..errors import InputError
from . import conll18
from .conll18 import InToken, InWord

if TYPE_CHECKING:
    from ..core import Pipeline

_NON_SPACE = re.compile(r"\S+")


def raw_text(gold_conllu_path: str | Path) -> str:
    """The gold file's ``# text`` lines joined by single spaces."""
    texts = []
    for i, sent in enumerate(read_conllu(gold_conllu_path), 1):
        if sent.text is None:
            raise InputError(f"{gold_conllu_path}: sentence {i} ({sent.sent_id or 'no id'}) has no '# text' line; "
                             "raw-text evaluation needs one for every sentence")
        texts.append(sent.text)
    return " ".join(texts)


def system_sentences(doc: Document) -> tuple[list[list[InToken]], int]:
    """The document's sentences as evaluation input, plus the number of original non-space
    characters no token covered (added back as single tokens so the texts still match)."""
    text = doc.text
    out: list[list[InToken]] = []
    covered_to = 0
    uncovered = 0
    for sentence in doc.sentences:
        tokens: list[InToken] = []
        for token in sentence.tokens:
            if token.start > covered_to:
                uncovered += _fill(text, covered_to, token.start, tokens)
            start = max(token.start, covered_to)
            if token.end <= start:
                continue  # a token with no original text of its own (inserted by the normalizer)
            form = text[start:token.end]
            if not form.strip():
                covered_to = token.end
                continue
            if len(token.words) > 1:
                words = [InWord(w.text, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel) for w in token.words]
            else:
                w = token.words[0] if token.words else None
                words = [InWord(form, *((w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel) if w else ()))]
            tokens.append(InToken(form, words))
            covered_to = token.end
        if tokens:
            out.append(tokens)
    if covered_to < len(text):
        tail: list[InToken] = []
        uncovered += _fill(text, covered_to, len(text), tail)
        if tail:
            (out[-1] if out else out.append([]) or out[-1]).extend(tail)
    return out, uncovered


def _fill(text: str, lo: int, hi: int, tokens: list[InToken]) -> int:
    n = 0
    for m in _NON_SPACE.finditer(text, lo, hi):
        tokens.append(InToken(m.group(), [InWord(m.group())]))
        n += len(m.group())
    return n


def evaluate_raw(pipeline: "Pipeline", gold_conllu_path: str | Path) -> dict:
    """Run ``pipeline`` on the gold file's raw text; CoNLL 2018 scores as a plain dict.

    Keys: one per metric (``Tokens``, ``Sentences``, ``Words``, ``UPOS`` … ``BLEX``), each with
    precision/recall/f1 in percent and the raw counts; ``meta`` with the gold path, sizes, the
    uncovered-character count and the seconds the pipeline took.
    """
    gold_conllu_path = Path(gold_conllu_path)
    text = raw_text(gold_conllu_path)
    gold = conll18.load_conllu(gold_conllu_path)
    t0 = time.perf_counter()
    doc = pipeline(Document(doc_id=gold_conllu_path.stem, text=text))
    seconds = time.perf_counter() - t0
    if doc.problems and not doc.sentences:
        raise InputError(f"{gold_conllu_path}: pipeline did not process the text: {doc.problems[0]}")
    sentences, uncovered = system_sentences(doc)
    system = conll18.build(sentences)
    scores = conll18.scores_to_dict(conll18.evaluate(gold, system))
    scores["meta"] = {
        "gold": str(gold_conllu_path),
        "raw_chars": len(text),
        "gold_sentences": len(gold.sentences),
        "system_sentences": len(system.sentences),
        "uncovered_chars": uncovered,
        "pipeline": getattr(pipeline, "names", None),
        "seconds": round(seconds, 3),
    }
    return scores
