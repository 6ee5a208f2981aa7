"""Side labels: a § 's part labels printed in a column of their own at the left, the part's
text beside them on the same line (pure).

    Yrkande          Sami Laine (V) yrkar bifall till motionen.
                     Marie Söderlund (S) yrkar avslag på motionen.
    Beslut           Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.

The readers of a § take a label as a line of its own over its text, as most templates print
it; a side-labelled line is cut in two so that they read it the same way.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from meetbook.columns import COLUMN_GAP, placed_columns
from meetbook.extract.labels import read_label
from meetbook.model import Line

MIN_INDENT = 40.0  # points from the label's start to its text's: a column, not a word gap
MAX_LABEL_WORDS = 6


def split_side_labels(lines: Sequence[Line]) -> list[Line]:
    """The lines with each side label set on a line of its own above its text."""
    out: list[Line] = []
    for ln in lines:
        out += _split(ln)
    return out


def _split(ln: Line) -> list[Line]:
    if not ln.text.lstrip()[:1].isupper():  # a label's column begins the line's text
        return [ln]
    if not any(b[0] - a[1] > COLUMN_GAP for a, b in pairwise(ln.words)):  # one column
        return [ln]
    cols = placed_columns(ln)
    if len(cols) < 2 or cols[1][0] - cols[0][0] < MIN_INDENT or not is_side_label(cols[0][1]):
        return [ln]
    at = cols[1][0]
    label = replace(ln, text=cols[0][1].strip(), bold=True, x1=at,
                    words=tuple(w for w in ln.words if w[0] < at))
    rest = replace(ln, text=" ".join(t for _, t in cols[1:]).strip(), x0=at, bold=False,
                   top=ln.top + 0.01, words=tuple(w for w in ln.words if w[0] >= at))
    return [label, rest]


def is_side_label(text: str) -> bool:
    """Whether a column's text is a § part's label ("Beslut", "Yrkande", "Reservation",
    "Förslag till beslut", "Kommunstyrelsens beslut")."""
    text = text.strip()
    if not text or len(text.split()) > MAX_LABEL_WORDS or not text[:1].isupper():
        return False
    return read_label(Line(text, 0, bold=True)) is not None
