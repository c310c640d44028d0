"""Seed article: every repair the normalize stage makes, and a check of the issue's artifacts.

    python bench/seed_repairs.py [SEED_FILE] [--json]

Prints each edit (rule, original text → normalized text) and checks that every artifact listed in
issue 2 that occurs in the seed comes out repaired. Writes eval/reports/seed_repairs.md.
Exit status 1 if a check fails.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.document import Document  # noqa: E402
from pipeline.stages.normalize import HazmRepairNormalizer, NormalizeOptions  # noqa: E402
from pipeline.text.chars import WORD, ZWNJ  # noqa: E402

SEED = ROOT / "seeds" / "000_ecb1b55f55531647.txt"

# Issue 2, item 4 (and the brief's targets): broken spelling → repaired spelling.
WORD_ARTIFACTS = [
    ("تلآویو", "تل‌آویو"), ("گفتوگو", "گفت‌وگو"), ("بینالمللی", "بین‌المللی"),
    ("همکاریهای", "همکاری‌های"), ("نداشتهاند", "نداشته‌اند"), ("کوتاهشان", "کوتاه‌شان"),
    ("درگیریها", "درگیری‌ها"), ("منطقهای", "منطقه‌ای"), ("فعالیتهای", "فعالیت‌های"), ("تنشهایی", "تنش‌هایی"),
    ("حزباالله", "حزب‌الله"), ("اظهارکرد", "اظهار کرد"),
    ("مي شود", "می‌شود"), ("می شود", "می‌شود"), ("می کند", "می‌کند"), ("کتاب ها", "کتاب‌ها"),
    ("بین المللی", "بین‌المللی"),
]
GLUED_AT_BOUNDARY = [("پوتینبرچسب", "پوتین")]  # words glued at a line or tag boundary: (glued, first word)


def show(s: str) -> str:
    return s.replace("\n", "⏎").replace(ZWNJ, "‹zwnj›") if s.strip(" ") else repr(s)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", nargs="?", type=Path, default=SEED)
    ap.add_argument("--report", type=Path, default=ROOT / "eval" / "reports" / "seed_repairs.md")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    text = args.seed.read_text(encoding="utf-8")
    stage = HazmRepairNormalizer(NormalizeOptions())
    doc = stage(Document(doc_id=args.seed.stem, text=text))
    out = doc.normalized
    tracked = doc.tracked

    lines = [f"# Seed repairs: {args.seed.name}", "", "Command: `python bench/seed_repairs.py`", "",
             "## Every edit (original offsets; original text → normalized text)", ""]
    print(f"{len(doc.edits)} edits")
    for e in doc.edits:
        original = text[e.start:e.end]
        context = ""
        if e.rule == "line:join":
            context = f"   [{show(text[max(0, e.start - 12):e.start])}|{show(text[e.end:e.end + 12])}]"
        item = f"{e.rule:20} {e.start:5}-{e.end:<5} {show(original)} → {show(e.after)}{context}"
        print("  " + item)
        lines.append(f"    {item}")

    checks: list[tuple[str, bool, str]] = []
    for broken, fixed in WORD_ARTIFACTS:
        if broken in text:
            ok = broken not in out and fixed in out
            checks.append((f"{broken} → {fixed}", ok, f"{text.count(broken)}× in seed"))
    for glued, first in GLUED_AT_BOUNDARY:
        pos = text.find(glued)
        if pos < 0:
            continue
        cut = pos + len(first)
        # Repaired when no normalized word spans the boundary and the glued form is gone.
        spans = [tracked.original_span(*m.span()) for m in WORD.finditer(out)]
        crossing = [s for s in spans if s[0] < cut < s[1]]
        how = [e.rule for e in doc.edits if e.start <= pos and cut < e.end]
        checks.append((f"{glued} split at {first}| (or removed with the furniture it is glued to)",
                       glued not in out and not crossing, f"by {', '.join(sorted(set(how))) or 'a split'}"))
    arabic = [c for c in "يكى" if c in out]
    checks.append(("Arabic yeh/kaf → Persian", not arabic, f"{sum(text.count(c) for c in 'يكى')} in seed, "
                                                           f"{len(arabic)} kinds left"))
    # Lines: every break left must end a sentence; the blank line inside a sentence is joined.
    bad_breaks = []
    pos = out.find("\n")
    while pos >= 0:
        line = out[out.rfind("\n", 0, pos) + 1:pos]
        if line and not stage.lines._ends_sentence(line):
            bad_breaks.append(line[-30:])
        pos = out.find("\n", pos + 1)
    checks.append(("line breaks only at sentence ends", not bad_breaks, f"{len(bad_breaks)} mid-sentence"))
    if "درگیری با\n\nنیروهای" in text:
        checks.append(("blank line mid-sentence joined (درگیری با ⏎⏎ نیروهای)", "درگیری با نیروهای" in out, ""))
    furniture = [e for e in doc.edits if e.rule.startswith("furniture:")]
    left = [s for s in ("برچسب", "[1]", "[2]", "[3]", "[4]") if s in out]
    if any(s in text for s in ("برچسب", "[1]")):
        checks.append(("page furniture removed with recorded edits", not left and all(e.after == "" for e in furniture)
                       and bool(furniture), f"{len(furniture)} edits; left in text: {left}"))

    lines += ["", "## Checks", ""]
    print("\nchecks:")
    for name, ok, note in checks:
        item = f"{'PASS' if ok else 'FAIL'}  {name}  ({note})" if note else f"{'PASS' if ok else 'FAIL'}  {name}"
        print("  " + item)
        lines.append(f"- {item}")
    passed = sum(ok for _, ok, _ in checks)
    print(f"\n{passed}/{len(checks)} checks pass")
    lines += ["", f"{passed}/{len(checks)} checks pass", "", "## Normalized text", "", "```", out, "```"]
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps({"checks": len(checks), "passed": passed, "edits": len(doc.edits)}))
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
