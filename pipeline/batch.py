"""Batch runs: stream documents through the pipeline, in one process, a pool of worker processes or
on a Dask cluster, with output in input order, an errors file, resume and a progress bar.

The run loop (:func:`run_batch`) reads records from :func:`pipeline.io.iter_records`, cuts them into
chunks, hands the chunks to an executor and writes each chunk's results as soon as it comes back, in
input order. At most a few chunks per worker are in flight, so memory does not grow with the corpus.

* Each worker process (``--workers N``, a ``forkserver``/``spawn`` pool) or Dask worker loads the
  pipeline once (:func:`cached_pipeline`), then processes chunk after chunk. A chunk goes through the
  stages one stage at a time, so spaCy gets the sentences of all its documents at once
  (:func:`process_chunk`). A serial run sends its first document alone, so that it is written at once.
* A document that cannot be processed — undecodable, binary, oversized (``limits.max_doc_chars``),
  over its time budget (``limits.max_doc_seconds``), or one on which a stage raised — goes to the errors
  file (one JSON object a line: ``doc_id``, ``where``, ``kind``, ``reason``) and the run goes on. The
  budget is enforced with SIGALRM where stages run in a process's main thread (serial runs, worker
  processes; a long C call such as one regex search ends first); on Dask worker threads a document over
  budget is reported as such once it finishes.
* JSON Lines output is written a whole line at a time and flushed after each document; ``resume`` reads the
  ids already in the output (and errors file), cuts a torn last line left by a killed run, and skips them.
* A failed write (disk full, file size limit) truncates the output back to its last whole record and
  stops with a one-line error.

Output is byte-identical whatever the executor: results are the same function of the same document,
written in the same order.
"""
from __future__ import annotations

import errno
import gc
import json
import os
import resource
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .document import Document
from .errors import FaieError, InputError, ModelError, UsageError
from .io import BadRecord, document_line, encode_text

CHUNK_SIZE = 8          # documents per task sent to a worker
WINDOW_PER_WORKER = 3   # chunks in flight per worker (bounds memory, keeps the workers busy)
PICKLE_MAGIC = (b"\x80\x02", b"\x80\x03", b"\x80\x04", b"\x80\x05")


