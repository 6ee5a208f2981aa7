"""Granhults kommun (invented), templates EA and EB.

EA: kommunstyrelsen 2026-09-08 in a DejaVu sans whose § line ("§ 101") stands over a bold
title and the case number, its labels bold on their own lines. The history of a case is told
in prose only ("Ärendet har tidigare behandlats av arbetsutskottet den 25 augusti 2026, § 88,
som föreslog …", "Kommunstyrelsen beslutade 2026-06-09, § 78, att återremittera …"): earlier
decisions that are no decision of the meeting's own and send nothing back now; the meeting's
decision worded "Beslöts att …" / "Beslöts vidare att …"; an utskott's förslag adopted "med den
ändringen att …"; "Kommunstyrelsen överlämnar ärendet till fullmäktige utan eget
ställningstagande." under no label; uppdrag as "X ska återrapportera till …", "X får i uppdrag
att tillsätta en arbetsgrupp som …", "X uppdras att", "Uppdraget … ges till X", "X bemyndigas
att", "X ska snarast utreda"; sums as "350 tkr", "1 250 000 SEK", "kr/år", "kronor per
invånare", "med ett belopp om", "en kostnad om högst", "motsvarande 2 procent" (no sum), and
sums in a table without rulings under the decision's lead; a decision's points over a page
break under the running header; "Beslutet skickas till" over dashed recipients.

EB: omsorgsnämnden 2026-09-15 in a Palatino-like serif, an older secretary writing the meeting
in the past tense under no label: "Nämnden beslöt att …", "Omsorgsnämnden beslöt enligt
utskottets förslag.", "Beslöts att uppdra åt …"; the utskott's proposal printed as "Utskottet
föreslår nämnden besluta" over att-satser (no decision of its own); history in prose ("Nämnden
beslutade 2026-05-12, § 22, att återremittera ärendet …"); "Expedieras:" recipients."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import facts as F
from .sheet import Cell, Sheet, Style, document

MUNI = "Granhults kommun"
KS = "Kommunstyrelsen"
KF = "Kommunfullmäktige"
ON = "Omsorgsnämnden"
KS_DATE = "2026-09-08"
ON_DATE = "2026-09-15"
KS_STYLE = Style(body="dejavu", size=9.5, leading=1.4, left=76, right=62, top=98, bottom=84)
ON_STYLE = Style(body="palatino", size=10.5, leading=1.34, left=84, right=70, top=104, bottom=80)

# ---------------------------------------------------------------- EA: kommunstyrelsen

UPPF = "Budgetuppföljning per augusti 2026"
FORSKOLA = "Förstudie för en ny förskola i Västra Granhult"
INVEST = "Medel till idrott och lekplatser 2027"
FOND = "Fördelning ur sociala investeringsfonden"
MOTION = "Motion om avgiftsfri kollektivtrafik för pensionärer"
LOKAL = "Översyn av lokalförsörjningen"
PLAN = "Detaljplan för Kvarnbacken"

UPPF_T = ["Beslöts att godkänna budgetuppföljningen per augusti 2026.",
          "Beslöts vidare att ge ekonomichefen i uppdrag att ta fram en åtgärdsplan för de "
          "nämnder som redovisar underskott.",
          "Kommunledningskontoret ska återrapportera till kommunstyrelsen senast den 15 november "
          "2026."]
FORSKOLA_AU = ["Kommunstyrelsen godkänner förstudien för en ny förskola i Västra Granhult.",
               "Samhällsbyggnadsförvaltningen får i uppdrag att upphandla en förskola med sex "
               "avdelningar."]
FORSKOLA_ANDR = ("Kommunstyrelsen beslutar enligt arbetsutskottets förslag med den ändringen att "
                 "förskolan ska ha åtta avdelningar.")
INVEST_T = ["att anvisa samhällsbyggnadsnämnden 350 tkr för upprustning av lekplatsen i "
            "Granparken,",
            "att bevilja Granhults IF ett bidrag med ett belopp om 1 250 000 SEK för en "
            "konstgräsplan,",
            "att medge en kostnad om högst 85 000 kr/år för skötseln av planen,",
            "att höja bidraget till studieförbunden till 24 kronor per invånare, samt",
            "att ramen för gatuunderhåll räknas upp med motsvarande 2 procent."]
FOND_LEAD = ("Kommunstyrelsen beslutar att fördela medel ur den sociala investeringsfonden "
             "enligt följande:")
FOND_ROWS = [("Läxhjälp i Västra Granhult", "Barn- och utbildningsnämnden", "420 000"),
             ("Fältassistenter kvällstid", "Socialnämnden", "780 000")]
MOTION_T = ("Kommunstyrelsen överlämnar ärendet till fullmäktige utan eget "
            "ställningstagande.")
LOKAL_T = ["Kommundirektören får i uppdrag att tillsätta en arbetsgrupp som ska inventera "
           "kommunens lokaler.",
           "Förvaltningen uppdras att redovisa lokalkostnaderna per verksamhet.",
           "Uppdraget att samordna översynen ges till fastighetschefen.",
           "Kommundirektören bemyndigas att teckna avtal om korttidsinhyrning av lokaler.",
           "Samhällsbyggnadsförvaltningen ska snarast utreda möjligheten att samlokalisera "
           "biblioteket och fritidsgården."]
PLAN_T = ["Detaljplanen för Kvarnbacken antas enligt plankarta och planbeskrivning daterade "
          "2026-06-30.",
          "Planavgift tas ut i samband med bygglov enligt gällande taxa.",
          "Samhällsbyggnadsnämnden får i uppdrag att påbörja lantmäteriförrättningen för "
          "gatumarken.",
          "Exploateringsavtalet med Kvarnbacken Fastigheter AB godkänns.",
          "Beslutet gäller under förutsättning att kommunfullmäktige antar den fördjupade "
          "översiktsplanen."]


def _header_of(body: str, date: str) -> Callable[[Sheet], None]:
    """Template EA's running header: the municipality and body at the left, the kind of
    document, the date and "page (pages)" at the right."""
    def header(s: Sheet) -> None:
        s.use("B", 9, "dejavu")
        s.set_xy(s.l_margin, 32)
        s.cell(240, 11, "GRANHULTS KOMMUN")
        s.use("", 8.5, "dejavu")
        s.set_xy(s.l_margin, 44)
        s.cell(240, 11, body)
        s.set_xy(300, 32)
        s.cell(s.w - s.r_margin - 300, 11, "SAMMANTRÄDESPROTOKOLL", align="R")
        s.set_xy(300, 44)
        s.cell(s.w - s.r_margin - 300, 11, f"{date}      {s.page_no()} ({{nb}})", align="R")
    return header


_ks_header = _header_of(KS, KS_DATE)


def _ks_footer(s: Sheet) -> None:
    s.use("", 7.5, "dejavu")
    s.set_xy(s.l_margin, s.h - 50)
    s.cell(0, 9, "Justerare signatur ____________        Utdragsbestyrkande ____________")


def _ks_head(s: Sheet, n: int, title: str, dnr: str) -> None:
    s.need(100)
    s.gap(12)
    s.use("B", 10)
    s.cell(0, 14, f"§ {n}", new_x="LMARGIN", new_y="NEXT")
    s.use("B", 11)
    s.multi_cell(s.epw - 120, 15, title, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Dnr {dnr}", size=8.5, after=8)


def _lab(s: Sheet, text: str) -> None:
    s.need(50)
    s.gap(2)
    s.text(text, style="B", after=2)


def _numbered(s: Sheet, points: list[str], break_after: int | None = None) -> None:
    """Numbered points; a page break after point break_after (the running header and footer
    between two points of one decision)."""
    for k, p in enumerate(points, 1):
        s.hanging(f"{k}.", p, 18, after=2)
        if k == break_after:
            s.add_page()
    s.gap(4)


def _cover_of(body: str, rows: list[tuple[str, str]]) -> Callable[[Sheet], None]:
    """Template EA's cover: the body, then a table of labels and their text."""
    def cover(s: Sheet) -> None:
        s.use("B", 16, "dejavu")
        s.cell(0, 24, body, new_x="LMARGIN", new_y="NEXT")
        s.gap(6)
        for label, text in rows:
            s.use("B", 9.5)
            y = s.get_y()
            s.cell(110, s.line_h(), label)
            s.set_xy(s.l_margin + 110, y)
            s.use("", 9.5)
            s.multi_cell(s.epw - 110, s.line_h(), text, new_x="LMARGIN", new_y="NEXT")
            s.gap(6)
    return cover


