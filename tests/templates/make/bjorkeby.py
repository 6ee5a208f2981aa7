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
    s.masthead(TABLE, ["BJÖRKEBY KOMMUN", stamp or f"{KF} – protokoll"],
               [f"{DATE}", f"Sida {s.page_no()} ({{nb}})"], (30, 43), right_w=200)


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
