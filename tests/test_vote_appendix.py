"""Voting appendices: which lists of voters are printed apart from their §, what their
headings say, that no § holds their lines, and which vote each list is given to."""
from __future__ import annotations

from dataclasses import replace

import pytest

from meetbook.assemble.roster import with_full_names
from meetbook.assemble.vote_appendix import with_appendix_reservations, with_appendix_votes
from meetbook.extract.vote_lists import VoteList
from meetbook.model import (
    Attendance,
    Decision,
    DecisionKind,
    FileKind,
    Item,
    Line,
    Member,
    Reservation,
    Vote,
    VoteChoice,
    Voter,
)
from meetbook.parse import parse_meeting
from meetbook.segment.paragraphs import paragraphs
from meetbook.segment.vote_appendix import AppendixList, appendix_lines, appendix_lists
from tests.pagemaker import line, page, row

JA, NEJ, FRANV = VoteChoice.JA, VoteChoice.NEJ, VoteChoice.FRANVARANDE
HEADS = ((60, "Namn"), (230, "Parti"), (280, "Plats"), (320, "Funktion"), (470, "Resultat"))
SEATS = (("Annika Wall", "S", "Ja"), ("Tomas Engström", "S", "Ja"), ("Carl Hedin", "M", "Nej"))


def _list_lines(top: float, heading: list[str], seats=SEATS, page_no: int = 1) -> list[Line]:
    out = [line(text, top + 14 * k, bold=k == 0) for k, text in enumerate(heading)]
    top += 14 * len(heading) + 6
    out.append(row(top, *HEADS, bold=True))
    for k, (name, party, result) in enumerate(seats, 1):
        out.append(row(top + 12 * k, (60, name), (230, party), (280, str(k)), (320, "Ledamot"),
                       (470, result)))
    return out


def _minutes(result: str = "Med 2 ja-röster mot 1 nej-röst beslutar fullmäktige enligt "
                           "förslaget. Hur var och en röstar framgår av bilaga 1.") -> list[Line]:
    return [line("§ 10 Taxa för gästhamnen 2026", 100, bold=True),
            line("Kommunfullmäktiges beslut", 120, bold=True),
            line("Taxan fastställs.", 134),
            line("Omröstning", 150, bold=True),
            line(result, 164),
            line("§ 11 Anmälningar", 200, bold=True),
            line("Kommunfullmäktiges beslut", 220, bold=True),
            line("Anmälningarna läggs till handlingarna.", 234)]


COUNTS = "Antal Ja: 2, Antal Nej: 1, Antal Avstår: 0, Antal Frånv: 0"


@pytest.mark.parametrize("heading, stamp, paragraph, appendix, number, title", [
    (["Voteringslista", "Omröstningslista nr. 1", "Ärende: § 10 Taxa för gästhamnen 2026", COUNTS],
     "Bilaga 1 till protokoll 2026-02-16, § 10", 10, 1, 1, "Taxa för gästhamnen 2026"),
    (["BILAGA 1", "Votering nr 1", "§ 10 Taxa för gästhamnen 2026", "Ja: 2 Nej: 1 Avstår: 0"],
     None, 10, 1, 1, "Taxa för gästhamnen 2026"),
    (["Omröstningsbilaga", "Omröstning 1 i ärende 4: Taxa för gästhamnen 2026", COUNTS],
     None, None, None, 1, "Taxa för gästhamnen 2026"),
    (["Voteringslista", "Paragraf 10", COUNTS], None, 10, None, None, ""),
])
def test_an_appendix_and_what_its_heading_says(heading, stamp, paragraph, appendix, number, title):
    header = (line(stamp, 30),) if stamp else ()
    pages = [page(*_minutes()), page(*_list_lines(100, heading), number=2, header=header)]
    (found,) = appendix_lists(pages)
    assert (found.paragraph, found.appendix, found.number, found.title) == \
        (paragraph, appendix, number, title)
    assert [v.vote for v in found.votes.voters] == [JA, JA, NEJ]
    # no § holds the appendix's lines: the last § ends on its own page
    last = paragraphs(pages)[-1]
    assert last.last == 1 and all(ln.page == 1 for ln in last.lines)
    assert {p for p, _ in appendix_lines(pages)} == {2}


