"""Voteringar: counts, propositions, per-member tables and roll calls."""
from dataclasses import replace
from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.votes import extract_propositions, extract_votes, ja_nej, with_list
from meetbook.model import Line, VoteChoice, Voter, lines_from_text
from meetbook.pdf import Table, read_pdf
from tests.conftest import shared

HEADER = ("Ledamot/tjänstgörande ersättare", "Ja-röst", "Nej-röst", "Avstår från att rösta")
KUNGSBACKA = """Omröstning begärs och verkställs.
Ordföranden redovisar följande propositionsordning som kommunstyrelsen
godkänner:
− Ja-röst innebär att bifalla kommunstyrelsens arbetsutskotts förslag.
− Nej-röst innebär att bifalla Magdalena Sundqvists (S) m.fl. yrkande.
**Omröstningsresultat**
Ordföranden finner att kommunstyrelsen, med 2 ja-röster mot 1 nej-röster, beslutar
enligt kommunstyrelsens arbetsutskotts förslag."""


def table(*rows: tuple[str, ...], page: int = 1, top: float = 500.0) -> Table:
    return Table(page, top, top + 100, (HEADER, *rows))


@pytest.mark.parametrize("text, counts", [
    ("Ordföranden finner att kommunstyrelsen, med 11 ja-röster mot 4 nej-röster, beslutar",
     (11, 4, None)),
    ("Omröstningen utfaller med 40 Ja mot 38 Nej. 3 ledamöter avstår från att rösta. Hur var",
     (40, 38, 3)),
    ("Omröstningen utfaller med 71 Ja mot 9 Nej. En ledamot är frånvarande.", (71, 9, None)),
    ("Nämnden beslutar med 7 ja-röster mot 2 nej-röster och 2 som avstår.", (7, 2, 2)),
    ("Omröstningsresultat: Ja-röster: 5, Nej-röster: 4, Avstår: 1", (5, 4, 1)),
    ("med 6 ja mot 5 nej, en ledamot avstod", (6, 5, 1)),
])
def test_counts(text, counts):
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.abstain) == counts and vote.verified


def test_proposition_and_table_belong_to_the_vote():
    rows = [("Anna Berg (M)", "X", "", ""), ("Per Ek (C)", "X", "", ""),
            ("Maria Losman (MP)", "", "X", "")]
    (vote,) = extract_votes(lines_from_text(KUNGSBACKA), [table(*rows)])
    assert (vote.yes, vote.no, vote.abstain, vote.verified) == (2, 1, 0, True)
    assert Voter("Maria Losman", "MP", VoteChoice.NEJ) in vote.voters
    assert vote.proposition.startswith("Ja-röst innebär att bifalla kommunstyrelsens")
    assert ja_nej(vote.proposition) == ("bifalla kommunstyrelsens arbetsutskotts förslag",
                                        "bifalla Magdalena Sundqvists (S) m.fl. yrkande")


def test_voters_that_do_not_add_up_are_not_verified():
    rows = [("Anna Berg (M)", "X", "", ""), ("Per Ek (C)", "", "X", ""),
            ("Maria Losman (MP)", "", "X", "")]
    (vote,) = extract_votes(lines_from_text(KUNGSBACKA), [table(*rows)])
    assert (vote.yes, vote.no) == (2, 1) and len(vote.voters) == 3 and not vote.verified


def test_a_row_with_two_marks_is_not_verified():
    rows = [("Anna Berg (M)", "X", "X", ""), ("Per Ek (C)", "X", "", ""),
            ("Maria Losman (MP)", "", "X", "")]
    (vote,) = extract_votes(lines_from_text(KUNGSBACKA), [table(*rows)])
    assert not vote.verified


def test_counts_from_a_table_alone():
    rows = [("Anna Berg (M)", "X", "", ""), ("Per Ek", "", "", "X")]
    (vote,) = extract_votes(lines_from_text("**Omröstning**"), [table(*rows)])
    assert (vote.yes, vote.no, vote.abstain, vote.verified) == (1, 0, 1, True)
    assert Voter("Per Ek", None, VoteChoice.AVSTAR) in vote.voters


def test_a_table_continued_on_the_next_page():
    first = table(("Anna Berg (M)", "X", "", ""), page=1)
    more = Table(2, 80, 120, (("Per Ek (C)", "", "X", ""),))
    text = "med 1 ja-röster mot 1 nej-röster"
    (vote,) = extract_votes(lines_from_text(text), [first, more])
    assert len(vote.voters) == 2 and vote.verified


def test_two_votes_each_with_its_proposition():
    text = """**Omröstning**
Godkänd voteringsproposition: "Ja för avslag och Nej för bifall till tilläggsyrkandet från
M, D, L och KD i kommunstyrelsen."
Omröstningen utfaller med 40 Ja mot 38 Nej. 3 ledamöter avstår från att rösta. Hur var
och en röstar framgår av bilaga 2.
**Propositionsordning**
Ordföranden ställer därefter propositioner på bifall respektive avslag.
**Omröstning**
Godkänd voteringsproposition: "Ja för avslag och Nej för bifall till tilläggsyrkandet från
KD, M, D och L i kommunstyrelsen."
Omröstningen utfaller med 40 Ja mot 38 Nej. 3 ledamöter avstår från att rösta."""
    votes = extract_votes(lines_from_text(text))
    assert [(v.yes, v.no, v.abstain) for v in votes] == [(40, 38, 3), (40, 38, 3)]
    assert votes[1].proposition.endswith("KD, M, D och L i kommunstyrelsen.")
    assert ja_nej(votes[0].proposition)[0] == "avslag"


def test_roll_call_in_prose():
    text = """Godkänd voteringsproposition: "Ja för bifall till Karin Pleijels yrkande och Nej för bifall
till Axel Darviks yrkande."
Viktoria Tryggvadottir Rolka (S), Jenny Broman (V) och tjänstgörande ordföranden Daniel
Bernmar (V) röstar Ja (3).
Axel Josefson (M) och tjänstgörande ersättarna Nina Miskovsky (M) röstar Nej (2).
Jörgen Fogelklou (SD) avstår från att rösta (1)."""
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.abstain, vote.verified) == (3, 2, 1, True)
    assert Voter("Daniel Bernmar", "V", VoteChoice.JA) in vote.voters
    assert Voter("Nina Miskovsky", "M", VoteChoice.NEJ) in vote.voters


def test_roll_call_that_does_not_add_up():
    text = "Anna Berg (M) och Per Ek (C) röstar Ja (3).\nOla Nord (S) röstar Nej (1)."
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no) == (3, 1) and not vote.verified


def test_no_vote_without_a_result():
    text = "Ordföranden finner att kommunstyrelsen bifaller förslaget. Hur var och en röstar framgår."
    assert extract_votes(lines_from_text(text)) == []


