"""Pages → what the file is, its cover, its agenda, its documents and its paragraphs (pure).

Nothing here reads a PDF: every function takes Pages (or Lines) and returns plain data, so
it can be tested with lines made from text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from meetbook.dates import find_date
from meetbook.extract import dnr as dnr_mod
from meetbook.model import DocumentKind, FileKind, Line
from meetbook.pdf.pages import Page, shape

# "189/26 Planeringsdirektiv och budget 2027 samt plan 2028-2030 ........ 3"
UMEA_NUMBER = re.compile(r"^(?P<num>\d{1,4}/\d{2})\s+(?P<rest>.+)$")
# "§ 69 Dnr KS-2025-00014", "§ 213 Dnr KS 2024/00103-1.4.2", "§ 368 Ärendenummer SLK-2025-00041"
PARAGRAPH_FIRST = re.compile(r"^§\s*(?P<num>\d{1,4})\b\s*(?P<rest>.*)$")
# "39 § Sammanträdets laglighet och beslutförhet", "188 § Sammanträdets laglighet …"
PARAGRAPH_LAST = re.compile(r"^(?P<num>\d{1,4})\s*§(?:\s+(?P<rest>.*))?$")
# "4. Antagande av" (Kungsbacka's agenda table)
DOTTED_NUMBER = re.compile(r"^(?P<num>\d{1,3})\.\s+(?P<rest>.+)$")
# "… ...................... 50" at the end of an agenda or contents line
LEADER = re.compile(r"\s*(?:\.{2,}|…+)\s*\.?\s*(?P<page>\d{1,4})\s*$")
PAGE_REF_TAB = re.compile(r"\s+(?P<page>\d{1,4})$")
AGENDA_HEADING = re.compile(
    r"^(?:dagordning|föredragningslista|innehåll(?:sförteckning)?|ärendelista|"
    r"ärenden(?: som skall behandlas)?(?:\s+sida)?)\b", re.IGNORECASE)
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
MUNICIPALITY = re.compile(
    r"\b(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?|[A-ZÅÄÖ]{3,})\s+"
    r"(?P<kind>kommun|stad|Stad|KOMMUN|STAD)\b")
BODY_WORDS = re.compile(
    r"(?:styrelse[n]?|nämnd(?:en)?|utskott(?:et)?|fullmäktige|beredning(?:en)?|direktion(?:en)?|"
    r"råd(?:et)?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cover:
    municipality: str | None
    body: str | None
    date: str | None
    place: str | None


@dataclass(frozen=True)
class AgendaEntry:
    number: str
    title: str
    section: str | None
    page_ref: int | None
    dnr: tuple[tuple[str, str], ...] = ()
    page: int | None = None
    proposal: str = ""  # the agenda table's Förslag column (Kungsbacka's kallelse)
    # the appendices listed under the entry ("- Bil. Konditionsrapport ..... 13"): title, page
    appendices: tuple[tuple[str, int | None], ...] = ()


@dataclass(frozen=True)
class Span:
    """A document inside the file: its kind and pages, and the lines of those pages."""

    kind: DocumentKind
    first: int
    last: int
    lines: tuple[Line, ...]
    header: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A protocol paragraph (§): its number, title, diarienummer and lines."""

    paragraph: int
    number: str
    title: str
    dnr: tuple[tuple[str, str], ...]
    first: int
    last: int
    lines: tuple[Line, ...]


def text_of(lines: Sequence[Line]) -> str:
    return "\n".join(ln.text for ln in lines)


def first_lines(page: Page, n: int = 12) -> list[Line]:
    return sorted(page.header + page.body, key=lambda ln: ln.top)[:n]


# ------------------------------------------------------------------ file kind and cover


def classify(pages: Sequence[Page]) -> FileKind:
    """What the file as a whole is, from the words on its first pages."""
    top = " ".join(ln.text for p in pages[:2] for ln in first_lines(p, 10)).lower()
    first = " ".join(ln.text for ln in first_lines(pages[0], 6)).lower() if pages else ""
    if "mötesbok" in first:
        return FileKind.MOTESBOK
    if re.search(r"kallelse|föredragningslista|underrättelse", first):
        return FileKind.KALLELSE
    if "protokollsutdrag" in first or "utdrag ur protokoll" in first:
        return FileKind.PROTOKOLLSUTDRAG
    if "protokoll" in top:
        return FileKind.PROTOKOLL
    if "dagordning" in top:
        return FileKind.MOTESBOK
    return FileKind.PROTOKOLL


