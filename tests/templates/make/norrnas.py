"""Norrnäs stad (invented), template FB: a Finland-Swedish stadsstyrelse 7.12.2026 in a plain
sans, whose members each have a personal substitute (personlig ersättare) as Finland-Swedish
bodies do. Its roll calls: an "Omröstningsprotokoll" appendix printing every seat as a pair
Ledamot / Närv. / Personlig ersättare / Närv. with an X in the Närv. column of the one who sat
(the substitute named on every row, serving or not), the vote under Ja / Nej / Blank, the counts
line before the table ("Ja 6   Nej 4   Blank 1   Frånvarande 0"); a table in the § that names
the members surname first with an initial ("Nyman K.") where the cover gives full names; and a
roll call told by surname only ("Ja: Nyman, Enlund, … (6)") that the cover's full names
resolve."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Norrnäs stad"
SS = "Stadsstyrelsen"
DATE = "2026-12-07"
PRINTED_DATE = "7.12.2026"
STYLE = Style(body="sans", size=10.5, leading=1.32, left=68, right=60, top=96, bottom=78)

# (member, party, personal substitute)
SEATS = [
    ("Kristian Wikström", "SFP", "Helena Blomqvist"), ("Annika Grönroos", "SFP", "Jens Holmström"),
    ("Patrik Sandvik", "SFP", "Mia Lönnqvist"), ("Carola Back", "SFP", "Tor Nylund"),
    ("Jari Heinonen", "SDP", "Pirjo Laine"), ("Tiina Salo", "SDP", "Mikko Rantala"),
    ("Magnus Fagerström", "C", "Ulla Strandvall"), ("Leena Virtanen", "Saml", "Stefan Åkerfelt"),
    ("Markku Lehto", "Sannf", "Pia Söderback"), ("Gunilla Kronqvist", "KD", "Roger Ehrnrooth"),
    ("Sebastian Ekholm", "Gröna", "Hanna Rosenlund"),
]
PRINTED = {"SFP": "SFP", "SDP": "SDP", "C": "C", "Saml": "Saml.", "Sannf": "Sannf.", "KD": "KD",
           "Gröna": "Gröna"}
MEMBERS = [Person(m, p) for m, p, _ in SEATS]
SUBS = {m: Person(s, p) for m, p, s in SEATS}
BY = {p.name: p for p in MEMBERS} | {p.name: p for p in SUBS.values()}
CHAIR = MEMBERS[0]
# who sat: the members, but Tiina Salo's and Markku Lehto's substitutes
SERVING = {"Tiina Salo": SUBS["Tiina Salo"], "Markku Lehto": SUBS["Markku Lehto"]}

INVEST = "Investeringsprogram för skolfastigheter 2027–2031"
TAXA = "Avgifter för småbåtshamnen 2027"
BIBLIO = "Biblioteksfilial i Västerby"

# § 171 (appendix): ja = stadsdirektörens förslag, nej = Virtanens förslag
V171 = {"Kristian Wikström": "ja", "Annika Grönroos": "ja", "Patrik Sandvik": "ja",
        "Carola Back": "ja", "Jari Heinonen": "nej", "Mikko Rantala": "nej",
        "Magnus Fagerström": "ja", "Leena Virtanen": "nej", "Pia Söderback": "nej",
        "Gunilla Kronqvist": "ja", "Sebastian Ekholm": "avstår"}
# § 172 (table, "Wikström K."): ja = stadsdirektörens förslag, nej = Heinonens förslag
V172 = {"Kristian Wikström": "ja", "Annika Grönroos": "ja", "Patrik Sandvik": "ja",
        "Carola Back": "ja", "Jari Heinonen": "nej", "Mikko Rantala": "nej",
        "Magnus Fagerström": "ja", "Leena Virtanen": "ja", "Pia Söderback": "nej",
        "Gunilla Kronqvist": "ja", "Sebastian Ekholm": "nej"}
# § 173 (surnames): ja = stadsdirektörens förslag, nej = Ekholms förslag
V173 = {"Kristian Wikström": "ja", "Annika Grönroos": "ja", "Patrik Sandvik": "ja",
        "Carola Back": "ja", "Jari Heinonen": "ja", "Mikko Rantala": "nej",
        "Magnus Fagerström": "ja", "Leena Virtanen": "ja", "Pia Söderback": "avstår",
        "Gunilla Kronqvist": "ja", "Sebastian Ekholm": "nej"}


def tag(name: str) -> str:
    p = BY[name]
    return f"{p.name} ({PRINTED[p.party or '']})"


def _n(votes: dict[str, str], vote: str) -> int:
    return sum(v == vote for v in votes.values())


def _voters(votes: dict[str, str]) -> list[dict]:
    return [{"name": n, "party": BY[n].party, "vote": v} for n, v in votes.items()]


def _header(s: Sheet) -> None:
    s.masthead("sans", ["NORRNÄS STAD", SS],
               ["PROTOKOLL 12/2026", f"{PRINTED_DATE}   Sida {s.page_no()}"], (32, 45),
               right_w=200)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10.5)


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, number_w=56)


def _cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, SS, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Tid: {PRINTED_DATE} kl. 17.00–19.30", after=2)
    s.text("Plats: Stadshuset, styrelserummet", after=10)
    _label(s, "Närvarande ledamöter")
    s.text(f"{tag(CHAIR.name)}, ordförande", after=1)
    for p in MEMBERS[1:]:
        if p.name not in SERVING:
            s.text(tag(p.name), after=1)
    s.gap(8)
    _label(s, "Närvarande ersättare")
    for member, sub in SERVING.items():
        s.text(f"{tag(sub.name)} för {tag(member)}", after=1)
    s.gap(8)
    _label(s, "Övriga närvarande")
    s.text("Johanna Lind, stadsdirektör\nNiklas Berg, protokollförare", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 170–173")


def _p170(s: Sheet) -> None:
    _para(s, 170, "Val av protokolljusterare", None)
    _label(s, "Beslut:")
    s.text("Till protokolljusterare valdes Carola Back (SFP) och Jari Heinonen (SDP).")


def _p171(s: Sheet) -> None:
    _para(s, 171, INVEST, "402/2026")
    s.text("Bildningsavdelningen har tagit fram ett program för investeringar i skolfastigheterna "
           "under planperioden.")
    _label(s, "Stadsdirektörens förslag:")
    s.text("Stadsstyrelsen godkänner investeringsprogrammet för skolfastigheter 2027–2031.")
    _label(s, "Behandling:")
    s.text("Leena Virtanen (Saml.) föreslog, understödd av Jari Heinonen (SDP), att "
           "programmet återremitteras för ny beredning.")
    s.text("Ordföranden konstaterade att ett understött motförslag föreligger. Stadsstyrelsen "
           "godkände omröstningspropositionen: den som understöder stadsdirektörens förslag "
           "röstar ja, den som understöder Virtanens förslag röstar nej.")
    s.text(f"Omröstningsresultat: {_n(V171, 'ja')} ja, {_n(V171, 'nej')} nej och "
           f"{_n(V171, 'avstår')} blank röst. Omröstningsprotokollet är bilaga 1 till "
           "protokollet.")
    _label(s, "Beslut:")
    s.text("Stadsstyrelsen godkände investeringsprogrammet för skolfastigheter 2027–2031.")


def _p172(s: Sheet) -> None:
    _para(s, 172, TAXA, "388/2026")
    _label(s, "Stadsdirektörens förslag:")
    s.text("Stadsstyrelsen fastställer avgifterna för småbåtshamnen 2027 enligt bilagan.")
    _label(s, "Behandling:")
    s.text("Jari Heinonen (SDP) föreslog, understödd av Mikko Rantala (SDP), att avgifterna "
           "hålls oförändrade. Omröstning förrättades med ja för stadsdirektörens förslag och "
           "nej för Heinonens förslag.")
    cols = [(0, 160, "Namn"), (170, 50, "Ja"), (230, 50, "Nej"), (290, 50, "Blank")]
    s.head_row(cols, 10)
    col = {"ja": 1, "nej": 2, "avstår": 3}
    for name, vote in V172.items():
        first, last = name.split(" ", 1)
        x, w, _ = cols[col[vote]]
        s.row([Cell(0, 160, f"{last} {first[0]}."), Cell(x + 14, 20, "X")])
    s.gap(4)
    s.text(f"Resultat: {_n(V172, 'ja')} ja, {_n(V172, 'nej')} nej.")
    _label(s, "Beslut:")
    s.text("Stadsstyrelsen fastställde avgifterna för småbåtshamnen 2027 enligt "
           "stadsdirektörens förslag.")


def _p173(s: Sheet) -> None:
    _para(s, 173, BIBLIO, "415/2026")
    _label(s, "Stadsdirektörens förslag:")
    s.text("Stadsstyrelsen föreslår att biblioteksfilialen i Västerby stängs från 1.8.2027.")
    _label(s, "Behandling:")
    s.text("Sebastian Ekholm (Gröna) föreslog, understödd av Mikko Rantala (SDP), att "
           "filialen hålls öppen.")
    s.text("Omröstning förrättades. Ja för stadsdirektörens förslag, nej för Ekholms förslag.")
    groups = []
    for vote, label in (("ja", "Ja"), ("nej", "Nej"), ("avstår", "Blank")):
        names = [n.split(" ", 1)[1] for n, v in V173.items() if v == vote]
        groups.append(f"{label}: {', '.join(names)} ({len(names)})")
    s.text(" ".join(groups))
    _label(s, "Beslut:")
    s.text("Stadsstyrelsen beslöt att föreslå för stadsfullmäktige att biblioteksfilialen i "
           "Västerby stängs från 1.8.2027.")


def _appendix(s: Sheet) -> None:
    s.use("B", 13)
    s.cell(0, 18, f"Bilaga 1 till protokoll {PRINTED_DATE}", new_x="LMARGIN", new_y="NEXT")
    s.text("OMRÖSTNINGSPROTOKOLL", style="B", after=2)
    s.text(f"Ärende: § 171 {INVEST}", after=2)
    s.text(f"Ja {_n(V171, 'ja')}   Nej {_n(V171, 'nej')}   Blank {_n(V171, 'avstår')}   "
           "Frånvarande 0", after=8)
    cols = [(0, 125, "Ledamot"), (125, 38, "Parti"), (165, 30, "Närv."),
            (200, 125, "Personlig ersättare"), (325, 30, "Närv."), (365, 30, "Ja"),
            (400, 30, "Nej"), (435, 35, "Blank")]
    s.head_row(cols, 9)
    col = {"ja": 5, "nej": 6, "avstår": 7}
    for m in MEMBERS:
        sub = SUBS[m.name]
        sat = SERVING.get(m.name, m)
        x, w, _ = cols[col[V171[sat.name]]]
        s.row([Cell(0, 125, m.name, size=9), Cell(125, 38, PRINTED[m.party or ""], size=9),
               Cell(165, 30, "X" if sat is m else "", size=9, align="C"),
               Cell(200, 125, sub.name, size=9),
               Cell(325, 30, "X" if sat is sub else "", size=9, align="C"),
               Cell(x, w, "X", size=9, align="C")], size=9)


def build(out: Path) -> Path:
    path = out / "norrnas-ss-2026-12-07-protokoll.pdf"
    document(STYLE, _header, None, _cover, _minutes, _appendix).output(str(path))
    return path


def _minutes(s: Sheet) -> None:
    for part in (_p170, _p171, _p172, _p173):
        part(s)


def facts() -> dict:
    def ss(n: int, **kw) -> dict:
        return F.decision("beslut", SS, DATE, n, **F.empty(**kw))

    return {
        "file": "norrnas-ss-2026-12-07-protokoll.pdf",
        "_note": "Voters are who sat: the appendix's Närv. X says whether the member or the "
                 "personal substitute sat (Mikko Rantala for Tiina Salo, Pia Söderback for "
                 "Markku Lehto); the substitute named on a row whose member sat is no voter. "
                 "§ 172 prints 'Wikström K.' and § 173 surnames only: the voters are the "
                 "people of the cover, full name and party. A blank vote is an abstention. "
                 "A seconder is a mover of the proposal.",
        "meeting": {"municipality": MUNI, "body": SS, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 170", "title": "Val av protokolljusterare", "dnr": [], "decisions": [
                ss(170, clauses=F.clauses("Till protokolljusterare valdes Carola Back (SFP) och "
                                          "Jari Heinonen (SDP).", numbered=False))]},
            {"number": "§ 171", "title": INVEST, "dnr": ["402/2026"], "decisions": [
                ss(171, clauses=F.clauses("Stadsstyrelsen godkände investeringsprogrammet för "
                                          "skolfastigheter 2027–2031.", numbered=False),
                   motions=[F.motion("återremiss", "Leena Virtanen (Saml)",
                                     "Jari Heinonen (SDP)")],
                   votes=[F.vote(_n(V171, "ja"), _n(V171, "nej"), _n(V171, "avstår"),
                                 voters=_voters(V171), verified=True)])]},
            {"number": "§ 172", "title": TAXA, "dnr": ["388/2026"], "decisions": [
                ss(172, clauses=F.clauses("Stadsstyrelsen fastställde avgifterna för "
                                          "småbåtshamnen 2027 enligt stadsdirektörens förslag.",
                                          numbered=False),
                   motions=[F.motion("annat", "Jari Heinonen (SDP)", "Mikko Rantala (SDP)")],
                   votes=[F.vote(_n(V172, "ja"), _n(V172, "nej"), 0, voters=_voters(V172),
                                 verified=True)])]},
            {"number": "§ 173", "title": BIBLIO, "dnr": ["415/2026"], "decisions": [
                ss(173, proposed_to="Stadsfullmäktige",
                   clauses=F.clauses("Stadsstyrelsen beslöt att föreslå för stadsfullmäktige "
                                     "att biblioteksfilialen i Västerby stängs från 1.8.2027.",
                                     numbered=False),
                   motions=[F.motion("annat", "Sebastian Ekholm (Gröna)",
                                     "Mikko Rantala (SDP)")],
                   votes=[F.vote(_n(V173, "ja"), _n(V173, "nej"), _n(V173, "avstår"),
                                 voters=_voters(V173), verified=True)])]},
        ],
    }
