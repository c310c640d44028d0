"""The HTML evaluation report (structure, escaping, no external URLs), its screenshot in headless
Chromium (skipped without a chromium binary), and the CSV of triples."""
import csv
import io
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pytest

from pipeline.document import Document, Triple
from pipeline.evaluation.triples import Matcher, load_gold
from pipeline.report.csv_triples import COLUMNS, triples_csv, write_triples_csv
from pipeline.report.html import dependency_svg, evaluation_from_documents, graph_svg, render_report, write_report

from .conftest import ROOT

GOLD = ROOT / "tests" / "fixtures" / "triples_gold.jsonl"

# A hand-made dependency parse of «پوتین نیز در مقابل بررسی مسائل مربوط به امنیت منطقه را بسیار مهم دانست.»
# (head, deprel, upos per word), so the report has a sentence with a missed triple and a tree to draw.
HAND_PARSE = [(14, "nsubj", "PROPN"), (14, "advmod", "ADV"), (4, "case", "ADP"), (14, "obl", "NOUN"),
              (14, "obj", "NOUN"), (5, "nmod", "NOUN"), (6, "amod", "ADJ"), (9, "case", "ADP"),
              (7, "obl", "NOUN"), (9, "nmod", "NOUN"), (5, "case", "ADP"), (13, "advmod", "ADV"),
              (14, "xcomp", "ADJ"), (0, "root", "VERB"), (14, "punct", "PUNCT")]


def _span(doc, text, start=0):
    i = doc.text.index(text, start)
    return (i, i + len(text))


def demo_evaluation(pipeline):
    """The fixture gold with hand-made predictions: matched, missed, spurious and duplicate rows."""
    gold = load_gold(GOLD)
    docs = [pipeline(Document(g.doc_id, g.text)) for g in gold]
    kremlin, group = docs
    kremlin.triples = [
        Triple("پوتین", "گفت‌وگو کرد با", "نتانیاهو", 0, "Vladimir Putin", "Benjamin Netanyahu", "کرملین",
               "positive", "past", _span(kremlin, "پوتین"), _span(kremlin, "نتانیاهو"), "PER", "PER", 0.91,
               "Putin – talked with – Netanyahu"),
        Triple("پوتین", "گفت‌وگو کرد درباره", "همکاری‌های دو جانبه", 0, "Vladimir Putin", None, None,
               "positive", "past", _span(kremlin, "پوتین"), _span(kremlin, "همکاریهای دو جانبه"), "PER", None, 0.64),
        Triple("پوتین", "گفت‌وگو کرد در", "این دیدار", 0, "Vladimir Putin", None, "کرملین", "positive", "past",
               _span(kremlin, "پوتین"), _span(kremlin, "این دیدار"), "PER", None, 0.31),
    ]
    for word, (head, deprel, upos) in zip(kremlin.sentences[1].words, HAND_PARSE):
        word.head, word.deprel, word.upos = head, deprel, upos
    group.triples = [
        Triple("روسیه", "تشکیل خواهند داد", "کار گروه مشترک", 0, "Russia", None, "منبع عالی‌رتبه در تل‌آویو",
               "positive", "future", _span(group, "روسیه"), _span(group, "کار گروه مشترک"), "GPE", None, 0.8,
               "Russia – will form – working group"),
        Triple("روسیه", "تشکیل خواهند داد با", "رژیم صهیونیستی", 0, "Russia", "Israel",
               "منبع عالی‌رتبه در تل‌آویو", "positive", "future", _span(group, "روسیه"),
               _span(group, "رژیم صهیونیستی"), "GPE", "GPE", 0.77, "Russia – will form with – Israel"),
        Triple("روسيه", "تشكيل خواهند داد", "کار گروه مشترک", 0, "Russia"),   # duplicate (Arabic yeh/kaf)
        Triple("یک منبع عالی‌رتبه در تل‌آویو", "اعلام کرد", "روسیه", 0, None, "Russia", None, "positive",
               "past", _span(group, "یک منبع عالی رتبه در تلآویو"), _span(group, "روسیه"), None, "GPE", 0.2),
    ]
    return evaluation_from_documents(docs, gold, Matcher(), gold_path="tests/fixtures/triples_gold.jsonl")


