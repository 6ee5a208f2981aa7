"""Hällvik kommun (invented), template CB: kommunfullmäktige 2026-12-07, a sans layout whose
cover names no member: "Beslutande  Se närvarolista, bilaga 1". The attendance is printed
**apart from the cover**, in a "NÄRVAROLISTA" appendix after the §§ and the appeal note: a
table without rulings "Ledamot / Parti / Närvarande / Ersättare", an X under "Närvarande" for
a member present and the substitute who served in an absent member's place named in the
"Ersättare" column (no X column of its own), then a subheading "Ej tjänstgörande ersättare"
over rows Name / Parti / X. "Övriga närvarande" stays on the cover ("Tove Hallin,
kommundirektör; Rune Sahlin, kommunsekreterare"), with "Utses att justera", "Justeringens
plats och tid" and "Sekreterare" beside it.

The § headings: "§ 141  Title" with "Dnr 2026/117" at the right (the year first and no
prefix, as minute systems print a case number without the body's prefix) and "Diarienummer
2025/384" under a title."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Hällvik kommun"
KF = "Kommunfullmäktige"
DATE = "2026-12-07"
STYLE = Style(body="sans", size=10, leading=1.3, left=64, right=58, top=94, bottom=80)

# (member, party, present, the substitute who served in the member's place)
SEATS = [
    ("Ingrid Sandström", "S", True, None),
    ("Kjell Nordlander", "S", True, None),
    ("Maja Holmqvist", "S", False, "Nils Frisk"),
    ("Emma Ruuth", "S", True, None),
    ("Gunnar Bäckman", "M", True, None),
    ("Petra Lundell", "M", False, "Axel Sjöö"),
    ("Ronny Hägg", "SD", True, None),
    ("Tina Eriksson", "SD", False, None),
    ("Ola Granlund", "C", True, None),
    ("Britt Nyström", "V", True, None),
    ("Samir Haddad", "KD", True, None),
    ("Eva Lindell", "L", True, None),
    ("Lars Dahlin", "MP", True, None),
]
NOT_SERVING = [("Hugo Berglind", "M"), ("Siri Åkerman", "V")]
COLS = [(0, 150, "Ledamot"), (150, 50, "Parti"), (200, 70, "Närvarande"), (280, 150, "Ersättare")]

SECTIONS = [
    (140, "Val av justerare", None, None,
     "Kommunfullmäktige utser Gunnar Bäckman (M) och Britt Nyström (V) att justera "
     "protokollet."),
    (141, "Revidering av avfallsföreskrifter", "2026/117", "right",
     "Kommunfullmäktige antar de reviderade avfallsföreskrifterna."),
    (142, "Borgensåtagande för Hällviksbostäder AB", "2025/384", "below",
     "Kommunfullmäktige går i borgen för Hällviksbostäder AB:s lån."),
]


def _header_of(date: str) -> Callable[[Sheet], None]:
    def header(s: Sheet) -> None:
        s.masthead("sans", ["HÄLLVIK KOMMUN"],
                   ["Protokoll", f"Kommunfullmäktige  {date}", f"{s.page_no()} ({{nb}})"],
                   (30, 42, 54), sizes=(10, 8.5))
    return header


def _footer(s: Sheet) -> None:
    s.signature_line("Justerares signatur                    Utdragsbestyrkande", "sans")


def _label(s: Sheet, label: str, value: str, after: float = 8) -> None:
    s.row([Cell(0, 130, label, "B", size=10), Cell(130, 330, value, size=10)], after=after)


def _cover(s: Sheet) -> None:
    s.use("B", 18)
    s.cell(0, 24, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    _label(s, "Plats och tid", "Folkets hus, Hällvik, måndagen den 7 december 2026 "
                               "kl. 18.00–20.10")
    _label(s, "Beslutande", "Se närvarolista, bilaga 1")
    _label(s, "Övriga närvarande", "Tove Hallin, kommundirektör; Rune Sahlin, "
                                   "kommunsekreterare")
    _label(s, "Utses att justera", "Gunnar Bäckman (M) och Britt Nyström (V)")
    _label(s, "Justeringens plats och tid", "Kommunhuset 2026-12-10")
    _label(s, "Sekreterare", "Rune Sahlin")
    _label(s, "Paragrafer", "140–142")


def _minutes(s: Sheet) -> None:
    for n, title, dnr, form, decision in SECTIONS:
        s.need(100)
        s.gap(12)
        y = s.get_y()
        s.use("B", 12)
        s.cell(0, 16, f"§ {n}  {title}", new_x="LMARGIN", new_y="NEXT")
        if form == "right":
            s.right(f"Dnr {dnr}", y=y + 2, size=9.5)
            s.set_xy(s.l_margin, y + 16)
        elif form == "below":
            s.text(f"Diarienummer {dnr}", size=9.5, after=4)
        s.gap(4)
        s.use("B", 10.5)
        s.cell(0, 14, "Beslut", new_x="LMARGIN", new_y="NEXT")
        s.text(decision)
    s.gap(14)
    s.use("B", 10.5)
    s.cell(0, 14, "Hur man överklagar", new_x="LMARGIN", new_y="NEXT")
    s.text("Beslut i kommunfullmäktige kan överklagas genom laglighetsprövning hos "
           "förvaltningsrätten inom tre veckor från den dag då justeringen av protokollet "
           "tillkännagavs på kommunens anslagstavla.")


def _appendix(s: Sheet) -> None:
    s.right("Bilaga 1", y=s.get_y(), style="B", size=10)
    s.set_xy(s.l_margin, s.get_y() + 16)
    s.use("B", 15)
    s.cell(0, 20, "NÄRVAROLISTA", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Kommunfullmäktige {DATE}, §§ 140–142", size=10, after=10)
    s.head_row(COLS, 9.5, after=3)
    for member, party, here, sub in SEATS:
        s.row([Cell(0, 150, member, size=9.5), Cell(150, 50, party, size=9.5),
               Cell(200, 70, "X" if here else "", size=9.5, align="C"),
               Cell(280, 150, sub or "", size=9.5)], size=9.5, after=1)
    s.gap(10)
    s.use("B", 10)
    s.cell(0, 14, "Ej tjänstgörande ersättare", new_x="LMARGIN", new_y="NEXT")
    for name, party in NOT_SERVING:
        s.row([Cell(0, 150, name, size=9.5), Cell(150, 50, party, size=9.5),
               Cell(200, 70, "X", size=9.5, align="C")], size=9.5, after=1)


def build(out: Path) -> Path:
    path = out / "hallvik-kf-2026-12-07-protokoll.pdf"
    document(STYLE, _header_of(DATE), _footer, _cover, _minutes, _appendix).output(str(path))
    return path


def facts() -> dict:
    att = []
    for member, party, here, sub in SEATS:
        att.append(F.attendee(Person(member, party), "ledamot" if here else "frånvarande"))
        if sub:
            att.append(F.attendee(Person(sub, party), "tjänstgörande ersättare", replaces=member))
    att += [F.attendee(Person(name, party), "ersättare") for name, party in NOT_SERVING]
    att += [F.attendee(Person("Tove Hallin"), "tjänsteperson", "kommundirektör"),
            F.attendee(Person("Rune Sahlin"), "tjänsteperson", "kommunsekreterare")]
    items = []
    for n, title, dnr, _, decision in SECTIONS:
        items.append({"number": f"§ {n}", "title": title, "dnr": [dnr] if dnr else [],
                      "decisions": [F.decision("beslut", KF, DATE, n, **F.empty(
                          clauses=F.clauses(decision, numbered=False)))]})
    return {
        "file": "hallvik-kf-2026-12-07-protokoll.pdf",
        "_note": "The cover refers to the närvarolista (bilaga 1) after the §§: an X under "
                 "'Närvarande' is a member present; a member without it is frånvarande, and the "
                 "substitute named in the 'Ersättare' column on that row served in the member's "
                 "place with the seat's party. 'Ej tjänstgörande ersättare' with an X were "
                 "present as ersättare. The cover's Sekreterare and justerare add nobody.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "attendance": att,
        "problems": [],
        "items": items,
    }


# ---------------------------------------------------------------- kommunfullmäktige 2026-10-19
# The same minute system a meeting earlier: the cover says "Närvarande  Se bilaga 1" and
# prints "Övriga närvarande" title first; the appendix is a "NÄRVARO- OCH OMRÖSTNINGSLISTA"
# whose table heads "Namn / Parti / Närvaro / Ersättare" and one § 's vote "§ 131: Ja / Nej /
# Avstår", an absent member's Närvaro cell printing "–"; the vote itself told in the § with
# its counts ("Med 7 ja-röster mot 4 nej-röster, 1 ledamot avstår"). Case numbers with the
# year first and no prefix under the title ("Dnr 2026/301").
OCT_DATE = "2026-10-19"
# (member, party, present, serving substitute, vote in § 131 of whoever sat in the seat)
OCT_SEATS = [
    ("Ingrid Sandström", "S", True, None, "Ja"),
    ("Kjell Nordlander", "S", True, None, "Ja"),
    ("Maja Holmqvist", "S", True, None, "Ja"),
    ("Emma Ruuth", "S", False, "Nils Frisk", "Ja"),
    ("Gunnar Bäckman", "M", True, None, "Nej"),
    ("Petra Lundell", "M", True, None, "Nej"),
    ("Ronny Hägg", "SD", True, None, "Nej"),
    ("Tina Eriksson", "SD", False, None, None),
    ("Ola Granlund", "C", True, None, "Ja"),
    ("Britt Nyström", "V", True, None, "Avstår"),
    ("Samir Haddad", "KD", False, "Ebba Strand", "Nej"),
    ("Eva Lindell", "L", True, None, "Ja"),
    ("Lars Dahlin", "MP", True, None, "Ja"),
]
OCT_COLS = [(0, 130, "Namn"), (130, 40, "Parti"), (170, 50, "Närvaro"), (225, 120, "Ersättare"),
            (350, 40, "Ja"), (390, 40, "Nej"), (430, 45, "Avstår")]
OCT_SECTIONS = [
    (130, "Val av justerare", None,
     "Kommunfullmäktige utser Kjell Nordlander (S) och Ola Granlund (C) att justera "
     "protokollet."),
    (131, "Försäljning av fastigheten Hällvik 4:12", "2026/301",
     "Kommunfullmäktige godkänner försäljningen av fastigheten Hällvik 4:12."),
    (132, "Fyllnadsval av ersättare i kommunstyrelsen", "2026/12",
     "Kommunfullmäktige väljer Hugo Berglind (M) till ersättare i kommunstyrelsen."),
]


def _oct_cover(s: Sheet) -> None:
    s.use("B", 18)
    s.cell(0, 24, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    _label(s, "Plats och tid", "Folkets hus, Hällvik, måndagen den 19 oktober 2026 "
                               "kl. 18.00–21.05")
    _label(s, "Närvarande", "Se bilaga 1")
    _label(s, "Övriga närvarande", "kommundirektör Tove Hallin, kommunsekreterare Rune Sahlin, "
                                   "mark- och exploateringschef Leo Brandt, § 131")
    _label(s, "Utses att justera", "Kjell Nordlander (S) och Ola Granlund (C)")
    _label(s, "Justeringens plats och tid", "Kommunhuset 2026-10-22")
    _label(s, "Paragrafer", "130–132")


def _oct_minutes(s: Sheet) -> None:
    for n, title, dnr, decision in OCT_SECTIONS:
        s.need(120)
        s.gap(12)
        s.use("B", 12)
        s.cell(0, 16, f"§ {n}  {title}", new_x="LMARGIN", new_y="NEXT")
        if dnr:
            s.text(f"Dnr {dnr}", size=9.5, after=4)
        if n == 131:
            s.use("B", 10.5)
            s.cell(0, 14, "Omröstning", new_x="LMARGIN", new_y="NEXT")
            s.text("Omröstning begärs och verkställs. Med 7 ja-röster mot 4 nej-röster, 1 "
                   "ledamot avstår, bifaller kommunfullmäktige kommunstyrelsens förslag. Hur var "
                   "och en röstade framgår av närvaro- och omröstningslistan, bilaga 1.")
        s.gap(4)
        s.use("B", 10.5)
        s.cell(0, 14, "Beslut", new_x="LMARGIN", new_y="NEXT")
        s.text(decision)


def _oct_appendix(s: Sheet) -> None:
    s.right("Bilaga 1", y=s.get_y(), style="B", size=10)
    s.set_xy(s.l_margin, s.get_y() + 16)
    s.use("B", 14)
    s.cell(0, 20, "NÄRVARO- OCH OMRÖSTNINGSLISTA", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Kommunfullmäktige {OCT_DATE}", size=10, after=6)
    s.row([Cell(350, 125, "§ 131", "B", size=9.5, align="C")], size=9.5, after=1)
    s.row([Cell(x, w, h, "B", size=9.5, align="L" if x < 350 else "C") for x, w, h in OCT_COLS],
          size=9.5, after=3)
    for member, party, here, sub, vote in OCT_SEATS:
        cells = [Cell(0, 130, member, size=9.5), Cell(130, 40, party, size=9.5),
                 Cell(170, 50, "X" if here else "–", size=9.5, align="C"),
                 Cell(225, 120, sub or "", size=9.5)]
        for x, w, head in OCT_COLS[4:]:
            if vote == head:
                cells.append(Cell(x, w, "X", size=9.5, align="C"))
        s.row(cells, size=9.5, after=1)
    s.gap(6)
    s.text("Summa: 7 ja, 4 nej, 1 avstår", size=9.5)


def build_oct(out: Path) -> Path:
    path = out / "hallvik-kf-2026-10-19-protokoll.pdf"
    document(STYLE, _header_of(OCT_DATE), _footer, _oct_cover, _oct_minutes, _oct_appendix).output(
        str(path))
    return path


def oct_facts() -> dict:
    att = []
    for member, party, here, sub, _ in OCT_SEATS:
        att.append(F.attendee(Person(member, party), "ledamot" if here else "frånvarande"))
        if sub:
            att.append(F.attendee(Person(sub, party), "tjänstgörande ersättare", replaces=member))
    att += [F.attendee(Person("Tove Hallin"), "tjänsteperson", "kommundirektör"),
            F.attendee(Person("Rune Sahlin"), "tjänsteperson", "kommunsekreterare"),
            F.attendee(Person("Leo Brandt"), "tjänsteperson", "mark- och exploateringschef",
                       paragraphs=[131])]
    items = []
    for n, title, dnr, decision in OCT_SECTIONS:
        dec = F.decision("beslut", KF, OCT_DATE, n, clauses=F.clauses(decision, numbered=False))
        if n == 131:
            dec["votes"] = [F.vote(7, 4, 1)]
        items.append({"number": f"§ {n}", "title": title, "dnr": [dnr] if dnr else [],
                      "decisions": [dec]})
    return {
        "file": "hallvik-kf-2026-10-19-protokoll.pdf",
        "_note": "The närvaro- och omröstningslista (bilaga 1): an X under 'Närvaro' is a "
                 "member present, '–' absent; the substitute named on an absent member's row "
                 "served with the seat's party. The vote columns of § 131 are the persons' "
                 "(voters left unstated here; the counts are stated as the § prints them).",
        "meeting": {"municipality": MUNI, "body": KF, "date": OCT_DATE},
        "attendance": att,
        "problems": [],
        "items": items,
    }
