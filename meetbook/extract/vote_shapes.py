"""Roll calls read by their shape (pure), whatever their column heads say, or without any.

A roll call is a run of rows, each a person and exactly one vote: the name in any order ("Anna
Berg", "Berg, Anna", "Berg Anna", "Berg, A."), often a party (in brackets, in a column of its
own before or after the name, written out), maybe a role or a seat number; the vote a word in a
column ("Ja", "NEJ", "avstod", "Frånvarande", "Bifall", "Emot"), a letter ("J", "N", "A"), or a
mark (an X, a check, a "1" beside "0"s) in one of several columns. Lists may stand two or three
side by side and run over page breaks; a row of sums ends them.

The columns of marks are told apart by the words over them where the lexicon knows them ("Ja",
"Avst", "Bifall", "För"), and otherwise by their order, the order every roll call prints them:
ja, nej, avstår, frånvarande. A run is a roll call only where a votering is spoken of around it
(heads or text naming a röst, omröstning or votering, or counts of ja and nej), it names three
members or more with two votes or more, and no head over its marks says it is an attendance
list ("Närvarande", "Tjg"). The readers that know the heads (vote_lists) go first; this one
reads the lines they leave.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from meetbook.columns import spaced_words
from meetbook.extract import vote_lists as vl
from meetbook.lexicon import names, parties
from meetbook.lexicon import votes as lex
from meetbook.model import Line, VoteChoice, Voter

ORDER = (VoteChoice.JA, VoteChoice.NEJ, VoteChoice.AVSTAR, VoteChoice.FRANVARANDE)
MIN_MEMBERS = 3
ALIGN = 22.0  # points a vote cell may stand off its column
MARK_GAP = 12.0  # points between the centres of two columns of marks
CONTEXT_ABOVE = 12  # lines above a run searched for a votering
CONTEXT_BELOW = 6

Cell = tuple[float, float, str]  # x0, x1, text


# ------------------------------------------------------------------ a line's cells


def cells_of(ln: Line) -> list[Cell]:
    """The line's words grouped as a table's cells: words closer than three quarters of the
    type size stand in one cell."""
    gap = max(ln.size * 0.75, 4.0)
    out: list[list] = []
    for x0, x1, w in sorted(spaced_words(ln)):
        if out and x0 - out[-1][1] < gap:
            out[-1][1], out[-1][2] = x1, f"{out[-1][2]} {w}"
        else:
            out.append([x0, x1, w])
    return [(a, b, t) for a, b, t in out]


@lru_cache(maxsize=4096)
def vote_of(text: str) -> tuple[str, VoteChoice | None] | None:
    """What a cell is as a vote: ("mark", None) an X or a check, ("empty", None) a "0" or an
    empty box, ("dash", None) a dash (empty beside marks, away where votes are written),
    ("word", vote) a vote written out, ("proposal", vote) the proposal voted for ("Bifall",
    "Emot"), ("letter", vote) one letter; None for anything else."""
    t = text.strip()
    if t in ("-", "–", "—"):
        return "dash", None
    if lex.is_mark(t):
        return "mark", None
    if t in lex.EMPTY_MARKS:
        return "empty", None
    choice = lex.choice_of(t)
    if choice is not None:
        return "word", choice
    choice = lex.written_proposal(t)
    if choice is not None:
        return "proposal", choice
    letter = lex.result_letter(t)
    if letter is not None:
        return "letter", letter
    return None


# ------------------------------------------------------------------ a person


# what may stand beside a name and is no part of it: "ordförande", "(tjg. ers.)", "ers."
ROLE_WORDS = re.compile(
    r"\((?:[^()]*\b(?:ers|ersättare|tjg|tjänstg\w*|ordf\w*|vice)\b[^()]*)\)|"
    r"(?:^|,\s*|\s)(?i:(?:1:e|2:e|förste|andre)\s+)?(?i:vice\s+)?"
    r"(?i:ordförande|ordf\.|ledamot|ersättare|tjg\.?(?:\s+ers\.?)?|tjänstgörande(?:\s+ersättare)?"
    r"|ers\.)(?=\s|,|$)")
SEAT = re.compile(r"^\d{1,3}[.)]?$")
# the party after a dash or a comma, in any case: "Anna Berg - S", "Anna Berg, mp"
TRAILING_PARTY = re.compile(r"(?:\s+[-–]\s*|,\s*)(?P<code>[^\s,()]{1,6})\s*$")
INITIAL = re.compile(rf"^[{names.UPPER}]\.?$")


def person_of(texts: Sequence[str]) -> tuple[str, str | None] | None:
    """(name, party) of the cells before a vote, when they print one person and nothing else:
    a name, its party in brackets, after a comma or in a cell of its own (a code or written
    out), a seat number first, a role; None for any other words."""
    party: str | None = None
    rest: list[str] = []
    for raw in texts:
        text = raw.strip().rstrip(":").strip()
        if SEAT.match(text) or not ROLE_WORDS.sub("", text).strip(" ,"):
            continue  # a seat's number, a function ("Ledamot", "Tjänstgörande ersättare")
        code = _party_cell(text)
        if code is not None and party is None:
            party = code
            continue
        rest.append(text)
    if len(rest) == 2:
        rest = _one_person(rest)
    if len(rest) != 1:
        return None
    text = rest[0]
    after = TRAILING_PARTY.search(text)
    if after is not None and _party_cell(after.group("code")) is not None and \
            not re.fullmatch(r"\w\.", after.group("code")):  # "Holm, L.": an initial
        party = party or _party_cell(after.group("code"))
        text = text[:after.start()]
    text = ROLE_WORDS.sub(" ", text)
    mark = parties.MARK.search(text)
    if mark is not None:
        party = party or parties.party_of(mark)
        text = text[:mark.start()] + " " + text[mark.end():]
    text = re.sub(r"(?<=\w)\s?[*†¹²³]+(?=\s|,|$)", "", text).strip(" ,")
    name = _name(text)
    return (name, party) if name else None


def _one_person(cells: list[str]) -> list[str]:
    """Of two cells of names, the one person a row prints: a name in two columns ("Berg" |
    "Anna", as printed), or a member and the substitute who sat in the place ("Anna Berg (S)" |
    "Per Ek"): the substitute, with the member's party where the cell prints none."""
    first, second = cells
    if len(first.split()) == 1 and len(second.split()) == 1:
        return [f"{first} {second}"]
    party = parties.MARK.search(first)
    member = parties.MARK.sub(" ", first)
    if any(_name(ROLE_WORDS.sub(" ", x).strip(" ,")) is None for x in (member, second)):
        return cells  # "2026-01-12" | "Anna Berg": no member and substitute
    return [second if party is None or parties.MARK.search(second) else
            f"{second} ({parties.party_of(party)})"]


