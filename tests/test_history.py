"""A case's history: the same whatever the import order; a rättelse never changes the original."""
from __future__ import annotations

import json

from meetbook.register import open_register
from meetbook.register.export import export
from meetbook.register.query import case_history
from tests.conftest import BOOK, VAS


def _strip_ids(x):
    if isinstance(x, dict):
        return {k: _strip_ids(v) for k, v in x.items() if k != "id"}
    if isinstance(x, list):
        return [_strip_ids(v) for v in x]
    return x


def test_history_does_not_depend_on_import_order(register_of):
    a = open_register(register_of(BOOK, VAS)[0])
    b = open_register(register_of(VAS, BOOK)[0])
    for dnr in ("KS-2025/00667", "KS-2024/00103"):
        assert json.dumps(case_history(a, dnr)) == json.dumps(case_history(b, dnr))
    assert _strip_ids(export(a)) == _strip_ids(export(b))


def test_rattelse_keeps_the_original_and_shows_what_is_in_force(register_of):
    db = open_register(register_of(BOOK)[0])
    steps = case_history(db, "KS 2025/667")["steps"]
    original = next(s for s in steps if s["paragraph"] == 76)
    fix = next(s for s in steps if s["corrects"])
    assert steps.index(original) < steps.index(fix)
    stored = {c["number"]: c["text"] for c in original["clauses"]}
    assert stored[3].endswith("uppgår till 2 703 968 kr")  # the original as decided
    in_force = {c["number"]: c for c in original["in_force"]}
    assert "1 687 050 för 2026" in in_force[3]["text"]
    assert in_force[3]["replaced"] == stored[3]
    assert in_force[1]["replaced"] is None


def test_the_earlier_aterremiss_is_part_of_the_history(register_of):
    db = open_register(register_of(VAS)[0])
    steps = case_history(db, "ks-2024-00103")["steps"]
    assert steps[0]["date"] == "2024-05-08" and steps[0]["outcome"] == "återremiss"
    assert steps[0]["file"] == VAS.name and steps[0]["page"]
