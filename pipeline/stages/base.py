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

    def __call__(self, doc: Document) -> Document:
        return self.process(doc)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)

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
