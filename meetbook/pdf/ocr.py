"""OCR for scanned pages: ocrmypdf with Tesseract's Swedish model adds a text layer.

ocrmypdf runs Tesseract and Ghostscript as subprocesses with argument lists, never through a
shell; the only things passed from the user are the input path and the output folder.
"""
from __future__ import annotations

import contextlib
import logging
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from meetbook import errors
from meetbook.headings import HEADING_WORDS, PARAGRAPH_FIRST
from meetbook.model import Line
from meetbook.pdf.pages import Page, RawPage

JOBS = 2  # the machines meetbook runs on have two cores
# Tesseract's Swedish model reads a paragraph sign before a number as "&":
# "&213 Dnr KS 2024/00103-1.4.2" is printed "§ 213 Dnr KS 2024/00103-1.4.2"
PARAGRAPH_SIGN = re.compile(r"(?:(?<=\s)|^)[&§]\s?(?=\d{1,4}\b)")
PARAGRAPH_WORD = re.compile(r"^&(?=\d{1,4}$)")


def needs_ocr(raw_pages: Sequence[RawPage]) -> bool:
    """Whether most pages have no text but do have an image: a scan without a text layer."""
    scanned = sum(1 for p in raw_pages if not p.lines and p.images)
    return bool(raw_pages) and scanned > len(raw_pages) / 2


def fix_line(line: Line) -> Line:
    """The OCR'd line marked as such, with the paragraph sign Tesseract misreads put back."""
    words = tuple((x0, x1, PARAGRAPH_WORD.sub("§", text)) for x0, x1, text in line.words)
    return replace(line, text=PARAGRAPH_SIGN.sub("§ ", line.text), words=words, ocr=True)


def tesseract_available(language: str = "swe") -> bool:
    """Whether Tesseract is installed with the given language model."""
    import subprocess

    exe = shutil.which("tesseract")
    if exe is None:
        return False
    listed = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, check=False)
    return language in listed.stdout.split()


@contextlib.contextmanager
def _quiet(level: int = logging.ERROR) -> Iterator[None]:
    """ocrmypdf's progress and per-page notes held back; its errors still shown."""
    names = ["ocrmypdf", "pdfminer", "PIL", "pikepdf"]
    before = {n: logging.getLogger(n).level for n in names}
    for n in names:
        logging.getLogger(n).setLevel(level)
    try:
        yield
    finally:
        for n, lvl in before.items():
            logging.getLogger(n).setLevel(lvl)


def ocr_pdf(path: str | Path, out_dir: str | Path, language: str = "swe",
            force: bool = False, deskew: bool = False) -> Path:
    """The path of a copy of the PDF with a text layer OCR'd onto its pages.

    Pages that already have text are kept as they are unless force is set, in which case
    every page is rasterised and OCR'd. Raises NoText when OCR cannot run or fails."""
    try:
        import ocrmypdf
    except ImportError as e:
        raise errors.NoText(str(path), "ocrmypdf is not installed") from e

    path = Path(path)
    out = Path(out_dir) / f"{path.stem}.ocr.pdf"
    try:
        with _quiet():
            status = ocrmypdf.ocr(
                path, out, language=[language], force_ocr=force, skip_text=not force,
                deskew=deskew, progress_bar=False, jobs=JOBS,
                output_type="pdf",  # plain PDF: no PDF/A conversion through Ghostscript
                optimize=0)
    except ocrmypdf.exceptions.MissingDependencyError as e:
        raise errors.NoText(str(path), f"OCR unavailable: {_first_line(e)}") from e
    except ocrmypdf.exceptions.EncryptedPdfError as e:
        raise errors.Encrypted(str(path)) from e
    except ocrmypdf.exceptions.ExitCodeException as e:
        raise errors.NoText(str(path), f"OCR failed: {_first_line(e) or type(e).__name__}") from e
    if status != ocrmypdf.ExitCode.ok or not out.is_file():
        raise errors.NoText(str(path), f"OCR failed: ocrmypdf exit {int(status)}")
    return out


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else ""


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
