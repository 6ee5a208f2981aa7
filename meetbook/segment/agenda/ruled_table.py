"""The layout of an agenda printed as a ruled table (pure): `Ärende | Beteckning | Förslag`,
as the PDF's table rows give it."""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.extract import dnr as dnr_mod
from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AgendaEntry
from meetbook.segment.agenda.layout import AgendaLayout

AGENDA_COLUMNS = {"title": re.compile(r"^ärende(?:mening|n)?$|^rubrik$", re.IGNORECASE),
                  "ref": re.compile(r"^(?:beteckning|dnr|diarienummer|ärendenummer)$", re.IGNORECASE),
                  "proposal": re.compile(r"^förslag(?: till beslut)?$", re.IGNORECASE)}


class RuledTable(AgendaLayout):
    """Rows with the entry's number before its title cell, its diarienummer in the Beteckning
    cell and its proposal in the Förslag cell; a row with a title alone is a section heading."""

    def detect(self, pages: Sequence[Page]) -> bool:
        return any(self.read_page(p, None)[0] for p in pages)

    def read_page(self, page: Page, section: str | None
                  ) -> tuple[list[AgendaEntry], str | None]:
        out: list[AgendaEntry] = []
        for t in page.tables:
            cols = _header_columns(t.rows[0])
            if "title" not in cols:
                continue
            for row in t.rows[1:]:
                cell = {k: (row[i] if i < len(row) else "") for k, i in cols.items()}
                number = next((c for c in row[: cols["title"]] if re.fullmatch(r"\d{1,3}\.?", c)), "")
                if not number and not out and (cell.get("proposal") or cell["title"]) and \
                        not cell.get("ref"):
                    # the rest of the previous page's last row: its title's and proposal's tails
                    out.append(AgendaEntry(number="", title=cell["title"], section=section,
                                           page_ref=None, page=page.number,
                                           proposal=cell.get("proposal", "")))
                elif not number and cell["title"] and not any(cell.get(k) for k in ("ref", "proposal")):
                    section = cell["title"]
                elif number:
                    ref = cell.get("ref", "")
                    bare = [(r, r) for r in re.split(r"[\s,;]+", ref) if r]
                    found = tuple(dnr_mod.find_all(ref) or bare)
                    out.append(AgendaEntry(number=number.rstrip("."), title=cell["title"],
                                           section=section, page_ref=None, dnr=found,
                                           page=page.number, proposal=cell.get("proposal", "")))
        return out, section


def _header_columns(header: Sequence[str]) -> dict[str, int]:
    """The index of the title, reference and proposal columns, from the header row's cells."""
    cols = {}
    for i, text in enumerate(header):
        for key, rx in AGENDA_COLUMNS.items():
            if rx.match(text.strip()) and key not in cols:
                cols[key] = i
    return cols
