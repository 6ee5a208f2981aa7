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


# ------------------------------------------------------------------ KS 2026-11-17
# The kommunstyrelse of the same minute system: the § lines with the body's abbreviation in
# the running text's type ("KS § 145" over its title, "KS § 146  Title" on one line), the §
# written out ("Paragraf 147") and a dash after the number ("§ 148 – Title"); running text that
# opens a line with a § ("KS § 140 beslutade …", "Se § 146."). The cover as lines of running
# text under bold labels: "Ledamöter" with the function after the name ("…, 1:e vice
# ordförande") and a time and §§ noted apart ("…, kl. 13.00–15.10, §§ 145–146"),
# "Tjänstgörande ersättare" with "tjänstgör för", "Ej tjänstgörande ersättare", "Närvarande
# tjänstemän" with titles and §§, "Justerare".

KS = "Kommunstyrelsen"
KS_DATE = "2026-11-17"
KS_MEMBERS = [("Lena Åkesson", "S", "ordförande", ""),
              ("Mats Berglund", "M", "1:e vice ordförande", ""),
              ("Ulla Ceder", "C", "", ""),
              ("Rune Falk", "SD", "", "kl. 13.00–15.10, §§ 145–146"),
              ("Petra Lind", "V", "", "")]
KS_TITLES = {145: "Val av justerare", 146: "Taxa för bygglov 2027",
             147: "Riktlinjer för bidrag till studieförbund", 148: "Anmälan av delegationsbeslut"}
KS_TEXT = {145: "Kommunstyrelsen utser Mats Berglund (M) att justera protokollet.",
           146: "Kommunstyrelsen antar taxan för bygglov 2027.",
           147: "Kommunstyrelsen antar riktlinjerna för bidrag till studieförbund.",
           148: "Kommunstyrelsen lägger anmälan av delegationsbesluten till handlingarna."}


def _ks_header(s: Sheet) -> None:
    s.masthead("dejavu", ["EKTRÄSK KOMMUN", "Kommunstyrelsen"],
               ["PROTOKOLL", f"Sammanträdesdatum {KS_DATE}   Sida {s.page_no()}"], (30, 42),
               sizes=(9.5, 8))


def _ks_cover(s: Sheet) -> None:
    s.use("B", 15)
    s.cell(0, 22, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    s.gap(4)
    s.text("Plats och tid: Kommunhuset, Ekträsk, tisdagen den 17 november 2026 kl. 13.00–16.30",
           after=8)
    s.label("Ledamöter", 9.5, need=0)
    for name, party, function, note in KS_MEMBERS:
        s.text(", ".join(x for x in (f"{name} ({party})", function, note) if x), after=0.5)
    s.gap(4)
    s.label("Tjänstgörande ersättare", 9.5, need=0)
    s.text("Ali Nordin (S) tjänstgör för Kjell Dahlberg (S)", after=4)
    s.label("Ej tjänstgörande ersättare", 9.5, need=0)
    s.text("Sofia Ek (M)", after=4)
    s.label("Närvarande tjänstemän", 9.5, need=0)
    s.text("Anita Sjöberg, kanslichef", after=0.5)
    s.text("Tomas Rehn, ekonomichef, §§ 146–147", after=4)
    s.label("Justerare", 9.5, need=0)
    s.text("Mats Berglund (M)", after=4)


def _plain(s: Sheet, text: str) -> None:
    s.need(90)
    s.gap(14)
    s.text(text, after=2)


def _ks_minutes(s: Sheet) -> None:
    _plain(s, "KS § 145")
    s.text(KS_TITLES[145], after=6)
    _decision_ks(s, 145)
    _plain(s, f"KS § 146  {KS_TITLES[146]}")
    s.text("Byggnadsnämnden har föreslagit en ny taxa. Valet av justerare skedde under")
    s.text("KS § 145 ovan och påverkar inte ärendet.")
    _decision_ks(s, 146)
    _plain(s, "Paragraf 147")
    s.text(KS_TITLES[147], after=6)
    s.text("KS § 140 beslutade att riktlinjerna skulle ses över. Se § 146.")
    _decision_ks(s, 147)
    _plain(s, f"§ 148 – {KS_TITLES[148]}")
    _decision_ks(s, 148)


def _decision_ks(s: Sheet, n: int) -> None:
    s.label("Kommunstyrelsens beslut", 9.5, need=30)
    s.text(KS_TEXT[n])


def build_ks(out: Path) -> Path:
    path = out / "ektrask-ks-2026-11-17-protokoll.pdf"
    document(STYLE, _ks_header, _footer, _ks_cover, _ks_minutes).output(str(path))
    return path


def ks_facts() -> dict:
    def att() -> list[dict]:
        out = [F.attendee(Person(name, party), "ledamot", function=function or None,
                          paragraphs=[145, 146] if note else None)
               for name, party, function, note in KS_MEMBERS]
        out += [F.attendee(Person("Ali Nordin", "S"), "tjänstgörande ersättare",
                           replaces="Kjell Dahlberg"),
                F.attendee(Person("Sofia Ek", "M"), "ersättare"),
                F.attendee(Person("Anita Sjöberg"), "tjänsteperson", function="kanslichef"),
                F.attendee(Person("Tomas Rehn"), "tjänsteperson", function="ekonomichef",
                           paragraphs=[146, 147])]
        return out

    def item(n: int) -> dict:
        return {"number": f"§ {n}", "title": KS_TITLES[n], "dnr": [], "decisions": [
            F.decision("beslut", KS, KS_DATE, n,
                       **F.empty(clauses=F.clauses(KS_TEXT[n], numbered=False)))]}

    return {
        "file": "ektrask-ks-2026-11-17-protokoll.pdf",
        "_note": "The § lines are in the running text's type, so the import reads them by "
                 "their general shape and reports it. 'KS § 140 beslutade …' and 'Se § 146.' "
                 "are running text. 'Justerare' adds nobody.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "attendance": att(),
        "problems": ["read by their general shape"],
        "items": [item(n) for n in (145, 146, 147, 148)],
    }
