"""The hazm CRF tagger backend: training on a tiny fixture, loading, tagging real Persian through the
pipeline, the train dispatch, and bad training input."""
import shutil

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
