"""Training hazm's CRF POS tagger (python-crfsuite) on UD Persian, and measuring its feature groups.

    faie train tagger --config configs/train/tagger_hazm.yaml
    python -m pipeline.training.hazm_tagger --ablation configs/train/tagger_hazm.yaml   # feature table

The treebanks, the held-out slice (``split_holdout`` with the config's seed, the same slice the spaCy
training holds out) and the evaluation files are given as in the spaCy training config. The CRF does not
early-stop: the held-out slice is what feature groups are chosen on; PerDT test is only reported.

Writes the model folder (see :mod:`pipeline.backends.hazm_backend`) with ``scores.json``,
``training.yaml`` and ``MODEL_CARD.md``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..backends.hazm_backend import (FEATURE_GROUPS, Featurizer, file_sha256, hazm_words_path,
                                     load_lexicon, morph_keys)
from ..config import load_yaml_as
from ..conllu import GoldSentence, read_conllu
from ..errors import ConfigError, FaieError, InputError
from .cards import write_card
from .syntax import Treebank
from .vectors import RAW_TEXT_FILES


class CrfParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    c1: float = Field(0.4, ge=0)          # hazm's defaults
    c2: float = Field(0.04, ge=0)
    max_iterations: int = Field(400, gt=0)
    feature_minfreq: float = Field(0, ge=0)


class ClusterParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sizes: list[int] = [64, 512]          # one k-means per size; each word gets one id per size
    vocab: int = Field(60000, gt=0)       # the most frequent words of the vectors file


class HazmTraining(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["hazm"]
    trains: list[Literal["tagger", "lemmatizer"]] = ["tagger", "lemmatizer"]
    output: str                                   # model folder, relative to this YAML file
    train: list[Treebank]
    evaluate: list[str] = []
    features: list[str] = ["hazm"]
    morph: bool = True                            # XPOS|FEATS table (form/suffix + UPOS → most frequent)
    lemmas: bool = True                           # (form, UPOS) → lemma table from the training data
    vectors: str | None = None                    # word2vec text file (for the ``clusters`` features)
    clusters: ClusterParams = ClusterParams()
    crf: CrfParams = CrfParams()
    seed: int = 0
    feature_table: str | None = None              # the --ablation report, appended to the card if present


def load_hazm_config(path: Path) -> HazmTraining:
    cfg = load_yaml_as(path, HazmTraining)
    unknown = [g for g in cfg.features if g not in FEATURE_GROUPS]
    if unknown:
        raise ConfigError(f"{path}: features: unknown group(s) {', '.join(unknown)}; known: {', '.join(FEATURE_GROUPS)}")
    if "clusters" in cfg.features and not cfg.vectors:
        raise ConfigError(f"{path}: features: 'clusters' needs a vectors file (key vectors)")
    return cfg


# -- data -------------------------------------------------------------------------------------

def read_split(cfg: HazmTraining, corpora: Path, config_path: Path) -> tuple[list[GoldSentence], list[GoldSentence]]:
    """Training and held-out sentences (only PerDT-scheme treebanks carry PerDT tags)."""
    train, held = [], []
    for tb in cfg.train:
        path = tb.path(corpora, config_path.parent)
        if not path.exists():
            raise InputError(f"{config_path}: train corpus not found: {path} (set --corpora)")
        if tb.scheme != "perdt":
            raise ConfigError(f"{config_path}: train: the hazm tagger learns PerDT tags; {tb.name} is {tb.scheme}")
        sents = [s for s in read_conllu(path) if s.words]
        kept, hold = tb.split(sents, cfg.seed)
        train += kept
        held += hold
    return train, held


def _sequences(sents: list[GoldSentence]):
    for s in sents:
        words = s.words
        yield ([w.text for w in words], [w.upos or "X" for w in words],
               [f"{w.xpos or '_'}|{w.feats or '_'}" for w in words])


# -- clusters ---------------------------------------------------------------------------------

def build_clusters(vec_file: Path, params: ClusterParams, seed: int, out: Path, log=print) -> dict[str, str]:
    """k-means over the first ``vocab`` vectors (word2vec text files list frequent words first)."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    if not vec_file.exists():
        raise InputError(f"{vec_file}: vectors file not found (python -m pipeline.training.vectors --out {vec_file})")
    words, rows = [], []
    with vec_file.open(encoding="utf-8") as handle:
        header = handle.readline().split()
        dim = int(header[1]) if len(header) == 2 else len(header) - 1
        if len(header) != 2:
            handle.seek(0)
        for lineno, line in enumerate(handle, 2):
            parts = line.rstrip("\n").rstrip(" ").split(" ")
            if len(parts) != dim + 1:
                raise InputError(f"{vec_file}:{lineno}: expected a word and {dim} numbers")
            words.append(parts[0])
            rows.append(np.asarray(parts[1:], dtype=np.float32))
            if len(words) >= params.vocab:
                break
    matrix = np.vstack(rows)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-8
    ids = []
    for k in params.sizes:
        t0 = time.time()
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3).fit(matrix)
        ids.append(km.labels_)
        log(f"clusters: k={k} over {len(words)} words in {time.time() - t0:.0f}s")
    table = {w: "/".join(f"{k}:{int(col[i])}" for k, col in zip(params.sizes, ids)) for i, w in enumerate(words)}
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(f"# k-means ({', '.join(map(str, params.sizes))}) of {vec_file.name}, {len(words)} words, "
                     f"seed {seed}\n")
        handle.writelines(f"{w}\t{c}\n" for w, c in table.items())
    return table