def test_extract_propositions():
    text = """**Yrkanden**
Hans Lindberg (S) – Bifall till tjänsteskrivelsens förslag.
**Propositionsordning som godkänns**
Bifall mot avslag till tjänsteskrivelsens förslag. Ordföranden finner att utskottet beslutar enligt
tjänsteskrivelsens förslag.

Avslag mot bifall till Lars Forsgrens (SD) återremissyrkande.
**Särskilt uttalande**
Anders Ågren (M) deltar inte i beslutet."""
    assert extract_propositions(lines_from_text(text)) == [
        "Bifall mot avslag till tjänsteskrivelsens förslag. Ordföranden finner att utskottet "
        "beslutar enligt tjänsteskrivelsens förslag.",
        "Avslag mot bifall till Lars Forsgrens (SD) återremissyrkande."]


@lru_cache
def pdf_part(name: str, first: int, last: int) -> tuple[list[Line], list[Table]]:
    pages = [p for p in read_pdf(shared(name)) if first <= p.number <= last]
    return [ln for p in pages for ln in p.body], [t for p in pages for t in p.tables]


KUNGSBACKA_PDF = "real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf"


@pytest.mark.parametrize("pages, yes, no, losman", [
    ((3, 4), 11, 4, VoteChoice.NEJ),  # § 102
    ((5, 6), 12, 3, VoteChoice.JA),   # § 103
])
def test_kungsbacka_votes_from_the_pdf(pages, yes, no, losman):
    (vote,) = extract_votes(*pdf_part(KUNGSBACKA_PDF, *pages))
    assert (vote.yes, vote.no, vote.verified, len(vote.voters)) == (yes, no, True, 15)
    assert Voter("Maria Losman", "MP", losman) in vote.voters
    assert vote.proposition.startswith("Ja-röst innebär")


def test_goteborg_kf_371_from_the_pdf():
    votes = extract_votes(*pdf_part("real/goteborg-kf-2025-06-18-protokoll.pdf", 5, 6))
    assert [(v.yes, v.no, v.abstain) for v in votes] == [(40, 38, 3), (40, 38, 3)]
    assert [v.page for v in votes] == [5, 6]


def test_goteborg_ks_roll_call_from_the_pdf():
    (vote,) = extract_votes(*pdf_part("real/goteborg-ks-2024-02-07-protokoll.pdf", 10, 10))
    assert (vote.yes, vote.no, vote.abstain, len(vote.voters), vote.verified) == (7, 5, 1, 13, True)


@given(st.lists(st.text(max_size=100), max_size=10),
       st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=5), max_size=6))
def test_votes_never_crash(texts, rows):
    lines = [Line(t, 1, 0.0, 12.0 * i) for i, t in enumerate(texts)]
    tables = [Table(1, 40.0, 90.0, (HEADER, *[tuple(r) for r in rows]))]
    for vote in extract_votes(lines, tables):
        assert vote.verified in (True, False)
    extract_propositions(lines)


# --------------------------------------------------------------- told in a decision block

def test_a_vote_with_the_voters_named():
    text = ("Nämnden godkände omröstningsproposition där den som röstar för bildningsdirektörens "
            "förslag röstar ja och den som röstar för Anna Kengos förslag röstar nej. Omröstningen "
            "utföll med 5 ja-röster (Lindvall, Hellsten, Bjarnadottir, Norrbygård, Rögård) och "
            "2 nej-röster (Kengo, Backman).")
    (v,) = extract_votes(lines_from_text(text))
    # every voter is named and none as abstaining: none abstained
    assert (v.yes, v.no, v.abstain, v.verified) == (5, 2, 0, True)
    assert [x.name for x in v.voters if x.vote == VoteChoice.NEJ] == ["Kengo", "Backman"]
    assert "röstar ja" in v.proposition


def test_a_vote_whose_names_do_not_add_up_is_unverified():
    (v,) = extract_votes(lines_from_text(
        "Omröstningen utföll med 3 ja-röster (Lindvall, Hellsten) och 1 nej-röst (Kengo) samt "
        "1 blank röst."))
    assert (v.yes, v.no, v.abstain, v.verified) == (3, 1, 1, False)


@pytest.mark.parametrize("text, counts, proposition", [
    ("Den som understöder stadsstyrelsens förslag röstar ja, den som understöder Jan Viks förslag "
     "röstar nej. Vid omröstningen avgavs 18 ja-röster för stadsstyrelsens förslag och 6 "
     "nej-röster för Jan Viks förslag; 2 ledamöter röstade blankt.", (18, 6, 2), "Den som"),
    ("Omröstningen utföll med 15 ja-röster och 11 nej-röster, 1 ledamot avstod.", (15, 11, 1), ""),
    ("Stadsstyrelsen beslöt med rösterna 7–4 att godkänna förslaget.", (7, 4, None), ""),
    ("Med 6 röster mot 4, en ledamot avstod, beslöt nämnden enligt förslaget.", (6, 4, 1), ""),
    ("Vid omröstningen erhöll stadsdirektörens förslag 5 röster och Peter Nyholms förslag 4 "
     "röster.", (5, 4, None), "Ja för stadsdirektörens förslag"),
])
def test_results_told_in_prose(text, counts, proposition):
    (v,) = extract_votes(lines_from_text(text))
    assert (v.yes, v.no, v.abstain) == counts and v.proposition.startswith(proposition)


def test_an_open_roll_call():
    (v,) = extract_votes(lines_from_text(
        "Ja: Lindvall, Hellsten, Rögård (3) Nej: Kengo, Backman (2) Blank: Norrbygård (1)"))
    assert (v.yes, v.no, v.abstain, v.verified) == (3, 2, 1, True)
    assert Voter("Norrbygård", None, VoteChoice.AVSTAR) in v.voters


def test_a_proposition_and_its_result_on_one_line_are_one_vote():
    (v,) = extract_votes(lines_from_text(
        "Den som vill bifalla förslaget röstar ja. Med 7 ja-röster mot 2 nej-röster bifalls det."))
    assert (v.yes, v.no) == (7, 2) and v.proposition.startswith("Den som vill bifalla")


@given(st.text(max_size=400))
def test_votes_in_prose_never_crash(text):
    for vote in extract_votes(lines_from_text(text)):
        assert vote.verified in (True, False)


# --------------------------------------------------------------- issue 14: more forms


@pytest.mark.parametrize("text, counts", [
    ("Omröstningsresultat: 31 ledamöter röstar JA, 5 ledamöter röstar NEJ och 4 ledamöter AVSTÅR.",
     (31, 5, 4)),
    ("Omröstningsresultat: 5 ledamöter röstar JA och 4 ledamöter röstar NEJ.", (5, 4, None)),
    ("Omröstningsresultat: Ja 7, Nej 6. Hur var och en har röstat framgår av bilagan.",
     (7, 6, None)),
    ("Omröstningsresultat: 5 Ja-röster, 38 Nej-röster och 2 frånvarande ledamöter.",
     (5, 38, None)),
    ("Med 25 ja-röster och 36 nej-röster beslutar kommunfullmäktige att avslå motionen.",
     (25, 36, None)),
    ("Med 26 ja-röster mot 17 nej-röster och 1 som avstår beslutar kommunfullmäktige.",
     (26, 17, 1)),
    ("Resultat: 34 ja, 5 nej och 9 avstår.", (34, 5, 9)),
    ("Ja-röster 23, nej-röster 24, avstående 1. Fullmäktige har därmed bifallit yrkandet.",
     (23, 24, 1)),
    ("Fullmäktige beslutar med 24 ja-röster mot 21 nej-röster, 3 avstår, att bifalla förslaget.",
     (24, 21, 3)),
    ("Ja 32, Nej 8, Avstår 0", (32, 8, 0)),
])
def test_more_results(text, counts):
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.abstain) == counts


