"""The relations stage in the default pipeline, its confidence model, and `faie train relations`."""
from __future__ import annotations

import json
import pickle

import pytest
import yaml

from pipeline.errors import ModelError
from pipeline.relations.confidence import ConfidenceModel

from .conftest import DEFAULT_CONFIG, ROOT
from .test_cli import faie


def test_seed_gives_the_russia_israel_working_group_triple(default_pipeline, seed_text):
    doc = default_pipeline(seed_text, doc_id="seed")
    joint = [t for t in doc.triples if t.subject_id == "Russia" and t.object_id == "Israel"
             and "کار گروه" in t.relation and t.relation.endswith("با")]
    assert joint, [(t.subject, t.relation, t.object) for t in doc.triples]
    t = joint[0]
    assert (t.tense, t.polarity) == ("future", "positive")
    assert t.gloss and t.gloss.startswith("Russia – ") and t.gloss.endswith(" – Israel")
    assert doc.text[t.subject_span[0]:t.subject_span[1]] == "روسیه"   # offsets into the original text
    assert all(0.0 <= tr.confidence <= 1.0 for tr in doc.triples)


def test_a_joint_triple_is_glossed_by_the_light_verb_construction_its_object_makes(default_pipeline, seed_text):
    """`پوتین و نتانیاهو چندین تماس تلفنی با یکدیگر داشتند`: the pairwise triple reads `be in contact with`
    (the lexicon's `تماس داشتن`), not the bare light verb's `have with`."""
    doc = default_pipeline(seed_text, doc_id="seed")
    contact = [t for t in doc.triples if "تماس" in t.relation and t.relation.endswith("با")]
    assert contact and contact[0].gloss == "Vladimir Putin – be in contact with – Benjamin Netanyahu"


def test_metonymy_capital_acting_as_government(default_pipeline, seed_text):
    doc = default_pipeline(seed_text, doc_id="seed")
    blame = [t for t in doc.triples if "مسؤول" in t.relation]
    assert blame and (blame[0].subject_id, blame[0].object_id) == ("Russia", "Israel")


def test_confidence_model_refuses_pickle_and_malformed_files(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_bytes(pickle.dumps({"weights": {}}))
    with pytest.raises(ModelError, match="JSON expected"):
        ConfidenceModel.load(bad)
    bad.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(ModelError, match="expected format"):
        ConfidenceModel.load(bad)


def test_train_relations_writes_json_weights_and_a_card(tmp_path):
    cfg = {"pipeline": str(DEFAULT_CONFIG), "gold": str(ROOT / "eval/gold/seed.jsonl"),
           "train_split": None, "eval_split": None, "output": str(tmp_path / "rel")}
    (tmp_path / "train.yaml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    res = faie("train", "relations", "--config", str(tmp_path / "train.yaml"))
    assert res.returncode == 0, res.stderr
    model = ConfidenceModel.load(tmp_path / "rel" / "confidence.json")
    assert model.weights and (tmp_path / "rel" / "MODEL_CARD.md").exists()
    assert "FarsNews" in (tmp_path / "rel" / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_train_relations_with_a_missing_gold_file_is_one_line(tmp_path):
    res = faie("train", "relations", "--gold", str(tmp_path / "nope.jsonl"))
    assert res.returncode == 3 and res.stderr.count("\n") == 1 and "nope.jsonl" in res.stderr


def test_each_sentence_of_a_quote_kept_whole_is_parsed_as_its_own_clause(default_pipeline):
    """The segmenter keeps `«... قوی‌تر از تمام دشمنانش. هیچ کس ... نمی‌تواند ...»` as one sentence; parsed as one
    clause, `قوی‌تر` became the subject of `تهدید کند`. Each quoted sentence is now a tree hung on the reporting
    verb, so the speaker still frames it; a spelled-out abbreviation (`اف. بی. آی`) is no sentence break."""
    doc = default_pipeline("وی همچنین ادعا کرد: «اسرائیل بسیار قوی است؛ قوی‌تر از تمام دشمنانش. هیچ کس در خاورمیانه"
                           " نمی‌تواند اسرائیل را تهدید کند».", doc_id="quote")
    assert len(doc.sentences) == 1 and sum(w.head == 0 for w in doc.sentences[0].words) == 1
    found = {(t.subject, t.relation, t.object) for t in doc.triples}
    assert ("هیچ کس", "تهدید کند", "اسرائیل") in found, found
    doc = default_pipeline("به نوشته خبرگزاری «رویترز»، اداره فدرال تحقیقات آمریکا (اف. بی. آی) تیرماه سال گذشته این زن"
                           " 30 ساله را به اتهام همکاری با سرویس‌های اطلاعاتی روسیه بازداشت کرد.", doc_id="fbi")
    found = {(t.subject, t.relation, t.object) for t in doc.triples}
    assert ("اداره فدرال تحقیقات آمریکا", "بازداشت کرد", "این زن 30 ساله") in found, found


def test_a_copula_is_a_verb_form_not_a_letter_of_a_model_name(default_pipeline):
    """`یک توپ ضدهوایی "کی اس-۱۹"`: our parser tags `اس` (the letter S) INTJ and hangs it on `کی` as `cop`; that
    made five `... | اس | کی` triples in one held-out sentence. A copula is a verb form or a clitic."""
    doc = default_pipeline('ارتش آذربایجان سه راکت انداز "بی ام-۲۱ گراد یارس"، یک توپ ضدهوایی "کی اس-۱۹ و دو سامانه'
                           ' توپ هوویتزر "دی-۳۰" و چندین خودروی زرهی را تخریب کرده است.', doc_id="ks19")
    found = {(t.subject, t.relation, t.object) for t in doc.triples}
    assert not any(r == "اس" for _, r, _ in found), found
