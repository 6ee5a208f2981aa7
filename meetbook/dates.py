"""Dates as printed in Swedish and Finland-Swedish documents → YYYY-MM-DD (pure)."""
from __future__ import annotations

import re

MONTHS = {"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
          "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12}
# "2026-05-19"
ISO = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")
# "15.9.2022", "26.09.2022" (Finland-Swedish)
DOTTED = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})(?!\d)")
# "den 8 maj 2024", "tisdagen den 22 april 2025", "19 maj 2026"
WORDS = re.compile(r"\b(?P<d>[0-3]?\d)\s+(?P<m>" + "|".join(MONTHS) + r")\s+(?P<y>(?:19|20)\d{2})\b",
                   re.IGNORECASE)


def _valid(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def find_dates(text: str) -> list[tuple[int, str]]:
    """(position, YYYY-MM-DD) of every date in text, in order."""
    out = []
    for m in ISO.finditer(text):
        v = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        if v:
            out.append((m.start(), v))
    for m in DOTTED.finditer(text):
        v = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        if v:
            out.append((m.start(), v))
    for m in WORDS.finditer(text):
        v = _valid(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]))
        if v:
            out.append((m.start(), v))
    return sorted(out)


def find_date(text: str) -> str | None:
    """The first date in text, or None."""
    found = find_dates(text)
    return found[0][1] if found else None