def municipality_in(text: str) -> str | None:
    for m in MUNICIPALITY.finditer(text):
        name, kind = m.group("name"), m.group("kind").lower()
        name = name.capitalize() if name.isupper() else name
        # "Göteborgs Stad" is the city's own name; "Västerås stad", "Nykarleby stad" are not
        return f"{name} {'Stad' if m.group('kind') == 'Stad' else kind}"
    return None


def cover(pages: Sequence[Page], kind: FileKind) -> Cover:
    """Municipality, body, date and place of the meeting the file documents."""
    lines = [ln for p in pages[:2] for ln in first_lines(p, 40)]
    text = "\n".join(ln.text for ln in lines)
    return Cover(municipality_in(text), _cover_body(lines), _cover_date(lines), _cover_place(lines))


# "Organ Välfärdsnämnden", "Kommunstyrelsen", "Göteborgs Stad Kommunfullmäktige, protokoll"
ORGAN = re.compile(r"^(?:organ|nämnd|sammanträde med)\s*:?\s+(?P<body>.+)$", re.IGNORECASE)
PLACE = re.compile(
    r"^(?:plats och tid(?: för)?(?: sammanträde)?|sammanträdesplats|plats|lokal)\s*:?\s+"
    r"(?P<place>.+)$",
    re.IGNORECASE)


def _cover_body(lines: Sequence[Line]) -> str | None:
    for ln in lines:
        m = ORGAN.match(ln.text)
        if m:
            return m.group("body").strip()
    for ln in lines:
        t = re.sub(r"^(?:[A-ZÅÄÖ][\wåäö]+ (?:kommun|stad|Stad))\s+", "", ln.text)
        t = re.sub(r",?\s*protokoll.*$", "", t, flags=re.IGNORECASE).strip()
        if BODY_WORDS.search(t) and len(t.split()) <= 7 and not re.search(r"\d|:", t) \
                and t[:1].isupper():
            return t
    return None


def _cover_date(lines: Sequence[Line]) -> str | None:
    for ln in lines:
        if re.match(r"^(?:datum|sammanträdes(?:datum|tid|td)|sammanträde)\b", ln.text, re.IGNORECASE):
            d = find_date(ln.text)
            if d:
                return d
    for ln in [ln for ln in lines if ln.page == lines[0].page][:6]:
        if re.search(r"upprättad|justera|^§", ln.text, re.IGNORECASE):
            continue
        d = find_date(ln.text)
        if d:
            return d
    return None


# "Kungsbackarummet, Storgatan 37", "Stadshuset, stadsstyrelsens rum" (unlabelled)
ROOM = re.compile(r"\b\w*(?:rummet|salen|sal|stadshuset|kommunhuset|rådhuset|stadshus)\b",
                  re.IGNORECASE)


def _cover_place(lines: Sequence[Line]) -> str | None:
    for ln in lines:
        m = PLACE.match(ln.text)
        if m:
            place = re.sub(r"\s+(?:klockan|kl\.?)\s.*$", "", m.group("place"), flags=re.IGNORECASE)
            return place.strip() or None
    # unlabelled: the line after the one that says when the meeting is
    for prev, ln in zip(lines, lines[1:12]):
        if re.match(r"^sammanträde\b", prev.text, re.IGNORECASE) and ROOM.search(ln.text):
            return ln.text.strip()
    return None


# ------------------------------------------------------------------ agenda


def is_toc_page(page: Page) -> bool:
    """A page of agenda or contents: lines that end in a leader and a page number."""
    leaders = sum(bool(LEADER.search(ln.text)) for ln in page.body)
    heading = any(AGENDA_HEADING.match(ln.text) for ln in page.body[:12])
    return leaders >= 3 or (leaders >= 1 and heading)


