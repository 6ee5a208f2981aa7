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
the decision's.

Its kommunstyrelse 2026-11-24, in the same layout: "Kommunstyrelsens avgörande" over a proposal
to fullmäktige and a decision för egen del, "Beslut – kommunstyrelsen", "KS beslutar:" over
att-satser, "Beslut fattat av kommunstyrelsen", and a decision under no heading in the past tense
after the Beslutsgång ("Efter överläggning beslöt kommunstyrelsen att …"); fullmäktige's earlier
decision in the case's prose."""
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


def _masthead(s: Sheet, body: str, date: str) -> None:
    s.masthead("serif", ["Tvärby kommun", body],
               ["SAMMANTRÄDESPROTOKOLL", f"{date}  {s.page_no()} (" + "{nb})"], (36, 49),
               right_w=200)


def _header(s: Sheet) -> None:
    _masthead(s, SN, DATE)


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


def _decision(body: str, date: str, n: int, has: list[str], lacks: list[str] | None = None,
              to: str | None = None) -> dict:
    """The body's own decision in § n, its clauses saying `has` and not `lacks`."""
    out = F.decision("beslut", body, date, n, proposed_to=to, text_has=has)
    if lacks:
        out["text_lacks"] = lacks
    return out


def facts() -> dict:
    def d(n: int, has: list[str], lacks: list[str] | None = None, to: str | None = None) -> dict:
        return _decision(SN, DATE, n, has, lacks, to)

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


# ------------------------------------------------------------------ kommunstyrelsen, 2026-11-24

KS = "Kommunstyrelsen"
KS_DATE = "2026-11-24"
TAXA = "Taxa för bygglov och anmälan 2027"
VALDAGAR = "Lokaler för förtidsröstning 2027"
OVERSIKT = "Översiktsplan för Tvärby kommun, samråd"
BREDBAND = "Bredbandsstöd till byalag"
MOTION = "Motion om laddstolpar vid kommunens förskolor"


def _ks_header(s: Sheet) -> None:
    _masthead(s, KS, KS_DATE)


def _ks_cover(s: Sheet) -> None:
    s.use("B", 16, "serif")
    s.cell(0, 22, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    s.text("Tid och plats: Kommunhuset i Tvärby, Sessionssalen, 2026-11-24 kl. 09.00–12.10",
           after=8)
    _bold(s, "Beslutande")
    s.text("Anders Holm (S), ordförande\nCecilia Strand (M)\nBo Ek (C)\nMaja Lund (V)\n"
           "Rolf Sten (SD)", after=8)
    _bold(s, "Paragrafer")
    s.text("§§ 140–144")


def _p140(s: Sheet) -> None:
    _para(s, 140, TAXA, "KS 2026/301")
    s.text("Bygg- och miljönämnden har räknat om taxan efter kostnadsutvecklingen.")
    _bold(s, "Förslag till beslut")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.")
    _plain_head(s, "Kommunstyrelsens avgörande")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för bygglov och anmälan "
           "2027 att gälla från den 1 januari 2027.")
    s.text("Kommunstyrelsen beslutar för egen del att ge kommundirektören i uppdrag att redovisa "
           "taxans utfall i juni 2027.")


def _p141(s: Sheet) -> None:
    _para(s, 141, VALDAGAR, "KS 2026/288")
    s.text("Valnämnden behöver lokaler för förtidsröstningen inför valet 2027.")
    _bold(s, "Förslag till beslut")
    s.text("Kommunstyrelsen upplåter biblioteket i Tvärby för förtidsröstning.")
    _plain_head(s, "Beslut – kommunstyrelsen")
    s.text("Kommunstyrelsen upplåter biblioteket i Tvärby och medborgarkontoret i Åby för "
           "förtidsröstning.")


def _p142(s: Sheet) -> None:
    _para(s, 142, OVERSIKT, "KS 2025/77")
    s.text("Kommunfullmäktige beslutade 2025-04-28, § 51, att ge kommunstyrelsen i uppdrag att ta "
           "fram en ny översiktsplan. Ett förslag till plan är klart för samråd.")
    _bold(s, "Förslag till beslut")
    s.text("Kommunstyrelsen godkänner samrådshandlingen och skickar den på samråd.")
    _plain_head(s, "KS beslutar:")
    s.text("att godkänna samrådshandlingen för översiktsplanen,", after=2)
    s.text("att samrådet pågår från den 1 december 2026 till den 31 januari 2027.")


def _p143(s: Sheet) -> None:
    _para(s, 143, BREDBAND, "KS 2026/310")
    s.text("Tre byalag har ansökt om stöd för att bygga fiber.")
    _bold(s, "Förslag till beslut")
    s.text("Kommunstyrelsen beviljar byalagen stöd om sammanlagt 300 000 kronor.")
    _bold(s, "Beslutsgång")
    s.text("Cecilia Strand (M) yrkar att stödet sänks till 200 000 kronor. Ordföranden ställer "
           "proposition på förslagen och finner att kommunstyrelsen bifaller Strands yrkande.")
    s.text("Efter överläggning beslöt kommunstyrelsen att bevilja byalagen stöd om sammanlagt "
           "200 000 kronor.")


def _p144(s: Sheet) -> None:
    _para(s, 144, MOTION, "KS 2026/140")
    s.text("Maja Lund (V) föreslår i en motion att laddstolpar sätts upp vid kommunens förskolor.")
    _bold(s, "Förslag till beslut")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    _plain_head(s, "Beslut fattat av kommunstyrelsen")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.")


def _ks_minutes(s: Sheet) -> None:
    for part in (_p140, _p141, _p142, _p143, _p144):
        part(s)


def build_ks(out: Path) -> Path:
    path = out / "tvarby-ks-2026-11-24-protokoll.pdf"
    document(STYLE, _ks_header, None, _ks_cover, _ks_minutes).output(str(path))
    return path


def ks_facts() -> dict:
    def d(n: int, has: list[str], lacks: list[str] | None = None, to: str | None = None) -> dict:
        return _decision(KS, KS_DATE, n, has, lacks, to)

    return {
        "file": "tvarby-ks-2026-11-24-protokoll.pdf",
        "_note": "Each § 's decision is the styrelse's own under a heading in the text's weight "
                 "(or under none, § 143, in the past tense after the procedure); the proposal "
                 "above it differs from it (text_lacks). § 140 proposes to fullmäktige and "
                 "decides an uppdrag for its own part: two decisions. Fullmäktige's decision of "
                 "2025-04-28 told in § 142's prose is no decision of this §.",
        "meeting": {"body": KS, "date": KS_DATE},
        "items": [
            {"number": "§ 140", "title": TAXA, "dnr": ["KS 2026/301"], "decisions": [
                d(140, ["att gälla från den 1 januari 2027"], ["redovisa"], to=KF),
                d(140, ["redovisa taxans utfall"], ["anta taxa"])]},
            {"number": "§ 141", "title": VALDAGAR, "dnr": ["KS 2026/288"],
             "decisions": [d(141, ["medborgarkontoret i Åby"])]},
            {"number": "§ 142", "title": OVERSIKT, "dnr": ["KS 2025/77"],
             "decisions": [d(142, ["samrådet pågår"], ["skickar den på samråd", "uppdrag"])]},
            {"number": "§ 143", "title": BREDBAND, "dnr": ["KS 2026/310"],
             "decisions": [d(143, ["200 000 kronor"], ["300 000"])]},
            {"number": "§ 144", "title": MOTION, "dnr": ["KS 2026/140"],
             "decisions": [d(144, ["besvarad"], ["avslå"], to=KF)]},
        ],
    }
