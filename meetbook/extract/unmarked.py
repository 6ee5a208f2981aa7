"""Proposals, votes, reservations and jäv in minutes that print names without parties (pure).

Finland-Swedish minutes (Nykarleby) name members without a party and write the procedure as
prose inside the decision: `Under diskussionen föreslog Anna Kengo, understödd av Tua Backman,
att ärendet återremitteras.`, `Omröstningen utföll med 5 ja-röster (Lindvall, Hellsten …) och
2 nej-röster (Kengo, Backman).`, `Anna Kengo och Tua Backman reserverade sig mot beslutet.`,
`Jean Hellsten anmälde jäv och avlägsnade sig under behandlingen av ärendet.` These readers
are used where the party-marked ones find nothing; their members have party None.
"""
from __future__ import annotations

import re

from meetbook.extract.motions import stance_of
from meetbook.model import (
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

UPPER = "A-ZÅÄÖÉÜ"
LOWER = "a-zåäöéüß"
WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
NAME = rf"{WORD}(?:\s+{WORD}){{1,2}}"
NAMES = rf"{NAME}(?:(?:\s*,\s*|\s+och\s+){NAME})*"
ROLE = r"(?:(?:ledamot(?:en)?|ersättare(?:n)?|ordförande(?:n)?|vice ordförande(?:n)?)\s+)?"
# "föreslog Anna Kengo, understödd av Tua Backman, att …", "Anna Kengo föreslog, understödd
# av Tua Backman, att …", "Anna Kengo yrkade att …"
PROPOSAL = re.compile(
    rf"(?:\b(?:föreslog|yrkade)\s+{ROLE}(?P<who1>{NAME})|(?P<who2>{NAME})\s+(?:föreslog|yrkade))"
    rf"(?:\s*,?\s*understödd\s+av\s+{ROLE}(?P<sup>{NAMES})\s*,?)?\s+(?:på\s+)?att\s+"
    r"(?P<what>[^.]+)\.")
# "Omröstningen utföll med 5 ja-röster (A, B …) och 2 nej-röster (C, D)", "1 blank röst"
VOTE = re.compile(
    r"(?P<yes>\d{1,3})\s+ja-?röst(?:er)?(?:\s*\((?P<yesnames>[^)]*)\))?\s*(?:,|och|mot)\s*"
    r"(?P<no>\d{1,3})\s+nej-?röst(?:er)?(?:\s*\((?P<nonames>[^)]*)\))?"
    r"(?:\s*(?:,|och|samt)\s*(?P<blank>\d{1,3})\s+(?:blanka?|tomma?|avstod|avstår|nedlagda?)"
    r"(?:\s+röst(?:er)?)?(?:\s*\((?P<blanknames>[^)]*)\))?)?", re.IGNORECASE)
# "den som röstar för X röstar ja och den som röstar för Y röstar nej"
PROPOSITION = re.compile(r"(?:den|de)\s+som\s+\w+\s+(?:för\s+)?[^.]{3,200}?\s+röstar\s+ja[^.]*"
                         r"röstar\s+nej", re.IGNORECASE)
RESERVED = re.compile(rf"(?P<who>{NAMES})\s+(?:reserverade\s+sig|lämnade\s+avvikande\s+mening)"
                      r"[^.]*\.")
JAV = re.compile(rf"(?P<who>{NAMES})\s+(?:anmälde\s+jäv|var\s+jävig|ansåg\s+sig\s+jävig)[^.]*\.")
NOT_NAMES = {"Under", "Ordföranden", "Nämnden", "Stadsstyrelsen", "Stadsfullmäktige"}


TITLE = re.compile(r"^\w*(?:direktör|chef|sekreterare|ordförande|ledamot|ersättare)\s+",
                   re.IGNORECASE)


def _members(names: str) -> tuple[Member, ...]:
    """The people a run of names gives; a title before a name ("Stadsdirektör") is no name."""
    out = []
    for n in re.findall(NAME, names):
        n = TITLE.sub("", n)
        if len(n.split()) >= 2 and n.split()[0] not in NOT_NAMES:
            out.append(Member(n, None))
    return tuple(out)


def motions(text: str, page: int | None = None) -> list[Motion]:
    """Proposals made during the discussion, with whoever seconded them among the movers."""
    out = []
    for m in PROPOSAL.finditer(text):
        movers = _members(m.group("who1") or m.group("who2")) + _members(m.group("sup") or "")
        if movers:
            what = m.group("what").strip()
            out.append(Motion(movers, stance_of(what) or Stance.ANNAT, (), m.group(0), page))
    return out


def votes(text: str, page: int | None = None) -> list[Vote]:
    """Votes whose result the prose gives, with the voters where their names are listed."""
    out = []
    for m in VOTE.finditer(text):
        voters = [Voter(n.strip(), None, choice)
                  for group, choice in (("yesnames", VoteChoice.JA), ("nonames", VoteChoice.NEJ),
                                        ("blanknames", VoteChoice.AVSTAR))
                  for n in re.split(r"\s*,\s*|\s+och\s+", m.group(group) or "") if n.strip()]
        yes, no = int(m.group("yes")), int(m.group("no"))
        blank = int(m.group("blank")) if m.group("blank") else None
        listed = [sum(v.vote == c for v in voters) for c in (VoteChoice.JA, VoteChoice.NEJ)]
        verified = not voters or listed == [yes, no]
        prop = PROPOSITION.search(text[:m.start()])
        out.append(Vote(prop.group(0) if prop else "", yes, no, blank, tuple(voters), verified,
                        page, m.group(0)))
    return out


def reservations(text: str, page: int | None = None) -> list[Reservation]:
    return [Reservation(ms, m.group(0), page) for m in RESERVED.finditer(text)
            if (ms := _members(m.group("who")))]


def jav(text: str, page: int | None = None) -> list[Statement]:
    return [Statement(StatementKind.JAV, ms, m.group(0), page) for m in JAV.finditer(text)
            if (ms := _members(m.group("who")))]
