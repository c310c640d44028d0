"""Named stage backends. A backend registers itself with ``@register("segment", "rules")``;
configs pick it by that name. Backends live in ``pipeline/stages/<stage>.py``."""
from __future__ import annotations

import importlib
from typing import Callable, TypeVar

from .errors import ConfigError

T = TypeVar("T")

_BACKENDS: dict[str, dict[str, type]] = {}

# Stage name → module that registers its backends; imported on first use so that
# `faie --help` does not pay for loading every model library.
STAGE_MODULES = {
    "normalize": "pipeline.stages.normalize",
    "segment": "pipeline.stages.segment",
    "tag": "pipeline.stages.tag",
    "lemmatize": "pipeline.stages.lemmatize",
    "parse": "pipeline.stages.parse",
    "ner": "pipeline.stages.ner",
    "link": "pipeline.stages.link",
    "relations": "pipeline.stages.relations",
}


def register(stage: str, backend: str) -> Callable[[T], T]:
    def decorate(cls: T) -> T:
        cls.stage = stage  # type: ignore[attr-defined]
        cls.backend = backend  # type: ignore[attr-defined]
        _BACKENDS.setdefault(stage, {})[backend] = cls  # type: ignore[assignment]
        return cls

    return decorate


def stage_names() -> list[str]:
    return list(STAGE_MODULES)


def backends(stage: str) -> dict[str, type]:
    if stage not in STAGE_MODULES:
        raise ConfigError(f"unknown stage {stage!r}; known stages: {', '.join(STAGE_MODULES)}")
    importlib.import_module(STAGE_MODULES[stage])
    return _BACKENDS.get(stage, {})


def get_backend(stage: str, backend: str) -> type:
    found = backends(stage)
    if backend not in found:
        raise ConfigError(f"stage {stage!r} has no backend {backend!r}; available: {', '.join(sorted(found))}")
    return found[backend]
