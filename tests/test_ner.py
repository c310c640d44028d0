"""NER: corpus readers and label mapping, the scorer, CRF training on a tiny fixture, the ner stage on real
Persian text (offsets slice the original), `faie eval ner`, and the shipped models when present."""
import json
import shutil

import pytest

from pipeline import Pipeline
from pipeline.config import parse_config
from pipeline.document import Document, Sentence, Token, Word
from pipeline.errors import ConfigError, InputError, ModelError
from pipeline.evaluation.ner import prf, score_entities
from pipeline.stages.ner import (CLUSTER_FILE, NerStage, _load_crf, add_entities, bioes_to_iob, crf_features,
                                 iob_to_spans)
from pipeline.training.ner import load_training_config, train_ner
from pipeline.training.ner_data import guess_format, iob_spans, normalize_tokens, read_corpus, spans_to_iob

from .conftest import ROOT
from .test_cli import faie

FIXTURES = ROOT / "tests" / "fixtures"
MODELS = {"crf": ROOT / "models" / "ner-crf", "spacy": ROOT / "models" / "ner-spacy"}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- readers and mapping (own sample lines in each corpus's format) ---------------------------------

def test_arman_reader_normalizes_letters_and_maps_loc_to_gpe_or_loc(tmp_path):
    # Arabic yeh/kaf as in ArmanPersoNER; "ایران" is a country (GPE), "خلیج فارس" is not.
    path = write(tmp_path, "a.txt", "نخست‌وزير O\nايران B-loc\nدر O\nخليج B-loc\nفارس I-loc\nبود O\n\n"
                                    "شركت B-org\nملي I-org\nنفت I-org\n")
    assert guess_format(path) == "arman"
    sents = read_corpus(path, "arman")
    assert sents[0].tokens[:2] == ["نخست‌وزیر", "ایران"]
    assert sents[0].spans == [(1, 2, "GPE"), (3, 5, "LOC")]
    assert sents[1].spans == [(0, 3, "ORG")] and sents[1].tokens[0] == "شرکت"
    assert sents[0].source.endswith("a.txt:1") and sents[1].source.endswith("a.txt:8")
    # scoring view: the corpus's own types, GPE and LOC not distinguished
    assert [lab for *_, lab in read_corpus(path, "arman", mode="gold")[0].spans] == ["LOC", "LOC"]


def test_peyma_reader_splits_on_last_bar_and_repairs_spaced_tokens(tmp_path):
    path = write(tmp_path, "p.txt", "روش های|O\nبنیامین|B_PER\nنتانیاهو|I_PER\n1399|B_DAT\na|b|O\nدر واقع|O\n")
    assert guess_format(path) == "peyma"
    s = read_corpus(path, "peyma")[0]
    assert s.tokens[0] == "روش‌های"          # a space typed for a ZWNJ, repaired as the pipeline does
    assert s.tokens[-2:] == ["در", "واقع"]     # a real two-word unit becomes two tokens
    assert "a|b" in s.tokens                   # the last '|' separates the tag
    assert s.spans == [(1, 3, "PER")]          # DAT dropped


def test_parstwiner_reader_drops_nat_and_teaches_pog_as_org(tmp_path):
    path = write(tmp_path, "t.txt", "مردم\tO\nایرانی\tB-NAT\nدر\tO\nجنگ\tB-EVE\nجهانی\tI-EVE\nلندن\tB-LOC\n"
                                    "و\tO\nقاجار\tB-POG\n")
    assert guess_format(path) == "parstwiner"
    assert read_corpus(path, "parstwiner")[0].spans == [(3, 5, "EVENT"), (5, 6, "GPE"), (7, 8, "ORG")]
    # scoring drops both: the other corpora's types cannot be compared with them
    assert read_corpus(path, "parstwiner", mode="gold")[0].spans == [(3, 5, "EVENT"), (5, 6, "LOC")]


@pytest.mark.parametrize("text,fmt,where", [
    ("ایران B-loc\nبدون-تگ\n", "arman", ":2"),
    ("ایران|B_LOC\nبدون تگ\n", "peyma", ":2"),
    ("سلام O\n\nایران X-loc\n", "arman", ":3"),
    ("ایران B-xyz\n", "arman", ":1"),
])
def test_malformed_corpus_line_names_file_and_line(tmp_path, text, fmt, where):
    path = write(tmp_path, "bad.txt", text)
    with pytest.raises(InputError, match=rf"bad\.txt{where}"):
        read_corpus(path, fmt)


def test_iob_round_trip_and_stray_inside_tag():
    tags = ["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-GPE", "B-GPE", "I-LOC"]
    spans = iob_spans(tags)
    assert spans == [(0, 2, "PER"), (3, 5, "ORG"), (5, 6, "GPE"), (6, 7, "GPE"), (7, 8, "LOC")]
    assert iob_to_spans(tags) == spans
    assert iob_spans(spans_to_iob(spans, len(tags))) == spans


def test_normalized_tokens_keep_their_ranges():
    toks, ranges = normalize_tokens(["ـ", "كتابهاي", "در واقع"])
    assert toks == ["کتاب‌های", "در", "واقع"]
    assert ranges == [(0, 0), (0, 1), (1, 3)]


# -- scorer ----------------------------------------------------------------------------------------

def test_scorer_exact_span_and_type():
    gold = [(0, 0, 2, "PER"), (0, 3, 4, "LOC"), (1, 0, 1, "ORG")]
    pred = [(0, 0, 2, "PER"), (0, 3, 5, "LOC"), (1, 0, 1, "PER")]
    s = score_entities(gold, pred)
    assert (s["precision"], s["recall"], s["f1"]) == (33.33, 33.33, 33.33)
    assert s["per_type"]["PER"]["precision"] == 50.0 and s["per_type"]["LOC"]["f1"] == 0.0
    assert prf([], [])["f1"] == 0.0


def test_scorer_says_what_each_error_is():
    # sentence 0: `وزارت امور خارجه ایران` (ORG) found as `امور خارجه ایران`; `ایران` typed LOC for ORG
    gold = [(0, 0, 4, "ORG"), (1, 2, 3, "ORG"), (1, 5, 7, "PER"), (2, 0, 2, "LOC"), (2, 4, 5, "PER"), (3, 1, 2, "PER")]
    pred = [(0, 1, 4, "ORG"), (1, 2, 3, "LOC"), (1, 5, 6, "LOC"), (2, 0, 2, "LOC"), (2, 6, 7, "ORG"), (3, 1, 2, "PER")]
    e = score_entities(gold, pred)["errors"]
    assert (e["boundary"], e["type"], e["boundary_and_type"], e["missed"], e["spurious"]) == (1, 1, 1, 1, 1)
    assert e["confusions"] == {"ORG→LOC": 1}
    assert score_entities(gold, gold)["errors"] == {"type": 0, "boundary": 0, "boundary_and_type": 0, "missed": 0,
                                                    "spurious": 0, "confusions": {}}


def test_stanza_bioes_tags_become_the_same_spans_as_iob():
    bioes = ["S-PER", "O", "B-ORG", "I-ORG", "E-ORG", "S-GPE", "B-LOC", "E-LOC"]
    assert iob_to_spans(bioes_to_iob(bioes)) == [(0, 1, "PER"), (2, 5, "ORG"), (5, 6, "GPE"), (6, 8, "LOC")]


def test_stanza_training_config_needs_vectors(tmp_path):
    config = write(tmp_path, "ner_stanza.yaml", "backend: stanza\noutput: m\ntrain:\n"
                                                 "  - {corpus: ner_train.iob, format: iob}\n")
    with pytest.raises(ConfigError, match=r"ner_stanza.yaml: vectors: required for backend stanza"):
        load_training_config(config)


# -- tiny CRF, the stage, the CLI ------------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_crf(tmp_path_factory):
    work = tmp_path_factory.mktemp("ner")
    for name in ("ner_tiny_crf.yaml", "ner_train.iob", "ner_gold.iob"):
        shutil.copy(FIXTURES / name, work / name)
    scores = train_ner(work / "ner_tiny_crf.yaml", work, command="pytest", log=lambda *a: None)
    return work / "model", scores


def ner_pipeline(model, backend="crf", **options):
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              "ner": {"backend": backend, "model": str(model), **options}}
    return Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))


