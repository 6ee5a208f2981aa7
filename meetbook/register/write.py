"""Writes: one transaction per file, keyed by the file's sha256, so a re-import is a no-op and a
failed or killed import leaves nothing behind."""
from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime

import sqlite_utils

from meetbook.extract.dnr import canonical_key
from meetbook.extract.party_group import party_group_of
from meetbook.lexicon.fuzzy import same_person
from meetbook.model import (
    Assignment,
    Clause,
    Decision,
    DecisionKind,
    Item,
    Link,
    Meeting,
    Member,
    ParsedFile,
    Program,
    Report,
)
from meetbook.register.attendance import write_attendance
from meetbook.register.schema import fts_key
from meetbook.register.sources import Overlap, overlaps, overlaps_of_file, remove_rows, sources
from meetbook.text import fold


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def has_file(db: sqlite_utils.Database, sha256: str) -> bool:
    return bool(db.execute("SELECT 1 FROM files WHERE sha256 = ?", [sha256]).fetchone())


@dataclass(frozen=True)
class Written:
    """What recording one file did: "insert" or "noop" (it was there), the files of the same
    kind whose §§ it covers (kept beside it), and the files it replaced."""

    status: str
    overlaps: tuple[Overlap, ...] = ()
    replaced: tuple[dict, ...] = ()


def write_file(db: sqlite_utils.Database, parsed: ParsedFile, replace_older: bool = False
               ) -> Written:
    """Record a parsed file in one transaction; "noop" when it is there already.

    Where it covers §§ that a file of the same kind holds, that file is taken out in the same
    transaction (replace_older), or kept and the overlap noted among the new file's problems."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        if has_file(db, parsed.sha256):
            return Written("noop")
        found = tuple(overlaps(db, parsed))
        replaced = tuple(_replace(db, found)) if replace_older else ()
        notes = [] if replace_older else [overlap_note(o) for o in found]
        db.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            parsed.sha256, parsed.path.rsplit("/", 1)[-1], parsed.path, parsed.kind.value,
            parsed.pages, int(parsed.ocr), dumps([*parsed.problems, *notes]),
            datetime.now(UTC).isoformat(timespec="seconds")])
        for n, meeting in enumerate(parsed.meetings):
            _write_meeting(db, parsed.sha256, n, meeting)
        for program in parsed.programs:
            _write_program(db, parsed.sha256, program)
        for report in parsed.reports:
            _write_report(db, parsed.sha256, report)
        _note_link_work_of(db, parsed)
    return Written("insert", () if replace_older else found, replaced)


def replace_covered(db: sqlite_utils.Database, sha256: str) -> list[dict]:
    """A file imported before beside the files whose §§ it covers (both kept) replaces them
    now, in one transaction: they are taken out and its problems no longer note them. What
    each replaced file was."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        found = overlaps_of_file(db, sha256)
        if not found:
            return []
        replaced = _replace(db, found)
        (problems,) = db.execute("SELECT problems FROM files WHERE sha256 = ?", [sha256]).fetchone()
        notes = {overlap_note(o) for o in found}
        kept = [p for p in json.loads(problems or "[]") if p not in notes]
        db.execute("UPDATE files SET problems = ? WHERE sha256 = ?", [dumps(kept), sha256])
    return replaced


def overlap_note(o: Overlap) -> str:
    return (f"covers {o.said()}, which {o.file} ({o.kind}, sha256 {o.sha256[:12]}) already "
            "holds; both are kept (import with --replace to replace it)")


def _replace(db: sqlite_utils.Database, found: Sequence[Overlap]) -> list[dict]:
    """Take out each file the new one covers; what each was."""
    out = []
    for sha in dict.fromkeys(o.sha256 for o in found):
        (row,) = sources(db, sha)
        row["removed"] = _remove(db, sha)
        out.append(row)
    return out


