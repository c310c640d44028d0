"""What extra training data buys the hazm CRF tagger (UPOS): Bijankhan, self-training, Seraji dev.

    python bench/syntax_data.py label --taggers crf            # segment raw PerDT train, label with the baseline CRF
    flock /tmp/faie-train.lock python bench/syntax_data.py label --taggers spacy
    python bench/syntax_data.py check                          # the Bijankhan mapping on the held-out slice
    python bench/syntax_data.py run gold gold+bijankhan:50000 gold+silver-spacy:150000 ...
    python bench/syntax_data.py report                         # eval/reports/syntax_data_ablations.md
    python bench/syntax_data.py parse-silver                   # silver-agree parsed by spaCy, for self-training it
    python bench/syntax_data.py news-silver                    # FarsNews sentences, the same way (second round)

Every row trains a UPOS CRF with the shipped tagger's features and settings (configs/train/tagger_hazm.yaml)
on PerDT dev minus the held-out 10% slice plus extra data, then scores the held-out slice (what choices are
made on), PerDT test and Seraji test (reported only; Seraji also with our PROPN → NOUN and ``را`` mapped to
its conventions). A row is ``+``-joined sources, each optionally cut to ``:WORDS`` words:

* ``gold``          PerDT dev minus the held-out slice (always first)
* ``bijankhan``     the partial Bijankhan corpus mapped to UPOS (research only: measured, never shipped);
                    ``bijankhan-rules`` without the per-form overrides
* ``silver-spacy``  raw PerDT train sentences labelled by the teacher, build/syntax-teacher (``label``)
* ``silver-crf``    the same sentences labelled by the baseline CRF
* ``silver-agree``  only the sentences where both labellings agree on every word
* ``seraji``        Seraji dev mapped to PerDT conventions (configs/train/tagger_hazm_data.yaml): ``را`` → ADP,
                    per-form overrides from PerDT dev's training part, NOUN → PROPN where the baseline CRF
                    says PROPN; ``seraji-ra`` without the per-form overrides

Scratch files (silver labels, models, rows.jsonl) live in build/syntax_data/. Options and mappings:
configs/train/tagger_hazm_data.yaml.
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pydantic import BaseModel, ConfigDict  # noqa: E402

from pipeline.config import load_yaml_as  # noqa: E402
from pipeline.conllu import read_conllu  # noqa: E402
from pipeline.document import Document  # noqa: E402
from pipeline.errors import ConfigError, FaieError, InputError  # noqa: E402
from pipeline.training import hazm_tagger as ht  # noqa: E402
from pipeline.training.hazm_tagger import BijankhanMap  # noqa: E402

CONFIG = ROOT / "configs" / "train" / "tagger_hazm_data.yaml"
WORK = ROOT / "build" / "syntax_data"
REPORT = ROOT / "eval" / "reports" / "syntax_data_ablations.md"
SOURCES = ("gold", "bijankhan", "bijankhan-rules", "silver-spacy", "silver-crf", "silver-agree", "seraji",
           "seraji-ra")


class SilverOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    spacy_model: str
    seed: int = 0


class SerajiOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    corpus: str
    forms: dict[str, str] = {}
    propn_from_baseline: bool = True


class DataConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    base: str
    bijankhan: BijankhanMap
    silver: SilverOptions
    seraji: SerajiOptions


def load_config(path: Path) -> DataConfig:
    return load_yaml_as(path, DataConfig)


def parse_row(spec: str) -> list[tuple[str, int | None]]:
    """``gold+silver-spacy:50000`` → [("gold", None), ("silver-spacy", 50000)]."""
    out = []
    for part in spec.split("+"):
        name, _, size = part.partition(":")
        if name not in SOURCES:
            raise ConfigError(f"row {spec!r}: unknown source {name!r}; known: {', '.join(SOURCES)}")
        if size and not size.isdigit():
            raise ConfigError(f"row {spec!r}: size of {name} must be a number of words")
        out.append((name, int(size) if size else None))
    if not out or out[0][0] != "gold":
        raise ConfigError(f"row {spec!r}: must start with gold")
    return out


def take_words(seqs: list, words: int | None) -> list:
    """The first sentences of ``seqs`` up to ``words`` words (all when None)."""
    if words is None:
        return list(seqs)
    out, n = [], 0
    for seq in seqs:
        if n >= words:
            break
        out.append(seq)
        n += len(seq[0])
    return out


# -- silver labels ----------------------------------------------------------------------------

def _key(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch != "\u200c")


def words_document(sentences: list[list[str]], doc_id: str = "silver") -> Document:
    """A Document holding the given words (one token per word), for the tag stages alone."""
    return Document.from_words(sentences, doc_id)


def tag_words(stage_cfg: dict, sentences: list[list[str]], chunk: int = 2000) -> list[list[str]]:
    from bench.syntax_backends import make_pipeline

    tag = [s for s in make_pipeline({"tag": stage_cfg}).stages if s.stage == "tag"][0]
    out = []
    for i in range(0, len(sentences), chunk):
        doc = tag(words_document(sentences[i:i + chunk]))
        out += [[w.upos or "X" for w in s.words] for s in doc.sentences]
    return out


def segment_raw(cfg: DataConfig, corpora: Path, log=print) -> list[list[str]]:
    """The raw PerDT train sentences through normalize + segment, minus lines equal to dev/test sentences."""
    from pipeline.config import parse_config
    from pipeline.core import Pipeline

    seen = {_key(s.text or "") for name in ("fa_perdt-ud-dev.conllu", "fa_perdt-ud-test.conllu")
            for s in read_conllu(corpora / "ud_persian_perdt" / name)}
    path = corpora / cfg.silver.text
    if not path.exists():
        raise InputError(f"{path}: raw train sentences not found (set --corpora)")
    lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
    kept = [ln for ln in lines if _key(ln) not in seen]
    log(f"raw train sentences: {len(lines)}, {len(lines) - len(kept)} equal to a PerDT dev/test sentence left out")
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "silver_stats.json").write_text(json.dumps({"raw lines": len(lines), "left out (= dev/test)":
                                                         len(lines) - len(kept)}, indent=1), encoding="utf-8")
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules", "max_sentence_tokens": 250}}
    pipeline = Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
    out = []
    for i in range(0, len(kept), 500):
        doc = pipeline("\n".join(kept[i:i + 500]), doc_id=f"train{i}")
        out += [[w.text for w in s.words] for s in doc.sentences if s.words]
    return out


def write_jsonl(path: Path, rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list:
    if not path.exists():
        raise InputError(f"{path}: not found (run: python bench/syntax_data.py label)")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def label(cfg: DataConfig, corpora: Path, taggers: list[str], log=print) -> None:
    words_file = WORK / "silver_words.jsonl.gz"
    if words_file.exists():
        sentences = read_jsonl(words_file)
    else:
        t0 = time.time()
        sentences = segment_raw(cfg, corpora, log)
        write_jsonl(words_file, sentences)
        log(f"segmented {len(sentences)} sentences, {sum(map(len, sentences))} words in {time.time() - t0:.0f}s")
    for tagger in taggers:
        if tagger == "crf":
            model = WORK / "models" / "gold"
            if not (model / "upos.crfsuite").exists():
                raise InputError(f"{model}: no baseline model (run: python bench/syntax_data.py run gold)")
            stage = {"backend": "hazm", "model": str(model)}
        else:
            stage = {"backend": "spacy", "model": str((CONFIG.parent / cfg.silver.spacy_model).resolve())}
        t0 = time.time()
        tags = tag_words(stage, sentences)
        seconds = time.time() - t0
        write_jsonl(WORK / f"silver_{tagger}.jsonl.gz", tags)
        log(f"labelled with {tagger}: {sum(map(len, tags))} words in {seconds:.0f}s")
        stats_file = WORK / "silver_stats.json"
        stats = json.loads(stats_file.read_text(encoding="utf-8")) if stats_file.exists() else {}
        stats[f"{tagger} labelling seconds"] = round(seconds)
        stats_file.write_text(json.dumps(stats, indent=1), encoding="utf-8")


def agreed_sentences() -> list[tuple[list[str], list[str]]]:
    """(words, UPOS) of the silver sentences where the spaCy model and the baseline CRF agree on every word."""
    words = read_jsonl(WORK / "silver_words.jsonl.gz")
    a, b = read_jsonl(WORK / "silver_spacy.jsonl.gz"), read_jsonl(WORK / "silver_crf.jsonl.gz")
    return [(w, x) for w, x, y in zip(words, a, b) if x == y]


def write_parsed(model: str, sentences: list[list[str]], out: Path, doc_prefix: str) -> None:
    """``sentences`` tagged, lemmatized and parsed by the spaCy syntax model ``model``, as CoNLL-U."""
    from bench.syntax_backends import make_pipeline
    from pipeline.conllu import document_to_conllu

    stages = [s for s in make_pipeline({name: {"backend": "spacy", "model": model}
                                        for name in ("tag", "lemmatize", "parse")}).stages
              if s.stage in ("tag", "lemmatize", "parse")]
    with out.open("w", encoding="utf-8") as handle:
        for i in range(0, len(sentences), 1000):
            doc = Document.from_words(sentences[i:i + 1000], f"{doc_prefix}{i}")
            for stage in stages:
                doc = stage(doc)
            handle.write(document_to_conllu(doc))


def parse_silver(cfg: DataConfig, log=print) -> Path:
    """The ``silver-agree`` sentences tagged, lemmatized and parsed by the spaCy model, as CoNLL-U: training
    data for self-training the spaCy model itself (configs/train/syntax_ablations/selftrain*.yaml)."""
    agreed = [w for w, _ in agreed_sentences()]
    out = WORK / "silver_agree.conllu"
    t0 = time.time()
    write_parsed(str((CONFIG.parent / cfg.silver.spacy_model).resolve()), agreed, out, "silver")
    log(f"parsed {len(agreed)} agreed sentences, {sum(map(len, agreed))} words in {time.time() - t0:.0f}s → {out}")
    return out


NEWS_TEXT = "persian_news_farsnews_varzesh3/text/farsnews.txt"
GOLD_FILES = (ROOT / "eval" / "gold" / "dev.jsonl", ROOT / "eval" / "gold" / "seed.jsonl")


def news_silver(corpora: Path, labeller: Path, out_name: str = "silver_news", max_disagreements: int = 0,
                log=print) -> Path:
    """Self-training data from the news domain: the FarsNews raw sentences (minus every sentence of the gold
    articles in eval/gold, as the pipeline segments them) on which ``labeller`` (a spaCy syntax model) and the
    baseline CRF disagree on at most ``max_disagreements`` UPOS, parsed by ``labeller`` →
    build/syntax_data/``out_name``.conllu."""
    from pipeline.config import parse_config
    from pipeline.core import Pipeline

    crf = WORK / "models" / "gold"
    if not (crf / "upos.crfsuite").exists():
        raise InputError(f"{crf}: no baseline model (run: python bench/syntax_data.py run gold)")
    if not (labeller / "meta.json").exists():
        raise InputError(f"{labeller}: no spaCy syntax model (see configs/train/syntax_spacy.yaml)")
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules", "max_sentence_tokens": 250}}
    segmenter = Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))

    def sentences(text: str, doc_id: str) -> list[list[str]]:
        return [[w.text for w in s.words] for s in segmenter(text, doc_id=doc_id).sentences if s.words]

    gold = set()
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            gold |= {" ".join(s) for s in sentences(doc["text"], doc["doc_id"])}
    lines = [ln for ln in (corpora / NEWS_TEXT).read_text(encoding="utf-8").split("\n") if ln.strip()]
    raw = [s for i in range(0, len(lines), 300) for s in sentences("\n".join(lines[i:i + 300]), f"news{i}")]
    kept = [s for s in raw if " ".join(s) not in gold and 3 <= len(s) <= 120]
    log(f"news sentences: {len(raw)}, {len(raw) - len(kept)} left out (gold articles, under 3 or over 120 words)")
    by_spacy = tag_words({"backend": "spacy", "model": str(labeller)}, kept)
    by_crf = tag_words({"backend": "hazm", "model": str(crf)}, kept)
    differ = [sum(a != b for a, b in zip(x, y)) for x, y in zip(by_spacy, by_crf)]
    log("sentences by UPOS disagreements: " + ", ".join(f"{k}: {v}" for k, v in sorted(Counter(differ).items())[:6]))
    agreed = [w for w, d in zip(kept, differ) if d <= max_disagreements]
    out = WORK / f"{out_name}.conllu"
    write_parsed(str(labeller), agreed, out, "news")
    log(f"agreed {len(agreed)} sentences, {sum(map(len, agreed))} words → {out}")
    return out


def silver(kind: str, cfg: DataConfig) -> list[tuple[list[str], list[str]]]:
    if kind == "silver-agree":
        seqs = agreed_sentences()
    else:
        words = read_jsonl(WORK / "silver_words.jsonl.gz")
        tags = read_jsonl(WORK / f"silver_{kind.split('-')[1]}.jsonl.gz")
        seqs = list(zip(words, tags))
    order = list(range(len(seqs)))
    random.Random(cfg.silver.seed).shuffle(order)
    return [seqs[i] for i in order]


# -- Seraji mapped ----------------------------------------------------------------------------

def seraji_mapped(cfg: DataConfig, corpora: Path, gold_train, overrides: bool = True) -> tuple[list, Counter]:
    """Seraji dev in PerDT's UPOS conventions: the configured forms (``را``), then per-form overrides where
    PerDT dev's training part tags a form one way (Bijankhan's min_count / min_share), then NOUN → PROPN
    where the baseline CRF says PROPN."""
    sents = [s for s in read_conllu(corpora / cfg.seraji.corpus) if s.words]
    seqs = ht.gold_upos(sents)
    counts: dict[str, Counter] = defaultdict(Counter)
    for s in gold_train:
        for w in s.words:
            counts[w.text][w.upos] += 1
    learned = {}
    if overrides:
        for form, c in counts.items():
            top, n = c.most_common(1)[0]
            if sum(c.values()) >= cfg.bijankhan.min_count and n / sum(c.values()) >= cfg.bijankhan.min_share:
                learned[form] = top
    stats: Counter = Counter()
    propn = None
    if cfg.seraji.propn_from_baseline:
        propn = tag_words({"backend": "hazm", "model": str(WORK / "models" / "gold")}, [w for w, _ in seqs])
    out = []
    for i, (words, tags) in enumerate(seqs):
        new = []
        for j, (w, t) in enumerate(zip(words, tags)):
            if w in cfg.seraji.forms:
                if t != cfg.seraji.forms[w]:
                    stats[f"{w}: {t} → {cfg.seraji.forms[w]}"] += 1
                t = cfg.seraji.forms[w]
            elif w in learned:
                if t != learned[w]:
                    stats[f"form override {t} → {learned[w]}"] += 1
                t = learned[w]
            elif propn is not None and t == "NOUN" and propn[i][j] == "PROPN":
                stats["NOUN → PROPN (baseline CRF)"] += 1
                t = "PROPN"
            new.append(t)
        out.append((words, new))
    stats["words"] = sum(len(w) for w, _ in out)
    return out, stats


# -- Bijankhan --------------------------------------------------------------------------------

def bijankhan(cfg: DataConfig, corpora: Path, gold_train, overrides: bool = True):
    path = corpora / cfg.bijankhan.corpus
    if not path.exists():
        raise InputError(f"{path}: Bijankhan corpus not found (set --corpora)")
    sents = ht.read_bijankhan(path, cfg.bijankhan)
    over = ht.bijankhan_overrides(sents, cfg.bijankhan, gold_train) if overrides and cfg.bijankhan.form_overrides else {}
    seqs, stats = ht.map_bijankhan(sents, cfg.bijankhan, over)
    return seqs, stats, over


def check_mapping(cfg: DataConfig, corpora: Path, base: ht.HazmTraining, log=print) -> dict:
    """Per held-out word: the form's most frequent mapped Bijankhan tag vs gold UPOS (forms in Bijankhan),
    next to the same look-up in PerDT dev's training part; plus the confusions of the mapped tags."""
    train, held = ht.read_split(base, corpora, CONFIG.parent / cfg.base)
    perdt = defaultdict(Counter)
    for s in train:
        for w in s.words:
            perdt[w.text][w.upos] += 1
    out = {}
    for label_, use in (("rules", False), ("rules + form overrides", True)):
        seqs, stats, over = bijankhan(cfg, corpora, train, overrides=use)
        lex = defaultdict(Counter)
        for words, tags in seqs:
            for w, t in zip(words, tags):
                lex[w][t] += 1
        n = agree = both = agree_perdt = agree_both = 0
        confusion: Counter = Counter()
        for s in held:
            for w in s.words:
                if w.text not in lex:
                    continue
                n += 1
                guess = lex[w.text].most_common(1)[0][0]
                agree += guess == w.upos
                if guess != w.upos:
                    confusion[(w.upos, guess)] += 1
                if w.text in perdt:
                    both += 1
                    agree_perdt += perdt[w.text].most_common(1)[0][0] == w.upos
                    agree_both += guess == w.upos
        held_words = sum(len(s.words) for s in held)
        out[label_] = {"held-out words": held_words, "found in Bijankhan": n,
                       "most frequent mapped tag = gold": round(100 * agree / n, 2),
                       "words also in PerDT training part": both,
                       "on those: mapped Bijankhan tag = gold": round(100 * agree_both / both, 2) if both else None,
                       "words not in PerDT training part (where Bijankhan adds most)": n - both,
                       "on those: mapped Bijankhan tag = gold ": round(100 * (agree - agree_both) / (n - both), 2)
                       if n > both else None,
                       "on those: PerDT training part's most frequent tag = gold":
                           round(100 * agree_perdt / both, 2) if both else None,
                       "top confusions (gold → mapped)": [f"{g} → {m}: {c}" for (g, m), c in confusion.most_common(12)],
                       "corpus": {k: v for k, v in sorted(stats.items())},
                       "form overrides": len(over),
                       "override examples": [f"{c} {f} → {u}" for (c, f), u in sorted(over.items())[:40]]}
        log(json.dumps({label_: {k: v for k, v in out[label_].items() if k != "override examples"}},
                       ensure_ascii=False))
    (WORK / "bijankhan_check.json").write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return out


