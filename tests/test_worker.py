"""Each file parsed in a worker of its own: whatever ends a worker is one line naming the file,
the batch goes on, and no worker or scratch file outlives the import.

The workers here run small functions in place of the parser (the worker forks, so they need
not be importable), so that each way of ending is produced on purpose whatever the reader's
own limits catch first.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook import errors, worker
from meetbook.worker import WORKDIR_PREFIX, Budget, Failure, describe, parse_each


def outcomes(fn, paths=("a.pdf",), **kw) -> list:
    return [outcome for _, outcome in parse_each(list(paths), fn, **kw)]


def only_failure(fn, **kw) -> Failure:
    (outcome,) = outcomes(fn, **kw)
    assert isinstance(outcome, Failure), outcome
    assert "\n" not in outcome.message and outcome.message.startswith("a.pdf: ")
    return outcome


def test_results_come_back_in_the_order_given():
    def parse(path):
        time.sleep(0.3 if path == "slow" else 0)
        return path.upper()

    assert list(parse_each(["slow", "b", "c"], parse, jobs=3)) == \
        [("slow", "SLOW"), ("b", "B"), ("c", "C")]


def _raise(exc: BaseException):
    def parse(path):
        raise exc
    return parse


def _pil_bomb() -> BaseException:
    from PIL import Image

    return Image.DecompressionBombError("Image size (400000000 pixels) exceeds limit")


@pytest.mark.parametrize("exc, says", [
    (errors.NotAPdf("a.pdf"), "not a PDF"),
    (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
    (MemoryError(), "more memory than the limit"),
    (PermissionError(13, "Permission denied"), "permission denied"),
    (_pil_bomb(), "an image too large to read safely"),
    (ValueError("odd\nmulti-line\nmessage"), "could not be read (ValueError: odd multi-line"),
    (KeyboardInterrupt(), "could not be read (KeyboardInterrupt"),
    (SystemExit(3), "could not be read (SystemExit"),
])
def test_any_exception_is_one_line_naming_the_file(exc, says):
    failure = only_failure(_raise(exc))
    assert says in failure.message
    assert "Traceback" in failure.detail  # kept for --verbose


def test_a_locked_register_says_so():
    import sqlite3

    message = describe("a.pdf", sqlite3.OperationalError("database is locked"))
    assert message == "a.pdf: not recorded, the register is locked by another program (try again)"


@given(st.text(), st.sampled_from([ValueError, OSError, RuntimeError, MemoryError, KeyError]))
def test_every_message_is_one_line_naming_the_file(text, kind):
    message = describe("dir/a.pdf", kind(text))
    assert message.startswith("dir/a.pdf: ") and len(message.splitlines()) == 1
    assert len(message) <= 300


def test_a_long_message_is_cut_to_one_line():
    message = describe("a.pdf", ValueError("x" * 5000))
    assert len(message) <= 300 and message.endswith("…")


@pytest.mark.parametrize("sig", [signal.SIGSEGV, signal.SIGABRT])
def test_a_crashed_worker_is_one_line(sig):
    failure = only_failure(lambda path: os.kill(os.getpid(), sig))
    assert f"the reader crashed ({sig.name})" in failure.message


def test_a_worker_that_exits_without_a_word():
    failure = only_failure(lambda path: os._exit(3))
    assert "stopped without a result (exit 3)" in failure.message


def spin(path):
    while True:
        pass


@pytest.fixture
def per_page(monkeypatch):
    """A budget of 1 s of processor time a page (after 2 s), and a minute of wall time a page:
    on a busy machine a spinning worker gets only a share of a core."""
    monkeypatch.setattr(worker, "BASE_SECONDS", 2.0)
    monkeypatch.setattr(worker, "PAGE_SECONDS", 1.0)
    monkeypatch.setattr(worker, "PAGE_WAIT", 60.0)


@pytest.mark.slow  # waits out seconds of processor time
def test_a_busy_worker_is_stopped_for_its_processor_time(per_page):
    t = time.monotonic()
    failure = only_failure(spin, count_pages=lambda path: 1)
    assert time.monotonic() - t >= 3
    assert failure.message == ("a.pdf: stopped after 3 s of processor time, the time allowed "
                               "for 1 page (see --max-seconds)")


@pytest.mark.slow  # waits out seconds of processor time
def test_work_is_counted_with_what_the_worker_starts(per_page):
    def parse(path):
        subprocess.run([sys.executable, "-c", "while True: pass"])

    failure = only_failure(parse, count_pages=lambda path: 1)
    assert "stopped after 3 s of processor time" in failure.message


@pytest.mark.slow  # waits out the wall time
def test_a_waiting_worker_is_stopped_at_its_wall_time():
    t = time.monotonic()
    failure = only_failure(lambda path: time.sleep(60), budget=Budget(seconds=1))
    assert time.monotonic() - t < 10
    assert failure.message == "a.pdf: stopped after 1 s, the time allowed (see --max-seconds)"


@pytest.mark.slow  # waits out the wall time
def test_the_time_allowed_grows_with_the_pages_the_worker_counts(monkeypatch):
    base, work, wait = worker.BASE_SECONDS, worker.PAGE_SECONDS, worker.PAGE_WAIT
    assert Budget().work_for(None) == Budget().wall_for(None) == base
    assert (Budget().work_for(10), Budget().wall_for(10)) == (base + 10 * work, base + 10 * wait)
    assert Budget(seconds=7).work_for(100) == Budget(seconds=7).wall_for(100) == 7
    monkeypatch.setattr(worker, "BASE_SECONDS", 1.0)
    monkeypatch.setattr(worker, "PAGE_WAIT", 1.0)
    t = time.monotonic()
    failure = only_failure(lambda path: time.sleep(60), count_pages=lambda path: 2)
    assert 2.9 < time.monotonic() - t < 15
    assert failure.message == "a.pdf: stopped after 3 s, the time allowed for 2 pages " \
        "(see --max-seconds)"


@pytest.mark.slow  # a process spinning for a second
def test_work_is_measured_per_process_and_its_descendants():
    me = os.getpid()
    child = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(1)
        alone = worker.cpu_seconds({child.pid})
        both = worker.cpu_seconds({me, 999999999})
    finally:
        child.kill()
        child.wait()
    assert alone is not None and both is not None
    assert alone[child.pid] > 0 and both[999999999] == 0
    assert both[me] >= alone[child.pid]  # the spinning child's time is counted with mine


@pytest.mark.slow  # a worker grows to its memory limit
def test_a_worker_is_held_to_its_memory():
    def parse(path):
        return len(bytearray(2 << 30))  # 2 GB

    failure = only_failure(parse, budget=Budget(memory_mb=200))
    assert "more memory than the limit" in failure.message


@pytest.mark.slow  # 300 MB held, 100 MB more in a worker
def test_memory_allowed_is_beyond_what_the_parent_holds():
    held = bytearray(300 << 20)  # the parent holds 300 MB: the worker still gets its 200
    (outcome,) = outcomes(lambda path: len(bytearray(100 << 20)), budget=Budget(memory_mb=200))
    assert outcome == 100 << 20
    del held


@pytest.mark.slow  # a crash, a hang and a wall time
def test_the_batch_goes_on_after_every_kind_of_ending():
    def parse(path):
        if path == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
        if path == "hang":
            time.sleep(60)
        if path == "raise":
            raise RecursionError
        return "ok"

    got = dict(parse_each(["crash", "good1", "hang", "raise", "good2"], parse,
                          budget=Budget(seconds=1), jobs=2))
    assert got["good1"] == got["good2"] == "ok"
    assert all(isinstance(got[p], Failure) for p in ("crash", "hang", "raise"))


def test_workers_output_is_held_back_unless_verbose(capfd):
    def parse(path):
        os.write(1, b"noise on stdout\n")
        os.write(2, b"noise on stderr\n")
        return 1

    outcomes(parse)
    out, err = capfd.readouterr()
    assert "noise" not in out + err
    outcomes(parse, verbose=True)
    out, err = capfd.readouterr()
    assert "noise on stderr" in err


def test_scratch_files_go_with_the_worker():
    def parse(path):
        scratch = tempfile.mkdtemp()
        Path(scratch, "page.png").write_bytes(b"x" * 1000)
        return scratch

    (scratch,) = outcomes(parse)
    assert WORKDIR_PREFIX in scratch and not Path(scratch).exists()
    (scratch,) = outcomes(lambda path: (tempfile.mkdtemp(), os._exit(1)))
    assert not any(Path(tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}{os.getpid()}-*"))


def test_scratch_of_a_killed_import_is_removed_by_the_next(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = Path(tempfile.gettempdir()) / f"{WORKDIR_PREFIX}{dead.pid}-left"
    stale.mkdir()
    (stale / "ocr.pdf").write_bytes(b"%PDF-")
    mine = Path(tempfile.gettempdir()) / f"{WORKDIR_PREFIX}{os.getpid()}-mine"
    mine.mkdir()
    try:
        outcomes(lambda path: 1)
        assert not stale.exists()
        assert mine.exists()  # a live import's scratch stays
    finally:
        mine.rmdir()


PARENT = """
import os, sys, time
from meetbook.worker import parse_each

