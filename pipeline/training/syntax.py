"""Training the spaCy syntax model (morphologizer, tagger, lemmatizer, parser on one tok2vec).

A training config (YAML, ``configs/train/*.yaml``) names the spaCy config, the treebanks with the
scheme each follows, the held-out fraction for early stopping and the word vectors; paths to
corpora are relative to ``--corpora`` (default ``../shared/corpora``), other paths to the config.

    faie train parser --config configs/train/syntax_spacy.yaml   (its teacher first: configs/train/syntax_spacy_teacher.yaml)
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..config import load_yaml, load_yaml_as
from ..errors import ConfigError, InputError
from .cards import write_card
from .pretrain import config_for_init, describe, existing_weights
from .ud_data import split_holdout
from .vectors import RAW_TEXT_FILES, spacy_vectors


class Treebank(BaseModel):
    model_config = ConfigDict(extra="forbid")
    corpus: str | None = None                     # CoNLL-U path under --corpora
    file: str | None = None                       # or a CoNLL-U file of the project's (e.g. silver parses), relative to the YAML
    scheme: Literal["perdt", "seraji", "iperudt"] = "perdt"
    holdout: float = Field(0.0, ge=0.0, lt=1.0)    # fraction kept apart for early stopping
    share: float = Field(1.0, gt=0.0, le=1.0)      # of the rest, the share trained on (learning curves)

    @model_validator(mode="after")
    def _one_source(self) -> "Treebank":
        if (self.corpus is None) == (self.file is None):
            raise ValueError("give either corpus (under --corpora) or file (relative to the config), not both")
        return self

    @property
    def name(self) -> str:
        return self.corpus or self.file

    def path(self, corpora: Path, here: Path) -> Path:
        return corpora / self.corpus if self.corpus else here / self.file

    def split(self, items: list, seed: int) -> tuple[list, list]:
        """(training part, held-out part): the held-out slice first, then ``share`` of the rest."""
        kept, held = split_holdout(items, self.holdout, seed)
        if self.share < 1.0:
            _, kept = split_holdout(kept, self.share, seed + 1)
        return kept, held


class SyntaxTraining(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["spacy"] = "spacy"           # other backends: see train_component
    trains: list[Literal["tagger", "lemmatizer", "parser"]] = ["tagger", "lemmatizer", "parser"]
    spacy_config: str                             # relative to this YAML file
    output: str                                   # model folder, relative to this YAML file
    train: list[Treebank]
    evaluate: list[str] = []                      # CoNLL-U paths under --corpora, scored into the card
    vectors: str | None = None                    # word2vec text file, relative to this YAML file
    seed: int = 0
    max_steps: int = Field(2000, gt=0)
    overrides: dict[str, str | int | float | bool] = {}
    init_tok2vec: str | None = None               # weights from `faie train pretrain` (same spaCy config)


def load_training_config(path: Path) -> SyntaxTraining:
    return load_yaml_as(path, SyntaxTraining)


def train_component(component: str, config_path: Path, corpora: Path, command: str, log=print) -> dict:
    """Train ``component`` with the trainer of the backend the config names (``backend:``, default spacy)."""
    from ..errors import UsageError

    raw = load_yaml(config_path)
    backend = raw.get("backend", "spacy") if isinstance(raw, dict) else "spacy"
    if backend == "hazm":
        from .hazm_tagger import load_hazm_config as load, train_hazm as run
    elif backend == "stanza":
        from .stanza_trainer import load_stanza_config as load, train_stanza as run
    elif backend == "spacy":
        load, run = load_training_config, train_syntax
    else:
        raise ConfigError(f"{config_path}: backend: unknown training backend {backend!r}; known: spacy, hazm, stanza")
    trains = load(config_path).trains
    if component not in trains:
        raise UsageError(f"{config_path} trains {', '.join(trains)}, not {component}")
    return run(config_path, corpora, command=command, log=log)


def train_syntax(config_path: Path, corpora: Path, command: str, log=print) -> dict:
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    from .ud_data import read_treebank

    cfg = load_training_config(config_path)
    here = config_path.parent
    # Check every input before hours of training, not after.
    for key, path in [("train", tb.path(corpora, here)) for tb in cfg.train] + \
            [("evaluate", corpora / c) for c in cfg.evaluate]:
        if not path.exists():
            raise InputError(f"{config_path}: {key} corpus not found: {path} (set --corpora)")
    nlp = spacy.blank("fa")
    work = Path(tempfile.mkdtemp(prefix="faie-train-"))
    try:
        (work / "train").mkdir()
        held = []
        for i, tb in enumerate(cfg.train):
            docs = read_treebank(tb.path(corpora, here), tb.scheme, nlp.vocab)
            docs, hold = tb.split(docs, cfg.seed)
            held += hold
            DocBin(docs=docs).to_disk(work / "train" / f"{i}.spacy")
            log(f"{tb.name}: {len(docs)} training sentences ({sum(map(len, docs))} words), {len(hold)} held out")
        if not held:
            raise ConfigError(f"{config_path}: train: give at least one treebank a holdout fraction for early stopping")
        DocBin(docs=held).to_disk(work / "holdout.spacy")
        overrides = {"paths.train": str(work / "train"), "paths.dev": str(work / "holdout.spacy"),
                     "system.seed": cfg.seed, "training.max_steps": cfg.max_steps, **cfg.overrides}
        if cfg.vectors:
            vectors_dir = work / "vectors"
            spacy_vectors(here / cfg.vectors, vectors_dir)
            overrides["paths.vectors"] = str(vectors_dir)
        spacy_config = here / cfg.spacy_config
        if cfg.init_tok2vec:
            overrides["paths.init_tok2vec"] = str(existing_weights(config_path, cfg.init_tok2vec))
            spacy_config = config_for_init(spacy_config, work)
        spacy_train(spacy_config, work / "out", overrides=overrides)
        output = (here / cfg.output).resolve()
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(work / "out" / "model-best", output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    scores = {corpus: evaluate_gold_tokens(output, corpora / corpus) for corpus in cfg.evaluate}
    (output / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    shutil.copy(config_path, output / "training.yaml")
    used = [tb.corpus for tb in cfg.train if tb.corpus] + (list(RAW_TEXT_FILES) if cfg.vectors or cfg.init_tok2vec else [])
    write_card(output, title=f"spaCy syntax model ({', '.join(cfg.trains)})", command=command,
               config_files=["config.cfg (spaCy, filled)", "training.yaml"], corpora=used,
               notes=[f"held out for early stopping: {', '.join(f'{tb.holdout:.0%} of {tb.name}' for tb in cfg.train if tb.holdout)}",
                      *[f"trained on {tb.share:.0%} of the rest of {tb.name}" for tb in cfg.train if tb.share < 1.0],
                      *[f"also trained on {tb.file} (the project's own file; see the training config)"
                        for tb in cfg.train if tb.file],
                      "vectors: fastText trained by pipeline.training.vectors on the raw-text files listed"
                      if cfg.vectors else "no pretrained vectors",
                      describe(here / cfg.init_tok2vec) if cfg.init_tok2vec else "tok2vec randomly initialised",
                      "scores: CoNLL 2018 F1 on gold tokenization, per evaluation file"],
               scores=scores)
    return scores


def evaluate_gold_tokens(model: Path, gold: Path) -> dict:
    """UPOS/XPOS/UFeats/Lemmas/UAS/LAS of the model on gold tokenization (CoNLL 2018 scorer)."""
    from ..config import parse_config
    from ..core import Pipeline
    from ..evaluation.syntax import evaluate_gold_tokenization

    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              **{name: {"backend": "spacy", "model": str(model)} for name in ("tag", "lemmatize", "parse")}}
    pipeline = Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
    scores = evaluate_gold_tokenization(pipeline, gold)
    return {k: (v["f1"] if isinstance(v, dict) and "f1" in v else v) for k, v in scores.items()}
