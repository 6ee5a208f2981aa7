"""Lists of voters printed as tables: their columns, their rows, their counts and their
continuation over page breaks, from ruled cells and from the words' positions."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.vote_lists import columns_of, lists_in_lines, lists_in_tables, member_of, read_row
from meetbook.lexicon import votes as lex
from meetbook.model import Line, VoteChoice, Voter
from meetbook.pdf.pages import Table
from tests.pagemaker import line, row

JA, NEJ, AVST, FRANV = VoteChoice.JA, VoteChoice.NEJ, VoteChoice.AVSTAR, VoteChoice.FRANVARANDE

# ------------------------------------------------------------------ the lexicon's words


@pytest.mark.parametrize("head, choice", [
    ("Ja", JA), ("Ja-röst", JA), ("JA", JA), ("Nej", NEJ), ("Nej-röst", NEJ), ("Avst", AVST),
    ("Avstår", AVST), ("Avstår från att rösta", AVST), ("Blank", AVST), ("Frånv", FRANV),
    ("Frånvarande", FRANV), ("Ej närv.", FRANV), ("Jan", None), ("Namn", None), ("Nejlika", None),
    ("J", JA), ("N", NEJ), ("J.", JA), ("Nr", None), ("Jo", None),
])
def test_the_head_of_a_column_of_marks(head, choice):
    assert lex.mark_head(head) == choice


@pytest.mark.parametrize("word, choice", [
    ("Ja", JA), ("JA", JA), ("ja.", JA), ("Nej", NEJ), ("NEJ", NEJ), ("Avstår", AVST),
    ("avstod", AVST), ("Avstår från att rösta", AVST), ("Blank", AVST), ("Frånvarande", FRANV),
    ("Frånv.", FRANV), ("Ej närvarande", FRANV), ("X", None), ("Ledamot", None),
])
def test_a_vote_written_out(word, choice):
    assert lex.choice_of(word) == choice


@pytest.mark.parametrize("text, counts", [
    ("Antal Ja: 26, Antal Nej: 17, Antal Avstår: 1, Antal Frånv: 1", (26, 17, 1, 1)),
    ("Ja: 32   Nej: 12   Avstår: 4   Frånvarande: 1", (32, 12, 4, 1)),
    ("Resultat: Ja 29, Nej 19, Avstår 0", (29, 19, 0, None)),
    ("Ja = 7  Nej = 6", (7, 6, None, None)),
    ("Ärende: § 10 Taxa för gästhamnen 2026", (None, None, None, None)),
])
def test_counts_printed_with_their_labels(text, counts):
    found = lex.labelled_counts(text)
    assert tuple(found.get(c) for c in (JA, NEJ, AVST, FRANV)) == counts


@pytest.mark.parametrize("text, appendix, number, paragraph", [
    ("Bilaga 1 till protokoll 2026-01-20, § 2", 1, None, 2),
    ("Omröstningslista nr. 2", None, 2, None),
    ("Votering nr 3", None, 3, None),
    ("Omröstning 2 i ärende 7: Budget 2027", None, 2, None),  # an ärende is no §
    ("BILAGA 3 (forts.)", 3, None, None),
    ("Omröstningsbilaga 4", 4, None, None),
    ("Omröstningslista 1, § 19 (återremiss)", None, 1, 19),
    ("Paragraf 44 Ändring i reglementet", None, None, 44),
])
def test_what_a_list_heading_numbers(text, appendix, number, paragraph):
    assert (lex.appendix_number(text), lex.list_number(text), lex.paragraph_ref(text)) == \
        (appendix, number, paragraph)


# ------------------------------------------------------------------ columns and rows


@pytest.mark.parametrize("heads, name, party, substitute, result, marks", [
    (("Ledamöter", "Parti", "Ersättare", "Ja", "Nej", "Avst", "Frånv"), 0, 1, 2, None,
     (JA, NEJ, AVST, FRANV)),
    (("Ledamot/tjänstgörande ersättare", "Ja-röst", "Nej-röst", "Avstår från att rösta"), 0,
     None, None, None, (JA, NEJ, AVST)),
    (("Namn", "Parti", "Plats", "Funktion", "Resultat"), 0, 1, None, 4, ()),
    (("Ledamot", "Ersättare", "Parti", "Röst"), 0, 2, 1, 3, ()),
    (("Nr", "Namn", "Röst"), 1, None, None, 2, ()),
    (("Ledamot", "Ja", "Nej"), 0, None, None, None, (JA, NEJ)),
])
def test_the_columns_of_a_voting_list(heads, name, party, substitute, result, marks):
    cols = columns_of(heads)
    assert cols is not None
    assert (cols.name, cols.party, cols.substitute, cols.result) == (name, party, substitute, result)
    assert tuple(c for _, c in cols.marks) == marks


@pytest.mark.parametrize("heads", [
    ("Namn", "Parti", "Funktion"),                 # no vote at all
    ("Ledamot", "Ja"),                             # a Ja column alone
    ("Datum", "Sammanträde", "Sida"),
    ("Ja-röst för kommunstyrelsens förslag, nej-röst för avslag.",),
])
def test_heads_that_head_no_voting_list(heads):
    assert columns_of(heads) is None


EKVIK = columns_of(("Ledamöter", "Parti", "Ersättare", "Ja", "Nej", "Avst", "Frånv"))
RESULT = columns_of(("Namn", "Parti", "Plats", "Funktion", "Resultat"))


@pytest.mark.parametrize("cols, cells, voter", [
    (EKVIK, ("Lena Wiik", "S", "", "X", "", "", ""), Voter("Lena Wiik", "S", JA)),
    (EKVIK, ("Lars Berg", "S", "Karin Ås", "X", "", "", ""), Voter("Karin Ås", "S", JA)),
    (EKVIK, ("Elin Sjö", "SD", "", "", "", "", "X"), Voter("Elin Sjö", "SD", FRANV)),
    (EKVIK, ("Anna Berg (M)", "", "", "", "x", "", ""), Voter("Anna Berg", "M", NEJ)),
    (RESULT, ("Olof Granqvist", "S", "4", "Tjänstgörande ersättare", "Ja"),
     Voter("Olof Granqvist", "S", JA)),
    (RESULT, ("Lindqvist, Maria", "M", "16", "Ledamot", "Nej"), Voter("Maria Lindqvist", "M", NEJ)),
    (RESULT, ("Mehmet Yilmaz", "KD", "41", "Ledamot", "Avstår"), Voter("Mehmet Yilmaz", "KD", AVST)),
    (RESULT, ("Martina Krantz", "SD", "25", "Ledamot", "Frånvarande"),
     Voter("Martina Krantz", "SD", FRANV)),
])
def test_the_voter_of_a_row(cols, cells, voter):
    assert read_row(cells, cols).voter == voter


@pytest.mark.parametrize("cols, cells, counts, carried", [
    (EKVIK, ("Transport:", "", "", "25", "18", "4", "1"), {JA: 25, NEJ: 18, AVST: 4, FRANV: 1}, True),
    (EKVIK, ("Summa:", "", "", "28", "18", "4", "1"), {JA: 28, NEJ: 18, AVST: 4, FRANV: 1}, False),
    (EKVIK, ("Totalt", "", "", "3", "2", "0", "0"), {JA: 3, NEJ: 2, AVST: 0, FRANV: 0}, False),
    (RESULT, ("Summa Ja 26 Nej 17", "", "", "", ""), {JA: 26, NEJ: 17}, False),
])
def test_a_row_of_counts(cols, cells, counts, carried):
    r = read_row(cells, cols)
    assert (r.voter, r.counts, r.carried) == (None, counts, carried)


@pytest.mark.parametrize("cells", [
    ("Anna Berg", "M", "", "X", "X", "", ""),      # two marks
    ("Anna Berg", "M", "", "", "", "", ""),        # none where no one is absent
])
def test_a_row_whose_vote_cannot_be_read(cells):
    r = read_row(cells, EKVIK)
    assert r.voter is None and not r.clear


@pytest.mark.parametrize("cell, party_cell, member", [
    ("Anna Berg (M)", "", ("Anna Berg", "M")),
    ("Anna Berg", "S", ("Anna Berg", "S")),
    ("Lindqvist, Maria", "M", ("Maria Lindqvist", "M")),
    ("von Essen, Carl-Johan", "C", ("Carl-Johan von Essen", "C")),
    ("Anna Berg, ordförande", "S", ("Anna Berg", "S")),
    ("Rune Strid", "ÄBP", ("Rune Strid", "ÄBP")),
    ("Anna Berg", "Ledamot", ("Anna Berg", None)),
])
def test_a_member_as_a_cell_prints_them(cell, party_cell, member):
    assert member_of(cell, party_cell) == member


# ------------------------------------------------------------------ lists on lines

HEADS = ((60, "Ledamöter"), (210, "Parti"), (250, "Ersättare"), (400, "Ja"), (440, "Nej"),
         (480, "Avst"), (520, "Frånv"))
COL = {JA: 402, NEJ: 442, AVST: 484, FRANV: 526}


def _seat(top: float, name: str, party: str, vote: VoteChoice, sub: str = "",
          page: int = 1) -> Line:
    cells = [(60, name), (210, party)] + ([(250, sub)] if sub else []) + [(COL[vote], "X")]
    return row(top, *cells, page=page)


def _sums(top: float, label: str, counts: tuple[int, ...], page: int = 1) -> Line:
    return row(top, (60, label), *[(x, str(n)) for x, n in zip(COL.values(), counts)],
               page=page, bold=True)


def test_a_table_of_marks_over_a_page_break_with_transport_rows():
    lines = [
        line("Med 3 ja-röster och 1 nej-röst beslutar fullmäktige enligt förslaget.", 90),
        line("Omröstningslista § 17", 110, bold=True),
        row(124, *HEADS, bold=True),
        _seat(137, "Lena Wiik", "S", JA),
        _seat(150, "Lars Berg", "S", JA, sub="Karin Ås"),
        _sums(163, "Transport:", (2, 0, 0, 0)),
        line("Omröstningslista § 17 (forts.)", 100, page=2, bold=True),
        row(114, *HEADS, page=2, bold=True),
        _sums(127, "Transport:", (2, 0, 0, 0), page=2),
        _seat(140, "Ulla Fors", "M", NEJ, page=2),
        _seat(153, "Elin Sjö", "SD", FRANV, page=2),
        _seat(166, "Mats Ek", "MP", JA, page=2),
        _sums(179, "Summa:", (3, 1, 0, 1), page=2),
        line("Reservation", 200, page=2, bold=True),
        line("Ulla Fors (M) reserverar sig mot beslutet.", 214, page=2),
    ]
    (vl,) = lists_in_lines(lines)
    assert [v.name for v in vl.voters] == ["Lena Wiik", "Karin Ås", "Ulla Fors", "Elin Sjö",
                                           "Mats Ek"]
    assert Voter("Elin Sjö", "SD", FRANV) in vl.voters and Voter("Karin Ås", "S", JA) in vl.voters
    assert vl.printed_counts() == {JA: 3, NEJ: 1, AVST: 0, FRANV: 1}
    assert (vl.unclear, vl.notes, vl.heading, vl.page, vl.last_page) == (0, (), "Omröstningslista § 17", 1, 2)
    assert (2, 200.0) not in vl.lines and (2, 179.0) in vl.lines


def test_a_subtotal_the_rows_above_it_do_not_give_is_noted():
    lines = [row(124, *HEADS, bold=True), _seat(137, "Lena Wiik", "S", JA),
             _seat(150, "Ulla Fors", "M", NEJ), _sums(163, "Transport:", (2, 0, 0, 0)),
             _seat(100, "Mats Ek", "MP", JA, page=2), _sums(113, "Summa:", (3, 1, 0, 0), page=2)]
    (vl,) = lists_in_lines(lines)
    assert len(vl.voters) == 3 and vl.notes and "Transport" in vl.notes[0]


APPENDIX_HEADS = ((60, "Namn"), (230, "Parti"), (280, "Plats"), (320, "Funktion"), (470, "Resultat"))


def _appendix_row(top: float, name: str, party: str, seat: int, result: str, page: int = 1) -> Line:
    cells = [(60, name), (230, party), (280, str(seat)), (320, "Ledamot")]
    return row(top, *cells + ([(470, result)] if result else []), page=page)


def test_a_list_with_the_vote_written_out_under_its_heading():
    lines = [line("Voteringslista", 100, bold=True), line("Omröstningslista nr. 1", 120, bold=True),
             line("Ärende: § 10 Taxa för gästhamnen 2026", 135),
             line("Antal Ja: 2, Antal Nej: 1, Antal Avstår: 0, Antal Frånv: 1", 150),
             row(170, *APPENDIX_HEADS, bold=True),
             _appendix_row(184, "Annika Wall", "S", 1, "Ja"),
             _appendix_row(196, "Lindqvist, Maria", "M", 2, "Nej"),
             _appendix_row(208, "Tove Pettersson", "L", 3, "Ja"),
             _appendix_row(220, "Martina Krantz", "SD", 4, "Frånvarande")]
    (vl,) = lists_in_lines(lines)
    assert Counter(v.vote for v in vl.voters) == Counter({JA: 2, NEJ: 1, FRANV: 1})
    assert Voter("Maria Lindqvist", "M", NEJ) in vl.voters
    assert vl.printed_counts() == {JA: 2, NEJ: 1, AVST: 0, FRANV: 1}
    assert vl.heading.splitlines()[0] == "Voteringslista" and "§ 10" in vl.heading


@pytest.mark.parametrize("absent, voters, unclear", [(1, 3, 0), (0, 2, 1)])
def test_a_member_printed_without_a_vote_is_absent_only_where_the_counts_say_so(absent, voters,
                                                                                 unclear):
    lines = [line(f"Antal Ja: 1, Antal Nej: 1, Antal Avstår: 0, Antal Frånv: {absent}", 150),
             row(170, *APPENDIX_HEADS, bold=True),
             _appendix_row(184, "Annika Wall", "S", 1, "Ja"),
             _appendix_row(196, "Maria Lindqvist", "M", 2, "Nej"),
             _appendix_row(208, "Martina Krantz", "SD", 3, "")]
    (vl,) = lists_in_lines(lines)
    assert (len(vl.voters), vl.unclear) == (voters, unclear)


def test_a_new_list_on_the_next_page_is_not_the_last_one_continued():
    lines = [line("Omröstningslista nr. 1", 120, bold=True), row(170, *APPENDIX_HEADS, bold=True),
             _appendix_row(184, "Annika Wall", "S", 1, "Ja"),
             line("Omröstningslista nr. 2", 100, page=2, bold=True),
             row(120, *APPENDIX_HEADS, page=2, bold=True),
             _appendix_row(134, "Annika Wall", "S", 1, "Nej", page=2)]
    first, second = lists_in_lines(lines)
    assert [v.vote for v in first.voters] == [JA] and [v.vote for v in second.voters] == [NEJ]


def test_a_ruled_table_continued_without_heads_and_with_a_transport_row():
    heads = ("Ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår", "Frånvarande")
    first = Table(1, 400, 700, (heads, ("Anna Berg", "S", "", "x", "", "", ""),
                                ("Transport", "", "", "1", "0", "0", "0")))
    more = Table(2, 100, 200, (heads, ("Transport", "", "", "1", "0", "0", "0"),
                               ("Per Ek", "M", "Nils Ekwall", "", "x", "", ""),
                               ("Totalt", "", "", "1", "1", "0", "0")))
    (vl,) = lists_in_tables([first, more])
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Nils Ekwall", "M", NEJ))
    assert vl.printed_counts() == {JA: 1, NEJ: 1, AVST: 0, FRANV: 0} and vl.notes == ()


words = st.text(alphabet="JaNejXx SMAvstårFrånvLenaWiik0123:.", min_size=1, max_size=12)


@given(st.lists(st.lists(st.tuples(st.integers(40, 560), words), min_size=1, max_size=7),
                max_size=12))
def test_lists_on_lines_never_crash(rows):
    lines = [row(100.0 + 12 * i, *[(float(x), w) for x, w in sorted(cells)])
             for i, cells in enumerate(rows) if any(w.strip() for _, w in cells)]
    for vl in lists_in_lines([ln for ln in lines if ln.words]):
        assert vl.unclear >= 0


def test_two_lists_side_by_side_are_one():
    heads = ((60, "Namn"), (200, "Parti"), (250, "Röst"), (320, "Namn"), (460, "Parti"), (510, "Röst"))
    lines = [line("Antal Ja: 3, Antal Nej: 1", 100), row(120, *heads, bold=True),
             row(134, (60, "Annika Wall"), (200, "S"), (250, "Ja"), (320, "Carl Hedin"), (460, "M"),
                 (510, "Nej")),
             row(146, (60, "Tomas Engström"), (200, "S"), (250, "Ja"), (320, "Elsa Nord"),
                 (460, "C"), (510, "Ja"))]
    (vl,) = lists_in_lines(lines)
    assert sorted((v.name, v.vote) for v in vl.voters) == [
        ("Annika Wall", JA), ("Carl Hedin", NEJ), ("Elsa Nord", JA), ("Tomas Engström", JA)]
    assert vl.unclear == 0


def test_a_list_goes_on_past_page_furniture_the_reader_left_in_the_text():
    lines = [line("Omröstningslista nr. 3", 100, bold=True), row(120, *APPENDIX_HEADS, bold=True),
             _appendix_row(134, "Annika Wall", "S", 1, "Ja"),
             line("Justerandes signatur", 800),
             line("Sjöbacka kommun Kommunfullmäktige 2026-02-16", 40, page=2),
             _appendix_row(80, "Carl Hedin", "M", 2, "Nej", page=2),
             line("Reservation", 120, page=2, bold=True)]
    (vl,) = lists_in_lines(lines)
    assert [v.name for v in vl.voters] == ["Annika Wall", "Carl Hedin"]
    assert (2, 120.0) not in vl.lines


def test_column_heads_on_two_lines():
    heads = ((60, "Ledamot"), (250, "Ja"), (300, "Nej"), (350, "Avstår"))
    lines = [row(120, *heads, bold=True), row(131, (350, "från att rösta"), bold=True),
             row(145, (60, "Anna Berg (S)"), (252, "X")), row(158, (60, "Per Ek (M)"), (354, "X"))]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Per Ek", "M", AVST))
    assert vl.unclear == 0


def test_rows_under_their_party_s_subheading():
    heads = ((60, "Ledamot"), (250, "Ja"), (300, "Nej"), (350, "Avstår"))
    lines = [row(120, *heads, bold=True), line("Socialdemokraterna", 133, x=60, bold=True),
             row(146, (60, "1 Anna Berg"), (252, "X")), row(159, (60, "2 Per Ek"), (252, "X")),
             line("Moderaterna", 172, x=60, bold=True), row(185, (60, "3 Ola Nord"), (302, "X"))]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Per Ek", "S", JA),
                         Voter("Ola Nord", "M", NEJ))


# ------------------------------------------------------------------ more secretaries' lists


@pytest.mark.parametrize("text, appendix", [
    ("Bilaga A", "A"), ("Bilaga B, § 123 omröstning 1", "B"), ("Bilaga 1 till § 47", 1),
    ("bilaga i ärendet", None),
])
def test_appendices_numbered_or_lettered(text, appendix):
    assert lex.appendix_number(text) == appendix


@pytest.mark.parametrize("cell, party_cell, member", [
    ("Sandell Hugo*", "S", ("Sandell Hugo", "S")),
    ("Pontus Hjort, ersättare för Gustav Wreede", "S", ("Pontus Hjort", "S")),
    ("12 Lindqvist, Maria", "M", ("Maria Lindqvist", "M")),
    ("Anna Berg, S", "", ("Anna Berg", "S")),
    ("Lisa Holm, S – ersatt av Per Sjö, S", "", ("Per Sjö", "S")),
    ("Lisa Holm (S), ersätts av Per Sjö (S)", "", ("Per Sjö", "S")),
])
def test_more_members_as_cells_print_them(cell, party_cell, member):
    assert member_of(cell, party_cell) == member


def test_a_party_column_first_and_substitutes_on_rows_of_their_own():
    heads = ((60, "Parti"), (110, "Ledamot"), (380, "Röst"))
    lines = [row(120, *heads, bold=True),
             row(134, (60, "S"), (110, "Berg, Anna"), (380, "Ja")),
             row(148, (60, "S"), (110, "Wreede, Gustav")),
             row(162, (110, "Ersättare för Wreede, Gustav: Hjort, Pontus"), (380, "Nej")),
             row(176, (60, "M"), (110, "af Sillén, Helena"), (380, "Frånvarande")),
             row(190, (60, "M"), (110, "Dahlén, Erik")),
             row(204, (110, "Ersättare: Lindell Mona"), (380, "Avstår"))]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Pontus Hjort", "S", NEJ),
                         Voter("Helena af Sillén", "M", FRANV), Voter("Lindell Mona", "M", AVST))
    assert vl.unclear == 0


def test_three_lists_side_by_side_with_a_wrapped_name_and_a_footnote():
    group = ((40, "Namn"), (130, "Parti"), (170, "Röst"))
    heads = [(x + 180 * k, h) for k in range(3) for x, h in group]
    lines = [row(120, *heads, bold=True),
             row(134, (40, "Holmgren Marie"), (130, "S"), (170, "J"), (220, "Sjögren Gunnel"),
                 (310, "C"), (350, "J"), (400, "Ekdahl Ström"), (490, "L"), (530, "N")),
             row(148, (400, "Marie-Louise")),
             row(162, (40, "Sandell Hugo*"), (130, "S"), (170, "J"), (220, "Odh Malin"),
                 (310, "SD"), (350, "–")),
             line("* tjänstgörande ersättare för Anita Boman (S)", 176),
             line("J = ja, N = nej, – = frånvarande", 190)]
    (vl,) = lists_in_lines(lines)
    assert [(v.name, v.party, v.vote) for v in vl.voters] == [
        ("Holmgren Marie", "S", JA), ("Sjögren Gunnel", "C", JA),
        ("Ekdahl Ström Marie-Louise", "L", NEJ), ("Sandell Hugo", "S", JA),
        ("Odh Malin", "SD", FRANV)]
    assert vl.unclear == 0


def test_one_table_with_a_column_per_votering():
    heads = ((60, "Namn"), (250, "Parti"), (320, "Votering 1"), (410, "Votering 2"))
    lines = [line("Bilaga 1", 80, bold=True), line("Voteringslista, § 83 Budget 2027", 94),
             line("Votering 1 (återremiss): Ja 2, Nej 1, Avstår 0. Votering 2 (huvudfrågan): Ja 1, "
                  "Nej 1, Avstår 1.", 108),
             row(130, *heads, bold=True),
             row(144, (60, "Eva Lindmark"), (250, "S"), (320, "Ja"), (410, "Ja")),
             row(158, (60, "Fredrik Swahn"), (250, "M"), (320, "Ja"), (410, "Nej")),
             row(172, (60, "Jenny Alm"), (250, "V"), (320, "Nej"), (410, "Avstår")),
             row(186, (60, "Patrik Sjö"), (250, "SD"), (320, "–"), (410, "–"))]
    first, second = lists_in_lines(lines)
    assert (first.column, second.column) == (1, 2)
    assert [v.vote for v in first.voters] == [JA, JA, NEJ, FRANV]
    assert [v.vote for v in second.voters] == [JA, NEJ, AVST, FRANV]
    assert dict(first.printed) == {JA: 2, NEJ: 1, AVST: 0}
    assert dict(second.printed) == {JA: 1, NEJ: 1, AVST: 1}


def test_a_ruled_table_with_a_column_per_votering():
    t = Table(4, 100.0, 200.0, (("Voteringslista § 83", "", "", ""),
                                ("Namn", "Parti", "Omröstning 1", "Omröstning 2"),
                                ("Eva Lindmark", "S", "Ja", "Nej"),
                                ("Jenny Alm", "V", "Nej", "Avstår")))
    first, second = lists_in_tables([t])
    assert [(v.name, v.vote) for v in first.voters] == [("Eva Lindmark", JA), ("Jenny Alm", NEJ)]
    assert [(v.name, v.vote) for v in second.voters] == [("Eva Lindmark", NEJ),
                                                         ("Jenny Alm", AVST)]
    assert (first.column, second.column) == (1, 2)


def test_a_list_under_one_letter_heads_with_check_marks():
    heads = ((60, "Ledamot"), (200, "Parti"), (250, "J"), (290, "N"), (330, "Avst"), (380, "Frånv"))
    lines = [line("OMRÖSTNINGSPROTOKOLL § 123", 100, bold=True), row(120, *heads, bold=True),
             row(134, (60, "Berglund, A."), (200, "S"), (248, "✓")),
             row(146, (60, "Brandt, M."), (200, "M"), (288, "✓")),
             row(158, (60, "Ehn, G."), (200, "M"), (382, "✓")),
             row(170, (60, "Zetterlund, H."), (200, "L"), (332, "✔")),
             row(182, (60, "Summa"), (250, "1"), (290, "1"), (330, "1"), (380, "1"))]
    (vl,) = lists_in_lines(lines)
    assert [(v.name, v.party, v.vote) for v in vl.voters] == [
        ("Berglund, A.", "S", JA), ("Brandt, M.", "M", NEJ), ("Ehn, G.", "M", FRANV),
        ("Zetterlund, H.", "L", AVST)]
# ------------------------------------------------------------------ columns of names per vote


def test_columns_of_names_one_per_vote():
    heads = ((60, "JA"), (220, "NEJ"), (380, "AVSTÅR"))
    lines = [line("Votering 2, § 103", 80, bold=True), row(100, *heads, bold=True),
             row(114, (60, "Agneta Sundell (S)"), (220, "Roger Mattfolk (SD)"),
                 (380, "Yasmin Ali (V)")),
             row(128, (60, "Rolf Hägglund (S)"), (220, "Jessica Lantz (SD)")),
             row(142, (60, "Sven-Erik Ahl (S)")),
             line("Frånvarande: Kent Björne (SD)", 160),
             line("Summa: 3 ja, 2 nej, 1 avstår", 174),
             line("Votering 1, § 104", 200, bold=True)]
    (vl,) = lists_in_lines(lines)
    assert [(v.name, v.party, v.vote) for v in vl.voters] == [
        ("Agneta Sundell", "S", JA), ("Roger Mattfolk", "SD", NEJ), ("Yasmin Ali", "V", AVST),
        ("Rolf Hägglund", "S", JA), ("Jessica Lantz", "SD", NEJ), ("Sven-Erik Ahl", "S", JA),
        ("Kent Björne", "SD", FRANV)]
    assert dict(vl.printed) == {JA: 3, NEJ: 2, AVST: 1} and vl.unclear == 0
    assert vl.heading == "Votering 2, § 103"


@pytest.mark.parametrize("cells", [
    ["Ja 32", "Nej 8", "Avstår 0"],  # counts, no heads
    ["Ja", "Namn"],
    ["Ja"],
])
def test_no_columns_of_names_without_a_vote_for_each_head(cells):
    cols = columns_of(cells)
    assert cols is None or not cols.named


def test_a_list_that_follows_another_takes_no_heading_from_it():
    heads = ((60, "Namn"), (250, "Ja"), (300, "Nej"))
    lines = [line("Omröstning 1", 80), row(100, *heads, bold=True),
             row(114, (60, "Eva Lund"), (250, "X")), row(128, (60, "Per Ek"), (300, "X")),
             row(142, (60, "Summa"), (250, "1"), (300, "1")), line("Omröstning 2", 170),
             row(190, *heads, bold=True),
             row(204, (60, "Eva Lund"), (300, "X")), row(218, (60, "Per Ek"), (300, "X"))]
    first, second = lists_in_lines(lines)
    assert (first.heading, second.heading) == ("Omröstning 1", "Omröstning 2")


# ------------------------------------------------------------------ the vote as a word, seats as pairs


def test_the_vote_printed_as_a_word_in_its_column():
    heads = ((60, "Ledamot"), (210, "Parti"), (250, "Tjg"), (300, "Ja"), (350, "Nej"),
             (400, "Avstår"), (460, "Frånv."))
    lines = [row(100, *heads, bold=True),
             row(114, (60, "Agneta Sundell"), (210, "S"), (300, "Ja")),
             row(128, (60, "Tuva Rehn"), (210, "S"), (250, "tjg"), (300, "Ja")),
             row(142, (60, "Gunnar Stål"), (210, "M"), (350, "Nej")),
             row(156, (60, "Kent Björne"), (210, "SD"), (460, "Frånv."))]
    (vl,) = lists_in_lines(lines)
    assert [(v.name, v.party, v.vote) for v in vl.voters] == [
        ("Agneta Sundell", "S", JA), ("Tuva Rehn", "S", JA), ("Gunnar Stål", "M", NEJ),
        ("Kent Björne", "SD", FRANV)]


def test_seats_as_member_and_substitute_pairs_marked_present():
    heads = ((60, "Ledamot"), (185, "Parti"), (225, "Närv."), (260, "Personlig ersättare"),
             (385, "Närv."), (425, "Ja"), (460, "Nej"), (495, "Blank"))
    lines = [row(100, *heads, bold=True),
             row(114, (60, "Kristian Wikström"), (185, "SFP"), (232, "X"),
                 (260, "Helena Blomqvist"), (430, "X")),
             row(128, (60, "Tiina Salo"), (185, "SDP"), (260, "Mikko Rantala"), (392, "X"),
                 (465, "X")),
             row(142, (60, "Sebastian Ekholm"), (185, "Gröna"), (232, "X"),
                 (260, "Hanna Rosenlund"), (500, "X"))]
    (vl,) = lists_in_lines(lines)
    assert [(v.name, v.party, v.vote) for v in vl.voters] == [
        ("Kristian Wikström", "SFP", JA), ("Mikko Rantala", "SDP", NEJ),
        ("Sebastian Ekholm", "Gröna", AVST)]


def test_seats_as_pairs_each_with_its_own_vote_columns():
    """"Ledamot  Ja  Nej  Avst  Ersättare  Ja  Nej  Avst": the one who sat is marked in their
    own columns; the substitute named on a row whose member voted is no voter."""
    heads = ((60, "Ledamot"), (170, "Ja"), (200, "Nej"), (230, "Avst"), (280, "Ersättare"),
             (400, "Ja"), (430, "Nej"), (460, "Avst"))
    lines = [row(100, *heads, bold=True),
             row(114, (60, "Anna Berg (S)"), (172, "X"), (280, "Olle Ek (S)")),
             row(128, (60, "Per Lund (M)"), (280, "Eva Sjö (M)"), (432, "X")),
             row(142, (60, "Kim Rask (C)"), (232, "X"), (280, "Ida Falk (C)")),
             row(156, (60, "Siv Holm (V)"), (280, "Bo Ahl (V)"))]
    (vl,) = lists_in_lines(lines)
    assert [(v.name, v.party, v.vote) for v in vl.voters] == [
        ("Anna Berg", "S", JA), ("Eva Sjö", "M", NEJ), ("Kim Rask", "C", AVST)]
    assert vl.unclear == 1  # the empty seat, no Frånvarande column to say so


@pytest.mark.parametrize("order", ["after", "end"])
def test_a_substitute_marked_tjg_sits_for_the_member_without_a_vote(order):
    heads = ((60, "Ledamot"), (200, "Parti"), (240, "Tjg"), (290, "Ja"), (330, "Nej"))
    member = [(60, "Per Ek"), (200, "S")]
    substitute = [(60, "Olle Lund"), (200, "S"), (240, "tjg"), (292, "X")]
    rows = [[(60, "Anna Berg"), (200, "S"), (292, "X")], member,
            [(60, "Eva Sjö"), (200, "M"), (332, "X")]]
    rows.insert(2 if order == "after" else 3, substitute)
    lines = [line("Ja 2, Nej 1", 80), row(100, *heads, bold=True),
             *[row(114 + 14 * k, *cells) for k, cells in enumerate(rows)]]
    (vl,) = lists_in_lines(lines)
    assert [(v.name, v.vote) for v in vl.voters] == [
        ("Anna Berg", JA), ("Olle Lund", JA), ("Eva Sjö", NEJ)] if order == "after" else [
        ("Anna Berg", JA), ("Eva Sjö", NEJ), ("Olle Lund", JA)]
    assert vl.unclear == 0


# ------------------------------------------------------------------ a voting system's printouts

ZERO_ONE_HEADS = ((60, "Ledamot"), (210, "Parti"), (400, "Ja"), (440, "Nej"), (480, "Avst"),
                  (520, "Frånv"))


def _zero_one(top: float, name: str, party: str, vote: VoteChoice, page: int = 1) -> Line:
    return row(top, (60, name), (210, party),
               *[(x, "1" if c == vote else "0") for c, x in COL.items()], page=page)


def test_a_table_that_prints_1_under_the_vote_and_0_under_the_others():
    lines = [row(124, *ZERO_ONE_HEADS, bold=True),
             _zero_one(137, "Lena Wiik", "S", JA), _zero_one(150, "Hanna Sköld, ersättare", "S", JA),
             _sums(163, "Transport", (2, 0, 0, 0)),
             row(100, *ZERO_ONE_HEADS, page=2, bold=True),
             _sums(113, "Transport", (2, 0, 0, 0), page=2),
             _zero_one(126, "Ulla Fors", "M", NEJ, page=2),
             _zero_one(139, "Kent Wiberg", "SD", FRANV, page=2),
             _sums(152, "Summa", (2, 1, 0, 1), page=2)]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Lena Wiik", "S", JA), Voter("Hanna Sköld", "S", JA),
                         Voter("Ulla Fors", "M", NEJ), Voter("Kent Wiberg", "SD", FRANV))
    assert (vl.unclear, vl.notes, vl.printed_counts()) == (0, (), {JA: 2, NEJ: 1, AVST: 0, FRANV: 1})


@pytest.mark.parametrize("cells", [("0", "0", "0", "0"), ("1", "1", "0", "0")])
def test_a_row_of_noughts_or_of_two_ones_is_unclear(cells):
    cols = columns_of(("Ledamot", "Parti", "Ja", "Nej", "Avstår", "Frånv."))
    assert cols is not None
    r = read_row(("Lena Wiik", "S", *cells), cols)
    assert r.voter is None and not r.clear


@pytest.mark.parametrize("heads", [
    ("Partigrupp", "Ja", "Nej", "Avstår", "Frånvarande"),
    ("Parti", "Ja", "Nej", "Avstår", "Frånvarande"),
    ("Grupp", "Antal ledamöter", "Ja", "Nej", "Avstår"),
])
def test_a_table_of_counts_party_by_party_names_no_voter(heads):
    xs = (60, 200, 260, 320, 380)
    rows = [("S", "0", "13", "0", "0"), ("M", "9", "0", "0", "0"), ("C", "0", "3", "1", "0"),
            ("Summa", "9", "16", "1", "0")]
    lines = [row(124, *zip(xs, heads), bold=True)] + \
        [row(137 + 13 * k, *zip(xs, cells)) for k, cells in enumerate(rows)]
    assert lists_in_lines(lines) == []


NAME_VOTE_HEADS = ((60, "Namn"), (230, "Parti"), (300, "Röst"))


def _named(top: float, name: str, party: str, vote: str, page: int = 1) -> Line:
    return row(top, (60, name), (230, party), (300, vote), page=page)


@pytest.mark.parametrize("block", [
    [line("Röstningsresultat", 200, bold=True), row(213, (60, "Ja"), (300, "2")),
     row(226, (60, "Nej"), (300, "1")), row(239, (60, "Avstår"), (300, "0")),
     row(252, (60, "Frånvarande"), (300, "1"))],
    [line("Resultat: Ja 2, Nej 1, Avstår 0, Frånvarande 1", 200)],
    [row(200, (60, "Ja: 2"), (160, "Nej: 1"), (260, "Avstår: 0"), (360, "Frånvarande: 1"))],
])
def test_the_counts_printed_under_a_list_are_its_own(block):
    lines = [line("Omröstning nr 2", 110, bold=True), row(140, *NAME_VOTE_HEADS, bold=True),
             _named(153, "Ekholm Maria", "S", "Ja"), _named(166, "Almgren Fredrik", "M", "Nej"),
             _named(179, "Wiberg Kent", "SD", "Frånvarande"), _named(192, "Lindell Moa", "MP", "Ja"),
             *[replace(ln, top=ln.top + 13) for ln in block],
             line("Kommunfullmäktige beslutar enligt förslaget.", 300)]
    (vl,) = lists_in_lines(lines)
    assert len(vl.voters) == 4 and vl.unclear == 0
    assert vl.printed_counts() == {JA: 2, NEJ: 1, AVST: 0, FRANV: 1}
    assert {(1, ln.top + 13) for ln in block} <= vl.lines and (1, 300.0) not in vl.lines


def test_counts_under_a_list_that_its_rows_do_not_give_are_noted():
    lines = [row(140, *NAME_VOTE_HEADS, bold=True), _named(153, "Ekholm Maria", "S", "Ja"),
             _named(166, "Almgren Fredrik", "M", "Nej"), line("Röstningsresultat", 185, bold=True),
             row(198, (60, "Ja"), (300, "2")), row(211, (60, "Nej"), (300, "1"))]
    (vl,) = lists_in_lines(lines)
    assert vl.printed_counts() == {JA: 2, NEJ: 1} and len(vl.voters) == 2


# ------------------------------------------------------------------ every seat as a pair of lines

PAIR_HEADS = ((60, "Ledamot"), (210, "Parti"), (400, "Ja"), (440, "Nej"), (480, "Avst"),
              (520, "Frånv"))


def _pair_line(top: float, who: str, party: str = "", vote: VoteChoice | None = None,
               page: int = 1) -> Line:
    name = (74, who) if who.startswith("ers") else (60, who)
    return row(top, name, *([(210, party)] if party else []),
               *([(COL[vote], "X")] if vote else []), page=page)


def test_every_seat_as_the_member_s_line_and_the_substitute_s_under_it():
    lines = [row(124, *PAIR_HEADS, bold=True),
             _pair_line(137, "Lena Wiik", "S", JA), _pair_line(150, "ers. Carl Holmberg"),
             _pair_line(163, "Lars Berg", "S"), _pair_line(176, "ers. Karin Ås", vote=JA),
             _sums(189, "Transport", (2, 0, 0, 0)),
             row(100, *PAIR_HEADS, page=2, bold=True), _sums(113, "Transport", (2, 0, 0, 0), page=2),
             _pair_line(126, "Ulla Fors", "M", NEJ, page=2), _pair_line(139, "ers. Tor Nylund", page=2),
             _pair_line(152, "Elin Sjö", "SD", FRANV, page=2), _pair_line(165, "ers. Mia Lönn", page=2),
             _sums(178, "Summa", (2, 1, 0, 1), page=2),
             line("Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.", 200, page=2)]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Lena Wiik", "S", JA), Voter("Karin Ås", "S", JA),
                         Voter("Ulla Fors", "M", NEJ), Voter("Elin Sjö", "SD", FRANV))
    assert (vl.unclear, vl.notes) == (0, ())


@pytest.mark.parametrize("cell, who", [
    ("ers. Karin Lund", "Karin Lund"), ("Ers: Karin Lund", "Karin Lund"),
    ("tjg ers. Karin Lund", "Karin Lund"), ("Ersättare: Lindell Mona", "Lindell Mona"),
    ("Ersättare för Dahlén, Erik: Lindell, Mona", "Lindell, Mona"),
    ("ers. av Karin Lund", None), ("Ersta Diakoni", None), ("ers.", None),
])
def test_a_substitute_s_line(cell, who):
    from meetbook.extract.vote_lists import SUBSTITUTE_ROW
    m = SUBSTITUTE_ROW.match(cell)
    assert (m and (m.group("who") or m.group("short"))) == who


def test_a_party_s_rows_summed_under_them_are_no_end_of_the_list():
    lines = [row(124, *PAIR_HEADS, bold=True), _seat(137, "Lena Wiik", "S", JA),
             _seat(150, "Lars Berg", "S", JA), _sums(163, "Summa S", (2, 0, 0, 0)),
             _seat(176, "Ulla Fors", "M", NEJ), _seat(189, "Per Holm", "M", NEJ),
             _sums(202, "Summa M", (0, 1, 0, 0)), _sums(215, "Summa totalt", (2, 2, 0, 0)),
             line("Kommunfullmäktige beslutar enligt förslaget.", 240)]
    (vl,) = lists_in_lines(lines)
    assert len(vl.voters) == 4 and vl.printed_counts() == {JA: 2, NEJ: 2, AVST: 0, FRANV: 0}
    assert vl.notes == ("Summa M prints 1 nej (rows: 2)",)


@pytest.mark.parametrize("label, carried", [
    ("Sammanlagt", False), ("Totalsumma", False), ("Summa", False), ("Överföres", True),
    ("Från föregående sida", True), ("Transport", True),
])
def test_other_words_for_a_list_s_sums(label, carried):
    lines = [row(124, *PAIR_HEADS, bold=True), _seat(137, "Lena Wiik", "S", JA),
             _seat(150, "Ulla Fors", "M", NEJ), _sums(163, label, (1, 1, 0, 0)),
             line("Kommunfullmäktige beslutar enligt förslaget.", 190)]
    (vl,) = lists_in_lines(lines)
    assert len(vl.voters) == 2 and vl.unclear == 0
    assert vl.printed_counts() == ({} if carried else {JA: 1, NEJ: 1, AVST: 0, FRANV: 0})


def test_a_page_s_rows_summed_at_its_foot_are_no_end_of_the_list():
    lines = [row(124, *PAIR_HEADS, bold=True), _seat(137, "Lena Wiik", "S", JA),
             _seat(150, "Lars Berg", "S", JA), _sums(163, "Summa denna sida", (2, 0, 0, 0)),
             row(100, *PAIR_HEADS, page=2, bold=True), _seat(113, "Ulla Fors", "M", NEJ, page=2),
             _sums(126, "Summa sida 2", (0, 1, 0, 0), page=2),
             _sums(139, "Summa totalt", (2, 1, 0, 0), page=2)]
    (vl,) = lists_in_lines(lines)
    assert len(vl.voters) == 3 and vl.notes == ()
    assert vl.printed_counts() == {JA: 2, NEJ: 1, AVST: 0, FRANV: 0}


@pytest.mark.parametrize("first, second", [
    ("Socialdemokraterna (2)", "Moderaterna (1)"), ("Socialdemokraterna, 2 ledamöter", "M (1)"),
    ("S – 2 mandat", "Moderaterna:"),
])
def test_party_subheadings_with_their_seats(first, second):
    heads = ((60, "Ledamot"), (250, "Ja"), (300, "Nej"), (350, "Avstår"))
    lines = [row(120, *heads, bold=True), line(first, 133, x=60, bold=True),
             row(146, (60, "Anna Berg"), (252, "X")), row(159, (60, "Per Ek"), (252, "X")),
             line(second, 172, x=60, bold=True), row(185, (60, "Ola Nord"), (302, "X"))]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Per Ek", "S", JA),
                         Voter("Ola Nord", "M", NEJ))


# ------------------------------------------------------------------ columns headed by the proposals


@pytest.mark.parametrize("heads, marks", [
    (("Ledamot", "Parti", "Bifall", "Avslag", "Avstår"), (JA, NEJ, AVST)),
    (("Ledamot", "Parti", "Avslag", "Bifall"), (JA, NEJ)),  # the first printed is the ja
    (("Ledamot", "Parti", "Emot", "För", "Avstår"), (NEJ, JA, AVST)),
    (("Ledamot", "Återremiss", "Avgöra i dag", "Frånv."), (JA, NEJ, FRANV)),
])
def test_vote_columns_headed_by_the_proposals(heads, marks):
    cols = columns_of(heads)
    assert cols is not None and tuple(c for _, c in cols.marks) == marks


@pytest.mark.parametrize("heads", [
    ("Förnamn", "Efternamn", "Parti"), ("Ledamot", "Bifall"), ("Ledamot", "Förslag", "Beslut"),
    ("Namn", "Bifall", "Emot"),  # a proposal and a side: no pair
])
def test_heads_that_are_no_pair_of_proposals(heads):
    assert columns_of(heads) is None


def test_for_and_against_in_a_result_column_only():
    cols = columns_of(("Ledamot", "Parti", "Röst"))
    assert cols is not None
    assert read_row(("Anna Berg", "S", "För"), cols).voter == Voter("Anna Berg", "S", JA)
    assert read_row(("Per Ek", "M", "Emot"), cols).voter == Voter("Per Ek", "M", NEJ)
    assert lex.choice_of("för") is None and lex.choice_of("emot") is None


def test_a_table_headed_by_bifall_and_avslag_on_lines():
    heads = ((60, "Ledamot"), (210, "Parti"), (300, "Bifall"), (350, "Avslag"), (400, "Avstår"))
    lines = [row(120, *heads, bold=True), row(133, (60, "Anna Berg"), (210, "S"), (304, "X")),
             row(146, (60, "Per Ek"), (210, "M"), (354, "X")),
             row(159, (60, "Eva Lund"), (210, "C"), (404, "X"))]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Per Ek", "M", NEJ),
                         Voter("Eva Lund", "C", AVST))


@pytest.mark.parametrize("word, choice", [
    ("Bifall", JA), ("AVSLAG", NEJ), ("bifall.", JA), ("Avgöra i dag", JA), ("Återremiss", NEJ),
    ("För", JA), ("Emot", NEJ), ("Avstår", AVST), ("Bifall till motionen", None),
])
def test_the_proposal_written_in_a_result_column(word, choice):
    cols = columns_of(("Ledamot", "Parti", "Röst"))
    assert cols is not None
    found = read_row(("Anna Berg", "S", word), cols).voter
    assert (found.vote if found else None) == choice


@pytest.mark.parametrize("head", ["Röstat", "Röstval", "Avgiven röst", "Ja/Nej/Avstår",
                                  "Röst (J/N/A)", "J/N/A"])
def test_more_heads_of_a_result_column(head):
    cols = columns_of(("Namn", "Parti", head))
    assert cols is not None and cols.result == 2
    assert read_row(("Anna Berg", "S", "Nej"), cols).voter == Voter("Anna Berg", "S", NEJ)


@pytest.mark.parametrize("heads, cells", [
    (("Efternamn", "Förnamn", "Parti", "Röst"), ("Berg", "Anna", "S", "Ja")),
    (("Förnamn", "Efternamn", "Parti", "Ja", "Nej"), ("Anna", "Berg", "S", "X", "")),
    (("Efternamn", "Tilltalsnamn", "Parti", "Ja", "Nej"), ("Berg", "Anna", "S", "X", "")),
])
def test_a_name_printed_in_two_columns(heads, cells):
    cols = columns_of(heads)
    assert cols is not None
    assert read_row(cells, cols).voter == Voter("Anna Berg", "S", JA)


def test_a_name_in_two_columns_on_lines():
    heads = ((60, "Efternamn"), (160, "Förnamn"), (260, "Parti"), (320, "Röst"))
    lines = [row(120, *heads, bold=True),
             row(133, (60, "Berg"), (160, "Anna"), (260, "S"), (320, "Ja")),
             row(146, (60, "Ek"), (160, "Per"), (260, "M"), (320, "Nej"))]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Per Ek", "M", NEJ))


@pytest.mark.parametrize("marked, empty", [("☒", "☐"), ("X", "–"), ("●", "○"), ("✕", "")])
def test_check_boxes_and_dashes_in_the_columns_not_chosen(marked, empty):
    cols = columns_of(("Ledamot", "Parti", "Ja", "Nej", "Avstår"))
    assert cols is not None
    assert read_row(("Anna Berg", "S", empty, marked, empty), cols).voter == \
        Voter("Anna Berg", "S", NEJ)
    r = read_row(("Per Ek", "M", empty or "☐", empty or "☐", empty or "☐"), cols)
    assert r.voter is None and not r.clear


def test_empty_boxes_on_lines_stand_in_their_columns():
    heads = ((60, "Ledamot"), (210, "Parti"), (300, "Ja"), (350, "Nej"), (400, "Avstår"))
    lines = [row(120, *heads, bold=True),
             row(133, (60, "Anna Berg"), (210, "S"), (296, "☒"), (346, "☐"), (398, "☐")),
             row(146, (60, "Per Ek"), (210, "M"), (296, "☐"), (346, "☒"), (398, "☐"))]
    (vl,) = lists_in_lines(lines)
    assert vl.voters == (Voter("Anna Berg", "S", JA), Voter("Per Ek", "M", NEJ))


@pytest.mark.parametrize("label", ["Kommunfullmäktiges beslut", "Beslut", "Reservation"])
def test_a_label_right_under_a_list_is_no_part_of_a_name(label):
    lines = [row(190, *APPENDIX_HEADS, bold=True), _appendix_row(202, "Annika Wall", "S", 1, "Ja"),
             _appendix_row(214, "Carl Hedin", "M", 2, "Nej"), line(label, 226, x=60, bold=True),
             line("Motionen avslås.", 240)]
    (vl,) = lists_in_lines(lines)
    assert [v.name for v in vl.voters] == ["Annika Wall", "Carl Hedin"]
    assert (1, 226.0) not in vl.lines and vl.unclear == 0


def test_a_member_s_row_with_a_stray_number_is_no_row_of_counts():
    cols = columns_of(("Ledamot", "Parti", "Ja", "Nej", "Avstår"))
    assert cols is not None
    r = read_row(("Anna Berg", "S", "12", "X", ""), cols)
    assert r.counts is None and not r.clear  # two cells filled: unclear, as before
    assert read_row(("Partigrupp S", "", "0", "13", "0"), cols) == read_row(("S", "", "0", "13", "0"), cols)


# ------------------------------------------------------------------ a list of the whole meeting

GRID_HEADS = ((60, "Ledamot"), (190, "Parti"), (225, "Tjänstgörande ersättare"),
              (360, "Ja"), (385, "Nej"), (410, "Avst"), (450, "Ja"), (475, "Nej"), (500, "Avst"))
GRID_X = {1: (360, 385, 410), 2: (450, 475, 500)}


def _grid_row(top: float, name: str, party: str, sub: str, *votes: VoteChoice | None) -> Line:
    cells = [(60, name), (190, party)] + ([(225, sub)] if sub else [])
    for k, vote in enumerate(votes, 1):
        if vote is not None:
            cells.append((GRID_X[k][(JA, NEJ, AVST).index(vote)], "X"))
    return row(top, *cells)


def _grid(labels: str | None, total: tuple[int, ...] = (2, 1, 0, 2, 0, 1)) -> list[Line]:
    above = [row(140, (360, labels.split("|")[0]), (450, labels.split("|")[1]), bold=True)] \
        if labels else []
    return [line("NÄRVARO- OCH VOTERINGSLISTA", 100, bold=True),
            line("Kommunfullmäktige 2026-12-16, §§ 100–104", 120), *above,
            row(154, *GRID_HEADS, bold=True),
            _grid_row(168, "Anna Berg", "S", "", JA, JA),
            _grid_row(180, "Per Ek", "S", "Lisa Holm", JA, JA),
            _grid_row(192, "Ulla Fors", "M", "", NEJ, AVST),
            _grid_row(204, "Elin Sjö", "SD", ""),  # away, nobody in the place
            row(218, (60, "Summa"), *((x, str(n)) for x, n in
                                      zip((*GRID_X[1], *GRID_X[2]), total)), bold=True)]


def test_a_list_of_the_whole_meeting_with_a_group_of_vote_columns_per_paragraph():
    first, second = lists_in_lines(_grid("§ 101|§ 103"))
    assert (first.paragraph, second.paragraph) == (101, 103)
    assert first.voters == (Voter("Anna Berg", "S", JA), Voter("Lisa Holm", "S", JA),
                            Voter("Ulla Fors", "M", NEJ))
    assert [v.vote for v in second.voters] == [JA, JA, AVST]
    assert first.printed_counts() == {JA: 2, NEJ: 1, AVST: 0}
    assert second.printed_counts() == {JA: 2, NEJ: 0, AVST: 1}
    # the unmarked row is an empty seat: its counts say nobody else voted
    assert (first.unclear, second.unclear, first.notes, second.notes) == (0, 0, (), ())


def test_groups_of_vote_columns_without_a_paragraph_over_each_are_numbered_in_order():
    first, second = lists_in_lines(_grid(None))
    assert (first.column, second.column, first.paragraph, second.paragraph) == (1, 2, None, None)
    lines = _grid("§ 101|Votering")  # a § over one group only names none
    assert [vl.paragraph for vl in lists_in_lines(lines)] == [None, None]


def test_an_unmarked_row_is_unclear_where_the_counts_do_not_leave_it_out():
    first, second = lists_in_lines(_grid("§ 101|§ 103", total=(2, 2, 0, 2, 0, 1)))
    assert (first.unclear, second.unclear) == (1, 0)


@pytest.mark.parametrize("heads, groups, sub_marks", [
    (("Ledamot", "Parti", "Ja", "Nej", "Avst", "Ja", "Nej", "Avst"), 2, 0),
    (("Ledamot", "Ersättare", "Ja", "Nej", "Avstår", "Ja", "Nej", "Avstår", "Ja", "Nej", "Avstår"),
     3, 0),
    # a member's and a substitute's own columns: one votering
    (("Ledamot", "Ja", "Nej", "Avst", "Ersättare", "Ja", "Nej", "Avst"), 0, 3),
    # one votering's columns, its Frånv. at the end
    (("Ledamot", "Parti", "Ja", "Nej", "Avstår", "Frånv."), 0, 0),
    # a second group without Nej is no votering's
    (("Ledamot", "Parti", "Ja", "Nej", "Avst", "Ja", "Avst"), 0, 0),
])
def test_groups_of_vote_columns_and_a_substitutes_own_columns(heads, groups, sub_marks):
    cols = columns_of(heads)
    assert cols is not None
    assert (len(cols.groups), len(cols.sub_marks)) == (groups, sub_marks)


def test_a_table_of_counts_party_by_party_in_groups_names_no_voter():
    lines = [row(150, (360, "§ 101"), (450, "§ 103"), bold=True),
             row(164, (60, "Parti"), *((x, h) for (x, h) in GRID_HEADS[3:]), bold=True),
             row(178, (60, "S"), (360, "12"), (385, "0"), (410, "0"), (450, "12"), (475, "0"),
                 (500, "0")),
             row(190, (60, "M"), (360, "0"), (385, "9"), (410, "0"), (450, "9"), (475, "0"),
                 (500, "0")),
             row(204, (60, "Summa"), (360, "12"), (385, "9"), (410, "0"), (450, "21"),
                 (475, "0"), (500, "0"))]
    assert all(not vl.voters for vl in lists_in_lines(lines))


def test_an_attendance_grid_is_no_list_of_voters():
    lines = [row(150, (60, "Ledamot"), (190, "Parti"), (240, "Närv."), (290, "Frånv."),
                 (340, "Tjänstgörande ersättare"), bold=True),
             row(164, (60, "Anna Berg"), (190, "S"), (240, "X")),
             row(176, (60, "Per Ek"), (190, "S"), (290, "X"), (340, "Lisa Holm"))]
    assert lists_in_lines(lines) == []


def test_groups_headed_by_the_votering_s_number_through_the_meeting():
    lines = _grid("Votering 1|Votering 2")
    first, second = lists_in_lines(lines)
    assert (first.number, second.number, first.paragraph, second.paragraph) == (1, 2, None, None)
    mixed = lists_in_lines(_grid("§ 101|Votering 2"))  # labels of two kinds label nothing
    assert [(vl.number, vl.paragraph) for vl in mixed] == [(None, None), (None, None)]


@pytest.mark.parametrize("cell, marked", [
    ("X", True), ("x", True), ("1", True), ("Ja", True), ("0", False), ("", False),
    ("2026-12-10", False), ("4(4)", False), ("3(12)", False),
])
def test_what_marks_a_vote_column(cell, marked):
    cols = columns_of(("Ledamot", "Parti", "Ja", "Nej"))
    assert cols is not None
    row_ = read_row(["Anna Berg", "S", cell, ""], cols)
    assert (row_.voter is not None) == marked


def test_a_date_where_the_name_would_stand_is_no_member():
    cols = columns_of(("Ledamot", "Parti", "Ersättare", "Ja", "Nej"))
    assert cols is not None
    assert read_row(["Bilaga 1 till", "protokoll", "2026-12-10", "X", ""], cols).voter is None
    assert read_row(["Anna Berg", "S", "Per Ek", "X", ""], cols).voter == Voter("Per Ek", "S", JA)
