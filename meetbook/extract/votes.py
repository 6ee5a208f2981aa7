"""Voteringar: propositions, counts and per-member votes (pure), in every form minutes print.

A vote is anchored at its result: `med 11 ja-röster mot 4 nej-röster`, `Omröstningen utfaller
med 40 Ja mot 38 Nej. 3 ledamöter avstår från att rösta.`, `Ja-röster: 5, Nej-röster: 4`,
`med rösterna 7–4`, `Omröstningen utföll med 5 ja-röster (Lindvall, Hellsten …) och 2
nej-röster (Kengo, Backman).`, `stadsdirektörens förslag fick 6 röster (…) och Anders Kengos
förslag 3 röster (…)`, a roll call in sentences `… röstar Ja (7).` or as open lists `Ja: A,
B, C (3) Nej: D, E (2)`, or a ruled table headed `Ledamot/tjänstgörande ersättare |
Ja-röst | Nej-röst | Avstår från att rösta`. The proposition printed before it (`Ja-röst
innebär att bifalla …`, `Godkänd voteringsproposition: "Ja för avslag och Nej för bifall …"`,
`den som understöder X röstar ja, den som understöder Y röstar nej`) belongs to it. Voters
must add up to the printed counts; where they do not the vote is kept with verified=False.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from meetbook.extract.people import find_mentions, leading_mentions
from meetbook.extract.procedure import NOISE, PROPOSITION_HEADING, join, paragraphs, sections
from meetbook.lexicon.numbers import COUNT as N
from meetbook.lexicon.numbers import number
from meetbook.lexicon.sentences import sentence_start
from meetbook.model import Line, Vote, VoteChoice, Voter
from meetbook.pdf import Table

# --------------------------------------------------------------- results

# "med 11 ja-röster mot 4 nej-röster", "40 Ja mot 38 Nej", "7 ja-röster och 2 nej-röster"
COUNT = re.compile(
    rf"\b(?P<yes>{N})\s+ja(?:-?\s?röst(?:er|en)?)?\s*(?:\smot|\soch|,)\s+(?P<no>{N})\s+"
    r"nej(?:-?\s?röst(?:er|en)?)?\b", re.IGNORECASE)
# "Ja-röster: 11, Nej-röster: 4, Avstår: 0", "Ja 11, Nej 4"
COUNT_LABELLED = re.compile(
    r"\bja(?:-?röster)?\s*:?\s*(?P<yes>\d{1,3})\s*[,;]?\s*nej(?:-?röster)?\s*:?\s*"
    r"(?P<no>\d{1,3})\b", re.IGNORECASE)
# "5 ja-röster (Lindvall, Hellsten …) och 2 nej-röster (Kengo, Backman)", "1 blank röst"
NAMED_COUNT = re.compile(
    r"(?P<yes>\d{1,3})\s+ja-?röst(?:er)?(?:\s+för\s+[^.,]{3,80}?)?(?:\s*\((?P<yesnames>[^)]*)\))?"
    r"\s*(?:,|och|mot)\s*"
    r"(?P<no>\d{1,3})\s+nej-?röst(?:er)?(?:\s+för\s+[^.,]{3,80}?)?(?:\s*\((?P<nonames>[^)]*)\))?"
    r"(?:\s*(?:,|och|samt)\s*(?P<blank>\d{1,3})\s+(?:blanka?|tomma?|avstod|avstår|nedlagda?)"
    r"(?:\s+röst(?:er)?)?(?:\s*\((?P<blanknames>[^)]*)\))?)?", re.IGNORECASE)
# "med rösterna 7–4", "Omröstningen utföll 7–4 till förmån för …", "Med 6 röster mot 4, en
# ledamot avstod"
TALLY = re.compile(
    r"(?:med\s+rösterna\s+(?P<y1>\d{1,3})\s*[-–]\s*(?P<n1>\d{1,3})|"
    r"omröstningen\s+utföll(?:\s+med)?\s+(?P<y2>\d{1,3})\s*[-–]\s*(?P<n2>\d{1,3})|"
    r"\bmed\s+(?P<y3>\d{1,3})\s+röster\s+mot\s+(?P<n3>\d{1,3}))\b"
    rf"(?:[^.]{{0,40}}?(?P<blank>{N})\s+(?:ledamot|ledamöter)?\s*"
    r"(?:avstod|avstår|röstade blankt|blanka?|tomma?))?", re.IGNORECASE)
# "stadsdirektörens förslag fick 6 röster (Frostell, …) och Anders Kengos förslag 3 röster (…)",
# "Vid omröstningen erhöll stadsdirektörens förslag 5 röster och Peter Nyholms förslag 4 röster"
FOR_AGAINST = re.compile(
    r"(?:fick|erhöll)\s+(?:(?P<first>[^.]{3,80}?)\s+)?(?P<yes>\d{1,3})\s+röster"
    r"(?:\s*\((?P<yesnames>[^)]*)\))?"
    r"\s+och\s+(?P<second>[^.]{3,80}?)\s+(?P<no>\d{1,3})\s+röster(?:\s*\((?P<nonames>[^)]*)\))?",
    re.IGNORECASE)
# "3 ledamöter avstår från att rösta", "och 2 avstår", "Avstår: 0", "1 blank röst", "2
# ledamöter röstade blankt"
ABSTAIN = re.compile(
    rf"\b(?P<n>{N})\s+(?:ledamöter(?:na)?\s+|ledamot\s+|st\.?\s+|personer\s+)?(?:som\s+)?"
    r"(?:röstade\s+|röstar\s+)?(?:avstår|avstod|avstående|blank\w*)|\bavst(?:år|ående)\s*:?\s*(?P<n2>\d{1,3})\b",
    re.IGNORECASE)

# --------------------------------------------------------------- propositions

# "Godkänd voteringsproposition: "Ja för avslag och Nej för bifall till …""
PROP_QUOTED = re.compile(
    r"voteringsproposition\w*\s*:?\s*[\"”“»](?P<p>[^\"”“»]+)[\"”“»]", re.IGNORECASE)
# "− Ja-röst innebär att bifalla kommunstyrelsens arbetsutskotts förslag.",
# "Ja för bifall till … Nej för …", "Den som vill bifalla … röstar ja, …"
SENTENCE_TAIL = r".+?\.(?=\s+[−•\-–A-ZÅÄÖ]|\s*$)"
PROP_PLAIN = re.compile(
    rf"(?P<p>(?:(?:Ja|Nej)-?röst(?:en)?\s+innebär|Ja\s+för\s|(?:Den|De)\s+som\s+(?:vill|önskar)\s)"
    rf"{SENTENCE_TAIL})")
# "den som röstar för X röstar ja och den som röstar för Y röstar nej", "Den som understöder
# stadsstyrelsens förslag röstar ja, den som understöder …s förslag röstar nej"
PROP_TOLD = re.compile(r"(?P<p>(?:den|de)\s+som\s+\w+\s+(?:för\s+)?[^.]{3,200}?\s+röstar\s+ja"
                       r"[^.]*röstar\s+nej)", re.IGNORECASE)

# --------------------------------------------------------------- roll calls and tables

# a roll call, each choice with its count in brackets: in sentences "… och tjänstgörande
# ordföranden Daniel Bernmar (V) röstar Ja (7).", "… avstår från att rösta (1).", "… är
# frånvarande (2)."; or as open lists "Ja: Lindvall, Hellsten (2) Nej: Kengo (1) Blank: Ek (1)"
ROLL = re.compile(
    r"(?:röstar|röstade)\s+(?P<choice>ja|nej)\s*\((?P<n>\d{1,3})\)|"
    r"(?P<abstain>avstår|avstod)\s+från\s+att\s+rösta\s*\((?P<na>\d{1,3})\)|"
    r"(?P<absent>är|var)\s+frånvarande\s*\((?P<nf>\d{1,3})\)|"
    r"\b(?P<label>Ja|Nej|Blanka?|Avstår|Avstod):\s*(?P<listed>[^():]*?)\s*\((?P<nl>\d{1,3})\)",
    re.IGNORECASE)
CHOICES = {"ja": VoteChoice.JA, "nej": VoteChoice.NEJ, "blank": VoteChoice.AVSTAR,
           "blanka": VoteChoice.AVSTAR, "avstår": VoteChoice.AVSTAR, "avstod": VoteChoice.AVSTAR}
# table header cells: "Ja-röst", "Nej", "Avstår från att rösta", "Frånvarande", "Parti"
HEADER_CELLS = (
    (VoteChoice.JA, re.compile(r"^ja\b", re.IGNORECASE)),
    (VoteChoice.NEJ, re.compile(r"^nej\b", re.IGNORECASE)),
    (VoteChoice.AVSTAR, re.compile(r"^(?:avst|blank)", re.IGNORECASE)),
    (VoteChoice.FRANVARANDE, re.compile(r"^frånv", re.IGNORECASE)),
)
PARTY_CELL = re.compile(r"^parti\b", re.IGNORECASE)
# a table this close to the top of its page follows straight on from the page before
PAGE_TOP = 150.0

Key = tuple[int, float, int]  # page, top of the line, offset in the text
Counts = tuple[int | None, int | None, int | None]


@dataclass
class _Build:
    """A vote being assembled from events in reading order."""

    key: Key
    propositions: list[str] = field(default_factory=list)
    counts: Counts | None = None
    text: str = ""
    roll: dict[VoteChoice, int] = field(default_factory=dict)
    voters: list[Voter] = field(default_factory=list)
    table: bool = False
    unclear_rows: int = 0

    def has_result(self) -> bool:
        return self.counts is not None or bool(self.roll) or self.table


# --------------------------------------------------------------- the text with positions

def _positioned(lines: Sequence[Line]) -> tuple[str, list[tuple[int, tuple[int, float]]]]:
    """The lines joined by spaces, and where each line starts in it with its (page, top)."""
    text, starts = "", []
    for ln in lines:
        if NOISE.match(ln.text.strip()):
            continue
        starts.append((len(text) + (1 if text else 0), (ln.page, ln.top)))
        text = f"{text} {ln.text.strip()}" if text else ln.text.strip()
    return text, starts


def _key_at(starts: list[tuple[int, tuple[int, float]]], offset: int) -> Key:
    page, top = starts[0][1] if starts else (0, 0.0)
    for start, at in starts:
        if start > offset:
            break
        page, top = at
    return page, top, offset


# --------------------------------------------------------------- events

Event = tuple[int, str, object]  # offset, kind, value


def _listed(groups: Sequence[tuple[str | None, VoteChoice]]) -> list[Voter]:
    """Voters of name lists printed with a result: "(Lindvall, Hellsten och Rögård)"."""
    return [Voter(n.strip(), None, choice) for names, choice in groups
            for n in re.split(r"\s*,\s*|\s+och\s+", names or "") if n.strip()]


def _tail_abstain(text: str, end: int) -> tuple[int | None, int]:
    """Abstentions printed right after a result ("…, 1 ledamot avstod") and where they end."""
    tail = text[end:end + 140]
    later = COUNT.search(tail)
    a = ABSTAIN.search(tail[:later.start()] if later else tail)
    return (number(a.group("n") or a.group("n2")), end + a.end()) if a else (None, end)


Result = tuple[Counts, list[Voter], str | None]  # counts, voters listed, a proposition


def _for_against(m: re.Match[str]) -> Result:
    """The first proposal's votes are the ja: "X:s förslag fick 6 röster och Y:s förslag 3"."""
    voters = _listed([(m.group("yesnames"), VoteChoice.JA), (m.group("nonames"), VoteChoice.NEJ)])
    proposition = f"Ja för {m.group('first') or 'förslaget'}, nej för {m.group('second')}"
    return (int(m.group("yes")), int(m.group("no")), None), voters, proposition


