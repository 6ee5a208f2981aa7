"""Voters named in a §'s text (pure): lists after a label ("Följande ledamöter röstar JA: Anders
Lövgren (S), Petra Alm (S), …", "Följande avstod från att rösta: …", "Ja-röster: Birgitta Alm,
Leif Sundin, Ahmed Yusuf"), party by party ("Ja (9): S: Anna Berg, Per Ek; C: Kim Rask"), by
what was voted for ("För kommunstyrelsens förslag röstade 21 ledamöter: …"), the names wrapping
over lines, even in the middle of a name; one member a line ("Anna Berg (S) - JA", "Birgitta
Sundqvist (S): ja", "Anna Berg (S) ........ Ja"), over page breaks too; and members told in a
sentence before or after their vote ("Vid omröstningen röstade A (S) och B (C) ja, medan C (M)
röstade nej. D (KD) avstod från att rösta.").

Members are read with the party in brackets where the list prints one, by name alone where it
prints none. A list ends at its full stop, at the next label, or at the end of a line that
closes a name (a line that ends with a comma, "och" or half a name goes on).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from meetbook.extract.people import Mention, find_mentions, leading_mentions
from meetbook.lexicon import names, parties
from meetbook.lexicon import votes as lex
from meetbook.model import Line, VoteChoice, Voter


@dataclass(frozen=True)
class NamedList:
    """The members a label lists as having voted one way, and where the list stands in the
    text (from its label to its last name)."""

    choice: VoteChoice
    voters: tuple[Voter, ...]
    start: int
    end: int
    count: int | None = None  # printed with the label: "Ja-röster (3):"


def labelled_lists(text: str, line_ends: Sequence[int] = (),
                   taken: Sequence[tuple[int, int]] = ()) -> list[NamedList]:
    """Every list of names after a label, in order; labels inside the spans taken (a roll call
    read otherwise) are passed by."""
    labels = [m for m in lex.LIST_LABEL.finditer(text)
              if not any(a <= m.start() < b for a, b in taken)]
    out = []
    proposals = 0  # lists by what was voted for, so far
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        with_parties = bool(parties.MARK.search(text, m.end(), min(stop, m.end() + 80)))
        end = _list_end(text, m.end(), stop, line_ends, with_parties)
        choice = lex.label_choice(m, proposals)
        proposals += lex.by_proposal(m)
        if PARTY_GROUP.match(text, m.end()):  # "Ja (9): S: Anna Berg, Per Ek; C: Kim Rask"
            end = _groups_end(text, m.end(), stop, line_ends)
            named = _by_party(text[m.end():end])
        else:
            named = _named(text[m.end():end], with_parties)
        if named and all(_a_party(name) for name, _, _ in named):
            continue  # "Ja: Socialdemokraterna, Centerpartiet och Liberalerna": no members named
        if named:
            count = lex.label_count(m)
            voters = tuple(Voter(name, party, choice) for name, party, _ in named)
            out.append(NamedList(choice, voters, m.start(), m.end() + named[-1][2], count))
    return out


def _a_party(name: str) -> bool:
    """Whether a name in a list is a party's ("Centerpartiet", "S", "Moderaterna")."""
    return name in parties.CODES or name.casefold() in parties.NAMES


def _named(listed: str, with_parties: bool) -> list[tuple[str, str | None, int]]:
    """(name, party, end) of the members a list opens with: names with their party marks, or
    names alone between commas and "och" (a surname alone too: "Lindvall, Hellsten och Rögård")."""
    if with_parties:
        return [(x.member.name, x.member.party, x.end) for x in leading_mentions(listed)]
    out: list[tuple[str, str | None, int]] = []
    for m in PLAIN_CHUNK.finditer(listed):
        printed = m.group("chunk").split()
        words = [w.rstrip(".") for w in printed]
        taken = 0
        while taken < len(words) and taken < names.MAX_WORDS and (
                names.is_name_word(words[taken]) or (taken and words[taken] in names.PARTICLES)
                or LONE_INITIAL.match(words[taken])):  # "Wikström K.", "K. Wikström"
            taken += 1
        if not taken or words[taken - 1] in names.PARTICLES or \
                all(LONE_INITIAL.match(w) for w in words[:taken]):
            break
        name = " ".join(p if LONE_INITIAL.match(w) else w  # an initial keeps its stop
                        for p, w in zip(printed[:taken], words[:taken]))
        out.append((name, None, listed.index(name, m.start("chunk")) + len(name)))
        if taken < len(words):
            break
    return out


