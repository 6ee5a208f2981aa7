"""Small synthetic pages for segment's unit tests: lines with position, size, boldness and
words placed in columns, as the pdf layer gives them."""
from __future__ import annotations

from meetbook.model import Line
from meetbook.pdf.pages import Page, Table

CHAR = 5.0  # points per character of a word, for word positions


def line(text: str, top: float, page: int = 1, bold: bool = False, size: float = 10.0,
         x: float = 57.0) -> Line:
    """A line of text at (x, top), its words placed one after another."""
    return Line(text, page, x, top, x + CHAR * len(text), size, bold, _words(x, text))


def row(top: float, *cells: tuple[float, str], page: int = 1, bold: bool = False) -> Line:
    """A line of a table printed without rules: each cell's words from its column's x."""
    words = tuple(w for x, text in cells for w in _words(x, text))
    text = " ".join(w[2] for w in words)
    return Line(text, page, words[0][0], top, words[-1][1], 10.0, bold, words)


def _words(x: float, text: str) -> tuple[tuple[float, float, str], ...]:
    out = []
    for word in text.split():
        out.append((x, x + CHAR * len(word), word))
        x += CHAR * (len(word) + 1)
    return tuple(out)


def page(*lines: Line, number: int = 1, header: tuple[Line, ...] = (),
         footer: tuple[Line, ...] = (), tables: tuple[Table, ...] = ()) -> Page:
    """A page of the lines (their page number set to the page's)."""
    def on(ls):
        return tuple(Line(ln.text, number, ln.x0, ln.top, ln.x1, ln.size, ln.bold, ln.words)
                     for ln in ls)
    return Page(number, 595.0, 842.0, on(lines), on(header), on(footer), tables)


def text_page(text: str, number: int = 1, **kw) -> Page:
    """A page of the text's lines, 14 points apart; `**x**` marks a bold line."""
    lines = []
    for i, raw in enumerate(text.strip("\n").splitlines()):
        bold = raw.startswith("**") and raw.endswith("**") and len(raw) > 4
        lines.append(line(raw[2:-2] if bold else raw, 80.0 + 14 * i, bold=bold))
    return page(*lines, number=number, **kw)
