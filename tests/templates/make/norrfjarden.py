"""Norrfjärdens räddningstjänstförbund (invented), template MA: a kommunalförbund's direktion
2026-11-12 in a DejaVu condensed sans, whose secretary prints each § 's decision under a
heading that names the body in a form no template before it carries, or under none: the noun
before the body ("Beslut i direktionen", bold), the body and its verb in capitals with a colon
("DIREKTIONEN BESLUTAR:"), the body's genitive before another noun of deciding on a plain line
("Direktionens ställningstagande", not bold), the body in brackets run into the text ("Beslut
(direktionen): Direktionen antar …"), a lone noun ("Avgörande"), and no heading at all: the
decision the last paragraph of the § after the proposal and the discussion ("Direktionen
noterar informationen och ger …"). Each § prints the förbundsdirektör's proposal first under a
label ("Förslag till beslut", "Förbundsdirektörens förslag"), which differs from what was
decided. Traps: an earlier decision of the direktion in the case's prose ("Direktionen beslutade
2026-06-11, § 31, att …"), the members' fullmäktige named in a decision."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .sheet import Sheet, Style, document

MUNI = "Norrfjärdens räddningstjänstförbund"
DIR = "Direktionen"
DATE = "2026-11-12"
STYLE = Style(body="dejavucond", size=10, leading=1.35, left=68, right=60, top=104, bottom=78)

JUSTERARE = "Val av justerare"
BUDGET = "Budget 2027 och verksamhetsplan 2027–2029"
DELAR = "Delårsrapport per den 31 augusti 2026"
PROGRAM = "Handlingsprogram för skydd mot olyckor 2027–2030"
LARM = "Information om larmstatistik januari–oktober 2026"
AVTAL = "Avtal om gemensam ledningscentral"


def _header(s: Sheet) -> None:
    s.masthead("dejavucond", ["NORRFJÄRDENS RÄDDNINGSTJÄNSTFÖRBUND", "Direktionen"],
               ["PROTOKOLL", f"2026-11-12   Sida {s.page_no()}"], (34, 47), right_w=200,
               rule=(0.6, 62))


def _footer(s: Sheet) -> None:
    s.signature_line("Ordförandes sign ________   Justerandes sign ________", "dejavucond")


def _bold(s: Sheet, text: str) -> None:
    s.label(text, 10, "dejavucond", h=14, before=3)


def _plain_head(s: Sheet, text: str) -> None:
    s.need(40)
    s.gap(3)
    s.use("", 10, "dejavucond")
    s.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")


def _para(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=11.5, number_w=44, without_dnr=4)


def _cover(s: Sheet) -> None:
    s.use("B", 15, "dejavucond")
    s.cell(0, 22, "Protokoll för direktionen", new_x="LMARGIN", new_y="NEXT")
    s.text("Sammanträdesdag: 2026-11-12, kl. 09.00–11.40", after=2)
    s.text("Plats: Brandstationen i Norrfjärden, konferensrum Stegen", after=10)
    _bold(s, "Ledamöter")
    s.text("Eva Norberg (S), ordförande\nPer Lindgren (M), vice ordförande\nKarin Holm (C)\n"
           "Jonas Berglund (S)\nLisa Åström (KD)", after=8)
    _bold(s, "Övriga")
    s.text("Lena Ek, förbundsdirektör\nTomas Vik, sekreterare", after=8)
    _bold(s, "Paragrafer")
    s.text("§§ 60–65")


def _p60(s: Sheet) -> None:
    _para(s, 60, JUSTERARE, None)
    _bold(s, "Beslut i direktionen")
    s.text("Direktionen utser Karin Holm (C) att jämte ordföranden justera dagens protokoll.")


def _p61(s: Sheet) -> None:
    _para(s, 61, BUDGET, "DIR 2026/41")
    s.text("Direktionen beslutade 2026-06-11, § 31, att budgetramen för 2027 skulle utgå från "
           "oförändrade medlemsbidrag. Förbundsdirektören har därefter tagit fram ett förslag "
           "till budget och verksamhetsplan.")
    _bold(s, "Förslag till beslut")
    s.text("Förbundsdirektören föreslår att direktionen beslutar", after=2)
    s.text("att fastställa budget 2027 med en driftbudget om 148,6 miljoner kronor,", after=2)
    s.text("att fastställa verksamhetsplan 2027–2029.")
    _bold(s, "Yrkanden")
    s.text("Per Lindgren (M) yrkar att övningsfältet i Åsen byggs ut först 2028.")
    _bold(s, "DIREKTIONEN BESLUTAR:")
    s.text("att fastställa budget 2027 med en driftbudget om 148,6 miljoner kronor,", after=2)
    s.text("att fastställa verksamhetsplan 2027–2029 med den ändringen att övningsfältet i Åsen "
           "byggs ut först 2028.")


def _p62(s: Sheet) -> None:
    _para(s, 62, DELAR, "DIR 2026/77")
    s.text("Förbundet redovisar ett resultat efter augusti om 2,1 miljoner kronor. Prognosen "
           "för helåret är ett nollresultat.")
    _bold(s, "Förbundsdirektörens förslag")
    s.text("Direktionen godkänner delårsrapporten per den 31 augusti 2026.")
    _plain_head(s, "Direktionens ställningstagande")
    s.text("Direktionen godkänner delårsrapporten per den 31 augusti 2026 och överlämnar den "
           "till förbundets revisorer.")


def _p63(s: Sheet) -> None:
    _para(s, 63, PROGRAM, "DIR 2026/52")
    s.text("Enligt lagen om skydd mot olyckor ska förbundet för varje mandatperiod anta ett "
           "handlingsprogram för räddningstjänst och förebyggande verksamhet.")
    _bold(s, "Förslag till beslut")
    s.text("Direktionen antar handlingsprogrammet i den remissversion som har skickats till "
           "medlemskommunerna.")
    s.text("Beslut (direktionen): Direktionen antar handlingsprogram för skydd mot olyckor "
           "2027–2030 med de ändringar som remissvaren har föranlett.")


def _p64(s: Sheet) -> None:
    _para(s, 64, LARM, "DIR 2026/12")
    _bold(s, "Förslag till beslut")
    s.text("Informationen noteras.")
    _bold(s, "Överläggning")
    s.text("Förbundsdirektör Lena Ek redovisar larmstatistiken. Ledamöterna ställer frågor om "
           "insatstiderna i Åsens kommun.")
    s.text("Direktionen noterar informationen och ger förbundsdirektören i uppdrag att redovisa "
           "insatstiderna per kommun vid nästa sammanträde.")


def _p65(s: Sheet) -> None:
    _para(s, 65, AVTAL, "DIR 2026/66")
    s.text("Förbunden i länet har förhandlat fram ett avtal om en gemensam ledningscentral från "
           "den 1 april 2027.")
    _bold(s, "Förbundsdirektörens förslag")
    s.text("Direktionen godkänner avtalet om gemensam ledningscentral.")
    _bold(s, "Avgörande")
    s.text("Direktionen godkänner avtalet om gemensam ledningscentral och bemyndigar "
           "ordföranden att underteckna det.")


def _minutes(s: Sheet) -> None:
    for part in (_p60, _p61, _p62, _p63, _p64, _p65):
        part(s)


def build(out: Path) -> Path:
    path = out / "norrfjarden-dir-2026-11-12-protokoll.pdf"
    document(STYLE, _header, _footer, _cover, _minutes).output(str(path))
    return path


def facts() -> dict:
    def d(n: int, has: list[str], lacks: list[str] | None = None) -> dict:
        out = F.decision("beslut", DIR, DATE, n, text_has=has)
        if lacks:
            out["text_lacks"] = lacks
        return out

    return {
        "file": "norrfjarden-dir-2026-11-12-protokoll.pdf",
        "_note": "Each § has one decision, the direktion's own, whatever its heading: the "
                 "förbundsdirektör's proposal above it is no decision (its words differ from "
                 "the decision's: text_lacks), nor is the direktion's decision of 2026-06-11 told "
                 "in the case's prose (§ 61). § 64 prints its decision under no heading, as the "
                 "last paragraph after the discussion.",
        "meeting": {"body": DIR, "date": DATE},
        "items": [
            {"number": "§ 60", "title": JUSTERARE, "dnr": [],
             "decisions": [d(60, ["Karin Holm"])]},
            {"number": "§ 61", "title": BUDGET, "dnr": ["DIR 2026/41"],
             "decisions": [d(61, ["övningsfältet i Åsen byggs ut först 2028"],
                             ["budgetramen"])]},
            {"number": "§ 62", "title": DELAR, "dnr": ["DIR 2026/77"],
             "decisions": [d(62, ["förbundets revisorer"])]},
            {"number": "§ 63", "title": PROGRAM, "dnr": ["DIR 2026/52"],
             "decisions": [d(63, ["remissvaren har föranlett"], ["remissversion"])]},
            {"number": "§ 64", "title": LARM, "dnr": ["DIR 2026/12"],
             "decisions": [d(64, ["insatstiderna per kommun"])]},
            {"number": "§ 65", "title": AVTAL, "dnr": ["DIR 2026/66"],
             "decisions": [d(65, ["bemyndigar ordföranden"])]},
        ],
    }
