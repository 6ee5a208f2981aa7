"""Persons in the forms other templates print them: party marks in lower or mixed case,
initials in names, a title before the mover, yrkanden as a list with a colon, "tillstyrker",
members joining a motion by surname, roll-call rows with "Frånvarande" in the substitute's
column, and column words that keep their spaces."""
from __future__ import annotations

import pytest

from meetbook.columns import spaced_words
from meetbook.extract.attendance import extract_attendance
from meetbook.extract.cover_sections import labelled_attendance
from meetbook.extract.motions import extract_motions
from meetbook.extract.people import leading_members, named_members
from meetbook.extract.procedure import BLOCK
from meetbook.extract.reservations import extract_reservations
from meetbook.extract.statements import extract_statements
from meetbook.extract.vote_lists import columns_of, read_row
from meetbook.extract.votes import extract_votes
from meetbook.lexicon import parties
from meetbook.model import Line, Member, Stance, VoteChoice, Voter, lines_from_text
from meetbook.segment.side_labels import split_side_labels


@pytest.mark.parametrize("text, party", [
    ("Anna Berg (S)", "S"),
    ("Anna Berg (s)", "S"),
    ("Rikard Falk (Sd)", "SD"),
    ("Elias Wester (mp)", "MP"),
    ("Gustav Erlandsson (kd)", "KD"),
    ("Stig Ålund (ÖP)", "ÖP"),
    ("Eva Lind (SPI)", "SPI"),
    ("Maria Lindvall (-)(l)", "-"),
])
def test_a_party_mark_in_any_case_gives_the_code_in_capitals(text, party):
    m = parties.MARK.search(text)
    assert m is not None and parties.party_of(m) == party


@pytest.mark.parametrize("text", ["Anna Berg (ordf)", "punkt (a)", "Anna Berg (x)", "(bilaga)"])
def test_words_in_brackets_that_are_no_listed_code_are_no_party(text):
    assert parties.MARK.search(text) is None


@pytest.mark.parametrize("cell, code", [
    ("S", "S"), ("s", "S"), ("Sd", "SD"), ("mp", "MP"), ("ÖP", "ÖP"), ("-", "-"),
    (" KD ", "KD"), ("X", "X"), ("Ja", None), ("Anna", None), ("", None),
])
def test_a_party_in_a_column_of_its_own(cell, code):
    assert parties.bare_code(cell) == code


@pytest.mark.parametrize("text, members", [
    ("Bengt O. Sjöberg (m) yrkar bifall.", [Member("Bengt O. Sjöberg", "M")]),
    ("Anna K. G. Lind (S) yrkar avslag.", [Member("Anna K. G. Lind", "S")]),
    ("Karin af Klercker (s) och Johan von Platen (m) yrkar bifall.",
     [Member("Karin af Klercker", "S"), Member("Johan von Platen", "M")]),
    ("Kommunstyrelsens ordförande Lena Åkerlund (s) yrkar bifall.",
     [Member("Lena Åkerlund", "S")]),
    ("Kommunalrådet Anna Berg (S) och Per Ek (M) yrkar bifall.",
     [Member("Anna Berg", "S"), Member("Per Ek", "M")]),
    ("Socialnämndens vice ordförande Eva de Geer (C) yrkar avslag.",
     [Member("Eva de Geer", "C")]),
    ("Mot Anna Berg (S) yrkar ingen.", []),
    ("Enligt bilaga A. Anna Berg (S) yrkar bifall.", []),
])
def test_the_subjects_a_sentence_opens_with(text, members):
    assert leading_members(text) == members


def test_an_initial_inside_a_name_read_forward():
    assert named_members("föreslog Bengt O. Sjöberg, understödd av Eva Lind") == (
        Member("Bengt O. Sjöberg"), Member("Eva Lind"))


def _motions(text: str) -> list[tuple[list[tuple[str, str | None]], Stance, tuple[int, ...]]]:
    return [([(x.name, x.party) for x in m.movers], m.stance, m.clauses)
            for m in extract_motions(lines_from_text(text))]


