"""Procedure in minutes that name members without a party (Finland-Swedish prose)."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract import unmarked
from meetbook.model import Stance, VoteChoice


@pytest.mark.parametrize("text, movers, stance", [
    ("Under diskussionen föreslog Anna Kengo, understödd av Tua Backman, att ärendet "
     "återremitteras för ytterligare beredning.", ["Anna Kengo", "Tua Backman"], Stance.ATERREMISS),
    ("Ledamot Jean Hellsten föreslog att ärendet bordläggs.", ["Jean Hellsten"], Stance.BORDLAGGNING),
    ("Under diskussionen föreslog ledamot Johanna Norrbygård, understödd av ledamot Linda Rögård, "
     "att bidraget höjs till 5 000 euro.", ["Johanna Norrbygård", "Linda Rögård"], Stance.ANNAT),
    ("Stadsdirektör Martin Norrgård föreslog att ärendet bordläggs.", ["Martin Norrgård"],
     Stance.BORDLAGGNING),
])
def test_proposals(text, movers, stance):
    (m,) = unmarked.motions(text)
    assert [p.name for p in m.movers] == movers and m.stance == stance
    assert all(p.party is None for p in m.movers)


def test_a_vote_with_the_voters_named():
    text = ("Nämnden godkände omröstningsproposition där den som röstar för bildningsdirektörens "
            "förslag röstar ja och den som röstar för Anna Kengos förslag röstar nej. Omröstningen "
            "utföll med 5 ja-röster (Lindvall, Hellsten, Bjarnadottir, Norrbygård, Rögård) och "
            "2 nej-röster (Kengo, Backman).")
    (v,) = unmarked.votes(text)
    assert (v.yes, v.no, v.abstain, v.verified) == (5, 2, None, True)
    assert [x.name for x in v.voters if x.vote == VoteChoice.NEJ] == ["Kengo", "Backman"]
    assert "röstar ja" in v.proposition


def test_a_vote_whose_names_do_not_add_up_is_unverified():
    (v,) = unmarked.votes("Omröstningen utföll med 3 ja-röster (Lindvall, Hellsten) och 1 nej-röst "
                          "(Kengo) samt 1 blank röst.")
    assert (v.yes, v.no, v.abstain, v.verified) == (3, 1, 1, False)


def test_reservations_and_jav():
    text = ("Anna Kengo och Tua Backman reserverade sig mot beslutet. Jean Hellsten anmälde jäv och "
            "avlägsnade sig under behandlingen av ärendet.")
    (r,) = unmarked.reservations(text)
    assert [m.name for m in r.members] == ["Anna Kengo", "Tua Backman"]
    (j,) = unmarked.statements(text)
    assert [m.name for m in j.members] == ["Jean Hellsten"]


def test_a_body_is_no_person():
    assert unmarked.motions("Stadsstyrelsen föreslog att fullmäktige godkänner avtalet.") == []


@given(st.text(max_size=400))
def test_never_crashes(text):
    unmarked.motions(text), unmarked.votes(text), unmarked.reservations(text)
    unmarked.statements(text), unmarked.without_procedure(text)