def parse(path):
    with open(path, "w") as f:
        f.write(str(os.getpid()))
    time.sleep(120)

list(parse_each(sys.argv[1:], parse, jobs=2))
"""


@pytest.mark.slow  # a killed import
def test_workers_die_with_a_killed_parent(tmp_path):
    pids = [tmp_path / "w1", tmp_path / "w2"]
    parent = subprocess.Popen([sys.executable, "-c", PARENT, *map(str, pids)])
    try:
        for _ in range(200):
            if all(p.exists() and p.read_text() for p in pids):
                break
            time.sleep(0.05)
        workers = [int(p.read_text()) for p in pids]
    finally:
        parent.kill()  # the parent alone, not its process group
        parent.wait()
    for _ in range(100):
        if not any(_running(w) for w in workers):
            break
        time.sleep(0.05)
    assert not any(_running(w) for w in workers)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


# ------------------------------------------------------------------ parses begun early, dropped


def test_a_dropped_parse_is_stopped_and_left_out():
    started: list[str] = []

    def parse(path):
        time.sleep(30 if path == "held" else 0)
        return path.upper()

    with worker.Parses(["held", "b", "c"], parse, jobs=2) as parses:
        parses.start()
        started = [w.path for w in parses.pool.running.values()]
        held = next(w for w in parses.pool.running.values() if w.path == "held")
        parses.drop(0)
        assert not held.process.alive() and held.process.exitcode is not None
        t = time.monotonic()
        assert list(parses) == [("b", "B"), ("c", "C")]
        assert time.monotonic() - t < 20  # not waiting for the dropped one
    assert started == ["held", "b"]


def test_parses_begun_leave_no_worker_behind_when_closed():
    parses = worker.Parses(["a", "b"], lambda p: time.sleep(30), jobs=2)
    parses.start()
    pids = [w.process.pid for w in parses.pool.running.values()]
    parses.close()
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


# ------------------------------------------------------------------ the command begins early


def test_the_command_begins_parsing_only_what_the_register_may_lack(tmp_path, monkeypatch,
                                                                    vas_part):
    from click.testing import CliRunner

    from meetbook import importer
    from meetbook.cli import cli
    from meetbook.register import peek

    db = str(tmp_path / "r.db")
    begun: list[list[str]] = []
    real = importer._parses
    monkeypatch.setattr(importer, "_parses", lambda paths, options: (
        begun.append(list(paths)), real(paths, options))[1])

    def run():
        return CliRunner().invoke(cli, ["import", str(vas_part), "--db", db, "--json"])

    assert '"inserted": 1' in run().output and begun == [[str(vas_part)]]
    begun.clear()
    assert '"unchanged": 1' in run().output and begun == []  # held: never read
    monkeypatch.setattr(peek, "held_files", lambda path, shas: set())  # the look cannot tell
    result = run()
    assert '"unchanged": 1' in result.output and '"inserted": 0' in result.output
    assert begun == [[str(vas_part)]] and not list(Path(tempfile.gettempdir()).glob(
        f"{WORKDIR_PREFIX}{os.getpid()}-*"))  # begun, then stopped, its scratch gone