def _named_count(m: re.Match[str]) -> Result:
    voters = _listed([(m.group("yesnames"), VoteChoice.JA), (m.group("nonames"), VoteChoice.NEJ),
                      (m.group("blanknames"), VoteChoice.AVSTAR)])
    blank = int(m.group("blank")) if m.group("blank") else None
    return (int(m.group("yes")), int(m.group("no")), blank), voters, None


def _tally(m: re.Match[str]) -> Result:
    yes = m.group("y1") or m.group("y2") or m.group("y3")
    no = m.group("n1") or m.group("n2") or m.group("n3")
    return (int(yes), int(no), number(m.group("blank"))), [], None


def _count(m: re.Match[str]) -> Result:
    return (number(m.group("yes")), number(m.group("no")), None), [], None


def _names_listed(m: re.Match[str]) -> bool:
    return bool(m.group("yesnames") or m.group("nonames"))


# the forms of a result, each with its reader and, for some, a test a match must pass; where
# two forms read the same words, the first in this order wins (a result with names before the
# same result without)
RESULTS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Result],
                     Callable[[re.Match[str]], bool] | None], ...] = (
    (FOR_AGAINST, _for_against, None),
    (NAMED_COUNT, _named_count, _names_listed),
    (COUNT, _count, None),
    (COUNT_LABELLED, _count, None),
    (NAMED_COUNT, _named_count, None),  # "18 ja-röster för X och 6 nej-röster för Y"
    (TALLY, _tally, None),
)


