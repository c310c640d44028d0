"""The `faie` command as a user runs it: exit codes and one-line errors."""
import json
import subprocess
import sys

import pytest

from .conftest import ROOT


def faie(*args, cwd=ROOT, stdin=None):
    return subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", *args],
                          cwd=cwd, capture_output=True, text=True, input=stdin, timeout=300)


def test_run_without_arguments_processes_the_seed(tmp_path):
    out = tmp_path / "seed.jsonl"
    res = faie("run", "--output", str(out))
    assert res.returncode == 0, res.stderr
    assert "000_ecb1b55f55531647" in res.stdout
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 1 and docs[0]["doc_id"] == "000_ecb1b55f55531647"
    assert len(docs[0]["sentences"]) > 15
    assert "1 documents" in res.stdout.splitlines()[-1]


def test_run_jsonl_input_carries_fields_through(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "a1", "text": "پوتین به مسکو رفت.", "source": "fars"}, ensure_ascii=False)
                   + "\n" + json.dumps({"doc_id": "a2", "text": "سلام."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = faie("run", str(src), "-o", str(out), "--quiet")
    assert res.returncode == 0, res.stderr
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in docs] == ["a1", "a2"]
    assert docs[0]["meta"] == {"source": "fars"}


def test_run_directory_and_conllu_output(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.txt").write_text("دومین خبر.", encoding="utf-8")
    (tmp_path / "in" / "a.txt").write_text("اولین خبر.", encoding="utf-8")
    out = tmp_path / "out.conllu"
    res = faie("run", str(tmp_path / "in"), "-o", str(out), "-f", "conllu", "-q")
    assert res.returncode == 0, res.stderr
    text = out.read_text(encoding="utf-8")
    assert text.index("# newdoc id = a") < text.index("# newdoc id = b")
    assert "\tاولین\t" in text


def test_stdin_input(tmp_path):
    out = tmp_path / "o.jsonl"
    res = faie("run", "-", "-o", str(out), "-q", stdin="ایران و روسیه دیدار کردند.")
    assert res.returncode == 0, res.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["doc_id"] == "stdin"


@pytest.mark.parametrize("content, code, message", [
    (b"\xd8\xb3\xd9\x84\xff\xfe", 3, "invalid UTF-8 at byte 4"),
    (b"\x7fELF\x00\x00\x01\x02" * 100, 3, "looks like a binary file"),
])
def test_bad_input_file_is_one_line_error(tmp_path, content, code, message):
    src = tmp_path / "bad.txt"
    src.write_bytes(content)
    res = faie("run", str(src), "-o", str(tmp_path / "o.jsonl"))
    assert res.returncode == code
    assert message in res.stderr and str(src) in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr


def test_invalid_utf8_replace_policy_notes_it(tmp_path):
    src = tmp_path / "bad.txt"
    src.write_bytes("سلام ".encode() + b"\xff" + " دنیا.".encode())
    out = tmp_path / "o.jsonl"
    res = faie("run", str(src), "-o", str(out), "--encoding-errors", "replace", "-q")
    assert res.returncode == 0, res.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "\ufffd" in doc["text"] and "invalid UTF-8" in doc["problems"][0]


@pytest.mark.parametrize("args, code, message", [
    (["run", "no/such/file.txt"], 3, "no such file or directory"),
    (["run", "--config", "no/such.yaml"], 4, "config file not found"),
    (["run", "--set", "segment.colour=red"], 4, "stages.segment.colour: unknown key"),
    (["run", "--format", "xml"], 2, "--format 'xml'"),
    (["run", "--bogus"], 2, "No such option"),
])
def test_user_mistakes_get_one_line_and_exit_code(args, code, message):
    res = faie(*args)
    assert res.returncode == code, res.stderr
    assert message in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_bad_jsonl_names_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"doc_id": "a", "text": "سلام"}\n{"doc_id": "b"}\n', encoding="utf-8")
    res = faie("run", str(src), "-o", str(tmp_path / "o.jsonl"))
    assert res.returncode == 3 and f"{src}:2: field 'text' is missing" in res.stderr


def test_unwritable_output_is_clear(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = faie("run", "-o", str(blocker / "out.jsonl"))
    assert res.returncode == 3 and "cannot write output" in res.stderr


def test_config_show_prints_filled_config():
    res = faie("config", "show", "--set", "segment.split_clitics=false")
    assert res.returncode == 0, res.stderr
    assert "split_clitics: false" in res.stdout and "backend: hazm_repair" in res.stdout
