"""Voteringar: propositions, counts and per-member votes (pure), in every form minutes print.

A vote is anchored at its result: `med 11 ja-röster mot 4 nej-röster`, `Omröstningen utfaller
med 40 Ja mot 38 Nej. 3 ledamöter avstår från att rösta.`, `Ja-röster: 5, Nej-röster: 4`,
`med rösterna 7–4`, `Omröstningen utföll med 5 ja-röster (Lindvall, Hellsten …) och 2
nej-röster (Kengo, Backman).`, `stadsdirektörens förslag fick 6 röster (…) och Anders Kengos
förslag 3 röster (…)`, `31 ledamöter röstar JA, 5 ledamöter röstar NEJ och 4 ledamöter
AVSTÅR`, `Ja 7, Nej 6`, a roll call in sentences `… röstar Ja (7).` or as open lists `Ja: A,
B, C (3) Nej: D, E (2)`, lists after a label (`Följande ledamöter röstar JA: …`, `Ja-röster:
…`) or one member a line (`Anna Berg (S) - JA`) (vote_names), or a table of voters, ruled or
not (vote_lists: X under Ja / Nej / Avstår / Frånvarande, an Ersättare column, Transport rows
over page breaks), or rows of a person and one vote under heads in any words or none
(vote_shapes, the lines the others leave, a ruled table they could not read among them). The
proposition printed before it (`Ja-röst innebär att bifalla …`, `JA =
bifall …, NEJ = avslag …`, `Ja-röst för …`, `Godkänd voteringsproposition: "Ja för avslag och
Nej för bifall …"`, `den som understöder X röstar ja, den som understöder Y röstar nej`)
belongs to it, and so does the list its § points to (`Hur var och en röstar framgår av bilaga
2`: `Vote.appendix`). Voters must add up to the printed counts (of the result and of the list
itself); where they do not, the vote is kept as printed with verified=False and what does not
add up in `discrepancy`.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from meetbook.extract import vote_lists, vote_names, vote_shapes
from meetbook.extract.people import leading_mentions
from meetbook.extract.procedure import NOISE, PROPOSITION_HEADING, join, paragraphs, sections
from meetbook.extract.vote_lists import VoteList
from meetbook.lexicon import names, parties
from meetbook.lexicon import votes as lex
from meetbook.lexicon.numbers import COUNT as N
from meetbook.lexicon.numbers import number
from meetbook.lexicon.sentences import boundaries, sentence_start
from meetbook.model import Line, Vote, VoteChoice, Voter
from meetbook.pdf import Table

# --------------------------------------------------------------- results

# "med 11 ja-röster mot 4 nej-röster", "40 Ja mot 38 Nej", "7 ja-röster och 2 nej-röster"
COUNT = re.compile(
    rf"\b(?P<yes>{N})\s+ja(?:-?\s?röst(?:er|en)?)?\s*(?:\smot|\soch|,)\s+(?P<no>{N})\s+"
    r"nej(?:-?\s?röst(?:er|en)?)?\b", re.IGNORECASE)
# "Ja-röster: 11, Nej-röster: 4, Avstår: 0", "Ja 11, Nej 4", "Ja-röster: 23 (se bilaga 1).
# Nej-röster: 6."
COUNT_LABELLED = re.compile(
    r"\bja(?:-?röster)?\s*:?\s*(?P<yes>\d{1,3})\s*(?:\([^()]{1,40}\)\s*)?[,;.]?\s*"
    r"nej(?:-?röster)?\s*:?\s*"
    r"(?P<no>\d{1,3})\b", re.IGNORECASE)
# "31 ledamöter röstar JA, 5 ledamöter röstar NEJ", "5 ledamöter röstar JA och 4 ledamöter röstar NEJ"
_MEMBERS_VOTING = r"\s+(?:ledamöter|ledamot|personer|st\.?)\s+(?:röstar|röstade|har\s+röstat)\s+"
COUNT_MEMBERS = re.compile(
    rf"\b(?P<yes>{N}){_MEMBERS_VOTING}ja\b\s*(?:,|och|mot)\s*(?P<no>{N})"
    r"(?:\s+(?:ledamöter|ledamot|personer|st\.?))?\s+(?:röstar|röstade|har\s+röstat)\s+nej\b",
    re.IGNORECASE)
# "5 ja-röster (Lindvall, Hellsten …) och 2 nej-röster (Kengo, Backman)", "1 blank röst"
NAMED_COUNT = re.compile(
    r"(?P<yes>\d{1,3})\s+ja-?röst(?:er)?(?:\s+för\s+[^.,]{3,80}?)?(?:\s*\((?P<yesnames>[^)]*)\))?"
    r"\s*(?:,|och|mot)\s*"
    r"(?P<no>\d{1,3})\s+nej-?röst(?:er)?(?:\s+för\s+[^.,]{3,80}?)?(?:\s*\((?P<nonames>[^)]*)\))?"
    r"(?:\s*(?:,|och|samt)\s*(?P<blank>\d{1,3})\s+(?:blanka?|tomma?|avstod|avstår|nedlagda?)"
    r"(?:\s+röst(?:er)?)?(?:\s*\((?P<blanknames>[^)]*)\))?)?", re.IGNORECASE)
# "med rösterna 7–4", "Omröstningen utföll 7–4 till förmån för …", "Med 6 röster mot 4, en
# ledamot avstod", "Med tjugofem röster mot fyra"
TALLY = re.compile(
    r"(?:med\s+rösterna\s+(?P<y1>\d{1,3})\s*[-–]\s*(?P<n1>\d{1,3})|"
    r"omröstningen\s+utföll(?:\s+med)?\s+(?P<y2>\d{1,3})\s*[-–]\s*(?P<n2>\d{1,3})|"
    rf"\bmed\s+(?P<y3>{N})\s+röst(?:er)?\s+mot\s+(?P<n3>{N})|"
    r"(?:rösterna\s+fördela(?:de|r)\s+sig|röstfördelningen(?:\s+(?:blev|var))?|röstsiffrorna"
    r"(?:\s+(?:blev|var))?|(?:omröstningen|voteringen)\s+(?:utfaller|utföll|slutade))(?:\s+med)?\s+"
    r"(?P<y4>\d{1,3})\s*[-–]\s*(?P<n4>\d{1,3}))\b"
    rf"(?:[^.]{{0,40}}?(?P<blank>{N})\s+(?:ledamot|ledamöter)?\s*"
    r"(?:avstod|avstår|röstade blankt|blanka?|tomma?))?", re.IGNORECASE)
# "stadsdirektörens förslag fick 6 röster (Frostell, …) och Anders Kengos förslag 3 röster (…)",
# "Vid omröstningen erhöll stadsdirektörens förslag 5 röster och Peter Nyholms förslag 4 röster"
FOR_AGAINST = re.compile(
    r"(?:fick|erhöll)\s+(?:(?P<first>[^.]{3,80}?)\s+)?(?P<yes>\d{1,3})\s+röster"
    r"(?:\s*\((?P<yesnames>[^)]*)\))?"
    r"\s+och\s+(?P<second>[^.]{3,80}?)\s+(?P<no>\d{1,3})\s+röster(?:\s*\((?P<nonames>[^)]*)\))?",
    re.IGNORECASE)
# "avgavs 7 röster för bifall och 4 för avslag", "utföll med 7 röster för kommunstyrelsens förslag
# och 4 röster för Per Eks yrkande", at a vote by show of hands "röstade 22 ledamöter för
# kommunstyrelsens förslag och 17 ledamöter för motionen": the first proposal's votes are the ja
_VOTING = r"(?:röster|ledamöter)"
FOR_EACH = re.compile(
    rf"\b(?P<yes>{N})\s+{_VOTING}\s+för\s+(?P<first>[^.;]{{3,80}}?)\s*(?:,|och|mot)\s+"
    rf"(?P<no>{N})\s+(?:{_VOTING}\s+)?för\s+(?P<second>[^.;,]{{3,80}}?)"
    r"(?=\s*[.;,]|\s*$|\s+och\b)",
    re.IGNORECASE)
# "22 röster för och 17 emot", "röstade 22 ledamöter för och 17 mot": for is ja, against nej
FOR_AND_AGAINST = re.compile(
    rf"\b(?P<yes>{N})\s+(?:{_VOTING}\s+)?för\s*(?:,|och)\s*(?P<no>{N})\s+(?:{_VOTING}\s+)?"
    r"(?:emot|mot)\b(?!\s+\d)", re.IGNORECASE)
# "3 ledamöter avstår från att rösta", "och 2 avstår", "Avstår: 0", "1 blank röst", "2
# ledamöter röstade blankt"
ABSTAIN = re.compile(
    rf"\b(?P<n>{N})\s+(?:ledamöter(?:na)?\s+|ledamot\s+|st\.?\s+|personer\s+)?(?:som\s+)?"
    r"(?:röstade\s+|röstar\s+)?(?:avstår|avstod|avstående|blank\w*|nedlagda?\s+röst(?:er)?)|\bavst(?:år|ående)\s*:?\s*(?P<n2>\d{1,3})\b",
    re.IGNORECASE)
# "1 ledamot är frånvarande", "En ledamot är frånvarande", "2 frånvarande ledamöter", "och 1 är
# frånvarande"
ABSENT = re.compile(
    rf"\b(?P<n>{N})\s+(?:frånvarande\b|(?:(?:ledamöter(?:na)?|ledamot|ersättare)\s+)?(?:är|var)\s+"
    r"frånvarande\b)", re.IGNORECASE)

# --------------------------------------------------------------- propositions

# "Godkänd voteringsproposition: "Ja för avslag och Nej för bifall till …""
PROP_QUOTED = re.compile(
    r"voteringsproposition\w*\s*:?\s*[\"”“»](?P<p>[^\"”“»]+)[\"”“»]", re.IGNORECASE)
# "− Ja-röst innebär att bifalla kommunstyrelsens arbetsutskotts förslag.", "JA = bifall till
# kommunstyrelsens förslag, NEJ = avslag …", "Ja-röst för kommunstyrelsens förslag. Nej-röst
# för …", "Ja för bifall till … Nej för …", "Den som vill bifalla … röstar ja, …", "Den som
# bifaller … röstar ja"
SENTENCE_TAIL = r".+?\.(?=\s+[−•\-–A-ZÅÄÖ]|\s*$)"
PROP_PLAIN = re.compile(
    r"(?P<p>(?:\b(?i:ja|nej)(?:-?röst(?:en)?)?\s*(?:innebär\b|för\s|=)|"
    r"(?:Den|De)\s+som\s+(?:vill|önskar|bifaller|röstar\s+för)\s)"
    rf"{SENTENCE_TAIL})")
# "den som röstar för X röstar ja och den som röstar för Y röstar nej", "Den som understöder
# stadsstyrelsens förslag röstar ja, den som understöder …s förslag röstar nej"
PROP_TOLD = re.compile(r"(?P<p>(?:den|de)\s+som\s+\w+\s+(?:för\s+)?[^.]{3,200}?\s+röstar\s+ja"
                       r"[^.]*röstar\s+nej)", re.IGNORECASE)

# --------------------------------------------------------------- roll calls and tables

# a roll call, each choice with its count in brackets: in sentences "… och tjänstgörande
# ordföranden Daniel Bernmar (V) röstar Ja (7).", "… avstår från att rösta (1).", "… är
# frånvarande (2)."; or as open lists "Ja: Lindvall, Hellsten (2) Nej: Kengo (1) Blank: Ek (1)",
# "Ja-röster: S, C och L (21)" (parties, no voters)
ROLL = re.compile(
    r"(?:röstar|röstade)\s+(?P<choice>ja|nej)\s*\((?P<n>\d{1,3})\)|"
    r"(?P<abstain>avstår|avstod)\s+från\s+att\s+rösta\s*\((?P<na>\d{1,3})\)|"
    r"(?P<absent>är|var)\s+frånvarande\s*\((?P<nf>\d{1,3})\)|"
    r"\b(?P<label>Ja|Nej|Blanka?|Avstår|Avstod)(?:-röster)?:\s*(?P<listed>[^():]*?)\s*"
    r"\((?P<nl>\d{1,3})\)",
    re.IGNORECASE)
CHOICES = {"ja": VoteChoice.JA, "nej": VoteChoice.NEJ, "blank": VoteChoice.AVSTAR,
           "blanka": VoteChoice.AVSTAR, "avstår": VoteChoice.AVSTAR, "avstod": VoteChoice.AVSTAR}

Key = tuple[int, float, int]  # page, top of the line, offset in the text
Counts = tuple[int | None, int | None, int | None]


@dataclass
class _Build:
    """A vote being assembled from events in reading order."""

    key: Key
    propositions: list[str] = field(default_factory=list)
    counts: Counts | None = None
    absent: int | None = None
    text: str = ""
    roll: dict[VoteChoice, int | None] = field(default_factory=dict)
    voters: list[Voter] = field(default_factory=list)
    table: bool = False
    unclear_rows: int = 0
    silent_rows: int = 0  # of them, members printed with nothing where the vote would stand
    printed: dict[VoteChoice, int] = field(default_factory=dict)  # with a list of voters
    notes: list[str] = field(default_factory=list)
    shows_absent: bool = False
    reference: str | None = None
    numbered: str | None = None  # "omröstning nr 3": the votering's number through the meeting
    told_only: bool = False  # nothing but members told voting in a sentence so far
    proposed: list[int] = field(default_factory=list)  # voters whose vote is a proposal's name

    def has_result(self) -> bool:
        return self.counts is not None or bool(self.roll) or self.table

    def is_vote(self) -> bool:
        """A votering, not just a sentence that tells a member abstained."""
        return self.has_result() and not self.told_only


# --------------------------------------------------------------- the text with positions

def _positioned(lines: Sequence[Line]) -> tuple[str, list[tuple[int, tuple[int, float]]]]:
    """The lines joined by spaces, and where each line starts in it with its (page, top); a
    name hyphenated over a line end ("tjänstgörande ersättaren Ann-" / "Sofie Hermansson (S)")
    is joined whole."""
    text, starts = "", []
    for ln in lines:
        line = ln.text.strip()
        if NOISE.match(line):
            continue
        if ONE_MEMBER.fullmatch(line):  # "Eva Lindmark, S" one a line: "Eva Lindmark (S)"
            line = parties.bracketed(line)
        glued = _ends_in_hyphenated_word(text) and line[:1].isupper()
        sep = "" if glued or not text else " "
        starts.append((len(text) + len(sep), (ln.page, ln.top)))
        text = f"{text}{sep}{line}"
    return text, starts


def _ends_in_hyphenated_word(text: str) -> bool:
    """Whether the text ends in a letter and a hyphen ("… Ann-"), looked at only at its end."""
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalnum() and not text[-2].isdecimal()


# a line that prints one member with the party after a comma or a dash: "Eva Lindmark, S"
ONE_MEMBER = re.compile(rf"{names.NAME}(?:\s*,\s*|\s+[-–]\s+){parties.CODE}\s*[,;]?")


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


def _tail(text: str, end: int) -> str:
    """What is printed right after a result, up to the next result."""
    tail = text[end:end + 160]
    later = COUNT.search(tail)
    return tail[:later.start()] if later else tail


def _tail_abstain(text: str, end: int) -> tuple[int | None, int]:
    """Abstentions printed right after a result ("…, 1 ledamot avstod") and where they end."""
    a = ABSTAIN.search(_tail(text, end)[:140])
    return (number(a.group("n") or a.group("n2")), end + a.end()) if a else (None, end)


def _tail_absent(text: str, end: int) -> int | None:
    """Absent members printed right after a result ("En ledamot är frånvarande")."""
    a = ABSENT.search(_tail(text, end))
    return number(a.group("n")) if a else None


Result = tuple[Counts, list[Voter], str | None]  # counts, voters listed, a proposition


def _for_against(m: re.Match[str]) -> Result:
    """The first proposal's votes are the ja: "X:s förslag fick 6 röster och Y:s förslag 3"."""
    voters = _listed([(m.group("yesnames"), VoteChoice.JA), (m.group("nonames"), VoteChoice.NEJ)])
    proposition = f"Ja för {m.group('first') or 'förslaget'}, nej för {m.group('second')}"
    return (int(m.group("yes")), int(m.group("no")), None), voters, proposition


