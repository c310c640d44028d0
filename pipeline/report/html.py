"""The triple evaluation report: one self-contained HTML file (inline CSS and SVG, no scripts, no URLs).

For each gold document: its scores, an SVG graph of entities and relations (circular layout computed
here), every sentence with the argument spans of its triples highlighted, the predicted and gold
triples aligned (matched / missed / spurious / duplicate), and the dependency tree (displaCy) of each
sentence with a missed triple when the sentence has a parse. All text goes through ``html.escape``;
Persian text is marked ``dir="rtl" lang="fa"``. The page template is
``resources/evaluation/report.html``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from string import Template
from typing import Any, Sequence

from ..document import Document, Sentence
from ..errors import InputError
from ..evaluation.triples import DocumentResult, GoldDocument, Matcher, TriplesEvaluation, token_f1, tokenize

TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "evaluation" / "report.html"
STATUSES = ("matched", "missed", "spurious", "duplicate")
UNPLACED = -1


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _get(t: Any, name: str) -> Any:
    return t.get(name) if isinstance(t, dict) else getattr(t, name, None)


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


# -- placing triples in sentences and spans in text ------------------------------------------------
class Locator:
    """Finds sentences and argument spans of a processed document by normalized tokens."""

    def __init__(self, doc: Document, matcher: Matcher):
        self.doc, self.m = doc, matcher
        self.sentence_tokens = [tokenize(s.text, matcher.normalize) for s in doc.sentences]
        # per sentence: (piece, original start, original end) of each token piece
        self.pieces: list[list[tuple[str, int, int]]] = []
        for s in doc.sentences:
            self.pieces.append([(p, t.start, t.end) for t in s.tokens for p in tokenize(t.text, matcher.normalize)])

    def sentence_of(self, gold_triple: Any) -> int:
        text = _get(gold_triple, "sentence")
        if not isinstance(text, str):  # a Triple's sentence is an index
            return text if isinstance(text, int) and 0 <= text < len(self.doc.sentences) else UNPLACED
        if text:
            toks = tokenize(text, self.m.normalize)
            for i, st in enumerate(self.sentence_tokens):
                if st == toks:
                    return i
            best, best_i = 0.0, UNPLACED
            for i, st in enumerate(self.sentence_tokens):
                f = token_f1(st, toks)
                if f > best:
                    best, best_i = f, i
            if best >= 0.5:
                return best_i
        # no usable sentence text: the first sentence holding both arguments
        for i in range(len(self.doc.sentences)):
            if self.span(i, _get(gold_triple, "subject")) and self.span(i, _get(gold_triple, "object")):
                return i
        return UNPLACED

    def span(self, sentence: int, text: str | None) -> tuple[int, int] | None:
        """Original offsets of the first run of the sentence's tokens that spells ``text``."""
        if sentence < 0 or sentence >= len(self.pieces) or not text:
            return None
        want = tokenize(text, self.m.normalize)
        pieces = self.pieces[sentence]
        n = len(want)
        if not n:
            return None
        for k in range(len(pieces) - n + 1):
            if all(pieces[k + j][0] == want[j] for j in range(n)):
                return pieces[k][1], pieces[k + n - 1][2]
        return None

    def predicted_span(self, t: Any, role: str) -> tuple[int, int] | None:
        span = _get(t, f"{role}_span")
        s = _get(t, "sentence")
        if span and s is not None and 0 <= s < len(self.doc.sentences):
            sent = self.doc.sentences[s]
            if sent.start <= span[0] < span[1] <= sent.end:
                return int(span[0]), int(span[1])
        return self.span(s if s is not None else UNPLACED, _get(t, role))


@dataclass
class Row:
    status: str
    sentence: int
    gold: dict | None = None
    pred: Any = None
    detail: dict | None = None


