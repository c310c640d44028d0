"""Character canonicalisation: hazm's tables as data, applied through :class:`TrackedText`.

hazm's own ``Normalizer.normalize`` rewrites strings without an offset map, so we use its tables
(``translation_src/dst``, diacritics, special characters, ligature replacements) and apply them
ourselves: one-to-one mappings with ``translate`` (offsets untouched), deletions and multi-character
replacements with ``sub`` (offsets kept by ``TrackedText``). The tables are exported from hazm by the
lexicon builder into ``resources/normalize/hazm_tables.tsv``, so starting the stage does not pay for
importing hazm (about 2 s).

Also the pieces of Persian orthography the repair modules share: which characters are letters,
which letters join to the next one (a ZWNJ is only meaningful after those), the token pattern.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..offsets import TrackedText

ZWNJ = "\u200c"

# Letters of Persian/Arabic script as they can appear after canonicalisation (hazm maps the rest).
LETTER_CLASS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
LETTERS = re.compile(f"[{LETTER_CLASS}]")
# A Persian word: letters with ZWNJ only between letters.
WORD = re.compile(f"[{LETTER_CLASS}]+(?:{ZWNJ}[{LETTER_CLASS}]+)*")

# Right-joining-only letters (and hamza, which joins neither way): nothing attaches after them,
# so a ZWNJ after one of them changes nothing and is never inserted there.
NON_JOINING = frozenset("اآأإٱدذرزژوؤةءۀۃۄۅۆۇۈۉۊۋۏ")


def joins_next(ch: str) -> bool:
    return ch not in NON_JOINING


# Characters that writers and converters use in place of a ZWNJ (zero-width space, ZWJ, soft hyphen,
# BOM/ZWNBSP, word joiner, and the LRM/RLM marks some Persian keyboards emit). Mapped to ZWNJ one to
# one; where they do not sit between two letters the ZWNJ clean-up below removes them.
_ZWNJ_LIKE = "\u200b\u200d\u00ad\ufeff\u2060\u200e\u200f"
# Space characters folded to an ASCII space; line separators folded to "\n".
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_LINE_BREAKS = "\u000b\u000c\u0085\u2028\u2029"
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"

# Deleted outright and recorded: controls (NUL etc.) and bidi embeddings/isolates, which carry no text.
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u061c\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]+")
CARRIAGE_RETURN = re.compile("\r\n?")


HAZM_TABLES = Path(__file__).resolve().parent.parent / "resources" / "normalize" / "hazm_tables.tsv"


@lru_cache(maxsize=None)
def _hazm_tables(path: Path = HAZM_TABLES) -> tuple[dict[str, str], str, dict[str, str]]:
    """(one-to-one map, characters to strip, ligature → text) from hazm_tables.tsv."""
    mapping: dict[str, str] = {}
    strip: list[str] = []
    ligatures: dict[str, str] = {}

    def chars(field: str) -> str:
        return "".join(chr(int(cp[2:], 16)) for cp in field.split())

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            kind, src, dst = line.rstrip("\n").split("\t")
            if kind == "map":
                mapping[chars(src)] = chars(dst)
            elif kind == "strip":
                strip.append(chars(src))
            elif kind == "ligature":
                ligatures[chars(src)] = dst
    return mapping, "".join(strip), ligatures


@lru_cache(maxsize=None)
def translation_table(digits: str = "latin") -> dict[int, str]:
    """One character → one character: hazm's letter table, digits, spaces, ZWNJ look-alikes,
    lone surrogates (→ U+FFFD so the output can always be encoded)."""
    table = {ord(a): b for a, b in _hazm_tables()[0].items()}
    if digits == "latin":
        table.update({ord(a): str(i) for i, a in enumerate(_PERSIAN_DIGITS)})
        table.update({ord(a): str(i) for i, a in enumerate(_ARABIC_DIGITS)})
    elif digits == "persian":
        table.update({ord(str(i)): d for i, d in enumerate(_PERSIAN_DIGITS)})
        table.update({ord(a): _PERSIAN_DIGITS[i] for i, a in enumerate(_ARABIC_DIGITS)})
    elif digits != "keep":
        raise ValueError(f"digits must be latin, persian or keep, not {digits!r}")
    table.update({ord(c): ZWNJ for c in _ZWNJ_LIKE})
    table.update({ord(c): " " for c in _SPACES})
    table.update({ord(c): "\n" for c in _LINE_BREAKS})
    table.update({cp: "\ufffd" for cp in range(0xD800, 0xE000)})
    assert all(len(v) == 1 for v in table.values())
    return table


@lru_cache(maxsize=None)
def deletion_pattern(diacritics: bool = True, specials: bool = True) -> re.Pattern:
    """One pass for everything deleted: tatweel, and hazm's diacritics and special signs."""
    strip = _hazm_tables()[1]
    body = "\u0640"
    if diacritics:
        body += "".join(c for c in strip if "\u064b" <= c <= "\u0652")  # hazm's diacritics
    if specials:
        body += "".join(c for c in strip if not "\u064b" <= c <= "\u0652")
    return re.compile("[" + "".join(re.escape(c) for c in body) + "]+")


