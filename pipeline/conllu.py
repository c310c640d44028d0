"""CoNLL-U reading and writing for the syntactic layer.

The reader names the file and line of any malformed line; it keeps multiword tokens
(``9-10 شهادتش`` → ``شهادت`` + ``ش``) as one :class:`Token` holding several words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .document import Document, Sentence, Token, Word
from .errors import InputError


@dataclass
class GoldSentence:
    """A sentence as a treebank gives it: comments plus tokens holding words."""

    sent_id: str | None
    text: str | None
    tokens: list[Token] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        return [w for t in self.tokens for w in t.words]


def _opt(value: str) -> str | None:
    return None if value == "_" else value


def read_conllu(path: str | Path) -> Iterator[GoldSentence]:
    """Yield sentences of a CoNLL-U file; offsets are positions in the sentence's ``# text``
    when the forms can be found there, else running positions over the forms."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot open CoNLL-U file ({exc.strerror})") from None
    with handle:
        comments: dict[str, str] = {}
        rows: list[tuple[int, list[str]]] = []
        for lineno, raw in enumerate(handle, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if rows:
                    yield _build_sentence(path, comments, rows)
                comments, rows = {}, []
                continue
            if line.startswith("#"):
                key, sep, value = line[1:].partition("=")
                if sep:
                    comments[key.strip()] = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(f"{path}:{lineno}: malformed CoNLL-U line: expected 10 tab-separated "
                                 f"columns, found {len(cols)}")
            if "." in cols[0]:
                continue  # empty nodes carry no surface text; PerDT has none
            if not _valid_id(cols[0]):
                raise InputError(f"{path}:{lineno}: malformed CoNLL-U line: bad ID {cols[0]!r}")
            if "-" not in cols[0] and cols[6] != "_" and not cols[6].isdigit():
                raise InputError(f"{path}:{lineno}: malformed CoNLL-U line: bad HEAD {cols[6]!r}")
            rows.append((lineno, cols))
        if rows:
            yield _build_sentence(path, comments, rows)


def _valid_id(value: str) -> bool:
    parts = value.split("-")
    return 1 <= len(parts) <= 2 and all(p.isdigit() for p in parts)


def _build_sentence(path: Path, comments: dict[str, str], rows: list[tuple[int, list[str]]]) -> GoldSentence:
    text = comments.get("text")
    sent = GoldSentence(comments.get("sent_id"), text)
    cursor = 0
    pending: tuple[int, int, Token] | None = None  # (first id, last id, token) of an open multiword token
    for lineno, cols in rows:
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            start, end, cursor = _locate(text, cols[1], cursor)
            token = Token(cols[1], start, end, [])
            sent.tokens.append(token)
            pending = (first, last, token)
            continue
        wid = int(cols[0])
        word = Word(id=wid, text=cols[1], start=0, end=0, lemma=_opt(cols[2]), upos=_opt(cols[3]),
                    xpos=_opt(cols[4]), feats=_opt(cols[5]),
                    head=None if cols[6] == "_" else int(cols[6]), deprel=_opt(cols[7]), misc=_opt(cols[9]))
        if pending and pending[0] <= wid <= pending[1]:
            token = pending[2]
            word.start, word.end = token.start, token.end
            token.words.append(word)
            if wid == pending[1]:
                pending = None
            continue
        start, end, cursor = _locate(text, cols[1], cursor)
        word.start, word.end = start, end
        sent.tokens.append(Token(cols[1], start, end, [word]))
    if pending:
        raise InputError(f"{path}:{rows[-1][0]}: malformed CoNLL-U: multiword token {pending[0]}-{pending[1]} "
                         "is missing words")
    return sent


def _locate(text: str | None, form: str, cursor: int) -> tuple[int, int, int]:
    if text is not None:
        found = text.find(form, cursor)
        if found >= 0:
            return found, found + len(form), found + len(form)
    return cursor, cursor + len(form), cursor + len(form) + 1


def sentence_to_conllu(sentence: Sentence, sent_id: str | None = None) -> str:
    lines = []
    if sent_id is not None:
        lines.append(f"# sent_id = {sent_id}")
    lines.append(f"# text = {sentence.text}")
    for token in sentence.tokens:
        if token.is_multiword:
            first, last = token.words[0].id, token.words[-1].id
            lines.append(f"{first}-{last}\t{token.text}" + "\t_" * 8)
        for w in token.words:
            cols = [str(w.id), w.text, w.lemma, w.upos, w.xpos, w.feats,
                    None if w.head is None else str(w.head), w.deprel, None, w.misc]
            lines.append("\t".join("_" if c is None or c == "" else c for c in cols))
    return "\n".join(lines) + "\n\n"


def document_to_conllu(doc: Document) -> str:
    out = [f"# newdoc id = {doc.doc_id}\n"]
    out += [sentence_to_conllu(s, f"{doc.doc_id}-{i + 1}") for i, s in enumerate(doc.sentences)]
    return "".join(out)
