"""hazm's CRF POS tagger (python-crfsuite), retrained on UD Persian, as the fast tag backend.

hazm's ``POSTagger`` is a thin wrapper around a python-crfsuite ``Tagger`` plus a feature function;
this module keeps the same model format (a crfsuite model file, read by crfsuite itself: nothing is
unpickled) and hazm's default features, and adds optional feature groups that training measured:

* ``hazm``     — hazm 0.10.0's default POSTagger features (word, ±2 words, 1–3 letter prefixes and
                 suffixes, digit and punctuation flags of the word and its neighbours)
* ``lexicon``  — the POS classes of the word and its neighbours in hazm's lexicon (``words.dat``,
                 shipped in hazm's package data)
* ``affix``    — 4–5 letter suffixes/prefixes and the parts around a ZWNJ or hyphen (``کتاب‌ها``)
* ``shape``    — script (Persian/Latin/digit/punctuation), length bucket, ZWNJ
* ``context``  — neighbours' suffixes and lexicon classes, word bigrams
* ``clusters`` — k-means clusters of the project's fastText vectors for the word and its neighbours

A model folder holds ``meta.json`` (feature groups, label layout, lexicon checksum), ``upos.crfsuite``,
optionally ``morph.tsv.gz`` (XPOS|FEATS given the form and UPOS, with suffix back-off), ``clusters.tsv.gz`` and ``lemmas.tsv.gz``.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
from functools import cached_property, lru_cache
from pathlib import Path

from ..document import Document
from ..errors import ModelError
from ..stages.base import ExistingPath, Stage, StageOptions

FEATURE_GROUPS = ("hazm", "lexicon", "affix", "shape", "context", "clusters")
ZWNJ = "\u200c"
# hazm's POSTagger.punctuation_list (hazm 0.10.0, pos_tagger.py)
HAZM_PUNCT = frozenset('"#()*,-./:[]«»،;?!')
UNKNOWN = "_"


def hazm_words_path() -> Path:
    """hazm's lexicon as installed with the hazm package."""
    return hazm_data_dir() / "words.dat"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=2)
def load_lexicon(path: Path) -> dict[str, str]:
    """word → its POS classes (``N,AJ``) from hazm's ``words.dat`` (word, frequency, classes per line)."""
    lexicon: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and parts[2]:
                    lexicon[parts[0]] = parts[2]
    except OSError as exc:
        raise ModelError(f"{path}: cannot read hazm lexicon ({exc.strerror})") from None
    return lexicon


def load_clusters(path: Path) -> dict[str, str]:
    clusters: dict[str, str] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 2:
                    raise ModelError(f"{path}:{lineno}: expected word<TAB>cluster")
                clusters[parts[0]] = parts[1]
    except (OSError, EOFError) as exc:
        raise ModelError(f"{path}: cannot read word clusters ({exc})") from None
    return clusters


def _shape(word: str) -> str:
    kinds = []
    for ch in word:
        if ch == ZWNJ:
            kind = "z"
        elif ch.isdigit():
            kind = "d"
        elif "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
            kind = "p" if unicodedata.category(ch).startswith("L") else "s"
        elif ch.isalpha():
            kind = "l"
        else:
            kind = "s"
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    return "".join(kinds[:4])