def _for_each(m: re.Match[str]) -> Result:
    """The first proposal's votes are the ja: "7 röster för bifall och 4 för avslag"."""
    proposition = f"Ja för {m.group('first')}, nej för {m.group('second')}"
    return (number(m.group("yes")), number(m.group("no")), None), [], proposition


def _named_count(m: re.Match[str]) -> Result:
    voters = _listed([(m.group("yesnames"), VoteChoice.JA), (m.group("nonames"), VoteChoice.NEJ),
                      (m.group("blanknames"), VoteChoice.AVSTAR)])
    blank = int(m.group("blank")) if m.group("blank") else None
    return (int(m.group("yes")), int(m.group("no")), blank), voters, None


def _tally(m: re.Match[str]) -> Result:
    yes = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
    no = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
    return (number(yes), number(no), number(m.group("blank"))), [], None


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
    (FOR_EACH, _for_each, None),
    (FOR_AND_AGAINST, _count, None),
    (NAMED_COUNT, _named_count, _names_listed),
    (COUNT_MEMBERS, _count, None),
    (COUNT, _count, None),
    (COUNT_LABELLED, _count, None),
    (NAMED_COUNT, _named_count, None),  # "18 ja-röster för X och 6 nej-röster för Y"
    (TALLY, _tally, None),
)


