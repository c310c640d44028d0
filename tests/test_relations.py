"""The rule extractor on hand-parsed Persian sentences (PerDT conventions), one guideline rule per test.

Parses are written here by hand so that each test pins an extraction rule, not a parser's mood.
"""
from __future__ import annotations

import pytest

from pipeline.document import Document, Entity, Sentence, Token, Word
from pipeline.relations.extract import Extractor
from pipeline.relations.lexicon import PredicateLexicon


def parsed(*sentences: str, entities: list[tuple[int, str, str, str | None]] = ()) -> Document:
    """Build a Document from rows "form upos head deprel [feats]" per sentence (one string each).

    ``entities``: (sentence index, text, label, id); the text is found in that sentence."""
    doc_sentences, parts, offset = [], [], 0
    for block in sentences:
        rows = [r.split() for r in block.strip().splitlines()]
        forms = [r[0] for r in rows]
        text = " ".join(forms)
        tokens, cursor = [], offset
        for i, r in enumerate(rows, start=1):
            feats = r[4] if len(r) > 4 else None
            word = Word(i, r[0], cursor, cursor + len(r[0]), lemma=r[0], upos=r[1], head=int(r[2]),
                        deprel=r[3], feats=feats)
            tokens.append(Token(r[0], cursor, cursor + len(r[0]), [word]))
            cursor += len(r[0]) + 1
        doc_sentences.append(Sentence(text, offset, offset + len(text), tokens))
        parts.append(text)
        offset += len(text) + 1
    doc = Document(doc_id="t", text=" ".join(parts))
    doc.sentences = doc_sentences
    for si, text, label, eid in entities:
        s = doc_sentences[si]
        at = s.text.index(text)
        doc.entities.append(Entity(si, s.start + at, s.start + at + len(text), text, label, eid))
    return doc


@pytest.fixture(scope="module")
def extractor():
    return Extractor(PredicateLexicon.load())


def rows(triples):
    return {(t.subject, t.relation, t.object) for t in triples}


def test_lvc_future_coordination_and_joint_action(extractor):
    doc = parsed("""
روسیه PROPN 10 nsubj
و CCONJ 3 cc
اسرائیل PROPN 1 conj
یک NUM 5 nummod
کار NOUN 10 obj
گروه NOUN 5 nmod
مشترک ADJ 6 amod
تشکیل NOUN 10 compound:lvc
خواهند AUX 10 aux Tense=Fut
داد VERB 0 root Tense=Past
. PUNCT 10 punct
""", entities=[(0, "روسیه", "GPE", "Russia"), (0, "اسرائیل", "GPE", "Israel")])
    triples = extractor.extract(doc)
    assert rows(triples) == {
        ("روسیه", "تشکیل خواهند داد", "یک کار گروه مشترک"),
        ("اسرائیل", "تشکیل خواهند داد", "یک کار گروه مشترک"),
        ("روسیه", "یک کار گروه مشترک تشکیل خواهند داد با", "اسرائیل"),
    }
    joint = next(t for t in triples if t.object == "اسرائیل")
    assert (joint.subject_id, joint.object_id, joint.tense, joint.polarity) == ("Russia", "Israel", "future", "positive")
    assert doc.text[joint.subject_span[0]:joint.subject_span[1]] == "روسیه"
    assert doc.text[joint.object_span[0]:joint.object_span[1]] == "اسرائیل"


def test_ra_object_negation_and_attribution_frame(extractor):
    doc = parsed("""
به ADP 2 case
گزارش NOUN 11 obl
ایرنا PROPN 2 nmod
، PUNCT 2 punct
تهران PROPN 11 nsubj
دلیل NOUN 11 obj
این DET 8 det
تعویق NOUN 6 nmod
را ADP 6 case
اعلام NOUN 11 compound:lvc
نکرده VERB 0 root Polarity=Neg|Tense=Past|VerbForm=Part
است AUX 11 aux
. PUNCT 11 punct
""")
    [t] = extractor.extract(doc)
    assert (t.subject, t.relation, t.object) == ("تهران", "اعلام نکرده است", "دلیل این تعویق")
    assert (t.polarity, t.tense, t.attribution) == ("negative", "past", "ایرنا")


def test_copula_gives_the_predicate_noun_as_object(extractor):
    doc = parsed("""
ایران PROPN 3 nsubj
بزرگ‌ترین ADJ 3 amod
تهدید NOUN 0 root
منطقه NOUN 3 nmod
است AUX 3 cop
. PUNCT 3 punct
""")
    [t] = extractor.extract(doc)
    assert (t.subject, t.relation, t.object, t.tense) == ("ایران", "است", "بزرگ‌ترین تهدید منطقه", "present")


