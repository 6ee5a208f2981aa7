"""The pdfplumber (pdfminer) reader: the reference the pdfium reader is compared against, a
backend of its own, and the reader of the pages pdfium cannot place."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from meetbook import errors
from meetbook.model import Line
from meetbook.pdf.contents import ContentGuard
from meetbook.pdf.limits import Limits, Tally
from meetbook.pdf.pages import RawPage, Table
from meetbook.text import join_lines


def _words(chars: list[dict]) -> tuple[tuple[float, float, str], ...]:
    words: list[list | None] = []
    for c in chars:
        if c["text"].isspace():
            words.append(None)
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


def tables_plumber(pg: Any, number: int) -> list[Table]:
    if len(pg.rects) + len(pg.lines) < 4:
        return []
    out = []
    for t in pg.find_tables():
        rows = tuple(tuple(join_lines(c or "") for c in row) for row in t.extract())
        if len(rows) >= 2:
            out.append(Table(number, float(t.bbox[1]), float(t.bbox[3]), rows))
    return out


def read_page_plumber(pg: Any, number: int) -> RawPage:
    raw = pg.extract_text_lines(layout=False, strip=True, return_chars=True)
    lines = [_line(r, number) for r in raw if r["text"].strip()]
    return RawPage(number, float(pg.width), float(pg.height), lines, tables_plumber(pg, number),
                   len(pg.images), glyphs=len(pg.chars))


def read_plumber(path: Path, limits: Limits) -> list[RawPage]:
    """Every page read with pdfplumber, each checked against the limits before it is parsed."""
    import pdfplumber

    raw: list[RawPage] = []
    guard = ContentGuard(path, limits)
    tally = Tally(path, limits)
    try:
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            check_pages(path, n, limits.max_pages)
            for i in range(n):
                guard.check(i)
                pg = pdf.pages[i]
                try:
                    page = read_page_plumber(pg, i + 1)
                finally:
                    pg.close()
                tally.add(i + 1, page.glyphs, len(page.lines))
                raw.append(page)
    except errors.BadInput:
        raise
    except Exception as e:  # pdfminer raises many kinds on damaged files
        raise plumber_error(path, e) from e
    finally:
        guard.close()
    return raw


def check_pages(path: Path, n: int, max_pages: int) -> None:
    if n == 0:
        raise errors.NoPages(str(path))
    if n > max_pages:
        raise errors.TooLarge(str(path), f"{n} pages, limit {max_pages}; see --max-pages")


def plumber_error(path: Path, e: Exception) -> errors.BadInput:
    """pdfminer's error as ours; pdfplumber wraps it in a PdfminerException."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    causes = [e, *(a for a in e.args if isinstance(a, BaseException)), e.__cause__]
    for c in causes:
        if c is not None and (isinstance(c, PDFPasswordIncorrect) or "password" in str(c).lower()
                              or type(c).__name__ == "PDFEncryptionError"):
            return errors.Encrypted(str(path))
    return errors.Unreadable(str(path), type(e).__name__)


class PlumberPages:
    """pdfplumber opened only when a page needs it, and kept open for the next such page."""

    def __init__(self, path: str | Path):
        self.path = path
        self.pdf: Any = None

    def _page(self, index: int) -> Any:
        if self.pdf is None:
            import pdfplumber

            self.pdf = pdfplumber.open(self.path)
        return self.pdf.pages[index]

    def read(self, index: int) -> RawPage:
        pg = self._page(index)
        try:
            return read_page_plumber(pg, index + 1)
        finally:
            pg.close()

    def tables(self, index: int) -> list[Table]:
        pg = self._page(index)
        try:
            return tables_plumber(pg, index + 1)
        finally:
            pg.close()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
