"""pdfium's C functions with plain-integer signatures, for the calls made per glyph or object,
and the compiled helper that makes the per-glyph and per-segment calls in C.

pypdfium2's own bindings build a typed ctypes pointer for every argument; rebound here, the
hot calls take and return plain ints (handles and buffer addresses), which is several times
cheaper. The shared bindings stay untouched.

The helper (`_glyphs`, built from `_glyphs.c` when the package is installed) is handed the
addresses of the same functions in the pdfium library pypdfium2 loaded, and loops over a
page's glyphs, or a path's segments, in one call. `helper` is None where it was not built:
the reader then makes the same calls from Python, with the same results, more slowly.
"""
from __future__ import annotations

import ctypes
import importlib
import logging
from types import ModuleType
from typing import Any

import pypdfium2.raw as pdfium_c

log = logging.getLogger(__name__)


def _address(fn: Any) -> int:
    return ctypes.cast(fn, ctypes.c_void_p).value or 0


def _bind(fn: Any, restype: Any, *argtypes: Any) -> Any:
    address = _address(fn)
    assert address, fn
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_P, _INT, _DBL, _U = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_ulong

# pages and text pages, by handle (pypdfium2's page objects cost more than reading a page's text)
load_page = _bind(pdfium_c.FPDF_LoadPage, _P, _P, _INT)
close_page = _bind(pdfium_c.FPDF_ClosePage, None, _P)
load_text_page = _bind(pdfium_c.FPDFText_LoadPage, _P, _P)
close_text_page = _bind(pdfium_c.FPDFText_ClosePage, None, _P)
page_width = _bind(pdfium_c.FPDF_GetPageWidthF, ctypes.c_float, _P)
page_height = _bind(pdfium_c.FPDF_GetPageHeightF, ctypes.c_float, _P)
page_rotation = _bind(pdfium_c.FPDFPage_GetRotation, _INT, _P)  # 0, 1, 2, 3 quarter turns
media_box = _bind(pdfium_c.FPDFPage_GetMediaBox, _INT, _P, _P, _P, _P, _P)  # 4 floats
crop_box = _bind(pdfium_c.FPDFPage_GetCropBox, _INT, _P, _P, _P, _P, _P)

# text page (per glyph: what the helper asks in C where it is built)
count_chars = _bind(pdfium_c.FPDFText_CountChars, _INT, _P)
get_text = _bind(pdfium_c.FPDFText_GetText, _INT, _P, _INT, _INT, _P)
get_unicode = _bind(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _P, _INT)
text_object = _bind(pdfium_c.FPDFText_GetTextObject, _P, _P, _INT)
loose_box = _bind(pdfium_c.FPDFText_GetLooseCharBox, _INT, _P, _INT, _P)  # FS_RECTF
char_origin = _bind(pdfium_c.FPDFText_GetCharOrigin, _INT, _P, _INT, _P, _P)  # double x, y
char_font_size = _bind(pdfium_c.FPDFText_GetFontSize, _DBL, _P, _INT)
char_matrix = _bind(pdfium_c.FPDFText_GetMatrix, _INT, _P, _INT, _P)  # FS_MATRIX

# page objects
count_objects = _bind(pdfium_c.FPDFPage_CountObjects, _INT, _P)
get_object = _bind(pdfium_c.FPDFPage_GetObject, _P, _P, _INT)
object_type = _bind(pdfium_c.FPDFPageObj_GetType, _INT, _P)
object_matrix = _bind(pdfium_c.FPDFPageObj_GetMatrix, _INT, _P, _P)  # FS_MATRIX
object_bounds = _bind(pdfium_c.FPDFPageObj_GetBounds, _INT, _P, _P, _P, _P, _P)  # 4 floats
form_count = _bind(pdfium_c.FPDFFormObj_CountObjects, _INT, _P)
form_object = _bind(pdfium_c.FPDFFormObj_GetObject, _P, _P, _U)
text_object_font = _bind(pdfium_c.FPDFTextObj_GetFont, _P, _P)
text_object_text = _bind(pdfium_c.FPDFTextObj_GetText, _U, _P, _P, _P, _U)
text_object_size = _bind(pdfium_c.FPDFTextObj_GetFontSize, _INT, _P, _P)  # float
base_font_name = _bind(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_size_t, _P, _P,
                       ctypes.c_size_t)