def _result_events(text: str) -> list[Event]:
    """(offset, "count", (counts, the words, voters listed with them)) for each printed result,
    with the abstentions printed right after it ("…, 1 ledamot avstod")."""
    out: list[Event] = []
    taken: list[tuple[int, int]] = []
    for rx, read, accept in RESULTS:
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in taken) or (accept and not accept(m)):
                continue
            (yes, no, abstain), voters, proposition = read(m)
            end = m.end()
            if abstain is None:
                abstain, end = _tail_abstain(text, end)
            if proposition:
                out.append((m.start(), "prop", proposition))
            taken.append((m.start(), end))
            out.append((m.start(), "count", ((yes, no, abstain), text[m.start():end], voters)))
    return out


def _proposition_events(text: str) -> list[Event]:
    out: list[Event] = []
    spans: list[tuple[int, int]] = []
    for rx in (PROP_QUOTED, PROP_PLAIN, PROP_TOLD):
        for m in rx.finditer(text):
            if not any(a <= m.start() < b for a, b in spans):
                out.append((m.start(), "prop", m.group("p").strip()))
                spans.append((m.start(), m.end()))
    return out


def _roll_choice(m: re.Match[str]) -> tuple[VoteChoice, int]:
    if m.group("choice"):
        return CHOICES[m.group("choice").lower()], int(m.group("n"))
    if m.group("abstain"):
        return VoteChoice.AVSTAR, int(m.group("na"))
    if m.group("absent"):
        return VoteChoice.FRANVARANDE, int(m.group("nf"))
    return CHOICES[m.group("label").lower()], int(m.group("nl"))


