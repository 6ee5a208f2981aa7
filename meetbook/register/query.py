"""Read queries: a case's history, an assignment's trace, positions, link inputs (searching
is `register.search`)."""
from __future__ import annotations

import json
import re

import sqlite_utils

from meetbook.errors import QueryError
from meetbook.extract.dnr import normalise
from meetbook.model import Priority, Program, ProgramAssignment
from meetbook.register.db import rows as _rows
from meetbook.register.persons import person_ids
from meetbook.register.search import dnr_condition, narrowed
from meetbook.register.terms import read_dnr

DECISION_ROW = """
SELECT d.*, i.number AS item_number, i.title AS item_title, i.id AS item_id,
       m.date AS meeting_date, m.body AS meeting_body, m.municipality, f.name AS file,
       f.sha256 AS sha256
FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
JOIN files f ON f.sha256 = m.sha256
"""


def municipalities(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute("SELECT municipality FROM meetings UNION SELECT municipality FROM programs")
    return sorted({r[0] for r in rows.fetchall() if r[0]})


def programs_of(db: sqlite_utils.Database, municipality: str, as_printed: bool = False
                ) -> list[tuple[Program, str]]:
    """(program, label) for each stored program of the municipality; as printed or restored."""
    out = []
    for p in _rows(db, "SELECT p.*, f.name AS file FROM programs p JOIN files f "
                       "ON f.sha256 = p.sha256 WHERE p.municipality = ? ORDER BY p.first_year",
                   [municipality]):
        parsed = json.loads(p["parsed"])
        prios = parsed["priorities"] if as_printed else _rows(
            db, "SELECT * FROM priorities WHERE program_sha256 = ? ORDER BY seq", [p["sha256"]])
        program = _program(parsed, prios)
        out.append((program, p["sha256"] if as_printed else _label(program, p["file"])))
    return out


def _label(p: Program, file: str) -> str:
    period = f" {p.period[0]}–{p.period[1]}" if p.period else ""
    return f"{p.title}{period} ({file})"


def _program(parsed: dict, prios: list[dict]) -> Program:
    def resp(v):
        return tuple(json.loads(v) if isinstance(v, str) else v or ())
    priorities = tuple(Priority(r["number"], r["title"], r["focus_area"], resp(r["responsible"]),
                                r.get("description") or "", r.get("page"),
                                r.get("title_as_printed")) for r in prios)
    assigns = tuple(ProgramAssignment(a["id"], a["text"], tuple(a["focus_areas"]), a.get("page"))
                    for a in parsed["assignments"])
    period = tuple(parsed["period"]) if parsed.get("period") else None
    return Program(parsed["municipality"], parsed["title"], period, priorities, assigns,  # type: ignore[arg-type]
                   tuple(tuple(f) for f in parsed.get("focus_areas") or ()))


def decisions_to_link(db: sqlite_utils.Database, municipality: str) -> list[dict]:
    """Each decision of the municipality with the text the link pass reads."""
    rows = _rows(db, DECISION_ROW + " WHERE m.municipality = ? ORDER BY d.id", [municipality])
    texts = {r[0]: r[1] for r in db.execute(
        "SELECT i.id, i.title || '. ' || coalesce(i.text, '') FROM items i JOIN meetings m "
        "ON m.id = i.meeting_id WHERE m.municipality = ?", [municipality]).fetchall()}
    for r in rows:
        r["text"] = f"{texts.get(r['item_id'], '')} {r['text'] or ''}".strip()
    return rows


# ------------------------------------------------------------------ positions


def positions(db: sqlite_utils.Database, party: str | None = None, person: str | None = None
              ) -> list[dict]:
    """Yrkanden, votes, reservations and statements of a party or person, per case."""
    where: list[str] = []
    params: list[str | int] = []
    if party:
        where.append("upper(p.party) = upper(?)")
        params.append(party.strip("() "))
    if person:
        ids = person_ids(db, person)
        where.append(f"p.person_id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params += ids
    sql = ("SELECT p.name, p.party, p.role, p.position, p.clauses, p.page, p.text, "
           "d.dnr, d.body, d.date AS date, d.paragraph, i.number AS item, "
           "i.title, f.name AS file, f.sha256, m.id AS meeting_id FROM positions p "
           "JOIN decisions d ON d.id = p.decision_id "
           "JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id "
           "JOIN files f ON f.sha256 = m.sha256 WHERE " + " AND ".join(where or ["1"]) +
           " ORDER BY d.dnr, d.date, p.name")
    rows = _rows(db, sql, params)
    for r in rows:
        r["clauses"] = json.loads(r["clauses"] or "[]")
    return rows


# ------------------------------------------------------------------ a case's history


def case_history(db: sqlite_utils.Database, dnr: str) -> dict:
    """Every step of a case, oldest first, with clauses in force after corrections. A number
    without its prefix that several cases share is a QueryError naming them."""
    on_decision, p1, on_item, p2 = _dnr_conditions(db, dnr)
    numbers = _numbers(db, on_decision, p1, on_item, p2)
    if len(numbers) > 1:
        raise QueryError(f"{dnr} is the number of {len(numbers)} cases: "
                         f"{', '.join(numbers[:8])}; write it with its prefix")
    # the decisions with the dnr or filed under an item with it; as a set of ids, so that the
    # plan starts from the two indexes instead of scanning every decision; in scan order
    rows = _rows(db, DECISION_ROW + f" WHERE d.id IN (SELECT id FROM decisions WHERE {on_decision}"
                 " UNION SELECT x.id FROM item_dnr k JOIN decisions x ON x.item_id = k.item_id"
                 f" WHERE {on_item}) ORDER BY d.rowid", [*p1, *p2])
    steps = [_step(r) for r in rows]
    for step, r in zip(steps, rows):
        # a proposal in a case paper on its own (an item without a number) is as old as the paper
        if r["kind"] == "förslag" and r["item_number"] is None and not r["meeting_date"]:
            step["paper_date"] = _paper_date(db, r["item_id"])
    for r in _rows(db, "SELECT i.history, m.date, f.name, f.sha256 FROM items i JOIN meetings m "
                       "ON m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256 WHERE i.id IN "
                       f"(SELECT k.item_id FROM item_dnr k WHERE {on_item})", p2):
        steps += [_earlier(h, r["name"], r["sha256"]) for h in json.loads(r["history"] or "[]")]
    steps = _dedupe_steps(sorted(steps, key=_step_order))
    _apply_corrections(steps)
    return {"dnr": numbers[0] if numbers else dnr, "steps": steps}


def case_numbers(db: sqlite_utils.Database, dnr: str) -> list[str]:
    """The distinct diarienummer (normalised) that a diarienummer as typed matches: several
    when a number without prefix is that of cases in several series."""
    return _numbers(db, *_dnr_conditions(db, dnr))


def _dnr_conditions(db: sqlite_utils.Database, dnr: str) -> tuple[str, list, str, list]:
    """SQL matching the diarienummer on decisions (dnr_key) and on item_dnr (as k)."""
    q = narrowed(db, read_dnr(dnr))
    return (*dnr_condition(q, "dnr_key"), *dnr_condition(q, "k.key"))


def _numbers(db: sqlite_utils.Database, on_decision: str, p1: list, on_item: str, p2: list
             ) -> list[str]:
    """The normalised diarienummer of the decisions and items the conditions match."""
    found = db.execute(f"SELECT dnr FROM decisions WHERE {on_decision} UNION "
                       f"SELECT k.dnr FROM item_dnr k WHERE {on_item}", [*p1, *p2]).fetchall()
    return sorted({normalise(r[0]) for r in found if r[0]})


def _step(r: dict) -> dict:
    return {"kind": r["kind"], "body": r["body"], "date": r["date"], "paragraph": r["paragraph"],
            "outcome": _outcome(r), "clauses": json.loads(r["clauses"]),
            "corrects": json.loads(r["corrects"]) if r["corrects"] else None,
            "refers_back": bool(r["refers_back"]), "file": r["file"], "sha256": r["sha256"],
            "page": r["page"],
            "item": r["item_number"], "title": r["item_title"], "meeting_date": r["meeting_date"],
            "reservations": json.loads(r["reservations"]), "motions": json.loads(r["motions"])}


def _outcome(r: dict) -> str:
    if r["refers_back"]:
        return "återremiss"
    if r["corrects"]:
        return "rättelse"
    if r["kind"] == "beslut" and re.search(r"\bbordl[äa]gg", r["text"] or "", re.IGNORECASE):
        return "bordläggning"
    if r["kind"] == "beslut" and r.get("proposed_to"):
        return f"beslut att föreslå {r['proposed_to']}"
    return "förslag" if r["kind"] == "förslag" else "beslut"


def _earlier(h: dict, file: str, sha256: str) -> dict:
    return {"kind": "tidigare behandling", "body": h["body"], "date": h["date"],
            "paragraph": h["paragraph"], "outcome": h["outcome"] or "nämnd i handlingarna",
            "clauses": [], "corrects": None, "refers_back": h["outcome"] == "återremiss",
            "file": file, "sha256": sha256, "page": h["page"], "text": h["text"]}


def _paper_date(db: sqlite_utils.Database, item_id: str) -> str | None:
    """The date of the paper an item's decision stands in (a tjänsteskrivelse's own date)."""
    row = db.execute("SELECT min(date) FROM documents WHERE item_id = ?", [item_id]).fetchone()
    return row[0] if row else None


def _step_order(s: dict) -> tuple:
    return (s["date"] or s.get("meeting_date") or s.get("paper_date") or "9999",
            s["kind"] == "förslag", s["paragraph"] or 0, s["file"])


def _dedupe_steps(steps: list[dict]) -> list[dict]:
    seen, out = set(), []
    for s in steps:
        key = (s["kind"], s["body"], s["date"], s["paragraph"], json.dumps(s["clauses"]))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _apply_corrections(steps: list[dict]) -> None:
    """Mark the clauses a rättelse replaced and give the corrected texts as in force."""
    for fix in (s for s in steps if s["corrects"]):
        c = fix["corrects"]
        new = {cl["number"]: cl["text"] for cl in fix["clauses"] if cl["number"] in c["clauses"]}
        for s in steps:
            if s is fix or s["paragraph"] != c["paragraph"] or s["date"] != c["date"]:
                continue
            s["in_force"] = [{"number": cl["number"],
                              "text": new.get(cl["number"], cl["text"]),
                              "replaced": cl["text"] if cl["number"] in new else None,
                              "corrected_by": _ref(fix) if cl["number"] in new else None}
                             for cl in s["clauses"]]


def _ref(s: dict) -> str:
    par = f" § {s['paragraph']}" if s["paragraph"] else ""
    return f"{s['body']} {s['date'] or ''}{par} ({s['file']} p. {s['page']})".strip()


# ------------------------------------------------------------------ trace


def trace(db: sqlite_utils.Database, ident: str, today: str | None = None) -> dict:
    """How an uppdrag was handled, oldest first: a tilläggsuppdrag of a program ("2022:3") with
    the program, its follow-ups and the decisions linked to it; an uppdrag of a decision, by
    register id or by the decision as people write it ("KF 2024-03-21 § 109 punkt 21"), with
    every decision that gave, reported on, extended or closed it.

    {"id", "events": every step of either kind, "assignments": the uppdrag of decisions,
    each described with its status, deadline and steps}."""
    from meetbook.register import trail

    events = sorted(_program_events(db, ident) + _linked_decisions(db, ident),
                    key=lambda e: (e["date"] or "9999", e["what"]))
    uppdrag = trail.trace(db, ident, today)
    events += [{**s, "title": s["title"] or s["body"], "assignment": u["id"]}
               for u in uppdrag for s in u["steps"]]
    return {"id": ident, "events": sorted(events, key=lambda e: e["date"] or "9999"),
            "assignments": uppdrag}


def _program_events(db: sqlite_utils.Database, ident: str) -> list[dict]:
    events = []
    for r in _rows(db, "SELECT a.*, p.title, p.first_year, f.name AS file FROM program_assignments a "
                       "JOIN programs p ON p.sha256 = a.program_sha256 JOIN files f ON "
                       "f.sha256 = p.sha256 WHERE a.id = ?", [ident]):
        events.append({"what": "listed in program", "date": _year(r["first_year"]),
                       "title": r["title"], "text": r["text"], "file": r["file"],
                       "page": r["page"]})
    for r in _rows(db, "SELECT c.*, r.title, r.year, f.name AS file FROM report_citations c JOIN "
                       "reports r ON r.sha256 = c.report_sha256 JOIN files f ON f.sha256 = r.sha256"
                       " WHERE c.target = ?", [ident]):
        events.append({"what": "cited in follow-up", "date": _year(r["year"]), "title": r["title"],
                       "text": r["text"], "file": r["file"], "page": r["page"]})
    for r in _rows(db, "SELECT s.*, r.title, r.year, f.name AS file FROM report_statuses s JOIN "
                       "reports r ON r.sha256 = s.report_sha256 JOIN files f ON f.sha256 = r.sha256"
                       " WHERE s.target = ?", [ident]):
        events.append({"what": f"status: {r['status']}", "date": _year(r["year"]),
                       "title": r["title"], "text": r["text"], "file": r["file"], "page": r["page"]})
    return events


def _year(y) -> str | None:
    return f"{y}" if y else None


def _linked_decisions(db: sqlite_utils.Database, ident: str) -> list[dict]:
    out = []
    for r in _rows(db, "SELECT l.*, d.dnr, d.body, d.date, d.page, i.title, f.name AS file FROM "
                       "links l JOIN decisions d ON d.id = l.decision_id JOIN items i ON "
                       "i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id JOIN files f ON "
                       "f.sha256 = m.sha256 WHERE l.target = ?", [ident]):
        out.append({"what": f"linked decision (score {r['score']:.2f})", "date": r["date"],
                    "title": r["title"], "text": r["evidence"], "file": r["file"],
                    "page": r["page"], "dnr": r["dnr"]})
    return out
