"""Ramsele kommun (invented), template Z: kommunfullmäktige 2026-10-26, a sans layout whose
cover prints the attendance as a grid without rulings under "Beslutande": each seat a row,
"Ledamot | Parti | Närv. | Ersättare | Tjg", an X under "Närv." for a member present and under
"Tjg" for the substitute who served in an absent member's place; a substitute without an X
was not there. Then "Övriga närvarande" as running text ("Anna Ek, kommundirektör, och Olle
Berg, sekreterare") and "Justerare"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Ramsele kommun"
KF = "Kommunfullmäktige"
DATE = "2026-10-26"
STYLE = Style(body="sans", size=10.5, leading=1.3, left=64, right=58, top=96, bottom=84)

# (member, party, present, substitute, substitute served)
SEATS = [
    ("Helga Brännström", "S", True, "Jonas Edlund", False),
    ("Arne Vesterlund", "S", False, "Mona Sjöström", True),
    ("Linnéa Kempe", "S", True, "Peder Hellqvist", False),
    ("Gösta Nordenfalk", "M", True, "Elin Gradin", False),
    ("Berit Åslund", "M", False, "Hans Wilander", True),
    ("Jimmy Strömgren", "SD", True, "Kenneth Borén", False),
    ("Ingela Nyhlén", "C", False, "Per Boström", False),
    ("Mikael Sundqvist", "V", True, "Ester Lidén", False),
    ("Sofie Rehnberg", "KD", True, "Daniel Forslund", False),
]
COLS = [(0, 140, "Ledamot"), (140, 40, "Parti"), (180, 40, "Närv."), (220, 140, "Ersättare"),
        (360, 40, "Tjg")]


def _header(s: Sheet) -> None:
    s.masthead("sans", ["Ramsele kommun"],
               ["Protokoll", f"Kommunfullmäktige {DATE}", f"Sida {s.page_no()} av {{nb}}"],
               (32, 44, 56))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur              Utdragsbestyrkande", "sans",
                     above_edge=50)


def _cover(s: Sheet) -> None:
    s.use("B", 18)
    s.cell(0, 24, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    s.row([Cell(0, 120, "Plats och tid", "B", size=10),
           Cell(130, 340, "Medborgarhuset, Ramsele, måndagen den 26 oktober 2026 kl. 18.30–20.45")],
          after=10)
    s.use("B", 10)
    s.cell(0, 14, "Beslutande", new_x="LMARGIN", new_y="NEXT")
    s.head_row(COLS, 9.5)
    for member, party, here, sub, served in SEATS:
        s.row([Cell(0, 140, member, size=9.5), Cell(140, 40, party, size=9.5),
               Cell(180, 40, "X" if here else "", size=9.5, align="C"),
               Cell(220, 140, sub, size=9.5),
               Cell(360, 40, "X" if served else "", size=9.5, align="C")], size=9.5, after=1)
    s.gap(10)
    s.row([Cell(0, 120, "Övriga närvarande", "B", size=10),
           Cell(130, 340, "Anna Ek, kommundirektör, och Olle Berg, sekreterare")], after=6)
    s.row([Cell(0, 120, "Justerare", "B", size=10),
           Cell(130, 340, "Gösta Nordenfalk (M) och Mikael Sundqvist (V)")], after=6)
    s.row([Cell(0, 120, "Paragrafer", "B", size=10), Cell(130, 340, "§§ 81–83")])


def _minutes(s: Sheet) -> None:
    for n, title, dnr, decision in (
            (81, "Val av justerare", None,
             "Kommunfullmäktige utser Gösta Nordenfalk (M) och Mikael Sundqvist (V) att "
             "justera protokollet."),
            (82, "Taxa för renhållning 2027", "Dnr KS 2026/301",
             "Kommunfullmäktige antar taxan för renhållning 2027."),
            (83, "Avsägelse av uppdrag som ersättare i socialnämnden", "Dnr KS 2026/355",
             "Kommunfullmäktige godkänner avsägelsen.")):
        s.need(90)
        s.gap(12)
        s.use("B", 12)
        s.cell(0, 16, f"§ {n} {title}", new_x="LMARGIN", new_y="NEXT")
        if dnr:
            s.text(dnr, size=9.5, after=6)
        s.use("B", 10.5)
        s.cell(0, 14, "Beslut", new_x="LMARGIN", new_y="NEXT")
        s.text(decision)


def build(out: Path) -> Path:
    path = out / "ramsele-kf-2026-10-26-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, text: str) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(clauses=F.clauses(text, numbered=False)))

    att = []
    for member, party, here, sub, served in SEATS:
        att.append(F.attendee(Person(member, party), "ledamot" if here else "frånvarande"))
        if served:
            att.append(F.attendee(Person(sub, party), "tjänstgörande ersättare", replaces=member))
    att += [F.attendee(Person("Anna Ek"), "tjänsteperson", function="kommundirektör"),
            F.attendee(Person("Olle Berg"), "tjänsteperson", function="sekreterare")]
    return {
        "file": "ramsele-kf-2026-10-26-protokoll.pdf",
        "_note": "A member without an X under 'Närv.' is frånvarande; the substitute on the row "
                 "with an X under 'Tjg' served in that member's place, with the seat's party; a "
                 "substitute without an X is no attendee.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 81", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(81, "Kommunfullmäktige utser Gösta Nordenfalk (M) och Mikael Sundqvist (V) "
                       "att justera protokollet.")]},
            {"number": "§ 82", "title": "Taxa för renhållning 2027", "dnr": ["KS 2026/301"],
             "decisions": [kf(82, "Kommunfullmäktige antar taxan för renhållning 2027.")]},
            {"number": "§ 83", "title": "Avsägelse av uppdrag som ersättare i socialnämnden",
             "dnr": ["KS 2026/355"],
             "decisions": [kf(83, "Kommunfullmäktige godkänner avsägelsen.")]},
        ],
    }
