"""ZWNJ (U+200C) repair and glued-word splitting, decided from counts and a learned classifier.

With the junction classifier of :mod:`.zwnj_model` (the default: ``resources/normalize/zwnj_model.tsv.gz``),
the first two decisions below are the classifier's: it scores every candidate position inside a glued
token and every candidate space, with the rule analysis of this module as one of its features, and
inserts a ZWNJ where the score passes its threshold (tuned on PerDT/Seraji dev). Without the model file,
or with the stage option ``zwnj_model: false``, the rules decide alone, as follows.

Three decisions, each weighing the lexicon's evidence (see :mod:`.lexicon` for what each source means):

* a glued token that lost its ZWNJ (``همکاریهای`` → ``همکاری‌های``): the ZWNJ spelling must beat the
  glued one. Evidence for a ZWNJ spelling is how often it was seen, plus, for words the data has not seen
  that way, a morphological analysis worth a few pseudo-counts: (preverb) می/نمی + a verb stem; a word
  + a suffix that the data attaches with a ZWNJ after that letter; a prefix such as بی; a mid-word آ.
  When the clean text has seen the word often enough, the clean counts alone decide;
* a space typed instead of a ZWNJ (``می شود`` → ``می‌شود``): the ZWNJ spelling must beat the two words
  apart, in clean text when it has seen them, else in the news text; pairs nobody has seen are joined
  only for bound affixes (parts that practically never stand alone: ها, های, ترین, می, بی, ...) and
  compound heads the clean text never writes apart (شناسی, سازی, زا);
* two words glued without any space (``اظهارکرد`` → ``اظهار کرد``): only for a token nobody has seen,
  that no affix explains and that has no ZWNJ analysis, when the two halves are seen apart.

A ZWNJ is only inserted by analysis after a letter that joins the next one. Every decision is cached per
string, so the cost is paid once per distinct token.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..offsets import Edit, TrackedText
from .chars import LETTER_CLASS, NON_JOINING, WORD, ZWNJ
from .lexicon import AffixStats, Lexicon
from .zwnj_model import Features, JunctionModel, PartStats, Scorer, decode, insert_zwnj, zwnj_positions

# -- weights of the evidence (tuned on PerDT/Seraji dev with bench/zwnj_repair.py) -----------------
NEWS_WEIGHT = 0.5          # a ZWNJ form in the news text is a real spelling, worth half a clean one
NEWS_GLUED_WEIGHT = 0.1    # a glued news form may be a lost ZWNJ
HAZM_FORM = {0: 0.0, 1: 0.5, 2: 1.0}   # a ZWNJ form listed by hazm
HAZM_GLUED = {0: 0.0, 1: 2.0, 2: 3.0}  # a glued word listed by hazm (deliberately without ZWNJ)
CLEAN_DECIDES = 2          # clean observations (both spellings) from which the clean counts alone decide
RATIO = 1.0                # ZWNJ spelling wins when evidence >= RATIO * glued evidence + MARGIN. 2.0 keeps more
                           # glued words (dev: damaged 0.27% instead of 0.36%, restored (a) 90.2% not 92.5%);
                           # most of that "damage" is Seraji's glued plurals turned into the PerDT spelling.
MARGIN = 0.5
ANALYSIS_WEIGHT = 2.5      # pseudo-count of a morphological analysis (times its probability)
MIN_P = 0.7                # analyses less likely than this are not proposed
MIN_P_COMPOUND = 0.9       # ... and for a free word as second part (نامه, سازی), which is often glued
JOIN_RATIO = 4.0           # a wrong join damages two words: the ZWNJ spelling must be 4x as common as apart
UNKNOWN_LEFT = 0.8         # probability factor when the part before a suffix is itself unknown
SMOOTH = 5.0               # per-letter suffix statistics are shrunk towards the suffix's overall rate
PREFIX_MIN_P = 0.88        # prefixes (بی, قابل, ...) must be this reliably followed by a ZWNJ
BOUND = 0.15               # an affix is bound when it stands alone at most this often per ZWNJ form
COMPOUND_JOIN_P = 0.9      # ... and for a compound head
WEAK_JOIN = 0.5            # a pair never seen apart joins when its ZWNJ form has this much evidence
JOIN_P = 0.8               # unseen pair + bound suffix: P(ZWNJ rather than a space) needed to join
SPLIT_MIN = 5.0            # a glued-word split needs the pair seen apart at least this much
SPLIT_RATIO = 10.0         # ... and this many times more often than the glued token in the news
CLEAN_SPLIT = 20           # a pair the clean text writes apart this often, and all but never glued, is split
CLEAN_SPLIT_RATIO = 50     # whatever hazm's list and the news say (براساس → بر اساس: the parser learnt the spaced
                           # form); "all but never": apart at least this many times as often as glued
SEGMENT_WORDS = 2000       # longest run of words handled at once (bounds memory on huge lines)
MAX_TOKEN = 40             # longer letter runs are not words: left alone (also bounds the work)

PREVERB_MI = re.compile(r"^(بر|در|فرو|باز|فرا|وا|ور)?(ن?می)(.{2,})$")
GLUED_VERB_PREFIXES = ("بی", "نی", "ب", "ن", "")
VERB_PREFIX = re.compile(f"^(?:بر|در|فرو|باز|فرا|وا|ور)?(?:ن?می{ZWNJ}?|ن)?")
MI_WORD = re.compile(r"^(بر|در|فرو|باز|فرا|وا|ور)?ن?می$")
PERSON = ("ند", "ید", "یم", "م", "ی", "د")
PAST_PERSON = ("ند", "ید", "یم", "م", "ی", "")
PERFECT_SUFFIXES = frozenset({"ام", "ای", "است", "ایم", "اید", "اند"})


_MISS = object()
_DIGIT_JUNCTION = re.compile(f"[0-9](?=[{LETTER_CLASS}])|[{LETTER_CLASS}](?=[0-9])")   # a digit and a letter touching
_LETTER = re.compile(f"[{LETTER_CLASS}]")


def _written_apart(apart: int, glued: int) -> bool:
    """Does the clean text write a pair apart CLEAN_SPLIT times and (all but) never glued?"""
    return apart >= CLEAN_SPLIT and apart >= CLEAN_SPLIT_RATIO * glued


def _after_non_joining(form: str) -> bool:
    return any(form[i - 1] in NON_JOINING for i in range(1, len(form)) if form[i] == ZWNJ)


@dataclass(frozen=True)
class Options:
    glued: bool = True      # insert lost ZWNJs inside tokens
    spaced: bool = True     # turn a space typed for a ZWNJ into a ZWNJ
    split: bool = True      # split two words glued together
    artifacts: bool = True  # repair converter artifacts (artifacts.tsv)


class ZwnjRepair:
    def __init__(self, lex: Lexicon, options: Options = Options(), artifacts: list[tuple[str, str]] = (),
                 model: JunctionModel | None = None):
        self.lex = lex
        self.options = options
        self.artifacts = list(artifacts)
        # The learned junction classifier (zwnj_model.py): it decides every candidate junction, with the
        # rule analysis below as one of its features. Without it the rules decide alone.
        self.model = model
        self.features = Features(lex, PartStats.of(lex), self) if model is not None else None
        self.scorer = Scorer(self.features, model) if model is not None else None
        self._fix_cache: dict[str, tuple[str, str] | None] = {}
        self._join_cache: dict[str, bool] = {}
        self._prefix_lengths = sorted({len(p) for p in lex.prefixes}, reverse=True)
        self._all_suffix_lengths = sorted({len(s) for s, _ in lex.suffixes} | {len(s) for s in lex.glued_suffixes},
                                          reverse=True)
        # Overall ZWNJ rate of each suffix after joining letters: the prior for rare letter contexts.
        self._suffix_prior: dict[str, float] = {}
        self._inflectional: dict[str, bool] = {}
        # Which pairs could ever be joined: parts of known ZWNJ forms (a known form needs both sides),
        # or an affix from the tables (one side is enough). Everything else is skipped without a lookup.
        left, right = set(), set()
        for forms in lex.zwnj_forms.values():
            for form in forms:
                parts = form.split(ZWNJ)
                left.update(parts[:-1])
                right.update(parts[1:])
        self._form_left, self._form_right = frozenset(left), frozenset(right)
        # For the exact pre-check of join(): the ZWNJ forms the corpora have seen, and the affixes that
        # may join an unseen pair.
        self._seen_forms = frozenset(w for w in (*lex.clean, *lex.news) if ZWNJ in w)
        self._affix_right = frozenset(s for s, _ in lex.suffixes)
        self._affix_left = frozenset(lex.prefixes) | {"می", "نمی", "برمی", "درمی", "فرومی", "بازمی", "فرامی",
                                                      "وامی", "ورمی"}
        totals: dict[str, list[int]] = {}
        for (s, ctx), st in lex.suffixes.items():
            if ctx and ctx not in NON_JOINING:
                t = totals.setdefault(s, [0, 0])
                t[0] += st.zwnj
                t[1] += st.glued
        for s, (zw, gl) in totals.items():
            self._suffix_prior[s] = zw / (zw + gl + 2.0)
        self._join_right = frozenset(s for s in lex.suffix_totals if self.bound_suffix(s) or self._head(s))
        self._join_left = frozenset(p for p in lex.prefixes if self.bound_prefix(p)) | {
            "می", "نمی", "برمی", "درمی", "فرومی", "بازمی", "فرامی", "وامی", "ورمی"}
        if model is not None:  # parts that make a pair worth a look (see _join_words)
            self._model_left = self.features.bound_left | self._join_left
            self._model_right = self.features.bound_right | self._join_right

    # -- evidence -----------------------------------------------------------------------------------
    def glued_score(self, w: str) -> float:
        """Evidence that ``w`` is right as written without a ZWNJ."""
        lex = self.lex
        return lex.clean.get(w, 0) + NEWS_GLUED_WEIGHT * lex.news.get(w, 0) + HAZM_GLUED[lex.hazm.get(w, 0)]

    def form_score(self, w: str) -> float:
        """Evidence for a spelling with a ZWNJ."""
        lex = self.lex
        return lex.clean.get(w, 0) + NEWS_WEIGHT * lex.news.get(w, 0) + HAZM_FORM[lex.hazm.get(w, 0)]

    def attested(self, w: str) -> bool:
        lex = self.lex
        return w in lex.clean or lex.news.get(w, 0) >= 2 or w in lex.hazm

    def known(self, w: str) -> bool:
        return self.glued_score(w) >= 1.0 or (ZWNJ in w and self.form_score(w) >= 1.0)

    def explained(self, w: str) -> bool:
        """A known word plus an affix written glued (morphology.tsv): a real word, never split."""
        lex = self.lex
        for n in range(1, min(5, len(w) - 1)):
            if w[-n:] in lex.glued_suffixes and self.known(w[:-n]):
                return True
            if w[:n] in lex.glued_prefixes and self.known(w[n:]):
                return True
        return False

    def is_verb_body(self, body: str) -> bool:
        """What follows می‌: a present stem + person ending, or a past stem + person ending."""
        lex = self.lex
        if self.form_score("می" + ZWNJ + body) > 0 or self.form_score("نمی" + ZWNJ + body) > 0:
            return True
        for e in PERSON:
            if body.endswith(e) and body[: len(body) - len(e)] in lex.present_stems:
                return True
        for e in PAST_PERSON + ("ه",):
            stem = body[: len(body) - len(e)] if e else body
            if stem in lex.past_stems and body.endswith(e):
                return True
        return False

    def looks_verbal(self, body: str) -> bool:
        """Shape of a verb after می‌ when its stem is not in our lists (causatives, rare verbs):
        at least a two-letter stem plus a person ending (or the participle ه)."""
        for e in PERSON + ("ه",):
            if body.endswith(e) and len(body) - len(e) >= 2:
                return True
        return False

    def is_glued_verb(self, t: str) -> bool:
        """A verb that needs no ZWNJ: (ب/ن, + ی before a stem in ا/آ) + present stem + person ending, or
        (ن) + past stem + person ending (بیابم, بیاندیشند, نمیرد, گریاند)."""
        present, past = self.lex.present_stems, self.lex.past_stems
        for prefix in GLUED_VERB_PREFIXES:
            if not t.startswith(prefix) or len(t) - len(prefix) < 2:
                continue
            body = t[len(prefix):]
            for e in PERSON:
                if body.endswith(e) and len(body) - len(e) >= 2:
                    stem = body[: len(body) - len(e)]
                    if prefix and (stem in present or (prefix.endswith("ی") and stem[0] == "ا"
                                                      and "آ" + stem[1:] in present)):
                        return True
            if prefix in ("", "ن"):
                for e in PAST_PERSON:
                    if body.endswith(e) and len(body) - len(e) >= 3 and body[: len(body) - len(e)] in past:
                        return True
        return False

    def suffix_p(self, suffix: str, letter: str) -> float:
        """P(ZWNJ | suffix after this letter), shrunk towards the suffix's overall rate. With fewer than
        two ZWNJ forms after this letter there is no support at all (ای after ک is really ی)."""
        st = self.lex.suffixes.get((suffix, letter)) or AffixStats()
        if st.zwnj < 2:
            # A chain (هایمان = های + مان) is as likely to take its ZWNJ as its first part is.
            for i in range(len(suffix) - 1, 1, -1):
                if suffix[i:] in self.lex.glued_suffixes and (suffix[:i], letter) in self.lex.suffixes:
                    return self.suffix_p(suffix[:i], letter)
            return st.zwnj / (st.zwnj + st.glued + 2.0)
        prior = self._suffix_prior.get(suffix, 0.0)
        return (st.zwnj + SMOOTH * prior) / (st.zwnj + st.glued + SMOOTH)

    def inflectional(self, s: str) -> bool:
        """One or two of the inflectional suffixes of morphology.tsv (های، هایشان، اند...)."""
        hit = self._inflectional.get(s)
        if hit is None:
            glued = self.lex.glued_suffixes
            hit = s in PERFECT_SUFFIXES or s in glued or any(
                s[:i] in glued and s[i:] in glued for i in range(1, len(s)))
            self._inflectional[s] = hit
        return hit

    def bound_suffix(self, s: str) -> bool:
        """An inflectional suffix that (practically) never stands alone in clean text."""
        total = self.lex.suffix_totals.get(s)
        return (total is not None and total.zwnj >= 5 and total.standalone <= BOUND * total.zwnj
                and self.inflectional(s))

    def join_p(self, suffix: str, letter: str) -> float:
        """P(ZWNJ rather than a space | suffix after this letter), from clean text, shrunk to the overall rate."""
        st = self.lex.suffixes.get((suffix, letter)) or AffixStats()
        total = self.lex.suffix_totals.get(suffix) or AffixStats()
        prior = total.zwnj / (total.zwnj + total.spaced + 2.0)
        return (st.zwnj + SMOOTH * prior) / (st.zwnj + st.spaced + SMOOTH)

    def bound_prefix(self, p: str) -> bool:
        stats = self.lex.prefixes.get(p)
        return stats is not None and stats.zwnj >= 5 and stats.standalone <= BOUND * stats.zwnj

    # -- glued tokens ---------------------------------------------------------------------------------
    def spell(self, token: str) -> str:
        """How this pass will write a single token (for decisions made before it runs)."""
        if ZWNJ in token:
            return token
        fixed = self.fix(token)
        return fixed[0] if fixed else token

    def fix(self, token: str) -> tuple[str, str] | None:
        """``(new spelling, rule)`` for a letter run without ZWNJ, or None to keep it."""
        if len(token) > MAX_TOKEN:
            return None
        cache = self._fix_cache
        if token in cache:
            return cache[token]
        if len(cache) > 500_000:
            cache.clear()
        result = self._decide(token, depth=0) if len(token) >= 3 else None
        cache[token] = result
        return result

    def _decide(self, t: str, depth: int) -> tuple[str, str] | None:
        opts = self.options
        if opts.glued:
            spelled = self._rule_zwnj(t, depth)
            if depth == 0 and self.model is not None:
                spelled = self._model_zwnj(t, spelled)
            if spelled is not None:
                return spelled, "zwnj:insert"
        if depth:
            return None
        if opts.artifacts and not self.attested(t):
            repaired = self._artifact(t)
            if repaired is not None:
                return repaired, "ligature"
        if opts.split:
            form = self._split(t) or self._glued_preposition(t)
            if form is not None:
                return form, "glue:split"
        return None

    def _glued_preposition(self, t: str) -> str | None:
        """`بعنوان` → `به عنوان`: a preposition written as one letter glued to its noun (morphology.tsv), when
        the clean text writes the preposition and the noun apart CLEAN_SPLIT times and (all but) never the token."""
        lex = self.lex
        if len(t) < 4:
            return None
        for letter, preposition in lex.glued_prepositions.items():
            rest = t[len(letter):]
            if t.startswith(letter) and rest in lex.clean \
                    and _written_apart(lex.bigram(preposition, rest)[0], lex.clean.get(t, 0)):
                return f"{preposition} {rest}"
        return None

    def _model_zwnj(self, t: str, rule: str | None) -> str | None:
        """The classifier's spelling of ``t``: a ZWNJ at every candidate junction it scores above its
        threshold (the rule spelling ``rule`` is one of its features)."""
        feats = self.features
        rules = zwnj_positions(rule) if rule is not None else frozenset()
        cands = feats.candidates(t, rules)
        if not cands:
            return None
        model = self.model
        ev = feats.evidence(t)
        margin = model.margin["glued"] if ev["g"][0] or any(z[1] for z in ev["z"]) else \
            model.margin.get("glued_unseen", model.margin["glued"])
        score = self.scorer.glued
        chosen = decode([(score(t, i, rules, ev), i) for i in cands], margin)
        return insert_zwnj(t, chosen) if chosen else None

    def rule_spelling(self, t: str) -> str | None:
        """The rule analysis alone (no classifier): the ZWNJ spelling of ``t`` or None."""
        return self._rule_zwnj(t, 0) if self.options.glued else None

    def _rule_zwnj(self, t: str, depth: int) -> str | None:
        lex = self.lex
        # A ZWNJ after a non-joining letter changes nothing visible; such spellings only count
        # when the clean text uses them.
        evidence: dict[str, float] = {f: self.form_score(f) for f in lex.zwnj_forms.get(t, ())
                                      if lex.clean.get(f, 0) >= 2 or not _after_non_joining(f)}
        cg = lex.clean.get(t, 0)
        glued = self.glued_score(t)
        observed = max(evidence.values(), default=0.0)
        # The analysis is worth at most ANALYSIS_WEIGHT: skip it when it cannot change the outcome.
        if depth <= 3 and cg < CLEAN_DECIDES and observed + ANALYSIS_WEIGHT >= RATIO * glued + MARGIN:
            readings, glued_p = self._analyse(t, depth)
        else:
            readings, glued_p = {}, 0.0
        for form, p in readings.items():
            evidence[form] = evidence.get(form, 0.0) + ANALYSIS_WEIGHT * p
        if evidence:
            best = max(evidence, key=evidence.__getitem__)
            cz = lex.clean.get(best, 0)
            if cz + cg >= CLEAN_DECIDES:  # the clean text has an opinion on this very word
                wins = cz >= RATIO * cg
            else:
                wins = evidence[best] >= RATIO * (glued + ANALYSIS_WEIGHT * glued_p) + MARGIN
            if wins:
                return best
        return None

    def _artifact(self, t: str) -> str | None:
        """A converter artifact (artifacts.tsv) whose repair is a well-attested spelling."""
        for broken, repaired in self.artifacts:
            start = t.find(broken)
            while start >= 0:
                candidate = t[:start] + repaired + t[start + len(broken):]
                score = self.form_score(candidate) if ZWNJ in candidate else self.glued_score(candidate)
                if score >= 3.0:
                    return candidate
                start = t.find(broken, start + 1)
        return None

    def _left(self, left: str, depth: int) -> tuple[str, float] | None:
        """Spelling of the part before a suffix and a probability factor for it."""
        if self.known(left):
            return left, 1.0
        if len(left) >= 3:
            fixed = self._decide(left, depth + 1)
            if fixed is not None:
                return fixed[0], 1.0
            if len(left) >= 4:
                return left, UNKNOWN_LEFT
        return None

    def _analyse(self, t: str, depth: int) -> tuple[dict[str, float], float]:
        """The best morphological reading: ``({ZWNJ spelling: probability}, 0)``, or ``({}, p)`` when it
        needs no ZWNJ (بندهای = بند + های after a non-joining letter; بیابم = ب + یاب + م)."""
        lex = self.lex
        readings: list[tuple[float, str, float]] = []  # (rank, spelling, probability)

        def offer(form: str, p: float, host: str, types: int, bonus: float = 0.0) -> None:
            # rank ~ log P(host) + log P(suffix) + 2 log P(this spelling | suffix, letter)
            if p >= MIN_P or form == t:
                rank = math.log1p(max(self.glued_score(host), self.form_score(host))) \
                    + 2 * math.log(max(p, 1e-3)) + math.log(2 + types) + bonus
                readings.append((rank, form, p))

        # 1. (preverb) (ن)می + verb: the ZWNJ goes after می.
        m = PREVERB_MI.match(t)
        weak_verb = None
        if m and (len(m.group(3)) >= 3 or self.form_score("می" + ZWNJ + m.group(3)) > 0):
            stats = lex.prefixes.get("می")
            p = stats.p_zwnj() if stats else 0.9
            form = f"{m.group(1) or ''}{m.group(2)}{ZWNJ}{m.group(3)}"
            if self.is_verb_body(m.group(3)):
                readings.append((100.0, form, p))
            elif len(m.group(3)) >= 3 and self.looks_verbal(m.group(3)) and not any(
                    self.glued_score(t[:k]) >= 5.0 for k in range(4, len(t) - 1)):  # not میرزا..., میلیون...
                weak_verb = (form, p * 0.9)  # used only if no word + suffix reading explains t
        # 1b. ب/ن + present stem + person ending (بیابم, بیاندیشند, نمیرد): a verb written glued.
        if self.is_glued_verb(t):
            readings.append((99.0, t, 1.0))
        # 2. word + suffix. After a joining letter the data says how often the suffix takes a ZWNJ;
        #    after a non-joining one, or for a suffix never written with a ZWNJ (morphology.tsv), the
        #    glued spelling is a competing reading that needs no repair (بندهای = بند + های).
        for n in self._all_suffix_lengths:
            if len(t) - n < 2:
                continue
            suffix, left = t[-n:], t[:-n]
            in_table = suffix in self._suffix_prior
            if not in_table and suffix not in lex.glued_suffixes:
                continue
            total = lex.suffix_totals.get(suffix)
            types = total.zwnj + total.glued if total else 50
            letter = left[-1]
            inflection = self.inflectional(suffix)
            if letter in NON_JOINING or not in_table:
                if inflection and self.known(left):
                    offer(t, 1.0, left, types)
                continue
            p = self.suffix_p(suffix, letter)
            if inflection and self.known(left):
                offer(t, 1.0 - p, left, types)  # glued on purpose
            if len(left) < 3:
                continue
            if p < (MIN_P if inflection else MIN_P_COMPOUND):
                continue
            if suffix in PERFECT_SUFFIXES and letter == "ه" and (
                    left[:-1] in lex.past_stems or VERB_PREFIX.sub("", left[:-1]) in lex.past_stems):
                # past participle + perfect ending (دریافته‌ایم, نداشته‌اند): a verb, ranked first
                offer(left + ZWNJ + suffix, p, left, types, bonus=10.0)
                continue
            if not inflection and not self.known(left):
                continue
            spelled = self._left(left, depth)
            if spelled is not None:
                offer(spelled[0] + ZWNJ + suffix, p * spelled[1], spelled[0], types)
        # 3. prefix (بی, قابل, ...) + known word.
        for n in self._prefix_lengths:
            if len(t) - n < 3:
                continue
            prefix, rest = t[:n], t[n:]
            stats = lex.prefixes.get(prefix)
            if stats is None or prefix[-1] in NON_JOINING or prefix in ("می", "نمی"):
                continue
            if stats.zwnj < 20 or stats.p_zwnj() < PREFIX_MIN_P or self.glued_score(rest) < 3.0:
                continue
            offer(prefix + ZWNJ + rest, stats.p_zwnj(), rest, stats.zwnj + stats.glued)
        # 4. a mid-word آ after a joining letter starts a new part.
        i = t.find("آ", 2)
        if i > 0 and t[i - 1] not in NON_JOINING and len(t) - i >= 2:
            left, right = t[:i], t[i:]
            spelled = self._left(left, depth) if len(left) >= 3 else None
            readings.append((99.0, (spelled[0] if spelled else left) + ZWNJ + right, lex.alef.p_zwnj()))
        if weak_verb is not None and not readings:
            readings.append((0.0, *weak_verb))
        if not readings:
            return {}, 0.0
        rank, form, p = max(readings)
        return ({}, p) if form == t else ({form: p}, 0.0)

    def _split(self, t: str) -> str | None:
        """Two words glued without a space (اظهارکرد): the pair must be common written apart and the
        glued token rare (news typos only) and not explained by an affix; or the clean text writes the pair
        apart at least CLEAN_SPLIT times and (all but) never glued (براساس, باوجود, باتوجه)."""
        lex = self.lex
        if len(t) < 4:
            return None
        glued = lex.clean.get(t, 0)
        floor = max(SPLIT_MIN, SPLIT_RATIO * lex.news.get(t, 0))
        # seen glued in clean text, short, listed by hazm or explained by an affix (`بـ` + `خاطر`): only the clean
        # text's own spacing splits
        weak = glued or len(t) < 5 or t in lex.hazm or self.explained(t)
        best: tuple[float, str, str] | None = None
        for i in range(2, len(t) - 1):
            a, b = t[:i], t[i:]
            clean, news = lex.bigram(a, b)
            pair = clean + 0.5 * news
            spaced = _written_apart(clean, glued)
            if not spaced and (weak or pair < floor) or not (self.known(a) and self.known(b)):
                continue
            if not spaced and (self.bound_suffix(b) or self.bound_prefix(a)):
                continue
            if best is None or pair > best[0]:
                best = (pair, a, b)
        if best is None:
            return None
        _, a, b = best
        if self.join(a, b):
            return None
        return f"{a} {b}"

    # -- spaced pairs ---------------------------------------------------------------------------------
    def _head(self, b: str) -> bool:
        """A compound head the clean text practically never writes apart (شناسی, سازی, زا)."""
        head = self.lex.suffix_totals.get(b)
        return head is not None and head.zwnj >= 20 and max(head.spaced, head.standalone) <= BOUND * head.zwnj

    def _could_join(self, a: str, b: str) -> bool:
        """Exact necessary condition of join(a, b) (every rule needs one of these)."""
        return (b in self._join_right or a.rsplit(ZWNJ, 1)[-1] in self._join_left
                or a + ZWNJ + b in self._seen_forms)

    def join(self, a: str, b: str) -> bool:
        """Should ``a b`` (one space) be written ``a‌b``?"""
        if len(a) > MAX_TOKEN or len(b) > MAX_TOKEN:
            return False
        model = self.model
        if model is None and not self._could_join(a, b):
            return False
        key = f"{a} {b}"
        cache = self._join_cache
        hit = cache.get(key)
        if hit is not None:
            return hit
        if len(cache) > 500_000:
            cache.clear()
        if model is None:
            result = self._decide_join(a, b)
        else:
            rule = self.rule_join(a, b)
            result = self.features.space_candidate(a, b, rule) and \
                self.scorer.space(a, b, rule) >= model.margin["space"]
        cache[key] = result
        return result

    def rule_join(self, a: str, b: str) -> bool:
        """The rules alone (no classifier) on ``a b``."""
        return len(a) <= MAX_TOKEN and len(b) <= MAX_TOKEN and self._could_join(a, b) and self._decide_join(a, b)

    def _decide_join(self, a: str, b: str) -> bool:
        lex = self.lex
        form = a + ZWNJ + b
        cz, nz = lex.clean.get(form, 0), lex.news.get(form, 0)
        cs, ns = lex.bigram(a, b)
        if cz + cs >= 2:                      # clean text has an opinion
            return cz >= JOIN_RATIO * cs + MARGIN
        if a[-1] in NON_JOINING:
            return cz + nz > 0 and cs + ns == 0
        if cs == 0:
            # Bound affixes written apart: the news text does that for a ZWNJ (مي شود, کتاب ها), so its
            # spaced counts are no evidence here; the clean text's affix statistics decide.
            if self.bound_suffix(b):
                return self.join_p(b, a[-1]) >= JOIN_P and self.suffix_p(b, a[-1]) >= MIN_P
            if MI_WORD.match(a.rsplit(ZWNJ, 1)[-1]):
                return self.is_verb_body(b) or (len(b) >= 3 and self.looks_verbal(b))
            stats = lex.prefixes.get(a)
            if stats is not None and self.bound_prefix(a) and self.known(b) and len(b) >= 3:
                return stats.zwnj >= 20 and stats.zwnj / (stats.zwnj + stats.spaced + 2.0) >= JOIN_P
        if nz + ns >= 3:                      # else the news text, if it writes them apart rarely
            return cs == 0 and nz >= JOIN_RATIO * ns + 2
        if cz + nz > 0:                       # seen joined (more than once), never apart
            return cs + ns == 0 and cz + NEWS_WEIGHT * nz >= WEAK_JOIN
        if cs > 0:
            return False
        # Unseen pair: a compound head that the clean text practically never writes apart (شناسی, سازی, زا).
        if self._head(b) and self.known(a) and len(a) >= 2:
            return self.join_p(b, a[-1]) >= COMPOUND_JOIN_P
        return False

    # -- digits glued to words -----------------------------------------------------------------------
    def split_digits(self, tracked: TrackedText) -> int:
        """`بیش از200 تن`, `5/9میلیارد دلار` → `از 200`, `5/9 میلیارد`: the treebank text writes a number apart
        from the words around it (9 glued junctions in all of PerDT's train text). A word after the number stays
        glued when it is a suffix (`ها`, `ام`) or unknown (`10ق`); one before it only splits off when the clean
        text knows it well (`از`, `سال`; not `اف16`, `کووید19`)."""
        lex, text = self.lex, tracked.text
        spaces: dict[tuple[int, int], tuple[str, str]] = {}   # word span → (space before, space after)
        for m in _DIGIT_JUNCTION.finditer(text):   # junctions are rare: look only there
            k = m.start()
            if text[k].isdigit():   # number, then word
                word = WORD.match(text, k + 1).group()
                if word in lex.glued_suffixes or self.bound_suffix(word) or self._clean_count(word, 0) < SPLIT_MIN:
                    continue
                span = (k + 1, k + 1 + len(word))
                spaces[span] = (" ", spaces.get(span, ("", ""))[1])
            else:                   # word, then number
                start = k
                while start > 0 and (text[start - 1] == ZWNJ or _LETTER.match(text[start - 1])):
                    start -= 1
                word = text[start:k + 1]
                if self._clean_count(word, -1) >= CLEAN_SPLIT:
                    span = (start, k + 1)
                    spaces[span] = (spaces.get(span, ("", ""))[0], " ")
        # (a word between two numbers, `11آخر0`, is split on both sides in one edit: two edits on one word
        # would overlap, and the second normalization would make the other split)
        changes = [(a, b, before + text[a:b] + after, "glue:split") for (a, b), (before, after) in sorted(spaces.items())]
        return tracked.replace(changes) if changes else 0

    def _clean_count(self, word: str, piece: int) -> int:
        """The clean text's count of ``word``, or of the same word as this pass will spell it (its first or last
        piece when the pass splits it): normalizing the output again must take the same decision."""
        spelled = self.spell(word).split(" ")[piece]
        return max(self.lex.clean.get(word, 0), self.lex.clean.get(spelled, 0))

    # -- the pass over a text -----------------------------------------------------------------------
    def apply(self, tracked: TrackedText) -> None:
        """Repair ``tracked`` in place, one recorded edit per changed word."""
        changes, merged = self.changes(tracked.text)
        records = []
        for start, end, after in merged:
            o_start, o_end = tracked.original_span(start, end)
            records.append(Edit(o_start, o_end, tracked.text[start:end], after, "zwnj:space"))
        tracked.replace(changes)
        tracked.edits.extend(records)

    def changes(self, text: str) -> tuple[list[tuple[int, int, str, str | None]], list[tuple[int, int, str]]]:
        """All repairs for ``text``: ``(start, end, new, rule)`` sorted and non-overlapping, and the words
        made by joining across spaces as ``(start, end, new spelling)`` (their pieces carry no rule: the
        word is recorded once, as a whole).

        Tokens are repaired first; then adjacent words separated by one space are joined until no pair
        would be joined any more (after a merge the word on the left is checked again), so normalizing
        the output again finds nothing to do.
        """
        fix_cache = self._fix_cache
        fix = self.fix
        out: list[tuple[int, int, str, str | None]] = []
        merged_words: list[tuple[int, int, str]] = []
        # words of the current segment: [start, end, token as written, spelling, rule, merged pieces].
        # A segment is a run of words separated by single spaces (nothing joins across anything else);
        # very long ones are cut where no join is possible, so memory stays bounded on huge lines.
        words: list[list] = []
        for m in WORD.finditer(text):
            token = m.group()
            fixed = fix_cache.get(token, _MISS)
            if fixed is _MISS:
                fixed = fix(token) if ZWNJ not in token else None
            start = m.start()
            if words:
                last = words[-1]
                if last[1] + 1 != start or text[last[1]] != " " or (
                        len(words) >= SEGMENT_WORDS and not fixed and not self._may_join(last[3], token)):
                    self._flush(text, words, out, merged_words)
                    words = []
            if fixed:
                words.append([start, m.end(), token, fixed[0], fixed[1], None])
            else:
                words.append([start, m.end(), token, token, None, None])
        self._flush(text, words, out, merged_words)
        out.sort(key=lambda c: (c[0], c[1]))
        return out, merged_words

    def _flush(self, text: str, words: list[list], out: list, merged_words: list) -> None:
        if self.options.spaced and len(words) > 1:
            self._join_words(text, words)
        for start, end, token, spelling, rule, gaps in words:
            if gaps is None:
                if rule:
                    out.append((start, end, spelling, rule))
                continue
            # A merged word: its tokens' repairs and the spaces that became ZWNJs, applied piece by piece
            # (so every letter keeps its own offsets) and recorded once for the whole word.
            for t_start, t_end, t_token, t_spelling, t_rule in gaps[0]:
                if t_rule and t_spelling != t_token:
                    out.append((t_start, t_end, t_spelling, None))
            for g_start, g_end in gaps[1]:
                out.append((g_start, g_end, ZWNJ, None))
            merged_words.append((start, end, spelling))

    def _may_join(self, a: str, b: str) -> bool:
        """Cheap necessary condition for ``join(a, b)``: one side is an affix of the tables, or both
        sides are parts of known ZWNJ forms."""
        if " " in a or " " in b:
            return True
        last = a if ZWNJ not in a else a.rsplit(ZWNJ, 1)[1]
        first = b if ZWNJ not in b else b.split(ZWNJ, 1)[0]
        if self.model is not None and self.features.space_candidate(last, first, False):
            return True
        return (first in self._affix_right or last in self._affix_left
                or (last in self._form_left and first in self._form_right))

    def _join_words(self, text: str, words: list[list]) -> None:
        join = self.join
        join_left, join_right, seen = self._join_left, self._join_right, self._seen_forms
        form_left, form_right = self._form_left, self._form_right
        model_left = model_right = attested = None
        if self.model is not None:
            model_left, model_right, attested = self._model_left, self._model_right, self.features.zwnj_attested
        i = 0
        while i < len(words) - 1:
            left, right = words[i], words[i + 1]
            if right[0] != left[1] + 1 or text[left[1]] != " ":
                i += 1
                continue
            a, b = left[3], right[3]
            if " " in a or " " in b:
                # A glued-word split never joins a neighbour; if it would, the split is dropped.
                if (" " in a and join(a.rsplit(" ", 1)[1], b)) or (" " in b and join(a, b.split(" ", 1)[0])):
                    for w in (left, right):
                        if " " in w[3] and w[5] is None:
                            w[3], w[4] = w[2], None
                    continue
                i += 1
                continue
            if not right[4] and model_left is not None:
                # Necessary condition of join() with the classifier (rules or space_candidate).
                la = a if ZWNJ not in a else a.rsplit(ZWNJ, 1)[1]
                fb = b if ZWNJ not in b else b.split(ZWNJ, 1)[0]
                if not (la in model_left or fb in model_right or (
                        la in form_left and fb in form_right
                        and (la + ZWNJ + fb in attested or a + ZWNJ + b in seen))):
                    i += 1
                    continue
            elif not right[4]:
                # Necessary condition of join() (see _could_join), cheapest tests first.
                la = a if ZWNJ not in a else a.rsplit(ZWNJ, 1)[1]
                if not (b in join_right or la in join_left or (
                        la in form_left and (b if ZWNJ not in b else b.split(ZWNJ, 1)[0]) in form_right
                        and a + ZWNJ + b in seen)):
                    i += 1
                    continue
            # A fragment of a word split by a space (هلی کوپتر) is joined as written, not "repaired".
            if right[4] and right[5] is None and join(a, right[2]):
                right[3], right[4] = right[2], None
                b = right[3]
            if not join(a, b):
                i += 1
                continue
            pieces_l = left[5] or ([(left[0], left[1], left[2], left[3], left[4])], [])
            pieces_r = right[5] or ([(right[0], right[1], right[2], right[3], right[4])], [])
            merged = (pieces_l[0] + pieces_r[0], pieces_l[1] + [(left[1], right[0])] + pieces_r[1])
            words[i] = [left[0], right[1], text[left[0]:right[1]], a + ZWNJ + b, None, merged]
            del words[i + 1]
            i = max(i - 1, 0)
