"""Training stanza's POS tagger, lemmatizer and dependency parser with stanza's own trainers, offline.

    faie train tagger     --config configs/train/stanza_pos.yaml
    faie train lemmatizer --config configs/train/stanza_lemma.yaml
    faie train parser     --config configs/train/stanza_depparse.yaml

Each run trains one stanza model (``python -m stanza.models.tagger|lemmatizer|parser``) on the PerDT-scheme
treebanks of the config, minus the held-out slice (``split_holdout``, the same slice the spaCy and hazm
trainings hold out), which stanza uses as its dev set for model selection. Word vectors: the project's
fastText file converted to a stanza pretrain (``pretrain.pt``), or none (``--no_pretrain``).

CPU budget: stanza has no wall-clock limit, so the trainer runs under ``budget_minutes``; at the limit it is
stopped and the best checkpoint so far (stanza saves one whenever the dev score improves) is the model.

All models of one folder (default ``build/stanza/``, not committed: too large for ``models/``) share
``pretrain.pt``; the folder gets ``scores.json`` and a ``MODEL_CARD.md`` covering every model in it.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..config import load_yaml_as
from ..conllu import read_conllu
from ..errors import ConfigError, InputError, ModelError
from .cards import write_card
from .syntax import Treebank
from .vectors import RAW_TEXT_FILES

# faie component → stanza model module and file name in the model folder
MODELS = {"tagger": ("stanza.models.tagger", "pos.pt"),
          "lemmatizer": ("stanza.models.lemmatizer", "lemma.pt"),
          "parser": ("stanza.models.parser", "depparse.pt")}


class StanzaTraining(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["stanza"]
    trains: list[Literal["tagger", "lemmatizer", "parser"]]
    output: str                                   # model folder, relative to this YAML file
    train: list[Treebank]
    evaluate: list[str] = []
    vectors: str | None = None                    # word2vec text file → pretrain.pt (None: --no_pretrain)
    budget_minutes: float = Field(25, gt=0)
    threads: int = Field(1, gt=0)                 # torch threads (2 oversubscribe a shared 2-core machine)
    seed: int = 1234                              # stanza's training seed
    holdout_seed: int = 0                         # the split seed of the spaCy and hazm trainings
    args: dict[str, str | int | float | bool] = {}   # extra stanza trainer flags (--name value; true → --name)


def load_stanza_config(path: Path) -> StanzaTraining:
    cfg = load_yaml_as(path, StanzaTraining)
    if len(cfg.trains) != 1:
        raise ConfigError(f"{path}: trains: a stanza training config trains exactly one model, got {cfg.trains}")
    return cfg


def require_stanza():
    try:
        import stanza  # noqa: F401
    except ImportError:
        raise ConfigError("stanza is not installed: install the stanza extra (pip install -e \".[stanza]\")") from None
    return stanza


def split_files(cfg: StanzaTraining, corpora: Path, config_path: Path, out: Path) -> tuple[Path, Path]:
    """train.conllu and holdout.conllu: the treebanks' own lines, split as the other trainers split them."""
    train_blocks, held_blocks = [], []
    for tb in cfg.train:
        path = tb.path(corpora, config_path.parent)
        if not path.exists():
            raise InputError(f"{config_path}: train corpus not found: {path} (set --corpora)")
        if tb.scheme != "perdt":
            raise ConfigError(f"{config_path}: train: stanza learns PerDT tags; {tb.name} is {tb.scheme}")
        sents = [s for s in read_conllu(path) if s.words]   # validates every line (file:line errors)
        blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n")
                  if any(line and not line.startswith("#") for line in b.splitlines())]
        if len(blocks) != len(sents):
            raise InputError(f"{path}: {len(blocks)} sentence blocks but {len(sents)} sentences")
        kept, held = tb.split(blocks, cfg.holdout_seed)
        train_blocks += kept
        held_blocks += held
    if not held_blocks:
        raise ConfigError(f"{config_path}: train: give a treebank a holdout fraction (stanza's dev set)")
    out.mkdir(parents=True, exist_ok=True)
    files = (out / "train.conllu", out / "holdout.conllu")
    for file, blocks in zip(files, (train_blocks, held_blocks)):
        file.write_text("\n\n".join(b.strip("\n") for b in blocks) + "\n\n", encoding="utf-8")
    return files


def build_pretrain(vec_file: Path, out: Path) -> Path:
    """stanza's pretrain file (torch tensors + vocab) from a word2vec text file."""
    from stanza.models.common.pretrain import Pretrain

    if not vec_file.exists():
        raise InputError(f"{vec_file}: vectors file not found (python -m pipeline.training.vectors --out {vec_file})")
    target = out / "pretrain.pt"
    if not target.exists():
        pretrain = Pretrain(str(target), str(vec_file))
        pretrain.load()   # reads the text file and saves target
    return target


def trainer_flags(args: dict) -> list[str]:
    """Extra stanza trainer flags from a config mapping: ``--name value``; ``true`` → ``--name``; ``false`` → none."""
    flags: list[str] = []
    for key, value in args.items():
        if value is True:
            flags.append(f"--{key}")
        elif value is not False:
            flags += [f"--{key}", str(value)]
    return flags


