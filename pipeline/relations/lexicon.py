"""The predicate lexicon: Persian news predicates (simple verbs and light-verb constructions) with English
glosses, read from ``pipeline/resources/relations/``.

Data files (all UTF-8 TSV, ``#`` comment lines first, then a header line):

* ``predicates.tsv``: ``predicate`` (infinitive as written, ``گفت‌وگو کردن``), ``nominal`` (the LVC's
  non-verbal part, empty for a simple verb), ``verb_lemma`` (PerDT's ``past#present`` stems,
  ``کرد#کن``; ``#است`` for the present-only copula), ``gloss`` (English base form), ``reciprocal`` and
  ``reporting`` (``yes``/``no``), ``freq`` (counts with their source), ``gloss_prep`` (the Persian
  preposition the gloss already renders: as its last English word, ``با`` for ``talk with``, or absorbed
  by a transitive English verb, ``از`` for ``use``).
* ``prepositions.tsv``: Persian preposition → English.
* ``variants.tsv``: spelling folds used for look-up (``char``: one letter for another, ``nominal``: a
  variant spelling of an LVC nominal, ``passive``: active light verbs whose passive is written with
  ``شدن``, ``light``: a light verb made of a nominal and a verb that stands for a simple light verb,
  ``پیدا کرد`` for ``یافت``: `ادامه پیدا کرد` finds `ادامه یافتن`; or one light verb for another, ``نمود``
  for ``کرد``: `جلوگیری نمود` finds `جلوگیری کردن`; ``frame``: a frame around an action noun that stands for
  its light verb, ``مورد … قرار داد`` for ``کرد``: `مورد حمایت قرار داد` finds `حمایت کردن`).
* ``english_verbs.tsv``: English verbs whose past / participle are not regular (``-ed``).

Which nominal to pass. The word whose deprel is ``compound:lvc`` (with its ``case`` children in text
order: ``به دست``), or, for an adjective PerDT attaches as the verb's ``xcomp`` (``مسئول دانست``,
``موفق شد``, ``مهم ارزیابی کرد``: pass ``مهم ارزیابی``), that adjective; for a copula (deprel ``cop``)
the head it attaches to (``معتقد است``, ``برخوردار است``). Pass None for a simple verb.

Look-up. ``lookup(nominal, verb_lemma)`` accepts the verb as PerDT's full lemma (``کرد#کن``), as the
one stem PerDT's LEMMA column and the pipeline's lemmatizer write (``کرد``), as the present stem
(``کن``) or as the infinitive (``کردن``). The nominal is normalized the way the pipeline normalizes
text (hazm's character tables, Arabic yeh/kaf → Persian), then folded for matching (hamza carriers,
ZWNJ and spaces ignored, listed variant spellings), so ``گفتگو``, ``گفت وگو`` and ``گفت‌وگو`` match.
A nominal given without its preposition (``دست`` for ``به دست آوردن``) matches the entry with it
when no entry without one exists. PerDT writes passive LVCs with the active verb's lemma
(``تشکیل شد`` has lemma ``داد``); a lemmatizer that writes ``شد`` instead still finds ``تشکیل دادن``,
and the gloss is made passive (``be formed``).

Glosses. :meth:`PredicateLexicon.gloss_relation` gives the relation in base form with the object's
preposition merged in: the entry's own preposition is kept when the object's preposition is the one it
renders (``گفت‌وگو کردن`` + ``با`` → ``talk with``), replaced when the object takes another one
(+ ``درباره`` → ``talk about``), and added when the gloss has none (``تشکیل دادن`` + ``با`` →
``form with``). :meth:`PredicateLexicon.gloss` inflects the first word for tense, polarity and voice
(``will form``, ``did not form``, ``was formed``; third person singular) and can put the English head of
a folded-in object before the preposition, so the caller builds ``Russia – will form working group
with – Israel`` as ``f"{subject} – {gloss(..., object_head='working group')} – {object}"``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError
from ..text.chars import ZWNJ, canonical_string

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "relations"
PREDICATES = RESOURCES / "predicates.tsv"

PREDICATE_COLUMNS = ("predicate", "nominal", "verb_lemma", "gloss", "reciprocal", "reporting", "freq",
                     "gloss_prep")
PREPOSITION_COLUMNS = ("preposition", "gloss")
VARIANT_COLUMNS = ("kind", "variant", "canonical")
ENGLISH_COLUMNS = ("base", "past", "participle")

_YES_NO = {"yes": True, "no": False}
_FREQ = re.compile(r"^(?:-|[a-z_]+=\d+(?:;[a-z_]+=\d+)*)$")
_GLOSS = re.compile(r"^[a-z][a-z' -]*[a-z]$|^[a-z]$")
_LEMMA = re.compile(r"^[^\s#]*#[^\s#]+$")
TENSES = (None, "past", "present", "future")
# English words that can end a gloss as its preposition (besides the words of prepositions.tsv).
_ENGLISH_PREPOSITIONS = frozenset({"of", "at", "into", "onto", "upon", "over", "off", "by", "to", "with",
                                   "from", "about", "against", "on", "for", "in"})


@dataclass(frozen=True, slots=True)
class Predicate:
    """One lexicon entry (one line of predicates.tsv)."""

    predicate: str
    nominal: str | None
    verb_lemma: str
    gloss: str
    reciprocal: bool
    reporting: bool
    freq: str
    gloss_prep: str | None
    line: int

    @property
    def is_lvc(self) -> bool:
        return self.nominal is not None

    @property
    def past_stem(self) -> str:
        return self.verb_lemma.partition("#")[0]

    @property
    def present_stem(self) -> str:
        return self.verb_lemma.partition("#")[2]


def _read_table(path: Path, columns: tuple[str, ...]):
    """Yield (line number, fields) of a TSV with comment lines and a header; errors name file:line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"{path}: cannot open lexicon file ({exc.strerror})") from None
    with handle:
        header_seen = False
        try:
            lines = list(handle)
        except UnicodeDecodeError as exc:
            raise ModelError(f"{path}: not UTF-8 (byte {exc.start})") from None
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or (line.startswith("#") and not header_seen):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != columns:
                raise ModelError(f"{path}:{lineno}: header must be {' | '.join(columns)}, "
                                 f"found {' | '.join(fields)}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise ModelError(f"{path}:{lineno}: malformed line: expected {len(columns)} tab-separated "
                             f"columns ({', '.join(columns)}), found {len(fields)}")
        yield lineno, [f.strip() for f in fields]
    if not header_seen:
        raise ModelError(f"{path}: no header line ({' | '.join(columns)})")


