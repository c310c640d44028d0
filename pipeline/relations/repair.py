"""Parse repairs: the parser's commonest clause-level errors, fixed before triples are read.

``ParseRepairs._repair`` rewrites one ``SentenceGraph`` in place with Persian word-order cues (verb-final
clauses, subject first, ``را`` after the object, no ezafe across a comma) and the predicate lexicon. Each method
names the error it fixes with a sentence where the parser made it; each has a test in
``tests/test_relations.py``, and what each bought is measured in ``eval/reports/relations.md``. The methods read
the sentence's entities and cues from the ``Extractor`` they are mixed into (``self._ent_of``, ``self.cues``,
``self.lexicon``, ``self._excluded``) and share its helpers (``_preposition``, ``_oblique``, ``_is_title``).
"""
from __future__ import annotations

from itertools import takewhile

from ..text.chars import ZWNJ, canonical_string
from .graph import CLAUSE_RELS, OBL_RELS, QUOTES, SUBJ_RELS, SentenceGraph
from .verbs import past_stem, person_of_form, present_stems, tense_of_form


class ParseRepairs:
    """Mixin of ``Extractor`` holding the repairs; ``_repair`` runs them in order."""

    def _repair(self, g: SentenceGraph) -> None:
        """Fix the parser's commonest clause-level errors with Persian word-order cues (verb-final
        clauses, subject first, `را` after the object). Measured in eval/reports/relations.md."""
        nominal = ("NOUN", "PROPN", "PRON", "NUM")
        self._one_node_per_name(g)
        self._set_taken_for_a_copula(g)
        for i in self._ent_of:   # `بوش` read as a verb form: a word inside a named entity is a name
            # (unless the parser built a clause on it: then its arguments hang there)
            if g.nodes[i].upos in ("VERB", "AUX") and not g.kids(i, *SUBJ_RELS, "obj", "aux", "ccomp"):
                g.nodes[i].pos = "PROPN"
                self._root_taken_from_a_name(g, i)
        self._stem_compounds_split(g)
        self._modifiers_spelled_like_verbs(g)
        self._quoted_names_taken_for_conjuncts(g)
        self._quoted_names_taken_for_appositions(g)
        self._quoted_names_taken_for_arguments(g)
        self._titles_of_named_pps_taken_for_subjects(g)
        self._subjects_taken_into_source_frames(g)
        self._prepositions_heading_their_objects(g)
        self._compound_prepositions_split(g)
        self._verbs_inside_parentheses(g)
        self._asides_taken_for_arguments(g)
        self._main_clauses_under_relative_clauses(g)
        self._parties_of_a_reciprocal(g)
        self._names_taken_for_lvc_nominals(g)
        self._invert_light_verbs(g)
        self._multiword_nominals_split(g)
        self._gapped_light_verbs(g)
        self._action_nouns_of_framed_light_verbs(g)
        self._adjectives_taken_for_nominals(g)
        self._nominals_hung_under_a_noun_before_them(g)
        self._nominals_hung_inside_a_phrase_before_them(g)
        self._nominals_taken_for_objects(g)
        self._prepositional_nominals(g)
        self._determiners_taken_for_subjects(g)
        self._approximators_taken_for_heads(g)
        for n in g.nodes:
            if n.upos == "NUM" and n.deprel == "case":   # `5/9 میلیارد دلار`: a Persian decimal, not a preposition
                n.rel = "nummod"
            # `در حملات اخیر ... کشته شده‌اند`: a prepositional phrase on a verb is an oblique, not a noun modifier;
            # so is one before a copula's predicate, which a noun modifier never precedes (`ما باید برای دفع تجاوز ...
            # آماده و مهیا باشیم`), also an adjective tagged a noun when the lexicon gives it that preposition
            # (`با سختی‌های زیادی در عراق روبروست`; not any noun: `از سخت‌ترین بازی‌های فصل خواهد بود`)
            elif n.deprel == "nmod" and n.head is not None and any(g.nodes[c].text != "را" for c in g.kids(n.index, "case")) \
                    and (g.nodes[n.head].upos == "VERB" or n.index < n.head and g.kids(n.head, "cop")
                         and max(g.subtree(n.index)) == n.head - 1
                         and (g.nodes[n.head].upos == "ADJ" or g.nodes[n.head].upos == "NOUN" and self.lexicon is not None
                              and self.lexicon.nominal_takes(g.nodes[n.head].text, self._preposition(n.index) or ""))):
                n.rel = "obl"
        self._verbs_tagged_adjectives(g)
        self._counted_objects_taken_for_predicates(g)
        self._secondary_predicates_taken_for_adverbs(g)
        self._secondary_predicates_taken_for_clause_heads(g)
        self._verbs_hung_on_nouns(g)
        self._final_past_stems_taken_for_nouns(g)
        self._root_past_stems_taken_for_nouns(g)
        self._names_taken_for_modifiers(g)
        self._genitives_after_bare_plurals(g)
        self._place_subordinators(g)
        self._objects_after_their_verb(g)
        self._pps_hung_on_adverbs(g)
        self._nominals_hung_on_adverbs(g)
        self._relative_clauses_after_ra(g)
        self._secondary_predicates_taken_for_adverbs(g)   # (again: that clause's object may be one)
        self._objects_hung_on_named_subjects(g)
        self._objects_hung_on_names(g)
        self._indefinite_objects_hung_inside_pps(g)
        for n in g.nodes:
            h = n.head
            # a noun has no subject unless it is copular: `روسیه ... یک کار گروه ... تشکیل خواهند داد`
            # (an opening frame's word is nobody's subject: `بنابراین گزارش، تحقیقات ...`)
            if n.deprel == "nsubj" and h is not None and g.nodes[h].upos in nominal + ("ADJ",) \
                    and n.index not in self._excluded and not g.kids(h, "cop") and g.nodes[h].head is not None \
                    and (g.nodes[g.nodes[h].head].upos == "VERB" or self._name_before_its_title(g, n.index, h)) \
                    and (g.nodes[h].deprel in ("nsubj", "obj", "nsubj:pass", "compound:lvc")
                         or g.nodes[h].deprel == "obl" and not g.kids(h, "case") and g.nodes[h].text in self.cues.time_nouns):
                verb = g.nodes[h].head
                g.reattach(n.index, verb, "nsubj")
                # (a title's organisation after it is its genitive: `دادستان کل دولت نجات ملی یمن ... خبر داد`)
                if self._is_title(n) and h > n.index and all(
                        g.nodes[k].text in self.cues.title_continuations for k in range(n.index + 1, h)):
                    g.reattach(h, n.index, "nmod")
                    continue
                if g.nodes[h].deprel in ("nsubj", "nsubj:pass") and h > n.index \
                        and not self._title_after_subject(g, n.index, h):
                    # (after `PP ،` it is the PP's next list item: `مفاد ... بر آموزش و تمرینات نظامی، تبادل اطلاعات
                    # ... تأکید دارد`)
                    pp = [c for c in g.kids(n.index, "nmod", "obl") if n.index < c < h and self._preposition(c)
                          and max(g.subtree(c)) == h - 2 and g.nodes[h - 1].text in ("،", ",")]
                    if pp:
                        g.reattach(h, pp[-1], "conj")
                    else:
                        g.nodes[h].rel = "obj"
        # `مسکو تل‌آویو را مسؤول آن دانست`: two entities the parser glued with flat:name are subject and object;
        # so are two place names glued as genitive (no ezafe joins two states)
        for n in g.nodes:
            h = n.head
            if n.deprel not in ("flat:name", "nmod") or h is None or n.index != h + 1:
                continue
            e1, e2 = self._ent_of.get(h), self._ent_of.get(n.index)
            verb = g.nodes[h].head
            if e1 is None or e2 is None or e1 is e2 or verb is None or g.nodes[verb].upos != "VERB" \
                    or n.deprel == "nmod" and not (e1.label == e2.label == "GPE"):
                continue
            ra = [c for c in g.kids(h, "case") if g.nodes[c].text == "را"]
            if ra and not g.kids(verb, "nsubj"):
                g.reattach(n.index, verb, "obj")
                g.reattach(ra[0], n.index, "case")
                g.nodes[h].rel = "nsubj"
        self._ra_on_the_phrase_it_closes(g)
        self._ra_phrases_glued_to_a_name(g)
        self._ra_objects_headed_by_an_adjective(g)
        self._list_markers_taken_for_heads(g)
        self._named_lists_after_markers(g)
        self._ra_on_prepositional_nouns(g)
        self._ra_objects_after_adverbial_phrases(g)
        self._ra_objects_inside_subjects(g)
        self._ra_phrases_inside_later_objects(g)
        self._framed_clauses(g)
        self._detach_pps_from_names(g)
        self._argument_pps_on_anaphoric_adjuncts(g)
        self._list_items_after_a_pp(g)
        self._governed_pps_on_adjuncts(g)
        self._against_phrases_on_nouns(g)
        self._pps_of_infinitives(g)
        self._pps_of_event_nouns(g)
        self._pps_on_predicate_nominals(g)
        self._copulas_hung_inside_predicates(g)
        self._coordinated_clauses_taken_for_complements(g)
        self._subjects_after_an_adjunct_comma(g)
        self._subjects_taken_for_conjuncts_of_an_opening_pp(g)
        self._relative_clauses_on_the_nearest_name(g)
        self._predicate_nouns_of_relative_counting_verbs(g)
        self._copular_clauses_taken_for_subjects(g)
        self._complement_nominals_taken_for_subjects(g)
        self._complement_nominals_taken_for_modifiers(g)
        self._predicate_adjectives_buried_before_copulas(g)
        self._predicate_adjectives_taken_for_modifiers(g)
        self._complement_nominals_taken_for_objects(g)
        self._relative_clauses_on_modals(g)
        self._lift_conjuncts_out_of_names(g)
        self._verbs_taken_for_copulas(g)
        self._subjects_hung_on_present_copula_predicates(g)
        self._bare_copulas(g)
        self._caseless_copula_subjects(g)
        self._ezafe_after_pp(g)
        self._pps_out_of_time_adjuncts(g)
        self._relative_clauses_read_as_main(g)
        self._ra_objects_hung_on_a_pp(g)
        self._lvc_nominals_opening_ra_objects(g)
        self._ra_phrases_opened_by_the_subject(g)
        self._ra_phrases_running_past_a_name(g)
        self._plural_subjects_glued_to_ra_objects(g)
        self._named_subjects_glued_to_ra_objects(g)
        self._ra_phrases_after_a_relative_clause(g)
        self._subjects_naming_a_place_glued_to_ra_objects(g)
        self._list_items_glued_to_the_subject(g)
        self._ra_closing_a_pp_after_a_bare_noun(g)
        self._dates_opening_arguments(g)
        self._lift_also_conjuncts(g)
        self._relatives_on_marked_conjuncts(g)
        self._bare_lvc_objects(g)
        self._coordinated_pp_items(g)
        self._conjuncts_hung_on_a_list_items_genitive(g)
        self._noun_conjuncts_hung_on_modifiers(g)
        self._list_items_taken_for_appositions(g)
        self._demonstrative_subjects_of_pp_copulas(g)
        self._adjectives_taken_into_subjects(g)
        self._times_taken_for_subjects(g)
        self._subjects_glued_to_indefinite_objects(g)
        self._objects_glued_to_indefinite_subjects(g)
        self._indefinite_objects_glued_to_named_subjects(g)
        self._indefinite_nominals_closing_the_subject(g)
        self._subjects_glued_to_indefinite_predicates(g)
        self._relative_predicates_split_at_an_indefinite(g)   # (after it: in a relative clause the subject is the gap)
        self._nouns_before_a_graded_indefinite(g)
        self._demonstrative_subjects_glued_to_predicates(g)
        self._subjects_glued_to_adjuncts(g)
        self._subjects_taken_for_roots(g)
        self._subjects_hung_on_frames(g)
        self._dates_glued_to_named_subjects(g)
        self._genitives_after_a_date_in_the_subject(g)
        # `بوش: سوریه بایستی ... اخراج کند`: the parser made the headline's source the subject and hung the
        # real subject under it; the first bare noun phrase after `:` is the subject
        for v in g.nodes:
            if v.upos != "VERB" or v.index in self._excluded:
                continue
            # (a verb with a subject of its own and a `را` object needs none: the bare noun phrase before it is what
            # the object is taken for, `وزیر ... ادعاهای ... را ریاکاری سیاسی دانست`)
            own = [s for s in g.kids(v.index, "nsubj", "nsubj:pass") if s not in self._excluded] \
                and any(g.nodes[k].text == "را" for o in g.kids(v.index, "obj") for k in g.kids(o, "case"))
            for s in g.kids(v.index, "nsubj", "nsubj:pass"):
                if s not in self._excluded or own:
                    continue
                inner = [c for c in g.subtree(s) if c not in self._excluded and c < v.index
                         and g.nodes[c].upos in nominal and not g.kids(c, "case")
                         and g.nodes[c].deprel in ("nmod", "flat:name", "appos", "conj", "flat")]
                # (or beside it, as an oblique or xcomp without a preposition: `خبرگزاری فارس: یک منبع آگاه ... خبر داد`)
                beside = [c for c in g.kids(v.index, "obl", "xcomp") if c not in self._excluded and c < v.index
                          and g.nodes[c].upos in ("NOUN", "PROPN") and not g.kids(c, "case") and not self._date(c)]
                if inner or beside:
                    g.reattach(min(inner or beside), v.index, "nsubj")
        copular = g.heads_of("cop")
        for v in g.nodes:
            if v.index in copular:   # `برادران و خواهران من، شما شاهد این هستید`
                self._first_or_second_person_subjects(g, v.index)
                self._adverb_subjects(g, v.index)   # `هم‌اکنون این جنگی روانی است`
            if v.upos != "VERB":
                continue
            self._first_or_second_person_subjects(g, v.index)
            self._adverb_subjects(g, v.index)
            for c in g.kids(v.index, "nsubj", "nsubj:pass"):
                if self._date(c):   # `شامگاه 31 شهریور ... قرار گرفت`, `سال گذشته ...`, `ساعتی قبل از ...`
                    g.nodes[c].rel = "advmod"
            for c in g.kids(v.index, "nsubj"):   # `اینکه` is a subordinator, never a subject
                if g.nodes[c].text in self.cues.impersonal_modals:   # nor is `نتوان` (`اگر نتوان ... دید`)
                    g.nodes[c].rel = "aux"
                elif g.nodes[c].text in self.cues.not_arguments \
                        and all(g.nodes[k].deprel == "punct" for k in g.nodes[c].children):
                    g.nodes[c].rel = "mark"
                # a phrase with a preposition is no subject: `علی‌رغم تمام تلاش‌ها ...، ما ... نکرده‌ایم`; nor is
                # a source frame the parser read as a noun (`بنابر اعلام X، وی ...`)
                elif any(k < c and g.nodes[k].text not in self.cues.case_not_prepositions for k in g.kids(c, "case")) \
                        or self._is_attribution_frame(c) \
                        or g.nodes[c].text in self.cues.prepositions_taken_for_nouns and g.kids(c, "nmod"):
                    g.nodes[c].rel = "obl"
            # (a headline's `X:` source is no subject: `پوتین: روسیه از ... حمایت نمی‌کند`)
            subjects = sorted(c for c in g.kids(v.index, "nsubj", "nsubj:pass") if c not in self._excluded)
            # two subjects: the first is the subject, a later bare noun phrase the object (SOV)
            for extra in subjects[1:]:
                if self._title_after_subject(g, subjects[0], extra):
                    continue
                # `رئیس جمهور سابق پرو ... تحت تعقیب قرار دارد`: a country or organisation right after a title
                # subject is the title's genitive
                if self._is_title(g.nodes[subjects[0]]) and max(g.subtree(subjects[0])) == extra - 1 \
                        and extra in self._ent_of and self._ent_of[extra].label in ("GPE", "ORG") \
                        and not g.kids(extra, "case"):
                    g.reattach(extra, subjects[0], "nmod")
                    continue
                # `... به رئیس مجمع عمومی این سازمان اعلام کرد`: a definite noun phrase without `را` is no object;
                # right after a PP it continues the PP's ezafe chain
                host = [o for o in g.kids(v.index, *OBL_RELS) if subjects[0] < o < extra
                        and max(g.subtree(o)) == min(g.subtree(extra)) - 1]
                # (so does any bare noun phrase there after the verb's `را` object: `او را به تحمل 18 ماه حبس محکوم
                # کرد`)
                has_ra = any(g.nodes[k].text == "را" and k < extra
                             for o in g.kids(v.index, "obj") for k in g.kids(o, "case"))
                if host and (g.nodes[min(g.subtree(extra))].text in self.cues.anaphoric_dets or has_ra) \
                        and not g.kids(extra, "case"):
                    last = max(g.subtree(host[0]))
                    while g.nodes[last].upos not in ("NOUN", "PROPN") and g.nodes[last].head is not None \
                            and g.nodes[last].head in g.subtree(host[0]):
                        last = g.nodes[last].head
                    g.reattach(extra, last, "nmod")
                    continue
                before = [c for c in v.children if c < extra and g.nodes[c].deprel in ("obl", "obl:arg")
                          and g.kids(c, "case")]
                # decision 13, what precedes `را` is the object: `چلبی [تشکیل کمیته‌ها ... امنیت] مناطق را`
                ra_obj = [c for c in g.kids(v.index, "obj") if c > extra
                          and any(g.nodes[k].text == "را" for k in g.kids(c, "case"))]
                if ra_obj and min(g.subtree(ra_obj[0])) == max(g.subtree(extra)) + 1 \
                        and g.nodes[min(g.subtree(ra_obj[0]))].upos != "PUNCT" \
                        and g.nodes[extra].upos in nominal and not g.kids(extra, "case") \
                        and ra_obj[0] not in self._ent_of and g.nodes[extra - 1].text not in ("،", ","):
                    g.reattach(ra_obj[0], max(g.subtree(extra)), "nmod")
                    g.nodes[extra].rel = "obj"
                elif extra > 0 and g.nodes[extra - 1].text in ("،", ",") and before and g.nodes[extra].upos != "PRON":
                    g.reattach(extra, before[-1], "conj")   # a list item after `درباره X ،` (`وی` is none)
                elif extra > 1 and g.nodes[extra - 1].text in ("،", ",") \
                        and max(g.subtree(subjects[0])) == extra - 2 and g.kids(extra, "conj"):
                    g.reattach(extra, subjects[0], "conj")   # `صدام، تکریتی و بندر ... محکوم شدند`: one list
                elif g.nodes[extra].upos in nominal and not g.kids(extra, "case") and not g.kids(v.index, "obj") \
                        and not self._intransitive_lvc(g, v.index):
                    g.nodes[extra].rel = "obj"
            # a name is never a bare object (Persian marks a definite object with `را`): a bare named `obj`
            # of a verb without a subject is its subject, and a noun phrase the parser hung on it is the
            # object (`پوتین و نتانیاهو چندین تماس تلفنی با یکدیگر داشتند`)
            # (so is one marked by `را` when a common noun follows the name inside it: `تهران شرایط ترامپ را
            # نخواهد پذیرفت`)
            if not g.kids(v.index, "nsubj", "nsubj:pass"):
                for c in sorted(g.kids(v.index, "obj")):
                    node = g.nodes[c]
                    ra = [k for k in g.kids(c, "case") if g.nodes[k].text == "را"]
                    if c > v.index or len(g.kids(c, "case")) > len(ra) \
                            or not (c in self._ent_of or node.upos == "PROPN") or c in self._excluded:
                        continue
                    ent = self._ent_of.get(c)
                    last = self._entity_words(ent)[-1] if ent is not None else c
                    inner = [k for k in node.children if k > c and g.nodes[k].deprel == "nmod"
                             and g.nodes[k].upos == "NOUN" and not g.kids(k, "case")
                             and (ent is None or self._ent_of.get(k) is not ent)]
                    if ra and not (inner and inner[0] == last + 1 and inner[0] not in self._ent_of):
                        continue
                    node.rel = "nsubj"
                    if inner:
                        g.reattach(inner[0], v.index, "obj")
                        for k in list(node.children):
                            if ra and k > inner[0]:
                                g.reattach(k, inner[0], g.nodes[k].deprel)
                    break
            # the same glue on a named subject of a verb without an object: `اینکه واشنگتن سلاح سنگین در اختیار
            # معارضان ... قرار می‌دهد`
            if not g.kids(v.index, "obj"):
                for c in g.kids(v.index, "nsubj"):
                    ent = self._ent_of.get(c)
                    if ent is None or ent.label not in ("PER", "GPE") or c in self._excluded:
                        continue
                    last = self._entity_words(ent)[-1]
                    # (a title after a name is its apposition: `پرویز مشرف رئیس جمهور پاکستان`)
                    inner = [k for k in g.kids(c, "nmod") if k == last + 1 and g.nodes[k].upos == "NOUN"
                             and k not in self._ent_of and not g.kids(k, "case") and not self._is_title(g.nodes[k])
                             and not self._date(k)]
                    if inner:
                        g.reattach(inner[0], v.index, "obj")
            # a verb has one direct object: of a bare noun phrase and a `را` object after it, the bare one is the
            # subject (`... اعلام کرد یک جوان فلسطینی با خودروی خود سه صهیونیست را ... زیر گرفت`)
            if not g.kids(v.index, *SUBJ_RELS):
                objects = sorted(g.kids(v.index, "obj"))
                marked = [c for c in objects if any(g.nodes[k].text == "را" for k in g.kids(c, "case"))]
                bare = [c for c in objects if c < v.index and not g.kids(c, "case") and c not in self._excluded
                        and g.nodes[c].upos in ("NOUN", "PROPN", "PRON") and marked and c < marked[0]]
                # (only with a PP of the verb between them: side by side they are mostly one ezafe chain the
                # parser split, `شرایط روحی و روانی طرف مقابل را`)
                gap = set(range(max(g.subtree(bare[0])) + 1, min(g.subtree(marked[0])))) if bare else set()
                pps = set().union(*(g.subtree(c) for c in g.kids(v.index, *OBL_RELS) if g.kids(c, "case")))
                if bare and gap and gap <= pps and g.nodes[v.index].feat("Person") not in ("1", "2"):
                    g.nodes[bare[0]].rel = "nsubj"
            # `X را` is the object whatever the parser called it
            for c in list(v.children):
                node = g.nodes[c]
                if node.deprel in ("nsubj", "obl", "nmod") and any(g.nodes[k].text == "را" for k in g.kids(c, "case")):
                    node.rel = "obj"
        self._subjects_hung_on_adjuncts(g)   # (once `را` phrases are objects)
        self._durations_glued_to_subjects(g)
        self._time_pps_inside_subjects(g)
        self._partitives_hung_on_the_verb(g)
        self._pps_glued_to_ra_objects(g)
        self._subjects_after_ra_objects(g)
        self._pronouns_taken_for_determiners_of_nominals(g)
        self._lvc_nominals_holding_their_pp(g)

    def _one_node_per_name(self, g: SentenceGraph) -> None:
        """`"یوسف رضا گیلانی" را ... معرفی کرد` parsed with `یوسف` as the subject and `رضا` as the object: a
        name is one phrase, not two arguments of one verb. Its first word heads it and takes the role of the
        word that carries `را`; the other words hang on it."""
        for ent in {id(e): e for e in self._ent_of.values()}.values():
            words = self._entity_words(ent)
            inside = set(words)
            external = [w for w in words if g.nodes[w].head not in inside]
            # (only a real split: two words of the name as two arguments of one head)
            args = [w for w in external if g.nodes[w].deprel in SUBJ_RELS + OBL_RELS + ("obj",)]
            if len(args) < 2 or len({g.nodes[w].head for w in args}) == len(args) or ent.label != "PER":
                continue   # (a person's name: other entity spans are too often too long to trust here)
            marked = [w for w in args if any(g.nodes[k].text == "را" for k in g.kids(w, "case"))]
            if not marked:   # (only the clear case: one part marked as the object, another taken for the subject)
                continue
            head, rel = g.nodes[marked[0]].head, g.nodes[marked[0]].rel
            first = words[0]
            for w in words[1:]:
                g.reattach(w, first, "flat:name")
            for w in words[1:]:
                for k in list(g.nodes[w].children):
                    if k not in inside:
                        g.reattach(k, first, g.nodes[k].rel)
            g.reattach(first, head, rel)
            for w in words:
                if g.nodes[w].upos in ("VERB", "AUX"):
                    g.nodes[w].pos = "PROPN"

    def _verbs_hung_on_nouns(self, g: SentenceGraph) -> None:
        """`مرز خود را با عراق بسته است` parsed with `بسته است` as part of the name `عراق`: a finite verb with its
        auxiliary heads a clause. It takes the place of the noun phrase it was hung in; that phrase becomes its
        argument (`را`: object; a preposition: oblique; bare: subject)."""
        for v in g.nodes:
            # (or a copular predicate: `کویت خواهان ... است` with `خواهان` read as part of the name)
            verb = v.upos == "VERB" and v.deprel in ("flat", "flat:name", "nmod", "amod", "compound") \
                and g.kids(v.index, "aux", "cop")
            copular = v.deprel in ("flat", "flat:name") and g.kids(v.index, "cop") and v.index not in self._ent_of
            if not (verb or copular) or v.head is None or v.head > v.index:
                continue
            chain, top = [], v.head
            while True:
                chain.append(top)
                up = g.nodes[top].head
                if g.nodes[top].deprel not in ("nmod", "flat", "flat:name", "amod", "conj") or up is None \
                        or up > v.index or g.nodes[up].upos in ("VERB", "AUX"):
                    break
                top = up
            g.promote(v.index, top)
            cases = {g.nodes[k].text for k in g.kids(top, "case")}
            g.reattach(top, v.index, "obj" if "را" in cases else "obl" if cases else "nsubj")
            for n in chain[:-1]:
                if any(g.nodes[k].text != "را" for k in g.kids(n, "case")):
                    g.reattach(n, v.index, "obl")

    @staticmethod
    def _set_taken_for_a_copula(g: SentenceGraph) -> None:
        """`... لباس گرم، ست ظرف 24028 کارتن ...` with `ست` ("set", a unit) tagged as the copula: the copula `ست` is
        always written glued to its predicate (`زیباست`, split off by the segmenter into a word of that token), so a
        `ست` that is a token of its own is the noun."""
        for n in g.nodes:
            if n.text != "ست" or n.upos not in ("AUX", "VERB") or any(
                    m.token == n.token for m in g.nodes if m.index != n.index):
                continue
            n.pos = "NOUN"
            if n.deprel == "cop" and n.head is not None:
                n.rel = "dep"

    def _stem_compounds_split(self, g: SentenceGraph) -> None:
        """`با بغداد گفت و گو کنند`, `ساخت و ساز در کرانه باختری`, `در جریان گفت و گوی خود با خرازی ... مطرح کرد`
        parsed with the first stem as a verb ("said") or the pair as two conjuncts: a noun of two stems joined by
        `و` (cue stem_compounds) is one word, the nominal of a light verb right after it; else a noun, and a clause
        the parser built on it belongs to the next verb."""
        nodes = g.nodes
        for n in nodes:
            i = n.index
            if i + 2 >= len(g) or nodes[i + 1].text != "و" or not any(
                    n.text == a and nodes[i + 2].text.startswith(b)
                    and nodes[i + 2].text[len(b):] in self.cues.stem_compound_endings
                    for a, b in self.cues.stem_compounds):
                continue
            was_verb = n.upos in ("VERB", "AUX")
            n.pos = "NOUN"
            parts = (i + 1, i + 2)
            for k in parts:
                if i in g.subtree(k):
                    g.promote(i, k)
            for k in parts:
                for c in list(nodes[k].children):
                    if c not in parts:
                        g.reattach(c, i, nodes[c].rel)
                g.reattach(k, i, "fixed")
            after = i + 3 if i + 3 < len(g) and nodes[i + 3].upos == "VERB" else None
            light = after is not None and past_stem(nodes[after].lemma or "") in self.cues.generic_light_verbs
            verb = after if light else next((k for k in range(i + 3, len(g)) if nodes[k].upos == "VERB" and not any(
                nodes[m].text == "که" for m in g.kids(k, "mark"))), None) if was_verb else None
            if verb is None:
                continue
            if verb in g.subtree(i):
                g.promote(verb, i)
                for c in list(n.children):   # the clause the parser built on the stem is the verb's
                    if c not in parts:
                        g.reattach(c, verb, nodes[c].rel)
            if light:
                for c in g.kids(verb, "compound:lvc"):
                    g.nodes[c].rel = "obj"
                g.reattach(i, verb, "compound:lvc")
            elif i > 0 and nodes[i - 1].upos in ("NOUN", "PROPN"):   # `در جریان گفت و گوی خود`
                g.reattach(i, i - 1, "nmod")
            elif i > 0 and nodes[i - 1].upos == "ADP":   # `در گفت و گو با ...`
                g.reattach(i - 1, i, "case")
                g.reattach(i, verb, "obl")
            elif i > 1 and nodes[i - 1].text == "و" and nodes[i - 2].upos == "NOUN":   # `برای مذاکره و گفت و گو`
                g.reattach(i - 1, i, "cc")
                g.reattach(i, i - 2, "conj")
            elif i == 0 or nodes[i - 1].upos == "PUNCT":   # `گفت و گو با ایران ادامه دارد`
                g.reattach(i, verb, "nsubj")
            else:   # (its role is not clear: no argument rather than a wrong one)
                g.reattach(i, verb, "dep")

    def _modifiers_spelled_like_verbs(self, g: SentenceGraph) -> None:
        """`کوچک‌زاده ... درباره اکثریت مجلس دهم، گفت` with `دهم` ("tenth") read as a verb ("I give") heading the
        clause: after a noun that is no light-verb nominal of that verb it is the noun's ordinal. Its dependents go to
        the clause's real verb, the next verb outside a relative clause (under a copula: to the predicate nominal
        before it, `بنده در جریان اقدامات دولت دهم نیستم`); a noun it took as an argument is the genitive of the
        noun phrase before it (`سیاست‌های عدالت محورانه دولت دهم ...`). So is `کرد` ("Kurdish") after a plural
        (`شبه‌نظامیان کرد، کنترل شهر ... را واگذار می‌کنند`); the plural the parser took for its nominal is the
        clause's subject."""
        for n in g.nodes:
            i = n.index
            if n.upos != "VERB" or i == 0:
                continue
            noun = g.nodes[i - 1]
            # (not an indefinite plural, nor one before a verb with an object: `صدها شکایت از افرادی کرد`)
            plural = noun.upos == "NOUN" and noun.feat("Number") == "Plur" and not g.kids(i, "obj") \
                and (not noun.text.endswith("ی") or noun.text.endswith("های"))
            if not (n.text in self.cues.ordinal_homographs or n.text in self.cues.nationality_homographs and plural):
                continue
            lvc = [c for c in g.kids(i, "compound:lvc") if c != noun.index or not plural]
            if noun.upos not in ("NOUN", "PROPN") or lvc or g.kids(i, "aux") \
                    or self._lvc_nominal(noun.text, n.lemma):
                continue
            ra = [c for c in g.kids(i, "case") if g.nodes[c].text == "را"]
            if noun.deprel == "compound:lvc":   # (the object when `را` follows: `شبه‌نظامیان کرد را ... دور کند`)
                noun.rel = "obj" if ra else "nsubj"
            for c in ra:
                g.reattach(c, noun.index, "case")
            if g.kids(i, "cop"):
                head = max((c for c in g.kids(i, *OBL_RELS, "xcomp") if c < i - 1), default=None)
            else:
                head = next((v for v in range(i + 1, len(g)) if g.nodes[v].upos == "VERB"
                             and not any(g.nodes[m].text == "که" for m in g.kids(v, "mark"))), n.head)
            if head is None:
                continue
            if head in g.subtree(i):
                g.promote(head, i)
            if noun.head == i:
                before = [c for c in n.children if c < noun.index and g.nodes[c].upos in ("NOUN", "PROPN")]
                g.reattach(noun.index, before[-1] if before else head, "nmod" if before else noun.rel)
            for c in list(n.children):
                g.reattach(c, head, g.nodes[c].rel)
            g.reattach(i, noun.index, "amod")
            n.pos = "ADJ"
            # (an adjective right after it goes on the same noun: `شبه‌نظامیان کرد موسوم به «نیروهای دموکراتیک سوریه»`)
            if plural and i + 1 < len(g) and g.nodes[i + 1].upos == "ADJ" and g.nodes[i + 1].head != noun.index:
                g.reattach(i + 1, noun.index, "amod")

    @staticmethod
    def _quoted_names_taken_for_conjuncts(g: SentenceGraph) -> None:
        """`هیئت "بازخواست و عدالت" عراق ... منع کرد` parsed with the quoted words as conjuncts of `هیئت`: a quote
        opened right after a noun names it (`شبکه «اسکای نیوز»`); the `و` inside is part of the name. So is a `و`
        between two words of one quote (`توسط «کنفرانس امنیت و همکاری در اروپا» ایجاد شد`)."""
        for n in g.nodes:
            h, i = n.head, n.index
            if n.deprel != "conj" or h is None or h != i - 2 or g.nodes[h].upos not in ("NOUN", "PROPN"):
                continue
            if g.opens_quote(i - 1):
                g.reattach(i, h, "nmod")
        for lo in [n.index for n in g.nodes if n.text in ("«", "\u201c")]:
            hi = next((k for k in range(lo + 1, len(g)) if g.nodes[k].text in QUOTES), None)
            # (a name: not a quoted predicate, `اتهامات را «واهی و بی اساس» دانست`)
            if hi is None or g.nodes[hi].text not in ("»", "\u201d") or g.nodes[lo + 1].upos not in ("NOUN", "PROPN") \
                    or any(g.nodes[k].upos in ("VERB", "AUX", "PUNCT") for k in range(lo + 1, hi + 2) if k < len(g)
                           and k != hi):
                continue
            for k in range(lo + 1, hi):
                if g.nodes[k].deprel == "conj" and g.nodes[k].head is not None and lo < g.nodes[k].head < hi:
                    g.nodes[k].rel = "nmod"
                    for c in g.kids(k, "cc"):   # (its `و` is a word of the name, as in a fixed expression)
                        g.nodes[c].rel = "fixed"

    def _quoted_names_taken_for_appositions(self, g: SentenceGraph) -> None:
        """`بین ارتش و نیروهای طرفدار «منصور هادی»` parsed with the name as an apposition of `ارتش`: a quote opened
        right after a noun or its adjective (no comma) names that noun's genitive; an apposition follows a title
        (`وزیر خارجه آمریکا «X»`) or a comma."""
        for q in g.nodes:
            i = q.index - 1   # the opening quote
            if i < 1 or q.deprel != "appos" or q.head is None or q.head >= i - 1 or self._is_title(g.nodes[q.head]):
                continue
            w = g.nodes[i - 1]
            opens = g.opens_quote(i)
            noun = w.index if w.upos in ("NOUN", "PROPN") else w.head if w.upos == "ADJ" and w.deprel == "amod" else None
            if not opens or noun is None or self._is_title(g.nodes[noun]) or noun in g.subtree(q.index):
                continue
            g.reattach(q.index, noun, "nmod")

    def _titles_of_named_pps_taken_for_subjects(self, g: SentenceGraph) -> None:
        """`که با «ویلیام لوتی» دستیار معاون وزیر دفاع آمریکا ... همکاری می‌کرد` parsed with the title as the
        clause's subject: a title right after a person's name that a preposition governs (no comma between) is that
        name's apposition (not after a name inside a PP's phrase: `در پایان این بازی لوئیس انریکه سرمربی بارسا`); the clause's subject is found elsewhere (here the relative clause's antecedent)."""
        for t in g.nodes:
            k = t.index - 1
            while k >= 0 and g.nodes[k].text in QUOTES:
                k -= 1
            if t.deprel not in SUBJ_RELS or not self._is_title(t) or k < 0 \
                    or not (k in self._ent_of and self._ent_of[k].label == "PER" or g.nodes[k].upos == "PROPN"):
                continue
            top = k
            while g.nodes[top].head is not None and (g.nodes[top].deprel in ("flat", "flat:name") or top in self._ent_of
                                                     and self._ent_of.get(g.nodes[top].head) is self._ent_of[top]):
                top = g.nodes[top].head
            if g.nodes[top].deprel not in (*OBL_RELS, "nmod") or not any(g.nodes[c].text != "را" for c in g.kids(top, "case")):
                continue
            g.reattach(t.index, top, "appos")

    def _subjects_taken_into_source_frames(self, g: SentenceGraph) -> None:
        """`به گزارش فارس به نقل از رادیو و تلویزیون رژیم صهیونیستی، "ولادمیر پوتین" ... را رد کرد` parsed with the
        name as one more conjunct of the opening source frame: the noun right after the frame's comma is the subject
        of the sentence's verb when that verb has none (a source frame ends at its first comma, and what comes before
        that comma is the frame's)."""
        root = next((n.index for n in g.nodes if n.head is None and n.upos == "VERB"), None)
        if root is None or g.kids(root, *SUBJ_RELS) \
                or not any(0 in g.occurrences(f) for f in self.cues.attribution_frames):
            return
        comma = next((n.index for n in g.nodes if n.text in ("،", ",")), None)
        w = comma + 1 if comma is not None else len(g)
        while w < root and g.nodes[w].text in QUOTES:
            w += 1
        n = g.nodes[w] if w < root else None
        if n is not None and n.deprel == "conj" and n.upos in ("NOUN", "PROPN") and n.head is not None \
                and n.head < comma:
            g.reattach(w, root, "nsubj")
            frame = next((c for c in g.kids(root) if 0 in g.subtree(c)), None)
            for c in g.kids(root, *OBL_RELS):   # (the frame's place is the frame's: `به گزارش خبرگزاری فارس از گرگان،`)
                if frame is not None and c != frame and c < comma:
                    g.reattach(c, frame, "nmod")

    def _compound_prepositions_split(self, g: SentenceGraph) -> None:
        """`تعداد اسرا رو به افزایش است` parsed with `رو` as a case word of the subject: two adjacent prepositions that
        make a compound one (`رو به`, cue compound_prepositions) mark the same noun, the second's."""
        for n in g.nodes:
            nxt = n.index + 1
            if n.upos != "ADP" or n.deprel != "case" or nxt >= len(g.nodes) or g.nodes[nxt].upos != "ADP" \
                    or g.nodes[nxt].deprel != "case" or g.nodes[nxt].head == n.head or g.nodes[nxt].head is None \
                    or f"{n.text} {g.nodes[nxt].text}" not in self.cues.compound_prepositions:
                continue
            g.reattach(n.index, g.nodes[nxt].head, "case")

    def _prepositions_heading_their_objects(self, g: SentenceGraph) -> None:
        """`رهبران احزاب مخالف پاکستان جهت بازگشت «بی‌نظیر بوتو» ... تقاضای کمک کردند`, `... جهت شرکت در مراسم ...
        به سر می‌برند` parsed with a one-word preposition (cue `prepositions_taken_for_nouns`) as the head of its
        object, as an argument or inside the subject: the object heads the phrase with the preposition as its `case`,
        and the phrase is an oblique of the verb (a purpose or a circumstance, not the subject or part of it)."""
        for p in g.nodes:
            # (inside a noun phrase only when tagged a preposition: `دانشجویان پیرو خط امام` are followers)
            if p.text not in self.cues.prepositions_taken_for_nouns or g.kids(p.index, "case") or p.head is None \
                    or p.index in self._ent_of or p.deprel not in (*SUBJ_RELS, "obj", "nmod", *OBL_RELS) \
                    or p.deprel == "nmod" and p.upos != "ADP":
                continue
            obj = next((k for k in g.kids(p.index, "nmod") if k == p.index + 1
                        and g.nodes[k].upos in ("NOUN", "PROPN")), None)
            top = p.index
            while g.nodes[top].deprel in ("nmod", "amod", "flat", "flat:name", "conj") and g.nodes[top].head is not None:
                top = g.nodes[top].head
            verb = g.nodes[top].head if top != p.index else p.head
            # (inside a noun phrase, only the subject's: a PP's noun phrase keeps it, `با اختصاص 12 میلیارد ریال
            # تسهیلات جهت آزادی زندانیان ... موافقت کرد`)
            if obj is None or verb is None or g.nodes[verb].upos != "VERB" or verb < p.index \
                    or top != p.index and g.nodes[top].deprel not in SUBJ_RELS:
                continue
            g.promote(obj, p.index)
            g.reattach(p.index, obj, "case")
            g.reattach(obj, verb, "obl")

    def _quoted_names_taken_for_arguments(self, g: SentenceGraph) -> None:
        """`روزنامه «نزاویسمایا گازتا» ... خبر داده بود`, `کنترل شهر «عین عیسی» را ... واگذار می‌کنند` parsed with the
        quoted name as an argument of the verb (or the noun hung on it): a quote opened right after a noun names
        that noun (its genitive); a `را` right after the name closes the whole phrase, which is then the object."""
        for q in g.nodes:
            i = q.index - 1   # the opening quote
            if i < 1 or q.head is None or q.deprel not in (*SUBJ_RELS, "obj", *OBL_RELS):
                continue
            noun = g.nodes[i - 1]
            opens = g.opens_quote(i)
            close = next((k for k in range(q.index + 1, len(g)) if g.nodes[k].text in QUOTES), None)
            hung = noun.head == q.index and noun.deprel in SUBJ_RELS   # (the noun hung on the name: `روزنامه`)
            if not opens or close is None or noun.upos != "NOUN" or noun.head is None \
                    or noun.index in g.subtree(q.index) and not hung \
                    or any(g.nodes[k].upos not in ("NOUN", "PROPN", "ADJ", "CCONJ") for k in range(q.index, close)) \
                    or any(g.kids(k, "case") for k in range(q.index + 1, close)) \
                    or g.text_of([i - 2, i - 1]) in self.cues.list_openers:
                continue
            top = q.index if hung else noun.index   # the argument whose phrase the noun closes
            while g.nodes[top].head is not None and g.nodes[top].deprel in ("nmod", "amod", "flat", "flat:name"):
                top = g.nodes[top].head
            # (not a phrase with a preposition or a pointing determiner, `در این دیدار "محمد ناصیف" ... حضور داشتند`;
            # a `را` the name carries must follow it: `ساز و کار «اینستکس» دارایی‌های ایران را` is no such case)
            ra = g.kids(q.index, "case")
            if any(g.nodes[c].text != "را" for c in g.kids(top, "case") + ra) or ra and ra != [close + 1] \
                    or any(g.nodes[d].text in self.cues.anaphoric_dets for d in g.kids(noun.index, "det")):
                continue
            # (a subject made the object leaves the verb another subject before it; else the name is the object:
            # `حزب مردم "یوسف رضا گیلانی" را معرفی کرد`)
            verb = g.nodes[top].head
            if ra and g.nodes[top].deprel in SUBJ_RELS \
                    and not any(s < top for s in g.kids(verb, *SUBJ_RELS) + g.kids(top, *SUBJ_RELS)):
                continue
            if hung:
                g.promote(noun.index, q.index)
                top = noun.index
            g.reattach(q.index, noun.index, "nmod")
            for k in range(q.index + 1, close):   # (the name's other words are its own: `«نزاویسمایا گازتا»`)
                if g.nodes[k].head not in range(q.index, close) or g.nodes[k].deprel in (*SUBJ_RELS, "obj"):
                    g.reattach(k, q.index, "flat:name")
            for c in ra:
                g.reattach(c, top, "case")
                if g.nodes[top].deprel in SUBJ_RELS:
                    g.nodes[top].rel = "obj"
            # (a bare noun the parser made a second argument right after the name goes on with the phrase:
            # `روزنامه «نزاویسمایا گازتا» چاپ روسیه`)
            after = g.nodes[close + 1] if close + 1 < len(g) else None
            if not ra and after is not None and after.upos == "NOUN" and after.head == g.nodes[top].head \
                    and after.deprel in (*SUBJ_RELS, "obj") and not g.kids(after.index, "case"):
                g.reattach(after.index, noun.index, "nmod")

    def _final_past_stems_taken_for_nouns(self, g: SentenceGraph) -> None:
        """`شهروند روس ... به خانه بازگشت` with `بازگشت` tagged a noun ("return"): a sentence whose main clause has
        no verb and that ends in a past stem ends in that verb, which heads the clause (Persian is verb-final)."""
        words = [n for n in g.nodes if n.upos != "PUNCT"]
        root = next((n.index for n in g.nodes if n.head is None), None)
        if not words or root is None or g.nodes[root].upos in ("VERB", "AUX") or g.kids(root, "cop"):
            return
        v = words[-1]
        if v.upos != "NOUN" or v.text not in present_stems() or g.kids(v.index, "case"):
            return
        v.pos = "VERB"
        if root == v.index:
            return
        g.promote(v.index, root)
        cases = {g.nodes[k].text for k in g.kids(root, "case")}
        g.reattach(root, v.index, "obj" if "را" in cases else "obl" if cases else "nsubj")
        for k in list(g.nodes[root].children):
            if g.nodes[k].deprel in SUBJ_RELS + OBL_RELS + ("obj", "advmod", "punct", "acl", "advcl"):
                g.reattach(k, v.index, g.nodes[k].deprel)

    @staticmethod
    def _root_past_stems_taken_for_nouns(g: SentenceGraph) -> None:
        """`پژوهشگر بحرینی ... از صلیب سرخ جهانی ... خواست به مسئولیت خود ... عمل کند` with `خواست` tagged a noun
        ("demand") and the root: a root past stem with a subject before it and a complement clause after it is the
        main verb."""
        root = next((n for n in g.nodes if n.head is None), None)
        if root is None or root.upos != "NOUN" or root.text not in present_stems() \
                or g.kids(root.index, "case", "cop", "det", "amod"):
            return
        if any(s < root.index for s in g.kids(root.index, *SUBJ_RELS)) \
                and any(c > root.index and g.nodes[c].upos == "VERB" for c in g.kids(root.index, "ccomp", "xcomp")):
            root.pos = "VERB"

    def _parties_of_a_reciprocal(self, g: SentenceGraph) -> None:
        """`ما مذاکرات بسیاری با یکدیگر (ایران و سوریه) داشتیم`: the names in parentheses after `با یکدیگر` are
        the parties; they take the pronoun's place in the verb's PP."""
        for r in g.nodes:
            case = [k for k in g.kids(r.index, "case") if k < r.index]
            if r.text not in self.cues.reciprocal_pronouns or not case or r.index + 1 >= len(g.nodes) \
                    or g.nodes[r.index + 1].text != "(":
                continue
            close = next((k for k in range(r.index + 2, len(g.nodes)) if g.nodes[k].text in ("(", ")")), None)
            inside = set(range(r.index + 2, close)) if close is not None and g.nodes[close].text == ")" else set()
            heads = [k for k in inside if g.nodes[k].head not in inside and g.nodes[k].upos in ("NOUN", "PROPN")]
            verb = next((a for a in g.ancestors(r.index) if g.nodes[a].upos == "VERB"), None)
            if len(heads) != 1 or verb is None:
                continue
            h = heads[0]
            g.reattach(h, verb, "obl")
            for k in case:
                g.reattach(k, h, "case")
            g.reattach(r.index, h, "dep")
            for k in (r.index + 1, close):
                g.reattach(k, h, "punct")

    def _names_taken_for_lvc_nominals(self, g: SentenceGraph) -> None:
        """`سوریه را متهم به ارسال تسلیحات نظامی به عراق کرده بود` with `به عراق` read as the light verb's nominal:
        a name with a preposition is a PP. When another nominal (`متهم`) is the verb's, it continues the noun phrase
        right before it; else it is the verb's."""
        for n in g.nodes:
            verb = n.head
            ent = self._ent_of.get(n.index)
            first = self._entity_words(ent)[0] if ent is not None else n.index
            if n.deprel == "compound:lvc" and first < n.index:
                # `به پیونگ یانگ می‌رود`: the name's last word is no nominal, the name is the argument (and where the
                # parser hung the name's first word, `اقدام رژیم صهیونیستی خواند`, its last one goes too)
                g.reattach(n.index, first, "flat:name")
                continue
            case = [k for k in g.kids(n.index, "case") if k < n.index]
            if n.deprel != "compound:lvc" or n.index not in self._ent_of or verb is None:
                continue
            if not case:   # `مسکو خواستار تحقیقات ... در «ادلب» سوریه شد`: the name closes the noun phrase
                other = self._complement_nominals_before(g, n.index, verb)
                host = n.index - 1
                while host >= 0 and g.nodes[host].upos == "PUNCT":
                    host -= 1
                if other and host > other[-1] and g.nodes[host].upos in ("NOUN", "PROPN"):
                    g.reattach(other[-1], verb, "compound:lvc")
                    g.reattach(n.index, host, "nmod")
                    # what the verb holds between the nominal's complement and the name is the complement's
                    comp = next((k for k in g.kids(other[-1], "nmod") if k > other[-1] and not g.kids(k, "case")), None)
                    for c in g.kids(verb, *OBL_RELS):
                        if comp is not None and comp < c < n.index:
                            g.reattach(c, comp, "nmod")
                continue
            before = min(case) - 1
            host = before
            while host >= 0 and g.nodes[host].upos not in ("NOUN", "PROPN") and g.nodes[host].head is not None \
                    and g.nodes[host].head < host:
                host = g.nodes[host].head
            # (only when another nominal, `متهم`, is the verb's: `به مسکو می‌رود` is the verb's PP); a complement
            # nominal hung elsewhere is the verb's (`"مقتدا صدر" ... خواستار آزادی گروگان‌ها در عراق شد`)
            nominal = any(g.nodes[x].upos in ("ADJ", "NOUN") for x in g.kids(verb, "xcomp") if x < n.index)
            if not nominal:
                other = self._complement_nominals_before(g, n.index, verb)
                if other:
                    g.reattach(other[-1], verb, "compound:lvc")
                    nominal = True
            if nominal and before >= 0 and g.nodes[before].upos in ("NOUN", "PROPN", "ADJ") and host >= 0 \
                    and g.nodes[host].upos in ("NOUN", "PROPN") and verb not in g.subtree(host):
                g.reattach(n.index, host, "nmod")
            else:
                n.rel = "obl"

    def _complement_nominals_before(self, g: SentenceGraph, i: int, verb: int) -> list[int]:
        """Complement nominals (`خواستار`, `مانع`) before word ``i`` that hang outside ``verb``'s subtree, bare."""
        return [x for x in range(i) if g.nodes[x].text in self.cues.complement_nominals
                and verb not in g.subtree(x) and not g.kids(x, "case")]

    @staticmethod
    def _verbs_inside_parentheses(g: SentenceGraph) -> None:
        """`اداره فدرال تحقیقات آمریکا (اف. بی. آی) ... بازداشت کرد` with `بی` read as the main verb: a word in
        parentheses is an aside (an abbreviation, a gloss), never the head of the clause around it."""
        for lo, hi in g.parenthesized():
            root = next((n.index for n in g.nodes if n.head is None), None)
            for v in range(lo + 1, hi):
                node = g.nodes[v]
                outside = [c for c in node.children if not lo <= c <= hi]
                if node.upos not in ("VERB", "AUX"):
                    # `اداره فدرال تحقیقات آمریکا (اف. بی. آی) ... بازداشت کرد` with the subject hung on `بی`: an
                    # aside holds no argument; the clause's are the main verb's, the aside names what precedes it
                    subjects = [c for c in outside if g.nodes[c].deprel in SUBJ_RELS and c < lo]
                    if subjects and root is not None and root > hi and g.nodes[root].upos == "VERB" \
                            and not g.kids(root, *SUBJ_RELS):
                        for c in outside:
                            g.reattach(c, root, g.nodes[c].rel if g.nodes[c].deprel != "dep" else "obl")
                        if node.head is not None and not lo <= node.head <= hi:
                            g.reattach(v, subjects[0], "appos")
                    continue
                verbs = [c for c in outside if c > hi and g.nodes[c].upos == "VERB"]
                if not verbs:
                    continue
                main = verbs[-1]
                g.promote(main, v)
                g.reattach(v, main, "dep")
                node.pos = "PROPN"
                for c in outside:
                    if c != main:
                        g.reattach(c, main, g.nodes[c].rel)

    @staticmethod
    def _asides_taken_for_arguments(g: SentenceGraph) -> None:
        """`در بروکسل (مقر اتحادیه اروپا) برگزار می‌شود`, `هوگو لوریس (دروازه‌بان تاتنهام) به منچستریونایتد بیاید`
        parsed with the words in parentheses as an argument of the verb: an aside with no verb names or glosses the
        word before it (its apposition); one that opens the sentence (`(1)`, a note's number) is nobody's argument."""
        for lo, hi in g.parenthesized():
            if hi == lo + 1 or any(g.nodes[k].upos in ("VERB", "AUX") for k in range(lo + 1, hi)):
                continue
            tops = [k for k in range(lo + 1, hi) if g.nodes[k].head is not None and not lo <= g.nodes[k].head <= hi]
            if len(tops) != 1 or g.nodes[tops[0]].deprel not in (*SUBJ_RELS, "obj", "obl", "obl:arg", "conj") \
                    or g.kids(tops[0], "case"):
                continue
            top = g.nodes[tops[0]]
            before = lo - 1
            while before >= 0 and g.nodes[before].text in QUOTES:
                before -= 1
            if before >= 0 and g.nodes[before].upos in ("NOUN", "PROPN", "NUM", "ADJ") and before not in g.subtree(top.index):
                head, rel = before, "appos"
            elif before < 0:
                head, rel = top.head, "dep"
            else:
                continue
            for c in list(top.children):   # (what the aside governed outside it was the clause's)
                if not lo <= c <= hi:
                    g.reattach(c, top.head, g.nodes[c].rel)
            g.reattach(top.index, head, rel)

    def _names_taken_for_modifiers(self, g: SentenceGraph) -> None:
        """`از آن تاریخ تاکنون پوتین و نتانیاهو چندین تماس تلفنی ... داشتند`: a name is never an adjective;
        hung as one on an adjunct, it is the subject of that adjunct's verb, and a bare subject after it the
        object."""
        for n in g.nodes:
            if n.deprel != "amod" or n.head is None or not (n.index in self._ent_of or n.upos == "PROPN"):
                continue
            adjunct = g.nodes[n.head]
            verb = adjunct.head
            if adjunct.deprel not in OBL_RELS or verb is None or g.nodes[verb].upos != "VERB" or verb < n.index:
                continue
            first = g.nodes[min(g.subtree(n.index))]   # an adverb between the adjunct and the name closes the adjunct
            if first.upos != "ADV" and first.text not in self.cues.adverb_nouns:
                continue
            subjects = g.kids(verb, *SUBJ_RELS)
            if any(s < n.index or s in self._ent_of for s in subjects):
                continue
            for s in subjects:
                if not g.kids(verb, "obj") and not g.kids(s, "case"):
                    g.nodes[s].rel = "obj"
            g.reattach(n.index, verb, "nsubj")
            for c in g.kids(n.index, "advmod"):
                if c < n.index:
                    g.reattach(c, verb, "advmod")

    def _genitives_after_bare_plurals(self, g: SentenceGraph) -> None:
        """`در پی فک این پلمپ‌ها ایران نوسازی ... را آغاز کرد` with `ایران` hung on `پلمپ‌ها` as its genitive: a
        plural in `ها` takes a genitive only through the ezafe, written `های` (PerDT: 2 such nouns in 49,000 test
        and dev words take one, in a quoted verse and its translation), so the noun after it starts a phrase of its
        own: the subject of the verb when the verb has none."""
        for n in g.nodes:
            h = n.head
            if n.deprel != "nmod" or h is None or n.index != h + 1 or n.upos not in ("NOUN", "PROPN") \
                    or g.kids(n.index, "case") or not g.nodes[h].text.endswith("ها") or g.nodes[h].upos != "NOUN":
                continue
            verb = next((a for a in g.ancestors(h) if g.nodes[a].upos == "VERB"), None)
            if verb is None or verb < n.index:
                continue
            ra = max(g.subtree(n.index)) + 1
            if ra < len(g.nodes) and g.nodes[ra].text == "را":   # (`در تمام این گزارش‌ها ایران را ... قرار داده`: the object)
                if not g.kids(verb, "obj"):
                    g.reattach(n.index, verb, "obj")
                    g.reattach(ra, n.index, "case")
            elif not g.kids(verb, *SUBJ_RELS):
                g.reattach(n.index, verb, "nsubj")

    def _place_subordinators(self, g: SentenceGraph) -> None:
        """`از آنجا که برنامه‌ای وجود نداشت، راه به جایی نبردیم` parsed with the clause relative on `آنجا`: `از آنجا
        که` (cue `place_subordinators`) is one subordinator (since); its clause is an adverbial clause of the verb the
        place word hung on, and the words are its markers, neither an antecedent nor a PP."""
        for phrase in self.cues.place_subordinators:
            for s in g.occurrences(phrase):
                place, mark = s + 1, s + len(phrase) - 1
                verb = g.nodes[mark].head
                if verb is None or g.nodes[verb].head != place or g.nodes[place].head is None:
                    continue
                g.promote(verb, place)
                g.nodes[verb].rel = "advcl"
                for k in range(s, mark):
                    g.reattach(k, verb, "mark")

    @staticmethod
    def _objects_after_their_verb(g: SentenceGraph) -> None:
        """`همان طور که می‌بینیم ترکیه و پاکستان محدودیت‌هایی را ... ایجاد کرده‌اند`, `تلاش کنید همه اجناس ایرانی
        باشد`: a Persian object comes before its verb, so a bare noun phrase the parser made the object of the verb
        before it opens the next clause: it is that clause's subject (or nobody's argument)."""
        for o in g.nodes:
            v = o.head
            if o.deprel != "obj" or v is None or v > o.index or g.nodes[v].upos != "VERB" \
                    or o.upos not in ("NOUN", "PROPN") or g.kids(o.index, "case"):
                continue
            nxt = next((w.head if w.deprel == "cop" else w.index for w in g.nodes[o.index + 1:]
                        if w.deprel == "cop" or w.upos == "VERB" and w.deprel not in ("aux", "aux:pass", "compound:lvc")),
                       None)
            if nxt is not None and not g.kids(nxt, *SUBJ_RELS) and o.index not in g.ancestors(nxt) \
                    and not any(w.text == "که" for w in g.nodes[o.index + 1:nxt]):
                g.reattach(o.index, nxt, "nsubj")
            else:
                o.rel = "dep"

    def _pps_hung_on_adverbs(self, g: SentenceGraph) -> None:
        """`... تنها از طریق راه‌های سیاسی و مذاکره قابل دسترسی است` parsed with the PP as a genitive of `تنها`: an
        adverb takes no prepositional phrase; the PP belongs to what the adverb modifies (but `خیلی از مسائل`:
        cue `partitive_adverbs`; and an adverb a copula makes the predicate keeps its PP)."""
        for a in g.nodes:
            h = a.head
            if a.upos != "ADV" or h is None or a.deprel != "advmod" or g.kids(a.index, "cop") \
                    or a.text in self.cues.partitive_adverbs:
                continue
            for c in g.kids(a.index, "nmod", "obl"):
                if c > a.index and self._preposition(c):
                    g.reattach(c, h, "obl")

    def _nominals_hung_on_adverbs(self, g: SentenceGraph) -> None:
        """`ابتدا پاول با شارون ... گفتگو خواهد کرد`, `احتمالا هیئت رئیسه، جلسه بعدی خود را ...`: an adverb takes no
        ezafe noun, so the noun phrase the parser hung on it as a genitive takes the adverb's place in the clause;
        a bare one becomes the subject when the verb has none before it, one with `را` the object, one with a
        preposition an oblique. (After a time noun, `امروز ایران`, only a name: there the genitive is real.)"""
        nominal = ("NOUN", "PROPN", "PRON")
        for a in g.nodes:
            verb = a.head
            tanween = a.text in self.cues.tanween_adverbs
            if not (tanween or a.text in self.cues.adverb_nouns) or verb is None \
                    or not (g.nodes[verb].upos == "VERB" or g.kids(verb, "cop")) \
                    or a.deprel not in OBL_RELS + SUBJ_RELS + ("advmod", "obj") \
                    or any(g.nodes[c].text != "را" for c in g.kids(a.index, "case")):
                continue
            n = next((c for c in g.kids(a.index, "nmod") if min(g.subtree(c)) == a.index + 1 and g.nodes[c].upos in nominal
                      and (tanween or c in self._ent_of) and not g.kids(c, "case")), None)
            if n is None:
                continue
            if a.deprel in SUBJ_RELS + ("obj",):
                rel = a.deprel
            elif g.kids(a.index, "case"):
                rel = "obj"
            elif any(s < n for s in g.kids(verb, *SUBJ_RELS)) or g.nodes[verb].deprel == "acl":
                continue   # (in a relative clause the gap is mostly the subject: `بودجه‌ای که احتمالا خلا ... را پر خواهد کرد`)
            else:
                rel = "nsubj"
            g.promote(n, a.index)
            g.nodes[n].rel = rel
            for c in list(g.nodes[a.index].children):
                if c > n:
                    g.reattach(c, n, g.nodes[c].rel)
            g.reattach(a.index, verb, "advmod")

    def _argument_pps_on_anaphoric_adjuncts(self, g: SentenceGraph) -> None:
        """`پوتین در این دیدار درباره همکاری‌های دو جانبه ... گفت‌وگو کرد`: an adjunct that points back
        (`در این دیدار`) is complete; an argument PP the parser hung on it belongs to the verb."""
        for a in g.nodes:
            verb = a.head
            if a.deprel not in OBL_RELS or verb is None or g.nodes[verb].upos != "VERB" \
                    or self._preposition(a.index) not in self.cues.adjunct_preps \
                    or not any(g.nodes[d].text in self.cues.anaphoric_dets for d in g.kids(a.index, "det")):
                continue
            for c in g.kids(a.index, "nmod"):
                if c > a.index and self._preposition(c) in self.cues.argument_preps:
                    g.reattach(c, verb, "obl")

    def _list_items_after_a_pp(self, g: SentenceGraph) -> None:
        """`درباره همکاری‌های دو جانبه، مسائل بین‌المللی و منطقه‌ای ... گفت‌وگو کرد`: a bare object right
        after `PP ،` is the next item of the PP's list, not the verb's object. So is a subject there when it names
        what the PP's noun names and the list goes on (`به عربستان سعودی، امارات عربی متحده و کویت سفر کند`)."""
        for o in g.nodes:
            verb = o.head
            if o.deprel not in ("obj", "nsubj") or verb is None or g.nodes[verb].upos != "VERB" \
                    or g.kids(o.index, "case") or o.index < 2 or g.nodes[o.index - 1].text not in ("،", ","):
                continue
            if min(g.subtree(o.index)) < o.index - 1:   # the phrase starts at the object (or its comma)
                continue
            for p in g.kids(verb, *OBL_RELS):
                if p < o.index and max(g.subtree(p)) == o.index - 2 \
                        and self._preposition(p) in self.cues.argument_preps \
                        and (o.deprel == "obj" or self._same_kind_list(g, p, o.index)):
                    g.reattach(o.index, p, "conj")
                    break

    def _same_kind_list(self, g: SentenceGraph, first: int, item: int) -> bool:
        """Do ``first`` and ``item`` name entities of one type, with the list going on after ``item``?"""
        a, b = self._ent_of.get(first), self._ent_of.get(item)
        return a is not None and b is not None and a.label == b.label and bool(g.kids(item, "conj"))

    def _governed_pps_on_adjuncts(self, g: SentenceGraph) -> None:
        """`نتانیاهو در دیدار با پوتین به مساله درگیری‌های سوریه ... پرداخت`: the preposition the verb
        governs (lexicon: `پرداختن` + `به`), hung inside an adjunct or the subject of that verb after another
        PP, belongs to the verb when the verb has no such PP."""
        if self.lexicon is None:
            return
        for v in g.nodes:
            if v.upos != "VERB":
                continue
            entry = self._verb_entry(g, v.index)
            governed = entry.gloss_prep if entry is not None else None
            if not governed or any(self._preposition(c) == governed for c in g.kids(v.index, *OBL_RELS)):
                continue
            # (or on its subject: `مذاکرات با پوتین بر بررسی ... متمرکز خواهند بود`)
            for a in g.kids(v.index, *OBL_RELS, "nsubj", "nsubj:pass"):
                pps = sorted(c for c in g.subtree(a) if c > a and g.nodes[c].deprel == "nmod" and self._preposition(c))
                # (in the subject, the first PP may be the verb's: `مفاد این توافقنامه بر آموزش ... تأکید دارد`; so may
                # an adjunct's `از` when its noun is indefinite and takes no PP at all: `طی بیانیه‌ای از گفت‌وگوی تلفنی
                # ... خبر داد`; not `به`, a document's recipient: `در نامه‌ای به رئیس مجمع ... هشدار داد`)
                plain = governed == "از" and pps and g.nodes[pps[0]].head == a and self._indefinite(a) and not any(
                    self.lexicon.nominal_takes(g.nodes[a].text, p) for p in self.cues.argument_preps | {"از", "در"})
                after = pps if g.nodes[a].deprel in SUBJ_RELS or (plain and self._preposition(a)
                                                                   in self.cues.adjunct_preps) else pps[1:]
                moved = [c for c in after if self._preposition(c) == governed and c < v.index
                         and not self._partitive(g, c)]
                if moved:
                    g.reattach(moved[0], v.index, "obl")
                    break

    def _partitives_hung_on_the_verb(self, g: SentenceGraph) -> None:
        """`دو نفر از سرنشینان این خودرو زخمی شدند` parsed with `از سرنشینان` on the verb: an `از` phrase of a plural
        noun right after a counted subject (`دو نفر`, `یکی`, `تعدادی`) names the whole the subject is part of (not
        `دو نفر از زندان فرار کردند`: the noun is singular)."""
        for s in g.nodes:
            v = s.head
            if s.deprel not in SUBJ_RELS or v is None or g.nodes[v].upos != "VERB" \
                    or not (s.text in self.cues.partitive_heads or g.kids(s.index, "nummod")):
                continue
            nxt = max(g.subtree(s.index)) + 1
            pp = next((c for c in g.kids(v, *OBL_RELS) if min(g.subtree(c)) == nxt and c < v), None)
            if pp is not None and self._preposition(pp) == "از" and self._plural(g.nodes[pp]):
                g.reattach(pp, s.index, "nmod")

    @staticmethod
    def _subjects_after_ra_objects(g: SentenceGraph) -> None:
        """`مردم بحرین که اکثریت آن را شیعیان تشکیل می‌دهند`: a relative clause's light verb with a `را` object, no
        subject and a second, bare object right before its nominal has that bare noun phrase as its subject
        (object-first order; a verb takes one direct object). Only there: elsewhere the bare noun is mostly a piece
        of the nominal or a PP the parser split (`توپ را از منطقه خطر دور کردند`)."""
        for v in g.nodes:
            if v.upos != "VERB" or v.deprel not in ("acl", "acl:relcl") or g.kids(v.index, *SUBJ_RELS) \
                    or not g.kids(v.index, "compound:lvc") or v.feat("Person") in ("1", "2"):
                continue
            nominal = min(g.kids(v.index, "compound:lvc"))
            objects = sorted(g.kids(v.index, "obj"))
            marked = [o for o in objects if any(g.nodes[k].text == "را" for k in g.kids(o, "case"))]
            bare = [o for o in objects if not g.kids(o, "case") and marked and o > marked[0]
                    and max(g.subtree(o)) + 1 == nominal]
            if len(bare) == 1 and g.nodes[bare[0]].upos in ("NOUN", "PROPN", "PRON") and g.nodes[nominal].upos == "NOUN":
                g.nodes[bare[0]].rel = "nsubj"

    def _pps_glued_to_ra_objects(self, g: SentenceGraph) -> None:
        """`نمازگزاران با شعارهایی حمایت خود را ... اعلام کردند` parsed as one `را` object opened by `با`: an object
        never has a preposition besides `را`, and an indefinite noun (`شعارهایی`, `نامه‌ای`) takes no genitive, so
        the PP ends there and the `را` phrase starts with the noun after it."""
        for o in [n for n in g.nodes if n.deprel == "obj"]:
            v, i = o.head, o.index
            preps = [c for c in g.kids(i, "case") if c < i and g.nodes[c].text != "را"]
            ra = [c for c in g.kids(i, "case") if c > i and g.nodes[c].text == "را"]
            nxt = i + 1
            if v is None or not preps or not ra or nxt >= ra[0] or g.nodes[nxt].head != i \
                    or g.nodes[nxt].deprel != "nmod" or g.kids(nxt, "case") \
                    or not (o.text.endswith("هایی") or self._article_i(o) or self._indefinite(i)):
                continue
            g.reattach(nxt, v, "obj")
            g.reattach(ra[0], nxt, "case")
            o.rel = "obl"

    @staticmethod
    def _pronouns_taken_for_determiners_of_nominals(g: SentenceGraph) -> None:
        """`دو نفر از سرنشینان آن زخمی شدند` parsed with `آن` as the determiner of the light verb's nominal: a nominal
        takes no determiner, so `آن` after a noun is that noun's pronoun genitive (its passengers)."""
        for n in g.nodes:
            if n.deprel != "compound:lvc" or n.index < 2:
                continue
            det, before = g.nodes[n.index - 1], g.nodes[n.index - 2]
            if det.text == "آن" and det.head == n.index and det.deprel in ("det", "nmod") and before.upos == "NOUN":
                g.reattach(det.index, before.index, "nmod")

    @staticmethod
    def _plural(node) -> bool:
        # (`-ان` only where the lemma lacks it: `سرنشینان` of `سرنشین`, not `سازمان`)
        return node.feat("Number") == "Plur" or node.text.endswith(("ها", "های", "هایی")) \
            or (node.lemma or node.text) + "ان" == node.text

    def _partitive(self, g: SentenceGraph, pp: int) -> bool:
        """Is ``pp`` the `از` phrase of a part (`4 نفر از کودکان از غار خارج شدند`, `یکی از اعضای مجلس از
        شهرداری درخواست کرد`)? It stays with its head."""
        head = g.nodes[pp].head
        return self._preposition(pp) == "از" and head is not None and (
            g.nodes[head].text in self.cues.partitive_heads or bool(g.kids(head, "nummod")))

    def _reports(self, g: SentenceGraph, v: int) -> bool:
        """Does verb ``v`` report speech (`گفت`, `تاکید کرد`)? Its nominal may be tagged a secondary predicate
        (`یادآور شد`)."""
        nominal = next((g.nodes[c].text for c in g.kids(v, "compound:lvc", "xcomp") if c < v), None)
        return self._is_reporting(nominal, g.nodes[v].lemma)

    def _verb_entry(self, g: SentenceGraph, v: int):
        """The lexicon entry of verb ``v`` with its light-verb nominal, if it has one."""
        if self.lexicon is None:
            return None
        nominal = next((g.nodes[c].text for c in g.kids(v, "compound:lvc")), None)
        return self.lexicon.lookup_any([nominal], g.nodes[v].lemma)

    def _against_phrases_on_nouns(self, g: SentenceGraph) -> None:
        """`روسیه از تشدید تحریم‌ها علیه ایران حمایت نمی‌کند` parsed with `علیه ایران` on the verb: an against-phrase
        (cues: participant_prepositions) right after another PP of the same verb qualifies that PP's noun
        (sanctions against Iran), unless the verb's lexicon entry takes it."""
        for c in [n.index for n in g.nodes if n.deprel in OBL_RELS]:
            prep = self._preposition(c)
            v = g.nodes[c].head
            if prep not in self.cues.participant_prepositions or v is None or g.nodes[v].upos != "VERB":
                continue
            entry = self._verb_entry(g, v)
            if entry is not None and entry.gloss_prep == prep:
                continue
            start = min(g.subtree(c))
            host = next((o for o in g.kids(v, *OBL_RELS) if o != c and self._preposition(o)
                         and max(g.subtree(o)) == start - 1), None)
            if host is not None:
                last = max(g.subtree(host))
                while g.nodes[last].upos not in ("NOUN", "PROPN") and g.nodes[last].head in g.subtree(host):
                    last = g.nodes[last].head
                g.reattach(c, last, "nmod")

    def _pps_of_event_nouns(self, g: SentenceGraph) -> None:
        """`در پی سفر کالین پاول وزیر امور خارجه آمریکا به خاور میانه صورت خواهد گرفت`: a verb's PP right after
        a noun phrase whose event noun takes that preposition (lexicon: `سفر` + `به`) is that noun's, unless the
        verb takes it too (decision 13). The noun is found leftwards through its ezafe chain."""
        if self.lexicon is None:
            return
        for p in g.nodes:
            v = p.head
            prep = self._preposition(p.index)
            if p.deprel not in OBL_RELS or v is None or g.nodes[v].upos != "VERB" or prep is None \
                    or prep not in self.cues.argument_preps or p.index > v \
                    or f"{prep} {p.text}" in self.cues.compound_prepositions:   # (`دیدار امروز با حضور عباس`)
                continue
            lvc = next((g.nodes[k].text for k in g.kids(v, "compound:lvc")), None)
            entry = self._verb_entry(g, v)
            start = min(g.subtree(p.index))
            # (even when the verb takes it too, a noun that is itself the verb's topic keeps it: `درباره هماهنگی ارتش
            # روسیه با نیروهای اسرائیلی ... گفت‌وگو خواهیم کرد`)
            topic = next((o for o in g.kids(v, *OBL_RELS) if max(g.subtree(o)) == start - 1
                          and self._preposition(o) in self.cues.topic_prepositions), None)
            if topic is None and ((entry is not None and entry.gloss_prep == prep)
                                  or (lvc and self.lexicon.nominal_takes(lvc, prep))):
                continue
            for w in range(start - 1, -1, -1):
                node = g.nodes[w]
                # (a pronoun only as a genitive written apart, `حمایت آنها از فتنه`; a clitic's noun is a body part
                # or a possession more often than an event: `دست‌شان به خون ... آغشته است`)
                genitive = node.upos == "PRON" and node.deprel == "nmod" and w > 0 and g.nodes[w - 1].token != node.token
                if node.upos not in ("NOUN", "PROPN", "ADJ", "NUM", "DET") and not genitive \
                        or node.deprel == "compound:lvc":
                    break
                if node.upos == "NOUN" and self.lexicon.nominal_takes(node.text, prep):
                    # (a noun that makes an LVC with a bare light verb gives it the PP: `دیدار دیگری با یکدیگر
                    # نداشته‌اند`, decision 8)
                    if lvc is not None or self.lexicon.lookup(node.text, g.nodes[v].lemma) is None:
                        g.reattach(p.index, w, "nmod")
                    break
                if g.kids(w, "case"):   # the phrase's first word: no further left
                    break

    def _pps_of_infinitives(self, g: SentenceGraph) -> None:
        """`برای بررسی مساله خارج کردن نیروهای خارجی از سوریه تشکیل خواهند داد`: a PP right after an
        infinitive's phrase, with a preposition the infinitive's nominal takes (lexicon: `خارج` + `از`), is the
        infinitive's, not the finite verb's (the parser also reads such a nominal as a preposition)."""
        if self.lexicon is None:
            return
        for inf in g.nodes:
            if inf.upos != "NOUN" or not inf.text.endswith(("دن", "تن")) or inf.deprel in OBL_RELS + ("obj",):
                continue
            for k in g.kids(inf.index, "case"):
                if k == inf.index - 1 and g.nodes[k].upos != "ADP":
                    g.nodes[k].rel = "compound:lvc"
            nominal = next((g.nodes[k].text for k in g.kids(inf.index, "compound:lvc") if k < inf.index), None)
            end = max(g.subtree(inf.index))
            top = inf.index
            while g.nodes[top].head is not None and g.nodes[g.nodes[top].head].upos != "VERB":
                top = g.nodes[top].head
            verb = g.nodes[top].head
            if nominal is None or verb is None:
                continue
            for p in g.kids(verb, *OBL_RELS):
                prep = self._preposition(p)
                if min(g.subtree(p)) == end + 1 and prep and self.lexicon.nominal_takes(nominal, prep):
                    g.reattach(p, inf.index, "nmod")   # inside the infinitive's phrase (decision 13)

    def _pps_on_predicate_nominals(self, g: SentenceGraph) -> None:
        """`کشورهایی که به آن ملحق خواهند شد`, `منجر به کشته شدن ... شده`: a PP the parser hung on the
        nominal of the predicate (`ملحق`, an `xcomp` right before its verb) is the verb's oblique. So is a PP
        hung on a light verb's nominal from its left (`به اتهام جاسوسی ... دستگیر شده بود`): an ezafe modifier
        follows its noun."""
        for x in g.nodes:
            if x.deprel == "compound:lvc" and x.head is not None and g.nodes[x.head].upos == "VERB":
                for c in g.kids(x.index, "nmod"):
                    prep = self._preposition(c)
                    if c < x.index and prep and f"{prep} {g.nodes[c].text}" not in self.cues.adverbial_phrases:
                        g.reattach(c, x.head, "obl")
        for x in g.nodes:
            verb = x.head
            if x.deprel != "xcomp" or verb is None or g.nodes[verb].upos != "VERB" or x.upos not in ("NOUN", "ADJ") \
                    or x.index > verb:
                continue
            inside = g.subtree(x.index)
            if any(k not in inside and g.nodes[k].upos != "AUX" for k in range(x.index + 1, verb)):
                continue
            if x.text in self.cues.complement_nominals:
                x.rel = "compound:lvc"   # `مسکو خواستار تحقیقات فوری ... شد`: the nominal of `خواستار شدن`
                for s in g.kids(x.index, *SUBJ_RELS):
                    g.reattach(s, verb, g.nodes[s].rel)
                continue
            for c in g.kids(x.index, *OBL_RELS, "nmod"):   # `منجر به کشته شدن ... شده`
                for k in g.kids(c, "compound:lvc"):   # the infinitive's preposition, hung on its nominal
                    for case in g.kids(k, "case"):
                        if case < k:
                            g.reattach(case, c, "case")
                if self._preposition(c):
                    g.reattach(c, verb, "obl")

    def _copulas_hung_inside_predicates(self, g: SentenceGraph) -> None:
        """`این اولین دیدار ... در نزدیکی سواحل سوریه بود`: a copula the parser hung on the last noun of a
        long predicate belongs to the predicate's head, the noun that has the subject."""
        for c in g.nodes:
            h = c.head
            if c.deprel != "cop" or h is None or g.kids(h, *SUBJ_RELS):
                continue
            top = h
            while g.nodes[top].deprel in ("nmod", "amod", "conj", "flat") and g.nodes[top].head is not None:
                top = g.nodes[top].head
                if g.kids(top, "nsubj") and not g.kids(top, "cop") and g.nodes[top].upos in ("NOUN", "ADJ"):
                    g.reattach(c.index, top, "cop")
                    break

    @staticmethod
    def _coordinated_clauses_taken_for_complements(g: SentenceGraph) -> None:
        """`تل‌آویو ... اعلام نکرده است و تنها یوری اوشاکوف ... دانست`: a clause opened by `و` is coordinated
        with the verb before it, not its complement."""
        for c in g.nodes:
            if c.deprel != "ccomp" or c.head is None or c.index < c.head:
                continue
            first = min(g.subtree(c.index))
            if g.nodes[first].text == "و" and g.nodes[first].deprel == "cc":
                c.rel = "conj"
                g.reattach(first, c.index, "cc")

    def _subjects_after_an_adjunct_comma(self, g: SentenceGraph) -> None:
        """`طبق ماده 19 منشور سازمان ملل، یازده کشور ... حق رأی دادن ندارند`: no ezafe crosses a comma. A
        noun phrase hung on the subject after a comma is the subject, and the "subject" before it, right after
        an oblique, the end of that oblique."""
        for h in g.nodes:
            verb = h.head
            if h.deprel != "nsubj" or verb is None or g.nodes[verb].upos != "VERB":
                continue
            after_comma = [c for c in g.kids(h.index, "nmod") if c < verb and g.nodes[c].upos in ("NOUN", "PROPN")
                           and g.nodes[min(g.subtree(c))].text in ("،", ",")]
            if not after_comma:
                continue
            start = min(g.subtree(h.index) - g.subtree(after_comma[0]))
            host = [o for o in g.kids(verb, *OBL_RELS) if max(g.subtree(o)) == start - 1]
            if host:
                g.reattach(after_comma[0], verb, "nsubj")
                g.reattach(h.index, host[0], "nmod")

    def _subjects_taken_for_conjuncts_of_an_opening_pp(self, g: SentenceGraph) -> None:
        """`با این نتایج، پاراگوئه و ونزوئلا ... با هم دیدار خواهند کرد` parsed with the subject as a conjunct of the
        opening PP's noun: a PP that points back (`با این نتایج`, `در این دیدار`) is no list, so the noun phrase after
        its comma is the subject of a verb without one."""
        for c in g.nodes:
            o = c.head
            if c.deprel != "conj" or c.upos not in ("NOUN", "PROPN") or o is None or o > c.index \
                    or g.kids(c.index, "case") or g.nodes[o].deprel not in OBL_RELS or not self._preposition(o) \
                    or not any(g.nodes[d].text in self.cues.anaphoric_dets for d in g.kids(o, "det")):
                continue
            verb = g.nodes[o].head
            if not self._after_a_comma(g, c.index) or verb is None or g.nodes[verb].upos != "VERB" \
                    or verb < c.index or g.kids(verb, *SUBJ_RELS):
                continue
            g.reattach(c.index, verb, "nsubj")

    @staticmethod
    def _after_a_comma(g: SentenceGraph, i: int) -> bool:
        """Does the phrase of word ``i`` (its punctuation aside) open right after a comma?"""
        first = min(w for w in g.subtree(i) if g.nodes[w].upos != "PUNCT")
        return first > 0 and g.nodes[first - 1].text in ("،", ",")

    def _relative_clauses_on_the_nearest_name(self, g: SentenceGraph) -> None:
        """`بیانیه خود از صلیب سرخ جهانی که مسئول برنامه ... است`: a relative clause right after a person or
        organisation named in a PP of its own is about that name, not about a noun further up."""
        for c in g.nodes:
            if c.deprel != "acl" or c.head is None:
                continue
            mark = min(g.subtree(c.index))
            if g.nodes[mark].text != "که" or mark == 0:
                continue
            near = mark - 1
            while g.nodes[near].deprel in ("amod", "flat", "flat:name") and g.nodes[near].head is not None \
                    and g.nodes[near].head < near:
                near = g.nodes[near].head
            # (people and organisations: `بدهی عراق به کویت که حدود 16 میلیارد دلار ...` is about the debt)
            # (a name in a PP of its own: `بازیکن تیم فوتبال پرسپولیس تهران که ...` is about the player)
            if near != c.head and near in self._ent_of and self._ent_of[near].label in ("PER", "ORG") \
                    and self._preposition(near) and c.head in g.ancestors(near):
                g.reattach(c.index, near, "acl")

    def _relative_predicates_split_at_an_indefinite(self, g: SentenceGraph) -> None:
        """`... را که مادر یک کودک خردسال است بازداشت کردند` parsed with `مادر` as the relative clause's subject:
        a bare noun right after `که` followed by an indefinite or numbered noun phrase and the copula is the
        predicate's head (`مادرِ یک کودک`, `عضو یک گروه`); the relative clause's subject is its antecedent."""
        for p in [n.index for n in g.nodes if n.deprel in ("acl", "acl:relcl") and g.kids(n.index, "cop")]:
            marks = [m for m in g.kids(p, "mark") if g.nodes[m].text == "که"]
            subjects = g.kids(p, "nsubj")
            if not marks or len(subjects) != 1 or subjects[0] != marks[0] + 1 or subjects[0] + 1 >= p:
                continue
            n, nxt = g.nodes[subjects[0]], g.nodes[subjects[0] + 1]
            if n.upos != "NOUN" or n.children or n.index in self._ent_of \
                    or nxt.head != p or nxt.deprel not in ("nummod", "det") or nxt.upos not in ("NUM", "DET"):
                continue
            g.promote(n.index, p)
            g.reattach(p, n.index, "nmod")
            for c in list(g.nodes[p].children):
                if g.nodes[c].deprel not in ("det", "nummod", "amod", "nmod", "case", "flat", "compound"):
                    g.reattach(c, n.index, g.nodes[c].deprel)

    def _complement_nominals_taken_for_subjects(self, g: SentenceGraph) -> None:
        """`کویت خواهان بیش از 170 میلیارد دلار غرامت از عراق است` parsed with `خواهان` as a second subject of
        the copula's noun phrase: a complement nominal (`خواهان`, `خواستار`) right before the predicate heads it, as
        in `مسکو خواستار انجام تحقیقات است`."""
        for p in [n.index for n in g.nodes if g.kids(n.index, "cop")]:
            subjects = sorted(g.kids(p, "nsubj"))
            if len(subjects) < 2:
                continue
            c = subjects[-1]
            node = g.nodes[c]
            own = g.subtree(p) - set().union(*(g.subtree(k) for k in subjects))   # the predicate's own words
            if node.text not in self.cues.complement_nominals or node.children or c > p or min(own) != c + 1:
                continue
            g.promote(c, p)
            g.reattach(p, c, "nmod")
            for k in list(g.nodes[p].children):
                if g.nodes[k].deprel in ("nsubj", "cop", "punct", "mark", "advmod", "aux"):
                    g.reattach(k, c, g.nodes[k].deprel)

    def _complement_nominals_taken_for_modifiers(self, g: SentenceGraph) -> None:
        """`اصلاح‌طلبان دچار یک توهم شده‌اند` parsed with `دچار` as an adjective of the subject: a complement nominal
        whose phrase runs up to the verb is the verb's nominal (`دچار شدن`), with its complement after it."""
        for x in g.nodes:
            h = x.head
            if x.text not in self.cues.complement_nominals or x.deprel not in ("amod", "nmod") or h is None \
                    or h > x.index or g.kids(x.index, "case"):
                continue
            # (with its complement taken for the verb's nominal: `در عین حال خواستار توضیح کشورهایی شد`)
            # (a noun's genitive, or a name's: a name takes no adjective; not `یک تیم مدعی تبدیل می‌شود`)
            if (x.deprel == "nmod" and g.nodes[h].upos == "NOUN" or h in self._ent_of or g.nodes[h].upos == "PROPN") \
                    and x.index + 1 < len(g) \
                    and g.nodes[x.index + 1].deprel == "compound:lvc" and not x.children \
                    and g.nodes[x.index + 1].upos == "NOUN" and (v := g.nodes[x.index + 1].head) is not None \
                    and past_stem(g.nodes[v].lemma or "") in ("شد", "گشت", "گردید", "بود"):
                g.reattach(x.index, v, "compound:lvc")
                g.reattach(x.index + 1, x.index, "nmod")
                continue
            own = g.subtree(x.index)
            v = max(own) + 1
            while v < len(g.nodes) and g.nodes[v].upos == "AUX":
                v += 1
            if v >= len(g.nodes) or g.nodes[v].upos != "VERB" or g.kids(v, "compound:lvc", "xcomp") \
                    or not any(h in g.subtree(s) for s in g.kids(v, *SUBJ_RELS)):
                continue
            g.reattach(x.index, v, "compound:lvc")

    def _predicate_adjectives_buried_before_copulas(self, g: SentenceGraph) -> None:
        """`چین و روسیه با ارجاع پرونده ایران به شورای امنیت مخالفند`, `سکوت جبهه اصلاحات ... ناشی از یک استراتژی
        مشخص نیست` parsed with the present copula as the clause's verb and its predicate adjective hung inside the
        phrase before it: an adjective that takes a PP (lexicon) is the predicate when that PP runs right up to it
        and it stands right before the copula, or when it stands before its PP and the PP runs up to the copula
        (Persian puts the predicate last). Not any adjective before a copula: it mostly closes the predicate noun
        phrase (`به دنبال برگزاری یک جشن بزرگ هستند`)."""
        if self.lexicon is None:
            return
        for v in g.nodes:
            i = v.index
            if v.upos not in ("VERB", "AUX") or v.lemma not in ("هست", "است") or v.deprel not in CLAUSE_RELS \
                    or not any(s < i for s in g.kids(i, *SUBJ_RELS)) or g.kids(i, "xcomp", "obj", "compound:lvc", "cop"):
                continue
            a, pp = None, None
            # (a PP the parser already hung under the word before the copula is not "before" it)
            before = [w for w in range(i - 1) if self._preposition(w)
                      and (outside := g.subtree(w) - g.subtree(i - 1)) and max(outside) == i - 2]
            if i > 0 and g.nodes[i - 1].upos == "ADJ" and g.nodes[i - 1].head != i and not g.nodes[i - 1].children \
                    and before and self.lexicon.nominal_takes(g.nodes[i - 1].text, self._preposition(before[0])):
                a, pp = i - 1, before[0]
            elif i > 0 and g.nodes[i - 1].upos == "ADJ" and g.nodes[i - 1].head == i \
                    and g.nodes[i - 1].deprel != "cop" and any(
                        self._preposition(w) and self.lexicon.nominal_takes(g.nodes[i - 1].text, self._preposition(w))
                        for w in g.kids(i - 1) if w < i - 1):
                a = i - 1   # hung on the copula with its PP already under it
            else:   # `ناشی از X نیست`: the adjective, then its PP up to the copula
                for k in range(i - 2, 0, -1):
                    node = g.nodes[k]
                    if node.upos == "ADJ" and g.nodes[k + 1].upos == "ADP" and node.head != i \
                            and self.lexicon.nominal_takes(node.text, g.nodes[k + 1].text):
                        pp = g.nodes[k + 1].head
                        if pp is not None and min(g.subtree(pp)) == k + 1 and max(g.subtree(pp)) == i - 1 \
                                and k not in g.subtree(pp):
                            a = k
                        break
            # (an adjective after a plural that shows its ezafe, `پایگاه‌های مستقر در ...`, is that noun's modifier)
            if a is None or a in g.kids(i, *SUBJ_RELS) or g.nodes[a - 1].text.endswith("های"):
                continue
            g.promote(a, i)
            for c in list(v.children):
                g.reattach(c, a, g.nodes[c].rel)
            g.reattach(i, a, "cop")
            v.pos = "AUX"
            if pp is not None:
                g.reattach(pp, a, "obl")

    def _predicate_adjectives_taken_for_modifiers(self, g: SentenceGraph) -> None:
        """`وی با این طرح مخالف است`, `ما با این مسئله مواجه هستیم` parsed with the prepositional noun as the
        clause's head (the adjective its modifier) or as the adjective's subject: a predicate adjective with its
        copula takes the PP right before it as its complement when the predicate lexicon gives the adjective that
        preposition (`مخالف بودن` + `با`), so the triple reads `وی | مخالف است با | این طرح`."""
        if self.lexicon is None:
            return
        for a in g.nodes:
            # (the copula may hang on the noun already: an earlier repair moves it there)
            if a.upos != "ADJ" or not (g.kids(a.index, "cop") or a.deprel == "amod" and a.head is not None
                                       and a.index + 1 in g.kids(a.head, "cop")):
                continue
            if a.deprel == "amod" and a.head is not None and a.head < a.index:
                n = a.head
            else:
                n = next((s for s in g.kids(a.index, *SUBJ_RELS) if s < a.index and self._preposition(s)), None)
            prep = self._preposition(n) if n is not None else None
            if prep is None:   # (or hung inside the subject: `تعامل دولت و مجلس از توان من خارج است`)
                inner = [w for s in g.kids(a.index, *SUBJ_RELS) for w in g.subtree(s) if w != s and w < a.index
                         and self._preposition(w) and max(g.subtree(w)) == a.index - 1
                         and g.nodes[w].deprel in ("nmod", "obl")]
                if inner and self.lexicon.nominal_takes(a.text, self._preposition(inner[0])):
                    g.reattach(inner[0], a.index, "obl")
                continue
            if not self.lexicon.nominal_takes(a.text, prep):
                continue
            pp = set(range(min(g.kids(n, "case")), a.index))   # (running right up to the adjective)
            if not pp <= g.subtree(n) or any(g.nodes[w].upos in ("VERB", "AUX") for w in pp) \
                    or n != a.head and max(g.subtree(n)) != a.index - 1:
                continue
            if n != a.head:   # the PP taken for the adjective's subject
                g.nodes[n].rel = "obl"
                continue
            g.promote(a.index, n)
            g.reattach(n, a.index, "obl")
            for c in list(g.nodes[n].children):   # what lies outside the PP is the clause's (its subject, `.`)
                if not g.subtree(c) <= pp:
                    g.reattach(c, a.index, g.nodes[c].rel)

    def _complement_nominals_taken_for_objects(self, g: SentenceGraph) -> None:
        """`کروبی خواستار مشارکت گسترده مردم ... شد` parsed with `خواستار` as the object (or a second subject) of
        `شد`: a complement nominal right before its phrase's `شدن`/`بودن` is that verb's nominal, its complement
        the object (gold: `کروبی | خواستار شد | مشارکت گسترده مردم`); a noun is its complement, not its adjective
        (`خواستار تحریم کنفرانس پائیزی ... شدند` with `تحریم` an `amod`)."""
        for x in g.nodes:
            if x.text not in self.cues.complement_nominals:
                continue
            for k in g.kids(x.index, "amod"):
                if k > x.index and g.nodes[k].upos in ("NOUN", "PROPN"):
                    g.nodes[k].rel = "nmod"
            v = x.head
            if x.deprel not in ("obj", *SUBJ_RELS) or v is None \
                    or v < x.index or g.nodes[v].upos != "VERB" or g.kids(x.index, "case") \
                    or past_stem(g.nodes[v].lemma or "") not in ("شد", "گشت", "گردید", "بود"):
                continue
            # (a conjunct verb shares the first one's subject: `... انتقاد کرد و خواستار بازگشت ... به میز مذاکره شد`)
            shared = g.nodes[v].deprel == "conj" and x.index == min(g.subtree(v) - set(g.kids(v, "cc")))
            if x.deprel in SUBJ_RELS and not shared and not any(s != x.index for s in g.kids(v, *SUBJ_RELS)):
                continue
            # (... whose nominal the parser took from the PP's genitive right before the verb: `به میز مذاکره شد`)
            nominals = g.kids(v, "compound:lvc", "xcomp")
            if shared and nominals == [v - 1] and g.nodes[v - 2].upos == "NOUN" and g.kids(v - 2, "case") \
                    and g.nodes[v - 1].upos == "NOUN":
                g.reattach(v - 1, v - 2, "nmod")
            elif nominals:
                continue
            x.rel = "compound:lvc"

    def _predicate_nouns_of_relative_counting_verbs(self, g: SentenceGraph) -> None:
        """`شهر سائوپائولو که بزرگ‌ترین شهر ... برزیل به شمار می‌رود` parsed with `بزرگ‌ترین شهر` as the relative
        clause's subject: a "count as" light verb (cue `counting_lvc`) takes a predicate noun like a copula, so in a
        relative clause the noun phrase is that predicate and the antecedent is the subject."""
        for v in g.nodes:
            if v.deprel not in ("acl", "acl:relcl") or v.upos != "VERB" or g.kids(v.index, "obj") \
                    or not any(g.nodes[m].text == "که" for m in g.kids(v.index, "mark")):
                continue
            nominal = next((c for c in g.kids(v.index, "compound:lvc")), None)
            if nominal is None:
                continue
            case = [k for k in g.kids(nominal, "case") if k < nominal]
            written = " ".join([g.nodes[k].text for k in case] + [g.nodes[nominal].text])
            subjects = g.kids(v.index, "nsubj")
            if (written, past_stem(v.lemma)) in self.cues.counting_lvc and len(subjects) == 1:
                g.nodes[subjects[0]].rel = "obj"

    @staticmethod
    def _copular_clauses_taken_for_subjects(g: SentenceGraph) -> None:
        """`وی گفت جان مادر در خطر است به او اجازه ... دادند`: a subject with a copula inside is a clause of its
        own (here what was said), not the subject of the verb after it."""
        for v in g.nodes:
            if v.upos != "VERB" or v.head is None:
                continue
            for s in g.kids(v.index, "nsubj"):
                inner = g.subtree(s)
                cops = [c for c in inner if g.nodes[c].deprel == "cop" and g.nodes[c].head in inner]
                if not cops or max(inner) != max(cops):
                    continue
                h = g.nodes[cops[0]].head
                path = [h] + [a for a in g.ancestors(h) if a in inner]
                if any(g.nodes[a].deprel in ("acl", "ccomp", "advcl") for a in path):
                    continue   # (a relative clause in the subject: `کوفی عنان ... که معتقد بود ...`)
                g.reattach(h, v.head, "ccomp")
                if h != s:
                    g.reattach(s, h, "nsubj")

    def _relative_clauses_on_modals(self, g: SentenceGraph) -> None:
        """`قرار بود مذاکرات ... برگزار شود که در لحظات آخر به تعویق افتاد`: a subjectless `که` clause the parser
        hung on the modal (`قرار`) after the modal's own clause continues that clause (a relative clause on its
        subject), not the modal."""
        for c in g.nodes:
            h = c.head
            if c.deprel != "ccomp" or h is None or g.nodes[h].text not in self.cues.modal_nominals \
                    or g.kids(c.index, *SUBJ_RELS) or not any(g.nodes[m].text == "که" for m in g.kids(c.index, "mark")):
                continue
            earlier = [d for d in g.kids(h, "ccomp", "xcomp") if d < c.index and d != c.index]
            bare = [k for k in c.children if g.nodes[k].upos in ("NOUN", "PROPN", "PRON", "DET")
                    and not g.kids(k, "case") and g.nodes[k].deprel != "compound:lvc"]
            if earlier and not bare:   # (`که این امر با مخالفت ... روبرو شد` has a subject of its own)
                g.reattach(c.index, earlier[-1], "acl")

    def _objects_hung_on_named_subjects(self, g: SentenceGraph) -> None:
        """`روسیه و رژیم صهیونیستی یک کار گروه مشترک ... تشکیل خواهند داد`: a noun phrase the parser hung on a
        named subject after the subject's own conjuncts, opening with a numeral or marked with `را` is the verb's
        object."""
        for s in g.nodes:
            verb = s.head
            if s.deprel not in ("nsubj", "nsubj:pass") or verb is None or g.nodes[verb].upos != "VERB" \
                    or not (s.index in self._ent_of or s.upos == "PROPN") or g.kids(verb, "obj"):
                continue
            conjuncts = g.kids(s.index, "conj")
            for c in sorted(g.kids(s.index, "nmod")):
                node = g.nodes[c]
                if node.upos != "NOUN" or any(g.nodes[k].text != "را" for k in g.kids(c, "case")) \
                        or c in self._ent_of or c > verb:
                    continue
                opens_with_number = g.nodes[min(g.subtree(c))].upos == "NUM"
                marked = any(g.nodes[k].text == "را" for k in g.kids(c, "case"))   # `بغداد غرامت‌های جنگی را`
                if (conjuncts and c > max(conjuncts)) or opens_with_number or marked:
                    g.reattach(c, verb, "obj")
                    break

    def _objects_hung_on_names(self, g: SentenceGraph) -> None:
        """`بحران سیاسی در لهستان ابعاد تازه‌ای گرفته است` parsed with `ابعاد` as a genitive of `لهستان`: a name takes
        no genitive after it, so a bare noun phrase right after a named entity that ends right before the verb is
        that verb's object (when the verb has a subject and no object; not a time noun: `ایران امروز ... گفت`)."""
        for n in g.nodes:
            h = n.head
            if n.upos != "NOUN" or n.deprel != "nmod" or h is None or n.index in self._ent_of or g.kids(n.index, "case") \
                    or h not in self._ent_of or n.index - 1 not in self._ent_of \
                    or self._ent_of[n.index - 1] is not self._ent_of[h] or n.text in self.cues.time_nouns:
                continue
            verb = next((a for a in g.ancestors(n.index) if g.nodes[a].upos == "VERB"), None)
            # (a verb that takes an object, and not a light verb: its nominal is what the parser hung there, `لوح
            # تقدیر گرفتند`, `اجازه جدایی داده`)
            if verb is None or verb < n.index or g.kids(verb, "obj", "compound:lvc") or not g.kids(verb, *SUBJ_RELS) \
                    or max(g.subtree(n.index)) + 1 != min(self._predicate_span(g, verb)) \
                    or not self._takes_object(self._predicate(g, verb)):
                continue
            g.reattach(n.index, verb, "obj")

    def _framed_clauses(self, g: SentenceGraph) -> None:
        """`X با بیان اینکه تجزیه عراق به مصیبت بزرگی منجر خواهد شد، ...`: the clause of an adverbial
        reporting frame (decision 1) runs from `اینکه` to the next comma; its first bare noun phrase is its
        subject, and it is attributed to the main clause's subject."""
        texts = [n.text for n in g.nodes]
        for frame in self.cues.clause_frames:
            k = len(frame)
            for start in g.occurrences(frame):
                first = start + k
                stops = [i for i in range(first, len(texts)) if texts[i] in ("،", ",", ":")] + [len(texts)]

                def clause_verbs(end: int) -> list[int]:
                    return [i for i in range(first, end) if g.nodes[i].upos == "VERB"
                            and g.nodes[i].deprel not in ("compound", "aux", "aux:pass", "compound:lvc")]
                # (a comma right after the clause's subject does not end it: `با بیان اینکه تجزیه عراق، به ... منجر
                # خواهد شد،`: a short noun phrase, no verb, copula or preposition, before the first comma)
                bare = stops[0] - first <= 4 and first < stops[0] and not any(
                    g.nodes[i].upos in ("VERB", "AUX", "ADP") for i in range(first, stops[0]))
                end = stops[1] if bare and len(stops) > 1 and texts[stops[0]] != ":" else stops[0]
                verbs = clause_verbs(end)
                # (nor does a comma inside a list before the clause's verb: `... مربوط به زندگی مردم، منافع ملی و
                # عمومی ... باشد صحبتی مطرح نکردند یادآور شد`)
                later = iter(s for s in stops if s > end)
                while not verbs and texts[end:end + 1] != [":"] and end < len(texts) \
                        and not any(g.nodes[i].deprel == "cop" for i in range(first, end)):
                    end = next(later, len(texts))
                    verbs = clause_verbs(end)
                    # (the main verb right after a copular clause is not the clause's: `... مورد تاکید است افزود`)
                    if verbs and self._reports(g, verbs[0]) and any(g.nodes[i].deprel == "cop" for i in range(first, verbs[0])):
                        end = min(self._predicate_span(g, verbs[0]))
                        verbs = clause_verbs(end)
                        break
                # (no comma before the main verb: `با تاکید بر اینکه ملت عراق ... متحد باشد هشدار داد، ...`; the
                # sentence's root, with a copula before it, is the main verb and the clause ends before it; so does
                # a reporting verb after the clause's own verb: `... محدود نمی‌شود گفت مقامات ...`)
                if verbs and g.nodes[verbs[-1]].head is None and any(
                        g.nodes[i].deprel == "cop" for i in range(first, verbs[-1])):
                    end = min(self._predicate_span(g, verbs[-1]))
                    verbs = clause_verbs(end)
                reporter = next((w for w in verbs[1:] if self._reports(g, w)), None)
                if reporter is not None:
                    end = min(self._predicate_span(g, reporter))
                    verbs = clause_verbs(end)
                # a copular clause (`با یادآوری اینکه ایران عضو آژانس ... است`) is headed by its predicate
                copulas = [g.nodes[i].head for i in range(first, end) if g.nodes[i].deprel == "cop"
                           and g.nodes[i].head is not None and first <= g.nodes[i].head < end]
                if not verbs and copulas:
                    verbs = [self._lift_framed_predicate(g, first, end, copulas[-1])]
                if not verbs:
                    continue
                v = verbs[-1]
                # subjects the parser gave the framed verb from outside the clause belong to the main verb
                main = g.nodes[v].head
                if main is None or main < end:
                    main = next((i for i in range(end, len(texts)) if g.nodes[i].upos == "VERB"
                                 and g.nodes[i].deprel not in ("compound", "aux", "aux:pass")), None)
                # (the framed clause read as the sentence and the main verb as its conjunct: the main verb heads)
                if main is not None and main >= end and g.nodes[v].head is None and g.nodes[main].head == v \
                        and g.nodes[main].deprel in ("conj", "ccomp"):
                    g.promote(main, v)
                    g.reattach(v, main, "advcl")
                for c in g.kids(v, *SUBJ_RELS):
                    if c < start and main is not None and main != v and main not in g.subtree(c):
                        g.reattach(c, main, "nsubj")
                # (not a noun inside a PP: `بر اساس اخبار قطعی احمدی‌نژاد ...`)
                subj = next((i for i in range(first, v) if g.nodes[i].upos in ("NOUN", "PROPN", "PRON")
                             and texts[i] not in self.cues.not_arguments
                             and g.nodes[i].deprel not in ("compound:lvc",)
                             and not g.kids(i, "case") and not any(
                                 g.nodes[k].text != "را" for a in g.ancestors(i) if first <= a < v
                                 for k in g.kids(a, "case") if k < i)), None)
                if subj is not None and (g.nodes[subj].head != v or g.nodes[subj].deprel not in SUBJ_RELS) \
                        and v not in g.subtree(subj) and not g.kids(v, *SUBJ_RELS):
                    g.reattach(subj, v, "nsubj")
                self._framed.add(v)

    @staticmethod
    def _lift_framed_predicate(g: SentenceGraph, first: int, end: int, x: int) -> int:
        """The predicate noun of a framed copular clause, out of the noun phrase the parser hung it in (`ایران عضو
        آژانس ... است` read as `ایران، عضو ...`): it takes the place of the highest clause word above it."""
        above = list(takewhile(lambda a: first <= a < end, g.ancestors(x)))
        if above:
            g.promote(x, above[-1])
            g.reattach(above[-1], x, "obl" if g.kids(above[-1], "case") else "nmod")   # (`نه با حرف بلکه عملا متحد`)
        return x

    def _ra_on_prepositional_nouns(self, g: SentenceGraph) -> None:
        """`در جریان دیدار ... در چین بحران اوکراین را مورد بررسی قرار خواهد داد`: `را` hung on a noun that
        has a preposition of its own. The object is what follows the last preposition's named noun up to `را`."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            h = g.nodes[r].head
            if h is None or h >= r - 1 or not any(g.nodes[k].text != "را" and k < h for k in g.kids(h, "case")):
                continue
            verb = g.nodes[h].head
            last_case = max((k for k in range(h, r) if g.nodes[k].deprel == "case" and g.nodes[k].text != "را"),
                            default=None)
            if verb is None or g.nodes[verb].upos != "VERB" or last_case is None:
                continue
            noun = g.nodes[last_case].head
            # (or a name closing that noun's genitive chain: `برای شرکت در تورنمنت تهران اسامی جدید این تیم را`)
            if noun is not None and noun not in self._ent_of and last_case < noun < r - 1:
                names = [k for k in range(noun + 1, r - 1) if k in self._ent_of
                         and self._ent_of.get(k + 1) is not self._ent_of[k] and g.nodes[k + 1].upos != "PROPN"]
                if names and all(g.nodes[k].upos in ("NOUN", "PROPN") for k in range(noun, names[0] + 1)):
                    noun = names[0]
            # only after a name, which takes no ezafe modifier (`در چین بحران اوکراین`); after a common noun the
            # rest is mostly its own modifier (`ممنوعیت پوشش برای کارکنان بخش عمومی را`)
            if noun is None or not last_case < noun < r - 1 or noun not in self._ent_of \
                    or self._ent_of.get(noun + 1) is self._ent_of[noun]:
                continue
            span = list(range(noun + 1, r))
            head = span[0]
            if g.nodes[head].upos not in ("NOUN", "PROPN") or any(g.nodes[k].upos in ("VERB", "AUX", "PUNCT", "ADP")
                                                                   for k in span):
                continue
            self._span_as_ra_object(g, span, r, verb)
            if g.nodes[h].deprel == "obj":   # (the prepositional noun is an oblique again)
                g.nodes[h].rel = "obl"

    @staticmethod
    def _span_as_ra_object(g: SentenceGraph, span: list[int], r: int, verb: int) -> None:
        """The words of ``span`` (up to the `را` at ``r``) become ``verb``'s object, headed by the first."""
        head = span[0]
        g.reattach(head, verb, "obj")
        for k in span[1:]:
            if g.nodes[k].head not in span:
                g.reattach(k, head, "nmod")
        g.reattach(r, head, "case")

    def _ra_objects_after_adverbial_phrases(self, g: SentenceGraph) -> None:
        """`ارتش آمریکا در عین حال مرگ یکی از سربازان خود ... را تایید کرد` with the `را` phrase hung on the adverb
        (cue `adverbial_phrases`): an adverbial phrase takes no genitive, so the words after it up to `را` are the
        verb's object."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            pp = next((a for a in g.ancestors(r) if g.nodes[a].deprel in OBL_RELS and g.nodes[a].head is not None
                       and g.nodes[g.nodes[a].head].upos == "VERB"), None)
            if pp is None or g.nodes[r].head == pp:
                continue
            start = min(g.subtree(pp))
            n = next((n for n in (4, 3, 2) if g.text_of(list(range(start, start + n))) in self.cues.adverbial_phrases),
                     None)
            if n is None or start + n >= r:
                continue
            span = list(range(start + n, r))
            if g.nodes[span[0]].upos not in ("NOUN", "PROPN") or not set(span) <= g.subtree(pp) \
                    or any(g.nodes[k].upos in ("VERB", "AUX", "PUNCT") for k in span):
                continue
            self._span_as_ra_object(g, span, r, g.nodes[pp].head)

    def _ra_objects_inside_subjects(self, g: SentenceGraph) -> None:
        """`رژیم صهیونیستی 8 تن از خواهران ... را ربوده است` parsed as one subject: a numeral opens a new noun
        phrase, and the one that reaches `را` is the verb's object."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            s, steps = g.nodes[r].head, len(g.nodes)   # (bounded: a malformed parse may have a cycle)
            while s is not None and steps and g.nodes[s].deprel not in ("nsubj", "nsubj:pass") \
                    and g.nodes[s].upos != "VERB":
                s, steps = g.nodes[s].head, steps - 1
            if not steps:
                continue
            if s is None or g.nodes[s].upos == "VERB" or g.nodes[r].head == s or g.nodes[s].head is None:
                continue
            verb = g.nodes[s].head
            opener = next((c for c in g.kids(s) if s < c < r and self._opens_noun_phrase(c)), None)
            if opener is None or g.nodes[verb].upos != "VERB" or r > verb:
                continue
            g.reattach(opener, verb, "obj")
            for c in g.kids(s):   # the rest of the list before `را` goes with the object
                if opener < c < r:
                    g.reattach(c, opener, "nmod")
            g.reattach(r, opener, "case")

    def _ra_phrases_inside_later_objects(self, g: SentenceGraph) -> None:
        """`نیروهای یمنی همچنین محل تجمع مزدوران سعودی را در پشت تپه ... منطقه موزع بمباران کردند` parsed with the
        clause hung on the last noun before the verb, taken for the object: the noun phrase that `را` closes is the
        object; what else hung on that noun goes to the verb, and the noun ends the genitive chain before it."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            h = g.nodes[r].head
            a, steps = h, len(g)
            while a is not None and steps and g.nodes[a].head is not None and g.nodes[g.nodes[a].head].upos != "VERB":
                a, steps = g.nodes[a].head, steps - 1
            # (an adjunct follows the `را`, as in the example; not `خدا را شکر ...`, a set phrase with no verb of its own)
            if a is None or not steps or a == h or a < r or g.nodes[a].deprel != "obj" or g.nodes[a].head is None \
                    or g.kids(a, "case") or max(g.subtree(h)) != r or g.nodes[r + 1].upos not in ("ADP", "ADV"):
                continue
            verb = g.nodes[a].head
            g.reattach(h, verb, "obj")
            for c in [c for c in g.kids(a) if c < a]:
                g.reattach(c, verb, "obl" if any(g.nodes[k].text != "را" for k in g.kids(c, "case")) else g.nodes[c].rel)
            before = g.nodes[a - 1]
            if before.upos in ("NOUN", "PROPN") and before.index not in g.subtree(a) and not g.kids(a):
                g.reattach(a, before.index, "nmod")

    def _approximators_taken_for_heads(self, g: SentenceGraph) -> None:
        """`بیش از 200 تن در شهرهای مختلف عراق ... کشته شدند` parsed with `بیش` on the verb and the counted noun
        (and the clause's PPs) under it: the counted noun heads the phrase, `بیش از` only modifies it, and what
        else hung on `بیش` belongs to the verb. The noun is the verb's subject when it has none."""
        for b in g.nodes:
            v = b.head
            fixed = [k for k in g.kids(b.index, "fixed") if k == b.index + 1]
            if b.text not in self.cues.approximators or not fixed or v is None or g.nodes[v].upos != "VERB" \
                    or b.index + 2 >= len(g.nodes) or g.nodes[b.index + 2].upos != "NUM":
                continue
            n = g.nodes[b.index + 2].head
            if n is None or g.nodes[n].head != b.index or g.nodes[n].upos != "NOUN":
                continue
            rel = "obj" if any(g.nodes[k].text == "را" for k in g.kids(n, "case")) \
                else "nsubj" if not g.kids(v, *SUBJ_RELS) else b.deprel
            g.promote(n, b.index)
            g.nodes[n].rel = rel
            for k in list(g.nodes[b.index].children):
                if k not in fixed:
                    g.reattach(k, v, g.nodes[k].deprel)
            g.reattach(b.index, n, "advmod")

    def _opens_noun_phrase(self, c: int) -> bool:
        """Does ``c``'s phrase start with a counting numeral (after an approximator, `بیش از 200 تن`)? Then it
        is a noun phrase of its own, not an ezafe modifier of the noun it hangs on (a demonstrative is no such
        sign: `مسئولین اصلی این کشتار`)."""
        g = self._g
        words = sorted(g.subtree(c))
        while words and g.nodes[words[0]].deprel in ("advmod", "fixed") and words[0] != c:
            words = words[1:]
        return bool(words) and words[0] != c and g.nodes[words[0]].deprel == "nummod" \
            and g.nodes[words[0]].upos == "NUM"

    def _list_markers_taken_for_heads(self, g: SentenceGraph) -> None:
        """`یازده کشور از جمله یمن ... ندارند` parsed with `کشور` as the subject of `جمله`: the argument goes
        back to the verb and the list (`از جمله یمن ...`) hangs on it."""
        for n in g.nodes:
            case = g.kids(n.index, "case", "fixed")
            if n.head is None or g.nodes[n.head].upos != "VERB" or not case:
                continue
            if (g.nodes[min(case)].text, n.text) not in {m for m in self.cues.list_markers if len(m) == 2}:
                continue
            for c in g.kids(n.index, "nsubj", "nsubj:pass", "obj"):
                if c < n.index:
                    rel = g.nodes[c].rel
                    g.reattach(c, n.head, rel)
                    g.reattach(n.index, c, "nmod")
                    break
            else:   # `مسائل بین‌المللی و منطقه‌ای به ویژه مساله سوریه`: the marker hung on the verb beside the list
                before = [c for c in g.kids(n.head, "obj", "obl", "obl:arg", "nsubj")
                          if max(g.subtree(c)) == min(case) - 1]
                if before:
                    g.reattach(n.index, before[0], "nmod")

    def _relative_clauses_after_ra(self, g: SentenceGraph) -> None:
        """`پلیس ... یک مقام پنتاگون را که اطلاعات ... را به اسرائیل منتقل می‌کرد، هفته آینده دستگیر می‌کند`, parsed
        with the relative clause's verb as the main verb: a `که` right after `را` opens a clause inside the main one,
        which ends at the first verb before a comma; the `را` phrase is the object of the first verb after that
        comma, and the clause hangs on the phrase. The main clause's words the parser hung on the clause's verb go
        to the main verb."""
        nominal = ("NOUN", "PROPN", "PRON", "NUM")
        modifiers = ("nmod", "amod", "flat", "flat:name", "det", "nummod", "compound")
        for r in [n.index for n in g.nodes if n.text == "را"]:
            if r == 0 or r + 2 >= len(g) or g.nodes[r + 1].text != "که":
                continue
            c = next((k for k in range(r + 3, len(g)) if g.nodes[k].text in ("،", ",")
                      and g.nodes[k - 1].upos in ("VERB", "AUX")), None)
            if c is None:
                continue
            end = g.nodes[c - 1]
            v1 = end.head if end.deprel in ("cop", "aux", "aux:pass") and end.head is not None else end.index
            # (one clause only: another finite verb inside would make the comma the main clause's)
            if any(g.nodes[k].upos == "VERB" and g.nodes[k].deprel not in ("aux", "aux:pass", "compound:lvc")
                   and k != v1 and not g.nodes[k].text.endswith("ه") for k in range(r + 2, c)):
                continue
            v2 = next((k for k in range(c + 1, len(g)) if g.nodes[k].upos == "VERB"
                       and g.nodes[k].deprel not in ("aux", "aux:pass", "cop")), None)
            if v2 is None or any(g.nodes[k].text == "را" or g.nodes[k].text in ("،", ",", ".") for k in range(c + 1, v2)):
                continue
            o = r - 1
            while True:
                node = g.nodes[o]
                up = node.head
                if up is None or up >= r or node.deprel not in modifiers or g.nodes[up].head is None \
                        or g.nodes[up].upos not in nominal + ("ADJ",) \
                        or any(g.nodes[k].text != "را" for k in g.kids(up, "case")) \
                        or (o in self._ent_of and up in self._ent_of and self._ent_of[up] is not self._ent_of[o]):
                    break
                o = up
            if g.nodes[o].upos not in nominal or o in (v1, v2):
                continue
            if v2 in g.subtree(v1) or g.nodes[v2].head == g.nodes[v1].head:
                g.promote(v2, v1)
            elif not (v1 in g.subtree(v2) and o in g.subtree(v1)):
                continue
            start = o
            while start - 1 in g.subtree(o):
                start -= 1
            for k in range(len(g)):   # the main clause's words go to the main verb
                if (k < start or k > c) and g.nodes[k].head == v1:
                    g.reattach(k, v2, g.nodes[k].rel)
            g.reattach(o, v2, "obj")
            g.reattach(r, o, "case")
            g.reattach(v1, o, "acl")
            g.reattach(r + 1, v1, "mark")
            for k in range(r + 2, c):   # the clause's words hung outside it
                if g.nodes[k].head is not None and not (r + 1 <= g.nodes[k].head < c) and k != v1 \
                        and v1 not in g.subtree(k):
                    rel = g.nodes[k].rel
                    # (a bare noun phrase the parser hung on the `را` phrase is the clause's subject: `این موضوع را
                    # که تدوین قانون اساسی جدید، زمان زیادی می‌طلبد`)
                    if rel not in SUBJ_RELS + OBL_RELS + ("obj", "advmod", "punct", "mark") and g.nodes[k].upos in nominal and not g.kids(k, "case") \
                            and not g.kids(v1, *SUBJ_RELS):
                        rel = "nsubj"
                    g.reattach(k, v1, rel)

    @staticmethod
    def _ra_on_the_phrase_it_closes(g: SentenceGraph) -> None:
        """`به او اجازه ادامه عمل جراحی را دادند` with `را` hung on `عمل`: `را` closes a noun phrase and marks
        its head, the highest noun of the phrase that ends at `را` below the verb."""
        nominal = ("NOUN", "PROPN", "PRON", "NUM", "ADJ")
        for r in g.nodes:
            if r.text != "را" or r.deprel != "case" or r.head is None:
                continue
            top = r.head
            while g.nodes[top].deprel in ("nmod", "amod", "flat", "flat:name") and g.nodes[top].head is not None:
                up = g.nodes[top].head
                if g.nodes[up].upos not in nominal or max(g.subtree(up) - {r.index}) != r.index - 1:
                    break
                # not into a PP (`در عراق بخش قابل توجهی ... را`), except a pronoun's, which takes no ezafe noun
                if g.kids(up, "case") and g.nodes[up].upos != "PRON":
                    break
                top = up
            head = g.nodes[top].head
            if top != r.head and head is not None and g.nodes[head].upos == "VERB" \
                    and g.nodes[top].deprel in ("obj", "obl", "obl:arg"):
                g.reattach(r.index, top, "case")

    def _ra_objects_headed_by_an_adjective(self, g: SentenceGraph) -> None:
        """`... یکدیگر ایران عزیز را به قله‌ها خواهیم رساند` with the adjective as the object and its noun hung
        elsewhere: an adjective takes no `را` of its own; the noun right before it heads the object. (Not a word
        in `-ی`: that is as often an indefinite noun tagged as an adjective, `وزارت کشور تغییراتی را`.)"""
        for r in g.nodes:
            a = r.head
            if r.text != "را" or r.deprel != "case" or a is None or a == 0:
                continue
            adj, noun = g.nodes[a], g.nodes[a - 1]
            if adj.upos != "ADJ" or adj.deprel != "obj" or adj.index != r.index - 1 or adj.children != [r.index] \
                    or noun.upos not in ("NOUN", "PROPN") or noun.head == a or a in g.subtree(noun.index) \
                    or g.kids(noun.index, "case") or adj.text.endswith("ی") \
                    or noun.head is not None and self._is_title(g.nodes[noun.head]):   # (`مشاور کرملین کمپین را`)
                continue
            g.reattach(noun.index, adj.head, "obj")
            g.reattach(a, noun.index, "amod")
            g.reattach(r.index, noun.index, "case")

    def _ra_phrases_glued_to_a_name(self, g: SentenceGraph) -> None:
        """`یوری اوشاکوف، مشاور کرملین مساله کمپین انتخاباتی ... را دلیل ... دانست` parsed with the `را` phrase hung
        on the name that ends the title: a name takes no ezafe noun after it, so the `را` phrase starts at the noun
        right after the name and is the object of the verb above; the title is the subject's apposition."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            c = g.nodes[r].head
            while c is not None and g.nodes[c].head is not None and g.nodes[c].deprel in ("nmod", "flat", "flat:name") \
                    and c not in self._ent_of and g.nodes[c].head not in self._ent_of:
                c = g.nodes[c].head
            name = g.nodes[c].head if c is not None else None
            if name is None or c in self._ent_of or name not in self._ent_of or g.nodes[c].upos != "NOUN" \
                    or c - 1 != self._entity_words(self._ent_of[name])[-1] \
                    or max(g.subtree(c)) != r:
                continue
            verb = next((a for a in g.ancestors(c) if g.nodes[a].upos == "VERB"), None)
            if verb is None or verb < r:
                continue
            g.reattach(c, verb, "obj")
            g.reattach(r, c, "case")
            # (the title the name closed is the apposition of the person named before its comma, not the subject of
            # the secondary predicate)
            title = next((a for a in g.ancestors(name) if self._is_title(g.nodes[a])), None)
            k = title - 1 if title is not None else -1
            while k >= 0 and g.nodes[k].text in QUOTES + ("،", ","):
                k -= 1
            person = self._ent_of.get(k)
            if person is not None and person.label == "PER" and g.nodes[title].deprel in SUBJ_RELS:
                g.reattach(title, k, "appos")

    def _named_lists_after_markers(self, g: SentenceGraph) -> None:
        """`این یازده کشور از جمله آفریقای مرکزی، جزایر کومور، ... و یمن`: after a list marker, names
        separated by `،` and `و` are the items of one list, however the parser hung them."""
        def entity_words(i: int) -> list[int]:
            ent = self._ent_of[i]
            return [k for k in range(i, len(g.nodes)) if self._ent_of.get(k) is ent]
        for marker in self.cues.list_markers:
            for start in g.occurrences(marker):
                j = start + len(marker)
                items = []
                while j in self._ent_of and (not items or self._ent_of[j] is not self._ent_of[items[-1][-1]]):
                    words = entity_words(j)
                    items.append(words)
                    after = words[-1] + 1
                    if after + 1 < len(g.nodes) and g.nodes[after].text in ("،", ",", "و"):
                        j = after + 1
                    else:
                        break
                if len(items) < 2:
                    continue
                heads = [next((w for w in ws if g.nodes[w].head not in ws), ws[0]) for ws in items]
                for h in heads[1:]:
                    if g.nodes[h].head != heads[0] or g.nodes[h].deprel != "conj":
                        g.reattach(h, heads[0], "conj")

    def _caseless_copula_subjects(self, g: SentenceGraph) -> None:
        """`این مدت کافی نیست`: a copular predicate without a subject, and a noun phrase before it with no
        preposition that the parser called an oblique: that noun phrase is the subject (one headed by a time
        noun, `روز دوشنبه`, stays an adverbial)."""
        for h in g.heads_of("cop"):
            if g.kids(h, "nsubj", "nsubj:pass", "csubj"):
                continue
            bare = [c for c in g.kids(h, "obl") if c < h and g.nodes[c].upos in ("NOUN", "PROPN", "PRON")
                    and not g.kids(c, "case") and g.nodes[c].text not in self.cues.time_nouns]
            if len(bare) == 1:
                g.nodes[bare[0]].rel = "nsubj"

    def _bare_copulas(self, g: SentenceGraph) -> None:
        """A copula the parser made a clause head (`و این هدف اصلی من ... است`, `جان مادر در خطر است`): its
        predicate is the PP closing the subject phrase, or, after a demonstrative (`این` + a noun phrase with
        modifiers), the noun phrase itself with the demonstrative as subject."""
        for a in g.nodes:
            if a.upos != "AUX" or a.text not in self.cues.copular_verbs and a.lemma not in self.cues.copular_verbs \
                    or a.deprel not in CLAUSE_RELS:
                continue
            subj = [c for c in g.kids(a.index, "nsubj") if c < a.index]
            if len(subj) != 1:
                continue
            s_ = subj[0]
            pps = [c for c in g.kids(s_, "nmod") if c > s_ and g.kids(c, "case")
                   and max(g.subtree(c)) == a.index - 1]
            if pps:
                pred, subject = pps[0], s_
            elif g.nodes[s_].upos == "ADJ" and a.deprel == "acl":
                # a relative clause's predicate adjective (`صلیب سرخ جهانی که مسئول برنامه ملاقات‌های اسرا است`):
                # the clause has no subject of its own, its antecedent is
                pred, subject = s_, None
            else:
                dets = [c for c in g.kids(s_, "det") if g.nodes[c].text in self.cues.anaphoric_dets and c < s_]
                if not dets or not g.kids(s_, "amod", "nmod") or g.nodes[s_].upos != "NOUN":
                    continue
                pred, subject = s_, dets[0]
            for c in list(a.children):
                if c not in (subject, pred):
                    g.reattach(c, pred, g.nodes[c].rel)
            g.promote(pred, a.index)
            g.reattach(a.index, pred, "cop")
            if subject is not None:
                g.reattach(subject, pred, "nsubj")

    def _verbs_taken_for_copulas(self, g: SentenceGraph) -> None:
        """`رامسفلد، وزیر دفاع امریکا، سوریه را متهم ... کرده بود`: the parser made the apposition title the clause
        head and the verb its copula; a verb with an object or a secondary predicate heads its clause, and the
        title goes back to the name."""
        for v in g.nodes:
            if v.upos != "VERB" or v.deprel != "cop" or not g.kids(v.index, "obj", "xcomp", "compound:lvc"):
                continue
            title = g.nodes[v.head]
            names = [c for c in g.kids(title.index, "nsubj") if c < title.index]
            if not self._is_title(title) or len(names) != 1:
                continue
            g.promote(v.index, title.index)
            g.reattach(names[0], v.index, "nsubj")
            g.reattach(title.index, names[0], "appos")
            for c in list(title.children):   # what follows the title phrase is the clause's
                if c > v.index or (g.nodes[c].deprel in ("obj", "obl", "obl:arg", "xcomp") and c > title.index):
                    g.reattach(c, v.index, g.nodes[c].rel)

    def _subjects_hung_on_present_copula_predicates(self, g: SentenceGraph) -> None:
        """`خود آنها نیز ناراحت هستند` with the present copula tagged a verb and the subject hung on its predicate
        adjective (an `xcomp`): a subject before the predicate is the copula's. Only the copula written apart
        (`هستند`, `نیست`): a glued one is a frame or a light verb of its own (`معتقدند`, `بر این باورند`).
        The same for a lexicon light verb whose nominal the parser made its `xcomp` (`دیدار امروز ... برگزار خواهد
        شد` with `دیدار` hung on `برگزار`), with only auxiliaries or the verb's own PPs between (`ان‌بی‌تی مجبور به قطع
        برنامه‌های خود شد`)."""
        for v in g.nodes:
            if v.upos != "VERB" or not g.kids(v.index, "xcomp") or g.kids(v.index, *SUBJ_RELS):
                continue
            copula = v.text.startswith(self.cues.free_present_copulas)
            pps = set().union(*(g.subtree(k) for k in g.kids(v.index, *OBL_RELS) if g.kids(k, "case")))
            for x in g.kids(v.index, "xcomp"):
                if not copula and not (self.lexicon is not None and self._lvc_nominal(g.nodes[x].text, v.lemma) and all(
                        g.nodes[a].upos == "AUX" or a in pps for a in range(x + 1, v.index))):
                    continue
                subjects = g.kids(x, *SUBJ_RELS)
                if not copula and len(subjects) > 1:   # (`دیدار برگشت این دو تیم پنجشنبه ... برگزار خواهد شد`)
                    continue
                for s in subjects:
                    if s < x < v.index:
                        g.reattach(s, v.index, g.nodes[s].rel)

    def _lift_conjuncts_out_of_names(self, g: SentenceGraph) -> None:
        """`سرگئی لاوروف و محمد جواد ظریف`: a conjunct hung on the last word of a name is coordinated with
        the whole name, not with that word."""
        for n in g.nodes:
            h = n.head
            if n.deprel != "conj" or h is None or h not in self._ent_of or n.index in self._ent_of \
                    and self._ent_of[n.index] is self._ent_of[h]:
                continue
            ent = self._ent_of[h]
            root = h
            while g.nodes[root].head is not None and self._ent_of.get(g.nodes[root].head) is ent:
                root = g.nodes[root].head
            if root != h and n.index > h:
                g.reattach(n.index, root, "conj")
        # `با شارون در اسرائیل و محمود عباس`: a person coordinated with the place in a PP on a person is
        # coordinated with that person
        for n in g.nodes:
            h = n.head
            ent = self._ent_of.get(n.index)
            if n.deprel != "conj" or h is None or ent is None or ent.label != "PER" or not g.kids(h, "case") \
                    or h not in self._ent_of or self._ent_of[h].label not in ("GPE", "LOC"):
                continue
            host = g.nodes[h].head
            if host is not None and host < h and host in self._ent_of and self._ent_of[host].label == "PER":
                g.reattach(n.index, host, "conj")

    def _detach_pps_from_names(self, g: SentenceGraph) -> None:
        """`مشرف از دولت جدید حمایت می‌کند`: a PP between a named subject and its verb belongs to the verb
        (a name takes no PP modifier); so does any PP the parser hung on a subject as `obl`."""
        for v in g.nodes:
            # (or a copular predicate: `احمدی‌نژاد در دور بعد نیز رئیس‌جمهور ایران خواهد بود`)
            if v.upos != "VERB" and not g.kids(v.index, "cop"):
                continue
            for s in g.kids(v.index, "nsubj", "nsubj:pass"):
                if s > v.index:
                    continue
                # (a title heading the subject, `دادستان کل عراق از اعدام ... ابراز بی‌اطلاعی کرد`, counts as a name)
                named = s in self._ent_of or g.nodes[s].upos in ("PROPN", "PRON") or self._is_title(g.nodes[s])
                for c in list(g.nodes[s].children):
                    node = g.nodes[c]
                    if c < s or c > v.index or node.deprel not in ("nmod", "obl"):
                        continue
                    case = [k for k in g.kids(c, "case") if k < c and g.nodes[k].text != "را"]
                    # (`سفارت اسرائیل در واشنگتن`: a named place after `در` stays in the name's phrase)
                    place = bool(case) and c in self._ent_of and g.nodes[case[-1]].text == "در"
                    if case and (named or node.deprel == "obl") and not place:
                        g.reattach(c, v.index, "obl")
                # (nor does a name inside a named or titled subject: `اعضای مجلس نمایندگان فلوریدا از شهرداری ...
                # خواستند`, `خبرنگار مهر از داوودی سوال کرد`; the PP closes the subject)
                if not named:
                    continue
                last = max(g.subtree(s))
                for e in sorted(g.subtree(s)):
                    ent = self._ent_of.get(e)
                    if e == s or ent is None or self._entity_words(ent)[-1] != e or ent is self._ent_of.get(s):
                        continue
                    for c in g.kids(e, "nmod"):
                        case = [k for k in g.kids(c, "case") if k < c and g.nodes[k].text != "را"]
                        if case and min(g.subtree(c)) == e + 1 and max(g.subtree(c)) == last \
                                and not (c in self._ent_of and g.nodes[case[-1]].text == "در"):
                            g.reattach(c, v.index, "obl")
            # `سفیر سوریه در واشنگتن از امریکا ... انتقاد کرد`: nor does a named place the verb happens in
            for o in g.kids(v.index, *OBL_RELS):
                if o in self._ent_of and self._preposition(o) == "در":
                    for c in g.kids(o, "nmod"):
                        if o < c < v.index and self._preposition(c) and self._ent_of.get(c) is not self._ent_of[o]:
                            g.reattach(c, v.index, "obl")
            # `این امر از سوی روسیه مورد استقبال قرار خواهد گرفت`: an agent phrase closing the subject of a passive
            # (or of a `مورد ... قرار گرفت` frame) is the verb's agent
            passive = v.feat("Voice") == "Pass" or past_stem(v.lemma) in self.cues.passive_light_verbs \
                or any(g.nodes[k].text in self.cues.lvc_frames for k in g.kids(v.index, "compound:lvc"))
            for s in g.kids(v.index, "nsubj", "nsubj:pass") if passive else ():
                last = max(g.subtree(s))
                for c in sorted(g.subtree(s) - {s}):
                    prep = self._preposition(c)
                    if prep and (prep in self.cues.agent_prepositions
                                 or f"{prep} {g.nodes[c].text}" in self.cues.agent_prepositions) \
                            and max(g.subtree(c)) == last and last < v.index:
                        g.reattach(c, v.index, "obl")
                        break
        # `با خود به آمریکا منتقل کرده است`: a pronoun takes no PP either, wherever it stands
        for n in g.nodes:
            h = n.head
            if n.deprel == "nmod" and h is not None and h < n.index and g.nodes[h].upos == "PRON" \
                    and g.nodes[h].head is not None and g.nodes[g.nodes[h].head].upos == "VERB" \
                    and any(g.nodes[k].text != "را" for k in g.kids(n.index, "case")):
                g.reattach(n.index, g.nodes[h].head, "obl")

    def _prepositional_nominals(self, g: SentenceGraph) -> None:
        """`به شمار می‌آیند`, `به پایان رسیده`: a prepositional noun right before its verb that the predicate
        lexicon knows as that verb's light-verb nominal (`به شمار`, `به پایان`) is the nominal, not an oblique.
        A PP between them is the verb's argument (`به استقبال از بوش رفتند`)."""
        if self.lexicon is None:
            return
        for n in g.nodes:
            v = n.head
            if n.deprel == "nmod" and g.kids(n.index, "case"):
                # (or hung as a modifier on the noun phrase before it: `بسته حمایتی در نظر بگیریم`)
                after = max(g.subtree(n.index)) + 1
                v = after if after < len(g.nodes) and g.nodes[after].upos == "VERB" and after in g.ancestors(n.index) \
                    else None
            elif n.deprel not in OBL_RELS:
                continue
            if v is None or v <= n.index or g.nodes[v].upos != "VERB" \
                    or g.kids(v, "compound:lvc") or g.kids(n.index, "det", "amod", "nummod"):
                continue
            pps = g.kids(n.index, "nmod")
            if any(not g.kids(c, "case") or c < n.index for c in pps) \
                    or set(range(n.index + 1, v)) != set().union(set(), *(g.subtree(c) for c in pps)):
                continue
            prep = self._preposition(n.index)
            entry = self.lexicon.lookup(f"{prep} {n.text}", g.nodes[v].lemma) if prep else None
            if entry is not None and entry.is_lvc:
                g.reattach(n.index, v, "compound:lvc")
                for c in pps:
                    g.reattach(c, v, "obl:arg")

    @staticmethod
    def _invert_light_verbs(g: SentenceGraph) -> None:
        """`این حادثه منجر به ... شده`, `انجام شد`: the parser made the LVC nominal the head and hung the
        light verb under it as `compound`. The verb heads the clause; the nominal is its `compound:lvc`, and
        the nominal's clause-level dependents (subject, obliques, clauses) move to the verb."""
        keep_on_nominal = ("det", "amod", "nummod", "case", "fixed", "flat", "goeswith")
        for n in list(g.nodes):
            if n.upos != "VERB" or n.deprel != "compound" or n.head is None or n.head > n.index:
                continue
            nom = g.nodes[n.head]
            if nom.upos not in ("NOUN", "ADJ") or nom.head == n.index:
                continue
            g.promote(n.index, nom.index)
            g.reattach(nom.index, n.index, "compound:lvc")
            for c in list(nom.children):
                child = g.nodes[c]
                if child.rel in keep_on_nominal:
                    continue
                if child.rel == "nmod":
                    if not g.kids(c, "case"):
                        continue          # an ezafe dependent of the nominal stays with it
                    g.reattach(c, n.index, "obl")
                else:
                    g.reattach(c, n.index, child.rel)

    def _multiword_nominals_split(self, g: SentenceGraph) -> None:
        """`تحقیقات اف بی آی ... دو مقام دیگر را ... هدف قرار داده است` parsed with `هدف` as the subject: a bare noun
        right before the light verb's nominal that makes with it a lexicon entry (`هدف قرار دادن`; `ادامه پیدا کرد`,
        found as `ادامه یافتن`: variants.tsv, kind `light`) is part of the nominal, whatever the parser hung it on."""
        if self.lexicon is None:
            return
        for c in [n.index for n in g.nodes if n.deprel == "compound:lvc" and n.index > 0]:
            verb, w = g.nodes[c].head, g.nodes[c - 1]
            if verb is None or w.upos != "NOUN" or w.index in self._ent_of or w.children or w.deprel == "compound:lvc" \
                    or w.head not in (verb, c):
                continue
            entry = self.lexicon.lookup(f"{w.text} {g.nodes[c].text}", g.nodes[verb].lemma)
            if entry is not None and entry.is_lvc:
                g.reattach(w.index, verb, "compound:lvc")

    def _main_clauses_under_relative_clauses(self, g: SentenceGraph) -> None:
        """`معاون وزیر ... درباره پیش‌نویس قرارداد ... که آژانس ... آن را پیشنهاد داده گفت که ...` parsed with the
        relative clause's verb as the head and the main verb under it: words before `که` are not in its clause. The
        verb after it that it governs takes its place and the words before `که`, and the relative clause hangs on
        the noun phrase right before `که`."""
        for v in [n.index for n in g.nodes if n.upos == "VERB"]:
            marks = [c for c in g.kids(v, "mark") if c < v and g.nodes[c].text == "که"]
            if not marks:
                continue
            m = min(marks)
            before = [c for c in g.nodes[v].children if c < m]
            if not any(g.nodes[c].deprel in (*SUBJ_RELS, "obj", *OBL_RELS) for c in before):
                continue
            # (a predicate of its own between `که` and the verb: `که` is that clause's: `وی که ... روبرو است، تصریح کرد`)
            if any(g.nodes[k].upos in ("VERB", "AUX") and g.nodes[k].head != v for k in range(m + 1, v)):
                continue
            # (a conjunct joined by `و` is the relative clause's own: `که زمینه ... فراهم کرد و ... شکل بگیرد`)
            w = next((c for c in sorted(g.nodes[v].children) if c > v and g.nodes[c].upos == "VERB"
                      and g.nodes[c].deprel in ("ccomp", "conj", "parataxis", "advcl") and not g.kids(c, "cc")), None)
            k = m - 1
            while k >= 0 and (g.nodes[k].text in QUOTES or g.nodes[k].text in ("را", "نیز", "هم")):
                k -= 1
            if w is None or k < 0 or g.nodes[k].upos not in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") \
                    or not any(k in g.subtree(c) for c in before):
                continue
            # (the antecedent is the whole noun phrase: up its ezafe chain to the word that takes the preposition)
            antecedent = k
            while not g.kids(antecedent, "case") and g.nodes[antecedent].deprel in ("amod", "nmod", "flat", "flat:name") \
                    and g.nodes[antecedent].head is not None and g.nodes[antecedent].head < m \
                    and g.nodes[g.nodes[antecedent].head].upos in ("NOUN", "PROPN", "PRON"):
                antecedent = g.nodes[antecedent].head
            g.promote(w, v)
            for c in before:
                g.reattach(c, w, g.nodes[c].rel)
            g.reattach(v, antecedent, "acl")

    def _gapped_light_verbs(self, g: SentenceGraph) -> None:
        """`397 نماینده از طرح ... حمایت و 223 نماینده با این طرح مخالفت کردند`: a light-verb nominal right before `و`
        that ends a clause (a preposition or a number opens the next one, or `را` marks the nominal's object) borrows
        the light verb of the next clause (lexicon: `حمایت کردن`). It heads a clause of its own, with the arguments
        before it, and the next clause is its conjunct (``self._gapped``: nominal → the verb it borrows)."""
        if self.lexicon is None:
            return
        for n in [k for k in g.nodes if k.upos == "NOUN" and k.deprel != "compound:lvc"]:
            i = n.index
            if i + 2 >= len(g.nodes) or g.nodes[i + 1].text != "و" or i in self._ent_of or g.kids(i, "case") \
                    or not (g.nodes[i + 2].upos in ("ADP", "NUM") or i > 0 and g.nodes[i - 1].text == "را"):
                continue
            v = next((k for k in range(i + 2, len(g.nodes)) if g.nodes[k].upos == "VERB"
                      and not any(g.nodes[a].deprel in ("acl", "acl:relcl") for a in [k, *g.ancestors(k)])), None)
            nominal = next((c for c in g.kids(v, "compound:lvc")), None) if v is not None else None
            head = g.nodes[v].head if v is not None else None
            entry = self.lexicon.lookup(n.text, g.nodes[v].lemma) if nominal is not None else None
            if nominal is None or nominal <= i + 2 or entry is None or not entry.is_lvc \
                    or v in self._gapped.values() or head is not None and head < i and g.nodes[head].upos != "VERB":
                continue
            # (not an adjective found through its noun, `حضوری`; not a past stem, `... به بررسی ... پرداخت و`; not the
            # end of a PP that `و` coordinates with the next, `در اوایل بازی و در دقیقه 6`)
            if canonical_string(entry.nominal).replace(ZWNJ, "") != canonical_string(n.text).replace(ZWNJ, "") \
                    or self.lexicon.lookup(None, n.text) is not None \
                    or any(g.nodes[c].text == g.nodes[i + 2].text for a in g.ancestors(i) for c in g.kids(a, "case")):
                continue
            if head != i:   # (unless the parser already made the next clause its conjunct)
                g.promote(i, v)
                g.reattach(v, i, "conj")
            g.reattach(i + 1, v, "cc")
            for c in [c for c in g.nodes[v].children if c < i]:   # (the arguments before it are its own)
                g.reattach(c, i, g.nodes[c].rel)
            # (what the parser hung from the next clause into this one is the next clause's: `... حمایت و [223
            # نماینده] با این طرح مخالفت کردند`)
            tops = [k for k in range(i + 2, v) if g.nodes[k].head not in range(i + 2, v + 1)]
            for k in tops:
                if g.nodes[k].upos == "NUM" and k + 1 in tops:
                    g.reattach(k, k + 1, "nummod")
                elif g.kids(k, "case"):
                    g.reattach(k, v, "obl")
                elif g.nodes[k].upos in ("NOUN", "PROPN", "PRON", "ADJ") and not g.kids(v, *SUBJ_RELS):
                    g.reattach(k, v, "nsubj")
                else:
                    g.reattach(k, v, g.nodes[k].rel)
            n.pos = "VERB"
            self._gapped[i] = v

    def _action_nouns_of_framed_light_verbs(self, g: SentenceGraph) -> None:
        """`آنها قادرند تا از ورود مردم ... جلوگیری به عمل آورند` parsed with `جلوگیری` as the object of `به عمل
        آورند`: a light verb made of a PP (cue `action_light_verbs`: `به عمل آوردن`, `به عمل آمدن`) takes the bare
        action noun right before it as part of its nominal (`جلوگیری به عمل آوردن` is "prevent")."""
        for k in g.nodes:
            i, v = k.index, k.head
            if k.deprel != "compound:lvc" or v is None or i < 2 or g.nodes[i - 1].deprel != "case":
                continue
            stems = self.cues.action_light_verbs.get(g.text_of([i - 1, i]))
            noun = g.nodes[i - 2]
            if not stems or past_stem(g.nodes[v].lemma) not in stems or noun.upos != "NOUN" \
                    or g.kids(noun.index, "case") or noun.index in self._ent_of:
                continue
            for c in list(noun.children):   # (what the parser hung on it belongs to the clause)
                if g.nodes[c].deprel not in ("amod", "det", "compound", "flat"):
                    g.reattach(c, v, g.nodes[c].rel)
            g.reattach(noun.index, v, "compound:lvc")

    def _nominals_hung_inside_a_phrase_before_them(self, g: SentenceGraph) -> None:
        """`دالایی‌لاما ایالت ایلینویز را به علت حذف حکم اعدام تحسین کرد` with `تحسین` hung inside the PP before it: a
        verb without a nominal takes the bare noun right before it as one when the two make a lexicon light-verb
        construction (`تحسین کردن`)."""
        if self.lexicon is None:
            return
        for v in g.nodes:
            i = v.index
            if v.upos != "VERB" or i == 0 or g.kids(i, "compound:lvc", "xcomp"):
                continue
            n = g.nodes[i - 1]
            if n.upos != "NOUN" or n.deprel != "nmod" or n.children or n.index in self._ent_of \
                    or not self._lvc_nominal(n.text, v.lemma):
                continue
            # (not the second word of a compound whose first word is the nominal: `یک اختلاف نظر داریم`)
            if n.head == n.index - 1 and self._lvc_nominal(g.nodes[n.head].text, v.lemma):
                continue
            g.reattach(n.index, i, "compound:lvc")

    def _nominals_taken_for_objects(self, g: SentenceGraph) -> None:
        """`ما یقین داریم که ...` parsed with `یقین` as the object of `داریم`: a bare noun right before a verb that has
        no nominal, which makes a lexicon reporting or belief construction with it (`یقین داشتن`), is its nominal
        (other light verbs keep such a noun as their object: `فشار آورد`, decision 8)."""
        if self.lexicon is None:
            return
        for v in g.nodes:
            i = v.index
            if v.upos != "VERB" or g.kids(i, "compound:lvc", "xcomp"):
                continue
            n = next((o for o in g.kids(i, "obj") if o + 1 == min(self._predicate_span(g, i))), None)
            if n is None or g.nodes[n].upos != "NOUN" or g.nodes[n].children or n in self._ent_of \
                    or not self._lvc_nominal(g.nodes[n].text, v.lemma) or not self.lexicon.is_reporting(v.lemma, g.nodes[n].text):
                continue
            g.nodes[n].rel = "compound:lvc"

    def _nominals_hung_under_a_noun_before_them(self, g: SentenceGraph) -> None:
        """`آمریکایی‌ها به یک اتاق عمل حمله کردند` parsed with `عمل` as the light verb's nominal and `حمله` hung
        under it: the noun right before the verb that makes a lexicon LVC with it (`حمله کردن`) is the nominal,
        and the word the parser took for it closes the noun phrase before it (`اتاق عمل`)."""
        if self.lexicon is None:
            return
        for c in [n.index for n in g.nodes if n.deprel == "compound:lvc" and n.index > 0]:
            verb = g.nodes[c].head
            d = next((k for k in g.kids(c, "nmod") if k == c + 1), None)
            if verb is None or d is None or g.nodes[d].children or g.nodes[d].upos != "NOUN" \
                    or d in self._ent_of or d + 1 != min(self._predicate_span(g, verb)):
                continue
            prev = g.nodes[c - 1]
            # (an entry of its own, not an active one read through `شدن`: `وارد گفت‌وگو شد` is no `گفت‌وگو شدن`)
            entry, through_passive = self.lexicon.find(g.nodes[d].text, g.nodes[verb].lemma)
            if entry is None or through_passive or not entry.is_lvc or g.nodes[c].upos != "NOUN" \
                    or prev.upos not in ("NOUN", "PROPN") or g.kids(c, "case") \
                    or verb not in g.ancestors(prev.index):
                continue
            g.reattach(d, verb, "compound:lvc")
            g.reattach(c, prev.index, "nmod")

    def _adjectives_taken_for_nominals(self, g: SentenceGraph) -> None:
        """`از وی حمایت قاطع می‌کنند` parsed with the adjective as the light verb's nominal and `حمایت` as a bare
        object: when the noun before the adjective makes a lexicon LVC with the verb and the adjective makes none,
        the noun is the nominal and the adjective its modifier. An indefinite `-ی` marks a modifier of the noun
        before it, LVC or not (`پول‌های هنگفتی نداریم`: the object is `پول‌های هنگفتی`)."""
        if self.lexicon is None:
            return
        for c in [n.index for n in g.nodes if n.deprel == "compound:lvc" and n.index > 0
                  and (n.upos == "ADJ" or self._article_i(n))]:
            v, prev = g.nodes[c].head, g.nodes[c - 1]
            if v is None or prev.upos != "NOUN" or prev.head != v or prev.deprel != "obj" or prev.children \
                    or prev.index in self._ent_of or g.nodes[c].text in self.cues.role_predicates:
                continue
            lemma = g.nodes[v].lemma
            entry = self.lexicon.lookup(prev.text, lemma)
            lvc = entry is not None and entry.is_lvc and self.lexicon.lookup(g.nodes[c].text, lemma) is None
            if lvc:
                g.reattach(prev.index, v, "compound:lvc")
            if lvc or self._article_i(g.nodes[c]):
                g.reattach(c, prev.index, "amod")

    def _counted_objects_taken_for_predicates(self, g: SentenceGraph) -> None:
        """`حمله انتحاری در ترکیه سه کشته بر جای گذاشت` parsed with `سه کشته` as a secondary predicate: a counted
        noun is no predicate of a verb that takes an object (not `شد`, `ماند`, `بود`: `30 تروریست کشته شدند`);
        with no object of its own, the verb has it as its object."""
        for n in g.nodes:
            v = n.head
            if n.deprel != "xcomp" or n.upos != "NOUN" or not g.kids(n.index, "nummod") or v is None \
                    or g.nodes[v].upos != "VERB" or g.kids(v, "obj", "cop") \
                    or past_stem(g.nodes[v].lemma) in self.cues.intransitive_stems:
                continue
            n.rel = "obj"

    def _secondary_predicates_taken_for_adverbs(self, g: SentenceGraph) -> None:
        """`این سفر را بسیار مهم عنوان کرد` parsed with `مهم` as an adverb: an adjective between the verb's `را` object
        and the predicate says what the object is taken for (`مهم عنوان کرد`, like `مسئول دانست`); it is the
        verb's secondary predicate."""
        for v in g.nodes:
            adjectives = [a for a in g.kids(v.index, "advmod") if g.nodes[a].upos == "ADJ"]
            # (so is a noun phrase the parser took for a second subject after a verb of regarding's object: `آمریکا
            # اندونزی را ... یکی از متحدان مهم خود می‌داند`)
            marked = [o for o in g.kids(v.index, "obj") if any(g.nodes[k].text == "را" for k in g.kids(o, "case"))]
            if v.upos != "VERB" or not marked:
                continue
            start = min(self._predicate_span(g, v.index))
            for a in adjectives:
                if max(g.subtree(marked[0])) < min(g.subtree(a)) and max(g.subtree(a)) == start - 1:
                    g.nodes[a].rel = "xcomp"
            # (when the verb has its subject before the object or agrees with `من`, `ما`; else the phrase may be a
            # subject after the object: `این واقعیت را برخی مدیران تازه وارد نمی‌دانند`)
            speaker = (person_of_form(v.text, v.lemma) or ("3", None))[0] in ("1", "2")
            if past_stem(v.lemma) in self.cues.role_predicates \
                    and (speaker or any(s < marked[0] for s in g.kids(v.index, *SUBJ_RELS))):
                after = max(g.subtree(marked[0])) + 1
                while after < v.index and g.nodes[after].upos == "PUNCT":
                    after += 1
                for n in g.kids(v.index, "nsubj"):
                    if min(g.subtree(n)) == after and g.nodes[n].upos in ("NOUN", "ADJ") and not g.kids(n, "case"):
                        g.nodes[n].rel = "xcomp"

    def _secondary_predicates_taken_for_clause_heads(self, g: SentenceGraph) -> None:
        """`وزیر خارجه این حمله را خطرناک‌ترین اقدام رژیم صهیونیستی خواند` parsed with `اقدام` heading the subject
        and the `را` object: before a verb of regarding (`خواند`, `دانست`, `توصیف کرد`; cue `role_predicates`) the
        noun phrase is what the object is called, and the subject and object are the verb's."""
        for v in g.nodes:
            # (the noun phrase may itself be the verb's object: `تصمیم ... را عامل ایجاد تنش ... خواند`)
            if v.upos != "VERB" or g.kids(v.index, *SUBJ_RELS):
                continue
            objects = g.kids(v.index, "obj")
            nominals = [g.nodes[c].text for c in g.kids(v.index, "compound:lvc")]
            if past_stem(v.lemma) not in self.cues.role_predicates \
                    and not any(t in self.cues.role_predicates for t in nominals):
                continue
            for n in g.kids(v.index, "obl", "obj", "nmod", "xcomp"):
                node = g.nodes[n]
                inner = [k for k in node.children if g.nodes[k].deprel in ("nsubj", "obj") and k < n]
                if n > v.index or node.upos not in ("NOUN", "ADJ") or g.kids(n, "case") or objects not in ([], [n]) \
                        or not any(g.nodes[k].deprel == "obj" for k in inner):
                    continue
                for k in inner:
                    g.reattach(k, v.index, g.nodes[k].deprel)
                node.rel = "xcomp"
                break

    def _subject_from_role(self, g: SentenceGraph) -> None:
        """`«تئودور کاتوف»، سفیر امریکا در سوریه ... این مساله را گوشزد کرد`: a name that opens the clause
        (after any `به گزارش X،` frame) with its apposition is the subject of the main verb when the parser
        gave that verb none (it often takes the title for the object)."""
        for person, title, org in self._role_spans:
            start = person[0]
            k = start - 1
            while k >= 0 and (g.nodes[k].text in QUOTES or g.nodes[k].text in self.cues.span_prefixes_dropped):
                k -= 1
            opens = k < 0 or g.nodes[k].text == "و" or (g.nodes[k].text in ("،", ",", ":") and (
                k in self._excluded or self._is_attribution_frame(0) or self._is_attribution_frame(1))) \
                or self._opening_adverbial(g, k)   # `از دیگر سو «X»، سفیر ...`
            # the verb of this clause: the first clause verb after the apposition
            root = next((n for n in g.nodes[max(org) + 1:] if n.upos == "VERB"
                         and n.deprel in CLAUSE_RELS and n.deprel != "acl"), None)
            if not opens or root is None:
                continue
            span = set(person) | set(title) | set(org)
            if any(c not in span and c not in self._excluded for c in g.kids(root.index, "nsubj", "nsubj:pass")):
                return
            head = next((w for w in person if g.nodes[w].head not in person), person[0])
            for c in list(root.children):
                if c in span and c not in person:
                    g.reattach(c, head, "appos")
            g.reattach(head, root.index, "nsubj")
            if k >= 0 and g.nodes[k].text == "و" and root.deprel == "ccomp" and root.head is not None \
                    and root.head < k:   # `... اعلام نکرده است و تنها یوری اوشاکوف، مشاور کرملین ... دانست`
                root.rel = "conj"
                g.reattach(k, root.index, "cc")
            return

    def _object_after_role(self, g: SentenceGraph) -> None:
        """`«محمد ...» معاون وزیر دفاع عربستان سعودی توافقنامه همکاری نظامی امضا کردند`: the parser continued the
        role's ezafe chain past its organisation into the object. A noun phrase hung inside a role, starting
        right after the organisation and ending right before the clause's verb (or its LVC nominal), is the
        object of that verb when it has none."""
        for person, title, org in self._role_spans:
            if not org:
                continue
            span = set(person) | set(title) | set(org)
            j = max(org) + 1
            if j >= len(g.nodes) or g.nodes[j].head not in span or g.nodes[j].upos not in ("NOUN", "PROPN") \
                    or g.kids(j, "case") or j in self._ent_of:
                continue
            sub = sorted(g.subtree(j))
            if sub != list(range(j, sub[-1] + 1)) or sub[-1] + 1 >= len(g.nodes):
                continue
            nxt = g.nodes[sub[-1] + 1]
            verb = nxt.head if nxt.deprel == "compound:lvc" else nxt.index
            if g.nodes[verb].upos != "VERB" or g.kids(verb, "obj"):
                continue
            top = g.nodes[j].head   # the role must belong to this clause: its words lead up to the verb
            while top is not None and top != verb:
                top = g.nodes[top].head
            if top == verb:
                g.reattach(j, verb, "obj")

    def _ezafe_after_pp(self, g: SentenceGraph) -> None:
        """`به مساله درگیری‌های سوریه ... پرداخت`: a bare noun (no `را`) right after a prepositional noun of the same
        verb, and not standing right before that verb, continues the prepositional noun's ezafe chain; the parser
        made it a second object. (Right before the verb it is mostly a light verb's nominal: `به ایران هشدار داد`.)"""
        for n in g.nodes:
            h = n.head
            if n.deprel != "obj" or n.upos != "NOUN" or h is None or n.index == 0 or g.kids(n.index, "case") \
                    or g.nodes[h].upos != "VERB" or h < n.index:
                continue
            before = g.nodes[n.index - 1]
            if before.head != h or before.deprel not in ("obl", "obl:arg") or before.upos != "NOUN" \
                    or not g.kids(before.index, "case"):
                continue
            if max(g.phrase(n.index)) + 1 >= min(self._predicate_span(g, h)):
                continue
            g.reattach(n.index, before.index, "nmod")

    def _pps_out_of_time_adjuncts(self, g: SentenceGraph) -> None:
        """A time adjunct takes no participant: an argument PP closing it right before the verb's own words
        belongs to the verb (`در زمان نیاز در کنار هائیتی خواهد ماند`, `پیش از تخریب ... بیمارستان به بیماران
        دستور خروج را دادند`); the parser hung it inside the adjunct. A PP on the adjunct's own noun stays
        (`پس از سفر به مسکو`)."""
        for t in g.nodes:
            v = t.head
            if t.deprel not in ("obl", "obl:arg") or v is None or g.nodes[v].upos != "VERB":
                continue
            outer = self._preposition(t.index)
            if outer is None or (t.text not in self.cues.time_nouns and outer not in self.cues.time_prepositions):
                continue
            sub = g.subtree(t.index)
            end = max(sub)
            if end >= v:
                continue
            own = set().union(*(g.subtree(c) for c in g.nodes[v].children if c > end), {v})
            if any(k not in own or g.nodes[k].upos == "PUNCT" or g.nodes[k].deprel in SUBJ_RELS
                   for k in range(end + 1, v)):
                continue
            # the innermost PP that closes the adjunct
            p, prep = next(((p, prep) for p in sorted(sub, reverse=True) if p != t.index
                            and (prep := self._preposition(p)) and max(g.subtree(p)) == end), (None, None))
            if p is None or g.nodes[p].head == t.index:
                continue
            if f"{prep} {g.nodes[p].text}" in self.cues.compound_prepositions:   # `در کنار آنان`
                prep = f"{prep} {g.nodes[p].text}"
            # (a noun that takes the preposition keeps it: `مبارزه با استعمار`)
            owner = g.nodes[g.nodes[p].head].text
            if (prep in self.cues.argument_preps or prep in self.cues.compound_prepositions) \
                    and not (self.lexicon is not None and self.lexicon.nominal_takes(owner, prep)) \
                    and not any(self._oblique(c)[0] == prep for c in g.kids(v, *OBL_RELS)):
                g.reattach(p, v, "obl")

    def _relative_clauses_read_as_main(self, g: SentenceGraph) -> None:
        """`که حزب مردم پاکستان که در انتخابات ... به پیروزی رسید، گیلانی را ... معرفی کرد`: a `که` right after
        a verb's subject opens a relative clause on that subject (a clause's subject follows its `که`), so the
        subject belongs to the next verb, which the parser left without one."""
        for v in g.nodes:
            if v.upos != "VERB" or v.head is None:
                continue
            marks = [k for k in g.kids(v.index, "mark") if g.nodes[k].text == "که"]
            for s in g.kids(v.index, "nsubj", "nsubj:pass"):
                rel = max(g.phrase(s)) + 1
                if rel not in marks or rel > v.index:
                    continue
                nxt = next((w for w in g.nodes[v.index + 1:] if w.upos == "VERB" and w.deprel != "aux"), None)
                # (a conjunct of the verb itself continues the relative clause: `که کمتر دیده شده و ... قرار گرفته`)
                if nxt is None or g.kids(nxt.index, "nsubj", "nsubj:pass", "mark") or nxt.head != v.head:
                    continue
                g.reattach(s, nxt.index, "nsubj")
                for k in marks:
                    if k < s:
                        g.reattach(k, nxt.index, "mark")
                g.reattach(v.index, s, "acl")
                break

    def _ra_objects_hung_on_a_pp(self, g: SentenceGraph) -> None:
        """`به علی دستور خروج را دادند`, `به او اجازه ادامه عمل را دادند`: the noun after a prepositional name
        or pronoun starts the `را` object (word order, decision 13); the parser hung it on the PP, seen as a name
        with two case markers, or as a pronoun with an ezafe noun (a pronoun takes none)."""
        for r in g.nodes:
            if r.text != "را" or r.deprel != "case" or r.head is None:
                continue
            o = g.nodes[r.head]
            v = o.head
            prep = self._preposition(o.index)
            place = o.index in self._ent_of and self._ent_of[o.index].label in ("GPE", "LOC")
            if prep == "در" and place:   # `در جریان دیدار ... در چین بحران اوکراین را`: the PP may hang on an adjunct
                v = next((a for a in g.ancestors(o.index) if g.nodes[a].upos == "VERB"), None)
            if v is None or g.nodes[v].upos != "VERB" or r.index < o.index:
                continue
            if prep:   # را marks the noun after the PP (not after `به دلیل`, `بر اساس`)
                phrase = f"{prep} {o.text}"
                # (only after a name or pronoun: after a common noun the rest is mostly its own complement,
                # `با برگزاری مانور ... توانشان را`, `به تعویق افتادن ... را`; and after `در` only a place name)
                if phrase in self.cues.compound_prepositions or (prep not in self.cues.argument_preps and not (
                        prep == "در" and place)) or (o.upos not in ("PRON", "PROPN") and o.index not in self._ent_of):
                    continue
                z = o.index + 1   # (a common noun, though the tagger may call it a name: `بحران اوکراین`)
                if z < r.index and g.nodes[z].head == o.index and max(g.subtree(z)) == r.index - 1 \
                        and (g.nodes[z].upos == "NOUN" or g.nodes[z].upos == "PROPN" and z not in self._ent_of):
                    g.reattach(z, v, "obj")
                    g.reattach(r.index, z, "case")
                continue
            z = min(g.phrase(o.index)) - 1   # `به او اجازه | ادامه عمل را`
            if z < 1 or g.nodes[z].upos != "NOUN" or g.nodes[z].head != z - 1:
                continue
            y = g.nodes[z - 1]
            if y.upos == "PRON" and self._preposition(y.index) and o.deprel == "obj" and o.head == v:
                g.reattach(z, v, "obj")
                g.reattach(o.index, z, "nmod")
                g.reattach(r.index, z, "case")

    def _lvc_nominals_opening_ra_objects(self, g: SentenceGraph) -> None:
        """`... که به اعضاء حزب بعث، خانواده صدام یا هر ژنرال فراری اجازه ورود به این کشور را ندهند` parsed with
        the `را` phrase inside the PP list: a noun there that makes a light-verb construction with the verb (lexicon:
        `اجازه دادن`) opens the verb's `را` object."""
        if self.lexicon is None:
            return
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            v = next((a for a in g.ancestors(r) if g.nodes[a].upos == "VERB"), None)
            # (a verb with a nominal of its own makes no second light-verb construction: `زمینه ... را فراهم کنند`)
            if v is None or v < r or g.kids(v, "obj", "compound:lvc"):
                continue
            pp = next((a for a in g.ancestors(r) if g.nodes[a].head == v and g.nodes[a].deprel in OBL_RELS
                       and self._preposition(a)), None)
            if pp is None:
                continue
            k = next((k for k in range(pp + 1, r) if g.nodes[k].upos == "NOUN" and k in g.subtree(pp)
                      and not g.kids(k, "case") and self._lvc_nominal(g.nodes[k].text, g.nodes[v].lemma)), None)
            if k is None or not all(j in g.subtree(pp) for j in range(k, r)):
                continue
            for j in range(k + 1, r):   # the object phrase is the words from the nominal to `را`
                if g.nodes[j].head is not None and not k <= g.nodes[j].head < r:
                    g.reattach(j, k, g.nodes[j].rel)
            g.reattach(k, v, "obj")
            g.reattach(r, k, "case")

    def _intransitive_lvc(self, g: SentenceGraph, v: int) -> bool:
        """Is verb ``v`` a light verb made of a nominal and a verb standing for an intransitive one (variants.tsv,
        kind `light`: `راه پیدا کرد` is `راه یافتن`, which takes no object)?"""
        nominal = " ".join(g.nodes[c].text for c in sorted(g.kids(v, "compound:lvc")))
        if " " not in nominal or self.lexicon is None:
            return False
        entry = self.lexicon.lookup(nominal, g.nodes[v].lemma)
        return entry is not None and past_stem(entry.verb_lemma) != past_stem(g.nodes[v].lemma) \
            and past_stem(entry.verb_lemma) in self.cues.intransitive_stems

    def _lvc_nominal(self, nominal: str, verb_lemma: str) -> bool:
        entry = self.lexicon.lookup(nominal, verb_lemma)
        return entry is not None and entry.is_lvc

    def _ra_phrases_opened_by_the_subject(self, g: SentenceGraph) -> None:
        """`«برمر در روزهای آخر حضور در عراق بخش قابل توجهی از وقت خود را ... می‌گذرانده است` parsed as one `را`
        phrase: when the clause has no subject, the word that opens it is the subject, its PP is the verb's, and the
        bare noun phrase after a name in that PP is the object (a name takes no ezafe noun after it)."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            v = g.nodes[o].head
            if v is None or g.nodes[o].deprel not in ("obj", "nsubj") or g.nodes[v].upos != "VERB" \
                    or set(g.kids(v, *SUBJ_RELS)) - {o} \
                    or g.nodes[o].upos not in ("NOUN", "PROPN", "PRON") or g.kids(o, "case", "det", "nummod") != [r]:
                continue
            k = o - 1
            while k >= 0 and g.nodes[k].text in QUOTES:
                k -= 1
            if k >= 0 and g.nodes[k].text not in (":", "،", ",", "که"):
                continue
            # (the PP may already hang on the verb: a name keeps no PP)
            pp = next((c for c in g.kids(o, "nmod") + g.kids(v, *OBL_RELS)
                       if c > o and min(g.subtree(c)) == o + 1 and self._preposition(c)), None)
            if pp is None:
                continue
            z = next((c for c in sorted(g.subtree(pp)) if g.nodes[c].upos == "NOUN" and not g.kids(c, "case")
                      and max(g.subtree(c)) == r - 1 and g.nodes[c].head in self._ent_of
                      and self._ent_of.get(g.nodes[c].head) is not self._ent_of.get(c)), None)
            if z is None:
                continue
            self._split_ra_phrase(g, o, z, r, v)
            g.reattach(pp, v, "obl")

    def _ra_phrases_running_past_a_name(self, g: SentenceGraph) -> None:
        """`برخی سیاست‌های مدیریتی احمدی‌نژاد کشور را به سمت نابودی می‌برد` parsed as one `را` phrase: when it opens a
        clause whose verb has no subject and a bare noun follows a name inside it, the phrase up to the name is the
        subject and that noun opens the object (a name takes no ezafe noun after it)."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            v = g.nodes[o].head
            if v is None or g.nodes[o].deprel not in ("obj", "nsubj") or g.nodes[v].upos != "VERB" or v < r \
                    or set(g.kids(v, *SUBJ_RELS)) - {o} or o in self._ent_of or g.nodes[o].upos != "NOUN" \
                    or not self._opens_clause(g, min(g.subtree(o))):
                continue
            z = next((c for c in range(o + 1, r) if c in g.subtree(o) and c - 1 in self._ent_of
                      and c not in self._ent_of and g.nodes[c].upos == "NOUN" and not g.kids(c, "case")
                      and not self._is_title(g.nodes[c]) and max(g.subtree(c)) == r - 1
                      and self._entity_words(self._ent_of[c - 1])[-1] == c - 1
                      and self._ent_of[c - 1].label in ("PER", "ORG", "GPE")), None)
            # (the name is a genitive of the phrase's head, not a list item: `شکوفه‌های آزادی و نسیم عطر بهاری را`)
            if z is not None and not any(g.nodes[a].deprel == "conj" for a in [z - 1, *g.ancestors(z - 1)]
                                         if a != o and a in g.subtree(o)):
                self._split_ra_phrase(g, o, z, r, v)

    def _plural_subjects_glued_to_ra_objects(self, g: SentenceGraph) -> None:
        """`پس از اینکه افراد ناشناس خودروی ... را آتش زدند` parsed as one `را` phrase: when a clause opens with a
        plural noun and an adjective, without a written ezafe (`-ی`), and its plural verb has no subject, that noun
        phrase is the subject, and the noun after it opens the object."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            v = g.nodes[o].head
            node = g.nodes[o]
            if v is None or node.deprel not in ("obj", "nsubj") or g.nodes[v].upos != "VERB" or v < r \
                    or set(g.kids(v, *SUBJ_RELS)) - {o} or o in self._ent_of or node.upos != "NOUN" \
                    or node.feat("Number") != "Plur" or node.text.endswith("ی") or g.kids(o, "det", "nummod"):
                continue
            if not self._third_plural_form(g.nodes[v]):
                continue
            if not self._opens_clause(g, o):
                continue
            z = o + 1
            # (an adjective in `-ی` may take an ezafe genitive, `افکار عمومی جهان`, unless it follows a plural of
            # people in `-ان`: `نمازگزاران تهرانی سالروز انتصاب ... را گرامی داشتند`)
            people = node.text.endswith("ان")
            while z < r and g.nodes[z].head == o and g.nodes[z].deprel == "amod" \
                    and (people or not g.nodes[z].text.endswith("ی")):
                z += 1
            # (only after an adjective: `نمایندگان مجلس`, `حقوق بشر` are one ezafe chain, `افراد ناشناس خودروی` is not)
            if z == o + 1 or z >= r or g.nodes[z].head != o or g.nodes[z].deprel != "nmod" or g.nodes[z].upos != "NOUN" \
                    or g.kids(z, "case") or max(g.subtree(z)) != r - 1:
                continue
            self._split_ra_phrase(g, o, z, r, v)

    def _named_subjects_glued_to_ra_objects(self, g: SentenceGraph) -> None:
        """`آیت‌الله خامنه‌ای برگزاری این کنفرانس را نجات رژیم صهیونیستی دانستند` parsed as one `را` phrase headed by
        the name: a name (of a person, organisation or country) takes no ezafe noun after it, so at the start of a
        clause whose third-person verb has no subject the name is the subject and the noun after it opens the
        object (`حزب اسلامی افغانستان شایعه پیوستن به دولت را تکذیب کرد`)."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            # (or an organisation after the title that heads the phrase: `دبیرکل کنگره ملی عراق وقوع کودتا ... را`)
            title = g.nodes[o].head
            if g.nodes[o].deprel == "nmod" and title is not None and title < o and self._is_title(g.nodes[title]) \
                    and o in self._ent_of:
                o = title
            v = g.nodes[o].head
            # (the name may open with a title the entity left out: `آیت‌الله خامنه‌ای`)
            ent = self._ent_of.get(o) or next((self._ent_of[c] for c in g.kids(o, "flat:name", "nmod") if c in self._ent_of),
                                              None)
            if v is None or ent is None or ent.label not in ("PER", "ORG", "GPE") or g.nodes[o].deprel not in ("obj", "nsubj") \
                    or g.nodes[v].upos != "VERB" or v < r or set(g.kids(v, *SUBJ_RELS)) - {o} \
                    or g.nodes[v].feat("Person") in ("1", "2"):
                continue
            name = self._entity_words(ent)
            name = list(range(min(o, name[0]), name[-1] + 1))
            if not self._opens_clause(g, name[0]):
                continue
            z = name[-1] + 1
            while z < r and g.nodes[z].text in QUOTES:
                z += 1
            if z >= r or g.nodes[z].upos != "NOUN" or g.nodes[z].head not in name \
                    or g.nodes[z].deprel not in ("nmod", "flat:name") \
                    or z in self._ent_of or g.nodes[z].text in self.cues.titles or g.kids(z, "case") \
                    or not all(name[-1] < w < r for w in g.subtree(z)):
                continue
            self._split_ra_phrase(g, o, z, r, v)

    def _subjects_naming_a_place_glued_to_ra_objects(self, g: SentenceGraph) -> None:
        """`خبرگزاری فارس: دولت‌های جمهوری اسلامی ایران و بولیواری ونزوئلا همکاری‌های خود ... را گسترش خواهند داد`
        parsed as one `را` phrase: at the start of a clause whose verb has no subject (a byline is none), a noun phrase
        that ends in a name (country, organisation, person) takes no ezafe noun after that name, so the phrase up to
        the name is the subject and the noun after it, hung on the phrase's head, opens the object."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            v = g.nodes[o].head
            if v is None or g.nodes[o].deprel != "obj" or g.nodes[v].upos != "VERB" or v < r \
                    or g.nodes[o].upos != "NOUN" or self._is_title(g.nodes[o]) \
                    or any(s not in self._excluded for s in g.kids(v, *SUBJ_RELS)) \
                    or g.nodes[v].feat("Person") in ("1", "2") \
                    or not self._opens_clause(g, min(w for w in g.subtree(o) if g.nodes[w].upos != "PUNCT")):
                continue
            z = next((c for c in g.kids(o, "nmod") if c > o and g.nodes[c].upos == "NOUN" and c not in self._ent_of
                      and not self._is_title(g.nodes[c]) and not g.kids(c, "case") and c - 1 in self._ent_of
                      and self._ent_of[c - 1].label in ("PER", "ORG", "GPE")
                      and all(c < w < r for w in g.subtree(c) if w != c) and max(g.subtree(c)) == r - 1), None)
            if z is None or any(g.nodes[w].upos == "PUNCT" for w in range(o, z)):
                continue
            for s in g.kids(v, *SUBJ_RELS):   # (the byline the parser took for the subject)
                g.nodes[s].rel = "dep"
            self._split_ra_phrase(g, o, z, r, v)

    def _ra_phrases_after_a_relative_clause(self, g: SentenceGraph) -> None:
        """`حزب مردم پاکستان که در انتخابات ... به پیروزی رسید «یوسف رضا گیلانی» را ... معرفی کرد` parsed as one `را`
        phrase: a relative clause ends at its verb, so the noun phrase after it opens the object, and the noun the
        clause is about is the subject of a third-person verb that has none."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            v = g.nodes[o].head
            if v is None or g.nodes[o].deprel != "obj" or g.nodes[v].upos != "VERB" or v < r \
                    or g.kids(v, *SUBJ_RELS) or g.nodes[v].feat("Person") in ("1", "2"):
                continue
            clause = next((c for c in g.kids(o, "acl") if c < r
                           and any(g.nodes[m].text == "که" for m in g.kids(c, "mark"))), None)
            if clause is None:
                continue
            z = max(g.subtree(clause)) + 1
            while z < r and (g.nodes[z].text in QUOTES or g.nodes[z].upos == "PUNCT"):
                z += 1
            if z >= r or g.nodes[z].head != o or g.nodes[z].upos not in ("NOUN", "PROPN") \
                    or not all(max(g.subtree(clause)) < w < r for w in g.subtree(z)):
                continue
            self._split_ra_phrase(g, o, z, r, v)

    def _opens_clause(self, g: SentenceGraph, i: int) -> bool:
        """Does word ``i`` open a clause: only quote marks before it, after punctuation, a subordinator, a word that
        is no argument (`اینکه`) or the verb of the clause before (`پلیس ایتالیا خبر داد افراد ناشناس ...`)?"""
        k = i - 1
        while k >= 0 and g.nodes[k].text in QUOTES:
            k -= 1
        return k < 0 or g.nodes[k].upos in ("PUNCT", "SCONJ", "VERB") or g.nodes[k].text in self.cues.not_arguments

    @staticmethod
    def _split_ra_phrase(g: SentenceGraph, subject: int, obj: int, r: int, verb: int) -> None:
        """One `را` phrase the parser read for two: ``subject`` is the verb's subject, and ``obj`` opens the object
        and takes the `را`."""
        g.reattach(obj, verb, "obj")
        g.reattach(r, obj, "case")
        g.nodes[subject].rel = "nsubj"

    @staticmethod
    def _list_items_glued_to_the_subject(g: SentenceGraph) -> None:
        """`دولت جدید آرامش، رشد اقتصادی و مبارزه علیه تروریسم را حفظ کند` parsed with the list's first item as the
        subject's genitive: a `را` list that opens after a comma starts at the bare noun that closes the subject right
        before that comma."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            v = g.nodes[o].head
            lo = min(w for w in g.subtree(o) if g.nodes[w].upos != "PUNCT")
            if v is None or g.nodes[o].deprel != "obj" or not g.kids(o, "conj") or lo < 2 or g.nodes[lo - 1].text != "،":
                continue
            w = lo - 2
            subject = next((s for s in g.kids(v, *SUBJ_RELS) if max(g.subtree(s)) == w), None)
            if subject is None or w == subject or g.nodes[w].deprel != "nmod" or g.nodes[w].upos != "NOUN" \
                    or g.nodes[w].children:
                continue
            g.reattach(w, o, "conj")

    def _ra_closing_a_pp_after_a_bare_noun(self, g: SentenceGraph) -> None:
        """`قرارداد خود با این تیم را تمدید خواهد کرد` parsed with `را` on the PP's noun and `قرارداد` as the subject:
        a PP takes no `را`, so when the PP is a bare noun with its determiner the `را` phrase starts at the bare noun
        phrase right before it, which is the verb's object (and the subject, dropped, comes from elsewhere)."""
        for r in [n.index for n in g.nodes if n.text == "را" and n.deprel == "case"]:
            o = g.nodes[r].head
            v = g.nodes[o].head
            if v is None or g.nodes[v].upos != "VERB" or not self._preposition(o) or max(g.subtree(o) - {r}) != r - 1 \
                    or g.nodes[o].deprel not in OBL_RELS or g.kids(o, "nmod", "conj", "appos"):
                continue   # (a PP with a noun phrase after its noun, `به عراق این کشور را`, holds the object itself)
            x = next((c for c in g.kids(v, "nsubj", "obj") if max(g.subtree(c)) == min(g.subtree(o)) - 1), None)
            if x is None or g.nodes[x].upos != "NOUN" or x in self._ent_of or g.kids(x, "case"):
                continue
            g.reattach(o, x, "nmod")
            g.reattach(r, x, "case")
            g.nodes[x].rel = "obj"

    def _dates_opening_arguments(self, g: SentenceGraph) -> None:
        """`روز 23 جولای گذشته قانون انتخابات ... را به تصویب رساند` parsed as one `را` phrase headed by `روز`, and
        `ماه گذشته دادستان‌های آمریکایی دادخواستی را ... صادر کرده بودند` with the subject headed by `ماه`: the date
        says when, and the argument starts at the first noun after it."""
        candidates = [(g.nodes[r].head, r) for r in range(len(g.nodes))
                      if g.nodes[r].text == "را" and g.nodes[r].deprel == "case"]
        candidates += [(n.index, None) for n in g.nodes if n.deprel in ("nsubj", "nsubj:pass") and not g.kids(n.index, "case")]
        for o, r in candidates:
            v = g.nodes[o].head
            rel = "obj" if r is not None else g.nodes[o].deprel
            if v is None or g.nodes[o].deprel not in ("obj", "obl", "nsubj", "nsubj:pass") or g.nodes[v].upos != "VERB" \
                    or g.nodes[o].text not in self.cues.time_nouns or o in self._ent_of:
                continue
            end = r if r is not None else max(g.subtree(o)) + 1   # the argument's words are o .. end - 1
            z = o + 1
            while z < end and self._date_word(g.nodes[z]):
                z += 1
            dated = any(g.nodes[k].upos == "NUM" or self._month(g.nodes[k].text) or g.nodes[k].upos == "ADJ"
                        for k in range(o + 1, z))
            # (a name may start there: `شامگاه 31 شهریور امسال دکتر غلامرضا سرابی ... هدف گلوله قرار گرفت`)
            if not dated or z >= end or g.nodes[z].upos not in ("NOUN", "PROPN") or z not in g.subtree(o) \
                    or z in self._ent_of and self._entity_words(self._ent_of[z])[0] != z \
                    or g.kids(z, "case") or sorted(g.subtree(o) - {r}) != list(range(o, end)):
                continue
            for k in range(z, end):   # the argument's words hang under its first noun
                if g.nodes[k].head not in range(z, end) and k != z:
                    g.reattach(k, z, g.nodes[k].deprel)
            for k in range(o + 1, z):
                if g.nodes[k].head not in range(o, z):
                    g.reattach(k, o, g.nodes[k].deprel)
            g.reattach(z, v, rel)
            if r is not None:
                g.reattach(r, z, "case")
            g.nodes[o].rel = "advmod"

    def _lift_also_conjuncts(self, g: SentenceGraph) -> None:
        """`به مساله درگیری‌های سوریه و نیز تهدیدی که ... پرداخت`: `و نیز X` adds an item to the argument
        (decision 16), so a conjunct after it that the parser hung deep inside the argument's ezafe chain is
        coordinated with the argument's head."""
        args = ("obj", "obl", "obl:arg", "nsubj", "nsubj:pass")
        for n in g.nodes:
            if n.deprel != "conj" or n.index < 2 or g.nodes[n.index - 1].text != "نیز" \
                    or g.nodes[n.index - 2].text != "و":
                continue
            top = n.head
            while top is not None and g.nodes[top].deprel in ("nmod", "amod", "flat", "flat:name"):
                top = g.nodes[top].head
            if top is not None and top != n.head and g.nodes[top].deprel in args:
                g.reattach(n.index, top, "conj")

    @staticmethod
    def _verbs_tagged_adjectives(g: SentenceGraph) -> None:
        """`او چندی بعد اتهاماتش را پذیرفت`: the tagger called `پذیرفت` an adjective. A clause head that the verb
        stems read as a finite verb, with a `را` object and no copula, is a verb (`وطن‌پرست` with a `را` object the
        parser hung on it is not: `مزدوران را وطن‌پرست جلوه دهد`)."""
        for n in g.nodes:
            if n.upos == "ADJ" and n.deprel in CLAUSE_RELS and tense_of_form(n.text, n.lemma) is not None \
                    and not g.kids(n.index, "cop", "aux") and any(
                    g.nodes[k].text == "را" for o in g.kids(n.index, "obj") for k in g.kids(o, "case")):
                n.pos = "VERB"

    @staticmethod
    def _determiners_taken_for_subjects(g: SentenceGraph) -> None:
        """`این تمرین از ساعت 16 ... آغاز شد`, `و این شائبه را ایجاد می‌کند`: a determiner the parser labelled a
        subject, right before a noun of the same clause or before its own head noun, is that noun's determiner; the
        noun is then the subject unless `را` marks it."""
        for n in g.nodes:
            if n.upos != "DET" or n.deprel != "nsubj" or n.children or n.index + 1 >= len(g.nodes):
                continue
            noun = g.nodes[n.index + 1]
            # (past a numeral of the noun: `این چهار نفتکش ... حرکت می‌کنند`)
            if noun.upos == "NUM" and noun.index + 1 < len(g.nodes) and noun.head == noun.index + 1:
                noun = g.nodes[noun.index + 1]
            if noun.upos not in ("NOUN", "PROPN"):
                continue
            if noun.index == n.head:   # `این` under `تمرین`: only the label was wrong
                n.rel = "det"
            elif noun.head == n.head and noun.deprel in ("obj", "nsubj", "nsubj:pass"):
                g.reattach(n.index, noun.index, "det")
                if not any(g.nodes[c].text == "را" for c in g.kids(noun.index, "case")):
                    noun.rel = "nsubj"

    def _bare_lvc_objects(self, g: SentenceGraph) -> None:
        """A light verb of cues `bare_lvc_verbs` (`داشتن`) with a bare noun before it: `ما مذاکرات بسیاری با
        یکدیگر داشتیم` — the `با` phrase right before the verb, which the parser hung inside the noun, is the
        verb's; and `دیدار دیگری با یکدیگر نداشته‌اند` — a singular indefinite noun is no subject of a plural
        verb, it is what the subjects (dropped) have."""
        for v in g.nodes:
            if v.upos != "VERB" or past_stem(v.lemma) not in self.cues.bare_lvc_verbs:
                continue
            pps = self._argument_pps(v.index)
            subjects = g.kids(v.index, "nsubj")
            if len(subjects) == 1 and not g.kids(v.index, "obj") and v.text.endswith("ند"):
                s = g.nodes[subjects[0]]
                if s.upos == "NOUN" and s.feat("Number") == "Sing" and not g.kids(s.index, "case") \
                        and any(g.nodes[a].text.endswith("ی") for a in g.kids(s.index, "amod")) \
                        and any(min(g.subtree(c)) == max(g.subtree(s.index)) + 1 for c in pps):
                    s.rel = "obj"
            # `با آمریکایی‌ها روابط عالی داریم`: the parser hung the bare noun before the verb inside the PP
            # (a plain noun phrase with a modifier or the indefinite `-ی`, not a genitive: `به افراد جامعه`)
            if not g.kids(v.index, "obj", "compound:lvc"):
                for c in pps:
                    inner = [n for n in g.kids(c, "nmod") if g.nodes[n].upos == "NOUN" and n not in self._ent_of
                             and max(g.subtree(n)) == v.index - 1 and (g.kids(n, "amod", "det")
                                                                       or g.nodes[n].text.endswith("ی"))]
                    span = sorted(g.subtree(inner[0])) if inner else []
                    if span and span == list(range(span[0], v.index)) and not any(
                            g.nodes[w].deprel in ("case", "conj", "punct") for w in span):
                        g.reattach(inner[0], v.index, "obj")
                        break
            for o in g.kids(v.index, "obj"):
                if g.kids(o, "case"):
                    continue
                for c in sorted(g.subtree(o)):
                    if c > o and g.nodes[c].deprel == "nmod" and max(g.subtree(c)) == v.index - 1 \
                            and self._preposition(c) in self.cues.argument_preps:
                        rest = sorted(g.subtree(o) - g.subtree(c))
                        # only off a plain noun phrase (`هیچ ارتباطی به X`), not out of a PP inside it
                        if rest == list(range(rest[0], min(g.subtree(c)))) and not any(
                                g.nodes[w].deprel in ("case", "conj", "punct") for w in rest):
                            g.reattach(c, v.index, "obl")
                        break

    def _root_taken_from_a_name(self, g: SentenceGraph, i: int) -> None:
        """`به نوشته وبگاه العربی الجدید، این یازده کشور ... پرداخت نکرده‌اند` with `الجدید` read as the root verb
        and the real verb as its conjunct: the verb is the root, the name hangs on its entity."""
        if g.nodes[i].head is not None:
            return
        verb = max((c for c in g.kids(i, "conj", "parataxis", "ccomp") if g.nodes[c].upos == "VERB"), default=None)
        if verb is None:
            return
        g.promote(verb, i)
        ent = self._ent_of[i]
        first = self._entity_words(ent)[0]
        for c in list(g.nodes[i].children):
            if self._ent_of.get(c) is not ent:
                g.reattach(c, verb, g.nodes[c].deprel)
        if first != i:
            g.reattach(i, first, "flat:name")
        else:
            g.reattach(i, verb, "dep")

    @staticmethod
    def _demonstrative_subjects_of_pp_copulas(g: SentenceGraph) -> None:
        """`این اولین دیدار ... در نزدیکی سواحل سوریه بود` parsed with the PP as the copula's predicate and `این` inside
        its subject: the pronoun `این` is the subject, the noun phrase with its PP the predicate ("this was ...")."""
        for p in sorted(g.heads_of("cop")):
            if not g.kids(p, "case"):
                continue
            for s in g.kids(p, "nsubj"):
                dem = [d for d in g.kids(s, "nsubj", "det") if g.nodes[d].text in ("این", "آن")
                       and g.nodes[d].upos == "PRON" and d == min(g.subtree(s))]
                if s > p or not dem or g.nodes[s].upos != "NOUN":
                    continue
                g.promote(s, p)
                g.reattach(p, s, "nmod")
                for c in g.kids(p):
                    if g.nodes[c].deprel not in ("case", "nmod", "amod", "det", "nummod", "flat:name", "conj", "cc"):
                        g.reattach(c, s, g.nodes[c].deprel)
                g.reattach(dem[0], s, "nsubj")
                break

    def _adjectives_taken_into_subjects(self, g: SentenceGraph) -> None:
        """`نخست‌وزیر حاضر به تغییر این فرماندهان نیست` parsed with the PP as the copula's predicate and `حاضر` inside
        its subject: an adjective closing the subject right before the PP, which the lexicon says it takes
        (`حاضر بودن` + `به`), is the predicate, and the PP its complement (decision 11)."""
        if self.lexicon is None:
            return
        for p in sorted(g.heads_of("cop")):
            prep = self._preposition(p)
            adjective = min(g.kids(p, "case"), default=0) - 1
            if prep is None or adjective < 1 or g.nodes[adjective].upos != "ADJ" \
                    or not self.lexicon.nominal_takes(g.nodes[adjective].text, prep):
                continue
            subject = next((s for s in g.kids(p, "nsubj") if s < adjective and adjective in g.subtree(s)), None)
            if subject is None or g.nodes[adjective].deprel not in ("amod", "nmod"):
                continue
            g.promote(adjective, p)
            g.reattach(p, adjective, "obl")
            for c in g.kids(p):   # (the clause's words go with it: subject, copula, `و` joining it to the last)
                if g.nodes[c].deprel not in ("case", "nmod", "amod", "det", "nummod", "flat:name", "conj", "acl"):
                    g.reattach(c, adjective, g.nodes[c].deprel)

    def _list_items_taken_for_appositions(self, g: SentenceGraph) -> None:
        """`به اعضاء حزب بعث، خانواده صدام یا هر ژنرال فراری اجازه ... ندهند` parsed with `خانواده` as an apposition
        of `اعضاء`: a noun after a comma that leads on to a `و`/`یا` conjunct is the next item of a list (`X، Y و Z`);
        a title there is an apposition (`بوش، رئیس جمهور آمریکا و ...`)."""
        for a in g.nodes:
            if a.deprel != "appos" or a.index < 1 or g.nodes[a.index - 1].text not in ("،", ",") or self._is_title(a) \
                    or a.upos not in ("NOUN", "PROPN"):
                continue
            items = [a.index] + [c for c in g.subtree(a.index) if g.nodes[c].deprel in ("conj", "appos")]
            # items that are words: `.....` closing a list is no subject
            if any(g.kids(c, "cc") for c in items) and all(
                    any(ch.isalpha() for ch in g.nodes[c].text) for c in items):
                a.rel = "conj"

    @staticmethod
    def _noun_conjuncts_hung_on_modifiers(g: SentenceGraph) -> None:
        """`گلوله لاستیکی و گاز اشک‌آور پرت می‌کردند` parsed with `گاز` as a conjunct of the adjective `لاستیکی`: a
        noun with modifiers of its own is a noun phrase, so it is the next item of the noun the adjective
        modifies (`سیاسی و اقتصادی` stay adjectives)."""
        for n in g.nodes:
            h = n.head
            if n.deprel != "conj" or n.upos not in ("NOUN", "PROPN") or h is None or g.nodes[h].deprel != "amod" \
                    or not any(g.nodes[a].upos == "ADJ" for a in g.kids(n.index, "amod")) or not g.kids(n.index, "cc"):
                continue
            top = g.nodes[h].head
            if top is not None and g.nodes[top].upos in ("NOUN", "PROPN") and top < h < n.index:
                g.reattach(n.index, top, "conj")

    def _conjuncts_hung_on_a_list_items_genitive(self, g: SentenceGraph) -> None:
        """`بر آموزش ...، تبادل اطلاعات امنیتی، ارائه کمک‌ها و تبادل سفرها ... تاکید دارد` with `تبادل سفرها` hung as a
        conjunct of `کمک‌ها`, the genitive of the list item `ارائه`: after comma-separated items the last `و` item is
        the list's next item."""
        for c in g.nodes:
            h = c.head
            if c.deprel != "conj" or c.upos != "NOUN" or h is None or h > c.index \
                    or g.nodes[h].deprel != "nmod" or g.kids(h, "case") or not any(
                    g.nodes[k].text == "و" for k in g.kids(c.index, "cc")):
                continue
            item = g.nodes[h].head
            if item is None or g.nodes[item].deprel != "conj" or g.nodes[item].upos != "NOUN" \
                    or g.nodes[g.nodes[item].head].upos not in ("NOUN", "PROPN") or not self._after_a_comma(g, item):
                continue
            g.reattach(c.index, item, "conj")

    @staticmethod
    def _coordinated_pp_items(g: SentenceGraph) -> None:
        """`به مساله درگیری‌های سوریه و نیز تهدیدی که ... پرداخت`: a caseless oblique opened by `و` right after a PP of
        the same verb is the PP's next item, not an oblique of its own."""
        for v in g.nodes:
            if v.upos != "VERB":
                continue
            for c in g.kids(v.index, *OBL_RELS):
                if g.kids(c, "case") or not any(g.nodes[k].text in ("و", "یا") for k in g.kids(c, "cc")):
                    continue
                start = min(g.subtree(c))
                host = [p for p in g.kids(v.index, *OBL_RELS) if p < c and g.kids(p, "case")
                        and max(g.subtree(p)) == start - 1]
                if host:
                    g.reattach(c, host[0], "conj")

    def _subjects_glued_to_indefinite_objects(self, g: SentenceGraph) -> None:
        """`رسانه‌های بین‌المللی هجمه‌ای را علیه روسیه آغاز کرده` parsed as one `را` object: an indefinite noun
        (`هجمه‌ای`, `یک ...`) opens a noun phrase of its own, it is no ezafe modifier; what stands before it is the
        subject of a verb without one."""
        for v, o, ra in self._ra_objects_of_subjectless_verbs(g):
            node = g.nodes[o]
            if node.upos not in ("NOUN", "PROPN"):
                continue
            bare = [k for k in sorted(node.children) if k > o and g.nodes[k].deprel == "nmod"
                    and g.nodes[k].upos == "NOUN" and not g.kids(k, "case")]
            inner = bare[0] if bare else None
            # (or a second bare noun of the head right after an adjective closing the first: `اعضای باشگاه
            # هسته‌ای ذخایر بمب‌های اتمی خود را کاهش ندهند`; a noun has one genitive)
            if len(bare) > 1 and g.nodes[bare[1] - 1].upos == "ADJ" and g.nodes[bare[1] - 1].head != bare[1] \
                    and max(g.subtree(inner)) == bare[1] - 1:
                inner = bare[1]
            elif inner is None or not self._indefinite(inner):
                continue
            if any(w != o and (g.nodes[w].deprel not in ("amod", "flat:name", "nmod") or g.nodes[w].upos == "PUNCT")
                   for w in range(o, min(g.subtree(inner)))):
                continue
            self._split_glued_ra_object(g, v, o, inner, ra)

    def _ra_objects_of_subjectless_verbs(self, g: SentenceGraph):
        """(verb, object, [`را`]) for each `را` object before a third-person verb that has no subject: where the
        parser may have glued the subject onto the object (one per verb)."""
        for v in g.nodes:
            if v.upos != "VERB" or v.index in self._excluded or g.kids(v.index, *SUBJ_RELS) \
                    or v.feat("Person") in ("1", "2"):
                continue
            for o in g.kids(v.index, "obj"):
                ra = [k for k in g.kids(o, "case") if g.nodes[k].text == "را"]
                if o < v.index and ra:
                    yield v.index, o, ra
                    if g.kids(v.index, *SUBJ_RELS):   # (split: the verb has its subject now)
                        break

    def _split_glued_ra_object(self, g: SentenceGraph, v: int, o: int, inner: int, ra: list[int]) -> None:
        """``o`` ... ``inner`` ... `را` read as one object: ``inner`` opens the object, with what follows it, and ``o``
        is the subject."""
        for k in list(g.nodes[o].children):
            if k > max(g.subtree(inner)) and g.nodes[k].deprel != "case":
                g.reattach(k, inner, g.nodes[k].deprel)
        self._split_ra_phrase(g, o, inner, ra[0], v)

    def _times_taken_for_subjects(self, g: SentenceGraph) -> None:
        """`ماه گذشته هم مجلس عوام انگلیس طرحی مشابه را به تصویب رساند` parsed with `ماه گذشته` as the subject: a
        phrase that only says when, opening the clause of a verb with an object, is no subject; the repairs after
        this one find the real one (here glued to the object)."""
        for s in [n for n in g.nodes if n.deprel in SUBJ_RELS]:
            v = s.head
            if v is None or g.nodes[v].upos != "VERB" or not g.kids(v, "obj") or s.index > min(g.kids(v, "obj")) \
                    or g.nodes[s.index].text not in self.cues.time_nouns or g.kids(s.index, "det", "nummod"):
                continue
            # (the time noun with its `گذشته`-like adjectives; a focus adverb hung on it, `هم`, goes to the verb)
            rest = g.subtree(s.index) - {s.index}
            adverbs = [k for k in rest if g.nodes[k].upos == "ADV" and g.nodes[k].head == s.index]
            if all(g.nodes[k].upos == "ADJ" and g.nodes[k].head == s.index for k in rest - set(adverbs)):
                for k in adverbs:
                    g.reattach(k, v, "advmod")
                g.nodes[s.index].rel = "obl:tmod"

    def _objects_glued_to_indefinite_subjects(self, g: SentenceGraph) -> None:
        """`گروهی ناشناس عوامل خبری این شبکه را ... تهدید کرد` parsed as one `را` object: an indefinite noun
        (`گروهی`, `نامه‌ای`) takes no ezafe genitive, so the noun after it (and its adjectives) opens the object and
        the indefinite phrase is the subject of a verb without one."""
        for v, o, ra in self._ra_objects_of_subjectless_verbs(g):
            node = g.nodes[o]
            if node.upos != "NOUN" or g.kids(o, "det", "nummod") or not (self._article_i(node) or self._indefinite(o)):
                continue
            inner = next((k for k in sorted(node.children) if k > o and g.nodes[k].deprel == "nmod"
                          and g.nodes[k].upos == "NOUN" and not g.kids(k, "case")), None)
            # (a bare `-ی` only with an adjective after it: `آبی پوشان را` is `the blues`)
            if inner is None or any(g.nodes[w].deprel != "amod" or g.nodes[w].head != o for w in range(o + 1, inner)) \
                    or not (self._indefinite(o) or inner > o + 1):
                continue
            self._split_glued_ra_object(g, v, o, inner, ra)

    def _indefinite_objects_glued_to_named_subjects(self, g: SentenceGraph) -> None:
        """`دولت انگلیس عجله‌ای برای دعوا با کرملین ... ندارد` with `عجله‌ای` hung on the subject as part of its name:
        an indefinite noun (`-‌ای`) is no word of a name and takes no place in an ezafe chain after one; it opens the
        verb's object when the verb has none."""
        for k in g.nodes:
            s = k.head
            if k.deprel not in ("flat:name", "flat") or k.upos != "NOUN" or s is None \
                    or g.nodes[s].deprel not in ("nsubj", "nsubj:pass") or g.kids(k.index, "case") \
                    or not self._indefinite(k.index) or k.index in self._ent_of:
                continue
            verb = g.nodes[s].head
            if verb is None or g.nodes[verb].upos != "VERB" or verb < k.index or g.kids(verb, "obj"):
                continue
            g.reattach(k.index, verb, "obj")

    def _subjects_glued_to_indefinite_predicates(self, g: SentenceGraph) -> None:
        """`دیدار شارون چشم‌اندازی از خوش‌بینی او ... است` parsed as one noun phrase before the copula: the
        indefinite noun opens the predicate noun phrase; what stands before it is the subject."""
        for c in g.nodes:
            x = c.head
            if c.deprel != "cop" or x is None or x > c.index or g.nodes[x].upos != "NOUN" \
                    or g.kids(x, *SUBJ_RELS) or x in self._excluded:
                continue
            chain = g.subtree(x)
            inner = next((k for k in sorted(chain) if x < k < c.index and g.nodes[k].upos == "NOUN"
                          and g.nodes[k].deprel == "nmod" and not g.kids(k, "case")
                          and (self._indefinite(k) or self._article_i(g.nodes[k]))), None)
            if inner is None or any(g.nodes[w].deprel not in ("amod", "flat:name", "nmod") or g.nodes[w].upos == "PUNCT"
                                    for w in range(x + 1, min(g.subtree(inner)))):
                continue
            g.promote(inner, x)
            for k in list(g.nodes[x].children):
                if k > max(g.subtree(inner)):
                    g.reattach(k, inner, g.nodes[k].deprel)
            g.reattach(x, inner, "nsubj")

    def _nouns_before_a_graded_indefinite(self, g: SentenceGraph) -> None:
        """`مردمی بودن نکته خیلی مهمی است`, `سفر وی کار بسیار خوبی بود`, parsed with the adjective as the copula's
        predicate: an adjective with the indefinite `-ی` after a degree adverb (cue degree_adverbs) closes the noun
        phrase of the bare noun right before that adverb ("a very important point"), which is the predicate; the
        subject is what comes before. (Without the `-ی`, `نکته خیلی مهم است`, the noun is the subject.)"""
        for c in g.nodes:
            a = c.head
            if c.deprel != "cop" or a is None or a > c.index or g.nodes[a].upos != "ADJ" \
                    or not self._article_i(g.nodes[a]) or a < 2:
                continue
            degree, noun = a - 1, a - 2
            hung = [k for k in g.kids(noun, "nsubj") if k < noun]   # (a subject a repair hung on the noun)
            if g.nodes[degree].text not in self.cues.degree_adverbs or g.nodes[degree].head != a \
                    or g.nodes[noun].upos != "NOUN" or set(g.kids(noun)) - set(hung):
                continue
            subjects = hung + [s for s in g.kids(a, "nsubj") if s != noun and s < noun and noun not in g.subtree(s)]
            holder = next((s for s in g.kids(a, "nsubj") if noun in g.subtree(s) and s != noun), None)
            second_subject = noun in g.kids(a, "nsubj") and subjects   # `سفر وی کار بسیار خوبی بود`
            closes_subject = holder is not None and g.nodes[noun].deprel == "nmod" \
                and max(g.subtree(holder)) == noun   # the last word of the subject's phrase: `مردمی بودن نکته`
            if not (second_subject or closes_subject):
                continue
            if not second_subject:
                subjects = [holder]
            g.promote(noun, a)
            for k in list(g.nodes[a].children):
                if g.nodes[k].deprel != "advmod":
                    g.reattach(k, noun, g.nodes[k].deprel)
            g.reattach(a, noun, "amod")
            for s in subjects:
                g.reattach(s, noun, "nsubj")

    def _demonstrative_subjects_glued_to_predicates(self, g: SentenceGraph) -> None:
        """`این کشور عضو ائتلاف ... برای جنگ علیه یمن است` parsed with the PP as the copula's predicate and `عضو`
        hung on the subject: a demonstrative noun phrase (`این کشور`) ends at its noun, so the bare noun right
        after it opens the predicate, and the PP belongs to that predicate."""
        for c in g.nodes:
            x = c.head
            if c.deprel != "cop" or x is None or not g.kids(x, "case") or x in self._excluded:
                continue
            subjects = g.kids(x, "nsubj")
            if len(subjects) != 1:
                continue
            s = g.nodes[subjects[0]]
            k = s.index + 1
            if s.upos != "NOUN" or not any(g.nodes[d].text in self.cues.anaphoric_dets for d in g.kids(s.index, "det")) \
                    or k >= x or g.nodes[k].head != s.index or g.nodes[k].deprel != "nmod" \
                    or g.nodes[k].upos != "NOUN" or k in self._ent_of or g.kids(k, "case") \
                    or max(g.subtree(k)) != min([x] + g.kids(x, "case")) - 1:
                continue
            g.promote(k, x)
            for j in list(g.nodes[x].children):
                if g.nodes[j].deprel in ("cop", "punct", "cc", "conj", "advmod", "mark"):
                    g.reattach(j, k, g.nodes[j].deprel)
            g.reattach(x, k, "nmod")
            g.reattach(s.index, k, "nsubj")

    def _subjects_glued_to_adjuncts(self, g: SentenceGraph) -> None:
        """`در این درگیری 16 پلیس و 6 تظاهرکننده زخمی شدند`, `با کشورهای غربی پوتین ... سفر می‌کند`: a noun phrase
        opened by a numeral after a demonstrative's noun or a name, or a person's name after a noun and its adjective, is no
        ezafe modifier of a prepositional noun; it is the subject of that noun's verb when the verb has none."""
        for n in g.nodes:
            h = n.head
            if n.deprel != "nmod" or h is None or h > n.index or g.kids(n.index, "case"):
                continue
            verb = g.nodes[h].head
            if g.nodes[h].deprel not in OBL_RELS or not g.kids(h, "case") or verb is None \
                    or g.nodes[verb].upos != "VERB" or verb < n.index or g.kids(verb, *SUBJ_RELS) \
                    or g.nodes[verb].feat("Person") in ("1", "2"):
                continue
            # (a name takes no ezafe genitive either: `در مجارستان 33 آلمانی کشته شدند`)
            numeral = g.nodes[min(g.subtree(n.index))].upos == "NUM" \
                and (any(g.nodes[d].text in self.cues.anaphoric_dets for d in g.kids(h, "det"))
                     or h in self._ent_of or g.nodes[h].upos == "PROPN") and not self._date(n.index) \
                and not (h in self._ent_of and self._ent_of.get(n.index) is self._ent_of[h])   # (`شبکه پنج سیما`)
            ent = self._ent_of.get(n.index)
            person = ent is not None and ent.label == "PER" \
                and any(g.nodes[a].upos == "ADJ" and a < n.index for a in g.kids(h, "amod"))
            if numeral or person:
                g.reattach(n.index, verb, "nsubj")

    def _dates_glued_to_named_subjects(self, g: SentenceGraph) -> None:
        """`معاون وزیر دفاع عربستان سعودی سه‌شنبه گذشته به نواکشوت سفر کرده بود`, `بشار اسد ماه گذشته دیداری
        داشت`: a date the parser hung at the end of a name or a title is when the verb happened, not part of who
        (an event noun keeps its date: `انتخابات ژانویه سال 2005`). The date's words may hang anywhere in the
        subject (`شیخ احمد یاسین سحرگاه روز دوشنبه گذشته`)."""
        for s in [n.index for n in g.nodes if n.deprel in ("nsubj", "nsubj:pass") and n.index not in self._excluded]:
            span = g.subtree(s)
            end = max(span)
            for t in range(s + 1, end + 1):
                words = range(t, end + 1)
                if not (t - 1 in self._ent_of or self._is_title(g.nodes[s])) or any(k in self._ent_of for k in words) \
                        or not set(words) <= span or not (g.nodes[t].text in self.cues.time_nouns
                                                          or self._month(g.nodes[t].text)):
                    continue
                # (a month name is a date only with a number or a time noun: `تیرماه سال جاری`, not `تیر هوایی`)
                timed = any(g.nodes[k].upos == "NUM" or g.nodes[k].text in self.cues.time_nouns for k in words)
                if len(words) == 1 and g.nodes[t].text not in self.cues.day_words or not timed \
                        or not all(self._date_word(g.nodes[k]) for k in words):
                    break
                for k in words:   # the date's own tree, under its first word
                    if k != t and g.nodes[k].head not in words:
                        g.reattach(k, t, "nmod")
                # (a time oblique: with nothing else, it stands in for the object, decision 6)
                g.reattach(t, g.nodes[s].head, "obl:tmod")
                break

    def _genitives_after_a_date_in_the_subject(self, g: SentenceGraph) -> None:
        """`نوبت عصر جلسه علنی امروز یکشنبه اول اسفند مجلس شورای اسلامی به پایان رسید`: a date written inside the
        subject (`جلسه علنی امروز ... مجلس`) does not end it; the bare noun phrase right after the date is the genitive
        of the subject's last noun, not a second subject or a bare object."""
        for s in [n.index for n in g.nodes if n.deprel in ("nsubj", "nsubj:pass") and n.index not in self._excluded]:
            v = g.nodes[s].head
            if v is None or g.nodes[v].upos != "VERB":
                continue
            t = max(g.subtree(s)) + 1
            if t >= len(g) or g.nodes[t].text not in self.cues.day_words:
                continue
            y = t
            while y < v and self._date_word(g.nodes[y]) and g.nodes[y].upos != "ADJ" or (
                    y < v and g.nodes[y].upos in ("NUM", "ADJ") and y > t):
                y += 1
            if y >= v or g.nodes[y].head != v or g.nodes[y].deprel not in ("nsubj", "obj") \
                    or g.nodes[y].upos not in ("NOUN", "PROPN") or g.kids(y, "case") \
                    or not all(g.nodes[k].head == v or g.nodes[k].head in range(t, y) for k in range(t, y)):
                continue
            last = max((k for k in g.subtree(s) if g.nodes[k].upos in ("NOUN", "PROPN")), default=None)
            if last is None:   # (`او امروز ...`: a pronoun takes no genitive)
                continue
            for k in range(t, y):   # the date's own tree, under its first word, on the verb
                if k != t and g.nodes[k].head == v:
                    g.reattach(k, t, "nmod")
            g.reattach(t, v, "advmod")
            g.reattach(y, last, "nmod")

    @staticmethod
    def _subjects_taken_for_roots(g: SentenceGraph) -> None:
        """`به گزارش فارس، منقذ آل فرعون در گفت و گو با الجزیره گفت ...` parsed with the name as the root and the
        verb as its conjunct: a root noun without a copula whose first conjunct is a verb with neither a subject nor a
        coordinator of its own is that verb's subject; the clause's adjuncts move to the verb."""
        root = next((n.index for n in g.nodes if n.head is None), None)
        if root is None or g.nodes[root].upos not in ("NOUN", "PROPN") or g.kids(root, "cop"):
            return
        verb = min((c for c in g.kids(root, "conj") if c > root), default=None)
        if verb is None or g.nodes[verb].upos != "VERB" or g.kids(verb, *SUBJ_RELS, "cc"):
            return
        g.promote(verb, root)
        for c in list(g.nodes[root].children):
            if g.nodes[c].deprel not in ("nmod", "amod", "det", "nummod", "flat:name", "flat", "compound", "case",
                                         "appos", "fixed"):
                g.reattach(c, verb, g.nodes[c].deprel)
        g.reattach(root, verb, "nsubj")

    def _subjects_hung_on_frames(self, g: SentenceGraph) -> None:
        """`به گزارش فارس به نقل از خبرگزاری فرانسه، شهر سائوپائولو که ... شاهد ... بود` parsed with the noun phrase
        after the frame's comma hung on the frame (`گزارش`): it is the subject of the sentence's main clause, when that
        clause is in the third person and has none."""
        for n in g.nodes:
            h = n.head
            if h is None or n.upos not in ("NOUN", "PROPN") or g.kids(n.index, "case") \
                    or not self._is_attribution_frame(h) or n.index == 0 or g.nodes[n.index - 1].text not in ("،", ","):
                continue
            top = h
            while g.nodes[top].head is not None and self._is_attribution_frame(g.nodes[top].head):
                top = g.nodes[top].head
            clause = g.nodes[top].head   # the sentence's main clause, third person, without a subject
            if clause is None or g.nodes[clause].head is not None or clause < n.index \
                    or g.kids(clause, *SUBJ_RELS) or g.nodes[clause].feat("Person") in ("1", "2") \
                    or g.nodes[clause].upos == "VERB" and (person_of_form(g.nodes[clause].text) or "3")[0] == "1":
                continue
            g.reattach(n.index, clause, "nsubj")

    def _subjects_hung_on_adjuncts(self, g: SentenceGraph) -> None:
        """`رژیم صهیونیستی همچنین در ماه گذشته ... را بازداشت کردند` parsed with the subject as a subject of `ماه`: a
        prepositional noun heads no clause, so a subject before it belongs to the verb the phrase modifies, when that
        verb has none. (Not a reporting frame's noun: `X با بیان اینکه ...` is X's own clause.)"""
        framed = {start + k for f in self.cues.clause_frames for start in g.occurrences(f) for k in range(len(f))}
        for n in g.nodes:
            h = n.head
            if n.deprel != "nsubj" or h is None or h < n.index or g.nodes[h].upos not in ("NOUN", "PROPN") \
                    or not g.kids(h, "case") or g.kids(h, "cop") or g.nodes[h].deprel not in OBL_RELS or h in framed:
                continue
            verb = g.nodes[h].head
            if verb is None or g.nodes[verb].upos != "VERB" or g.kids(verb, *SUBJ_RELS):
                continue
            g.reattach(n.index, verb, "nsubj")

    def _durations_glued_to_subjects(self, g: SentenceGraph) -> None:
        """`این تهاجم پنج روز به طول انجامید` parsed with `پنج روز` as a genitive of the subject: a counted time noun
        right before the predicate says how long, it is the verb's (and, with no argument, its object, decision 6)."""
        for v in g.nodes:
            if v.upos != "VERB" or g.kids(v.index, "obj", *OBL_RELS):
                continue
            start = min(self._predicate_span(g, v.index))
            for s in g.kids(v.index, *SUBJ_RELS):
                d = next((k for k in g.kids(s, "nmod") if max(g.subtree(k)) == start - 1), None)
                if d is None or g.nodes[d].text not in self.cues.time_nouns or g.kids(d, "case") \
                        or not any(g.nodes[k].upos == "NUM" and k < d for k in g.kids(d, "nummod")):
                    continue
                g.reattach(d, v.index, "obl")

    def _time_pps_inside_subjects(self, g: SentenceGraph) -> None:
        """`بحث تشکیل این کار گروه پس از دیدار ... مطرح شد`: a time PP after a subject says when the event happened
        (the span leaves it out, decision 13), so it is the verb's adjunct, the object of a verb with no argument
        (decision 6: `بحث تشکیل این کار گروه | مطرح شد پس از | دیدار و گفت‌وگوی ولادیمیر پوتین`); so does a PP of
        the event's purpose or occasion (cue occasion_prepositions: `هواپیماهای عربستان در راستای کمک به ...، حمله
        ... انجام داده‌اند`)."""
        event = self.cues.time_prepositions | self.cues.occasion_prepositions
        for s in [n.index for n in g.nodes if n.deprel in SUBJ_RELS]:
            verb = g.nodes[s].head
            if verb is None or g.nodes[verb].upos != "VERB":
                continue
            for w in sorted(g.subtree(s)):
                prep = self._preposition(w) if w != s and g.nodes[w].deprel == "nmod" and w < verb else None
                # (a two-word preposition's noun heads the phrase: `در راستای کمک ...`)
                if prep is not None and (prep in event or f"{prep} {g.nodes[w].text}" in self.cues.occasion_prepositions):
                    g.reattach(w, verb, "obl")

    def _lvc_nominals_holding_their_pp(self, g: SentenceGraph) -> None:
        """`مسکو هیچ نقشی در فاجعه اخیر ... نداشته است` parsed with `نقشی` as a bare object holding the `در` PP: a
        bare noun right before its verb that makes with it a lexicon LVC taking that preposition (`نقش داشتن در`)
        is the LVC nominal, and the PP is the verb's (decision 8: `هیچ نقشی نداشته است در | فاجعه ...`)."""
        if self.lexicon is None:
            return
        for v in g.nodes:
            if v.upos != "VERB" or g.kids(v.index, "compound:lvc"):
                continue
            # (or hung on the subject as its genitive: `خداحافظی نشان از تیزهوشی ... داشت`)
            glued = [n for s in g.kids(v.index, *SUBJ_RELS) for n in g.kids(s, "nmod") if n > s]
            for o in g.kids(v.index, "obj") + glued:
                node = g.nodes[o]
                # (only the verb's own PPs may stand between it and the noun phrase)
                between = set(range(max(g.subtree(o)) + 1, min(self._predicate_span(g, v.index))))
                pps = set().union(*(g.subtree(c) for c in g.kids(v.index, *OBL_RELS)))
                if o > v.index or g.kids(o, "case") or not between <= pps \
                        or any(g.nodes[d].text in self.cues.anaphoric_dets for d in g.kids(o, "det")):
                    continue
                entry = self.lexicon.lookup(node.text, v.lemma)   # (`نقشی` finds `نقش داشتن`)
                if entry is None or not entry.is_lvc or not entry.gloss_prep:
                    continue
                pp = next((k for k in g.kids(o, "nmod") if k > o and self._preposition(k) == entry.gloss_prep), None)
                if pp is None:
                    continue
                g.reattach(o, v.index, "compound:lvc")
                g.reattach(pp, v.index, "obl:arg")

    @staticmethod
    def _third_plural_form(node) -> bool:
        """Does the verb form end in the third-person plural `-ند`? (`کنند`, `شده‌اند`; `دارند` when the parser says
        plural too, since a present stem in `ن` makes a singular `-ند`: `کند`, `ماند`.)"""
        return node.text.endswith(("نند", "\u200cاند")) or (node.text.endswith("ند") and node.feat("Number") == "Plur")

    @staticmethod
    def _article_i(node) -> bool:
        """`چشم‌اندازی`: a bare `-ی` the lemmatizer strips is the indefinite article (after `ا`/`و` it is the
        ezafe: `اجرای`, `دکترای`)."""
        return node.text == node.lemma + "ی" and not node.lemma.endswith(("ا", "و"))

    def _indefinite_objects_hung_inside_pps(self, g: SentenceGraph) -> None:
        """`در صورت متوقف نشدن این حملات واکنش سختی نشان خواهیم داد` parsed with `واکنش سختی` as a genitive inside
        the PP: an indefinite noun phrase (`-ی` on its last word, or `یک` first) is no genitive, so one closing a PP
        right before a verb that takes an object and has none is that verb's object."""
        for n in g.nodes:
            if n.upos != "NOUN" or n.deprel != "nmod" or g.kids(n.index, "case") or n.index in self._ent_of:
                continue
            words = sorted(g.subtree(n.index))
            last = g.nodes[words[-1]]
            # (a noun and one adjective carrying the article: `یک` and a bare `-ی` open many a genitive, `برگزاری یک
            # انتخابات`; an adjective made from an `-ات` plural keeps its `-ی`, `بازی‌های تدارکاتی`)
            if words != [n.index, n.index + 1] or last.upos != "ADJ" or not self._article_i(last) \
                    or last.text.endswith("اتی"):
                continue
            pp = next((a for a in g.ancestors(n.index) if g.nodes[a].deprel in OBL_RELS and self._preposition(a)), None)
            verb = g.nodes[pp].head if pp is not None else None
            if verb is None or g.nodes[verb].upos != "VERB" or g.kids(verb, "obj") \
                    or words[-1] + 1 != min(self._predicate_span(g, verb)) \
                    or not self._takes_object(self._predicate(g, verb)):
                continue
            g.reattach(n.index, verb, "obj")

    def _indefinite_nominals_closing_the_subject(self, g: SentenceGraph) -> None:
        """`گرانی خودرو ارتباطی با فرمول وزارت صمت ندارد` with `ارتباطی` hung on the subject as an adjective: a word
        in indefinite `-ی` that closes the subject, right before an argument PP, is the verb's nominal when the two
        make a lexicon light-verb construction (`ارتباط داشتن`: `ارتباطی ندارد با`) and the verb has no lexicon
        nominal of its own; a noun the parser took for one goes back to the phrase it ends (`وزارت صمت`)."""
        if self.lexicon is None:
            return
        for k in g.nodes:
            i = k.index
            if k.upos not in ("ADJ", "NOUN") or k.deprel not in ("amod", "nmod") or k.children \
                    or not k.text.endswith("ی") or i + 1 >= len(g) or g.nodes[i + 1].upos != "ADP":
                continue
            top = i
            while g.nodes[top].head is not None and g.nodes[top].deprel in ("amod", "nmod", "flat", "flat:name"):
                top = g.nodes[top].head
            v = g.nodes[top].head
            if g.nodes[top].deprel not in SUBJ_RELS or v is None or g.nodes[v].upos != "VERB" \
                    or max(g.subtree(top)) != i or set(g.kids(v, *SUBJ_RELS)) != {top}:
                continue
            stem = k.text[:-1].removesuffix("\u200cا").removesuffix("ا") if k.text.endswith("ای") else k.text[:-1]
            pp = g.nodes[i + 1].head
            prep = self._preposition(pp) if pp is not None else None
            if not self._lvc_nominal(stem, g.nodes[v].lemma) or prep is None \
                    or not (self.lexicon.nominal_takes(stem, prep) or prep in self.cues.argument_preps):
                continue
            own = [c for c in g.kids(v, "compound:lvc")]
            if any(self._lvc_nominal(g.nodes[c].text, g.nodes[v].lemma) for c in own):
                continue
            for c in own:   # (the parser's nominal: the noun phrase before it ends with it)
                if self._preposition(c) is None and c > 0 and g.nodes[c - 1].upos in ("NOUN", "PROPN") and c - 1 != i:
                    g.reattach(c, c - 1, "nmod")
                else:
                    g.nodes[c].rel = "obl"
            g.reattach(i, v, "compound:lvc")

    def _indefinite(self, n: int) -> bool:
        """Does noun ``n`` open an indefinite noun phrase: `هجمه‌ای`, `نامه‌یی`, `یک X`? (Not any numeral: `سهم
        50 درصدی`, `طرحی 4 بندی` are modifiers.)"""
        g = self._g
        return g.nodes[n].text.endswith(("\u200cای", "\u200cیی")) or g.nodes[min(g.subtree(n))].text == "یک"

    @staticmethod
    def _relatives_on_marked_conjuncts(g: SentenceGraph) -> None:
        """`درگیری‌های سوریه و نیز تهدیدی که از سوی ایران ... وجود دارد`: a `که` clause right after a
        coordinated noun carrying the relative `-ی` is about that noun, not the first conjunct the parser
        hung it on. (Only a conjunct of an argument: coordinated adjectives tagged NOUN end in `-ی` too,
        `کارهای بازاری و ماشینی که`, but modify a noun.)"""
        args = ("obj", "obl", "obl:arg", "nsubj", "nsubj:pass")
        for v in g.nodes:
            if v.deprel != "acl" or v.head is None:
                continue
            mark = next((c for c in g.kids(v.index, "mark") if g.nodes[c].text == "که"), None)
            if mark is None or mark == 0 or mark - 1 == v.head:
                continue
            before = g.nodes[mark - 1]
            if before.deprel == "conj" and before.upos == "NOUN" and before.text.endswith("ی") \
                    and v.head < before.index and g.nodes[before.head].deprel in args:
                g.reattach(v.index, before.index, "acl")

    def _first_or_second_person_subjects(self, g: SentenceGraph, v: int) -> None:
        """A first- or second-person verb has no noun for its subject (only `بنده`, `همه` and the like): `مردم
        عزیز ایران، من ... می‌دانم` addresses the people (vocative); `تیم یک‌دستی داریم` has the team as its object.
        The verb's agreement then gives the subject (`من`, `ما`, guidelines §1). A copular predicate agrees
        through its copula, and takes no object."""
        cop = next(iter(g.kids(v, "cop")), None)
        future = [a for a in g.kids(v, "aux") if g.nodes[a].feat("Tense") == "Fut"]   # `گفت‌وگو خواهیم کرد`
        agreeing = g.nodes[future[0] if future else v if cop is None else cop]
        person = person_of_form(agreeing.text, agreeing.lemma) if agreeing.upos in ("VERB", "AUX") else None
        # (and `من`, `ما`, `شما` are no subject of a verb whose endings and tags all say third person: not `نخواهیم بود`)
        parts = [v] + g.kids(v, "aux", "cop")
        forms = [g.nodes[k] for k in parts + [a for p in parts for a in g.kids(p, "aux")]
                 if g.nodes[k].upos in ("VERB", "AUX")]
        persons = {(person_of_form(n.text, n.lemma) or (None,))[0] for n in forms}
        if persons == {"3"} and not any(n.feat("Person") in ("1", "2") for n in forms):
            for c in g.kids(v, "nsubj"):
                if g.nodes[c].upos == "PRON" and g.nodes[c].text in self.cues.agreement_pronouns.values():
                    g.nodes[c].rel = "dep"
        if (person[0] if person else agreeing.feat("Person")) not in ("1", "2"):
            return
        for c in g.kids(v, "nsubj"):
            node = g.nodes[c]
            if node.text in self.cues.anaphoric_dets:   # `شما شاهد این هستید که ...`: what is witnessed
                node.rel = "dep"
                continue
            # (a third-person pronoun is no such subject either: `آن‌ها ... می‌گویند من به دنبال توافق نیستم`)
            third_person = node.text in self.cues.pronouns.get("PER", frozenset()) | self.cues.resumptive_pronouns
            if node.upos == "PRON" and third_person and not g.kids(c, "case"):
                node.rel = "dep"
                continue
            if node.upos not in ("NOUN", "PROPN") or node.text in self.cues.self_reference_nouns:
                continue
            end = max(g.phrase(c))
            # `درباره هماهنگی ارتش روسیه با ...`: a bare noun right after an oblique continues its ezafe chain
            host = [k for k in g.kids(v, *OBL_RELS) if max(g.subtree(k)) == min(g.subtree(c)) - 1]
            if end + 1 < len(g.nodes) and g.nodes[end + 1].text in ("،", ","):
                node.rel = "vocative"
            elif host and not g.kids(c, "case"):
                g.reattach(c, host[0], "nmod")
            elif cop is None and not g.kids(c, "case") and not g.kids(v, "obj") and c < v:
                node.rel = "obj"
            else:
                node.rel = "dep"

    def _adverb_subjects(self, g: SentenceGraph, v: int) -> None:
        """`امروز دشمنان ما ... می‌دانند`, `حال، مسلمانان باور می‌کنند`, `آری، ...`: a bare time adverb or
        interjection is no subject, though the parser often says so (then takes the real one for the object)."""
        for c in g.kids(v, "nsubj", "nsubj:pass"):
            if g.nodes[c].upos == "ADV" or g.nodes[c].text in self.cues.adverb_nouns | self.cues.tanween_adverbs and all(
                    g.nodes[k].deprel == "punct" for k in g.nodes[c].children):   # (`دست‌کم 20 کودک`)
                g.nodes[c].rel = "advmod"
            elif g.nodes[c].text in self.cues.adverb_nouns and c + 1 < len(g.nodes) and g.nodes[c + 1].head == c \
                    and g.nodes[c + 1].deprel == "nmod" and g.nodes[c + 1].upos in ("NOUN", "PROPN") \
                    and not g.kids(c + 1, "case") and g.nodes[c + 1].text not in self.cues.time_nouns:
                # (nor does it take a genitive: `حال دولت بیگانه با مردم ... همان رویه را در پیش گرفته است`)
                subject = c + 1
                g.reattach(subject, v, g.nodes[c].rel)
                for k in list(g.nodes[c].children):
                    if k > subject:
                        g.reattach(k, subject, g.nodes[k].rel)
                g.nodes[c].rel = "advmod"

    def _date(self, head: int) -> bool:
        """`18 فوریه`, `ساعتی قبل از ...`, `روز شنبه`: when something happened, never who did it."""
        g = self._g
        if head in self._ent_of:
            return False
        text = g.nodes[head].text
        words = {g.nodes[k].text for k in g.kids(head)} | {text}
        indefinite_time = text.endswith("ی") and text[:-1] in self.cues.time_nouns   # `ساعتی`, `روزی`, `زمانی`
        return text in self.cues.month_names or (g.nodes[head].upos == "NUM" and bool(words & self.cues.month_names)) \
            or indefinite_time and not g.kids(head, "det", "nmod") or self._time_phrase(g, head)

    def _date_word(self, node) -> bool:
        """A word a date is made of: a number, an adjective (`گذشته`), a time noun or a month."""
        return node.upos in ("NUM", "ADJ") or node.text in self.cues.time_nouns or self._month(node.text)

    def _month(self, text: str) -> bool:
        """`تیر`, `تیرماه`, `تیر‌ماه`: a month name, with or without `ماه`."""
        return text.removesuffix("ماه").removesuffix("\u200c") in self.cues.month_names

    def _time_phrase(self, g: SentenceGraph, head: int) -> bool:
        """A short noun phrase that only says when: a time noun with numbers, months or `گذشته`-like
        modifiers (`شامگاه 31 شهریور`, `سال گذشته`, `روز دوشنبه`), no name in it."""
        # (a plural with a range counts too: `روزهای 6 تا 8 ژوئن`)
        if g.nodes[head].text.removesuffix("های").removesuffix("ها").removesuffix("\u200c") not in self.cues.time_nouns:
            return False
        sub = g.subtree(head) - {head} - set(g.kids(head, "case"))
        # (`جمعه 28 اکتبر (7 آبان‌ماه)`: a date given in two calendars)
        # (and a demonstrative: `این هفته`, `آن زمان`)
        return len(sub) <= 8 and all(
            g.nodes[k].upos in ("NUM", "ADJ", "PUNCT") or g.nodes[k].text.isdigit() or g.nodes[k].text in self.cues.time_nouns
            or g.nodes[k].text == "تا" and g.nodes[k - 1].upos == "NUM"
            or self._month(g.nodes[k].text) or g.nodes[k].text in self.cues.anaphoric_dets for k in sub) \
            and not any(k in self._ent_of for k in sub)

    def _name_before_its_title(self, g: SentenceGraph, name: int, title: int) -> bool:
        """`محمود عباس، رئیس تشکیلات خودگردان به دنبال صلح است` parsed with the name as the title's subject,
        the title as the subject of the copular predicate: a name, a comma, then its title."""
        return name in self._ent_of and self._is_title(g.nodes[title]) and title > name \
            and bool(g.kids(g.nodes[title].head, "cop")) \
            and all(g.nodes[k].text in QUOTES + ("،", ",") for k in range(max(g.subtree(name)) + 1, title))

    def _title_after_subject(self, g: SentenceGraph, first: int, extra: int) -> bool:
        """`«جالو ممادو تاندیا» وزیر دفاع موریتانی و «محمد ...» معاون ... امضا کردند`: a second subject that is a
        title right after the first is its apposition (not the object), and the names coordinated with the
        title are coordinated with the first subject."""
        if g.nodes[extra].text not in self.cues.titles:
            return False
        end = max(g.subtree(first))
        while end + 1 < extra and g.nodes[end + 1].text in QUOTES + ("،", ","):
            end += 1
        if end + 1 != extra:
            return False
        for c in g.kids(extra, "conj"):
            g.reattach(c, first, "conj")
        g.reattach(extra, first, "appos")
        return True

    def _opening_adverbial(self, g: SentenceGraph, last: int) -> bool:
        """Words 0..last (a comma after them aside) are a sentence adverbial (`از سوی دیگر`, `در همین حال،`)."""
        if last >= 0 and g.nodes[last].text in ("،", ","):
            last -= 1
        return last >= 0 and g.text_of(list(range(last + 1))) in self.cues.adverbial_phrases
