"""The layout of an agenda table printed without rules (pure): a header row "Ärende Beteckning
Förslag" and rows whose columns are told apart by where their words begin."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetbook.model import Line
from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AgendaEntry
from meetbook.segment.agenda.layout import AgendaLayout
from meetbook.segment.agenda.lines import is_table_header, read_lines


@dataclass(frozen=True)
class Columns:
    """Where the table's second (reference) and third (proposal) columns begin."""

    reference_x: float
    proposal_x: float

    @classmethod
    def of(cls, page: Page) -> Columns | None:
        """The columns of the page's agenda table, from its header row; None without one."""
        for ln in page.body:
            if is_table_header(ln) and len(ln.words) >= 3:
                return cls(ln.words[1][0] - 2, ln.words[2][0] - 2)
        return None

    def title(self, ln: Line) -> str:
        if not ln.words:
            return ln.text.strip()
        return " ".join(w[2] for w in ln.words if w[0] < self.reference_x)

    def reference(self, ln: Line) -> str:
        return " ".join(w[2] for w in ln.words if self.reference_x <= w[0] < self.proposal_x)

    def proposal(self, ln: Line) -> str:
        return " ".join(w[2] for w in ln.words if w[0] >= self.proposal_x)


class WordTable(AgendaLayout):
    """Rows of Ärende (number and title), Beteckning (the diarienummer, as printed) and Förslag
    (the proposal), read line by line in their columns."""

    def detect(self, pages: Sequence[Page]) -> bool:
        return any(Columns.of(p) for p in pages)

    def read_page(self, page: Page, section: str | None
                  ) -> tuple[list[AgendaEntry], str | None]:
        return read_lines(page, section, Columns.of(page))