# an initial of a name printed short, its stop taken off ("K" of "Wikström K.")
LONE_INITIAL = re.compile(rf"^[{names.UPPER}]$")
# a full stop that ends a list: not an initial's ("Wikström K. och Grönroos A.", "A. Lund")
LIST_STOP = re.compile(rf"(?<!\b[{names.UPPER}])\.(?=\s|$)")


# a party's members in a list by party: "S: Anna Berg, Per Ek och Eva Lund; M: …"
PARTY_GROUP = re.compile(rf"\s*(?P<code>{parties.CODE}|(?i:{parties.CODE}))\s*:\s*(?=[A-ZÅÄÖÉÜ])")


def _by_party(listed: str) -> list[tuple[str, str | None, int]]:
    """(name, party, end) of the members of a list printed party by party, each party's code
    and a colon before its members, the parties parted by semicolons."""
    out: list[tuple[str, str | None, int]] = []
    pos = 0
    while (g := PARTY_GROUP.match(listed, pos)) is not None:
        semi = listed.find(";", g.end())
        stop = semi if semi >= 0 else len(listed)
        party = parties.listed(g.group("code"))
        out += [(name, party, g.end() + end) for name, _, end in
                _named(listed[g.end():stop], with_parties=False)]
        if semi < 0:
            break
        pos = semi + 1
    return out


def _groups_end(text: str, start: int, stop: int, line_ends: Sequence[int]) -> int:
    """Where a list by party ends: at its full stop, the next label, or a line end after which
    no party's members go on (a line that ends with a separator or in a name goes on; so does
    one followed by a line that opens with the rest of a name or the next party)."""
    dot = LIST_STOP.search(text[start:stop])
    end = start + dot.start() if dot else stop
    ends = [e for e in line_ends if start < e < end]
    for k, e in enumerate(ends):
        line = text[e + 1:ends[k + 1] if k + 1 < len(ends) else end]
        last = re.split(r"[,;:]|\boch\b|\bsamt\b", text[start:e])[-1].split()
        if not (re.search(r"(?:[,;:]|\boch|\bsamt)\s*$", text[start:e]) or len(last) == 1
                or re.match(r"\s*[^,;:.]{1,40}?[,;]", line) or PARTY_GROUP.match(line)):
            return e
    return end


# a name between the separators of a list printed without parties
PLAIN_CHUNK = re.compile(
    r"(?:^|[,;]|\boch\b|\bsamt\b)\s*(?P<chunk>[^,;]*?)(?=\s*(?:[,;]|\boch\b|\bsamt\b)|\s*$)")


def _list_end(text: str, start: int, stop: int, line_ends: Sequence[int],
              with_parties: bool) -> int:
    """Where a list of names that begins at start ends: at its full stop, before the next label
    (stop), or at the end of a line after which no name of it goes on."""
    dot = LIST_STOP.search(text[start:stop])
    end = start + dot.start() if dot else stop
    ends = [e for e in line_ends if start < e < end]
    for k, e in enumerate(ends):
        following = text[e + 1:ends[k + 1] if k + 1 < len(ends) else end]
        if not (_goes_on(text[start:e], with_parties) or _lone_member(following, with_parties)):
            return e
    return end


# a line that holds one member and nothing else: "Anna Berg (S)", "Karin Ek," (one a line)
LONE_MEMBER = re.compile(rf"{names.ROLE}{names.NAME}\s*(?:{parties.MARK.pattern})?\s*[,;]?")


