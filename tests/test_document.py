from pipeline.conllu import read_conllu
from pipeline.document import Document, Entity, Triple


def test_jsonl_round_trip_is_lossless(default_pipeline, seed_text):
    doc = default_pipeline(seed_text, doc_id="seed")
    doc.entities.append(Entity(sentence=0, start=1, end=8, text="اسرائیل", label="GPE", id="Israel", confidence=0.9))
    doc.triples.append(Triple(subject="پوتین", relation="گفت‌وگو کرد با", object="نتانیاهو", sentence=3,
                              subject_span=(10, 15), object_span=(20, 28), gloss="Putin – talked with – Netanyahu"))
    doc.meta["source"] = "seed"
    line = doc.to_json()
    again = Document.from_json(line)
    assert again.to_json() == line
    assert again.triples[-1].subject_span == (10, 15) and len(again.triples) == len(doc.triples)
    assert again.sentences[0].tokens[0].words[0].text == doc.sentences[0].tokens[0].words[0].text


def test_token_offsets_point_into_original(default_pipeline, seed_text):
    doc = default_pipeline(seed_text)
    assert doc.sentences
    for tok in doc.tokens:
        assert 0 <= tok.start < tok.end <= len(seed_text)
        # the original slice is the token up to ZWNJ and letter-form repairs
        assert seed_text[tok.start:tok.end].replace("\u200c", "").strip()


def test_conllu_export_and_reimport(tmp_path, default_pipeline):
    doc = default_pipeline("پوتین با نتانیاهو دیدار کرد. او کتابش را برد.", doc_id="d1")
    path = tmp_path / "out.conllu"
    path.write_text(doc.to_conllu(), encoding="utf-8")
    sents = list(read_conllu(path))
    assert len(sents) == len(doc.sentences)
    assert [w.text for w in sents[0].words] == [w.text for w in doc.sentences[0].words]
