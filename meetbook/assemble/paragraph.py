"""The decisions of a § (pure): the minuted body's decision under its Beslut heading (or the
proposal it adopts) with its procedure, the decisions it makes for its own part, and the
proposals under Förslag headings; a § written meeting by meeting goes to `meeting_parts`."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble.decision import decision, decisions
from meetbook.assemble.meeting_parts import part_decisions
from meetbook.assemble.procedure import decided_points, tables_on, with_procedure
from meetbook.extract import clauses, treatments
from meetbook.extract.procedure import Told, dialect_of
from meetbook.model import Decision, DecisionKind
from meetbook.pdf.pages import Page
from meetbook.segment.cover import Cover
from meetbook.segment.paragraphs import Paragraph


def paragraph_decisions(para: Paragraph, cover: Cover, pages: Sequence[Page],
                        kind: DecisionKind) -> list[Decision]:
    """The §'s decisions of the kind the file makes them (beslut in minutes, förslag in a
    book), and its proposals."""
    dnr = para.dnr[0][0] if para.dnr else None
    beslut = clauses.blocks(para.lines, clauses.BESLUT_HEADING)
    proposals = clauses.blocks(para.lines, clauses.FORSLAG_HEADING)
    labelled = [k for k, _ in treatments.labelled_blocks(
        treatments.Part(None, None, None, para.lines))] if not beslut else []
    if treatments.has_parts(para.lines) or (labelled and (
            not any(clauses.clauses(b) for b in proposals) or "beslut" in labelled)):
        return part_decisions(para, cover, pages, kind)  # also labels too garbled to read
    out = []
    if beslut and kind == DecisionKind.BESLUT:
        source = _adopted(beslut[0], proposals)
        groups = clauses.clause_groups(source)
        dialect = dialect_of(para.lines, beslut[0].lines)
        if source is beslut[0] and dialect.told == Told.BLOCK:
            groups[0] = decided_points(groups[0])  # the block also tells the procedure
        main, *proposed = [decision(source, kind, dnr, cover, para.paragraph, cover.date, g)
                           for g in groups]
        out += with_procedure(main, para.lines, beslut[0], tables_on(para, pages),
                              dialect) + proposed
        for own in beslut[1:]:  # "Beslut för kommunstyrelsens egen del" beside the proposal
            if re.search(r"egen\s+del", own.heading, re.IGNORECASE):
                out += decisions(own, kind, dnr, cover, para.paragraph, cover.date)
    for b in proposals:
        if clauses.clauses(b):
            out.append(decision(b, DecisionKind.FORSLAG, dnr, cover, None, None))
    return out


def _adopted(beslut: clauses.Block, proposals: Sequence[clauses.Block]) -> clauses.Block:
    """The decision's block, or the proposal before it where it only adopts that ("Enligt
    förslag.", "Välfärdsnämndens beslut: Godkändes.")."""
    before = [b for b in proposals if b.page <= beslut.page and clauses.clauses(b)]
    if before and treatments.adopts_proposal(beslut):
        return replace(before[-1], page=beslut.page)
    return beslut
