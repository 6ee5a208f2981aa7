"""Vikhamns stad (invented, Finland-Swedish), template Q: stadsfullmäktige 20.04.2026, §§ 30–35.

A Century-type serif; labels in a sans. Running header with the town, "PROTOKOLL 3/2026", the
body and the date; the footer "Justering" with initials boxes and "Sida n/N". A § is "30 §"
(the number before the sign, as some Finland-Swedish systems print it) over the bold title and
"Dnr 88/2025". A case handled at earlier meetings is written meeting by meeting, each meeting
line ending in a **colon** ("Stadsstyrelsen 15.03.2026 § 41:", "Tekniska nämnden den 3 februari
2026 § 14:", "Stadsstyrelsen 15.3.2026, 44 §:"), its parts under sans labels on lines of their
own ("Stadsdirektörens förslag:", "Beslut:", "Behandling:"), meetings parted by a rule.
Decisions adopt ("Förslaget godkändes.", "Enligt förslag.", "Fullmäktige godkände
stadsstyrelsens förslag."), send back ("Fullmäktige beslutar att återremittera ärendet …",
"Ärendet återremitterades till förvaltningen …"), or decide without a proposal; points "1)"
that run over a page break; "Beslutet delges:" lines that are no decision point."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import facts as F
from .sheet import Cell, Sheet, Style, document, straddling

MUNI = "Vikhamns stad"
SF = "Stadsfullmäktige"
SS = "Stadsstyrelsen"
DATE = "2026-04-20"
FI_DATE = "20.04.2026"
STYLE = Style(body="century", size=10, leading=1.38, left=74, right=66, top=100, bottom=90)
INDENT = 28.0

MEMBERS = ["Birgitta Sundqvist", "Mikael Ström", "Sara Lindroos", "Jukka Hästbacka",
           "Anneli Forsman", "Tom Granlund", "Heidi Sjölind", "Patrik Björkqvist", "Eeva Vikström",
           "Kenneth Mattfolk", "Camilla Nordling", "Ronny Åhman", "Linda Kronqvist"]


def header_of(number: str, body: str, date: str) -> Callable[[Sheet], None]:
    """The running header: the town, the protocol's number, the body and the date."""
    def header(s: Sheet) -> None:
        s.use("B", 10, "sans")
        s.set_xy(s.l_margin, 34)
        s.cell(150, 12, "VIKHAMNS STAD")
        s.use("", 9.5, "sans")
        s.set_xy(230, 34)
        s.cell(120, 12, f"PROTOKOLL {number}")
        s.set_xy(s.l_margin, 47)
        s.cell(150, 12, body)
        s.set_xy(230, 47)
        s.cell(120, 12, date)
        s.set_line_width(0.3)
        s.line(s.l_margin, 64, s.w - s.r_margin, 64)

    return header


def cover_of(title: str, number: str, rows: list[tuple[str, str]]) -> Callable[[Sheet], None]:
    """The cover: the body in capitals, the protocol's number, a label table."""
    def cover(s: Sheet) -> None:
        s.use("B", 14, "sans")
        s.cell(0, 20, title, new_x="LMARGIN", new_y="NEXT")
        s.use("", 11, "sans")
        s.cell(0, 16, f"PROTOKOLL {number}", new_x="LMARGIN", new_y="NEXT")
        s.gap(12)
        for k, v in rows:
            s.row([Cell(0, 120, k, "B", font="sans"), Cell(130, s.epw - 130, v)], after=5)

    return cover


def _footer(s: Sheet) -> None:
    s.use("", 8, "sans")
    s.set_xy(s.l_margin, s.h - 56)
    s.cell(60, 10, "Justering")
    s.rect(s.l_margin + 62, s.h - 58, 40, 14)
    s.rect(s.l_margin + 108, s.h - 58, 40, 14)
    s.right(f"Sida {s.page_no()}/{{nb}}", s.h - 56, size=8, font="sans")


