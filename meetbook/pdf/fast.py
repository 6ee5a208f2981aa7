"""pypdfium2 → RawPage: the same Lines as the pdfplumber reader, several times faster.

Characters come from pdfium's text page (one C call per character for its box and origin,
one per text object for font size, name and orientation). They are grouped into words and
lines by pdfplumber's own rules (`extract_text_lines` with its default tolerances), so that
both readers give the same line texts. Ruled tables are found with pdfplumber's table
finder, fed with edges read from pdfium's path objects: pdfminer never parses the page.
A page that pdfium and pdfminer see in different coordinates (rotated, or a media box not at
the origin) is read by the pdfplumber reader instead.
"""
from __future__ import annotations

import ctypes
import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from meetbook import errors
from meetbook.model import Line
from meetbook.pdf.pages import RawPage, Table
from meetbook.text import join_lines

# pdfplumber's defaults: characters further apart than this start a new word or line
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# as pdfplumber's extract_text reads a ligature glyph: as its letters
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
MIN_RULES = 4  # fewer ruled edges than this cannot make a table (as in the pdfplumber reader)


def _bind(fn: Any, restype: Any, *argtypes: Any) -> Any:
    """pdfium's C function with plain-pointer argument and return types.

    The hot per-character calls then pass and return ints instead of building a typed
    ctypes pointer on every call; the shared bindings stay untouched."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    assert address, fn
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_VP, _INT, _DBL = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
_DBL_P = ctypes.POINTER(ctypes.c_double)
_loose_box = _bind(pdfium_c.FPDFText_GetLooseCharBox, _INT, _VP, _INT, _VP)
_origin = _bind(pdfium_c.FPDFText_GetCharOrigin, _INT, _VP, _INT, _DBL_P, _DBL_P)
_text_object = _bind(pdfium_c.FPDFText_GetTextObject, _VP, _VP, _INT)
_count_chars = _bind(pdfium_c.FPDFText_CountChars, _INT, _VP)
_font_size = _bind(pdfium_c.FPDFText_GetFontSize, _DBL, _VP, _INT)
_get_text = _bind(pdfium_c.FPDFText_GetText, _INT, _VP, _INT, _INT, _VP)
_unicode = _bind(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _VP, _INT)
_char_matrix = _bind(pdfium_c.FPDFText_GetMatrix, _INT, _VP, _INT, _VP)
_obj_font = _bind(pdfium_c.FPDFTextObj_GetFont, _VP, _VP)
_base_font_name = _bind(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_size_t, _VP, _VP,
                        ctypes.c_size_t)
_obj_matrix = _bind(pdfium_c.FPDFPageObj_GetMatrix, _INT, _VP, _VP)
_obj_text = _bind(pdfium_c.FPDFTextObj_GetText, ctypes.c_ulong, _VP, _VP, _VP, ctypes.c_ulong)
_obj_font_size = _bind(pdfium_c.FPDFTextObj_GetFontSize, _INT, _VP, ctypes.POINTER(ctypes.c_float))
_FLOAT_P = ctypes.POINTER(ctypes.c_float)
_obj_bounds = _bind(pdfium_c.FPDFPageObj_GetBounds, _INT, _VP, _FLOAT_P, _FLOAT_P, _FLOAT_P, _FLOAT_P)
_count_objects = _bind(pdfium_c.FPDFPage_CountObjects, _INT, _VP)
_get_object = _bind(pdfium_c.FPDFPage_GetObject, _VP, _VP, _INT)
_object_type = _bind(pdfium_c.FPDFPageObj_GetType, _INT, _VP)
_form_count = _bind(pdfium_c.FPDFFormObj_CountObjects, _INT, _VP)
_form_object = _bind(pdfium_c.FPDFFormObj_GetObject, _VP, _VP, ctypes.c_ulong)
_segment_count = _bind(pdfium_c.FPDFPath_CountSegments, _INT, _VP)
_segment = _bind(pdfium_c.FPDFPath_GetPathSegment, _VP, _VP, _INT)
_segment_point = _bind(pdfium_c.FPDFPathSegment_GetPoint, _INT, _VP, ctypes.POINTER(ctypes.c_float),
                       ctypes.POINTER(ctypes.c_float))
_segment_type = _bind(pdfium_c.FPDFPathSegment_GetType, _INT, _VP)
_segment_close = _bind(pdfium_c.FPDFPathSegment_GetClose, _INT, _VP)
_draw_mode = _bind(pdfium_c.FPDFPath_GetDrawMode, _INT, _VP, ctypes.POINTER(ctypes.c_int),
                   ctypes.POINTER(ctypes.c_int))


@dataclass(slots=True)
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    upright: bool


def open_document(path: str | Path) -> pdfium.PdfDocument:
    """The PDF opened with pdfium; Encrypted or Unreadable when pdfium cannot open it."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise errors.Encrypted(str(path)) from e
        raise errors.Unreadable(str(path), str(e)) from e


def read_raw_pages_fast(path: str | Path) -> Iterator[RawPage]:
    """Each page of the PDF at path, read with pdfium and closed before the next is read."""
    doc = open_document(path)
    try:
        yield from read_document(doc, path)
    finally:
        doc.close()


def read_document(doc: pdfium.PdfDocument, path: str | Path) -> Iterator[RawPage]:
    """Each page of an open pdfium document; pages pdfium cannot place go to pdfplumber."""
    fallback = _PlumberPages(path)
    try:
        for i in range(len(doc)):
            page = doc[i]
            try:
                if _same_coordinates(page):
                    yield read_page(page, i + 1, fallback)
                else:
                    yield fallback.read(i)
            finally:
                page.close()
    finally:
        fallback.close()


def _same_coordinates(page: pdfium.PdfPage) -> bool:
    """Whether pdfium's page space is pdfminer's: no rotation, media box at the origin."""
    if page.get_rotation() != 0:
        return False
    left, bottom, right, top = page.get_mediabox()
    return (left, bottom) == (0, 0) and page.get_cropbox() == (left, bottom, right, top)


def read_page(page: pdfium.PdfPage, number: int, fallback: _PlumberPages | None = None
              ) -> RawPage:
    """One page's lines, tables and image count."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        tp = _address(textpage)
        chars = _chars(tp, height)
        objects = _objects(page, tp, height)
    finally:
        textpage.close()
    if objects.spaces and all(c.upright for c in chars):
        chars += objects.spaces
    lines = [_line(group, number) for group in _text_lines(chars)]
    tables: list[Table] = []
    if objects.paths_in_forms and fallback is not None:
        tables = fallback.tables(number - 1)  # rules inside form XObjects: pdfminer places them
    elif len(objects.edges) >= MIN_RULES:
        tables = find_tables(objects.edges, chars, number, width, height)
    return RawPage(number, float(width), float(height), lines, tables, objects.images)


def _address(obj: Any) -> int:
    return ctypes.cast(obj.raw, ctypes.c_void_p).value or 0


# --- characters ------------------------------------------------------------------------------

def _page_text(tp: int, n: int) -> str:
    buf = (ctypes.c_ushort * (n + 1))()
    _get_text(tp, 0, n, ctypes.addressof(buf))
    text = bytes(buf)[: 2 * n].decode("utf-16-le", errors="replace")
    if len(text) == n:
        return text
    # characters beyond the BMP take two UTF-16 units: fall back to one call per character
    return "".join(chr(_unicode(tp, i)) for i in range(n))


def _chars(tp: int, height: float) -> list[_Char]:
    """The page's printed characters in content order (pdfium's own inserted spaces left out)."""
    n = _count_chars(tp)
    if n <= 0:
        return []
    text = _page_text(tp, n)
    rect = pdfium_c.FS_RECTF()
    rect_p = ctypes.addressof(rect)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_p, oy_p = ctypes.pointer(ox), ctypes.pointer(oy)
    fonts: dict[int, tuple[float, bool, bool]] = {}
    out = []
    loose_box, origin, text_object = _loose_box, _origin, _text_object
    for i, ch in enumerate(text):
        obj = text_object(tp, i)
        if obj is None:  # generated by pdfium: a space or line break it inferred
            continue
        font = fonts.get(obj)
        if font is None:
            font = fonts[obj] = _font_of(tp, i, obj)
        size, bold, upright = font
        if ch == "\ufffe":  # pdfium's mark of a hyphen that ends a line; pdfminer keeps "-"
            ch = "-"
        loose_box(tp, i, rect_p)
        origin(tp, i, ox_p, oy_p)
        # pdfminer's box: from the origin along the advance, from the descent up one font size
        bottom = height - rect.bottom
        out.append(_Char(ch, ox.value, rect.right, bottom - size, bottom, size, bold, upright))
    _trim_overhangs(out)
    return out


def _font_of(tp: int, index: int, obj: int) -> tuple[float, bool, bool]:
    """Size, boldness (by font name, as pdfplumber's reader judges it) and uprightness.

    The size is pdfminer's: the font size scaled by the text and graphics matrices."""
    name = b""
    font = _obj_font(obj)
    if font:
        buf = ctypes.create_string_buffer(256)
        length = _base_font_name(font, ctypes.addressof(buf), 256)
        name = buf.raw[: max(length - 1, 0)]
    m = pdfium_c.FS_MATRIX()
    if not _char_matrix(tp, index, ctypes.addressof(m)):
        m.a, m.b, m.c, m.d = 1, 0, 0, 1
    size = _font_size(tp, index) * math.hypot(m.c, m.d)
    upright = m.a * m.d > 0 and m.b * m.c <= 0
    return round(size, 4), b"bold" in name.lower(), upright


def _trim_overhangs(chars: list[_Char]) -> None:
    """End each character where the next one starts when its glyph overhangs it.

    pdfium's loose box reaches the glyph's ink; pdfminer's ends at the advance width."""
    for a, b in itertools.pairwise(chars):
        if a.x0 < b.x0 < a.x1 and abs(a.bottom - b.bottom) < 0.01:
            a.x1 = b.x0


# --- words and lines, by pdfplumber's rules -------------------------------------------------

def _cluster(values: list[float], tolerance: float) -> dict[float, int]:
    """Each value's cluster: sorted values closer than tolerance to the previous one chain."""
    out: dict[float, int] = {}
    last: float | None = None
    group = -1
    for v in sorted(set(values)):
        if last is None or v > last + tolerance:
            group += 1
        out[v] = group
        last = v
    return out


def _words(chars: list[_Char]) -> list[list[_Char]]:
    """Words of the page in reading order: characters by line, left to right."""
    words: list[list[_Char]] = []
    for upright, run in itertools.groupby(chars, key=lambda c: c.upright):
        group = list(run)
        if upright:
            key = _cluster([c.top for c in group], Y_TOLERANCE)
            ordered = sorted(group, key=lambda c: key[c.top])
            lines = itertools.groupby(ordered, key=lambda c: key[c.top])
            for _, line in lines:
                words += _split_words(sorted(line, key=lambda c: c.x0), upright=True)
        else:  # vertical text: lines are columns, read top to bottom
            key = _cluster([c.x0 for c in group], X_TOLERANCE)
            ordered = sorted(group, key=lambda c: key[c.x0])
            for _, line in itertools.groupby(ordered, key=lambda c: key[c.x0]):
                words += _split_words(sorted(line, key=lambda c: (c.top, c.bottom)),
                                      upright=False)
    return words


def _split_words(line: list[_Char], upright: bool) -> list[list[_Char]]:
    out: list[list[_Char]] = []
    word: list[_Char] = []
    for c in line:
        if c.text.isspace():
            if word:
                out.append(word)
            word = []
            continue
        if word:
            p = word[-1]
            if upright:
                new = c.x0 < p.x0 or c.x0 > p.x1 + X_TOLERANCE or abs(c.top - p.top) > Y_TOLERANCE
            else:
                new = (c.top < p.top or c.top > p.bottom + Y_TOLERANCE
                       or abs(c.x0 - p.x0) > X_TOLERANCE)
            if new:
                out.append(word)
                word = []
        word.append(c)
    if word:
        out.append(word)
    return out


def _text_lines(chars: list[_Char]) -> list[list[list[_Char]]]:
    """Lines as lists of words: consecutive words whose tops cluster together."""
    words = _words(chars)
    if not words:
        return []
    tops = [min(c.top for c in w) for w in words]
    key = _cluster(tops, Y_TOLERANCE)
    lines: list[list[list[_Char]]] = []
    last = None
    for word, top in zip(words, tops):
        if key[top] != last:
            lines.append([])
            last = key[top]
        lines[-1].append(word)
    return lines


def _word_text(word: list[_Char]) -> str:
    return "".join(LIGATURES.get(c.text, c.text) for c in word)


def _line(words: list[list[_Char]], page: int) -> Line:
    chars = [c for w in words for c in w]
    text = " ".join(" ".join(_word_text(w) for w in words).split())
    bold = sum(c.bold for c in chars) > len(chars) / 2
    return Line(text, page, min(c.x0 for c in chars), min(c.top for c in chars),
                max(c.x1 for c in chars), round(chars[0].size, 2), bold, _gap_words(chars))


def _gap_words(chars: list[_Char]) -> tuple[tuple[float, float, str], ...]:
    """(x0, x1, text) of each word, split where the gap exceeds a quarter of the font size.

    The pdfplumber reader's rule, so that column layouts read the same by both readers."""
    words: list[list[Any]] = []
    for c in chars:
        if words and c.x0 - words[-1][1] <= 0.25 * (c.size or 10):
            words[-1][1] = c.x1
            words[-1][2] += LIGATURES.get(c.text, c.text)
        else:
            words.append([c.x0, c.x1, LIGATURES.get(c.text, c.text)])
    return tuple((w[0], w[1], w[2]) for w in words)


# --- page objects: images and ruled edges ---------------------------------------------------

@dataclass
class _Objects:
    images: int
    edges: list[dict]
    spaces: list[_Char]
    paths_in_forms: bool


def _objects(page: pdfium.PdfPage, tp: int, height: float) -> _Objects:
    """Images, ruling edges (pdfplumber's edge dicts), lone spaces, paths hidden in forms."""
    images = 0
    edges: list[dict] = []
    spaces: list[_Char] = []
    in_forms = False
    raw = _address(page)
    for i in range(_count_objects(raw)):
        obj = _get_object(raw, i)
        kind = _object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            space = _lone_space(obj, tp, height)
            if space is not None:
                spaces.append(space)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            edges += _path_edges(obj, height)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            n_images, has_paths = _form_contents(obj)
            images += n_images
            in_forms = in_forms or has_paths
    return _Objects(images, edges, spaces, in_forms)


def _lone_space(obj: int, tp: int, height: float) -> _Char | None:
    """A text object that prints only a space, which pdfium leaves out of its text page.

    pdfminer keeps it, and it separates the words on either side (`beslut:` `Förs`,
    `680` `000`). pdfium reads such an object as empty, or as the one space."""
    buf = (ctypes.c_ushort * 8)()
    n = _obj_text(obj, tp, ctypes.addressof(buf), ctypes.sizeof(buf))
    if not (n == 2 or (n == 4 and buf[0] == 0x20)):  # bytes, with the UTF-16 terminator
        return None
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    size = ctypes.c_float()
    m = pdfium_c.FS_MATRIX()
    if not (_obj_bounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
            and _obj_font_size(obj, ctypes.byref(size))
            and _obj_matrix(obj, ctypes.addressof(m))):
        return None
    size_pt = size.value * math.hypot(m.c, m.d)
    return _Char(" ", left.value, right.value, height - bottom.value - size_pt,
                 height - bottom.value, size_pt, False, True)


def _form_contents(form: int) -> tuple[int, bool]:
    images, paths = 0, False
    for i in range(_form_count(form)):
        obj = _form_object(form, i)
        kind = _object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths = True
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            n, p = _form_contents(obj)
            images, paths = images + n, paths or p
    return images, paths


def _path_edges(obj: int, height: float) -> list[dict]:
    """A painted path's edges as pdfminer would classify it: a line, a rect or a curve."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if _draw_mode(obj, ctypes.byref(fill), ctypes.byref(stroke)) and not (fill.value or stroke.value):
        return []
    m = pdfium_c.FS_MATRIX()
    if not _obj_matrix(obj, ctypes.addressof(m)):
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[dict] = []
    subpath: list[tuple[float, float]] = []
    for i in range(_segment_count(obj)):
        seg = _segment(obj, i)
        _segment_point(seg, ctypes.byref(x), ctypes.byref(y))
        px = m.a * x.value + m.c * y.value + m.e
        py = height - (m.b * x.value + m.d * y.value + m.f)
        if _segment_type(seg) == pdfium_c.FPDF_SEGMENT_MOVETO and subpath:
            out += _subpath_edges(subpath)
            subpath = []
        subpath.append((px, py))
        if _segment_close(seg) and subpath[0] != subpath[-1]:
            subpath.append(subpath[0])
    out += _subpath_edges(subpath)
    return out


def _edge(p0: tuple[float, float], p1: tuple[float, float], kind: str) -> dict:
    x0, x1 = sorted((p0[0], p1[0]))
    top, bottom = sorted((p0[1], p1[1]))
    orientation = "v" if p0[0] == p1[0] else ("h" if p0[1] == p1[1] else None)
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation}


def _subpath_edges(pts: list[tuple[float, float]]) -> list[dict]:
    if len(pts) < 2:
        return []
    if len(pts) == 2:
        return [_edge(pts[0], pts[1], "line")]
    if _is_rect(pts):
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        return [_edge((x0, top), (x1, top), "rect_edge"),
                _edge((x0, bottom), (x1, bottom), "rect_edge"),
                _edge((x0, top), (x0, bottom), "rect_edge"),
                _edge((x1, top), (x1, bottom), "rect_edge")]
    return [_edge(a, b, "curve_edge") for a, b in itertools.pairwise(pts)]


def _is_rect(pts: list[tuple[float, float]]) -> bool:
    """Four corners (the fifth closing the path) joined by horizontal and vertical sides."""
    if len(pts) == 5 and pts[4] == pts[0]:
        pts = pts[:4]
    if len(pts) != 4:
        return False
    sides = zip(pts, pts[1:] + pts[:1])
    return all(a[0] == b[0] or a[1] == b[1] for a, b in sides)


# --- tables ---------------------------------------------------------------------------------

class _GridPage:
    """What pdfplumber's TableFinder reads from a page: its edges."""

    def __init__(self, edges: list[dict], width: float, height: float):
        self.edges = edges
        self.bbox = (0, 0, width, height)
        self.chars: list[dict] = []


def find_tables(edges: list[dict], chars: list[_Char], number: int, width: float,
                height: float) -> list[Table]:
    """Ruled tables with two rows or more, found by pdfplumber's lines strategy."""
    from pdfplumber.table import TableFinder

    out = []
    for t in TableFinder(_GridPage(edges, width, height)).tables:  # type: ignore[arg-type]
        if len(t.rows) < 2:  # bars of a chart, a framed box
            continue
        rows = _cell_texts(t, chars)
        out.append(Table(number, float(t.bbox[1]), float(t.bbox[3]), rows))
    return out


def _inside(chars: list[tuple[float, float, _Char]], bbox: tuple[float, float, float, float]
            ) -> list[tuple[float, float, _Char]]:
    """The characters whose centre lies in bbox (pdfplumber's test for a cell's text)."""
    x0, top, x1, bottom = bbox
    return [t for t in chars if x0 <= t[0] < x1 and top <= t[1] < bottom]


def _cell_texts(table: Any, chars: list[_Char]) -> tuple[tuple[str, ...], ...]:
    """Each cell's text, words joined by single spaces: pdfplumber's Table.extract, but
    looking only at the characters inside the table."""
    from pdfplumber.utils import extract_text

    centred = [((c.x0 + c.x1) / 2, (c.top + c.bottom) / 2, c) for c in chars]
    inside = _inside(centred, table.bbox)  # bbox is a property computed on each use
    rows = []
    for row in table.rows:
        in_row = _inside(inside, row.bbox)
        cells = []
        for cell in row.cells:
            mine = _inside(in_row, cell) if cell is not None else []
            text = extract_text([_char_dict(t[2]) for t in mine]) if mine else ""
            cells.append(join_lines(text))
        rows.append(tuple(cells))
    return tuple(rows)


def _char_dict(c: _Char) -> dict:
    return {"text": c.text, "x0": c.x0, "x1": c.x1, "top": c.top, "doctop": c.top,
            "bottom": c.bottom, "upright": c.upright, "size": c.size}


class _PlumberPages:
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
        from meetbook.pdf.reader import read_page_plumber

        pg = self._page(index)
        try:
            return read_page_plumber(pg, index + 1)
        finally:
            pg.close()

    def tables(self, index: int) -> list[Table]:
        from meetbook.pdf.reader import tables_plumber

        pg = self._page(index)
        try:
            return tables_plumber(pg, index + 1)
        finally:
            pg.close()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
