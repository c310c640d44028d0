"""Behaviour, not timing, of the start-up and memory work (issue 6): each fast path answers exactly as the
slow path it replaces.

* the hazm lemma tables (a data file + hazm's words.dat) give hazm's ``Lemmatizer`` answers without running it;
* the hazm model folder loads its tagger parts only when tagging;
* spaCy is imported without PyTorch, its command line or srsly's YAML library, and all are usable afterwards;
* spaCy annotations do not depend on how sentences are batched (batches bound peak memory), nor on whether
  documents are prepared together (`Stage.prepare`) or alone; spaCy's vocabularies do not grow with a run;
* the normalize lexicon's bulk reading, the glued-part counts made on first use, and the garbage collector
  paused while stages load.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.backends import hazm_backend as hb
from pipeline.backends import spacy_backend as sb
from pipeline.errors import ModelError

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
# real words of the seed and news text, verb forms, joined verb parts, suffixes the stemmer strips, edge cases
WORDS = ["کتاب‌ها", "می‌روم", "رفتند", "نمی‌دانم", "شده‌است", "گفته_شده_است", "نچشیده_است", "خانۀ", "اجتماعی",
         "مردم", "آتشفشان", "بزرگ‌ترین", "دولتی", "روسیه", "صهیونیستی", "خواهند", "داد", "اعلام", "کرد", "تل‌آویو",
         "فارس_", "4_5", "_", "", "ICT", "1402", "،"]


@pytest.fixture(scope="module")
def hazm_lemmatizer():
    hazm = pytest.importorskip("hazm")
    return hazm.Lemmatizer()  # a few seconds: conjugates every verb of verbs.dat


def test_lemma_tables_hold_hazm_lemmatizer_data(hazm_lemmatizer):
    import hazm

    tables = hb.HazmLemmaTables()
    assert tables.fallback_reason is None
    assert tables.words == frozenset(hazm_lemmatizer.words)
    plain = {f: v for f, v in hazm_lemmatizer.verbs.items() if " " not in f and "_" not in f}
    joined = {f: v for f, v in hazm_lemmatizer.verbs.items() if " " not in f and "_" in f}
    assert tables.verbs == plain
    assert tables.joined_verbs() == joined
    assert tables.ends == tuple(hazm.Stemmer().ends)


def test_lemma_tables_answer_as_hazm(hazm_lemmatizer):
    tables = hb.HazmLemmaTables()
    words = WORDS + SEED.read_text(encoding="utf-8").split() + ["پرسیدن", "ببینید", "نمی‌خواهند", "دیده_است"]
    for word in words:
        for pos in ("", "V"):
            assert tables.lemmatize(word, pos) == hazm_lemmatizer.lemmatize(word, pos), (word, pos)
    assert hb.hazm_lemma("رفتند", "VERB") == "رفت"
    assert hb.hazm_lemma("کتاب‌ها", "NOUN") == "کتاب"


def test_lemma_tables_fall_back_to_hazm_when_its_data_differ(tmp_path, hazm_lemmatizer, monkeypatch):
    monkeypatch.setattr(hb, "_hazm_lemmatizer", lambda: hazm_lemmatizer)  # the one built already
    data = hb.hazm_data_dir()
    shutil.copy(data / "verbs.dat", tmp_path / "verbs.dat")
    (tmp_path / "words.dat").write_text((data / "words.dat").read_text(encoding="utf-8") + "تازه\t1\tN\n",
                                        encoding="utf-8")
    tables = hb.HazmLemmaTables(hazm_data=tmp_path)
    assert tables.fallback_reason and "words.dat" in tables.fallback_reason
    for word in WORDS[:8]:
        assert tables.lemmatize(word, "V") == hazm_lemmatizer.lemmatize(word, "V")


def test_lemma_stage_does_not_load_the_tagger():
    model_dir = ROOT / "models" / "tagger-hazm"
    if not (model_dir / "upos.crfsuite").is_file():
        pytest.skip("no models/tagger-hazm")
    model = hb.HazmModel(model_dir)
    assert not model._tagger_loaded
    assert model.lemma("رفتند", "VERB") == "رفت"
    assert not model._tagger_loaded
    tags = model.tag(["او", "به", "تهران", "رفت", "."])
    assert model._tagger_loaded and [t[0] for t in tags][3] == "VERB"


def test_spacy_is_imported_without_torch_or_its_command_line():
    # and a stanza stage in the same process can still import torch afterwards (when it is installed), and
    # spaCy training can still import spacy.cli
    code = ("import sys, importlib.util; from pipeline.backends.spacy_backend import import_spacy; "
            "spacy = import_spacy(); import thinc.compat; "
            "print('torch' in sys.modules, thinc.compat.has_torch, hasattr(spacy, 'load'), 'spacy.cli' in sys.modules, "
            "'requests' in sys.modules, 'srsly.ruamel_yaml' in sys.modules); "
            "spec = importlib.util.find_spec('torch'); "
            "print('absent' if spec is None else type(__import__('torch').zeros(1)).__name__); "
            "import spacy.cli, srsly; print(callable(spacy.cli.train.train), callable(spacy.cli.info), "
            "srsly.yaml_loads('a: 1') == {'a': 1})")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    first, second, third = out.stdout.splitlines()
    assert first.split() == ["False", "False", "True", "False", "False", "False"]
    assert second in ("absent", "Tensor")
    assert third.split() == ["True", "True", "True"]  # the real commands and YAML functions, on first use


def test_spacy_registries_see_the_same_entry_points_grouped_once():
    import importlib.metadata

    import catalogue

    sb.import_spacy()
    grouped = catalogue.AVAILABLE_ENTRY_POINTS
    assert isinstance(grouped, dict) and not hasattr(grouped, "select")
    every = importlib.metadata.entry_points()
    for group in ("spacy_factories", "spacy_architectures", "thinc_layers", "console_scripts"):
        assert sorted(ep.name for ep in grouped.get(group, [])) == sorted(ep.name for ep in every.select(group=group))
    assert grouped["spacy_architectures"]  # spacy-legacy's, at least
    assert catalogue.create("spacy", "architectures", entry_points=True).get("spacy-legacy.Tok2Vec.v1")


def test_word_batches():
    docs = [["a"] * n for n in (3, 4, 10, 1, 1, 2)]
    batches = sb.word_batches(docs, 5)
    assert [[len(d) for d in b] for b in batches] == [[3], [4], [10], [1, 1, 2]]
    assert [d for b in batches for d in b] == docs
    assert sb.word_batches([], 5) == []


def test_spacy_annotations_do_not_depend_on_batching(monkeypatch):
    model = ROOT / "models" / "syntax-spacy"
    if not (model / "config.cfg").is_file():
        pytest.skip("no models/syntax-spacy")
    from pipeline.config import parse_config
    from pipeline.core import Pipeline

    stages = {"normalize": {"backend": "hazm_repair"}, "segment": {"backend": "rules"},
              "tag": {"backend": "spacy", "model": str(model)}, "parse": {"backend": "spacy", "model": str(model)}}
    pipe = Pipeline(parse_config({"pipeline": list(stages), "stages": stages}, None))
    text = SEED.read_text(encoding="utf-8")

    def layers():
        doc = pipe(text)
        return [(w.upos, w.xpos, w.feats, w.head, w.deprel) for w in doc.words]

    whole = layers()
    monkeypatch.setattr(sb, "BATCH_WORDS", 15)   # a few sentences a batch
    assert layers() == whole
    assert len(whole) > 100 and all(w[0] for w in whole)


def test_documents_prepared_together_get_the_annotations_they_get_alone(default_pipeline):
    """Pipeline.pipe lets each stage prepare several documents at once (spaCy over all their sentences): the
    documents come out as they do one at a time, tags, parses and entities included."""
    articles = [json.loads(line)["text"] for line in (ROOT / "eval" / "gold" / "dev.jsonl")
                .read_text(encoding="utf-8").splitlines()[:4]]
    texts = [SEED.read_text(encoding="utf-8"), *articles]
    alone = [default_pipeline(t, doc_id=f"doc-{i}").to_json() for i, t in enumerate(texts)]
    together = [d.to_json() for d in default_pipeline.pipe(texts, batch_size=5)]
    assert together == alone
    assert all(json.loads(d)["entities"] and json.loads(d)["triples"] for d in together)


def test_spacy_vocabularies_do_not_grow_with_the_documents_run(default_pipeline):
    """The spaCy stages parse inside memory zones: the words of a run's documents are not kept in the models'
    string stores, so a worker's memory does not grow with the corpus."""
    texts = [json.loads(line)["text"] for line in (ROOT / "eval" / "gold" / "dev.jsonl")
             .read_text(encoding="utf-8").splitlines()[4:10]]
    models = {id(s.runner.nlp): s.runner.nlp for s in default_pipeline.stages if hasattr(s, "runner")}
    models.update({id(s.nlp): s.nlp for s in default_pipeline.stages if s.stage == "ner"})
    assert len(models) == 2
    default_pipeline(texts[0])  # anything a first call adds for good
    before = {k: len(nlp.vocab.strings) for k, nlp in models.items()}
    docs = list(default_pipeline.pipe(texts[1:]))
    assert sum(len(d.entities) for d in docs) > 10 and all(w.deprel for d in docs for w in d.words)
    assert {k: len(nlp.vocab.strings) for k, nlp in models.items()} == before
    assert not any(nlp.vocab.in_memory_zone for nlp in models.values())


