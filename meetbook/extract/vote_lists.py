"""Lists of voters printed as tables (pure): a row per member with the vote marked under Ja /
Nej / Avstår / Frånvarande ("X"), or written out in a Röst or Resultat column, read from a ruled
table's cells or from the words' positions on the lines when nothing is ruled.

A list may name who sat in the member's place (an Ersättare column: the substitute votes), print
the member's party in a column of its own or after the name ("Anna Berg (M)"), print the name
surname first ("Lindqvist, Maria"), run over page breaks (the column heads repeated or not,
under a heading with "(forts.)") with a subtotal carried over ("Transport: 25 18 4 1"), and end
with the totals ("Summa:", "Totalt"). The heading above its column heads ("Omröstningslista nr.
1", "Ärende: § 10 …", "Antal Ja: 26, Antal Nej: 17, …") is kept as printed, with the counts it
prints. Counts are never made up: a subtotal that the rows above it do not give is noted, and
a row whose vote cannot be read is counted as unclear.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from meetbook.columns import spaced_words
from meetbook.extract.people import find_mentions
from meetbook.lexicon import names, parties
from meetbook.lexicon import votes as lex
from meetbook.model import Line, VoteChoice, Voter
from meetbook.pdf.pages import Table

# a table this close to the top of its page follows straight on from the page before
PAGE_TOP = 150.0
MAX_HEADING_LINES = 6

Position = tuple[int, float]  # page, top of a line


@dataclass(frozen=True)
class Columns:
    """What each column of a voting list holds, by index into a row's cells."""

    heads: tuple[str, ...]
    name: int
    party: int | None = None
    substitute: int | None = None
    result: int | None = None
    marks: tuple[tuple[int, VoteChoice], ...] = ()
    split: int = 0  # the width of each list printed side by side (0: one list only)
    # the result columns of several voteringar in one table ("Votering 1", "Votering 2"):
    # (index, the votering's number)
    results: tuple[tuple[int, int], ...] = ()
    # columns of names, one per vote, side by side ("JA", "NEJ", "AVSTÅR"): (index, the vote)
    named: tuple[tuple[int, VoteChoice], ...] = ()
    # the Närv. columns of a list that prints each seat as a pair, member and substitute, and
    # marks the one who sat: (the member's, the substitute's)
    present: tuple[int, int] | None = None
    # the marks of the substitute's own vote columns, where a list prints them after the
    # substitute ("Ledamot  Ja  Nej  Ersättare  Ja  Nej"): only the one who sat is marked
    sub_marks: tuple[tuple[int, VoteChoice], ...] = ()
    serving: int | None = None  # a column marking the serving substitute's row ("Tjg")
    given: int | None = None  # the first names, where the surnames stand in the name column
    # the columns of marks of several voteringar side by side, a group each ("Ja Nej Avst  Ja
    # Nej Avst" under "§ 101  § 103" in a närvaro- och voteringslista of the whole meeting)
    groups: tuple[tuple[tuple[int, VoteChoice], ...], ...] = ()
    others: tuple[int, ...] = ()  # the columns of marks of the other groups, where one is read

    @property
    def shows_absent(self) -> bool:
        """Whether an empty seat is printed as such (a Frånvarande column or a written vote)."""
        return self.result is not None or any(
            c == VoteChoice.FRANVARANDE for _, c in (*self.marks, *self.named, *self.sub_marks))


@dataclass(frozen=True)
class VoteList:
    """A list of voters: who voted how, the counts printed with it, what did not add up inside
    it, the heading above it as printed and where it stands."""

    voters: tuple[Voter, ...]
    printed: tuple[tuple[VoteChoice, int], ...]
    unclear: int
    notes: tuple[str, ...]
    heading: str  # its lines, one a line
    page: int
    top: float
    last_page: int
    shows_absent: bool
    # the lines it was read from: heading, column heads, rows and counts
    lines: frozenset[Position] = frozenset()
    heading_lines: frozenset[Position] = frozenset()
    column: int | None = None  # the votering whose column of a shared table this list is
    paragraph: int | None = None  # the § its group of columns is headed by ("§ 101")
    number: int | None = None  # the votering's number its group is headed by ("Votering 2")
    # of the unclear rows, those that print a member and nothing where the vote would stand
    # (an empty seat, where the counts printed for the vote leave them out)
    silent: int = 0

    def printed_counts(self) -> dict[VoteChoice, int]:
        return dict(self.printed)


def columns_of(cells: Sequence[str]) -> Columns | None:
    """The columns a row of heads gives, when it heads a voting list: marks under Ja and Nej,
    or a name and a result column; heads printed two or three times side by side head parts
    of one list ("Namn Parti Röst Namn Parti Röst")."""
    folded = [c.casefold() for c in cells]
    for parts in (3, 2):
        width = len(cells) // parts
        if width >= 2 and len(cells) % parts == 0 and \
                all(folded[k * width:(k + 1) * width] == folded[:width] for k in range(parts)):
            one = _columns(cells[:width])
            return replace(one, heads=tuple(cells), split=width) if one else None
    return _columns(cells)


# the head of one votering's column in a table of several: "Votering 1", "Omröstning 2", "Vot. 3"
NUMBERED_RESULT = re.compile(
    r"^(?:votering|omröstning|vot|omr)\.?\s*(?:nr\.?\s*)?(?P<n>\d{1,2})$", re.IGNORECASE)


