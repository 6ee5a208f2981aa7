"""Finding a person by name, ignoring case and diacritics and tolerant of OCR damage: among
those with positions (persons) and among those at meetings (attendance)."""
from __future__ import annotations

import sqlite_utils
from rapidfuzz import fuzz, process

from meetbook.text import fold

# how near a folded name must be to the one asked for (rapidfuzz ratio, 0-100)
NEAR = 88


def _matching(want: str, candidates: dict) -> list:
    """Keys of candidates ({key: folded name}) whose name is the wanted one, near it, or
    (for a wanted name longer than four letters) contains it."""
    near = {key for _, _, key in process.extract(want, candidates, scorer=fuzz.ratio,
                                                  score_cutoff=NEAR, limit=None)}
    return [key for key, f in candidates.items()
            if key in near or f == want or (len(want) > 4 and want in f)]


def person_ids(db: sqlite_utils.Database, name: str) -> list[int]:
    """Ids of the persons (those with yrkanden, votes, reservations, statements) so named."""
    rows = dict(db.execute("SELECT id, folded FROM persons").fetchall())
    return _matching(fold(name), rows)


def attendee_names(db: sqlite_utils.Database, name: str) -> list[str]:
    """The folded names of people at meetings that match name."""
    names = [r[0] for r in db.execute("SELECT DISTINCT folded FROM attendance").fetchall()]
    return _matching(fold(name), {f: f for f in names})
