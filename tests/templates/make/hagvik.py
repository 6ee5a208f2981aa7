"""Hagviks kommun (invented), template QB: tekniska nämnden 2026-12-03 in a condensed sans
layout whose §§ tell the meeting under "Överläggning" in running prose, the members printed
with their parties. Its secretary words the procedure in ways the templates before it do not:
members after a plural role ("Ledamöterna A (M) och B (KD) yrkar att …"), "yrkar på avslag med
hänvisning till …", the seconder after the stance ("yrkade bifall till motionen, understödd av
Y (V)"), "Bifall … yrkades av A (S) och B (S)", a bare "instämde", "meddelar att han inte deltar
i beslutet"; reservations "Mot beslutet reserverade sig ledamöterna A (M) och B (KD)" and "A
(SD) och B (SD) lämnar en gemensam skriftlig reservation"; a protokollsanteckning as an inline
label ("Protokollsanteckning: A (V) och B (V) anser att …"). Traps: a member who asks questions
an official answers, one who thanks for the information, an official who informs."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Sheet, Style, document

TN = "Tekniska nämnden"
DATE = "2026-12-03"
STYLE = Style(body="sans", size=10, leading=1.3, left=66, right=66, top=90, bottom=76)

MEMBERS = [Person(n, p) for n, p in (
    ("Anna Bergqvist", "S"), ("Erik Lindström", "S"), ("Sara Holmgren", "S"),
    ("Per Eklund", "M"), ("Eva Lundqvist", "KD"), ("Jan Ahlström", "SD"),
    ("Lisa Dahlberg", "SD"), ("Maja Stenberg", "V"), ("Ali Rezaei", "V"), ("Bo Falkén", "KD"),
    ("Ida Sjögren", "C"))]
BY = {p.name: p for p in MEMBERS}
CHAIR = BY["Anna Bergqvist"]

TAXA = "Avfallstaxa 2027"
LJUS = "Motion om belysning av gång- och cykelvägar"
INFO = "Information om vinterväghållningen"


def _masthead(s: Sheet) -> None:
    s.masthead("sans", ["HAGVIKS KOMMUN", TN], ["Sammanträdesprotokoll",
               f"{DATE}   sid {s.page_no()}/{{nb}}"], (30, 42), right_first=12, right_w=190,
               rule=(0.4, 58))


def _footer(s: Sheet) -> None:
    s.signature_line("Ordförandes sign.          Justerandes sign.          Utdragsbestyrkande",
                     "sans", size=7, above_edge=40)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10, "sans", h=14, need=40, before=4)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(12)
    s.use("B", 12, "sans")
    s.cell(44, 16, f"§ {n}")
    s.multi_cell(0, 16, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Dnr TN {dnr}", size=9, after=5)


def _cover(s: Sheet) -> None:
    s.use("B", 16, "sans")
    s.cell(0, 24, TN, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Hagviks kommunhus, sal Ekorren, {DATE} kl. 08.30–11.45", after=8)
    _label(s, "Beslutande")
    for p in MEMBERS:
        s.text(f"{p.tag()}{', ordförande' if p is CHAIR else ''}", after=0.5)
    s.gap(6)
    _label(s, "Övriga")
    s.text("Olle Berggren, gatuchef\nNina Rosén, nämndsekreterare", after=6)
    _label(s, "Justerare")
    s.text("Per Eklund (M)", after=6)
    _label(s, "Paragrafer")
    s.text("§§ 40–43", after=6)


def _p40(s: Sheet) -> None:
    _head(s, 40, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Tekniska nämnden utser Per Eklund (M) att jämte ordföranden justera protokollet.")


def _p41(s: Sheet) -> None:
    _head(s, 41, TAXA, "2026/77")
    _label(s, "Ärendebeskrivning")
    s.text("Förvaltningen föreslår en ny avfallstaxa för 2027 med oförändrad grundavgift. "
           "Gatuchef Olle Berggren redogör för förslaget.")
    _label(s, "Överläggning")
    s.text("Ledamöterna Per Eklund (M) och Eva Lundqvist (KD) yrkar att taxan för hämtning av "
           "grovavfall sänks.")
    s.text("Ordföranden Anna Bergqvist (S) föreslår bifall till förvaltningens förslag.")
    s.text("Jan Ahlström (SD) yrkar på avslag med hänvisning till att kostnaderna för den nya "
           "sorteringen inte är redovisade.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på förvaltningens förslag, Per Eklunds och Eva "
           "Lundqvists ändringsyrkande samt Jan Ahlströms avslagsyrkande och finner att nämnden "
           "bifaller förvaltningens förslag.")
    _label(s, "Beslut")
    s.text("Tekniska nämnden fastställer avfallstaxa 2027 enligt förvaltningens förslag.")
    _label(s, "Reservationer")
    s.text("Mot beslutet reserverade sig ledamöterna Per Eklund (M) och Eva Lundqvist (KD).")
    s.text("Jan Ahlström (SD) och Lisa Dahlberg (SD) lämnar en gemensam skriftlig reservation.")


def _p42(s: Sheet) -> None:
    _head(s, 42, LJUS, "2026/102")
    _label(s, "Ärendebeskrivning")
    s.text("Maja Stenberg (V) har i en motion föreslagit att alla gång- och cykelvägar i "
           "tätorten ska vara belysta. Förvaltningen föreslår att motionen avslås.")
    _label(s, "Överläggning")
    s.text("Maja Stenberg (V) yrkade bifall till motionen, understödd av Ali Rezaei (V).")
    s.text("Avslag på motionen i enlighet med förvaltningens förslag yrkades av Erik Lindström "
           "(S) och Sara Holmgren (S). Bo Falkén (KD) instämde.")
    s.text("Per Eklund (M) ställer frågor om driftkostnaderna, som gatuchef Olle Berggren "
           "besvarar.")
    s.text("Ida Sjögren (C) meddelar att hon inte deltar i beslutet.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på bifall till och avslag på motionen och finner "
           "att nämnden avslår motionen.")
    _label(s, "Beslut")
    s.text("Tekniska nämnden föreslår kommunfullmäktige att avslå motionen.")


def _p43(s: Sheet) -> None:
    _head(s, 43, INFO, "2026/12")
    _label(s, "Ärendebeskrivning")
    s.text("Gatuchef Olle Berggren informerar om vinterväghållningen och om upphandlingen av "
           "plogning. Per Eklund (M) tackar för informationen.")
    _label(s, "Beslut")
    s.text("Tekniska nämnden lägger informationen till handlingarna.")
    s.text("Protokollsanteckning: Maja Stenberg (V) och Ali Rezaei (V) anser att cykelvägarna "
           "ska plogas före bilvägarna.")


def _minutes(s: Sheet) -> None:
    for part in (_p40, _p41, _p42, _p43):
        part(s)


def build(out: Path) -> Path:
    path = out / "hagvik-tn-2026-12-03-protokoll.pdf"
    document(STYLE, _masthead, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def tn(n: int, **kw) -> dict:
        return F.decision("beslut", TN, DATE, n, **F.empty(**kw))

    return {
        "file": "hagvik-tn-2026-12-03-protokoll.pdf",
        "_note": "'Ledamöterna A (M) och B (KD)' are both movers; 'yrkar att taxan … sänks' "
                 "changes the proposal (ändring). The seconder after the stance ('…, understödd "
                 "av Y (V)') moves with the mover. 'Avslag … yrkades av A (S) och B (S)' are the "
                 "movers; 'Bo Falkén (KD) instämde.' joins it. 'meddelar att hon inte deltar i "
                 "beslutet' is a deltar ej. 'Protokollsanteckning: A (V) och B (V) anser …' is "
                 "their protokollsanteckning. A member's questions and thanks, and the officials, "
                 "move nothing; Maja Stenberg's motion in the Ärendebeskrivning is the case. § 42 "
                 "proposes to kommunfullmäktige.",
        "meeting": {"body": TN, "date": DATE},
        "items": [
            {"number": "§ 40", "title": "Val av justerare", "dnr": [], "decisions": [tn(40)]},
            {"number": "§ 41", "title": TAXA, "dnr": ["TN 2026/77"], "decisions": [
                tn(41, motions=[F.motion("ändring", "Per Eklund (M)", "Eva Lundqvist (KD)"),
                                F.motion("bifall", CHAIR.tag()),
                                F.motion("avslag", "Jan Ahlström (SD)")],
                   reservations=[F.reservation("Per Eklund (M)", "Eva Lundqvist (KD)"),
                                 F.reservation("Jan Ahlström (SD)", "Lisa Dahlberg (SD)")])]},
            {"number": "§ 42", "title": LJUS, "dnr": ["TN 2026/102"], "decisions": [
                tn(42, proposed_to="Kommunfullmäktige",
                   motions=[F.motion("bifall", "Maja Stenberg (V)", "Ali Rezaei (V)"),
                            F.motion("avslag", "Erik Lindström (S)", "Sara Holmgren (S)"),
                            F.motion("avslag", "Bo Falkén (KD)")],
                   statements=[F.statement("deltar ej", "Ida Sjögren (C)")])]},
            {"number": "§ 43", "title": INFO, "dnr": ["TN 2026/12"], "decisions": [
                tn(43, statements=[F.statement("protokollsanteckning", "Maja Stenberg (V)",
                                               "Ali Rezaei (V)")])]},
        ],
    }