def remove_file(db: sqlite_utils.Database, sha256: str) -> dict[str, int]:
    """Take out everything one imported file brought, in one transaction; rows per table."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        return _remove(db, sha256)


def _remove(db: sqlite_utils.Database, sha256: str) -> dict[str, int]:
    # a program's decisions keep its links until they are linked again without it
    for (municipality,) in db.execute("SELECT municipality FROM programs WHERE sha256 = ?",
                                      [sha256]).fetchall():
        if municipality:
            note_link_work(db, municipality, restore=True)
    return remove_rows(db, sha256)


def _note_link_work_of(db: sqlite_utils.Database, parsed: ParsedFile) -> None:
    for m in parsed.meetings:
        if m.municipality:
            note_link_work(db, m.municipality)
    for p in parsed.programs:
        if p.municipality:
            note_link_work(db, p.municipality, restore=True)


def note_link_work(db: sqlite_utils.Database, municipality: str, restore: bool = False) -> None:
    """The municipality's decisions are to be linked again (its programs restored first)."""
    db.execute("INSERT INTO link_work (municipality, restore) VALUES (?, ?) "
               "ON CONFLICT (municipality) DO UPDATE SET restore = max(restore, excluded.restore),"
               " version = version + 1", [municipality, int(restore)])


def link_work(db: sqlite_utils.Database) -> list[tuple[str, bool, int]]:
    """(municipality, restore programs first, version) of the link work left to do."""
    rows = db.execute("SELECT municipality, restore, version FROM link_work ORDER BY municipality")
    return [(m, bool(r), v) for m, r, v in rows.fetchall()]


