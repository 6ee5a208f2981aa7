"""Storsunds stad (invented), template AB: a Finland-Swedish stadsstyrelse 30.11.2026 in a
Palatino-like serif with labels ending in a colon ("Stadsdirektörens förslag:", "Behandling:",
"Beslut:"). Its secretary tells the procedure as Finland-Swedish minutes do: "X föreslog att …
Förslaget understöddes av Y.", "X föreslog, understödd av Y och Z, att …", "Då Östmans förslag
inte understöddes förföll det.", a proposal to reject ("att detaljplanen förkastas"), the chair
proposing by office with a seconder ("Ordföranden föreslog, understödd av X, att …"; the chair's
name on the cover), "X understödde stadsdirektörens förslag"; the roll call told in one
sentence parted by semicolons ("Ja röstade …; nej röstade …; blankt röstade …"), a result "med
rösterna 8–3"; dissent as "anmälde avvikande mening" and "lämnade en avvikande åsikt";
"bad att få följande antecknat i protokollet"; jäv and "deltog inte i beslutsfattandet"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, joined
from .sheet import Sheet, Style, document

MUNI = "Storsunds stad"
SS = "Stadsstyrelsen"
DATE = "2026-11-30"
PRINTED_DATE = "30.11.2026"
STYLE = Style(body="palatino", size=10.5, leading=1.32, left=70, right=62, top=100, bottom=80)

MEMBERS = [Person(n, p) for n, p in (
    ("Karl Nyman", "SFP"), ("Jenny Enlund", "SFP"), ("Mats Granholm", "SFP"),
    ("Maria Sundell", "SDP"), ("Sara Lillqvist", "SDP"), ("Peter Storbacka", "C"),
    ("Tom Lindholm", "Saml"), ("Anna Sjöholm", "Sannf"), ("Kaj Östman", "KD"),
    ("Lisa Forsblom", "VF"), ("Erik Björklund", "Gröna"))]
BY = {p.name: p for p in MEMBERS}
CHAIR = BY["Karl Nyman"]
PRINTED = {"SFP": "SFP", "SDP": "SDP", "C": "C", "Saml": "Saml.", "Sannf": "Sannf.", "KD": "KD",
           "VF": "VF", "Gröna": "Gröna"}

VAGAR = "Vägunderhållsplan 2027–2030"
MOTION = "Motion om gratis kollektivtrafik för pensionärer"
PLAN = "Detaljplan för kvarteret Kajen"

# § 141: ja = stadsdirektörens förslag, nej = Lindholms förslag, blank = Östman
V141 = {"ja": ["Karl Nyman", "Jenny Enlund", "Mats Granholm", "Maria Sundell", "Sara Lillqvist",
               "Peter Storbacka", "Lisa Forsblom"],
        "nej": ["Tom Lindholm", "Anna Sjöholm", "Erik Björklund"],
        "avstår": ["Kaj Östman"]}


def tag(name: str) -> str:
    p = BY[name]
    return f"{p.name} ({PRINTED[p.party or '']})"


def fact(name: str) -> str:
    return BY[name].tag()


def _joined(names: list[str]) -> str:
    return joined([tag(n) for n in names])


def _header(s: Sheet) -> None:
    s.masthead("palatino", ["STORSUNDS STAD", SS],
               ["PROTOKOLL 14/2026", f"{PRINTED_DATE}   {s.page_no()}"], (32, 45), right_w=200)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10.5)


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, number_w=56)


def _cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, SS, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Tid: {PRINTED_DATE} kl. 16.00–18.45", after=2)
    s.text("Plats: Stadshuset, sammanträdesrummet", after=10)
    _label(s, "Närvarande ledamöter")
    s.text(f"{tag(CHAIR.name)}, ordförande", after=1)
    for p in MEMBERS[1:]:
        s.text(tag(p.name), after=1)
    s.gap(8)
    _label(s, "Övriga närvarande")
    s.text("Mikael Sandås, stadsdirektör\nBritt Kronlund, protokollförare", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 140–143")


def _p140(s: Sheet) -> None:
    _para(s, 140, "Val av protokolljusterare", None)
    _label(s, "Beslut:")
    s.text("Till protokolljusterare valdes Maria Sundell (SDP) och Tom Lindholm (Saml.).")


def _p141(s: Sheet) -> None:
    _para(s, 141, VAGAR, "318/2026")
    s.text("Tekniska avdelningen har utarbetat en plan för underhållet av stadens gator och vägar "
           "för åren 2027–2030.")
    _label(s, "Stadsdirektörens förslag:")
    s.text("Stadsstyrelsen godkänner vägunderhållsplanen för 2027–2030.")
    _label(s, "Behandling:")
    s.text("Tom Lindholm (Saml.) föreslog att anslaget för beläggningsarbeten höjs med 200 000 "
           "euro per år. Förslaget understöddes av Anna Sjöholm (Sannf.). Maria Sundell (SDP) "
           "understödde stadsdirektörens förslag.")
    s.text("Ordföranden konstaterade att två understödda förslag föreligger och att omröstning "
           "ska förrättas. Stadsstyrelsen godkände omröstningspropositionen: den som understöder "
           "stadsdirektörens förslag röstar ja, den som understöder Lindholms förslag röstar nej.")
    s.text(f"Ja röstade {_joined(V141['ja'])}; nej röstade {_joined(V141['nej'])}; blankt "
           f"röstade {_joined(V141['avstår'])}.")
    s.text("Omröstningsresultat: 7 ja, 3 nej och 1 blank röst. Ordföranden konstaterade att "
           "stadsstyrelsen beslutat enligt stadsdirektörens förslag.")
    s.text("Tom Lindholm (Saml.) och Anna Sjöholm (Sannf.) anmälde avvikande mening.")
    s.text("Erik Björklund (Gröna) bad att få följande antecknat i protokollet: ”Gång- och "
           "cykelvägarna borde prioriteras före bilvägarna.”")
    _label(s, "Beslut:")
    s.text("Stadsstyrelsen godkände vägunderhållsplanen för 2027–2030.")


def _p142(s: Sheet) -> None:
    _para(s, 142, MOTION, "211/2026")
    s.text("Stadsdirektören har utrett kostnaderna för avgiftsfri kollektivtrafik för personer "
           "som fyllt 70 år.")
    _label(s, "Stadsdirektörens förslag:")
    s.text("Stadsstyrelsen föreslår att motionen förkastas.")
    _label(s, "Behandling:")
    s.text("Lisa Forsblom (VF) föreslog, understödd av Erik Björklund (Gröna) och Sara Lillqvist "
           "(SDP), att motionen bifalls. Mats Granholm (SFP) understödde stadsdirektörens "
           "förslag.")
    s.text("Omröstning förrättades. Stadsstyrelsen beslöt med rösterna 8–3 enligt "
           "stadsdirektörens förslag.")
    s.text("Lisa Forsblom (VF) och Erik Björklund (Gröna) reserverade sig mot beslutet. Sara "
           "Lillqvist (SDP) lämnade en avvikande åsikt.")
    _label(s, "Beslut:")
    s.text("Stadsstyrelsen beslöt att föreslå för stadsfullmäktige att motionen förkastas.")


def _p143(s: Sheet) -> None:
    _para(s, 143, PLAN, "77/2026")
    s.text("Förslaget till detaljplan har varit framlagt till påseende. Fyra anmärkningar har "
           "lämnats in.")
    _label(s, "Stadsdirektörens förslag:")
    s.text("Stadsstyrelsen godkänner detaljplanen för kvarteret Kajen.")
    _label(s, "Behandling:")
    s.text("Jenny Enlund (SFP) anmälde jäv och avlägsnade sig under behandlingen av ärendet. "
           "Peter Storbacka (C) deltog inte i beslutsfattandet.")
    s.text("Ordföranden föreslog, understödd av Tom Lindholm (Saml.), att ärendet bordläggs till "
           "nästa möte. Kaj Östman (KD) föreslog att detaljplanen förkastas. Då Östmans förslag "
           "inte understöddes förföll det.")
    _label(s, "Beslut:")
    s.text("Stadsstyrelsen beslöt enhälligt att bordlägga ärendet.")


def _minutes(s: Sheet) -> None:
    for part in (_p140, _p141, _p142, _p143):
        part(s)


def build(out: Path) -> Path:
    path = out / "storsund-ss-2026-11-30-protokoll.pdf"
    document(STYLE, _header, None, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def ss(n: int, **kw) -> dict:
        return F.decision("beslut", SS, DATE, n, **F.empty(**kw))

    voters = [{"name": n, "party": BY[n].party, "vote": v} for v, ns in V141.items() for n in ns]
    return {
        "file": "storsund-ss-2026-11-30-protokoll.pdf",
        "_note": "A seconder ('Förslaget understöddes av Y', 'understödd av Y och Z') is a mover of "
                 "the proposal; a proposal that was not seconded and lapsed is still its mover's "
                 "yrkande. 'X understödde stadsdirektörens förslag' is a bifall. 'förkastas' "
                 "rejects (avslag). 'Ordföranden' is the chair of the cover, Karl Nyman (SFP). "
                 "'anmälde avvikande mening' and 'lämnade en avvikande åsikt' are reservations. "
                 "A blank vote is an abstention. A member who is jävig or takes no part is no "
                 "voter. § 142 proposes to stadsfullmäktige; its one sentence is its clause, lead-in "
                 "and all, as the conventions keep a proposal in one sentence.",
        "meeting": {"municipality": MUNI, "body": SS, "date": DATE},
        "items": [
            {"number": "§ 140", "title": "Val av protokolljusterare", "dnr": [], "decisions": [
                ss(140, clauses=F.clauses("Till protokolljusterare valdes Maria Sundell (SDP) och "
                                          "Tom Lindholm (Saml.).", numbered=False))]},
            {"number": "§ 141", "title": VAGAR, "dnr": ["318/2026"], "decisions": [
                ss(141, clauses=F.clauses("Stadsstyrelsen godkände vägunderhållsplanen för "
                                          "2027–2030.", numbered=False),
                   motions=[F.motion("ändring", fact("Tom Lindholm"), fact("Anna Sjöholm")),
                            F.motion("bifall", fact("Maria Sundell"))],
                   votes=[F.vote(7, 3, 1, voters=voters, verified=True)],
                   reservations=[F.reservation(fact("Tom Lindholm"), fact("Anna Sjöholm"))],
                   statements=[F.statement("protokollsanteckning", fact("Erik Björklund"))])]},
            {"number": "§ 142", "title": MOTION, "dnr": ["211/2026"], "decisions": [
                ss(142, proposed_to="Stadsfullmäktige",
                   clauses=F.clauses("Stadsstyrelsen beslöt att föreslå för stadsfullmäktige "
                                     "att motionen förkastas.", numbered=False),
                   motions=[F.motion("bifall", fact("Lisa Forsblom"), fact("Erik Björklund"),
                                     fact("Sara Lillqvist")),
                            F.motion("bifall", fact("Mats Granholm"))],
                   votes=[F.vote(8, 3, None)],
                   reservations=[F.reservation(fact("Lisa Forsblom"), fact("Erik Björklund")),
                                 F.reservation(fact("Sara Lillqvist"))])]},
            {"number": "§ 143", "title": PLAN, "dnr": ["77/2026"], "decisions": [
                ss(143, clauses=F.clauses("Stadsstyrelsen beslöt enhälligt att bordlägga "
                                          "ärendet.", numbered=False),
                   motions=[F.motion("bordläggning", CHAIR.tag(), fact("Tom Lindholm")),
                            F.motion("avslag", fact("Kaj Östman"))],
                   statements=[F.statement("jäv", fact("Jenny Enlund")),
                               F.statement("deltar ej", fact("Peter Storbacka"))])]},
        ],
    }
