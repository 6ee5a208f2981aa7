"""Vintersunds kommun (invented), template J: tekniska nämnden 2026-04-14, and a
tjänsteutlåtande to tekniska nämnden on its own (template U).

Template J: a Palatino-like serif body with sans labels. The running header has the
municipality and the body at the left, PROTOKOLL, the meeting date and "Sida n (N)" stacked at
the right; the footer three signature fields. The cover is a table of labels whose lists are
written as running text, entries parted by semicolons ("Beslutande ledamöter  Eva Strand (S),
ordförande; Per Holm (M), vice ordförande; …"), substitutes "X (S) för Y (S)", an early leaver
"kl. 13.00–15.10, §§ 47–50", absent members and "Övriga deltagare". The contents page is a
table "§ / Ärende / Diarienummer / Sida" without leaders. Each § heading carries the body's
abbreviation before the § ("TN § 49"), the title on the line below, and the case number either
right-aligned on the § line ("Dnr TN 2025/204") or under the title ("Ärendenr: TN 118/2026",
"Diarienummer: TN 2025/311"). The decision stands under "Beslut", or last as "Tekniska
nämndens beslut".

Template U: a tjänsteutlåtande whose head is a label table at the right (TJÄNSTEUTLÅTANDE,
Datum, Diarienr, Mottagare), the förslag under a bare "Förslag till beslut" naming the body
only in its lead ("Tekniska nämnden beslutar"), att-satser, then Ärendebeskrivning,
Ekonomiska konsekvenser (a sum that is no part of the förslag), Beslutsunderlag and "Beslutet
ska skickas till", signed by two officials."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Vintersunds kommun"
TN = "Tekniska nämnden"
DATE = "2026-04-14"
STYLE = Style(body="palatino", size=10.5, leading=1.36, left=72, right=64, top=104, bottom=96)
TS_STYLE = Style(body="palatino", size=10.5, leading=1.36, left=72, right=64, top=150, bottom=80)


# ------------------------------------------------------------------ furniture

def _header(s: Sheet) -> None:
    s.use("B", 11, "sans")
    s.set_xy(s.l_margin, 30)
    s.cell(220, 14, "VINTERSUNDS KOMMUN")
    s.use("", 9, "sans")
    s.set_xy(s.l_margin, 45)
    s.cell(220, 11, TN)
    s.use("B", 9, "sans")
    s.set_xy(392, 30)
    s.cell(140, 11, "PROTOKOLL")
    s.use("", 7.5, "sans")
    s.set_xy(392, 42)
    s.cell(140, 9, "Sammanträdesdatum")
    s.use("", 9, "sans")
    s.set_xy(392, 51)
    s.cell(80, 11, DATE)
    s.set_xy(472, 51)
    s.cell(60, 11, f"Sida {s.page_no()} ({{nb}})", align="R")
    s.set_line_width(0.4)
    s.line(s.l_margin, 68, s.w - s.r_margin, 68)


def _footer(s: Sheet) -> None:
    y = s.h - 62
    s.set_line_width(0.3)
    s.use("", 7.5, "sans")
    for k, text in enumerate(("Ordförandes sign", "Justerares sign", "Utdragsbestyrkande")):
        x = s.l_margin + k * 150
        s.line(x, y + 12, x + 120, y + 12)
        s.set_xy(x, y + 14)
        s.cell(120, 9, text)


# ------------------------------------------------------------------ cover and contents

MEMBERS = [("Eva Strand (S)", "ordförande", None), ("Per Holm (M)", "vice ordförande", None),
           ("Ida Berg (S)", None, None), ("Nils Ek (S)", None, None),
           ("Karin Sjö (KD)", None, "kl. 13.00–15.10, §§ 47–50"), ("Omar Said (SD)", None, None),
           ("Lena Vik (C)", None, None)]
SERVING = [("Ali Demir (S)", "Jenny Lund (S)", None), ("Maja Åhl (M)", "Olle Ström (M)", None),
           ("Tor Berg (KD)", "Karin Sjö (KD)", "§§ 51–53")]
NOT_SERVING = ["Siv Ek (V)", "Bo Lind (MP)"]
ABSENT = ["Jenny Lund (S)", "Olle Ström (M)"]
OFFICIALS = [("Anna Ek", "förvaltningschef", None), ("Björn Sand", "nämndsekreterare", None),
             ("Lisa Ny", "trafikingenjör", "§§ 49–50")]


def _joined(parts: list[str]) -> str:
    return "; ".join(parts)


def _cover_rows() -> list[tuple[str, str]]:
    members = _joined([", ".join(x for x in (tag, fn, note) if x) for tag, fn, note in MEMBERS])
    serving = _joined([f"{who} för {whom}" + (f", {pars}" if pars else "")
                       for who, whom, pars in SERVING])
    others = _joined([", ".join(x for x in (n, t, pars) if x) for n, t, pars in OFFICIALS])
    return [
        ("Sammanträde", "Tisdagen den 14 april 2026 kl. 13.00–16.30"),
        ("Plats", "Stadshuset, sammanträdesrum Vinterviken"),
        ("Beslutande ledamöter", members),
        ("Tjänstgörande ersättare", serving),
        ("Ej tjänstgörande ersättare", ", ".join(NOT_SERVING)),
        ("Frånvarande", ", ".join(ABSENT)),
        ("Övriga deltagare", others),
        ("Justerare", "Per Holm (M)"),
        ("Justeringens tid och plats", "Tekniska förvaltningen, 2026-04-17 kl. 10.00"),
        ("Justerade paragrafer", "§§ 47–53"),
    ]


def _cover(s: Sheet) -> None:
    s.use("B", 16, "sans")
    s.cell(0, 22, "Protokoll", new_x="LMARGIN", new_y="NEXT")
    s.use("", 13, "sans")
    s.cell(0, 18, TN, new_x="LMARGIN", new_y="NEXT")
    s.gap(14)
    for label, value in _cover_rows():
        s.row([Cell(0, 140, label, "B", font="sans", size=9.5), Cell(150, s.epw - 150, value)],
              after=6)
    s.gap(24)
    for role, name in (("Sekreterare", "Björn Sand"), ("Ordförande", "Eva Strand"),
                       ("Justerare", "Per Holm")):
        y = s.get_y()
        s.use("B", 9.5, "sans")
        s.set_xy(s.l_margin, y + 10)
        s.cell(140, 12, role)
        s.set_line_width(0.3)
        s.line(s.l_margin + 150, y + 20, s.l_margin + 330, y + 20)
        s.use("")
        s.set_xy(s.l_margin + 150, y + 22)
        s.cell(200, 12, name)
        s.set_xy(s.l_margin, y + 38)


def _contents(s: Sheet, pages: dict[int, int]) -> None:
    s.use("B", 13, "sans")
    s.cell(0, 18, "Ärendeförteckning", new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    s.row([Cell(0, 30, "§", "B", font="sans", size=9), Cell(40, 270, "Ärende", "B", font="sans", size=9),
           Cell(320, 100, "Diarienummer", "B", font="sans", size=9),
           Cell(430, 29, "Sida", "B", font="sans", size=9, align="R")], after=4)
    for para in PARAS:
        s.row([Cell(0, 30, str(para.number)), Cell(40, 270, para.title),
               Cell(320, 100, para.dnr or ""), Cell(430, 29, str(pages.get(para.number, "")),
                                                     align="R")], after=3)


# ------------------------------------------------------------------ the §§

class Para:
    """A §: number, title, case number as the contents prints it, how the § prints it (on the
    § line, or labelled under the title), and its blocks."""

    def __init__(self, number: int, title: str, dnr: str | None, printed: str | None,
                 under: bool, blocks: list) -> None:
        self.number, self.title, self.dnr = number, title, dnr
        self.printed, self.under, self.blocks = printed, under, blocks


T49 = ["Tekniska nämnden antar trafiksäkerhetsplan 2026–2028.",
       "Hastigheten på Skolvägen sänks till 30 km/tim från och med den 1 augusti 2026.",
       "Tekniska nämnden ger förvaltningen i uppdrag att årligen redovisa hur planen genomförs."]
T50 = ["avgiften för korttidsparkering vid resecentrum ska vara 15 kronor per timme,",
       "avgiften för långtidsparkering ska vara 450 kronor per månad,",
       "avgifterna gäller från och med den 1 juni 2026."]
T52 = ["Tekniska nämnden godkänner förfrågningsunderlaget för upphandling av vinterväghållning "
       "och sandupptagning för perioden 2026–2030.",
       "Den beräknade kostnaden om 3,2 miljoner kronor per år ryms inom nämndens budget."]

PARAS = [
    Para(47, "Val av justerare", None, None, False, [
        ("h", "Beslut"),
        ("p", "Per Holm (M) utses att jämte ordföranden justera protokollet."),
    ]),
    Para(48, "Ekonomisk uppföljning per mars 2026", "TN 2026/31", "Dnr TN 2026/31", False, [
        ("h", "Beslut"),
        ("p", "Tekniska nämnden godkänner den ekonomiska uppföljningen per mars 2026 och "
              "överlämnar den till kommunstyrelsen."),
        ("h", "Ärendebeskrivning"),
        ("p", "Förvaltningen redovisar utfallet för årets tre första månader och en prognos för "
              "helåret. Vinterns snöröjning har kostat mer än beräknat, men prognosen visar ändå "
              "ett resultat i balans."),
    ]),
    Para(49, "Trafiksäkerhetsplan 2026–2028", "TN 2025/204", "Dnr TN 2025/204", False, [
        ("h", "Beslut"),
        ("points", T49),
        ("h", "Ärendebeskrivning"),
        ("p", "Trafiksäkerhetsplanen pekar ut de gator där flest olyckor med oskyddade "
              "trafikanter har skett och föreslår åtgärder i prioritetsordning. Skolvägen har "
              "högst prioritet."),
        ("h", "Yrkanden"),
        ("p", "Eva Strand (S) yrkar bifall till förvaltningens förslag."),
        ("p", "Omar Said (SD) yrkar avslag till punkt 2."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Omar Saids "
              "avslagsyrkande beträffande punkt 2 och finner att nämnden bifaller förvaltningens "
              "förslag."),
        ("h", "Reservation"),
        ("p", "Omar Said (SD) reserverar sig mot beslutet i punkt 2."),
    ]),
    Para(50, "Parkeringsavgifter vid Vintersunds resecentrum", "TN 2026/118",
         "Ärendenr: TN 118/2026", True, [
        ("h", "Beslut"),
        ("att", "Tekniska nämnden beslutar", T50),
        ("h", "Ärendebeskrivning"),
        ("p", "Parkeringen vid resecentrum har hittills varit avgiftsfri. Beläggningen är nästan "
              "full redan på morgonen, och pendlare som kommer senare får inte plats."),
        ("h", "Beslutsunderlag"),
        ("lines", ["Tjänsteutlåtande 2026-03-30", "Karta över resecentrums parkeringar"]),
    ]),
    Para(51, "Svar på medborgarförslag om gatubelysning på Skolvägen", "TN 2025/311",
         "Diarienummer: TN 2025/311", True, [
        ("h", "Ärendebeskrivning"),
        ("p", "I ett medborgarförslag föreslås att gatubelysningen på Skolvägen byts ut och att "
              "fler stolpar sätts upp vid övergångsstället. Belysningen byts redan under året "
              "enligt nämndens underhållsplan."),
        ("h", "Tekniska nämndens beslut"),
        ("p", "Medborgarförslaget anses besvarat."),
    ]),
    Para(52, "Upphandling av vinterväghållning och sandupptagning 2026–2030", "TN 2026/52",
         "Dnr TN 2026/52", False, [
        ("h", "Beslut"),
        ("p", T52[0]),
        ("p", T52[1]),
        ("h", "Särskilt yttrande"),
        ("p", "Lena Vik (C) lämnar ett särskilt yttrande, bilaga 2."),
    ]),
    Para(53, "Anmälan av delegationsbeslut", None, None, False, [
        ("h", "Beslut"),
        ("p", "Redovisningen av delegationsbeslut läggs till handlingarna."),
    ]),
]


def _subhead(s: Sheet, text: str) -> None:
    s.need(3 * s.line_h())
    s.gap(3)
    s.use("B", 10, "sans")
    s.cell(0, s.line_h(), text, new_x="LMARGIN", new_y="NEXT")


def _heading(s: Sheet, para: Para) -> None:
    s.need(110)
    s.gap(16)
    s.mark(f"p{para.number}")
    y = s.get_y()
    s.use("B", 12, "palatino")
    s.cell(0, 16, f"TN § {para.number}")
    if para.printed and not para.under:
        s.right(para.printed, y=y + 2, size=9, font="sans")
    s.set_xy(s.l_margin, y + 20)
    s.text(para.title, style="B", size=12, after=2)
    if para.printed and para.under:
        s.text(para.printed, size=9, font="sans", after=6)
    else:
        s.gap(4)


def _paras(s: Sheet) -> None:
    for para in PARAS:
        _heading(s, para)
        for kind, *args in para.blocks:
            if kind == "h":
                _subhead(s, args[0])
            elif kind == "p":
                s.text(args[0], after=4)
            elif kind == "points":
                for k, point in enumerate(args[0], 1):
                    s.hanging(f"{k}.", point, 16, after=2)
                s.gap(3)
            elif kind == "att":
                s.text(args[0], after=2)
                for point in args[1]:
                    s.hanging("att", point, 24, after=2)
                s.gap(3)
            elif kind == "lines":
                for ln in args[0]:
                    s.text(ln, after=0.5)
                s.gap(4)


def _protocol(pages: dict[int, int]) -> Sheet:
    return document(STYLE, _header, _footer, _cover, lambda s: _contents(s, pages), _paras)


def build_tn(out: Path) -> Path:
    first = _protocol({})  # where each § falls, for the contents' page column
    pages = {p.number: first.marks[f"p{p.number}"] for p in PARAS}
    s = _protocol(pages)
    assert {p.number: s.marks[f"p{p.number}"] for p in PARAS} == pages
    path = out / "vintersund-tn-2026-04-14-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ the tjänsteutlåtande

TS_TITLE = "Parkeringsavgifter vid Vintersunds resecentrum"


def _ts_header(s: Sheet) -> None:
    s.use("B", 11, "sans")
    s.set_xy(s.l_margin, 34)
    s.cell(220, 14, "VINTERSUNDS KOMMUN")
    s.use("", 9, "sans")
    s.set_xy(s.l_margin, 49)
    s.cell(220, 11, "Tekniska förvaltningen")
    s.set_xy(s.l_margin, 60)
    s.cell(220, 11, "Trafikenheten")
    rows = [("", "TJÄNSTEUTLÅTANDE"), ("Datum", "2026-03-30"), ("Diarienr", "TN 2026/0118"),
            ("Mottagare", TN)]
    for k, (label, value) in enumerate(rows):
        s.set_xy(340, 34 + k * 13)
        s.use("", 7.5, "sans")
        s.cell(62, 11, label)
        s.use("B" if not label else "", 9, "sans")
        s.cell(130, 11, value)


def _ts_footer(s: Sheet) -> None:
    s.use("", 7, "sans")
    s.set_xy(s.l_margin, s.h - 52)
    s.cell(s.epw - 40, 9, "Vintersunds kommun · Tekniska förvaltningen · 912 80 Vintersund · "
                          "vintersund.se")
    s.cell(40, 9, f"{s.page_no()}/{{nb}}", align="R")


def build_ts(out: Path) -> Path:
    s = Sheet(TS_STYLE, _ts_header, _ts_footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.text(TS_TITLE, style="B", size=15, font="sans", after=12)
    s.text("Förslag till beslut", style="B", size=11, font="sans", after=3)
    s.text("Tekniska nämnden beslutar", after=2)
    for point in T50:
        s.hanging("att", point, 24, after=2)
    s.gap(10)
    sections = [
        ("Ärendebeskrivning", "Parkeringen vid resecentrum har hittills varit avgiftsfri. "
         "Beläggningen är nästan full redan klockan åtta på morgonen, och pendlare som kommer "
         "senare får inte plats. Förvaltningen föreslår avgifter som gör det lättare att hitta en "
         "ledig plats under dagen, med en månadsavgift för den som pendlar varje dag."),
        ("Ekonomiska konsekvenser", "Avgifterna beräknas ge intäkter om cirka 1,1 miljoner "
         "kronor per år, som täcker kostnaderna för skyltning, betalautomater och kontroll."),
    ]
    for title, text in sections:
        s.text(title, style="B", size=11, font="sans", after=2)
        s.text(text, after=8)
    s.text("Beslutsunderlag", style="B", size=11, font="sans", after=2)
    for ln in ("Tjänsteutlåtande 2026-03-30", "Karta över resecentrums parkeringar"):
        s.text(ln, after=0.5)
    s.gap(8)
    s.text("Beslutet ska skickas till", style="B", size=11, font="sans", after=2)
    for ln in ("Kommunstyrelsen", "Parkeringsbolaget i Vintersund AB"):
        s.text(ln, after=0.5)
    s.gap(28)
    s.need(50)
    y = s.get_y()
    s.row([Cell(0, 200, "Anna Ek\nFörvaltningschef"), Cell(240, 200, "Lisa Ny\nTrafikingenjör")])
    s.set_y(y + 40)
    path = out / "vintersund-tn-2026-03-30-tjansteutlatande.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def _p(tag: str) -> Person:
    name, party = tag.rstrip(")").split(" (")
    return Person(name, party)


def _attendance() -> list[dict]:
    out = []
    for tag, fn, note in MEMBERS:
        pars = F.span(47, 50) if note else None
        out.append(F.attendee(_p(tag), "ledamot", fn, paragraphs=pars))
    for who, whom, pars in SERVING:
        out.append(F.attendee(_p(who), "tjänstgörande ersättare", replaces=_p(whom).name,
                              paragraphs=F.span(51, 53) if pars else None))
    out += [F.attendee(_p(t), "ersättare") for t in NOT_SERVING]
    out += [F.attendee(_p(t), "frånvarande") for t in ABSENT]
    out += [F.attendee(Person(n), "tjänsteperson", t, paragraphs=F.span(49, 50) if pars else None)
            for n, t, pars in OFFICIALS]
    return out


def tn_facts() -> dict:
    def tn(n: int, **kw) -> dict:
        return F.decision("beslut", TN, DATE, n, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    items = [
        {"number": "§ 47", "title": "Val av justerare", "dnr": [], "decisions": [
            tn(47, clauses=one("Per Holm (M) utses att jämte ordföranden justera protokollet."))]},
        {"number": "§ 48", "title": "Ekonomisk uppföljning per mars 2026", "dnr": ["TN 2026/31"],
         "decisions": [tn(48, clauses=one(
             "Tekniska nämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar "
             "den till kommunstyrelsen."), text_lacks=["Vinterns snöröjning"])]},
        {"number": "§ 49", "title": "Trafiksäkerhetsplan 2026–2028", "dnr": ["TN 2025/204"],
         "decisions": [tn(49, clauses=F.clauses(*T49),
                          motions=[F.motion("bifall", "Eva Strand (S)"),
                                   F.motion("avslag", "Omar Said (SD)", clauses=[2])],
                          reservations=[F.reservation("Omar Said (SD)")],
                          assignments=[F.assignment("förvaltningen", "redovisa hur planen")])]},
        {"number": "§ 50", "title": "Parkeringsavgifter vid Vintersunds resecentrum",
         "dnr": ["TN 118/2026"],
         "decisions": [tn(50, clauses=F.clauses(*T50, numbered=False),
                          amounts=[F.amount(15), F.amount(450)],
                          text_lacks=["Ärendebeskrivning", "pendlare"])]},
        {"number": "§ 51", "title": "Svar på medborgarförslag om gatubelysning på Skolvägen",
         "dnr": ["TN 2025/311"],
         "decisions": [tn(51, clauses=one("Medborgarförslaget anses besvarat."),
                          text_lacks=["underhållsplan"])]},
        {"number": "§ 52", "title": "Upphandling av vinterväghållning och sandupptagning 2026–2030",
         "dnr": ["TN 2026/52"],
         "decisions": [tn(52, clauses=F.clauses(*T52, numbered=False),
                          amounts=[F.amount(3_200_000)],
                          statements=[F.statement("särskilt yttrande", "Lena Vik (C)")])]},
        {"number": "§ 53", "title": "Anmälan av delegationsbeslut", "dnr": [], "decisions": [
            tn(53, clauses=one("Redovisningen av delegationsbeslut läggs till handlingarna."))]},
    ]
    return {
        "file": "vintersund-tn-2026-04-14-protokoll.pdf",
        "_note": "Template J: the § heading prints the body's abbreviation before the § ('TN § "
                 "49'); the item number is the meeting's § as the contract writes it ('§ 49'). "
                 "Attendance 'paragraphs' are the §§ a note names; the time 'kl. 13.00–15.10' is "
                 "not a §. Substitutes are printed 'X (S) för Y (S)'.",
        "meeting": {"municipality": MUNI, "body": TN, "date": DATE,
                    "place": "Stadshuset, sammanträdesrum Vinterviken"},
        "attendance": _attendance(),
        "problems": [],
        "items": items,
    }


def ts_facts() -> dict:
    return {
        "file": "vintersund-tn-2026-03-30-tjansteutlatande.pdf",
        "_note": "A case paper on its own, its förslag under a bare 'Förslag till beslut' whose "
                 "lead names the body. No meeting is held in it: the meeting's date and the "
                 "förslag's date and § are null. The sum under 'Ekonomiska konsekvenser' is no "
                 "part of the förslag.",
        "meeting": {"municipality": MUNI, "body": TN, "date": None},
        "attendance": [],
        "items": [
            {"number": None, "title": TS_TITLE, "dnr": ["TN 2026/0118"],
             "documents": [{"kind": "tjänsteskrivelse", "title": TS_TITLE, "date": "2026-03-30"}],
             "decisions": [F.decision("förslag", TN, None, None, **F.empty(
                 clauses=F.clauses(*T50, numbered=False),
                 amounts=[F.amount(15), F.amount(450)],
                 text_lacks=["Ärendebeskrivning", "Anna Ek", "1,1 miljoner"]))]},
        ],
    }
