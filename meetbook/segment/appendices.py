"""Appendix stamps: the pages stamped as a §'s appendix ("Bilaga Stadsstyrelsen, 26.09.2022
§ 191"), by § number (pure)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.dates import find_date
from meetbook.pdf.pages import Page

# "Bilaga Stadsstyrelsen, 26.09.2022 § 191", "Bilaga Välfärdsnämnden, 15.09.2022 § 49"
APPENDIX_STAMP = re.compile(r"^bilaga\b[^§]{0,80}§\s*(?P<n>\d{1,4})\s*$", re.IGNORECASE)


def stamped_appendices(pages: Sequence[Page], date: str | None = None
                       ) -> dict[int, list[tuple[int, int]]]:
    """The page runs stamped as a §'s appendix, by § number; with a date, only the stamps of
    that meeting ("Bilaga Stadsstyrelsen, 13.02.2023 § 35" is another meeting's § 35)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for p in pages:
        stamp = next((m for ln in (*p.header, *p.body[:3])
                      if (m := APPENDIX_STAMP.match(ln.text.strip()))), None)
        if stamp is None:
            continue
        stamped = find_date(stamp.group(0))
        if date and stamped and stamped != date:
            continue
        n = int(stamp.group("n"))
        runs = out.setdefault(n, [])
        if runs and runs[-1][1] == p.number - 1:
            runs[-1] = (runs[-1][0], p.number)
        else:
            runs.append((p.number, p.number))
    return out