def _party_cell(text: str) -> str | None:
    """The party a cell of its own prints: a code the lexicon lists ("S", "sd", "Saml.") or
    a party written out ("Socialdemokraterna")."""
    bare = text.rstrip(".")
    if bare.casefold() in {c.casefold() for c in parties.CODES}:
        return parties.listed(bare)
    return parties.NAMES.get(text.casefold())


def _name(text: str) -> str | None:
    """A person's name as printed, "Surname, Given" turned ("Berg, Anna" gives "Anna Berg",
    "Berg, A." gives "A. Berg"); None where a word is no word of a name."""
    head, comma, tail = text.partition(",")
    if comma:
        if "," in tail or not _name_words(head) or not tail.split() or \
                not all(_name_words(w) or INITIAL.match(w) for w in tail.split()):
            return None
        words = [*tail.split(), *head.split()]
    else:
        words = text.split()
    if not 2 <= len(words) <= names.MAX_WORDS or not _name_words(" ".join(words)):
        return None
    if all(INITIAL.match(w) for w in words):
        return None
    return " ".join(w if not INITIAL.match(w) or w.endswith(".") else f"{w}." for w in words)


def _name_words(text: str) -> bool:
    words = text.split()
    return bool(words) and any(names.is_name_word(w) for w in words) and all(
        names.is_name_word(w) or w in names.PARTICLES or INITIAL.match(w) for w in words)


# ------------------------------------------------------------------ a row


@dataclass(frozen=True)
class Part:
    """One member's row (of one list where several stand side by side): the person, the vote
    written out, or the marks with where they stand."""

    name: str
    party: str | None
    kind: str  # "word", "letter", "mark" or "none" (nothing where a vote would stand)
    choice: VoteChoice | None = None
    at: tuple[float, float] = (0.0, 0.0)  # where the vote's cell stands
    marks: tuple[float, ...] = ()  # centres of the marks
    empties: tuple[float, ...] = ()  # centres of the empty cells of marks
    x0: float = 0.0  # where the person begins
    word: str = ""  # the vote as printed, where it is written


