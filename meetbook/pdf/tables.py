"""Ruled tables: pdfplumber's table finder on the page's ruling edges, each cell's text from
the glyphs whose centre lies in it.

The finder's steps are pdfplumber's own (edges merged, their intersections, cells from the
intersections, tables from the cells), except that finding the cells compares each
intersection's edges as sets made once, not once per comparison, and a cell's text comes
from `layout.plain_texts`, pdfplumber's `extract_text` on arrays, for all the
cells of a table at once.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np

from meetbook.pdf.glyphs import Glyphs
from meetbook.pdf.layout import plain_texts
from meetbook.pdf.objects import Edge, as_dict
from meetbook.pdf.pages import Table
from meetbook.text import join_lines

MIN_RULES = 4  # fewer ruled edges than this cannot make a table of two rows
MAX_RULES = 5000  # more ruled edges than this draw a map or a chart, not a table

Point = tuple[float, float]


class TableFinder:
    """Ruled tables with two rows or more, found by pdfplumber's lines strategy.

    Pages that repeat a ruling (a frame, a form, the same agenda table) share the work of
    finding its cells: the grids found are kept by their edges for the file."""

    def __init__(self) -> None:
        self.grids: dict[tuple, list[tuple[tuple, list[Any]]]] = {}

    def tables(self, edges: list[Edge], glyphs: Glyphs, number: int, width: float,
               height: float) -> list[Table]:
        if not MIN_RULES <= len(edges) <= MAX_RULES:
            return []
        return [Table(number, float(bbox[1]), float(bbox[3]), _cell_texts(bbox, rows, glyphs))
                for bbox, rows in self._grids(edges, width, height)]

    def _grids(self, edges: list[Edge], width: float, height: float
               ) -> list[tuple[tuple, list[Any]]]:
        key = (width, height, *edges)
        found = self.grids.get(key)
        if found is None:
            found = [(t.bbox, rows) for t in _tables(list(map(as_dict, edges)), width, height)
                     if len(rows := t.rows) >= 2]  # fewer rows: bars of a chart, a framed box
            if len(self.grids) >= 256:
                self.grids.clear()
            self.grids[key] = found
        return found


def find_tables(edges: list[Edge], glyphs: Glyphs, number: int, width: float,
                height: float) -> list[Table]:
    """Ruled tables of one page (see TableFinder)."""
    return TableFinder().tables(edges, glyphs, number, width, height)


def _tables(edges: list[dict], width: float, height: float) -> list[Any]:
    """pdfplumber's TableFinder(page).tables for a page that has only these edges."""
    from pdfplumber.table import Table as Found
    from pdfplumber.table import TableFinder, TableSettings, edges_to_intersections

    page = SimpleNamespace(edges=edges, bbox=(0, 0, width, height), chars=[])
    settings = TableSettings.resolve(None)
    merged = TableFinder.get_edges(SimpleNamespace(page=page, settings=settings))  # type: ignore
    crossings = edges_to_intersections(merged, settings.intersection_x_tolerance,
                                       settings.intersection_y_tolerance)
    return [Found(page, group) for group in _groups(_cells(crossings))]  # type: ignore


def _cells(crossings: dict[Point, dict[str, list[dict]]]) -> list[tuple]:
    """pdfplumber's intersections_to_cells: from each intersection, the smallest cell whose
    corners are intersections joined by edges."""
    def bboxes(edges: list[dict]) -> frozenset:
        return frozenset((e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges)

    v = {p: bboxes(e["v"]) for p, e in crossings.items()}
    h = {p: bboxes(e["h"]) for p, e in crossings.items()}

    def connects(p1: Point, p2: Point) -> bool:
        return (p1[0] == p2[0] and not v[p1].isdisjoint(v[p2])) or \
            (p1[1] == p2[1] and not h[p1].isdisjoint(h[p2]))

    points = sorted(crossings)
    column: dict[float, list[Point]] = {}
    row: dict[float, list[Point]] = {}
    place = {}
    for p in points:  # in sorted order: below a point and right of it come after it
        place[p] = (len(column.setdefault(p[0], [])), len(row.setdefault(p[1], [])))
        column[p[0]].append(p)
        row[p[1]].append(p)
    cells = []
    for p in points:
        below = column[p[0]][place[p][0] + 1:]
        right = row[p[1]][place[p][1] + 1:]
        cell = _smallest_cell(p, below, right, crossings, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(p: Point, below: list[Point], right: list[Point], crossings: dict,
                   connects: Any) -> tuple | None:
    for below_pt in below:
        if not connects(p, below_pt):
            continue
        for right_pt in right:
            if not connects(p, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in crossings and connects(corner, right_pt) and \
                    connects(corner, below_pt):
                return p[0], p[1], corner[0], corner[1]
    return None


def _groups(cells: list[tuple]) -> list[list[tuple]]:
    """pdfplumber's cells_to_tables: cells that share a corner, directly or through others,
    make a table; tables of one cell are left out; tables in order of their top-left cell."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[Point, int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            parent[root(first.setdefault(corner, i))] = root(i)
    groups: dict[int, list[tuple]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(root(i), []).append(cell)
    tables = sorted(groups.values(), key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def _cell_texts(bbox: tuple, rows: list[Any], glyphs: Glyphs) -> tuple[tuple[str, ...], ...]:
    """Each cell's text, words joined by single spaces: pdfplumber's Table.extract (a cell
    holds the glyphs whose centre lies in it), looking only at the glyphs inside the table."""
    cx = (glyphs.x0 + glyphs.x1) / 2
    cy = (glyphs.top + glyphs.bottom) / 2
    inside = np.flatnonzero(_within(cx, cy, bbox))
    cells = [cell for row in rows for cell in row.cells if cell is not None]
    if not cells:
        return tuple(tuple("" for _ in row.cells) for row in rows)
    box = np.array(cells, dtype=np.float64).T[:, :, None]  # x0, top, x1, bottom by cell
    x, y = cx[inside][None, :], cy[inside][None, :]
    member = (box[0] <= x) & (x < box[2]) & (box[1] <= y) & (y < box[3])
    cell, glyph = np.nonzero(member)  # cell by cell, each cell's glyphs in page order
    texts = iter([_one_line(t) for t in plain_texts(glyphs.subset(inside[glyph]), cell,
                                                     len(cells))])
    return tuple(tuple(next(texts) if c is not None else "" for c in row.cells) for row in rows)


def _one_line(text: str) -> str:
    """A cell's text as one line; a text of one line is one already (words apart by single
    spaces)."""
    return join_lines(text) if "\n" in text else text


def _within(cx: np.ndarray, cy: np.ndarray, bbox: tuple[float, float, float, float]
            ) -> np.ndarray:
    """Which centres lie in bbox (pdfplumber's test for a cell's text)."""
    x0, top, x1, bottom = bbox
    return (x0 <= cx) & (cx < x1) & (top <= cy) & (cy < bottom)
