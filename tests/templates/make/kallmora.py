"""Kallmora kommun (invented), template AA: kommunstyrelsen 2026-12-07 in a Times-like serif
with bold sans labels. Its secretary numbers the yrkanden under a heading ("Yrkanden" over
"1. Anna Berg (S): …") or one by one ("Yrkande 1 – Anna Berg (S): …") and lets the
propositionsordning refer to them by number; the chair moves by office only ("Ordföranden
yrkar …", "Ordföranden föreslår …", the chair's name on the cover); movers of several parties
join in one long sentence over lines; "yrkar bifall till såväl … som …"; reservations "Mot
beslutet reserverar sig X (M) och Y (KD) till förmån för eget yrkande", "X (SD) anmäler
reservation", "Reservation lämnas av …", a party group ("Sverigedemokraternas ledamöter
reserverar sig"), two groups ("Ledamöterna i Vänsterpartiet och Miljöpartiet reserverar sig"),
a written reservation in an appendix signed by several ("Skriftlig reservation, bilaga 1");
statements "Särskilt yttrande" as a label, "X (V) får lämna en protokollsanteckning", "Till
protokollet antecknas …"; members who "deltar inte i beslutet" (no voters, no reservants), a
vote told under labels with counts in parentheses and a "Deltar ej" line."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Sheet, Style, document

MUNI = "Kallmora kommun"
KS = "Kommunstyrelsen"
DATE = "2026-12-07"
STYLE = Style(body="serif", size=11, leading=1.3, left=74, right=66, top=98, bottom=80)

MEMBERS = [Person(n, p) for n, p in (
    ("Karin Ström", "S"), ("Anders Wiklund", "S"), ("Lena Borg", "S"), ("Tomas Hult", "S"),
    ("Per Holm", "M"), ("Ulrika Sand", "M"), ("Lars Nyberg", "SD"), ("Jenny Falk", "SD"),
    ("Jonas Alm", "C"), ("Eva Lind", "KD"), ("Maria Ek", "L"), ("Sara Lindh", "V"),
    ("Sofia Bergh", "MP"))]
BY = {p.name: p for p in MEMBERS}
CHAIR = BY["Karin Ström"]

BUDGET = "Budget 2027 och verksamhetsplan för kommunstyrelsen"
BIDRAG = "Riktlinjer för föreningsbidrag"
SKOLA = "Ny skolorganisation i Kallmora tätort"
HAMN = "Försäljning av hamnmagasinet"

# § 83: the vote; Wiklund and Borg take no part
NOT_TAKING_PART = ["Anders Wiklund", "Lena Borg"]
V83_JA = ["Karin Ström", "Tomas Hult", "Jonas Alm", "Maria Ek", "Sara Lindh", "Sofia Bergh",
          "Eva Lind"]
V83_NEJ = ["Per Holm", "Ulrika Sand", "Lars Nyberg", "Jenny Falk"]


def tag(name: str) -> str:
    return BY[name].tag()


def _header(s: Sheet) -> None:
    s.masthead("sans", ["KALLMORA KOMMUN", f"{KS}"],
               ["PROTOKOLL", f"Sammanträdesdatum {DATE}    {s.page_no()} ({{nb}})"], (34, 47),
               right_first=12, right_w=200)


def _label(s: Sheet, text: str) -> None:
    s.need(40)
    s.text(text, style="B", font="sans", size=10.5, after=2)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(80)
    s.gap(12)
    s.use("B", 12.5, "sans")
    s.cell(52, 16, f"§ {n}")
    s.multi_cell(0, 16, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Dnr KS {dnr}", size=9.5, after=6)


def _cover(s: Sheet) -> None:
    s.use("B", 16, "sans")
    s.cell(0, 24, f"{KS}", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Kommunhuset, Kallmora, {DATE} kl. 13.00–16.40", after=10)
    _label(s, "Beslutande")
    s.text(f"{CHAIR.tag()}, ordförande", after=1)
    for p in MEMBERS[1:]:
        s.text(p.tag(), after=1)
    s.gap(8)
    _label(s, "Övriga närvarande")
    s.text("Helena Dahl, kommundirektör\nEmil Fors, sekreterare", after=8)
    _label(s, "Justerare")
    s.text(f"{BY['Per Holm'].tag()}", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 80–84", after=8)


def _p80(s: Sheet) -> None:
    _head(s, 80, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunstyrelsen utser Per Holm (M) att jämte ordföranden justera protokollet.")


def _p81(s: Sheet) -> None:
    _head(s, 81, BUDGET, "2026/301")
    s.text("Ekonomiavdelningen har tagit fram ett förslag till budget 2027 och verksamhetsplan "
           "för kommunstyrelsen. Arbetsutskottet har behandlat ärendet den 23 november 2026.")
    _label(s, "Yrkanden")
    s.hanging("1.", "Tomas Hult (S): bifall till arbetsutskottets förslag.", 18)
    s.hanging("2.", "Per Holm (M): avslag på arbetsutskottets förslag.", 18)
    s.hanging("3.", "Eva Lind (KD): återremiss för att belysa konsekvenserna för "
              "äldreomsorgen.", 18)
    s.hanging("4.", "Sara Lindh (V): tillägg av en ny punkt 3 om att kommunstyrelsen avsätter "
              "medel för fritidsgårdarnas sommarverksamhet.", 18, after=6)
    _label(s, "Propositionsordning")
    s.text("Ordföranden ställer först yrkande 3 mot att ärendet ska avgöras i dag och finner att "
           "ärendet ska avgöras i dag. Därefter ställer ordföranden yrkande 1 mot yrkande 2 och "
           "finner att kommunstyrelsen bifaller yrkande 1. Slutligen ställer ordföranden "
           "proposition på yrkande 4 och finner att det avslås.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen beslutar")
    s.hanging("1.", "att anta budget 2027 för kommunstyrelsen enligt bilaga,", 18)
    s.hanging("2.", "att anta verksamhetsplan 2027 för kommunstyrelsen.", 18, after=6)
    _label(s, "Reservationer")
    s.text("Mot beslutet reserverar sig Per Holm (M) och Eva Lind (KD) till förmån för eget "
           "yrkande.")
    s.text("Sara Lindh (V) anmäler reservation mot beslutet att avslå yrkande 4.")


def _p82(s: Sheet) -> None:
    _head(s, 82, BIDRAG, "2026/244")
    s.text("Kultur- och fritidsförvaltningen har sett över riktlinjerna för bidrag till "
           "föreningar. Förslaget har remitterats till föreningsrådet.")
    s.text("Yrkande 1 – Anders Wiklund (S): Bifall till förvaltningens förslag.", after=2)
    s.text("Yrkande 2 – Lars Nyberg (SD): Avslag på förvaltningens förslag.", after=2)
    s.text("Yrkande 3 – Jonas Alm (C): Bifall till såväl förvaltningens förslag som "
           "föreningsrådets tillägg om ett särskilt bidrag för ungdomsverksamhet.")
    s.text("Lena Borg (S), Maria Ek (L), Sofia Bergh (MP) och Ulrika Sand (M) yrkar, med "
           "hänvisning till den remissrunda som genomförts under hösten och de synpunkter som "
           "har kommit in från föreningsrådet och studieförbunden, bifall till yrkande 1.")
    _label(s, "Propositionsordning")
    s.text("Ordföranden ställer yrkande 1 och yrkande 3 mot yrkande 2 och finner att "
           "kommunstyrelsen bifaller yrkande 1.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen antar riktlinjer för föreningsbidrag enligt förvaltningens förslag.")
    _label(s, "Reservation")
    s.text("Sverigedemokraternas ledamöter reserverar sig mot beslutet.")
    _label(s, "Protokollsanteckning")
    s.text("Sara Lindh (V) får lämna en protokollsanteckning, som bifogas protokollet.")


def _p83(s: Sheet) -> None:
    _head(s, 83, SKOLA, "2026/198")
    s.text("Barn- och utbildningsnämnden har föreslagit att Backskolan och Åsens skola slås "
           "samman till en F–6-skola från och med höstterminen 2027.")
    s.text("Anders Wiklund (S) och Lena Borg (S) deltar inte i beslutet.")
    s.text("Ordföranden yrkar bifall till barn- och utbildningsnämndens förslag.")
    s.text("Ulrika Sand (M) yrkar avslag på förslaget.")
    _label(s, "Propositionsordning")
    s.text("Ordföranden ställer sitt eget yrkande mot Ulrika Sands yrkande och finner att "
           "kommunstyrelsen bifaller ordförandens yrkande. Votering begärs.")
    s.text("Den som vill bifalla ordförandens yrkande röstar ja, den som vill bifalla Ulrika "
           "Sands yrkande röstar nej.")
    _label(s, "Omröstningsresultat")
    ja = ", ".join(tag(n) for n in V83_JA)
    nej = ", ".join(tag(n) for n in V83_NEJ)
    delt = ", ".join(tag(n) for n in NOT_TAKING_PART)
    s.hanging("Ja (7):", ja, 74)
    s.hanging("Nej (4):", nej, 74)
    s.hanging("Deltar ej (2):", delt, 74, after=6)
    s.text("Kommunstyrelsen har därmed med 7 röster mot 4 bifallit ordförandens yrkande.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen beslutar att Backskolan och Åsens skola slås samman till en skola "
           "från och med höstterminen 2027.")
    _label(s, "Särskilt yttrande")
    s.text("Maria Ek (L) och Jonas Alm (C) lämnar ett gemensamt särskilt yttrande, bilaga 2.")


def _p84(s: Sheet) -> None:
    _head(s, 84, HAMN, "2026/117")
    s.text("Fastighetsavdelningen har fått ett anbud på hamnmagasinet om 3 400 000 kronor.")
    s.text("Ordföranden föreslår att kommunstyrelsen godtar anbudet och säljer hamnmagasinet.")
    s.text("Jenny Falk (SD) och Eva Lind (KD) yrkar avslag på ordförandens förslag.")
    s.text("Sofia Bergh (MP) yrkar att ärendet bordläggs till nästa sammanträde.")
    _label(s, "Propositionsordning")
    s.text("Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. "
           "Därefter ställer ordföranden sitt eget förslag mot avslagsyrkandet och finner att "
           "kommunstyrelsen bifaller ordförandens förslag.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen godtar anbudet och säljer hamnmagasinet för 3 400 000 kronor.")
    _label(s, "Reservationer")
    s.text("Skriftlig reservation, bilaga 1.")
    s.text("Reservation lämnas av Eva Lind (KD).")
    s.text("Ledamöterna i Vänsterpartiet och Miljöpartiet reserverar sig mot beslutet.")
    s.text("Till protokollet antecknas att Tomas Hult (S) anser att köparen ska åläggas att "
           "bevara byggnadens fasad.")


def _appendix(s: Sheet) -> None:
    s.use("B", 12, "sans")
    s.cell(0, 18, "Bilaga 1 till KS § 84", new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    s.use("B", 13, "sans")
    s.cell(0, 18, "Reservation", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Ärende: {HAMN}", after=8)
    s.text("Hamnmagasinet är en av de sista byggnaderna från tiden då hamnen var ortens "
           "centrum. Vi anser att kommunen ska behålla byggnaden och utveckla den tillsammans "
           "med föreningslivet. Vi reserverar oss därför mot beslutet.", after=24)
    s.text("Kallmora den 7 december 2026", after=30)
    s.text("Jenny Falk (SD)                              Lars Nyberg (SD)", after=2)


def _minutes(s: Sheet) -> None:
    for part in (_p80, _p81, _p82, _p83, _p84):
        part(s)


def build(out: Path) -> Path:
    path = out / "kallmora-ks-2026-12-07-protokoll.pdf"
    document(STYLE, _header, None, _cover, _minutes, _appendix).output(str(path))
    return path


def facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, DATE, n, **F.empty(**kw))

    voters = ([{"name": n, "party": BY[n].party, "vote": "ja"} for n in V83_JA]
              + [{"name": n, "party": BY[n].party, "vote": "nej"} for n in V83_NEJ])
    return {
        "file": "kallmora-ks-2026-12-07-protokoll.pdf",
        "_note": "Movers numbered under 'Yrkanden' or as 'Yrkande n – X (P): …'; members who join "
                 "'bifall till yrkande 1' make a motion of their own with that stance. 'Ordföranden "
                 "yrkar/föreslår' is the chair of the cover, Karin Ström (S). Members who do not "
                 "take part are a 'deltar ej' statement and no voters. A party group reserving "
                 "itself is stated by its parties only. The written reservation in bilaga 1 is "
                 "signed by Jenny Falk (SD) and Lars Nyberg (SD). The chair's 'föreslår att "
                 "kommunstyrelsen godtar anbudet …' (§ 84) names no stance and neither adds to "
                 "nor changes a proposal: annat, as the conventions take an unworded yrkande.",
        "meeting": {"municipality": MUNI, "body": KS, "date": DATE},
        "items": [
            {"number": "§ 80", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(80, clauses=F.clauses("Kommunstyrelsen utser Per Holm (M) att jämte "
                                         "ordföranden justera protokollet.", numbered=False))]},
            {"number": "§ 81", "title": BUDGET, "dnr": ["KS 2026/301"], "decisions": [
                ks(81, clauses=F.clauses("att anta budget 2027 för kommunstyrelsen enligt bilaga,",
                                         "att anta verksamhetsplan 2027 för kommunstyrelsen."),
                   motions=[F.motion("bifall", "Tomas Hult (S)"),
                            F.motion("avslag", "Per Holm (M)"),
                            F.motion("återremiss", "Eva Lind (KD)"),
                            F.motion("tillägg", "Sara Lindh (V)")],
                   reservations=[F.reservation("Per Holm (M)", "Eva Lind (KD)"),
                                 F.reservation("Sara Lindh (V)")])]},
            {"number": "§ 82", "title": BIDRAG, "dnr": ["KS 2026/244"], "decisions": [
                ks(82, clauses=F.clauses("Kommunstyrelsen antar riktlinjer för föreningsbidrag "
                                         "enligt förvaltningens förslag.", numbered=False),
                   motions=[F.motion("bifall", "Anders Wiklund (S)"),
                            F.motion("avslag", "Lars Nyberg (SD)"),
                            F.motion("bifall", "Jonas Alm (C)"),
                            F.motion("bifall", "Lena Borg (S)", "Maria Ek (L)", "Sofia Bergh (MP)",
                                     "Ulrika Sand (M)")],
                   reservations=[F.reservation(parties=["SD"])],
                   statements=[F.statement("protokollsanteckning", "Sara Lindh (V)")])]},
            {"number": "§ 83", "title": SKOLA, "dnr": ["KS 2026/198"], "decisions": [
                ks(83, clauses=F.clauses("Kommunstyrelsen beslutar att Backskolan och Åsens skola "
                                         "slås samman till en skola från och med höstterminen "
                                         "2027.", numbered=False),
                   motions=[F.motion("bifall", CHAIR.tag()),
                            F.motion("avslag", "Ulrika Sand (M)")],
                   votes=[F.vote(7, 4, None, voters=voters, verified=True)],
                   statements=[F.statement("deltar ej", "Anders Wiklund (S)", "Lena Borg (S)"),
                               F.statement("särskilt yttrande", "Maria Ek (L)", "Jonas Alm (C)")])
            ]},
            {"number": "§ 84", "title": HAMN, "dnr": ["KS 2026/117"], "decisions": [
                ks(84, clauses=F.clauses("Kommunstyrelsen godtar anbudet och säljer "
                                         "hamnmagasinet för 3 400 000 kronor.", numbered=False),
                   motions=[F.motion("annat", CHAIR.tag()),
                            F.motion("avslag", "Jenny Falk (SD)", "Eva Lind (KD)"),
                            F.motion("bordläggning", "Sofia Bergh (MP)")],
                   amounts=[F.amount(3400000)],
                   reservations=[F.reservation("Jenny Falk (SD)", "Lars Nyberg (SD)"),
                                 F.reservation("Eva Lind (KD)"),
                                 F.reservation(parties=["V", "MP"])],
                   statements=[F.statement("protokollsanteckning", "Tomas Hult (S)")])]},
        ],
    }