def test_crf_training_writes_crfsuite_model_and_card(tiny_crf):
    model, scores = tiny_crf
    assert (model / "model.crfsuite").read_bytes()[:4] == b"lCRF"  # crfsuite's own format, not a pickle
    assert json.loads((model / "meta.json").read_text())["features"] == "v1"
    card = (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "```\npytest\n```" in card and "ner_train.iob" in card and "## Scores" in card
    assert 0 <= scores["tiny_gold"] <= 100


def test_crf_stage_finds_entities_whose_offsets_slice_the_original(tiny_crf):
    text = "  پوتين به مسکو بازگشت.\nسازمان ملل متحد در نيويورک نشست برگزار کرد."  # Arabic yeh in the input
    doc = ner_pipeline(tiny_crf[0])(text, doc_id="t")
    found = {(e.text, e.label) for e in doc.entities}
    assert ("پوتین", "PER") in found and ("مسکو", "GPE") in found and ("سازمان ملل متحد", "ORG") in found
    for e in doc.entities:
        assert text[e.start:e.end].replace("ي", "ی") == e.text
        assert doc.sentences[e.sentence].start <= e.start < e.end <= doc.sentences[e.sentence].end


def test_eval_ner_cli_on_tiny_gold(tiny_crf, tmp_path):
    cfg = write(tmp_path, "p.yaml", f"pipeline: [normalize, segment, ner]\nstages:\n  normalize: {{backend: hazm_repair}}\n"
                                    f"  segment: {{backend: rules}}\n  ner: {{backend: crf, model: {tiny_crf[0]}}}\n")
    res = faie("eval", "ner", "--config", str(cfg), "--gold", str(FIXTURES / "ner_gold.iob"), "--raw", "--json")
    assert res.returncode == 0, res.stderr
    scores = json.loads(res.stdout)
    assert scores["gold_tokens"]["gold"] == 6 and scores["raw_text"]["gold"] == 6
    assert scores["gold_tokens"]["f1"] > 50
    errors = scores["gold_tokens"]["errors"]
    assert scores["gold_tokens"]["correct"] + sum(errors[k] for k in ("type", "boundary", "boundary_and_type",
                                                                      "missed")) == 6
    res = faie("eval", "ner", "--config", str(cfg), "--gold", str(FIXTURES / "ner_gold.iob"))
    assert res.returncode == 0 and "errors: missed " in res.stdout, res.stderr
    res = faie("eval", "ner", "--config", str(cfg), "--gold", str(tmp_path / "missing.txt"))
    assert res.returncode == 3 and "missing.txt" in res.stderr and "Traceback" not in res.stderr


class _Fixed(NerStage):
    """A stand-in model: marks every token in ``names`` as a one-token entity."""

    def __init__(self, names):
        super().__init__(None)
        self.names = names

    def tag(self, sentences):
        return [[(i, i + 1, self.names[w]) for i, w in enumerate(words) if w in self.names] for words in sentences]


@pytest.fixture(scope="module")
def text_pipeline():
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"}}
    return Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))


