"""Word vectors for the syntax and NER stages, trained on the project's raw Persian text.

The text goes through the pipeline's own normalize and segment stages, so the vectors see exactly
the word forms the models will see. gensim's fastText (with subwords) learns from all of it; the most
frequent words are exported as a word2vec text file for ``spacy init vectors``.

    python -m pipeline.training.vectors --corpora ../shared/corpora --out build/vectors/fa.vec
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Iterator

# the pipeline whose tokens the raw text gets: the same repair and segmentation as every input (the default
# config would also parse and extract, for nothing)
TEXT_CONFIG = Path(__file__).resolve().parents[2] / "configs" / "text.yaml"
RAW_TEXT_FILES = (
    "ud_persian_perdt/train_text_only/fa_perdt-ud-train.sentences.txt",
    "ud_persian_seraji/train_text_only/fa_seraji-ud-train.sentences.txt",
    "persian_news_farsnews_varzesh3/text/farsnews.txt",
    "persian_news_farsnews_varzesh3/text/varzesh3.txt",
)


def segmented_sentences(corpora: Path, config: Path, files=RAW_TEXT_FILES) -> Iterator[list[str]]:
    from ..core import Pipeline
    from ..document import Document

    pipeline = Pipeline.from_config(config)
    seen: set[int] = set()
    for rel in files:
        with (corpora / rel).open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                line = line.strip()
                if not line or hash(line) in seen:  # the news files repeat some articles
                    continue
                seen.add(hash(line))
                doc = pipeline(Document(doc_id=f"{rel}:{i}", text=line))
                for sent in doc.sentences:
                    yield [w.text for w in sent.words]


def spacy_vectors(vec_file: Path, out: Path, prune: int = -1) -> None:
    """A blank spaCy pipeline holding the vectors (``prune`` rows, -1: all), which spaCy's [initialize]
    step copies in."""
    import spacy
    from spacy.training.initialize import convert_vectors

    nlp = spacy.blank("fa")
    convert_vectors(nlp, vec_file, truncate=0, prune=prune, name="faie_vectors")
    nlp.to_disk(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--config", type=Path, default=TEXT_CONFIG)
    parser.add_argument("--out", type=Path, default=Path("build/vectors/fa.vec"))
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--export-words", type=int, default=50_000, help="most frequent words to export")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    from gensim.models import FastText

    sentences = list(segmented_sentences(args.corpora, args.config))
    logging.info("%d sentences, %d words", len(sentences), sum(map(len, sentences)))
    # One worker: gensim is only deterministic for a fixed seed with a single thread.
    model = FastText(vector_size=args.dim, window=5, min_count=args.min_count, min_n=2, max_n=5,
                     sg=1, epochs=args.epochs, seed=args.seed, workers=1)
    model.build_vocab(corpus_iterable=sentences)
    model.train(corpus_iterable=sentences, total_examples=len(sentences), epochs=args.epochs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    words = model.wv.index_to_key[: args.export_words]
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {args.dim}\n")
        for word in words:
            out.write(word + " " + " ".join(f"{x:.5f}" for x in model.wv[word]) + "\n")
    logging.info("wrote %d vectors to %s", len(words), args.out)


if __name__ == "__main__":
    main()