def _columns(cells: Sequence[str]) -> Columns | None:
    numbered = [(i, int(m.group("n"))) for i, c in enumerate(cells)
                if (m := NUMBERED_RESULT.match(c.strip()))]
    if len(numbered) >= 2:
        others = {i for i, _ in numbered[1:]}
        one = _columns(["Röst" if i == numbered[0][0] else "" if i in others else c
                        for i, c in enumerate(cells)])
        if one is not None and one.result is not None:
            return replace(one, heads=tuple(cells), results=tuple(numbered))
    groups = _mark_groups(cells)
    if groups:
        first = _columns([c if i not in {k for g in groups[1:] for k, _ in g} else ""
                          for i, c in enumerate(cells)])
        if first is not None and first.result is None:
            return replace(first, heads=tuple(cells), groups=groups)
    roles: dict[str, int] = {}
    marks: list[tuple[int, VoteChoice]] = []
    present: list[int] = []
    sub_marks: list[tuple[int, VoteChoice]] = []
    for i, cell in enumerate(cells):
        role = lex.column_role(cell)
        choice = lex.mark_head(cell) if role is None else None
        if choice is not None and all(c != choice for _, c in marks):
            marks.append((i, choice))
        elif choice is not None and "substitute" in roles and \
                all(c != choice for _, c in sub_marks):
            sub_marks.append((i, choice))  # the same heads again, after the substitute
        elif role == "present":
            present.append(i)
        elif role is not None:
            roles.setdefault(role, i)
    if not {VoteChoice.JA, VoteChoice.NEJ} <= {c for _, c in marks}:
        marks = _by_proposal(cells, marks, set(roles.values()))
    if "name" not in roles and "surname" in roles:  # "Efternamn  Förnamn  Parti  Röst"
        roles["name"] = roles["surname"]
    chosen = {c for _, c in marks}
    if len(marks) == len(cells) and {VoteChoice.JA, VoteChoice.NEJ} <= chosen and \
            all(lex.choice_of(c) is not None for c in cells):
        return Columns(tuple(cells), 0, named=tuple(marks))  # names under each vote
    taken = {i for i, _ in marks} | set(roles.values())
    name = roles.get("name", next((i for i in range(len(cells)) if i not in taken), None))
    if name is None:
        return None
    if {VoteChoice.JA, VoteChoice.NEJ} <= chosen:
        subs = tuple(sub_marks) if {c for _, c in sub_marks} == chosen else ()
        return Columns(tuple(cells), name, roles.get("party"), roles.get("substitute"), None,
                       tuple(marks), present=_pair(present, name, roles.get("substitute")),
                       sub_marks=subs, serving=roles.get("serving"), given=roles.get("given"))
    if "result" in roles and ("name" in roles or "party" in roles) and not marks:
        return Columns(tuple(cells), name, roles.get("party"), roles.get("substitute"),
                       roles["result"], given=roles.get("given"))
    return None


def _mark_groups(cells: Sequence[str]) -> tuple[tuple[tuple[int, VoteChoice], ...], ...]:
    """The groups of vote columns of several voteringar side by side ("Ja Nej Avst Ja Nej
    Avst"), each opening where a vote's head comes again and holding Ja and Nej, with nothing
    but vote heads between them; () for one votering's columns, or for a member's and a
    substitute's own columns ("Ledamot  Ja  Nej  Ersättare  Ja  Nej": a name between)."""
    groups: list[list[tuple[int, VoteChoice]]] = []
    for i, cell in enumerate(cells):
        choice = lex.mark_head(cell) if lex.column_role(cell) is None else None
        if choice is None:
            if groups and i > groups[0][-1][0] and i < len(cells) - 1 and \
                    lex.mark_head(cells[i + 1]) is not None:
                return ()  # a name or party column between two groups
            continue
        if not groups or any(c == choice for _, c in groups[-1]):
            groups.append([])
        groups[-1].append((i, choice))
    if len(groups) < 2 or any(not {VoteChoice.JA, VoteChoice.NEJ} <= {c for _, c in g}
                              for g in groups):
        return ()
    return tuple(tuple(g) for g in groups)


def _by_proposal(cells: Sequence[str], marks: list[tuple[int, VoteChoice]], taken: set[int]
                 ) -> list[tuple[int, VoteChoice]]:
    """The columns of marks of a list headed by the proposals rather than Ja / Nej: "För" and
    "Emot", or two proposals ("Bifall  Avslag  Avstår"), the first printed the ja; the marks
    as they were where the heads are no such pair."""
    found = [(i, lex.proposal_head(c)) for i, c in enumerate(cells)
             if i not in taken and all(i != k for k, _ in marks)]
    fixed = [(i, p) for i, p in found if isinstance(p, VoteChoice)]
    ordered = [i for i, p in found if p == "proposal"]
    pair: list[tuple[int, VoteChoice]]
    if {p for _, p in fixed} == {VoteChoice.JA, VoteChoice.NEJ} and not ordered:
        pair = fixed
    elif len(ordered) == 2 and not fixed:
        pair = [(ordered[0], VoteChoice.JA), (ordered[1], VoteChoice.NEJ)]
    else:
        return marks
    return sorted([*marks, *pair])


def _pair(present: Sequence[int], name: int, substitute: int | None) -> tuple[int, int] | None:
    """The Närv. columns of a member and of their substitute, where a list prints one after
    each ("Ledamot  Närv.  Personlig ersättare  Närv.")."""
    if substitute is None or len(present) != 2:
        return None
    own, sub = present
    return (own, sub) if name < own < substitute < sub else None


# ------------------------------------------------------------------ a row


@dataclass(frozen=True)
class Row:
    """One row of a list read: a voter, a row of counts, or nothing; clear is False when the
    row holds a member whose vote cannot be read."""

    voter: Voter | None = None
    counts: dict[VoteChoice, int] | None = None
    carried: bool = False
    clear: bool = True
    silent: Voter | None = None  # a member printed with no vote at all (an empty seat?)
    replaces: bool = False  # the voter is a substitute on a row of their own ("Ersättare för …")
    serving: bool = False  # marked as the serving substitute ("tjg") for a member without a vote
    group: str | None = None  # the party whose rows a row of counts sums ("Summa S")


