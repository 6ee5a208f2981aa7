"""The layouts of a protocol's § headings (pure): how the line that opens a § is printed.
Adding a layout is a subclass and its test; `LAYOUTS` lists them in the order they are asked,
and the first that knows the protocol's pages reads all of its §§."""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from meetbook.headings import PARAGRAPH_FIRST, PARAGRAPH_LAST
from meetbook.model import Line
from meetbook.pdf.pages import Page

# "KS § 123", "TN § 47", "Kf § 45", "BUN § 12": a body's abbreviation before the § mark
ABBREVIATED = re.compile(r"^(?P<abbr>[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö]{1,2})\s+§\s*(?P<num>\d{1,4})"
                         r"\b\s*(?P<rest>.*)$")
# "Paragraf 101": the § written out as a word ("Paragrafer 101–105" on a cover is no heading)
WORDED = re.compile(r"^Paragraf\s+(?P<num>\d{1,4})\b(?!\s*[-–]\s*\d)\s*(?P<rest>.*)$")
# "3. § 12 Val av justerare", "Ärende 3  § 12 …": the agenda's number before the § mark
NUMBERED = re.compile(r"^(?:\d{1,3}[.)]|Ärende\s+\d{1,3}[.:]?)\s+§\s*(?P<num>\d{1,4})\b\s*"
                      r"(?P<rest>.*)$")
# "§ 12/2026", "§ 12:2026": a § numbered with its year, the year no part of the title
YEAR_AFTER = re.compile(r"^[/:]\s*(?:19|20)\d\d\b\s*")
LEFT_SHARE = 0.4  # a § heading begins in the left part of the page; a "§ 49" further right is
#                   a running header's or a page stamp's
CENTRED = 0.06  # share of the page's width within which a centred line's middle stands
LARGER = 0.75  # points by which a heading's type exceeds the running text's


def paragraph_mark(text: str) -> tuple[int, str, str] | None:
    """(§ number, the rest of the line, the number as the contract writes it) when the text
    opens with a § mark: "§ 69 Dnr …", "TN § 47", "Paragraf 47" and "3. § 47" give "§ 69", "§
    47"; "39 § …" gives "39 §"."""
    m = PARAGRAPH_FIRST.match(text) or ABBREVIATED.match(text) or WORDED.match(text) or \
        NUMBERED.match(text)
    if m:
        rest = YEAR_AFTER.sub("", (m.group("rest") or "").strip())
        return int(m.group("num")), rest, f"§ {m.group('num')}"
    m = PARAGRAPH_LAST.match(text)
    if m:
        return int(m.group("num")), (m.group("rest") or "").strip(), f"{m.group('num')} §"
    return None


class ParagraphLayout(ABC):
    """One way a protocol prints the line that opens a §."""

    @abstractmethod
    def start(self, ln: Line) -> tuple[int, str] | None:
        """(§ number, the rest of the line) when the line opens a §."""

    def detect(self, pages: Sequence[Page]) -> bool:
        """Whether the protocol's §§ open in this layout: a line of the pages opens one."""
        return any(self.start(ln) for p in pages for ln in p.body)

    def fitted(self, pages: Sequence[Page]) -> ParagraphLayout:
        """The layout as the pages print it (their type sizes); itself unless it measures."""
        return self


class BoldParagraphLine(ParagraphLayout):
    """A bold line with the § number first or last ("§ 69 Dnr KS-2025-00014", "39 §
    Sammanträdets laglighet och beslutförhet", "Paragraf 12"), the rest of it the title or the
    diarienummer."""

    def start(self, ln: Line) -> tuple[int, str] | None:
        if not ln.bold:
            return None
        m = PARAGRAPH_FIRST.match(ln.text) or PARAGRAPH_LAST.match(ln.text) or \
            WORDED.match(ln.text) or NUMBERED.match(ln.text)
        if not m:
            return None
        rest = YEAR_AFTER.sub("", (m.group("rest") or "").strip())
        return (int(m.group("num")), rest) if heading_rest(rest) else None


@dataclass(frozen=True)
class HeadingParagraphLine(ParagraphLayout):
    """A § line printed as a heading but not (all) in bold: in a heading type larger than the
    running text ("§ 17        Dnr 00123/2021 2.6." in a semibold serif, "§ 25 Ändring av
    byggnadsordningen   Dnr 112/2025" whose title and case number are in the text face), or
    bold with the body's abbreviation before the § ("TN § 47"); bold § lines are headings too.
    A § mark right of the page's left part is a running header's ("Kommunstyrelsen  § 49")."""

    text_size: float = 0.0
    page_width: float = 595.0

    def start(self, ln: Line) -> tuple[int, str] | None:
        if ln.x0 > self.page_width * LEFT_SHARE or not self._heading_type(ln):
            return None
        found = paragraph_mark(ln.text)
        return (found[0], found[1]) if found and heading_rest(found[1]) else None

    def _heading_type(self, ln: Line) -> bool:
        return ln.bold or (self.text_size > 0 and ln.size >= self.text_size + LARGER)

    def detect(self, pages: Sequence[Page]) -> bool:
        """Whether some § line of the pages is one the bold layout misses."""
        fitted = self.fitted(pages)
        return any(fitted.start(ln) and not BoldParagraphLine().start(ln)
                   for p in pages for ln in p.body)

    def fitted(self, pages: Sequence[Page]) -> HeadingParagraphLine:
        width = pages[0].width if pages else self.page_width
        return HeadingParagraphLine(text_size=text_size(pages), page_width=width)


