"""The auditor's trail: every uppdrag the register knows, however it is reached, and what
became of it.

Rows are per file (a decision's uppdrag, a decision's events on earlier uppdrag); the uppdrag
as one thing is derived here, at query time:

* the copies of one decision (a protokoll and a protokollsutdrag of it) give one uppdrag;
* the stages of one uppdrag in one case are one: the tjänsteskrivelse's förslag, the
  styrelse's decision to propose it, the fullmäktige's decision that gives it;
* a later decision that cites it (body, date, §, punkt) reports on the same uppdrag, whichever
  file came first; an uppdrag known only from such citations is one too.

`assignments()` lists them with their status, `trace()` follows one; both return plain dicts,
ready for the command line, JSON or a web page.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

import sqlite_utils
from rapidfuzz import fuzz

from meetbook.bodies import body_key, same_body
from meetbook.extract.assignment_events import parse_reference
from meetbook.model import AssignmentEventKind, AssignmentRef
from meetbook.register.export import _rows
from meetbook.text import fold

STATUSES = ("öppet", "redovisat", "fullgjort", "upphävt")

DECISION_COLUMNS = """d.id AS decision_id, d.kind, d.body AS decision_body, d.date AS decision_date,
       d.paragraph AS decision_paragraph, d.dnr, d.dnr_key, d.proposed_to,
       i.number AS item, i.title, m.municipality, f.name AS file, f.sha256"""
JOINS = """JOIN decisions d ON d.id = x.decision_id JOIN items i ON i.id = d.item_id
JOIN meetings m ON m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256"""
GIVEN_SQL = f"SELECT x.*, {DECISION_COLUMNS} FROM assignments x {JOINS}"
EVENT_SQL = f"SELECT x.*, {DECISION_COLUMNS} FROM assignment_events x {JOINS}"

# how sure the match of two stages' texts must be (rapidfuzz ratio of the folded texts)
SAME_TEXT = 90
# how near a cited task must be to an uppdrag's text when no punkt says which one
NEAR_TEXT = 60

EVENT_WORDS = {"redovisat": "reported", "fullgjort": "declared fullgjort",
               "förlängt": "extended", "ändrat": "changed", "upphävt": "revoked"}


@dataclass
class Uppdrag:
    """One uppdrag: the rows that give it (its stages and copies) and the events that cite it."""

    given: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    cited: AssignmentRef | None = None  # how later decisions cite it, when none gives it here
    key: tuple = ()


# ------------------------------------------------------------------ building the uppdrag


def _rank(row: dict) -> int:
    """0 a body's own decision, 1 a decision to propose it to another body, 2 a förslag."""
    if row["kind"] != "beslut":
        return 2
    return 1 if row["proposed_to"] else 0


def _decided(row: dict) -> bool:
    return _rank(row) == 0


def _order(row: dict) -> tuple:
    return (row["decision_date"] or "9999", _rank(row), row["file"], row["decision_id"],
            row["seq"])


@lru_cache(maxsize=65536)
def _folded(text: str | None) -> str:
    return fold(text)


def _same_stage_text(a: dict, b: dict) -> bool:
    if a["text"] == b["text"] and a["assignee"] == b["assignee"]:
        return True
    return (_folded(a["assignee"]) == _folded(b["assignee"])
            and fuzz.ratio(_folded(a["text"]), _folded(b["text"])) >= SAME_TEXT)


@dataclass
class _Found:
    """The uppdrag built so far, indexed by case, by the decision that gives them and by the
    key of a citation, so that each row is placed without looking at every uppdrag."""

    all: list[Uppdrag] = field(default_factory=list)
    by_case: dict[str, list[Uppdrag]] = field(default_factory=dict)
    by_decision: dict[tuple, list[Uppdrag]] = field(default_factory=dict)
    by_citation: dict[tuple, Uppdrag] = field(default_factory=dict)

    def add(self, u: Uppdrag) -> None:
        self.all.append(u)
        for key in {r["dnr_key"] for r in u.given if r["dnr_key"]}:
            self.by_case.setdefault(key, []).append(u)

    def index_decisions(self) -> None:
        for u in self.all:
            for key in {(r["decision_date"], r["decision_paragraph"]) for r in u.given
                        if _decided(r)}:
                self.by_decision.setdefault(key, []).append(u)


