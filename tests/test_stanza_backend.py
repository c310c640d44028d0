"""The stanza backend (optional extra): a one-line error without stanza; with stanza, a tiny model trained
with stanza's own trainers runs as the tag / lemmatize / parse stages."""
import sys

import pytest
import yaml

from pipeline import Pipeline
from pipeline.config import parse_config
from pipeline.errors import ConfigError, ModelError

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def stanza_pipeline(model, stages=("tag", "lemmatize", "parse")):
    config = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              **{s: {"backend": "stanza", "model": str(model)} for s in stages}}
    return Pipeline(parse_config({"pipeline": list(config), "stages": config}, None))


def test_missing_extra_is_one_line_error(tmp_path, monkeypatch):
    from pipeline.backends import stanza_backend

    stanza_backend.runner_for.cache_clear()
    monkeypatch.setitem(sys.modules, "stanza", None)   # as if the extra were not installed
    with pytest.raises(ConfigError, match=r"install the stanza extra") as err:
        stanza_pipeline(tmp_path, stages=("tag",))
    assert "\n" not in str(err.value)


def test_missing_extra_when_training(tmp_path, monkeypatch):
    from pipeline.training.syntax import train_component

    config = tmp_path / "stanza_pos.yaml"
    config.write_text(yaml.safe_dump({"backend": "stanza", "trains": ["tagger"], "output": "m",
                                      "train": [{"corpus": "tiny_train.conllu", "holdout": 0.25}]}), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "stanza", None)
    with pytest.raises(ConfigError, match=r"install the stanza extra"):
        train_component("tagger", config, FIXTURES, command="x", log=lambda *a: None)


def test_missing_extra_for_the_ner_stage_is_one_line_error(tmp_path, monkeypatch):
    from pipeline.stages import ner

    ner._load_stanza.cache_clear()
    monkeypatch.setitem(sys.modules, "stanza", None)
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              "ner": {"backend": "stanza", "model": str(tmp_path)}}
    with pytest.raises(ConfigError, match=r"install the stanza extra") as err:
        Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
    assert "\n" not in str(err.value)


stanza = pytest.importorskip("stanza")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    from pipeline.training.stanza_trainer import train_stanza

    work = tmp_path_factory.mktemp("stanza")
    for component, args in (("tagger", {"max_steps": 10, "eval_interval": 10, "hidden_dim": 16,
                                        "char_hidden_dim": 16, "word_emb_dim": 16, "char_emb_dim": 16,
                                        "deep_biaff_hidden_dim": 16, "composite_deep_biaff_hidden_dim": 16}),
                            ("lemmatizer", {"dict_only": True}),
                            ("parser", {"max_steps": 10, "eval_interval": 10, "hidden_dim": 16,
                                        "char_hidden_dim": 16, "word_emb_dim": 16, "char_emb_dim": 16,
                                        "deep_biaff_hidden_dim": 16, "tag_emb_dim": 8})):
        config = work / f"{component}.yaml"
        config.write_text(yaml.safe_dump({"backend": "stanza", "trains": [component], "output": "model",
                                          "budget_minutes": 3, "args": args,
                                          "train": [{"corpus": "tiny_train.conllu", "holdout": 0.25}],
                                          "evaluate": ["tiny_train.conllu"] if component == "parser" else []}),
                          encoding="utf-8")
        scores = train_stanza(config, FIXTURES, command=f"pytest {component}", log=lambda *a: None)
    return work / "model", scores


def test_stanza_stages_annotate_real_persian(tiny_model):
    model, scores = tiny_model
    assert 0 <= scores["tiny_train.conllu"]["LAS"] <= 100
    assert (model / "MODEL_CARD.md").exists()
    doc = stanza_pipeline(model)("پوتین با نتانیاهو در مسکو دیدار کرد.", doc_id="t")
    words = list(doc.words)
    assert len(words) == 8
    assert all(w.upos and w.lemma and w.deprel for w in words)
    assert all(0 <= w.head <= len(words) for w in words)