# -- training ---------------------------------------------------------------------------------

def train_crf(xs, ys, params: CrfParams, model_file: Path) -> float:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({"c1": params.c1, "c2": params.c2, "max_iterations": params.max_iterations,
                        "feature.minfreq": params.feature_minfreq,
                        "feature.possible_transitions": True})
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    t0 = time.time()
    trainer.train(str(model_file))
    return time.time() - t0


def fit(cfg: HazmTraining, train: list[GoldSentence], out: Path, lexicon, clusters, log=print) -> dict:
    """Train the CRFs (and lemma table) into ``out``; returns timing info."""
    featurizer = Featurizer(cfg.features, lexicon, clusters)
    seqs = list(_sequences(train))
    feats = [featurizer.sentence(words) for words, _, _ in seqs]
    info = {"train_words": sum(len(w) for w, _, _ in seqs)}
    info["upos_seconds"] = round(train_crf(feats, [u for _, u, _ in seqs], cfg.crf, out / "upos.crfsuite"), 1)
    log(f"UPOS CRF: {info['train_words']} words, {info['upos_seconds']}s")
    if cfg.morph:
        write_morph_table(seqs, out / "morph.tsv.gz")
    if cfg.lemmas:
        write_lemma_table(train, out / "lemmas.tsv.gz")
    return info


def write_morph_table(seqs, path: Path) -> None:
    """Most frequent XPOS|FEATS per back-off key (form, then 4/3/2-letter suffix, each with UPOS; UPOS)."""
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for words, upos, morph in seqs:
        for w, u, m in zip(words, upos, morph):
            for key in morph_keys(w, u):
                counts[key][m] += 1
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        for key, c in sorted(counts.items()):
            handle.write("\t".join(key) + "\t" + c.most_common(1)[0][0] + "\n")


def write_lemma_table(sents: list[GoldSentence], path: Path) -> None:
    """(form, UPOS) → most frequent lemma in the training data (hazm's lemmatizer covers other words)."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in sents:
        for w in s.words:
            if w.lemma and w.upos:
                counts[(w.text, w.upos)][w.lemma] += 1
    rows = []
    for (form, upos), c in sorted(counts.items()):
        rows.append(f"{form}\t{upos}\t{c.most_common(1)[0][0]}\n")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.writelines(rows)


def write_meta(cfg: HazmTraining, out: Path, extra: dict) -> None:
    meta = {"format": "faie-hazm-crf/1", "features": cfg.features, "morph": cfg.morph, "lemmas": cfg.lemmas,
            "crf": cfg.crf.model_dump(), **extra}
    if "lexicon" in cfg.features or "context" in cfg.features:
        meta["lexicon"] = "hazm 0.10.0 data/words.dat"
        meta["lexicon_sha256"] = file_sha256(hazm_words_path())
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")


def _resources(cfg: HazmTraining, here: Path, out: Path, log):
    lexicon = load_lexicon(hazm_words_path()) if ("lexicon" in cfg.features or "context" in cfg.features) else None
    clusters = None
    if "clusters" in cfg.features:
        clusters = build_clusters((here / cfg.vectors).resolve(), cfg.clusters, cfg.seed, out / "clusters.tsv.gz", log)
    return lexicon, clusters


def evaluate_model(model_dir: Path, gold: Path, lemmas: bool) -> dict:
    """CoNLL 2018 F1 on gold tokenization through the pipeline's tag (and lemmatize) stages."""
    from ..backends import hazm_backend
    from ..config import parse_config
    from ..core import Pipeline
    from ..evaluation.syntax import evaluate_gold_tokenization

    hazm_backend.hazm_model.cache_clear()
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              "tag": {"backend": "hazm", "model": str(model_dir)}}
    if lemmas:
        stages["lemmatize"] = {"backend": "hazm", "model": str(model_dir)}
    pipeline = Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
    scores = evaluate_gold_tokenization(pipeline, gold)
    out = {k: v["f1"] for k, v in scores.items() if isinstance(v, dict) and "f1" in v
           and k in ("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas")}
    if not lemmas:
        out.pop("Lemmas", None)
    out["words_per_second"] = scores["meta"]["words_per_second"]
    return out


