"""The documents of a file: where each begins (a "1 av N" footer, a kind named at the top),
its kind, title, date and diarienummer; and the documents filed inside a § (pure)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from meetbook.dates import find_date
from meetbook.extract import dnr as dnr_mod
from meetbook.headings import PARAGRAPH_FIRST
from meetbook.model import Document, DocumentKind, Line
from meetbook.pdf.pages import Page
from meetbook.segment.heads import first_lines
from meetbook.segment.paragraphs import Paragraph

KIND_WORDS: tuple[tuple[re.Pattern[str], DocumentKind], ...] = (
    (re.compile(r"tjänsteskrivelse|tjänsteutlåtande", re.IGNORECASE), DocumentKind.TJANSTESKRIVELSE),
    (re.compile(r"protokollsutdrag|protokollutdrag|utdrag ur protokoll", re.IGNORECASE),
     DocumentKind.PROTOKOLLSUTDRAG),
    (re.compile(r"^(?:överenskommelse|avtal\b|samarbetsavtal|.*\bIOP-avtal\b)", re.IGNORECASE),
     DocumentKind.AVTAL),
    (re.compile(r"^kallelse\b|\bkallelse till\b", re.IGNORECASE), DocumentKind.KALLELSE),
    (re.compile(r"^bilaga\b|^bil\.", re.IGNORECASE), DocumentKind.BILAGA),
    (re.compile(r"\brapport\b|\buppföljning\b|\bhandlingsplan\b", re.IGNORECASE), DocumentKind.RAPPORT),
)
DOC_FOOTER_FIRST = re.compile(r"^1\s+av\s+\d{1,3}$")


@dataclass(frozen=True)
class Span:
    """A document inside the file: its kind and pages, and the lines of those pages."""

    kind: DocumentKind
    first: int
    last: int
    lines: tuple[Line, ...]
    header: tuple[Line, ...] = ()


def doc_kind(lines: Sequence[Line]) -> DocumentKind:
    """The kind of document the first of the lines that names one names."""
    for ln in lines:
        for rx, kind in KIND_WORDS:
            if rx.search(ln.text):
                return kind
    return DocumentKind.ANNAT


def starts_document(page: Page) -> bool:
    """Whether a document begins on the page: its footer says "1 av N", or a page without a
    running header names a tjänsteskrivelse or protokollsutdrag at its top."""
    if any(DOC_FOOTER_FIRST.match(ln.text.strip()) for ln in page.footer + page.header):
        return True
    return any(re.search(r"tjänsteskrivelse|tjänsteutlåtande|protokollsutdrag", ln.text, re.IGNORECASE)
               for ln in page.body[:3]) and not page.header


def documents(pages: Sequence[Page]) -> list[Span]:
    """The documents behind the agenda: page ranges split where a new document starts."""
    starts = [p.number for p in pages if starts_document(p)]
    if not starts:
        return []
    by_number = {p.number: p for p in pages}
    spans = []
    for i, first in enumerate(starts):
        last = (starts[i + 1] - 1) if i + 1 < len(starts) else pages[-1].number
        span_pages = [by_number[n] for n in range(first, last + 1) if n in by_number]
        head = first_lines(span_pages[0], 14)
        lines = tuple(ln for p in span_pages for ln in p.body)
        spans.append(Span(kind=doc_kind(head), first=first, last=last, lines=lines,
                          header=span_pages[0].header))
    return spans


def doc_title(span: Span) -> str | None:
    """The document's title: its largest bold line (with its continuation), not a label."""
    page_lines = [ln for ln in span.lines if ln.page == span.first]
    if not page_lines:
        return None
    body_size = sorted(ln.size for ln in page_lines)[len(page_lines) // 2]
    named = [ln for ln in page_lines[:30] if ln.bold and TITLE_START.match(ln.text)]
    cands = named or [ln for ln in page_lines[:30] if ln.bold and ln.size >= body_size + 0.5
                      and not _is_label(ln.text)]
    if not cands:
        cands = [ln for ln in page_lines[:30] if ln.bold and not _is_label(ln.text)]
    if not cands:
        return None
    # a line that names the document's kind beats a larger heading; a phrase beats a label
    top = max(cands, key=lambda ln: (bool(TITLE_START.match(ln.text)), len(ln.text.split()) >= 3,
                                     ln.size))
    i = page_lines.index(top)
    parts = [top.text]
    for ln in page_lines[i + 1:i + 4]:
        if ln.bold and abs(ln.size - top.size) < 0.3 and ln.top - page_lines[i].top < 3 * ln.size:
            parts.append(ln.text)
        else:
            break
    return " ".join(parts)


TITLE_START = re.compile(r"^(?:överenskommelse|avtal|samarbetsavtal|kallelse|rapport|"
                         r"handlingsplan|tjänsteskrivelse|tjänsteutlåtande)\b", re.IGNORECASE)
LABELS = re.compile(
    r"^(?:[A-ZÅÄÖ]\w+ (?:kommun|stad)\b.*|tjänsteskrivelse|protokollsutdrag|förslag till beslut|"
    r"beslut|ärendebeskrivning|beslutsunderlag|till|för kännedom|bilaga \d+|§ ?\d+|"
    r"reservation|yrkanden?|kommunstyrelse[n]?|innehållsförteckning)$", re.IGNORECASE)


def _is_label(text: str) -> bool:
    return bool(LABELS.match(text.strip()))


def doc_date(span: Span) -> str | None:
    """The first date in the document's running header or at the top of its first page."""
    for ln in list(span.header) + [ln for ln in span.lines if ln.page == span.first][:15]:
        d = find_date(ln.text)
        if d:
            return d
    return None


def doc_dnr(span: Span) -> tuple[str, str] | None:
    """The first labelled diarienummer in the document's header or at the top of its first
    page: (normalised, as printed)."""
    for ln in list(span.header) + [ln for ln in span.lines if ln.page == span.first][:20]:
        found = dnr_mod.find_labelled(ln.text)
        if found:
            return found[0]
    return None


def subdocuments(para: Paragraph, pages: Sequence[Page]) -> list[Document]:
    """Documents filed inside a paragraph's pages (a tjänsteutlåtande after the §)."""
    out = []
    for p in pages:
        if para.first < p.number <= para.last:
            # a document opens with its kind as a heading or a line of its own, not with a
            # sentence that goes on from the page before ("… stadsledningskontorets
            # tjänsteutlåtande den 3 februari.")
            head = [ln for ln in first_lines(p, 4)
                    if not re.search(r"skickas|expedieras|delges", ln.text, re.IGNORECASE)
                    and (ln.bold or ln.text.strip()[:1].isupper())
                    and not ln.text.rstrip().endswith((".", ","))]
            kind = doc_kind(head)
            if kind not in (DocumentKind.ANNAT, DocumentKind.PROTOKOLL) and not any(
                    PARAGRAPH_FIRST.match(ln.text) for ln in head):
                out.append((p.number, kind))
    docs = []
    for i, (first, kind) in enumerate(out):
        last = out[i + 1][0] - 1 if i + 1 < len(out) else para.last
        lines = tuple(ln for ln in para.lines if first <= ln.page <= last)
        span = Span(kind=kind, first=first, last=last, lines=lines)
        docs.append(Document(kind=kind, title=doc_title(span), date=doc_date(span), dnr=None,
                             pages=(first, last)))
    return docs
