"""Searching the register: criteria that forgive, pages with a count of the rest, people found
by attendance and jäv, a case number shared by several series.

The registers here are written from hand-made model objects (facts first), so every row the
searches should find is known.
"""
from __future__ import annotations

import pytest

from meetbook.errors import QueryError
from meetbook.model import Attendance, Decision, DecisionKind, FileKind, Item, Meeting, ParsedFile
from meetbook.register import open_register
from meetbook.register.query import case_history, case_numbers
from meetbook.register.search import Criteria, search, search_page
from meetbook.register.write import write_file


def _decision(par: int, dnr: str, text: str, date: str = "2025-03-04",
              body: str = "Överförmyndarnämnden") -> Decision:
    return Decision(DecisionKind.BESLUT, body, date, par, dnr, 1, text=text)


def _meeting(body: str, date: str, decisions: list[Decision], attendance=()) -> Meeting:
    items = tuple(Item(f"§ {d.paragraph}", f"Ärende {d.paragraph}", None,
                       (d.dnr,) if d.dnr else (), (1, 1), decisions=(d,)) for d in decisions)
    return Meeting("Exempelby kommun", body, date, None, (1, 1), items, tuple(attendance))


def write_example(path) -> None:
    """A register of two meetings: a nämnd whose cover notes §§ and jäv, and a KS whose case
    numbers share a number with the nämnd's or are printed Nykarleby's way."""
    register = open_register(path)
    cover = (Attendance("Åsa Öberg", "S", "ledamot", paragraphs="deltar inte i § 3 p.g.a. jäv"),
             Attendance("Bo Ek", "M", "ledamot", paragraphs="deltar §§ 1-2"),
             Attendance("Cia Lund", None, "tjänsteperson", function="nämndsekreterare"),
             Attendance("Dan Sten", "V", "frånvarande"))
    first = _meeting("Överförmyndarnämnden", "2025-03-04", [
        _decision(1, "ÖFN-2025/00667", "Nämnden beslutar att anta åtgärdsplanen."),
        _decision(2, "ÖFN-2024/00012", "Nämnden lägger rapporten till handlingarna."),
        _decision(3, "ÖFN-2025/00100", "Nämnden godkänner avtalet med föreningen."),
    ], cover)
    second = _meeting("Kommunstyrelsen", "2025-04-01", [
        _decision(10, "KS-2025/00667", "Kommunstyrelsen beslutar om budget.", "2025-04-01",
                  "Kommunstyrelsen"),
        _decision(11, "NKBY/121/00.05.01/2022", "Kommunstyrelsen antecknar informationen.",
                  "2025-04-01", "Kommunstyrelsen"),
    ])
    for n, m in enumerate((first, second)):
        write_file(register, ParsedFile(f"f{n}.pdf", f"{n}" * 64, 1, FileKind.PROTOKOLL,
                                        meetings=(m,)))
    register.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "r.db"
    write_example(path)
    return open_register(path, readonly=True)


def _found(db, **criteria) -> list[tuple[str | None, int | None]]:
    return [(r["dnr"], r["paragraph"]) for r in search(db, **criteria)]


@pytest.mark.parametrize("typed", ["ÖFN 667/2025", "öfn-2025-00667", "Dnr: ÖFN 2025/667",
                                   "öfn2025/667"])
def test_a_prefixed_dnr_in_any_spelling(db, typed):
    assert _found(db, dnr=typed) == [("ÖFN-2025/00667", 1)]


def test_a_number_without_prefix_finds_it_in_every_series(db):
    assert sorted(_found(db, dnr="2025/667")) == [("KS-2025/00667", 10), ("ÖFN-2025/00667", 1)]
    assert _found(db, dnr="667/2025") == _found(db, dnr="2025/667")


def test_a_slashed_series_is_found_by_number_and_year(db):
    for typed in ("NKBY/121/00.05.01/2022", "NKBY 121/2022", "121/2022"):
        assert _found(db, dnr=typed) == [("NKBY/121/00.05.01/2022", 11)], typed


def test_a_shared_number_asks_which_case(db):
    assert case_numbers(db, "2025/667") == ["KS-2025/00667", "ÖFN-2025/00667"]
    with pytest.raises(QueryError, match="2 cases.*KS-2025/00667.*prefix"):
        case_history(db, "2025/667")
    assert case_history(db, "ks 667/2025")["dnr"] == "KS-2025/00667"


def test_a_body_ignoring_case_and_diacritics(db):
    assert {p for _, p in _found(db, body="overformyndarnamnden")} == {1, 2, 3}


def test_text_snippets_mark_the_words(db):
    (row,) = search(db, text="atgardsplan")
    assert row["snippet"] == "Nämnden beslutar att anta åtgärdsplanen."
    assert [row["snippet"][a:b] for a, b in row["marks"]] == ["åtgärdsplanen"]


def test_a_person_who_only_attended(db):
    rows = search(db, person="bo ek")
    assert sorted(r["paragraph"] for r in rows) == [1, 2]    # "deltar §§ 1-2"
    assert all(r["roles"] == ["ledamot"] for r in rows)


def test_a_person_who_was_jaevig(db):
    rows = {r["paragraph"]: r["roles"] for r in search(db, person="Asa Oberg")}
    assert rows == {1: ["ledamot"], 2: ["ledamot"], 3: ["jäv"]}


def test_an_official_and_an_absent_member(db):
    assert {r["paragraph"] for r in search(db, person="Cia Lund")} == {1, 2, 3}
    assert search(db, person="Dan Sten") == []


def test_a_page_and_the_count_of_the_rest(db):
    page = search_page(db, Criteria(), limit=2)
    assert len(page.rows) == 2 and page.more == 3
    rest = search_page(db, Criteria(), limit=10, offset=2)
    assert len(rest.rows) == 3 and rest.more == 0
    assert {r["decision_id"] for r in page.rows}.isdisjoint(r["decision_id"] for r in rest.rows)


@pytest.mark.parametrize("text", ['"', "*", "(", "-", "   ", "🙂", "NEAR(", "a OR", "ÖFN-2025"])
def test_any_text_is_a_valid_search(db, text):
    search(db, text=text)


def test_a_text_without_words_finds_nothing(db):
    assert search(db, text="🙂") == [] and search(db, text="") == []


def test_an_impossible_date_is_a_query_error(db):
    with pytest.raises(QueryError, match="calendar"):
        search(db, date_from="2025-02-30")
    assert _found(db, date_from="1.4.2025") == [("KS-2025/00667", 10),
                                                ("NKBY/121/00.05.01/2022", 11)]
