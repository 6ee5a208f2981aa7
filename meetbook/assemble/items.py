"""A meeting's items (pure): in a mötesbok or kallelse, each agenda entry with its papers, the
proposals they make and the case's earlier treatments; in a protokoll, each § with its
documents, decisions and history; a case paper on its own is one item, its proposal's."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from meetbook.assemble import conventions, meeting_parts
from meetbook.assemble.case_papers import span_decisions
from meetbook.assemble.decision import with_corrections
from meetbook.assemble.paragraph import paragraph_decisions
from meetbook.assemble.table_proposals import table_proposal
from meetbook.columns import placed_columns
from meetbook.extract import corrections
from meetbook.extract import dnr as dnr_mod
from meetbook.model import DecisionKind, Document, DocumentKind, Item, Line
from meetbook.pdf.pages import Page
from meetbook.segment.agenda import AgendaEntry, agenda, number_of
from meetbook.segment.appendices import stamped_appendices
from meetbook.segment.cover import Cover
from meetbook.segment.documents import Span, doc_date, doc_dnr, doc_title, subdocuments
from meetbook.segment.papers import appendix_documents, book_papers
from meetbook.segment.paragraphs import Paragraph, paragraphs
from meetbook.text import fold

CASE_TEXT_LIMIT = 200_000

# ------------------------------------------------------------------ mötesbok / kallelse


def book_items(pages: Sequence[Page], cover: Cover) -> list[Item]:
    """The items a mötesbok or kallelse convenes: its agenda's entries with their papers."""
    entries = agenda(pages)
    papers = book_papers(pages, entries)
    stamps = stamped_appendices(pages, cover.date) if papers.paragraphs else {}
    return [_book_item(e, papers.documents_of(e), papers.paragraph_of(e), cover, pages, stamps)
            for e in entries]


def _book_item(entry: AgendaEntry, spans: Sequence[Span], para: Paragraph | None,
               cover: Cover, pages: Sequence[Page],
               stamps: dict[int, list[tuple[int, int]]]) -> Item:
    docs, decisions, history = [], [], []
    entry = replace(entry, dnr=conventions.bare_dnr(entry.dnr, cover))
    dnrs = list(entry.dnr)
    for s in spans:
        found = doc_dnr(s)
        if found:
            dnrs.append(found)
        docs.append(Document(kind=s.kind, title=doc_title(s), date=doc_date(s),
                             dnr=found[0] if found else None, pages=(s.first, s.last)))
        decisions += span_decisions(s, found[0] if found else None, cover, pages)
        history += corrections.earlier_treatments(s.lines)
    if para is not None:
        dnrs += list(para.dnr)
        docs += appendix_documents(para, entry, stamps)
        decisions += paragraph_decisions(para, cover, pages, DecisionKind.FORSLAG)
        history += meeting_parts.part_history(para, cover)
    if entry.proposal and not decisions:
        decisions += table_proposal(entry, cover)
    pages_range = (spans[0].first, spans[-1].last) if spans else (
        (para.first, para.last) if para else _listed_at(entry))
    decisions = with_corrections(decisions, entry.title, spans, cover.municipality)
    text = _case_text([ln for s in spans for ln in s.lines] or (list(para.lines) if para else []))
    return Item(number=entry.number, title=entry.title, section=entry.section,
                dnr=_unique(d for d, _ in dnrs), pages=pages_range, documents=tuple(docs),
                decisions=tuple(decisions),
                history=tuple(meeting_parts.history(history, cover)),
                dnr_raw=_unique(r for _, r in dnrs), text=text)


def _listed_at(entry: AgendaEntry) -> tuple[int, int] | None:
    """An item without papers is known by the agenda page that lists it."""
    return (entry.page, entry.page) if entry.page else None


def _case_text(lines: Sequence[Line]) -> str:
    """The text of the item's papers, for search, up to a limit."""
    return " ".join(ln.text for ln in lines)[:CASE_TEXT_LIMIT]


def _unique(values) -> tuple[str, ...]:
    """The values that are not empty, once each, in order."""
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return tuple(out)


# ------------------------------------------------------------------ a case paper on its own


