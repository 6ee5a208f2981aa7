"""The model assembled from segments: bodies, återremiss, an agenda table's proposals, what a
profile adds, a decision from its block, and items of a protocol and a book."""
from __future__ import annotations

import pytest

from meetbook.assemble import aterremiss, bodies, conventions
from meetbook.assemble.decision import decision
from meetbook.assemble.items import book_items, protocol_items
from meetbook.assemble.table_proposals import table_proposal
from meetbook.extract.clauses import Block
from meetbook.model import Clause, Currency, DecisionKind, DocumentKind, lines_from_text
from meetbook.segment.agenda import AgendaEntry
from meetbook.segment.cover import Cover
from tests.pagemaker import line, page, text_page

KS = Cover(municipality="Kungsbacka kommun", body="Kommunstyrelsen", date="2025-04-22", place=None)


@pytest.mark.parametrize("said, default, body", [
    ("Näringslivs- och arbetsutskottet", "Kommunstyrelsens näringslivs- och arbetsutskott",
     "Kommunstyrelsens näringslivs- och arbetsutskott"),
    ("kommunfullmäktige", "Kommunstyrelsen", "Kommunfullmäktige"),
    ("kommunstyrelsen", "Kommunstyrelsen", "Kommunstyrelsen"),
    (None, "Kommunstyrelsen", "Kommunstyrelsen")])
def test_the_deciding_body_by_its_full_name(said, default, body):
    assert bodies.resolve_body(said, default) == body


@pytest.mark.parametrize("said, municipality, body", [
    ("fullmäktige", "Nykarleby stad", "Stadsfullmäktige"),  # the profile's name of the body
    ("kommunfullmäktige", None, "Kommunfullmäktige"),
    ("fullmäktige", "Vikhamns stad", "Stadsfullmäktige"),  # the stadsstyrelse's fullmäktige
    ("Anna Berg", None, None)])
def test_the_body_a_proposal_goes_to(said, municipality, body):
    origin = Cover(municipality=municipality, body="Stadsstyrelsen", date=None, place=None)
    assert bodies.proposed_to(said, origin) == body


@pytest.mark.parametrize("said, origin_body, body", [
    ("fullmäktige", "Kommunstyrelsen", "Kommunfullmäktige"),
    ("Fullmäktige", "Regionstyrelsen", "Regionfullmäktige"),
    ("styrelsen", "Stadsfullmäktige", "Stadsstyrelsen"),
    ("fullmäktige", "Tekniska nämnden", "Kommunfullmäktige"),  # a kommun's: kommunfullmäktige
    ("nämnden", "Kommunstyrelsen", "Nämnden"),
    ("nämnden", "Omsorgsnämnden", "Omsorgsnämnden"),           # the minuted nämnd itself
    ("nämnden", "Omsorgsnämndens arbetsutskott", "Omsorgsnämnden"),  # the utskott's nämnd
    ("utskottet", "Socialnämndens individutskott", "Socialnämndens individutskott"),
    ("styrelsen", "Kommunstyrelsen", "Kommunstyrelsen"),
])
def test_a_bare_council_is_the_one_of_the_proposing_body(said, origin_body, body):
    origin = Cover(municipality="Sörby kommun", body=origin_body, date=None, place=None)
    assert bodies.proposed_to(said, origin) == body


def test_a_stads_namnd_names_a_council_that_is_not_known():
    # a stad's council may be a stadsfullmäktige (Finland) or a kommunfullmäktige (Sweden)
    origin = Cover(municipality="Vikhamns stad", body="Tekniska nämnden", date=None, place=None)
    assert bodies.proposed_to("fullmäktige", origin) == "Fullmäktige"


def test_the_body_a_running_header_names_before_a_date():
    assert bodies.body_in_header([line("Protokollsutdrag", 20), line("Kommunstyrelsen 2026-04-14", 30)]) \
        == "Kommunstyrelsen"
    assert bodies.body_in_header([line("Sida 3 av 7", 20)]) is None


@pytest.mark.parametrize("text, refers_back", [
    ("Ärendet återremitteras till förvaltningen för komplettering.", True),
    ("Kommunstyrelsen beslutar att återremittera ärendet.", True),
    ("Anna Berg (S) yrkar att ärendet återremitteras.", False),
    ("Kommunstyrelsen avslår återremissyrkandet.", False),
    ("Rapporten läggs till handlingarna.", False)])
def test_a_decision_that_sends_the_case_back(text, refers_back):
    assert aterremiss.refers_back(text) is refers_back


