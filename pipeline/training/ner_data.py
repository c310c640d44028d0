"""NER corpora: readers for ArmanPersoNER, PEYMA, ParsTwiNER (and plain IOB2), token normalization,
and the mapping of each corpus's entity types to the pipeline's (``resources/ner/labels.json``).

Formats (see each corpus's SOURCE.md):

  arman       ``TOKEN TAG`` (one ASCII space), IOB2, lowercase types pers/org/loc/fac/pro/event
  peyma       ``token|TAG`` split on the LAST ``|``; tokens may contain spaces; tags ``B_PER`` (underscore)
  parstwiner  ``token<TAB>tag``, IOB2 with PER/LOC/ORG/NAT/POG/EVE
  iob         ``token<TAB or space>TAG`` in the pipeline's own types (test fixtures, hand-made gold)

A blank line ends a sentence. Tokens are normalized the way the pipeline normalizes its input (the
normalize stage's character layer and ZWNJ repair, applied token by token), so a PEYMA token ``می شود``
becomes ``می‌شود`` while ``در واقع`` becomes two tokens, as ``faie run`` would produce them; entity
spans follow their tokens. Entities are kept as token spans ``(start, end, label)`` (end exclusive).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InputError, ModelError

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ner"
FORMATS = ("arman", "peyma", "parstwiner", "iob")


@dataclass
class NerSentence:
    tokens: list[str]
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # token start, end (exclusive), label
    source: str = ""  # file:line of the sentence's first token


# -- label mapping (data) --------------------------------------------------------------------------

@lru_cache(maxsize=None)
def label_map(path: Path = RESOURCES / "labels.json") -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: cannot read the NER label map ({exc})") from None


def pipeline_types() -> list[str]:
    return list(label_map()["types"])


def _read_name_list(path: Path) -> set[str]:
    names = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(line)
    return names


@lru_cache(maxsize=None)
def gpe_names() -> frozenset[str]:
    """Normalized names that make a corpus ``loc`` a GPE: CLDR country names (gpe_countries.txt) plus
    gpe_cities.txt; :func:`map_training_label` also asks the news gazetteer (``pipeline.gazetteer``)."""
    names = set()
    for f in ("gpe_countries.txt", "gpe_cities.txt"):
        if (RESOURCES / f).exists():
            names |= _read_name_list(RESOURCES / f)
    return frozenset(mention_key(normalize_tokens((n,))[0]) for n in names)


@lru_cache(maxsize=None)
def gpe_prefixes() -> frozenset[str]:
    return frozenset(_read_name_list(RESOURCES / "gpe_prefixes.txt"))


@lru_cache(maxsize=None)
def _gazetteer():
    """The news gazetteer (pipeline.gazetteer) when it is there and loads, else None."""
    try:
        from ..gazetteer import DEFAULT_FILES, RESOURCE_DIR, Gazetteer

        files = [RESOURCE_DIR / f for f in DEFAULT_FILES if (RESOURCE_DIR / f).exists()]
        return Gazetteer.load(files) if files else None
    except (ImportError, ModelError):
        return None


def gazetteer_summary() -> str:
    gaz = _gazetteer()
    return f"pipeline.gazetteer ({len(gaz)} entries)" if gaz is not None else "no gazetteer"


def mention_key(tokens: list[str]) -> str:
    """Comparison key of a mention: ZWNJ as space, alef madda as plain alef (آمریکا/امریکا)."""
    return " ".join(tokens).replace("\u200c", " ").replace("آ", "ا")


def map_training_label(fmt: str, raw_type: str, mention: list[str]) -> str | None:
    table = label_map()["corpora"][fmt]["train"]
    if raw_type not in table:
        raise KeyError(raw_type)
    target = table[raw_type]
    if target == "GPE|LOC":
        if mention_key(mention) in gpe_names() or (len(mention) > 1 and mention[0] in gpe_prefixes()):
            return "GPE"
        gaz = _gazetteer()
        if gaz is not None and any(e.type == "GPE" for e in gaz.candidates(" ".join(mention))):
            return "GPE"
        return "LOC"
    return target


def score_maps(fmt: str) -> tuple[dict, dict]:
    """(gold raw type → scored type or None, predicted pipeline type → scored type or None)."""
    c = label_map()["corpora"][fmt]
    return c["score_gold"], c["score_pred"]


# -- token normalization -----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _normalizer():
    from ..stages.normalize import HazmRepairNormalizer, NormalizeOptions

    # Character layer and ZWNJ/glue repair as in the default config; markup, furniture and line joining
    # are about documents, not single tokens.
    opts = NormalizeOptions(strip_markup=False, remove_furniture=False, join_lines=False)
    return HazmRepairNormalizer(opts)


@lru_cache(maxsize=200_000)
def normalize_token(token: str) -> tuple[str, ...]:
    """One corpus token → the tokens the pipeline's normalizer makes of it (often one, none if it was
    only diacritics or control characters)."""
    return tuple(_normalizer().normalize(token).text.split())


def normalize_tokens(tokens) -> tuple[list[str], list[tuple[int, int]]]:
    """Normalized tokens and, per input token, its range in them."""
    out: list[str] = []
    ranges = []
    for tok in tokens:
        pieces = normalize_token(tok)
        ranges.append((len(out), len(out) + len(pieces)))
        out.extend(pieces)
    return out, ranges


# -- IOB -----------------------------------------------------------------------------------------------

def iob_spans(tags: list[str], where: str = "") -> list[tuple[int, int, str]]:
    """Spans of an IOB2 tag sequence (seqeval's strict reading: an I- that does not continue an entity
    of its type starts a new one, as seqeval's default IOB2 mode does)."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O":
            prefix, typ = "O", None
        else:
            if len(tag) < 3 or tag[1] not in "-_" or tag[0] not in "BI":
                raise InputError(f"{where}: bad tag {tag!r} at token {i + 1} (want O, B-TYPE or I-TYPE)")
            prefix, typ = tag[0], tag[2:]
        if label is not None and (prefix != "I" or typ != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and label is None):
            start, label = i, typ
    return spans


def spans_to_iob(spans, n: int) -> list[str]:
    tags = ["O"] * n
    for s, e, label in spans:
        tags[s] = f"B-{label}"
        for i in range(s + 1, e):
            tags[i] = f"I-{label}"
    return tags


# -- readers --------------------------------------------------------------------------------------------

def _split_line(line: str, fmt: str) -> tuple[str, str] | None:
    if fmt == "peyma":
        if "|" not in line:
            return None
        tok, tag = line.rsplit("|", 1)
    elif fmt == "parstwiner":
        if "\t" not in line:
            return None
        tok, tag = line.rsplit("\t", 1)
    else:  # arman, iob: the last space or tab
        parts = line.replace("\t", " ").rsplit(" ", 1)
        if len(parts) != 2:
            return None
        tok, tag = parts
    tok, tag = tok.strip(), tag.strip()
    if not tok or not tag:
        return None
    return tok, tag


def read_raw(path: Path, fmt: str) -> list[tuple[list[str], list[str], str]]:
    """Sentences as (raw tokens, raw tags, 'file:line')."""
    if fmt not in FORMATS:
        raise InputError(f"{path}: unknown NER format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    sents = []
    toks: list[str] = []
    tags: list[str] = []
    first = 0
    with handle:
        try:
            for no, line in enumerate(handle, 1):
                line = line.rstrip("\r\n")
                if not line.strip():
                    if toks:
                        sents.append((toks, tags, f"{path}:{first}"))
                    toks, tags = [], []
                    continue
                pair = _split_line(line, fmt)
                if pair is None:
                    raise InputError(f"{path}:{no}: not a '{_SHAPES[fmt]}' line for --format {fmt}: {line[:60]!r}")
                if not toks:
                    first = no
                toks.append(pair[0])
                tags.append(pair[1])
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 (byte {exc.start})") from None
    if toks:
        sents.append((toks, tags, f"{path}:{first}"))
    return sents


_SHAPES = {"arman": "TOKEN TAG", "peyma": "token|TAG", "parstwiner": "token<TAB>TAG", "iob": "TOKEN<TAB>TAG"}


def read_corpus(path: Path, fmt: str, mode: str = "train") -> list[NerSentence]:
    """Normalized sentences with spans in pipeline types (mode 'train') or in the corpus's scored types
    (mode 'gold': ``score_gold`` of labels.json; dropped types vanish)."""
    cmap = label_map()["corpora"][fmt]
    table = cmap["train"] if mode == "train" else cmap["score_gold"]
    out = []
    for raw_toks, raw_tags, where in read_raw(path, fmt):
        spans = iob_spans(raw_tags, where)
        toks, ranges = normalize_tokens(raw_toks)
        sent = NerSentence(toks, [], where)
        for s, e, typ in spans:
            if typ not in table:
                raise InputError(f"{where}: entity type {typ!r} is not one of {fmt}'s types ({', '.join(table)})")
            a, b = ranges[s][0], ranges[e - 1][1]
            if a >= b:  # the whole mention normalized away
                continue
            label = map_training_label(fmt, typ, toks[a:b]) if mode == "train" else table[typ]
            if label is not None:
                sent.spans.append((a, b, label))
        if toks:
            out.append(sent)
    return out


def guess_format(path: Path) -> str:
    """The format from the first non-blank line's shape (peyma '|', parstwiner tab, arman space)."""
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if "\t" in line:
                tag = line.rsplit("\t", 1)[1]
                return "iob" if tag[2:] in pipeline_types() else "parstwiner"
            if "|" in line and line.rsplit("|", 1)[1][:2] in ("O", "B_", "I_"):
                return "peyma"
            tag = line.rsplit(" ", 1)[-1]
            return "iob" if tag[2:] in pipeline_types() else "arman"
    raise InputError(f"{path}: empty NER file")


def dedupe_against(train: list[NerSentence], held: list[list[NerSentence]]) -> tuple[list[NerSentence], int]:
    """Training sentences minus any whose tokens equal an evaluation sentence's."""
    banned = {tuple(s.tokens) for sents in held for s in sents}
    kept = [s for s in train if tuple(s.tokens) not in banned]
    return kept, len(train) - len(kept)


# -- building the CLDR country list ----------------------------------------------------------------

def build_gpe_countries(out: Path = RESOURCES / "gpe_countries.txt") -> int:
    """Write CLDR's Persian names of countries and territories (babel, build time only)."""
    import babel
    from babel import Locale

    names = sorted({name for code, name in Locale("fa").territories.items() if code.isalpha()})
    header = [f"# Persian names of countries and territories from CLDR (babel {babel.__version__}, "
              "Locale('fa').territories, two-letter codes only).",
              "# Rebuild: python -m pipeline.training.ner_data --build-gpe"]
    out.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    return len(names)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="NER data helpers")
    ap.add_argument("--build-gpe", action="store_true", help="rewrite resources/ner/gpe_countries.txt from CLDR")
    ap.add_argument("--stats", nargs=2, metavar=("FILE", "FORMAT"), help="print sentence/entity counts of a corpus")
    args = ap.parse_args()
    if args.build_gpe:
        print(build_gpe_countries(), "names")
    if args.stats:
        from collections import Counter

        sents = read_corpus(Path(args.stats[0]), args.stats[1])
        print(len(sents), "sentences", sum(len(s.tokens) for s in sents), "tokens",
              dict(Counter(lab for s in sents for *_, lab in s.spans)))
