"""The ``faie`` command. Each command only parses arguments and calls the library."""
from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from .errors import INTERNAL_EXIT_CODE, FaieError, InputError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="faie: information extraction from Persian news text.")
eval_app = typer.Typer(no_args_is_help=True, help="Score a pipeline against gold data.")
config_app = typer.Typer(no_args_is_help=True, help="Inspect and validate configs.")
app.add_typer(eval_app, name="eval")
app.add_typer(config_app, name="config")
COMPONENTS = ("tagger", "lemmatizer", "parser")

_state = {"debug": False}

DEFAULT_CONFIG = Path("configs/default.yaml")
DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("out/run.jsonl")

ConfigOpt = typer.Option(None, "--config", "-c", help="Pipeline config (YAML). Default: configs/default.yaml.")
SetOpt = typer.Option(None, "--set", help="Override a config value: stage.key=value (repeatable).")
JsonOpt = typer.Option(False, "--json", help="Print one JSON object of the scores and nothing else.")


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors.")) -> None:
    _state["debug"] = debug


def _project_path(path: Path) -> Path:
    """Defaults resolve against the working directory, then against the source checkout."""
    if path.exists() or path.is_absolute():
        return path
    checkout = Path(__file__).resolve().parent.parent / path
    return checkout if checkout.exists() else path


def _load_pipeline(config: Optional[Path], overrides: Optional[List[str]]):
    from .core import Pipeline

    return Pipeline.from_config(_project_path(config or DEFAULT_CONFIG), overrides or [])


@app.command()
def run(
    input: Optional[Path] = typer.Argument(None, help="A .txt file, a folder of them, JSON Lines, or - for stdin. "
                                                        "Default: seeds/."),
    config: Optional[Path] = ConfigOpt,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to write. Default: out/run.jsonl."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one document a line) or conllu."),
    overrides: Optional[List[str]] = SetOpt,
    encoding_errors: str = typer.Option("strict", "--encoding-errors",
                                        help="strict: stop at invalid UTF-8; replace: use U+FFFD and note it."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the closing summary line."),
) -> None:
    """Run the pipeline over INPUT and write one output record per document."""
    from .io import OUTPUT_FORMATS, read_documents, write_document

    if fmt not in OUTPUT_FORMATS:
        raise UsageError(f"--format {fmt!r}: choose one of {', '.join(OUTPUT_FORMATS)}")
    pipeline = _load_pipeline(config, overrides)
    # The loaded lexicons and models live for the whole run: keep the garbage collector from
    # re-scanning them after every document.
    gc.freeze()
    source = input if input is not None else _project_path(DEFAULT_INPUT)
    output = output or DEFAULT_OUTPUT
    docs = read_documents(source, encoding_errors)
    totals = {"documents": 0, "sentences": 0, "tokens": 0, "words": 0, "entities": 0, "triples": 0, "repairs": 0}
    started = time.perf_counter()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle = output.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write output ({exc.strerror})") from None
    with handle:
        for doc in docs:
            doc = pipeline(doc)
            write_document(handle, doc, fmt)
            counts = {"documents": 1, "sentences": len(doc.sentences), "tokens": sum(1 for _ in doc.tokens),
                      "words": sum(1 for _ in doc.words), "entities": len(doc.entities),
                      "triples": len(doc.triples), "repairs": len(doc.edits)}
            for key, value in counts.items():
                totals[key] += value
            if not quiet:
                _print_document(doc, counts)
    elapsed = time.perf_counter() - started
    typer.echo(", ".join(f"{v} {k}" for k, v in totals.items()) + f" in {elapsed:.2f}s; wrote {output}")


def _print_document(doc, counts: dict) -> None:
    typer.echo(f"== {doc.doc_id}: " + ", ".join(f"{v} {k}" for k, v in counts.items() if k != "documents"))
    for problem in doc.problems:
        typer.echo(f"   ! {problem}")
    for edit in doc.edits:
        after = edit.after.replace("\u200c", "\u200c[ZWNJ]") if edit.after else "(removed)"
        typer.echo(f"   ~ {edit.rule}: {edit.before!r} -> {after!r} @{edit.start}")
    for i, sent in enumerate(doc.sentences, 1):
        tokens = " | ".join("+".join(w.text for w in t.words) if t.is_multiword else t.text for t in sent.tokens)
        typer.echo(f"  [{i}] {tokens}")
    for ent in doc.entities:
        typer.echo(f"   E {ent.label} {ent.text} -> {ent.id}")
    for tr in doc.triples:
        typer.echo(f"   T {tr.subject} | {tr.relation} | {tr.object}" + (f"   ({tr.gloss})" if tr.gloss else ""))