def _group_given(rows: Sequence[dict]) -> _Found:
    """The uppdrag the given rows make: copies by their id, stages by case and text."""
    by_id: dict[str, Uppdrag] = {}
    for r in sorted(rows, key=_order):
        by_id.setdefault(r["id"], Uppdrag()).given.append(r)
    found = _Found()
    for g in by_id.values():
        head = g.given[0]
        into = next((u for u in found.by_case.get(head["dnr_key"], []) if any(
            _same_stage_text(h, head) and not _same_decision(h, head) for h in u.given)), None)
        if into is None:
            found.add(g)
        else:
            into.given = sorted(into.given + g.given, key=_order)
    found.index_decisions()
    return found


def _same_decision(a: dict, b: dict) -> bool:
    keys = ("kind", "decision_date", "decision_paragraph", "proposed_to")
    return all(a[k] == b[k] for k in keys) and same_body(a["decision_body"], b["decision_body"])


def _gives(u: Uppdrag, ref: AssignmentRef, municipality: str | None) -> bool:
    """Whether a decision the uppdrag's rows hold is the one the ref cites (body, date, §)."""
    return any(_decided(r) and r["decision_date"] == ref.date
               and r["decision_paragraph"] == ref.paragraph
               and (ref.body is None or same_body(r["decision_body"], ref.body, municipality))
               for r in u.given)


def _point_of(u: Uppdrag) -> int | None:
    return next((r["clause"] for r in u.given if _decided(r)), None)


def _attach(found: _Found, event: dict) -> None:
    """The event joins the uppdrag it cites, or the uppdrag known only from citations."""
    ref = AssignmentRef(event["body"], event["date"], event["paragraph"], event["point"])
    if ref.date or ref.paragraph:
        target = _cited_given(found.by_decision.get((ref.date, ref.paragraph), []), ref, event)
    else:
        target = _nearest(found.by_case.get(event["dnr_key"], []), event)
    if target is None:
        key = _citation_key(ref, event)
        target = found.by_citation.get(key)
        if target is None:
            target = found.by_citation[key] = Uppdrag(cited=ref, key=key)
            found.all.append(target)
    target.events.append(event)


def _cited_given(candidates: Sequence[Uppdrag], ref: AssignmentRef, event: dict
                 ) -> Uppdrag | None:
    """Of the uppdrag given at the cited decision's date and §, the one it names: by punkt,
    as the only one, or by the task as printed (an event citing no punkt)."""
    found = [u for u in candidates if _gives(u, ref, event["municipality"])]
    if ref.point is not None:
        return next((u for u in found if _point_of(u) == ref.point), None)
    if len(found) == 1:
        return found[0]
    return _nearest(found, event)


def _nearest(candidates: Sequence[Uppdrag], event: dict) -> Uppdrag | None:
    """The uppdrag whose text the event's task matches ("godkänner återrapporteringen av
    uppdraget att …" in the case that gave it)."""
    task = _folded(event["task"])
    if not task or not candidates:
        return None
    scored = [(fuzz.partial_ratio(task, _folded(u.given[0]["text"])), n)
              for n, u in enumerate(candidates)]
    best, n = max(scored)
    return candidates[n] if best >= NEAR_TEXT else None


def _citation_key(ref: AssignmentRef, event: dict) -> tuple:
    if ref.date or ref.paragraph:
        return ("ref", body_key(ref.body, event["municipality"]), ref.date, ref.paragraph,
                ref.point)
    if event["task"]:
        return ("task", body_key(ref.body, event["municipality"]), fold(event["task"]))
    return ("event", event["decision_id"], event["seq"])


def build(given: Sequence[dict], events: Sequence[dict]) -> list[Uppdrag]:
    """The uppdrag that the given rows and event rows make, each with its rows oldest first."""
    found = _group_given(given)
    for e in sorted(events, key=_order):
        _attach(found, e)
    return found.all


# ------------------------------------------------------------------ what became of it


def _event_label(e: dict) -> str:
    word = EVENT_WORDS.get(e["event"], e["event"])
    if e["event"] == "redovisat" and e["partial"]:
        word = "partly reported"
    if _decided(e):
        return word
    return f"proposed {e['event']}" if e["event"] != "redovisat" else "proposed as reported"


def _given_label(r: dict) -> str:
    if r["kind"] != "beslut":
        return "proposed (förslag)"
    return f"proposed to {r['proposed_to']}" if r["proposed_to"] else "given"


def _step(r: dict, what: str) -> dict:
    return {"what": what, "body": r["decision_body"], "date": r["decision_date"],
            "paragraph": r["decision_paragraph"], "kind": r["kind"],
            "proposed_to": r["proposed_to"], "dnr": r["dnr"], "item": r["item"],
            "title": r["title"], "file": r["file"], "sha256": r["sha256"], "page": r["page"],
            "text": r["text"]}