def text_size(pages: Sequence[Page]) -> float:
    """The size of the running text: the size most characters of the pages' bodies are in."""
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.body:
            sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


# "Ärende 12", "Punkt 12": the agenda's number as the § of a protocol that prints no § mark
AGENDA_WORDED = re.compile(r"^(?:Ärende|Punkt)\s+(?P<num>\d{1,3})\b(?!\s*[-–/:.]\s*\d)"
                           r"[.:]?\s*(?P<rest>.*)$")
# a contents line: the title and its page after dotted leaders ("Budget ........ 3")
LEADERS = re.compile(r"(?:\.\s?){4,}|…|_{4,}")
# a word before a § mark that refers to it in running text ("Se § 12", "Jfr § 4"), no body's
REFERRING = frozenset({"se", "jfr", "enl", "enligt", "av", "i", "om", "till", "under", "från"})


@dataclass(frozen=True)
class ShapeParagraphLine(ParagraphLayout):
    """The general shape of a § line, in any type and weight: a § mark in any of its forms
    ("§ 12", "12 §", "KSAU § 12", "Paragraf 12", "§ 12/2026") opening a line at the left of
    the page, followed by nothing, a title that begins with a capital, a case number or a
    dash; where the pages print no § mark at all, "Ärende 12" / "Punkt 12" so. Never a
    reference in running text (what follows the mark begins in lower case: "12 §
    kommunallagen", "§ 12 gäller"), a range ("§ 12–15"), a contents line (dotted leaders) or a
    sentence. Asked only when the strict layouts find nothing (`general_shape`)."""

    page_width: float = 595.0
    worded: bool = False

    def start(self, ln: Line) -> tuple[int, str] | None:
        if ln.x0 > self.page_width * LEFT_SHARE and not self._centred(ln):
            return None
        found = paragraph_mark(ln.text) or (self.worded and _agenda_worded(ln.text)) or None
        if found is None or not heading_rest(found[1]) or _referring(ln.text):
            return None
        return found[0], found[1]

    def _centred(self, ln: Line) -> bool:
        """Whether a line stands centred on the page ("§ 12" set in the middle), not at the
        right as a running header's or a page stamp's § does."""
        return abs((ln.x0 + ln.x1) / 2 - self.page_width / 2) < self.page_width * CENTRED

    def fitted(self, pages: Sequence[Page]) -> ShapeParagraphLine:
        width = pages[0].width if pages else self.page_width
        marked = ShapeParagraphLine(page_width=width).detect(pages)
        return ShapeParagraphLine(page_width=width, worded=not marked)


def _agenda_worded(text: str) -> tuple[int, str, str] | None:
    """(number, the rest, the number as printed: "Ärende 3") of an agenda number heading."""
    m = AGENDA_WORDED.match(text.strip())
    if m is None:
        return None
    return int(m.group("num")), m.group("rest").strip(), f"{text.split()[0]} {m.group('num')}"


def printed_mark(text: str) -> tuple[int, str, str] | None:
    """`paragraph_mark`, or the agenda's number a protocol without § marks heads its parts
    with ("Ärende 3" stays "Ärende 3")."""
    return paragraph_mark(text) or _agenda_worded(text)


def _referring(text: str) -> bool:
    """Whether the word before a § mark refers to it ("Se § 12") rather than naming a body."""
    return text.split()[0].lower().rstrip(".") in REFERRING if "§" in text.split()[1:2] else False


def heading_rest(rest: str) -> bool:
    """Whether what follows a § mark on its line is a heading's: nothing, a title beginning
    with a capital or a figure, a case number, or punctuation before one ("– Title", ". Title");
    not running text, a range of §§, a contents line or a sentence."""
    text = rest.strip()
    if not text:
        return True
    if LEADERS.search(text) or re.match(r"[-–—]\s*\d{1,4}\b(?![/:.-]\d)", text):
        return False
    words = text.lstrip(" .:–—-").split()
    if not words:
        return True
    first = next((c for c in words[0] if c.isalpha()), "")
    if first and first.islower() and not re.match(r"(?i)dnr|diarie|ärende", words[0]):
        return False
    # a sentence ends in a stop after a word, not after an abbreviation ("… Frej Strandvik m.fl.")
    last = words[-1]
    return not (last.endswith(".") and "." not in last[:-1] and len(words) > 8)


# the importer's fallback: § headings read by their general shape (`ShapeParagraphLine`)
_GENERAL: ContextVar[bool] = ContextVar("general_shape", default=False)


@contextmanager
def general_shape() -> Iterator[None]:
    """Within it, the protocol's § lines are read by their general shape, whatever their type:
    for a file in which the strict layouts find no § at all."""
    token = _GENERAL.set(True)
    try:
        yield
    finally:
        _GENERAL.reset(token)


LAYOUTS: tuple[ParagraphLayout, ...] = (HeadingParagraphLine(), BoldParagraphLine())


def layout_of(pages: Sequence[Page]) -> ParagraphLayout:
    """The first layout whose § lines the pages print (the bold one where none is found),
    fitted to the pages; the general shape within `general_shape`."""
    if _GENERAL.get():
        return ShapeParagraphLine().fitted(pages)
    found = next((layout for layout in LAYOUTS if layout.detect(pages)), BoldParagraphLine())
    return found.fitted(pages)
