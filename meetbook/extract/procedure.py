"""A decision's procedure part, as the readers of motions, votes, reservations and statements
share it: its dialect, its sections under headings, paragraphs and entries (pure).

Minutes print the procedure in one of two ways, and a `Dialect` says which, chosen once for a
paragraph (`dialect_of`):

- in *sections* beside the decision, under headings of their own (Yrkanden,
  Propositionsordning, Omröstning, Reservation, Protokollsanteckning, Jäv), each entry opening
  with its members and their parties: `Anders Ågren (M) och Lena Andersson (M) reserverar sig
  mot beslutet.`;
- *told* in sentences inside the decision block, by name alone, mostly in the past tense:
  `Under diskussionen föreslog Anna Kengo, understödd av Tua Backman, att ärendet
  återremitteras. … Anna Kengo och Tua Backman reserverade sig mot beslutet.`
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from meetbook.columns import columns
from meetbook.extract.people import leading_members
from meetbook.lexicon import bodies, parties, phrases, points
from meetbook.lexicon.dates import NUMERIC
from meetbook.lexicon.sentences import sentences
from meetbook.model import Line
from meetbook.text import join_parts

# --------------------------------------------------------------- the dialect


class Told(StrEnum):
    """Where minutes print a decision's procedure.

    sections: under headings of their own beside the decision (Yrkanden, Propositionsordning,
    Omröstning, Reservation, Särskilt yttrande, Protokollsanteckning, Jäv);
    block: told in sentences inside the decision block, after its label ("Beslut:",
    "Stadsstyrelsens beslut:"), as Finland-Swedish minutes and many small bodies write it.
    """

    SECTIONS = "sections"
    BLOCK = "block"


@dataclass(frozen=True)
class Dialect:
    """What a paragraph prints of its procedure: whether members carry their party, and where
    the procedure is told (`Told`)."""

    parties: bool = True
    told: Told = Told.SECTIONS


SECTIONS = Dialect()
BLOCK = Dialect(parties=False, told=Told.BLOCK)

# the procedure a decision block tells besides the decision itself, in the past tense of the
# meeting's record ("föreslog …", "Omröstningen utföll …", "reserverade sig", "anmälde jäv",
# "antecknades att …") and the roll call ("Ja: A, B (2)")
TOLD_PROCEDURE = re.compile(
    rf"{phrases.phrase('propose', 'past')}|{phrases.phrase('second', 'past', 'passive')}|"
    rf"{phrases.phrase('reserve', 'past', 'passive')}|{phrases.phrase('jav', 'past')}|"
    rf"{phrases.phrase('join', 'past')}|"
    r"\b(?:understödd|understött|omröstning|röstar\s+(?:ja|nej)|ja-?röst|nej-?röst|"
    r"reserverade|avvikande\s+mening|avlägsnade\s+sig|anlände|antecknades\s+att|"
    r"konstaterade\s+att?\b|protokollsanteckning|röster\b|erhöll)|\b(?:Ja|Nej|Blank|Blanka):\s",
    re.IGNORECASE)


def tells_procedure(text: str) -> bool:
    """Whether a text tells procedure (a motion, vote, reservation, jäv) in its sentences."""
    return bool(TOLD_PROCEDURE.search(text))


def prints_parties(lines: Sequence[Line]) -> bool:
    """Whether members are printed with their party: a name with a party mark."""
    return any(parties.MARK.search(t) for t in (ln.text.strip() for ln in lines))


def names_groups(lines: Sequence[Line]) -> bool:
    """Whether the text names party groups ("Yrkande från M, D, L och KD", "Ledamöterna från SD
    reserverar sig", "S-gruppen yrkar …")."""
    return any(parties.GROUP_NOUN.search(t) or GROUP_MOTION_HEADING.match(t) or GROUP_LEAD.match(t)
               for t in (ln.text.strip() for ln in lines))


def dialect_of(lines: Sequence[Line], block: Sequence[Line] = ()) -> Dialect:
    """The paragraph's dialect: members with parties mean sections; party groups without members
    with parties mean sections whose members are printed by name alone (their parties on the
    cover); without either, a decision block (`block`) that tells procedure means the procedure
    is told there."""
    if prints_parties(lines):
        return SECTIONS
    if names_groups(lines):
        return Dialect(parties=False)
    text = " ".join(ln.text for ln in block)
    return BLOCK if tells_procedure(text) else Dialect(parties=False)


def told_in_block(lines: Sequence[Line]) -> Dialect:
    """The dialect of a paragraph written meeting by meeting, whose labelled decision blocks
    tell the procedure of each meeting."""
    return Dialect(parties=prints_parties(lines), told=Told.BLOCK)


def without_procedure(text: str) -> str:
    """A decision's text without the sentences that tell of its procedure."""
    told = sentences(text, stops=".)", quotes=False)
    return " ".join(s for s in told if not tells_procedure(s))


# --------------------------------------------------------------- headings and sections

# "Yrkanden", "Yrkande", "Förslag till beslut på sammanträdet", "Yrkanden på sammanträdet"
MOTION_HEADING = re.compile(
    r"^(?:yrkanden?(?: på sammanträdet)?|förslag till beslut på sammanträdet|"
    r"förslag på sammanträdet|yrkanden och beslutsgång)\s*:?$", re.IGNORECASE)
# "Propositionsordning som godkänns", "Proposition", "Beslutsgång", "Propositionsordning"
PROPOSITION_HEADING = re.compile(
    r"^(?:propositionsordning\b.*|propositioner?|beslutsgång|ordförandens proposition\w*)\s*:?$",
    re.IGNORECASE)
# "Omröstning", "Omröstningsresultat", "Huvudvotering", "Votering", "Omröstningslista"
VOTE_HEADING = re.compile(r"^(?:omröstning\w*|\w*votering\w*)\s*:?$", re.IGNORECASE)
# "Reservation", "Reservationer"
RESERVATION_HEADING = re.compile(r"^reservation(?:er)?\s*:?$", re.IGNORECASE)
# "Särskilt yttrande", "Särskilda yttranden", "Särskilt uttalande", "Protokollsanteckning",
# "Protokollsanteckningar", "Jäv"
STATEMENT_HEADING = re.compile(
    r"^(?:särskil(?:t|da) (?:yttrande|uttalande)n?|protokollsanteckning(?:ar)?|"
    r"anteckning(?:ar)? till protokollet|jäv|anmälan om jäv)\s*:?$", re.IGNORECASE)
# sections that describe the case rather than the meeting's procedure
SKIP_HEADING = re.compile(
    r"^(?:handlingar?|beslutsunderlag|ärendebeskrivning|beskrivning av ärendet|ärendet|"
    r"sammanfattning\b.*|bakgrund|"
    r"tidigare behandling|beslutsmotivering|beredning|beredningsansvariga|"
    r"(?:beslutet|protokollsutdrag)\s+(?:ska\s+)?skickas till|expedieras till)\s*:?$",
    re.IGNORECASE)
# "Näringslivs- och arbetsutskottets beslutsordning", "Kommunstyrelsens beslutsordning"
BESLUTSORDNING = re.compile(r"^(?P<owner>\S.{1,80}?)s\s+beslutsordning\s*:?$", re.IGNORECASE)
# "Yrkande från M, D, L och KD", "Tilläggsyrkande från SD"
GROUP_MOTION_HEADING = re.compile(
    rf"^(?i:(?P<kind>tilläggs|ändrings|återremiss)?yrkande från)\s+{parties.CODE_LIST.pattern}"
    r"\s*:?$")
HEADINGS = (MOTION_HEADING, PROPOSITION_HEADING, VOTE_HEADING, RESERVATION_HEADING,
            STATEMENT_HEADING, SKIP_HEADING, BESLUTSORDNING, GROUP_MOTION_HEADING)
# a heading and its text on one line: "Reservationer: …", "Protokollsanteckning: …", "Jäv: …"
INLINE_HEADING = re.compile(
    r"^(?P<head>reservation(?:er)?|protokollsanteckning(?:ar)?|jäv|särskil(?:t|da) yttranden?|"
    r"yrkanden?)\s*:\s+(?P<rest>\S.*)$", re.IGNORECASE)
# a party group opening an entry: "Ledamöterna från SD yrkar …", "M, D, L och KD reserverar …"
GROUP_LEAD = re.compile(
    rf"^{parties.GROUP_SUBJECT}"
    r"(?=\s+(?i:yrkar|yrkade|reserverar|antecknar|anmäler|deltar|lämnar|inkommer))")
SENTENCE_END = ('.', ':', '"', '”', '»', '!', '?')
# a running date or page number left in the body: "2025-04-22", "Sida 3", "4 (12)"
NOISE = re.compile(rf"^(?:{NUMERIC}|sida\s+\d+.*|\d{{1,3}}(?:\s*\(\d+\))?)$", re.IGNORECASE)
# "− Ja-röst innebär …", "• Bifall …", "- Nej-röst …"
BULLET = re.compile(rf"^{points.BULLET}\s+\S")


def is_heading(line: Line) -> bool:
    """Whether a line is a section heading: a known one, or a short bold line naming nobody."""
    text = line.text.strip()
    if any(h.match(text) for h in HEADINGS):
        return True
    return line.bold and len(text) < 90 and not parties.MARK.search(text) \
        and not text.endswith(",")


def sections(lines: Sequence[Line]) -> list[tuple[str | None, list[Line]]]:
    """The lines under each heading, with the heading's text (None before the first)."""
    out: list[tuple[str | None, list[Line]]] = [(None, [])]
    for ln in lines:
        inline = INLINE_HEADING.match(ln.text.strip())
        if inline:  # "Reservationer: S-gruppen reserverar sig …" on one line
            out.append((inline.group("head"), [replace(ln, text=inline.group("rest"), bold=False)]))
        elif is_heading(ln):
            out.append((ln.text.strip(), []))
        elif NOISE.match(ln.text.strip()):
            continue
        else:
            out[-1][1].append(ln)  # a blank line is kept: it ends a paragraph
    return [(h, body) for h, body in out if h is not None or body]


def _line_gap(lines: Sequence[Line]) -> float:
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    return statistics.median(gaps) if gaps else 0.0


def _starts_paragraph(prev: Line, ln: Line, gap: float, with_parties: bool) -> bool:
    text = ln.text.strip()
    if BULLET.match(text):
        return True
    if not prev.text.rstrip().endswith(SENTENCE_END):
        # a table's last row ("Helena Björkqvist  SFP  J") and the sentence after it
        return len(columns(prev)) > 1 and len(columns(ln)) == 1 and opens_entry(text, with_parties)
    if gap and prev.page == ln.page and ln.top - prev.top > gap * 1.2:
        return True
    return opens_entry(text, with_parties)


def paragraphs(lines: Sequence[Line], with_parties: bool = True) -> list[list[Line]]:
    """Lines in paragraphs: a break after a sentence end with a wider gap or a new subject."""
    gap = _line_gap(lines)
    out: list[list[Line]] = []
    for ln in lines:
        if not ln.text.strip():
            out.append([])
        elif not out or not out[-1] or _starts_paragraph(out[-1][-1], ln, gap, with_parties):
            out.append([ln])
        else:
            out[-1].append(ln)
    return [p for p in out if p]


def join(lines: Sequence[Line]) -> str:
    """The lines' text as one string; a word hyphenated over a line break is mended."""
    return join_parts(ln.text for ln in lines)


def opens_entry(sentence: str, with_parties: bool = True) -> bool:
    """Whether a sentence opens with subjects of its own: members or a party group."""
    return bool(leading_members(sentence, with_parties)) or bool(GROUP_LEAD.match(sentence))


def entries(text: str, with_parties: bool = True) -> list[str]:
    """The text cut where a sentence opens with new subjects (`X (S) yrkar …`, or `X yrkar …`
    in minutes that print no parties)."""
    out: list[str] = []
    for s in sentences(text):
        if out and not opens_entry(s, with_parties):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


# --------------------------------------------------------------- beslutsordningar


def _body_names(owners: list[str], parent: str | None) -> list[str]:
    """Nominative body names; an utskott gets the styrelse or nämnd it belongs to."""
    names = [bodies.nominative(o + "s") for o in owners]
    parents = [n for n in names if not n.lower().endswith("utskottet")]
    owner = parent or (parents[0] if parents else None)
    out = []
    for n in names:
        if n.lower().endswith("utskottet") and owner and not n.lower().startswith(owner.lower()):
            n = f"{owner}s {n[0].lower()}{n[1:-2]}"
        out.append(n)
    return out


def split_beslutsordningar(lines: Sequence[Line], parent: str | None = None
                           ) -> list[tuple[str | None, list[Line]]]:
    """The parts of a paragraph under each `… beslutsordning` heading, with the deciding body
    in the nominative (None for the lines before the first, or when there is none)."""
    parts: list[tuple[str | None, list[Line]]] = [(None, [])]
    for ln in lines:
        m = BESLUTSORDNING.match(ln.text.strip())
        if m and (ln.bold or len(ln.text) < 70):
            parts.append((m.group("owner"), []))
        else:
            parts[-1][1].append(ln)
    named = [owner for owner, _ in parts[1:] if owner]
    names = iter(_body_names(named, parent))
    out = [(None if owner is None else next(names), body) for owner, body in parts]
    return [(o, b) for o, b in out if o is not None or b]