def case_paper_items(pages: Sequence[Page], cover: Cover) -> list[Item]:
    """The one item of a tjänsteskrivelse (or beslutsunderlag) imported on its own: its title,
    case number and date, and the förslag it makes to the body it is addressed to, which no
    meeting has decided yet (no date, no §)."""
    span = Span(kind=DocumentKind.TJANSTESKRIVELSE, first=pages[0].number,
                last=pages[-1].number, lines=tuple(ln for p in pages for ln in p.body),
                header=pages[0].header)
    found = doc_dnr(span) or _printed_dnr(span)
    title = doc_title(span) or ""
    doc = Document(kind=DocumentKind.TJANSTESKRIVELSE, title=title or None, date=doc_date(span),
                   dnr=found[0] if found else None, pages=(span.first, span.last))
    decisions = span_decisions(span, found[0] if found else None, cover, pages)
    return [Item(number=None, title=title, section=None, dnr=(found[0],) if found else (),
                 pages=(span.first, span.last), documents=(doc,),
                 decisions=tuple(with_corrections(decisions, title, [span], cover.municipality)),
                 history=tuple(meeting_parts.history(corrections.earlier_treatments(span.lines),
                                                     cover)),
                 dnr_raw=(found[1],) if found else (), text=_case_text(span.lines))]


def _printed_dnr(span: Span) -> tuple[str, str] | None:
    """A case number the paper's head prints under its label rather than beside it
    ("Datum  Diarienummer" / "2026-03-27  BN 2026/000045"), or without one."""
    head = [*span.header, *(ln for ln in span.lines if ln.page == span.first)][:20]
    for above, ln in zip(head, head[1:]):
        for x, text in placed_columns(above):
            if dnr_mod.LABEL.fullmatch(text.strip() + " "):
                value = " ".join(t for vx, t in placed_columns(ln) if abs(vx - x) < 3)
                if value and any(c.isdigit() for c in value):
                    return dnr_mod.normalise(value), value
    found = [d for ln in head for d in dnr_mod.find_all(ln.text)]
    return found[0] if found else None


# ------------------------------------------------------------------ protokoll


def protocol_items(pages: Sequence[Page], cover: Cover) -> list[Item]:
    """The items a protokoll minutes: its §§, titled as its contents print them."""
    items = []
    seen: set[int] = set()
    contents = {number_of(e.number): e for e in agenda(pages) if e.title}
    stamps = stamped_appendices(pages, cover.date)
    for para in paragraphs(pages):
        if para.paragraph in seen:
            continue
        seen.add(para.paragraph)
        listed = contents.get(para.paragraph)
        title = _contents_title(para.title, listed.title if listed else None)
        item = _protocol_item(replace(para, title=title), cover, pages, listed, stamps)
        # a heading's title mended from the contents is a guess the problems name
        items.append(replace(item, title_as_printed=para.title)
                     if para.title and title != para.title else item)
    return items


def _protocol_item(para: Paragraph, cover: Cover, pages: Sequence[Page],
                   listed: AgendaEntry | None, stamps: dict[int, list[tuple[int, int]]]
                   ) -> Item:
    docs = [Document(kind=DocumentKind.PROTOKOLL, title=para.title or None, date=cover.date,
                     dnr=para.dnr[0][0] if para.dnr else None, pages=(para.first, para.last))]
    stamped = appendix_documents(para, listed, stamps)
    covered = {n for d in stamped if d.pages for n in range(d.pages[0], d.pages[1] + 1)}
    docs += [d for d in subdocuments(para, pages) if not d.pages or d.pages[0] not in covered]
    docs += stamped
    decisions = paragraph_decisions(para, cover, pages, DecisionKind.BESLUT)
    history = meeting_parts.history([h if h.body else replace(h, body=cover.body)
                                     for h in corrections.earlier_treatments(para.lines)]
                                    + meeting_parts.part_history(para, cover), cover)
    decisions = with_corrections(decisions, para.title, (), cover.municipality)
    found = list(para.dnr) or _reported_cases(para)
    return Item(number=para.number, title=para.title, section=None,
                dnr=_unique(d for d, _ in found), pages=(para.first, para.last),
                documents=tuple(docs), decisions=tuple(decisions), history=tuple(history),
                dnr_raw=_unique(r for _, r in found), text=_case_text(para.lines))


def _contents_title(title: str, listed: str | None) -> str:
    """A § title as the protocol's table of contents prints it, where the two are the same
    title and the § heading's text layer garbled it ("Budgetdirekti" → "Budgetdirektiv")."""
    if not listed or listed == title:
        return title
    if not title or fuzz.ratio(fold(title), fold(listed)) >= 55:  # the same § number, too
        return listed
    return title


def _reported_cases(para: Paragraph) -> list[tuple[str, str]]:
    """The case numbers a § without one of its own reports ("Anmälan av nya motioner": "Motion
    om en konstgräsplan i Kovjoki; Per Ek m.fl. (ABC/98/00.05.00/2023)"), so that the case
    finds the meeting where it was reported. Only the unmistakable slashed form is taken."""
    return [(m.group(0), m.group(0)) for ln in para.lines for m in dnr_mod.SLASHED.finditer(ln.text)]
