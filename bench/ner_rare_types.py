"""Choosing the ner stage's `rare_types_model` on dev: the spaCy model, the CRF, and their combinations on the
10% of Arman fold-1 train that both held out (the spaCy model's early-stopping set).

    faie train ner --config configs/train/ner_crf_holdout.yaml   # the CRF without those sentences
    python bench/ner_rare_types.py [--corpora ../shared/corpora]

Prints entity F1 (GPE and LOC scored as LOC, as for Arman test) per combination and type; the test sets are
scored by bench/ner.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluation.ner import score_entities  # noqa: E402
from pipeline.stages.ner import NerOptions, _replace_with  # noqa: E402
from pipeline.registry import get_backend  # noqa: E402
from pipeline.training.ner import _split_holdout, load_training_config  # noqa: E402
from pipeline.training.ner_data import dedupe_against, read_corpus  # noqa: E402

TYPES = [("FAC", "EVENT", "PRODUCT"), ("FAC",), ("FAC", "EVENT"), ("FAC", "PRODUCT")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--crf", type=Path, default=ROOT / "build" / "ner-crf-holdout")
    args = parser.parse_args()
    cfg = load_training_config(ROOT / "configs" / "train" / "ner_spacy.yaml")
    evals = [read_corpus(args.corpora / c.corpus, c.format) for c in cfg.evaluate]
    arman = cfg.train[0]
    sents, _ = dedupe_against(read_corpus(args.corpora / arman.corpus, arman.format), evals)
    _, dev = _split_holdout(sents, arman.holdout, cfg.seed)
    words = [list(s.tokens) for s in dev]
    as_loc = {"GPE": "LOC"}
    gold = [(i, s, e, as_loc.get(t, t)) for i, st in enumerate(dev) for s, e, t in st.spans]
    spacy = get_backend("ner", "spacy")(NerOptions(model=ROOT / "models" / "ner-spacy"))
    crf = get_backend("ner", "crf")(NerOptions(model=args.crf))
    main_spans, crf_spans = spacy.tag(words), crf.tag(words)

    def added(types):   # CRF spans only where the spaCy model has none
        out = []
        for a, b in zip(main_spans, crf_spans):
            taken = {k for s, e, _ in a for k in range(s, e)}
            out.append(sorted(a + [x for x in b if x[2] in types and not taken & set(range(x[0], x[1]))]))
        return out

    rows = [("spacy alone", main_spans), ("crf alone", crf_spans)]
    for types in TYPES:
        rows.append((f"add {'+'.join(types)}", added(types)))
        rows.append((f"replace {'+'.join(types)}",
                     [_replace_with(a, [x for x in b if x[2] in types]) for a, b in zip(main_spans, crf_spans)]))
    print(f"Arman fold-1 dev holdout: {len(dev)} sentences, {len(gold)} entities")
    for name, spans in rows:
        r = score_entities(gold, [(i, s, e, as_loc.get(t, t)) for i, ss in enumerate(spans) for s, e, t in ss])
        print(f"{name:28} F1 {r['f1']:6.2f}  " + "  ".join(f"{t} {v['f1']:.1f}" for t, v in r["per_type"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
