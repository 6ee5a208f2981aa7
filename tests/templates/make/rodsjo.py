"""Rödsjö kommun (invented), template R: barn- och utbildningsnämnden 2026-05-19, a sans
layout from a minute system whose cover is one attendance table without rulings, "Namn |
Parti | Närvarande §§ | Anmärkning", its groups under bold subheadings inside the table
("Ledamöter", "Tjänstgörande ersättare", "Närvarande ej tjänstgörande ersättare", "Anmält
förhinder") and the table's head printed once above them. Names are printed surname first
without a comma ("Åström Helena"); the §§ column gives the §§ without a § sign ("31–33");
the note column holds the chair's function, the member a substitute serves for ("ersätter
Ekholm Sofia (S)", "i stället för Wester Jan-Olof (M)") and the time of leaving ("lämnar kl
15.10"). Under the table "Övriga deltagande" with titles ("Anna Ek, förvaltningschef"),
then "Justerare" and "Protokollförare" (not members, no attendance of their own).

The § headings: "§ 32 – Title" with a dash, the title over two lines, "Ärende 2" at the right
of the § line; case numbers under the heading as "Dnr: BUN 2026/123-1" (a document suffix),
"Diarienr. BUN 2026/45, KS 2026/310" (two for one ärende), "Vårt dnr BUN 2026/8"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Cell, Sheet, Style, document

MUNI = "Rödsjö kommun"
BUN = "Barn- och utbildningsnämnden"
DATE = "2026-05-19"
STYLE = Style(body="dejavu", size=10, leading=1.35, left=64, right=58, top=92, bottom=80)


# (surname, first name, party, §§ as printed, note)
MEMBERS = [
    ("Åström", "Helena", "S", "31–35", "ordförande"),
    ("Rydén", "Lars", "M", "31–35", "vice ordförande"),
    ("Ekholm", "Sofia", "S", "31–33", "lämnar kl 15.10"),
    ("Nordgren", "Peter", "C", "32–35", "från kl 13.40"),
    ("Haddad", "Samir", "S", "31–35", ""),
    ("Lönn", "Birgitta", "SD", "31–35", ""),
    ("Forsell", "Ingrid", "V", "31–35", ""),
]
SERVING = [
    ("Berg", "Kim", "S", "34–35", "ersätter Ekholm Sofia (S)"),
    ("Sahlin", "Eva", "M", "31–35", "i stället för Wester Jan-Olof (M)"),
]
NOT_SERVING = [("Alm", "Jonas", "V", "31–35", ""), ("Tapio", "Linnea", "L", "31–33", "")]
AWAY = [("Wester", "Jan-Olof", "M"), ("Qvist", "Emil", "KD")]
STAFF = [("Anna Ek", "förvaltningschef", None), ("Per Svahn", "ekonomichef", "§ 34"),
         ("Lina Borg", "nämndsekreterare", None)]

COLS = [(0, 150, "Namn"), (150, 50, "Parti"), (200, 90, "Närvarande §§"),
        (290, 183, "Anmärkning")]


def _header(s: Sheet) -> None:
    s.masthead("dejavu", ["RÖDSJÖ KOMMUN", "Barn- och utbildningsnämnden"],
               ["PROTOKOLL", f"Sammanträdesdatum {DATE}", f"Blad {s.page_no()} av {{nb}}"],
               (30, 42, 54), sizes=(9.5, 8.5))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur                    Utdragsbestyrkande", "dejavu",
                     above_edge=48)


def _row(s: Sheet, name: str, party: str, pars: str, note: str) -> None:
    s.row([Cell(x, w, t, size=9.5) for (x, w, _), t in zip(COLS, (name, party, pars, note))],
          size=9.5, after=1)


def _group(s: Sheet, label: str) -> None:
    s.gap(4)
    s.use("B", 9.5)
    s.cell(0, 13, label, new_x="LMARGIN", new_y="NEXT")


def _cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 22, "Protokoll", new_x="LMARGIN", new_y="NEXT")
    s.use("", 12)
    s.cell(0, 16, BUN, new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    for label, value in (("Sammanträdesdatum", "Tisdagen den 19 maj 2026"),
                         ("Plats och tid", "Kommunhuset, sal Ekorren, kl. 13.00–16.45")):
        s.row([Cell(0, 128, label, "B", size=9.5), Cell(130, 340, value, size=10)], after=3)
    s.gap(10)
    s.use("B", 11)
    s.cell(0, 15, "Närvaro", new_x="LMARGIN", new_y="NEXT")
    s.gap(3)
    s.row([Cell(x, w, h, "I", size=9) for x, w, h in COLS], size=9, after=2)
    _group(s, "Ledamöter")
    for last, first, party, pars, note in MEMBERS:
        _row(s, f"{last} {first}", party, pars, note)
    _group(s, "Tjänstgörande ersättare")
    for last, first, party, pars, note in SERVING:
        _row(s, f"{last} {first}", party, pars, note)
    _group(s, "Närvarande ej tjänstgörande ersättare")
    for last, first, party, pars, note in NOT_SERVING:
        _row(s, f"{last} {first}", party, pars, note)
    _group(s, "Anmält förhinder")
    for last, first, party in AWAY:
        _row(s, f"{last} {first}", party, "", "")
    s.gap(12)
    staff = [", ".join(x for x in (n, t, p) if x) for n, t, p in STAFF]
    s.row([Cell(0, 120, "Övriga deltagande", "B", size=9.5),
           Cell(130, 340, "\n".join(staff), size=10)], after=6)
    s.row([Cell(0, 120, "Justerare", "B", size=9.5), Cell(130, 340, "Rydén Lars", size=10)],
          after=6)
    s.row([Cell(0, 120, "Protokollförare", "B", size=9.5),
           Cell(130, 340, "Lina Borg", size=10)], after=6)
    s.row([Cell(0, 120, "Paragrafer", "B", size=9.5), Cell(130, 340, "31–35", size=10)])


TITLE_32 = ("Skolskjutsreglemente för grundskolan och grundsärskolan i Rödsjö kommun från och "
            "med läsåret 2026/2027")
TITLE_33 = "Yttrande över motion om fler lärarassistenter i grundskolan"
TITLE_34 = "Budgetuppföljning april 2026"

# (number, ärende, title, dnr line or None, text, decision)
PARAS = [
    (31, 1, "Val av justerare", None, None,
     "Barn- och utbildningsnämnden utser Lars Rydén (M) att justera protokollet."),
    (32, 2, TITLE_32, "Dnr: BUN 2026/123-1",
     "Förvaltningen har sett över reglementet för skolskjuts. Avståndsgränserna är "
     "oförändrade men ansökan om skolskjuts vid växelvis boende görs numera digitalt.",
     "Barn- och utbildningsnämnden antar skolskjutsreglementet för grundskolan och "
     "grundsärskolan att gälla från och med läsåret 2026/2027."),
    (33, 3, TITLE_33, "Diarienr. BUN 2026/45, KS 2026/310",
     "Kommunstyrelsen har gett nämnden tillfälle att yttra sig över motionen. "
     "Förvaltningen bedömer att behovet av lärarassistenter bör utredas inom ramen för "
     "budgetarbetet.",
     "Barn- och utbildningsnämnden överlämnar förvaltningens tjänsteskrivelse som sitt "
     "yttrande till kommunstyrelsen."),
    (34, 4, TITLE_34, "Vårt dnr BUN 2026/8",
     "Ekonomichefen redovisar utfallet till och med april. Nämnden prognostiserar ett "
     "mindre underskott för grundskolan.",
     "Barn- och utbildningsnämnden godkänner budgetuppföljningen."),
    (35, 5, "Anmälan av delegationsbeslut", None, None,
     "Anmälan av delegationsbeslut läggs till handlingarna."),
]


def _para(s: Sheet, n: int, arende: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(14)
    y = s.get_y()
    s.use("B", 12)
    s.set_x(s.l_margin)
    s.multi_cell(390, 16, f"§ {n} – {title}", new_x="LMARGIN", new_y="NEXT")
    end = s.get_y()
    s.right(f"Ärende {arende}", y=y, size=9)
    s.set_xy(s.l_margin, end + 2)
    if dnr:
        s.text(dnr, size=9, after=8)
    else:
        s.gap(6)


def _minutes(s: Sheet) -> None:
    for n, arende, title, dnr, text, decision in PARAS:
        _para(s, n, arende, title, dnr)
        if text:
            s.use("B", 10)
            s.cell(0, 14, "Ärendet", new_x="LMARGIN", new_y="NEXT")
            s.text(text)
        s.use("B", 10)
        s.cell(0, 14, "Beslut", new_x="LMARGIN", new_y="NEXT")
        s.text(decision)


def build(out: Path) -> Path:
    path = out / "rodsjo-bun-2026-05-19-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def _pars(printed: str) -> list[int]:
    a, _, b = printed.partition("–")
    return F.span(int(a), int(b or a))


def facts() -> dict:
    def bun(n: int, text: str) -> dict:
        return F.decision("beslut", BUN, DATE, n,
                          **F.empty(clauses=F.clauses(text, numbered=False)))

    def att() -> list[dict]:
        out = []
        for last, first, party, pars, note in MEMBERS:
            p = Person(f"{last} {first}", party)
            function = note if "ordförande" in note else None
            partial = pars != "31–35"
            out.append(F.attendee(p, "ledamot", function=function,
                                  paragraphs=_pars(pars) if partial else None))
        out.append(F.attendee(Person("Berg Kim", "S"), "tjänstgörande ersättare",
                              replaces="Ekholm Sofia", paragraphs=[34, 35]))
        out.append(F.attendee(Person("Sahlin Eva", "M"), "tjänstgörande ersättare",
                              replaces="Wester Jan-Olof"))
        out.append(F.attendee(Person("Alm Jonas", "V"), "ersättare"))
        out.append(F.attendee(Person("Tapio Linnea", "L"), "ersättare", paragraphs=[31, 32, 33]))
        out.append(F.attendee(Person("Wester Jan-Olof", "M"), "frånvarande"))
        out.append(F.attendee(Person("Qvist Emil", "KD"), "frånvarande"))
        out.append(F.attendee(Person("Anna Ek"), "tjänsteperson", function="förvaltningschef"))
        out.append(F.attendee(Person("Per Svahn"), "tjänsteperson", function="ekonomichef",
                              paragraphs=[34]))
        out.append(F.attendee(Person("Lina Borg"), "tjänsteperson", function="nämndsekreterare"))
        return out

    dnr = {31: [], 32: ["BUN 2026/123"], 33: ["BUN 2026/45", "KS 2026/310"], 34: ["BUN 2026/8"],
           35: []}
    return {
        "file": "rodsjo-bun-2026-05-19-protokoll.pdf",
        "_note": "Names on the cover are printed surname first without a comma and stated as "
                 "printed. The §§ column of a member there for the whole meeting (31–35) is "
                 "left unstated; a partial one is stated. 'Protokollförare' and 'Justerare' "
                 "name no attendance of their own (the justerare is a member, the "
                 "protokollförare is listed under Övriga deltagande).",
        "meeting": {"municipality": MUNI, "body": BUN, "date": DATE},
        "attendance": att(),
        "problems": [],
        "items": [{"number": f"§ {n}", "title": title, "dnr": dnr[n],
                   "decisions": [bun(n, decision)]}
                  for n, _, title, _, _, decision in PARAS],
    }
