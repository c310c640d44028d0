"""Learned ZWNJ junction classifier: features, scoring and the model file.

Two binary logistic-regression models, trained by ``python -m pipeline.training.train_zwnj_model``
on the UD PerDT and Seraji *train* text (ZWNJs as written there):

* ``glued``: for a letter run without ZWNJ and a candidate position inside it, "a ZWNJ belongs here"
  (``همکاریهای`` → after ``همکاری``);
* ``space``: for two words separated by one space, "this space is a ZWNJ" (``می شود``).

Every feature is an indicator string (counts are bucketed: 0, 1, 2-3, 4-7, ...), so a score is a sum of
dictionary lookups and the model file is plain text: ``feature<TAB>weight`` per line, gzip, with ``#``
header lines naming the data, the command, the date and the decision thresholds. Nothing is unpickled
or executed when it is loaded.

Features of a junction between a left part L and a right part R (for a space: the last piece of the left
word and the first piece of the right one):
  * letters: the two letters at the junction, 2 to 4 letters on each side, the part lengths, whether the
    left letter joins the next;
  * identity: R as a suffix (alone and with the host's last letter), L as a prefix, for short parts;
  * the whole word in the lexicon: glued vs with a ZWNJ here vs with ZWNJs elsewhere, in the clean text
    (also PerDT and Seraji apart: they differ in conventions), the news and hazm; for a space: the pair
    with a ZWNJ vs apart vs glued; the pair apart as a bigram;
  * the parts: their own frequencies; how many distinct ZWNJ words have L before / R after a ZWNJ and how
    many glued clean words use them on a known word (PartStats); the longest beginning of R (end of L)
    that is such a part, and whether R is a known word plus a glued ending;
  * the count rules of :mod:`.zwnj`: whether they put a ZWNJ here (or elsewhere in the word).
During training all lexicon evidence comes from the other blocks of the train text (plus news and hazm),
so a word's own occurrences never explain its label. The stage sums each part's weights once per part
(:class:`Scorer`); the sums equal the full feature lists' (tests check it).

Candidates: positions where R follows (or L precedes) a ZWNJ in some known word, before a mid-word آ, or
where the rules or an attested spelling put a ZWNJ — not in a word seen at least GATE times glued in clean
text that no source ever writes with a ZWNJ; spaces where the rules join, the pair is attested with a
ZWNJ, or a side is a bound part. Everything else keeps its spelling without being scored.
"""
from __future__ import annotations

import gzip
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .chars import NON_JOINING, ZWNJ
from .lexicon import Lexicon

MODEL_FILE = "zwnj_model.tsv.gz"
MIN_LEFT = 2       # a glued junction needs at least this many letters on the left
MIN_RIGHT = 2      # ... and on the right (one-letter parts are practically never written)
MAX_AFFIX = 6      # parts up to this long are features by identity (suffixes, prefixes)
GATE = 8           # a word seen this often glued in clean text, and never with a ZWNJ, is not scored


_BUCKETS = [n.bit_length() for n in range(256)]


def bucket(n: int) -> int:
    """0, 1, 2-3, 4-7, ... capped at 9 (256+)."""
    return _BUCKETS[n] if n < 256 else 9


def _known(lex: Lexicon, w: str) -> bool:
    return lex.clean.get(w, 0) >= 2 or lex.news.get(w, 0) >= 5 or lex.hazm.get(w, 0) == 2


class GluedCounts:
    """``counts.get(x, 0)``: distinct glued clean words that are x plus a known word (``side="left"``), or
    a known word ending in a joining letter plus x (``side="right"``), for the parts x of ``parts``.

    Counted per part on first use, from the clean words sorted by their beginning (or end): the start-up
    of every run would otherwise count all parts of all 37k clean words, most never asked about."""

    def __init__(self, lex: Lexicon, parts: dict[str, int], side: str) -> None:
        self.lex, self.parts, self.left = lex, parts, side == "left"
        glued = [w for w in lex.clean if ZWNJ not in w]
        # right parts are found as beginnings of the reversed words
        self.sorted = sorted(glued) if self.left else sorted(w[::-1] for w in glued)
        self.memo: dict[str, int] = {}

    def get(self, x: str, default: int = 0) -> int:
        n = self.memo.get(x)
        if n is None:
            n = self.memo[x] = self._count(x) if x in self.parts else 0
        return n or default

    def _count(self, x: str) -> int:
        lex, words, k = self.lex, self.sorted, len(x)
        if self.left and k < MIN_LEFT:
            return 0
        probe = x if self.left else x[::-1]
        n = 0
        for w in words[bisect_left(words, probe):bisect_right(words, probe + "\U0010ffff")]:
            rest = w[k:] if self.left else w[k:][::-1]  # the other part, read in text order
            if len(rest) < (1 if self.left else MIN_LEFT):
                continue
            if not self.left and rest[-1] in NON_JOINING:
                continue
            if _known(lex, rest):
                n += 1
        return n


