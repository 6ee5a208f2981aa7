"""What people type, read leniently: diarienummer, dates, words, snippets, §§ in attendance."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.register.attendance import Participation, participation
from meetbook.register.terms import DnrQuery, fts_query, read_date, read_dnr, snippet, words


@pytest.mark.parametrize("typed", [
    "KS-2025/00667", "KS 2025/667", "ks-2025-00667", "Dnr KS-2025/00667", "Dnr: KS-2025-00667",
    "KS 667/2025", "ks2025/667", "KS2025-667", " ks 2025 / 00667 ", "Diarienummer KS 2025/667",
    "KS 2025/00667-1.4.2", "KS-2025/00667:6", "dnr. ks 667-2025",
])
def test_every_spelling_of_a_prefixed_dnr(typed):
    assert read_dnr(typed) == DnrQuery("ks-2025/00667", "2025/00667", "ks")


@pytest.mark.parametrize("typed", ["2025/667", "667/2025", "2025-00667", "Dnr 2025/667"])
def test_a_dnr_without_prefix_is_its_year_and_number(typed):
    q = read_dnr(typed)
    assert (q.number, q.prefix) == ("2025/00667", None)


@pytest.mark.parametrize("typed, number, prefix", [
    ("NKBY/121/00.05.01/2022", "2022/00121", "nkby"),   # series/number/classification/year
    ("SLK-2024-01113", "2024/01113", "slk"),
    ("KS-2020/123456", "2020/123456", "ks"),
])
def test_other_series(typed, number, prefix):
    q = read_dnr(typed)
    assert (q.number, q.prefix) == (number, prefix)


@pytest.mark.parametrize("typed", ["0408/23", "25264", "KS", ""])
def test_what_names_no_year_is_matched_as_typed(typed):
    q = read_dnr(typed)
    assert q.number is None and q.prefix is None


@pytest.mark.parametrize("query, printed, same", [
    ("KS 667/2025", "KS-2025/00667", True),
    ("2025/667", "KF-2025/00667", True),
    ("KS 2025/667", "KF-2025/00667", False),
    ("NKBY 121/2022", "NKBY/121/00.05.01/2022", True),
    ("121/2022", "NKBY/121/00.05.01/2022", True),
    ("0408/23", "0408/23", True),
    ("0408/23", "0409/23", False),
])
def test_matches(query, printed, same):
    assert read_dnr(query).matches(printed) is same


@pytest.mark.parametrize("typed, iso", [
    ("2026-05-19", "2026-05-19"), ("2026-5-9", "2026-05-09"), ("1.1.2026", "2026-01-01"),
    ("19.05.2026", "2026-05-19"), (" 29.2.2024 ", "2024-02-29"),
])
def test_dates(typed, iso):
    assert read_date(typed) == iso


@pytest.mark.parametrize("typed", ["2026-13-01", "2025-02-30", "igår", "2026/05/19", "19 maj 2026",
                                   "", "31.4.2026", "2026-05-19T10:00"])
def test_impossible_dates_say_why(typed):
    with pytest.raises(ValueError, match="date"):
        read_date(typed)


@pytest.mark.parametrize("typed, query", [
    ("Åtgärdsplan", '"atgardsplan"*'),
    ("IOP-avtal", '"iop"* "avtal"*'),
    ('"', ""), ("*", ""), ("(", ""), ("-", ""), ("   ", ""), ("🙂", ""),
    ("NEAR(", '"near"*'), ("a OR", '"a"* "or"*'), ("x_y", '"x"* "y"*'),
])
def test_fts_query_quotes_every_word(typed, query):
    assert fts_query(typed) == query


@given(st.text())
def test_fts_query_is_valid_fts5_for_any_text(text):
    import sqlite3

    q = fts_query(text)
    assert words(text) or q == ""
    if q:
        con = sqlite3.connect(":memory:")
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
        con.execute("SELECT * FROM t WHERE t MATCH ?", [q]).fetchall()


def test_snippet_shows_the_words_found_ignoring_diacritics():
    text = ("Rapporten läggs till handlingarna. " * 10 + "Kommunstyrelsen får i uppdrag att se "
            "över möjligheten att ta fram ett hållbarhetsprogram. Slut.")
    s = snippet(text, words("hallbarhetsprogram"), width=120)
    assert s.text.startswith("… ") and "se över möjligheten" in s.text
    assert [s.text[a:b] for a, b in s.marks] == ["hållbarhetsprogram"]


def test_snippet_without_words_is_the_beginning():
    s = snippet("Beslutet fattas. " * 40, [], width=50)
    assert s.text.startswith("Beslutet fattas.") and s.text.endswith(" …") and not s.marks


@pytest.mark.parametrize("note, role, expected", [
    ("deltar §§ 215-228", "ledamot", Participation(only=tuple(range(215, 229)))),
    ("deltar inte i § 226 p.g.a. jäv", "ledamot", Participation(absent=(226,), jav=(226,))),
    ("deltar inte i §§ 98-99 p.g.a. jäv", "ledamot", Participation(absent=(98, 99), jav=(98, 99))),
    ("vid § 77 p.g.a. jäv", "tjänstgörande ersättare", Participation(only=(77,))),
    ("§§ 69-76, 78-105", "ersättare", Participation(only=(*range(69, 77), *range(78, 106)))),
    ("§ 42 och 43", "ersättare", Participation(only=(42, 43))),
    ("ej § 5", "ledamot", Participation(absent=(5,))),
    ("kl. 13.00-15.30", "ledamot", Participation()),       # no § in the note: says nothing
    (None, "ledamot", Participation()),
    (None, "frånvarande", Participation(only=())),
    ("§§ 1-99999", "ledamot", Participation()),          # no real range
])
def test_participation(note, role, expected):
    assert participation(note, role) == expected