def check_labellers(cfg: DataConfig, corpora: Path, base: ht.HazmTraining, log=print) -> dict:
    """How good the silver labels are: both labellers on the held-out slice, and where they agree."""
    train, held = ht.read_split(base, corpora, CONFIG.parent / cfg.base)
    seqs = ht.gold_upos(held)
    words = [w for w, _ in seqs]
    sp = tag_words({"backend": "spacy", "model": str((CONFIG.parent / cfg.silver.spacy_model).resolve())}, words)
    cr = tag_words({"backend": "hazm", "model": str(WORK / "models" / "gold")}, words)
    n = agree = agree_ok = sp_ok = cr_ok = sents = sent_words = sent_ok = 0
    for (_, gold), a, b in zip(seqs, sp, cr):
        if a == b:
            sents += 1
            sent_words += len(gold)
            sent_ok += sum(x == y for x, y in zip(a, gold))
        for g, x, y in zip(gold, a, b):
            n += 1
            sp_ok += g == x
            cr_ok += g == y
            if x == y:
                agree += 1
                agree_ok += g == x
    out = {"held-out words": n, "spaCy UPOS accuracy": round(100 * sp_ok / n, 2),
           "baseline CRF UPOS accuracy": round(100 * cr_ok / n, 2),
           "words where both agree (%)": round(100 * agree / n, 2),
           "accuracy where both agree": round(100 * agree_ok / agree, 2),
           "sentences where both agree on every word": f"{sents} of {len(seqs)}",
           "accuracy in those sentences": round(100 * sent_ok / sent_words, 2) if sent_words else None}
    log(json.dumps(out, ensure_ascii=False))
    (WORK / "labeller_check.json").write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return out


