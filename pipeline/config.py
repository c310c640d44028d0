"""Pipeline configs: YAML (safe loading only), validated against each backend's options.

A config names the stage order and one block per stage::

    pipeline: [normalize, segment]
    stages:
      normalize: {backend: hazm_repair, enabled: true, ...backend options}
      segment:   {backend: rules}

Every error is one line naming the file, the key and what is allowed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from .errors import ConfigError
from .registry import get_backend, stage_names
from .stages.base import StageOptions

TOP_LEVEL_KEYS = ("pipeline", "stages", "limits")


@dataclass
class StageConfig:
    name: str
    backend: str
    enabled: bool
    options: StageOptions


@dataclass
class Limits:
    """Guards for hostile input; exceeding one is reported on the document, never a crash."""

    max_doc_chars: int = 2_000_000
    max_doc_seconds: int = 60  # per-document time budget in batch runs (faie run); over it → errors file


@dataclass
class PipelineConfig:
    path: Path | None
    stages: list[StageConfig]
    limits: Limits = field(default_factory=Limits)
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def filled(self) -> dict[str, Any]:
        """The config with every default spelled out (saved beside outputs and models)."""
        return {
            "pipeline": [s.name for s in self.stages],
            "stages": {s.name: {"backend": s.backend, "enabled": s.enabled, **s.options.model_dump(mode="json")}
                       for s in self.stages},
            "limits": vars(self.limits).copy(),
        }


Model = TypeVar("Model")


def load_yaml_as(path: Path, model: type[Model]) -> Model:
    """A YAML file (training configs, bench configs) validated by a pydantic model; the first problem is
    one line, ``file: key: message``."""
    try:
        return model.model_validate(load_yaml(path) or {})  # type: ignore[attr-defined]
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(f"{path}: {'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from None


def load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}{where}: not valid YAML ({problem})") from None


def apply_override(raw: dict[str, Any], override: str, source: str) -> None:
    """``stage.key=value`` (value parsed as YAML) → ``raw['stages'][stage][key]``;
    ``pipeline=[a,b]`` and ``limits.key=value`` address the top level."""
    path, sep, value = override.partition("=")
    if not sep or not path:
        raise ConfigError(f"--set {override!r}: expected stage.key=value")
    try:
        parsed = yaml.safe_load(value)
    except yaml.YAMLError:
        parsed = value
    keys = path.strip().split(".")
    if keys[0] in TOP_LEVEL_KEYS:
        target = raw
    else:
        target = raw.setdefault("stages", {})
    for key in keys[:-1]:
        nxt = target.setdefault(key, {})
        if not isinstance(nxt, dict):
            raise ConfigError(f"{source}: --set {path}: {key!r} is not a section")
        target = nxt
    target[keys[-1]] = parsed


def load_config(path: str | Path | None, overrides: list[str] | None = None,
                raw: dict[str, Any] | None = None) -> PipelineConfig:
    if raw is None:
        if path is None:
            raise ConfigError("no config given")
        path = Path(path)
        raw = load_yaml(path)
    source = str(path) if path is not None else "<config>"
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping with keys {', '.join(TOP_LEVEL_KEYS)}")
    for override in overrides or []:
        apply_override(raw, override, source)
    return parse_config(raw, Path(path) if path is not None else None)


def parse_config(raw: dict[str, Any], path: Path | None) -> PipelineConfig:
    source = str(path) if path else "<config>"
    unknown = [k for k in raw if k not in TOP_LEVEL_KEYS]
    if unknown:
        raise ConfigError(f"{source}: {unknown[0]}: unknown key; allowed: {', '.join(TOP_LEVEL_KEYS)}")
    order = raw.get("pipeline")
    if not isinstance(order, list) or not all(isinstance(s, str) for s in order):
        raise ConfigError(f"{source}: pipeline: expected a list of stage names from: {', '.join(stage_names())}")
    blocks = raw.get("stages") or {}
    if not isinstance(blocks, dict):
        raise ConfigError(f"{source}: stages: expected a mapping of stage name to its settings")
    for name in blocks:
        if name not in order:
            raise ConfigError(f"{source}: stages.{name}: not in pipeline {order}; add it there or remove the block")
    for i, name in enumerate(order):
        if name not in stage_names():
            raise ConfigError(f"{source}: pipeline: unknown stage {name!r}; known stages: {', '.join(stage_names())}")
        if name in order[:i]:
            raise ConfigError(f"{source}: pipeline: stage {name!r} listed twice")
    stages = [_parse_stage(name, blocks.get(name) or {}, source, path) for name in order]
    return PipelineConfig(path=path, stages=stages, limits=_parse_limits(raw.get("limits") or {}, source), raw=raw)


def _parse_stage(name: str, block: Any, source: str, path: Path | None) -> StageConfig:
    if not isinstance(block, dict):
        raise ConfigError(f"{source}: stages.{name}: expected a mapping with 'backend' and its options")
    block = dict(block)
    backend = block.pop("backend", None)
    enabled = block.pop("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{source}: stages.{name}.enabled: expected true or false, got {enabled!r}")
    if not isinstance(backend, str):
        raise ConfigError(f"{source}: stages.{name}.backend: required; name one of the stage's backends")
    try:
        cls = get_backend(name, backend)
    except ConfigError as exc:
        raise ConfigError(f"{source}: stages.{name}.backend: {exc}") from None
    base_dir = path.parent if path else Path.cwd()
    try:
        options = cls.Options.model_validate(block, context={"base_dir": base_dir})
    except ValidationError as exc:
        raise ConfigError(f"{source}: {_describe(exc, f'stages.{name}', cls.Options)}") from None
    return StageConfig(name, backend, enabled, options)


def _parse_limits(block: Any, source: str) -> Limits:
    if not isinstance(block, dict):
        raise ConfigError(f"{source}: limits: expected a mapping")
    allowed = vars(Limits())
    for key, value in block.items():
        if key not in allowed:
            raise ConfigError(f"{source}: limits.{key}: unknown key; allowed: {', '.join(allowed)}")
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ConfigError(f"{source}: limits.{key}: expected a positive integer, got {value!r}")
    return Limits(**block)


def _describe(exc: ValidationError, prefix: str, model: type[StageOptions]) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    key = f"{prefix}.{loc}" if loc else prefix
    if err["type"] == "extra_forbidden":
        allowed = ", ".join(["backend", "enabled", *model.model_fields]) or "none"
        return f"{key}: unknown key; allowed: {allowed}"
    got = err.get("input")
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return f"{key}: {msg} (got {got!r})"