def head(s: Sheet, number: int, title: str, dnr: str | None) -> None:
    s.need(96)
    s.gap(16)
    s.use("B", 11)
    s.cell(0, 15, f"{number} §", new_x="LMARGIN", new_y="NEXT")
    s.text(title, style="B", size=11, after=2)
    if dnr:
        s.text(f"Dnr {dnr}", size=9, after=8)
    else:
        s.gap(6)


def meeting(s: Sheet, text: str) -> None:
    s.need(5 * s.line_h())
    s.gap(4)
    s.text(text, style="B", font="sans", size=10, after=3)


def label(s: Sheet, text: str, body: str | list[str]) -> None:
    s.need(3 * s.line_h())
    s.text(text, style="B", font="sans", size=9.5, after=1.5)
    for part in [body] if isinstance(body, str) else body:
        s.text(part, indent=INDENT, after=3)


def points(s: Sheet, lead: str, items: list[str], mark: str | None = None) -> None:
    s.text(lead, indent=INDENT, after=1.5)
    for k, item in enumerate(items, 1):
        if mark and k == 1:
            s.mark(f"{mark}-first")
        s.hanging(f"{k})", item, 18, indent=INDENT, after=1.5)
        if mark and k == len(items):
            s.mark(f"{mark}-last")
    s.gap(3)


def rule(s: Sheet) -> None:
    s.gap(2)
    s.text("_" * 24, after=4)


TARNAN_TN = ("Tekniska nämnden föreslår för stadsstyrelsen och vidare för fullmäktige att "
             "detaljplaneändringen för kvarteret Tärnan godkänns.")
TARNAN_SS = "Stadsstyrelsen föreslår fullmäktige att detaljplaneändringen för kvarteret Tärnan godkänns."
TARNAN_SF = "Fullmäktige godkänner detaljplaneändringen för kvarteret Tärnan enligt bilaga 3."
STADGA_SS = ("Stadsstyrelsen föreslår fullmäktige att förvaltningsstadgan ändras enligt bilaga 4 från "
             "och med den 1 juni 2026.")
STADGA_SF = "Fullmäktige beslutar att återremittera ärendet till stadsstyrelsen för ny beredning."
STADGA_SS_EARLIER = ("Ärendet återremitterades till förvaltningen för att delegeringsbestämmelserna "
                     "ska beredas i samråd med nämnderna.")
RADDNING_SS = ("Stadsstyrelsen föreslår för fullmäktige att ett tilläggsanslag om 85 000 euro "
               "beviljas för räddningsverkets fordonsanskaffning.")
RADDNING_SF = ("Fullmäktige beviljar ett tilläggsanslag om 85 000 euro för räddningsverkets "
               "fordonsanskaffning.")
BAKGRUND = [
    "Eeva Vikström och 11 andra ledamöter föreslår i en motion att staden inför ett avgiftsfritt "
    "seniorkort i kollektivtrafiken för alla över 70 år.",
    "Förvaltningen har utrett kostnaderna för ett seniorkort och hur andra städer i regionen "
    "ordnat saken. Ett avgiftsfritt kort skulle kosta staden omkring 240 000 euro om året.",
    "Av stadens invånare är drygt 2 100 över 70 år. Enligt trafikidkarnas statistik reser de "
    "främst förmiddagar, då bussarna har gott om plats.",
    "Två av grannkommunerna erbjuder redan ett seniorkort till halva priset. Erfarenheterna "
    "därifrån är goda: resandet har ökat utan att turerna behövt utökas.",
    "Äldrerådet har i sitt utlåtande understött motionens syfte men anser att ett kort till "
    "nedsatt pris är en rimligare lösning än ett avgiftsfritt kort.",
    "Ett seniorkort kan införas tidigast från början av år 2027, då de nuvarande avtalen med "
    "trafikidkarna går ut och nya förhandlingar inleds.",
    "Förvaltningen föreslår därför att staden förhandlar om ett seniorkort till nedsatt pris och "
    "att motionen därmed anses besvarad.",
    "Kostnaderna för ett kort till nedsatt pris uppskattas till en tredjedel av kostnaderna för "
    "ett avgiftsfritt kort.",
    "Ärendet har beretts i samarbete med regionens trafikmyndighet.",
]
MOTION = [
    "motionen anses besvarad med den utredning om seniorkort i kollektivtrafiken som bifogas "
    "som bilaga 5,",
    "stadsstyrelsen ges i uppdrag att förhandla med trafikidkarna om ett seniorkort till ett "
    "nedsatt pris från och med början av år 2027,",
    "kostnaderna för seniorkortet beaktas i budgeten för år 2027 och ekonomiplanen för åren "
    "2028–2029.",
]


