"""NER stage: the pipeline's tokens → ``doc.entities`` (PER, ORG, GPE, LOC, FAC, PRODUCT, EVENT).

The models see surface tokens (``doc.sentences[].tokens``, e.g. ``کتابش`` unsplit), which is how the
training corpora (ArmanPersoNER, PEYMA) are tokenized; each entity's ``start``/``end`` are the original-text
offsets of its first and last token, so ``doc.text[e.start:e.end]`` is the mention as written.

Backends:
  spacy  a spaCy pipeline with an ``ner`` component (``faie train ner --config configs/train/ner_spacy.yaml``)
  crf    a linear-chain CRF (python-crfsuite, the engine of sklearn-crfsuite), model stored in crfsuite's own
         file format (``model.crfsuite``) with ``meta.json`` (``faie train ner --config configs/train/ner_crf.yaml``);
         feature set v2 adds word clusters of the fastText vectors, a gzipped TSV in the folder (``clusters.tsv.gz``)
  stanza stanza's BiLSTM-CRF NER tagger, optional ``stanza`` extra (``faie train ner --config
         configs/train/ner_stanza.yaml``): ``ner.pt`` and ``pretrain.pt``
All load only data (spaCy's folder format, the crfsuite file, JSON, TSV, and torch tensors that stanza reads with
``torch.load(weights_only=True)``): nothing is unpickled.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field

from ..document import Document, Entity, Sentence
from ..errors import ModelError
from ..registry import register
from .base import ExistingPath, Prepared, Stage, StageOptions

ZWNJ = "\u200c"


class NerOptions(StageOptions):
    model: ExistingPath      # model folder written by `faie train ner`
    gazetteer: bool = False  # entity ruler: add unambiguous gazetteer names the model missed (no overlap)
    # a CRF model (`faie train ner --config configs/train/ner_crf.yaml`) whose spans of `rare_types` replace
    # the spans of the main model they overlap: the CRF finds facilities, events and products that the
    # spaCy model tags as LOC, ORG or nothing (eval/reports/ner.notes.md)
    rare_types_model: ExistingPath | None = None
    rare_types: list[Literal["PER", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"]] = ["FAC", "EVENT", "PRODUCT"]


def iob_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, type) of an IOB2 sequence; a stray I- starts an entity."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, typ = (tag[0], tag[2:]) if tag != "O" else ("O", None)
        if label is not None and (prefix != "I" or typ != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and label is None):
            start, label = i, typ
    return spans


def add_entities(doc: Document, index: int, sent: Sentence, spans) -> None:
    toks = sent.tokens
    for s, e, label in spans:
        parts = [toks[s].text]
        for i in range(s + 1, e):
            parts.append((" " if toks[i].start > toks[i - 1].end else "") + toks[i].text)
        doc.entities.append(Entity(sentence=index, start=toks[s].start, end=toks[e - 1].end,
                                   text="".join(parts), label=label))


class NerStage(Stage):
    requires = ("tokens",)
    provides = ("entities",)
    Options = NerOptions

    def __init__(self, options: NerOptions, base_dir=None):
        super().__init__(options, base_dir)
        self._prepared = Prepared()  # entity spans of the documents last prepared
        rare = options.rare_types_model if options is not None else None
        self._rare = _load_crf(rare) if rare is not None else None   # loaded now: a bad path fails at load

    def tag(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        raise NotImplementedError

    def tag_all(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        found = self.tag(sentences)
        if self._rare is not None:
            rare = set(self.options.rare_types)
            found = [_replace_with(spans, [x for x in iob_to_spans(self._rare.tag(words)) if x[2] in rare])
                     for words, spans in zip(sentences, found)]
        if self.options is not None and self.options.gazetteer:
            found = [_fill_from_gazetteer(words, spans) for words, spans in zip(sentences, found)]
        return [_drop_homographs(words, _trim_brackets(words, spans)) for words, spans in zip(sentences, found)]

    def prepare(self, docs: list[Document]) -> None:
        """Tag the sentences of several documents in one call (the spaCy backend batches them)."""
        sentences = [_words(doc) for doc in docs]
        found = iter(self.tag_all([words for doc_words in sentences for words in doc_words]))
        self._prepared.keep(docs, [[next(found) for _ in doc_words] for doc_words in sentences])

    def process(self, doc: Document) -> Document:
        doc.entities = []
        sents = [(i, s) for i, s in enumerate(doc.sentences) if s.tokens]
        found = self._prepared.get(doc)
        if found is None:
            found = self.tag_all(_words(doc))
        for (i, sent), spans in zip(sents, found):
            add_entities(doc, i, sent, spans)
        return doc


def _words(doc: Document) -> list[list[str]]:
    return [[t.text for t in s.tokens] for s in doc.sentences if s.tokens]


OPENING, CLOSING = frozenset("«(\"“["), frozenset("»)\"”]")
OBJECT_MARKER = "را"
CONJUNCTION = "و"


def _trim_brackets(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """No entity ends on an opening quote or bracket, or starts on a closing one (the spaCy model tags
    `شبکه «` of `شبکه «اسکای نیوز»` as an organisation of its own). No entity holds the object marker `را`: the
    model read `دیداری را بین رئیس‌جمهور آمریکا ...` with `را بین` as Rabin. Nor does one start or end on the
    conjunction `و` (`شورای شهر و`): inside a name it joins two words (`سیستان و بلوچستان`), at its edge it joins
    the name to a neighbour. A quote or bracket in a name comes with its partner (``_paired``)."""
    out = []
    for s, e, label in spans:
        if OBJECT_MARKER in words[s:e]:
            continue
        while s < e and words[s] in CLOSING and (words[s] not in OPENING or words[s:e].count(words[s]) % 2):
            s += 1
        while e > s and words[e - 1] in OPENING and (words[e - 1] not in CLOSING or words[s:e].count(words[e - 1]) % 2):
            e -= 1
        while s < e and words[s] == CONJUNCTION:
            s += 1
        while e > s and words[e - 1] == CONJUNCTION:
            e -= 1
        if s < e:
            out.append((*_paired(words, s, e), label))
    return out


QUOTES, BRACKETS = (("«", "»"), ("“", "”")), (("(", ")"), ("[", "]"))


def _paired(words: list[str], s: int, e: int) -> tuple[int, int]:
    """A span whose quote lacks its partner takes the partner when it stands right next to the span (`رودخانه
    «نیجر` + `»`), else lets go of the lone mark at its edge (`ساموئل بکت»`). A bracket opened inside a span and not
    closed there starts an aside the name ran into (`بنیاد ( اسفندماه 1381`): the span ends before it."""
    for opening, closing in BRACKETS:
        inside = words[s:e]
        if inside.count(opening) > inside.count(closing) and opening in inside[1:]:
            e = s + 1 + inside[1:].index(opening)
    for opening, closing in QUOTES + BRACKETS:
        inside = words[s:e]
        if inside.count(opening) > inside.count(closing):
            if e < len(words) and words[e] == closing and (opening, closing) in QUOTES:
                e += 1
            elif words[s] == opening and e - s > 1:
                s += 1
        elif inside.count(closing) > inside.count(opening):
            if s > 0 and words[s - 1] == opening:
                s -= 1
            elif words[e - 1] == closing and e - s > 1:
                e -= 1
    if words[s:e].count('"') % 2:   # the straight quote opens and closes
        if e < len(words) and words[e] == '"':
            e += 1
        elif words[s] == '"' and e - s > 1:
            s += 1
        elif words[e - 1] == '"' and e - s > 1:
            e -= 1
    return s, e


HOMOGRAPHS = Path(__file__).resolve().parent.parent / "resources" / "ner" / "homographs.yaml"


@lru_cache(maxsize=1)
def _homographs() -> tuple[frozenset, frozenset]:
    import yaml

    try:
        raw = yaml.safe_load(HOMOGRAPHS.read_text(encoding="utf-8"))
        return frozenset(raw["forms"]), frozenset(raw["keep_after"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ModelError(f"{HOMOGRAPHS}: cannot read the place-name homographs: {exc}") from None


def _drop_homographs(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word place entity that is mostly a common word (`مالی`: Mali / financial; resources/ner/homographs.yaml)
    is kept only where a place name can stand: first, after punctuation, a preposition or a place's head noun, or
    after `و` that follows another entity. Applied to every backend and to the gazetteer ruler."""
    forms, keep_after = _homographs()
    ends = {e for _, e, _ in spans}
    out = []
    for s, e, label in spans:
        if e - s == 1 and label in ("GPE", "LOC") and words[s] in forms and s > 0:
            before = words[s - 1]
            if not (before in keep_after or not any(ch.isalnum() for ch in before)
                    or (before == "و" and s - 1 in ends)):
                continue
        out.append((s, e, label))
    return out


