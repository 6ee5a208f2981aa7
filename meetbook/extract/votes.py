"""Voteringar: propositions, counts and per-member votes (pure).

A vote is anchored at its result: `med 11 ja-röster mot 4 nej-röster` (Kungsbacka),
`Omröstningen utfaller med 40 Ja mot 38 Nej. 3 ledamöter avstår från att rösta.` (Göteborg
KF), a roll call in prose `… röstar Ja (7).` (Göteborg KS), or a ruled table headed
`Ledamot/tjänstgörande ersättare | Ja-röst | Nej-röst | Avstår från att rösta`. The
proposition printed before it (`Ja-röst innebär att bifalla …`, `Godkänd
voteringsproposition: "Ja för avslag och Nej för bifall …"`) belongs to it. Voters must add
up to the printed counts; where they do not the vote is kept with verified=False.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from meetbook.extract.motions import NOISE, PROPOSITION_HEADING, join, paragraphs, sections
from meetbook.extract.people import find_mentions, leading_mentions
from meetbook.model import Line, Vote, VoteChoice, Voter
from meetbook.pdf import Table

WORD_NUMBERS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
                "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "ingen": 0, "inga": 0}
N = r"(?:\d{1,3}|" + "|".join(WORD_NUMBERS) + r")"
# "med 11 ja-röster mot 4 nej-röster", "40 Ja mot 38 Nej", "7 ja-röster och 2 nej-röster"
COUNT = re.compile(
    rf"\b(?P<yes>{N})\s+ja(?:-?\s?röst(?:er|en)?)?\s*(?:\smot|\soch|,)\s+(?P<no>{N})\s+"
    r"nej(?:-?\s?röst(?:er|en)?)?\b", re.IGNORECASE)
# "Ja-röster: 11, Nej-röster: 4, Avstår: 0", "Ja 11, Nej 4"
COUNT_LABELLED = re.compile(
    r"\bja(?:-?röster)?\s*:?\s*(?P<yes>\d{1,3})\s*[,;]?\s*nej(?:-?röster)?\s*:?\s*"
    r"(?P<no>\d{1,3})\b", re.IGNORECASE)
# "3 ledamöter avstår från att rösta", "och 2 avstår", "Avstår: 0", "1 blank röst"
ABSTAIN = re.compile(
    rf"\b(?P<n>{N})\s+(?:ledamöter(?:na)?\s+|ledamot\s+|st\.?\s+|personer\s+)?(?:som\s+)?"
    r"(?:avstår|avstod|avstående|blank\w*)|\bavst(?:år|ående)\s*:?\s*(?P<n2>\d{1,3})\b",
    re.IGNORECASE)
# "Godkänd voteringsproposition: "Ja för avslag och Nej för bifall till …""
PROP_QUOTED = re.compile(
    r"voteringsproposition\w*\s*:?\s*[\"”“»](?P<p>[^\"”“»]+)[\"”“»]", re.IGNORECASE)
# "− Ja-röst innebär att bifalla kommunstyrelsens arbetsutskotts förslag.",
# "Ja för bifall till … Nej för …", "Den som vill bifalla … röstar ja, …"
SENTENCE_TAIL = r".+?\.(?=\s+[−•\-–A-ZÅÄÖ]|\s*$)"
PROP_PLAIN = re.compile(
    rf"(?P<p>(?:(?:Ja|Nej)-?röst(?:en)?\s+innebär|Ja\s+för\s|(?:Den|De)\s+som\s+(?:vill|önskar)\s)"
    rf"{SENTENCE_TAIL})")
# "… och tjänstgörande ordföranden Daniel Bernmar (V) röstar Ja (7)."
ROLL = re.compile(
    r"(?:röstar|röstade)\s+(?P<choice>ja|nej)\s*\((?P<n>\d{1,3})\)|"
    r"(?P<abstain>avstår|avstod)\s+från\s+att\s+rösta\s*\((?P<na>\d{1,3})\)|"
    r"(?P<absent>är|var)\s+frånvarande\s*\((?P<nf>\d{1,3})\)", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?:][\"”»]?\s+")
# table header cells: "Ja-röst", "Nej", "Avstår från att rösta", "Frånvarande", "Parti"
HEADER_CELLS = (
    (VoteChoice.JA, re.compile(r"^ja\b", re.IGNORECASE)),
    (VoteChoice.NEJ, re.compile(r"^nej\b", re.IGNORECASE)),
    (VoteChoice.AVSTAR, re.compile(r"^(?:avst|blank)", re.IGNORECASE)),
    (VoteChoice.FRANVARANDE, re.compile(r"^frånv", re.IGNORECASE)),
)
PARTY_CELL = re.compile(r"^parti\b", re.IGNORECASE)
ROLL_CHOICES = {"ja": VoteChoice.JA, "nej": VoteChoice.NEJ}

Key = tuple[int, float]


@dataclass
class _Build:
    """A vote being assembled from events in reading order."""

    key: Key
    propositions: list[str] = field(default_factory=list)
    counts: tuple[int | None, int | None, int | None] | None = None
    text: str = ""
    roll: dict[VoteChoice, int] = field(default_factory=dict)
    voters: list[Voter] = field(default_factory=list)
    table: bool = False
    unclear_rows: int = 0

    def has_result(self) -> bool:
        return self.counts is not None or bool(self.roll) or self.table


def _number(s: str | None) -> int | None:
    if s is None:
        return None
    return int(s) if s.isdigit() else WORD_NUMBERS.get(s.lower())


# --------------------------------------------------------------- the text with positions

def _positioned(lines: Sequence[Line]) -> tuple[str, list[tuple[int, Key]]]:
    """The lines joined by spaces, and where each line starts in it with its (page, top)."""
    text, starts = "", []
    for ln in lines:
        if NOISE.match(ln.text.strip()):
            continue
        starts.append((len(text) + (1 if text else 0), (ln.page, ln.top)))
        text = f"{text} {ln.text.strip()}" if text else ln.text.strip()
    return text, starts


def _key_at(starts: list[tuple[int, Key]], offset: int) -> Key:
    key = starts[0][1] if starts else (0, 0.0)
    for start, k in starts:
        if start > offset:
            break
        key = k
    return key


# --------------------------------------------------------------- events

def _count_events(text: str) -> list[tuple[int, str, object]]:
    """(offset, "count", ((yes, no, abstain), the words)) for each printed result."""
    out: list[tuple[int, str, object]] = []
    taken: list[tuple[int, int]] = []
    for rx in (COUNT, COUNT_LABELLED):
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            tail = text[m.end():m.end() + 140]
            later = COUNT.search(tail)
            a = ABSTAIN.search(tail[:later.start()] if later else tail)
            abstain = _number(a.group("n") or a.group("n2")) if a else None
            end = m.end() + (a.end() if a else 0)
            taken.append((m.start(), end))
            counts = (_number(m.group("yes")), _number(m.group("no")), abstain)
            out.append((m.start(), "count", (counts, text[m.start():end])))
    return out


def _proposition_events(text: str) -> list[tuple[int, str, object]]:
    out: list[tuple[int, str, object]] = []
    spans = []
    for m in PROP_QUOTED.finditer(text):
        out.append((m.start(), "prop", m.group("p").strip()))
        spans.append((m.start(), m.end()))
    for m in PROP_PLAIN.finditer(text):
        if not any(a <= m.start() < b for a, b in spans):
            out.append((m.start(), "prop", m.group("p").strip()))
    return out


def _roll_events(text: str) -> list[tuple[int, str, object]]:
    """(offset, "roll", (choice, n, voters, sentence)) for each `… röstar Ja (7).` sentence."""
    out: list[tuple[int, str, object]] = []
    start = 0
    for m in ROLL.finditer(text):
        ends = list(SENTENCE_BREAK.finditer(text, start, m.start()))
        sentence_start = ends[-1].end() if ends else start
        who = text[sentence_start:m.start()]
        if m.group("choice"):
            choice, n = ROLL_CHOICES[m.group("choice").lower()], m.group("n")
        elif m.group("abstain"):
            choice, n = VoteChoice.AVSTAR, m.group("na")
        else:
            choice, n = VoteChoice.FRANVARANDE, m.group("nf")
        voters = [Voter(x.member.name, x.member.party, choice) for x in leading_mentions(who)]
        sentence = text[sentence_start:m.end()].strip()
        out.append((sentence_start, "roll", (choice, int(n), voters, sentence)))
        start = m.end()
    return out


# --------------------------------------------------------------- tables

def _header(row: Sequence[str]) -> dict[int, VoteChoice] | None:
    cols = {}
    for i, cell in enumerate(row):
        for choice, rx in HEADER_CELLS:
            if rx.match(cell.strip()):
                cols[i] = choice
    kinds = set(cols.values())
    return cols if {VoteChoice.JA, VoteChoice.NEJ} <= kinds else None


def _voter(row: Sequence[str], cols: dict[int, VoteChoice], party_col: int | None
           ) -> tuple[Voter | None, bool]:
    """The voter of a table row and whether the row was clear (exactly one mark)."""
    free = [i for i in range(len(row)) if i not in cols and i != party_col]
    if not free:
        return None, False
    name_col = free[0]
    cell = " ".join(row[name_col].split())
    if not cell or re.match(r"^(?:summa|totalt|antal|resultat)\b", cell, re.IGNORECASE):
        return None, True  # an empty or a sum row is no voter
    marks = [choice for i, choice in cols.items() if i < len(row) and row[i].strip()]
    if len(marks) != 1:
        return None, False
    mentions = find_mentions(cell)
    if mentions:
        name, party = mentions[0].member.name, mentions[0].member.party
    else:
        name = cell
        party = row[party_col].strip() or None if party_col is not None else None
    return Voter(name, party, marks[0]), True


def _table_votes(tables: Sequence[Table]) -> list[tuple[Key, list[Voter], int]]:
    """(position, voters, unclear rows) of each vote table; a headerless table of the same
    width right after one (its continuation on the next page) is joined to it."""
    out: list[tuple[Key, list[Voter], int]] = []
    cols: dict[int, VoteChoice] | None = None
    width, party_col = 0, None
    for t in sorted(tables, key=lambda t: (t.page, t.top)):
        rows = [tuple(c or "" for c in r) for r in t.rows]
        head = next((i for i, r in enumerate(rows[:3]) if _header(r)), None)
        if head is not None and _continues(t, out, rows[head], width):
            rows = rows[head + 1:]  # the same table again on the next page, header repeated
        elif head is not None:
            cols, width = _header(rows[head]), len(rows[head])
            party_col = next((i for i, c in enumerate(rows[head]) if PARTY_CELL.match(c)), None)
            out.append(((t.page, t.top), [], 0))
            rows = rows[head + 1:]
        elif not (cols and out and rows and len(rows[0]) == width and t.page == out[-1][0][0] + 1):
            cols = None
            continue
        assert cols is not None
        for r in rows:
            voter, clear = _voter(r, cols, party_col) if len(r) == width else (None, False)
            if voter:
                out[-1][1].append(voter)
            elif not clear:
                out[-1] = (out[-1][0], out[-1][1], out[-1][2] + 1)
    return out


# a table this close to the top of its page follows straight on from the page before
PAGE_TOP = 150.0


def _continues(t: Table, out: list, header: Sequence[str], width: int) -> bool:
    """Whether a vote table with a header is the continuation of the previous one: the same
    columns, at the top of the next page."""
    return bool(out) and len(header) == width and t.page == out[-1][0][0] + 1 \
        and t.top < PAGE_TOP


# --------------------------------------------------------------- assembling

def _verified(b: _Build, yes: int | None, no: int | None, abstain: int | None) -> bool:
    if not b.voters:
        return True
    tally = Counter(v.vote for v in b.voters)
    checks = [(yes, tally[VoteChoice.JA]), (no, tally[VoteChoice.NEJ]),
              (abstain, tally[VoteChoice.AVSTAR])]
    return b.unclear_rows == 0 and all(n is None or n == got for n, got in checks)


def _finish(b: _Build) -> Vote:
    yes, no, abstain = b.counts or (None, None, None)
    yes = yes if yes is not None else b.roll.get(VoteChoice.JA)
    no = no if no is not None else b.roll.get(VoteChoice.NEJ)
    abstain = abstain if abstain is not None else b.roll.get(VoteChoice.AVSTAR)
    tally = Counter(v.vote for v in b.voters)
    if b.table or (b.roll and b.counts is None):
        yes = tally[VoteChoice.JA] if yes is None else yes
        no = tally[VoteChoice.NEJ] if no is None else no
        # a roll call names every member who votes, abstainers too: none named is none
        if abstain is None and (b.table or b.roll):
            abstain = tally[VoteChoice.AVSTAR]
    return Vote(" ".join(b.propositions), yes, no, abstain, tuple(b.voters),
                _verified(b, yes, no, abstain), b.key[0], b.text)


def _apply(b: _Build | None, key: Key, kind: str, value: object, out: list[Vote]) -> _Build:
    """The builder after one event; a finished vote is appended to out."""
    starts_new = b is None or (
        (kind == "prop" and b.has_result())
        or (kind == "count" and b.counts is not None)
        or (kind == "roll" and value[0] in b.roll)  # type: ignore[index]
        or (kind == "table" and b.table))
    if starts_new:
        if b is not None and b.has_result():
            out.append(_finish(b))
        b = _Build(key)
    assert b is not None
    if not b.has_result():
        b.key = key
    if kind == "prop":
        b.propositions.append(str(value))
    elif kind == "count":
        b.counts, b.text = value[0], value[1]  # type: ignore[index]
    elif kind == "roll":
        choice, n, voters, sentence = cast(tuple[VoteChoice, int, list[Voter], str], value)
        b.roll[choice] = n
        b.text = f"{b.text} {sentence}".strip()
        b.voters.extend(voters)
    else:
        voters, unclear = cast(tuple[list[Voter], int], value)
        b.table = True
        b.voters.extend(voters)
        b.unclear_rows += unclear
    return b


def extract_votes(lines: Sequence[Line], tables: Sequence[Table] = ()) -> list[Vote]:
    """Every votering in a paragraph's lines, with voters from its tables, in order."""
    text, starts = _positioned(lines)
    events = [(_key_at(starts, off), kind, value) for off, kind, value in
              _count_events(text) + _proposition_events(text) + _roll_events(text)]
    events += [(key, "table", (voters, unclear)) for key, voters, unclear in _table_votes(tables)]
    events.sort(key=lambda e: e[0])
    out: list[Vote] = []
    b: _Build | None = None
    for key, kind, value in events:
        b = _apply(b, key, kind, value, out)
    if b is not None and b.has_result():
        out.append(_finish(b))
    return out


def extract_propositions(lines: Sequence[Line]) -> list[str]:
    """The paragraphs under Propositionsordning / Beslutsgång headings, as printed."""
    out: list[str] = []
    for heading, body in sections(lines):
        if heading and PROPOSITION_HEADING.match(heading):
            out.extend(join(p) for p in paragraphs(body))
    return out


def ja_nej(proposition: str) -> tuple[str | None, str | None]:
    """What a Ja and a Nej vote meant (`Ja för avslag och Nej för bifall …` gives avslag,
    bifall …); None where the proposition does not say."""
    ja = re.search(r"\bJa(?:-?röst(?:en)?\s+innebär(?:\s+att)?|\s+för)\s+(?P<x>.+?)"
                   r"(?=\s+och\s+Nej\b|\.\s|\.$|$|[−•]\s*Nej)", proposition)
    nej = re.search(r"\bNej(?:-?röst(?:en)?\s+innebär(?:\s+att)?|\s+för)\s+(?P<x>.+?)\.?$",
                    proposition)
    return (ja.group("x").strip() if ja else None, nej.group("x").strip() if nej else None)
