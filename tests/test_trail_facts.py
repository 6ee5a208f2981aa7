"""Hand-written facts of the documents the auditor's trail was built on (tests/facts/): the
Göteborg KS 2024-02-07 and KF 2025-06-18 development minutes and the Västerås paragraph.

The facts follow the team's facts format: a key present is checked in full, a key absent is
not stated, a list present is the complete list. Each difference names its field."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from meetbook.extract.dnr import canonical_key
from tests.conftest import CORPUS, SHARED

FACTS = sorted((Path(__file__).parent / "facts").glob("*.facts.json"))
DECISION_KEY = ("kind", "body", "date", "paragraph", "proposed_to")


def _pdf(name: str) -> Path:
    for folder in (SHARED / "real", SHARED, CORPUS):
        if (folder / name).exists():
            return folder / name
    pytest.skip(f"{name} is not here")


def _fold_space(text: str) -> str:
    return " ".join(text.split())


def _meeting_differences(want: dict, got: dict) -> list[str]:
    return [f"meeting.{k}: {got.get(k)!r} != {v!r}" for k, v in want.items() if got.get(k) != v]


def _item_differences(want: dict, got: dict) -> list[str]:
    where = want["number"]
    out = []
    if "title" in want and got["title"] != want["title"]:
        out.append(f"{where} title: {got['title']!r} != {want['title']!r}")
    if "dnr" in want and sorted(map(canonical_key, got["dnr"])) != sorted(
            map(canonical_key, want["dnr"])):
        out.append(f"{where} dnr: {got['dnr']} != {want['dnr']}")
    if "decisions" in want:
        out += _decisions_differences(where, want["decisions"], got["decisions"])
    return out


def _decisions_differences(where: str, want: list[dict], got: list[dict]) -> list[str]:
    key = lambda d: tuple(d.get(k) for k in DECISION_KEY)  # noqa: E731
    have = {key(d): d for d in got}
    out = []
    if Counter(map(key, got)) != Counter(map(key, want)):
        out.append(f"{where} decisions: {sorted(map(str, have))} != "
                   f"{sorted(str(key(d)) for d in want)}")
    for d in want:
        if key(d) in have:
            out += _decision_differences(f"{where} {d['kind']} {d.get('proposed_to') or ''}",
                                         d, have[key(d)])
    return out


def _decision_differences(where: str, want: dict, got: dict) -> list[str]:
    out = []
    if "refers_back" in want and got["refers_back"] != want["refers_back"]:
        out.append(f"{where} refers_back: {got['refers_back']} != {want['refers_back']}")
    if "clauses" in want:
        pairs = lambda cs: [(c["number"], _fold_space(c["text"])) for c in cs]  # noqa: E731
        if pairs(got["clauses"]) != pairs(want["clauses"]):
            out.append(f"{where} clauses: {pairs(got['clauses'])} != {pairs(want['clauses'])}")
    if "assignments" in want:
        out += _assignment_differences(where, want["assignments"], got["assignments"])
    if "assignment_events" in want:
        out += _event_differences(where, want["assignment_events"], got["assignment_events"])
    return out


def _assignment_differences(where: str, want: list[dict], got: list[dict]) -> list[str]:
    out = []
    if Counter(a["assignee"] for a in got) != Counter(a["assignee"] for a in want):
        out.append(f"{where} assignments.assignee: {[a['assignee'] for a in got]} != "
                   f"{[a['assignee'] for a in want]}")
    for a in want:
        for words in a.get("text_has", []):
            if not any(g["assignee"] == a["assignee"] and words in g["text"] for g in got):
                out.append(f"{where} assignments: none to {a['assignee']} says {words!r}")
    return out


def _event_differences(where: str, want: list[dict], got: list[dict]) -> list[str]:
    """Order-free: each stated event matches one exported event in the keys it states."""
    left = list(got)
    missing = []
    for w in want:
        match = next((g for g in left if all(g.get(k) == v for k, v in w.items())), None)
        if match is None:
            missing.append(w)
        else:
            left.remove(match)
    out = [f"{where} assignment_events: none is {json.dumps(w, ensure_ascii=False)}"
           for w in missing]
    out += [f"{where} assignment_events: not stated {json.dumps(g, ensure_ascii=False)}"
            for g in left]
    return out


def differences(facts: dict, data: dict) -> list[str]:
    """Every way the export differs from the facts, one line each, naming the field."""
    (meeting,) = [m for m in data["meetings"] if m["source"]["file"] == facts["file"]]
    out = _meeting_differences(facts.get("meeting", {}), meeting)
    got = {it["number"]: it for it in meeting["items"]}
    if "items" in facts:
        numbers = [it["number"] for it in facts["items"]]
        if sorted(got) != sorted(numbers):
            out.append(f"items: {sorted(got)} != {sorted(numbers)}")
        out += [d for it in facts["items"] if it["number"] in got
                for d in _item_differences(it, got[it["number"]])]
    return out


@pytest.mark.parametrize("path", FACTS, ids=[p.name.split(".")[0] for p in FACTS])
def test_the_export_states_the_facts(path, register_of):
    facts = json.loads(path.read_text(encoding="utf-8"))
    _, data = register_of(_pdf(facts["file"]))
    assert differences(facts, data) == []


def test_a_wrong_fact_is_named():
    facts = json.loads((Path(__file__).parent / "facts" /
                        "vasteras-ks-protokoll-213.facts.json").read_text(encoding="utf-8"))
    facts["items"][0]["decisions"][0]["assignment_events"] = [
        {"assignment": {"body": "Kommunfullmäktige", "date": "2023-01-01", "paragraph": 1,
                        "point": None}, "event": "fullgjort"}]
    data = {"meetings": [{"source": {"file": facts["file"]}, "municipality": "Västerås stad",
                          "body": "Kommunstyrelsen", "items": [
                              {"number": "§ 213", "title": "x", "dnr": ["KS-2024/00103"],
                               "decisions": []}]}]}
    found = differences(facts, data)
    assert any(f.startswith("§ 213 decisions:") for f in found)
