"""OCR for scanned pages: ocrmypdf with Tesseract's Swedish model adds a text layer.

ocrmypdf runs in a process of its own, under a time limit per page (Tesseract's) and one for
the whole file, so that a long scan cannot hold an import for hours, nothing it does to
logging or the standard streams reaches meetbook, and its last word reaches the user. Its
temporary files live in a folder of their own under one root, removed afterwards; the next
run removes folders that a killed run left behind. Only the input path and the output folder
come from the user, and they are passed as arguments, never through a shell.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from meetbook import errors
from meetbook.headings import HEADING_WORDS, PARAGRAPH_FIRST
from meetbook.model import Line
from meetbook.pdf.limits import DEFAULT, Limits, over
from meetbook.pdf.pages import Page, RawPage

JOBS = 2  # the machines meetbook runs on have two cores
# Tesseract's Swedish model reads a paragraph sign before a number as "&":
# "&213 Dnr KS 2024/00103-1.4.2" is printed "§ 213 Dnr KS 2024/00103-1.4.2"
PARAGRAPH_SIGN = re.compile(r"(?:(?<=\s)|^)[&§]\s?(?=\d{1,4}\b)")
PARAGRAPH_WORD = re.compile(r"^&(?=\d{1,4}$)")
# ocrmypdf's exit codes (ocrmypdf.ExitCode) that say more than "failed"
MISSING_DEPENDENCY = 3
ENCRYPTED = 8
STALE_AFTER = 24 * 3600  # seconds: a work folder this old is removed whoever made it


def needs_ocr(raw_pages: Sequence[RawPage]) -> bool:
    """Whether most pages have no text but do have an image: a scan without a text layer."""
    scanned = sum(1 for p in raw_pages if not p.lines and p.images)
    return bool(raw_pages) and scanned > len(raw_pages) / 2


def fix_line(line: Line) -> Line:
    """The OCR'd line marked as such, with the paragraph sign Tesseract misreads put back."""
    words = tuple((x0, x1, PARAGRAPH_WORD.sub("§", text)) for x0, x1, text in line.words)
    return replace(line, text=PARAGRAPH_SIGN.sub("§ ", line.text), words=words, ocr=True)


def infer_headings(pages: Sequence[Page]) -> list[Page]:
    """Pages whose OCR'd lines are marked bold where they are headings or a § line and its title.

    OCR loses the fonts that headings are recognised by; the words of headings remain."""
    out = []
    for p in pages:
        if not p.ocr or any(ln.bold for ln in p.body):
            out.append(p)
            continue
        body, after_paragraph = [], False
        for ln in p.body:
            text = ln.text.strip()
            heading = bool(HEADING_WORDS.match(text)) or bool(PARAGRAPH_FIRST.match(text) and
                                                             len(text) < 80)
            title = after_paragraph and not text.endswith(".") and len(text) < 90
            body.append(replace(ln, bold=True) if heading or title else ln)
            after_paragraph = bool(PARAGRAPH_FIRST.match(text)) and not title
        out.append(replace(p, body=tuple(body)))
    return out


def tesseract_available(language: str = "swe") -> bool:
    """Whether Tesseract is installed with the given language model."""
    exe = shutil.which("tesseract")
    if exe is None:
        return False
    listed = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, check=False)
    return language in listed.stdout.split()


# --- the work folder ------------------------------------------------------------------------

def work_root() -> Path:
    """Where OCR's work folders live: one root per user under the system's temporary folder."""
    return Path(tempfile.gettempdir()) / f"meetbook-ocr-{os.getuid()}"


@contextlib.contextmanager
def workdir(root: Path | None = None) -> Iterator[Path]:
    """A fresh work folder, named after this process, removed afterwards; folders of
    processes that no longer run are removed first."""
    root = root or work_root()
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    sweep(root)
    folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep(root: Path) -> list[Path]:
    """Remove the work folders a killed run left behind; the folders removed."""
    gone = []
    for folder in root.iterdir() if root.is_dir() else []:
        pid = folder.name.split("-", 1)[0]
        old = time.time() - folder.stat().st_mtime > STALE_AFTER
        if old or not (pid.isdigit() and _running(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)
            gone.append(folder)
    return gone


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


# --- running ocrmypdf ---------------------------------------------------------------------

def ocr_pdf(path: str | Path, out_dir: str | Path, language: str = "swe",
            force: bool = False, deskew: bool = False, limits: Limits = DEFAULT) -> Path:
    """The path of a copy of the PDF with a text layer OCR'd onto its pages.

    Pages that already have text are kept as they are unless force is set, in which case
    every page is rasterised and OCR'd. A page Tesseract cannot read within the page limit
    keeps no text. Raises NoText when OCR cannot run or fails, OverLimit when it runs
    longer than the file's limit."""
    path, out_dir = Path(path), Path(out_dir)
    out = out_dir / f"{path.stem}.ocr.pdf"
    command = [sys.executable, "-m", "ocrmypdf", "--language", language,
               "--force-ocr" if force else "--skip-text", "--jobs", str(JOBS),
               "--output-type", "pdf",  # plain PDF: no PDF/A conversion through Ghostscript
               "--optimize", "0", "--quiet", "--tesseract-timeout", str(limits.ocr_page_seconds),
               "--max-image-mpixels", str(max(1, limits.image_pixels // 1_000_000)),
               *(["--deskew"] if deskew else []), "--", str(path), str(out)]
    status, said = _run(command, out_dir, limits.ocr_seconds, path)
    if status == MISSING_DEPENDENCY:
        raise errors.NoText(str(path), f"OCR unavailable: {said or 'a program is missing'}")
    if status == ENCRYPTED:
        raise errors.Encrypted(str(path))
    if status != 0 or not out.is_file():
        raise errors.NoText(str(path), f"OCR failed: {said or f'ocrmypdf exit {status}'}")
    return out


def _run(command: list[str], folder: Path, seconds: int, path: Path) -> tuple[int, str]:
    """Run ocrmypdf with its temporary files in folder: its exit status and last word."""
    env = dict(os.environ, TMPDIR=str(folder), PYTHONWARNINGS="ignore")
    try:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=env, start_new_session=True,
                                preexec_fn=_end_with_parent, text=True, errors="replace")
    except OSError as e:
        raise errors.NoText(str(path), f"OCR unavailable: {e.strerror or e}") from e
    try:
        _, stderr = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        _stop(proc)
        raise over(path, f"OCR ran longer than {seconds} s") from None
    except BaseException:
        _stop(proc)
        raise
    return proc.returncode, last_word(stderr)


def _end_with_parent() -> None:
    """In the OCR process: be killed when meetbook is, even by SIGKILL (Linux)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _stop(proc: subprocess.Popen) -> None:
    """End the OCR process and everything it started (its own process group)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def last_word(stderr: str) -> str:
    """The last line ocrmypdf wrote that says something, without colours or tracebacks."""
    lines = [ANSI.sub("", ln).strip() for ln in stderr.splitlines()]
    said = [ln for ln in lines if ln and not ln.startswith(("Traceback", "File ", "^"))]
    return said[-1][:300] if said else ""
