"""A § written meeting by meeting (pure): each earlier meeting's part ("Stadsstyrelsen
26.09.2022 § 191") with its own body, date and § and its decision, the minuted meeting's
proposal and decision, and the earlier treatments of the case such a § and the papers tell."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble.bodies import known_body
from meetbook.assemble.decision import decision
from meetbook.assemble.procedure import decided_points, procedure, tables_on
from meetbook.extract import clauses, treatments
from meetbook.extract.procedure import told_in_block
from meetbook.model import Decision, DecisionKind, EarlierTreatment
from meetbook.pdf.pages import Page
from meetbook.segment.cover import Cover
from meetbook.segment.paragraphs import Paragraph
from meetbook.text import fold


def part_decisions(para: Paragraph, cover: Cover, pages: Sequence[Page],
                   kind: DecisionKind) -> list[Decision]:
    """Decisions of a paragraph written meeting by meeting: the minuted meeting's proposal and
    decision, and the earlier meetings' decisions with their own body, date and §."""
    dnr = para.dnr[0][0] if para.dnr else None
    dialect = told_in_block(para.lines)
    out: list[Decision] = []
    for part in treatments.parts(para.lines):
        current = _is_current(part, cover)
        origin = cover if current else Cover(municipality=cover.municipality,
                                             body=part_body(part, cover), date=part.date,
                                             place=None)
        proposal: clauses.Block | None = None
        for label, block in treatments.labelled_blocks(part):
            if label == "förslag":
                proposal = block
                if current and clauses.clauses(block):
                    out.append(decision(block, DecisionKind.FORSLAG, dnr, origin, None, None))
                continue
            source = block
            if proposal is not None and treatments.adopts_proposal(block):
                source = replace(proposal, page=block.page)  # "Enligt förslag." adopts its points
            if not clauses.clauses(source) or (current and kind == DecisionKind.FORSLAG):
                continue
            paragraph = para.paragraph if current else part.paragraph
            made = decision(source, DecisionKind.BESLUT, dnr, origin, paragraph, origin.date,
                            decided_points(clauses.clause_groups(source)[0]))
            # the discussion, vote, reservations and jäv are minuted inside the decision block
            out.append(procedure(made, part.lines, tables_on(para, pages) if current else (),
                                 dialect, block.lines))
    return out


def _is_current(part: treatments.Part, cover: Cover) -> bool:
    """Whether a part is the minuted (or convened) meeting's own."""
    if part.body is None:
        return True
    return part.date == cover.date and (treatments.same_body(part.body, cover.body) or not cover.body)


def part_body(part: treatments.Part, cover: Cover) -> str | None:
    """The part's body as its name should read ("Stadsfullmäktge" → "Stadsfullmäktige")."""
    if not part.body:
        return part.body
    return known_body(cover, lambda b: treatments.same_body(part.body, b), with_cover=True) \
        or part.body


def part_history(para: Paragraph, cover: Cover) -> list[EarlierTreatment]:
    """The earlier meetings a paragraph written meeting by meeting goes through."""
    out = []
    margin = treatments.left_margin(para.lines)
    for ln in para.lines:
        found = treatments.meeting_line(ln) if ln.x0 <= margin + 8 else None
        if found and found[1] != cover.date:
            body = part_body(treatments.Part(found[0], found[1], found[2], ()), cover)
            out.append(EarlierTreatment(body=body, date=found[1], paragraph=found[2], outcome=None,
                                        text=ln.text.strip(), page=ln.page))
    return out


def history(found: Sequence[EarlierTreatment], cover: Cover) -> list[EarlierTreatment]:
    """Earlier treatments once each, without the meeting itself."""
    out: list[EarlierTreatment] = []
    seen = set()
    for h in found:
        key = (fold(h.body or ""), h.date, h.paragraph, h.outcome)
        if key in seen or (h.date == cover.date and treatments.same_body(h.body, cover.body)):
            continue
        seen.add(key)
        out.append(h)
    return out
