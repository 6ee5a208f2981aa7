"""What an agenda layout is: a way of printing an agenda, which knows its pages and reads
their entries (pure). Adding a layout is a subclass and its test; `reading.LAYOUTS` lists
them in the order they are asked."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AgendaEntry


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
        """The entries on the pages in order, each under the section heading above it."""
        entries: list[AgendaEntry] = []
        section: str | None = None
        for page in pages:
            found, section = self.read_page(page, section)
            entries += found
        return entries
