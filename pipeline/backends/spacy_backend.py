"""Running a trained spaCy pipeline over our Documents.

One spaCy model can hold several trained components (morphologizer, tagger, lemmatizer, parser) on a
shared tok2vec. The tag, lemmatize and parse stages each copy their own layer from it; the model runs
once per document however many of those stages use it. Models load with ``spacy.load`` from a folder
(config.cfg, JSON and msgpack weights): nothing is unpickled.
"""
from __future__ import annotations

import importlib
import sys
import types
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..document import Document, Word
from ..errors import ModelError
from ..stages.base import ExistingPath, Prepared, Stage, StageOptions


def import_spacy():
    """``import spacy`` without the parts a run never uses: PyTorch and spaCy's own command line.

    * thinc (spaCy's ML library) imports ``torch`` at import time whenever it is installed (the ``stanza``
      extra installs it), only to offer PyTorch layers and GPUs; our spaCy models use neither. That import
      costs about 250 MB of RSS and seconds of start-up in every worker. Unless this process has imported
      PyTorch already, ``torch`` is marked absent while spaCy is imported (thinc then records
      ``has_torch = False``).
    * ``spacy/__init__.py`` imports ``spacy.cli`` for one name, ``spacy.info``, and with it every spaCy
      command and their libraries (typer, weasel, requests): about 0.4 s of every start-up. ``srsly`` (spaCy's
      serialization) imports its bundled YAML library for its YAML functions, which only the commands use:
      0.1 s. While spaCy is imported, ``spacy.cli.info`` and ``srsly._yaml_api`` are stand-ins whose functions
      import the real module when called.
    * spaCy's registries find plugins through entry points grouped once (:func:`_group_entry_points`).

    The marks are removed right after, so a stanza stage can still import PyTorch later in the same process
    and ``import spacy.cli`` (spaCy training) gets the real commands."""
    if "spacy" in sys.modules:
        import spacy

        return spacy
    stand_ins = {"spacy.cli": _stand_in("spacy.cli", package=True),
                 "spacy.cli.info": _stand_in("spacy.cli.info", forward=["info"]),
                 "srsly._yaml_api": _stand_in("srsly._yaml_api", forward=[
                     "read_yaml", "write_yaml", "yaml_dumps", "yaml_loads", "is_yaml_serializable"]),
                 "torch": None}  # `import torch` now raises ImportError
    stand_ins = {name: module for name, module in stand_ins.items() if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        _group_entry_points()
        import spacy
    finally:
        for name, module in stand_ins.items():
            if name in sys.modules and sys.modules[name] is module:
                del sys.modules[name]
    return spacy


def _group_entry_points() -> None:
    """Give catalogue (the library behind spaCy's registries) the installed entry points grouped once.

    On Python 3.10+ catalogue looks a registry's entry points up with ``entry_points().select(group=...)``,
    which goes through every installed package's entry points, on each of the ~130 lookups of loading our two
    models (0.05 s). Given a plain dict of group → entry points, its path for older Pythons, each lookup is
    one dict access. The entry points are the same."""
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(found, "select") and isinstance(found, dict):
        # Python 3.11's SelectableGroups is a dict of group → entry points under a deprecated interface;
        # dict.items reads it without that interface's warning
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(eps) for group, eps in dict.items(found)}


def _stand_in(name: str, package: bool = False, forward: list[str] = ()) -> types.ModuleType:
    module = types.ModuleType(name)
    if package:
        module.__path__ = []
    for attr in forward:
        setattr(module, attr, _forward(name, attr))
    return module


def _forward(module: str, attr: str):
    """``module.attr``, from the real module (imported on first call)."""
    def call(*args, **kwargs):
        return getattr(importlib.import_module(module), attr)(*args, **kwargs)

    call.__name__ = call.__qualname__ = attr
    return call


NO_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "faie.no_tokenizer.v1"}}}


def _no_tokenizer():
    def create(nlp):
        def tokenize(text):
            raise ModelError("faie runs spaCy on its own words (spacy.tokens.Doc); the spaCy tokenizer is not loaded")
        return tokenize
    return create


