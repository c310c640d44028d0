"""Persian verb forms: tense from a form and its lemma, and the past stem PerDT lemmas key on.

The stem table is the normalize stage's (``pipeline/resources/normalize/verb_stems.tsv``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

VERB_STEMS = Path(__file__).resolve().parent.parent / "resources" / "normalize" / "verb_stems.tsv"


@lru_cache(maxsize=1)
def present_stems() -> dict[str, tuple[str, ...]]:
    """Past stem → its present stems (`شد` → `شو`; `بود` → `است`, `باش`), from the normalize stage's verb table."""
    table: dict[str, list[str]] = {}
    with VERB_STEMS.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            past, present, *_ = line.rstrip("\n").split("\t") + ["", ""]
            if past and present and past != present:
                table.setdefault(past, []).append(present)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=None)
def _glide_stems(past: str) -> tuple[str, ...]:
    """The present stems of ``past`` that end in a glide `ی` after a vowel (`گوی`, `آی`, `نمای`): `-یم` after one is
    the first singular. Not `روی` (رستن) or `شوی` (شستن): `می‌رویم`, `بشویم` are far likelier the plurals of
    `رفتن` and `شدن`, whose stems `رو`, `شو` end in a consonant, and the lemmatizer cannot tell them apart."""
    others = {p for other, stems in present_stems().items() if other != past for p in stems}
    return tuple(p for p in present_stems().get(past, ()) if p.endswith("ی") and len(p) > 1 and p[:-1] not in others)


def tense_of_form(form: str, lemma: str | None) -> str | None:
    """`past` or `present` from a verb form and its lemma (the past stem, or PerDT's `past#present`):
    `پرداخت`, `می‌شود`, `برسد`, `نرسیده‌ایم`. None when the form does not show it."""
    past, _, present = (lemma or "").partition("#")
    presents = (present,) if present else present_stems().get(past, ())
    if not past or not presents:
        return None
    return next((t for t in (_stem_tense(form, past, p) for p in presents) if t is not None), None)


def _stem_tense(form: str, past: str, present: str) -> str | None:
    word = form.replace("\u200c", "")
    for prefix in ("نمی", "می", ""):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        for stem_part in (rest, rest[1:] if rest[:1] in ("ب", "ن") else ""):
            if not stem_part:
                continue
            # `می‌خواند` (he reads) is the present stem + `د`, though it also spells the past stem `خواند`
            if prefix and stem_part == present + "د":
                return "present"
            if stem_part.startswith(past):
                return "past"
            if stem_part.startswith(present):
                return "present"
        if prefix:
            return None
    return None


def past_stem(lemma: str) -> str:
    """PerDT verb lemmas are `past#present` stems; the lexicon keys on the past stem."""
    return lemma.split("#")[0]


def person_of_form(form: str, lemma: str | None = None, alone: bool = True) -> tuple[str, str | None] | None:
    """(Person, Number) that a finite verb form's ending shows, whatever the tagger says: a bare past stem is
    third singular (`گروید`, `نرسید`: nothing after the lemma's stem), `-یم` first plural (but `بگویم` is
    singular), `-م` first singular, `-ند` third person (`بشناسند`; also the 3sg `کند`, hence no Number); None for
    other endings and forms of two letters. A form with an auxiliary is not ``alone``: its bare past stem agrees
    through the auxiliary (`خواهیم داشت`)."""
    if len(form) <= 2:
        return None
    stem = past_stem(lemma) if lemma else None   # (a known past stem: an unknown form is its own lemma)
    if alone and stem in present_stems() and form.replace("\u200c", "") in (stem, "ن" + stem):
        return "3", "Sing"
    if form.endswith("یم"):
        # (`بگویم`, `می‌آیم`, `بنمایم`: a present stem ending in a glide `ی` (`گوی`, `آی`) + `م` is first
        # singular; the plural doubles it, `بگوییم`. Only with the lemma's stems, `_glide_stems`)
        word = form.replace("\u200c", "")
        if not word.endswith("ییم") and stem and any(word[:-1].endswith(v) for p in _glide_stems(stem)
                                                     for v in {p, p.replace("آ", "ا")}):
            return "1", "Sing"
        return "1", "Plur"
    if form.endswith("م"):
        return "1", "Sing"
    if form.endswith("ند"):
        return "3", None
    return None