@pytest.mark.parametrize("text, want", [
    ("Yrkanden\nNina Sjöholm (v): bifall till motionen.\nLena Åkerlund (s): avslag på motionen.",
     [([("Nina Sjöholm", "V")], Stance.BIFALL, ()), ([("Lena Åkerlund", "S")], Stance.AVSLAG, ())]),
    ("Yrkanden\nAnna Berg (S), Per Ek (M) och Lisa Holm (C): Bifall till arbetsutskottets förslag.",
     [([("Anna Berg", "S"), ("Per Ek", "M"), ("Lisa Holm", "C")], Stance.BIFALL, ())]),
    ("Yrkanden\nPer Ek (M): att ärendet återremitteras.",
     [([("Per Ek", "M")], Stance.ATERREMISS, ())]),
    ("Yrkanden\nBengt O. Sjöberg (m) tillstyrker kommunstyrelsens förslag.",
     [([("Bengt O. Sjöberg", "M")], Stance.BIFALL, ())]),
    ("Yrkanden\nAnna Berg (S) yrkar avslag på motionen.\nPer Ek (M) tillstyrker Bergs yrkande.",
     [([("Anna Berg", "S")], Stance.AVSLAG, ()), ([("Per Ek", "M")], Stance.AVSLAG, ())]),
    ("Yrkanden\nKommunstyrelsens ordförande Lena Åkerlund (s) yrkar bifall till kommunstyrelsens "
     "förslag.\nJohan von Platen (m) och Rikard Falk (Sd) instämmer i Åkerlunds yrkande.",
     [([("Lena Åkerlund", "S")], Stance.BIFALL, ()),
      ([("Johan von Platen", "M"), ("Rikard Falk", "SD")], Stance.BIFALL, ())]),
    ("Yrkanden\nStig Ålund (ÖP) yrkar att ärendet återremitteras.\n"
     "Kerstin Boman (ÖP) instämmer i Ålunds yrkande.",
     [([("Stig Ålund", "ÖP")], Stance.ATERREMISS, ()),
      ([("Kerstin Boman", "ÖP")], Stance.ATERREMISS, ())]),
    ("Yrkanden\nRikard Falk (Sd) yrkar på ändring i punkt 2 så att taxan gäller från den 1 juli.",
     [([("Rikard Falk", "SD")], Stance.ANDRING, (2,))]),
])
def test_yrkanden_in_other_templates_forms(text, want):
    assert _motions(text) == want


@pytest.mark.parametrize("text", [
    "Yrkanden\nAnna Berg (S): Jag vill tacka förvaltningen.",
    "Reservation\nAnna Berg (S): reserverar sig mot beslutet.",
])
def test_a_colon_after_a_member_moves_nothing_without_a_stance(text):
    assert _motions(text) == []


KF = columns_of(("Ledamot", "Parti", "Ersättare", "Ja", "Nej", "Avstår"))


@pytest.mark.parametrize("cells, voter", [
    (("Anders Frid", "c", "Frånvarande", "", "", ""),
     Voter("Anders Frid", "C", VoteChoice.FRANVARANDE)),
    (("Tomas Wikström", "s", "Sara Lindblad-Öst", "X", "", ""),
     Voter("Sara Lindblad-Öst", "S", VoteChoice.JA)),
    (("Rikard Falk", "Sd", "", "", "X", ""), Voter("Rikard Falk", "SD", VoteChoice.NEJ)),
    (("Eva de Geer", "c", "", "", "", "X"), Voter("Eva de Geer", "C", VoteChoice.AVSTAR)),
])
def test_a_roll_call_row_of_an_ersattare_table(cells, voter):
    assert KF is not None
    assert read_row(cells, KF).voter == voter


@pytest.mark.parametrize("text, pieces, want", [
    ("Karin af Klercker s X", ["KarinafKlercker", "s", "X"], ["Karin af Klercker", "s", "X"]),
    ("Beslutande ledamöter Karin af Klercker (s), ordförande",
     ["Beslutande", "ledamöter", "KarinafKlercker(s),ordförande"],
     ["Beslutande", "ledamöter", "Karin af Klercker (s), ordförande"]),
    ("Maria Lindqvist M x", ["Maria", "Lindqvist", "M", "x"], ["Maria", "Lindqvist", "M", "x"]),
    ("Anna Berg", ["Per"], ["Per"]),  # runs that do not spell the text stay as they are
])
def test_column_runs_get_back_the_spaces_of_the_line(text, pieces, want):
    words = tuple((float(k * 50), float(k * 50 + 40), p) for k, p in enumerate(pieces))
    line = Line(text, 1, words=words)
    assert [w[2] for w in spaced_words(line)] == want


