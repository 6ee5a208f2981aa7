"""An agenda entry, the numberings that open one, and the marks of an agenda page (pure)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from meetbook.headings import PARAGRAPH_FIRST, PARAGRAPH_LAST
from meetbook.pdf.pages import Page

# "189/26 Planeringsdirektiv och budget 2027 samt plan 2028-2030 ........ 3" (number/year)
YEAR_NUMBER = re.compile(r"^(?P<num>\d{1,4}/\d{2})\s+(?P<rest>.+)$")
# "4. Antagande av" (a numbered row of an agenda table)
DOTTED_NUMBER = re.compile(r"^(?P<num>\d{1,3})\.\s+(?P<rest>.+)$")
# "… ...................... 50" at the end of an agenda or contents line
LEADER = re.compile(r"\s*(?:\.{2,}|…+)\s*\.?\s*(?P<page>\d{1,4})\s*$")
AGENDA_HEADING = re.compile(
    r"^(?:dagordning|föredragningslista|innehåll(?:sförteckning)?|ärendelista|"
    r"ärenden(?: som skall behandlas)?(?:\s+sida)?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class AgendaEntry:
    """An item as the agenda (or the protocol's contents) lists it."""

    number: str
    title: str
    section: str | None
    page_ref: int | None
    dnr: tuple[tuple[str, str], ...] = ()
    page: int | None = None
    proposal: str = ""  # the agenda table's Förslag column
    # the appendices listed under the entry ("- Bil. Konditionsrapport ..... 13"): title, page
    appendices: tuple[tuple[str, int | None], ...] = ()


def is_toc_page(page: Page) -> bool:
    """A page of agenda or contents: lines that end in a leader and a page number."""
    leaders = sum(_has_leader(ln.text) for ln in page.body)
    heading = any(AGENDA_HEADING.match(ln.text) for ln in page.body[:12])
    return leaders >= 3 or (leaders >= 1 and heading)


def _has_leader(text: str) -> bool:
    """Whether the line ends in a leader and a page number (a leader is two dots or more, or
    an ellipsis: a line without either is passed over at once)."""
    return (".." in text or "…" in text) and LEADER.search(text) is not None


def entries_on(page: Page) -> bool:
    """Whether any line of the page opens an agenda entry."""
    return any(entry_start(ln.text) for ln in page.body)


def entry_start(text: str) -> tuple[str, str] | None:
    """(the entry's number as printed, the rest of the line) when the text opens an entry:
    "189/26 …", "§ 69 …", "39 § …", "4. …"."""
    for rx in (YEAR_NUMBER, PARAGRAPH_FIRST, PARAGRAPH_LAST, DOTTED_NUMBER):
        m = rx.match(text)
        if m:
            num = m.group("num")
            if rx is PARAGRAPH_FIRST:
                num = f"§ {num}"
            elif rx is PARAGRAPH_LAST:
                num = f"{num} §"
            return num, m.group("rest") or ""
    return None


def number_of(number: str) -> int | None:
    """An entry's number as an integer ("§ 69" → 69, "188 §" → 188, "4" → 4); None for a
    number with a year ("189/26"), which names no §."""
    m = re.search(r"\d+", number)
    return int(m.group(0)) if m and "/" not in number else None
