"""The register as the contract's JSON (and CSV): meetings, programs, reports."""
from __future__ import annotations

import csv
import io
import json

import sqlite_utils

from meetbook.register.db import rows as _rows
from meetbook.register.search import dnr_condition
from meetbook.register.terms import read_dnr

MEMBER_KEYS = ("name", "party")


def _members(ms: list[dict]) -> list[dict]:
    return [{k: m.get(k) for k in MEMBER_KEYS} for m in ms]


def export(db: sqlite_utils.Database, source: str | None = None, dnr: str | None = None) -> dict:
    """{"meetings": [...], "programs": [...], "reports": [...]} for all, one file or one case."""
    where, params = [], []
    if source:
        where.append("(f.name = ? OR f.path = ? OR f.sha256 = ?)")
        params += [source.rsplit("/", 1)[-1], source, source]
    if dnr:
        cond, cond_params = dnr_condition(read_dnr(dnr), "d.key")
        where.append("m.id IN (SELECT i.meeting_id FROM items i JOIN item_dnr d ON d.item_id = i.id"
                     f" WHERE {cond})")
        params += cond_params
    sql = ("SELECT m.*, f.name AS file, f.sha256 AS sha FROM meetings m JOIN files f "
           "ON f.sha256 = m.sha256" + (" WHERE " + " AND ".join(where) if where else "") +
           " ORDER BY m.date IS NULL, m.date, f.name, m.seq")
    meetings = [_meeting(db, m, dnr) for m in _rows(db, sql, params)]
    programs = [] if dnr else _programs(db, source)
    reports = [] if dnr else _reports(db, source)
    return {"meetings": meetings, "programs": programs, "reports": reports}


def _meeting(db: sqlite_utils.Database, m: dict, dnr: str | None) -> dict:
    items = _rows(db, "SELECT * FROM items WHERE meeting_id = ? ORDER BY seq", [m["id"]])
    if dnr:
        q = read_dnr(dnr)
        items = [i for i in items if any(q.matches(d) for d in json.loads(i["dnr"]))]
    return {"id": m["id"], "municipality": m["municipality"], "body": m["body"],
            "date": m["date"], "place": m["place"],
            "source": {"file": m["file"], "sha256": m["sha"],
                       "pages": [m["first_page"], m["last_page"]]},
            "attendance": json.loads(m["attendance"] or "[]"),
            "problems": json.loads(m.get("problems") or "[]"),
            "items": [_item(db, i) for i in items]}


def _item(db: sqlite_utils.Database, i: dict) -> dict:
    docs = _rows(db, "SELECT * FROM documents WHERE item_id = ? ORDER BY seq", [i["id"]])
    decs = _rows(db, "SELECT * FROM decisions WHERE item_id = ? ORDER BY seq", [i["id"]])
    pages = [i["first_page"], i["last_page"]] if i["first_page"] else None
    return {"id": i["id"], "number": i["number"], "title": i["title"], "section": i["section"],
            "dnr": json.loads(i["dnr"]), "pages": pages,
            "history": json.loads(i["history"] or "[]"),
            "documents": [{"kind": d["kind"], "title": d["title"], "date": d["date"],
                           "dnr": d["dnr"], "pages": [d["first_page"], d["last_page"]]}
                          for d in docs],
            "decisions": [_decision(db, d) for d in decs]}


def _decision(db: sqlite_utils.Database, d: dict) -> dict:
    links = _rows(db, "SELECT target, kind, score, evidence, program FROM links "
                      "WHERE decision_id = ? ORDER BY seq", [d["id"]])
    assigns = _rows(db, "SELECT id, assignee, text, clause, page, due FROM assignments "
                        "WHERE decision_id = ? ORDER BY seq", [d["id"]])
    motions = json.loads(d["motions"])
    corrects = json.loads(d["corrects"]) if d["corrects"] else None
    if corrects:
        corrects["clauses"] = list(corrects.get("clauses") or [])
    return {
        "id": d["id"], "kind": d["kind"], "body": d["body"], "date": d["date"],
        "paragraph": d["paragraph"], "dnr": d["dnr"], "page": d["page"],
        "proposed_to": d.get("proposed_to"),
        "clauses": [{"number": c["number"], "text": c["text"], "page": c["page"]}
                    for c in json.loads(d["clauses"])],
        "motions": [{"movers": _members(m["movers"]), "parties": m.get("parties", []),
                     "stance": m["stance"],
                     "clauses": list(m["clauses"]), "text": m["text"], "page": m["page"]}
                    for m in motions],
        "votes": [{"proposition": v["proposition"], "yes": v["yes"], "no": v["no"],
                   "abstain": v["abstain"], "verified": v["verified"], "page": v["page"],
                   "voters": [{"name": x["name"], "party": x["party"], "vote": x["vote"]}
                              for x in v["voters"]]} for v in json.loads(d["votes"])],
        "reservations": [{"members": _members(r["members"]), "parties": r.get("parties", []),
                          "text": r["text"], "page": r["page"]}
                         for r in json.loads(d["reservations"])],
        "statements": [{"kind": s["kind"], "members": _members(s["members"]),
                        "parties": s.get("parties", []), "text": s["text"], "page": s["page"]}
                       for s in json.loads(d["statements"])],
        "amounts": [{"value": a["value"], "currency": a["currency"], "text": a["text"],
                     "year": a["year"], "clause": a["clause"], "page": a["page"]}
                    for a in json.loads(d["amounts"])],
        "assignments": assigns,
        "assignment_events": assignment_events(db, d["id"]),
        "corrects": corrects,
        "refers_back": bool(d["refers_back"]),
        "links": links,
    }


