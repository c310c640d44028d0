"""The ``faie`` command. Each command only parses arguments and calls the library."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import INTERNAL_EXIT_CODE, FaieError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="faie: information extraction from Persian news text.")
eval_app = typer.Typer(no_args_is_help=True, help="Score a pipeline against gold data.")
config_app = typer.Typer(no_args_is_help=True, help="Inspect and validate configs.")
app.add_typer(eval_app, name="eval")
app.add_typer(config_app, name="config")
COMPONENTS = ("tagger", "lemmatizer", "parser", "ner", "relations", "pretrain")

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
    from .batch import PipelineSpec, load_pipeline

    return load_pipeline(PipelineSpec(str(_project_path(config or DEFAULT_CONFIG)), tuple(overrides or ())))


@app.command()
def run(
    input: Optional[Path] = typer.Argument(None, help="A .txt file, a folder of them, JSON Lines, CSV, or - for "
                                                        "stdin. Default: seeds/."),
    config: Optional[Path] = ConfigOpt,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to write. Default: out/run.jsonl."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one document a line), conllu, or csv "
                                                              "(one triple a row)."),
    overrides: Optional[List[str]] = SetOpt,
    encoding_errors: str = typer.Option("strict", "--encoding-errors",
                                        help="strict: invalid UTF-8 sends the document to the errors file; "
                                             "replace: use U+FFFD and note it."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the closing summary line."),
    input_format: str = typer.Option("auto", "--input-format",
                                     help="auto (by file suffix; stdin: one text), txt, jsonl or csv."),
    csv_column: Optional[str] = typer.Option(None, "--csv-column", help="CSV input: the text column (default text)."),
    id_column: Optional[str] = typer.Option(None, "--id-column", help="CSV input: the document id column."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (each loads the pipeline once)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on Dask: 'local' starts a LocalCluster of "
                                                            "--workers processes (needs the dask extra)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run on the Dask scheduler at tcp://host:port."),
    resume: bool = typer.Option(False, "--resume", help="Skip documents already in the output (or errors file); "
                                                        "repairs a torn last line."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Errors file (JSON Lines). "
                                                                 "Default: <output>.errors.jsonl."),
    chunk_size: int = typer.Option(8, "--chunk-size", min=1,
                                   help="Documents per task: sent to a worker and run through each stage together."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar on stderr (default: when stderr is a terminal)."),
    stats: Optional[Path] = typer.Option(None, "--stats", help="Also write the run's summary as JSON here."),
) -> None:
    """Run the pipeline over INPUT and write one output record per document (streaming, in input order).

    Exit codes: 0 every document done; 3 some documents went to the errors file (input problems or over
    the time budget) or the output could not be written; 70 a stage raised on some document."""
    from .batch import BatchOptions, PipelineSpec, cached_pipeline, exit_code, run_batch
    from .config import load_config
    from .io import OUTPUT_FORMATS, InputSpec, count_records, iter_records

    if fmt not in OUTPUT_FORMATS:
        raise UsageError(f"--format {fmt!r}: choose one of {', '.join(OUTPUT_FORMATS)}")
    if dask and scheduler:
        raise UsageError("--dask and --scheduler: give one of them")
    if resume and fmt != "jsonl":
        raise UsageError("--resume needs --format jsonl (it reads the ids already written)")
    config_path = _project_path(config or DEFAULT_CONFIG)
    spec = PipelineSpec(str(Path(config_path).resolve()) if Path(config_path).exists() else str(config_path),
                        tuple(overrides or ()))
    cfg = load_config(spec.config, list(spec.overrides))  # config errors before any work starts
    pipeline = cached_pipeline(spec) if workers == 1 and not (dask or scheduler) else None
    source = input if input is not None else _project_path(DEFAULT_INPUT)
    output = output or DEFAULT_OUTPUT
    in_spec = InputSpec(encoding_errors, input_format, csv_column, id_column,
                        max_file_bytes=4 * cfg.limits.max_doc_chars)
    in_spec.check()
    records = iter_records(source, in_spec)
    show_progress = progress if progress is not None else (not quiet and sys.stderr.isatty())
    total = None
    if show_progress:
        try:
            total = count_records(source, in_spec)
        except OSError:
            total = None
    options = BatchOptions(fmt=fmt, workers=workers, dask=scheduler or dask, resume=resume, errors_path=errors,
                           chunk_size=chunk_size, progress=show_progress, total=total,
                           on_document=None if quiet else _print_document)
    summary = run_batch(records, output, spec, options, pipeline=pipeline)
    if stats is not None:
        stats.parent.mkdir(parents=True, exist_ok=True)
        stats.write_text(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    typer.echo(summary.line())
    code = exit_code(summary)
    if code:
        more = f" ({summary.errors} of {summary.documents + summary.errors} documents failed; " \
               f"see {summary.errors_path})" if summary.errors > 1 or summary.documents else \
               f" (see {summary.errors_path})"
        typer.echo(f"faie: error: {summary.first_error}{more}", err=True)
        sys.exit(code)


def _print_document(doc, counts: dict) -> None:
    typer.echo(f"== {doc.doc_id}: " + ", ".join(f"{v} {k}" for k, v in counts.items() if k != "documents"))
    if not doc.text and not doc.sentences:
        return
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


@eval_app.command("ner")
def eval_ner(
    gold: Path = typer.Option(..., "--gold", help="NER gold file (ArmanPersoNER, PEYMA, ParsTwiNER or IOB2)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="arman, peyma, parstwiner or iob (default: guessed)."),
    config: Optional[Path] = ConfigOpt,
    overrides: Optional[List[str]] = SetOpt,
    raw: bool = typer.Option(False, "--raw", help="Also score from raw text through the whole pipeline."),
    as_json: bool = JsonOpt,
) -> None:
    """Entity-level precision, recall, F1 (exact span and type) on gold tokens (and from raw text)."""
    from .errors import InputError
    from .evaluation.ner import evaluate_ner
    from .training.ner_data import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if not gold.is_file():
        raise InputError(f"{gold}: gold file not found")
    pipeline = _load_pipeline(config, overrides)
    if "ner" not in pipeline.names:
        raise UsageError(f"{config or DEFAULT_CONFIG}: the pipeline has no ner stage to evaluate")
    scores = evaluate_ner(pipeline, gold, fmt, raw=raw)
    if as_json:
        _print_scores(scores, True, "")
        return
    for view, s in scores.items():
        meta = s["meta"]
        typer.echo(f"{view.replace('_', ' ')} ({gold}, {meta['format']}): {meta['words_per_second']} words/s")
        typer.echo(f"  {'ALL':<8} P {s['precision']:6.2f}  R {s['recall']:6.2f}  F1 {s['f1']:6.2f}  "
                   f"(gold {s['gold']}, predicted {s['predicted']})")
        for t, x in s["per_type"].items():
            typer.echo(f"  {t:<8} P {x['precision']:6.2f}  R {x['recall']:6.2f}  F1 {x['f1']:6.2f}  "
                       f"(gold {x['gold']}, predicted {x['predicted']})")
        err = s["errors"]
        typer.echo(f"  errors: missed {err['missed']}, spurious {err['spurious']}, wrong type {err['type']}, "
                   f"wrong boundaries {err['boundary']}, both {err['boundary_and_type']}"
                   + ("; commonest wrong types (gold→predicted): "
                      + ", ".join(f"{k} {v}" for k, v in err["confusions"].items()) if err["confusions"] else ""))


@eval_app.command("triples")
def eval_triples(
    gold: Path = typer.Option(..., "--gold", help="Gold triples, JSON Lines (annotation guidelines section 7)."),
    config: Optional[Path] = ConfigOpt,
    overrides: Optional[List[str]] = SetOpt,
    split: Optional[str] = typer.Option(None, "--split", help="Score only the documents of this split (eval/gold/dev.jsonl: tune, tune2, test, test2)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write a self-contained HTML report here."),
    as_json: bool = JsonOpt,
) -> None:
    """Triples scored as the annotation guidelines say (section 6): relaxed, strict, entity triples,
    attribution and polarity accuracy; per document, per split and micro totals."""
    import shlex

    from .evaluation.triples import evaluate_triples, format_table, load_gold, select_split

    select_split(load_gold(gold), split, gold)  # bad gold or split: fail before loading the pipeline
    pipeline = _load_pipeline(config, overrides)
    evaluation = evaluate_triples(pipeline, gold, split)
    summary = evaluation.summary()
    if report is not None:
        from .report.html import write_report

        write_report(evaluation, report, command=shlex.join(["faie", *sys.argv[1:]]))
    if as_json:
        _print_scores(summary, True, "")
        return
    typer.echo(format_table(summary))
    if report is not None:
        typer.echo(f"wrote {report}")


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
    component: str = typer.Argument(..., help="What to train: tagger, lemmatizer, parser, ner, relations, or "
                                    "pretrain (the tok2vec of a spaCy syntax config, on raw text)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Training config (configs/train/*.yaml); "
                                          "required except for relations (default configs/train/relations.yaml)."),
    corpora: Path = typer.Option(Path("../shared/corpora"), "--corpora", help="Folder the config's corpora are under."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="relations: gold triples (JSON Lines) to train on, "
                                        "instead of the config's."),
) -> None:
    """Train a component as its training config says; writes the model folder and its scores."""
    from .training.syntax import train_component

    if component not in COMPONENTS:
        raise UsageError(f"train {component!r}: choose one of {', '.join(COMPONENTS)}")
    if component == "relations":
        from .training.relations import train_relations

        config = _project_path(config or Path("configs/train/relations.yaml"))
        command = f"faie train relations --config {config}" + (f" --gold {gold}" if gold else "")
        typer.echo(json.dumps(train_relations(config, gold, command, log=typer.echo), indent=1))
        return
    if config is None:
        raise UsageError(f"train {component}: --config is required")
    if component == "ner":
        from .training.ner import train_ner

        scores = train_ner(config, corpora, command=f"faie train ner --config {config} --corpora {corpora}",
                           log=typer.echo)
        typer.echo(json.dumps(scores, indent=1, ensure_ascii=False))
        return
    if component == "pretrain":
        from .training.pretrain import pretrain_tok2vec

        summary = pretrain_tok2vec(config, corpora, command=f"faie train pretrain --config {config} --corpora {corpora}",
                                   log=typer.echo)
        typer.echo(json.dumps(summary, indent=1))
        return
    scores = train_component(component, config, corpora,
                             command=f"faie train {component} --config {config} --corpora {corpora}", log=typer.echo)
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
    except KeyboardInterrupt:
        typer.echo("faie: interrupted (output files hold whole records only; faie run --resume continues)", err=True)
        sys.exit(130)
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
