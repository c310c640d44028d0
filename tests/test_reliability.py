"""Property-based tests (hypothesis) of normalize + segment over hostile Unicode: never raises, the
normalizer is idempotent, every offset lies inside the original and slices back to what it names, and no
text is dropped without a recorded edit. CI runs a modest number of examples; ``bench/fuzz.py`` runs the
same properties for ten minutes and more (its findings are kept below as regression examples)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.text.chars import WORD, canonical_string

from .conftest import SEED
from .test_bad_input import assert_sound

Z = "\u200c"

# -- strategies (shared with bench/fuzz.py) -------------------------------------------------------
ARABIC_BLOCKS = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x089F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF), (0x10E60, 0x10E7F), (0x10EC0, 0x10EFF), (0x1EC70, 0x1ECBF), (0x1ED00, 0x1ED4F),
                 (0x1EE00, 0x1EEFF)]
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
SPACES = " \t\n\r\u00a0\u2009\u202f\u3000\u2028\u2029\x0b\x0c\x85"
PUNCT = ".!?؟،؛:«»\"'()[]{}<>…-–—/\\&;#*=+%٪@"
CONTROLS = "\x00\x01\x08\x1b\x7f\x9f\ufffd\ufff9"
SURROGATES = "\ud800\udbff\udc00\udfff\udc80"  # lone surrogates, as JSON escapes deliver them


def _block(lo: int, hi: int):
    return st.integers(lo, hi).map(chr)


arabic_char = st.one_of(*[_block(lo, hi) for lo, hi in ARABIC_BLOCKS])
combining = st.one_of(_block(0x0300, 0x036F), _block(0x064B, 0x065F), _block(0x0610, 0x061A), _block(0x06D6, 0x06ED))
emoji = st.one_of(_block(0x1F300, 0x1FAFF), st.sampled_from(["\u2764\ufe0f", "\U0001F1EE\U0001F1F7", "👨\u200d👩\u200d👧"]))
odd_char = st.one_of(st.sampled_from(BIDI + ZERO_WIDTH + SPACES + PUNCT + CONTROLS + SURROGATES), combining, emoji,
                     st.characters(codec="utf-8"))
SEED_WORDS = sorted(set(SEED.read_text(encoding="utf-8").split()))
word = st.one_of(st.sampled_from(SEED_WORDS), st.text(arabic_char, min_size=1, max_size=12),
                 st.sampled_from(["می", "نمی", "ها", "های", "ای", "ی", "است", "اند", "شود", "کرد", "بین", "الله",
                                  "<b>", "</p>", "&amp;", "&#1740;", "[1]", "برچسب ها:", "http://x.ir/a?b=1", "2018",
                                  "۱۳۹۷", "٣٤", "A.B.", "ﷲ", "ﻻ", "ك", "ي", "ة", "ۀ", "أ", "إ", "ؤ", "ئ", "ء"]))
separator = st.one_of(st.sampled_from([" ", " ", " ", "\n", "\n\n", Z, "", ". ", "، ", "\r\n", "  "]), odd_char)
piece = st.one_of(word, word, separator, odd_char)
hostile_text = st.lists(piece, max_size=40).map("".join)
long_token = st.builds(lambda w, n: w * n, st.sampled_from(["ا", "ب", "می", Z, "x", "۱", "\u064b", "🙂", "ﻻ"]),
                       st.integers(500, 5000))
NEWS_SEPARATORS = [" ", " ", " ", Z, "", "\n", "\n\n", ". ", "،", f" {Z} ", Z * 2, "  ", "[1]", "\u064b", "\u0640"]


@st.composite
def broken_news(draw):
    """News words as converters break them: a separator (ZWNJ, line break, [n] marker, nothing...) between
    words and sometimes inside one."""
    out = []
    for w in draw(st.lists(word, min_size=1, max_size=14)):
        if len(w) > 1 and draw(st.integers(0, 3)) == 0:
            i = draw(st.integers(1, len(w) - 1))
            w = w[:i] + draw(st.sampled_from(NEWS_SEPARATORS)) + w[i:]
        out.append(w)
        out.append(draw(st.sampled_from(NEWS_SEPARATORS)))
    return "".join(out)


any_text = st.one_of(hostile_text, broken_news(), broken_news(), st.text(st.characters(codec="utf-8"), max_size=60),
                     st.tuples(hostile_text, long_token, hostile_text).map("".join))


# -- the properties (bench/fuzz.py runs these same functions) ---------------------------------------
def check_pipeline(pipeline, text: str) -> None:
    """normalize + segment: no exception; offsets inside the text, ordered; every token slices back to
    its text up to recorded rewrites; nothing dropped without an edit."""
    doc = pipeline(Document(doc_id="fuzz", text=text))
    n = len(text)
    last = 0
    for sent in doc.sentences:
        assert 0 <= sent.start <= sent.end <= n
        assert sent.start >= last
        last = sent.end
    assert_sound(doc)
    # edits that changed letters (not only ZWNJs and spaces): their tokens need not slice back letter for letter
    rewritten = [(e.start, e.end) for e in doc.edits
                 if e.rule.startswith(("ligature", "markup")) or _letters(canonical_string(e.before)) != _letters(e.after)]
    removed = set()
    for e in doc.edits:
        if not e.after:
            removed.update(range(e.start, e.end))
    for tok in doc.tokens:
        if any(a < tok.end and tok.start < b for a, b in rewritten):
            continue
        # the original slice, less what recorded edits removed (e.g. an [n] marker inside a word)
        source = canonical_string("".join(text[i] for i in range(tok.start, tok.end) if i not in removed))
        for ch in (Z, " ", "\n"):
            source = source.replace(ch, "")
        for m in WORD.finditer(tok.text):
            assert m.group().replace(Z, "") in source, (tok.text, text[tok.start:tok.end])
    for e in doc.edits:
        assert 0 <= e.start <= e.end <= n


def _letters(text: str) -> str:
    return text.replace(Z, "").replace(" ", "").replace("\n", "")


def check_idempotent(normalizer, text: str) -> None:
    once = normalizer.normalize(text).text
    twice = normalizer.normalize(once).text
    assert twice == once, f"not idempotent: {text!r} → {once!r} → {twice!r}"


@pytest.fixture(scope="module")
def text_pipeline():
    """normalize + segment with the default config's settings for them (what bench/fuzz.py runs)."""
    from pipeline import Pipeline
    from pipeline.config import load_config, load_yaml

    from .conftest import DEFAULT_CONFIG

    raw = load_yaml(DEFAULT_CONFIG)
    raw["pipeline"] = ["normalize", "segment"]
    raw["stages"] = {k: v for k, v in (raw.get("stages") or {}).items() if k in raw["pipeline"]}
    return Pipeline(load_config(DEFAULT_CONFIG, raw=raw))