def _rows(result: DocumentResult, loc: Locator) -> list[Row]:
    rows: list[Row] = []
    n_sent = len(loc.doc.sentences)

    def pred_sentence(t: Any) -> int:
        s = _get(t, "sentence")
        return s if isinstance(s, int) and 0 <= s < n_sent else UNPLACED

    for i, j in result.pairs:
        p = result.predicted[i]
        rows.append(Row("matched", pred_sentence(p), result.gold[j], p, result.pair_details.get((i, j))))
    for j in result.missed:
        rows.append(Row("missed", loc.sentence_of(result.gold[j]), result.gold[j]))
    for i in result.spurious:
        rows.append(Row("spurious", pred_sentence(result.predicted[i]), pred=result.predicted[i]))
    for i, _first in result.duplicates:
        rows.append(Row("duplicate", pred_sentence(result.predicted[i]), pred=result.predicted[i]))
    order = {s: k for k, s in enumerate(STATUSES)}
    rows.sort(key=lambda r: (r.sentence if r.sentence >= 0 else 1 << 30, order[r.status]))
    return rows


# -- sentence text with highlighted spans -----------------------------------------------------
def _highlight(doc: Document, sent: Sentence, spans: list[tuple[int, int, str]]) -> str:
    """The original text of the sentence with ``<mark class="arg-s|arg-o">`` over argument spans."""
    start, end = sent.start, sent.end
    text = doc.text[start:end]
    marks: list[set[str]] = [set() for _ in text]
    for a, b, cls in spans:
        for k in range(max(a, start), min(b, end)):
            marks[k - start].add(cls)
    out, k = [], 0
    while k < len(text):
        cls = marks[k]
        j = k
        while j < len(text) and marks[j] == cls:
            j += 1
        piece = _e(text[k:j])
        out.append(f'<mark class="{" ".join(sorted(cls))}">{piece}</mark>' if cls else piece)
        k = j
    return "".join(out)


# -- the triple table -------------------------------------------------------------------------
def _triple_cell(t: Any) -> str:
    if t is None:
        return '<td class="none">—</td>'
    ids = [x for x in (_get(t, "subject_id"), _get(t, "object_id"))]
    ids_html = ""
    if any(ids):
        ids_html = (f'<div class="ids">{_e(ids[0] or "·")} → {_e(ids[1] or "·")}</div>')
    gloss = _get(t, "gloss")
    gloss_html = f'<div class="small">{_e(gloss)}</div>' if gloss else ""
    return (f'<td class="triple" dir="rtl" lang="fa"><span class="s">{_e(_get(t, "subject"))}</span>'
            f'<span class="sep">|</span><span class="r">{_e(_get(t, "relation"))}</span>'
            f'<span class="sep">|</span><span class="o">{_e(_get(t, "object"))}</span>{ids_html}{gloss_html}</td>')


def _attrs_cell(row: Row) -> str:
    t = row.pred if row.pred is not None else row.gold
    parts = []
    attribution = _get(t, "attribution")
    gold_attr = _get(row.gold, "attribution") if row.gold is not None else None
    if row.status == "matched":
        d = row.detail or {}
        flag = lambda ok: '<span class="good">✓</span>' if ok else '<span class="bad">✗</span>'  # noqa: E731
        parts.append(f'attribution {flag(d.get("attribution"))} <span lang="fa" dir="rtl">'
                     f'{_e(attribution or "—")}</span>'
                     + (f' <span class="small">(gold: <span lang="fa" dir="rtl">{_e(gold_attr or "—")}'
                        f'</span>)</span>' if not d.get("attribution") else ""))
        parts.append(f'polarity {flag(d.get("polarity"))} {_e(_get(row.pred, "polarity") or "positive")}')
        if d.get("tense") is not None:
            parts.append(f'tense {flag(d.get("tense"))} {_e(_get(row.pred, "tense"))}')
    else:
        if attribution:
            parts.append(f'attribution <span lang="fa" dir="rtl">{_e(attribution)}</span>')
        parts.append(f'polarity {_e(_get(t, "polarity") or "positive")}')
        if _get(t, "tense"):
            parts.append(f'tense {_e(_get(t, "tense"))}')
    conf = _get(row.pred, "confidence") if row.pred is not None else None
    if conf is not None:
        parts.append(f"confidence {float(conf):.2f}")
    return '<td class="flags small">' + "<br>".join(parts) + "</td>"


