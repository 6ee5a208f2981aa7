"""Template F (Älvby kommun): a Palatino-like serif body with sans headings. Running header with
the municipality at the left and PROTOKOLL, the body and "Sammanträde <date>" at the right; a
footer with the chair's and the adjusters' initials at the left and "Sida n av N" at the right.
Each § is "§ 41  Title" with "Dnr KS 2026/41" under it; the decision comes first under
"Beslut", then Ärendet, Yrkanden, Propositionsordning, Votering and Reservationer.

Roll calls are printed four ways, each unlike templates A-C:
- a ruled grid in the § (Ledamot / Parti / Tjänstgörande ersättare / Ja / Nej / Avstår /
  Frånvarande), a lower-case "x" in the chosen column, a "Transport" row at the foot of the
  first page and the head of the next one under the repeated column heads, "Totalt" at the end;
- sentences "Följande röstade ja: …", "Följande röstade nej: …", "Följande avstod från att
  rösta: …";
- one member a line, "Anna Berg (S): ja", over a page break;
- voting appendices after the minutes, each page headed "BILAGA n" in the body (no stamp in the
  running header), "Votering nr n", the § or only the agenda's ärende number and title, the
  counts as "Ja: 28   Nej: 19   Avstår: 1   Frånvarande: 1", rows Namn / Parti / Funktion / Röst
  with the surname first ("Lindqvist, Maria"), or Ledamot / Ersättare / Parti / Röst, and a list
  that runs over two pages under "BILAGA 3 (forts.)"."""
from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Para, render
from .people import Seat, counts
from .sheet import Cell, Sheet, Style

STYLE = Style(body="palatino", size=10, leading=1.36, left=72, right=64, top=100, bottom=88)


@dataclass
class Meta:
    municipality: str
    body: str
    date: str


def header(meta: Meta):
    def draw(s: Sheet) -> None:
        s.use("B", 13, "sans")
        s.set_xy(s.l_margin, 30)
        s.cell(220, 16, meta.municipality)
        s.use("B", 10, "sans")
        s.set_xy(380, 26)
        s.cell(150, 12, "PROTOKOLL")
        s.use("", 9, "sans")
        s.set_xy(380, 39)
        s.cell(150, 11, meta.body)
        s.set_xy(380, 51)
        s.cell(150, 11, f"Sammanträde {meta.date}")
        s.set_line_width(0.5)
        s.line(s.l_margin, 70, s.w - s.r_margin, 70)
    return draw


def footer(s: Sheet) -> None:
    y = s.h - 56
    s.set_line_width(0.3)
    s.line(s.l_margin, y, s.w - s.r_margin, y)
    s.use("", 7.5, "sans")
    s.set_xy(s.l_margin, y + 3)
    s.cell(260, 9, "Ordförandes sign ............   Justerares sign ............")
    s.set_xy(s.w - s.r_margin - 90, y + 3)
    s.cell(90, 9, f"Sida {s.page_no()} av {{nb}}", align="R")


def sheet(meta: Meta) -> Sheet:
    s = Sheet(STYLE, header(meta), footer)
    s.alias_nb_pages("{nb}")
    return s


LABEL_W = 120.0


def field_row(s: Sheet, label: str, value: str, after: float = 5.0) -> None:
    s.row([Cell(0, LABEL_W - 8, label, "B", font="sans", size=9.5),
           Cell(LABEL_W, s.epw - LABEL_W, value)], after=after)


def para_head(s: Sheet, p: Para) -> None:
    s.need(80)
    s.gap(12)
    s.mark(f"p{p.number}")
    s.hanging(f"§ {p.number}", p.title, 46, indent=0, style="B", label_style="B", size=12,
              font="sans", label_font="sans", after=1)
    if p.dnr:
        s.text(f"Dnr {p.dnr}", size=9, after=8)
    else:
        s.gap(6)


def subhead(s: Sheet, text: str) -> None:
    s.need(36)
    s.gap(3)
    s.use("B", 10, "sans")
    s.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")
    s.gap(1)


def render_para(s: Sheet, p: Para) -> None:
    para_head(s, p)
    render(s, p.blocks, subhead, more={"grid": vote_grid, "said": vote_sentences,
                                       "lines": vote_lines_or_text})


# ------------------------------------------------------------------ roll calls in the §
GRID = [(0, 130, "Ledamot"), (130, 40, "Parti"), (170, 130, "Tjänstgörande ersättare"),
        (300, 36, "Ja"), (336, 36, "Nej"), (372, 44, "Avstår"), (416, 58, "Frånvarande")]
GRID_COL = {"ja": 3, "nej": 4, "avstår": 5, "frånvarande": 6}
ROW = 13.0


def _grid_row(s: Sheet, texts: list[str], style: str = "") -> None:
    y = s.get_y()
    s.set_line_width(0.3)
    for (x, w, _), text in zip(GRID, texts):
        s.use(style, 8.5, "sans")
        s.set_xy(s.l_margin + x, y)
        s.cell(w, ROW, text, border=1, align="C" if x >= 300 else "L")
    s.set_xy(s.l_margin, y + ROW)