def test_a_list_printed_in_a_section_before_the_next_is_its_own():
    lines = _minutes()[:5] + _list_lines(180, ["Omröstningslista"], page_no=1)
    lines += [line("§ 11 Anmälningar", 260, bold=True), line("Anmälningarna läggs till handlingarna.", 280)]
    assert appendix_lists([page(*lines)]) == []


def test_a_list_in_the_last_section_that_names_it_is_its_own():
    lines = _minutes() + _list_lines(260, ["Omröstningslista § 11"])
    assert appendix_lists([page(*lines)]) == []


def test_a_table_without_a_heading_after_the_last_section_is_its_own():
    lines = _minutes() + _list_lines(260, [])
    assert appendix_lists([page(*lines)]) == []


def test_the_appendix_voters_on_the_vote_of_their_section():
    heading = ["Voteringslista", "Omröstningslista nr. 1", "Ärende: § 10 Taxa för gästhamnen 2026",
               COUNTS]
    pages = [page(line("Protokoll", 60, bold=True), line("Kommunfullmäktige", 74),
                  line("Sammanträdesdatum 2026-02-16", 88), *[
                      Line(ln.text, 1, ln.x0, ln.top + 40, ln.x1, ln.size, ln.bold, ln.words)
                      for ln in _minutes()]),
             page(*_list_lines(100, heading), number=2)]
    meeting = parse_meeting(pages, FileKind.PROTOKOLL)
    (ten,) = [it for it in meeting.items if it.number == "§ 10"]
    (vote,) = [v for d in ten.decisions for v in d.votes]
    assert (vote.yes, vote.no, vote.abstain, vote.verified, vote.appendix) == (2, 1, 0, True, "bilaga 1")
    assert Voter("Carl Hedin", "M", NEJ) in vote.voters
    (eleven,) = [it for it in meeting.items if it.number == "§ 11"]
    assert all(not d.votes for d in eleven.decisions) and eleven.pages == (1, 1)


# ------------------------------------------------------------------ giving lists to votes


def _vote(yes: int, no: int, appendix: str | None = None) -> Vote:
    return Vote("", yes, no, None, page=1, appendix=appendix)


def _item(n: int, *votes: Vote, title: str = "") -> Item:
    d = Decision(DecisionKind.BESLUT, "Kommunfullmäktige", "2026-02-16", n, None, 1,
                 votes=tuple(votes))
    return Item(f"§ {n}", title or f"Ärende {n}", None, (), (1, 1), decisions=(d,))


def _listed(yes: int, no: int, paragraph: int | None = None, appendix: int | None = None,
            number: int | None = None, title: str = "") -> AppendixList:
    voters = tuple([Voter(f"Anna Ja{k}", "S", JA) for k in range(yes)] +
                   [Voter(f"Per Nej{k}", "M", NEJ) for k in range(no)])
    vl = VoteList(voters, ((JA, yes), (NEJ, no)), 0, (), "", 9, 100.0, 9, True)
    return AppendixList(vl, paragraph, appendix, number, title)


def _votes(items: list[Item]) -> list[tuple[str, int, int, int, bool]]:
    return [(it.number, v.yes, v.no, len(v.voters), v.verified)
            for it in items for d in it.decisions for v in d.votes]


def test_two_lists_of_one_section_in_order():
    items = [_item(12, _vote(25, 19), _vote(23, 17))]
    out = with_appendix_votes(items, [_listed(25, 19, paragraph=12), _listed(23, 17, paragraph=12)])
    assert _votes(out) == [("§ 12", 25, 19, 44, True), ("§ 12", 23, 17, 40, True)]


def test_a_list_by_the_appendix_its_section_points_to():
    items = [_item(44, _vote(3, 1, "bilaga 1")),
             _item(45, _vote(2, 2, "bilaga 2"), _vote(3, 0, "bilaga 3"))]
    lists = [_listed(3, 0, appendix=3), _listed(3, 1, appendix=1), _listed(2, 2, appendix=2)]
    assert _votes(with_appendix_votes(items, lists)) == [
        ("§ 44", 3, 1, 4, True), ("§ 45", 2, 2, 4, True), ("§ 45", 3, 0, 3, True)]