def _table(rows: list[Row]) -> str:
    head = ('<table class="triples" dir="rtl"><thead><tr><th>status</th><th>gold</th><th>predicted</th>'
            '<th>details</th></tr></thead><tbody>')
    body = []
    for r in rows:
        body.append(f'<tr class="{r.status}"><td class="status"><span class="badge {r.status}">{r.status}'
                    f'</span></td>{_triple_cell(r.gold)}{_triple_cell(r.pred)}{_attrs_cell(r)}</tr>')
    return head + "".join(body) + "</tbody></table>"


# -- the graph ---------------------------------------------------------------------------------
def _node_key(text: str | None, id_: str | None, m: Matcher) -> tuple[str, str]:
    if id_:
        return ("id", id_)
    return ("text", " ".join(tokenize(text, m.normalize)) or (text or ""))


def _short(text: str, n: int = 26) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


SMALL_GRAPH = 12      # up to this many nodes: horizontal labels and relation labels on the edges
EDGE_LABELS_MAX = 16  # more edges than this: relation labels only as tooltips


def graph_svg(rows: list[Row], m: Matcher, ident: str) -> str:
    """Entities (canonical id, else the span) as nodes on a circle, relations as arrows coloured by status.

    Nodes go round the circle in order of first mention, so related nodes sit close together. Small graphs
    get horizontal labels beside the nodes; larger ones radial labels (as in a chord diagram) and edges
    bent towards the centre, with the relation as a tooltip once there are too many to label."""
    nodes: dict[tuple[str, str], str] = {}
    edges: list[tuple[tuple[str, str], tuple[str, str], str, str]] = []
    for r in rows:
        if r.status == "duplicate":
            continue
        t = r.gold if r.gold is not None else r.pred
        other = r.pred if r.gold is not None else None
        sid = _get(t, "subject_id") or (other is not None and _get(other, "subject_id")) or None
        oid = _get(t, "object_id") or (other is not None and _get(other, "object_id")) or None
        s = _node_key(_get(t, "subject"), sid, m)
        o = _node_key(_get(t, "object"), oid, m)
        nodes.setdefault(s, sid or _get(t, "subject") or "")
        nodes.setdefault(o, oid or _get(t, "object") or "")
        edges.append((s, o, _get(t, "relation") or "", r.status))
    if not nodes:
        return '<p class="note">No triples predicted or annotated in this document.</p>'
    keys = list(nodes)
    n = len(keys)
    small = n <= SMALL_GRAPH
    edge_labels = small or len(edges) <= EDGE_LABELS_MAX
    if small:
        radius = max(140.0, n * 110 / (2 * math.pi))
        margin_x, margin_y = 175, 40
    else:
        radius = max(160.0, n * 17 / (2 * math.pi))
        margin_x = margin_y = 175
    width, height = int(2 * (radius + margin_x)), int(2 * (radius + margin_y))
    cx, cy = width / 2, height / 2
    pos, angles = {}, {}
    for k, key in enumerate(keys):
        angle = -math.pi / 2 + 2 * math.pi * k / n if n > 1 else math.pi / 2
        angles[key] = angle
        pos[key] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle)) if n > 1 else (cx, cy)
    node_r = 7 if small else 5
    parts = [f'<svg class="graph{"" if small else " large"}" role="img" aria-label="entities and relations" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">', "<defs>"]
    for status in ("matched", "missed", "spurious"):
        parts.append(f'<marker id="{ident}-arrow-{status}" viewBox="0 0 10 10" refX="10" refY="5" '
                     f'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
                     f'<path d="M0,0 L10,5 L0,10 z" fill="var(--{status})"/></marker>')
    parts.append("</defs>")
    seen_pairs: dict[frozenset, int] = {}
    for s, o, rel, status in edges:
        pair = frozenset((s, o))
        k = seen_pairs.get(pair, 0)
        seen_pairs[pair] = k + 1
        (x1, y1), (x2, y2) = pos[s], pos[o]
        if s == o:  # a loop outside the circle
            ang = angles[s]
            size = 34 + 14 * k
            ax, ay = x1 + size * math.cos(ang - 0.5), y1 + size * math.sin(ang - 0.5)
            bx, by = x1 + size * math.cos(ang + 0.5), y1 + size * math.sin(ang + 0.5)
            d = f"M{x1:.1f},{y1:.1f} C{ax:.1f},{ay:.1f} {bx:.1f},{by:.1f} {x1:.1f},{y1:.1f}"
            lx, ly = (ax + bx) / 2, (ay + by) / 2
        else:
            dx, dy = x2 - x1, y2 - y1
            dist = math.hypot(dx, dy) or 1.0
            ux, uy = dx / dist, dy / dist
            # parallel edges bend away from each other (the side does not depend on the direction)
            sign = 1 if s < o else -1
            bend = sign * (0 if k == 0 else 28 * ((k + 1) // 2) * (1 if k % 2 else -1))
            mx, my = (x1 + x2) / 2 - uy * bend * 2, (y1 + y2) / 2 + ux * bend * 2
            if not small:  # chord style: pull the curve towards the centre
                mx, my = mx + 0.55 * (cx - mx), my + 0.55 * (cy - my)
            # start and end on the node circles, along the curve's tangents
            t1 = math.hypot(mx - x1, my - y1) or 1.0
            t2 = math.hypot(x2 - mx, y2 - my) or 1.0
            sx, sy = x1 + (mx - x1) / t1 * node_r, y1 + (my - y1) / t1 * node_r
            ex, ey = x2 - (x2 - mx) / t2 * (node_r + 2), y2 - (y2 - my) / t2 * (node_r + 2)
            d = f"M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}"
            lx, ly = 0.25 * sx + 0.5 * mx + 0.25 * ex, 0.25 * sy + 0.5 * my + 0.25 * ey
        label = (f'<text x="{lx:.1f}" y="{ly - 3:.1f}" text-anchor="middle" direction="rtl">'
                 f'{_e(_short(rel, 30))}</text>') if edge_labels else ""
        parts.append(f'<g class="edge {status}"><title>{_e(status)}: {_e(nodes[s])} | {_e(rel)} | '
                     f'{_e(nodes[o])}</title><path d="{d}" marker-end="url(#{ident}-arrow-{status})"/>{label}</g>')
    for key in keys:
        parts.append(_node_svg(key, nodes[key], pos[key], angles[key], (cx, cy), radius, node_r, small, n))
    parts.append("</svg>")
    return "".join(parts)


def _node_svg(key, label, xy, angle, centre, radius, node_r, small, n) -> str:
    """A node and its label outside the circle. SVG's text-anchor follows the text direction, so Persian
    labels (direction rtl) swap start and end."""
    (x, y), (cx, cy) = xy, centre
    is_id = key[0] == "id"
    direction = "" if is_id else ' direction="rtl"'
    outward = {"right": "start" if is_id else "end", "left": "end" if is_id else "start"}
    ca = math.cos(angle) if n > 1 else 0.0
    if small:
        if ca > 0.35:
            tx, ty, anchor, rotate = x + node_r + 5, y + 4, outward["right"], ""
        elif ca < -0.35:
            tx, ty, anchor, rotate = x - node_r - 5, y + 4, outward["left"], ""
        else:
            below = (y > cy) if n > 1 else True
            tx, ty, anchor, rotate = x, (y + node_r + 14 if below else y - node_r - 6), "middle", ""
        text_label = _short(label)
    else:  # radial labels, kept upright: the left half is turned half a circle
        deg = math.degrees(angle)
        r = radius + node_r + 4
        tx, ty = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if ca >= 0:
            anchor, rot = outward["right"], deg
        else:
            anchor, rot = outward["left"], deg + 180
        rotate = f' transform="rotate({rot:.1f} {tx:.1f} {ty:.1f})" dominant-baseline="middle"'
        text_label = _short(label, 28)
    return (f'<g class="node{" entity" if is_id else ""}"><title>{_e(label)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{node_r}"/>'
            f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}"{direction}{rotate}>{_e(text_label)}</text></g>')


# -- dependency trees --------------------------------------------------------------------------
_XMLNS = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')


def dependency_svg(sent: Sentence, ident: str) -> str | None:
    """displaCy's dependency picture of a parsed sentence, or None when the sentence has no parse."""
    words = sent.words
    if not words or any(w.head is None for w in words):
        return None
    from spacy import displacy

    # Right to left by reversing the word order and drawing left to right: displaCy's own "rtl" setting
    # mirrors the arc labels.
    arcs = []
    n = len(words)
    for i, w in enumerate(words):
        h = w.head
        if not h or not 0 < h <= n or h - 1 == i:
            continue
        child, head = n - 1 - i, n - h  # positions in the reversed order
        label = escape(w.deprel or "dep", quote=True)
        if child < head:
            arcs.append({"start": child, "end": head, "label": label, "dir": "left"})
        else:
            arcs.append({"start": head, "end": child, "label": label, "dir": "right"})
    parsed = {"words": [{"text": w.text, "tag": escape(w.upos or "", quote=True)} for w in reversed(words)],
              "arcs": arcs, "settings": {"lang": "fa"}}
    svg = displacy.render([parsed], style="dep", manual=True, jupyter=False,
                          options={"compact": True, "distance": 95, "word_spacing": 30, "arrow_spacing": 10,
                                   "font": "Vazirmatn, Noto Naskh Arabic, Noto Sans Arabic, Tahoma, sans-serif"})
    found = re.search(r'id="([0-9a-f]{32})-0"', svg)
    if found:  # displaCy's ids are random; make the report reproducible
        svg = svg.replace(found.group(1), ident)
    svg = _XMLNS.sub("", svg)  # inline SVG in HTML needs no namespace declarations (and names no URL)
    return _crop_top(svg)


_ARC_PATH = re.compile(r'class="displacy-arc"[^>]*\sd="([^"]+)"')
_SVG_SIZE = re.compile(r'<svg([^>]*?) width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"([^>]*?)'
                       r'style="max-width: none; height: (\d+(?:\.\d+)?)px;')


def _crop_top(svg: str) -> str:
    """Compact displaCy arcs use a third of the height it reserves for them: cut the empty band on top."""
    tops = [float(v) for d in _ARC_PATH.findall(svg) for v in re.findall(r",(-?\d+(?:\.\d+)?)", d)]
    m = _SVG_SIZE.search(svg)
    if not tops or not m:
        return svg
    width, height = float(m.group(2)), float(m.group(3))
    top = max(0.0, min(tops) - 24)
    if top < 1:
        return svg
    new_h = height - top
    head = (f'<svg{m.group(1)} width="{m.group(2)}" height="{new_h:.0f}" viewBox="0 {top:.0f} {width:.0f} '
            f'{new_h:.0f}"{m.group(4)}style="max-width: none; height: {new_h:.0f}px;')
    return svg[:m.start()] + head + svg[m.end():]


# -- the page --------------------------------------------------------------------------------
def _score_rows(scores: dict) -> str:
    out = []
    for name in ("relaxed", "strict", "entity"):
        s = scores[name]
        out.append(f'<tr><th>{name}</th><td class="num">{_fmt(s["precision"])}</td>'
                   f'<td class="num">{_fmt(s["recall"])}</td><td class="num"><b>{_fmt(s["f1"])}</b></td>'
                   f'<td class="num">{s["matched"]}</td><td class="num">{s["predicted"]}</td>'
                   f'<td class="num">{s["gold"]}</td></tr>')
    return "".join(out)


def _acc_cells(scores: dict) -> str:
    cells = []
    for name in ("attribution", "polarity", "tense"):
        a = scores[name]
        cells.append(f'{name} <b>{_fmt(a["accuracy"])}</b> <span class="small">({a["correct"]}/{a["pairs"]})</span>')
    cells.append(f'duplicates {scores["duplicates"]}')
    if scores.get("gold_duplicates"):
        cells.append(f'gold duplicates {scores["gold_duplicates"]}')
    return " · ".join(cells)


def _scores_block(title: str, scores: dict) -> str:
    return (f"<div class=\"scoreblock\"><h3>{_e(title)}</h3><table class=\"scores\"><thead><tr><th></th>"
            f"<th>precision</th><th>recall</th>"
            f"<th>F1</th><th>matched</th><th>predicted</th><th>gold</th></tr></thead><tbody>"
            f"{_score_rows(scores)}</tbody></table><p class=\"small\">{_acc_cells(scores)}</p></div>")


def _summary_html(ev: TriplesEvaluation, summary: dict, command: str | None) -> str:
    meta = summary.get("meta", {})
    parts = ["<header><h1>Triple evaluation</h1>",
             f'<p class="meta">gold <code>{_e(meta.get("gold"))}</code>'
             + (f' · split <code>{_e(meta.get("split"))}</code>' if meta.get("split") else "")
             + (f' · config <code>{_e(meta.get("config"))}</code>' if meta.get("config") else "")
             + f' · {summary["documents"]} documents'
             + (f' · pipeline {meta["seconds"]:.2f} s' if meta.get("seconds") else "")
             + (f'<br>command <code>{_e(command)}</code>' if command else "") + "</p></header>",
             '<section class="summary" id="scores"><h2>Scores</h2>',
             '<p class="small">Matching as in the annotation guidelines, section 6: relaxed = same id, same head '
             'or token F1 ≥ 0.6 for subject and object, token F1 ≥ 0.5 for the relation, pairs one to one; '
             'strict = all three slots equal after normalization; entity = gold triples with both ids against '
             'predictions with both ids; accuracies over relaxed pairs.</p>',
             '<div class="scoreblocks">', _scores_block("All documents (micro)", summary["micro"])]
    for name, s in summary.get("splits", {}).items():
        parts.append(_scores_block(f"Split: {name}", s))
    parts.append("</div>")
    parts.append('<h3>Per document</h3><table class="perdoc"><thead><tr><th>document</th><th>split</th>'
                 '<th>predicted</th><th>gold</th><th>matched</th><th>P</th><th>R</th><th>F1</th>'
                 '<th>strict F1</th><th>entity R</th></tr></thead><tbody>')
    for k, d in enumerate(summary["per_document"]):
        r = d["relaxed"]
        parts.append(f'<tr><td><a href="#doc-{k}">{_e(d["doc_id"])}</a></td><td>{_e(d.get("split", ""))}</td>'
                     f'<td class="num">{r["predicted"]}</td><td class="num">{r["gold"]}</td>'
                     f'<td class="num">{r["matched"]}</td><td class="num">{_fmt(r["precision"])}</td>'
                     f'<td class="num">{_fmt(r["recall"])}</td><td class="num"><b>{_fmt(r["f1"])}</b></td>'
                     f'<td class="num">{_fmt(d["strict"]["f1"])}</td>'
                     f'<td class="num">{_fmt(d["entity"]["recall"]) if d["entity"]["gold"] else "–"}</td></tr>')
    parts.append("</tbody></table>")
    parts.append('<div class="legend"><span class="badge matched">matched</span>'
                 '<span class="badge missed">missed (gold only)</span>'
                 '<span class="badge spurious">spurious (predicted only)</span>'
                 '<span class="badge duplicate">duplicate prediction (not scored)</span>'
                 '<span class="badge arg-s">subject span</span><span class="badge arg-o">object span</span></div>')
    parts.append("</section>")
    return "".join(parts)


def _document_html(k: int, doc: Document, gold: GoldDocument, result: DocumentResult, m: Matcher) -> str:
    loc = Locator(doc, m)
    rows = _rows(result, loc)
    s = result.scores()
    r = s["relaxed"]
    out = [f'<section class="document" id="doc-{k}"><h2>{_e(gold.doc_id)}'
           + (f' <span class="small">split {_e(gold.split)}</span>' if gold.split else "") + "</h2>",
           f'<div class="docscores">relaxed P {_fmt(r["precision"])} · R {_fmt(r["recall"])} · '
           f'F1 <b>{_fmt(r["f1"])}</b> ({r["matched"]} matched, {r["predicted"]} predicted, {r["gold"]} gold) · '
           f'strict F1 {_fmt(s["strict"]["f1"])} · entity R {_fmt(s["entity"]["recall"])} · '
           f'{_acc_cells(s)}</div>']
    for problem in doc.problems:
        out.append(f'<p class="note">{_e(problem)}</p>')
    out.append('<div class="layout">')
    out.append(f'<figure class="graph">{graph_svg(rows, m, f"g{k}")}'
               '<figcaption>entities (canonical id or span) and relations: '
               '<span style="color:var(--matched)">matched</span>, '
               '<span style="color:var(--missed)">missed</span>, '
               '<span style="color:var(--spurious)">spurious</span></figcaption></figure>')
    out.append('<div class="sentences">')
    by_sentence: dict[int, list[Row]] = {}
    for row in rows:
        by_sentence.setdefault(row.sentence, []).append(row)
    missed_sentences = []
    for i, sent in enumerate(doc.sentences):
        srows = by_sentence.get(i, [])
        spans: list[tuple[int, int, str]] = []
        for row in srows:
            for role, cls in (("subject", "arg-s"), ("object", "arg-o")):
                span = None
                if row.pred is not None:
                    span = loc.predicted_span(row.pred, role)
                if span is None and row.gold is not None:
                    span = loc.span(i, _get(row.gold, role))
                if span:
                    spans.append((span[0], span[1], cls))
        cls = "sentence has-triples" if srows else "sentence quiet"
        out.append(f'<div class="{cls}" id="doc-{k}-s{i}"><div class="stext" dir="rtl" lang="fa">'
                   f'<span class="snum">{i + 1}</span>{_highlight(doc, sent, spans)}</div>')
        if srows:
            out.append(_table(srows))
        out.append("</div>")
        if any(row.status == "missed" for row in srows):
            missed_sentences.append(i)
    if UNPLACED in by_sentence:
        out.append('<div class="sentence has-triples"><p class="note">Triples whose sentence was not found in '
                   'the processed text:</p>' + _table(by_sentence[UNPLACED]) + "</div>")
    if not doc.sentences:
        out.append('<p class="note">The pipeline produced no sentences for this document.</p>')
    out.append("</div></div>")
    if missed_sentences:
        out.append('<div class="deps"><h3>Dependency trees of sentences with a missed triple</h3>')
        for i in missed_sentences:
            svg = dependency_svg(doc.sentences[i], f"d{k}-{i}")
            if svg is None:
                out.append(f'<p class="note">Sentence {i + 1}: no parse (the pipeline has no parse stage or '
                           f'left this sentence unparsed).</p>')
            else:
                out.append(f'<div class="dep" dir="rtl"><div class="caption" dir="ltr">sentence {i + 1}</div>'
                           f'{svg}</div>')
        out.append("</div>")
    out.append("</section>")
    return "".join(out)


def render_report(ev: TriplesEvaluation, command: str | None = None, title: str = "faie triple evaluation") -> str:
    summary = ev.summary()
    body = [_summary_html(ev, summary, command)]
    for k, (doc, gold, result) in enumerate(zip(ev.documents, ev.gold, ev.results)):
        body.append(_document_html(k, doc, gold, result, ev.matcher))
    template = Template(TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(title=_e(title), body="\n".join(body))


def write_report(ev: TriplesEvaluation, path: str | Path, command: str | None = None) -> Path:
    path = Path(path)
    html = render_report(ev, command)
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write the report ({exc.strerror})") from None
    return path


def evaluation_from_documents(documents: Sequence[Document], gold: Sequence[GoldDocument],
                              matcher: Matcher | None = None, gold_path: str = "gold") -> TriplesEvaluation:
    """Build a report-ready evaluation from already processed documents (library use and tests)."""
    from ..evaluation.triples import score_documents

    m = matcher or Matcher()
    return TriplesEvaluation(gold_path, None, list(documents), list(gold), score_documents(documents, gold, m), m)


__all__ = ["render_report", "write_report", "graph_svg", "dependency_svg", "evaluation_from_documents"]
