"""Tables of people: a header Namn / Parti, parties in a column of their own, or one person
a row without parties; each row given as the text of an entry ("Name (P) the rest")."""
from __future__ import annotations

import re

from meetbook.extract.cover_sections.marks import MARK_CELL
from meetbook.extract.cover_sections.pieces import SAME_COLUMN, Piece, column_of, column_starts
from meetbook.lexicon import names, parties


def roster(rows: list[list[Piece]]) -> list[str] | None:
    """A table with a header row Namn / Parti (/ Funktion): each row as "Name (P) the rest"."""
    if not rows:
        return None
    head = {t.strip().lower(): x for x, t in rows[0]}
    if "namn" not in head or "parti" not in head:
        return None
    name_x, party_x = head["namn"], head["parti"]
    out = []
    for row in rows[1:]:
        name = " ".join(t for x, t in row if abs(x - name_x) < SAME_COLUMN)
        party = " ".join(t for x, t in row if abs(x - party_x) < SAME_COLUMN)
        rest = " ".join(t for x, t in row if abs(x - name_x) >= SAME_COLUMN
                        and abs(x - party_x) >= SAME_COLUMN)
        if name and re.fullmatch(r"[A-ZÅÄÖ]{1,4}|-", party):
            out.append(f"{name} ({party}) {rest}".strip())
    return out


# a cell of §§ printed without the § sign, in a column of its own: "31–35", "12", "8-11, 14"
BARE_PARAGRAPHS = re.compile(r"\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|och)\s*\d{1,4}"
                             r"(?:\s*[-–]\s*\d{1,4})?)*")


def party_column(rows: list[list[Piece]]) -> list[str] | None:
    """A list whose parties stand in a column of their own, before or after the names ("S
    Gunnel Tärnström  ordförande", "Åström Helena  S  31–33  lämnar kl 15.10"): each row as
    "Name (P) the rest", a cell of bare §§ as "§§ 31–33". A row of a name alone goes on
    with the name above it (a name wrapped in its column); a row without a name or party,
    with the notes above it. None unless the rows print a party in one column (two rows or
    more of a longer list; "X" is a check box's mark, no party)."""
    starts = column_starts(rows)
    column = _code_column(rows, starts)
    if column is None:
        return None
    out: list[list[str]] = []  # per person: name, party, notes
    for row in rows:
        cells = [(column_of(x, starts), t.strip()) for x, t in row]
        party = next((parties.bare_code(t) for k, t in cells if k == column), None)
        others = [t for k, t in cells if k != column]
        if party is None:
            if out and len(others) == 1 and not re.fullmatch(names.NAME, out[-1][0]) and \
                    re.fullmatch(names.NAME, f"{out[-1][0]} {others[0]}"):
                out[-1][0] = f"{out[-1][0]} {others[0]}"
            elif out:
                out[-1][2] += " " + " ".join(others)
            continue
        k = next((i for i, t in enumerate(others) if _name_cell(t)), None)
        if k is None:
            continue
        # an X in a column of its own after the name marks the person present, no check box
        notes = [f"§§ {t}" if BARE_PARAGRAPHS.fullmatch(t) else t for t in others[k + 1:]
                 if not MARK_CELL.fullmatch(t)]
        out.append([others[k], party, " ".join(notes)])
    return [f"{name} ({party}) {notes}".strip() for name, party, notes in out] or None


def _name_cell(text: str) -> bool:
    """Whether a cell holds a name, or the first part of one wrapped in its column."""
    return bool(re.fullmatch(names.NAME, text) or re.fullmatch(rf"[{names.UPPER}][^\d\s,;()]+", text)
                and text.casefold() not in names.NOT_NAMES)


def _code_column(rows: list[list[Piece]], starts: list[float]) -> int | None:
    """The column whose cells are party codes, in two rows or more and nearly all of them."""
    codes: dict[int, int] = {}
    cells: dict[int, int] = {}
    for row in rows:
        for x, t in row:
            k = column_of(x, starts)
            cells[k] = cells.get(k, 0) + 1
            codes[k] = codes.get(k, 0) + (parties.bare_code(t) is not None and t.strip() != "X")
    least = min(2, len(rows))  # a section of one row ("Frånvarande  M  Bo Kvarnström")
    found = [k for k, n in codes.items() if n >= least and n >= 0.8 * cells[k]]
    return found[0] if len(found) == 1 else None


def row_entries(rows: list[list[Piece]]) -> list[str] | None:
    """A table without parties, one person a row: the name in the first column, a role, a
    title or a note in the others ("Nyström Kaj  ordförande", "Holmqvist Sten  ersättare för
    Wik Gun", "Ek Johan  tekniska direktören,"), each row as "Name, role, note"; a row of
    cells right of the names only goes on with the row above (a cell wrapped in its column).
    None where a column right of the first holds names (a list in two columns); a title
    printed with a capital ("Förvaltningschef", "Controller, § 89") is no name."""
    starts = column_starts(rows)
    if len(starts) < 2:
        return None
    out: list[str] = []
    for row in rows:
        cells = [(column_of(x, starts), t.strip()) for x, t in row]
        if any(k > 0 and _begins_with_name(t) for k, t in cells):
            return None
        if cells[0][0] == 0 and re.fullmatch(names.NAME, cells[0][1]):
            out.append(", ".join(t for _, t in cells))
        elif out and cells[0][0] > 0:
            out[-1] += " " + " ".join(t for _, t in cells)
        else:
            return None
    return out if len(out) < len(rows) or any(len(row) > 1 for row in rows) else None


def _begins_with_name(cell: str) -> bool:
    """Whether a cell opens with a person's name ("Eva Sjö", "Sjö, Eva"), not a title."""
    return bool(re.match(rf"(?:{names.NAME})(?=$|[\s,;(])", cell.strip()))