def paras(s: Sheet, filler: int) -> None:
    head(s, 30, "Sammanträdets laglighet och beslutförhet", None)
    label(s, "Ordförandens förslag:", "Sammanträdet konstateras vara lagligen sammankallat och "
                                      "beslutfört.")
    label(s, "Beslut:", "Enligt förslag.")

    head(s, 31, "Detaljplaneändring för kvarteret Tärnan", "88/2025")
    meeting(s, "Tekniska nämnden den 3 februari 2026 § 14:")
    label(s, "Tekniska direktörens förslag:", TARNAN_TN)
    label(s, "Beslut:", "Enligt förslag.")
    rule(s)
    meeting(s, "Stadsstyrelsen 15.03.2026 § 41:")
    label(s, "Stadsdirektörens förslag:", TARNAN_SS)
    label(s, "Beslut:", "Förslaget godkändes.")
    rule(s)
    meeting(s, f"Stadsfullmäktige {FI_DATE} § 31:")
    label(s, "Stadsstyrelsens förslag:", TARNAN_SF)
    label(s, "Beslut:", "Fullmäktige godkände stadsstyrelsens förslag.")

    head(s, 32, "Ändring av förvaltningsstadgan", "12/2026")
    meeting(s, "Stadsstyrelsen den 2 februari 2026 § 19:")
    label(s, "Stadsdirektörens förslag:", "Stadsstyrelsen föreslår fullmäktige att "
                                          "förvaltningsstadgan ändras enligt bilaga 4.")
    label(s, "Beslut:", STADGA_SS_EARLIER)
    rule(s)
    meeting(s, "Stadsstyrelsen den 2 mars 2026 § 36:")
    label(s, "Stadsdirektörens förslag:", STADGA_SS)
    label(s, "Beslut:", "Enligt förslag.")
    rule(s)
    meeting(s, f"Stadsfullmäktige {FI_DATE} § 32:")
    label(s, "Stadsstyrelsens förslag:", "Fullmäktige godkänner ändringen av förvaltningsstadgan "
                                         "enligt bilaga 4.")
    label(s, "Behandling:", "Under diskussionen föreslog Mikael Ström, understödd av Sara Lindroos, "
                            "att ärendet återremitteras till stadsstyrelsen för att de nya "
                            "delegeringsbestämmelserna ska beredas på nytt. Ordföranden konstaterade "
                            "att fullmäktige enhälligt omfattade återremissförslaget.")
    label(s, "Beslut:", STADGA_SF)

    head(s, 33, "Tilläggsanslag för räddningsverkets fordon", "41/2026")
    meeting(s, "Stadsstyrelsen 15.3.2026, 44 §:")
    label(s, "Stadsdirektörens förslag:", RADDNING_SS)
    label(s, "Beslut:", "Enligt förslag.")
    rule(s)
    meeting(s, f"Stadsfullmäktige {FI_DATE} § 33:")
    label(s, "Beslut:", RADDNING_SF)
    label(s, "Beslutet delges:", "räddningsverket, ekonomiavdelningen")

    head(s, 34, "Motion om seniorkort i kollektivtrafiken", "301/2025")
    meeting(s, "Stadsstyrelsen 15.03.2026 § 47:")
    label(s, "Bakgrund:", BAKGRUND[:filler])
    s.need(4 * s.line_h())
    s.text("Stadsdirektörens förslag:", style="B", font="sans", size=9.5, after=1.5)
    points(s, "Stadsstyrelsen föreslår fullmäktige att", MOTION)
    label(s, "Beslut:", "Enligt förslag.")
    rule(s)
    meeting(s, f"Stadsfullmäktige {FI_DATE} § 34:")
    s.need(4 * s.line_h())
    s.text("Stadsstyrelsens förslag:", style="B", font="sans", size=9.5, after=1.5)
    points(s, "Fullmäktige beslutar att", MOTION, mark="sf")
    label(s, "Beslut:", "Enligt förslag.")

    head(s, 35, "Anmälningsärenden", None)
    label(s, "Förslag:", "Anmälningsärendena antecknas för kännedom.")
    label(s, "Beslut:", "Enligt förslag.")


