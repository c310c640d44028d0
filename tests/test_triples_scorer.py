"""The triple scorer pins each matching rule of the guidelines' section 6 with real Persian triples."""
import json

import pytest

from pipeline.document import Triple
from pipeline.errors import InputError, UsageError
from pipeline.evaluation.triples import (Matcher, TextNormalizer, head, load_determiners, load_gold,
                                         score_document, select_split, summarize, token_f1, tokenize)

M = Matcher()


def T(s, r, o, sid=None, oid=None, **kw):
    return Triple(subject=s, relation=r, object=o, sentence=0, subject_id=sid, object_id=oid, **kw)


def G(s, r, o, sid=None, oid=None, **kw):
    return {"subject": s, "relation": r, "object": o, "subject_id": sid, "object_id": oid, **kw}


# -- text: normalization, tokens, heads --------------------------------------------------------------
def test_tokens_zwnj_and_space_are_the_same_and_punctuation_goes():
    a = tokenize("گفت‌وگو کرد با", M.normalize)
    b = tokenize("گفت وگو  کرد با", M.normalize)
    assert a == b == ("گفت", "وگو", "کرد", "با")
    # Arabic kaf/yeh and Persian digits are normalized as the pipeline does; quotes and commas go.
    assert tokenize("خبرگزاری «تاس»، ۱۵ نظامی", M.normalize) == ("خبرگزاری", "تاس", "15", "نظامی")
    assert tokenize("نظامي روسيه كشته شد", M.normalize) == ("نظامی", "روسیه", "کشته", "شد")


def test_normalizer_follows_the_pipelines_digit_option(default_pipeline):
    assert TextNormalizer.from_pipeline(default_pipeline)("۱۷ سپتامبر") == "17 سپتامبر"
    assert TextNormalizer(digits="persian")("17 سپتامبر") == "۱۷ سپتامبر"


@pytest.mark.parametrize("span, expected", [
    ("یک کار گروه مشترک", "کار"),
    ("این کشور", "کشور"),
    ("همین دیدار", "دیدار"),
    ("۱۵ نظامی روسیه", "نظامی"),
    ("چند کشور دیگر", "کشور"),
    ("رئیس جمهوری روسیه", "رئیس"),
    ("این", None),
])
def test_head_is_first_token_after_determiners_and_numerals(span, expected):
    assert head(tokenize(span, M.normalize), load_determiners()) == expected


def test_determiner_list_is_data():
    assert {"یک", "این", "آن", "همین", "هر", "چند"} <= load_determiners()


# -- slot rules ---------------------------------------------------------------------------------------
def test_slot_matches_on_same_canonical_id():
    gold, pred = M.slot("رژیم صهیونیستی", "Israel"), M.slot("اسرائیل", "Israel")
    assert M.arg_match(pred, gold)
    assert not M.arg_match(M.slot("اسرائیل"), M.slot("رژیم صهیونیستی"))          # no ids: nothing in common
    assert not M.arg_match(M.slot("اسرائیل", "Israel"), M.slot("رژیم صهیونیستی"))  # one side only


def test_slot_matches_on_same_head_after_a_determiner():
    gold = M.slot("یک کار گروه مشترک")
    pred = M.slot("کار گروه مشترک با حضور تعدادی از کشورها")
    assert token_f1(pred.tokens, gold.tokens) == pytest.approx(0.5)  # below 0.6: only the head rule applies
    assert M.arg_match(pred, gold)
    assert M.arg_match(M.slot("نظامی روس"), M.slot("۱۵ نظامی روسیه"))  # a numeral before the head
    assert not M.arg_match(M.slot("نخست وزیر رژیم صهیونیستی"), M.slot("رئیس جمهوری روسیه"))


@pytest.mark.parametrize("pred, f1, matches", [
    ("تامین امنیت منطقه خاورمیانه", 6 / 9, True),            # just above 0.6
    ("تامین امنیت پایدار منطقه خاورمیانه", 0.6, True),      # exactly 0.6: "at least"
    ("حفظ و امنیت کامل منطقه خاورمیانه", 8 / 11, True),
    ("حفظ امنیت کامل منطقه خاورمیانه امروز", 6 / 11, False),  # just below 0.6
])
def test_argument_token_f1_threshold(pred, f1, matches):
    gold = M.slot("ثبات و امنیت منطقه خاورمیانه")
    p = M.slot(pred)
    assert p.head != gold.head
    assert token_f1(p.tokens, gold.tokens) == pytest.approx(f1)
    assert M.arg_match(p, gold) is matches