@dataclass(frozen=True, slots=True)
class _English:
    irregular: dict[str, tuple[str, str]]

    def past(self, verb: str) -> str:
        if verb in self.irregular:
            return self.irregular[verb][0]
        return _regular_ed(verb)

    def participle(self, verb: str) -> str:
        if verb in self.irregular:
            return self.irregular[verb][1]
        return _regular_ed(verb)

    @staticmethod
    def third_singular(verb: str) -> str:
        if verb == "be":
            return "is"
        if verb == "have":
            return "has"
        if re.search(r"(s|sh|ch|x|z|o)$", verb):
            return verb + "es"
        if re.search(r"[^aeiou]y$", verb):
            return verb[:-1] + "ies"
        return verb + "s"


def _regular_ed(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + "ed"


class PredicateLexicon:
    """Predicates indexed by (folded nominal, verb key) and by verb key; see the module docstring."""

    def __init__(self, entries: list[Predicate], prepositions: dict[str, str], char_folds: dict[str, str],
                 nominal_variants: dict[str, str], passive_of: dict[str, list[str]],
                 english: dict[str, tuple[str, str]], path: Path | None = None,
                 light_verbs: dict[tuple[str, str], str] | None = None):
        self.entries = entries
        self.path = path
        self.prepositions = prepositions
        self._fold_table = str.maketrans(char_folds)
        self._fold_cache: dict[str, str] = {}
        self._passive_of = passive_of
        self._english = _English(english)
        # Verb keys: the past stem (or the present-only form: است, هست); present stem → key.
        self._verb_keys: set[str] = set()
        self._present: dict[str, str] = {}
        for e in entries:
            self._add_verb(e.verb_lemma)
        for active_list in passive_of.values():
            for lemma in active_list:
                self._add_verb(lemma)
        self._nominal_variants = {self._fold(k): self._fold(v) for k, v in nominal_variants.items()}
        self._light_verbs = {(self._fold(nominal), self.verb_key(verb)): simple
                             for (nominal, verb), simple in (light_verbs or {}).items()}
        self._prep_keys = {self._fold(p) for p in prepositions if " " not in p}
        self._prep_folded = {self._fold(k): v for k, v in prepositions.items()}
        self._english_preps = _ENGLISH_PREPOSITIONS | {v for v in prepositions.values() if " " not in v}
        self.by_key: dict[tuple[str, str], Predicate] = {}
        self.by_verb: dict[str, list[Predicate]] = {}
        self._by_bare: dict[tuple[str, str], Predicate] = {}
        self._nominal_preps: dict[str, set[str]] = {}
        for e in entries:
            key = (self._nominal_key(e.nominal), self.verb_key(e.verb_lemma))
            self.by_key[key] = e
            self.by_verb.setdefault(key[1], []).append(e)
            if key[0] and e.gloss_prep:
                self._nominal_preps.setdefault(key[0], set()).add(self._fold(e.gloss_prep))
        for e in entries:  # an LVC nominal without its leading preposition, when unambiguous
            if e.nominal and " " in e.nominal:
                first, rest = e.nominal.split(" ", 1)
                if self._fold(first) in self._prep_keys:
                    bare = (self._nominal_key(rest), self.verb_key(e.verb_lemma))
                    if bare not in self.by_key:
                        self._by_bare.setdefault(bare, e)

    # -- loading ---------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path = PREDICATES, resources: str | Path | None = None) -> "PredicateLexicon":
        """Read and validate predicates.tsv (and the small tables next to it, or in ``resources``)."""
        path = Path(path)
        folder = Path(resources) if resources is not None else RESOURCES
        prepositions = load_prepositions(folder / "prepositions.tsv")
        char_folds, nominal_variants, passive_of, light_verbs = load_variants(folder / "variants.tsv")
        english = load_english(folder / "english_verbs.tsv")
        entries = read_predicates(path, prepositions)
        lex = cls(entries, prepositions, char_folds, nominal_variants, passive_of, english, path, light_verbs)
        lex._check_duplicate_keys()
        return lex

    def _check_duplicate_keys(self) -> None:
        seen: dict[tuple[str, str], Predicate] = {}
        for e in self.entries:
            key = (self._nominal_key(e.nominal), self.verb_key(e.verb_lemma))
            if key in seen:
                raise ModelError(f"{self.path}:{e.line}: duplicate predicate '{e.predicate}': same nominal "
                                 f"and verb as '{seen[key].predicate}' on line {seen[key].line}")
            seen[key] = e

    # -- normalization ---------------------------------------------------------------------------
    def _add_verb(self, lemma: str) -> None:
        past, _, present = self._fold(lemma).partition("#")
        key = past or present
        self._verb_keys.add(key)
        if past and present:
            self._present.setdefault(present, key)

    def _fold(self, text: str) -> str:
        folded = self._fold_cache.get(text)
        if folded is None:
            folded = canonical_string(text).translate(self._fold_table).replace(ZWNJ, "").replace(" ", "").strip()
            if len(self._fold_cache) < 100_000:
                self._fold_cache[text] = folded
        return folded

    def _nominal_key(self, nominal: str | None) -> str:
        if not nominal:
            return ""
        key = self._fold(nominal)
        return self._nominal_variants.get(key, key)

    def verb_key(self, verb_lemma: str) -> str:
        """The key a verb is indexed by (its past stem): from ``کرد#کن``, ``کرد``, ``کن`` or ``کردن``."""
        lemma = self._fold(verb_lemma)
        if "#" in lemma:
            left, _, right = lemma.partition("#")
            if left in self._verb_keys or not left:
                return left or right
            if right in self._verb_keys:  # a prefixed verb (PerDT OrigLemma بر#داشت): prefix + stem
                return left + right
            return left
        if lemma in self._verb_keys:
            return lemma
        if lemma in self._present:
            return self._present[lemma]
        if lemma.endswith(("دن", "تن")) and lemma[:-1] in self._verb_keys:
            return lemma[:-1]
        return lemma

    # -- look-up ---------------------------------------------------------------------------------
    def find(self, nominal: str | None, verb_lemma: str) -> tuple[Predicate | None, bool]:
        """(entry, passive): passive is True when a ``شدن`` LVC was found as its active entry. An indefinite
        nominal (`هیچ نقشی نداشته`, `دیداری داشت`) is looked up without its `-ی` when it has no entry itself."""
        found = self._find(nominal, verb_lemma)
        if found[0] is None and nominal and nominal.endswith("ی") and len(nominal) > 2:
            found = self._find(nominal.removesuffix(ZWNJ + "ای").removesuffix("ی"), verb_lemma)
        return found

    def _find(self, nominal: str | None, verb_lemma: str) -> tuple[Predicate | None, bool]:
        nkey = self._nominal_key(nominal)
        vkey = self.verb_key(verb_lemma)
        entry = self.by_key.get((nkey, vkey)) or self._by_bare.get((nkey, vkey))
        if entry is not None:
            return entry, False
        if nominal and " " in nominal.strip():   # `ادامه پیدا` + `کرد`: `ادامه` + `یافت`
            rest, last = nominal.strip().rsplit(" ", 1)
            simple = self._light_verbs.get((self._fold(last), vkey))
            if simple is not None:
                return self._find(rest, simple)
        if nkey and ("", vkey) in self._light_verbs:   # `جلوگیری نمود`: `جلوگیری کردن`
            return self._find(nominal, self._light_verbs[("", vkey)])
        words = nominal.split() if nominal else []
        if len(words) > 2:   # `مورد حمایت قرار داد`: `حمایت کردن`; `مورد حمله قرار گرفت`: `حمله شدن`, passive
            simple = self._light_verbs.get((self._fold(f"{words[0]} … {words[-1]}"), vkey))
            if simple is not None:
                return self._find(" ".join(words[1:-1]), simple)
        if nkey:
            for active in self._passive_of.get(vkey, ()):
                akey = self.verb_key(active)
                entry = self.by_key.get((nkey, akey)) or self._by_bare.get((nkey, akey))
                if entry is not None:
                    return entry, True
        return None, False

    def lookup(self, nominal: str | None, verb_lemma: str) -> Predicate | None:
        """The entry for an LVC (``nominal`` + verb) or a simple verb (``nominal`` None or empty)."""
        return self.find(nominal, verb_lemma)[0]

    def lookup_any(self, nominals, verb_lemma: str) -> Predicate | None:
        """The first entry found for one of several candidate nominals (e.g. the ``compound:lvc`` word,
        then an adjectival ``xcomp``: ``مسئول``), else the simple verb's entry."""
        for nominal in nominals:
            if nominal:
                entry = self.lookup(nominal, verb_lemma)
                if entry is not None and entry.is_lvc:
                    return entry
        return self.lookup(None, verb_lemma)

    def nominal_takes(self, nominal: str, preposition: str) -> bool:
        """Does some light-verb construction of ``nominal`` take ``preposition`` (`مبارزه` + `با`)?"""
        return self._fold(preposition) in self._nominal_preps.get(self._nominal_key(nominal), ())

    def lookup_verb(self, verb_lemma: str) -> list[Predicate]:
        """All entries with this verb (the simple verb and its LVCs), in file order."""
        return list(self.by_verb.get(self.verb_key(verb_lemma), ()))

    def is_reporting(self, verb_lemma: str, nominal: str | None = None) -> bool:
        entry = self.lookup(nominal, verb_lemma)
        return bool(entry and entry.reporting)

    def is_reciprocal(self, verb_lemma: str, nominal: str | None = None) -> bool:
        entry = self.lookup(nominal, verb_lemma)
        return bool(entry and entry.reciprocal)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, item: tuple[str | None, str]) -> bool:
        return self.lookup(*item) is not None

    # -- glosses ---------------------------------------------------------------------------------
    def preposition_gloss(self, preposition: str | None) -> str | None:
        if not preposition:
            return None
        p = canonical_string(preposition).strip()
        return self.prepositions.get(p) or self._prep_folded.get(self._fold(p))

    def _split(self, entry: Predicate, preposition: str | None) -> tuple[list[str], str | None]:
        """(verb phrase words, the English preposition that goes last or None).

        ``gloss_prep`` names the Persian preposition the gloss already renders: as its last word when
        that is an English preposition (``talk with`` / ``با``), or absorbed into a transitive English
        verb (``use`` / ``از``: ``از X استفاده کرد`` → use X)."""
        words = entry.gloss.split()
        own = None
        if entry.gloss_prep and len(words) > 1 and words[-1] in self._english_preps:
            own = words.pop()
        asked = self.preposition_gloss(preposition)
        if asked is None:  # no preposition, or one the table does not know
            return words, own
        if entry.gloss_prep and self._fold(preposition or "") == self._fold(entry.gloss_prep):
            return words, own
        return words, asked

    def gloss_relation(self, nominal: str | None, verb_lemma: str, preposition: str | None = None,
                       passive: bool = False) -> str | None:
        """Base-form gloss with the object's preposition merged in: ``talk with``, ``form``, ``travel to``,
        ``form with``; ``be formed`` when passive. None when the predicate is not in the lexicon."""
        return self.gloss(nominal, verb_lemma, preposition, passive=passive)

    def gloss(self, nominal: str | None, verb_lemma: str, preposition: str | None = None,
              negative: bool = False, tense: str | None = None, passive: bool = False,
              object_head: str | None = None) -> str | None:
        """Inflected gloss (third person singular): ``tense`` None → base form, ``past`` → ``formed`` /
        ``did not form``, ``present`` → ``forms`` / ``does not form``, ``future`` → ``will form``;
        ``passive`` → ``was formed``. ``object_head`` (English) goes before the preposition:
        ``will form working group with``. None when the predicate is not in the lexicon."""
        if tense not in TENSES:
            raise ValueError(f"tense must be one of {TENSES}, not '{tense}'")
        entry, found_passive = self.find(nominal, verb_lemma)
        if entry is None:
            return None
        words, prep = self._split(entry, preposition)
        verb_phrase = self._inflect(words, tense, negative, passive or found_passive)
        parts = [verb_phrase]
        if object_head:
            parts.append(object_head.strip())
        if prep:
            parts.append(prep)
        return " ".join(p for p in parts if p)

    def _inflect(self, words: list[str], tense: str | None, negative: bool, passive: bool) -> str:
        head, rest = words[0], words[1:]
        en = self._english
        if passive and head != "be":  # glosses that start with "be" are already passive or stative
            rest = [en.participle(head)] + rest
            head = "be"
        if head == "be":
            positive = {None: "be", "past": "was", "present": "is", "future": "will be"}
            negated = {None: "not be", "past": "was not", "present": "is not", "future": "will not be"}
            first = (negated if negative else positive)[tense]
        elif tense is None:
            first = ("not " if negative else "") + head
        elif tense == "future":
            first = ("will not " if negative else "will ") + head
        elif tense == "past":
            first = f"did not {head}" if negative else en.past(head)
        else:
            first = f"does not {head}" if negative else en.third_singular(head)
        return " ".join([first] + rest)


