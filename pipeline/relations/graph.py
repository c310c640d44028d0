"""One parsed sentence as a tree: words, heads, children, and spans copied from the normalized text."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Sentence, Word

# Relations under which a verb heads a clause of its own.
CLAUSE_RELS = {"root", "conj", "ccomp", "advcl", "acl", "parataxis", "xcomp", "csubj", "dep", "obl"}
SUBJ_RELS = ("nsubj", "nsubj:pass", "csubj")
OBL_RELS = ("obl", "obl:arg")
QUOTES = ("«", "»", '"', "“", "”")

# Children that never belong to a noun phrase's span (guidelines §2): relative clauses, coordinated
# phrases (split into triples of their own), punctuation, clauses.
_NOT_IN_SPAN = {"acl", "conj", "cc", "punct", "parataxis", "ccomp", "advcl", "appos", "dep", "mark", "cop",
                "nsubj", "nsubj:pass", "csubj", "aux", "obj", "obl", "obl:arg", "vocative"}


@dataclass(slots=True)
class Node:
    index: int            # 0-based position in the sentence's words
    word: Word
    token: int            # index of the token the word belongs to
    head: int | None      # 0-based index of the head, None for the root
    children: list[int]
    rel: str = ""         # the relation, possibly repaired (see Extractor._repair)
    pos: str = ""         # a repaired UPOS, when the tagger's is wrong (the document keeps the tagger's)

    @property
    def text(self) -> str:
        return self.word.text

    @property
    def lemma(self) -> str:
        return self.word.lemma or self.word.text

    @property
    def upos(self) -> str:
        return self.pos or self.word.upos or ""

    @property
    def deprel(self) -> str:
        return self.rel

    def feat(self, name: str) -> str | None:
        for pair in (self.word.feats or "").split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


class SentenceGraph:
    """The words of one sentence with their dependency tree; ``parsed`` is False without heads."""

    def __init__(self, sentence: Sentence):
        self.sentence = sentence
        self.nodes: list[Node] = []
        for t, token in enumerate(sentence.tokens):
            for word in token.words:
                self.nodes.append(Node(len(self.nodes), word, t, None, [], word.deprel or ""))
        self.parsed = bool(self.nodes) and all(n.word.head is not None for n in self.nodes)
        if self.parsed:
            for node in self.nodes:
                head = node.word.head
                if head and 0 < head <= len(self.nodes):
                    node.head = head - 1
                    self.nodes[head - 1].children.append(node.index)
        self._token_pos = self._locate_tokens()
        self._word_pos = self._locate_words()
        self._positions: dict[str, list[int]] | None = None

    def opens_quote(self, k: int) -> bool:
        """Is word ``k`` an opening quote (`«`, `“`, or a `"` after an even number of them)?"""
        mark = self.nodes[k].text
        return mark in ("«", "\u201c") or mark == '"' and [m.text for m in self.nodes[:k]].count('"') % 2 == 0

    def parenthesized(self) -> list[tuple[int, int]]:
        """The (opening, closing) indices of each `(` ... `)` pair with no other parenthesis inside."""
        pairs = []
        for lo in (n.index for n in self.nodes if n.text == "("):
            hi = next((k for k in range(lo + 1, len(self.nodes)) if self.nodes[k].text in ("(", ")")), None)
            if hi is not None and self.nodes[hi].text == ")":
                pairs.append((lo, hi))
        return pairs

    def occurrences(self, phrase: tuple[str, ...]) -> list[int]:
        """Where the words of ``phrase`` occur in a row (their first word's indices)."""
        if self._positions is None:
            self._positions = {}
            for node in self.nodes:
                self._positions.setdefault(node.text, []).append(node.index)
        n, k = len(self.nodes), len(phrase)
        return [s for s in self._positions.get(phrase[0], ()) if s + k <= n
                and all(self.nodes[s + j].text == phrase[j] for j in range(1, k))]

    def _locate_tokens(self) -> list[tuple[int, int]]:
        """Where each token's text sits in the normalized sentence text (spans are copied from it)."""
        text, cursor, found = self.sentence.text, 0, []
        for token in self.sentence.tokens:
            at = text.find(token.text, cursor)
            if at < 0:   # cannot happen for our segmenter; keep a usable position anyway
                at = cursor
            found.append((at, at + len(token.text)))
            cursor = at + len(token.text)
        return found

    def _locate_words(self) -> list[tuple[int, int]]:
        """Where each word sits in the normalized sentence text: its token's stretch, except that a multiword
        token whose forms spell it is cut before a copula clitic `ست` and before closing punctuation
        (`بانک‌هاست،` = بانک‌ها | ست | ،), so that spans and relations do not drag them in. Other clitics stay
        with their host (`مدعی‌اند`, `مرا`): their words alone are not what a reader would write."""
        found = []
        for t, token in enumerate(self.sentence.tokens):
            start, end = self._token_pos[t]
            words = token.words
            if len(words) == 1 or "".join(w.text for w in words) != self.sentence.text[start:end]:
                found.extend([(start, end)] * len(words))
                continue
            cuts = [k for k, w in enumerate(words) if k and (
                all(x.upos == "PUNCT" for x in words[k:]) or (w.text == "ست" and w.upos == "AUX"))]
            bounds, at = [], start
            for k, w in enumerate(words):
                bounds.append(at)
                at += len(w.text)
            edges = [0] + cuts + [len(words)]
            for a, b in zip(edges, edges[1:]):
                seg = (bounds[a], bounds[b] if b < len(words) else end)
                found.extend([seg] * (b - a))
        return found

    def reattach(self, i: int, head: int, rel: str) -> None:
        """Move word ``i`` under ``head``; a move that would make a cycle is not made."""
        node = self.nodes[i]
        if head == i or head in self.subtree(i):
            return
        if node.head is not None:
            self.nodes[node.head].children.remove(i)
        node.head, node.rel = head, rel
        self.nodes[head].children.append(i)

    def promote(self, i: int, over: int) -> None:
        """Word ``i`` takes the place of ``over`` (its head and relation, or the root); ``over`` is left
        without a head, for the caller to hang under ``i``."""
        node, old = self.nodes[i], self.nodes[over]
        if node.head is not None:
            self.nodes[node.head].children.remove(i)
        node.head, node.rel = old.head, old.rel
        if old.head is not None:
            siblings = self.nodes[old.head].children
            siblings[siblings.index(over)] = i
        old.head = None

    def __len__(self) -> int:
        return len(self.nodes)

    def kids(self, i: int, *deprels: str) -> list[int]:
        nodes = self.nodes
        if not deprels:
            return list(nodes[i].children)
        return [c for c in nodes[i].children if nodes[c].rel in deprels]

    def ancestors(self, i: int) -> list[int]:
        """The heads above word ``i``, nearest first."""
        out, h = [], self.nodes[i].head
        while h is not None and h not in out:
            out.append(h)
            h = self.nodes[h].head
        return out

    def heads_of(self, rel: str) -> set[int]:
        """The words that have a dependent labelled ``rel`` (`cop`: the copular predicates)."""
        return {n.head for n in self.nodes if n.rel == rel and n.head is not None}

    def subtree(self, i: int) -> set[int]:
        seen, stack = set(), [i]
        while stack:
            j = stack.pop()
            if j not in seen:
                seen.add(j)
                stack.extend(self.nodes[j].children)
        return seen

    def phrase(self, head: int, exclude: set[int] = frozenset()) -> list[int]:
        """The noun phrase of ``head``: its modifiers, without clauses, conjuncts, punctuation, the case
        marker of the head and ``را``; kept contiguous around the head."""
        keep: set[int] = {head}
        stack = [c for c in self.nodes[head].children]
        while stack:
            j = stack.pop()
            node = self.nodes[j]
            if j in exclude or node.upos in ("VERB", "AUX"):   # a clause is never inside a span
                continue
            # coordinated adjectives stay in the phrase (مسائل بین‌المللی و منطقه‌ای), with their `و`
            # coordination is split only between whole arguments: a conjunct inside the phrase stays
            # (`تهدید برای ثبات و امنیت منطقه`, `مسائل بین‌المللی و منطقه‌ای`), with its `و`
            inner_conj = node.deprel == "conj" and (node.head != head or node.upos == "ADJ")
            its_cc = node.deprel == "cc" and node.head is not None and self.nodes[node.head].deprel == "conj" \
                and (self.nodes[node.head].head != head or self.nodes[node.head].upos == "ADJ")
            # a number's parts are one number (`6 هزار و 127 دفتر`: the parser hangs `هزار` as `dep`)
            number_part = node.deprel == "dep" and node.upos == "NUM" and self.nodes[node.head].upos == "NUM"
            # the quotes around a quoted modifier are part of it (`شبکه «اسکای نیوز»`)
            quote = node.deprel == "punct" and node.text in QUOTES and node.head != head
            # an adjective's complement is part of it (`قطعنامه‌ای مبنی بر اعزام نیرو`)
            complement = node.deprel in ("obl", "obl:arg") and node.head != head and self.nodes[node.head].upos == "ADJ"
            if node.deprel in _NOT_IN_SPAN and not (inner_conj or its_cc or number_part or quote or complement):
                continue
            # (a `را` closes the noun phrase it follows: whatever the parser hung it on, no span takes it in)
            if node.deprel == "case" and (node.head == head or node.text == "را"):
                continue
            keep.add(j)
            stack.extend(node.children)
        lo = hi = head
        while lo - 1 in keep:
            lo -= 1
        while hi + 1 in keep:
            hi += 1
        # trim punctuation and dangling prepositions at the edges (not a quote closing one inside)
        while hi > lo and (self.nodes[hi].upos in ("PUNCT", "ADP", "CCONJ") or self.nodes[hi].text == "را") \
                and not self._closes_quote(lo, hi):
            hi -= 1
        while lo < hi and self.nodes[lo].upos in ("PUNCT", "ADP", "CCONJ"):
            lo += 1
        if hi + 1 < len(self.nodes) and self._closes_quote(lo, hi + 1):   # `منطقه «الهاملی»`: no quote left open
            hi += 1
        return list(range(lo, hi + 1))

    def _closes_quote(self, lo: int, hi: int) -> bool:
        """Is word ``hi`` a quote mark closing one opened inside lo..hi-1?"""
        mark = self.nodes[hi].text
        inside = [self.nodes[i].text for i in range(lo, hi)]
        if mark == '"':
            return inside.count('"') % 2 == 1
        opening = {"»": "«", "\u201d": "\u201c"}.get(mark)
        return opening is not None and inside.count(opening) > inside.count(mark)

    def text_of(self, indices: list[int]) -> str:
        """The normalized sentence text covering these words' tokens (as the guidelines copy spans)."""
        if not indices:
            return ""
        return self.sentence.text[self._word_pos[min(indices)][0]:self._word_pos[max(indices)][1]]

    def words_text(self, indices: list[int]) -> str:
        """Like ``text_of``, but words with gaps between them (a predicate around its object) are joined
        by single spaces instead of taking in the gap."""
        indices = sorted(indices)
        # runs of adjacent words keep their own spelling; gaps become single spaces
        runs, run = [], [indices[0]]
        for i in indices[1:]:
            if i == run[-1] + 1:
                run.append(i)
            else:
                runs.append(run)
                run = [i]
        runs.append(run)
        return " ".join(self._run_text(r) for r in runs)

    def _run_text(self, run: list[int]) -> str:
        """Adjacent words as written, except the copula clitic `ست` alone (`بانک‌هاست` = بانک‌ها + ست), which is
        written as the free verb `است` (a relation of its own needs a word of its own)."""
        if len(run) == 1 and self.nodes[run[0]].text == "ست" and self._word_pos[run[0]] != self._token_pos[self.nodes[run[0]].token]:
            return "است"
        return self.text_of(run)

    def offsets_of(self, indices: list[int]) -> tuple[int, int] | None:
        """Character offsets of these words' tokens in the original document text."""
        if not indices:
            return None
        first = self.sentence.tokens[self.nodes[min(indices)].token]
        last = self.sentence.tokens[self.nodes[max(indices)].token]
        return (first.start, last.end)
