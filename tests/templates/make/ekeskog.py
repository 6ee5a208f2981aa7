"""Ekeskog kommun (invented), template GA: kommunfullmäktige 2026-12-14 in a Palatino-like body
with condensed sans tables, whose voteringar are taken with a voting system and numbered through
the meeting ("omröstning nr 1" … "nr 4"). Its roll calls, unlike A–FB: the system's printouts as
one appendix, one page per votering, headed only "Omröstning nr n" and the agenda's "Ärende 4 –
Title" (no §; the § is found by its title), names surname first without a comma under Namn /
Parti / Röst, the counts printed **after** the list under "Röstningsresultat" one a line ("Ja
21"); a § whose votering the appendix holds but which points to no bilaga; a § with two
voteringar (först om återremiss, sedan i sak) whose lists stand in the appendix in that order; a
table of counts party by party in a § (Parti / Ja / Nej / Avstår / Frånvarande, no names); a vote
by handuppräckning with counts only ("röstade 22 ledamöter för … och 17 ledamöter för …"); a
table in the § whose cells print "1" under the vote and "0" under the others, with "Transport"
rows at the page break and a "Summa" row, whose total the § 's result does not match."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Ekeskogs kommun"
KF = "Kommunfullmäktige"
DATE = "2026-12-14"
STYLE = Style(body="palatino", size=10.5, leading=1.3, left=72, right=64, top=94, bottom=80)
TABLE = "dejavucond"

MEMBERS = [Person(n, p) for n, p in (
    ("Maria Ekholm", "S"), ("Anders Lindkvist", "S"), ("Sara Holmén", "S"),
    ("Per Wästlund", "S"), ("Eva Rydberg", "S"), ("Johan Åkerlind", "S"),
    ("Lena Sandström", "S"), ("Mikael Nordlander", "S"), ("Karin Forsell", "S"),
    ("Tomas Hedström", "S"), ("Anna Strömberg", "S"), ("Jonas Byström", "S"),
    ("Helena Granqvist", "S"),
    ("Fredrik Almgren", "M"), ("Cecilia Brodén", "M"), ("Magnus Ljunggren", "M"),
    ("Ulrika Sjödin", "M"), ("Henrik Wallén", "M"), ("Jenny Tornberg", "M"),
    ("Stefan Öhman", "M"), ("Louise Kjellberg", "M"), ("Gustav Rehnberg", "M"),
    ("Roger Nyqvist", "SD"), ("Linda Sörensen", "SD"), ("Patrik Hallgren", "SD"),
    ("Camilla Bäckström", "SD"), ("Dennis Lundell", "SD"), ("Therese Ahlin", "SD"),
    ("Kent Wiberg", "SD"), ("Jimmy Forsgren", "SD"),
    ("Kristina Ålund", "C"), ("Olof Bergkvist", "C"), ("Elin Nordmark", "C"),
    ("Nils Hellberg", "C"),
    ("Amanda Sjöstedt", "V"), ("Rasmus Edlund", "V"), ("Fatima Rahimi", "V"),
    ("Bengt Ivarsson", "KD"), ("Ingrid Lövkvist", "KD"),
    ("Viktor Dahlberg", "L"), ("Moa Lindell", "MP"))]
SUB = {"Jonas Byström": Person("Hanna Sköld", "S")}
AWAY = {"Jonas Byström", "Kent Wiberg"}
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]

# § 152, omröstning nr 1: ja = kommunstyrelsens förslag, nej = avslag (M, SD), V avstår
V1 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "KD": "ja", "L": "ja", "MP": "ja", "M": "nej",
                         "SD": "nej", "V": "avstår"}, SUB, AWAY)
# § 153, omröstning nr 2: ja = ärendet avgörs i dag, nej = återremiss (SD)
V2 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "C": "ja", "KD": "ja", "L": "ja", "MP": "ja",
                         "SD": "nej", "V": "avstår"}, SUB, AWAY)
# § 153, omröstning nr 3: ja = kommunstyrelsens förslag, nej = Moderaternas budgetförslag
V3 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "MP": "ja", "L": "ja", "M": "nej", "KD": "nej",
                         "SD": "nej", "V": "avstår"}, SUB, AWAY)
# § 154, omröstning nr 4: ja = bifall till motionen, nej = avslag
V4 = roll_call(MEMBERS, {"V": "ja", "MP": "ja", "SD": "ja", "S": "nej", "M": "nej", "C": "nej",
                         "KD": "nej", "L": "nej"}, SUB, AWAY, {"Olof Bergkvist": "avstår"})
# § 155, the 1/0 table in the §: ja = kommunstyrelsens förslag, nej = avslag
V5 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "KD": "ja", "L": "ja", "MP": "ja", "M": "nej",
                         "SD": "nej", "V": "nej"}, SUB, AWAY, {"Fatima Rahimi": "avstår"})
# what § 155's result sentence prints (the table's rows and Summa give 21 ja, 18 nej)
V5_PRINTED = (20, 19, 1)

MOTION_HAND = "Motion om fri entré till kommunens badhus för barn"
PLAN = "Detaljplan för Kvarnbacken, etapp 2"
BUDGET = "Budget 2027 och plan 2028–2029"
MOTION_VAL = "Motion om solceller på kommunens förskolor"
TAXA = "Taxa för renhållning 2027"
# agenda numbers (ärende) of the §§ 150–156
AGENDA = {150: 1, 151: 2, 152: 3, 153: 4, 154: 5, 155: 6, 156: 7}
TITLES = {151: MOTION_HAND, 152: PLAN, 153: BUDGET, 154: MOTION_VAL, 155: TAXA}


def _header(s: Sheet) -> None:
    appendix = s.state.get("appendix")
    s.use("B", 10, TABLE)
    s.set_xy(s.l_margin, 30)
    s.cell(260, 12, "EKESKOGS KOMMUN")
    s.use("", 9, TABLE)
    s.set_xy(s.l_margin, 43)
    s.cell(260, 11, f"Bilaga 1 till kommunfullmäktiges protokoll {DATE}" if appendix
           else f"{KF} – Sammanträdesprotokoll")
    s.set_xy(330, 30)
    s.cell(201, 12, f"{DATE}", align="R")
    s.set_xy(330, 43)
    s.cell(201, 11, f"Sida {s.page_no()}", align="R")


def _footer(s: Sheet) -> None:
    if not s.state.get("appendix"):
        s.signature_line("Justerandes sign  ..............  ..............   "
                         "Utdragsbestyrkande  ..............", TABLE, 7.5)


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=12, number_w=50, before=14)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10.5, h=15)


def surname_first(p: Person) -> str:
    first, last = p.name.split(" ", 1)
    return f"{last} {first}"


WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "Frånvarande"}


def _printout(s: Sheet, n: int, paragraph: int, seats: list[Seat]) -> None:
    """One votering of the voting system on a page of its own: "Omröstning nr n", the agenda's
    "Ärende k – Title", Namn / Parti / Röst with the names surname first, the counts after."""
    s.add_page()
    s.use("B", 13, TABLE)
    s.cell(0, 18, f"Omröstning nr {n}", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Ärende {AGENDA[paragraph]} – {TITLES[paragraph]}", font=TABLE, size=10, after=8)
    cols = [(0, 170, "Namn"), (180, 50, "Parti"), (250, 90, "Röst")]
    s.head_row(cols, 9, TABLE)
    for x in seats:
        s.row([Cell(0, 170, surname_first(x.who), size=9, font=TABLE),
               Cell(180, 50, x.who.party or "", size=9, font=TABLE),
               Cell(250, 90, WORD[x.vote], size=9, font=TABLE)], size=9)
    s.gap(10)
    s.use("B", 10, TABLE)
    s.cell(0, 14, "Röstningsresultat", new_x="LMARGIN", new_y="NEXT")
    c = counts(seats)
    for vote in ("ja", "nej", "avstår", "frånvarande"):
        s.row([Cell(0, 170, WORD[vote], size=9, font=TABLE),
               Cell(250, 90, str(c[vote]), size=9, font=TABLE)], size=9)


def _cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 24, KF, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Ekeskogs kommunhus, fullmäktigesalen, {DATE} kl. 18.00–21.45")
    s.text("Ordförande: Maria Ekholm (S)")
    s.text("Justerare: Fredrik Almgren (M) och Kristina Ålund (C)")
    s.text("Sekreterare: Lotta Fagerlund")
    s.text("Paragrafer: §§ 150–156")


def _p150(s: Sheet) -> None:
    _para(s, 150, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige utser Fredrik Almgren (M) och Kristina Ålund (C) att jämte "
           "ordföranden justera dagens protokoll.")


def _p151(s: Sheet) -> None:
    _para(s, 151, MOTION_HAND, "KS 2026/208")
    s.text("Amanda Sjöstedt (V) föreslår i en motion att barn under 16 år ska ha fri entré till "
           "kommunens badhus. Kommunstyrelsen föreslår att motionen avslås med hänvisning till "
           "kostnaden.")
    _label(s, "Yrkanden")
    s.text("Amanda Sjöstedt (V) yrkar bifall till motionen.")
    s.text("Anders Lindkvist (S) yrkar bifall till kommunstyrelsens förslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller "
           "kommunstyrelsens förslag. Votering begärs. Voteringsanläggningen fungerar inte, och "
           "voteringen sker därför genom handuppräckning.")
    s.text("Vid handuppräckningen röstade 22 ledamöter för kommunstyrelsens förslag och 17 "
           "ledamöter för motionen. En ledamot avstod från att rösta.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige avslår motionen.")


def _p152(s: Sheet) -> None:
    c = counts(V1)
    _para(s, 152, PLAN, "KS 2026/151")
    s.text("Planen gör det möjligt att bygga omkring 120 bostäder i Kvarnbacken. Granskningen "
           "har redovisats för kommunstyrelsen, som föreslår fullmäktige att anta planen.")
    _label(s, "Yrkanden")
    s.text("Maria Ekholm (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Fredrik Almgren (M) och Roger Nyqvist (SD) yrkar avslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på bifall och avslag och finner att fullmäktige "
           "bifaller kommunstyrelsens förslag. Votering begärs och genomförs med "
           "voteringsanläggningen (omröstning nr 1). Den som vill bifalla kommunstyrelsens "
           "förslag röstar ja, den som vill avslå röstar nej.")
    s.text(f"Omröstningen utfaller med {c['ja']} ja-röster mot {c['nej']} nej-röster. "
           f"{c['avstår']} ledamöter avstår och {c['frånvarande']} är frånvarande.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige antar detaljplanen för Kvarnbacken, etapp 2.")


def _p153(s: Sheet) -> None:
    a, b = counts(V2), counts(V3)
    _para(s, 153, BUDGET, "KS 2026/233")
    s.text("Kommunstyrelsen har lämnat förslag till budget 2027 och plan 2028–2029. "
           "Moderaterna har lämnat ett eget budgetförslag.")
    _label(s, "Yrkanden")
    s.text("Maria Ekholm (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Fredrik Almgren (M) yrkar bifall till Moderaternas budgetförslag.")
    s.text("Roger Nyqvist (SD) yrkar att ärendet återremitteras.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller "
           "återremitteras och finner att det ska avgöras i dag. Votering begärs "
           "(omröstning nr 2). Ja för att ärendet avgörs i dag, nej för återremiss.")
    s.text(f"Omröstningsresultat: {a['ja']} ja-röster, {a['nej']} nej-röster och {a['avstår']} "
           "avstår. Ärendet ska avgöras i dag.")
    s.text("Ordföranden ställer därefter proposition på kommunstyrelsens förslag och "
           "Moderaternas budgetförslag och finner att fullmäktige bifaller kommunstyrelsens "
           "förslag. Votering begärs (omröstning nr 3). Ja för kommunstyrelsens förslag, nej "
           "för Moderaternas budgetförslag.")
    s.text(f"Omröstningsresultat: {b['ja']} ja-röster, {b['nej']} nej-röster och {b['avstår']} "
           "avstår. Hur var och en har röstat i omröstningarna nr 2 och 3 framgår av bilaga 1.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer budget 2027 och plan 2028–2029 enligt "
           "kommunstyrelsens förslag.")


def _count_table(s: Sheet, seats: list[Seat]) -> None:
    """Parti / Ja / Nej / Avstår / Frånvarande: counts party by party, no names."""
    cols = [(0, 60, "Parti"), (80, 45, "Ja"), (135, 45, "Nej"), (190, 55, "Avstår"),
            (255, 75, "Frånvarande")]
    s.head_row(cols, 9, TABLE)
    order = ("ja", "nej", "avstår", "frånvarande")
    for party in PARTIES:
        c = counts([x for x in seats if x.member.party == party])
        s.row([Cell(0, 60, party, size=9, font=TABLE)] +
              [Cell(x, w, str(c[v]), size=9, font=TABLE) for (x, w, _), v in zip(cols[1:], order)],
              size=9)
    c = counts(seats)
    s.row([Cell(0, 60, "Summa", "B", size=9, font=TABLE)] +
          [Cell(x, w, str(c[v]), "B", size=9, font=TABLE) for (x, w, _), v in zip(cols[1:], order)],
          size=9)
    s.gap(6)


def _p154(s: Sheet) -> None:
    c = counts(V4)
    _para(s, 154, MOTION_VAL, "KS 2026/097")
    s.text("Moa Lindell (MP) föreslår i en motion att kommunen ska installera solceller på "
           "samtliga förskolor. Kommunstyrelsen föreslår att motionen avslås.")
    _label(s, "Yrkanden")
    s.text("Moa Lindell (MP) och Rasmus Edlund (V) yrkar bifall till motionen.")
    s.text("Anders Lindkvist (S) yrkar avslag på motionen.")
    _label(s, "Beslutsgång")
    s.text("Votering begärs och genomförs (omröstning nr 4). Ja för bifall till motionen, nej "
           f"för avslag. Med {c['nej']} nej-röster mot {c['ja']} ja-röster, {c['avstår']} "
           "ledamot avstår, beslutar fullmäktige att avslå motionen. Hur var och en har röstat "
           "framgår av bilaga 1. Rösterna fördelade sig så här mellan partierna:")
    _count_table(s, V4)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige avslår motionen.")


ZERO_ONE = [(0, 150, "Ledamot"), (155, 40, "Parti"), (205, 40, "Ja"), (250, 40, "Nej"),
            (295, 50, "Avstår"), (350, 50, "Frånv.")]
ORDER = ("ja", "nej", "avstår", "frånvarande")


def _totals_row(s: Sheet, label: str, seats: list[Seat]) -> None:
    c = counts(seats)
    s.row([Cell(0, 150, label, "B", size=9, font=TABLE)] +
          [Cell(x, w, str(c[v]), "B", size=9, font=TABLE, align="C")
           for (x, w, _), v in zip(ZERO_ONE[2:], ORDER)], size=9, keep=False)


def _zero_one_table(s: Sheet, seats: list[Seat]) -> None:
    """Ledamot / Parti / Ja / Nej / Avstår / Frånv.: "1" under the vote, "0" under the others;
    at a page break a "Transport" row under the last row and again over the next page's."""
    s.head_row(ZERO_ONE, 9, TABLE)
    h = s.line_h(9)
    for k, x in enumerate(seats):
        if s.get_y() + 2 * h > s.page_break_trigger:
            _totals_row(s, "Transport", seats[:k])
            s.add_page()
            s.head_row(ZERO_ONE, 9, TABLE)
            _totals_row(s, "Transport", seats[:k])
        name = f"{x.who.name}, ersättare" if x.voter else x.who.name
        s.row([Cell(0, 150, name, size=9, font=TABLE),
               Cell(155, 40, x.who.party or "", size=9, font=TABLE)] +
              [Cell(cx, w, "1" if x.vote == v else "0", size=9, font=TABLE, align="C")
               for (cx, w, _), v in zip(ZERO_ONE[2:], ORDER)], size=9, keep=False)
    _totals_row(s, "Summa", seats)
    s.gap(6)


