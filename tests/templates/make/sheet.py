"""A small typesetter on fpdf2: running header and footer per template, wrapped paragraphs,
hanging labels, columns, dotted leaders and tables that break across pages."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fpdf import FPDF

from . import fonts


@dataclass
class Style:
    """Page geometry (points, A4) and the body's type."""

    body: str = "sans"
    size: float = 10.5
    leading: float = 1.32
    left: float = 70.0
    right: float = 62.0
    top: float = 96.0
    bottom: float = 84.0
    indent: float = 0.0  # where running text starts, right of the left margin


@dataclass
class Cell:
    """One column of a row: offset from the left margin, width, text and type."""

    x: float
    w: float
    text: str
    style: str = ""
    align: str = "L"
    size: float | None = None
    font: str | None = None


Furniture = Callable[["Sheet"], None]


class Sheet(FPDF):
    def __init__(self, style: Style, header: Furniture | None = None,
                 footer: Furniture | None = None) -> None:
        super().__init__(unit="pt", format="A4")
        fonts.register(self)
        self.style = style
        self._header, self._footer = header, footer
        self.set_margins(style.left, style.top, style.right)
        self.set_auto_page_break(True, style.bottom)
        self.marks: dict[str, int] = {}
        self.state: dict = {}
        self.set_creator("Ärendehanteringssystem")
        self.set_producer("PDF-export")
        self.set_creation_date(datetime(2026, 5, 11, 9, 0, tzinfo=UTC))

    # ------------------------------------------------------------ furniture
    def header(self) -> None:
        if self._header:
            self._header(self)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self._footer:
            self._footer(self)

    # ------------------------------------------------------------ basics
    def use(self, style: str = "", size: float | None = None, font: str | None = None) -> None:
        self.set_font(font or self.style.body, style, size or self.style.size)

    def line_h(self, size: float | None = None) -> float:
        return (size or self.style.size) * self.style.leading

    def need(self, height: float) -> None:
        """A new page unless height points still fit above the bottom margin."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def gap(self, h: float = 6.0) -> None:
        if self.get_y() + h <= self.page_break_trigger:
            self.ln(h)

    def mark(self, name: str) -> None:
        self.marks[name] = self.page_no()

    def width_of(self, text: str, style: str = "", size: float | None = None,
                 font: str | None = None) -> float:
        self.use(style, size, font)
        return self.get_string_width(text)

    # ------------------------------------------------------------ running header and footer
    def masthead(self, font: str, left: Sequence[str], right: Sequence[str],
                 ys: Sequence[float], sizes: tuple[float, float] = (10, 9),
                 heights: tuple[float, float] = (12, 11), right_first: float | None = None,
                 left_w: float = 250, right_x: float = 330, right_w: float = 205,
                 rule: tuple[float, float] | None = None) -> None:
        """A running header of two corners, line k of each at ys[k]: the left corner's first
        line bold (the municipality), the others and the right corner's lines right-aligned in
        the regular type; a rule across the page (width, y) under it where given."""
        self.use("B", sizes[0], font)
        self.set_xy(self.l_margin, ys[0])
        self.cell(left_w, heights[0], left[0])
        self.use("", sizes[1], font)
        for y, s in zip(ys[1:], left[1:]):
            self.set_xy(self.l_margin, y)
            self.cell(left_w, heights[1], s)
        for k, (y, s) in enumerate(zip(ys, right)):
            self.set_xy(right_x, y)
            h = right_first if k == 0 and right_first is not None else heights[1]
            self.cell(right_w, h, s, align="R")
        if rule:
            self.set_line_width(rule[0])
            self.line(self.l_margin, rule[1], self.w - self.r_margin, rule[1])

    def signature_line(self, s: str, font: str, size: float = 7.5, style: str = "",
                       above_edge: float = 46, h: float = 9) -> None:
        """The running footer: the fields for the signatures, above_edge points over the
        page's lower edge."""
        self.use(style, size, font)
        self.set_xy(self.l_margin, self.h - above_edge)
        self.cell(0, h, s)

    # ------------------------------------------------------------ headings
    def para_head(self, n: int, title: str, dnr: str | None, size: float = 12,
                  number_w: float = 52, h: float = 16, need: float = 80, before: float = 12,
                  dnr_size: float = 9.5, dnr_after: float = 6,
                  without_dnr: float | None = None) -> None:
        """A § heading: "§ n" in a cell of its own, the title beside it on one line, "Dnr …"
        under it; a gap of without_dnr points instead where the § has no case number."""
        self.need(need)
        self.gap(before)
        self.use("B", size)
        self.cell(number_w, h, f"§ {n}")
        self.cell(0, h, title, new_x="LMARGIN", new_y="NEXT")
        if dnr:
            self.text(f"Dnr {dnr}", size=dnr_size, after=dnr_after)
        elif without_dnr is not None:
            self.gap(without_dnr)

    def label(self, s: str, size: float, font: str | None = None, h: float = 15,
              need: float = 40, before: float = 0, after: float = 0) -> None:
        """A bold label on a line of its own ("Beslut:", "Yrkanden"), kept with the lines
        under it."""
        if need:
            self.need(need)
        if before:
            self.gap(before)
        self.use("B", size, font)
        self.cell(0, h, s, new_x="LMARGIN", new_y="NEXT")
        if after:
            self.gap(after)

    # ------------------------------------------------------------ text
    def text(self, s: str, style: str = "", size: float | None = None, font: str | None = None,
             indent: float | None = None, after: float = 4.0, align: str = "L",
             width: float | None = None) -> None:
        """A wrapped paragraph; paragraphs split by blank lines keep their gap."""
        ind = self.style.indent if indent is None else indent
        for k, part in enumerate(s.split("\n\n")):
            self.use(style, size, font)
            self.need(self.line_h(size))
            self.set_x(self.l_margin + ind)
            self.multi_cell(width or self.epw - ind, self.line_h(size), part, align=align,
                            new_x="LMARGIN", new_y="NEXT")
            if k < s.count("\n\n"):
                self.gap(after)
        self.gap(after)

    def lines_of(self, s: str, w: float, style: str = "", size: float | None = None,
                 font: str | None = None) -> list[str]:
        self.use(style, size, font)
        return self.multi_cell(w, self.line_h(size), s, dry_run=True, output="LINES")

    def hanging(self, label: str, s: str, label_w: float, indent: float | None = None,
                style: str = "", label_style: str = "", size: float | None = None,
                font: str | None = None, label_font: str | None = None,
                after: float = 2.0, align: str = "L") -> None:
        """label at indent, text wrapped at indent+label_w (numbered points, labels)."""
        ind = self.style.indent if indent is None else indent
        self.need(self.line_h(size))
        y = self.get_y()
        page = self.page_no()
        self.use(label_style, size, label_font or font)
        self.set_xy(self.l_margin + ind, y)
        self.cell(label_w, self.line_h(size), label)
        self.use(style, size, font)
        self.set_xy(self.l_margin + ind + label_w, y)
        assert self.page_no() == page
        self.multi_cell(self.epw - ind - label_w, self.line_h(size), s, align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.gap(after)

    def row(self, cells: Sequence[Cell], size: float | None = None, after: float = 0.0,
            keep: bool = True) -> float:
        """Cells side by side on one baseline; each wraps in its width. Returns the height."""
        heights = []
        for c in cells:
            lines = self.lines_of(c.text, c.w, c.style, c.size or size, c.font)
            heights.append(len(lines) * self.line_h(c.size or size))
        h = max(heights) if heights else self.line_h(size)
        if keep:
            self.need(h)
        y = self.get_y()
        for c in cells:
            self.use(c.style, c.size or size, c.font)
            self.set_xy(self.l_margin + c.x, y)
            self.multi_cell(c.w, self.line_h(c.size or size), c.text, align=c.align,
                            new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, y + h)
        self.gap(after)
        return h

    def head_row(self, cols: Sequence[tuple[float, float, str]], size: float,
                 font: str | None = None, after: float = 2.0) -> float:
        """A table's head: each column's heading (x, width, text) in bold."""
        return self.row([Cell(x, w, h, "B", size=size, font=font) for x, w, h in cols], size=size,
                        after=after)

    def appendix_head(self, title: str, about: str, result: str, font: str | None = None,
                      size: float = 13, h: float = 18) -> None:
        """A voting appendix's first lines on a page of its own: its title in bold, what the
        vote was about, the result."""
        self.add_page()
        self.use("B", size, font)
        self.cell(0, h, title, new_x="LMARGIN", new_y="NEXT")
        self.text(about, after=1)
        self.text(result, after=8)

    def right(self, s: str, y: float | None = None, style: str = "", size: float | None = None,
              font: str | None = None, x_right: float | None = None) -> None:
        """s right-aligned at the right margin (or x_right) on the line at y."""
        self.use(style, size, font)
        w = self.get_string_width(s) + 1
        xr = x_right if x_right is not None else self.w - self.r_margin
        y0 = self.get_y() if y is None else y
        self.set_xy(xr - w, y0)
        self.cell(w, self.line_h(size), s)

    def rule(self, x0: float | None = None, x1: float | None = None, width: float = 0.5,
             after: float = 4.0) -> None:
        self.set_line_width(width)
        y = self.get_y() + 1
        self.line(x0 if x0 is not None else self.l_margin, y,
                  x1 if x1 is not None else self.w - self.r_margin, y)
        self.set_y(y + after)

    def leader(self, left: str, page: str, indent: float = 0.0, style: str = "",
               size: float | None = None, font: str | None = None, hang: float = 0.0,
               after: float = 2.0) -> None:
        """A contents line: text, a dotted leader, the page number at the right margin."""
        self.use(style, size, font)
        page_w = self.get_string_width("000") + 2
        avail = self.epw - indent - page_w - 6
        lines = self.lines_of(left, avail, style, size, font)
        self.need(len(lines) * self.line_h(size))
        for k, ln in enumerate(lines):
            x = self.l_margin + indent + (hang if k else 0)
            self.set_x(x)
            if k < len(lines) - 1:
                self.cell(avail, self.line_h(size), ln, new_x="LMARGIN", new_y="NEXT")
                continue
            self.use(style, size, font)
            used = self.get_string_width(ln + " ")
            dots = "." * max(3, int((avail - used - (hang if k else 0)) / self.get_string_width(".")))
            self.cell(avail, self.line_h(size), f"{ln} {dots}")
            self.set_x(self.w - self.r_margin - page_w)
            self.cell(page_w, self.line_h(size), page, align="R", new_x="LMARGIN", new_y="NEXT")
        self.gap(after)

    def box(self, x: float, y: float, size: float, checked: bool, font: str | None = None,
            font_size: float | None = None) -> None:
        """A drawn check box; a checked one holds an X character."""
        self.set_line_width(0.6)
        self.rect(x, y, size, size)
        if checked:
            self.use("", font_size or size, font)
            self.set_xy(x, y + size * 0.02)
            self.cell(size, size, "X", align="C")


def straddling(build: Callable[[int], Sheet], sizes: Sequence[int], start: str, end: str) -> Sheet:
    """The first sheet, built with each size in turn, whose marks start and end fall on
    different pages: text that must run over a page break whatever the fonts' metrics."""
    for size in sizes:
        s = build(size)
        if s.marks[start] != s.marks[end]:
            return s
    raise RuntimeError(f"{start}..{end} fits on one page at every size")


def document(style: Style, header: Furniture | None, footer: Furniture | None,
             *parts: Callable[[Sheet], None]) -> Sheet:
    """A sheet whose parts (cover, minutes, …) each begin on a new page."""
    s = Sheet(style, header, footer)
    s.alias_nb_pages("{nb}")
    for part in parts:
        s.add_page()
        part(s)
    return s