image_pixel_size = _bind(pdfium_c.FPDFImageObj_GetImagePixelSize, _INT, _P, _P, _P)  # uints
path_draw_mode = _bind(pdfium_c.FPDFPath_GetDrawMode, _INT, _P, _P, _P)  # int fill, stroke
path_segment_count = _bind(pdfium_c.FPDFPath_CountSegments, _INT, _P)
path_segment = _bind(pdfium_c.FPDFPath_GetPathSegment, _P, _P, _INT)
segment_point = _bind(pdfium_c.FPDFPathSegment_GetPoint, _INT, _P, _P, _P)  # floats
segment_type = _bind(pdfium_c.FPDFPathSegment_GetType, _INT, _P)
segment_close = _bind(pdfium_c.FPDFPathSegment_GetClose, _INT, _P)

# what the helper calls, in the order its `bind` takes them
HELPER_FUNCTIONS = (
    pdfium_c.FPDFText_GetTextObject, pdfium_c.FPDFText_GetLooseCharBox,
    pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetUnicode,
    pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetMatrix, pdfium_c.FPDFTextObj_GetFont,
    pdfium_c.FPDFPath_CountSegments, pdfium_c.FPDFPath_GetPathSegment,
    pdfium_c.FPDFPathSegment_GetPoint, pdfium_c.FPDFPathSegment_GetType,
    pdfium_c.FPDFPathSegment_GetClose)


def load_helper() -> ModuleType | None:
    """The compiled helper bound to pypdfium2's pdfium, or None where it is missing."""
    try:
        _glyphs = importlib.import_module("meetbook.pdf._glyphs")
    except ImportError as e:
        log.debug("no compiled glyph helper (%s): pdfium is asked glyph by glyph from Python", e)
        return None
    _glyphs.bind([_address(fn) for fn in HELPER_FUNCTIONS])
    return _glyphs


helper = load_helper()

TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
PATH = pdfium_c.FPDF_PAGEOBJ_PATH
IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
FORM = pdfium_c.FPDF_PAGEOBJ_FORM
MOVETO = pdfium_c.FPDF_SEGMENT_MOVETO


def address(handle: Any) -> int:
    """The C address behind one of pypdfium2's handle objects (page, text page)."""
    return ctypes.cast(handle.raw, ctypes.c_void_p).value or 0


def page_text(tp: int, n: int) -> tuple[str, bool]:
    """The text page's n characters, pdfium's generated spaces and breaks included, and
    whether they line up with the glyphs one to one.

    One call gives them all; pdfium leaves glyphs it cannot map out of that text (it then
    comes out shorter, padded here), and characters beyond the BMP take two UTF-16 units,
    in which case each character is asked for in turn."""
    buf = (ctypes.c_ushort * (n + 1))()
    written = get_text(tp, 0, n, ctypes.addressof(buf))
    text = bytes(buf)[: 2 * n].decode("utf-16-le", errors="replace")
    if len(text) == n:
        return text, written == n + 1
    return "".join(chr(get_unicode(tp, i)) for i in range(n)), True


def box(get_box: Any, page: int) -> tuple[float, float, float, float] | None:
    """A page box (left, bottom, right, top), None where the page has none."""
    b = (ctypes.c_float * 4)()
    a = ctypes.addressof(b)
    return (b[0], b[1], b[2], b[3]) if get_box(page, a, a + 4, a + 8, a + 12) else None


def matrix_of(obj: int) -> pdfium_c.FS_MATRIX | None:
    m = pdfium_c.FS_MATRIX()
    return m if object_matrix(obj, ctypes.addressof(m)) else None


_FONT_NAME = ctypes.create_string_buffer(256)  # one buffer for every font's name (asked in turn)


def font_name(font: int) -> bytes:
    buf = _FONT_NAME
    length = base_font_name(font, ctypes.addressof(buf), len(buf))
    if length > len(buf):  # a longer name is not written: asked again with room for it
        buf = ctypes.create_string_buffer(length)
        length = base_font_name(font, ctypes.addressof(buf), length)
    return buf.raw[: max(length - 1, 0)]