@pytest.mark.parametrize("text, proposition", [
    ("Kommunfullmäktige godkänner följande propositionsordning för omröstning: JA = bifall till\n"
     "kommunstyrelsens förslag, NEJ = avslag.\nMed 28 ja-röster och 18 nej-röster beslutar "
     "fullmäktige.",
     "JA = bifall till kommunstyrelsens förslag, NEJ = avslag."),
    ("Ja-röst för att ärendet ska avgöras i dag. Nej-röst för återremiss.\n"
     "Omröstningsresultat: 25 ja-röster, 19 nej-röster.",
     "Ja-röst för att ärendet ska avgöras i dag. Nej-röst för återremiss."),
    ("JA för kommunstyrelsens förslag i punkt 2, NEJ för Mikael Roséns yrkande.\nJa 32, Nej 8",
     "JA för kommunstyrelsens förslag i punkt 2, NEJ för Mikael Roséns yrkande."),
    ("Följande propositionsordning godkänns: ja-röst innebär bifall till förslaget, nej-röst "
     "innebär avslag.\nOmröstningen utfaller med 25 ja-röster mot 20 nej-röster.",
     "ja-röst innebär bifall till förslaget, nej-röst innebär avslag."),
    ("Den som vill bifalla förslaget röstar JA. Den som vill bifalla motionen röstar NEJ.\n"
     "Ja 3, Nej 2", "Den som vill bifalla förslaget röstar JA. Den som vill bifalla motionen "
                    "röstar NEJ."),
    ("Ordföranden noterar att den som röstar ja för att avgöra ärendet också kan reservera sig.\n"
     "Ja 3, Nej 2", ""),
])
def test_more_propositions(text, proposition):
    (vote,) = extract_votes(lines_from_text(text))
    assert vote.proposition == proposition


NORRVALLA = """Den som vill bifalla kommunstyrelsens förslag röstar JA. Den som vill bifalla
motionen röstar NEJ.
Följande ledamöter röstar JA: Anders Lövgren (S), Petra Alm (S), Isak
Sundberg (M), Mikael Rosén (SD), Gunnar Blom (L).
Följande ledamöter röstar NEJ: Oskar Lind (V), Frida Sjöholm
(MP), Åke Norrman (NVL).
Följande ledamöter AVSTÅR från att rösta: Lisa Holm (C), Olof Falk (C).
Omröstningsresultat: 5 ledamöter röstar JA, 3 ledamöter röstar NEJ och 2 ledamöter AVSTÅR.
Oskar Lind (V) reserverar sig till förmån för bifall till motionen."""


def test_lists_of_names_after_a_label_wrapping_over_lines():
    (v,) = extract_votes(lines_from_text(NORRVALLA))
    assert (v.yes, v.no, v.abstain, v.verified) == (5, 3, 2, True)
    assert Voter("Isak Sundberg", "M", VoteChoice.JA) in v.voters
    assert Voter("Frida Sjöholm", "MP", VoteChoice.NEJ) in v.voters
    assert Voter("Olof Falk", "C", VoteChoice.AVSTAR) in v.voters
    assert len(v.voters) == 10


@pytest.mark.parametrize("text, voters", [
    ("Ja-röster: Birgitta Alm, Leif Sundin, Ahmed Yusuf\nNej-röster: Karin Ek, Ulrika Fjäll\n"
     "Med 3 ja-röster mot 2 nej-röster beslutar nämnden att ärendet ska avgöras i dag.\n"
     "Karin Ek reserverar sig mot beslutet.",
     [("Birgitta Alm", "ja"), ("Leif Sundin", "ja"), ("Ahmed Yusuf", "ja"), ("Karin Ek", "nej"),
      ("Ulrika Fjäll", "nej")]),
    ("Följande röstade ja: Anna Berg (S), Per Ek (S) och Ola\nNord (C).\n"
     "Följande avstod från att rösta: Lisa Holm (V).\nResultat: 3 ja, 0 nej och 1 avstår.",
     [("Anna Berg", "ja"), ("Per Ek", "ja"), ("Ola Nord", "ja"), ("Lisa Holm", "avstår")]),
    ("Ja röstade: Anna Berg (S), Per Ek (S)\nNej röstade: Ola Nord (C)\nJa 2, Nej 1",
     [("Anna Berg", "ja"), ("Per Ek", "ja"), ("Ola Nord", "nej")]),
])
def test_lists_after_other_labels(text, voters):
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.vote.value) for x in v.voters] == voters and v.verified


def test_one_member_a_line_over_a_page_break():
    lines = lines_from_text("JA för kommunstyrelsens förslag, NEJ för avslagsyrkandet.\n"
                            "Omröstningsresultat\nAnders Lövgren (S) - JA\nPetra Alm (S) - JA")
    lines += lines_from_text("Mikael Rosén (SD) - NEJ\nLisa Holm (C): avstår\nJa 2, Nej 1, Avstår 1",
                             page=2)
    (v,) = extract_votes(lines)
    assert (v.yes, v.no, v.abstain, v.verified, len(v.voters)) == (2, 1, 1, True, 4)
    assert Voter("Lisa Holm", "C", VoteChoice.AVSTAR) in v.voters


@pytest.mark.parametrize("text, appendix", [
    ("Med 26 ja-röster mot 17 nej-röster beslutar fullmäktige. Hur var och en röstar framgår av "
     "bilaga 1.", "bilaga 1"),
    ("Omröstningsresultat: Ja 7, Nej 6. Hur var och en har röstat framgår av omröstningsbilagan, "
     "lista nr. 1.", "omröstningsbilagan, lista nr. 1"),
    ("Omröstningsresultat: Ja 27, Nej 20, Avstår 1. Voteringslista, se bilaga 2.", "bilaga 2"),
    ("Med 28 ja-röster och 18 nej-röster beslutar fullmäktige. Hur var och en har röstat framgår "
     "av omröstningslistan.", "omröstningslistan"),
    ("Med 3 ja-röster mot 2 nej-röster bifalls förslaget. Reservationen bifogas protokollet som "
     "bilaga 1.", None),
    ("Med 3 ja-röster mot 2 nej-röster bifalls förslaget enligt bilaga 5 till tjänsteutlåtandet.",
     None),
])
def test_where_the_voters_are_listed(text, appendix):
    (v,) = extract_votes(lines_from_text(text))
    assert v.appendix == appendix