_ks_cover = _cover_of(KS, [
            ("Plats och tid", "Granhults kommunhus, sammanträdesrum Tallen, tisdagen den 8 "
                              "september 2026 kl. 13.00–16.20"),
            ("Beslutande", "Ingrid Modig (S), ordförande; Tomas Berglöf (M), vice ordförande; "
                           "Lena Sahlin (S); Ove Hedin (S); Rasmus Oja (C); Emma Lindgren (L); "
                           "Peter Norling (SD); Siv Ahl (KD); Hamid Rahimi (V)"),
            ("Övriga deltagare", "Kommundirektör Anders Frid, ekonomichef Karin Ås, sekreterare "
                                 "Mia Holt"),
            ("Justerare", "Tomas Berglöf (M)"),
            ("Paragrafer", "§§ 101–107")])


def _ks_minutes(s: Sheet) -> None:
    _ks_head(s, 101, UPPF, "KS 2026/40")
    _lab(s, "Ärendebeskrivning")
    s.text("Ekonomiavdelningen har sammanställt uppföljningen per augusti. Prognosen visar ett "
           "underskott om 6,4 mnkr för nämnderna sammantaget. Ärendet har tidigare behandlats av "
           "arbetsutskottet den 25 augusti 2026, § 88, som föreslog att kommunstyrelsen skulle "
           "godkänna uppföljningen och begära en åtgärdsplan.")
    _lab(s, "Beslut")
    for t in UPPF_T:
        s.text(t)

    _ks_head(s, 102, FORSKOLA, "KS 2026/118")
    _lab(s, "Ärendebeskrivning")
    s.text("Barn- och utbildningsnämnden beslutade 2026-05-20, § 61, att begära att "
           "kommunstyrelsen låter göra en förstudie för en ny förskola. Kommunstyrelsen beslutade "
           "2026-06-09, § 78, att återremittera ärendet till förvaltningen för att komplettera "
           "förstudien med ett alternativ i befintliga lokaler. Kompletteringen är nu gjord.")
    _lab(s, "Arbetsutskottets förslag")
    _numbered(s, FORSKOLA_AU)
    _lab(s, "Beslut")
    s.text(FORSKOLA_ANDR)

    _ks_head(s, 103, INVEST, "KS 2026/160")
    _lab(s, "Ärendebeskrivning")
    s.text("Fritidsnämnden och samhällsbyggnadsnämnden har begärt medel för 2027. Kostnaden "
           "för konstgräsplanen beräknades i förstudien till 2,1 miljoner kronor.")
    _lab(s, "Beslut")
    s.text("Kommunstyrelsen beslutar", after=2)
    for t in INVEST_T:
        s.hanging("", t, 0, after=2)
    s.gap(4)

    _ks_head(s, 104, FOND, "KS 2026/171")
    _lab(s, "Ärendebeskrivning")
    s.text("Två ansökningar har kommit in till den sociala investeringsfonden, vars behållning "
           "är 3,5 mnkr.")
    _lab(s, "Beslut")
    s.text(FOND_LEAD, after=4)
    s.row([Cell(0, 170, "Insats", "B"), Cell(175, 170, "Ansvarig nämnd", "B"),
           Cell(350, 80, "Belopp, kr", "B", align="R")], after=2)
    for a, b, c in FOND_ROWS:
        s.row([Cell(0, 170, a), Cell(175, 170, b), Cell(350, 80, c, align="R")], after=1)
    s.row([Cell(0, 170, "Summa", "B"), Cell(350, 80, "1 200 000", "B", align="R")], after=6)
    s.text("Medlen betalas ut i två delar under 2027.")

    _ks_head(s, 105, MOTION, "KS 2025/412")
    s.text("Hamid Rahimi (V) har i en motion föreslagit att kollektivtrafiken ska vara "
           "avgiftsfri för pensionärer. Kollektivtrafiknämnden har yttrat sig över motionen. "
           "Eftersom frågan rör taxan, som fullmäktige beslutar om, vill kommunstyrelsen låta "
           "fullmäktige pröva motionen direkt.")
    s.text(MOTION_T)

    _ks_head(s, 106, LOKAL, "KS 2026/170")
    _lab(s, "Ärendebeskrivning")
    s.text("Kommunens lokalkostnader har ökat med 14 procent på tre år. En samlad översyn "
           "behövs.")
    _lab(s, "Beslut")
    _numbered(s, LOKAL_T)

    _ks_head(s, 107, PLAN, "KS 2026/90")
    _lab(s, "Ärendebeskrivning")
    s.text(PLAN_CASE)
    s.text("Samhällsbyggnadsnämnden tillstyrkte planen 2026-08-20, § 54.")
    _lab(s, "Beslut")
    _numbered(s, PLAN_T, break_after=2)
    s.text("Beslutet skickas till", after=1)
    for r in ("Samhällsbyggnadsnämnden", "Lantmäteriet", "Kvarnbacken Fastigheter AB"):
        s.text(f"–  {r}", after=0.5)


