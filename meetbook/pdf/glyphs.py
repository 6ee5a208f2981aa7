"""A text page's printed glyphs as arrays, read run by run.

pdfium's text page lists every glyph of the page, with the spaces and line breaks it inferred
("generated") in between. Each glyph belongs to a text object: a run printed with one font,
size and matrix. The reader asks pdfium per glyph only for what differs per glyph (its loose
box and origin); which run a glyph belongs to is found from the page's text and a few probes,
and the font of each run is looked up once. Positions are pdfium's own numbers, so the lines
built from them are the same as a glyph-by-glyph reading gives.
"""
from __future__ import annotations

import ctypes
import functools
import math
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from meetbook.pdf import native

WHITESPACE = re.compile(r"\s")  # what str.isspace() calls white space
# right-to-left scripts: pdfium may reorder such a line's glyphs across runs
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
HYPHEN_MARK = "\ufffe"  # pdfium's mark of a hyphen that ends a line; pdfminer reads "-"


@dataclass
class Glyphs:
    """Printed glyphs in pdfium's order: code points, boxes in pdfminer's coordinates (top
    down; the box runs along the advance from the origin, one font size up from the descent),
    font size, boldness (by font name) and uprightness."""

    codes: np.ndarray  # uint32
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    size: np.ndarray
    bold: np.ndarray  # bool
    upright: np.ndarray  # bool
    space: np.ndarray  # bool: white space, which ends words and belongs to none

    def __len__(self) -> int:
        return len(self.codes)

    def text(self, order: np.ndarray) -> str:
        """The glyphs at order as one string."""
        return self.codes[order].tobytes().decode("utf-32-le", errors="surrogatepass")

    def subset(self, index: np.ndarray) -> Glyphs:
        return Glyphs(*(getattr(self, f)[index] for f in Glyphs.__dataclass_fields__))

    def extended(self, other: Glyphs) -> Glyphs:
        return Glyphs(*(np.concatenate([getattr(self, f), getattr(other, f)])
                        for f in Glyphs.__dataclass_fields__))


def empty() -> Glyphs:
    none, no = np.zeros(0), np.zeros(0, dtype=bool)
    return Glyphs(np.zeros(0, dtype=np.uint32), none, none, none, none, none, no, no, no)


def codes_of(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", errors="surrogatepass"), dtype=np.uint32)


LAST_SPACE = 0x3000  # the highest code point str.isspace() takes for white space (U+3000)


@functools.cache
def _space_table() -> np.ndarray:
    return np.array([chr(c).isspace() for c in range(LAST_SPACE + 1)], dtype=bool)


def is_space(codes: np.ndarray) -> np.ndarray:
    """Which code points are white space, as str.isspace() says, looked up in a table."""
    low = codes <= LAST_SPACE
    out = _space_table()[np.where(low, codes, 0)]
    if not low.all():  # ask about the others too, should a later Unicode add such a space
        high = np.flatnonzero(~low)
        out[high] = [chr(c).isspace() for c in codes[high].tolist()]
    return out


@dataclass
class Runs:
    """The text objects the text page's glyphs belong to."""

    present: set[int]  # objects with glyphs on the text page
    blank: set[int]  # those whose glyphs are all white space or unmapped


@dataclass
class Printed:
    """pdfium's answers for the glyphs a text object prints, in the text page's order: their
    places on the text page, text objects, loose boxes (left, top, right, bottom), origins
    and code points (None where not asked for). Font size, matrix (a, b, c, d) and font are
    pdfium's for at least the first glyph of each text object."""

    index: np.ndarray  # int64
    owner: np.ndarray  # int64
    box: np.ndarray  # float32, m × 4
    origin: np.ndarray  # float64, m × 2
    code: np.ndarray | None  # uint32
    size: np.ndarray  # float64
    matrix: np.ndarray  # float32, m × 4
    font: np.ndarray  # int64


def printed_glyphs(tp: int, text: str, exact: bool) -> Printed:
    """The printed glyphs of the text page tp, whose text is text: asked in one call of the
    compiled helper, or glyph by glyph from Python where it is missing."""
    if native.helper is not None:
        return _printed_by_helper(tp, len(text))
    return _printed_by_calls(tp, text, exact)


def _printed_by_helper(tp: int, n: int) -> Printed:
    out = Printed(np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64),
                  np.zeros((n, 4), dtype=np.float32), np.zeros((n, 2)),
                  np.zeros(n, dtype=np.uint32), np.zeros(n), np.zeros((n, 4), dtype=np.float32),
                  np.zeros(n, dtype=np.int64))
    m = native.helper.glyphs(tp, n, out.index, out.owner, out.box, out.origin,  # type: ignore
                             out.code, out.size, out.matrix, out.font)
    return Printed(*(getattr(out, f)[:m] for f in Printed.__dataclass_fields__))