def read_row(cells: Sequence[str], cols: Columns) -> Row:
    """The voter a row prints (the substitute where one sat in the member's place), or its
    counts where it is a Transport or Summa row."""
    texts = [" ".join((c or "").split()) for c in cells]
    label = next((t for t in texts if t), "")
    if not label:
        return Row()
    carried = bool(lex.CARRIED.match(label))
    total = lex.TOTAL.match(label)
    if carried or total:
        rest = label[total.end():] if total and not carried else ""
        group = PAGE_SUM if PAGE_WORD.search(rest) else _party_heading(rest)
        return Row(counts=_row_counts(texts, cols), carried=carried, group=group)
    if _counts_row(texts, cols):
        return Row()  # "S  0  13  0  0": a party's counts, no member's vote
    choice = _choice(texts, cols)
    who = _seated(texts, cols)
    if cols.given is not None and who and who == _cell(texts, cols.name):
        who = f"{_cell(texts, cols.given)} {who}".strip()  # "Berg" under Efternamn, "Anna" …
    if who and lex.choice_of(who) == VoteChoice.FRANVARANDE:
        # "Frånvarande" where the substitute would stand: nobody sat in the member's place
        who = _cell(texts, cols.name)
        choice = VoteChoice.FRANVARANDE if choice is None else choice
    if not who:
        return Row(clear=choice is None)
    if not any(ch.isalpha() for ch in who):
        return Row()  # "2026-12-10" where a name would stand: a running header, no member
    substitute = SUBSTITUTE_ROW.match(who)
    if substitute:
        who = substitute.group("who") or substitute.group("short")
    name, party = member_of(who, _cell(texts, cols.party))
    if not name:
        return Row(clear=False)
    if choice is None:
        return Row(clear=False, silent=Voter(name, party, VoteChoice.FRANVARANDE)
                   if not _voted(texts, cols) else None, replaces=bool(substitute))
    serving = cols.serving is not None and bool(_cell(texts, cols.serving))
    return Row(voter=Voter(name, party, choice), replaces=bool(substitute), serving=serving)


# a row of counts that sums one page's rows ("Summa denna sida", "Summa sida 1"), not the list's
PAGE_WORD = re.compile(r"\bsid(?:a|an)\b", re.IGNORECASE)
PAGE_SUM = "sida"


# a substitute printed on a row of their own under the member they replace: "Ersättare för
# Dahlén, Erik: Lindell, Mona", "Ersättare: Lindell Mona", "Tjänstgörande ersättare för Per Ek:
# Eva Lund"; or indented under every member, the X on the line of whichever sat: "ers. Karin Lund"
SUBSTITUTE_ROW = re.compile(
    r"^(?i:(?:tjänstgörande\s+|tjg\.?\s+)?ersättare(?:\s+för\s+[^:]{3,60})?)\s*:\s*(?P<who>\S.*)$|"
    r"^(?i:(?:tjg\.?\s+)?ers\.?)\s*:?\s+(?P<short>[A-ZÅÄÖÉÜ]\S*(?:\s+\S+){1,3})$")


def _seated(texts: Sequence[str], cols: Columns) -> str:
    """Who sat in the seat a row prints: the substitute where one is named (where the list
    names every seat's substitute, only one marked present), else the member."""
    if cols.present is not None and not _cell(texts, cols.present[1]):
        return _cell(texts, cols.name)
    if cols.sub_marks and not any(_cell(texts, i) for i, _ in cols.sub_marks):
        return _cell(texts, cols.name)  # the member's own columns marked, or none
    return _cell(texts, cols.substitute) or _cell(texts, cols.name)


def _cell(texts: Sequence[str], i: int | None) -> str:
    return texts[i] if i is not None and i < len(texts) else ""


def _choice(texts: Sequence[str], cols: Columns) -> VoteChoice | None:
    if cols.result is not None:
        return lex.result_of(_cell(texts, cols.result)) if _cell(texts, cols.result) else None
    chosen = [c for i, c in (*cols.marks, *cols.sub_marks) if _marked(_cell(texts, i))]
    return chosen[0] if len(chosen) == 1 else None


def _marked(cell: str) -> bool:
    """Whether a cell under a vote marks it: an X, a check, a "1"; a "0" beside a "1" (a voting
    system's printout: "1" under the vote, "0" under the others), an empty check box or a dash
    marks nothing, nor does a date or a page number that runs into the column ("2026-12-10",
    "4(4)": a running header left on the page)."""
    if any(ch.isdigit() for ch in cell) and not cell.isdecimal():
        return False
    return bool(cell) and cell not in lex.EMPTY_MARKS


def _counts_row(texts: Sequence[str], cols: Columns) -> bool:
    """Whether a row prints counts under the votes rather than a mark: a number above 1 in a
    column of marks ("S  0  13  0  0", a party's line of a table of counts), no person named
    (a member's row with a stray number is read as it was)."""
    if not any(_cell(texts, i).isdecimal() and int(_cell(texts, i)) > 1
               for i, _ in (*cols.marks, *cols.sub_marks)):
        return False
    name = member_of(_cell(texts, cols.name))[0].split()
    return len(name) < 2 or not _name_words(" ".join(name[:2]))


def _voted(texts: Sequence[str], cols: Columns) -> bool:
    """Whether a row prints anything where its vote would stand."""
    where = [cols.result] if cols.result is not None else \
        [i for i, _ in (*cols.marks, *cols.sub_marks)]
    return any(_cell(texts, i) for i in where)


def _row_counts(texts: Sequence[str], cols: Columns) -> dict[VoteChoice, int]:
    if cols.marks:
        return {c: int(_cell(texts, i)) for i, c in cols.marks if _cell(texts, i).isdecimal()}
    return lex.labelled_counts(" ".join(texts))


# the member's place taken by a substitute named after: "– ersatt av", ", ersätts av", "ers. av"
REPLACED_BY = re.compile(r"[\s,–-]*\b(?:ersatt|ersätts|ers\.)\s+av\s+", re.IGNORECASE)


