"""A page's objects: images (how many, and how large a raster OCR would render), ruling edges
for the table finder, the lone spaces pdfium's text page leaves out, and form XObjects that
hide paths."""
from __future__ import annotations

import ctypes
import itertools
import math
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from meetbook.pdf import native
from meetbook.pdf.glyphs import Glyphs, Runs, codes_of

Point = tuple[float, float]
# a ruling edge as pdfplumber describes it (its object_type, x0, x1, top, bottom, orientation)
Edge = tuple[str, float, float, float, float, str | None]
FORM_DEPTH = 16  # forms nested deeper are not looked into (pdfium stops well before)
# path segments walked for ruling edges per page; a page drawn with more is a map or a
# chart, whose lines make no table, and walking them all would take seconds
MAX_SEGMENTS = 200_000


@dataclass
class Objects:
    images: int = 0
    raster: int = 0  # pixels of the largest page raster an image asks OCR for
    edges: list[Edge] = field(default_factory=list)  # horizontal and vertical only
    spaces: list[tuple[float, float, float, float, float]] = field(default_factory=list)
    paths_in_forms: bool = False


def top_level(page: int) -> list[int]:
    n = native.count_objects(page)
    return list(map(native.get_object, repeat(page, n), range(n)))


def text_objects(page: int) -> int:
    """How many text objects the page holds at its top level."""
    objs = top_level(page)
    return sum(1 for kind in map(native.object_type, objs) if kind == native.TEXT)


def page_objects(page: int, tp: int, size: tuple[float, float], runs: Runs) -> Objects:
    """What the page's objects add to its text: images, edges, lone spaces."""
    width, height = size
    out = Objects()
    segments = 0
    objs = top_level(page)
    for obj, kind in zip(objs, map(native.object_type, objs)):
        if kind == native.TEXT:
            space = _lone_space(obj, tp, height, runs)
            if space is not None:
                out.spaces.append(space)
        elif kind == native.IMAGE:
            out.images += 1
            out.raster = max(out.raster, _raster(obj, width, height))
        elif kind == native.PATH and segments <= MAX_SEGMENTS:
            segments += native.path_segment_count(obj)
            if segments > MAX_SEGMENTS:
                out.edges = []
            else:
                out.edges += path_edges(obj, height)
        elif kind == native.FORM:
            images, raster, paths = _form_contents(obj)
            out.images += images
            out.raster = max(out.raster, raster)
            out.paths_in_forms = out.paths_in_forms or paths
    return out


def as_glyphs(spaces: list[tuple[float, float, float, float, float]]) -> Glyphs:
    """Lone spaces as glyphs: upright, not bold."""
    x0, x1, top, bottom, size = (np.array(v, dtype=np.float64) for v in zip(*spaces))
    n = len(spaces)
    return Glyphs(codes_of(" " * n), x0, x1, top, bottom, size, np.zeros(n, dtype=bool),
                  np.ones(n, dtype=bool), np.ones(n, dtype=bool))


# --- lone spaces ------------------------------------------------------------------------------

def _lone_space(obj: int, tp: int, height: float, runs: Runs
                ) -> tuple[float, float, float, float, float] | None:
    """A text object that prints only a space, which pdfium leaves out of its text page.

    pdfminer keeps it, and it separates the words on either side (`beslut:` `Förs`,
    `680` `000`). pdfium reads such an object as empty, or as the one space. An object with
    a printing glyph on the text page is neither, so only the others are asked about."""
    if obj in runs.present and obj not in runs.blank:
        return None
    if obj in runs.present:
        buf = (ctypes.c_ushort * 8)()
        n = native.text_object_text(obj, tp, ctypes.addressof(buf), ctypes.sizeof(buf))
        if not (n == 2 or (n == 4 and buf[0] == 0x20)):  # bytes, with the UTF-16 terminator
            return None
    bounds = (ctypes.c_float * 4)()  # left, bottom, right, top
    size = ctypes.c_float()
    m = (ctypes.c_float * 6)()
    b = ctypes.addressof(bounds)
    if not (native.object_bounds(obj, b, b + 4, b + 8, b + 12)
            and native.text_object_size(obj, ctypes.addressof(size))
            and native.object_matrix(obj, ctypes.addressof(m))):
        return None
    size_pt = size.value * math.hypot(m[2], m[3])
    left, bottom, right = bounds[0], bounds[1], bounds[2]
    return left, right, height - bottom - size_pt, height - bottom, size_pt


# --- images -----------------------------------------------------------------------------------

