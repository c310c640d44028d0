"""The hazm CRF tagger backend: training on a tiny fixture, loading, tagging real Persian through the
pipeline, the train dispatch, and bad training input."""
import shutil
import sys

import pytest
import yaml

from pipeline import Pipeline
from pipeline.config import parse_config
from pipeline.errors import ConfigError, InputError, ModelError, UsageError
from pipeline.training.hazm_tagger import train_hazm
from pipeline.training.syntax import train_component

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"}

# A few word vectors in word2vec text format, for the cluster features.
VECTORS = """6 3
در 0.9 0.1 0.0
از 0.8 0.2 0.1
به 0.85 0.15 0.05
روسیه 0.0 0.9 0.3
سوریه 0.1 0.95 0.2
گروه 0.2 0.1 0.9
"""


def write_config(folder, **changes):
    cfg = {"backend": "hazm", "trains": ["tagger", "lemmatizer"], "output": "model",
           "features": ["hazm", "lexicon", "affix", "shape", "context", "clusters"],
           "vectors": "fa.vec", "clusters": {"sizes": [2, 3], "vocab": 100},
           "train": [{"corpus": "tiny_train.conllu", "scheme": "perdt", "holdout": 0.25}],
           "evaluate": ["tiny_train.conllu"], **changes}
    (folder / "fa.vec").write_text(VECTORS, encoding="utf-8")
    path = folder / "tagger_hazm.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    work = tmp_path_factory.mktemp("hazm")
    scores = train_hazm(write_config(work), FIXTURES, command="pytest", log=lambda *a: None)
    return work / "model", scores


def hazm_pipeline(model, lemmas=True):
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              "tag": {"backend": "hazm", "model": str(model)}}
    if lemmas:
        stages["lemmatize"] = {"backend": "hazm", "model": str(model)}
    return Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))


def test_training_writes_crfsuite_model_tables_and_card(tiny_model):
    model, scores = tiny_model
    assert (model / "upos.crfsuite").read_bytes()[:4] == b"lCRF"      # crfsuite's own format, not a pickle
    for name in ("meta.json", "morph.tsv.gz", "lemmas.tsv.gz", "clusters.tsv.gz", "MODEL_CARD.md"):
        assert (model / name).exists(), name
    assert not list(model.rglob("*.pkl"))
    card = (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "```\npytest\n```" in card and "tiny_train.conllu" in card and "MB on disk" in card
    # the training data itself is learnt almost perfectly
    assert scores["tiny_train.conllu"]["UPOS"] > 90
    assert scores["tiny_train.conllu"]["Lemmas"] > 90
    assert 0 <= scores["held-out slice"]["UPOS"] <= 100


def test_tags_real_persian_text_through_the_pipeline(tiny_model):
    doc = hazm_pipeline(tiny_model[0])("پوتین با نتانیاهو در مسکو دیدار کرد. روسیه و سوریه نیز اعلام کردند.",
                                       doc_id="t")
    words = list(doc.words)
    assert len(words) >= 14
    assert all(w.upos in UPOS and w.lemma for w in words)
    tags = {w.text: w.upos for w in words}
    assert tags["در"] == "ADP" and tags["با"] == "ADP" and tags["و"] == "CCONJ" and tags["."] == "PUNCT"
    assert tags["کرد"] == "VERB"
    assert next(w for w in words if w.text == "کرد").xpos     # XPOS from the table
    assert next(w for w in words if w.text == "کردند").lemma == "کرد"   # hazm's lemmatizer, PerDT format


@pytest.mark.parametrize("text", [
    "",
    "!!! ... ؟؟ «» .",
    "The Kremlin said on Monday that talks were useful.",
    " ".join(["نیروهای", "روس"] * 200) + ".",   # 400 tokens in one sentence
])
def test_odd_input_is_tagged_without_error(tiny_model, text):
    doc = hazm_pipeline(tiny_model[0])(text, doc_id="t")
    assert all(w.upos in UPOS and w.lemma for w in doc.words)


def test_tagger_alone_needs_no_lemma_stage(tiny_model):
    doc = hazm_pipeline(tiny_model[0], lemmas=False)("نیروهای روسیه در سوریه هستند.", doc_id="t")
    assert all(w.upos and w.lemma is None for w in doc.words)


def test_faie_train_dispatches_on_the_configs_backend(tmp_path):
    shutil.copy(FIXTURES / "tiny_train.conllu", tmp_path / "tiny_train.conllu")
    config = write_config(tmp_path, features=["hazm"], evaluate=[])
    scores = train_component("tagger", config, tmp_path, command="faie train tagger", log=lambda *a: None)
    assert (tmp_path / "model" / "upos.crfsuite").exists() and "held-out slice" in scores
    with pytest.raises(UsageError, match="trains tagger, lemmatizer, not parser"):
        train_component("parser", config, tmp_path, command="x", log=lambda *a: None)


def test_malformed_training_file_names_file_and_line(tmp_path):
    (tmp_path / "bad.conllu").write_text("# text = سلام دنیا\n1\tسلام\tسلام\tINTJ\t_\t_\t0\troot\t_\t_\n"
                                         "2\tدنیا\tدنیا\tNOUN\n\n", encoding="utf-8")
    config = write_config(tmp_path, features=["hazm"], evaluate=[],
                          train=[{"corpus": "bad.conllu", "holdout": 0.5}])
    with pytest.raises(InputError, match=r"bad.conllu:3: malformed CoNLL-U line"):
        train_hazm(config, tmp_path, command="pytest", log=lambda *a: None)


def test_bad_configs_are_one_line_errors(tmp_path):
    with pytest.raises(ConfigError, match="features: unknown group"):
        train_hazm(write_config(tmp_path, features=["hazm", "magic"]), FIXTURES, command="x")
    with pytest.raises(ConfigError, match="'clusters' needs a vectors file"):
        train_hazm(write_config(tmp_path, vectors=None), FIXTURES, command="x")


def test_missing_or_broken_model_is_a_model_error(tmp_path):
    (tmp_path / "meta.json").write_text('{"features": ["hazm"]}', encoding="utf-8")
    (tmp_path / "upos.crfsuite").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="upos.crfsuite"):
        hazm_pipeline(tmp_path, lemmas=False)


