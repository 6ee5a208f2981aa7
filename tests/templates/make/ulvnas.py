"""Ulvnäs kommun (invented), template LA: kommunfullmäktige 2026-12-16, 35 seats, in a plain
sans layout as the big minute systems print it, whose voteringar are all in **one närvaro- och
voteringslista for the whole meeting** (bilaga 1): a row per seat, Ledamot / Parti /
Tjänstgörande ersättare, and a group of vote columns per votering, headed by its § on a line of
its own above "Ja  Nej  Avst" ("§ 101" over the first group, "§ 103" over the second), a Summa
row of each group's counts at the end. The empty seat's row has no mark in any group; nothing
says Frånvarande. § 101 prints its result in words beside the reference, § 103 only points to
the bilaga."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Names, Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Ulvnäs kommun"
KF = "Kommunfullmäktige"
DATE = "2026-12-16"
STYLE = Style(body="sans", size=10.5, leading=1.3, left=70, right=62, top=90, bottom=78)
SEATS = {"S": 12, "M": 9, "SD": 6, "C": 3, "V": 2, "KD": 1, "L": 1, "MP": 1}

_names = Names(1216, part=0)
MEMBERS = _names.members(SEATS, {"S": ["Helena Ström"], "M": ["Jonas Ekberg"],
                                 "V": ["Sofia Lindahl"]})
CHAIR, M_LEAD, V_LEAD = MEMBERS[0], MEMBERS[12], MEMBERS[30]
# two members away: one seat held by a substitute, the other empty
SUB = {MEMBERS[5].name: Person(_names.one(), "S")}
AWAY = {MEMBERS[5].name, MEMBERS[19].name}

# § 101: ja = kommunstyrelsens förslag, nej = Moderaternas yrkande
V101 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "MP": "ja", "L": "ja", "M": "nej",
                           "SD": "nej", "KD": "nej"}, SUB, AWAY, {MEMBERS[33].name: "avstår"})
# § 103: ja = ärendet avgörs i dag, nej = återremiss (Lindahls yrkande)
V103 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "C": "ja", "KD": "ja", "L": "ja", "SD": "nej",
                           "V": "nej", "MP": "avstår"}, SUB, AWAY)

BUDGET = "Budget 2027 och ekonomisk plan 2028–2029"
AVFALL = "Renhållningstaxa 2027"
HAMN = "Detaljplan för Norra hamnen"


def _header(s: Sheet) -> None:
    stamp = s.state.get("stamp")
    s.masthead("sans", ["ULVNÄS KOMMUN", stamp or f"{KF} – sammanträdesprotokoll"],
               [DATE, f"Sida {s.page_no()} av {{nb}}"], (30, 43), right_w=200)


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur                                   "
                     "Utdragsbestyrkande", "sans")


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=12, number_w=46, before=14)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10.5, h=15)


def _cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 24, f"{KF}s protokoll", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Ulvnäs stadshus, sessionssalen, {DATE} kl. 18.00–21.15")
    s.text("Beslutande: se närvaro- och voteringslista, bilaga 1")
    s.text(f"Ordförande: {CHAIR.tag()}")
    s.text(f"Justerare: {MEMBERS[13].tag()} och {MEMBERS[1].tag()}")
    s.text("Paragrafer: §§ 100–104", after=8)


def _minutes(s: Sheet) -> None:
    a = counts(V101)
    _para(s, 100, "Val av justerare", None)
    _label(s, "Beslut")
    s.text(f"Kommunfullmäktige utser {MEMBERS[13].tag()} och {MEMBERS[1].tag()} att justera "
           "dagens protokoll.")

    _para(s, 101, BUDGET, "KS 2026/233")
    s.text("Kommunstyrelsen har lämnat förslag till budget för 2027 och ekonomisk plan för "
           "2028–2029 med oförändrad skattesats.")
    _label(s, "Yrkanden")
    s.text(f"{CHAIR.tag()} yrkar bifall till kommunstyrelsens förslag.")
    s.text(f"{M_LEAD.tag()} yrkar bifall till Moderaternas budgetförslag.")
    _label(s, "Propositionsordning och votering")
    s.text("Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller "
           "kommunstyrelsens förslag. Votering begärs och genomförs. Ja för kommunstyrelsens "
           "förslag, nej för Moderaternas budgetförslag. Med "
           f"{a['ja']} ja-röster mot {a['nej']} nej-röster, {a['avstår']} ledamot avstår, "
           "beslutar fullmäktige enligt kommunstyrelsens förslag. Hur var och en har röstat "
           "framgår av närvaro- och voteringslistan, bilaga 1.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige fastställer budget för 2027 och ekonomisk plan för 2028–2029 "
           "enligt kommunstyrelsens förslag.")

    _para(s, 102, AVFALL, "KS 2026/198")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige antar renhållningstaxa för 2027 enligt kommunstyrelsens förslag.")

    _para(s, 103, HAMN, "KS 2025/87")
    s.text("Byggnadsnämnden har ställt ut detaljplanen för Norra hamnen och föreslår att den "
           "antas.")
    _label(s, "Yrkanden")
    s.text(f"{CHAIR.tag()} yrkar bifall till kommunstyrelsens förslag.")
    s.text(f"{V_LEAD.tag()} yrkar att ärendet återremitteras för en ny trafikutredning.")
    _label(s, "Propositionsordning och votering")
    s.text("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller "
           "återremitteras och finner att det ska avgöras i dag. Votering begärs. Ja för att "
           "ärendet avgörs i dag, nej för återremiss. Omröstningsresultat, se bilaga 1. "
           "Ärendet ska avgöras i dag.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige antar detaljplanen för Norra hamnen.")

    _para(s, 104, "Anmälan av motioner", None)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige remitterar motionerna till kommunstyrelsen.")


# the list's columns: (offset, width); the vote groups one per votering
NAME, PARTY, SUBST = (0, 128), (130, 30), (165, 122)
GROUPS = {101: 290, 103: 377}
ORDER = ("ja", "nej", "avstår")
VOTE_W = 28


def _group_cells(x0: float, texts: list[str], style: str = "") -> list[Cell]:
    return [Cell(x0 + k * VOTE_W, VOTE_W, t, style, size=9, align="C")
            for k, t in enumerate(texts) if t]


def _voteringslista(s: Sheet) -> None:
    s.state["stamp"] = f"Bilaga 1 till kommunfullmäktiges protokoll {DATE}"
    s.add_page()
    s.use("B", 13)
    s.cell(0, 18, "NÄRVARO- OCH VOTERINGSLISTA", new_x="LMARGIN", new_y="NEXT")
    s.text(f"{KF} {DATE}, §§ 100–104", size=10, after=8)
    s.row([Cell(x, 3 * VOTE_W, f"§ {n}", "B", size=9, align="C") for n, x in GROUPS.items()],
          size=9)
    heads = [Cell(*NAME, "Ledamot", "B", size=9), Cell(*PARTY, "Parti", "B", size=9),
             Cell(*SUBST, "Tjänstgörande ersättare", "B", size=9)]
    for x in GROUPS.values():
        heads += _group_cells(x, ["Ja", "Nej", "Avst"], "B")
    s.row(heads, size=9, after=2)
    for a, b in zip(V101, V103):
        assert a.member == b.member and a.voter == b.voter
        cells = [Cell(*NAME, a.member.name, size=9), Cell(*PARTY, a.member.party or "", size=9),
                 Cell(*SUBST, a.voter.name if a.voter else "", size=9)]
        for seat, x in ((a, GROUPS[101]), (b, GROUPS[103])):
            if seat.vote in ORDER:
                cells += _group_cells(x, ["X" if v == seat.vote else "" for v in ORDER])
        s.row(cells, size=9, keep=False)
    s.gap(2)
    total = [Cell(*NAME, "Summa", "B", size=9)]
    for seats, x in ((V101, GROUPS[101]), (V103, GROUPS[103])):
        c = counts(seats)
        total += _group_cells(x, [str(c[v]) for v in ORDER], "B")
    s.row(total, size=9)


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    _minutes(s)
    _voteringslista(s)
    path = out / "ulvnas-kf-2026-12-16-protokoll.pdf"
    s.output(str(path))
    return path


def _voters(seats: list[Seat]) -> dict:
    return F.counted(seats, printed_absent=False)


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    chair = CHAIR.tag()
    return {
        "file": "ulvnas-kf-2026-12-16-protokoll.pdf",
        "_note": "Both voteringar stand in one närvaro- och voteringslista for the whole meeting "
                 "(bilaga 1), a group of Ja / Nej / Avst columns per votering headed by its § "
                 "on the line above. The substitute in the Tjänstgörande ersättare column is the "
                 "voter of that seat; the empty seat's row has no mark and the list prints no "
                 "Frånvarande, so it names no voter. Printed counts: § 101's in its text and "
                 "the Summa row, § 103's only the Summa row.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 100", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(100, clauses=F.clauses(f"Kommunfullmäktige utser {MEMBERS[13].tag()} och "
                                          f"{MEMBERS[1].tag()} att justera dagens protokoll.",
                                          numbered=False))]},
            {"number": "§ 101", "title": BUDGET, "dnr": ["KS 2026/233"], "decisions": [
                kf(101, clauses=F.clauses("Kommunfullmäktige fastställer budget för 2027 och "
                                          "ekonomisk plan för 2028–2029 enligt "
                                          "kommunstyrelsens förslag.", numbered=False),
                   motions=[F.motion("bifall", chair), F.motion("bifall", M_LEAD.tag())],
                   votes=[_voters(V101)])]},
            {"number": "§ 102", "title": AVFALL, "dnr": ["KS 2026/198"], "decisions": [
                kf(102, clauses=F.clauses("Kommunfullmäktige antar renhållningstaxa för 2027 "
                                          "enligt kommunstyrelsens förslag.", numbered=False))]},
            {"number": "§ 103", "title": HAMN, "dnr": ["KS 2025/87"], "decisions": [
                kf(103, clauses=F.clauses("Kommunfullmäktige antar detaljplanen för Norra "
                                          "hamnen.", numbered=False),
                   motions=[F.motion("bifall", chair), F.motion("återremiss", V_LEAD.tag())],
                   votes=[_voters(V103)])]},
            {"number": "§ 104", "title": "Anmälan av motioner", "dnr": [], "decisions": [
                kf(104, clauses=F.clauses("Kommunfullmäktige remitterar motionerna till "
                                          "kommunstyrelsen.", numbered=False))]},
        ],
    }
