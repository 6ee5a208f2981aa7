"""Statements entered beside a decision (pure), in either dialect: särskilt yttrande, särskilt
uttalande, protokollsanteckning, jäv and deltar ej.

In sections a statement is read from its heading (`Särskilt yttrande`, `Särskilt uttalande`,
`Protokollsanteckning`, `Jäv`) or, without one, from its wording (`… anmäler jäv`, `… deltar
inte i beslutet`, `… inkommer med särskilt yttrande`); its members open the entry, or a
party group does.

Told in a decision block: `Jean Hellsten anmälde jäv och avlägsnade sig …`, `Jäv: Anna Berg
(FvL 28 § 1 mom. 5 p.) och Per Ek (…) deltog inte i behandlingen`, `Ledamoten X deltog inte i
behandlingen av ärendet på grund av jäv.`, `Peter Nyman lämnade följande
protokollsanteckning: …`, `Elias Kronqvist antecknade till protokollet att …`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook.extract.people import (
    find_mentions,
    leading_members,
    named_members,
    parse_members,
    parse_party_group,
    restored,
)
from meetbook.extract.procedure import GROUP_LEAD, STATEMENT_HEADING, Dialect, Told, join, sections
from meetbook.extract.reservations import (
    APPENDIX_OF,
    RESERVES,
    group_parties,
    procedure_entries,
    signers,
)
from meetbook.lexicon import names, parties, phrases
from meetbook.lexicon.parties import written_codes
from meetbook.lexicon.sentences import first_sentence
from meetbook.model import Line, Statement, StatementKind

_ABSTAIN_PART = phrases.alternatives("abstain_part", "present", "past")
_PART_IN = phrases.alternatives("abstain_part", "in")  # "beslutet", "behandlingen" …
# the kind a statement's wording gives, first match wins:
# "deltar inte i handläggningen av ärendet på grund av jäv", "anmäler jäv",
# "inkommer med särskilt yttrande", "lämnar ett särskilt uttalande",
# "antecknar följande till protokollet", "bad att få följande antecknat i protokollet", "får
# sin mening antecknad till protokollet",
# "deltar inte i beslutet", "inte deltar i beslutet", "deltog inte i beslutsfattandet"
WORDING: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    (StatementKind.JAV, re.compile(r"\bjäv\b|\bjävig", re.IGNORECASE)),
    (StatementKind.SARSKILT_YTTRANDE, re.compile(r"\bsärskil(?:t|da)\s+yttrande", re.IGNORECASE)),
    (StatementKind.SARSKILT_UTTALANDE,
     re.compile(r"\bsärskil(?:t|da)\s+uttalande", re.IGNORECASE)),
    (StatementKind.PROTOKOLLSANTECKNING,
     re.compile(rf"\bprotokollsanteckning|\b(?:{phrases.alternatives('note', 'present')})\b"
                r".{0,40}\b(?:till protokollet|som yttrande)|"
                r"\b(?:vill|får|önskar)\s+(?:till|i)\s+protokollet\s+anteckna|"
                r"\banteckna[dt]e?\s+(?:i|till)\s+protokollet", re.IGNORECASE)),
    (StatementKind.DELTAR_EJ,
     re.compile(rf"\b(?:{_ABSTAIN_PART})\s+i\s+(?:{_PART_IN})\b", re.IGNORECASE)),
)
JAV_WORDING = WORDING[0][1]
DELTAR_EJ_WORDING = dict(WORDING)[StatementKind.DELTAR_EJ]
# the kind a heading gives: "Särskilt yttrande", "Särskilda yttranden", "Protokollsanteckningar"
HEADING_KINDS: tuple[tuple[StatementKind, re.Pattern[str]], ...] = (
    (StatementKind.SARSKILT_YTTRANDE, re.compile(r"^särskil(?:t|da) yttrande", re.IGNORECASE)),
    (StatementKind.SARSKILT_UTTALANDE, re.compile(r"^särskil(?:t|da) uttalande", re.IGNORECASE)),
    (StatementKind.PROTOKOLLSANTECKNING,
     re.compile(r"^(?:protokollsanteckning|anteckning)", re.IGNORECASE)),
    (StatementKind.JAV, re.compile(r"^(?:jäv|anmälan om jäv)", re.IGNORECASE)),
)
# "Vid justering av protokollet har ingen protokollsanteckning inkommit."
NOTHING_FILED = re.compile(
    r"\bingen\s+(?:skriftlig\s+)?(?:protokollsanteckning|särskilt\s+yttrande|särskilt\s+uttalande)"
    r"\w*\s+(?:har\s+)?inkommit", re.IGNORECASE)

# a substitute serving in a member's place: "X ersätter Y", "Ersättaren X tjänstgör i hans ställe"
SERVES = re.compile(r"\b(?:ersätter|tjänstgör|inträder|går\s+in)\b|\bi\s+(?:hans|hennes|dennes|"
                    r"hens)\s+ställe\b", re.IGNORECASE)

# --------------------------------------------------------------- told in a decision block

_NAMES = names.NAMES
# "Jean Hellsten anmälde jäv och avlägsnade sig …"
TOLD_JAV = re.compile(rf"{names.TITLED}(?P<who>{_NAMES})\s+"
                      rf"(?:{phrases.alternatives('jav', 'present', 'past')})[^.]*\.")
# "Jäv: Anna Berg (FvL 28 § 1 mom. 5 p.) och Per Ek (…) deltog inte i behandlingen"
TOLD_JAV_LIST = re.compile(rf"\bjäv\s*:\s*(?P<who>[^.]*?(?:\([^)]*\)[^.]*?)*)\s+(?:{_ABSTAIN_PART})\b",
                           re.IGNORECASE)
# "Ledamoten X deltog inte i behandlingen av ärendet på grund av jäv."
TOLD_JAV_LATE = re.compile(rf"{names.TITLED}(?P<who>{_NAMES})\s+(?:{_ABSTAIN_PART})\s+i\s+"
                           r"[^.]*?\bjäv\b[^.]*\.")
# jäv told verb first: "På grund av jäv deltog Eva Sundqvist inte i behandlingen av ärendet."
TOLD_JAV_FIRST = re.compile(rf"\b(?i:på\s+grund\s+av\s+jäv|pga\.?\s+jäv)\s+(?i:deltog|deltar)\s+"
                            rf"{names.TITLED}(?P<who>{_NAMES})\s+(?i:inte|ej)\b[^.]*\.")
# "Antecknades att ledamoten Lars Ekblom inte deltog i behandlingen av ärendet på grund av jäv"
# reads as TOLD_JAV_LATE ("inte deltog" is a form of abstain_part)
# "Jean Hellsten avlägsnade sig från mötet på grund av jäv."
TOLD_JAV_LEFT = re.compile(rf"{names.TITLED}(?P<who>{_NAMES})\s+(?i:avlägsnade|avlägsnar|lämnade|"
                           r"lämnar)\s+(?:sig\s+)?(?:från\s+)?(?i:mötet|sammanträdet|lokalen|salen)"
                           r"[^.]*?\bjäv\b[^.]*\.")
# "Peter Nyman lämnade följande protokollsanteckning: …", "X antecknade till protokollet att …"
TOLD_NOTE = re.compile(
    rf"{names.TITLED}(?P<who>{_NAMES})\s+(?:(?:lämnar|lämnade|inlämnade|fogade)\s+(?:följande\s+|en\s+)?"
    rf"protokollsanteckning|(?:{phrases.alternatives('note', 'present', 'past')})\s+"
    r"till\s+protokollet|(?:bad|ber)\s+att\s+få\s+(?:följande\s+)?antecknat\s+(?:i|till)\s+"
    r"protokollet)[^.]*\.")
# "Anna Kengo deltog inte i beslutsfattandet." (not for jäv: TOLD_JAV_LATE reads that)
TOLD_NOT_TAKING_PART = re.compile(
    rf"{names.TITLED}(?P<who>{_NAMES})\s+(?:{_ABSTAIN_PART})\s+i\s+(?:{_PART_IN})\b"
    r"(?![^.]*\bjäv)[^.]*\.")


def statement_kind(text: str, heading: str | None = None) -> StatementKind | None:
    """The kind of a statement from its heading or, failing that, its wording. Jäv always
    wins; members who `deltar inte i beslutet` under *Protokollsanteckningar* did not take part
    (a särskilt uttalande that says so stays one)."""
    if JAV_WORDING.search(text):
        return StatementKind.JAV
    for kind, rx in HEADING_KINDS:
        if heading and rx.match(heading):
            if kind == StatementKind.PROTOKOLLSANTECKNING and \
                    DELTAR_EJ_WORDING.search(first_sentence(text)):
                return StatementKind.DELTAR_EJ
            return kind
    return next((kind for kind, rx in WORDING if rx.search(text)), None)


def _statement(heading: str | None, entry: str, page: int, with_parties: bool = True
               ) -> tuple[Statement, bool] | None:
    """The statement of an entry and whether a heading said so, or None."""
    headed = bool(heading and STATEMENT_HEADING.match(heading))
    kind = statement_kind(entry, heading if headed else None)
    first = first_sentence(entry)
    if kind is None or RESERVES.search(first) or NOTHING_FILED.search(entry):
        return None  # a reservation, or a statement announced but never handed in
    if SERVES.search(first) and not JAV_WORDING.search(entry):
        return None  # the substitute who takes a jävig member's place is not jävig
    members = tuple(leading_members(entry, with_parties))
    found_parties = group_parties(entry, members)
    if headed and not members and not found_parties:
        # "Särskilt yttrande lämnas av ledamöterna från V", "… har lämnats av X (V) och Y (MP)"
        members = tuple(parse_members(first, with_parties=with_parties))
        found_parties = tuple(parse_party_group(first))
    if not members and kind in (StatementKind.JAV, StatementKind.DELTAR_EJ):
        # "På grund av jäv deltar inte Daniel Bernmar (V) och Anneli Rhedin (M) i …"; or the
        # sentence that says it after one that explains: "… Följande ledamöter anmäler jäv i
        # fråga om kommunstyrelsen: Jonas Attenius (S), Axel Josefson (M) …"
        said = next((s for s in entry.split(". ") if JAV_WORDING.search(s)), first)
        members = tuple(parse_members(first, with_parties=with_parties)) or \
            tuple(parse_members(said, with_parties=with_parties))
    if not headed and not members and not GROUP_LEAD.match(entry):
        return None
    return Statement(kind, members, entry, page, found_parties if not members else ()), headed


_FILED_KINDS = (StatementKind.SARSKILT_YTTRANDE, StatementKind.SARSKILT_UTTALANDE,
                StatementKind.PROTOKOLLSANTECKNING)


def _and_not_taking_part(found: tuple[Statement, bool]) -> list[tuple[Statement, bool]]:
    """The statement, and where its first sentence, under no heading, also says its members
    take no part ("X (M) deltar inte i beslutet och lämnar en protokollsanteckning") a
    deltar ej of theirs too, in the order the sentence tells them."""
    st, headed = found
    first = first_sentence(st.text)
    part = DELTAR_EJ_WORDING.search(first)
    if headed or st.kind not in _FILED_KINDS or part is None:
        return [found]
    filed = dict(WORDING)[st.kind].search(first)
    if filed is None or part.start() < filed.start():  # each its own words, as printed
        return [(replace(st, kind=StatementKind.DELTAR_EJ, text=first[:part.end()]), headed), found]
    return [(replace(st, text=first[:filed.end()]), headed),
            (replace(st, kind=StatementKind.DELTAR_EJ), headed)]


# "Till protokollet antecknas att Tomas Hult (S) anser …", "Antecknas till protokollet att X (V)
# …": whose view is noted, in a sentence of its own wherever it stands
NOTED_THAT = re.compile(
    rf"(?:^|(?<=[.:]\s))(?i:till\s+protokollet\s+(?:{phrases.alternatives('note', 'passive')})|"
    rf"(?:{phrases.alternatives('note', 'passive')})\s+till\s+protokollet)\s+(?i:att\s+)?"
    r"(?P<rest>[^.]+)")


# "Särskilt yttrande lämnas av Per Ek (M).", "Protokollsanteckning lämnades av …",
# "Protokollsanteckning från Anna Berg (S): …", "Särskilt yttrande från Vänsterpartiet: …"
FILED_BY = re.compile(
    r"(?:^|(?<=[.:]\s))(?i:(?:ett\s+|en\s+|gemensamt\s+|skriftligt?\s+)*"
    r"(?:särskil(?:t|da)\s+(?:yttrande|uttalande)n?|protokollsanteckning(?:ar)?)\s+"
    r"(?:(?:lämnas|lämnades|anmäls|anmäldes|inlämnades|inkom|inkommer)\s+)?(?:av|från))\s+"
    r"(?P<rest>[^.:]+)")


# members who take no part, under a label: "Ej deltagande i beslutet: A (S), B (M).", "Deltar
# inte i beslutet: …", "Deltar ej: …"
NOT_TAKING_PART_LABEL = re.compile(
    r"(?:^|(?<=[.:]\s))(?i:(?:ej|inte)\s+deltagande|deltar\s+(?:ej|inte)|deltog\s+(?:ej|inte))"
    rf"(?:\s+i\s+(?i:{_PART_IN}))?\s*:\s*(?P<rest>[^.:]+)")


# a statement named by its owner's genitive: "Per Eks (M) särskilda yttrande bifogas …",
# "Moderaternas protokollsanteckning, bilaga 5"
OWNED_NOUN = re.compile(r"^\s*(?i:särskilda\s+(?:yttrande|uttalande)|protokollsanteckning)")
OWNED_GROUP = re.compile(rf"(?:^|(?<=[.:]\s))(?P<group>{parties.WRITTEN_GROUP})\s+"
                         r"(?i:särskilda\s+(?:yttrande|uttalande)|protokollsanteckning)")


def _owned(text: str, page: int, with_parties: bool) -> list[Statement]:
    """The statements a text names by their owners' genitive: members or a party group."""
    members = tuple(x.member for x in find_mentions(text, with_parties)
                    if x.possessive and OWNED_NOUN.match(text[x.end:]))
    out = [Statement(kind, members, text, page)] if members and \
        (kind := statement_kind(text[text.find(members[0].name):])) else []
    group = OWNED_GROUP.search(text) if not members else None
    if group is None:
        return out
    codes = tuple(parties.written_codes(group.group("group")))
    if codes and (kind := statement_kind(group.group(0))) is not None:
        out.append(Statement(kind, (), text, page, codes))
    return out