def _lone_member(line: str, with_parties: bool) -> bool:
    m = LONE_MEMBER.fullmatch(line.strip())
    return m is not None and (m.group("p1") is not None) == with_parties


def _goes_on(listed: str, with_parties: bool) -> bool:
    """Whether a list cut at a line end goes on on the next line: the line ends with a comma or
    "och", or in a name (one without its party yet; one word of a name printed without one)."""
    listed = listed.rstrip()
    if listed.endswith(",") or re.search(r"\b(?:och|samt)$", listed):
        return True
    last = re.split(r",|\boch\b|\bsamt\b|\)", listed)[-1].strip()
    if with_parties:
        return bool(last)
    return len(last.split()) == 1


# members told with their vote in a sentence: "röstade A (S), B (C) och C (V) ja", "medan D (M)
# och E (SD) röstade nej", "F (KD) avstod från att rösta" (a count in brackets after the vote
# is a roll call that votes.ROLL reads)
VOTED_THEN_NAMED = re.compile(r"\b(?i:röstade|röstar)\s+(?=[A-ZÅÄÖÉÜ])")
NAMED_THEN_VOTED = re.compile(
    r"\s(?i:röstade|röstar)\s+(?P<c>(?i:ja|nej))\b(?!\s*\()|"
    r"\s(?P<a>(?i:avstod|avstår))\s+från\s+att\s+rösta\b(?!\s*\()")
_GLUE = re.compile(r"\s*(?:,|,?\s*och|,?\s*samt)?\s*")