def test_the_result_and_the_list_must_agree():
    text = "Omröstningsresultat: 2 ja-röster och 1 nej-röst."
    rows = [("Anna Berg (M)", "X", "", ""), ("Per Ek (C)", "X", "", ""), ("Ola Nord (S)", "X", "", "")]
    (v,) = extract_votes(lines_from_text(text), [table(*rows)])
    assert not v.verified and (v.yes, v.no) == (2, 1)
    assert v.discrepancy == "the result prints 2 ja, 1 nej; the voters listed give 3 ja, 0 nej"


def test_with_a_list_printed_elsewhere():
    from meetbook.extract.vote_lists import VoteList

    (vote,) = extract_votes(lines_from_text(
        "Ja-röst för förslaget. Nej-röst för avslag.\nOmröstningsresultat: 2 ja-röster, 1 "
        "nej-röst. Hur var och en röstar framgår av bilaga 2."))
    listed = VoteList((Voter("Anna Berg", "S", VoteChoice.JA), Voter("Per Ek", "S", VoteChoice.JA),
                       Voter("Ola Nord", "M", VoteChoice.NEJ),
                       Voter("Lisa Holm", "V", VoteChoice.FRANVARANDE)),
                      ((VoteChoice.JA, 2), (VoteChoice.NEJ, 1), (VoteChoice.AVSTAR, 0),
                       (VoteChoice.FRANVARANDE, 1)), 0, (), "Bilaga 2", 9, 100.0, 9, True)
    v = with_list(vote, listed)
    assert (v.yes, v.no, v.abstain, v.verified, len(v.voters)) == (2, 1, 0, True, 4)
    assert (v.proposition, v.appendix, v.page) == (vote.proposition, "bilaga 2", vote.page)
    wrong = with_list(replace(vote, yes=3), listed)
    assert not wrong.verified and "3 ja" in (wrong.discrepancy or "")
    alone = with_list(None, listed)
    assert (alone.yes, alone.no, alone.abstain, alone.verified, alone.page) == (2, 1, 0, True, 9)


def test_another_documents_appendix_is_no_list_of_voters():
    (v,) = extract_votes(lines_from_text(
        "Med 3 ja-röster mot 2 nej-röster beslutar nämnden; hur var och en röstade framgår av "
        "bilaga 5 till tjänsteutlåtandet."))
    assert v.appendix is None


@pytest.mark.parametrize("text, voters", [
    ("Ja-röster (2):\nAnna Berg (S)\nPer Ek (M)\nNej-röster (1):\nOla Nord (V)\n"
     "Ola Nord (V) reserverar sig mot beslutet.",
     [("Anna Berg", "ja"), ("Per Ek", "ja"), ("Ola Nord", "nej")]),
    ("Följande 2 ledamöter röstade ja: Anna Berg (S) och Per Ek (M).\n"
     "Följande ledamot röstade nej: Ola Nord (V).",
     [("Anna Berg", "ja"), ("Per Ek", "ja"), ("Ola Nord", "nej")]),
    ("Omröstningsresultat\nAnna Berg S Ja\nPer Ek M Ja\nOla Nord V Nej",
     [("Anna Berg", "ja"), ("Per Ek", "ja"), ("Ola Nord", "nej")]),
])
def test_members_one_a_line_under_a_label_or_alone(text, voters):
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.vote.value) for x in v.voters] == voters and v.verified
    assert (v.yes, v.no) == (2, 1)


def test_a_list_of_surnames_told_in_a_decision_block():
    text = ("Ordföranden konstaterade att omröstning ska förrättas.\nJa röstade: Lindvall, Hellsten "
            "och Rögård.\nNej röstade: Kengo, Backman.\nOrdföranden konstaterade att nämnden "
            "beslutat enligt förslaget med 3 ja-röster mot 2 nej-röster.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.vote.value) for x in v.voters] == [
        ("Lindvall", "ja"), ("Hellsten", "ja"), ("Rögård", "ja"), ("Kengo", "nej"),
        ("Backman", "nej")]
    assert (v.yes, v.no, v.verified) == (3, 2, True)


@pytest.mark.parametrize("absent, verified", [("1 är frånvarande", True), ("2 är frånvarande", False),
                                               ("en ledamot var frånvarande", True)])
def test_the_absent_a_result_prints_are_checked_against_a_list_that_shows_them(absent, verified):
    heads = ("Namn", "Parti", "Resultat")
    rows = [("Anna Berg", "S", "Ja"), ("Per Ek", "M", "Nej"), ("Ola Nord", "V", "Frånvarande")]
    (v,) = extract_votes(lines_from_text(f"Omröstningen utfaller med 1 Ja mot 1 Nej, {absent}."),
                         [Table(1, 500, 600, (heads, *rows))])
    assert v.verified is verified


# ------------------------------------------------------------------ counts in words, lists in prose


@pytest.mark.parametrize("text, counts", [
    ("Med tjugofem röster mot fyra, en ledamot avstod och en var frånvarande, beslutar "
     "fullmäktige enligt kommunstyrelsens förslag.", (25, 4, 1)),
    ("Med femton röster mot tretton, två ledamöter avstod, bifaller fullmäktige förslaget.",
     (15, 13, 2)),
    ("Med nitton röster mot elva beslutar fullmäktige att avgöra ärendet i dag.", (19, 11, None)),
    ("Kommunstyrelsen beslutar således med nio röster mot fyra att bifalla liggande förslag. En "
     "ledamot avstår.", (9, 4, 1)),
    ("Med fyrtiotre röster mot trettioåtta beslutar fullmäktige att avslå motionen.",
     (43, 38, None)),
    ("Med 6 röster mot 4, en ledamot avstod", (6, 4, 1)),
])
def test_counts_written_in_words(text, counts):
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.abstain) == counts


def test_voters_in_prose_with_the_absent_under_their_own_label():
    text = ("Ja för kommunstyrelsens förslag, nej för Ali Rezas yrkande.\n"
            "Ja-röster avgavs av: Anna Berg (S), Jonas Åkerman (S) och\nHelena af Sillén (M).\n"
            "Nej-röster avgavs av: Ali Reza (V).\nAvstod från att rösta: Ebba Lilja Hedin (C).\n"
            "Frånvarande: Jimmy Sten (SD).\n"
            "Med tre röster mot en, en ledamot avstod och en var frånvarande, beslutar fullmäktige "
            "enligt kommunstyrelsens förslag.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.party, x.vote.value) for x in v.voters] == [
        ("Anna Berg", "S", "ja"), ("Jonas Åkerman", "S", "ja"), ("Helena af Sillén", "M", "ja"),
        ("Ali Reza", "V", "nej"), ("Ebba Lilja Hedin", "C", "avstår"),
        ("Jimmy Sten", "SD", "frånvarande")]
    assert (v.yes, v.no, v.abstain, v.verified) == (3, 1, 1, True)


def test_members_away_make_no_vote_of_their_own():
    text = ("Frånvarande: Jimmy Sten (SD).\nKommunfullmäktige antar detaljplanen.")
    assert extract_votes(lines_from_text(text)) == []