def test_a_failing_prepare_is_redone_document_by_document(tmp_path, monkeypatch):
    """Stage.prepare only gets work done early: when it raises, each document of the chunk is processed on its
    own and the run's output is whole."""
    from pipeline.batch import BatchOptions, PipelineSpec, run_batch
    from pipeline.document import Document
    from pipeline.stages.ner import SpacyNer

    def broken(self, docs):
        raise RuntimeError("no batch today")

    monkeypatch.setattr(SpacyNer, "prepare", broken)
    text = SEED.read_text(encoding="utf-8")
    docs = [Document(doc_id=f"d{i}", text=text) for i in range(3)]
    summary = run_batch(iter(docs), tmp_path / "out.jsonl", PipelineSpec(str(ROOT / "configs" / "default.yaml")),
                        BatchOptions(chunk_size=3))
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert summary.errors == 0 and len(lines) == 3
    assert all(json.loads(line)["entities"] for line in lines)


def test_spacy_models_run_on_numpy_blas_with_the_same_annotations():
    """load_spacy routes matrix products through numpy's BLAS on one thread; the models answer exactly as
    under thinc's default (BLIS), on the seed article's sentences."""
    import threadpoolctl
    from spacy.tokens import Doc

    for name, attrs in (("syntax-spacy", ("pos_", "morph", "dep_")), ("ner-spacy", ("ent_iob_", "ent_type_"))):
        model = ROOT / "models" / name
        if not (model / "config.cfg").is_file():
            pytest.skip(f"no models/{name}")
        fast = sb.load_spacy(model)
        assert all(proc.model.ops.use_blis is False for _, proc in fast.pipeline)
        assert all(pool["num_threads"] == 1 for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas")
        default = sb.import_spacy().load(model)
        assert all(proc.model.ops.use_blis is True for _, proc in default.pipeline)
        sentences = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]

        def labels(nlp):
            docs = [Doc(nlp.vocab, words=sentence.split()) for sentence in sentences]  # as the stages hand them
            return [[(*(str(getattr(t, a)) for a in attrs), t.head.i) for t in doc] for doc in nlp.pipe(docs)]

        got = labels(fast)
        assert got == labels(default)
        assert sum(len(d) for d in got) > 300
        with pytest.raises(ModelError, match="tokenizer is not loaded"):  # our models never tokenize
            fast(sentences[0])


