"""Kallviks stad (invented), template HB: a Finland-Swedish bildningsnämnd 2.12.2026 in a
Century-type serif, **no parties**, its procedure told under "Behandling:" and inside the
decision block as Finland-Swedish secretaries write it, in forms the templates before it do
not print: the perfect tense with the mover after an adverbial ("Under diskussionen har
ledamoten X, understödd av ledamoten Y, föreslagit att …"); seconders told by a verb after the
proposal ("Y och Z understödde Lindéns förslag."); a proposal that falls unseconded ("Förslaget
understöddes inte och förföll."); dissent in the passive ("Avvikande mening anmäldes av X och
Y.") and by a genitive ("Till protokollet antecknades Markus Lindéns avvikande mening."); jäv
told verb first ("På grund av jäv deltog X inte i behandlingen av ärendet.") and as a note
("Antecknades att ledamoten X inte deltog i behandlingen av ärendet på grund av jäv (FvL 28 §
1 mom. 2 p.)."). Traps: the justerare named in a decision, an official in the case's prose."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Sheet, Style, document

MUNI = "Kallviks stad"
BN = "Bildningsnämnden"
DATE = "2026-12-02"
PRINTED_DATE = "2.12.2026"
STYLE = Style(body="century", size=10.5, leading=1.32, left=72, right=62, top=100, bottom=80)

MEMBERS = [Person(n) for n in (
    "Birgitta Holm", "Anna Kengo", "Tua Backman", "Jean Hellsten", "Markus Lindén",
    "Lars Ekblom", "Eva Sundqvist", "Johan Åkerlund", "Sofia Nyberg")]
CHAIR = MEMBERS[0]

SKOLNAT = "Utredning om skolnätet 2027–2035"
ELEVVARD = "Tilläggsanslag för elevvården"
HYRA = "Hyresavtal för Norrby skola"


def _header(s: Sheet) -> None:
    s.masthead("century", ["KALLVIKS STAD", BN],
               ["PROTOKOLL 9/2026", f"{PRINTED_DATE}   {s.page_no()}"], (32, 45), right_w=200)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10.5, "century")


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, number_w=56)


def _cover(s: Sheet) -> None:
    s.use("B", 16, "century")
    s.cell(0, 22, BN, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Tid: {PRINTED_DATE} kl. 17.00–19.30", after=2)
    s.text("Plats: Stadshuset, mötesrum Kajen", after=10)
    _label(s, "Närvarande ledamöter")
    s.text(f"{CHAIR.name}, ordförande", after=1)
    for p in MEMBERS[1:]:
        s.text(p.name, after=1)
    s.gap(8)
    _label(s, "Övriga närvarande")
    s.text("Helena Forsman, bildningsdirektör\nRasmus Wik, protokollförare", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 50–53")


def _p50(s: Sheet) -> None:
    _para(s, 50, "Val av protokolljusterare", None)
    _label(s, "Beslut:")
    s.text("Till protokolljusterare valdes Tua Backman och Jean Hellsten.")


def _p51(s: Sheet) -> None:
    _para(s, 51, SKOLNAT, "112/2026")
    s.text("Bildningsdirektör Helena Forsman har lett en utredning om skolnätet. Utredningen "
           "föreslår att Bäckby skola och Åsens skola sammanslås från hösten 2028.")
    _label(s, "Bildningsdirektörens förslag:")
    s.text("Bildningsnämnden godkänner utredningen och sänder den på remiss till skolornas "
           "föräldraföreningar.")
    _label(s, "Behandling:")
    s.text("Under diskussionen har ledamoten Anna Kengo, understödd av ledamoten Tua Backman, "
           "föreslagit att ärendet återremitteras för att konsekvenserna för skolskjutsarna ska "
           "utredas. Efter avslutad diskussion återtog Anna Kengo sitt förslag.")
    _label(s, "Beslut:")
    s.text("Bildningsnämnden godkände bildningsdirektörens förslag.")
    s.text("Avvikande mening anmäldes av Anna Kengo och Tua Backman.")


def _p52(s: Sheet) -> None:
    _para(s, 52, ELEVVARD, "140/2026")
    s.text("Stadsfullmäktige har beviljat bildningsnämnden ett tilläggsanslag för elevvården. "
           "Anslaget används för en kuratorstjänst vid Norrby skola.")
    _label(s, "Bildningsdirektörens förslag:")
    s.text("Bildningsnämnden beslutar att tilläggsanslaget används för en kuratorstjänst vid "
           "Norrby skola.")
    _label(s, "Behandling:")
    s.text("Markus Lindén föreslog att anslaget också får användas för skolpsykologens "
           "tjänster. Tua Backman och Jean Hellsten understödde Lindéns förslag.")
    s.text("Ordföranden konstaterade att bildningsnämnden enhälligt omfattat Lindéns förslag.")
    _label(s, "Beslut:")
    s.text("Bildningsnämnden godkände bildningsdirektörens förslag med det tillägget att anslaget "
           "också får användas för skolpsykologens tjänster.")


def _p53(s: Sheet) -> None:
    _para(s, 53, HYRA, "151/2026")
    s.text("På grund av jäv deltog Eva Sundqvist inte i behandlingen av ärendet.")
    s.text("Antecknades att ledamoten Lars Ekblom inte deltog i behandlingen av ärendet på grund "
           "av jäv (FvL 28 § 1 mom. 2 p.).")
    s.text("Stadens lokalservice har förhandlat fram ett nytt hyresavtal för Norrby skola med "
           "fastighetsbolaget. Avtalet gäller i tio år.")
    _label(s, "Bildningsdirektörens förslag:")
    s.text("Bildningsnämnden godkänner hyresavtalet för Norrby skola.")
    _label(s, "Behandling:")
    s.text("Under diskussionen har ledamoten Markus Lindén föreslagit att ärendet bordläggs. "
           "Förslaget understöddes inte och förföll.")
    _label(s, "Beslut:")
    s.text("Bildningsnämnden godkände bildningsdirektörens förslag.")
    s.text("Till protokollet antecknades Markus Lindéns avvikande mening.")


def _minutes(s: Sheet) -> None:
    for part in (_p50, _p51, _p52, _p53):
        part(s)


def build(out: Path) -> Path:
    path = out / "kallvik-bn-2026-12-02-protokoll.pdf"
    document(STYLE, _header, None, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def bn(n: int, **kw) -> dict:
        return F.decision("beslut", BN, DATE, n, **F.empty(**kw))

    return {
        "file": "kallvik-bn-2026-12-02-protokoll.pdf",
        "_note": "No parties are printed: every person's party is null. A member who seconds a "
                 "proposal ('understödd av', 'understödde Lindéns förslag') is one of its movers; "
                 "a proposal that was withdrawn or fell unseconded was still moved. 'att anslaget "
                 "också får användas …' adds to the proposal: a tillägg. Dissent ('avvikande "
                 "mening') is a reservation, also when told in the genitive.",
        "meeting": {"body": BN, "date": DATE},
        "items": [
            {"number": "§ 50", "title": "Val av protokolljusterare", "dnr": [],
             "decisions": [bn(50)]},
            {"number": "§ 51", "title": SKOLNAT, "dnr": ["112/2026"], "decisions": [
                bn(51, motions=[F.motion("återremiss", "Anna Kengo", "Tua Backman")],
                   reservations=[F.reservation("Anna Kengo", "Tua Backman")])]},
            {"number": "§ 52", "title": ELEVVARD, "dnr": ["140/2026"], "decisions": [
                bn(52, motions=[F.motion("tillägg", "Markus Lindén", "Tua Backman",
                                         "Jean Hellsten")])]},
            {"number": "§ 53", "title": HYRA, "dnr": ["151/2026"], "decisions": [
                bn(53, motions=[F.motion("bordläggning", "Markus Lindén")],
                   reservations=[F.reservation("Markus Lindén")],
                   statements=[F.statement("jäv", "Eva Sundqvist"),
                               F.statement("jäv", "Lars Ekblom")])]},
        ],
    }
