"""Dates as printed in Swedish and Finland-Swedish documents → YYYY-MM-DD.

"2026-05-19", "15.9.2022" and "26.09.2022" (Finland-Swedish), "den 8 maj 2024", "tisdagen den
22 april 2025", "8 jan. 2024". A printed date that is no day of the calendar ("2024-02-31")
is no date.
"""
from __future__ import annotations

import datetime
import re

from meetbook.lexicon._data import alternation, words

# the months' names: {"januari": 1, …}; with their abbreviations: {"januari": 1, "jan": 1, …}
MONTHS: dict[str, int] = {line.split()[0]: n for n, line in enumerate(words("months"), start=1)}
MONTH_WORDS: dict[str, int] = {name: n for n, line in enumerate(words("months"), start=1)
                               for name in line.split()}
YEAR = r"(?:19|20)\d{2}"
# a date in digits, without groups, for patterns that hold one: "2026-05-19", "15.9.2022"
NUMERIC = rf"{YEAR}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.{YEAR}"
# a date written out, without groups: "den 3 februari 2026", "3 febr. 2026"
WORDED = rf"(?:den\s+)?[0-3]?\d\s+(?i:{alternation(MONTH_WORDS)})\.?\s+{YEAR}"
# "2026-05-19"
ISO = re.compile(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
# "15.9.2022", "26.09.2022"
DOTTED = re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})(?!\d)")
# "den 8 maj 2024", "tisdagen den 22 april 2025", "19 maj 2026", "8 jan. 2024"
WORDS = re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{alternation(MONTH_WORDS)})\.?\s+(?P<y>{YEAR})\b",
                   re.IGNORECASE)


def iso_date(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD for a day of the calendar, None for one that is not (2024-02-31)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, str]]:
    """(position, YYYY-MM-DD) of every date in text, in order."""
    out = []
    for rx in (ISO, DOTTED, WORDS):
        for m in rx.finditer(text):
            month = int(m["m"]) if m["m"].isdigit() else MONTH_WORDS[m["m"].lower()]
            found = iso_date(int(m["y"]), month, int(m["d"]))
            if found:
                out.append((m.start(), found))
    return sorted(out)


def find_date(text: str) -> str | None:
    """The first date in text, or None."""
    found = find_dates(text)
    return found[0][1] if found else None
