"""Hallbacka kommun (invented), template BA: barn- och utbildningsnämnden 2026-12-08 in a plain
sans whose short §§ are nothing but their decision, printed under no label: "Nämnden utser … till
justerare.", "Dagordningen godkänns.", a list of delegationsbeslut and "Nämnden lägger
redovisningen … till handlingarna.", an information § closed by "Informationen läggs till
handlingarna.", an entlediganden and fyllnadsval ("Till ny ersättare … väljs X (M) …"); a decision
under the heading "Beslutet" led by "Barn- och utbildningsnämnden beslutar följande:" (no "att")
with its points; a decision under a rule, no label, after the case's description; sums worded as
nämnder word them ("en ram om 2,4 miljoner kronor", "högst 850 000 kr inklusive moms",
"ytterligare 1,5 mkr", "med 3 Mkr", "30 000 euro exkl. moms") and uppdrag ("Förvaltningen får i
uppdrag att", "att uppdra till förvaltningschefen att", "ges uppdraget att")."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .sheet import Sheet, Style, document

MUNI = "Hallbacka kommun"
BUN = "Barn- och utbildningsnämnden"
DATE = "2026-12-08"
STYLE = Style(body="sans", size=10.5, leading=1.35, left=78, right=64, top=100, bottom=80)

JUST = "Val av justerare"
DAG = "Godkännande av dagordning"
DELEG = "Anmälan av delegationsbeslut"
INFO = "Information om lokalförsörjningen"
BUDGET = "Internbudget 2027"
VAL = "Entlediganden och fyllnadsval till skolrådet"
GARD = "Upprustning av skolgårdar"
UTRED = "Utredning av skolskjutsar"


def _header(s: Sheet) -> None:
    s.masthead("sans", ["Hallbacka kommun", BUN],
               ["SAMMANTRÄDESPROTOKOLL", f"{DATE}   Sida {s.page_no()} av {{nb}}"], (34, 46),
               sizes=(9.5, 9), right_w=200, rule=(0.4, 60))


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, need=90, before=16, dnr_size=9, dnr_after=8, without_dnr=6)


def _label(s: Sheet, text: str) -> None:
    s.need(60)
    s.text(text, style="B", after=2)


def _points(s: Sheet, points: list[str]) -> None:
    for k, p in enumerate(points, 1):
        s.hanging(f"{k}.", p, 18, after=2)
    s.gap(4)


def _minutes(s: Sheet) -> None:
    _head(s, 112, JUST, None)
    s.text("Nämnden utser Maria Lund (C) till justerare.")

    _head(s, 113, DAG, None)
    s.text("Dagordningen godkänns.")

    _head(s, 114, DELEG, "BUN 2026/12")
    s.text("Följande beslut fattade med stöd av delegation redovisas:")
    for row in ("Beslut om skolskjuts, 2026-11-02, skolskjutshandläggare",
                "Beslut om mottagande i förskoleklass, 2026-11-09, rektor",
                "Anställning av förskolechef, 2026-11-16, förvaltningschef"):
        s.text(f"–  {row}", indent=12, after=1)
    s.gap(6)
    s.text("Nämnden lägger redovisningen av delegationsbesluten till handlingarna.")

    _head(s, 115, INFO, "BUN 2026/140")
    s.text("Förvaltningschefen Jonas Berglund informerar om läget i lokalförsörjningen. "
           "Förskolan Solrosen behöver ersättas inom tre år och kostnaden uppskattas till "
           "18 miljoner kronor.")
    s.text("Informationen läggs till handlingarna.")

    _head(s, 116, BUDGET, "BUN 2026/151")
    _label(s, "Ärendet")
    s.text("Kommunfullmäktige har fastställt nämndens ram för 2027 till 412 miljoner kronor. "
           "Förvaltningen har fördelat ramen på verksamheterna och föreslår en särskild satsning "
           "på fritidshemmen.")
    _label(s, "Beslutet")
    s.text("Barn- och utbildningsnämnden beslutar följande:", after=3)
    _points(s, [
        "Internbudgeten för 2027 fastställs enligt förvaltningens förslag.",
        "Fritidshemmen tilldelas en ram om 2,4 miljoner kronor för 2027.",
        "Inköp av läromedel får göras för högst 850 000 kr inklusive moms.",
        "Förvaltningen får i uppdrag att redovisa utfallet per skolenhet vid nämndens "
        "sammanträde i juni 2027."])

    _head(s, 117, VAL, "BUN 2026/158")
    s.text("Per Holm (M) har i en skrivelse den 20 november 2026 begärt att bli entledigad från "
           "sitt uppdrag som ersättare i skolrådet för Norrskolan.")
    s.text("Nämnden entledigar Per Holm (M) från uppdraget som ersättare i skolrådet för "
           "Norrskolan.")
    s.text("Till ny ersättare i skolrådet för Norrskolan efter Per Holm väljs Karin Ek (M) för "
           "tiden till och med den 31 december 2026.")

    _head(s, 118, GARD, "BUN 2026/122")
    s.text("Skolgårdarna vid Norrskolan och Västerskolan behöver rustas upp. Förvaltningen "
           "föreslår att investeringsramen utökas och att en del av arbetet upphandlas "
           "tillsammans med grannkommunen Vikås, där den finska leverantören redan har anlitats.")
    s.rule(after=6)
    s.text("Barn- och utbildningsnämnden beslutar att utöka investeringsramen för skolgårdar "
           "med 3 Mkr för 2027, att avsätta ytterligare 1,5 mkr ur nämndens resultatfond för "
           "lekutrustning och att godkänna att ritningsarbetet köps in för 30 000 euro exkl. "
           "moms.")
    s.rule(after=6)

    _head(s, 119, UTRED, "BUN 2026/160")
    _label(s, "Beskrivning av ärendet")
    s.text("Flera vårdnadshavare har framfört att skolskjutsarna till Västerskolan är för långa. "
           "Ordföranden föreslår att frågan utreds.")
    _label(s, "Beslut")
    s.text("Nämnden beslutar")
    s.text("att uppdra till förvaltningschefen att utreda skolskjutsarnas restider och lämna "
           "förslag till åtgärder senast den 30 april 2027, samt", after=3)
    s.text("att skolskjutshandläggaren ges uppdraget att informera vårdnadshavarna om "
           "utredningen.")
    s.text("Paragrafen förklaras omedelbart justerad.")


def build(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 16)
        s.cell(0, 24, BUN, new_x="LMARGIN", new_y="NEXT")
        s.text("Plats och tid: Kommunhuset, Hallbacka, tisdagen den 8 december 2026 "
               "kl. 15.00–17.10")
        _minutes(s)

    s = document(STYLE, _header, None, opening)
    path = out / "hallbacka-bun-2026-12-08-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def bun(n: int, *texts: str, numbered: bool = False, **kw) -> dict:
        return F.decision("beslut", BUN, DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=numbered), **kw))

    return {
        "file": "hallbacka-bun-2026-12-08-protokoll.pdf",
        "_note": "Every § but 116 and 119 prints its decision under no label: the sentences the "
                 "nämnd decides are its clauses, the description before them is none. § 116's "
                 "lead 'beslutar följande:' is no clause. The sums in a § 's description (412 "
                 "miljoner, 18 miljoner) are no decision's.",
        "meeting": {"municipality": MUNI, "body": BUN, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 112", "title": JUST, "dnr": [], "decisions": [
                bun(112, "Nämnden utser Maria Lund (C) till justerare.")]},
            {"number": "§ 113", "title": DAG, "dnr": [], "decisions": [
                bun(113, "Dagordningen godkänns.")]},
            {"number": "§ 114", "title": DELEG, "dnr": ["BUN 2026/12"], "decisions": [
                bun(114, "Nämnden lägger redovisningen av delegationsbesluten till handlingarna.")]},
            {"number": "§ 115", "title": INFO, "dnr": ["BUN 2026/140"], "decisions": [
                bun(115, "Informationen läggs till handlingarna.")]},
            {"number": "§ 116", "title": BUDGET, "dnr": ["BUN 2026/151"], "decisions": [
                bun(116, "Internbudgeten för 2027 fastställs enligt förvaltningens förslag.",
                    "Fritidshemmen tilldelas en ram om 2,4 miljoner kronor för 2027.",
                    "Inköp av läromedel får göras för högst 850 000 kr inklusive moms.",
                    "Förvaltningen får i uppdrag att redovisa utfallet per skolenhet vid nämndens "
                    "sammanträde i juni 2027.", numbered=True,
                    amounts=[F.amount(2_400_000, year=2027, clause=2),
                             F.amount(850_000, clause=3)],
                    assignments=[F.assignment("Förvaltningen", "redovisa utfallet")])]},
            {"number": "§ 117", "title": VAL, "dnr": ["BUN 2026/158"], "decisions": [
                bun(117, "Nämnden entledigar Per Holm (M) från uppdraget som ersättare i "
                         "skolrådet för Norrskolan.",
                    "Till ny ersättare i skolrådet för Norrskolan efter Per Holm väljs Karin Ek "
                    "(M) för tiden till och med den 31 december 2026.")]},
            {"number": "§ 118", "title": GARD, "dnr": ["BUN 2026/122"], "decisions": [
                bun(118, "Barn- och utbildningsnämnden beslutar att utöka investeringsramen för "
                         "skolgårdar med 3 Mkr för 2027, att avsätta ytterligare 1,5 mkr ur "
                         "nämndens resultatfond för lekutrustning och att godkänna att "
                         "ritningsarbetet köps in för 30 000 euro exkl. moms.",
                    amounts=[F.amount(3_000_000, year=2027), F.amount(1_500_000),
                             F.amount(30_000, "EUR")])]},
            {"number": "§ 119", "title": UTRED, "dnr": ["BUN 2026/160"], "decisions": [
                bun(119, "att uppdra till förvaltningschefen att utreda skolskjutsarnas restider "
                         "och lämna förslag till åtgärder senast den 30 april 2027, samt",
                    "att skolskjutshandläggaren ges uppdraget att informera vårdnadshavarna om "
                    "utredningen.",
                    assignments=[F.assignment("förvaltningschefen", "utreda skolskjutsarnas"),
                                 F.assignment("skolskjutshandläggaren", "informera")])]},
        ],
    }


# ---------------------------------------------------------------- a one-§ protokollsutdrag
KF = "Kommunfullmäktige"
KF_DATE = "2026-12-14"
LOKAL = "Taxa för uthyrning av kommunens lokaler 2027"
KF88 = ["Kommunfullmäktige antar taxa för uthyrning av kommunens lokaler 2027 enligt bilaga, "
        "med en timtaxa om 450 kronor för föreningar.",
        "Taxan gäller från och med den 1 januari 2027."]


def _utdrag_header(s: Sheet) -> None:
    s.use("B", 10, "sans")
    s.set_xy(s.l_margin, 34)
    s.cell(250, 12, "HALLBACKA KOMMUN")
    s.set_xy(330, 34)
    s.cell(200, 12, "PROTOKOLLSUTDRAG", align="R")
    s.use("", 9, "sans")
    s.set_xy(s.l_margin, 47)
    s.cell(250, 11, f"{KF}")
    s.set_xy(330, 47)
    s.cell(200, 11, f"Sammanträdesdatum {KF_DATE}", align="R")


def build_utdrag(out: Path) -> Path:
    def only(s: Sheet) -> None:
        _head(s, 88, LOKAL, "KS 2026/215")
        s.text("Kommunstyrelsen har föreslagit en ny taxa för uthyrning av kommunens lokaler. "
               "Timtaxan för föreningar har varit 400 kronor sedan 2023.")
        for t in KF88:
            s.text(t)
        s.gap(30)
        s.text("Utdrag bestyrks", style="B", after=2)
        s.text("Karin Moberg, nämndsekreterare", after=2)
        s.text("Expedieras till: Kommunstyrelsen, Fastighetsenheten", size=9)

    s = document(STYLE, _utdrag_header, None, only)
    path = out / "hallbacka-kf-2026-12-14-protokollsutdrag-88.pdf"
    s.output(str(path))
    return path


def utdrag_facts() -> dict:
    return {
        "file": "hallbacka-kf-2026-12-14-protokollsutdrag-88.pdf",
        "_note": "A one-§ utdrag: the § heading, its case, the decision under no label and the "
                 "attestation ('Utdrag bestyrks', the secretary, 'Expedieras till'), which is no "
                 "part of the decision. The 400 kronor of the description is no decision's.",
        "meeting": {"municipality": MUNI, "body": KF, "date": KF_DATE},
        "problems": [],
        "items": [
            {"number": "§ 88", "title": LOKAL, "dnr": ["KS 2026/215"], "decisions": [
                F.decision("beslut", KF, KF_DATE, 88, **F.empty(
                    clauses=F.clauses(*KF88, numbered=False),
                    amounts=[F.amount(450)]))]},
        ],
    }
