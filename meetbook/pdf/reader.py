"""PDF → RawPage → Page: the file checked, its pages read (in parallel when it pays), scans
OCR'd, running bands set apart.

pypdfium2 reads by default (`fast.py`); pdfplumber is kept as a backend, for the pages pdfium
cannot place, and as the reference the fast reader is compared against (`plumber.py`). Scans
without a text layer go through OCR (`ocr.py`) first. Every step keeps to the file's
`Limits`."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from meetbook import errors
from meetbook.pdf import fast, parallel, plumber
from meetbook.pdf.limits import DEFAULT, Limits, over
from meetbook.pdf.ocr import fix_line, needs_ocr, ocr_pdf, workdir
from meetbook.pdf.pages import Page, RawPage, split_bands

log = logging.getLogger(__name__)

MAX_BYTES = DEFAULT.max_bytes
MAX_PAGES = DEFAULT.max_pages
BACKENDS = ("pdfium", "pdfplumber")
OCR_MODES = ("auto", "always", "never")


def sha256_of(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_file(path: Path, max_bytes: int = MAX_BYTES) -> None:
    """Raise a BadInput for a file that is missing, empty, too big or not a PDF."""
    if not path.exists() or not path.is_file():
        raise errors.NotFound(str(path))
    size = path.stat().st_size
    if size == 0:
        raise errors.EmptyFile(str(path))
    if size > max_bytes:
        raise errors.TooLarge(str(path), f"{size} bytes, limit {max_bytes}; see --max-bytes")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        raise errors.NotAPdf(str(path))


def read_pdf(path: str | Path, max_pages: int | None = None, max_bytes: int | None = None,
             backend: str = "pdfium", ocr: str = "auto", limits: Limits | None = None,
             jobs: int | None = None, meanwhile: Callable[[], None] | None = None
             ) -> list[Page]:
    """The pages of the PDF at path, with lines, tables and running bands set apart.

    backend "pdfium" reads with pypdfium2 (fast), "pdfplumber" with pdfminer. ocr "auto"
    OCRs a file without a text layer, "always" OCRs every page, "never" raises NoText on
    a scan. limits bound the work (max_pages and max_bytes, when given, override theirs);
    jobs is the number of processes that read a large file's pages (None: one per core when
    it pays); meanwhile, when given, is run in this process while the others begin to read
    (before reading where there are none)."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    path = Path(path)
    limits = _with(limits, max_pages=max_pages, max_bytes=max_bytes)
    check_file(path, limits.max_bytes)
    raw = read_raw_pages(path, limits.max_pages, backend, limits, jobs, meanwhile)
    scanned = needs_ocr(raw)
    if ocr == "always" or (ocr == "auto" and scanned):
        raw = _with_ocr(path, raw, backend, limits, force=ocr == "always")
    elif scanned:
        raise errors.NoText(str(path), "OCR is off")
    return split_bands(raw)


def read_raw_pages(path: Path, max_pages: int | None = None, backend: str = "pdfium",
                   limits: Limits | None = None, jobs: int | None = None,
                   meanwhile: Callable[[], None] | None = None) -> list[RawPage]:
    """Every page's lines, tables and image count, before bands are set apart."""
    limits = _with(limits, max_pages=max_pages)
    if backend == "pdfplumber":
        _run(meanwhile)
        return plumber.read_plumber(path, limits)
    return _read_pdfium(path, limits, jobs, meanwhile)


def _run(work: Callable[[], None] | None) -> None:
    if work is not None:
        work()


def _with(limits: Limits | None, **given: int | None) -> Limits:
    """The limits with the values given (not None) in place of theirs."""
    return replace(limits or DEFAULT, **{k: v for k, v in given.items() if v is not None})


def _read_pdfium(path: Path, limits: Limits, jobs: int | None,
                 meanwhile: Callable[[], None] | None) -> list[RawPage]:
    try:
        doc = fast.open_document(path)
    except (errors.Encrypted, errors.Unreadable):
        # pdfium also refuses files pdfminer reads (an empty page tree reports as a password
        # error): let pdfminer judge, with its own error or its pages
        _run(meanwhile)
        return plumber.read_plumber(path, limits)
    with fast.reading_errors(path):
        try:
            n = len(doc)
            plumber.check_pages(path, n, limits.max_pages)
        except BaseException:
            doc.close()
            raise
    workers = parallel.jobs_for(n, jobs)
    if workers > 1:
        doc.close()
        return parallel.read_in_parallel(path, n, limits, workers, meanwhile)
    try:
        _run(meanwhile)
    except BaseException:
        doc.close()
        raise
    with fast.reading_errors(path):
        reader = fast.DocumentReader(path, limits, doc)
        try:
            return list(reader.pages(range(n)))
        finally:
            reader.close()


def _with_ocr(path: Path, raw: list[RawPage], backend: str, limits: Limits,
              force: bool) -> list[RawPage]:
    """The pages with OCR'd text on every page that had none (every page when force)."""
    todo = raw if force else [p for p in raw if not p.lines]
    largest = max((p.raster for p in todo), default=0)
    if largest > limits.image_pixels:
        raise over(path, f"OCR would render a page of {largest / 1e6:.0f} megapixels, limit "
                         f"{limits.image_pixels / 1e6:.0f}")
    with workdir() as tmp:
        ocred = read_raw_pages(ocr_pdf(path, tmp, force=force, limits=limits),
                               limits.max_pages, backend, limits)
    if len(ocred) != len(raw):
        raise errors.NoText(str(path), f"OCR gave {len(ocred)} pages for {len(raw)}")
    return [_mark_ocr(new) if force or not old.lines else old for old, new in zip(raw, ocred)]


def _mark_ocr(page: RawPage) -> RawPage:
    page.lines = [fix_line(ln) for ln in page.lines]
    page.ocr = True
    return page
