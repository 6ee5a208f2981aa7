"""Glyphs → words → lines by pdfplumber's rules, computed on whole arrays (pure).

The rules are those of pdfplumber's `extract_text_lines` with its default tolerances, so the
pdfium reader and the pdfplumber reader give the same lines: glyphs cluster into lines by
their tops, are read left to right, and a word ends at white space, at a gap wider than the
tolerance or where the text steps back; lines are words whose tops cluster together. Each
line also keeps its words as pdfplumber's reader split them, where the gap between glyphs
exceeds a quarter of the font size, for column layouts.

The same steps are compiled in `_layout.c`, one loop each where numpy takes several passes,
and used where it was built; the functions here are its reference and fallback.
"""
from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from itertools import pairwise
from types import ModuleType

import numpy as np

from meetbook.model import Line
from meetbook.pdf.glyphs import Glyphs

log = logging.getLogger(__name__)


def load_compiled() -> ModuleType | None:
    """The compiled layout steps, or None where they were not built."""
    try:
        return importlib.import_module("meetbook.pdf._layout")
    except ImportError as e:
        log.debug("no compiled layout (%s): words and lines are found with numpy", e)
        return None


compiled = load_compiled()

X_TOLERANCE = 3.0  # pdfplumber's defaults: glyphs further apart start a new word or line
Y_TOLERANCE = 3.0
# as pdfplumber's extract_text reads a ligature glyph: as its letters
LIGATURE_GLYPHS = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st",
                   "ﬅ": "st"}
LIGATURES = str.maketrans(LIGATURE_GLYPHS)


def clusters(values: np.ndarray, tolerance: float | np.ndarray,
             group: np.ndarray | None = None) -> np.ndarray:
    """Each value's cluster: within its group, sorted distinct values chain while each is
    within tolerance of the one before. Cluster numbers rise with the group, then the value."""
    if compiled is not None:
        out = np.empty(len(values), dtype=np.int64)
        compiled.clusters(_floats(values), _floats(tolerance) if isinstance(tolerance, np.ndarray)
                          else tolerance, None if group is None else _ints(group), out)
        return out
    return clusters_numpy(values, tolerance, group)


def clusters_numpy(values: np.ndarray, tolerance: float | np.ndarray,
                   group: np.ndarray | None = None) -> np.ndarray:
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    # one group: a stable sort by value is the sort by group, then value
    by = np.argsort(values, kind="stable") if group is None else np.lexsort((values, group))
    v = values[by]
    if isinstance(tolerance, np.ndarray):
        tolerance = tolerance[by][1:]
    new = np.ones(len(v), dtype=bool)
    new[1:] = v[1:] > v[:-1] + tolerance
    if group is not None:
        k = group[by]
        new[1:] |= k[1:] != k[:-1]
    out = np.empty(len(v), dtype=np.int64)
    out[by] = np.cumsum(new) - 1
    return out


def _floats(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.float64)


def _ints(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.int64)


def _bools(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=bool)