def test_entities_at_the_very_start_and_end_and_latin_names(text_pipeline):
    text = "پوتین گفت Donald Trump و Macron به مسکو"
    doc = _Fixed({"پوتین": "PER", "Trump": "PER", "Macron": "PER", "مسکو": "GPE"})(text_pipeline(text))
    spans = [(e.start, e.end, e.text) for e in doc.entities]
    assert spans[0] == (0, 5, "پوتین") and spans[-1] == (len(text) - 4, len(text), "مسکو")
    assert all(text[s:e] == t for s, e, t in spans) and "Trump" in [t for *_, t in spans]


def test_two_hundred_entity_list_sentence(text_pipeline):
    cities = ["تهران", "مسکو", "پکن", "لندن"] * 50
    text = "شهرهای " + "، ".join(cities) + "."
    doc = _Fixed({"تهران": "GPE", "مسکو": "GPE", "پکن": "GPE", "لندن": "GPE"})(text_pipeline(text))
    assert len(doc.entities) == 200
    assert [text[e.start:e.end] for e in doc.entities] == cities


def test_multi_token_entity_text_follows_the_tokens():
    doc = Document("d", "سازمان  ملل")
    sent = Sentence("سازمان  ملل", 0, 11, [Token("سازمان", 0, 6, [Word(1, "سازمان", 0, 6)]),
                                         Token("ملل", 8, 11, [Word(1, "ملل", 8, 11)])])
    add_entities(doc, 0, sent, [(0, 2, "ORG")])
    assert (doc.entities[0].start, doc.entities[0].end, doc.entities[0].text) == (0, 11, "سازمان ملل")


def test_crf_features_are_strings_with_context():
    feats = crf_features(["بنیامین", "نتانیاهو"])
    assert "w=بنیامین" in feats[0] and "1:w=نتانیاهو" in feats[0] and "-1:BOS" in feats[0]
    assert all(isinstance(f, str) for f in feats[1])


# -- CRF feature set v2: word clusters ----------------------------------------------------------------