def noted_that(text: str, page: int, with_parties: bool = True) -> list[Statement]:
    """The protokollsanteckningar a text notes in the passive, by the members their clause
    opens with, the statements it says were filed by members, and members who take no part
    listed under a label."""
    out = [Statement(StatementKind.PROTOKOLLSANTECKNING, members, m.group(0), page)
           for m in NOTED_THAT.finditer(text)
           if (members := tuple(leading_members(m.group("rest"), with_parties)))
           and not DELTAR_EJ_WORDING.search(m.group("rest"))]
    out += [Statement(StatementKind.DELTAR_EJ, members, m.group(0), page)
            for m in NOT_TAKING_PART_LABEL.finditer(text)
            if (members := tuple(leading_members(m.group("rest"), with_parties)))]
    out += _owned(text, page, with_parties)
    for m in FILED_BY.finditer(text):
        kind = statement_kind(m.group(0))
        members = tuple(leading_members(m.group("rest"), with_parties))
        group = () if members else tuple(parse_party_group(m.group("rest")))
        if kind is not None and (members or group):
            out.append(Statement(kind, members, m.group(0), page, group))
    return out


def _headed_by(lines: Sequence[Line], with_parties: bool) -> tuple[list[Statement], set[int]]:
    """The statements whose heading names who filed them ("Protokollsanteckning från
    Vänsterpartiet", "Särskilt yttrande från Anna Berg (C)") over their text, however it is
    signed, and the lines they take."""
    out, used = [], set()
    for heading, body in sections(lines):
        m = FILED_BY.fullmatch((heading or "").strip().rstrip(":"))
        if m is None or not body:
            continue
        who = m.group("rest")
        members = tuple(leading_members(who, with_parties))
        group = () if members else tuple(parse_party_group(who) or written_codes(who))
        kind = statement_kind(heading or "")
        if kind is not None and (members or group):
            text = f"{heading}: {join(body)}"
            out.append(Statement(kind, members, text, body[0].page, group))
            used |= {id(ln) for ln in body}
    return out, used


