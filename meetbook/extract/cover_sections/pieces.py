"""Pieces of a cover's lines (where each begins, its text) and the columns they stand in."""
from __future__ import annotations

SAME_COLUMN = 16.0  # points within which the pieces of a list stand in one column
Piece = tuple[float, str]  # where it begins, its text


def column_starts(rows: list[list[Piece]]) -> list[float]:
    """Where the list's columns begin, left to right."""
    starts: list[float] = []
    for x in sorted(x for row in rows for x, _ in row):
        if not starts or x - starts[-1] > SAME_COLUMN:
            starts.append(x)
    return starts


def column_of(x: float, starts: list[float]) -> int:
    """The column a piece beginning at x stands in."""
    return max((i for i, s in enumerate(starts) if s <= x + 0.5), default=0)


def column_texts(rows: list[list[Piece]]) -> list[list[str]]:
    """The list's columns left to right, each its pieces top to bottom."""
    starts = column_starts(rows)
    cols: list[list[str]] = [[] for _ in starts]
    for row in rows:
        for x, text in row:
            cols[column_of(x, starts)].append(text)
    return [c for c in cols if c]
