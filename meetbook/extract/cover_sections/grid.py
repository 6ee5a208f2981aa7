"""An attendance grid, each seat a row: "Ledamot | Parti | Närv. | Ersättare | Tjg"."""
from __future__ import annotations

import re

from meetbook.extract.cover_sections.marks import MARK_CELL
from meetbook.extract.cover_sections.pieces import Piece
from meetbook.lexicon import names, parties
from meetbook.model import Attendance

# the heads of an attendance grid: whether the member was there, the substitute, whether the
# substitute served ("Ledamot | Parti | Närv. | Ersättare | Tjg")
GRID_HEADS = {"member": re.compile(r"namn|ledamot|ledamöter|ordinarie(?:\s+ledamot)?", re.I),
              "present": re.compile(r"närv\.?|närvarande|närvaro|närv\.?\s*ledamot", re.I),
              "absent": re.compile(r"frånv\.?|frånvarande|frånvaro", re.I),
              "substitute": re.compile(r"(?:tjänstgörande\s+|tjg\.?\s*)?ersättare", re.I),
              "served": re.compile(r"tjg\.?|tjänstg\.?|tjänstgör\w*|tjänstgjorde", re.I),
              "party": re.compile(r"parti", re.I)}


def attendance_grid(rows: list[list[Piece]]) -> list[Attendance] | None:
    """An attendance grid, each seat a row: the member, the party, an X under "Närv." when
    the member was there, the substitute, an X under "Tjg" when the substitute served in the
    member's place (an unmarked member is absent, an unmarked substitute was not there); a
    grid without "Tjg" ("Ledamot / Parti / Närvarande / Ersättare") names in its substitute
    column only the one who served in an absent member's place."""
    # the head may stand under a line or two of the list's heading ("Kommunfullmäktige
    # 2026-10-19", "§ 131" over a vote's columns)
    found = next(((row, heads) for row in rows[:4] if (heads := _grid_heads(row))), None)
    if found is None:
        return None
    head, heads = found
    first = min(heads.values())
    out: list[Attendance] = []
    for row in rows[rows.index(head) + 1:]:
        cells: dict[str, str] = {}
        for x, t in row:
            key = "member" if x < first - 2 else max(
                (k for k, hx in heads.items() if hx <= x + 12), key=lambda k: heads[k],
                default="member")
            cells[key] = f"{cells.get(key, '')} {t}".strip()
        member = cells.get("member", "")
        if not re.fullmatch(names.NAME, member):
            continue
        party = parties.bare_code(cells.get("party", "")) if "party" in heads else None
        here = bool(MARK_CELL.fullmatch(cells.get("present", ""))) if "present" in heads else \
            not MARK_CELL.fullmatch(cells.get("absent", ""))  # "Frånv." marks who was away
        out.append(Attendance(member, party, "ledamot" if here else "frånvarande"))
        sub = cells.get("substitute", "")
        # without a "Tjg" column, the substitute named on an absent member's row served
        served = MARK_CELL.fullmatch(cells.get("served", "")) if "served" in heads else not here
        if served and re.fullmatch(names.NAME, sub):
            out.append(Attendance(sub, party, "tjänstgörande ersättare", member))
    return out


def _grid_heads(row: list[Piece]) -> dict[str, float] | None:
    """Where the grid's columns begin, by what they hold; a column the grid does not read
    ("Ja", "Nej", "§ 14" of a list that gives the votes too) keeps its cells apart."""
    found: dict[str, float] = {}
    for k, (x, t) in enumerate(row):
        key = next((k for k, rx in GRID_HEADS.items() if rx.fullmatch(t.strip())), None)
        found[key if key and key not in found else f"other{k}"] = x
    marks = {"present", "absent"} & found.keys()
    return found if marks and len(found) >= 3 and \
        ({"substitute", "party", "member"} & found.keys()) else None
