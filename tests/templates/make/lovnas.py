"""Lövnäs kommun (invented), template CA: miljö- och hälsoskyddsnämnden 2026-11-03, a plain
serif layout whose cover prints the attendance as **running text** beside one label:
"Närvarande  ledamöterna Karin Holmberg (S) (ordf.), Lars Persson (M) (1:e v ordf), …,
tjänstgörande ersättaren Oskar Vik (S) för Mats Ek (S) samt ersättarna Lena Dahl (M) och
Hanna Sjödin (V)", the roles in parentheses; "Övriga närvarande" with the **title before the
name** ("miljöchef Per Strand, miljöinspektör Sofia Rask §§ 88–89, nämndsekreterare Lisa
Wiklund"); then people who were no attendees of their own kind: "Justerare", "Justeringens
plats och tid", "Underskrifter" (Sekreterare / Ordförande / Justerande with names under dotted
lines) and an "ANSLAG/BEVIS" box.

The § headings: "§ 88. Title (MHN 2026/212)" with a stop after the number and the case number
in brackets at the end of the title; "§ 89." alone with the title below it and "Dnr MHN
2026-000318" under the title."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Lövnäs kommun"
MHN = "Miljö- och hälsoskyddsnämnden"
DATE = "2026-11-03"
STYLE = Style(body="serif", size=10.5, leading=1.3, left=68, right=60, top=92, bottom=80)

PRESENT = ("ledamöterna Karin Holmberg (S) (ordf.), Lars Persson (M) (1:e v ordf), Eva "
           "Nyqvist (S), Tomas Lind (C), Sara Berglund (SD) och Jan Öberg (L), tjänstgörande "
           "ersättaren Oskar Vik (S) för Mats Ek (S) samt ersättarna Lena Dahl (M) och Hanna "
           "Sjödin (V)")
OTHERS = ("miljöchef Per Strand, miljöinspektör Sofia Rask §§ 88–89, nämndsekreterare Lisa "
          "Wiklund")
LABEL_W = 130


def _header_of(body: str, date: str) -> Callable[[Sheet], None]:
    def header(s: Sheet) -> None:
        s.masthead("serif", ["Lövnäs kommun", body],
                   ["SAMMANTRÄDESPROTOKOLL", f"{date}    {s.page_no()} ({{nb}})"], (30, 42))
    return header


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes sign                    Utdragsbestyrkande", "serif")


def _label(s: Sheet, label: str, value: str, after: float = 8) -> None:
    s.row([Cell(0, LABEL_W, label, "B", size=10), Cell(LABEL_W, 335, value, size=10)],
          after=after)


def _cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 22, MHN, new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    _label(s, "Plats och tid", "Kommunhuset, sal Ängen, tisdagen den 3 november 2026 "
                               "kl. 13.30–16.00")
    _label(s, "Närvarande", PRESENT)
    _label(s, "Övriga närvarande", OTHERS)
    _label(s, "Justerare", "Lars Persson (M)")
    _label(s, "Justeringens plats och tid", "Kommunhuset, fredagen den 6 november 2026")
    _label(s, "Paragrafer", "87–90", after=14)
    s.use("B", 10)
    s.cell(0, 14, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    s.gap(4)
    for role, name in (("Sekreterare", "Lisa Wiklund"), ("Ordförande", "Karin Holmberg"),
                       ("Justerande", "Lars Persson")):
        s.row([Cell(0, LABEL_W, role, size=10),
               Cell(LABEL_W, 250, "." * 60, size=10)], after=0)
        s.row([Cell(LABEL_W, 250, name, size=10)], after=8)
    s.gap(8)
    s.use("B", 10)
    s.cell(0, 14, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    s.text("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=9.5,
           after=3)
    for label, value in (("Sammanträdesdatum", DATE),
                         ("Datum då anslaget sätts upp", "2026-11-09"),
                         ("Datum då anslaget tas ned", "2026-12-01"),
                         ("Förvaringsplats för protokollet", "Kommunhuset, Lövnäs"),
                         ("Underskrift", "Lisa Wiklund")):
        s.row([Cell(0, 170, label, size=9.5), Cell(170, 290, value, size=9.5)], after=2)


SECTIONS = [
    (87, "Val av justerare", None, "heading",
     "Miljö- och hälsoskyddsnämnden utser Lars Persson (M) att justera dagens protokoll."),
    (88, "Yttrande över detaljplan för Norra hamnen", "MHN 2026/212", "brackets",
     "Miljö- och hälsoskyddsnämnden lämnar yttrande enligt förvaltningens förslag."),
    (89, "Tillsynsplan för livsmedelskontrollen 2027", "MHN 2026-000318", "below",
     "Miljö- och hälsoskyddsnämnden antar tillsynsplanen för livsmedelskontrollen 2027."),
    (90, "Anmälan av delegationsbeslut", "MHN 2026/15", "brackets",
     "Miljö- och hälsoskyddsnämnden lägger redovisningen till handlingarna."),
]


def _minutes_of(sections: list) -> Callable[[Sheet], None]:
    """The §§ in this system's three heading forms: "§ 87. Title", the case number in brackets
    after the title, or "§ 89." alone with the title and "Dnr …" under it."""
    def minutes(s: Sheet) -> None:
        for n, title, dnr, form, decision in sections:
            s.need(100)
            s.gap(10)
            s.use("B", 12)
            if form == "below":
                s.cell(0, 16, f"§ {n}.", new_x="LMARGIN", new_y="NEXT")
                s.cell(0, 16, title, new_x="LMARGIN", new_y="NEXT")
                s.text(f"Dnr {dnr}", size=9.5, after=6)
            elif form in ("brackets", "dnr in brackets"):
                inside = f"Dnr {dnr}" if form == "dnr in brackets" else dnr
                s.cell(0, 16, f"§ {n}. {title} ({inside})", new_x="LMARGIN", new_y="NEXT")
                s.gap(4)
            else:
                s.cell(0, 16, f"§ {n}. {title}", new_x="LMARGIN", new_y="NEXT")
                s.gap(4)
            s.use("B", 10.5)
            s.cell(0, 14, "Beslut", new_x="LMARGIN", new_y="NEXT")
            s.text(decision)
    return minutes


def build(out: Path) -> Path:
    path = out / "lovnas-mhn-2026-11-03-protokoll.pdf"
    document(STYLE, _header_of(MHN, DATE), _footer, _cover, _minutes_of(SECTIONS)).output(str(path))
    return path


def facts() -> dict:
    def p(tag: str) -> Person:
        m = F.m(tag)
        return Person(m["name"], m["party"])

    att = [F.attendee(p("Karin Holmberg (S)"), "ledamot", "ordförande"),
           F.attendee(p("Lars Persson (M)"), "ledamot", "1:e vice ordförande"),
           F.attendee(p("Eva Nyqvist (S)"), "ledamot"),
           F.attendee(p("Tomas Lind (C)"), "ledamot"),
           F.attendee(p("Sara Berglund (SD)"), "ledamot"),
           F.attendee(p("Jan Öberg (L)"), "ledamot"),
           F.attendee(p("Oskar Vik (S)"), "tjänstgörande ersättare", replaces="Mats Ek"),
           F.attendee(p("Lena Dahl (M)"), "ersättare"),
           F.attendee(p("Hanna Sjödin (V)"), "ersättare"),
           F.attendee(Person("Per Strand"), "tjänsteperson", "miljöchef"),
           F.attendee(Person("Sofia Rask"), "tjänsteperson", "miljöinspektör",
                      paragraphs=[88, 89]),
           F.attendee(Person("Lisa Wiklund"), "tjänsteperson", "nämndsekreterare")]
    items = []
    for n, title, dnr, _, decision in SECTIONS:
        items.append({"number": f"§ {n}", "title": title, "dnr": [dnr] if dnr else [],
                      "decisions": [F.decision("beslut", MHN, DATE, n, **F.empty(
                          clauses=F.clauses(decision, numbered=False)))]})
    return {
        "file": "lovnas-mhn-2026-11-03-protokoll.pdf",
        "_note": "Running text under 'Närvarande': 'ledamöterna' are members, 'tjänstgörande "
                 "ersättaren X för Y' serves for Y, 'ersättarna' are substitutes present who do "
                 "not serve. '(ordf.)' is the chair, '(1:e v ordf)' the first vice chair. The "
                 "officials' titles stand before their names. Justerare, the signatures and the "
                 "ANSLAG/BEVIS box add nobody.",
        "meeting": {"municipality": MUNI, "body": MHN, "date": DATE},
        "attendance": att,
        "problems": [],
        "items": items,
    }


# ---------------------------------------------------------------- kommunstyrelsen 2026-11-17
# The same minute system for the kommunstyrelse: "Beslutande" and "Övriga närvarande" side by
# side over their lists, one person a line; the chair's function in brackets before the party
# ("Karin Holmberg (ordf.) (S)"), the serving substitute starred among the members and the star
# keyed under the list ("* tjänstgörande ersättare"); "Ej tjänstgörande ersättare" without
# parties; officials with the title first, one a line; "Justerande" in the signatures with a
# party; "ANSLAG/BEVIS" with "Organ". "§ 111. Title (Dnr KS 2026/456)"; "§ 112." alone with
# the title under it and "Dnr 2026/88" (no prefix) under the title.
KS = "Kommunstyrelsen"
KS_DATE = "2026-11-17"
KS_MEMBERS = ["Karin Holmberg (ordf.) (S)", "Lars Persson (M) (v. ordf)", "Eva Nyqvist (S)",
              "Oskar Vik* (S)", "Tomas Lind (C)", "Sara Berglund (SD)", "Jan Öberg (L)"]
KS_STAFF = ["kommundirektör Anna Ek", "ekonomichef Bo Lund, § 112", "kommunsekreterare Eva Rehn"]
KS_SECTIONS = [
    (110, "Val av justerare", None, "heading",
     "Kommunstyrelsen utser Lars Persson (M) att justera protokollet."),
    (111, "Föreningsbidrag 2027", "KS 2026/456", "dnr in brackets",
     "Kommunstyrelsen fördelar föreningsbidragen för 2027 enligt bilagan."),
    (112, "Delårsrapport per augusti 2026", "2026/88", "below",
     "Kommunstyrelsen godkänner delårsrapporten."),
    (113, "Meddelanden", None, "heading", "Kommunstyrelsen lägger meddelandena till handlingarna."),
]


def _ks_cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 22, KS, new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    _label(s, "Plats och tid", "Kommunhuset, KS-salen, tisdagen den 17 november 2026 "
                               "kl. 09.00–11.45")
    s.row([Cell(0, 200, "Beslutande", "B", size=10), Cell(250, 200, "Övriga närvarande", "B",
                                                          size=10)], after=2)
    for k in range(len(KS_MEMBERS)):
        cells = [Cell(0, 240, KS_MEMBERS[k], size=10)]
        if k < len(KS_STAFF):
            cells.append(Cell(250, 215, KS_STAFF[k], size=10))
        s.row(cells, after=1)
    s.row([Cell(0, 240, "* tjänstgörande ersättare", size=8.5)], after=8)
    _label(s, "Ej tjänstgörande ersättare", "Lena Dahl, Hanna Sjödin")
    _label(s, "Justerare", "Lars Persson")
    _label(s, "Justeringens plats och tid", "Kommunhuset, 2026-11-19")
    _label(s, "Paragrafer", "110–113", after=14)
    s.use("B", 10)
    s.cell(0, 14, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    s.gap(4)
    for role, name in (("Sekreterare", "Eva Rehn"), ("Ordförande", "Karin Holmberg"),
                       ("Justerande", "Lars Persson (M)")):
        s.row([Cell(0, LABEL_W, role, size=10), Cell(LABEL_W, 250, "." * 60, size=10)])
        s.row([Cell(LABEL_W, 250, name, size=10)], after=8)
    s.gap(6)
    s.use("B", 10)
    s.cell(0, 14, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    for label, value in (("Organ", KS), ("Sammanträdesdatum", KS_DATE),
                         ("Förvaringsplats för protokollet", "Kommunhuset, Lövnäs"),
                         ("Underskrift", "Eva Rehn")):
        s.row([Cell(0, 170, label, size=9.5), Cell(170, 290, value, size=9.5)], after=2)


def build_ks(out: Path) -> Path:
    path = out / "lovnas-ks-2026-11-17-protokoll.pdf"
    document(STYLE, _header_of(KS, KS_DATE), _footer, _ks_cover, _minutes_of(KS_SECTIONS)).output(str(path))
    return path


def ks_facts() -> dict:
    att = [F.attendee(Person("Karin Holmberg", "S"), "ledamot", "ordförande"),
           F.attendee(Person("Lars Persson", "M"), "ledamot", "vice ordförande"),
           F.attendee(Person("Eva Nyqvist", "S"), "ledamot"),
           F.attendee(Person("Oskar Vik", "S"), "tjänstgörande ersättare"),
           F.attendee(Person("Tomas Lind", "C"), "ledamot"),
           F.attendee(Person("Sara Berglund", "SD"), "ledamot"),
           F.attendee(Person("Jan Öberg", "L"), "ledamot"),
           F.attendee(Person("Anna Ek"), "tjänsteperson", "kommundirektör"),
           F.attendee(Person("Bo Lund"), "tjänsteperson", "ekonomichef", paragraphs=[112]),
           F.attendee(Person("Eva Rehn"), "tjänsteperson", "kommunsekreterare"),
           F.attendee(Person("Lena Dahl"), "ersättare"),
           F.attendee(Person("Hanna Sjödin"), "ersättare")]
    items = []
    for n, title, dnr, _, decision in KS_SECTIONS:
        items.append({"number": f"§ {n}", "title": title, "dnr": [dnr] if dnr else [],
                      "decisions": [F.decision("beslut", KS, KS_DATE, n, **F.empty(
                          clauses=F.clauses(decision, numbered=False)))]})
    return {
        "file": "lovnas-ks-2026-11-17-protokoll.pdf",
        "_note": "'Beslutande' and 'Övriga närvarande' stand side by side over their lists. The "
                 "starred member is keyed '* tjänstgörande ersättare' (for whom is not printed). "
                 "'(ordf.)' before the party is the chair, '(v. ordf)' the vice chair. The "
                 "substitutes not serving have no printed party. Justerare, the signatures "
                 "(one with a party) and ANSLAG/BEVIS add nobody.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "attendance": att,
        "problems": [],
        "items": items,
    }