def told_lists(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[NamedList]:
    """The members a sentence tells voting one way, with their parties, before the vote
    ("A (S) och B (C) röstade ja", "C (KD) avstod från att rösta") or after the verb ("röstade
    A (S) och B (C) ja"); spans taken (read otherwise) are passed by."""
    out: list[NamedList] = []
    for m in VOTED_THEN_NAMED.finditer(text):
        mentions = leading_mentions(text[m.end():m.end() + 1200])
        after = re.match(r"\s*(?P<c>(?i:ja|nej))\b", text[m.end() + mentions[-1].end:]) \
            if mentions else None
        if after and not _in(m.start(), taken):
            choice = lex.choice_of(after.group("c"))
            assert choice is not None
            out.append(NamedList(choice, tuple(Voter(x.member.name, x.member.party, choice)
                                               for x in mentions),
                                 m.start(), m.end() + mentions[-1].end + after.end()))
    for m in NAMED_THEN_VOTED.finditer(text):
        named = _mentions_before(text, m.start())
        if named and not _in(named[0].start, taken) and not _in(m.start(), taken):
            choice = VoteChoice.AVSTAR if m.group("a") else lex.choice_of(m.group("c"))
            assert choice is not None
            out.append(NamedList(choice, tuple(Voter(x.member.name, x.member.party, choice)
                                               for x in named), named[0].start, m.end()))
    return sorted(out, key=lambda n: n.start)


# members told by what they voted for, the other side after a semicolon: "A, B och C röstade
# för bifall; D och E för avslag", "A (S) och tjänstgörande ersättaren B (S) röstade för
# kommunstyrelsens förslag; C (M) röstade för Per Eks yrkande"
VOTED_FOR = re.compile(r"\s(?i:röstade|röstar)\s+för\s+[^;.]{3,160}?;\s*")
OTHER_SIDE = re.compile(r"\s+(?:(?i:röstade|röstar)\s+)?(?i:för)\s+[^;.]{3,160}?(?=[.;]|$)")
_ROLE_GLUE = re.compile(rf"\s*(?:,|,?\s*och|,?\s*samt)?\s*{names.ROLE}")


def told_for(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[NamedList]:
    """The two sides of a vote told by what each member voted for, the first the ja (as a list
    by proposal is), the second the nej ("A och B röstade för bifall; C och D för avslag")."""
    out: list[NamedList] = []
    for m in VOTED_FOR.finditer(text):
        first = _run_before(text, m.start())
        rest = text[m.end():m.end() + 1200]
        second = _run_after(rest)
        if not first or not second or _in(first[0].start, taken):
            continue
        tail = OTHER_SIDE.match(rest, second[-1].end)
        if tail is None:
            continue
        for choice, run, offset in ((VoteChoice.JA, first, 0), (VoteChoice.NEJ, second, m.end())):
            voters = tuple(Voter(x.member.name, x.member.party, choice) for x in run)
            end = m.start() if choice == VoteChoice.JA else m.end() + tail.end()
            out.append(NamedList(choice, voters, offset + run[0].start, end))
    return out


def _run_before(text: str, end: int) -> list[Mention]:
    """The run of members, with or without their parties, that ends right before end, parted by
    commas, "och", "samt" and roles ("samt tjänstgörande ersättaren")."""
    start = max(0, end - 1200)
    found = [replace(x, start=x.start + start, end=x.end + start)
             for x in find_mentions(text[start:end], with_parties=False) if not x.possessive]
    run: list[Mention] = []
    pos = end
    for x in reversed(found):
        if not _ROLE_GLUE.fullmatch(text[x.end:pos]):
            break
        run.insert(0, x)
        pos = x.start
    return run


def _run_after(text: str) -> list[Mention]:
    """The run of members, with or without their parties, a text opens with."""
    run: list[Mention] = []
    pos = 0
    for x in find_mentions(text, with_parties=False):
        if x.possessive or not _ROLE_GLUE.fullmatch(text[pos:x.start]):
            break
        run.append(x)
        pos = x.end
    return run


def _in(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _mentions_before(text: str, end: int) -> list[Mention]:
    """The run of members with their parties that ends right before end, parted by commas and
    "och" only."""
    start = max(0, end - 1200)
    found = [replace(x, start=x.start + start, end=x.end + start)
             for x in find_mentions(text[start:end]) if not x.possessive]
    run: list[Mention] = []
    pos = end
    for x in reversed(found):
        if not _GLUE.fullmatch(text[x.end:pos]):
            break
        run.insert(0, x)
        pos = x.start
    return run


# one member a line: "Anna Berg (S) - JA", "Birgitta Sundqvist (S): ja", "Karin Ek Nej", with
# the seat's number before ("1. Anna Berg (S) – Ja", "12 Per Ek (M) Nej") or the party after a
# comma ("Anna Berg, S: ja")
MEMBER_LINE = re.compile(
    rf"^(?:\d{{1,3}}[.)]?\s+)?(?P<who>{names.NAME})\s*"
    rf"(?:{parties.MARK.pattern}|\s(?P<code>{parties.CODE})|,\s*(?P<code2>{parties.CODE}))?\s*"
    r"(?:,\s*(?i:(?:tjg\.?|tjänstgörande)\s+)?(?i:ersättare)(?:\s+för\s+[^.…]+?)?\s*)?"
    rf"(?:[-–—:,]\s*|\s*[.…]{{3,}}\s*|\s+(?:röstar|röstade)\s+|\s+)(?P<choice>{lex.CHOICE})\.?$")


def member_line(text: str) -> Voter | None:
    """The member and vote of a line that prints one member's vote, or None."""
    m = MEMBER_LINE.match(text.strip())
    if m is None:
        return None
    choice = lex.choice_of(m.group("choice"))
    if choice is None:
        return None
    party = parties.party_of(m) if m.group("p1") else m.group("code") or m.group("code2")
    return Voter(m.group("who"), party, choice)


def member_lines(lines: Sequence[Line]) -> list[tuple[int, int, list[Voter]]]:
    """(first, last line index, voters) of each run of at least two lines that print one
    member's vote each; a run goes on over a page break."""
    out: list[tuple[int, int, list[Voter]]] = []
    run: list[tuple[int, Voter]] = []
    for i, ln in enumerate([*lines, None]):
        voter = member_line(ln.text) if ln is not None else None
        if voter is not None:
            run.append((i, voter))
            continue
        if len(run) >= 2:
            out.append((run[0][0], run[-1][0], [v for _, v in run]))
        run = []
    return out


# ------------------------------------------------------------------ party by party, in running text

# a party's line of a roll call told party by party: "S: Ja 10 (Agneta Sundell, Rolf Hägglund,
# …)", "SD: Nej 4 (…), Frånvarande 1 (Kent Björne)", "Centerpartiet: Ja 2 (…), Avstår 1 (…)",
# "M: 2 nej (…); 1 ja (…)"
PARTY_TALLY = re.compile(
    r"^\s*(?P<party>[A-ZÅÄÖa-zåäö.]{1,30}?)\s*:\s*(?=(?:\d{1,3}\s+)?"
    r"(?P<first>[A-ZÅÄÖa-zåäö-]+(?:\s+\w+)*?)\s*(?:\d{1,3}\s*)?\()")
# one choice of it: "Ja 10 (A, B, …)", "Avstår från att rösta 1 (C)", "2 nej (D, E)"
CHOICE_GROUP = re.compile(
    r"(?:(?P<choice>[A-ZÅÄÖa-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?)\s+(?P<n>\d{1,3})|"
    r"(?P<n2>\d{1,3})\s+(?P<choice2>[A-ZÅÄÖa-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?))\s*"
    r"\((?P<names>[^()]*)\)\s*(?:[,;.]|\boch\b)?\s*")


def party_tallies(lines: Sequence[Line]) -> list[tuple[int, int, list[Voter], list[str]]]:
    """(first, last line index, voters, notes) of each run of lines that tells a roll call
    party by party ("S: Ja 10 (Agneta Sundell, …)" / "M: Nej 7 (…)"), a party's names
    wrapping over lines; the party is the line's, the names are printed without it. A group
    whose count its names do not give is noted."""
    out: list[tuple[int, int, list[Voter], list[str]]] = []
    run: list[Voter] = []
    notes: list[str] = []
    first = i = 0
    while i <= len(lines):
        entry = _party_entry(lines, i) if i < len(lines) else None
        if entry is None:
            if len({v.party for v in run}) >= 2:
                out.append((first, i - 1, run, notes))
            run, notes = [], []
            i += 1
            continue
        end, voters, wrong = entry
        if not run:
            first = i
        run += voters
        notes += wrong
        i = end + 1
    return out


def _party_entry(lines: Sequence[Line], i: int) -> tuple[int, list[Voter], list[str]] | None:
    """(its last line, voters, notes) of the party's entry that opens line i, or None."""
    m = PARTY_TALLY.match(lines[i].text)
    if m is None:
        return None
    party = parties.bare_code(m.group("party")) or parties.NAMES.get(
        m.group("party").casefold())
    if party is None or lex.choice_of(m.group("first")) is None:
        return None
    text, end = lines[i].text[m.end():].strip(), i
    while text.count("(") > text.count(")") and end + 1 < len(lines) and end - i < 6:
        end += 1
        nxt = lines[end].text.strip()
        text = f"{text}{nxt}" if text.endswith("-") else f"{text} {nxt}"
    voters: list[Voter] = []
    notes: list[str] = []
    pos = 0
    for g in CHOICE_GROUP.finditer(text):
        choice = lex.choice_of(g.group("choice") or g.group("choice2"))
        if g.start() != pos or choice is None:
            return None
        named = [n.strip() for n in re.split(r",|\boch\b", g.group("names")) if n.strip()]
        n = int(g.group("n") or g.group("n2"))
        if n != len(named):
            notes.append(f"{party} prints {n} {choice.value} and names {len(named)}")
        voters += [Voter(" ".join(n.split()), party, choice) for n in named]
        pos = g.end()
    return (end, voters, notes) if voters and pos >= len(text.rstrip(" .")) else None