PLAN_CASE = ["Detaljplanen för Kvarnbacken har varit utställd för granskning under våren 2026.",
             "Synpunkterna har sammanställts i ett granskningsutlåtande.",
             "Planen möjliggör cirka 120 nya bostäder och en förskola.",
             "Planen har prövats mot riksintresset för kulturmiljövården.",
             "En dagvattenutredning har gjorts och dess åtgärder har förts in i plankartan.",
             "Trafikverket har godtagit den nya anslutningen till väg 612.",
             "Länsstyrelsen har inte haft några invändningar mot planförslaget.",
             "Planen bedöms inte medföra någon betydande miljöpåverkan.",
             "Genomförandetiden är tio år från den dag planen vinner laga kraft."]
PLAN_CASE = ("Detaljplanen för Kvarnbacken har varit utställd för granskning under våren "
             "2026. Synpunkterna har sammanställts i ett granskningsutlåtande. Planen möjliggör "
             "cirka 120 nya bostäder och en förskola.")


def build_ks(out: Path) -> Path:
    s = document(KS_STYLE, _ks_header, _ks_footer, _ks_cover, _ks_minutes)
    path = out / "granhult-ks-2026-09-08-protokoll.pdf"
    s.output(str(path))
    return path


def ks_facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n, **F.empty(**kw))

    return {
        "file": "granhult-ks-2026-09-08-protokoll.pdf",
        "_note": "History told in prose (the utskott's proposal of 2026-08-25 § 88, the nämnd's "
                 "2026-05-20 § 61, KS's own återremiss 2026-06-09 § 78, the nämnd's tillstyrkan "
                 "2026-08-20 § 54) prints no decision and sends nothing back now. 'Beslöts att …' "
                 "is the meeting's decision, a clause per printed paragraph. § 102 adopts the "
                 "arbetsutskott's points with a change: its decision is the proposal's points and "
                 "the sentence that changes them. § 104's table under the lead is the decision's: "
                 "its rows' sums and the total are the decision's. 'Utan eget "
                 "ställningstagande' proposes nothing. 'X ska återrapportera', 'bemyndigas', "
                 "'uppdraget ges till X', 'ska snarast utreda' give X an uppdrag; the arbetsgrupp "
                 "is none. '2 procent' is no sum. Recipients are no decision point.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "problems": [],
        "items": [
            {"number": "§ 101", "title": UPPF, "dnr": ["KS 2026/40"], "decisions": [
                ks(101, clauses=F.clauses(*UPPF_T, numbered=False),
                   assignments=[F.assignment("ekonomichefen", "åtgärdsplan"),
                                F.assignment("Kommunledningskontoret", "återrapportera")],
                   text_lacks=["arbetsutskottet", "6,4"])]},
            {"number": "§ 102", "title": FORSKOLA, "dnr": ["KS 2026/118"], "decisions": [
                ks(102, clauses=F.clauses(*FORSKOLA_AU) + F.clauses(FORSKOLA_ANDR, numbered=False),
                   assignments=[F.assignment("Samhällsbyggnadsförvaltningen", "upphandla")],
                   text_lacks=["återremittera"])]},
            {"number": "§ 103", "title": INVEST, "dnr": ["KS 2026/160"], "decisions": [
                ks(103, clauses=F.clauses(*INVEST_T, numbered=False),
                   amounts=[F.amount(350_000), F.amount(1_250_000), F.amount(85_000),
                            F.amount(24)])]},
            {"number": "§ 104", "title": FOND, "dnr": ["KS 2026/171"], "decisions": [
                ks(104, amounts=[F.amount(1_200_000), F.amount(420_000), F.amount(780_000)],
                   text_has=["Läxhjälp i Västra Granhult", "Fältassistenter kvällstid"],
                   text_lacks=["3,5 mnkr"])]},
            {"number": "§ 105", "title": MOTION, "dnr": ["KS 2025/412"], "decisions": [
                ks(105, clauses=F.clauses(MOTION_T, numbered=False))]},
            {"number": "§ 106", "title": LOKAL, "dnr": ["KS 2026/170"], "decisions": [
                ks(106, clauses=F.clauses(*LOKAL_T),
                   assignments=[F.assignment("Kommundirektören", "arbetsgrupp"),
                                F.assignment("Förvaltningen", "lokalkostnaderna"),
                                F.assignment("fastighetschefen", "samordna"),
                                F.assignment("Kommundirektören", "korttidsinhyrning"),
                                F.assignment("Samhällsbyggnadsförvaltningen", "samlokalisera")])]},
            {"number": "§ 107", "title": PLAN, "dnr": ["KS 2026/90"], "decisions": [
                ks(107, clauses=F.clauses(*PLAN_T),
                   assignments=[F.assignment("Samhällsbyggnadsnämnden",
                                             "lantmäteriförrättningen")],
                   text_lacks=["Lantmäteriet", "skickas", "GRANHULTS", "Utdragsbestyrkande"])]},
        ],
    }


# ---------------------------------------------------------------- EB: omsorgsnämnden

DELAR = "Delårsrapport per augusti 2026"
RIKTL = "Riktlinjer för biståndshandläggning"
AVG = "Avgifter inom hemtjänsten 2027"
KOST = "Måltidsutredning för särskilda boenden"

DELAR_T = "Nämnden beslöt att godkänna delårsrapporten per augusti 2026."
RIKTL_T = ("Omsorgsnämnden beslöt att anta riktlinjer för biståndshandläggning inom "
           "äldreomsorgen enligt bilaga 3, att gälla från och med den 1 november 2026.")
AVG_AU = ["att avgiften för trygghetslarm höjs till 310 kronor per månad,",
          "att maxtaxan tillämpas enligt socialtjänstlagen, samt",
          "att förvaltningen får i uppdrag att informera brukarna om de nya avgifterna."]
AVG_T = "Omsorgsnämnden beslöt enligt utskottets förslag."
KOST_T = ["Beslöts att uppdra åt förvaltningschefen att utreda hur måltiderna på de särskilda "
          "boendena kan tillagas på plats.",
          "Utredningen ska redovisas för nämnden senast i mars 2027."]


def _on_header(s: Sheet) -> None:
    s.use("", 9, "palatino")
    s.set_xy(s.l_margin, 36)
    s.cell(0, 11, "Granhults kommun  ·  Omsorgsnämnden  ·  Protokoll 2026-09-15")
    s.set_xy(s.l_margin, 36)
    s.cell(s.epw, 11, f"{s.page_no()}", align="R")
    s.set_line_width(0.3)
    s.line(s.l_margin, 50, s.w - s.r_margin, 50)


def _on_head(s: Sheet, n: int, title: str, dnr: str) -> None:
    s.need(90)
    s.gap(12)
    y = s.get_y()
    s.use("B", 11, "palatino")
    s.cell(40, 15, f"§ {n}")
    s.multi_cell(s.epw - 160, 15, title, new_x="LMARGIN", new_y="NEXT")
    end = s.get_y()
    s.right(f"Dnr {dnr}", y=y, size=9)
    s.set_xy(s.l_margin, end)
    s.gap(6)


