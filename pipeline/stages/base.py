"""The contract every stage backend follows."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, ClassVar, Iterable, Iterator

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationInfo

from ..document import Document


class StageOptions(BaseModel):
    """Options of one backend. Unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # file suffixes this backend reads with a loader that cannot run code although the format is pickle-based
    # (torch.load(weights_only=True) for stanza's .pt); every other pickle in a path option is refused
    restricted_unpickle: ClassVar[tuple[str, ...]] = ()


class Stage:
    """One pipeline stage: reads the layers in ``requires``, writes those in ``provides``.

    Backends subclass this, declare an ``Options`` model and implement ``process``.
    ``base_dir`` is the folder of the config file; relative paths in options resolve against it.
    """

    stage: ClassVar[str]
    backend: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()
    Options: ClassVar[type[StageOptions]] = StageOptions

    def __init__(self, options: StageOptions, base_dir: Path | None = None):
        self.options = options
        self.base_dir = base_dir or Path.cwd()

    def process(self, doc: Document) -> Document:
        raise NotImplementedError

    def prepare(self, docs: list[Document]) -> None:
        """Optional work for several documents at once, ahead of ``process`` on each of them: spaCy's models run
        faster over the sentences of many documents than over one document's. It must not change the documents:
        whatever it does not get done, ``process`` does for its one document (so a failure here is retried there
        and becomes that document's failure, not the batch's)."""

    def __call__(self, doc: Document) -> Document:
        return self.process(doc)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


class Prepared:
    """Results that ``Stage.prepare`` computed for a batch of documents, looked up by document identity (not by
    ``id()`` alone: a freed document's id can be reused by the next one). Holds the last batch only."""

    def __init__(self):
        self._items: dict[int, tuple[Document, object]] = {}

    def keep(self, docs: list[Document], results: list) -> None:
        self._items = {id(d): (d, r) for d, r in zip(docs, results)}

    def get(self, doc: Document):
        entry = self._items.get(id(doc))
        return entry[1] if entry is not None and entry[0] is doc else None

    def missing(self, docs: list[Document]) -> list[Document]:
        return [d for d in docs if self.get(d) is None]

    def __repr__(self) -> str:
        return f"<{self.stage}:{self.backend}>"


def _existing_path(value: Path, info: ValidationInfo) -> Path:
    """Resolve a path against the config's folder and require that it exists."""
    base = Path((info.context or {}).get("base_dir", Path.cwd()))
    path = value if value.is_absolute() else base / value
    if not path.exists():
        raise ValueError(f"path does not exist: {path}")
    return path.resolve()


# A file or folder an option points at (a model, a lexicon): checked when the config loads.
ExistingPath = Annotated[Path, AfterValidator(_existing_path)]
