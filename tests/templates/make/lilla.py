"""Lillå kommun (invented), template E: överförmyndarnämnden 2026-05-06, a small Swedish nämnd
whose minutes print no parties.

Century-like serif for the text, sans headings. A one-line running header at the right
("Lillå kommun | Överförmyndarnämnden | Sammanträdesprotokoll 2026-05-06") over a rule; the
footer has the chair's and adjuster's signature fields and "Sida n av N". The cover is a table
of labels. A § is "§ 19" over its title, "Diarienummer 00322/2026" under it; then the case, the
administration's or chair's proposal ("Förvaltningens förslag:", "Ordförandes förslag:"),
yrkanden and votes by name, and the decision as "Beslut:" or "Överförmyndarnämndens beslut:",
often "Enligt förslag."."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat
from .sheet import Cell, Sheet, Style, document, straddling

MUNI = "Lillå kommun"
OFN = "Överförmyndarnämnden"
DATE = "2026-05-06"
STYLE = Style(body="century", size=10.5, leading=1.34, left=76, right=66, top=92, bottom=92)


def _header(s: Sheet) -> None:
    s.use("", 8.5, "sans")
    s.set_xy(s.l_margin, 40)
    s.cell(s.epw, 10, f"Lillå kommun  |  {OFN}  |  Sammanträdesprotokoll {DATE}", align="R")
    s.set_line_width(0.4)
    s.line(s.l_margin, 54, s.w - s.r_margin, 54)


def _footer(s: Sheet) -> None:
    y = s.h - 70
    s.set_line_width(0.3)
    s.use("", 7.5, "sans")
    for k, text in enumerate(("Ordförandens signatur", "Justerarens signatur")):
        x = s.l_margin + k * 150
        s.line(x, y + 14, x + 130, y + 14)
        s.set_xy(x, y + 16)
        s.cell(130, 9, text)
    s.use("", 8.5, "sans")
    s.set_xy(s.w - s.r_margin - 90, y + 14)
    s.cell(90, 10, f"Sida {s.page_no()} av {{nb}}", align="R")


def head(s: Sheet, number: int, title: str, dnr: str | None) -> None:
    s.need(80)
    s.gap(12)
    s.use("B", 11.5, "sans")
    s.cell(0, 15, f"§ {number}", new_x="LMARGIN", new_y="NEXT")
    s.text(title, style="B", size=11.5, font="sans", after=2)
    if dnr:
        s.text(f"Diarienummer {dnr}", size=9, font="sans", after=8)
    else:
        s.gap(6)


def lab(s: Sheet, text: str) -> None:
    s.need(3 * s.line_h())
    s.gap(2)
    s.use("B", 10.5, "sans")
    s.cell(0, s.line_h(), text, new_x="LMARGIN", new_y="NEXT")


def p(s: Sheet, text: str) -> None:
    s.text(text, after=4)


def points(s: Sheet, items: list[str]) -> None:
    for k, item in enumerate(items, 1):
        s.hanging(f"{k}.", item, 16, after=2)
    s.gap(3)


ARVODEN = ["Arvodet för godmanskap med normal omfattning fastställs till 1 850 kronor per månad.",
           "Arvodet för förvaltarskap med normal omfattning fastställs till 2 300 kronor per månad.",
           "Riktlinjerna gäller för arvoden som avser tiden från och med den 1 januari 2026."]
INTERN = ["Överförmyndarnämnden antar internkontrollplan för 2026.",
          "Förvaltningen ges i uppdrag att redovisa resultatet av kontrollerna vid nämndens "
          "sammanträde i december 2026.",
          "Nämndens ledamöter uppmanas att delta i länsstyrelsens utbildning om tillsyn över "
          "ställföreträdare."]
VOTE19 = [Seat(Person(n), None, v) for n, v in (("Birgitta Alm", "ja"), ("Leif Sundin", "ja"),
                                                 ("Ahmed Yusuf", "ja"), ("Karin Ek", "nej"),
                                                 ("Ulrika Fjäll", "nej"))]
INTERN_BACKGROUND = [
    "Nämnden ska varje år anta en plan för den interna kontrollen.",
    "Planen bygger på en riskanalys som förvaltningen har gjort tillsammans med nämndens presidium.",
    "De största riskerna bedöms finnas i handläggningen av årsräkningar, där granskningen har "
    "dragit ut på tiden, och i hanteringen av ställföreträdarnas arvoden.",
    "Kontrollerna genomförs av förvaltningens handläggare under hösten.",
    "Resultatet redovisas för nämnden och rapporteras därefter till kommunstyrelsen i samband med "
    "årsredovisningen.",
    "Länsstyrelsens senaste inspektion visade brister i dokumentationen av beslut om arvode.",
    "Förvaltningen har sedan dess infört en ny mall för arvodesbeslut.",
    "Planen omfattar även uppföljning av att förvaltarskap ses över minst en gång per år.",
    "Kontrollmomenten har stämts av med kommunens revisorer.",
    "Två kontrollmoment från 2025 års plan har tagits bort eftersom rutinerna nu fungerar.",
    "Ett nytt kontrollmoment gäller förteckningar över huvudmännens tillgångar.",
    "Stickproven omfattar minst tio procent av ärendena.",
    "Resultatet av stickproven dokumenteras i ärendehanteringssystemet.",
    "Avvikelser rapporteras till förvaltningschefen löpande.",
]


def paras(s: Sheet, background: int) -> None:
    head(s, 18, "Val av justerare", None)
    lab(s, "Ordförandes förslag:")
    p(s, "Leif Sundin utses att justera protokollet.")
    lab(s, "Beslut:")
    p(s, "Enligt förslag.")

    head(s, 19, "Arvoden till ställföreträdare 2026", "00322/2026")
    lab(s, "Ärendebeskrivning")
    p(s, "Arvodena till gode män och förvaltare har inte räknats upp sedan 2023. Förvaltningen har "
         "tagit fram nya riktlinjer med arvoden i nivå med jämförbara kommuner.")
    lab(s, "Förvaltningens förslag:")
    points(s, ARVODEN)
    lab(s, "Yrkanden")
    p(s, "Karin Ek yrkar att ärendet återremitteras för en jämförelse med grannkommunernas arvoden.")
    p(s, "Ahmed Yusuf yrkar bifall till förvaltningens förslag.")
    lab(s, "Propositionsordning")
    p(s, "Ordföranden frågar om ärendet ska avgöras i dag och finner att så ska ske. Omröstning "
         "begärs.")
    lab(s, "Omröstning")
    p(s, "Ja-röst för att ärendet avgörs i dag, nej-röst för återremiss.")
    p(s, "Ja-röster: Birgitta Alm, Leif Sundin, Ahmed Yusuf")
    p(s, "Nej-röster: Karin Ek, Ulrika Fjäll")
    p(s, "Med 3 ja-röster mot 2 nej-röster beslutar nämnden att ärendet ska avgöras i dag.")
    lab(s, "Beslut:")
    p(s, "Enligt förvaltningens förslag.")
    lab(s, "Reservation")
    p(s, "Karin Ek reserverar sig mot beslutet.")

    head(s, 20, "Budgetuppföljning per april 2026", "00141/2026")
    lab(s, "Ärendebeskrivning")
    p(s, "Förvaltningen har sammanställt utfallet för januari–april 2026 och en prognos för "
         "helåret. Antalet ärenden om godmanskap har ökat med 14 procent jämfört med samma period "
         "förra året, framför allt för ensamkommande barn och för äldre med demenssjukdom. "
         "Kostnaderna för arvoden och för köpt handläggning har därför ökat. Förvaltningen har "
         "sett över möjligheterna att minska kostnaderna inom den egna verksamheten men bedömer "
         "att underskottet inte kan täckas utan ett tilläggsanslag. Personalkostnaderna följer "
         "budget.")
    lab(s, "Beslutsunderlag")
    for ln in ("Tjänsteskrivelse 2026-04-24", "Budgetuppföljning januari–april 2026",
               "Prognos för helåret 2026"):
        s.text(ln, after=0.5)
    s.gap(4)
    lab(s, "Förvaltningens förslag:")
    p(s, "Budgetuppföljningen godkänns.")
    p(s, "Nämnden begär ett tilläggsanslag om 350 tkr hos kommunstyrelsen för att täcka ett "
         "prognostiserat underskott om 0,4 mnkr.")
    lab(s, "Överförmyndarnämndens beslut:")
    p(s, "Enligt förslag.")

    head(s, 21, "Internkontrollplan 2026", "00150/2026")
    lab(s, "Ärendebeskrivning")
    p(s, " ".join(INTERN_BACKGROUND[:background]))
    lab(s, "Beslutsunderlag")
    for ln in ("Tjänsteskrivelse 2026-04-22", "Riskanalys 2026-04-10", "Internkontrollplan 2026"):
        s.text(ln, after=0.5)
    s.gap(4)
    s.mark("intern-from")
    lab(s, "Förvaltningens förslag:")
    points(s, INTERN)
    s.mark("intern-to")
    lab(s, "Överförmyndarnämndens beslut:")
    p(s, "Enligt förslag.")

    head(s, 22, "Granskning av årsräkningar för 2025", "00098/2026")
    lab(s, "Ärendebeskrivning")
    p(s, "Handläggare Lotta Rehn informerar om granskningen av årsräkningarna för 2025. Av 212 "
         "inkomna årsräkningar har 180 granskats.")
    lab(s, "Beslut:")
    p(s, "Informationen noteras till protokollet.")

    head(s, 23, "Redovisning av delegationsbeslut", None)
    lab(s, "Beslut:")
    p(s, "Redovisningen av delegationsbeslut för perioden 2026-03-25–2026-04-30 godkänns.")

    head(s, 24, "Ändrat sammanträdesdatum i juni", "00012/2026")
    lab(s, "Ordförandes förslag:")
    p(s, "Sammanträdet den 10 juni 2026 flyttas till den 17 juni 2026 kl. 13.15.")
    lab(s, "Beslut:")
    p(s, "Enligt ordförandes förslag.")
    p(s, "Paragrafen förklarades omedelbart justerad.")


def _cover(s: Sheet) -> None:
    s.use("B", 15, "sans")
    s.cell(0, 20, "SAMMANTRÄDESPROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    s.use("", 12, "sans")
    s.cell(0, 16, OFN, new_x="LMARGIN", new_y="NEXT")
    s.gap(12)
    rows = [
        ("Tid och plats", "Onsdagen den 6 maj 2026 kl. 13.15–15.05, kommunhuset i Lillå, rum Tallen"),
        ("Beslutande", "Birgitta Alm, ordförande\nLeif Sundin, vice ordförande\nAhmed Yusuf\nKarin Ek\n"
                       "Ulrika Fjäll, tjänstgörande ersättare för Tord Bäck"),
        ("Ej tjänstgörande ersättare", "Gun Rydell"),
        ("Frånvarande", "Tord Bäck"),
        ("Övriga närvarande", "Lotta Rehn, handläggare, §§ 19-21\nMona Ljung, nämndsekreterare"),
        ("Utses att justera", "Leif Sundin"),
        ("Justeringens plats och tid", "Kommunhuset i Lillå 2026-05-08"),
        ("Paragrafer", "18–24"),
    ]
    for k, v in rows:
        s.row([Cell(0, 130, k, "B", font="sans", size=9.5), Cell(140, s.epw - 140, v)], after=7)
    s.gap(14)
    for role, name in (("Sekreterare", "Mona Ljung"), ("Ordförande", "Birgitta Alm"),
                       ("Justerare", "Leif Sundin")):
        y = s.get_y()
        s.use("B", 9.5, "sans")
        s.set_xy(s.l_margin, y + 10)
        s.cell(130, 12, role)
        s.set_line_width(0.3)
        s.line(s.l_margin + 140, y + 20, s.l_margin + 340, y + 20)
        s.use("")
        s.set_xy(s.l_margin + 140, y + 22)
        s.cell(200, 12, name)
        s.set_xy(s.l_margin, y + 38)


def _sheet(background: int) -> Sheet:
    return document(STYLE, _header, _footer, _cover, lambda s: paras(s, background))


def build(out: Path) -> Path:
    # as long a background as lets the § 21 proposal run over a page break
    s = straddling(_sheet, range(len(INTERN_BACKGROUND), 0, -1), "intern-from", "intern-to")
    path = out / "lilla-ofn-2026-05-06-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def facts() -> dict:
    def ofn(n: int, **kw) -> dict:
        return F.decision("beslut", OFN, DATE, n, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    att = [F.attendee(Person("Birgitta Alm"), "ledamot", "ordförande"),
           F.attendee(Person("Leif Sundin"), "ledamot", "vice ordförande"),
           F.attendee(Person("Ahmed Yusuf"), "ledamot"),
           F.attendee(Person("Karin Ek"), "ledamot"),
           F.attendee(Person("Ulrika Fjäll"), "tjänstgörande ersättare", replaces="Tord Bäck"),
           F.attendee(Person("Gun Rydell"), "ersättare"),
           F.attendee(Person("Tord Bäck"), "frånvarande"),
           F.attendee(Person("Lotta Rehn"), "tjänsteperson", "handläggare", paragraphs=[19, 20, 21]),
           F.attendee(Person("Mona Ljung"), "tjänsteperson", "nämndsekreterare")]
    return {
        "file": "lilla-ofn-2026-05-06-protokoll.pdf",
        "_note": "A small nämnd whose minutes print no parties (party null). 'Enligt förslag.' adopts "
                 "the proposal above it; a proposal printed in the minutes is not a decision of its "
                 "own.",
        "meeting": {"municipality": MUNI, "body": OFN, "date": DATE,
                    "place": "kommunhuset i Lillå, rum Tallen"},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 18", "title": "Val av justerare", "dnr": [], "decisions": [
                ofn(18, clauses=one("Leif Sundin utses att justera protokollet."))]},
            {"number": "§ 19", "title": "Arvoden till ställföreträdare 2026", "dnr": ["00322/2026"],
             "decisions": [ofn(19, clauses=F.clauses(*ARVODEN),
                               motions=[F.motion("återremiss", "Karin Ek"),
                                        F.motion("bifall", "Ahmed Yusuf")],
                               votes=[F.vote(3, 2, 0, VOTE19, verified=True)],
                               reservations=[F.reservation("Karin Ek")],
                               amounts=[F.amount(1850, clause=1), F.amount(2300, clause=2)],
                               refers_back=False)]},
            {"number": "§ 20", "title": "Budgetuppföljning per april 2026", "dnr": ["00141/2026"],
             "decisions": [ofn(20, clauses=F.clauses(
                 "Budgetuppföljningen godkänns.",
                 "Nämnden begär ett tilläggsanslag om 350 tkr hos kommunstyrelsen för att täcka ett "
                 "prognostiserat underskott om 0,4 mnkr.", numbered=False),
                 amounts=[F.amount(350_000), F.amount(400_000)])]},
            {"number": "§ 21", "title": "Internkontrollplan 2026", "dnr": ["00150/2026"],
             "decisions": [ofn(21, clauses=F.clauses(*INTERN),
                               assignments=[F.assignment("Förvaltningen", "december 2026"),
                                            F.assignment("Nämndens ledamöter", "utbildning")],
                               text_lacks=["signatur", "Sida", "Sammanträdesprotokoll"])]},
            {"number": "§ 22", "title": "Granskning av årsräkningar för 2025", "dnr": ["00098/2026"],
             "decisions": [ofn(22, clauses=one("Informationen noteras till protokollet."))]},
            {"number": "§ 23", "title": "Redovisning av delegationsbeslut", "dnr": [], "decisions": [
                ofn(23, clauses=one("Redovisningen av delegationsbeslut för perioden "
                                    "2026-03-25–2026-04-30 godkänns."))]},
            {"number": "§ 24", "title": "Ändrat sammanträdesdatum i juni", "dnr": ["00012/2026"],
             "decisions": [ofn(24, clauses=one("Sammanträdet den 10 juni 2026 flyttas till den 17 "
                                               "juni 2026 kl. 13.15."),
                               text_lacks=["omedelbart justerad"])]},
        ],
    }
