"""Strömnäs stad (invented), template Y: a Finland-Swedish tekniska nämnd 2026-09-15 in a serif
layout whose cover prints one label "Närvarande" over a table of three columns, the name
surname first without a comma, then the person's role in words ("ordförande", "vice
ordförande", "medlem", "ersättare för Wik Gun", "ersättare"), and a note ("anlände kl. 18.20,
§§ 71–73"); then "Frånvarande" in the same columns, "Övriga närvarande" with titles in the
role column ("tekniska direktören, föredragande", "nämndsekreterare, protokollförare"), and
"Protokolljusterare" (no attendance of its own).

The § headings "§ 70 Laglighet och beslutförhet" and a case number in the Finland-Swedish
slashed form under the title ("STRÖMNÄS/145/10.03.00/2026")."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Strömnäs stad"
TN = "Tekniska nämnden"
DATE = "2026-09-15"
STYLE = Style(body="serif", size=11, leading=1.3, left=70, right=60, top=96, bottom=84)

# (name as printed, role as printed, note)
PRESENT = [("Nyström Kaj", "ordförande", ""), ("Backlund Eva", "vice ordförande", ""),
           ("Forsman Leif", "medlem", ""), ("Granholm Annika", "medlem", "anlände kl. 18.20, §§ 71–73"),
           ("Sjöblom Rasmus", "medlem", ""),
           ("Holmqvist Sten", "ersättare för Wik Gun", ""),
           ("Lindfors Ulla", "ersättare", "")]
ABSENT = [("Wik Gun", "medlem")]
OTHERS = [("Ek Johan", "tekniska direktören, föredragande"),
          ("Lassila Mia", "nämndsekreterare, protokollförare")]
NAME_X, ROLE_X, NOTE_X = 120.0, 245.0, 360.0


def _header(s: Sheet) -> None:
    s.masthead("serif", ["STRÖMNÄS STAD", "Tekniska nämnden"],
               ["PROTOKOLL", f"15.9.2026    {s.page_no()} ({{nb}})"], (34, 46))


def _footer(s: Sheet) -> None:
    s.signature_line("Protokolljusterarnas signaturer            Utdragets riktighet bestyrks",
                     "serif", above_edge=50)


def _row(s: Sheet, label: str, name: str, role: str, note: str = "") -> None:
    cells = [Cell(0, NAME_X - 8, label, "B", size=10)] if label else []
    cells += [Cell(NAME_X, ROLE_X - NAME_X - 6, name), Cell(ROLE_X, NOTE_X - ROLE_X - 6, role),
              Cell(NOTE_X, s.epw - NOTE_X, note, size=10)]
    s.row(cells, after=1.5)


def _cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, "Tekniska nämnden", new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    s.row([Cell(0, NAME_X - 8, "Sammanträdestid", "B", size=10),
           Cell(NAME_X, s.epw - NAME_X, "Tisdagen den 15 september 2026 kl. 18.00–20.10")],
          after=3)
    s.row([Cell(0, NAME_X - 8, "Plats", "B", size=10),
           Cell(NAME_X, s.epw - NAME_X, "Stadshuset, sammanträdesrummet Kajen")], after=10)
    for k, (name, role, note) in enumerate(PRESENT):
        _row(s, "Närvarande" if k == 0 else "", name, role, note)
    s.gap(8)
    for k, (name, role) in enumerate(ABSENT):
        _row(s, "Frånvarande" if k == 0 else "", name, role)
    s.gap(8)
    for k, (name, role) in enumerate(OTHERS):
        _row(s, "Övriga närvarande" if k == 0 else "", name, role)
    s.gap(8)
    s.row([Cell(0, NAME_X - 8, "Protokolljusterare", "B", size=10),
           Cell(NAME_X, s.epw - NAME_X, "Forsman Leif och Sjöblom Rasmus")], after=3)
    s.row([Cell(0, NAME_X - 8, "Paragrafer", "B", size=10),
           Cell(NAME_X, s.epw - NAME_X, "70–73")])


TITLE_72 = "Upphandling av vinterväghållning 2026–2029"
TITLE_73 = "Anmälningsärenden"


def _minutes(s: Sheet) -> None:
    def head(n: int, title: str, dnr: str | None) -> None:
        s.need(90)
        s.gap(12)
        s.use("B", 12)
        s.cell(0, 16, f"§ {n} {title}", new_x="LMARGIN", new_y="NEXT")
        if dnr:
            s.text(dnr, size=9.5, after=8)
        else:
            s.gap(6)

    def section(label: str, text: str) -> None:
        s.use("B", 11)
        s.cell(0, 14, label, new_x="LMARGIN", new_y="NEXT")
        s.text(text)

    head(70, "Laglighet och beslutförhet", None)
    section("Beslut", "Sammanträdet konstaterades lagligen sammankallat och beslutfört.")
    head(71, "Val av protokolljusterare", None)
    section("Beslut", "Till protokolljusterare valdes Leif Forsman och Rasmus Sjöblom.")
    head(72, TITLE_72, "STRÖMNÄS/145/10.03.00/2026")
    section("Beredning", "Anbudstiden gick ut den 1 september. Fyra anbud inkom.")
    section("Beslut", "Tekniska nämnden antar anbudet från Kustväg Ab.")
    head(73, TITLE_73, None)
    section("Beslut", "Anmälningsärendena antecknades för kännedom.")


def build(out: Path) -> Path:
    path = out / "stromnas-tn-2026-09-15-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def tn(n: int, text: str) -> dict:
        return F.decision("beslut", TN, DATE, n, **F.empty(clauses=F.clauses(text, numbered=False)))

    att = [F.attendee(Person("Nyström Kaj"), "ledamot", function="ordförande"),
           F.attendee(Person("Backlund Eva"), "ledamot", function="vice ordförande"),
           F.attendee(Person("Forsman Leif"), "ledamot"),
           F.attendee(Person("Granholm Annika"), "ledamot", paragraphs=[71, 72, 73]),
           F.attendee(Person("Sjöblom Rasmus"), "ledamot"),
           F.attendee(Person("Holmqvist Sten"), "tjänstgörande ersättare", replaces="Wik Gun"),
           F.attendee(Person("Lindfors Ulla"), "ersättare"),
           F.attendee(Person("Wik Gun"), "frånvarande"),
           F.attendee(Person("Ek Johan"), "tjänsteperson",
                      function="tekniska direktören, föredragande"),
           F.attendee(Person("Lassila Mia"), "tjänsteperson",
                      function="nämndsekreterare, protokollförare")]
    return {
        "file": "stromnas-tn-2026-09-15-protokoll.pdf",
        "_note": "No parties are printed. Names surname first without a comma, stated as "
                 "printed. The role column says 'medlem' (a member: ledamot), 'ersättare för X' "
                 "(serving in X's place) or 'ersättare' (present, not serving).",
        "meeting": {"municipality": MUNI, "body": TN, "date": DATE},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 70", "title": "Laglighet och beslutförhet", "dnr": [], "decisions": [
                tn(70, "Sammanträdet konstaterades lagligen sammankallat och beslutfört.")]},
            {"number": "§ 71", "title": "Val av protokolljusterare", "dnr": [], "decisions": [
                tn(71, "Till protokolljusterare valdes Leif Forsman och Rasmus Sjöblom.")]},
            {"number": "§ 72", "title": TITLE_72, "dnr": ["STRÖMNÄS/145/10.03.00/2026"],
             "decisions": [tn(72, "Tekniska nämnden antar anbudet från Kustväg Ab.")]},
            {"number": "§ 73", "title": TITLE_73, "dnr": [], "decisions": [
                tn(73, "Anmälningsärendena antecknades för kännedom.")]},
        ],
    }
