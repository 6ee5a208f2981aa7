"""Vresala kommun (invented), template BB: kommunstyrelsen 2026-11-24 in a Century-type layout
whose secretary prints some decisions under no label and others under "Beslutsförslag" and
"Beslut": "Att jämte ordföranden justera dagens protokoll utses X (KD)." (the infinitive
first); "Kommunstyrelsen tackar för redovisningen och lägger den till handlingarna."; an unlabelled
lead "Kommunstyrelsen föreslår kommunfullmäktige besluta" over att-satser, then "Kommunstyrelsen
beslutar för egen del att …"; "Kommunstyrelsen beslutar i enlighet med beslutsförslaget."; the
decision printed first, then the case, the yrkanden and a "Beslutsgång"; a fyllnadsval proposed
to fullmäktige; sums as older minutes and speeches word them ("350 000:-", "två miljoner
kronor", "en halv miljon kronor", "12,5 miljoner kr")."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .sheet import Sheet, Style, document

MUNI = "Vresala kommun"
KS = "Kommunstyrelsen"
KF = "Kommunfullmäktige"
DATE = "2026-11-24"
STYLE = Style(body="century", size=10, leading=1.38, left=74, right=66, top=104, bottom=82)

JUST = "Val av justerare"
DELEG = "Redovisning av delegationsbeslut"
TAXA = "Taxa för plan- och bygglovsverksamheten"
BIDRAG = "Bidrag till Vresala hembygdsförening"
FYLLN = "Fyllnadsval till styrelsen för Vresala Energi AB"
VATTEN = "Årsredovisning 2025 för Vresala Vatten AB"
UNGA = "Sommarjobb och föreningsbidrag 2027"

T203 = ["att anta taxa för plan- och bygglovsverksamheten enligt bilaga 1, samt",
        "att taxan gäller från och med den 1 januari 2027."]
T203_OWN = ("Kommunstyrelsen beslutar för egen del att ge samhällsbyggnadschefen i uppdrag att "
            "informera byggföretagen i kommunen om den nya taxan.")
T204 = ("Kommunstyrelsen beslutar att bevilja Vresala hembygdsförening ett bidrag om 350 000:- "
        "för 2027.")
T205 = ("Kommunstyrelsen föreslår kommunfullmäktige att till ledamot i styrelsen för Vresala "
        "Energi AB efter Anna Ström (S) välja Mats Lind (S) för tiden till och med årsstämman "
        "2027.")
T206 = "Kommunstyrelsen godkänner årsredovisningen för Vresala Vatten AB för 2025."
T207 = ["Kommunstyrelsen beslutar att avsätta två miljoner kronor till sommarjobb för ungdomar "
        "och att utöka bidraget till föreningslivet med en halv miljon kronor.",
        "Kostnaden för ombyggnaden av ungdomsgården får uppgå till högst 12,5 miljoner kr."]


def _header(s: Sheet) -> None:
    s.masthead("century", ["VRESALA KOMMUN", "Kommunstyrelsen – protokoll"],
               ["Sammanträdesdatum 2026-11-24", f"Sida {s.page_no()}"], (36, 49), right_w=199)


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur                                        Utdragsbestyrkande",
                     "century", size=8, above_edge=52)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=11.5, number_w=48, h=15, need=90, before=14, dnr_size=9,
                dnr_after=8, without_dnr=6)


def _label(s: Sheet, text: str) -> None:
    s.need(60)
    s.text(text, style="B", after=2)


def _minutes(s: Sheet) -> None:
    _head(s, 201, JUST, None)
    s.text("Att jämte ordföranden justera dagens protokoll utses Lars Ek (KD).")

    _head(s, 202, DELEG, "KS 2026/14")
    s.text("Redovisning av beslut fattade med stöd av delegation under perioden 1–31 oktober "
           "2026 enligt förteckning från kommunledningskontoret.")
    s.text("Kommunstyrelsen tackar för redovisningen och lägger den till handlingarna.")

    _head(s, 203, TAXA, "KS 2026/288")
    s.text("Taxan för plan- och bygglovsverksamheten har inte räknats upp sedan 2022. "
           "Samhällsbyggnadsförvaltningen har jämfört taxan med grannkommunernas och föreslår en "
           "ny taxa enligt bilaga 1.")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige besluta", after=3)
    for t in T203:
        s.text(t, after=3)
    s.gap(3)
    s.text(T203_OWN)

    _head(s, 204, BIDRAG, "KS 2026/301")
    s.text("Vresala hembygdsförening har ansökt om bidrag till renoveringen av "
           "hembygdsgården. Föreningen har fått bidrag från länsstyrelsen med 1,2 miljoner kronor.")
    _label(s, "Beslutsförslag")
    s.text(T204)
    _label(s, "Beslut")
    s.text("Kommunstyrelsen beslutar i enlighet med beslutsförslaget.")

    _head(s, 205, FYLLN, "KS 2026/312")
    _label(s, "Ärendet")
    s.text("Anna Ström (S) har avsagt sig sitt uppdrag som ledamot i styrelsen för Vresala Energi "
           "AB. Valberedningen har föreslagit Mats Lind (S) som ny ledamot.")
    _label(s, "Beslut")
    s.text(T205)

    _head(s, 206, VATTEN, "KS 2026/240")
    _label(s, "Beslut")
    s.text(T206)
    _label(s, "Ärendebeskrivning")
    s.text("Vresala Vatten AB har lämnat sin årsredovisning för 2025. Revisorerna tillstyrker att "
           "resultaträkningen och balansräkningen fastställs.")
    _label(s, "Yrkanden")
    s.text("Eva Holm (M) yrkar bifall till förvaltningens förslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på förvaltningens förslag och finner att "
           "kommunstyrelsen bifaller det.")

    _head(s, 207, UNGA, "KS 2026/330")
    _label(s, "Bakgrund")
    s.text("Kommunstyrelsen har tidigare avsatt 1 800 000 kronor per år till sommarjobb.")
    _label(s, "Beslut")
    for t in T207:
        s.text(t)


def build(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 15, "century")
        s.cell(0, 22, "Protokoll för kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
        s.text("Sammanträdesdatum: 2026-11-24, kl. 09.00–11.45, Stadshuset, Vresala")
        _minutes(s)

    s = document(STYLE, _header, _footer, opening)
    path = out / "vresala-ks-2026-11-24-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def ks(n: int, *texts: str, **kw) -> dict:
        return F.decision("beslut", KS, DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=False), **kw))

    return {
        "file": "vresala-ks-2026-11-24-protokoll.pdf",
        "_note": "§ 203's unlabelled lead 'Kommunstyrelsen föreslår kommunfullmäktige besluta' "
                 "makes its att-satser a decision to propose; the sentence 'beslutar för egen "
                 "del' after them is KS's own decision, whole. § 204 adopts the Beslutsförslag's "
                 "text. § 205 proposes a fyllnadsval to fullmäktige: its names are no movers. The "
                 "sums in a § 's description (1,2 miljoner, 1 800 000 kronor) are no decision's.",
        "meeting": {"municipality": MUNI, "body": KS, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 201", "title": JUST, "dnr": [], "decisions": [
                ks(201, "Att jämte ordföranden justera dagens protokoll utses Lars Ek (KD).")]},
            {"number": "§ 202", "title": DELEG, "dnr": ["KS 2026/14"], "decisions": [
                ks(202, "Kommunstyrelsen tackar för redovisningen och lägger den till "
                        "handlingarna.")]},
            {"number": "§ 203", "title": TAXA, "dnr": ["KS 2026/288"], "decisions": [
                ks(203, *T203, proposed_to=KF),
                ks(203, T203_OWN,
                   assignments=[F.assignment("samhällsbyggnadschefen", "informera")])]},
            {"number": "§ 204", "title": BIDRAG, "dnr": ["KS 2026/301"], "decisions": [
                ks(204, T204, amounts=[F.amount(350_000, year=2027)])]},
            {"number": "§ 205", "title": FYLLN, "dnr": ["KS 2026/312"], "decisions": [
                ks(205, T205, proposed_to=KF)]},
            {"number": "§ 206", "title": VATTEN, "dnr": ["KS 2026/240"], "decisions": [
                ks(206, T206, motions=[F.motion("bifall", "Eva Holm (M)")])]},
            {"number": "§ 207", "title": UNGA, "dnr": ["KS 2026/330"], "decisions": [
                ks(207, *T207, amounts=[F.amount(2_000_000), F.amount(500_000),
                                        F.amount(12_500_000)])]},
        ],
    }