def agenda_pages(pages: Sequence[Page]) -> list[Page]:
    out = []
    for p in pages[:12]:
        heading = any(AGENDA_HEADING.match(ln.text) for ln in p.body[:12])
        if (heading or is_toc_page(p) or _table_columns(p)) and _entries_on(p):
            out.append(p)
        elif out:
            break
    return out


def _entries_on(page: Page) -> bool:
    return any(_entry_start(ln.text) for ln in page.body)


def _entry_start(text: str) -> tuple[str, str] | None:
    for rx in (UMEA_NUMBER, PARAGRAPH_FIRST, PARAGRAPH_LAST, DOTTED_NUMBER):
        m = rx.match(text)
        if m:
            num = m.group("num")
            if rx is PARAGRAPH_FIRST:
                num = f"§ {num}"
            elif rx is PARAGRAPH_LAST:
                num = f"{num} §"
            return num, m.group("rest") or ""
    return None


def agenda(pages: Sequence[Page]) -> list[AgendaEntry]:
    """The agenda's entries in order, with section headings and page references."""
    entries: list[AgendaEntry] = []
    section: str | None = None
    for p in agenda_pages(pages):
        found, section = _agenda_from_tables(p, section)
        if not found:
            found, section = _agenda_on_page(p, section)
        entries += found
    return _merge_same_number(_join_continued(entries))


# a title that stops on one of these goes on in the next row ("… på kommunens bibliotek i" /
# "Kungsbacka, Onsala och Åsa")
OPEN_END = re.compile(r"(?:,|\b(?:i|om|för|och|av|på|till|med|samt|från|vid|inom|mellan))$",
                      re.IGNORECASE)


