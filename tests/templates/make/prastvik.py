"""Prästvik kommun (invented), templates PA and PB: roll calls printed under column heads in
words no reader's lexicon holds, or under none.

**PA**, kommunfullmäktige 2026-11-09, 31 seats, a Times-like layout: § 61's roll call in the §
as a table Nr / Ledamot / Grupp / **KS förslag / M-yrkandet / Ej röst** (the proposals named
short over the X columns), the seat's number first, names **"Efternamn, Förnamn"**, the
substitute marked "(ers.)" after the name, the empty seat's row unmarked (nothing says
Frånvarande), over a page break **without the heads repeated**, a Summa row at the end; § 62's
roll call in a voting appendix after the §§ ("Bilaga 2", no stamp in the running header) as
**two lists side by side without any heads**, "Förnamn Efternamn (Parti)" and the vote as a
letter J / N / A or "–" for the member away, its key under the lists.

**PB**, kommunstyrelsen 2026-10-26, 13 seats, a sans layout: § 121's roll call under Ledamot /
Parti / Röst whose Röst column writes the proposal, **"Bifall" / "Avslag"**, and "Frånvarande",
"Med 7 röster för bifall och 5 för avslag"; § 122's with the party **first** under Parti / Namn
/ **Alternativ 1 / Alternativ 2** / Avstår / Frånvarande with **check marks**, "8 röster för
alternativ 1 och 4 röster för alternativ 2"; a table of the counts party by party in § 123 (no
voters) and a list of the members' roles on the cover (no roll call). Its barn- och
utbildningsnämnd 2026-11-17 (11 seats) in the same layout: a närvarolista in § 80 (Namn / Parti /
Närvarande / Frånvarande with X: no roll call); § 81's roll call Nr / Namn / Parti / Funktion /
**Avgivet** with names **surname first without a comma**, parties in **lower case** in their
column, the vote in capitals ("JA", "NEJ", "AVSTÅR", "FRÅNVARANDE"), "Resultat: 6 ja, 4 nej, 1
avstår"; § 82's in an "Omröstningsprotokoll § 82" after the §§ (no "Bilaga"), the § saying only
"Omröstningsprotokollet bifogas.", X marks under **"Förvaltningens förslag / <Surname>s yrkande /
Avstod"**."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Names, Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Prästviks kommun"
KF, KS = "Kommunfullmäktige", "Kommunstyrelsen"
KF_DATE, KS_DATE = "2026-11-09", "2026-10-26"

_names = Names(1109, part=2)
KF_SEATS = {"S": 11, "M": 8, "SD": 5, "C": 3, "V": 2, "KD": 1, "L": 1}
KF_MEMBERS = _names.members(KF_SEATS, {})
KF_CHAIR, KF_M, KF_V = KF_MEMBERS[0], KF_MEMBERS[11], KF_MEMBERS[27]
KF_SUB = {KF_MEMBERS[4].name: Person(_names.one(), "S")}
KF_AWAY = {KF_MEMBERS[4].name, KF_MEMBERS[21].name}
# § 61: ja = kommunstyrelsens förslag, nej = Moderaternas yrkande; one abstains
V61 = roll_call(KF_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "L": "ja", "M": "nej", "SD": "nej",
                             "KD": "nej"}, KF_SUB, KF_AWAY, {KF_MEMBERS[29].name: "avstår"})
# § 62: ja = kommunstyrelsens förslag, nej = Vänsterpartiets yrkande
V62 = roll_call(KF_MEMBERS, {"S": "ja", "M": "ja", "C": "ja", "KD": "ja", "L": "avstår",
                             "SD": "nej", "V": "nej"}, KF_SUB, KF_AWAY)

KS_SEATS = {"S": 5, "M": 3, "SD": 2, "C": 1, "V": 1, "KD": 1}
KS_MEMBERS = _names.members(KS_SEATS, {})
KS_CHAIR, KS_M = KS_MEMBERS[0], KS_MEMBERS[5]
KS_AWAY = {KS_MEMBERS[9].name}
# § 121: ja = bifall till motionen (Bifall), nej = avslag (Avslag)
V121 = roll_call(KS_MEMBERS, {"S": "ja", "V": "ja", "C": "ja", "M": "nej", "SD": "nej",
                              "KD": "nej"}, {}, KS_AWAY)
# § 122: ja = alternativ 1 (arbetsutskottets förslag), nej = alternativ 2 (Moderaternas)
V122 = roll_call(KS_MEMBERS, {"S": "ja", "C": "ja", "SD": "ja", "M": "nej", "KD": "nej",
                              "V": "avstår"}, {}, set())

TAXA = "Taxa för bygglov och tillsyn 2027"
SKOLA = "Ny skolstruktur i Prästviks tätort"
MOTION = "Motion om gratis kollektivtrafik för pensionärer"
HALL = "Ny idrottshall i Norrvreta"


# ------------------------------------------------------------------ PA: kommunfullmäktige

PA = Style(body="serif", size=11, leading=1.3, left=68, right=62, top=92, bottom=80)


def _pa_header(s: Sheet) -> None:
    s.masthead("serif", ["PRÄSTVIKS KOMMUN", f"{KF} – protokoll"],
               [KF_DATE, f"Sida {s.page_no()} ({{nb}})"], (32, 45))


def _pa_footer(s: Sheet) -> None:
    s.signature_line("Justerare ..................   ..................", "serif")


def _surname_first(p: Person) -> str:
    given, _, surname = p.name.partition(" ")
    return f"{surname}, {given}"


NR, LEDAMOT, GRUPP = (0, 20), (22, 170), (196, 44)
MARKS_X = (250, 320, 390)
MARK_W = 62
PA_CHOICES = ("ja", "nej", "avstår")


def _pa_table(s: Sheet, seats: list[Seat]) -> None:
    s.row([Cell(*NR, "Nr", "B", size=9.5), Cell(*LEDAMOT, "Ledamot", "B", size=9.5),
           Cell(*GRUPP, "Grupp", "B", size=9.5),
           *[Cell(x, MARK_W, t, "B", size=9.5, align="C")
             for x, t in zip(MARKS_X, ("KS förslag", "M-yrkandet", "Ej röst"))]],
          size=9.5, after=2)
    for k, seat in enumerate(seats, 1):
        name = _surname_first(seat.who) + (" (ers.)" if seat.voter else "")
        cells = [Cell(*NR, str(k), size=9.5), Cell(*LEDAMOT, name, size=9.5),
                 Cell(*GRUPP, seat.who.party or "", size=9.5)]
        cells += [Cell(x, MARK_W, "X", size=9.5, align="C")
                  for x, v in zip(MARKS_X, PA_CHOICES) if v == seat.vote]
        s.row(cells, size=9.5)
    c = counts(seats)
    s.row([Cell(*LEDAMOT, "Summa", "B", size=9.5),
           *[Cell(x, MARK_W, str(c[v]), "B", size=9.5, align="C")
             for x, v in zip(MARKS_X, PA_CHOICES)]], size=9.5, after=6)


LETTER = {"ja": "J", "nej": "N", "avstår": "A", "frånvarande": "–"}


def _pa_appendix(s: Sheet) -> None:
    s.add_page()
    s.use("B", 13)
    s.cell(0, 18, "Bilaga 2", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Omröstning i § 62 {SKOLA}", style="B", size=11, after=10)
    half = (len(V62) + 1) // 2
    left, right = V62[:half], V62[half:]
    for k in range(half):
        cells = [Cell(0, 170, left[k].who.tag(), size=10),
                 Cell(180, 20, LETTER[left[k].vote], size=10, align="C")]
        if k < len(right):
            cells += [Cell(240, 170, right[k].who.tag(), size=10),
                      Cell(420, 20, LETTER[right[k].vote], size=10, align="C")]
        s.row(cells, size=10)
    s.gap(10)
    s.text("J = ja   N = nej   A = avstår   – = frånvarande", size=9)


def build_kf(out: Path) -> Path:
    s = Sheet(PA, _pa_header, _pa_footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.use("B", 16)
    s.cell(0, 22, f"{KF}s protokoll", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Prästviks kommunhus, {KF_DATE} kl. 18.30–21.40")
    s.text(f"Ordförande: {KF_CHAIR.tag()}")
    s.text(f"Justerare: {KF_MEMBERS[12].tag()}")
    s.text("Paragrafer: §§ 60–64", after=10)
    a, b = counts(V61), counts(V62)

    s.para_head(60, "Val av justerare", None, without_dnr=4)
    s.text(f"Kommunfullmäktige utser {KF_MEMBERS[12].tag()} att jämte ordföranden justera "
           "protokollet.")

    s.para_head(61, TAXA, "KS 2026/301")
    s.text("Byggnadsnämnden har föreslagit en ny taxa för bygglov och tillsyn med ett höjt "
           "timpris. Kommunstyrelsen föreslår att fullmäktige antar taxan.")
    s.text(f"Yrkanden: {KF_CHAIR.tag()} yrkar bifall till kommunstyrelsens förslag. "
           f"{KF_M.tag()} yrkar avslag på förslaget.")
    s.text("Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller "
           "kommunstyrelsens förslag. Votering begärs och ska genomföras. Den som vill bifalla "
           "kommunstyrelsens förslag röstar ja, den som vill bifalla Moderaternas yrkande röstar "
           "nej. Omröstningen ger följande resultat:")
    _pa_table(s, V61)
    s.text(f"Med {a['ja']} ja-röster mot {a['nej']} nej-röster beslutar fullmäktige enligt "
           f"kommunstyrelsens förslag. En ledamot avstår.")
    s.text("Beslut", style="B", after=2)
    s.text("Kommunfullmäktige antar taxa för bygglov och tillsyn 2027.")

    s.para_head(62, SKOLA, "KS 2026/288")
    s.text("Barn- och utbildningsnämnden har utrett en ny skolstruktur med en F–6-skola i "
           "tätorten.")
    s.text(f"Yrkanden: {KF_CHAIR.tag()} yrkar bifall till kommunstyrelsens förslag. "
           f"{KF_V.tag()} yrkar avslag på förslaget.")
    s.text(f"Votering begärs. Omröstningen utföll med {b['ja']} ja-röster mot {b['nej']} "
           f"nej-röster. {b['avstår']} ledamot avstod och 1 ledamot var frånvarande. Hur var "
           "och en röstade framgår av bilaga 2.")
    s.text("Beslut", style="B", after=2)
    s.text("Kommunfullmäktige fastställer den nya skolstrukturen enligt kommunstyrelsens "
           "förslag.")

    s.para_head(63, HALL, "KS 2026/145")
    s.text("Beslut", style="B", after=2)
    s.text("Kommunfullmäktige beviljar kommunstyrelsen en investeringsram för idrottshallen.")

    s.para_head(64, "Anmälan av motioner", None, without_dnr=4)
    s.text("Beslut", style="B", after=2)
    s.text("Kommunfullmäktige remitterar motionerna till kommunstyrelsen för beredning.")
    _pa_appendix(s)
    path = out / "prastvik-kf-2026-11-09-protokoll.pdf"
    s.output(str(path))
    return path


def kf_facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, KF_DATE, n, **F.empty(**kw))

    return {
        "file": "prastvik-kf-2026-11-09-protokoll.pdf",
        "_note": "§ 61's table heads its X columns with the proposals named short (KS förslag = "
                 "ja, M-yrkandet = nej, Ej röst = avstår, as the proposition says); the empty "
                 "seat's row is unmarked and nothing says Frånvarande, so it names no voter. "
                 "§ 62's appendix prints the member away with '–', so that member is a voter "
                 "(frånvarande).",
        "meeting": {"municipality": MUNI, "body": KF, "date": KF_DATE},
        "problems": [],
        "items": [
            {"number": "§ 60", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(60, clauses=F.clauses(f"Kommunfullmäktige utser {KF_MEMBERS[12].tag()} att "
                                         "jämte ordföranden justera protokollet.",
                                         numbered=False))]},
            {"number": "§ 61", "title": TAXA, "dnr": ["KS 2026/301"], "decisions": [
                kf(61, clauses=F.clauses("Kommunfullmäktige antar taxa för bygglov och tillsyn "
                                         "2027.", numbered=False),
                   motions=[F.motion("bifall", KF_CHAIR.tag()), F.motion("avslag", KF_M.tag())],
                   votes=[F.counted(V61, printed_absent=False)])]},
            {"number": "§ 62", "title": SKOLA, "dnr": ["KS 2026/288"], "decisions": [
                kf(62, clauses=F.clauses("Kommunfullmäktige fastställer den nya skolstrukturen "
                                         "enligt kommunstyrelsens förslag.", numbered=False),
                   motions=[F.motion("bifall", KF_CHAIR.tag()), F.motion("avslag", KF_V.tag())],
                   votes=[F.counted(V62)])]},
            {"number": "§ 63", "title": HALL, "dnr": ["KS 2026/145"], "decisions": [
                kf(63, clauses=F.clauses("Kommunfullmäktige beviljar kommunstyrelsen en "
                                         "investeringsram för idrottshallen.", numbered=False))]},
            {"number": "§ 64", "title": "Anmälan av motioner", "dnr": [], "decisions": [
                kf(64, clauses=F.clauses("Kommunfullmäktige remitterar motionerna till "
                                         "kommunstyrelsen för beredning.", numbered=False))]},
        ],
    }


# ------------------------------------------------------------------ PB: kommunstyrelsen

PB = Style(body="sans", size=10, leading=1.35, left=72, right=60, top=88, bottom=78)


def _pb_header(s: Sheet) -> None:
    s.masthead("sans", ["Prästviks kommun", f"{KS}"],
               [f"Sammanträdesprotokoll {KS_DATE}", f"{s.page_no()} av {{nb}}"], (30, 42))


def _pb_footer(s: Sheet) -> None:
    s.signature_line("Ordförandes sign.        Justerandes sign.        Utdragsbestyrkande",
                     "sans")


RESULT_WORD = {"ja": "Bifall", "nej": "Avslag", "frånvarande": "Frånvarande"}
ALT_X = (210, 270, 330, 390)
ALT_CHOICES = ("ja", "nej", "avstår", "frånvarande")


def _pb_121(s: Sheet) -> None:
    s.row([Cell(0, 170, "Ledamot", "B", size=9.5), Cell(180, 50, "Parti", "B", size=9.5),
           Cell(240, 80, "Röst", "B", size=9.5)], size=9.5, after=2)
    for seat in V121:
        s.row([Cell(0, 170, seat.who.name, size=9.5), Cell(180, 50, seat.who.party or "", size=9.5),
               Cell(240, 80, RESULT_WORD[seat.vote], size=9.5)], size=9.5)
    s.gap(6)


def _pb_122(s: Sheet) -> None:
    s.row([Cell(0, 40, "Parti", "B", size=9.5), Cell(42, 160, "Namn", "B", size=9.5),
           *[Cell(x, 56, t, "B", size=9, align="C") for x, t in
             zip(ALT_X, ("Alternativ 1", "Alternativ 2", "Avstår", "Frånvarande"))]],
          size=9.5, after=2)
    for seat in V122:
        cells = [Cell(0, 40, seat.who.party or "", size=9.5), Cell(42, 160, seat.who.name, size=9.5)]
        cells += [Cell(x, 56, "✓", font="dejavu", size=9.5, align="C")
                  for x, v in zip(ALT_X, ALT_CHOICES) if v == seat.vote]
        s.row(cells, size=9.5)
    s.gap(6)


def build_ks(out: Path) -> Path:
    s = Sheet(PB, _pb_header, _pb_footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.use("B", 15)
    s.cell(0, 20, f"Protokoll {KS}", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Tid och plats: {KS_DATE} kl. 13.00–16.10, Sessionssalen, Prästviks kommunhus")
    s.text("Beslutande", style="B", after=2)
    for p, role in ((KS_CHAIR, "ordförande"), (KS_M, "vice ordförande"),
                    (KS_MEMBERS[1], "ledamot"), (KS_MEMBERS[6], "ledamot")):
        s.row([Cell(0, 200, p.tag(), size=10), Cell(210, 120, role, size=10)], size=10)
    s.text("samt övriga ledamöter enligt omröstningslistorna.", after=8)
    a, b = counts(V121), counts(V122)

    s.para_head(120, "Val av justerare", None, without_dnr=4)
    s.text(f"Kommunstyrelsen utser {KS_MEMBERS[1].tag()} att justera protokollet.")

    s.para_head(121, MOTION, "KS 2026/77")
    s.text("Motionären föreslår att pensionärer ska resa gratis med kollektivtrafiken i "
           "kommunen. Förvaltningen föreslår att motionen avslås.")
    s.text(f"{KS_CHAIR.tag()} yrkar bifall till motionen. {KS_M.tag()} yrkar avslag på "
           "motionen.")
    s.text("Votering begärs. Omröstningslista:")
    _pb_121(s)
    s.text(f"Med {a['ja']} röster för bifall och {a['nej']} för avslag beslutar kommunstyrelsen "
           "att bifalla motionen. En ledamot var frånvarande.")
    s.text("Beslut", style="B", after=2)
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att bifalla motionen.")

    s.para_head(122, SKOLA, "KS 2026/288")
    s.text("Arbetsutskottet har föreslagit en ny skolstruktur (alternativ 1). "
           f"{KS_M.tag()} yrkar bifall till Moderaternas förslag om två F–6-skolor "
           "(alternativ 2).")
    s.text(f"{KS_CHAIR.tag()} yrkar bifall till arbetsutskottets förslag.")
    s.text("Votering begärs och genomförs enligt följande:")
    _pb_122(s)
    s.text(f"Omröstningen utföll med {b['ja']} röster för alternativ 1 och {b['nej']} röster "
           f"för alternativ 2, {b['avstår']} ledamot avstod.")
    s.text("Beslut", style="B", after=2)
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att fastställa den nya skolstrukturen "
           "enligt arbetsutskottets förslag.")

    s.para_head(123, "Redovisning av partistöd 2026", "KS 2026/12")
    s.text("Partierna har redovisat hur partistödet har använts. Antal mandat och "
           "redovisningar per parti:")
    s.row([Cell(0, 60, "Parti", "B", size=9.5), Cell(80, 60, "Mandat", "B", size=9.5),
           Cell(160, 80, "Redovisat", "B", size=9.5)], size=9.5, after=2)
    for party, n in (("S", 11), ("M", 8), ("SD", 5), ("C", 3)):
        s.row([Cell(0, 60, party, size=9.5), Cell(80, 60, str(n), size=9.5),
               Cell(160, 80, "1", size=9.5)], size=9.5)
    s.gap(6)
    s.text("Beslut", style="B", after=2)
    s.text("Kommunstyrelsen lägger redovisningen till handlingarna.")
    path = out / "prastvik-ks-2026-10-26-protokoll.pdf"
    s.output(str(path))
    return path


def ks_facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n, **F.empty(**kw))

    def to_kf(n: int, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n, proposed_to=KF, **F.empty(**kw))

    return {
        "file": "prastvik-ks-2026-10-26-protokoll.pdf",
        "_note": "§ 121's Röst column writes the proposal: Bifall is the ja (the result counts "
                 "the bifall first), Avslag the nej. § 122's Alternativ 1 / Alternativ 2 are "
                 "ja / nej. § 123's table of mandates per party and the cover's list of roles "
                 "are no roll calls.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "problems": [],
        "items": [
            {"number": "§ 120", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(120, clauses=F.clauses(f"Kommunstyrelsen utser {KS_MEMBERS[1].tag()} att "
                                          "justera protokollet.", numbered=False))]},
            {"number": "§ 121", "title": MOTION, "dnr": ["KS 2026/77"], "decisions": [
                to_kf(121, clauses=F.clauses("Kommunstyrelsen föreslår kommunfullmäktige att "
                                             "bifalla motionen.", numbered=False),
                      motions=[F.motion("bifall", KS_CHAIR.tag()),
                               F.motion("avslag", KS_M.tag())],
                      votes=[F.counted(V121)])]},
            {"number": "§ 122", "title": SKOLA, "dnr": ["KS 2026/288"], "decisions": [
                to_kf(122, clauses=F.clauses("Kommunstyrelsen föreslår kommunfullmäktige att "
                                             "fastställa den nya skolstrukturen enligt "
                                             "arbetsutskottets förslag.", numbered=False),
                      motions=[F.motion("bifall", KS_M.tag()),
                               F.motion("bifall", KS_CHAIR.tag())],
                      votes=[F.counted(V122)])]},
            {"number": "§ 123", "title": "Redovisning av partistöd 2026", "dnr": ["KS 2026/12"],
             "decisions": [
                 ks(123, clauses=F.clauses("Kommunstyrelsen lägger redovisningen till "
                                           "handlingarna.", numbered=False))]},
        ],
    }


# ------------------------------------------------------------------ PB: barn- och utbildningsnämnden

BUN = "Barn- och utbildningsnämnden"
BUN_DATE = "2026-11-17"
BUN_SEATS = {"S": 4, "M": 3, "SD": 2, "C": 1, "V": 1}
BUN_MEMBERS = _names.members(BUN_SEATS, {})
BUN_CHAIR, BUN_M = BUN_MEMBERS[0], BUN_MEMBERS[4]
BUN_M_SURNAME = BUN_M.name.split()[-1]
BUN_AWAY = {BUN_MEMBERS[8].name}
BUN_SUB = {BUN_MEMBERS[2].name: Person(_names.one(), "S")}
# § 81: ja = förvaltningens förslag, nej = avslag (Moderaterna); V avstår
V81 = roll_call(BUN_MEMBERS, {"S": "ja", "C": "ja", "SD": "ja", "M": "nej", "V": "avstår"},
                BUN_SUB, set())
# § 82: ja = förvaltningens förslag, nej = the M member's yrkande, C avstod; one SD member away
V82 = roll_call(BUN_MEMBERS, {"S": "ja", "V": "ja", "M": "nej", "SD": "nej", "C": "avstår"},
                BUN_SUB, BUN_AWAY)
LOKAL = "Lokalförsörjningsplan för förskolan 2027–2030"
SKOLSKJUTS = "Riktlinjer för skolskjuts"
WORD_CAPS = {"ja": "JA", "nej": "NEJ", "avstår": "AVSTÅR", "frånvarande": "FRÅNVARANDE"}
BUN_X = (250, 330, 410)


def _bun_turned(p: Person) -> str:
    given, _, surname = p.name.partition(" ")
    return f"{surname} {given}"


def _bun_81(s: Sheet) -> None:
    s.row([Cell(0, 20, "Nr", "B", size=9.5), Cell(22, 150, "Namn", "B", size=9.5),
           Cell(176, 36, "Parti", "B", size=9.5), Cell(214, 130, "Funktion", "B", size=9.5),
           Cell(350, 90, "Avgivet", "B", size=9.5)], size=9.5, after=2)
    for k, seat in enumerate(V81, 1):
        role = "Tjänstgörande ersättare" if seat.voter else ("Ordförande" if k == 1 else "Ledamot")
        s.row([Cell(0, 20, str(k), size=9.5), Cell(22, 150, _bun_turned(seat.who), size=9.5),
               Cell(176, 36, (seat.who.party or "").lower(), size=9.5),
               Cell(214, 130, role, size=9.5), Cell(350, 90, WORD_CAPS[seat.vote], size=9.5)],
              size=9.5)
    s.gap(6)


def _bun_82(s: Sheet) -> None:
    s.add_page()
    s.use("B", 13)
    s.cell(0, 18, "Omröstningsprotokoll § 82", new_x="LMARGIN", new_y="NEXT")
    s.text(f"{BUN} {BUN_DATE}, {SKOLSKJUTS}", size=10, after=8)
    s.row([Cell(0, 160, "Ledamot", "B", size=9), Cell(170, 40, "Parti", "B", size=9),
           *[Cell(x, 76, t, "B", size=9, align="C") for x, t in
             zip(BUN_X, ("Förvaltningens förslag", f"{BUN_M_SURNAME}s yrkande", "Avstod"))]],
          size=9, after=2)
    for seat in V82:
        cells = [Cell(0, 160, seat.who.name, size=9.5), Cell(170, 40, seat.who.party or "",
                                                             size=9.5)]
        cells += [Cell(x, 76, "X", size=9.5, align="C")
                  for x, v in zip(BUN_X, ("ja", "nej", "avstår")) if v == seat.vote]
        s.row(cells, size=9.5)


def build_bun(out: Path) -> Path:
    s = Sheet(PB, _pb_header_bun, _pb_footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.use("B", 15)
    s.cell(0, 20, f"Protokoll {BUN}", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Tid och plats: {BUN_DATE} kl. 17.00–19.30, Prästviks kommunhus, rum Vreten",
           after=8)
    a, b = counts(V81), counts(V82)

    s.para_head(80, "Upprop och närvaro", None, without_dnr=4)
    s.text("Ordföranden förrättar upprop. Närvarolista:")
    s.row([Cell(0, 170, "Namn", "B", size=9.5), Cell(180, 40, "Parti", "B", size=9.5),
           Cell(240, 70, "Närvarande", "B", size=9.5, align="C"),
           Cell(320, 70, "Frånvarande", "B", size=9.5, align="C")], size=9.5, after=2)
    for m in BUN_MEMBERS:
        x = 320 if m.name in BUN_AWAY else 240
        s.row([Cell(0, 170, m.name, size=9.5), Cell(180, 40, m.party or "", size=9.5),
               Cell(x, 70, "X", size=9.5, align="C")], size=9.5)
    s.gap(6)
    s.text("Beslut", style="B", after=2)
    s.text("Nämnden godkänner uppropet.")

    s.para_head(81, LOKAL, "BUN 2026/140")
    s.text("Förvaltningen har tagit fram en plan för förskolans lokaler 2027–2030 och föreslår "
           "att nämnden antar den.")
    s.text(f"{BUN_CHAIR.tag()} yrkar bifall till förvaltningens förslag. {BUN_M.tag()} yrkar "
           "avslag på förslaget.")
    s.text("Omröstning begärs. Ja för förvaltningens förslag, nej för avslag.")
    _bun_81(s)
    s.text(f"Resultat: {a['ja']} ja, {a['nej']} nej, {a['avstår']} avstår.")
    s.text("Beslut", style="B", after=2)
    s.text("Barn- och utbildningsnämnden antar lokalförsörjningsplanen för förskolan "
           "2027–2030.")

    s.para_head(82, SKOLSKJUTS, "BUN 2026/151")
    s.text("Förvaltningen föreslår nya riktlinjer för skolskjuts med ett avstånd om tre "
           "kilometer för årskurs 4–6.")
    s.text(f"{BUN_CHAIR.tag()} yrkar bifall till förvaltningens förslag. {BUN_M.tag()} yrkar "
           "avslag på förvaltningens förslag.")
    s.text(f"Omröstning begärs och genomförs. Med {b['ja']} ja-röster mot {b['nej']} nej-röster "
           f"beslutar nämnden enligt förvaltningens förslag. {b['avstår']} ledamot avstod och 1 "
           "ledamot var frånvarande. Omröstningsprotokollet bifogas.")
    s.text("Beslut", style="B", after=2)
    s.text("Barn- och utbildningsnämnden antar riktlinjer för skolskjuts enligt förvaltningens "
           "förslag.")

    s.para_head(83, "Delegationsbeslut", None, without_dnr=4)
    s.text("Beslut", style="B", after=2)
    s.text("Nämnden lägger redovisningen av delegationsbeslut till handlingarna.")
    _bun_82(s)
    path = out / "prastvik-bun-2026-11-17-protokoll.pdf"
    s.output(str(path))
    return path


def _pb_header_bun(s: Sheet) -> None:
    s.masthead("sans", ["Prästviks kommun", BUN],
               [f"Sammanträdesprotokoll {BUN_DATE}", f"{s.page_no()} av {{nb}}"], (30, 42))


def bun_facts() -> dict:
    def bun(n: int, **kw) -> dict:
        return F.decision("beslut", BUN, BUN_DATE, n, **F.empty(**kw))

    chair, m = BUN_CHAIR.tag(), BUN_M.tag()
    return {
        "file": "prastvik-bun-2026-11-17-protokoll.pdf",
        "_note": "§ 80's närvarolista (X under Närvarande / Frånvarande) is no roll call. § 81's "
                 "roll call writes its votes in capitals under 'Avgivet', names surname first "
                 "(no comma). § 82's list is printed after the §§ as 'Omröstningsprotokoll § 82' "
                 "with X under the proposals' names (Förvaltningens förslag = ja, the M "
                 "member's yrkande = nej, Avstod); the member away has no row mark and nothing says "
                 "Frånvarande there, so that member is no voter.",
        "meeting": {"municipality": MUNI, "body": BUN, "date": BUN_DATE},
        "problems": [],
        "items": [
            {"number": "§ 80", "title": "Upprop och närvaro", "dnr": [], "decisions": [
                bun(80, clauses=F.clauses("Nämnden godkänner uppropet.", numbered=False))]},
            {"number": "§ 81", "title": LOKAL, "dnr": ["BUN 2026/140"], "decisions": [
                bun(81, clauses=F.clauses("Barn- och utbildningsnämnden antar "
                                          "lokalförsörjningsplanen för förskolan 2027–2030.",
                                          numbered=False),
                    motions=[F.motion("bifall", chair), F.motion("avslag", m)],
                    votes=[F.counted(V81)])]},
            {"number": "§ 82", "title": SKOLSKJUTS, "dnr": ["BUN 2026/151"], "decisions": [
                bun(82, clauses=F.clauses("Barn- och utbildningsnämnden antar riktlinjer för "
                                          "skolskjuts enligt förvaltningens förslag.",
                                          numbered=False),
                    motions=[F.motion("bifall", chair), F.motion("avslag", m)],
                    votes=[F.counted(V82, printed_absent=False)])]},
            {"number": "§ 83", "title": "Delegationsbeslut", "dnr": [], "decisions": [
                bun(83, clauses=F.clauses("Nämnden lägger redovisningen av delegationsbeslut "
                                          "till handlingarna.", numbered=False))]},
        ],
    }
