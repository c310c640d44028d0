"""Training the NER backends (spaCy ``ner`` on its own tok2vec, a crfsuite CRF, or stanza's BiLSTM-CRF tagger)
on the union of the NER corpora mapped to the pipeline's types (``ner_data``), then scoring the model on each
evaluation set.

A training config (YAML, ``configs/train/ner_*.yaml``) names the backend, the corpora with their formats,
the evaluation sets (never trained on: training sentences identical to an evaluation sentence are dropped)
and the backend's settings. Corpus paths are relative to ``--corpora``, other paths to the YAML file.

    faie train ner --config configs/train/ner_spacy.yaml
    faie train ner --config configs/train/ner_crf.yaml
    faie train ner --config configs/train/ner_stanza.yaml    # needs the stanza extra
"""
from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..config import load_yaml_as
from ..errors import ConfigError, InputError
from ..stages.ner import STANZA_FILE
from .cards import write_card
from .ner_data import FORMATS, NerSentence, dedupe_against, gazetteer_summary, read_corpus, spans_to_iob
from .vectors import spacy_vectors


class NerCorpus(BaseModel):
    model_config = ConfigDict(extra="forbid")
    corpus: str                                     # path under --corpora
    format: Literal[FORMATS]                        # type: ignore[valid-type]
    holdout: float = Field(0.0, ge=0.0, lt=1.0)     # fraction kept apart for early stopping (spaCy, stanza)
    name: str | None = None                         # evaluation sets: the name in scores and reports


class CrfSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    c1: float = 0.05                # L1: also what keeps the model file small
    c2: float = 0.01
    max_iterations: int = Field(150, gt=0)
    min_freq: int = Field(1, ge=0)  # features seen fewer times are dropped
    # feature set v2: k-means clusters (one per granularity) of the L2-normalized `vectors`, for the token and its
    # ±1 neighbours; the table ships in the model folder (clusters.tsv.gz)
    clusters: list[int] = []
    vectors: str | None = None      # word2vec text file, relative to this YAML file (needed with clusters)

    @field_validator("clusters")
    @classmethod
    def _granularities(cls, v: list[int]) -> list[int]:
        if any(k < 2 for k in v) or len(set(v)) != len(v):
            raise ValueError("cluster counts must be distinct and at least 2")
        return v

    @model_validator(mode="after")
    def _clusters_need_vectors(self) -> "CrfSettings":
        if bool(self.clusters) != bool(self.vectors):
            raise ValueError("clusters and vectors go together (feature set v2)")
        return self


