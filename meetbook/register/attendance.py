"""Attendance as rows: who was at which meeting, so that a person is found by name.

The meeting's `attendance` JSON keeps the cover as the parser read it; these rows add the folded
name (indexed) and the §§ the cover's note gives: "deltar §§ 215-228" (took part in those only),
"deltar inte i § 226 p.g.a. jäv" (away from § 226, jävig), "vid § 77 p.g.a. jäv" (served there).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import sqlite_utils

from meetbook.model import Attendance
from meetbook.text import fold

# "§§ 69-76, 78-105", "§ 42 och 43", "§ 224"
NUMBERS = re.compile(r"(\d+)(?:\s*[-–]\s*(\d+))?")
NEGATED = re.compile(r"\b(?:inte|ej)\b", re.IGNORECASE)
JAV = re.compile(r"\bjäv", re.IGNORECASE)
LONGEST_RANGE = 500
# members the cover lists as away take part in nothing
ABSENT_ROLES = {"frånvarande"}


@dataclass(frozen=True)
class Participation:
    """The §§ of a meeting a person took part in (None: all), was away from, was jävig at."""

    only: tuple[int, ...] | None = None
    absent: tuple[int, ...] = ()
    jav: tuple[int, ...] = ()


def participation(note: str | None, role: str | None = None) -> Participation:
    """What the cover's note on a person says of the §§; a note without § says nothing."""
    if role in ABSENT_ROLES:
        return Participation(only=())
    if not note or "§" not in note:
        return Participation()
    head, tail = note.split("§", 1)
    numbers = _numbers(tail)
    if not numbers:
        return Participation()
    if NEGATED.search(head):
        return Participation(absent=numbers, jav=numbers if JAV.search(note) else ())
    return Participation(only=numbers)


def _numbers(text: str) -> tuple[int, ...]:
    out: list[int] = []
    for m in NUMBERS.finditer(text.lstrip("§ ")):
        first = int(m.group(1))
        last = int(m.group(2) or first)
        if first <= last <= min(first + LONGEST_RANGE, 9999):
            out += range(first, last + 1)
    return tuple(sorted(set(out)))


def write_attendance(db: sqlite_utils.Database, meeting_id: str,
                     attendance: Iterable[Attendance]) -> None:
    """One row per person at the meeting (the meeting's transaction is the caller's)."""
    for seq, a in enumerate(attendance):
        _insert(db, meeting_id, seq, asdict(a))


def backfill(db: sqlite_utils.Database) -> None:
    """Rows for the meetings recorded before attendance had its own table."""
    for meeting_id, raw in db.execute("SELECT id, attendance FROM meetings").fetchall():
        for seq, a in enumerate(json.loads(raw or "[]")):
            _insert(db, meeting_id, seq, a)


def _insert(db: sqlite_utils.Database, meeting_id: str, seq: int, a: dict) -> None:
    p = participation(a.get("paragraphs"), a.get("role"))
    db.execute(
        "INSERT INTO attendance (meeting_id, seq, name, folded, party, role, replaces, function,"
        " note, only_paragraphs, absent_paragraphs, jav_paragraphs)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [meeting_id, seq, a["name"], fold(a["name"]), a.get("party"), a.get("role"),
         a.get("replaces"), a.get("function"), a.get("paragraphs"),
         None if p.only is None else json.dumps(p.only), json.dumps(p.absent),
         json.dumps(p.jav)])
