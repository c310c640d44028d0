"""stanza's POS tagger, lemmatizer and dependency parser over our Documents (optional ``stanza`` extra).

A model folder (``faie train ... --config configs/train/stanza_*.yaml``, default ``build/stanza/``) holds
``pos.pt`` (+ ``pretrain.pt`` when trained with vectors), ``lemma.pt`` and ``depparse.pt``. stanza is
imported only when a stanza stage is built; without it the config is rejected with one line. stanza 1.15
reads its model files with ``torch.load(weights_only=True)``: tensors and plain containers only, no code.

Our words go in as stanza's pre-tokenized words (one sentence each); each processor runs once per document
however many stanza stages ask for it, in the order tag → lemma → parse (lemma and parse need tags).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from pydantic import Field

from ..document import Document, Word
from ..errors import ConfigError, ModelError
from ..stages.base import ExistingPath, Stage, StageOptions

FILES = {"pos": "pos.pt", "lemma": "lemma.pt", "depparse": "depparse.pt"}
NEEDS = {"pos": (), "lemma": ("pos",), "depparse": ("pos", "lemma")}


def import_stanza():
    try:
        import stanza
    except ImportError:
        raise ConfigError("the stanza backend needs the stanza package: install the stanza extra "
                          "(pip install -e \".[stanza]\")") from None
    return stanza


def load_pipeline(path: Path, processors: list[str], threads: int = 1, **model_paths):
    """A stanza Pipeline over pre-tokenized words from the model files in ``path`` (nothing is downloaded)."""
    stanza = import_stanza()
    import torch

    torch.set_num_threads(threads)   # more threads than free cores makes torch much slower, not faster
    resources = path / "resources.json"
    if not resources.exists():
        resources.write_text(json.dumps({}), encoding="utf-8")   # stanza wants one; nothing is downloaded
    try:
        return stanza.Pipeline(lang="fa", dir=str(path), processors=",".join(["tokenize"] + processors),
                               tokenize_pretokenized=True, download_method=None, allow_unknown_language=True,
                               resources_filepath=str(resources), use_gpu=False, logging_level="ERROR",
                               **model_paths)
    except Exception as exc:  # noqa: BLE001 - stanza raises many kinds; the user needs one line
        raise ModelError(f"{path}: cannot load stanza models ({type(exc).__name__}: {exc})".splitlines()[0]) from None


class StanzaRunner:
    def __init__(self, path: Path, threads: int = 1):
        import_stanza()   # a missing extra is reported before a missing model
        self.path = path
        self.available = [p for p, f in FILES.items() if (path / f).exists()]
        if "pos" not in self.available:
            raise ModelError(f"{path}: no stanza POS model (pos.pt); train one with "
                             "faie train tagger --config configs/train/stanza_pos.yaml")
        kwargs = {f"{p}_model_path": str(path / f) for p, f in FILES.items() if p in self.available}
        pretrain = path / "pretrain.pt"
        for p in ("pos", "depparse"):
            if p in self.available:
                kwargs[f"{p}_pretrain_path"] = str(pretrain) if pretrain.exists() else None
        self.nlp = load_pipeline(path, self.available, threads, **kwargs)
        # The documents last run, as one stanza Document of all their sentences, and the steps done on it. The
        # tag, lemmatize and parse stages each ask for their step; what one step needs runs once per batch.
        self._docs: list[Document] = []
        self._first: dict[int, int] = {}   # id(document) → index of its first sentence in _sdoc
        self._sdoc = None
        self._done: set[str] = set()

    def prepare(self, docs: list[Document], processor: str) -> None:
        """Run ``processor`` over the sentences of several documents at once (stanza batches them)."""
        self._start(docs)
        self._apply(processor)

    def run(self, doc: Document, processor: str):
        """The stanza Document holding ``doc``'s sentences with ``processor`` (and what it needs) applied, and the
        index of the first of them."""
        if not any(d is doc for d in self._docs):
            self._start([doc])
        self._apply(processor)
        return self._sdoc, self._first[id(doc)]

    def _start(self, docs: list[Document]) -> None:
        from stanza.models.common.doc import Document as StanzaDoc

        if len(docs) == len(self._docs) and all(a is b for a, b in zip(docs, self._docs)):
            return
        sents, self._first = [], {}
        for doc in docs:
            self._first[id(doc)] = len(sents)
            sents += [[{"id": (i + 1,), "text": w.text} for i, w in enumerate(s.words)] for s in doc.sentences if s.words]
        self._docs, self._sdoc, self._done = list(docs), StanzaDoc(sents), set()

    def _apply(self, processor: str) -> None:
        if processor not in self.available:
            raise ModelError(f"{self.path}: no stanza {processor} model ({FILES[processor]})")
        for step in NEEDS[processor] + (processor,):
            if step in self.available and step not in self._done:
                if self._sdoc.sentences:
                    self._sdoc = self.nlp.processors[step].process(self._sdoc)
                self._done.add(step)

    def words(self, doc: Document, processor: str):
        """Pairs of (our Word, stanza Word) across the document, sentence by sentence."""
        sdoc, first = self.run(doc, processor)
        sentences = iter(sdoc.sentences[first:])
        for sent in doc.sentences:
            if not sent.words:
                continue
            yield from zip(sent.words, next(sentences).words)


@lru_cache(maxsize=4)
def runner_for(path: Path, threads: int = 1) -> StanzaRunner:
    return StanzaRunner(path, threads)


class StanzaOptions(StageOptions):
    model: ExistingPath  # folder of stanza models trained by `faie train ... --config configs/train/stanza_*.yaml`
    threads: int = Field(1, ge=1, le=64)  # torch threads for this process
    restricted_unpickle: ClassVar[tuple[str, ...]] = (".pt",)  # stanza reads them with weights_only=True


class StanzaStage(Stage):
    requires = ("words",)
    Options = StanzaOptions
    processor = "pos"

    def __init__(self, options: StanzaOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.runner = runner_for(options.model, options.threads)
        if self.processor not in self.runner.available:
            raise ModelError(f"{options.model}: no stanza {self.processor} model ({FILES[self.processor]})")

    @staticmethod
    def copy(word: Word, sword) -> None:
        raise NotImplementedError

    def prepare(self, docs: list[Document]) -> None:
        self.runner.prepare(docs, self.processor)

    def process(self, doc: Document) -> Document:
        for word, sword in self.runner.words(doc, self.processor):
            self.copy(word, sword)
        return doc


def set_tags(word: Word, sword) -> None:
    word.upos = sword.upos or None
    word.xpos = sword.xpos if sword.xpos not in (None, "_") else None
    word.feats = sword.feats if sword.feats not in (None, "_") else None


def set_lemma(word: Word, sword) -> None:
    word.lemma = sword.lemma or word.text


def set_dependency(word: Word, sword) -> None:
    word.head = sword.head if sword.head is not None else 0
    word.deprel = "root" if word.head == 0 else (sword.deprel or "dep")
