"""Pages → the meeting they convene or minute (pure): the parse of one file's meeting.

This module only strings the pipeline together: `segment` finds the cover and the parts,
`assemble` builds the items from what `extract` reads in them, and the meeting is made here.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble.conventions import with_profile
from meetbook.assemble.items import book_items, case_paper_items, protocol_items
from meetbook.assemble.problems import meeting_problems
from meetbook.assemble.roster import with_appendix_statements, with_full_names, with_roster
from meetbook.assemble.vote_appendix import with_appendix_reservations, with_appendix_votes
from meetbook.extract import assignment_events, attendance, motions
from meetbook.model import FileKind, Meeting
from meetbook.pdf.pages import Page
from meetbook.segment.agenda import agenda
from meetbook.segment.cover import attendance_lines, cover_lines
from meetbook.segment.cover import cover as read_cover
from meetbook.segment.vote_appendix import appendix_lists


def parse_meeting(pages: Sequence[Page], kind: FileKind) -> Meeting:
    """The meeting that the file convenes (mötesbok, kallelse) or minutes (protokoll)."""
    cover = with_profile(read_cover(pages, kind), pages)
    if kind in (FileKind.MOTESBOK, FileKind.KALLELSE):
        items = book_items(pages, cover)
    elif kind == FileKind.TJANSTESKRIVELSE:
        items = case_paper_items(pages, cover)
    else:  # the voters of its votes may be listed in appendices after the §§
        items = with_appendix_statements(with_appendix_reservations(
            with_appendix_votes(protocol_items(pages, cover), appendix_lists(pages))))
    # who was there is minuted (on the cover, or in a list after the §§ it refers to); a
    # kallelse's list of members is whom it calls
    present = attendance.extract_attendance([*cover_lines(pages), *attendance_lines(pages)]) \
        if kind in (FileKind.PROTOKOLL, FileKind.PROTOKOLLSUTDRAG) else []
    items = motions.with_chair(items, present)  # "Ordföranden yrkar …": the cover's chair
    items = with_roster(items, present)  # "Sandin", "Berglund, A.": the cover's names
    items = with_full_names(items, present)  # "Wikström K." in a list: the cover's person
    meeting = assignment_events.meeting_with_trail(Meeting(
        municipality=cover.municipality, body=cover.body, date=cover.date, place=cover.place,
        pages=(pages[0].number, pages[-1].number), items=tuple(items),
        attendance=tuple(present)))
    # a protocol holds every § its contents list; a book need not hold an item's papers
    listed = agenda(pages) if kind in (FileKind.PROTOKOLL, FileKind.PROTOKOLLSUTDRAG) else []
    return replace(meeting, problems=meeting_problems(meeting, listed))
