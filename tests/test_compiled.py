"""The reader's compiled parts give what their Python counterparts give: the glyph helper asks
pdfium what the reader's calls from Python ask and gets the same answers (glyph by glyph,
segment by segment), the compiled layout finds the words and lines numpy finds (on any glyphs),
and the pages read without either are the same pages."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetbook.pdf import glyphs, layout, native, objects, read_raw_pages
from meetbook.pdf.glyphs import Glyphs, codes_of, is_space
from tests.conftest import BOOK, PROG, REAL, ROOT, VAS
from tests.test_pdf import first_difference

VARIANT = ROOT / "tests" / "variants" / "goteborg-kf-2024-11-14-protokoll.pdf"
TEMPLATE = ROOT / "tests" / "templates" / "ekvik-kf-2026-03-23-protokoll.pdf"
GOTEBORG = REAL / "goteborg-kf-2025-06-18-protokoll.pdf"
FILES = [BOOK, VAS, PROG, GOTEBORG, VARIANT, TEMPLATE]

helper = native.helper
needs_helper = pytest.mark.skipif(helper is None, reason="the glyph helper is not built")
needs_layout = pytest.mark.skipif(layout.compiled is None, reason="the layout is not compiled")


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


def test_the_compiled_parts_are_built_with_the_package():
    assert helper is not None, "meetbook/pdf/_glyphs.c was not compiled: pip install -e . again"
    assert layout.compiled is not None, "meetbook/pdf/_layout.c was not compiled"


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


@pytest.mark.parametrize("path", [pytest.param(BOOK, marks=pytest.mark.slow),  # 78 pages
                                  *existing([GOTEBORG, TEMPLATE])], ids=lambda p: p.name)
@pytest.mark.parametrize("without", [  # neither part in the fast suite, each alone in the full one
    pytest.param(("helper",), marks=pytest.mark.slow),
    pytest.param(("layout",), marks=pytest.mark.slow), ("helper", "layout")])
def test_pages_read_without_compiled_parts_are_the_same(path, without, monkeypatch):
    with_them = read_raw_pages(path, jobs=1)
    if "helper" in without:
        monkeypatch.setattr(native, "helper", None)
    if "layout" in without:
        monkeypatch.setattr(layout, "compiled", None)
    assert first_difference(read_raw_pages(path, jobs=1), with_them) is None


def test_a_missing_part_is_said_in_the_debug_log(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "meetbook.pdf._glyphs", None)  # import raises ImportError
    monkeypatch.setitem(sys.modules, "meetbook.pdf._layout", None)
    with caplog.at_level(logging.DEBUG, logger="meetbook.pdf"):
        assert native.load_helper() is None
        assert layout.load_compiled() is None
    assert "no compiled glyph helper" in caplog.text
    assert "no compiled layout" in caplog.text


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


# --- the compiled layout finds what numpy finds, on any glyphs ------------------------------

# few distinct values, so that ties, equal tops and gaps at the tolerance are common
COORDINATES = [-0.0, 0.0, 0.5, 1.0, 2.9, 3.0, 3.1, 6.0, 9.5, 12.0, 33.3, 100.0, 1e-9]


def picks(values, n: int) -> st.SearchStrategy:
    """n of values, drawn as n bytes in one draw (shrinking towards values[0]): element by
    element, Hypothesis spends most of these tests drawing."""
    return st.binary(min_size=n, max_size=n).map(lambda b: [values[x % len(values)] for x in b])


@st.composite
def glyph_arrays(draw, max_size: int = 150) -> Glyphs:
    n = draw(st.integers(0, max_size))

    def floats() -> np.ndarray:
        return np.array(draw(picks(COORDINATES, n)))

    codes = codes_of("".join(draw(picks("ab X-\t1ﬁ", n))))
    x0, width, top, size = floats(), floats(), floats(), floats()
    flags = picks([False, True], n)
    upright = draw(st.one_of(st.just([True] * n), flags))
    return Glyphs(codes, x0, x0 + width, top, top + size, size, np.array(draw(flags), dtype=bool),
                  np.array(upright, dtype=bool), is_space(codes))


def groups(n: int) -> st.SearchStrategy:
    return st.one_of(st.none(), picks(range(4), n).map(lambda g: np.array(g, dtype=np.int64)))


@needs_layout
@settings(max_examples=40, deadline=None)
@given(glyph_arrays(), st.data())
def test_compiled_word_order_is_numpys(g, data):
    group = data.draw(groups(len(g)))
    order, starts = layout.word_order(g, group)
    expected = layout.word_order_numpy(g, group)
    assert np.array_equal(order, expected[0]) and np.array_equal(starts, expected[1])


@needs_layout
@settings(max_examples=40, deadline=None)
@given(st.integers(0, 120).flatmap(lambda n: picks(COORDINATES + [float("nan")], n)), st.data())
def test_compiled_clusters_are_numpys(values, data):
    values = np.array(values)
    group = data.draw(groups(len(values)))
    tolerance = data.draw(st.one_of(st.sampled_from([0.0, 3.0]),
                                    picks([0.0, 3.0], len(values)).map(np.array)))
    assert np.array_equal(layout.clusters(values, tolerance, group),
                          layout.clusters_numpy(values, tolerance, group))


@needs_layout
@settings(max_examples=40, deadline=None)
@given(glyph_arrays())
def test_compiled_line_parts_are_numpys(g):
    order, starts = layout.word_order_numpy(g)
    if not len(starts):
        return
    got, expected = layout.line_parts(g, order, starts), layout.line_parts_numpy(g, order, starts)
    for name in layout.LineParts.__dataclass_fields__:
        a, b = getattr(got, name), getattr(expected, name)
        assert a.tolist() == b.tolist(), name
        assert np.array_equal(np.signbit(a), np.signbit(b)), name  # -0.0 stays -0.0


@needs_layout
@settings(max_examples=40, deadline=None)
@given(glyph_arrays())
def test_compiled_lines_are_numpys(g):
    lines = layout.text_lines(g, 1)
    compiled, layout.compiled = layout.compiled, None
    try:
        assert layout.text_lines(g, 1) == lines
    finally:
        layout.compiled = compiled


@needs_layout
def test_compiled_layout_refuses_arrays_too_short():
    g = glyphs.empty()
    with pytest.raises(ValueError, match="more glyphs"):
        layout.compiled.line_parts(g.x0, g.x1, g.top, g.size, g.bold, np.zeros(1, dtype=np.int64),
                                   1, np.zeros(1, dtype=np.int64), 1, 3.0,
                                   *[np.zeros(1, dtype=np.int64)] * 8)
    with pytest.raises(ValueError, match="holds"):
        layout.compiled.clusters(np.zeros(3), 3.0, np.zeros(2, dtype=np.int64),
                                 np.zeros(3, dtype=np.int64))
