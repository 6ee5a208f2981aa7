"""Bäckeby kommun (invented), template F: bygg- och miljönämnden 2026-04-22, a Swedish nämnd
whose minutes print no parties.

Palatino-like serif. The running furniture sits further into the page than most templates put
it: a header of two lines at the top and a third ("Protokoll 5 §§ 34–41 2026-04-22 Sida 3 (8)")
just above the text, and a footer of two lines (the adjuster's signature field, the office's
address) well above the bottom edge, so that a reader which only looks at the page's edges
leaves them in the text. A § is "§ 36  Title" in bold with "Dnr BMN 2026/31" under it. The
decision blocks are labels, bold on their own line or bold at the start of a line whose text
follows ("Nämndens beslut: Enligt ordförandens förslag."), some printed as list items
("3) Beslut"); cases handled at earlier meetings are written meeting by meeting under italic
lines "Bygg- och miljönämndens arbetsutskott 2026-04-08 § 22", and the nämnd adopts its
utskott's proposal ("Enligt arbetsutskottets förslag."). The procedure is told in sentences
inside the decision block."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document, straddling

MUNI = "Bäckeby kommun"
BMN = "Bygg- och miljönämnden"
AU = "Bygg- och miljönämndens arbetsutskott"
DATE = "2026-04-22"
STYLE = Style(body="palatino", size=10.5, leading=1.34, left=72, right=66, top=140, bottom=166)


def _header(s: Sheet) -> None:
    s.use("B", 10)
    s.set_xy(s.l_margin, 34)
    s.cell(200, 12, "BÄCKEBY KOMMUN")
    s.right("SAMMANTRÄDESPROTOKOLL", 34, style="B", size=10)
    s.use("", 9.5)
    s.set_xy(s.l_margin, 48)
    s.cell(200, 12, BMN)
    s.right(DATE, 48, size=9.5)
    s.set_line_width(0.4)
    s.line(s.l_margin, 66, s.w - s.r_margin, 66)
    s.use("", 8.5)
    s.set_xy(s.l_margin, 116)
    s.cell(s.epw, 10, f"Protokoll 5   §§ 34–41   {DATE}   Sida {s.page_no()} ({{nb}})", align="R")


def _footer(s: Sheet) -> None:
    y = s.h - 152
    s.set_line_width(0.3)
    s.line(s.l_margin, y - 4, s.w - s.r_margin, y - 4)
    s.use("I", 8.5)
    s.set_xy(s.l_margin, y)
    s.cell(s.epw, 11, "Justerandes signatur ____________________      "
                      "Utdragsbestyrkande ____________________")
    s.use("", 8)
    s.set_xy(s.l_margin, y + 16)
    s.cell(s.epw, 10, f"Bäckeby kommun · {BMN} · Box 100, 599 80 Bäckeby · www.backeby.se")


def head(s: Sheet, number: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(12)
    s.use("B", 12)
    s.multi_cell(s.epw, 16, f"§ {number}   {title}", new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Dnr {dnr}", size=9, after=8)
    else:
        s.gap(6)


def label(s: Sheet, text: str) -> None:
    """A label on its own line."""
    s.need(3 * s.line_h())
    s.gap(2)
    s.text(text, style="B", after=1)


def inline(s: Sheet, text: str, body: str) -> None:
    """A bold label with its text on the same line."""
    s.need(s.line_h())
    s.gap(2)
    s.use("B")
    w = s.get_string_width(text + " ") + 1
    s.hanging(text, body, w, after=3)


def meeting(s: Sheet, text: str) -> None:
    """The line that opens one meeting's treatment of the case."""
    s.need(5 * s.line_h())
    s.gap(6)
    s.text(text, style="I", after=3)


def p(s: Sheet, text: str) -> None:
    s.text(text, after=4)


def points(s: Sheet, marks: str, items: list[str], lead: str | None = None) -> None:
    if lead:
        s.text(lead, after=1)
    for k, item in enumerate(items, 1):
        s.hanging(marks.format(k), item, 18, after=1.5)
    s.gap(3)


BYGGLOV_CASE = [
    "Barn- och utbildningsförvaltningen har ansökt om bygglov för en förskola med sex avdelningar.",
    "Åtgärden följer detaljplanen och grannarna har inte haft något att invända.",
    "Byggnaden uppförs i två plan med en sammanlagd bruttoarea om 1 150 kvadratmeter.",
    "Gården har ritats så att den nås från båda våningsplanen.",
    "Tillfarten sker från Ekbacksvägen, där en ny hämtnings- och lämningsplats anläggs.",
]
BYGGLOV = ["att bevilja bygglov för nybyggnad av förskola på fastigheten Ekbacken 3:12 enligt "
           "ansökan,",
           "att avgiften för bygglovet fastställs till 38 400 kronor enligt taxa."]