def member_of(cell: str, party_cell: str = "") -> tuple[str, str | None]:
    """A member as a cell prints them: "Anna Berg (M)", "Anna Berg" with the party in its own
    column, "Lindqvist, Maria" (surname first) or "Anna Berg, ordförande" (a function after)."""
    party = parties.bare_code(party_cell)
    cell = re.sub(r"^\d{1,3}[.)]?\s+(?=\D)", "", cell.strip())  # a seat number before the name
    cell = re.sub(r"(?<=\w)\s?[*†¹²³]+(?=\s|,|$)", "", cell)  # a footnote's mark ("Sandell Hugo*")
    cell = parties.bracketed(cell)  # "Anna Berg, S" -> "Anna Berg (S)"
    replaced = REPLACED_BY.search(cell)
    if replaced:  # "Lisa Holm (S) – ersatt av Per Sjö (S)": the substitute sat in the place
        cell = cell[replaced.end():]
    mentions = find_mentions(cell)
    if mentions:
        return mentions[0].member.name, mentions[0].member.party
    name = re.sub(r"\s*\([^()]*\)\s*", " ", cell).strip()
    head, _, tail = name.partition(",")
    tail = tail.strip()
    if tail and tail[0].islower():
        name = head.strip()  # "Anna Berg, ordförande"
    elif tail and _name_words(head) and _name_words(tail):
        name = f"{tail} {head.strip()}"  # "Lindqvist, Maria", "von Essen, Carl-Johan"
    return " ".join(name.split()), party


def _name_words(text: str) -> bool:
    words = text.split()
    return bool(words) and all(names.is_name_word(w) or w in names.PARTICLES for w in words) \
        and any(names.is_name_word(w) for w in words)


# ------------------------------------------------------------------ assembling a list


@dataclass
class _Build:
    cols: Columns
    heading: list[Line]
    page: int
    top: float
    last_page: int = 0
    voters: list[Voter] = field(default_factory=list)
    silent: list[Voter] = field(default_factory=list)
    printed: dict[VoteChoice, int] = field(default_factory=dict)
    unclear: int = 0
    notes: list[str] = field(default_factory=list)
    lines: set[Position] = field(default_factory=set)
    carried: dict[VoteChoice, int] | None = None
    ended: bool = False
    party: str | None = None  # the party a subheading of the list names ("Moderaterna")
    _silent_last: bool = False  # the row before printed a member without a vote
    last_row: dict[int, int] = field(default_factory=dict)  # part of the last row -> its voter
    column: int | None = None  # the votering whose column this list reads, of several
    label: Label | None = None  # what its group of columns is headed by ("§ 101", "Votering 2")
    page_from: int = 0  # the first voter after the last sum of a page

    def add(self, row: Row, page: int) -> None:
        self.last_page = max(self.last_page, page)
        if row.replaces and row.silent is not None:
            # a substitute named under the member without a vote: not the one who sat (the
            # member's line holds the seat's vote, or nobody's)
            self._silent_last = False
            return
        replaced = self.silent.pop() if row.replaces and self._silent_last else \
            self._replaced(row)
        self._silent_last = False
        if row.voter is not None:
            voter = row.voter
            if replaced is not None and voter.party is None:  # the member's party is theirs
                voter = Voter(voter.name, replaced.party, voter.vote)
            self.voters.append(self._with_party(voter))
        elif row.silent is not None:
            self.silent.append(self._with_party(row.silent))
            self._silent_last = True
        elif not row.clear:
            self.unclear += 1
        elif row.counts is not None:
            self._counts(row)

    def _replaced(self, row: Row) -> Voter | None:
        """The member printed without a vote above a substitute marked serving ("tjg"): the
        last of the substitute's party, or the last of all where the row prints no party."""
        if not row.serving or row.voter is None or not self.silent:
            return None
        party = self._with_party(row.voter).party
        k = next((k for k in range(len(self.silent) - 1, -1, -1)
                  if party is None or self.silent[k].party == party), None)
        return self.silent.pop(k) if k is not None else None

    def _with_party(self, voter: Voter) -> Voter:
        """The voter with the party of the subheading the row stands under, where its own row
        prints none."""
        return voter if voter.party or not self.party else Voter(voter.name, self.party,
                                                                 voter.vote)

    def _counts(self, row: Row) -> None:
        tally = Counter(v.vote for v in self.voters)
        assert row.counts is not None
        if row.carried:
            if row.counts != self.carried:  # a Transport row repeated on the next page is one
                self._check(row.counts, tally, "Transport")
            self.carried = row.counts
            return
        if row.group == PAGE_SUM:  # "Summa denna sida": the page's rows summed, the list goes on
            self._check(row.counts, Counter(v.vote for v in self.voters[self.page_from:]),
                        "the sum of a page")
            self.page_from = len(self.voters)
            return
        if row.group is not None:  # "Summa S": a party's rows summed, the list goes on
            own = Counter(v.vote for v in self.voters if v.party == row.group)
            self._check(row.counts, own, f"Summa {row.group}")
            return
        for choice, n in row.counts.items():
            old = self.printed.setdefault(choice, n)
            if old != n:
                self.notes.append(f"the list prints {n} {choice.value} in its total and {old} "
                                  "in its heading")
        self.ended = True

    def _check(self, counts: dict[VoteChoice, int], tally: Counter, label: str) -> None:
        wrong = [f"{n} {c.value} (rows: {tally[c]})" for c, n in counts.items() if tally[c] != n]
        if wrong:
            self.notes.append(f"{label} prints {', '.join(wrong)}")

    def finish(self) -> VoteList:
        heading = "\n".join(ln.text.strip() for ln in self.heading)
        printed = {**lex.labelled_counts(_counts_of(heading, self.column)), **self.printed}
        absent = sum(v.vote == VoteChoice.FRANVARANDE for v in self.voters)
        silent = 0
        if self.silent and printed.get(VoteChoice.FRANVARANDE) == absent + len(self.silent):
            self.voters += self.silent  # the members printed without a vote are the absent ones
        elif not self._empty_seats(printed):
            self.unclear += len(self.silent)
            silent = len(self.silent)
        return VoteList(tuple(self.voters), tuple(printed.items()), self.unclear,
                        tuple(self.notes), heading, self.page, self.top,
                        self.last_page or self.page, self.cols.shows_absent,
                        frozenset(self.lines),
                        frozenset((ln.page, ln.top) for ln in self.heading), self.column,
                        *_labelled(self.label), silent)


    def _empty_seats(self, printed: dict[VoteChoice, int]) -> bool:
        """Whether the members printed without a vote are empty seats: the list prints no
        Frånvarande, and its printed counts are the rows' own without them (a närvaro- och
        voteringslista's unmarked row of a member away with nobody in the place)."""
        if self.cols.shows_absent or VoteChoice.FRANVARANDE in printed or \
                not {VoteChoice.JA, VoteChoice.NEJ} <= printed.keys():
            return False
        tally = Counter(v.vote for v in self.voters)
        return all(tally[c] == n for c, n in printed.items()) and sum(tally.values()) == \
            sum(printed.values())