@pytest.mark.parametrize("text", ["", "!!! ... ؟؟ «» .", "The Kremlin said talks were useful."])
def test_odd_input_parses_without_error(tiny_model, text):
    doc = stanza_pipeline(tiny_model[0])(text, doc_id="t")
    assert all(w.upos and w.deprel for w in doc.words)


def test_folder_without_pos_model_is_a_model_error(tmp_path):
    from pipeline.backends import stanza_backend

    stanza_backend.runner_for.cache_clear()
    with pytest.raises(ModelError, match="no stanza POS model"):
        stanza_pipeline(tmp_path, stages=("tag",))


def test_documents_prepared_together_get_the_annotations_they_get_alone(tiny_model):
    """Pipeline.pipe hands the stanza stages several documents at once: one stanza Document of all their
    sentences, each processor run once over it. Every document comes out as it does alone, empty ones too."""
    pipe = stanza_pipeline(tiny_model[0])
    texts = ["پوتین با نتانیاهو در مسکو دیدار کرد.", "", "وزیر خارجه روسیه گفت: گفت‌وگوها مفید بود. این دیدار ادامه دارد.",
             "!!! ...", "ایران و روسیه یک توافق امضا کردند."]
    layers = lambda d: [(w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel) for w in d.words]  # noqa: E731
    alone = [layers(pipe(t, doc_id=f"d{i}")) for i, t in enumerate(texts)]
    together = [layers(d) for d in pipe.pipe(texts, batch_size=5)]
    assert together == alone
    assert sum(map(len, together)) > 20 and all(w[0] and w[5] for doc in together for w in doc)


# -- NER -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_ner(tmp_path_factory):
    from pipeline.training.ner import train_ner

    work = tmp_path_factory.mktemp("stanza_ner")
    for name in ("ner_train.iob", "ner_gold.iob"):
        (work / name).write_bytes((FIXTURES / name).read_bytes())
    words = sorted({line.split("\t")[0] for line in (FIXTURES / "ner_train.iob").read_text(encoding="utf-8").splitlines()
                    if "\t" in line})
    (work / "tiny.vec").write_text(f"{len(words)} 4\n" + "".join(f"{w} {i % 7 / 7:.3f} 0.1 -0.2 {i % 3 / 3:.3f}\n"
                                                             for i, w in enumerate(words)), encoding="utf-8")
    (work / "ner_stanza.yaml").write_text(yaml.safe_dump({
        "backend": "stanza", "output": "model", "vectors": "tiny.vec", "max_steps": 30, "max_minutes": 3,
        "overrides": {"eval_interval": 10, "hidden_dim": 16, "char_hidden_dim": 16, "word_emb_dim": 8,
                      "char_emb_dim": 8, "batch_size": 8},
        "train": [{"corpus": "ner_train.iob", "format": "iob", "holdout": 0.2}],
        "evaluate": [{"name": "tiny_gold", "corpus": "ner_gold.iob", "format": "iob"}]}), encoding="utf-8")
    scores = train_ner(work / "ner_stanza.yaml", work, command="pytest stanza ner", log=lambda *a: None)
    return work / "model", scores


def test_stanza_ner_trains_and_tags_real_persian(tiny_ner):
    model, scores = tiny_ner
    assert 0 <= scores["tiny_gold"] <= 100
    assert (model / "ner.pt").exists() and (model / "pretrain.pt").exists() and (model / "training.log").exists()
    card = (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "pytest stanza ner" in card and "ner_train.iob" in card
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              "ner": {"backend": "stanza", "model": str(model)}}
    pipe = Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
    text = "پوتين به مسکو بازگشت. سازمان ملل متحد در نیویورک نشست برگزار کرد."
    docs = [pipe(text, doc_id="a"), pipe("", doc_id="empty")]
    assert docs[1].entities == []
    for e in docs[0].entities:   # whatever a 30-step model finds, its spans slice the original text
        assert e.label in {"PER", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"}
        assert text[e.start:e.end] == e.text.replace("ی", "ي") or text[e.start:e.end] == e.text


def test_stanza_ner_folder_without_model_is_a_model_error(tmp_path):
    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              "ner": {"backend": "stanza", "model": str(tmp_path)}}
    with pytest.raises(ModelError, match=r"no ner.pt in the stanza NER model folder"):
        Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