def parts_of(ln: Line, cells: Sequence[Cell] | None = None) -> list[Part] | None:
    """The members a line prints with their votes, or None where it is no row of a roll call."""
    cells = cells_of(ln) if cells is None else cells
    first = _vote_first(cells)
    if first is not None:
        return [first]
    out: list[Part] = []
    person: list[Cell] = []
    votes: list[tuple[Cell, tuple[str, VoteChoice | None]]] = []
    for cell in [*cells, None]:
        kind = vote_of(cell[2]) if cell is not None else None
        if cell is not None and kind is not None and person and (
                kind[0] in ("mark", "empty", "dash") or not votes):
            votes.append((cell, kind))
            continue
        if person and votes:
            part = _part(person, votes)
            if part is None:
                return None
            out.append(part)
            person, votes = [], []
        if cell is not None:
            person.append(cell)
    if person:  # a member with nothing where a vote would stand
        found = person_of([t for _, _, t in person]) if not out else None
        if found is None:
            return None
        out.append(Part(*found, "none", x0=person[0][0]))
    return out or None


def _vote_first(cells: Sequence[Cell]) -> Part | None:
    """The member of a row that prints the vote before the person ("JA   Anna Berg (S)"); not
    a label run into its names ("Ja: Anna Berg (S)", a list of voters of its own)."""
    if len(cells) < 2 or cells[0][2].rstrip().endswith(":"):
        return None
    kind = vote_of(cells[0][2])
    if kind is None or kind[0] not in WRITTEN:
        return None
    found = person_of([t for _, _, t in cells[1:]])
    if found is None:
        return None
    return Part(*found, kind[0], kind[1], (cells[0][0], cells[0][1]), x0=cells[1][0],
                word=cells[0][2])


def _part(person: Sequence[Cell], votes: Sequence[tuple[Cell, tuple[str, VoteChoice | None]]]
          ) -> Part | None:
    found = person_of([t for _, _, t in person])
    if found is None:
        return None
    kinds = {k for _, (k, _) in votes}
    if len(votes) == 1 and kinds == {"dash"}:  # "–": away where votes are written, else none
        (x0, x1, _), _ = votes[0]
        return Part(*found, "dash", None, (x0, x1), x0=person[0][0])
    if kinds <= {"mark", "empty", "dash"}:
        centres = [((c[0] + c[1]) / 2, k) for c, (k, _) in votes]
        return Part(*found, "mark", marks=tuple(x for x, k in centres if k == "mark"),
                    empties=tuple(x for x, k in centres if k != "mark"), x0=person[0][0])
    if len(votes) != 1:
        return None
    (x0, x1, word), (kind, choice) = votes[0]
    return Part(*found, kind, choice, (x0, x1), x0=person[0][0], word=word)


# ------------------------------------------------------------------ a run of rows


@dataclass
class _Run:
    first: int
    rows: list[tuple[int, list[Part]]] = field(default_factory=list)
    sums: list[tuple[int, Line]] = field(default_factory=list)
    end: int = 0  # the index after its last line
    party: str | None = None  # the party of the subheading the rows stand under ("Moderaterna")

    def add(self, k: int, parts: list[Part]) -> None:
        self.rows.append((k, [p if p.party or not self.party else replace(p, party=self.party)
                              for p in parts]))

    @property
    def kind(self) -> str:
        return _kind(self.rows[0][1])


def _kind(parts: Sequence[Part]) -> str:
    kinds = {p.kind for p in parts} - {"none", "dash"}
    return "mark" if kinds == {"mark"} else "written" if kinds <= WRITTEN and kinds else "none"


WRITTEN = frozenset({"word", "proposal", "letter"})


def _fits(parts: Sequence[Part], run: _Run) -> bool:
    """Whether a line's members go on the run: as many side by side (fewer on the last line
    of lists side by side), votes of the same kind standing in the same columns."""
    model = run.rows[0][1]
    if len(parts) > len(model) or (len(parts) < len(model) and _kind(parts) == "none"
                                   and len(parts) != 1):
        return False
    if _kind(parts) not in (run.kind, "none"):
        return False
    for p, m in zip(parts, model):
        if abs(p.x0 - m.x0) > ALIGN:
            return False
        if p.kind in WRITTEN | {"dash"} and m.kind in WRITTEN and \
                abs(p.at[0] - m.at[0]) > ALIGN and abs(p.at[1] - m.at[1]) > ALIGN:
            return False
    return True