@eval_app.command("segment")
def eval_segment(
    gold: Path = typer.Option(..., "--gold", help="CoNLL-U file whose '# text' lines are the raw input."),
    config: Optional[Path] = ConfigOpt,
    overrides: Optional[List[str]] = SetOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Sentence, token and word segmentation from raw text, scored the CoNLL 2018 way."""
    from .evaluation.segmentation import evaluate_raw

    pipeline = _load_pipeline(config, overrides)
    scores = evaluate_raw(pipeline, gold)
    _print_scores(scores, as_json, f"segmentation of {gold}")


@eval_app.command("ud")
def eval_ud(
    gold: Path = typer.Option(..., "--gold", help="CoNLL-U gold file (its '# text' lines give the raw text)."),
    config: Optional[Path] = ConfigOpt,
    overrides: Optional[List[str]] = SetOpt,
    as_json: bool = JsonOpt,
) -> None:
    """UPOS, XPOS, UFeats, Lemmas, UAS, LAS on gold tokens and from raw text (CoNLL 2018 scorer)."""
    from .evaluation.syntax import evaluate_ud

    pipeline = _load_pipeline(config, overrides)
    scores = evaluate_ud(pipeline, gold)
    if as_json:
        _print_scores(scores, True, "")
        return
    gold_view, raw_view = scores["gold_tokens"], scores["raw_text"]
    _print_scores(_f1_table(gold_view), False,
                  f"gold tokenization ({gold}): {gold_view['meta']['words_per_second']} words/s (syntax stages)")
    _print_scores(_f1_table(raw_view), False, f"raw text ({gold}): {raw_view['meta']['seconds']} s (whole pipeline)")


def _f1_table(scores: dict) -> dict:
    return {k: v["f1"] for k, v in scores.items() if isinstance(v, dict) and "f1" in v}


def _print_scores(scores: dict, as_json: bool, title: str) -> None:
    if as_json:
        typer.echo(json.dumps(scores, ensure_ascii=False, sort_keys=True))
        return
    typer.echo(title)
    for key, value in scores.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in value.items())
            typer.echo(f"  {key:<12} {shown}")
        else:
            typer.echo(f"  {key:<12} {value:.2f}" if isinstance(value, float) else f"  {key:<12} {value}")


@app.command()
def train(
    component: str = typer.Argument(..., help="What to train: tagger, lemmatizer or parser."),
    config: Path = typer.Option(..., "--config", "-c", help="Training config (configs/train/*.yaml)."),
    corpora: Path = typer.Option(Path("../shared/corpora"), "--corpora", help="Folder the config's corpora are under."),
) -> None:
    """Train a component as its training config says; writes the model folder and its scores."""
    from .training.syntax import load_training_config, train_syntax

    if component not in COMPONENTS:
        raise UsageError(f"train {component!r}: choose one of {', '.join(COMPONENTS)}")
    cfg = load_training_config(config)
    if component not in cfg.trains:
        raise UsageError(f"{config} trains {', '.join(cfg.trains)}, not {component}")
    scores = train_syntax(config, corpora, command=f"faie train {component} --config {config} --corpora {corpora}",
                          log=typer.echo)
    typer.echo(json.dumps(scores, indent=1, ensure_ascii=False))


@config_app.command("show")
def config_show(config: Optional[Path] = ConfigOpt, overrides: Optional[List[str]] = SetOpt) -> None:
    """Validate a config and print it with every default filled in."""
    import yaml

    from .config import load_config

    cfg = load_config(_project_path(config or DEFAULT_CONFIG), overrides or [])
    typer.echo(yaml.safe_dump(cfg.filled(), allow_unicode=True, sort_keys=False).rstrip())


def main() -> None:
    try:
        app(standalone_mode=False)
    except FaieError as exc:
        typer.echo(f"faie: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        # Typer ships its own copy of click, so argument errors are recognised by shape.
        if type(exc).__name__ == "NoArgsIsHelpError":
            sys.exit(0)
        if type(exc).__name__ == "Abort":
            typer.echo("faie: aborted", err=True)
            sys.exit(130)
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            typer.echo(f"faie: usage error: {exc.format_message()} (see faie --help)", err=True)
            sys.exit(UsageError.exit_code)
        if _state["debug"]:
            raise
        typer.echo(f"faie: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)",
                   err=True)
        sys.exit(INTERNAL_EXIT_CODE)
