"""Model cards: what a model was trained on (with each corpus's license), how, and how well."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

# As stated by each corpus's SOURCE.md in ../shared/corpora.
CORPUS_LICENSES = {
    "ud_persian_perdt": "UD Persian PerDT r2.16 — CC BY-SA 4.0",
    "ud_persian_seraji": "UD Persian Seraji r2.17 — CC BY-SA 4.0",
    "iperudt": "iPerUDT (Kabiri et al., LREC 2022) — CC0 1.0",
    "arman_personer": "ArmanPersoNER — academic research use only",
    "peyma": "PEYMA — free for research purposes",
    "parstwiner": "ParsTwiNER — MIT",
    "persian_news_farsnews_varzesh3": "FarsNews/Varzesh3 crawl — repo Apache-2.0; text copyright of the publishers",
    "perlex": "PERLEX — no license stated (research use, cite the paper)",
    "bijankhan_partial": "Bijankhan (partial) — research only; contact UT DBRG",
}


def folder_size_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 2)


def write_card(model_dir: Path, *, title: str, command: str, config_files: list[str], corpora: list[str],
               notes: list[str], scores: dict) -> Path:
    folders = sorted({c.split("/")[0] for c in corpora})
    lines = [f"# {title}", "", f"Trained {date.today().isoformat()} with:", "", "```", command, "```", "",
             "## Data and licenses", ""]
    lines += [f"- `{c}`" for c in corpora]
    lines += ["", "Licenses of the data this model was trained on:", ""]
    lines += [f"- {CORPUS_LICENSES.get(f, f + ' — see its SOURCE.md')}" for f in folders]
    lines += ["", "## Config", ""] + [f"- `{c}`" for c in config_files]
    lines += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    lines += ["", "## Scores", "", "```json", json.dumps(scores, indent=1, ensure_ascii=False), "```", "",
              f"## Size\n\n{folder_size_mb(model_dir)} MB on disk.", ""]
    card = model_dir / "MODEL_CARD.md"
    card.write_text("\n".join(lines), encoding="utf-8")
    return card