def run_budgeted(cmd: list[str], minutes: float, log_file: Path, threads: int, log=print) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
    log(" ".join(cmd))
    t0 = time.time()
    with log_file.open("w", encoding="utf-8") as handle:
        proc = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        try:
            rc = proc.wait(timeout=minutes * 60)
            stopped = False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            rc, stopped = 0, True
    if rc != 0:
        tail = log_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
        raise ModelError(f"stanza training failed (exit {rc}): {tail[0] if tail else ''} (log: {log_file})")
    return {"minutes": round((time.time() - t0) / 60, 1), "stopped_at_budget": stopped}


def train_stanza(config_path: Path, corpora: Path, command: str, log=print) -> dict:
    require_stanza()
    cfg = load_stanza_config(config_path)
    component = cfg.trains[0]
    module, name = MODELS[component]
    here = config_path.parent
    for corpus in cfg.evaluate:
        if not (corpora / corpus).exists():
            raise InputError(f"{config_path}: evaluate corpus not found: {corpora / corpus} (set --corpora)")
    output = (here / cfg.output).resolve()
    work = output / "work"
    train_file, held_file = split_files(cfg, corpora, config_path, work)
    cmd = [sys.executable, "-m", module, "--mode", "train", "--shorthand", "fa_perdt",
           "--train_file", str(train_file), "--eval_file", str(held_file),
           "--output_file", str(work / f"{component}.pred.conllu"),
           "--save_dir", str(output), "--save_name", name, "--seed", str(cfg.seed)]
    if component == "parser":
        cmd += ["--no_checkpoint"]     # a resumable checkpoint is 3x the model; the best model is what we keep
    if component != "lemmatizer":   # the lemmatizer uses no word vectors
        cmd += ["--lang", "fa"]
        if cfg.vectors:
            cmd += ["--wordvec_pretrain_file", str(build_pretrain((here / cfg.vectors).resolve(), output))]
        else:
            cmd += ["--no_pretrain"]
    cmd += trainer_flags(cfg.args)
    (output / name).unlink(missing_ok=True)
    info = run_budgeted(cmd, cfg.budget_minutes, work / f"{component}.log", cfg.threads, log)
    if not (output / name).exists():
        raise ModelError(f"stanza saved no {name} within {cfg.budget_minutes} minutes (log: {work / f'{component}.log'})")
    log(f"{name}: trained in {info['minutes']} min" + (" (stopped at the budget)" if info["stopped_at_budget"] else ""))

    scores_file = output / "scores.json"
    all_scores = json.loads(scores_file.read_text(encoding="utf-8")) if scores_file.exists() else {}
    scores = {"training": info | {"budget_minutes": cfg.budget_minutes, "config": str(config_path)}}
    for corpus in cfg.evaluate:
        scores[corpus] = evaluate_stanza(output, corpora / corpus)
    all_scores[component] = scores
    scores_file.write_text(json.dumps(all_scores, indent=1), encoding="utf-8")
    shutil.copy(config_path, output / f"training-{component}.yaml")
    commands = all_scores.setdefault("_commands", {})
    commands[component] = command
    scores_file.write_text(json.dumps(all_scores, indent=1), encoding="utf-8")
    write_card(output, title="stanza POS / lemma / depparse models (trained offline on PerDT dev)",
               command="\n".join(f"flock /tmp/faie-train.lock {c}" for c in commands.values()),
               config_files=[f"training-{c}.yaml" for c in commands],
               corpora=[tb.name for tb in cfg.train] + ([f"{f} (raw text of the fastText vectors)"
                                                           for f in RAW_TEXT_FILES] if cfg.vectors else []),
               notes=[f"stanza {stanza_version()} trainers ({', '.join(MODELS[c][0] for c in commands)}), "
                      f"CPU only, each stopped at its budget_minutes; best dev checkpoint kept",
                      "dev set for model selection: the held-out 10% of PerDT dev (seed 0), same slice as the "
                      "spaCy and hazm trainings; PerDT test never trained or tuned on",
                      "pretrain.pt: the project's fastText vectors (build/vectors/fa.vec) converted by "
                      "stanza.models.common.pretrain.Pretrain" if cfg.vectors else "no pretrained vectors",
                      "not committed (size); rebuild with the commands above",
                      "scores: CoNLL 2018 F1 on gold tokenization after each model was added "
                      "(the stages the folder could run at that point)"],
               scores={k: v for k, v in all_scores.items() if not k.startswith("_")})
    return scores


def stanza_version() -> str:
    import stanza

    return stanza.__version__


def evaluate_stanza(model_dir: Path, gold: Path) -> dict:
    from ..backends import stanza_backend
    from ..config import parse_config
    from ..core import Pipeline
    from ..evaluation.syntax import evaluate_gold_tokenization

    stanza_backend.runner_for.cache_clear()
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"}}
    for stage, file in (("tag", "pos.pt"), ("lemmatize", "lemma.pt"), ("parse", "depparse.pt")):
        if (model_dir / file).exists() and (stage == "tag" or (model_dir / "pos.pt").exists()):
            stages[stage] = {"backend": "stanza", "model": str(model_dir)}
    pipeline = Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
    scores = evaluate_gold_tokenization(pipeline, gold)
    out = {k: v["f1"] for k, v in scores.items() if isinstance(v, dict) and "f1" in v
           and k in ("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS")}
    out["words_per_second"] = scores["meta"]["words_per_second"]
    out["stages"] = scores["meta"]["stages"]
    return out
