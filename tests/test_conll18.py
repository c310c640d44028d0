"""The CoNLL 2018 UD scorer on tiny hand-made gold/system pairs.

A token is written ``"form"`` (one word) or ``"form w1 w2 ..."`` (a multiword token), sentences are
lists of tokens, as in the published evaluation's own tests.
"""
import pytest

from pipeline.evaluation import conll18
from pipeline.evaluation.conll18 import InToken, InWord, UDError


def ud(*sentences, heads=None, **columns):
    """Build a representation; ``heads``/``upos`` etc. are flat lists over all words."""
    out = []
    k = 0
    for sent in sentences:
        tokens = []
        for tok in sent:
            parts = tok.split(" ")
            forms = parts[1:] if len(parts) > 1 else parts
            ws = []
            for f in forms:
                kw = {name: values[k] for name, values in columns.items()}
                ws.append(InWord(f, head=None if heads is None else heads[k], **kw))
                k += 1
            tokens.append(InToken(parts[0], ws))
        out.append(tokens)
    return conll18.build(out)


def f1(scores, metric):
    return round(scores[metric].f1, 4)


def test_perfect():
    gold = ud(["کتاب", "را", "خواند", "."], ["او", "رفت", "."])
    s = conll18.evaluate(gold, ud(["کتاب", "را", "خواند", "."], ["او", "رفت", "."]))
    for metric in ("Tokens", "Sentences", "Words"):
        assert s[metric].f1 == 1.0
        assert (s[metric].precision, s[metric].recall) == (1.0, 1.0)


def test_one_tokenization_error():
    gold = ud(["می‌رود", "خانه", "."])
    system = ud(["می‌", "رود", "خانه", "."])  # same characters, one token split in two
    s = conll18.evaluate(gold, system)
    assert (s["Tokens"].correct, s["Tokens"].gold_total, s["Tokens"].system_total) == (2, 3, 4)
    assert s["Tokens"].precision == 0.5 and s["Tokens"].recall == pytest.approx(2 / 3)
    assert f1(s, "Words") == round(2 * 2 / 7, 4)
    assert s["Sentences"].f1 == 1.0


def test_one_multiword_error():
    gold = ud(["کتابش کتاب ش", "را", "خواند", "."])
    system = ud(["کتابش", "را", "خواند", "."])  # token right, clitic not split
    s = conll18.evaluate(gold, system)
    assert s["Tokens"].f1 == 1.0
    assert (s["Words"].correct, s["Words"].gold_total, s["Words"].system_total) == (3, 5, 4)
    # the split done right aligns both words through the LCS of forms
    right = conll18.evaluate(gold, ud(["کتابش کتاب ش", "را", "خواند", "."]))
    assert right["Words"].f1 == 1.0


def test_one_sentence_boundary_error():
    gold = ud(["او", "رفت", "."], ["ما", "ماندیم", "."])
    system = ud(["او", "رفت", ".", "ما", "ماندیم", "."])
    s = conll18.evaluate(gold, system)
    assert (s["Sentences"].correct, s["Sentences"].gold_total, s["Sentences"].system_total) == (0, 2, 1)
    assert s["Tokens"].f1 == 1.0 and s["Words"].f1 == 1.0


def test_spaces_in_forms_are_ignored():
    """FORMs are compared with Zs characters removed: an original slice «مي شود» holding a space
    still lines up with gold «میشود» written without one."""
    def rep(*forms):
        return conll18.build([[InToken(f, [InWord(f)]) for f in forms]])

    s = conll18.evaluate(rep("می\u200cشود", "."), rep("می\u200c شود", "."))
    assert s["Tokens"].f1 == 1.0
    s = conll18.evaluate(rep("می", "شود"), rep("می\u00a0شود"))  # no-break space is Zs too
    assert (s["Tokens"].correct, s["Tokens"].system_total) == (0, 1)


def test_different_text_raises():
    with pytest.raises(UDError, match="differ at character 0"):
        conll18.evaluate(ud(["a"]), ud(["b"]))