def test_reported_speech_after_colon_is_attributed_and_the_report_is_no_triple(extractor):
    doc = parsed("""
نتانیاهو PROPN 2 nsubj
گفت VERB 0 root Tense=Past
: PUNCT 5 punct
ایران PROPN 5 nsubj
تهدید NOUN 2 ccomp
است AUX 5 cop
. PUNCT 2 punct
""")
    [t] = extractor.extract(doc)
    assert (t.subject, t.relation, t.object, t.attribution) == ("ایران", "است", "تهدید", "نتانیاهو")


def test_pronoun_subject_resolves_to_the_person_named_before(extractor):
    doc = parsed("""
پوتین PROPN 4 nsubj
به ADP 3 case
مسکو PROPN 4 obl
بازگشت VERB 0 root Tense=Past
. PUNCT 4 punct
""", """
وی PRON 5 nsubj
با ADP 3 case
نتانیاهو PROPN 5 obl
دیدار NOUN 5 compound:lvc
کرد VERB 0 root Tense=Past
. PUNCT 5 punct
""", entities=[(0, "پوتین", "PER", "Vladimir Putin"), (0, "مسکو", "GPE", "Moscow"),
               (1, "نتانیاهو", "PER", "Benjamin Netanyahu")])
    triples = extractor.extract(doc)
    assert ("پوتین", "بازگشت به", "مسکو") in rows(triples)
    met = next(t for t in triples if t.sentence == 1)
    assert (met.subject, met.relation, met.object) == ("پوتین", "دیدار کرد با", "نتانیاهو")
    assert (met.subject_id, met.object_id) == ("Vladimir Putin", "Benjamin Netanyahu")
    assert met.gloss == "Vladimir Putin – meet with – Benjamin Netanyahu"


def test_coordinated_objects_split_and_keep_their_preposition(extractor):
    doc = parsed("""
پوتین PROPN 9 nsubj
درباره ADP 3 case
سوریه PROPN 9 obl
و CCONJ 5 cc
اوکراین PROPN 3 conj
با ADP 7 case
نتانیاهو PROPN 9 obl
گفت‌وگو NOUN 9 compound:lvc
کرد VERB 0 root Tense=Past
. PUNCT 9 punct
""")
    assert rows(extractor.extract(doc)) == {
        ("پوتین", "گفت‌وگو کرد درباره", "سوریه"),
        ("پوتین", "گفت‌وگو کرد درباره", "اوکراین"),
        ("پوتین", "گفت‌وگو کرد با", "نتانیاهو"),
    }


def test_apposition_gives_a_role_triple(extractor):
    doc = parsed("""
ولادیمیر PROPN 10 nsubj
پوتین PROPN 1 flat:name
، PUNCT 4 punct
رئیس NOUN 1 appos
جمهوری NOUN 4 nmod
روسیه PROPN 5 nmod
با ADP 8 case
نتانیاهو PROPN 10 obl
دیدار NOUN 10 compound:lvc
کرد VERB 0 root Tense=Past
. PUNCT 10 punct
""", entities=[(0, "ولادیمیر پوتین", "PER", "Vladimir Putin"), (0, "روسیه", "GPE", "Russia"),
               (0, "نتانیاهو", "PER", "Benjamin Netanyahu")])
    triples = extractor.extract(doc)
    role = next(t for t in triples if t.relation == "رئیس جمهوری")
    assert (role.subject, role.object, role.subject_id, role.object_id) == (
        "ولادیمیر پوتین", "روسیه", "Vladimir Putin", "Russia")
    # the apposition stays out of the subject span
    assert ("ولادیمیر پوتین", "دیدار کرد با", "نتانیاهو") in rows(triples)


def test_a_title_without_a_named_holder_gives_no_role(extractor):
    doc = parsed("""
رئیس NOUN 5 nsubj
جمهوری NOUN 1 nmod
روسیه PROPN 2 nmod
سفر NOUN 5 compound:lvc
کرد VERB 0 root Tense=Past
. PUNCT 5 punct
""")
    assert extractor.extract(doc) == []   # no holder, and an intransitive verb without argument


def test_sentences_without_a_parse_yield_nothing():
    doc = Document(doc_id="x", text="سلام")
    doc.sentences = [Sentence("سلام", 0, 4, [Token("سلام", 0, 4, [Word(1, "سلام", 0, 4)])])]
    assert Extractor(None).extract(doc) == []
    assert Extractor(None).extract(Document(doc_id="y", text="")) == []