def _roll_events(text: str) -> list[Event]:
    """(offset, "roll", (choice, n, voters, words)) for each choice of a roll call: the members
    named in the sentence before `röstar Ja (7)` (with parties), or after `Ja:` (names alone)."""
    out: list[Event] = []
    start = 0
    for m in ROLL.finditer(text):
        choice, n = _roll_choice(m)
        if m.group("label"):
            begin, voters = m.start(), _listed([(m.group("listed"), choice)])
        else:
            begin = sentence_start(text, m.start(), start, stops=".!?:", capital=False,
                                   quotes=False)
            voters = [Voter(x.member.name, x.member.party, choice)
                      for x in leading_mentions(text[begin:m.start()])]
        out.append((begin, "roll", (choice, n, voters, text[begin:m.end()].strip())))
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
    cell = " ".join(row[free[0]].split())
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
            out.append(((t.page, t.top, 0), [], 0))
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


def _starts_new(b: _Build | None, kind: str, value: object) -> bool:
    return b is None or (
        (kind == "prop" and b.has_result())
        or (kind == "count" and b.counts is not None)
        or (kind == "roll" and value[0] in b.roll)  # type: ignore[index]
        or (kind == "table" and b.table))


def _apply(b: _Build | None, key: Key, kind: str, value: object, out: list[Vote]) -> _Build:
    """The builder after one event; a finished vote is appended to out."""
    if _starts_new(b, kind, value):
        if b is not None and b.has_result():
            out.append(_finish(b))
        b = _Build(key)
    assert b is not None
    if not b.has_result():
        b.key = key
    if kind == "prop":
        b.propositions.append(str(value))
    elif kind == "count":
        counts, b.text, voters = cast(tuple[Counts, str, list[Voter]], value)
        b.counts = counts
        b.voters.extend(voters)
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
    found = _result_events(text) + _proposition_events(text) + _roll_events(text)
    events = [(_key_at(starts, off), kind, value) for off, kind, value in found]
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