def test_a_list_by_its_number_or_its_title():
    items = [_item(2, _vote(7, 6, "omröstningsbilagan, lista nr. 1"), title="Taxa för gästhamnen"),
             _item(3, _vote(7, 6, "omröstningsbilagan, lista nr. 2"), title="Ny skolorganisation")]
    lists = [_listed(7, 6, number=2), _listed(7, 6, title="Taxa för gästhamnen")]
    out = with_appendix_votes(items, lists)
    assert [len(v.voters) for it in out for d in it.decisions for v in d.votes] == [13, 13]


def test_a_list_that_does_not_add_up_is_kept_unverified():
    items = [_item(15, _vote(5, 38, "omröstningsbilaga 4"))]
    (it,) = with_appendix_votes(items, [_listed(6, 37, paragraph=15, appendix=4)])
    (v,) = it.decisions[0].votes
    assert (v.yes, v.no, v.verified) == (5, 38, False) and "5 ja" in (v.discrepancy or "")


def test_a_list_whose_section_printed_no_result_becomes_its_vote():
    (it,) = with_appendix_votes([_item(10)], [_listed(2, 1, paragraph=10)])
    assert _votes([it]) == [("§ 10", 2, 1, 3, True)]


def test_a_list_naming_no_section_of_the_minutes_is_left_out():
    items = [_item(10)]
    assert with_appendix_votes(items, [_listed(2, 1, paragraph=99)]) == items


# ------------------------------------------------------------------ a whole protocol

TEMPLATES = __import__("pathlib").Path(__file__).parent / "templates"


def test_an_appendix_voter_s_votes_in_positions(tmp_path):
    from click.testing import CliRunner

    from meetbook.cli import cli

    db = str(tmp_path / "r.db")
    pdf = TEMPLATES / "sjobacka-kf-2026-02-16-protokoll.pdf"
    assert CliRunner().invoke(cli, ["import", str(pdf), "--db", db, "--quiet"]).exit_code == 0
    out = CliRunner().invoke(cli, ["positions", "--person", "Mehmet Yilmaz", "--db", db]).output
    # § 10 (bilaga 1: avstår), § 12 (bilagor 2 and 3: nej, avstår), § 15 (bilaga 4: nej);
    # grouped by case number, so compared without their order
    assert sorted(ln.split(": ")[-1].split("  [")[0] for ln in out.splitlines() if "röst" in ln) \
        == ["röst avstår", "röst avstår", "röst nej", "röst nej"]


# ------------------------------------------------------------------ names surname first


def _named_vote(*names: str) -> Vote:
    return Vote("", len(names), 0, 0, tuple(Voter(n, "S", JA) for n in names), page=1)


def test_a_list_printed_surname_first_is_read_in_the_minutes_order():
    from meetbook.model import Member, Motion, Stance

    first = _named_vote("Anna Berg", "Hassan Ali", "Ebba Lilja Hedin", "Helena af Sillén")
    turned = _named_vote("Berg Anna", "Ali Hassan", "Lilja Hedin Ebba", "af Sillén Helena",
                         "Odh Malin")
    d = Decision(DecisionKind.BESLUT, "Kommunfullmäktige", "2026-10-26", 1, None, 1,
                 motions=(Motion((Member("Malin Odh", "SD"),), Stance.BIFALL, (), "", 1),),
                 votes=(first, turned))
    (item,) = with_appendix_votes([Item("§ 1", "Budget", None, (), (1, 1), decisions=(d,))], [])
    assert [[v.name for v in vote.voters] for vote in item.decisions[0].votes] == [
        ["Anna Berg", "Hassan Ali", "Ebba Lilja Hedin", "Helena af Sillén"],
        ["Anna Berg", "Hassan Ali", "Ebba Lilja Hedin", "Helena af Sillén", "Malin Odh"]]


def test_a_list_in_the_usual_order_is_left_as_printed():
    a = _named_vote("Anna Berg", "Per Ek", "Ola Nord")
    b = _named_vote("Anna Berg", "Per Ek", "Nord Ola", "Lisa Holm")
    d = Decision(DecisionKind.BESLUT, "Kommunfullmäktige", "2026-10-26", 1, None, 1, votes=(a, b))
    (item,) = with_appendix_votes([Item("§ 1", "Budget", None, (), (1, 1), decisions=(d,))], [])
    assert [v.name for v in item.decisions[0].votes[1].voters] == ["Anna Berg", "Per Ek",
                                                                     "Nord Ola", "Lisa Holm"]


