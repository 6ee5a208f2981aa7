"""The compiled glyph helper asks pdfium what the reader's calls from Python ask, and gets the
same answers: glyph by glyph, segment by segment and page by page. Where it is missing, the
reader reads the same pages from Python."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from meetbook.pdf import glyphs, native, objects, read_raw_pages
from tests.conftest import BOOK, PROG, REAL, ROOT, VAS
from tests.test_pdf import first_difference

VARIANT = ROOT / "tests" / "variants" / "goteborg-kf-2024-11-14-protokoll.pdf"
TEMPLATE = ROOT / "tests" / "templates" / "ekvik-kf-2026-03-23-protokoll.pdf"
GOTEBORG = REAL / "goteborg-kf-2025-06-18-protokoll.pdf"
FILES = [BOOK, VAS, PROG, GOTEBORG, VARIANT, TEMPLATE]

helper = native.helper
needs_helper = pytest.mark.skipif(helper is None, reason="the glyph helper is not built")


def existing(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.exists()]


def text_pages(path: Path, limit: int = 12):
    """(text page address, its text, page object address) of the first pages of path."""
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(min(len(doc), limit)):
            page = doc[i]
            textpage = page.get_textpage()
            try:
                tp = native.address(textpage)
                n = native.count_chars(tp)
                text, _ = native.page_text(tp, n) if n > 0 else ("", True)
                yield tp, text, native.address(page)
            finally:
                textpage.close()
                page.close()
    finally:
        doc.close()


def test_the_helper_is_built_with_the_package():
    assert helper is not None, "meetbook/pdf/_glyphs.c was not compiled: pip install -e . again"


@needs_helper
@pytest.mark.parametrize("path", existing(FILES), ids=lambda p: p.name)
def test_helper_reads_each_glyph_as_the_calls_from_python(path):
    for tp, text, _ in text_pages(path):
        by_helper = glyphs._printed_by_helper(tp, len(text))
        for exact in (True, False):  # by runs and bisection, and glyph by glyph
            by_calls = glyphs._printed_by_calls(tp, text, exact)
            for name in ("index", "owner", "box", "origin"):
                assert np.array_equal(getattr(by_helper, name), getattr(by_calls, name)), name
            if not exact:
                assert np.array_equal(by_helper.code, by_calls.code)
            _, first = np.unique(by_calls.owner, return_index=True)
            for name in ("size", "matrix", "font"):  # asked once per text object
                assert np.array_equal(getattr(by_helper, name)[first],
                                      getattr(by_calls, name)[first]), name


@needs_helper
@pytest.mark.parametrize("path", existing([BOOK, VAS, GOTEBORG]), ids=lambda p: p.name)
def test_helper_reads_each_path_segment_as_the_calls_from_python(path):
    paths = 0
    for _, _, page in text_pages(path):
        for obj in objects.top_level(page):
            if native.object_type(obj) != native.PATH:
                continue
            paths += 1
            by_helper = list(objects._segments(obj))
            assert by_helper == list(objects._segments_by_calls(obj,
                                                                native.path_segment_count(obj)))
    assert paths


@needs_helper
@pytest.mark.parametrize("path", existing([BOOK, GOTEBORG, TEMPLATE]), ids=lambda p: p.name)
def test_pages_read_without_the_helper_are_the_same(path, monkeypatch):
    with_helper = read_raw_pages(path, jobs=1)
    monkeypatch.setattr(native, "helper", None)
    assert first_difference(read_raw_pages(path, jobs=1), with_helper) is None


def test_a_missing_helper_is_said_in_the_debug_log(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "meetbook.pdf._glyphs", None)  # import raises ImportError
    with caplog.at_level(logging.DEBUG, logger="meetbook.pdf.native"):
        assert native.load_helper() is None
    assert "no compiled glyph helper" in caplog.text


@needs_helper
def test_helper_refuses_what_would_write_past_its_arrays():
    for tp, text, _ in text_pages(PROG, 1):
        n = len(text)
        arrays = [np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64),
                  np.zeros((n, 4), dtype=np.float32), np.zeros((n, 2)),
                  np.zeros(n, dtype=np.uint32), np.zeros(n), np.zeros((n, 4), dtype=np.float32),
                  np.zeros(n, dtype=np.int64)]
        with pytest.raises(ValueError, match="bytes"):
            helper.glyphs(tp, n + 1, *arrays)
        with pytest.raises(ValueError, match="no text page"):
            helper.glyphs(0, n, *arrays)
        with pytest.raises(TypeError):  # a read-only array
            helper.glyphs(tp, n, bytes(8 * n), *arrays[1:])
        assert helper.glyphs(tp, n, *arrays) > 0
    with pytest.raises(ValueError):
        helper.bind([1, 2, 3])
