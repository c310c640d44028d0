"""Batch runs: every input format, worker parity and determinism, the errors file, kill-and-resume,
a full disk, Dask, and untrusted model files."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import BatchOptions, PipelineSpec, cached_pipeline, exit_code, repair_jsonl, run_batch
from pipeline.document import Document
from pipeline.io import InputSpec, iter_records

from .conftest import DEFAULT_CONFIG, ROOT, SEED
from .test_cli import faie

TEXT_CONFIG = ROOT / "tests" / "fixtures" / "batch_text.yaml"  # normalize + segment: fast batches
SPEC = PipelineSpec(str(TEXT_CONFIG))


def run(*args, **kw):
    """`faie run ARGS` with the normalize + segment config."""
    return faie("run", *args, "--config", str(TEXT_CONFIG), **kw)


def paragraphs() -> list[str]:
    return [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def corpus(n: int) -> list[dict]:
    paras = paragraphs()
    return [{"doc_id": f"d{i:04d}", "text": paras[i % len(paras)] + (" " + paras[(i * 7) % len(paras)]) * (i % 3),
             "source": "seed", "n": i} for i in range(n)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()]


# -- inputs ---------------------------------------------------------------------------------------
def test_csv_input_with_id_column_and_meta(tmp_path):
    src = tmp_path / "news.csv"
    src.write_text('id,title,body\n7,خبر,"پوتین به مسکو رفت. او گفت: «سلام»."\n8,دوم,"نتانیاهو، با ""تاس"" گفت."\n',
                   encoding="utf-8")
    docs = list(iter_records(src, InputSpec(csv_column="body", id_column="id")))
    assert [d.doc_id for d in docs] == ["7", "8"]
    assert docs[0].text == "پوتین به مسکو رفت. او گفت: «سلام»." and docs[0].meta == {"title": "خبر"}
    assert docs[1].text == 'نتانیاهو، با "تاس" گفت.'


def test_csv_input_missing_column_is_one_line_error(tmp_path):
    src = tmp_path / "news.csv"
    src.write_text("id,body\n1,سلام\n", encoding="utf-8")
    res = run(str(src), "-o", str(tmp_path / "o.jsonl"), "--csv-column", "text")
    assert res.returncode == 3 and f"{src}:1: no column 'text'" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_jsonl_stream_reports_bad_lines_and_keeps_going(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes('{"doc_id": "a", "text": "سلام."}\n'.encode() + b'{"doc_id": "b", "text": "\xff"}\n'
                    + b'[1, 2]\n\n' + '{"doc_id": "c", "text": "خداحافظ.", "lang": "fa"}\n'.encode())
    recs = list(iter_records(src))
    kinds = [(r.doc_id, getattr(r, "kind", "doc")) for r in recs]
    assert kinds == [("a", "doc"), ("in-2", "encoding"), ("in-3", "format"), ("c", "doc")]
    at = len('{"doc_id": "a", "text": "سلام."}\n'.encode()) + len(b'{"doc_id": "b", "text": "')
    assert f"{src}:2: invalid UTF-8 at byte {at} " in recs[1].reason  # the byte's offset in the file
    assert recs[3].meta == {"lang": "fa"}


def test_stdin_jsonl_and_csv_outputs(tmp_path):
    records = corpus(3)
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = tmp_path / "o.jsonl"
    res = run("-", "--input-format", "jsonl", "-o", str(out), "-q", stdin=stdin)
    assert res.returncode == 0, res.stderr
    assert ids(out) == ["d0000", "d0001", "d0002"]
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[1])["meta"] == {"source": "seed", "n": 1}
    csv_out = tmp_path / "o.csv"
    res = run("-", "--input-format", "jsonl", "-o", str(csv_out), "-f", "csv", "-q", stdin=stdin)
    assert res.returncode == 0, res.stderr
    assert csv_out.read_text(encoding="utf-8").startswith("doc_id,sentence,sentence_text,subject,relation,object")
    assert "3 documents" in res.stdout


# -- parity, determinism --------------------------------------------------------------------------
def serial_run(records: list[dict], out: Path, **options):
    docs = [Document(doc_id=r["doc_id"], text=r["text"], meta={k: v for k, v in r.items() if k not in ("doc_id", "text")})
            for r in records]
    return run_batch(iter(docs), out, SPEC, BatchOptions(**options), pipeline=cached_pipeline(SPEC))


def test_workers_output_is_byte_identical_and_deterministic(tmp_path):
    records = corpus(40)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    res = run(str(src), "-o", str(tmp_path / "w2.jsonl"), "-q", "--workers", "2", "--chunk-size", "3")
    assert res.returncode == 0, res.stderr
    serial_run(records, tmp_path / "s1.jsonl")
    serial_run(records, tmp_path / "s2.jsonl", chunk_size=5)
    assert (tmp_path / "w2.jsonl").read_bytes() == (tmp_path / "s1.jsonl").read_bytes() \
        == (tmp_path / "s2.jsonl").read_bytes()
    assert ids(tmp_path / "w2.jsonl") == [f"d{i:04d}" for i in range(40)]


def test_serial_run_writes_the_first_document_before_the_rest_go_through_chunk_by_chunk(tmp_path):
    """A serial run writes its first document before it starts the second (cold start), then takes the rest a
    chunk at a time, stage by stage, each stage preparing the whole chunk first."""
    from types import SimpleNamespace

    pipe = cached_pipeline(SPEC)
    started: list[str] = []
    prepared: list[list[str]] = []

    class Counting:
        stage, backend = pipe.stages[0].stage, pipe.stages[0].backend

        def prepare(self, docs):
            prepared.append([d.doc_id for d in docs])

        def __call__(self, doc):
            started.append(doc.doc_id)
            return pipe.stages[0](doc)

    counting = SimpleNamespace(config=pipe.config, stages=[Counting(), *pipe.stages[1:]])
    started_when_written = []
    docs = [Document(doc_id=r["doc_id"], text=r["text"]) for r in corpus(6)]
    run_batch(iter(docs), tmp_path / "s.jsonl", SPEC, BatchOptions(chunk_size=3, on_document=lambda d, c:
              started_when_written.append(len(started))), pipeline=counting)
    assert started_when_written == [1, 3, 3, 6, 6, 6]
    assert prepared == [["d0001", "d0002"], ["d0003", "d0004", "d0005"]]
    assert ids(tmp_path / "s.jsonl") == [f"d{i:04d}" for i in range(6)]


def test_default_pipeline_workers_parity(tmp_path, default_pipeline):
    """The full default pipeline (spaCy syntax, NER, linking, relations): 2 workers write the same bytes as
    the pipeline run in this process."""
    records = corpus(6)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    res = faie("run", str(src), "-o", str(tmp_path / "w2.jsonl"), "-q", "--workers", "2", "--chunk-size", "2",
               "--config", str(DEFAULT_CONFIG))
    assert res.returncode == 0, res.stderr
    docs = [Document(doc_id=r["doc_id"], text=r["text"], meta={"source": r["source"], "n": r["n"]}) for r in records]
    run_batch(iter(docs), tmp_path / "s.jsonl", PipelineSpec(str(DEFAULT_CONFIG)), BatchOptions(),
              pipeline=default_pipeline)
    assert (tmp_path / "w2.jsonl").read_bytes() == (tmp_path / "s.jsonl").read_bytes()
    assert any(json.loads(line)["triples"] for line in (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines())


def test_dask_local_cluster_matches_serial(tmp_path):
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    records = [Document(doc_id=r["doc_id"], text=r["text"]) for r in corpus(12)]
    serial = run_batch(iter(records), tmp_path / "serial.jsonl", SPEC, BatchOptions(),
                       pipeline=cached_pipeline(SPEC))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        dasked = run_batch(iter(records), tmp_path / "dask.jsonl", SPEC, BatchOptions(chunk_size=2),
                           dask_client=client)
    assert serial.documents == dasked.documents == 12
    assert (tmp_path / "serial.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()


def test_dask_worker_threads_run_one_chunk_at_a_time(tmp_path):
    """Tasks on the threads of one Dask worker share the process's pipeline (its models' memory zones and
    prepared batches): they take turns, a chunk at a time, and the output is the serial output."""
    pytest.importorskip("distributed")
    import threading

    from distributed import Client, LocalCluster

    from pipeline.batch import _PIPELINES, load_pipeline

    spec = PipelineSpec(str(TEXT_CONFIG), ("limits.max_doc_seconds=30",))  # a key of its own in the cache
    active, most = [0], [0]
    lock = threading.Lock()

    class Turnstile:
        stage, backend = "turnstile", "test"

        def prepare(self, docs):
            with lock:
                active[0] += 1
                most[0] = max(most[0], active[0])
            time.sleep(0.2)
            with lock:
                active[0] -= 1

        def __call__(self, doc):
            return doc

    pipe = load_pipeline(spec)
    pipe.stages.append(Turnstile())
    _PIPELINES[spec] = pipe
    records = [Document(doc_id=r["doc_id"], text=r["text"]) for r in corpus(8)]
    try:
        with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            dasked = run_batch(iter(records), tmp_path / "dask.jsonl", spec, BatchOptions(chunk_size=2),
                               dask_client=client)
    finally:
        _PIPELINES.pop(spec, None)
    serial = run_batch(iter(records), tmp_path / "serial.jsonl", SPEC, BatchOptions(), pipeline=cached_pipeline(SPEC))
    assert dasked.documents == serial.documents == 8
    assert most[0] == 1
    assert (tmp_path / "serial.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()


# -- faults ---------------------------------------------------------------------------------------
class Saboteur:
    """A stage that raises on documents saying BOOM and stalls on those saying SLOW."""

    stage, backend = "sabotage", "test"

    def __call__(self, doc):
        if "BOOM" in doc.text:
            raise ValueError("kaboom")
        if "SLOW" in doc.text:
            time.sleep(5)
        return doc


def test_bad_documents_go_to_the_errors_file_and_the_rest_is_complete(tmp_path):
    from pipeline.batch import load_pipeline

    spec = PipelineSpec(str(TEXT_CONFIG), ("limits.max_doc_seconds=1", "limits.max_doc_chars=5000"))
    pipe = load_pipeline(spec)
    pipe.stages.append(Saboteur())
    texts = ["سلام دنیا.", "BOOM خبر.", "SLOW خبر.", "ا" * 6000, "پوتین به مسکو رفت."]
    records = [Document(doc_id=f"t{i}", text=t) for i, t in enumerate(texts)]
    out = tmp_path / "o.jsonl"
    started = time.perf_counter()
    summary = run_batch(iter(records), out, spec, BatchOptions(chunk_size=2), pipeline=pipe)
    assert time.perf_counter() - started < 4  # the 5 s stall was cut at the 1 s budget
    assert ids(out) == ["t0", "t4"]
    errors = [json.loads(line) for line in (tmp_path / "o.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["doc_id"], e["kind"]) for e in errors] == [("t1", "stage"), ("t2", "timeout"), ("t3", "oversized")]
    assert "ValueError: kaboom" in errors[0]["reason"] and "max_doc_seconds=1" in errors[1]["reason"]
    assert summary.errors == 3 and summary.documents == 2 and exit_code(summary) == 70


class SlowBatch(Saboteur):
    """Stalls in ``prepare`` when any document of the chunk says SLOW, as a model stuck on one input would."""

    def prepare(self, docs):
        if any("SLOW" in d.text for d in docs):
            time.sleep(5)


def test_a_chunk_stalled_by_one_document_blames_only_that_document(tmp_path):
    """The chunk's prepare runs out of the documents' summed budgets; the work is redone document by document and
    only the stalling document times out (the failed prepare's time is charged to nobody)."""
    from pipeline.batch import load_pipeline

    spec = PipelineSpec(str(TEXT_CONFIG), ("limits.max_doc_seconds=1",))
    pipe = load_pipeline(spec)
    pipe.stages.append(SlowBatch())
    records = [Document(doc_id=f"t{i}", text=t) for i, t in enumerate(["سلام دنیا.", "SLOW خبر.", "پوتین به مسکو رفت."])]
    out = tmp_path / "o.jsonl"
    summary = run_batch(iter(records), out, spec, BatchOptions(chunk_size=3), pipeline=pipe)
    assert ids(out) == ["t0", "t2"]
    errors = [json.loads(line) for line in (tmp_path / "o.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["doc_id"], e["kind"]) for e in errors] == [("t1", "timeout")]
    assert summary.documents == 2


def test_bad_files_in_a_folder_exit_3_with_errors_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("اولین خبر.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\xd8\xb3\xff")
    (folder / "c.txt").write_bytes(b"\x7fELF\x00\x00\x01" * 10)
    (folder / "d.txt").write_text("آخرین خبر.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    errors = tmp_path / "bad.jsonl"
    res = run(str(folder), "-o", str(out), "--errors", str(errors), "-q")
    assert res.returncode == 3
    assert ids(out) == ["a", "d"]
    assert [json.loads(x)["kind"] for x in errors.read_text().splitlines()] == ["encoding", "binary"]
    assert "2 of 4 documents failed" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_torn_last_line_is_repaired_before_appending(tmp_path):
    records = corpus(6)
    out = tmp_path / "o.jsonl"
    serial_run(records, out)
    whole = out.read_bytes()
    lines = whole.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:3]) + lines[3][: len(lines[3]) // 2])  # killed mid-write
    done, cut = repair_jsonl(out)
    assert done == {"d0000", "d0001", "d0002"} and cut == len(lines[3]) // 2
    out.write_bytes(b"".join(lines[:3]) + lines[3][:40])
    summary = serial_run(records, out, resume=True)
    assert summary.skipped == 3 and summary.documents == 3
    assert out.read_bytes() == whole


def test_resume_refuses_a_file_it_did_not_write(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text("hello\nworld\n", encoding="utf-8")
    with pytest.raises(Exception, match="not a record written by faie run"):
        serial_run(corpus(2), out, resume=True)


def test_sigkill_then_resume_gives_every_document_once(tmp_path):
    n = 300
    records = corpus(n)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    reference = tmp_path / "ref.jsonl"
    serial_run(records, reference)
    out = tmp_path / "o.jsonl"
    cmd = [sys.executable, "-c", "from pipeline.cli import main; main()", "run", str(src), "-o", str(out), "-q",
           "--chunk-size", "1", "--config", str(TEXT_CONFIG)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kill_after = 10 + int.from_bytes(os.urandom(1), "big") % 90  # a random point in the first third
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size and out.read_bytes().count(b"\n") >= kill_after:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    assert proc.wait(timeout=60) == -signal.SIGKILL, "the run ended before it could be killed"
    written = out.read_bytes().count(b"\n")
    assert 0 < written < n
    res = run(str(src), "-o", str(out), "-q", "--resume")
    assert res.returncode == 0, res.stderr
    assert f"{written} skipped" in res.stdout
    assert ids(out) == [f"d{i:04d}" for i in range(n)]  # every line parses, each document once, in order
    assert out.read_bytes() == reference.read_bytes()


def test_disk_full_keeps_partial_output_valid(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", corpus(30))
    out = tmp_path / "o.jsonl"
    limit = 40_000  # bytes the "disk" takes
    code = ("import resource, signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
            "from pipeline.cli import main; main()")
    res = subprocess.run([sys.executable, "-c", code, "run", str(src), "-o", str(out), "-q", "--config", str(TEXT_CONFIG)],
                         cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 3, res.stderr
    assert "cannot write output (file too large)" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    data = out.read_bytes()
    assert 0 < len(data) <= limit and data.endswith(b"\n")
    assert ids(out) == [f"d{i:04d}" for i in range(len(data.splitlines()))]


def test_output_on_a_full_device_is_a_clear_error(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    res = run("-", "-o", "/dev/full", "-q", stdin="سلام.")
    assert res.returncode == 3 and "/dev/full: cannot write output (disk full)" in res.stderr
    assert "Traceback" not in res.stderr


# -- untrusted files ------------------------------------------------------------------------------
class _Payload:
    def __reduce__(self):
        return (os.system, ("echo pwned > PWNED",))


@pytest.mark.parametrize("option", ["normalize.resources", "segment.resources"])
@pytest.mark.parametrize("as_folder", [False, True])
def test_pickled_model_is_refused(tmp_path, option, as_folder):
    import pickle

    payload = pickle.dumps(_Payload())
    if as_folder:
        target = tmp_path / "res"
        target.mkdir()
        (target / "lexicon.json.gz").write_bytes(payload)  # a pickle disguised as the lexicon
    else:
        target = tmp_path / "model.bin"
        target.write_bytes(payload)
    res = run("-", "-o", str(tmp_path / "o.jsonl"), "--set", f"{option}={target}", cwd=tmp_path,
               stdin="سلام.")
    assert res.returncode == 5, res.stderr
    assert "looks like a Python pickle" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "PWNED").exists()


def test_truncated_lexicon_is_a_model_error(tmp_path):
    import shutil

    res_dir = tmp_path / "res"
    shutil.copytree(ROOT / "pipeline" / "resources" / "normalize", res_dir)
    full = (res_dir / "lexicon.json.gz").read_bytes()
    (res_dir / "lexicon.json.gz").write_bytes(full[: len(full) // 3])
    res = run("-", "-o", str(tmp_path / "o.jsonl"), "--set", f"normalize.resources={res_dir}", stdin="سلام.")
    assert res.returncode == 5, res.stderr
    assert "cannot load the pipeline's data files" in res.stderr and str(res_dir) in res.stderr


def test_only_a_restricted_unpickler_lets_pickle_based_files_through(tmp_path):
    import pickle

    from pipeline.backends.spacy_backend import SpacyOptions
    from pipeline.backends.stanza_backend import StanzaOptions
    from pipeline.batch import refuse_pickles
    from pipeline.errors import ModelError

    folder = tmp_path / "stanza"
    folder.mkdir()
    (folder / "pos.pt").write_bytes(pickle.dumps(_Payload()))  # stanza reads .pt with weights_only=True
    refuse_pickles("tag", StanzaOptions(model=folder))
    with pytest.raises(ModelError, match="looks like a Python pickle"):
        refuse_pickles("tag", SpacyOptions(model=folder))     # spaCy never reads .pt: refused
    (folder / "extra.pkl").write_bytes(pickle.dumps({"a": 1}))
    with pytest.raises(ModelError, match="extra.pkl"):
        refuse_pickles("tag", StanzaOptions(model=folder))