def test_the_columns_of_one_table_go_to_the_section_s_voteringar_in_order():
    items = [_item(83, _vote(20, 4), _vote(12, 10, "bilaga 1"))]
    lists = [replace(_listed(20, 4, paragraph=83, appendix=1, number=1), column=1),
             replace(_listed(12, 10, paragraph=83, appendix=1, number=2), column=2)]
    assert _votes(with_appendix_votes(items, lists)) == [("§ 83", 20, 4, 24, True),
                                                        ("§ 83", 12, 10, 22, True)]


# ------------------------------------------------------------------ written reservations


def _paragraph_item(n: int, *reservations: Reservation) -> Item:
    d = Decision(DecisionKind.BESLUT, "Socialnämnden", "2026-11-10", n, None, 1,
                 reservations=reservations)
    return Item(f"§ {n}", "Ärende", None, (), None, decisions=(d,))


def test_a_written_reservation_in_an_appendix_goes_to_the_paragraph_it_names():
    ljung = Member("Kent Ljung", "SD")
    written = Reservation((ljung,), "Bilaga 2 till socialnämndens protokoll § 93: Reservation …")
    told = Reservation((ljung,), "Kent Ljung (SD) reserverar sig skriftligt (bilaga 2).")
    other = Reservation((Member("Per Ek", "M"),), "Bilaga 3 till protokollet § 94: Reservation …")
    items = [_paragraph_item(92), _paragraph_item(93), _paragraph_item(94, written, other)]
    got = with_appendix_reservations(items)
    assert [d.reservations for it in got for d in it.decisions] == [(), (written,), (other,)]
    # the § that already tells the same reservants keeps its own
    got = with_appendix_reservations([_paragraph_item(93, told), _paragraph_item(94, written)])
    assert [d.reservations for it in got for d in it.decisions] == [(told,), ()]


def test_an_appendix_that_names_no_paragraph_of_the_protocol_stays():
    written = Reservation((Member("Kent Ljung", "SD"),), "Bilaga 2 till protokollet § 12: …")
    items = [_paragraph_item(93), _paragraph_item(94, written)]
    assert with_appendix_reservations(items) == items
def test_the_next_list_of_an_appendix_names_the_last_section():
    """"Votering 1, § 11" after "Votering 1, § 10" in one appendix: the § it names is the last
    one, yet it stands after the appendix begun, no § between."""
    first = _list_lines(100, ["Bilaga 1 till protokoll 2026-02-16", "Votering 1, § 10"])
    second = _list_lines(220, ["Votering 1, § 11"])
    pages = [page(*_minutes()), page(*first, *second, number=2)]
    found = appendix_lists(pages)
    assert [(a.paragraph, a.number) for a in found] == [(10, 1), (11, 1)]


def _attending(*people: tuple[str, str | None, str]) -> list[Attendance]:
    return [Attendance(name, party, role) for name, party, role in people]


PRESENT = _attending(("Kristian Wikström", "SFP", "ledamot"), ("Lena Wikström", "SDP", "ledamot"),
                     ("Annika Grönroos", "SFP", "ledamot"),
                     ("Mikko Rantala", "SDP", "tjänstgörande ersättare"),
                     ("Ann-Louise Back", "C", "ledamot"), ("Johanna Lind", None, "tjänsteperson"))


@pytest.mark.parametrize("printed, party, full", [
    ("Grönroos", None, ("Annika Grönroos", "SFP")),
    ("Grönroos A.", None, ("Annika Grönroos", "SFP")),
    ("A. Grönroos", None, ("Annika Grönroos", "SFP")),
    ("Rantala M", None, ("Mikko Rantala", "SDP")),
    ("Wikström K.", None, ("Kristian Wikström", "SFP")),  # initial + surname, not the first name
    ("Wikström", None, ("Wikström", None)),  # two of the name: left as printed
    ("Wikström", "SDP", ("Lena Wikström", "SDP")),  # the party tells them apart
    ("A.-L. Back", None, ("Ann-Louise Back", "C")),
    ("Lind", None, ("Lind", None)),  # an official is no voter
    ("Anna Grönroos", None, ("Anna Grönroos", None)),  # a full name is kept
    ("Grönroos", "M", ("Grönroos", "M")),  # another party: someone else
])
def test_a_voter_named_short_is_the_person_of_the_attendance(printed, party, full):
    items = [_item(10, replace(_vote(1, 0), voters=(Voter(printed, party, JA),)))]
    (item,) = with_full_names(items, PRESENT)
    (voter,) = item.decisions[0].votes[0].voters
    assert (voter.name, voter.party) == full