def _dedupe(steps: Iterable[dict]) -> list[dict]:
    """One step per decision and event; the copies in other files are named on it."""
    out: dict[tuple, dict] = {}
    for s in steps:
        key = (s["what"], body_key(s["body"]), s["date"], s["paragraph"], s["kind"],
               s["proposed_to"], s.get("event"))
        if key in out:
            out[key].setdefault("also_in", []).append({"file": s["file"], "page": s["page"]})
        else:
            out[key] = s
    return list(out.values())


def _steps(u: Uppdrag) -> list[dict]:
    steps = [_step(r, _given_label(r)) for r in u.given]
    if not any(_decided(r) for r in u.given) and u.cited and u.cited.date:
        steps.append({"what": "given", "body": u.cited.body,
                      "date": u.cited.date, "paragraph": u.cited.paragraph, "kind": "beslut",
                      "proposed_to": None, "dnr": None, "item": None, "title": None,
                      "file": None, "sha256": None, "page": None, "text": None})
    for e in u.events:
        s = _step(e, _event_label(e))
        s.update(event=e["event"], partial=bool(e["partial"]), due=e["due"],
                 new_assignee=e["new_assignee"])
        steps.append(s)
    return sorted(_dedupe(steps), key=lambda s: (s["date"] or "9999", s["file"] is not None,
                                                 s["kind"] != "förslag", s["paragraph"] or 0))


def _status(u: Uppdrag) -> tuple[str, dict | None]:
    """The status its decided events give, oldest first, and the event that closed it."""
    status, closed = "öppet", None
    for e in sorted((e for e in u.events if _decided(e)), key=_order):
        kind = AssignmentEventKind(e["event"])
        if kind == AssignmentEventKind.FULLGJORT:
            status, closed = "fullgjort", e
        elif kind == AssignmentEventKind.UPPHAVT:
            status, closed = "upphävt", e
        elif kind == AssignmentEventKind.REDOVISAT and not e["partial"] and status == "öppet":
            status = "redovisat"
        elif kind == AssignmentEventKind.FORLANGT:
            status, closed = "öppet", None
    return status, closed


def _due(u: Uppdrag) -> tuple[str | None, str | None]:
    """The deadline in force: the latest decided extension, else the giving decision's."""
    extended = [e for e in u.events if _decided(e) and e["event"] == "förlängt" and e["due"]]
    if extended:
        last = max(extended, key=_order)
        return last["due"], last["due_text"]
    head = _head(u)
    return (head["due"], head["due_text"]) if head else (None, None)


def _head(u: Uppdrag) -> dict | None:
    """The row that stands for the uppdrag: the decision that gave it, else its latest stage."""
    if not u.given:
        return None
    return min(u.given, key=lambda r: (_rank(r), -_days(r["decision_date"]) if _rank(r) else
                                       _days(r["decision_date"])))


@lru_cache(maxsize=65536)
def _days(day: str | None) -> int:
    try:
        return Date.fromisoformat(day).toordinal() if day else 0
    except ValueError:
        return 0


def _between(first: str | None, last: str | None) -> int | None:
    return _days(last) - _days(first) if _days(first) and _days(last) else None


def describe(u: Uppdrag, today: str) -> dict:
    """The uppdrag as the auditor reads it: who, what, given by whom, status, due, steps."""
    head = _head(u)
    cited_event = u.events[0] if u.events else None
    steps = _steps(u)
    status, closed = _status(u)
    due, due_text = _due(u)
    body, day, par, point = _origin(u, head)
    return {
        "id": head["id"] if head else _citation_id(u),
        "ref": reference_text(body, day, par, point),
        "body": body, "date": day, "paragraph": par, "point": point,
        "given": bool(head and _decided(head)),
        "proposal": _proposal(head) if head and not _decided(head) else None,
        "assignee": head["assignee"] if head else _first(u.events, "assignee"),
        "text": head["text"] if head else _first(u.events, "task") or
        (cited_event["text"] if cited_event else None),
        "dnr": head["dnr"] if head else None,
        "status": status, "due": due, "due_text": due_text,
        "overdue": bool(status == "öppet" and due and due < today),
        "days_open": _between(day, today) if not closed else None,
        "closed": ({"event": closed["event"], "body": closed["decision_body"],
                    "date": closed["decision_date"], "paragraph": closed["decision_paragraph"],
                    "file": closed["file"], "page": closed["page"],
                    "days": _between(day, closed["decision_date"])} if closed else None),
        "last": _last_decided(u),
        "pending": [] if closed else [
            f"{s['event']} proposed by {s['body']} {s['date'] or ''} § {s['paragraph']}"
            .replace("  ", " ") for s in steps if s.get("event") and s["kind"]
            and s["what"].startswith("proposed")],
        "steps": steps,
    }


