"""Håltorps kommun (invented), templates KA and KB.

KA: kommunstyrelsen 2026-12-01 in a Times-like serif with bold sans labels on their own lines.
One § prints "Kommunstyrelsens beslut" and then "Kommunstyrelsens förslag till
kommunfullmäktige", each block numbered from 1; one tells a "Beslutsgång" as a numbered list
(the chair's proposition, "Ordföranden konstaterar att …") before the decision, whose numbers
start again at 1 under "Kommunstyrelsen föreslår kommunfullmäktige fatta följande beslut:",
and closes with "Reservation", "Justering" / "Paragrafen justeras omedelbart." and "Beslutet
expedieras till"; one adopts "Arbetsutskottets förslag" after a "Propositionsordning" and an
adjournment ("Sammanträdet ajourneras kl. …"); one proposes under "Kommunstyrelsens förslag till
kommunfullmäktiges beslut"; one decides under no label after "Ordföranden konstaterar att …".
Sums as "kronor 1 350" and "kronor 120 000 per år" (the currency first), "ett
investeringsanslag på 600 tkr", "3 miljoner kronor per år", "högst 45 000 euro inklusive moms";
counts that are no sums ("3 årsarbetare", "85 procent", "ta fram 1 200 svar"); uppdrag
"Kommundirektören ska redovisa …", "Uppdra åt kommundirektören att …", "får fortsatt uppdrag
att …"; no uppdrag in "bemyndigas att underteckna" nor in "Uppdraget är därmed slutfört."

KB: kommunstyrelsens arbetsutskott 2026-11-17 in a condensed sans, its § heading a bold title
over "§ n" and the case number: proposals to kommunstyrelsen worded "Arbetsutskottets förslag
till beslut i kommunstyrelsen" (a label), "Arbetsutskottet föreslår kommunstyrelsen att föreslå
kommunfullmäktige att …" (to kommunstyrelsen, which proposes on), "Arbetsutskottet tillstyrker
förvaltningens förslag och överlämnar ärendet till kommunstyrelsen för beslut." (the förvaltning's
points, proposed to kommunstyrelsen), "Förslag till kommunstyrelsens beslut"; its own decisions
under no label; and a one-§ protokollsutdrag of the utskott whose body is named only in its
running header ("Arbetsutskottet föreslår kommunstyrelsen besluta" in the text)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import facts as F
from .sheet import Sheet, Style, document

MUNI = "Håltorps kommun"
KS = "Kommunstyrelsen"
KF = "Kommunfullmäktige"
AU = "Kommunstyrelsens arbetsutskott"
KS_DATE = "2026-12-01"
AU_DATE = "2026-11-17"
KS_STYLE = Style(body="serif", size=11, leading=1.3, left=80, right=66, top=100, bottom=82)
AU_STYLE = Style(body="dejavucond", size=9.5, leading=1.42, left=72, right=60, top=96, bottom=80)

# ---------------------------------------------------------------- KA: kommunstyrelsen

BAD = "Investeringsram 2027 för Centrumbadet"
TAXA = "Taxa för bygglov och anmälan 2027"
GARD = "Avtal om drift av Håltorps fritidsgård"
MOTION = "Motion om fler platser i fritidshem"
KONTAKT = "Bemanning av kommunens kontaktcenter"
LOKAL = "Redovisning av uppdrag om lokalförsörjningsplan"

BAD_OWN = ["Kommunstyrelsen noterar samhällsbyggnadsnämndens redovisning av "
           "investeringsbehovet.",
           "Kommundirektören ska redovisa en samlad plan för kommunens badanläggningar till "
           "kommunstyrelsen senast i juni 2027."]
BAD_KF = ["Samhällsbyggnadsnämndens investeringsram för 2027 utökas med 2,5 mnkr för "
          "ombyggnad av Centrumbadet.",
          "Utökningen finansieras genom ökad upplåning."]
TAXA_GANG = ["Ordföranden ställer proposition på Per Lindqvists yrkande om bifall och Sara "
             "Holms yrkande om avslag och finner att kommunstyrelsen bifaller Per Lindqvists "
             "yrkande.",
             "Ordföranden konstaterar att kommunstyrelsen därmed föreslår kommunfullmäktige att "
             "anta taxan."]
TAXA_LEAD = "Kommunstyrelsen föreslår kommunfullmäktige fatta följande beslut:"
TAXA_T = ["Taxa för bygglov och anmälan 2027 antas enligt bilaga 1.",
          "Timavgiften fastställs till kronor 1 350.",
          "Taxan gäller från och med den 1 februari 2027."]
GARD_AU = ["Kommunstyrelsen godkänner avtalet med Föreningen Gården om drift av Håltorps "
           "fritidsgård 2027–2028.",
           "Ersättningen till föreningen uppgår till kronor 120 000 per år.",
           "Kommundirektören bemyndigas att underteckna avtalet.",
           "Uppdra åt kommundirektören att följa upp verksamheten och redovisa uppföljningen till "
           "kommunstyrelsen i december 2027."]
GARD_T = "Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag."
MOTION_T = ["att anse motionen besvarad med hänvisning till barn- och utbildningsnämndens "
            "yttrande, samt",
            "att fritidshemmet i Norrby får en inköpsram om högst 45 000 euro inklusive moms för "
            "möbler från den finländska leverantören."]
KONTAKT_T = ["att utöka kontaktcentrets bemanning med 3 årsarbetare från och med den 1 mars "
             "2027,",
             "att kontaktcentret ska besvara minst 85 procent av samtalen inom fem minuter,",
             "att anvisa ett investeringsanslag på 600 tkr för ett nytt telefonisystem,",
             "att kostnaden för de nya tjänsterna, 3 miljoner kronor per år, finansieras ur "
             "kommunstyrelsens ofördelade medel, samt",
             "att förvaltningen får fortsatt uppdrag att ta fram 1 200 svar på vanliga frågor till "
             "kommunens webbplats."]
LOKAL_T = ("Kommunstyrelsen godkänner redovisningen av lokalförsörjningsplanen och lägger den till "
           "handlingarna. Uppdraget är därmed slutfört.")


def _ka_header(body: str, date: str) -> Callable[[Sheet], None]:
    """Template KA's running header: the municipality and the body at the left, PROTOKOLL, the
    date and the page at the right, a rule under it."""
    def header(s: Sheet) -> None:
        s.masthead("sans", ["HÅLTORPS KOMMUN", body],
                   ["PROTOKOLL", f"Sammanträdesdatum {date}", f"Sida {s.page_no()} ({{nb}})"],
                   (32, 44, 56), sizes=(10, 9), right_w=200, rule=(0.5, 70))
    return header


def _ks_footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur                              Utdragsbestyrkande",
                     "sans", size=8, above_edge=50)


def _ks_head(s: Sheet, n: int, title: str, dnr: str) -> None:
    s.para_head(n, title, dnr, size=12, number_w=54, h=16, need=100, before=16, dnr_size=9.5,
                dnr_after=8)


def _label(s: Sheet, text: str, font: str = "sans") -> None:
    s.label(text, 10.5, font=font, h=15, need=50, before=4, after=1)


def _numbered(s: Sheet, points: list[str], w: float = 20) -> None:
    for k, p in enumerate(points, 1):
        s.hanging(f"{k}.", p, w, after=3)
    s.gap(3)


def _ks_minutes(s: Sheet) -> None:
    _ks_head(s, 151, BAD, "KS 2026/401")
    _label(s, "Ärendebeskrivning")
    s.text("Samhällsbyggnadsnämnden begär i en skrivelse den 20 oktober 2026 att nämndens "
           "investeringsram för 2027 utökas med 3 miljoner kronor för ombyggnad av Centrumbadet. "
           "Nämnden har i budgeten en ram om 12 400 tkr för 2027. Arbetsutskottet har berett "
           "ärendet.")
    _label(s, "Kommunstyrelsens beslut")
    _numbered(s, BAD_OWN)
    _label(s, "Kommunstyrelsens förslag till kommunfullmäktige")
    _numbered(s, BAD_KF)

    _ks_head(s, 152, TAXA, "KS 2026/377")
    _label(s, "Ärendet")
    s.text("Byggnadsnämnden har föreslagit en ny taxa för bygglov och anmälan. Timavgiften höjs "
           "från kronor 1 200 till kronor 1 350, vilket motsvarar 12,5 procent.")
    _label(s, "Yrkanden")
    s.text("Per Lindqvist (M) yrkar bifall till byggnadsnämndens förslag.")
    s.text("Sara Holm (V) yrkar avslag på förslaget.")
    _label(s, "Beslutsgång")
    _numbered(s, TAXA_GANG)
    _label(s, "Beslut")
    s.text(TAXA_LEAD, after=3)
    _numbered(s, TAXA_T)
    _label(s, "Reservation")
    s.text("Sara Holm (V) reserverar sig mot beslutet.")
    _label(s, "Justering")
    s.text("Paragrafen justeras omedelbart.")
    _label(s, "Beslutet expedieras till")
    s.text("Byggnadsnämnden\nKommunfullmäktige", after=4)

    _ks_head(s, 153, GARD, "KS 2026/356")
    _label(s, "Arbetsutskottets förslag")
    _numbered(s, GARD_AU)
    _label(s, "Propositionsordning")
    s.text("Ordföranden ställer proposition på arbetsutskottets förslag och finner att "
           "kommunstyrelsen bifaller det.")
    s.text("Sammanträdet ajourneras kl. 10.20–10.35 för överläggning i partigrupperna.")
    _label(s, "Beslut")
    s.text(GARD_T)

    _ks_head(s, 154, MOTION, "KS 2026/210")
    _label(s, "Bakgrund")
    s.text("Lena Åberg (C) föreslår i en motion att antalet platser i fritidshem ökas med 40 och "
           "att 12 personer anställs. Barn- och utbildningsnämnden har yttrat sig över motionen.")
    _label(s, "Kommunstyrelsens förslag till kommunfullmäktiges beslut")
    for t in MOTION_T:
        s.text(t, after=3)

    _ks_head(s, 155, KONTAKT, "KS 2026/388")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen beslutar", after=3)
    for t in KONTAKT_T:
        s.text(t, after=3)

    _ks_head(s, 156, LOKAL, "KS 2025/118")
    _label(s, "Ärendet")
    s.text("Kommunstyrelsen gav 2025-04-08, § 61, kommundirektören i uppdrag att ta fram en "
           "lokalförsörjningsplan. Planen redovisades för arbetsutskottet i oktober 2026.")
    s.text("Ordföranden konstaterar att det endast finns ett förslag till beslut och att "
           "kommunstyrelsen bifaller detta.")
    s.text(LOKAL_T)


def build_ks(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 16, "sans")
        s.cell(0, 24, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
        s.text("Plats och tid: Kommunhuset, Håltorp, tisdagen den 1 december 2026 "
               "kl. 09.00–11.50")
        _ks_minutes(s)

    s = document(KS_STYLE, _ka_header(KS, KS_DATE), _ks_footer, opening)
    path = out / "haltorp-ks-2026-12-01-protokoll.pdf"
    s.output(str(path))
    return path


def ks_facts() -> dict:
    def ks(n: int, *texts: str, numbered: bool = True, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=numbered), **kw))

    def unassigned(d: dict) -> dict:
        return F.unstated(d, "assignments", why="an uppdrag inside a proposal is given only "
                                                 "once fullmäktige adopts it")

    return {
        "file": "haltorp-ks-2026-12-01-protokoll.pdf",
        "_note": "§ 151 prints the styrelse's own decision and its proposal to fullmäktige as two "
                 "blocks, each numbered from 1: two decisions. § 152's Beslutsgång (numbered) is "
                 "procedure, not the decision; the decision is the lead proposing to fullmäktige "
                 "and the points under it (numbered from 1 again); Reservation, Justering and "
                 "'Beslutet expedieras till' are no part of it. § 153 adopts the utskott's "
                 "points; the adjournment is procedure; 'bemyndigas' is a mandate, no uppdrag. "
                 "§ 156's chair's finding is procedure, its decision under no label; 'Uppdraget "
                 "är därmed slutfört' closes an earlier uppdrag and gives none. The sums of a § 's "
                 "description (3 miljoner, 12 400 tkr, kronor 1 200) are no decision's; "
                 "årsarbetare, procent and a number of answers are no sums.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "problems": [],
        "items": [
            {"number": "§ 151", "title": BAD, "dnr": ["KS 2026/401"], "decisions": [
                ks(151, *BAD_OWN,
                   assignments=[F.assignment("Kommundirektören", "badanläggningar")]),
                unassigned(ks(151, *BAD_KF, proposed_to=KF,
                              amounts=[F.amount(2_500_000, year=2027)]))]},
            {"number": "§ 152", "title": TAXA, "dnr": ["KS 2026/377"], "decisions": [
                unassigned(ks(152, *TAXA_T, proposed_to=KF, amounts=[F.amount(1350)],
                              motions=[F.motion("bifall", "Per Lindqvist (M)"),
                                       F.motion("avslag", "Sara Holm (V)")],
                              reservations=[F.reservation("Sara Holm (V)")],
                              text_lacks=["proposition", "justeras", "expedieras"]))]},
            {"number": "§ 153", "title": GARD, "dnr": ["KS 2026/356"], "decisions": [
                ks(153, *GARD_AU, amounts=[F.amount(120_000)],
                   assignments=[F.assignment("kommundirektören", "följa upp")],
                   text_lacks=["ajourneras"])]},
            {"number": "§ 154", "title": MOTION, "dnr": ["KS 2026/210"], "decisions": [
                unassigned(ks(154, *MOTION_T, numbered=False, proposed_to=KF,
                              amounts=[F.amount(45_000, "EUR")]))]},
            {"number": "§ 155", "title": KONTAKT, "dnr": ["KS 2026/388"], "decisions": [
                ks(155, *KONTAKT_T, numbered=False,
                   amounts=[F.amount(600_000), F.amount(3_000_000)],
                   assignments=[F.assignment("förvaltningen", "svar på vanliga frågor")])]},
            {"number": "§ 156", "title": LOKAL, "dnr": ["KS 2025/118"], "decisions": [
                ks(156, LOKAL_T, numbered=False, text_lacks=["konstaterar"])]},
        ],
    }


# ---------------------------------------------------------------- KB: the arbetsutskott

AU_GARD = GARD
AU_BAD = BAD
AU_SKOG = "Skötselplan för kommunens skogar"
AU_INFO = "Information om arbetsmarknadsåtgärder"
AU_HYRA = "Hyresavtal för Norrby skola"

AU_GARD_T = GARD_AU
AU_BAD_T = ("Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige att utöka "
            "samhällsbyggnadsnämndens investeringsram för 2027 med 2,5 mnkr för ombyggnad av "
            "Centrumbadet.")
AU_SKOG_FORV = ["Skötselplan för kommunens skogar 2027–2036 antas.",
                "Tekniska nämnden uppmanas att redovisa avverkningarna årligen."]
AU_SKOG_T = ("Arbetsutskottet tillstyrker förvaltningens förslag och överlämnar ärendet till "
             "kommunstyrelsen för beslut.")
AU_INFO_T = "Arbetsutskottet tar del av informationen."
AU_HYRA_T = ["att godkänna hyresavtalet med Håltorps Fastigheter AB för Norrby skola med en "
             "årshyra om 1 150 000 kronor,",
             "att avtalet gäller i tio år från och med den 1 juli 2027."]


def _kb_header(body: str, date: str) -> Callable[[Sheet], None]:
    """Template KB's running header: the municipality and the body at the left,
    SAMMANTRÄDESPROTOKOLL, the date and the page at the right, a thin rule under it."""
    def header(s: Sheet) -> None:
        s.masthead("dejavucond", ["Håltorps kommun", body],
                   ["SAMMANTRÄDESPROTOKOLL", f"{date}  |  {s.page_no()} av {{nb}}"], (34, 46),
                   sizes=(9.5, 8.5), right_w=205, rule=(0.3, 60))
    return header


def _au_head(s: Sheet, n: int, title: str, dnr: str) -> None:
    s.need(90)
    s.gap(14)
    s.use("B", 11.5)
    s.cell(0, 15, title, new_x="LMARGIN", new_y="NEXT")
    s.use("B", 9.5)
    s.cell(60, 13, f"§ {n}")
    s.cell(0, 13, f"Dnr {dnr}", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)


def _au_minutes(s: Sheet) -> None:
    _au_head(s, 91, AU_GARD, "KS 2026/356")
    s.text("Föreningen Gården har drivit fritidsgården sedan 2019. Förvaltningen har förhandlat "
           "fram ett nytt avtal för 2027–2028.")
    _label(s, "Arbetsutskottets förslag till beslut i kommunstyrelsen", "dejavucond")
    _numbered(s, AU_GARD_T, w=16)

    _au_head(s, 92, AU_BAD, "KS 2026/401")
    s.text("Samhällsbyggnadsnämnden har begärt utökad investeringsram för ombyggnad av "
           "Centrumbadet.")
    _label(s, "Beslut", "dejavucond")
    s.text(AU_BAD_T)

    _au_head(s, 93, AU_SKOG, "KS 2026/290")
    _label(s, "Förvaltningens förslag", "dejavucond")
    _numbered(s, AU_SKOG_FORV, w=16)
    _label(s, "Beslut", "dejavucond")
    s.text(AU_SKOG_T)

    _au_head(s, 94, AU_INFO, "KS 2026/12")
    s.text("Arbetsmarknadschefen Jonas Rask informerar om arbetsmarknadsåtgärderna under hösten. "
           "Insatserna omfattar 140 deltagare.")
    s.text(AU_INFO_T)

    _au_head(s, 95, AU_HYRA, "KS 2026/415")
    s.text("Norrby skola behöver nya lokaler från sommaren 2027. Håltorps Fastigheter AB har "
           "erbjudit ett tioårigt avtal.")
    _label(s, "Förslag till kommunstyrelsens beslut", "dejavucond")
    for t in AU_HYRA_T:
        s.text(t, after=3)


def build_au(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 15, "dejavucond")
        s.cell(0, 22, AU, new_x="LMARGIN", new_y="NEXT")
        s.text("Sammanträde tisdagen den 17 november 2026 kl. 13.15–15.00, Kommunhuset, Håltorp")
        _au_minutes(s)

    s = document(AU_STYLE, _kb_header(AU, AU_DATE), None, opening)
    path = out / "haltorp-ksau-2026-11-17-protokoll.pdf"
    s.output(str(path))
    return path


def au_facts() -> dict:
    def au(n: int, *texts: str, numbered: bool = True, **kw) -> dict:
        return F.decision("beslut", AU, AU_DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=numbered), **kw))

    def unassigned(d: dict) -> dict:
        return F.unstated(d, "assignments", why="an uppdrag inside a proposal is given only "
                                                 "once kommunstyrelsen adopts it")

    return {
        "file": "haltorp-ksau-2026-11-17-protokoll.pdf",
        "_note": "Each of §§ 91–93 and 95 is the utskott's decision to propose to "
                 "kommunstyrelsen: under 'Arbetsutskottets förslag till beslut i "
                 "kommunstyrelsen', in one sentence that proposes kommunstyrelsen to propose on "
                 "to fullmäktige (proposed_to is kommunstyrelsen, whom the utskott proposes to), "
                 "by endorsing the förvaltning's points and handing them on 'för beslut' (the "
                 "points are what it proposes), and under 'Förslag till kommunstyrelsens "
                 "beslut'. § 94 is its own decision under no label. The 140 deltagare are no "
                 "sum.",
        "meeting": {"municipality": MUNI, "body": AU, "date": AU_DATE},
        "problems": [],
        "items": [
            {"number": "§ 91", "title": AU_GARD, "dnr": ["KS 2026/356"], "decisions": [
                unassigned(au(91, *AU_GARD_T, proposed_to=KS, amounts=[F.amount(120_000)]))]},
            {"number": "§ 92", "title": AU_BAD, "dnr": ["KS 2026/401"], "decisions": [
                unassigned(au(92, AU_BAD_T, numbered=False, proposed_to=KS,
                              amounts=[F.amount(2_500_000, year=2027)]))]},
            {"number": "§ 93", "title": AU_SKOG, "dnr": ["KS 2026/290"], "decisions": [
                unassigned(au(93, *AU_SKOG_FORV, proposed_to=KS))]},
            {"number": "§ 94", "title": AU_INFO, "dnr": ["KS 2026/12"], "decisions": [
                au(94, AU_INFO_T, numbered=False)]},
            {"number": "§ 95", "title": AU_HYRA, "dnr": ["KS 2026/415"], "decisions": [
                unassigned(au(95, *AU_HYRA_T, numbered=False, proposed_to=KS,
                              amounts=[F.amount(1_150_000)]))]},
        ],
    }


# ---------------------------------------------------------------- KB: a one-§ utdrag

UTDRAG_TITLE = "Föreningsbidrag 2027"
UTDRAG_T = ["att fördela föreningsbidrag för 2027 med totalt 2,2 miljoner kronor enligt bilaga,",
            "att kultur- och fritidsförvaltningen ges i uppdrag att utvärdera bidragsreglerna."]


def _utdrag_header(s: Sheet) -> None:
    s.masthead("dejavucond", ["Håltorps kommun", AU],
               ["PROTOKOLLSUTDRAG", f"Sammanträdesdatum {AU_DATE}"], (34, 46),
               sizes=(9.5, 8.5), right_w=205, rule=(0.3, 60))


def build_utdrag(out: Path) -> Path:
    def only(s: Sheet) -> None:
        _au_head(s, 96, UTDRAG_TITLE, "KS 2026/402")
        s.text("Kultur- och fritidsförvaltningen har sammanställt föreningarnas ansökningar om "
               "bidrag för 2027. Ansökningarna uppgår till 2,9 miljoner kronor.")
        _label(s, "Beslut", "dejavucond")
        s.text("Arbetsutskottet föreslår kommunstyrelsen besluta", after=3)
        for t in UTDRAG_T:
            s.text(t, after=3)
        s.gap(24)
        s.text("Utdragsbestyrkande", style="B", after=2)
        s.text("Maja Strand, nämndsekreterare", after=2)
        s.text("Beslutet expedieras till: Kommunstyrelsen, Kultur- och fritidsförvaltningen",
               size=8.5)

    s = document(AU_STYLE, _utdrag_header, None, only)
    path = out / "haltorp-ksau-2026-11-17-protokollsutdrag-96.pdf"
    s.output(str(path))
    return path


def utdrag_facts() -> dict:
    return {
        "file": "haltorp-ksau-2026-11-17-protokollsutdrag-96.pdf",
        "_note": "A one-§ utdrag of the utskott, named only in the running header; the text says "
                 "'Arbetsutskottet föreslår kommunstyrelsen besluta' over att-satser: the "
                 "utskott's decision proposing to kommunstyrelsen. The 2,9 miljoner of the "
                 "description are no decision's.",
        "meeting": {"municipality": MUNI, "body": AU, "date": AU_DATE},
        "problems": [],
        "items": [
            {"number": "§ 96", "title": UTDRAG_TITLE, "dnr": ["KS 2026/402"], "decisions": [
                F.unstated(F.decision("beslut", AU, AU_DATE, 96, proposed_to=KS, **F.empty(
                    clauses=F.clauses(*UTDRAG_T, numbered=False),
                    amounts=[F.amount(2_200_000, year=2027)])), "assignments",
                    why="an uppdrag inside a proposal is given only once kommunstyrelsen adopts "
                        "it")]},
        ],
    }


# ---------------------------------------------------------------- KA: kommunstyrelsen again

KS2_DATE = "2026-12-15"
REPR = "Riktlinjer för representation"
RENH = "Renhållningstaxa 2027"
BORGEN = "Borgen för Håltorps Energi AB"
DELEG = "Revidering av delegationsordningen"
SOL = "Motion om solceller på kommunens tak"
KULTUR = "Avgifter i kulturskolan"
RESERV = "Anslag ur resultatutjämningsreserven"

REPR_T = "Kommunfullmäktige föreslås besluta att anta riktlinjer för representation enligt bilaga."
RENH_T = ("Kommunstyrelsen föreslår kommunfullmäktige anta renhållningstaxa 2027 med en "
          "grundavgift om 1 450 kronor per hushåll och år.")
BORGEN_T = ["Kommunfullmäktige beslutar",
            "att ingå borgen såsom för egen skuld för Håltorps Energi AB:s lån om högst 40 mnkr, "
            "samt",
            "att borgensavgiften fastställs till 0,4 procent av lånebeloppet."]
BORGEN_B = "Kommunstyrelsen beslutar i enlighet med förslaget."
DELEG_T = ("Kommunstyrelsen föreslår att kommunfullmäktige antar den reviderade "
           "delegationsordningen.")
SOL_T = ("Kommunstyrelsen beslutar att överlämna ärendet till kommunfullmäktige med förslag att "
         "motionen bifalls.")
KULTUR_T = ["Kommunstyrelsen godkänner kulturskolans avgifter för vårterminen 2027.",
            "Kommunstyrelsen ger kultur- och fritidsförvaltningen i uppdrag att återkomma med ett "
            "förslag om syskonrabatt."]
RESERV_T = ("Kommunstyrelsen hemställer hos kommunfullmäktige att ett anslag om 2 mnkr anvisas "
            "ur kommunens resultatutjämningsreserv.")


def _ks2_minutes(s: Sheet) -> None:
    _ks_head(s, 170, REPR, "KS 2026/430")
    _label(s, "Ärendebeskrivning")
    s.text("Riktlinjerna för representation har inte reviderats sedan 2018. Kommunledningskontoret "
           "har tagit fram ett förslag.")
    _label(s, "Beslut")
    s.text(REPR_T)

    _ks_head(s, 171, RENH, "KS 2026/431")
    _label(s, "Ärendebeskrivning")
    s.text("Renhållningstaxan för 2026 har en grundavgift om 1 380 kronor per hushåll och år.")
    _label(s, "Beslut")
    s.text(RENH_T)

    _ks_head(s, 172, BORGEN, "KS 2026/433")
    _label(s, "Förslag till beslut")
    s.text(BORGEN_T[0], after=3)
    for t in BORGEN_T[1:]:
        s.text(t, after=3)
    _label(s, "Beslut")
    s.text(BORGEN_B)

    _ks_head(s, 173, DELEG, "KS 2026/436")
    _label(s, "Beslut")
    s.text(DELEG_T)
    s.text("Kommunstyrelsen förklarar paragrafen omedelbart justerad.")

    _ks_head(s, 174, SOL, "KS 2026/118")
    _label(s, "Bakgrund")
    s.text("Jonas Ek (MP) föreslår i en motion att kommunen installerar solceller på sina tak.")
    _label(s, "Beslut")
    s.text(SOL_T)

    _ks_head(s, 175, KULTUR, "KS 2026/440")
    _label(s, "Beslut")
    for t in KULTUR_T:
        s.text(t)
    s.text("Sammanträdet ajourneras kl. 11.05–11.20.")

    _ks_head(s, 176, RESERV, "KS 2026/442")
    _label(s, "Beslut")
    s.text(RESERV_T)


def build_ks2(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 16, "sans")
        s.cell(0, 24, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
        s.text("Plats och tid: Kommunhuset, Håltorp, tisdagen den 15 december 2026 "
               "kl. 09.00–11.40")
        _ks2_minutes(s)

    s = document(KS_STYLE, _ka_header(KS, KS2_DATE), _ks_footer, opening)
    path = out / "haltorp-ks-2026-12-15-protokoll.pdf"
    s.output(str(path))
    return path


def ks2_facts() -> dict:
    def ks(n: int, *texts: str, numbered: bool = False, **kw) -> dict:
        return F.decision("beslut", KS, KS2_DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=numbered), **kw))

    def to_kf(d: dict) -> dict:
        return F.unstated(d, "assignments", why="an uppdrag inside a proposal is given only "
                                                 "once fullmäktige adopts it")

    return {
        "file": "haltorp-ks-2026-12-15-protokoll.pdf",
        "_note": "Each of §§ 170–174 and 176 proposes to fullmäktige, worded 'Kommunfullmäktige "
                 "föreslås besluta att', 'föreslår kommunfullmäktige anta' (the infinitive "
                 "without att), a förvaltning's 'Kommunfullmäktige beslutar' adopted 'i enlighet "
                 "med förslaget', 'föreslår att kommunfullmäktige antar', 'beslutar att överlämna "
                 "ärendet till kommunfullmäktige med förslag att', 'hemställer hos "
                 "kommunfullmäktige att': the styrelse's decision with proposed_to fullmäktige. "
                 "'Kommunstyrelsen förklarar paragrafen omedelbart justerad.' and 'Sammanträdet "
                 "ajourneras …' are procedure, no point of a decision. The 1 380 kronor of the "
                 "description are no decision's; 0,4 procent is no sum.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS2_DATE},
        "problems": [],
        "items": [
            {"number": "§ 170", "title": REPR, "dnr": ["KS 2026/430"], "decisions": [
                to_kf(ks(170, REPR_T, proposed_to=KF))]},
            {"number": "§ 171", "title": RENH, "dnr": ["KS 2026/431"], "decisions": [
                to_kf(ks(171, RENH_T, proposed_to=KF, amounts=[F.amount(1450)]))]},
            {"number": "§ 172", "title": BORGEN, "dnr": ["KS 2026/433"], "decisions": [
                to_kf(ks(172, *BORGEN_T[1:], proposed_to=KF, amounts=[F.amount(40_000_000)]))]},
            {"number": "§ 173", "title": DELEG, "dnr": ["KS 2026/436"], "decisions": [
                to_kf(ks(173, DELEG_T, proposed_to=KF, text_lacks=["justerad"]))]},
            {"number": "§ 174", "title": SOL, "dnr": ["KS 2026/118"], "decisions": [
                to_kf(ks(174, SOL_T, proposed_to=KF))]},
            {"number": "§ 175", "title": KULTUR, "dnr": ["KS 2026/440"], "decisions": [
                ks(175, *KULTUR_T, text_lacks=["ajourneras"],
                   assignments=[F.assignment("kultur- och fritidsförvaltningen", "syskonrabatt")])]},
            {"number": "§ 176", "title": RESERV, "dnr": ["KS 2026/442"], "decisions": [
                to_kf(ks(176, RESERV_T, proposed_to=KF, amounts=[F.amount(2_000_000)]))]},
        ],
    }


# ---------------------------------------------------------------- KB: socialnämnden

SN = "Socialnämnden"
SN_DATE = "2026-11-24"
SN_STYLE = AU_STYLE
BIST = "Riktlinjer för ekonomiskt bistånd"
BOEND = "Plan för särskilda boenden 2027–2030"
FAMILJ = "Familjecentralen i Norrby"
TAXOR = "Avgifter inom äldreomsorgen 2027"

BIST_T = ("Socialnämnden föreslår kommunstyrelsen föreslå kommunfullmäktige att anta riktlinjer "
          "för ekonomiskt bistånd enligt bilaga.")
BOEND_T = ["Kommunfullmäktige beslutar att anta plan för särskilda boenden 2027–2030.",
           "Planen finansieras inom socialnämndens ram om 412 mnkr för 2027."]
FAMILJ_FORV = ["att godkänna samverkansavtalet om familjecentralen i Norrby,",
               "att nämndens andel av kostnaden, högst 650 000 kronor per år, finansieras inom "
               "ramen för individ- och familjeomsorgen."]
FAMILJ_B = "Socialnämnden beslutar enligt förvaltningens förslag."
TAXOR_T = ["att fastställa avgifterna inom äldreomsorgen för 2027 enligt bilaga,",
           "att maxtaxan följer den av regeringen fastställda nivån, samt"]
TAXOR_JUST = "att förklara paragrafen omedelbart justerad."


def _sn_minutes(s: Sheet) -> None:
    _au_head(s, 60, BIST, "SN 2026/140")
    s.text("Riktlinjerna för ekonomiskt bistånd ska enligt fullmäktiges beslut ses över varje "
           "mandatperiod.")
    _label(s, "Beslut", "dejavucond")
    s.text(BIST_T)

    _au_head(s, 61, BOEND, "SN 2026/152")
    s.text("Förvaltningen har tagit fram en plan för hur behovet av särskilda boenden ska mötas "
           "till 2030. Behovet beräknas öka med 60 platser.")
    _label(s, "Socialnämndens förslag", "dejavucond")
    _numbered(s, BOEND_T, w=16)

    _au_head(s, 62, FAMILJ, "SN 2026/160")
    _label(s, "Förvaltningens förslag till beslut", "dejavucond")
    s.text("Socialnämnden beslutar", after=3)
    for t in FAMILJ_FORV:
        s.text(t, after=3)
    _label(s, "Beslut", "dejavucond")
    s.text(FAMILJ_B)

    _au_head(s, 63, TAXOR, "SN 2026/171")
    _label(s, "Beslut", "dejavucond")
    s.text("Socialnämnden beslutar", after=3)
    for t in [*TAXOR_T, TAXOR_JUST]:
        s.text(t, after=3)


def build_sn(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 15, "dejavucond")
        s.cell(0, 22, SN, new_x="LMARGIN", new_y="NEXT")
        s.text("Sammanträde tisdagen den 24 november 2026 kl. 13.00–15.30, Kommunhuset, Håltorp")
        _sn_minutes(s)

    s = document(SN_STYLE, _kb_header(SN, SN_DATE), None, opening)
    path = out / "haltorp-sn-2026-11-24-protokoll.pdf"
    s.output(str(path))
    return path


def sn_facts() -> dict:
    def sn(n: int, *texts: str, numbered: bool = False, **kw) -> dict:
        return F.decision("beslut", SN, SN_DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=numbered), **kw))

    def proposal(d: dict) -> dict:
        return F.unstated(d, "assignments", why="an uppdrag inside a proposal is given only "
                                                 "once the body proposed to adopts it")

    return {
        "file": "haltorp-sn-2026-11-24-protokoll.pdf",
        "_note": "§ 60 proposes to kommunstyrelsen (that it propose on to fullmäktige): "
                 "proposed_to kommunstyrelsen. § 61 prints the nämnd's own proposal under "
                 "'Socialnämndens förslag' (no 'till …'), worded as what fullmäktige decides: the "
                 "nämnd's decision with proposed_to fullmäktige. § 62 adopts the förvaltning's "
                 "att-satser. § 63's last att-sats, 'att förklara paragrafen omedelbart "
                 "justerad', is procedure, no point. The 60 platser are no sum.",
        "meeting": {"municipality": MUNI, "body": SN, "date": SN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 60", "title": BIST, "dnr": ["SN 2026/140"], "decisions": [
                proposal(sn(60, BIST_T, proposed_to=KS))]},
            {"number": "§ 61", "title": BOEND, "dnr": ["SN 2026/152"], "decisions": [
                proposal(sn(61, *BOEND_T, numbered=True, proposed_to=KF,
                            amounts=[F.amount(412_000_000, year=2027)]))]},
            {"number": "§ 62", "title": FAMILJ, "dnr": ["SN 2026/160"], "decisions": [
                sn(62, *FAMILJ_FORV, amounts=[F.amount(650_000)])]},
            {"number": "§ 63", "title": TAXOR, "dnr": ["SN 2026/171"], "decisions": [
                sn(63, *TAXOR_T, text_lacks=["justerad"])]},
        ],
    }


# ---------------------------------------------------------------- KB: kommunfullmäktige

KF_DATE = "2026-12-21"
BUDGET = "Mål och budget 2027"
FJARR = "Utredning om fjärrvärmens framtid"
SKOLA = "Skolskjutsar i Norrby"
HEMLOS = "Plan mot hemlöshet"
HUND = "Motion om hundrastgårdar"
GATA = "Motion om belysning på Storgatan"

BUDGET_T = ("Kommunfullmäktige fastställer mål och budget 2027 med en skattesats om 21:90 kronor "
            "per skattekrona och en total driftsram om 1 842 mnkr.")
FJARR_T = ("Kommunfullmäktige uppdrar åt kommunstyrelsen, i samråd med Håltorps Energi AB, att "
           "utreda fjärrvärmens framtid.")
SKOLA_T = ["Kommunfullmäktige noterar informationen om skolskjutsarna i Norrby.",
           "Kommunfullmäktige ger även barn- och utbildningsnämnden i uppdrag att se över "
           "skolskjutsreglerna."]
HEMLOS_T = ("Socialnämnden får, i samråd med kommunstyrelsen, i uppdrag att ta fram en plan mot "
            "hemlöshet.")
HUND_T = "Kommunfullmäktige avslår motionen."
GATA_T = ["Kommunfullmäktige anser motionen besvarad.",
          "Kommunfullmäktige uppdrar därmed åt tekniska nämnden att prioritera belysningen på "
          "Storgatan."]


def _kf_minutes(s: Sheet) -> None:
    _au_head(s, 200, BUDGET, "KS 2026/300")
    s.text("Kommunstyrelsen har lämnat förslag till mål och budget 2027. Moderaterna har lämnat "
           "ett eget budgetförslag.")
    s.text("Anna Berg (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Per Lindqvist (M) yrkar avslag till förmån för Moderaternas budgetförslag.")
    s.text("Kommunfullmäktige godkänner följande propositionsordning: kommunstyrelsens förslag "
           "ställs mot Moderaternas förslag.")
    s.text("Ordföranden ställer proposition på förslagen och finner att kommunfullmäktige bifaller "
           "kommunstyrelsens förslag.")
    s.text(BUDGET_T)
    s.text("Per Lindqvist (M) reserverar sig mot beslutet.")

    _au_head(s, 201, FJARR, "KS 2026/310")
    _label(s, "Beslut", "dejavucond")
    s.text(FJARR_T)

    _au_head(s, 202, SKOLA, "KS 2026/312")
    _label(s, "Beslut", "dejavucond")
    for t in SKOLA_T:
        s.text(t)

    _au_head(s, 203, HEMLOS, "KS 2026/315")
    _label(s, "Beslut", "dejavucond")
    s.text(HEMLOS_T)

    _au_head(s, 204, HUND, "KS 2026/98")
    s.text("Eva Sund (C) yrkar bifall till motionen.")
    s.text("Anna Berg (S) yrkar avslag på motionen.")
    s.text("Propositionsordningen godkänns.")
    s.text("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige avslår "
           "motionen.")
    s.text(HUND_T)

    _au_head(s, 205, GATA, "KS 2026/105")
    _label(s, "Yrkanden", "dejavucond")
    s.text("Sara Holm (V) yrkar bifall till motionen.")
    s.text("Anna Berg (S) yrkar bifall till kommunstyrelsens förslag.")
    _label(s, "Beslut", "dejavucond")
    s.text("Ordföranden ställer proposition på Anna Bergs och Sara Holms yrkanden och finner att "
           "kommunfullmäktige bifaller Anna Bergs yrkande.")
    for t in GATA_T:
        s.text(t)


def build_kf(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 15, "dejavucond")
        s.cell(0, 22, KF, new_x="LMARGIN", new_y="NEXT")
        s.text("Sammanträde måndagen den 21 december 2026 kl. 18.00–21.10, Folkets hus, Håltorp")
        _kf_minutes(s)

    s = document(AU_STYLE, _kb_header(KF, KF_DATE), None, opening)
    path = out / "haltorp-kf-2026-12-21-protokoll.pdf"
    s.output(str(path))
    return path


def kf_facts() -> dict:
    def kf(n: int, *texts: str, **kw) -> dict:
        return F.decision("beslut", KF, KF_DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=False), **kw))

    return {
        "file": "haltorp-kf-2026-12-21-protokoll.pdf",
        "_note": "§§ 200 and 204 print no labels: the propositionsordning fullmäktige approves "
                 "('Kommunfullmäktige godkänner följande propositionsordning: …', "
                 "'Propositionsordningen godkänns.') and the chair's proposition are procedure, "
                 "the decision is the sentence after them. In § 205 the chair's proposition "
                 "printed first in the decision block is no point of it. Uppdrag with words "
                 "between the verb and the addressee ('uppdrar åt X, i samråd med Y, att', 'ger "
                 "även X i uppdrag', 'får, i samråd med Y, i uppdrag', 'uppdrar därmed åt X'). "
                 "The tax rate is no sum.",
        "meeting": {"municipality": MUNI, "body": KF, "date": KF_DATE},
        "problems": [],
        "items": [
            {"number": "§ 200", "title": BUDGET, "dnr": ["KS 2026/300"], "decisions": [
                kf(200, BUDGET_T, amounts=[F.amount(1_842_000_000)],
                   motions=[F.motion("bifall", "Anna Berg (S)"),
                            F.motion("avslag", "Per Lindqvist (M)")],
                   reservations=[F.reservation("Per Lindqvist (M)")])]},
            {"number": "§ 201", "title": FJARR, "dnr": ["KS 2026/310"], "decisions": [
                kf(201, FJARR_T, assignments=[F.assignment("kommunstyrelsen", "fjärrvärmens")])]},
            {"number": "§ 202", "title": SKOLA, "dnr": ["KS 2026/312"], "decisions": [
                kf(202, *SKOLA_T, assignments=[
                    F.assignment("barn- och utbildningsnämnden", "skolskjutsreglerna")])]},
            {"number": "§ 203", "title": HEMLOS, "dnr": ["KS 2026/315"], "decisions": [
                kf(203, HEMLOS_T, assignments=[F.assignment("Socialnämnden", "hemlöshet")])]},
            {"number": "§ 204", "title": HUND, "dnr": ["KS 2026/98"], "decisions": [
                kf(204, HUND_T, motions=[F.motion("bifall", "Eva Sund (C)"),
                                         F.motion("avslag", "Anna Berg (S)")])]},
            {"number": "§ 205", "title": GATA, "dnr": ["KS 2026/105"], "decisions": [
                kf(205, *GATA_T, text_lacks=["proposition"],
                   motions=[F.motion("bifall", "Sara Holm (V)"),
                            F.motion("bifall", "Anna Berg (S)")],
                   assignments=[F.assignment("tekniska nämnden", "belysningen")])]},
        ],
    }


# ---------------------------------------------------------------- KA: bygg- och miljönämnden

BMN = "Bygg- och miljönämnden"
BMN_DATE = "2026-11-26"
OPPN = "Sammanträdets öppnande"
VAG = "Remiss – Plan för väg 52"
AVFALL = "Remiss – Regional avfallsplan"
TILLSYN = "Information om tillsynsplanen 2027"
HAMN = "Förslag om en mötesplats vid hamnen"
MATT = "Upphandling av mätutrustning"
DISPENS = "Strandskyddsdispens för brygga, Håltorp 3:14"
CAMPING = "Tillsyn av Norrby camping"
BULLER = "Skrivelse om buller från Storgatan"
AVFORS = "Bygglov för tillbyggnad, Norrby 2:7"
AVSL = "Sammanträdets avslutande"

VAG_T = "Nämnden har inget att erinra mot planen."
AVFALL_T = "Bygg- och miljönämnden har ingen erinran mot den regionala avfallsplanen."
TILLSYN_T = "Nämnden har tagit del av informationen."
HAMN_T = "Nämnden ställer sig positiv till förslaget om en mötesplats vid hamnen."
MATT_T = "Upphandlingen tilldelas Norrby Mätteknik AB till ett pris om 385 000 kronor."
DISPENS_T = ("Dispens från strandskyddet medges för en brygga om 12 kvadratmeter på fastigheten "
             "Håltorp 3:14.")
CAMPING_T = "Tillsynsärendet avslutas utan ytterligare åtgärd."
BULLER_T = "Skrivelsen lämnas utan åtgärd."
AVFORS_T = "Ärendet avförs från dagordningen."


def _bmn_minutes(s: Sheet) -> None:
    _ks_head(s, 79, OPPN, "BMN 2026/1")
    s.text("Ordföranden förklarar sammanträdet öppnat.")

    _ks_head(s, 80, VAG, "BMN 2026/301")
    s.text("Trafikverket har remitterat en plan för ombyggnad av väg 52 mellan Håltorp och "
           "Norrby. Förvaltningen har granskat planen.")
    s.text(VAG_T)

    _ks_head(s, 81, AVFALL, "BMN 2026/305")
    s.text("Kommunerna i länet har tagit fram en gemensam avfallsplan för 2027–2035.")
    s.text(AVFALL_T)

    _ks_head(s, 82, TILLSYN, "BMN 2026/310")
    s.text("Miljöchefen Karin Ljung informerar om tillsynsplanen för 2027.")
    s.text(TILLSYN_T)

    _ks_head(s, 83, HAMN, "BMN 2026/312")
    s.text("Håltorps hamnförening föreslår att en mötesplats byggs på den gamla kajen.")
    s.text(HAMN_T)

    _ks_head(s, 84, MATT, "BMN 2026/290")
    s.text("Anbud har kommit in från tre leverantörer. Förvaltningen har utvärderat anbuden.")
    s.text(MATT_T)

    _ks_head(s, 85, DISPENS, "BMN 2026/318")
    s.text("Sökanden vill bygga en brygga vid Håltorpsviken. Platsen omfattas av strandskydd.")
    s.text(DISPENS_T)

    _ks_head(s, 86, CAMPING, "BMN 2026/201")
    s.text("Vid tillsynsbesöket den 12 oktober 2026 konstaterades att bristerna har åtgärdats.")
    s.text(CAMPING_T)

    _ks_head(s, 87, BULLER, "BMN 2026/322")
    s.text("En boende på Storgatan har i en skrivelse klagat på buller från trafiken. Frågan "
           "hanteras av tekniska nämnden.")
    s.text(BULLER_T)

    _ks_head(s, 88, AVFORS, "BMN 2026/330")
    s.text(AVFORS_T)

    _ks_head(s, 89, AVSL, "BMN 2026/1")
    s.text("Ordföranden tackar för visat intresse och förklarar sammanträdet avslutat.")


def build_bmn(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 16, "sans")
        s.cell(0, 24, BMN, new_x="LMARGIN", new_y="NEXT")
        s.text("Plats och tid: Kommunhuset, Håltorp, torsdagen den 26 november 2026 "
               "kl. 13.00–15.40")
        _bmn_minutes(s)

    s = document(KS_STYLE, _ka_header(BMN, BMN_DATE), _ks_footer, opening)
    path = out / "haltorp-bmn-2026-11-26-protokoll.pdf"
    s.output(str(path))
    return path


def bmn_facts() -> dict:
    def bmn(n: int, text: str, **kw) -> dict:
        return F.decision("beslut", BMN, BMN_DATE, n,
                          **F.empty(clauses=F.clauses(text, numbered=False), **kw))

    return {
        "file": "haltorp-bmn-2026-11-26-protokoll.pdf",
        "_note": "Every § prints its decision under no label, worded as nämnder word remisses, "
                 "information, tenders, dispensations and closed cases ('har inget att erinra "
                 "mot', 'har ingen erinran mot', 'har tagit del av', 'ställer sig positiv till', "
                 "'tilldelas', 'medges', 'avslutas utan ytterligare åtgärd', 'lämnas utan "
                 "åtgärd', 'avförs från dagordningen'); the description before it is none. The "
                 "chair opening and closing the meeting (§§ 79, 89) decides nothing. 12 "
                 "kvadratmeter is no sum.",
        "meeting": {"municipality": MUNI, "body": BMN, "date": BMN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 79", "title": OPPN, "dnr": ["BMN 2026/1"], "decisions": []},
            {"number": "§ 80", "title": VAG, "dnr": ["BMN 2026/301"], "decisions": [
                bmn(80, VAG_T)]},
            {"number": "§ 81", "title": AVFALL, "dnr": ["BMN 2026/305"], "decisions": [
                bmn(81, AVFALL_T)]},
            {"number": "§ 82", "title": TILLSYN, "dnr": ["BMN 2026/310"], "decisions": [
                bmn(82, TILLSYN_T)]},
            {"number": "§ 83", "title": HAMN, "dnr": ["BMN 2026/312"], "decisions": [
                bmn(83, HAMN_T)]},
            {"number": "§ 84", "title": MATT, "dnr": ["BMN 2026/290"], "decisions": [
                bmn(84, MATT_T, amounts=[F.amount(385_000)])]},
            {"number": "§ 85", "title": DISPENS, "dnr": ["BMN 2026/318"], "decisions": [
                bmn(85, DISPENS_T)]},
            {"number": "§ 86", "title": CAMPING, "dnr": ["BMN 2026/201"], "decisions": [
                bmn(86, CAMPING_T)]},
            {"number": "§ 87", "title": BULLER, "dnr": ["BMN 2026/322"], "decisions": [
                bmn(87, BULLER_T)]},
            {"number": "§ 88", "title": AVFORS, "dnr": ["BMN 2026/330"], "decisions": [
                bmn(88, AVFORS_T)]},
            {"number": "§ 89", "title": AVSL, "dnr": ["BMN 2026/1"], "decisions": []},
        ],
    }


# ---------------------------------------------------------------- KB: kultur- och fritidsnämnden

KFN = "Kultur- och fritidsnämnden"
KFN_DATE = "2026-10-20"
KPLAN = "Kulturplan 2027–2030"
HEMBYGD = "Bidrag till Håltorps hembygdsförening"
FORENING = "Föreningsbidrag 2027"
GARANTI = "Hyresgaranti för Norrby IF"
BADPLATS = "Badplatsernas vattenkvalitet"
OPPET = "Fritidsgårdarnas öppettider"

KPLAN_T = ("Nämnden antog kulturplan 2027–2030 och gav förvaltningen i uppdrag att följa upp "
           "planen årligen.")
HEMBYGD_T = "Nämnden beviljade föreningen ett bidrag om 25 000 kronor."
FORENING_T = "Nämnden fördelade TSEK 1 200 i föreningsbidrag för 2027 enligt bilaga."
GARANTI_T = ("Nämnden godkände en hyresgaranti om högst 450 000 (fyrahundrafemtiotusen) kronor för "
             "Norrby IF:s klubbstuga.")
BADPLATS_T = ["Nämnden godkände redovisningen av provtagningen vid badplatserna.",
         "Det åligger förvaltningen att årligen redovisa vattenkvaliteten vid badplatserna."]
OPPET_T = ("Nämnden beslöt att förvaltningen ska i samråd med föreningarna ta fram förslag på nya "
           "öppettider.")


def _kfn_minutes(s: Sheet) -> None:
    _au_head(s, 40, KPLAN, "KFN 2026/60")
    s.text("Kommunfullmäktige antog den nuvarande kulturplanen 2019. Förvaltningen har tagit fram "
           "ett förslag till ny plan efter dialog med föreningarna.")
    s.text(KPLAN_T)

    _au_head(s, 41, HEMBYGD, "KFN 2026/71")
    s.text("Föreningen ansökte i augusti om bidrag för renovering av hembygdsgården.")
    s.text(HEMBYGD_T)

    _au_head(s, 42, FORENING, "KFN 2026/75")
    s.text(FORENING_T)

    _au_head(s, 43, GARANTI, "KFN 2026/80")
    s.text("Norrby IF hyr sin klubbstuga av ett privat fastighetsbolag som kräver en garanti.")
    s.text(GARANTI_T)

    _au_head(s, 44, BADPLATS, "KFN 2026/82")
    s.text("Miljöenheten tog prover vid kommunens sju badplatser under sommaren.")
    for t in BADPLATS_T:
        s.text(t)

    _au_head(s, 45, OPPET, "KFN 2026/88")
    s.text("Flera föreningar önskade längre öppettider på fredagar.")
    s.text(OPPET_T)


def build_kfn(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 15, "dejavucond")
        s.cell(0, 22, KFN, new_x="LMARGIN", new_y="NEXT")
        s.text("Sammanträde tisdagen den 20 oktober 2026 kl. 18.00–19.45, Kulturhuset, Håltorp")
        _kfn_minutes(s)

    s = document(AU_STYLE, _kb_header(KFN, KFN_DATE), None, opening)
    path = out / "haltorp-kfn-2026-10-20-protokoll.pdf"
    s.output(str(path))
    return path


def kfn_facts() -> dict:
    def kfn(n: int, *texts: str, **kw) -> dict:
        return F.decision("beslut", KFN, KFN_DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=False), **kw))

    return {
        "file": "haltorp-kfn-2026-10-20-protokoll.pdf",
        "_note": "An older secretary writes the meeting in the past tense under no label, with "
                 "the verb of what was decided ('antog', 'beviljade', 'fördelade', 'godkände', "
                 "'gav … i uppdrag'); 'Kommunfullmäktige antog den nuvarande kulturplanen 2019.' "
                 "is the case's history, no decision. 'Det åligger förvaltningen att …' after a "
                 "decision is a part of it and an uppdrag; so is 'förvaltningen ska i samråd med "
                 "föreningarna ta fram …'. Sums with the currency first in thousands ('TSEK "
                 "1 200') and written out in brackets ('450 000 (fyrahundrafemtiotusen) kronor').",
        "meeting": {"municipality": MUNI, "body": KFN, "date": KFN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 40", "title": KPLAN, "dnr": ["KFN 2026/60"], "decisions": [
                kfn(40, KPLAN_T, assignments=[F.assignment("förvaltningen", "följa upp")])]},
            {"number": "§ 41", "title": HEMBYGD, "dnr": ["KFN 2026/71"], "decisions": [
                kfn(41, HEMBYGD_T, amounts=[F.amount(25_000)])]},
            {"number": "§ 42", "title": FORENING, "dnr": ["KFN 2026/75"], "decisions": [
                kfn(42, FORENING_T, amounts=[F.amount(1_200_000, year=2027)])]},
            {"number": "§ 43", "title": GARANTI, "dnr": ["KFN 2026/80"], "decisions": [
                kfn(43, GARANTI_T, amounts=[F.amount(450_000)])]},
            {"number": "§ 44", "title": BADPLATS, "dnr": ["KFN 2026/82"], "decisions": [
                kfn(44, *BADPLATS_T, assignments=[F.assignment("förvaltningen", "vattenkvaliteten")])]},
            {"number": "§ 45", "title": OPPET, "dnr": ["KFN 2026/88"], "decisions": [
                kfn(45, OPPET_T, assignments=[F.assignment("förvaltningen", "öppettider")])]},
        ],
    }
