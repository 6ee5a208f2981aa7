"""The procedure of a decision (pure): its yrkanden, votes, reservations and statements, read
where the paragraph's dialect says they are printed (the § around its block, or the block's own
sentences); a beslutsordning of another body becomes that body's decision."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble.bodies import resolve_body
from meetbook.extract import clauses
from meetbook.extract import motions as motions_mod
from meetbook.extract import reservations as reservations_mod
from meetbook.extract import statements as statements_mod
from meetbook.extract import votes as votes_mod
from meetbook.extract.procedure import (
    SECTIONS,
    Dialect,
    Told,
    split_beslutsordningar,
    without_procedure,
)
from meetbook.model import Clause, Decision, DecisionKind, Line
from meetbook.pdf.pages import Page, Table
from meetbook.segment.documents import Span
from meetbook.segment.paragraphs import Paragraph


def tables_on(span: Span | Paragraph, pages: Sequence[Page]) -> list[Table]:
    """The ruled tables among the lines of a document or § (on a page it shares with the §
    before or after it, only those between its own first and last line)."""
    tables = [t for p in pages if span.first <= p.number <= span.last for t in p.tables]
    if not span.lines:
        return tables
    first = min((ln.page, ln.top) for ln in span.lines)
    last = max((ln.page, ln.top) for ln in span.lines)
    return [t for t in tables if first <= (t.page, t.bottom) and (t.page, t.top) <= last]


def with_procedure(main: Decision, lines: Sequence[Line], beslut: clauses.Block,
                   tables: Sequence[Table], dialect: Dialect = SECTIONS) -> list[Decision]:
    """The main decision with its yrkanden, votes, reservations and statements; a separate
    beslutsordning of another body (the utskott's) becomes its own decision."""
    skip = set(map(id, beslut.lines))
    rest = [ln for ln in lines if id(ln) not in skip]
    parts = split_beslutsordningar(rest, main.body)
    others = [(b, ls) for b, ls in parts if b and resolve_body(b, main.body) != main.body]
    other_ids = {id(ln) for _, ls in others for ln in ls}
    mine = [ln for ln in rest if id(ln) not in other_ids]
    out = [procedure(main, mine, tables, dialect, beslut.lines)]
    for body, ls in others:
        sub = Decision(kind=DecisionKind.BESLUT, body=body, date=None, paragraph=None,
                       dnr=main.dnr, page=ls[0].page if ls else None)
        out.append(procedure(sub, ls, ()))
    return out


def procedure(d: Decision, lines: Sequence[Line], tables: Sequence[Table],
              dialect: Dialect = SECTIONS, block: Sequence[Line] = ()) -> Decision:
    """The decision with its yrkanden, votes, reservations and statements, read where the
    dialect says they are printed: the paragraph's sections (`lines`) or the decision block
    that tells them (`block`). The rows of a vote table are the table's: as text lines they
    would read as members who reserve themselves."""
    told = block if dialect.told == Told.BLOCK else lines
    told = [ln for ln in told if not any(
        t.page == ln.page and t.top - 1 <= ln.top <= t.bottom + 1 for t in tables)]
    found = motions_mod.extract_motions(told, dialect)
    credited = [m for m in motions_mod.decision_proposers(d.clauses)
                if not any(set(m.movers) <= set(x.movers) and m.stance == x.stance for x in found)]
    return replace(d, motions=tuple(found + credited),
                   votes=tuple(votes_mod.extract_votes(told, tables)),
                   reservations=tuple(_dedupe(reservations_mod.extract_reservations(told, dialect)
                                              + reservations_mod.after_decision(block, dialect))),
                   statements=tuple(_dedupe(statements_mod.extract_statements(told, dialect)
                                            + statements_mod.jav_beside(lines, block, dialect))))


def decided_points(group: tuple[str | None, list[Clause]]) -> tuple[str | None, list[Clause]]:
    """A decision's points without the discussion, vote and notes its block also minutes."""
    to, points = group
    kept = [replace(c, text=without_procedure(c.text)) for c in points]
    return to, [c for c in kept if c.text] or points


def _dedupe(things):
    """Reservations or statements once each (by members and text)."""
    seen, out = set(), []
    for t in things:
        key = (tuple(m.name for m in t.members), " ".join(t.text.split()))
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out
