"""Link stage: every entity mention → a canonical id (English Wikipedia title) or None, with a confidence.

Backend ``gazetteer`` reads the news gazetteer (``pipeline/gazetteer.py``) and the cue words in
``resources/gazetteer/link_cues.tsv``. For each entity of ``doc.entities``, in text order:

1. **Partial names.** A PER mention whose words are a contiguous part of an earlier, longer PER mention
   of the same document (``نتانیاهو`` after ``بنیامین نتانیاهو``) takes that mention's id (the latest such
   mention with an id, or an earlier linked mention of the same words; if none has one, the id stays None,
   as the full mention's did). Conjunctions NER glued to the start of a span (``و``, ``ولی``) are dropped
   first. This comes first
   so that an ambiguous surname (``لاریجانی``) follows the person the article named. An unlinked full
   mention written in a form the gazetteer lacks (``علی سیستانی``) whose short name is known (``سیستانی``)
   is that person when each of its words occurs in the person's aliases; both then take the id. A PER
   mention left unlinked that comes *before* the full name (headlines) takes the id of the first later full
   mention. An ORG mention the gazetteer does not know that is the first words (two at least) of an
   earlier linked ORG mention (``نیروهای دموکراتیک`` after ``نیروهای دموکراتیک سوریه``) takes its id.
2. **Alias lookup** after normalization (punctuation words NER left in the span are ignored): the mention
   as written; without a trailing ``را``; without leading titles before a person (``آیت‌الله``, also
   written in several words ``حجت الاسلام و المسلمین``), generic heads and their descriptors before an
   organisation (``روزنامه``, ``حزب``, ``شبکه خبری``, ``روزنامه آمریکایی``) or place nouns before a place
   (``شهر``, ``ایالت``), which must then leave a name of that kind (a place noun never leaves a state:
   ``ایالت آمریکا`` is some US state). A place noun right before the span may belong to the name
   (``استان «عدن»`` is Aden Governorate). Candidates whose type does not fit the NER label are dropped
   (``فارس`` as ORG is the news agency, as GPE the province). Two or more left: the one an earlier mention
   of the document linked to, else None. No alias: a state's government (``دولت آمریکا``, ``حکومت
   بحرین``, annotation guidelines §5) is the state; an institution named with another of its state's names
   (``وزارت امور خارجه کشورمان`` = ``وزارت خارجه ایران``) is the institution listed; an Arabic name with or
   without the article (``برزان التکریتی``/``برزان تکریتی``); a transliteration variant of a person's or
   organisation's alias (``ولادمیر پوتین``, ``میدویدیف``: equal up to the inner vowel letters ا و ی, same
   type, a single entry, words under 6 letters and the last letter equal). Unknown names stay None: a wrong confident id is worse than none.
3. **Metonymy.** A capital (a GPE entry with ``stands_for``) acting as an agent links to what it stands for
   (its state; Brussels the EU): ``مسکو تل‌آویو را مسئول دانست`` → Russia, Israel; ``در مسکو`` stays
   Moscow. The place reading needs a cue right before the name (``در``, ``از``, ``به``, ``شهردار``,
   ``خط آهن``, also in the plural: ``خیابان‌های``; a coordinated place: ``در مسکو و پکن``; a place given as
   an example: ``منطقه‌ای مانند تل‌آویو``; a place noun in the span: ``شهر تهران``);
   with a dependency parse (words carry ``deprel``) a subject or object is the state, an oblique the place.
   Seats of government (FAC: ``کرملین``, ``کاخ سفید``) keep their own id, as the annotation guidelines
   (section 5) ask; ``metonymy_types: [GPE, FAC]`` links them to the state as well.
4. **Re-typing.** Where the gazetteer knows better within the place types — NER says LOC for ``مسکو`` but
   the gazetteer says GPE, a capital read as its state is GPE — the label is replaced (``retype: false``
   keeps NER's labels). A label outside the pipeline's types is replaced by the entry's type.

``confidence`` is replaced by the link's confidence when an id is set (0.95 exact alias, 0.9 after
stripping a title or head, about 0.85 partial name, 0.85 an institution or an Arabic article variant, 0.8 an
ambiguous alias resolved in the document, a surname before its full name or a government read as its state,
0.75 an organisation's short form, 0.6–0.9 metonymy, 0.6 a transliteration variant, 0.5 an alias whose type
contradicts the NER label); an unlinked mention keeps the value NER gave. The cue words of all these rules
are data (``link_cues.tsv``).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from ..document import Document, Entity, Word
from ..errors import ModelError
from ..gazetteer import RESOURCE_DIR, TYPES, Entry, Gazetteer, alias_key
from ..registry import register
from .base import ExistingPath, Stage, StageOptions

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
CUE_KINDS = ("place_before", "coord", "like", "strip_first", "strip_last", "title", "org_prefix", "place_prefix", "state_prefix",
             "head_drop", "agent_deprel", "place_deprel")


@dataclass(frozen=True)
class LinkCues:
    place_before: frozenset[str]
    coord: frozenset[str]
    like: frozenset[str]
    strip_first: frozenset[str]
    strip_last: frozenset[str]
    title: frozenset[str]
    org_prefix: frozenset[str]
    place_prefix: frozenset[str]
    state_prefix: frozenset[str]
    head_drop: frozenset[str]
    agent_deprel: frozenset[str]
    place_deprel: frozenset[str]


@lru_cache(maxsize=4)
def load_cues(path: str) -> LinkCues:
    sets: dict[str, set[str]] = {k: set() for k in CUE_KINDS}
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except FileNotFoundError:
        raise ModelError(f"{path}: link cue file missing") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or cols[0] not in sets or not cols[1].strip():
            raise ModelError(f"{path}:{lineno}: malformed cue line: expected kind<TAB>word with kind one of "
                             f"{', '.join(CUE_KINDS)}")
        kind, word = cols[0], cols[1].strip()
        sets[kind].add(word if kind.endswith("deprel") else alias_key(word))
    return LinkCues(**{k: frozenset(v) for k, v in sets.items()})


class LinkOptions(StageOptions):
    gazetteer: list[ExistingPath] | None = None  # gazetteer TSV files in load order; default: the bundled ones
    cues: ExistingPath | None = None             # cue words; default: resources/gazetteer/link_cues.tsv
    metonymy: bool = True
    metonymy_types: list[Literal["PER", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"]] = ["GPE"]
    # entry types whose stands_for is used (add FAC for seats of government)
    partial_names: bool = True
    spelling_variants: bool = True               # transliteration variants up to inner ا و ی (confidence 0.6)
    retype: bool = True


@dataclass
class _Linked:
    entity: Entity
    keys: list[str]        # folded words of the mention
    id: str | None
    confidence: float | None
    place: bool | None     # a capital read as the place (True) or the state (False); None: not a capital
    open: bool = False     # unlinked, but a later full mention may still say who it is


@register("link", "gazetteer")
class GazetteerLinker(Stage):
    requires = ("words", "entities")
    provides = ("links",)
    Options = LinkOptions

    def __init__(self, options: LinkOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.gazetteer = Gazetteer.load(options.gazetteer)
        self.cues = load_cues(str(options.cues or RESOURCE_DIR / "link_cues.tsv"))
        # states: what some capital or seat of government stands for
        self._states = frozenset(e.stands_for for e in self.gazetteer.entries.values() if e.stands_for)

    # -- the stage ---------------------------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        words = sorted(doc.words, key=lambda w: w.start)
        starts = [w.start for w in words]
        parsed = any(w.deprel for w in words)
        history: list[_Linked] = []
        for ent in sorted(doc.entities, key=lambda e: (e.start, e.end)):
            history.append(self.link(doc, ent, words, starts, parsed, history))
        if self.options.partial_names:
            self._resolve_forward(history)
        return doc

    def _resolve_forward(self, history: list[_Linked]) -> None:
        """A surname before the full name (headlines: «اوباما همان سیاست‌های دولت بوش ...» and only later
        «جورج بوش»): an unlinked PER mention takes the id of the first later PER mention containing it."""
        for k, h in enumerate(history):
            if not h.open or not h.keys:
                continue
            n = len(h.keys)
            for later in history[k + 1:]:
                if (later.entity.label or "").upper() != "PER" or later.id is None or len(later.keys) <= n:
                    continue
                if any(later.keys[i:i + n] == h.keys for i in range(len(later.keys) - n + 1)):
                    h.id = h.entity.id = later.id
                    h.confidence = h.entity.confidence = 0.8
                    break

    def link(self, doc: Document, ent: Entity, words: list[Word], starts: list[int], parsed: bool,
             history: list[_Linked]) -> _Linked:
        text = ent.text or doc.text[ent.start:ent.end]
        parts = [p for p in text.split() if alias_key(p)]  # quotes and brackets NER left in the span go
        while len(parts) > 1 and alias_key(parts[-1]) in self.cues.strip_last:
            parts.pop()
        # no name starts with a conjunction: a span glued across «و» or «ولی» is looked up without it
        # (و نیز "and also" is not ونیز, Venice; ولی احمدی‌نژاد "but Ahmadinejad" is Ahmadinejad)
        while len(parts) > 1 and (alias_key(parts[0]) in self.cues.coord or (
                alias_key(parts[0]) in self.cues.strip_first and not self.gazetteer.candidates(" ".join(parts)))):
            parts.pop(0)   # (a name that starts with such a word, ولی نصر, is kept whole)
        keys = [k for k in (alias_key(p) for p in parts) if k]
        label = (ent.label or "").upper()
        out = _Linked(ent, keys, None, None, None)

        if self.options.partial_names and (label == "PER" or label not in TYPES):
            antecedent = self._antecedent(keys, history)
            if antecedent is not None and antecedent.id is None:
                same = self._same_person(antecedent, parts, label, history)
                if same is not None:
                    antecedent.id = antecedent.entity.id = same.id
                    antecedent.confidence = antecedent.entity.confidence = 0.85
            if antecedent is not None:
                out.id = antecedent.id
                if antecedent.id is not None:
                    ent.id, ent.confidence = antecedent.id, round((antecedent.confidence or 0.9) * 0.9, 3)
                    out.confidence = ent.confidence
                    if label not in TYPES:
                        ent.label = "PER"
                else:
                    ent.id = None
                return out

        entry, confidence = self._outer_prefix(doc, ent, parts, label, words, starts)
        if entry is None:
            entry, confidence = self._lookup(parts, label, history)
        if entry is None and self.options.partial_names and label == "ORG":
            # the short form of an organisation the article named in full (نیروهای دموکراتیک after
            # نیروهای دموکراتیک سوریه): its first words, two at least
            earlier = self._org_antecedent(keys, history)
            if earlier is not None:
                ent.id, ent.confidence = earlier.id, 0.75
                out.id, out.confidence = earlier.id, 0.75
                return out
        if entry is None:
            ent.id = None
            out.open = label == "PER"
            return out
        final_id, final_type = entry.id, entry.type
        if (self.options.metonymy and entry.stands_for and entry.type in self.options.metonymy_types):
            if len(parts) > 1 and alias_key(parts[0]) in self.cues.place_prefix:
                place, confidence_m = True, 0.9  # «شهر تهران»: the city by its own words
            else:
                place, confidence_m = self._place_reading(doc, ent, words, starts, parsed, history)
            out.place = place
            if not place:
                state = self.gazetteer.get(entry.stands_for)
                final_id, final_type = entry.stands_for, state.type if state else "GPE"
                confidence = min(confidence, confidence_m)
        ent.id, ent.confidence = final_id, confidence
        out.id, out.confidence = final_id, confidence
        if label not in TYPES or (self.options.retype and label in PLACE_TYPES and final_type in PLACE_TYPES
                                  and confidence >= 0.7):
            ent.label = final_type
        return out

    def _place_noun(self, key: str, endings: tuple[str, ...] = ()) -> bool:
        """A place cue word, also with one of ``endings`` (plural, indefinite: شهرهای, منطقه‌ای)."""
        if key in self.cues.place_before:
            return True
        return any(key.endswith(e) and key[:-len(e)] in self.cues.place_before for e in endings)

    # -- pieces ------------------------------------------------------------------------------------
    def _antecedent(self, keys: list[str], history: list[_Linked]) -> _Linked | None:
        """The latest earlier PER mention that contains this mention's words as a contiguous run and has an
        id; else the latest such mention without one (an unknown person: the short name stays unknown). An
        earlier linked mention of exactly these words counts too: once «احمدی‌نژاد» is linked, a garbled
        longer span containing it does not make it unknown."""
        n = len(keys)
        if not n:
            return None
        unlinked = None
        for h in reversed(history):
            if (h.entity.label or "").upper() != "PER" or len(h.keys) < n or (len(h.keys) == n and h.id is None):
                continue
            hk = h.keys
            if any(hk[i:i + n] == keys for i in range(len(hk) - n + 1)):
                if h.id is not None:
                    return h
                unlinked = unlinked or h
        return unlinked

    def _same_person(self, antecedent: _Linked, parts: list[str], label: str, history: list[_Linked]) -> Entry | None:
        """An unlinked full mention written in a form the gazetteer lacks («علی سیستانی») whose short name is
        known («سیستانی»): the same person when each of its words occurs in that person's aliases."""
        entry, _ = self._lookup(parts, label, history)
        if entry is None or entry.type != "PER":
            return None
        words = {alias_key(w) for a in entry.aliases for w in a.replace("\u200c", " ").split()}
        words |= {alias_key(a) for a in entry.aliases}
        return entry if all(k in words for k in antecedent.keys) else None

    def _outer_prefix(self, doc: Document, ent: Entity, parts: list[str], label: str, words: list[Word],
                      starts: list[int]) -> tuple[Entry | None, float]:
        """A place noun right before the span that belongs to the name: «استان «عدن»» is Aden Governorate,
        not the city; «استان فارس» the province, not the news agency."""
        if label not in ("GPE", "LOC", ""):
            return None, 0.0
        i = bisect.bisect_left(starts, ent.start)
        while i > 0 and not alias_key(words[i - 1].text):  # quotes: استان «عدن»
            i -= 1
        if i == 0 or not _same_sentence(doc, words[i - 1], ent):
            return None, 0.0
        prev = words[i - 1].text
        if alias_key(prev) not in self.cues.place_prefix:
            return None, 0.0
        places = [c for c in self.gazetteer.candidates(" ".join([prev] + parts)) if c.type in PLACE_TYPES]
        return (places[0], 0.9) if len(places) == 1 else (None, 0.0)

    @staticmethod
    def _org_antecedent(keys: list[str], history: list[_Linked]) -> _Linked | None:
        n = len(keys)
        if n < 2:
            return None
        for h in reversed(history):
            if (h.entity.label or "").upper() == "ORG" and h.id is not None and len(h.keys) > n \
                    and h.keys[:n] == keys:
                return h
        return None

    def _lookup(self, parts: list[str], label: str, history: list[_Linked]) -> tuple[Entry | None, float]:
        forms: list[tuple[str, float, frozenset[str] | None]] = [(" ".join(parts), 0.95, None)]
        # leading titles (آیت‌الله, سردار) before a person, generic heads (روزنامه, حزب, and the descriptors
        # after them: خبری, آمریکایی) before an organisation, place nouns (شهر, ایالت) before a place; what is
        # left must then name an entity of that kind. A title may be written in several words (آیت الله).
        for cue_set, labels, etypes in ((self.cues.title, ("PER",), _PER),
                                        (self.cues.org_prefix, ("ORG", "PRODUCT"), _ORG),
                                        (self.cues.place_prefix, ("GPE", "LOC"), _GPE)):
            if label not in labels and label != "":
                continue
            for stripped in _strip_prefixes(parts, cue_set):
                forms.append((" ".join(stripped), 0.9, etypes))
                if etypes is _ORG:  # and the state after the name (خبرگزاری تاس روسیه, روزنامه الوطن چاپ کویت)
                    bare = self._strip_state_suffix(stripped)
                    if bare:
                        forms.append((" ".join(bare), 0.85, etypes))
        for form, confidence, required in forms:
            decided, entry, confidence = self._choose(form, confidence, label, history, required)
            if decided and entry is not None and required is _GPE and entry.id in self._states:
                continue  # «ایالت آمریکا» is some US state, not the United States
            if decided:
                return entry, confidence
        # a state's government or regime (دولت آمریکا, حکومت بحرین) is the state (annotation guidelines, §5)
        if label in ("ORG", "GPE", "") or label not in TYPES:
            for stripped in _strip_prefixes(parts, self.cues.state_prefix):
                state = self._state(" ".join(stripped))
                if state is not None:
                    return state, 0.8
        # an institution of a state named with another of the state's names (وزارت امور خارجه کشورمان,
        # ارتش رژیم اشغالگر قدس) → the institution listed with one of them
        if label in ("ORG", "FAC", "") or label not in TYPES:
            entry = self._institution(parts)
            if entry is not None:
                return entry, 0.85
        # the Arabic article written or left out (برزان التکریتی / برزان تکریتی)
        bare = [p[2:] if _has_article(p) else p for p in parts]
        if bare != parts:
            decided, entry, confidence = self._choose(" ".join(bare), 0.85, label, history, None)
            if decided:
                return entry, confidence
        if self.options.spelling_variants:
            for form, _, required in forms:
                entry = self._variant(form, label)
                if entry is not None and not (required is _GPE and entry.id in self._states):
                    return entry, 0.6
        return None, 0.0

    def _strip_state_suffix(self, parts: list[str]) -> list[str] | None:
        """A name without a state's name (one or two words) at its end, and a strip_last word before it."""
        for k in (1, 2):
            if len(parts) > k and self._state(" ".join(parts[-k:])) is not None:
                rest = parts[:-k]
                while len(rest) > 1 and alias_key(rest[-1]) in self.cues.strip_last:
                    rest = rest[:-1]
                return rest
        return None

    def _choose(self, form: str, confidence: float, label: str, history: list[_Linked],
                required: frozenset[str] | None) -> tuple[bool, Entry | None, float]:
        """(decided, entry, confidence) for one form of the mention: not decided when no alias matches."""
        cands = self.gazetteer.candidates(form)
        if required:
            cands = [c for c in cands if c.type in required]
        if not cands:
            return False, None, 0.0
        # the NER label picks among homonyms: same type first, then compatible types (ORG ~ GPE ...)
        fitting = [c for c in cands if c.type == label] or [c for c in cands if _compatible(label, c.type)]
        if len(fitting) == 1:
            return True, fitting[0], confidence
        if len(fitting) > 1:
            seen = [h.id for h in reversed(history) if h.id]
            for ident in seen:
                for c in fitting:
                    if c.id == ident:
                        return True, c, 0.8
            return True, None, 0.0
        if len(cands) == 1:  # the only entry of that name has another type: link, but say so
            return True, cands[0], 0.5
        return True, None, 0.0

    def _state(self, text: str) -> Entry | None:
        """The state a name stands for: a country (or other GPE) itself, or a capital's state."""
        places = [c for c in self.gazetteer.candidates(text) if c.type == "GPE"]
        if len(places) != 1:
            return None
        entry = places[0]
        if entry.stands_for:
            entry = self.gazetteer.get(entry.stands_for) or entry
        return entry

    @cached_property
    def _institutions(self) -> dict[tuple[str, str], set[str]]:
        """Built on the first mention that needs it, once per stage (it walks every ORG/FAC alias)."""
        return _institution_index(self.gazetteer, self.cues.head_drop)

    def _institution(self, parts: list[str]) -> Entry | None:
        index = self._institutions
        found: set[str] = set()
        for k in range(1, len(parts)):
            places = [c for c in self.gazetteer.candidates(" ".join(parts[k:])) if c.type == "GPE"]
            if len(places) == 1:
                found |= index.get((_head_key(parts[:k], self.cues.head_drop), places[0].id), set())
        return self.gazetteer.get(found.pop()) if len(found) == 1 else None

    def _variant(self, form: str, label: str) -> Entry | None:
        """A transliteration variant (ولادمیر پوتین, میدویدیف, پامپئو): same letters up to inner ا و ی, the
        same type as the NER label, one entry only; words shorter than 6 letters must match exactly
        (so محمود خاتمی never becomes محمد خاتمی), and the last letter too (کامرونی "Cameroonian" is not
        کامرون, فلسطینی not فلسطین). People and organisations only: place names have fixed spellings, and
        لارستان is not لرستان."""
        if label not in ("PER", "ORG"):
            return None
        short = [k for k in (alias_key(p) for p in form.split()) if len(k) < 6]
        last = alias_key(form)[-1:]
        found: dict[str, Entry] = {}
        for alias, entry in self.gazetteer.variant_candidates(form):
            if entry.type != label or alias_key(alias)[-1:] != last:
                continue
            alias_words = {alias_key(w) for w in alias.replace("\u200c", " ").split()}
            if all(k in alias_words for k in short):
                found[entry.id] = entry
        return next(iter(found.values())) if len(found) == 1 else None

    def _place_reading(self, doc: Document, ent: Entity, words: list[Word], starts: list[int], parsed: bool,
                       history: list[_Linked]) -> tuple[bool, float]:
        """(is the place, confidence) for a capital's mention."""
        i = bisect.bisect_left(starts, ent.start)  # first word of the mention
        prev = words[i - 1] if i > 0 and _same_sentence(doc, words[i - 1], ent) else None
        if prev is not None:
            pk = alias_key(prev.text)
            if self._place_noun(pk, _PLURAL_ENDINGS):
                return True, 0.9
            if pk in self.cues.coord:
                before = [h for h in history if h.entity.end <= prev.start and h.place is not None]
                if before and prev.start - before[-1].entity.end <= 1:
                    return before[-1].place, 0.8
            if pk in self.cues.like and i > 1 and _same_sentence(doc, words[i - 2], ent):
                # «منطقه‌ای مانند تل‌آویو», «شهرهایی نظیر مسکو»: a place given as an example of places
                if self._place_noun(alias_key(words[i - 2].text), _NOUN_ENDINGS):
                    return True, 0.8
        if parsed:
            span = [w for w in words[i:] if w.end <= ent.end] or words[i:i + 1]
            deprel = _head_deprel(span) or ""
            if deprel in self.cues.agent_deprel:
                return False, 0.85
            if deprel in self.cues.place_deprel or deprel.split(":")[0] in self.cues.place_deprel:
                return True, 0.7
            return False, 0.6
        return False, 0.7


