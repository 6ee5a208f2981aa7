"""Invented people: members of a body with party and seat, their substitutes, and how each
voted. The facts' voters and attendance are read off these same lists, so the check in
verify.py reads them back from the rendered PDF."""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

FIRST = """Agnes Albin Alice Alva Anders Anette Anna Anna-Karin Annika Arvid Axel Barbro Bengt
Birgitta Björn Bo Britt Camilla Carina Carl Caroline Cecilia Christer Dan Daniel David Ebba Elin
Elisabet Ellen Emil Emma Erik Esa Eva Fatima Filip Fredrik Gabriel Greta Gunilla Gustav Hampus
Hanna Hans Helena Henrik Hugo Ida Inger Ingrid Isak Jakob Jan Jennie Jesper Joakim Johan Johanna
Jonas Josefin Karin Karl Katarina Kerstin Kim Klara Kristina Lars Leif Lena Lennart Linda Linnea
Lisa Louise Lovisa Magnus Malin Maria Marie Markus Martin Mats Mattias Mikael Moa Monica Nils
Nora Olof Oskar Patrik Per Peter Petra Rasmus Rebecka Robert Sara Simon Siv Sofia Stefan Sten
Susanne Sven Therese Tobias Tomas Tove Ulf Ulla Ulrika Viktor Vilma Yvonne Åsa Örjan""".split()

LAST = """Ahlberg Alm Andersson Arnesson Backlund Bengtsson Berg Berglöf Bergqvist Björk Blom
Bodin Borg Brandt Dahl Dahlgren Ek Ekberg Eklund Ekström Eliasson Engström Falk Fors Fredriksson
Frisk Gran Grahn Gustafsson Hagberg Hall Hammar Hedlund Hellström Holm Holmberg Hult Isaksson
Jansson Jonsson Karlsson Kvist Larsson Lind Lindahl Lindberg Lindgren Lindqvist Ljung Lund
Lundgren Lundin Magnusson Malm Mattsson Moberg Nilsson Norberg Nordin Nordström Nyberg Nyman
Olsson Palm Persson Pettersson Rask Rosén Sandberg Sjöberg Skog Strand Ström Sundberg Svensson
Söderberg Törnqvist Wahlberg Wallin Westerlund Wiklund Åberg Åkesson Öberg Östlund""".split()

# names beyond the common Swedish ones, one group per municipality
EXTRA = {0: ["Ali Hassan", "Jovan Petrović", "Marie-Louise Ekdahl Ström", "Goran Ilić"],
         1: ["Amira Saleh", "Aino Heikkinen", "Carl-Johan von Essen", "Ibrahim Omar"],
         2: ["Mehmet Yilmaz", "Noor Ahmadi", "Tiina Korhonen", "Sanna Lind Bergström"]}


@dataclass(frozen=True)
class Person:
    name: str
    party: str | None = None

    def tag(self) -> str:
        """Name as printed with the party: "Anna Berg (S)"."""
        return f"{self.name} ({self.party})" if self.party else self.name

    def member(self) -> dict:
        return {"name": self.name, "party": self.party}


class Names:
    """Unique invented names, reproducible from a seed. Each municipality draws surnames from its
    own third of the list (part 0, 1 or 2), so no invented name recurs across municipalities."""

    def __init__(self, seed: int, taken: set[str] | None = None, part: int = 0) -> None:
        self.rng = random.Random(seed)
        self.taken: set[str] = set(taken or ())
        self.last = LAST[part::3]
        self.extra = list(EXTRA[part])
        self.rng.shuffle(self.extra)

    def one(self) -> str:
        while True:
            if self.extra and self.rng.random() < 0.08:
                name = self.extra.pop()
            else:
                name = f"{self.rng.choice(FIRST)} {self.rng.choice(self.last)}"
            if name not in self.taken:
                self.taken.add(name)
                return name

    def members(self, seats: dict[str, int], fixed: dict[str, list[str]]) -> list[Person]:
        """A body's members party by party: the named ones first, invented ones to fill the seats."""
        out = []
        for party, n in seats.items():
            named = [Person(x, party) for x in fixed.get(party, [])]
            out += named + [Person(self.one(), party) for _ in range(n - len(named))]
        return out


@dataclass(frozen=True)
class Seat:
    """One row of a roll call: the member, who sat in their place (None: the member), the vote."""

    member: Person
    voter: Person | None
    vote: str  # ja | nej | avstår | frånvarande

    @property
    def who(self) -> Person:
        return self.voter or self.member

    def fact(self) -> dict:
        return {"name": self.who.name, "party": self.who.party, "vote": self.vote}


def roll_call(members: list[Person], stand: dict[str, str], subs: dict[str, Person],
              absent: set[str], exceptions: dict[str, str] | None = None) -> list[Seat]:
    """Each seat's vote: the party's stand, an exception per name, frånvarande when the
    member is away and nobody sits in the place."""
    exceptions = exceptions or {}
    out = []
    for m in members:
        sub = subs.get(m.name)
        if m.name in absent and sub is None:
            out.append(Seat(m, None, "frånvarande"))
            continue
        who = sub or m
        out.append(Seat(m, sub, exceptions.get(who.name, stand[m.party or ""])))
    return out


def counts(seats: list[Seat]) -> Counter:
    return Counter(s.vote for s in seats)


def joined(names: list[str]) -> str:
    """Names as a sentence lists them: "A, B och C"."""
    return ", ".join(names[:-1]) + " och " + names[-1] if len(names) > 1 else names[0]