def test_canonical_string_matches_the_tracked_character_layer():
    from pipeline.text.chars import canonical_string, canonical_string_tracked

    texts = [SEED.read_text(encoding="utf-8"), "\r\nكتاب\r", "ﷲ و ﻻ", "می\u200c\u200c\u200cشود", "\u200cابتدا\u200c",
             "كيفيت\u064b\u0640", "\x00\u202bمتن\u202c", "۱۲۳ و ٤٥٦", "حزباالله", "\ufeffایران"]
    texts += SEED.read_text(encoding="utf-8").split()
    for digits in ("latin", "persian", "keep"):
        for text in texts:
            assert canonical_string(text, digits) == canonical_string_tracked(text, digits), (text, digits)


def test_gazetteer_find_is_the_longest_leftmost_match():
    from pipeline.gazetteer import Gazetteer, alias_key

    gaz = Gazetteer.load()

    def brute(words):  # every span length, longest first (the scan find() replaced); one-letter words start
        keys, out, i = [alias_key(w) for w in words], [], 0  # no multi-word span (`و نیز` is not Venice)
        while i < len(words):
            longest = 1 if len(keys[i]) == 1 else gaz.max_words
            for j in range(min(len(words), i + longest), i, -1):
                ids = gaz.index.get("".join(keys[i:j]))
                if ids:
                    out.append((i, j, ids))
                    i = j
                    break
            else:
                i += 1
        return out

    sentences = [line.split() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences += [["سازمان", "ملل", "متحد", "و", "«", "جمهوری", "اسلامی", "ایران", "»", "در", "تل‌آویو"],
                  ["ایالات", "متحده", "آمریکا", "."], ["روسیه"], []]
    found = 0
    for words in sentences:
        got = [(m.start, m.end, [e.id for e in m.candidates]) for m in gaz.find(words)]
        assert got == brute(words)
        found += len(got)
    assert found >= 5


def test_hazm_words_irregular_file_read_as_hazm_reads_it(tmp_path):
    # the bulk split is only for hazm's own regular file; anything else goes line by line, as hazm does
    path = tmp_path / "words.dat"
    path.write_text(" کتاب\t12\tN\nمیز\t3\n\nدفتر\t1\tN\t\n  خانه\t5\tN  \n", encoding="utf-8")
    with path.open(encoding="utf-8") as fh:
        hazm_way = [item[0] for item in (line.strip().split("\t") for line in fh) if len(item) == 3]
    assert hb._hazm_words(path) == hazm_way == ["کتاب", "دفتر", "خانه"]


def test_glued_counts_are_the_exhaustive_counts():
    # counted per part on first use; the same as counting every part of every clean word
    from pipeline.text.chars import NON_JOINING, ZWNJ
    from pipeline.text.lexicon import Lexicon
    from pipeline.text.zwnj_model import MIN_LEFT, PartStats, _known

    clean = {"کتابخانه": 5, "کتاب": 9, "خانه": 7, "کتابها": 3, "ها": 2, "میروم": 4, "روم": 2, "دانشگاه": 3,
             "دانش": 6, "گاه": 4, "بزرگترین": 2, "بزرگ": 8, "ترین": 2, "کتاب\u200cها": 6, "دانش\u200cگاه": 1,
             "رودها": 2, "رود": 5, "آزادی\u200cخواه": 2, "خواه": 3, "آزادی": 4}
    lex = Lexicon(clean=clean, news={"آزادیخواه": 6}, hazm={"ها": 2})
    for w in clean:
        if ZWNJ in w:
            lex.zwnj_forms.setdefault(w.replace(ZWNJ, ""), []).append(w)
    parts = PartStats.build(lex)
    left_g, right_g = {}, {}
    for w in clean:
        if ZWNJ in w:
            continue
        for i in range(MIN_LEFT, len(w)):
            left, right = w[:i], w[i:]
            if right in parts.right_z and w[i - 1] not in NON_JOINING and _known(lex, left):
                right_g[right] = right_g.get(right, 0) + 1
            if left in parts.left_z and _known(lex, right):
                left_g[left] = left_g.get(left, 0) + 1
    assert right_g["ها"] == 1 and left_g["دانش"] == 1  # کتابها (not رودها: د does not join), دانشگاه
    for x in {*parts.left_z, *parts.right_z, "کتاب", "ها", "خانه", "نیست"}:
        assert parts.left_g.get(x, 0) == left_g.get(x, 0), x
        assert parts.right_g.get(x, 0) == right_g.get(x, 0), x


def test_collections_are_paused_while_stages_load_and_resumed_after():
    import gc

    from pipeline.core import collections_paused

    before = gc.get_threshold()
    with collections_paused():
        with collections_paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0  # the inner pause gave back the outer one's zero
    assert gc.get_threshold() == before


def test_a_lexicon_table_with_a_count_that_is_no_number_is_refused_with_its_path(tmp_path):
    import gzip

    from pipeline.text.lexicon import _read_count_tables

    path = tmp_path / "lexicon.json.gz"
    path.write_bytes(gzip.compress('{"tables": {"clean": {"کتاب": 3, "خانه": "2"}}}'.encode("utf-8")))
    with pytest.raises(ValueError, match=f"{path}: table 'clean': every count must be a whole number"):
        _read_count_tables(path)
    path.write_bytes(gzip.compress('{"tables": ["کتاب"]}'.encode("utf-8")))
    with pytest.raises(ValueError, match=f"{path}: expected"):
        _read_count_tables(path)
    path.write_bytes(gzip.compress('{"about": {}, "tables": {"clean": {"کتاب": 3, "خانه": 2}, "news": {}}}'.encode()))
    assert _read_count_tables(path) == {"clean": {"کتاب": 3, "خانه": 2}, "news": {}}


def test_lexicon_builder_tables_read_back_as_counted(tmp_path):
    # the builder writes the JSON tables the stage reads in one call; counts, pairs kept and ZWNJ forms
    # come back as counted
    from pipeline.text.lexicon import RESOURCES, load_lexicon
    from pipeline.training import build_normalize_lexicon as builder

    clean, news, seraji = builder.Counts(), builder.Counts(), builder.Counts()
    for line in ["کتاب‌ها را به خانه بردند .", "کتاب‌ها را خواندند .", "در خانه ماندند .", "در خانه ماندند ."]:
        clean.add_line(line)
    seraji.add_line("در خانه ماندند .")
    for line in ["كتابها را به خانه بردند", "کتاب ها را به خانه بردند"]:
        news.add_line(line)
    for name in ("morphology.tsv", "artifacts.tsv"):  # written by hand, not by the builder
        (tmp_path / name).write_bytes((RESOURCES / name).read_bytes())
    builder.write_tables(tmp_path, clean, news, {"کتاب": 2, "خانه": 1, "کتاب‌ها": 1}, {"را": {"POSTP"}},
                         [("برد", "بر")], seraji)
    lex = load_lexicon(tmp_path)
    assert lex.clean["کتاب‌ها"] == 2 and lex.clean["خانه"] == 3 and "کتابها" not in lex.clean
    assert lex.news["کتابها"] == 1 and lex.news["کتاب"] == 1
    assert lex.hazm == {"کتاب": 2, "خانه": 1, "کتاب‌ها": 1}
    assert lex.seraji == {"خانه": 1, "در": 1, "ماندند": 1}
    assert lex.zwnj_forms == {"کتابها": ["کتاب‌ها"]}
    assert lex.bigram_clean["کتاب‌ها را"] == 2 and lex.bigram_news["به خانه"] == 2
    assert "را خواندند" not in lex.bigram_clean  # seen once, and no ZWNJ form of the pair: not kept
    assert lex.bigram_seraji == {"در خانه": 1, "خانه ماندند": 1}  # kept: twice in the clean text