@pytest.fixture(scope="module")
def evaluation(text_pipeline):
    return demo_evaluation(text_pipeline)


@pytest.fixture(scope="module")
def page(evaluation):
    return render_report(evaluation, command="faie eval triples --gold tests/fixtures/triples_gold.jsonl")


class Collector(HTMLParser):
    """Start tags with attributes, the text under each section id, and every URL-bearing attribute."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)

    def classes(self, tag=None):
        return [c for t, a in self.tags if tag in (None, t) for c in (a.get("class") or "").split()]


def parse(html):
    c = Collector()
    c.feed(html)
    c.close()
    return c


def test_report_has_scores_documents_and_aligned_rows(evaluation, page):
    c = parse(page)
    ids = {a.get("id") for _, a in c.tags}
    assert {"scores", "doc-0", "doc-1"} <= ids
    sections = [a for t, a in c.tags if t == "section"]
    assert [a["class"] for a in sections] == ["summary", "document", "document"]
    rows = [a["class"] for t, a in c.tags if t == "tr" and a.get("class") in ("matched", "missed", "spurious",
                                                                                  "duplicate")]
    assert rows.count("matched") == 4 and rows.count("missed") == 2
    assert rows.count("spurious") == 2 and rows.count("duplicate") == 1
    s = evaluation.summary()["micro"]
    assert s["relaxed"]["matched"] == 4 and s["relaxed"]["predicted"] == 6 and s["relaxed"]["gold"] == 6
    text = "".join(c.text)
    assert "relaxed" in text and "strict" in text and "entity" in text and "Split: test" in text
    assert f'{s["relaxed"]["f1"]:.3f}' in text
    # Persian text is right-to-left and highlighted argument spans are marked subject / object
    assert any(t == "div" and a.get("dir") == "rtl" and a.get("lang") == "fa" for t, a in c.tags)
    assert "arg-s" in c.classes("mark") and "arg-o" in c.classes("mark")
    assert "گفت‌وگو کرد با" in text


def test_report_graph_and_dependency_tree(page):
    c = parse(page)
    svgs = [a for t, a in c.tags if t == "svg"]
    graphs = [a for a in svgs if a.get("class") == "graph"]
    assert len(graphs) == 2
    edges = [a["class"] for t, a in c.tags if t == "g" and a.get("class", "").startswith("edge")]
    assert {"edge matched", "edge missed", "edge spurious"} <= set(edges)
    assert any(t == "circle" for t, _ in c.tags) and any(t == "path" for t, _ in c.tags)
    # the sentence with a missed triple and a parse gets displaCy's tree; the unparsed one a note
    assert any(a.get("class") == "displacy" for a in svgs)
    assert "displacy-arc" in c.classes("path")
    assert "no parse" in "".join(c.text)
    assert "nsubj" in "".join(c.text) and "دانست" in "".join(c.text)


def test_report_is_self_contained(page):
    c = parse(page)
    for tag, attrs in c.tags:
        assert tag not in ("script", "link", "iframe", "img", "object", "embed"), tag
        for name, value in attrs.items():
            if name in ("href", "src", "xlink:href", "action", "srcset", "data"):
                assert value is None or value.startswith("#"), (tag, name, value)
            if name.startswith("xmlns"):
                pytest.fail(f"namespace URL left in {tag}")
            if value and "url(" in value:
                assert "url(#" in value, (tag, name, value)
    css = "".join(c.styles)
    assert "@import" not in css and "url(" not in css


def test_text_is_escaped(text_pipeline):
    gold = load_gold(GOLD)[:1]
    doc = text_pipeline(Document(gold[0].doc_id, gold[0].text))
    doc.triples = [Triple("<script>alert(1)</script>", "گفت‌وگو کرد با", "نتانیاهو & «دیگران»", 0)]
    html = render_report(evaluation_from_documents([doc], gold))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "نتانیاهو &amp; «دیگران»" in html


def test_graph_without_triples_and_parse_free_sentence(text_pipeline):
    assert "No triples" in graph_svg([], Matcher(), "g")
    doc = text_pipeline(Document("d", "نتانیاهو به مسکو سفر کرد."))
    assert dependency_svg(doc.sentences[0], "x") is None


def test_write_report(tmp_path, evaluation):
    out = write_report(evaluation, tmp_path / "sub" / "report.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.skipif(_chromium() is None, reason="no chromium binary")
def test_report_renders_in_headless_chromium(tmp_path, evaluation):
    html = write_report(evaluation, tmp_path / "report.html")
    png = tmp_path / "report.png"
    res = subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                          f"--screenshot={png}", "--window-size=1200,1600", html.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert png.exists(), res.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1600)
    assert len(data) > 20_000  # a rendered page, not a blank one


# -- CSV of triples -------------------------------------------------------------------------------
def test_triples_csv(evaluation, tmp_path):
    text = triples_csv(evaluation.documents)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == 7
    first = rows[0]
    assert (first["doc_id"], first["subject"], first["relation"], first["object"]) == \
        ("triples-kremlin", "پوتین", "گفت‌وگو کرد با", "نتانیاهو")
    assert first["subject_id"] == "Vladimir Putin" and first["gloss"] == "Putin – talked with – Netanyahu"
    doc = evaluation.documents[0]
    assert doc.text[int(first["object_start"]):int(first["object_end"])] == "نتانیاهو"
    assert first["sentence"] == "0" and first["sentence_text"].endswith("گفت‌وگو کرد.")
    assert rows[5]["confidence"] == "" and rows[5]["subject_start"] == ""   # unset fields stay empty
    # to a path, and from JSON dicts (faie run output lines)
    n = write_triples_csv([d.to_dict() for d in evaluation.documents], tmp_path / "t.csv")
    assert n == 7 and (tmp_path / "t.csv").read_text(encoding="utf-8") == text
    buf = io.StringIO()
    assert write_triples_csv(evaluation.documents[1:], buf, header=False) == 4
    assert not buf.getvalue().startswith("doc_id")


def test_large_graph_uses_radial_labels_and_tooltips():
    from pipeline.report.html import Row

    rows = [Row("missed", 0, {"subject": f"کشور {i}", "relation": "دیدار کرد با", "object": f"وزیر {i}"})
            for i in range(10)]
    small = parse(graph_svg(rows[:3], Matcher(), "s"))
    assert not any("transform" in a for t, a in small.tags if t == "text")
    assert "دیدار کرد با" in "".join(small.text)
    big = parse(graph_svg(rows, Matcher(), "b"))
    assert [a["class"] for t, a in big.tags if t == "svg"] == ["graph large"]
    assert sum(1 for t, _ in big.tags if t == "circle") == 20
    assert all("rotate(" in a["transform"] for t, a in big.tags if t == "text" and "transform" in a)
    assert sum(1 for t, a in big.tags if t == "text" and "transform" in a) == 20
    # 10 edges: still labelled; the relation is also in each edge's tooltip
    assert sum(1 for t, a in big.tags if t == "text" and "transform" not in a) == 10
    many = rows + [Row("spurious", 0, pred={"subject": f"کشور {i}", "relation": "سفر کرد به", "object": "مسکو"})
                   for i in range(10)]
    huge = parse(graph_svg(many, Matcher(), "h"))
    assert sum(1 for t, a in huge.tags if t == "text" and "transform" not in a) == 0
    assert "سفر کرد به" in "".join(huge.text)  # in <title>