@pytest.mark.parametrize("text, voters", [
    ("Ja (3): S: Marie Holmgren, Sten Ahlqvist; C: Gunnel Sjögren\n"
     "Nej (2): M: Carl-Johan von Essen; SD: Dennis\nKrantz\nAvstår (1): KD: Lisa Holm\n"
     "Kommunstyrelsen beslutar således med tre röster mot två att bifalla förslaget.",
     [("Marie Holmgren", "S", "ja"), ("Sten Ahlqvist", "S", "ja"), ("Gunnel Sjögren", "C", "ja"),
      ("Carl-Johan von Essen", "M", "nej"), ("Dennis Krantz", "SD", "nej"),
      ("Lisa Holm", "KD", "avstår")]),
    ("Ja-röster: S: Anna Berg och Per Ek; L: Marie-Louise Ekdahl\nStröm; MP: Noah Ferm\n"
     "Nej-röster: M: Ola Nord.\nJa 4, Nej 1",
     [("Anna Berg", "S", "ja"), ("Per Ek", "S", "ja"), ("Marie-Louise Ekdahl Ström", "L", "ja"),
      ("Noah Ferm", "MP", "ja"), ("Ola Nord", "M", "nej")]),
])
def test_voters_listed_party_by_party(text, voters):
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.party, x.vote.value) for x in v.voters] == voters and v.verified


@pytest.mark.parametrize("text, appendix", [
    ("Med 8 ja-röster mot 6 nej-röster beslutar kommunstyrelsen. Hur var och en röstat framgår "
     "av Bilaga 1 till § 47.", "Bilaga 1"),
    ("Med tjugofem röster mot fem beslutar fullmäktige. Hur var och en röstade framgår av "
     "bilaga B.", "bilaga B"),
    ("Ja 15, Nej 13. Omröstningslista, se bilaga A.", "bilaga A"),
    ("Med 3 ja-röster mot 2 nej-röster beslutar nämnden; röstningen framgår av bilaga 2 till "
     "tjänsteskrivelsen.", None),
])
def test_appendices_by_letter_and_to_a_paragraph(text, appendix):
    (v,) = extract_votes(lines_from_text(text))
    assert v.appendix == appendix


def test_voters_by_what_they_voted_for():
    text = ("Ordföranden ställer kommunstyrelsens förslag mot Jenny Alms yrkande och finner "
            "kommunstyrelsens förslag bifallet. Omröstning begärs.\n"
            "För kommunstyrelsens förslag röstade 3 ledamöter: Eva Lindmark (S), Tomas Hjelm (S) "
            "och\nFredrik Swahn (M).\nFör Jenny Alms yrkande röstade 1 ledamot: Jenny Alm (V).\n"
            "Avstod från att rösta: Tova Lind (MP).\n"
            "Fullmäktige har således beslutat enligt kommunstyrelsens förslag.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.vote.value) for x in v.voters] == [
        ("Eva Lindmark", "ja"), ("Tomas Hjelm", "ja"), ("Fredrik Swahn", "ja"),
        ("Jenny Alm", "nej"), ("Tova Lind", "avstår")]
    assert (v.yes, v.no, v.abstain, v.verified) == (3, 1, 1, True)


def test_members_one_a_line_with_the_party_after_a_comma_under_a_label_without_a_colon():
    text = ("Omröstning begärs. Ja för kommunstyrelsens förslag, nej för avslag.\n"
            "Ja-röster (2)\nEva Lindmark, S\nAnnika Fors-Lindqvist, C\nNej-röster (1)\n"
            "Ulrika de Mare, L\nFrånvarande (1)\nPatrik Sjö - SD\n"
            "Omröstningen utföll 2–1. Fullmäktige har således bifallit förslaget.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.party, x.vote.value) for x in v.voters] == [
        ("Eva Lindmark", "S", "ja"), ("Annika Fors-Lindqvist", "C", "ja"),
        ("Ulrika de Mare", "L", "nej"), ("Patrik Sjö", "SD", "frånvarande")]
    assert (v.yes, v.no, v.abstain, v.verified) == (2, 1, 0, True)


def test_members_told_voting_in_a_sentence():
    text = ("Omröstning begärdes. Ja för förvaltningens förslag, nej för avslag. Vid omröstningen "
            "röstade Anna Berg (S), Per Sjö (S) och Oskar\nHed (L) ja, medan Per Ek (M) och Kim Ek "
            "(SD) röstade nej. Lisa Berg (KD) avstod\nfrån att rösta.\n"
            "Nämnden har alltså med tre röster mot två beslutat enligt förvaltningens förslag.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.party, x.vote.value) for x in v.voters] == [
        ("Anna Berg", "S", "ja"), ("Per Sjö", "S", "ja"), ("Oskar Hed", "L", "ja"),
        ("Per Ek", "M", "nej"), ("Kim Ek", "SD", "nej"), ("Lisa Berg", "KD", "avstår")]
    assert (v.yes, v.no, v.abstain, v.verified) == (3, 2, 1, True)


@pytest.mark.parametrize("text", [
    "Per Ek (M) avstod från att rösta i ärendet.\nNämnden beslutar enligt förvaltningens förslag.",
    "Anna Berg (S) och Per Ek (M) röstade ja till förslaget om ny taxa i utskottet.",
])
def test_a_member_told_abstaining_without_a_votering_makes_no_vote(text):
    assert extract_votes(lines_from_text(text)) == []


def test_members_one_a_line_with_dotted_leaders_to_their_vote():
    text = ("Den som vill att ärendet avgörs i dag röstar ja, den som vill att ärendet "
            "återremitteras röstar nej.\nOmröstningslista\n"
            "Anna Berg (S) ........................................ Ja\n"
            "Per Sjö (S), ersättare ................................ Ja\n"
            "Per Ek (M) ………………………… Nej\n"
            "Med två ja-röster mot en nej-röst beslutade nämnden att avgöra ärendet i dag.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.party, x.vote.value) for x in v.voters] == [
        ("Anna Berg", "S", "ja"), ("Per Sjö", "S", "ja"), ("Per Ek", "M", "nej")]
    assert v.verified


@pytest.mark.parametrize("text, voters, counts", [
    ("Omröstning förrättades. Ja röstade Karl Nyman (SFP) och Maria Sundell (SDP); nej röstade "
     "Tom\nLindholm (Saml.); blankt röstade Kaj Östman (KD).\n"
     "Omröstningsresultat: 2 ja, 1 nej och 1 blank röst.",
     [("Karl Nyman", "SFP", "ja"), ("Maria Sundell", "SDP", "ja"), ("Tom Lindholm", "Saml", "nej"),
      ("Kaj Östman", "KD", "avstår")], (2, 1, 1)),
    ("Omröstning begärdes. Ja röstar Anna Berg (S) och Per Sjö (S), nej röstar Per Ek (M).\n"
     "Nämnden beslutar med 2 röster mot 1 enligt förslaget.",
     [("Anna Berg", "S", "ja"), ("Per Sjö", "S", "ja"), ("Per Ek", "M", "nej")], (2, 1, None)),
])
def test_the_vote_before_the_verb_and_the_names_after_it(text, voters, counts):
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.party, x.vote.value) for x in v.voters] == voters
    assert (v.yes, v.no) == counts[:2]


