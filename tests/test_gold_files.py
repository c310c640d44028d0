"""Structural checks of the hand-annotated gold triples under eval/gold/ (guidelines v1, section 7).

Each gold file is JSON Lines, one document a line. For every triple the `sentence` must be one of the
sentences the pipeline's normalize + segment stages produce for the document's `text`, and the subject
and object spans must be copied from that normalized sentence (or, for a pronoun or dropped subject
resolved to an antecedent, from the previous sentence; a dropped subject with no named antecedent is
written as a personal pronoun); an attribution is copied from the same or an earlier sentence.
Files that do not exist yet are skipped.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "eval" / "gold"
GOLD_FILES = ["seed.jsonl", "dev.jsonl"]

FIELDS = {"subject", "relation", "object", "subject_id", "object_id", "attribution", "polarity", "tense",
          "sentence", "gloss"}
POLARITY = {"positive", "negative"}
TENSE = {"past", "present", "future"}
# Written for a dropped subject whose referent is not named in the same or the previous sentence
# (README.md, "Interpretation decisions").
PRONOUNS = {"من", "ما", "تو", "شما", "او", "وی", "آنها", "آنان", "ایشان"}


@pytest.fixture(scope="module")
def segmenter():
    """normalize + segment only, whatever the default config adds later."""
    from pipeline.config import parse_config
    from pipeline.core import Pipeline
    from pipeline.document import Document

    pipe = Pipeline(parse_config({"pipeline": ["normalize", "segment"],
                                  "stages": {"normalize": {"backend": "hazm_repair"},
                                             "segment": {"backend": "rules"}}}, None))

    def sentences(doc_id: str, text: str) -> list[str]:
        return [s.text for s in pipe(Document(doc_id=doc_id, text=text)).sentences]

    return sentences


def _load(name: str) -> list[tuple[int, dict]]:
    path = GOLD_DIR / name
    if not path.exists():
        pytest.skip(f"{path.relative_to(ROOT)} does not exist yet")
    docs = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            docs.append((lineno, json.loads(line)))
        except json.JSONDecodeError as exc:
            pytest.fail(f"{name}:{lineno}: not valid JSON ({exc})")
    assert docs, f"{name} has no documents"
    return docs


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_file(name, segmenter):
    docs = _load(name)
    problems: list[str] = []
    seen_ids: set[str] = set()
    for lineno, doc in docs:
        where = f"{name}:{lineno}"
        if not isinstance(doc.get("doc_id"), str) or not isinstance(doc.get("text"), str):
            problems.append(f"{where}: doc_id and text must be strings")
            continue
        if doc["doc_id"] in seen_ids:
            problems.append(f"{where}: duplicate doc_id {doc['doc_id']}")
        seen_ids.add(doc["doc_id"])
        triples = doc.get("triples")
        if not isinstance(triples, list) or not triples:
            problems.append(f"{where}: triples must be a non-empty list")
            continue
        sents = segmenter(doc["doc_id"], doc["text"])
        for k, t in enumerate(triples):
            tw = f"{where} ({doc['doc_id']}) triple {k}"
            missing = FIELDS - set(t)
            if missing:
                problems.append(f"{tw}: missing fields {sorted(missing)}")
                continue
            for key in ("subject", "relation", "object", "sentence"):
                if not isinstance(t[key], str) or not t[key].strip():
                    problems.append(f"{tw}: {key} must be a non-empty string")
            for key in ("subject_id", "object_id", "attribution"):
                if t[key] is not None and (not isinstance(t[key], str) or not t[key].strip()):
                    problems.append(f"{tw}: {key} must be null or a non-empty string")
            if t["polarity"] not in POLARITY:
                problems.append(f"{tw}: polarity {t['polarity']!r} not in {sorted(POLARITY)}")
            if t["tense"] not in TENSE:
                problems.append(f"{tw}: tense {t['tense']!r} not in {sorted(TENSE)}")
            sent = t["sentence"]
            if sent not in sents:
                problems.append(f"{tw}: sentence is not a normalized sentence of the text: {sent[:60]}")
                continue
            i = sents.index(sent)
            previous = sents[i - 1] if i > 0 else ""
            if t["object"] not in sent:
                problems.append(f"{tw}: object not in its sentence: {t['object']}")
            subj = t["subject"]
            if subj not in sent and subj not in previous and subj not in PRONOUNS:
                problems.append(f"{tw}: subject neither in its sentence nor in the previous one: {subj}")
            att = t["attribution"]
            if att is not None and not any(att in s for s in sents[:i + 1]):
                problems.append(f"{tw}: attribution not found in this or an earlier sentence: {att}")
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])


def test_seed_pins_headline_pair():
    """The seed gold holds the Russia–Israel working-group triple the extractor is measured on."""
    docs = _load("seed.jsonl")
    triples = [t for _, d in docs for t in d["triples"]]
    pair = [t for t in triples if t["subject_id"] == "Russia" and t["object_id"] == "Israel"
            and "کار گروه مشترک" in t["relation"]]
    assert pair and pair[0]["tense"] == "future"
    assert pair[0]["attribution"] == "یک منبع عالی\u200cرتبه در تل\u200cآویو"
