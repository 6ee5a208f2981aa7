"""Imported files as units: list them, find one, take out everything one brought, and see
where a new file covers §§ that a file of the same kind already holds.

Every row the register holds hangs off the file that brought it; `FILE_ROWS` is the one list
of where. A table added later that holds a file's rows gets one line there (a test fails
until it does).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import sqlite_utils

from meetbook.errors import NoSuchSource
from meetbook.extract.dnr import canonical_key
from meetbook.model import ParsedFile
from meetbook.register.schema import fts_key

MEETINGS = "SELECT id FROM meetings WHERE sha256 = :sha"
ITEMS = f"SELECT id FROM items WHERE meeting_id IN ({MEETINGS})"
DECISIONS = f"SELECT id FROM decisions WHERE item_id IN ({ITEMS})"
FTS_ROWS = ("SELECT fts_key(m.date, i.rowid) FROM items i JOIN meetings m ON m.id = i.meeting_id "
            "WHERE m.sha256 = :sha")

# (table, which of its rows one file brought), rows that refer to others before those others
FILE_ROWS: tuple[tuple[str, str], ...] = (
    ("links", f"decision_id IN ({DECISIONS})"),
    ("positions", f"decision_id IN ({DECISIONS})"),
    ("assignments", f"decision_id IN ({DECISIONS})"),
    ("assignment_events", f"decision_id IN ({DECISIONS})"),
    ("item_fts", f"rowid IN ({FTS_ROWS})"),
    ("item_dnr", f"item_id IN ({ITEMS})"),
    ("documents", f"item_id IN ({ITEMS})"),
    ("decisions", f"item_id IN ({ITEMS})"),
    ("items", f"meeting_id IN ({MEETINGS})"),
    ("attendance", f"meeting_id IN ({MEETINGS})"),
    ("meetings", "sha256 = :sha"),
    ("priorities", "program_sha256 = :sha"),
    ("program_assignments", "program_sha256 = :sha"),
    ("programs", "sha256 = :sha"),
    ("report_statuses", "report_sha256 = :sha"),
    ("report_citations", "report_sha256 = :sha"),
    ("reports", "sha256 = :sha"),
    ("files", "sha256 = :sha"),
)
# rows shared by files, kept while any row refers to them (found by the schema's REFERENCES)
SHARED_ROWS = ("persons",)

SOURCE_ROW = """
SELECT f.name AS file, f.path, f.sha256, f.kind, f.pages, f.ocr, f.imported_at, f.problems,
  (SELECT count(*) FROM meetings m WHERE m.sha256 = f.sha256) AS meetings,
  (SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id
   WHERE m.sha256 = f.sha256) AS items,
  (SELECT count(*) FROM decisions d JOIN items i ON i.id = d.item_id
   JOIN meetings m ON m.id = i.meeting_id WHERE m.sha256 = f.sha256) AS decisions,
  (SELECT count(*) FROM programs p WHERE p.sha256 = f.sha256) AS programs,
  (SELECT count(*) FROM reports r WHERE r.sha256 = f.sha256) AS reports
FROM files f
"""
SHA_PREFIX = re.compile(r"[0-9a-f]{4,64}")
MAX_NUMBERS_SAID = 8


def sources(db: sqlite_utils.Database, sha256: str | None = None) -> list[dict]:
    """One row per imported file (or the one with sha256), oldest import first."""
    where, params = ("WHERE f.sha256 = ?", [sha256]) if sha256 else ("", [])
    cur = db.execute(f"{SOURCE_ROW} {where} ORDER BY f.imported_at, f.name", params)
    cols = [c[0] for c in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    for r in rows:
        r["ocr"] = bool(r["ocr"])
        r["problems"] = json.loads(r["problems"] or "[]")
    return rows


def find(db: sqlite_utils.Database, ident: str, content_sha256: str | None = None) -> dict:
    """The one imported file that ident names: the file's content (content_sha256, when ident
    is a file on disk), its sha256 or a prefix of it, its path as imported, or its name."""
    name = ident.replace("\\", "/").rsplit("/", 1)[-1]
    prefix = ident.lower()
    tries = [("f.sha256 = ?", content_sha256), ("f.sha256 = ?", prefix), ("f.path = ?", ident),
             ("f.name = ?", name)]
    if SHA_PREFIX.fullmatch(prefix):
        tries.append(("f.sha256 LIKE ? || '%'", prefix))
    for where, value in tries:
        if not value:
            continue
        found = db.execute(f"SELECT sha256, name FROM files f WHERE {where}", [value]).fetchall()
        if len(found) > 1:
            listed = ", ".join(f"{n} ({s[:12]})" for s, n in found[:5])
            raise NoSuchSource(f"{_shown(ident)}: names {len(found)} imported files ({listed}); "
                               "give the sha256 of the one to take out")
        if found:
            return sources(db, found[0][0])[0]
    raise NoSuchSource(f"{_shown(ident)}: no imported file has this name, path or sha256 "
                       "(see meetbook sources)")


def _shown(ident: str) -> str:
    """ident as typed, quoted where it holds line breaks or other unprintable characters."""
    return ident if ident.isprintable() and ident.strip() == ident and ident else repr(ident)


def remove_rows(db: sqlite_utils.Database, sha256: str) -> dict[str, int]:
    """Delete every row the file brought, inside the caller's transaction; rows per table."""
    db.conn.create_function("fts_key", 2, fts_key, deterministic=True)
    counts = {}
    for table, rows in FILE_ROWS:
        cur = db.execute(f"DELETE FROM {table} WHERE {rows}", {"sha": sha256})
        counts[table] = max(cur.rowcount, 0)
    for table in SHARED_ROWS:
        counts[table] = _remove_unreferenced(db, table)
    return counts


