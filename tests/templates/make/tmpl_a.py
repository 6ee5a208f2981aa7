"""Template A (Ekviks kommun): a classic Swedish minute template.

Running header on every page: the municipality in capitals, the body under it, SAMMANTRÄDES-
PROTOKOLL and the meeting date in the middle, "Sida" and "n(N)" at the right, a rule under
it. A footer box for the adjusters' initials and the extract certification. The cover is a
table of labels (Plats och tid, Beslutande, Övriga deltagande, Utses att justera, …, ANSLAG/
BEVIS). Body in a Helvetica-like sans, § headings and titles in a Times-like serif. The §
line carries the case number right-aligned ("§ 17        Dnr 00123/2021 2.6."); the body's
decision comes first under the title, then the case, yrkanden, procedure and votes; a roll
call is printed in the § as a table with X under Ja/Nej/Avst/Frånv, the substitute in an
Ersättare column, and "Transport:" lines where it breaks across pages."""
from __future__ import annotations

from dataclasses import dataclass

from .blocks import Para, render
from .people import Seat, counts
from .sheet import Cell, Sheet, Style

STYLE = Style(body="sans", size=10.5, left=68, right=60, top=100, bottom=92)


@dataclass
class Meta:
    municipality_caps: str
    body: str
    date: str
    total_pages: str | None = None  # printed instead of the real count (a truncated file)
    garbled_cover: bool = False


def header(meta: Meta):
    def draw(s: Sheet) -> None:
        top = 30
        s.use("B", 12)
        s.set_xy(s.l_margin, top)
        s.cell(200, 14, meta.municipality_caps)
        if s.page_no() == 1 and meta.garbled_cover:
            s.use("B", 10.5, "garbled")
        else:
            s.use("", 10.5)
        s.set_xy(s.l_margin, top + 16)
        s.cell(200, 13, meta.body)
        s.use("B", 10)
        s.set_xy(268, top)
        s.cell(170, 13, "SAMMANTRÄDESPROTOKOLL")
        s.use("", 7.5)
        s.set_xy(268, top + 15)
        s.cell(120, 9, "Sammanträdesdatum")
        s.use("", 10)
        s.set_xy(268, top + 24)
        s.cell(120, 12, meta.date)
        s.use("", 7.5)
        s.set_xy(470, top + 15)
        s.cell(60, 9, "Sida")
        s.use("", 10)
        s.set_xy(470, top + 24)
        total = meta.total_pages or "{nb}"
        s.cell(60, 12, f"{s.page_no()}({total})")
        s.set_line_width(0.6)
        s.line(s.l_margin, top + 42, s.w - s.r_margin, top + 42)
    return draw


def footer(s: Sheet) -> None:
    y = s.h - 62
    s.set_line_width(0.4)
    s.use("", 6.5)
    for x, w, label in ((s.w - s.r_margin - 200, 110, "Justerandes sign"),
                        (s.w - s.r_margin - 86, 86, "Utdragsbestyrkande")):
        s.rect(x, y, w, 30)
        s.set_xy(x + 2, y + 1)
        s.cell(w - 4, 8, label)


def sheet(meta: Meta) -> Sheet:
    s = Sheet(STYLE, header(meta), footer)
    s.alias_nb_pages("{nb}")
    return s


# ------------------------------------------------------------------ cover
LABEL_W = 132.0


def field_row(s: Sheet, label: str, value: str, after: float = 7.0, bold_label: bool = True) -> None:
    s.row([Cell(0, LABEL_W - 6, label, "B" if bold_label else "", size=9.5),
           Cell(LABEL_W, s.epw - LABEL_W, value)], after=after)


