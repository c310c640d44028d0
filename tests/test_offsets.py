import re

import pytest

from pipeline.offsets import TrackedText


def spans_ok(t: TrackedText, original: str) -> None:
    assert len(t.starts) == len(t.ends) == len(t.text)
    for s, e in zip(t.starts, t.ends):
        assert 0 <= s <= e <= len(original)


@pytest.mark.parametrize("original, pattern, repl, expected", [
    ("تلآویو", r"(?<=تل)(?=آ)", "\u200c", "تل\u200cآویو"),          # insertion
    ("مي شود", r"ي", "ی", "می شود"),                                # same length
    ("می شود", r"(?<=می) (?=شود)", "\u200c", "می\u200cشود"),        # replacement
    ("حزباالله", r"اا(?=لله)", "ا", "حزبالله"),                       # deletion
    ("[1] جنگ", r"^\[\d+\] ", "", "جنگ"),                           # deletion at start
])
def test_sub_keeps_offsets(original, pattern, repl, expected):
    t = TrackedText(original)
    t.sub(re.compile(pattern), repl, rule="test")
    assert t.text == expected
    spans_ok(t, original)
    assert t.edits and t.edits[0].rule == "test"


def test_unchanged_characters_map_to_themselves():
    original = "سفر به تلآویو"
    t = TrackedText(original)
    t.sub(re.compile(r"(?<=تل)(?=آ)"), "\u200c")
    i = t.text.index("آویو")
    s, e = t.original_span(i, i + 4)
    assert original[s:e] == "آویو"
    s, e = t.original_span(0, len(t.text))
    assert (s, e) == (0, len(original))


def test_callable_returning_none_keeps_match():
    t = TrackedText("الف ب")
    assert t.sub(re.compile(r"\S+"), lambda m: None) == 0
    assert t.text == "الف ب"


def test_translate_keeps_length_and_maps():
    t = TrackedText("كتاب")
    t.translate(str.maketrans("ك", "ک"))
    assert t.text == "کتاب" and t.original_span(0, 4) == (0, 4)
