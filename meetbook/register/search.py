"""Finding decisions: criteria that combine with AND, newest first, a page at a time.

A row is a decision, or an item without one (an agenda point nothing was decided on yet). The
criteria forgive: a diarienummer in any spelling, a person by any spelling of the name and by
attendance as well as by positions, a body ignoring case and diacritics, words as prefixes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from meetbook.errors import QueryError
from meetbook.register.db import rows as fetch
from meetbook.register.persons import attendee_names, person_ids
from meetbook.register.schema import dnr_number_sql
from meetbook.register.terms import DnrQuery, fts_query, read_date, read_dnr, snippet, words
from meetbook.text import fold

DEFAULT_LIMIT = 200
# "N more" is counted up to here; beyond, the count would cost more than the page
COUNT_CAP = 10_000


@dataclass(frozen=True)
class Criteria:
    """What to look for; every given criterion must hold."""

    dnr: str | None = None
    party: str | None = None
    person: str | None = None
    text: str | None = None
    body: str | None = None
    date_from: str | None = None
    date_to: str | None = None


@dataclass(frozen=True)
class SearchPage:
    """A page of result rows and how many more rows there are (at most COUNT_CAP)."""

    rows: list[dict]
    more: int

    @property
    def more_capped(self) -> bool:
        return self.more >= COUNT_CAP


def search(db: sqlite_utils.Database, dnr: str | None = None, party: str | None = None,
           person: str | None = None, text: str | None = None, body: str | None = None,
           date_from: str | None = None, date_to: str | None = None,
           limit: int = DEFAULT_LIMIT) -> list[dict]:
    """Decisions (and items without one) that meet every given criterion, newest first."""
    criteria = Criteria(dnr, party, person, text, body, date_from, date_to)
    return search_page(db, criteria, limit, count=False).rows


def search_page(db: sqlite_utils.Database, criteria: Criteria, limit: int = DEFAULT_LIMIT,
                offset: int = 0, count: bool = True) -> SearchPage:
    """The rows offset..offset+limit of a search, and (count=True) how many follow them."""
    if limit < 0 or offset < 0:
        raise QueryError("the limit and the offset cannot be negative")
    plan = _Plan(db, criteria)
    if plan.nothing:
        return SearchPage([], 0)
    keys = plan.keys(limit + 1 + offset)[offset:]
    more = len(keys) > limit
    keys = keys[:limit]
    found = _result_rows(db, keys, words(criteria.text))
    if criteria.person:
        _add_roles(db, found, plan.person_ids, plan.attendee_names)
    extra = plan.count(offset + limit, COUNT_CAP) if more and count else int(more)
    return SearchPage(found, extra)


# A decision's own date; an item without decisions is dated by its meeting. A decision that
# another meeting took (an utskott's, quoted in a protokollsutdrag) without a printed date
# stays undated rather than taking the date of the meeting whose papers quote it.
DATE = "CASE WHEN d.id IS NULL THEN m.date ELSE d.date END"

# The ordering and the criteria need only these joins; the columns shown are read afterwards
# for the rows that made the page (at a million decisions, sorting whole result rows of a
# common word was most of the time).
SEARCH_KEYS = """
SELECT i.id AS item_id, d.id AS decision_id
FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256
LEFT JOIN decisions d ON d.item_id = i.id
"""
ORDER = f" ORDER BY {DATE} DESC, i.rowid, d.seq"

POSITION_ITEMS = ("SELECT x.item_id FROM positions p JOIN decisions x ON x.id = p.decision_id "
                  "WHERE ")
# a person at a meeting took part in its own decisions (not in earlier bodies' decisions its
# papers quote), in the §§ the cover's note allows, and was jävig where it says so
ATTENDED = """(d.id IS NULL OR (d.kind = 'beslut' AND (d.date IS NULL OR m.date IS NULL
  OR d.date = m.date) AND (d.paragraph IS NULL
  OR d.paragraph IN (SELECT value FROM json_each(a.jav_paragraphs))
  OR ((a.only_paragraphs IS NULL OR d.paragraph IN (SELECT value FROM json_each(a.only_paragraphs)))
      AND d.paragraph NOT IN (SELECT value FROM json_each(a.absent_paragraphs))))))"""


def _marks(values: list) -> str:
    return ",".join("?" * len(values)) or "NULL"


def dnr_condition(q: DnrQuery, column: str) -> tuple[str, list]:
    """SQL (and its parameters) for a diarienummer key column matching the query: by year and
    serial (indexed, see schema.dnr_number_sql) and series prefix when the query names them,
    else by the exact key."""
    if q.number is None:
        return f"{column} = ?", [q.key]
    sql = f"{dnr_number_sql(column)} = ?"
    params: list = [q.number]
    if q.prefix:
        sql += f" AND substr({column}, 1, ?) IN (?, ?)"
        params += [len(q.prefix) + 1, f"{q.prefix}-", f"{q.prefix}/"]
    return sql, params


def narrowed(db: sqlite_utils.Database, q: DnrQuery) -> DnrQuery:
    """q as its exact key when it names a prefix and the register holds the number in the
    normal form PREFIX-YYYY/NNNNN: the common case, and the quickest lookup."""
    if q.number is None or q.prefix is None:
        return q
    held = db.execute("SELECT 1 FROM item_dnr WHERE key = ? UNION ALL SELECT 1 FROM decisions "
                      "WHERE dnr_key = ? LIMIT 1", [q.key, q.key]).fetchone()
    return DnrQuery(q.key) if held else q


class _Plan:
    """The SQL of one search: conditions on the joined rows, the set of items the most
    selective criterion allows (the plan starts from it, not from every item), the FTS query."""

    def __init__(self, db: sqlite_utils.Database, c: Criteria):
        self.db = db
        self.where: list[str] = []
        self.params: list = []
        self.drive: list[tuple[str, list]] = []
        self.match = fts_query(c.text) if c.text is not None else None
        self.person_ids: list[int] = []
        self.attendee_names: list[str] = []
        self.nothing = self.match == ""  # text given, but no word in it to look for
        self.text_first = bool(self.match) and not (c.dnr or c.person)
        if c.dnr:
            self._dnr(narrowed(db, read_dnr(c.dnr)))
        if c.person:
            self._person(c.person)
        if c.party:
            self._party(c.party.strip("() "))
        if c.body:
            self.where.append("meetbook_fold(coalesce(d.body, m.body)) LIKE ?")
            self.params.append(f"%{fold(c.body)}%")
        for value, op in ((c.date_from, ">="), (c.date_to, "<=")):
            if value:
                self.where.append(f"{DATE} {op} ?")
                self.params.append(_date(value))
        if self.match and not self.text_first:
            self.where.append("i.id IN (SELECT item_id FROM item_fts WHERE item_fts MATCH ?)")
            self.params.append(self.match)

    def _dnr(self, q: DnrQuery) -> None:
        on_decision, p1 = dnr_condition(q, "d.dnr_key")
        on_item, p2 = dnr_condition(q, "key")
        self.where.append(f"({on_decision} OR i.id IN (SELECT item_id FROM item_dnr "
                          f"WHERE {on_item}))")
        self.params += [*p1, *p2]
        self.drive.append((f"SELECT d.item_id FROM decisions d WHERE {on_decision} "
                           f"UNION SELECT item_id FROM item_dnr WHERE {on_item}", [*p1, *p2]))

    def _person(self, name: str) -> None:
        ids = self.person_ids = person_ids(self.db, name)
        names = self.attendee_names = attendee_names(self.db, name)
        self.where.append(
            "(EXISTS (SELECT 1 FROM positions WHERE decision_id = d.id AND "
            f"+person_id IN ({_marks(ids)})) OR EXISTS (SELECT 1 FROM attendance a WHERE "
            f"a.meeting_id = m.id AND a.folded IN ({_marks(names)}) AND {ATTENDED}))")
        self.params += [*ids, *names]
        self.drive.append((f"{POSITION_ITEMS} p.person_id IN ({_marks(ids)}) UNION SELECT "
                           "y.id FROM attendance a JOIN items y ON y.meeting_id = a.meeting_id "
                           f"WHERE a.folded IN ({_marks(names)})", [*ids, *names]))

    def _party(self, party: str) -> None:
        # checked per row through positions_decision (the + keeps the planner off the
        # upper(party) index of migration 3, which only the driving set below should use)
        self.where.append("EXISTS (SELECT 1 FROM positions WHERE decision_id = d.id AND "
                          "upper(+party) = upper(?))")
        self.params.append(party)
        self.drive.append((POSITION_ITEMS + "upper(p.party) = upper(?)", [party]))

    def _sql(self) -> tuple[str, list]:
        """The key query; a text search walks its matches instead of a driving set."""
        where, params = list(self.where), list(self.params)
        if self.drive and not self.text_first:
            where.insert(0, f"i.id IN ({self.drive[0][0]})")
            params = [*self.drive[0][1], *params]
        return SEARCH_KEYS + (" WHERE " + " AND ".join(where) if where else ""), params

    def keys(self, limit: int) -> list[tuple[str, str | None]]:
        if self.text_first:
            return self._text_keys(limit)
        sql, params = self._sql()
        return _pairs(fetch(self.db, sql + ORDER + " LIMIT ?", [*params, limit]))

    def _text_keys(self, limit: int) -> list[tuple[str, str | None]]:
        """Keys of a text search: the matches are walked newest meeting first (item_fts rowids
        are date keys), a batch at a time, until a page of rows meets the other criteria."""
        cur = self.db.execute("SELECT item_id FROM item_fts WHERE item_fts MATCH ? "
                              "ORDER BY rowid DESC", [self.match])
        found: list[tuple[str, str | None]] = []
        batch = max(limit, 100)
        sql, params = self._sql()
        while len(found) < limit:
            ids = [r[0] for r in cur.fetchmany(batch)]
            if not ids:
                break
            cond = f"i.id IN ({_marks(ids)})"
            page = sql + (" AND " if self.where else " WHERE ") + cond
            found += _pairs(fetch(self.db, page + ORDER + " LIMIT ?",
                                  [*params, *ids, limit - len(found)]))
            batch *= 2
        return found

    def count(self, skip: int, cap: int) -> int:
        """How many rows follow the first skip, counted up to cap."""
        sql, params = self._sql()
        if self.text_first:
            sql += (" AND " if self.where else " WHERE ") + \
                "i.id IN (SELECT item_id FROM item_fts WHERE item_fts MATCH ?)"
            params.append(self.match)
        total = self.db.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)",
                                [*params, skip + cap]).fetchone()[0]
        return max(0, total - skip)


def _date(value: str) -> str:
    try:
        return read_date(value)
    except ValueError as e:
        raise QueryError(str(e)) from None


def _pairs(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(k["item_id"], k["decision_id"]) for k in found]


ROW_SQL = """
SELECT coalesce(d.dnr, json_extract(i.dnr, '$[0]')) AS dnr,
       CASE WHEN d.id IS NULL THEN m.date ELSE d.date END AS date,
       coalesce(d.body, m.body) AS body, d.paragraph, d.kind, i.number AS item, i.title,
       m.municipality, f.name AS file, f.sha256, coalesce(d.page, i.first_page) AS page,
       d.id AS decision_id, i.id AS item_id, m.id AS meeting_id, f.imported_at,
       CASE WHEN d.id IS NULL THEN substr(i.text, 1, 4000) ELSE d.text END AS text
FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256
LEFT JOIN decisions d ON d.item_id = i.id
"""


def _result_rows(db: sqlite_utils.Database, keys: list[tuple[str, str | None]],
                 wanted: list[str]) -> list[dict]:
    """The result rows of the given (item, decision) keys, in their order, each with a snippet
    of its text around the words searched for."""
    if not keys:
        return []
    items = sorted({i for i, _ in keys})
    by_key = {(r["item_id"], r["decision_id"]): r
              for r in fetch(db, ROW_SQL + f" WHERE i.id IN ({_marks(items)})", items)}
    out = []
    for k in keys:
        row = dict(by_key[k])
        cut = snippet(row.pop("text"), wanted)
        row["snippet"], row["marks"] = cut.text, [list(m) for m in cut.marks]
        out.append(row)
    return out


def _add_roles(db: sqlite_utils.Database, found: list[dict], ids: list[int],
               names: list[str]) -> None:
    """Each row's "roles": how the person searched for appears in it ("yrkande bifall",
    "ledamot", "jäv" …)."""
    decisions = [r["decision_id"] for r in found if r["decision_id"]]
    meetings = sorted({r["meeting_id"] for r in found})
    by_decision: dict[str, list[str]] = {}
    for r in fetch(db, "SELECT decision_id, role, position FROM positions WHERE decision_id IN "
                       f"({_marks(decisions)}) AND person_id IN ({_marks(ids)})",
                   [*decisions, *ids]):
        # "yrkande bifall", "röst nej", "reservation"; a statement by its kind ("jäv" …)
        what = r["position"] if r["role"] in (r["position"], "yttrande") else \
            f"{r['role']} {r['position']}"
        by_decision.setdefault(r["decision_id"], []).append(what)
    at_meeting: dict[str, list[dict]] = {}
    for r in fetch(db, "SELECT meeting_id, role, jav_paragraphs FROM attendance WHERE meeting_id "
                       f"IN ({_marks(meetings)}) AND folded IN ({_marks(names)})",
                   [*meetings, *names]):
        at_meeting.setdefault(r["meeting_id"], []).append(r)
    for row in found:
        roles = by_decision.get(row["decision_id"], [])
        for a in at_meeting.get(row["meeting_id"], []):
            jav = row["paragraph"] in json.loads(a["jav_paragraphs"] or "[]")
            roles = [*roles, "jäv" if jav else a["role"]]
        row["roles"] = list(dict.fromkeys(roles))
