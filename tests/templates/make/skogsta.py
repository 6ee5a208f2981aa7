"""Skogsta kommun (invented), template LB: kommunfullmäktige 2026-12-10, 45 seats, in a
Palatino-like body with sans tables, whose voteringar are **numbered through the meeting**
("Votering begärs och genomförs (votering nr 1).") and printed together in one **voteringslista**
after the §§ (bilaga 1): a row per seat Ledamot / Parti / Ersättare and a group of Ja / Nej / Avst
columns per votering, headed "Votering 1", "Votering 2", "Votering 3" on the line above; two of
the three are one §'s (the återremiss first, then the main question), and the list runs over a
page break under "VOTERINGSLISTA (forts.)" with its heads repeated, a Summa row at its end."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Names, Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Skogsta kommun"
KF = "Kommunfullmäktige"
DATE = "2026-12-10"
STYLE = Style(body="serif", size=11, leading=1.3, left=56, right=50, top=90, bottom=76)
TABLE = "sans"
SEATS = {"S": 15, "M": 11, "SD": 9, "C": 4, "V": 3, "KD": 2, "L": 1}

_names = Names(1210, part=1)
MEMBERS = _names.members(SEATS, {"S": ["Karin Wallin"], "M": ["Henrik Sundqvist"],
                                 "SD": ["Roger Nyholm"], "V": ["Linnea Dahlberg"]})
CHAIR, M_LEAD, SD_LEAD, V_LEAD = MEMBERS[0], MEMBERS[15], MEMBERS[26], MEMBERS[39]
SUB = {MEMBERS[8].name: Person(_names.one(), "S"), MEMBERS[30].name: Person(_names.one(), "SD")}
AWAY = {MEMBERS[8].name, MEMBERS[30].name, MEMBERS[22].name}

# votering 1 (§ 141): ja = kommunstyrelsens förslag (avslag på motionen), nej = bifall till den
V1 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "C": "nej", "V": "nej", "KD": "ja",
                         "L": "avstår"}, SUB, AWAY)
# votering 2 (§ 142): ja = avgörs i dag, nej = återremiss
V2 = roll_call(MEMBERS, {"S": "ja", "M": "nej", "SD": "nej", "C": "ja", "V": "ja", "KD": "nej",
                         "L": "ja"}, SUB, AWAY, {MEMBERS[36].name: "avstår"})
# votering 3 (§ 142): ja = kommunstyrelsens förslag, nej = Sverigedemokraternas avslagsyrkande
V3 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "nej", "C": "ja", "V": "ja", "KD": "ja",
                         "L": "ja"}, SUB, AWAY, {MEMBERS[20].name: "avstår"})

MOTION = "Motion om fria skolluncher i gymnasiet"
TAXA = "Taxa för vatten och avlopp 2027"


def _header(s: Sheet) -> None:
    stamp = s.state.get("stamp")
    s.masthead(TABLE, ["SKOGSTA KOMMUN", stamp or "Kommunfullmäktige"],
               ["SAMMANTRÄDESPROTOKOLL", f"{DATE}   Sida {s.page_no()}({{nb}})"], (28, 41),
               right_w=210, right_x=335)


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes sign          Utdragsbestyrkande", TABLE)


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=12, number_w=46, before=14)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 11, font=TABLE, h=15)


def _cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 24, KF, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Skogsta kommunhus, fullmäktigesalen, {DATE} kl. 18.30–21.40")
    s.text(f"Ordförande: {CHAIR.tag()}")
    s.text(f"Justerare: {MEMBERS[16].tag()} och {MEMBERS[1].tag()}")
    s.text("Paragrafer: §§ 140–143", after=8)


def _minutes(s: Sheet) -> None:
    b = counts(V2)
    _para(s, 140, "Val av justerare", None)
    _label(s, "Beslut")
    s.text(f"Kommunfullmäktige utser {MEMBERS[16].tag()} och {MEMBERS[1].tag()} att justera "
           "dagens protokoll.")

    _para(s, 141, MOTION, "KS 2026/77")
    s.text("Kommunstyrelsen föreslår att motionen avslås med hänvisning till kostnaderna.")
    _label(s, "Yrkanden")
    s.text(f"{CHAIR.tag()} yrkar bifall till kommunstyrelsens förslag.")
    s.text(f"{V_LEAD.tag()} yrkar bifall till motionen.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller "
           "kommunstyrelsens förslag. Votering begärs och genomförs (votering nr 1). Ja för "
           "kommunstyrelsens förslag, nej för bifall till motionen.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige avslår motionen.")

    _para(s, 142, TAXA, "KS 2026/190")
    s.text("Kommunstyrelsen föreslår en höjning av brukningsavgiften med sex procent.")
    _label(s, "Yrkanden")
    s.text(f"{CHAIR.tag()} yrkar bifall till kommunstyrelsens förslag.")
    s.text(f"{M_LEAD.tag()} yrkar att ärendet återremitteras.")
    s.text(f"{SD_LEAD.tag()} yrkar avslag på kommunstyrelsens förslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller "
           "återremitteras och finner att det ska avgöras i dag. Votering begärs (votering nr 2). "
           f"Ja för att ärendet avgörs i dag, nej för återremiss. Med {b['ja']} ja-röster mot "
           f"{b['nej']} nej-röster, {b['avstår']} avstår, beslutar fullmäktige att ärendet ska "
           "avgöras i dag.")
    s.text("Ordföranden ställer därefter proposition på bifall och avslag och finner att "
           "fullmäktige bifaller kommunstyrelsens förslag. Votering begärs (votering nr 3). Ja "
           "för kommunstyrelsens förslag, nej för avslag. Hur var och en har röstat framgår av "
           "voteringslistan, bilaga 1.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer taxan för vatten och avlopp 2027 enligt "
           "kommunstyrelsens förslag.")

    _para(s, 143, "Anmälan av interpellationer", None)
    _label(s, "Beslut")
    s.text("Interpellationerna får ställas och besvaras vid nästa sammanträde.")


NAME, PARTY, SUBST = (0, 112), (114, 28), (146, 108)
GROUP_X = (262, 338, 414)
ORDER = ("ja", "nej", "avstår")
VOTE_W = 25
SIZE = 8.5


def _group(x0: float, texts: list[str], style: str = "") -> list[Cell]:
    return [Cell(x0 + k * VOTE_W, VOTE_W, t, style, size=SIZE, font=TABLE, align="C")
            for k, t in enumerate(texts) if t]


def _heads(s: Sheet) -> None:
    s.row([Cell(x, 3 * VOTE_W, f"Votering {k}", "B", size=SIZE, font=TABLE, align="C")
           for k, x in enumerate(GROUP_X, 1)], size=SIZE)
    heads = [Cell(*NAME, "Ledamot", "B", size=SIZE, font=TABLE),
             Cell(*PARTY, "Parti", "B", size=SIZE, font=TABLE),
             Cell(*SUBST, "Ersättare", "B", size=SIZE, font=TABLE)]
    for x in GROUP_X:
        heads += _group(x, ["Ja", "Nej", "Avst"], "B")
    s.row(heads, size=SIZE, after=2)


def _title(s: Sheet, text: str) -> None:
    s.use("B", 13, TABLE)
    s.cell(0, 18, text, new_x="LMARGIN", new_y="NEXT")
    s.gap(4)


def _voteringslista(s: Sheet) -> None:
    s.state["stamp"] = f"Bilaga 1 till kommunfullmäktiges protokoll {DATE}"
    s.add_page()
    _title(s, "VOTERINGSLISTA")
    s.text(f"{KF} {DATE}", size=10, font=TABLE, after=8)
    _heads(s)
    h = s.line_h(SIZE)
    for k, seats in enumerate(zip(V1, V2, V3)):
        if k == 30:
            s.add_page()
            _title(s, "VOTERINGSLISTA (forts.)")
            _heads(s)
        a = seats[0]
        cells = [Cell(*NAME, a.member.name, size=SIZE, font=TABLE),
                 Cell(*PARTY, a.member.party or "", size=SIZE, font=TABLE),
                 Cell(*SUBST, a.voter.name if a.voter else "", size=SIZE, font=TABLE)]
        for seat, x in zip(seats, GROUP_X):
            if seat.vote in ORDER:
                cells += _group(x, ["X" if v == seat.vote else "" for v in ORDER])
        s.row(cells, size=SIZE, keep=False)
        assert s.get_y() + h < s.page_break_trigger
    s.gap(2)
    total = [Cell(*NAME, "Summa", "B", size=SIZE, font=TABLE)]
    for seats, x in zip((V1, V2, V3), GROUP_X):
        c = counts(seats)
        total += _group(x, [str(c[v]) for v in ORDER], "B")
    s.row(total, size=SIZE)


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    _minutes(s)
    _voteringslista(s)
    path = out / "skogsta-kf-2026-12-10-protokoll.pdf"
    s.output(str(path))
    return path


def _voters(seats: list[Seat]) -> dict:
    return F.counted(seats, printed_absent=False)


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    chair = CHAIR.tag()
    return {
        "file": "skogsta-kf-2026-12-10-protokoll.pdf",
        "_note": "The voteringar are numbered through the meeting and printed in one "
                 "voteringslista (bilaga 1), a group of Ja / Nej / Avst columns each under "
                 "'Votering n': votering 1 is § 141's, 2 and 3 § 142's (the återremiss, then "
                 "the main question). A substitute in the Ersättare column is the voter of the "
                 "seat; the empty seat's row has no mark and the list prints no Frånvarande, so "
                 "it names no voter. Printed counts: the Summa row's (and votering 2's in its "
                 "text).",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 140", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(140, clauses=F.clauses(f"Kommunfullmäktige utser {MEMBERS[16].tag()} och "
                                          f"{MEMBERS[1].tag()} att justera dagens protokoll.",
                                          numbered=False))]},
            {"number": "§ 141", "title": MOTION, "dnr": ["KS 2026/77"], "decisions": [
                kf(141, clauses=F.clauses("Kommunfullmäktige avslår motionen.", numbered=False),
                   motions=[F.motion("bifall", chair), F.motion("bifall", V_LEAD.tag())],
                   votes=[_voters(V1)])]},
            {"number": "§ 142", "title": TAXA, "dnr": ["KS 2026/190"], "decisions": [
                kf(142, clauses=F.clauses("Kommunfullmäktige fastställer taxan för vatten och "
                                          "avlopp 2027 enligt kommunstyrelsens förslag.",
                                          numbered=False),
                   motions=[F.motion("bifall", chair), F.motion("återremiss", M_LEAD.tag()),
                            F.motion("avslag", SD_LEAD.tag())],
                   votes=[_voters(V2), _voters(V3)])]},
            {"number": "§ 143", "title": "Anmälan av interpellationer", "dnr": [], "decisions": [
                kf(143, clauses=F.clauses("Interpellationerna får ställas och besvaras vid nästa "
                                          "sammanträde.", numbered=False))]},
        ],
    }