def assignment_events(db: sqlite_utils.Database, decision_id: str) -> list[dict]:
    """What a decision says of uppdrag given earlier, in the contract's shape."""
    return [{"assignment": {"body": e["body"], "date": e["date"], "paragraph": e["paragraph"],
                            "point": e["point"]},
             "event": e["event"], "assignee": e["assignee"], "task": e["task"],
             "text": e["text"], "page": e["page"], "clause": e["clause"],
             "partial": bool(e["partial"]), "due": e["due"], "new_assignee": e["new_assignee"]}
            for e in _rows(db, "SELECT * FROM assignment_events WHERE decision_id = ? "
                               "ORDER BY seq", [decision_id])]


def _programs(db: sqlite_utils.Database, source: str | None) -> list[dict]:
    out = []
    for p in _rows(db, "SELECT p.*, f.name AS file FROM programs p JOIN files f "
                       "ON f.sha256 = p.sha256 ORDER BY p.first_year, f.name"):
        if source and source.rsplit("/", 1)[-1] not in (p["file"], p["sha256"]):
            continue
        prios = _rows(db, "SELECT * FROM priorities WHERE program_sha256 = ? ORDER BY seq",
                      [p["sha256"]])
        assigns = _rows(db, "SELECT * FROM program_assignments WHERE program_sha256 = ? "
                            "ORDER BY seq", [p["sha256"]])
        period = [p["first_year"], p["last_year"]] if p["first_year"] else None
        out.append({
            "municipality": p["municipality"], "title": p["title"], "period": period,
            "source": {"file": p["file"], "sha256": p["sha256"]},
            "priorities": [{"number": r["number"], "title": r["title"],
                            "title_as_printed": r["title_as_printed"],
                            "focus_area": r["focus_area"],
                            "responsible": json.loads(r["responsible"]),
                            "description": r["description"], "page": r["page"]} for r in prios],
            "assignments": [{"id": a["id"], "text": a["text"],
                             "focus_areas": json.loads(a["focus_areas"]), "page": a["page"]}
                            for a in assigns],
            "anslag": json.loads(p["parsed"]).get("anslag", [])})
    return out


def _reports(db: sqlite_utils.Database, source: str | None) -> list[dict]:
    out = []
    for r in _rows(db, "SELECT r.*, f.name AS file FROM reports r JOIN files f "
                       "ON f.sha256 = r.sha256 ORDER BY r.year, f.name"):
        if source and source.rsplit("/", 1)[-1] not in (r["file"], r["sha256"]):
            continue
        sts = _rows(db, "SELECT target, status, text, page FROM report_statuses "
                        "WHERE report_sha256 = ? ORDER BY seq", [r["sha256"]])
        cits = _rows(db, "SELECT target, text, page FROM report_citations "
                         "WHERE report_sha256 = ? ORDER BY seq", [r["sha256"]])
        out.append({"municipality": r["municipality"], "title": r["title"], "year": r["year"],
                    "source": {"file": r["file"], "sha256": r["sha256"]},
                    "statuses": sts, "citations": cits})
    return out


CSV_COLUMNS = ["file", "meeting_date", "body", "item", "title", "dnr", "decision_kind",
               "decision_body", "decision_date", "paragraph", "clauses", "page"]


def to_csv(data: dict) -> str:
    """One row per decision (or per item without decisions), for spreadsheets."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for m in data["meetings"]:
        for it in m["items"]:
            for d in it["decisions"] or [None]:
                w.writerow([m["source"]["file"], m["date"], m["body"], it["number"], it["title"],
                            "; ".join(it["dnr"]), d and d["kind"], d and d["body"],
                            d and d["date"], d and d["paragraph"],
                            d and " | ".join(c["text"] for c in d["clauses"]),
                            d["page"] if d else (it["pages"] or [None])[0]])
    return buf.getvalue()