def test_members_listed_by_what_they_voted_for_without_a_colon():
    text = ("Omröstning begärdes. För bifall röstade Anna Berg (S) och Per Sjö (S). För avslag "
            "röstade Per Ek (M).\nMed 2 röster mot 1 beslutar nämnden att bifalla förslaget.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.vote.value) for x in v.voters] == [
        ("Anna Berg", "ja"), ("Per Sjö", "ja"), ("Per Ek", "nej")]
    assert (v.yes, v.no) == (2, 1)


# ------------------------------------------------------------------ the third persons round


@pytest.mark.parametrize("text, yes, no", [
    ("Omröstning begärs. Rösterna fördelade sig 6–5.", 6, 5),
    ("Votering begärs. Rösterna fördelar sig 7-4 till förmån för förslaget.", 7, 4),
    ("Röstfördelningen blev 9–2.", 9, 2),
    ("Nämnden har beslutat enligt förvaltningens förslag med 6 röster mot 5.", 6, 5),
])
def test_a_result_told_as_how_the_votes_fell(text, yes, no):
    (v,) = extract_votes(lines_from_text(text))
    assert (v.yes, v.no) == (yes, no)


def test_members_told_by_what_they_voted_for_the_first_side_ja():
    text = ("Ordföranden ställer bifall mot avslag. Omröstning begärs.\n"
            "Anna Lund, Karl Strand och Marie Åhlén samt tjänstgörande ersättaren Elsa Holmgren "
            "(S) röstade för bifall; Per Eriksson, Lisa Wahlin och Kent Ljung för avslag. "
            "Rösterna fördelade sig 4–3.")
    (v,) = extract_votes(lines_from_text(text))
    assert (v.yes, v.no, v.verified) == (4, 3, True)
    assert [(x.name, x.party, x.vote) for x in v.voters] == [
        ("Anna Lund", None, VoteChoice.JA), ("Karl Strand", None, VoteChoice.JA),
        ("Marie Åhlén", None, VoteChoice.JA), ("Elsa Holmgren", "S", VoteChoice.JA),
        ("Per Eriksson", None, VoteChoice.NEJ), ("Lisa Wahlin", None, VoteChoice.NEJ),
        ("Kent Ljung", None, VoteChoice.NEJ)]


def test_a_list_after_a_label_of_names_with_an_initial():
    text = ("Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för Jan Perssons "
            "förslag.\nJa: A. Lund, K. Strand, M. Åhlén\nNej: P. Eriksson, J. Persson\n"
            "Nämnden har beslutat enligt förvaltningens förslag med 3 röster mot 2.")
    (v,) = extract_votes(lines_from_text(text))
    assert [(x.name, x.vote) for x in v.voters] == [
        ("A. Lund", VoteChoice.JA), ("K. Strand", VoteChoice.JA), ("M. Åhlén", VoteChoice.JA),
        ("P. Eriksson", VoteChoice.NEJ), ("J. Persson", VoteChoice.NEJ)]
    assert v.verified


def test_a_vote_by_party_group_counts_names_no_voters():
    text = ("Omröstningen redovisas partivis: S 7 ja, C 2 ja, KD 1 ja, L 1 ja, M 4 nej, SD 3 nej, "
            "V 2 nej. Fullmäktige har med 11 ja-röster mot 9 nej-röster bifallit förslaget.")
    (v,) = extract_votes(lines_from_text(text))
    assert (v.yes, v.no, v.voters) == (11, 9, ())


@pytest.mark.parametrize("text, counts", [
    ("Omröstning begärs. Med röstsiffrorna 7–4 beslutar nämnden enligt förslaget.", (7, 4, None)),
    ("Omröstningen utfaller 7–4 till förmån för förslaget.", (7, 4, None)),
    ("Vid omröstningen avgavs 7 röster för bifall och 4 för avslag.", (7, 4, None)),
    ("Omröstningen utföll med 7 röster för kommunstyrelsens förslag och 4 röster för Per Eks "
     "yrkande.", (7, 4, None)),
    ("Omröstning verkställs. 7 ledamöter röstar ja och 4 röstar nej.", (7, 4, None)),
    ("Med 6 röster mot 5 och 2 nedlagda röster beslutar fullmäktige enligt förslaget.", (6, 5, 2)),
])
def test_more_ways_to_print_a_result(text, counts):
    (v,) = extract_votes(lines_from_text(text))
    assert (v.yes, v.no, v.abstain) == counts


def test_a_result_by_proposal_gives_its_proposition():
    (v,) = extract_votes(lines_from_text("Vid omröstningen avgavs 7 röster för bifall och 4 för "
                                         "avslag."))
    assert v.proposition == "Ja för bifall, nej för avslag"
@pytest.mark.parametrize("text, counts, reference", [
    ("Ja-röster: 23 (se bilaga 1). Nej-röster: 6. Avstår: 1.", (23, 6, 1), "bilaga 1"),
    ("Ja-röster: 5 (se bilaga 1), Nej-röster: 23, Avstår: 2", (5, 23, 2), "bilaga 1"),
    ("Ja 7 (bilaga 2); Nej 4", (7, 4, None), None),
])
def test_labelled_counts_with_an_aside_between_them(text, counts, reference):
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.abstain) == counts
    assert vote.appendix == reference


PARTY_BY_PARTY = """Med 4 ja-röster mot 3 nej-röster och 1 som avstår beslutar fullmäktige enligt
kommunstyrelsens förslag. Så här röstade partierna:
S: Ja 3 (Agneta Sundell, Rolf Hägglund, Sven-
Erik Ahl)
SD: Nej 2 (Roger Mattfolk, Jessica Lantz), Frånvarande 1 (Kent Björne)
Centerpartiet: Ja 1 (Östen Karp), Avstår 1 (Maja Rimmerfors)
KD: Nej 1 (Torbjörn Eng)
Beslut"""


def test_a_roll_call_told_party_by_party():
    (vote,) = extract_votes(lines_from_text(PARTY_BY_PARTY))
    assert (vote.yes, vote.no, vote.abstain, vote.verified) == (4, 3, 1, True)
    assert [(v.name, v.party, v.vote) for v in vote.voters] == [
        ("Agneta Sundell", "S", VoteChoice.JA), ("Rolf Hägglund", "S", VoteChoice.JA),
        ("Sven-Erik Ahl", "S", VoteChoice.JA), ("Roger Mattfolk", "SD", VoteChoice.NEJ),
        ("Jessica Lantz", "SD", VoteChoice.NEJ), ("Kent Björne", "SD", VoteChoice.FRANVARANDE),
        ("Östen Karp", "C", VoteChoice.JA), ("Maja Rimmerfors", "C", VoteChoice.AVSTAR),
        ("Torbjörn Eng", "KD", VoteChoice.NEJ)]