def _join_continued(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    """A table row that goes on over a page break: the row without a number that opens the
    next page holds the rest of the previous entry's title and proposal, unless it is a
    section heading (a title alone, after a title that was complete)."""
    out: list[AgendaEntry] = []
    moved: tuple[str | None, str] | None = None  # (section as read, section it really is)
    for e in entries:
        if not e.number and out:
            heading = e.title and not e.proposal and not e.title[:1].islower() \
                and not OPEN_END.search(out[-1].title)
            if heading:
                moved = (e.section, e.title)
            else:
                out[-1] = replace(out[-1], title=f"{out[-1].title} {e.title}".strip(),
                                  proposal=f"{out[-1].proposal} {e.proposal}".strip())
        elif e.number:
            if moved and e.section == moved[0]:
                e = replace(e, section=moved[1])
            elif moved:
                moved = None
            out.append(e)
    return out


AGENDA_COLUMNS = {"title": re.compile(r"^ärende(?:mening|n)?$|^rubrik$", re.IGNORECASE),
                  "ref": re.compile(r"^(?:beteckning|dnr|diarienummer|ärendenummer)$", re.IGNORECASE),
                  "proposal": re.compile(r"^förslag(?: till beslut)?$", re.IGNORECASE)}


def _agenda_from_tables(page: Page, section: str | None
                        ) -> tuple[list[AgendaEntry], str | None]:
    """Entries of an agenda laid out as a ruled table `Ärende | Beteckning | Förslag`."""
    out: list[AgendaEntry] = []
    for t in page.tables:
        cols = _header_columns(t.rows[0])
        if "title" not in cols:
            continue
        for row in t.rows[1:]:
            cell = {k: (row[i] if i < len(row) else "") for k, i in cols.items()}
            number = next((c for c in row[: cols["title"]] if re.fullmatch(r"\d{1,3}\.?", c)), "")
            if not number and not out and (cell.get("proposal") or cell["title"]) and \
                    not cell.get("ref"):
                # the rest of the previous page's last row: its title's and proposal's tails
                out.append(AgendaEntry("", cell["title"], section, None, (), page.number,
                                       cell.get("proposal", "")))
            elif not number and cell["title"] and not any(cell.get(k) for k in ("ref", "proposal")):
                section = cell["title"]
            elif number:
                ref = cell.get("ref", "")
                bare = [(r, r) for r in re.split(r"[\s,;]+", ref) if r]
                found = tuple(dnr_mod.find_all(ref) or bare)
                out.append(AgendaEntry(number.rstrip("."), cell["title"], section, None, found,
                                       page.number, cell.get("proposal", "")))
    return out, section


def _header_columns(header: Sequence[str]) -> dict[str, int]:
    cols = {}
    for i, text in enumerate(header):
        for key, rx in AGENDA_COLUMNS.items():
            if rx.match(text.strip()) and key not in cols:
                cols[key] = i
    return cols


def _merge_same_number(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    seen: set[str] = set()
    out = []
    for e in entries:
        if e.number not in seen:
            seen.add(e.number)
            out.append(e)
    return out


@dataclass
class _Open:
    number: str
    parts: list[str]
    section: str | None
    page_ref: int | None
    page: int
    done: bool = False
    proposal: list[str] = field(default_factory=list)
    appendices: list[list] = field(default_factory=list)  # [parts, page_ref, done]


# "- Bil. J Malinens skrivelse … 7", "- Bilaga: Konditionsrapport … 13", "- Situationsplan … 39"
APPENDIX_LINE = re.compile(r"^[-–]\s+(?:bil(?:aga)?\.?\s*:?\s*)?(?P<title>\S.*)$", re.IGNORECASE)


def _agenda_on_page(page: Page, section: str | None
                    ) -> tuple[list[AgendaEntry], str | None]:
    columns = _table_columns(page)
    out: list[AgendaEntry] = []
    cur: _Open | None = None
    for ln in page.body:
        text = _title_column(ln, columns)
        proposal = _proposal_column(ln, columns)
        if _is_table_header(ln) or AGENDA_HEADING.match(text):
            continue
        start = _entry_start(text) if text else None
        if start:
            if cur:
                out.append(_close(cur))
            cur = _Open(start[0], [start[1]], section, None, page.number)
        elif text and _is_section_heading(ln, text, cur, columns):
            if cur:
                out.append(_close(cur))
                cur = None
            section = text.strip()
            continue
        elif cur and text and not cur.done:
            cur.parts.append(text)
        elif cur and text:
            _take_appendix(cur, text)
        if cur and proposal:
            cur.proposal.append(proposal)
        if cur:
            cur.done = _take_page_ref(cur) or cur.done
    if cur:
        out.append(_close(cur))
    return out, section


def _take_appendix(cur: _Open, text: str) -> None:
    """An appendix line under a finished entry, or the continuation of one that wraps."""
    m = APPENDIX_LINE.match(text)
    if m:
        cur.appendices.append([[m.group("title")], None, False])
    elif not cur.appendices or cur.appendices[-1][2]:
        return
    else:
        cur.appendices[-1][0].append(text)
    last = cur.appendices[-1]
    ref = LEADER.search(last[0][-1])
    if ref:
        last[1], last[2] = int(ref.group("page")), True
        last[0][-1] = last[0][-1][:ref.start()]


def _take_page_ref(cur: _Open) -> bool:
    m = LEADER.search(cur.parts[-1])
    if m:
        cur.page_ref = int(m.group("page"))
        cur.parts[-1] = cur.parts[-1][: m.start()]
        return True
    return False


def _close(cur: _Open) -> AgendaEntry:
    title = " ".join(" ".join(cur.parts).split())
    found = _all_dnr(title)
    bare = re.match(r"^(?P<d>(?:19|20)\d{2}-\d{3,6})\s+(?P<t>.*)$", title)
    if bare:  # Kungsbacka's table: "Antagande av 2024-00786 …" after column split
        found = found or [(bare.group("d"), bare.group("d"))]
        title = bare.group("t")
    title = _without_leading_refs(title, [raw for _, raw in found])
    appendices = tuple((" ".join(" ".join(parts).split()), ref) for parts, ref, _ in cur.appendices)
    return AgendaEntry(cur.number, title, cur.section, cur.page_ref, tuple(found), cur.page,
                       " ".join(" ".join(cur.proposal).split()), appendices)


def _all_dnr(text: str) -> list[tuple[str, str]]:
    """Every diarienummer in a heading, labelled or not, once each (by normalised form)."""
    out: list[tuple[str, str]] = []
    for norm, raw in dnr_mod.find_labelled(text) + dnr_mod.find_all(text):
        if norm not in {n for n, _ in out}:
            out.append((norm, raw))
    return out


def _without_leading_refs(title: str, raws: Sequence[str]) -> str:
    """The title without the diarienummer it opens with ("Dnr KS-2025-00301, KS-2025-00302 …")."""
    title = re.sub(r"^(?:Dnr|Ärendenummer)\s+", "", title).strip()
    while True:
        raw = next((r for r in raws if r and title.startswith(r)), None)
        if raw is None:
            return title
        title = title[len(raw):].lstrip(" ,;")


def _is_section_heading(ln: Line, text: str, cur: _Open | None, columns) -> bool:
    if LEADER.search(text) or len(text.split()) > 6 or not text[:1].isupper():
        return False
    if ln.bold and not columns:
        return True
    if columns and cur is not None:
        opened = " ".join(cur.parts)
        return opened.count("(") == opened.count(")") and not opened.rstrip().endswith(",")
    return columns is not None and cur is None


def _is_table_header(ln: Line) -> bool:
    return bool(re.match(r"^Ärende\s+(?:Beteckning|Dnr)", ln.text))


def _table_columns(page: Page) -> tuple[float, float] | None:
    """x where the agenda table's second and third columns start, from its header row."""
    for ln in page.body:
        if _is_table_header(ln) and len(ln.words) >= 3:
            return ln.words[1][0] - 2, ln.words[2][0] - 2
    return None


def _proposal_column(ln: Line, columns) -> str:
    if not columns or not ln.words:
        return ""
    return " ".join(w[2] for w in ln.words if w[0] >= columns[1])


def _title_column(ln: Line, columns) -> str:
    if not columns or not ln.words:
        return ln.text.strip()
    second, third = columns
    title = [w[2] for w in ln.words if w[0] < second]
    ref = [w[2] for w in ln.words if second <= w[0] < third]
    number = re.match(r"^\d{1,3}\.$", title[0]) if title else None
    if ref and number:
        return " ".join([title[0], *ref, *title[1:]])
    return " ".join(title)


# "Bilaga Stadsstyrelsen, 26.09.2022 § 191", "Bilaga Välfärdsnämnden, 15.09.2022 § 49"
APPENDIX_STAMP = re.compile(r"^bilaga\b[^§]{0,80}§\s*(?P<n>\d{1,4})\s*$", re.IGNORECASE)


def stamped_appendices(pages: Sequence[Page], date: str | None = None
                       ) -> dict[int, list[tuple[int, int]]]:
    """The page runs stamped as a §'s appendix, by § number; with a date, only the stamps of
    that meeting ("Bilaga Stadsstyrelsen, 13.02.2023 § 35" is another meeting's § 35)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for p in pages:
        stamp = next((m for ln in (*p.header, *p.body[:3])
                      if (m := APPENDIX_STAMP.match(ln.text.strip()))), None)
        if stamp is None:
            continue
        stamped = find_date(stamp.group(0))
        if date and stamped and stamped != date:
            continue
        n = int(stamp.group("n"))
        runs = out.setdefault(n, [])
        if runs and runs[-1][1] == p.number - 1:
            runs[-1] = (runs[-1][0], p.number)
        else:
            runs.append((p.number, p.number))
    return out


# ------------------------------------------------------------------ documents


def doc_kind(lines: Sequence[Line]) -> DocumentKind:
    for ln in lines:
        for rx, kind in KIND_WORDS:
            if rx.search(ln.text):
                return kind
    return DocumentKind.ANNAT


def starts_document(page: Page) -> bool:
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
        spans.append(Span(doc_kind(head), first, last, lines, span_pages[0].header))
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
    for ln in list(span.header) + [ln for ln in span.lines if ln.page == span.first][:15]:
        d = find_date(ln.text)
        if d:
            return d
    return None


def doc_dnr(span: Span) -> tuple[str, str] | None:
    for ln in list(span.header) + [ln for ln in span.lines if ln.page == span.first][:20]:
        found = dnr_mod.find_labelled(ln.text)
        if found:
            return found[0]
    return None


# ------------------------------------------------------------------ protocol paragraphs


def paragraph_start(ln: Line) -> tuple[int, str] | None:
    """(§ number, rest of line) when the line opens a protocol paragraph."""
    if not ln.bold:
        return None
    m = PARAGRAPH_FIRST.match(ln.text) or PARAGRAPH_LAST.match(ln.text)
    if not m:
        return None
    return int(m.group("num")), (m.group("rest") or "").strip()


def paragraphs(pages: Sequence[Page]) -> list[Paragraph]:
    """The protocol's paragraphs in order, each with its lines up to the next one."""
    appendix = {n for runs in stamped_appendices(pages).values() for a, b in runs
                for n in range(a, b + 1)}
    body = [ln for p in pages if not is_toc_page(p) for ln in p.body]
    # a § heading on a page stamped as an appendix is the appendix's own (a stadga's "46 §")
    starts = _rising([i for i, ln in enumerate(body)
                      if paragraph_start(ln) and ln.page not in appendix], body)
    # a diarienummer printed just above the § line (Nykarleby) belongs to the new paragraph
    starts = [i - 1 if i > 0 and _lone_dnr(body[i - 1]) and body[i - 1].page == body[i].page
              else i for i in starts]
    out = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else _appeal_start(body, i)
        out.append(_paragraph(body[i:end]))
    return [_with_blank_pages(para, pages) for para in out]


# the appeal instructions after the last §: "ANVISNING FÖR BEGÄRAN OM OMPRÖVNING OCH BESVÄR",
# "Besvärsanvisning", "Hur man överklagar", "Överklagandehänvisning"
APPEAL = re.compile(r"^(?:anvisning för begäran om omprövning|besvärsanvisning|"
                    r"omprövningsanvisning|hur man överklagar|överklagandehänvisning|"
                    r"information om hur man överklagar)", re.IGNORECASE)


def _appeal_start(body: Sequence[Line], start: int) -> int:
    """Where the appeal instructions begin after the last § (or the end of the file), with
    the remains of a running header above them on their page."""
    j = next((j for j in range(start + 1, len(body)) if APPEAL.match(body[j].text.strip())),
             len(body))
    while j < len(body) and j - 1 > start and body[j - 1].page == body[j].page \
            and body[j - 1].top < 120:
        j -= 1
    return j


def _with_blank_pages(para: Paragraph, pages: Sequence[Page]) -> Paragraph:
    """A paragraph with the pages without text that follow it: its scanned appendices."""
    last = para.last
    for p in pages:
        if p.number == last + 1 and not p.body and not is_toc_page(p):
            last = p.number
    return replace(para, last=last) if last != para.last else para


def _rising(starts: list[int], body: Sequence[Line]) -> list[int]:
    """The § lines whose numbers rise through the minutes: "1 § Tillämpning" in an appended
    stadga after § 222 is the stadga's own paragraph, not the meeting's."""
    out: list[int] = []
    last = -1
    for i in starts:
        start = paragraph_start(body[i])
        if start and start[0] > last:
            out.append(i)
            last = start[0]
    return out


def _lone_dnr(ln: Line) -> bool:
    return len(ln.text.split()) == 1 and bool(dnr_mod.find_all(ln.text))


def _paragraph(lines: list[Line]) -> Paragraph:
    lead = lines[0] if _lone_dnr(lines[0]) else None
    if lead is not None:
        lines = lines[1:]
    start = paragraph_start(lines[0])
    assert start is not None
    if lead is not None:
        start = (start[0], f"{start[1]} Dnr {lead.text}")
    num, rest = start
    found = _all_dnr(rest)
    title_parts = []
    inline = rest
    for _, raw in found:
        inline = inline.replace(raw, "")
    inline = dnr_mod.LABEL.sub("", inline)
    inline = re.sub(r"^(?:[\s,;:]|och\b)+|(?:[\s,;:]|\boch)+$", "", inline)
    if inline:
        title_parts.append(inline)
    i = 1
    while i < len(lines) and not title_parts:
        ln = lines[i]
        if not found:
            found = dnr_mod.find_labelled(ln.text) or (
                dnr_mod.find_all(ln.text) if len(ln.text.split()) <= 2 else [])
            if found and len(ln.text.split()) <= 3:
                i += 1
                continue
        if ln.bold:
            title_parts.append(ln.text)
        i += 1
    size = lines[i - 1].size if title_parts else 0
    while i < len(lines) and lines[i].bold and abs(lines[i].size - size) < 0.3 \
            and not lines[i].text.rstrip().endswith(":") \
            and (_tight(lines[i - 1], lines[i]) or not _heading_word(lines[i].text)):
        title_parts.append(lines[i].text)
        i += 1
    number = f"{num} §" if not lines[0].text.startswith("§") else f"§ {num}"
    title = re.sub(r"^Beslut\s*[-–]\s*", "", " ".join(title_parts)).strip()
    return Paragraph(num, number, title, tuple(found), lines[0].page, lines[-1].page, tuple(lines))


def _tight(prev: Line, ln: Line) -> bool:
    """Whether a line follows the one before at ordinary line spacing (a wrapped title line),
    not after the space that sets a heading apart."""
    gap = ln.top - prev.top
    return prev.page == ln.page and prev.top > 0 and 0 < gap <= ln.size * 1.45


def _heading_word(text: str) -> bool:
    """Whether a bold line under a § title is a section heading rather than more title.

    Titles wrap onto lines that begin with these words ("… etapp 1, samt" / "beslut om
    objektsgenomförandeavtal …", "Promemorian" / "Förslag om nya energipolitiska mål"), so a
    heading is a whole line of heading words, not a line that merely starts with one."""
    text = text.strip()
    return bool(HEADING_WORDS.match(text)) \
        or bool(re.search(r"\b(?:förslag|beslut)\s*:", text, re.IGNORECASE))


def parts(pages: Sequence[Page]) -> list[list[Page]]:
    """The file split where its cover comes again (a file that holds a meeting more than once)."""
    if not pages:
        return []
    cover_shape = [shape(ln.text) for ln in pages[0].body[:3]]
    out: list[list[Page]] = [[]]
    for p in pages:
        if out[-1] and len(cover_shape) >= 2 and \
                [shape(ln.text) for ln in p.body[:3]] == cover_shape:
            out.append([])
        out[-1].append(p)
    return out


# Headings of case papers and protocols, for text without font information (OCR):
# "Beslut", "Reservation", "Särskilt yttrande", "Kommunstyrelsens beslutsordning", "Förslag:"
HEADING_WORDS = re.compile(
    r"^(?:beslut|förslag till beslut(?: på sammanträdet)?|förslag|reservatione?r?|"
    r"särskil(?:t|da) (?:yttrande|uttalande)n?|yrkanden?|propositionsordning(?: som godkänns)?|"
    r"proposition|ärendebeskrivning|beslutsmotivering|beslutsunderlag|handlingar|"
    r"protokollsanteckninga?r?|omröstning(?:sresultat)?|beslutsgång|jäv|bakgrund|"
    r"sammanfattning(?: av ärendet)?|tidigare behandling|beredningsansvariga|"
    r"beslutet ska skickas till|ekonomiska konsekvenser|bedömning|"
    r"[\wåäö\- ]{3,60}s (?:beslutsordning|beslut|förslag)|beslut\s*[-–].{3,80})\s*:?$",
    re.IGNORECASE)


def infer_headings(pages: Sequence[Page]) -> list[Page]:
    """Pages whose OCR'd lines are marked bold where they are headings or a § line and its title.

    OCR loses the fonts that headings are recognised by; the words of headings remain."""
    out = []
    for p in pages:
        if not p.ocr or any(ln.bold for ln in p.body):
            out.append(p)
            continue
        body, after_paragraph = [], False
        for ln in p.body:
            text = ln.text.strip()
            heading = bool(HEADING_WORDS.match(text)) or bool(PARAGRAPH_FIRST.match(text) and
                                                             len(text) < 80)
            title = after_paragraph and not text.endswith(".") and len(text) < 90
            body.append(replace(ln, bold=True) if heading or title else ln)
            after_paragraph = bool(PARAGRAPH_FIRST.match(text)) and not title
        out.append(replace(p, body=tuple(body)))
    return out
