"""Relations stage: parsed, entity-linked sentences → subject–relation–object triples.

Backend ``ud_rules``: the rules of ``pipeline/relations/extract.py`` over the UD parse (guidelines v1),
then an optional confidence model (``pipeline/relations/confidence.py``, JSON weights trained by
``faie train relations``) that scores each candidate; candidates below ``min_confidence`` are dropped.
"""
from __future__ import annotations

from pathlib import Path

from pydantic import Field

from ..document import Document
from ..registry import register
from .base import ExistingPath, Stage, StageOptions


class RelationOptions(StageOptions):
    confidence_model: ExistingPath | None = None   # JSON weights; without it every triple has confidence 1
    min_confidence: float = Field(0.0, ge=0.0, le=1.0)
    predicates: ExistingPath | None = None         # predicate lexicon TSV; default: the bundled one
    parse_repair: bool = True                      # fix clause-level parser errors with word-order cues


@register("relations", "ud_rules")
class RuleRelations(Stage):
    requires = ("deps",)
    provides = ("triples",)
    Options = RelationOptions

    def __init__(self, options: RelationOptions, base_dir: Path | None = None):
        super().__init__(options, base_dir)
        from ..relations.confidence import ConfidenceModel
        from ..relations.extract import Extractor
        from ..relations.lexicon import PredicateLexicon

        lexicon = PredicateLexicon.load(options.predicates) if options.predicates else PredicateLexicon.load()
        self.extractor = Extractor(lexicon, repair=options.parse_repair)
        self.confidence = ConfidenceModel.load(options.confidence_model) if options.confidence_model else None

    def process(self, doc: Document) -> Document:
        triples = self.extractor.extract(doc)
        if self.confidence is not None:
            for triple in triples:
                triple.confidence = self.confidence.score(doc, triple)
            triples = [t for t in triples if t.confidence >= self.options.min_confidence]
        else:
            for triple in triples:
                triple.confidence = 1.0
        doc.triples = triples
        return doc
