"""Running headers and footers that the page reader left in the text (pure).

The reader sets apart the lines at a page's edges that recur from page to page. Templates that
print their furniture further into the page (a header line just above the text, "Protokoll 5
§§ 34–41 2026-04-22 Sida 3 (7)"; a footer of a signature field and an address well above the
edge) leave it among the body's lines, where a decision's points run through it. Such a line is
among the first or last lines of its page's text, in the page's outer fifth, looks like
furniture (a page number, a signature rule, a word of the protocol's frame), and recurs at the same
height on the pages around it, page numbers and dates aside.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.model import Line
from meetbook.pdf.pages import Page

EDGE_LINES = 3  # how many of a page's first and last text lines may be furniture
OUTER = 0.2  # the share of the page height at its top and bottom where furniture stands
NEIGHBOURS = 3  # pages on each side compared
SAME_HEIGHT = 3.0  # points
# what the frame of a protocol's pages prints: page numbers, signature rules, its own name
FRAME = re.compile(r"_{3,}|\.{4,}|\b\d+\s*(?:\(\d+\)|av\s+\d+)|\b(?:sida|sid|protokoll\w*|"
                   r"sign\w*|justera\w*|utdragsbestyrk\w*|kommun|stad|www|box)\b", re.IGNORECASE)


def _shape(text: str) -> str:
    """The line with its numbers folded: "Sida 3 (7)" and "Sida 4 (7)" are one shape."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _edges(page: Page) -> list[Line]:
    """The first and last text lines of a page that stand in its outer parts."""
    body = list(page.body)
    edge = body[:EDGE_LINES] + body[-EDGE_LINES:]
    return [ln for ln in dict.fromkeys(edge) if ln.top < page.height * OUTER
            or ln.top > page.height * (1 - OUTER)]


def running_lines(pages: Sequence[Page], first: int, last: int) -> set[tuple[int, float, str]]:
    """(page, top, text) of the furniture lines on pages first..last."""
    by_number = {p.number: p for p in pages}
    out = set()
    for n in range(first, last + 1):
        page = by_number.get(n)
        if page is None:
            continue
        others = [by_number[k] for k in range(n - NEIGHBOURS, n + NEIGHBOURS + 1)
                  if k != n and k in by_number]
        seen = [(_shape(o.text), o.top) for p in others for o in _edges(p)]
        for ln in _edges(page):
            if not FRAME.search(ln.text):
                continue
            shape = _shape(ln.text)
            hits = sum(1 for s, top in seen if s == shape and abs(top - ln.top) <= SAME_HEIGHT)
            if others and hits >= min(2, len(others)):
                out.add((ln.page, ln.top, ln.text))
    return out


def without_furniture(lines: Sequence[Line], pages: Sequence[Page]) -> tuple[Line, ...]:
    """The lines without the running furniture among them."""
    if not lines:
        return tuple(lines)
    furniture = running_lines(pages, min(ln.page for ln in lines), max(ln.page for ln in lines))
    return tuple(ln for ln in lines if (ln.page, ln.top, ln.text) not in furniture)