def _on_cover(s: Sheet) -> None:
    s.use("B", 15, "palatino")
    s.cell(0, 22, "Omsorgsnämnden", new_x="LMARGIN", new_y="NEXT")
    s.text("Protokoll från sammanträde tisdagen den 15 september 2026 kl. 09.00–11.30 i "
           "Omsorgshuset, Granhult.")
    s.text("Närvarande ledamöter: Britt Olofsson (S), ordförande, Jan Strand (M), Eva Kock (S), "
           "Göran Rask (C) och Sara Lilja (SD).")
    s.text("Sekreterare: Lisa Berg. Justerare: Jan Strand (M).")


def _on_minutes(s: Sheet) -> None:
    _on_head(s, 40, DELAR, "ON 2026/77")
    s.text("Förvaltningen har upprättat en delårsrapport per augusti 2026. Nämnden redovisar ett "
           "överskott om 1,8 mnkr. Ärendet har tidigare behandlats av arbetsutskottet den 1 "
           "september 2026, § 31, som föreslog att nämnden skulle godkänna rapporten.")
    s.text(DELAR_T)

    _on_head(s, 41, RIKTL, "ON 2026/35")
    s.text("Nämnden beslutade 2026-05-12, § 22, att återremittera ärendet till förvaltningen för "
           "komplettering med en konsekvensanalys. Konsekvensanalysen har nu gjorts och "
           "riktlinjerna har reviderats.")
    s.text(RIKTL_T)

    _on_head(s, 42, AVG, "ON 2026/80")
    s.text("Avgifterna inom hemtjänsten har setts över inför 2027. Arbetsutskottet behandlade "
           "ärendet den 1 september 2026.")
    s.text("Utskottet föreslår nämnden besluta", after=2)
    for t in AVG_AU:
        s.hanging("", t, 0, after=2)
    s.gap(4)
    s.text(AVG_T)

    _on_head(s, 43, KOST, "ON 2026/91")
    s.text("Kostenheten har påtalat att köken på två av boendena behöver rustas upp. Frågan "
           "väcktes av Göran Rask (C) vid nämndens sammanträde i juni.")
    for t in KOST_T:
        s.text(t)
    s.text("Expedieras:", after=1)
    s.text("Förvaltningschefen", after=0.5)
    s.text("Kostenheten")


def build_on(out: Path) -> Path:
    s = document(ON_STYLE, _on_header, None, _on_cover, _on_minutes)
    path = out / "granhult-on-2026-09-15-protokoll.pdf"
    s.output(str(path))
    return path


def on_facts() -> dict:
    def on(n: int, **kw) -> dict:
        return F.decision("beslut", ON, ON_DATE, n, **F.empty(**kw))

    return {
        "file": "granhult-on-2026-09-15-protokoll.pdf",
        "_note": "The meeting's decisions in the past tense under no label are its own ('Nämnden "
                 "beslöt att …', 'Beslöts att …'); one told with its date and § ('Nämnden "
                 "beslutade 2026-05-12, § 22, att återremittera …') is history, no decision, and "
                 "sends nothing back now. 'Utskottet föreslår nämnden besluta' over att-satser is "
                 "the utskott's proposal printed in the nämnd's minutes: adopted by 'Omsorgsnämnden "
                 "beslöt enligt utskottets förslag.', its points are the decision's. The rule after "
                 "§ 43's decision ('Utredningen ska redovisas …') is the decision's; the recipients "
                 "are not.",
        "meeting": {"municipality": MUNI, "body": ON, "date": ON_DATE},
        "problems": [],
        "items": [
            {"number": "§ 40", "title": DELAR, "dnr": ["ON 2026/77"], "decisions": [
                on(40, clauses=F.clauses(DELAR_T, numbered=False), text_lacks=["1,8"])]},
            {"number": "§ 41", "title": RIKTL, "dnr": ["ON 2026/35"], "decisions": [
                on(41, clauses=F.clauses(RIKTL_T, numbered=False))]},
            {"number": "§ 42", "title": AVG, "dnr": ["ON 2026/80"], "decisions": [
                on(42, clauses=F.clauses(*AVG_AU, numbered=False),
                   amounts=[F.amount(310)],
                   assignments=[F.assignment("förvaltningen", "informera")])]},
            {"number": "§ 43", "title": KOST, "dnr": ["ON 2026/91"], "decisions": [
                on(43, clauses=F.clauses(*KOST_T, numbered=False),
                   assignments=[F.assignment("förvaltningschefen", "måltiderna")],
                   text_lacks=["Expedieras", "Kostenheten har"])]},
        ],
    }


# ---------------------------------------------------------------- EB: omsorgsnämndens arbetsutskott

AU = "Omsorgsnämndens arbetsutskott"
AU_DATE = "2026-09-01"
AU_JUST = "Val av justerare"
HEMTJ = "Avgifter inom hemtjänsten 2027"
BOSTAD = "Särskilt boende i Norrbyn"
FRIVILL = "Bidrag till frivilligorganisationer 2027"
SENIOR = "Seniorprogram för Granhults kommun"
ROTA = "Rekrytering av sjuksköterskor"

AU_JUST_T = "Arbetsutskottet utser Göran Rask (C) att justera protokollet."
HEMTJ_T = ["att avgiften för trygghetslarm höjs till 310 kronor per månad,",
           "att maxtaxan tillämpas enligt socialtjänstlagen, samt",
           "att förvaltningen får i uppdrag att informera brukarna om de nya avgifterna."]
BOSTAD_T = ["Platserna på Norrbyns särskilda boende utökas med tolv platser från den 1 mars 2027.",
            "Merkostnaden om 4,2 mnkr per år hanteras inom nämndens ram."]
FRIVILL_T = ("Arbetsutskottet föreslår att nämnden beslutar att fördela 640 000 kronor till "
             "frivilligorganisationerna enligt förvaltningens förslag.")
SENIOR_T = ["att godkänna seniorprogrammet för sin del, och",
            "att föreslå kommunfullmäktige att anta seniorprogrammet för Granhults kommun."]
ROTA_T = ("Arbetsutskottet ger förvaltningschefen i uppdrag att till nämndens sammanträde i "
          "november redovisa läget i rekryteringen av sjuksköterskor.")


