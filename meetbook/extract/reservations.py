"""Reservationer and statements entered beside a decision (pure).

`Anders Ågren (M) och Lena Andersson (M) reserverar sig mot beslutet till förmån för egna
yrkanden.` gives a reservation by the two; one `till förmån för Elisabeth Unells (M) förslag
enligt följande: "…"` keeps the quoted text however many lines it runs over, and Unell is
not made a reservant by the genitive. A party group (`Ledamöterna från SD reserverar sig …`)
names nobody: members stay empty and the group's parties are kept beside the text.

Statements are read from their heading (`Särskilt yttrande`, `Särskilt uttalande`,
`Protokollsanteckning`, `Jäv`) or, without one, from their wording (`… anmäler jäv`,
`… deltar inte i beslutet`, `… inkommer med särskilt yttrande`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from meetbook.extract.motions import (
    GROUP_LEAD,
    RESERVATION_HEADING,
    SKIP_HEADING,
    STATEMENT_HEADING,
    entries,
    join,
    paragraphs,
    sections,
)
from meetbook.extract.people import PARTY_CODE, leading_members, parse_members, parse_party_group
from meetbook.model import Line, Member, Reservation, Statement, StatementKind

# "reserverar sig mot beslutet", "reserverade sig"
RESERVERAR = re.compile(r"\breserver(?:ar|ade)\s+sig\b", re.IGNORECASE)
# the kind a statement's wording gives, first match wins:
# "deltar inte i handläggningen av ärendet på grund av jäv", "anmäler jäv",
# "inkommer med särskilt yttrande", "lämnar ett särskilt uttalande",
# "antecknar följande till protokollet", "deltar inte i beslutet", "inte deltar i beslutet"
WORDING: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    (StatementKind.JAV, re.compile(r"\bjäv\b|\bjävig", re.IGNORECASE)),
    (StatementKind.SARSKILT_YTTRANDE, re.compile(r"\bsärskil(?:t|da)\s+yttrande", re.IGNORECASE)),
    (StatementKind.SARSKILT_UTTALANDE,
     re.compile(r"\bsärskil(?:t|da)\s+uttalande", re.IGNORECASE)),
    (StatementKind.PROTOKOLLSANTECKNING,
     re.compile(r"\bprotokollsanteckning|\bantecknar\b.{0,40}\b(?:till protokollet|som yttrande)",
                re.IGNORECASE)),
    (StatementKind.DELTAR_EJ,
     re.compile(r"\b(?:deltar|deltog)\s+(?:inte|ej)\s+i\s+(?:beslutet|handläggningen|"
                r"behandlingen|ärendet)|\b(?:inte|ej)\s+deltar\s+i\s+beslutet|"
                r"\bavstår\s+från\s+att\s+delta\s+i", re.IGNORECASE)),
)
# the kind a heading gives: "Särskilt yttrande", "Särskilda yttranden", "Protokollsanteckningar"
HEADING_KINDS: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    (StatementKind.SARSKILT_YTTRANDE, re.compile(r"^särskil(?:t|da) yttrande", re.IGNORECASE)),
    (StatementKind.SARSKILT_UTTALANDE, re.compile(r"^särskil(?:t|da) uttalande", re.IGNORECASE)),
    (StatementKind.PROTOKOLLSANTECKNING,
     re.compile(r"^(?:protokollsanteckning|anteckning)", re.IGNORECASE)),
    (StatementKind.JAV, re.compile(r"^(?:jäv|anmälan om jäv)", re.IGNORECASE)),
)
QUOTES = '"”“«»'


def _open_quote(text: str) -> bool:
    return sum(text.count(q) for q in QUOTES) % 2 == 1


def _texts(body: Sequence[Line]) -> Iterator[tuple[str, int]]:
    """(text, page) of each paragraph; a quotation or `enligt följande:` runs on into the
    next paragraph until it closes."""
    merged: list[tuple[str, int]] = []
    for para in paragraphs(body):
        text = join(para)
        if merged and (_open_quote(merged[-1][0]) or merged[-1][0].endswith(":")):
            merged[-1] = (f"{merged[-1][0]} {text}", merged[-1][1])
        else:
            merged.append((text, para[0].page))
    return iter(merged)


def _entries(lines: Sequence[Line]) -> Iterator[tuple[str | None, str, int]]:
    """(heading, entry, page) of the procedure part, outside sections about the case."""
    for heading, body in sections(lines):
        if heading and SKIP_HEADING.match(heading):
            continue
        for text, page in _texts(body):
            for entry in entries(text):
                yield heading, entry, page


def _members(entry: str) -> tuple[Member, ...]:
    return tuple(leading_members(entry))


# parties written out: "Sverigedemokraterna reserverar sig …"
PARTY_NAMES = {"socialdemokraterna": "S", "moderaterna": "M", "sverigedemokraterna": "SD",
               "centerpartiet": "C", "vänsterpartiet": "V", "liberalerna": "L",
               "kristdemokraterna": "KD", "miljöpartiet": "MP", "demokraterna": "D"}
NAMED_PARTY = re.compile(r"^(?P<name>[A-ZÅÄÖ][a-zåäö]+)(?:\s+(?:de gröna|i \w+))?\s+(?:reserverar|antecknar|"
                         r"anmäler|lämnar|inkommer)", re.IGNORECASE)


def _parties(entry: str, members: tuple[Member, ...]) -> tuple[str, ...]:
    """The parties of a group that opens the entry, when it names no members."""
    if members:
        return ()
    m = GROUP_LEAD.match(entry)
    if m:
        return tuple(parse_party_group(entry[:m.end()]))
    # "S-gruppen reserverar sig", "S-gruppen, V-gruppen och MP-gruppen reserverar sig"
    if re.match(rf"^{PARTY_CODE}-gruppen\b", entry):
        verb = RESERVERAR.search(entry)
        subject = entry[:verb.start()] if verb else entry
        return tuple(re.findall(rf"\b({PARTY_CODE})-gruppen\b", subject))
    named = NAMED_PARTY.match(entry)
    code = PARTY_NAMES.get(named.group("name").lower()) if named else None
    return (code,) if code else ()


def extract_reservations(lines: Sequence[Line]) -> list[Reservation]:
    """Every reservation in a paragraph's procedure part, with its text as printed."""
    out = []
    for heading, entry, page in _entries(lines):
        first = entry.split(". ")[0]
        verb = RESERVERAR.search(first)
        if verb is None:
            continue
        members = _members(entry)
        parties = _parties(entry, members)
        subject = first[:verb.start()]
        if not members and not parties:
            # "Mot beslutet reserverar sig A (S) och B (V)", "Ledamöterna från M, L och KD samt
            # Martin Wannholt (D) reserverar sig"
            verb_first = re.match(r"^mot beslutet reserverar sig\b", entry, re.IGNORECASE)
            members = tuple(parse_members(first if verb_first else subject))
            parties = tuple(parse_party_group(subject))
        if members or parties or (heading and RESERVATION_HEADING.match(heading)):
            out.append(Reservation(members, entry, page, parties))
    return out