@pytest.mark.parametrize("text, want", [
    ("Marie Söderlund - S, ordförande", "Marie Söderlund (S), ordförande"),
    ("Ola Nygren - S, för Britt Sand - S", "Ola Nygren (S), för Britt Sand (S)"),
    ("Per Ek – M", "Per Ek (M)"),
    ("Anna-Karin Rydell - C; Bo Ek - KD", "Anna-Karin Rydell (C); Bo Ek (KD)"),
    ("Miljö- och byggnämnden", "Miljö- och byggnämnden"),
    ("kl. 13.00 - 15.00", "kl. 13.00 - 15.00"),
    ("Svar - Se bilaga", "Svar - Se bilaga"),
])
def test_a_party_after_a_dash_is_given_in_brackets(text, want):
    assert parties.bracketed(text) == want


def test_a_cover_of_headed_lists_with_the_party_after_a_dash():
    lines = lines_from_text("**Beslutande ledamöter**\nMarie Söderlund - S, ordförande\n"
                            "Kenneth Ljungqvist - S\n**Tjänstgörande ersättare**\n"
                            "Ola Nygren - S, för Britt Sand - S\n**Närvarande ersättare**\n"
                            "Yusuf Demir - V")
    got = [(a.name, a.party, a.role, a.replaces, a.function)
           for a in labelled_attendance(lines)]
    assert got == [("Marie Söderlund", "S", "ledamot", None, "ordförande"),
                   ("Kenneth Ljungqvist", "S", "ledamot", None, None),
                   ("Ola Nygren", "S", "tjänstgörande ersättare", "Britt Sand", None),
                   ("Yusuf Demir", "V", "ersättare", None, None)]


def _side(label: str, text: str, gap: float = 130.0) -> Line:
    words = ((60.0, 60.0 + 4 * len(label), label),
             (60.0 + gap, 400.0, text.replace(" ", "")))
    return Line(f"{label} {text}", 2, 60.0, 200.0, 400.0, 10.0, False, words)


@pytest.mark.parametrize("label", ["Beslut", "Yrkande", "Yrkanden", "Reservation", "Omröstning",
                                   "Proposition", "Kommunstyrelsens beslut",
                                   "Förslag till beslut", "Beslutsunderlag"])
def test_a_side_label_is_set_on_a_line_of_its_own(label):
    head, rest = split_side_labels([_side(label, "Sami Laine (V) yrkar bifall.")])
    assert (head.text, head.bold) == (label, True)
    assert (rest.text, rest.bold, rest.x0) == ("Sami Laine (V) yrkar bifall.", False, 190.0)


@pytest.mark.parametrize("line", [
    _side("Anna Berg", "S  X"),                    # a roll call's row
    _side("Beslut", "Kommunstyrelsen beslutar", 20.0),  # too close: a word gap, not a column
    _side("Ersättare", "Ola Nygren (S)"),          # a cover's label, no § part
    Line("Beslut Kommunstyrelsen utser Anna Berg.", 2, 60.0, 200.0, 400.0),  # no columns
])
def test_other_lines_are_left_whole(line):
    assert split_side_labels([line]) == [line]


@pytest.mark.parametrize("text, want", [
    ("Yrkanden\nMaria Lindqvist (M) yrkar att timavgiften ska vara oförändrad.", Stance.ANDRING),
    ("Yrkanden\nKristina Sjöberg (M) yrkar att avgiften ska vara 1 200 kronor per månad.",
     Stance.ANDRING),
    ("Yrkanden\nPer Ek (M) yrkar att anslaget sänks till 2 miljoner kronor.", Stance.ANDRING),
    ("Yrkanden\nPer Ek (M) yrkar att punkt 3 stryks.", Stance.ANDRING),
    ("Yrkanden\nPer Ek (M) yrkar att nämnden också ger förvaltningen i uppdrag att utreda X.",
     Stance.TILLAGG),
    ("Yrkanden\nPer Ek (M) yrkar att policyn kompletteras med en skrivning om X.", Stance.TILLAGG),
    ("Yrkanden\nPer-Olof Lind (M) lämnar även följande tilläggsyrkande: att en extern granskning "
     "görs.", Stance.TILLAGG),
    ("Yrkanden\nPer Ek (M) yrkar att förvaltningen får i uppdrag att utreda X.", Stance.ANNAT),
])
def test_a_motion_without_a_stance_word_by_what_it_asks(text, want):
    ((_, stance, _),) = _motions(text)
    assert stance == want