def link_work_done(db: sqlite_utils.Database, municipality: str, version: int) -> None:
    """Clear the work, unless a change came after the linker read what to link."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM link_work WHERE municipality = ? AND version = ?",
                   [municipality, version])


def _write_meeting(db: sqlite_utils.Database, sha: str, n: int, m: Meeting) -> None:
    mid = f"{sha[:16]}-{n}"
    db.execute("INSERT INTO meetings (id, sha256, seq, municipality, body, date, place, "
               "first_page, last_page, attendance, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?)", [mid, sha, n, m.municipality, m.body, m.date, m.place, m.pages[0],
                         m.pages[1], dumps([asdict(a) for a in m.attendance]),
                         dumps([asdict(p) for p in m.problems])])
    write_attendance(db, mid, m.attendance)
    for i, item in enumerate(m.items):
        _write_item(db, mid, i, item, m.date)


def _write_item(db: sqlite_utils.Database, mid: str, i: int, item: Item, date: str | None) -> None:
    iid = f"{mid}-{i}"
    first, last = item.pages or (None, None)
    cur = db.execute("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        iid, mid, i, item.number, item.title, item.section, dumps(list(item.dnr)),
        dumps(list(item.dnr_raw)), first, last, dumps([asdict(h) for h in item.history]),
        item.text])
    for d in item.dnr:
        db.execute("INSERT INTO item_dnr VALUES (?, ?, ?)", [iid, d, canonical_key(d)])
    for k, doc in enumerate(item.documents):
        db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            iid, k, doc.kind.value, doc.title, doc.date, doc.dnr, doc.pages[0], doc.pages[1]])
    for k, dec in enumerate(item.decisions):
        _write_decision(db, iid, k, dec)
    text = " ".join([item.number or "", item.title, *(doc.title or "" for doc in item.documents),
                     *(dec.text for dec in item.decisions)])
    assert cur.lastrowid is not None  # set by the INSERT above
    db.execute("INSERT INTO item_fts (rowid, item_id, text) VALUES (?, ?, ?)",
               [fts_key(date, int(cur.lastrowid)), iid, text])


def _write_decision(db: sqlite_utils.Database, iid: str, k: int, d: Decision) -> None:
    did = f"{iid}-{k}"
    db.execute("INSERT INTO decisions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        did, iid, k, d.kind.value, d.body, d.date, d.paragraph, d.dnr,
        canonical_key(d.dnr) if d.dnr else None, d.page, int(d.refers_back),
        dumps(asdict(d.corrects)) if d.corrects else None, d.text,
        dumps([asdict(c) for c in d.clauses]), dumps([asdict(m) for m in d.motions]),
        dumps([asdict(v) for v in d.votes]), dumps([asdict(r) for r in d.reservations]),
        dumps([asdict(s) for s in d.statements]), dumps([asdict(a) for a in d.amounts]),
        d.proposed_to])
    write_assignments(db, did, d)
    _write_positions(db, did, d)
    write_links(db, did, d.links)


def write_assignments(db: sqlite_utils.Database, did: str, d: Decision) -> None:
    """The uppdrag a decision gives and the events it states on earlier ones, as rows of that
    decision (so of its file): a copy of the decision in another file has rows of its own."""
    for n, a in enumerate(d.assignments):
        db.execute("INSERT INTO assignments (id, decision_id, seq, assignee, text, clause, page,"
                   " due, due_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [a.id or assignment_id(d, a.clause, n), did, n, a.assignee, a.text, a.clause,
                    a.page, a.due, a.due_text])
    for n, e in enumerate(d.assignment_events):
        ref = e.assignment
        db.execute("INSERT INTO assignment_events (decision_id, seq, body, date, paragraph, point,"
                   " event, assignee, task, text, clause, page, partial, due, due_text,"
                   " new_assignee) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [did, n, ref.body, ref.date, ref.paragraph, ref.point, e.event.value,
                    e.assignee, e.task, e.text, e.clause, e.page, int(e.partial), e.due,
                    e.due_text, e.new_assignee])


def backfill_trail(db: sqlite_utils.Database) -> None:
    """Deadlines and events for decisions recorded before they were read (migration 7), and
    the uppdrag rows a later file's copy of a decision had taken over, read again from the
    decisions' stored att-satser."""
    from meetbook.extract import assignment_events
    from meetbook.extract.assignments import extract_assignments

    sql = ("SELECT d.*, m.municipality FROM decisions d JOIN items i ON i.id = d.item_id "
           "JOIN meetings m ON m.id = i.meeting_id WHERE d.text LIKE '%uppdrag%'")
    for row in db.execute_returning_dicts(sql):
        clauses = tuple(Clause(c["number"], c["text"], c.get("page"))
                        for c in json.loads(row["clauses"] or "[]"))
        d = Decision(DecisionKind(row["kind"]), row["body"], row["date"], row["paragraph"],
                     row["dnr"], row["page"], clauses, proposed_to=row.get("proposed_to"))
        held = [Assignment(r[1], r[2], r[3], r[4], r[0]) for r in db.execute(
            "SELECT id, assignee, text, clause, page FROM assignments WHERE decision_id = ? "
            "ORDER BY seq", [row["id"]]).fetchall()]
        d = assignment_events.with_trail(replace(
            d, assignments=tuple(held or extract_assignments(clauses))), row["municipality"])
        db.execute("DELETE FROM assignments WHERE decision_id = ?", [row["id"]])
        db.execute("DELETE FROM assignment_events WHERE decision_id = ?", [row["id"]])
        write_assignments(db, row["id"], d)


def assignment_id(d: Decision, clause: int | None, n: int) -> str:
    """A stable id for an uppdrag: case, body, date, § and clause."""
    parts = [d.dnr or "-", d.body or "-", d.date or "-", str(d.paragraph or "-"),
             *([f"till-{d.proposed_to}"] if d.proposed_to else []),
             str(clause if clause is not None else n)]
    return "uppdrag:" + ":".join(parts)


