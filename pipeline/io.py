"""Reading user input into Documents and writing results, streaming.

Inputs: a text file (one document), a directory of ``.txt`` (and ``.jsonl``/``.csv``) files (in name
order), JSON Lines with ``doc_id`` and ``text`` (other fields carried through in ``meta``), a CSV file
with a text column (``csv_column``, default ``text``; ``id_column`` names the ids, other columns go to
``meta``), or ``-`` for standard input (one document, or JSON Lines / CSV with ``input_format``).

JSON Lines and CSV are read record by record, so memory does not grow with the size of the input.

:func:`iter_records` yields, in input order, either a :class:`~pipeline.document.Document` or a
:class:`BadRecord` for an input unit that cannot become a document (undecodable bytes, a binary file, a
line that is not a JSON object, an oversized file, a duplicate id): a batch run writes those to its errors
file and goes on. Problems with the input as a whole (no such path, an empty folder, a CSV without the
named column) raise :class:`~pipeline.errors.InputError`. :func:`read_documents` is the strict form:
it raises at the first bad record.

Undecodable bytes are an error naming file and byte offset unless the caller chooses
``encoding_errors="replace"``, which substitutes U+FFFD and notes it on the document.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

import orjson

from .document import Document
from .errors import InputError

ENCODING_POLICIES = ("strict", "replace")
INPUT_FORMATS = ("auto", "txt", "jsonl", "csv")
OUTPUT_FORMATS = ("jsonl", "conllu", "csv")
_BINARY_SNIFF = 8192
_DIR_SUFFIXES = (".txt", ".jsonl", ".csv")


@dataclass
class BadRecord:
    """An input unit that could not become a document; ``where`` is file, file:line or file@byte."""

    doc_id: str
    where: str
    reason: str
    kind: str = "input"

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "where": self.where, "kind": self.kind, "reason": self.reason}


@dataclass
class InputSpec:
    """How to read the input (the CLI options, bundled)."""

    encoding_errors: str = "strict"
    input_format: str = "auto"
    csv_column: str | None = None
    id_column: str | None = None
    max_file_bytes: int | None = None  # a whole-file document larger than this is not read

    def check(self) -> None:
        if self.encoding_errors not in ENCODING_POLICIES:
            raise InputError(f"--encoding-errors {self.encoding_errors!r}: choose one of "
                             f"{', '.join(ENCODING_POLICIES)}")
        if self.input_format not in INPUT_FORMATS:
            raise InputError(f"--input-format {self.input_format!r}: choose one of {', '.join(INPUT_FORMATS)}")


def read_documents(source: str | Path, encoding_errors: str = "strict", **options) -> Iterator[Document]:
    """Documents of ``source``; the first bad record raises :class:`InputError`."""
    for record in iter_records(source, InputSpec(encoding_errors=encoding_errors, **options)):
        if isinstance(record, BadRecord):
            raise InputError(record.reason)
        yield record


def iter_records(source: str | Path, spec: InputSpec | None = None) -> Iterator[Document | BadRecord]:
    spec = spec or InputSpec()
    spec.check()
    if str(source) == "-":
        fmt = spec.input_format if spec.input_format != "auto" else ("csv" if spec.csv_column else "txt")
        yield from _read_stream(sys.stdin.buffer, "<stdin>", "stdin", fmt, spec)
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in _DIR_SUFFIXES)
        if not files:
            raise InputError(f"{path}: directory has no .txt, .jsonl or .csv files")
        for file in files:
            yield from _read_file(file, spec)
    elif path.is_file():
        yield from _read_file(path, spec)
    elif path.exists():
        raise InputError(f"{path}: not a regular file or directory")
    else:
        raise InputError(f"{path}: no such file or directory")


def _file_format(path: Path, spec: InputSpec) -> str:
    if spec.input_format != "auto":
        return spec.input_format
    if path.suffix == ".jsonl":
        return "jsonl"
    if path.suffix == ".csv" or spec.csv_column:
        return "csv"
    return "txt"


def _read_file(path: Path, spec: InputSpec) -> Iterator[Document | BadRecord]:
    fmt = _file_format(path, spec)
    if fmt == "txt" and spec.max_file_bytes is not None:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        if size > spec.max_file_bytes:
            yield BadRecord(path.stem, str(path), f"{path}: {size} bytes, over the document size limit "
                                                    f"(limits.max_doc_chars); not read", "oversized")
            return
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        yield from _read_stream(handle, str(path), path.stem, fmt, spec)


def _read_stream(handle: BinaryIO, name: str, stem: str, fmt: str,
                 spec: InputSpec) -> Iterator[Document | BadRecord]:
    try:
        head = handle.peek(_BINARY_SNIFF)[:_BINARY_SNIFF] if hasattr(handle, "peek") else b""
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    if b"\x00" in head and not _looks_like_utf16_text(head):
        yield BadRecord(stem, name, f"{name}: looks like a binary file (NUL bytes near the start); "
                                    "expected UTF-8 text", "binary")
        return
    if fmt == "jsonl":
        yield from _jsonl_records(handle, name, stem, spec.encoding_errors)
    elif fmt == "csv":
        yield from _csv_records(handle, name, stem, spec)
    else:
        try:
            data = handle.read()
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror})") from None
        yield from _documents_from_bytes(data, name, stem, spec.encoding_errors)


def _documents_from_bytes(data: bytes, name: str, stem: str, encoding_errors: str) -> Iterator[Document | BadRecord]:
    if b"\x00" in data[:_BINARY_SNIFF] and not _looks_like_utf16_text(data):
        yield BadRecord(stem, name, f"{name}: looks like a binary file (NUL bytes near the start); "
                                    "expected UTF-8 text", "binary")
        return
    try:
        text, problem = decode_utf8(data, name, encoding_errors)
    except InputError as exc:
        yield BadRecord(stem, name, str(exc), "encoding")
        return
    doc = Document(doc_id=stem, text=text)
    if problem:
        doc.problems.append(problem)
    yield doc


def _looks_like_utf16_text(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def decode_utf8(data: bytes, name: str, encoding_errors: str = "strict", offset: int = 0) -> tuple[str, str | None]:
    """``offset``: where ``data`` starts in its file, so that the byte named is the file's. A byte order
    mark at the start of a file is dropped."""
    if offset == 0 and data.startswith(b"\xef\xbb\xbf"):
        data, offset = data[3:], 3
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        at = exc.start + offset
        if encoding_errors == "strict":
            raise InputError(f"{name}: invalid UTF-8 at byte {at} (use --encoding-errors replace "
                             "to substitute U+FFFD)") from None
        return data.decode("utf-8", errors="replace"), (
            f"invalid UTF-8 replaced by U+FFFD (first at byte {at})")


def _jsonl_records(handle: BinaryIO, name: str, stem: str, encoding_errors: str) -> Iterator[Document | BadRecord]:
    seen: set[str] = set()
    offset = 0
    for lineno, raw in enumerate(handle, 1):
        start, offset = offset, offset + len(raw)
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw, start = raw[3:], 3
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        fallback_id = f"{stem}-{lineno}"
        try:
            line, problem = decode_utf8(raw, name, encoding_errors, offset=start)
        except InputError as exc:
            yield BadRecord(fallback_id, where, f"{where}: {str(exc)[len(name) + 2:]}", "encoding")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(fallback_id, where, f"{where}: not valid JSON ({exc.msg} at column {exc.colno})",
                            "format")
            continue
        except RecursionError:
            yield BadRecord(fallback_id, where, f"{where}: JSON nested too deeply", "format")
            continue
        if not isinstance(record, dict):
            yield BadRecord(fallback_id, where, f"{where}: expected a JSON object with 'doc_id' and 'text'", "format")
            continue
        doc_id = record.get("doc_id", fallback_id)
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
            yield BadRecord(fallback_id, where, f"{where}: field 'doc_id' must be a string or a number", "format")
            continue
        doc_id = str(doc_id)
        if not isinstance(record.get("text"), str):
            yield BadRecord(doc_id, where, f"{where}: field 'text' is missing or not a string", "format")
            continue
        if doc_id in seen:
            yield BadRecord(doc_id, where, f"{where}: duplicate doc_id {doc_id!r}", "duplicate")
            continue
        seen.add(doc_id)
        meta = {k: v for k, v in record.items() if k not in ("doc_id", "text")}
        doc = Document(doc_id=doc_id, text=record["text"], meta=meta)
        if problem:
            doc.problems.append(f"{problem[:-1]} of {name}, line {lineno})")
        yield doc


def _csv_records(handle: BinaryIO, name: str, stem: str, spec: InputSpec) -> Iterator[Document | BadRecord]:
    # surrogateescape keeps undecodable bytes visible (U+DC80..U+DCFF) so each row is judged on its own
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"{name}:1: not valid CSV ({exc})") from None
    column = spec.csv_column or "text"
    if column not in header:
        raise InputError(f"{name}:1: no column {column!r} (columns: {', '.join(header)}); "
                         "name the text column with --csv-column")
    text_at = header.index(column)
    id_at = None
    if spec.id_column:
        if spec.id_column not in header:
            raise InputError(f"{name}:1: no column {spec.id_column!r} for --id-column (columns: {', '.join(header)})")
        id_at = header.index(spec.id_column)
    seen: set[str] = set()
    rowno = 1
    while True:
        line_before = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{name}:{line_before + 1}: not valid CSV ({exc})") from None
        rowno += 1
        where = f"{name}:{line_before + 1}"
        if not row:
            continue
        doc_id = row[id_at] if id_at is not None and id_at < len(row) else f"{stem}-{rowno}"
        if len(row) != len(header):
            yield BadRecord(_clean(doc_id), where, f"{where}: row has {len(row)} fields, the header {len(header)}",
                            "format")
            continue
        problem = None
        if any(_has_escaped_bytes(v) for v in row):
            if spec.encoding_errors == "strict":
                yield BadRecord(_clean(doc_id), where, f"{where}: invalid UTF-8 (use --encoding-errors replace "
                                                       "to substitute U+FFFD)", "encoding")
                continue
            row = [_clean(v) for v in row]
            problem = f"invalid UTF-8 replaced by U+FFFD (in {where})"
        doc_id = row[id_at] if id_at is not None else doc_id
        if doc_id in seen:
            yield BadRecord(doc_id, where, f"{where}: duplicate id {doc_id!r}", "duplicate")
            continue
        seen.add(doc_id)
        meta = {h: v for i, (h, v) in enumerate(zip(header, row)) if i not in (text_at, id_at)}
        doc = Document(doc_id=doc_id, text=row[text_at], meta=meta)
        if problem:
            doc.problems.append(problem)
        yield doc


def _has_escaped_bytes(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _clean(value: str) -> str:
    if not _has_escaped_bytes(value):
        return value
    return "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in value)


def count_records(source: str | Path, spec: InputSpec | None = None) -> int | None:
    """How many records ``source`` holds, cheaply (for a progress bar's ETA); None when unknown."""
    spec = spec or InputSpec()
    if str(source) == "-":
        return None
    path = Path(source)
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in _DIR_SUFFIXES) if path.is_dir() \
        else [path] if path.is_file() else []
    total = 0
    for file in files:
        fmt = _file_format(file, spec)
        if fmt == "txt":
            total += 1
        elif fmt == "jsonl":
            total += _count_lines(file)
        else:
            return None  # CSV rows may span lines
    return total


def _count_lines(path: Path) -> int:
    count = 0
    last = b"\n"
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def document_line(doc: Document) -> bytes:
    """One JSON Lines record as UTF-8 bytes, the same as ``doc.to_json()``. Text holding lone surrogates
    (legal in JSON escapes, not in UTF-8) is written with JSON escapes, so the line is valid UTF-8 and
    reads back the same."""
    record = doc.to_dict()
    try:
        # orjson writes the same JSON as json.dumps(..., ensure_ascii=False) about 4x faster; serialising
        # took 7% of a batch run with the standard library
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:  # lone surrogates
        return (json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


def encode_text(text: str) -> bytes:
    """UTF-8 for formats without an escape syntax (CoNLL-U, CSV): a lone surrogate becomes ``\\udXXX``."""
    return text.encode("utf-8", errors="backslashreplace")