def test_eval_ud_scores_the_hazm_backend(tiny_model):
    from pipeline.evaluation.syntax import evaluate_ud

    scores = evaluate_ud(hazm_pipeline(tiny_model[0]), FIXTURES / "tiny_train.conllu")
    assert scores["gold_tokens"]["Words"]["f1"] == 100.0
    assert scores["gold_tokens"]["UPOS"]["f1"] > 90
    assert scores["raw_text"]["Tokens"]["f1"] > 90


# -- extra training data for the UPOS CRF (bench/syntax_data.py) --------------------------------

DATA_CONFIG = ROOT / "configs" / "train" / "tagger_hazm_data.yaml"
CORPORA = ROOT.parent / "shared" / "corpora"

# Bijankhan's format: word<TAB>fine tag, CRLF, no sentence breaks; "#\tDELM" separates documents.
BIJANKHAN = ("!سیاسی!\tSUBJ\r\n#\tDELM\r\n"
             "پوتین\tN_SING_PR\r\nبا\tP_GENR\r\nنتانیاهو\tN_SING_PR\r\nدر\tP_GENR\r\nمسکو\tN_SING_LOC_PR\r\n"
             "دیدار\tN_SING_COM\r\nکرد\tV_PA_SIM_POS_3\r\n.\tDELM\r\n"
             "مذاکرات\tN_PL_COM_GEN\r\nدو\tN_SING_CN\r\nکشور\tN_SING_COM\r\nمهم\tADJ_SIM\r\nاست\tV_PRE_SIM\r\n!\tDELM\r\n"
             "الله\tAR\r\nاکبر\tAR\r\n.\tDELM\r\n"
             "نیز\tCON_GMC\r\nگفته\tADJ_INO\r\nبود\tV_PA_SIM_POS_3\r\n")