def _replace_with(spans: list[tuple[int, int, str]], better: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with each span of ``better`` in place of the spans it overlaps."""
    for s, e, label in better:
        spans = [x for x in spans if x[1] <= s or x[0] >= e] + [(s, e, label)]
    return sorted(spans)


def _fill_from_gazetteer(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    from ..gazetteer import Gazetteer

    taken = set()
    for s, e, _ in spans:
        taken.update(range(s, e))
    added = [(m.start, m.end, m.entry.type) for m in Gazetteer.load().find(words)
             if m.entry is not None and not taken.intersection(range(m.start, m.end))]
    return sorted(spans + added) if added else spans


# -- spaCy ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _load_spacy(path: Path):
    from ..backends.spacy_backend import load_spacy

    nlp = load_spacy(path)
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"{path}: spaCy model has no 'ner' component (has: {', '.join(nlp.pipe_names)})")
    return nlp


@register("ner", "spacy")
class SpacyNer(NerStage):
    def __init__(self, options: NerOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.nlp = _load_spacy(options.model)

    def tag(self, sentences):
        from spacy.tokens import Doc

        from ..backends.spacy_backend import BATCH_WORDS, word_batches

        # in a memory zone: the words spaCy adds to its vocabulary here are dropped after (flat memory over a
        # corpus); batches of about BATCH_WORDS words: peak memory follows the words of a batch
        with self.nlp.memory_zone():
            docs = [Doc(self.nlp.vocab, words=words) for words in sentences]
            return [[(e.start, e.end, e.label_) for e in d.ents]
                    for batch in word_batches(docs, BATCH_WORDS) for d in self.nlp.pipe(batch, batch_size=len(batch))]


# -- CRF -----------------------------------------------------------------------------------------------

def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if w.isascii():
        return "L" if w.isalpha() else "a"
    if any("\u0600" <= c <= "\u06ff" for c in w):
        return "p" if w.isalpha() or ZWNJ in w else "pm"
    return "o"


def _word_features(w: str, prefix: str) -> list[str]:
    base = w.lower()
    return [f"{prefix}w={base}", f"{prefix}s3={base[-3:]}", f"{prefix}p3={base[:3]}", f"{prefix}sh={_shape(w)}"]


def crf_features(words: list[str], clusters: dict[str, tuple[str, ...]] | None = None) -> list[list[str]]:
    """Sparse string features per token: the word, its affixes and shape, a window of ±2 words (feature set
    v1). Feature set v2 adds the word clusters of the token and its ±1 neighbours (``clusters``: lowercased
    word → its features, e.g. ``("c64=12", "c256=201")``; a word not in the table has none)."""
    n = len(words)
    out = []
    for i, w in enumerate(words):
        base = w.lower()
        f = ["bias", f"w={base}", f"p1={base[:1]}", f"p2={base[:2]}", f"p3={base[:3]}", f"s1={base[-1:]}",
             f"s2={base[-2:]}", f"s3={base[-3:]}", f"s4={base[-4:]}", f"sh={_shape(w)}", f"len={min(len(w), 8)}"]
        if ZWNJ in w:
            f += [f"zh={w.split(ZWNJ)[0]}", f"zt={w.split(ZWNJ)[-1]}"]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f += _word_features(words[j], f"{d}:") if abs(d) == 1 else [f"{d}:w={words[j].lower()}"]
            else:
                f.append(f"{d}:BOS" if j < 0 else f"{d}:EOS")
        if i > 0:
            f.append(f"-1|0={words[i - 1].lower()}|{base}")
        if i + 1 < n:
            f.append(f"0|1={base}|{words[i + 1].lower()}")
        if clusters is not None:
            f += clusters.get(base, ())
            for d in (-1, 1):
                if 0 <= i + d < n:
                    f += [f"{d}:{c}" for c in clusters.get(words[i + d].lower(), ())]
        out.append(f)
    return out


CRF_FILE = "model.crfsuite"
CLUSTER_FILE = "clusters.tsv.gz"   # feature set v2: word <TAB> cluster id per granularity, header `word c64 c256 ...`


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """The word-cluster table of a v2 CRF model folder: lowercased word → its features (``c64=12``, ...)."""
    import gzip
    import re

    file = path / CLUSTER_FILE
    if not file.is_file():
        raise ModelError(f"{path}: no {CLUSTER_FILE} in the CRF model folder (feature set v2 needs it)")
    try:
        with gzip.open(file, "rt", encoding="utf-8") as handle:
            lines = handle.read().split("\n")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ModelError(f"{file}: cannot read the word clusters ({exc})") from None
    header = lines[0].split("\t")
    if header[0] != "word" or len(header) < 2 or not all(re.fullmatch(r"c[1-9][0-9]*", h) for h in header[1:]):
        raise ModelError(f"{file}: line 1: expected the header `word<TAB>c64<TAB>...`, got {lines[0][:60]!r}")
    table: dict[str, tuple[str, ...]] = {}
    for lineno, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != len(header) or not all(c.isascii() and c.isdigit() for c in cols[1:]):
            raise ModelError(f"{file}: line {lineno}: expected a word and {len(header) - 1} cluster ids")
        table[cols[0]] = tuple(f"{h}={c}" for h, c in zip(header[1:], cols[1:]))
    return table


class CrfModel:
    """A crfsuite tagger with the feature set it was trained on (``meta.json``: v1, or v2 with its clusters)."""

    def __init__(self, tagger, clusters: dict[str, tuple[str, ...]] | None = None):
        self.tagger, self.clusters = tagger, clusters

    def tag(self, words: list[str]) -> list[str]:
        return self.tagger.tag(crf_features(words, self.clusters))


@lru_cache(maxsize=4)
def _load_crf(path: Path) -> CrfModel:
    import pycrfsuite

    model = path / CRF_FILE
    if not model.is_file():
        raise ModelError(f"{path}: no {CRF_FILE} in the CRF model folder")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(model))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{model}: cannot open crfsuite model ({exc})") from None
    meta_file = path / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    version = meta.get("features", "v1")
    if version == "v1":
        return CrfModel(tagger)
    if version == "v2":
        return CrfModel(tagger, read_clusters(path))
    raise ModelError(f"{meta_file}: feature set {version!r} is not one this code computes (v1, v2)")


@register("ner", "crf")
class CrfNer(NerStage):
    def __init__(self, options: NerOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.model = _load_crf(options.model)

    def tag(self, sentences):
        return [iob_to_spans(self.model.tag(words)) for words in sentences]


# -- stanza --------------------------------------------------------------------------------------------

STANZA_FILE = "ner.pt"


class StanzaNerOptions(NerOptions):
    threads: int = Field(1, ge=1, le=64)  # torch threads for this process
    restricted_unpickle: ClassVar[tuple[str, ...]] = (".pt",)  # stanza reads them with weights_only=True


def bioes_to_iob(tags: list[str]) -> list[str]:
    return ["B" + t[1:] if t[:1] == "S" else "I" + t[1:] if t[:1] == "E" else t for t in tags]


@lru_cache(maxsize=4)
def _load_stanza(path: Path, threads: int):
    from ..backends.stanza_backend import import_stanza, load_pipeline

    import_stanza()   # a missing extra is reported before a missing model
    if not (path / STANZA_FILE).is_file():
        raise ModelError(f"{path}: no {STANZA_FILE} in the stanza NER model folder "
                         "(faie train ner --config configs/train/ner_stanza.yaml)")
    pretrain = path / "pretrain.pt"
    return load_pipeline(path, ["ner"], threads, ner_model_path=str(path / STANZA_FILE),
                         ner_pretrain_path=str(pretrain) if pretrain.exists() else None)


@register("ner", "stanza")
class StanzaNer(NerStage):
    Options = StanzaNerOptions

    def __init__(self, options: StanzaNerOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.nlp = _load_stanza(options.model, options.threads)

    def tag(self, sentences):
        if not sentences:
            return []
        doc = self.nlp([list(words) for words in sentences])
        return [iob_to_spans(bioes_to_iob([t.ner for t in s.tokens])) for s in doc.sentences]