def _au_minutes(s: Sheet) -> None:
    _on_head(s, 30, AU_JUST, "ON 2026/2")
    s.text(AU_JUST_T)

    _on_head(s, 31, HEMTJ, "ON 2026/80")
    s.text("Förvaltningen har sett över avgifterna inom hemtjänsten inför 2027. Avgiften för "
           "trygghetslarm har inte höjts sedan 2022.")
    s.text("Utskottet föreslår nämnden besluta", after=2)
    for t in HEMTJ_T:
        s.hanging("", t, 0, after=2)
    s.gap(4)

    _on_head(s, 32, BOSTAD, "ON 2026/88")
    s.text("Kön till särskilt boende har vuxit till 23 personer. Förvaltningen föreslår att "
           "Norrbyns boende byggs ut.")
    s.text("Arbetsutskottets förslag till omsorgsnämnden", style="B", after=2)
    for k, t in enumerate(BOSTAD_T, 1):
        s.hanging(f"{k}.", t, 18, after=2)
    s.gap(4)

    _on_head(s, 33, FRIVILL, "ON 2026/95")
    s.text("Sju föreningar har ansökt om bidrag för 2027.")
    s.text(FRIVILL_T)

    _on_head(s, 34, SENIOR, "ON 2026/60")
    s.text("Ett seniorprogram har tagits fram i samråd med pensionärsrådet. Programmet ska "
           "antas av kommunfullmäktige.")
    s.text("Förslag till nämndens beslut", style="B", after=2)
    for t in SENIOR_T:
        s.hanging("", t, 0, after=2)
    s.gap(4)

    _on_head(s, 35, ROTA, "ON 2026/97")
    s.text("Ordföranden informerar om svårigheterna att rekrytera sjuksköterskor till "
           "sommaren.")
    s.text(ROTA_T)


def build_au(out: Path) -> Path:
    def cover(s: Sheet) -> None:
        s.use("B", 15, "palatino")
        s.cell(0, 22, "Omsorgsnämndens arbetsutskott", new_x="LMARGIN", new_y="NEXT")
        s.text("Protokoll från sammanträde tisdagen den 1 september 2026 kl. 13.00–14.40 i "
               "Omsorgshuset, Granhult.")
        s.text("Närvarande: Britt Olofsson (S), ordförande, Jan Strand (M) och Göran Rask (C).")
        s.text("Sekreterare: Lisa Berg.")

    def header(s: Sheet) -> None:
        s.use("", 9, "palatino")
        s.set_xy(s.l_margin, 36)
        s.cell(0, 11, "Granhults kommun  ·  Omsorgsnämndens arbetsutskott  ·  Protokoll "
                      "2026-09-01")
        s.set_xy(s.l_margin, 36)
        s.cell(s.epw, 11, f"{s.page_no()}", align="R")
        s.set_line_width(0.3)
        s.line(s.l_margin, 50, s.w - s.r_margin, 50)

    s = document(ON_STYLE, header, None, cover, _au_minutes)
    path = out / "granhult-onau-2026-09-01-protokoll.pdf"
    s.output(str(path))
    return path


def au_facts() -> dict:
    def au(n: int, **kw) -> dict:
        return F.decision("beslut", AU, AU_DATE, n, **F.empty(**kw))

    def unassigned(d: dict) -> dict:
        return F.unstated(d, "assignments", why="an uppdrag inside a proposal is given only "
                                                 "once the nämnd adopts it")

    return {
        "file": "granhult-onau-2026-09-01-protokoll.pdf",
        "_note": "The utskott decides for itself or proposes to its nämnd, worded 'Utskottet "
                 "föreslår nämnden besluta' (a bare 'nämnden' is the utskott's own nämnd), "
                 "'Arbetsutskottets förslag till omsorgsnämnden', 'föreslår att nämnden beslutar "
                 "att' in one sentence, and 'Förslag till nämndens beslut' (owner-less, the nämnd "
                 "in the genitive); each is the utskott's decision with proposed_to the nämnd. "
                 "§ 34 proposes that the nämnd decides for its part and proposes on to "
                 "fullmäktige: it goes to the nämnd first. The sums in a proposal are its own.",
        "meeting": {"municipality": MUNI, "body": AU, "date": AU_DATE},
        "problems": [],
        "items": [
            {"number": "§ 30", "title": AU_JUST, "dnr": ["ON 2026/2"], "decisions": [
                au(30, clauses=F.clauses(AU_JUST_T, numbered=False))]},
            {"number": "§ 31", "title": HEMTJ, "dnr": ["ON 2026/80"], "decisions": [
                unassigned(au(31, proposed_to=ON, clauses=F.clauses(*HEMTJ_T, numbered=False),
                              amounts=[F.amount(310)], text_lacks=["2022"]))]},
            {"number": "§ 32", "title": BOSTAD, "dnr": ["ON 2026/88"], "decisions": [
                au(32, proposed_to=ON, clauses=F.clauses(*BOSTAD_T),
                   amounts=[F.amount(4_200_000)])]},
            {"number": "§ 33", "title": FRIVILL, "dnr": ["ON 2026/95"], "decisions": [
                au(33, proposed_to=ON, clauses=F.clauses(FRIVILL_T, numbered=False),
                   amounts=[F.amount(640_000)])]},
            {"number": "§ 34", "title": SENIOR, "dnr": ["ON 2026/60"], "decisions": [
                au(34, proposed_to=ON, clauses=F.clauses(*SENIOR_T, numbered=False))]},
            {"number": "§ 35", "title": ROTA, "dnr": ["ON 2026/97"], "decisions": [
                au(35, clauses=F.clauses(ROTA_T, numbered=False),
                   assignments=[F.assignment("förvaltningschefen", "sjuksköterskor")])]},
        ],
    }


# ---------------------------------------------------------------- EA: kommunfullmäktige

KF_DATE = "2026-09-28"
AGAR = "Ägardirektiv för Granhults Energi AB"
RADD = "Investering i ny räddningsstation"
ARVODE = "Reviderade arvodesregler"
ATERRAPP = "Återrapportering av uppdrag om lokalförsörjningen"

KF_MOTION_T = "Motionen avslås."
AGAR_KS = ["Ägardirektivet för Granhults Energi AB fastställs enligt bilaga 2.",
           "Bolaget får ta upp nya lån om högst 45 MSEK.",
           "Det uppdras åt kommunstyrelsen att vid bolagsstämman rösta för ägardirektivet."]
AGAR_ADD = ("Fullmäktige beslutar i enlighet med kommunstyrelsens förslag med det tillägget att "
            "bolaget ska redovisa sin låneskuld till kommunstyrelsen varje kvartal.")
RADD_T = ["att anvisa 18,5 Mkr till en ny räddningsstation i Västra Granhult,",
          "att driftkostnaden om 950 kkr per år ska rymmas inom räddningsnämndens ram,",
          "att ett engångsbelopp på 75 000 kr avsätts för invigningen, samt",
          "att uppdrag ges till kommundirektören att ta fram en tidplan för bygget."]