def _signed(lines: Sequence[Line], with_parties: bool) -> tuple[list[Statement], set[int]]:
    """The statements under their heading whose text ends in the lines that sign it
    ("Protokollsanteckning" / "Vi välkomnar planen …" / "Ingrid Sjölander" / "Olof Bäck"), and
    the lines they take."""
    out, used = [], set()
    before = ""  # the last line of the section before: "Bilaga 2 till … protokoll …, § 63"
    for heading, body in sections(lines):
        body = [ln for ln in body if ln.text.strip()]
        last, before = before, body[-1].text.strip() if body else heading or ""
        if not (heading and STATEMENT_HEADING.match(heading)):
            continue
        k, found = signers(body, with_parties)
        kind = statement_kind(join(body[:k]), heading)
        if found and k and kind is not None:
            of = APPENDIX_OF.match(last)
            text = join(body)
            out.append(Statement(kind, found, f"{of.group(0).strip()}: {text}" if of else text,
                                 body[0].page))
            used |= {id(ln) for ln in body}
    return out, used


def appendix_paragraph(statement: Statement) -> int | None:
    """The § a written statement printed in an appendix names ("Bilaga 2 till … protokoll
    2026-12-15, § 63"), or None."""
    m = APPENDIX_OF.match(statement.text)
    return int(m.group("paragraph")) if m else None


