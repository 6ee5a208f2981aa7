"""Voteringar: counts, propositions, per-member tables and roll calls."""
from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.votes import extract_propositions, extract_votes, ja_nej
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
    assert (v.yes, v.no, v.abstain, v.verified) == (5, 2, None, True)
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
