"""The layout of an agenda or contents page printed as numbered lines (pure): "189/26 …",
"§ 215 Dnr KS-2025-00014", "188 § Val av protokolljusterare", "4. …", the title going on
over the lines under it until leader dots and a page number end it ("…… 12"); bold short
lines between entries are section headings, "- Bil. …" lines under an entry its appendices."""
from __future__ import annotations

from collections.abc import Sequence

from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AgendaEntry, entries_on
from meetbook.segment.agenda.layout import AgendaLayout
from meetbook.segment.agenda.lines import read_lines


class NumberedLines(AgendaLayout):
    """Entries as numbered lines, ending in leader dots and a page number where the agenda
    gives one: the layout of dagordningar, föredragningslistor and protocols' contents."""

    def detect(self, pages: Sequence[Page]) -> bool:
        return any(entries_on(p) for p in pages)

    def read_page(self, page: Page, section: str | None
                  ) -> tuple[list[AgendaEntry], str | None]:
        return read_lines(page, section)
