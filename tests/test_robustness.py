"""Bad input, crashes and concurrency: the register is never damaged and never half-written.

- a mutation test: damaged copies of corpus PDFs either import or fail with one line naming
  the file, and a failed file leaves the register as it was;
- a kill test: SIGKILL at several moments of an import leaves an intact register, the file all
  there or not at all, and the next run completes it;
- a concurrency test: two imports into one register at once both land.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from meetbook.cli import cli
from tests.conftest import BOOK, VAS, shared

MEETBOOK = [sys.executable, "-m", "meetbook"]
pytestmark = pytest.mark.slow  # hundreds of imports, killed processes, concurrent writers


def _mutants(data: bytes, n: int, seed: int = 8) -> list[tuple[str, bytes]]:
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        kind = k % 4
        if kind == 0:  # truncated
            cut = rnd.randrange(1, len(data) - 1)
            out.append((f"trunc-{cut}", data[:cut]))
        elif kind == 1:  # bit flips
            b = bytearray(data)
            for _ in range(rnd.randrange(1, 40)):
                b[rnd.randrange(len(b))] ^= 1 << rnd.randrange(8)
            out.append((f"flip-{k}", bytes(b)))
        elif kind == 2:  # a zeroed run
            start = rnd.randrange(len(data))
            b = bytearray(data)
            b[start:start + rnd.randrange(16, 4096)] = b"\0" * min(4096, len(b) - start)
            out.append((f"zero-{start}", bytes(b[: len(data)])))
        else:  # a shuffled middle
            a, z = sorted(rnd.sample(range(len(data)), 2))
            out.append((f"swap-{a}", data[:a] + data[z:] + data[a:z]))
    return out


def _snapshot(db: Path) -> str:
    result = CliRunner().invoke(cli, ["export", "--db", str(db)])
    return result.output


def test_two_hundred_damaged_pdfs(tmp_path):
    source = shared("real/kungsbacka-ks-2026-08-25-protokollsutdrag-179-180.pdf").read_bytes()
    db = tmp_path / "register.db"
    assert CliRunner().invoke(cli, ["import", str(VAS), "--db", str(db), "-q"]).exit_code == 0
    failed = 0
    for name, data in _mutants(source, 200):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        before = _snapshot(db)
        result = CliRunner().invoke(cli, ["import", str(path), "--db", str(db), "-q"])
        assert result.exception is None or isinstance(result.exception, SystemExit), name
        if result.exit_code != 0:
            failed += 1
            assert result.exit_code == 1, (name, result.output)
            lines = [ln for ln in result.output.splitlines() if ln.strip()]
            assert len(lines) == 1 and path.name in lines[0], (name, result.output)
            assert _snapshot(db) == before, name
        path.unlink()
    assert failed > 50  # most damaged copies are refused, not silently half-read
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("delay", [0.3, 1.5, 3.0, 4.5])
def test_kill_mid_import_leaves_all_or_nothing(tmp_path, delay):
    db = tmp_path / "register.db"
    subprocess.run([*MEETBOOK, "import", str(VAS), "--db", str(db), "-q"], check=True)
    proc = subprocess.Popen([*MEETBOOK, "import", str(BOOK), "--db", str(db), "-q"],
                            start_new_session=True)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    files = {r[0] for r in con.execute("SELECT name FROM files")}
    items = con.execute("SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id "
                        "JOIN files f ON f.sha256 = m.sha256 WHERE f.name = ?",
                        [BOOK.name]).fetchone()[0]
    con.close()
    assert VAS.name in files
    assert items in (0, 10) and (items == 10) == (BOOK.name in files)
    subprocess.run([*MEETBOOK, "import", str(BOOK), "--db", str(db), "-q"], check=True)
    data = json.loads(subprocess.run([*MEETBOOK, "export", "--db", str(db)], check=True,
                                     capture_output=True, text=True).stdout)
    assert sorted(m["source"]["file"] for m in data["meetings"]) == sorted([BOOK.name, VAS.name])


def test_two_imports_at_once(tmp_path):
    db = tmp_path / "register.db"
    procs = [subprocess.Popen([*MEETBOOK, "import", str(f), "--db", str(db), "-q"],
                              stderr=subprocess.PIPE, text=True) for f in (BOOK, VAS)]
    codes = [p.wait(timeout=600) for p in procs]
    assert codes == [0, 0], [p.stderr.read() for p in procs]
    data = json.loads(subprocess.run([*MEETBOOK, "export", "--db", str(db)], check=True,
                                     capture_output=True, text=True).stdout)
    assert len(data["meetings"]) == 2
