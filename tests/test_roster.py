"""The persons a § prints short (name alone, surname alone, an initial) named as the
protocol's list of those present names them, with the party it prints."""
from __future__ import annotations

import pytest

from meetbook.assemble.roster import Roster, with_appendix_statements, with_roster
from meetbook.model import (
    Attendance,
    Decision,
    DecisionKind,
    Item,
    Member,
    Motion,
    Reservation,
    Stance,
    Statement,
    StatementKind,
    Vote,
    VoteChoice,
    Voter,
)

COVER = [Attendance("Anna Berglund", "S", "ledamot", function="ordförande"),
         Attendance("Tove Sandin", "V", "ledamot"), Attendance("Ali Rahimi", "V", "ledamot"),
         Attendance("Anders Berg", "M", "ledamot"), Attendance("Anna Berg", "KD", "ledamot"),
         Attendance("Karin Wennberg", None, "tjänsteperson", function="kommundirektör")]
# a cover that prints names surname first without a comma
TURNED = [Attendance("Lund Anna", "S", "ledamot"), Attendance("Holmgren Elsa", "S",
                                                               "tjänstgörande ersättare")]


@pytest.mark.parametrize("printed, member", [
    (Member("Tove Sandin"), Member("Tove Sandin", "V")),        # the party from the cover
    (Member("Sandin"), Member("Tove Sandin", "V")),             # a surname alone
    (Member("Berglund, A."), Member("Anna Berglund", "S")),     # surname and initial
    (Member("A. Berglund"), Member("Anna Berglund", "S")),
    (Member("Berglund A."), Member("Anna Berglund", "S")),
    (Member("Berg"), Member("Berg")),                           # two on the cover: as printed
    (Member("A. Berg"), Member("A. Berg")),
    (Member("Per Ek"), Member("Per Ek")),                       # nobody on the cover
    (Member("Tove Sandin", "S"), Member("Tove Sandin", "S")),   # a printed party is kept
    (Member("Karin Wennberg"), Member("Karin Wennberg")),       # no party on the cover
])
def test_a_name_as_the_cover_names_it(printed, member):
    assert Roster(COVER).named(printed) == member


@pytest.mark.parametrize("printed, member", [
    (Member("Anna Lund"), Member("Anna Lund", "S")),
    (Member("A. Lund"), Member("Anna Lund", "S")),
    (Member("Holmgren"), Member("Elsa Holmgren", "S")),
    (Member("Lund Anna"), Member("Lund Anna", "S")),
])
def test_a_cover_that_prints_the_surname_first(printed, member):
    assert Roster(TURNED).named(printed) == member


def test_every_person_of_the_procedure_is_named_from_the_cover():
    d = Decision(DecisionKind.BESLUT, "Kommunfullmäktige", "2026-11-23", 122, None, 2,
                 motions=(Motion((Member("Tove Sandin"),), Stance.BIFALL),),
                 votes=(Vote("", 1, 0, 0, (Voter("Berglund, A.", None, VoteChoice.JA),)),),
                 reservations=(Reservation((Member("Sandin"), Member("Rahimi")), "Reservation av "
                                           "Sandin och Rahimi."),))
    (item,) = with_roster([Item("§ 122", "Motion", None, (), None, decisions=(d,))], COVER)
    (got,) = item.decisions
    assert got.motions[0].movers == (Member("Tove Sandin", "V"),)
    assert got.votes[0].voters == (Voter("Anna Berglund", "S", VoteChoice.JA),)
    assert got.reservations[0].members == (Member("Tove Sandin", "V"), Member("Ali Rahimi", "V"))


def test_minutes_without_a_list_of_those_present_keep_their_names():
    d = Decision(DecisionKind.BESLUT, "Nämnden", None, 1, None, 1,
                 reservations=(Reservation((Member("Sandin"),), "Reservation av Sandin."),))
    items = [Item("§ 1", "Ärende", None, (), None, decisions=(d,))]
    assert with_roster(items, []) == items


def _item(n: int, *statements: Statement) -> Item:
    d = Decision(DecisionKind.BESLUT, "Kommunfullmäktige", "2026-12-15", n, None, 1,
                 statements=statements)
    return Item(f"§ {n}", "Ärende", None, (), None, decisions=(d,))


_SY = StatementKind.SARSKILT_YTTRANDE
_WRITTEN = Statement(_SY, (Member("Ali Reza", "V"),),
                     "Bilaga 2 till kommunfullmäktiges protokoll 2026-12-15, § 63: Vi …", 5)
_OWN = Statement(_SY, (Member("Tove Ring", "MP"),), "Under sammanträdet lämnade …", 4)


def test_a_written_statement_in_an_appendix_goes_to_the_paragraph_it_names():
    pointer = Statement(_SY, (), "Särskilt yttrande, se bilaga 2.", 3)
    got = with_appendix_statements([_item(63, pointer), _item(64, _OWN, _WRITTEN)])
    assert [d.statements for it in got for d in it.decisions] == [(_WRITTEN,), (_OWN,)]


@pytest.mark.parametrize("paragraph", [64, 99])  # its own §, or one the protocol does not hold
def test_a_written_statement_stays_where_its_paragraph_is_not_another_of_the_protocol(paragraph):
    written = Statement(_SY, (Member("Ali Reza", "V"),),
                        f"Bilaga 2 till kommunfullmäktiges protokoll, § {paragraph}: Vi …", 5)
    items = [_item(63), _item(64, written)]
    assert with_appendix_statements(items) == items