def extract_statements(lines: Sequence[Line], dialect: Dialect | None = None) -> list[Statement]:
    """Every särskilt yttrande/uttalande, protokollsanteckning, jäv and deltar ej, in order, read
    as the dialect prints them; the same words printed twice (under Yrkanden and under their
    heading) count once."""
    dialect = dialect or Dialect()
    if dialect.told == Told.BLOCK:
        return told_statements(join(lines), lines[0].page if lines else None)
    headed_by, by_heading = _headed_by(lines, dialect.parties)
    lines = [ln for ln in lines if id(ln) not in by_heading]
    signed, used = _signed(lines, dialect.parties)
    signed = headed_by + signed
    restore: dict[str, str] = {}
    entries = list(procedure_entries([ln for ln in lines if id(ln) not in used], dialect.parties,
                                     restore))
    found = [(st, True) for st in signed]
    found += [x for h, e, p in entries if (s := _statement(h, e, p, dialect.parties))
              for x in _and_not_taking_part(s)]
    for _, entry, page in entries:
        found += [(st, False) for st in noted_that(entry, page, dialect.parties)
                  if not any(st.members == f.members and f.kind == st.kind for f, _ in found)]
    headed = {(st.members, st.text) for st, was_headed in found if was_headed}
    out = [replace(st, text=restored(st.text, restore)) if restore else st
           for st, was_headed in found if was_headed or (st.members, st.text) not in headed]
    # "Särskilt yttrande, bilaga 3." under its heading names nobody: the statement the appendix
    # prints, signed, is that one
    signed_kinds = {st.kind for st in out if st.members or st.parties}
    return [st for st in out if st.members or st.parties or st.kind not in signed_kinds]