ARVODE_KS = "Kommunfullmäktige beslutar att anta reviderade arvodesregler enligt bilaga 4."
ATERRAPP_T = ["Återrapporteringen godkänns.",
              "Kommunstyrelsen åläggs att redovisa lokalförsörjningsplanen i samband med "
              "budgeten.",
              "Samtliga nämnder anmodas att lämna sina lokalbehov till kommunstyrelsen senast den "
              "1 februari 2027.",
              "Kommunfullmäktige lämnar uppdrag till barn- och utbildningsnämnden att utreda en "
              "ny skolstruktur."]
PLAN_KF = ("Fullmäktige beslutar att återremittera ärendet till kommunstyrelsen för att utreda "
           "en annan placering av förskolan.")


_kf_header = _header_of(KF, KF_DATE)


_kf_cover = _cover_of(KF, [
            ("Plats och tid", "Granhults kommunhus, fullmäktigesalen, måndagen den 28 "
                              "september 2026 kl. 18.00–21.10"),
            ("Beslutande", "Se närvarolista, bilaga 1"),
            ("Justerare", "Siv Ahl (KD), Ove Hedin (S)"),
            ("Paragrafer", "§§ 80–85")])


def _kf_minutes(s: Sheet) -> None:
    _ks_head(s, 80, MOTION, "KS 2025/412")
    _lab(s, "ÄRENDEBESKRIVNING")
    s.text("Hamid Rahimi (V) har i en motion föreslagit att kollektivtrafiken ska vara avgiftsfri "
           "för pensionärer. Kommunstyrelsen beslutade 2026-09-08, § 105, att överlämna ärendet "
           "till fullmäktige utan eget ställningstagande.")
    _lab(s, "KOMMUNFULLMÄKTIGES BESLUT")
    s.text(KF_MOTION_T)

    _ks_head(s, 81, AGAR, "KS 2026/180")
    _lab(s, "ÄRENDEBESKRIVNING")
    s.text("Granhults Energi AB behöver ett nytt ägardirektiv inför utbyggnaden av fjärrvärmen. "
           "Bolagets låneskuld uppgår i dag till 112 MSEK.")
    _lab(s, "KOMMUNSTYRELSENS FÖRSLAG")
    _numbered(s, AGAR_KS)
    _lab(s, "BESLUT I ÄRENDET")
    s.text(AGAR_ADD)

    _ks_head(s, 82, RADD, "KS 2026/190")
    _lab(s, "ÄRENDEBESKRIVNING")
    s.text("Räddningsstationen i Västra Granhult är utdömd. Kommunstyrelsen har föreslagit att "
           "en ny station byggs.")
    _lab(s, "KOMMUNFULLMÄKTIGES BESLUT")
    for t in RADD_T:
        s.hanging("", t, 0, after=2)
    s.gap(4)

    _ks_head(s, 83, ARVODE, "KS 2026/150")
    _lab(s, "KOMMUNSTYRELSENS FÖRSLAG TILL KOMMUNFULLMÄKTIGE")
    s.text(ARVODE_KS)
    _lab(s, "KOMMUNFULLMÄKTIGES BESLUT")
    s.text("Kommunfullmäktige bifaller kommunstyrelsens förslag.")

    _ks_head(s, 84, ATERRAPP, "KS 2026/170")
    _lab(s, "ÄRENDEBESKRIVNING")
    s.text("Kommunstyrelsen har redovisat uppdraget om en samlad översyn av lokalförsörjningen.")
    _lab(s, "KOMMUNFULLMÄKTIGES BESLUT")
    _numbered(s, ATERRAPP_T)

    _ks_head(s, 85, PLAN, "KS 2026/90")
    _lab(s, "ÄRENDEBESKRIVNING")
    s.text("Kommunstyrelsen beslutade 2026-09-08, § 107, att anta detaljplanen för Kvarnbacken "
           "under förutsättning att fullmäktige antar den fördjupade översiktsplanen. "
           "Kommunstyrelsen föreslog samtidigt att fullmäktige skulle godkänna exploateringsavtalet.")
    _lab(s, "BESLUT I ÄRENDET")
    s.text(PLAN_KF)


def build_kf(out: Path) -> Path:
    s = document(KS_STYLE, _kf_header, _ks_footer, _kf_cover, _kf_minutes)
    path = out / "granhult-kf-2026-09-28-protokoll.pdf"
    s.output(str(path))
    return path


def kf_facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, KF_DATE, n, **F.empty(**kw))

    return {
        "file": "granhult-kf-2026-09-28-protokoll.pdf",
        "_note": "Labels in capitals. Kommunstyrelsen's earlier decisions told in prose "
                 "(2026-09-08 §§ 105, 107) are no decisions here. 'BESLUT I ÄRENDET' is "
                 "fullmäktige's decision; § 81 adopts the styrelse's points with an addition "
                 "('med det tillägget att'): the points and the sentence. § 85 sends the case "
                 "back. 'Det uppdras åt X att', 'uppdrag ges till X att', 'X åläggs att', 'X "
                 "anmodas att', 'lämnar uppdrag till X att', 'bolaget ska redovisa' give uppdrag. "
                 "'MSEK', 'Mkr', 'kkr' are sums; the bolag's debt in the description is not the "
                 "decision's.",
        "meeting": {"municipality": MUNI, "body": KF, "date": KF_DATE},
        "problems": [],
        "items": [
            {"number": "§ 80", "title": MOTION, "dnr": ["KS 2025/412"], "decisions": [
                kf(80, clauses=F.clauses(KF_MOTION_T, numbered=False))]},
            {"number": "§ 81", "title": AGAR, "dnr": ["KS 2026/180"], "decisions": [
                kf(81, clauses=F.clauses(*AGAR_KS) + F.clauses(AGAR_ADD, numbered=False),
                   amounts=[F.amount(45_000_000)],
                   assignments=[F.assignment("kommunstyrelsen", "bolagsstämman"),
                                F.assignment("bolaget", "låneskuld")])]},
            {"number": "§ 82", "title": RADD, "dnr": ["KS 2026/190"], "decisions": [
                kf(82, clauses=F.clauses(*RADD_T, numbered=False),
                   amounts=[F.amount(18_500_000), F.amount(950_000), F.amount(75_000)],
                   assignments=[F.assignment("kommundirektören", "tidplan")])]},
            {"number": "§ 83", "title": ARVODE, "dnr": ["KS 2026/150"], "decisions": [
                kf(83, clauses=F.clauses(ARVODE_KS, numbered=False))]},
            {"number": "§ 84", "title": ATERRAPP, "dnr": ["KS 2026/170"], "decisions": [
                kf(84, clauses=F.clauses(*ATERRAPP_T),
                   assignments=[F.assignment("Kommunstyrelsen", "lokalförsörjningsplanen"),
                                F.assignment("Samtliga nämnder", "lokalbehov"),
                                F.assignment("barn- och utbildningsnämnden", "skolstruktur")])]},
            {"number": "§ 85", "title": PLAN, "dnr": ["KS 2026/90"], "decisions": [
                kf(85, refers_back=True, clauses=F.clauses(PLAN_KF, numbered=False))]},
        ],
    }


