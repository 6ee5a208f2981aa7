"""The words of a line set in columns, with the spaces the line's text has (pure).

A line's `words` are its column pieces as the page places them; a piece set with narrow word
spaces (a name in a serif table cell, "Karin af Klercker") comes without them. Readers of
tables and covers take their pieces from here, spaced as the line's text is.
"""
from __future__ import annotations

from meetbook.model import Line
from meetbook.text import respaced


def spaced_words(line: Line) -> tuple[tuple[float, float, str], ...]:
    """(x0, x1, text) of each column piece of the line, its inner spaces kept."""
    texts = respaced(line.text, [w[2] for w in line.words])
    return tuple((x0, x1, t) for (x0, x1, _), t in zip(line.words, texts))
