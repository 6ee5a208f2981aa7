"""Norrvalla kommun (invented), template B: kommunfullmäktige 2026-04-27 (check-box cover,
front ärendelista, decision printed last, votes as name lists and one line per member),
byggnadsnämnden 2026-04-15, and a tjänsteskrivelse to byggnadsnämnden on its own."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from . import tmpl_b as B
from .people import Names, Person, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Norrvalla kommun"
KF, BN = "Kommunfullmäktige", "Byggnadsnämnden"

_FIXED = {"S": ["Anders Lövgren", "Petra Alm", "Erik Sand", "Eva Moberg"],
          "M": ["Maria Öhman", "Johan Stenberg", "Hans Vik"],
          "SD": ["Mikael Rosén", "Stig Ahl"], "C": ["Lisa Holm"], "V": ["Oskar Lind"],
          "KD": ["Ruth Ekman"], "L": ["Gunnar Blom"], "MP": ["Frida Sjöholm"], "NVL": ["Åke Norrman"]}
SEATS = {"S": 13, "M": 8, "SD": 8, "C": 4, "V": 3, "KD": 2, "L": 1, "MP": 1, "NVL": 1}
OTHERS = {"Kim Rask (S)", "Tove Lind (M)", "Helén Ek (S)", "Ola Berglund (SD)", "Sven Kjellin (KD)",
          "Maja Lindeberg (L)", "Ingrid Sundin (S)", "Lena Ståhl (M)", "Karl Olofsson (M)",
          "Peter Hagman (SD)", "Mikael Ek (C)", "Anna Wiberg (V)", "Björn Falk (S)",
          "Nadja Persson (S)", "Leo Granlund (S)", "Siri Åkerman (SD)"}
OFFICIALS = ["Karin Blom", "Tomas Wester", "Sofie Lagerkvist", "Johan Eld", "Karin Söder",
             "Ellinor Fagerlund"]
_names = Names(2704, {n for v in _FIXED.values() for n in v} | {t.split(" (")[0] for t in OTHERS}
               | set(OFFICIALS), part=1)


def p(tag: str) -> Person:
    name, party = tag.rstrip(")").split(" (")
    return Person(name, party)


KF_MEMBERS = _names.members(SEATS, _FIXED)
KF_FUNCTIONS = {"Anders Lövgren": "ordförande", "Maria Öhman": "1:e vice ordförande",
                "Lisa Holm": "2:e vice ordförande"}
AWAY = {"Eva Moberg", "Stig Ahl"}
SUBS_ALL = {"Eva Moberg": p("Kim Rask (S)")}
SUBS_LATE = {**SUBS_ALL, "Hans Vik": p("Tove Lind (M)")}  # from § 45 on

V45 = roll_call(KF_MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "KD": "ja", "L": "ja", "V": "nej",
                             "MP": "nej", "NVL": "nej", "C": "avstår"}, SUBS_LATE, AWAY | {"Hans Vik"})
V46 = roll_call(KF_MEMBERS, {**{k: "ja" for k in SEATS}, "SD": "nej", "NVL": "nej"}, SUBS_LATE,
                AWAY | {"Hans Vik"})


def kf_paras() -> list[B.Para]:
    beslut = ("h", "Kommunfullmäktiges beslut")
    ks_bifall = "Bifall till kommunstyrelsens förslag."
    return [
        B.Para(41, "Val av justerare och tid för justering", None, [
            beslut,
            ("p", "Lisa Holm (C) och Erik Sand (S) utses att justera dagens protokoll."),
            ("p", "Justeringen sker tisdagen den 5 maj 2026 kl. 14.00 i kommunhuset."),
        ]),
        B.Para(42, "Godkännande av dagordning", None, [
            beslut,
            ("p", "Dagordningen godkänns med tillägg av ärende § 52 Fyllnadsval av ledamot i "
                  "valnämnden."),
        ]),
        B.Para(43, "Årsredovisning 2025 för Norrvalla kommun", "Ks 162/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Kommunstyrelsen har upprättat årsredovisningen för 2025. Den har granskats av "
                  "kommunens revisorer, som i revisionsberättelsen inte riktar någon anmärkning mot "
                  "räkenskaperna. Kommunstyrelsen föreslår att fullmäktige godkänner "
                  "årsredovisningen och beslutar om reservering av medel."),
            ("h", "Beslutsunderlag"),
            ("lines", ["Kommunstyrelsens protokoll 2026-04-07, § 61", "Årsredovisning 2025",
                       "Revisionsberättelse 2025"]),
            ("h", "Yrkanden"),
            ("p", "Petra Alm (S): " + ks_bifall),
            ("p", "Maria Öhman (M): " + ks_bifall),
            ("p", "Maria Öhman (M): Tilläggsyrkande om att kommunstyrelsen ges i uppdrag att "
                  "redovisa en åtgärdsplan för nämndernas underskott senast i augusti 2026."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och finner att "
                  "kommunfullmäktige bifaller det. Ordföranden ställer sedan proposition på Maria "
                  "Öhmans tilläggsyrkande och finner att kommunfullmäktige avslår det."),
            ("h", "Protokollsanteckning"),
            ("p", "Sverigedemokraternas fullmäktigegrupp lämnar en protokollsanteckning, bilaga 1."),
            beslut,
            ("points", "Kommunfullmäktige beslutar att", [
                "godkänna årsredovisning 2025 för Norrvalla kommun,",
                "avsätta 6,4 miljoner kronor till resultatutjämningsreserven,",
                "föra över 1,2 miljoner kronor av socialnämndens överskott till 2026 års budget.",
            ]),
        ]),
        B.Para(44, "Ansvarsfrihet för kommunstyrelsen 2025", "Ks 171/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Revisorerna tillstyrker i revisionsberättelsen att kommunstyrelsen och dess "
                  "enskilda ledamöter beviljas ansvarsfrihet för verksamhetsåret 2025."),
            ("h", "Jäv"),
            ("p", "Petra Alm (S) och Johan Stenberg (M) deltar inte i handläggningen på grund av "
                  "jäv."),
            beslut,
            ("p", "Kommunfullmäktige beviljar kommunstyrelsen och dess enskilda ledamöter "
                  "ansvarsfrihet för verksamhetsåret 2025."),
        ]),
        B.Para(45, "Svar på motion om fler lärare i lågstadiet", "Ks 288/2025", [
            ("h", "Ärendebeskrivning"),
            ("p", "Oskar Lind (V) föreslår i en motion att kommunen anställer fler lärare i "
                  "årskurs 1–3. Barn- och utbildningsnämnden har yttrat sig och anser att "
                  "lärartätheten redan ligger över riksgenomsnittet. Kommunstyrelsen föreslår att "
                  "motionen avslås."),
            ("h", "Yrkanden"),
            ("p", "Petra Alm (S): Bifall till kommunstyrelsens förslag, det vill säga att motionen "
                  "avslås."),
            ("p", "Oskar Lind (V): Bifall till motionen."),
            ("p", "Frida Sjöholm (MP): Bifall till motionen."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till "
                  "motionen och finner att kommunfullmäktige beslutar enligt kommunstyrelsens "
                  "förslag. Votering begärs och ska genomföras."),
            ("h", "Omröstning"),
            ("p", "Den som vill bifalla kommunstyrelsens förslag röstar JA. Den som vill bifalla "
                  "motionen röstar NEJ."),
            ("vote_lists", V45),
            ("p", "Omröstningsresultat: 31 ledamöter röstar JA, 5 ledamöter röstar NEJ och 4 "
                  "ledamöter AVSTÅR. Kommunfullmäktige har beslutat enligt kommunstyrelsens "
                  "förslag."),
            ("h", "Reservation"),
            ("p", "Oskar Lind (V), Frida Sjöholm (MP) och Åke Norrman (NVL) reserverar sig till "
                  "förmån för bifall till motionen."),
            beslut,
            ("p", "Motionen avslås."),
        ]),
        B.Para(46, "Taxa för den allmänna vatten- och avloppsanläggningen", "Ks 95/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Tekniska nämnden föreslår en ny VA-taxa med höjd brukningsavgift för att täcka "
                  "kostnaderna för det nya reningsverket."),
            ("h", "Yrkanden"),
            ("p", "Petra Alm (S): " + ks_bifall),
            ("p", "Mikael Rosén (SD): Avslag till förslaget om höjd brukningsavgift, punkt 2."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer först proposition på punkt 1 och finner den bifallen. "
                  "Därefter ställer ordföranden proposition på kommunstyrelsens förslag mot Mikael "
                  "Roséns avslagsyrkande i punkt 2 och finner att kommunfullmäktige bifaller "
                  "kommunstyrelsens förslag. Votering begärs."),
            ("h", "Omröstning"),
            ("p", "JA för kommunstyrelsens förslag i punkt 2, NEJ för Mikael Roséns yrkande."),
            ("h", "Omröstningsresultat"),
            ("vote_lines", V46),
            ("p", "Ja 32, Nej 8, Avstår 0"),
            ("h", "Reservation"),
            ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet i punkt 2."),
            beslut,
            ("points", "Kommunfullmäktige beslutar att", [
                "anta taxa för den allmänna vatten- och avloppsanläggningen att gälla från och med "
                "den 1 juli 2026,",
                "höja brukningsavgiften med 8 procent, vilket för en normalvilla motsvarar cirka "
                "620 kronor per år.",
            ]),
        ]),
        B.Para(47, "Avsägelse och fyllnadsval av ledamot i tekniska nämnden", "Ks 201/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Ruth Ekman (KD) har avsagt sig uppdraget som ledamot i tekniska nämnden. "
                  "Valberedningen föreslår Sven Kjellin (KD) som ny ledamot."),
            beslut,
            ("points", None, [
                "Kommunfullmäktige godkänner Ruth Ekmans (KD) avsägelse från uppdraget som ledamot i "
                "tekniska nämnden.",
                "Till ny ledamot i tekniska nämnden efter Ruth Ekman (KD) väljs Sven Kjellin (KD) "
                "för tiden till och med den 31 december 2026.",
            ]),
        ]),
        B.Para(48, "Riktlinjer för digital tillgänglighet", "Ks 133/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Riktlinjerna ska säkerställa att kommunens webbplatser och e-tjänster uppfyller "
                  "lagen om tillgänglighet till digital offentlig service."),
            ("h", "Yrkanden"),
            ("p", "Lisa Holm (C): " + ks_bifall),
            beslut,
            ("points", None, [
                "Kommunfullmäktige antar riktlinjer för digital tillgänglighet.",
                "Kommunstyrelsen ges i uppdrag att följa upp riktlinjerna årligen.",
                "Samtliga nämnder uppmanas att senast den 31 december 2026 ta fram handlingsplaner "
                "för sina e-tjänster.",
            ]),
        ]),
        B.Para(49, "Investering i ny brandstation i Norrvalla", "Ks 77/2025", [
            ("h", "Ärendebeskrivning"),
            ("p", "Den nuvarande brandstationen uppfyller inte kraven på arbetsmiljö och "
                  "utryckningstider. Tekniska nämnden har tagit fram ett förslag till ny station vid "
                  "Industrivägen."),
            ("h", "Yrkanden"),
            ("p", "Petra Alm (S): " + ks_bifall),
            ("p", "Åke Norrman (NVL): Återremiss för att utreda en placering i Östby."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden frågar om ärendet ska avgöras i dag och finner att så ska ske. "
                  "Ordföranden ställer därefter proposition på kommunstyrelsens förslag och finner "
                  "det bifallet."),
            ("h", "Protokollsanteckning"),
            ("p", "Åke Norrman (NVL) lämnar följande protokollsanteckning: Norrvallalistan anser att "
                  "stationen borde ligga närmare Östby."),
            beslut,
            ("points", None, [
                "Kommunfullmäktige godkänner en investeringsram om högst 48 miljoner kronor för en "
                "ny brandstation.",
                "Investeringen finansieras genom upplåning.",
                "Tekniska nämnden ges i uppdrag att genomföra upphandlingen.",
            ]),
        ]),
        B.Para(50, "Interpellation från Mikael Rosén (SD) om trygghetskameror", "Ks 240/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Mikael Rosén (SD) har ställt en interpellation till kommunstyrelsens ordförande "
                  "om kamerabevakning vid resecentrum. Petra Alm (S) besvarar interpellationen. "
                  "Debatt följer."),
        ]),
        B.Para(51, "Anmälan av motion om laddstolpar vid kommunens förskolor", "Ks 251/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Frida Sjöholm (MP) har lämnat in en motion om laddstolpar vid kommunens "
                  "förskolor."),
            beslut,
            ("p", "Motionen remitteras till kommunstyrelsen för beredning."),
        ]),
        B.Para(52, "Fyllnadsval av ledamot i valnämnden", "Ks 203/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Gunnar Blom (L) har avsagt sig uppdraget som ledamot i valnämnden."),
            beslut,
            ("p", "Till ny ledamot i valnämnden efter Gunnar Blom (L) väljs Maja Lindeberg (L) för "
                  "tiden till och med den 31 december 2026."),
        ]),
    ]


def _member_text(x: Person) -> str:
    extra = {"Hans Vik": "§§ 41-44, kl. 18.00-19.50", **KF_FUNCTIONS}
    return ", ".join([x.tag()] + ([extra[x.name]] if x.name in extra else []))


def _kf_cover(s: Sheet, paras: list[B.Para]) -> None:
    s.use("B", 18)
    s.cell(0, 24, KF, new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    B.field_row(s, "Tid och plats", "Måndagen den 27 april 2026 kl. 18.00–21.35, Folkets hus, "
                                    "Storgatan 12, Norrvalla")
    chair = [x for name in KF_FUNCTIONS for x in KF_MEMBERS if x.name == name]
    order = chair + [x for x in KF_MEMBERS if x not in chair]
    B.check_columns(s, "Ledamöter", [(x.name not in AWAY, _member_text(x)) for x in order])
    B.field_row(s, "Tjänstgörande ersättare", "Kim Rask (S) ersätter Eva Moberg (S)\n"
                                              "Tove Lind (M) ersätter Hans Vik (M) §§ 45-52")
    B.field_row(s, "Närvarande ersättare", "Tove Lind (M) §§ 41-44\nHelén Ek (S)\nOla Berglund (SD)")
    B.field_row(s, "Övriga närvarande", "Karin Blom, kommunsekreterare\nTomas Wester, "
                                        "kommundirektör\nSofie Lagerkvist, ekonomichef, § 43")
    B.field_row(s, "Justerare", "Lisa Holm (C) och Erik Sand (S)")
    B.field_row(s, "Justeringens tid och plats", "2026-05-05 kl. 14.00, kommunhuset")
    B.field_row(s, "Paragrafer", "§§ 41–52")
    B.signatures(s, [("Sekreterare", ["Karin Blom"]), ("Ordförande", ["Anders Lövgren"]),
                     ("Justerare", ["Lisa Holm", "Erik Sand"])])


def build_kf(out: Path) -> Path:
    meta = B.Meta(KF, "2026-04-27")
    paras = kf_paras()
    s = B.sheet(meta)
    s.add_page()
    _kf_cover(s, paras)
    s.add_page()
    B.arendelista(s, paras)
    s.add_page()
    for para in paras:
        B.render_para(s, para)
    path = out / "norrvalla-kf-2026-04-27-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ byggnadsnämnden 2026-04-15
BN_MEMBERS = [p(t) for t in ("Ingrid Sundin (S)", "Nadja Persson (S)", "Leo Granlund (S)",
                             "Lena Ståhl (M)", "Karl Olofsson (M)", "Peter Hagman (SD)",
                             "Siri Åkerman (SD)", "Mikael Ek (C)", "Anna Wiberg (V)")]
BN_FUNCTIONS = {"Ingrid Sundin": "ordförande", "Lena Ståhl": "vice ordförande"}
BN_SUBS = {"Leo Granlund": p("Björn Falk (S)")}
V32 = roll_call(BN_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "M": "nej", "SD": "nej"}, BN_SUBS,
                {"Leo Granlund"})

TS_POINTS = [
    "Byggnadsnämnden förelägger Kvarnbygg i Norrvalla AB (org.nr 556123-4567), i egenskap av ägare "
    "till fastigheten Norrvalla Kvarnen 3:7, att senast 2026-06-30 åtgärda de brister i byggnadens "
    "bärande konstruktion som anges i bilaga 1.",
    "Föreläggandet förenas med ett löpande vite om 40 000 kronor för varje påbörjad period om tre "
    "månader som bristerna inte är åtgärdade.",
    "Beslutet gäller omedelbart även om det överklagas, med stöd av 11 kap. 39 § plan- och "
    "bygglagen.",
]


def bn_paras() -> list[B.Para]:
    beslut = ("h", "Byggnadsnämndens beslut")
    return [
        B.Para(31, "Val av justerare", None, [
            beslut,
            ("p", "Lena Ståhl (M) utses att justera dagens protokoll."),
        ]),
        B.Para(32, "Föreläggande med vite att åtgärda brister i byggnad på fastigheten Norrvalla "
                   "Kvarnen 3:7", "Bn 45/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Vid en besiktning i februari 2026 konstaterades allvarliga brister i den bärande "
                  "konstruktionen i en lagerbyggnad på fastigheten. Ägaren har inte åtgärdat "
                  "bristerna trots påminnelser."),
            ("h", "Beslutsunderlag"),
            ("lines", ["Tjänsteskrivelse 2026-03-27", "Besiktningsprotokoll 2026-02-19"]),
            ("h", "Yrkanden"),
            ("p", "Ingrid Sundin (S): Bifall till förvaltningens förslag."),
            ("p", "Lena Ståhl (M): Ändringsyrkande att tidsfristen i punkt 1 ändras till 2026-08-31."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer förvaltningens förslag mot Lena Ståhls ändringsyrkande och "
                  "finner att nämnden bifaller förvaltningens förslag. Votering begärs."),
            ("h", "Omröstning"),
            ("p", "Den som vill bifalla förvaltningens förslag röstar JA. Den som vill bifalla Lena "
                  "Ståhls ändringsyrkande röstar NEJ."),
            ("vote_lists", V32),
            ("p", "Omröstningsresultat: 5 ledamöter röstar JA och 4 ledamöter röstar NEJ."),
            ("h", "Reservation"),
            ("p", "Lena Ståhl (M) och Karl Olofsson (M) reserverar sig mot beslutet till förmån för "
                  "Lena Ståhls yrkande."),
            beslut,
            ("points", None, TS_POINTS),
        ]),
        B.Para(33, "Bygglov för nybyggnad av förskola på fastigheten Norrvalla Skogsbrynet 1:4",
               "Bn 61/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Ansökan avser en förskola i två plan med sex avdelningar. Åtgärden är förenlig "
                  "med detaljplanen."),
            ("h", "Jäv"),
            ("p", "Mikael Ek (C) anmäler jäv och deltar inte i handläggningen."),
            beslut,
            ("p", "Byggnadsnämnden beviljar bygglov för nybyggnad av förskola enligt ansökan."),
            ("p", "Avgiften för bygglovet är 38 450 kronor."),
        ]),
        B.Para(34, "Strandskyddsdispens för brygga på fastigheten Norrvalla Sjövik 2:11",
               "Bn 58/2026", [
            ("h", "Ärendebeskrivning"),
            ("p", "Sökanden vill anlägga en 14 meter lång brygga. Platsen ligger inom ett område "
                  "med höga naturvärden och något särskilt skäl för dispens finns inte."),
            ("h", "Yrkanden"),
            ("p", "Ingrid Sundin (S): Bifall till förvaltningens förslag."),
            ("p", "Anna Wiberg (V): Bifall till ansökan."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Anna Wibergs yrkande "
                  "och finner att nämnden beslutar enligt förvaltningens förslag."),
            ("h", "Reservation"),
            ("p", "Anna Wiberg (V) reserverar sig mot beslutet."),
            beslut,
            ("p", "Byggnadsnämnden avslår ansökan om strandskyddsdispens."),
        ]),
        B.Para(35, "Redovisning av delegationsbeslut", "Bn 3/2026", [
            beslut,
            ("p", "Redovisningen av delegationsbeslut för perioden 2026-03-01–2026-03-31 godkänns."),
        ]),
        B.Para(36, "Information från förvaltningen", None, [
            ("h", "Ärendebeskrivning"),
            ("p", "Bygglovschef Karin Söder informerar om handläggningstiderna under första "
                  "kvartalet."),
        ]),
    ]


def _bn_cover(s: Sheet) -> None:
    s.use("B", 18)
    s.cell(0, 24, BN, new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    B.field_row(s, "Tid och plats", "Onsdagen den 15 april 2026 kl. 13.30–16.10, "
                                    "sammanträdesrum Älven, kommunhuset")
    order = [BN_MEMBERS[0], BN_MEMBERS[3]] + [x for x in BN_MEMBERS if x not in
                                              (BN_MEMBERS[0], BN_MEMBERS[3])]
    B.check_columns(s, "Ledamöter", [(x.name not in BN_SUBS,
                                      ", ".join([x.tag()] + ([BN_FUNCTIONS[x.name]]
                                                             if x.name in BN_FUNCTIONS else [])))
                                     for x in order], glyphs=False)
    B.field_row(s, "Tjänstgörande ersättare", "Björn Falk (S) ersätter Leo Granlund (S)")
    B.field_row(s, "Övriga närvarande", "Karin Söder, bygglovschef\nJohan Eld, byggnadsinspektör, "
                                        "§§ 32-33\nEllinor Fagerlund, nämndsekreterare")
    B.field_row(s, "Justerare", "Lena Ståhl (M)")
    B.field_row(s, "Paragrafer", "§§ 31–36")
    B.signatures(s, [("Sekreterare", ["Ellinor Fagerlund"]), ("Ordförande", ["Ingrid Sundin"]),
                     ("Justerare", ["Lena Ståhl"])])


def build_bn(out: Path) -> Path:
    s = B.sheet(B.Meta(BN, "2026-04-15"))
    paras = bn_paras()
    s.add_page()
    _bn_cover(s)
    s.add_page()
    B.arendelista(s, paras)
    s.add_page()
    for para in paras:
        B.render_para(s, para)
    path = out / "norrvalla-bn-2026-04-15-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ tjänsteskrivelse on its own
TS_STYLE = Style(body="dejavu", size=10, leading=1.38, left=72, right=64, top=150, bottom=80)


def _ts_header(s: Sheet) -> None:
    s.use("B", 12)
    s.set_xy(s.l_margin, 36)
    s.cell(250, 14, "NORRVALLA KOMMUN")
    s.use("", 8.5)
    s.set_xy(s.l_margin, 52)
    s.cell(250, 11, "Samhällsbyggnadsförvaltningen")
    s.set_xy(s.l_margin, 63)
    s.cell(250, 11, "Bygglovsenheten")
    s.set_xy(s.l_margin, 80)
    s.cell(250, 11, "Handläggare: Johan Eld, byggnadsinspektör")
    s.use("B", 11)
    s.set_xy(330, 36)
    s.cell(200, 14, "TJÄNSTESKRIVELSE")
    s.use("", 8.5)
    s.set_xy(330, 54)
    s.cell(60, 11, "Datum")
    s.set_xy(420, 54)
    s.cell(120, 11, "Diarienummer")
    s.use("", 10)
    s.set_xy(330, 65)
    s.cell(60, 12, "2026-03-27")
    s.set_xy(420, 65)
    s.cell(120, 12, "BN 2026/000045")
    s.use("", 8.5)
    s.set_xy(330, 92)
    s.cell(200, 11, "Till Byggnadsnämnden")
    s.set_xy(s.w - s.r_margin - 60, 36)


def _ts_footer(s: Sheet) -> None:
    s.use("", 7)
    s.set_xy(s.l_margin, s.h - 48)
    s.cell(0, 9, "Norrvalla kommun, 883 80 Norrvalla  ·  Besöksadress Storgatan 10  ·  "
                 "Telefon 0611-35 00 00  ·  www.norrvalla.se")
    s.set_xy(s.w - s.r_margin - 60, s.h - 48)
    s.cell(60, 9, f"{s.page_no()} ({{nb}})", align="R")


def build_ts(out: Path) -> Path:
    s = Sheet(TS_STYLE, _ts_header, _ts_footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.text("Föreläggande med vite att åtgärda brister i byggnad på fastigheten Norrvalla "
           "Kvarnen 3:7", style="B", size=14, after=12)
    s.text("Förslag till beslut i Byggnadsnämnden", style="B", size=11, after=4)
    for k, point in enumerate(TS_POINTS, 1):
        s.hanging(f"{k}.", point, 16, after=3)
    s.gap(8)
    sections = [
        ("Sammanfattning", "Vid en besiktning den 19 februari 2026 konstaterade förvaltningen "
         "allvarliga brister i den bärande konstruktionen i en lagerbyggnad på fastigheten "
         "Norrvalla Kvarnen 3:7. Takstolarna har rötskador och en av bärlinorna har deformerats. "
         "Byggnaden används som upplag och besöks dagligen av personal. Förvaltningen bedömer att "
         "bristerna kan medföra fara för människors säkerhet och föreslår att ägaren föreläggs att "
         "åtgärda dem."),
        ("Ärendet", "Ägaren underrättades om bristerna genom brev den 23 februari 2026 och gavs "
         "tillfälle att yttra sig. Något yttrande har inte kommit in och inga åtgärder har "
         "vidtagits. Enligt 8 kap. 4 § plan- och bygglagen ska ett byggnadsverk ha de tekniska "
         "egenskaper som är väsentliga i fråga om bärförmåga och säkerhet i händelse av brand. "
         "Ett föreläggande kan förenas med vite enligt 11 kap. 37 § samma lag."),
        ("Förvaltningens bedömning", "Bristerna är sådana att de kan äventyra säkerheten för dem "
         "som vistas i byggnaden. Ett löpande vite bedöms vara nödvändigt för att åtgärderna ska "
         "komma till stånd inom rimlig tid. Förvaltningen föreslår att beslutet ska gälla "
         "omedelbart."),
    ]
    for title, text in sections:
        s.text(title, style="B", size=11, after=2)
        s.text(text, after=8)
    s.text("Beslutsunderlag", style="B", size=11, after=2)
    for ln in ["Tjänsteskrivelse 2026-03-27", "Besiktningsprotokoll 2026-02-19",
               "Fotografier 2026-02-19", "Bilaga 1. Förteckning över brister"]:
        s.text(ln, after=0.5)
    s.gap(8)
    s.text("Beslutet skickas till", style="B", size=11, after=2)
    for ln in ["Kvarnbygg i Norrvalla AB (delgivningskvitto)", "Inskrivningsmyndigheten"]:
        s.text(ln, after=0.5)
    s.gap(24)
    s.need(50)
    y = s.get_y()
    s.row([Cell(0, 200, "Johan Eld\nByggnadsinspektör"), Cell(240, 200, "Karin Söder\nBygglovschef")])
    s.set_y(y + 40)
    path = out / "norrvalla-bn-2026-03-27-tjansteskrivelse.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def _listed(seats) -> list[dict]:
    """The voters a list prints: nobody for a seat left empty."""
    return [x.fact() for x in seats if x.vote != "frånvarande"]


def kf_facts() -> dict:
    d = "2026-04-27"

    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, d, n, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    att = [F.attendee(x, "ledamot", KF_FUNCTIONS.get(x.name),
                      paragraphs=F.span(41, 44) if x.name == "Hans Vik" else None)
           for x in KF_MEMBERS if x.name not in AWAY]
    att += [F.attendee(x, "frånvarande") for x in KF_MEMBERS if x.name in AWAY]
    att += [F.attendee(p("Kim Rask (S)"), "tjänstgörande ersättare", replaces="Eva Moberg"),
            F.attendee(p("Tove Lind (M)"), "tjänstgörande ersättare", replaces="Hans Vik",
                       paragraphs=F.span(45, 52)),
            F.attendee(p("Tove Lind (M)"), "ersättare", paragraphs=F.span(41, 44)),
            F.attendee(p("Helén Ek (S)"), "ersättare"),
            F.attendee(p("Ola Berglund (SD)"), "ersättare"),
            F.attendee(Person("Karin Blom"), "tjänsteperson", "kommunsekreterare"),
            F.attendee(Person("Tomas Wester"), "tjänsteperson", "kommundirektör"),
            F.attendee(Person("Sofie Lagerkvist"), "tjänsteperson", "ekonomichef", paragraphs=[43])]
    bifall_ks = F.motion("bifall", "Petra Alm (S)")
    return {
        "file": "norrvalla-kf-2026-04-27-protokoll.pdf",
        "meeting": {"municipality": MUNI, "body": KF, "date": d,
                    "place": "Folkets hus, Storgatan 12, Norrvalla"},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 41", "title": "Val av justerare och tid för justering", "dnr": [],
             "decisions": [kf(41, clauses=F.clauses(
                 "Lisa Holm (C) och Erik Sand (S) utses att justera dagens protokoll.",
                 "Justeringen sker tisdagen den 5 maj 2026 kl. 14.00 i kommunhuset.",
                 numbered=False))]},
            {"number": "§ 42", "title": "Godkännande av dagordning", "dnr": [], "decisions": [
                kf(42, clauses=one("Dagordningen godkänns med tillägg av ärende § 52 Fyllnadsval av "
                                   "ledamot i valnämnden."))]},
            {"number": "§ 43", "title": "Årsredovisning 2025 för Norrvalla kommun",
             "dnr": ["Ks 162/2026"], "decisions": [
                kf(43, clauses=F.clauses(
                    "godkänna årsredovisning 2025 för Norrvalla kommun,",
                    "avsätta 6,4 miljoner kronor till resultatutjämningsreserven,",
                    "föra över 1,2 miljoner kronor av socialnämndens överskott till 2026 års budget."),
                   motions=[bifall_ks, F.motion("bifall", "Maria Öhman (M)"),
                            F.motion("tillägg", "Maria Öhman (M)")],
                   statements=[F.statement("protokollsanteckning", parties=["SD"])],
                   amounts=[F.amount(6_400_000, clause=2), F.amount(1_200_000, clause=3)],
                   text_lacks=["åtgärdsplan"])]},
            {"number": "§ 44", "title": "Ansvarsfrihet för kommunstyrelsen 2025", "dnr": ["Ks 171/2026"],
             "decisions": [kf(44, clauses=one(
                 "Kommunfullmäktige beviljar kommunstyrelsen och dess enskilda ledamöter ansvarsfrihet "
                 "för verksamhetsåret 2025."),
                 statements=[F.statement("jäv", "Petra Alm (S)", "Johan Stenberg (M)")])]},
            {"number": "§ 45", "title": "Svar på motion om fler lärare i lågstadiet",
             "dnr": ["Ks 288/2025"], "decisions": [
                kf(45, clauses=one("Motionen avslås."),
                   motions=[bifall_ks, F.motion("bifall", "Oskar Lind (V)"),
                            F.motion("bifall", "Frida Sjöholm (MP)")],
                   votes=[F.vote(31, 5, 4, voters=_listed(V45), verified=True)],
                   reservations=[F.reservation("Oskar Lind (V)", "Frida Sjöholm (MP)",
                                               "Åke Norrman (NVL)")])]},
            {"number": "§ 46", "title": "Taxa för den allmänna vatten- och avloppsanläggningen",
             "dnr": ["Ks 95/2026"], "decisions": [
                kf(46, clauses=F.clauses(
                    "anta taxa för den allmänna vatten- och avloppsanläggningen att gälla från och med "
                    "den 1 juli 2026,",
                    "höja brukningsavgiften med 8 procent, vilket för en normalvilla motsvarar cirka "
                    "620 kronor per år."),
                   motions=[bifall_ks, F.motion("avslag", "Mikael Rosén (SD)", clauses=[2])],
                   votes=[F.vote(32, 8, 0, voters=_listed(V46), verified=True)],
                   reservations=[F.reservation(parties=["SD"])],
                   amounts=[F.amount(620, clause=2)])]},
            {"number": "§ 47", "title": "Avsägelse och fyllnadsval av ledamot i tekniska nämnden",
             "dnr": ["Ks 201/2026"], "decisions": [kf(47, clauses=F.clauses(
                 "Kommunfullmäktige godkänner Ruth Ekmans (KD) avsägelse från uppdraget som ledamot i "
                 "tekniska nämnden.",
                 "Till ny ledamot i tekniska nämnden efter Ruth Ekman (KD) väljs Sven Kjellin (KD) för "
                 "tiden till och med den 31 december 2026."))]},
            {"number": "§ 48", "title": "Riktlinjer för digital tillgänglighet", "dnr": ["Ks 133/2026"],
             "decisions": [kf(48, clauses=F.clauses(
                 "Kommunfullmäktige antar riktlinjer för digital tillgänglighet.",
                 "Kommunstyrelsen ges i uppdrag att följa upp riktlinjerna årligen.",
                 "Samtliga nämnder uppmanas att senast den 31 december 2026 ta fram handlingsplaner "
                 "för sina e-tjänster."),
                 motions=[F.motion("bifall", "Lisa Holm (C)")],
                 assignments=[F.assignment("Kommunstyrelsen", "följa upp"),
                              F.assignment("Samtliga nämnder", "handlingsplaner")])]},
            {"number": "§ 49", "title": "Investering i ny brandstation i Norrvalla", "dnr": ["Ks 77/2025"],
             "decisions": [kf(49, clauses=F.clauses(
                 "Kommunfullmäktige godkänner en investeringsram om högst 48 miljoner kronor för en ny "
                 "brandstation.",
                 "Investeringen finansieras genom upplåning.",
                 "Tekniska nämnden ges i uppdrag att genomföra upphandlingen."),
                 motions=[bifall_ks, F.motion("återremiss", "Åke Norrman (NVL)")],
                 statements=[F.statement("protokollsanteckning", "Åke Norrman (NVL)")],
                 amounts=[F.amount(48_000_000, clause=1)],
                 assignments=[F.assignment("Tekniska nämnden", "upphandlingen")])]},
            {"number": "§ 50", "title": "Interpellation från Mikael Rosén (SD) om trygghetskameror",
             "dnr": ["Ks 240/2026"], "decisions": []},
            {"number": "§ 51", "title": "Anmälan av motion om laddstolpar vid kommunens förskolor",
             "dnr": ["Ks 251/2026"], "decisions": [
                kf(51, clauses=one("Motionen remitteras till kommunstyrelsen för beredning."))]},
            {"number": "§ 52", "title": "Fyllnadsval av ledamot i valnämnden", "dnr": ["Ks 203/2026"],
             "decisions": [kf(52, clauses=one(
                 "Till ny ledamot i valnämnden efter Gunnar Blom (L) väljs Maja Lindeberg (L) för tiden "
                 "till och med den 31 december 2026."))]},
        ],
    }


def bn_facts() -> dict:
    d = "2026-04-15"

    def bn(n: int, **kw) -> dict:
        return F.decision("beslut", BN, d, n, **F.empty(**kw))

    att = [F.attendee(x, "ledamot", BN_FUNCTIONS.get(x.name)) for x in BN_MEMBERS
           if x.name not in BN_SUBS]
    att += [F.attendee(p("Leo Granlund (S)"), "frånvarande"),
            F.attendee(p("Björn Falk (S)"), "tjänstgörande ersättare", replaces="Leo Granlund"),
            F.attendee(Person("Karin Söder"), "tjänsteperson", "bygglovschef"),
            F.attendee(Person("Johan Eld"), "tjänsteperson", "byggnadsinspektör",
                       paragraphs=[32, 33]),
            F.attendee(Person("Ellinor Fagerlund"), "tjänsteperson", "nämndsekreterare")]
    return {
        "file": "norrvalla-bn-2026-04-15-protokoll.pdf",
        "meeting": {"municipality": MUNI, "body": BN, "date": d,
                    "place": "sammanträdesrum Älven, kommunhuset"},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 31", "title": "Val av justerare", "dnr": [], "decisions": [
                bn(31, clauses=F.clauses("Lena Ståhl (M) utses att justera dagens protokoll.",
                                         numbered=False))]},
            {"number": "§ 32", "title": "Föreläggande med vite att åtgärda brister i byggnad på "
                                        "fastigheten Norrvalla Kvarnen 3:7",
             "dnr": ["Bn 45/2026"], "decisions": [
                bn(32, clauses=F.clauses(*TS_POINTS),
                   motions=[F.motion("bifall", "Ingrid Sundin (S)"),
                            F.motion("ändring", "Lena Ståhl (M)", clauses=[1])],
                   votes=[F.vote(5, 4, 0, voters=_listed(V32), verified=True)],
                   reservations=[F.reservation("Lena Ståhl (M)", "Karl Olofsson (M)")],
                   amounts=[F.amount(40_000, clause=2)])]},
            {"number": "§ 33", "title": "Bygglov för nybyggnad av förskola på fastigheten Norrvalla "
                                        "Skogsbrynet 1:4", "dnr": ["Bn 61/2026"], "decisions": [
                bn(33, clauses=F.clauses(
                    "Byggnadsnämnden beviljar bygglov för nybyggnad av förskola enligt ansökan.",
                    "Avgiften för bygglovet är 38 450 kronor.", numbered=False),
                   statements=[F.statement("jäv", "Mikael Ek (C)")],
                   amounts=[F.amount(38_450)])]},
            {"number": "§ 34", "title": "Strandskyddsdispens för brygga på fastigheten Norrvalla "
                                        "Sjövik 2:11", "dnr": ["Bn 58/2026"], "decisions": [
                bn(34, clauses=F.clauses("Byggnadsnämnden avslår ansökan om strandskyddsdispens.",
                                         numbered=False),
                   motions=[F.motion("bifall", "Ingrid Sundin (S)"),
                            F.motion("bifall", "Anna Wiberg (V)")],
                   reservations=[F.reservation("Anna Wiberg (V)")])]},
            {"number": "§ 35", "title": "Redovisning av delegationsbeslut", "dnr": ["Bn 3/2026"],
             "decisions": [bn(35, clauses=F.clauses(
                 "Redovisningen av delegationsbeslut för perioden 2026-03-01–2026-03-31 godkänns.",
                 numbered=False))]},
            {"number": "§ 36", "title": "Information från förvaltningen", "dnr": [], "decisions": []},
        ],
    }


def ts_facts() -> dict:
    title = "Föreläggande med vite att åtgärda brister i byggnad på fastigheten Norrvalla Kvarnen 3:7"
    return {
        "file": "norrvalla-bn-2026-03-27-tjansteskrivelse.pdf",
        "_note": "A case paper on its own: no meeting is held in it, so the meeting's date and the "
                 "förslag's date and § are unknown (null); the paper's own date is the document's.",
        "meeting": {"municipality": MUNI, "body": BN, "date": None},
        "attendance": [],
        "items": [
            {"number": None, "title": title, "dnr": ["BN 2026/000045"],
             "documents": [{"kind": "tjänsteskrivelse", "title": title, "date": "2026-03-27"}],
             "decisions": [F.decision("förslag", BN, None, None, **F.empty(
                 clauses=F.clauses(*TS_POINTS), amounts=[F.amount(40_000, clause=2)],
                 text_lacks=["Sammanfattning", "Johan Eld"]))]},
        ],
    }
