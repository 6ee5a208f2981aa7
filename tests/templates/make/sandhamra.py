"""Sandhamra kommun (invented), template S: kommunstyrelsen 2026-06-09, a Palatino-like serif
from a minute system whose cover is a label column at the left and, at the right, the party
in a column of its own **before** the name and the function or note in a third column ("S
Gunnel Tärnström  ordförande", "SD  Roger Vikström  2:e vice ordförande"). The list of
Beslutande runs over onto the cover's second page without its label; a long name wraps in its
column ("Marie-Louise" / "Ekdahl-Renberg"). Substitutes serve "tjg för", "i stället för" and
"för" a member, with the §§ they served ("fr.o.m. § 102", "§§ 104–105"); a member left
("kl. 09.00–10.40, §§ 101–103", "t.o.m. § 101"); "Ersättare" present, "Frånvarande",
"Övriga närvarande" (officials, no party column), "Justerare" and "Sekreterare" (no attendance
of their own).

The § headings in four forms: "Paragraf 101" over the title; the title in bold above "§ 102";
"§ 103" with the title in capitals beside it and the case number printed after the year
("2026/88 KS") at the right; "§ 104" with "Ärende 4" beside it and the title over two lines
under it. Case numbers "Ks 2026.123" (a stop between year and number), "KS/2026:140,
KS/2025:377" (two for one ärende), "Dnr KS 2026/12-1.4.2" (a classification suffix)."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Sandhamra kommun"
KS = "Kommunstyrelsen"
DATE = "2026-06-09"
STYLE = Style(body="palatino", size=10.5, leading=1.32, left=66, right=60, top=98, bottom=84)

# (party, name, note) as printed, in the order of the cover; the break falls after BREAK rows
MEMBERS = [
    ("S", "Gunnel Tärnström", "ordförande"),
    ("M", "Fredrik Ahlqvist", "1:e vice ordförande"),
    ("SD", "Roger Vikström", "2:e vice ordförande"),
    ("S", "Marie-Louise Ekdahl-Renberg", ""),
    ("S", "Anders Pihl", "kl. 09.00–10.40, §§ 101–103"),
    ("C", "Sara Holmér", ""),
    ("M", "Kristoffer Ulvsby", ""),
    ("L", "Agneta Rosvall", ""),
    ("V", "Jamal Karimi", ""),
    ("MP", "Tove Lindell", ""),
    ("KD", "Ivar Nylén", "t.o.m. § 101"),
    ("S", "Mats Ahlin", ""),
]
BREAK = 8
SERVING = [
    ("S", "Eva Rosendahl", "tjg för Anders Pihl (S) §§ 104–105"),
    ("M", "Olle Ringdahl", "i stället för Bo Kvarnström (M)"),
    ("KD", "Greta Sund", "för Ivar Nylén (KD), fr.o.m. § 102"),
]
DEPUTIES = [("C", "Nils Bodén", ""), ("SD", "Lotta Frisk", "")]
ABSENT = [("M", "Bo Kvarnström", "")]
STAFF = [("Johanna Sjödin", "kommundirektör"), ("Erik Malmsten", "ekonomichef, §§ 102–103"),
         ("Ulrika Fahlén", "kommunsekreterare")]

LABEL_W, PARTY_X, NAME_X, NOTE_X = 118.0, 126.0, 160.0, 262.0


def _header(s: Sheet) -> None:
    s.masthead("sans", ["Sandhamra kommun"],
               ["SAMMANTRÄDESPROTOKOLL", f"Kommunstyrelsen  {DATE}", f"{s.page_no()} ({{nb}})"],
               (34, 46, 58), sizes=(10, 8.5), rule=(0.4, 74))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes sign                 Utdragsbestyrkande", "sans",
                     above_edge=52)


def _person(s: Sheet, label: str, party: str, name: str, note: str) -> None:
    cells = [Cell(0, LABEL_W, label, "B", size=9.5, font="sans")] if label else []
    cells += [Cell(PARTY_X, 30, party, size=10), Cell(NAME_X, 96, name, size=10),
              Cell(NOTE_X, s.epw - NOTE_X, note, size=10)]
    s.row(cells, size=10, after=1.5)


def _list(s: Sheet, label: str, rows: list[tuple[str, str, str]]) -> None:
    for k, (party, name, note) in enumerate(rows):
        _person(s, label if k == 0 else "", party, name, note)
    s.gap(7)


def _cover(s: Sheet) -> None:
    s.use("B", 18, "sans")
    s.cell(0, 24, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    s.row([Cell(0, LABEL_W, "Plats och tid", "B", size=9.5, font="sans"),
           Cell(PARTY_X, s.epw - PARTY_X, "Kommunhuset, Stora salen, tisdagen den 9 juni 2026 "
                                          "kl. 09.00–12.15")], after=8)
    for k, (party, name, note) in enumerate(MEMBERS[:BREAK]):
        _person(s, "Beslutande" if k == 0 else "", party, name, note)
    s.add_page()
    for party, name, note in MEMBERS[BREAK:]:
        _person(s, "", party, name, note)
    s.gap(7)
    _list(s, "Tjänstgörande ersättare", SERVING)
    _list(s, "Ersättare", DEPUTIES)
    _list(s, "Frånvarande", ABSENT)
    for k, (name, title) in enumerate(STAFF):
        cells = [Cell(0, LABEL_W, "Övriga närvarande", "B", size=9.5, font="sans")] if k == 0 \
            else []
        s.row(cells + [Cell(PARTY_X, s.epw - PARTY_X, f"{name}, {title}", size=10)], after=1.5)
    s.gap(7)
    for label, value in (("Justerare", "Fredrik Ahlqvist"), ("Sekreterare", "Ulrika Fahlén"),
                         ("Paragrafer", "101–105")):
        s.row([Cell(0, LABEL_W, label, "B", size=9.5, font="sans"),
               Cell(PARTY_X, s.epw - PARTY_X, value)], after=5)


TITLE_102 = "Antagande av översiktsplan för Sandhamra kommun 2040"
TITLE_103 = "MEDBORGARFÖRSLAG OM UTEGYM I NORRBY"
TITLE_104 = ("Revidering av riktlinjer för kommunens arbete med föreningsbidrag och "
             "lokalbidrag till ideella föreningar")
TITLE_105 = "Anmälan av delegationsbeslut"


def _heading_paragraf(s: Sheet, n: int, title: str) -> None:
    s.use("B", 11.5, "sans")
    s.cell(0, 15, f"Paragraf {n}", new_x="LMARGIN", new_y="NEXT")
    s.use("B", 11.5, "sans")
    s.cell(0, 15, title, new_x="LMARGIN", new_y="NEXT")


def _heading_title_above(s: Sheet, n: int, title: str) -> None:
    s.use("B", 12, "sans")
    s.cell(0, 16, title, new_x="LMARGIN", new_y="NEXT")
    s.use("B", 11.5, "sans")
    s.cell(0, 15, f"§ {n}", new_x="LMARGIN", new_y="NEXT")


def _heading_caps(s: Sheet, n: int, title: str, dnr: str) -> None:
    y = s.get_y()
    s.use("B", 11.5, "sans")
    s.cell(50, 15, f"§ {n}")
    s.cell(300, 15, title)
    s.right(dnr, y=y, size=9.5)
    s.set_xy(s.l_margin, y + 17)


def _heading_arende(s: Sheet, n: int, title: str) -> None:
    s.use("B", 11.5, "sans")
    s.cell(50, 15, f"§ {n}")
    s.use("", 9.5, "sans")
    s.cell(0, 15, "Ärende 4", new_x="LMARGIN", new_y="NEXT")
    s.use("B", 11.5, "sans")
    s.multi_cell(330, 15, title, new_x="LMARGIN", new_y="NEXT")


def _section(s: Sheet, label: str, text: str) -> None:
    s.use("B", 10.5)
    s.cell(0, 14, label, new_x="LMARGIN", new_y="NEXT")
    s.text(text)


def _minutes(s: Sheet) -> None:
    s.gap(4)
    _heading_paragraf(s, 101, "Val av justerare")
    s.gap(6)
    _section(s, "Beslut", "Kommunstyrelsen utser Fredrik Ahlqvist (M) att justera protokollet.")
    s.gap(14)
    _heading_title_above(s, 102, TITLE_102)
    s.text("Ks 2026.123", size=9.5, after=8)
    _section(s, "Ärendebeskrivning",
             "Samrådet och granskningen av översiktsplanen är genomförda. Planen anger "
             "inriktningen för bostäder, verksamheter och grönstruktur fram till år 2040.")
    _section(s, "Beslut", "Kommunstyrelsen godkänner samrådsredogörelsen för "
                          "översiktsplanen.")
    s.gap(14)
    s.need(120)
    _heading_caps(s, 103, TITLE_103, "2026/88 KS")
    s.gap(6)
    _section(s, "Ärendebeskrivning",
             "I ett medborgarförslag föreslås att kommunen anlägger ett utegym vid "
             "Norrbyskolan. Fritidsförvaltningen har undersökt platsen.")
    _section(s, "Beslut", "Kommunstyrelsen bifaller medborgarförslaget.")
    s.gap(14)
    s.need(120)
    _heading_arende(s, 104, TITLE_104)
    s.text("Dnr KS/2026:140, KS/2025:377", size=9.5, after=8)
    _section(s, "Ärendebeskrivning",
             "Riktlinjerna har setts över efter kommunfullmäktiges beslut om en samlad "
             "bidragsmodell. Lokalbidraget räknas numera per aktivitetstimme.")
    _section(s, "Beslut", "Kommunstyrelsen antar de reviderade riktlinjerna för "
                          "föreningsbidrag och lokalbidrag.")
    s.gap(14)
    s.need(90)
    s.use("B", 11.5, "sans")
    s.cell(0, 15, f"§ 105  {TITLE_105}", new_x="LMARGIN", new_y="NEXT")
    s.text("Dnr KS 2026/12-1.4.2", size=9.5, after=8)
    _section(s, "Beslut", "Anmälan av delegationsbeslut läggs till handlingarna.")


def build(out: Path) -> Path:
    path = out / "sandhamra-ks-2026-06-09-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def ks(n: int, text: str) -> dict:
        return F.decision("beslut", KS, DATE, n,
                          **F.empty(clauses=F.clauses(text, numbered=False)))

    def att() -> list[dict]:
        out = []
        for party, name, note in MEMBERS:
            function = note if "ordförande" in note else None
            pars = {"Anders Pihl": [101, 102, 103], "Ivar Nylén": "t.o.m. § 101"}.get(name)
            out.append(F.attendee(Person(name, party), "ledamot", function=function,
                                  paragraphs=pars))
        out += [F.attendee(Person("Eva Rosendahl", "S"), "tjänstgörande ersättare",
                           replaces="Anders Pihl", paragraphs=[104, 105]),
                F.attendee(Person("Olle Ringdahl", "M"), "tjänstgörande ersättare",
                           replaces="Bo Kvarnström"),
                F.attendee(Person("Greta Sund", "KD"), "tjänstgörande ersättare",
                           replaces="Ivar Nylén", paragraphs="fr.o.m. § 102"),
                F.attendee(Person("Nils Bodén", "C"), "ersättare"),
                F.attendee(Person("Lotta Frisk", "SD"), "ersättare"),
                F.attendee(Person("Bo Kvarnström", "M"), "frånvarande"),
                F.attendee(Person("Johanna Sjödin"), "tjänsteperson", function="kommundirektör"),
                F.attendee(Person("Erik Malmsten"), "tjänsteperson", function="ekonomichef",
                           paragraphs=[102, 103]),
                F.attendee(Person("Ulrika Fahlén"), "tjänsteperson",
                           function="kommunsekreterare")]
        return out

    return {
        "file": "sandhamra-ks-2026-06-09-protokoll.pdf",
        "_note": "A note 't.o.m. § 101' or 'fr.o.m. § 102' is stated as printed (the §§ it "
                 "names). 'Justerare' and 'Sekreterare' name no attendance of their own. Case "
                 "numbers in the contract's form.",
        "meeting": {"municipality": MUNI, "body": KS, "date": DATE},
        "attendance": att(),
        "problems": [],
        "items": [
            {"number": "§ 101", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(101, "Kommunstyrelsen utser Fredrik Ahlqvist (M) att justera protokollet.")]},
            {"number": "§ 102", "title": TITLE_102, "dnr": ["KS-2026/00123"], "decisions": [
                ks(102, "Kommunstyrelsen godkänner samrådsredogörelsen för översiktsplanen.")]},
            {"number": "§ 103", "title": TITLE_103, "dnr": ["KS-2026/00088"], "decisions": [
                ks(103, "Kommunstyrelsen bifaller medborgarförslaget.")]},
            {"number": "§ 104", "title": TITLE_104, "dnr": ["KS-2026/00140", "KS-2025/00377"],
             "decisions": [ks(104, "Kommunstyrelsen antar de reviderade riktlinjerna för "
                                   "föreningsbidrag och lokalbidrag.")]},
            {"number": "§ 105", "title": TITLE_105, "dnr": ["KS-2026/00012"], "decisions": [
                ks(105, "Anmälan av delegationsbeslut läggs till handlingarna.")]},
        ],
    }
