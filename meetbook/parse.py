"""Pages → meetings, items, documents and decisions: the parse of one file (pure).

This module strings the pipeline together: segment finds the parts, extract reads the facts.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from meetbook import profiles
from meetbook import segment as seg
from meetbook.dates import find_date
from meetbook.extract import (
    amounts,
    assignments,
    attendance,
    clauses,
    corrections,
    procedure,
    treatments,
)
from meetbook.extract import dnr as dnr_mod
from meetbook.extract import motions as motions_mod
from meetbook.extract import reservations as reservations_mod
from meetbook.extract import statements as statements_mod
from meetbook.extract import votes as votes_mod
from meetbook.lexicon import bodies
from meetbook.lexicon.sentences import sentences
from meetbook.model import (
    Clause,
    Currency,
    Decision,
    DecisionKind,
    Document,
    DocumentKind,
    EarlierTreatment,
    FileKind,
    Item,
    Line,
    Meeting,
)
from meetbook.pdf.pages import Page, Table
from meetbook.text import fold

log = logging.getLogger(__name__)
REFERS_BACK = re.compile(r"återremit|återremiss", re.IGNORECASE)  # "återremiterades" garbled
PARAGRAPH_LINE = re.compile(r"^§\s*(\d{1,4})\b")


def parse_meeting(pages: Sequence[Page], kind: FileKind) -> Meeting:
    """The meeting that the file convenes (mötesbok, kallelse) or minutes (protokoll)."""
    cover = _with_profile(seg.cover(pages, kind), pages)
    if kind in (FileKind.MOTESBOK, FileKind.KALLELSE):
        items = _book_items(pages, cover)
    else:
        items = _protocol_items(pages, cover)
    first, last = pages[0].number, pages[-1].number
    # who was there is minuted; a kallelse's list of members is whom it calls
    present = attendance.extract_attendance(_cover_lines(pages)) \
        if kind in (FileKind.PROTOKOLL, FileKind.PROTOKOLLSUTDRAG) else []
    return Meeting(cover.municipality, cover.body, cover.date, cover.place, (first, last),
                   tuple(items), tuple(present))


def _cover_lines(pages: Sequence[Page]) -> list[Line]:
    """The lines of the cover, which may run onto a second page, up to the first §."""
    out: list[Line] = []
    for ln in (ln for p in pages[:2] for ln in p.body):
        if seg.paragraph_start(ln) and out:
            break
        out.append(ln)
    return out


def _with_profile(cover: seg.Cover, pages: Sequence[Page]) -> seg.Cover:
    """The cover, with the municipality a profile recognises when the cover does not name it."""
    if cover.municipality:
        return cover
    text = " ".join(ln.text for p in pages[:3] for ln in p.lines)
    found = profiles.recognise(text)
    return replace(cover, municipality=found.municipality) if found else cover


def _currency(cover: seg.Cover) -> Currency | None:
    profile = profiles.of(cover.municipality)
    return Currency(profile.currency) if profile and profile.currency else None


def _abbreviations(cover: seg.Cover) -> dict[str, str]:
    """The municipality's own abbreviations of its bodies ("KSNAU"), from its profile."""
    profile = profiles.of(cover.municipality)
    return profile.abbreviations if profile else {}


def _bare_dnr(found: tuple[tuple[str, str], ...], cover: seg.Cover) -> tuple[tuple[str, str], ...]:
    """A bare reference (2025-00186) with the prefix the municipality's profile gives the body."""
    profile = profiles.of(cover.municipality)
    prefix = profile.bare_dnr_prefix.get(cover.body or "") if profile else None
    if not prefix:
        return found
    return tuple((dnr_mod.normalise(f"{prefix}-{raw}") if re.fullmatch(r"\d{4}-\d{1,6}", raw)
                  else norm, raw) for norm, raw in found)


# ------------------------------------------------------------------ mötesbok / kallelse


