"""Tvärby kommun (invented), template MB: a socialnämnd 2026-11-17 in a Times-like serif whose
secretary sets the labels of the case's parts in bold ("Förvaltningens förslag", "Beslutsgång",
"Jäv", "Beslutet skickas till") but the decision's heading in the text's own weight, on a line of
its own, in forms no template before it carries: the noun before the body ("Beslut av
socialnämnden"), the nämnd's short genitive with another noun and a colon ("Nämndens
ställningstagande:"), the body and its verb ("Socialnämnden beslutar:"), a lone noun
("Ställningstagande"); and no heading at all, the decision an adoption printed after the
procedure ("Socialnämnden beslutar i enlighet med förvaltningens förslag."). A proposal passed on
through another body ("Socialnämnden föreslår kommunfullmäktige, via kommunstyrelsen, att …").
Traps: an earlier decision of kommunstyrelsen in the case's prose ("Kommunstyrelsen beslutade
2026-09-15, § 112, att ge socialnämnden i uppdrag att …"), a proposal whose words differ from
the decision's."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .sheet import Sheet, Style, document

MUNI = "Tvärby kommun"
SN = "Socialnämnden"
KF = "Kommunfullmäktige"
DATE = "2026-11-17"
STYLE = Style(body="serif", size=11, leading=1.3, left=74, right=64, top=100, bottom=80)

DAGORDNING = "Godkännande av dagordning"
RIKTLINJER = "Riktlinjer för ekonomiskt bistånd 2027"
BIDRAG = "Föreningsbidrag till Föreningen Gemenskap"
PLATSER = "Köp av platser i familjehem"
HEMLOSHET = "Plan mot hemlöshet 2027–2030"


def _header(s: Sheet) -> None:
    s.masthead("serif", ["Tvärby kommun", "Socialnämnden"],
               ["SAMMANTRÄDESPROTOKOLL", f"2026-11-17  {s.page_no()} (" + "{nb})"], (36, 49),
               right_w=200)


def _bold(s: Sheet, text: str) -> None:
    s.label(text, 11, "serif", h=15, before=2)


def _plain_head(s: Sheet, text: str) -> None:
    s.need(40)
    s.gap(2)
    s.use("", 11, "serif")
    s.cell(0, 15, text, new_x="LMARGIN", new_y="NEXT")


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=12, number_w=48, without_dnr=4)


def _cover(s: Sheet) -> None:
    s.use("B", 16, "serif")
    s.cell(0, 22, "Socialnämnden", new_x="LMARGIN", new_y="NEXT")
    s.text("Tid och plats: Kommunhuset i Tvärby, Rönnen, 2026-11-17 kl. 13.15–16.00", after=8)
    _bold(s, "Beslutande")
    s.text("Maria Sund (S), ordförande\nErik Dahl (M)\nAnna Falk (V)\nOlof Hed (C)\n"
           "Sara Lind (SD)", after=8)
    _bold(s, "Övriga närvarande")
    s.text("Johan Berg, socialchef\nEmma Ros, sekreterare", after=8)
    _bold(s, "Paragrafer")
    s.text("§§ 80–84")


def _p80(s: Sheet) -> None:
    _para(s, 80, DAGORDNING, None)
    _plain_head(s, "Beslut av socialnämnden")
    s.text("Socialnämnden godkänner dagordningen med tillägget att ärendet om familjehem "
           "behandlas före ärendet om hemlöshet.")


def _p81(s: Sheet) -> None:
    _para(s, 81, RIKTLINJER, "SN 2026/188")
    s.text("Riktlinjerna för ekonomiskt bistånd ses över varje år. Förvaltningen har anpassat "
           "dem till Socialstyrelsens nya norm.")
    _bold(s, "Förvaltningens förslag")
    s.text("Socialnämnden föreslår kommunfullmäktige att anta riktlinjerna.")
    _bold(s, "Beslutsgång")
    s.text("Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden "
           "bifaller det.")
    _plain_head(s, "Nämndens ställningstagande:")
    s.text("Socialnämnden föreslår kommunfullmäktige, via kommunstyrelsen, att anta riktlinjer "
           "för ekonomiskt bistånd 2027.")


def _p82(s: Sheet) -> None:
    _para(s, 82, BIDRAG, "SN 2026/201")
    s.text("Föreningen Gemenskap har ansökt om 60 000 kronor för sin verksamhet för äldre.")
    _bold(s, "Förvaltningens förslag")
    s.text("Socialnämnden beviljar föreningen ett bidrag om 40 000 kronor.")
    _plain_head(s, "Ställningstagande")
    s.text("Socialnämnden avslår ansökan om bidrag från Föreningen Gemenskap, då föreningens "
           "verksamhet inte vänder sig till kommunens invånare.")


def _p83(s: Sheet) -> None:
    _para(s, 83, PLATSER, "SN 2026/205")
    s.text("Behovet av familjehem har ökat. Förvaltningen har begärt in anbud från två "
           "konsulentverksamheter.")
    _bold(s, "Förvaltningens förslag")
    s.text("Socialnämnden godkänner köp av platser i familjehem från Familjevården Norr AB "
           "under 2027.")
    _bold(s, "Jäv")
    s.text("Olof Hed (C) anmäler jäv och deltar inte i handläggningen av ärendet.")
    s.text("Socialnämnden beslutar i enlighet med förvaltningens förslag.")


def _p84(s: Sheet) -> None:
    _para(s, 84, HEMLOSHET, "SN 2026/150")
    s.text("Kommunstyrelsen beslutade 2026-09-15, § 112, att ge socialnämnden i uppdrag att ta "
           "fram en plan mot hemlöshet. Förvaltningen har tagit fram ett förslag.")
    _bold(s, "Förvaltningens förslag")
    s.text("Socialnämnden antar planen mot hemlöshet i förvaltningens version.")
    _plain_head(s, "Socialnämnden beslutar:")
    s.text("att anta plan mot hemlöshet 2027–2030,", after=2)
    s.text("att planen följs upp i samband med årsredovisningen.")
    _bold(s, "Beslutet skickas till")
    s.text("Socialförvaltningen")


def _minutes(s: Sheet) -> None:
    for part in (_p80, _p81, _p82, _p83, _p84):
        part(s)


def build(out: Path) -> Path:
    path = out / "tvarby-sn-2026-11-17-protokoll.pdf"
    document(STYLE, _header, None, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def d(n: int, has: list[str], lacks: list[str] | None = None, to: str | None = None) -> dict:
        out = F.decision("beslut", SN, DATE, n, proposed_to=to, text_has=has)
        if lacks:
            out["text_lacks"] = lacks
        return out

    return {
        "file": "tvarby-sn-2026-11-17-protokoll.pdf",
        "_note": "Each § has one decision, the nämnd's own, whatever its heading, or none (§ 83, "
                 "an adoption: its points are the förvaltning's proposal). § 81 proposes to "
                 "kommunfullmäktige through kommunstyrelsen: proposed to kommunfullmäktige. "
                 "Kommunstyrelsen's decision of 2026-09-15 told in § 84's prose is no decision "
                 "of this §.",
        "meeting": {"body": SN, "date": DATE},
        "items": [
            {"number": "§ 80", "title": DAGORDNING, "dnr": [],
             "decisions": [d(80, ["ärendet om familjehem"])]},
            {"number": "§ 81", "title": RIKTLINJER, "dnr": ["SN 2026/188"],
             "decisions": [d(81, ["riktlinjer för ekonomiskt bistånd 2027"], to=KF)]},
            {"number": "§ 82", "title": BIDRAG, "dnr": ["SN 2026/201"],
             "decisions": [d(82, ["avslår ansökan"], ["40 000"])]},
            {"number": "§ 83", "title": PLATSER, "dnr": ["SN 2026/205"],
             "decisions": [d(83, ["Familjevården Norr AB"])]},
            {"number": "§ 84", "title": HEMLOSHET, "dnr": ["SN 2026/150"],
             "decisions": [d(84, ["följs upp i samband med årsredovisningen"],
                             ["förvaltningens version", "uppdrag"])]},
        ],
    }
