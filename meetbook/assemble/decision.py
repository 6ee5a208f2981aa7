"""A Decision from its block (pure): its points, the deciding body and date, the body it
proposes to, its amounts and uppdrag, whether it sends the case back, and what it corrects."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble import aterremiss, bodies, conventions
from meetbook.extract import amounts, assignments, clauses, corrections, treatments
from meetbook.model import Clause, Decision, DecisionKind
from meetbook.segment.cover import Cover
from meetbook.segment.documents import Span


def decisions(block: clauses.Block, kind: DecisionKind, dnr: str | None, origin: Cover,
              paragraph: int | None, date: str | None) -> list[Decision]:
    """The decisions of a block: its own points, and those it proposes to another body
    ("Kommunstyrelsen tillstyrker … och föreslår att kommunfullmäktige beslutar:") apart."""
    return [decision(block, kind, dnr, origin, paragraph, date, group)
            for group in clauses.clause_groups(block)]


def decision(block: clauses.Block, kind: DecisionKind, dnr: str | None, origin: Cover,
             paragraph: int | None, date: str | None,
             group: tuple[str | None, list[Clause]] | None = None) -> Decision:
    """A decision from its block. A beslut is the minuted body's own (also when it proposes to
    another body); a förslag is for the body its intro names to decide, or for the convened
    body when the intro proposes to it ("Stadsstyrelsen föreslår för fullmäktige att …" in
    fullmäktige's own agenda)."""
    if group is None:
        groups = clauses.clause_groups(block)
        group = (groups[0][0], [c for _, g in groups for c in g])
    to, points = group
    proposed_to = bodies.proposed_to(to, origin)
    if kind == DecisionKind.BESLUT:
        body = origin.body
        if to is None and points and points == clauses.clause_groups(block)[0][1]:
            proposed_to = _another_deciding(block, origin)
        if proposed_to and treatments.same_body(proposed_to, body):
            proposed_to = None  # the body's own decision on its utskott's proposal to it
    elif proposed_to and treatments.same_body(proposed_to, origin.body):
        body, date, proposed_to = origin.body, origin.date, None
    else:
        body = bodies.resolve_body(clauses.intro(block)[0], origin.body)
        date = origin.date if body == origin.body else None
    cl = tuple(points)
    text = " ".join(c.text for c in cl)
    return Decision(kind=kind, body=body, date=date, paragraph=paragraph, dnr=dnr,
                    page=cl[0].page if cl else block.page, clauses=cl,
                    proposed_to=proposed_to,
                    amounts=tuple(amounts.clause_amounts(cl, conventions.currency(origin))),
                    assignments=tuple(assignments.extract_assignments(cl)),
                    refers_back=kind == DecisionKind.BESLUT and aterremiss.refers_back(text),
                    text=text)


def _another_deciding(block: clauses.Block, origin: Cover) -> str | None:
    """The body a decision's lead names deciding where that is not the minuted body: the
    styrelse's decision worded as what fullmäktige decides ("Kommunfullmäktige beslutar att …",
    a förvaltning's proposal it adopts) proposes it to fullmäktige; an utskott's worded
    "Kommunstyrelsen beslutar att …" proposes it to the styrelse."""
    said = clauses.deciding_body(block)
    if not said or not origin.body or bodies.resolve_body(said, origin.body) == origin.body:
        return None
    return bodies.proposed_to(said, origin)


def with_corrections(decisions: list[Decision], title: str, spans: Sequence[Span],
                     municipality: str | None = None) -> list[Decision]:
    """The decisions, each with the earlier decision it corrects (rättelse) where it says so."""
    context = " ".join(ln.text for s in spans for ln in s.lines
                       if re.search(r"beslut\s*§\s*\d+,\s*\d{4}-\d{2}-\d{2}", ln.text))
    out = []
    for d in decisions:
        fix = corrections.extract_correction(d.clauses, title, context, municipality) \
            if d.kind == DecisionKind.FORSLAG or corrections.RATTA.search(d.text) else None
        out.append(replace(d, corrects=fix) if fix and fix.paragraph else d)
    return out