def _book_items(pages: Sequence[Page], cover: seg.Cover) -> list[Item]:
    entries = seg.agenda(pages)
    agenda_nums = {p.number for p in seg.agenda_pages(pages)}
    rest = [p for p in pages if p.number not in agenda_nums and p.number > min(agenda_nums, default=0)]
    paras = {p.paragraph: p for p in seg.paragraphs(rest)}
    numbered = [n for e in entries if (n := _int(e.number)) is not None]
    if numbered and sum(n in paras for n in numbered) * 2 >= len(numbered):
        spans: list[seg.Span] = []  # an agenda of § pages (Nykarleby): appendices are stamped
    else:
        spans, paras = seg.documents(rest), {}
    owners = _document_owners(entries, spans)
    stamps = seg.stamped_appendices(pages, cover.date) if paras else {}
    items = []
    for e in entries:
        own = [s for s in spans if owners.get(s.first) == e.number]
        num = _int(e.number)
        para = paras.get(num) if num is not None else None
        items.append(_book_item(e, own, para, cover, pages, stamps))
    return items


def _int(number: str) -> int | None:
    m = re.search(r"\d+", number)
    return int(m.group(0)) if m and "/" not in number else None


def _document_owners(entries: Sequence[seg.AgendaEntry], spans: Sequence[seg.Span]) -> dict[int, str]:
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


def _match_score(entry: seg.AgendaEntry, span: seg.Span) -> float:
    title = seg.doc_title(span) or ""
    score = fuzz.token_set_ratio(fold(entry.title), fold(title))
    found = seg.doc_dnr(span)
    if found and any(found[0] == d for d, _ in entry.dnr):
        score += 100
    return score


def _book_item(entry: seg.AgendaEntry, spans: Sequence[seg.Span], para: seg.Paragraph | None,
               cover: seg.Cover, pages: Sequence[Page],
               stamps: dict[int, list[tuple[int, int]]]) -> Item:
    docs, decisions, history = [], [], []
    entry = replace(entry, dnr=_bare_dnr(entry.dnr, cover))
    dnrs = list(entry.dnr)
    for s in spans:
        found = seg.doc_dnr(s)
        if found:
            dnrs.append(found)
        docs.append(Document(s.kind, seg.doc_title(s), seg.doc_date(s), found[0] if found else None,
                             (s.first, s.last)))
        decisions += _span_decisions(s, found[0] if found else None, cover, pages)
        history += corrections.earlier_treatments(s.lines)
    if para is not None:
        dnrs += list(para.dnr)
        docs += _appendices(para, entry, stamps)
        decisions += _paragraph_decisions(para, cover, pages, DecisionKind.FORSLAG)
        history += _part_history(para, cover)
    if entry.proposal and not decisions:
        decisions += _table_proposal(entry, cover)
    pages_range = (spans[0].first, spans[-1].last) if spans else (
        (para.first, para.last) if para else _listed_at(entry))
    decisions = _with_corrections(decisions, entry.title, spans, cover)
    text = _case_text([ln for s in spans for ln in s.lines] or (list(para.lines) if para else []))
    return Item(entry.number, entry.title, entry.section, _unique(d for d, _ in dnrs), pages_range,
                tuple(docs), tuple(decisions), tuple(_history(history, cover)),
                _unique(r for _, r in dnrs), text)


CASE_TEXT_LIMIT = 200_000


def _case_text(lines: Sequence[Line]) -> str:
    return " ".join(ln.text for ln in lines)[:CASE_TEXT_LIMIT]


def _listed_at(entry: seg.AgendaEntry) -> tuple[int, int] | None:
    """An item without papers is known by the agenda page that lists it."""
    return (entry.page, entry.page) if entry.page else None


# "Förslag till beslut i kommunstyrelsen Kommunstyrelsen antar …"
# "Kommunstyrelsens förslag till beslut i kommunfullmäktige Kommunfullmäktige antar …"
TABLE_PROPOSAL = re.compile(r"^(?:\w+s\s+)?förslag till beslut (?:i|till) (?P<body>\w+)\s*",
                            re.IGNORECASE)
TABLE_PROPOSAL_ANYWHERE = re.compile(r"(?:\b\w+s\s+)?\b[Ff]örslag till beslut (?:i|till) \w+")