def _p155(s: Sheet) -> None:
    yes, no, abstain = V5_PRINTED
    _para(s, 155, TAXA, "KS 2026/260")
    s.text("Taxan för hämtning av hushållsavfall höjs med i genomsnitt 4 procent från den 1 "
           "januari 2027.")
    _label(s, "Yrkanden")
    s.text("Anders Lindkvist (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Cecilia Brodén (M) yrkar avslag.")
    _label(s, "Beslutsgång")
    s.text("Votering begärs. Ja-röst innebär bifall till kommunstyrelsens förslag. Nej-röst "
           f"innebär avslag. Med {yes} ja-röster mot {no} nej-röster och {abstain} som avstår "
           "beslutar fullmäktige att bifalla kommunstyrelsens förslag. Voteringsanläggningens "
           "utskrift:")
    _zero_one_table(s, V5)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer taxan för renhållning 2027 enligt kommunstyrelsens "
           "förslag.")


def _p156(s: Sheet) -> None:
    _para(s, 156, "Fyllnadsval till valberedningen", "KS 2026/012")
    s.text("Ingrid Lövkvist (KD) har avsagt sig uppdraget som ledamot i valberedningen.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige väljer Bengt Ivarsson (KD) till ny ledamot i valberedningen för "
           "tiden till och med den 31 december 2026.")


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.add_page()
    _cover(s)
    for part in (_p150, _p151, _p152, _p153, _p154, _p155, _p156):
        part(s)
    s.state["appendix"] = True
    for n, paragraph, seats in ((1, 152, V1), (2, 153, V2), (3, 153, V3), (4, 154, V4)):
        _printout(s, n, paragraph, seats)
    path = out / "ekeskog-kf-2026-12-14-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    lindkvist = F.motion("bifall", "Anders Lindkvist (S)")
    yes, no, abstain = V5_PRINTED
    return {
        "file": "ekeskog-kf-2026-12-14-protokoll.pdf",
        "_note": "Bilaga 1 holds the voting system's printouts of omröstningar nr 1–4, one a "
                 "page, each naming the agenda's ärende and its title but no §: nr 1 is § 152's "
                 "(whose text points to no bilaga), nr 2 and 3 are § 153's two voteringar in that "
                 "order, nr 4 is § 154's. Their names are printed surname first; the voters are "
                 "named first name first as in the §§. The empty seat (Kent Wiberg) votes "
                 "frånvarande where a list prints it. § 151's vote by handuppräckning has counts "
                 "and no voters; § 154's table of counts per party names nobody. § 155's table "
                 "prints 21 ja, 18 nej in its rows and its Summa row, the § 's result 20 and 19: "
                 "kept as printed, not verified.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": ["§ 155"],
        "items": [
            {"number": "§ 150", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(150, clauses=F.clauses("Kommunfullmäktige utser Fredrik Almgren (M) och "
                                          "Kristina Ålund (C) att jämte ordföranden justera "
                                          "dagens protokoll.", numbered=False))]},
            {"number": "§ 151", "title": MOTION_HAND, "dnr": ["KS 2026/208"], "decisions": [
                kf(151, clauses=F.clauses("Kommunfullmäktige avslår motionen.", numbered=False),
                   motions=[F.motion("bifall", "Amanda Sjöstedt (V)"), lindkvist],
                   votes=[F.vote(22, 17, 1, voters=[])])]},
            {"number": "§ 152", "title": PLAN, "dnr": ["KS 2026/151"], "decisions": [
                kf(152, clauses=F.clauses("Kommunfullmäktige antar detaljplanen för "
                                          "Kvarnbacken, etapp 2.", numbered=False),
                   motions=[F.motion("bifall", "Maria Ekholm (S)"),
                            F.motion("avslag", "Fredrik Almgren (M)", "Roger Nyqvist (SD)")],
                   votes=[F.counted(V1)])]},
            {"number": "§ 153", "title": BUDGET, "dnr": ["KS 2026/233"], "decisions": [
                kf(153, clauses=F.clauses("Kommunfullmäktige fastställer budget 2027 och plan "
                                          "2028–2029 enligt kommunstyrelsens förslag.",
                                          numbered=False),
                   motions=[F.motion("bifall", "Maria Ekholm (S)"),
                            F.motion("bifall", "Fredrik Almgren (M)"),
                            F.motion("återremiss", "Roger Nyqvist (SD)")],
                   votes=[F.counted(V2), F.counted(V3)])]},
            {"number": "§ 154", "title": MOTION_VAL, "dnr": ["KS 2026/097"], "decisions": [
                kf(154, clauses=F.clauses("Kommunfullmäktige avslår motionen.", numbered=False),
                   motions=[F.motion("bifall", "Moa Lindell (MP)", "Rasmus Edlund (V)"),
                            F.motion("avslag", "Anders Lindkvist (S)")],
                   votes=[F.counted(V4)])]},
            {"number": "§ 155", "title": TAXA, "dnr": ["KS 2026/260"], "decisions": [
                kf(155, clauses=F.clauses("Kommunfullmäktige fastställer taxan för renhållning "
                                          "2027 enligt kommunstyrelsens förslag.", numbered=False),
                   motions=[lindkvist, F.motion("avslag", "Cecilia Brodén (M)")],
                   votes=[F.vote(yes, no, abstain, voters=[x.fact() for x in V5],
                                 verified=False)])]},
            {"number": "§ 156", "title": "Fyllnadsval till valberedningen",
             "dnr": ["KS 2026/012"], "decisions": [
                kf(156, clauses=F.clauses("Kommunfullmäktige väljer Bengt Ivarsson (KD) till ny "
                                          "ledamot i valberedningen för tiden till och med den "
                                          "31 december 2026.", numbered=False))]},
        ],
    }