def _run(lines: Sequence[Line], i: int, parts: list[Part]) -> _Run:
    """The run of rows that begins at line i, over page breaks, rows of sums and the
    subheadings of the parties whose members' rows stand under them."""
    run = _Run(i, party=vl._party_heading(lines[i - 1].text) if i else None)
    run.add(i, parts)
    k, last = i + 1, i
    while k < len(lines):
        ln = lines[k]
        if lex.CARRIED.match(ln.text.strip()) or lex.TOTAL.match(ln.text.strip()):
            run.sums.append((k, ln))
            last = k
            k += 1
            if lex.TOTAL.match(ln.text.strip()) and not lex.CARRIED.match(ln.text.strip()):
                break
            continue
        party = vl._party_heading(ln.text)
        after = parts_of(lines[k + 1]) if party is not None and k + 1 < len(lines) else None
        if party is not None and after is not None and _fits(after, run):
            run.party, last = party, k
            k += 1
            continue
        found = parts_of(ln)
        if found is not None and _fits(found, run) and (
                ln.page == lines[last].page or k - last <= vl.MAX_HEADING_LINES + 4):
            run.add(k, found)
            last = k
            k += 1
            continue
        nxt = _goes_on_page(lines, k, run)
        if nxt is None:
            break
        k = nxt
    run.end = last + 1
    return run


def _goes_on_page(lines: Sequence[Line], k: int, run: _Run) -> int | None:
    """Where the run goes on past lines that are no rows at a page's foot and the next page's
    head (a footer, a running header, the heads again), or None."""
    page = lines[k].page
    for j in range(k, min(k + vl.MAX_HEADING_LINES + 4, len(lines))):
        if lines[j].page == page:
            continue
        for m in range(j, min(j + vl.MAX_HEADING_LINES, len(lines))):
            found = parts_of(lines[m])
            if found is not None and _fits(found, run) and _kind(found) != "none":
                return m
        return None
    return None


# ------------------------------------------------------------------ the columns of marks


def _clusters(xs: Sequence[float]) -> list[float]:
    out: list[list[float]] = []
    for x in sorted(xs):
        if out and x - sum(out[-1]) / len(out[-1]) <= MARK_GAP:
            out[-1].append(x)
        else:
            out.append([x])
    return [sum(c) / len(c) for c in out]


def _heads(lines: Sequence[Line], run: _Run, floor: int) -> tuple[int | None, list[Cell]]:
    """The line of heads right above the run's first row, with its cells ([] where none)."""
    for j in range(run.first - 1, max(floor, run.first - 3) - 1, -1):
        ln = lines[j]
        if ln.page != lines[run.first].page:
            break
        cells = cells_of(ln)
        if len(cells) >= 2 and not ln.text.rstrip().endswith("."):
            return j, cells
    return None, []


def _mark_choices(columns: Sequence[float], heads: Sequence[Cell]
                  ) -> dict[int, VoteChoice] | None:
    """The vote of each column of marks (by index), from the heads over them where the lexicon
    knows them and in the order roll calls print them where it does not; None where a head says
    the list is no roll call or there are more columns than votes."""
    first = min(columns)
    over = [c for c in heads if (c[0] + c[1]) / 2 >= first - ALIGN]
    if any(lex.NOT_VOTE_HEAD.match(t.strip()) for _, _, t in over):
        return None
    slots = over if len(over) >= len(columns) else [(x, x, "") for x in columns]
    if len(slots) > len(ORDER):
        return None
    known: dict[int, VoteChoice] = {}
    proposals: list[int] = []
    for k, (_, _, text) in enumerate(slots):
        if lex.column_role(text) in ("present", "serving", "substitute", "name", "party"):
            return None
        choice = lex.mark_head(text) or lex.choice_of(text)
        proposal = lex.proposal_head(text) if choice is None and text else None
        if isinstance(proposal, VoteChoice):
            choice = proposal
        elif proposal == "proposal":
            proposals.append(k)
        if choice is not None and choice not in known.values():
            known[k] = choice
    for k, choice in zip(proposals[:2], ORDER):
        known.setdefault(k, choice)
    free = iter(c for c in ORDER if c not in known.values())
    choices = {k: known[k] if k in known else next(free) for k in range(len(slots))}
    centres = [(a + b) / 2 for a, b, _ in slots]
    out = {}
    for i, x in enumerate(columns):
        k = min(range(len(centres)), key=lambda j: abs(centres[j] - x))
        if abs(centres[k] - x) > ALIGN + 10:
            return None
        out[i] = choices[k]
    return out


