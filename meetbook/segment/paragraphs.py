"""The protocol's paragraphs (§): where each begins and ends, its number, title and
diarienummer (pure)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from meetbook.extract import dnr as dnr_mod
from meetbook.headings import HEADING_WORDS
from meetbook.model import Line
from meetbook.pdf.pages import Page
from meetbook.segment.agenda.entry import is_toc_page
from meetbook.segment.appendices import stamped_appendices
from meetbook.segment.heads import all_dnr
from meetbook.segment.paragraph_layouts import ParagraphLayout, layout_of, printed_mark
from meetbook.segment.side_labels import split_side_labels
from meetbook.segment.vote_appendix import appendix_lines


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


@dataclass(frozen=True)
class ParagraphSpan:
    """A paragraph's lines before it is read: from its § line (or the title or diarienummer
    above it) up to the next one."""

    lines: tuple[Line, ...]
    layout: ParagraphLayout
    pages: Sequence[Page] = field(repr=False, compare=False)  # for blank pages after it

    def number(self) -> int:
        """The paragraph's number, as `read` finds it, without reading the rest: the number
        of its first § line once side labels are set apart."""
        return next(start[0] for ln in self.lines for part in split_side_labels([ln])
                    if (start := self.layout.start(part)))

    def read(self) -> Paragraph:
        """The paragraph: its number, title, diarienummer and lines."""
        return _with_blank_pages(_paragraph(split_side_labels(self.lines), self.layout),
                                 self.pages)


def paragraphs(pages: Sequence[Page], layout: ParagraphLayout | None = None) -> list[Paragraph]:
    """The protocol's paragraphs in order, each with its lines up to the next one; their §
    lines as the layout prints them (the pages' own layout when none is given)."""
    return [span.read() for span in paragraph_spans(pages, layout)]


def paragraph_spans(pages: Sequence[Page], layout: ParagraphLayout | None = None) -> list[ParagraphSpan]:
    """Where each of the protocol's paragraphs begins and ends (see `paragraphs`)."""
    layout = layout or layout_of(pages)
    appendix = {n for runs in stamped_appendices(pages).values() for a, b in runs
                for n in range(a, b + 1)}
    voting = appendix_lines(pages, layout)  # lists of voters printed apart: no § holds them
    body = [ln for p in pages if not is_toc_page(p) for ln in p.body
            if (ln.page, ln.top) not in voting]
    # a § heading on a page stamped as an appendix is the appendix's own (a stadga's "46 §")
    starts = _rising([i for i, ln in enumerate(body)
                      if layout.start(ln) and ln.page not in appendix], body, layout)
    # a diarienummer printed alone just above the § line belongs to the new paragraph
    starts = [i - 1 if i > 0 and _lone_dnr(body[i - 1]) and body[i - 1].page == body[i].page
              else i for i in starts]
    # a title printed right of a bare § mark in its margin column, its baseline a little higher
    starts = [i - 1 if i > 0 and _beside(body[i - 1], body[i], layout) else i for i in starts]
    starts = [_title_above(body, i, starts[k - 1] if k else -1, layout)
              for k, i in enumerate(starts)]
    ends = [*starts[1:], _appeal_start(body, starts[-1])] if starts else []
    return [ParagraphSpan(tuple(body[i:end]), layout, pages) for i, end in zip(starts, ends)]


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


def _rising(starts: list[int], body: Sequence[Line], layout: ParagraphLayout) -> list[int]:
    """The § lines whose numbers rise through the minutes: "1 § Tillämpning" in an appended
    stadga after § 222 is the stadga's own paragraph, not the meeting's."""
    out: list[int] = []
    last = -1
    for i in starts:
        start = layout.start(body[i])
        if start and start[0] > last:
            out.append(i)
            last = start[0]
    return out


def _title_above(body: Sequence[Line], i: int, before: int, layout: ParagraphLayout) -> int:
    """Where a paragraph begins whose title is printed in bold just above its bare § line
    ("Antagande av översiktsplan" / "§ 102"): the first of those lines; else i."""
    start = layout.start(body[i])
    if start is None or _title_on_line(start[1], all_dnr(start[1])) or _title_below(body, i):
        return i
    j = i
    while j - 1 > before and i - j < 3 and _title_line_above(body[j - 1], body[j], layout):
        j -= 1
    return j


def _title_line_above(ln: Line, below: Line, layout: ParagraphLayout) -> bool:
    return ln.bold and ln.page == below.page and 0 < below.top - ln.top <= below.size * 1.7 \
        and not layout.start(ln) and not ln.text.rstrip().endswith((":", ".")) \
        and not _heading_word(ln.text) and not _lone_dnr(ln)


def _title_below(body: Sequence[Line], i: int) -> bool:
    """Whether a bold line that is no section heading follows the § line (its title)."""
    for ln in body[i + 1:i + 3]:
        if _case_numbers(ln.text):
            continue
        return ln.bold and not _heading_word(ln.text)
    return False


def _beside(title: Line, mark: Line, layout: ParagraphLayout) -> bool:
    """Whether a line is the title printed beside a bare § mark in a margin column ("§ 12" at
    the left, "Budget 2027" right of it on the same row, its baseline up to most of a line
    higher or lower): no § line, no case number, no sentence."""
    start = layout.start(mark)
    return start is not None and not start[1] and title.page == mark.page \
        and abs(title.top - mark.top) < mark.size * 0.8 and title.x0 > mark.x1 \
        and not layout.start(title) and not _case_numbers(title.text) \
        and not title.text.rstrip().endswith((".", ":")) and not _heading_word(title.text)


def _lone_dnr(ln: Line) -> bool:
    """Whether the line is a diarienummer alone."""
    return len(ln.text.split()) == 1 and bool(dnr_mod.find_all(ln.text))


def _paragraph(lines: list[Line], layout: ParagraphLayout) -> Paragraph:
    """The paragraph of the lines from its § line (or the diarienummer above it) on: its
    number, its diarienummer from the § line or the lines under it, its title from the rest of
    the § line or the bold lines under it."""
    k = next(k for k, ln in enumerate(lines) if layout.start(ln))
    lead = next((ln for ln in lines[:k] if _lone_dnr(ln)), None)
    above = [ln.text for ln in lines[:k] if ln is not lead]
    lines = lines[k:]
    if len(lines) > 1 and not above and _beside(lines[1], lines[0], layout):
        lines = [_joined(lines[0], lines[1]), *lines[2:]]
    start = layout.start(lines[0])
    assert start is not None
    if lead is not None:
        start = (start[0], f"{start[1]} Dnr {lead.text}")
    num, rest = start
    found = all_dnr(rest)
    title_parts = list(above)
    inline = _title_on_line(rest, found)
    if inline and not above:
        title_parts.append(inline)
    i = 1
    while i < len(lines) and not title_parts:
        ln = lines[i]
        if not found:
            found = _case_numbers(ln.text) or dnr_mod.find_labelled(ln.text) or (
                dnr_mod.find_all(ln.text) if len(ln.text.split()) <= 2 else [])
            if found and (len(ln.text.split()) <= 3 or _case_numbers(ln.text)):
                i += 1
                continue
        if ln.bold:
            if _heading_word(ln.text) and not DECISION_TITLE.match(ln.text):
                break  # a section's heading ("Beslut") under a title in the text's type
            title_parts.append(ln.text)
        i += 1
    size = lines[i - 1].size if title_parts and not above else 0
    while size and i < len(lines) and lines[i].bold and abs(lines[i].size - size) < 0.3 \
            and not lines[i].text.rstrip().endswith(":") \
            and (_tight(lines[i - 1], lines[i]) or not _heading_word(lines[i].text)):
        title_parts.append(lines[i].text)
        i += 1
    if inline and i == 1:
        wrapped = _wrapped_title(lines, inline)
        title_parts += [ln.text for ln in wrapped]
        i += len(wrapped)
    if not found:
        found = _dnr_under_title(lines[i:i + 2])
    if not title_parts:
        title_parts = _plain_title(lines)
    mark = printed_mark(lines[0].text)
    number = mark[2] if mark else f"§ {num}"
    title = re.sub(r"^Beslut\s*[-–]\s*", "", " ".join(title_parts)).strip()
    title = TITLE_LABEL.sub("", title)
    return Paragraph(paragraph=num, number=number, title=title, dnr=tuple(found),
                     first=lines[0].page, last=lines[-1].page, lines=tuple(lines))


def _joined(mark: Line, title: Line) -> Line:
    """A bare § mark and the title printed beside it, as the one line they are on the page."""
    return replace(mark, text=f"{mark.text} {title.text}", x1=max(mark.x1, title.x1),
                   words=(*mark.words, *title.words))


# a title printed as the decision's heading: "Beslut – Val av justerare"
DECISION_TITLE = re.compile(r"beslut\s*[-–]", re.IGNORECASE)


# the agenda's number printed beside a § ("§ 104  Ärende 4", "§ 32 – Title … Ärende 2",
# "§ 64  Title (ärende nr 6)")
AGENDA_NUMBER = re.compile(r"(?:^|\s+)(?:\((?i:ärende|punkt)\s+(?:nr\.?\s*)?\d{1,3}\)|"
                           r"(?:Ärende|Ärendenummer|Punkt)\s+(?:nr\.?\s*)?\d{1,3}[:.]?"
                           r"(?=\s|$)(?![\s]*[/:.-]\s*\d))")


def _title_on_line(rest: str, found: Sequence[tuple[str, str]]) -> str:
    """What the § line prints besides its number, case numbers and agenda number: the title,
    if any ("Dnr KS-2025-00301, KS-2025-00302" and "Ärende 4" leave nothing; "– Val av
    justerare" is the title after a dash; "… i kultur- och" keeps its "och"; "Title (MHN
    2026/212)" leaves the title without its brackets)."""
    text = rest
    for _, raw in found:
        text = text.replace(raw, "\0")
    # the case number in brackets after the title: "Title (MHN 2026/212)"
    text = re.sub(r"[(\[]\s*(?:[Dd]nr\.?:?\s*)?\0\s*[)\]]", "\0", text)
    text = re.sub(r"\0(?:\s*(?:,|;|och)\s*\0)+", "\0",
                  dnr_mod.LABEL.sub("", AGENDA_NUMBER.sub(" ", text)))
    # a dash or a slash between the title and its case number: "Title – Dnr KS 2026/45"
    text = re.sub(r"\s+[–—/|]\s*(?=\0)", " ", text)
    return text.replace("\0", " ").strip().lstrip(" ,;:.–—-").rstrip(" ,;:").strip()


# a label before the title: "Ärende: Val av justerare", "Rubrik: …"
TITLE_LABEL = re.compile(r"^(?:ärende|rubrik|ämne|titel)\s*:\s*", re.IGNORECASE)


def _plain_title(lines: Sequence[Line]) -> list[str]:
    """The title of a bare § line printed in the text's own weight on the line under it (case
    numbers aside): a short line, tight under it, that is no sentence and no heading."""
    head = lines[0]
    prev = head
    for ln in lines[1:4]:
        # set a little apart from the § line, as a heading's title is, but no paragraph away
        if not _tight(prev, ln, max(prev.size, ln.size) * 1.25):
            return []
        if _case_numbers(ln.text) or dnr_mod.find_labelled(ln.text) and len(ln.text.split()) <= 4:
            prev = ln
            continue
        text = ln.text.strip()
        if len(text) > 100 or text.endswith((".", ":")) or _heading_word(text):
            return []
        return [text]
    return []


def _case_numbers(text: str) -> list[tuple[str, str]]:
    """The case numbers of a line that prints nothing else but a label ("Dnr KS/2026:140,
    KS/2025:377", "Diarienr. BUN 2026/45, KS 2026/310", "Vårt dnr BUN 2026/8", "Ks 2026.123")."""
    found = all_dnr(text) if dnr_mod.find_labelled(text) else \
        dnr_mod.find_all(text) or dnr_mod.find_alone(text)
    if not found:
        return []
    left = text
    for _, raw in found:
        left = left.replace(raw, " ")
    words = [w for w in dnr_mod.LABEL.sub(" ", left).split()
             if w.strip(",;.:()") and w.lower() not in {"och", "samt", "vårt", "ert", "er", "vår"}]
    return found if not words else []


def _wrapped_title(lines: Sequence[Line], inline: str) -> list[Line]:
    """The lines that carry on a title begun on the § line in a column of its own, right of
    the § mark ("§ 27 Undantagslov … på fastigheten Strandby   Dnr 31/2026" / "4:17"): each
    follows tightly and begins where the title began, not at the text's margin; a case number
    set under the title in its column ("Dnr KS 2026/48") ends it."""
    head = lines[0]
    first = inline.split()[0]
    x = next((w[0] for w in head.words if w[2] == first), None)
    if x is None or x < head.x0 + 15:
        return []
    out: list[Line] = []
    prev = head
    for ln in lines[1:4]:
        if (abs(ln.x0 - x) > 2 or not _tight(prev, ln, head.size) or _dnr_under_title([ln])
                or _bare_dnr(ln.text)):
            break
        out.append(ln)
        prev = ln
    return out


def _dnr_under_title(lines: Sequence[Line]) -> list[tuple[str, str]]:
    """The diarienummer a short labelled line under the title gives ("Diarienummer
    KSF-2025-00389", "Ärendenummer: Ks 162/2026", "Dnr 9/2026"), or a line of nothing but
    case numbers ("Diarienr. BUN 2026/45, KS 2026/310")."""
    for ln in lines:
        found = _case_numbers(ln.text)
        if found:
            return found
        if len(ln.text.split()) <= 4:
            found = dnr_mod.find_labelled(ln.text) or (
                dnr_mod.find_all(ln.text) if _bare_dnr(ln.text) else [])
            if found:
                return found
    return []


def _bare_dnr(text: str) -> bool:
    """Whether a line is a case number with its prefix and nothing else ("KS 2026/301")."""
    return bool(dnr_mod.PREFIXED.fullmatch(text.strip()))


def _tight(prev: Line, ln: Line, size: float | None = None) -> bool:
    """Whether a line follows the one before at ordinary line spacing (a wrapped title line),
    not after the space that sets a heading apart; size: the type the spacing is set for."""
    gap = ln.top - prev.top
    return prev.page == ln.page and prev.top > 0 and 0 < gap <= (size or ln.size) * 1.45


def _heading_word(text: str) -> bool:
    """Whether a bold line under a § title is a section heading rather than more title.

    Titles wrap onto lines that begin with these words ("… etapp 1, samt" / "beslut om
    objektsgenomförandeavtal …", "Promemorian" / "Förslag om nya energipolitiska mål"), so a
    heading is a whole line of heading words, not a line that merely starts with one."""
    text = text.strip()
    return bool(HEADING_WORDS.match(text)) \
        or bool(re.search(r"\b(?:förslag|beslut)\s*:", text, re.IGNORECASE))
