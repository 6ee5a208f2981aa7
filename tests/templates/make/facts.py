"""Helpers for writing facts (format: TEAM.md, "Facts files"). They only shorten typing; every
value passed in is written by hand from the document's text."""
from __future__ import annotations

import re

from .people import Person, Seat


def m(tag: str) -> dict:
    """"Anna Berg (S)" or "Anna Berg" -> {"name", "party"}."""
    hit = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", tag.strip())
    if hit:
        return {"name": hit.group(1), "party": hit.group(2)}
    return {"name": tag.strip(), "party": None}


def motion(stance: str, *movers: str, parties: list[str] | None = None,
           clauses: list[int] | None = None) -> dict:
    out: dict = {"movers": [m(t) for t in movers], "stance": stance}
    if parties is not None:
        out["parties"] = parties
    if clauses is not None:
        out["clauses"] = clauses
    return out


def reservation(*members: str, parties: list[str] | None = None) -> dict:
    out: dict = {"members": [m(t) for t in members]}
    if parties is not None:
        out["parties"] = parties
    return out


def statement(kind: str, *members: str, parties: list[str] | None = None) -> dict:
    out: dict = {"kind": kind, "members": [m(t) for t in members]}
    if parties is not None:
        out["parties"] = parties
    return out


def amount(value: int, currency: str = "SEK", year: int | None = None,
           clause: int | None = None) -> dict:
    out: dict = {"value": value, "currency": currency}
    if year is not None:
        out["year"] = year
    if clause is not None:
        out["clause"] = clause
    return out


def assignment(assignee: str, *text_has: str) -> dict:
    out: dict = {"assignee": assignee}
    if text_has:
        out["text_has"] = list(text_has)
    return out


def vote(yes: int, no: int, abstain: int | None, seats: list[Seat] | None = None,
         verified: bool | None = None, voters: list[dict] | None = None) -> dict:
    out: dict = {"yes": yes, "no": no}
    if abstain is not None:
        out["abstain"] = abstain
    if verified is not None:
        out["verified"] = verified
    if seats is not None:
        out["voters"] = [s.fact() for s in seats]
    elif voters is not None:
        out["voters"] = voters
    return out


def clauses(*texts: str, numbered: bool = True) -> list[dict]:
    return [{"number": k if numbered else None, "text": t} for k, t in enumerate(texts, 1)]


def decision(kind: str, body: str, date: str | None, paragraph: int | None, **rest) -> dict:
    out = {"kind": kind, "body": body, "date": date, "paragraph": paragraph}
    if "proposed_to" not in rest:
        rest["proposed_to"] = None
    out.update(rest)
    return out


def attendee(p: Person, role: str, function: str | None = None, replaces: str | None = None,
             paragraphs: list[int] | None = None) -> dict:
    out: dict = {"name": p.name, "party": p.party, "role": role}
    if function is not None:
        out["function"] = function
    if replaces is not None:
        out["replaces"] = replaces
    if paragraphs is not None:
        out["paragraphs"] = paragraphs
    return out


def span(a: int, b: int) -> list[int]:
    return list(range(a, b + 1))


def empty(**kw) -> dict:
    """A decision's procedure and content, none of it present unless given."""
    base = {"motions": [], "votes": [], "reservations": [], "statements": [], "amounts": [],
            "assignments": [], "refers_back": False}
    base.update(kw)
    return base


def unstated(decision: dict, *keys: str, why: str) -> dict:
    """A decision whose keys are left unchecked, with the reason."""
    for key in keys:
        decision.pop(key)
    decision["_unstated"] = f"{', '.join(keys)}: {why}"
    return decision


def counted(seats: list[Seat], printed_absent: bool = True) -> dict:
    """A vote whose counts are its seats' and whose voters add up to them; printed_absent False
    for a list that names no member away (the empty seats are then no voters)."""
    from collections import Counter

    n = Counter(s.vote for s in seats)
    voters = [s.fact() for s in seats if printed_absent or s.vote != "frånvarande"]
    return vote(n["ja"], n["nej"], n["avstår"], voters=voters, verified=True)