TILLSYN = ["den årliga tillsynsavgiften för lantbruk med fler än 100 djurenheter fastställs till "
           "1 450 kronor per år,",
           "den årliga tillsynsavgiften för övriga lantbruk som omfattas av anmälningsplikt "
           "fastställs till 950 kronor per år,",
           "avgifterna tas ut från och med den 1 juli 2026,",
           "förvaltningen ges i uppdrag att informera berörda lantbrukare om de nya avgifterna före "
           "den 1 juni 2026."]
TILLSYN_BACKGROUND = [
    "Förvaltningen har jämfört avgifterna med fem grannkommuners.",
    "Bäckebys avgifter för lantbruk ligger i dag under genomsnittet, medan avgifterna för "
    "övriga verksamheter motsvarar dem i grannkommunerna.",
    "Tillsynen av de större lantbruken tar i genomsnitt sju timmar per besök, och besöken görs "
    "vart tredje år.",
    "Den nya avgiften motsvarar därmed knappt en tredjedel av den faktiska kostnaden för tillsynen.",
    "För de mindre lantbruken sker tillsynen främst genom dokumentkontroll.",
    "Lantbrukarnas riksförbund har lämnat synpunkter på förslaget och framfört att avgiften bör "
    "tas ut först från och med nästa år.",
    "Förvaltningen bedömer att avgifterna kan tas ut från och med den 1 juli 2026 om berörda "
    "informeras i god tid.",
    "Intäkterna beräknas täcka en halv tjänst som miljöinspektör.",
    "Avgifterna ses över på nytt i samband med nästa års översyn av taxan.",
    "Förvaltningen har också sett över hur avgifterna faktureras.",
    "Fakturan skickas i fortsättningen ut en gång per år, i samband med tillsynsbesöket eller "
    "dokumentkontrollen.",
    "Lantbrukare som har frågor om den nya avgiften kan vända sig till miljöenheten.",
    "Nämnden informerades om jämförelsen vid sitt sammanträde i mars.",
    "Underlaget har därefter kompletterats med uppgifter om antalet djurenheter per lantbruk.",
    "Av kommunens 64 lantbruk har 19 fler än 100 djurenheter.",
    "Övriga lantbruk är mindre och omfattas av anmälningsplikt.",
    "Tre av de större lantbruken har under året ansökt om tillstånd att utöka sin djurhållning.",
    "Ansökningarna prövas av länsstyrelsen, som också ansvarar för tillsynen av dem när tillstånd "
    "har getts.",
    "Kommunens tillsyn omfattar då enbart de delar av verksamheten som inte ingår i tillståndet.",
    "Förvaltningen har stämt av förslaget med länsstyrelsens miljöskyddsenhet.",
    "Enheten har inte haft några invändningar mot avgiftsnivåerna.",
]
TAXOR = ["Timavgiften för prövning och tillsyn enligt plan- och bygglagen fastställs till 1 350 "
         "kronor per timme från och med den 1 juli 2026.",
         "Nämnden begär hos kommunstyrelsen ett tilläggsanslag om 1,2 mnkr för 2026 för "
         "digitalisering av bygglovsarkivet.",
         "Avtalet om kart- och mättjänster med Lantmäteriet (org.nr 202100-4888) förlängs till och "
         "med den 31 december 2027 till en kostnad om högst 420 tkr per år.",
         "Ansökningar om strandskyddsdispens enligt 7 kap. 18 b § miljöbalken avgiftsbeläggs med "
         "7 200 kronor per ansökan.",
         "Nämndens investeringsbudget för 2027 beräknas till 2,5 miljoner kronor."]
PLAN = ["Handlingsplanen för förorenade områden 2026–2028 antas.",
        "Förvaltningen uppdras att årligen redovisa arbetet enligt handlingsplanen för nämnden.",
        "Nämnden ger miljöchefen i uppdrag att senast i november 2026 ta fram en tidplan för "
        "inventeringen av nedlagda deponier.",
        "Nämnden uppdrar åt bygglovschefen att samordna tillsynen med räddningstjänsten.",
        "Verksamhetsutövare inom området uppmanas att anmäla kända föroreningar till förvaltningen."]