def train_hazm(config_path: Path, corpora: Path, command: str, log=print) -> dict:
    cfg = load_hazm_config(config_path)
    here = config_path.parent
    for corpus in cfg.evaluate:
        if not (corpora / corpus).exists():
            raise InputError(f"{config_path}: evaluate corpus not found: {corpora / corpus} (set --corpora)")
    train, held = read_split(cfg, corpora, config_path)
    log(f"{len(train)} training sentences, {len(held)} held out")
    output = (here / cfg.output).resolve()
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    lexicon, clusters = _resources(cfg, here, output, log)
    info = fit(cfg, train, output, lexicon, clusters, log)
    write_meta(cfg, output, {"train": [tb.name for tb in cfg.train], "seed": cfg.seed})
    scores = {}
    if held:
        gold = output / "_holdout.conllu"
        gold.write_text("".join(_gold_conllu(held)), encoding="utf-8")
        try:
            scores["held-out slice"] = evaluate_model(output, gold, cfg.lemmas)
        finally:
            gold.unlink()
    for corpus in cfg.evaluate:
        scores[corpus] = evaluate_model(output, corpora / corpus, cfg.lemmas)
    scores["training"] = info
    (output / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    shutil.copy(config_path, output / "training.yaml")
    used = [tb.name for tb in cfg.train] + ([f"{f} (raw text of the fastText vectors behind the clusters)"
                                               for f in RAW_TEXT_FILES] if "clusters" in cfg.features else [])
    notes = [f"python-crfsuite CRF as in hazm 0.10.0's POSTagger (c1={cfg.crf.c1}, c2={cfg.crf.c2}, "
             f"{cfg.crf.max_iterations} iterations); feature groups: {', '.join(cfg.features)}",
             f"held out (never trained on): {', '.join(f'{tb.holdout:.0%} of {tb.name}' for tb in cfg.train)} "
             f"(seed {cfg.seed}, same slice as the spaCy training)",
             "files: upos.crfsuite (UPOS), morph.tsv.gz (most frequent XPOS|FEATS of the form, else of its last "
             "4/3/2 letters, given the predicted UPOS), lemmas.tsv.gz "
             "((form, UPOS) → the training data's most frequent lemma; other words: hazm's Lemmatizer, verbs "
             "reduced to PerDT's past stem), meta.json",
             "hazm's lexicon (hazm 0.10.0 data/words.dat, MIT) is read from the installed hazm package and "
             "checked by SHA-256" if lexicon else "no lexicon features"]
    if clusters:
        notes.append(f"clusters.tsv.gz: k-means ({cfg.clusters.sizes}) of the {cfg.clusters.vocab} most frequent "
                     "words of the project's fastText vectors (python -m pipeline.training.vectors: PerDT and "
                     "Seraji train sentences, FarsNews, Varzesh3)")
    notes.append("scores: CoNLL 2018 F1 on gold tokenization; words_per_second = tag+lemma stages on that file")
    card = write_card(output, title="hazm CRF POS tagger (UPOS, XPOS, FEATS) and lemma table", command=command,
                      config_files=["training.yaml", "meta.json"], corpora=used, notes=notes, scores=scores)
    table = (here / cfg.feature_table) if cfg.feature_table else None
    if table and table.exists():
        body = table.read_text(encoding="utf-8").split("\n", 1)[1]
        card.write_text(card.read_text(encoding="utf-8") + "\n## What each feature group buys\n" + body,
                        encoding="utf-8")
    return scores


def _gold_conllu(sents: list[GoldSentence]):
    from ..document import Sentence

    from ..conllu import sentence_to_conllu

    for i, s in enumerate(sents):
        yield sentence_to_conllu(Sentence(s.text or " ".join(t.text for t in s.tokens), 0, 0, s.tokens), f"h{i}")


# -- feature ablation -------------------------------------------------------------------------

ABLATION = [
    ["hazm"],
    ["hazm", "lexicon"],
    ["hazm", "affix"],
    ["hazm", "shape"],
    ["hazm", "context"],
    ["hazm", "clusters"],
    ["hazm", "lexicon", "affix", "shape", "context"],
    ["hazm", "lexicon", "affix", "shape", "context", "clusters"],
]


def ablation(config_path: Path, corpora: Path, report: Path, log=print) -> list[dict]:
    """UPOS of each feature set on the held-out slice (what features are chosen on) and on test."""
    import tempfile

    base = load_hazm_config(config_path)
    here = config_path.parent
    train, held = read_split(base, corpora, config_path)
    work = Path(tempfile.mkdtemp(prefix="faie-hazm-"))
    rows = []
    try:
        gold = work / "holdout.conllu"
        gold.write_text("".join(_gold_conllu(held)), encoding="utf-8")
        cluster_file = None
        for groups in ABLATION:
            if "clusters" in groups and not base.vectors:
                continue
            cfg = base.model_copy(update={"features": groups, "morph": False, "lemmas": False})
            out = work / "+".join(groups)
            out.mkdir()
            lexicon = load_lexicon(hazm_words_path())
            clusters = None
            if "clusters" in groups:
                if cluster_file is None:
                    cluster_file = work / "clusters.tsv.gz"
                    build_clusters((here / base.vectors).resolve(), base.clusters, base.seed, cluster_file, log)
                shutil.copy(cluster_file, out / "clusters.tsv.gz")
                from ..backends.hazm_backend import load_clusters
                clusters = load_clusters(cluster_file)
            info = fit(cfg, train, out, lexicon, clusters, log=lambda *a: None)
            write_meta(cfg, out, {})
            row = {"features": " + ".join(groups), "train_seconds": info["upos_seconds"],
                   "model_kb": round((out / "upos.crfsuite").stat().st_size / 1000)}
            row["held_out_upos"] = evaluate_model(out, gold, False)["UPOS"]
            for corpus in base.evaluate:
                s = evaluate_model(out, corpora / corpus, False)
                row[f"{Path(corpus).stem} UPOS"] = s["UPOS"]
                row[f"{Path(corpus).stem} words/s"] = s["words_per_second"]
            log(json.dumps(row, ensure_ascii=False))
            rows.append(row)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    keys = list(rows[0])
    lines = ["# hazm CRF tagger: what each feature group buys (UPOS F1, gold tokenization)", "",
             "Trained on PerDT dev minus the held-out 10% slice (seed 0; the same slice the spaCy training "
             "holds out), UPOS CRF only, hazm's CRF settings (c1 0.4, c2 0.04, 400 iterations). Feature groups "
             "are chosen on the held-out slice; test columns are reported, not tuned on. words/s: the tag "
             "stage alone over the test file, one core.", "",
             "```", f"python -m pipeline.training.hazm_tagger --ablation {config_path} --corpora {corpora}", "```", "",
             "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r[k]) for k in keys) + " |" for r in rows]
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


# -- extra UPOS training data (measured by bench/syntax_data.py) ------------------------------

class BijankhanMap(BaseModel):
    """How the partial Bijankhan corpus (``word<TAB>fine tag``, no sentence breaks) becomes UPOS.

    ``rules``: fine-tag prefix (whole ``_``-separated parts) → UPOS; the longest matching prefix wins.
    Tags without a rule, and ``drop_sentences`` tags, drop their sentence; ``drop_tokens`` are left out.
    ``form_overrides``: where PerDT's training part tags a form one way (at least ``min_count`` times,
    ``min_share`` of them) and the rule says otherwise for that coarse tag, take PerDT's tag.
    """
    model_config = ConfigDict(extra="forbid")
    corpus: str
    rules: dict[str, str]
    sentence_end: list[str] = [".", "!", "؟", "?"]
    document_break: str = "#"
    drop_tokens: list[str] = []
    drop_sentences: list[str] = []
    form_overrides: bool = True
    min_count: int = Field(3, gt=0)
    min_share: float = Field(0.8, gt=0, le=1)


def bijankhan_rule(tag: str, rules: dict[str, str]) -> str | None:
    parts = tag.split("_")
    for n in range(len(parts), 0, -1):
        found = rules.get("_".join(parts[:n]))
        if found is not None:
            return found
    return None


def read_bijankhan(path: Path, mapping: BijankhanMap) -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, fine tags): broken after sentence-final DELM tokens and at document breaks."""
    sents, words, tags = [], [], []
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot open Bijankhan file ({exc.strerror})") from None
    with handle:
        for lineno, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0] or not parts[1]:
                raise InputError(f"{path}:{lineno}: expected word<TAB>tag")
            word, tag = parts
            if word == mapping.document_break and tag == "DELM":
                if words:
                    sents.append((words, tags))
                words, tags = [], []
                continue
            words.append(word)
            tags.append(tag)
            if tag == "DELM" and word in mapping.sentence_end:
                sents.append((words, tags))
                words, tags = [], []
    if words:
        sents.append((words, tags))
    return sents


def bijankhan_overrides(sents, mapping: BijankhanMap, gold: list[GoldSentence]) -> dict[tuple[str, str], str]:
    """(coarse tag, form) → UPOS where the gold training sentences disagree with the rule (see BijankhanMap)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for s in gold:
        for w in s.words:
            if w.upos:
                counts[w.text][w.upos] += 1
    seen: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for words, tags in sents:
        for w, t in zip(words, tags):
            if w in counts and t not in mapping.drop_sentences:
                seen[(t.split("_")[0], w)][bijankhan_rule(t, mapping.rules)] += 1
    out = {}
    for (coarse, form), by_rule in seen.items():
        top, n = counts[form].most_common(1)[0]
        total = sum(counts[form].values())
        if total >= mapping.min_count and n / total >= mapping.min_share and by_rule.most_common(1)[0][0] != top:
            out[(coarse, form)] = top
    return out


def map_bijankhan(sents, mapping: BijankhanMap, overrides: dict | None = None):
    """(words, UPOS) sequences and counts of what was kept and dropped."""
    stats: Counter = Counter()
    out = []
    drop_tokens, drop_sents = set(mapping.drop_tokens), set(mapping.drop_sentences)
    for words, tags in sents:
        ws, us, bad = [], [], False
        for w, t in zip(words, tags):
            if t in drop_tokens:
                stats["dropped tokens"] += 1
                continue
            upos = None if t in drop_sents else bijankhan_rule(t, mapping.rules)
            if upos is None:
                bad = True
                stats[f"unmapped tag {t}" if t not in drop_sents else f"dropped tag {t}"] += 1
                continue
            if overrides:
                over = overrides.get((t.split("_")[0], w))
                if over is not None:
                    stats["form overrides applied"] += 1
                    upos = over
            ws.append(w)
            us.append(upos)
        if bad or not ws:
            stats["sentences dropped"] += 1
            continue
        stats["sentences"] += 1
        stats["words"] += len(ws)
        out.append((ws, us))
    return out, stats


def fit_upos(cfg: HazmTraining, seqs: list[tuple[list[str], list[str]]], out: Path, lexicon, clusters,
             cluster_file: Path | None = None) -> dict:
    """A UPOS-only model folder trained on (words, UPOS) sequences (gold, mapped or silver)."""
    out.mkdir(parents=True, exist_ok=True)
    if clusters is not None and cluster_file is not None:
        shutil.copy(cluster_file, out / "clusters.tsv.gz")
    featurizer = Featurizer(cfg.features, lexicon, clusters)
    feats = [featurizer.sentence(words) for words, _ in seqs]
    seconds = train_crf(feats, [u for _, u in seqs], cfg.crf, out / "upos.crfsuite")
    write_meta(cfg.model_copy(update={"morph": False, "lemmas": False}), out, {})
    return {"train_words": sum(len(w) for w, _ in seqs), "upos_seconds": round(seconds, 1)}


def gold_upos(sents: list[GoldSentence]) -> list[tuple[list[str], list[str]]]:
    return [([w.text for w in s.words], [w.upos or "X" for w in s.words]) for s in sents]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("config", type=Path)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--ablation", action="store_true", help="measure each feature group instead of training")
    ap.add_argument("--report", type=Path, default=Path("build/hazm_tagger_features.md"))
    args = ap.parse_args(argv)
    try:
        if args.ablation:
            ablation(args.config, args.corpora, args.report)
        else:
            scores = train_hazm(args.config, args.corpora, command=" ".join(["python -m pipeline.training.hazm_tagger"]
                                                                          + sys.argv[1:]))
            print(json.dumps(scores, indent=1))
    except FaieError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
