"""Kvarnby stad (invented), template M: a Finland-Swedish stadsfullmäktige 16.11.2026 whose
minutes print the members' parties (SFP, SDP, Saml., Sannf., C, VF, Gröna, KD) but tell the
discussion as prose under "Behandling:": "Under diskussionen föreslog A (Saml.), understödd av
B (Sannf.), att …", "C (SDP) understödde stadsstyrelsens förslag.", members joining with a bare
"instämmer." or "med instämmande av" between the mover and the verb. The cover is a label
column with the chair and vice chair under labels of their own ("Ordförande  Johanna Lindqvist
(SFP)"), a substitute noted after the name ("…, tjg. ersättare för …"), and a signature block
whose "Ordförande" names the chair again without a party. The roll call is a list Namn / Parti
/ Röst with one letter (J, N, B for blank, F) and the result "… ja-röster, … nej-röster, 1
blank röst och 1 frånvarande"; a member files a protokollsanteckning."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style, document

MUNI = "Kvarnby stad"
SF = "Stadsfullmäktige"
DATE = "2026-11-16"
PRINTED_DATE = "16.11.2026"
STYLE = Style(body="serif", size=11, leading=1.3, left=72, right=60, top=104, bottom=80)

CHAIR = Person("Johanna Lindqvist", "SFP")
VICE = Person("Mikael Grönroos", "SDP")
MEMBERS = [CHAIR, VICE] + [Person(n, p) for n, p in (
    ("Anders Backman", "Saml"), ("Pia Lindén", "Sannf"), ("Kurt Nylund", "SFP"),
    ("Sofia Ekholm", "VF"), ("Jonas Sjöberg", "C"), ("Ulla Kvist", "SFP"),
    ("Henrik Aalto", "SDP"), ("Sara Holm", "Gröna"), ("Tommy Rask", "KD"),
    ("Eija Mäkelä", "Saml"), ("Leif Sundqvist", "SFP"), ("Carina Ahlbäck", "SFP"),
    ("Jens Berglund", "C"), ("Maria Forsman", "SDP"), ("Nils Åström", "SFP"),
    ("Petra Jäntti", "Sannf"), ("Rolf Strandberg", "SFP"), ("Tiina Virtanen", "SDP"),
    ("Oskar Nyberg", "SFP"), ("Irma Kallio", "Saml"), ("Bo Ehrström", "C"),
    ("Ann-Mari Granqvist", "SFP"), ("Lars-Erik Knuts", "SFP"), ("Kaj Westerlund", "KD"),
    ("Helena Björkqvist", "SFP"))]
SUB = {"Kurt Nylund": Person("Ronja Blomqvist", "SFP")}
AWAY = {"Kurt Nylund", "Sara Holm"}
DEPUTIES = [Person("Gunilla Sandvik", "SFP"), Person("Markus Lehto", "SDP")]
STAFF = [("Stefan Ek", "stadsdirektör"), ("Lena Berg", "protokollförare")]
PRINTED = {"SFP": "SFP", "SDP": "SDP", "Saml": "Saml.", "Sannf": "Sannf.", "C": "C", "VF": "VF",
           "Gröna": "Gröna", "KD": "KD"}

# § 89: ja = stadsstyrelsens förslag, nej = Backmans förslag; Saml and Sannf nej, KD blank
V89 = roll_call(MEMBERS, {"SFP": "ja", "SDP": "ja", "C": "ja", "VF": "ja", "Gröna": "ja",
                          "Saml": "nej", "Sannf": "nej", "KD": "ja"}, SUB, AWAY,
                exceptions={"Kaj Westerlund": "avstår"})
LETTER = {"ja": "J", "nej": "N", "avstår": "B", "frånvarande": "F"}
BUDGET = "Tilläggsbudget för bildningssektorn 2026"
SIMHALL = "Motion om avgiftsfri simhall för barn"


def tag(p: Person) -> str:
    return f"{p.name} ({PRINTED[p.party or '']})"


def _header(s: Sheet) -> None:
    s.masthead("serif", ["KVARNBY STAD", "Stadsfullmäktige"],
               ["PROTOKOLL 6/2026", f"{PRINTED_DATE}   Sida {s.page_no()}"], (32, 45), right_w=200)


def _label_block(s: Sheet, label: str, lines: list[str], label_w: float = 150) -> None:
    s.need(s.line_h() * (len(lines) + 1))
    y = s.get_y()
    s.use("B", 10.5)
    s.set_xy(s.l_margin, y)
    s.cell(label_w, s.line_h(), label)
    s.use("", 11)
    s.set_xy(s.l_margin + label_w, y)
    for ln in lines:
        s.set_x(s.l_margin + label_w)
        s.cell(s.epw - label_w, s.line_h(), ln, new_x="LMARGIN", new_y="NEXT")
    s.gap(5)


def _cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, "Stadsfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    _label_block(s, "Tid", [f"{PRINTED_DATE} kl. 18.00–20.40"])
    _label_block(s, "Plats", ["Stadshuset, fullmäktigesalen"])
    _label_block(s, "Ordförande", [tag(CHAIR)])
    _label_block(s, "Vice ordförande", [tag(VICE)])
    members = []
    for m in MEMBERS[2:]:
        if m.name in SUB:
            members.append(f"{tag(SUB[m.name])}, tjg. ersättare för {tag(m)}")
        elif m.name not in AWAY:
            members.append(tag(m))
    _label_block(s, "Ledamöter", members)
    _label_block(s, "Närvarande ersättare", [tag(p) for p in DEPUTIES])
    _label_block(s, "Frånvarande", [tag(m) for m in MEMBERS if m.name in AWAY])
    _label_block(s, "Övriga närvarande", [f"{n}, {fn}" for n, fn in STAFF])
    _label_block(s, "Paragrafer", ["§§ 88–91"])
    s.gap(10)
    _label_block(s, "Underskrifter", [""])
    _label_block(s, "Ordförande", [CHAIR.name])
    _label_block(s, "Sekreterare", ["Lena Berg"])


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, number_w=60)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 11)


def _vote_list(s: Sheet, seats: list[Seat]) -> None:
    cols = [(0, 200, "Namn"), (200, 60, "Parti"), (260, 50, "Röst")]
    s.head_row(cols, 10, after=1)
    for x in seats:
        who = x.who
        s.row([Cell(0, 200, who.name, size=10), Cell(200, 60, PRINTED[who.party or ""], size=10),
               Cell(260, 50, LETTER[x.vote], size=10)], size=10)
    s.gap(6)


def _minutes(s: Sheet) -> None:
    _para(s, 88, "Val av protokolljusterare", None)
    _label(s, "Beslut:")
    s.text("Fullmäktige valde Anders Backman (Saml.) och Pia Lindén (Sannf.) till "
           "protokolljusterare.")
    _para(s, 89, BUDGET, "412/2026")
    _label(s, "Stadsstyrelsens förslag:")
    s.text("Stadsfullmäktige godkänner en tilläggsbudget om 1,5 miljoner euro för "
           "bildningssektorn 2026.")
    _label(s, "Behandling:")
    s.text("Under diskussionen föreslog Anders Backman (Saml.), understödd av Pia Lindén "
           "(Sannf.), att tilläggsbudgeten sänks till 1,0 miljoner euro. Mikael Grönroos (SDP) "
           "understödde stadsstyrelsens förslag.")
    s.text("Ordföranden konstaterade att två förslag föreligger och att omröstning ska "
           "förrättas. Fullmäktige godkände omröstningspropositionen: den som understöder "
           "stadsstyrelsens förslag röstar ja, den som understöder Backmans förslag röstar nej. "
           "Omröstningen verkställdes med namnupprop.")
    tally = counts(V89)
    s.text(f"Omröstningsresultat: {tally['ja']} ja-röster, {tally['nej']} nej-röster, "
           f"{tally['avstår']} blank röst och {tally['frånvarande']} frånvarande.")
    _vote_list(s, V89)
    s.text("Anders Backman (Saml.) och Pia Lindén (Sannf.) reserverade sig mot beslutet.")
    _label(s, "Beslut:")
    s.text("Stadsfullmäktige godkänner en tilläggsbudget om 1,5 miljoner euro för "
           "bildningssektorn 2026.")
    _para(s, 90, SIMHALL, "233/2025")
    _label(s, "Stadsstyrelsens förslag:")
    s.text("Motionen avslås.")
    _label(s, "Behandling:")
    s.text("Sofia Ekholm (VF) yrkar bifall till motionen. Jonas Sjöberg (C) och Helena "
           "Björkqvist (SFP) instämmer.")
    s.text("Johanna Lindqvist (SFP), med instämmande av Mikael Grönroos (SDP), yrkar bifall "
           "till stadsstyrelsens förslag.")
    s.text("Ordföranden konstaterade att fullmäktige enhälligt beslutat enligt stadsstyrelsens "
           "förslag, sedan Ekholms förslag inte fått understöd av en majoritet.")
    s.text("Sofia Ekholm (VF) lämnar en protokollsanteckning.")
    _label(s, "Beslut:")
    s.text("Motionen avslås.")
    _para(s, 91, "Anmälningsärenden", None)
    _label(s, "Beslut:")
    s.text("Anmälningsärendena antecknades för kännedom.")


def build(out: Path) -> Path:
    path = out / "kvarnby-sf-2026-11-16-protokoll.pdf"
    document(STYLE, _header, None, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def sf(n: int, **kw) -> dict:
        return F.decision("beslut", SF, DATE, n, **F.empty(**kw))

    att = [F.attendee(CHAIR, "ledamot", function="ordförande"),
           F.attendee(VICE, "ledamot", function="vice ordförande")]
    for m in MEMBERS[2:]:
        if m.name in SUB:
            att.append(F.attendee(SUB[m.name], "tjänstgörande ersättare", replaces=m.name))
        elif m.name not in AWAY:
            att.append(F.attendee(m, "ledamot"))
    att += [F.attendee(p, "ersättare") for p in DEPUTIES]
    att += [F.attendee(m, "frånvarande") for m in MEMBERS if m.name in AWAY]
    att += [F.attendee(Person(n), "tjänsteperson", function=fn) for n, fn in STAFF]
    budget = ("Stadsfullmäktige godkänner en tilläggsbudget om 1,5 miljoner euro för "
              "bildningssektorn 2026.")
    tally = counts(V89)
    return {
        "file": "kvarnby-sf-2026-11-16-protokoll.pdf",
        "_note": "Parties as the lexicon lists them ('Saml.' is Saml). The stadsstyrelse's "
                 "förslag printed in the § is no decision of its own. 'X understödde "
                 "stadsstyrelsens förslag' moves bifall; 'A och B instämmer.' join the motion "
                 "just made. The signature block's 'Ordförande Johanna Lindqvist' is no "
                 "second attendance. 'blank röst' / B is avstår; F a member away with nobody "
                 "in the place.",
        "meeting": {"municipality": MUNI, "body": SF, "date": DATE},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 88", "title": "Val av protokolljusterare", "dnr": [], "decisions": [
                sf(88, clauses=F.clauses("Fullmäktige valde Anders Backman (Saml.) och Pia "
                                         "Lindén (Sannf.) till protokolljusterare.",
                                         numbered=False))]},
            {"number": "§ 89", "title": BUDGET, "dnr": ["412/2026"], "decisions": [
                sf(89, clauses=F.clauses(budget, numbered=False),
                   amounts=[F.amount(1500000, "EUR")],
                   motions=[F.motion("ändring", "Anders Backman (Saml)", "Pia Lindén (Sannf)"),
                            F.motion("bifall", "Mikael Grönroos (SDP)")],
                   votes=[F.vote(tally["ja"], tally["nej"], tally["avstår"], V89,
                                 verified=True)],
                   reservations=[F.reservation("Anders Backman (Saml)", "Pia Lindén (Sannf)")])]},
            {"number": "§ 90", "title": SIMHALL, "dnr": ["233/2025"], "decisions": [
                sf(90, clauses=F.clauses("Motionen avslås.", numbered=False),
                   motions=[F.motion("bifall", "Sofia Ekholm (VF)"),
                            F.motion("bifall", "Jonas Sjöberg (C)", "Helena Björkqvist (SFP)"),
                            F.motion("bifall", "Johanna Lindqvist (SFP)",
                                     "Mikael Grönroos (SDP)")],
                   statements=[F.statement("protokollsanteckning", "Sofia Ekholm (VF)")])]},
            {"number": "§ 91", "title": "Anmälningsärenden", "dnr": [], "decisions": [
                sf(91, clauses=F.clauses("Anmälningsärendena antecknades för kännedom.",
                                         numbered=False))]},
        ],
    }
