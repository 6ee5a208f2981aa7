"""Tornviks kommun (invented), template HA: kommunfullmäktige 2026-12-10 in a plain sans layout
whose minute system prints each § in labelled parts (Ärendebeskrivning, Beslutsunderlag,
Yrkanden, Beslutsgång, Beslut, Reservationer, Protokollsanteckningar, Beslutet skickas till).
Its secretary tells the yrkanden in ways the templates before it do not: the verb before the
mover after an adverbial ("Under överläggningen yrkar X (V), med instämmande av Y (MP), bifall
…"); a mover named by title and surname ("Kommunalrådet Håkansson yrkar …", "Oppositionsrådet
Wennberg (M) instämmer i …"); movers in a column beside their yrkanden with no dash or colon
between; joiners without commas ("X (SD) med instämmande av Y (SD) och Z (SD) yrkar …"); a
second yrkande of the same mover told with a pronoun ("Hon yrkar vidare, som ett
tilläggsyrkande, att …"); the mover after the yrkande ("… Detta yrkar X (MP)."). Reservations
"Mot beslutet reserverar sig Sverigedemokraterna …", "Reservation mot beslutet anmäls av …",
"Vänsterpartiets och Miljöpartiets ledamöter reserverar sig …", "Reservation anmäls av
Sverigedemokraterna."; statements "Ledamöterna för M och KD deltar inte i beslutet", jäv as
"X anmäler jäv och lämnar sammanträdet under ärendet" and "På grund av jäv deltar inte X i
handläggningen", "X lämnar följande protokollsanteckning:" with its text on the next page, a
"Protokollsanteckning från Vänsterpartiet" signed by the group, and a "Särskilt yttrande"
printed as an appendix after the last § and signed by two. Traps: a motionär's yrkande told in
the Ärendebeskrivning, a name with a party under "Beslutet skickas till", "till förmån för"
naming another's förslag, officials named in the case's prose."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Tornviks kommun"
KF = "Kommunfullmäktige"
DATE = "2026-12-10"
STYLE = Style(body="sans", size=10.5, leading=1.35, left=72, right=64, top=96, bottom=78)

MEMBERS = [Person(n, p) for n, p in (
    ("Anna Håkansson", "S"), ("Erik Sundin", "S"), ("Eva Holm", "S"), ("Mats Lindgren", "S"),
    ("Karin Öberg", "S"), ("Johan Eklund", "S"),
    ("Per Wennberg", "M"), ("Emma Falk", "M"), ("Nils Dahlgren", "M"), ("Sofia Rask", "M"),
    ("Ulf Sandberg", "SD"), ("Linda Moberg", "SD"), ("Tobias Hall", "SD"),
    ("Karin Sjö", "C"), ("Hampus Bodin", "C"), ("Lena Ek", "V"), ("Oskar Nyman", "V"),
    ("Anders Wallin", "KD"), ("Ida Palm", "KD"), ("Maria Lund", "L"), ("Johan Frisk", "L"),
    ("Jonas Berg", "MP"))]
BY = {p.name: p for p in MEMBERS}
CHAIR = BY["Anna Håkansson"]
VICE = BY["Per Wennberg"]

TRAFIK = "Motion om avgiftsfri kollektivtrafik för äldre"
BUDGET = "Mål och budget 2027"
HAMNEN = "Detaljplan för Norra hamnen"
SOL = "Motion om solceller på kommunens fastigheter"
ENERGI = "Ägardirektiv för Tornviks Energi AB"


def _masthead(body: str, date: str) -> Callable[[Sheet], None]:
    def header(s: Sheet) -> None:
        s.masthead("sans", ["TORNVIKS KOMMUN", body],
                   ["SAMMANTRÄDESPROTOKOLL", f"{date}    Sida {s.page_no()} av {{nb}}"], (32, 45),
                   right_first=12, right_w=205, rule=(0.6, 62))
    return header


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur                              Utdragsbestyrkande",
                     "sans", size=7.5, above_edge=44)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10.5, "sans", h=15, need=40, before=4)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(14)
    s.use("B", 13, "sans")
    s.cell(48, 17, f"§ {n}")
    s.multi_cell(0, 17, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Diarienummer KS {dnr}", size=9, after=6)


def _cover_of(body: str, where: str, members: list[Person], justerare: str, paragraphs: str
              ) -> Callable[[Sheet], None]:
    def cover(s: Sheet) -> None:
        s.use("B", 18, "sans")
        s.cell(0, 26, body, new_x="LMARGIN", new_y="NEXT")
        s.text(f"Plats och tid: {where}", after=10)
        _label(s, "Beslutande")
        for p in members:
            func = ", ordförande" if p is CHAIR else ", 1:e vice ordförande" if p is VICE else ""
            s.text(f"{p.tag()}{func}", after=0.5)
        s.gap(8)
        _label(s, "Övriga närvarande")
        s.text("Birgitta Norberg, kommundirektör\nSimon Lindahl, sekreterare", after=8)
        _label(s, "Justerare")
        s.text(justerare, after=8)
        _label(s, "Paragrafer")
        s.text(paragraphs, after=8)
    return cover


def _p90(s: Sheet) -> None:
    _head(s, 90, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige utser Emma Falk (M) och Oskar Nyman (V) att jämte ordföranden "
           "justera dagens protokoll.")


def _p91(s: Sheet) -> None:
    _head(s, 91, TRAFIK, "2026/145")
    _label(s, "Ärendebeskrivning")
    s.text("Lena Ek (V) har i en motion föreslagit att kommunen inför avgiftsfri kollektivtrafik "
           "för personer som fyllt 75 år. I motionen yrkar Lena Ek (V) också att färdtjänstens "
           "avgifter ses över. Trafikchef Olof Strand har yttrat sig över motionen och bedömer "
           "att förslaget skulle minska biljettintäkterna kraftigt.")
    s.text("Kommunstyrelsen föreslår att motionen avslås.")
    _label(s, "Beslutsunderlag")
    s.text("Kommunstyrelsens protokoll 2026-11-24, § 201\nMotion från Lena Ek (V) 2026-03-02")
    _label(s, "Yrkanden")
    s.text("Under överläggningen yrkar Lena Ek (V), med instämmande av Jonas Berg (MP), bifall "
           "till motionen.")
    s.text("Kommunalrådet Håkansson yrkar bifall till kommunstyrelsens förslag.")
    s.text("Oppositionsrådet Wennberg (M) instämmer i Håkanssons yrkande.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på kommunstyrelsens förslag och Lena Eks yrkande och "
           "finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att avslå motionen.")
    _label(s, "Reservationer")
    s.text("Vänsterpartiets och Miljöpartiets ledamöter reserverar sig mot beslutet till förmån "
           "för Lena Eks yrkande.")
    _label(s, "Beslutet skickas till")
    s.text("Lena Ek (V)\nTrafikenheten", after=2)


def _p92(s: Sheet) -> None:
    _head(s, 92, BUDGET, "2026/210")
    _label(s, "Ärendebeskrivning")
    s.text("Kommunstyrelsen har lämnat förslag till mål och budget 2027 med plan för 2028–2029. "
           "Ekonomichef Petra Lindqvist har föredragit ärendet på kommunstyrelsens sammanträde.")
    _label(s, "Yrkanden")
    rows = [(CHAIR.tag(), "Bifall till kommunstyrelsens förslag."),
            (VICE.tag(), "Bifall till Moderaternas, Centerpartiets och Kristdemokraternas "
                         "gemensamma budgetförslag (bilaga 1)."),
            ("Ulf Sandberg (SD)", "Bifall till Sverigedemokraternas budgetförslag (bilaga 2)."),
            ("Lena Ek (V)", "Återremiss till kommunstyrelsen för att ta fram en budget utan "
                            "besparingar inom grundskolan.")]
    for who, what in rows:
        s.row([Cell(0, 140, who), Cell(150, s.epw - 150, what)], after=3)
    s.gap(3)
    s.text("Karin Sjö (C), Anders Wallin (KD) och Hampus Bodin (C) instämmer i Wennbergs "
           "yrkande.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer först proposition på Lena Eks återremissyrkande och finner att "
           "ärendet ska avgöras i dag. Därefter ställer ordföranden kommunstyrelsens förslag, "
           "Per Wennbergs yrkande och Ulf Sandbergs yrkande mot varandra och finner att "
           "kommunfullmäktige bifaller kommunstyrelsens förslag.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att fastställa mål och budget 2027 enligt "
           "kommunstyrelsens förslag.")
    _label(s, "Reservationer")
    s.text("Mot beslutet reserverar sig Sverigedemokraterna till förmån för eget budgetförslag.")
    s.text("Reservation mot beslutet anmäls av Per Wennberg (M), Emma Falk (M), Karin Sjö (C) och "
           "Anders Wallin (KD).")
    _label(s, "Protokollsanteckningar")
    s.text("Ledamöterna för V deltar inte i beslutet.")


def _p93(s: Sheet) -> None:
    _head(s, 93, HAMNEN, "2025/377")
    s.text("Eva Holm (S) anmäler jäv och lämnar sammanträdet under ärendet.")
    s.text("På grund av jäv deltar inte Johan Frisk (L) i handläggningen av ärendet.")
    _label(s, "Ärendebeskrivning")
    s.text("Planen medger bostäder och verksamheter i fyra till sex våningar på den tidigare "
           "hamnplanen. Planarkitekt Sara Gran har redovisat samrådet och granskningen.")
    _label(s, "Yrkanden")
    s.text("Maria Lund (L) yrkar bifall till kommunstyrelsens förslag med ändringen att punkt 2 "
           "ska lyda: ”Planen ska medge högst fyra våningar mot kajen.” Hon yrkar vidare, som "
           "ett tilläggsyrkande, att kommunstyrelsen ska utreda en gång- och cykelbro över "
           "hamninloppet.")
    s.text("Ordföranden yrkar bifall till kommunstyrelsens förslag.")
    s.text("Ulf Sandberg (SD) med instämmande av Linda Moberg (SD) och Tobias Hall (SD) yrkar "
           "avslag på kommunstyrelsens förslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på bifall till och avslag på kommunstyrelsens "
           "förslag och finner att kommunfullmäktige bifaller förslaget. Därefter ställer "
           "ordföranden proposition på Maria Lunds ändrings- och tilläggsyrkanden och finner "
           "att de avslås.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att anta detaljplan för Norra hamnen.")
    _label(s, "Reservationer")
    s.text("Reservation anmäls av Sverigedemokraterna.")
    _label(s, "Protokollsanteckningar")
    s.text("Ledamöterna för M och KD deltar inte i beslutet.")


def _p94(s: Sheet) -> None:
    _head(s, 94, SOL, "2026/88")
    _label(s, "Ärendebeskrivning")
    s.text("Jonas Berg (MP) föreslår i en motion att kommunen installerar solceller på alla "
           "lämpliga tak. Fastighetsavdelningen pekar på att en energiplan tas fram under 2027.")
    _label(s, "Yrkanden")
    s.text("Bifall till motionen. Detta yrkar Jonas Berg (MP).")
    s.text("Att motionen ska anses besvarad med vad som anförs i kommunstyrelsens yttrande. "
           "Detta yrkar Erik Sundin (S).")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer Jonas Bergs yrkande mot Erik Sundins yrkande och finner att "
           "kommunfullmäktige bifaller Erik Sundins yrkande.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att anse motionen besvarad.")
    _label(s, "Reservationer")
    s.text("Oskar Nyman (V) reserverar sig till förmån för Jonas Bergs yrkande.")
    _label(s, "Protokollsanteckningar")
    s.text("Jonas Berg (MP) lämnar följande protokollsanteckning:", after=0)
    s.add_page()
    s.text("”Miljöpartiet beklagar att kommunen väntar ytterligare ett år med att ta vara på "
           "sina tak. Varje år utan solceller är ett år av onödiga elkostnader.”")


def _p95(s: Sheet) -> None:
    _head(s, 95, ENERGI, "2026/301")
    _label(s, "Ärendebeskrivning")
    s.text("Kommunstyrelsen föreslår nya ägardirektiv för Tornviks Energi AB. Bolagets vd Karl "
           "Strand har informerat om direktiven vid kommunstyrelsens sammanträde.")
    _label(s, "Yrkanden")
    s.text("Anna Håkansson (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Emma Falk (M) yrkar avslag på kommunstyrelsens förslag till förmån för de "
           "ägardirektiv som gällt sedan 2023.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på Anna Håkanssons yrkande och Emma Falks yrkande och "
           "finner att kommunfullmäktige bifaller Anna Håkanssons yrkande.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att anta ägardirektiv för Tornviks Energi AB enligt "
           "kommunstyrelsens förslag.")
    _label(s, "Särskilt yttrande")
    s.text("Särskilt yttrande, bilaga 3.")
    s.label("Protokollsanteckning från Vänsterpartiet", 10.5, "sans", h=15, need=60, before=4)
    s.text("Vänsterpartiet välkomnar att bolaget ska redovisa sitt klimatarbete varje år men "
           "hade velat se ett tydligare mål för fjärrvärmens prissättning.", after=6)
    s.text("Vänsterpartiets fullmäktigegrupp")
    _label(s, "Beslutet skickas till")
    s.text("Tornviks Energi AB\nKommunstyrelsen", after=2)


def _appendix(s: Sheet) -> None:
    s.use("B", 12, "sans")
    s.cell(0, 18, "Bilaga 3 till kommunfullmäktiges protokoll § 95", new_x="LMARGIN",
           new_y="NEXT")
    s.gap(8)
    s.use("B", 13, "sans")
    s.cell(0, 18, "Särskilt yttrande", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Ärende: {ENERGI}", after=8)
    s.text("Vi ställer oss bakom de nya ägardirektiven men vill understryka att bolagets "
           "avkastningskrav inte får drivas upp på bekostnad av kundernas priser. Vi kommer att "
           "följa frågan i bolagets styrelse.", after=24)
    s.text("Tornvik den 10 december 2026", after=30)
    s.text("Maria Lund (L)                                   Johan Frisk (L)", after=2)


def _minutes(s: Sheet) -> None:
    for part in (_p90, _p91, _p92, _p93, _p94, _p95):
        part(s)


# ------------------------------------------------------------------ kommunstyrelsen 2026-11-24

KS = "Kommunstyrelsen"
KS_DATE = "2026-11-24"
KS_MEMBERS = [BY[n] for n in (
    "Anna Håkansson", "Erik Sundin", "Eva Holm", "Mats Lindgren", "Per Wennberg", "Emma Falk",
    "Ulf Sandberg", "Linda Moberg", "Karin Sjö", "Lena Ek", "Maria Lund")]
ANPASSNING = "Riktlinjer för bostadsanpassning"


def _p200(s: Sheet) -> None:
    _head(s, 200, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunstyrelsen utser Emma Falk (M) att jämte ordföranden justera protokollet.")


def _p201(s: Sheet) -> None:
    _head(s, 201, TRAFIK, "2026/145")
    _label(s, "Ärendebeskrivning")
    s.text("Lena Ek (V) föreslår i en motion att kommunen inför avgiftsfri kollektivtrafik för "
           "personer som fyllt 75 år. Arbetsutskottet föreslår att motionen avslås.")
    _label(s, "Yrkanden")
    s.text("Anna Håkansson (S), ordförande, yrkar bifall till arbetsutskottets förslag och Lena Ek "
           "(V) yrkar bifall till motionen.")
    s.text("Per Wennberg (M) yrkar bifall till arbetsutskottets förslag, medan Karin Sjö (C) yrkar "
           "att ärendet återremitteras för att belysa kostnaderna för färdtjänsten.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer först proposition på Karin Sjös återremissyrkande och finner att "
           "ärendet ska avgöras i dag. Därefter ställer ordföranden arbetsutskottets förslag mot "
           "Lena Eks yrkande och finner att kommunstyrelsen bifaller arbetsutskottets förslag.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    _label(s, "Reservationer")
    s.text("Följande ledamöter reserverar sig mot beslutet till förmån för Lena Eks yrkande: "
           "Lena Ek (V) och Maria Lund (L).")


def _p202(s: Sheet) -> None:
    _head(s, 202, ANPASSNING, "2026/233")
    _label(s, "Ärendebeskrivning")
    s.text("Socialförvaltningen har sett över kommunens riktlinjer för bostadsanpassningsbidrag. "
           "Handläggare Tove Rask har sammanställt förslaget.")
    _label(s, "Yrkanden")
    s.text("Ulf Sandberg (SD) och Linda Moberg (SD) yrkar avslag på förslaget, och Maria Lund "
           "(L) yrkar bifall till förslaget med ändringen att punkt 3 stryks.")
    s.text("Per Wennberg (M), 1:e vice ordförande, yrkar bifall till förslaget.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på bifall till och avslag på förslaget och finner att "
           "kommunstyrelsen bifaller förslaget. Därefter ställer ordföranden proposition på Maria "
           "Lunds ändringsyrkande och finner att det avslås.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen antar riktlinjer för bostadsanpassning enligt förvaltningens förslag.")
    _label(s, "Reservationer")
    s.text("Reservation till förmån för eget yrkande anmäls av Ulf Sandberg (SD) och Linda Moberg "
           "(SD).")
    _label(s, "Beslutet skickas till")
    s.text("Socialförvaltningen\nTove Rask, handläggare", after=2)


def _ks_minutes(s: Sheet) -> None:
    for part in (_p200, _p201, _p202):
        part(s)


def build_ks(out: Path) -> Path:
    path = out / "tornvik-ks-2026-11-24-protokoll.pdf"
    cover = _cover_of(KS, f"Tornviks kommunhus, Ekesalen, {KS_DATE} kl. 13.00–15.20", KS_MEMBERS,
                      "Emma Falk (M)", "§§ 200–202")
    document(STYLE, _masthead(KS, KS_DATE), _footer, cover, _ks_minutes).output(str(path))
    return path


def ks_facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n, **F.empty(**kw))

    return {
        "file": "tornvik-ks-2026-11-24-protokoll.pdf",
        "_note": "Two yrkanden in one sentence, joined by 'och' or 'medan', are two motions, each "
                 "of its own movers. 'Anna Håkansson (S), ordförande, yrkar' and 'Per Wennberg (M), "
                 "1:e vice ordförande, yrkar': the office between commas is no part of the name. "
                 "'Följande ledamöter reserverar sig …: A och B.' names its reservants after the "
                 "colon. Bifall 'med ändringen att punkt 3 stryks' is an ändring.",
        "meeting": {"body": KS, "date": KS_DATE},
        "items": [
            {"number": "§ 200", "title": "Val av justerare", "dnr": [], "decisions": [ks(200)]},
            {"number": "§ 201", "title": TRAFIK, "dnr": ["KS 2026/145"], "decisions": [
                ks(201, proposed_to=KF,
                   motions=[F.motion("bifall", CHAIR.tag()),
                            F.motion("bifall", "Lena Ek (V)"),
                            F.motion("bifall", VICE.tag()),
                            F.motion("återremiss", "Karin Sjö (C)")],
                   reservations=[F.reservation("Lena Ek (V)", "Maria Lund (L)")])]},
            {"number": "§ 202", "title": ANPASSNING, "dnr": ["KS 2026/233"], "decisions": [
                ks(202, motions=[F.motion("avslag", "Ulf Sandberg (SD)", "Linda Moberg (SD)"),
                                 F.motion("ändring", "Maria Lund (L)"),
                                 F.motion("bifall", VICE.tag())],
                   reservations=[F.reservation("Ulf Sandberg (SD)", "Linda Moberg (SD)")])]},
        ],
    }


def build(out: Path) -> Path:
    path = out / "tornvik-kf-2026-12-10-protokoll.pdf"
    cover = _cover_of(KF, f"Tornviks kommunhus, sessionssalen, {DATE} kl. 18.00–21.35", MEMBERS,
                      "Emma Falk (M) och Oskar Nyman (V)", "§§ 90–95")
    document(STYLE, _masthead(KF, DATE), _footer, cover, _minutes, _appendix).output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    return {
        "file": "tornvik-kf-2026-12-10-protokoll.pdf",
        "_note": "The § 's procedure stands under labels. 'Kommunalrådet Håkansson' and "
                 "'Oppositionsrådet Wennberg (M)' are the cover's Anna Håkansson (S) and Per "
                 "Wennberg (M); 'Ordföranden yrkar' is the chair, Anna Håkansson (S). A member "
                 "who joins a yrkande in a sentence of their own makes a motion of their own with "
                 "its stance. 'Hon yrkar vidare, som ett tilläggsyrkande, att …' is Maria Lund's "
                 "second motion, a tillägg; her first, bifall 'med ändringen att punkt 2 ska "
                 "lyda …', an ändring. '… Detta yrkar X' credits the yrkande before it to X; "
                 "'att motionen ska anses besvarad' is annat. Party groups that reserve or do not "
                 "take part are stated by their parties only; the protokollsanteckning 'från "
                 "Vänsterpartiet' signed by its group likewise. The särskilt yttrande of § 95 is "
                 "bilaga 3, signed by Maria Lund (L) and Johan Frisk (L). Names in the "
                 "Ärendebeskrivning, Beslutsunderlag, Beslutsgång and 'Beslutet skickas till' "
                 "move nothing.",
        "meeting": {"body": KF, "date": DATE},
        "items": [
            {"number": "§ 90", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(90)]},
            {"number": "§ 91", "title": TRAFIK, "dnr": ["KS 2026/145"], "decisions": [
                kf(91, clauses=F.clauses("Kommunfullmäktige beslutar att avslå motionen.",
                                         numbered=False),
                   motions=[F.motion("bifall", "Lena Ek (V)", "Jonas Berg (MP)"),
                            F.motion("bifall", CHAIR.tag()),
                            F.motion("bifall", VICE.tag())],
                   reservations=[F.reservation(parties=["V", "MP"])])]},
            {"number": "§ 92", "title": BUDGET, "dnr": ["KS 2026/210"], "decisions": [
                kf(92, motions=[F.motion("bifall", CHAIR.tag()),
                                F.motion("bifall", VICE.tag()),
                                F.motion("bifall", "Ulf Sandberg (SD)"),
                                F.motion("återremiss", "Lena Ek (V)"),
                                F.motion("bifall", "Karin Sjö (C)", "Anders Wallin (KD)",
                                         "Hampus Bodin (C)")],
                   reservations=[F.reservation(parties=["SD"]),
                                 F.reservation("Per Wennberg (M)", "Emma Falk (M)",
                                               "Karin Sjö (C)", "Anders Wallin (KD)")],
                   statements=[F.statement("deltar ej", parties=["V"])])]},
            {"number": "§ 93", "title": HAMNEN, "dnr": ["KS 2025/377"], "decisions": [
                kf(93, motions=[F.motion("ändring", "Maria Lund (L)"),
                                F.motion("tillägg", "Maria Lund (L)"),
                                F.motion("bifall", CHAIR.tag()),
                                F.motion("avslag", "Ulf Sandberg (SD)", "Linda Moberg (SD)",
                                         "Tobias Hall (SD)")],
                   reservations=[F.reservation(parties=["SD"])],
                   statements=[F.statement("jäv", "Eva Holm (S)"),
                               F.statement("jäv", "Johan Frisk (L)"),
                               F.statement("deltar ej", parties=["M", "KD"])])]},
            {"number": "§ 94", "title": SOL, "dnr": ["KS 2026/88"], "decisions": [
                kf(94, motions=[F.motion("bifall", "Jonas Berg (MP)"),
                                F.motion("annat", "Erik Sundin (S)")],
                   reservations=[F.reservation("Oskar Nyman (V)")],
                   statements=[F.statement("protokollsanteckning", "Jonas Berg (MP)")])]},
            {"number": "§ 95", "title": ENERGI, "dnr": ["KS 2026/301"], "decisions": [
                kf(95, motions=[F.motion("bifall", CHAIR.tag()),
                                F.motion("avslag", "Emma Falk (M)")],
                   statements=[F.statement("särskilt yttrande", "Maria Lund (L)",
                                           "Johan Frisk (L)"),
                               F.statement("protokollsanteckning", parties=["V"])])]},
        ],
    }