# -- the small tables ------------------------------------------------------------------------------
def read_predicates(path: Path, prepositions: dict[str, str] | None = None) -> list[Predicate]:
    """Parse and check predicates.tsv; every error names file:line."""
    entries: list[Predicate] = []
    seen: dict[str, int] = {}
    for lineno, f in _read_table(path, PREDICATE_COLUMNS):
        predicate, nominal, lemma, gloss, reciprocal, reporting, freq, gloss_prep = f
        where = f"{path}:{lineno}"
        predicate = canonical_string(predicate)
        nominal = canonical_string(nominal) or None
        lemma = canonical_string(lemma)
        if not predicate:
            raise ModelError(f"{where}: empty predicate")
        if not _LEMMA.match(lemma):
            raise ModelError(f"{where}: verb_lemma '{lemma}' is not past#present stems (e.g. کرد#کن)")
        past, _, present = lemma.partition("#")
        infinitive = past + "ن" if past else present
        expected = f"{nominal} {infinitive}" if nominal else infinitive
        if predicate != expected:
            raise ModelError(f"{where}: predicate '{predicate}' does not match nominal + verb_lemma "
                             f"(expected '{expected}')")
        if not _GLOSS.match(gloss):
            raise ModelError(f"{where}: gloss '{gloss}' must be lower-case English words")
        for name, value in (("reciprocal", reciprocal), ("reporting", reporting)):
            if value not in _YES_NO:
                raise ModelError(f"{where}: {name} must be yes or no, not '{value}'")
        if not _FREQ.match(freq):
            raise ModelError(f"{where}: freq '{freq}' must look like ud=12;news=40 (or -)")
        gloss_prep = canonical_string(gloss_prep) or None
        if gloss_prep is not None:
            if prepositions is not None and gloss_prep not in prepositions:
                raise ModelError(f"{where}: gloss_prep '{gloss_prep}' is not in prepositions.tsv")
        if predicate in seen:
            raise ModelError(f"{where}: duplicate predicate '{predicate}' (first on line {seen[predicate]})")
        seen[predicate] = lineno
        entries.append(Predicate(predicate, nominal, lemma, gloss, _YES_NO[reciprocal], _YES_NO[reporting],
                                 freq, gloss_prep, lineno))
    return entries