class NerTraining(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["spacy", "crf", "stanza"]
    output: str                                     # model folder, relative to this YAML file
    train: list[NerCorpus]
    dev: list[NerCorpus] = []                       # early stopping (spaCy, stanza), besides the holdouts
    evaluate: list[NerCorpus] = []                  # scored into the card; never trained on
    seed: int = 0
    # spaCy and stanza
    vectors: str | None = None                      # word2vec text file, relative to this YAML file
    max_steps: int = Field(3000, gt=0)
    max_minutes: float | None = Field(None, gt=0)   # stop training after this long; the best checkpoint so far is kept
    overrides: dict[str, str | int | float | bool] = {}   # spaCy config values, or stanza trainer flags (true → --flag)
    # spaCy
    spacy_config: str | None = None                 # relative to this YAML file
    prune_vectors: int = Field(-1, ge=-1)           # keep this many vectors (-1: all)
    init_tok2vec: str | None = None                 # weights from `faie train pretrain` (same spaCy config, vectors)
    # CRF
    crf: CrfSettings = CrfSettings()


def load_training_config(path: Path) -> NerTraining:
    cfg = load_yaml_as(path, NerTraining)
    if cfg.backend == "spacy" and not cfg.spacy_config:
        raise ConfigError(f"{path}: spacy_config: required for backend spacy")
    if cfg.backend == "stanza" and not cfg.vectors:
        raise ConfigError(f"{path}: vectors: required for backend stanza (its tagger needs pretrained word vectors)")
    return cfg


def _split_holdout(sents: list[NerSentence], fraction: float, seed: int):
    if not fraction:
        return sents, []
    idx = list(range(len(sents)))
    random.Random(seed).shuffle(idx)
    k = int(round(len(sents) * fraction))
    held = set(idx[:k])
    return [s for i, s in enumerate(sents) if i not in held], [s for i, s in enumerate(sents) if i in held]


def load_data(cfg: NerTraining, corpora: Path, config_path: Path, log=print):
    for key, c in ([("train", c) for c in cfg.train] + [("dev", c) for c in cfg.dev]
                   + [("evaluate", c) for c in cfg.evaluate]):
        if not (corpora / c.corpus).exists():
            raise InputError(f"{config_path}: {key} corpus not found: {corpora / c.corpus} (set --corpora)")
    evals = [read_corpus(corpora / c.corpus, c.format) for c in cfg.evaluate]
    train, dev = [], []
    for c in cfg.train:
        sents = read_corpus(corpora / c.corpus, c.format)
        sents, dropped = dedupe_against(sents, evals)
        kept, held = _split_holdout(sents, c.holdout, cfg.seed)
        train += kept
        dev += held
        log(f"{c.corpus}: {len(kept)} training sentences, {len(held)} held out, {dropped} dropped (in an evaluation set)")
    for c in cfg.dev:
        sents, dropped = dedupe_against(read_corpus(corpora / c.corpus, c.format), evals)
        dev += sents
        log(f"{c.corpus}: {len(sents)} dev sentences, {dropped} dropped (in an evaluation set)")
    counts = Counter(lab for s in train for *_, lab in s.spans)
    log(f"training entities: {dict(sorted(counts.items()))}")
    return train, dev


def train_ner(config_path: Path, corpora: Path, command: str, log=print) -> dict:
    cfg = load_training_config(config_path)
    train, dev = load_data(cfg, corpora, config_path, log)
    output = (config_path.parent / cfg.output).resolve()
    t0 = time.perf_counter()
    if cfg.backend == "crf":
        train_crf(cfg, config_path, train, output, log)
    elif cfg.backend == "stanza":
        train_stanza(cfg, config_path, train, dev, output, log)
    else:
        train_spacy(cfg, config_path, train, dev, output, log)
    minutes = round((time.perf_counter() - t0) / 60, 1)
    shutil.copy(config_path, output / "training.yaml")
    scores = evaluate_model(output, cfg.backend, cfg.evaluate, corpora)
    (output / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False), encoding="utf-8")
    used = [c.corpus for c in cfg.train + cfg.dev]
    if cfg.vectors or cfg.init_tok2vec or cfg.crf.vectors:   # the vectors were trained on raw text
        from .vectors import RAW_TEXT_FILES

        used += list(RAW_TEXT_FILES)
    files = {"spacy": ["config.cfg (spaCy, filled)", "training.yaml"],
             "crf": ["model.crfsuite (crfsuite format)", "meta.json", "training.yaml"]
                    + (["clusters.tsv.gz (word clusters, gzipped TSV)"] if cfg.crf.clusters else []),
             "stanza": [f"{STANZA_FILE} (stanza NER tagger, torch tensors)", "pretrain.pt (word vectors)",
                        "training.yaml"]}[cfg.backend]
    notes = ["types: PER, ORG, GPE, LOC, FAC, PRODUCT, EVENT (mapping: pipeline/resources/ner/labels.json; "
             "a corpus `loc` is GPE when its normalized text is in resources/ner/gpe_*.txt or starts with a "
             "word of gpe_prefixes.txt, else LOC); PEYMA DAT/TIM/MON/PCT and ParsTwiNER NAT dropped, ParsTwiNER "
             "POG (political groups) taught as ORG",
             f"GPE/LOC split also asked {gazetteer_summary()} at training time",
             "tokens normalized by the normalize stage (characters, ZWNJ) before training, as at run time",
             f"training sentences identical to an evaluation sentence dropped; {len(train)} training, "
             f"{len(dev)} dev sentences; training took {minutes} min",
             "scores: entity-level exact span+type F1 (%) on gold tokens; GPE+LOC scored as LOC (see "
             "pipeline/evaluation/ner.py)"]
    if cfg.backend == "spacy" and cfg.init_tok2vec:
        from .pretrain import describe

        notes.append(describe(config_path.parent / cfg.init_tok2vec))
    if cfg.backend == "spacy":
        notes.append(f"vectors: {'fastText from pipeline.training.vectors, pruned to ' + str(cfg.prune_vectors) if cfg.vectors else 'none'}")
    elif cfg.backend == "stanza":
        from .stanza_trainer import stanza_version

        notes.append(f"stanza {stanza_version()} NER tagger (BiLSTM-CRF over words and characters, no character "
                     f"language model), CPU, stopped at {cfg.max_minutes} min or its own early stopping; best dev "
                     f"checkpoint kept; trainer flags {cfg.overrides or 'stanza defaults'}; vectors: the project's "
                     "fastText file as stanza's pretrain.pt")
    else:
        notes.append(f"CRF (python-crfsuite, L-BFGS): c1={cfg.crf.c1}, c2={cfg.crf.c2}, "
                     f"{cfg.crf.max_iterations} iterations, feature min_freq={cfg.crf.min_freq}")
        if cfg.crf.clusters:
            meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
            notes.append(f"feature set v2: MiniBatchKMeans (seed {cfg.seed}) clusters {cfg.crf.clusters} of the "
                         f"{meta['cluster_words']} L2-normalized fastText vectors ({cfg.crf.vectors}), token and ±1")
    write_card(output, title=f"NER model ({cfg.backend})", command=command, config_files=files, corpora=used,
               notes=notes, scores={k: {"f1": v["f1"], "precision": v["precision"], "recall": v["recall"],
                                        "per_type_f1": {t: x["f1"] for t, x in v["per_type"].items()}}
                                    for k, v in scores.items()})
    return {k: v["f1"] for k, v in scores.items()}