def _grid_sum(s: Sheet, label: str, tally) -> None:
    _grid_row(s, [label, "", ""] + [str(tally.get(v, 0)) for v in GRID_COL], "B")


def vote_grid(s: Sheet, caption: str, seats: list[Seat]) -> None:
    """A ruled table, an "x" in the chosen column; Transport rows where it breaks."""
    s.need(ROW * 8)
    s.use("B", 9.5, "sans")
    s.cell(0, 14, caption, new_x="LMARGIN", new_y="NEXT")
    _grid_row(s, [h for _, _, h in GRID], "B")
    done: list[Seat] = []
    for seat in seats:
        if s.get_y() + 2 * ROW > s.page_break_trigger:
            _grid_sum(s, "Transport", counts(done))
            s.add_page()
            _grid_row(s, [h for _, _, h in GRID], "B")
            _grid_sum(s, "Transport", counts(done))
        cells = [seat.member.name, seat.member.party or "", seat.voter.name if seat.voter else "",
                 "", "", "", ""]
        cells[GRID_COL[seat.vote]] = "x"
        _grid_row(s, cells)
        done.append(seat)
    _grid_sum(s, "Totalt", counts(done))
    s.gap(8)


def vote_sentences(s: Sheet, seats: list[Seat]) -> None:
    """"Följande röstade ja: …" and so on; absent seats are not named."""
    for vote, lead in (("ja", "Följande röstade ja:"), ("nej", "Följande röstade nej:"),
                       ("avstår", "Följande avstod från att rösta:")):
        names = [x.who.tag() for x in seats if x.vote == vote]
        if names:
            s.text(f"{lead} {', '.join(names[:-1])} och {names[-1]}." if len(names) > 1
                   else f"{lead} {names[0]}.")


def vote_lines_or_text(s: Sheet, lines: list[str]) -> None:
    for ln in lines:
        s.text(ln, after=0.5)
    s.gap(4)


def member_lines(seats: list[Seat]) -> list[str]:
    """One line a member: "Anna Berg (S): ja"; absent seats are not listed."""
    return [f"{x.who.tag()}: {x.vote}" for x in seats if x.vote != "frånvarande"]


# ------------------------------------------------------------------ voting appendices
@dataclass
class Appendix:
    """One voting appendix: its bilaga number, its heading lines, the columns it prints."""

    number: int
    heading: list[str]
    seats: list[Seat]
    surname_first: bool = False
    substitute_column: bool = False
    printed: dict[str, int] | None = None
    functions: dict[str, str] = field(default_factory=dict)
    row_height: float = 12.0


RESULT = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "Frånvarande"}


def _surname_first(name: str) -> str:
    first, *rest = name.split()
    return f"{' '.join(rest)}, {first}"


def _appendix_head(s: Sheet, a: Appendix, more: bool) -> None:
    s.use("B", 13, "sans")
    s.cell(0, 18, f"BILAGA {a.number}" + (" (forts.)" if more else ""),
           new_x="LMARGIN", new_y="NEXT")
    s.gap(4)
    if more:
        return
    s.use("B", 10.5, "sans")
    s.cell(0, 14, a.heading[0], new_x="LMARGIN", new_y="NEXT")
    for ln in a.heading[1:]:
        s.text(ln, after=1)
    tally = a.printed or {v: sum(1 for x in a.seats if x.vote == v) for v in RESULT}
    s.text(f"Ja: {tally['ja']}   Nej: {tally['nej']}   Avstår: {tally['avstår']}   "
           f"Frånvarande: {tally['frånvarande']}", after=8)


def _columns(a: Appendix) -> list[tuple[float, float, str]]:
    if a.substitute_column:
        return [(0, 150, "Ledamot"), (150, 140, "Ersättare"), (290, 50, "Parti"),
                (340, 80, "Röst")]
    return [(0, 160, "Namn"), (160, 50, "Parti"), (210, 150, "Funktion"), (360, 80, "Röst")]


def _cells(a: Appendix, x: Seat) -> list[str]:
    if a.substitute_column:
        return [x.member.name, x.voter.name if x.voter else "", x.member.party or "",
                RESULT[x.vote]]
    name = _surname_first(x.who.name) if a.surname_first else x.who.name
    return [name, x.who.party or "", a.functions.get(x.who.name, "Ledamot"), RESULT[x.vote]]


def appendix_pages(s: Sheet, appendices: list[Appendix]) -> None:
    """Each appendix from a new page; a list too long for its page goes on under "(forts.)"."""
    for a in appendices:
        s.add_page()
        _appendix_head(s, a, more=False)
        heads = _columns(a)
        s.row([Cell(x, w, h, "B", size=9, font="sans") for x, w, h in heads], size=9, after=2)
        for x in a.seats:
            if s.get_y() + a.row_height > s.page_break_trigger:
                s.add_page()
                _appendix_head(s, a, more=True)
                s.row([Cell(cx, w, h, "B", size=9, font="sans") for cx, w, h in heads], size=9,
                      after=2)
            y = s.get_y()
            for (cx, w, _), text in zip(heads, _cells(a, x)):
                s.use("", 9, "sans")
                s.set_xy(s.l_margin + cx, y)
                s.cell(w, a.row_height, text)
            s.set_xy(s.l_margin, y + a.row_height)