@pytest.mark.parametrize("pred, gold, f1, matches", [
    ("دیدار کرد با", "گفت‌وگو کرد با", 4 / 7, True),   # just above 0.5
    ("اعلام نکرد", "اعلام کرد", 0.5, True),             # exactly 0.5: "at least"
    ("اعلام نکرده است", "اعلام کرد", 0.4, False),       # just below 0.5
    ("گفت وگو کرد با", "گفت‌وگو کرد با", 1.0, True),     # ZWNJ typed as a space
])
def test_relation_token_f1_threshold(pred, gold, f1, matches):
    p, g = M.slot(pred), M.slot(gold)
    assert token_f1(p.tokens, g.tokens) == pytest.approx(f1)
    assert M.relation_match(p, g) is matches


def test_relation_below_threshold_blocks_the_whole_triple():
    gold = [G("مسکو", "مسئول دانست", "تل‌آویو")]
    res = score_document([T("مسکو", "مسئول آن دانسته است", "تل‌آویو")], gold)  # F1 2/7
    assert res.counts["matched"] == 0 and res.missed == [0] and res.spurious == [0]


# -- triples: pairing, duplicates, strict ---------------------------------------------------------
def test_zwnj_vs_space_triple_is_a_strict_match():
    res = score_document([T("پوتين", "گفت وگو كرد با", "نتانیاهو")], [G("پوتین", "گفت‌وگو کرد با", "نتانیاهو")])
    s = res.scores()
    assert s["relaxed"]["f1"] == 1.0 and s["strict"]["f1"] == 1.0


def test_greedy_one_to_one_takes_the_better_pair_first():
    gold = [G("پوتین", "گفت‌وگو کرد با", "نتانیاهو"), G("پوتین", "دیدار کرد با", "نتانیاهو")]
    preds = [T("پوتین", "دیدار کرد با", "نتانیاهو"), T("پوتین", "گفت‌وگو کرد با", "نتانیاهو")]
    # Each prediction matches both gold triples (relation F1 4/7 ≥ 0.5); list order would pair 0-0 and 1-1.
    res = score_document(preds, gold)
    assert sorted(res.pairs) == [(0, 1), (1, 0)]
    assert res.counts["matched"] == 2 and res.counts["strict_matched"] == 2


def test_one_to_one_leaves_the_second_prediction_unmatched():
    gold = [G("نتانیاهو", "سفر کرد به", "مسکو")]
    preds = [T("نتانیاهو", "سفر کرد به", "مسکو"), T("نتانیاهو", "سفر کرد", "مسکو")]
    res = score_document(preds, gold)
    assert res.pairs == [(0, 0)] and res.spurious == [1]
    assert res.scores()["relaxed"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667,
                                        "matched": 1, "predicted": 2, "gold": 1}


def test_duplicate_predictions_count_once():
    gold = [G("پوتین", "گفت‌وگو کرد با", "نتانیاهو")]
    preds = [T("پوتین", "گفت‌وگو کرد با", "نتانیاهو"),
             T("پوتين", "گفت وگو كرد با", "نتانياهو"),     # same three strings after normalization
             T("پوتین", "گفت‌وگو کرد با", "نتانیاهو", "Vladimir Putin", "Benjamin Netanyahu")]
    res = score_document(preds, gold)
    assert res.duplicates == [(1, 0), (2, 0)]
    assert res.scores()["relaxed"]["precision"] == 1.0 and res.scores()["duplicates"] == 2
    assert res.spurious == []


def test_gold_duplicates_are_counted_not_removed():
    gold = [G("مسکو", "خواستار است", "انجام تحقیقات فوری"), G("مسکو", "خواستار است", "انجام تحقیقات فوری")]
    res = score_document([T("مسکو", "خواستار است", "انجام تحقیقات فوری")] * 2, gold)
    s = res.scores()
    assert s["gold_duplicates"] == 1 and s["duplicates"] == 1
    assert s["relaxed"]["gold"] == 2 and s["relaxed"]["recall"] == 0.5


def test_strict_needs_all_three_slots_equal_relaxed_does_not():
    gold = [G("روسیه", "تشکیل خواهند داد", "یک کار گروه مشترک")]
    res = score_document([T("روسیه", "تشکیل خواهند داد", "کار گروه مشترک")], gold)
    s = res.scores()
    assert s["relaxed"]["f1"] == 1.0
    assert s["strict"]["f1"] == 0.0 and s["strict"]["matched"] == 0