@lru_cache(maxsize=None)
def ligature_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """hazm's one-codepoint words (ﷲ → الله, ﻻ → لا, ...): multi-character, so applied with ``sub``;
    the callback maps the matched codepoint to its words."""
    mapping = _hazm_tables()[2]
    return re.compile("[" + "".join(re.escape(c) for c in mapping) + "]"), mapping


# ZWNJ clean-up: runs collapse to one; a ZWNJ not between two letters is dropped.
ZWNJ_RUN = re.compile(f"{ZWNJ}{{2,}}")
ZWNJ_STRAY = re.compile(f"(?<![{LETTER_CLASS}]){ZWNJ}+|{ZWNJ}+(?![{LETTER_CLASS}])")


def canonicalize(tracked: TrackedText, digits: str = "latin", diacritics: bool = True,
                 specials: bool = True, ligatures: bool = True) -> None:
    """The character layer, in place. Deterministic and idempotent."""
    if "\r" in tracked.text:
        tracked.sub(CARRIAGE_RETURN, "\n")
    tracked.sub(CONTROLS, "", rule="char:control")
    tracked.translate(translation_table(digits))
    if ligatures:
        pattern, mapping = ligature_pattern()
        tracked.sub(pattern, lambda m: mapping[m.group()], rule="ligature")
    # Deletions are recorded so that no original character is left unaccounted for.
    tracked.sub(deletion_pattern(diacritics, specials), "", rule="char:strip")
    if ZWNJ in tracked.text:
        tracked.sub(ZWNJ_RUN, ZWNJ, rule="zwnj:drop")
        tracked.sub(ZWNJ_STRAY, "", rule="zwnj:drop")


def clear_caches() -> None:
    """Forget the tables read from hazm_tables.tsv (after the builder rewrites it)."""
    for fn in (_hazm_tables, translation_table, deletion_pattern, ligature_pattern):
        fn.cache_clear()


def canonical_string(text: str, digits: str = "latin") -> str:
    """Same character layer on a plain string (gazetteer keys, lexicons, builders): the text
    :func:`canonicalize` leaves, without the offset bookkeeping (``TrackedText.sub`` makes the text
    ``re.sub`` makes; tests/test_performance_behaviour.py compares the two)."""
    if "\r" in text:
        text = CARRIAGE_RETURN.sub("\n", text)
    text = CONTROLS.sub("", text).translate(translation_table(digits))
    pattern, mapping = ligature_pattern()
    text = pattern.sub(lambda m: mapping[m.group()], text)
    text = deletion_pattern(True, True).sub("", text)
    if ZWNJ in text:
        text = ZWNJ_STRAY.sub("", ZWNJ_RUN.sub(ZWNJ, text))
    return text


def canonical_string_tracked(text: str, digits: str = "latin") -> str:
    """:func:`canonical_string` through ``TrackedText`` (the reference it is tested against)."""
    t = TrackedText(text)
    canonicalize(t, digits)
    return t.text
