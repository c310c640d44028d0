"""UD treebanks → spaCy training data (DocBin), with other treebanks mapped to PerDT conventions.

PerDT is the target scheme. Seraji has no PROPN, tags ``را`` as PART (PerDT: ADP), and uses other
XPOS tags, FEATS and some other relations; iPerUDT is informal text with Bijankhan-style XPOS. Only
their relations (mapped) are used; their lemmas follow other conventions and cost PerDT lemma accuracy. Mapped relations come from ``DEPREL_TO_PERDT``; anything the
target scheme does not have and that cannot be mapped is left unset rather than guessed.
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Iterable

from ..conllu import GoldSentence, read_conllu

PERDT_DEPRELS = {
    "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "compound", "compound:lvc",
    "conj", "cop", "csubj", "dep", "det", "fixed", "flat:name", "flat:num", "goeswith", "mark", "nmod",
    "nsubj", "nsubj:pass", "nummod", "obj", "obl", "obl:arg", "parataxis", "punct", "root", "vocative", "xcomp",
}

# Relations of Seraji / iPerUDT and their PerDT counterpart.
DEPREL_TO_PERDT = {
    "acl:relcl": "acl", "nmod:poss": "nmod", "aux:pass": "aux", "cc:preconj": "cc", "det:predet": "det",
    "compound:prt": "compound", "compound:svc": "compound", "dislocated": "dep", "flat": "flat:name",
    "flat:foreign": "flat:name", "discourse": "dep", "discourse:top": "dep", "discourse:foc": "dep",
    "nsubj:outer": "nsubj", "iobj": "obl:arg", "orphan": "dep", "list": "conj", "reparandum": "dep",
    "expl": "dep", "obl:tmod": "obl", "nmod:tmod": "nmod", "advcl:relcl": "advcl", "csubj:pass": "csubj",
}

SCHEMES = ("perdt", "seraji", "iperudt")


def map_deprel(deprel: str | None) -> str | None:
    if deprel is None or deprel in PERDT_DEPRELS:
        return deprel
    mapped = DEPREL_TO_PERDT.get(deprel)
    if mapped is None and ":" in deprel and deprel.split(":")[0] in PERDT_DEPRELS:
        mapped = deprel.split(":")[0]
    return mapped


def _map_word(word, scheme: str) -> tuple[str | None, str | None, str | None]:
    """UPOS, XPOS, deprel in PerDT terms (None where unknown)."""
    upos, xpos, deprel = word.upos, word.xpos, map_deprel(word.deprel)
    if scheme == "perdt":
        return upos, xpos, deprel
    if word.text == "را":
        deprel = "case"
    # Their XPOS and FEATS schemes differ from PerDT's, and spaCy's morphologizer learns UPOS and FEATS
    # as one label: unset, so these treebanks teach only relations.
    return None, None, deprel


def sentences_to_docs(sentences: Iterable[GoldSentence], scheme: str, vocab, normalize=None) -> list:
    """One spaCy Doc per sentence; tokens are the UD syntactic words."""
    from spacy.tokens import Doc

    if scheme not in SCHEMES:
        raise ValueError(f"unknown treebank scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    docs = []
    for sent in sentences:
        words = sent.words
        if not words:
            continue
        forms = [normalize(w.text) if normalize else w.text for w in words]
        mapped = [_map_word(w, scheme) for w in words]
        heads = [(w.head - 1 if w.head else i) for i, w in enumerate(words)]
        doc = Doc(
            vocab,
            words=forms,
            spaces=[True] * len(words),
            pos=[m[0] or "" for m in mapped] if any(m[0] for m in mapped) else None,
            tags=[m[1] or "" for m in mapped] if scheme == "perdt" else None,
            morphs=[w.feats or "" for w in words] if scheme == "perdt" else None,
            lemmas=[w.lemma or "" for w in words] if scheme == "perdt" else None,
            heads=heads,
            deps=[(m[2] or "dep") if w.head is not None else "" for m, w in zip(mapped, words)],
            sent_starts=[True] + [False] * (len(words) - 1),
        )
        docs.append(doc)
    return docs


def read_treebank(path: Path, scheme: str, vocab, normalize=None) -> list:
    return sentences_to_docs(read_conllu(path), scheme, vocab, normalize)


def split_holdout(docs: list, fraction: float, seed: int = 0) -> tuple[list, list]:
    """A fixed random slice of ``docs`` for early stopping and model selection."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    cut = int(len(docs) * fraction)
    held = set(order[:cut])
    return [d for i, d in enumerate(docs) if i not in held], [d for i, d in enumerate(docs) if i in held]