def _labelled(label: Label | None) -> tuple[int | None, int | None]:
    """(§, votering number) a group's label gives."""
    if label is None:
        return None, None
    return (label[1], None) if label[0] == "§" else (None, label[1])


def _counts_of(heading: str, column: int | None) -> str:
    """The part of a heading that prints a votering's counts: all of it for a list of one
    votering; for one of several in a table, what follows "Votering 2" up to the next, or
    nothing."""
    if column is None:
        return heading
    m = re.search(rf"(?:votering|omröstning|vot\.?|omr\.?)\s*(?:nr\.?\s*)?{column}\b(?P<c>.*?)"
                  r"(?=(?:votering|omröstning)\s*(?:nr\.?\s*)?\d|$)", heading,
                  re.IGNORECASE | re.DOTALL)
    return m.group("c") if m else ""


# ------------------------------------------------------------------ ruled tables


def lists_in_tables(tables: Sequence[Table]) -> list[VoteList]:
    """The voting lists of ruled tables, in order; a table without heads of the same width
    right after one (its continuation on the next page) is read on with its columns."""
    out: list[_Build] = []
    current: list[_Build] = []  # one per votering the table prints a column for
    cols: Columns | None = None
    for t in sorted(tables, key=lambda t: (t.page, t.top)):
        rows = [tuple(c or "" for c in r) for r in t.rows]
        head = next((i for i, r in enumerate(rows[:3]) if columns_of(r)), None)
        follows = bool(out) and t.page == out[-1].last_page + 1 and t.top < PAGE_TOP
        if head is not None:
            found = columns_of(rows[head])
            assert found is not None
            if not (follows and cols and found.heads == cols.heads):
                cols = found
                heading = [Line(" ".join(c for c in r if c), t.page, top=t.top) for r in rows[:head]]
                current = [_Build(c, heading, t.page, t.top, column=n)
                           for c, n in _each_votering(cols)]
                out += current
            rows = rows[head + 1:]
        elif not (cols and out and follows and rows and len(rows[0]) == len(cols.heads)):
            cols = None
            continue
        assert cols is not None
        for r in rows:
            for b in current:
                if len(r) != len(cols.heads):
                    b.add(Row(clear=False), t.page)
                    continue
                for row in rows_of(list(r), b.cols):
                    b.add(row, t.page)
    return [b.finish() for b in out]


# ------------------------------------------------------------------ lists on lines, by the words' positions


@dataclass(frozen=True)
class _Anchor:
    x0: float
    x1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def header_of(ln: Line) -> tuple[Columns, tuple[_Anchor, ...]] | None:
    """The columns a line of heads gives, with where each head stands; None for another line."""
    if len(ln.words) < 2 or not _might_head(ln.text):
        return None
    cells = _head_cells(ln)
    if len(cells) < 2:  # one head (a line of prose) heads no list: columns_of would say None
        return None
    cols = columns_of([t for t, _ in cells])
    return (cols, tuple(a for _, a in cells)) if cols else None


MIGHT_HEAD = re.compile(r"\b(?:ja|nej|resultat|röst\w*|votering|omröstning|j\s+n|bifall|avslag|"
                        r"emot)\b", re.IGNORECASE)


def _might_head(text: str) -> bool:
    """A quick test before the words are grouped: the line names a vote or a result column
    ("Ja", "Röst", "J  N  Avst  Frånv")."""
    return MIGHT_HEAD.search(text) is not None


def _head_cells(ln: Line) -> list[tuple[str, _Anchor]]:
    """The heads of a line of column heads: words closer than three quarters of the type size
    are one head ("Tjänstgörande ersättare", "Avstår från att rösta")."""
    gap = max(ln.size * 0.75, 4.0)
    cells: list[tuple[list[str], float, float]] = []
    for x0, x1, w in sorted(spaced_words(ln)):
        if cells and x0 - cells[-1][2] < gap:
            cells[-1][0].append(w)
            cells[-1] = (cells[-1][0], cells[-1][1], x1)
        else:
            cells.append(([w], x0, x1))
    return [(" ".join(ws), _Anchor(a, b)) for ws, a, b in cells]


def cells_of(ln: Line, cols: Columns, anchors: Sequence[_Anchor]) -> list[str]:
    """A line's words put in the columns whose heads stand over them: a mark or a short count
    in the nearest column of marks, any other word in the column it starts in."""
    cells = [""] * len(anchors)
    for x0, x1, w in sorted(spaced_words(ln)):
        i = _column_at(x0, x1, w, cols, anchors)
        cells[i] = f"{cells[i]} {w}".strip()
    return cells


# what stands in a column of marks and marks nothing, placed by the nearest column as marks are
BOXES = frozenset(lex.EMPTY_MARKS - {"-", "–"})


def _column_at(x0: float, x1: float, word: str, cols: Columns,
               anchors: Sequence[_Anchor]) -> int:
    centre = (x0 + x1) / 2
    if cols.marks and (lex.is_mark(word) or word.isdecimal() or word in BOXES) and len(word) <= 3:
        places = [i for i, _ in (*cols.marks, *cols.sub_marks)] + list(cols.others)
        i = min(places, key=lambda k: abs(anchors[k].centre - centre))
        if abs(anchors[i].centre - centre) <= max(anchors[i].x1 - anchors[i].x0, 12.0) + 8:
            return i
    found = [i for i, a in enumerate(anchors) if a.x0 - 4 <= x0]
    return found[-1] if found else 0