def test_the_proposals_of_an_agenda_tables_proposal_cell():
    entry = AgendaEntry(
        number="8", title="Taxa", section=None, page_ref=None, page=3,
        dnr=(("KS-2025/00177", "2025-00177"),),
        proposal="Förslag till beslut i kommunstyrelsen Kommunstyrelsen godkänner taxan. "
                 "Taxan gäller från 1 januari. Kommunstyrelsens förslag till beslut i "
                 "kommunfullmäktige 1. Kommunfullmäktige antar taxan. 2. Taxan om 1 200 kronor "
                 "per timme gäller från 2026.")
    own, to_kf = table_proposal(entry, KS)
    assert (own.kind, own.body, own.date, own.dnr, own.page) == (
        DecisionKind.FORSLAG, "Kommunstyrelsen", "2025-04-22", "KS-2025/00177", 3)
    assert [c.text for c in own.clauses] == [
        "Kommunstyrelsen godkänner taxan. Taxan gäller från 1 januari."]
    assert (to_kf.body, to_kf.date) == ("Kommunfullmäktige", None)
    assert [(c.number, c.text) for c in to_kf.clauses] == [
        (1, "Kommunfullmäktige antar taxan."), (2, "Taxan om 1 200 kronor per timme gäller från 2026.")]
    assert [(a.value, a.currency) for a in to_kf.amounts] == [(1200, Currency.SEK)]


def test_what_the_profile_adds():
    assert conventions.currency(KS) == Currency.SEK
    assert conventions.currency(Cover(municipality=None, body=None, date=None, place=None)) is None
    # a bare reference takes the prefix the profile gives the body
    assert conventions.bare_dnr((("2025-00186", "2025-00186"),), KS) == (("KS-2025/00186", "2025-00186"),)
    unknown = Cover(municipality=None, body="Kommunstyrelsen", date=None, place=None)
    assert conventions.bare_dnr((("2025-00186", "2025-00186"),), unknown) == (("2025-00186", "2025-00186"),)
    named = conventions.with_profile(unknown, [text_page("Protokoll\nwww.kungsbacka.se")])
    assert named.municipality == "Kungsbacka kommun"


def _block(text: str, heading: str = "Beslut") -> Block:
    return Block(heading=heading, lines=tuple(lines_from_text(text, page=4)), page=4)


def test_a_beslut_is_the_minuted_bodys_own_also_when_it_proposes():
    block = _block("Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
                   "att anta taxan,\natt ge kommundirektören i uppdrag att följa upp taxan.")
    made = decision(block, DecisionKind.BESLUT, "KS-2025/00177", KS, 76, KS.date)
    assert (made.kind, made.body, made.date, made.paragraph, made.dnr, made.page) == (
        DecisionKind.BESLUT, "Kommunstyrelsen", "2025-04-22", 76, "KS-2025/00177", 4)
    assert made.proposed_to == "Kommunfullmäktige"
    assert made.clauses == (Clause(None, "att anta taxan,", 4),
                            Clause(None, "att ge kommundirektören i uppdrag att följa upp taxan.", 4))
    assert [a.assignee for a in made.assignments] == ["Kommundirektören"]
    assert not made.refers_back


def test_a_forslag_is_for_the_body_its_intro_names():
    block = _block("Kommunfullmäktige beslutar\natt anta taxan.", heading="Förslag till beslut")
    made = decision(block, DecisionKind.FORSLAG, None, KS, None, None)
    assert (made.kind, made.body, made.date) == (DecisionKind.FORSLAG, "Kommunfullmäktige", None)


def test_the_items_of_a_protocol():
    cover_page = text_page("**Protokoll**\nKommunstyrelsen\nSammanträdesdatum 2025-04-22")
    para = page(line("§ 76 Dnr KS-2025-00177", 80, bold=True), line("Taxa för tillsyn", 95, bold=True),
                line("Beslut", 125, bold=True), line("Kommunstyrelsen beslutar", 145),
                line("att anta taxan.", 159), number=2)
    (item,) = protocol_items([cover_page, para], KS)
    assert (item.number, item.title, item.dnr, item.pages) == (
        "§ 76", "Taxa för tillsyn", ("KS-2025/00177",), (2, 2))
    assert [(d.kind, d.title, d.pages) for d in item.documents] == [
        (DocumentKind.PROTOKOLL, "Taxa för tillsyn", (2, 2))]
    (made,) = item.decisions
    assert (made.kind, made.body, made.date, made.paragraph, made.text) == (
        DecisionKind.BESLUT, "Kommunstyrelsen", "2025-04-22", 76, "att anta taxan.")


def test_the_items_of_a_book():
    agenda_page = text_page("**Dagordning**\n189/26 Taxa för tillsyn ........ 2\n190/26 Övrigt ...... 3")
    paper = text_page("**Tjänsteskrivelse**\nDiarienummer: KS-2025/00177\n**Taxa för tillsyn**\n"
                      "**Förslag till beslut**\nKommunstyrelsen beslutar\natt anta taxan.", 2,
                      footer=(line("1 av 1", 800),))
    items = book_items([agenda_page, paper], KS)
    assert [(i.number, i.title, i.dnr, i.pages) for i in items] == [
        ("189/26", "Taxa för tillsyn", ("KS-2025/00177",), (2, 2)), ("190/26", "Övrigt", (), (1, 1))]
    (made,) = items[0].decisions
    assert (made.kind, made.body, made.date, made.dnr) == (
        DecisionKind.FORSLAG, "Kommunstyrelsen", "2025-04-22", "KS-2025/00177")