def _raster(obj: int, width: float, height: float) -> int:
    """Pixels of the page raster OCR renders to read the image at its own resolution."""
    px = (ctypes.c_uint * 2)()
    if not native.image_pixel_size(obj, ctypes.addressof(px), ctypes.addressof(px) + 4):
        return 0
    pixels = px[0] * px[1]
    bounds = (ctypes.c_float * 4)()
    b = ctypes.addressof(bounds)
    if not native.object_bounds(obj, b, b + 4, b + 8, b + 12):
        return pixels
    placed_w, placed_h = bounds[2] - bounds[0], bounds[3] - bounds[1]
    scale = (width / max(placed_w, 1.0)) * (height / max(placed_h, 1.0))
    return int(pixels * max(scale, 1.0))


def _form_contents(form: int, depth: int = 0) -> tuple[int, int, bool]:
    """Images, the largest image's pixels and whether any path is drawn, inside a form."""
    images, raster, paths = 0, 0, False
    if depth > FORM_DEPTH:
        return images, raster, paths
    for i in range(native.form_count(form)):
        obj = native.form_object(form, i)
        kind = native.object_type(obj)
        if kind == native.IMAGE:
            images += 1
            px = (ctypes.c_uint * 2)()
            if native.image_pixel_size(obj, ctypes.addressof(px), ctypes.addressof(px) + 4):
                raster = max(raster, px[0] * px[1])
        elif kind == native.PATH:
            paths = True
        elif kind == native.FORM:
            n, r, p = _form_contents(obj, depth + 1)
            images, raster, paths = images + n, max(raster, r), paths or p
    return images, raster, paths


# --- ruling edges -----------------------------------------------------------------------------

def path_edges(obj: int, height: float) -> list[Edge]:
    """A painted path's horizontal and vertical edges, as pdfminer classifies the path (a
    line, a rect or a curve) and pdfplumber describes its edges. Slanted edges are left
    out: the table finder never uses them. Found by the compiled helper where it was built."""
    modes = (ctypes.c_int * 2)()
    if native.path_draw_mode(obj, ctypes.addressof(modes), ctypes.addressof(modes) + 4) \
            and not (modes[0] or modes[1]):
        return []
    m = (ctypes.c_float * 6)()
    if not native.object_matrix(obj, ctypes.addressof(m)):
        return []
    if native.helper is not None:
        return native.helper.path_edges(obj, *m, native.MOVETO, height)  # type: ignore
    out: list[Edge] = []
    for subpath in _subpaths(obj, m, height):
        out += _subpath_edges(subpath)
    return [e for e in out if e[5] is not None]


def _subpaths(obj: int, m: ctypes.Array, height: float) -> Iterator[list[Point]]:
    a, b, c, d, e, f = m
    subpath: list[Point] = []
    for x, y, kind, close in _segments(obj):
        point = (a * x + c * y + e, height - (b * x + d * y + f))
        if kind == native.MOVETO and subpath:
            yield subpath
            subpath = []
        subpath.append(point)
        if close and subpath[0] != subpath[-1]:
            subpath.append(subpath[0])
    yield subpath


def _segments(obj: int) -> Iterator[tuple[float, float, int, int]]:
    """Each segment of the path: its point (the one before where pdfium gives none), its
    type and whether it closes the subpath; in one call of the compiled helper if built."""
    n = max(native.path_segment_count(obj), 0)
    if native.helper is not None:
        xy, kind, close = array("f", bytes(8 * n)), array("i", bytes(4 * n)), bytearray(n)
        if native.helper.path_points(obj, xy, kind, close) == n:
            return zip(xy[0::2].tolist(), xy[1::2].tolist(), kind.tolist(), close)
    return _segments_by_calls(obj, n)


def _segments_by_calls(obj: int, n: int) -> Iterator[tuple[float, float, int, int]]:
    xy = (ctypes.c_float * 2)()
    px, py = ctypes.addressof(xy), ctypes.addressof(xy) + 4
    for i in range(n):
        seg = native.path_segment(obj, i)
        native.segment_point(seg, px, py)
        yield xy[0], xy[1], native.segment_type(seg), native.segment_close(seg)


def _edge(p0: Point, p1: Point, kind: str) -> Edge:
    x0, x1 = sorted((p0[0], p1[0]))
    top, bottom = sorted((p0[1], p1[1]))
    orientation = "v" if p0[0] == p1[0] else ("h" if p0[1] == p1[1] else None)
    return kind, x0, x1, top, bottom, orientation


def as_dict(edge: Edge) -> dict:
    """The edge as pdfplumber's table finder takes it."""
    kind, x0, x1, top, bottom, orientation = edge
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation}


def _subpath_edges(pts: list[Point]) -> list[Edge]:
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


def _is_rect(pts: list[Point]) -> bool:
    """Four corners (the fifth closing the path) joined by horizontal and vertical sides."""
    if len(pts) == 5 and pts[4] == pts[0]:
        pts = pts[:4]
    if len(pts) != 4:
        return False
    sides = zip(pts, pts[1:] + pts[:1])
    return all(a[0] == b[0] or a[1] == b[1] for a, b in sides)
