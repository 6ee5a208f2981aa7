"""The procedure of a decision (pure): its yrkanden, votes, reservations and statements, read
from the § around its block, or from the block's own prose in minutes without parties; a
beslutsordning of another body becomes that body's decision."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble.bodies import resolve_body
from meetbook.extract import clauses, unmarked
from meetbook.extract import motions as motions_mod
from meetbook.extract import reservations as reservations_mod
from meetbook.extract import votes as votes_mod
from meetbook.model import Clause, Decision, DecisionKind, Line
from meetbook.pdf.pages import Page, Table
from meetbook.segment.documents import Span
from meetbook.segment.paragraphs import Paragraph


def tables_on(span: Span | Paragraph, pages: Sequence[Page]) -> list[Table]:
    """The ruled tables on the pages of a document or §."""
    return [t for p in pages if span.first <= p.number <= span.last for t in p.tables]


def with_procedure(main: Decision, lines: Sequence[Line], beslut: clauses.Block,
                   tables: Sequence[Table]) -> list[Decision]:
    """The main decision with its yrkanden, votes, reservations and statements; a separate
    beslutsordning of another body (the utskott's) becomes its own decision."""
    skip = set(map(id, beslut.lines))
    rest = [ln for ln in lines if id(ln) not in skip]
    parts = motions_mod.split_beslutsordningar(rest, main.body)
    others = [(b, ls) for b, ls in parts if b and resolve_body(b, main.body) != main.body]
    other_ids = {id(ln) for _, ls in others for ln in ls}
    mine = [ln for ln in rest if id(ln) not in other_ids]
    out = [procedure(main, mine, tables)]
    for body, ls in others:
        sub = Decision(kind=DecisionKind.BESLUT, body=body, date=None, paragraph=None,
                       dnr=main.dnr, page=ls[0].page if ls else None)
        out.append(procedure(sub, ls, ()))
    return out


def procedure(d: Decision, lines: Sequence[Line], tables: Sequence[Table],
              prose: Sequence[Line] | None = None) -> Decision:
    """The decision with its yrkanden, votes, reservations and statements; in minutes without
    parties these are read from the prose of its own block (`prose`) only. The rows of a vote
    table are the table's: as text lines they would read as members who reserve themselves."""
    lines = [ln for ln in lines if not any(
        t.page == ln.page and t.top - 1 <= ln.top <= t.bottom + 1 for t in tables)]
    res = _dedupe(reservations_mod.extract_reservations(lines))
    sts = _dedupe(reservations_mod.extract_statements(lines))
    found = motions_mod.extract_motions(lines)
    credited = [m for m in motions_mod.decision_proposers(d.clauses)
                if not any(set(m.movers) <= set(x.movers) and m.stance == x.stance for x in found)]
    votes = votes_mod.extract_votes(lines, tables)
    # minutes that name members without a party (Finland-Swedish) write all of it as prose
    told = lines if prose is None else prose
    text, page = " ".join(ln.text for ln in told), (told[0].page if told else None)
    return replace(d, motions=tuple(found + credited or unmarked.motions(text, page)),
                   votes=tuple(votes or unmarked.votes(text, page)),
                   reservations=tuple(res or unmarked.reservations(text, page)),
                   statements=tuple(_named(sts, unmarked.statements(text, page))))


def decided_points(group: tuple[str | None, list[Clause]]) -> tuple[str | None, list[Clause]]:
    """A decision's points without the discussion, vote and notes its block also minutes."""
    to, points = group
    kept = [replace(c, text=unmarked.without_procedure(c.text)) for c in points]
    return to, [c for c in kept if c.text] or points


def _named(marked: list, unmarked_found: list) -> list:
    """The party-marked readers' statements, unless they name nobody and the readers for
    minutes without parties name someone ("Protokollsanteckning: Elias Kronqvist antecknade …")."""
    if unmarked_found and all(not s.members and not s.parties for s in marked):
        return unmarked_found
    return marked


def _dedupe(things):
    """Reservations or statements once each (by members and text)."""
    seen, out = set(), []
    for t in things:
        key = (tuple(m.name for m in t.members), " ".join(t.text.split()))
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out
