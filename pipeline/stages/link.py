"""Link stage: every entity mention → a canonical id (English Wikipedia title) or None, with a confidence.

Backend ``gazetteer`` reads the news gazetteer (``pipeline/gazetteer.py``) and the cue words in
``resources/gazetteer/link_cues.tsv``. For each entity of ``doc.entities``, in text order:

1. **Partial names.** A PER mention whose words are a contiguous part of an earlier, longer PER mention
   of the same document (``نتانیاهو`` after ``بنیامین نتانیاهو``) takes that mention's id, even when the
   gazetteer does not know the name (then the id stays None, as the full mention's did). This comes first
   so that an ambiguous surname (``لاریجانی``) follows the person the article named. A PER mention left
   unlinked that comes *before* the full name (headlines) takes the id of the first later full mention.
2. **Alias lookup** after normalization (punctuation words NER left in the span are ignored): the mention
   as written; without a trailing ``را``; without leading titles before a person (``آیت‌الله``, ``سردار``)
   or generic heads before an organisation (``روزنامه``, ``حزب``), which must then leave a name of exactly
   that type. Candidates whose type does not fit the NER label are dropped
   (``فارس`` as ORG is the news agency, as GPE the province). Two or more left: the one an earlier mention
   of the document linked to, else None. No alias: a transliteration variant of one (``ولادمیر پوتین``,
   ``میدویدیف``: equal up to the inner vowel letters ا و ی, same type, a single entry, words under 6 letters
   equal). Unknown names stay None: a wrong confident id is worse than none.
3. **Metonymy.** A capital (a GPE entry with ``stands_for``) acting as an agent links to its state:
   ``مسکو تل‌آویو را مسئول دانست`` → Russia, Israel; ``در مسکو`` stays Moscow. The place reading needs a cue
   right before the name (``در``, ``از``, ``به``, ``شهردار``, ... or a coordinated place: ``در مسکو و پکن``);
   with a dependency parse (words carry ``deprel``) a subject or object is the state, an oblique the place.
   Seats of government (FAC: ``کرملین``, ``کاخ سفید``) keep their own id, as the annotation guidelines
   (section 5) ask; ``metonymy_types: [GPE, FAC]`` links them to the state as well.
4. **Re-typing.** Where the gazetteer knows better within the place types — NER says LOC for ``مسکو`` but
   the gazetteer says GPE, a capital read as its state is GPE — the label is replaced (``retype: false``
   keeps NER's labels). A label outside the pipeline's types is replaced by the entry's type.

``confidence`` is replaced by the link's confidence when an id is set (0.95 exact alias, 0.9 after
stripping a title, about 0.85 partial name, 0.8 an ambiguous alias resolved in the document or a surname
before its full name, 0.6–0.9 metonymy, 0.6 a transliteration variant, 0.5 an alias whose type contradicts
the NER label); an unlinked mention keeps the value NER gave.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ..document import Document, Entity, Word
from ..errors import ModelError
from ..gazetteer import RESOURCE_DIR, TYPES, Entry, Gazetteer, alias_key
from ..registry import register
from .base import ExistingPath, Stage, StageOptions

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
CUE_KINDS = ("place_before", "coord", "strip_last", "title", "org_prefix", "agent_deprel", "place_deprel")


@dataclass(frozen=True)
class LinkCues:
    place_before: frozenset[str]
    coord: frozenset[str]
    strip_last: frozenset[str]
    title: frozenset[str]
    org_prefix: frozenset[str]
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
        keys = [k for k in (alias_key(p) for p in parts) if k]
        label = (ent.label or "").upper()
        out = _Linked(ent, keys, None, None, None)

        if self.options.partial_names and (label == "PER" or label not in TYPES):
            antecedent = self._antecedent(keys, history)
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

        entry, confidence = self._lookup(parts, label, history)
        if entry is None:
            ent.id = None
            out.open = label == "PER"
            return out
        final_id, final_type = entry.id, entry.type
        if (self.options.metonymy and entry.stands_for and entry.type in self.options.metonymy_types):
            place, confidence_m = self._place_reading(doc, ent, words, starts, parsed, history)
            out.place = place
            if not place:
                final_id, final_type = entry.stands_for, "GPE"
                confidence = min(confidence, confidence_m)
        ent.id, ent.confidence = final_id, confidence
        out.id, out.confidence = final_id, confidence
        if label not in TYPES or (self.options.retype and label in PLACE_TYPES and final_type in PLACE_TYPES
                                  and confidence >= 0.7):
            ent.label = final_type
        return out

    # -- pieces ------------------------------------------------------------------------------------
    def _antecedent(self, keys: list[str], history: list[_Linked]) -> _Linked | None:
        """The latest earlier PER mention that contains this mention's words as a contiguous run."""
        n = len(keys)
        if not n:
            return None
        for h in reversed(history):
            if (h.entity.label or "").upper() != "PER" or len(h.keys) <= n:
                continue
            hk = h.keys
            if any(hk[i:i + n] == keys for i in range(len(hk) - n + 1)):
                return h
        return None

    def _lookup(self, parts: list[str], label: str, history: list[_Linked]) -> tuple[Entry | None, float]:
        gaz = self.gazetteer
        forms: list[tuple[str, float, str | None]] = [(" ".join(parts), 0.95, None)]
        # leading titles (آیت‌الله, سردار) before a person, generic heads (روزنامه, حزب) before an organisation;
        # what is left must then name an entity of exactly that type
        for cue_set, etype in ((self.cues.title, "PER"), (self.cues.org_prefix, "ORG")):
            if label not in (etype, ""):
                continue
            stripped = list(parts)
            while len(stripped) > 1 and alias_key(stripped[0]) in cue_set:
                stripped.pop(0)
                forms.append((" ".join(stripped), 0.9, etype))
        for form, confidence, required in forms:
            cands = gaz.candidates(form)
            if required:
                cands = [c for c in cands if c.type == required]
            if not cands:
                continue
            # the NER label picks among homonyms: same type first, then compatible types (ORG ~ GPE ...)
            fitting = [c for c in cands if c.type == label] or [c for c in cands if _compatible(label, c.type)]
            if len(fitting) == 1:
                return fitting[0], confidence
            if len(fitting) > 1:
                seen = [h.id for h in reversed(history) if h.id]
                for ident in seen:
                    for c in fitting:
                        if c.id == ident:
                            return c, 0.8
                return None, 0.0
            if len(cands) == 1:  # the only entry of that name has another type: link, but say so
                return cands[0], 0.5
            return None, 0.0
        if self.options.spelling_variants:
            for form, _, _ in forms:
                entry = self._variant(form, label)
                if entry is not None:
                    return entry, 0.6
        return None, 0.0

    def _variant(self, form: str, label: str) -> Entry | None:
        """A transliteration variant (ولادمیر پوتین, میدویدیف, پامپئو): same letters up to inner ا و ی, the
        same type as the NER label, one entry only; words shorter than 6 letters must match exactly
        (so محمود خاتمی never becomes محمد خاتمی)."""
        if label not in TYPES:
            return None
        short = [k for k in (alias_key(p) for p in form.split()) if len(k) < 6]
        found: dict[str, Entry] = {}
        for alias, entry in self.gazetteer.variant_candidates(form):
            if entry.type != label:
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
            if pk in self.cues.place_before:
                return True, 0.9
            if pk in self.cues.coord:
                before = [h for h in history if h.entity.end <= prev.start and h.place is not None]
                if before and prev.start - before[-1].entity.end <= 1:
                    return before[-1].place, 0.8
        if parsed:
            span = [w for w in words[i:] if w.end <= ent.end] or words[i:i + 1]
            deprel = _head_deprel(span) or ""
            if deprel in self.cues.agent_deprel:
                return False, 0.85
            if deprel in self.cues.place_deprel or deprel.split(":")[0] in self.cues.place_deprel:
                return True, 0.7
            return False, 0.6
        return False, 0.7


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