def lists_in_lines(lines: Sequence[Line]) -> list[VoteList]:
    """Every voting list printed on the lines (no ruling needed): from a line of column heads
    through its rows, over page breaks, to its totals or the first line that is no row."""
    out: list[VoteList] = []
    i = floor = 0
    while i < len(lines):
        head = header_of(lines[i])
        if head is None:
            i += 1
            continue
        first, end = i, i
        heading = _heading(lines, first, floor)
        labels = _group_labels(lines, first, head[0], head[1])
        for cols, column in _each_votering(head[0]):
            build = _Build(cols, heading, lines[first].page, lines[first].top, column=column,
                           label=labels.get(column) if column is not None else None)
            build.lines.add((lines[first].page, lines[first].top))
            i = first + 1
            if i < len(lines) and _heads_go_on(lines[i], lines[i - 1], cols, head[1]):
                build.lines.add((lines[i].page, lines[i].top))
                i += 1
            end = max(end, _counts_after(lines, _read_rows(lines, i, build, head[1]), build))
            if build.voters or build.unclear:
                out.append(build.finish())
                floor = end
        i = max(end, first + 1)
    return out


# what heads a group of vote columns: its § ("§ 101") or its votering's number through the
# meeting ("Votering 2", "Omröstning nr 2", "Vot. 2")
GROUP_LABEL = re.compile(r"(?P<par>§)\s*(?P<n>\d{1,4})\b|"
                         r"\b(?:votering|omröstning|vot|omr)\.?\s*(?:nr\.?\s*)?(?P<m>\d{1,2})\b",
                         re.IGNORECASE)

Label = tuple[str, int]  # ("§", 101) or ("nr", 2)


def _group_labels(lines: Sequence[Line], i: int, cols: Columns,
                  anchors: Sequence[_Anchor]) -> dict[int, Label]:
    """What the line right above the heads prints over each group of vote columns ("§ 101"
    over the first "Ja Nej Avst", "§ 103" over the second; "Votering 1", "Votering 2", …):
    group number -> label; {} where the line does not label every group alike."""
    if not cols.groups or i == 0:
        return {}
    above, head = lines[i - 1], lines[i]
    if above.page != head.page or head.top - above.top > head.size * 2.2:
        return {}
    found = list(GROUP_LABEL.finditer(above.text))
    kinds = {"§" if m.group("par") else "nr" for m in found}
    if len(found) != len(cols.groups) or len(kinds) != 1 or \
            len(above.text.split()) > 3 * len(found):
        return {}
    centres = _label_centres(above, len(found))
    if centres is None:
        return {}
    out: dict[int, Label] = {}
    for m, centre in zip(found, centres):
        k = min(range(len(cols.groups)), key=lambda g: _distance(centre, cols.groups[g], anchors))
        out[k + 1] = ("§", int(m.group("n"))) if m.group("par") else ("nr", int(m.group("m")))
    return out if len(out) == len(cols.groups) else {}


def _label_centres(ln: Line, n: int) -> list[float] | None:
    """The centre of each of a line's n labels, its words grouped as column heads are."""
    cells = _head_cells(ln)
    return [a.centre for _, a in cells] if len(cells) == n else None


def _distance(x: float, group: Sequence[tuple[int, VoteChoice]],
              anchors: Sequence[_Anchor]) -> float:
    left, right = anchors[group[0][0]].x0, anchors[group[-1][0]].x1
    return 0.0 if left <= x <= right else min(abs(x - left), abs(x - right))


def _counts_after(lines: Sequence[Line], i: int, build: _Build) -> int:
    """Where a list ends with the counts printed right under it, one a line or on one line,
    under a head of their own or not ("Röstningsresultat" / "Ja 21" / "Nej 16" / "Avstår 3"):
    their lines are the list's and their counts its printed ones; i where none follow."""
    if not build.voters or i >= len(lines) or i == 0:
        return i
    k, last = i, lines[i - 1]
    found: dict[VoteChoice, int] = {}
    if lex.COUNTS_BLOCK.match(lines[k].text):
        k += 1
    while k < len(lines) and k - i < 6 and lines[k].page == last.page:
        text = lex.COUNTS_BLOCK_LEAD.sub("", lines[k].text)
        if not lex.only_counts(text) or lines[k].top - lines[k - 1].top > lines[k].size * 3:
            break
        for choice, n in lex.labelled_counts(text).items():
            found.setdefault(choice, n)
        k += 1
    if len(found) < 2:
        return i
    build.lines |= {(ln.page, ln.top) for ln in lines[i:k]}
    build.add(Row(counts=found), last.page)
    return k


def _each_votering(cols: Columns) -> list[tuple[Columns, int | None]]:
    """The columns to read a table by, once per votering where it prints several."""
    if cols.groups:
        return [(replace(cols, marks=g, groups=(), others=tuple(
            i for h in cols.groups if h is not g for i, _ in h)), k)
            for k, g in enumerate(cols.groups, 1)]
    if not cols.results:
        return [(cols, None)]
    return [(replace(cols, result=i, results=()), n) for i, n in cols.results]


def _heads_go_on(ln: Line, head: Line, cols: Columns, anchors: Sequence[_Anchor]) -> bool:
    """Whether a line right under the column heads is their second line ("Avstår" / "från att
    rösta"): words only, none in the name column."""
    if ln.page != head.page or ln.top - head.top > head.size * 1.6 or not ln.words:
        return False
    name_end = anchors[cols.name + 1].x0 - 4 if cols.name + 1 < len(anchors) else 10**6
    return all(x0 >= name_end and not lex.is_mark(w) and not any(c.isdigit() for c in w)
               for x0, _, w in ln.words)


def _heading(lines: Sequence[Line], i: int, floor: int = 0) -> list[Line]:
    """The lines above a list's column heads that head it ("Omröstningslista nr. 1", "Ärende: §
    10 …", "Antal Ja: 26, …"): on its page, up to a sentence of the text before it or the end
    of the list before it (lines from floor on)."""
    out: list[Line] = []
    j = i - 1
    while j >= floor and len(out) < MAX_HEADING_LINES and lines[j].page == lines[i].page:
        if not _heading_line(lines[j].text.strip()):
            break
        out.insert(0, lines[j])
        j -= 1
    return out


