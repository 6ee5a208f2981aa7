"""Voting appendices (pure): the lists of voters printed apart from their § — after the
minutes, or on pages of their own stamped as a bilaga — and what their headings say of them.

A list is an appendix when its page or heading calls it one ("Bilaga 2 till protokoll
2026-02-16, § 12" in the running header, "BILAGA 3", "Omröstningsbilaga", "Voteringsbilaga"),
or when no § of the minutes follows it and a heading names it ("Voteringslista", "Omröstningslista
nr. 1", "Votering nr 2", "Ärende: § 10 …", "Antal Ja: 26 …"). A table of voters printed in a §,
with more of the § after it, is the §'s own (extract.votes reads it there).

Its heading gives the § ("Ärende: § 10 Taxa …", "§ 44 …"; an agenda's "ärende 7" names no §),
the bilaga's and the list's numbers, the title and the counts. The appendix's lines are no part of
any §: `appendix_lines` is what `paragraphs` leaves out, `appendix_lists` what assemble gives to
the votes of the §§.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from meetbook.extract.vote_lists import Position, VoteList, lists_in_lines
from meetbook.extract.vote_shapes import lists_by_shape
from meetbook.lexicon import votes as lex
from meetbook.lexicon.labels import DECISION_NOUNS, is_distribution_line, section_kind
from meetbook.model import Line
from meetbook.pdf.pages import Page
from meetbook.segment.paragraph_layouts import ParagraphLayout, layout_of
from meetbook.text import fold

# a page stamped as an appendix: "Bilaga 1 till protokoll 2026-01-20, § 2", "BILAGA 3 (forts.)"
STAMP = re.compile(r"^(?:bilaga|omröstningsbilaga|voteringsbilaga)\b", re.IGNORECASE)
# what opens a heading line before its title: "Ärende: § 10", "§ 44", "Omröstning 2 i ärende 7:",
# "Votering nr 1", "BILAGA 2", "Omröstningslista nr. 1", "Ärende 4 – "
TITLE_LEAD = re.compile(
    r"^(?:(?:ärende|paragraf)\s*(?:nr\.?\s*)?\d*\s*[:.,–—-]?\s*|§\s*\d+\s*[:.,–—-]?\s*|"
    r"(?:omröstning|votering)\w*\s*(?:nr\.?\s*)?\d*\s*(?:i\s+ärende\s*\d+)?\s*[:.,–—-]?\s*)+",
    re.IGNORECASE)


# a stamp at the foot names the minutes it belongs to ("Bilaga 1 till protokoll …", "… § 10"):
# a bare "Bilaga 2 Tjänsteskrivelse" closing a page of a § is a document it lists
FOOT_STAMP = re.compile(r"\btill\s+(?:\w+\s+){0,2}protokoll|§", re.IGNORECASE)


@dataclass(frozen=True)
class AppendixList:
    """A list of voters printed as an appendix, with what its heading (and its page's stamp)
    says of it: the § it belongs to, the bilaga's and the list's numbers, the title."""

    votes: VoteList
    paragraph: int | None
    appendix: int | str | None  # its number, or its letter ("Bilaga A")
    number: int | None
    title: str
    column: int | None = None  # the votering of the § whose column of a shared table it is


def appendix_lists(pages: Sequence[Page], layout: ParagraphLayout | None = None
                   ) -> list[AppendixList]:
    """The voting appendices of a protocol's pages, in order."""
    return _found(pages, layout)[0]


def appendix_lines(pages: Sequence[Page], layout: ParagraphLayout | None = None
                   ) -> frozenset[Position]:
    """(page, top) of every line that belongs to a voting appendix."""
    return _found(pages, layout)[1]


def _found(pages: Sequence[Page], layout: ParagraphLayout | None
           ) -> tuple[list[AppendixList], frozenset[Position]]:
    body = [ln for p in pages for ln in p.body]
    lists = lists_in_lines(body)
    taken = {pos for x in lists for pos in x.lines}
    lists = sorted([*lists, *lists_by_shape([ln for ln in body if (ln.page, ln.top) not in taken])],
                   key=lambda x: (x.page, x.top))
    if not lists:
        return [], frozenset()
    layout = layout or layout_of(pages)
    starts = _rising_starts(body, layout)
    stamps = {p.number: _stamp(p) for p in pages}
    out: list[AppendixList] = []
    used: set[Position] = set()
    for vl in lists:
        heading = f"{stamps.get(vl.page, '')} {vl.heading}".strip()
        if not (_is_appendix(vl, heading, starts, body) or _appendix_goes_on(vl, out, starts)):
            continue
        if vl.paragraph is not None:  # a group of columns headed by its § ("§ 101")
            out.append(AppendixList(vl, vl.paragraph, lex.appendix_number(heading), None, ""))
        elif vl.number is not None:  # … or by its votering's number ("Votering 2")
            out.append(AppendixList(vl, lex.paragraph_ref(heading), lex.appendix_number(heading),
                                    vl.number, _title(vl.heading)))
        else:
            out.append(AppendixList(vl, lex.paragraph_ref(heading), lex.appendix_number(heading),
                                    vl.column or lex.list_number(vl.heading), _title(vl.heading),
                                    vl.column))
        used |= _lines_of(vl, body, starts)
    return out, frozenset(used)


def _stamp(page: Page) -> str:
    """The stamp that marks a page as an appendix, in its running header or footer or on its
    first or last lines ("Bilaga 2 till protokoll 2026-02-16, § 12" at the foot)."""
    head = [ln.text.strip() for ln in (*page.header, *page.body[:3])]
    foot = [ln.text.strip() for ln in (*page.body[-2:], *page.footer)]
    return " ".join([*(t for t in head if STAMP.match(t)),
                     *(t for t in foot if STAMP.match(t) and FOOT_STAMP.search(t))])


def _rising_starts(body: Sequence[Line], layout: ParagraphLayout) -> list[tuple[Position, int]]:
    """(where, number) of the § lines whose numbers rise through the minutes."""
    out: list[tuple[Position, int]] = []
    for ln in body:
        start = layout.start(ln)
        if start and (not out or start[0] > out[-1][1]):
            out.append(((ln.page, ln.top), start[0]))
    return out


def _is_appendix(vl: VoteList, heading: str, starts: Sequence[tuple[Position, int]],
                 body: Sequence[Line] = ()) -> bool:
    if lex.APPENDIX_WORD.search(heading):
        return True
    at = (vl.page, vl.top)
    before = max((n for pos, n in starts if pos < at), default=-1)
    follows = any(pos > at and n > before for pos, n in starts)
    if follows or lex.paragraph_ref(vl.heading) == before:  # in the § it names: the §'s own
        return False
    if _part_of_paragraph(vl, body):
        return False
    return bool(vl.heading) and bool(lex.LIST_HEADING.match(vl.heading))


def _part_of_paragraph(vl: VoteList, body: Sequence[Line]) -> bool:
    """Whether a list after the last § begun is that §'s own table: headed by one of its
    parts' labels ("Omröstning", "Votering" over the table), or followed by one ("Beslut",
    "Kommunfullmäktiges beslut", "Reservation") before anything else."""
    first = vl.heading.splitlines()[0] if vl.heading else ""
    if first and section_kind(first) == "procedure":
        return True
    end = max(vl.lines, default=(vl.page, vl.top))
    after = next((ln for ln in body if (ln.page, ln.top) > end and ln.text.strip()), None)
    return after is not None and _part_label(after.text)


def _part_label(text: str) -> bool:
    """A label of a part of a § on its own line: "Beslut", "Kommunfullmäktiges beslut",
    "Reservation", "Beslutsgång", "Beslutet skickas till"."""
    words = fold(text).strip(" :.").split()
    return bool(words) and (section_kind(text) is not None or is_distribution_line(text)
                            or (len(words) <= 5 and words[-1] in DECISION_NOUNS))


def _appendix_goes_on(vl: VoteList, found: Sequence[AppendixList],
                      starts: Sequence[tuple[Position, int]]) -> bool:
    """Whether a list follows an appendix found before it with no § begun between them (the
    next list of one appendix, "Votering 1, § 104" after "Votering 2, § 103", whatever §
    it names)."""
    if not found:
        return False
    last = max(found[-1].votes.lines, default=(found[-1].votes.page, found[-1].votes.top))
    return not any(last < pos < (vl.page, vl.top) for pos, _ in starts)


def _lines_of(vl: VoteList, body: Sequence[Line], starts: Sequence[tuple[Position, int]]
              ) -> set[Position]:
    """The lines of an appendix: from its heading to the end of its last page, short of a §
    that begins there."""
    first = min([*vl.heading_lines, (vl.page, vl.top)])
    stop = min((pos for pos, _ in starts if pos > first), default=(10**9, 0.0))
    return {(ln.page, ln.top) for ln in body
            if first <= (ln.page, ln.top) < stop and ln.page <= vl.last_page} | set(vl.lines)


def _title(heading: str) -> str:
    """The title a list's heading prints ("Ärende: § 10 Taxa för Sjöbacka gästhamn 2026" gives
    "Taxa för Sjöbacka gästhamn 2026"), or ""."""
    best = ""
    for line in heading.splitlines():
        text = TITLE_LEAD.sub("", line.strip())
        text = re.sub(r"^(?:omröstningslista|voteringslista|omröstningsbilaga|voteringsbilaga|"
                      r"bilaga)\w*\s*(?:nr\.?\s*)?\d*\s*", "", text, flags=re.IGNORECASE).strip()
        if len(text.split()) >= 2 and not lex.labelled_counts(text) and len(text) > len(best):
            best = text
    return best
