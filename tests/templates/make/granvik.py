"""Granvik kommun (invented), template FA: kommunfullmäktige 2026-11-23 in a Century-type
body with sans tables, whose secretary prints roll calls in ways none of A–CB does: a table
Ledamot / Parti / Tjg / Ja / Nej / Avstår / Frånv. whose cells print the vote as a word ("Ja"
under Ja) rather than an X, the serving substitute marked "tjg" in a column of its own, the
result line before the table and the table running over a page break without its heads
repeated; a roll call as running text party by party ("S: Ja 9 (Anna Berg, …)"); and one
appendix holding three voteringar of two §§, each headed only by its number and the §
("Votering 2, § 103"), its voters in JA / NEJ / AVSTÅR columns of names side by side with the
absent under them ("Frånvarande: …"), the §§ pointing to it with "Ja-röster: 17 (se bilaga 1)"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Granviks kommun"
KF = "Kommunfullmäktige"
DATE = "2026-11-23"
STYLE = Style(body="century", size=10, leading=1.34, left=70, right=62, top=92, bottom=78)
TABLE = "sans"

MEMBERS = [Person(n, p) for n, p in (
    ("Agneta Sundell", "S"), ("Rolf Hägglund", "S"), ("Nadia Karimi", "S"), ("Sven-Erik Ahl", "S"),
    ("Marita Lövgren", "S"), ("Tommy Vesterberg", "S"), ("Elsa Granat", "S"), ("Jonny Falkner", "S"),
    ("Ingela Borgström", "S"), ("Kenneth Rydh", "S"),
    ("Gunnar Stål", "M"), ("Birgitta Ohlsson", "M"), ("Claes Winge", "M"), ("Madeleine Fürst", "M"),
    ("Per-Olof Skarp", "M"), ("Lina Tegnér", "M"), ("Hasse Brodin", "M"),
    ("Roger Mattfolk", "SD"), ("Jessica Lantz", "SD"), ("Dennis Hallin", "SD"),
    ("Marléne Öst", "SD"), ("Kent Björne", "SD"),
    ("Ann-Sofie Dahlin", "C"), ("Östen Karp", "C"), ("Maja Rimmerfors", "C"),
    ("Yasmin Ali", "V"), ("Olle Härdig", "V"),
    ("Torbjörn Eng", "KD"), ("Ingrid Sahlén", "KD"),
    ("Felicia Nord", "L"), ("Jonas Vide", "MP"))]
SUB = {"Jonny Falkner": Person("Tuva Rehn", "S"), "Lina Tegnér": Person("Arne Bäck", "M")}
AWAY = {"Jonny Falkner", "Lina Tegnér", "Kent Björne"}

# § 101: ja = kommunstyrelsens förslag, nej = avslag (M, SD, KD), C avstår
V101 = roll_call(MEMBERS, {"S": "ja", "V": "ja", "MP": "ja", "L": "ja", "M": "nej", "SD": "nej",
                           "KD": "nej", "C": "avstår"}, SUB, AWAY)
# § 102: ja = kommunstyrelsens förslag, nej = Moderaternas yrkande
V102 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "nej", "MP": "ja", "L": "nej", "M": "nej",
                           "SD": "nej", "KD": "ja"}, SUB, AWAY, {"Maja Rimmerfors": "avstår"})
# § 103 votering 1: ja = avgörs i dag, nej = återremiss
V103A = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "nej", "C": "ja", "V": "nej", "KD": "ja",
                            "L": "ja", "MP": "avstår"}, SUB, AWAY)
# § 103 votering 2: ja = kommunstyrelsens förslag, nej = Sverigedemokraternas yrkande
V103B = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "nej", "C": "ja", "V": "avstår",
                            "KD": "ja", "L": "ja", "MP": "ja"}, SUB, AWAY)
# § 104: ja = bifall till motionen, nej = avslag
V104 = roll_call(MEMBERS, {"S": "nej", "M": "nej", "SD": "ja", "C": "nej", "V": "ja", "KD": "nej",
                           "L": "nej", "MP": "avstår"}, SUB, AWAY, {"Roger Mattfolk": "avstår"})

PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
HAMN = "Detaljplan för Granviks hamnområde"
SKATT = "Skattesats 2027"
BUDGET = "Mål och budget 2027–2029"
MOTION = "Motion om avgiftsfri kollektivtrafik för pensionärer"


def _header(s: Sheet) -> None:
    s.use("B", 10, TABLE)
    s.set_xy(s.l_margin, 32)
    s.cell(250, 12, "GRANVIKS KOMMUN")
    s.use("", 9, TABLE)
    s.set_xy(s.l_margin, 45)
    s.cell(250, 11, f"{KF}  –  Protokoll")
    s.set_xy(330, 32)
    s.cell(203, 12, f"Sammanträdesdatum {DATE}", align="R")
    s.set_xy(330, 45)
    s.cell(203, 11, f"Sida {s.page_no()} av {{nb}}", align="R")


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur: ...............   ...............", TABLE, 7.5)


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=11.5, number_w=48, before=14)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10, TABLE, h=14)


WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "Frånv."}
TABLE_COLS = [(0, 150, "Ledamot"), (150, 40, "Parti"), (190, 40, "Tjg"), (240, 50, "Ja"),
              (290, 50, "Nej"), (340, 55, "Avstår"), (400, 55, "Frånv.")]


def _word_table(s: Sheet, seats: list[Seat]) -> None:
    """Ledamot / Parti / Tjg / Ja / Nej / Avstår / Frånv.: the vote as a word in its column,
    "tjg" beside the serving substitute, the heads printed once."""
    s.head_row(TABLE_COLS, 9, TABLE)
    col = {"ja": 3, "nej": 4, "avstår": 5, "frånvarande": 6}
    for x in seats:
        k = col[x.vote]
        cells = [Cell(0, 150, x.who.name), Cell(150, 40, x.who.party or ""),
                 Cell(190, 40, "tjg" if x.voter else "")]
        cells.append(Cell(TABLE_COLS[k][0], TABLE_COLS[k][1], WORD[x.vote]))
        s.row([Cell(c.x, c.w, c.text, size=9, font=TABLE) for c in cells], size=9)
    s.gap(6)


def _by_party(s: Sheet, seats: list[Seat]) -> None:
    """S: Ja 9 (Agneta Sundell, …) — one paragraph per party, the names without party."""
    for party in PARTIES:
        own = [x for x in seats if x.member.party == party]
        parts = []
        for vote in ("ja", "nej", "avstår", "frånvarande"):
            who = [x.who.name for x in own if x.vote == vote]
            if who:
                parts.append(f"{WORD[vote] if vote != 'frånvarande' else 'Frånvarande'} "
                             f"{len(who)} ({', '.join(who)})")
        s.text(f"{party}: {', '.join(parts)}", after=1.5)
    s.gap(4)


def _appendix_list(s: Sheet, n: int, paragraph: int, seats: list[Seat]) -> None:
    """"Votering n, § p" over JA / NEJ / AVSTÅR columns of names; the absent under them."""
    s.need(200)
    s.gap(10)
    s.use("B", 11, TABLE)
    s.cell(0, 15, f"Votering {n}, § {paragraph}", new_x="LMARGIN", new_y="NEXT")
    s.gap(3)
    cols = {"ja": 0, "nej": 160, "avstår": 320}
    s.head_row([(x, 150, v.upper() if v != "avstår" else "AVSTÅR") for v, x in cols.items()],
               9.5, TABLE)
    lists = {v: [x.who.tag() for x in seats if x.vote == v] for v in cols}
    for k in range(max(len(v) for v in lists.values())):
        s.row([Cell(cols[v], 150, lists[v][k] if k < len(lists[v]) else "", size=9, font=TABLE)
               for v in cols], size=9)
    s.gap(4)
    away = [x.who.tag() for x in seats if x.vote == "frånvarande"]
    s.text(f"Frånvarande: {', '.join(away)}", size=9, font=TABLE, after=2)
    c = counts(seats)
    s.text(f"Summa: {c['ja']} ja, {c['nej']} nej, {c['avstår']} avstår", size=9, font=TABLE)


def _cover(s: Sheet) -> None:
    s.use("B", 16, TABLE)
    s.cell(0, 22, f"{KF}", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Granviks kommunhus, Fullmäktigesalen, {DATE} kl. 18.00–22.10")
    s.text("Justerare: Ann-Sofie Dahlin (C) och Rolf Hägglund (S)")
    s.text("Paragrafer: §§ 100–104")


def _minutes(s: Sheet) -> None:
    t101, t102 = counts(V101), counts(V102)
    a, b, m = counts(V103A), counts(V103B), counts(V104)
    _para(s, 100, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Fullmäktige utser Ann-Sofie Dahlin (C) och Rolf Hägglund (S) att justera dagens "
           "protokoll.")

    _para(s, 101, HAMN, "KS 2026/311")
    s.text("Planen gör det möjligt att bygga bostäder och verksamheter i det gamla hamnområdet. "
           "Samrådet och granskningen har redovisats för kommunstyrelsen, som föreslår "
           "fullmäktige att anta planen. Länsstyrelsen har inte haft något att erinra mot "
           "planförslaget i granskningsskedet. Planen har varit utställd under sex veckor och "
           "tretton yttranden har kommit in, varav fyra med synpunkter som föranlett ändringar "
           "i planbeskrivningen. Exploateringsavtalet med fastighetsägaren godkändes av "
           "kommunstyrelsen i oktober.")
    _label(s, "Yrkanden")
    s.text("Agneta Sundell (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Gunnar Stål (M) yrkar avslag på förslaget.")
    _label(s, "Omröstning")
    s.text("Ordföranden ställer proposition på förslagen och finner att fullmäktige bifaller "
           "kommunstyrelsens förslag. Votering begärs. Fullmäktige godkänner följande "
           "voteringsproposition: Ja för kommunstyrelsens förslag, nej för avslag.")
    s.text(f"Omröstningsresultat: {t101['ja']} ja, {t101['nej']} nej, {t101['avstår']} avstår, "
           f"{t101['frånvarande']} frånvarande.")
    _word_table(s, V101)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige antar detaljplanen för Granviks hamnområde.")

    _para(s, 102, SKATT, "KS 2026/290")
    _label(s, "Yrkanden")
    s.text("Agneta Sundell (S) yrkar bifall till kommunstyrelsens förslag om oförändrad "
           "skattesats.")
    s.text("Gunnar Stål (M) yrkar att skattesatsen sänks med 20 öre.")
    _label(s, "Omröstning")
    s.text("Votering begärs och verkställs. Ja för kommunstyrelsens förslag, nej för Gunnar "
           f"Ståls yrkande. Med {t102['ja']} ja-röster mot {t102['nej']} nej-röster och "
           f"{t102['avstår']} som avstår beslutar fullmäktige enligt kommunstyrelsens förslag. "
           "Så här röstade partierna:")
    _by_party(s, V102)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer oförändrad skattesats för 2027.")

    _para(s, 103, BUDGET, "KS 2026/250")
    _label(s, "Yrkanden")
    s.text("Agneta Sundell (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Roger Mattfolk (SD) yrkar att ärendet återremitteras.")
    s.text("Dennis Hallin (SD) yrkar bifall till Sverigedemokraternas budgetförslag.")
    _label(s, "Omröstningar")
    s.text("Votering 1 gäller om ärendet ska avgöras i dag: ja för att avgöra i dag, nej för "
           f"återremiss. Ja-röster: {a['ja']} (se bilaga 1). Nej-röster: {a['nej']}. "
           f"Avstår: {a['avstår']}.")
    s.text("Votering 2 gäller huvudfrågan: ja för kommunstyrelsens förslag, nej för "
           f"Sverigedemokraternas budgetförslag. Ja-röster: {b['ja']} (se bilaga 1). "
           f"Nej-röster: {b['nej']}. Avstår: {b['avstår']}.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer mål och budget 2027–2029 enligt kommunstyrelsens "
           "förslag.")

    _para(s, 104, MOTION, "KS 2026/118")
    _label(s, "Yrkanden")
    s.text("Yasmin Ali (V) yrkar bifall till motionen.")
    s.text("Agneta Sundell (S) yrkar avslag på motionen.")
    _label(s, "Omröstning")
    s.text("Votering begärs. Ja för bifall till motionen, nej för kommunstyrelsens förslag. "
           f"Ja-röster: {m['ja']} (se bilaga 1). Nej-röster: {m['nej']}. Avstår: {m['avstår']}.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige avslår motionen.")


def _appendix(s: Sheet) -> None:
    s.add_page()
    s.use("B", 13, TABLE)
    s.cell(0, 18, f"Bilaga 1 till protokoll {DATE}", new_x="LMARGIN", new_y="NEXT")
    s.text("Voteringar vid kommunfullmäktiges sammanträde", font=TABLE, after=4)
    _appendix_list(s, 1, 103, V103A)
    _appendix_list(s, 2, 103, V103B)
    _appendix_list(s, 1, 104, V104)


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    _minutes(s)
    _appendix(s)
    path = out / "granvik-kf-2026-11-23-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    sundell = F.motion("bifall", "Agneta Sundell (S)")
    return {
        "file": "granvik-kf-2026-11-23-protokoll.pdf",
        "_note": "§ 101's table prints the vote as a word in its column and the serving "
                 "substitute with 'tjg'; its heads are printed once though it runs over a page. "
                 "§ 102 lists the voters party by party in running text, names without party "
                 "(the party is the paragraph's). Bilaga 1 holds § 103's two voteringar and "
                 "§ 104's, each headed 'Votering n, § p', names in JA / NEJ / AVSTÅR columns, "
                 "the absent under them.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 100", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(100, clauses=F.clauses("Fullmäktige utser Ann-Sofie Dahlin (C) och Rolf "
                                          "Hägglund (S) att justera dagens protokoll.",
                                          numbered=False))]},
            {"number": "§ 101", "title": HAMN, "dnr": ["KS 2026/311"], "decisions": [
                kf(101, clauses=F.clauses("Kommunfullmäktige antar detaljplanen för Granviks "
                                          "hamnområde.", numbered=False),
                   motions=[sundell, F.motion("avslag", "Gunnar Stål (M)")],
                   votes=[F.counted(V101)])]},
            {"number": "§ 102", "title": SKATT, "dnr": ["KS 2026/290"], "decisions": [
                kf(102, clauses=F.clauses("Kommunfullmäktige fastställer oförändrad skattesats "
                                          "för 2027.", numbered=False),
                   motions=[sundell, F.motion("ändring", "Gunnar Stål (M)")],
                   votes=[F.counted(V102)])]},
            {"number": "§ 103", "title": BUDGET, "dnr": ["KS 2026/250"], "decisions": [
                kf(103, clauses=F.clauses("Kommunfullmäktige fastställer mål och budget "
                                          "2027–2029 enligt kommunstyrelsens förslag.",
                                          numbered=False),
                   motions=[sundell, F.motion("återremiss", "Roger Mattfolk (SD)"),
                            F.motion("bifall", "Dennis Hallin (SD)")],
                   votes=[F.counted(V103A), F.counted(V103B)])]},
            {"number": "§ 104", "title": MOTION, "dnr": ["KS 2026/118"], "decisions": [
                kf(104, clauses=F.clauses("Kommunfullmäktige avslår motionen.", numbered=False),
                   motions=[F.motion("bifall", "Yasmin Ali (V)"), F.motion("avslag", "Agneta Sundell (S)")],
                   votes=[F.counted(V104)])]},
        ],
    }