def test_crf_v2_features_add_clusters_for_the_token_and_its_neighbours_and_none_for_unknown_words():
    words = ["پوتین", "به", "Moscow", "رفت"]
    clusters = {"پوتین": ("c2=1", "c3=2"), "moscow": ("c2=0", "c3=1")}   # the table is lowercased, like w=
    v1, v2 = crf_features(words), crf_features(words, clusters)
    assert "c2=1" in v2[0] and "c3=2" in v2[0] and "1:c2=0" in v2[1] and "-1:c2=1" in v2[1]
    assert "c2=0" in v2[2] and "-1:c3=1" in v2[3]
    assert not [f for f in v2[1] + v2[3] if f.startswith("c")]   # به and رفت are not in the table
    assert [f for f in v2[0] if "c2=" not in f and "c3=" not in f] == v1[0]   # v1 features unchanged, in order


def test_v1_crf_model_loads_and_runs_exactly_as_before(tiny_crf):
    import pycrfsuite

    model = _load_crf(tiny_crf[0])
    assert model.clusters is None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tiny_crf[0] / "model.crfsuite"))
    words = ["پوتین", "به", "مسکو", "بازگشت", "."]
    assert model.tag(words) == tagger.tag(crf_features(words))


@pytest.fixture(scope="module")
def tiny_crf_v2(tmp_path_factory):
    work = tmp_path_factory.mktemp("ner_v2")
    for name in ("ner_train.iob", "ner_gold.iob"):
        shutil.copy(FIXTURES / name, work / name)
    # a tiny word2vec text file: people, places and the rest in three directions
    rows = {"پوتین": (1, 0.1, 0), "لاوروف": (0.9, 0, 0.1), "مسکو": (0, 1, 0.1), "نیویورک": (0.1, 0.9, 0),
            "ایران": (0, 1, 0), "به": (0, 0.1, 1), "در": (0.1, 0, 1), "Reuters": (0.5, 0.5, 0.5)}
    (work / "tiny.vec").write_text(f"{len(rows)} 3\n" + "".join(f"{w} {' '.join(map(str, v))}\n" for w, v in rows.items()),
                                   encoding="utf-8")
    config = (FIXTURES / "ner_tiny_crf.yaml").read_text(encoding="utf-8")
    config = config.replace("min_freq: 0}", "min_freq: 0, clusters: [2, 3], vectors: tiny.vec}")
    (work / "ner_tiny_crf.yaml").write_text(config, encoding="utf-8")
    scores = train_ner(work / "ner_tiny_crf.yaml", work, command="pytest", log=lambda *a: None)
    return work / "model", scores