def _last_decided(u: Uppdrag) -> dict | None:
    """The latest event a body decided on it: what, by whom, when."""
    decided = [e for e in u.events if _decided(e)]
    if not decided:
        return None
    e = max(decided, key=_order)
    return {"what": _event_label(e), "body": e["decision_body"], "date": e["decision_date"],
            "paragraph": e["decision_paragraph"], "file": e["file"], "page": e["page"]}


def _proposal(r: dict) -> dict:
    """The latest stage of an uppdrag no decision held here gives yet: who proposes it, to whom."""
    return {"kind": r["kind"], "body": r["decision_body"], "date": r["decision_date"],
            "paragraph": r["decision_paragraph"], "to": r["proposed_to"], "file": r["file"],
            "page": r["page"]}


def _first(rows: Sequence[dict], key: str):
    return next((r[key] for r in rows if r.get(key)), None)


def _origin(u: Uppdrag, head: dict | None) -> tuple:
    """Body, date, § and punkt of the decision that gave it (or is to give it)."""
    if head and (_decided(head) or not u.cited):
        body = head["decision_body"] if _decided(head) else head["proposed_to"] or \
            head["decision_body"]
        if _decided(head):
            return body, head["decision_date"], head["decision_paragraph"], head["clause"]
        return body, None, None, None
    ref = u.cited or AssignmentRef(None, None, None)
    return ref.body, ref.date, ref.paragraph, ref.point


def _citation_id(u: Uppdrag) -> str:
    ref = u.cited or AssignmentRef(None, None, None)
    if ref.date or ref.paragraph:
        return "uppdrag:" + ":".join(["-", ref.body or "-", ref.date or "-",
                                      str(ref.paragraph or "-"), str(ref.point or "-")])
    e = u.events[0]
    return f"uppdrag:händelse:{e['decision_id']}:{e['seq']}"


def reference_text(body: str | None, day: str | None, par: int | None,
                   point: int | None) -> str | None:
    """"Kommunfullmäktige 2024-03-21 § 109 punkt 21", as people write a decision; None when
    nothing of it is known."""
    parts = [body or "", day or "", f"§ {par}" if par else "",
             f"punkt {point}" if point is not None else ""]
    return " ".join(p for p in parts if p) or None


# ------------------------------------------------------------------ loading


def _load(db: sqlite_utils.Database) -> tuple[list[dict], list[dict]]:
    return _rows(db, GIVEN_SQL), _rows(db, EVENT_SQL)


def _today(today: str | None) -> str:
    return today or Date.today().isoformat()


def assignments(db: sqlite_utils.Database, status: str | None = None,
                assignee: str | None = None, body: str | None = None,
                today: str | None = None) -> list[dict]:
    """Every uppdrag the register knows — given in a decision it holds, or known only from a
    later decision citing it — with status, deadline and steps; oldest first."""
    day = _today(today)
    found = [u for u in build(*_load(db)) if _wanted(u, status, assignee, body)]
    return sorted((describe(u, day) for u in found), key=_listing_order)


def _wanted(u: Uppdrag, status: str | None, assignee: str | None, body: str | None) -> bool:
    """Whether the uppdrag meets the filters (checked before it is described in full)."""
    if status and _status(u)[0] != status:
        return False
    head = _head(u)
    if assignee:
        names = [head["assignee"] if head else _first(u.events, "assignee"),
                 *(e["new_assignee"] for e in u.events)]
        if not any(n and (fold(assignee) in _folded(n) or same_body(n, assignee))
                   for n in names):
            return False
    if body:
        giver = _origin(u, head)[0]
        return bool(giver and (same_body(giver, body) or fold(body) in _folded(giver)))
    return True


def _listing_order(a: dict) -> tuple:
    return (a["date"] or "9999", fold(a["body"]), a["paragraph"] or 0,
            -1 if a["point"] is None else a["point"], a["id"])


# a tilläggsuppdrag of a program: "2022:3"
PROGRAM_ID = re.compile(r"^\d{4}:\d{1,3}$")


def trace(db: sqlite_utils.Database, ident: str, today: str | None = None) -> list[dict]:
    """The uppdrag an identifier names — a register id ("uppdrag:…") or the decision that gave
    it as people write it ("KF 2024-03-21 § 109 punkt 21") — described, steps oldest first."""
    if PROGRAM_ID.match(ident.strip()):
        return []
    ref, dnr_keys = _resolve(db, ident.strip())
    if ref is None and not dnr_keys:
        return []
    given, events = _candidates(db, ref, dnr_keys)
    day = _today(today)
    return [describe(u, day) for u in build(given, events) if _named_by(u, ref, dnr_keys, ident)]