def load_spacy(path: Path):
    """A trained spaCy pipeline from ``path``, run on numpy's BLAS (OpenBLAS) with one thread.

    thinc's default BLAS, BLIS, falls back to its generic kernel on this project's benchmark machine and ran
    the same matrix products about 3x slower; on OpenBLAS the tagger, parser and NER ran 1.7–2x faster with
    identical output (``eval/reports/batch.md``). Layers take their ops when they are built, so the choice is
    made around ``spacy.load``. BLAS gets one thread per process: parallel runs use worker processes
    (``--workers``), and threads competing with them would only slow every worker down.

    Training keeps thinc's default: the shipped models were trained on it, and a retrain reproduces them
    exactly only with the same arithmetic (trained on OpenBLAS, the syntax model's PerDT LAS moved by 0.34)."""
    spacy = import_spacy()
    if "faie.no_tokenizer.v1" not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register("faie.no_tokenizer.v1", func=_no_tokenizer)
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
    try:
        with use_ops("numpy", use_blis=False):
            # The stages hand spaCy our words and its tokenizer never runs: it is neither built (about 0.1 s
            # of start-up per model, most of it compiling Persian tokenizer exceptions) nor read from disk.
            return spacy.load(path, exclude=["tokenizer"], config=NO_TOKENIZER)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{path}: cannot load spaCy model ({type(exc).__name__}: {exc})".splitlines()[0]) from None


class SpacyRunner:
    def __init__(self, path: Path):
        self.nlp = load_spacy(path)
        self.path = path
        self.needed: set[str] = set()   # components the stages using this model copy from
        self._parsed = Prepared()       # the annotations of the documents last annotated, a list per sentence

    def prepare(self, docs: list[Document]) -> None:
        """Annotate the sentences of several documents in one stream (spaCy's batches then fill up: about 15%
        less time than document by document, the same annotations)."""
        todo = self._parsed.missing(docs)
        if todo:
            parsed = self._parse([sent for doc in todo for sent in doc.sentences])
            results, at = [], 0
            for doc in todo:
                results.append(parsed[at:at + len(doc.sentences)])
                at += len(doc.sentences)
            self._parsed.keep(todo, results)

    def annotate(self, doc: Document) -> list[list[TokenLayers]]:
        """The annotations of ``doc``'s sentences (kept for the documents last prepared or annotated)."""
        parsed = self._parsed.get(doc)
        if parsed is None:
            parsed = self._parse(doc.sentences)
            self._parsed.keep([doc], [parsed])
        return parsed

    def _parse(self, sentences) -> list[list[TokenLayers]]:
        """Each sentence's annotations, copied out of spaCy inside a memory zone: the words spaCy adds to its
        vocabulary while parsing are dropped when the zone ends, so a worker's memory stays flat over a corpus
        of any size (without it, each model's vocabulary grew by about 2,600 entries per 150 articles)."""
        from spacy.tokens import Doc

        # components no stage reads are not run (e.g. the lemmatizer when lemmas come from another backend)
        skip = [p for p in self.nlp.pipe_names if self.needed and p not in self.needed]
        parsed = []
        with self.nlp.memory_zone():
            inputs = [Doc(self.nlp.vocab, words=[w.text for w in sent.words] or [""],
                          sent_starts=clause_starts([w.text for w in sent.words]))
                      for sent in sentences]
            for batch in word_batches(inputs, BATCH_WORDS):
                parsed.extend(_layers(sdoc) for sdoc in self.nlp.pipe(batch, disable=skip, batch_size=len(batch)))
        return parsed

    def words(self, doc: Document):
        """Pairs of (our Word, its TokenLayers) across the document."""
        for sent, layers in zip(doc.sentences, self.annotate(doc)):
            yield from zip(sent.words, layers)


class TokenLayers(NamedTuple):
    """What the stages copy from one spaCy token (taken out of spaCy before its memory zone ends)."""

    upos: str
    xpos: str
    feats: str
    lemma: str
    head: int     # 1-based position of the head in the sentence; 0 for the root
    deprel: str


_TERMINATORS = frozenset(".!?؟")


