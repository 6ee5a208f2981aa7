"""The heads of pages and headings (pure): a page's first lines, where a cover or a
document's head stands, and the diarienummer a heading carries."""
from __future__ import annotations

from meetbook.extract import dnr as dnr_mod
from meetbook.model import Line
from meetbook.pdf.pages import Page


def first_lines(page: Page, n: int = 12) -> list[Line]:
    """The page's first n lines from the top, its running header included."""
    return sorted(page.header + page.body, key=lambda ln: ln.top)[:n]


def all_dnr(text: str) -> list[tuple[str, str]]:
    """Every diarienummer in a heading, labelled or not, once each (by normalised form)."""
    out: list[tuple[str, str]] = []
    for norm, raw in dnr_mod.find_labelled(text) + dnr_mod.find_all(text):
        if norm not in {n for n, _ in out}:
            out.append((norm, raw))
    return out
