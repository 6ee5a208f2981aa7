"""Reservationer entered against a decision (pure), in either dialect.

In sections: `Anders Ågren (M) och Lena Andersson (M) reserverar sig mot beslutet till förmån
för egna yrkanden.` gives a reservation by the two; one `till förmån för Elisabeth Unells (M)
förslag enligt följande: "…"` keeps the quoted text however many lines it runs over, and Unell
is not made a reservant by the genitive. A party group (`Ledamöterna från SD reserverar sig
…`, `S-gruppen reserverar sig`, `Sverigedemokraterna reserverar sig`) names nobody: members
stay empty and the group's parties are kept beside the text.

A reservation may be set in a narrow column beside the text, opened by its label
(`Reservation: Noah Ferm (MP) och Amira Saleh (V) till förmån för Ferms yrkande.`): the
members it opens with reserve themselves, and the column is no part of the text beside it.

Told in a decision block: `Anna Kengo och Tua Backman reserverade sig mot beslutet.`,
`Reservation anmäldes av Per Ek.`, `Mot beslutet reserverade sig Anna Berg.`; `A och B
anslöt sig till reservationen.` joins the reservation before.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from meetbook.extract import procedure
from meetbook.extract.people import (
    Mention,
    find_mentions,
    leading_members,
    named_members,
    parse_members,
    parse_party_group,
    restored,
    subject_end,
    upright,
    with_party_marks,
)
from meetbook.lexicon import names, parties, phrases
from meetbook.lexicon.sentences import first_sentence
from meetbook.model import Line, Member, Reservation

# "reserverar sig mot beslutet", "reserverade sig", "lämnar avvikande mening"
# and, by default, a reservation put forward in any words: "lämnar en gemensam skriftlig
# reservation", "anmälde en muntlig reservation"
RESERVES = re.compile(rf"{phrases.phrase('reserve', 'present', 'past', 'passive')}|"
                      rf"\b(?:{phrases.alternatives('put_forward', 'present', 'past')})\s+"
                      r"(?:\w+\s+){0,3}?reservation(?:er)?\b", re.IGNORECASE)
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
# a dissent noted by its member's genitive: "Till protokollet antecknades Markus Lindéns avvikande
# mening.", "Antecknades Per Eks och Eva Lunds reservation."
TOLD_GENITIVE = re.compile(
    rf"\b(?i:(?:till\s+protokollet\s+)?(?:{phrases.alternatives('note', 'passive')})"
    rf"(?:\s+till\s+protokollet)?)\s+(?P<who>{names.NAMES})(?<=s)\s+"
    r"(?i:avvikande\s+(?:mening|åsikt)|reservation)\b[^.]*\.")
# "Reservationer: Per Ek (M), Kim Ek (SD)." under the decision
TOLD_LABELLED = re.compile(r"(?:^|(?<=[.:]\s))(?i:reservation(?:er)?)\s*:\s*(?P<who>[^.:]{3,300})\.")
# "… med instämmande av B (KD)": members who join the reservation in its own sentence
JOINED_AFTER = re.compile(rf"\b(?i:{phrases.alternatives('join', 'passive')})\s+(?P<who>[^.;]+)|"
                          rf",\s*(?i:vilket|vilken)\s+(?P<which>[^.;]{{3,200}}?)\s+"
                          rf"(?i:{phrases.alternatives('join', 'present', 'past')}|"
                          rf"{phrases.alternatives('join', 'alone')})\b")
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


def procedure_entries(lines: Sequence[Line], with_parties: bool = True,
                      restore: dict[str, str] | None = None
                      ) -> Iterator[tuple[str | None, str, int]]:
    """(heading, entry, page) of the procedure part, outside sections about the case; a
    sentence told verb first is given members first (`upright`; as printed in `restore`)."""
    for heading, body in procedure.sections(lines):
        if heading and procedure.SKIP_HEADING.match(heading):
            continue
        for text, page in texts(body, with_parties):
            text = with_party_marks(text) if with_parties else text
            for entry in procedure.entries(upright(text, with_parties, restore), with_parties):
                for part in _apart(entry):
                    yield heading, part, page


def _apart(entry: str) -> list[str]:
    """The entry cut before each sentence that tells a reservation of its own by its verb first
    ("Reservation mot beslutet anmäls av A (M) …", "Mot beslutet reserverar sig B (S).") where
    the words before it told one already."""
    out = [entry]
    while (m := PASSIVE_LATER.search(out[-1], 1)) and RESERVES.search(out[-1][:m.start()]):
        out[-1:] = [out[-1][:m.start()].rstrip(), out[-1][m.start():]]
    return [part for e in out for part in _second_reservants(e)]


def _second_reservants(entry: str) -> list[str]:
    """An entry cut before the members of a second reservation in the same sentence ("A (M)
    reserverar sig mot beslutet och B (KD) reserverar sig till förmån för …")."""
    verb = RESERVES.search(entry)
    if verb is None or RESERVES.search(entry, verb.end()) is None:
        return [entry]
    for x in find_mentions(entry):
        glue = SECOND_RESERVANTS.search(entry, 0, x.start) if x.start > verb.end() and \
            not x.possessive else None
        rest = entry[x.start:]
        if glue and RESERVES.match(rest[subject_end(rest):].lstrip()):
            return [entry[:glue.start()].rstrip(" ,") + ".", *_second_reservants(rest)]
    return [entry]


SECOND_RESERVANTS = re.compile(r"(?:\s*,)?\s+(?i:och|medan|samt|men)\s+$|\s*[;,]\s*$")


def group_parties(entry: str, members: tuple[Member, ...]) -> tuple[str, ...]:
    """The parties of a group that opens the entry, when it names no members: "Ledamöterna
    från SD …", "S-gruppen, V-gruppen och MP-gruppen reserverar sig", "Moderaterna …"."""
    if members:
        return ()
    m = procedure.GROUP_LEAD.match(entry)
    if m and (found := parse_party_group(entry[:m.end()])):
        return tuple(found)
    if parties.GROUP_NOUN.match(entry):
        verb = RESERVES.search(entry)
        return tuple(parties.group_nouns(entry[:verb.start()] if verb else entry))
    return tuple(parties.written_out(entry))


# a label inline before the reservants: "Reservation: Per Ek (M)", "Reservationer: A (M), B (SD)",
# "Reservation mot beslutet: Per Ek (M)"
INLINE_LABEL = re.compile(r"(?:^|(?<=[.:]\s))\s*(?:reservation(?:er)?(?:\s+mot\s+beslutet)?|"
                          r"reserverar\s+sig|reserverade\s+sig)\s*:\s*", re.IGNORECASE)
# the label that opens a note in a side column: "Reservation:", "Reservationer"
SIDE_LABEL = re.compile(r"^reservation(?:er)?\s*:?$", re.IGNORECASE)
SIDE_GAP = 1.4  # white between the text and a side column, at the least, in type sizes


def side_notes(lines: Sequence[Line]) -> tuple[list[Line], list[tuple[str, int]]]:
    """The lines without the reservations set in a column beside them, and those notes' text
    with their page: a label after a wide gap in a line ("… avslagsyrkandet och   Reservation:
    Dennis Krantz (SD)") opens the column; the words at its left edge after a gap on the lines
    right below go on with it."""
    out = list(lines)
    notes: list[tuple[str, int]] = []
    i = 0
    while i < len(out):
        at = _side_start(out[i])
        if at is None:
            i += 1
            continue
        edge, words = out[i].words[at][0], list(out[i].words[at:])
        out[i] = _without(out[i], at)
        j = i + 1
        while j < len(out) and out[j].page == out[i].page and \
                out[j].top - out[j - 1].top <= out[j].size * 1.8:
            k = next((n for n, w in enumerate(out[j].words) if abs(w[0] - edge) <= 3 and (
                n == 0 or w[0] - out[j].words[n - 1][1] >= SIDE_GAP * out[j].size)), None)
            if k is None:
                break
            words += out[j].words[k:]
            out[j] = _without(out[j], k)
            j += 1
        notes.append((" ".join(w[2] for w in words), out[i].page))
        i = j
    return [ln for ln in out if ln.text.strip()], notes


def _side_start(ln: Line) -> int | None:
    """The index of the word that opens a side note in a line, after a wide gap, or None."""
    for n in range(1, len(ln.words)):
        if SIDE_LABEL.match(ln.words[n][2]) and \
                ln.words[n][0] - ln.words[n - 1][1] >= SIDE_GAP * ln.size:
            return n
    return None


def _without(ln: Line, at: int) -> Line:
    """The line with its words from index at on taken out."""
    kept = ln.words[:at]
    return replace(ln, text=" ".join(w[2] for w in kept), words=kept,
                   x1=kept[-1][1] if kept else ln.x0)


def _side_reservations(notes: Sequence[tuple[str, int]], with_parties: bool
                       ) -> list[Reservation]:
    out = []
    for note, page in notes:
        text = re.sub(r"^\S+\s*", "", note)  # the label
        members = tuple(leading_members(text, with_parties))
        found_parties = () if members else group_parties(text, members)
        if members or found_parties:
            out.append(Reservation(members, note, page, found_parties))
    return out


# a reservation told after a sentence that names none: "Skriftlig reservation, bilaga 1.
# Reservation lämnas av Eva Lind (KD).", "Bifalls. Mot beslutet reserverar sig Per Ek (M)."
PASSIVE_LATER = re.compile(
    rf"(?<=[.:]\s)(?i:{phrases.alternatives('reserve', 'passive')}|mot\s+beslutet\s+"
    rf"(?:{phrases.alternatives('reserve', 'present', 'past')}))[\s:]")


# a reservation told as a noun with its reservants: "Reservation av Sandin och Rahimi.",
# "Reservationer från Per Ek (M) och Kim Ek (SD)."
RESERVATION_BY = re.compile(
    r"(?:^|(?<=[.:]\s))(?i:(?:skriftlig\s+|muntlig\s+)?reservation(?:er)?\s+"
    r"(?:(?:mot\s+beslutet|till\s+förmån\s+för\s+[^.;:]{2,80}?)\s+)?"
    rf"(?:(?:{phrases.alternatives('lodge', 'passive')})\s+)?(?:av|från))\s+"
    r"(?P<who>[^.;:]{2,200})")
# members listed after the sentence's colon: "Följande ledamöter reserverar sig mot beslutet till
# förmån för Lena Eks yrkande: Lena Ek (V) och Maria Lund (L)."
FOLLOWING = re.compile(r"^\s*(?i:följande|nedanstående)\s+(?i:ledamöter|ledamot|ersättare)\b")
# surnames alone, in a row: "Sandin och Rahimi", "Ek, Holm och Berg"
SURNAMES = re.compile(rf"^\s*(?P<first>{names.WORD})((?:\s*,\s*|\s+och\s+){names.WORD})*\s*$")


def _group_after(text: str) -> tuple[str, ...]:
    """The parties of a group a text opens with after the verb ("S-gruppen", "Socialdemokraterna
    och Vänsterpartiet", "ledamöterna från S och V")."""
    text = text.lstrip(" :")
    return tuple(parse_party_group(text) or parties.group_nouns(text.split(".")[0]))


def _only_group(sentence: str) -> tuple[str, ...]:
    """The parties of a sentence that is a party group and nothing else ("S-gruppen.",
    "Socialdemokraterna och Vänsterpartiet")."""
    if not re.fullmatch(rf"\s*{parties.GROUP_SUBJECT}\s*\.?\s*", sentence):
        return ()
    return tuple(parse_party_group(sentence) or parties.group_nouns(sentence))


def reservants_by(entry: str, with_parties: bool) -> tuple[Member, ...]:
    """The reservants a noun names ("Reservation av Sandin och Rahimi"): members as printed,
    surnames alone as members named by surname only (the cover names them in full)."""
    m = RESERVATION_BY.search(entry)
    if m is None:
        return ()
    who = m.group("who")
    found = tuple(parse_members(who, with_parties=with_parties))
    if found or not SURNAMES.match(who):
        return found
    words = re.split(r"\s*,\s*|\s+och\s+", who.strip())
    return tuple(Member(w, None) for w in words if names.is_name_word(w))


def _reserving(entry: str) -> str:
    """The entry from the sentence on that tells a reservation in the passive, when its first
    sentence tells none; else the entry."""
    if RESERVES.search(first_sentence(entry)):
        return entry
    m = PASSIVE_LATER.search(entry)
    return entry[m.start():] if m else entry


def _only_members(text: str, with_parties: bool) -> tuple[Member, ...]:
    """The members a line holds when it holds nothing else (a signature line: "Jenny Falk (SD)
    Lars Nyberg (SD)"), else none."""
    found = find_mentions(text, with_parties)
    rest = text
    for m in reversed(found):
        rest = rest[:m.start] + " " + rest[m.end:]
    if not found or any(m.possessive for m in found) or re.sub(r"[\s,]|\boch\b", "", rest):
        return ()
    return tuple(dict.fromkeys(m.member for m in found))


def signers(body: Sequence[Line], with_parties: bool = True) -> tuple[int, tuple[Member, ...]]:
    """The members on the lines that end a section and hold nothing else (who sign a written
    text, or a list one a line), and where those lines begin (0: the whole section)."""
    k = len(body)
    found: tuple[Member, ...] = ()
    while k > 0 and (on_line := _only_members(body[k - 1].text, with_parties)):
        found = on_line + tuple(x for x in found if x not in on_line)
        k -= 1
    return k, found


def signed_reservations(lines: Sequence[Line], with_parties: bool = True) -> list[Reservation]:
    """Written reservations under a Reservation heading, their text ended by the lines that
    sign them ("Kallmora den 7 december 2026" / "Jenny Falk (SD)   Lars Nyberg (SD)"), and the
    reservants listed one a line under the heading: they reserve themselves."""
    out = []
    before: str = ""  # the last line of the section before: "Bilaga 2 till … protokoll § 93"
    for heading, body in procedure.sections(lines):
        body = [ln for ln in body if ln.text.strip()]
        if heading and procedure.RESERVATION_HEADING.match(heading):
            k, found = signers(body, with_parties)
            if found and (k or len(body) > 1):
                of = APPENDIX_OF.match(before)
                text = procedure.join(body)
                out.append(Reservation(found, f"{of.group(0).strip()}: {text}" if of else text,
                                       body[0].page))
        before = body[-1].text.strip() if body else heading or ""
    return out


# the head of an appendix that names the § it belongs to: "Bilaga 2 till socialnämndens
# protokoll § 93", "Bilaga 1 till KS § 84", "Bilaga B, § 12"
APPENDIX_OF = re.compile(r"^(?i:bilaga)\s+\w{1,3}\b[^§]{0,80}§\s*(?P<paragraph>\d{1,4})\b")


def appendix_paragraph(reservation: Reservation) -> int | None:
    """The § a written reservation printed in an appendix names ("Bilaga 2 till … § 93"), or
    None."""
    m = APPENDIX_OF.match(reservation.text)
    return int(m.group("paragraph")) if m else None


def _signed_only(lines: Sequence[Line], with_parties: bool) -> set[int]:
    """The lines of each Reservation section that only its signatures tell: reservants one a
    line and nothing else, or a written text that names no one reserving, signed by its
    reservants (`signed_reservations` reads them)."""
    out: set[int] = set()
    for heading, body in procedure.sections(lines):
        body = [ln for ln in body if ln.text.strip()]
        if not (heading and procedure.RESERVATION_HEADING.match(heading)) or len(body) < 2:
            continue
        k, found = signers(body, with_parties)
        told = procedure.join(body[:k])
        if found and not (RESERVES.search(told) or procedure.GROUP_LEAD.search(told)):
            out |= {id(ln) for ln in body}
    return out


# "… och Lisa Holm (KD) instämmer i reservationen", "Lisa Holm (KD) ansluter sig till
# reservationen."
JOINS_RESERVATION = re.compile(
    rf"\s(?:{phrases.alternatives('join', 'present', 'past')})\s+(?:(?:den|denna|hans|hennes|"
    r"deras)\s+)?reservation(?:en)?\b", re.IGNORECASE)


# members who join with the verb alone under a Reservation heading: "Eva Lund (KD) instämmer.",
# "… ansluter sig till denna"
JOINS_BARE = re.compile(rf"^\s*(?:{phrases.alternatives('join', 'alone')}|ansluter\s+sig|anslöt\s+sig)"
                        r"(?:\s+(?:i|till)\s+(?:denna|den|detta|det))?\s*\.?\s*$", re.IGNORECASE)


def _with_joiners(found: list[Reservation], lines: Sequence[Line], with_parties: bool
                  ) -> list[Reservation]:
    """The reservations with the members who join the one told last before them."""
    out = list(found)
    for heading, entry, _ in procedure_entries(lines, with_parties):
        end = subject_end(entry, with_parties)
        if out and end and heading and procedure.RESERVATION_HEADING.match(heading) and \
                JOINS_BARE.match(entry[end:]):  # "Eva Lund (KD) instämmer."
            added = tuple(x for x in leading_members(entry, with_parties) if x not in out[-1].members)
            out[-1] = replace(out[-1], members=out[-1].members + added)
            continue
        for m in JOINS_RESERVATION.finditer(entry):
            before = entry[:m.start()]
            mentions = [x for x in find_mentions(before, with_parties) if not x.possessive]
            run: list[Mention] = []
            for x in reversed(mentions):  # the members right before the verb
                gap = before[x.end:run[0].start] if run else before[x.end:]
                if re.sub(r"[\s,]|\boch\b|\bsamt\b", "", gap):
                    break
                run.insert(0, x)
            if run and out:
                added = tuple(x.member for x in run if x.member not in out[-1].members)
                out[-1] = replace(out[-1], members=out[-1].members + added)
    return out


def extract_reservations(lines: Sequence[Line], dialect: procedure.Dialect | None = None
                         ) -> list[Reservation]:
    """Every reservation in a paragraph's procedure part, read as the dialect prints it."""
    dialect = dialect or procedure.Dialect()
    lines, notes = side_notes(lines)
    beside = _side_reservations(notes, dialect.parties)
    if dialect.told == procedure.Told.BLOCK:
        return beside + told_reservations(procedure.join(lines), lines[0].page if lines else None)
    out = beside
    last: tuple[str | None, int] = (None, len(out))  # a heading, and the reservations before it
    signed = _signed_only(lines, dialect.parties)
    restore: dict[str, str] = {}
    for heading, entry, page in procedure_entries([ln for ln in lines if id(ln) not in signed],
                                                  dialect.parties, restore):
        if heading != last[0]:
            last = (heading, len(out))
        entry = _reserving(entry)
        first = first_sentence(entry)
        label = INLINE_LABEL.search(entry)
        if label:  # "Reservationer: Per Ek (M), Kim Ek (SD)."
            members = tuple(leading_members(entry[label.end():], dialect.parties))
            group = () if members else _only_group(first_sentence(entry[label.end():]))
            if members or group:  # "Reservation: S-gruppen."
                out.append(Reservation(members, entry, page, group))
                continue
        verb = RESERVES.search(first)
        if verb is None and (members := reservants_by(entry, dialect.parties)):
            out.append(Reservation(members, entry, page))
            continue
        if verb is None:
            # under a Reservation heading or label the members it opens with reserve
            # themselves ("Reservationer: Per Ek (M), Kim Ek (SD)."), unless a reservation was
            # read under it already (a written reservation signed by its author)
            under = bool(heading and procedure.RESERVATION_HEADING.match(heading)) and \
                len(out) == last[1]
            members = tuple(leading_members(first, dialect.parties)) if under else ()
            group = _only_group(first) if under and not members else ()
            if members or group:  # "Reservation" / "Socialdemokraterna"
                out.append(Reservation(members, entry, page, group))
            continue
        members = tuple(leading_members(entry, dialect.parties))
        joined = JOINED_AFTER.search(first, verb.end()) if members else None
        if joined:  # "A (M) reserverar sig …, med instämmande av B (KD)."
            # "…, vilket B (KD) instämmer i."
            who = joined.group("who") or joined.group("which")
            members += tuple(x for x in parse_members(who, with_parties=dialect.parties)
                             if x not in members)
        found_parties = group_parties(entry, members)
        if not members and not found_parties:
            # "Mot beslutet reserverar sig A (S) och B (V)", "Ledamöterna från M, L och KD samt
            # Martin Wannholt (D) reserverar sig"
            subject = first[:verb.start()]
            after = verb.group(0).lower().endswith(" av")  # "Reservation anmäls av A (M) …"
            listed = first[first.rindex(":") + 1:] if FOLLOWING.match(subject) and ":" in first \
                else None
            members = tuple(parse_members(listed if listed is not None else
                                          first if VERB_FIRST.match(entry) or after else subject,
                                          with_parties=dialect.parties))
            found_parties = tuple(parse_party_group(subject))
            if not members and not found_parties and (VERB_FIRST.match(entry) or after):
                # "Mot beslutet reserverar sig S-gruppen.", "Reservation anmäls av
                # Socialdemokraterna."
                found_parties = _group_after(first[verb.end():])
        if members or found_parties or (heading and procedure.RESERVATION_HEADING.match(heading)):
            out.append(Reservation(members, entry, page, found_parties))
    out = [replace(r, text=restored(r.text, restore)) for r in
           _with_joiners(out, lines, dialect.parties)] if restore else \
        _with_joiners(out, lines, dialect.parties)
    # a section whose text already told its reservation is signed by those it names
    told = [" ".join(r.text.split())[:60] for r in out]
    return out + [r for r in signed_reservations(lines, dialect.parties)
                  if not any(t in " ".join(r.text.split()) for t in told)]


def told_reservations(text: str, page: int | None = None) -> list[Reservation]:
    """Reservations a decision block tells; those who join one (`anslöt sig till
    reservationen`) with it."""
    out = [Reservation(ms, m.group(0), page) for m in TOLD.finditer(text)
           if (ms := named_members(m.group("who") or m.group("who2") or m.group("who3")))]
    out += [Reservation(ms, m.group(0), page) for m in TOLD_LABELLED.finditer(text)
            if (ms := named_members(m.group("who")))]
    out += [Reservation(ms, m.group(0), page) for m in TOLD_GENITIVE.finditer(text)
            if (ms := _genitive_members(m.group("who")))]
    for m in JOINED.finditer(text):
        if out:
            last = out[-1]
            added = tuple(x for x in named_members(m.group("who")) if x not in last.members)
            out[-1] = Reservation(last.members + added, f"{last.text} {m.group(0)}.", page)
    return out


def _genitive_members(text: str) -> tuple[Member, ...]:
    """The members of a run of names in the genitive ("Per Eks och Eva Lunds"), each without
    its genitive s."""
    return tuple(replace(x, name=names.strip_genitive(x.name)) for x in named_members(text))


def after_decision(block: Sequence[Line], dialect: procedure.Dialect) -> list[Reservation]:
    """Reservations minuted inside the decision's own block, after what was decided
    ("Kommunfullmäktige avslår motionen. Reservation av Sandin och Rahimi.", "… Kent Ljung (SD)
    reserverar sig skriftligt (bilaga 2)."), where the procedure stands in sections."""
    if dialect.told == procedure.Told.BLOCK or not block:
        return []
    return [r for r in extract_reservations(block, dialect) if r.members or r.parties]

