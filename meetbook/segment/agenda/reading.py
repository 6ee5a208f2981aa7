"""The agenda of a file (pure): its pages, each read by the first layout that knows it, and
the rows that go on over a page break joined."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AGENDA_HEADING, AgendaEntry, entries_on, is_toc_page
from meetbook.segment.agenda.layout import AgendaLayout
from meetbook.segment.agenda.numbered_lines import NumberedLines
from meetbook.segment.agenda.ruled_table import RuledTable
from meetbook.segment.agenda.word_table import Columns, WordTable

# asked in this order; the last knows every page that lists entries
LAYOUTS: tuple[AgendaLayout, ...] = (RuledTable(), WordTable(), NumberedLines())
# a title that stops on one of these goes on in the next row ("… på kommunens bibliotek i" /
# "Onsala och Åsa")
OPEN_END = re.compile(r"(?:,|\b(?:i|om|för|och|av|på|till|med|samt|från|vid|inom|mellan))$",
                      re.IGNORECASE)


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
    """The agenda's entries in order, with section headings and page references."""
    entries: list[AgendaEntry] = []
    section: str | None = None
    for p in agenda_pages(pages):
        found, section = layout_of(p).read_page(p, section)
        entries += found
    return _merge_same_number(_join_continued(entries))


def _join_continued(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    """A table row that goes on over a page break: the row without a number that opens the
    next page holds the rest of the previous entry's title and proposal, unless it is a
    section heading (a title alone, after a title that was complete)."""
    out: list[AgendaEntry] = []
    moved: tuple[str | None, str] | None = None  # (section as read, section it really is)
    for e in entries:
        if not e.number and out:
            heading = e.title and not e.proposal and not e.title[:1].islower() \
                and not OPEN_END.search(out[-1].title)
            if heading:
                moved = (e.section, e.title)
            else:
                out[-1] = replace(out[-1], title=f"{out[-1].title} {e.title}".strip(),
                                  proposal=f"{out[-1].proposal} {e.proposal}".strip())
        elif e.number:
            if moved and e.section == moved[0]:
                e = replace(e, section=moved[1])
            elif moved:
                moved = None
            out.append(e)
    return out


def _merge_same_number(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    """The entries without a later one of a number already listed."""
    seen: set[str] = set()
    out = []
    for e in entries:
        if e.number not in seen:
            seen.add(e.number)
            out.append(e)
    return out