def _write_positions(db: sqlite_utils.Database, did: str, d: Decision) -> None:
    rows = []
    for m in d.motions:
        rows += [(p, "yrkande", m.stance.value, list(m.clauses), m.page, m.text)
                 for p in (*m.movers, *(Member("", x) for x in party_group_of(m)))]
    for v in d.votes:
        rows += [(Member(x.name, x.party), "röst", x.vote.value, [], v.page, v.proposition)
                 for x in v.voters]
    for r in d.reservations:
        rows += [(p, "reservation", "reservation", [], r.page, r.text)
                 for p in (*r.members, *(Member("", x) for x in r.parties))]
    for s in d.statements:
        rows += [(p, "yttrande", s.kind.value, [], s.page, s.text)
                 for p in (*s.members, *(Member("", x) for x in s.parties))]
    for member, role, position, clauses, page, text in rows:
        # a party group's position is the party's, with no person ("" name)
        pid = person_id(db, member.name, member.party) if member.name else None
        db.execute("INSERT INTO positions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            pid, did, role, position, member.name or None, member.party, dumps(clauses), page,
            text])


def person_id(db: sqlite_utils.Database, name: str, party: str | None) -> int:
    """One row per person across meetings: the same folded name, or a near one (OCR)."""
    folded = fold(name)
    row = db.execute("SELECT id FROM persons WHERE folded = ?", [folded]).fetchone()
    if row:
        return row[0]
    for pid, known in db.execute("SELECT id, name FROM persons").fetchall():
        if same_person(name, known):
            return int(pid)
    cur = db.execute("INSERT INTO persons (name, folded, party) VALUES (?, ?, ?)",
                     [name, folded, party])
    assert cur.lastrowid is not None  # set by the INSERT above
    return int(cur.lastrowid)


def write_links(db: sqlite_utils.Database, did: str, links: Iterable[Link]) -> None:
    for n, ln in enumerate(links):
        db.execute("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?)", [
            did, n, ln.target, ln.kind.value, round(float(ln.score), 4), ln.evidence, ln.program])


def replace_links(db: sqlite_utils.Database, by_decision: dict[str, Sequence[Link]]) -> None:
    """Replace the links of the given decisions in one transaction."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        for did, links in by_decision.items():
            db.execute("DELETE FROM links WHERE decision_id = ?", [did])
            write_links(db, did, links)


def _write_program(db: sqlite_utils.Database, sha: str, p: Program) -> None:
    first, last = p.period or (None, None)
    db.execute("INSERT INTO programs VALUES (?, ?, ?, ?, ?, ?)",
               [sha, p.municipality, p.title, first, last, dumps(asdict(p))])
    write_priorities(db, sha, p)


def write_restored(db: sqlite_utils.Database, sha: str, p: Program) -> None:
    """A program's restored title and priorities; what was printed stays in programs.parsed."""
    db.execute("UPDATE programs SET title = ? WHERE sha256 = ?", [p.title or None, sha])
    write_priorities(db, sha, p)


def write_priorities(db: sqlite_utils.Database, sha: str, p: Program) -> None:
    db.execute("DELETE FROM priorities WHERE program_sha256 = ?", [sha])
    db.execute("DELETE FROM program_assignments WHERE program_sha256 = ?", [sha])
    for n, pr in enumerate(p.priorities):
        db.execute("INSERT INTO priorities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            sha, n, pr.number, pr.title, pr.title_as_printed, pr.focus_area,
            dumps(list(pr.responsible)), pr.description, pr.page])
    for n, a in enumerate(p.assignments):
        db.execute("INSERT INTO program_assignments VALUES (?, ?, ?, ?, ?, ?)", [
            sha, n, a.id, a.text, dumps(list(a.focus_areas)), a.page])


def _write_report(db: sqlite_utils.Database, sha: str, r: Report) -> None:
    db.execute("INSERT INTO reports VALUES (?, ?, ?, ?)", [sha, r.municipality, r.title, r.year])
    for n, s in enumerate(r.statuses):
        db.execute("INSERT INTO report_statuses VALUES (?, ?, ?, ?, ?, ?)",
                   [sha, n, s.target, s.status, s.text, s.page])
    for n, c in enumerate(r.citations):
        db.execute("INSERT INTO report_citations VALUES (?, ?, ?, ?, ?)",
                   [sha, n, c.target, c.text, c.page])


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the write-ahead log into the file, so read-only (immutable) readers see everything."""
    with contextlib.suppress(sqlite3.OperationalError):  # a reader holds it: the next import
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