class Featurizer:
    """Token features for one sentence, as lists of crfsuite feature names (each with value 1)."""

    def __init__(self, groups: list[str], lexicon: dict[str, str] | None = None,
                 clusters: dict[str, str] | None = None):
        unknown = [g for g in groups if g not in FEATURE_GROUPS]
        if unknown:
            raise ValueError(f"unknown feature groups {unknown}; known: {', '.join(FEATURE_GROUPS)}")
        self.groups = set(groups)
        self.lexicon = lexicon or {}
        self.clusters = clusters or {}
        self._own: dict[str, list[str]] = {}

    def own(self, w: str) -> list[str]:
        """The features of a word that do not depend on its neighbours (cached: words repeat)."""
        found = self._own.get(w)
        if found is not None:
            return found
        g = self.groups
        f = ["bias"]
        if "hazm" in g:
            f += [f"w={w}", f"p1={w[:1]}", f"p2={w[:2]}", f"p3={w[:3]}", f"s1={w[-1:]}", f"s2={w[-2:]}", f"s3={w[-3:]}"]
            if w.isdigit():
                f.append("num")
            if w in HAZM_PUNCT:
                f.append("punc")
        if "lexicon" in g:
            classes = self.lexicon.get(w, UNKNOWN)
            f.append(f"lex={classes}")
            if classes != UNKNOWN and "," in classes:
                f += [f"lexc={c}" for c in classes.split(",")]
            # The lexicon has no ZWNJ-joined inflections: look up the stem before a ZWNJ too.
            if ZWNJ in w:
                f.append(f"lexh={self.lexicon.get(w.split(ZWNJ)[0], UNKNOWN)}")
        if "affix" in g:
            f += [f"s4={w[-4:]}", f"s5={w[-5:]}", f"p4={w[:4]}"]
            if ZWNJ in w or "-" in w:
                parts = w.replace("-", ZWNJ).split(ZWNJ)
                f += [f"zl={parts[-1]}", f"zf={parts[0]}", f"zn={min(len(parts), 4)}"]
        if "shape" in g:
            f += [f"sh={_shape(w)}", f"len={min(len(w), 8)}"]
        if "clusters" in g:
            ids = self.clusters.get(w, UNKNOWN)   # a word's ids at each granularity, e.g. "64:3/512:100"
            f += [f"c={x}" for x in ids.split("/")]
            if ids == UNKNOWN and ZWNJ in w:
                f += [f"ch={x}" for x in self.clusters.get(w.split(ZWNJ)[0], UNKNOWN).split("/")]
        if len(self._own) < 500_000:
            self._own[w] = f
        return f

    def sentence(self, words: list[str]) -> list[list[str]]:
        n = len(words)
        g = self.groups
        lex = [self.lexicon.get(w, UNKNOWN) for w in words] if ("lexicon" in g or "context" in g) else None
        clu = [self.clusters.get(w, UNKNOWN).split("/") for w in words] if "clusters" in g else None
        pad = lambda seq, i, d="": seq[i] if 0 <= i < n else d  # noqa: E731
        out = []
        for i, w in enumerate(words):
            f = list(self.own(w))
            if "hazm" in g:
                prev, nxt = pad(words, i - 1), pad(words, i + 1)
                f += [f"w-1={prev}", f"w-2={pad(words, i - 2)}", f"w+1={nxt}", f"w+2={pad(words, i + 2)}"]
                if i == 0:
                    f.append("first")
                if i == n - 1:
                    f.append("last")
                if prev.isdigit():
                    f.append("num-1")
                if nxt.isdigit():
                    f.append("num+1")
                if prev in HAZM_PUNCT:
                    f.append("punc-1")
                if nxt in HAZM_PUNCT:
                    f.append("punc+1")
            if "lexicon" in g:
                f += [f"lex-1={pad(lex, i - 1, '^')}", f"lex+1={pad(lex, i + 1, '$')}"]
            if "context" in g:
                f += [f"s2-1={pad(words, i - 1)[-2:]}", f"s2+1={pad(words, i + 1)[-2:]}",
                      f"lex-2={pad(lex, i - 2, '^')}", f"lex+2={pad(lex, i + 2, '$')}",
                      f"w-1|w={pad(words, i - 1)}|{w}", f"w|w+1={w}|{pad(words, i + 1)}"]
            if "clusters" in g:
                f += [f"c-1={x}" for x in pad(clu, i - 1, ["^"])] + [f"c+1={x}" for x in pad(clu, i + 1, ["$"])]
            out.append(f)
        return out


MORPH_LEVELS = ("w", "s4", "s3", "s2", "u")


def morph_keys(word: str, upos: str) -> list[tuple[str, str, str]]:
    """Back-off keys of the XPOS|FEATS table: the form, then its last 4, 3, 2 letters, then UPOS alone."""
    return [("w", word, upos), ("s4", word[-4:], upos), ("s3", word[-3:], upos), ("s2", word[-2:], upos),
            ("u", "", upos)]


# Person endings of a finite verb, the longest first: `نیستیم` is `نیست` + `یم` (HazmModel.lemma).
PERSON_ENDINGS = ("یم", "ید", "ند", "م", "ی")


