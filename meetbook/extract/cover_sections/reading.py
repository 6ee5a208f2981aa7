"""Who was at the meeting, from the cover's labelled sections: each section read in the form
it is printed in (a grid, a table, running text with parties, a list without them)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from meetbook.extract.cover_sections.grid import attendance_grid
from meetbook.extract.cover_sections.labels import CHAIRS, only_labels
from meetbook.extract.cover_sections.name_forms import BULLET, starred, turned
from meetbook.extract.cover_sections.pieces import Piece, column_texts
from meetbook.extract.cover_sections.sections import labelled_sections
from meetbook.extract.cover_sections.tables import party_column, roster, row_entries
from meetbook.extract.cover_sections.with_parties import MEMBER, members_with_parties
from meetbook.extract.cover_sections.without_parties import people_without_parties
from meetbook.lexicon import parties
from meetbook.model import Attendance, Line


def labelled_attendance(lines: Sequence[Line]) -> list[Attendance]:
    """Who was at the meeting, from the cover's labelled sections."""
    out: list[Attendance] = []
    chairs: list[Attendance] = []
    for role, rows in labelled_sections(lines):
        if role in CHAIRS:
            found = [replace(a, function=a.function or role)
                     for a in _section("ledamot", rows) if a.party is not None]
            chairs += found
            out += found
        else:
            out += _section(role, rows)
    return _chairs_once(out, chairs)


def _chairs_once(people: list[Attendance], chairs: list[Attendance]) -> list[Attendance]:
    """A chair listed under their label and again among the members once, as a member with
    the label's function."""
    labelled = {id(a) for a in chairs}
    listed = {a.name for a in people if id(a) not in labelled}
    function = {a.name: a.function for a in chairs}
    out = []
    for a in people:
        if id(a) in labelled and a.name in listed:
            continue
        if a.name in function and a.function is None:
            a = replace(a, function=function[a.name])
        out.append(a)
    return out


def _section(role: str, rows: list[list[Piece]]) -> list[Attendance]:
    """The people of one section: a table Namn / Parti, a list whose parties stand in a
    column of their own, or a list in one or more columns."""
    grid = attendance_grid(rows)
    if grid is not None:
        return grid
    rows = [[(x, turned(parties.bracketed(BULLET.sub("", t)))) for x, t in row
             if t.strip() and not only_labels(t)] for row in starred(rows, role)]
    rows = [row for row in rows if row]
    table = roster(rows)
    if table is None:
        table = party_column(rows)
    if table is not None:
        return members_with_parties(" ".join(table), role)
    columns = column_texts(rows)
    text = " ".join(" ".join(col) for col in columns)
    if role != "tjänsteperson" and MEMBER.search(text):
        return members_with_parties(text, role)
    entries = row_entries(rows)
    return people_without_parties([entries] if entries else columns, role)