def _heading_line(text: str) -> bool:
    """A line that may head a list: short, and no sentence of running text."""
    words = len(text.split())
    if words <= 30 and len(lex.labelled_counts(text)) >= 2:
        return True  # the counts of the lists below ("Votering 1 (återremiss): Ja 20, Nej 4 …")
    if words > 14 or (text.endswith(".") and words > 6):
        return False
    return bool(lex.LIST_HEADING.match(text)) or not text.endswith(".")


def _read_rows(lines: Sequence[Line], i: int, build: _Build, anchors: Sequence[_Anchor]) -> int:
    """Read the list's rows from line i on, over page breaks; where the list ends."""
    pitch = 0.0
    prev: Line | None = None
    while i < len(lines) and not build.ended:
        ln = lines[i]
        if prev is not None and ln.page != prev.page:
            top = _page_top(lines, i, build, anchors)
            if top is None:
                break
            i, anchors = _carry_on(lines, i, top, build, anchors)
            prev = None
            continue
        rows = rows_of(cells_of(ln, build.cols, anchors), build.cols)
        kind = _kind(ln, prev, pitch, rows, build, anchors)
        if kind is None:
            after = _after_furniture(lines, i, build, anchors)
            if after is None:
                break
            i = after
            continue
        if kind == "row":
            build.last_row = {}
            for k, r in enumerate(rows):
                build.add(r, ln.page)
                if r.voter is not None:
                    build.last_row[k] = len(build.voters) - 1
        build.lines.add((ln.page, ln.top))
        if prev is not None and prev.page == ln.page:
            pitch = pitch or ln.top - prev.top
        prev = ln
        i += 1
    return i


def _kind(ln: Line, prev: Line | None, pitch: float, rows: Sequence[Row], build: _Build,
          anchors: Sequence[_Anchor]) -> str | None:
    """What a line is to the list: "row" (a voter, counts, or a member whose vote cannot be
    read standing in the list's columns), "party" (a subheading naming the party of the rows
    under it), "wrapped" (a name wrapped under its row, joined to it here), or None (no part of
    it)."""
    if any(r.voter or r.counts for r in rows):
        return "row"
    if all(r.clear for r in rows) or LEGEND.match(ln.text):
        return None
    party = _party_heading(ln.text)
    if party is not None:
        build.party = party
        return "party"
    if any(r.replaces and r.silent for r in rows) and _in_step(ln, prev, pitch):
        return "row"  # "ers. Karin Lund" under the member, no vote: the seat's other line
    if prev is not None and (_wrapped(ln, prev, pitch, build) or _wrapped_in_parts(ln, prev, rows,
                                                                                   pitch, build)):
        return "wrapped"
    silent = [r.silent.name for r in rows if r.silent is not None]
    label = prev is not None and ln.bold and not prev.bold  # "Beslut" under plain rows
    if silent and not label and all(len(n.split()) >= 2 and _name_words(" ".join(n.split()[:2]))
                                    for n in silent) \
            and _fits(ln, prev, pitch, anchors, strict=False) and _in_step(ln, prev, pitch):
        return "row"  # a member whose row prints no vote ("S  Wreede, Gustav"), read by cells
    return "row" if _fits(ln, prev, pitch, anchors) else None


# a note under a list: a footnote ("* tjänstgörande ersättare för …") or the key to its letters
# ("J = ja, N = nej, – = frånvarande")
LEGEND = re.compile(r"^\s*(?:[*†¹²³]\s*\w|\S{1,3}\s*=\s*\w)")


# the seats a party's subheading prints after its name: "(5)", ", 5 ledamöter", "– 2 mandat"
SEATS_AFTER = re.compile(
    r"\s*(?:\(\s*\d{1,3}\s*(?:ledamöter|ledamot|mandat|platser)?\s*\)|[,–-]\s*\d{1,3}\s*"
    r"(?:ledamöter|ledamot|mandat|platser)?)\s*$", re.IGNORECASE)


def _party_heading(text: str) -> str | None:
    """The party a line names on its own, heading its members' rows ("Moderaterna", "SD:",
    "Socialdemokraterna (5)", "S – 2 mandat")."""
    text = SEATS_AFTER.sub("", text.strip().rstrip(":").strip()).rstrip(":").strip()
    if text in parties.CODES:
        return text
    return parties.NAMES.get(text.casefold())


def rows_of(cells: list[str], cols: Columns) -> list[Row]:
    """What a line's cells hold: a row per list printed side by side, or, in columns of names
    per vote, a row per name ("Anna Berg (S)" under JA)."""
    if cols.named:
        return named_rows(cells, cols)
    return [read_row(part, cols) for part in _halves(cells, cols)]


# a line under columns of names that lists members voting one way ("Frånvarande: Kent Björne
# (SD)", "Avstår: …"), or prints the totals ("Summa: 23 ja, 6 nej, 1 avstår")
LABELLED_NAMES = re.compile(r"^(?P<label>[A-Za-zÅÄÖåäö][\w .-]{1,30}?)\s*:\s*(?P<names>\S.*)$")
COUNT_FIRST = re.compile(r"(?P<n>\d{1,3})\s+(?P<choice>ja|nej|avst\w*|blanka?|frånv\w*)\b",
                         re.IGNORECASE)


def named_rows(cells: Sequence[str], cols: Columns) -> list[Row]:
    """The rows of a line under columns of names, one per vote ("JA", "NEJ", "AVSTÅR"): a voter
    per name in the column of the vote, or the members a label names across the columns
    ("Frånvarande: Kent Björne (SD)"), or the totals."""
    texts = [" ".join((c or "").split()) for c in cells]
    line = " ".join(t for t in texts if t)
    if not line:
        return [Row()]
    if lex.CARRIED.match(line) or lex.TOTAL.match(line):
        counts = lex.labelled_counts(line) or {
            lex.result_of(m.group("choice")) or VoteChoice.JA: int(m.group("n"))
            for m in COUNT_FIRST.finditer(line)}
        return [Row(counts=counts, carried=bool(lex.CARRIED.match(line)))]
    labelled = LABELLED_NAMES.match(line)
    if labelled and lex.choice_of(labelled.group("label")) is not None:
        choice = lex.choice_of(labelled.group("label"))
        assert choice is not None
        return [Row(voter=Voter(x.member.name, x.member.party, choice))
                for x in find_mentions(labelled.group("names"))] or [Row(clear=False)]
    out = []
    for i, choice in cols.named:
        cell = _cell(texts, i)
        if not cell:
            continue
        name, party = member_of(cell)
        out.append(Row(voter=Voter(name, party, choice)) if _name_words(name) else
                   Row(clear=False))
    return out or [Row()]


