"""The labels of decision blocks and the other parts of a §, and the procedure lines that are no
decision point (data/labels.json).

Minutes that print no procedure sections label each part of a §: the preparer's or chair's
proposal ("Ordförandes förslag:", "Stadsdirektörens förslag:", "Förslag till beslut"), the
body's decision ("Beslut:", "Miljö- och byggnämndens beslut:"), and the rest of the case
("Beredning:", "Bakgrund:", "Behandling:", "Jäv:"). A label ends in its noun, after the
genitive of whoever owns it; what a label *is* in a line (bold, a colon, a list number) is
extract.labels' work.
"""
from __future__ import annotations

import re

from meetbook.lexicon import bodies
from meetbook.lexicon._data import alternation, table
from meetbook.text import fold

_DATA = table("labels")

DECISION_NOUNS: tuple[str, ...] = tuple(_DATA["decision"])
PROPOSAL_NOUNS: tuple[str, ...] = tuple(_DATA["proposal"])
SECTIONS: frozenset[str] = frozenset(fold(s) for s in _DATA["sections"])
PROCEDURE_SECTIONS: frozenset[str] = frozenset(fold(s) for s in _DATA["procedure_sections"])
# a decision heading by its word class (extract.labels.word_class_heading): its nouns, the
# prepositions before the body, the words naming the meeting's body, the verbs, the lone headings
_HEADING = _DATA["decision_heading"]
HEADING_NOUNS: tuple[str, ...] = tuple(_HEADING["nouns"])
HEADING_PREPOSITIONS: tuple[str, ...] = tuple(_HEADING["prepositions"])
HEADING_PARTICIPLES: tuple[str, ...] = tuple(_HEADING["participles"])
MEETING_WORDS: tuple[str, ...] = tuple(_HEADING["meeting_words"])
UNNAMED: frozenset[str] = frozenset(fold(w) for w in _HEADING["unnamed"])
HEADING_VERBS: tuple[str, ...] = tuple(_HEADING["verbs"])
HEADING_ALONE: frozenset[str] = frozenset(fold(s) for s in _HEADING["alone"])
# "Beslut  Datum  Delegat" heads a table's columns: no label run into its text
NOT_RUN_IN: frozenset[str] = frozenset(_DATA["not_run_in"])
# "Enligt kommunstyrelsens förslag:" opens points; "Enligt" is no label's owner
NOT_OWNER = re.compile(rf"^(?:{alternation(_DATA['not_owners'])})\b", re.IGNORECASE)

_ADJUST = _DATA["immediate_adjustment"]
# "Paragrafen justeras omedelbart.", "Protokollet i denna paragraf justerades omedelbart.",
# "Paragrafen förklarades omedelbart justerad.", "Omedelbar justering."
# "Kommunstyrelsen förklarar paragrafen omedelbart justerad.", "att förklara paragrafen omedelbart
# justerad", "Nämnden beslutar att justera paragrafen omedelbart."
IMMEDIATE_ADJUSTMENT = re.compile(
    rf"^(?:(?:{alternation(_ADJUST['subjects'])})\s+(?:{alternation(_ADJUST['verbs'])})|"
    rf"(?:{alternation(_ADJUST['alone'])})|"
    rf"(?:att\s+|(?:{bodies.NAME})\s+(?:beslutar\s+(?:att\s+)?)?)?"
    rf"(?:{alternation(_ADJUST['active_verbs'])})\s+(?:{alternation(_ADJUST['subjects'])})\s+"
    rf"(?:{alternation(_ADJUST['complements'])}))\s*[.,;]?(?:\s*(?:samt|och))?$", re.IGNORECASE)
_ADJOURN = _DATA["adjournment"]
# "Sammanträdet ajourneras kl. 10.20–10.35.", "Ajournering kl. 11.05–11.20"
ADJOURNMENT = re.compile(
    rf"^(?:(?:{alternation(_ADJOURN['subjects'])})\s+(?:{alternation(_ADJOURN['verbs'])})|"
    rf"(?:{alternation(_ADJOURN['alone'])})\s+(?:kl\b|mellan\b|\d))", re.IGNORECASE)


# "Skickas till: Äldreomsorgen", "Beslutet ska skickas till Individ- och familjeomsorgen"
DISTRIBUTION = re.compile(rf"^(?:{alternation(_DATA['distribution'])})\b\s*:?", re.IGNORECASE)


def is_distribution_line(text: str) -> bool:
    """Whether a line names who gets the decision (no decision point; the recipients follow)."""
    return bool(DISTRIBUTION.match(text.strip()))


def section_kind(head: str) -> str | None:
    """"procedure" for a label of the part that tells the meeting's procedure ("Behandling",
    "Jäv"), "section" for one of the case's other parts ("Beredning", "Bakgrund"), else None."""
    key = fold(head).strip(" :.")
    if key in PROCEDURE_SECTIONS:
        return "procedure"
    return "section" if key in SECTIONS else None


_CHAIR = _DATA["chair_procedure"]
# "Ordföranden ställer proposition på yrkandena och finner att …", "Propositionsordningen
# godkänns.", "Kommunfullmäktige godkänner följande propositionsordning: …"
CHAIR_PROCEDURE = re.compile(
    rf"^(?:(?:{alternation(_CHAIR['openings'])})\b|"
    rf"(?:{bodies.NAME})\s+(?:godkänner|godkände|fastställer)\s+"
    rf"(?:{alternation(_CHAIR['approved'])})\b)", re.IGNORECASE)


def is_chair_procedure(text: str) -> bool:
    """Whether a sentence tells how the meeting came to its decision (the chair's proposition,
    the propositionsordning approved, a vote asked for): procedure, where a decision is printed
    besides it."""
    return bool(CHAIR_PROCEDURE.match(text.strip()))


def is_procedure_line(text: str) -> bool:
    """Whether a line or sentence only minutes how the § was adjusted ("Paragrafen förklarades
    omedelbart justerad.", "Kommunstyrelsen förklarar paragrafen omedelbart justerad.") or that
    the meeting paused ("Sammanträdet ajourneras kl. 10.20–10.35."): procedure, no decision
    point (an adjournment's line may run on over the next)."""
    text = text.strip()
    return bool(IMMEDIATE_ADJUSTMENT.match(text) or ADJOURNMENT.match(text))
