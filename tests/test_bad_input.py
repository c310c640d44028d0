"""Hostile and odd input through the whole default pipeline: no exception, valid offsets, no silent loss."""
import pytest

from pipeline.document import Document

BIDI = "\u202b\u200f"


def covered_characters(doc: Document) -> set[int]:
    covered = set()
    for tok in doc.tokens:
        covered.update(range(tok.start, tok.end))
    for edit in doc.edits:
        covered.update(range(edit.start, edit.end))
    return covered


def assert_sound(doc: Document) -> None:
    n = len(doc.text)
    for sent in doc.sentences:
        assert 0 <= sent.start <= sent.end <= n
        for tok in sent.tokens:
            assert sent.start <= tok.start < tok.end <= sent.end
            for w in tok.words:
                assert tok.start <= w.start <= w.end <= tok.end
    covered = covered_characters(doc)
    lost = [i for i, ch in enumerate(doc.text)
            if not ch.isspace() and ch not in "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\x00"
            and not ("\u064b" <= ch <= "\u065f") and ch != "\u0640" and i not in covered]
    assert not lost, f"characters neither tokenized nor recorded as removed: {[doc.text[i] for i in lost[:10]]}"


@pytest.mark.parametrize("text", [
    "",
    "   \n\t  \n",
    "\x00\x00",
    f"{BIDI}پوتین{BIDI} به مسکو رفت.",
    "The Kremlin said (Reuters) که پوتین با نتانيهو ديدار كرد. وقال المتحدث باسم الكرملين إن اللقاء كان مثمرا.",
    "<p>پوتین <b>به</b> مسکو رفت.</p><br/>نتانیاهو &amp; پوتین",
    "🙂🙂 سلام!!! ؟؟ … «» [] () ...",
    "ا" * 100_000,
    "\ud800 lone surrogate",
])
def test_odd_input_is_processed_soundly(default_pipeline, text):
    doc = default_pipeline(text, doc_id="odd")
    assert_sound(doc)


def test_empty_input_gives_no_sentences(default_pipeline):
    assert default_pipeline("", doc_id="e").sentences == []
    assert default_pipeline(" \n \n", doc_id="e").sentences == []


def test_long_line_without_punctuation_is_split_and_bounded(text_pipeline):
    text = " ".join(["پوتین", "با", "نتانیاهو", "دیدار", "کرد"] * 20_000)  # 100k words, no punctuation
    doc = text_pipeline(text, doc_id="long")
    limit = text_pipeline.stages[-1].options.max_sentence_tokens
    assert doc.sentences and max(len(s.tokens) for s in doc.sentences) <= limit
    assert sum(len(s.tokens) for s in doc.sentences) == 100_000
    assert_sound(doc)


def test_oversized_document_is_reported_not_crashed(tmp_path):
    from pipeline import Pipeline

    from .conftest import DEFAULT_CONFIG

    pipe = Pipeline.from_config(DEFAULT_CONFIG, ["limits.max_doc_chars=100"])
    doc = pipe("سلام " * 100, doc_id="big")
    assert doc.sentences == [] and "max_doc_chars" in doc.problems[0]
