"""Strandviks kommun (invented), template L: kommunstyrelsen 2026-10-05, a plain sans layout
with side labels. The cover is one column of headed lists whose party follows the name after a
dash ("Marie Söderlund - S, ordförande", "Ola Nygren - S, för Britt Sand - S"), with
"Beslutande ledamöter", "Tjänstgörande ersättare", "Närvarande ersättare", "Övriga deltagande"
and "Justerare". In the §§ the labels stand in a left column ("Yrkande", "Beslut",
"Reservation") beside the text; the yrkanden under "Yrkande" name the mover with the party in
brackets, later by surname. The roll call is an "Omröstningslista" in the § with "Antal Ja: …"
counts, a grid with one member a line ("Anna Berg  S  X") under Namn / Parti / Ja / Nej /
Avstår / Frånv that runs over a page break, and the tally party by party below it."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style, straddling

MUNI = "Strandviks kommun"
KS = "Kommunstyrelsen"
DATE = "2026-10-05"
LABEL_W = 110.0

MEMBERS = [Person(n, p) for n, p in (
    ("Marie Söderlund", "S"), ("Britt Sand", "S"), ("Kenneth Ljungqvist", "S"),
    ("Amina Warsame", "S"), ("Håkan Lidén", "S"), ("Henrik af Trolle", "M"),
    ("Lisa Holmér", "M"), ("Jan-Olof Kronberg", "M"), ("Ewa Stridh", "M"),
    ("Dennis Fagerlund", "SD"), ("Linnéa Brink", "SD"), ("Anna-Karin Rydell", "C"),
    ("Petter Nyqvist", "C"), ("Sami Laine", "V"), ("Gun Tegnér", "L"))]
SUB = {"Britt Sand": Person("Ola Nygren", "S")}
AWAY = {"Britt Sand", "Petter Nyqvist"}
FUNCTION = {"Marie Söderlund": "ordförande", "Henrik af Trolle": "vice ordförande"}
DEPUTIES = [Person("Ingela Wramsby", "M"), Person("Yusuf Demir", "V")]
STAFF = [("Therese Ahlin", "kommundirektör"), ("Mikael Sand", "ekonomichef"),
         ("Karin Höök", "sekreterare")]

# § 142: ja = arbetsutskottets förslag, nej = avslag
V142 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "L": "ja", "M": "nej", "SD": "nej",
                           "V": "avstår"}, SUB, AWAY)
FOREST = "Försäljning av del av fastigheten Strandvik 4:12"


def dash(p: Person) -> str:
    return f"{p.name} - {p.party}"


def _header(s: Sheet) -> None:
    s.masthead("dejavu", ["STRANDVIKS KOMMUN", "Kommunstyrelsen, sammanträdesprotokoll"],
               [f"Sammanträdesdatum {DATE}", f"Sida {s.page_no()} av {{nb}}"], (30, 43),
               sizes=(10, 8.5), right_w=200)


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur                    Utdragsbestyrkande", "dejavu")


def _labelled(s: Sheet, label: str, texts: list[str]) -> None:
    """A side label at the left, its paragraphs beside it."""
    for k, t in enumerate(texts):
        s.hanging(label if k == 0 else "", t, LABEL_W, indent=0, label_style="B",
                  label_font="dejavu", after=4)
    s.gap(4)


def _cover(s: Sheet) -> None:
    s.use("B", 17, "dejavu")
    s.cell(0, 22, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    s.gap(4)
    s.text("Plats och tid: Kommunhuset, Strandvik, 2026-10-05 kl. 09.00–12.30")

    def heading(text: str, lines: list[str]) -> None:
        s.use("B", 10, "dejavu")
        s.need(3 * s.line_h())
        s.cell(0, s.line_h(), text, new_x="LMARGIN", new_y="NEXT")
        for ln in lines:
            s.text(ln, after=0.5)
        s.gap(6)

    heading("Beslutande ledamöter",
            [f"{dash(m)}, {FUNCTION[m.name]}" if m.name in FUNCTION else dash(m)
             for m in MEMBERS if m.name not in AWAY])
    heading("Tjänstgörande ersättare",
            [f"{dash(sub)}, för {dash(next(m for m in MEMBERS if m.name == who))}"
             for who, sub in SUB.items()])
    heading("Närvarande ersättare", [dash(p) for p in DEPUTIES])
    heading("Övriga deltagande", [f"{n}, {fn}" for n, fn in STAFF])
    heading("Justerare", ["Anna-Karin Rydell - C"])


GRID = [(0, 190, "Namn"), (190, 50, "Parti"), (240, 45, "Ja"), (285, 45, "Nej"),
        (330, 55, "Avstår"), (385, 50, "Frånv")]
AT = {"ja": 2, "nej": 3, "avstår": 4, "frånvarande": 5}


def _grid(s: Sheet, seats: list[Seat]) -> None:
    tally = counts(seats)
    s.use("B", 10, "dejavu")
    s.cell(0, 14, "Omröstningslista", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Antal Ja: {tally['ja']}, Antal Nej: {tally['nej']}, Antal Avstår: "
           f"{tally['avstår']}, Antal Frånvarande: {tally['frånvarande']}", after=4)
    s.head_row(GRID, 9, after=1)
    for k, x in enumerate(seats):
        if k == 0:
            s.mark("grid_first")
        cx, w, _ = GRID[AT[x.vote]]
        s.row([Cell(0, 190, x.who.name, size=9), Cell(190, 50, x.who.party or "", size=9),
               Cell(cx, w, "X", size=9, align="C")], size=9)
    s.mark("grid_last")
    s.gap(6)
    per_party: dict[str, Counter] = {}
    for x in seats:
        per_party.setdefault(x.member.party or "", Counter())[x.vote] += 1
    words = {"ja": "ja", "nej": "nej", "avstår": "avstår", "frånvarande": "frånvarande"}
    parts = [f"{p} " + ", ".join(f"{n} {words[v]}" for v, n in c.items())
             for p, c in per_party.items()]
    s.text("Röster per parti: " + "; ".join(parts) + ".", after=6)


FILLER = ("Kommunen äger fastigheten Strandvik 4:12 om cirka 40 hektar skogsmark norr om "
          "tätorten. Ett lokalt sågverk har anmält intresse av att köpa den östra delen om "
          "cirka 12 hektar för att utvidga sin verksamhet. Mark- och exploateringsenheten har "
          "låtit värdera marken och förhandlat fram ett köpeavtal. Området omfattas inte av "
          "någon detaljplan och ligger utanför de områden som översiktsplanen pekar ut för "
          "bostäder.")


def _minutes(s: Sheet, filler: int) -> None:
    def head(n: int, title: str, dnr: str | None) -> None:
        s.need(70)
        s.gap(10)
        s.use("B", 12, "dejavu")
        s.cell(0, 16, f"§ {n}   {title}", new_x="LMARGIN", new_y="NEXT")
        if dnr:
            s.text(f"Dnr {dnr}", size=9, after=6)

    head(140, "Val av justerare", None)
    _labelled(s, "Beslut", ["Kommunstyrelsen utser Anna-Karin Rydell (C) att justera "
                            "protokollet."])
    head(141, "Motion om solceller på kommunens tak", "KS 2026/77")
    s.hanging("", "Sami Laine (V) föreslår i en motion att kommunen installerar solceller på "
              "alla egna byggnader senast år 2030.", LABEL_W, indent=0, after=6)
    _labelled(s, "Yrkande", [
        "Sami Laine (V) yrkar bifall till motionen.",
        "Marie Söderlund (S) yrkar avslag på motionen.",
        "Henrik af Trolle (M) tillstyrker Söderlunds yrkande.",
    ])
    _labelled(s, "Proposition", [
        "Ordföranden ställer proposition på Söderlunds yrkande mot Laines yrkande och finner "
        "att kommunstyrelsen bifaller Söderlunds yrkande."])
    _labelled(s, "Beslut", ["Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."])
    _labelled(s, "Reservation", ["Sami Laine (V) reserverar sig mot beslutet."])
    head(142, FOREST, "KS 2026/102")
    for _ in range(filler):
        s.hanging("", FILLER, LABEL_W, indent=0, after=6)
    _labelled(s, "Yrkande", [
        "Marie Söderlund (S) och Anna-Karin Rydell (C) yrkar bifall till arbetsutskottets "
        "förslag.",
        "Jan-Olof Kronberg (M) yrkar att ärendet återremitteras för en ny värdering.",
        "Dennis Fagerlund (SD) instämmer i Kronbergs yrkande.",
    ])
    _labelled(s, "Proposition", [
        "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras "
        "och finner att det ska avgöras i dag. Omröstning begärs. Den som vill att ärendet ska "
        "avgöras i dag röstar ja, den som vill att det ska återremitteras röstar nej."])
    _labelled(s, "Omröstning", ["Omröstningen utfaller med 7 ja-röster, 6 nej-röster och 1 "
                                "som avstår. Kommunstyrelsen har beslutat att avgöra ärendet "
                                "i dag."])
    _grid(s, V142)
    _labelled(s, "Beslut", ["Kommunstyrelsen säljer den östra delen av fastigheten Strandvik "
                            "4:12 till Strandviks Såg AB enligt upprättat köpeavtal."])
    head(143, "Delegationsbeslut", "KS 2026/4")
    _labelled(s, "Beslut", ["Redovisningen läggs till handlingarna."])


def _sheet(filler: int) -> Sheet:
    style = Style(body="dejavu", size=9.5, leading=1.35, left=64, right=60, top=92, bottom=80)
    s = Sheet(style, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    s.add_page()
    _minutes(s, filler)
    return s


def build(out: Path) -> Path:
    s = straddling(_sheet, range(1, 12), "grid_first", "grid_last")
    path = out / "strandvik-ks-2026-10-05-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, DATE, n, **F.empty(**kw))

    def att() -> list[dict]:
        out = [F.attendee(m, "ledamot", function=FUNCTION.get(m.name))
               for m in MEMBERS if m.name not in AWAY]
        out.append(F.attendee(Person("Ola Nygren", "S"), "tjänstgörande ersättare",
                              replaces="Britt Sand"))
        out += [F.attendee(Person("Ingela Wramsby", "M"), "ersättare"),
                F.attendee(Person("Yusuf Demir", "V"), "ersättare"),
                F.attendee(Person("Therese Ahlin"), "tjänsteperson", function="kommundirektör"),
                F.attendee(Person("Mikael Sand"), "tjänsteperson", function="ekonomichef"),
                F.attendee(Person("Karin Höök"), "tjänsteperson", function="sekreterare")]
        return out

    return {
        "file": "strandvik-ks-2026-10-05-protokoll.pdf",
        "_note": "The cover prints no Frånvarande list: Petter Nyqvist (C), away, is in the "
                 "attendance of nobody; the roll call's grid marks him Frånv. A member who "
                 "tillstyrker or instämmer in another's yrkande moves it too.",
        "meeting": {"municipality": MUNI, "body": KS, "date": DATE},
        "attendance": att(),
        "problems": [],
        "items": [
            {"number": "§ 140", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(140, clauses=F.clauses("Kommunstyrelsen utser Anna-Karin Rydell (C) att "
                                          "justera protokollet.", numbered=False))]},
            {"number": "§ 141", "title": "Motion om solceller på kommunens tak",
             "dnr": ["KS 2026/77"], "decisions": [
                 ks(141, proposed_to="Kommunfullmäktige",
                    clauses=F.clauses("Kommunstyrelsen föreslår kommunfullmäktige att avslå "
                                      "motionen.", numbered=False),
                    motions=[F.motion("bifall", "Sami Laine (V)"),
                             F.motion("avslag", "Marie Söderlund (S)"),
                             F.motion("avslag", "Henrik af Trolle (M)")],
                    reservations=[F.reservation("Sami Laine (V)")])]},
            {"number": "§ 142", "title": FOREST, "dnr": ["KS 2026/102"], "decisions": [
                ks(142, clauses=F.clauses(
                    "Kommunstyrelsen säljer den östra delen av fastigheten Strandvik 4:12 till "
                    "Strandviks Såg AB enligt upprättat köpeavtal.", numbered=False),
                   motions=[F.motion("bifall", "Marie Söderlund (S)", "Anna-Karin Rydell (C)"),
                            F.motion("återremiss", "Jan-Olof Kronberg (M)"),
                            F.motion("återremiss", "Dennis Fagerlund (SD)")],
                   votes=[F.vote(7, 6, 1, V142, verified=True)])]},
            {"number": "§ 143", "title": "Delegationsbeslut", "dnr": ["KS 2026/4"],
             "decisions": [ks(143, clauses=F.clauses("Redovisningen läggs till handlingarna.",
                                                     numbered=False))]},
        ],
    }