def _printed_by_calls(tp: int, text: str, exact: bool) -> Printed:
    owner = run_of_each(tp, text, exact)
    index = np.flatnonzero(owner)
    m = len(index)
    box, origin = _geometry(tp, index)
    code = None
    if not exact:
        code = np.array([native.get_unicode(tp, i) for i in index.tolist()], dtype=np.uint32)
    size, matrix, font = np.zeros(m), np.zeros((m, 4), dtype=np.float32), \
        np.zeros(m, dtype=np.int64)
    _, first = np.unique(owner[index], return_index=True)
    for k in first.tolist():
        i, obj = int(index[k]), int(owner[index[k]])
        size[k] = native.char_font_size(tp, i)
        matrix[k] = _char_matrix(tp, i)
        font[k] = native.text_object_font(obj) or 0
    return Printed(index, owner[index], box, origin, code, size, matrix, font)


def _char_matrix(tp: int, index: int) -> tuple[float, float, float, float]:
    m = (ctypes.c_float * 6)()
    if not native.char_matrix(tp, index, ctypes.addressof(m)):
        return 1.0, 0.0, 0.0, 1.0
    return m[0], m[1], m[2], m[3]


def _geometry(tp: int, printed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The loose boxes and origins of the glyphs at printed, two calls each."""
    m = len(printed)
    boxes = (ctypes.c_float * (4 * m))()  # FS_RECTF: left, top, right, bottom
    origins = (ctypes.c_double * (2 * m))()
    b, o = ctypes.addressof(boxes), ctypes.addressof(origins)
    index = printed.tolist()
    deque(map(native.loose_box, repeat(tp, m), index, range(b, b + 16 * m, 16)), maxlen=0)
    deque(map(native.char_origin, repeat(tp, m), index, range(o, o + 16 * m, 16),
              range(o + 8, o + 16 * m, 16)), maxlen=0)
    return (np.ctypeslib.as_array(boxes).reshape(m, 4).copy(),
            np.ctypeslib.as_array(origins).reshape(m, 2).copy())


class Fonts:
    """Which fonts are bold, each font's name asked for once. (Kept for one page only: a
    font pdfium frees may leave its handle to another.)"""

    def __init__(self) -> None:
        self.bold: dict[int, bool] = {}

    def is_bold(self, font: int) -> bool:
        bold = self.bold.get(font)
        if bold is None:
            bold = self.bold[font] = bool(font) and b"bold" in native.font_name(font).lower()
        return bold


def _looks(found: Printed, first: np.ndarray) -> list[tuple[float, bool, bool]]:
    """Size, boldness and uprightness of each run, from its glyph at first (worked out once
    for the runs that share font, size and matrix).

    The size is pdfminer's: the font size scaled by the text and graphics matrices."""
    fonts = Fonts()
    known: dict[tuple, tuple[float, bool, bool]] = {}
    out = []
    for key in zip(found.size[first].tolist(), map(tuple, found.matrix[first].tolist()),
                   found.font[first].tolist()):
        look = known.get(key)
        if look is None:
            size, (a, b, c, d), font = key
            look = known[key] = (round(size * math.hypot(c, d), 4), fonts.is_bold(font),
                                 a * d > 0 and b * c <= 0)
        out.append(look)
    return out


def read_glyphs(tp: int, height: float) -> tuple[Glyphs, Runs]:
    """The printed glyphs of the text page tp (pdfium's generated ones left out)."""
    n = native.count_chars(tp)
    if n <= 0:
        return empty(), Runs(set(), set())
    text, exact = native.page_text(tp, n)
    found = printed_glyphs(tp, text, exact)
    if not len(found.index):
        return empty(), Runs(set(), set())
    box = found.box.astype(np.float64)
    x0, x1, bottom = found.origin[:, 0].copy(), box[:, 2].copy(), height - box[:, 3]
    objects, first, which = _runs_of(found.owner)
    looks = _looks(found, first)
    size = np.array([s for s, _, _ in looks])[which]
    raw = codes_of(text)[found.index]
    codes = np.where(raw == ord(HYPHEN_MARK), ord("-"), raw).astype(np.uint32)
    glyphs = Glyphs(codes, x0, x1, bottom - size, bottom, size,
                    np.array([b for _, b, _ in looks], dtype=bool)[which],
                    np.array([u for _, _, u in looks], dtype=bool)[which], is_space(codes))
    _trim_overhangs(glyphs)
    space = glyphs.space
    if not exact:  # which runs are blank is judged on pdfium's own code points then
        assert found.code is not None
        raw = found.code
        space = is_space(raw)
    return glyphs, _runs(raw, space, objects, which)


