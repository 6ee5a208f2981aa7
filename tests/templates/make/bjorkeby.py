"""Björkeby kommun (invented), template GB: kommunfullmäktige 2026-11-30, 61 seats, in a
Times-like body with sans tables, whose roll calls print **every seat as a pair of lines**: the
member's line and under it, indented, the substitute's ("ers. Karin Lund"), the X on the line of
the one who sat (the member's Frånv. column marked where nobody did), under Ledamot / Parti / Ja /
Nej / Avstår / Frånv.; over page breaks with a "Transport" row at the foot of each page and again
at the head of the next, a "Summa" row at the end. One such list stands in its §, the other in a
"Voteringsbilaga" after the §§ whose § is named only by its page's stamp ("Bilaga 1 till
kommunfullmäktiges protokoll § 192")."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Names, Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Björkeby kommun"
KF = "Kommunfullmäktige"
DATE = "2026-11-30"
STYLE = Style(body="serif", size=11, leading=1.28, left=70, right=62, top=92, bottom=80)
TABLE = "sans"
SEATS = {"S": 20, "M": 14, "SD": 12, "C": 5, "V": 4, "KD": 3, "L": 2, "MP": 1}

_names = Names(1130, part=2)
MEMBERS = _names.members(SEATS, {"S": ["Ingela Marklund"], "M": ["Björn Sandahl"],
                                 "SD": ["Tommy Hjort"]})
# every seat's substitute, printed under the member
PAIRED = {m.name: Person(_names.one(), m.party) for m in MEMBERS}
AWAY = {MEMBERS[4].name, MEMBERS[23].name, MEMBERS[37].name, MEMBERS[40].name}
# three of the four away had their substitute in the seat; the fourth seat stood empty
SERVING = {n: PAIRED[n] for n in (MEMBERS[4].name, MEMBERS[23].name, MEMBERS[40].name)}

# § 191: ja = kommunstyrelsens förslag, nej = avslag
V191 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "C": "ja", "KD": "ja", "L": "ja", "SD": "nej",
                           "V": "nej", "MP": "avstår"}, SERVING, AWAY)
# § 192: ja = kommunstyrelsens förslag, nej = Sverigedemokraternas yrkande
V192 = roll_call(MEMBERS, {"S": "ja", "V": "ja", "MP": "ja", "C": "ja", "L": "ja", "M": "nej",
                           "SD": "nej", "KD": "nej"}, SERVING, AWAY,
                 {MEMBERS[33].name: "avstår"})

ARENA = "Ny simhall i Björkeby centrum"
SKATT = "Skattesats 2027"


def _header(s: Sheet) -> None:
    stamp = s.state.get("stamp")
    body, date = s.state.get("body", KF), s.state.get("date", DATE)
    s.masthead(TABLE, ["BJÖRKEBY KOMMUN", stamp or f"{body} – protokoll"],
               [f"{date}", f"Sida {s.page_no()} ({{nb}})"], (30, 43), right_w=200)


def _footer(s: Sheet) -> None:
    if not s.state.get("stamp"):
        s.signature_line("Justerandes sign ............ ............", TABLE)


COLS = [(0, 190, "Ledamot"), (195, 40, "Parti"), (250, 40, "Ja"), (295, 40, "Nej"),
        (340, 50, "Avstår"), (395, 50, "Frånv.")]
ORDER = ("ja", "nej", "avstår", "frånvarande")


def _sums(s: Sheet, label: str, seats: list[Seat]) -> None:
    c = counts(seats)
    s.row([Cell(0, 190, label, "B", size=9, font=TABLE)] +
          [Cell(x, w, str(c[v]), "B", size=9, font=TABLE, align="C")
           for (x, w, _), v in zip(COLS[2:], ORDER)], size=9, keep=False)


def _mark(vote: str) -> Cell:
    x, w, _ = COLS[2 + ORDER.index(vote)]
    return Cell(x, w, "X", size=9, font=TABLE, align="C")


def _pairs(s: Sheet, seats: list[Seat]) -> None:
    """Every seat as two lines, the member's and the substitute's ("ers. …"), the X on the line
    of the one who sat; Transport rows at the page break, Summa at the end."""
    s.head_row(COLS, 9, TABLE)
    h = s.line_h(9)
    for k, x in enumerate(seats):
        if s.get_y() + 3 * h > s.page_break_trigger:
            _sums(s, "Transport", seats[:k])
            s.add_page()
            s.head_row(COLS, 9, TABLE)
            _sums(s, "Transport", seats[:k])
        sub = PAIRED[x.member.name]
        member_sat = x.voter is None
        s.row([Cell(0, 190, x.member.name, size=9, font=TABLE),
               Cell(195, 40, x.member.party or "", size=9, font=TABLE)] +
              ([_mark(x.vote)] if member_sat else []), size=9, keep=False)
        s.row([Cell(14, 176, f"ers. {sub.name}", size=9, font=TABLE)] +
              ([] if member_sat else [_mark(x.vote)]), size=9, keep=False)
    _sums(s, "Summa", seats)
    s.gap(6)


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=12, number_w=46, before=14)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 11, h=15)


def _cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 24, KF, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Björkeby Folkets hus, {DATE} kl. 18.30–22.00")
    s.text(f"Ordförande: {MEMBERS[0].tag()}")
    s.text(f"Justerare: {MEMBERS[20].tag()} och {MEMBERS[1].tag()}")
    s.text("Paragrafer: §§ 190–192")


def _minutes(s: Sheet) -> None:
    a, b = counts(V191), counts(V192)
    _para(s, 190, "Val av justerare", None)
    _label(s, "Beslut")
    s.text(f"Kommunfullmäktige utser {MEMBERS[20].tag()} och {MEMBERS[1].tag()} att justera "
           "dagens protokoll.")

    _para(s, 191, ARENA, "KS 2025/412")
    s.text("Kommunstyrelsen föreslår att en ny simhall byggs i Björkeby centrum och att "
           "projektet genomförs enligt förstudien.")
    _label(s, "Yrkanden")
    s.text(f"{MEMBERS[0].tag()} yrkar bifall till kommunstyrelsens förslag.")
    s.text(f"{MEMBERS[34].tag()} yrkar avslag på förslaget.")
    _label(s, "Omröstning")
    s.text("Votering begärs. Ja för kommunstyrelsens förslag, nej för avslag. Omröstningen "
           f"utfaller med {a['ja']} ja-röster mot {a['nej']} nej-röster, {a['avstår']} avstår "
           f"och {a['frånvarande']} är frånvarande.")
    _pairs(s, V191)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att bygga en ny simhall i Björkeby centrum enligt "
           "förstudien.")

    _para(s, 192, SKATT, "KS 2026/188")
    _label(s, "Yrkanden")
    s.text(f"{MEMBERS[0].tag()} yrkar bifall till kommunstyrelsens förslag om oförändrad "
           "skattesats.")
    s.text(f"{MEMBERS[34].tag()} yrkar att skattesatsen sänks med 15 öre.")
    _label(s, "Omröstning")
    s.text("Votering begärs. Ja för kommunstyrelsens förslag, nej för Sverigedemokraternas "
           f"yrkande. Med {b['ja']} ja-röster mot {b['nej']} nej-röster och {b['avstår']} som "
           "avstår beslutar fullmäktige enligt kommunstyrelsens förslag. Voteringslistan är "
           "bilaga 1 till protokollet.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer skattesatsen för 2027 till oförändrade 21:85 kronor.")


def _appendix(s: Sheet) -> None:
    s.state["stamp"] = "Bilaga 1 till kommunfullmäktiges protokoll § 192"
    s.add_page()
    s.use("B", 13, TABLE)
    s.cell(0, 18, "Voteringsbilaga", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    _pairs(s, V192)


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    _minutes(s)
    _appendix(s)
    path = out / "bjorkeby-kf-2026-11-30-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    chair, sd = MEMBERS[0].tag(), MEMBERS[34].tag()
    return {
        "file": "bjorkeby-kf-2026-11-30-protokoll.pdf",
        "_note": "Each seat is printed as the member's line and the substitute's ('ers. …') "
                 "under it; the voter is the one whose line carries the X (the substitute on "
                 "three seats), the member with Frånv. marked where nobody sat. A substitute "
                 "whose line carries no X is no voter. The appendix's § is named only by its "
                 "pages' running header.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 190", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(190, clauses=F.clauses(f"Kommunfullmäktige utser {MEMBERS[20].tag()} och "
                                          f"{MEMBERS[1].tag()} att justera dagens protokoll.",
                                          numbered=False))]},
            {"number": "§ 191", "title": ARENA, "dnr": ["KS 2025/412"], "decisions": [
                kf(191, clauses=F.clauses("Kommunfullmäktige beslutar att bygga en ny simhall i "
                                          "Björkeby centrum enligt förstudien.", numbered=False),
                   motions=[F.motion("bifall", chair), F.motion("avslag", sd)],
                   votes=[F.counted(V191)])]},
            {"number": "§ 192", "title": SKATT, "dnr": ["KS 2026/188"], "decisions": [
                kf(192, clauses=F.clauses("Kommunfullmäktige fastställer skattesatsen för 2027 "
                                          "till oförändrade 21:85 kronor.", numbered=False),
                   motions=[F.motion("bifall", chair), F.motion("ändring", sd)],
                   votes=[F.counted(V192)])]},
        ],
    }


# ------------------------------------------------------------------ KS 2026-11-16

KS = "Kommunstyrelsen"
KS_DATE = "2026-11-16"
KS_MEMBERS = [m for m in MEMBERS if m.name in (
    "Ingela Marklund", "Ingrid Wiklund", "Alice Hedlund", "Ingrid Wahlberg", "Petra Olsson",
    "Björn Sandahl", "Moa Malm", "Sanna Lind Bergström", "Tommy Hjort", "Mikael Bodin",
    "Fatima Ekberg", "Helena Eliasson", "Katarina Holmberg")]
KS_SUB = {"Ingrid Wahlberg": Person("Bo Eliasson", "S")}
# § 201, omröstning nr 1: ja = arbetsutskottets förslag, nej = avslag
K1 = roll_call(KS_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "M": "nej", "SD": "nej"}, KS_SUB,
               {"Ingrid Wahlberg"}, {"Katarina Holmberg": "nej"})
# § 203, omröstning nr 2: ja = arbetsutskottets förslag, nej = Sandahls yrkande
K2 = roll_call(KS_MEMBERS, {"S": "ja", "C": "ja", "V": "avstår", "M": "nej", "SD": "nej"},
               KS_SUB, {"Ingrid Wahlberg"}, {"Fatima Ekberg": "ja"})
MARK = "Markanvisning för Norra Ängen"
REVISION = "Ansvarsfrihet för Björkeby Energi AB:s styrelse"
BYGG = "Taxa för bygglov 2027"
WORDS = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår"}


def _ks_cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 24, KS, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Kommunhuset, sammanträdesrum Björken, {KS_DATE} kl. 13.00–15.30")
    s.text("Beslutande och närvarande: se närvarolista, bilaga 2")
    s.text("Justerare: Björn Sandahl (M)")
    s.text("Paragrafer: §§ 200–203")


def _ks_minutes(s: Sheet) -> None:
    a, b = counts(K1), counts(K2)
    _para(s, 200, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunstyrelsen utser Björn Sandahl (M) att jämte ordföranden justera protokollet.")

    _para(s, 201, MARK, "KS 2026/377")
    s.text("Arbetsutskottet föreslår att Björkeby Bostäder AB får en markanvisning för Norra "
           "Ängen under två år.")
    _label(s, "Yrkanden")
    s.text("Ingela Marklund (S) yrkar bifall till arbetsutskottets förslag.")
    s.text("Björn Sandahl (M) yrkar avslag.")
    _label(s, "Omröstning")
    s.text("Votering begärs och genomförs (omröstning nr 1). Ja för arbetsutskottets förslag, "
           f"nej för avslag. Omröstningen utfaller med {a['ja']} ja-röster mot {a['nej']} "
           "nej-röster.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen ger Björkeby Bostäder AB en markanvisning för Norra Ängen under "
           "två år.")

    _para(s, 202, REVISION, "KS 2026/402")
    s.text("Revisorerna tillstyrker att styrelsen i Björkeby Energi AB beviljas ansvarsfrihet "
           "för 2025.")
    _label(s, "Yrkanden")
    s.text("Ingela Marklund (S) yrkar bifall till revisorernas förslag.")
    s.text("Tommy Hjort (SD) yrkar att ansvarsfrihet inte beviljas.")
    _label(s, "Omröstning")
    s.text("Votering begärs. Ja för revisorernas förslag, nej för Hjorts yrkande. Vid "
           "omröstningen röstade Socialdemokraterna (5), Centerpartiet (1) och Vänsterpartiet "
           "(1) ja, medan Moderaterna (3) och Sverigedemokraterna (3) röstade nej. Med 7 "
           "ja-röster mot 6 nej-röster beslutar kommunstyrelsen enligt revisorernas förslag.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen beviljar styrelsen i Björkeby Energi AB ansvarsfrihet för 2025.")

    _para(s, 203, BYGG, "KS 2026/355")
    _label(s, "Yrkanden")
    s.text("Ingela Marklund (S) yrkar bifall till arbetsutskottets förslag.")
    s.text("Björn Sandahl (M) yrkar att taxan lämnas oförändrad.")
    _label(s, "Omröstning")
    s.text("Votering begärs (omröstning nr 2). Ja för arbetsutskottets förslag, nej för "
           f"Sandahls yrkande. Med {b['ja']} ja-röster mot {b['nej']} nej-röster och "
           f"{b['avstår']} som avstår beslutar kommunstyrelsen enligt arbetsutskottets förslag. "
           "Voteringslistorna finns i bilaga 1.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen fastställer taxan för bygglov 2027 enligt arbetsutskottets förslag.")


def _ks_list(s: Sheet, n: int, seats: list[Seat]) -> None:
    s.use("B", 11, TABLE)
    s.cell(0, 16, f"Omröstning nr {n}", new_x="LMARGIN", new_y="NEXT")
    s.gap(2)
    cols = [(0, 170, "Namn"), (180, 50, "Parti"), (240, 80, "Röst")]
    s.head_row(cols, 9, TABLE)
    for x in seats:
        s.row([Cell(0, 170, x.who.name, size=9, font=TABLE),
               Cell(180, 50, x.who.party or "", size=9, font=TABLE),
               Cell(240, 80, WORDS[x.vote], size=9, font=TABLE)], size=9)
    s.gap(14)


def _ks_appendices(s: Sheet) -> None:
    s.state["stamp"] = f"Bilaga 1 till kommunstyrelsens protokoll {KS_DATE}"
    s.add_page()
    s.use("B", 13, TABLE)
    s.cell(0, 18, "Omröstningar", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    _ks_list(s, 1, K1)
    _ks_list(s, 2, K2)
    s.state["stamp"] = f"Bilaga 2 till kommunstyrelsens protokoll {KS_DATE}"
    s.add_page()
    s.use("B", 13, TABLE)
    s.cell(0, 18, "Närvarolista", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    cols = [(0, 150, "Ledamot"), (155, 40, "Parti"), (200, 70, "Närvarande"),
            (275, 150, "Tjänstgörande ersättare")]
    s.head_row(cols, 9, TABLE)
    for m in KS_MEMBERS:
        sub = KS_SUB.get(m.name)
        s.row([Cell(0, 150, m.name, size=9, font=TABLE),
               Cell(155, 40, m.party or "", size=9, font=TABLE),
               Cell(200, 70, "" if sub else "X", size=9, font=TABLE, align="C"),
               Cell(275, 150, sub.tag() if sub else "", size=9, font=TABLE)], size=9)


def build_ks(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.state.update(body=KS, date=KS_DATE)
    s.add_page()
    _ks_cover(s)
    _ks_minutes(s)
    _ks_appendices(s)
    path = out / "bjorkeby-ks-2026-11-16-protokoll.pdf"
    s.output(str(path))
    return path


def ks_facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n, **F.empty(**kw))

    marklund = F.motion("bifall", "Ingela Marklund (S)")
    b = counts(K2)
    return {
        "file": "bjorkeby-ks-2026-11-16-protokoll.pdf",
        "_note": "Bilaga 1 holds omröstningar nr 1 and 2, headed by their numbers only (no §, no "
                 "title): nr 1 is § 201's, which names it and no bilaga, nr 2 § 203's. § 202's "
                 "vote names party groups with their sizes, no member: counts, no voters. Bilaga "
                 "2 is a närvarolista, no votes. Bo Eliasson sat for Ingrid Wahlberg.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "problems": [],
        "items": [
            {"number": "§ 200", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(200, clauses=F.clauses("Kommunstyrelsen utser Björn Sandahl (M) att jämte "
                                          "ordföranden justera protokollet.", numbered=False))]},
            {"number": "§ 201", "title": MARK, "dnr": ["KS 2026/377"], "decisions": [
                ks(201, clauses=F.clauses("Kommunstyrelsen ger Björkeby Bostäder AB en "
                                          "markanvisning för Norra Ängen under två år.",
                                          numbered=False),
                   motions=[marklund, F.motion("avslag", "Björn Sandahl (M)")],
                   votes=[F.counted(K1)])]},
            {"number": "§ 202", "title": REVISION, "dnr": ["KS 2026/402"], "decisions": [
                ks(202, clauses=F.clauses("Kommunstyrelsen beviljar styrelsen i Björkeby Energi "
                                          "AB ansvarsfrihet för 2025.", numbered=False),
                   motions=[F.motion("bifall", "Ingela Marklund (S)"),
                            F.motion("annat", "Tommy Hjort (SD)")],
                   votes=[F.vote(7, 6, None, voters=[])])]},
            {"number": "§ 203", "title": BYGG, "dnr": ["KS 2026/355"], "decisions": [
                ks(203, clauses=F.clauses("Kommunstyrelsen fastställer taxan för bygglov 2027 "
                                          "enligt arbetsutskottets förslag.", numbered=False),
                   motions=[marklund, F.motion("ändring", "Björn Sandahl (M)")],
                   votes=[F.vote(b["ja"], b["nej"], b["avstår"],
                                 voters=[x.fact() for x in K2], verified=True)])]},
        ],
    }


# ------------------------------------------------------------------ BUN 2026-11-24

BUN = "Barn- och utbildningsnämnden"
BUN_DATE = "2026-11-24"
BUN_MEMBERS = [m for m in MEMBERS if m.name in (
    "Petra Olsson", "Bo Eliasson", "Camilla Bergqvist", "Tove Öberg", "Moa Malm",
    "Filip Nordström", "Agnes Pettersson", "Mikael Bodin", "Petra Hedlund", "Rasmus Ekberg",
    "Örjan Holmberg")]
# § 62: columns Bifall / Avslag / Avstår; bifall (to förvaltningens förslag) is the first
B62 = roll_call(BUN_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "M": "nej", "SD": "nej"}, {},
                set(), {"Agnes Pettersson": "avstår"})
# § 63: the vote written "För" / "Emot" in a Röst column, on Holmbergs återremissyrkande
B63 = roll_call(BUN_MEMBERS, {"S": "nej", "C": "nej", "V": "ja", "M": "ja", "SD": "ja"}, {},
                set(), {"Filip Nordström": "nej"})
SKOLA = "Ny skolorganisation i Västra Björkeby"
FRITIDS = "Öppettider för fritidshemmen 2027"


def _bun_minutes(s: Sheet) -> None:
    a, b = counts(B62), counts(B63)
    _para(s, 61, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Nämnden utser Moa Malm (M) att jämte ordföranden justera protokollet.")

    _para(s, 62, SKOLA, "BUN 2026/140")
    s.text("Förvaltningen föreslår att årskurserna 7–9 i Västra Björkeby flyttas till "
           "Centralskolan från läsåret 2027/28.")
    _label(s, "Yrkanden")
    s.text("Petra Olsson (S) yrkar bifall till förvaltningens förslag.")
    s.text("Moa Malm (M) yrkar avslag på förvaltningens förslag.")
    _label(s, "Omröstning")
    s.text("Ordföranden ställer proposition på bifall och avslag och finner att nämnden bifaller "
           f"förvaltningens förslag. Votering begärs. Med {a['ja']} röster för bifall och "
           f"{a['nej']} för avslag, {a['avstår']} ledamot avstår, bifaller nämnden förslaget.")
    cols = [(0, 170, "Ledamot"), (175, 40, "Parti"), (230, 50, "Bifall"), (285, 50, "Avslag"),
            (340, 50, "Avstår")]
    s.head_row(cols, 9, TABLE)
    for x in B62:
        k = {"ja": 2, "nej": 3, "avstår": 4}[x.vote]
        s.row([Cell(0, 170, x.who.name, size=9, font=TABLE),
               Cell(175, 40, x.who.party or "", size=9, font=TABLE),
               Cell(cols[k][0], cols[k][1], "X", size=9, font=TABLE, align="C")], size=9)
    s.gap(6)
    _label(s, "Beslut")
    s.text("Barn- och utbildningsnämnden beslutar att årskurserna 7–9 i Västra Björkeby flyttas "
           "till Centralskolan från läsåret 2027/28.")

    _para(s, 63, FRITIDS, "BUN 2026/151")
    _label(s, "Yrkanden")
    s.text("Petra Olsson (S) yrkar bifall till förvaltningens förslag.")
    s.text("Örjan Holmberg (V) yrkar att ärendet återremitteras.")
    _label(s, "Omröstning")
    s.text("Ordföranden ställer först proposition på om ärendet ska återremitteras och finner "
           "att det ska avgöras i dag. Votering begärs om Holmbergs återremissyrkande. "
           f"Resultat: {b['ja']} röster för och {b['nej']} emot.")
    cols = [(0, 170, "Ledamot"), (175, 40, "Parti"), (230, 60, "Röst")]
    s.head_row(cols, 9, TABLE)
    word = {"ja": "För", "nej": "Emot", "avstår": "Avstår"}
    for x in B63:
        s.row([Cell(0, 170, x.who.name, size=9, font=TABLE),
               Cell(175, 40, x.who.party or "", size=9, font=TABLE),
               Cell(230, 60, word[x.vote], size=9, font=TABLE)], size=9)
    s.gap(6)
    _label(s, "Beslut")
    s.text("Barn- och utbildningsnämnden fastställer öppettiderna för fritidshemmen 2027 enligt "
           "förvaltningens förslag.")


def _bun_cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 24, BUN, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Kommunhuset, sammanträdesrum Eken, {BUN_DATE} kl. 14.00–16.10")
    s.text("Justerare: Moa Malm (M)")
    s.text("Paragrafer: §§ 61–63")


def build_bun(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.state.update(body=BUN, date=BUN_DATE)
    s.add_page()
    _bun_cover(s)
    _bun_minutes(s)
    path = out / "bjorkeby-bun-2026-11-24-protokoll.pdf"
    s.output(str(path))
    return path


def bun_facts() -> dict:
    def bun(n: int, **kw) -> dict:
        return F.decision("beslut", BUN, BUN_DATE, n, **F.empty(**kw))

    olsson = F.motion("bifall", "Petra Olsson (S)")
    return {
        "file": "bjorkeby-bun-2026-11-24-protokoll.pdf",
        "_note": "§ 62's table heads its vote columns by the proposals (Bifall / Avslag / "
                 "Avstår): the first proposal's votes are the ja, as a list by proposal is. "
                 "§ 63's Röst column writes the vote on the återremiss as För / Emot: för is ja.",
        "meeting": {"municipality": MUNI, "body": BUN, "date": BUN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 61", "title": "Val av justerare", "dnr": [], "decisions": [
                bun(61, clauses=F.clauses("Nämnden utser Moa Malm (M) att jämte ordföranden "
                                          "justera protokollet.", numbered=False))]},
            {"number": "§ 62", "title": SKOLA, "dnr": ["BUN 2026/140"], "decisions": [
                bun(62, clauses=F.clauses("Barn- och utbildningsnämnden beslutar att "
                                          "årskurserna 7–9 i Västra Björkeby flyttas till "
                                          "Centralskolan från läsåret 2027/28.", numbered=False),
                   motions=[olsson, F.motion("avslag", "Moa Malm (M)")],
                   votes=[F.counted(B62)])]},
            {"number": "§ 63", "title": FRITIDS, "dnr": ["BUN 2026/151"], "decisions": [
                bun(63, clauses=F.clauses("Barn- och utbildningsnämnden fastställer "
                                          "öppettiderna för fritidshemmen 2027 enligt "
                                          "förvaltningens förslag.", numbered=False),
                   motions=[olsson, F.motion("återremiss", "Örjan Holmberg (V)")],
                   votes=[F.counted(B63)])]},
        ],
    }


# ------------------------------------------------------------------ SN 2026-11-19

SN = "Socialnämnden"
SN_DATE = "2026-11-19"
SN_MEMBERS = [m for m in MEMBERS if m.name in (
    "Therese Andersson", "Malin Sandberg", "Elisabet Eliasson", "Kristina Bergqvist",
    "Inger Bengtsson", "Lovisa Nordström", "Kim Pettersson", "Filip Andersson", "Viktor Wahlberg",
    "Kerstin Fors", "Inger Fors")]
SN_SUB = {"Kim Pettersson": Person("Robert Malm", "M")}
# § 42: ja = förvaltningens förslag, nej = Bengtssons yrkande
S42 = roll_call(SN_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "M": "nej", "SD": "nej"}, SN_SUB,
                {"Kim Pettersson"}, {"Viktor Wahlberg": "avstår"})
RIKTLINJE = "Riktlinjer för ekonomiskt bistånd 2027"
SN_WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår"}


def _sn_minutes(s: Sheet) -> None:
    c = counts(S42)
    _para(s, 40, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Socialnämnden utser Inger Bengtsson (M) att jämte ordföranden justera protokollet.")
    _para(s, 41, "Information om verksamheten", None)
    s.text("Förvaltningschefen informerar om läget i verksamheten.")
    _label(s, "Beslut")
    s.text("Socialnämnden lägger informationen till handlingarna.")
    _para(s, 42, RIKTLINJE, "SN 2026/88")
    s.text("Förvaltningen har reviderat riktlinjerna för ekonomiskt bistånd inför 2027.")
    _label(s, "Yrkanden")
    s.text("Therese Andersson (S) yrkar bifall till förvaltningens förslag.")
    s.text("Inger Bengtsson (M) yrkar att riktlinjerna återremitteras.")
    _label(s, "Omröstning")
    cols = [(0, 170, "Ledamot"), (175, 40, "Parti"), (230, 60, "Röst")]
    s.head_row(cols, 9, TABLE)
    for x in S42:
        s.row([Cell(0, 170, x.who.name, size=9, font=TABLE),
               Cell(175, 40, x.who.party or "", size=9, font=TABLE),
               Cell(230, 60, SN_WORD[x.vote], size=9, font=TABLE)], size=9)
    s.gap(4)
    s.text(f"Med {c['ja']} ja-röster mot {c['nej']} nej-röster och {c['avstår']} som avstår "
           "beslutar socialnämnden enligt förvaltningens förslag.")
    _label(s, "Beslut")
    s.text("Socialnämnden antar riktlinjerna för ekonomiskt bistånd 2027.")
    s.gap(20)
    s.text("Justerandes sign ............ ............", size=9)


def build_sn(out: Path) -> Path:
    s = Sheet(STYLE, _header, None)
    s.alias_nb_pages("{nb}")
    s.state.update(body=SN, date=SN_DATE)
    s.add_page()
    s.use("B", 16)
    s.cell(0, 24, SN, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Kommunhuset, sammanträdesrum Linden, {SN_DATE} kl. 13.30–15.00")
    s.text("Paragrafer: §§ 40–42", after=8)
    _sn_minutes(s)
    path = out / "bjorkeby-sn-2026-11-19-protokoll.pdf"
    s.output(str(path))
    return path


def sn_facts() -> dict:
    def sn(n: int, **kw) -> dict:
        return F.decision("beslut", SN, SN_DATE, n, **F.empty(**kw))

    c = counts(S42)
    return {
        "file": "bjorkeby-sn-2026-11-19-protokoll.pdf",
        "_note": "The last § prints its roll call under its own label 'Omröstning', the result "
                 "under the table and the decision after it: the §'s own list, no appendix. "
                 "Robert Malm sat for Kim Pettersson.",
        "meeting": {"municipality": MUNI, "body": SN, "date": SN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 40", "title": "Val av justerare", "dnr": [], "decisions": [
                sn(40, clauses=F.clauses("Socialnämnden utser Inger Bengtsson (M) att jämte "
                                         "ordföranden justera protokollet.", numbered=False))]},
            {"number": "§ 41", "title": "Information om verksamheten", "dnr": [], "decisions": [
                sn(41, clauses=F.clauses("Socialnämnden lägger informationen till handlingarna.",
                                         numbered=False))]},
            {"number": "§ 42", "title": RIKTLINJE, "dnr": ["SN 2026/88"], "decisions": [
                sn(42, clauses=F.clauses("Socialnämnden antar riktlinjerna för ekonomiskt "
                                         "bistånd 2027.", numbered=False),
                   motions=[F.motion("bifall", "Therese Andersson (S)"),
                            F.motion("återremiss", "Inger Bengtsson (M)")],
                   votes=[F.vote(c["ja"], c["nej"], c["avstår"],
                                 voters=[x.fact() for x in S42], verified=True)])]},
        ],
    }
