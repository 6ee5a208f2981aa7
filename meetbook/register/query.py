"""Read queries: search, a case's history, an assignment's trace, positions, link inputs."""
from __future__ import annotations

import json
import re

import sqlite_utils
from rapidfuzz import fuzz, process

from meetbook.extract.dnr import canonical_key
from meetbook.model import Priority, Program, ProgramAssignment
from meetbook.register.export import _rows
from meetbook.text import fold

DECISION_ROW = """
SELECT d.*, i.number AS item_number, i.title AS item_title, i.id AS item_id,
       m.date AS meeting_date, m.body AS meeting_body, m.municipality, f.name AS file
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


# ------------------------------------------------------------------ search


def _fts_query(words: str) -> str:
    tokens = re.findall(r"\w+", fold(words))
    return " ".join(f'"{t}"*' for t in tokens)


def search(db: sqlite_utils.Database, dnr: str | None = None, party: str | None = None,
           person: str | None = None, text: str | None = None, body: str | None = None,
           date_from: str | None = None, date_to: str | None = None, limit: int = 200
           ) -> list[dict]:
    """Decisions (and items without one) that meet every given criterion, newest first."""
    where: list[str] = []
    params: list[object] = []
    # the items the most selective criterion allows: the plan starts from them, not from
    # every item of the register (each such criterion is also kept below, exactly as stated)
    drive: list[tuple[str, list]] = []
    if dnr:
        key = canonical_key(dnr)
        where.append("(d.dnr_key = ? OR i.id IN (SELECT item_id FROM item_dnr WHERE key = ?))")
        params += [key, key]
        drive.append((DNR_ITEMS, [key, key]))
    if person:
        ids = person_ids(db, person)
        marks = ",".join("?" * len(ids)) or "NULL"
        where.append("EXISTS (SELECT 1 FROM positions WHERE decision_id = d.id AND "
                     f"+person_id IN ({marks}))")
        params += ids
        drive.append((POSITION_ITEMS + f"p.person_id IN ({marks})", ids))
    if party:
        # checked per row through positions_decision (the + keeps the planner off the
        # upper(party) index of migration 3, which only the driving set below should use)
        where.append("EXISTS (SELECT 1 FROM positions WHERE decision_id = d.id AND "
                     "upper(+party) = upper(?))")
        params.append(party.strip("() "))
        drive.append((POSITION_ITEMS + "upper(p.party) = upper(?)", [party.strip("() ")]))
    if body:
        where.append("(lower(coalesce(d.body, m.body)) LIKE ?)")
        params.append(f"%{body.lower()}%")
    if date_from:
        where.append(f"{DATE} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{DATE} <= ?")
        params.append(date_to)
    if text and not (dnr or person):
        keys = _text_keys(db, _fts_query(text), where, params, limit)
    else:
        if text:
            where.append("i.id IN (SELECT item_id FROM item_fts WHERE item_fts MATCH ?)")
            params.append(_fts_query(text))
        if drive:
            where.insert(0, f"i.id IN ({drive[0][0]})")
            params = [*drive[0][1], *params]
        keys = _keys(db, where, params, limit)
    return _search_rows(db, keys)


# A decision's own date; an item without decisions is dated by its meeting. A decision that
# another meeting took (an utskott's, quoted in a protokollsutdrag) without a printed date
# stays undated rather than taking the date of the meeting whose papers quote it.
DATE = "CASE WHEN d.id IS NULL THEN m.date ELSE d.date END"


def _keys(db: sqlite_utils.Database, where: list[str], params: list, limit: int
          ) -> list[tuple[str, str | None]]:
    rows = _rows(db, SEARCH_KEYS + (" WHERE " + " AND ".join(where) if where else "") +
                 f" ORDER BY {DATE} DESC, i.id, d.seq LIMIT ?", [*params, limit])
    return [(k["item_id"], k["decision_id"]) for k in rows]


def _text_keys(db: sqlite_utils.Database, match: str, where: list[str], params: list,
               limit: int) -> list[tuple[str, str | None]]:
    """Keys of a text search: the matches are walked newest meeting first (item_fts rowids are
    date keys), a batch at a time, until a page of rows meets the other criteria."""
    cur = db.execute("SELECT item_id FROM item_fts WHERE item_fts MATCH ? ORDER BY rowid DESC",
                     [match])
    found: list[tuple[str, str | None]] = []
    batch = max(limit, 100)
    while len(found) < limit:
        ids = [r[0] for r in cur.fetchmany(batch)]
        if not ids:
            break
        marks = ",".join("?" * len(ids))
        found += _keys(db, [f"i.id IN ({marks})", *where], [*ids, *params], limit - len(found))
        batch *= 2
    return found


DNR_ITEMS = ("SELECT item_id FROM decisions WHERE dnr_key = ? "
             "UNION SELECT item_id FROM item_dnr WHERE key = ?")
POSITION_ITEMS = ("SELECT x.item_id FROM positions p JOIN decisions x ON x.id = p.decision_id "
                  "WHERE ")

# The ordering and the criteria need only these joins; the columns shown are read afterwards
# for the rows that made the page (at a million decisions, sorting whole result rows of a
# common word was most of the time).
SEARCH_KEYS = """
SELECT i.id AS item_id, d.id AS decision_id
FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256
LEFT JOIN decisions d ON d.item_id = i.id
"""


def _search_rows(db: sqlite_utils.Database, keys: list[tuple[str, str | None]]) -> list[dict]:
    """The result rows of the given (item, decision) keys, in their order."""
    if not keys:
        return []
    items = sorted({i for i, _ in keys})
    rows = _rows(db, SEARCH_SQL + f" WHERE i.id IN ({','.join('?' * len(items))})", items)
    by_key = {(r["item_id"], r["decision_id"]): r for r in rows}
    return [by_key[k] for k in keys]


SEARCH_SQL = """
SELECT coalesce(d.dnr, json_extract(i.dnr, '$[0]')) AS dnr,
       CASE WHEN d.id IS NULL THEN m.date ELSE d.date END AS date,
       coalesce(d.body, m.body) AS body, d.paragraph, d.kind, i.number AS item, i.title,
       m.municipality, f.name AS file, coalesce(d.page, i.first_page) AS page, d.id AS decision_id,
       i.id AS item_id
FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256
LEFT JOIN decisions d ON d.item_id = i.id
"""


def person_ids(db: sqlite_utils.Database, name: str) -> list[int]:
    """Persons whose name matches, ignoring case and diacritics, tolerant of OCR damage."""
    want = fold(name)
    rows = dict(db.execute("SELECT id, folded FROM persons").fetchall())
    # the same test as f == want or ratio >= 88 or a substring, with the ratio loop in C
    near = {pid for _, _, pid in process.extract(want, rows, scorer=fuzz.ratio,
                                                  score_cutoff=88, limit=None)}
    return [pid for pid, f in rows.items()
            if pid in near or f == want or (len(want) > 4 and want in f)]


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
           "i.title, f.name AS file FROM positions p JOIN decisions d ON d.id = p.decision_id "
           "JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id "
           "JOIN files f ON f.sha256 = m.sha256 WHERE " + " AND ".join(where or ["1"]) +
           " ORDER BY d.dnr, d.date, p.name")
    rows = _rows(db, sql, params)
    for r in rows:
        r["clauses"] = json.loads(r["clauses"] or "[]")
    return rows


# ------------------------------------------------------------------ a case's history


def case_history(db: sqlite_utils.Database, dnr: str) -> dict:
    """Every step of a case, oldest first, with clauses in force after corrections."""
    key = canonical_key(dnr)
    # the decisions with the dnr or filed under an item with it; as a set of ids, so that the
    # plan starts from the two indexes instead of scanning every decision; in scan order
    rows = _rows(db, DECISION_ROW + " WHERE d.id IN (SELECT id FROM decisions WHERE dnr_key = ?"
                 " UNION SELECT x.id FROM item_dnr k JOIN decisions x ON x.item_id = k.item_id"
                 " WHERE k.key = ?) ORDER BY d.rowid", [key, key])
    steps = [_step(r) for r in rows]
    for step, r in zip(steps, rows):
        # a proposal in a case paper on its own (an item without a number) is as old as the paper
        if r["kind"] == "förslag" and r["item_number"] is None and not r["meeting_date"]:
            step["paper_date"] = _paper_date(db, r["item_id"])
    for r in _rows(db, "SELECT i.history, m.date, f.name FROM items i JOIN meetings m ON "
                       "m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256 WHERE i.id IN "
                       "(SELECT item_id FROM item_dnr WHERE key = ?)", [key]):
        steps += [_earlier(h, r["name"]) for h in json.loads(r["history"] or "[]")]
    steps = _dedupe_steps(sorted(steps, key=_step_order))
    _apply_corrections(steps)
    return {"dnr": rows[0]["dnr"] if rows else dnr, "steps": steps}


def _step(r: dict) -> dict:
    return {"kind": r["kind"], "body": r["body"], "date": r["date"], "paragraph": r["paragraph"],
            "outcome": _outcome(r), "clauses": json.loads(r["clauses"]),
            "corrects": json.loads(r["corrects"]) if r["corrects"] else None,
            "refers_back": bool(r["refers_back"]), "file": r["file"], "page": r["page"],
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


def _earlier(h: dict, file: str) -> dict:
    return {"kind": "tidigare behandling", "body": h["body"], "date": h["date"],
            "paragraph": h["paragraph"], "outcome": h["outcome"] or "nämnd i handlingarna",
            "clauses": [], "corrects": None, "refers_back": h["outcome"] == "återremiss",
            "file": file, "page": h["page"], "text": h["text"]}


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
