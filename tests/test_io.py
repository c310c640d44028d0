"""Input readers (streaming, per-record errors) and the JSON Lines writer."""
import io
import json
import sys

import pytest

from pipeline.document import Document, Entity, Triple
from pipeline.errors import InputError
from pipeline.io import BadRecord, InputSpec, count_records, document_line, iter_records, read_documents


def test_bom_is_dropped_and_byte_offsets_count_it(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes(b"\xef\xbb\xbf" + "سلام".encode() + b"\xff")
    (bad,) = iter_records(src)
    assert isinstance(bad, BadRecord) and "invalid UTF-8 at byte 11" in bad.reason
    src.write_bytes(b"\xef\xbb\xbf" + "سلام".encode())
    (doc,) = iter_records(src)
    assert doc.text == "سلام"


def test_csv_rows_with_bad_bytes_are_per_row(tmp_path):
    src = tmp_path / "n.csv"
    src.write_bytes("text,source\nخبر اول.,fars\n".encode() + b"\xd8\xff,x\n" + "خبر سوم.,isna\n".encode())
    recs = list(iter_records(src))
    assert [type(r).__name__ for r in recs] == ["Document", "BadRecord", "Document"]
    assert recs[1].reason.startswith(f"{src}:3: invalid UTF-8") and recs[2].meta == {"source": "isna"}
    replaced = list(iter_records(src, InputSpec(encoding_errors="replace")))
    assert replaced[1].text == "\ufffd\ufffd" and "invalid UTF-8" in replaced[1].problems[0]


def test_csv_multiline_field_and_duplicate_ids(tmp_path):
    src = tmp_path / "n.csv"
    src.write_text('id,text\n1,"خط اول\nخط دوم"\n1,تکراری\n', encoding="utf-8")
    recs = list(iter_records(src, InputSpec(id_column="id")))
    assert recs[0].text == "خط اول\nخط دوم"
    assert isinstance(recs[1], BadRecord) and recs[1].kind == "duplicate" and recs[1].where == f"{src}:4"


def test_read_documents_is_strict(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"doc_id": "a", "text": "سلام"}\n{"doc_id": "b"}\n', encoding="utf-8")
    docs = read_documents(src)
    assert next(docs).doc_id == "a"
    with pytest.raises(InputError, match=r"in.jsonl:2: field 'text'"):
        next(docs)


def test_oversized_text_file_is_not_read(tmp_path):
    src = tmp_path / "big.txt"
    src.write_text("ا" * 1000, encoding="utf-8")
    (bad,) = iter_records(src, InputSpec(max_file_bytes=100))
    assert bad.kind == "oversized" and "2000 bytes" in bad.reason


def test_count_records(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("سلام", encoding="utf-8")
    assert count_records(tmp_path) == 4 and count_records("-") is None


def test_stdin_jsonl_is_streamed(monkeypatch):
    data = '{"doc_id": "s1", "text": "سلام."}\n{"doc_id": "s2", "text": "خداحافظ."}\n'.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert [d.doc_id for d in iter_records("-", InputSpec(input_format="jsonl"))] == ["s1", "s2"]


def test_document_line_matches_to_json_and_escapes_lone_surrogates():
    doc = Document(doc_id="d", text="پوتین به مسکو رفت.", normalized="پوتین به مسکو رفت.", meta={"k": [1, None]})
    doc.entities.append(Entity(0, 0, 5, "پوتین", "PER", "Q7747", 0.9))
    doc.triples.append(Triple("پوتین", "رفت", "مسکو", 0, subject_span=(0, 5), object_span=(9, 13)))
    from pipeline import Pipeline

    from .conftest import DEFAULT_CONFIG

    full = Pipeline.from_config(DEFAULT_CONFIG)(doc)
    assert document_line(full) == (full.to_json() + "\n").encode("utf-8")
    odd = Document(doc_id="x", text="a\ud800b")
    line = document_line(odd)
    assert line.decode("utf-8")  # valid UTF-8
    assert json.loads(line)["text"] == "a\ud800b"  # and reads back the same