def _result_events(text: str) -> list[Event]:
    """(offset, "count", (counts, the words, voters listed with them, absent, the proposition
    the result tells or None)) for each printed
    result, with the abstentions and absences printed right after it ("…, 1 ledamot avstod",
    "En ledamot är frånvarande")."""
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
            taken.append((m.start(), end))
            # the proposition a result tells ("7 röster för bifall och 4 för avslag") is the
            # result's own: it goes with a list of voters printed just before it
            out.append((m.start(), "count", ((yes, no, abstain), text[m.start():end], voters,
                                             _tail_absent(text, m.end()), proposition)))
    return out


def _proposition_events(text: str, line_starts: set[int]) -> list[Event]:
    out: list[Event] = []
    spans: list[tuple[int, int]] = []
    for rx in (PROP_QUOTED, PROP_PLAIN, PROP_TOLD):
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in spans) or not _opens(text, m, line_starts):
                continue
            out.append((m.start(), "prop", m.group("p").strip()))
            spans.append((m.start(), m.end()))
    return out


def _opens(text: str, m: re.Match[str], line_starts: set[int]) -> bool:
    """Whether a proposition that begins with a lower-case "ja …" or "nej …" opens a sentence, a
    clause after a colon or a line; one in mid-sentence ("… röstar ja för att …") is none."""
    start = m.start("p")
    if not text[start:start + 3].lower().startswith(("ja", "nej")) or text[start].isupper() \
            or start in line_starts:
        return True
    return bool(re.search(r"[.:;!?]\s*$|^\s*$", text[max(0, start - 3):start]))


