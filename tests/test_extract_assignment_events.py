"""Uppdrag given earlier as later decisions cite them, deadlines of new ones, and decisions
as people write them: one parametrized Swedish example per phrasing."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetbook.bodies import body_key, body_name, same_body
from meetbook.extract.assignment_events import (
    deadline,
    extract_events,
    parse_reference,
    points,
    with_deadlines,
)
from meetbook.model import Assignment, AssignmentRef, Clause


def events(text: str):
    return extract_events([Clause(1, text, 4)], "Göteborgs Stad")


def one(text: str):
    found = events(text)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ what the decision does


@pytest.mark.parametrize("text, kind, partial", [
    ("Redovisning av kommunstyrelsens uppdrag 2023-05-10 § 412 antecknas.", "redovisat", False),
    ("Redovisningen av kommunfullmäktiges uppdrag 2022-06-16 § 19 godkänns.", "redovisat", False),
    ("Delredovisning av kommunfullmäktiges uppdrag 2023-02-09 § 12 antecknas.", "redovisat",
     True),
    ("Återrapporteringen av socialnämndens uppdrag 2022-03-15 § 40 läggs till handlingarna.",
     "redovisat", False),
    ("Lägesrapport för KF:s uppdrag 2023-04-20 § 7 läggs till handlingarna.", "redovisat", True),
    ("Redovisning av kommunstyrelsens uppdrag 2018-05-23 § 492 antecknas och förklaras "
     "fullgjort.", "fullgjort", False),
    ("Kommunfullmäktiges uppdrag 2021-11-11 § 27, punkt 3, till kommunstyrelsen att ta fram en "
     "handlingsplan anses fullgjort.", "fullgjort", False),
    ("Kommunstyrelsens uppdrag 2023-05-10 § 412 avslutas.", "fullgjort", False),
    ("Uppdraget från KF 2022-06-09 § 32 förklaras slutfört.", "fullgjort", False),
    ("Kommunfullmäktiges uppdrag 2022-06-16 § 5 är därmed fullgjort.", "fullgjort", False),
    ("Kommunstyrelsens uppdrag 2023-05-10 § 412 kan därmed anses slutfört.", "fullgjort", False),
    ("Tiden för redovisning av kommunstyrelsens uppdrag 2023-05-10 § 412 förlängs till den 31 "
     "december 2025.", "förlängt", False),
    ("Ny tidpunkt för redovisning av KF:s uppdrag 2022-06-09 § 32 punkt 2 är senast i mars "
     "2026.", "förlängt", False),
    ("Kommunfullmäktiges uppdrag 2022-06-16 § 5 ändras så att redovisning sker i samband med "
     "årsrapporten.", "ändrat", False),
    ("Ansvaret för kommunstyrelsens uppdrag 2019-04-10 § 254 till stadsledningskontoret att "
     "samordna stadens arbete med älvkantsskydd övergår till exploateringsnämnden.", "ändrat",
     False),
    ("Kommunfullmäktiges uppdrag 2020-12-10 § 16 punkt 4 upphävs.", "upphävt", False),
    ("Kommunstyrelsens uppdrag 2019-04-10 § 254 till stadsledningskontoret återkallas.",
     "upphävt", False),
])
def test_the_event(text, kind, partial):
    e = one(text)
    assert (e.event.value, e.partial) == (kind, partial)
    assert e.text == text and e.page == 4 and e.clause == 1


@pytest.mark.parametrize("text, due", [
    ("Tiden för redovisning av kommunstyrelsens uppdrag 2023-05-10 § 412 förlängs till den 31 "
     "december 2025.", "2025-12-31"),
    ("Ny tidpunkt för redovisning av KF:s uppdrag 2022-06-09 § 32 punkt 2 är senast i mars "
     "2026.", "2026-03-31"),
])
def test_an_extension_keeps_its_new_deadline(text, due):
    assert one(text).due == due


def test_a_transfer_names_the_new_assignee():
    e = one("Ansvaret för kommunstyrelsens uppdrag 2019-04-10 § 254 till stadsledningskontoret "
            "att samordna stadens arbete med älvkantsskydd övergår till exploateringsnämnden.")
    assert (e.assignee, e.new_assignee) == ("stadsledningskontoret", "exploateringsnämnden")
    assert e.task == "att samordna stadens arbete med älvkantsskydd"


# ------------------------------------------------------------------ which uppdrag it cites


@pytest.mark.parametrize("text, ref", [
    ("Redovisning av kommunstyrelsens uppdrag 2018-05-23 § 492 antecknas.",
     AssignmentRef("Kommunstyrelsen", "2018-05-23", 492, None)),
    ("Redovisning av kommunfullmäktiges uppdrag 2024-03-21 § 109 punkt 21 antecknas.",
     AssignmentRef("Kommunfullmäktige", "2024-03-21", 109, 21)),
    ("Redovisning av kommunfullmäktiges uppdrag 2024-03-21 § 109 p. 21 antecknas.",
     AssignmentRef("Kommunfullmäktige", "2024-03-21", 109, 21)),
    ("Redovisning av kommunfullmäktiges uppdrag 2022-06-09 § 32, punkt 2, till socialnämnd "
     "Centrum antecknas.", AssignmentRef("Kommunfullmäktige", "2022-06-09", 32, 2)),
    ("Redovisning av kommunfullmäktiges uppdrag, 2024-06-19, § 265, att utreda skolskjutsen, "
     "antecknas.", AssignmentRef("Kommunfullmäktige", "2024-06-19", 265, None)),
    ("Kommunfullmäktiges uppdrag till trafiknämnden 2020-12-10 § 16, punkt 4, att återkomma "
     "med förslag, förklaras fullgjort.", AssignmentRef("Kommunfullmäktige", "2020-12-10", 16, 4)),
    ("Kommunfullmäktige förklarar uppdraget, som lämnades av kommunfullmäktige 16 juni 2020, "
     "§ 72, för avslutat.", AssignmentRef("Kommunfullmäktige", "2020-06-16", 72, None)),
    ("Redovisning av KS uppdrag 2021-10-27 §813 antecknas.",
     AssignmentRef("Kommunstyrelsen", "2021-10-27", 813, None)),
    ("Redovisning av stadsstyrelsens uppdrag 5.9.2022 186 § antecknas.",
     AssignmentRef("Stadsstyrelsen", "2022-09-05", 186, None)),
    ("Delredovisning av kommunfullmäktiges uppdrag att ta fram en studentstadsstrategi "
     "antecknas.", AssignmentRef("Kommunfullmäktige", None, None, None)),
])
def test_the_uppdrag_cited(text, ref):
    assert one(text).assignment == ref


@pytest.mark.parametrize("text, cited", [
    ("Uppdragen enligt KF 2022-06-09 § 32, punkterna 2–3, förklaras fullgjorda.", [2, 3]),
    ("Uppdragen enligt KF 2022-06-09 § 32 punkterna 1 och 2 förklaras fullgjorda.", [1, 2]),
    ("Uppdraget enligt KF 2022-06-09 § 32 att-sats 3 förklaras fullgjort.", [3]),
])
def test_several_points_are_several_uppdrag(text, cited):
    assert [e.assignment.point for e in events(text)] == cited


def test_several_uppdrag_in_one_clause():
    found = events("Kommunstyrelsens uppdrag 2021-10-27 § 813 till stadsledningskontoret att "
                   "utreda äldres behov och kommunfullmäktiges uppdrag 2022-01-12 § 20 punkt 3 "
                   "till kommunstyrelsen att ta fram en plan förklaras fullgjorda.")
    assert [(e.assignment, e.assignee, e.task) for e in found] == [
        (AssignmentRef("Kommunstyrelsen", "2021-10-27", 813, None), "stadsledningskontoret",
         "att utreda äldres behov"),
        (AssignmentRef("Kommunfullmäktige", "2022-01-12", 20, 3), "kommunstyrelsen",
         "att ta fram en plan")]
    assert {e.event.value for e in found} == {"fullgjort"}


def test_several_decisions_of_one_body():
    found = events("Kommunstyrelsens uppdrag 2021-10-27 § 813 och 2022-01-12 § 20 förklaras "
                   "fullgjorda.")
    assert [(e.assignment.body, e.assignment.date, e.assignment.paragraph) for e in found] == [
        ("Kommunstyrelsen", "2021-10-27", 813), ("Kommunstyrelsen", "2022-01-12", 20)]


def test_a_renamed_body_keeps_its_former_name_as_printed():
    e = one("Redovisning av kommunstyrelsens uppdrag 2018-05-23 § 492 till socialnämnd Centrum "
            "(dåvarande Social resursnämnd), att lämna förslag till ny plan för staden mot våld "
            "i nära relationer 2020-2023, antecknas och förklaras fullgjort.")
    assert e.assignee == "socialnämnd Centrum (dåvarande Social resursnämnd)"
    assert e.task == "att lämna förslag till ny plan för staden mot våld i nära relationer " \
                     "2020-2023"


@pytest.mark.parametrize("text, assignee, task", [
    ("Enligt kommunstyrelsens förslag: Redovisning av kommunfullmäktiges uppdrag 2024-03-21 § 109 "
     "punkt 21 till nämnden för Intraservice, att ta fram förslag på utvecklingsarbete, antecknas "
     "och förklaras fullgjort.", "nämnden för Intraservice", "att ta fram förslag på "
     "utvecklingsarbete"),
    ("Delrapport av kommunfullmäktiges uppdrag givet i budget 2023, att miljö- och "
     "klimatnämnden får i uppdrag att inrätta en samarbetsfunktion, antecknas.",
     "miljö- och klimatnämnden", "att miljö- och klimatnämnden får i uppdrag att inrätta en "
     "samarbetsfunktion"),
    ("Kommunstyrelsen godkänner återrapporteringen av uppdraget att utreda digitala "
     "bygglovsansökningar och förklarar uppdraget slutfört.", None,
     "att utreda digitala bygglovsansökningar"),
])
def test_assignee_and_task_as_printed(text, assignee, task):
    e = one(text)
    assert (e.assignee, e.task) == (assignee, task)


@pytest.mark.parametrize("text", [
    "Taxa för offentlig kontroll, antagen av kommunfullmäktige 2023-11-07, § 181, upphör "
    "samtidigt att gälla.",
    "Emma Altenhammar (SD) entledigas från uppdraget som ledamot i grundskolenämnden.",
    "Stadsdirektören får i uppdrag att underteckna avsiktsförklaringen.",
    "Kostnaden för uppdraget i punkt 2, 450 000 kronor per år 2025–2027, finansieras inom "
    "kommunstyrelsens budget.",
    "Uppdraget återrapporteras i stadsmiljönämnden.",
    "Nämnden för demokrati och medborgarservice får därutöver i uppdrag att inrätta funktionen.",
    "Simona Mohamssons (L) förordnande som politisk sekreterare förlängs till den 17 mars 2024.",
    "Uppdraget innefattar även att utreda hur taxan ska justeras.",
    "I uppdraget ingår att föreslå hur reglementet bör ändras.",
])
def test_no_event_where_no_earlier_uppdrag_is_handled(text):
    assert events(text) == []


def test_an_event_and_a_new_uppdrag_in_one_clause():
    found = events("Redovisning av kommunfullmäktiges uppdrag 2024-06-19 § 281 till nämnden för "
                   "demokrati och medborgarservice antecknas och förklaras fullgjort. Nämnden "
                   "för demokrati och medborgarservice får därutöver i uppdrag att inrätta "
                   "funktionen.")
    assert [(e.assignment.paragraph, e.event.value) for e in found] == [(281, "fullgjort")]


@pytest.mark.parametrize("text, numbers", [
    ("punkt 21", [21]), ("p. 21", [21]), ("punkterna 2–3", [2, 3]), ("punkterna 2-4", [2, 3, 4]),
    ("punkterna 1, 3 och 5", [1, 3, 5]), (None, [None]),
])
def test_points(text, numbers):
    assert points(text) == numbers


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("uppdragKSF§ 0123456789-.,:()åäöantecknasfullgjort"
                                             "tilaväp")), max_size=200))
def test_never_crashes(text):
    for e in events(text):
        assert e.event and e.text


# ------------------------------------------------------------------ deadlines


@pytest.mark.parametrize("text, due, said", [
    ("Uppdraget ska redovisas senast 30 september 2025.", "2025-09-30", "senast 30 september 2025"),
    ("Uppdraget återrapporteras till kommunstyrelsen i mars 2025.", "2025-03-31", "i mars 2025"),
    ("och återrapportera till kommunstyrelsen senast i juni 2025.", "2025-06-30",
     "senast i juni 2025"),
    ("Uppdraget återrapporteras i idrotts- och föreningsnämnden under oktober 2025.",
     "2025-10-31", "under oktober 2025"),
    ("Uppdraget återrapporteras i lokalnämnden under våren 2026.", "2026-06-30",
     "under våren 2026"),
    ("att ta fram en plan senast under andra kvartalet 2025.", "2025-06-30",
     "senast under andra kvartalet 2025"),
    ("att återrapportera genomförda åtgärder till kommunstyrelsen senast 2026-03-31.",
     "2026-03-31", "senast 2026-03-31"),
    ("att senast 2026 ta fram en skyfallsplan.", "2026-12-31", "senast 2026"),
    ("att senast den 30 juni 2025 redovisa en plan för taxorna till och med 2030.", "2025-06-30",
     "senast den 30 juni 2025"),
])
def test_deadline(text, due, said):
    assert deadline(text) == (due, said)


@pytest.mark.parametrize("text", [
    "att utreda möjligheterna för en samordnad inspark inför terminsstart hösten 2026.",
    "att sänka kostnaderna med 15 procent till och med 2029.",
    "att redovisa utfallet i 2026 års budget.",
    "Uppdraget återrapporteras i stadsmiljönämnden.",
])
def test_no_deadline(text):
    assert deadline(text) is None


def test_a_deadline_in_the_next_clause_is_the_uppdrag_s():
    clauses = [Clause(1, "Kungsbacka kommun ska ta fram en plan för laddinfrastruktur."),
               Clause(2, "Kommunstyrelsen ger förvaltningen i uppdrag att ta fram en plan."),
               Clause(3, "Uppdraget ska återrapporteras till kommunstyrelsen senast den 31 mars "
                         "2026.")]
    given = [Assignment("förvaltningen", clauses[1].text, 2)]
    assert with_deadlines(given, clauses, "2025-06-10")[0].due == "2026-03-31"


def test_a_deadline_for_named_points():
    clauses = [Clause(1, "Stadsledningskontoret får i uppdrag att återkomma med förslag."),
               Clause(2, "Stadsdirektören får i uppdrag att utse kontaktpersoner senast den 1 "
                         "juni 2025."),
               Clause(3, "Uppdragen i punkterna 1–2 ska redovisas till kommunstyrelsen senast "
                         "den 31 oktober 2025.")]
    given = [Assignment("Stadsledningskontoret", clauses[0].text, 1),
             Assignment("Stadsdirektören", clauses[1].text, 2)]
    assert [a.due for a in with_deadlines(given, clauses, "2025-03-19")] == [
        "2025-10-31", "2025-06-01"]


def test_a_date_before_the_decision_is_no_deadline():
    clauses = [Clause(1, "Nämnden får i uppdrag att redovisa utfallet under 2023.")]
    given = [Assignment("Nämnden", clauses[0].text, 1)]
    assert with_deadlines(given, clauses, "2024-02-07")[0].due is None


# ------------------------------------------------------------------ a decision as typed


@pytest.mark.parametrize("typed, ref", [
    ("KS 2018-05-23 § 492", AssignmentRef("Kommunstyrelsen", "2018-05-23", 492, None)),
    ("kommunstyrelsen 2018-05-23 §492", AssignmentRef("Kommunstyrelsen", "2018-05-23", 492, None)),
    ("KF 2024-03-21 § 109 punkt 21", AssignmentRef("Kommunfullmäktige", "2024-03-21", 109, 21)),
    ("Kommunfullmäktige 2024-03-21, § 109 p. 21",
     AssignmentRef("Kommunfullmäktige", "2024-03-21", 109, 21)),
    ("KF:s beslut 2024-03-21 § 109", AssignmentRef("Kommunfullmäktige", "2024-03-21", 109, None)),
    ("kommunfullmäktige den 16 juni 2020, § 72",
     AssignmentRef("Kommunfullmäktige", "2020-06-16", 72, None)),
    ("2022-06-09 § 32", AssignmentRef(None, "2022-06-09", 32, None)),
])
def test_parse_reference(typed, ref):
    assert parse_reference(typed) == ref


@pytest.mark.parametrize("typed", ["2022:3", "KS-2025/00667", "KS 2018-05-23", "hello"])
def test_not_a_reference(typed):
    assert parse_reference(typed) is None


# ------------------------------------------------------------------ bodies


@pytest.mark.parametrize("written, name", [
    ("KS", "Kommunstyrelsen"), ("KF:s", "Kommunfullmäktige"), ("ksau", "Ksau"),
    ("KSAU", "Kommunstyrelsens arbetsutskott"), ("kommunstyrelsens", "Kommunstyrelsen"),
    ("kommunfullmäktiges", "Kommunfullmäktige"), ("socialnämndens", "Socialnämnden"),
    ("nämnden för Intraservice", "Nämnden för Intraservice"),
])
def test_body_name(written, name):
    assert body_name(written) == name


@pytest.mark.parametrize("a, b", [
    ("KS", "kommunstyrelsens"), ("Kommunstyrelsen", "kommunstyrelse"),
    ("socialnämnd Centrum (dåvarande Social resursnämnd)", "Socialnämnden Centrum"),
    ("KF", "Kommunfullmäktiges"), ("arbetsutskottet", "Arbetsutskottets"),
])
def test_same_body(a, b):
    assert same_body(a, b) and body_key(a) == body_key(b)


@pytest.mark.parametrize("a, b", [("KS", "KF"), ("Socialnämnden Centrum", "Socialnämnden Hisingen"),
                                  ("Kommunstyrelsen", None)])
def test_other_bodies(a, b):
    assert not same_body(a, b)