def test_crf_v2_training_ships_its_cluster_table_as_gzipped_tsv(tiny_crf_v2):
    import gzip

    model, scores = tiny_crf_v2
    meta = json.loads((model / "meta.json").read_text())
    assert meta["features"] == "v2" and meta["clusters"] == [2, 3]
    lines = gzip.decompress((model / CLUSTER_FILE).read_bytes()).decode("utf-8").splitlines()
    assert lines[0] == "word\tc2\tc3" and len(lines) == 9 and lines[-1].split("\t")[0] == "reuters"  # lowercased
    assert not list(model.rglob("*.pkl")) and CLUSTER_FILE in (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    loaded = _load_crf(model)
    assert loaded.clusters["پوتین"][0].startswith("c2=") and 0 <= scores["tiny_gold"] <= 100
    doc = ner_pipeline(model)("پوتین به مسکو بازگشت.", doc_id="t")
    assert all("پوتین به مسکو بازگشت."[e.start:e.end] == e.text for e in doc.entities)


@pytest.mark.parametrize("damage", ["missing", "not gzip", "bad header", "bad row"])
def test_a_v2_crf_model_with_a_bad_cluster_file_is_a_one_line_model_error(tiny_crf_v2, tmp_path, damage):
    import gzip

    model = tmp_path / "model"
    shutil.copytree(tiny_crf_v2[0], model)
    table = model / CLUSTER_FILE
    if damage == "missing":
        table.unlink()
    elif damage == "not gzip":
        table.write_bytes(b"word\tc2\n")
    else:
        text = "word\tc2\tc3\nپوتین\t1\n" if damage == "bad row" else "w\tk2\nپوتین\t1\n"
        table.write_bytes(gzip.compress(text.encode("utf-8")))
    with pytest.raises(ModelError, match=CLUSTER_FILE.replace(".", r"\.")) as err:
        ner_pipeline(model)
    assert "\n" not in str(err.value) and ("line 2" in str(err.value)) == (damage == "bad row")


def test_crf_feature_set_version_is_checked(tiny_crf, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_crf[0], model)
    meta = json.loads((model / "meta.json").read_text())
    (model / "meta.json").write_text(json.dumps({**meta, "features": "v9"}))
    with pytest.raises(ModelError, match=r"feature set 'v9' is not one this code computes \(v1, v2\)"):
        ner_pipeline(model)


def test_crf_cluster_settings_are_validated(tmp_path):
    base = (FIXTURES / "ner_tiny_crf.yaml").read_text(encoding="utf-8")
    for extra, message in ((", clusters: [64]", "crf: .*clusters and vectors go together"),
                           (", clusters: [1], vectors: x.vec", "crf.clusters: .*at least 2")):
        config = write(tmp_path, "c.yaml", base.replace("min_freq: 0}", f"min_freq: 0{extra}}}"))
        with pytest.raises(ConfigError, match=message):
            load_training_config(config)


def test_spacy_training_on_tiny_fixture_loads_as_the_ner_stage(tmp_path):
    for name in ("ner_tiny_spacy.yaml", "ner_train.iob", "ner_gold.iob"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copy(ROOT / "configs" / "train" / "ner_spacy.cfg", tmp_path / "ner_spacy.cfg")
    scores = train_ner(tmp_path / "ner_tiny_spacy.yaml", tmp_path, command="pytest", log=lambda *a: None)
    model = tmp_path / "model"
    assert 0 <= scores["tiny_gold"] <= 100 and (model / "MODEL_CARD.md").exists()
    assert not list(model.rglob("*.pkl")) and "before_update = null" in (model / "config.cfg").read_text()
    text = "پوتین به مسکو بازگشت."
    doc = ner_pipeline(model, "spacy")(text, doc_id="t")
    assert all(text[e.start:e.end] == e.text for e in doc.entities)


# -- shipped models --------------------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["crf", "spacy"])
def test_shipped_model_tags_real_news(backend):
    model = MODELS[backend]
    if not (model / "MODEL_CARD.md").exists():
        pytest.skip(f"{model} not trained")
    text = ("به گزارش خبرگزاری ایرنا، حسن روحانی رئیس‌جمهور ایران روز دوشنبه در تهران با "
            "ولادیمیر پوتین رئیس‌جمهور روسیه دیدار کرد. Reuters گزارش داد سازمان ملل متحد از این دیدار استقبال کرد")
    doc = ner_pipeline(model, backend)(text, doc_id="news")
    by_text = {e.text: e.label for e in doc.entities}
    assert by_text.get("ولادیمیر پوتین") == "PER"
    assert by_text.get("تهران") in ("GPE", "LOC") and by_text.get("روسیه") in ("GPE", "LOC")
    assert any(label == "ORG" for label in by_text.values())
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    size = sum(f.stat().st_size for f in model.rglob("*") if f.is_file()) / 1e6
    assert size < {"crf": 5.5, "spacy": 13.5}[backend]   # spaCy: 12.8 MB with the ParsTwiNER vocabulary


def test_rare_types_model_replaces_the_spans_it_overlaps_and_keeps_the_rest():
    if not all((m / "MODEL_CARD.md").exists() for m in MODELS.values()):
        pytest.skip("shipped NER models not trained")
    text = "هواپیمای ولادیمیر پوتین در فرودگاه مهرآباد تهران به زمین نشست."
    alone = {e.text: e.label for e in ner_pipeline(MODELS["spacy"], "spacy")(text, doc_id="t").entities}
    both = ner_pipeline(MODELS["spacy"], "spacy", rare_types_model=str(MODELS["crf"]))(text, doc_id="t").entities
    labels = {e.text: e.label for e in both}
    assert alone.get("فرودگاه مهرآباد تهران") == "LOC" and labels.get("فرودگاه مهرآباد تهران") == "FAC"
    assert labels.get("ولادیمیر پوتین") == alone.get("ولادیمیر پوتین") == "PER"
    assert all(text[e.start:e.end] == e.text for e in both)
    # restricted to people, the CRF has nothing to add here: the spaCy spans stand
    only_per = ner_pipeline(MODELS["spacy"], "spacy", rare_types_model=str(MODELS["crf"]), rare_types=["PER"])
    assert {e.text: e.label for e in only_per(text, doc_id="t").entities} == alone


def test_rare_types_model_path_and_types_are_checked_when_the_config_loads(tmp_path):
    with pytest.raises(ConfigError, match="rare_types_model"):
        ner_pipeline(MODELS["spacy"], "spacy", rare_types_model=str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="rare_types"):
        ner_pipeline(MODELS["spacy"], "spacy", rare_types_model=str(MODELS["crf"]), rare_types=["DATE"])


class _Spans(NerStage):
    """A stand-in model returning fixed token spans."""

    def __init__(self, spans):
        super().__init__(None)
        self.spans = spans

    def tag(self, sentences):
        return [self.spans for _ in sentences]


def test_no_entity_ends_on_an_opening_quote_or_starts_on_a_closing_one(text_pipeline):
    # the spaCy model tags `شبکه «` of `شبکه «اسکای نیوز»` as an organisation of its own
    text = "شبکه «اسکای نیوز» گزارش داد «ایران» پاسخ داد"
    doc = text_pipeline(text)
    words = [t.text for t in doc.sentences[0].tokens]
    assert words[:5] == ["شبکه", "«", "اسکای", "نیوز", "»"]
    doc = _Spans([(0, 2, "ORG"), (2, 4, "ORG"), (4, 5, "ORG"), (7, 10, "GPE")])(doc)
    assert [(e.text, e.label) for e in doc.entities] == [("شبکه", "ORG"), ("اسکای نیوز", "ORG"),
                                                         ("«ایران»", "GPE")]


def test_no_entity_holds_the_object_marker(text_pipeline):
    # the spaCy model read `دیداری را بین رئیس‌جمهور آمریکا ...` with `را بین` as Rabin (a person)
    doc = text_pipeline("دیداری را بین رئیس‌جمهور آمریکا و ایران برگزار کند")
    assert [t.text for t in doc.sentences[0].tokens][:3] == ["دیداری", "را", "بین"]
    doc = _Spans([(1, 3, "PER"), (4, 5, "GPE")])(doc)
    assert [(e.text, e.label) for e in doc.entities] == [("آمریکا", "GPE")]


def test_a_quote_in_an_entity_comes_with_its_partner():
    """`رودخانه «نیجر` takes the `»` right after it; `ساموئل بکت»` lets go of a `»` whose `«` is not next to it;
    a straight quote is paired by count (`حزب " مردم جمهوری خواه` + `"`); a name that ran into a bracketed aside
    ends before it (`بنیاد ( اسفندماه 1381`)."""
    from pipeline.stages.ner import _trim_brackets

    words = 'از رودخانه « نیجر » و ساموئل بکت » و حزب " مردم جمهوری خواه " و بنیاد ( اسفندماه 1381 ) آمدند'.split()
    spans = [(1, 4, "LOC"), (6, 9, "PER"), (10, 15, "ORG"), (17, 21, "ORG")]
    assert [" ".join(words[s:e]) for s, e, _ in _trim_brackets(words, spans)] == [
        "رودخانه « نیجر »", "ساموئل بکت", 'حزب " مردم جمهوری خواه "', "بنیاد"]


def test_no_entity_starts_or_ends_on_the_conjunction(text_pipeline):
    # the spaCy model tagged `شورای شهر و` of `شورای شهر و شهرداری` as an organisation
    doc = text_pipeline("اعضای شورای شهر و شهرداری سیستان و بلوچستان آمدند")
    assert [t.text for t in doc.sentences[0].tokens][1:4] == ["شورای", "شهر", "و"]
    doc = _Spans([(1, 4, "ORG"), (5, 8, "GPE"), (3, 5, "ORG")])(doc)
    assert [(e.text, e.label) for e in doc.entities] == [("شورای شهر", "ORG"), ("سیستان و بلوچستان", "GPE"),
                                                         ("شهرداری", "ORG")]


def test_a_place_name_that_is_mostly_a_common_word_needs_a_place_context():
    """`مالی` is Mali after a preposition, punctuation, a place head or `و` after another entity, and the adjective
    `financial` after a noun (resources/ner/homographs.yaml)."""
    from pipeline.stages.ner import _drop_homographs

    words = "فساد مالی در مالی و نیجر و مالی ، مالی کشور مالی".split()
    spans = [(1, 2, "GPE"), (3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE"), (9, 10, "GPE"), (11, 12, "GPE")]
    kept = _drop_homographs(words, spans)
    assert kept == spans[1:]
    # the first word of a sentence and other place names are never touched
    assert _drop_homographs(["مالی", "امروز"], [(0, 1, "GPE")]) == [(0, 1, "GPE")]
    assert _drop_homographs(["سفر", "ایران"], [(1, 2, "GPE")]) == [(1, 2, "GPE")]