class HazmModel:
    """A trained hazm CRF tagger folder: UPOS, then XPOS|FEATS, plus an optional lemma table."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.meta = json.loads((self.path / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{self.path / 'meta.json'}: cannot read hazm tagger metadata ({exc})") from None
        self.lemmas = self._read_lemmas(self.path / "lemmas.tsv.gz") if (self.path / "lemmas.tsv.gz").exists() else None
        self._tagger_loaded = False

    def load_tagger(self) -> None:
        """The tagger's parts (CRF, hazm lexicon, clusters, XPOS|FEATS table): read on first use, so that a
        pipeline taking only lemmas from this model does not pay for them."""
        if self._tagger_loaded:
            return
        import pycrfsuite

        groups = self.meta.get("features", [])
        lexicon = None
        if "lexicon" in groups or "context" in groups:
            words = hazm_words_path()
            if file_sha256(words) != self.meta.get("lexicon_sha256"):
                raise ModelError(f"{words}: hazm lexicon differs from the one {self.path} was trained with "
                                 "(install hazm==0.10.0)")
            lexicon = load_lexicon(words)
        clusters = load_clusters(self.path / "clusters.tsv.gz") if "clusters" in groups else None
        self.featurizer = Featurizer(groups, lexicon, clusters)
        self.upos = self._open(pycrfsuite, "upos.crfsuite")
        self.morph = self._read_morph(self.path / "morph.tsv.gz") if (self.path / "morph.tsv.gz").exists() else None
        self._tagger_loaded = True

    def _open(self, pycrfsuite, name: str):
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(self.path / name))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{self.path / name}: cannot load crfsuite model ({exc})") from None
        return tagger

    @staticmethod
    def _rows(path: Path, columns: int, what: str):
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for lineno, line in enumerate(handle, 1):
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) != columns:
                        raise ModelError(f"{path}:{lineno}: expected {what}")
                    yield parts
        except (OSError, EOFError) as exc:
            raise ModelError(f"{path}: cannot read ({exc})") from None

    def _read_lemmas(self, path: Path) -> dict:
        return {(form, upos): lemma for form, upos, lemma in self._rows(path, 3, "form<TAB>upos<TAB>lemma")}

    def _read_morph(self, path: Path) -> dict:
        return {(level, key, upos): label
                for level, key, upos, label in self._rows(path, 4, "level<TAB>key<TAB>upos<TAB>xpos|feats")}

    def tag(self, words: list[str]) -> list[tuple[str, str | None, str | None]]:
        """(UPOS, XPOS, FEATS) per word."""
        if not words:
            return []
        self.load_tagger()
        upos = self.upos.tag(self.featurizer.sentence(words))
        if self.morph is None:
            return [(u, None, None) for u in upos]
        out = []
        for w, u in zip(words, upos):
            label = next((self.morph[k] for k in morph_keys(w, u) if k in self.morph), "_|_")
            xpos, _, ufeats = label.partition("|")
            out.append((u, None if xpos == "_" else xpos, None if ufeats in ("", "_") else ufeats))
        return out

    def lemma(self, word: str, upos: str | None) -> str:
        """The training data's lemma for (form, UPOS); otherwise hazm's Lemmatizer, adapted to PerDT. A verb form
        neither knows may be a known form plus a person ending (`نیستیم` = `نیست` + `یم`, hazm conjugates no
        negative copula): it takes that form's lemma."""
        lemmas = self.lemmas or {}
        found = lemmas.get((word, upos or ""))
        if found is not None:
            return found
        lemma = hazm_lemma(word, upos)
        if lemma == word and upos in ("VERB", "AUX"):
            for ending in PERSON_ENDINGS:
                stem = word.removesuffix(ending) if word.endswith(ending) else None
                base = lemmas.get((stem, upos)) or lemmas.get((stem, "VERB")) if stem else None
                if base is not None:
                    return base
            # `نیفتاد`, `بیفتد`, `نیامدند`, `بیاورد`: before a stem that starts with `ا` or `آ` the prefixes `ن`, `ب`
            # are written `نی`, `بی` (and `آ` loses its madda)
            if word.startswith(("نی", "بی")):
                for form in ("ا" + word[2:], "آ" + word[3:] if word[2:3] == "ا" else ""):
                    if form and form in lemma_tables().verbs:
                        return hazm_lemma(form, upos)
        elif upos in ("VERB", "AUX"):
            # hazm's verb list gives some present stems two past stems and may pick the rare one (`یابد` →
            # `یابید`, not `یافت`): the one the training data uses as a lemma wins
            present = lemma_tables().verbs.get(word, "").partition("#")[2]
            known = [past for past in _pasts_by_present().get(present, ()) if past in self._lemma_values]
            if lemma not in self._lemma_values and len(known) == 1:
                return known[0]
        return lemma

    @cached_property
    def _lemma_values(self) -> frozenset[str]:
        return frozenset((self.lemmas or {}).values())


