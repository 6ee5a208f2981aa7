"""Template B (Norrvalla kommun): a Verdana-like sans throughout. Running header with the
municipality and body at the left, PROTOKOLL, the meeting date and "Sid n (N)" at the right;
a footer line for the adjusters' signatures. The cover lists members with check boxes (a
box glyph ☒/☐ in the text layer, or a drawn box with an X), then serving substitutes
("X (S) ersätter Y (S) §§ 45-52"), others present and the signatures; a front "Ärendelista"
without page numbers follows. Each § heading is "§ 43  Title" with "Ärendenummer: Ks 162/2026"
under it; the case, yrkanden, beslutsgång, votes (lists of names, or one line per member) and
reservations come first and the body's decision is printed LAST in the §."""
from __future__ import annotations

from dataclasses import dataclass

from .blocks import Para, render
from .people import Person, Seat
from .sheet import Cell, Sheet, Style

STYLE = Style(body="dejavu", size=9.5, leading=1.36, left=62, right=56, top=92, bottom=74)


@dataclass
class Meta:
    body: str
    date: str
    municipality_caps: str = "NORRVALLA KOMMUN"


def header(meta: Meta):
    def draw(s: Sheet) -> None:
        s.use("B", 10.5)
        s.set_xy(s.l_margin, 28)
        s.cell(250, 13, meta.municipality_caps)
        s.use("", 9)
        s.set_xy(s.l_margin, 42)
        s.cell(250, 12, meta.body)
        s.use("B", 10.5)
        s.set_xy(360, 28)
        s.cell(170, 13, "PROTOKOLL")
        s.use("", 8.5)
        s.set_xy(360, 42)
        s.cell(170, 11, f"Sammanträdesdatum {meta.date}")
        s.set_xy(360, 53)
        s.cell(170, 11, f"Sid {s.page_no()} ({{nb}})")
        s.set_draw_color(120, 120, 120)
        s.set_line_width(0.8)
        s.line(s.l_margin, 70, s.w - s.r_margin, 70)
        s.set_draw_color(0, 0, 0)
    return draw


def footer(s: Sheet) -> None:
    s.use("", 7.5)
    s.set_xy(s.l_margin, s.h - 46)
    s.cell(0, 10, "Justerarnas signaturer: ....................   ....................        "
                  "Utdragsbestyrkande: ....................")


def sheet(meta: Meta) -> Sheet:
    s = Sheet(STYLE, header(meta), footer)
    s.alias_nb_pages("{nb}")
    return s


LABEL_W = 128.0


def field_row(s: Sheet, label: str, value: str, after: float = 6.0) -> None:
    s.row([Cell(0, LABEL_W - 6, label, "B"), Cell(LABEL_W, s.epw - LABEL_W, value)], after=after)


def check_columns(s: Sheet, label: str, entries: list[tuple[bool, str]], glyphs: bool = True) -> None:
    """Members in two columns under the label, each with a check box: ☒ present, ☐ absent."""
    s.use("B")
    s.cell(0, s.line_h(), label, new_x="LMARGIN", new_y="NEXT")
    col_w = s.epw / 2
    half = (len(entries) + 1) // 2
    rows = list(zip(entries[:half], entries[half:] + [None]))
    for left, right in rows:
        s.need(s.line_h())
        y = s.get_y()
        for k, entry in enumerate((left, right)):
            if entry is None:
                continue
            checked, text = entry
            x = s.l_margin + k * col_w
            if glyphs:
                s.use("", 9)
                s.set_xy(x, y)
                s.cell(col_w, s.line_h(), f"{'☒' if checked else '☐'} {text}")
            else:
                s.box(x, y + 2.5, 8, checked, font_size=7.5)
                s.use("", 9)
                s.set_xy(x + 12, y)
                s.cell(col_w - 12, s.line_h(), text)
        s.set_xy(s.l_margin, y + s.line_h())
    s.gap(6)


def signatures(s: Sheet, rows: list[tuple[str, list[str]]]) -> None:
    for label, names in rows:
        s.need(34)
        y = s.get_y()
        s.use("B")
        s.set_xy(s.l_margin, y + 12)
        s.cell(LABEL_W, 12, label)
        for k, name in enumerate(names):
            x = s.l_margin + LABEL_W + k * 170
            s.set_line_width(0.3)
            s.line(x, y + 22, x + 150, y + 22)
            s.use("")
            s.set_xy(x, y + 23)
            s.cell(150, 12, name)
        s.set_xy(s.l_margin, y + 38)


def arendelista(s: Sheet, paras: list[Para]) -> None:
    s.use("B", 13)
    s.cell(0, 18, "Ärendelista", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    for p in paras:
        s.hanging(f"§ {p.number}", p.title, 44, indent=0, after=3)


def para_head(s: Sheet, p: Para) -> None:
    s.need(70)
    s.gap(4)
    s.set_draw_color(160, 160, 160)
    s.rule(after=8)
    s.set_draw_color(0, 0, 0)
    s.mark(f"p{p.number}")
    s.hanging(f"§ {p.number}", p.title, 44, indent=0, style="B", label_style="B", size=11.5,
              after=1)
    if p.dnr:
        s.text(f"Ärendenummer: {p.dnr}", size=8.5, after=8)
    else:
        s.gap(6)


def subhead(s: Sheet, text: str) -> None:
    s.need(36)
    s.gap(2)
    s.use("B", 9.5)
    s.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")


def render_para(s: Sheet, p: Para) -> None:
    para_head(s, p)
    render(s, p.blocks, subhead, more={"vote_lists": vote_lists, "vote_lines": vote_lines})
    s.gap(8)


def _names(seats: list[Seat], vote: str) -> str:
    return ", ".join(x.who.tag() for x in seats if x.vote == vote)


def vote_lists(s: Sheet, seats: list[Seat]) -> None:
    """"Följande ledamöter röstar JA: …" and so on; absent seats are not listed."""
    for vote, lead in (("ja", "Följande ledamöter röstar JA:"),
                       ("nej", "Följande ledamöter röstar NEJ:"),
                       ("avstår", "Följande ledamöter AVSTÅR från att rösta:")):
        names = _names(seats, vote)
        if names:
            s.text(f"{lead} {names}.")


def vote_lines(s: Sheet, seats: list[Seat]) -> None:
    """One line per member: "Anna Berg (S) - JA"."""
    word = {"ja": "JA", "nej": "NEJ", "avstår": "AVSTÅR"}
    for x in seats:
        if x.vote in word:
            s.text(f"{x.who.tag()} - {word[x.vote]}", after=0)
    s.gap(6)


def tag_all(people: list[Person]) -> str:
    return ", ".join(x.tag() for x in people)