# -- loading the pipeline once per process ------------------------------------------------------
@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build the same pipeline: the config file and the ``--set`` overrides."""

    config: str
    overrides: tuple[str, ...] = ()


_PIPELINES: dict[PipelineSpec, Any] = {}
_LOAD_LOCK = threading.Lock()


def load_pipeline(spec: PipelineSpec):
    """Build the pipeline; a model or resource file that is not what it should be is a ModelError."""
    from .config import load_config
    from .core import Pipeline

    config = load_config(spec.config, list(spec.overrides))
    for sc in config.stages:
        if sc.enabled:
            refuse_pickles(sc.name, sc.options)
    try:
        return Pipeline(config)
    except FaieError:
        raise
    except Exception as exc:  # noqa: BLE001 - a loader choking on a file it did not expect
        where = _resource_paths(config)
        raise ModelError(f"{spec.config}: cannot load the pipeline's data files"
                         f"{' (' + ', '.join(where) + ')' if where else ''}: {type(exc).__name__}: "
                         f"{str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")) from None


def cached_pipeline(spec: PipelineSpec):
    """The pipeline for ``spec``, loaded once per process (worker processes, Dask workers)."""
    pipe = _PIPELINES.get(spec)
    if pipe is None:
        from .core import collections_paused

        with _LOAD_LOCK:
            pipe = _PIPELINES.get(spec)
            if pipe is None:
                with collections_paused():
                    pipe = _PIPELINES[spec] = load_pipeline(spec)
                    gc.freeze()  # the loaded models live for the whole run: keep the collector off them
    return pipe


def _resource_paths(config) -> list[str]:
    paths = []
    for sc in config.stages:
        for key, value in sc.options:
            if isinstance(value, Path):
                paths.append(f"stages.{sc.name}.{key}={value}")
    return paths


def refuse_pickles(stage: str, options) -> None:
    """Model, lexicon and gazetteer paths must hold data, never a Python pickle (which runs code when
    loaded): refuse any path option naming one, or a folder holding one, before anything reads it. Files
    the backend reads with a restricted unpickler (``Options.restricted_unpickle``) are let through."""
    allowed = type(options).restricted_unpickle
    for key, value in options:
        if not isinstance(value, Path):
            continue
        files = [value] if value.is_file() else sorted(value.rglob("*"))[:1000] if value.is_dir() else []
        for file in files:
            if not file.is_file() or file.suffix in allowed:
                continue
            try:
                with file.open("rb") as fh:
                    head = fh.read(2)
            except OSError:
                continue
            if head in PICKLE_MAGIC or file.suffix in (".pkl", ".pickle", ".joblib"):
                raise ModelError(f"{file}: stages.{stage}.{key}: looks like a Python pickle; faie never loads "
                                 "pickles (they can run code) — use the stage's own data format")


_PRELOAD_ENV = "FAIE_FORKSERVER_PRELOAD"


def _preload_from_env() -> None:
    """In the multiprocessing fork server (which imports this module first): load the pipeline named by
    the environment so that forked workers inherit it. Any failure is left for the workers to report."""
    raw = os.environ.get(_PRELOAD_ENV)
    if not raw:
        return
    os.environ.pop(_PRELOAD_ENV, None)
    try:
        config, overrides = json.loads(raw)
        cached_pipeline(PipelineSpec(config, tuple(overrides)))
    except BaseException:  # noqa: BLE001 - never kill the fork server; workers load and report themselves
        pass


# -- processing one chunk (runs in a worker) ----------------------------------------------------
class DocTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise DocTimeout()


@dataclass
class ChunkResult:
    items: list[tuple]  # ("ok", doc_id, payload bytes, counts) or ("error", doc_id, error dict)
    stage_seconds: dict[str, float]
    pid: int
    max_rss_kb: int


def process_chunk(pipeline, items: list[dict], fmt: str) -> ChunkResult:
    """Run the documents of ``items`` through the pipeline stage by stage, each stage first preparing the
    whole chunk (``Stage.prepare``: spaCy over all its sentences at once) and then processing each document on
    its own. One document's failure (time budget, a stage raising) is that document's error, not the chunk's."""
    limits = pipeline.config.limits
    stage_seconds: dict[str, float] = {}
    use_alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
    results: dict[int, tuple] = {}
    live: list[_InFlight] = []
    for k, item in enumerate(items):
        if "bad" in item:
            continue  # written to the errors file by the main process
        text = item["text"]
        if len(text) > limits.max_doc_chars:
            results[k] = ("error", item["doc_id"], {"kind": "oversized", "reason": f"document has {len(text)} "
                          f"characters, over limits.max_doc_chars={limits.max_doc_chars}; not processed"})
            continue
        live.append(_InFlight(k, Document(doc_id=item["doc_id"], text=text, meta=item.get("meta") or {},
                                          problems=list(item.get("problems") or []))))
    try:
        for stage in pipeline.stages:
            if not live:
                break
            where = f"{stage.stage} ({stage.backend})"
            t0 = time.perf_counter()
            if len(live) > 1:
                _prepare(stage, live, limits.max_doc_seconds, use_alarm)
            for entry in live:
                failure = _run_stage(stage, entry, where, limits.max_doc_seconds, use_alarm)
                if failure is not None:
                    results[entry.index] = ("error", entry.doc.doc_id, failure)
            stage_seconds[stage.stage] = stage_seconds.get(stage.stage, 0.0) + time.perf_counter() - t0
            live = [entry for entry in live if entry.index not in results]
        for entry in live:
            results[entry.index] = _rendered(entry.doc, fmt)
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return ChunkResult([results[k] for k in sorted(results)], stage_seconds, os.getpid(),
                       resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


@dataclass
class _InFlight:
    index: int          # position in the chunk
    doc: Document
    seconds: float = 0.0  # time spent on it so far, against limits.max_doc_seconds


def _prepare(stage, live: list[_InFlight], budget: float, use_alarm: bool) -> None:
    """The stage's work for the whole chunk, within the documents' summed budgets. Done, its time is charged to
    the documents by length. Failed or out of time, it is charged to nobody: each document then does that work
    on its own in ``_run_stage`` (``prepare`` changes no document), which names the document to blame."""
    t0 = time.perf_counter()
    try:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, max(sum(budget - d.seconds for d in live), 0.001))
        stage.prepare([d.doc for d in live])
    except Exception:  # noqa: BLE001 - a DocTimeout too: retried document by document
        return
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
    spent = time.perf_counter() - t0
    total = sum(len(d.doc.text) for d in live) or 1
    for d in live:
        d.seconds += spent * len(d.doc.text) / total