def _roll_choice(m: re.Match[str]) -> tuple[VoteChoice, int]:
    if m.group("choice"):
        return CHOICES[m.group("choice").lower()], int(m.group("n"))
    if m.group("abstain"):
        return VoteChoice.AVSTAR, int(m.group("na"))
    if m.group("absent"):
        return VoteChoice.FRANVARANDE, int(m.group("nf"))
    return CHOICES[m.group("label").lower()], int(m.group("nl"))


def _roll_events(text: str, line_ends: Sequence[int]) -> list[Event]:
    """(offset, "roll", (choice, n, voters, words)) for each choice of a roll call: the members
    named in the sentence before `röstar Ja (7)` (with parties), or after `Ja:` (names alone);
    and each list after a label (`Följande ledamöter röstar JA: …`, `Ja-röster: …`), n None."""
    out: list[Event] = []
    start = 0
    taken: list[tuple[int, int]] = []
    for m in ROLL.finditer(text):
        choice, n = _roll_choice(m)
        if m.group("label"):
            begin, voters = m.start(), _listed([(m.group("listed"), choice)])
            if all(v.name in parties.CODES or v.name.casefold() in parties.NAMES for v in voters):
                voters = []  # "Ja-röster: S, C, KD och L (21)": the parties, no members
        else:
            begin = sentence_start(text, m.start(), start, stops=".!?:", capital=False,
                                   quotes=False)
            voters = [Voter(x.member.name, x.member.party, choice)
                      for x in leading_mentions(text[begin:m.start()])]
        out.append((begin, "roll", (choice, n, voters, text[begin:m.end()].strip())))
        taken.append((begin, m.end()))
        start = m.end()
    for named in vote_names.labelled_lists(text, line_ends, taken):
        out.append((named.start, "roll", (named.choice, named.count, list(named.voters),
                                          text[named.start:named.end].strip())))
        taken.append((named.start, named.end))
    for named in vote_names.told_for(text, taken):
        out.append((named.start, "roll", (named.choice, named.count, list(named.voters),
                                          text[named.start:named.end].strip())))
        taken.append((named.start, named.end))
    for named in vote_names.told_lists(text, taken):
        out.append((named.start, "told", (named.choice, named.count, list(named.voters),
                                          text[named.start:named.end].strip())))
    return out