def word_order(g: Glyphs, group: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(order, starts): the glyphs of all words in reading order, white space left out, and
    where each word starts in it.

    Consecutive glyphs of one group (a cell; the page has one) and one orientation form a
    run; a run's glyphs cluster into lines (by top, or by left for vertical text), each line
    is read along (left to right, or top to bottom), and a word ends at white space, at a gap
    wider than the tolerance, where the text steps back or moves off the line."""
    if compiled is None:
        return word_order_numpy(g, group)
    n = len(g)
    order, starts = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    m, w = compiled.word_order(_floats(g.x0), _floats(g.x1), _floats(g.top), _floats(g.bottom),
                               _bools(g.upright), _bools(g.space),
                               None if group is None else _ints(group), X_TOLERANCE,
                               Y_TOLERANCE, order, starts)
    return order[:m], starts[:w]


def word_order_numpy(g: Glyphs, group: np.ndarray | None = None
                     ) -> tuple[np.ndarray, np.ndarray]:
    n = len(g)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    group = np.zeros(n, dtype=np.int64) if group is None else group
    up = g.upright
    run = np.zeros(n, dtype=np.int64)
    run[1:] = np.cumsum((group[1:] != group[:-1]) | (up[1:] != up[:-1]))
    across: float | np.ndarray
    along: float | np.ndarray
    if up.all():  # the usual page: no vertical text, so no choosing per glyph
        lines_by, along_from, along_to, off, then = g.top, g.x0, g.x1, g.top, None
        across, along = Y_TOLERANCE, X_TOLERANCE
    else:
        lines_by, along_from = np.where(up, g.top, g.x0), np.where(up, g.x0, g.top)
        along_to, off = np.where(up, g.x1, g.bottom), np.where(up, g.top, g.x0)
        then = np.where(up, 0.0, g.bottom)
        across = np.where(up, Y_TOLERANCE, X_TOLERANCE)
        along = np.where(up, X_TOLERANCE, Y_TOLERANCE)
    line = clusters_numpy(lines_by, across, run)
    seq = np.lexsort((along_from, line) if then is None else (then, along_from, line))
    c, p = seq[1:], seq[:-1]
    if isinstance(across, np.ndarray) and isinstance(along, np.ndarray):
        across, along = across[c], along[c]
    space = g.space[seq]
    start = np.ones(n, dtype=bool)
    start[1:] = ((line[c] != line[p]) | space[:-1] | (along_from[c] < along_from[p])
                 | (along_from[c] > along_to[p] + along) | (np.abs(off[c] - off[p]) > across))
    keep = ~space
    return seq[keep], np.flatnonzero(start[keep])


def text_lines(g: Glyphs, page: int) -> list[Line]:
    """The page's lines, top to bottom, each with its words."""
    order, word_start = word_order(g)
    if not len(word_start):
        return []
    parts = line_parts(g, order, word_start)
    if compiled is not None:
        texts = compiled.line_texts(np.ascontiguousarray(g.codes[order], dtype=np.uint32),
                                    _floats(g.x0[order]), _floats(g.x1[order]),
                                    _ints(word_start), _ints(parts.line_word),
                                    _ints(parts.gap_start), _ints(parts.line_gap))
    else:
        texts = line_texts_numpy(g, order, word_start, parts)
    return [Line(text, page, left, top, right, round(size, 2), bold, columns)
            for (text, columns), left, top, right, size, bold in zip(
                texts, parts.left.tolist(), parts.top.tolist(), parts.right.tolist(),
                parts.size.tolist(), parts.bold.tolist())]


def line_texts_numpy(g: Glyphs, order: np.ndarray, word_start: np.ndarray, parts: LineParts
                     ) -> list[tuple[str, tuple[tuple[float, float, str], ...]]]:
    """Each line's text (its words joined by single spaces: words hold no white space) and
    its column pieces (x0, x1, text)."""
    x0, x1 = g.x0[order], g.x1[order]
    text = g.text(order)
    words = _pieces(text, word_start)
    gap_start = parts.gap_start
    columns = list(zip(x0[gap_start].tolist(),
                       x1[np.append(gap_start[1:], len(order)) - 1].tolist(),
                       _pieces(text, gap_start)))
    line_words = parts.line_word.tolist() + [len(word_start)]
    line_columns = parts.line_gap.tolist() + [len(gap_start)]
    return [(" ".join(words[line_words[n]:line_words[n + 1]]),
             tuple(columns[line_columns[n]:line_columns[n + 1]]))
            for n in range(len(line_words) - 1)]


@dataclass
class LineParts:
    """Where each line's words and column pieces start, and its bounds: for the words
    (order, word_start) of a page, lines of the words whose tops cluster together."""

    line_word: np.ndarray  # each line's first word
    gap_start: np.ndarray  # where each column piece starts in order
    line_gap: np.ndarray  # each line's first column piece
    left: np.ndarray
    top: np.ndarray
    right: np.ndarray
    size: np.ndarray  # of the line's first glyph
    bold: np.ndarray  # most of its glyphs are bold


def line_parts(g: Glyphs, order: np.ndarray, word_start: np.ndarray) -> LineParts:
    if compiled is None:
        return line_parts_numpy(g, order, word_start)
    m = len(order)
    ints, floats = (np.empty((3, m), dtype=np.int64), np.empty((4, m)))
    out = LineParts(ints[0], ints[1], ints[2], floats[0], floats[1], floats[2], floats[3],
                    np.empty(m, dtype=bool))
    lines, gaps = compiled.line_parts(
        _floats(g.x0), _floats(g.x1), _floats(g.top), _floats(g.size), _bools(g.bold),
        _ints(order), m, _ints(word_start), len(word_start), Y_TOLERANCE, out.line_word,
        out.gap_start, out.line_gap, out.left, out.top, out.right, out.size, out.bold)
    parts = LineParts(out.line_word[:lines], out.gap_start[:gaps],
                      *(getattr(out, f)[:lines] for f in ("line_gap", "left", "top", "right",
                                                          "size", "bold")))
    if not (parts.left.all() and parts.top.all() and parts.right.all()):
        # a bound at zero: whether it is 0.0 or -0.0 is numpy's choice, by how it reduces
        parts.left, parts.top, parts.right, parts.size, parts.bold = _line_bounds(
            g, order, word_start[parts.line_word])
    return parts


def line_parts_numpy(g: Glyphs, order: np.ndarray, word_start: np.ndarray) -> LineParts:
    key = clusters_numpy(np.minimum.reduceat(g.top[order], word_start), Y_TOLERANCE)
    first_word = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
    line_start = word_start[first_word]
    gap_start = _gap_starts(g.x0[order], g.x1[order], g.size[order], line_start)
    return LineParts(first_word, gap_start, np.searchsorted(gap_start, line_start),
                     *_line_bounds(g, order, line_start))


def _pieces(text: str, starts: np.ndarray) -> list[str]:
    """text cut at starts, ligatures spelt out."""
    bounds = starts.tolist() + [len(text)]
    pieces = [text[a:b] for a, b in pairwise(bounds)]
    if any(ch in text for ch in LIGATURE_GLYPHS):
        pieces = [p.translate(LIGATURES) for p in pieces]
    return pieces


def plain_texts(g: Glyphs, group: np.ndarray, count: int) -> list[str]:
    """The text of each of count groups of glyphs (given group by group) as pdfplumber's
    `extract_text` gives it: words as above, lines of the words whose tops cluster together
    (wherever they come in reading order), top to bottom, one line per row of text."""
    order, word_start = word_order(g, group)
    texts = [""] * count
    if not len(word_start):
        return texts
    owner = group[order[word_start]]
    key = clusters(np.minimum.reduceat(g.top[order], word_start), Y_TOLERANCE, owner)
    words = _pieces(g.text(order), word_start)
    by = np.lexsort((key, owner))  # group by group, line by line, words in reading order
    owner, key = owner[by], key[by]
    words = [words[k] for k in by.tolist()]
    first = np.flatnonzero(np.concatenate([[True], (owner[1:] != owner[:-1])
                                           | (key[1:] != key[:-1])]))
    lines = [" ".join(words[a:b]) for a, b in pairwise(first.tolist() + [len(words)])]
    line_owner = owner[first]
    starts = np.flatnonzero(np.concatenate([[True], line_owner[1:] != line_owner[:-1]]))
    for k, a, b in zip(line_owner[starts].tolist(), starts.tolist(),
                       starts[1:].tolist() + [len(lines)]):
        texts[k] = "\n".join(lines[a:b])
    return texts


def _gap_starts(x0: np.ndarray, x1: np.ndarray, size: np.ndarray, line_start: np.ndarray
                ) -> np.ndarray:
    """Where a column word starts: at each line, and where the gap to the glyph before
    exceeds a quarter of the font size (10 points when the size is unknown)."""
    start = np.ones(len(x0), dtype=bool)
    if len(x0) > 1:
        gap = x0[1:] - x1[:-1]
        start[1:] = ~(gap <= 0.25 * np.where(size[1:] == 0, 10.0, size[1:]))
    start[line_start] = True
    return np.flatnonzero(start)


def _line_bounds(g: Glyphs, order: np.ndarray, line_start: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each line's left, top, right, first glyph's size and boldness (most glyphs bold)."""
    count = np.diff(np.append(line_start, len(order)))
    bold = np.add.reduceat(g.bold[order].astype(np.int64), line_start)
    return (np.minimum.reduceat(g.x0[order], line_start),
            np.minimum.reduceat(g.top[order], line_start),
            np.maximum.reduceat(g.x1[order], line_start),
            g.size[order][line_start], bold > count / 2)