# ------------------------------------------------------------------ is it a votering?

VOTE_CONTEXT = re.compile(
    r"\b(?:röst\w*|\w*röstning\w*|\w*votering\w*|ja-?röst\w*|nej-?röst\w*)\b|"
    r"\bja\b[^.]{0,40}\bnej\b", re.IGNORECASE)


def _spoken_of(lines: Sequence[Line], run: _Run, floor: int) -> bool:
    """Whether a votering is spoken of around the run: in the lines above it (back to the
    list before) or right under it."""
    above = lines[max(floor, run.first - CONTEXT_ABOVE):run.first]
    below = lines[run.end:run.end + CONTEXT_BELOW]
    return any(VOTE_CONTEXT.search(ln.text) or len(lex.labelled_counts(ln.text)) >= 2
               for ln in (*above, *below))


# ------------------------------------------------------------------ the list


# the first words of votes written in more than one word, none a vote alone ("Ej närvarande",
# "Avgöra i dag")
PHRASE_OPENINGS = frozenset({"ej", "avgöra", "avgörs", "nedlagd"})


def _in_cells(ln: Line) -> bool:
    """Whether a line's words stand apart in two cells or more (a quick test: running text
    does not)."""
    gap = max(ln.size * 0.75, 4.0)
    words = ln.words
    return any(b[0] - a[1] >= gap for a, b in zip(words, words[1:]))


def lists_by_shape(lines: Sequence[Line]) -> list[vl.VoteList]:
    """Every roll call the lines print as rows of a person and a vote, in order."""
    out: list[vl.VoteList] = []
    i = floor = 0
    while i < len(lines):
        if not _in_cells(lines[i]) or not any(
                vote_of(w) or w.casefold() in PHRASE_OPENINGS for _, _, w in lines[i].words):
            i += 1
            continue
        cells = cells_of(lines[i])
        if not any(vote_of(t) for _, _, t in cells):  # a run begins at a row with a vote
            i += 1
            continue
        parts = parts_of(lines[i], cells)
        if parts is None or _kind(parts) == "none":
            i += 1
            continue
        run = _run(lines, i, parts)
        found = _list(lines, run, floor)
        if found is None:
            i = max(i + 1, run.end)
            continue
        out.append(found[0])
        i = floor = found[1]
    return out


def _list(lines: Sequence[Line], run: _Run, floor: int) -> tuple[vl.VoteList, int] | None:
    members = [p for _, ps in run.rows for p in ps if p.kind not in ("none", "dash")]
    if len(members) < MIN_MEMBERS or not (_spoken_of(lines, run, floor) or _says_ja_nej(run)):
        return None
    head, heads = _heads(lines, run, floor)
    if run.kind == "mark":
        read = _read_marks(run, heads)
    else:
        read = _read_written(run, heads)
    if read is None:
        return None
    cols, rows, sums = read
    if len({r.voter.vote for _, r in rows if r.voter is not None}) < 2:
        return None
    first = head if head is not None else run.first
    build = vl._Build(cols, vl._heading(lines, first, floor), lines[first].page, lines[first].top)
    for k, row in sorted([*rows, *sums], key=lambda kr: kr[0]):
        build.add(row, lines[k].page)
    build.lines |= {(ln.page, ln.top) for ln in lines[first:run.end]}
    end = vl._counts_after(lines, run.end, build)
    return build.finish(), end


def _says_ja_nej(run: _Run) -> bool:
    """Whether the run writes its votes as Ja and Nej themselves (no letters, no proposals):
    a roll call whatever is printed around it."""
    words = {p.choice for _, ps in run.rows for p in ps if p.kind == "word"}
    kinds = {p.kind for _, ps in run.rows for p in ps} - {"none", "dash"}
    return kinds == {"word"} and {VoteChoice.JA, VoteChoice.NEJ} <= words


