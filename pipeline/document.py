"""The one object every stage reads and writes.

``Document`` → ``Sentence`` → ``Token`` (what was written, e.g. ``کتابش``) → ``Word`` (the UD
syntactic words, e.g. ``کتاب`` + ``ش``). Every ``start``/``end`` is a character offset into the
**original** input ``Document.text``; ``text`` fields hold the normalized form.
Entities and triples are named layers on the document. JSON Lines round-trips losslessly.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any, Iterator

from .offsets import Edit, TrackedText


@dataclass(slots=True)
class Word:
    id: int
    text: str
    start: int
    end: int
    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    feats: str | None = None
    head: int | None = None
    deprel: str | None = None
    misc: str | None = None


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    words: list[Word] = field(default_factory=list)

    @property
    def is_multiword(self) -> bool:
        return len(self.words) > 1


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        return [w for t in self.tokens for w in t.words]


@dataclass(slots=True)
class Entity:
    sentence: int
    start: int
    end: int
    text: str
    label: str
    id: str | None = None
    confidence: float | None = None


@dataclass(slots=True)
class Triple:
    subject: str
    relation: str
    object: str
    sentence: int
    subject_id: str | None = None
    object_id: str | None = None
    attribution: str | None = None
    polarity: str = "positive"
    tense: str | None = None
    subject_span: tuple[int, int] | None = None
    object_span: tuple[int, int] | None = None
    subject_type: str | None = None
    object_type: str | None = None
    confidence: float | None = None
    gloss: str | None = None


@dataclass
class Document:
    doc_id: str
    text: str
    normalized: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    # Working state of the normalize stage (normalized text with its offset map); not serialized.
    tracked: TrackedText | None = field(default=None, repr=False, compare=False)

    # -- convenience -----------------------------------------------------------------------
    @property
    def tokens(self) -> Iterator[Token]:
        return (t for s in self.sentences for t in s.tokens)

    @property
    def words(self) -> Iterator[Word]:
        return (w for s in self.sentences for w in s.words)

    # -- JSON ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id, "text": self.text, "normalized": self.normalized}
        out["sentences"] = [_sentence_to_dict(s) for s in self.sentences]
        out["entities"] = [asdict(e) for e in self.entities]
        out["triples"] = [_compact(asdict(t)) for t in self.triples]
        out["edits"] = [e.to_dict() for e in self.edits]
        out["problems"] = list(self.problems)
        if self.meta:
            out["meta"] = self.meta
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        doc = cls(doc_id=d["doc_id"], text=d["text"], normalized=d.get("normalized"))
        doc.sentences = [_sentence_from_dict(s) for s in d.get("sentences", [])]
        doc.entities = [Entity(**e) for e in d.get("entities", [])]
        doc.triples = [_triple_from_dict(t) for t in d.get("triples", [])]
        doc.edits = [Edit.from_dict(e) for e in d.get("edits", [])]
        doc.problems = list(d.get("problems", []))
        doc.meta = dict(d.get("meta", {}))
        return doc

    @classmethod
    def from_json(cls, line: str) -> "Document":
        return cls.from_dict(json.loads(line))

    @classmethod
    def from_words(cls, sentences: list[list[str]], doc_id: str = "words") -> "Document":
        """Given words as one Document (one token per word, words joined by single spaces, one Sentence per
        list): for running the stages after segmentation on gold or silver tokens."""
        parts, sents, offset = [], [], 0
        for words in sentences:
            text = " ".join(words)
            tokens, pos = [], offset
            for i, w in enumerate(words, 1):
                tokens.append(Token(w, pos, pos + len(w), [Word(i, w, pos, pos + len(w))]))
                pos += len(w) + 1
            sents.append(Sentence(text, offset, offset + len(text), tokens))
            parts.append(text)
            offset += len(text) + 1
        doc = cls(doc_id=doc_id, text=" ".join(parts))
        doc.sentences = sents
        return doc

    # -- CoNLL-U ---------------------------------------------------------------------------
    def to_conllu(self) -> str:
        from .conllu import document_to_conllu

        return document_to_conllu(self)


_WORD_FIELDS = [f.name for f in fields(Word)]
_word_values = attrgetter(*_WORD_FIELDS)
_TRIPLE_FIELDS = {f.name for f in fields(Triple)}


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _sentence_to_dict(s: Sentence) -> dict[str, Any]:
    # Words field by field, not through dataclasses.asdict, which deep-copies every value: words are
    # most of a document, and asdict took two thirds of a batch run's time.
    return {"text": s.text, "start": s.start, "end": s.end,
            "tokens": [{"text": t.text, "start": t.start, "end": t.end,
                        "words": [{k: v for k, v in zip(_WORD_FIELDS, _word_values(w)) if v is not None}
                                  for w in t.words]} for t in s.tokens]}


def _sentence_from_dict(d: dict[str, Any]) -> Sentence:
    tokens = [Token(t["text"], t["start"], t["end"],
                    [Word(**{k: w.get(k) for k in _WORD_FIELDS}) for w in t["words"]])
              for t in d["tokens"]]
    return Sentence(d["text"], d["start"], d["end"], tokens)


def _triple_from_dict(d: dict[str, Any]) -> Triple:
    d = {k: v for k, v in d.items() if k in _TRIPLE_FIELDS}
    for key in ("subject_span", "object_span"):
        if d.get(key) is not None:
            d[key] = tuple(d[key])
    return Triple(**d)