def told_statements(text: str, page: int | None = None) -> list[Statement]:
    """Jäv and protokollsanteckningar a decision block tells, in the order of their kinds."""
    found = [(StatementKind.JAV, m.group(0), named_members(m.group("who")))
             for m in TOLD_JAV.finditer(text)]
    found += [(StatementKind.JAV, m.group(0), named_members(re.sub(r"\([^)]*\)", "", m.group("who"))))
              for m in TOLD_JAV_LIST.finditer(text)]
    found += [(StatementKind.JAV, m.group(0), named_members(m.group("who")))
              for m in TOLD_JAV_LATE.finditer(text)]
    found += [(StatementKind.JAV, m.group(0), named_members(m.group("who")))
              for m in [*TOLD_JAV_FIRST.finditer(text), *TOLD_JAV_LEFT.finditer(text)]]
    found += [(StatementKind.PROTOKOLLSANTECKNING, m.group(0), named_members(m.group("who")))
              for m in TOLD_NOTE.finditer(text)]
    jav = {x for kind, _, ms in found if kind == StatementKind.JAV for x in ms}
    found += [(StatementKind.DELTAR_EJ, m.group(0), ms) for m in TOLD_NOT_TAKING_PART.finditer(text)
              if (ms := tuple(x for x in named_members(m.group("who")) if x not in jav))]
    return [Statement(kind, ms, t, page) for kind, t, ms in found if ms]


def jav_beside(lines: Sequence[Line], block: Sequence[Line], dialect: Dialect) -> list[Statement]:
    """In minutes that tell their procedure in the decision block, the jäv told outside it (at
    the head of the §: "På grund av jäv deltog Eva Sundqvist inte i behandlingen av ärendet."):
    a member who leaves the case does so whatever part of the § says it."""
    if dialect.told != Told.BLOCK:
        return []
    inside = {id(ln) for ln in block}
    outside = [ln for ln in lines if id(ln) not in inside]
    if not outside:
        return []
    return [st for st in told_statements(join(outside), outside[0].page)
            if st.kind == StatementKind.JAV]