# -- one row ----------------------------------------------------------------------------------

def evaluate(model: Path, corpora: Path, base: ht.HazmTraining, held_file: Path) -> dict:
    from bench.syntax_backends import gold_tokens, make_pipeline
    from pipeline.backends import hazm_backend

    hazm_backend.hazm_model.cache_clear()
    pipeline = make_pipeline({"tag": {"backend": "hazm", "model": str(model)}})
    out = {"held-out UPOS": gold_tokens(pipeline, held_file, False)["UPOS"]}
    for corpus in base.evaluate:
        scores = gold_tokens(pipeline, corpora / corpus, "seraji" in corpus)
        name = "PerDT test" if "perdt" in corpus else "Seraji test"
        out[f"{name} UPOS"] = scores["UPOS"]
        if "UPOS (mapped)" in scores:
            out[f"{name} UPOS (mapped)"] = scores["UPOS (mapped)"]
    return out


def run_row(spec: str, cfg: DataConfig, corpora: Path, log=print) -> dict:
    sources = parse_row(spec)
    config_path = (CONFIG.parent / cfg.base).resolve()
    base = ht.load_hazm_config(config_path)
    base = base.model_copy(update={"morph": False, "lemmas": False})
    train, held = ht.read_split(base, corpora, config_path)
    seqs, parts = [], []
    for name, size in sources:
        if name == "gold":
            got = take_words(ht.gold_upos(train), size)
        elif name.startswith("bijankhan"):
            got = take_words(bijankhan(cfg, corpora, train, overrides=name == "bijankhan")[0], size)
        elif name.startswith("seraji"):
            mapped, stats = seraji_mapped(cfg, corpora, train, overrides=name == "seraji")
            (WORK / f"{name}_mapping.json").write_text(json.dumps(stats, indent=1, ensure_ascii=False), encoding="utf-8")
            got = take_words(mapped, size)
        else:
            got = take_words(silver(name, cfg), size)
        seqs += got
        parts.append(f"{name} {sum(len(w) for w, _ in got)}")
    cluster_file = WORK / "clusters.tsv.gz"
    lexicon, clusters = ht.load_lexicon(ht.hazm_words_path()), None
    if "clusters" in base.features:
        if not cluster_file.exists():
            ht.build_clusters((config_path.parent / base.vectors).resolve(), base.clusters, base.seed, cluster_file, log)
        from pipeline.backends.hazm_backend import load_clusters
        clusters = load_clusters(cluster_file)
    model = WORK / "models" / spec.replace(":", "_").replace("+", "__")
    if model.exists():
        shutil.rmtree(model)
    info = ht.fit_upos(base, seqs, model, lexicon, clusters, cluster_file)
    held_file = WORK / "holdout.conllu"
    held_file.write_text("".join(ht._gold_conllu(held)), encoding="utf-8")
    row = {"row": spec, "data": " + ".join(parts), "training words": info["train_words"],
           **evaluate(model, corpora, base, held_file), "train seconds": info["upos_seconds"],
           "model kB": round((model / "upos.crfsuite").stat().st_size / 1000),
           "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    log(json.dumps(row, ensure_ascii=False))
    rows_file = WORK / "rows.jsonl"
    rows = [r for r in (json.loads(x) for x in rows_file.read_text(encoding="utf-8").splitlines() if x.strip())
            if r["row"] != spec] if rows_file.exists() else []
    rows_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows + [row]), encoding="utf-8")
    return row


