"""Who was at the meeting, from the cover's labelled sections: each section read in the form
it is printed in (a grid, a table, running text with parties, a list without them)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook.extract.cover_sections.grid import attendance_grid
from meetbook.extract.cover_sections.labels import CHAIRS, only_labels
from meetbook.extract.cover_sections.marks import ANY_MARK
from meetbook.extract.cover_sections.name_forms import BULLET, starred, turned
from meetbook.extract.cover_sections.pieces import Piece, column_of, column_starts, column_texts
from meetbook.extract.cover_sections.sections import labelled_sections
from meetbook.extract.cover_sections.tables import party_column, roster, row_entries
from meetbook.extract.cover_sections.with_parties import MEMBER, members_with_parties
from meetbook.extract.cover_sections.without_parties import people_without_parties
from meetbook.lexicon import names, parties
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
             if t.strip() and not (only_labels(t) and _heads_only(row))]
            for row in starred(rows, role)]
    rows = [_table_cells(row) for row in rows if row]
    table = roster(rows)
    if table is None:
        table = party_column(rows)
    if table is not None:
        return members_with_parties(" ".join(table), role)
    columns = column_texts(rows) if _names_beside(rows) else [[" ".join(t for _, t in row)
                                                              for row in rows]]
    text = " ".join(" ".join(col) for col in columns)
    if role != "tjänsteperson" and MEMBER.search(text):
        return members_with_parties(text, role)
    entries = row_entries(rows)
    return people_without_parties([entries] if entries else columns, role)


def _heads_only(row: list[Piece]) -> bool:
    """Whether a row is nothing but label words over columns ("Ledamöter  Ersättare"), or
    holds a name beside them: a role cell of a table ("Ola Ek  S  Tjänstgörande ersättare")
    is the row's value, not a heading."""
    return all(only_labels(t) or not t.strip() for _, t in row)


# a cell of a table that is a party in brackets ("(S)") or a name surname first ("Berg, Anna")
_BRACKETED_CODE = re.compile(r"\(\s*(?P<code>[^()\s]{1,6})\s*\)")
_SURNAME_CELL = re.compile(rf"(?P<last>[{names.UPPER}][\w\-]+(?:\s+[{names.UPPER}][\w\-]+)?),\s*"
                           rf"(?P<first>[{names.UPPER}][\w\-]+)")


# whom a substitute serves for, surname first: "ersätter Dahlberg, Kjell", "för Holm, Eva"
_TURNED_AFTER = re.compile(rf"\b(ersätter|för)\s+(?P<last>[{names.UPPER}][\w\-]+),\s*"
                           rf"(?P<first>[{names.UPPER}][\w\-]+)")


def _table_cells(row: list[Piece]) -> list[Piece]:
    """A table row, one person with the cells beside the name ("Berg, Anna  (S)  ordförande",
    "Sjöberg, Anita  kanslichef"): a party in a cell of its own as its code, the
    name in the first cell first name first, and whom a substitute serves for the same way
    ("ersätter Dahlberg, Kjell")."""
    cells = [(x, _code_cell(t)) if k else (x, t) for k, (x, t) in enumerate(row)]
    if len(cells) < 2:
        return cells
    return [(x, _turned_cell(t, first=k == 0)) for k, (x, t) in enumerate(cells)]


def _code_cell(text: str) -> str:
    """A cell that is a party, in brackets ("(S)") or written out ("Socialdemokraterna"), as
    its code; any other cell as it is."""
    t = text.strip()
    m = _BRACKETED_CODE.fullmatch(t)
    if m and parties.bare_code(m.group("code")):
        return m.group("code")
    codes = parties.written_codes(t)
    return codes[0] if len(codes) == 1 and t[:1].isupper() and len(t.split()) <= 3 else text


def _turned_cell(text: str, first: bool) -> str:
    """A name cell "Last, First" (the row's first) as "First Last"; "för Last, First" in the
    others as "för First Last"."""
    m = _SURNAME_CELL.fullmatch(text.strip())
    if first and m:
        return f"{m.group('first')} {m.group('last')}"
    return _TURNED_AFTER.sub(lambda m: f"{m.group(1)} {m.group('first')} {m.group('last')}", text)


def _names_beside(rows: list[list[Piece]]) -> bool:
    """Whether a column right of the first holds names (a list in two or more columns, read
    column by column), rather than the roles and notes of the names at its left (a table,
    read row by row: "Anna Berg (S)   ordförande")."""
    starts = column_starts(rows)
    return any(column_of(x, starts) > 0 and re.match(rf"(?:{names.NAME})(?=$|[\s,;(*])",
                                                      ANY_MARK.sub("", t.strip(), count=1).strip())
               for row in rows for x, t in row)
