"""The facts checker itself: each kind of stated fact, when the export says otherwise, gives one
difference that names the document, the item, the decision and the field."""
import copy

import pytest

from tests.factcheck import compare, paragraphs_named

ANNA = {"name": "Anna Ek", "party": "S"}
BO = {"name": "Bo Ek", "party": "M"}
DECISION = {
    "kind": "beslut", "body": "Kommunstyrelsen", "date": "2025-06-10", "paragraph": 84,
    "proposed_to": None, "refers_back": False, "corrects": None,
    "clauses": [{"number": 1, "text": "Planen antas."}, {"number": 2, "text": "Uppdraget ges."}],
    "motions": [{"movers": [ANNA], "stance": "bifall"}, {"movers": [BO], "stance": "avslag"}],
    "votes": [{"yes": 1, "no": 1, "abstain": 0, "voters": [dict(ANNA, vote="ja"), dict(BO, vote="nej")]}],
    "reservations": [{"members": [BO]}],
    "statements": [{"kind": "protokollsanteckning", "members": [ANNA]}],
    "amounts": [{"value": 3140000, "currency": "SEK", "year": 2026, "clause": 1}],
    "assignments": [{"assignee": "förvaltningen", "text_has": ["delårsrapporten"]}],
}
FACTS = {
    "file": "x.pdf",
    "meeting": {"body": "Kommunstyrelsen", "date": "2025-06-10"},
    "attendance": [{"name": "Anna Ek", "party": "S", "role": "ledamot", "paragraphs": [84]}],
    "problems": [],
    "items": [{"number": "§ 84", "title": "Plan", "dnr": ["KS 2025/188"], "decisions": [DECISION]}],
}


def export_of(facts: dict) -> dict:
    """The export that states exactly the facts (the shape meetbook exports)."""
    items = []
    for it in facts["items"]:
        decisions = []
        for d in it["decisions"]:
            g = copy.deepcopy(d)
            g["motions"] = [dict(m, clauses=[], parties=[], text="") for m in g["motions"]]
            g["assignments"] = [{"assignee": "Förvaltningen", "text": "… delårsrapporten …"}]
            decisions.append(g)
        items.append({"number": it["number"], "title": it["title"], "dnr": ["KS-2025/00188"],
                      "decisions": decisions})
    attendance = [dict(a, paragraphs="deltar § 84", replaces=None, function=None)
                  for a in facts["attendance"]]
    return {"meetings": [{"source": {"file": "x.pdf"}, "body": "Kommunstyrelsen", "date": "2025-06-10",
                          "attendance": attendance, "items": items}]}


def differences(export: dict, problems=()) -> list[str]:
    return [str(d) for d in compare(FACTS, export, list(problems), doc="x").differences]


def test_the_export_that_states_the_facts_differs_in_nothing():
    c = compare(FACTS, export_of(FACTS), [], doc="x")
    assert c.differences == []
    assert sum(c.checked.values()) == sum(c.agreed.values()) > 20


def _decision(export: dict) -> dict:
    return export["meetings"][0]["items"][0]["decisions"][0]


LABEL = "x § 84 beslut[Kommunstyrelsen 2025-06-10 §84]"


@pytest.mark.parametrize("change, named", [
    (lambda d: d["votes"][0]["voters"].pop(0), f"{LABEL}.votes[0].voters: missing Anna Ek (S) ja"),
    (lambda d: d["votes"][0].update(yes=2), f"{LABEL}.votes[0].yes: want 1, got 2"),
    (lambda d: d["motions"][1].update(stance="återremiss"),
     f"{LABEL}.motions: not in the facts: Bo Ek (M) återremiss"),
    (lambda d: d["clauses"].insert(0, {"number": None, "text": "Kommunstyrelsen beslutar att"}),
     f"{LABEL}.clauses[0]: not in the facts: (None, 'Kommunstyrelsen beslutar att')"),
    (lambda d: d["clauses"][1].update(text="Uppdraget ges inte."),
     f"{LABEL}.clauses[1]: want (2, 'Uppdraget ges.'), got (2, 'Uppdraget ges inte.')"),
    (lambda d: d["reservations"].clear(), f"{LABEL}.reservations: missing Bo Ek (M)"),
    (lambda d: d["statements"][0].update(kind="jäv"),
     f"{LABEL}.statements: missing protokollsanteckning Anna Ek (S)"),
    (lambda d: d["amounts"][0].update(year=None),
     f"{LABEL}.amounts: missing 3140000 SEK year 2026 clause 1"),
    (lambda d: d["assignments"][0].update(text="något annat"),
     f"{LABEL}.assignments: missing 'förvaltningen' saying ['delårsrapporten']"),
    (lambda d: d.update(refers_back=True), f"{LABEL}.refers_back: want False, got True"),
    (lambda d: d.update(proposed_to="Kommunfullmäktige"),
     f"{LABEL}: proposed_to: want None, got 'Kommunfullmäktige'"),
    (lambda d: d.update(paragraph=85), f"{LABEL}: decision not found"),
])
def test_a_wrong_field_is_named(change, named):
    export = export_of(FACTS)
    change(_decision(export))
    assert named in differences(export)


def test_an_item_attendance_and_problems_are_named():
    export = export_of(FACTS)
    export["meetings"][0]["items"][0]["title"] = "Planen"
    export["meetings"][0]["attendance"][0]["paragraphs"] = None
    got = differences(export, problems=["§ 85 listed but not in the file"])
    assert "x § 84 title: want 'Plan', got 'Planen'" in got
    assert "x attendance Anna Ek (ledamot).paragraphs: want [84], got None" in got
    assert "x problems: reported, not in the facts: '§ 85 listed but not in the file'" in got
    export["meetings"][0]["items"].clear()
    assert "x items: missing § 84 'Plan'" in differences(export)


@pytest.mark.parametrize("note, numbers", [
    ("deltar §§ 140-143", [140, 141, 142, 143]),
    ("ersätter Rasmus Öberg (S) §§ 140-143, 146", [140, 141, 142, 143, 146]),
    ("deltar inte i § 145 p.g.a. jäv", [145]),
    ("kl. 18.25-", None),
    (None, None),
])
def test_an_attendance_note_names_its_paragraphs(note, numbers):
    assert paragraphs_named(note) == numbers