@pytest.mark.parametrize("text, want", [
    ("Under diskussionen föreslog Jonas Åkerlund, understödd av Carola Nyström, att den fasta "
     "grundavgiften ska vara 300 € per period.", Stance.ANDRING),
    ("Pia Ström föreslog att nämnden också ger förvaltningen i uppdrag att utreda X.",
     Stance.TILLAGG),
])
def test_a_proposal_told_in_a_decision_block_by_what_it_asks(text, want):
    (m,) = extract_motions(lines_from_text(text), BLOCK)
    assert m.stance == want


@pytest.mark.parametrize("text, want", [
    ("Moderaterna och Sverigedemokraterna reserverar sig mot beslutet.", ("M", "SD")),
    ("Centerpartiets ledamöter reserverar sig mot beslutet.", ("C",)),
    ("Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån "
     "för eget yrkande.", ("M", "SD")),
    ("Vänsterpartiets fullmäktigegrupp reserverar sig mot beslutet.", ("V",)),
    ("Sverigedemokraterna reserverar sig mot beslutet.", ("SD",)),
    ("Ledamöterna för V och MP reserverar sig mot beslutet.", ("V", "MP")),
])
def test_a_party_group_written_out_reserves_itself(text, want):
    (r,) = extract_reservations(lines_from_text(f"Reservation\n{text}"))
    assert (r.members, r.parties) == ((), want)


def test_a_written_out_group_after_a_member_is_a_reservation_of_its_own():
    found = extract_reservations(lines_from_text(
        "Reservation\nKristina Sjöberg (M) reserverar sig mot beslutet. Centerpartiets "
        "ledamöter reserverar sig mot beslutet."))
    assert [(r.members, r.parties) for r in found] == [
        ((Member("Kristina Sjöberg", "M"),), ()), ((), ("C",))]


def test_a_party_group_written_out_files_a_protokollsanteckning():
    (s,) = extract_statements(lines_from_text(
        "Protokollsanteckning\nSverigedemokraternas fullmäktigegrupp lämnar en "
        "protokollsanteckning, bilaga 1."))
    assert (s.kind, s.members, s.parties) == ("protokollsanteckning", (), ("SD",))


@pytest.mark.parametrize("text, want", [
    ("Anna Berg (S) yrkar bifall till förslaget. Per Ek (M) och Lisa Holm (C) instämmer.",
     [(["Anna Berg"], Stance.BIFALL), (["Per Ek", "Lisa Holm"], Stance.BIFALL)]),
    ("Anna Berg (S) yrkar avslag. Per Ek (M) instämmer i yrkandet.",
     [(["Anna Berg"], Stance.AVSLAG), (["Per Ek"], Stance.AVSLAG)]),
    ("Anna Berg (S), med instämmande av Per Ek (M), yrkar bifall till förslaget.",
     [(["Anna Berg", "Per Ek"], Stance.BIFALL)]),
    ("Anna Berg (S) yrkar med instämmande av Per Ek (M) och Lisa Holm (C) bifall till förslaget.",
     [(["Anna Berg", "Per Ek", "Lisa Holm"], Stance.BIFALL)]),
    ("Anna Berg (S) yrkar bifall till förslaget med instämmande av Per Ek (M).",
     [(["Anna Berg", "Per Ek"], Stance.BIFALL)]),
    ("Anna Berg (S) föreslår att ärendet återremitteras.", [(["Anna Berg"], Stance.ATERREMISS)]),
    ("Anna Berg (V) föreslår i en motion att resor ska vara avgiftsfria.", []),
    ("Anna Berg (Saml.) och Per Ek (SFP) yrkar avslag.", [(["Anna Berg", "Per Ek"], Stance.AVSLAG)]),
])
def test_members_who_join_or_propose(text, want):
    assert [([p for p, _ in movers], stance) for movers, stance, _ in _motions(f"Yrkanden\n{text}")] \
        == want


@pytest.mark.parametrize("text, party", [
    ("Anna Berg (Saml.)", "Saml"), ("Anna Berg (saml)", "Saml"), ("Anna Berg (SAML)", "SAML"),
    ("Anna Berg (Sannf.)", "Sannf"), ("Anna Berg (Gröna)", "Gröna"), ("Anna Berg (VF)", "VF"),
    ("Anna Berg (KD.)", "KD"),
])
def test_finland_swedish_party_marks(text, party):
    m = parties.MARK.search(text)
    assert m is not None and parties.party_of(m) == party


def _present(text: str) -> list[tuple]:
    return [(a.name, a.party, a.role, a.replaces, a.function)
            for a in extract_attendance(lines_from_text(text))]