def _resolve(db: sqlite_utils.Database, ident: str) -> tuple[AssignmentRef | None, list[str]]:
    """The decision an identifier cites, and the cases of the register ids it is."""
    rows = _rows(db, "SELECT a.clause, d.body, d.date, d.paragraph, d.kind, d.proposed_to, "
                     "d.dnr_key FROM assignments a JOIN decisions d ON d.id = a.decision_id "
                     "WHERE a.id = ?", [ident])
    if rows:
        r = rows[0]
        decided = r["kind"] == "beslut" and not r["proposed_to"]
        ref = AssignmentRef(r["body"], r["date"], r["paragraph"], r["clause"]) if decided \
            and (r["date"] or r["paragraph"]) else None
        return ref, [x["dnr_key"] for x in rows if x["dnr_key"]]
    m = re.match(r"^uppdrag:-:(?P<body>[^:]*):(?P<date>[^:]*):(?P<par>\d+|-):(?P<point>\d+|-)$",
                 ident)
    if m:
        return AssignmentRef(None if m["body"] == "-" else m["body"],
                             None if m["date"] == "-" else m["date"],
                             None if m["par"] == "-" else int(m["par"]),
                             None if m["point"] == "-" else int(m["point"])), []
    m = re.match(r"^uppdrag:händelse:(?P<did>.+):(?P<seq>\d+)$", ident)
    if m:
        keys = db.execute("SELECT dnr_key FROM decisions WHERE id = ?", [m["did"]]).fetchall()
        return None, [k[0] for k in keys if k[0]] or [ident]
    return parse_reference(ident), []


def _candidates(db: sqlite_utils.Database, ref: AssignmentRef | None,
                dnr_keys: Sequence[str]) -> tuple[list[dict], list[dict]]:
    """The rows that can make the named uppdrag: those of the cited decision and of its cases,
    and the events citing that decision (through the index on the cited date and §)."""
    given: list[dict] = []
    events: list[dict] = []
    keys = list(dnr_keys)
    if ref and (ref.date or ref.paragraph):
        given += _rows(db, GIVEN_SQL + " WHERE d.date IS ? AND d.paragraph IS ?",
                       [ref.date, ref.paragraph])
        events += _rows(db, EVENT_SQL + " WHERE x.date IS ? AND x.paragraph IS ?",
                        [ref.date, ref.paragraph])
        keys += [r["dnr_key"] for r in given if r["dnr_key"]]
    for key in dict.fromkeys(keys):
        given += _rows(db, GIVEN_SQL + " WHERE d.dnr_key = ?", [key])
        events += _rows(db, EVENT_SQL + " WHERE d.dnr_key = ?", [key])
    return _unique(given), _unique(events)


def _unique(rows: Iterable[dict]) -> list[dict]:
    return list({(r["decision_id"], r["seq"]): r for r in rows}.values())


def _named_by(u: Uppdrag, ref: AssignmentRef | None, dnr_keys: Sequence[str],
              ident: str) -> bool:
    """Whether the uppdrag is the one the identifier names."""
    if any(r["id"] == ident for r in u.given):
        return True
    if ref is None:
        return ident.startswith("uppdrag:händelse:") and _citation_id(u) == ident
    origin = [u.cited] if u.cited else []
    origin += [AssignmentRef(r["decision_body"], r["decision_date"], r["decision_paragraph"],
                             r["clause"]) for r in u.given if _decided(r)]
    return any(o.date == ref.date and o.paragraph == ref.paragraph
               and (ref.point is None or o.point == ref.point)
               and (ref.body is None or o.body is None or same_body(o.body, ref.body))
               for o in origin)


def feed(db: sqlite_utils.Database, limit: int = 50) -> list[dict]:
    """The latest things bodies said of uppdrag, newest first: each event with the decision
    that stated it and the uppdrag it cites (for a page that follows the trail as it grows)."""
    rows = _rows(db, EVENT_SQL + " ORDER BY d.date IS NULL, d.date DESC, x.decision_id, x.seq "
                 "LIMIT ?", [limit])
    return [{**_step(r, _event_label(r)), "event": r["event"], "partial": bool(r["partial"]),
             "assignment": {"body": r["body"], "date": r["date"], "paragraph": r["paragraph"],
                            "point": r["point"]},
             "ref": reference_text(r["body"], r["date"], r["paragraph"], r["point"]),
             "assignee": r["assignee"], "task": r["task"]} for r in rows]
