"""Normalize stage: original text → ``doc.normalized`` with an offset map (``doc.tracked``).

Backend ``hazm_repair``: hazm's character tables (as data, so offsets survive), then the repair layer
for what hazm leaves broken. Every rewrite goes through ``TrackedText``, so each character of the
normalized text maps back to the original; repairs are recorded in ``doc.edits`` with a rule name:

  markup:tag            an HTML tag removed (a block-level one becomes a line break)
  markup:entity         an HTML entity decoded (&amp; → &)
  ligature              hazm's one-codepoint words (ﷲ, ﻻ) and converter artifacts (حزباالله)
  char:control          control and bidi-embedding characters removed
  char:strip            diacritics, tatweel and hazm's special signs removed
  zwnj:drop             a ZWNJ (or look-alike: ZWSP, ZWJ, LRM/RLM, soft hyphen) not between two letters,
                        or doubled, removed
  furniture:tag-list    tag/link lists with their items; furniture:meta metadata lines;
  furniture:ref-marker  [n] markers
  line:join             a line break (or blank line) inside a sentence made a space
  zwnj:insert           a lost ZWNJ restored inside a token (همکاریهای → همکاری‌های)
  zwnj:space            a space typed for a ZWNJ (می شود → می‌شود)
                        (both decided by the junction classifier, resources/normalize/zwnj_model.tsv.gz, trained
                        on the UD train text with the count rules as one of its features; ``zwnj_model: false``
                        leaves them to the count rules alone)
  glue:split            two words glued together split (اظهارکرد → اظهار کرد), or a number and a word
                        (از200 → از 200)

Not recorded: one-to-one character mappings (Arabic yeh/kaf, presentation forms, digits; offsets do
not move) and whitespace folding. Order matters: characters first (every later rule sees canonical
letters), furniture before line joining (tag lists must not be glued into sentences), line joining
before ZWNJ repair (``می\\nشود``). The result is idempotent: normalizing the output again changes
nothing (the line joiner asks the ZWNJ stage how it will spell a line's last words for that).
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from ..document import Document
from ..offsets import TrackedText
from ..registry import register
from ..text import chars
from ..text.furniture import Furniture, load_headers
from ..text.lexicon import RESOURCES, load_lexicon
from ..text.lines import LineJoiner, collapse_whitespace
from ..text.markup import has_markup, strip_markup
from ..text.zwnj import Options as ZwnjOptions, ZwnjRepair
from ..text.zwnj_model import load_model
from .base import ExistingPath, Stage, StageOptions


class NormalizeOptions(StageOptions):
    digits: Literal["latin", "persian", "keep"] = "latin"  # PerDT (our models' training data) uses ASCII
    remove_diacritics: bool = True
    remove_specials: bool = True      # hazm's list of Arabic signs with no use in processing
    ligature_repair: bool = True      # ﷲ/ﻻ and converter artifacts (artifacts.tsv)
    strip_markup: bool = True         # HTML tags and entities left in scraped text
    remove_furniture: bool = True     # tag lists, metadata lines, [n] markers (furniture.tsv)
    join_lines: bool = True           # line breaks inside sentences become spaces
    zwnj_repair: bool = True          # restore ZWNJs lost inside tokens
    space_to_zwnj: bool = True        # spaces typed for ZWNJs
    split_glued: bool = True          # two words glued without a space
    zwnj_model: bool = True           # the learned junction classifier decides ZWNJs (zwnj_model.tsv.gz);
                                      # off: the count rules alone
    resources: ExistingPath | None = None  # folder with the data files; default: the bundled ones


@register("normalize", "hazm_repair")
class HazmRepairNormalizer(Stage):
    requires = ("text",)
    provides = ("normalized",)
    Options = NormalizeOptions

    def __init__(self, options: NormalizeOptions, base_dir=None):
        super().__init__(options, base_dir)
        folder = Path(options.resources) if options.resources else RESOURCES
        self.lexicon = load_lexicon(folder)
        self.furniture = Furniture(load_headers(folder / "furniture.tsv"))
        self.zwnj = ZwnjRepair(
            self.lexicon,
            ZwnjOptions(glued=options.zwnj_repair, spaced=options.space_to_zwnj, split=options.split_glued,
                        artifacts=options.ligature_repair),
            self.lexicon.artifacts,
            model=load_model(folder) if options.zwnj_model else None)
        self.lines = LineJoiner(self.lexicon, respell=self.zwnj.spell,
                                joins=self.zwnj.join if options.space_to_zwnj else None)
        chars.translation_table(options.digits)  # build the tables now, not on the first document

    def normalize(self, text: str) -> TrackedText:
        tracked = TrackedText(text)
        self._repair(tracked)
        # A repair can form markup or furniture an earlier step did not see (a stray ZWNJ, control or [n]
        # marker dropped inside "&a\u200cmp;", "<b\u200c>" or "ب[0]رچسب:"): go again, so that normalizing
        # the output changes nothing.
        o = self.options
        for _ in range(3):
            text = tracked.text
            if not ((o.strip_markup and has_markup(text)) or (o.remove_furniture and self.furniture.found(text))):
                break
            self._repair(tracked)
        return tracked

    def _repair(self, tracked: TrackedText) -> None:
        o = self.options
        if o.strip_markup:
            strip_markup(tracked)  # first: tags and entities are not text for any later rule
        chars.canonicalize(tracked, o.digits, o.remove_diacritics, o.remove_specials,
                           ligatures=o.ligature_repair)
        collapse_whitespace(tracked)
        if o.remove_furniture and self.furniture.remove(tracked):
            collapse_whitespace(tracked)  # removed lines leave empty lines behind
        if o.join_lines:
            self.lines.join(tracked)
        if o.split_glued:
            self.zwnj.split_digits(tracked)
        if o.zwnj_repair or o.space_to_zwnj or o.split_glued or o.ligature_repair:
            self.zwnj.apply(tracked)

    def process(self, doc: Document) -> Document:
        tracked = self.normalize(doc.text)
        doc.tracked = tracked
        doc.normalized = tracked.text
        tracked.edits.sort(key=lambda e: (e.start, e.end))
        doc.edits = tracked.edits
        return doc
