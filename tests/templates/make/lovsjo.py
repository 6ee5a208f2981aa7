"""Lövsjö kommun (invented), template G: kommunfullmäktige 2026-06-15, §§ 60–65.

Helvetica-like sans. Running header with the municipality, the body and "Protokoll 2026-06-15";
the footer carries the adjusters' signature field and "Sida n av N". A § is "§ 61" over its bold
title and "Dnr KS 2026/114". The case, the styrelse's proposal ("Kommunstyrelsens förslag", its
points printed in full), the yrkanden (one of them quoting a whole alternative budget, point by
point, with a tax rate and amounts of its own), the procedure and the reservations come first;
the fullmäktige's decision is printed LAST ("Kommunfullmäktiges beslut"), in full or as an
adoption ("Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.")."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Lövsjö kommun"
KF = "Kommunfullmäktige"
DATE = "2026-06-15"
STYLE = Style(body="sans", size=10, leading=1.36, left=70, right=62, top=100, bottom=84)

SEATS = {
    "S": ["Eva Lund", "Göran Sjödin", "Maria Fält", "Anders Rudin", "Helena Kvarn",
          "Tommy Berglund", "Sanna Ek", "Leo Hjort", "Britt-Marie Wass"],
    "M": ["Per Ahl", "Cecilia Dunér", "Henrik Moll", "Lotta Engdahl", "Olle Strid",
          "Jessica Tamm", "Viktor Asp"],
    "SD": ["Jan Krantz", "Karin Öst", "Bo Rydh", "Linus Spets", "Annelie Torp", "Roger Vass"],
    "C": ["Ingela Myr", "Nils Kärr", "Agneta Fur"],
    "V": ["Lina Berg", "Samir Haddou"],
    "KD": ["Elin Sköld", "Mats Brobeck"],
    "L": ["Hampus Lejon"],
    "MP": ["Frida Ljungqvist"],
}
MEMBERS = [Person(n, p) for p, names in SEATS.items() for n in names]
FUNCTIONS = {"Eva Lund": "ordförande", "Per Ahl": "1:e vice ordförande",
             "Ingela Myr": "2:e vice ordförande"}
ABSENT = Person("Henrik Moll", "M")
SUB = Person("Stina Ålund", "M")
RESERVES = [Person("Kent Rehnberg", "S"), Person("Ylva Dahlin", "SD")]
STAFF = [(Person("Lars Hed"), "kommundirektör"), (Person("Maja Sand"), "kommunsekreterare")]


def _header(s: Sheet) -> None:
    s.use("B", 11)
    s.set_xy(s.l_margin, 30)
    s.cell(240, 13, "Lövsjö kommun")
    s.use("", 9)
    s.set_xy(s.l_margin, 44)
    s.cell(240, 11, KF)
    s.right(f"Protokoll {DATE}", 30, size=9)
    s.set_line_width(0.6)
    s.line(s.l_margin, 62, s.w - s.r_margin, 62)


def _footer(s: Sheet) -> None:
    s.use("", 8)
    s.set_xy(s.l_margin, s.h - 48)
    s.cell(300, 10, "Justerandes signatur: ______________   ______________")
    s.right(f"Sida {s.page_no()} av {{nb}}", s.h - 48, size=8)


def head(s: Sheet, number: int, title: str, dnr: str | None) -> None:
    s.need(80)
    s.gap(12)
    s.use("B", 12)
    s.cell(0, 16, f"§ {number}", new_x="LMARGIN", new_y="NEXT")
    s.text(title, style="B", size=12, after=2)
    if dnr:
        s.text(f"Dnr {dnr}", size=9, after=8)
    else:
        s.gap(6)


def sub(s: Sheet, text: str) -> None:
    s.need(3 * s.line_h())
    s.gap(3)
    s.text(text, style="B", after=1.5)


def p(s: Sheet, text: str) -> None:
    s.text(text, after=3.5)


def points(s: Sheet, items: list[str]) -> None:
    for k, item in enumerate(items, 1):
        s.hanging(f"{k}.", item, 16, after=1.5)
    s.gap(3)


BUDGET = ["Skattesatsen för 2027 fastställs till 22:14 kronor per skattekrona.",
          "Kommunstyrelsens driftram för 2027 fastställs till 142,5 mnkr.",
          "Investeringsbudgeten för 2027 fastställs till 86 miljoner kronor.",
          "Kommunstyrelsen får i uppdrag att senast den 30 september 2026 redovisa en plan för "
          "kommunens lokalförsörjning.",
          "Nämnderna uppmanas att vidta åtgärder så att verksamheten bedrivs inom tilldelade ramar."]
ALTERNATIVE = ["Skattesatsen för 2027 fastställs till 21:89 kronor per skattekrona.",
               "Kommunstyrelsens driftram för 2027 fastställs till 138 mnkr.",
               "Kommunstyrelsen får i uppdrag att sälja kommunens andel i Lövsjö Energi AB."]
FRITIDSBANK = ["Motionen bifalls.",
               "Kultur- och fritidsnämnden får i uppdrag att inrätta en fritidsbank under 2027 inom "
               "befintlig budgetram."]
LAN = ["Kommunen får under 2027 nyupplåna högst 40 miljoner, det vill säga öka kommunens skulder "
       "till kreditgivare till högst 310 miljoner kronor.",
       "Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för Lövsjö Bostäder AB:s "
       "(org.nr 556412-3344) låneförpliktelser upp till ett högsta lånebelopp om 120 miljoner kronor "
       "jämte därpå löpande ränta och kostnader."]
DETALJPLAN = ("Kommunfullmäktige antar detaljplan för Strandängen 1:4 enligt plankarta och "
              "planbeskrivning daterade 2026-03-02.")


def paras(s: Sheet) -> None:
    head(s, 60, "Val av justerare", None)
    sub(s, "Kommunfullmäktiges beslut")
    p(s, "Kommunfullmäktige utser Per Ahl (M) och Lina Berg (V) att justera protokollet.")

    head(s, 61, "Mål och budget 2027 med plan för 2028–2029", "KS 2026/114")
    sub(s, "Ärendebeskrivning")
    p(s, "Kommunstyrelsen har tagit fram ett förslag till mål och budget för 2027 med plan för "
         "2028–2029. Moderaterna och Sverigedemokraterna har lämnat ett gemensamt alternativt "
         "budgetförslag.")
    sub(s, "Kommunstyrelsens förslag")
    points(s, BUDGET)
    sub(s, "Yrkanden")
    p(s, "Eva Lund (S) yrkar bifall till kommunstyrelsens förslag.")
    p(s, "Per Ahl (M) yrkar, med instämmande av Jan Krantz (SD), bifall till Moderaternas och "
         "Sverigedemokraternas budgetförslag med följande beslutspunkter:")
    points(s, ALTERNATIVE)
    sub(s, "Propositionsordning")
    p(s, "Ordföranden ställer proposition på kommunstyrelsens förslag mot Per Ahls (M) yrkande och "
         "finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Omröstning begärs.")
    sub(s, "Omröstning")
    p(s, "Kommunfullmäktige godkänner följande propositionsordning: Ja-röst för kommunstyrelsens "
         "förslag, nej-röst för Per Ahls (M) yrkande.")
    p(s, "Med 16 ja-röster mot 13 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens "
         "förslag. 2 ledamöter avstår från att rösta.")
    sub(s, "Reservation")
    p(s, "Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån "
         "för eget yrkande.")
    sub(s, "Kommunfullmäktiges beslut")
    points(s, BUDGET)

    head(s, 62, "Svar på motion om en fritidsbank", "KS 2025/301")
    sub(s, "Ärendebeskrivning")
    p(s, "Lina Berg (V) föreslår i en motion att kommunen inrättar en fritidsbank där barn och unga "
         "kan låna sport- och fritidsutrustning utan kostnad.")
    sub(s, "Kommunstyrelsens förslag")
    for text in FRITIDSBANK:
        p(s, text)
    sub(s, "Yrkanden")
    p(s, "Lina Berg (V) yrkar bifall till kommunstyrelsens förslag.")
    p(s, "Jan Krantz (SD) lämnar följande tilläggsyrkande: att socialnämnden ges i uppdrag att "
         "erbjuda fritidsbankens utrustning till familjer med ekonomiskt bistånd.")
    sub(s, "Propositionsordning")
    p(s, "Ordföranden ställer proposition på kommunstyrelsens förslag och finner det bifallet. "
         "Därefter ställer ordföranden proposition på Jan Krantz (SD) tilläggsyrkande och finner "
         "det avslaget.")
    sub(s, "Kommunfullmäktiges beslut")
    p(s, "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.")

    head(s, 63, "Upplåning och borgen 2027", "KS 2026/120")
    sub(s, "Ärendebeskrivning")
    p(s, "Investeringarna under 2027 kan inte finansieras helt med egna medel. Lövsjö Bostäder AB "
         "behöver kommunal borgen för nybyggnaden i kvarteret Tranan.")
    sub(s, "Kommunfullmäktiges beslut")
    points(s, LAN)
    sub(s, "Beslutet skickas till")
    for ln in ("Ekonomiavdelningen", "Lövsjö Bostäder AB"):
        s.text(ln, after=0.5)

    head(s, 64, "Detaljplan för Strandängen 1:4", "KS 2025/412")
    sub(s, "Kommunstyrelsens förslag")
    p(s, DETALJPLAN)
    sub(s, "Yrkanden")
    p(s, "Eva Lund (S) yrkar bifall till kommunstyrelsens förslag.")
    p(s, "Karin Öst (SD) yrkar avslag till kommunstyrelsens förslag.")
    sub(s, "Propositionsordning")
    p(s, "Ordföranden ställer proposition på kommunstyrelsens förslag mot avslag och finner att "
         "kommunfullmäktige bifaller kommunstyrelsens förslag.")
    sub(s, "Reservation")
    p(s, "Karin Öst (SD) och Bo Rydh (SD) reserverar sig mot beslutet.")
    sub(s, "Kommunfullmäktiges beslut")
    p(s, "Enligt kommunstyrelsens förslag.")
    sub(s, "Beslutet skickas till")
    s.text("Samhällsbyggnadsförvaltningen", after=0.5)

    head(s, 65, "Anmälan av motioner", None)
    sub(s, "Kommunfullmäktiges beslut")
    p(s, "Motionerna remitteras till kommunstyrelsen för beredning.")


def _cover(s: Sheet) -> None:
    s.use("B", 15)
    s.cell(0, 20, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    s.use("", 12)
    s.cell(0, 16, KF, new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    present = [m for m in MEMBERS if m.name != ABSENT.name]
    lines = [f"{m.tag()}, {FUNCTIONS[m.name]}" if m.name in FUNCTIONS else m.tag() for m in present]
    rows = [
        ("Plats", "Sessionssalen, Lövsjö kommunhus"),
        ("Tid", "Måndagen den 15 juni 2026 kl. 18.00–21.10"),
        ("Beslutande", "\n".join(lines)),
        ("Tjänstgörande ersättare", f"{SUB.tag()} för {ABSENT.tag()}"),
        ("Närvarande ersättare", "\n".join(r.tag() for r in RESERVES)),
        ("Frånvarande", ABSENT.tag()),
        ("Övriga närvarande", "\n".join(f"{x.name}, {f}" for x, f in STAFF)),
        ("Justerare", "Per Ahl (M) och Lina Berg (V)"),
        ("Paragrafer", "60–65"),
    ]
    for k, v in rows:
        s.row([Cell(0, 140, k, "B"), Cell(150, s.epw - 150, v)], after=5)


def build(out: Path) -> Path:
    s = document(STYLE, _header, _footer, _cover, paras)
    path = out / "lovsjo-kf-2026-06-15-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    att = [F.attendee(m, "ledamot", FUNCTIONS.get(m.name)) for m in MEMBERS if m.name != ABSENT.name]
    att += [F.attendee(SUB, "tjänstgörande ersättare", replaces=ABSENT.name),
            *(F.attendee(r, "ersättare") for r in RESERVES),
            F.attendee(ABSENT, "frånvarande"),
            *(F.attendee(x, "tjänsteperson", f) for x, f in STAFF)]
    return {
        "file": "lovsjo-kf-2026-06-15-protokoll.pdf",
        "_note": "The fullmäktige's decision is printed last in each §. Kommunstyrelsens förslag "
                 "printed before it is no decision of this meeting, nor are the points a yrkande "
                 "quotes; 'Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.' adopts the "
                 "styrelse's points. A tax rate ('22:14 kronor per skattekrona') is no sum of money; "
                 "'40 miljoner' beside sums in kronor is kronor.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE,
                    "place": "Sessionssalen, Lövsjö kommunhus"},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 60", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(60, clauses=F.clauses("Kommunfullmäktige utser Per Ahl (M) och Lina Berg (V) att "
                                         "justera protokollet.", numbered=False))]},
            {"number": "§ 61", "title": "Mål och budget 2027 med plan för 2028–2029",
             "dnr": ["KS 2026/114"], "decisions": [
                kf(61, clauses=F.clauses(*BUDGET),
                   motions=[F.motion("bifall", "Eva Lund (S)"),
                            F.motion("bifall", "Per Ahl (M)", "Jan Krantz (SD)")],
                   votes=[F.vote(16, 13, 2)],
                   reservations=[F.reservation(parties=["M", "SD"])],
                   amounts=[F.amount(142_500_000, year=2027, clause=2),
                            F.amount(86_000_000, year=2027, clause=3)],
                   assignments=[F.assignment("Kommunstyrelsen", "lokalförsörjning"),
                                F.assignment("Nämnderna", "ramar")],
                   text_lacks=["21:89", "138 mnkr", "Lövsjö Energi"])]},
            {"number": "§ 62", "title": "Svar på motion om en fritidsbank", "dnr": ["KS 2025/301"],
             "decisions": [
                kf(62, clauses=F.clauses(*FRITIDSBANK, numbered=False),
                   motions=[F.motion("bifall", "Lina Berg (V)"),
                            F.motion("tillägg", "Jan Krantz (SD)")],
                   assignments=[F.assignment("Kultur- och fritidsnämnden", "fritidsbank")],
                   text_lacks=["socialnämnden"])]},
            {"number": "§ 63", "title": "Upplåning och borgen 2027", "dnr": ["KS 2026/120"],
             "decisions": [
                kf(63, clauses=F.clauses(*LAN),
                   amounts=[F.amount(40_000_000, clause=1), F.amount(310_000_000, clause=1),
                            F.amount(120_000_000, clause=2)],
                   text_lacks=["Ekonomiavdelningen"])]},
            {"number": "§ 64", "title": "Detaljplan för Strandängen 1:4", "dnr": ["KS 2025/412"],
             "decisions": [
                kf(64, clauses=F.clauses(DETALJPLAN, numbered=False),
                   motions=[F.motion("bifall", "Eva Lund (S)"), F.motion("avslag", "Karin Öst (SD)")],
                   reservations=[F.reservation("Karin Öst (SD)", "Bo Rydh (SD)")],
                   text_lacks=["Samhällsbyggnadsförvaltningen"])]},
            {"number": "§ 65", "title": "Anmälan av motioner", "dnr": [], "decisions": [
                kf(65, clauses=F.clauses("Motionerna remitteras till kommunstyrelsen för beredning.",
                                         numbered=False))]},
        ],
    }
