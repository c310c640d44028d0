"""Persian text helpers used by the stages: one job per module (characters, lexicon, ZWNJ, lines, furniture)."""
