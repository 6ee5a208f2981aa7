"""The agenda of a file (pure): its pages, each read by the first layout that knows it."""
from __future__ import annotations

from collections.abc import Sequence

from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AGENDA_HEADING, AgendaEntry, entries_on, is_toc_page
from meetbook.segment.agenda.layout import AgendaLayout, finish
from meetbook.segment.agenda.numbered_lines import NumberedLines
from meetbook.segment.agenda.ruled_table import RuledTable
from meetbook.segment.agenda.word_table import Columns, WordTable

# asked in this order; the last knows every page that lists entries
LAYOUTS: tuple[AgendaLayout, ...] = (RuledTable(), WordTable(), NumberedLines())


def agenda_pages(pages: Sequence[Page]) -> list[Page]:
    """The agenda's pages: the first run, among the first twelve pages, of pages that list
    entries under an agenda heading, with leaders, or in a table."""
    out = []
    for p in pages[:12]:
        heading = any(AGENDA_HEADING.match(ln.text) for ln in p.body[:12])
        if (heading or is_toc_page(p) or Columns.of(p)) and entries_on(p):
            out.append(p)
        elif out:
            break
    return out


def layout_of(page: Page) -> AgendaLayout:
    """The first layout that knows the agenda page."""
    return next(layout for layout in LAYOUTS if layout.detect([page]))


def agenda(pages: Sequence[Page]) -> list[AgendaEntry]:
    """The agenda's entries in order, with section headings and page references, each page
    read by the first layout that knows it (a section open at a page's end goes on)."""
    entries: list[AgendaEntry] = []
    section: str | None = None
    for p in agenda_pages(pages):
        found, section = layout_of(p).read_page(p, section)
        entries += found
    return finish(entries)