# -- report -----------------------------------------------------------------------------------

COLUMNS = ["row", "training words", "held-out UPOS", "PerDT test UPOS", "Seraji test UPOS",
           "Seraji test UPOS (mapped)", "train seconds", "model kB"]
COMMANDS = """python bench/syntax_data.py run gold                   # baseline; also the CRF that labels silver data
python bench/syntax_data.py label --taggers crf
flock /tmp/faie-train.lock python bench/syntax_data.py label --taggers spacy
python bench/syntax_data.py check                      # the Bijankhan mapping on the held-out slice
flock /tmp/faie-train.lock python bench/syntax_data.py run ROW [ROW ...]   # each row below, e.g. gold+silver-spacy:50000
python bench/syntax_data.py report"""


def _cell(value) -> str:
    if isinstance(value, int):
        return f"{value:,}"
    return "—" if value is None else str(value)


def silver_summary() -> list[str]:
    try:
        words = read_jsonl(WORK / "silver_words.jsonl.gz")
        a, b = read_jsonl(WORK / "silver_spacy.jsonl.gz"), read_jsonl(WORK / "silver_crf.jsonl.gz")
    except InputError:
        return ["(silver labels not written yet)"]
    stats = json.loads((WORK / "silver_stats.json").read_text(encoding="utf-8")) \
        if (WORK / "silver_stats.json").exists() else {}
    n = sum(map(len, words))
    same = sum(x == y for s, t in zip(a, b) for x, y in zip(s, t))
    agree = [w for w, s, t in zip(words, a, b) if s == t]
    lines = [f"- raw PerDT train lines: {_cell(stats.get('raw lines'))}; left out because equal to a PerDT dev/test "
            f"sentence (spaces and ZWNJ ignored): {stats.get('left out (= dev/test)', '?')}",
            f"- normalized and segmented by the pipeline (hazm_repair, rules): {len(words):,} sentences, {n:,} words",
            f"- labelling time: spaCy (the teacher, tag stage) {stats.get('spacy labelling seconds', '?')} s, "
            f"baseline CRF {stats.get('crf labelling seconds', '?')} s",
            f"- spaCy and the baseline CRF give the same UPOS to {100 * same / n:.2f}% of the words; they agree on "
            f"every word of {len(agree):,} sentences ({100 * len(agree) / len(words):.1f}%, "
            f"{sum(map(len, agree)):,} words; `silver-agree`)"]
    check = WORK / "labeller_check.json"
    if check.exists():
        c = json.loads(check.read_text(encoding="utf-8"))
        lines.append("- the labellers on the held-out slice (UPOS accuracy, gold tokens): " + "; ".join(
            f"{k} {_cell(v)}" for k, v in c.items()))
    return lines


