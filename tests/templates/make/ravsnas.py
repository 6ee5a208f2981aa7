"""Rävsnäs kommun (invented), template RA: bildningsnämnden 2026-10-14, a minute system that
prints its § headings **in the running text's own type** (a serif at body size, neither bold
nor larger), so that only their shape tells them: "§ 88" in a margin column with the title
right of it a little lower; "§ 89/2026  Title" on one line with the case number at the right;
"§ 90" alone with the title under it and "Dnr BN 2026/77" under that; "§ 91. TITLE IN
CAPITALS"; "§ 92" in the margin with its title a little higher. The §§ refer to each other and
to the law in running text ("enligt § 88 ovan", "KS 2026-09-07 § 141", "jfr 6 kap. 38 §
kommunallagen"). The decision under a bold "Beslut".

The cover: "Närvarande beslutande" over a table Namn / Parti / Funktion / Anmärkning whose
function cells are **capitalised** ("Ordförande", "1:e vice ordförande", "Tjänstgörande
ersättare"), the note "ersätter Lars Bo (S)" and "kl. 13.00–14.30, §§ 88–90" in a column of its
own; "Frånvarande" and "Ej tjänstgörande ersättare" as rows Namn / Parti; "Övriga närvarande"
as rows Namn / Funktion with **capitalised titles** ("Förvaltningschef", "Controller, § 89");
"Utses att justera", "Justeringens plats och tid" (no attendance)."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Rävsnäs kommun"
BN = "Bildningsnämnden"
DATE = "2026-10-14"
STYLE = Style(body="serif", size=10.5, leading=1.3, left=68, right=60, top=92, bottom=80)

# (name, party, function as printed, note as printed)
MEMBERS = [("Karin Lindgren", "S", "Ordförande", ""),
           ("Per Holmberg", "M", "1:e vice ordförande", ""),
           ("Sara Nyberg", "S", "", ""),
           ("Anders Ek", "C", "", ""),
           ("Maja Strand", "V", "", "kl. 13.00–14.30, §§ 88–90"),
           ("Johan Berg", "SD", "", ""),
           ("Olle Dahl", "S", "Tjänstgörande ersättare", "ersätter Lars Bo (S)")]
STAFF = [("Tove Ahl", "Förvaltningschef"), ("Nils Rapp", "Nämndsekreterare"),
         ("Lena Krok", "Controller, § 89")]

T88 = "Val av justerare"
T89 = "Skolskjutsreglemente 2027"
T90 = "Lokalförsörjningsplan för förskolan"
T91 = "DELÅRSRAPPORT PER AUGUSTI 2026"
T92 = "Anmälan av delegationsbeslut"


def _header(s: Sheet) -> None:
    s.masthead("serif", ["RÄVSNÄS KOMMUN", "Bildningsnämnden"],
               ["Sammanträdesprotokoll", f"{DATE}   {s.page_no()} ({{nb}})"], (32, 44),
               sizes=(10, 8.5))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes sign   ..........        Utdragsbestyrkande   ..........",
                     "serif", above_edge=48)


def _cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, "Bildningsnämnden", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    s.text("Plats och tid: Rävsnäs kommunhus, sal Ekén, onsdagen den 14 oktober 2026 "
           "kl. 13.00–16.10", after=8)
    s.label("Närvarande beslutande", 10.5, need=0)
    s.head_row([(0, 130, "Namn"), (135, 40, "Parti"), (180, 130, "Funktion"),
                (315, 150, "Anmärkning")], size=9.5)
    for name, party, function, note in MEMBERS:
        s.row([Cell(0, 130, name), Cell(135, 40, party), Cell(180, 130, function),
               Cell(315, 150, note)], size=10, after=1)
    s.gap(6)
    s.label("Frånvarande", 10.5, need=0)
    s.row([Cell(0, 130, "Lars Bo"), Cell(135, 40, "S")], size=10, after=1)
    s.gap(6)
    s.label("Ej tjänstgörande ersättare", 10.5, need=0)
    s.row([Cell(0, 130, "Eva Sjö"), Cell(135, 40, "M")], size=10, after=1)
    s.gap(6)
    s.label("Övriga närvarande", 10.5, need=0)
    for name, function in STAFF:
        s.row([Cell(0, 130, name), Cell(135, 200, function)], size=10, after=1)
    s.gap(6)
    s.label("Utses att justera", 10.5, need=0)
    s.text("Per Holmberg", after=4)
    s.label("Justeringens plats och tid", 10.5, need=0)
    s.text("Bildningsförvaltningen 2026-10-19", after=4)


def _mark(s: Sheet, mark: str, title: str, dy: float = 0.0, dnr: str | None = None) -> None:
    """A § mark in a margin column and its title right of it, dy points lower, both in the
    running text's type; a case number at the right of the row."""
    s.need(90)
    s.gap(14)
    y = s.get_y()
    s.use("", 10.5)
    s.set_xy(s.l_margin, y)
    s.cell(60, 14, mark)
    s.set_xy(s.l_margin + 62, y + dy)
    s.cell(300, 14, title)
    if dnr:
        s.right(dnr, y=y, size=10.5)
    s.set_xy(s.l_margin, y + 14 + max(dy, 0) + 4)


