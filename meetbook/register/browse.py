"""What the web pages show, asked of the register: an overview, a meeting, a person, a file.

Every function takes the register (a sqlite-utils Database; read-only is enough) and returns
plain data; the web layer only renders it.
"""
from __future__ import annotations

import json

import sqlite_utils

from meetbook.register.db import rows
from meetbook.register.persons import attendee_names
from meetbook.register.query import positions
from meetbook.register.search import Criteria, search_page

LATEST = 10
MOST_BODIES = 60
MOST_MEETINGS = 500


def overview(db: sqlite_utils.Database) -> dict:
    """Counts, the bodies with their meetings (latest first) and the latest decisions."""
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("files", "meetings", "items", "decisions")}
    bodies = rows(db, "SELECT municipality, body, count(*) AS meetings, max(date) AS latest "
                      "FROM meetings GROUP BY municipality, body ORDER BY latest IS NULL, "
                      "latest DESC LIMIT ?", [MOST_BODIES])
    latest = search_page(db, Criteria(), LATEST, count=False).rows
    return {"counts": counts, "bodies": bodies, "latest": latest}


def meeting(db: sqlite_utils.Database, meeting_id: str) -> dict | None:
    """A meeting with its items, their decisions and the attendance; None when unknown."""
    found = rows(db, "SELECT m.id, m.municipality, m.body, m.date, m.place, m.first_page, "
                     "m.last_page, f.name AS file, f.sha256, f.kind FROM meetings m "
                     "JOIN files f ON f.sha256 = m.sha256 WHERE m.id = ?", [meeting_id])
    if not found:
        return None
    m = found[0]
    items = rows(db, "SELECT id, number, title, section, dnr, first_page, last_page FROM items "
                     "WHERE meeting_id = ? ORDER BY seq", [meeting_id])
    decisions = _decisions_of(db, [i["id"] for i in items])
    for i in items:
        i["dnr"] = json.loads(i["dnr"] or "[]")
        i["decisions"] = decisions.get(i["id"], [])
    m["items"] = items
    m["attendance"] = rows(db, "SELECT name, party, role, replaces, function, note FROM "
                               "attendance WHERE meeting_id = ? ORDER BY seq", [meeting_id])
    return m


def _decisions_of(db: sqlite_utils.Database, item_ids: list[str]) -> dict[str, list[dict]]:
    marks = ",".join("?" * len(item_ids)) or "NULL"
    out: dict[str, list[dict]] = {}
    for r in rows(db, "SELECT id, item_id, kind, body, date, paragraph, dnr, page, refers_back, "
                      "proposed_to, text, clauses, motions, votes, reservations, statements "
                      f"FROM decisions WHERE item_id IN ({marks}) ORDER BY item_id, seq",
                  item_ids):
        out.setdefault(r["item_id"], []).append(_decision(r))
    return out


def _decision(r: dict) -> dict:
    """A decision as a page shows it: points, who moved what, votes, reservations."""
    motions = json.loads(r.pop("motions") or "[]")
    votes = json.loads(r.pop("votes") or "[]")
    reservations = json.loads(r.pop("reservations") or "[]")
    statements = json.loads(r.pop("statements") or "[]")
    return {**r, "clauses": json.loads(r["clauses"] or "[]"),
            "refers_back": bool(r["refers_back"]),
            "motions": [{"movers": _names(m["movers"]) + (m.get("parties") or []),
                         "stance": m["stance"]} for m in motions],
            "votes": [{"yes": v["yes"], "no": v["no"], "abstain": v["abstain"]} for v in votes],
            "reservations": [_names(x["members"]) + (x.get("parties") or [])
                             for x in reservations],
            "statements": [{"kind": s["kind"],
                            "members": _names(s["members"]) + (s.get("parties") or [])}
                           for s in statements]}


def _names(members: list[dict]) -> list[str]:
    return [f"{m['name']} ({m['party']})" if m.get("party") else m["name"] for m in members]


def person(db: sqlite_utils.Database, name: str) -> dict:
    """A person's positions per case and the meetings they attended, latest first."""
    names = attendee_names(db, name)
    marks = ",".join("?" * len(names)) or "NULL"
    attended = rows(db, "SELECT a.name, a.party, a.role, a.function, a.note, m.id AS meeting_id, "
                        "m.municipality, m.body, m.date, m.first_page AS page, f.name AS file, "
                        "f.sha256 FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
                        f"JOIN files f ON f.sha256 = m.sha256 WHERE a.folded IN ({marks}) "
                        "ORDER BY m.date IS NULL, m.date DESC, a.name LIMIT ?",
                    [*names, MOST_MEETINGS])
    taken = positions(db, person=name)
    shown = sorted({r["name"] for r in [*attended, *taken] if r["name"]})
    return {"query": name, "names": shown, "positions": taken, "attendance": attended}


def source_file(db: sqlite_utils.Database, sha256: str) -> dict | None:
    """The imported file with that sha256: its name and the path it was imported from."""
    found = rows(db, "SELECT sha256, name, path FROM files WHERE sha256 = ?", [sha256])
    return found[0] if found else None


def file_named(db: sqlite_utils.Database, name: str) -> dict | None:
    """The imported file of that name, when exactly one has it."""
    found = rows(db, "SELECT sha256, name, path FROM files WHERE name = ? LIMIT 2", [name])
    return found[0] if len(found) == 1 else None


# How to find the file a table's row came from: the column holding a key, and the SQL that
# turns that key into the file (None: the column is the file's sha256 itself).
_ITEM_FILE = ("SELECT m.sha256 FROM items i JOIN meetings m ON m.id = i.meeting_id "
              "WHERE i.id = ?")
_DECISION_FILE = ("SELECT m.sha256 FROM decisions d JOIN items i ON i.id = d.item_id "
                  "JOIN meetings m ON m.id = i.meeting_id WHERE d.id = ?")
FILE_OF_ROW: dict[str, tuple[str, str | None]] = {
    "files": ("sha256", None),
    "meetings": ("sha256", None),
    "items": ("meeting_id", "SELECT sha256 FROM meetings WHERE id = ?"),
    "documents": ("item_id", _ITEM_FILE),
    "decisions": ("item_id", _ITEM_FILE),
    "assignments": ("decision_id", _DECISION_FILE),
    "positions": ("decision_id", _DECISION_FILE),
    "attendance": ("meeting_id", "SELECT sha256 FROM meetings WHERE id = ?"),
    "priorities": ("program_sha256", None),
    "program_assignments": ("program_sha256", None),
    "report_statuses": ("report_sha256", None),
    "report_citations": ("report_sha256", None),
}


def file_of_row(db: sqlite_utils.Database, table: str, row: dict) -> dict | None:
    """The imported file a row of a register table came from, when the row says."""
    column, sql = FILE_OF_ROW.get(table, (None, None))
    key = row.get(column) if column else None
    if key is None:
        return None
    if sql is not None:
        found = db.execute(sql, [key]).fetchall()
        if len(found) != 1:
            return None
        key = found[0][0]
    return source_file(db, key)