def test_a_party_whose_count_its_names_do_not_give_is_unverified():
    text = "Med 3 ja-röster mot 1 nej-röst.\nS: Ja 3 (Anna Berg, Per Ek)\nM: Nej 1 (Eva Lund)"
    (vote,) = extract_votes(lines_from_text(text))
    assert not vote.verified and "S prints 3 ja and names 2" in (vote.discrepancy or "")


@pytest.mark.parametrize("text", [
    "S: Ja 3 (Anna Berg, Per Ek, Eva Lund)",  # one party alone is no roll call
    "Not: Ja 3 (Anna Berg, Per Ek, Eva Lund)\nM: Nej 1 (Olle Ek)",  # no party
])
def test_no_party_by_party_roll_call(text):
    assert all(not v.voters for v in extract_votes(lines_from_text(text)))


def test_a_party_by_party_roll_call_with_the_count_first():
    text = ("Med 4 ja-röster mot 2 nej-röster beslutar fullmäktige enligt förslaget.\n"
            "S: 3 ja (Agneta Sundell, Rolf Hägglund, Sven-Erik Ahl)\n"
            "M: 2 nej (Gunnar Stål, Claes Winge); 1 ja (Lina Tegnér)")
    (vote,) = extract_votes(lines_from_text(text))
    assert vote.verified and [(v.name, v.party, v.vote.value) for v in vote.voters][3:] == [
        ("Gunnar Stål", "M", "nej"), ("Claes Winge", "M", "nej"), ("Lina Tegnér", "M", "ja")]


@pytest.mark.parametrize("text, names", [
    ("Med 2 ja-röster mot 1 nej-röst. Följande röstade ja: Wikström K. och Grönroos A. "
     "Följande röstade nej: Rantala M.", ["Wikström K.", "Grönroos A.", "Rantala M."]),
    ("Med 2 ja-röster mot 1 nej-röst. Ja-röster: K. Wikström, A. Grönroos. Nej-röster: "
     "M. Rantala.", ["K. Wikström", "A. Grönroos", "M. Rantala"]),
    ("Omröstning förrättades. Ja: Wikström K., Grönroos A. (2) Nej: Rantala M. (1)",
     ["Wikström K.", "Grönroos A.", "Rantala M."]),
])
def test_voters_listed_by_surname_and_initial(text, names):
    (vote,) = extract_votes(lines_from_text(text))
    assert [v.name for v in vote.voters] == names and vote.verified


@pytest.mark.parametrize("text, hyphenated", [
    ("tjänstgörande ersättaren Ann-", True), ("Ö-", True), ("½-", True), ("ersättaren 12-", False),
    ("x_-", False), ("-", False), ("Ann -", False), ("Ann", False), ("", False)])
def test_a_name_hyphenated_over_a_line_end_is_seen_at_the_text_s_end(text, hyphenated):
    from meetbook.extract.votes import _ends_in_hyphenated_word

    assert _ends_in_hyphenated_word(text) is hyphenated


# --------------------------------------------------------------- a vote by show of hands


@pytest.mark.parametrize("text, counts", [
    ("Vid handuppräckningen röstade 22 ledamöter för kommunstyrelsens förslag och 17 ledamöter "
     "för motionen. En ledamot avstod från att rösta.", (22, 17, 1)),
    ("Vid handuppräckning avgavs 23 röster för bifall och 18 för avslag.", (23, 18, None)),
    ("Handuppräckning: 22 röster för och 17 emot, 2 avstod.", (22, 17, 2)),
    ("Vid omröstning genom handuppräckning röstade 9 ledamöter för och 4 mot förslaget.",
     (9, 4, None)),
])
def test_counts_of_a_vote_by_show_of_hands(text, counts):
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.abstain) == counts and vote.voters == ()


@pytest.mark.parametrize("text", [
    "Nämnden beslutar att 3 platser för äldreboende och 2 för korttidsboende ska inrättas.",
    "Av de 12 ledamöterna var 10 för förslaget.",
    "Bidraget avser 22 platser för barn och 17 mot betalning.",
    "Sammanträdet pågick 2 timmar för ärende 5 och 1 timme mot slutet.",
])
def test_numbers_for_and_against_in_other_sentences_are_no_vote(text):
    assert extract_votes(lines_from_text(text)) == []


# --------------------------------------------------------------- voteringar numbered through the meeting

TWO_NUMBERED = """Votering begärs (omröstning nr 2). Ja för att ärendet avgörs i dag, nej för återremiss.
Omröstningsresultat: 30 ja-röster, 7 nej-röster och 3 avstår. Ärendet ska avgöras i dag.
Ordföranden ställer därefter proposition på förslagen. Votering begärs (omröstning nr 3).
Ja för kommunstyrelsens förslag, nej för Moderaternas förslag.
Omröstningsresultat: 19 ja-röster, 18 nej-röster och 3 avstår. Hur var och en har röstat i
omröstningarna nr 2 och 3 framgår av bilaga 1."""


def test_each_votering_keeps_the_number_its_section_names():
    first, second = extract_votes(lines_from_text(TWO_NUMBERED))
    assert (first.yes, first.appendix) == (30, "omröstning nr 2")
    assert (second.yes, second.appendix) == (19, "bilaga 1, omröstning nr 3")


@pytest.mark.parametrize("text, appendix", [
    ("Omröstningen utfaller med 21 ja-röster mot 16 nej-röster (omröstning nr 1).",
     "omröstning nr 1"),
    ("Omröstning nr 4 begärs och verkställs. Med 20 ja-röster mot 17 nej-röster bifalls "
     "förslaget.", "omröstning nr 4"),
    ("Med 20 ja-röster mot 17 nej-röster bifalls förslaget. Voteringslista nr 2 bifogas.",
     "omröstning nr 2"),
    ("Med 20 ja-röster mot 17 nej-röster bifalls förslaget, se omröstningarna nr 2 och 3.", None),
    ("Med 20 ja-röster mot 17 nej-röster bifalls förslaget enligt avtal nr 2026-14.", None),
])
def test_the_number_a_votering_is_named_by(text, appendix):
    (vote,) = extract_votes(lines_from_text(text))
    assert vote.appendix == appendix


def test_a_number_before_the_next_votering_opens_it():
    text = ("Med 20 ja-röster mot 17 nej-röster bifalls återremissyrkandet inte. "
            "Omröstning nr 3 begärs i huvudfrågan. Med 21 ja-röster mot 16 nej-röster bifalls "
            "kommunstyrelsens förslag.")
    first, second = extract_votes(lines_from_text(text))
    assert (first.yes, first.appendix, second.yes, second.appendix) == \
        (20, None, 21, "omröstning nr 3")


@pytest.mark.parametrize("text", [
    "Med 21 ja-röster mot 16 nej-röster bifalls förslaget. Ja: Socialdemokraterna, Centerpartiet "
    "och Liberalerna. Nej: Moderaterna och Sverigedemokraterna.",
    "Med 21 ja-röster mot 16 nej-röster bifalls förslaget. Ja röstade S, C, KD och L; nej röstade "
    "M och SD.",
    "Med 21 ja-röster mot 16 nej-röster bifalls förslaget. Ja-röster: S, C och L. Nej-röster: M.",
])
def test_parties_listed_as_voting_are_no_voters(text):
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.voters, vote.verified) == (21, 16, (), True)