def _line(s: Sheet, text: str, dnr: str | None = None) -> None:
    s.need(90)
    s.gap(14)
    y = s.get_y()
    s.text(text, size=10.5, after=2)
    if dnr:
        s.right(dnr, y=y, size=10.5)
        s.set_y(y + 16)


def _decision(s: Sheet, text: str) -> None:
    s.label("Beslut", 10.5, need=30)
    s.text(text, size=10.5)


def _minutes(s: Sheet) -> None:
    _mark(s, "§ 88", T88, dy=2.0)
    _decision(s, "Bildningsnämnden utser Per Holmberg (M) att jämte ordföranden justera "
                 "protokollet.")
    _line(s, f"§ 89/2026  {T89}", dnr="Dnr BN 2026/61")
    s.text("Förvaltningen har sett över reglementet. Justeraren utsågs enligt § 88 ovan. "
           "Kommunstyrelsen yttrade sig KS 2026-09-07 § 141 över remissen, jfr 6 kap. 38 § "
           "kommunallagen.", size=10.5)
    _decision(s, "Bildningsnämnden antar skolskjutsreglementet för 2027.")
    _line(s, "§ 90")
    s.text(T90, size=10.5, after=1)
    s.text("Dnr BN 2026/77", size=10.5, after=6)
    s.text("Planen omfattar förskolorna i Rävsnäs tätort och på landsbygden.", size=10.5)
    _decision(s, "Bildningsnämnden godkänner lokalförsörjningsplanen för förskolan.")
    _line(s, f"§ 91. {T91}", dnr="Dnr BN 2026/12")
    s.text("Delårsrapporten visar ett överskott mot budget.", size=10.5)
    _decision(s, "Bildningsnämnden godkänner delårsrapporten och lägger den till handlingarna.")
    _mark(s, "§ 92", T92, dy=-3.0)
    _decision(s, "Anmälan av delegationsbesluten läggs till handlingarna.")


def build(out: Path) -> Path:
    path = out / "ravsnas-bn-2026-10-14-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def bn(n: int, text: str) -> dict:
        return F.decision("beslut", BN, DATE, n, **F.empty(clauses=F.clauses(text, numbered=False)))

    def att() -> list[dict]:
        out = []
        for name, party, function, _ in MEMBERS[:-1]:
            out.append(F.attendee(Person(name, party), "ledamot",
                                  function=function.lower() or None,
                                  paragraphs=[88, 89, 90] if name == "Maja Strand" else None))
        out += [F.attendee(Person("Olle Dahl", "S"), "tjänstgörande ersättare",
                           replaces="Lars Bo"),
                F.attendee(Person("Lars Bo", "S"), "frånvarande"),
                F.attendee(Person("Eva Sjö", "M"), "ersättare"),
                F.attendee(Person("Tove Ahl"), "tjänsteperson", function="förvaltningschef"),
                F.attendee(Person("Nils Rapp"), "tjänsteperson", function="nämndsekreterare"),
                F.attendee(Person("Lena Krok"), "tjänsteperson", function="controller",
                           paragraphs=[89])]
        return out

    return {
        "file": "ravsnas-bn-2026-10-14-protokoll.pdf",
        "_note": "The § headings are in the running text's type, so the §§ are read by their "
                 "general shape, which the import reports. Functions are stated in lower case "
                 "as the conventions say; 'Utses att justera' adds nobody.",
        "meeting": {"municipality": MUNI, "body": BN, "date": DATE},
        "attendance": att(),
        "problems": ["read by their general shape"],
        "items": [
            {"number": "§ 88", "title": T88, "dnr": [], "decisions": [
                bn(88, "Bildningsnämnden utser Per Holmberg (M) att jämte ordföranden justera "
                       "protokollet.")]},
            {"number": "§ 89", "title": T89, "dnr": ["BN-2026/00061"], "decisions": [
                bn(89, "Bildningsnämnden antar skolskjutsreglementet för 2027.")]},
            {"number": "§ 90", "title": T90, "dnr": ["BN-2026/00077"], "decisions": [
                bn(90, "Bildningsnämnden godkänner lokalförsörjningsplanen för förskolan.")]},
            {"number": "§ 91", "title": T91, "dnr": ["BN-2026/00012"], "decisions": [
                bn(91, "Bildningsnämnden godkänner delårsrapporten och lägger den till "
                       "handlingarna.")]},
            {"number": "§ 92", "title": T92, "dnr": [], "decisions": [
                bn(92, "Anmälan av delegationsbesluten läggs till handlingarna.")]},
        ],
    }