def clause_starts(words: list[str]) -> list[bool]:
    """Where the parser starts a new tree: the sentence's first word, and a word after a terminator the
    segmenter kept inside the sentence (`گفت: «اسرائیل بسیار قوی است. هیچ کس ... نمی‌تواند ...»`), which
    would otherwise be parsed as one clause running across the full stop."""
    n = len(words)
    starts = [True] + [False] * max(n - 1, 0)
    for k in range(2, n):
        if words[k - 1] in _TERMINATORS and words[k] not in _TERMINATORS and any(ch.isalnum() for ch in words[k]) \
                and not _in_abbreviation(words, k):
            starts[k] = True
    return starts


def _in_abbreviation(words: list[str], k: int) -> bool:
    """Is the full stop before word ``k`` one of a spelled-out abbreviation's (`اف. بی. آی`, `بی. بی. سی`)?"""
    if words[k - 1] != ".":
        return False
    return (len(words[k]) <= 3 and k + 1 < len(words) and words[k + 1] == ".") \
        or (len(words[k - 2]) <= 3 and k >= 3 and words[k - 3] == ".")


def _layers(sdoc) -> list[TokenLayers]:
    """Each sentence is its own spaCy Doc, so token indices are sentence positions. A quoted sentence parsed
    as a tree of its own (``clause_starts``) hangs on the first tree's root as parataxis, as PerDT does."""
    out = []
    first_root = None
    for token in sdoc:
        if token.head.i == token.i:
            if first_root is None:
                first_root = token.i
                out.append(TokenLayers(token.pos_, token.tag_, str(token.morph), token.lemma_, 0, token.dep_))
                continue
            out.append(TokenLayers(token.pos_, token.tag_, str(token.morph), token.lemma_, first_root + 1,
                                   "parataxis"))
            continue
        out.append(TokenLayers(token.pos_, token.tag_, str(token.morph), token.lemma_, token.head.i + 1, token.dep_))
    return out


# Sentences go through spaCy in batches of about this many words. The parser's working arrays grow with the
# words of a batch (about 20 KB a word for this model's parser), so one 10,000-word article in one batch
# took 230 MB more peak memory; the annotations do not depend on how the sentences are batched.
BATCH_WORDS = 2000


def word_batches(docs: list, limit: int) -> list[list]:
    """Consecutive runs of ``docs`` of at most ``limit`` words each (a longer doc alone)."""
    batches: list[list] = []
    batch: list = []
    words = 0
    for d in docs:
        if batch and words + len(d) > limit:
            batches.append(batch)
            batch, words = [], 0
        batch.append(d)
        words += len(d)
    if batch:
        batches.append(batch)
    return batches


@lru_cache(maxsize=4)
def runner_for(path: Path) -> SpacyRunner:
    return SpacyRunner(path)


def set_tags(word: Word, token: TokenLayers) -> None:
    word.upos = token.upos or None
    word.xpos = token.xpos or None
    word.feats = token.feats or None


def set_lemma(word: Word, token: TokenLayers) -> None:
    word.lemma = token.lemma or word.text


def set_dependency(word: Word, token: TokenLayers) -> None:
    word.head = token.head
    word.deprel = "root" if token.head == 0 else (token.deprel or "dep")


class SpacyOptions(StageOptions):
    model: ExistingPath  # folder of a spaCy model trained by `faie train`


class SpacyLayerStage(Stage):
    """A stage that copies one layer (tags, lemmas or dependencies) from a spaCy model."""

    requires = ("words",)
    Options = SpacyOptions
    components: tuple[str, ...] = ()   # the spaCy components this stage's layer comes from

    def __init__(self, options: SpacyOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.runner = runner_for(options.model)
        missing = [c for c in self.components if c not in self.runner.nlp.pipe_names]
        if missing:
            raise ModelError(f"{options.model}: spaCy model has no {', '.join(missing)} component for stage {self.stage}")
        self.runner.needed |= {"tok2vec", *self.components}

    @staticmethod
    def copy(word: Word, token) -> None:
        raise NotImplementedError

    def prepare(self, docs: list[Document]) -> None:
        self.runner.prepare(docs)

    def process(self, doc: Document) -> Document:
        for word, token in self.runner.words(doc):
            self.copy(word, token)
        return doc