def _halves(cells: list[str], cols: Columns) -> list[list[str]]:
    """A row's cells, per list where two or three are printed side by side."""
    if not cols.split:
        return [cells]
    return [cells[k:k + cols.split] for k in range(0, len(cells), cols.split)]


def _carry_on(lines: Sequence[Line], i: int, top: int, build: _Build,
              anchors: Sequence[_Anchor]) -> tuple[int, Sequence[_Anchor]]:
    """Past the lines at the top of a new page that are no rows (a heading, the column heads
    again, the running header), with the column heads' new positions where they are repeated."""
    for k in range(i, top):
        build.lines.add((lines[k].page, lines[k].top))
        head = header_of(lines[k])
        if head is not None:
            anchors = head[1]
    return top, anchors


def _after_furniture(lines: Sequence[Line], i: int, build: _Build,
                     anchors: Sequence[_Anchor]) -> int | None:
    """Where a list goes on after a few lines at the foot of its page that are no rows (a page's
    own footer, a signature line), when the next page carries on with it; None where it ends."""
    for k in range(i, min(i + 4, len(lines))):
        if lines[k].page != lines[i].page:
            top = _page_top(lines, k, build, anchors)
            return k if top is not None else None
    return None


def _page_top(lines: Sequence[Line], i: int, build: _Build,
              anchors: Sequence[_Anchor]) -> int | None:
    """Where a list goes on at the top of a new page: at its column heads repeated (after a
    heading that says so, "(forts.)", or its own heading again, or a running header), or at its
    first row or carried-over subtotal; None where the page begins with something else, another
    list's heading among it."""
    for k in range(i, min(i + MAX_HEADING_LINES, len(lines))):
        if lines[k].page != lines[i].page:
            return None
        head = header_of(lines[k])
        if head is not None:
            return k + 1 if _same_heads(head[0], build.cols) else None
        if _names_another(lines[k].text, build):
            return None
        rows = rows_of(cells_of(lines[k], build.cols, anchors), build.cols)
        if any(r.voter or (r.counts and r.carried) for r in rows) and _fits(lines[k], None, 0.0,
                                                                             anchors, strict=False):
            return k
    return None


def _same_heads(a: Columns, b: Columns) -> bool:
    return [lex.column_role(h) or lex.mark_head(h) for h in a.heads] == \
        [lex.column_role(h) or lex.mark_head(h) for h in b.heads]


def _names_another(text: str, build: _Build) -> bool:
    """Whether a line at the top of a page heads another list: it names a list, an appendix or
    a § that the list's own heading does not."""
    own = "\n".join(ln.text for ln in build.heading)
    for read in (lex.list_number, lex.appendix_number, lex.paragraph_ref):
        n = read(text)
        if n is not None and n != read(own):
            return True
    return False


def _fits(ln: Line, prev: Line | None, pitch: float, anchors: Sequence[_Anchor],
          strict: bool = True) -> bool:
    """Whether a line whose vote cannot be read is still a row of the list (a member without
    a mark) rather than text that follows it: set at the rows' spacing, in the list's columns,
    opening with a person's name."""
    if not ln.words or ln.words[0][0] < anchors[0].x0 - 6 or len(ln.text.split()) > 12:
        return False
    if not strict:
        return True
    if not _in_step(ln, prev, pitch):
        return False
    name, _ = member_of(ln.text)
    return len(name.split()) >= 2 and _name_words(" ".join(name.split()[:2]))


def _wrapped_in_parts(ln: Line, prev: Line, rows: Sequence[Row], pitch: float,
                      build: _Build) -> bool:
    """The rest of names wrapped under their rows, in lists printed side by side or in a
    column too narrow for them ("Ekdahl Ström" / "Marie-Louise"): a line right under a row that
    prints words in name columns only, each under a voter of that row."""
    if not build.last_row or not _in_step(ln, prev, pitch) or (ln.bold and not prev.bold):
        return False  # a bold line under plain rows is a label ("Beslut"), no rest of a name
    parts = {k: r.silent for k, r in enumerate(rows) if r.silent is not None}
    if not parts or any(not r.clear and r.silent is None for r in rows) or any(
            k not in build.last_row or v.party or len(v.name.split()) > 2
            or not _name_words(v.name) for k, v in parts.items()):
        return False
    for k, v in parts.items():
        last = build.voters[build.last_row[k]]
        build.voters[build.last_row[k]] = Voter(f"{last.name} {v.name}", last.party, last.vote)
    build.last_row = {}
    return True


def _in_step(ln: Line, prev: Line | None, pitch: float) -> bool:
    """Whether a line stands at the rows' spacing under the row before (on its page)."""
    return prev is None or (ln.page == prev.page
                            and ln.top - prev.top <= (pitch or ln.size * 1.6) * 1.3)


def _wrapped(ln: Line, prev: Line, pitch: float, build: _Build) -> bool:
    """A name wrapped onto a line of its own under its row: tight below it, text in the name
    or substitute column only, its first word lower case or the row's name a single word."""
    if not build.voters or not pitch or ln.page != prev.page or ln.top - prev.top > pitch * 0.9:
        return False
    last = build.voters[-1]
    words = ln.text.split()
    if not (words[0][:1].islower() or len(last.name.split()) == 1) or len(words) > 3:
        return False
    build.voters[-1] = Voter(f"{last.name} {ln.text.strip()}", last.party, last.vote)
    return True
