"""OCR of a scanned protocol with ocrmypdf and Tesseract's Swedish model (about 20 s on an
idle machine): what it reads, its time limits, its messages and its temporary files."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meetbook import errors
from meetbook.model import Line
from meetbook.pdf import Limits
from meetbook.pdf.ocr import fix_line, needs_ocr, ocr_pdf, sweep, tesseract_available, workdir
from meetbook.pdf.pages import RawPage
from tests.conftest import shared

needs_tesseract = pytest.mark.skipif(not tesseract_available("swe"),
                                     reason="tesseract with the Swedish model is not installed")
SCAN = "vasteras-ks-protokoll-213-scan.pdf"


@pytest.fixture(scope="module")
def scan_pages():
    pytest.importorskip("ocrmypdf")
    from meetbook.pdf import read_pdf

    return read_pdf(shared("vasteras-ks-protokoll-213-scan.pdf"), ocr="auto")


@pytest.mark.slow
@needs_tesseract
def test_ocr_reads_the_paragraph_and_dnr(scan_pages):
    assert len(scan_pages) == 20
    first = " ".join(ln.text for ln in scan_pages[0].lines)
    assert "§ 213" in first
    assert "Dnr KS 2024/00103-1.4.2" in first


@pytest.mark.slow
@needs_tesseract
def test_ocr_reads_the_reservants(scan_pages):
    first = " ".join(ln.text for ln in scan_pages[0].lines)
    assert "Elisabeth Unell (M), Johan Henriksson (M) och Klara Helin (M)" in first
    assert "Erik Johansson (SD) och Caroline Frisk (SD)" in first


@pytest.mark.slow
@needs_tesseract
def test_ocr_pages_and_lines_are_marked(scan_pages):
    assert all(p.ocr for p in scan_pages)
    assert all(ln.ocr for p in scan_pages for ln in p.lines)
    assert sum(len(p.body) for p in scan_pages) > 300


@pytest.mark.parametrize("text, fixed", [
    ("&213 Dnr KS 2024/00103-1.4.2", "§ 213 Dnr KS 2024/00103-1.4.2"),
    ("enligt §5 i arbetsordningen", "enligt § 5 i arbetsordningen"),
    ("Svensson & Co AB", "Svensson & Co AB"),
])
def test_fix_line(text, fixed):
    line = fix_line(Line(text, 1))
    assert line.text == fixed and line.ocr


@pytest.mark.parametrize("pages, expected", [
    ([(0, 1)] * 3, True),
    ([(0, 1), (5, 0), (5, 0)], False),
    ([(0, 0)] * 3, False),  # blank pages: nothing to OCR
    ([], False),
])
def test_needs_ocr(pages, expected):
    raw = [RawPage(i + 1, 595, 842, [Line("x", i + 1)] * n, images=img)
           for i, (n, img) in enumerate(pages)]
    assert needs_ocr(raw) is expected


# --- time limits, messages, temporary files -----------------------------------------------

def _processes_mentioning(text: str) -> list[str]:
    """Command lines of running processes that name text (Linux /proc)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            line = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in line:
            found.append(line)
    return found


@pytest.mark.slow
@needs_tesseract
def test_ocr_that_runs_too_long_is_stopped_with_everything_it_started(tmp_path):
    with workdir(tmp_path) as folder:
        started = time.monotonic()
        with pytest.raises(errors.OverLimit) as caught:
            ocr_pdf(shared(SCAN), folder, limits=Limits(ocr_seconds=3))
        assert time.monotonic() - started < 30
        assert str(caught.value).endswith("(OCR ran longer than 3 s)")
        time.sleep(1)
        assert _processes_mentioning(str(folder)) == []
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_ocr_that_cannot_run_says_why(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # neither tesseract nor ghostscript found
    streams = sys.stdout, sys.stderr
    with workdir(tmp_path / "work") as folder, pytest.raises(errors.NoText) as caught:
        ocr_pdf(shared(SCAN), folder)
    assert "OCR unavailable" in str(caught.value) and "\n" not in str(caught.value)
    assert (sys.stdout, sys.stderr) == streams


@pytest.mark.slow
def test_a_failed_ocr_import_tells_the_user(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "meetbook", "import", str(shared(SCAN)), "--db",
                           str(tmp_path / "register.db")], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 1
    assert f"{shared(SCAN)}: no text layer" in done.stderr and "OCR unavailable" in done.stderr
    assert "Traceback" not in done.stderr


def test_work_folders_of_ended_runs_are_swept(tmp_path):
    ended = tmp_path / "999999999-abc"  # above Linux's largest process id
    mine = tmp_path / f"{os.getpid()}-def"
    stray = tmp_path / "not-a-run"
    old = tmp_path / f"{os.getpid()}-old"
    for folder in (ended, mine, stray, old):
        folder.mkdir()
        (folder / "page.png").write_bytes(b"x" * 1000)
    os.utime(old, (time.time() - 2 * 24 * 3600,) * 2)
    assert sorted(sweep(tmp_path)) == sorted([ended, stray, old])
    assert [p.name for p in tmp_path.iterdir()] == [mine.name]


def test_a_work_folder_is_removed_also_when_ocr_fails(tmp_path):
    with pytest.raises(RuntimeError), workdir(tmp_path) as folder:
        (folder / "partial.pdf").write_bytes(b"%PDF-")
        raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []
