"""A glyph-by-glyph reading of PDF pages: the reference the run-by-run reader must equal.

Plain and slow on purpose: every glyph's text object, loose box, origin and font are asked of
pdfium in turn with pypdfium2's own bindings, every text object's text is asked for to find
the lone spaces, words and lines are grouped in pure Python by pdfplumber's rules, and tables
are found and their cells read by pdfplumber itself (TableFinder, extract_text). This is how
meetbook read pages before the reader worked run by run.
"""
from __future__ import annotations

import ctypes
import itertools
import math
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as C

from meetbook.model import Line
from meetbook.pdf.objects import as_dict, path_edges
from meetbook.pdf.pages import RawPage, Table
from meetbook.pdf.plumber import PlumberPages
from meetbook.text import join_lines

TOLERANCE = 3.0  # pdfplumber's x and y tolerance
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


@dataclass
class Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    upright: bool


def reference_pages(path: Path) -> list[RawPage]:
    doc = pdfium.PdfDocument(str(path))
    fallback = PlumberPages(path)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            try:
                out.append(read_page(page, i + 1) if _placeable(page) else fallback.read(i))
            finally:
                page.close()
        return out
    finally:
        fallback.close()
        doc.close()


def _placeable(page: pdfium.PdfPage) -> bool:
    left, bottom, right, top = page.get_mediabox()
    return page.get_rotation() == 0 and (left, bottom) == (0, 0) and \
        page.get_cropbox() == (left, bottom, right, top)


def read_page(page: pdfium.PdfPage, number: int) -> RawPage:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = page_chars(textpage.raw, height)
        images, edges, spaces = page_objects(page.raw, textpage.raw, height)
    finally:
        textpage.close()
    if spaces and all(c.upright for c in chars):
        chars += spaces
    lines = [line_of(w, number) for w in text_lines(chars)]
    tables = find_tables(edges, chars, number, width, height) if len(edges) >= 4 else []
    return RawPage(number, float(width), float(height), lines, tables, images)


def _address(ptr) -> int:
    return ctypes.cast(ptr, ctypes.c_void_p).value or 0


def page_chars(tp, height: float) -> list[Char]:
    n = C.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    buf = (ctypes.c_ushort * (n + 1))()
    C.FPDFText_GetText(tp, 0, n, buf)
    text = bytes(buf)[: 2 * n].decode("utf-16-le", errors="replace")
    if len(text) != n:
        text = "".join(chr(C.FPDFText_GetUnicode(tp, i)) for i in range(n))
    fonts: dict[int, tuple[float, bool, bool]] = {}
    out = []
    for i, ch in enumerate(text):
        obj = _address(C.FPDFText_GetTextObject(tp, i))
        if not obj:
            continue
        if obj not in fonts:
            fonts[obj] = font_of(tp, i, C.FPDFText_GetTextObject(tp, i))
        size, bold, upright = fonts[obj]
        rect = C.FS_RECTF()
        C.FPDFText_GetLooseCharBox(tp, i, rect)
        x, y = ctypes.c_double(), ctypes.c_double()
        C.FPDFText_GetCharOrigin(tp, i, x, y)
        bottom = height - rect.bottom
        out.append(Char("-" if ch == "\ufffe" else ch, x.value, rect.right, bottom - size, bottom,
                        size, bold, upright))
    for a, b in itertools.pairwise(out):
        if a.x0 < b.x0 < a.x1 and abs(a.bottom - b.bottom) < 0.01:
            a.x1 = b.x0
    return out


def font_of(tp, index: int, obj) -> tuple[float, bool, bool]:
    name = b""
    font = C.FPDFTextObj_GetFont(obj)
    if font:
        buf = ctypes.create_string_buffer(256)
        length = C.FPDFFont_GetBaseFontName(font, buf, 256)
        name = buf.raw[: max(length - 1, 0)]
    m = C.FS_MATRIX()
    if not C.FPDFText_GetMatrix(tp, index, m):
        m.a, m.b, m.c, m.d = 1, 0, 0, 1
    size = C.FPDFText_GetFontSize(tp, index) * math.hypot(m.c, m.d)
    return round(size, 4), b"bold" in name.lower(), m.a * m.d > 0 and m.b * m.c <= 0


def page_objects(page, tp, height: float) -> tuple[int, list[dict], list[Char]]:
    images, edges, spaces = 0, [], []
    for i in range(C.FPDFPage_CountObjects(page)):
        obj = C.FPDFPage_GetObject(page, i)
        kind = C.FPDFPageObj_GetType(obj)
        if kind == C.FPDF_PAGEOBJ_TEXT:
            space = lone_space(obj, tp, height)
            if space is not None:
                spaces.append(space)
        elif kind == C.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == C.FPDF_PAGEOBJ_PATH:
            edges += map(as_dict, path_edges(_address(obj), height))
        elif kind == C.FPDF_PAGEOBJ_FORM:
            images += form_images(obj)
    return images, edges, spaces


def form_images(form) -> int:
    count = 0
    for i in range(C.FPDFFormObj_CountObjects(form)):
        obj = C.FPDFFormObj_GetObject(form, i)
        kind = C.FPDFPageObj_GetType(obj)
        count += 1 if kind == C.FPDF_PAGEOBJ_IMAGE else \
            form_images(obj) if kind == C.FPDF_PAGEOBJ_FORM else 0
    return count