def _table_proposal(entry: seg.AgendaEntry, cover: seg.Cover) -> list[Decision]:
    """The proposals in an agenda table's Förslag column, one per "Förslag till beslut i …"
    heading in it: a point per numbered point or per sentence that opens one."""
    starts = [m.start() for m in TABLE_PROPOSAL_ANYWHERE.finditer(entry.proposal)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    parts = [entry.proposal[a:b] for a, b in zip(starts, [*starts[1:], len(entry.proposal)])]
    return [d for part in parts if (d := _cell_proposal(part.strip(), entry, cover))]


def _cell_proposal(text: str, entry: seg.AgendaEntry, cover: seg.Cover) -> Decision | None:
    m = TABLE_PROPOSAL.match(text)
    body = resolve_body(m.group("body"), cover.body) if m else cover.body
    text = text[m.end():] if m else text
    numbered = _numbered_points(text)
    cl = tuple(Clause(n, s, entry.page) for n, s in numbered) if numbered else tuple(
        Clause(None, s, entry.page) for s in _points(text))
    if not cl:
        return None
    date = cover.date if body == cover.body else None
    dnr = entry.dnr[0][0] if entry.dnr else None
    joined = " ".join(c.text for c in cl)
    return Decision(DecisionKind.FORSLAG, body, date, None, dnr, entry.page, cl,
                    amounts=tuple(amounts.clause_amounts(cl, _currency(cover))),
                    assignments=tuple(assignments.extract_assignments(cl)), text=joined)


# "1. Kommunfullmäktige utökar … 2. Utökningen finansieras …" inside one cell
CELL_POINT = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})\.\s+(?=[A-ZÅÄÖ])")


def _numbered_points(text: str) -> list[tuple[int, str]]:
    """The numbered points of a cell, when they run 1, 2, 3 … from its start."""
    marks: list[re.Match[str]] = []
    for m in CELL_POINT.finditer(text):  # "enligt bilaga 2. Taxor …" is no point 2 out of turn
        if int(m.group("n")) == len(marks) + 1:
            marks.append(m)
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(int(m.group("n")), text[m.end():e].strip()) for m, e in zip(marks, ends)]


# a sentence that opens a decision point names the deciding body ("Kommunfullmäktige utökar …")
# or repeals or dates a rule ("Avfallstaxa 2025, antagen … 2024-12-12, upphör att gälla.")
POINT_START = re.compile(rf"^(?:\w+\s+){{0,2}}{bodies.WORD}|"
                         r".*\b(?:upphör\s+(?:samtidigt\s+)?att\s+gälla|träder\s+i\s+kraft)\b",
                         re.IGNORECASE)


def _points(text: str) -> list[str]:
    """The decision points of a proposal cell: a sentence that names a body opens one, other
    sentences ("Vidare finns …", "Möjlig exploatering … ska utredas") go on the one before."""
    out: list[str] = []
    for sentence in sentences(text, quotes=False):
        if not sentence:
            continue
        if out and not POINT_START.match(sentence):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def _unique(values) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return tuple(out)


def _span_decisions(span: seg.Span, dnr: str | None, cover: seg.Cover,
                    pages: Sequence[Page]) -> list[Decision]:
    if span.kind == DocumentKind.TJANSTESKRIVELSE:
        return [_decision(b, DecisionKind.FORSLAG, dnr, cover, None, None)
                for b in clauses.blocks(span.lines, clauses.FORSLAG_HEADING)
                if clauses.clauses(b)]
    if span.kind in (DocumentKind.PROTOKOLLSUTDRAG, DocumentKind.PROTOKOLL):
        return _utdrag_decisions(span, dnr, cover, pages)
    return []


def _utdrag_decisions(span: seg.Span, dnr: str | None, cover: seg.Cover,
                      pages: Sequence[Page]) -> list[Decision]:
    head = " ".join(ln.text for ln in span.header) or " ".join(
        ln.text for ln in span.lines[:4])
    body = _body_in_header(span.header) or cover.body
    date = find_date(head)
    par = next((int(m.group(1)) for ln in span.lines[:8] if (m := PARAGRAPH_LINE.match(ln.text))),
               None)
    beslut = clauses.blocks(span.lines, clauses.BESLUT_HEADING)
    if not beslut:
        return []
    origin = seg.Cover(cover.municipality, body, date, None)
    main, *proposed = _decisions(beslut[0], DecisionKind.BESLUT, dnr, origin, par, date)
    dialect = procedure.dialect_of(span.lines, beslut[0].lines)
    return _with_procedure(main, span.lines, beslut[0], _tables(span, pages), dialect) + proposed