def _run_stage(stage, item: _InFlight, where: str, budget: float, use_alarm: bool) -> dict | None:
    """Run one stage on one document; its error record, or None."""
    t0 = time.perf_counter()
    try:
        left = budget - item.seconds
        if left <= 0:
            raise DocTimeout()
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, left)
        item.doc = stage(item.doc)
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        item.seconds += time.perf_counter() - t0
        if not use_alarm and item.seconds > budget:
            raise DocTimeout()
    except DocTimeout:
        return {"kind": "timeout", "reason": f"over limits.max_doc_seconds={budget} (in stage {where}); not processed"}
    except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        message = str(exc).splitlines()[0] if str(exc) else ""
        return {"kind": "stage", "reason": f"{where} raised {type(exc).__name__}: {message}"}
    return None


def _rendered(doc: Document, fmt: str) -> tuple:
    doc.tracked = None
    try:
        payload = render(doc, fmt)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
        message = str(exc).splitlines()[0] if str(exc) else ""
        reason = f"writing {fmt} raised {type(exc).__name__}: {message}"
        return ("error", doc.doc_id, {"kind": "stage", "reason": reason})
    return ("ok", doc.doc_id, payload, _counts(doc))


def _counts(doc: Document) -> dict:
    return {"sentences": len(doc.sentences), "tokens": sum(1 for _ in doc.tokens),
            "words": sum(1 for _ in doc.words), "entities": len(doc.entities),
            "triples": len(doc.triples), "repairs": len(doc.edits)}


def render(doc: Document, fmt: str) -> bytes:
    """The bytes written for one document. CSV triples are rendered in the main process from the JSON."""
    if fmt == "conllu":
        return encode_text(doc.to_conllu())
    return document_line(doc)


# -- executors ------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(spec: PipelineSpec, fmt: str) -> None:
    try:
        _WORKER["pipeline"] = cached_pipeline(spec)
    except BaseException as exc:  # noqa: BLE001 - reported with the first chunk, not a respawn loop
        _WORKER["error"] = exc
    _WORKER["fmt"] = fmt


def _worker_chunk(items: list[dict]) -> ChunkResult:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return process_chunk(_WORKER["pipeline"], items, _WORKER["fmt"])


# One chunk at a time per process. A Dask worker may run tasks on several threads, and they would share the
# process's models: spaCy's memory zones and the stages' prepared batches are per model, not per thread.
_CHUNK_LOCK = threading.Lock()


def _dask_chunk(spec: PipelineSpec, fmt: str, items: list[dict]) -> ChunkResult:
    pipeline = cached_pipeline(spec)
    with _CHUNK_LOCK:
        return process_chunk(pipeline, items, fmt)