def test_lists_numbered_section_by_section_go_to_that_vote_of_the_section():
    """§ 10 prints two results and only the second points to the appendix: "Votering 1, § 10"
    is still the first vote's."""
    items = [_item(10, _vote(3, 1), _vote(1, 3, "bilaga 1")), _item(11, _vote(2, 2, "bilaga 1"))]
    lists = [_listed(3, 1, paragraph=10, appendix=1, number=1),
             _listed(1, 3, paragraph=10, appendix=1, number=2),
             _listed(2, 2, paragraph=11, appendix=1, number=1)]
    assert _votes(with_appendix_votes(items, lists)) == [
        ("§ 10", 3, 1, 4, True), ("§ 10", 1, 3, 4, True), ("§ 11", 2, 2, 4, True)]


def test_lists_numbered_through_the_meeting_keep_their_order():
    """"Omröstningslista nr. 2" and "nr. 3" of § 10 after nr. 1 of § 9: numbers through the
    meeting, no vote's index in its §."""
    items = [_item(9, _vote(3, 1, "bilaga 1")), _item(10, _vote(1, 3), _vote(4, 0))]
    lists = [_listed(3, 1, paragraph=9, number=1), _listed(1, 3, paragraph=10, number=2),
             _listed(4, 0, paragraph=10, number=3)]
    assert _votes(with_appendix_votes(items, lists)) == [
        ("§ 9", 3, 1, 4, True), ("§ 10", 1, 3, 4, True), ("§ 10", 4, 0, 4, True)]


def test_two_lists_of_one_section_go_to_its_votes_in_order_whichever_points_to_the_appendix():
    # "Omröstningsresultat: 30 ja … " then "… 19 ja … Hur var och en har röstat i omröstningarna
    # nr 2 och 3 framgår av bilaga 1": the reference rests on the second vote only
    items = [_item(152, _vote(21, 16), title="Detaljplan för Kvarnbacken"),
             _item(153, _vote(30, 7), _vote(19, 18, "bilaga 1"), title="Budget 2027")]
    lists = [_listed(21, 16, appendix=1, number=1, title="Detaljplan för Kvarnbacken"),
             _listed(30, 7, appendix=1, number=2, title="Budget 2027"),
             _listed(19, 18, appendix=1, number=3, title="Budget 2027")]
    assert _votes(with_appendix_votes(items, lists)) == [
        ("§ 152", 21, 16, 37, True), ("§ 153", 30, 7, 37, True), ("§ 153", 19, 18, 37, True)]


def test_a_section_s_lists_go_by_the_appendix_each_vote_points_to():
    items = [_item(7, _vote(3, 1, "bilaga B"), _vote(2, 2, "bilaga A"))]
    lists = [_listed(2, 2, paragraph=7, appendix="A"), _listed(3, 1, paragraph=7, appendix="B")]
    assert _votes(with_appendix_votes(items, lists)) == [("§ 7", 3, 1, 4, True), ("§ 7", 2, 2, 4, True)]


def test_one_list_for_a_section_with_a_vote_by_show_of_hands_goes_to_the_one_pointing():
    items = [_item(9, _vote(20, 5), _vote(14, 11, "bilaga 2"))]
    assert _votes(with_appendix_votes(items, [_listed(14, 11, paragraph=9, appendix=2)])) == [
        ("§ 9", 20, 5, 0, True), ("§ 9", 14, 11, 25, True)]


