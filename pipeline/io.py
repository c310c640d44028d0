"""Reading user input into Documents and writing results.

Inputs: a text file (one document), a directory of ``.txt`` files (one document each, in name
order), JSON Lines with ``doc_id`` and ``text`` (other fields carried through in ``meta``), or
``-`` for standard input. Undecodable bytes are an error naming file and byte offset unless the
caller chooses ``encoding_errors="replace"``, which substitutes U+FFFD and notes it on the document.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Iterator

from .document import Document
from .errors import InputError

ENCODING_POLICIES = ("strict", "replace")
_BINARY_SNIFF = 8192


def read_documents(source: str | Path, encoding_errors: str = "strict") -> Iterator[Document]:
    if encoding_errors not in ENCODING_POLICIES:
        raise InputError(f"--encoding-errors {encoding_errors!r}: choose one of {', '.join(ENCODING_POLICIES)}")
    if str(source) == "-":
        data = sys.stdin.buffer.read()
        yield from _documents_from_bytes(data, "<stdin>", "stdin", encoding_errors)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".txt", ".jsonl"))
        if not files:
            raise InputError(f"{path}: directory has no .txt or .jsonl files")
        for file in files:
            yield from _read_file(file, encoding_errors)
    elif path.is_file():
        yield from _read_file(path, encoding_errors)
    elif path.exists():
        raise InputError(f"{path}: not a regular file or directory")
    else:
        raise InputError(f"{path}: no such file or directory")


def _read_file(path: Path, encoding_errors: str) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    yield from _documents_from_bytes(data, str(path), path.stem, encoding_errors, jsonl=path.suffix == ".jsonl")


def _documents_from_bytes(data: bytes, name: str, stem: str, encoding_errors: str,
                          jsonl: bool = False) -> Iterator[Document]:
    if b"\x00" in data[:_BINARY_SNIFF] and not _looks_like_utf16_text(data):
        raise InputError(f"{name}: looks like a binary file (NUL bytes near the start); expected UTF-8 text")
    text, problem = decode_utf8(data, name, encoding_errors)
    if jsonl:
        yield from _jsonl_documents(text, name)
        return
    doc = Document(doc_id=stem, text=text)
    if problem:
        doc.problems.append(problem)
    yield doc


def _looks_like_utf16_text(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def decode_utf8(data: bytes, name: str, encoding_errors: str = "strict") -> tuple[str, str | None]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        if encoding_errors == "strict":
            raise InputError(f"{name}: invalid UTF-8 at byte {exc.start} (use --encoding-errors replace "
                             "to substitute U+FFFD)") from None
        return data.decode("utf-8", errors="replace"), (
            f"invalid UTF-8 replaced by U+FFFD (first at byte {exc.start})")


def _jsonl_documents(text: str, name: str) -> Iterator[Document]:
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{lineno}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(record, dict):
            raise InputError(f"{name}:{lineno}: expected a JSON object with 'doc_id' and 'text'")
        if not isinstance(record.get("text"), str):
            raise InputError(f"{name}:{lineno}: field 'text' is missing or not a string")
        doc_id = record.get("doc_id", f"{Path(name).stem}-{lineno}")
        if not isinstance(doc_id, (str, int)):
            raise InputError(f"{name}:{lineno}: field 'doc_id' must be a string or a number")
        doc_id = str(doc_id)
        if doc_id in seen:
            raise InputError(f"{name}:{lineno}: duplicate doc_id {doc_id!r}")
        seen.add(doc_id)
        meta = {k: v for k, v in record.items() if k not in ("doc_id", "text")}
        yield Document(doc_id=doc_id, text=record["text"], meta=meta)


OUTPUT_FORMATS = ("jsonl", "conllu")


def write_document(handle: IO[str], doc: Document, fmt: str) -> None:
    if fmt == "jsonl":
        handle.write(doc.to_json() + "\n")
    elif fmt == "conllu":
        handle.write(doc.to_conllu())
    else:
        raise InputError(f"--format {fmt!r}: choose one of {', '.join(OUTPUT_FORMATS)}")