def bijankhan_summary(cfg: DataConfig) -> list[str]:
    check_file = WORK / "bijankhan_check.json"
    lines = ["Fine tag → UPOS, longest matching `_`-prefix (configs/train/tagger_hazm_data.yaml):", "",
             "| prefix | UPOS | | prefix | UPOS | | prefix | UPOS |", "|---|---|---|---|---|---|---|---|"]
    rules = list(cfg.bijankhan.rules.items())
    third = (len(rules) + 2) // 3
    for i in range(third):
        cells = []
        for j in (i, i + third, i + 2 * third):
            cells += [f"`{rules[j][0]}`", rules[j][1]] if j < len(rules) else ["", ""]
        lines.append("| " + " | ".join(cells[:2] + [""] + cells[2:4] + [""] + cells[4:]) + " |")
    lines += ["", f"Dropped: tokens tagged {', '.join(cfg.bijankhan.drop_tokens)}; sentences containing "
              f"{', '.join(cfg.bijankhan.drop_sentences)} or a tag without a rule. Sentences end after "
              f"{' '.join(cfg.bijankhan.sentence_end)} (DELM) and at `#` document breaks."]
    if not check_file.exists():
        return lines
    check = json.loads(check_file.read_text(encoding="utf-8"))
    keys = [k for k in next(iter(check.values())) if k not in ("top confusions (gold → mapped)", "corpus",
                                                                   "override examples")]
    lines += ["", "Check on the held-out slice (never trained on): for each held-out word whose form occurs in the "
              "mapped Bijankhan, its most frequent mapped tag against the gold UPOS; next to the same look-up in "
              "PerDT dev's training part.", "", "| | " + " | ".join(check) + " |", "|---|" + "---|" * len(check)]
    lines += ["| " + k.strip() + " | " + " | ".join(_cell(v[k]) for v in check.values()) + " |" for k in keys]
    for name, v in check.items():
        lines += ["", f"{name}: top confusions (gold → mapped): {'; '.join(v['top confusions (gold → mapped)'])}.",
                  f"Corpus: {', '.join(f'{k} {_cell(c)}' for k, c in v['corpus'].items())}."]
        if v["form overrides"]:
            lines.append(f"Form overrides ({v['form overrides']}, first 40): {'; '.join(v['override examples'])}.")
    return lines