# The alignment cases of the published evaluation script's unit tests: (gold, system, correct words).
@pytest.mark.parametrize("gold, system, correct", [
    (["a"], ["a"], 1),
    (["a", "b", "c"], ["a", "b", "c"], 3),
    (["abc a b c"], ["a", "b", "c"], 3),
    (["a", "bc b c", "d"], ["a", "b", "c", "d"], 4),
    (["abcd a b c d"], ["ab a b", "cd c d"], 4),
    (["abc a b c", "de d e"], ["a", "bcd b c d", "e"], 5),
    (["abcd"], ["a", "b", "c", "d"], 0),
    (["abc", "d"], ["a", "b", "c", "d"], 1),
    (["a", "bc", "d"], ["a", "b", "c", "d"], 2),
    (["a", "bc b c", "d"], ["a", "b", "cd"], 2),
    (["abc a BX c", "def d EX f"], ["ab a b", "cd c d", "ef e f"], 4),
    (["ab a b", "cd bc d"], ["a", "bc", "d"], 2),
    (["a", "bc b c", "d"], ["ab AX BX", "cd CX a"], 1),
])
def test_word_alignment(gold, system, correct):
    s = conll18.evaluate(ud(gold), ud(system))
    n_gold = sum(max(1, len(t.split(" ")) - 1) for t in gold)
    n_system = sum(max(1, len(t.split(" ")) - 1) for t in system)
    assert (s["Words"].correct, s["Words"].gold_total, s["Words"].system_total) == (correct, n_gold, n_system)


def test_tags_and_attachment():
    gold = ud(["او", "کتابش کتاب ش", "خواند"], heads=[4, 4, 2, 0], upos=["PRON", "NOUN", "PRON", "VERB"],
              deprel=["nsubj", "obj", "nmod", "root"], lemma=["او", "کتاب", "او", "خواند"],
              feats=["Number=Sing", "Number=Sing", "Person=3|Foo=Bar", "Tense=Past"])
    system = ud(["او", "کتابش کتاب ش", "خواند"], heads=[4, 4, 4, 0], upos=["PRON", "NOUN", "PRON", "AUX"],
                deprel=["nsubj", "obj:x", "nmod", "root"], lemma=["او", "کتاب", "_", "خواند"],
                feats=["Number=Sing", "Number=Sing", "Person=3", "Tense=Past"])
    s = conll18.evaluate(gold, system)
    assert s["UPOS"].correct == 3 and s["UPOS"].aligned_total == 4
    assert s["UFeats"].correct == 4  # only universal features count
    assert s["Lemmas"].correct == 3
    assert s["UAS"].correct == 3  # «ش» attached to the wrong head
    assert s["LAS"].correct == 3  # deprel subtypes are ignored
    assert s["Words"].f1 == 1.0


def test_segmenter_output_without_heads_scores_no_attachment():
    gold = ud(["او", "رفت"], heads=[2, 0])
    system = ud(["او", "رفت"])  # no HEAD column: nothing matches, nothing is refused
    s = conll18.evaluate(gold, system)
    assert s["Words"].f1 == 1.0 and s["UAS"].correct == 0


def test_malformed_heads_raise():
    with pytest.raises(UDError, match="one root"):
        ud(["a", "b"], heads=[0, 0])
    with pytest.raises(UDError, match="outside"):
        ud(["a"], heads=[5])
    with pytest.raises(UDError, match="cycle"):
        ud(["a", "b", "c"], heads=[2, 1, 0])


def test_scores_to_dict_shape():
    d = conll18.scores_to_dict(conll18.evaluate(ud(["a", "b"]), ud(["a", "b"])))
    assert d["Tokens"] == {"precision": 100.0, "recall": 100.0, "f1": 100.0, "correct": 2, "gold": 2, "system": 2}
    assert list(d)[:3] == ["Tokens", "Sentences", "Words"]


def test_evaluate_raw_on_a_small_gold_file(tmp_path):
    from pipeline.evaluation.segmentation import evaluate_raw, raw_text
    from pipeline.stages.segment import RuleSegmenter, SegmentOptions

    gold = tmp_path / "gold.conllu"
    gold.write_text(
        "# sent_id = 1\n# text = او کتابش را خواند.\n"
        "1\tاو\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2-3\tکتابش\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tش\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tرا\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\tخواند\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
        "# sent_id = 2\n# text = ما ماندیم!\n"
        "1\tما\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tماندیم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "3\t!\t_\t_\t_\t_\t_\t_\t_\t_\n\n", encoding="utf-8")
    assert raw_text(gold) == "او کتابش را خواند. ما ماندیم!"
    scores = evaluate_raw(RuleSegmenter(SegmentOptions()), gold)
    for metric in ("Tokens", "Words", "Sentences"):
        assert scores[metric]["f1"] == 100.0
    assert scores["meta"]["gold_sentences"] == 2 and scores["meta"]["uncovered_chars"] == 0