def _read_written(run: _Run, heads: Sequence[Cell]
                  ) -> tuple[vl.Columns, list[tuple[int, vl.Row]], list] | None:
    kinds = {p.kind for _, ps in run.rows for p in ps} & WRITTEN
    if "letter" in kinds and len(kinds) > 1:
        return None  # letters beside words: initials or codes, no votes
    model = next(p for p in run.rows[0][1] if p.kind in WRITTEN)
    over = [t for a, b, t in heads if a - ALIGN <= (model.at[0] + model.at[1]) / 2 <= b + ALIGN]
    if any(lex.NOT_VOTE_HEAD.match(t.strip()) for t in over):
        return None  # "Närvarande" over Ja / Nej: who was there, no vote
    rows = [(k, _row(p, p.choice if p.kind != "dash" else VoteChoice.FRANVARANDE))
            for k, ps in run.rows for p in ps]
    sums = [(k, vl.Row(counts=lex.labelled_counts(ln.text) or _counts_first(ln.text),
                       carried=bool(lex.CARRIED.match(ln.text.strip())))) for k, ln in run.sums]
    return vl.Columns((), 0, result=0), rows, sums


def _read_marks(run: _Run, heads: Sequence[Cell]
                ) -> tuple[vl.Columns, list[tuple[int, vl.Row]], list] | None:
    width = len(run.rows[0][1])
    rows: list[tuple[int, vl.Row]] = []
    choices_by_part: list[tuple[list[float], dict[int, VoteChoice]]] = []
    for k in range(width):
        parts = [ps[k] for _, ps in run.rows if len(ps) == width]
        columns = _clusters([x for p in parts for x in (*p.marks, *p.empties)])
        if len(columns) < 2:
            return None
        part_heads = [c for c in heads if _part_of(c, run, k)]
        choices = _mark_choices(columns, part_heads)
        if choices is None:
            return None
        choices_by_part.append((columns, choices))
    for n, ps in run.rows:
        for k, p in enumerate(ps):
            if p.kind == "none" or len(p.marks) != 1:
                rows.append((n, _row(p, None)))
                continue
            columns, choices = choices_by_part[min(k, width - 1)]
            i = min(range(len(columns)), key=lambda j: abs(columns[j] - p.marks[0]))
            rows.append((n, _row(p, choices[i])))
    columns, choices = choices_by_part[0]
    sums = [(k, vl.Row(counts=_counts_under(ln, columns, choices) or
                       lex.labelled_counts(ln.text),
                       carried=bool(lex.CARRIED.match(ln.text.strip())))) for k, ln in run.sums]
    marks = tuple((i, c) for i, c in choices.items())
    return vl.Columns((), 0, marks=marks), rows, sums


def _part_of(cell: Cell, run: _Run, k: int) -> bool:
    """Whether a head stands over the k-th of the lists side by side."""
    model = run.rows[0][1]
    left = model[k].x0 - ALIGN
    right = model[k + 1].x0 - ALIGN if k + 1 < len(model) else 10**6
    return left <= (cell[0] + cell[1]) / 2 < right


def _row(p: Part, choice: VoteChoice | None) -> vl.Row:
    if p.kind == "none" or (p.kind in ("mark", "dash") and not p.marks and choice is None):
        return vl.Row(clear=False, silent=Voter(p.name, p.party, VoteChoice.FRANVARANDE))
    if choice is None:
        return vl.Row(clear=False)
    return vl.Row(voter=Voter(p.name, p.party, choice),
                  proposal=p.kind == "proposal" and lex.proposal_word(p.word) is not None)


def _counts_under(ln: Line, columns: Sequence[float], choices: dict[int, VoteChoice]
                  ) -> dict[VoteChoice, int]:
    """The counts a row of sums prints under the columns of marks."""
    out: dict[VoteChoice, int] = {}
    for x0, x1, w in cells_of(ln):
        if not w.isdecimal():
            continue
        i = min(range(len(columns)), key=lambda j: abs(columns[j] - (x0 + x1) / 2))
        if abs(columns[i] - (x0 + x1) / 2) <= ALIGN:
            out.setdefault(choices[i], int(w))
    return out


def _counts_first(text: str) -> dict[VoteChoice, int]:
    """ "Summa: 23 ja, 6 nej, 1 avstår"."""
    out: dict[VoteChoice, int] = {}
    for m in vl.COUNT_FIRST.finditer(text):
        choice = lex.choice_of(m.group("choice"))
        if choice is not None:
            out.setdefault(choice, int(m.group("n")))
    return out
