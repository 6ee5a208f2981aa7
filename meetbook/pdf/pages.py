"""Pages as plain data, and the recognition of running headers and footers (pure)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from meetbook.model import Line

# "Sida 3 av 78", "3 av 78", "3 (20)", "56 (63)", "- 3 -", a lone "3"
PAGE_NUMBER = re.compile(
    r"^(?:sida\s+)?\d{1,4}\s*(?:av|/|\()\s*\d{1,4}\)?$|^-?\s*\d{1,4}\s*-?$", re.IGNORECASE)
BAND = 0.09  # top and bottom share of the page height where running headers and footers live
WIDE_BAND = 0.13  # a wider band, for lines that recur on at least half of the pages


@dataclass(frozen=True)
class Table:
    """A ruled table: rows of cell texts, with its page and vertical extent."""

    page: int
    top: float
    bottom: float
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    body: tuple[Line, ...]
    header: tuple[Line, ...] = ()
    footer: tuple[Line, ...] = ()
    tables: tuple[Table, ...] = ()
    ocr: bool = False
    has_text: bool = True
    images: int = 0

    @property
    def lines(self) -> tuple[Line, ...]:
        return self.header + self.body + self.footer


@dataclass
class RawPage:
    """A page as read, before running bands are set apart; glyphs and raster (the pixels of
    the largest page raster an image on it asks OCR for) are what its limits are checked on."""

    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[Table] = field(default_factory=list)
    images: int = 0
    ocr: bool = False
    glyphs: int = 0
    raster: int = 0


DIGITS = re.compile(r"\d+")


def shape(text: str) -> str:
    """The text with digits folded, so that "Sida 3 av 78" and "Sida 4 av 78" match."""
    return DIGITS.sub("#", text.strip().lower())


def _in_band(line: Line, height: float, share: float = BAND) -> str | None:
    if line.top < height * share:
        return "header"
    if line.top > height * (1 - share) - 8:
        return "footer"
    return None


def split_bands(raw: list[RawPage]) -> list[Page]:
    """Pages with their running header and footer lines set apart from the body.

    A band line is running furniture when its shape recurs on several pages, or when it is
    a page number."""
    # each line's shape where it lies in the wide bands (no other line is counted or asked)
    shapes = [[shape(ln.text) if _in_band(ln, p.height, WIDE_BAND) else None for ln in p.lines]
              for p in raw]
    counts: Counter[str] = Counter()
    for page_shapes in shapes:
        counts.update({s for s in page_shapes if s is not None})
    recurring = max(2, min(3, len(raw) // 2 + 1))
    # half of the pages that carry text: scanned appendices have no running header to count
    texts = sum(1 for p in raw if len(p.lines) >= 5) or len(raw)
    common = max(3, (texts + 1) // 2)
    pages = []
    for p, page_shapes in zip(raw, shapes):
        head: list[Line] = []
        body: list[Line] = []
        foot: list[Line] = []
        for ln, line_shape in zip(p.lines, page_shapes):
            if line_shape is None:  # outside the wide bands: body
                body.append(ln)
                continue
            n = counts[line_shape]
            wide = n >= common and not ln.bold  # bold lines there are headings, not furniture
            band = _in_band(ln, p.height) or (_in_band(ln, p.height, WIDE_BAND) if wide else None)
            furniture = band and (n >= recurring or PAGE_NUMBER.match(ln.text.strip()))
            (head if band == "header" else foot if band == "footer" else body).append(ln) \
                if furniture else body.append(ln)
        pages.append(Page(p.number, p.width, p.height, tuple(body), tuple(head), tuple(foot),
                          tuple(p.tables), p.ocr, bool(p.lines), p.images))
    return pages