def _ordered(submit: Callable[[list[dict]], Any], wait: Callable[[Any], ChunkResult], chunks: Iterable[list[dict]],
             window: int) -> Iterator[tuple[list[dict], ChunkResult]]:
    """Submit chunks keeping at most ``window`` in flight; yield results in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            chunk0, handle = pending.popleft()
            yield chunk0, wait(handle)
    while pending:
        chunk0, handle = pending.popleft()
        yield chunk0, wait(handle)


class Executor:
    """Runs chunks; ``map`` yields (chunk, result) in input order."""

    workers = 1

    def map(self, chunks: Iterable[list[dict]]) -> Iterator[tuple[list[dict], ChunkResult]]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class SerialExecutor(Executor):
    def __init__(self, spec: PipelineSpec, fmt: str, pipeline=None):
        self.pipeline = pipeline or cached_pipeline(spec)
        self.fmt = fmt

    def map(self, chunks):
        # The first document goes alone, so that it is written as soon as it is done (cold start); the rest
        # go chunk by chunk, so that spaCy gets the sentences of several documents at once.
        first = True
        for chunk in chunks:
            if first and len(chunk) > 1:
                yield chunk[:1], process_chunk(self.pipeline, chunk[:1], self.fmt)
                chunk = chunk[1:]
            first = False
            yield chunk, process_chunk(self.pipeline, chunk, self.fmt)


class WorkerDied(FaieError):
    """A worker process ended without a result (killed by the system, out of memory)."""

    exit_code = 70


class PoolExecutor(Executor):
    def __init__(self, spec: PipelineSpec, fmt: str, workers: int):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        ctx = mp.get_context(method)
        self.workers = workers
        if method == "forkserver":
            # The fork server loads the pipeline once (see _preload_from_env); each worker forked from it
            # starts with it loaded (shared pages until written), so start-up costs one load, not N.
            ctx.set_forkserver_preload(["pipeline.batch"])
            os.environ[_PRELOAD_ENV] = json.dumps([spec.config, list(spec.overrides)])
        try:
            self.pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(spec, fmt))
            # start the workers now, while the environment names the pipeline
            for f in [self.pool.submit(os.getpid) for _ in range(workers)]:
                f.result()
        except BrokenProcessPool:
            raise WorkerDied("a worker process died while starting; run with --workers 1 to see why") from None
        finally:
            os.environ.pop(_PRELOAD_ENV, None)

    def map(self, chunks):
        from concurrent.futures.process import BrokenProcessPool

        try:
            yield from _ordered(lambda c: self.pool.submit(_worker_chunk, c), lambda f: f.result(), chunks,
                                self.workers * WINDOW_PER_WORKER)
        except BrokenProcessPool:
            raise WorkerDied("a worker process died (killed by the system, or out of memory?); the output keeps "
                             "the whole records written before it: run again with --resume") from None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor(Executor):
    """Futures over document chunks on a Dask cluster; each worker loads the pipeline once
    (:func:`cached_pipeline` keeps it for the worker's life). ``address``: ``local`` starts a
    ``LocalCluster`` of ``workers`` processes; ``tcp://host:port`` joins a running scheduler, whose
    workers must have faie installed and see the config (and the files it names) at the same path."""

    def __init__(self, spec: PipelineSpec, fmt: str, address: str | None = None, workers: int = 2, client=None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--dask/--scheduler need Dask: pip install 'faie[dask]'") from None
        self.spec, self.fmt = spec, fmt
        self._own = client is None
        self.cluster = None
        if client is None:
            if address in (None, "local"):
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                client = Client(self.cluster)
            else:
                try:
                    client = Client(address, timeout="20s")
                except (OSError, TimeoutError) as exc:
                    raise UsageError(f"--scheduler {address}: cannot connect ({exc})") from None
        self.client = client
        self.workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)

    def map(self, chunks):
        submit = lambda c: self.client.submit(_dask_chunk, self.spec, self.fmt, c, pure=False)  # noqa: E731
        yield from _ordered(submit, lambda f: f.result(), chunks, self.workers * WINDOW_PER_WORKER)

    def close(self) -> None:
        if self._own:
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()


# -- output ---------------------------------------------------------------------------------------
def repair_jsonl(path: Path) -> tuple[set[str], int]:
    """Ids in a JSON Lines file written by a run, after cutting a torn last line (one without its
    newline, left by a killed run). Returns (ids, bytes cut). A broken line before the last is an error."""
    ids: set[str] = set()
    if not path.exists():
        return ids, 0
    size = path.stat().st_size
    good = 0
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.endswith(b"\n"):
                break  # torn: the run died while writing it
            try:
                record = json.loads(raw)
                ids.add(str(record["doc_id"]))
            except (ValueError, KeyError, TypeError):
                if fh.read(1):
                    raise InputError(f"{path}:{lineno}: not a record written by faie run; cannot resume "
                                     "into this file") from None
                break  # a last line that is whole but unreadable: cut it too
            good += len(raw)
    cut = size - good
    if cut:
        with path.open("r+b") as fh:
            fh.truncate(good)
    return ids, cut


class Sink:
    """An output file written in whole records. After a failed write the file is cut back to its last
    whole record and the error is one line."""

    def __init__(self, path: Path | None, append: bool, stream=None):
        self.path = path
        if stream is not None:
            self.fh = stream
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.fh = path.open("ab" if append else "wb")
            except OSError as exc:
                raise InputError(f"{path}: cannot write output ({exc.strerror})") from None
        self.good = self._tell()
        self.records = 0

    def _tell(self) -> int | None:
        try:
            return self.fh.tell()
        except (OSError, ValueError, AttributeError):
            return None

    def write(self, data: bytes, records: int = 1) -> None:
        try:
            self.fh.write(data)
        except OSError as exc:
            self._fail(exc)
        self.records += records

    def flush(self) -> None:
        try:
            self.fh.flush()
        except OSError as exc:
            self._fail(exc)
        self.good = self._tell()

    def _fail(self, exc: OSError) -> None:
        name = self.path or "<output>"
        what = {errno.ENOSPC: "disk full", errno.EFBIG: "file too large", errno.EDQUOT: "disk quota exceeded"}.get(
            exc.errno, exc.strerror or str(exc))
        kept = ""
        if self.good is not None and self.path is not None:
            try:
                os.truncate(self.path, self.good)
                kept = f"; it keeps the whole records written before ({self.good} bytes)"
            except OSError:
                pass
        try:
            self.fh.close()
        except OSError:
            pass
        raise OutputError(f"{name}: cannot write output ({what}){kept}") from None

    def close(self) -> None:
        if self.fh.closed:
            return  # closed by a failed write
        try:
            self.flush()
        finally:
            try:
                self.fh.close()
            except OSError:
                pass


class OutputError(InputError):
    """The output cannot be written (exit code of input errors: the user's file system)."""


# -- the run --------------------------------------------------------------------------------------
@dataclass
class BatchOptions:
    fmt: str = "jsonl"
    workers: int = 1
    dask: str | None = None            # "local" or a scheduler address
    resume: bool = False
    errors_path: Path | None = None
    chunk_size: int = CHUNK_SIZE
    progress: bool = False
    total: int | None = None           # records expected (for the progress bar's ETA)
    on_document: Callable[[Document, dict], None] | None = None  # e.g. print details (parses the JSON)


@dataclass
class Summary:
    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    words: int = 0
    entities: int = 0
    triples: int = 0
    repairs: int = 0
    errors: int = 0
    skipped: int = 0            # already in the output (resume)
    seconds: float = 0.0
    first_document_seconds: float | None = None  # from the start of the run to the first record written
    first_document_at: float | None = None       # wall clock (epoch seconds) of that moment
    main_max_rss_mb: float = 0.0                 # the main process (reads, writes; the pipeline too if serial)
    first_document_words: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    worker_max_rss_mb: dict[int, float] = field(default_factory=dict)
    first_error: str | None = None
    error_kinds: dict[str, int] = field(default_factory=dict)
    output: str = ""
    errors_path: str = ""

    def line(self) -> str:
        wps = self.words / self.seconds if self.seconds else 0.0
        parts = [f"{self.documents} documents", f"{self.sentences} sentences", f"{self.tokens} tokens",
                 f"{self.words} words", f"{self.entities} entities", f"{self.triples} triples",
                 f"{self.repairs} repairs", f"{self.errors} errors"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already done)")
        text = ", ".join(parts) + f" in {self.seconds:.2f}s ({wps:,.0f} words/s); wrote {self.output}"
        if self.errors:
            text += f"; errors in {self.errors_path}"
        return text

    @property
    def steady_words_per_second(self) -> float:
        """Words/s after the first document (workers loaded and warm): what a long run converges to."""
        if self.first_document_seconds is None or self.seconds <= self.first_document_seconds:
            return 0.0
        return (self.words - self.first_document_words) / (self.seconds - self.first_document_seconds)

    def to_dict(self) -> dict:
        d = dict(vars(self))
        d["steady_words_per_second"] = self.steady_words_per_second
        d["worker_max_rss_mb"] = {str(k): v for k, v in self.worker_max_rss_mb.items()}
        return d


def default_errors_path(output: Path) -> Path:
    return output.with_name(output.name + ".errors.jsonl")


def run_batch(records: Iterable[Document | BadRecord], output: Path, spec: PipelineSpec,
              options: BatchOptions, pipeline=None, dask_client=None, stream=None) -> Summary:
    """Process ``records`` into ``output`` (see the module docstring). ``pipeline``: an already loaded
    pipeline for the serial executor; ``dask_client``: run on this Dask client; ``stream``: write to
    this binary stream instead of ``output`` (no resume)."""
    fmt = options.fmt
    if options.resume and fmt != "jsonl":
        raise UsageError("--resume needs --format jsonl (it reads the ids already written)")
    errors_path = options.errors_path or default_errors_path(output)
    started = time.perf_counter()
    summary = Summary(output=str(output), errors_path=str(errors_path))
    done: set[str] = set()
    if options.resume:
        done, _ = repair_jsonl(output)
        error_ids, _ = repair_jsonl(errors_path)
        done |= error_ids
    elif errors_path.exists() and stream is None:
        errors_path.unlink()  # a stale errors file from an earlier run would mislead

    sink = Sink(output, append=options.resume, stream=stream)  # an unwritable output fails before any work
    try:
        executor = _make_executor(spec, options, pipeline, dask_client)
    except BaseException:
        sink.close()
        raise
    errors = _ErrorsFile(errors_path)
    progress = _Progress(options.total, options.progress)
    try:
        chunks = _chunked(_pending(records, done, summary), options.chunk_size)
        results = _results(executor.map(chunks), summary, errors)
        if fmt == "csv":
            from .report.csv_triples import write_triples_csv  # noqa: PLC0415

            _write_csv(write_triples_csv, results, sink, summary, options, progress, started)
        else:
            for item in results:
                _write_item(item, sink, summary, options, progress, started)
        sink.flush()
    finally:
        progress.close()
        errors.close()
        executor.close()
        sink.close()
    summary.seconds = time.perf_counter() - started
    summary.main_max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return summary


def _make_executor(spec, options: BatchOptions, pipeline, dask_client) -> Executor:
    if dask_client is not None or options.dask:
        return DaskExecutor(spec, options.fmt, options.dask, max(options.workers, 1), client=dask_client)
    if options.workers > 1:
        return PoolExecutor(spec, options.fmt, options.workers)
    return SerialExecutor(spec, options.fmt, pipeline)


class _ErrorsFile:
    def __init__(self, path: Path):
        self.path = path
        self.fh = None

    def write(self, record: dict) -> None:
        if self.fh is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.fh = self.path.open("ab")
            except OSError as exc:
                raise OutputError(f"{self.path}: cannot write the errors file ({exc.strerror})") from None
        try:
            self.fh.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace"))
            self.fh.flush()
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write the errors file ({exc.strerror})") from None

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _record_error(summary: Summary, errors: _ErrorsFile, record: dict) -> None:
    summary.errors += 1
    summary.error_kinds[record["kind"]] = summary.error_kinds.get(record["kind"], 0) + 1
    if summary.first_error is None:
        summary.first_error = record["reason"]
    errors.write(record)


def _pending(records, done: set[str], summary: Summary) -> Iterator[dict]:
    """Documents still to do, as plain dicts (cheap to send to workers); bad records ride along in
    their place and go to the errors file when their chunk comes back."""
    for rec in records:
        if rec.doc_id in done:
            summary.skipped += 1
            continue
        if isinstance(rec, BadRecord):
            yield {"bad": rec.to_dict()}
            continue
        yield {"doc_id": rec.doc_id, "text": rec.text, "meta": rec.meta, "problems": rec.problems}


def _chunked(items: Iterator[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(mapped, summary: Summary, errors: _ErrorsFile) -> Iterator[tuple]:
    """Flatten chunk results back into input order, putting the bad records where they were."""
    for chunk, result in mapped:
        for name, secs in result.stage_seconds.items():
            summary.stage_seconds[name] = summary.stage_seconds.get(name, 0.0) + secs
        summary.worker_max_rss_mb[result.pid] = max(summary.worker_max_rss_mb.get(result.pid, 0.0),
                                                    result.max_rss_kb / 1024)
        done = iter(result.items)
        for item in chunk:
            if "bad" in item:
                _record_error(summary, errors, item["bad"])
                yield ("skip",)
                continue
            res = next(done)
            if res[0] == "error":
                _record_error(summary, errors, {"doc_id": res[1], "where": "", **res[2]})
                yield ("skip",)
            else:
                yield res


def _first(summary: Summary, started: float) -> None:
    summary.first_document_seconds = time.perf_counter() - started
    summary.first_document_at = time.time()


def _count(summary: Summary, counts: dict) -> None:
    summary.documents += 1
    for key, value in counts.items():
        setattr(summary, key, getattr(summary, key) + value)
    if summary.documents == 1:
        summary.first_document_words = summary.words


def _write_item(item: tuple, sink: Sink, summary: Summary, options: BatchOptions, progress, started: float) -> None:
    if item[0] == "skip":
        progress.advance(summary)
        return
    _, doc_id, payload, counts = item
    sink.write(payload)
    sink.flush()
    if summary.first_document_seconds is None:
        _first(summary, started)
    _count(summary, counts)
    if options.on_document is not None:
        options.on_document(Document.from_json(payload.decode("utf-8")) if options.fmt == "jsonl" else
                            Document(doc_id=doc_id, text=""), counts)
    progress.advance(summary)


def _write_csv(write_triples_csv, results, sink: Sink, summary: Summary, options: BatchOptions, progress,
               started: float) -> None:
    """CSV of triples: the writer consumes documents as they come; each is flushed before the next."""
    import io

    text = io.TextIOWrapper(_SinkRaw(sink), encoding="utf-8", errors="backslashreplace", newline="",
                            write_through=True)

    def docs():
        for item in results:
            if item[0] == "skip":
                progress.advance(summary)
                continue
            _, doc_id, payload, counts = item
            doc = Document.from_json(payload.decode("utf-8"))
            text.flush()
            sink.flush()
            if summary.first_document_seconds is None:
                _first(summary, started)
            _count(summary, counts)
            if options.on_document is not None:
                options.on_document(doc, counts)
            progress.advance(summary)
            yield doc

    write_triples_csv(docs(), text)
    text.flush()
    text.detach()


class _SinkRaw:
    """A minimal writable binary stream over a Sink (for TextIOWrapper)."""

    closed = False

    def __init__(self, sink: Sink):
        self.sink = sink

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False

    def write(self, data) -> int:
        self.sink.write(bytes(data), records=0)
        return len(data)

    def flush(self) -> None:
        pass


class _Progress:
    """A rich progress bar on stderr: documents, documents/s, words/s, ETA. Off unless asked for."""

    def __init__(self, total: int | None, enabled: bool):
        self.bar = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
            TimeRemainingColumn

        self.started = time.perf_counter()
        self.bar = Progress(TextColumn("[bold]faie run"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rates]}"), TimeElapsedColumn(), TextColumn("ETA"),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=False,
                            redirect_stdout=False, redirect_stderr=False)
        self.task = self.bar.add_task("docs", total=total, rates="")
        self.bar.start()

    def advance(self, summary: Summary) -> None:
        if self.bar is None:
            return
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        done = summary.documents + summary.errors
        self.bar.update(self.task, completed=done,
                        rates=f"{done / elapsed:,.1f} docs/s {summary.words / elapsed:,.0f} words/s "
                              f"{summary.errors} errors")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def exit_code(summary: Summary) -> int:
    """0: every document done; 3: some went to the errors file (input problems: undecodable, binary,
    oversized, malformed record, over the time budget); 70: a stage raised on some document."""
    if not summary.errors:
        return 0
    return 70 if summary.error_kinds.get("stage") else 3


_preload_from_env()
