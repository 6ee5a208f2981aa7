"""Template C (Sjöbacka kommun): a condensed sans. Running header with the municipality at the
left and "Protokoll", the body and the date stacked at the right; the footer carries the
adjuster's signature line at the left and "n (N)" at the right. No contents page: the §§
follow the cover. The cover's attendance is a table Namn / Parti / Funktion ("Tjänstgörande
ersättare för …"), then Frånvarande and Övriga närvarande. Each § is "§ 12  Title" with
"Diarienummer KSF-2025-00412" under it; the decision comes first, then the case and the
procedure. Roll calls are not printed in the §: the § says "Hur var och en röstar framgår av
bilaga 2" and the lists follow at the end of the protocol, one per vote: "Omröstningslista nr.
2", the ärende and title, "Antal Ja: …, Antal Nej: …, Antal Avstår: …, Antal Frånv: …", and
rows Namn / Parti / Plats / Funktion / Resultat."""
from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Para, render
from .people import Seat
from .sheet import Cell, Sheet, Style

STYLE = Style(body="dejavucond", size=10, leading=1.34, left=66, right=60, top=98, bottom=80)


@dataclass
class Meta:
    municipality: str
    body: str
    date: str
    stamp: str | None = None  # an appendix page's stamp, set while the appendices print


@dataclass
class RollCall:
    """One list in the voting appendix."""

    number: int
    appendix: int
    para: int
    title: str
    seats: list[Seat]
    printed: dict[str, int] | None = None  # counts as printed, when they differ from the rows
    functions: dict[str, str] = field(default_factory=dict)


def header(meta: Meta):
    def draw(s: Sheet) -> None:
        s.use("B", 12)
        s.set_xy(s.l_margin, 32)
        s.cell(220, 15, meta.municipality)
        s.use("B", 10)
        s.set_xy(400, 28)
        s.cell(140, 12, "Protokoll")
        s.use("", 9)
        s.set_xy(400, 41)
        s.cell(140, 11, meta.body)
        s.set_xy(400, 53)
        s.cell(140, 11, meta.date)
        if meta.stamp:
            s.use("I", 8.5)
            s.set_xy(s.l_margin, 56)
            s.cell(300, 11, meta.stamp)
        s.set_line_width(0.3)
        s.line(s.l_margin, 72, s.w - s.r_margin, 72)
    return draw


def footer(s: Sheet) -> None:
    s.set_line_width(0.3)
    s.line(s.l_margin, s.h - 50, s.l_margin + 150, s.h - 50)
    s.use("", 7.5)
    s.set_xy(s.l_margin, s.h - 48)
    s.cell(150, 9, "Justerandes signatur")
    s.use("", 8.5)
    s.set_xy(s.w - s.r_margin - 80, s.h - 50)
    s.cell(80, 10, f"{s.page_no()} ({{nb}})", align="R")


def sheet(meta: Meta) -> Sheet:
    s = Sheet(STYLE, header(meta), footer)
    s.alias_nb_pages("{nb}")
    return s


LABEL_W = 140.0


def field_row(s: Sheet, label: str, value: str, after: float = 5.0) -> None:
    s.row([Cell(0, LABEL_W - 8, label, "B"), Cell(LABEL_W, s.epw - LABEL_W, value)], after=after)


def table(s: Sheet, heads: list[tuple[float, float, str]], rows: list[list[str]],
          size: float = 9.0) -> None:
    s.row([Cell(x, w, h, "B", size=size) for x, w, h in heads], size=size, after=1)
    s.set_line_width(0.3)
    s.line(s.l_margin, s.get_y(), s.l_margin + heads[-1][0] + heads[-1][1], s.get_y())
    s.gap(2)
    for r in rows:
        s.row([Cell(x, w, v, size=size) for (x, w, _), v in zip(heads, r)], size=size, after=0.5)
    s.gap(6)


def para_head(s: Sheet, p: Para) -> None:
    s.need(70)
    s.gap(10)
    s.mark(f"p{p.number}")
    s.hanging(f"§ {p.number}", p.title, 42, indent=0, style="B", label_style="B", size=12.5,
              after=1)
    if p.dnr:
        s.text(f"Diarienummer {p.dnr}", size=9, after=8)
    else:
        s.gap(6)


def subhead(s: Sheet, text: str) -> None:
    s.need(34)
    s.gap(3)
    s.use("B", 10.5)
    s.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")
    s.gap(1)


def render_para(s: Sheet, p: Para) -> None:
    para_head(s, p)
    render(s, p.blocks, subhead)


RESULT = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "Frånvarande"}
HEADS = [(0, 170, "Namn"), (170, 50, "Parti"), (220, 40, "Plats"), (260, 150, "Funktion"),
         (410, 70, "Resultat")]


def roll_call_pages(s: Sheet, meta: Meta, heading: str, lists: list[RollCall],
                    function_of) -> None:
    """Each list on its own page(s) after the minutes, headed by its ärende and counts."""
    for rc in lists:
        meta.stamp = f"Bilaga {rc.appendix} till protokoll {meta.date}, § {rc.para}"
        s.add_page()
        s.use("B", 14)
        s.cell(0, 18, heading, new_x="LMARGIN", new_y="NEXT")
        s.gap(4)
        s.use("B", 11)
        s.cell(0, 15, f"Omröstningslista nr. {rc.number}", new_x="LMARGIN", new_y="NEXT")
        s.text(f"Ärende: § {rc.para} {rc.title}", after=3)
        tally = rc.printed or {v: sum(1 for x in rc.seats if x.vote == v) for v in RESULT}
        s.text(f"Antal Ja: {tally['ja']}, Antal Nej: {tally['nej']}, Antal Avstår: "
               f"{tally['avstår']}, Antal Frånv: {tally['frånvarande']}", after=8)
        rows = [[x.who.name, x.who.party or "", str(k), function_of(x), RESULT[x.vote]]
                for k, x in enumerate(rc.seats, 1)]
        table(s, HEADS, rows, size=8.5)
    meta.stamp = None