# ------------------------------------------------------------------ KS, a protokollsutdrag

KS = "Kommunstyrelsen"
KS_DATE = "2026-12-01"
KS_MEMBERS = [Person(n, p) for n, p in (
    ("Maria Ekholm", "S"), ("Anders Lindkvist", "S"), ("Sara Holmén", "S"), ("Per Wästlund", "S"),
    ("Eva Rydberg", "S"), ("Fredrik Almgren", "M"), ("Cecilia Brodén", "M"),
    ("Magnus Ljunggren", "M"), ("Roger Nyqvist", "SD"), ("Linda Sörensen", "SD"),
    ("Patrik Hallgren", "SD"), ("Kristina Ålund", "C"), ("Amanda Sjöstedt", "V"),
    ("Bengt Ivarsson", "KD"), ("Viktor Dahlberg", "L"))]
KS_SUB = {"Eva Rydberg": Person("Johan Åkerlind", "S")}
# ja = arbetsutskottets förslag, nej = Almgrens yrkande om avslag; V avstår
KS_VOTE = roll_call(KS_MEMBERS, {"S": "ja", "C": "ja", "KD": "ja", "L": "ja", "M": "nej",
                                 "SD": "nej", "V": "avstår"}, KS_SUB, {"Eva Rydberg"})