def _numbered_events(text: str, results: Sequence[Event]) -> list[Event]:
    """(offset, "number", (the votering's number as printed, whether a result stands before it
    in its sentence)) where a § names its votering by its number through the meeting ("Votering
    begärs (omröstning nr 3)"): after a result in the same sentence it is that result's, else
    the next votering's; a list named so ("Voteringslista nr 2 bifogas") is the one before."""
    out: list[Event] = []
    cuts = [0, *(nxt for _, nxt in boundaries(text, quotes=False))]
    for m in lex.NUMBERED_VOTE.finditer(text):
        begin = max(c for c in cuts if c <= m.start())
        after_result = any(begin <= off < m.start() for off, kind, _ in results if kind == "count")
        listed = "lista" in m.group(0).lower()  # "Voteringslista nr 2 bifogas": the vote before
        out.append((m.start(), "number", (f"omröstning nr {m.group('n')}", after_result or listed)))
    return out


def _reference_events(text: str) -> list[Event]:
    """(offset, "ref", the reference) where a result points to the list of its voters printed
    elsewhere ("Hur var och en röstar framgår av bilaga 2"); a bare "bilaga" counts only in a
    sentence that speaks of the vote ("Reservationen bifogas som bilaga 1" is no list)."""
    cuts = [0, *(nxt for _, nxt in boundaries(text, quotes=False)), len(text)]
    out: list[Event] = []
    for m in lex.REFERENCE.finditer(text):
        begin = max(c for c in cuts if c <= m.start())
        end = min((c for c in cuts if c > m.start()), default=len(text))
        if lex.OTHERS_APPENDIX.match(text, m.end("noun")) or (
                m.group("noun").lower().startswith("bilaga")
                and not lex.VOTE_WORD.search(text[begin:end])):
            continue
        out.append((m.start(), "ref", text[m.start("noun"):m.end()].strip(" ,.")))
    return out