def test_gold_triples_of_another_shape_do_not_match():
    gold = [G("ایران", "است", "بزرگترین تهدید برای ثبات و امنیت منطقه")]
    res = score_document([T("نتانیاهو", "مدعی شد", "ایران")], gold)
    assert res.scores()["relaxed"]["f1"] == 0.0


# -- entity triples, attribution, polarity -------------------------------------------------------
def test_entity_triples_are_scored_on_their_own():
    gold = [G("روسیه", "یک کار گروه مشترک تشکیل خواهند داد با", "رژیم صهیونیستی", "Russia", "Israel"),
            G("روسیه", "تشکیل خواهند داد", "یک کار گروه مشترک", "Russia")]
    preds = [T("روسیه", "تشکیل خواهند داد", "کار گروه مشترک", "Russia"),
             T("مسکو", "کار گروه مشترک تشکیل خواهند داد با", "اسرائیل", "Russia", "Israel"),
             T("پوتین", "دیدار کرد با", "ترامپ", "Vladimir Putin", "Donald Trump")]
    s = score_document(preds, gold).scores()
    assert s["entity"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "matched": 1, "predicted": 2, "gold": 1}
    assert s["relaxed"]["matched"] == 2 and s["relaxed"]["predicted"] == 3


def test_entity_recall_needs_the_ids_on_the_prediction():
    gold = [G("پوتین", "گفت‌وگو کرد با", "نتانیاهو", "Vladimir Putin", "Benjamin Netanyahu")]
    s = score_document([T("پوتین", "گفت‌وگو کرد با", "نتانیاهو")], gold).scores()
    assert s["relaxed"]["recall"] == 1.0
    assert s["entity"]["recall"] == 0.0 and s["entity"]["predicted"] == 0


def test_attribution_and_polarity_accuracy_over_matched_pairs():
    gold = [G("روسیه", "تشکیل خواهند داد", "یک کار گروه مشترک", attribution="یک منبع عالی رتبه در تل‌آویو",
              polarity="positive", tense="future"),
            G("منبع یاد شده", "خودداری کرده است از", "ارائه جزئیات بیشتر", attribution=None,
              polarity="positive", tense="past"),
            G("پوتین", "گفت‌وگو کرد با", "نتانیاهو", attribution="کرملین", polarity="positive", tense="past"),
            G("تل‌آویو", "اعلام نکرده است", "جزئیات", polarity="negative")]
    preds = [T("روسیه", "تشکیل خواهند داد", "کار گروه مشترک", attribution="منبع عالی‌رتبه در تل‌آویو",
               tense="future"),                                     # attribution: same head → right
             T("منبع یاد شده", "خودداری کرده است از", "ارائه جزئیات بیشتر", tense="present"),  # none = none
             T("پوتین", "گفت‌وگو کرد با", "نتانیاهو", tense="past"),   # attribution missing → wrong
             T("تل‌آویو", "اعلام نکرده است", "جزئیات", polarity="positive")]  # polarity wrong
    # an unmatched prediction does not enter the accuracies
    preds.append(T("ایران", "است", "تهدید", polarity="negative"))
    s = score_document(preds, gold).scores()
    assert s["relaxed"]["matched"] == 4
    assert s["attribution"] == {"accuracy": 0.75, "correct": 3, "pairs": 4}
    assert s["polarity"] == {"accuracy": 0.75, "correct": 3, "pairs": 4}
    assert s["tense"] == {"accuracy": pytest.approx(2 / 3, abs=1e-4), "correct": 2, "pairs": 3}


def test_dict_predictions_are_accepted():
    pred = {"subject": "پوتین", "relation": "گفت‌وگو کرد با", "object": "نتانیاهو"}
    assert score_document([pred], [G("پوتین", "گفت‌وگو کرد با", "نتانیاهو")]).counts["matched"] == 1


