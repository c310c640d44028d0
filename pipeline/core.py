"""``Pipeline``: the configured list of stages, run in order over one ``Document``."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .config import PipelineConfig, load_config
from .document import Document
from .errors import ConfigError
from .registry import get_backend
from .stages.base import Stage

# Layers present on every document before any stage runs.
INITIAL_LAYERS = frozenset({"text"})


@contextmanager
def collections_paused():
    """No automatic garbage collection while the stages load.

    Loading allocates millions of objects that live as long as the pipeline; the cyclic collector scanned
    them again and again and found nothing to free (about 0.4 s of every start-up). Paused by threshold,
    not ``gc.disable()``: msgpack, under spaCy's loaders, switches the collector back on after each read.
    Nests: the inner pause restores the outer one's zero."""
    threshold = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


class Pipeline:
    def __init__(self, config: PipelineConfig):
        self.config = config
        self.stages: list[Stage] = []
        with collections_paused():
            for sc in config.stages:
                if sc.enabled:
                    cls = get_backend(sc.name, sc.backend)
                    self.stages.append(cls(sc.options, config.base_dir))
        self._check_requirements()

    @classmethod
    def from_config(cls, path: str | Path, overrides: list[str] | None = None) -> "Pipeline":
        return cls(load_config(path, overrides))

    def _check_requirements(self) -> None:
        """Name every unmet requirement at once, not just the first."""
        have = set(INITIAL_LAYERS)
        missing = []
        for stage in self.stages:
            lacking = [layer for layer in stage.requires if layer not in have]
            if lacking:
                missing.append(f"{stage.stage} ({stage.backend}) needs {', '.join(lacking)}")
            have.update(stage.provides)
        if missing:
            where = self.config.path or "<config>"
            raise ConfigError(f"{where}: pipeline: unmet requirements: {'; '.join(missing)} "
                              "(enable the stage that provides them earlier in the pipeline)")

    @property
    def names(self) -> list[str]:
        return [s.stage for s in self.stages]

    def __call__(self, doc: Document | str, doc_id: str = "doc") -> Document:
        return self._run([doc if isinstance(doc, Document) else Document(doc_id=doc_id, text=doc)])[0]

    def pipe(self, docs: Iterable[Document | str], batch_size: int = 8) -> Iterator[Document]:
        """The documents in order, ``batch_size`` at a time: each stage prepares the batch at once (spaCy runs
        over all its sentences) and then processes each document."""
        batch: list[Document] = []
        for i, doc in enumerate(docs):
            batch.append(doc if isinstance(doc, Document) else Document(doc_id=f"doc-{i}", text=doc))
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, docs: list[Document]) -> list[Document]:
        limit = self.config.limits.max_doc_chars
        out = list(docs)
        todo = []   # positions of the documents to process
        for i, doc in enumerate(docs):
            if len(doc.text) > limit:
                doc.problems.append(f"document has {len(doc.text)} characters, over limits.max_doc_chars={limit}; "
                                    "not processed")
            else:
                todo.append(i)
        for stage in self.stages:
            if len(todo) > 1:
                stage.prepare([out[i] for i in todo])
            for i in todo:
                out[i] = stage(out[i])
        for i in todo:
            out[i].tracked = None
        return out
