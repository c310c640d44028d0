"""The news gazetteer: entities Persian news names, with canonical English names and Persian aliases.

Data (``pipeline/resources/gazetteer/``, TSV, ``#`` lines are comments, one entry a line)::

    id <TAB> type <TAB> alias|alias|... <TAB> stands_for

* ``id``: the entity's English Wikipedia title (``Vladimir Putin``, ``Moscow Kremlin``).
* ``type``: PER ORG GPE LOC FAC PRODUCT EVENT.
* aliases: Persian (or Latin) names and spelling variants, ``|``-separated. They are matched after the
  pipeline's character normalization and a matching fold (:func:`alias_key`), so ``ي``/``ك`` forms,
  ``آ``/``ا``, ``ئ``/``ی``, and spaces vs. ZWNJ vs. nothing (``تل‌آویو`` ``تل آویو`` ``تلآویو``) all meet.
  The id itself is also an alias (Latin-script names in Persian text).
* ``stands_for``: for capitals and seats of government, the id of the state they can stand for.

Files load in order (``cldr.tsv``, then ``news.tsv``). Inside one file an id may appear once; a later file
may *extend* an entry of an earlier one (same id and type: its aliases are added and its ``stands_for``
set). An alias listed under two entries is ambiguous: :meth:`Gazetteer.lookup` returns None for it and
:meth:`Gazetteer.candidates` returns all of them. A malformed or duplicate line is a :class:`ModelError`
naming the file and line.

``python -m pipeline.gazetteer build-cldr`` rewrites ``cldr.tsv`` from the CLDR data babel ships.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from .errors import ModelError
from .text.chars import canonical_string

RESOURCE_DIR = Path(__file__).resolve().parent / "resources" / "gazetteer"
DEFAULT_FILES = ("cldr.tsv", "news.tsv")
TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT")

# Matching fold, applied after the pipeline's character layer: letter variants that Persian writers use
# interchangeably in names are merged, and word separators (space, ZWNJ, hyphen, dot) dropped.
_FOLD = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ي": "ی", "ى": "ی",
                       "ك": "ک", "ة": "ه", "ۀ": "ه", "\u0654": None, "\u200c": None, "\u200d": None,
                       " ": None, "\t": None, "\n": None, "-": None, "‐": None, ".": None, "'": None,
                       "’": None, "ـ": None, "(": None, ")": None, "«": None, "»": None, '"': None})


@lru_cache(maxsize=65536)
def alias_key(text: str) -> str:
    """The form aliases and mentions are compared in."""
    return _fold(canonical_string(text))


def _fold(canonical: str) -> str:
    return canonical.lower().translate(_FOLD)


# Vowel letters that transliterations of foreign names write or leave out at will (ولادیمیر/ولادمیر,
# مدودف/میدویدیف, پمپئو/پامپئو); dropped after the first letter for the spelling-variant index.
_VOWEL_LETTERS = str.maketrans({"ا": None, "و": None, "ی": None})


def skeleton(key: str) -> str:
    """An alias key without its inner vowel letters: spelling variants of one transliteration meet."""
    return key[:1] + key[1:].translate(_VOWEL_LETTERS)


@dataclass(slots=True)
class Entry:
    id: str
    type: str
    aliases: list[str]
    stands_for: str | None = None
    source: str = ""  # file:line of the defining line

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "aliases": list(self.aliases), "stands_for": self.stands_for}


@dataclass(slots=True)
class Match:
    """A gazetteer name found in a word sequence: words[start:end]."""

    start: int
    end: int
    candidates: list[Entry]

    @property
    def entry(self) -> Entry | None:
        return self.candidates[0] if len(self.candidates) == 1 else None


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, list[str]] = field(default_factory=dict)  # alias key → ids
    variants: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # skeleton → (alias, id)
    max_words: int = 1  # the most words any alias spans (for the longest-match scan)
    # every prefix of every index key (and ""), for find()'s scan; built on first use
    _prefixes: frozenset[str] | None = field(default=None, repr=False, compare=False)

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, paths: Iterable[str | Path] | None = None) -> "Gazetteer":
        paths = [Path(p) for p in paths] if paths is not None else [RESOURCE_DIR / f for f in DEFAULT_FILES]
        return _load_cached(tuple(str(p) for p in paths))

    def _add_file(self, path: Path) -> None:
        try:
            lines = path.read_text(encoding="utf-8").split("\n")
        except FileNotFoundError:
            raise ModelError(f"{path}: gazetteer file missing") from None
        except UnicodeDecodeError as exc:
            raise ModelError(f"{path}: not UTF-8 (byte {exc.start})") from None
        seen: dict[str, int] = {}
        for lineno, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{path}:{lineno}"
            cols = line.rstrip("\r").split("\t")
            if len(cols) != 4:
                raise ModelError(f"{where}: malformed gazetteer entry: expected 4 tab-separated columns "
                                 f"(id, type, aliases, stands_for), found {len(cols)}")
            ident, etype, alias_field, stands_for = (c.strip() for c in cols)
            if not ident:
                raise ModelError(f"{where}: malformed gazetteer entry: empty id")
            if etype not in TYPES:
                raise ModelError(f"{where}: malformed gazetteer entry {ident!r}: type {etype!r} is not one of "
                                 f"{', '.join(TYPES)}")
            aliases = [a.strip() for a in alias_field.split("|")] if alias_field else []
            if not aliases or any(not a for a in aliases):
                raise ModelError(f"{where}: malformed gazetteer entry {ident!r}: empty alias")
            if ident in seen:
                raise ModelError(f"{where}: duplicate gazetteer entry {ident!r} (first on line {seen[ident]})")
            seen[ident] = lineno
            old = self.entries.get(ident)
            if old is not None:  # extends an entry of an earlier file
                if old.type != etype:
                    raise ModelError(f"{where}: gazetteer entry {ident!r} has type {etype} but {old.source} "
                                     f"says {old.type}")
                old.aliases.extend(a for a in aliases if a not in old.aliases)
                if stands_for:
                    old.stands_for = stands_for
                old.source += f", {where}"
            else:
                self.entries[ident] = Entry(ident, etype, aliases, stands_for or None, where)

    def _build_index(self) -> None:
        for entry in self.entries.values():
            if entry.stands_for is not None and entry.stands_for not in self.entries:
                raise ModelError(f"{entry.source}: gazetteer entry {entry.id!r} stands for unknown id "
                                 f"{entry.stands_for!r}")
            latin = _latin_form(entry.id)
            # the id as written in running text; "Iran (newspaper)" does not add "Iran", which is another id
            forms = list(entry.aliases) + [entry.id] + ([latin] if latin not in self.entries else [])
            for alias in forms:
                canonical = canonical_string(alias)
                key = _fold(canonical)
                if not key:
                    continue
                ids = self.index.setdefault(key, [])
                if entry.id not in ids:
                    ids.append(entry.id)
                if len(key) >= 6:
                    self.variants.setdefault(skeleton(key), []).append((alias, entry.id))
                self.max_words = max(self.max_words, len(_SEPARATORS.split(canonical.strip())))
        self._prefixes = None

    # -- lookup --------------------------------------------------------------------------------
    def candidates(self, text: str) -> list[Entry]:
        """Every entry with ``text`` as an alias (after normalization and the fold)."""
        return [self.entries[i] for i in self.index.get(alias_key(text), ())]

    def lookup(self, text: str) -> Entry | None:
        """The one entry named ``text``, or None when unknown or ambiguous. ``entry.type`` tells NER
        whether a ``loc`` is a GPE or a LOC."""
        ids = self.index.get(alias_key(text))
        return self.entries[ids[0]] if ids and len(ids) == 1 else None

    def variant_candidates(self, text: str) -> list[tuple[str, Entry]]:
        """(alias, entry) pairs whose alias is ``text`` up to inner vowel letters (ا و ی), for names
        of at least 6 letters. Looser than :meth:`candidates`; the linker adds its own conditions."""
        key = alias_key(text)
        if len(key) < 6:
            return []
        return [(a, self.entries[i]) for a, i in self.variants.get(skeleton(key), ())]

    def get(self, ident: str) -> Entry | None:
        return self.entries.get(ident)

    def find(self, words: Sequence[str]) -> list[Match]:
        """Longest, leftmost, non-overlapping gazetteer names in a word sequence (for an entity ruler).

        From each word, the span grows a word at a time while its key is still the beginning of some
        alias key (a longer span whose key is an alias has every shorter span's key as a prefix), and the
        longest span that is an alias wins: the same spans as trying every length, longest first.
        A one-letter word starts no multi-word span: joined to its neighbour it makes names out of
        function words (`و نیز` "and also" → `ونیز` Venice, `و آن` → `وان` Van)."""
        out: list[Match] = []
        keys = [alias_key(w) for w in words]
        prefixes = self._prefixes
        if prefixes is None:
            prefixes = self._prefixes = frozenset(
                [""] + [key[:m] for key in self.index for m in range(1, len(key) + 1)])
        index = self.index
        i, n = 0, len(words)
        while i < n:
            best, best_ids, key = 0, None, ""
            last = i + 1 if len(keys[i]) == 1 else min(n, i + self.max_words)
            for j in range(i + 1, last + 1):
                key += keys[j - 1]
                if key not in prefixes:
                    break
                ids = index.get(key)
                if ids:
                    best, best_ids = j, ids
            if best_ids:
                out.append(Match(i, best, [self.entries[x] for x in best_ids]))
                i = best
            else:
                i += 1
        return out

    def __len__(self) -> int:
        return len(self.entries)

    def counts(self) -> dict[str, int]:
        out = {t: 0 for t in TYPES}
        for e in self.entries.values():
            out[e.type] += 1
        return out


_SEPARATORS = re.compile(r"[\s\u200c]+")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)$")


def _latin_form(ident: str) -> str:
    """``Georgia (country)`` → ``Georgia``: the id as it is written in running text."""
    return _PARENTHETICAL.sub("", ident)


@lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...]) -> Gazetteer:
    gaz = Gazetteer()
    for p in paths:
        gaz._add_file(Path(p))
    gaz._build_index()
    return gaz


# -- CLDR part ---------------------------------------------------------------------------------
# CLDR codes that are not places (pseudo-locales, "world", "unknown") and are left out.
_CLDR_SKIP = {"001", "ZZ", "XA", "XB", "QO"}
# CLDR's English name → the English Wikipedia title, where they differ.
_CLDR_TITLES = {
    "011": "West Africa", "014": "East Africa", "015": "North Africa", "017": "Central Africa",
    "021": "Northern America", "029": "Caribbean", "030": "East Asia", "034": "South Asia",
    "057": "Micronesia", "145": "Western Asia", "AG": "Antigua and Barbuda", "BA": "Bosnia and Herzegovina",
    "BL": "Saint Barthélemy", "BS": "The Bahamas", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CP": "Clipperton Island", "CZ": "Czech Republic",
    "EA": "Ceuta and Melilla", "FM": "Federated States of Micronesia", "GE": "Georgia (country)",
    "GM": "The Gambia", "GS": "South Georgia and the South Sandwich Islands", "HK": "Hong Kong",
    "HM": "Heard Island and McDonald Islands", "IE": "Republic of Ireland", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "MF": "Collectivity of Saint Martin", "MM": "Myanmar", "MO": "Macau",
    "PM": "Saint Pierre and Miquelon", "PS": "Palestinian territories", "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "SJ": "Svalbard and Jan Mayen", "ST": "São Tomé and Príncipe", "TC": "Turks and Caicos Islands",
    "TL": "East Timor", "TR": "Turkey", "TT": "Trinidad and Tobago",
    "UM": "United States Minor Outlying Islands", "VC": "Saint Vincent and the Grenadines",
    "VI": "United States Virgin Islands", "WF": "Wallis and Futuna", "SX": "Sint Maarten",
    "CQ": "Sark", "EZ": "Eurozone",
}
# CLDR Persian names that would collide with a country in news usage (019 "امریکا" is the Americas in
# CLDR but the United States in news).
_CLDR_FA = {"019": "قاره امریکا"}
# Codes whose type is not GPE: regions and continents are LOC, the EU and the UN are ORG.
_CLDR_TYPES = {"EU": "ORG", "UN": "ORG", "EZ": "LOC", "AQ": "LOC"}
# Time-zone cities: English exemplar city → Wikipedia title, where they differ.
_CITY_TITLES = {
    "New York": "New York City", "Gaza": "Gaza City", "Kuwait": "Kuwait City", "Mexico City": "Mexico City",
    "Panama": "Panama City", "Guatemala": "Guatemala City", "Belize": "Belize City",
    "Santiago": "Santiago", "Hebron": "Hebron", "Kyiv": "Kyiv", "Macao": "Macau",
    "Los Angeles": "Los Angeles", "Vatican": "Vatican City", "Tripoli": "Tripoli, Libya",
}
# Time-zone cities left out: their Persian exemplar name is, in news, mostly something else (الجزیره is
# Al Jazeera, غزه is the Gaza Strip, دوشنبه is Monday, پرت "thrown") or repeats a territory (کیمن, قناری, فارو).
_TZ_SKIP = {"Africa/Algiers", "Asia/Gaza", "Australia/Perth", "America/Nome", "Pacific/Wake", "America/Thule",
            "Asia/Oral", "America/Bahia", "America/Belem", "Atlantic/Stanley", "Pacific/Kanton",
            "Australia/Eucla", "America/Cayman", "Atlantic/Canary", "Atlantic/Faroe", "Asia/Dushanbe",
            "America/Dawson", "Asia/Chita", "Africa/Juba", "Australia/Darwin", "America/Regina",
            "Australia/Lindeman", "Pacific/Midway", "America/Marigot", "Asia/Famagusta"}
_TZ_SKIP_PREFIX = ("Etc/", "Antarctica/", "America/Indiana/", "America/North_Dakota/", "America/Kentucky/")


def build_cldr_rows() -> list[tuple[str, str, list[str], str]]:
    """Countries, territories, regions and time-zone cities with their CLDR Persian names."""
    import babel  # only needed to rebuild the data file

    fa, en = babel.Locale("fa"), babel.Locale("en")
    rows: list[tuple[str, str, list[str], str]] = []
    taken: set[str] = set()
    for code, en_name in en.territories.items():
        if code in _CLDR_SKIP or code not in fa.territories:
            continue
        title = _CLDR_TITLES.get(code, en_name)
        fa_name = _CLDR_FA.get(code, fa.territories[code])
        etype = _CLDR_TYPES.get(code, "LOC" if code[0].isdigit() else "GPE")
        aliases = [fa_name]
        if "، " in fa_name:  # هنگ‌کنگ، منطقهٔ ویژهٔ اداری چین → also هنگ‌کنگ
            aliases.append(fa_name.split("، ")[0])
        if " (" in fa_name:  # میانمار (برمه) → میانمار, برمه
            head, _, rest = fa_name.partition(" (")
            aliases += [head, rest.rstrip(")")]
        rows.append((title, etype, aliases, f"CLDR territory {code}"))
        taken.update(alias_key(a) for a in aliases)
    titles = {r[0] for r in rows}
    for tz, data in fa.time_zones.items():
        city = data.get("city")
        if not city or tz.startswith(_TZ_SKIP_PREFIX) or tz in _TZ_SKIP or "، " in city:
            continue
        en_city = en.time_zones.get(tz, {}).get("city") or tz.rsplit("/", 1)[1].replace("_", " ")
        title = _CITY_TITLES.get(en_city, en_city)
        if alias_key(city) in taken or title in titles:
            continue  # a city that shares its name with its country (Kuwait, Singapore): the country wins
        taken.add(alias_key(city))
        titles.add(title)
        rows.append((title, "GPE", [city], f"CLDR time zone {tz}"))
    return rows


def write_cldr(path: Path) -> int:
    import babel

    rows = build_cldr_rows()
    header = [
        "# Countries, territories, regions and cities with their Persian names from the Unicode CLDR",
        f"# (babel {babel.__version__}: Locale('fa').territories, Locale('en').territories, and the exemplar",
        "# cities of Locale('fa').time_zones). License: Unicode License v3 (CLDR).",
        "# The ids are CLDR's English names, replaced by the English Wikipedia title where they differ",
        "# (the replacements are listed in pipeline/gazetteer.py). Antarctic stations and US county seats are",
        "# left out, and so are cities that share their Persian name with a country or whose Persian name is,",
        "# in news, mostly another word (both listed in pipeline/gazetteer.py).",
        "# regenerate: python -m pipeline.gazetteer build-cldr",
        "# columns: id<TAB>type<TAB>aliases (|-separated)<TAB>stands_for",
        f"# entries: {len(rows)}",
    ]
    body = [f"{t}\t{ty}\t{'|'.join(a)}\t" for t, ty, a, _ in rows]
    path.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["build-cldr"]:
        n = write_cldr(RESOURCE_DIR / "cldr.tsv")
        print(f"wrote {n} entries to {RESOURCE_DIR / 'cldr.tsv'}")
        return 0
    if argv[:1] == ["stats"]:
        gaz = Gazetteer.load()
        print(len(gaz), gaz.counts())
        return 0
    print("usage: python -m pipeline.gazetteer build-cldr | stats", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