_cover = cover_of("STADSFULLMÄKTIGE", "3/2026", [
    ("Tid", "Måndagen den 20 april 2026 kl. 18.00–20.40"),
    ("Plats", "Stadshuset, fullmäktigesalen"),
    ("Närvarande", "\n".join(MEMBERS)),
    ("Övriga närvarande", "Peter Holmgård, stadsdirektör\nMaria Lönnqvist, protokollförare"),
    ("Paragrafer", "30–35 §"),
])


def build(out: Path) -> Path:
    def one(filler: int) -> Sheet:
        return document(STYLE, header_of("3/2026", SF, FI_DATE), _footer, _cover, lambda s: paras(s, filler))

    s = straddling(one, range(1, 10), "sf-first", "sf-last")
    path = out / "vikhamn-sf-2026-04-20-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def facts() -> dict:
    def sf(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", SF, DATE, n, **kw)

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    return {
        "file": "vikhamn-sf-2026-04-20-protokoll.pdf",
        "_note": "Finland-Swedish minutes without parties. Each earlier meeting's part ('Stadsstyrelsen "
                 "15.03.2026 § 41:', 'Tekniska nämnden den 3 februari 2026 § 14:', 'Stadsstyrelsen "
                 "15.3.2026, 44 §:') prints that meeting's decision with its body, date and §; "
                 "'Enligt förslag.', 'Förslaget godkändes.' and 'Fullmäktige godkände stadsstyrelsens "
                 "förslag.' adopt the proposal printed above them. A proposal printed in the minutes is "
                 "not a decision of its own. 'föreslår (för) fullmäktige' proposes to Stadsfullmäktige; "
                 "the nämnd's 'för stadsstyrelsen och vidare för fullmäktige' to Stadsstyrelsen. The "
                 "uppdrag in stadsstyrelsen's proposal is given only once fullmäktige adopts it. "
                 "Persons and procedure are not stated here.",
        "meeting": {"municipality": MUNI, "body": SF, "date": DATE},
        "problems": [],
        "items": [
            {"number": "30 §", "title": "Sammanträdets laglighet och beslutförhet", "dnr": [],
             "decisions": [sf(30, clauses=one("Sammanträdet konstateras vara lagligen sammankallat "
                                              "och beslutfört."))]},
            {"number": "31 §", "title": "Detaljplaneändring för kvarteret Tärnan", "dnr": ["88/2025"],
             "decisions": [
                earlier_decision("Tekniska nämnden", "2026-02-03", 14, proposed_to=SS,
                                 clauses=one(TARNAN_TN)),
                earlier_decision(SS, "2026-03-15", 41, proposed_to=SF, clauses=one(TARNAN_SS)),
                sf(31, clauses=one(TARNAN_SF))]},
            {"number": "32 §", "title": "Ändring av förvaltningsstadgan", "dnr": ["12/2026"],
             "decisions": [
                earlier_decision(SS, "2026-02-02", 19, refers_back=True, clauses=one(STADGA_SS_EARLIER)),
                earlier_decision(SS, "2026-03-02", 36, proposed_to=SF, clauses=one(STADGA_SS)),
                sf(32, refers_back=True, clauses=one(STADGA_SF),
                   text_lacks=["bilaga 4"])]},
            {"number": "33 §", "title": "Tilläggsanslag för räddningsverkets fordon", "dnr": ["41/2026"],
             "decisions": [
                earlier_decision(SS, "2026-03-15", 44, proposed_to=SF, clauses=one(RADDNING_SS),
                        amounts=[F.amount(85_000, "EUR")]),
                sf(33, clauses=one(RADDNING_SF), amounts=[F.amount(85_000, "EUR")],
                   text_lacks=["delges", "ekonomiavdelningen"])]},
            {"number": "34 §", "title": "Motion om seniorkort i kollektivtrafiken", "dnr": ["301/2025"],
             "decisions": [
                F.unstated(earlier_decision(SS, "2026-03-15", 47, proposed_to=SF,
                                            clauses=F.clauses(*MOTION), amounts=[],
                                            assignments=[]),
                           "assignments", why="the uppdrag is given once fullmäktige adopts it"),
                sf(34, clauses=F.clauses(*MOTION), amounts=[],
                   assignments=[F.assignment("stadsstyrelsen", "seniorkort")],
                   text_lacks=["Sida", "Justering", "VIKHAMNS"])]},
            {"number": "35 §", "title": "Anmälningsärenden", "dnr": [],
             "decisions": [sf(35, clauses=one("Anmälningsärendena antecknas för kännedom."))]},
        ],
    }


# ------------------------------------------------------------------ the stadsstyrelse 15.03.2026

SS_DATE = "2026-03-15"
SS_FI = "15.03.2026"


def inline(s: Sheet, label_text: str, body: str) -> None:
    """A label with its text on the same line, the label in the sans."""
    s.need(2 * s.line_h())
    s.use("B", 9.5, "sans")
    w = s.get_string_width(label_text + " ") + 2
    s.hanging(label_text, body, w, label_style="B", label_font="sans", after=3)


TARNAN_TN_SS = ("Tekniska nämnden föreslår för stadsstyrelsen och vidare för fullmäktige att "
                "detaljplaneändringen för kvarteret Tärnan godkänns.")
TARNAN_SS_SS = ("Stadsstyrelsen föreslår för fullmäktige att detaljplaneändringen för kvarteret Tärnan "
                "godkänns.")
HAMNAVTAL = ("Stadsstyrelsen godkänner avtalet med Vikhamns Hamn Ab om skötseln av gästhamnen för "
             "åren 2026–2028.")
TAXA_SS = ("Stadsstyrelsen beslutade att föreslå fullmäktige att renhållningstaxan höjs med 4 procent "
           "från och med 1.7.2026.")
DELEGERING = "Stadsstyrelsen konstaterar att den inte tar upp de anmälda besluten till behandling."


def ss_paras(s: Sheet) -> None:
    head(s, 40, "Sammanträdets laglighet och beslutförhet", None)
    inline(s, "Beslut:", "Sammanträdet konstaterades vara lagligen sammankallat och beslutfört.")

    head(s, 41, "Detaljplaneändring för kvarteret Tärnan", "88/2025")
    meeting(s, "Tekniska nämnden 3.2.2026 § 14")
    inline(s, "Beredning:", "tekniska direktören Nina Aspö")
    label(s, "Tekniska direktörens förslag:", TARNAN_TN_SS)
    label(s, "Tekniska nämndens beslut:", "Enligt förslag.")
    rule(s)
    meeting(s, "Stadsstyrelsen 15.3.2026 § 41")
    label(s, "Stadsdirektörens förslag:", TARNAN_SS_SS)
    label(s, "Stadsstyrelsens beslut:", ["Stadsstyrelsen omfattade stadsdirektörens förslag.",
                                         "Paragrafen justerades omedelbart."])

    head(s, 42, "Avtal om skötseln av gästhamnen", "17/2026")
    meeting(s, "Stadsstyrelsen 2.3.2026 § 30")
    label(s, "Stadsdirektörens förslag:", HAMNAVTAL)
    label(s, "Beslut:", "Ärendet bordlades.")
    rule(s)
    meeting(s, "Stadsstyrelsen 15.3.2026 § 42")
    label(s, "Stadsdirektörens förslag:", HAMNAVTAL)
    label(s, "Beslut:", "Stadsstyrelsen beslöt enhälligt att återremittera ärendet för ny beredning.")

    head(s, 43, "Renhållningstaxa från 1.7.2026", "52/2026")
    inline(s, "Beredning:", "ekonomidirektören Lotta Grönroos")
    label(s, "Beslut:", TAXA_SS)
    inline(s, "Protokollsutdrag:", "tekniska nämnden, Vikhamns Renhållning Ab")

    head(s, 44, "Tilläggsanslag för räddningsverkets fordon", "41/2026")
    label(s, "Stadsdirektörens förslag:", RADDNING_SS)
    inline(s, "Beslut:", "Godkändes.")

    head(s, 45, "Information om stadens ekonomiska läge", None)
    inline(s, "Stadsdirektörens förslag:", "Stadsstyrelsen antecknar informationen för kännedom.")
    inline(s, "Beslut:", "Enligt förslag.")

    head(s, 46, "Anmälan av tjänstemannabeslut", None)
    s.text("Byggnadsinspektörens beslut 12/2026 om bygglov för Strandvägen 4", indent=INDENT, after=1)
    s.text("Byggnadsnämndens beslut 4.3.2026 § 18 om undantagslov", indent=INDENT, after=1)
    s.text("Ekonomidirektörens beslut 3/2026 Upphandling av revisionstjänster", indent=INDENT, after=4)
    label(s, "Stadsdirektörens förslag:", DELEGERING)
    label(s, "Beslut:", "Enligt förslag.")

    head(s, 47, "Motion om seniorkort i kollektivtrafiken", "301/2025")
    inline(s, "Beredning:", "stadsdirektören Peter Holmgård")
    s.need(4 * s.line_h())
    s.text("Stadsdirektörens förslag:", style="B", font="sans", size=9.5, after=1.5)
    points(s, "Stadsstyrelsen föreslår fullmäktige att", MOTION)
    label(s, "Beslut:", "Enligt förslag.")


_ss_cover = cover_of("STADSSTYRELSEN", "4/2026", [
    ("Tid", "Söndagen den 15 mars 2026 kl. 17.00–19.10"),
    ("Plats", "Stadshuset, styrelserummet"),
    ("Närvarande", "\n".join(MEMBERS[:9])),
    ("Övriga närvarande", "Peter Holmgård, stadsdirektör\nMaria Lönnqvist, protokollförare"),
    ("Paragrafer", "40–47 §"),
])


def build_ss(out: Path) -> Path:
    s = document(STYLE, header_of("4/2026", SS, SS_FI), _footer, _ss_cover, ss_paras)
    path = out / "vikhamn-ss-2026-03-15-protokoll.pdf"
    s.output(str(path))
    return path


def ss_facts() -> dict:
    def ss(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", SS, SS_DATE, n, **kw)

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    return {
        "file": "vikhamn-ss-2026-03-15-protokoll.pdf",
        "_note": "Earlier meetings' parts ('Tekniska nämnden 3.2.2026 § 14', 'Stadsstyrelsen 2.3.2026 § 30') "
                 "print those meetings' decisions. 'Stadsstyrelsen omfattade stadsdirektörens förslag.', "
                 "'Godkändes.' and 'Enligt förslag.' adopt the proposal above them; 'Stadsstyrelsen "
                 "beslutade att föreslå fullmäktige att …' proposes to Stadsfullmäktige. The list of "
                 "officials' decisions in § 46 ('Byggnadsinspektörens beslut 12/2026 …') is no decision "
                 "of the meeting; 'Protokollsutdrag:' names who gets the extract. The uppdrag in a "
                 "proposal to fullmäktige is left unstated.",
        "meeting": {"municipality": MUNI, "body": SS, "date": SS_DATE},
        "problems": [],
        "items": [
            {"number": "40 §", "title": "Sammanträdets laglighet och beslutförhet", "dnr": [],
             "decisions": [ss(40, clauses=one("Sammanträdet konstaterades vara lagligen "
                                              "sammankallat och beslutfört."))]},
            {"number": "41 §", "title": "Detaljplaneändring för kvarteret Tärnan", "dnr": ["88/2025"],
             "decisions": [
                earlier_decision("Tekniska nämnden", "2026-02-03", 14, proposed_to=SS,
                                 clauses=one(TARNAN_TN_SS)),
                ss(41, proposed_to=SF, clauses=one(TARNAN_SS_SS),
                   text_lacks=["justerades"])]},
            {"number": "42 §", "title": "Avtal om skötseln av gästhamnen", "dnr": ["17/2026"],
             "decisions": [
                earlier_decision(SS, "2026-03-02", 30, clauses=one("Ärendet bordlades.")),
                ss(42, refers_back=True, clauses=one("Stadsstyrelsen beslöt enhälligt att "
                                                     "återremittera ärendet för ny beredning."))]},
            {"number": "43 §", "title": "Renhållningstaxa från 1.7.2026", "dnr": ["52/2026"],
             "decisions": [ss(43, proposed_to=SF, clauses=one(TAXA_SS),
                              text_lacks=["Renhållning Ab"])]},
            {"number": "44 §", "title": "Tilläggsanslag för räddningsverkets fordon", "dnr": ["41/2026"],
             "decisions": [ss(44, proposed_to=SF, clauses=one(RADDNING_SS),
                              amounts=[F.amount(85_000, "EUR")])]},
            {"number": "45 §", "title": "Information om stadens ekonomiska läge", "dnr": [],
             "decisions": [ss(45, clauses=one("Stadsstyrelsen antecknar informationen för kännedom."))]},
            {"number": "46 §", "title": "Anmälan av tjänstemannabeslut", "dnr": [],
             "decisions": [ss(46, clauses=one(DELEGERING))]},
            {"number": "47 §", "title": "Motion om seniorkort i kollektivtrafiken", "dnr": ["301/2025"],
             "decisions": [F.unstated(ss(47, proposed_to=SF, clauses=F.clauses(*MOTION), amounts=[],
                                         assignments=[]),
                                      "assignments", why="given once fullmäktige adopts it")]},
        ],
    }


def earlier_decision(body: str, date: str, n: int, **kw) -> dict:
    kw.setdefault("refers_back", False)
    return F.decision("beslut", body, date, n, **kw)


# ------------------------------------------------------------------ the tekniska nämnd 03.02.2026

TN = "Tekniska nämnden"
TN_DATE = "2026-02-03"
TN_FI = "03.02.2026"


SNOW = ("Tekniska nämnden godkänner avtalet om snöröjning med Vikhamns Maskin Ab för perioden "
        "2026–2029.")
SNOW_TODAY = "Tekniska nämnden beslöt enligt förslaget."
PARK = ["parkeringsavgiften i centrum höjs till 1,50 euro per timme från och med 1.4.2026,",
        "avgiften för boendeparkering fastställs till 120 euro per år."]
GATA = ("Tekniska nämnden ger ett positivt utlåtande om gatuplanen för Västra industriområdet till "
        "byggnadsnämnden.")


def tn_paras(s: Sheet) -> None:
    head(s, 12, "Laglighet och beslutförhet", None)
    inline(s, "Beslut:", "Mötet konstaterades vara lagligen sammankallat och beslutfört.")

    head(s, 13, "Avtal om snöröjning 2026–2029", "7/2026")
    meeting(s, "Tekniska nämnden § 5 13.1.2026")
    label(s, "Tekniska direktörens förslag:", SNOW)
    label(s, "Beslut:", "Ärendet bordlades.")
    rule(s)
    meeting(s, f"Tekniska nämnden § 13 {TN_FI}")
    label(s, "Tekniska direktörens förslag:", SNOW)
    label(s, "Beslut:", [SNOW_TODAY, "Paragrafen justerades på mötet."])
    inline(s, "Ändringssökande:", "Anvisning om besvär bifogas.")

    head(s, 14, "Detaljplaneändring för kvarteret Tärnan", "88/2025")
    label(s, "Tekniska direktörens förslag:", TARNAN_TN)
    label(s, "Beslut:", "Enligt förslag.")
    inline(s, "Tilläggsuppgifter:", "planläggningsingenjör Kim Söderback")

    head(s, 15, "Parkeringsavgifter", "61/2025")
    meeting(s, "Tekniska nämnden § 88 9.12.2025")
    label(s, "Tekniska direktörens förslag:", "Tekniska nämnden fastställer parkeringsavgifterna enligt "
                                              "bilaga 2.")
    label(s, "Beslut:", "Ärendet återremitterades för att avgiften för boendeparkering ska utredas.")
    rule(s)
    meeting(s, f"Tekniska nämnden § 15 {TN_FI}")
    s.need(4 * s.line_h())
    s.text("Tekniska direktörens förslag:", style="B", font="sans", size=9.5, after=1.5)
    points(s, "Tekniska nämnden beslutar att", PARK)
    label(s, "Beslut:", "Enligt förslag.")
    inline(s, "Verkställighet:", "parkeringsövervakningen")

    head(s, 16, "Utlåtande om gatuplan för Västra industriområdet", "70/2025")
    meeting(s, "Byggnadsnämnden § 3 20.1.2026")
    label(s, "Byggnadsnämndens beslut:", "Byggnadsnämnden begär utlåtande av tekniska nämnden om "
                                         "gatuplanen.")
    rule(s)
    meeting(s, f"Tekniska nämnden § 16 {TN_FI}")
    label(s, "Tekniska direktörens förslag:", GATA)
    label(s, "Beslut:", "Förslaget godkändes.")


_tn_cover = cover_of("TEKNISKA NÄMNDEN", "2/2026", [
    ("Tid", "Tisdagen den 3 februari 2026 kl. 17.00–18.30"),
    ("Plats", "Tekniska centralen, mötesrummet"),
    ("Närvarande", "\n".join(MEMBERS[4:11])),
    ("Övriga närvarande", "Nina Aspö, teknisk direktör, protokollförare"),
    ("Paragrafer", "12–16 §"),
])


def build_tn(out: Path) -> Path:
    s = document(STYLE, header_of("2/2026", TN, TN_FI), _footer, _tn_cover, tn_paras)
    path = out / "vikhamn-tn-2026-02-03-protokoll.pdf"
    s.output(str(path))
    return path


def tn_facts() -> dict:
    def tn(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", TN, TN_DATE, n, **kw)

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    return {
        "file": "vikhamn-tn-2026-02-03-protokoll.pdf",
        "_note": "Meeting lines print the § before the date ('Tekniska nämnden § 5 13.1.2026'); each "
                 "earlier meeting's part prints that meeting's decision. 'Tekniska nämnden beslöt enligt "
                 "förslaget.' adopts the proposal above it. 'Paragrafen justerades på mötet.', "
                 "'Ändringssökande:', 'Tilläggsuppgifter:' and 'Verkställighet:' lines are no decision "
                 "point.",
        "meeting": {"municipality": MUNI, "body": TN, "date": TN_DATE},
        "problems": [],
        "items": [
            {"number": "12 §", "title": "Laglighet och beslutförhet", "dnr": [],
             "decisions": [tn(12, clauses=one("Mötet konstaterades vara lagligen sammankallat och "
                                              "beslutfört."))]},
            {"number": "13 §", "title": "Avtal om snöröjning 2026–2029", "dnr": ["7/2026"],
             "decisions": [
                earlier_decision(TN, "2026-01-13", 5, clauses=one("Ärendet bordlades.")),
                tn(13, clauses=one(SNOW), text_lacks=["justerades", "besvär"])]},
            {"number": "14 §", "title": "Detaljplaneändring för kvarteret Tärnan", "dnr": ["88/2025"],
             "decisions": [tn(14, proposed_to=SS, clauses=one(TARNAN_TN),
                              text_lacks=["Söderback"])]},
            {"number": "15 §", "title": "Parkeringsavgifter", "dnr": ["61/2025"],
             "decisions": [
                earlier_decision(TN, "2025-12-09", 88, refers_back=True, clauses=one(
                    "Ärendet återremitterades för att avgiften för boendeparkering ska utredas.")),
                tn(15, clauses=F.clauses(*PARK), text_lacks=["parkeringsövervakningen"])]},
            {"number": "16 §", "title": "Utlåtande om gatuplan för Västra industriområdet",
             "dnr": ["70/2025"],
             "decisions": [
                earlier_decision("Byggnadsnämnden", "2026-01-20", 3, clauses=one(
                    "Byggnadsnämnden begär utlåtande av tekniska nämnden om gatuplanen.")),
                tn(16, clauses=one(GATA))]},
        ],
    }
