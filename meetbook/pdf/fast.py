"""pypdfium2 → RawPage: the same lines as the pdfplumber reader, several times faster.

A page goes through the steps below, each guarded by the file's limits:

1. its content streams are measured with pikepdf before pdfium parses them (`contents`);
2. pdfium loads the page and builds its text page; too many text objects or glyphs refuse it;
3. the glyphs are read (`glyphs`): their text objects, boxes, origins and the look of each
   run in one call of the compiled helper (`_glyphs.c`; from Python, call by call, where it
   was not built), each font's name once;
4. the page objects add images, ruling edges and the lone spaces pdfium leaves out
   (`objects`);
5. words and lines follow pdfplumber's rules, on whole arrays (`layout`);
6. only a page with ruling edges goes to pdfplumber's table finder, which sees only the edges
   and the glyphs inside each table (`tables`).

A page that pdfium and pdfminer see in different coordinates (rotated, or a media box not at
the origin) is read by the pdfplumber reader instead; so are the tables of a page whose rules
are drawn inside form XObjects, which pdfminer places.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from meetbook import errors
from meetbook.pdf import layout, native, objects, tables
from meetbook.pdf.contents import ContentGuard
from meetbook.pdf.glyphs import read_glyphs
from meetbook.pdf.limits import Limits, Tally, over
from meetbook.pdf.pages import RawPage
from meetbook.pdf.plumber import PlumberPages, plumber_error


def open_document(path: str | Path) -> pdfium.PdfDocument:
    """The PDF opened with pdfium; Encrypted or Unreadable when pdfium cannot open it."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise errors.Encrypted(str(path)) from e
        raise errors.Unreadable(str(path), str(e)) from e


def preload() -> None:
    """What reading any page needs beyond this module, loaded now: a process that forks a
    worker per file loads it once instead of once per file. (pdfplumber, which only some
    pages need, stays unloaded until one does.)"""
    import pikepdf  # noqa: F401 - the content guard's


class DocumentReader:
    """One open document and what reading its pages needs: the content guard, the
    pdfplumber fallback and the tally against the file's limits."""

    def __init__(self, path: str | Path, limits: Limits, doc: pdfium.PdfDocument | None = None):
        self.path = path
        self.limits = limits
        self.doc = doc if doc is not None else open_document(path)
        self.guard = ContentGuard(path, limits)
        self.fallback = PlumberPages(path)
        self.tally = Tally(path, limits)
        self.finder = tables.TableFinder()

    def __len__(self) -> int:
        return len(self.doc)

    def pages(self, indices: Iterable[int]) -> Iterator[RawPage]:
        """The pages at indices (0-based), each read and closed before the next."""
        for i in indices:
            yield self.page(i)

    def page(self, index: int) -> RawPage:
        self.guard.check(index)
        page = native.load_page(native.address(self.doc), index)
        if not page:
            raise pdfium.PdfiumError("Failed to load page.")
        try:
            raw = self._read(page, index + 1) if _same_coordinates(page) \
                else self.fallback.read(index)
        finally:
            native.close_page(page)
        self.tally.add(raw.number, raw.glyphs, len(raw.lines))
        return raw

    def _read(self, page: int, number: int) -> RawPage:
        """One page's lines, tables and images, read with pdfium."""
        width, height = native.page_width(page), native.page_height(page)
        self._check_objects(page, number)
        tp = native.load_text_page(page)
        if not tp:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            self.tally.check_glyphs(number, native.count_chars(tp))
            glyphs, runs = read_glyphs(tp, height)
            found = objects.page_objects(page, tp, (width, height), runs)
        finally:
            native.close_text_page(tp)
        if found.spaces and glyphs.upright.all():
            glyphs = glyphs.extended(objects.as_glyphs(found.spaces))
        lines = layout.text_lines(glyphs, number)
        if found.paths_in_forms:  # rules inside form XObjects: pdfminer places them
            ruled = self.fallback.tables(number - 1)
        else:
            ruled = self.finder.tables(found.edges, glyphs, number, width, height)
        return RawPage(number, float(width), float(height), lines, ruled, found.images,
                       glyphs=len(glyphs), raster=found.raster)

    def _check_objects(self, page: int, number: int) -> None:
        """Refuse a page with more text objects than its text page may lay out."""
        limit = self.limits.page_text_objects
        if native.count_objects(page) > limit and objects.text_objects(page) > limit:
            raise over(self.path, f"page {number} has more than {limit} text objects")

    def close(self) -> None:
        self.fallback.close()
        self.guard.close()
        self.doc.close()


def _same_coordinates(page: int) -> bool:
    """Whether pdfium's page space is pdfminer's: no rotation, media box at the origin (a
    page without one is letter size there, as pypdfium2 reads it), no other crop box."""
    if native.page_rotation(page) != 0:
        return False
    media = native.box(native.media_box, page) or (0.0, 0.0, 612.0, 792.0)
    crop = native.box(native.crop_box, page) or media
    return media[:2] == (0, 0) and crop == media


@contextlib.contextmanager
def reading_errors(path: str | Path) -> Iterator[None]:
    """Errors of reading as ours: a page pdfium cannot load is Unreadable; what pdfminer
    raises on a page handed to it, its own reading."""
    try:
        yield
    except errors.BadInput:
        raise
    except pdfium.PdfiumError as e:
        raise errors.Unreadable(str(path), str(e)) from e
    except Exception as e:  # a page handed to pdfminer, which raises many kinds
        raise plumber_error(Path(path), e) from e