# --------------------------------------------------------------- lists of voters on lines


def _list_events(lines: Sequence[Line], tables: Sequence[Table]
                 ) -> tuple[list[tuple[Key, str, object]], set[tuple[int, float]]]:
    """The "table" events of the lists of voters printed as tables (ruled or not), one member
    a line and party by party ("S: Ja 10 (…)"), and the lines they take (no text of the § to
    read results or names in)."""
    events: list[tuple[Key, str, object]] = []
    used = _in_tables(lines, tables)
    for vl in vote_lists.lists_in_lines([ln for ln in lines if (ln.page, ln.top) not in used]):
        events.append(((vl.page, vl.top, 0), "table", vl))
        used |= vl.lines
    ruled = vote_lists.lists_in_tables(tables)
    for vl in ruled:
        events.append(((vl.page, vl.top, 0), "table", vl))
    # a ruled table whose heads no reader knew: its lines for the reader by shape
    unread = _in_tables(lines, [t for t in tables if not any(
        x.page <= t.page <= x.last_page for x in ruled)])
    rest = [ln for ln in lines if (ln.page, ln.top) not in used or (ln.page, ln.top) in unread]
    for vl in vote_shapes.lists_by_shape(rest):  # rows of a person and a vote, heads unknown
        events.append(((vl.page, vl.top, 0), "table", vl))
        used |= vl.lines
    rest = [ln for ln in lines if (ln.page, ln.top) not in used]
    for first, last, voters in vote_names.member_lines(rest):
        ln = rest[first]
        events.append(((ln.page, ln.top, 0), "table", VoteList(
            tuple(voters), (), 0, (), "", ln.page, ln.top, rest[last].page, False)))
        used |= {(x.page, x.top) for x in rest[first:last + 1]}
    rest = [ln for ln in lines if (ln.page, ln.top) not in used]
    for first, last, voters, notes in vote_names.party_tallies(rest):
        ln = rest[first]
        absent = any(v.vote == VoteChoice.FRANVARANDE for v in voters)
        events.append(((ln.page, ln.top, 0), "table", VoteList(
            tuple(voters), (), 0, tuple(notes), "", ln.page, ln.top, rest[last].page, absent)))
        used |= {(x.page, x.top) for x in rest[first:last + 1]}
    return events, used


def _in_tables(lines: Sequence[Line], tables: Sequence[Table]) -> set[tuple[int, float]]:
    """(page, top) of the lines that stand inside the ruled tables."""
    return {(ln.page, ln.top) for ln in lines if any(
        t.page == ln.page and t.top - 1 <= ln.top <= t.bottom + 1 for t in tables)}


# --------------------------------------------------------------- assembling


