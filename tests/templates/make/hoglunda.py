"""Höglunda kommun (invented), template K: kommunfullmäktige 2026-09-21, an older Swedish
layout whose party marks are printed in lower case ("(s)", "(m)", "(kd)") beside "(Sd)" and a
local party's capitals ("(ÖP)"). The cover is two columns, labels at the left ("Beslutande
ledamöter", "Tjänstgörande ersättare", "Närvarande ersättare", "Frånvarande", "Övriga
deltagande", "Justerare"), one person a line, the chair's function after the name
("Karin af Klercker (s), ordförande"), a substitute "för" the member. Names with particles
("af", "von", "de"), hyphens and an initial ("Bengt O. Sjöberg").

Yrkanden in three forms: a list under the heading "Yrkanden" ("Nina Sjöholm (v): bifall till
motionen."); prose with a title before the mover ("Kommunstyrelsens ordförande Lena Åkerlund
(s) yrkar …"), members joining by surname ("… instämmer i Åkerlunds yrkande."), several movers
joined ("A (s), B (m) och C (l) yrkar bifall …"), "tillstyrker", "yrkar att ärendet
återremitteras", "yrkar på ändring i punkt 2 så att …". The roll call a table Ledamot / Parti
/ Ersättare / Ja / Nej / Avstår, the substitute in the Ersättare column, the absent member's
row saying "Frånvarande" there."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .blocks import Para, render
from .people import Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style, document

MUNI = "Höglunda kommun"
KF = "Kommunfullmäktige"
DATE = "2026-09-21"
STYLE = Style(body="serif", size=11, leading=1.3, left=68, right=62, top=100, bottom=86)

# the party as printed after the name -> the party the facts state
PRINTED = {"S": "s", "M": "m", "SD": "Sd", "C": "c", "V": "v", "KD": "kd", "L": "l",
           "MP": "mp", "ÖP": "ÖP"}
MEMBERS = [Person(n, p) for n, p in (
    ("Karin af Klercker", "S"), ("Lena Åkerlund", "S"), ("Per-Erik Ström", "S"),
    ("Mats Dahlin", "S"), ("Ann-Sofie Berg", "S"), ("Tomas Wikström", "S"),
    ("Olof Brandén", "M"), ("Johan von Platen", "M"), ("Cecilia Norén", "M"),
    ("Bengt O. Sjöberg", "M"), ("Rikard Falk", "SD"), ("Jessica Lövgren", "SD"),
    ("Tony Granlund", "SD"), ("Eva de Geer", "C"), ("Anders Frid", "C"), ("Nina Sjöholm", "V"),
    ("Gustav Erlandsson", "KD"), ("Maria Lindgren-Hjort", "L"), ("Stig Ålund", "ÖP"),
    ("Kerstin Boman", "ÖP"), ("Elias Wester", "MP"))]
SUB = {"Tomas Wikström": Person("Sara Lindblad-Öst", "S")}
AWAY = {"Tomas Wikström", "Anders Frid"}
FUNCTION = {"Karin af Klercker": "ordförande", "Olof Brandén": "vice ordförande"}
DEPUTIES = [Person("Hans Ek", "M"), Person("Ulla Strand", "V")]
STAFF = [("Maria Holm", "kommundirektör"), ("Jonas Berg", "sekreterare")]

# § 72: ja = kommunstyrelsens förslag (avslag på motionen), nej = bifall till motionen
V72 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "KD": "ja", "L": "ja", "V": "nej",
                          "MP": "nej", "ÖP": "nej", "C": "avstår"}, SUB, AWAY)


def tag(p: Person) -> str:
    return f"{p.name} ({PRINTED[p.party or '']})"


def _header(s: Sheet) -> None:
    s.masthead("sans", ["Höglunda kommun", "Kommunfullmäktige"],
               ["PROTOKOLL", f"{DATE}   {s.page_no()}/{{nb}}"], (32, 45), right_w=200,
               rule=(0.5, 64))


def _footer(s: Sheet) -> None:
    s.signature_line("Ordförandens sign          Justerarnas sign          Utdragsbestyrkande",
                     "sans", above_edge=50)


def _subhead(s: Sheet, text: str) -> None:
    s.label(text, 11, "sans", h=14, need=34, before=2, after=1)


def _para_head(s: Sheet, p: Para) -> None:
    s.need(80)
    s.gap(12)
    s.use("B", 12.5, "sans")
    s.cell(0, 16, f"§ {p.number}  {p.title}", new_x="LMARGIN", new_y="NEXT")
    if p.dnr:
        s.text(f"Dnr {p.dnr}", size=9, after=8)
    else:
        s.gap(6)


def _cover(s: Sheet) -> None:
    s.use("B", 18, "sans")
    s.cell(0, 24, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    label_w = 140

    def block(label: str, lines: list[str]) -> None:
        s.need(s.line_h() * (len(lines) + 1))
        y = s.get_y()
        s.use("B", 10, "sans")
        s.set_xy(s.l_margin, y)
        s.cell(label_w, s.line_h(), label)
        s.set_xy(s.l_margin + label_w, y)
        s.use("", 11)
        for ln in lines:
            s.set_x(s.l_margin + label_w)
            s.cell(s.epw - label_w, s.line_h(), ln, new_x="LMARGIN", new_y="NEXT")
        s.gap(6)

    block("Plats och tid", ["Folkets hus, Höglunda, kl. 18.00–21.15"])
    present = []
    for m in MEMBERS:
        if m.name in AWAY:
            continue
        fn = FUNCTION.get(m.name)
        present.append(f"{tag(m)}, {fn}" if fn else tag(m))
    block("Beslutande ledamöter", present)
    block("Tjänstgörande ersättare",
          [f"{tag(sub)} för {tag(next(m for m in MEMBERS if m.name == who))}"
           for who, sub in SUB.items()])
    block("Närvarande ersättare", [tag(p) for p in DEPUTIES])
    block("Frånvarande", [tag(m) for m in MEMBERS if m.name in AWAY])
    block("Övriga deltagande", [f"{n}, {fn}" for n, fn in STAFF])
    block("Justerare", ["Olof Brandén (m) och Eva de Geer (c)"])
    block("Paragrafer", ["§§ 71–75"])


COLS = [(0, 150, "Ledamot"), (150, 45, "Parti"), (195, 140, "Ersättare"), (335, 45, "Ja"),
        (380, 45, "Nej"), (425, 45, "Avstår")]
AT = {"ja": 3, "nej": 4, "avstår": 5}


def _table(s: Sheet, seats: list[Seat]) -> None:
    s.head_row(COLS, 9.5, "sans")
    for x in seats:
        sub = "Frånvarande" if x.vote == "frånvarande" else (x.voter.name if x.voter else "")
        cells = [Cell(0, 150, x.member.name, size=9.5), Cell(150, 45, PRINTED[x.member.party or ""],
                                                             size=9.5),
                 Cell(195, 140, sub, size=9.5)]
        if x.vote in AT:
            cx, w, _ = COLS[AT[x.vote]]
            cells.append(Cell(cx, w, "X", size=9.5, align="C"))
        s.row(cells, size=9.5)
    tally = counts(seats)
    s.row([Cell(0, 150, "Summa", "B", size=9.5)] +
          [Cell(COLS[AT[v]][0], 45, str(tally[v]), "B", size=9.5, align="C")
           for v in ("ja", "nej", "avstår")], size=9.5)
    s.gap(8)


def _list(s: Sheet, entries: list[str]) -> None:
    for e in entries:
        s.text(e, after=1.5)
    s.gap(3)


MOTION_72 = "Motion om fria resor i kollektivtrafiken för unga"
PLAN_73 = "Detaljplan för Norra hamnen"
TAXA_74 = "Taxa för plan- och bygglovsverksamheten"


def paras() -> list[Para]:
    beslut = ("h", "Beslut")
    return [
        Para(71, "Val av justerare", None, [
            beslut, ("p", "Kommunfullmäktige utser Olof Brandén (m) och Eva de Geer (c) att "
                          "justera protokollet.")]),
        Para(72, MOTION_72, "KS 2025/311", [
            ("p", "Nina Sjöholm (v) föreslår i en motion att kommunen inför fria resor i "
                  "kollektivtrafiken för alla under 20 år. Kommunstyrelsen föreslår att "
                  "motionen avslås."),
            ("h", "Yrkanden"),
            ("list", ["Nina Sjöholm (v): bifall till motionen.",
                      "Lena Åkerlund (s): avslag på motionen.",
                      "Elias Wester (mp): bifall till motionen."]),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på Åkerlunds yrkande mot Sjöholms yrkande och "
                  "finner att kommunfullmäktige bifaller Åkerlunds yrkande. Votering begärs."),
            ("h", "Votering"),
            ("p", "Den som vill bifalla Åkerlunds yrkande röstar ja, den som vill bifalla "
                  "Sjöholms yrkande röstar nej."),
            ("table", V72),
            ("p", "Med 15 ja-röster mot 4 nej-röster och 1 som avstår beslutar "
                  "kommunfullmäktige enligt Åkerlunds yrkande."),
            beslut, ("p", "Kommunfullmäktige avslår motionen."),
            ("h", "Reservation"),
            ("p", "Nina Sjöholm (v) och Elias Wester (mp) reserverar sig mot beslutet."),
        ]),
        Para(73, PLAN_73, "KS 2026/45", [
            ("p", "Planen medger bostäder och handel i den norra delen av hamnområdet. "
                  "Samrådet och granskningen är genomförda."),
            ("h", "Yrkanden"),
            ("p", "Kommunstyrelsens ordförande Lena Åkerlund (s) yrkar bifall till "
                  "kommunstyrelsens förslag."),
            ("p", "Johan von Platen (m), Rikard Falk (Sd) och Gustav Erlandsson (kd) instämmer "
                  "i Åkerlunds yrkande."),
            ("p", "Stig Ålund (ÖP) yrkar att ärendet återremitteras för att trafikfrågan ska "
                  "utredas vidare."),
            ("p", "Kerstin Boman (ÖP) instämmer i Ålunds yrkande."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller "
                  "återremitteras och finner att det ska avgöras i dag. Därefter ställer "
                  "ordföranden proposition på Åkerlunds yrkande och finner det bifallet."),
            beslut, ("p", "Kommunfullmäktige antar detaljplanen för Norra hamnen."),
        ]),
        Para(74, TAXA_74, "KS 2026/12", [
            ("p", "Byggnadsnämnden har arbetat fram en ny taxa enligt den modell som Sveriges "
                  "Kommuner och Regioner rekommenderar."),
            ("h", "Yrkanden"),
            ("p", "Lena Åkerlund (s), Olof Brandén (m) och Maria Lindgren-Hjort (l) yrkar bifall "
                  "till kommunstyrelsens förslag."),
            ("p", "Bengt O. Sjöberg (m) tillstyrker kommunstyrelsens förslag."),
            ("p", "Rikard Falk (Sd) yrkar på ändring i punkt 2 så att taxan gäller från och med "
                  "den 1 juli 2027."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot Falks "
                  "ändringsyrkande i punkt 2 och finner att kommunfullmäktige bifaller "
                  "kommunstyrelsens förslag."),
            beslut,
            ("points", None, ["Kommunfullmäktige antar taxan för plan- och "
                              "bygglovsverksamheten.",
                              "Taxan gäller från och med den 1 januari 2027."]),
            ("h", "Reservation"),
            ("p", "Rikard Falk (Sd) reserverar sig till förmån för sitt eget yrkande."),
        ]),
        Para(75, "Anmälan av delegationsbeslut", "KS 2026/3", [
            beslut, ("p", "Anmälan läggs till handlingarna.")]),
    ]


def _minutes(s: Sheet) -> None:
    for p in paras():
        _para_head(s, p)
        render(s, p.blocks, _subhead, more={"table": _table, "list": _list})


def build(out: Path) -> Path:
    path = out / "hoglunda-kf-2026-09-21-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    def att() -> list[dict]:
        out = []
        for m in MEMBERS:
            if m.name not in AWAY:
                out.append(F.attendee(m, "ledamot", function=FUNCTION.get(m.name)))
        out.append(F.attendee(Person("Sara Lindblad-Öst", "S"), "tjänstgörande ersättare",
                              replaces="Tomas Wikström"))
        out += [F.attendee(Person("Hans Ek", "M"), "ersättare"),
                F.attendee(Person("Ulla Strand", "V"), "ersättare"),
                F.attendee(Person("Tomas Wikström", "S"), "frånvarande"),
                F.attendee(Person("Anders Frid", "C"), "frånvarande"),
                F.attendee(Person("Maria Holm"), "tjänsteperson", function="kommundirektör"),
                F.attendee(Person("Jonas Berg"), "tjänsteperson", function="sekreterare")]
        return out

    akerlund = "Lena Åkerlund (S)"
    return {
        "file": "hoglunda-kf-2026-09-21-protokoll.pdf",
        "_note": "Parties printed in lower case ('(s)'), '(Sd)' and a local party '(ÖP)' are "
                 "stated in capitals, as the party's code. A mover joining by surname takes "
                 "that member's stance.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "attendance": att(),
        "problems": [],
        "items": [
            {"number": "§ 71", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(71, clauses=F.clauses("Kommunfullmäktige utser Olof Brandén (m) och Eva de "
                                         "Geer (c) att justera protokollet.", numbered=False))]},
            {"number": "§ 72", "title": MOTION_72, "dnr": ["KS 2025/311"], "decisions": [
                kf(72, clauses=F.clauses("Kommunfullmäktige avslår motionen.", numbered=False),
                   motions=[F.motion("bifall", "Nina Sjöholm (V)"),
                            F.motion("avslag", akerlund),
                            F.motion("bifall", "Elias Wester (MP)")],
                   votes=[F.vote(15, 4, 1, V72, verified=True)],
                   reservations=[F.reservation("Nina Sjöholm (V)", "Elias Wester (MP)")])]},
            {"number": "§ 73", "title": PLAN_73, "dnr": ["KS 2026/45"], "decisions": [
                kf(73, clauses=F.clauses("Kommunfullmäktige antar detaljplanen för Norra hamnen.",
                                         numbered=False),
                   motions=[F.motion("bifall", akerlund),
                            F.motion("bifall", "Johan von Platen (M)", "Rikard Falk (SD)",
                                     "Gustav Erlandsson (KD)"),
                            F.motion("återremiss", "Stig Ålund (ÖP)"),
                            F.motion("återremiss", "Kerstin Boman (ÖP)")])]},
            {"number": "§ 74", "title": TAXA_74, "dnr": ["KS 2026/12"], "decisions": [
                kf(74, clauses=F.clauses("Kommunfullmäktige antar taxan för plan- och "
                                         "bygglovsverksamheten.",
                                         "Taxan gäller från och med den 1 januari 2027."),
                   motions=[F.motion("bifall", akerlund, "Olof Brandén (M)",
                                     "Maria Lindgren-Hjort (L)"),
                            F.motion("bifall", "Bengt O. Sjöberg (M)"),
                            F.motion("ändring", "Rikard Falk (SD)", clauses=[2])],
                   reservations=[F.reservation("Rikard Falk (SD)")])]},
            {"number": "§ 75", "title": "Anmälan av delegationsbeslut", "dnr": ["KS 2026/3"],
             "decisions": [kf(75, clauses=F.clauses("Anmälan läggs till handlingarna.",
                                                    numbered=False))]},
        ],
    }
