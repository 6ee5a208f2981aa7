"""The decisions in a book's case papers (pure): a tjänsteskrivelse's proposals, and a
protokollsutdrag's decision by the body, date and § its header and first lines give."""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.assemble.bodies import body_in_header
from meetbook.assemble.decision import decision, decisions
from meetbook.assemble.procedure import tables_on, with_procedure
from meetbook.dates import find_date
from meetbook.extract import clauses
from meetbook.extract.procedure import dialect_of
from meetbook.headings import PARAGRAPH_FIRST
from meetbook.model import Decision, DecisionKind, DocumentKind
from meetbook.pdf.pages import Page
from meetbook.segment.cover import Cover
from meetbook.segment.documents import Span

# the heading of a case paper's proposal: those of any decision block ("Förslag till beslut",
# "Kommunstyrelsens förslag"), and the administration's own ("Förvaltningens förslag till
# beslut", "Socialkontorets förslag till beslut i Socialnämnden")
FORSLAG_HEADING = re.compile(rf"{clauses.FORSLAG_HEADING.pattern}|^.{{3,60}}s\s+förslag till "
                             r"beslut\b.*$", re.IGNORECASE)


def span_decisions(span: Span, dnr: str | None, cover: Cover,
                   pages: Sequence[Page]) -> list[Decision]:
    """The proposals of a tjänsteskrivelse, the decisions of a protokollsutdrag; none in
    other documents."""
    if span.kind == DocumentKind.TJANSTESKRIVELSE:
        return [decision(b, DecisionKind.FORSLAG, dnr, cover, None, None)
                for b in clauses.blocks(span.lines, FORSLAG_HEADING)
                if clauses.clauses(b)]
    if span.kind in (DocumentKind.PROTOKOLLSUTDRAG, DocumentKind.PROTOKOLL):
        return _utdrag_decisions(span, dnr, cover, pages)
    return []


def _utdrag_decisions(span: Span, dnr: str | None, cover: Cover,
                      pages: Sequence[Page]) -> list[Decision]:
    """The decision of an extract of another meeting's minutes, as that body decided it."""
    head = " ".join(ln.text for ln in span.header) or " ".join(
        ln.text for ln in span.lines[:4])
    body = body_in_header(span.header) or cover.body
    date = find_date(head)
    par = next((int(m.group("num")) for ln in span.lines[:8]
                if (m := PARAGRAPH_FIRST.match(ln.text))), None)
    beslut = clauses.blocks(span.lines, clauses.BESLUT_HEADING)
    if not beslut:
        return []
    origin = Cover(municipality=cover.municipality, body=body, date=date, place=None)
    main, *proposed = decisions(beslut[0], DecisionKind.BESLUT, dnr, origin, par, date)
    dialect = dialect_of(span.lines, beslut[0].lines)
    return with_procedure(main, span.lines, beslut[0], tables_on(span, pages), dialect) + proposed