@dataclass
class PartStats:
    """Type counts of the parts of ZWNJ words, from a lexicon.

    left_z[x]  distinct ZWNJ forms (clean, news or hazm) with x just before a ZWNJ
    right_z[x] distinct ZWNJ forms with x just after a ZWNJ
    left_g[x]  distinct glued clean words x + y (y a known word) for such an x
    right_g[x] distinct glued clean words y + x (y a known word ending in a joining letter)
    """
    left_z: dict[str, int]
    right_z: dict[str, int]
    left_g: GluedCounts
    right_g: GluedCounts

    @classmethod
    def of(cls, lex: Lexicon) -> "PartStats":
        """The statistics of ``lex``, computed once per lexicon."""
        parts = lex.derived.get("zwnj_parts")
        if parts is None:
            parts = lex.derived["zwnj_parts"] = cls.build(lex)
        return parts

    @classmethod
    def build(cls, lex: Lexicon) -> "PartStats":
        lefts: list[str] = []
        rights: list[str] = []
        for forms in lex.zwnj_forms.values():
            for f in forms:
                parts = f.split(ZWNJ)
                lefts += parts[:-1]
                rights += parts[1:]
        left_z, right_z = dict(Counter(lefts)), dict(Counter(rights))
        return cls(left_z, right_z, GluedCounts(lex, left_z, "left"), GluedCounts(lex, right_z, "right"))