def paras(s: Sheet, background: int, case: int) -> None:
    head(s, 34, "Val av justerare", None)
    inline(s, "Ordförandens förslag:", "Mona Vik utses att jämte ordföranden justera dagens protokoll.")
    inline(s, "Nämndens beslut:", "Enligt ordförandens förslag.")

    head(s, 35, "Fastställande av föredragningslista", None)
    label(s, "Beslut")
    p(s, "Föredragningslistan fastställs med tillägget att informationen om vinterväghållningen "
         "lämnas under § 41.")

    head(s, 36, "Bygglov för nybyggnad av förskola, Ekbacken 3:12", "BMN 2026/31")
    meeting(s, f"{AU} 2026-04-08 § 22")
    label(s, "Ärendet")
    p(s, " ".join(BYGGLOV_CASE[:case]))
    label(s, "Förvaltningens förslag till beslut:")
    points(s, "{}.", BYGGLOV, lead="Arbetsutskottet föreslår att bygg- och miljönämnden beslutar")
    label(s, "Arbetsutskottets beslut:")
    p(s, "Enligt förvaltningens förslag.")
    meeting(s, f"{BMN} {DATE} § 36")
    label(s, "Beslut:")
    p(s, "Enligt arbetsutskottets förslag.")

    head(s, 37, "Tillsynsavgifter för lantbruk", "BMN 2025/188")
    meeting(s, f"{BMN} 2026-02-11, § 9")
    label(s, "Miljöinspektörens förslag:")
    p(s, "Bygg- och miljönämnden fastställer en årlig tillsynsavgift om 1 450 kronor för lantbruk "
         "med fler än 100 djurenheter.")
    label(s, "Beslut:")
    p(s, "Ärendet återremitteras till förvaltningen för att komplettera underlaget med en "
         "jämförelse med grannkommunernas avgifter.")
    meeting(s, f"{BMN} {DATE}, § 37")
    label(s, "Kompletterande underlag:")
    p(s, " ".join(TILLSYN_BACKGROUND[:background]))
    s.mark("tillsyn-from")
    label(s, "Miljöinspektörens förslag:")
    points(s, "{})", TILLSYN, lead="Bygg- och miljönämnden beslutar att")
    s.mark("tillsyn-to")
    label(s, "Beslut:")
    p(s, "Ove Nilsson föreslog, understödd av Pia Ström, att avgiften i punkt 1 ska vara 1 200 "
         "kronor per år. Ordföranden ställde miljöinspektörens förslag mot Ove Nilssons förslag "
         "och fann att nämnden beslutat enligt miljöinspektörens förslag.")
    p(s, "Nämnden beslutade således enligt miljöinspektörens förslag.")
    p(s, "Ove Nilsson och Pia Ström reserverade sig mot beslutet.")

    head(s, 38, "Taxor och avgifter inom plan- och byggområdet", "BMN 2026/40")
    label(s, "1) Ärendet")
    p(s, "Taxan för plan- och bygglovsverksamheten ses över varje år. Förvaltningen föreslår "
         "en höjd timavgift och en avgift för strandskyddsdispenser.")
    label(s, "2) Beslutsunderlag")
    for ln in ("Tjänsteskrivelse 2026-04-01", "Förslag till taxa 2026-04-01"):
        s.text(ln, after=0.5)
    s.gap(4)
    label(s, "3) Beslut")
    points(s, "{}.", TAXOR)
    p(s, "Protokollet i denna paragraf justerades omedelbart.")

    head(s, 39, "Handlingsplan för förorenade områden 2026–2028", "BMN 2026/52")
    label(s, "Ordförandens förslag:")
    points(s, "{}.", PLAN)
    label(s, "Beslut:")
    p(s, "Pia Ström föreslog att nämnden också ger förvaltningen i uppdrag att utreda en kommunal "
         "sanering av den gamla deponin vid Tallmon. Förslaget fick inte understöd och förföll.")
    p(s, "Nämnden beslutade enligt ordförandens förslag.")

    head(s, 40, "Yttrande över förslag till vatten- och avloppsplan", "BMN 2026/47")
    meeting(s, "Kommunstyrelsen 2026-03-10 § 52")
    label(s, "Kommunstyrelsens beslut:")
    p(s, "Kommunstyrelsen remitterar förslaget till vatten- och avloppsplan till bygg- och "
         "miljönämnden för yttrande senast den 15 maj 2026.")
    meeting(s, f"{BMN} {DATE} § 40")
    label(s, "Förvaltningens förslag:")
    p(s, "Bygg- och miljönämnden avger yttrande enligt förvaltningens tjänsteskrivelse den 2 april "
         "2026.")
    label(s, "Beslut:")
    p(s, "Bygg- och miljönämnden avger yttrande enligt förvaltningens tjänsteskrivelse den 2 april "
         "2026 med tillägget att planen bör redovisa hur de enskilda avloppen i Norrby ska anslutas.")
    p(s, "Paragrafen förklaras omedelbart justerad.")

    head(s, 41, "Meddelanden", None)
    inline(s, "Förslag till beslut:", "Meddelandena läggs till handlingarna.")
    inline(s, "Beslut:", "Enligt förslaget.")


