"""Tallberga kommun (invented), template NA: kultur- och fritidsnämnden 2026-12-09 in a
Palatino-like serif with sans labels, its decisions as att-lists and paragraphs under "Beslut",
the sums and uppdrag in forms the templates before it do not print: the currency before a sum
with a multiplier word after it ("SEK 3,4 miljoner"), a thousand written as a word ("150 tusen
kronor", "femtio tusen kronor"), ranges ("100 000–150 000 kronor", "2–3 mnkr"), "kr 1 450 per
termin", "600:- per läsår", "cirka 1,2 Mkr" in a parenthetical; an uppdrag as a request ("att
begära att tekniska nämnden återkommer …"), a responsibility ("att kultur- och fritidschefen
ansvarar för att …"), a duty with a verb no list holds ("att fritidsavdelningen ska säkerställa
…", "Förvaltningen ska arbeta fram …"). Traps: a mandate ("befullmäktigas att teckna avtal"), a
percentage beside a sum ("höjs med 5 % till kr 1 450"), "50 procent", counts ("1 250
aktiviteter", "2 400 kvadratmeter"), a range of years ("2027–2029"), sums in the case's prose.

Its kommunstyrelse 2026-12-15 in the same layout, written after the parser had read the first:
a budget in numbered points ("1 245,6 mnkr", "312 miljoner kronor, varav 45 miljoner kronor",
"högst 150 mnkr" after "det vill säga", a tax rate "21:99 per skattekrona" without "kronor"), a
sale "för en köpeskilling om 4 250 000 kronor" beside an org.nr and a property designation, a
duty with its addressee's recipient and time before the verb ("Socialnämnden ska till
kommunstyrelsen i april 2027 redovisa …"), "ska ombesörja", "uppdrar åt X att, tillsammans med
Y, se över …", "tilldelar X 800 tkr"; traps "Uppdraget ska redovisas …", a mandate."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .sheet import Sheet, Style, document

MUNI = "Tallberga kommun"
KFN = "Kultur- och fritidsnämnden"
DATE = "2026-12-09"
STYLE = Style(body="palatino", size=10.5, leading=1.36, left=76, right=64, top=100, bottom=80)

JUST = "Val av justerare"
BIDRAG = "Föreningsbidrag 2027"
HALL = "Ombyggnad av Tallbergahallen"
AVGIFT = "Avgifter för kulturskolan 2027"
LOV = "Sommarlovsaktiviteter 2027"
SKATE = "Medborgarförslag om en skatepark vid Sjövallen"

T90 = "Maria Falk (C) utses att jämte ordföranden justera protokollet."
T91 = ["att fördela föreningsbidrag för 2027 med sammanlagt SEK 3,4 miljoner enligt bilaga 1,",
       "att bidraget per förening får uppgå till högst 150 tusen kronor,",
       "att ansökningar om bidrag på 100 000–150 000 kronor ska prövas av nämnden och mindre "
       "ansökningar av förvaltningen, samt",
       "att fritidsavdelningen ska säkerställa att bidragen betalas ut senast den 31 mars 2027."]
T92 = ["att hemställa hos kommunstyrelsen om en utökad investeringsram om 2–3 mnkr för "
       "ombyggnaden av Tallbergahallen,",
       "att begära att tekniska nämnden återkommer med en tidplan för ombyggnaden,",
       "att kultur- och fritidschefen ansvarar för att hallens föreningar informeras om "
       "avstängningen, samt",
       "att förvaltningschefen befullmäktigas att teckna avtal med entreprenören."]
T93 = ["att avgiften för kulturskolans ämneskurser höjs med 5 % till kr 1 450 per termin,",
       "att avgiften för instrumenthyra fastställs till 600:- per läsår,",
       "att syskonrabatten ska vara 50 procent, samt",
       "att avgifterna gäller från och med den 1 januari 2027."]
T94 = ["Nämnden avsätter femtio tusen kronor till lovaktiviteter för unga med "
       "funktionsnedsättning.",
       "Förvaltningen ska arbeta fram ett program för sommarlovet 2027 tillsammans med "
       "föreningarna.",
       "Kostnaden för lovaktiviteterna (cirka 1,2 Mkr) finansieras med statsbidrag."]
T95 = ("Medborgarförslaget anses besvarat med hänvisning till att en skatepark ingår i "
       "investeringsplanen för 2027–2029.")


KS = "Kommunstyrelsen"
KS_DATE = "2026-12-15"
BUDGET = "Budget 2027 och plan 2028–2029"
SALJ = "Försäljning av fastigheten Tallberga 3:14"
ENERGI = "Aktieägartillskott till Tallberga Energi AB"
TILLAGG = "Tilläggsanslag till socialnämnden"
POLICY = "Översyn av arbetsgivarpolicyn"

T200 = ["Driftbudgeten för 2027 fastställs till 1 245,6 mnkr.",
        "Investeringsbudgeten för 2027 fastställs till 312 miljoner kronor, varav 45 miljoner "
        "kronor avser VA-verksamheten.",
        "Kommunstyrelsen får under 2027 nyupplåna, det vill säga öka kommunens skulder med, "
        "högst 150 mnkr.",
        "Skattesatsen för 2027 fastställs till 21:99 per skattekrona.",
        "Nämnderna uppmanas att senast den 15 februari 2027 redovisa hur ramarna ska hållas."]
T201 = ["Fastigheten Tallberga 3:14 säljs till Sjöbygg AB (org.nr 556677-8899) för en "
        "köpeskilling om 4 250 000 kronor.",
        "Kommundirektören bemyndigas att underteckna köpekontraktet.",
        "Mark- och exploateringsenheten ska ombesörja lagfarten."]
T202 = "Kommunstyrelsen beviljar Tallberga Energi AB ett aktieägartillskott om 12 000 000 kronor."
T203 = ["Socialnämnden beviljas ett tilläggsanslag på 6,5 miljoner kronor för 2027 för ökade "
        "placeringskostnader. Finansiering sker ur kommunstyrelsens anslag för oförutsedda behov, "
        "som därmed minskar till 2 mnkr.",
        "Socialnämnden ska till kommunstyrelsen i april 2027 redovisa en åtgärdsplan för en "
        "budget i balans."]
T204 = ["Kommunstyrelsen uppdrar åt kommundirektören att, tillsammans med HR-chefen, se över "
        "arbetsgivarpolicyn.",
        "Kommunstyrelsen tilldelar kommunledningskontoret 800 tkr för arbetet.",
        "Uppdraget ska redovisas senast den 30 juni 2027."]


def _header(s: Sheet) -> None:
    s.masthead("palatino", ["TALLBERGA KOMMUN", "Kultur- och fritidsnämnden"],
               ["PROTOKOLL", f"2026-12-09   Sida {s.page_no()} av {{nb}}"], (34, 47),
               right_w=205, rule=(0.4, 62))


def _footer(s: Sheet) -> None:
    s.signature_line("Ordförandens sign.          Justerandes sign.          "
                     "Utdragsbestyrkande", "sans", size=7.5, above_edge=50)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, size=12, number_w=50, h=16, need=90, before=14,
                without_dnr=6)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 10, "sans", h=14, before=2)


def _lines(s: Sheet, texts: list[str]) -> None:
    for t in texts:
        s.text(t, after=3)
    s.gap(3)


def _minutes(s: Sheet) -> None:
    _head(s, 90, JUST, None)
    _label(s, "Beslut")
    s.text(T90)

    _head(s, 91, BIDRAG, "KFN 2026/145")
    _label(s, "Ärendet")
    s.text("Nämnden fördelade 2026 sammanlagt 3,1 mnkr i föreningsbidrag till 64 föreningar. "
           "Ansökningarna för 2027 omfattar 1 250 aktiviteter och 14 600 deltagartillfällen.")
    _label(s, "Beslut")
    s.text("Kultur- och fritidsnämnden beslutar", after=3)
    _lines(s, T91)

    _head(s, 92, HALL, "KFN 2026/98")
    _label(s, "Ärendet")
    s.text("Tallbergahallen byggdes 1978 och har 2 400 kvadratmeter. Kostnaden för "
           "ombyggnaden beräknades i mars till 2 mnkr, men anbuden ligger högre.")
    _label(s, "Beslut")
    s.text("Kultur- och fritidsnämnden beslutar", after=3)
    _lines(s, T92)

    _head(s, 93, AVGIFT, "KFN 2026/131")
    _label(s, "Beslut")
    s.text("Kultur- och fritidsnämnden beslutar", after=3)
    _lines(s, T93)

    _head(s, 94, LOV, "KFN 2026/160")
    _label(s, "Ärendet")
    s.text("Staten har beviljat kommunen ett bidrag till avgiftsfria lovaktiviteter. "
           "Förvaltningen har tillsammans med 12 föreningar tagit fram ett förslag.")
    _label(s, "Beslut")
    _lines(s, T94)

    _head(s, 95, SKATE, "KFN 2026/77")
    _label(s, "Ärendet")
    s.text("Förslagsställaren föreslår en skatepark vid Sjövallen. Förvaltningen uppskattar "
           "kostnaden till 1,5–2 miljoner kronor.")
    _label(s, "Beslut")
    s.text(T95)


def _ks_header(s: Sheet) -> None:
    s.masthead("palatino", ["TALLBERGA KOMMUN", "Kommunstyrelsen"],
               ["PROTOKOLL", f"2026-12-15   Sida {s.page_no()} av {{nb}}"], (34, 47),
               right_w=205, rule=(0.4, 62))


def _ks_minutes(s: Sheet) -> None:
    _head(s, 200, BUDGET, "KS 2026/301")
    _label(s, "Ärendet")
    s.text("Budgeten för 2026 uppgick till 1 198 mnkr. Förvaltningen har räknat med 3,1 procent "
           "i löneökningar och 16 800 invånare.")
    _label(s, "Beslut")
    for k, t in enumerate(T200, 1):
        s.text(f"{k}. {t}", after=3)

    _head(s, 201, SALJ, "KS 2026/288")
    _label(s, "Beslut")
    _lines(s, T201)

    _head(s, 202, ENERGI, "KS 2026/310")
    _label(s, "Ärendet")
    s.text("Bolaget har ett negativt eget kapital om 9,4 mnkr efter investeringen i fjärrvärme.")
    _label(s, "Beslut")
    s.text(T202)

    _head(s, 203, TILLAGG, "KS 2026/322")
    _label(s, "Beslut")
    _lines(s, T203)

    _head(s, 204, POLICY, "KS 2026/330")
    _label(s, "Beslut")
    _lines(s, T204)


def build_ks(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 15, "sans")
        s.cell(0, 22, "Kommunstyrelsens protokoll", new_x="LMARGIN", new_y="NEXT")
        s.text("Sammanträdesdatum 2026-12-15, kl. 13.00–16.10, Kommunhuset, Tallberga")
        _ks_minutes(s)

    s = document(STYLE, _ks_header, _footer, opening)
    path = out / "tallberga-ks-2026-12-15-protokoll.pdf"
    s.output(str(path))
    return path


def ks_facts() -> dict:
    def ks(n: int, *texts: str, numbered: bool = False, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=numbered), **kw))

    return {
        "file": "tallberga-ks-2026-12-15-protokoll.pdf",
        "_note": "Sums are the decisions' only (not 1 198 mnkr, 9,4 mnkr in the case's prose); "
                 "a tax rate is none. The mandate to sign and the report on the uppdrag are no "
                 "uppdrag.",
        "meeting": {"municipality": MUNI, "body": KS, "date": KS_DATE},
        "problems": [],
        "items": [
            {"number": "§ 200", "title": BUDGET, "dnr": ["KS 2026/301"], "decisions": [
                ks(200, *T200, numbered=True,
                   amounts=[F.amount(1_245_600_000, year=2027), F.amount(312_000_000),
                            F.amount(45_000_000), F.amount(150_000_000)],
                   assignments=[F.assignment("Nämnderna", "ramarna")])]},
            {"number": "§ 201", "title": SALJ, "dnr": ["KS 2026/288"], "decisions": [
                ks(201, *T201, amounts=[F.amount(4_250_000)],
                   assignments=[F.assignment("Mark- och exploateringsenheten", "lagfarten")])]},
            {"number": "§ 202", "title": ENERGI, "dnr": ["KS 2026/310"], "decisions": [
                ks(202, T202, amounts=[F.amount(12_000_000)])]},
            {"number": "§ 203", "title": TILLAGG, "dnr": ["KS 2026/322"], "decisions": [
                ks(203, *T203, amounts=[F.amount(6_500_000, year=2027), F.amount(2_000_000)],
                   assignments=[F.assignment("Socialnämnden", "åtgärdsplan")])]},
            {"number": "§ 204", "title": POLICY, "dnr": ["KS 2026/330"], "decisions": [
                ks(204, *T204, amounts=[F.amount(800_000)],
                   assignments=[F.assignment("kommundirektören", "arbetsgivarpolicyn")])]},
        ],
    }


def build(out: Path) -> Path:
    def opening(s: Sheet) -> None:
        s.use("B", 15, "sans")
        s.cell(0, 22, "Kultur- och fritidsnämndens protokoll", new_x="LMARGIN", new_y="NEXT")
        s.text("Sammanträdesdatum 2026-12-09, kl. 18.00–20.30, Kulturhuset, Tallberga")
        _minutes(s)

    s = document(STYLE, _header, _footer, opening)
    path = out / "tallberga-kfn-2026-12-09-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kfn(n: int, *texts: str, **kw) -> dict:
        return F.decision("beslut", KFN, DATE, n,
                          **F.empty(clauses=F.clauses(*texts, numbered=False), **kw))

    return {
        "file": "tallberga-kfn-2026-12-09-protokoll.pdf",
        "_note": "Sums are the decisions' only, not the case's prose (3,1 mnkr, 2 mnkr, 1,5–2 "
                 "miljoner). A range is one sum at its upper bound. § 92's request to tekniska "
                 "nämnden and the chef's responsibility are uppdrag; the mandate to sign is none. "
                 "§ 93's percentages are no sums.",
        "meeting": {"municipality": MUNI, "body": KFN, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 90", "title": JUST, "dnr": [], "decisions": [kfn(90, T90)]},
            {"number": "§ 91", "title": BIDRAG, "dnr": ["KFN 2026/145"], "decisions": [
                kfn(91, *T91,
                    amounts=[F.amount(3_400_000, year=2027), F.amount(150_000),
                             F.amount(150_000)],
                    assignments=[F.assignment("fritidsavdelningen", "säkerställa")])]},
            {"number": "§ 92", "title": HALL, "dnr": ["KFN 2026/98"], "decisions": [
                kfn(92, *T92, amounts=[F.amount(3_000_000)],
                    assignments=[F.assignment("tekniska nämnden", "tidplan"),
                                 F.assignment("kultur- och fritidschefen", "informeras")])]},
            {"number": "§ 93", "title": AVGIFT, "dnr": ["KFN 2026/131"], "decisions": [
                kfn(93, *T93, amounts=[F.amount(1_450), F.amount(600)])]},
            {"number": "§ 94", "title": LOV, "dnr": ["KFN 2026/160"], "decisions": [
                kfn(94, *T94, amounts=[F.amount(50_000), F.amount(1_200_000)],
                    assignments=[F.assignment("förvaltningen", "arbeta fram")])]},
            {"number": "§ 95", "title": SKATE, "dnr": ["KFN 2026/77"], "decisions": [
                kfn(95, T95)]},
        ],
    }
