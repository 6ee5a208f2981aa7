"""Grönhede kommun (invented), template W: socialnämnden 2026-08-25, a Century-type layout of
a minute system that writes names surname first **with a comma** ("Lind, Maria (S),
ordförande"), on the cover and in its notes ("Holm, Erik (M) ersätter Dahl, Anna (M)"). The
cover's labels end in a colon and stand alone on their lines over their lists: "Ledamöter:"
over two columns side by side, "Tjänstgörande ersättare:" with "ersätter", "för" and "tjg
för", "Ersättare (ej tjänstgörande):", "Frånvarande:" parted by semicolons, "Övriga
närvarande:" as a list with dash bullets ("– Karin Öhrn, socialchef"), then "Justerare:" and
"Sekreterare:" (no attendance of their own).

The § headings: "§ 62  Dnr SN 2026/210" with the title under it; a title in capitals over two
lines under "§ 63"; "§ 64  Information från förvaltningen (ärende nr 6)" with the agenda's
number in brackets; case numbers "Dnr SN 2026/210", "Diarienummer: SN.2026.45" (stops
throughout)."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Sheet, Style, document

MUNI = "Grönhede kommun"
SN = "Socialnämnden"
DATE = "2026-08-25"
STYLE = Style(body="century", size=10, leading=1.35, left=66, right=60, top=94, bottom=82)

# (surname, first name, party, note) — the cover's two columns, left then right
LEFT = [("Lind", "Maria", "S", "ordförande"), ("Ekman", "Petter", "M", "vice ordförande"),
        ("Åhman", "Rut", "C", "")]
RIGHT = [("Sjögren", "Ulf", "SD", ""), ("Bäckström", "Lena", "S", "kl. 14.00–15.30, §§ 61–62"),
         ("Fahlgren", "Tor", "V", "")]
SERVING = ["Holm, Erik (M) ersätter Dahl, Anna (M)",
           "Rask, Ylva (S) för Bäckström, Lena (S), §§ 63–64",
           "Ojala, Timo (S) tjg för Nyqvist, Omar (S)"]
STAFF = ["Karin Öhrn, socialchef", "Mats Viklund, enhetschef, §§ 62–63",
         "Hanna Lilja, nämndsekreterare"]


def _entry(last: str, first: str, party: str, note: str) -> str:
    return f"{last}, {first} ({party})" + (f", {note}" if note else "")


def _header(s: Sheet) -> None:
    s.masthead("century", ["GRÖNHEDE KOMMUN", "Socialnämnden"],
               ["Sammanträdesprotokoll", f"{DATE}    sid {s.page_no()}"], (32, 44),
               sizes=(10, 8.5))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerare ..................        Utdragsbestyrkande ..................",
                     "century", style="I", above_edge=50)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10, h=14, need=0, before=5)


def _cover(s: Sheet) -> None:
    s.use("B", 17)
    s.cell(0, 22, "SOCIALNÄMNDEN", new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    s.text("Tid: Tisdagen den 25 augusti 2026, kl. 14.00–17.20", after=1)
    s.text("Plats: Grönhede kommunhus, rum Tallen", after=8)
    s.use("B", 12)
    s.cell(0, 16, "Närvarande", new_x="LMARGIN", new_y="NEXT")
    _label(s, "Ledamöter:")
    for left, right in zip(LEFT, RIGHT):
        y = s.get_y()
        s.use("", 10)
        s.set_xy(s.l_margin, y)
        s.cell(225, s.line_h(), _entry(*left))
        s.set_xy(s.l_margin + 230, y)
        s.cell(0, s.line_h(), _entry(*right), new_x="LMARGIN", new_y="NEXT")
    _label(s, "Tjänstgörande ersättare:")
    for ln in SERVING:
        s.text(ln, after=0.5)
    _label(s, "Ersättare (ej tjänstgörande):")
    s.text("Berglund, Siv (L)", after=0.5)
    _label(s, "Frånvarande:")
    s.text("Dahl, Anna (M); Nyqvist, Omar (S)", after=0.5)
    _label(s, "Övriga närvarande:")
    for ln in STAFF:
        s.hanging("–", ln, 12, after=0.5)
    _label(s, "Justerare:")
    s.text("Ekman, Petter", after=0.5)
    _label(s, "Sekreterare:")
    s.text("Hanna Lilja", after=0.5)
    _label(s, "Paragrafer:")
    s.text("§§ 61–64", after=0.5)


TITLE_62 = "Avgifter inom äldreomsorgen 2027"
TITLE_63 = "RIKTLINJER FÖR EKONOMISKT BISTÅND OCH STÖD TILL HUSHÅLL MED BARN UNDER ÅREN 2026–2027"
TITLE_64 = "Information från förvaltningen"


def _section(s: Sheet, label: str, text: str) -> None:
    s.use("B", 10)
    s.cell(0, 14, label, new_x="LMARGIN", new_y="NEXT")
    s.text(text)


def _head(s: Sheet, text: str) -> None:
    s.need(100)
    s.gap(12)
    s.use("B", 12)
    s.multi_cell(360, 16, text, new_x="LMARGIN", new_y="NEXT")
    s.gap(4)


def _minutes(s: Sheet) -> None:
    _head(s, "§ 61  Val av justerare")
    _section(s, "Beslut", "Socialnämnden utser Petter Ekman (M) att justera protokollet.")
    _head(s, "§ 62")
    below = s.get_y()
    s.right("Dnr SN 2026/210", y=below - 20, size=10)
    s.set_xy(s.l_margin, below - 4)
    s.use("B", 12)
    s.cell(0, 16, TITLE_62, new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    _section(s, "Ärendet", "Förvaltningen föreslår att avgifterna räknas upp med "
                           "prisbasbeloppets förändring.")
    _section(s, "Beslut", "Socialnämnden antar avgifterna inom äldreomsorgen för år 2027.")
    _head(s, "§ 63")
    s.set_xy(s.l_margin, s.get_y() - 4)
    s.use("B", 12)
    s.multi_cell(380, 16, TITLE_63, new_x="LMARGIN", new_y="NEXT")
    s.text("Diarienummer: SN.2026.45", size=9, after=8)
    _section(s, "Ärendet", "Riktlinjerna har setts över med anledning av nya föreskrifter.")
    _section(s, "Beslut", "Socialnämnden antar riktlinjerna för ekonomiskt bistånd.")
    _head(s, f"§ 64  {TITLE_64} (ärende nr 6)")
    _section(s, "Beslut", "Informationen läggs till handlingarna.")


def build(out: Path) -> Path:
    path = out / "gronhede-sn-2026-08-25-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def sn(n: int, text: str) -> dict:
        return F.decision("beslut", SN, DATE, n, **F.empty(clauses=F.clauses(text, numbered=False)))

    def att() -> list[dict]:
        out = []
        for last, first, party, note in LEFT + RIGHT:
            function = note if "ordförande" in note else None
            pars = [61, 62] if "§§" in note else None
            out.append(F.attendee(Person(f"{first} {last}", party), "ledamot", function=function,
                                  paragraphs=pars))
        out += [F.attendee(Person("Erik Holm", "M"), "tjänstgörande ersättare",
                           replaces="Anna Dahl"),
                F.attendee(Person("Ylva Rask", "S"), "tjänstgörande ersättare",
                           replaces="Lena Bäckström", paragraphs=[63, 64]),
                F.attendee(Person("Timo Ojala", "S"), "tjänstgörande ersättare",
                           replaces="Omar Nyqvist"),
                F.attendee(Person("Siv Berglund", "L"), "ersättare"),
                F.attendee(Person("Anna Dahl", "M"), "frånvarande"),
                F.attendee(Person("Omar Nyqvist", "S"), "frånvarande"),
                F.attendee(Person("Karin Öhrn"), "tjänsteperson", function="socialchef"),
                F.attendee(Person("Mats Viklund"), "tjänsteperson", function="enhetschef",
                           paragraphs=[62, 63]),
                F.attendee(Person("Hanna Lilja"), "tjänsteperson", function="nämndsekreterare")]
        return out

    return {
        "file": "gronhede-sn-2026-08-25-protokoll.pdf",
        "_note": "Names printed 'Efternamn, Förnamn' are stated first name first, as the "
                 "voting lists' readers give them. 'Justerare' and 'Sekreterare' name no "
                 "attendance of their own. 'Diarienummer: SN.2026.45' is SN-2026/00045.",
        "meeting": {"municipality": MUNI, "body": SN, "date": DATE},
        "attendance": att(),
        "problems": [],
        "items": [
            {"number": "§ 61", "title": "Val av justerare", "dnr": [], "decisions": [
                sn(61, "Socialnämnden utser Petter Ekman (M) att justera protokollet.")]},
            {"number": "§ 62", "title": TITLE_62, "dnr": ["SN-2026/00210"], "decisions": [
                sn(62, "Socialnämnden antar avgifterna inom äldreomsorgen för år 2027.")]},
            {"number": "§ 63", "title": TITLE_63, "dnr": ["SN-2026/00045"], "decisions": [
                sn(63, "Socialnämnden antar riktlinjerna för ekonomiskt bistånd.")]},
            {"number": "§ 64", "title": TITLE_64, "dnr": [], "decisions": [
                sn(64, "Informationen läggs till handlingarna.")]},
        ],
    }