def load_prepositions(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    seen: dict[str, int] = {}
    for lineno, (prep, gloss) in _read_table(path, PREPOSITION_COLUMNS):
        prep = canonical_string(prep)
        if not prep or not gloss:
            raise ModelError(f"{path}:{lineno}: empty preposition or gloss")
        if prep in seen:
            raise ModelError(f"{path}:{lineno}: duplicate preposition '{prep}' (first on line {seen[prep]})")
        seen[prep] = lineno
        table[prep] = gloss
    return table


def load_variants(path: Path) -> tuple[dict[str, str], dict[str, str], dict[str, list[str]],
                                       dict[tuple[str, str], str]]:
    chars: dict[str, str] = {}
    nominals: dict[str, str] = {}
    passive_of: dict[str, list[str]] = {}
    light_verbs: dict[tuple[str, str], str] = {}
    for lineno, (kind, variant, canonical) in _read_table(path, VARIANT_COLUMNS):
        variant, canonical = canonical_string(variant), canonical_string(canonical)
        if kind == "char":
            if len(variant) != 1 or len(canonical) > 1:
                raise ModelError(f"{path}:{lineno}: a char fold maps one character to at most one")
            chars[variant] = canonical
        elif kind == "nominal":
            nominals[variant] = canonical
        elif kind == "passive":
            if not _LEMMA.match(variant) or not _LEMMA.match(canonical):
                raise ModelError(f"{path}:{lineno}: passive rows map one verb_lemma to another (شد#شو → کرد#کن)")
            passive_of.setdefault(variant.partition("#")[0], []).append(canonical)
        elif kind == "frame":
            words = variant.split()
            if len(words) != 4 or words[1] != "…" or not _LEMMA.match(words[3]) or not _LEMMA.match(canonical):
                raise ModelError(f"{path}:{lineno}: frame rows map 'opener … closer verb_lemma' to a verb_lemma "
                                 f"(مورد … قرار داد#ده → کرد#کن)")
            light_verbs[(f"{words[0]} … {words[2]}", words[3])] = canonical
        elif kind == "light":
            nominal, _, verb = variant.rpartition(" ")   # (no nominal: one light verb for another, نمود#نما → کرد#کن)
            if not _LEMMA.match(verb) or not _LEMMA.match(canonical):
                raise ModelError(f"{path}:{lineno}: light rows map a verb_lemma, with or without a nominal before "
                                 f"it, to a verb_lemma (پیدا کرد#کن → یافت#یاب)")
            light_verbs[(nominal, verb)] = canonical
        else:
            raise ModelError(f"{path}:{lineno}: kind must be char, nominal, passive, light or frame, not '{kind}'")
    return chars, nominals, passive_of, light_verbs


def load_english(path: Path) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for lineno, (base, past, participle) in _read_table(path, ENGLISH_COLUMNS):
        if not (base and past and participle):
            raise ModelError(f"{path}:{lineno}: empty English verb form")
        table[base] = (past, participle)
    return table


@lru_cache(maxsize=None)
def default_lexicon() -> PredicateLexicon:
    """The bundled lexicon, loaded once per process."""
    return PredicateLexicon.load()
