"""The predicate lexicon (pipeline/resources/relations/predicates.tsv + pipeline/relations/lexicon.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.errors import ModelError
from pipeline.relations import count_predicates
from pipeline.relations.lexicon import PREDICATES, RESOURCES, PredicateLexicon

HEADER = "predicate\tnominal\tverb_lemma\tgloss\treciprocal\treporting\tfreq\tgloss_prep\n"


@pytest.fixture(scope="module")
def lex() -> PredicateLexicon:
    return PredicateLexicon.load()


def test_size_and_shape(lex):
    assert len(lex) >= 300
    assert sum(e.is_lvc for e in lex.entries) >= 150
    assert all(e.freq.startswith("ud=") for e in lex.entries)  # counted, not left as "-"
    # the predicates the annotation guidelines name are all there
    for nominal, verb in [("اعلام", "کرد"), ("مسئول", "دانست"), ("مهم ارزیابی", "کرد"), ("تشکیل", "داد"),
                          ("گفت‌وگو", "کرد"), ("دیدار", "کرد"), ("مذاکره", "کرد"), ("توافق", "کرد"),
                          ("تماس", "داشت"), ("سفر", "کرد"), (None, "بود"), (None, "است"), (None, "شد")]:
        assert lex.lookup(nominal, verb) is not None, (nominal, verb)


@pytest.mark.parametrize("nominal, verb, gloss", [
    ("گفت‌وگو", "کرد#کن", "talk with"),
    ("گفتگو", "کرد", "talk with"),            # written without ZWNJ and without the و-joint
    ("گفت وگو", "کن", "talk with"),           # spaced, present stem
    ("تشکیل", "داد#ده", "form"),
    ("تشکیل", "دادن", "form"),                # infinitive
    ("سفر", "کرد", "travel to"),
    ("دیدار", "کرد#کن", "meet with"),
    ("مسئول", "دانست#دان", "hold responsible"),
    ("مسؤول", "دانست", "hold responsible"),   # the seed's spelling
    ("تاكيد", "كرد", "emphasize"),            # Arabic kaf/yeh, no hamza
    ("تأکید", "کرد", "emphasize"),
    ("ارايه", "داد", "present"),              # Arabic yeh for the hamza seat
    ("خاطر نشان", "کرد", "point out"),        # FarsNews spacing
    ("به دست", "آورد#آور", "obtain"),
    ("به تعویق", "افتاد#افت", "be postponed"),   # the seed's `به تعویق افتاد`
    ("ارجاع", "داد#ده", "refer to"),           # session 25's news predicates
    ("موجب", "شد#شو", "cause"),
    ("رقم", "زد#زن", "bring about"),
    ("سوال", "کرد", "ask"),                    # `سؤال کردن` without the hamza
    ("مانع", "شد", "prevent"),
    ("سرازیر", "شد#شو", "pour into"),
    (None, "بازگشت#بازگرد", "return to"),
    ("دست", "آورد", "obtain"),                # nominal without its preposition
    (None, "گفت#گو", "say"),
    (None, "#است", "be"),
    (None, "است", "be"),
])
def test_lookup_and_gloss(lex, nominal, verb, gloss):
    assert lex.gloss_relation(nominal, verb) == gloss


def test_unknown(lex):
    assert lex.lookup("ناموجودواژه", "کرد") is None
    assert lex.lookup(None, "نگاشت#نگار") is None
    assert lex.gloss("ناموجودواژه", "کرد") is None


@pytest.mark.parametrize("nominal, verb, prep, gloss", [
    ("گفت‌وگو", "کرد", "با", "talk with"),       # the entry's own preposition
    ("گفت‌وگو", "کرد", "درباره", "talk about"),  # another preposition replaces it
    ("تشکیل", "داد", "با", "form with"),         # added when the gloss has none
    ("سفر", "کرد", "به", "travel to"),
    ("سفر", "کرد", "از", "travel from"),
    ("استفاده", "کرد", "از", "use"),             # absorbed by the transitive English verb
    ("مسئول", "دانست", "برای", "hold responsible for"),
    ("اعلام", "کرد", "به", "announce to"),
    ("تشکیل", "داد", "ناشناخته", "form"),        # a preposition the table does not know adds nothing
])
def test_preposition_merge(lex, nominal, verb, prep, gloss):
    assert lex.gloss_relation(nominal, verb, prep) == gloss


def test_inflection(lex):
    assert lex.gloss("تشکیل", "داد", "با", tense="future", object_head="working group") == \
        "will form working group with"
    assert lex.gloss("گفت‌وگو", "کرد", "با", tense="past") == "talked with"
    assert lex.gloss("اعلام", "کرد", tense="past", negative=True) == "did not announce"
    assert lex.gloss("مهم ارزیابی", "کرد", tense="present") == "considers important"
    assert lex.gloss("مسئول", "دانست", tense="past") == "held responsible"
    assert lex.gloss(None, "است", tense="present", negative=True) == "is not"
    assert lex.gloss(None, "بود", tense="past") == "was"
    assert lex.gloss("برگزار", "کرد", tense="past", passive=True) == "was held"
    assert lex.gloss("برگزار", "شد", tense="past", passive=True) == "was held"  # not "was been held"
    with pytest.raises(ValueError):
        lex.gloss("تشکیل", "داد", tense="yesterday")


def test_passive_with_shodan(lex):
    # PerDT gives `تشکیل شد` the lemma داد; a lemmatizer writing شد still finds تشکیل دادن, passive
    entry, passive = lex.find("تشکیل", "شد")
    assert entry.predicate == "تشکیل دادن" and passive
    assert lex.gloss("تشکیل", "شد#شو", tense="past") == "was formed"
    assert lex.gloss("اعلام", "شد", tense="past") == "was announced"
    # a شدن LVC of its own wins over the passive reading
    assert lex.gloss_relation("وارد", "شد") == "enter"
    assert lex.lookup("وارد", "شد").predicate == "وارد شدن"


def test_flags(lex):
    for nominal, verb in [(None, "گفت"), (None, "افزود"), ("اعلام", "کرد"), ("تأکید", "کرد"),
                          ("خاطرنشان", "کرد"), ("اظهار", "داشت"), ("تصریح", "کرد")]:
        assert lex.is_reporting(verb, nominal), (nominal, verb)
    for nominal, verb in [("دیدار", "کرد"), ("گفت‌وگو", "کرد"), ("مذاکره", "کرد"), ("توافق", "کرد"),
                          ("تماس", "داشت#دار"), ("ملاقات", "کرد")]:
        assert lex.is_reciprocal(verb, nominal), (nominal, verb)
    assert not lex.is_reporting("داد", "تشکیل")
    assert not lex.is_reciprocal("کرد", "اعلام")
    assert not lex.is_reciprocal("کرد", "ناموجودواژه")


def test_verb_key(lex):
    assert {lex.verb_key(v) for v in ("کرد#کن", "کرد", "کن", "کردن")} == {"کرد"}
    assert lex.verb_key("#است") == "است"
    assert lex.verb_key("بر#داشت") == "برداشت"  # PerDT's prefixed verbs are not the simple verb
    assert lex.lookup(None, "بر#داشت") is None
    assert {e.predicate for e in lex.lookup_verb("داد")} >= {"دادن", "تشکیل دادن", "انجام دادن"}


# -- validation: bad files fail with file:line ---------------------------------------------------
def _lexicon_dir(tmp_path: Path, rows: list[str]) -> Path:
    for name in ("prepositions.tsv", "variants.tsv", "english_verbs.tsv"):
        shutil.copy(RESOURCES / name, tmp_path / name)
    path = tmp_path / "predicates.tsv"
    path.write_text("# test lexicon\n" + HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


GOOD = "تشکیل دادن\tتشکیل\tداد#ده\tform\tno\tno\tud=1;news=2\t"


def test_small_file_loads(tmp_path):
    lex = PredicateLexicon.load(_lexicon_dir(tmp_path, [GOOD]), resources=tmp_path)
    assert len(lex) == 1 and lex.gloss_relation("تشکیل", "داد") == "form"


@pytest.mark.parametrize("row, message", [
    ("تشکیل دادن\tتشکیل\tداد#ده\tform", r"predicates.tsv:3: malformed line: expected 8"),
    ("تشکیل دادن\tتشکیل\tداد\tform\tno\tno\t-\t", r"predicates.tsv:3: verb_lemma"),
    ("تشکیل کردن\tتشکیل\tداد#ده\tform\tno\tno\t-\t", r"predicates.tsv:3: predicate .* does not match"),
    ("تشکیل دادن\tتشکیل\tداد#ده\tForm!\tno\tno\t-\t", r"predicates.tsv:3: gloss"),
    ("تشکیل دادن\tتشکیل\tداد#ده\tform\tmaybe\tno\t-\t", r"predicates.tsv:3: reciprocal must be yes or no"),
    ("تشکیل دادن\tتشکیل\tداد#ده\tform\tno\tno\tlots\t", r"predicates.tsv:3: freq"),
    ("تشکیل دادن\tتشکیل\tداد#ده\tform with\tno\tno\t-\twith", r"predicates.tsv:3: gloss_prep"),
])
def test_malformed_line(tmp_path, row, message):
    with pytest.raises(ModelError, match=message):
        PredicateLexicon.load(_lexicon_dir(tmp_path, [row]), resources=tmp_path)


def test_duplicate_predicate_names_both_lines(tmp_path):
    path = _lexicon_dir(tmp_path, [GOOD, "انجام دادن\tانجام\tداد#ده\tcarry out\tno\tno\t-\t", GOOD])
    with pytest.raises(ModelError, match=r"predicates.tsv:5: duplicate predicate 'تشکیل دادن' \(first on line 3\)"):
        PredicateLexicon.load(path, resources=tmp_path)


def test_duplicate_after_folding_names_both_lines(tmp_path):
    # same nominal up to spelling (ZWNJ / Arabic kaf) → one look-up key: an error, not a silent overwrite
    rows = ["گفت‌وگو کردن\tگفت‌وگو\tکرد#کن\ttalk with\tyes\tno\t-\tبا",
            "گفتگو کردن\tگفتگو\tکرد#کن\ttalk\tyes\tno\t-\t"]
    with pytest.raises(ModelError, match=r"predicates.tsv:4: duplicate predicate 'گفتگو کردن'.*line 3"):
        PredicateLexicon.load(_lexicon_dir(tmp_path, rows), resources=tmp_path)


def test_bad_header_and_missing_file(tmp_path):
    _lexicon_dir(tmp_path, [])
    bad = tmp_path / "bad.tsv"
    bad.write_text("predicate\tgloss\nتشکیل دادن\tform\n", encoding="utf-8")
    with pytest.raises(ModelError, match=r"bad.tsv:1: header must be"):
        PredicateLexicon.load(bad, resources=tmp_path)
    with pytest.raises(ModelError, match=r"missing.tsv: cannot open"):
        PredicateLexicon.load(tmp_path / "missing.tsv", resources=tmp_path)


def test_bundled_file_is_the_default():
    assert PredicateLexicon.load(PREDICATES).entries == PredicateLexicon.load().entries


# -- the counting script, on a tiny treebank and news text -----------------------------------------
CONLLU = """# text = پوتین با نتانیاهو گفت‌وگو کرد.
1\tپوتین\tپوتین\tPROPN\tN_ANM\t_\t5\tnsubj\t_\t_
2\tبا\tبا\tADP\tPREP\t_\t3\tcase\t_\t_
3\tنتانیاهو\tنتانیاهو\tPROPN\tN_ANM\t_\t5\tobl:arg\t_\t_
4\tگفت‌وگو\tگفت‌وگو\tNOUN\tN_IANM\t_\t5\tcompound:lvc\t_\t_
5\tکرد\tکرد\tVERB\tV_ACT\t_\t0\troot\t_\tOrigLemma=کرد#کن|SpaceAfter=No
6\t.\t.\tPUNCT\tPUNC\t_\t5\tpunct\t_\t_

