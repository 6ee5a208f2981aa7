"""The auditor's trail in the register: one uppdrag however it is reached, rows keyed by the
file that brought them, statuses and deadlines, `trace` and `assignments` on the command line."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import replace

import pytest
from click.testing import CliRunner

from meetbook.cli import cli
from meetbook.extract.assignment_events import meeting_with_trail
from meetbook.extract.assignments import extract_assignments
from meetbook.model import (
    Clause,
    Decision,
    DecisionKind,
    FileKind,
    Item,
    Meeting,
    ParsedFile,
)
from meetbook.register import open_register
from meetbook.register.export import export
from meetbook.register.query import trace
from meetbook.register.trail import assignments, feed
from meetbook.register.write import write_file
from tests.conftest import REAL, VAS, shared

TODAY = "2026-01-15"
KF, KS = "Kommunfullmäktige", "Kommunstyrelsen"
GIVING = ("Nämnden för Intraservice får i uppdrag att ta fram förslag på utvecklingsarbete i syfte "
          "att minska stadens administrativa kostnader. Uppdraget återrapporteras till "
          "kommunfullmäktige senast 30 september 2024.")
REPORTING = ("Redovisning av kommunfullmäktiges uppdrag 2024-03-21 § 109 punkt 21 till nämnden "
             "för Intraservice, att ta fram förslag på utvecklingsarbete i syfte att minska "
             "stadens administrativa kostnader, antecknas och förklaras fullgjort.")


def minutes(name: str, body: str, date: str, paragraph: int, clauses: list[tuple[int, str]],
            dnr: str = "SLK-2024/00100", kind: DecisionKind = DecisionKind.BESLUT,
            proposed_to: str | None = None, extra: bytes = b"") -> ParsedFile:
    """A protocol of one § with one decision, as the parser would give it."""
    cl = tuple(Clause(n, t, 2) for n, t in clauses)
    d = Decision(kind, body, date, paragraph if kind == DecisionKind.BESLUT else None, dnr, 2, cl,
                 proposed_to=proposed_to, text=" ".join(t for _, t in clauses))
    d = replace(d, assignments=tuple(extract_assignments(cl)))
    item = Item(f"§ {paragraph}", "Titel", None, (dnr,), (2, 2), decisions=(d,))
    meeting = meeting_with_trail(Meeting("Göteborgs Stad", body, date, None, (1, 3), (item,)))
    sha = hashlib.sha256(name.encode() + extra).hexdigest()
    return ParsedFile(f"/x/{name}.pdf", sha, 3, FileKind.PROTOKOLL, meetings=(meeting,))


GIVEN = minutes("kf-2024-03-21", KF, "2024-03-21", 109, [(20, "Budgeten antas."), (21, GIVING)])
REPORTED = minutes("kf-2025-06-18", KF, "2025-06-18", 388, [(None, REPORTING)], "SLK-2025/00357")


def register(tmp_path, name, *files: ParsedFile):
    db = open_register(tmp_path / name)
    for f in files:
        assert write_file(db, f).status == "insert"
    return db


def test_given_here_and_reported_later_is_one_uppdrag_whichever_came_first(tmp_path):
    a = assignments(register(tmp_path, "a.db", GIVEN, REPORTED), today=TODAY)
    b = assignments(register(tmp_path, "b.db", REPORTED, GIVEN), today=TODAY)
    assert a == b
    (u,) = a
    assert (u["ref"], u["assignee"], u["status"]) == (
        "Kommunfullmäktige 2024-03-21 § 109 punkt 21", "Nämnden för Intraservice", "fullgjort")
    assert (u["given"], u["due"], u["due_text"]) == (True, "2024-09-30", "senast 30 september 2024")
    assert u["closed"]["date"] == "2025-06-18" and u["closed"]["days"] == 454
    assert [(s["what"], s["date"], s["paragraph"]) for s in u["steps"]] == [
        ("given", "2024-03-21", 109), ("declared fullgjort", "2025-06-18", 388)]
    assert not u["overdue"]


def test_an_uppdrag_known_only_from_its_report(tmp_path):
    (u,) = assignments(register(tmp_path, "r.db", REPORTED), today=TODAY)
    assert (u["ref"], u["given"], u["status"], u["assignee"]) == (
        "Kommunfullmäktige 2024-03-21 § 109 punkt 21", False, "fullgjort",
        "nämnden för Intraservice")
    assert u["text"].startswith("att ta fram förslag på utvecklingsarbete")
    assert u["steps"][0] == {**u["steps"][0], "what": "given", "file": None}


@pytest.mark.parametrize("typed", ["KF 2024-03-21 § 109 punkt 21", "kommunfullmäktige 2024-03-21 "
                                   "§109 p. 21", "Kommunfullmäktige 2024-03-21, § 109 p. 21"])
def test_trace_by_the_decision_as_written(tmp_path, typed):
    db = register(tmp_path, "t.db", GIVEN, REPORTED)
    found = trace(db, typed, TODAY)
    assert [u["status"] for u in found["assignments"]] == ["fullgjort"]
    assert [e["what"] for e in found["events"]] == ["given", "declared fullgjort"]
    assert trace(db, "KF 2024-03-21 § 109 punkt 20", TODAY)["assignments"] == []


def test_trace_by_register_id(tmp_path):
    db = register(tmp_path, "i.db", GIVEN, REPORTED)
    (u,) = assignments(db, today=TODAY)
    assert trace(db, u["id"], TODAY)["assignments"] == [u]
    alone = register(tmp_path, "alone.db", REPORTED)
    (cited,) = assignments(alone, today=TODAY)
    assert cited["id"] == "uppdrag:-:Kommunfullmäktige:2024-03-21:109:21"
    assert trace(alone, cited["id"], TODAY)["assignments"] == [cited]


def test_copies_of_a_protocol_keep_their_own_rows(tmp_path):
    """A changed copy of a file (one byte appended) brings rows of its own; it takes none."""
    copy = minutes("kf-2024-03-21", KF, "2024-03-21", 109, [(20, "Budgeten antas."),
                                                            (21, GIVING)], extra=b"\n")
    db = register(tmp_path, "c.db", GIVEN, copy)
    for f in (GIVEN, copy):
        decisions = [d for m in export(db, source=f.sha256)["meetings"] for i in m["items"]
                     for d in i["decisions"]]
        assert [a["assignee"] for d in decisions for a in d["assignments"]] == [
            "Nämnden för Intraservice"]
    (u,) = assignments(db, today=TODAY)
    assert [s["file"] for s in u["steps"]] == ["kf-2024-03-21.pdf"]
    assert u["steps"][0]["also_in"] == [{"file": "kf-2024-03-21.pdf", "page": 2}]
    # taking out one copy's decision leaves the other's rows
    did = db.execute("SELECT decision_id FROM assignments LIMIT 1").fetchone()[0]
    db.execute("DELETE FROM positions WHERE decision_id = ?", [did])
    db.execute("DELETE FROM decisions WHERE id = ?", [did])
    assert db.execute("SELECT count(*) FROM assignments").fetchone()[0] == 1
    assert len(assignments(db, today=TODAY)) == 1


def test_the_stages_of_one_uppdrag_are_one(tmp_path):
    text = "Stadsmiljönämnden får i uppdrag att uppdatera zonkartan med satellitzoner."
    forslag = minutes("slk", KS, "2024-02-07", 114, [(5, text)], "SLK-2023/00861",
                      DecisionKind.FORSLAG, KF)
    proposing = minutes("ks", KS, "2024-02-07", 114, [(5, text)], "SLK-2023/00861",
                        proposed_to=KF)
    deciding = minutes("kf", KF, "2024-03-14", 60, [(5, text)], "SLK-2023/00861")
    db = register(tmp_path, "s.db", forslag, proposing)
    (u,) = assignments(db, today=TODAY)
    assert (u["given"], u["status"], u["proposal"]["body"], u["proposal"]["to"]) == (
        False, "öppet", KS, KF)
    write_file(db, deciding)
    (u,) = assignments(db, today=TODAY)
    assert (u["given"], u["ref"]) == (True, "Kommunfullmäktige 2024-03-14 § 60 punkt 5")
    assert [s["what"] for s in u["steps"]] == [
        "proposed (förslag)", f"proposed to {KF}", "given"]


def test_a_proposal_to_close_leaves_it_open(tmp_path):
    proposing = minutes("ks-110", KS, "2024-02-07", 110, [(1, REPORTING)], proposed_to=KF)
    (u,) = assignments(register(tmp_path, "p.db", GIVEN, proposing), today=TODAY)
    assert u["status"] == "öppet"
    assert u["pending"] == ["fullgjort proposed by Kommunstyrelsen 2024-02-07 § 110"]
    assert u["overdue"] and u["days_open"] == 665


@pytest.mark.parametrize("said, status, due", [
    ("Redovisning av kommunfullmäktiges uppdrag 2024-03-21 § 109 punkt 21 antecknas.",
     "redovisat", "2024-09-30"),
    ("Delredovisning av kommunfullmäktiges uppdrag 2024-03-21 § 109 punkt 21 antecknas.",
     "öppet", "2024-09-30"),
    ("Tiden för redovisning av kommunfullmäktiges uppdrag 2024-03-21 § 109 punkt 21 förlängs "
     "till den 31 december 2026.", "öppet", "2026-12-31"),
    ("Kommunfullmäktiges uppdrag 2024-03-21 § 109 punkt 21 upphävs.", "upphävt", "2024-09-30"),
])
def test_status_and_deadline_follow_the_decided_events(tmp_path, said, status, due):
    later = minutes("kf-later", KF, "2025-02-20", 40, [(1, said)], "SLK-2025/00001")
    (u,) = assignments(register(tmp_path, "e.db", GIVEN, later), today=TODAY)
    assert (u["status"], u["due"]) == (status, due)
    assert u["overdue"] == (status == "öppet" and due < TODAY)


def test_a_report_citing_no_decision_joins_the_uppdrag_of_its_case(tmp_path):
    given = minutes("ks-2024", KS, "2024-05-14", 50, [(
        None, "Kommunstyrelsen ger förvaltningen i uppdrag att utreda förutsättningarna för "
              "digitala bygglovsansökningar.")], "KS-2024/00612")
    closing = minutes("ks-2025", KS, "2025-10-14", 225, [(
        None, "Kommunstyrelsen godkänner återrapporteringen av uppdraget att utreda "
              "förutsättningarna för digitala bygglovsansökningar och förklarar uppdraget "
              "slutfört.")], "KS-2024/00612")
    (u,) = assignments(register(tmp_path, "k.db", given, closing), today=TODAY)
    assert (u["status"], u["closed"]["paragraph"]) == ("fullgjort", 225)


def test_filters(tmp_path):
    other = minutes("kf-2025-06-18b", KF, "2025-06-18", 372, [(14, "Idrotts- och "
                    "föreningsnämnden får i uppdrag att utreda taxan. Uppdraget återrapporteras "
                    "under oktober 2025.")], "SLK-2025/00309")
    db = register(tmp_path, "f.db", GIVEN, REPORTED, other)
    assert [u["status"] for u in assignments(db, status="öppet", today=TODAY)] == ["öppet"]
    assert len(assignments(db, status="fullgjort", today=TODAY)) == 1
    assert len(assignments(db, assignee="intraservice", today=TODAY)) == 1
    assert len(assignments(db, body="KF", today=TODAY)) == 2
    assert assignments(db, body="KS", today=TODAY) == []


def test_migration_7_reads_the_trail_of_an_older_register(tmp_path):
    """A register of before migration 7: uppdrag rows keyed by a natural id (a copy had taken
    the first file's rows) and no events. Opening it reads them again from the decisions."""
    path = tmp_path / "old.db"
    copy = minutes("kf-2024-03-21", KF, "2024-03-21", 109, [(21, GIVING)], extra=b"\n")
    register(tmp_path, "old.db", GIVEN, copy, REPORTED).close()
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE kept AS SELECT a.id, a.decision_id, a.seq, a.assignee, a.text, a.clause,
            a.page FROM assignments a JOIN decisions d ON d.id = a.decision_id JOIN items i
            ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
            WHERE m.sha256 = '""" + copy.sha256 + """';
        DROP TABLE assignment_events; DROP TABLE assignments;
        CREATE TABLE assignments (id TEXT PRIMARY KEY, decision_id TEXT REFERENCES decisions(id),
            seq INTEGER, assignee TEXT, text TEXT, clause INTEGER, page INTEGER);
        INSERT INTO assignments SELECT * FROM kept; DROP TABLE kept;
        DELETE FROM _migrations WHERE number = 7;""")
    con.close()
    db = open_register(path)
    by_file = db.execute("SELECT m.sha256, count(*) FROM assignments a JOIN decisions d ON "
                         "d.id = a.decision_id JOIN items i ON i.id = d.item_id JOIN meetings m "
                         "ON m.id = i.meeting_id GROUP BY m.sha256").fetchall()
    assert dict(by_file) == {GIVEN.sha256: 1, copy.sha256: 1}
    (u,) = assignments(db, today=TODAY)
    assert (u["status"], u["due"]) == ("fullgjort", "2024-09-30")


# ------------------------------------------------------------------ the development minutes


@pytest.fixture(scope="module")
def real_db(register_of):
    ks = shared("real/goteborg-ks-2024-02-07-protokoll.pdf")
    kf = shared("real/goteborg-kf-2025-06-18-protokoll.pdf")
    path, _ = register_of(ks, kf, VAS)
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("typed, want", [
    ("KS 2018-05-23 § 492", ["2024-02-07", "§ 110", "fullgjort", "socialnämnd Centrum"]),
    ("kommunstyrelsen 2018-05-23 §492", ["declared fullgjort", "dåvarande Social resursnämnd"]),
    ("KF 2024-03-21 § 109 punkt 21", ["2025-06-18", "§ 388", "nämnden för Intraservice"]),
    ("Kommunfullmäktige 2024-03-21, § 109 p. 21", ["goteborg-kf-2025-06-18-protokoll.pdf p. 33"]),
    ("KF 2022-06-09 § 32 punkt 2", ["proposed fullgjort", "open for"]),
])
def test_trace_on_the_command_line(real_db, typed, want):
    result = run("trace", typed, "--db", real_db)
    assert result.exit_code == 0, result.output
    assert all(w in result.output for w in want), result.output


def test_trace_json_names_file_and_page_of_each_step(real_db):
    data = json.loads(run("trace", "KS 2018-05-23 § 492", "--json", "--db", real_db).output)
    (u,) = data["assignments"]
    assert [(s["what"], s["file"], s["page"]) for s in u["steps"]] == [
        ("given", None, None),
        ("declared fullgjort", "goteborg-ks-2024-02-07-protokoll.pdf", 20)]


def test_trace_of_nothing_is_one_line(real_db):
    result = run("trace", "KS 1999-01-01 § 1", "--db", real_db)
    assert result.exit_code == 1 and "nothing in the register" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_assignments_on_the_command_line(real_db):
    result = run("assignments", "--status", "oppet", "--db", real_db)
    assert result.exit_code == 0
    assert "open for" in result.output and "fullgjort by" not in result.output
    rows = json.loads(run("assignments", "--json", "--db", real_db).output)
    statuses = {r["status"] for r in rows}
    assert statuses == {"öppet", "fullgjort"}
    vas = [r for r in rows if "hållbarhetsprogram" in (r["text"] or "")]
    assert [(r["status"], r["proposal"]["to"]) for r in vas] == [("öppet", KF)]
    assert run("assignments", "--status", "klart", "--db", real_db).exit_code == 2


def test_the_real_minutes_deadline(real_db):
    rows = json.loads(run("assignments", "--json", "--assignee", "idrotts- och förenings",
                          "--db", real_db).output)
    assert [(r["ref"], r["due"], r["due_text"]) for r in rows] == [
        ("Kommunfullmäktige 2025-06-18 § 372 punkt 14", "2025-10-31", "under oktober 2025")]


def test_no_uppdrag_for_the_development_set_without_any(register_of):
    path, data = register_of(REAL / "nykarleby-valfardsnamnden-2022-09-15-protokoll.pdf")
    assert not any(d["assignment_events"] for m in data["meetings"] for i in m["items"]
                   for d in i["decisions"])


def test_the_feed_lists_the_latest_events_first(tmp_path):
    proposing = minutes("ks-110", KS, "2024-02-07", 110, [(1, REPORTING)], proposed_to=KF)
    found = feed(register(tmp_path, "feed.db", GIVEN, proposing, REPORTED), limit=5)
    assert [(f["date"], f["what"], f["ref"]) for f in found] == [
        ("2025-06-18", "declared fullgjort", "Kommunfullmäktige 2024-03-21 § 109 punkt 21"),
        ("2024-02-07", "proposed fullgjort", "Kommunfullmäktige 2024-03-21 § 109 punkt 21")]