def test_a_list_goes_to_the_vote_its_number_names_whatever_the_references():
    # § 152 names "omröstning nr 1" and no bilaga; § 153 names nr 2 and nr 3, the bilaga after
    # the second only
    items = [_item(152, _vote(21, 16, "omröstning nr 1")),
             _item(153, _vote(30, 7, "omröstning nr 2"), _vote(19, 18, "bilaga 1, omröstning nr 3"))]
    lists = [_listed(21, 16, appendix=1, number=1), _listed(30, 7, appendix=1, number=2),
             _listed(19, 18, appendix=1, number=3)]
    assert _votes(with_appendix_votes(items, lists)) == [
        ("§ 152", 21, 16, 37, True), ("§ 153", 30, 7, 37, True), ("§ 153", 19, 18, 37, True)]


def test_a_number_two_votes_name_picks_neither():
    items = [_item(5, _vote(3, 1, "omröstning nr 1")), _item(6, _vote(2, 2, "omröstning nr 1"))]
    out = with_appendix_votes(items, [_listed(3, 1, paragraph=5, number=1)])
    assert _votes(out) == [("§ 5", 3, 1, 4, True), ("§ 6", 2, 2, 0, True)]


@pytest.mark.parametrize("title, paragraph", [
    ("Budget 2027 och plan 2028–2029 – återremiss", 153),
    ("Budget 2027 och plan 2028–2029, huvudfrågan", 153),
    ("Budget 2027", None),  # a § title it opens with but does not hold whole
    ("Taxa för renhållning 2027 (omröstning 2)", 155),
])
def test_a_list_titled_by_its_section_and_what_the_votering_was_about(title, paragraph):
    items = [_item(153, _vote(19, 18), title="Budget 2027 och plan 2028–2029"),
             _item(155, _vote(19, 18), title="Taxa för renhållning 2027"),
             _item(156, _vote(19, 18), title="Taxa för renhållning 2027 – tillägg")]
    out = with_appendix_votes(items, [_listed(19, 18, title=title)])
    filled = [it.number for it in out for d in it.decisions for v in d.votes if v.voters]
    assert filled == ([f"§ {paragraph}"] if paragraph else [])


@pytest.mark.parametrize("where", ["footer", "last line"])
def test_an_appendix_stamped_at_the_foot_of_its_page(where):
    stamp = line("Bilaga 1 till protokoll 2026-02-16, § 10", 800)
    body = _list_lines(100, ["Voteringslista", COUNTS])
    pages = [page(*_minutes()),
             page(*body, *([stamp] if where == "last line" else []), number=2,
                  footer=(stamp,) if where == "footer" else ())]
    (found,) = appendix_lists(pages)
    assert (found.paragraph, found.appendix) == (10, 1)


def _last_section(heading: list[str], after: list[tuple[str, bool]], decision_first: bool = False
                  ) -> list:
    lines = [line("Protokoll", 60, bold=True), line("Kommunfullmäktige", 74),
             line("Sammanträdesdatum 2026-02-16", 88),
             line("§ 12 Motion om cykelbanor", 110, bold=True)]
    if decision_first:
        lines += [line("Kommunfullmäktiges beslut", 124, bold=True), line("Motionen avslås.", 138)]
    lines += [line("Med 2 ja-röster mot 1 nej-röst beslutar fullmäktige att avslå motionen.", 152)]
    lines += _list_lines(170, heading)
    lines += [line(text, 240 + 14 * k, bold=bold) for k, (text, bold) in enumerate(after)]
    return [page(*lines)]


@pytest.mark.parametrize("heading", [["Omröstning"], ["Votering"], ["Omröstningslista"],
                                     ["Voteringslista"], []])
def test_the_last_section_s_own_table_before_its_decision(heading):
    pages = _last_section(heading, [("Kommunfullmäktiges beslut", True), ("Motionen avslås.", False)])
    assert appendix_lists(pages) == []
    (it,) = parse_meeting(pages, FileKind.PROTOKOLL).items
    assert [(v.yes, v.no, len(v.voters)) for d in it.decisions for v in d.votes] == [(2, 1, 3)]


@pytest.mark.parametrize("heading", [["Omröstningslista"], ["Voteringslista"]])
def test_the_last_section_s_own_table_at_its_end(heading):
    pages = _last_section(heading, [("Justerandes sign ........ ........", False)],
                          decision_first=True)
    (it,) = parse_meeting(pages, FileKind.PROTOKOLL).items
    assert [(v.yes, v.no, len(v.voters)) for d in it.decisions for v in d.votes] == [(2, 1, 3)]