def test_parties_listed_with_their_counts_give_the_counts():
    text = "Omröstningsresultat: Ja-röster: S, C, KD och L (21). Nej-röster: M och SD (16)."
    (vote,) = extract_votes(lines_from_text(text))
    assert (vote.yes, vote.no, vote.abstain, vote.voters) == (21, 16, None, ())


@pytest.mark.parametrize("rows", [
    ["1. Anna Berg (S) – Ja", "2. Per Ek (M) – Nej", "3. Eva Lund (C) – Ja"],
    ["1 Anna Berg (S) Ja", "2 Per Ek (M) Nej", "3 Eva Lund (C) Ja"],
    ["1) Anna Berg, S: ja", "2) Per Ek, M: nej", "3) Eva Lund, C: ja"],
])
def test_members_one_a_line_numbered_by_seat(rows):
    text = "Med 2 ja-röster mot 1 nej-röst bifalls förslaget.\n" + "\n".join(rows)
    (vote,) = extract_votes(lines_from_text(text))
    assert vote.voters == (Voter("Anna Berg", "S", VoteChoice.JA), Voter("Per Ek", "M", VoteChoice.NEJ),
                           Voter("Eva Lund", "C", VoteChoice.JA)) and vote.verified


@pytest.mark.parametrize("text", [
    "Kommunfullmäktige beslutar\n1. att anta planen\n2. att uppdra åt Anna Berg (S) att svara nej\n"
    "3. Per Ek (M) avstår från att rösta i frågan om arvodet",
    "Till ledamöter väljs\n1. Anna Berg (S)\n2. Per Ek (M)\n3. Eva Lund (C)",
])
def test_numbered_points_and_lists_of_names_are_no_roll_call(text):
    assert all(not v.voters for v in extract_votes(lines_from_text(text)))


PRESENT_HEADS = ((60, "Ledamot"), (200, "Parti"), (250, "Närvaro"), (320, "Ja"), (350, "Nej"),
                 (380, "Avstår"))


def _present_list(*seats: tuple[str, str, str, int | None]) -> list:
    from meetbook.extract.vote_lists import lists_in_lines
    from tests.pagemaker import row
    lines = [row(100, *PRESENT_HEADS, bold=True)] + [
        row(114 + 12 * k, (60, name), (200, party), (250, here), *(((x, "X"),) if x else ()))
        for k, (name, party, here, x) in enumerate(seats)]
    (vl,) = lists_in_lines(lines)
    return vl


@pytest.mark.parametrize("yes, no, verified", [(2, 1, True), (2, 2, False), (3, 1, False)])
def test_a_member_printed_with_no_vote_is_an_empty_seat_where_the_counts_leave_them_out(
        yes, no, verified):
    vl = _present_list(("Anna Berg", "S", "X", 320), ("Per Ek", "S", "X", 320),
                       ("Ola Nord", "M", "X", 350), ("Tina Eriksson", "SD", "–", None))
    vote = with_list(None, vl)
    assert (vote.yes, vote.no, vote.verified) == (2, 1, False)  # no counts printed: unclear
    printed = replace(vote, yes=yes, no=no, abstain=0, voters=())
    got = with_list(printed, vl)
    assert got.verified is verified and len(got.voters) == 3


def test_a_row_that_cannot_be_read_is_no_empty_seat():
    vl = _present_list(("Anna Berg", "S", "X", 320), ("Per Ek", "S", "X", 320),
                       ("Ola Nord", "M", "X", 350), ("Tina Eriksson", "SD", "X", 999))
    got = with_list(replace(with_list(None, vl), yes=2, no=1, abstain=0, voters=()), vl)
    assert not got.verified


def test_a_ruled_table_under_heads_no_reader_knows_is_read_by_its_shape():
    from tests.pagemaker import line, row
    people = [("Anna Berg", "S", 0), ("Per Ek", "M", 1), ("Karin Lund", "C", 0),
              ("Olof Nyström", "SD", 1), ("Eva Sjöholm", "V", 2)]
    heads = row(100, (60, "Förtroendevald"), (220, "Grupp"), (372, "KS förslag"),
                (432, "Motförslaget"), (502, "Ej röst"))
    rows = [row(114 + 14 * k, (60, n), (220, p), (380 + 60 * c + (5 if c == 2 else 0), "X"))
            for k, (n, p, c) in enumerate(people)]
    table = Table(1, 98, 186, (("Förtroendevald", "Grupp", "KS förslag", "Motförslaget",
                                "Ej röst"),) + tuple((n, p, *["X" if i == c else "" for i in
                                                             range(3)]) for n, p, c in people))
    text = [line("Votering begärs och genomförs.", 80), heads, *rows,
            line("Med 2 ja-röster mot 2 nej-röster och 1 som avstår beslutar nämnden enligt "
                 "ordförandens förslag.", 200)]
    (vote,) = extract_votes(text, [table])
    assert [(v.name, v.vote) for v in vote.voters] == [
        ("Anna Berg", VoteChoice.JA), ("Per Ek", VoteChoice.NEJ), ("Karin Lund", VoteChoice.JA),
        ("Olof Nyström", VoteChoice.NEJ), ("Eva Sjöholm", VoteChoice.AVSTAR)]
    assert vote.verified


@pytest.mark.parametrize("proposition, yes_word", [
    ("Ja för bifall till motionen, nej för avslag.", "Bifall"),
    ("Ja för avslag och Nej för bifall till motionen.", "Avslag"),
    ("Ja-röst innebär avslag på motionen. Nej-röst innebär bifall.", "Avslag"),
    ("", "Bifall"),  # no proposition: bifall is the ja
])
def test_a_roll_call_writing_the_proposal_follows_the_proposition(proposition, yes_word):
    from tests.pagemaker import line, row
    words = {"Bifall": "Avslag", "Avslag": "Bifall"}
    people = [("Anna Berg", "S", yes_word), ("Per Ek", "M", words[yes_word]),
              ("Karin Lund", "C", yes_word), ("Olof Nyström", "SD", words[yes_word]),
              ("Eva Sjöholm", "V", yes_word)]
    lines = [line(f"Votering begärs. {proposition}".strip(), 80),
             row(100, (60, "Ledamot"), (220, "Parti"), (300, "Röst")),
             *[row(114 + 14 * k, (60, n), (220, p), (300, w)) for k, (n, p, w) in enumerate(people)],
             line("Med 3 ja-röster mot 2 nej-röster beslutar nämnden enligt förslaget.", 200)]
    (vote,) = extract_votes(lines)
    assert [v.vote for v in vote.voters] == [VoteChoice.JA, VoteChoice.NEJ, VoteChoice.JA,
                                             VoteChoice.NEJ, VoteChoice.JA]
    assert vote.verified
