"""Ekviks kommun (invented), template A: kommunfullmäktige 2026-03-23 with roll calls in
X-column tables over page breaks, and kommunstyrelsen 2026-03-02 as a partial download."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from . import tmpl_a as A
from .garble import garble
from .people import Names, Person, roll_call

MUNI = "Ekviks kommun"
KF, KS = "Kommunfullmäktige", "Kommunstyrelsen"

# ------------------------------------------------------------------ people
P = {t: Person(*t.rstrip(")").split(" (")) for t in """Lena Wiik (S)|Sara Nyberg (S)|Lars Berg (S)
|Erik Sandberg (S)|Jonas Berglöf (M)|Per-Olof Lind (M)|Ulla Fors (M)|Hanna Berg (SD)|Elin Sjö (SD)
|Göran Ekholm (C)|Jens Ahl (C)|Amir Haddad (V)|Lisa Orre (V)|Maja Fredh (KD)|Mats Ek (MP)
|Bertil Strömgren (EKP)|Karin Ås (S)|Gustav Rehn (KD)|Olle Nord (M)|Siv Holm (S)|Rasmus Falk (SD)
|Tove Grahn (V)|Nils Bergh (M)|Ida Strand (M)|Kerstin Malm (KD)|Dan Wahlberg (SD)|Birgitta Öberg (S)
|Fredrik Palm (M)""".replace("\n", "").split("|")}


def p(tag: str) -> Person:
    return P[tag]


_names = Names(2603, {x.name for x in P.values()} | {"Maria Holm", "Jonas Dahl", "Linnea Sund"},
               part=0)
KF_SEATS = {"S": 15, "M": 10, "SD": 9, "C": 5, "V": 4, "KD": 3, "L": 2, "MP": 2, "EKP": 1}
_FIXED = {"S": ["Lena Wiik", "Sara Nyberg", "Erik Sandberg", "Lars Berg", "Birgitta Öberg"],
          "M": ["Jonas Berglöf", "Per-Olof Lind", "Ulla Fors", "Fredrik Palm"],
          "SD": ["Hanna Berg", "Dan Wahlberg", "Elin Sjö"], "C": ["Göran Ekholm", "Jens Ahl"],
          "V": ["Amir Haddad", "Lisa Orre"], "KD": ["Maja Fredh", "Kerstin Malm"],
          "L": [], "MP": ["Mats Ek"], "EKP": ["Bertil Strömgren"]}


KF_MEMBERS = _names.members(KF_SEATS, _FIXED)
KF_SUBS = {"Lars Berg": p("Karin Ås (S)"), "Maja Fredh": p("Gustav Rehn (KD)")}
KF_AWAY = {"Lars Berg", "Maja Fredh", "Elin Sjö"}
FUNCTIONS = {"Göran Ekholm": "ordförande", "Sara Nyberg": "1:e vice ordförande",
             "Jonas Berglöf": "2:e vice ordförande"}
S_REBEL = next(x for x in KF_MEMBERS if x.party == "S" and x.name not in _FIXED["S"])

V17 = roll_call(KF_MEMBERS, {"S": "ja", "C": "ja", "KD": "ja", "L": "ja", "MP": "ja", "EKP": "ja",
                             "M": "nej", "SD": "nej", "V": "avstår"}, KF_SUBS, KF_AWAY)
V19A = roll_call(KF_MEMBERS, {**{k: "ja" for k in KF_SEATS}, "SD": "nej", "V": "nej"},
                 KF_SUBS, KF_AWAY)
V19B = roll_call(KF_MEMBERS, {"S": "ja", "M": "ja", "C": "ja", "KD": "ja", "L": "ja", "V": "nej",
                              "MP": "nej", "EKP": "nej", "SD": "avstår"}, KF_SUBS, KF_AWAY,
                 {S_REBEL.name: "nej"})


HALLEN = [  # the points on Ekvikshallen: KS proposes them (§ 32), KF decides them (§ 18)
    "Kultur- och fritidsnämnden beviljas ett tilläggsanslag om 12,5 mnkr för 2026 för renovering "
    "av Ekvikshallen.",
    "Tilläggsanslaget finansieras med 850 tkr ur kommunstyrelsens anslag för oförutsedda behov och "
    "i övrigt genom ökad upplåning.",
    "Investeringsbudgeten för 2026 utökas med 3 miljoner kronor för ny ventilation i Ekvikshallen.",
    "Kommunfullmäktige ger kommunstyrelsen i uppdrag att senast i oktober 2026 redovisa hur hallens "
    "driftkostnader ska minska.",
]


# ------------------------------------------------------------------ KF 2026-03-23
def kf_paras() -> list[A.Para]:
    beslut = ("h", "Kommunfullmäktiges beslut")
    return [
        A.Para(15, "Val av justerare", None, [
            beslut,
            ("p", "Kommunfullmäktige utser Per-Olof Lind (M) och Sara Nyberg (S) att jämte "
                  "ordföranden justera dagens protokoll."),
        ]),
        A.Para(16, "Allmänhetens frågestund", None, [
            ("p", "Ingen fråga har anmälts till dagens frågestund."),
        ]),
        A.Para(17, "Detaljplan för Kvarnängen 2:4 m.fl. (bostäder vid Kvarnbäcken)",
               "Dnr 00123/2021 2.6.", [
            beslut,
            ("p", "Kommunfullmäktige antar detaljplan för Kvarnängen 2:4 m.fl. enligt plankarta och "
                  "planbeskrivning upprättade 2025-11-18."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Detaljplanen ger möjlighet att bygga cirka 120 bostäder i flerbostadshus och "
                  "radhus väster om Kvarnbäcken. Planen har varit utställd för granskning under "
                  "september 2025. Inkomna synpunkter har sammanställts i ett granskningsutlåtande. "
                  "Kommunstyrelsen föreslår att kommunfullmäktige antar planen."),
            ("h", "Beslutsunderlag"),
            ("lines", ["Kommunstyrelsens protokoll 2026-03-02, § 34",
                       "Plankarta och planbeskrivning, upprättade 2025-11-18",
                       "Granskningsutlåtande 2025-11-18"]),
            ("h", "Yrkanden"),
            ("p", "Lena Wiik (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Jonas Berglöf (M) och Hanna Berg (SD) yrkar avslag till kommunstyrelsens förslag."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot avslag och finner "
                  "att kommunfullmäktige bifaller kommunstyrelsens förslag. Omröstning begärs."),
            ("h", "Omröstning"),
            ("p", "Kommunfullmäktige godkänner följande propositionsordning för omröstning: "
                  "JA = bifall till kommunstyrelsens förslag, NEJ = avslag till kommunstyrelsens "
                  "förslag."),
            ("p", "Med 28 ja-röster och 18 nej-röster beslutar kommunfullmäktige att bifalla "
                  "kommunstyrelsens förslag. 4 ledamöter avstår från att rösta och 1 ledamot är "
                  "frånvarande. Hur var och en har röstat framgår av omröstningslistan."),
            ("votes", "Omröstningslista § 17", V17),
            ("h", "Reservation"),
            ("p", "Jonas Berglöf (M), Ulla Fors (M) och Hanna Berg (SD) reserverar sig mot beslutet "
                  "till förmån för avslagsyrkandet."),
            ("h", "Särskilt yttrande"),
            ("p", "Lisa Orre (V) lämnar följande särskilda yttrande: Vänsterpartiet välkomnar fler "
                  "bostäder men anser att andelen hyresrätter i planen är för låg."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Samhällsbyggnadsförvaltningen", "Lantmäteriet"]),
        ]),
        A.Para(18, "Tilläggsanslag för renovering av Ekvikshallen", "Dnr 00087/2026 1.2.4.", [
            beslut,
            ("points", None, HALLEN),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Ekvikshallen skadades av en vattenläcka i januari 2026. Utöver reparationen av "
                  "golv och omklädningsrum behöver hallens ventilation bytas. Kultur- och "
                  "fritidsnämnden har begärt ett tilläggsanslag för arbetet, som inte ryms i "
                  "nämndens budget."),
            ("h", "Beslutsunderlag"),
            ("lines", ["Kommunstyrelsens protokoll 2026-03-02, § 32",
                       "Tjänsteskrivelse från kultur- och fritidsförvaltningen 2026-02-12"]),
            ("h", "Yrkanden"),
            ("p", "Sara Nyberg (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Per-Olof Lind (M) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Per-Olof Lind (M) lämnar även följande tilläggsyrkande: att en extern granskning "
                  "görs av hallens energiförbrukning."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer först proposition på kommunstyrelsens förslag och finner att "
                  "kommunfullmäktige bifaller det. Därefter ställer ordföranden proposition på Per-Olof "
                  "Linds (M) tilläggsyrkande och finner att kommunfullmäktige avslår det."),
            ("h", "Reservation"),
            ("p", "Moderaternas ledamöter reserverar sig mot beslutet att avslå tilläggsyrkandet."),
            ("h", "Protokollsanteckning"),
            ("p", "Hanna Berg (SD) får följande anteckning förd till protokollet: "
                  "Sverigedemokraterna anser att renoveringen borde ha upphandlats i två etapper."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Kultur- och fritidsnämnden", "Ekonomiavdelningen"]),
        ]),
        A.Para(19, "Svar på motion om avgiftsfri kollektivtrafik för pensionärer",
               "Dnr 00214/2025 3.5.", [
            beslut,
            ("p", "Motionen avslås."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Lisa Orre (V) föreslår i en motion att kommunen inför avgiftsfria resor i "
                  "kollektivtrafiken för invånare som fyllt 70 år. Kommunstyrelsen föreslår att "
                  "motionen avslås med hänvisning till kostnaden och till att frågan hanteras i den "
                  "regionala trafikförsörjningsplanen."),
            ("h", "Beslutsunderlag"),
            ("lines", ["Kommunstyrelsens protokoll 2026-03-02, § 33",
                       "Motion från Lisa Orre (V) 2025-06-09"]),
            ("h", "Yrkanden"),
            ("p", "Lena Wiik (S) och Jonas Berglöf (M) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Lisa Orre (V) och Mats Ek (MP) yrkar bifall till motionen."),
            ("p", "Hanna Berg (SD) yrkar att ärendet återremitteras till kommunstyrelsen för att "
                  "utreda kostnaden för avgiftsfria resor under lågtrafik."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och "
                  "finner att det ska avgöras i dag. Omröstning begärs."),
            ("h", "Omröstning 1"),
            ("p", "Kommunfullmäktige godkänner följande propositionsordning: JA = ärendet avgörs i "
                  "dag, NEJ = ärendet återremitteras."),
            ("p", "Omröstningsresultat: 38 ja-röster och 12 nej-röster. En ledamot är frånvarande. "
                  "Kommunfullmäktige har därmed beslutat att ärendet ska avgöras i dag."),
            ("votes", "Omröstningslista 1, § 19 (återremiss)", V19A),
            ("p", "Ordföranden ställer därefter proposition på kommunstyrelsens förslag mot bifall "
                  "till motionen och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. "
                  "Omröstning begärs."),
            ("h", "Omröstning 2"),
            ("p", "Kommunfullmäktige godkänner följande propositionsordning: JA = bifall till "
                  "kommunstyrelsens förslag, NEJ = bifall till motionen."),
            ("p", "Med 34 ja-röster mot 8 nej-röster beslutar kommunfullmäktige enligt "
                  "kommunstyrelsens förslag. 8 ledamöter avstår från att rösta."),
            ("votes", "Omröstningslista 2, § 19 (huvudfrågan)", V19B),
            ("h", "Reservation"),
            ("p", "Ledamöterna för V och MP reserverar sig mot beslutet till förmån för bifall till "
                  "motionen."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Motionären", "Kommunstyrelsen"]),
        ]),
        A.Para(20, "Ny förbundsordning för Räddningstjänstförbundet Ekvik–Lövsta",
               "Dnr 00398/20231.2.", [
            beslut,
            ("points", "Kommunfullmäktige beslutar att", [
                "anta förbundsordning för Räddningstjänstförbundet Ekvik–Lövsta att gälla från och "
                "med den 1 juli 2026,",
                "fastställa kommunens medlemsbidrag för 2026 till 14 200 tkr,",
                "uppdra åt kommunstyrelsen att teckna ett reviderat samarbetsavtal med Lövsta kommun.",
            ]),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Förbundsordningen har arbetats om efter medlemskommunernas översyn av "
                  "räddningstjänstens uppdrag. Ändringarna gäller främst kostnadsfördelningen mellan "
                  "kommunerna och förbundets ansvar för utbildning i krisberedskap."),
            ("h", "Yrkanden"),
            ("p", "Jens Ahl (C) och Sara Nyberg (S) yrkar bifall till kommunstyrelsens förslag."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och finner det "
                  "bifallet."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Räddningstjänstförbundet Ekvik–Lövsta", "Lövsta kommun"]),
        ]),
        A.Para(21, "Entledigande och fyllnadsval av ersättare i socialnämnden",
               "Dnr 00052/2026 1.1.3.", [
            beslut,
            ("points", None, [
                "Ida Strand (M) entledigas från sitt uppdrag som ersättare i socialnämnden.",
                "Till ny ersättare i socialnämnden för tiden till och med den 31 december 2026 "
                "väljs Nils Bergh (M).",
            ]),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Ida Strand (M) har begärt att bli entledigad från sitt uppdrag. Valberedningen "
                  "har lämnat förslag på ny ersättare."),
        ]),
        A.Para(22, "Svar på interpellation från Amir Haddad (V) om skolskjutsarna i Norra Ekvik",
               "Dnr 00021/2026 1.1.2.", [
            beslut,
            ("p", "Interpellationen förklaras besvarad."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Amir Haddad (V) har ställt en interpellation till barn- och utbildningsnämndens "
                  "ordförande Erik Sandberg (S) om restiderna för skolskjutsarna i Norra Ekvik. "
                  "Erik Sandberg (S) besvarar interpellationen. I debatten deltar Amir Haddad (V), "
                  "Erik Sandberg (S) och Jonas Berglöf (M)."),
        ]),
        A.Para(23, "Svar på motion om solceller på kommunens fastigheter", "Dnr 00311/2025 3.4.", [
            beslut,
            ("p", "Motionen bifalls."),
            ("p", "Kommunfullmäktige uppdrar åt kommunstyrelsen att ta fram en plan för solceller på "
                  "kommunens fastigheter och redovisa den senast i december 2026."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Mats Ek (MP) föreslår i en motion att kommunen ska installera solceller på alla "
                  "lämpliga tak på kommunens fastigheter. Kommunstyrelsen föreslår att motionen "
                  "bifalls."),
            ("h", "Yrkanden"),
            ("p", "Mats Ek (MP) yrkar bifall till motionen."),
            ("p", "Lena Wiik (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Hanna Berg (SD) yrkar avslag till motionen."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på bifall mot avslag till motionen och finner att "
                  "kommunfullmäktige bifaller motionen."),
            ("h", "Reservation"),
            ("p", "Hanna Berg (SD) reserverar sig mot beslutet."),
        ]),
        A.Para(24, "Anmälan av inkomna motioner", None, [
            beslut,
            ("p", "Motionerna överlämnas till kommunstyrelsen för beredning."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Följande motioner har kommit in sedan förra sammanträdet:"),
            ("lines", ["– Motion från Lisa Orre (V) om avgiftsfria mensskydd i kommunens skolor",
                       "– Motion från Bertil Strömgren (EKP) om en gång- och cykelbro över Ekån"]),
        ]),
    ]


def _kf_cover(s: A.Sheet) -> None:
    f = A.field_row
    f(s, "Plats och tid", "Sessionssalen, Ekviks kommunhus, kl. 18.00–21.40")
    f(s, "Beslutande", "Ledamöter och tjänstgörande ersättare enligt närvarolistan, sidan 2")
    f(s, "Övriga deltagande", "Maria Holm, kommunsekreterare\nJonas Dahl, kommundirektör\n"
                              "Linnea Sund, ekonomichef, §§ 18-19")
    f(s, "Utses att justera", "Per-Olof Lind (M) och Sara Nyberg (S)")
    f(s, "Justeringens plats och tid", "Kommunkansliet, Ekviks kommunhus, 2026-03-27 kl. 10.00")
    s.gap(6)
    A.signature(s, "Underskrifter\nSekreterare", ["Maria Holm"], "Paragrafer §§ 15–24")
    A.signature(s, "Ordförande", ["Göran Ekholm"])
    A.signature(s, "Justerande", ["Per-Olof Lind", "Sara Nyberg"])
    A.anslag(s, [("Sammanträdesdatum", "2026-03-23"),
                 ("Datum för anslags uppsättande", "2026-03-30"),
                 ("Datum för anslags nedtagande", "2026-04-21"),
                 ("Förvaringsplats för protokollet", "Kommunkansliet, Ekviks kommunhus"),
                 ("Underskrift", "Maria Holm")])


def _member_entry(x: Person) -> str:
    note = {"Per-Olof Lind": "kl. 18.00-20.05, §§ 15-19", "Amir Haddad": "kl. 18.25-, §§ 16-24"}
    parts = [x.tag()] + [v for v in (FUNCTIONS.get(x.name), note.get(x.name)) if v]
    return ", ".join(parts)


def _kf_attendance(s: A.Sheet) -> None:
    present = [x for x in KF_MEMBERS if x.name not in KF_AWAY]
    chair = sorted((x for x in present if x.name in FUNCTIONS),
                   key=lambda x: list(FUNCTIONS).index(x.name))
    left = [_member_entry(x) for x in chair + [x for x in present if x not in chair]]
    right = ["Karin Ås (S) ersätter Lars Berg (S)", "Gustav Rehn (KD) ersätter Maja Fredh (KD)",
             "Olle Nord (M) ersätter Per-Olof Lind (M) §§ 20-24"]
    s.use("B", 10.5)
    y = s.get_y()
    s.set_xy(s.l_margin, y)
    s.cell(A.LABEL_W, 14, "Beslutande")
    s.set_xy(s.l_margin + A.LABEL_W, y)
    s.cell(170, 14, "Ledamöter")
    s.set_xy(s.l_margin + A.LABEL_W + 180, y)
    s.cell(170, 14, "Ersättare")
    s.set_xy(s.l_margin, y + 16)
    for k, entry in enumerate(left):
        s.row([A.Cell(A.LABEL_W, 176, entry, size=9.5),
               A.Cell(A.LABEL_W + 180, s.epw - A.LABEL_W - 180, right[k] if k < len(right) else "",
                      size=9.5)], size=9.5, after=1)
    s.gap(10)
    A.field_row(s, "Närvarande ersättare", "Olle Nord (M) §§ 15-19\nSiv Holm (S)\n"
                                           "Rasmus Falk (SD)\nTove Grahn (V)")


def build_kf(out: Path) -> Path:
    meta = A.Meta("EKVIKS KOMMUN", KF, "2026-03-23", garbled_cover=True)
    paras = kf_paras()
    pages: dict[str, int] = {}
    for _ in range(2):  # the second pass knows each §'s page for the contents
        s = A.sheet(meta)
        s.add_page()
        _kf_cover(s)
        s.add_page()
        _kf_attendance(s)
        s.add_page()
        A.contents(s, paras, pages)
        s.add_page()
        for para in paras:
            A.render_para(s, para)
        pages = dict(s.marks)
    path = out / "ekvik-kf-2026-03-23-protokoll.pdf"
    s.output(str(path))
    garble(path)
    return path


# ------------------------------------------------------------------ KS 2026-03-02 (partial)
KS_MEMBERS = [p(t) for t in ("Lena Wiik (S)", "Erik Sandberg (S)", "Sara Nyberg (S)",
                             "Birgitta Öberg (S)", "Jonas Berglöf (M)", "Ulla Fors (M)",
                             "Fredrik Palm (M)", "Hanna Berg (SD)", "Dan Wahlberg (SD)",
                             "Jens Ahl (C)", "Lisa Orre (V)", "Kerstin Malm (KD)",
                             "Bertil Strömgren (EKP)")]
KS_FUNCTIONS = {"Lena Wiik": "ordförande", "Jonas Berglöf": "1:e vice ordförande",
                "Jens Ahl": "2:e vice ordförande"}
KS_SUBS = {"Birgitta Öberg": p("Siv Holm (S)")}
V34 = roll_call(KS_MEMBERS, {"S": "ja", "C": "ja", "KD": "ja", "EKP": "ja", "M": "nej", "SD": "nej",
                             "V": "avstår"}, KS_SUBS, {"Birgitta Öberg"})
KS_PRINTED_PAGES = 22
KS_MISSING = [(36, "Riktlinjer för kommunens arbete med civilt försvar"),
              (37, "Investering i ny förskola i Ekviks centrum"),
              (38, "Försäljning av fastigheten Ekvik Skolan 1:3"),
              (39, "Yttrande över regional trafikförsörjningsplan 2027–2030"),
              (40, "Redovisning av delegationsbeslut"),
              (41, "Meddelanden")]

AU_BIFALL = "yrkar bifall till arbetsutskottets förslag."


def ks_paras() -> list[A.Para]:
    forslag = ("h", "Kommunstyrelsens förslag till kommunfullmäktige")
    beslut = ("h", "Kommunstyrelsens beslut")
    return [
        A.Para(30, "Val av justerare", None, [
            beslut,
            ("p", "Kommunstyrelsen utser Jonas Berglöf (M) att jämte ordföranden justera dagens "
                  "protokoll."),
        ]),
        A.Para(31, "Ekonomisk månadsrapport januari 2026", "Dnr 00019/2026 1.2.3.", [
            beslut,
            ("p", "Månadsrapporten läggs till handlingarna."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Ekonomiavdelningen redovisar utfallet för januari och en första prognos för "
                  "helåret. Prognosen visar ett resultat i nivå med budget."),
        ]),
        A.Para(32, "Tilläggsanslag för renovering av Ekvikshallen", "Dnr 00087/2026 1.2.4.", [
            forslag,
            ("points", None, HALLEN),
            beslut,
            ("p", "Kommunstyrelsen ger för egen del kultur- och fritidsförvaltningen i uppdrag att ta "
                  "fram en tidplan för renoveringen till kommunstyrelsens sammanträde i april 2026."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Ekvikshallen skadades av en vattenläcka i januari 2026. Kultur- och "
                  "fritidsnämnden har begärt ett tilläggsanslag för renoveringen och för ny "
                  "ventilation."),
            ("h", "Beslutsunderlag"),
            ("lines", ["Kommunstyrelsens arbetsutskotts protokoll 2026-02-16, § 21",
                       "Tjänsteskrivelse från kultur- och fritidsförvaltningen 2026-02-12"]),
            ("h", "Yrkanden"),
            ("p", "Lena Wiik (S) " + AU_BIFALL),
            ("p", "Jonas Berglöf (M) " + AU_BIFALL),
            ("p", "Jonas Berglöf (M) lämnar ett tilläggsyrkande om att en extern granskning görs av "
                  "hallens energiförbrukning."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på arbetsutskottets förslag och finner det bifallet. "
                  "Ordföranden ställer därefter proposition på Jonas Berglöfs (M) tilläggsyrkande och "
                  "finner det avslaget."),
            ("h", "Reservation"),
            ("p", "Jonas Berglöf (M), Ulla Fors (M) och Fredrik Palm (M) reserverar sig mot beslutet "
                  "att avslå tilläggsyrkandet."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Kommunfullmäktige", "Kultur- och fritidsförvaltningen"]),
        ]),
        A.Para(33, "Svar på motion om avgiftsfri kollektivtrafik för pensionärer",
               "Dnr 00214/2025 3.5.", [
            forslag,
            ("p", "Motionen avslås."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Lisa Orre (V) föreslår i en motion att invånare som fyllt 70 år ska resa "
                  "avgiftsfritt i kollektivtrafiken. Frågan hanteras i den regionala "
                  "trafikförsörjningsplanen."),
            ("h", "Yrkanden"),
            ("p", "Lena Wiik (S) " + AU_BIFALL),
            ("p", "Lisa Orre (V) yrkar bifall till motionen."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på arbetsutskottets förslag mot bifall till "
                  "motionen och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag."),
            ("h", "Reservation"),
            ("p", "Lisa Orre (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        ]),
        A.Para(34, "Detaljplan för Kvarnängen 2:4 m.fl. (bostäder vid Kvarnbäcken)",
               "Dnr 00123/2021 2.6.", [
            forslag,
            ("p", "Kommunfullmäktige antar detaljplan för Kvarnängen 2:4 m.fl. enligt plankarta och "
                  "planbeskrivning upprättade 2025-11-18."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Detaljplanen ger möjlighet att bygga cirka 120 bostäder väster om Kvarnbäcken. "
                  "Granskningen är avslutad och planen kan antas."),
            ("h", "Yrkanden"),
            ("p", "Lena Wiik (S) yrkar bifall till samhällsbyggnadsförvaltningens förslag."),
            ("p", "Jonas Berglöf (M) yrkar avslag."),
            ("p", "Hanna Berg (SD) yrkar avslag."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på förvaltningens förslag mot avslag och finner "
                  "att kommunstyrelsen bifaller förvaltningens förslag. Omröstning begärs."),
            ("h", "Omröstning"),
            ("p", "Kommunstyrelsen godkänner följande propositionsordning: JA = bifall till "
                  "förvaltningens förslag, NEJ = avslag."),
            ("p", "Omröstningsresultat: 7 ja-röster, 5 nej-röster och 1 som avstår. Kommunstyrelsen "
                  "har därmed beslutat enligt förvaltningens förslag."),
            ("votes", "Omröstningslista § 34", V34),
            ("h", "Reservation"),
            ("p", "Jonas Berglöf (M), Ulla Fors (M), Fredrik Palm (M), Hanna Berg (SD) och Dan "
                  "Wahlberg (SD) reserverar sig mot beslutet."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Kommunfullmäktige"]),
        ]),
        A.Para(35, "Revidering av kommunstyrelsens delegationsordning", "Dnr 00033/20261.1.4.", [
            beslut,
            ("p", "Kommunstyrelsen antar reviderad delegationsordning att gälla från och med den "
                  "1 april 2026."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Delegationsordningen har setts över med anledning av den nya "
                  "förvaltningsorganisationen. Ändringarna framgår av bilagan till tjänsteskrivelsen."),
        ]),
    ]


def _ks_cover(s: A.Sheet) -> None:
    f = A.field_row
    f(s, "Plats och tid", "Kommunstyrelsens sammanträdesrum, Ekviks kommunhus, kl. 08.30–12.15")
    chair = [x for name in KS_FUNCTIONS for x in KS_MEMBERS if x.name == name]
    present = chair + [x for x in KS_MEMBERS if x not in chair and x.name not in KS_SUBS]
    left = [", ".join([x.tag()] + ([KS_FUNCTIONS[x.name]] if x.name in KS_FUNCTIONS else []))
            for x in present]
    s.use("B", 9.5)
    y = s.get_y()
    s.set_xy(s.l_margin, y + 14)
    s.cell(A.LABEL_W, 12, "Beslutande")
    s.use("B", 10)
    s.set_xy(s.l_margin + A.LABEL_W, y)
    s.cell(170, 13, "Ledamöter")
    s.set_xy(s.l_margin + A.LABEL_W + 180, y)
    s.cell(170, 13, "Ersättare")
    s.set_xy(s.l_margin, y + 14)
    right = ["Siv Holm (S) ersätter Birgitta Öberg (S)"]
    for k, entry in enumerate(left):
        s.row([A.Cell(A.LABEL_W, 176, entry, size=9.5),
               A.Cell(A.LABEL_W + 180, s.epw - A.LABEL_W - 180, right[k] if k < len(right) else "",
                      size=9.5)], size=9.5, after=0.5)
    s.gap(6)
    f(s, "Närvarande ersättare", "Rasmus Falk (SD)")
    f(s, "Övriga deltagande", "Jonas Dahl, kommundirektör\nMaria Holm, kommunsekreterare\n"
                              "Linnea Sund, ekonomichef, § 32")
    f(s, "Utses att justera", "Jonas Berglöf (M)")
    f(s, "Justeringens plats och tid", "Kommunkansliet, 2026-03-05 kl. 15.00")
    A.signature(s, "Underskrifter\nSekreterare", ["Maria Holm"], "Paragrafer §§ 30–41")
    A.signature(s, "Ordförande", ["Lena Wiik"])
    A.signature(s, "Justerande", ["Jonas Berglöf"])


def build_ks(out: Path) -> Path:
    meta = A.Meta("EKVIKS KOMMUN", KS, "2026-03-02", total_pages=str(KS_PRINTED_PAGES))
    paras = ks_paras()
    pages: dict[str, int] = {}
    for _ in range(2):
        s = A.sheet(meta)
        s.add_page()
        _ks_cover(s)
        s.add_page()
        last = pages.get("end", 9)
        missing = [(n, t, last + 1 + k * 2) for k, (n, t) in enumerate(KS_MISSING)]
        A.contents(s, paras, pages, extra=missing)
        s.add_page()
        for para in paras:
            A.render_para(s, para)
        s.mark("end")
        pages = dict(s.marks)
    path = out / "ekvik-ks-2026-03-02-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def kf_attendance_facts() -> list[dict]:
    notes = {"Per-Olof Lind": F.span(15, 19), "Amir Haddad": F.span(16, 24)}
    out = [F.attendee(x, "ledamot", FUNCTIONS.get(x.name), paragraphs=notes.get(x.name))
           for x in KF_MEMBERS if x.name not in KF_AWAY]
    out += [F.attendee(p("Karin Ås (S)"), "tjänstgörande ersättare", replaces="Lars Berg"),
            F.attendee(p("Gustav Rehn (KD)"), "tjänstgörande ersättare", replaces="Maja Fredh"),
            F.attendee(p("Olle Nord (M)"), "tjänstgörande ersättare", replaces="Per-Olof Lind",
                       paragraphs=F.span(20, 24)),
            F.attendee(p("Olle Nord (M)"), "ersättare", paragraphs=F.span(15, 19)),
            F.attendee(p("Siv Holm (S)"), "ersättare"),
            F.attendee(p("Rasmus Falk (SD)"), "ersättare"),
            F.attendee(p("Tove Grahn (V)"), "ersättare"),
            F.attendee(Person("Maria Holm"), "tjänsteperson", "kommunsekreterare"),
            F.attendee(Person("Jonas Dahl"), "tjänsteperson", "kommundirektör"),
            F.attendee(Person("Linnea Sund"), "tjänsteperson", "ekonomichef", paragraphs=[18, 19])]
    return out


def kf_facts() -> dict:
    d = "2026-03-23"

    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, d, n, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    return {
        "file": "ekvik-kf-2026-03-23-protokoll.pdf",
        "meeting": {"municipality": MUNI, "body": KF, "date": d,
                    "place": "Sessionssalen, Ekviks kommunhus"},
        "attendance": kf_attendance_facts(),
        "problems": [],
        "items": [
            {"number": "§ 15", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(15, clauses=one("Kommunfullmäktige utser Per-Olof Lind (M) och Sara Nyberg (S) "
                                   "att jämte ordföranden justera dagens protokoll."))]},
            {"number": "§ 16", "title": "Allmänhetens frågestund", "dnr": [], "decisions": []},
            {"number": "§ 17", "title": "Detaljplan för Kvarnängen 2:4 m.fl. (bostäder vid "
                                        "Kvarnbäcken)", "dnr": ["00123/2021"], "decisions": [
                kf(17, clauses=one("Kommunfullmäktige antar detaljplan för Kvarnängen 2:4 m.fl. "
                                   "enligt plankarta och planbeskrivning upprättade 2025-11-18."),
                   motions=[F.motion("bifall", "Lena Wiik (S)"),
                            F.motion("avslag", "Jonas Berglöf (M)", "Hanna Berg (SD)")],
                   votes=[F.vote(28, 18, 4, V17, verified=True)],
                   reservations=[F.reservation("Jonas Berglöf (M)", "Ulla Fors (M)",
                                               "Hanna Berg (SD)")],
                   statements=[F.statement("särskilt yttrande", "Lisa Orre (V)")])]},
            {"number": "§ 18", "title": "Tilläggsanslag för renovering av Ekvikshallen",
             "dnr": ["00087/2026"], "decisions": [
                kf(18, clauses=F.clauses(*HALLEN),
                   motions=[F.motion("bifall", "Sara Nyberg (S)"),
                            F.motion("bifall", "Per-Olof Lind (M)"),
                            F.motion("tillägg", "Per-Olof Lind (M)")],
                   reservations=[F.reservation(parties=["M"])],
                   statements=[F.statement("protokollsanteckning", "Hanna Berg (SD)")],
                   amounts=[F.amount(12_500_000, year=2026, clause=1), F.amount(850_000, clause=2),
                            F.amount(3_000_000, year=2026, clause=3)],
                   assignments=[F.assignment("kommunstyrelsen", "driftkostnader")])]},
            {"number": "§ 19", "title": "Svar på motion om avgiftsfri kollektivtrafik för pensionärer",
             "dnr": ["00214/2025"], "decisions": [
                kf(19, clauses=one("Motionen avslås."),
                   motions=[F.motion("bifall", "Lena Wiik (S)", "Jonas Berglöf (M)"),
                            F.motion("bifall", "Lisa Orre (V)", "Mats Ek (MP)"),
                            F.motion("återremiss", "Hanna Berg (SD)")],
                   votes=[F.vote(38, 12, 0, V19A, verified=True),
                          F.vote(34, 8, 8, V19B, verified=True)],
                   reservations=[F.reservation(parties=["V", "MP"])], refers_back=False)]},
            {"number": "§ 20", "title": "Ny förbundsordning för Räddningstjänstförbundet Ekvik–Lövsta",
             "dnr": ["00398/2023"], "decisions": [
                kf(20, clauses=F.clauses(
                    "anta förbundsordning för Räddningstjänstförbundet Ekvik–Lövsta att gälla från "
                    "och med den 1 juli 2026,",
                    "fastställa kommunens medlemsbidrag för 2026 till 14 200 tkr,",
                    "uppdra åt kommunstyrelsen att teckna ett reviderat samarbetsavtal med Lövsta "
                    "kommun."),
                   motions=[F.motion("bifall", "Jens Ahl (C)", "Sara Nyberg (S)")],
                   amounts=[F.amount(14_200_000, year=2026, clause=2)],
                   assignments=[F.assignment("kommunstyrelsen", "samarbetsavtal")])]},
            {"number": "§ 21", "title": "Entledigande och fyllnadsval av ersättare i socialnämnden",
             "dnr": ["00052/2026"], "decisions": [
                kf(21, clauses=F.clauses(
                    "Ida Strand (M) entledigas från sitt uppdrag som ersättare i socialnämnden.",
                    "Till ny ersättare i socialnämnden för tiden till och med den 31 december 2026 "
                    "väljs Nils Bergh (M)."))]},
            {"number": "§ 22", "title": "Svar på interpellation från Amir Haddad (V) om skolskjutsarna "
                                        "i Norra Ekvik", "dnr": ["00021/2026"], "decisions": [
                kf(22, clauses=one("Interpellationen förklaras besvarad."))]},
            {"number": "§ 23", "title": "Svar på motion om solceller på kommunens fastigheter",
             "dnr": ["00311/2025"], "decisions": [
                kf(23, clauses=F.clauses(
                    "Motionen bifalls.",
                    "Kommunfullmäktige uppdrar åt kommunstyrelsen att ta fram en plan för solceller "
                    "på kommunens fastigheter och redovisa den senast i december 2026.",
                    numbered=False),
                   motions=[F.motion("bifall", "Mats Ek (MP)"), F.motion("bifall", "Lena Wiik (S)"),
                            F.motion("avslag", "Hanna Berg (SD)")],
                   reservations=[F.reservation("Hanna Berg (SD)")],
                   assignments=[F.assignment("kommunstyrelsen", "solceller")])]},
            {"number": "§ 24", "title": "Anmälan av inkomna motioner", "dnr": [], "decisions": [
                kf(24, clauses=one("Motionerna överlämnas till kommunstyrelsen för beredning."))]},
        ],
    }


def ks_facts() -> dict:
    d = "2026-03-02"

    def ks(n: int, to: str | None = None, **kw) -> dict:
        return F.decision("beslut", KS, d, n, proposed_to=to, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    chair = {"ordförande": "Lena Wiik", "1:e vice ordförande": "Jonas Berglöf",
             "2:e vice ordförande": "Jens Ahl"}
    functions = {v: k for k, v in chair.items()}
    attendance = [F.attendee(x, "ledamot", functions.get(x.name)) for x in KS_MEMBERS
                  if x.name not in KS_SUBS]
    attendance += [F.attendee(p("Siv Holm (S)"), "tjänstgörande ersättare", replaces="Birgitta Öberg"),
                   F.attendee(p("Rasmus Falk (SD)"), "ersättare"),
                   F.attendee(Person("Jonas Dahl"), "tjänsteperson", "kommundirektör"),
                   F.attendee(Person("Maria Holm"), "tjänsteperson", "kommunsekreterare"),
                   F.attendee(Person("Linnea Sund"), "tjänsteperson", "ekonomichef", paragraphs=[32])]
    return {
        "file": "ekvik-ks-2026-03-02-protokoll.pdf",
        "_note": "A partial download: the contents list §§ 30–41, the file (5 of 22 pages) holds "
                 "§§ 30–35.",
        "meeting": {"municipality": MUNI, "body": KS, "date": d,
                    "place": "Kommunstyrelsens sammanträdesrum, Ekviks kommunhus"},
        "attendance": attendance,
        "problems": ["36", "41"],
        "items": [
            {"number": "§ 30", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(30, clauses=one("Kommunstyrelsen utser Jonas Berglöf (M) att jämte ordföranden "
                                   "justera dagens protokoll."))]},
            {"number": "§ 31", "title": "Ekonomisk månadsrapport januari 2026", "dnr": ["00019/2026"],
             "decisions": [ks(31, clauses=one("Månadsrapporten läggs till handlingarna."))]},
            {"number": "§ 32", "title": "Tilläggsanslag för renovering av Ekvikshallen",
             "dnr": ["00087/2026"], "decisions": [
                F.unstated(ks(32, KF, clauses=F.clauses(*HALLEN),
                    motions=[F.motion("bifall", "Lena Wiik (S)"),
                             F.motion("bifall", "Jonas Berglöf (M)"),
                             F.motion("tillägg", "Jonas Berglöf (M)")],
                    reservations=[F.reservation("Jonas Berglöf (M)", "Ulla Fors (M)",
                                                "Fredrik Palm (M)")],
                    amounts=[F.amount(12_500_000, year=2026, clause=1),
                             F.amount(850_000, clause=2),
                             F.amount(3_000_000, year=2026, clause=3)]),
                    "assignments", why="the uppdrag in point 4 is given only if kommunfullmäktige "
                                       "adopts the proposal"),
                ks(32, clauses=one("Kommunstyrelsen ger för egen del kultur- och fritidsförvaltningen "
                                   "i uppdrag att ta fram en tidplan för renoveringen till "
                                   "kommunstyrelsens sammanträde i april 2026."),
                   assignments=[F.assignment("kultur- och fritidsförvaltningen", "tidplan")])]},
            {"number": "§ 33", "title": "Svar på motion om avgiftsfri kollektivtrafik för pensionärer",
             "dnr": ["00214/2025"], "decisions": [
                ks(33, KF, clauses=one("Motionen avslås."),
                   motions=[F.motion("bifall", "Lena Wiik (S)"), F.motion("bifall", "Lisa Orre (V)")],
                   reservations=[F.reservation("Lisa Orre (V)")])]},
            {"number": "§ 34", "title": "Detaljplan för Kvarnängen 2:4 m.fl. (bostäder vid "
                                        "Kvarnbäcken)", "dnr": ["00123/2021"], "decisions": [
                ks(34, KF, clauses=one("Kommunfullmäktige antar detaljplan för Kvarnängen 2:4 m.fl. "
                                       "enligt plankarta och planbeskrivning upprättade 2025-11-18."),
                   motions=[F.motion("bifall", "Lena Wiik (S)"), F.motion("avslag", "Jonas Berglöf (M)"),
                            F.motion("avslag", "Hanna Berg (SD)")],
                   votes=[F.vote(7, 5, 1, V34, verified=True)],
                   reservations=[F.reservation("Jonas Berglöf (M)", "Ulla Fors (M)", "Fredrik Palm (M)",
                                               "Hanna Berg (SD)", "Dan Wahlberg (SD)")])]},
            {"number": "§ 35", "title": "Revidering av kommunstyrelsens delegationsordning",
             "dnr": ["00033/2026"], "decisions": [
                ks(35, clauses=one("Kommunstyrelsen antar reviderad delegationsordning att gälla från "
                                   "och med den 1 april 2026."))]},
        ],
    }