@pytest.fixture(scope="module")
def normalizer(text_pipeline):
    return text_pipeline.stages[0]


FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.function_scoped_fixture])


# Found by the fuzz run (bench/fuzz.py, see eval/reports/fuzz.md); kept as regression examples.
REGRESSIONS: list[str] = [
    # markup formed by a later repair: a ZWNJ/NUL/[n] marker dropped inside an entity or tag made the second
    # normalization decode it (fixed: normalize goes again while markup remains)
    "خبر &a\u200cmp; خبر",
    "کار\u200cکرد؛ <b\u200c\u200c>،اسرائیل",
    "خبر &a\x00mp;lt; خبر",
    "خبر &am[1]p; خبر",
    # a furniture header formed once an [n] marker inside it was removed: the second normalization removed
    # it as a tag list (found by the 10-minute run; fixed: normalize goes again while furniture.found)
    "ب[0]رچسب:",
    "خبر مهم. ب[0]رچسب: ایران",
    # a title-or-wrapped-line decision measured a line before the artifact repair dropped an alef
    # (حزباالله → حزب‌الله); the second normalization joined the lines (fixed: lines.py _size)
    "گزارش.کر\nد.بود.حزباالله",
    # an edit nested in a removed tag list hid it from the segmenter, which made tokens of removed text
    # (fixed: segment.py merges edit spans)
    "پوتینبرچسب \u200c ها: اعلام،",
    "عالی\u200c[4]\u200c\u200cدرگیریها",
    # a word glued to numbers on both sides was split on one side per pass (found by CI's random run, session 15;
    # fixed: zwnj.py split_digits makes one edit for both sides)
    "۱۱آخر0",
]


@FAST
@given(text=any_text)
def test_pipeline_never_raises_and_offsets_are_sound(text_pipeline, text):
    check_pipeline(text_pipeline, text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(text=st.one_of(hostile_text, broken_news()))
def test_full_default_pipeline_never_raises(default_pipeline, text):
    """Every stage of the default config (syntax, NER, linking, relations) on hostile text."""
    check_pipeline(default_pipeline, text)


@FAST
@given(text=any_text)
def test_normalizer_is_idempotent(normalizer, text):
    check_idempotent(normalizer, text)


@pytest.mark.parametrize("text", REGRESSIONS or ["سلام"])
def test_fuzz_regressions(text_pipeline, normalizer, text):
    check_pipeline(text_pipeline, text)
    check_idempotent(normalizer, text)


@pytest.mark.parametrize("text", [
    "ب" * 100_000,                                   # a 100 KB token
    "می" + Z * 5000 + "شود",
    ("\u202e" + "پوتین" + "\u202c") * 2000,
    "\x00" * 1000 + "سلام" + "\ud800" * 100,
    "".join(chr(c) for c in range(0x0600, 0x0700)),  # the whole Arabic block once
    "".join(chr(c) for c in range(0xFB50, 0xFE00)),  # presentation forms A
    "".join(chr(c) for c in range(0xFE70, 0xFEFF)),  # presentation forms B
])
def test_extreme_inputs(text_pipeline, normalizer, text):
    check_pipeline(text_pipeline, text)
    check_idempotent(normalizer, text)
