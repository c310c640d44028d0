"""Rule-based triple extraction over the UD parse, following the annotation guidelines v1.

The extractor reads words with heads and relations (PerDT conventions), entities with canonical ids,
and writes ``Triple`` objects. Each guideline section maps to one function here:
predicates and their relation string (§1), argument spans (§2), coordination, joint action and
apposition roles (§3), attribution, polarity and tense (§4), canonical ids and pronoun resolution (§5).
The parse is repaired first (``repair.py``); Persian word lists live in
``pipeline/resources/relations/cues.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..document import Document, Entity, Triple
from ..errors import ModelError
from .graph import CLAUSE_RELS, OBL_RELS, QUOTES, SUBJ_RELS, SentenceGraph
from .repair import ParseRepairs
from .verbs import past_stem, person_of_form, present_stems, tense_of_form

CUES_FILE = Path(__file__).resolve().parent.parent / "resources" / "relations" / "cues.yaml"


@dataclass(frozen=True)
class Cues:
    argument_preps: frozenset
    adjunct_preps: frozenset
    place_preps: frozenset
    time_and_place_preps: frozenset
    passive_light_stems: frozenset
    active_light_verbs: tuple
    case_not_prepositions: frozenset
    nobody_nouns: frozenset
    approximators: frozenset
    partitive_adverbs: frozenset
    partitive_heads: frozenset
    regarding_verbs: frozenset
    tanween_adverbs: frozenset
    adjacent_argument_preps: frozenset
    time_nouns: frozenset
    day_words: frozenset
    pronouns: dict
    anaphoric_nouns: dict
    anaphoric_dets: frozenset
    attribution_frames: tuple
    reporting_verbs: frozenset
    reporting_lvc: frozenset
    titles: frozenset
    joint_markers: frozenset
    reciprocal_lvc: frozenset
    future_aux: frozenset
    speaker_pronouns: frozenset
    self_source_frames: tuple
    verb_level_pp_nouns: frozenset
    span_prefixes_dropped: frozenset
    possessive_clitics: frozenset
    frame_prepositions: frozenset
    adverbial_phrases: frozenset
    not_arguments: frozenset
    list_announcers: frozenset
    reason_prepositions: frozenset
    duration_nouns: frozenset
    bylines: frozenset
    modal_nominals: frozenset
    agreement_pronouns: dict
    compound_prepositions: frozenset
    copular_verbs: frozenset
    title_continuations: frozenset
    reciprocal_pronouns: frozenset
    request_verbs: frozenset
    request_lvc: frozenset
    permission_objects: dict
    belief_nominals: frozenset
    copula_clitics: frozenset
    complement_nominals: frozenset
    impersonal_modals: frozenset
    modal_verbs: frozenset
    modal_lvcs: frozenset
    clause_modal_nominals: frozenset
    stem_compounds: frozenset
    stem_compound_endings: tuple
    necessity_modals: frozenset
    lvc_argument_prepositions: frozenset
    lvc_frames: dict
    action_light_verbs: dict
    agent_prepositions: frozenset
    passive_light_verbs: frozenset
    degree_adverbs: frozenset
    bare_lvc_verbs: frozenset
    adverb_nouns: frozenset
    time_prepositions: frozenset
    occasion_prepositions: frozenset
    list_openers: frozenset
    month_names: frozenset
    self_reference_nouns: frozenset
    generic_light_verbs: frozenset
    clause_frames: tuple
    place_subordinators: tuple
    list_markers: tuple
    role_prepositions: frozenset
    role_predicates: frozenset
    counting_lvc: frozenset
    singular_person_pronouns: frozenset
    interrogatives: frozenset
    resumptive_pronouns: frozenset
    partner_prepositions: frozenset
    participant_prepositions: frozenset
    goal_and_source_prepositions: frozenset
    topic_prepositions: frozenset
    adjunct_antecedents: frozenset
    intransitive_stems: frozenset
    intransitive_nominals: frozenset
    ordinal_homographs: frozenset
    nationality_homographs: frozenset
    free_present_copulas: tuple
    place_adverbs: frozenset
    prepositions_taken_for_nouns: frozenset


# an item number opening a list line: `2`, `3_`, `۴-` (with `_` / `-` as its own word or glued on)
ITEM_NUMBER = re.compile(r"[0-9۰-۹]+[_\-]?")


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_FILE) -> Cues:
    try:
        # libyaml's safe loader when PyYAML has it: the same data, 7x faster on this file at every start-up
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return Cues(
            argument_preps=frozenset(raw["argument_prepositions"]),
            adjunct_preps=frozenset(raw["adjunct_prepositions"]),
            place_preps=frozenset(raw["place_prepositions"]),
            time_and_place_preps=frozenset(raw["time_and_place_prepositions"]),
            passive_light_stems=frozenset(raw["passive_light_stems"]),
            active_light_verbs=tuple(raw["active_light_verbs"]),
            case_not_prepositions=frozenset(raw["case_not_prepositions"]),
            nobody_nouns=frozenset(raw["nobody_nouns"]),
            approximators=frozenset(raw["approximators"]),
            partitive_adverbs=frozenset(raw["partitive_adverbs"]),
            partitive_heads=frozenset(raw["partitive_heads"]),
            regarding_verbs=frozenset(raw["regarding_verbs"]),
            tanween_adverbs=frozenset(raw["tanween_adverbs"]),
            adjacent_argument_preps=frozenset(raw["adjacent_argument_prepositions"]),
            time_nouns=frozenset(raw["time_nouns"]),
            day_words=frozenset(raw["day_words"]),
            pronouns={label: frozenset(words) for label, words in raw["pronouns"].items()},
            anaphoric_nouns={label: frozenset(words) for label, words in raw["anaphoric_nouns"].items()},
            anaphoric_dets=frozenset(raw["anaphoric_determiners"]),
            attribution_frames=tuple(tuple(f) for f in raw["attribution_frames"]),
            reporting_verbs=frozenset(raw["reporting_verbs"]),
            reporting_lvc=frozenset(tuple(p) for p in raw["reporting_lvc"]),
            counting_lvc=frozenset(tuple(p) for p in raw["counting_lvc"]),
            titles=frozenset(raw["titles"]),
            joint_markers=frozenset(raw["joint_markers"]),
            reciprocal_lvc=frozenset(tuple(p) for p in raw["reciprocal_verbs_lvc"]),
            future_aux=frozenset(raw["future_aux"]),
            speaker_pronouns=frozenset(raw["speaker_pronouns"]),
            self_source_frames=tuple(tuple(f) for f in raw["self_source_frames"]),
            verb_level_pp_nouns=frozenset(raw["verb_level_pp_nouns"]),
            span_prefixes_dropped=frozenset(raw["span_prefixes_dropped"]),
            possessive_clitics=frozenset(raw["possessive_clitics"]),
            frame_prepositions=frozenset(raw["frame_prepositions"]),
            adverbial_phrases=frozenset(raw["adverbial_phrases"]),
            not_arguments=frozenset(raw["not_arguments"]),
            list_announcers=frozenset(raw["list_announcers"]),
            reason_prepositions=frozenset(raw["reason_prepositions"]),
            duration_nouns=frozenset(raw["duration_nouns"]),
            bylines=frozenset(raw["bylines"]),
            modal_nominals=frozenset(raw["modal_nominals"]),
            agreement_pronouns=dict(raw["agreement_pronouns"]),
            compound_prepositions=frozenset(raw["compound_prepositions"]),
            copular_verbs=frozenset(raw["copulas"]),
            title_continuations=frozenset(raw["title_continuations"]),
            reciprocal_pronouns=frozenset(raw["reciprocal_pronouns"]),
            request_verbs=frozenset(raw["request_verbs"]),
            request_lvc=frozenset(tuple(p) for p in raw["request_lvc"]),
            permission_objects={stem: frozenset(nouns) for stem, nouns in raw["permission_objects"].items()},
            belief_nominals=frozenset(raw["belief_nominals"]),
            copula_clitics=frozenset(raw["copula_clitics"]),
            complement_nominals=frozenset(raw["complement_nominals"]),
            impersonal_modals=frozenset(raw["impersonal_modals"]),
            modal_verbs=frozenset(raw["modal_verbs"]),
            modal_lvcs=frozenset(tuple(p) for p in raw["modal_lvcs"]),
            clause_modal_nominals=frozenset(raw["clause_modal_nominals"]),
            stem_compounds=frozenset(tuple(p) for p in raw["stem_compounds"]),
            stem_compound_endings=tuple(raw["stem_compound_endings"]),
            necessity_modals=frozenset(raw["necessity_modals"]),
            lvc_argument_prepositions=frozenset(raw["lvc_argument_prepositions"]),
            bare_lvc_verbs=frozenset(raw["bare_lvc_verbs"]),
            adverb_nouns=frozenset(raw["adverb_nouns"]),
            time_prepositions=frozenset(raw["time_prepositions"]),
            occasion_prepositions=frozenset(raw["occasion_prepositions"]),
            list_openers=frozenset(raw["list_openers"]),
            month_names=frozenset(raw["month_names"]),
            self_reference_nouns=frozenset(raw["self_reference_nouns"]),
            generic_light_verbs=frozenset(raw["generic_light_verbs"]),
            lvc_frames={nominal: frozenset(preps) for nominal, preps in raw["lvc_frames"].items()},
            action_light_verbs={frame: frozenset(stems) for frame, stems in raw["action_light_verbs"].items()},
            agent_prepositions=frozenset(raw["agent_prepositions"]),
            passive_light_verbs=frozenset(raw["passive_light_verbs"]),
            degree_adverbs=frozenset(raw["degree_adverbs"]),
            clause_frames=tuple(tuple(f) for f in raw["clause_frames"]),
            place_subordinators=tuple(tuple(f) for f in raw["place_subordinators"]),
            list_markers=tuple(tuple(f.split()) for f in raw["list_markers"]),
            role_prepositions=frozenset(raw["role_prepositions"]),
            role_predicates=frozenset(raw["role_predicates"]),
            singular_person_pronouns=frozenset(raw["singular_person_pronouns"]),
            interrogatives=frozenset(raw["interrogatives"]),
            resumptive_pronouns=frozenset(raw["resumptive_pronouns"]),
            partner_prepositions=frozenset(raw["partner_prepositions"]),
            participant_prepositions=frozenset(raw["participant_prepositions"]),
            goal_and_source_prepositions=frozenset(raw["goal_and_source_prepositions"]),
            topic_prepositions=frozenset(raw["topic_prepositions"]),
            adjunct_antecedents=frozenset(raw["adjunct_antecedents"]),
            intransitive_stems=frozenset(raw["intransitive_stems"]),
            intransitive_nominals=frozenset(raw["intransitive_nominals"]),
            ordinal_homographs=frozenset(raw["ordinal_homographs"]),
            nationality_homographs=frozenset(raw["nationality_homographs"]),
            free_present_copulas=tuple(raw["free_present_copulas"]),
            place_adverbs=frozenset(raw["place_adverbs"]),
            prepositions_taken_for_nouns=frozenset(raw["prepositions_taken_for_nouns"]),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: cannot read the extraction cues: {exc}") from None


@dataclass
class Mention:
    """An argument: the words it covers, its text, canonical id and type."""
    words: list[int]
    text: str
    id: str | None = None
    label: str | None = None
    span: tuple[int, int] | None = None
    named: bool = False      # a named entity (not a pronoun or common noun phrase)
    resolved: bool = False   # replaced by its antecedent


@dataclass
class Predicate:
    verb: int                 # the verb (or the copula's predicate nominal)
    words: list[int]          # all words of the relation string
    nominal: str | None       # LVC nominal, for the lexicon
    lemma: str
    copular: int | None = None   # the predicate nominal of a copular clause
    modal: bool = False          # `قرار است`: frames the clause it governs, no triple of its own
    secondary: str | None = None  # a predicate adjective or noun (`مسئول دانست`), for the lexicon
    passive: bool = False
    reporting: bool = False
    reciprocal: bool = False
    polarity: str = "positive"
    tense: str = "present"
    frame_complements: list[int] = field(default_factory=list)  # `مورد انتقاد [ناتو] قرار گرفت`


@dataclass
class Discourse:
    """What earlier sentences named, for pronoun and dropped-subject resolution."""
    mentions: list[tuple[int, Mention]] = field(default_factory=list)   # (sentence, mention)
    last_subject: tuple[int, Mention] | None = None
    roles: dict[str, Mention] = field(default_factory=dict)   # "title organisation" → its named holder

    def antecedent(self, sentence: int, label: str | None, before: int | None = None,
                   skip: frozenset[int] = frozenset()) -> Mention | None:
        """The last named mention of the type in this or the previous sentence; in this one, before word
        ``before`` (an anaphor looks back: `این کشور ... علیه یمن` is not Yemen) and outside words ``skip``."""
        for sent, m in reversed(self.mentions):
            if sent < sentence - 1:
                break
            if sent == sentence and (before is not None and m.words and m.words[0] >= before
                                     or m.words and set(m.words) <= skip):
                continue
            if m.named and (label is None or m.label == label or (label == "GPE" and m.label in ("GPE", "LOC"))):
                return m
        return None


class Extractor(ParseRepairs):
    def __init__(self, lexicon=None, cues: Cues | None = None, repair: bool = True):
        self.lexicon = lexicon
        self.repair = repair
        self.cues = cues or load_cues()
        self._discourse = Discourse()
        self._frame_source: str | None = None   # this sentence's `به گزارش X`

    # -- document --------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Triple]:
        triples: list[Triple] = []
        discourse = Discourse()
        by_sentence: dict[int, list[Entity]] = {}
        for ent in doc.entities:
            by_sentence.setdefault(ent.sentence, []).append(ent)
        for si, sentence in enumerate(doc.sentences):
            graph = SentenceGraph(sentence)
            if not graph.parsed:
                continue
            ents = by_sentence.get(si, [])
            triples.extend(self._sentence(si, graph, ents, discourse))
        # (an argument of punctuation alone is a parser or NER slip: `از جانب «رهبر انقلاب»` gave `« | رهبر | انقلاب`)
        return [t for t in triples if any(ch.isalnum() for ch in t.subject) and any(ch.isalnum() for ch in t.object)]

    # -- one sentence ------------------------------------------------------------------------
    def _sentence(self, si: int, g: SentenceGraph, ents: list[Entity], discourse: Discourse) -> list[Triple]:
        ent_of = self._entity_index(g, ents)
        self._g, self._ent_of, self._si = g, ent_of, si
        header, header_source = self._header(g)
        for frame in self.cues.self_source_frames:   # `بنابراین گزارش، ...`: an opening frame names no participant
            if 0 in g.occurrences(frame):
                header = header | set(range(len(frame)))
        self._excluded = header
        self._framed: set[int] = set()
        self._gapped: dict[int, int] = {}
        if self.repair:
            self._repair(g)
        out: list[Triple] = []
        # named mentions of this sentence enter the discourse as we go, left to right
        for ent in ents:
            words = [i for i, n in enumerate(g.nodes) if n.word.start >= ent.start and n.word.end <= ent.end]
            # (the byline's agency, `خبرگزاری فارس:`, is nobody's antecedent; a headline quote's speaker is)
            if words and not (header_source is None and set(words) <= header):
                discourse.mentions.append((si, Mention(words, g.text_of(words), ent.id, ent.label,
                                                       g.offsets_of(words), named=True)))
        if not ents:   # without NER, proper nouns stand in for named entities
            for n in g.nodes:
                if n.upos == "PROPN" and n.deprel not in ("flat:name",):
                    words = g.phrase(n.index)
                    discourse.mentions.append((si, Mention(words, g.text_of(words), None, None,
                                                           g.offsets_of(words), named=True)))
        self._role_spans = []
        roles = self._appositions(si, g)
        if self.repair:
            self._subject_from_role(g)
            self._object_after_role(g)
        for role in roles:   # `نخست‌وزیر رژیم صهیونیستی` later stands for the holder (decision 21)
            holder = Mention([], role.subject, role.subject_id, role.subject_type or "PER", None, named=True)
            discourse.roles[f"{role.relation} {role.object}"] = holder
        self._discourse = discourse
        self._frame_source = self._frame_attribution(g)
        sentence_source = self._frame_source or header_source
        predicates = self._predicates(g)
        attribution: dict[int, Mention] = {}
        subjects: dict[int, list[Mention]] = {}
        self._modal_prefix = {}
        self._negated_by_modal: set[int] = set()
        self._past_by_modal: set[int] = set()
        self._controller: dict[int, Mention] = self._cleft_subjects(g)
        self._requesters: dict[int, Mention] = {}
        framed_out: list[Triple] = []
        for pred in predicates:   # ordered by position: clause heads before their complements
            if pred.copular is None:
                self._reattach_expected(pred)   # before the subject's span is cut: the PP may hang on it
                self._reattach_lone_place(pred)
                self._none_phrase_as_object(pred)
            subs = self._subjects(pred, predicates, subjects, discourse)
            subjects[pred.verb] = subs
            if pred.modal:
                frame = sorted(set([pred.verb] + pred.words))
                for c in g.kids(pred.verb, "ccomp", "xcomp", "csubj"):
                    self._modal_prefix[c] = g.words_text(frame)
                    if pred.polarity == "negative":   # `نمی‌تواند نادیده بگیرد`: the frame's negation is the clause's
                        self._negated_by_modal.add(c)
                    if pred.tense == "past":   # `قرار بود برگزار شود`, `تلاش کرده عمل کند`: so is its tense
                        self._past_by_modal.add(c)
                continue
            if self._impersonal(pred):
                continue   # `می‌توان ... حل کرد`, `باید جدا کرد`: no subject, no triple (decision 5)
            objects = self._objects(pred) or self._present_copula_predicate(pred)
            if self._is_request(pred):
                self._request_frame(pred, subs, objects, attribution)
            if pred.reporting:
                complements = self._complements(g, pred, predicates)
                reporter = subs[0] if subs else None
                # (`سابیا ادامه داد: ... باید بگویم که ...`: a quoted `من` who says something is the quoted speaker)
                outer = self._source_for(pred, attribution) or sentence_source
                if reporter is not None and reporter.text in self.cues.speaker_pronouns \
                        and self._can_be_the_speaker(outer):
                    reporter = Mention([], outer, None, None, reporter.span, named=True, resolved=True)
                for c in complements:
                    if reporter is not None:
                        attribution[c] = reporter
                # the reporting act itself is not a triple, unless it takes a noun phrase or an argument PP
                # and no clause (decision 1: `تل‌آویو | اعلام نکرده است | دلیل این تعویق`; a belief nominal's own
                # PP, decision 11: `این آمار | حاکی است از | افزایش بیکاری`)
                if complements or not (self._object_kind == "argument" or pred.secondary is not None and objects):
                    continue
            source = self._source_for(pred, attribution) or sentence_source
            if self._asks(pred.verb) or self._in_question(pred.verb):
                continue   # a question states no fact (guidelines §1): `آیا ... انجام داده‌ایم؟`
            start = len(out)
            for subj in subs:
                for prep, obj in objects:
                    if subj.text == obj.text or (subj.words and set(subj.words) & set(obj.words)) \
                            or self._inside_predicate(obj, pred, prep):
                        continue   # an argument never relates to itself or is its own predicate: a parser error
                    if self._asks(*subj.words, *obj.words) or self._question_word(subj) or self._question_word(obj):
                        continue   # `با چه کسی باید رقابت کنیم؟`: an argument asked for is no fact either
                    triple = self._triple(si, subj, pred, prep, obj, source)
                    # (a number or a stray letter the parser made a verb is none: `را ه حل` with `ه` as the verb)
                    if any(sum(ch.isalpha() for ch in w) > 1 for w in triple.relation.split()):
                        out.append(triple)
            out.extend(self._joint(si, subs, pred, objects, source))
            if pred.verb in self._framed:
                framed_out += out[start:]
            if subs and subs[0].named:
                discourse.last_subject = (si, subs[0])
        # a framed clause (`با بیان اینکه ...`) is reported by the subject of the main clause
        root = next((n.index for n in g.nodes if n.head is None), None)
        speaker = (subjects.get(root) or [None])[0] if root is not None else None
        for t in framed_out:
            if speaker is not None and speaker.text and t.attribution is None and t.subject != speaker.text:
                t.attribution = speaker.text
        for role in roles:
            role.attribution = sentence_source
            out.append(role)
        return out

    def _header(self, g: SentenceGraph) -> tuple[set[int], str | None]:
        """`خبرگزاری فارس: ...` (a byline: no source) or `علاوی: ...` (a headline quote: the source)."""
        for i, n in enumerate(g.nodes[:8]):
            if n.text == ":":
                words = list(range(i))
                if not words or any(g.nodes[w].upos in ("VERB", "AUX") for w in words):
                    return set(), None
                byline = g.nodes[0].text in self.cues.bylines
                return set(words) | {i}, None if byline else g.text_of(words)
        return set(), None

    def _entity_index(self, g: SentenceGraph, ents: list[Entity]) -> dict[int, Entity]:
        found = {}
        for ent in ents:
            for n in g.nodes:
                if n.word.start >= ent.start and n.word.end <= ent.end:
                    found.setdefault(n.index, ent)
        return found

    # -- predicates (§1) ---------------------------------------------------------------------
    def _predicates(self, g: SentenceGraph) -> list[Predicate]:
        preds = []
        for n in g.nodes:
            if n.upos == "VERB" and n.deprel in CLAUSE_RELS:
                # a participle that is the xcomp of a passive/light verb is part of that verb's predicate
                if n.deprel == "xcomp" and n.head is not None and g.nodes[n.head].upos == "VERB" and n.index < n.head:
                    continue
                preds.append(self._predicate(g, n.index))
            # (a copula is a verb form or a clitic: not a letter of a model name, `"کی اس-۱۹`, nor a stray number)
            elif n.upos != "VERB" and any(g.nodes[c].upos in ("AUX", "VERB", "PRON") for c in g.kids(n.index, "cop")):
                preds.append(self._copular(g, n.index))
        return sorted(preds, key=lambda p: p.verb)

    def _predicate(self, g: SentenceGraph, v: int) -> Predicate:
        words = {v}
        nominal = secondary = None
        for c in g.kids(v, "aux", "aux:pass", "compound:lvc", "compound:prt", "compound", "xcomp"):
            node = g.nodes[c]
            if node.deprel == "xcomp" and not (c < v and (node.upos in ("ADJ", "NOUN", "VERB", "ADV") and
                                                          not g.kids(c, "case", "nsubj", "obj"))):
                continue
            # (a far secondary predicate reaches its verb, or only its own PPs stand between: `منجر به ... شده`)
            between = set(range(max(g.subtree(c)) + 1, v)) - {a for a in g.kids(v, "aux")}
            if node.deprel == "xcomp" and c < v - 3 and between and not between <= set().union(
                    *(g.subtree(k) for k in g.kids(v, *OBL_RELS) if k > c and self._preposition(k))):
                continue
            # a verb inside the predicate is only the participle of a passive or compound tense (`گرفته شد`)
            # (the tagger often leaves out VerbForm=Part: a bare `کشته` is the past stem `کشت` + `ه`)
            participle = node.feat("VerbForm") == "Part" or (node.text == past_stem(node.lemma) + "ه"
                                                              and not node.children)
            if node.deprel in ("xcomp", "compound") and node.upos == "VERB" and (c != v - 1 or not participle):
                continue
            part = {c} | {d for d in g.kids(c, "compound:lvc", "aux", "flat", "fixed")}
            if node.deprel == "compound:lvc":   # `به تعویق افتاد`, `به امضا رسید`: the preposition is the predicate's
                part |= {d for d in g.kids(c, "case") if d == c - 1}
                part |= self._nominal_modifiers(g, c, part, v)
                part |= self._nominal_genitive(g, c, v)
            if node.deprel == "xcomp":
                # `مسؤول آن دانست`, `بسیار مهم دانست`: the secondary predicate with its complement and degree adverb
                sub = g.subtree(c)
                if max(sub) < v and len(sub) <= 4 and sorted(sub) == list(range(min(sub), max(sub) + 1)):
                    part |= {k for k in sub if g.nodes[k].upos not in ("PUNCT", "CCONJ")}   # not `، اعتراض`
            words |= part
            if node.deprel == "compound:lvc":
                # (two nominals are one written apart: `خاطر نشان کرد` with both words `compound:lvc`; the second
                # names both, in whichever order the repairs left them)
                joined = c + 1 < len(g.nodes) and g.nodes[c + 1].deprel == "compound:lvc" and g.nodes[c + 1].head == v
                if not joined or nominal is None:
                    nominal = f"{g.nodes[c - 1].text} {node.text}" if c > 0 and g.nodes[c - 1].deprel == "compound:lvc" \
                        and g.nodes[c - 1].head == v else node.text
            elif node.deprel == "xcomp" and node.upos != "VERB":
                secondary = node.text
        light = self._gapped.get(v)
        if light is not None:   # `... حمایت و ... مخالفت کردند`: the nominal with the light verb it borrows
            words |= {light} | set(g.kids(light, "aux", "aux:pass"))
            nominal = g.nodes[v].text
        nominal = self._spaced_nominal(g, v, words, nominal)
        words |= self._secondary_stretch(g, v, words, nominal)
        complements: list[int] = []
        lvc = next((w for w in words if g.nodes[w].deprel == "compound:lvc" and g.nodes[w].text in self.cues.lvc_frames), None)
        frame = self._lvc_frame(g, v, lvc) if lvc is not None else None
        if frame is not None:
            frame_words, complements, nominal = frame
            words |= frame_words
        words = sorted(words)
        finite = v if light is None else light
        lemma = g.nodes[finite].lemma
        pred = Predicate(verb=v, words=words, nominal=nominal, lemma=lemma, secondary=secondary,
                         passive=g.nodes[finite].feat("Voice") == "Pass", frame_complements=complements)
        pred.reporting = self._is_reporting(nominal, lemma)
        pred.reciprocal = self._is_reciprocal(nominal, lemma)
        pred.polarity = self._polarity(g, words)
        pred.tense = self._tense(g, finite, words)
        # `می‌تواند ... استفاده کند`: a modal verb with a verb clause after it and no argument of its own frames that
        # clause, whose relation it opens (decision 7: `بتواند استفاده کند از`)
        stem = past_stem(lemma or "")
        pred.modal = (nominal is None and stem in self.cues.modal_verbs or (nominal, stem) in self.cues.modal_lvcs) \
            and self._frames_a_clause(g, v)
        return pred

    def _spaced_nominal(self, g: SentenceGraph, v: int, words: set[int], nominal: str | None) -> str | None:
        """`خاطر نشان کرد` (written with a space for `خاطرنشان کرد`, pointed out): the word before the LVC
        nominal, when the two written together make a nominal the lexicon or the reporting cues know, is part
        of it (the parser took `خاطر` for the object)."""
        lvc = next((w for w in sorted(words) if g.nodes[w].deprel == "compound:lvc"), None)
        if lvc is None or lvc == 0:
            return nominal
        before = g.nodes[lvc - 1]
        if before.head != v or before.deprel not in ("obj", "compound", "nmod") or g.kids(before.index, "case"):
            return nominal
        joined = before.text + g.nodes[lvc].text
        known = (joined, past_stem(g.nodes[v].lemma)) in self.cues.reporting_lvc or (
            self.lexicon is not None and (entry := self.lexicon.lookup(joined, g.nodes[v].lemma)) is not None
            and entry.is_lvc)
        if not known:
            return nominal
        words.add(before.index)
        return joined

    def _lvc_frame(self, g: SentenceGraph, v: int, lvc: int) -> tuple[set[int], list[int], str] | None:
        """`مورد بررسی قرار داد`, `تحت فشار شدید قرار گرفت`: the oblique right before the LVC nominal, with a
        framing preposition (cues: lvc_frames), joins the predicate with its modifiers; its ezafe complements
        (`مورد انتقاد [مقامات ناتو] قرار گرفت`) are returned apart, as candidate objects, and so is the
        nominal the predicate lexicon knows it by (`مورد بررسی قرار`)."""
        preps = self.cues.lvc_frames[g.nodes[lvc].text]
        for c in g.kids(v, *OBL_RELS):
            sub = g.subtree(c)
            if c > lvc or max(sub) != lvc - 1 or self._preposition(c) not in preps:
                continue
            case = {k for k in g.kids(c, "case") if k < c}
            part = self._nominal_modifiers(g, c, case | {c}, lvc)
            complements = sorted(k for k in g.kids(c, "nmod") if k not in part and not g.kids(k, "case")
                                 and g.nodes[k].upos != "PRON")
            return part, complements, g.words_text(sorted(case) + [c, lvc])
        return None

    def _nominal_genitive(self, g: SentenceGraph, nominal: int, verb: int) -> set[int]:
        """`از این حادثه ابراز نگرانی کرد`: the nominal's bare genitive that fills the gap up to the verb (or its
        auxiliaries) is part of the predicate (`ابراز نگرانی کرد از`, not `ابراز کرد از`). With no argument,
        decision 8 still makes the nominal phrase the object (`_lvc_object`). Not the complement of an adjectival
        or complement-taking nominal, which is its object (`خواستار تحقیقات فوری شد`, `دچار آن شده است`)."""
        if g.nodes[nominal].upos == "ADJ" or g.nodes[nominal].text in self.cues.complement_nominals:
            return set()
        for k in g.kids(nominal, "nmod"):
            sub = sorted(g.subtree(k))
            if k == nominal + 1 and not g.kids(k, "case") and len(sub) <= 3 and sub == list(range(sub[0], sub[-1] + 1)) \
                    and sub[-1] < verb and all(g.nodes[a].upos == "AUX" for a in range(sub[-1] + 1, verb)) \
                    and not any(g.nodes[a].upos in ("VERB", "AUX", "PROPN", "PRON", "DET", "PUNCT", "NUM") for a in sub):
                return set(sub)
        return set()

    @staticmethod
    def _nominal_modifiers(g: SentenceGraph, nominal: int, span: set[int], verb: int) -> set[int]:
        """Gold decision 8: the LVC nominal's determiners and modifiers next to it go with it into the relation
        (`هیچ نقشی نداشته است`, `برخورد شدیدی خواهد کرد`, `بسیار اهمیت می‌دهد`), and so does a second
        nominal coordinated with it (`دیدار و گفت‌وگو کند`)."""
        span = set(span)
        # `دست به تظاهرات زدند`: a PP between the nominal and its verb is part of the idiom
        for k in g.kids(nominal, "nmod"):
            sub = g.subtree(k)
            if g.kids(k, "case") and min(sub) == nominal + 1 and max(sub) == verb - 1 and len(sub) <= 3:
                span |= sub
        for k in sorted(g.kids(nominal, "det", "amod", "advmod", "conj"), key=lambda k: abs(k - nominal)):
            sub = g.subtree(k)
            if max(sub) >= verb or any(g.nodes[i].upos in ("VERB", "AUX") for i in sub):
                continue
            if sorted(sub) == list(range(min(sub), max(sub) + 1)) and (
                    max(sub) == min(span) - 1 or min(sub) == max(span) + 1):
                span |= sub
        return span

    def _copular(self, g: SentenceGraph, head: int) -> Predicate:
        # one copula: the parser sometimes hangs a later clause's `است` on this predicate as well
        cops = g.kids(head, "cop")
        near = min(cops, key=lambda c: (c < head, abs(c - head)))
        cop = sorted(c for c in cops if abs(c - near) <= 2)
        words = sorted(set(cop) | {a for a in g.kids(head, "aux") if abs(a - near) <= 2 or a < head})
        pred = Predicate(verb=head, words=words, nominal=None, lemma=g.nodes[cop[0]].lemma, copular=head)
        pred.modal = g.nodes[head].text in self.cues.modal_nominals \
            or g.nodes[head].text in self.cues.clause_modal_nominals and self._frames_a_clause(g, head)
        # `معتقد بود که ...`: a belief frame reports its clause like a reporting verb (decision 1)
        pred.reporting = g.nodes[head].text in self.cues.belief_nominals
        pred.polarity = self._polarity(g, words)
        pred.tense = self._tense(g, cop[0], words)
        return pred

    @staticmethod
    def _frames_a_clause(g: SentenceGraph, v: int) -> bool:
        """Does ``v`` have a verb clause after it and no argument of its own (a modal frame, decision 7)?"""
        return any(c > v and g.nodes[c].upos == "VERB" for c in g.kids(v, "ccomp", "xcomp", "csubj")) \
            and not g.kids(v, "obj", *OBL_RELS)

    def _is_reporting(self, nominal: str | None, lemma: str) -> bool:
        if self.lexicon is not None and self.lexicon.is_reporting(lemma, nominal):
            return True
        if nominal is None:
            return lemma in self.cues.reporting_verbs
        return (nominal, past_stem(lemma)) in self.cues.reporting_lvc

    def _is_reciprocal(self, nominal: str | None, lemma: str) -> bool:
        if self.lexicon is not None and self.lexicon.is_reciprocal(lemma, nominal):
            return True
        return nominal is not None and (nominal, past_stem(lemma)) in self.cues.reciprocal_lvc

    @staticmethod
    def _polarity(g: SentenceGraph, words: list[int]) -> str:
        for i in words:
            node = g.nodes[i]
            if node.feat("Polarity") == "Neg":
                return "negative"
            # (`ند` is the copula's person ending written apart, `معتقد` + `ند`, not the negative prefix)
            if node.upos in ("VERB", "AUX") and node.text.startswith("ن") and not node.lemma.startswith("ن") \
                    and node.text != "ند":
                return "negative"
        return "positive"

    def _tense(self, g: SentenceGraph, v: int, words: list[int]) -> str:
        for i in words:
            node = g.nodes[i]
            if node.feat("Tense") == "Fut" or (node.upos == "AUX" and past_stem(node.lemma) in self.cues.future_aux):
                return "future"
        # the finite verb comes last (`کشیده می‌شود`, `داشته باشد`); its stem says the tense when the parser's
        # features do not (`پرداخت` had none, `برسد` was tagged past)
        finite = max((i for i in words if g.nodes[i].upos in ("VERB", "AUX")), default=v)
        by_form = tense_of_form(g.nodes[finite].text, g.nodes[finite].lemma)
        if by_form is not None:
            return by_form
        verb = g.nodes[v]
        if verb.feat("Tense") == "Past" or verb.feat("VerbForm") == "Part":
            return "past"
        if any(g.nodes[i].text in ("بود", "بودند", "شد", "شدند") for i in words):
            return "past"
        return "present"

    def _relation_text(self, pred: Predicate, prep: str | None, prefix: str = "") -> str:
        g = self._g
        words = g.words_text(pred.words)
        modal = self._modal_prefix.get(pred.verb)
        if modal and (words == modal or words.startswith(modal + " ")):
            modal = None   # the clause's own `باید`: said once
        parts = [p for p in (prefix, modal, words, prep) if p]
        return " ".join(parts)

    # -- subjects (§1, §5) -------------------------------------------------------------------
    def _subjects(self, pred: Predicate, preds: list[Predicate], done: dict, discourse: Discourse) -> list[Mention]:
        g = self._g
        heads = g.kids(pred.verb, *SUBJ_RELS)
        if not heads and pred.copular is None:
            node = g.nodes[pred.verb]
            speaker = self._agreement_pronoun(pred)
            if speaker:   # a first- or second-person verb: its dropped subject is `من`, `ما`, `شما`, never a third person's
                return speaker
            if pred.verb in self._controller:   # `از سوریه خواست تا ... اخراج کند`: سوریه does it
                addressee = self._controller[pred.verb]
                resolved = self._resolve(addressee, discourse)
                # (`روحانی از او خواست که ...`: a pronoun addressee is never the one who asks: the mention before)
                requester = self._requesters.get(pred.verb)
                if requester is not None and resolved.resolved and resolved.text == requester.text:
                    ante = discourse.antecedent(self._si, resolved.label, before=addressee.words[0],
                                                skip=frozenset(requester.words))
                    resolved = addressee if ante is None or ante.text == requester.text else Mention(
                        addressee.words, ante.text, ante.id, ante.label, addressee.span, named=True, resolved=True)
                return [resolved]
            # `... با یکدیگر داشتند اما ... دیدار دیگری با یکدیگر نداشته‌اند`: a reciprocal clause's dropped
            # subject is the last coordinated subject before it
            if any(g.nodes[c].text in self.cues.reciprocal_pronouns for c in node.children):
                group = next((subs for v, subs in reversed(done.items()) if v < pred.verb and len(subs) > 1), None)
                if group:
                    return group
            # a relative clause without a subject of its own: its antecedent is the subject
            if node.deprel == "acl" and node.head is not None:
                antecedent = self._antecedent(node.head, pred)
                if antecedent.text:   # `در حالی است که ...`: a frame word is no antecedent
                    return [self._resolve(antecedent, discourse)]   # `وی که ... سخن می‌گفت`: the person named before
            # a coordinated or dependent clause shares its head clause's subject
            # (a complement clause of a non-reporting verb shares its subject: `اگر ایران بپذیرد که ... بازگرداند`)
            # (an unlabelled `dep` clause only as a purpose clause: `در تعقیب ... هستند تا آنها را محاکمه کنند`)
            purpose = node.deprel == "dep" and any(g.nodes[k].text == "تا" for k in g.kids(pred.verb, "mark"))
            if (node.deprel in ("conj", "xcomp", "advcl", "ccomp", "csubj") or purpose) and node.head is not None \
                    and done.get(node.head) and (node.deprel != "ccomp" or node.head in self._modal_prefix_heads()
                                                 or not any(p.verb == node.head and p.reporting for p in preds)
                                                 or self._third_person(pred)) \
                    and not (self._third_person(pred)
                             and all(m.text in self.cues.agreement_pronouns.values() for m in done[node.head])) \
                    and not (self._third_plural(pred) and len(done[node.head]) == 1
                             and self._one_person(done[node.head][0])) \
                    and not (node.deprel == "ccomp" and self._passive_like(pred)
                             and any(p.verb == node.head and p.reporting and not self._passive_like(p) for p in preds)):
                # (a third-person verb does not inherit `من`, `ما`, `شما`: `باور کنید که به آنها ظلم می‌شود`;
                # a plural one not `وی`: `وی گفت: کارمندان ... توانایی خانه‌دار شدن ندارند`; a reported passive
                # is not about its reporter: `وی افزود: در این جلسات ... پیگیری شده است`; `گفته می‌شود` has none)
                return done[node.head]
            # a dropped third-person subject is left alone: measured on the seed and dev tune, guessing
            # it from the previous subject mostly repaired parser misses wrongly (precision −0.14 on the seed)
            return self._agreement_pronoun(pred)
        mentions = []
        for h in heads:
            # a verb or a nominal with a preposition is not a subject, whatever the parser says
            if g.nodes[h].upos == "VERB" or any(g.nodes[c].text != "را" for c in g.kids(h, "case")):
                continue
            for c in [h] + self._conjuncts(h):
                # a title in apposition (`بوش، رئیس جمهور امریکا`) is its holder, not a second subject
                if c != h and any(c in title for _, title, _ in self._role_spans):
                    continue
                m = self._mention(c, subject=True)
                # decision 16 holds for subjects too: `یازده کشور از جمله یمن ...` gives one subject per item
                mentions.extend(self._resolve(part, discourse) for part in self._split_list_markers(m))
        mentions = [m for m in mentions if m.text]
        node = g.nodes[pred.verb]
        if not mentions and node.deprel == "acl" and node.head is not None:
            antecedent = self._antecedent(node.head, pred)
            if antecedent.text:
                return [self._resolve(antecedent, discourse)]
        return mentions or self._agreement_pronoun(pred)

    def _present_copula_predicate(self, pred: Predicate) -> list[tuple[str | None, Mention]]:
        """`اصلاح‌طلبان هنوز منادی فتنه هستند` with the present copula tagged a verb and its predicate noun or adjective
        taken into the relation as a secondary predicate: a clause left without any argument states that predicate
        as the copula's object (`اصلاح‌طلبان | هستند | منادی فتنه`), and a prepositional one as the copula's oblique
        (`همه در صحنه هستند` → هستند در | صحنه); one with an argument keeps it in the relation (`فعال هستند در |
        مثلث سنی`). Only the copula written apart: `معتقدند`, `مخالفند` are frames of their own."""
        g = self._g
        if pred.copular is not None or not g.nodes[pred.verb].text.startswith(self.cues.free_present_copulas) \
                or pred.nominal is not None or g.kids(pred.verb, "obj", "ccomp"):
            return []
        x = next((c for c in g.kids(pred.verb, "xcomp") if c < pred.verb and (
            g.nodes[c].text == pred.secondary or pred.secondary is None and self._preposition(c))), None)
        # (not a time, a place adverb or an age: `سازندگان قزاقستان امروز هستند`, `من اینجا هستم`, `"سعد مصطفی ذره"،
        # 15 ساله هستند`; nor a belief frame without its clause, `ملوانی‌ها معتقد هستند`)
        word = g.nodes[x].text if x is not None else ""
        if x is None or word in self.cues.adverb_nouns or word in self.cues.place_adverbs \
                or self._date(x) or word.endswith("ساله") or word in self.cues.belief_nominals:
            return []
        prep = self._preposition(x)
        if prep is not None and pred.secondary is not None:
            return []
        m = self._mention(x, exclude=set(g.kids(pred.verb, *SUBJ_RELS)))
        if not m.text:
            return []
        pred.words = [w for w in pred.words if w not in m.words]
        pred.secondary = None
        self._object_kind = "copular"
        return [(prep, m)]

    def _is_request(self, pred: Predicate) -> bool:
        stem = past_stem(pred.lemma)
        g = self._g
        permission = pred.nominal is None and any(
            g.nodes[o].text in self.cues.permission_objects.get(stem, ()) for o in g.kids(pred.verb, "obj"))
        return (stem in self.cues.request_verbs and pred.nominal is None) or (pred.nominal, stem) in self.cues.request_lvc \
            or permission

    def _cleft_subjects(self, g: SentenceGraph) -> dict[int, Mention]:
        """`این حق مشروع ایران است که به فن‌آوری هسته‌ای دست یابد` (it is Iran's right to ...): in a cleft, `این` + a
        noun phrase closed by a name + a copula + `که`, the name is the subject of the `که` clause's verb when that
        verb has none of its own (the copula frame gives its own triple, `این | است | ...`)."""
        out: dict[int, Mention] = {}
        for k in [n.index for n in g.nodes if n.text == "که" and n.deprel == "mark"]:
            cop, verb = k - 1, g.nodes[k].head
            if cop < 2 or verb is None or g.nodes[cop].text not in self.cues.copular_verbs \
                    or g.nodes[verb].upos != "VERB" or g.kids(verb, *SUBJ_RELS):
                continue
            ent = self._ent_of.get(cop - 1)
            if ent is None or ent.label not in ("GPE", "PER", "ORG") or self._entity_words(ent)[-1] != cop - 1:
                continue
            start = self._entity_words(ent)[0]
            opener = next((j for j in range(start - 1, -1, -1) if g.nodes[j].text in self.cues.anaphoric_dets), None)
            # (the phrase from `این` to the name is one noun phrase: no verb, preposition or punctuation inside)
            if opener is None or any(g.nodes[j].upos in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ")
                                     for j in range(opener + 1, start)):
                continue
            if opener > 0 and g.nodes[opener - 1].upos != "PUNCT" and g.nodes[opener - 1].text != "که":
                continue
            out[verb] = self._words_mention(self._entity_words(ent))
        return out

    def _request_frame(self, pred: Predicate, subs, objects, attribution: dict) -> None:
        """Decision 3: `X از Y خواست تا/که ...`: the requested clause is attributed to X, and Y, the
        `از` object, is the subject of that clause when it has none of its own; so are permission and order
        predicates with `به` (`قطعنامه به کشورهای عضو اجازه می‌دهد ... اعزام کنند`)."""
        g = self._g
        addressee = next((m for p, m in objects if p in ("از", "به")), None)
        for c in g.nodes[pred.verb].children:
            node = g.nodes[c]
            if c > pred.verb and node.upos == "VERB" and node.deprel in ("ccomp", "advcl", "obl", "xcomp", "conj",
                                                                           "parataxis"):
                # (a request is speech; a permission or an order is not)
                if subs and pred.nominal is None and past_stem(pred.lemma) in self.cues.request_verbs:
                    attribution[c] = subs[0]
                if addressee is not None:
                    self._controller[c] = addressee
                    if subs:
                        self._requesters[c] = subs[0]

    def _antecedent(self, head: int, pred: Predicate) -> Mention:
        """The antecedent of a relative clause; a title in apposition stands for its named holder
        (`ماریا بوتینا، شهروند روسیه که ... متهم شده بود` → ماریا بوتینا)."""
        g = self._g
        # `مذاکرات ... برگزار شود که در لحظات آخر به تعویق افتاد`: a `که` clause hung on a verbal clause is
        # about that clause's subject (after a copula, `X این است که ...`, it is mostly a content clause)
        if g.nodes[head].upos == "VERB" or any(g.nodes[c].upos == "VERB" for c in g.kids(head, "compound")):
            head = next((c for c in g.kids(head, "nsubj", "nsubj:pass") if g.nodes[c].upos in ("NOUN", "PROPN")), head)
        for person, title, org in self._role_spans:
            # (also a named place or body in a `در` phrase right after the role: `تاج‌الدینی نماینده مردم تبریز در
            # مجلس شورای اسلامی که قرار است ... منصوب شود` is about the representative)
            if head in title or head in org or org and min(g.phrase(head)) == max(org) + 2 and head in self._ent_of \
                    and any(g.nodes[c].text == "در" and c == max(org) + 1 for c in g.kids(head, "case")):
                return self._words_mention(person)
        # (so does any noun phrase in apposition after a person's name and a comma: `«محمد مصطفی ذره»، برادر اسیر خود
        # که ... به حبس ابد محکوم شده است`)
        k = min(g.phrase(head)) - 1
        if k > 0 and g.nodes[k].text in ("،", ",") and g.nodes[head].upos == "NOUN" and head not in self._ent_of:
            k -= 1
            while k > 0 and g.nodes[k].text in QUOTES:
                k -= 1
            ent = self._ent_of.get(k)
            if ent is not None and ent.label == "PER" and self._entity_words(ent)[-1] == k:
                return self._words_mention(self._entity_words(ent))
        # `آنچه ... ضرورت دارد این است که حتما مردمی باشد`: a `که` clause on a bare `این` that a copula predicates
        # is what `این` stands for, a content clause, not a relative clause with an antecedent
        if g.nodes[head].text in self.cues.anaphoric_dets and g.kids(head, "cop") \
                and not g.kids(head, "nmod", "amod", "det", "nummod"):
            return self._words_mention([])
        ent = self._ent_of.get(head)
        if ent is not None:   # `مجلس نمایندگان عراق که ...` with the clause on an inner word: the whole name
            words = self._entity_words(ent)
            top = [w for w in words if g.nodes[w].head not in words]
            if len(top) == 1 and top[0] != head and head in g.subtree(top[0]):
                head = top[0]
        if ent is not None:   # `تحقیقات اف بی آی که ...`: a name closing a genitive chain; the clause is on its noun
            first = self._entity_words(ent)[0]
            owner = g.nodes[first].head
            if owner is not None and owner < first and g.nodes[first].deprel == "nmod" and not g.kids(first, "case") \
                    and g.nodes[owner].upos == "NOUN" and owner not in self._ent_of \
                    and not self._is_attribution_frame(owner):
                head = owner
        owner = g.nodes[head].head   # `دیدار کوتاه‌شان در 11 نوامبر که ... انجام شد`: a date in a PP only says
        if g.kids(head, "case") and owner is not None and g.nodes[owner].upos == "NOUN" and self._date(head):
            head = owner                 # when; the clause is about the noun it modifies
        if self._is_attribution_frame(head):   # `به گزارش فارس، ...`: a source frame has no relative clause
            return self._words_mention([])
        return self._mention(head, exclude=g.subtree(pred.verb))

    def _resumed(self, pred: Predicate, m: Mention) -> Mention:
        """A resumptive pronoun in a relative clause with a subject of its own stands for the antecedent
        (`نقشی که آمریکا خواستار آن است`); without one the antecedent is the subject and the pronoun points
        further back (`کشورهایی که به آن ملحق خواهند شد`)."""
        if m.text not in self.cues.resumptive_pronouns or not self._g.kids(pred.verb, *SUBJ_RELS):
            return m
        return self._relative_antecedent(pred) or m

    def _takes_object(self, pred: Predicate) -> bool:
        """Can the predicate take a direct object? Not a passive, nor one whose verb or light verb is
        intransitive (cues: intransitive_stems, `به پایان رسیده`), nor an existential LVC (`وجود دارد`)."""
        return not pred.passive and past_stem(pred.lemma) not in self.cues.intransitive_stems \
            and pred.nominal not in self.cues.intransitive_nominals

    def _relative_antecedent(self, pred: Predicate) -> Mention | None:
        """The antecedent of a `که` relative clause marked as one by the indefinite `-ی` right before `که`
        (`نقشی که`, `فرماندهانی که`); the parser's attachment is not trusted, since it often hangs the clause
        on a word further left. A content clause (`این ادعا که ...`) has no such noun."""
        g = self._g
        node = g.nodes[pred.verb]
        mark = next((c for c in g.kids(pred.verb, "mark") if g.nodes[c].text == "که"), None)
        if mark is None or mark == 0:
            return None
        before = mark - 1   # (past a cleft's copula: `فرماندهانی است که نخست‌وزیر انتخاب می‌کند`)
        if before > 0 and g.nodes[before].deprel == "cop" and g.nodes[before].head == before - 1:
            before -= 1
        # (or a clause the parser took for that noun's complement)
        if node.deprel != "acl" and not (node.deprel == "ccomp" and node.head == before):
            return None
        noun = g.nodes[before]
        if noun.upos not in ("NOUN", "ADJ") or not noun.text.endswith("ی") or noun.text in self.cues.not_arguments:
            return None
        # (an adjective before a cleft's copula is a predicate with a content clause, `طبیعی است که ...`, unless a
        # plural ending makes it a noun: `فرماندهانی است که`; so is a prepositional phrase: `لازم به یادآوری است که`)
        if before != mark - 1 and (noun.upos == "ADJ" and not noun.text.endswith(("انی", "هایی", "اتی"))
                                   or g.kids(before, "case")):
            return None
        head = noun.index
        while g.nodes[head].upos == "ADJ" and g.nodes[head].head is not None \
                and g.nodes[head].deprel in ("amod", "nmod") and g.nodes[head].head < head:
            head = g.nodes[head].head   # `عقده غالبی که`: the noun the adjective modifies
        m = self._mention(head, exclude=g.subtree(pred.verb) | {mark})
        return m if m.text else None

    def _person(self, pred: Predicate) -> tuple[str | None, str | None]:
        """(Person, Number) of the predicate: from the parser's features, except that a finite verb ending in
        the first-person endings `-یم` / `-م` is first person and one ending in `-ند` third person, whatever they
        say (`نرسیده‌ایم` was tagged 3sg, `بشناسند` 2nd person)."""
        g = self._g
        verb = next((g.nodes[w] for w in pred.words if g.nodes[w].feat("Person")), g.nodes[pred.verb])
        last = g.nodes[max((w for w in pred.words if g.nodes[w].upos in ("VERB", "AUX")), default=pred.verb)]
        # (a bare past stem is the third singular only alone: `خواهیم داشت` agrees through `خواهیم`)
        alone = not g.kids(last.index, "aux", "cop") and last.deprel not in ("aux", "cop")
        shown = person_of_form(last.text, last.lemma, alone) if last.upos in ("VERB", "AUX") else None
        return shown or (verb.feat("Person"), verb.feat("Number"))

    def _asks(self, *words: int) -> bool:
        """Does one of ``words`` have `آیا`, or is one a question word (cues: interrogatives) in a sentence with
        `؟`? (Without it `چه ... چه` is `whether ... or`; `هر کدام`, `هیچ کدام`, `هر چه` never ask.)"""
        g = self._g
        question = "؟" in g.sentence.text
        return any(any(g.nodes[c].text == "آیا" for c in g.nodes[w].children) or (
            question and g.nodes[w].text in self.cues.interrogatives
            and (w == 0 or g.nodes[w - 1].text not in ("هر", "هیچ"))) for w in words)

    def _question_word(self, m: Mention) -> bool:
        """Is the argument a lone question word, also in an indirect question (`نمی‌دانست علائم ویروس چی است`)?"""
        return len(m.words) == 1 and self._g.nodes[m.words[0]].text in self.cues.interrogatives

    def _in_question(self, v: int) -> bool:
        """Is word ``v`` between `آیا` and the `؟` that closes its question, wherever the parser hung `آیا`
        (`آیا ممکن است ایران ... کناره‌گیری کند و بازرسان ... را اخراج کند؟`)?"""
        texts = [n.text for n in self._g.nodes]
        for a in (i for i, t in enumerate(texts) if t == "آیا" and i < v):
            end = next((i for i in range(a, len(texts)) if texts[i] in ("؟", "?")), None)
            if end is not None and v < end:
                return True
        return False

    def _third_plural(self, pred: Predicate) -> bool:
        """Does the predicate's last verb form end in the third-person plural `-ند`?"""
        g = self._g
        return self._third_plural_form(
            g.nodes[max((w for w in pred.words if g.nodes[w].upos in ("VERB", "AUX")), default=pred.verb)])

    def _one_person(self, m: Mention) -> bool:
        """`وی` / `او`, a named person (`آلیا گفت اصلاح‌طلبان قانون را قبول ندارند`) or a singular title (`این
        پژوهشگر فلسطینی گفت مقامات اشغالگر ... قرار می‌دهند`): one person, who never takes a plural verb (the
        honorific plural goes with `ایشان`)."""
        if m.text in self.cues.singular_person_pronouns:
            return True
        if any(self._g.nodes[w].upos == "CCONJ" for w in m.words):
            return False
        heads = [self._g.nodes[w] for w in m.words if self._g.nodes[w].upos in ("NOUN", "PROPN")]
        return m.label == "PER" or bool(heads) and heads[0].text in self.cues.titles and heads[0].feat("Number") != "Plur"

    def _passive_like(self, pred: Predicate) -> bool:
        """A passive, or a predicate on `شدن` / `گردیدن` (`برگزار شد`, `باعث می‌شود`): its dropped subject is what
        undergoes or causes, rarely the person reporting it."""
        return pred.passive or past_stem(pred.lemma) in self.cues.passive_light_verbs

    def _third_person(self, pred: Predicate) -> bool:
        """`X اظهار داشت که از نامزدی ... کناره‌گیری نخواهد کرد`: a reported clause with a dropped
        third-person subject speaks of the reporter."""
        return self._person(pred)[0] == "3"

    def _modal_prefix_heads(self) -> set[int]:
        g = self._g
        return {g.nodes[c].head for c in self._modal_prefix if g.nodes[c].head is not None}

    def _agreement_pronoun(self, pred: Predicate) -> list[Mention]:
        """A dropped subject with no named antecedent is the pronoun the verb agrees with (`ما`)."""
        person, number = self._person(pred)
        pronoun = self.cues.agreement_pronouns.get(f"{person}{number}") if person and number else None
        if pronoun is None or person == "3":   # a third person verb alone names no one
            return []
        return [Mention([], pronoun, None, None, None)]

    def _resolve(self, m: Mention, discourse: Discourse) -> Mention:
        """A pronoun or `این کشور` becomes the entity it refers to, when named just before."""
        g = self._g
        head = g.nodes[m.words[0]] if len(m.words) == 1 else None
        label = None
        if head is not None:
            for lab, words in self.cues.pronouns.items():
                if head.text in words:
                    label = lab
        elif len(m.words) == 2 and (g.nodes[m.words[0]].text in self.cues.anaphoric_dets
                                    or g.nodes[m.words[1]].text in self.cues.possessive_clitics):
            noun = g.nodes[m.words[1]] if g.nodes[m.words[0]].text in self.cues.anaphoric_dets else g.nodes[m.words[0]]
            for lab, words in self.cues.anaphoric_nouns.items():
                if noun.text in words or noun.lemma in words:
                    label = lab
        if label is None:
            return m
        # prefer the last named subject, then any named mention of the right type
        # (a country anaphor, `این کشور`, `کشورش`, needs a place: a subject of unknown type is no country, unless
        # nothing has a type because the pipeline runs without NER)
        typed = any(x[1].label for x in discourse.mentions)
        # (a speaker's `این کشور` is another country than the speaker's own: `رئیس جمهور امریکا تصریح کرد: ما امیدواریم
        # که این کشور ... همکاری کامل داشته باشد` is about Syria)
        speaker = self._speaker_words(m.words[0]) if label == "GPE" and head is None \
            and g.nodes[m.words[0]].text in self.cues.anaphoric_dets else frozenset()
        last = discourse.last_subject
        if last and last[1].words and set(last[1].words) <= speaker and last[0] == self._si:
            last = None
        if last and last[0] >= self._si - 1 and (
                last[1].label == label or (last[1].label is None and (label != "GPE" or not typed))
                or (label == "GPE" and last[1].label in ("GPE", "LOC"))):
            ante = last[1]
        else:
            ante = discourse.antecedent(self._si, label if typed else None, before=m.words[0] if m.words else None,
                                        skip=speaker)
        if ante is None:
            return m
        return Mention(m.words, ante.text, ante.id, ante.label, m.span, named=True, resolved=True)

    def _speaker_words(self, w: int) -> frozenset[int]:
        """The words of the subject of a reporting verb whose reported clause holds word ``w``."""
        g = self._g
        for a in g.ancestors(w):
            if g.nodes[a].upos == "VERB" and self._reports(g, a):
                subjects = [s for s in g.kids(a, *SUBJ_RELS) if w not in g.subtree(s)]
                return frozenset().union(*(g.subtree(s) for s in subjects)) if subjects else frozenset()
        return frozenset()

    # -- objects (§1) ------------------------------------------------------------------------
    def _objects(self, pred: Predicate) -> list[tuple[str | None, Mention]]:
        g = self._g
        self._object_kind = "copular"
        if pred.copular is not None:
            exclude = set(pred.words)
            for s in g.kids(pred.copular, *SUBJ_RELS):
                exclude |= g.subtree(s)
            if g.nodes[pred.copular].text in self.cues.complement_nominals:   # `مسکو خواستار انجام تحقیقات است`
                comp = [k for k in g.kids(pred.copular, "nmod", "obj") if k > pred.copular and not g.kids(k, "case")]
                if comp:
                    pred.words = sorted(set(pred.words) | {pred.copular})
                    pred.nominal = g.nodes[pred.copular].text
                    items = [self._mention(x, exclude=exclude) for x in [comp[0]] + self._conjuncts(comp[0])]
                    return [(None, self._resumed(pred, m)) for m in items]
            complements, complement_words = self._adjective_pps(pred.copular)
            if complements:   # decision 11: `به تعهدات خود پایبند باشند` → پایبند باشند به | تعهدات خود
                pred.words = sorted(set(pred.words) | {pred.copular} | set(complement_words))
                pred.secondary = g.nodes[pred.copular].text
                return [(p, self._mention(x, exclude=exclude)) for p, k in complements for x in [k] + self._conjuncts(k)]
            prep, head = self._oblique(pred.copular)   # `جان مادر در خطر است` → است در | خطر
            m = self._mention(head, exclude=exclude)
            if prep is None and g.nodes[head].upos == "ADJ" and m.text:
                m = self._adjective_complement(head, m)
            phrase = f"{prep} {g.nodes[head].text}" if prep else None
            if m.text in self.cues.anaphoric_dets or (phrase in self.cues.adverbial_phrases and phrase not in self.cues.list_openers) \
                    or g.nodes[head].text in self.cues.list_announcers or self._duration_frame(pred, head):
                # `نظر من این است که ...`, `قدرت اسلام به طوری است که ...`: the clause is the content; `... به شرح زیر
                # است:` announces a list; `دو ماه است ... دارد` says how long the clause has held
                return []
            m = self._resumed(pred, m)
            return [(prep, m)] if m.text else []
        args, adjuncts, bare, dated = [], [], [], []
        ra_object = next((c for c in sorted(g.kids(pred.verb, "obj"))
                          if any(g.nodes[k].text == "را" for k in g.kids(c, "case"))), None)
        entry = self.lexicon.lookup_any([pred.nominal, pred.secondary], pred.lemma) if self.lexicon else None
        expected = entry.gloss_prep if entry is not None else None
        # `از` introduces the argument of a light-verb construction (`حمایت کرد از`, `ابراز بی‌اطلاعی کرد از`)
        # and the addressee of a request (`خواست از`); elsewhere it mostly marks a source adjunct
        extra_preps = self.cues.lvc_argument_prepositions if (pred.nominal is not None or self._is_request(pred)) \
            else frozenset()
        # an agent (`توسط`, `از سوی`) belongs to a passive, an intransitive light verb or a `مورد ... قرار گرفت` frame;
        # on an active verb it is a nominalization's (`به تحقیر رژیم سابق توسط آمریکایی‌ها اشاره کرد`)
        takes_agent = not self._takes_object(pred) or any(g.nodes[w].text in self.cues.lvc_frames for w in pred.words)
        for c in list(g.nodes[pred.verb].children):
            node = g.nodes[c]
            if c in pred.words:
                continue
            if node.deprel == "obj" and node.upos not in ("VERB",):
                args += [(None, self._holder_or_mention(x)) for x in [c] + self._conjuncts(c)]
            elif node.deprel == "obl:tmod":   # a date the repairs took out of the subject: only ever the fallback
                bare.append((None, self._mention(c)))
            elif node.deprel in OBL_RELS and not self._is_attribution_frame(c):
                prep, head = self._oblique(c)
                # (a reason preposition's noun heading the phrase has no complement: `به همین دلیل`, `به این خاطر`)
                if prep is not None and (prep in self.cues.adverbial_phrases
                                         or f"{prep} {node.text}" in self.cues.adverbial_phrases
                                         or f"{prep} {g.nodes[head].text}" in self.cues.reason_prepositions
                                         or self._adverbial_pp(c)):
                    continue
                if prep in self.cues.agent_prepositions and not takes_agent:
                    continue
                items = [(prep, self._mention(x)) for x in [head] + self._conjuncts(head)]
                if prep is None:
                    bare += items
                elif prep in self.cues.adjacent_argument_preps \
                        and max(g.subtree(c)) + 1 == min(self._predicate_span(g, pred.verb)):
                    args += items
                elif (prep == expected or prep not in self.cues.adjunct_preps) and not self._role_adjunct(pred, prep) \
                        and not self._partner_adjunct(pred, prep, entry) and (
                        node.deprel == "obl:arg" or prep in self.cues.argument_preps or prep in extra_preps
                        or (prep in self.cues.goal_and_source_prepositions and ra_object is not None and c > ra_object)
                        or (prep in self.cues.compound_prepositions and prep.split()[0] in self.cues.argument_preps)):
                    # decision 13: a PP after the `را` object is an object only when the verb takes it: the
                    # lexicon's preposition, a goal or source (`به`, `از`), a role of a role predicate (`X را به
                    # عنوان نامزد خود معرفی کرد`), or `علیه` right after `را` (`هجمه‌ای را علیه روسیه آغاز کرده`)
                    if node.deprel != "obl:arg" and ra_object is not None and c > ra_object \
                            and prep != expected and prep not in self.cues.goal_and_source_prepositions \
                            and prep not in self.cues.role_prepositions \
                            and not (prep in self.cues.participant_prepositions
                                     and min(g.subtree(c)) == max(g.subtree(ra_object)) + 1):
                        continue
                    # `از ماه نوامبر گذشته آن را از سر گرفتند`: a date says when; the object only if nothing else is
                    (dated if node.deprel != "obl:arg" and self._date(head) else args).extend(items)
                else:
                    adjuncts += items
        args = self._bare_nominal_into_relation(pred, args or dated, adjuncts)
        if not args and not adjuncts and not bare:
            args = self._shared_object(pred)
        if not args:   # `مورد انتقاد [مقامات ناتو] قرار گرفت`: the framed noun's complement
            args += [(None, self._mention(x)) for c in pred.frame_complements for x in [c] + self._conjuncts(c)]
        chosen = [(p, m) for p, m in args if m.text not in self.cues.reciprocal_pronouns]
        # a reciprocal pronoun fills the partner slot (`با هم دیدار خواهند کرد`): another `with` phrase is an
        # adjunct (`با این نتایج، پاراگوئه و ونزوئلا ... با هم دیدار خواهند کرد`)
        if any(p in self.cues.partner_prepositions and m.text in self.cues.reciprocal_pronouns for p, m in args):
            chosen = [(p, m) for p, m in chosen if p not in self.cues.partner_prepositions]
        chosen = [(p, self._resumed(pred, m)) for p, m in chosen]
        # (not when the verb takes a clause without `که`, whose verb has the gap: `تیمی که هیچکس دوست ندارد برابرش
        # قرار بگیرد`)
        if not any(p is None for p, _ in chosen) and g.kids(pred.verb, *SUBJ_RELS) and self._takes_object(pred) \
                and not any(g.nodes[c].upos == "VERB" and not any(g.nodes[m].text == "که" for m in g.kids(c, "mark"))
                            for c in g.kids(pred.verb, "ccomp", "xcomp")):
            # `فرماندهانی که نخست‌وزیر انتخاب می‌کند`, `اولین سفری که نتانیاهو ... به این کشور داشت`: a relative
            # clause with a subject of its own and no direct object has its antecedent as the object
            # (`زمانی که ...`, `افرادی که ... برایشان`: an adjunct's)
            antecedent = self._relative_antecedent(pred)
            noun = next((w for w in antecedent.words if g.nodes[w].upos not in ("DET", "NUM")), None) \
                if antecedent is not None else None   # (`هر زمانی که ...`: past the determiner)
            if noun is not None and g.nodes[noun].text not in self.cues.adjunct_antecedents \
                    and all(m.words != antecedent.words for _, m in chosen):   # (not twice: `بر آن تاکید داشتند`)
                chosen.append((None, antecedent))
        self._object_kind = "argument" if any(m.text for _, m in chosen) else "fallback"
        if not chosen:
            # (a nominal with only a genitive complement, `تشکیل جلسه دهد`, stays whole when a PP can be the object,
            # and before a passive light verb: `این افراد باید تایید صلاحیت شوند` says nothing more)
            lvc = self._lvc_object(pred, keep_genitive=any(p for p, _ in adjuncts) or self._passive_light_verb(pred))
            if lvc:   # (`عقده غالبی که آمریکا ... دچار آن شده است`: the resumptive complement is the antecedent)
                return [(p, self._resumed(pred, m)) for p, m in lvc]
            # a verb whose only complement is a clause: the clause speaks (a passive's `که` clause is an
            # afterthought: `... کشته شده‌اند که مسکو خواستار ... است`)
            if g.kids(pred.verb, "ccomp") and not pred.passive:
                return []
            # (a source frame's PP, `بر اساس این گزارش،`, says nothing of the clause: its words are left out)
            first = sorted((a for a in adjuncts + bare if a[1].text), key=lambda a: a[1].words[0] if a[1].words else 0)
            # (an agent before a time or a place: `در بازی ...، X از سوی داور بازی اخراج شد`)
            # (never a contrast or conformity frame: `برخلاف دیدار با سپاهان، اتفاق خاصی در محل اقامت ... رخ نداد`)
            # (a time or place PP after any other: `که در درگیری‌های نابلس به ضرب گلوله ... زخمی شده بود`, guidelines §1)
            pp = sorted((a for a in first if a[0] and a[0] not in self.cues.frame_prepositions),
                        key=lambda a: (a[0] not in self.cues.agent_prepositions, a[0] in self.cues.time_and_place_preps))
            # decision 6: without a PP, only a bare time or place noun phrase can stand in for the object
            bare_ok = [a for a in first if a[0] is None and a[1].words and self._time_or_place(a[1])]
            chosen = pp[:1] or bare_ok[:1]
            # with the phrase's other conjuncts after a compound preposition (`با حضور محمود عباس و نمایندگانی از جنبش
            # حماس برگزار شد`); a plain adjunct's conjuncts, names or not, are as often the parser's misreading
            # (`با 23 امتیاز و 25 ریباند کلینت کاپلا ... گذشت`, `یوونتوس در لیگ قهرمانان و یونایتد در لیگ اروپا`); a bare
            # noun shares the last conjunct's complement: `پس از دیدار و گفت‌وگوی ولادیمیر پوتین` is one event
            first = pp[0][1] if pp else None
            if first is not None and pp[0][0] in self.cues.compound_prepositions and (len(first.words) > 1 or first.named):
                items = set().union(*(self._conjuncts(w) for w in first.words))
                chosen += [a for a in pp[1:] if a[0] == pp[0][0] and items & set(a[1].words)]
        return [(p, part) for p, m in chosen if m.text for part in self._split_list_markers(m)]

    def _duration_frame(self, pred: Predicate, head: int) -> bool:
        """`تیم رقیب دو ماه است بازیکنانش را در اردو دارد`, `ما 14 سال است با هم رفاقت داریم`: a copula whose predicate
        is a duration (cue duration_nouns) with a verb clause after the copula frames that clause."""
        g = self._g
        return g.nodes[head].text in self.cues.duration_nouns and any(
            c > max(pred.words) and g.nodes[c].upos == "VERB" for c in g.kids(pred.copular, "ccomp", "advcl", "parataxis"))

    def _shared_object(self, pred: Predicate) -> list[tuple[str | None, Mention]]:
        """`اشغالگران خانواده اسرا را ... می‌ربایند و عریان می‌کنند`: a verb coordinated right after another,
        with no argument of its own, shares the first verb's `را` object."""
        g = self._g
        node = g.nodes[pred.verb]
        head = node.head
        if node.deprel != "conj" or head is None or g.nodes[head].upos != "VERB" or head > pred.verb \
                or g.kids(pred.verb, *SUBJ_RELS, "obj", "ccomp", "xcomp"):
            return []
        between = range(head + 1, min(self._predicate_span(g, pred.verb)))
        if [g.nodes[w].text for w in between] != ["و"]:
            return []
        objects = [c for c in g.kids(head, "obj") if c < head and any(g.nodes[k].text == "را" for k in g.kids(c, "case"))]
        return [(None, self._mention(x)) for c in objects[:1] for x in [c] + self._conjuncts(c)]

    def _impersonal(self, pred: Predicate) -> bool:
        """`می‌توان ... حل کرد`, or a necessity modal before a bare past stem: `باید ورزش را از سیاست جدا کرد`
        (one must), `نباید رای داد`; not `باید جدا کنیم`, `باید می‌کرد`, whose verbs carry a person."""
        g = self._g
        if any(g.nodes[w].text in self.cues.impersonal_modals for w in pred.words):
            return True
        words = sorted(set(pred.words) | {pred.verb})
        verbs = [w for w in words if g.nodes[w].upos in ("VERB", "AUX") and g.nodes[w].text not in self.cues.necessity_modals]
        modal = next((w for w in words if g.nodes[w].text in self.cues.necessity_modals), None)
        if not verbs or modal is None or modal > verbs[-1] or any(
                g.nodes[w].upos == "VERB" for w in range(modal + 1, verbs[-1]) if w not in words):
            return False   # (a modal the parser hung on the next clause's verb: `باید ... درآید، تأکید کرد`)
        last = g.nodes[verbs[-1]]
        past, _, present = (last.lemma or "").partition("#")
        presents = (present,) if present else present_stems().get(past, ())
        # (`آورد`, `برد`, `خورد` are also subjunctives, `present stem + د`: `دولت باید حمایت به عمل آورد`)
        # (a known past stem only: a lemma the lemmatizer left as the form, `درآید`, says nothing)
        return bool(presents) and last.text == past and all(last.text != p + "د" for p in presents)

    def _partner_adjunct(self, pred: Predicate, prep: str, entry) -> bool:
        """Is ``prep`` a `with` phrase (cues: partner_prepositions) on a predicate the lexicon knows to take no
        partner? `با تظاهرات گسترده استقبال کردند`, `با سنگ حمله کردند` are manner and instrument; `گفت‌وگو کرد با`,
        `مقابله کند با` take one (the lexicon's gloss preposition, or a reciprocal predicate). A bare light verb
        is left alone: its object may make it a construction that does (`روابط عالی داریم با`)."""
        if prep not in self.cues.partner_prepositions or entry is None or pred.reciprocal or entry.gloss_prep == prep:
            return False
        if pred.nominal is not None:   # only the construction's own entry speaks for it (`دست به یقه شوند با`)
            return entry.is_lvc and entry.past_stem == past_stem(pred.lemma) \
                and not self.lexicon.nominal_takes(pred.nominal, prep)
        return past_stem(pred.lemma) not in self.cues.generic_light_verbs

    def _role_adjunct(self, pred: Predicate, prep: str) -> bool:
        """Is ``prep`` an `as X` phrase on a predicate that takes none (cues: role_prepositions)?"""
        return prep in self.cues.role_prepositions and pred.nominal not in self.cues.role_predicates \
            and past_stem(pred.lemma) not in self.cues.role_predicates

    def _bare_nominal_into_relation(self, pred: Predicate, args: list, adjuncts: list) -> list:
        """Gold decision 8 when the parser missed the LVC: `با مردم رفتار مناسبی ندارند` has a bare object
        (no `را`) right before a light verb (cues: bare_lvc_verbs) and an argument PP; the noun is the LVC
        nominal and goes into the relation (`رفتار مناسبی ندارند با | مردم`). So is a bare noun that makes a
        light-verb construction of the lexicon with its verb, before any PP (`در انتخابات ... شکست سختی خورد`)."""
        if pred.nominal is not None:
            return args
        g = self._g
        if past_stem(pred.lemma) not in self.cues.bare_lvc_verbs:
            lvc = [m for p, m in args if p is None and len(m.words) > 1 and self.lexicon is not None
                   and (entry := self.lexicon.lookup(g.nodes[m.words[0]].text, pred.lemma)) is not None
                   and entry.is_lvc]
            if not lvc or not (adjuncts or any(p for p, _ in args)):
                return args
        start = min(pred.words)
        # the argument PP may stand between the noun and the verb (`دیدار دیگری با یکدیگر نداشته‌اند`)
        pps = self._argument_pps(pred.verb)
        between = set().union(*(g.subtree(c) for c in pps)) if pps else set()
        while start - 1 in between:
            start -= 1
        bare = [(p, m, h) for p, m in args if p is None and m.words
                for h in [next(w for w in m.words if g.nodes[w].head not in m.words)]
                if max(g.subtree(h)) == start - 1 and g.nodes[h].deprel == "obj" and not g.kids(h, "case")]
        # (a bare `با یکدیگر` leaves the noun an object: the joint triple takes it into its relation)
        if not bare or not any(p in self.cues.argument_preps and m.text not in self.cues.reciprocal_pronouns
                               for p, m in args) and past_stem(pred.lemma) in self.cues.bare_lvc_verbs:
            return args
        _, nominal, head = bare[0]
        sub = sorted(g.subtree(head))
        # a coordinated noun phrase (`حد و مرزهایی`) is no light-verb nominal
        # nor is a definite one (`این مجموعه`)
        if sub != list(range(sub[0], start)) or any(g.nodes[w].deprel in ("conj", "punct") for w in sub) \
                or any(g.nodes[d].text in self.cues.anaphoric_dets for d in g.kids(head, "det")):
            return args
        pred.words = sorted(set(pred.words) | set(sub))
        pred.nominal = g.nodes[head].text
        return [(p, m) for p, m in args if m is not nominal]

    def _adjective_pps(self, head: int) -> tuple[list[tuple[str, int]], list[int]]:
        """Decision 11: the PP complements of a predicate adjective, right before it (`با رشد 4.5 درصد مواجه
        هستیم`, `از بخت بیشتری برخوردار است`) or filling the words between it and its copula (`فراتر از یک رشته ورزشی
        است`): an argument or compound preposition, or one the lexicon gives the adjective; not a date or an
        adverbial phrase. Returned with the adjective's caseless complement between it and the copula, which goes
        into the relation too (`از طریق مذاکره قابل دسترسی است` → قابل دسترسی است از طریق | مذاکره)."""
        g = self._g
        cop = min(g.kids(head, "cop", "aux"), default=None)
        # (an adjective the tagger took for a noun shows itself by the complement the lexicon gives it: `با سختی‌های
        # زیادی روبروست`)
        adjective = g.nodes[head].upos == "ADJ" or g.nodes[head].upos == "NOUN" and self.lexicon is not None and any(
            self.lexicon.nominal_takes(g.nodes[head].text, self._preposition(k) or "")
            for k in g.kids(head, "nmod", "obl", "obl:arg") if k < head)
        if not adjective or cop is None or cop < head:
            return [], []
        between = list(range(head + 1, cop))
        # (or the PP right after it: `حاضر به تغییر این فرماندهان نیست`)
        after = next((k for k in g.kids(head, *OBL_RELS, "nmod") if between and self._preposition(k)
                      and sorted(w for w in g.subtree(k) if w < cop) == between), None)
        if after is None and any(w not in g.subtree(head) or g.nodes[w].upos in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ",
                                                                                "SCONJ") for w in between):
            return [], []
        out = []
        pps = g.kids(head, "nmod", "obl", "obl:arg")
        for k in pps:
            prep, noun = self._oblique(k)
            # (right before the adjective: `با عزت و قدرت از توانایی هسته‌ای بهره‌مند باشد` takes only `از`; the
            # preposition the lexicon gives it also past another PP the parser hung there: `از بخت بیشتری برای پیروزی
            # در انتخابات برخوردار است`)
            text = g.text_of(sorted(g.subtree(k)))
            governed = prep is not None and self.lexicon is not None and self.lexicon.nominal_takes(g.nodes[head].text, prep)
            gap = set(range(max(g.subtree(k)) + 1, head))
            next_to = max(g.subtree(k)) < head and (not gap or governed and gap <= set().union(
                *(g.subtree(o) for o in pps if o > k and self._preposition(o))))
            if (k != after and not next_to) or prep is None or self._date(noun) \
                    or self._is_attribution_frame(k) \
                    or any(text == a or text.startswith(a + " ") for a in self.cues.adverbial_phrases):
                continue   # (`به همین ترتیب ... نگران‌کننده است`)
            if prep in self.cues.argument_preps or prep in self.cues.lvc_argument_prepositions \
                    or (prep in self.cues.compound_prepositions and prep not in self.cues.adjunct_preps) \
                    or (self.lexicon is not None and self.lexicon.nominal_takes(g.nodes[head].text, prep)):
                out.append((prep, noun))
        return out, [] if after is not None else between

    def _adjective_complement(self, head: int, m: Mention) -> Mention:
        """Decision 11: a predicate adjective's caseless complement is part of the copular object
        (`دارای ارزش است`, `قابل مشاهده و لمس است`), though the parser labels it an oblique."""
        g = self._g
        cop = min(g.kids(head, "cop"), default=len(g.nodes))
        words = set(m.words)
        for k in g.kids(head, "obl", "obl:arg", "obj"):
            sub = g.subtree(k)
            if head < k < cop and not g.kids(k, "case") and max(sub) < cop \
                    and not any(g.nodes[x].upos in ("VERB", "AUX") for x in sub):
                words |= sub
        words = sorted(words)
        if len(words) == len(m.words) or words != list(range(words[0], words[-1] + 1)):
            return m
        return Mention(words, g.text_of(words), m.id, m.label, g.offsets_of(words), named=m.named)

    def _time_or_place(self, m: Mention) -> bool:
        g = self._g
        if m.label in ("GPE", "LOC", "FAC"):
            return True
        return any(g.nodes[w].text in self.cues.time_nouns or g.nodes[w].upos == "NUM" for w in m.words)

    def _split_list_markers(self, m: Mention) -> list[Mention]:
        """Decision 16: `مسائل منطقه‌ای به ویژه مساله سوریه و نیز سازش` is a list: `به ویژه X`, `از جمله X`
        and `و نیز X` each start an item of their own."""
        g = self._g
        words = sorted(m.words)
        cuts = []   # (marker start, item start)
        for k, w in enumerate(words):
            for marker in self.cues.list_markers:
                n = len(marker)
                if tuple(g.nodes[x].text for x in words[k:k + n]) == marker and k > 0 and k + n < len(words):
                    cuts.append((k, k + n))
        if not cuts:
            return [m]
        parts, begin = [], 0
        for marker_at, item_at in cuts:
            if marker_at > begin:
                parts.append(words[begin:marker_at])
            begin = item_at
        parts.append(words[begin:])
        parts = parts[:1] + [item for part in parts[1:] for item in self._coordinated_items(part)]
        out = []
        for ws in parts:
            while ws and g.nodes[ws[-1]].upos in ("PUNCT", "CCONJ"):
                ws = ws[:-1]
            while ws and g.nodes[ws[0]].upos in ("PUNCT", "CCONJ"):
                ws = ws[1:]
            if not ws:
                continue
            ent = next((self._ent_of[w] for w in ws if w in self._ent_of), None) if len(ws) == 1 else self._ent_of.get(ws[0])
            out.append(Mention(ws, g.text_of(ws), ent.id if ent else (m.id if ws[0] == words[0] else None),
                               ent.label if ent else None, g.offsets_of(ws), named=ent is not None))
        return out or [m]

    def _coordinated_items(self, words: list[int]) -> list[list[int]]:
        """What follows a list marker is itself a list of names: `از جمله یمن، لبنان و سومالی` is three items
        (`به ویژه ارتباط خوب و دو سویه` is one: coordination inside a noun phrase is not split, decision 16)."""
        g = self._g
        inside = set(words)
        root = next((w for w in words if g.nodes[w].head not in inside), words[0])
        conjuncts = [c for c in self._conjuncts(root) if c in self._ent_of]
        if root not in self._ent_of or not conjuncts:
            return [words]
        starts = sorted({min(g.subtree(c) & inside) for c in conjuncts if c in inside} - {words[0]})
        bounds = [words[0]] + starts + [words[-1] + 1]
        items = [[w for w in words if lo <= w < hi] for lo, hi in zip(bounds, bounds[1:])]
        # conjuncts the noun phrase left out (it stops at a conjunct of its own head)
        return items + [g.phrase(c) for c in conjuncts if c not in inside]

    def _reattach_expected(self, pred: Predicate) -> None:
        """The predicate lexicon says which preposition a predicate takes (`گفت‌وگو کردن با`); when the
        parser hung that PP on a neighbouring noun, take it back (closest to the verb first)."""
        if self.lexicon is None:
            return
        entry = self.lexicon.lookup_any([pred.nominal, pred.secondary], pred.lemma)
        prep = entry.gloss_prep if entry is not None else None
        # decision 3: `X از Y خواست` asks Y, a named or titled addressee (`خواستن` alone is mostly "want":
        # `از نام ... می‌خواهند استفاده کنند` is no request)
        request = prep is None and pred.nominal is None and self._is_request(pred)
        if request:
            prep = "از"
        g = self._g
        found = {self._preposition(c) for c in g.kids(pred.verb, *OBL_RELS)}
        if not prep or prep in found:
            return
        # `وارد برزیل شد`: a complement nominal with its own bare complement needs no PP
        nominal = next((w for w in pred.words if g.nodes[w].deprel == "compound:lvc"), None)
        if nominal is not None and g.nodes[nominal].text in self.cues.complement_nominals and any(
                k > nominal and not g.kids(k, "case") for k in g.kids(nominal, "nmod", "obj", "obl")):
            return
        stack, candidates = list(g.nodes[pred.verb].children), []
        while stack:
            j = stack.pop()
            node = g.nodes[j]
            if node.upos in ("VERB", "AUX") or j in pred.words or j > pred.verb:
                continue
            # only a PP right before the predicate (`... با نتانیاهو گفت‌وگو کرد`): one further left
            # belongs to its noun (`هماهنگی ارتش روسیه با نیروهای اسرائیلی`)
            # (`از سوی X` is a compound preposition, not `از` + a noun)
            if node.deprel == "nmod" and self._preposition(j) == prep \
                    and f"{prep} {node.text}" not in self.cues.compound_prepositions \
                    and (not request or j in self._ent_of or self._is_title(node)):
                end = max(g.subtree(j))
                if end == min(pred.words) - 1:
                    candidates.append((j, None))
                elif (clause := self._relative_clause_between(end, min(pred.words))) is not None:
                    candidates.append((j, clause))
            stack.extend(node.children)
        if candidates:
            j, clause = max(candidates)
            g.reattach(j, pred.verb, "obl:arg")
            if clause is not None:
                g.reattach(clause, j, "acl")

    def _relative_clause_between(self, end: int, start: int) -> int | None:
        """The head of a `که` clause filling words ``end``+1 .. ``start``-1 exactly (`از صلیب سرخ جهانی که مسئول
        ... است خواست`: the clause the parser hung elsewhere belongs to the PP before it)."""
        g = self._g
        if start - end < 3 or g.nodes[end + 1].text != "که":
            return None
        head = g.nodes[end + 1].head
        if head is None or not end < head < start or g.subtree(head) != set(range(end + 1, start)):
            return None
        return head

    def _reattach_lone_place(self, pred: Predicate) -> None:
        """`هیچ فعالیتی در خاک آمریکا صورت نگرفته است`: a verb with a subject and no other argument takes
        the PP that closes its subject right before it (decision 6: the only argument may be the place)."""
        g = self._g
        subjects = g.kids(pred.verb, *SUBJ_RELS)
        # a bare light verb (`دارند`, `گرفته است`) needs an object the parser may have hidden in that PP
        if pred.nominal is None and not pred.passive:
            return
        if len(subjects) != 1 or g.kids(pred.verb, "obj", "ccomp", "xcomp") \
                or any(self._preposition(c) for c in g.kids(pred.verb, *OBL_RELS)) \
                or g.nodes[subjects[0]].upos != "NOUN":
            return
        start = min(self._predicate_span(g, pred.verb))
        pps = [j for j in g.subtree(subjects[0]) if g.nodes[j].deprel == "nmod" and j != subjects[0]
               and max(g.subtree(j)) == start - 1 and (prep := self._preposition(j)) in self.cues.place_preps
               and f"{prep} {g.nodes[j].text}" not in self.cues.adverbial_phrases]
        if pps:
            g.reattach(min(pps), pred.verb, "obl")

    def _adverbial_pp(self, c: int) -> bool:
        """Is the PP headed by ``c`` an adverbial (cue adverbial_phrases)? Its words are one (`به هر حال`), or open with
        one when its noun takes no genitive (`به احتمال زیاد`, `به هر قیمتی`; not `به هر نوع حمله آمریکا`,
        `به احتمال نامزدی خود`). A PP the parser hung inside it keeps it an argument (`از همین طریق از عراق`)."""
        g = self._g
        text = g.text_of(sorted(g.subtree(c)))
        if any(g.kids(k, "case") for k in g.kids(c)):
            return text in self.cues.adverbial_phrases
        genitive = any(g.nodes[k].upos in ("NOUN", "PROPN", "PRON") for k in g.kids(c, "nmod"))
        return any(text == a or text.startswith(a + " ") and not genitive for a in self.cues.adverbial_phrases)

    def _none_phrase_as_object(self, pred: Predicate) -> None:
        """`تا کنون هیچ نیروی برای جنگ علیه یمن اعزام نکرده است`: a `هیچ` phrase before a negated transitive verb
        without an object is that object (`هیچ اقدامی نکرده‌اند`); `هیچ کس`, `هیچ یک` stay subjects."""
        g = self._g
        subjects = g.kids(pred.verb, *SUBJ_RELS)
        if len(subjects) != 1 or g.kids(pred.verb, "obj", "ccomp", "xcomp") or not self._takes_object(pred) \
                or self._polarity(g, pred.words + [pred.verb]) != "negative":
            return
        s = g.nodes[subjects[0]]
        if s.upos == "NOUN" and s.text not in self.cues.nobody_nouns \
                and any(g.nodes[d].text == "هیچ" for d in g.kids(s.index, "det")):
            s.rel = "obj"

    def _passive_light_verb(self, pred: Predicate) -> bool:
        """`شدن` (or `گردیدن`) as the passive of an active light verb with the same bare nominal (`تایید صلاحیت
        شوند` of `تایید کردن`), not `شدن` as `become` (`پناهنده انگلیس شده`) nor a nominal with a preposition (`به
        فکر لیگ افتاد`)."""
        g = self._g
        if self.lexicon is None or past_stem(pred.lemma or "") not in self.cues.passive_light_stems:
            return False
        return any(g.nodes[w].deprel == "compound:lvc" and not g.kids(w, "case") and any(
            (e := self.lexicon.lookup(g.nodes[w].text, active)) is not None and e.is_lvc
            for active in self.cues.active_light_verbs) for w in pred.words)

    def _lvc_object(self, pred: Predicate, keep_genitive: bool = False) -> list[tuple[str | None, Mention]]:
        """Guideline decision 8: an LVC nominal with its own modifiers and no other argument is the
        object, and the light verb alone the relation (`ما | نکرده‌ایم | هیچ پیشرفتی`); a preposition of the
        nominal goes with the verb (`به رقم یک میلیون رسید` → `رسید به | رقم یک میلیون`)."""
        g = self._g
        for w in pred.words:
            node = g.nodes[w]
            if node.deprel != "compound:lvc":
                continue
            # an adjectival nominal with an ezafe complement (`وارد مسکو شد`, `دچار عقده ... شده است`):
            # the complement is the object and the nominal stays in the relation (`راهی بروکسل شد` comes
            # with the complement read as a piece of the nominal, `goeswith`)
            pieces = ("goeswith",) if node.text in self.cues.complement_nominals else ()
            comp = [k for k in g.kids(w, "nmod", "obj", "obl", *pieces) if k > w and not g.kids(k, "case")]
            if (node.upos == "ADJ" or node.text in self.cues.complement_nominals) and comp:
                return [(None, self._mention(x)) for x in [comp[0]] + self._conjuncts(comp[0])]
            # its own modifiers: a determiner or number before it, ezafe modifiers after it (what the parser hung
            # on it from the left belongs to the clause: `... با حضور مردم انجام می‌شود`)
            modifiers = [k for k in g.kids(w, "amod", "nmod") if k > w and not (k in pred.words and g.kids(k, "case"))]
            if keep_genitive and modifiers and all(g.nodes[k].deprel == "nmod" and not g.kids(k, "case")
                                                   and len(g.subtree(k)) == 1 for k in modifiers):
                pred.words = sorted(set(pred.words) | set(modifiers))   # the relation keeps it: `تشکیل جلسه دهد`
                modifiers = []
            if g.kids(w, "det", "nummod") or modifiers:
                m = self._mention(w)
                prep = self._preposition(w)
                case = set(g.kids(w, "case")) | {f for c in g.kids(w, "case") for f in g.kids(c, "fixed")}
                pred.words = [x for x in pred.words if x not in m.words and x not in case]
                pred.nominal = None
                return [(prep, m)]
        return []

    def _preposition(self, i: int) -> str | None:
        """The case words right before the phrase (`با`, `پس از`), with their `fixed` parts."""
        g = self._g
        case = sorted(c for c in g.kids(i, "case") if c < i and g.nodes[c].text != "را")
        if not case:
            return None
        run = [case[-1]]
        for c in reversed(case[:-1]):   # a contiguous run only: `پس از`, not a stray `به` further left
            if c == run[0] - 1:
                run.insert(0, c)
        words = sorted(set(run) | {f for c in run for f in g.kids(c, "fixed")})
        prep = " ".join(g.nodes[w].text for w in words)
        # `بعد از جنگ سرد` with `بعد` hung elsewhere: the compound preposition is still the phrase's
        before = g.nodes[words[0] - 1] if words[0] > 0 else None
        if before is not None and before.upos == "ADP" and f"{before.text} {prep}" in self.cues.compound_prepositions:
            return f"{before.text} {prep}"
        return prep

    def _oblique(self, c: int) -> tuple[str | None, int]:
        """(preposition, object head) of an oblique; `از سوی ایران` → (`از سوی`, ایران)."""
        g = self._g
        prep = self._preposition(c)
        if prep is not None and f"{prep} {g.nodes[c].text}" in self.cues.compound_prepositions:
            # the nearest dependent after the noun (`به اتهام جاسوسی`: the parser may tag it ADJ/amod)
            inner = sorted(k for k in g.kids(c, "nmod", "flat:name", "amod") if k > c
                           and (g.nodes[k].deprel != "amod" or k == c + 1))
            if inner and not self._place_complement(c):
                return f"{prep} {g.nodes[c].text}", inner[0]
        return prep, c

    def _place_complement(self, noun: int) -> bool:
        """`با حضور در باشگاه` (by coming to the club): a `در` phrase right after the noun of a compound preposition
        is the noun's own complement, so the noun is no preposition there. (`از` or `به` there mostly open a
        lexical infinitive that is the complement: `در مورد از سرگیری مذاکرات`, `به منظور به دست آوردن`.)"""
        g = self._g
        nxt = noun + 1
        return nxt < len(g.nodes) and g.nodes[nxt].text in self.cues.place_preps and g.nodes[nxt].upos == "ADP"

    def _conjuncts(self, i: int) -> list[int]:
        g = self._g
        out = []
        for c in g.kids(i, "conj"):
            if g.nodes[c].upos in ("VERB", "AUX", "CCONJ", "PUNCT"):
                continue
            if g.nodes[c].upos == "ADJ" and c not in self._ent_of:   # (a name the tagger took for an adjective is an item)
                continue
            if c in self._ent_of and self._ent_of[c] is self._ent_of.get(i):   # `وزارت اوقاف و امور مذهبی فلسطین`: one name
                continue
            out.append(c)
            out += self._conjuncts(c)   # the parser chains long lists: `X، Y، Z و W`
        return out

    def _mention(self, head: int, exclude: set[int] = frozenset(), subject: bool = False) -> Mention:
        g = self._g
        # (nor is an Arabic `-اً` adverb, though tagged a noun: `ما مصرا از رهبران سوریه می‌خواهیم`; nor `معتقدم`)
        if head in self._excluded or g.nodes[head].text in self.cues.not_arguments | self.cues.tanween_adverbs \
                or self._belief_frame_word(head):
            return Mention([], "")
        words = [w for w in g.phrase(head, exclude | self._verb_level_pps(head, subject)) if w not in self._excluded]
        words = self._cut_apposition(head, words)
        words = self._trim_edges(head, words)
        words = self._whole_entity(head, words, exclude)
        # (also spelled apart: `هر چند`, and `این` right before `که`: `بعد از این که دیپلم را گرفتند`; `چه` after
        # `اگر` is the subordinator's: `اگر چه ایران ... رده نخست را در اختیار دارد`)
        if len(words) > 1 and words[0] > 0 and g.text_of([words[0] - 1, words[0]]) in self.cues.not_arguments:
            words = words[1:]
        # (nor the noun of a compound preposition: `بر اساس قانون ... که در سال 2000 ... تصویب شد` speaks of the law;
        # before an infinitive it is a light-verb nominal: `در اختیار گرفتن این مسئولیت`)
        if len(words) > 1 and words[0] > 0 and g.nodes[words[0] - 1].upos == "ADP" \
                and g.text_of([words[0] - 1, words[0]]) in self.cues.compound_prepositions \
                and not g.nodes[words[1]].text.endswith(("تن", "دن")) and not self._place_complement(words[0]):
            words = words[1:]
        spelled_apart = words and (g.text_of(words) in self.cues.not_arguments or max(words) + 1 < len(g.nodes)
                                   and g.text_of(words + [max(words) + 1]) in self.cues.not_arguments)
        if spelled_apart or any(g.nodes[w].text in self.cues.not_arguments for w in words) or all(
                g.nodes[w].upos in ("CCONJ", "SCONJ", "ADP", "PUNCT") for w in words):
            return Mention([], "")
        words = self._cut_stray_adverbial(words)
        # (whatever the steps above cut, a span never ends on a conjunction or a preposition: `کودک کم‌سن و`,
        # nor starts with an item number: `2 _ «اتحادیه»`, `6_`)
        while words and g.nodes[words[-1]].upos in ("CCONJ", "SCONJ", "ADP") and g.nodes[words[-1]].text != "را":
            words = words[:-1]
        while words and (g.nodes[words[0]].text in ("_", "-") or ITEM_NUMBER.fullmatch(g.nodes[words[0]].text) and (
                g.nodes[words[0]].text[-1] in "_-"
                or words[0] + 1 < len(g.nodes) and g.nodes[words[0] + 1].text in ("_", "-"))):
            words = words[1:]
        if not words:
            return Mention([], "")
        ent = self._ent_of.get(head)   # the head names the entity; a name inside a modifier does not
        named = ent is not None or g.nodes[head].upos == "PROPN"
        text = g.text_of(words)
        holder = self._discourse.roles.get(text) if g.nodes[head].text in self.cues.titles else None
        if holder is not None and holder.id:
            return Mention(words, text, holder.id, holder.label, g.offsets_of(words), named=True)
        return Mention(words, text, ent.id if ent else None, ent.label if ent else None,
                       g.offsets_of(words), named=named)

    def _holder_or_mention(self, head: int) -> Mention:
        """An object that is the title of a name in apposition stands for the name (`«مفیقه القواسمه»، همسر «محمد
        القواسمه» را بازداشت کردند` arrested Mufiqa), as a subject does."""
        for person, title, _ in self._role_spans:
            if head == title[0]:
                return self._words_mention(person)
        return self._mention(head)

    def _belief_frame_word(self, head: int) -> bool:
        """`معتقدم`, `مدعی‌اند`: a belief nominal with its copula glued on (cues: belief_nominals, copula_clitics),
        one token that the segmenter splits into the nominal and a clitic."""
        g = self._g
        nxt = head + 1
        return g.nodes[head].text in self.cues.belief_nominals and nxt < len(g.nodes) \
            and g.nodes[nxt].text.lstrip("\u200c") in self.cues.copula_clitics and " " not in g.text_of([head, nxt])

    def _entity_words(self, ent: Entity) -> list[int]:
        """The words of entity ``ent`` in this sentence, in order."""
        return sorted(w for w, e in self._ent_of.items() if e is ent)

    def _whole_entity(self, head: int, words: list[int], exclude: set[int]) -> list[int]:
        """A span never cuts the entity its head names (`شورای امنیت سازمان ملل` when the parser hung
        `سازمان ملل` as an apposition)."""
        ent = self._ent_of.get(head)
        if ent is None or not words:
            return words
        span = set(self._entity_words(ent))
        # only rightwards: a Persian noun phrase starts at its head, so an entity reaching left of the
        # phrase is a tagging error (`شبکه‌های مختلف [تلویزیونی خبر اعدام]`)
        if span <= set(words) or span & (exclude | self._excluded) or min(span) < min(words):
            return words
        merged = sorted(set(words) | span)
        if merged != list(range(merged[0], merged[-1] + 1)):
            return words
        return merged

    def _verb_level_pps(self, head: int, subject: bool = False) -> set[int]:
        """`با حضور X`, `با مشاركت X` modify the event, not the noun they follow (decision 13); so does a time PP
        after a subject (`بازیکنان پرسپولیس پیش از اعتراض‌ها ... تمرین نکردند`), though not inside an object
        (`دوره سازندگی پس از دفاع مقدس`)."""
        g = self._g
        out: set[int] = set()
        for w in g.subtree(head):
            node = g.nodes[w]
            if w != head and node.deprel == "nmod" and (
                    (node.text in self.cues.verb_level_pp_nouns and any(g.nodes[c].text == "با" for c in g.kids(w, "case")))
                    or (subject and self._preposition(w) in self.cues.time_prepositions)):
                out |= g.subtree(w)
        return out

    def _trim_edges(self, head: int, words: list[int]) -> list[int]:
        """Focus adverbs and approximators off the front (`تنها`, `دست‌کم`), time words off the end, `-اً` adverbs
        off both (`هیئت تجدید نظر عراق اخیرا`)."""
        g = self._g
        # (a `-اً` adverb before an adjective is its degree, part of the phrase: `کاملا مناسب`)
        while len(words) > 1 and words[0] != head and (g.nodes[words[0]].text in self.cues.span_prefixes_dropped or (
                g.nodes[words[0]].text in self.cues.tanween_adverbs and g.nodes[words[1]].upos != "ADJ")):
            words = words[1:]
        # (a subordinator written in two words, `هر چند این مسئله ... است`)
        if len(words) > 2 and head not in words[:2] and g.text_of(words[:2]) in self.cues.span_prefixes_dropped:
            words = words[2:]
        back = self.cues.time_nouns | self.cues.tanween_adverbs
        while len(words) > 1 and words[-1] != head and g.nodes[words[-1]].text in back:
            words = words[:-1]
        return words

    def _cut_stray_adverbial(self, words: list[int]) -> list[int]:
        """`به طور رسمی ممنوعیت ... را لغو کرد`, `به شدت آنها را محاکمه کنند`: a phrase opening with the noun of an
        adverbial whose preposition the parser hung elsewhere starts after that adverbial's noun and the adjectives
        right after it."""
        g = self._g
        if not words or words[0] == 0 or g.nodes[words[0] - 1].upos != "ADP":
            return words
        phrase = f"{g.nodes[words[0] - 1].text} {g.nodes[words[0]].text}"
        if phrase not in self.cues.adverbial_phrases or phrase in self.cues.list_openers \
                or g.nodes[words[0]].upos != "NOUN":   # (`به هر دو آسیب`: a determiner may well start the argument)
            return words
        cut = 1
        while cut < len(words) and (g.nodes[words[cut]].upos == "ADP"   # `با توجه به ...`
                                    or g.nodes[words[cut]].upos == "ADJ" and g.nodes[words[cut]].head == words[cut - 1]):
            cut += 1
        return words[cut:]

    def _cut_apposition(self, head: int, words: list[int]) -> list[int]:
        """A span stops before an apposition: a name followed by a title (decision 14)."""
        g = self._g
        if not words:
            return words
        named = head in self._ent_of or g.nodes[head].upos == "PROPN"
        if not named:
            return words
        for w in words:
            if w > head and (g.nodes[w].text in self.cues.titles) and w - 1 in words and (
                    g.nodes[w - 1].upos in ("PROPN", "PUNCT") or w - 1 in self._ent_of):
                return [x for x in words if x < w and g.nodes[x].upos != "PUNCT" or x < w - 1]
        return words

    # -- attribution (§4) --------------------------------------------------------------------
    def _complements(self, g: SentenceGraph, pred: Predicate, preds: list[Predicate]) -> list[int]:
        """Clauses reported by a reporting predicate: its ccomp/parataxis clauses, or what follows `:`."""
        found = [c for c in g.kids(pred.verb, "ccomp", "parataxis", "obj", "conj")
                 if (g.nodes[c].upos == "VERB" or g.kids(c, "cop"))
                 and not (g.nodes[c].deprel == "conj" and g.kids(c, "cc"))]   # `... و Y کرد` is coordinated, not reported
        after = pred.words[-1] + 1
        if after < len(g.nodes) and g.nodes[after].text == ":":
            found += [p.verb for p in preds if p.verb > after]
        if g.nodes[pred.verb].deprel in ("advcl", "dep", "parataxis") and g.nodes[pred.verb].head is not None \
                and g.nodes[pred.verb].head > pred.verb:
            found.append(g.nodes[pred.verb].head)
        return found

    def _source_for(self, pred: Predicate, attribution: dict[int, Mention]) -> str | None:
        g = self._g
        i = pred.verb
        seen = set()
        while i is not None and i not in seen:
            seen.add(i)
            if i in attribution:
                return attribution[i].text
            i = g.nodes[i].head
        return None

    def _is_attribution_frame(self, i: int) -> bool:
        """Is word ``i`` inside a `به گزارش` / `به نقل از` frame?"""
        g = self._g
        return any(start <= i < start + len(f) for f in self.cues.attribution_frames for start in g.occurrences(f))

    def _frame_attribution(self, g: SentenceGraph) -> str | None:
        """`به گزارش X`, `به نقل از X`, `طبق بیانیه X`: the source of the whole sentence (nearest = last)."""
        for frame in self.cues.self_source_frames:   # `بنا بر این گزارش`: the report itself is the source
            starts = g.occurrences(frame)
            if starts:
                return g.text_of(list(range(starts[0] + len(frame) - 2, starts[0] + len(frame))))
        source = None
        for frame in self.cues.attribution_frames:
            k = len(frame)
            for start in g.occurrences(frame):
                nxt = start + k
                if nxt >= len(g.nodes):
                    continue
                # X is the noun phrase right after the frame
                anchor = g.nodes[start + k - 1]
                cand = [c for c in anchor.children if c >= nxt and g.nodes[c].deprel in ("nmod", "flat:name", "obl")]
                head = cand[0] if cand else nxt
                words = g.phrase(head)
                words = [w for w in self._whole_entity(head, words, set()) if w >= nxt]   # `وبگاه العربی الجدید`
                while words and g.nodes[words[-1]].text in QUOTES:   # no dangling quote mark at the end
                    words = words[:-1]
                if sum(g.nodes[w].text in QUOTES for w in words) % 2 and words[-1] + 1 < len(g.nodes) \
                        and g.nodes[words[-1] + 1].text in QUOTES:   # `پایگاه خبری "الجزیره"`: close the quote
                    words = words + [words[-1] + 1]
                # `به گزارش خبرگزاری اینترفکس روسیه از مسکو`: the dateline (`از` + place) is not the source
                cut = next((w for w in words if w > nxt and g.nodes[w].text == "از"), None)
                if cut is not None:
                    words = [w for w in words if w < cut]
                quoted = self._quoted_source(g, nxt)
                if quoted:
                    source = quoted
                elif words:
                    source = g.text_of(words)
        return source

    @staticmethod
    def _quoted_source(g: SentenceGraph, i: int) -> str | None:
        """Decision 15 for sources: `به نوشته خبرگزاری «رویترز»` → `رویترز` (the name inside the quotes)."""
        j = i
        while j < len(g.nodes) and j - i < 4 and g.nodes[j].upos in ("NOUN", "ADJ", "PROPN"):
            j += 1
        if j >= len(g.nodes) or g.nodes[j].text != "«":
            return None
        close = next((k for k in range(j + 1, min(len(g.nodes), j + 7)) if g.nodes[k].text == "»"), None)
        if close is None or close == j + 1:
            return None
        return g.text_of(list(range(j + 1, close)))

    # -- several triples from one clause (§3) ------------------------------------------------
    def _joint(self, si: int, subs: list[Mention], pred: Predicate, objects, source) -> list[Triple]:
        if len(subs) < 2:
            return []
        g = self._g
        obj = next((m for p, m in objects if p is None), None)
        marked = obj is not None and any(g.nodes[w].text in self.cues.joint_markers for w in obj.words)
        reciprocal_object = obj is not None and bool(obj.words) and self._is_reciprocal(
            next((g.nodes[w].text for w in obj.words if g.nodes[w].upos == "NOUN"), None), pred.lemma)
        together = any(g.nodes[c].text in self.cues.reciprocal_pronouns for c in g.nodes[pred.verb].children)
        if not (pred.reciprocal or marked or reciprocal_object or together):
            return []
        prefix = obj.text if obj is not None else ""
        # the object's noun may make a light-verb construction the lexicon knows (`تماس داشتن` → be in contact)
        noun = next((g.nodes[w].text for w in obj.words if g.nodes[w].upos == "NOUN"), None) if obj else None
        # one pairwise triple per further conjunct, with the first conjunct as subject (decision 18), first in the text
        # whichever conjunct the parser made the head
        subs = sorted(subs, key=lambda m: m.words[0] if m.words else 0)
        return [self._triple(si, subs[0], pred, "با", other, source, prefix=prefix, nominal=noun) for other in subs[1:]]

    def _appositions(self, si: int, g: SentenceGraph) -> list[Triple]:
        """`ولادیمیر پوتین، رئیس جمهوری روسیه` → person | title | organisation or country.

        Read from the word sequence rather than the parse: the parser rarely labels `appos`, while
        the pattern name (، or «») title-words organisation is regular in news text."""
        units = self._name_units(g)
        out = []
        for k, (kind, words) in enumerate(units):
            if kind == "org" or self._closes_source_frame(g, words):
                continue
            # name ، title ... organisation
            title = self._title_after(g, words[-1] + 1, units)
            # `برزان التکریتی و عواد البندر دو معاون صدام`: a title after a number is shared by the names
            # coordinated before this one
            holders = [words]
            if title and g.nodes[title[0][0] - 1].upos == "NUM" and g.nodes[title[0][0] - 1].text != "یک":
                for kind_before, before in reversed(units[:k]):
                    between = [g.nodes[w].text for w in range(before[-1] + 1, holders[0][0])]
                    if kind_before != "person" or between not in (["و"], ["،"], [","]):
                        break
                    holders.insert(0, before)
            seen_titles = 0
            while title and seen_titles < 4:
                out += [self._role(si, g, h, *title) for h in holders]
                seen_titles += 1
                # stacked titles: `X دبیر کل کنگره ملی عراق و نماینده ائتلاف ملی` (decision 19)
                nxt = max(title[1]) + 1
                if nxt + 1 < len(g.nodes) and g.nodes[nxt].text == "و" and self._is_title(g.nodes[nxt + 1]):
                    title = self._title_after(g, nxt + 1, units)
                else:
                    title = None
            # title ... organisation ، name
            before = self._title_before(g, words[0] - 1, units)
            if before:
                out.append(self._role(si, g, words, *before))
        return out

    def _closes_source_frame(self, g: SentenceGraph, words: list[int]) -> bool:
        """Does the name end a source frame at a comma (`بنا بر گزارش خبرگزاری «اسپوتنیک»، سخنگوی وزارت خارجه روسیه
        ...`)? Then the title after the comma opens the clause; it is no apposition of the source."""
        end = words[-1] + 1
        while end < len(g.nodes) and g.nodes[end].text in QUOTES:
            end += 1
        if end >= len(g.nodes) or g.nodes[end].text not in ("،", ","):
            return False
        return any(start + len(f) <= words[0] and not any(g.nodes[k].upos == "PUNCT" and g.nodes[k].text not in QUOTES
                                                          for k in range(start + len(f), words[0]))
                   for f in self.cues.attribution_frames for start in g.occurrences(f))

    def _name_units(self, g: SentenceGraph) -> list[tuple[str, list[int]]]:
        """Named spans in order: ("person", words) or ("org", words) — from entities, else PROPN runs."""
        units: list[tuple[str, list[int]]] = []
        if self._ent_of:
            seen = set()
            for i in sorted(self._ent_of):
                ent = self._ent_of[i]
                if id(ent) in seen:
                    continue
                seen.add(id(ent))
                words = self._entity_words(ent)
                # (nor does it start or end on a preposition: `دیداری را بین رئیس‌جمهور آمریکا` with `را بین` taken
                # for Rabin)
                while words and g.nodes[words[0]].upos == "ADP":
                    words = words[1:]
                while words and g.nodes[words[-1]].upos == "ADP":
                    words = words[:-1]
                if not words:
                    continue
                kind = "person" if ent.label == "PER" else "org"
                # NER sometimes swallows the title that follows a name (`صدام دیکتاتور`): the name ends there
                cut = next((k for k, w in enumerate(words) if k > 0 and self._is_title(g.nodes[w])), None)
                if cut is not None and kind == "person":
                    words = words[:cut]
                units.append((kind, words))
            # a quoted name before a title wins over an entity that covers only part of it (`«ژان برتراند آریستید»`)
            for q in self._quoted_names(g):
                units = [u for u in units if not set(u[1]) <= set(q)]
                if not any(set(u[1]) & set(q) for u in units):
                    units.append(("person", q))
            return sorted(units, key=lambda u: u[1][0])
        run: list[int] = []
        for n in g.nodes + [None]:
            if n is not None and n.upos == "PROPN" and n.text not in self.cues.titles:
                run.append(n.index)
                continue
            if run:
                units.append(("name", run))
                run = []
        return units

    def _is_title(self, node) -> bool:
        return node.text in self.cues.titles or node.lemma in self.cues.titles

    def _quoted_names(self, g: SentenceGraph) -> list[list[int]]:
        """`«لئونید کوژار» وزیر خارجه اوکراین`: a short quoted span right before a title is a person's name
        (guidelines §3), also when NER missed it."""
        out, open_at = [], None
        for n in g.nodes:
            # (ASCII quotes open and close alike: `"ریاض الاشقر"، پژوهشگر امور اسرای فلسطینی`)
            straight = n.text == '"'
            if n.text == "«" or straight and open_at is None:
                open_at = n.index
            elif (n.text == "»" or straight) and open_at is not None:
                words = list(range(open_at + 1, n.index))
                nxt = n.index + 1
                while nxt < len(g.nodes) and g.nodes[nxt].text in ("،", ",", "یک"):
                    nxt += 1
                nxt = self._past_age(g, nxt)
                if 0 < len(words) <= 4 and nxt < len(g.nodes) and self._is_title(g.nodes[nxt]) \
                        and not any(g.nodes[w].upos in ("PUNCT", "ADP", "CCONJ", "SCONJ", "NUM") for w in words):
                    out.append(words)
                open_at = None
        return out

    def _title_words(self, g: SentenceGraph, start: int, stop: int) -> list[int] | None:
        words = list(range(start, stop))
        # quote marks around the organisation's name are not part of the title (`سخنگوی «ولادیمیر پوتین»`)
        while words and g.nodes[words[-1]].text in QUOTES:
            words.pop()
        if not words or len(words) > 5:
            return None
        if not self._is_title(g.nodes[words[0]]):
            return None
        if any(g.nodes[w].upos in ("PUNCT", "ADP", "CCONJ", "VERB", "AUX", "SCONJ") for w in words):
            return None
        return words

    def _title_after(self, g: SentenceGraph, i: int, units):
        while i < len(g.nodes) and g.nodes[i].text in ("،", ",", "»", '"', "”"):
            i += 1
        i = self._past_age(g, i)
        if i + 1 < len(g.nodes) and g.nodes[i].upos == "NUM" and self._is_title(g.nodes[i + 1]):
            i += 1   # `یک` before the title is dropped (decision 19), and so is `دو` before a shared title
        org = next((u for u in units if u[1][0] > i), None)   # an organisation, country or person
        if org is None:
            return self._title_common_np(g, i)
        org_words = list(org[1])
        while len(org_words) > 1 and g.nodes[org_words[0]].text in self.cues.title_continuations:
            org_words.pop(0)
        if all(g.nodes[w].text in self.cues.title_continuations for w in org_words):
            return None   # `رکس تیلرسون وزیر خارجه`: a title's own word is no organisation
        # (an organisation found on a clitic takes its whole token: `رئیس جمهور کشورمان` is `کشور` + `مان`)
        while org_words[0] > i and g.nodes[org_words[0] - 1].token == g.nodes[org_words[0]].token:
            org_words.insert(0, org_words[0] - 1)
        title = self._title_words(g, i, org_words[0])
        if title:
            return title, org_words
        return self._title_common_np(g, i)

    @staticmethod
    def _past_age(g: SentenceGraph, i: int) -> int:
        """The word after an age at ``i`` (`«یسری عادل قعدان» 30 ساله خواهر سائد عادل عیسی`), and its comma."""
        if i + 1 < len(g.nodes) and g.nodes[i].upos == "NUM" and g.nodes[i + 1].text == "ساله":
            i += 2
            while i < len(g.nodes) and g.nodes[i].text in ("،", ","):
                i += 1
        return i

    def _title_common_np(self, g: SentenceGraph, i: int):
        """`«احمد ابراهیم»، معاون بیمارستان کودکان`: the organisation need not be a named entity; it is the
        noun phrase right after the title words (a title with nothing after it gives nothing)."""
        if i >= len(g.nodes) or not self._is_title(g.nodes[i]):
            return None
        j = i + 1
        while j < len(g.nodes) and g.nodes[j].text in self.cues.title_continuations:
            j += 1
        org = []
        while j < len(g.nodes) and len(org) < 4 and g.nodes[j].upos in ("NOUN", "PROPN", "ADJ") \
                and g.nodes[j].text not in self.cues.time_nouns and not self._is_title(g.nodes[j]) \
                and g.nodes[j].text not in self.cues.title_continuations:
            org.append(j)
            j += 1
        if not org or g.nodes[org[0]].upos == "ADJ":
            return None
        return list(range(i, org[0])), org

    def _title_before(self, g: SentenceGraph, i: int, units):
        if i < 1 or g.nodes[i].text not in ("،", ","):
            return None
        org = next((u for u in reversed(units) if u[1][-1] == i - 1 and u[0] != "person"), None)
        if org is None:
            return None
        lo = org[1][0] - 1
        while lo >= 0 and g.nodes[lo].upos in ("NOUN", "ADJ", "PROPN") and org[1][0] - lo <= 5:
            if g.nodes[lo].text in self.cues.titles or g.nodes[lo].lemma in self.cues.titles:
                # not a title that is a frame's source (`به گزارش خبرنگار سیاسی خبرگزاری فارس، X`) or that follows
                # a name of its own (`سعید نمکی وزیر بهداشت، حسام‌الدین آشنا مشاور ...`)
                prev = lo - 1
                while prev >= 0 and g.nodes[prev].text in QUOTES + ("،", ","):
                    prev -= 1
                if prev >= 0 and (self._is_attribution_frame(prev)
                                  or any(kind == "person" and words[-1] == prev for kind, words in units)):
                    return None
                title = self._title_words(g, lo, org[1][0])
                return (title, org[1]) if title else None
            lo -= 1
        return None

    def _argument_pps(self, v: int) -> list[int]:
        """The obliques of ``v`` whose preposition marks an argument (cues: argument_prepositions)."""
        return [c for c in self._g.kids(v, *OBL_RELS) if self._preposition(c) in self.cues.argument_preps]

    def _secondary_stretch(self, g: SentenceGraph, v: int, words: set[int], nominal: str | None) -> set[int]:
        """`خودباوری جوانان را یکی از برکات نظام جمهوری اسلامی دانست`: after a verb of regarding's `را` object, what
        the object is taken for joins the relation (cue `regarding_verbs`; gold: `خارج از حیطه اختیارات هیئت تجدید
        نظر دانستند`): the secondary predicate the parser found, of any length, or else the words up to the verb
        however the parser hung them, without an adjunct that opens them (`در ابعاد فرهنگی`, `به هیچ وجه`). Not when
        they hold a clause or the verb's subject."""
        stem, form = past_stem(g.nodes[v].lemma), g.nodes[v].text
        # (the lemmatizer gives `فراخوانده` the lemma `خواند`: the form must start with the stem after its prefixes)
        regarding = stem in self.cues.regarding_verbs and any(
            form.removeprefix(p).startswith(stem[:2]) for p in ("", "نمی‌", "می‌", "ن", "ب"))
        if not (regarding or nominal in self.cues.regarding_verbs) \
                or any(g.nodes[w].deprel == "compound:lvc" and g.nodes[w].upos == "ADJ" for w in words):
            return set()   # (an adjective taken for the nominal is the secondary predicate: `... نامناسب خواند`)
        end = min(words)
        ra = next((k for k in range(end - 1, -1, -1) if g.nodes[k].text == "را"), None)
        if ra is None or g.nodes[ra].head not in g.kids(v, "obj"):   # (it marks the verb's object)
            return set()
        secondary = [c for c in g.kids(v, "xcomp") if ra < c < v]
        if secondary:   # (`... را در راستای ... مهم دانست`: the PPs before `مهم` are the clause's)
            stretch = sorted(g.subtree(secondary[0]))
            if stretch != list(range(stretch[0], stretch[-1] + 1)) or stretch[0] <= ra or stretch[-1] >= v:
                return set()
        else:
            stretch = [k for k in range(ra + 1, end)]
        # (nor a focus adverb opening it: `این گزارش نیز نادرست خوانده شده است`)
        while stretch and (g.nodes[stretch[0]].upos == "PUNCT" or g.nodes[stretch[0]].text in self.cues.span_prefixes_dropped):
            stretch.pop(0)
        while stretch and g.nodes[stretch[-1]].upos == "PUNCT":
            stretch.pop()
        if not stretch or any(g.nodes[k].upos in ("VERB", "AUX") or g.nodes[k].deprel in SUBJ_RELS
                              or g.nodes[k].text in ("که", ":", "«", "»") or k in g.ancestors(ra) for k in stretch):
            return set()
        adjunct = self.cues.adjunct_preps | self.cues.topic_prepositions | {"برای"}
        while g.nodes[stretch[0]].upos == "ADP" and (head := g.nodes[stretch[0]].head) is not None:
            prep, extent = self._preposition(head), max(g.subtree(head))
            adverb = next((n for n in (4, 3, 2) if g.text_of(stretch[:n]) in self.cues.adverbial_phrases), None)
            if adverb is not None and adverb < len(stretch):
                extent = stretch[adverb - 1]
            elif prep not in adjunct or not stretch[0] < extent < stretch[-1]:
                break
            stretch = [k for k in stretch if k > extent]
            while g.nodes[stretch[0]].upos == "PUNCT":
                stretch.pop(0)
        # (a part names what the object is counted among, whatever the parser hung it on: `در ابعاد فرهنگی یکی از
        # اولویت‌ها`)
        part = next((k for k in stretch if g.nodes[k].text in self.cues.partitive_heads and k + 1 < len(g.nodes)
                     and g.nodes[k + 1].text == "از"), None)
        return {k for k in stretch if g.nodes[k].upos != "PUNCT" and (part is None or k >= part)}

    @staticmethod
    def _predicate_span(g: SentenceGraph, v: int) -> list[int]:
        """The verb with the light-verb nominal, auxiliaries and particles right before it."""
        span = [v]
        parts = set(g.kids(v, "compound:lvc", "aux", "aux:pass", "compound", "compound:prt"))
        while span[0] - 1 in parts or (span[0] - 1 >= 0 and g.nodes[span[0] - 1].deprel == "case"
                                       and g.nodes[span[0] - 1].head in parts):
            span.insert(0, span[0] - 1)
        return span

    def _role(self, si: int, g: SentenceGraph, person: list[int], title: list[int], org: list[int]) -> Triple:
        self._role_spans.append((person, title, org))
        holder, org_m = self._words_mention(person), self._words_mention(org)
        return Triple(subject=holder.text, relation=g.text_of(title), object=org_m.text, sentence=si,
                      subject_id=holder.id, object_id=org_m.id, polarity="positive", tense="present",
                      subject_span=holder.span, object_span=org_m.span,
                      subject_type=holder.label or "PER", object_type=org_m.label,
                      gloss=None)

    def _words_mention(self, words: list[int]) -> Mention:
        g = self._g
        ent = next((self._ent_of[w] for w in words if w in self._ent_of), None)
        return Mention(words, g.text_of(words), ent.id if ent else None, ent.label if ent else None,
                       g.offsets_of(words), named=True)

    def _can_be_the_speaker(self, source: str | None) -> bool:
        """Can ``source`` be the `من` of what it reports? Not a pronoun itself (`مطمئن باشید ... معذرت‌خواهی خواهم
        کرد`: `شما` are told, not speaking), nor the agency of a `به گزارش X` frame, which reports someone else."""
        return bool(source) and source not in self.cues.agreement_pronouns.values() and source != self._frame_source

    def _inside_predicate(self, obj: Mention, pred: Predicate, prep) -> bool:
        """`ناراحتم`, `در تلاش‌اند` split into a nominal and a copula clitic that the relation writes as the whole
        token: the object would repeat the relation (`ناراحتم | ناراحتم`). (`نگران ... کولی‌هاست` is fine: its
        relation is written `است`.)"""
        g = self._g
        shared = {g.nodes[w].token for w in obj.words} & {g.nodes[w].token for w in pred.words}
        return bool(shared) and bool(set(obj.text.split()) & set(self._relation_text(pred, prep, "").split()))

    # -- output ------------------------------------------------------------------------------
    def _triple(self, si, subj: Mention, pred: Predicate, prep, obj: Mention, source, prefix="",
                nominal: str | None = None) -> Triple:
        relation = self._relation_text(pred, prep, prefix)
        if subj.text in self.cues.speaker_pronouns and self._can_be_the_speaker(source):   # `من` is the speaker
            subj = Mention([], source, None, None, subj.span, named=True, resolved=True)
        gloss = None
        if self.lexicon is not None:
            entry = self.lexicon.lookup_any([nominal, pred.nominal, pred.secondary], pred.lemma)
            if entry is not None and (nominal or pred.nominal) and not entry.is_lvc \
                    and past_stem(pred.lemma) in self.cues.generic_light_verbs:
                entry = None   # an LVC the lexicon does not know (`سرنگونی می‌کند`) is not its light verb (do)
            # (the nominal as written finds the entry again: `حضور پیدا` + `کرد` is `حضور یافتن`)
            nominal = next((n for n in (nominal, pred.nominal, pred.secondary) if n and
                            self.lexicon.lookup(n, pred.lemma) is entry), None) if entry is not None and entry.is_lvc else None
            english = self.lexicon.gloss_relation(nominal, pred.lemma, prep, passive=pred.passive) if entry else None
            if english:
                gloss = f"{subj.id or subj.text} – {english} – {obj.id or obj.text}"
        tense = "past" if pred.verb in self._past_by_modal else pred.tense
        polarity = "negative" if pred.verb in self._negated_by_modal else pred.polarity
        return Triple(subject=subj.text, relation=relation, object=obj.text, sentence=si,
                      subject_id=subj.id, object_id=obj.id, attribution=source, polarity=polarity,
                      tense=tense, subject_span=subj.span, object_span=obj.span,
                      subject_type=subj.label, object_type=obj.label, gloss=gloss)