def lone_space(obj, tp, height: float) -> Char | None:
    buf = (ctypes.c_ushort * 8)()
    n = C.FPDFTextObj_GetText(obj, tp, buf, ctypes.sizeof(buf))
    if not (n == 2 or (n == 4 and buf[0] == 0x20)):
        return None
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    size = ctypes.c_float()
    m = C.FS_MATRIX()
    if not (C.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            and C.FPDFTextObj_GetFontSize(obj, size) and C.FPDFPageObj_GetMatrix(obj, m)):
        return None
    size_pt = size.value * math.hypot(m.c, m.d)
    return Char(" ", left.value, right.value, height - bottom.value - size_pt,
                height - bottom.value, size_pt, False, True)


# --- words and lines ----------------------------------------------------------------------

def cluster(values: list[float], tolerance: float) -> dict[float, int]:
    out: dict[float, int] = {}
    last = None
    group = -1
    for v in sorted(set(values)):
        if last is None or v > last + tolerance:
            group += 1
        out[v] = group
        last = v
    return out


def words_of(chars: list[Char]) -> list[list[Char]]:
    words: list[list[Char]] = []
    for upright, run in itertools.groupby(chars, key=lambda c: c.upright):
        group = list(run)
        if upright:
            key = cluster([c.top for c in group], TOLERANCE)
            ordered = sorted(group, key=lambda c: key[c.top])
            for _, line in itertools.groupby(ordered, key=lambda c: key[c.top]):
                words += split_words(sorted(line, key=lambda c: c.x0), True)
        else:
            key = cluster([c.x0 for c in group], TOLERANCE)
            ordered = sorted(group, key=lambda c: key[c.x0])
            for _, line in itertools.groupby(ordered, key=lambda c: key[c.x0]):
                words += split_words(sorted(line, key=lambda c: (c.top, c.bottom)), False)
    return words


def split_words(line: list[Char], upright: bool) -> list[list[Char]]:
    out: list[list[Char]] = []
    word: list[Char] = []
    for c in line:
        if c.text.isspace():
            if word:
                out.append(word)
            word = []
            continue
        if word:
            p = word[-1]
            if upright:
                new = c.x0 < p.x0 or c.x0 > p.x1 + TOLERANCE or abs(c.top - p.top) > TOLERANCE
            else:
                new = c.top < p.top or c.top > p.bottom + TOLERANCE or abs(c.x0 - p.x0) > TOLERANCE
            if new:
                out.append(word)
                word = []
        word.append(c)
    if word:
        out.append(word)
    return out


def text_lines(chars: list[Char]) -> list[list[list[Char]]]:
    words = words_of(chars)
    tops = [min(c.top for c in w) for w in words]
    key = cluster(tops, TOLERANCE)
    lines: list[list[list[Char]]] = []
    last = None
    for word, top in zip(words, tops):
        if key[top] != last:
            lines.append([])
            last = key[top]
        lines[-1].append(word)
    return lines


def spelt(text: str) -> str:
    return LIGATURES.get(text, text)


def line_of(words: list[list[Char]], page: int) -> Line:
    chars = [c for w in words for c in w]
    text = " ".join(" ".join("".join(spelt(c.text) for c in w) for w in words).split())
    bold = sum(c.bold for c in chars) > len(chars) / 2
    columns: list[list] = []
    for c in chars:
        if columns and c.x0 - columns[-1][1] <= 0.25 * (c.size or 10):
            columns[-1][1] = c.x1
            columns[-1][2] += spelt(c.text)
        else:
            columns.append([c.x0, c.x1, spelt(c.text)])
    return Line(text, page, min(c.x0 for c in chars), min(c.top for c in chars),
                max(c.x1 for c in chars), round(chars[0].size, 2), bold,
                tuple((w[0], w[1], w[2]) for w in columns))


# --- tables -------------------------------------------------------------------------------

class _Grid:
    def __init__(self, edges: list[dict], width: float, height: float):
        self.edges = edges
        self.bbox = (0, 0, width, height)
        self.chars: list[dict] = []


def find_tables(edges: list[dict], chars: list[Char], number: int, width: float,
                height: float) -> list[Table]:
    from pdfplumber.table import TableFinder
    from pdfplumber.utils import extract_text

    out = []
    for t in TableFinder(_Grid(edges, width, height)).tables:  # type: ignore[arg-type]
        if len(t.rows) < 2:
            continue
        rows = []
        for row in t.rows:
            cells = []
            for cell in row.cells:
                mine = [c for c in chars if cell is not None and _centred_in(c, cell)]
                text = extract_text([char_dict(c) for c in mine]) if mine else ""
                cells.append(join_lines(text))
            rows.append(tuple(cells))
        out.append(Table(number, float(t.bbox[1]), float(t.bbox[3]), tuple(rows)))
    return out


def _centred_in(c: Char, bbox) -> bool:
    x0, top, x1, bottom = bbox
    return x0 <= (c.x0 + c.x1) / 2 < x1 and top <= (c.top + c.bottom) / 2 < bottom


def char_dict(c: Char) -> dict:
    return {"text": c.text, "x0": c.x0, "x1": c.x1, "top": c.top, "doctop": c.top,
            "bottom": c.bottom, "upright": c.upright, "size": c.size}
