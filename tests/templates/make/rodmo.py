"""Rödmo kommun (invented), template N: kommunfullmäktige 2026-10-26, a Times-like body with
sans headings, whose secretary prints the yrkanden and roll calls in ways A–M do not: the party
after a comma ("Ali Reza, V, yrkar …"), a title before the name ("Kommunalrådet …",
"Oppositionsrådet …"), "X (V) ställer sig bakom Y:s yrkande", "ett yrkande från X (C) om
återremiss"; voters in prose ("Ja-röster avgavs av: …", wrapping over lines, the absent member
under "Frånvarande:"), counts written in words ("Med tjugofem röster mot fyra …"); a roll-call
table whose party column comes first, the names "Efternamn, Förnamn", the vote as a word, the
serving substitute in a row of their own under the member ("Ersättare för Dahlén, Erik:
Lindell, Mona"); two votes in one § whose appendices are referenced as "bilaga B" and
"bilaga A" and printed in the other order, rows carrying the seat number first, one with the
names "Efternamn Förnamn" and J / N / A / – , the other with words; a party group reserving
itself as "Ledamöterna från V"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .blocks import Para, render
from .people import Person, Seat, counts, joined, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Rödmo kommun"
KF = "Kommunfullmäktige"
DATE = "2026-10-26"
STYLE = Style(body="serif", size=11, leading=1.3, left=68, right=64, top=100, bottom=82)

MEMBERS = [Person(n, p) for n, p in (
    ("Anna Berg", "S"), ("Jonas Åkerman", "S"), ("Maria Fält", "S"), ("Olle Nordh", "S"),
    ("Siv Rehn", "S"), ("Tomas Kvarn", "S"), ("Ingela Bäck", "S"), ("Hassan Ali", "S"),
    ("Britt-Marie Ohlin", "S"), ("Gustav Wreede", "S"),
    ("Per Ek", "M"), ("Helena af Sillén", "M"), ("Magnus Tegnér-Lind", "M"), ("Karin Ros", "M"),
    ("Erik Dahlén", "M"), ("Sara Wiklöf", "M"), ("Ulf Brodin", "M"),
    ("Nils Kärr", "SD"), ("Tina Hägg", "SD"), ("Roger Blad", "SD"), ("Jimmy Sten", "SD"),
    ("Åsa Lööf", "SD"),
    ("Kim Rask", "C"), ("Ebba Lilja Hedin", "C"), ("Anton Fagerlund", "C"),
    ("Lena Sund", "V"), ("Ali Reza", "V"),
    ("Bertil Frost", "KD"), ("Agneta Munck", "KD"),
    ("Johan de Vries", "L"), ("Elsa Ring", "L"))]
SUB = {"Erik Dahlén": Person("Mona Lindell", "M"), "Gustav Wreede": Person("Pontus Hjort", "S")}
AWAY = {"Erik Dahlén", "Gustav Wreede", "Jimmy Sten"}
# surnames that are not simply the last word
SURNAME = {"Helena af Sillén": "af Sillén", "Ebba Lilja Hedin": "Lilja Hedin",
           "Johan de Vries": "de Vries"}

# § 121: ja = kommunstyrelsens förslag (avslag på motionen), nej = bifall till motionen
V121 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "KD": "ja", "L": "ja",
                           "C": "nej", "V": "nej"}, SUB, AWAY,
                 exceptions={"Ebba Lilja Hedin": "avstår"})
# § 122: ja = avgörs i dag, nej = återremiss
V122 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "KD": "ja", "L": "ja",
                           "M": "nej", "SD": "nej"}, SUB, AWAY)
# § 123 omröstning 1 (bilaga B): ja = avgörs i dag, nej = återremiss
V123A = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "KD": "ja", "L": "ja",
                            "C": "nej", "V": "nej"}, SUB, AWAY)
# § 123 omröstning 2 (bilaga A): ja = kommunstyrelsens förslag, nej = Per Eks yrkande
V123B = roll_call(MEMBERS, {"S": "ja", "C": "ja", "L": "ja", "M": "nej", "SD": "nej",
                            "KD": "nej", "V": "avstår"}, SUB, AWAY)

WORDS = {2: "två", 4: "fyra", 5: "fem", 11: "elva", 13: "tretton", 15: "femton",
         19: "nitton", 25: "tjugofem"}
TRAFIK = "Motion om fri kollektivtrafik för pensionärer"
HAMNEN = "Detaljplan för Norra hamnen"
BUDGET = "Budget 2027 och ekonomisk plan 2028–2029"


def surname(p: Person) -> str:
    return SURNAME.get(p.name, p.name.split()[-1])


def first(p: Person) -> str:
    return p.name[: len(p.name) - len(surname(p))].strip()


def last_first(p: Person, comma: bool = True) -> str:
    return f"{surname(p)}{',' if comma else ''} {first(p)}"


def _header(s: Sheet) -> None:
    s.masthead("dejavu", ["RÖDMO KOMMUN", "PROTOKOLL"],
               [f"{KF}  {DATE}", f"Sida {s.page_no()} av {{nb}}"], (30, 43),
               sizes=(10, 8.5), right_first=12, left_w=200, right_x=300, right_w=230)


def _footer(s: Sheet) -> None:
    s.signature_line("Ordförandes sign ........      Justerandes sign ........      "
                     "Utdragsbestyrkande ........", "dejavu", above_edge=50)


def _subhead(s: Sheet, text: str) -> None:
    s.label(text, 10, "dejavu", h=14, need=34, before=2)


def _para_head(s: Sheet, p: Para) -> None:
    s.need(70)
    s.gap(14)
    s.use("B", 13, "dejavu")
    s.cell(0, 17, f"§ {p.number}  {p.title}", new_x="LMARGIN", new_y="NEXT")
    if p.dnr:
        s.text(f"Dnr {p.dnr}", size=9, after=8)
    else:
        s.gap(6)


def _prose_voters(s: Sheet, seats: list[Seat]) -> None:
    """Ja-röster avgavs av: A (S), B (S) … och Z (L). One paragraph per vote."""
    for vote, lead in (("ja", "Ja-röster avgavs av"), ("nej", "Nej-röster avgavs av"),
                       ("avstår", "Avstod från att rösta"), ("frånvarande", "Frånvarande")):
        names = [x.who.tag() for x in seats if x.vote == vote]
        if names:
            s.text(f"{lead}: {joined(names)}.", after=3)


VOTE_WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "Frånvarande"}


def _party_first_table(s: Sheet, seats: list[Seat]) -> None:
    """Parti / Ledamot / Röst; a serving substitute on a row of their own under the member."""
    cols = [(0, 50, "Parti"), (50, 270, "Ledamot"), (320, 80, "Röst")]
    s.head_row(cols, 9.5, "dejavu")
    for x in seats:
        if x.voter:
            s.row([Cell(0, 50, x.member.party or "", size=9.5),
                   Cell(50, 270, last_first(x.member), size=9.5)], size=9.5)
            s.row([Cell(50, 270, f"Ersättare för {last_first(x.member)}: "
                                 f"{last_first(x.voter)}", size=9.5),
                   Cell(320, 80, VOTE_WORD[x.vote], size=9.5)], size=9.5)
            continue
        s.row([Cell(0, 50, x.member.party or "", size=9.5),
               Cell(50, 270, last_first(x.member), size=9.5),
               Cell(320, 80, VOTE_WORD[x.vote], size=9.5)], size=9.5)
    s.gap(8)


def paras() -> list[Para]:
    beslut = ("h", "Beslut")
    t121, t122 = counts(V121), counts(V122)
    a, b = counts(V123A), counts(V123B)
    return [
        Para(120, "Val av justerare", None, [
            beslut, ("p", "Kommunfullmäktige utser Kim Rask (C) och Siv Rehn (S) att justera "
                          "dagens protokoll.")]),
        Para(121, TRAFIK, "KS 2026/112", [
            beslut, ("p", "Kommunfullmäktige avslår motionen."),
            ("h", "Yrkanden"),
            ("p", "Kommunalrådet Jonas Åkerman (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Ali Reza, V, yrkar bifall till motionen."),
            ("p", "Lena Sund (V) ställer sig bakom Ali Rezas yrkande."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot Ali Rezas "
                  "yrkande och finner att fullmäktige bifaller kommunstyrelsens förslag. Votering "
                  "begärs. Följande voteringsproposition godkänns: Ja för kommunstyrelsens förslag, "
                  "nej för Ali Rezas yrkande."),
            ("prose_voters", V121),
            ("p", f"Med {WORDS[t121['ja']]} röster mot {WORDS[t121['nej']]}, en ledamot avstod "
                  "och en var frånvarande, beslutar fullmäktige enligt kommunstyrelsens förslag."),
            ("h", "Reservation"),
            ("p", "Ledamöterna från V reserverar sig mot beslutet till förmån för Ali Rezas "
                  "yrkande."),
        ]),
        Para(122, HAMNEN, "KS 2025/340", [
            beslut, ("p", "Kommunfullmäktige antar detaljplanen för Norra hamnen."),
            ("h", "Yrkanden"),
            ("p", "Jonas Åkerman (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Oppositionsrådet Per Ek (M) yrkar att ärendet återremitteras för att "
                  "trafikfrågan ska utredas."),
            ("p", "Nils Kärr (SD) ställer sig bakom Per Eks yrkande."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller "
                  "återremitteras och finner att det ska avgöras i dag. Votering begärs. Ja för "
                  "att ärendet avgörs i dag, nej för återremiss."),
            ("party_first", V122),
            ("p", f"Med {WORDS[t122['ja']]} röster mot {WORDS[t122['nej']]} beslutar "
                  "fullmäktige att avgöra ärendet i dag. Därefter bifaller fullmäktige "
                  "kommunstyrelsens förslag."),
            ("h", "Reservation"),
            ("p", "Ledamöterna från M och SD reserverar sig mot beslutet."),
        ]),
        Para(123, BUDGET, "KS 2026/200", [
            beslut, ("p", "Kommunfullmäktige fastställer budget 2027 och ekonomisk plan "
                          "2028–2029 enligt kommunstyrelsens förslag."),
            ("h", "Yrkanden"),
            ("p", "Jonas Åkerman (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Per Ek, M, yrkar bifall till Moderaternas budgetförslag."),
            ("p", "Ordföranden konstaterar att det därutöver finns ett yrkande från Kim Rask "
                  "(C) om återremiss av ärendet."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller "
                  "återremitteras och finner att det ska avgöras i dag. Votering begärs. Ja för "
                  "att ärendet avgörs i dag, nej för återremiss. Hur var och en röstade framgår "
                  "av bilaga B."),
            ("p", f"Med {WORDS[a['ja']]} röster mot {WORDS[a['nej']]} beslutar fullmäktige att "
                  "avgöra ärendet i dag."),
            ("p", "Ordföranden ställer därefter proposition på kommunstyrelsens förslag mot Per "
                  "Eks yrkande och finner att fullmäktige bifaller kommunstyrelsens förslag. "
                  "Votering begärs. Ja för kommunstyrelsens förslag, nej för Per Eks yrkande. "
                  "Omröstningslista, se bilaga A."),
            ("p", f"Med {WORDS[b['ja']]} röster mot {WORDS[b['nej']]}, {WORDS[b['avstår']]} "
                  "ledamöter avstod, bifaller fullmäktige kommunstyrelsens förslag."),
            ("h", "Reservation"),
            ("p", "Per Ek (M), Nils Kärr (SD) och Bertil Frost (KD) reserverar sig till förmån "
                  "för Per Eks yrkande."),
        ]),
        Para(124, "Anmälan av delegationsbeslut", "KS 2026/9", [
            beslut, ("p", "Anmälan läggs till handlingarna.")]),
    ]


LETTER = {"ja": "J", "nej": "N", "avstår": "A", "frånvarande": "–"}


def _appendix_a(s: Sheet, seats: list[Seat]) -> None:
    """Seat number first, "Efternamn Förnamn", J / N / A / –; the substitute on a row below."""
    t = counts(seats)
    s.appendix_head("Bilaga A", f"Kommunfullmäktige {DATE}, § 123 {BUDGET}, omröstning 2",
                    f"Resultat: {t['ja']} ja, {t['nej']} nej, {t['avstår']} avstår, "
                    f"{t['frånvarande']} frånvarande", "dejavu")
    cols = [(0, 40, "Nr"), (40, 220, "Namn"), (260, 50, "Parti"), (310, 50, "Röst")]
    s.head_row(cols, 9.5, "dejavu")
    for k, x in enumerate(seats, 1):
        m = x.member
        if x.voter:
            s.row([Cell(0, 40, str(k), size=9.5), Cell(40, 220, last_first(m, False), size=9.5),
                   Cell(260, 50, m.party or "", size=9.5)], size=9.5)
            s.row([Cell(40, 220, f"Ersättare: {last_first(x.voter, False)}", size=9.5),
                   Cell(260, 50, x.voter.party or "", size=9.5),
                   Cell(310, 50, LETTER[x.vote], size=9.5)], size=9.5)
            continue
        s.row([Cell(0, 40, str(k), size=9.5), Cell(40, 220, last_first(m, False), size=9.5),
               Cell(260, 50, m.party or "", size=9.5), Cell(310, 50, LETTER[x.vote], size=9.5)],
              size=9.5)
    s.gap(6)
    s.text("J = ja, N = nej, A = avstår, – = frånvarande", size=8.5)


def _appendix_b(s: Sheet, seats: list[Seat]) -> None:
    """Plats / Ledamot / Parti / Röst as words; the substitute named with the member's seat."""
    t = counts(seats)
    s.appendix_head("Bilaga B", f"Kommunfullmäktige {DATE}, § 123 {BUDGET}, omröstning 1 (återremiss)",
                    f"Ja {t['ja']}   Nej {t['nej']}   Avstår {t['avstår']}   "
                    f"Frånvarande {t['frånvarande']}", "dejavu")
    cols = [(0, 40, "Plats"), (40, 280, "Ledamot"), (320, 50, "Parti"), (370, 80, "Röst")]
    s.head_row(cols, 9.5, "dejavu")
    for k, x in enumerate(seats, 1):
        who = x.who
        name = f"{who.name}, ersättare för {x.member.name}" if x.voter else who.name
        s.row([Cell(0, 40, str(k), size=9.5), Cell(40, 280, name, size=9.5),
               Cell(320, 50, who.party or "", size=9.5),
               Cell(370, 80, VOTE_WORD[x.vote], size=9.5)], size=9.5)


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.use("B", 18, "dejavu")
    s.cell(0, 24, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Sammanträdesdatum: {DATE}")
    s.text("Plats och tid: Rödmo kommunhus, Tingssalen, kl. 18.00–22.15")
    s.text("Paragrafer: §§ 120–124")
    for p in paras():
        _para_head(s, p)
        render(s, p.blocks, _subhead, more={"prose_voters": _prose_voters,
                                            "party_first": _party_first_table})
    _appendix_a(s, V123B)
    _appendix_b(s, V123A)
    path = out / "rodmo-kf-2026-10-26-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    akerman = F.motion("bifall", "Jonas Åkerman (S)")
    return {
        "file": "rodmo-kf-2026-10-26-protokoll.pdf",
        "_note": "Voters are who sat in the seat (the substitute of a 'Ersättare för' row); the "
                 "absent member printed under 'Frånvarande:' or with '–' votes frånvarande. "
                 "'X ställer sig bakom Y:s yrkande' moves Y's stance; 'ett yrkande från X (C) om "
                 "återremiss' is X's yrkande. Counts in words are the vote's counts.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 120", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(120, clauses=F.clauses("Kommunfullmäktige utser Kim Rask (C) och Siv Rehn (S) "
                                          "att justera dagens protokoll.", numbered=False))]},
            {"number": "§ 121", "title": TRAFIK, "dnr": ["KS 2026/112"], "decisions": [
                kf(121, clauses=F.clauses("Kommunfullmäktige avslår motionen.", numbered=False),
                   motions=[akerman, F.motion("bifall", "Ali Reza (V)"),
                            F.motion("bifall", "Lena Sund (V)")],
                   votes=[F.counted(V121)],
                   reservations=[F.reservation(parties=["V"])])]},
            {"number": "§ 122", "title": HAMNEN, "dnr": ["KS 2025/340"], "decisions": [
                kf(122, clauses=F.clauses("Kommunfullmäktige antar detaljplanen för Norra hamnen.",
                                          numbered=False),
                   motions=[akerman, F.motion("återremiss", "Per Ek (M)"),
                            F.motion("återremiss", "Nils Kärr (SD)")],
                   votes=[F.counted(V122)],
                   reservations=[F.reservation(parties=["M", "SD"])])]},
            {"number": "§ 123", "title": BUDGET, "dnr": ["KS 2026/200"], "decisions": [
                kf(123, clauses=F.clauses("Kommunfullmäktige fastställer budget 2027 och "
                                          "ekonomisk plan 2028–2029 enligt kommunstyrelsens "
                                          "förslag.", numbered=False),
                   motions=[akerman, F.motion("bifall", "Per Ek (M)"),
                            F.motion("återremiss", "Kim Rask (C)")],
                   votes=[F.counted(V123A), F.counted(V123B)],
                   reservations=[F.reservation("Per Ek (M)", "Nils Kärr (SD)",
                                               "Bertil Frost (KD)")])]},
            {"number": "§ 124", "title": "Anmälan av delegationsbeslut", "dnr": ["KS 2026/9"],
             "decisions": [kf(124, clauses=F.clauses("Anmälan läggs till handlingarna.",
                                                     numbered=False))]},
        ],
    }