def report(out: Path, notes: Path | None, cfg: DataConfig) -> None:
    rows = [json.loads(x) for x in (WORK / "rows.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = ["# hazm CRF tagger: what extra training data buys (UPOS F1, gold tokenization)", "",
             f"Measured {time.strftime('%Y-%m-%d', time.gmtime())} on {platform.machine()} (CPython "
             f"{platform.python_version()}), one core, on a machine shared with other jobs (train seconds are "
             "wall-clock under that load). Every row: the shipped tagger's features (hazm, lexicon, affix, shape, "
             "context, clusters) and CRF settings (c1 0.4, c2 0.04, 400 iterations, configs/train/tagger_hazm.yaml), "
             "UPOS CRF only, trained on PerDT dev minus the held-out 10% slice (seed 0) plus the extra data named. "
             "Choices are made on the held-out slice; PerDT test and Seraji test were never trained or tuned on. "
             "Seraji (mapped): our PROPN → NOUN and `را` → Seraji's tag before scoring.", "",
             "```", COMMANDS, "```", "",
             "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(_cell(r.get(c)) for c in COLUMNS) + " |" for r in rows]
    lines += ["", "Data per row:", ""] + [f"- `{r['row']}`: {r['data']} (measured {r['measured']})" for r in rows]
    if notes and notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").rstrip()]
    lines += ["", "## Self-training data (raw PerDT train sentences)", ""] + silver_summary()
    lines += ["", "## Bijankhan → UPOS (research only: measured, never shipped)", ""] + bijankhan_summary(cfg)
    seraji = sorted(WORK.glob("seraji*_mapping.json"))
    if seraji:
        lines += ["", "## Seraji dev → PerDT conventions", ""]
        for f in seraji:
            st = json.loads(f.read_text(encoding="utf-8"))
            lines.append(f"- `{f.stem.replace('_mapping', '')}`: " + "; ".join(f"{k} {v:,}" for k, v in st.items()))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out.with_suffix(".json")).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["label", "parse-silver", "news-silver", "check", "run", "report"])
    ap.add_argument("rows", nargs="*", help="rows for run, e.g. gold gold+silver-spacy:50000")
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--taggers", default="crf,spacy", help="label: which labellings to write")
    ap.add_argument("--labeller", type=Path, default=ROOT / "build" / "syntax_ablations" / "selftrain_full",
                    help="news-silver: the spaCy syntax model that labels and parses the news sentences")
    ap.add_argument("--out-name", default="silver_news", help="news-silver: output file name under build/syntax_data")
    ap.add_argument("--max-disagreements", type=int, default=0,
                    help="news-silver: keep sentences where the labeller and the CRF differ on at most N UPOS")
    ap.add_argument("--notes", type=Path, default=REPORT.with_suffix(".notes.md"),
                    help="report: the findings, inserted after the table")
    args = ap.parse_args(argv)
    try:
        cfg = load_config(args.config)
        if args.command == "label":
            label(cfg, args.corpora, [t for t in args.taggers.split(",") if t], log=lambda m: print(m, flush=True))
        elif args.command == "parse-silver":
            parse_silver(cfg, log=lambda m: print(m, flush=True))
        elif args.command == "news-silver":
            news_silver(args.corpora, args.labeller, args.out_name, args.max_disagreements,
                        log=lambda m: print(m, flush=True))
        elif args.command == "check":
            base = ht.load_hazm_config((args.config.parent / cfg.base).resolve())
            check_mapping(cfg, args.corpora, base)
            if (WORK / "models" / "gold" / "upos.crfsuite").exists():
                check_labellers(cfg, args.corpora, base)
        elif args.command == "run":
            for spec in args.rows or ["gold"]:
                run_row(spec, cfg, args.corpora, log=lambda m: print(m, flush=True))
        else:
            report(REPORT, args.notes, cfg)
    except FaieError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