# text = او گفت.
1\tاو\tاو\tPRON\tPR\t_\t2\tnsubj\t_\t_
2\tگفت\tگفت\tVERB\tV_ACT\t_\t0\troot\t_\tOrigLemma=گفت#گو|SpaceAfter=No
3\t.\t.\tPUNCT\tPUNC\t_\t2\tpunct\t_\t_

"""


def test_count_predicates(tmp_path, lex):
    conllu = tmp_path / "t.conllu"
    conllu.write_text(CONLLU, encoding="utf-8")
    ud = count_predicates.treebank_counts(lex, [conllu])
    line = {e.predicate: e.line for e in lex.entries}
    assert ud[line["گفت‌وگو کردن"]] == 1 and ud[line["گفتن"]] == 1 and ud[line["کردن"]] == 0
    news = tmp_path / "news.txt"
    news.write_text("وي با نتانياهو گفتگو كرد. روسيه و اسرائيل كارگروه تشكيل خواهند داد.\n"
                    "وي افزود: اين ديدار مهم است.\n", encoding="utf-8")
    counts = count_predicates.news_counts(lex, news)
    assert counts[line["گفت‌وگو کردن"]] == 1
    assert counts[line["تشکیل دادن"]] == 1
    assert counts[line["افزودن"]] == 1
    assert counts[line["است"]] == 1


def test_lookup_any(lex):
    assert lex.lookup_any(["ناموجودواژه", "مسئول"], "دانست").predicate == "مسئول دانستن"
    assert lex.lookup_any([None, "ناموجودواژه"], "دانست").predicate == "دانستن"
    # `دست` + داد without its preposition reads as از دست دادن (lose), PerDT's usual case
    assert lex.gloss_relation("دست", "داد") == "lose"


def test_an_indefinite_nominal_finds_its_construction(lex):
    # `هیچ نقشی نداشته است در`, `هیچ تأثیری ندارد بر`: the indefinite `-ی` is no part of the construction
    assert lex.lookup("نقشی", "داشت#دار").predicate == "نقش داشتن"
    assert lex.lookup("تأثیری", "داشت").gloss_prep == "بر"
    assert lex.lookup("دیداری", "داشت").predicate == "دیدار داشتن"
    assert lex.lookup("سیاسی", "داشت") is None   # an adjective in -ی stays unknown


def test_a_compound_light_verb_finds_the_simple_light_verbs_entry(lex):
    # variants.tsv, kind light: `پیدا کرد` stands for `یافت` after a nominal the lexicon knows with `یافتن`
    assert lex.lookup("ادامه پیدا", "کرد").predicate == "ادامه یافتن"
    assert lex.gloss_relation("حضور پیدا", "کرد#کن", "در") == "attend"
    assert lex.lookup("نشانه پیدا", "کرد") is None       # `نشانه یافتن` is no entry: no light verb either
    assert lex.lookup(None, "کرد").predicate == "کردن"   # the simple verbs stay as they are
    assert lex.lookup("ادامه", "کرد") is None


def test_a_light_verb_stands_for_another_with_no_entry_of_its_own(lex):
    # variants.tsv, kind light without a nominal: formal `نمودن` stands for `کردن`
    assert lex.lookup("جلوگیری", "نمود#نما").predicate == "جلوگیری کردن"
    assert lex.gloss_relation("اعتراض", "نمود", None) == "protest"
    assert lex.lookup("بیان", "نمود").predicate == "بیان نمودن"   # its own entry first
    assert lex.lookup(None, "نمود").predicate == "نمودن"          # the simple verb stays as it is
    assert lex.lookup("نشانه", "نمود") is None                    # `نشانه کردن` is no entry either


def test_a_frame_around_an_action_noun_stands_for_its_light_verb(lex):
    # variants.tsv, kind frame: `مورد X قرار داد` is `X کردن`, `مورد X قرار گرفت` its passive
    assert lex.gloss_relation("مورد حمایت قرار", "داد#ده", None) == "support"
    assert lex.gloss_relation("مورد حمله قرار", "گرفت", None) == "be attacked"
    assert lex.lookup("مورد بررسی قرار", "داد").predicate == "مورد بررسی قرار دادن"   # its own entry first
    assert lex.lookup("مورد تقدیر قرار", "گرفت") is None                              # `تقدیر کردن`: no entry
    assert lex.lookup("تحت فشار قرار", "داد") is None                                 # only the listed frame


def test_a_malformed_light_row_names_its_line(tmp_path):
    path = _lexicon_dir(tmp_path, [GOOD])
    variants = tmp_path / "variants.tsv"
    lines = variants.read_text(encoding="utf-8").splitlines()
    variants.write_text("\n".join(lines + ["light\tپیدا کرد\tیافت#یاب"]) + "\n", encoding="utf-8")
    with pytest.raises(ModelError, match=rf"variants.tsv:{len(lines) + 1}: light rows map"):
        PredicateLexicon.load(path, resources=tmp_path)
    variants.write_text("\n".join(lines + ["frame\tمورد قرار داد#ده\tکرد#کن"]) + "\n", encoding="utf-8")
    with pytest.raises(ModelError, match=rf"variants.tsv:{len(lines) + 1}: frame rows map"):
        PredicateLexicon.load(path, resources=tmp_path)
