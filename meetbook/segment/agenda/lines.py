"""Agenda entries read line by line (pure): a numbered line opens an entry, the lines under it
go on with its title until leader dots and a page number end it, appendix lines ("- Bil. …")
follow it, and short headings between entries open sections. Layouts that print an entry
per numbered line read with it; those with columns say where a line's columns are."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from meetbook.model import Line
from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import AGENDA_HEADING, LEADER, AgendaEntry, entry_start
from meetbook.segment.heads import all_dnr

# "- Bil. J Malinens skrivelse … 7", "- Bilaga: Konditionsrapport … 13", "- Situationsplan … 39"
APPENDIX_LINE = re.compile(r"^[-–]\s+(?:bil(?:aga)?\.?\s*:?\s*)?(?P<title>\S.*)$", re.IGNORECASE)


class ColumnSplit(Protocol):
    """A line of a table printed without rules, split into its columns by the words' x."""

    def title(self, ln: Line) -> str:
        """The title column's text (the entry's number first)."""
        ...

    def reference(self, ln: Line) -> str:
        """The reference (Beteckning, Dnr) column's text."""
        ...

    def proposal(self, ln: Line) -> str:
        """The proposal (Förslag) column's text."""
        ...


@dataclass
class _Open:
    """An entry being read: the parts of its title so far, and whether a page reference ended it."""

    number: str
    parts: list[str]
    section: str | None
    page_ref: int | None
    page: int
    done: bool = False
    proposal: list[str] = field(default_factory=list)
    appendices: list[list] = field(default_factory=list)  # [parts, page_ref, done]
    refs: list[str] = field(default_factory=list)


def read_lines(page: Page, section: str | None, columns: ColumnSplit | None = None
               ) -> tuple[list[AgendaEntry], str | None]:
    """The entries on the page, under the section open before it, and the section open after
    it; with columns, the title, reference and proposal each from its own column."""
    out: list[AgendaEntry] = []
    cur: _Open | None = None
    for ln in page.body:
        text = columns.title(ln) if columns else ln.text.strip()
        if is_table_header(ln) or AGENDA_HEADING.match(text):
            continue
        start = entry_start(text) if text else None
        if start:
            if cur:
                out.append(_close(cur))
            cur = _Open(start[0], [start[1]], section, None, page.number)
        elif text and _is_section_heading(ln, text, cur, columns):
            if cur:
                out.append(_close(cur))
                cur = None
            section = text.strip()
            continue
        elif cur and text and not cur.done:
            cur.parts.append(text)
        elif cur and text:
            _take_appendix(cur, text)
        if cur and columns:
            _take_columns(cur, ln, columns)
        if cur:
            cur.done = _take_page_ref(cur) or cur.done
    if cur:
        out.append(_close(cur))
    return out, section


def _take_columns(cur: _Open, ln: Line, columns: ColumnSplit) -> None:
    """The line's reference and proposal columns, added to the entry's."""
    for parts, text in ((cur.refs, columns.reference(ln)), (cur.proposal, columns.proposal(ln))):
        if text:
            parts.append(text)


def _close(cur: _Open) -> AgendaEntry:
    """The finished entry: its title without the diarienummer it opens with, every
    diarienummer of its title and reference column (the column's words as printed where they
    are no form a diarienummer is known by), its proposal and appendices."""
    title = " ".join(" ".join(cur.parts).split())
    reference = " ".join(" ".join(cur.refs).split())
    found = all_dnr(" ".join(t for t in (reference, title) if t)) or [
        (r, r) for r in re.split(r"[\s,;]+", reference) if r]
    title = _without_leading_refs(title, [raw for _, raw in found])
    appendices = tuple((" ".join(" ".join(parts).split()), ref) for parts, ref, _ in cur.appendices)
    return AgendaEntry(number=cur.number, title=title, section=cur.section, page_ref=cur.page_ref,
                       dnr=tuple(found), page=cur.page,
                       proposal=" ".join(" ".join(cur.proposal).split()), appendices=appendices)


def _take_appendix(cur: _Open, text: str) -> None:
    """An appendix line under a finished entry, or the continuation of one that wraps."""
    m = APPENDIX_LINE.match(text)
    if m:
        cur.appendices.append([[m.group("title")], None, False])
    elif not cur.appendices or cur.appendices[-1][2]:
        return
    else:
        cur.appendices[-1][0].append(text)
    last = cur.appendices[-1]
    ref = LEADER.search(last[0][-1])
    if ref:
        last[1], last[2] = int(ref.group("page")), True
        last[0][-1] = last[0][-1][:ref.start()]


def _take_page_ref(cur: _Open) -> bool:
    """Whether the entry's last line ends in a leader and a page number, which it takes."""
    m = LEADER.search(cur.parts[-1])
    if m:
        cur.page_ref = int(m.group("page"))
        cur.parts[-1] = cur.parts[-1][: m.start()]
        return True
    return False


def _without_leading_refs(title: str, raws: Sequence[str]) -> str:
    """The title without the diarienummer it opens with ("Dnr KS-2025-00301, KS-2025-00302 …")."""
    title = re.sub(r"^(?:Dnr|Ärendenummer)\s+", "", title).strip()
    while True:
        raw = next((r for r in raws if r and title.startswith(r)), None)
        if raw is None:
            return title
        title = title[len(raw):].lstrip(" ,;")


def _is_section_heading(ln: Line, text: str, cur: _Open | None,
                        columns: ColumnSplit | None) -> bool:
    """Whether a line that opens no entry is a section heading: short and capitalised, and
    bold where there are no columns; in columns, not inside an open parenthesis or list."""
    if LEADER.search(text) or len(text.split()) > 6 or not text[:1].isupper():
        return False
    if ln.bold and not columns:
        return True
    if columns and cur is not None:
        opened = " ".join(cur.parts)
        return opened.count("(") == opened.count(")") and not opened.rstrip().endswith(",")
    return columns is not None and cur is None


def is_table_header(ln: Line) -> bool:
    """Whether the line is the header row of an agenda table ("Ärende Beteckning Förslag")."""
    return bool(re.match(r"^Ärende\s+(?:Beteckning|Dnr)", ln.text))
