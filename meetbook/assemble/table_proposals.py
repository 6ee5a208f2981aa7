"""The proposals of an agenda table's Förslag column (pure): one per "Förslag till beslut i …"
in the cell, a point per numbered point or per sentence that opens one."""
from __future__ import annotations

import re

from meetbook.assemble import conventions
from meetbook.assemble.bodies import resolve_body
from meetbook.extract import amounts, assignments
from meetbook.lexicon import bodies
from meetbook.lexicon.sentences import sentences
from meetbook.model import Clause, Decision, DecisionKind
from meetbook.segment.agenda import AgendaEntry
from meetbook.segment.cover import Cover

# "Förslag till beslut i kommunstyrelsen Kommunstyrelsen antar …"
# "Kommunstyrelsens förslag till beslut i kommunfullmäktige Kommunfullmäktige antar …"
TABLE_PROPOSAL = re.compile(r"^(?:\w+s\s+)?förslag till beslut (?:i|till) (?P<body>\w+)\s*",
                            re.IGNORECASE)
TABLE_PROPOSAL_ANYWHERE = re.compile(r"(?:\b\w+s\s+)?\b[Ff]örslag till beslut (?:i|till) \w+")
# "1. Kommunfullmäktige utökar … 2. Utökningen finansieras …" inside one cell
CELL_POINT = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})\.\s+(?=[A-ZÅÄÖ])")
# a sentence that opens a decision point names the deciding body ("Kommunfullmäktige utökar …")
# or repeals or dates a rule ("Avfallstaxa 2025, antagen … 2024-12-12, upphör att gälla.")
POINT_START = re.compile(rf"^(?:\w+\s+){{0,2}}{bodies.WORD}|"
                         r".*\b(?:upphör\s+(?:samtidigt\s+)?att\s+gälla|träder\s+i\s+kraft)\b",
                         re.IGNORECASE)


def table_proposal(entry: AgendaEntry, cover: Cover) -> list[Decision]:
    """The proposals in an agenda table's Förslag column, one per "Förslag till beslut i …"
    heading in it: a point per numbered point or per sentence that opens one."""
    starts = [m.start() for m in TABLE_PROPOSAL_ANYWHERE.finditer(entry.proposal)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    parts = [entry.proposal[a:b] for a, b in zip(starts, [*starts[1:], len(entry.proposal)])]
    return [d for part in parts if (d := _cell_proposal(part.strip(), entry, cover))]


def _cell_proposal(text: str, entry: AgendaEntry, cover: Cover) -> Decision | None:
    """The proposal of one "Förslag till beslut i …" part of a cell, or None without points."""
    m = TABLE_PROPOSAL.match(text)
    body = resolve_body(m.group("body"), cover.body) if m else cover.body
    text = text[m.end():] if m else text
    numbered = _numbered_points(text)
    cl = tuple(Clause(number=n, text=s, page=entry.page) for n, s in numbered) if numbered \
        else tuple(Clause(number=None, text=s, page=entry.page) for s in _points(text))
    if not cl:
        return None
    date = cover.date if body == cover.body else None
    dnr = entry.dnr[0][0] if entry.dnr else None
    joined = " ".join(c.text for c in cl)
    return Decision(kind=DecisionKind.FORSLAG, body=body, date=date, paragraph=None, dnr=dnr,
                    page=entry.page, clauses=cl,
                    amounts=tuple(amounts.clause_amounts(cl, conventions.currency(cover))),
                    assignments=tuple(assignments.extract_assignments(cl)), text=joined)


def _numbered_points(text: str) -> list[tuple[int, str]]:
    """The numbered points of a cell, when they run 1, 2, 3 … from its start."""
    marks: list[re.Match[str]] = []
    for m in CELL_POINT.finditer(text):  # "enligt bilaga 2. Taxor …" is no point 2 out of turn
        if int(m.group("n")) == len(marks) + 1:
            marks.append(m)
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(int(m.group("n")), text[m.end():e].strip()) for m, e in zip(marks, ends)]


def _points(text: str) -> list[str]:
    """The decision points of a proposal cell: a sentence that names a body opens one, other
    sentences ("Vidare finns …", "Möjlig exploatering … ska utredas") go on the one before."""
    out: list[str] = []
    for sentence in sentences(text, quotes=False):
        if not sentence:
            continue
        if out and not POINT_START.match(sentence):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out
