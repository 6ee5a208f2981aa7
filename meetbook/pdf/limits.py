"""How much work one file may cause, checked where the work is done.

A small file can still ask for a lot: content streams that inflate to gigabytes, a page of
millions of glyphs, an image of 20000 × 20000 pixels to OCR. Each limit is checked before the
step it protects (the content streams before pdfium parses a page, the glyph count before the
glyphs are read, an image's size before it is rasterised), so that a hostile file is refused
with one line (`errors.OverLimit`) in seconds and well under a gigabyte.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from meetbook import errors

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The budget of one file. The defaults leave room for any real meeting document: a
    dense page holds about 5,000 glyphs and 60 lines; a 600-dpi A4 scan has 35 megapixels."""

    max_bytes: int = 200 * MB  # the file itself
    max_pages: int = 5000
    page_content_bytes: int = 32 * MB  # a page's content streams and forms, inflated
    page_text_objects: int = 50_000  # text objects pdfium would lay out on one page
    page_glyphs: int = 100_000
    file_glyphs: int = 10_000_000
    page_lines: int = 5_000
    file_lines: int = 500_000
    image_pixels: int = 60_000_000  # the largest raster OCR may render for a page
    ocr_page_seconds: int = 60  # Tesseract on one page; a page that takes longer stays empty
    ocr_seconds: int = 900  # the whole OCR run of one file


DEFAULT = Limits()


def over(path: str | Path, detail: str) -> errors.OverLimit:
    return errors.OverLimit(str(path), detail)


class Tally:
    """Glyphs and lines read so far from one file, refused once they pass its limits."""

    def __init__(self, path: str | Path, limits: Limits):
        self.path = path
        self.limits = limits
        self.glyphs = 0
        self.lines = 0

    def check_glyphs(self, page: int, glyphs: int) -> None:
        """Refuse a page with more glyphs than a page may have, before they are read."""
        if glyphs > self.limits.page_glyphs:
            raise over(self.path, f"page {page} has {glyphs} glyphs, limit "
                                  f"{self.limits.page_glyphs}")

    def add(self, page: int, glyphs: int, lines: int) -> None:
        """Count a page read; refuse it, or the file, once past the limits."""
        self.check_glyphs(page, glyphs)
        if lines > self.limits.page_lines:
            raise over(self.path, f"page {page} has {lines} lines, limit {self.limits.page_lines}")
        self.glyphs += glyphs
        self.lines += lines
        if self.glyphs > self.limits.file_glyphs:
            raise over(self.path, f"more than {self.limits.file_glyphs} glyphs")
        if self.lines > self.limits.file_lines:
            raise over(self.path, f"more than {self.limits.file_lines} lines")
