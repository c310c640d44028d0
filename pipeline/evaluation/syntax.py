"""Tagging, lemmatization and parsing scored the CoNLL 2018 way, on gold tokens and on raw text.

On gold tokenization the pipeline's text stages (normalize, segment) are skipped: the gold words are
handed straight to the tag / lemmatize / parse stages, so the scores measure those alone.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..conllu import read_conllu
from ..document import Document, Sentence, Token, Word
from . import conll18
from .segmentation import evaluate_raw, system_sentences

if TYPE_CHECKING:
    from ..core import Pipeline

TEXT_STAGES = ("normalize", "segment")


def gold_document(gold_conllu_path: str | Path) -> Document:
    """The gold file as one Document with the gold sentences, tokens and (unannotated) words."""
    parts, sentences, offset = [], [], 0
    for gs in read_conllu(gold_conllu_path):
        text = gs.text if gs.text is not None else " ".join(t.text for t in gs.tokens)
        tokens = [Token(t.text, offset + t.start, offset + t.end,
                        [Word(w.id, w.text, offset + t.start, offset + t.end) for w in t.words])
                  for t in gs.tokens]
        sentences.append(Sentence(text, offset, offset + len(text), tokens))
        parts.append(text)
        offset += len(text) + 1
    doc = Document(doc_id=Path(gold_conllu_path).stem, text=" ".join(parts))
    doc.sentences = sentences
    return doc


def annotate_gold_tokens(pipeline: "Pipeline", gold_conllu_path: str | Path) -> tuple[Document, float]:
    """The gold file's words run through the pipeline's syntax stages; with the seconds they took."""
    doc = gold_document(gold_conllu_path)
    t0 = time.perf_counter()
    for stage in pipeline.stages:
        if stage.stage not in TEXT_STAGES:
            doc = stage(doc)
    return doc, time.perf_counter() - t0


def score_words(gold, doc: Document) -> dict:
    """CoNLL 2018 scores of ``doc``'s words against ``gold`` (loaded with ``conll18.load_conllu``)."""
    sentences, _ = system_sentences(doc)
    return conll18.scores_to_dict(conll18.evaluate(gold, conll18.build(sentences)))


def evaluate_gold_tokenization(pipeline: "Pipeline", gold_conllu_path: str | Path) -> dict:
    doc, seconds = annotate_gold_tokens(pipeline, gold_conllu_path)
    words = sum(1 for _ in doc.words)
    scores = score_words(conll18.load_conllu(gold_conllu_path), doc)
    scores["meta"] = {"gold": str(gold_conllu_path), "words": words, "seconds": round(seconds, 3),
                      "words_per_second": round(words / seconds) if seconds else None,
                      "stages": [s.stage for s in pipeline.stages if s.stage not in TEXT_STAGES]}
    return scores


def evaluate_ud(pipeline: "Pipeline", gold_conllu_path: str | Path) -> dict:
    """Both views: ``gold_tokens`` (syntax stages alone) and ``raw_text`` (the whole pipeline)."""
    return {"gold_tokens": evaluate_gold_tokenization(pipeline, gold_conllu_path),
            "raw_text": evaluate_raw(pipeline, gold_conllu_path)}