def _check(b: _Build, yes: int | None, no: int | None, abstain: int | None
           ) -> tuple[bool, str | None]:
    """Whether the voters add up to every count printed for the vote (its result, its list's
    own counts and subtotals), and if not, what does not: "the result prints 5 ja, 38 nej; the
    list prints 5 ja, 38 nej; the voters listed give 6 ja, 37 nej"."""
    if not b.voters:
        return True, None
    tally = Counter(v.vote for v in b.voters)
    result = {c: n for c, n in ((VoteChoice.JA, yes), (VoteChoice.NEJ, no),
                                (VoteChoice.AVSTAR, abstain)) if n is not None}
    if b.absent is not None and b.shows_absent:
        result[VoteChoice.FRANVARANDE] = b.absent
    listed = {c: n for c, n in b.printed.items()
              if c != VoteChoice.FRANVARANDE or b.shows_absent}
    problems: list[str] = []
    wrong: set[VoteChoice] = set()
    for source, printed in (("the result", result), ("the list", listed)):
        bad = {c: n for c, n in printed.items() if n != tally[c]}
        if bad:
            problems.append(f"{source} prints {_counted(bad)}")
            wrong |= set(bad)
    if wrong:
        problems.append(f"the voters listed give {_counted({c: tally[c] for c in wrong})}")
    problems += b.notes
    if b.unclear_rows and not _empty_seats(b, listed, wrong):
        problems.append(f"{b.unclear_rows} rows whose vote cannot be read")
    return not problems, "; ".join(dict.fromkeys(problems)) or None


def _empty_seats(b: _Build, listed: dict[VoteChoice, int], wrong: set[VoteChoice]) -> bool:
    """Whether the rows that cannot be read are all members printed with nothing where the
    vote would stand, in a list that prints nobody as Frånvarande, and the counts printed for
    the vote (Ja and Nej at least, in its result or its list; never the rows' own tally) are
    the other rows' own: empty seats ('Tina Eriksson  SD  –' in a närvaro- och
    omröstningslista), no vote lost."""
    printed = set(listed) | {c for c, n in b.roll.items() if n is not None}
    if b.counts is not None:
        printed |= {c for c, n in zip((VoteChoice.JA, VoteChoice.NEJ, VoteChoice.AVSTAR),
                                      b.counts) if n is not None}
    return b.unclear_rows == b.silent_rows and not wrong and not b.shows_absent and \
        {VoteChoice.JA, VoteChoice.NEJ} <= printed


def _counted(counts: dict[VoteChoice, int]) -> str:
    """"5 ja, 38 nej", in the order of the votes."""
    return ", ".join(f"{counts[c]} {c.value}" for c in VoteChoice if c in counts)


def _turned_by_proposition(b: _Build) -> None:
    """The voters whose vote a list wrote as the proposal ("Bifall", "Avslag"), ja and nej
    turned where the proposition puts that proposal the other way ("Ja för avslag, nej för
    bifall"; "Ja-röst för återremiss")."""
    if not b.proposed:
        return
    ja, nej = ja_nej(" ".join(b.propositions))
    first = [lex.proposal_word(x.split()[0]) if x and x.split() else None for x in (ja, nej)]
    if first[0] != VoteChoice.NEJ and first[1] != VoteChoice.JA:
        return
    other = {VoteChoice.JA: VoteChoice.NEJ, VoteChoice.NEJ: VoteChoice.JA}
    for k in b.proposed:
        v = b.voters[k]
        b.voters[k] = Voter(v.name, v.party, other.get(v.vote, v.vote))


def _finish(b: _Build) -> Vote:
    _turned_by_proposition(b)
    yes, no, abstain = b.counts or (None, None, None)
    yes = next((n for n in (yes, b.roll.get(VoteChoice.JA), b.printed.get(VoteChoice.JA))
                if n is not None), None)
    no = next((n for n in (no, b.roll.get(VoteChoice.NEJ), b.printed.get(VoteChoice.NEJ))
               if n is not None), None)
    abstain = next((n for n in (abstain, b.roll.get(VoteChoice.AVSTAR),
                                b.printed.get(VoteChoice.AVSTAR)) if n is not None), None)
    tally = Counter(v.vote for v in b.voters)
    if b.table or (b.roll and b.counts is None):
        yes = tally[VoteChoice.JA] if yes is None else yes
        no = tally[VoteChoice.NEJ] if no is None else no
    if b.table or b.voters:
        # a roll call names every member who votes, abstainers too ("5 ja-röster (A, B, …) och 2
        # nej-röster (C, D)" names them all): none named is none
        abstain = tally[VoteChoice.AVSTAR] if abstain is None else abstain
    verified, discrepancy = _check(b, yes, no, abstain)
    return Vote(" ".join(b.propositions), yes, no, abstain, tuple(b.voters), verified,
                b.key[0], b.text, appendix=", ".join(r for r in (b.reference, b.numbered) if r)
                or None, discrepancy=discrepancy)