def _runs_of(owner: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct text objects of the glyphs (in the order they first print), where each
    first prints, and each glyph's object by its place among them: a run's glyphs mostly come
    one after another, so the objects are told apart stretch by stretch."""
    start = np.flatnonzero(np.concatenate([[True], owner[1:] != owner[:-1]]))
    place: dict[int, int] = {}
    first, stretch = [], []
    for obj, at in zip(owner[start].tolist(), start.tolist()):
        if obj not in place:
            place[obj] = len(place)
            first.append(at)
        stretch.append(place[obj])
    which = np.repeat(np.array(stretch, dtype=np.int64), np.diff(np.append(start, len(owner))))
    return np.array(list(place), dtype=owner.dtype), np.array(first, dtype=np.int64), which


def _trim_overhangs(g: Glyphs) -> None:
    """End each glyph where the next one starts when its box overhangs it.

    pdfium's loose box reaches the glyph's ink; pdfminer's ends at the advance width."""
    if len(g) < 2:
        return
    nxt = g.x0[1:]
    hang = (g.x0[:-1] < nxt) & (nxt < g.x1[:-1]) & (np.abs(g.bottom[:-1] - g.bottom[1:]) < 0.01)
    g.x1[:-1][hang] = nxt[hang]


def _runs(raw: np.ndarray, space: np.ndarray, objects: np.ndarray, which: np.ndarray) -> Runs:
    # pdfium's text of a run leaves out glyphs it could not map (shown as the mark, or 0)
    printing = ~(space | (raw == 0) | (raw == ord(HYPHEN_MARK)))
    inked = np.bincount(which, weights=printing, minlength=len(objects))
    present = set(objects.tolist())
    return Runs(present, {o for o, k in zip(objects.tolist(), inked.tolist()) if k == 0})


# --- which run each glyph belongs to ---------------------------------------------------------

def run_of_each(tp: int, text: str, exact: bool = True) -> np.ndarray:
    """Each glyph's text object (0 for a glyph pdfium generated).

    pdfium lays a run's glyphs out one after the other and generates only white space, so
    white space is asked about one by one, and a stretch between two spaces of one run
    belongs to that run; any other stretch is settled by bisection. Where the text does not
    line up with the glyphs, or runs of right-to-left script may interleave, every glyph is
    asked about."""
    n = len(text)
    probe = _prober(tp)
    if not exact or RIGHT_TO_LEFT.search(text):
        return np.array([probe(i) for i in range(n)], dtype=np.int64)
    spaces = np.array([m.start() for m in WHITESPACE.finditer(text)], dtype=np.int64)
    around = np.array([probe(i) for i in spaces.tolist()], dtype=np.int64)
    owner = np.zeros(n, dtype=np.int64)
    owner[spaces] = around
    start = np.concatenate([[0], spaces + 1])  # the stretches between spaces
    end = np.concatenate([spaces, [n]])
    left = np.concatenate([[0], around])
    right = np.concatenate([around, [0]])
    inside = (start < end) & (left != 0) & (left == right)
    fill = np.zeros(n + 1, dtype=np.int64)  # each such stretch takes its spaces' run
    fill[start[inside]] += left[inside]
    fill[end[inside]] -= left[inside]
    owner += np.cumsum(fill)[:n]
    for k in np.flatnonzero((start < end) & ~inside).tolist():
        _settle_stretch(owner, int(start[k]), int(end[k]) - 1, int(left[k]), int(right[k]),
                        probe)
    return owner


def _settle_stretch(owner: np.ndarray, first: int, last: int, left: int, right: int,
                    probe: Callable[[int], int]) -> None:
    """Settle a stretch between spaces, starting from a space printed by a run where there is
    one: a glyph at the far end of the same run means the whole stretch is that run's."""
    if left:
        _settle(owner, first - 1, last, left, probe(last), probe)
    elif right:
        _settle(owner, first, last + 1, probe(first), right, probe)
    else:
        _settle(owner, first, last, probe(first), probe(last), probe)


def _prober(tp: int) -> Callable[[int], int]:
    def probe(i: int) -> int:
        return native.text_object(tp, i) or 0
    return probe


def _settle(owner: np.ndarray, i: int, j: int, a: int, b: int, probe: Callable[[int], int]
            ) -> None:
    """Fill owner[i..j] knowing owner[i] = a and owner[j] = b."""
    if a == b and a:
        owner[i:j + 1] = a
        return
    if j - i <= 1 or not (a and b):
        if not (a and b):  # a generated glyph amid print: not expected, ask about each
            owner[i:j + 1] = [probe(k) for k in range(i, j + 1)]
        else:
            owner[i], owner[j] = a, b
        return
    m = (i + j) // 2
    c = probe(m)
    _settle(owner, i, m, a, c, probe)
    _settle(owner, m, j, c, b, probe)