# -- totals, splits, gold files ----------------------------------------------------------------------
def test_micro_totals_and_splits():
    a = score_document([T("پوتین", "گفت‌وگو کرد با", "نتانیاهو")], [G("پوتین", "گفت‌وگو کرد با", "نتانیاهو")],
                       doc_id="a", split="tune")
    b = score_document([T("ایران", "است", "تهدید")],
                       [G("نتانیاهو", "سفر کرد به", "مسکو"), G("پوتین", "مهم دانست", "بررسی مسائل")],
                       doc_id="b", split="test")
    out = summarize([a, b])
    assert out["micro"]["relaxed"] == {"precision": 0.5, "recall": 0.3333, "f1": 0.4,
                                       "matched": 1, "predicted": 2, "gold": 3}
    assert out["splits"]["tune"]["relaxed"]["f1"] == 1.0
    assert out["splits"]["test"]["relaxed"]["f1"] == 0.0
    assert [d["doc_id"] for d in out["per_document"]] == ["a", "b"]
    assert "splits" not in summarize([score_document([], [], doc_id="c")])


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_and_select_split(tmp_path):
    p = _write(tmp_path / "g.jsonl", [
        json.dumps({"doc_id": "d1", "text": "پوتین با نتانیاهو گفت‌وگو کرد.", "split": "tune",
                    "triples": [G("پوتین", "گفت‌وگو کرد با", "نتانیاهو", polarity="positive", tense="past")]},
                   ensure_ascii=False),
        "",
        json.dumps({"doc_id": "d2", "text": "نتانیاهو به مسکو سفر کرد.", "split": "test", "triples": []},
                   ensure_ascii=False)])
    gold = load_gold(p)
    assert [g.doc_id for g in gold] == ["d1", "d2"] and gold[1].line == 3
    assert [g.doc_id for g in select_split(gold, "test", p)] == ["d2"]
    with pytest.raises(UsageError, match="splits present: test, tune"):
        select_split(gold, "dev", p)


@pytest.mark.parametrize("line, message", [
    ('{"doc_id": "d1", "text": "متن"', ":2: not valid JSON"),
    ('{"doc_id": "d1", "text": "متن", "triples": [{"subject": "پوتین", "relation": "", "object": "x"}]}',
     ":2: triples[0]: 'relation' must be a non-empty string"),
    ('{"doc_id": "d1", "text": "متن", "triples": [{"subject": "a", "relation": "b", "object": "c", '
     '"polarity": "neg"}]}', "polarity 'neg': choose one of positive, negative"),
    ('{"doc_id": "d0", "text": "متن"}', ":2: doc_id 'd0' already used on line 1"),
    ('["d1"]', ":2: expected a JSON object per line"),
])
def test_bad_gold_lines_are_one_line_errors(tmp_path, line, message):
    p = _write(tmp_path / "g.jsonl", ['{"doc_id": "d0", "text": "متن", "triples": []}', line])
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")) as exc:
        load_gold(p)
    assert str(p) in str(exc.value) and "\n" not in str(exc.value)


def test_missing_gold_file(tmp_path):
    with pytest.raises(InputError, match="gold file not found"):
        load_gold(tmp_path / "nope.jsonl")


# -- faie eval triples ---------------------------------------------------------------------------
def _faie(*args):
    import subprocess
    import sys

    from .conftest import ROOT

    return subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


FIXTURE = "tests/fixtures/triples_gold.jsonl"


def test_cli_eval_triples_json_and_report(tmp_path):
    report = tmp_path / "r.html"
    res = _faie("eval", "triples", "--gold", FIXTURE, "--json", "--report", str(report))
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)  # one JSON object and nothing else
    assert out["documents"] == 2 and out["meta"]["gold"] == FIXTURE
    assert set(out["micro"]) == {"relaxed", "strict", "entity", "attribution", "polarity", "tense", "duplicates",
                                 "gold_duplicates"}
    assert out["micro"]["relaxed"]["gold"] == 6 and out["micro"]["entity"]["gold"] == 2
    assert 0.0 <= out["micro"]["relaxed"]["f1"] <= 1.0
    assert set(out["splits"]) == {"tune", "test"}
    assert [d["doc_id"] for d in out["per_document"]] == ["triples-kremlin", "triples-working-group"]
    html = report.read_text(encoding="utf-8")
    assert "triples-working-group" in html and "faie eval triples --gold" in html


def test_cli_eval_triples_table_split_and_errors(tmp_path):
    res = _faie("eval", "triples", "--gold", FIXTURE, "--split", "test")
    assert res.returncode == 0, res.stderr
    assert "split test" in res.stdout and "relaxed" in res.stdout and "triples-working-group" in res.stdout
    assert "triples-kremlin" not in res.stdout
    res = _faie("eval", "triples", "--gold", FIXTURE, "--split", "dev")
    assert res.returncode == 2 and "splits present: test, tune" in res.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a", "text": "متن", "triples": [{"subject": "پوتین"}]}\n', encoding="utf-8")
    res = _faie("eval", "triples", "--gold", str(bad))
    assert res.returncode == 3
    assert res.stderr.strip() == f"faie: error: {bad}:1: triples[0]: 'relation' must be a non-empty string"