class Features:
    """Feature strings of junctions, from a lexicon, its part statistics and the rule analysis."""

    def __init__(self, lex: Lexicon, parts: PartStats, repair) -> None:
        self.lex = lex
        self.parts = parts
        self.repair = repair  # a zwnj.ZwnjRepair on the same lexicon (its rule decisions are features)
        # Bound parts: written after (before) a ZWNJ in at least half as many known words as the clean
        # text has them standing alone, and more often on that side of a ZWNJ than on the other
        # (ها, ترین, گرایی; بی, فرا; not به or این, not می as a right part or های as a left one).
        clean, lz, rz = lex.clean, parts.left_z, parts.right_z
        self.bound_right = frozenset(r for r, n in rz.items() if 2 * n >= clean.get(r, 0) and n >= lz.get(r, 0))
        self.bound_left = frozenset(x for x, n in lz.items() if 2 * n >= clean.get(x, 0) and n >= rz.get(x, 0))
        self.zwnj_attested = frozenset(f for forms in lex.zwnj_forms.values() for f in forms)

    # -- glued tokens ------------------------------------------------------------------------------
    def candidates(self, t: str, rule_positions: frozenset[int] = frozenset()) -> list[int]:
        """Positions i (ZWNJ before t[i]) worth scoring: the right part follows a ZWNJ in some known
        word, or the left part precedes one, or t[i] is آ, or the lexicon/rules put a ZWNJ there. None
        for a word seen GATE times glued in clean text that no source writes with a ZWNJ."""
        lex = self.lex
        forms = lex.zwnj_forms.get(t)
        if not forms and lex.clean.get(t, 0) >= GATE:
            return []  # a frequent clean word that no source ever writes with a ZWNJ: left alone
        lz, rz = self.parts.left_z, self.parts.right_z
        out = []
        for i in range(MIN_LEFT, len(t) - MIN_RIGHT + 1):
            if t[i:] in rz or t[:i] in lz or t[i] == "آ" or i in rule_positions:
                out.append(i)
        if forms:
            extra = {p for f in forms for p in zwnj_positions(f)} - set(out)
            if extra:
                out = sorted(set(out) | {p for p in extra if 0 < p < len(t)})
        return out

    # Features come in three groups: of the left part alone, of the right part alone (both cached per
    # part at run time: a suffix such as های is scored once), and of the junction itself.
    def glued(self, t: str, i: int, rule_positions: frozenset[int], evidence: dict) -> list[str]:
        left, right = t[:i], t[i:]
        return ["b"] + self.glued_left(left) + self.glued_right(right) + \
            self.glued_junction(t, i, rule_positions, evidence)

    def glued_left(self, left: str) -> list[str]:
        lex, parts = self.lex, self.parts
        f = [
            "l2:" + left[-2:],
            "l3:" + left[-3:],
            "l4:" + left[-4:],
            f"lenL:{min(len(left), 8)}",
            f"pL:{bucket(lex.clean.get(left, 0))},{bucket(lex.news.get(left, 0)) // 2},{lex.hazm.get(left, 0)}",
            f"zL:{bucket(parts.left_z.get(left, 0))},{bucket(parts.left_g.get(left, 0))}",
        ]
        if len(left) <= MAX_AFFIX - 2:
            f.append("L:" + left)
        if left[-1] in NON_JOINING:
            f.append("nj")
        tail = self._tail(left, "")
        if tail:
            f.append(tail)
        return f

    def glued_right(self, right: str) -> list[str]:
        lex, parts = self.lex, self.parts
        f = [
            "r2:" + right[:2],
            "r3:" + right[:3],
            "r4:" + right[:4],
            f"lenR:{min(len(right), 8)}",
            f"pR:{bucket(lex.clean.get(right, 0))},{bucket(lex.news.get(right, 0)) // 2},{lex.hazm.get(right, 0)}",
            f"zR:{bucket(parts.right_z.get(right, 0))},{bucket(parts.right_g.get(right, 0))}",
        ]
        if len(right) <= MAX_AFFIX:
            f.append("R:" + right)
        f += self._head(right, "")
        return f

    def glued_junction(self, t: str, i: int, rule_positions: frozenset[int], evidence: dict) -> list[str]:
        left, right = t[:i], t[i:]
        a = left[-1]
        f = ["c1:" + a + right[0], "c2:" + left[-2:] + "|" + right[:2]]
        if len(right) <= MAX_AFFIX:
            f.append("Ra:" + right + "|" + a)
        # the whole word: glued, with a ZWNJ here, with ZWNJs elsewhere only
        cg, ng, hg, sg = evidence["g"]
        cz = nz = hz = co = no = sz = 0
        for positions, c, n, h, sc in evidence["z"]:
            if i in positions:
                cz += c
                nz += n
                sz += sc
                if h > hz:
                    hz = h
            else:
                co += c
                no += n
        bcg, bng = bucket(cg), bucket(ng)
        f += [
            f"cgz:{bcg},{bucket(cz)}",
            # the two treebanks apart: they differ in conventions (گروهها / گروه‌ها, آنها / آن‌ها)
            f"cgzP:{bucket(cg - sg)},{bucket(cz - sz)}",
            f"cgzS:{bucket(sg)},{bucket(sz)}",
            f"ngz:{bng},{bucket(nz)}",
            f"hgz:{hg},{hz}",
            f"o:{bucket(co)},{bucket(no)}",
            f"sgz:{bucket(cg + ng)},{bucket(cz + nz + co + no)}",
        ]
        lex = self.lex
        key = left + " " + right
        bc, bn = lex.bigram_clean.get(key, 0), lex.bigram_news.get(key, 0)
        if bc or bn:
            f.append(f"bi:{bucket(bc)},{bucket(bn)}")
        if len(right) <= 4:
            f.append(f"Rc:{right}|{min(bucket(cg + ng), 4)},{min(bucket(cz + nz), 4)}")
        if rule_positions:
            if i in rule_positions:
                f += ["rule:here", "rule:" + a, f"rule|g:{min(bcg, 5)}"]
            else:
                f.append("rule:other")
        return f

    def _head(self, right: str, ns: str) -> list[str]:
        """The longest beginning of the right part that follows a ZWNJ in known words (a compound head
        such as گر, گون, وار before an ending), and whether the right part is a known word plus a glued
        ending."""
        parts, lex = self.parts, self.lex
        rz = parts.right_z
        f = []
        for k in range(min(len(right), 7), 1, -1):
            head = right[:k]
            if head in rz:
                f.append("%sRh:%d,%d,%d" % (ns, bucket(rz[head]), bucket(parts.right_g.get(head, 0)),
                                            min(len(right) - k, 3)))
                break
        if not _known(lex, right):
            glued = lex.glued_suffixes
            for k in (1, 2, 3):
                if len(right) - k >= 2 and right[-k:] in glued and _known(lex, right[:-k]):
                    f.append(ns + "Rdec:%d" % k)
                    break
        return f

    def _tail(self, left: str, ns: str) -> str | None:
        """The longest end of the left part that precedes a ZWNJ in known words (بن in a name)."""
        parts = self.parts
        lz = parts.left_z
        for k in range(min(len(left), 6), 1, -1):
            tail = left[-k:]
            if tail in lz:
                return "%sLt:%d,%d,%d" % (ns, bucket(lz[tail]), bucket(parts.left_g.get(tail, 0)),
                                          min(len(left) - k, 3))
        return None

    def evidence(self, t: str) -> dict:
        """Counts of ``t`` glued (g: clean, news, hazm, Seraji part of clean) and of each ZWNJ spelling of
        it (z: positions, clean, news, hazm, Seraji)."""
        lex = self.lex
        z = [(zwnj_positions(form), lex.clean.get(form, 0), lex.news.get(form, 0), lex.hazm.get(form, 0),
              lex.seraji.get(form, 0)) for form in lex.zwnj_forms.get(t, ())]
        return {"g": (lex.clean.get(t, 0), lex.news.get(t, 0), lex.hazm.get(t, 0), lex.seraji.get(t, 0)), "z": z}

    # -- spaces ------------------------------------------------------------------------------------
    def space_candidate(self, a: str, b: str, rule: bool) -> bool:
        """Spaces worth scoring: the rules join them, or the pair is attested with a ZWNJ, or one side
        is bound (see ``bound_right``, ``bound_left``)."""
        if rule:
            return True
        left = a if ZWNJ not in a else a.rsplit(ZWNJ, 1)[1]
        right = b if ZWNJ not in b else b.split(ZWNJ, 1)[0]
        return right in self.bound_right or left in self.bound_left or left + ZWNJ + right in self.zwnj_attested

    def space(self, a: str, b: str, rule: bool) -> list[str]:
        """Features of the space in ``a b`` (a may hold ZWNJs from earlier joins)."""
        left = a.rsplit(ZWNJ, 1)[-1]
        right = b.split(ZWNJ, 1)[0]
        return ["sb"] + self.space_left(left) + self.space_right(right) + self.space_junction(a, b, rule)

    def space_left(self, left: str) -> list[str]:
        lex, parts = self.lex, self.parts
        f = [
            "sl2:" + left[-2:],
            "slenL:%d" % min(len(left), 8),
            "spL:%d,%d,%d" % (bucket(lex.clean.get(left, 0)), bucket(lex.news.get(left, 0)) // 2,
                              lex.hazm.get(left, 0)),
            "szL:%d,%d" % (bucket(parts.left_z.get(left, 0)), bucket(parts.left_g.get(left, 0))),
        ]
        if len(left) <= MAX_AFFIX:
            f.append("sL:" + left)
        if left[-1] in NON_JOINING:
            f.append("snj")
        tail = self._tail(left, "s")
        if tail:
            f.append(tail)
        return f

    def space_right(self, right: str) -> list[str]:
        lex, parts = self.lex, self.parts
        f = [
            "sr2:" + right[:2],
            "sr3:" + right[:3],
            "slenR:%d" % min(len(right), 8),
            "spR:%d,%d,%d" % (bucket(lex.clean.get(right, 0)), bucket(lex.news.get(right, 0)) // 2,
                              lex.hazm.get(right, 0)),
            "szR:%d,%d" % (bucket(parts.right_z.get(right, 0)), bucket(parts.right_g.get(right, 0))),
        ]
        if len(right) <= MAX_AFFIX:
            f.append("sR:" + right)
        f += self._head(right, "s")
        return f

    def space_junction(self, a: str, b: str, rule: bool) -> list[str]:
        lex = self.lex
        left = a.rsplit(ZWNJ, 1)[-1]
        right = b.split(ZWNJ, 1)[0]
        x = left[-1]
        f = ["sc1:" + x + right[0], "sc2:" + left[-2:] + "|" + right[:2]]
        if len(right) <= MAX_AFFIX:
            f.append("sRa:" + right + "|" + x)
        if ZWNJ in a:
            f.append("schain")
        form = left + ZWNJ + right
        cz, nz, hz = lex.clean.get(form, 0), lex.news.get(form, 0), lex.hazm.get(form, 0)
        key = left + " " + right
        cs, ns = lex.bigram_clean.get(key, 0), lex.bigram_news.get(key, 0)
        glued = left + right
        cg, ng, hg = lex.clean.get(glued, 0), lex.news.get(glued, 0), lex.hazm.get(glued, 0)
        sz, ss = lex.seraji.get(form, 0), lex.bigram_seraji.get(key, 0)
        f += [
            "szs:%d,%d" % (bucket(cz), bucket(cs)),
            f"szsP:{bucket(cz - sz)},{bucket(cs - ss)}",
            f"szsS:{bucket(sz)},{bucket(ss)}",
            "snzs:%d,%d" % (bucket(nz), bucket(ns)),
            "shz:%d" % hz,
            "sg:%d,%d,%d" % (bucket(cg), bucket(ng) // 2, hg),
        ]
        if ZWNJ in a or ZWNJ in b:
            full = a + ZWNJ + b
            f.append("sfull:%d" % bucket(lex.clean.get(full, 0) + lex.news.get(full, 0)))
        if rule:
            f.append("srule")
            f.append("srule:" + x)
        return f


class Scorer:
    """Scores junctions with a model, summing the weights of each part's features once per part."""

    CACHE = 200_000

    def __init__(self, features: Features, model: "JunctionModel"):
        self.features = features
        self.model = model
        self.w = model.weights
        self._gl: dict[str, float] = {}
        self._gr: dict[str, float] = {}
        self._sl: dict[str, float] = {}
        self._sr: dict[str, float] = {}

    def _part(self, cache: dict[str, float], part: str, feats) -> float:
        hit = cache.get(part)
        if hit is None:
            if len(cache) > self.CACHE:
                cache.clear()
            w = self.w
            hit = cache[part] = sum(w.get(f, 0.0) for f in feats(part))
        return hit

    def glued(self, t: str, i: int, rule_positions: frozenset[int], evidence: dict) -> float:
        w, feats = self.w, self.features
        return (w.get("b", 0.0) + self._part(self._gl, t[:i], feats.glued_left)
                + self._part(self._gr, t[i:], feats.glued_right)
                + sum(w.get(f, 0.0) for f in feats.glued_junction(t, i, rule_positions, evidence)))

    def space(self, a: str, b: str, rule: bool) -> float:
        w, feats = self.w, self.features
        left = a if ZWNJ not in a else a.rsplit(ZWNJ, 1)[1]
        right = b if ZWNJ not in b else b.split(ZWNJ, 1)[0]
        return (w.get("sb", 0.0) + self._part(self._sl, left, feats.space_left)
                + self._part(self._sr, right, feats.space_right)
                + sum(w.get(f, 0.0) for f in feats.space_junction(a, b, rule)))


def decode(scored: list[tuple[float, int]], margin: float) -> list[int]:
    """Positions to write a ZWNJ at: best score first, each at least MIN_RIGHT letters from the ones
    already taken (two ZWNJs around one letter are never right: کافه‌ای, not کاف‌ه‌ای)."""
    taken: list[int] = []
    for score, i in sorted(scored, reverse=True):
        if score < margin:
            break
        if all(abs(i - j) >= MIN_RIGHT for j in taken):
            taken.append(i)
    return sorted(taken)


def zwnj_positions(form: str) -> frozenset[int]:
    """Positions in the form without ZWNJs before which a ZWNJ stands (کتاب‌ها → {4})."""
    out = []
    k = 0
    for ch in form:
        if ch == ZWNJ:
            out.append(k)
        else:
            k += 1
    return frozenset(out)


def insert_zwnj(t: str, positions) -> str:
    out, prev = [], 0
    for p in sorted(positions):
        out.append(t[prev:p])
        prev = p
    out.append(t[prev:])
    return ZWNJ.join(out)


@lru_cache(maxsize=4)
def load_model(folder: Path) -> "JunctionModel | None":
    """The model in ``folder`` (None when the file is absent: the rules then decide alone)."""
    path = Path(folder) / MODEL_FILE
    return JunctionModel.load(path) if path.exists() else None


class JunctionModel:
    """The weights of both kinds (their features have distinct names) and the decision thresholds, read
    from ``zwnj_model.tsv.gz``."""

    def __init__(self, weights: dict[str, float], thresholds: dict[str, float], header: list[str]):
        self.weights = weights
        self.thresholds = thresholds
        self.header = header
        # decision thresholds as margins on the summed weights (logit of the probability)
        self.margin = {k: math.log(p / (1 - p)) for k, p in thresholds.items()}

    @classmethod
    def load(cls, path: Path) -> "JunctionModel":
        weights: dict[str, float] = {}
        thresholds: dict[str, float] = {}
        header: list[str] = []
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    header.append(line[1:].strip())
                    if line.startswith("# threshold "):
                        _, _, name, value = line.split()
                        thresholds[name] = float(value)
                    continue
                feat, _, w = line.rstrip("\n").rpartition("\t")
                if feat:
                    weights[feat] = float(w)
        for name in ("glued", "space"):
            thresholds.setdefault(name, 0.5)
        return cls(weights, thresholds, header)

    def score(self, feats: list[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def prob(self, feats: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(feats)))