def anslag(s: Sheet, rows: list[tuple[str, str]]) -> None:
    s.need(150)
    s.gap(8)
    y0 = s.get_y()
    s.use("B", 11)
    s.cell(0, 16, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    s.text("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=9.5,
           after=3)
    for label, value in rows:
        s.row([Cell(0, 170, label, size=9), Cell(175, s.epw - 175, value, size=9.5)], after=2)
    s.set_line_width(0.5)
    s.rect(s.l_margin - 4, y0 - 2, s.epw + 8, s.get_y() - y0 + 6)


def signature(s: Sheet, label: str, names: list[str], extra: str = "") -> None:
    s.need(40)
    y = s.get_y()
    s.use("B", 9.5)
    s.set_xy(s.l_margin, y + 8 - 11 * label.count("\n"))
    s.multi_cell(LABEL_W - 6, 11, label)
    x = s.l_margin + LABEL_W
    for k, name in enumerate(names):
        s.set_line_width(0.3)
        s.line(x + k * 170, y + 18, x + k * 170 + 150, y + 18)
        s.use("", 10)
        s.set_xy(x + k * 170, y + 20)
        s.cell(150, 12, name)
    if extra:
        s.use("", 10)
        s.set_xy(x + 250, y + 6)
        s.cell(150, 12, extra)
    s.set_xy(s.l_margin, y + 40)


# ------------------------------------------------------------------ contents
def contents(s: Sheet, paras: list[Para], pages: dict[str, int], title: str = "Innehållsförteckning",
             extra: list[tuple[int, str]] | None = None) -> None:
    s.use("B", 14, "serif")
    s.cell(0, 20, title, new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    rows = [(p.number, p.title, pages.get(f"p{p.number}", 0)) for p in paras]
    rows += [(n, t, pg) for n, t, pg in (extra or [])]
    for number, text, page in sorted(rows):
        s.need(s.line_h())
        y = s.get_y()
        s.use("", 10.5)
        s.set_xy(s.l_margin, y)
        s.cell(44, s.line_h(), f"§ {number}")
        s.set_xy(s.l_margin, y)
        s.leader(text, str(page), indent=44, after=4)


# ------------------------------------------------------------------ a §
def para_head(s: Sheet, p: Para) -> None:
    s.need(80)
    s.gap(6)
    s.mark(f"p{p.number}")
    y = s.get_y()
    s.use("B", 13, "serif")
    s.set_xy(s.l_margin, y)
    s.cell(60, 16, f"§ {p.number}")
    if p.dnr:
        s.right(p.dnr, y + 1, size=10)
    s.set_xy(s.l_margin, y + 22)
    s.use("B", 13, "serif")
    s.multi_cell(s.epw - 40, 16, p.title, new_x="LMARGIN", new_y="NEXT")
    s.gap(10)


def subhead(s: Sheet, text: str) -> None:
    s.need(40)
    s.gap(2)
    s.use("B", 10.5)
    s.cell(0, 15, text, new_x="LMARGIN", new_y="NEXT")
    s.gap(1)


def render_para(s: Sheet, p: Para) -> None:
    para_head(s, p)
    render(s, p.blocks, subhead, point_w=18, more={"votes": vote_table})
    s.gap(10)


# ------------------------------------------------------------------ roll-call table
COLS = [(0, 148, "Ledamöter"), (148, 36, "Parti"), (184, 138, "Ersättare"),
        (322, 40, "Ja"), (362, 40, "Nej"), (402, 40, "Avst"), (442, 40, "Frånv")]
VOTE_COL = {"ja": 3, "nej": 4, "avstår": 5, "frånvarande": 6}
ROW = 12.5


def _table_head(s: Sheet, caption: str) -> None:
    s.use("B", 9.5)
    s.cell(0, 14, caption, new_x="LMARGIN", new_y="NEXT")
    y = s.get_y()
    s.use("B", 8.5)
    for x, w, name in COLS:
        s.set_xy(s.l_margin + x, y)
        s.cell(w, ROW, name, align="C" if x >= 322 else "L")
    s.set_line_width(0.4)
    s.line(s.l_margin, y + ROW, s.l_margin + 482, y + ROW)
    s.set_xy(s.l_margin, y + ROW + 1)


def _sum_row(s: Sheet, label: str, tally: dict) -> None:
    y = s.get_y()
    s.use("B", 8.5)
    s.set_xy(s.l_margin, y)
    s.cell(148, ROW, label)
    for vote, col in VOTE_COL.items():
        x, w, _ = COLS[col]
        s.set_xy(s.l_margin + x, y)
        s.cell(w, ROW, str(tally.get(vote, 0)), align="C")
    s.set_xy(s.l_margin, y + ROW)


def vote_table(s: Sheet, caption: str, seats: list[Seat]) -> None:
    s.need(ROW * 6)
    _table_head(s, caption)
    done: list[Seat] = []
    for seat in seats:
        if s.get_y() + 2 * ROW > s.page_break_trigger:
            _sum_row(s, "Transport:", counts(done))
            s.add_page()
            _table_head(s, caption + " (forts.)")
            _sum_row(s, "Transport:", counts(done))
        y = s.get_y()
        s.use("", 8.5)
        s.set_xy(s.l_margin, y)
        s.cell(148, ROW, seat.member.name)
        s.set_xy(s.l_margin + 148, y)
        s.cell(36, ROW, seat.member.party or "")
        s.set_xy(s.l_margin + 184, y)
        s.cell(138, ROW, seat.voter.name if seat.voter else "")
        x, w, _ = COLS[VOTE_COL[seat.vote]]
        s.set_xy(s.l_margin + x, y)
        s.cell(w, ROW, "X", align="C")
        s.set_xy(s.l_margin, y + ROW)
        done.append(seat)
    s.set_line_width(0.4)
    s.line(s.l_margin, s.get_y(), s.l_margin + 482, s.get_y())
    _sum_row(s, "Summa:", counts(done))
    s.gap(8)