def _starts_new(b: _Build | None, kind: str, value: object) -> bool:
    return b is None or (
        (kind == "prop" and b.has_result())
        or (kind == "count" and b.counts is not None)
        or (kind == "roll" and value[0] in b.roll)  # type: ignore[index]
        or (kind == "table" and b.table))


def _apply(b: _Build | None, key: Key, kind: str, value: object, out: list[Vote]
           ) -> _Build | None:
    """The builder after one event; a finished vote is appended to out."""
    if kind == "ref":
        if b is None:
            b = _Build(key)
        b.reference = b.reference or str(value)
        return b
    if kind == "number":
        label, after_result = cast(tuple[str, bool], value)
        if b is not None and b.has_result() and not after_result:
            if b.is_vote():  # "… 30 ja-röster …. Votering begärs (omröstning nr 3)": the next
                out.append(_finish(b))
            b = None
        if b is None:
            b = _Build(key)
        b.numbered = b.numbered or label
        return b
    if kind == "roll" and value[0] == VoteChoice.FRANVARANDE:  # type: ignore[index]
        # "Frånvarande: …" lists the members away from a vote just read, and none alone
        if b is not None and b.has_result() and VoteChoice.FRANVARANDE not in b.roll:
            _apply_roll(b, value)
            b.shows_absent = True
        return b
    told = kind == "told"  # members told voting in a sentence: a vote only with more of it
    if told:
        kind = "roll"
    if _starts_new(b, kind, value):
        if b is not None and b.is_vote():
            out.append(_finish(b))
        b = _Build(key, told_only=told)
    assert b is not None
    b.told_only = b.told_only and told
    if not b.has_result():
        b.key = key
    if kind == "prop":
        b.propositions.append(str(value))
    elif kind == "count":
        counts, b.text, voters, absent, proposition = cast(
            tuple[Counts, str, list[Voter], int | None, str | None], value)
        b.counts, b.absent = counts, absent
        if proposition:
            b.propositions.append(proposition)
        b.voters.extend(voters)
    elif kind == "roll":
        _apply_roll(b, value)
    else:
        _add_list(b, cast(VoteList, value))
    return b


def _apply_roll(b: _Build, value: object) -> None:
    choice, n, voters, sentence = cast(tuple[VoteChoice, int | None, list[Voter], str], value)
    b.roll[choice] = n
    b.text = f"{b.text} {sentence}".strip()
    b.voters.extend(voters)


def _add_list(b: _Build, vl: VoteList) -> None:
    b.table = True
    b.proposed += [len(b.voters) + k for k in vl.proposed]
    b.voters.extend(vl.voters)
    b.unclear_rows += vl.unclear
    b.silent_rows += vl.silent
    b.notes.extend(vl.notes)
    b.shows_absent = b.shows_absent or vl.shows_absent
    for choice, n in vl.printed:
        b.printed.setdefault(choice, n)


def extract_votes(lines: Sequence[Line], tables: Sequence[Table] = ()) -> list[Vote]:
    """Every votering in a paragraph's lines, with voters from its tables and lists, in order."""
    listed, used = _list_events(lines, tables)
    text, starts = _positioned([ln for ln in lines if (ln.page, ln.top) not in used])
    line_starts = {s for s, _ in starts}
    line_ends = [s - 1 for s, _ in starts[1:]]
    results = _result_events(text)
    found = results + _proposition_events(text, line_starts) + _roll_events(text, line_ends) + \
        _reference_events(text) + _numbered_events(text, results)
    events = [(_key_at(starts, off), kind, value) for off, kind, value in found] + listed
    events.sort(key=lambda e: (e[0], e[1] == "table"))
    out: list[Vote] = []
    b: _Build | None = None
    for key, kind, value in events:
        b = _apply(b, key, kind, value, out)
    if b is not None and b.is_vote():
        out.append(_finish(b))
    return out


def with_list(vote: Vote | None, vl: VoteList) -> Vote:
    """A vote with the voters of a list printed apart from its § (a voting appendix): the
    counts its result printed, those of the list where it printed none, checked against both;
    without a vote (a § whose result could not be read), the list's own."""
    b = _Build((vl.page, vl.top, 0))
    if vote is not None:
        b.key = (vote.page or vl.page, 0.0, 0)
        b.propositions = [vote.proposition] if vote.proposition else []
        b.counts, b.text, b.reference = (vote.yes, vote.no, vote.abstain), vote.text, vote.appendix
        b.voters = list(vote.voters)
    _add_list(b, vl)
    return _finish(b)


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