def _cover(s: Sheet) -> None:
    s.use("B", 15)
    s.cell(0, 20, "SAMMANTRÄDESPROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    s.use("", 12)
    s.cell(0, 16, BMN, new_x="LMARGIN", new_y="NEXT")
    s.gap(12)
    rows = [
        ("Plats", "Kommunhuset, sammanträdesrum Ekoxen"),
        ("Tid", "Onsdagen den 22 april 2026 kl. 18.00–20.40"),
        ("Beslutande", "Ingrid Holmqvist, ordförande\nOve Nilsson, 1:e vice ordförande\nPia Ström\n"
                       "Mona Vik\nSture Backman\nAnneli Roos, tjänstgörande ersättare för Kjell Dahl"),
        ("Ersättare", "Rolf Nyström"),
        ("Frånvarande", "Kjell Dahl"),
        ("Övriga deltagare", "Jenny Alm, förvaltningschef\nTobias Ek, miljöinspektör, §§ 37–39\n"
                             "Sara Lind, nämndsekreterare"),
        ("Justerare", "Mona Vik"),
        ("Justeringens plats och tid", "Kommunhuset 2026-04-27"),
        ("Paragrafer", "34–41"),
    ]
    for k, v in rows:
        s.row([Cell(0, 140, k, "B"), Cell(150, s.epw - 150, v)], after=6)


def _appeal(s: Sheet) -> None:
    s.add_page()
    s.text("Hur man överklagar", style="B", size=12, after=6)
    s.text("Beslut enligt §§ 36–38 kan överklagas hos länsstyrelsen. Överklagandet ska vara "
           "skriftligt och ha kommit in till bygg- och miljönämnden inom tre veckor från den dag "
           "beslutet kungjordes. Ange vilket beslut som överklagas och hur du vill att det ska "
           "ändras.")


def _sheet(background: int) -> Sheet:
    return document(STYLE, _header, _footer, _cover, lambda s: paras(s, background, 2))


def build(out: Path) -> Path:
    # as much background as lets the § 37 proposal run over a page break
    sizes = [bg for bg in range(len(TILLSYN_BACKGROUND), 0, -1)]
    s = straddling(_sheet, sizes, "tillsyn-from", "tillsyn-to")
    _appeal(s)
    path = out / "backeby-bmn-2026-04-22-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def facts() -> dict:
    furniture = ["Sida", "Protokoll 5", "Justerandes", "Utdragsbestyrkande", "Box 100"]

    def bmn(n: int, **kw) -> dict:
        return F.decision("beslut", BMN, DATE, n, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    bygglov = dict(clauses=F.clauses(*BYGGLOV), amounts=[F.amount(38_400, clause=2)])
    att = [F.attendee(Person("Ingrid Holmqvist"), "ledamot", "ordförande"),
           F.attendee(Person("Ove Nilsson"), "ledamot", "1:e vice ordförande"),
           F.attendee(Person("Pia Ström"), "ledamot"),
           F.attendee(Person("Mona Vik"), "ledamot"),
           F.attendee(Person("Sture Backman"), "ledamot"),
           F.attendee(Person("Anneli Roos"), "tjänstgörande ersättare", replaces="Kjell Dahl"),
           F.attendee(Person("Rolf Nyström"), "ersättare"),
           F.attendee(Person("Kjell Dahl"), "frånvarande"),
           F.attendee(Person("Jenny Alm"), "tjänsteperson", "förvaltningschef"),
           F.attendee(Person("Tobias Ek"), "tjänsteperson", "miljöinspektör",
                      paragraphs=[37, 38, 39]),
           F.attendee(Person("Sara Lind"), "tjänsteperson", "nämndsekreterare")]
    return {
        "file": "backeby-bmn-2026-04-22-protokoll.pdf",
        "_note": "A Swedish nämnd whose minutes print no parties (party null). A proposal printed in "
                 "the minutes is not a decision of its own; 'Enligt … förslag.' adopts the proposal it "
                 "names, also the utskott's decision to propose printed in the part before. Each "
                 "earlier meeting's decision keeps its own body, date and §. The running header and "
                 "footer lines that stand inside the page are no part of any decision's text.",
        "meeting": {"municipality": MUNI, "body": BMN, "date": DATE,
                    "place": "Kommunhuset, sammanträdesrum Ekoxen"},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 34", "title": "Val av justerare", "dnr": [], "decisions": [
                bmn(34, clauses=one("Mona Vik utses att jämte ordföranden justera dagens protokoll."))]},
            {"number": "§ 35", "title": "Fastställande av föredragningslista", "dnr": [],
             "decisions": [bmn(35, clauses=one(
                 "Föredragningslistan fastställs med tillägget att informationen om "
                 "vinterväghållningen lämnas under § 41."))]},
            {"number": "§ 36", "title": "Bygglov för nybyggnad av förskola, Ekbacken 3:12",
             "dnr": ["BMN 2026/31"], "decisions": [
                F.decision("beslut", AU, "2026-04-08", 22, proposed_to=BMN, **F.empty(**bygglov)),
                bmn(36, **bygglov)]},
            {"number": "§ 37", "title": "Tillsynsavgifter för lantbruk", "dnr": ["BMN 2025/188"],
             "decisions": [
                F.decision("beslut", BMN, "2026-02-11", 9, **F.empty(
                    refers_back=True, clauses=one(
                        "Ärendet återremitteras till förvaltningen för att komplettera underlaget "
                        "med en jämförelse med grannkommunernas avgifter."))),
                bmn(37, clauses=F.clauses(*TILLSYN),
                    motions=[F.motion("ändring", "Ove Nilsson", "Pia Ström")],
                    reservations=[F.reservation("Ove Nilsson", "Pia Ström")],
                    amounts=[F.amount(1450, clause=1), F.amount(950, clause=2)],
                    assignments=[F.assignment("förvaltningen", "lantbrukare")],
                    text_lacks=["1 200", "reserverade", *furniture])]},
            {"number": "§ 38", "title": "Taxor och avgifter inom plan- och byggområdet",
             "dnr": ["BMN 2026/40"], "decisions": [
                bmn(38, clauses=F.clauses(*TAXOR),
                    amounts=[F.amount(1350, clause=1), F.amount(1_200_000, year=2026, clause=2),
                             F.amount(420_000, clause=3), F.amount(7200, clause=4),
                             F.amount(2_500_000, year=2027, clause=5)],
                    text_lacks=["justerades omedelbart"])]},
            {"number": "§ 39", "title": "Handlingsplan för förorenade områden 2026–2028",
             "dnr": ["BMN 2026/52"], "decisions": [
                bmn(39, clauses=F.clauses(*PLAN),
                    motions=[F.motion("tillägg", "Pia Ström")],
                    assignments=[F.assignment("Förvaltningen", "årligen"),
                                 F.assignment("miljöchefen", "deponier"),
                                 F.assignment("bygglovschefen", "räddningstjänsten"),
                                 F.assignment("Verksamhetsutövare inom området", "föroreningar")],
                    text_lacks=["Tallmon", "förföll"])]},
            {"number": "§ 40", "title": "Yttrande över förslag till vatten- och avloppsplan",
             "dnr": ["BMN 2026/47"], "decisions": [
                F.decision("beslut", "Kommunstyrelsen", "2026-03-10", 52, **F.empty(clauses=one(
                    "Kommunstyrelsen remitterar förslaget till vatten- och avloppsplan till bygg- och "
                    "miljönämnden för yttrande senast den 15 maj 2026."))),
                bmn(40, clauses=one(
                    "Bygg- och miljönämnden avger yttrande enligt förvaltningens tjänsteskrivelse den "
                    "2 april 2026 med tillägget att planen bör redovisa hur de enskilda avloppen i "
                    "Norrby ska anslutas."), text_lacks=["omedelbart justerad"])]},
            {"number": "§ 41", "title": "Meddelanden", "dnr": [], "decisions": [
                bmn(41, clauses=one("Meddelandena läggs till handlingarna."),
                    text_lacks=["överklaga", "länsstyrelsen"])]},
        ],
    }
