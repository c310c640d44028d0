"""Triples as CSV: one row per triple, with its document, sentence, ids, types, provenance and offsets.

``write_triples_csv(docs, path_or_stream)`` takes ``Document`` objects (or their JSON dicts) and writes
UTF-8 CSV with a header row. Offsets are character offsets into the document's **original** text;
``sentence_text`` is the normalized sentence the triple comes from (empty when the index is unknown).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO, Any, Iterable

from ..document import Document

COLUMNS = ("doc_id", "sentence", "sentence_text", "subject", "relation", "object", "subject_id", "object_id",
           "subject_type", "object_type", "attribution", "polarity", "tense", "confidence", "gloss",
           "subject_start", "subject_end", "object_start", "object_end")


def triple_rows(doc: Document | dict) -> Iterable[dict[str, Any]]:
    if isinstance(doc, dict):
        doc = Document.from_dict(doc)
    for t in doc.triples:
        sentence_text = ""
        if t.sentence is not None and 0 <= t.sentence < len(doc.sentences):
            sentence_text = doc.sentences[t.sentence].text
        subject_span = t.subject_span or (None, None)
        object_span = t.object_span or (None, None)
        yield {"doc_id": doc.doc_id, "sentence": t.sentence, "sentence_text": sentence_text,
               "subject": t.subject, "relation": t.relation, "object": t.object,
               "subject_id": t.subject_id, "object_id": t.object_id,
               "subject_type": t.subject_type, "object_type": t.object_type,
               "attribution": t.attribution, "polarity": t.polarity, "tense": t.tense,
               "confidence": None if t.confidence is None else round(float(t.confidence), 4),
               "gloss": t.gloss,
               "subject_start": subject_span[0], "subject_end": subject_span[1],
               "object_start": object_span[0], "object_end": object_span[1]}


def write_triples_csv(docs: Iterable[Document | dict], path_or_stream: str | Path | IO[str],
                      header: bool = True) -> int:
    """Write every triple of ``docs``; returns the number of rows written (header not counted).
    A path is written as UTF-8 (created or replaced); a stream is written to and left open."""
    if isinstance(path_or_stream, (str, Path)):
        with open(path_or_stream, "w", encoding="utf-8", newline="") as fh:
            return _write(docs, fh, header)
    return _write(docs, path_or_stream, header)


def _write(docs: Iterable[Document | dict], stream: IO[str], header: bool) -> int:
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    n = 0
    for doc in docs:
        for row in triple_rows(doc):
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            n += 1
    return n


def triples_csv(docs: Iterable[Document | dict]) -> str:
    """The same CSV as a string."""
    buf = io.StringIO()
    write_triples_csv(docs, buf)
    return buf.getvalue()