def evaluate_model(model: Path, backend: str, sets: list[NerCorpus], corpora: Path) -> dict:
    from types import SimpleNamespace

    from ..evaluation.ner import evaluate_gold_tokens
    from ..registry import get_backend

    cls = get_backend("ner", backend)
    stage = cls(cls.Options.model_validate({"model": str(model)}))
    pipeline = SimpleNamespace(stages=[stage])  # gold tokens go straight to the ner stage
    return {(c.name or c.corpus): evaluate_gold_tokens(pipeline, corpora / c.corpus, c.format) for c in sets}


# -- CRF ---------------------------------------------------------------------------------------------

def train_crf(cfg: NerTraining, config_path: Path, train: list[NerSentence], output: Path, log=print) -> None:
    import pycrfsuite

    from ..stages.ner import CLUSTER_FILE, CRF_FILE, crf_features

    clusters = None
    if cfg.crf.clusters:
        vec = config_path.parent / cfg.crf.vectors
        if not vec.exists():
            raise InputError(f"{config_path}: crf.vectors not found: {vec} "
                             "(python -m pipeline.training.vectors --out build/vectors/fa.vec)")
        rows = word_clusters(vec, cfg.crf.clusters, cfg.seed, config_path)
        clusters = {w: tuple(f"c{k}={c}" for k, c in zip(cfg.crf.clusters, ids)) for w, ids in rows}
        log(f"clusters {cfg.crf.clusters} of {len(rows)} words")
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for s in train:
        trainer.append(crf_features(s.tokens, clusters), spans_to_iob(s.spans, len(s.tokens)))
    trainer.set_params({"c1": cfg.crf.c1, "c2": cfg.crf.c2, "max_iterations": cfg.crf.max_iterations,
                        "feature.minfreq": cfg.crf.min_freq, "feature.possible_transitions": True})
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    trainer.train(str(output / CRF_FILE))
    last = trainer.logparser.last_iteration or {}
    log(f"CRF: {last.get('num', '?')} iterations, loss {last.get('loss', '?')}")
    labels = sorted({t for s in train for t in spans_to_iob(s.spans, len(s.tokens))})
    meta = {"features": "v1", "backend": "crf", "labels": labels}
    if clusters is not None:
        _write_clusters(output / CLUSTER_FILE, cfg.crf.clusters, rows)
        meta.update(features="v2", clusters=cfg.crf.clusters, cluster_words=len(rows))
    (output / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")


def word_clusters(vec_file: Path, sizes: list[int], seed: int, config_path: Path) -> list[tuple[str, list[int]]]:
    """(lowercased word, its cluster id at each granularity) for the words of a word2vec text file: MiniBatchKMeans
    (fixed seed, one thread) over the L2-normalized vectors; a word met again lowercased keeps its first (most
    frequent) row."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans
    from threadpoolctl import threadpool_limits

    words, vecs, seen = [], [], set()
    with vec_file.open(encoding="utf-8") as handle:
        dims = int(next(handle).split()[1])   # header: rows, dimensions
        for lineno, line in enumerate(handle, 2):
            word, *values = line.rstrip("\n").split(" ")
            try:
                vec = np.asarray(values, dtype=np.float32)
            except ValueError:
                vec = None
            if vec is None or vec.shape != (dims,):
                raise InputError(f"{vec_file}:{lineno}: expected a word and {dims} numbers (word2vec text format)")
            word = word.lower()
            if word and word not in seen and "\t" not in word:
                seen.add(word)
                words.append(word)
                vecs.append(vec)
    x = np.vstack(vecs)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-8)
    if max(sizes) > len(words):
        raise ConfigError(f"{config_path}: crf.clusters: {max(sizes)} clusters for {len(words)} words in {vec_file}")
    with threadpool_limits(1):
        ids = [MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=4096).fit_predict(x)
               for k in sizes]
    return [(w, [int(c[i]) for c in ids]) for i, w in enumerate(words)]


def _write_clusters(path: Path, sizes: list[int], rows: list[tuple[str, list[int]]]) -> None:
    import gzip

    text = "\t".join(["word"] + [f"c{k}" for k in sizes]) + "\n"
    text += "".join(w + "\t" + "\t".join(map(str, ids)) + "\n" for w, ids in rows)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as gz:
        gz.write(text.encode("utf-8"))   # mtime 0: the same table gives the same bytes


# -- stanza ----------------------------------------------------------------------------------------

def train_stanza(cfg: NerTraining, config_path: Path, train, dev, output: Path, log=print) -> None:
    """stanza's own NER trainer (``python -m stanza.models.ner_tagger``) on our sentences as stanza JSON."""
    from .stanza_trainer import build_pretrain, require_stanza, run_budgeted, trainer_flags

    require_stanza()
    if not dev:
        raise ConfigError(f"{config_path}: give a dev corpus or a holdout fraction for early stopping")
    vectors = (config_path.parent / cfg.vectors).resolve()
    if output.exists():
        shutil.rmtree(output)
    work = output / "work"
    work.mkdir(parents=True)
    for name, sents in (("train", train), ("dev", dev)):
        rows = [[{"text": tok, "ner": tag} for tok, tag in zip(s.tokens, spans_to_iob(s.spans, len(s.tokens)))]
                for s in sents]
        (work / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    cmd = [sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", "fa_faie",
           "--train_file", str(work / "train.json"), "--eval_file", str(work / "dev.json"),
           "--wordvec_pretrain_file", str(build_pretrain(vectors, output)),
           "--save_dir", str(output), "--save_name", STANZA_FILE, "--seed", str(cfg.seed),
           "--max_steps", str(cfg.max_steps), "--cpu"]
    cmd += trainer_flags(cfg.overrides)
    info = run_budgeted(cmd, cfg.max_minutes or 24 * 60, work / "ner.log", threads=1, log=log)
    if not (output / STANZA_FILE).exists():
        raise InputError(f"{config_path}: stanza saved no model within {cfg.max_minutes} min (log: {work / 'ner.log'})")
    log(f"{STANZA_FILE}: trained in {info['minutes']} min" + (" (stopped at max_minutes)" if info["stopped_at_budget"] else ""))
    shutil.move(work / "ner.log", output / "training.log")
    shutil.rmtree(work)


# -- spaCy -----------------------------------------------------------------------------------------

def _docbin(sents: list[NerSentence], vocab):
    from spacy.tokens import Doc, DocBin, Span

    docs = []
    for s in sents:
        doc = Doc(vocab, words=s.tokens)
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in s.spans]
        docs.append(doc)
    return DocBin(docs=docs, store_user_data=False)


def train_spacy(cfg: NerTraining, config_path: Path, train, dev, output: Path, log=print) -> None:
    import spacy
    from spacy.cli.train import train as spacy_train

    if not dev:
        raise ConfigError(f"{config_path}: give a dev corpus or a holdout fraction for early stopping")
    here = config_path.parent
    nlp = spacy.blank("fa")
    work = Path(tempfile.mkdtemp(prefix="faie-ner-"))
    try:
        _docbin(train, nlp.vocab).to_disk(work / "train.spacy")
        _docbin(dev, nlp.vocab).to_disk(work / "dev.spacy")
        overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                     "system.seed": cfg.seed, "training.max_steps": cfg.max_steps, **cfg.overrides}
        spacy_config = here / cfg.spacy_config
        if cfg.vectors:
            vec = here / cfg.vectors
            if not vec.exists():
                raise InputError(f"{config_path}: vectors not found: {vec} "
                                 "(python -m pipeline.training.vectors --out build/vectors/fa.vec)")
            spacy_vectors(vec, work / "vectors", cfg.prune_vectors)
            overrides["paths.vectors"] = str(work / "vectors")
        if cfg.init_tok2vec:
            from .pretrain import config_for_init, existing_weights

            overrides["paths.init_tok2vec"] = str(existing_weights(config_path, cfg.init_tok2vec))
            spacy_config = config_for_init(spacy_config, work)
        if cfg.max_minutes:
            _register_time_limit()
            overrides["training.before_update"] = {"@callbacks": "faie.time_limit.v1", "minutes": cfg.max_minutes}
        try:
            spacy_train(spacy_config, work / "out", overrides=overrides)
        except TimeLimit as exc:
            log(f"stopped: {exc}; keeping the best checkpoint")
        if not (work / "out" / "model-best").exists():
            raise InputError(f"{config_path}: training stopped before the first evaluation; raise max_minutes")
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(work / "out" / "model-best", output)
        _drop_training_callback(output / "config.cfg")
    finally:
        shutil.rmtree(work, ignore_errors=True)


class TimeLimit(Exception):
    """Raised inside spaCy's training loop when ``max_minutes`` have passed (spaCy then saves its checkpoints)."""


def _register_time_limit() -> None:
    import spacy

    if "faie.time_limit.v1" in spacy.registry.callbacks:
        return

    @spacy.registry.callbacks("faie.time_limit.v1")
    def time_limit(minutes: float):
        deadline = time.monotonic() + 60 * minutes

        def before_update(nlp, args):
            if time.monotonic() > deadline:
                raise TimeLimit(f"{minutes} min reached at step {args.get('step')}")

        return before_update


def _drop_training_callback(cfg_file: Path) -> None:
    """The saved model must load without our callback registered: reset training.before_update."""
    from thinc.api import Config

    config = Config().from_disk(cfg_file, interpolate=False)
    config["training"]["before_update"] = None
    config.to_disk(cfg_file)

