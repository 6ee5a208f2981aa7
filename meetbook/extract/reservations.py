"""Reservationer entered against a decision (pure), in either dialect.

In sections: `Anders Ågren (M) och Lena Andersson (M) reserverar sig mot beslutet till förmån
för egna yrkanden.` gives a reservation by the two; one `till förmån för Elisabeth Unells (M)
förslag enligt följande: "…"` keeps the quoted text however many lines it runs over, and Unell
is not made a reservant by the genitive. A party group (`Ledamöterna från SD reserverar sig
…`, `S-gruppen reserverar sig`, `Sverigedemokraterna reserverar sig`) names nobody: members
stay empty and the group's parties are kept beside the text.

Told in a decision block: `Anna Kengo och Tua Backman reserverade sig mot beslutet.`,
`Reservation anmäldes av Per Ek.`, `Mot beslutet reserverade sig Anna Berg.`; `A och B
anslöt sig till reservationen.` joins the reservation before.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from meetbook.extract import procedure
from meetbook.extract.people import leading_members, named_members, parse_members, parse_party_group
from meetbook.lexicon import names, parties, phrases
from meetbook.lexicon.sentences import first_sentence
from meetbook.model import Line, Member, Reservation

# "reserverar sig mot beslutet", "reserverade sig", "lämnar avvikande mening"
RESERVES = re.compile(phrases.phrase("reserve", "present", "past"), re.IGNORECASE)
# "Mot beslutet reserverar sig A (S) och B (V)"
VERB_FIRST = re.compile(rf"^mot\s+beslutet\s+{phrases.phrase('reserve', 'present', 'past')}",
                        re.IGNORECASE)
QUOTES = '"”“«»'
# told in a block: "A och B reserverade sig …", "Reservation anmäldes av A.", "Mot beslutet
# reserverade sig A och B."
_RESERVES = phrases.alternatives("reserve", "present", "past")
TOLD = re.compile(
    rf"{names.TITLED}(?P<who>{names.NAMES})\s+(?:{_RESERVES})[^.]*\.|"
    rf"\b(?i:{phrases.alternatives('reserve', 'passive')})\s+(?P<who3>{names.NAMES})[^.]*\.|"
    rf"\b(?i:mot\s+beslutet\s+(?:{_RESERVES}))\s+(?P<who2>{names.NAMES})[^.]*\.")
# "A och B anslöt sig till reservationen."
JOINED = re.compile(rf"{names.TITLED}(?P<who>{names.NAMES})\s+"
                    rf"(?:{phrases.alternatives('join', 'present', 'past')})\s+reservationen")


def _open_quote(text: str) -> bool:
    return sum(text.count(q) for q in QUOTES) % 2 == 1


def texts(body: Sequence[Line], with_parties: bool = True) -> Iterator[tuple[str, int]]:
    """(text, page) of each paragraph; a quotation or `enligt följande:` runs on into the
    next paragraph until it closes."""
    merged: list[tuple[str, int]] = []
    for para in procedure.paragraphs(body, with_parties):
        text = procedure.join(para)
        if merged and (_open_quote(merged[-1][0]) or merged[-1][0].endswith(":")):
            merged[-1] = (f"{merged[-1][0]} {text}", merged[-1][1])
        else:
            merged.append((text, para[0].page))
    return iter(merged)


def procedure_entries(lines: Sequence[Line], with_parties: bool = True
                      ) -> Iterator[tuple[str | None, str, int]]:
    """(heading, entry, page) of the procedure part, outside sections about the case."""
    for heading, body in procedure.sections(lines):
        if heading and procedure.SKIP_HEADING.match(heading):
            continue
        for text, page in texts(body, with_parties):
            for entry in procedure.entries(text, with_parties):
                yield heading, entry, page


def group_parties(entry: str, members: tuple[Member, ...]) -> tuple[str, ...]:
    """The parties of a group that opens the entry, when it names no members: "Ledamöterna
    från SD …", "S-gruppen, V-gruppen och MP-gruppen reserverar sig", "Moderaterna …"."""
    if members:
        return ()
    m = procedure.GROUP_LEAD.match(entry)
    if m:
        return tuple(parse_party_group(entry[:m.end()]))
    if parties.GROUP_NOUN.match(entry):
        verb = RESERVES.search(entry)
        return tuple(parties.group_nouns(entry[:verb.start()] if verb else entry))
    code = parties.written_out(entry)
    return (code,) if code else ()


def extract_reservations(lines: Sequence[Line], dialect: procedure.Dialect | None = None
                         ) -> list[Reservation]:
    """Every reservation in a paragraph's procedure part, read as the dialect prints it."""
    dialect = dialect or procedure.Dialect()
    if dialect.told == procedure.Told.BLOCK:
        return told_reservations(procedure.join(lines), lines[0].page if lines else None)
    out = []
    for heading, entry, page in procedure_entries(lines, dialect.parties):
        first = first_sentence(entry)
        verb = RESERVES.search(first)
        if verb is None:
            continue
        members = tuple(leading_members(entry, dialect.parties))
        found_parties = group_parties(entry, members)
        if not members and not found_parties:
            # "Mot beslutet reserverar sig A (S) och B (V)", "Ledamöterna från M, L och KD samt
            # Martin Wannholt (D) reserverar sig"
            subject = first[:verb.start()]
            members = tuple(parse_members(first if VERB_FIRST.match(entry) else subject,
                                          with_parties=dialect.parties))
            found_parties = tuple(parse_party_group(subject))
        if members or found_parties or (heading and procedure.RESERVATION_HEADING.match(heading)):
            out.append(Reservation(members, entry, page, found_parties))
    return out


def told_reservations(text: str, page: int | None = None) -> list[Reservation]:
    """Reservations a decision block tells; those who join one (`anslöt sig till
    reservationen`) with it."""
    out = [Reservation(ms, m.group(0), page) for m in TOLD.finditer(text)
           if (ms := named_members(m.group("who") or m.group("who2") or m.group("who3")))]
    for m in JOINED.finditer(text):
        if out:
            last = out[-1]
            added = tuple(x for x in named_members(m.group("who")) if x not in last.members)
            out[-1] = Reservation(last.members + added, f"{last.text} {m.group(0)}.", page)
    return out
