"""Ekträsk kommun (invented), template RB: kommunstyrelsens arbetsutskott 2026-11-03, a minute
system that prints **no § mark at all**: each part of the protocol is headed by the agenda's
number, "Ärende 1  Val av justerare" in a bold sans of the running text's size, the case number
under it ("Ärendenummer KS 2026/214"); the running text names other bodies' §§ ("KF 2026-06-15
§ 61") and the law ("enligt 6 kap. 38 § kommunallagen").

The cover: "Beslutande ledamöter" over a table Namn / Parti / Roll with the names **surname
first after a comma** ("Åkesson, Lena") and the party **in brackets in its own column** ("(S)"),
the role in lower case ("ordförande", "vice ordförande", "ledamot", "tjänstgörande ersättare")
and a note column ("ersätter Dahlberg, Kjell"); "Frånvarande" as such a row; "Övriga deltagare"
as rows Namn / Funktion ("Sjöberg, Anita  kanslichef"); "Justerare", "Sekreterare" and
"Paragrafer" under them (no attendance)."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Ekträsk kommun"
AU = "Kommunstyrelsens arbetsutskott"
DATE = "2026-11-03"
STYLE = Style(body="dejavu", size=9.5, leading=1.35, left=64, right=58, top=90, bottom=80)

# (surname, first name, party, role as printed, note)
MEMBERS = [("Åkesson", "Lena", "S", "ordförande", ""),
           ("Berglund", "Mats", "M", "vice ordförande", ""),
           ("Ceder", "Ulla", "C", "ledamot", ""),
           ("Nordin", "Ali", "S", "tjänstgörande ersättare", "ersätter Dahlberg, Kjell")]
STAFF = [("Sjöberg", "Anita", "kanslichef"), ("Rehn", "Tomas", "ekonomichef")]

T1 = "Val av justerare"
T2 = "Investeringsbudget för gång- och cykelvägar 2027"
T3 = "Yttrande över regional transportplan"


def _header(s: Sheet) -> None:
    s.masthead("dejavu", ["EKTRÄSK KOMMUN", "Kommunstyrelsens arbetsutskott"],
               ["PROTOKOLL", f"Sammanträdesdatum {DATE}   Sida {s.page_no()}"], (30, 42),
               sizes=(9.5, 8))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur              Utdragsbestyrkande", "dejavu",
                     above_edge=46)


def _cover(s: Sheet) -> None:
    s.use("B", 15)
    s.cell(0, 22, "Kommunstyrelsens arbetsutskott", new_x="LMARGIN", new_y="NEXT")
    s.gap(4)
    s.text("Plats och tid: Kommunhuset, Ekträsk, tisdagen den 3 november 2026 kl. 08.30–11.45",
           after=8)
    s.label("Beslutande ledamöter", 9.5, need=0)
    s.head_row([(0, 120, "Namn"), (125, 40, "Parti"), (170, 120, "Roll"),
                (295, 170, "Anmärkning")], size=9)
    for last, first, party, role, note in MEMBERS:
        s.row([Cell(0, 120, f"{last}, {first}"), Cell(125, 40, f"({party})"),
               Cell(170, 120, role), Cell(295, 170, note)], size=9.5, after=1)
    s.gap(6)
    s.label("Frånvarande", 9.5, need=0)
    s.row([Cell(0, 120, "Dahlberg, Kjell"), Cell(125, 40, "(S)"), Cell(170, 120, "ledamot")],
          size=9.5, after=1)
    s.gap(6)
    s.label("Övriga deltagare", 9.5, need=0)
    for last, first, function in STAFF:
        s.row([Cell(0, 120, f"{last}, {first}"), Cell(170, 150, function)], size=9.5, after=1)
    s.gap(6)
    s.label("Justerare", 9.5, need=0)
    s.text("Berglund, Mats", after=4)
    s.label("Sekreterare", 9.5, need=0)
    s.text("Sjöberg, Anita", after=4)
    s.label("Paragrafer", 9.5, need=0)
    s.text("Ärende 1–3", after=4)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(14)
    s.use("B", 9.5)
    s.cell(0, 13, f"Ärende {n}  {title}", new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Ärendenummer {dnr}", size=9, after=6)
    else:
        s.gap(6)


def _decision(s: Sheet, text: str) -> None:
    s.label("Arbetsutskottets beslut", 9.5, need=30)
    s.text(text)


def _minutes(s: Sheet) -> None:
    _head(s, 1, T1, None)
    _decision(s, "Arbetsutskottet utser Mats Berglund (M) att justera protokollet.")
    _head(s, 2, T2, "KS 2026/214")
    s.text("Kommunfullmäktige antog KF 2026-06-15 § 61 en plan för gång- och cykelvägar. "
           "Förvaltningen föreslår att investeringarna prioriteras enligt planen.")
    _decision(s, "Arbetsutskottet godkänner förvaltningens prioritering av investeringarna.")
    _head(s, 3, T3, "KS 2026/230")
    s.text("Regionen har remitterat transportplanen, jfr 6 kap. 38 § kommunallagen om "
           "delegering till utskott.")
    _decision(s, "Arbetsutskottet antar förvaltningens yttrande som sitt eget.")


def build(out: Path) -> Path:
    path = out / "ektrask-ksau-2026-11-03-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def au(n: int, text: str) -> dict:
        return F.decision("beslut", AU, DATE, n, **F.empty(clauses=F.clauses(text, numbered=False)))

    def att() -> list[dict]:
        out = []
        for last, first, party, role, _ in MEMBERS:
            person = Person(f"{first} {last}", party)
            if role == "tjänstgörande ersättare":
                out.append(F.attendee(person, role, replaces="Kjell Dahlberg"))
            else:
                out.append(F.attendee(person, "ledamot",
                                      function=role if "ordförande" in role else None))
        out.append(F.attendee(Person("Kjell Dahlberg", "S"), "frånvarande"))
        out += [F.attendee(Person(f"{first} {last}"), "tjänsteperson", function=function)
                for last, first, function in STAFF]
        return out

    return {
        "file": "ektrask-ksau-2026-11-03-protokoll.pdf",
        "_note": "The protocol prints no § mark: its parts are headed 'Ärende n', which are its "
                 "items' numbers as printed and the decisions' paragraph numbers; the import "
                 "reports that it read them by their general shape. Names printed 'Efternamn, "
                 "Förnamn' are stated first name first; 'Justerare', 'Sekreterare' add nobody.",
        "meeting": {"municipality": MUNI, "body": AU, "date": DATE},
        "attendance": att(),
        "problems": ["read by their general shape"],
        "items": [
            {"number": "Ärende 1", "title": T1, "dnr": [], "decisions": [
                au(1, "Arbetsutskottet utser Mats Berglund (M) att justera protokollet.")]},
            {"number": "Ärende 2", "title": T2, "dnr": ["KS-2026/00214"], "decisions": [
                au(2, "Arbetsutskottet godkänner förvaltningens prioritering av "
                      "investeringarna.")]},
            {"number": "Ärende 3", "title": T3, "dnr": ["KS-2026/00230"], "decisions": [
                au(3, "Arbetsutskottet antar förvaltningens yttrande som sitt eget.")]},
        ],
    }