def _body_in_header(header: Sequence[Line]) -> str | None:
    for ln in header:
        m = re.match(r"^(?P<body>[A-ZÅÄÖ][\wåäö\- ]+?)\s+\d{4}-\d{2}-\d{2}$", ln.text.strip())
        if m:
            return m.group("body")
    return None


def _tables(span: seg.Span | seg.Paragraph, pages: Sequence[Page]) -> list[Table]:
    return [t for p in pages if span.first <= p.number <= span.last for t in p.tables]


# ------------------------------------------------------------------ protokoll


def _protocol_items(pages: Sequence[Page], cover: seg.Cover) -> list[Item]:
    items = []
    seen: set[int] = set()
    contents = {_int(e.number): e for e in seg.agenda(pages) if e.title}
    stamps = seg.stamped_appendices(pages, cover.date)
    for para in seg.paragraphs(pages):
        if para.paragraph in seen:
            continue
        seen.add(para.paragraph)
        listed = contents.get(para.paragraph)
        para = replace(para, title=_contents_title(para.title, listed.title if listed else None))
        items.append(_protocol_item(para, cover, pages, listed, stamps))
    return items


def _appendices(para: seg.Paragraph, entry: seg.AgendaEntry | None,
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
            docs.append(Document(_appendix_kind(title), title, None, None, (start, end)))
    return docs


def _appendix_kind(title: str | None) -> DocumentKind:
    if title and re.search(r"avtal|överenskommelse", title, re.IGNORECASE):
        return DocumentKind.AVTAL
    if title and re.search(r"rapport", title, re.IGNORECASE):
        return DocumentKind.RAPPORT
    return DocumentKind.BILAGA


def _contents_title(title: str, listed: str | None) -> str:
    """A § title as the protocol's table of contents prints it, where the two are the same
    title and the § heading's text layer garbled it ("Budgetdirekti" → "Budgetdirektiv")."""
    if not listed or listed == title:
        return title
    if not title or fuzz.ratio(fold(title), fold(listed)) >= 55:  # the same § number, too
        return listed
    return title


def _protocol_item(para: seg.Paragraph, cover: seg.Cover, pages: Sequence[Page],
                   listed: seg.AgendaEntry | None, stamps: dict[int, list[tuple[int, int]]]
                   ) -> Item:
    docs = [Document(DocumentKind.PROTOKOLL, para.title or None, cover.date,
                     para.dnr[0][0] if para.dnr else None, (para.first, para.last))]
    stamped = _appendices(para, listed, stamps)
    covered = {n for d in stamped if d.pages for n in range(d.pages[0], d.pages[1] + 1)}
    docs += [d for d in _subdocuments(para, pages) if not d.pages or d.pages[0] not in covered]
    docs += stamped
    decisions = _paragraph_decisions(para, cover, pages, DecisionKind.BESLUT)
    history = _history([h if h.body else replace(h, body=cover.body)
                        for h in corrections.earlier_treatments(para.lines)]
                       + _part_history(para, cover), cover)
    decisions = _with_corrections(decisions, para.title, (), cover)
    found = list(para.dnr) or _reported_cases(para)
    return Item(para.number, para.title, None, _unique(d for d, _ in found),
                (para.first, para.last), tuple(docs), tuple(decisions), tuple(history),
                _unique(r for _, r in found), _case_text(para.lines))


def _reported_cases(para: seg.Paragraph) -> list[tuple[str, str]]:
    """The case numbers a § without one of its own reports ("Anmälan av nya motioner": "Motion
    om en konstgräsplan i Kovjoki; Per Ek m.fl. (NKBY/98/00.05.00/2023)"), so that the case
    finds the meeting where it was reported. Only the unmistakable slashed form is taken."""
    return [(m.group(0), m.group(0)) for ln in para.lines for m in dnr_mod.SLASHED.finditer(ln.text)]


def _subdocuments(para: seg.Paragraph, pages: Sequence[Page]) -> list[Document]:
    """Documents filed inside a paragraph's pages (a tjänsteutlåtande after the §)."""
    out = []
    for p in pages:
        if para.first < p.number <= para.last:
            # a document opens with its kind as a heading or a line of its own, not with a
            # sentence that goes on from the page before ("… stadsledningskontorets
            # tjänsteutlåtande den 3 februari.")
            head = [ln for ln in seg.first_lines(p, 4)
                    if not re.search(r"skickas|expedieras|delges", ln.text, re.IGNORECASE)
                    and (ln.bold or ln.text.strip()[:1].isupper())
                    and not ln.text.rstrip().endswith((".", ","))]
            kind = seg.doc_kind(head)
            if kind not in (DocumentKind.ANNAT, DocumentKind.PROTOKOLL) and not any(
                    PARAGRAPH_LINE.match(ln.text) for ln in head):
                out.append((p.number, kind))
    docs = []
    for i, (first, kind) in enumerate(out):
        last = out[i + 1][0] - 1 if i + 1 < len(out) else para.last
        lines = tuple(ln for ln in para.lines if first <= ln.page <= last)
        span = seg.Span(kind, first, last, lines, ())
        docs.append(Document(kind, seg.doc_title(span), seg.doc_date(span), None, (first, last)))
    return docs


def _paragraph_decisions(para: seg.Paragraph, cover: seg.Cover, pages: Sequence[Page],
                         kind: DecisionKind) -> list[Decision]:
    dnr = para.dnr[0][0] if para.dnr else None
    beslut = clauses.blocks(para.lines, clauses.BESLUT_HEADING)
    proposals = clauses.blocks(para.lines, clauses.FORSLAG_HEADING)
    labelled = [k for k, _ in treatments.labelled_blocks(
        treatments.Part(None, None, None, para.lines))] if not beslut else []
    if treatments.has_parts(para.lines) or (labelled and (
            not any(clauses.clauses(b) for b in proposals) or "beslut" in labelled)):
        return _part_decisions(para, cover, pages, kind)  # also labels too garbled to read
    out = []
    if beslut and kind == DecisionKind.BESLUT:
        source = _adopted(beslut[0], proposals)
        groups = clauses.clause_groups(source)
        dialect = procedure.dialect_of(para.lines, beslut[0].lines)
        if source is beslut[0] and dialect.told == procedure.Told.BLOCK:
            groups[0] = _decided_points(groups[0])  # the block also tells the procedure
        main, *proposed = [_decision(source, kind, dnr, cover, para.paragraph, cover.date, g)
                           for g in groups]
        out += _with_procedure(main, para.lines, beslut[0], _tables(para, pages),
                               dialect) + proposed
        for own in beslut[1:]:  # "Beslut för kommunstyrelsens egen del" beside the proposal
            if re.search(r"egen\s+del", own.heading, re.IGNORECASE):
                out += _decisions(own, kind, dnr, cover, para.paragraph, cover.date)
    for b in proposals:
        if clauses.clauses(b):
            out.append(_decision(b, DecisionKind.FORSLAG, dnr, cover, None, None))
    return out


def _part_decisions(para: seg.Paragraph, cover: seg.Cover, pages: Sequence[Page],
                    kind: DecisionKind) -> list[Decision]:
    """Decisions of a paragraph written meeting by meeting (Nykarleby): the minuted meeting's
    proposal and decision, and the earlier meetings' decisions with their own body, date and §."""
    dnr = para.dnr[0][0] if para.dnr else None
    dialect = procedure.told_in_block(para.lines)
    out: list[Decision] = []
    for part in treatments.parts(para.lines):
        current = _is_current(part, cover)
        origin = cover if current else seg.Cover(cover.municipality, _part_body(part, cover),
                                                 part.date, None)
        proposal: clauses.Block | None = None
        for label, block in treatments.labelled_blocks(part):
            if label == "förslag":
                proposal = block
                if current and clauses.clauses(block):
                    out.append(_decision(block, DecisionKind.FORSLAG, dnr, origin, None, None))
                continue
            source = block
            if proposal is not None and treatments.adopts_proposal(block):
                source = replace(proposal, page=block.page)  # "Enligt förslag." adopts its points
            if not clauses.clauses(source) or (current and kind == DecisionKind.FORSLAG):
                continue
            paragraph = para.paragraph if current else part.paragraph
            made = _decision(source, DecisionKind.BESLUT, dnr, origin, paragraph, origin.date,
                             _decided_points(clauses.clause_groups(source)[0]))
            # the discussion, vote, reservations and jäv are minuted inside the decision block
            out.append(_procedure(made, part.lines, _tables(para, pages) if current else (),
                                  dialect, block.lines))
    return out


def _decided_points(group: tuple[str | None, list[Clause]]) -> tuple[str | None, list[Clause]]:
    """A decision's points without the discussion, vote and notes its block also minutes."""
    to, points = group
    kept = [replace(c, text=procedure.without_procedure(c.text)) for c in points]
    return to, [c for c in kept if c.text] or points


def _adopted(beslut: clauses.Block, proposals: Sequence[clauses.Block]) -> clauses.Block:
    """The decision's block, or the proposal before it where it only adopts that ("Enligt
    förslag.", "Välfärdsnämndens beslut: Godkändes.")."""
    before = [b for b in proposals if b.page <= beslut.page and clauses.clauses(b)]
    if before and treatments.adopts_proposal(beslut):
        return replace(before[-1], page=beslut.page)
    return beslut


def _is_current(part: treatments.Part, cover: seg.Cover) -> bool:
    """Whether a part is the minuted (or convened) meeting's own."""
    if part.body is None:
        return True
    return part.date == cover.date and (treatments.same_body(part.body, cover.body) or not cover.body)


def _part_body(part: treatments.Part, cover: seg.Cover) -> str | None:
    """The part's body as its name should read ("Stadsfullmäktge" → "Stadsfullmäktige")."""
    if not part.body:
        return part.body
    return _known_body(cover, lambda b: treatments.same_body(part.body, b), with_cover=True) \
        or part.body


def _known_body(cover: seg.Cover, matches, with_cover: bool = False) -> str | None:
    """The first of the municipality's bodies (its profile's, then the cover's) that matches."""
    profile = profiles.of(cover.municipality)
    known = [*(profile.bodies if profile else ()), *([cover.body] if with_cover and cover.body
                                                     else [])]
    return next((b for b in known if matches(b)), None)


def _history(found: Sequence[EarlierTreatment], cover: seg.Cover) -> list[EarlierTreatment]:
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


def _part_history(para: seg.Paragraph, cover: seg.Cover) -> list[EarlierTreatment]:
    """The earlier meetings a paragraph written meeting by meeting goes through."""
    out = []
    margin = treatments.left_margin(para.lines)
    for ln in para.lines:
        found = treatments.meeting_line(ln) if ln.x0 <= margin + 8 else None
        if found and found[1] != cover.date:
            body = _part_body(treatments.Part(found[0], found[1], found[2], ()), cover)
            out.append(EarlierTreatment(body, found[1], found[2], None, ln.text.strip(), ln.page))
    return out


# ------------------------------------------------------------------ decisions


def _decisions(block: clauses.Block, kind: DecisionKind, dnr: str | None, origin: seg.Cover,
               paragraph: int | None, date: str | None) -> list[Decision]:
    """The decisions of a block: its own points, and those it proposes to another body
    ("Kommunstyrelsen tillstyrker … och föreslår att kommunfullmäktige beslutar:") apart."""
    return [_decision(block, kind, dnr, origin, paragraph, date, group)
            for group in clauses.clause_groups(block)]


def _decision(block: clauses.Block, kind: DecisionKind, dnr: str | None, origin: seg.Cover,
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
    proposed_to = _proposed_to(to, origin)
    if kind == DecisionKind.BESLUT:
        body = origin.body
    elif proposed_to and treatments.same_body(proposed_to, origin.body):
        body, date, proposed_to = origin.body, origin.date, None
    else:
        body = resolve_body(clauses.intro(block)[0], origin.body)
        date = origin.date if body == origin.body else None
    cl = tuple(points)
    text = " ".join(c.text for c in cl)
    return Decision(kind, body, date, paragraph, dnr, cl[0].page if cl else block.page, cl,
                    proposed_to=proposed_to,
                    amounts=tuple(amounts.clause_amounts(cl, _currency(origin))),
                    assignments=tuple(assignments.extract_assignments(cl)),
                    refers_back=kind == DecisionKind.BESLUT and _refers_back(text),
                    text=text)


# sentences that tell of someone's motion: an återremiss they moved is no återremiss decided
MOVED = re.compile(r"\b(?:föreslog|yrkar|yrkade|understödd\w*|motförslag)\b", re.IGNORECASE)


def _refers_back(text: str) -> bool:
    """Whether the decision sends the case back (återremiss), not only mentions a motion to."""
    return any(REFERS_BACK.search(s) and not MOVED.search(s)
               and not re.search(r"avslå\w* återremiss", s, re.IGNORECASE)
               for s in sentences(text, stops=".:", capital=False, quotes=False))


def _proposed_to(said: str | None, origin: seg.Cover) -> str | None:
    """The body a proposal goes to, as its name reads ("kommunfullmäktige" → "Kommunfullmäktige",
    Nykarleby's "fullmäktige" → "Stadsfullmäktige")."""
    if not said or not clauses.BODY_WORD.search(said):
        return None
    return _known_body(origin, lambda b: fold(b).endswith(fold(said))) or \
        said[:1].upper() + said[1:]


def resolve_body(said: str | None, default: str | None) -> str | None:
    """The deciding body's full name: "Näringslivs- och arbetsutskottet" in a book of
    "Kommunstyrelsens näringslivs- och arbetsutskott" is that utskott."""
    if not said:
        return default
    if default and _core(default).endswith(_core(said)):
        return default
    return said[:1].upper() + said[1:]


def _core(body: str) -> str:
    """A body's name without its definite ending: "arbetsutskottet" → "arbetsutskott"."""
    return re.sub(r"(?:et|en|n)$", "", fold(body))


def _with_procedure(main: Decision, lines: Sequence[Line], beslut: clauses.Block,
                    tables: Sequence[Table], dialect: procedure.Dialect = procedure.SECTIONS
                    ) -> list[Decision]:
    """The main decision with its yrkanden, votes, reservations and statements; a separate
    beslutsordning of another body (the utskott's) becomes its own decision."""
    skip = set(map(id, beslut.lines))
    rest = [ln for ln in lines if id(ln) not in skip]
    parts = procedure.split_beslutsordningar(rest, main.body)
    others = [(b, ls) for b, ls in parts if b and resolve_body(b, main.body) != main.body]
    other_ids = {id(ln) for _, ls in others for ln in ls}
    mine = [ln for ln in rest if id(ln) not in other_ids]
    out = [_procedure(main, mine, tables, dialect, beslut.lines)]
    for body, ls in others:
        sub = Decision(DecisionKind.BESLUT, body, None, None, main.dnr, ls[0].page if ls else None)
        out.append(_procedure(sub, ls, ()))
    return out


def _procedure(d: Decision, lines: Sequence[Line], tables: Sequence[Table],
               dialect: procedure.Dialect = procedure.SECTIONS,
               block: Sequence[Line] = ()) -> Decision:
    """The decision with its yrkanden, votes, reservations and statements, read where the
    dialect says they are printed: the paragraph's sections (`lines`) or the decision block
    that tells them (`block`). The rows of a vote table are the table's: as text lines they
    would read as members who reserve themselves."""
    told = block if dialect.told == procedure.Told.BLOCK else lines
    told = [ln for ln in told if not any(
        t.page == ln.page and t.top - 1 <= ln.top <= t.bottom + 1 for t in tables)]
    found = motions_mod.extract_motions(told, dialect)
    credited = [m for m in motions_mod.decision_proposers(d.clauses)
                if not any(set(m.movers) <= set(x.movers) and m.stance == x.stance for x in found)]
    return replace(d, motions=tuple(found + credited),
                   votes=tuple(votes_mod.extract_votes(told, tables)),
                   reservations=tuple(_dedupe(reservations_mod.extract_reservations(told, dialect))),
                   statements=tuple(_dedupe(statements_mod.extract_statements(told, dialect))))


def _dedupe(things):
    seen, out = set(), []
    for t in things:
        key = (tuple(m.name for m in t.members), " ".join(t.text.split()))
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


def _with_corrections(decisions: list[Decision], title: str,
                      spans: Sequence[seg.Span], cover: seg.Cover) -> list[Decision]:
    context = " ".join(ln.text for s in spans for ln in s.lines
                       if re.search(r"beslut\s*§\s*\d+,\s*\d{4}-\d{2}-\d{2}", ln.text))
    out = []
    for d in decisions:
        fix = corrections.extract_correction(d.clauses, title, context, _abbreviations(cover)) \
            if d.kind == DecisionKind.FORSLAG or corrections.RATTA.search(d.text) else None
        out.append(replace(d, corrects=fix) if fix and fix.paragraph else d)
    return out
