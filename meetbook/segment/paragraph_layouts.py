"""The layouts of a protocol's § headings (pure): how the line that opens a § is printed.
Adding a layout is a subclass and its test; `LAYOUTS` lists them in the order they are asked."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from meetbook.headings import PARAGRAPH_FIRST, PARAGRAPH_LAST
from meetbook.model import Line
from meetbook.pdf.pages import Page


class ParagraphLayout(ABC):
    """One way a protocol prints the line that opens a §."""

    @abstractmethod
    def start(self, ln: Line) -> tuple[int, str] | None:
        """(§ number, the rest of the line) when the line opens a §."""

    def detect(self, pages: Sequence[Page]) -> bool:
        """Whether the protocol's §§ open in this layout: a line of the pages opens one."""
        return any(self.start(ln) for p in pages for ln in p.body)


class BoldParagraphLine(ParagraphLayout):
    """A bold line with the § number first or last ("§ 69 Dnr KS-2025-00014", "39 §
    Sammanträdets laglighet och beslutförhet"), the rest of it the title or the diarienummer."""

    def start(self, ln: Line) -> tuple[int, str] | None:
        if not ln.bold:
            return None
        m = PARAGRAPH_FIRST.match(ln.text) or PARAGRAPH_LAST.match(ln.text)
        if not m:
            return None
        return int(m.group("num")), (m.group("rest") or "").strip()


LAYOUTS: tuple[ParagraphLayout, ...] = (BoldParagraphLine(),)


def layout_of(pages: Sequence[Page]) -> ParagraphLayout:
    """The first layout whose § lines the pages print (the first of all where none is found)."""
    return next((layout for layout in LAYOUTS if layout.detect(pages)), LAYOUTS[0])
