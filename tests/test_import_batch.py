"""A batch survives a bad file: every file that cannot be imported — a bomb, a directory, a
FIFO, a locked register — is one line naming it, the others land, the summary is printed and
the exit status is 1. Hostile files are refused within a minute and a gigabyte. Limits are
positive numbers (0 is bad usage, never the default in disguise).

Bombs are made here, small files that expand into huge work; none is committed.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from meetbook import importer
from meetbook.cli import cli
from meetbook.importer import import_files
from meetbook.register import open_register
from tests.conftest import BOOK, VAS
from tests.rawpdf import minimal_pdf

MEETBOOK = [sys.executable, "-m", "meetbook"]


# ------------------------------------------------------------------ bombs


def _stream(chunks, extra: bytes = b"") -> bytes:
    z = zlib.compressobj(9)
    data = b"".join(z.compress(c) for c in chunks) + z.flush()
    return b"<< %s/Length %d /Filter /FlateDecode >>\nstream\n" % (extra, len(data)) + data + \
        b"\nendstream"


def _page(content: bytes, resources: bytes, extra: list[bytes] = ()) -> bytes:  # type: ignore[assignment]
    return minimal_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                 content, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                 b"/Resources " + resources + b" >>", *extra])


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def bomb(folder: Path, name: str) -> Path:
    """image-bomb: an image of 20000 x 20000 pixels (390 KB); whitespace-bomb: a page of 2 GB
    of spaces (2 MB); line-bomb: a page of 234,000 text lines (72 KB)."""
    font = b"<< /Font << /F1 5 0 R >> >>"
    if name == "image-bomb":
        w = 20000
        image = _stream((b"\0" * w * 1000 for _ in range(w // 1000)),
                        b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                        b"/ColorSpace /DeviceGray /BitsPerComponent 8 " % (w, w))
        data = _page(_stream([b"q 612 0 0 792 0 0 cm /Im1 Do Q"]),
                     b"<< /XObject << /Im1 5 0 R >> >>", [image])
    elif name == "whitespace-bomb":
        data = _page(_stream(b" " * (1 << 20) for _ in range(2000)), font, [FONT])
    else:
        lines = b"".join(b"BT /F1 1 Tf 10 %d Td (Beslut att) Tj ET\n" % y for y in range(780))
        data = _page(_stream(lines for _ in range(300)), font, [FONT])
    path = folder / f"{name}.pdf"
    path.write_bytes(data)
    return path


MEASURED = """
import json, resource, subprocess, sys, time
t = time.monotonic()
r = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=300)
print(json.dumps([r.returncode, r.stderr, time.monotonic() - t,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("name", ["image-bomb", "whitespace-bomb", "line-bomb"])
def test_a_bomb_is_answered_within_a_minute_and_a_gigabyte(tmp_path, name):
    path = bomb(tmp_path, name)
    run = subprocess.run([sys.executable, "-c", MEASURED, *MEETBOOK, "import", str(path),
                          "--db", str(tmp_path / "r.db"), "-q"], capture_output=True, text=True,
                         check=True)
    code, stderr, seconds, peak_mb = json.loads(run.stdout)
    assert seconds <= 60 and peak_mb <= 1024, (seconds, peak_mb)
    assert "Traceback" not in stderr
    if code:
        assert code == 1 and stderr.strip().splitlines() == [stderr.strip()]
        assert str(path) in stderr


@pytest.mark.slow  # a bomb
def test_a_bomb_amid_good_files(tmp_path):
    image = bomb(tmp_path, "image-bomb")
    db = tmp_path / "r.db"
    result = CliRunner().invoke(cli, ["import", str(VAS), str(image), str(BOOK), "--db", str(db)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    # what the good files could not read (decisions printed without a date) are lines of
    # their own
    lines = [ln for ln in result.output.splitlines()
             if not ln.startswith((str(VAS), str(BOOK)))]
    assert [ln for ln in lines if "image-bomb.pdf" in ln] == [lines[0]]
    assert lines[-1].startswith("3 files: 2 new, 0 unchanged, 1 failed")
    data = json.loads(CliRunner().invoke(cli, ["export", "--db", str(db)]).output)
    assert sorted(m["source"]["file"] for m in data["meetings"]) == [BOOK.name, VAS.name]


# ------------------------------------------------------------------ paths that are no PDF


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe.pdf")
    return tmp / "pipe.pdf"


def _loop(tmp: Path) -> Path:
    (tmp / "loop.pdf").symlink_to(tmp / "loop.pdf")
    return tmp / "loop.pdf"


@pytest.mark.parametrize("make, says", [
    (lambda tmp: tmp / "nope.pdf", "no such file"),
    (lambda tmp: tmp, "not a regular file (a directory)"),
    (_fifo, "not a regular file (a FIFO, device or socket)"),
    (_loop, "not a regular file (a symbolic link loop)"),
])
def test_what_is_no_file_is_named_for_what_it_is(tmp_path, make, says, vas_part):
    path = make(tmp_path)
    result = CliRunner().invoke(cli, ["import", str(path), str(vas_part), "--db",
                                      str(tmp_path / "r.db"), "-q"])
    assert result.exit_code == 1
    failed = [ln for ln in result.output.splitlines() if not ln.startswith(str(vas_part))]
    assert failed == [f"{path}: {says}"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file(tmp_path):
    path = tmp_path / "secret.pdf"
    path.write_bytes(VAS.read_bytes())
    path.chmod(0)
    result = CliRunner().invoke(cli, ["import", str(path), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 1 and f"{path}: permission denied" in result.output


def test_a_workers_time_grows_with_the_pages_the_file_declares():
    assert importer.page_count(str(BOOK)) == 78 and importer.page_count(str(VAS)) == 20


def test_the_same_file_twice_in_a_batch_is_read_once(tmp_path, vas_part):
    summary = import_files(open_register(tmp_path / "r.db"), [str(vas_part), str(vas_part)])
    assert (summary.files, summary.inserted, summary.unchanged) == (2, 1, 1)


# ------------------------------------------------------------------ the register


@pytest.mark.slow  # waits on a lock, parses twice
def test_a_locked_register_fails_each_file_with_one_line_and_keeps_nothing(tmp_path):
    path = tmp_path / "r.db"
    db = open_register(path)
    db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        summary = import_files(db, [str(VAS), str(BOOK)])
    finally:
        other.execute("ROLLBACK")
    assert summary.problems == [
        f"{VAS}: not recorded, the register is locked by another program (try again)",
        f"{BOOK}: not recorded, the register is locked by another program (try again)"]
    assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 0
    assert import_files(db, [str(VAS)]).problems == []


# ------------------------------------------------------------------ limits and options


@pytest.mark.parametrize("option", ["--max-pages", "--max-bytes", "--max-seconds", "--max-memory",
                                    "--jobs"])
@pytest.mark.parametrize("value", ["0", "-1"])
def test_a_limit_of_zero_is_bad_usage(tmp_path, option, value):
    result = CliRunner().invoke(cli, ["import", str(VAS), option, value, "--db",
                                      str(tmp_path / "r.db")])
    assert result.exit_code == 2 and option in result.output
    assert not (tmp_path / "r.db").exists()


def test_limits_reach_the_reader(tmp_path):
    result = CliRunner().invoke(cli, ["import", str(VAS), "--max-pages", "3", "--db",
                                      str(tmp_path / "r.db")])
    assert result.exit_code == 1
    assert "too large (20 pages, limit 3" in result.output


@pytest.mark.slow  # waits out the time limit
def test_a_time_limit_reaches_the_worker(tmp_path, monkeypatch):
    def busy(path, **options):
        while True:
            pass

    monkeypatch.setattr(importer, "read_and_parse", busy)
    t = time.monotonic()
    result = CliRunner().invoke(cli, ["import", str(VAS), "--max-seconds", "1", "-q", "--db",
                                      str(tmp_path / "r.db")])
    assert time.monotonic() - t < 10
    assert result.exit_code == 1
    # wall or processor time, whichever is up first: both are 1 s
    assert result.output.startswith(f"{VAS}: stopped after 1 s")
    assert result.output.endswith(", the time allowed (see --max-seconds)\n")


def test_verbose_keeps_the_details(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    quiet = CliRunner().invoke(cli, ["import", str(bad), "--db", str(tmp_path / "r.db")])
    assert quiet.exit_code == 1 and "Traceback" not in quiet.output
    loud = CliRunner().invoke(cli, ["import", str(bad), "-v", "--db", str(tmp_path / "r.db")])
    assert loud.exit_code == 1 and "Traceback (most recent call last)" in loud.output
    assert loud.output.splitlines()[0] == quiet.output.splitlines()[0]


# ------------------------------------------------------------------ a killed import


KILLED = """
import sys, time
from meetbook import importer
from meetbook.register import open_register

def slow(path, **kw):
    time.sleep(120)

importer.read_and_parse = slow
importer.import_files(open_register(sys.argv[1]), sys.argv[2:])
"""


@pytest.mark.slow  # a killed import
def test_a_killed_multi_file_import_leaves_no_workers(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(tmp_path / "r.db"), str(VAS),
                             str(BOOK)])
    workers: list[int] = []
    for _ in range(300):
        workers = _children(proc.pid)
        if len(workers) == 2:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # the import alone, not its process group
    proc.wait()
    assert len(workers) == 2
    for _ in range(100):
        if not any(_alive(w) for w in workers):
            break
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


# a reader that leaves sys.stderr replaced (as OCR did) and fails
STDERR_TAKEN = """
import io, sys
from meetbook import errors, importer
from meetbook.cli import cli

def ocr_fails(path, **options):
    sys.stderr = io.StringIO()
    raise errors.NoText(path, "OCR failed: tesseract exited 1")

importer.read_and_parse = ocr_fails
cli(sys.argv[1:])
"""


@pytest.mark.slow  # OCR's failure in a new process
def test_a_failed_ocr_import_still_says_why(tmp_path):
    run = subprocess.run([sys.executable, "-c", STDERR_TAKEN, "import", str(VAS), "-q", "--db",
                          str(tmp_path / "r.db")], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr == (f"{VAS}: no text layer (scanned?) and OCR is off or failed "
                          "(OCR failed: tesseract exited 1)\n")