# "Vid justering av protokollet har ingen protokollsanteckning inkommit."
NOTHING_FILED = re.compile(
    r"\bingen\s+(?:skriftlig\s+)?(?:protokollsanteckning|särskilt\s+yttrande|särskilt\s+uttalande)"
    r"\w*\s+(?:har\s+)?inkommit", re.IGNORECASE)
DELTAR_EJ_WORDING = dict(WORDING)[StatementKind.DELTAR_EJ]


def statement_kind(text: str, heading: str | None = None) -> StatementKind | None:
    """The kind of a statement from its heading or, failing that, its wording. Jäv always
    wins; members who `deltar inte i beslutet` under *Protokollsanteckningar* did not take part
    (a särskilt uttalande that says so stays one)."""
    if WORDING[0][1].search(text):
        return StatementKind.JAV
    for kind, rx in HEADING_KINDS:
        if heading and rx.match(heading):
            if kind == StatementKind.PROTOKOLLSANTECKNING and \
                    DELTAR_EJ_WORDING.search(text.split(". ")[0]):
                return StatementKind.DELTAR_EJ
            return kind
    return next((kind for kind, rx in WORDING if rx.search(text)), None)


def _statement(heading: str | None, entry: str, page: int) -> tuple[Statement, bool] | None:
    """The statement of an entry and whether a heading said so, or None."""
    headed = bool(heading and STATEMENT_HEADING.match(heading))
    kind = statement_kind(entry, heading if headed else None)
    if kind is None or RESERVERAR.search(entry.split(". ")[0]) or NOTHING_FILED.search(entry):
        return None  # a reservation, or a statement announced but never handed in
    if re.search(r"\bersätter\b", entry.split(". ")[0]) and not WORDING[0][1].search(entry):
        return None  # the substitute who takes a jävig member's place is not jävig
    members = _members(entry)
    parties = _parties(entry, members)
    if headed and not members and not parties:
        # "Särskilt yttrande lämnas av ledamöterna från V", "… har lämnats av X (V) och Y (MP)"
        first = entry.split(". ")[0]
        members, parties = tuple(parse_members(first)), tuple(parse_party_group(first))
    if not members and kind in (StatementKind.JAV, StatementKind.DELTAR_EJ):
        # "På grund av jäv deltar inte Daniel Bernmar (V) och Anneli Rhedin (M) i …"
        members = tuple(parse_members(entry.split(". ")[0]))
    if not headed and not members and not GROUP_LEAD.match(entry):
        return None
    return Statement(kind, members, entry, page, parties if not members else ()), headed


def extract_statements(lines: Sequence[Line]) -> list[Statement]:
    """Every särskilt yttrande/uttalande, protokollsanteckning, jäv and deltar ej, in order;
    the same words printed twice (under Yrkanden and under their heading) count once."""
    found = [s for h, e, p in _entries(lines) if (s := _statement(h, e, p))]
    headed = {(st.members, st.text) for st, was_headed in found if was_headed}
    return [st for st, was_headed in found if was_headed or (st.members, st.text) not in headed]