# -- hazm's Lemmatizer, without hazm's start-up cost ----------------------------------------------
# ``hazm.Lemmatizer()`` conjugates every verb of ``verbs.dat`` into a dict of ~500,000 forms (about 4 s and
# 145 MB), and ``import hazm`` pulls in nltk, scikit-learn, scipy and gensim (another ~90 MB). The lemma stage
# asks it about single words only, and ~300,000 of those forms contain a space, so ``HazmLemmaTables``
# answers from a data file with the forms a word without a space can match (built from hazm itself by
# ``python -m pipeline.backends.hazm_backend``, checked against hazm's data files when loaded), hazm's
# ``words.dat`` and the stemmer's suffix list, with hazm's ``Lemmatizer.lemmatize`` logic. The ~150,000
# joined forms with "_" (``گفته_شده_است``) are read only when a word with "_" comes. A word with a space,
# or a hazm whose data files differ from the ones the table was built from, goes to hazm's own Lemmatizer:
# the answers are hazm's either way (tests/test_performance_behaviour.py).
JOINED_MARK = "#joined"
LEMMA_DATA = Path(__file__).resolve().parent.parent / "resources" / "lemmatize" / "hazm_verb_forms.tsv.gz"


def hazm_data_dir() -> Path:
    """hazm's package data folder, found without importing hazm (its import takes seconds)."""
    import importlib.util

    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("hazm is not installed (pip install hazm==0.10.0)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


@lru_cache(maxsize=1)
def _hazm_lemmatizer():
    from hazm import Lemmatizer

    return Lemmatizer()


class HazmLemmaTables:
    """hazm 0.10.0's ``Lemmatizer.lemmatize`` over the data it reads, loaded without running hazm."""

    def __init__(self, data: Path = LEMMA_DATA, hazm_data: Path | None = None):
        hazm_data = hazm_data or hazm_data_dir()
        self.fallback_reason: str | None = None
        self.verbs: dict[str, str] = {}
        self.words: frozenset[str] = frozenset()
        self.ends: tuple[str, ...] = ()
        self.final: tuple[str, str] = ("", "")
        self.data = data
        self._joined: dict[str, str] | None = None
        try:
            with gzip.open(data, "rt", encoding="utf-8") as fh:
                header = json.loads(fh.readline()[1:])
                rows = []
                for line in fh:
                    if line.startswith(JOINED_MARK):
                        break
                    rows.append(line)
        except (OSError, EOFError, ValueError) as exc:
            self.fallback_reason = f"{data}: cannot read ({exc})"
            return
        for name in ("words.dat", "verbs.dat"):
            try:
                sha = file_sha256(hazm_data / name)
            except OSError:
                sha = None
            if sha != header.get(name):
                self.fallback_reason = f"{hazm_data / name} differs from the one {data.name} was built from"
                return
        verbs = self.verbs
        for row in rows:
            form, _, verb = row.rstrip("\n").partition("\t")
            verbs[form] = verb
        self.ends = tuple(header["stemmer_ends"])
        self.final = tuple(header["stemmer_final"])
        self.words = frozenset(_hazm_words(hazm_data / "words.dat"))

    def joined_verbs(self) -> dict[str, str]:
        """The verb forms with "_" (hazm's joined verb parts), read on first use."""
        if self._joined is None:
            joined: dict[str, str] = {}
            with gzip.open(self.data, "rt", encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith(JOINED_MARK):
                        break
                for line in fh:
                    form, _, verb = line.rstrip("\n").partition("\t")
                    joined[form] = verb
            self._joined = joined
        return self._joined

    def stem(self, word: str) -> str:
        """hazm's ``Stemmer.stem``."""
        for end in self.ends:
            if word.endswith(end):
                word = word[:-len(end)]
        old, new = self.final
        if old and word.endswith(old):
            word = word[:-len(old)] + new
        return word

    def lemmatize(self, word: str, pos: str = "") -> str:
        """hazm's ``Lemmatizer.lemmatize`` (same checks, same order)."""
        if self.fallback_reason is not None or " " in word:
            return _hazm_lemmatizer().lemmatize(word, pos)
        words = self.words
        if not pos and word in words:
            return word
        if not pos or pos == "V":
            verb = (self.joined_verbs() if "_" in word else self.verbs).get(word)
            if verb is not None:
                return verb
        if pos.startswith("AJ") and word[-1] == "ی":
            return word
        if pos == "PRO":
            return word
        if word in words:
            return word
        stem = self.stem(word)
        if stem and stem in words:
            return stem
        return word


def _hazm_words(path: Path) -> list[str]:
    """The words of hazm's ``words_list`` (``line.strip().split("\\t")`` with three fields)."""
    text = path.read_text(encoding="utf-8")
    cells = text.replace("\n", "\t").split("\t")
    if len(cells) == 3 * (text.count("\n") + 1) and text == text.strip():
        # Every line is word<TAB>count<TAB>tags, unpadded (hazm 0.10.0's file): split in bulk, since the
        # whole file is read at every start-up.
        return cells[0::3]
    return [item[0] for item in map(_strip_split, text.split("\n")) if len(item) == 3]


def _strip_split(line: str) -> list[str]:
    return line.strip().split("\t")


@lru_cache(maxsize=1)
def lemma_tables() -> HazmLemmaTables:
    return HazmLemmaTables()


@lru_cache(maxsize=1)
def _pasts_by_present() -> dict[str, tuple[str, ...]]:
    """The past stems hazm's verb list pairs with each present stem."""
    pasts: dict[str, set[str]] = {}
    for verb in set(lemma_tables().verbs.values()):
        past, _, present = verb.partition("#")
        pasts.setdefault(present, set()).add(past)
    return {present: tuple(sorted(found)) for present, found in pasts.items()}


def build_lemma_data(out: Path = LEMMA_DATA) -> int:
    """Write the data file of :class:`HazmLemmaTables` from the installed hazm (runs hazm's own code)."""
    import hazm
    from hazm import Lemmatizer, Stemmer

    data = hazm_data_dir()
    stemmer = Stemmer()
    if not hasattr(stemmer, "ends"):
        raise SystemExit("this hazm's Stemmer has no `ends` list; the table needs hazm 0.10.0")
    header = {"built_from": f"hazm {getattr(hazm, '__version__', '0.10.0')} Lemmatizer().verbs, forms without a "
                            "space", "words.dat": file_sha256(data / "words.dat"),
              "verbs.dat": file_sha256(data / "verbs.dat"), "stemmer_ends": stemmer.ends,
              "stemmer_final": ["\u06c0", "\u0647"]}
    forms = {form: verb for form, verb in Lemmatizer().verbs.items() if " " not in form}
    plain = sorted((form, verb) for form, verb in forms.items() if "_" not in form)
    joined = sorted((form, verb) for form, verb in forms.items() if "_" in form)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("#" + json.dumps(header, ensure_ascii=True) + "\n")
        fh.writelines(f"{form}\t{verb}\n" for form, verb in plain)
        fh.write(JOINED_MARK + " hazm's joined verb parts: forms with '_'\n")
        fh.writelines(f"{form}\t{verb}\n" for form, verb in joined)
    return len(forms)


@lru_cache(maxsize=200_000)
def hazm_lemma(word: str, upos: str | None) -> str:
    """hazm's lemma in PerDT's format: a verb's lemma is its past stem (hazm gives ``past#present``)."""
    lemma = lemma_tables().lemmatize(word, "V" if upos in ("VERB", "AUX") else "")
    if "#" in lemma:
        past, _, present = lemma.partition("#")
        lemma = past or present
    return lemma or word


@lru_cache(maxsize=4)
def hazm_model(path: Path) -> HazmModel:
    return HazmModel(path)


def tag_document(model: HazmModel, doc: Document) -> None:
    for sent in doc.sentences:
        words = sent.words
        for word, (upos, xpos, feats) in zip(words, model.tag([w.text for w in words])):
            word.upos, word.xpos, word.feats = upos, xpos, feats


class HazmOptions(StageOptions):
    model: ExistingPath  # folder written by `faie train tagger --config configs/train/tagger_hazm.yaml`


class HazmTagStage(Stage):
    """UPOS (and XPOS + FEATS when the model has them) for every word."""

    requires = ("words",)
    provides = ("pos",)
    Options = HazmOptions

    def __init__(self, options: HazmOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.model = hazm_model(options.model)
        self.model.load_tagger()  # now, not on the first document (and a bad model fails here)

    def process(self, doc: Document) -> Document:
        tag_document(self.model, doc)
        return doc


class HazmLemmaStage(Stage):
    """Lemmas from the training data's (form, UPOS) table, else hazm's Lemmatizer adapted to PerDT."""

    requires = ("words", "pos")
    provides = ("lemma",)
    Options = HazmOptions

    def __init__(self, options: HazmOptions, base_dir=None):
        super().__init__(options, base_dir)
        self.model = hazm_model(options.model)
        lemma_tables()  # load hazm's word and verb lists now, not on the first document

    def process(self, doc: Document) -> Document:
        for word in doc.words:
            word.lemma = self.model.lemma(word.text, word.upos)
        return doc


if __name__ == "__main__":
    print(f"{build_lemma_data()} verb forms → {LEMMA_DATA}")