def data_config():
    from pipeline.training.hazm_tagger import BijankhanMap

    return BijankhanMap.model_validate(yaml.safe_load(DATA_CONFIG.read_text(encoding="utf-8"))["bijankhan"])


def test_bijankhan_is_read_into_sentences_and_mapped_to_upos(tmp_path):
    from pipeline.training.hazm_tagger import bijankhan_rule, map_bijankhan, read_bijankhan

    mapping = data_config()
    assert bijankhan_rule("N_SING_LOC_PR_GEN", mapping.rules) == "PROPN"    # longest prefix wins
    assert bijankhan_rule("N_SING_COM_GEN", mapping.rules) == "NOUN"
    assert bijankhan_rule("V_AUX_INF_PF_3", mapping.rules) == "AUX"
    assert bijankhan_rule("ADJ_INO", mapping.rules) == "VERB"
    assert bijankhan_rule("549859328", mapping.rules) is None
    path = tmp_path / "bijankhan.txt"
    path.write_bytes(BIJANKHAN.encode("utf-8"))
    sents = read_bijankhan(path, mapping)
    assert [len(w) for w, _ in sents] == [1, 8, 6, 3, 3]      # heading, then breaks after . ! . and at the end
    seqs, stats = map_bijankhan(sents, mapping)
    assert seqs[0] == (["پوتین", "با", "نتانیاهو", "در", "مسکو", "دیدار", "کرد", "."],
                       ["PROPN", "ADP", "PROPN", "ADP", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert seqs[1][1] == ["NOUN", "NUM", "NOUN", "ADJ", "AUX", "PUNCT"]
    assert stats["dropped tokens"] == 1 and stats["sentences dropped"] == 2   # the heading; the Arabic passage
    assert stats["words"] == 17


def test_bijankhan_form_overrides_follow_the_gold_training_data():
    from pipeline.conllu import read_conllu
    from pipeline.training.hazm_tagger import bijankhan_overrides, map_bijankhan

    gold = list(read_conllu(FIXTURES / "tiny_train.conllu"))
    mapping = data_config()
    # روسیه: PROPN 4 of 4 times in the fixture; پوتین: NOUN 2, PROPN 2 (no clear majority)
    sents = [(["روسیه", "پوتین", "را", "در", "مسکو", "دید", "."],
              ["N_SING_COM", "N_SING_COM", "P_DEFI", "P_GENR", "N_SING_LOC_PR", "V_PA_SIM_POS_3", "DELM"])]
    overrides = bijankhan_overrides(sents, mapping, gold)
    assert overrides == {("N", "روسیه"): "PROPN"}
    seqs, stats = map_bijankhan(sents, mapping, overrides)
    assert seqs[0][1][:4] == ["PROPN", "NOUN", "ADP", "ADP"] and stats["form overrides applied"] == 1


def test_malformed_bijankhan_line_names_file_and_line(tmp_path):
    from pipeline.training.hazm_tagger import read_bijankhan

    path = tmp_path / "bad.txt"
    path.write_text("پوتین\tN_SING_PR\nبا P_GENR\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.txt:2: expected word<TAB>tag"):
        read_bijankhan(path, data_config())


def test_upos_crf_trains_on_gold_plus_silver_and_tags_through_the_pipeline(tmp_path):
    from pipeline.conllu import read_conllu
    from pipeline.training.hazm_tagger import fit_upos, gold_upos, load_hazm_config

    cfg = load_hazm_config(write_config(tmp_path, features=["hazm", "affix"], evaluate=[]))
    gold = gold_upos([s for s in read_conllu(FIXTURES / "tiny_train.conllu") if s.words])
    silver = [(["روسیه", "با", "سوریه", "دیدار", "کرد", "."], ["PROPN", "ADP", "PROPN", "NOUN", "VERB", "PUNCT"])]
    info = fit_upos(cfg, gold + silver, tmp_path / "m", None, None)
    assert info["train_words"] == sum(len(w) for w, _ in gold) + 6
    assert not (tmp_path / "m" / "morph.tsv.gz").exists()
    doc = hazm_pipeline(tmp_path / "m", lemmas=False)("روسیه با سوریه دیدار کرد.", doc_id="t")
    assert [w.upos for w in doc.words] == ["PROPN", "ADP", "PROPN", "NOUN", "VERB", "PUNCT"]
    assert all(w.xpos is None for w in doc.words)


def _bench():
    import importlib.util

    spec = importlib.util.spec_from_file_location("syntax_data", ROOT / "bench" / "syntax_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("syntax_data", module)
    spec.loader.exec_module(module)
    return module


def test_bench_rows_parse_and_cut_to_size():
    bench = _bench()
    assert bench.parse_row("gold+silver-spacy:50000") == [("gold", None), ("silver-spacy", 50000)]
    with pytest.raises(ConfigError, match="unknown source 'magic'"):
        bench.parse_row("gold+magic")
    with pytest.raises(ConfigError, match="must start with gold"):
        bench.parse_row("bijankhan")
    seqs = [(["a"] * 4, ["X"] * 4)] * 5
    assert len(bench.take_words(seqs, 10)) == 3 and len(bench.take_words(seqs, None)) == 5
    assert bench.load_config(DATA_CONFIG).bijankhan.rules["V_PRE_SIM"] == "AUX"


def test_bench_labels_given_words_with_a_tag_stage(tiny_model):
    bench = _bench()
    words = [["پوتین", "در", "مسکو", "بود", "."], ["روسیه", "و", "سوریه"]]
    doc = bench.words_document(words)
    assert [[w.text for w in s.words] for s in doc.sentences] == words
    assert all(doc.text[w.start:w.end] == w.text for w in doc.words)
    tags = bench.tag_words({"backend": "hazm", "model": str(tiny_model[0])}, words)
    assert [len(t) for t in tags] == [5, 3] and tags[0][1] == "ADP" and tags[1][1] == "CCONJ"


@pytest.mark.skipif(not (CORPORA / "bijankhan_partial" / "bijankhan.txt").exists(), reason="needs ../shared/corpora")
def test_the_real_bijankhan_maps_almost_entirely():
    from pipeline.training.hazm_tagger import map_bijankhan, read_bijankhan

    mapping = data_config()
    seqs, stats = map_bijankhan(read_bijankhan(CORPORA / mapping.corpus, mapping), mapping)
    assert stats["words"] > 290_000 and stats["sentences"] > 12_000
    assert not [k for k in stats if k.startswith("unmapped") and stats[k] > 1]   # only two numeric noise tags


def test_verb_forms_hazm_does_not_conjugate_take_the_lemma_of_their_known_form():
    # hazm conjugates no negative copula and the lemma table has only `نیست`: `نیستیم` is `نیست` + `یم`, so its
    # lemma is the copula's (which the relations stage needs to see `ما ... نیستیم` as a negated copula)
    from pipeline.backends import hazm_backend as hb

    model_dir = ROOT / "models" / "tagger-hazm"
    if not (model_dir / "lemmas.tsv.gz").is_file():
        pytest.skip("no models/tagger-hazm")
    model = hb.HazmModel(model_dir)
    assert model.lemma("نیست", "VERB") == "هست"
    assert [model.lemma(w, "VERB") for w in ("نیستیم", "نیستند", "نیستم")] == ["هست"] * 3
    assert model.lemma("نیستم", "AUX") == "هست"                  # tagged an auxiliary: the verb's entry
    assert [model.lemma(w, "VERB") for w in ("نیفتاد", "بیفتد")] == ["افتاد"] * 2   # `ن`, `ب` + `افت` written `نیفت`
    assert [model.lemma(w, "VERB") for w in ("نیاوردیم", "بیایند")] == ["آورد", "آمد"]   # `ن`, `ب` + `آ` written `نیا`
    assert [model.lemma(w, "VERB") for w in ("یابد", "می‌یابد")] == ["یافت"] * 2   # hazm: `یابید`, a rare past stem
    assert model.lemma("رفتند", "VERB") == "رفت"                 # a known form keeps its own lemma
    assert model.lemma("کتابند", "NOUN") == hb.hazm_lemma("کتابند", "NOUN")   # only verbs are split
