"""Ljungsta kommun (invented), template V: kommunfullmäktige 2026-12-14 in a Palatino-like
serif, whose secretary prints the votes by what each member voted for rather than ja or nej
("För kommunstyrelsens förslag röstade 21 ledamöter: …", "För Jenny Alms yrkande röstade …"),
members one a line under a label without a colon, the party after a comma ("Ja-röster (13)" /
"Eva Lindmark, S"), the result as a tally ("Omröstningen utföll 13–11"), and two voteringar of
one § in one appendix table with a column each ("Votering 1", "Votering 2"); yrkanden joined with
"Detta yrkande biträds av …", "X (M) stöder Lindmarks yrkande", "yrkar, med stöd av Y (KD),
avslag", "X (V) biträder Fors-Lindqvists yrkande"; a reservation "Reservation anmäls av …"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts, joined, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Ljungsta kommun"
KF = "Kommunfullmäktige"
DATE = "2026-12-14"
STYLE = Style(body="palatino", size=10.5, leading=1.35, left=72, right=66, top=98, bottom=80)

MEMBERS = [Person(n, p) for n, p in (
    ("Eva Lindmark", "S"), ("Tomas Hjelm", "S"), ("Sara Blomdahl", "S"), ("Anders Wik", "S"),
    ("Pia Rundqvist", "S"), ("Kjell Storm", "S"), ("Leyla Demir", "S"), ("Mats Öhrn", "S"),
    ("Fredrik Swahn", "M"), ("Cecilia Rehnberg", "M"), ("Göran Ask", "M"), ("Hanna Ljung", "M"),
    ("Olof Brandel", "M"), ("Maja Sterner", "M"),
    ("Robin Kask", "SD"), ("Therese Mörk", "SD"), ("Leif Grahn", "SD"), ("Patrik Sjö", "SD"),
    ("Annika Fors-Lindqvist", "C"), ("Bo Vretling", "C"),
    ("Jenny Alm", "V"), ("Rami Haddad", "V"),
    ("Stig Ekwall", "KD"), ("Ulrika de Mare", "L"), ("Tova Lind", "MP"))]
SUB = {"Kjell Storm": Person("Ronja Holm", "S")}
AWAY = {"Kjell Storm", "Patrik Sjö"}

# § 81: for KS förslag (ja) or for Jenny Alms yrkande (nej); MP abstains
V81 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "C": "ja", "KD": "ja", "L": "ja",
                          "V": "nej", "MP": "avstår"}, SUB, AWAY)
# § 82: ja = kommunstyrelsens förslag, nej = avslag
V82 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "MP": "ja", "M": "nej", "SD": "nej",
                          "KD": "nej", "L": "nej"}, SUB, AWAY)
# § 83 votering 1: ja = avgörs i dag, nej = återremiss
V83A = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "KD": "ja", "L": "ja", "MP": "ja",
                           "C": "nej", "V": "nej"}, SUB, AWAY)
# § 83 votering 2: ja = kommunstyrelsens förslag, nej = Moderaternas budgetförslag; V avstår
V83B = roll_call(MEMBERS, {"S": "ja", "C": "ja", "MP": "ja", "L": "ja", "M": "nej", "SD": "nej",
                           "KD": "nej", "V": "avstår"}, SUB, AWAY)

SIMHALL = "Motion om ny simhall i Ljungsta"
TAXA = "Taxa för barnomsorg 2027"
BUDGET = "Budget 2027 med plan för 2028–2029"


def _header(s: Sheet) -> None:
    s.use("", 9, "palatino")
    s.set_xy(s.l_margin, 30)
    s.cell(300, 11, f"LJUNGSTA KOMMUN   |   {KF}   |   Protokoll {DATE}")
    s.set_xy(420, 30)
    s.cell(110, 11, f"{s.page_no()}/{{nb}}", align="R")
    s.set_line_width(0.3)
    s.line(s.l_margin, 46, s.w - s.r_margin, 46)


def _para_head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(14)
    s.use("B", 12.5, "dejavu")
    s.cell(0, 16, f"§ {n}. {title}", new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.use("I", 9.5)
        s.cell(0, 13, f"Dnr {dnr}", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10.5, "dejavu")


def _for_what(s: Sheet, seats: list[Seat], ja: str, nej: str) -> None:
    """För X röstade n ledamöter: A (S), B (S) … — by what each voted for."""
    for vote, lead in (("ja", f"För {ja} röstade"), ("nej", f"För {nej} röstade")):
        names = [x.who.tag() for x in seats if x.vote == vote]
        s.text(f"{lead} {len(names)} ledamöter: {joined(names)}.", after=3)
    names = [x.who.tag() for x in seats if x.vote == "avstår"]
    s.text(f"Avstod från att rösta: {joined(names)}.", after=3)


def _one_a_line(s: Sheet, seats: list[Seat]) -> None:
    """Label (n) on a line of its own, then "Eva Lindmark, S" one a line."""
    for vote, label in (("ja", "Ja-röster"), ("nej", "Nej-röster"), ("avstår", "Avstår"),
                        ("frånvarande", "Frånvarande")):
        who = [x.who for x in seats if x.vote == vote]
        if not who:
            continue
        s.need(s.line_h() * 3)
        s.text(f"{label} ({len(who)})", style="B", after=1)
        for p in who:
            s.text(f"{p.name}, {p.party}", after=0.5)
        s.gap(4)


WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "–"}


def _appendix(s: Sheet) -> None:
    a, b = counts(V83A), counts(V83B)
    s.appendix_head("Bilaga 1", f"Voteringslista, § 83 {BUDGET}",
                    f"Votering 1 (återremiss): Ja {a['ja']}, Nej {a['nej']}, Avstår {a['avstår']}. "
                    f"Votering 2 (huvudfrågan): Ja {b['ja']}, Nej {b['nej']}, Avstår {b['avstår']}.",
                    "dejavu")
    cols = [(0, 200, "Namn"), (200, 50, "Parti"), (260, 80, "Votering 1"), (350, 80, "Votering 2")]
    s.head_row(cols, 9.5, "dejavu")
    for x, y in zip(V83A, V83B):
        name = f"{x.who.name} (ers.)" if x.voter else x.who.name
        s.row([Cell(0, 200, name, size=9.5), Cell(200, 50, x.who.party or "", size=9.5),
               Cell(260, 80, WORD[x.vote], size=9.5), Cell(350, 80, WORD[y.vote], size=9.5)],
              size=9.5)
    s.gap(6)
    s.text("– = frånvarande; (ers.) = tjänstgörande ersättare", size=8.5)


def _minutes(s: Sheet) -> None:
    t82, a, b = counts(V82), counts(V83A), counts(V83B)
    _para_head(s, 80, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Fullmäktige utser Bo Vretling (C) och Sara Blomdahl (S) att justera protokollet.")

    _para_head(s, 81, SIMHALL, "KS 2026/77")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige avslår motionen.")
    _label(s, "Yrkanden")
    s.text("Eva Lindmark (S) yrkar bifall till kommunstyrelsens förslag. Fredrik Swahn (M) stöder "
           "Lindmarks yrkande.")
    s.text("Jenny Alm (V) yrkar bifall till motionen. Detta yrkande biträds av Rami Haddad (V).")
    _label(s, "Omröstning")
    s.text("Ordföranden ställer kommunstyrelsens förslag mot Jenny Alms yrkande och finner "
           "kommunstyrelsens förslag bifallet. Omröstning begärs och verkställs.")
    _for_what(s, V81, "kommunstyrelsens förslag", "Jenny Alms yrkande")
    s.text("Fullmäktige har således beslutat enligt kommunstyrelsens förslag.")

    _para_head(s, 82, TAXA, "KS 2026/140")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer taxan för barnomsorg 2027 enligt kommunstyrelsens "
           "förslag.")
    _label(s, "Yrkanden")
    s.text("Eva Lindmark (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Fredrik Swahn (M) yrkar, med stöd av Stig Ekwall (KD), avslag på förslaget.")
    _label(s, "Omröstning")
    s.text("Omröstning begärs. Ja för kommunstyrelsens förslag, nej för avslag.")
    _one_a_line(s, V82)
    s.text(f"Omröstningen utföll {t82['ja']}–{t82['nej']}. Fullmäktige har således bifallit "
           "kommunstyrelsens förslag.")
    _label(s, "Reservation")
    s.text("Reservation anmäls av Fredrik Swahn (M), Robin Kask (SD), Stig Ekwall (KD) och "
           "Ulrika de Mare (L).")

    _para_head(s, 83, BUDGET, "KS 2026/210")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer budget 2027 med plan för 2028–2029 enligt "
           "kommunstyrelsens förslag.")
    _label(s, "Yrkanden")
    s.text("Eva Lindmark (S) yrkar bifall till kommunstyrelsens förslag.")
    s.text("Fredrik Swahn (M) yrkar bifall till Moderaternas budgetförslag.")
    s.text("Annika Fors-Lindqvist (C) yrkar att ärendet återremitteras. Jenny Alm (V) biträder "
           "Fors-Lindqvists yrkande.")
    _label(s, "Omröstningar")
    s.text("Votering 1: Ja för att ärendet avgörs i dag, nej för återremiss. Votering 1 utföll "
           f"med {a['ja']} ja-röster mot {a['nej']} nej-röster.")
    s.text("Votering 2: Ja för kommunstyrelsens förslag, nej för Moderaternas budgetförslag. "
           f"Votering 2 utföll med {b['ja']} ja-röster mot {b['nej']} nej-röster; "
           f"{b['avstår']} ledamöter avstod.")
    s.text("Hur var och en röstade i voteringarna framgår av bilaga 1.")

    _para_head(s, 84, "Avsägelser och fyllnadsval", "KS 2026/5")
    _label(s, "Beslut")
    s.text("Fullmäktige beviljar avsägelsen och förrättar fyllnadsval enligt valberedningens "
           "förslag.")


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, None)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.use("B", 17, "dejavu")
    s.cell(0, 24, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Tid och plats: {DATE} kl. 18.30–21.45, Ljungsta folkets hus")
    s.text("Justerare: Bo Vretling (C), Sara Blomdahl (S)")
    s.text("Paragrafer: §§ 80–84")
    _minutes(s)
    _appendix(s)
    path = out / "ljungsta-kf-2026-12-14-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    lindmark = F.motion("bifall", "Eva Lindmark (S)")
    return {
        "file": "ljungsta-kf-2026-12-14-protokoll.pdf",
        "_note": "§ 81 prints the votes by what was voted for: the proposal the chair put first "
                 "and found carried (kommunstyrelsens förslag) is ja, Jenny Alms yrkande nej; the "
                 "absent member is named in no list. § 82 lists the absent member under "
                 "'Frånvarande (1)'. § 83's appendix prints both voteringar in one table, the "
                 "absent member with '–'. 'Detta yrkande biträds av' and 'med stöd av' join the "
                 "mover in one motion (as 'med instämmande av' does); 'stöder …s yrkande' and "
                 "'biträder …s yrkande' are motions of their own with the stance backed.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 80", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(80, clauses=F.clauses("Fullmäktige utser Bo Vretling (C) och Sara Blomdahl "
                                         "(S) att justera protokollet.", numbered=False))]},
            {"number": "§ 81", "title": SIMHALL, "dnr": ["KS 2026/77"], "decisions": [
                kf(81, clauses=F.clauses("Kommunfullmäktige avslår motionen.", numbered=False),
                   motions=[lindmark, F.motion("bifall", "Fredrik Swahn (M)"),
                            F.motion("bifall", "Jenny Alm (V)", "Rami Haddad (V)")],
                   votes=[F.counted(V81, printed_absent=False)])]},
            {"number": "§ 82", "title": TAXA, "dnr": ["KS 2026/140"], "decisions": [
                kf(82, clauses=F.clauses("Kommunfullmäktige fastställer taxan för barnomsorg 2027 "
                                         "enligt kommunstyrelsens förslag.", numbered=False),
                   motions=[lindmark, F.motion("avslag", "Fredrik Swahn (M)", "Stig Ekwall (KD)")],
                   votes=[F.counted(V82)],
                   reservations=[F.reservation("Fredrik Swahn (M)", "Robin Kask (SD)",
                                               "Stig Ekwall (KD)", "Ulrika de Mare (L)")])]},
            {"number": "§ 83", "title": BUDGET, "dnr": ["KS 2026/210"], "decisions": [
                kf(83, clauses=F.clauses("Kommunfullmäktige fastställer budget 2027 med plan för "
                                         "2028–2029 enligt kommunstyrelsens förslag.",
                                         numbered=False),
                   motions=[lindmark, F.motion("bifall", "Fredrik Swahn (M)"),
                            F.motion("återremiss", "Annika Fors-Lindqvist (C)"),
                            F.motion("återremiss", "Jenny Alm (V)")],
                   votes=[F.counted(V83A), F.counted(V83B)])]},
            {"number": "§ 84", "title": "Avsägelser och fyllnadsval", "dnr": ["KS 2026/5"],
             "decisions": [kf(84, clauses=F.clauses(
                 "Fullmäktige beviljar avsägelsen och förrättar fyllnadsval enligt "
                 "valberedningens förslag.", numbered=False))]},
        ],
    }