def _remove_unreferenced(db: sqlite_utils.Database, table: str) -> int:
    refs = referencing(db, table)
    if not refs:
        return 0
    kept = " AND ".join(f"NOT EXISTS (SELECT 1 FROM {t} WHERE {t}.{col} = {table}.{key})"
                        for t, col, key in refs)
    return max(db.execute(f"DELETE FROM {table} WHERE {kept}").rowcount, 0)


def referencing(db: sqlite_utils.Database, table: str) -> list[tuple[str, str, str]]:
    """(table, column, referenced column) of every column declared to refer to table."""
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    out = []
    for name in names:
        for fk in db.execute(f"PRAGMA foreign_key_list('{name}')").fetchall():
            if fk[2] == table:
                out.append((name, fk[3], fk[4] or "rowid"))
    return out


# ------------------------------------------------------------------ overlapping files


@dataclass(frozen=True)
class Overlap:
    """Items of a new file's meeting that a file of the same kind already holds."""

    file: str
    sha256: str
    kind: str
    body: str
    date: str | None
    numbers: tuple[str, ...] = field(default=())

    def said(self) -> str:
        """'§ 213 of Kommunstyrelsen 2024-05-08', as a person says it."""
        shown = ", ".join(self.numbers[:MAX_NUMBERS_SAID])
        if len(self.numbers) > MAX_NUMBERS_SAID:
            shown += f" and {len(self.numbers) - MAX_NUMBERS_SAID} more"
        return f"{shown} of {self.body} {self.date or '(date not printed)'}"


def overlaps(db: sqlite_utils.Database, parsed: ParsedFile) -> list[Overlap]:
    """Where the new file's meetings cover items that another file of its kind holds.

    The same meeting is the same municipality, body and date; where a date was not read, an
    item counts only if it also has the same diarienummer."""
    # a case paper on its own has an item without a number: it is named by its title
    meetings = [(m.body, m.date, m.municipality,
                 {_number_key(i.number): (i.number or i.title, {canonical_key(d) for d in i.dnr})
                  for i in m.items}) for m in parsed.meetings]
    return _overlaps(db, parsed.sha256, parsed.kind.value, meetings)


def overlaps_of_file(db: sqlite_utils.Database, sha256: str) -> list[Overlap]:
    """The overlaps of a file the register holds already, read from its rows."""
    kind = db.execute("SELECT kind FROM files WHERE sha256 = ?", [sha256]).fetchone()
    meetings = [(body, date, municipality, _items_of(db, meeting_id))
                for meeting_id, body, date, municipality in db.execute(
                    "SELECT id, body, date, municipality FROM meetings WHERE sha256 = ?",
                    [sha256]).fetchall()]
    return _overlaps(db, sha256, kind[0], meetings) if kind else []


def _items_of(db: sqlite_utils.Database, meeting_id: str) -> dict[str, tuple[str, set[str]]]:
    """A registered meeting's items: number key → (the number as printed, or the title of an
    item without one; its case numbers' keys)."""
    items: dict[str, tuple[str, set[str]]] = {}
    for number, title, key in db.execute(
            "SELECT i.number, i.title, d.key FROM items i LEFT JOIN item_dnr d "
            "ON d.item_id = i.id WHERE i.meeting_id = ?", [meeting_id]).fetchall():
        items.setdefault(_number_key(number), (number or title, set()))[1].update(
            [key] if key else [])
    return items


def _overlaps(db: sqlite_utils.Database, sha256: str, kind: str,
              meetings: list[tuple[str | None, str | None, str | None,
                                   dict[str, tuple[str, set[str]]]]]) -> list[Overlap]:
    out: list[Overlap] = []
    for body, date, municipality, new in meetings:
        if not body:
            continue
        for row in db.execute(
                "SELECT f.sha256, f.name, f.kind, m.id, m.date FROM meetings m JOIN files f "
                "ON f.sha256 = m.sha256 WHERE m.body = ? AND (m.date = ? OR m.date IS NULL "
                "OR ? IS NULL) AND m.municipality IS ? AND f.kind = ? AND f.sha256 != ?",
                [body, date, date, municipality, kind, sha256]).fetchall():
            sha, name, other_kind, meeting_id, other_date = row
            shared = _shared_items(db, meeting_id, new, need_dnr=not (date and other_date))
            if shared:
                out.append(Overlap(name, sha, other_kind, body, date or other_date, tuple(shared)))
    return out


def _shared_items(db: sqlite_utils.Database, meeting_id: str,
                  new: dict[str, tuple[str, set[str]]], need_dnr: bool) -> list[str]:
    held = _items_of(db, meeting_id)
    return [printed for k, (printed, dnr) in new.items()
            if k in held and (not need_dnr or dnr & held[k][1])]


def _number_key(number: str | None) -> str:
    """'§ 213', '§213' and '213' are one paragraph; '195/26' stays itself."""
    return "".join((number or "").replace("§", "").split()).lower()