# ---------------------------------------------------------------- EA: kommunstyrelsen in October

KS2_DATE = "2026-10-13"
KSAU = "Kommunstyrelsens arbetsutskott"
BUN = "Barn- och utbildningsnämnden"
TAXA = "Taxa för bygglov 2027"
LADD = "Motion om fler laddplatser"
BUDGET = "Budget 2027 för kommunstyrelsen"
EXPL = "Exploateringsavtal för Kvarnbacken"
REDOV = "Redovisning av internkontrollen 2026"
SKOLSKJ = "Riktlinjer för skolskjuts"

TAXA_T = ("Kommunstyrelsen hemställer att kommunfullmäktige beslutar att anta taxan för bygglov "
          "enligt bilaga 1.")
LADD_T = ("Kommunstyrelsen överlämnar ärendet till kommunfullmäktige med förslag att motionen "
          "ska anses besvarad.")
BUDGET_T = ["Kommunstyrelsens driftbudget för 2027 fastställs till 312,4 mnkr.",
            "Investeringsramen för 2027 fastställs till 48 mnkr."]
EXPL_AU = "Exploateringsavtalet med Kvarnbacken Fastigheter AB godkänns."
REDOV_AU = "Ärendet bordläggs till kommunstyrelsens sammanträde."
REDOV_T = "Kommunstyrelsen godkänner redovisningen av internkontrollen 2026."
SKOLSKJ_BUN = ["Riktlinjerna för skolskjuts antas enligt bilaga 3.",
               "Riktlinjerna gäller från och med läsåret 2027/2028."]


_ks2_header = _header_of(KS, KS2_DATE)


_ks2_cover = _cover_of(KS, [
            ("Plats och tid", "Granhults kommunhus, sammanträdesrum Tallen, tisdagen den 13 "
                              "oktober 2026 kl. 13.00–15.45"),
            ("Justerare", "Emma Lindgren (L)"),
            ("Paragrafer", "§§ 120–125")])


def _ks2_minutes(s: Sheet) -> None:
    _ks_head(s, 120, TAXA, "KS 2026/200")
    _lab(s, "Ärendebeskrivning")
    s.text("Samhällsbyggnadsnämnden har tagit fram en ny taxa för bygglov.")
    _lab(s, "Beslut")
    s.text(TAXA_T)

    _ks_head(s, 121, LADD, "KS 2026/98")
    _lab(s, "Ärendebeskrivning")
    s.text("Emma Lindgren (L) har i en motion föreslagit fler laddplatser vid kommunens "
           "anläggningar. Förvaltningen bedömer att motionens syfte redan uppfylls.")
    _lab(s, "Beslut")
    s.text(LADD_T)

    _ks_head(s, 122, BUDGET, "KS 2026/210")
    _lab(s, "Ärendebeskrivning")
    s.text("Kommunledningskontoret har tagit fram ett förslag till budget för 2027.")
    _lab(s, "Beslut")
    s.text("Kommunstyrelsens förslag till kommunfullmäktige:", after=2)
    _numbered(s, BUDGET_T)

    _ks_head(s, 123, EXPL, "KS 2026/90")
    _lab(s, "Ärendebeskrivning")
    s.text("Fullmäktige återremitterade detaljplanen 2026-09-28. Exploateringsavtalet kan ändå "
           "godkännas.")
    _lab(s, "Kommunstyrelsens arbetsutskotts förslag (2026-09-29 § 95)")
    s.text(EXPL_AU)
    _lab(s, "Beslut")
    s.text("Enligt arbetsutskottets förslag.")

    _ks_head(s, 124, REDOV, "KS 2026/212")
    _lab(s, "Kommunstyrelsens arbetsutskotts beslut 2026-09-29")
    s.text(REDOV_AU)
    _lab(s, "Kommunstyrelsens beslut")
    s.text(REDOV_T)

    _ks_head(s, 125, SKOLSKJ, "KS 2026/205")
    _lab(s, "Barn- och utbildningsnämndens förslag, 2026-09-22 § 70")
    for k, t in enumerate(SKOLSKJ_BUN, 1):
        s.hanging(f"{k}.", t, 18, after=2)
    s.gap(4)
    _lab(s, "Beslut")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige besluta enligt barn- och "
           "utbildningsnämndens förslag.")


def build_ks2(out: Path) -> Path:
    s = document(KS_STYLE, _ks2_header, _ks_footer, _ks2_cover, _ks2_minutes)
    path = out / "granhult-ks-2026-10-13-protokoll.pdf"
    s.output(str(path))
    return path


def ks2_facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, KS2_DATE, n, **F.empty(**kw))

    def earlier(body: str, date: str, n: int | None, **kw) -> dict:
        return F.decision("beslut", body, date, n, **F.empty(**kw))

    return {
        "file": "granhult-ks-2026-10-13-protokoll.pdf",
        "_note": "'hemställer att kommunfullmäktige beslutar', 'överlämnar ärendet till "
                 "kommunfullmäktige med förslag att' and 'Kommunstyrelsens förslag till "
                 "kommunfullmäktige:' under 'Beslut' are decisions to propose to fullmäktige. A "
                 "label naming its meeting ('… förslag (2026-09-29 § 95)', '… beslut 2026-09-29' "
                 "without §, '… förslag, 2026-09-22 § 70') opens that meeting's decision, a "
                 "proposal to kommunstyrelsen; the meeting's adoption takes its points (in § 125 "
                 "to propose them on to fullmäktige).",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS2_DATE},
        "problems": [],
        "items": [
            {"number": "§ 120", "title": TAXA, "dnr": ["KS 2026/200"], "decisions": [
                ks(120, proposed_to=KF, clauses=F.clauses(TAXA_T, numbered=False))]},
            {"number": "§ 121", "title": LADD, "dnr": ["KS 2026/98"], "decisions": [
                ks(121, proposed_to=KF, clauses=F.clauses(LADD_T, numbered=False))]},
            {"number": "§ 122", "title": BUDGET, "dnr": ["KS 2026/210"], "decisions": [
                ks(122, proposed_to=KF, clauses=F.clauses(*BUDGET_T),
                   amounts=[F.amount(312_400_000), F.amount(48_000_000)])]},
            {"number": "§ 123", "title": EXPL, "dnr": ["KS 2026/90"], "decisions": [
                earlier(KSAU, "2026-09-29", 95, proposed_to=KS,
                        clauses=F.clauses(EXPL_AU, numbered=False)),
                ks(123, clauses=F.clauses(EXPL_AU, numbered=False))]},
            {"number": "§ 124", "title": REDOV, "dnr": ["KS 2026/212"], "decisions": [
                earlier(KSAU, "2026-09-29", None, clauses=F.clauses(REDOV_AU, numbered=False)),
                ks(124, clauses=F.clauses(REDOV_T, numbered=False))]},
            {"number": "§ 125", "title": SKOLSKJ, "dnr": ["KS 2026/205"], "decisions": [
                earlier(BUN, "2026-09-22", 70, proposed_to=KS, clauses=F.clauses(*SKOLSKJ_BUN)),
                ks(125, proposed_to=KF, clauses=F.clauses(*SKOLSKJ_BUN))]},
        ],
    }


