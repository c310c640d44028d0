"""Pretraining a spaCy tok2vec on the project's raw text (``spacy pretrain``, characters objective).

The syntax model learns from about 80k annotated words; the raw text (PerDT and Seraji train sentences,
FarsNews, Varzesh3: 1.7M words) is twenty times that. ``spacy pretrain`` teaches the tok2vec of a spaCy
config to predict the first and last characters of each word from its context (the vectors objective
would be trivial: the tok2vec already reads the static vectors). A training config then starts from the
weights with ``init_tok2vec``; it must use the same spaCy config (tok2vec) and vectors.

    faie train pretrain --config configs/train/pretrain_syntax.yaml
"""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..config import load_yaml_as
from ..errors import InputError
from .vectors import RAW_TEXT_FILES, TEXT_CONFIG, spacy_vectors


class Pretraining(BaseModel):
    model_config = ConfigDict(extra="forbid")
    spacy_config: str                             # whose tok2vec is pretrained; relative to this YAML file
    output: str                                   # weights file (.bin), relative to this YAML file
    vectors: str | None = None                    # the static vectors the training config uses
    prune_vectors: int = Field(-1, ge=-1)         # as the training config prunes them (-1: all)
    raw_text: list[str] = list(RAW_TEXT_FILES)    # one sentence or paragraph a line, paths under --corpora
    max_words: int = Field(0, ge=0)               # 0: all the raw text
    epochs: int = Field(2, gt=0)
    seed: int = 0


def load_pretraining_config(path: Path) -> Pretraining:
    return load_yaml_as(path, Pretraining)


def raw_docs(corpora: Path, files: list[str], vocab, max_words: int = 0):
    """spaCy Docs of the raw-text sentences, tokenized as the pipeline tokenizes."""
    from spacy.tokens import Doc

    from .vectors import segmented_sentences

    total = 0
    for words in segmented_sentences(corpora, TEXT_CONFIG, files):
        if len(words) < 3:
            continue
        yield Doc(vocab, words=words)
        total += len(words)
        if max_words and total >= max_words:
            return


def pretrain_tok2vec(config_path: Path, corpora: Path, command: str, log=print) -> dict:
    """Run ``spacy pretrain`` as the config says; write the weights and a JSON summary next to them."""
    import spacy
    from spacy.cli.init_config import fill_config
    from spacy.tokens import DocBin
    from spacy.training.pretrain import pretrain

    cfg = load_pretraining_config(config_path)
    for rel in cfg.raw_text:
        if not (corpora / rel).exists():
            raise InputError(f"{config_path}: raw text not found: {corpora / rel} (set --corpora)")
    here = config_path.parent
    weights = (here / cfg.output).resolve()
    work = Path(tempfile.mkdtemp(prefix="faie-pretrain-"))
    try:
        started = time.time()
        nlp = spacy.blank("fa")
        docs = list(raw_docs(corpora, cfg.raw_text, nlp.vocab, cfg.max_words))
        words = sum(len(d) for d in docs)
        DocBin(docs=docs).to_disk(work / "raw.spacy")
        log(f"raw text: {len(docs)} sentences, {words} words ({time.time() - started:.0f} s)")
        filled = work / "config.cfg"
        fill_config(filled, here / cfg.spacy_config, pretraining=True, silent=True)
        overrides = {"pretraining.max_epochs": cfg.epochs, "system.seed": cfg.seed}
        if cfg.vectors:
            spacy_vectors(here / cfg.vectors, work / "vectors", cfg.prune_vectors)
            overrides["paths.vectors"] = str(work / "vectors")
        config = spacy.util.load_config(filled, overrides=overrides, interpolate=False)
        # our tokens, not spaCy's tokenizer's: the raw sentences go in as a DocBin
        config["corpora"]["pretrain"] = {"@readers": "spacy.Corpus.v1", "path": str(work / "raw.spacy"),
                                         "max_length": 0, "gold_preproc": False, "limit": 0, "augmenter": None}
        out = work / "out"
        out.mkdir()
        started = time.time()
        pretrain(config.interpolate(), out, silent=False)
        seconds = time.time() - started
        weights.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(out / "model-last.bin", weights)
        epochs = [json.loads(line) for line in (out / "log.jsonl").read_text().splitlines()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary = {"weights": str(weights), "sentences": len(docs), "words": words, "epochs": cfg.epochs,
               "seconds": round(seconds), "epoch_loss": [round(e["epoch_loss"]) for e in epochs[:-1]],
               "command": command}
    summary_path(weights).write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


def existing_weights(config_path: Path, rel: str) -> Path:
    """The ``init_tok2vec`` file a training config names, checked before training starts."""
    weights = config_path.parent / rel
    if not weights.exists():
        raise InputError(f"{config_path}: init_tok2vec not found: {weights} "
                         "(make it with `faie train pretrain --config configs/train/pretrain_*.yaml`)")
    return weights


def config_for_init(spacy_config: Path, work: Path) -> Path:
    """The spaCy config with its [pretraining] block filled in: spaCy loads ``init_tok2vec`` only when that
    block names the component to load into, and otherwise ignores the weights without a word."""
    from spacy.cli.init_config import fill_config

    filled = work / f"{spacy_config.stem}.pretrained.cfg"
    fill_config(filled, spacy_config, pretraining=True, silent=True)
    return filled


def summary_path(weights: Path) -> Path:
    return weights.with_suffix(".json")


def describe(weights: Path) -> str:
    """One line for a model card: what the pretrained weights were trained on and how."""
    info = summary_path(weights)
    if not info.exists():
        return f"tok2vec initialised from {weights.name} (no pretraining summary next to it)"
    s = json.loads(info.read_text(encoding="utf-8"))
    return (f"tok2vec initialised from `spacy pretrain` (characters objective) on {s['words']:,} words of the "
            f"raw text, {s['epochs']} epochs, {s['seconds'] / 60:.0f} min: `{s['command']}`")
