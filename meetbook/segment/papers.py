"""An item's case papers: the documents behind a book's agenda, each with the entry it
belongs to, or the § pages that take their place; and a §'s stamped appendices as
documents, titled and cut where its agenda entry lists them (pure)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from meetbook.model import Document, DocumentKind
from meetbook.pdf.pages import Page
from meetbook.segment.agenda import AgendaEntry, agenda_pages, number_of
from meetbook.segment.documents import Span, doc_dnr, doc_title, documents
from meetbook.segment.paragraphs import Paragraph, paragraph_spans
from meetbook.text import fold


@dataclass(frozen=True)
class BookPapers:
    """The papers behind a book's agenda: documents, each belonging to an agenda entry, or the
    § pages that a föredragningslista of § pages has instead (its appendices are stamped)."""

    documents: tuple[Span, ...] = ()
    owners: dict[int, str] = field(default_factory=dict)  # document's first page → entry number
    paragraphs: dict[int, Paragraph] = field(default_factory=dict)

    def documents_of(self, entry: AgendaEntry) -> list[Span]:
        return [s for s in self.documents if self.owners.get(s.first) == entry.number]

    def paragraph_of(self, entry: AgendaEntry) -> Paragraph | None:
        number = number_of(entry.number)
        return self.paragraphs.get(number) if number is not None else None


def book_papers(pages: Sequence[Page], entries: Sequence[AgendaEntry]) -> BookPapers:
    """The papers on the pages after the agenda: § pages when at least half of the numbered
    entries have one, else the documents, each with the entry it belongs to."""
    listed = {p.number for p in agenda_pages(pages)}
    rest = [p for p in pages if p.number not in listed and p.number > min(listed, default=0)]
    found = {span.number(): span for span in paragraph_spans(rest)}  # read only if they are the papers
    numbered = [n for e in entries if (n := number_of(e.number)) is not None]
    if numbered and sum(n in found for n in numbered) * 2 >= len(numbered):
        return BookPapers(paragraphs={n: span.read() for n, span in found.items()})
    spans = documents(rest)
    return BookPapers(documents=tuple(spans), owners=document_owners(entries, spans))


def document_owners(entries: Sequence[AgendaEntry], spans: Sequence[Span]) -> dict[int, str]:
    """Which agenda entry each document belongs to (by first page), from the page references.

    Entries that share a page reference point at the first document of whichever of them has
    documents: that one is chosen by title and diarienummer."""
    refs = sorted({e.page_ref for e in entries if e.page_ref})
    owners: dict[int, str] = {}
    for i, ref in enumerate(refs):
        end = refs[i + 1] if i + 1 < len(refs) else 10**9
        group = [e for e in entries if e.page_ref == ref]
        mine = [s for s in spans if ref <= s.first < end]
        if not mine or not group:
            continue
        owner = max(group, key=lambda e: _match_score(e, mine[0]))
        for s in mine:
            owners[s.first] = owner.number
    return owners


def _match_score(entry: AgendaEntry, span: Span) -> float:
    title = doc_title(span) or ""
    score = fuzz.token_set_ratio(fold(entry.title), fold(title))
    found = doc_dnr(span)
    if found and any(found[0] == d for d, _ in entry.dnr):
        score += 100
    return score


def appendix_documents(para: Paragraph, entry: AgendaEntry | None,
                       stamps: dict[int, list[tuple[int, int]]]) -> list[Document]:
    """A §'s appendices from the pages stamped with its number ("Bilaga Stadsstyrelsen,
    26.09.2022 § 191": `stamps`, read once per file), titled and cut where its agenda entry
    lists them ("- Bil. … 7")."""
    runs = stamps.get(para.paragraph, [])
    listed = list(entry.appendices) if entry else []
    offset = para.first - entry.page_ref if entry and entry.page_ref else None
    docs = []
    for first, last in runs:
        starts: list[tuple[str | None, int]] = [
            (title, ref + offset) for title, ref in listed
            if offset is not None and ref is not None and first <= ref + offset <= last]
        if not starts:
            only = listed[0][0] if len(listed) == 1 and len(runs) == 1 else None
            starts = [(only, first)]
        elif starts[0][1] != first:
            starts.insert(0, (None, first))
        for i, (title, start) in enumerate(starts):
            end = starts[i + 1][1] - 1 if i + 1 < len(starts) else last
            docs.append(Document(kind=_appendix_kind(title), title=title, date=None, dnr=None,
                                 pages=(start, end)))
    return docs


def _appendix_kind(title: str | None) -> DocumentKind:
    if title and re.search(r"avtal|överenskommelse", title, re.IGNORECASE):
        return DocumentKind.AVTAL
    if title and re.search(r"rapport", title, re.IGNORECASE):
        return DocumentKind.RAPPORT
    return DocumentKind.BILAGA