SALE = "Försäljning av fastigheten Ekeskog 4:12"
KS212 = ["Kommunstyrelsen godkänner försäljningen av fastigheten Ekeskog 4:12 till Ekeskogs "
         "Bostäder AB enligt upprättat köpeavtal."]
LETTER = {"ja": "J", "nej": "N", "avstår": "A", "frånvarande": "–"}


def _utdrag_header(s: Sheet) -> None:
    s.use("B", 10, TABLE)
    s.set_xy(s.l_margin, 30)
    s.cell(260, 12, "EKESKOGS KOMMUN")
    s.use("", 9, TABLE)
    s.set_xy(s.l_margin, 43)
    s.cell(260, 11, "Bilaga 1 till kommunstyrelsens protokoll § 212" if s.state.get("appendix")
           else f"{KS} – PROTOKOLLSUTDRAG")
    s.set_xy(330, 30)
    s.cell(201, 12, f"Sammanträdesdatum {KS_DATE}", align="R")
    s.set_xy(330, 43)
    s.cell(201, 11, f"Sida {s.page_no()} av {{nb}}", align="R")


def _utdrag(s: Sheet) -> None:
    c = counts(KS_VOTE)
    _para(s, 212, SALE, "KS 2026/301")
    s.text("Ekeskogs Bostäder AB har erbjudit sig att köpa fastigheten Ekeskog 4:12 för att "
           "uppföra hyresbostäder. Kommunstyrelsens arbetsutskott föreslår att försäljningen "
           "godkänns.")
    _label(s, "Yrkanden")
    s.text("Maria Ekholm (S) yrkar bifall till arbetsutskottets förslag.")
    s.text("Fredrik Almgren (M) yrkar avslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller "
           "arbetsutskottets förslag. Votering begärs och verkställs. Ja för arbetsutskottets "
           "förslag, nej för Almgrens yrkande.")
    s.text(f"Omröstningen utfaller med {c['ja']} ja-röster och {c['nej']} nej-röster. "
           f"{c['avstår']} ledamot avstår. Omröstningslistan bifogas protokollet.")
    _label(s, "Beslut")
    for t in KS212:
        s.text(t)
    s.gap(24)
    s.text("Justerandes signatur  ..............  ..............", size=9, after=10)
    s.text("Vid protokollet", style="B", after=2)
    s.text("Lotta Fagerlund, sekreterare", after=10)
    s.text("Utdrag bestyrks", style="B", after=2)
    s.text("Lotta Fagerlund", after=10)
    s.text("Expedieras till: Ekeskogs Bostäder AB, Mark- och exploateringsenheten", size=9)


