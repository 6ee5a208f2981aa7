"""Sörby kommun (invented), template P: kommunstyrelsen 2026-03-17, §§ 20–28.

A condensed sans (DejaVu Sans Condensed). Running header with the municipality and the body at
the left, PROTOKOLL, the meeting date and "Sida n(N)" at the right; the footer carries
"Justerandes sign" and "Utdragsbestyrkande". A § is "§ 21" with its bold title on the same line
and "Dnr KS 2026/48" under it. The decision is a **bold run-in**: "Beslut" (or "Kommunstyrelsens
beslut") in bold at the start of the paragraph, its text on the same line, no colon. A proposal
to fullmäktige and the styrelse's own part in one block ("Kommunstyrelsen föreslår
kommunfullmäktige besluta" / "1) …" / "Kommunstyrelsen beslutar för egen del" / "a) att …"); a
proposal under its own heading ("Kommunstyrelsens förslag till kommunfullmäktige",
"Kommunstyrelsen föreslår fullmäktige att" and "–" bullets); the history told in prose
("Arbetsutskottet föreslog 2026-03-03, § 14, …", "har den 3 mars 2026 § 16 föreslagit …");
återremiss worded two ways, one of them a minoritetsåterremiss; "Ärendet bordläggs.";
"Informationen noteras …" adopted "i enlighet med förvaltningens förslag"; a delegation list
as a table without rulings whose column head says "Beslut", and "Beslut: Anmälan läggs till
handlingarna."; a decision of numbered points over a page break; "Beslutet skickas till"."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import facts as F
from .sheet import Cell, Sheet, Style, document, straddling

MUNI = "Sörby kommun"
KS = "Kommunstyrelsen"
DATE = "2026-03-17"
STYLE = Style(body="dejavucond", size=9.5, leading=1.4, left=72, right=60, top=104, bottom=86)

MEMBERS = [("Ulrika Tornberg", "S", "ordförande"), ("Helena Strömgren", "M", "1:e vice ordförande"),
           ("Roland Viberg", "S", None), ("Agneta Krook", "S", None), ("Sami Laine", "S", None),
           ("Lars Öhman", "M", None), ("Tove Grip", "M", None), ("Pia Falkenå", "SD", None),
           ("Kjell Rudbeck", "SD", None), ("Karin Wester", "C", "2:e vice ordförande"),
           ("Nadia Karimi", "V", None)]


def header_of(body: str, date: str) -> Callable[[Sheet], None]:
    """The running header: the municipality and the body at the left, PROTOKOLL, the meeting
    date and "Sida n(N)" at the right."""
    def header(s: Sheet) -> None:
        s.use("B", 11, "dejavu")
        s.set_xy(s.l_margin, 32)
        s.cell(200, 13, "SÖRBY KOMMUN")
        s.use("", 9)
        s.set_xy(s.l_margin, 46)
        s.cell(240, 11, body)
        s.right("PROTOKOLL", 32, style="B", size=10)
        s.right(f"Sammanträdesdatum {date}", 46, size=8.5)
        s.right(f"Sida {s.page_no()}({{nb}})", 58, size=8.5)
        s.set_line_width(0.4)
        s.line(s.l_margin, 74, s.w - s.r_margin, 74)

    return header


def cover_of(body: str, rows: list[tuple[str, str]]) -> Callable[[Sheet], None]:
    """The cover: PROTOKOLL, the body, and a label table."""
    def cover(s: Sheet) -> None:
        s.use("B", 15)
        s.cell(0, 20, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
        s.use("", 12)
        s.cell(0, 16, body, new_x="LMARGIN", new_y="NEXT")
        s.gap(10)
        for k, v in rows:
            s.row([Cell(0, 120, k, "B"), Cell(130, s.epw - 130, v)], after=5)

    return cover


def _footer(s: Sheet) -> None:
    s.set_line_width(0.4)
    s.line(s.l_margin, s.h - 66, s.w - s.r_margin, s.h - 66)
    s.use("", 7.5)
    s.set_xy(s.l_margin, s.h - 62)
    s.cell(140, 10, "Justerandes sign")
    s.set_xy(s.l_margin + 300, s.h - 62)
    s.cell(140, 10, "Utdragsbestyrkande")


def head(s: Sheet, number: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(14)
    y = s.get_y()
    s.use("B", 11)
    s.set_xy(s.l_margin, y)
    s.cell(52, 15, f"§ {number}")
    s.set_xy(s.l_margin + 52, y)
    s.multi_cell(s.epw - 52, 15, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Dnr {dnr}", size=8.5, indent=52, after=8)
    else:
        s.gap(6)


def sub(s: Sheet, text: str) -> None:
    s.need(3 * s.line_h())
    s.gap(2)
    s.text(text, style="B", after=1.5)


def p(s: Sheet, text: str) -> None:
    s.text(text, after=4)


def run_in(s: Sheet, label: str, text: str) -> None:
    """A paragraph that opens with its label in bold, the text on the same line (no colon)."""
    s.need(2 * s.line_h())
    s.use()
    s.multi_cell(s.epw, s.line_h(), f"**{label}** {text}", markdown=True,
                 new_x="LMARGIN", new_y="NEXT")
    s.gap(3)


def marked(s: Sheet, marks: list[str], items: list[str], w: float = 18.0) -> None:
    for mark, item in zip(marks, items):
        s.hanging(mark, item, w, after=1.5)
    s.gap(3)


def lines(s: Sheet, rows: list[str]) -> None:
    for row in rows:
        s.text(row, after=0.5)
    s.gap(3)


ARSREDOVISNING_KF = ["Årsredovisning 2025 för Sörby kommun godkänns.",
                     "Av årets resultat avsätts 12 mnkr till resultatutjämningsreserven."]
ARSREDOVISNING_KS = ["att överlämna årsredovisningen till kommunens revisorer,",
                     "att ge ekonomichefen i uppdrag att redovisa en analys av nämndernas "
                     "budgetavvikelser senast i juni 2026."]
TAXA = ["anta renhållningstaxa 2026–2027 enligt bilaga 1,",
        "taxan ska gälla från och med den 1 juli 2026."]
LADDSTOLPAR = ("Ärendet återremitteras till förvaltningen för att utreda kostnaderna för laddstolpar "
               "vid kommunens samtliga anläggningar.")
HAMNEN = ("Kommunstyrelsen konstaterar att en minoritetsåterremiss har begärts. Ärendet "
          "återremitteras därmed till samhällsbyggnadsförvaltningen.")
INFORMATION = "Informationen noteras och läggs till handlingarna."
RAMAR = [
    "Barn- och utbildningsnämndens ram för 2027 fastställs till 412,5 mnkr.",
    "Socialnämndens ram för 2027 fastställs till 388 mnkr, varav 6 mnkr avser det förebyggande "
    "arbetet med barn och unga som nämnden och barn- och utbildningsnämnden bedriver tillsammans.",
    "Tekniska nämndens ram för 2027 fastställs till 96,2 mnkr.",
    "Kultur- och fritidsnämndens ram för 2027 fastställs till 41 mnkr.",
    "Nämnderna ska i sina verksamhetsplaner för 2027 redovisa hur de anpassar verksamheten till "
    "ramarna och vilka konsekvenser anpassningen får för kommunens invånare.",
    "Kommundirektören får i uppdrag att samordna nämndernas arbete med verksamhetsplanerna och "
    "återrapportera till kommunstyrelsen i oktober 2026.",
]


def paras(s: Sheet, filler: int) -> None:
    head(s, 20, "Val av justerare", None)
    run_in(s, "Beslut", "Kommunstyrelsen utser Helena Strömgren (M) att jämte ordföranden justera "
                        "protokollet.")

    head(s, 21, "Årsredovisning 2025 för Sörby kommun", "KS 2026/48")
    sub(s, "Ärendebeskrivning")
    p(s, "Ekonomiavdelningen har upprättat årsredovisningen för 2025. Kommunens resultat blev "
         "18,4 mnkr, vilket är 7 mnkr bättre än budget. Arbetsutskottet föreslog 2026-03-03, § 14, "
         "att årsredovisningen överlämnas till fullmäktige.")
    sub(s, "Beslutsunderlag")
    lines(s, ["Tjänsteskrivelse 2026-02-20", "Årsredovisning 2025",
              "Arbetsutskottets protokoll 2026-03-03, § 14"])
    run_in(s, "Beslut", "Kommunstyrelsen föreslår kommunfullmäktige besluta")
    marked(s, ["1)", "2)"], ARSREDOVISNING_KF)
    p(s, "Kommunstyrelsen beslutar för egen del")
    marked(s, ["a)", "b)"], ARSREDOVISNING_KS)

    head(s, 22, "Renhållningstaxa 2026–2027", "KS 2025/377")
    sub(s, "Ärendet")
    p(s, "Tekniska nämnden tillstyrkte förslaget till ny renhållningstaxa 2026-02-12, § 9. "
         "Kommunstyrelsens arbetsutskott har den 3 mars 2026 § 16 föreslagit kommunstyrelsen att "
         "föreslå fullmäktige att anta taxan.")
    sub(s, "Kommunstyrelsens förslag till kommunfullmäktige")
    p(s, "Kommunstyrelsen föreslår fullmäktige att")
    marked(s, ["–", "–"], TAXA, w=12)
    sub(s, "Beslutet skickas till")
    lines(s, ["Kommunfullmäktige", "Tekniska nämnden"])

    head(s, 23, "Motion om laddstolpar vid kommunens anläggningar", "KS 2025/290")
    sub(s, "Ärendet")
    p(s, "Nadia Karimi (V) föreslår i en motion att kommunen bygger laddstolpar vid alla sina "
         "anläggningar. Förvaltningen föreslår att motionen avslås.")
    run_in(s, "Beslut", LADDSTOLPAR)

    head(s, 24, "Detaljplan för Norra hamnen", "KS 2024/512")
    sub(s, "Ärendet")
    p(s, "Planförslaget har varit utställt under hösten 2025. Fyra ledamöter begärde på "
         "sammanträdet att ärendet skulle återremitteras för en utredning av trafiken till hamnen.")
    run_in(s, "Beslut", HAMNEN)

    head(s, 25, "Upphandling av skolskjutsar", "KS 2026/22")
    run_in(s, "Beslut", "Ärendet bordläggs.")

    head(s, 26, "Information om läget i räddningstjänsten", "KS 2026/3")
    p(s, "Räddningschefen informerar om larmstatistiken för 2025 och om rekryteringen av "
         "deltidsbrandmän.")
    sub(s, "Förvaltningens förslag till beslut")
    p(s, INFORMATION)
    run_in(s, "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar i enlighet med förvaltningens "
                                         "förslag.")

    head(s, 27, "Anmälan av delegationsbeslut", "KS 2026/5")
    s.row([Cell(0, 110, "Beslutsfattare", "B"), Cell(115, 230, "Beslut", "B"),
           Cell(350, 80, "Datum", "B")], after=2)
    for who, what, when in (("Kommundirektör", "Anställning av ekonomichef", "2026-02-10"),
                            ("Ordförande", "Yttrande till länsstyrelsen om vindkraft vid Högåsen",
                             "2026-02-24"),
                            ("Ekonomichef", "Upptagande av lån enligt finanspolicyn", "2026-03-02")):
        s.row([Cell(0, 110, who), Cell(115, 230, what), Cell(350, 80, when)], after=1)
    s.gap(6)
    p(s, "Beslut: Anmälan läggs till handlingarna.")

    head(s, 28, "Budgetramar för nämnderna 2027", "KS 2026/60")
    sub(s, "Ärendet")
    for _ in range(filler):
        p(s, "Kommunstyrelsen ska enligt budgetprocessen fastställa preliminära ramar för "
             "nämnderna före april. Ramarna bygger på skatteunderlagsprognosen från februari och på "
             "de antaganden om befolkningen som kommunfullmäktige har fastställt.")
    run_in(s, "Beslut", "Kommunstyrelsen beslutar")
    for k, item in enumerate(RAMAR, 1):
        if k == 1:
            s.mark("first")
        s.hanging(f"{k}.", item, 16, after=1.5)
        if k == len(RAMAR):
            s.mark("last")
    s.gap(3)
    sub(s, "Beslutet skickas till")
    lines(s, ["Samtliga nämnder", "Ekonomiavdelningen"])


_cover = cover_of(KS, [
    ("Plats och tid", "Sammanträdesrum Ljungen, Sörby kommunhus, 2026-03-17 kl. 08.30–12.15"),
    ("Beslutande", "\n".join(f"{n} ({pt}), {fn}" if fn else f"{n} ({pt})" for n, pt, fn in MEMBERS)),
    ("Övriga närvarande", "Erik Tallqvist, kommundirektör\nMona Edh, kommunsekreterare"),
    ("Justerare", "Helena Strömgren (M)"),
    ("Paragrafer", "§§ 20–28"),
])


def build(out: Path) -> Path:
    def one(filler: int) -> Sheet:
        return document(STYLE, header_of(KS, DATE), _footer, _cover, lambda s: paras(s, filler))

    s = straddling(one, range(1, 12), "first", "last")
    path = out / "sorby-ks-2026-03-17-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def facts() -> dict:
    def ks(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", KS, DATE, n, **kw)

    return {
        "file": "sorby-ks-2026-03-17-protokoll.pdf",
        "_note": "The decision is a bold run-in label ('Beslut Kommunstyrelsen …'). § 21's block "
                 "proposes points 1)–2) to kommunfullmäktige and decides a)–b) for its own part: two "
                 "decisions; a lettered point has number null and its text without the letter. The "
                 "history told in prose ('Arbetsutskottet föreslog 2026-03-03, § 14, att …') prints "
                 "no decision. 'Kommunstyrelsen beslutar i enlighet med förvaltningens förslag.' "
                 "adopts the proposal's text. The delegation list is no decision. Persons and "
                 "procedure are not stated here.",
        "meeting": {"municipality": MUNI, "body": KS, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 20", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(20, clauses=F.clauses("Kommunstyrelsen utser Helena Strömgren (M) att jämte "
                                         "ordföranden justera protokollet.", numbered=False))]},
            {"number": "§ 21", "title": "Årsredovisning 2025 för Sörby kommun", "dnr": ["KS 2026/48"],
             "decisions": [
                ks(21, proposed_to="Kommunfullmäktige", clauses=F.clauses(*ARSREDOVISNING_KF),
                   amounts=[F.amount(12_000_000, clause=2)], assignments=[]),
                ks(21, clauses=F.clauses(*ARSREDOVISNING_KS, numbered=False),
                   assignments=[F.assignment("ekonomichefen", "budgetavvikelser")], amounts=[],
                   text_lacks=["resultatutjämningsreserven"])]},
            {"number": "§ 22", "title": "Renhållningstaxa 2026–2027", "dnr": ["KS 2025/377"],
             "decisions": [
                ks(22, proposed_to="Kommunfullmäktige", clauses=F.clauses(*TAXA, numbered=False),
                   amounts=[], assignments=[], text_lacks=["Tekniska nämnden", "skickas"])]},
            {"number": "§ 23", "title": "Motion om laddstolpar vid kommunens anläggningar",
             "dnr": ["KS 2025/290"], "decisions": [
                ks(23, refers_back=True, clauses=F.clauses(LADDSTOLPAR, numbered=False))]},
            {"number": "§ 24", "title": "Detaljplan för Norra hamnen", "dnr": ["KS 2024/512"],
             "decisions": [
                ks(24, refers_back=True, clauses=F.clauses(HAMNEN, numbered=False))]},
            {"number": "§ 25", "title": "Upphandling av skolskjutsar", "dnr": ["KS 2026/22"],
             "decisions": [ks(25, clauses=F.clauses("Ärendet bordläggs.", numbered=False))]},
            {"number": "§ 26", "title": "Information om läget i räddningstjänsten", "dnr": ["KS 2026/3"],
             "decisions": [ks(26, clauses=F.clauses(INFORMATION, numbered=False))]},
            {"number": "§ 27", "title": "Anmälan av delegationsbeslut", "dnr": ["KS 2026/5"],
             "decisions": [ks(27, clauses=F.clauses("Anmälan läggs till handlingarna.",
                                                    numbered=False),
                              text_lacks=["ekonomichef", "vindkraft"])]},
            {"number": "§ 28", "title": "Budgetramar för nämnderna 2027", "dnr": ["KS 2026/60"],
             "decisions": [
                ks(28, clauses=F.clauses(*RAMAR),
                   amounts=[F.amount(412_500_000, year=2027, clause=1),
                            F.amount(388_000_000, year=2027, clause=2),
                            F.amount(6_000_000, clause=2),
                            F.amount(96_200_000, year=2027, clause=3),
                            F.amount(41_000_000, year=2027, clause=4)],
                   assignments=[F.assignment("Kommundirektören", "verksamhetsplanerna")],
                   text_lacks=["Samtliga nämnder", "Sida", "Justerandes"])]},
        ],
    }


# ------------------------------------------------------------------ the arbetsutskott 2026-03-03

KSAU = "Kommunstyrelsens arbetsutskott"
AU_DATE = "2026-03-03"


AU_TAXA = "Kommunstyrelsen föreslår kommunfullmäktige att anta renhållningstaxa 2026–2027 enligt bilaga 1."
AU_ARSRED = "att överlämna årsredovisningen för 2025 till kommunfullmäktige för godkännande."
AU_SKOLA = "Ärendet överlämnas till kommunstyrelsen utan eget förslag."
AU_UPPDRAG = ("Arbetsutskottet ger kommundirektören i uppdrag att till sammanträdet i maj ta fram ett "
              "underlag om lokalbehoven inom äldreomsorgen.")
AU_BOSTAD = ["Sörbyhem AB får ta upp lån om högst 45 mnkr för nybyggnation i kvarteret Linden.",
             "Kommunen ingår borgen för lånet."]


def au_paras(s: Sheet) -> None:
    head(s, 12, "Val av justerare", None)
    run_in(s, "Beslut", "Arbetsutskottet utser Lars Öhman (M) att justera protokollet.")

    head(s, 13, "Årsredovisning 2025 för Sörby kommun", "KS 2026/48")
    p(s, "Ekonomiavdelningen redovisar årsredovisningen för 2025.")
    run_in(s, "Beslut", "Arbetsutskottet föreslår kommunstyrelsen besluta")
    p(s, AU_ARSRED)
    p(s, "Beslutet skickas till: Kommunstyrelsen")

    head(s, 14, "Renhållningstaxa 2026–2027", "KS 2025/377")
    sub(s, "Förvaltningens förslag till beslut")
    p(s, "Arbetsutskottet föreslår att kommunstyrelsen föreslår kommunfullmäktige att anta taxan.")
    sub(s, "Arbetsutskottets förslag till kommunstyrelsen")
    p(s, AU_TAXA)

    head(s, 15, "Skolskjutsar på landsbygden", "KS 2026/30")
    p(s, "Barn- och utbildningsnämnden har lämnat två alternativ för skolskjutsarna i de västra "
         "delarna av kommunen. Arbetsutskottet diskuterar alternativen utan att enas.")
    run_in(s, "Beslut", AU_SKOLA)

    head(s, 16, "Lokalbehov inom äldreomsorgen", "KS 2026/41")
    run_in(s, "Arbetsutskottets beslut", AU_UPPDRAG)

    head(s, 17, "Borgen för Sörbyhem AB", "KS 2026/44")
    sub(s, "Arbetsutskottets förslag till kommunstyrelsen och kommunfullmäktige")
    p(s, "Kommunfullmäktige beslutar")
    marked(s, ["1.", "2."], AU_BOSTAD, w=14)


_au_cover = cover_of(KSAU, [
    ("Plats och tid", "Sammanträdesrum Ljungen, Sörby kommunhus, 2026-03-03 kl. 13.00–15.30"),
    ("Beslutande", "Ulrika Tornberg (S), ordförande\nHelena Strömgren (M)\nLars Öhman (M)\n"
                   "Roland Viberg (S)\nKarin Wester (C)"),
    ("Övriga närvarande", "Erik Tallqvist, kommundirektör\nMona Edh, kommunsekreterare"),
    ("Justerare", "Lars Öhman (M)"),
    ("Paragrafer", "§§ 12–17"),
])


def build_au(out: Path) -> Path:
    s = document(STYLE, header_of(KSAU, AU_DATE), _footer, _au_cover, au_paras)
    path = out / "sorby-ksau-2026-03-03-protokoll.pdf"
    s.output(str(path))
    return path


def au_facts() -> dict:
    def au(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", KSAU, AU_DATE, n, **kw)

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    return {
        "file": "sorby-ksau-2026-03-03-protokoll.pdf",
        "_note": "The arbetsutskott decides for itself or proposes to kommunstyrelsen. 'Arbetsutskottets "
                 "förslag till kommunstyrelsen' over 'Kommunstyrelsen föreslår kommunfullmäktige att …' "
                 "is the utskott's decision to propose to kommunstyrelsen (the sentence is the wording "
                 "it proposes kommunstyrelsen to adopt); 'förslag till kommunstyrelsen och "
                 "kommunfullmäktige' likewise goes to kommunstyrelsen first. The förvaltning's proposal "
                 "printed in the § is no decision. 'Ärendet överlämnas till kommunstyrelsen utan eget "
                 "förslag.' is a decision that proposes nothing. An uppdrag inside a proposal is "
                 "unstated.",
        "meeting": {"municipality": MUNI, "body": KSAU, "date": AU_DATE},
        "problems": [],
        "items": [
            {"number": "§ 12", "title": "Val av justerare", "dnr": [], "decisions": [
                au(12, clauses=one("Arbetsutskottet utser Lars Öhman (M) att justera protokollet."))]},
            {"number": "§ 13", "title": "Årsredovisning 2025 för Sörby kommun", "dnr": ["KS 2026/48"],
             "decisions": [au(13, proposed_to=KS, clauses=one(AU_ARSRED),
                              text_lacks=["skickas"])]},
            {"number": "§ 14", "title": "Renhållningstaxa 2026–2027", "dnr": ["KS 2025/377"],
             "decisions": [au(14, proposed_to=KS, clauses=one(AU_TAXA))]},
            {"number": "§ 15", "title": "Skolskjutsar på landsbygden", "dnr": ["KS 2026/30"],
             "decisions": [au(15, clauses=one(AU_SKOLA))]},
            {"number": "§ 16", "title": "Lokalbehov inom äldreomsorgen", "dnr": ["KS 2026/41"],
             "decisions": [au(16, clauses=one(AU_UPPDRAG),
                              assignments=[F.assignment("kommundirektören", "lokalbehoven")])]},
            {"number": "§ 17", "title": "Borgen för Sörbyhem AB", "dnr": ["KS 2026/44"],
             "decisions": [au(17, proposed_to=KS, clauses=F.clauses(*AU_BOSTAD),
                              amounts=[F.amount(45_000_000, clause=1)])]},
        ],
    }


# ------------------------------------------------------------------ the fullmäktige 2026-04-13

KF = "Kommunfullmäktige"
KF_DATE = "2026-04-13"


KF_TAXA = ["anta renhållningstaxa 2026–2027 enligt bilaga 1,",
           "taxan ska gälla från och med den 1 juli 2026."]
KF_MOTION = "Kommunfullmäktige bifaller motionen och ger kommunstyrelsen i uppdrag att genomföra den."
KF_HAMN = "Kommunfullmäktige beslutar att bordlägga ärendet till nästa sammanträde."
KF_UTGAR = "Ärendet utgår."


def kf_paras(s: Sheet) -> None:
    head(s, 30, "Årsredovisning 2025 för Sörby kommun", "KS 2026/48")
    sub(s, "Kommunstyrelsens förslag 2026-03-17, § 21")
    marked(s, ["1)", "2)"], ARSREDOVISNING_KF)
    run_in(s, "Beslut", "Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag.")

    head(s, 31, "Renhållningstaxa 2026–2027", "KS 2025/377")
    sub(s, "Beslutsgång i ärendet")
    lines(s, ["Tekniska nämnden 2026-02-12, § 9", "Kommunstyrelsens arbetsutskott 2026-03-03, § 14",
              "Kommunstyrelsen 2026-03-17, § 22"])
    sub(s, "Kommunstyrelsens förslag till beslut")
    p(s, "Kommunfullmäktige beslutar att")
    marked(s, ["–", "–"], KF_TAXA, w=12)
    run_in(s, "Beslut", "Enligt kommunstyrelsens förslag.")

    head(s, 32, "Motion om fritidskort för unga", "KS 2025/301")
    p(s, "Nadia Karimi (V) föreslår i en motion att kommunen inför ett fritidskort för unga. "
         "Kommunstyrelsen beslutade 2026-03-17, § 25, att föreslå fullmäktige att avslå motionen.")
    run_in(s, "Kommunfullmäktiges beslut", KF_MOTION)

    head(s, 33, "Försäljning av gästhamnen", "KS 2026/17")
    run_in(s, "Beslut", KF_HAMN)

    head(s, 34, "Val av ersättare i valnämnden", "KS 2026/2")
    run_in(s, "Beslut", KF_UTGAR)


_kf_cover = cover_of(KF, [
    ("Plats och tid", "Sörbysalen, Sörby kommunhus, 2026-04-13 kl. 18.00–20.45"),
    ("Beslutande", "Se närvarolista, bilaga 1"),
    ("Justerare", "Tove Grip (M), Sami Laine (S)"),
    ("Paragrafer", "§§ 30–34"),
])


def build_kf(out: Path) -> Path:
    s = document(STYLE, header_of(KF, KF_DATE), _footer, _kf_cover, kf_paras)
    path = out / "sorby-kf-2026-04-13-protokoll.pdf"
    s.output(str(path))
    return path


def kf_facts() -> dict:
    def kf(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", KF, KF_DATE, n, **kw)

    return {
        "file": "sorby-kf-2026-04-13-protokoll.pdf",
        "_note": "'Kommunstyrelsens förslag 2026-03-17, § 21' prints kommunstyrelsen's decision of that "
                 "meeting to propose its points to fullmäktige: an earlier decision with its own body, "
                 "date and §, adopted by fullmäktige's 'i enlighet med kommunstyrelsens förslag'. "
                 "'Kommunstyrelsens förslag till beslut' without a date or § is no decision of its own. "
                 "The 'Beslutsgång i ärendet' list and the history told in prose print no decision. "
                 "'Ärendet utgår.' is the meeting's decision to strike the item.",
        "meeting": {"municipality": MUNI, "body": KF, "date": KF_DATE},
        "problems": [],
        "items": [
            {"number": "§ 30", "title": "Årsredovisning 2025 för Sörby kommun", "dnr": ["KS 2026/48"],
             "decisions": [
                F.decision("beslut", KS, DATE, 21, proposed_to=KF, refers_back=False,
                           clauses=F.clauses(*ARSREDOVISNING_KF)),
                kf(30, clauses=F.clauses(*ARSREDOVISNING_KF),
                   amounts=[F.amount(12_000_000, clause=2)])]},
            {"number": "§ 31", "title": "Renhållningstaxa 2026–2027", "dnr": ["KS 2025/377"],
             "decisions": [kf(31, clauses=F.clauses(*KF_TAXA, numbered=False))]},
            {"number": "§ 32", "title": "Motion om fritidskort för unga", "dnr": ["KS 2025/301"],
             "decisions": [kf(32, clauses=F.clauses(KF_MOTION, numbered=False),
                              assignments=[F.assignment("kommunstyrelsen", "genomföra")])]},
            {"number": "§ 33", "title": "Försäljning av gästhamnen", "dnr": ["KS 2026/17"],
             "decisions": [kf(33, clauses=F.clauses(KF_HAMN, numbered=False))]},
            {"number": "§ 34", "title": "Val av ersättare i valnämnden", "dnr": ["KS 2026/2"],
             "decisions": [kf(34, clauses=F.clauses(KF_UTGAR, numbered=False))]},
        ],
    }


# ------------------------------------------------------------------ the styrelse again, 2026-05-19

KS2_DATE = "2026-05-19"


DIALOG_KF = ["anta riktlinjerna för medborgardialog,", "riktlinjerna gäller från den 1 juni 2026."]
DIALOG_KS = "ge kommundirektören i uppdrag att ta fram en handlingsplan för medborgardialog."
LOKAL_KF = "Kommunstyrelsen föreslår kommunfullmäktige att anta lokalförsörjningsplanen 2027–2030."
LOKAL_KS = ("Därutöver beslutar kommunstyrelsen att ge fastighetschefen i uppdrag att inventera "
            "kommunens tomma lokaler.")
RAPPORT_KS = "För egen del beslutar kommunstyrelsen att godkänna rapporten."
RAPPORT_KF = "Kommunstyrelsen föreslår kommunfullmäktige att lägga rapporten till handlingarna."
VA_FORV = "Kommunstyrelsen föreslår kommunfullmäktige att anta VA-plan 2026–2035."
BIBLIOTEK_KF = "Kommunfullmäktige beslutar att bibliotekets öppettider utökas med fyra timmar i veckan."
BIBLIOTEK_KS = "Kommunstyrelsen ger kultur- och fritidsnämnden i uppdrag att följa upp besöken."
MOTION_KS = "Kommunstyrelsen tillstyrker motionen och föreslår fullmäktige att bifalla den."
BUDGET_KF = ["Kommunfullmäktige fastställer en ram om 3,5 mnkr för trygghetsåtgärder 2027.",
             "Åtgärderna finansieras ur kommunstyrelsens utvecklingsreserv."]


def ks2_paras(s: Sheet) -> None:
    head(s, 50, "Riktlinjer för medborgardialog", "KS 2026/71")
    run_in(s, "Beslut", "Kommunstyrelsen föreslår kommunfullmäktige besluta att")
    marked(s, ["1.", "2."], DIALOG_KF, w=14)
    p(s, "Kommunstyrelsen beslutar vidare att")
    marked(s, ["3."], [DIALOG_KS], w=14)

    head(s, 51, "Lokalförsörjningsplan 2027–2030", "KS 2026/80")
    run_in(s, "Beslut", LOKAL_KF)
    p(s, LOKAL_KS)

    head(s, 52, "Rapport om den ekonomiska uppföljningen", "KS 2026/12")
    run_in(s, "Beslut", RAPPORT_KS)
    p(s, RAPPORT_KF)

    head(s, 53, "VA-plan 2026–2035", "KS 2025/440")
    sub(s, "Förvaltningens förslag till beslut")
    p(s, VA_FORV)
    run_in(s, "Beslut", "Kommunstyrelsen föreslår kommunfullmäktige besluta enligt förvaltningens "
                        "förslag.")

    head(s, 54, "Öppettider på huvudbiblioteket", "KS 2026/88")
    p(s, "Förslag till kommunfullmäktige: " + BIBLIOTEK_KF)
    p(s, "Kommunstyrelsens beslut: " + BIBLIOTEK_KS)

    head(s, 55, "Motion om trygghetsvandringar", "KS 2025/377")
    run_in(s, "Beslut", MOTION_KS)

    head(s, 56, "Trygghetsåtgärder 2027", "KS 2026/90")
    sub(s, "Förslag till kommunfullmäktige")
    marked(s, ["1.", "2."], BUDGET_KF, w=14)


_ks2_cover = cover_of(KS, [
    ("Plats och tid", "Sammanträdesrum Ljungen, Sörby kommunhus, 2026-05-19 kl. 08.30–11.40"),
    ("Beslutande", "\n".join(f"{n} ({pt})" for n, pt, _ in MEMBERS)),
    ("Justerare", "Karin Wester (C)"),
    ("Paragrafer", "§§ 50–56"),
])


def build_ks2(out: Path) -> Path:
    s = document(STYLE, header_of(KS, KS2_DATE), _footer, _ks2_cover, ks2_paras)
    path = out / "sorby-ks-2026-05-19-protokoll.pdf"
    s.output(str(path))
    return path


def ks2_facts() -> dict:
    def ks(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", KS, KS2_DATE, n, **kw)

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    return {
        "file": "sorby-ks-2026-05-19-protokoll.pdf",
        "_note": "Each § that proposes to fullmäktige and decides for the styrelse's own part makes two "
                 "decisions, whichever comes first and however the own part is worded ('beslutar "
                 "vidare att', 'Därutöver beslutar …', 'För egen del beslutar …', a label 'Kommunstyrelsens "
                 "beslut:'). 'Kommunstyrelsen föreslår kommunfullmäktige besluta enligt förvaltningens "
                 "förslag.' adopts the förvaltning's text. 'Förslag till kommunfullmäktige' in the "
                 "styrelse's minutes is its decision to propose. The uppdrag in a proposal is unstated.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS2_DATE},
        "problems": [],
        "items": [
            {"number": "§ 50", "title": "Riktlinjer för medborgardialog", "dnr": ["KS 2026/71"],
             "decisions": [
                ks(50, proposed_to=KF, clauses=F.clauses(*DIALOG_KF)),
                ks(50, clauses=[{"number": 3, "text": DIALOG_KS}],
                   assignments=[F.assignment("kommundirektören", "handlingsplan")])]},
            {"number": "§ 51", "title": "Lokalförsörjningsplan 2027–2030", "dnr": ["KS 2026/80"],
             "decisions": [
                ks(51, proposed_to=KF, clauses=one(LOKAL_KF)),
                ks(51, clauses=one(LOKAL_KS),
                   assignments=[F.assignment("fastighetschefen", "tomma lokaler")])]},
            {"number": "§ 52", "title": "Rapport om den ekonomiska uppföljningen", "dnr": ["KS 2026/12"],
             "decisions": [ks(52, clauses=one(RAPPORT_KS)),
                           ks(52, proposed_to=KF, clauses=one(RAPPORT_KF))]},
            {"number": "§ 53", "title": "VA-plan 2026–2035", "dnr": ["KS 2025/440"],
             "decisions": [ks(53, proposed_to=KF, clauses=one(VA_FORV))]},
            {"number": "§ 54", "title": "Öppettider på huvudbiblioteket", "dnr": ["KS 2026/88"],
             "decisions": [
                ks(54, proposed_to=KF, clauses=one(BIBLIOTEK_KF)),
                ks(54, clauses=one(BIBLIOTEK_KS),
                   assignments=[F.assignment("kultur- och fritidsnämnden", "besöken")])]},
            {"number": "§ 55", "title": "Motion om trygghetsvandringar", "dnr": ["KS 2025/377"],
             "decisions": [ks(55, proposed_to=KF, clauses=one(MOTION_KS))]},
            {"number": "§ 56", "title": "Trygghetsåtgärder 2027", "dnr": ["KS 2026/90"],
             "decisions": [ks(56, proposed_to=KF, clauses=F.clauses(*BUDGET_KF),
                              amounts=[F.amount(3_500_000, clause=1)])]},
        ],
    }


# ------------------------------------------------------------------ socialnämnden 2026-02-24

SN = "Socialnämnden"
SN_DATE = "2026-02-24"


SN_JUSTERING = "Nämnden utser Roland Viberg (S) att justera protokollet."
SN_TAXA = ["Avgiften för trygghetslarm fastställs till 250 kronor per månad från och med 2026-05-01.",
           "Avgiften för matdistribution fastställs till 75 kronor per portion."]
SN_PLAN = ("Socialnämnden antar handlingsplanen mot våld i nära relationer 2026–2028 och ger "
           "förvaltningen i uppdrag att redovisa arbetet i december 2026.")
SN_YTTRANDE = ("Socialnämnden antar förvaltningens yttrande som sitt eget och översänder det till "
               "kommunstyrelsen.")
SN_KF = "Socialnämnden föreslår kommunfullmäktige att anta riktlinjer för ekonomiskt bistånd 2026."
SN_INTERN = "Internkontrollplanen för 2026 godkänns."


def sn_paras(s: Sheet) -> None:
    head(s, 8, "Val av justerare", None)
    sub(s, "Ordförandens förslag till beslut")
    p(s, SN_JUSTERING)
    run_in(s, "Beslut", "Enligt förslag till beslut.")

    head(s, 9, "Avgifter inom äldreomsorgen 2026", "SN 2026/14")
    sub(s, "Förslag till beslut")
    marked(s, ["1.", "2."], SN_TAXA, w=14)
    run_in(s, "Beslut", "Socialnämnden beslutar enligt förslag till beslut.")
    p(s, "Skickas till: Äldreomsorgen, Ekonomienheten")

    head(s, 10, "Handlingsplan mot våld i nära relationer", "SN 2025/301")
    sub(s, "Förvaltningens förslag till beslut")
    p(s, SN_PLAN)
    run_in(s, "Beslut", "Förslaget bifalls.")
    p(s, "Beslutet ska skickas till Individ- och familjeomsorgen")

    head(s, 11, "Yttrande över motion om sociala insatsgrupper", "SN 2026/3")
    sub(s, "Arbetsutskottets förslag till beslut")
    p(s, SN_YTTRANDE)
    run_in(s, "Beslut", "Socialnämnden bifaller arbetsutskottets förslag.")

    head(s, 12, "Riktlinjer för ekonomiskt bistånd 2026", "SN 2025/288")
    sub(s, "Förslag till beslut")
    p(s, SN_KF)
    run_in(s, "Beslut", "Nämnden beslutar i enlighet med förslag till beslut.")

    head(s, 13, "Internkontrollplan 2026", "SN 2026/9")
    sub(s, "Förvaltningschefens förslag")
    p(s, SN_INTERN)
    run_in(s, "Beslut", "Förslaget antas.")


_sn_cover = cover_of(SN, [
    ("Plats och tid", "Sammanträdesrum Enen, Sörby kommunhus, 2026-02-24 kl. 13.00–15.00"),
    ("Beslutande", "Agneta Krook (S), ordförande\nRoland Viberg (S)\nTove Grip (M)\n"
                   "Kjell Rudbeck (SD)\nNadia Karimi (V)"),
    ("Justerare", "Roland Viberg (S)"),
    ("Paragrafer", "§§ 8–13"),
])


def build_sn(out: Path) -> Path:
    s = document(STYLE, header_of(SN, SN_DATE), _footer, _sn_cover, sn_paras)
    path = out / "sorby-sn-2026-02-24-protokoll.pdf"
    s.output(str(path))
    return path


def sn_facts() -> dict:
    def sn(n: int, **kw) -> dict:
        kw.setdefault("refers_back", False)
        return F.decision("beslut", SN, SN_DATE, n, **kw)

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    return {
        "file": "sorby-sn-2026-02-24-protokoll.pdf",
        "_note": "Each decision adopts the proposal printed above it, in the many ways a Swedish nämnd "
                 "writes it ('Enligt förslag till beslut.', 'beslutar enligt förslag till beslut', "
                 "'Förslaget bifalls.', 'bifaller arbetsutskottets förslag', 'i enlighet med förslag till "
                 "beslut', 'Förslaget antas.'): the proposal's points are the decision's clauses. The "
                 "'Skickas till: …' and 'Beslutet ska skickas till …' lines are no decision point.",
        "meeting": {"municipality": MUNI, "body": SN, "date": SN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 8", "title": "Val av justerare", "dnr": [],
             "decisions": [sn(8, clauses=one(SN_JUSTERING))]},
            {"number": "§ 9", "title": "Avgifter inom äldreomsorgen 2026", "dnr": ["SN 2026/14"],
             "decisions": [sn(9, clauses=F.clauses(*SN_TAXA),
                              amounts=[F.amount(250, clause=1), F.amount(75, clause=2)],
                              text_lacks=["Ekonomienheten"])]},
            {"number": "§ 10", "title": "Handlingsplan mot våld i nära relationer", "dnr": ["SN 2025/301"],
             "decisions": [sn(10, clauses=one(SN_PLAN),
                              assignments=[F.assignment("förvaltningen", "december 2026")],
                              text_lacks=["Individ- och familjeomsorgen"])]},
            {"number": "§ 11", "title": "Yttrande över motion om sociala insatsgrupper", "dnr": ["SN 2026/3"],
             "decisions": [sn(11, clauses=one(SN_YTTRANDE))]},
            {"number": "§ 12", "title": "Riktlinjer för ekonomiskt bistånd 2026", "dnr": ["SN 2025/288"],
             "decisions": [sn(12, proposed_to=KF, clauses=one(SN_KF))]},
            {"number": "§ 13", "title": "Internkontrollplan 2026", "dnr": ["SN 2026/9"],
             "decisions": [sn(13, clauses=one(SN_INTERN))]},
        ],
    }
