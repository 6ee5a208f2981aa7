"""A § written meeting by meeting (pure): each earlier meeting's part ("Stadsstyrelsen
26.09.2022 § 191") with its own body, date and § and its decision, the minuted meeting's
proposal and decision, and the earlier treatments of the case such a § and the papers tell."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble.bodies import known_body
from meetbook.assemble.decision import decision
from meetbook.assemble.procedure import decided_points, procedure, tables_on
from meetbook.extract import clauses, treatments
from meetbook.extract.labels import DECISION, PROCEDURE, PROPOSAL, Label, labelled_parts, read_label
from meetbook.extract.procedure import tells_procedure, told_in_block
from meetbook.model import Decision, DecisionKind, EarlierTreatment, Line
from meetbook.pdf.pages import Page
from meetbook.segment.cover import Cover
from meetbook.segment.paragraphs import Paragraph
from meetbook.text import fold


def part_decisions(para: Paragraph, cover: Cover, pages: Sequence[Page],
                   kind: DecisionKind) -> list[Decision]:
    """Decisions of a paragraph written meeting by meeting: the minuted meeting's decision (or,
    in a book, its proposal), and the earlier meetings' decisions with their own body, date and
    §. A decision that adopts a proposal ("Enligt förslag.", "Enligt arbetsutskottets förslag.")
    takes its points, also from an earlier meeting's part."""
    dialect = told_in_block(para.lines)
    out: list[Decision] = []
    sources: list[tuple[str | None, clauses.Block]] = []  # proposals and decisions so far
    for part in _meetings(para.lines, cover):
        current = _is_current(part, cover)
        origin = cover if current else Cover(municipality=cover.municipality,
                                             body=part_body(part, cover), date=part.date,
                                             place=None)
        found = _labelled(part)
        told = tuple(ln for lb, b in found if lb.kind == PROCEDURE for ln in b.lines)
        for label, block in found:
            made = _part_decision(para, part, label, block, origin, current, kind, sources)
            if made is not None:
                tables = tables_on(para, pages) if current else ()
                out.append(made if made.kind == DecisionKind.FORSLAG else
                           procedure(made, part.lines, tables, dialect, block.lines + told))
    return out


def _part_decision(para: Paragraph, part: treatments.Part, label: Label, block: clauses.Block,
                   origin: Cover, current: bool, kind: DecisionKind,
                   sources: list[tuple[str | None, clauses.Block]]) -> Decision | None:
    """The decision (or a book's proposal) a labelled block of a part makes, if any; every
    proposal and decision is remembered in `sources` for the adoptions after it."""
    dnr = para.dnr[0][0] if para.dnr else None
    if label.kind == PROPOSAL:
        sources.append((label.owner, block))
        if current and kind == DecisionKind.FORSLAG and clauses.clauses(block):
            return decision(block, DecisionKind.FORSLAG, dnr, origin, None, None)
        return None
    if label.kind != DECISION:
        return None
    here = [(o, b) for o, b in sources if b.page <= block.page]
    source = treatments.adopted(block, here) or block
    if source is not block:
        source = replace(source, page=block.page)
    sources.append((part.body or label.owner, source))
    if not clauses.clauses(source) or (current and kind == DecisionKind.FORSLAG):
        return None
    paragraph = para.paragraph if current else part.paragraph
    return decision(source, DecisionKind.BESLUT, dnr, origin, paragraph, origin.date,
                    decided_points(clauses.clause_groups(source)[0]))


def _labelled(part: treatments.Part) -> list[tuple[Label, clauses.Block]]:
    """The part's labelled blocks; an earlier meeting's part that prints no label at all is
    that meeting's decision ("Kommunstyrelsens arbetsutskott 2025-03-04 § 41" and under it what
    the utskott decided)."""
    found = labelled_parts(part.lines, part.body, treatments.left_margin(part.lines))
    if found or not part.body or not _reads_as_decision(part.lines):
        return found
    return [(Label(DECISION), clauses.Block(part.body, part.lines, part.lines[0].page))]


# what a body's decision says it did: "föreslår", "beslutar", "godkänns", "återremitteras"
DECIDES = re.compile(r"\b(?:beslut(?:ar|ade|at)|besluta|föreslå\w*|godkän\w*|anta[rs]?|antogs|"
                     r"fastställ\w*|återremitt\w*|bordl\w*|remitter\w*|uppdra\w*|tillstyrk\w*|"
                     r"avstyrk\w*|bifall\w*|avslå\w*|avslog|läggs\s+till\s+handlingarna)\b",
                     re.IGNORECASE)


def _reads_as_decision(lines: Sequence[Line]) -> bool:
    """Whether unlabelled text under a meeting line is that meeting's decision, not a member's
    reservation or statement filed under it ("Stadsstyrelsen 7.11.2022, 242 §" / "Vi reserverar
    oss mot beslutet …")."""
    text = " ".join(ln.text for ln in lines)
    return bool(lines) and bool(DECIDES.search(text)) and not tells_procedure(text)


def _meetings(lines: Sequence[Line], cover: Cover) -> list[treatments.Part]:
    """The paragraph's parts, meeting by meeting. Where an earlier meeting of another body
    ("Kommunstyrelsens arbetsutskott 2025-03-04 § 41") is followed by a label of the minuted
    body's decision ("Kommunstyrelsens beslut") without a meeting line of its own, that label
    opens the minuted meeting's part."""
    out: list[treatments.Part] = []
    for part in treatments.parts(lines):
        split = _own_label_at(part, cover) if part.body and not _is_current(part, cover) else None
        if split is None:
            out.append(part)
            continue
        out += [replace(part, lines=part.lines[:split]),
                treatments.Part(None, None, None, part.lines[split:])]
    return out


def _own_label_at(part: treatments.Part, cover: Cover) -> int | None:
    """Where, in an earlier meeting's part of another body, the minuted body's decision label
    stands, if it does."""
    if not cover.body or treatments.same_body(part.body, cover.body):
        return None
    margin = treatments.left_margin(part.lines)
    for i, ln in enumerate(part.lines):
        label = read_label(ln, part.body) if ln.x0 <= margin + 8 else None
        if label and label.kind == DECISION and label.owner and \
                treatments.same_body(label.owner.removesuffix("s"), cover.body):
            return i
    return None


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