_NOUN_ENDINGS = ("هایی", "های", "ها", "ای", "ی")
_PLURAL_ENDINGS = ("های", "ها")
_PER = frozenset({"PER"})
_ORG = frozenset({"ORG"})
_GPE = frozenset({"GPE"})


def _strip_prefixes(parts: list[str], cue_set: frozenset[str]) -> list[list[str]]:
    """The mention with one, then two, ... leading cue words removed (a cue may span up to 3 words:
    «آیت الله» written with a space); at least one word is always left."""
    out: list[list[str]] = []
    rest = list(parts)
    while len(rest) > 1:
        for k in (3, 2, 1):
            if k < len(rest) and alias_key("".join(rest[:k])) in cue_set:
                rest = rest[k:]
                out.append(rest)
                break
        else:
            break
    return out


def _has_article(word: str) -> bool:
    """An Arabic name with the article ال (التکریتی, البندر): at least three letters after it."""
    key = alias_key(word)
    return key.startswith("ال") and len(key) >= 5


def _head_key(words: list[str], drop: frozenset[str]) -> str:
    return "".join(k for k in (alias_key(w) for w in words) if k and k not in drop)


def _institution_index(gaz: Gazetteer, drop: frozenset[str]) -> dict[tuple[str, str], set[str]]:
    """(head words' key, GPE id) → ids of the ORG/FAC entries with an alias «head + a name of that GPE»
    (وزارت خارجه روسیه → (وزارتخارجه, Russia) → Ministry of Foreign Affairs (Russia))."""
    index: dict[tuple[str, str], set[str]] = {}
    for entry in gaz.entries.values():
        if entry.type not in ("ORG", "FAC"):
            continue
        for alias in entry.aliases:
            words = alias.split()
            for k in range(1, len(words)):
                places = [c for c in gaz.candidates(" ".join(words[k:])) if c.type == "GPE"]
                head = _head_key(words[:k], drop)
                if len(places) == 1 and head:
                    index.setdefault((head, places[0].id), set()).add(entry.id)
    return index


def _compatible(label: str, etype: str) -> bool:
    if label not in TYPES or label == etype:
        return True
    if label in PLACE_TYPES and etype in PLACE_TYPES:
        return True
    return {label, etype} in ({"ORG", "GPE"}, {"ORG", "PRODUCT"}, {"ORG", "FAC"})


def _same_sentence(doc: Document, word: Word, ent: Entity) -> bool:
    if 0 <= ent.sentence < len(doc.sentences):
        return word.start >= doc.sentences[ent.sentence].start
    return True


def _head_deprel(span: list[Word]) -> str | None:
    """The relation of the span's head: the word whose head lies outside the span."""
    ids = {w.id for w in span}
    for w in span:
        if w.head not in ids:
            return w.deprel
    return span[0].deprel if span else None
