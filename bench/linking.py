"""Linking benchmark: the gazetteer linker on gold entity mentions.

    python bench/linking.py [--gold eval/gold/linking-dev.jsonl] [--triples eval/gold/seed.jsonl ...] [--json]

* **Dev set** (``eval/gold/linking-dev.jsonl``): FarsNews world/politics articles (files 1-4), every entity
  mention annotated by hand with its character span, type and the right id (English Wikipedia title) or
  null. Each article runs through normalize + segment (configs/default.yaml); the gold mentions become the
  document's entities (span, type, the normalized words they cover), as an NER stage would hand them over,
  and the link stage (backend ``gazetteer``) sets the ids. Accuracy = mentions whose id equals the gold id
  (null = null counts as right). Target: ≥ 90%.
* **Triple gold** (``eval/gold/seed.jsonl``, and the relation task's ``dev-tune.jsonl`` / ``dev-test.jsonl``
  when present): every subject or object with an id should resolve to it. Each such string becomes an
  entity wherever it occurs as whole words in the document (so partial names see their full mentions),
  typed with the gold entity's gazetteer type; the entity in the triple's sentence (or the previous one,
  for a resolved pronoun) is checked. Role descriptions wrapping another argument's name are counted apart.

Writes eval/reports/linking.md (and .json with --json).
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.core import Pipeline  # noqa: E402
from pipeline.document import Document, Entity  # noqa: E402
from pipeline.gazetteer import Gazetteer, alias_key  # noqa: E402
from pipeline.stages.link import GazetteerLinker, LinkOptions  # noqa: E402

TARGET = 90.0
# Earlier runs of this command, at earlier states of the linker and gazetteer (measured, not re-runnable):
HISTORY = [
    "First run (linker as first written, gazetteer 1,970 entries), dev part only: **82.5%** of 332 "
    "(273 ids set, 1 wrong). Blind for the dev part.",
    "Linker changes made from the dev errors (the NER type picks among homonyms first; a surname before the "
    "full name takes the later full mention's id; transliteration variants): dev part 87.3%.",
    "Gazetteer additions of the kinds the dev errors showed missing (36 entries: Russian and Israeli officials, "
    "Sky News and other media, the OSCE Minsk Group, Russia's Security and Federation Councils, ...; aliases "
    "for Nagorno-Karabakh and the OSCE): dev part 95.8%.",
    "Held-out part 1 annotated after that and scored once: **81.4%** of 226 (186 ids set, 5 wrong). This is the "
    "blind number.",
    "One data fix from the held-out errors (`مجلس عوام انگلیس` was an alias of the UK Parliament; now its own "
    "House of Commons entry, with the House of Lords): held-out part 1 81.9%.",
    "Second round of gazetteer additions (474 entries: Syrian, Iraqi, Yemeni, Afghan governorates and towns, "
    "legislatures and armed forces, regional news agencies and media, officials of 2001-2012; it includes some "
    "names seen in held-out part 1's errors): dev part 96.1%, held-out part 1 88.9% (no longer blind).",
    "Held-out part 2 annotated after that round and scored once: **86.7%** of 181 (159 ids set, 2 wrong). "
    "This is the current blind number.",
    "After it, one bug fix found through the triple files below (quotes NER leaves at a span's edge blocked the "
    "spelling-variant match): held-out part 1 89.4%; dev part and held-out part 2 unchanged.",
    "Third round, made without looking at held-out part 2's mentions, errors or articles. Linker rules: the "
    "Arabic article ال written or left out; titles written in several words; organisation descriptors "
    "(شبکه خبری, روزنامه آمریکایی) and place heads (شهر, ایالت, a place noun just before the span: استان «عدن»); "
    "a government is its state (دولت آمریکا); an institution named with another of its state's names; an "
    "organisation's short form after its full name; the latest linked full name wins over a garbled one; "
    "metonymy cues (خط آهن مسکو, منطقه‌ای مانند تل‌آویو) and Brussels acting → the EU; a medium's name with its "
    "state after it (خبرگزاری تاس روسیه); no id for a span that starts with «و» (و نیز is not Venice); spelling "
    "variants only for people and organisations, with the last letter equal (کامرونی is not Cameron). Gazetteer: "
    "370 new entries and about 100 aliases (the dev part's and held-out part 1's missing names, and the names the NER + link "
    "pipeline left unlinked most often in FarsNews world/politics articles outside this gold). Dev part 96.1% → "
    "99.4%, held-out part 1 89.4% → 99.6% (neither blind).",
    "Held-out part 2 scored once after the third round: **89.0%** of 181, blind for the third round's changes.",
    "Held-out part 3 (9 more articles, 189 mentions) annotated by a second annotator who never ran the linker. "
    "Before it was scored, a fourth round made without looking at its articles: linker rules (a conjunction NER "
    "glued to the start of a span, «ولی احمدی‌نژاد», is dropped; an earlier linked mention of the same words "
    "wins over a garbled longer unlinked one), and 218 gazetteer entries chosen by category and by counting "
    "the names the NER + link pipeline left unlinked in FarsNews world/politics articles outside all linking "
    "gold and outside part 3's candidate articles (Iranian county seats, the remaining US states, seas, rivers "
    "and mountains, shrines, football clubs; `Baltic Sea` among them is also one of held-out part 2's errors). "
    "Held-out part 2 89.0% → 89.5% (no longer blind); dev part and held-out part 1 unchanged.",
    "Held-out part 3 scored once after the fourth round: **89.4%** of 189 (160 ids set, 3 wrong). This is the "
    "current blind number. Scored with the third round's linker and gazetteer it is also 89.4%: the fourth "
    "round bought nothing on it. Its misses are names the gazetteer lacks (figures of 1979, Iranian parties "
    "by their short names: `کارگزاران`, `اعتماد ملی`), a numbered parliament (`مجلس هفتم`), a variant of a "
    "listed alias (`رژیم جعلی صهیونیستی`) and Tehran read as the province in an election story.",
    "Fifth round, from held-out part 3's misses and their kinds, and held-out part 2's misses (neither part "
    "blind any more): numbered parliaments (`مجلس هفتم`), Iranian parties and fronts by their short names, more "
    "names for Israel, figures of the 1979 revolution and the Pahlavi era, Turkish media, Red Crescent "
    "societies, Iraqi coalitions, Afghan and Iraqi figures (44 entries, aliases for 7 more). Held-out part 2 "
    "89.5% → 96.1%, held-out part 3 89.4% → 96.3% (neither blind); dev part and held-out part 1 unchanged.",
    "Held-out part 4 (9 more articles, 165 mentions, annotated by a second annotator during the fifth round, "
    "from the remaining candidate articles that no round had looked at) scored once after it: **92.1%** of 165 "
    "(139 ids set, 1 wrong). This is the current blind number. With the fourth round's linker and gazetteer it "
    "is also 92.1%: on unseen articles the last two rounds bought nothing, and the blind numbers (86.7%, 89.0%, "
    "89.4%, 92.1%) move with the articles more than with the rounds. Its misses: names the gazetteer lacks (a "
    "governor, a Bahraini MP, `اطلاعات` the newspaper), a surname alone (`مبارک`), a short form "
    "(`شورای امنیت ملی`), Tehran acting as the state where the annotator read the city, and `بورونئی` (Brunei).",
    "Session 17: a bare `بوش` is George W. Bush (the father is `بوش پدر`; a document naming him in full first "
    "still links its later `بوش` to him). No part's score moved (the gold's `بوش` mentions follow a full name); "
    "on the triples' dev tune parts 4 entity triples gained their subject's id (`python bench/relations.py`).",
]


def words_in(doc: Document, start: int, end: int):
    return [w for w in doc.words if w.start >= start and w.end <= end]


def sentence_of(doc: Document, start: int) -> int:
    for i, s in enumerate(doc.sentences):
        if s.start <= start < s.end:
            return i
    return max(0, len(doc.sentences) - 1)


def entity_for(doc: Document, start: int, end: int, label: str) -> Entity:
    ws = words_in(doc, start, end)
    text = " ".join(w.text for w in ws) if ws else doc.text[start:end]
    return Entity(sentence_of(doc, start), start, end, text, label)


def metrics(rows: list[dict]) -> dict:
    with_id = [r for r in rows if r["gold"] is not None]
    null = [r for r in rows if r["gold"] is None]
    predicted = [r for r in rows if r["pred"] is not None]
    gaz = Gazetteer.load()
    capitals = [r for r in rows if (e := gaz.lookup(r["text"])) is not None and e.stands_for]
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        by_type[r["type"]][1] += 1
        by_type[r["type"]][0] += r["pred"] == r["gold"]

    def pct(part: list[dict], ok) -> float:
        return 100 * sum(1 for r in part if ok(r)) / max(1, len(part))

    right = lambda r: r["pred"] == r["gold"]  # noqa: E731
    return {
        "docs": len({r["doc"] for r in rows}), "mentions": len(rows), "accuracy": pct(rows, right),
        "gold_with_id": len(with_id), "accuracy_gold_id": pct(with_id, right),
        "gold_null": len(null), "accuracy_gold_null": pct(null, lambda r: r["pred"] is None),
        "predicted_ids": len(predicted), "precision_predicted_ids": pct(predicted, right),
        "wrong_ids": sum(1 for r in predicted if not right(r)),
        "capital_mentions": len(capitals), "capital_accuracy": pct(capitals, right),
        "by_type": {t: {"right": a, "total": b, "accuracy": 100 * a / b} for t, (a, b) in sorted(by_type.items())},
    }


def run_dev(pipe: Pipeline, linker: GazetteerLinker, path: Path) -> dict:
    rows = []
    t0 = time.perf_counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        doc = pipe(gold["text"], doc_id=gold["doc_id"])
        doc.entities = [entity_for(doc, m["start"], m["end"], m["type"]) for m in gold["mentions"]]
        linker(doc)
        for m, e in zip(gold["mentions"], doc.entities):
            rows.append({"doc": gold["doc_id"], "split": gold.get("split", "dev"), "text": m["text"],
                         "type": m["type"], "gold": m["id"], "pred": e.id, "confidence": e.confidence,
                         "label_after": e.label})
    elapsed = time.perf_counter() - t0
    splits = {name: metrics([r for r in rows if r["split"] == name]) for name in sorted({r["split"] for r in rows})}
    splits["all"] = metrics(rows)
    return {"splits": splits, "errors": [r for r in rows if r["pred"] != r["gold"]], "seconds": elapsed}


def _words_key(text: str) -> str:
    return " ".join(alias_key(w) for w in text.split())


def run_seed(pipe: Pipeline, linker: GazetteerLinker, path: Path) -> dict:
    gaz = linker.gazetteer
    checks = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        doc = pipe(gold["text"], doc_id=gold["doc_id"])
        sides = []  # (sentence text, string, id)
        for t in gold["triples"]:
            for slot in ("subject", "object"):
                if t.get(f"{slot}_id"):
                    sides.append((t["sentence"], t[slot], t[f"{slot}_id"]))
        names = {(s, i) for _, s, i in sides}
        # a role phrase around another argument's name (نخست‌وزیر رژیم صهیونیستی → Netanyahu, with
        # رژیم صهیونیستی → Israel) is a description, not a name: no entity, reported on its own
        descriptive = {(s, i) for s, i in names
                       if any(o != s and oi != i and f" {_words_key(o)} " in f" {_words_key(s)} " for o, oi in names)}
        names -= descriptive
        # every whole-word occurrence of each id-bearing string becomes an entity (longest first, no overlap)
        spans: list[tuple[int, int, str, str]] = []
        for sent in doc.sentences:
            ws = sent.words
            keys = [alias_key(w.text) for w in ws]
            for string, ident in sorted(names, key=lambda x: -len(x[0])):
                target = alias_key(string)
                for i in range(len(ws)):
                    if not keys[i]:
                        continue  # never start a span on punctuation
                    acc = ""
                    for j in range(i, len(ws)):
                        acc += keys[j]
                        if len(acc) >= len(target):
                            break
                    if acc == target and not any(ws[i].start < e and s < ws[j].end for s, e, _, _ in spans):
                        entry = gaz.get(ident)
                        spans.append((ws[i].start, ws[j].end, string, entry.type if entry else "PER"))
        spans.sort()
        doc.entities = [entity_for(doc, s, e, label) for s, e, _, label in spans]
        linker(doc)
        for sentence, string, ident in sides:
            if (string, ident) in descriptive:
                checks.append({"doc": gold["doc_id"], "text": string, "gold": ident, "pred": None,
                               "found": False, "descriptive": True})
                continue
            target_sent = alias_key(sentence)
            found = None
            sent_index = next((k for k, st in enumerate(doc.sentences) if alias_key(st.text) == target_sent), None)
            # the argument's own sentence, else the previous one (a resolved pronoun copies its antecedent there)
            for k in ([sent_index, sent_index - 1] if sent_index is not None else []):
                found = next((e for e in doc.entities if e.sentence == k and alias_key(e.text) == alias_key(string)),
                             None)
                if found is not None:
                    break
            checks.append({"doc": gold["doc_id"], "text": string, "gold": ident,
                           "pred": found.id if found else None, "found": found is not None, "descriptive": False})
    names_only = [c for c in checks if not c["descriptive"]]
    return {"sides": len(checks), "resolved": sum(c["pred"] == c["gold"] for c in checks),
            "name_sides": len(names_only), "names_resolved": sum(c["pred"] == c["gold"] for c in names_only),
            "failures": [c for c in checks if c["pred"] != c["gold"]]}


def report(dev: dict | None, seed: dict | None, args) -> str:
    out = ["# Entity linking (gazetteer backend)", "",
           f"Command: `python bench/linking.py{' --json' if args.json else ''}` "
           f"(Python {platform.python_version()}, {platform.machine()})", ""]
    gaz = Gazetteer.load()
    counts = gaz.counts()
    out += [f"Gazetteer: {len(gaz)} entries ({', '.join(f'{k} {v}' for k, v in counts.items())}); "
            "see pipeline/resources/gazetteer/README.md.", ""]
    if dev:
        sp = dev["splits"]
        names = [n for n in ("dev", "heldout", "heldout2", "heldout3", "heldout4", "all") if n in sp]
        head = {"dev": "dev part", "heldout": "held-out part 1", "heldout2": "held-out part 2",
                "heldout3": "held-out part 3", "heldout4": "held-out part 4", "all": "all"}
        out += ["## FarsNews world/politics, hand-annotated mentions", "",
                f"`{args.gold}`: {sp['all']['docs']} articles, {sp['all']['mentions']} gold mentions. Gold spans "
                "and types are given to the linker (normalize + segment run on the text; no NER model involved).",
                "The **dev part** was looked at while the linker and gazetteer were improved, so its number is not "
                "blind. Each **held-out part** was annotated after a round of changes and scored once; that first "
                "score is blind (history below). The next round of changes may have used what its errors showed, "
                "so only the newest part's number (**held-out part 4**) is blind now.", "",
                "| measure | " + " | ".join(head[n] for n in names) + " |", "|---" * (len(names) + 1) + "|"]

        def row(label: str, fn) -> str:
            return f"| {label} | " + " | ".join(fn(sp[n]) for n in names) + " |"

        out += [row("articles / mentions", lambda m: f"{m['docs']} / {m['mentions']}"),
                row("**linking accuracy**", lambda m: f"**{m['accuracy']:.1f}%**"),
                row("accuracy, mentions with a gold id", lambda m: f"{m['accuracy_gold_id']:.1f}% of {m['gold_with_id']}"),
                row("accuracy, gold-null mentions (stays null)",
                    lambda m: f"{m['accuracy_gold_null']:.1f}% of {m['gold_null']}" if m["gold_null"] else "–"),
                row("precision of the ids it sets", lambda m: f"{m['precision_predicted_ids']:.1f}% "
                    f"({m['wrong_ids']} wrong of {m['predicted_ids']})"),
                row("capital names (metonymy cases)", lambda m: f"{m['capital_accuracy']:.1f}% of {m['capital_mentions']}")]
        for t in sp["all"]["by_type"]:
            out.append(row(f"accuracy {t}", lambda m, t=t: (f"{m['by_type'][t]['right']}/{m['by_type'][t]['total']}"
                                                             if t in m["by_type"] else "–")))
        out.append("")
        for n in names:
            verdict = "meets" if sp[n]["accuracy"] >= TARGET else "misses"
            what = "the whole dev set" if n == "all" else f"the {head[n]}"
            out.append(f"- Target ≥ {TARGET:.0f}%: {what} {verdict} it ({sp[n]['accuracy']:.1f}%).")
        out += ["", "How these numbers came about, in order:", ""] + [f"{i}. {h}" for i, h in enumerate(HISTORY, 1)]
        out += ["", f"Time for all articles (normalize + segment + link): {dev['seconds']:.1f} s.", "",
                "Errors (gold → predicted):", ""]
        for r in dev["errors"]:
            out.append(f"- [{r['split']}] {r['doc']}: `{r['text']}` ({r['type']}) gold {r['gold']!r} → {r['pred']!r}")
        out.append("")
    if seed:
        out += ["## Ids of the arguments of the gold triples", "",
                "Every subject or object with an id in the triple gold files (the seed's, and the relation task's "
                "FarsNews dev files, annotated by someone else) becomes an entity wherever its string occurs as whole "
                "words, typed with the gold entity's gazetteer type; the entity in the triple's sentence (or the one "
                "before, for a resolved pronoun) is checked. *Role descriptions* are arguments that wrap another "
                "argument's name (`نخست‌وزیر رژیم صهیونیستی` → Netanyahu around `رژیم صهیونیستی` → Israel): they "
                "name nobody, so the gazetteer cannot link them; other descriptions (`دولت این کشور` → Spain, "
                "`وزیر خارجه ایران` → Zarif) are not detected and count as failures.", "",
                "| file | id-bearing arguments | resolved | role descriptions | resolved, role descriptions left out |", "|---|---|---|---|---|"]
        for name, r in seed.items():
            out.append(f"| `{name}` | {r['sides']} | {r['resolved']} ({100 * r['resolved'] / max(1, r['sides']):.1f}%) | "
                       f"{r['sides'] - r['name_sides']} | {r['names_resolved']} of {r['name_sides']} "
                       f"({100 * r['names_resolved'] / max(1, r['name_sides']):.1f}%) |")
        first = next(iter(seed))
        if seed[first]["failures"]:
            out += ["", f"Not resolved in `{first}`:", ""]
            for c in seed[first]["failures"]:
                why = " (a role description around another argument's name, not a name: out of the " \
                      "gazetteer linker's reach)" if c["descriptive"] else \
                      ("" if c["found"] else " (string not found as whole words in its sentence)")
                out.append(f"- `{c['text']}`: gold {c['gold']!r} → {c['pred']!r}{why}")
        out += ["", "The other files' failures are listed in `eval/reports/linking.json` (with `--json`).", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="eval/gold/linking-dev.jsonl")
    ap.add_argument("--triples", nargs="*", default=["eval/gold/seed.jsonl", "eval/gold/dev-tune.jsonl",
                                                      "eval/gold/dev-test.jsonl"],
                    help="triple gold files whose argument ids are checked (missing files are skipped)")
    ap.add_argument("--config", default="configs/default.yaml")
    ap.add_argument("--report", default="eval/reports/linking.md")
    ap.add_argument("--json", action="store_true", help="also write the numbers as JSON beside the report")
    args = ap.parse_args(argv)
    pipe = Pipeline.from_config(ROOT / args.config)
    linker = GazetteerLinker(LinkOptions())
    dev = run_dev(pipe, linker, ROOT / args.gold) if (ROOT / args.gold).exists() else None
    seed = {f: run_seed(pipe, linker, ROOT / f) for f in args.triples if (ROOT / f).exists()}
    text = report(dev, seed, args)
    (ROOT / args.report).write_text(text + "\n", encoding="utf-8")
    if args.json:
        (ROOT / args.report).with_suffix(".json").write_text(
            json.dumps({"dev": dev, "seed": seed}, ensure_ascii=False, indent=1), encoding="utf-8")
    if dev:
        for name, m in dev["splits"].items():
            print(f"{name}: {m['mentions']} mentions, accuracy {m['accuracy']:.1f}% "
                  f"(ids set: {m['predicted_ids']}, precision {m['precision_predicted_ids']:.1f}%)")
    for name, r in seed.items():
        print(f"{name}: {r['resolved']}/{r['sides']} id-bearing triple arguments resolved "
              f"(names: {r['names_resolved']}/{r['name_sides']})")
    print(f"wrote {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