# ---------------------------------------------------------------- EB: socialnämnden

SN = "Socialnämnden"
SN_DATE = "2026-10-06"
INFO = "Information om ekonomiskt bistånd"
REGPLAN = "Remiss om regional utvecklingsplan"
TRAFIK = "Remiss om trafikstrategi"
TRAFF = "Träfflokal för seniorer"
MOT_SN = "Motion om sociala insatsgrupper"
FORENING = "Bidrag till Granhults brottsofferjour"

INFO_T = "Nämnden tar del av informationen."
REGPLAN_T = ("Efter överläggning beslutar nämnden att ställa sig bakom förvaltningens yttrande "
             "och översända det till kommunstyrelsen.")
TRAFIK_T = "Nämnden avstår från att yttra sig över remissen."
TRAFF_T = ("Efter diskussion beslöt nämnden att hyra lokalen på Storgatan 4 för en årshyra om "
           "240 tkr.")
MOT_SN_T = ("Socialnämnden ställer sig bakom förvaltningens yttrande och föreslår "
            "kommunfullmäktige att avslå motionen.")
FORENING_T = ("Efter överläggning beslutade nämnden att bevilja brottsofferjouren ett bidrag om "
              "45 000 kronor för 2027.")


def _sn_minutes(s: Sheet) -> None:
    _on_head(s, 60, INFO, "SN 2026/3")
    s.text("Enhetschefen Maria Lund informerade om utvecklingen av det ekonomiska biståndet "
           "under året. Kostnaderna har ökat med 1,4 mnkr jämfört med samma period 2025.")
    s.text(INFO_T)

    _on_head(s, 61, REGPLAN, "SN 2026/140")
    s.text("Region Granland har remitterat ett förslag till regional utvecklingsplan. "
           "Förvaltningen har skrivit ett förslag till yttrande.")
    s.text(REGPLAN_T)

    _on_head(s, 62, TRAFIK, "SN 2026/141")
    s.text("Trafikverket har remitterat en trafikstrategi som inte berör nämndens "
           "verksamhetsområde.")
    s.text(TRAFIK_T)

    _on_head(s, 63, TRAFF, "SN 2026/150")
    s.text("Seniorernas träfflokal på Kyrkvägen har sagts upp. En lokal på Storgatan 4 finns "
           "att hyra.")
    s.text(TRAFF_T)

    _on_head(s, 64, MOT_SN, "SN 2026/99")
    s.text("Rasmus Oja (C) har i en motion föreslagit att kommunen inrättar sociala "
           "insatsgrupper. Kommunfullmäktige har remitterat motionen till nämnden.")
    s.text(MOT_SN_T)

    _on_head(s, 65, FORENING, "SN 2026/120")
    s.text("Ärendet har tidigare behandlats av nämnden den 8 september 2026, § 55, som då "
           "beslutade att bordlägga ärendet. Brottsofferjouren har nu kompletterat sin ansökan.")
    s.text(FORENING_T)


def build_sn(out: Path) -> Path:
    def cover(s: Sheet) -> None:
        s.use("B", 15, "palatino")
        s.cell(0, 22, SN, new_x="LMARGIN", new_y="NEXT")
        s.text("Protokoll från sammanträde tisdagen den 6 oktober 2026 kl. 09.00–12.00 i "
               "Socialkontoret, Granhult.")
        s.text("Närvarande ledamöter: Eva Kock (S), ordförande, Jan Strand (M), Göran Rask (C), "
               "Sara Lilja (SD) och Per Alm (S).")
        s.text("Sekreterare: Lisa Berg. Justerare: Sara Lilja (SD).")

    def header(s: Sheet) -> None:
        s.use("", 9, "palatino")
        s.set_xy(s.l_margin, 36)
        s.cell(0, 11, "Granhults kommun  ·  Socialnämnden  ·  Protokoll 2026-10-06")
        s.set_xy(s.l_margin, 36)
        s.cell(s.epw, 11, f"{s.page_no()}", align="R")
        s.set_line_width(0.3)
        s.line(s.l_margin, 50, s.w - s.r_margin, 50)

    s = document(ON_STYLE, header, None, cover, _sn_minutes)
    path = out / "granhult-sn-2026-10-06-protokoll.pdf"
    s.output(str(path))
    return path


def sn_facts() -> dict:
    def sn(n: int, text: str, **kw) -> dict:
        return F.decision("beslut", SN, SN_DATE, n,
                          **F.empty(clauses=F.clauses(text, numbered=False), **kw))

    return {
        "file": "granhult-sn-2026-10-06-protokoll.pdf",
        "_note": "Each § prints its decision under no label as a sentence of its own, some with "
                 "the verb before the subject after an adverbial ('Efter överläggning beslutar "
                 "nämnden att …', 'Efter diskussion beslöt nämnden att …'), some with verbs that "
                 "only take note or decline ('tar del av', 'avstår från att yttra sig', 'ställer "
                 "sig bakom'). § 64 supports a reply and proposes to fullmäktige. § 65's history "
                 "('nämnden den 8 september 2026, § 55, som då beslutade att bordlägga') is no "
                 "decision. Sums in a description are none.",
        "meeting": {"municipality": MUNI, "body": SN, "date": SN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 60", "title": INFO, "dnr": ["SN 2026/3"], "decisions": [
                sn(60, INFO_T)]},
            {"number": "§ 61", "title": REGPLAN, "dnr": ["SN 2026/140"], "decisions": [
                sn(61, REGPLAN_T)]},
            {"number": "§ 62", "title": TRAFIK, "dnr": ["SN 2026/141"], "decisions": [
                sn(62, TRAFIK_T)]},
            {"number": "§ 63", "title": TRAFF, "dnr": ["SN 2026/150"], "decisions": [
                sn(63, TRAFF_T, amounts=[F.amount(240_000)])]},
            {"number": "§ 64", "title": MOT_SN, "dnr": ["SN 2026/99"], "decisions": [
                sn(64, MOT_SN_T, proposed_to=KF)]},
            {"number": "§ 65", "title": FORENING, "dnr": ["SN 2026/120"], "decisions": [
                sn(65, FORENING_T, amounts=[F.amount(45_000, year=2027)])]},
        ],
    }