@pytest.mark.parametrize("text, want", [
    ("Ordförande Anna Berg (S)\nVice ordförande Per Ek (M)\nLedamöter Lisa Holm (C)",
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Ek", "M", "ledamot", None, "vice ordförande"),
      ("Lisa Holm", "C", "ledamot", None, None)]),
    ("Ordförande Anna Berg (S)\nLedamöter Anna Berg (S)\nLisa Holm (C)",
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Lisa Holm", "C", "ledamot", None, None)]),
    ("Beslutande Anna Berg (S), ordförande\nPer Ek (M)\nSekreterare Maria Holm\n"
     "Ordförande Anna Berg\nJusterare Per Ek (M)",
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Per Ek", "M", "ledamot", None, None)]),
    ("Beslutande Anna Berg (S), ordförande\nBo Ek (S), tjg. ersättare för Lisa Holm (S)\n"
     "Eva Ny (M), tjänstgörande ersättare",
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Bo Ek", "S", "tjänstgörande ersättare", "Lisa Holm", None),
      ("Eva Ny", "M", "tjänstgörande ersättare", None, None)]),
    ("Ledamöter\nAnna Berg, S, ordförande\nPer Ek, M\nErsättare\nBo Ek, S",
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Per Ek", "M", "ledamot", None, None),
      ("Bo Ek", "S", "ersättare", None, None)]),
    ("Beslutande ledamöter\nAnna Berg (S) ordf.\nPer Ek (M) 1:e vice ordf.",
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Ek", "M", "ledamot", None, "1:e vice ordförande")]),
])
def test_covers_in_other_templates_forms(text, want):
    assert _present(text) == want


RESULT_LIST = columns_of(("Namn", "Parti", "Röst"))


@pytest.mark.parametrize("cell, vote", [
    ("J", VoteChoice.JA), ("N", VoteChoice.NEJ), ("A", VoteChoice.AVSTAR), ("A.", VoteChoice.AVSTAR),
    ("F", VoteChoice.FRANVARANDE), ("-", VoteChoice.FRANVARANDE), ("Ja", VoteChoice.JA),
    ("Blankt", VoteChoice.AVSTAR),
])
def test_a_vote_written_as_a_letter_in_a_result_column(cell, vote):
    assert RESULT_LIST is not None
    assert read_row(("Anna Berg", "S", cell), RESULT_LIST).voter == Voter("Anna Berg", "S", vote)


@pytest.mark.parametrize("heads", [
    ("Ledamot", "Parti", "Röstar ja", "Röstar nej", "Avstår"),
    ("Ledamot", "Parti", "Omröstning"),
    ("Ordinarie ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"),
])
def test_more_heads_of_a_voting_list(heads):
    assert columns_of(heads) is not None


@pytest.mark.parametrize("text, want", [
    ("Under diskussionen föreslog Anders Backman (Saml.), understödd av Pia Lindén (Sannf.), att "
     "anslaget höjs till 2 miljoner euro. Mikael Grönroos (SDP) understödde förslaget.",
     [(["Anders Backman", "Pia Lindén"], Stance.ANDRING), (["Mikael Grönroos"], Stance.ANDRING)]),
    ("Anders Backman (Saml.) föreslog, understödd av Pia Lindén (Sannf.) och Bo Ek (SFP), att "
     "ärendet bordläggs.", [(["Anders Backman", "Pia Lindén", "Bo Ek"], Stance.BORDLAGGNING)]),
    # names without parties among sections are no proposal (the dialect decides)
    ("Anna Kengo föreslog, understödd av Tua Backman, att ärendet bordläggs.", []),
])
def test_proposals_told_with_parties_among_sections(text, want):
    assert [([p for p, _ in movers], stance) for movers, stance, _ in _motions(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Anna Berg (S) yrkar avslag. Mikael Grönroos (SDP) understödde stadsstyrelsens förslag.",
     [(["Anna Berg"], Stance.AVSLAG), (["Mikael Grönroos"], Stance.BIFALL)]),
    ("Anna Berg (S) yrkar avslag. Per Ek (M) understöder Bergs yrkande.",
     [(["Anna Berg"], Stance.AVSLAG), (["Per Ek"], Stance.AVSLAG)]),
])
def test_a_member_who_seconds(text, want):
    assert [([p for p, _ in movers], stance) for movers, stance, _ in _motions(text)] == want


