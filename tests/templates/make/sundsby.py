"""Sundsby stad (invented), template NB: a Finland-Swedish tekniska nämnd 9.12.2026 in DejaVu sans,
**no parties**, decisions under "Beslut:" as sentences with the nämnd as subject, the sums in
euro in forms the templates before it do not print: the euro sign before the sum ("€ 1 850 000"),
"0,4 MEUR", "350 TEUR", "2,6 milj. euro", "35 euro/månad", a range in euro ("600–800 € per
år"); uppdrag as Finland-Swedish secretaries write them ("Tekniska direktören ombeds utreda …"
without "att", "Hamnkaptenen anmodas att inkomma …", "Byggnadsbyrån åläggs att rapportera …").
Traps: a mandate ("Stadsingenjören befullmäktigas att underteckna …"), a date "1.3.2027", a count
of boat places, sums in the case's prose."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .sheet import Sheet, Style, document

MUNI = "Sundsby stad"
TN = "Tekniska nämnden"
DATE = "2026-12-09"
PRINTED_DATE = "9.12.2026"
STYLE = Style(body="dejavu", size=9.5, leading=1.4, left=70, right=60, top=98, bottom=78)

JUST = "Val av protokolljusterare"
GATA = "Budget 2027 för gatuunderhållet"
PARK = "Avgifter för parkeringstillstånd"
HAMN = "Ombyggnad av gästhamnen"
ANM = "Anmälningsärenden"

T120 = "Till protokolljusterare valdes Rolf Nyholm och Siv Björkman."
T121 = ["Tekniska nämnden fastställer budgeten för gatuunderhållet 2027 till € 1 850 000.",
        "Av anslaget reserveras 350 TEUR för beläggning av Strandgatan.",
        "Tekniska nämnden anhåller hos stadsstyrelsen om ett tilläggsanslag om 0,4 MEUR för "
        "vinterväghållningen.",
        "Tekniska direktören ombeds utreda möjligheten att upphandla vinterväghållningen i två "
        "delar."]
T122 = ["Avgiften för boendeparkering fastställs till 35 euro/månad från 1.3.2027.",
        "Avgiften för företagsparkering fastställs till 600–800 € per år beroende på zon.",
        "Stadsingenjören befullmäktigas att underteckna avtalet med parkeringsbolaget."]
T123 = ["Tekniska nämnden godkänner kostnadskalkylen om 2,6 milj. euro för ombyggnaden av "
        "gästhamnen.",
        "Hamnkaptenen anmodas att inkomma med en tidplan före utgången av februari 2027.",
        "Byggnadsbyrån åläggs att rapportera om kostnadsutvecklingen till nämnden varje kvartal."]
T124 = "Anmälningsärendena antecknas för kännedom."


def _header(s: Sheet) -> None:
    s.masthead("dejavu", ["SUNDSBY STAD", "Tekniska nämnden"],
               ["PROTOKOLL 11/2026", f"{PRINTED_DATE}     {s.page_no()}"], (30, 43),
               sizes=(9.5, 8.5), right_w=200)


def _footer(s: Sheet) -> None:
    s.signature_line("Protokolljusterarnas initialer", "dejavu", size=7, above_edge=44)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 9.5, "dejavu", h=13)


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=11, number_w=50, dnr_size=8.5)


def _minutes(s: Sheet) -> None:
    _para(s, 120, JUST, None)
    _label(s, "Beslut:")
    s.text(T120)

    _para(s, 121, GATA, "45/2026")
    s.text("Gatuunderhållet kostade 1 720 000 euro år 2026. Stadens gatunät omfattar 142 "
           "kilometer.")
    _label(s, "Beslut:")
    for t in T121:
        s.text(t)

    _para(s, 122, PARK, "61/2026")
    s.text("Avgifterna har inte justerats sedan 2019, då boendeparkeringen kostade 25 euro "
           "per månad.")
    _label(s, "Beslut:")
    for t in T122:
        s.text(t)

    _para(s, 123, HAMN, "70/2026")
    s.text("Gästhamnen har 140 båtplatser. Byggnadsbyrån har låtit göra en kostnadskalkyl.")
    _label(s, "Beslut:")
    for t in T123:
        s.text(t)

    _para(s, 124, ANM, None)
    s.text("Stadsstyrelsens protokoll 23.11.2026 och regionförvaltningsverkets beslut "
           "27.11.2026.")
    _label(s, "Beslut:")
    s.text(T124)


def build(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 14, "dejavu")
        s.cell(0, 20, TN, new_x="LMARGIN", new_y="NEXT")
        s.text(f"Tid: {PRINTED_DATE} kl. 17.00–19.15", after=2)
        s.text("Plats: Stadshuset, sammanträdesrum Fyren", after=10)
        _minutes(s)

    s = document(STYLE, _header, _footer, opening)
    path = out / "sundsby-tn-2026-12-09-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def tn(n: int, *texts: str, **kw) -> dict:
        return F.decision("beslut", TN, DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=False), **kw))

    return {
        "file": "sundsby-tn-2026-12-09-protokoll.pdf",
        "_note": "Sums are the decisions' only (not 1 720 000 euro, 25 euro in the prose). The "
                 "range 600–800 € is one sum at its upper bound. The mandate to sign is no "
                 "uppdrag.",
        "meeting": {"municipality": MUNI, "body": TN, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 120", "title": JUST, "dnr": [], "decisions": [tn(120, T120)]},
            {"number": "§ 121", "title": GATA, "dnr": ["45/2026"], "decisions": [
                tn(121, *T121,
                   amounts=[F.amount(1_850_000, "EUR"), F.amount(350_000, "EUR"),
                            F.amount(400_000, "EUR")],
                   assignments=[F.assignment("Tekniska direktören", "upphandla")])]},
            {"number": "§ 122", "title": PARK, "dnr": ["61/2026"], "decisions": [
                tn(122, *T122, amounts=[F.amount(35, "EUR"), F.amount(800, "EUR")])]},
            {"number": "§ 123", "title": HAMN, "dnr": ["70/2026"], "decisions": [
                tn(123, *T123, amounts=[F.amount(2_600_000, "EUR")],
                   assignments=[F.assignment("Hamnkaptenen", "tidplan"),
                                F.assignment("Byggnadsbyrån", "kostnadsutvecklingen")])]},
            {"number": "§ 124", "title": ANM, "dnr": [], "decisions": [tn(124, T124)]},
        ],
    }
