"""What an agenda layout is: a way of printing an agenda, which knows its pages and reads
their entries (pure). Adding a layout is a subclass and its test; `reading.LAYOUTS` lists
them in the order they are asked."""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import replace

from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AgendaEntry

# a title that stops on one of these goes on in the next row ("… på kommunens bibliotek i" /
# "Onsala och Åsa")
OPEN_END = re.compile(r"(?:,|\b(?:i|om|för|och|av|på|till|med|samt|från|vid|inom|mellan))$",
                      re.IGNORECASE)


class AgendaLayout(ABC):
    """One way an agenda (or a protocol's contents) is printed."""

    @abstractmethod
    def detect(self, pages: Sequence[Page]) -> bool:
        """Whether the agenda pages are printed in this layout."""

    @abstractmethod
    def read_page(self, page: Page, section: str | None
                  ) -> tuple[list[AgendaEntry], str | None]:
        """The entries on one page, under the section heading open before it, and the
        section open after it (a heading may end a page and go on over the next)."""

    def read(self, pages: Sequence[Page]) -> list[AgendaEntry]:
        """The entries on the pages in order, each under the section heading above it, a row
        that goes on over a page break joined to its entry."""
        entries: list[AgendaEntry] = []
        section: str | None = None
        for page in pages:
            found, section = self.read_page(page, section)
            entries += found
        return finish(entries)


def finish(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    """The entries as read page by page, with the rows that go on over a page break joined
    and an entry listed again dropped."""
    return _merge_same_number(_join_continued(entries))


def _join_continued(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    """A table row that goes on over a page break: the row without a number that opens the
    next page holds the rest of the previous entry's title and proposal, unless it is a
    section heading (a title alone, after a title that was complete, or first of all)."""
    out: list[AgendaEntry] = []
    moved: tuple[str | None, str] | None = None  # (section as read, section it really is)
    for e in entries:
        if not e.number:
            heading = e.title and not e.proposal and not e.title[:1].islower() \
                and not (out and OPEN_END.search(out[-1].title))
            if heading:
                moved = (e.section, e.title)
            elif out:
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