def test_a_sentence_after_a_tables_last_row_is_an_entry_of_its_own():
    rows = [Line("Kaj Westerlund KD B", 2, 72.0, 700.0, 320.0, 10.0, False,
                 ((72.0, 150.0, "KajWesterlund"), (272.0, 285.0, "KD"), (332.0, 338.0, "B"))),
            Line("Anders Backman (Saml.) och Pia Lindén (Sannf.) reserverade sig mot beslutet.",
                 2, 72.0, 713.0, 500.0, 11.0)]
    (r,) = extract_reservations(rows)
    assert r.members == (Member("Anders Backman", "Saml"), Member("Pia Lindén", "Sannf"))


@pytest.mark.parametrize("text, want", [
    ("Beslutande\nordinarie ersättare\n[X] Sundell Maria, I viceordförande [ ] Wik Alexandra\n"
     "[X] Lindholm Erik, II viceordförande [X] Rönnqvist Linnea\n[ ] Strand Frida\n"
     "Övriga närvarande",
     [("Sundell Maria", "ledamot", None, None, "I viceordförande"),
      ("Lindholm Erik", "ledamot", None, None, "II viceordförande"),
      ("Rönnqvist Linnea", "tjänstgörande ersättare", None, None, None),
      ("Strand Frida", "frånvarande", None, None, None)]),
    ("Beslutande\nordinarie ersättare\n[X] Ahlskog Carina (fr.o.m. kl. 19.20 § 55) [ ] Wik Ann\n"
     "[X] Eklöf Maria, jäv § 247 [X] Sundqvist Lena, § 247\nÖvriga närvarande",
     [("Ahlskog Carina", "ledamot", None, "fr.o.m. § 55", None),
      ("Eklöf Maria", "ledamot", None, "jäv § 247", None),
      ("Sundqvist Lena", "tjänstgörande ersättare", "Eklöf Maria", "§ 247", None)]),
])
def test_check_box_covers(text, want):
    got = [(a.name, a.role, a.replaces, a.paragraphs, a.function)
           for a in extract_attendance(lines_from_text(text))]
    assert got == want


def test_officials_notes_after_their_function_and_the_justerare_after_them():
    got = extract_attendance(lines_from_text(
        "Beslutande\nordinarie ersättare\n[X] Smeds Leif, ordförande [ ] Vest Hanna\n"
        "Övriga närvarande\nSandås Esa, ekonomidirektör, §§ 236–244\n"
        "Kronqvist Mats, stadsfullmäktiges ordförande, t.o.m. kl. 17.05 § 218 (del)\n"
        "Holm-Björk Anna, förvaltningschef, protokollförare\nProtokolljusterare\n"
        "Kaj Björkman Tove Östman"))
    assert [(a.name, a.role, a.function, a.paragraphs, a.time) for a in got] == [
        ("Smeds Leif", "ledamot", "ordförande", None, None),
        ("Sandås Esa", "tjänsteperson", "ekonomidirektör", "§§ 236–244", None),
        ("Kronqvist Mats", "tjänsteperson", "stadsfullmäktiges ordförande", "§ 218", "kl. 17.05"),
        ("Holm-Björk Anna", "tjänsteperson", "förvaltningschef, protokollförare", None, None)]


def test_a_roll_call_whose_name_is_hyphenated_over_a_line_end():
    (v,) = extract_votes(lines_from_text(
        "Votering begärs.\nJonas Attenius (S), tjänstgörande ersättaren Ann-\nSofie Hermansson (S) och "
        "Marina Johansson (S) röstar Ja (3).\nAxel Josefson (M) röstar Nej (1)."))
    assert [(x.name, x.vote.value) for x in v.voters] == [
        ("Jonas Attenius", "ja"), ("Ann-Sofie Hermansson", "ja"), ("Marina Johansson", "ja"),
        ("Axel Josefson", "nej")]
    assert v.verified


@pytest.mark.parametrize("text, want", [
    ("Mats Nilsson (S) yrkar avslag på punkt 3 och i övrigt bifall till förvaltningens förslag.",
     [(Stance.AVSLAG, (3,)), (Stance.BIFALL, ())]),
    ("Jörgen Fogelklou (SD) yrkar bifall till tilläggsyrkande från SD och i övrigt bifall till "
     "yrkande från S, V och MP.", [(Stance.TILLAGG, ()), (Stance.BIFALL, ())]),
    ("Anna Berg (S) yrkar bifall till det återremissyrkande som Per Ek (M) lagt.",
     [(Stance.ATERREMISS, ())]),
])
def test_i_ovrigt_and_support_of_a_yrkande_by_its_kind(text, want):
    assert [(stance, clauses) for _, stance, clauses in _motions(f"Yrkanden\n{text}")] == want
