"""The persons a protocol's §§ print short, named as its list of those present names them (pure).

Many minutes print a member's party only once, on the cover ("Beslutande  Johan Åström  S"),
and in the §§ write the name alone ("Johan Åström yrkar bifall …"), the surname alone
("Reservation av Sandin och Rahimi"), or an initial ("Berglund, A.", "A. Lund") in a roll call.
`with_roster` gives each such person the cover's full name and party, where exactly one person
on the cover fits and the cover prints a party; a party printed in the § is never changed, and
a name no one fits stays as printed (so do the names of minutes that print no parties).
`with_full_names` then names the voters a list prints with initials or a surname alone
("Wikström K.", "K. Wikström") by the members and substitutes present, party or not.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from meetbook.assemble.appendix_moves import moved_to_named_paragraph
from meetbook.extract.statements import appendix_paragraph
from meetbook.lexicon import names
from meetbook.model import Attendance, Decision, Item, Member, Statement, Voter
from meetbook.text import fold

__all__ = ["Roster", "with_appendix_statements", "with_full_names", "with_roster"]

# "Berglund, A.", "Lund A.", "Lund, Anna-K."
_SURNAME_INITIAL = re.compile(rf"^(?P<last>{names.WORD})\s*,?\s+(?P<first>[{names.UPPER}])\.?$")
# "A. Lund", "A Lund"
_INITIAL_SURNAME = re.compile(rf"^(?P<first>[{names.UPPER}])\.?\s+(?P<last>{names.WORD})$")


class Roster:
    """The persons on a protocol's lists of those present, found by a name as a § prints it.
    A list that prints its names surname first without a comma ("Lund Anna") is found by the
    name turned too, the name as printed in the § preferred."""

    def __init__(self, attendance: Sequence[Attendance]) -> None:
        people = list(dict.fromkeys(Member(a.name, a.party) for a in attendance))
        self.orders = [[(p.name, p) for p in people],
                       [(_turned(p.name), p) for p in people if len(p.name.split()) > 1]]

    def find(self, printed: str) -> Member | None:
        """The one person on the roster a printed name fits, named as it fits, or None."""
        text = " ".join(printed.split())
        m = _SURNAME_INITIAL.match(text) or _INITIAL_SURNAME.match(text)
        for order in self.orders:
            if m:
                found = _one(order, lambda name: _surname(name) == fold(m.group("last"))
                             and fold(name)[:1] == fold(m.group("first")))
            elif " " not in text:  # a surname alone
                found = _one(order, lambda name: _surname(name) == fold(text))
            else:
                found = _one(order, lambda name: fold(name) == fold(text))
            if found is not None:
                return found
        return None

    def named(self, member: Member) -> Member:
        """The member as the roster names them: its party where the § prints none, its full name
        where the § prints a surname or an initial. A printed party that differs keeps it; a
        roster without the person's party adds nothing (minutes that print no parties keep
        their names as printed)."""
        found = self.find(member.name)
        if found is None or found.party is None or (member.party and member.party != found.party):
            return member
        return Member(found.name, member.party or found.party)


def _one(order: list[tuple[str, Member]], fits: Callable[[str], bool]) -> Member | None:
    """The person of the one name that fits, as that name prints them; None for none or many."""
    found = {p: name for name, p in order if fits(name)}
    if len(found) != 1:
        return None
    (p, name), = found.items()
    return Member(name, p.party)


def _turned(name: str) -> str:
    """A name printed surname first turned ("Lund Anna" gives "Anna Lund")."""
    words = name.split()
    return " ".join([*words[1:], words[0]])


def _surname(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


def _decision(d: Decision, roster: Roster) -> Decision:
    def members(ms: tuple[Member, ...]) -> tuple[Member, ...]:
        return tuple(dict.fromkeys(roster.named(m) for m in ms))

    def voter(v):
        m = roster.named(Member(v.name, v.party))
        return replace(v, name=m.name, party=m.party)

    return replace(
        d,
        motions=tuple(replace(x, movers=members(x.movers)) for x in d.motions),
        votes=tuple(replace(x, voters=tuple(voter(v) for v in x.voters)) for x in d.votes),
        reservations=tuple(replace(x, members=members(x.members)) for x in d.reservations),
        statements=tuple(replace(x, members=members(x.members)) for x in d.statements))


def with_roster(items: Sequence[Item], attendance: Sequence[Attendance]) -> list[Item]:
    """The items with every person of their procedure named as the protocol's lists of those
    present name them (see the module)."""
    if not attendance:
        return list(items)
    roster = Roster(attendance)
    return [replace(it, decisions=tuple(_decision(d, roster) for d in it.decisions))
            for it in items]


# ------------------------------------------------------------------ voters printed short

SEATED = ("ledamot", "tjänstgörande ersättare", "ersättare")
# an initial in a short name: "K.", "K", "A.-L."
INITIAL = re.compile(rf"^(?:[{names.UPPER}]\.?-?){{1,3}}$")


def with_full_names(items: Sequence[Item], attendance: Sequence[Attendance]) -> list[Item]:
    """The items with each voter a list names short ("Wikström K.", "K. Wikström", "Wikström")
    named as the attendance names them, party too, where exactly one member or substitute there
    (of the voter's party, where the list prints one) has that surname (as the last word of a
    name printed first name first) and the initials' first names."""
    people = [a for a in attendance if a.role in SEATED]
    if not people:
        return list(items)

    def full(v: Voter) -> Voter:
        found = _person_named(v.name, [a for a in people if not v.party or a.party == v.party])
        return v if found is None else Voter(found.name, v.party or found.party, v.vote)

    return [replace(item, decisions=tuple(
        replace(d, votes=tuple(replace(v, voters=tuple(full(x) for x in v.voters))
                               for v in d.votes)) for d in item.decisions)) for item in items]


def _person_named(short: str, people: Sequence[Attendance]) -> Attendance | None:
    """The one person whose name a short form gives, or None (a full name is no short form)."""
    words = short.replace(",", " ").split()
    initials = [w for w in words if INITIAL.match(w)]
    surname = [w for w in words if not INITIAL.match(w)]
    if not surname or (len(surname) > 1 and not initials) or len(surname) > 2:
        return None
    found = [a for a in people
             if a.name.split()[-len(surname):] == surname and len(a.name.split()) > len(surname)
             and _initials_fit(initials, a.name.split()[:-len(surname)])]
    return found[0] if len({a.name for a in found}) == 1 else None


def _initials_fit(initials: Sequence[str], given: Sequence[str]) -> bool:
    """Whether printed initials ("K.", "A.-L.") open the given names, in order."""
    letters = [c for w in initials for c in w if c.isalpha()]
    firsts = [part[0] for name in given for part in name.split("-")]
    return firsts[:len(letters)] == letters


def with_appendix_statements(items: Sequence[Item]) -> list[Item]:
    """The items with each written statement printed in an appendix that names another §
    ("Bilaga 2 till kommunfullmäktiges protokoll 2026-12-15, § 63" after the last §) moved to
    that §'s first decision, where it stands for the § 's pointer that names no one
    ("Särskilt yttrande, se bilaga 2.")."""
    return moved_to_named_paragraph(items, "statements", appendix_paragraph, _with_statements)


def _with_statements(item: Item, added: Sequence[Statement]) -> Item:
    if not added or not item.decisions:
        return item
    first, *rest = item.decisions
    kinds = {st.kind for st in added}
    own = tuple(st for st in first.statements if st.members or st.parties or st.kind not in kinds)
    return replace(item, decisions=(replace(first, statements=own + tuple(added)), *rest))