def _ks_appendix(s: Sheet) -> None:
    """Omröstningslista in three groups across the page, Parti / Namn / Röst each, read down
    each group (seats 1–5, 6–10, 11–15), the vote as a letter."""
    s.state["appendix"] = True
    s.add_page()
    s.use("B", 13, TABLE)
    s.cell(0, 18, "Omröstningslista", new_x="LMARGIN", new_y="NEXT")
    s.text(SALE, font=TABLE, size=10, after=8)
    group = 155
    s.head_row([(g * group + x, w, h) for g in range(3)
                for x, w, h in ((0, 28, "Parti"), (30, 88, "Namn"), (120, 32, "Röst"))], 9, TABLE)
    per = 5
    for k in range(per):
        cells = []
        for g in range(3):
            x = KS_VOTE[g * per + k]
            cells += [Cell(g * group, 28, x.who.party or "", size=8.5, font=TABLE),
                      Cell(g * group + 30, 88, x.who.name, size=8.5, font=TABLE),
                      Cell(g * group + 120, 32, LETTER[x.vote], size=8.5, font=TABLE)]
        s.row(cells, size=8.5)
    s.gap(8)
    s.text("J = ja, N = nej, A = avstår", size=8.5, font=TABLE)


def build_ks(out: Path) -> Path:
    s = Sheet(STYLE, _utdrag_header, None)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _utdrag(s)
    _ks_appendix(s)
    path = out / "ekeskog-ks-2026-12-01-protokollsutdrag-212.pdf"
    s.output(str(path))
    return path


def ks_facts() -> dict:
    c = counts(KS_VOTE)
    return {
        "file": "ekeskog-ks-2026-12-01-protokollsutdrag-212.pdf",
        "_note": "A one-§ utdrag whose omröstningslista is printed after the signatures and the "
                 "attestation, on a page of its own stamped in the running header as the "
                 "protocol's bilaga to § 212; the § says only 'Omröstningslistan bifogas "
                 "protokollet.' The list is printed in three groups Parti / Namn / Röst across "
                 "the page, the vote as a letter. Johan Åkerlind sat for Eva Rydberg.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "problems": [],
        "items": [
            {"number": "§ 212", "title": SALE, "dnr": ["KS 2026/301"], "decisions": [
                F.decision("beslut", KS, KS_DATE, 212, **F.empty(
                    clauses=F.clauses(*KS212, numbered=False),
                    motions=[F.motion("bifall", "Maria Ekholm (S)"),
                             F.motion("avslag", "Fredrik Almgren (M)")],
                    votes=[F.vote(c["ja"], c["nej"], c["avstår"],
                                  voters=[x.fact() for x in KS_VOTE], verified=True)]))]},
        ],
    }
