"""PDF → RawPage → Page. Each page is opened, read and closed in turn.

pypdfium2 reads by default (`fast.py`); pdfplumber is kept as a backend, for the pages pdfium
cannot place, and as the reference the fast reader is compared against. Scans without a text
layer go through OCR (`ocr.py`) first."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from meetbook import errors
from meetbook.model import Line
from meetbook.pdf.pages import Page, RawPage, Table, split_bands
from meetbook.text import join_lines

log = logging.getLogger(__name__)

MAX_BYTES = 200 * 1024 * 1024
MAX_PAGES = 5000


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


def _words(chars: list[dict]) -> tuple[tuple[float, float, str], ...]:
    words: list[list] = []
    for c in chars:
        if c["text"].isspace():
            words.append(None)  # type: ignore[arg-type]
            continue
        gap = 0.25 * float(c.get("size") or 10)
        last = words[-1] if words else None
        if last is not None and c["x0"] - last[1] <= gap:
            last[1] = c["x1"]
            last[2] += c["text"]
        else:
            words.append([c["x0"], c["x1"], c["text"]])
    return tuple((w[0], w[1], w[2]) for w in words if w)


def _line(raw: dict, page: int) -> Line:
    chars = raw["chars"]
    first = next((c for c in chars if not c["text"].isspace()), chars[0])
    bold = sum("bold" in (c.get("fontname") or "").lower() for c in chars) > len(chars) / 2
    return Line(" ".join(raw["text"].split()), page, float(raw["x0"]), float(raw["top"]),
                float(raw["x1"]), round(float(first.get("size") or 0), 2), bold, _words(chars))


def tables_plumber(pg, number: int) -> list[Table]:
    if len(pg.rects) + len(pg.lines) < 4:
        return []
    out = []
    for t in pg.find_tables():
        rows = tuple(tuple(join_lines(c or "") for c in row) for row in t.extract())
        if len(rows) >= 2:
            out.append(Table(number, float(t.bbox[1]), float(t.bbox[3]), rows))
    return out


def read_page_plumber(pg, number: int) -> RawPage:
    raw = pg.extract_text_lines(layout=False, strip=True, return_chars=True)
    lines = [_line(r, number) for r in raw if r["text"].strip()]
    return RawPage(number, float(pg.width), float(pg.height), lines, tables_plumber(pg, number),
                   len(pg.images))


BACKENDS = ("pdfium", "pdfplumber")
OCR_MODES = ("auto", "always", "never")


def read_pdf(path: str | Path, max_pages: int = MAX_PAGES, max_bytes: int = MAX_BYTES,
             backend: str = "pdfium", ocr: str = "auto") -> list[Page]:
    """The pages of the PDF at path, with lines, tables and running bands set apart.

    backend "pdfium" reads with pypdfium2 (fast), "pdfplumber" with pdfminer. ocr "auto"
    OCRs a file without a text layer, "always" OCRs every page, "never" raises NoText on
    a scan."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    path = Path(path)
    check_file(path, max_bytes)
    raw = read_raw_pages(path, max_pages, backend)
    from meetbook.pdf.ocr import needs_ocr

    scanned = needs_ocr(raw)
    if ocr == "always" or (ocr == "auto" and scanned):
        raw = _with_ocr(path, raw, max_pages, backend, force=ocr == "always")
    elif scanned:
        raise errors.NoText(str(path), "OCR is off")
    return split_bands(raw)


def read_raw_pages(path: Path, max_pages: int = MAX_PAGES,
                   backend: str = "pdfium") -> list[RawPage]:
    """Every page's lines, tables and image count, before bands are set apart."""
    if backend == "pdfplumber":
        return _read_plumber(path, max_pages)
    return _read_pdfium(path, max_pages)


def _check_pages(path: Path, n: int, max_pages: int) -> None:
    if n == 0:
        raise errors.NoPages(str(path))
    if n > max_pages:
        raise errors.TooLarge(str(path), f"{n} pages, limit {max_pages}; see --max-pages")


def _read_pdfium(path: Path, max_pages: int) -> list[RawPage]:
    import pypdfium2 as pdfium

    from meetbook.pdf import fast

    try:
        doc = fast.open_document(path)
    except (errors.Encrypted, errors.Unreadable):
        # pdfium also refuses files pdfminer reads (an empty page tree reports as a password
        # error): let pdfminer judge, with its own error or its pages
        return _read_plumber(path, max_pages)
    try:
        _check_pages(path, len(doc), max_pages)
        return list(fast.read_document(doc, path))
    except errors.BadInput:
        raise
    except pdfium.PdfiumError as e:  # a page pdfium cannot load
        raise errors.Unreadable(str(path), str(e)) from e
    except Exception as e:  # a page handed to pdfminer, which raises many kinds
        raise _plumber_error(path, e) from e
    finally:
        doc.close()


def _read_plumber(path: Path, max_pages: int) -> list[RawPage]:
    import pdfplumber

    raw: list[RawPage] = []
    try:
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            _check_pages(path, n, max_pages)
            for i in range(n):
                pg = pdf.pages[i]
                try:
                    raw.append(read_page_plumber(pg, i + 1))
                finally:
                    pg.close()
    except errors.BadInput:
        raise
    except Exception as e:  # pdfminer raises many kinds on damaged files
        raise _plumber_error(path, e) from e
    return raw


def _plumber_error(path: Path, e: Exception) -> errors.BadInput:
    """pdfminer's error as ours; pdfplumber wraps it in a PdfminerException."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    causes = [e, *(a for a in e.args if isinstance(a, BaseException)), e.__cause__]
    for c in causes:
        if c is not None and (isinstance(c, PDFPasswordIncorrect) or "password" in str(c).lower()
                              or type(c).__name__ == "PDFEncryptionError"):
            return errors.Encrypted(str(path))
    return errors.Unreadable(str(path), type(e).__name__)


def _with_ocr(path: Path, raw: list[RawPage], max_pages: int, backend: str,
              force: bool) -> list[RawPage]:
    """The pages with OCR'd text on every page that had none (every page when force)."""
    import tempfile

    from meetbook.pdf.ocr import ocr_pdf

    with tempfile.TemporaryDirectory(prefix="meetbook-ocr-") as tmp:
        ocred = read_raw_pages(ocr_pdf(path, tmp, force=force), max_pages, backend)
    if len(ocred) != len(raw):
        raise errors.NoText(str(path), f"OCR gave {len(ocred)} pages for {len(raw)}")
    return [_mark_ocr(new) if force or not old.lines else old for old, new in zip(raw, ocred)]


def _mark_ocr(page: RawPage) -> RawPage:
    from meetbook.pdf.ocr import fix_line

    page.lines = [fix_line(ln) for ln in page.lines]
    page.ocr = True
    return page
