"""Sjöbacka kommun (invented), template C: kommunfullmäktige 2026-02-16 and kommunstyrelsen
2026-01-20, their roll calls in voting appendices at the end; one list does not add up."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from . import tmpl_c as C
from .people import Names, Person, Seat, roll_call

MUNI = "Sjöbacka kommun"
KF, KS = "Kommunfullmäktige", "Kommunstyrelsen"

_FIXED = {"S": ["Annika Wall", "Tomas Engström", "Jörgen Lilja", "Pernilla Ek"],
          "M": ["Carl Hedin", "Kristina Sjöberg", "Lars-Erik Dahl"],
          "SD": ["Robin Sandell", "Martina Krantz"], "C": ["Elsa Nord"], "V": ["Sami Rahimi"],
          "KD": ["Göte Lindell"], "L": ["Hedvig Stål"], "MP": ["Vera Holmén"],
          "SJP": ["Arne Bäckström"]}
SEATS = {"S": 14, "M": 9, "SD": 9, "C": 4, "V": 3, "KD": 2, "L": 2, "MP": 1, "SJP": 1}
OTHERS = ["Olof Granqvist", "Jenny Ahlin", "Mona Sjögren", "Ulrik Tell", "Helena Vik",
          "Patrik Ström", "Ylva Bergh", "Ester Malmgren", "Sofia Berggren", "Kent Ahlqvist",
          "Ola Nyquist", "Malin Törn", "Jimmy Ek", "Hugo Palmér"]
_names = Names(1602, {n for v in _FIXED.values() for n in v} | set(OTHERS), part=2)


KF_MEMBERS = _names.members(SEATS, _FIXED)
BY_NAME = {x.name: x for x in KF_MEMBERS}
KF_FUNCTIONS = {"Annika Wall": "Ordförande", "Carl Hedin": "1:e vice ordförande",
                "Elsa Nord": "2:e vice ordförande"}
GRANQVIST, AHLIN = Person("Olof Granqvist", "S"), Person("Jenny Ahlin", "M")
SUBS_EARLY = {"Pernilla Ek": GRANQVIST}
SUBS_LATE = {**SUBS_EARLY, "Lars-Erik Dahl": AHLIN}  # §§ 12-17
AWAY_EARLY = {"Pernilla Ek", "Martina Krantz"}
AWAY_LATE = AWAY_EARLY | {"Lars-Erik Dahl"}
KD_SECOND = next(x.name for x in KF_MEMBERS if x.party == "KD" and x.name != "Göte Lindell")
SD_PRESENT = [x.name for x in KF_MEMBERS if x.party == "SD" and x.name not in AWAY_EARLY]

V10 = roll_call(KF_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "MP": "ja", "L": "ja", "SJP": "ja",
                             "KD": "ja", "M": "nej", "SD": "nej"}, SUBS_EARLY, AWAY_EARLY,
                {KD_SECOND: "avstår"})
V12A = roll_call(KF_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "MP": "ja", "L": "ja", "SJP": "ja",
                              "KD": "nej", "M": "nej", "SD": "nej"}, SUBS_LATE, AWAY_LATE)
V12B = roll_call(KF_MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "L": "ja", "M": "nej", "SD": "nej",
                              "MP": "avstår", "SJP": "avstår", "KD": "avstår"}, SUBS_LATE, AWAY_LATE)
# § 15: Arne Bäckström has left (§§ 8-14); six SD members vote Ja on their own motion, two Nej.
V15 = roll_call(KF_MEMBERS, {**{k: "nej" for k in SEATS}, "SD": "ja"}, SUBS_LATE,
                AWAY_LATE | {"Arne Bäckström"}, {n: "nej" for n in SD_PRESENT[-2:]})
V15_PRINTED = {"ja": 5, "nej": 38, "avstår": 0, "frånvarande": 2}


GASTHAMN = ["fastställa gästhamnsavgiften till 250 kronor per dygn,",
            "fastställa avgiften för säsongsplats till 1 450 kronor per månad,",
            "taxan gäller från och med den 1 april 2026."]
SKOLA = ["Tallbackens skola och Norrby skola slås samman till en skolenhet från och med "
         "höstterminen 2027.",
         "En investeringsram om 22 miljoner kronor beviljas för om- och tillbyggnad av Tallbackens "
         "skola.",
         "Kommunfullmäktige ger barn- och utbildningsnämnden i uppdrag att ta fram en plan för "
         "skolskjuts till den nya skolenheten."]


def kf_paras() -> list[C.Para]:
    beslut = ("h", "Kommunfullmäktiges beslut")
    return [
        C.Para(8, "Val av justerare", None, [
            beslut,
            ("p", "Kommunfullmäktige utser Elsa Nord (C) och Jörgen Lilja (S) att justera "
                  "protokollet."),
        ]),
        C.Para(9, "Avsägelse och fyllnadsval av ersättare i kultur- och fritidsnämnden",
               "KSF-2026-00012", [
            beslut,
            ("points", None, [
                "Kommunfullmäktige beviljar Göte Lindell (KD) entledigande från uppdraget som "
                "ersättare i kultur- och fritidsnämnden.",
                "Till ny ersättare i kultur- och fritidsnämnden efter Göte Lindell (KD) väljs Ester "
                "Malmgren (KD).",
            ]),
        ]),
        C.Para(10, "Taxa för Sjöbacka gästhamn 2026", "KSF-2025-00389", [
            beslut,
            ("att", "Kommunfullmäktige beslutar", GASTHAMN),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Gästhamnen har sedan 2021 haft oförändrade avgifter. Kostnaderna för el, "
                  "renhållning och bryggunderhåll har ökat och taxan föreslås därför höjas."),
            ("h", "Beslutsunderlag"),
            ("lines", ["Kommunstyrelsens beslut 2026-01-20, § 2",
                       "Tjänsteskrivelse, samhällsbyggnadsförvaltningen, 2025-12-04"]),
            ("h", "Förslag till beslut på sammanträdet"),
            ("p", "Tomas Engström (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Kristina Sjöberg (M) yrkar att avgiften för säsongsplats ska vara 1 200 kronor per "
                  "månad."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer kommunstyrelsens förslag mot Kristina Sjöbergs (M) "
                  "ändringsyrkande och finner att kommunfullmäktige beslutar enligt kommunstyrelsens "
                  "förslag. Omröstning begärs."),
            ("h", "Omröstning"),
            ("p", "Kommunfullmäktige godkänner följande beslutsgång för omröstning: Ja-röst för "
                  "kommunstyrelsens förslag. Nej-röst för Kristina Sjöbergs (M) ändringsyrkande."),
            ("p", "Omröstningsresultat: Med 26 ja-röster mot 17 nej-röster och 1 som avstår beslutar "
                  "kommunfullmäktige enligt kommunstyrelsens förslag. En ledamot är frånvarande. Hur "
                  "var och en röstar framgår av bilaga 1."),
            ("h", "Reservation"),
            ("p", "Kristina Sjöberg (M) reserverar sig mot beslutet till förmån för eget yrkande."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Samhällsbyggnadsförvaltningen"]),
        ]),
        C.Para(11, "Svar på motion om ökat stöd till föreningslivet", "KSF-2025-00211", [
            beslut,
            ("p", "Motionen anses besvarad."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Elsa Nord (C) föreslår att bidragen till föreningslivet höjs. Kultur- och "
                  "fritidsnämnden ser över bidragsreglerna under året och motionen anses därmed "
                  "besvarad."),
            ("h", "Förslag till beslut på sammanträdet"),
            ("p", "Elsa Nord (C) yrkar bifall till motionen."),
            ("p", "Tomas Engström (S) yrkar bifall till kommunstyrelsens förslag."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige "
                  "beslutar enligt kommunstyrelsens förslag."),
            ("h", "Reservation"),
            ("p", "Centerpartiets ledamöter reserverar sig mot beslutet."),
        ]),
        C.Para(12, "Ny skolorganisation för Norra Sjöbacka", "KSF-2025-00412", [
            beslut,
            ("points", None, ["Kommunfullmäktige beslutar att " + SKOLA[0],
                              SKOLA[1], SKOLA[2]]),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Elevunderlaget i Norrby har minskat och skolan har i dag 46 elever i sex "
                  "årskurser. Barn- och utbildningsnämnden föreslår att Norrby skola och Tallbackens "
                  "skola slås samman och att Tallbackens skola byggs om."),
            ("h", "Förslag till beslut på sammanträdet"),
            ("p", "Tomas Engström (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Kristina Sjöberg (M) och Robin Sandell (SD) yrkar att ärendet återremitteras för "
                  "att utreda en fortsatt drift av Norrby skola."),
            ("p", "Kristina Sjöberg (M) yrkar i andra hand avslag till kommunstyrelsens förslag."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och "
                  "finner att det ska avgöras i dag. Omröstning begärs."),
            ("h", "Omröstning 1"),
            ("p", "Ja-röst för att ärendet ska avgöras i dag. Nej-röst för återremiss."),
            ("p", "Omröstningsresultat: 25 ja-röster, 19 nej-röster. Ärendet ska avgöras i dag. Hur "
                  "var och en röstar framgår av bilaga 2."),
            ("p", "Ordföranden ställer därefter proposition på kommunstyrelsens förslag mot avslag och "
                  "finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Omröstning "
                  "begärs."),
            ("h", "Omröstning 2"),
            ("p", "Ja-röst för kommunstyrelsens förslag. Nej-röst för avslag."),
            ("p", "Omröstningsresultat: 23 ja-röster, 17 nej-röster och 4 som avstår. Hur var och en "
                  "röstar framgår av bilaga 3."),
            ("h", "Reservation"),
            ("p", "Kristina Sjöberg (M), Carl Hedin (M) och Robin Sandell (SD) reserverar sig mot "
                  "beslutet."),
            ("h", "Särskilt yttrande"),
            ("p", "Hedvig Stål (L) lämnar följande särskilda yttrande: Liberalerna stödjer "
                  "sammanslagningen men vill att elevhälsan förstärks."),
            ("h", "Beslutet skickas till"),
            ("lines", ["Barn- och utbildningsnämnden", "Ekonomiavdelningen"]),
        ]),
        C.Para(13, "Revisionsrapport: Granskning av kommunens upphandling", "KSF-2025-00530", [
            beslut,
            ("p", "Revisionsrapporten läggs till handlingarna."),
            ("p", "Kommunfullmäktige ger kommunstyrelsen i uppdrag att redovisa vidtagna åtgärder "
                  "senast i september 2026."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Revisorerna har granskat om kommunens upphandlingar följer lagen om offentlig "
                  "upphandling och kommunens riktlinjer. Granskningen visar brister i "
                  "avtalsuppföljningen."),
        ]),
        C.Para(14, "Svar på medborgarförslag om hundrastgård i Sjöbacka centrum", "KSF-2025-00377", [
            beslut,
            ("p", "Medborgarförslaget bifalls."),
            ("p", "Tekniska nämnden får i uppdrag att anlägga en hundrastgård vid Parkgatan under "
                  "2026."),
        ]),
        C.Para(15, "Svar på motion om att avskaffa kommunens klimatråd", "KSF-2025-00298", [
            beslut,
            ("p", "Motionen avslås."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Robin Sandell (SD) föreslår i en motion att kommunens klimatråd läggs ned. "
                  "Kommunstyrelsen föreslår att motionen avslås."),
            ("h", "Förslag till beslut på sammanträdet"),
            ("p", "Robin Sandell (SD) yrkar bifall till motionen."),
            ("p", "Tomas Engström (S) yrkar bifall till kommunstyrelsens förslag."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till "
                  "motionen och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag. "
                  "Omröstning begärs."),
            ("h", "Omröstning"),
            ("p", "Ja-röst för bifall till motionen. Nej-röst för kommunstyrelsens förslag."),
            ("p", "Omröstningsresultat: 5 Ja-röster, 38 Nej-röster och 2 frånvarande ledamöter. "
                  "Kommunfullmäktige har därmed beslutat enligt kommunstyrelsens förslag. Hur var och "
                  "en röstar framgår av omröstningsbilaga 4."),
        ]),
        C.Para(16, "Arvoden för förtroendevalda 2027", "KSF-2025-00460", [
            beslut,
            ("points", None, [
                "Grundarvodet för heltidsarvoderade kommunalråd fastställs till 92 procent av "
                "riksdagsledamöternas arvode.",
                "Arvodet för sammanträden om högst fyra timmar fastställs till 1 100 kronor.",
                "Ändringarna gäller från och med den 1 januari 2027.",
            ]),
            ("h", "Förslag till beslut på sammanträdet"),
            ("p", "Jörgen Lilja (S) yrkar bifall till kommunstyrelsens förslag."),
        ]),
        C.Para(17, "Anmälningsärenden", "KSF-2026-00004", [
            beslut,
            ("p", "Anmälningarna läggs till handlingarna."),
        ]),
    ]


def kf_lists() -> list[C.RollCall]:
    taxa, skola = "Taxa för Sjöbacka gästhamn 2026", "Ny skolorganisation för Norra Sjöbacka"
    return [C.RollCall(1, 1, 10, taxa, V10), C.RollCall(2, 2, 12, skola, V12A),
            C.RollCall(3, 3, 12, skola, V12B),
            C.RollCall(4, 4, 15, "Svar på motion om att avskaffa kommunens klimatråd", V15,
                       printed=V15_PRINTED)]


def _function(x: Seat) -> str:
    if x.voter is not None:
        return "Tjänstgörande ersättare"
    return {"Annika Wall": "Ordförande"}.get(x.member.name, "Ledamot")


def _kf_cover(s: C.Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, "Protokoll från kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    C.field_row(s, "Datum", "2026-02-16")
    C.field_row(s, "Tid", "18:00–22:10")
    C.field_row(s, "Plats", "Fullmäktigesalen, Sjöbacka stadshus")
    s.gap(4)
    s.use("B", 11)
    s.cell(0, 15, "Beslutande ledamöter", new_x="LMARGIN", new_y="NEXT")
    chair = [BY_NAME[n] for n in KF_FUNCTIONS]
    notes = {"Lars-Erik Dahl": "§§ 8-11", "Arne Bäckström": "§§ 8-14", **KF_FUNCTIONS}
    rows = [[x.name, x.party or "", notes.get(x.name, "")]
            for x in chair + [y for y in KF_MEMBERS if y not in chair and y.name not in AWAY_EARLY]]
    rows += [["Olof Granqvist", "S", "Tjänstgörande ersättare för Pernilla Ek (S)"],
             ["Jenny Ahlin", "M", "Tjänstgörande ersättare för Lars-Erik Dahl (M), §§ 12-17"]]
    C.table(s, [(0, 180, "Namn"), (180, 50, "Parti"), (230, 250, "Funktion")], rows, size=8.5)
    C.field_row(s, "Frånvarande", "Pernilla Ek (S), Martina Krantz (SD)")
    s.use("B", 11)
    s.cell(0, 15, "Övriga närvarande", new_x="LMARGIN", new_y="NEXT")
    C.field_row(s, "Ersättare", "Mona Sjögren (S), Ulrik Tell (M), Jenny Ahlin (M) §§ 8-11")
    C.field_row(s, "Tjänstepersoner", "Helena Vik, kommunsekreterare\nPatrik Ström, kommundirektör\n"
                                      "Ylva Bergh, förvaltningschef barn och utbildning, § 12")
    C.field_row(s, "Justerare", "Elsa Nord (C), Jörgen Lilja (S)")
    C.field_row(s, "Justeringens plats och tid", "Digital justering 2026-02-20")
    C.field_row(s, "Protokollet omfattar", "§§ 8–17")


def build_kf(out: Path) -> Path:
    meta = C.Meta(MUNI, KF, "2026-02-16")
    s = C.sheet(meta)
    s.add_page()
    _kf_cover(s)
    s.add_page()
    for para in kf_paras():
        C.render_para(s, para)
    C.roll_call_pages(s, meta, "Voteringslista", kf_lists(), _function)
    path = out / "sjobacka-kf-2026-02-16-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ KS 2026-01-20
KS_MEMBERS = [Person(n, pt) for n, pt in (
    ("Tomas Engström", "S"), ("Jörgen Lilja", "S"), ("Sofia Berggren", "S"), ("Kent Ahlqvist", "S"),
    ("Kristina Sjöberg", "M"), ("Carl Hedin", "M"), ("Ola Nyquist", "M"), ("Robin Sandell", "SD"),
    ("Malin Törn", "SD"), ("Jimmy Ek", "SD"), ("Elsa Nord", "C"), ("Sami Rahimi", "V"),
    ("Göte Lindell", "KD"))]
KS_FUNCTIONS = {"Tomas Engström": "Ordförande", "Kristina Sjöberg": "1:e vice ordförande",
                "Elsa Nord": "2:e vice ordförande"}
KS_SUBS = {"Malin Törn": Person("Hugo Palmér", "SD")}
KS_STAND = {"S": "ja", "C": "ja", "V": "ja", "KD": "ja", "M": "nej", "SD": "nej"}
V2 = roll_call(KS_MEMBERS, KS_STAND, KS_SUBS, {"Malin Törn"})
V3 = roll_call(KS_MEMBERS, KS_STAND, KS_SUBS, {"Malin Törn"})


def ks_paras() -> list[C.Para]:
    forslag = ("h", "Kommunstyrelsens förslag till kommunfullmäktige")
    beslut = ("h", "Kommunstyrelsens beslut")
    return [
        C.Para(1, "Val av justerare", None, [
            beslut,
            ("p", "Kristina Sjöberg (M) utses att justera protokollet."),
        ]),
        C.Para(2, "Taxa för Sjöbacka gästhamn 2026", "KSF-2025-00389", [
            forslag,
            ("att", "Kommunfullmäktige beslutar", GASTHAMN),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Gästhamnens avgifter har inte ändrats sedan 2021. Förvaltningen föreslår en "
                  "höjning för att täcka ökade kostnader för el och bryggunderhåll."),
            ("h", "Förslag till beslut på sammanträdet"),
            ("p", "Tomas Engström (S) yrkar bifall till arbetsutskottets förslag."),
            ("p", "Kristina Sjöberg (M) yrkar att avgiften för säsongsplats ska vara 1 200 kronor per "
                  "månad."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden ställer arbetsutskottets förslag mot Kristina Sjöbergs (M) yrkande och "
                  "finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag. Omröstning "
                  "begärs."),
            ("h", "Omröstning"),
            ("p", "Ja-röst för arbetsutskottets förslag, nej-röst för Kristina Sjöbergs (M) yrkande."),
            ("p", "Omröstningsresultat: Ja 7, Nej 6. Hur var och en har röstat framgår av "
                  "omröstningsbilagan, lista nr. 1."),
            ("h", "Reservation"),
            ("p", "Moderaternas ledamöter reserverar sig mot beslutet."),
        ]),
        C.Para(3, "Ny skolorganisation för Norra Sjöbacka", "KSF-2025-00412", [
            forslag,
            ("points", None, ["Kommunfullmäktige beslutar att " + SKOLA[0],
                              SKOLA[1], SKOLA[2]]),
            beslut,
            ("p", "Kommunstyrelsen uppdrar åt kommundirektören att informera berörda vårdnadshavare "
                  "om förslaget."),
            ("h", "Sammanfattning av ärendet"),
            ("p", "Barn- och utbildningsnämnden föreslår att Norrby skola och Tallbackens skola slås "
                  "samman från och med höstterminen 2027."),
            ("h", "Förslag till beslut på sammanträdet"),
            ("p", "Tomas Engström (S) yrkar bifall till arbetsutskottets förslag."),
            ("p", "Kristina Sjöberg (M) yrkar återremiss."),
            ("p", "Robin Sandell (SD) yrkar återremiss."),
            ("h", "Beslutsgång"),
            ("p", "Ordföranden frågar om ärendet ska avgöras i dag och finner att så ska ske. "
                  "Omröstning begärs."),
            ("h", "Omröstning"),
            ("p", "Ja-röst för att ärendet avgörs i dag, nej-röst för återremiss."),
            ("p", "Omröstningsresultat: Ja 7, Nej 6. Hur var och en har röstat framgår av "
                  "omröstningsbilagan, lista nr. 2."),
            ("h", "Protokollsanteckning"),
            ("p", "Sami Rahimi (V) anmäler följande protokollsanteckning: Vänsterpartiet vill att "
                  "skolskjutsfrågan löses innan sammanslagningen genomförs."),
        ]),
        C.Para(4, "Yttrande över förslag till regional cykelstrategi", "KSF-2025-00501", [
            beslut,
            ("p", "Kommunstyrelsen antar förvaltningens förslag till yttrande och översänder det till "
                  "Region Västerbygd."),
        ]),
        C.Para(5, "Föreningsbidrag 2026", "KSF-2025-00488", [
            beslut,
            ("points", None, [
                "Kommunstyrelsen fördelar 640 tkr i föreningsbidrag för 2026 enligt bilagd "
                "förteckning.",
                "Kultur- och fritidsnämnden uppmanas att senast i juni 2026 se över reglerna för "
                "lokalbidrag.",
            ]),
            ("h", "Jäv"),
            ("p", "Elsa Nord (C) anmäler jäv och deltar inte i beslutet."),
        ]),
        C.Para(6, "Uppföljning av intern kontroll 2025", "KSF-2025-00033", [
            beslut,
            ("points", None, [
                "Uppföljningen godkänns.",
                "Kommunstyrelsen uppdrar åt kommundirektören att åtgärda de brister som rapporten "
                "visar och redovisa åtgärderna i maj 2026.",
            ]),
        ]),
        C.Para(7, "Redovisning av delegationsbeslut", "KSF-2026-00002", [
            beslut,
            ("p", "Redovisningen av delegationsbeslut läggs till handlingarna."),
        ]),
    ]


def _ks_function(x: Seat) -> str:
    if x.voter is not None:
        return "Tjänstgörande ersättare"
    return {"Tomas Engström": "Ordförande"}.get(x.member.name, "Ledamot")


def _ks_cover(s: C.Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, "Protokoll från kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    C.field_row(s, "Datum", "2026-01-20")
    C.field_row(s, "Tid", "09:00–12:30")
    C.field_row(s, "Plats", "KS-salen, Sjöbacka stadshus")
    s.use("B", 11)
    s.cell(0, 15, "Beslutande ledamöter", new_x="LMARGIN", new_y="NEXT")
    rows = [[x.name, x.party or "", KS_FUNCTIONS.get(x.name, "")] for x in KS_MEMBERS
            if x.name not in KS_SUBS]
    rows.append(["Hugo Palmér", "SD", "Tjänstgörande ersättare för Malin Törn (SD)"])
    C.table(s, [(0, 180, "Namn"), (180, 50, "Parti"), (230, 250, "Funktion")], rows, size=8.5)
    C.field_row(s, "Frånvarande", "Malin Törn (SD)")
    s.use("B", 11)
    s.cell(0, 15, "Övriga närvarande", new_x="LMARGIN", new_y="NEXT")
    C.field_row(s, "Tjänstepersoner", "Patrik Ström, kommundirektör\nHelena Vik, "
                                      "kommunsekreterare\nYlva Bergh, förvaltningschef barn och "
                                      "utbildning, § 3")
    C.field_row(s, "Justerare", "Kristina Sjöberg (M)")
    C.field_row(s, "Protokollet omfattar", "§§ 1–7")


def build_ks(out: Path) -> Path:
    meta = C.Meta(MUNI, KS, "2026-01-20")
    s = C.sheet(meta)
    s.add_page()
    _ks_cover(s)
    s.add_page()
    for para in ks_paras():
        C.render_para(s, para)
    lists = [C.RollCall(1, 1, 2, "Taxa för Sjöbacka gästhamn 2026", V2),
             C.RollCall(2, 1, 3, "Ny skolorganisation för Norra Sjöbacka", V3)]
    C.roll_call_pages(s, meta, "Omröstningsbilaga", lists, _ks_function)
    path = out / "sjobacka-ks-2026-01-20-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def _one(text: str) -> list[dict]:
    return F.clauses(text, numbered=False)


SKOLA_CLAUSES = F.clauses("Kommunfullmäktige beslutar att " + SKOLA[0], SKOLA[1], SKOLA[2])
GASTHAMN_CLAUSES = F.clauses(*(f"att {c}" for c in GASTHAMN), numbered=False)  # as printed


def kf_facts() -> dict:
    d = "2026-02-16"

    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, d, n, **F.empty(**kw))

    functions = {k: v.lower() for k, v in KF_FUNCTIONS.items()}
    notes = {"Lars-Erik Dahl": F.span(8, 11), "Arne Bäckström": F.span(8, 14)}
    att = [F.attendee(x, "ledamot", functions.get(x.name), paragraphs=notes.get(x.name))
           for x in KF_MEMBERS if x.name not in AWAY_EARLY]
    att += [F.attendee(GRANQVIST, "tjänstgörande ersättare", replaces="Pernilla Ek"),
            F.attendee(AHLIN, "tjänstgörande ersättare", replaces="Lars-Erik Dahl",
                       paragraphs=F.span(12, 17)),
            F.attendee(BY_NAME["Pernilla Ek"], "frånvarande"),
            F.attendee(BY_NAME["Martina Krantz"], "frånvarande"),
            F.attendee(Person("Mona Sjögren", "S"), "ersättare"),
            F.attendee(Person("Ulrik Tell", "M"), "ersättare"),
            F.attendee(AHLIN, "ersättare", paragraphs=F.span(8, 11)),
            F.attendee(Person("Helena Vik"), "tjänsteperson", "kommunsekreterare"),
            F.attendee(Person("Patrik Ström"), "tjänsteperson", "kommundirektör"),
            F.attendee(Person("Ylva Bergh"), "tjänsteperson", "förvaltningschef barn och utbildning",
                       paragraphs=[12])]
    bifall_ks = F.motion("bifall", "Tomas Engström (S)")
    return {
        "file": "sjobacka-kf-2026-02-16-protokoll.pdf",
        "_note": "Roll calls are in the appendix (bilagor 1-4). List nr. 4 (§ 15) prints Antal Ja 5, "
                 "Antal Nej 38 while its rows give 6 Ja and 37 Nej: the printed counts are kept and "
                 "the vote is not verified.",
        "meeting": {"municipality": MUNI, "body": KF, "date": d,
                    "place": "Fullmäktigesalen, Sjöbacka stadshus"},
        "attendance": att,
        "problems": ["§ 15"],
        "items": [
            {"number": "§ 8", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(8, clauses=_one("Kommunfullmäktige utser Elsa Nord (C) och Jörgen Lilja (S) att "
                                   "justera protokollet."))]},
            {"number": "§ 9", "title": "Avsägelse och fyllnadsval av ersättare i kultur- och "
                                       "fritidsnämnden", "dnr": ["KSF-2026-00012"], "decisions": [
                kf(9, clauses=F.clauses(
                    "Kommunfullmäktige beviljar Göte Lindell (KD) entledigande från uppdraget som "
                    "ersättare i kultur- och fritidsnämnden.",
                    "Till ny ersättare i kultur- och fritidsnämnden efter Göte Lindell (KD) väljs Ester "
                    "Malmgren (KD)."))]},
            {"number": "§ 10", "title": "Taxa för Sjöbacka gästhamn 2026", "dnr": ["KSF-2025-00389"],
             "decisions": [kf(10, clauses=GASTHAMN_CLAUSES,
                              motions=[bifall_ks, F.motion("ändring", "Kristina Sjöberg (M)")],
                              votes=[F.vote(26, 17, 1, V10, verified=True)],
                              reservations=[F.reservation("Kristina Sjöberg (M)")],
                              amounts=[F.amount(250), F.amount(1450)])]},
            {"number": "§ 11", "title": "Svar på motion om ökat stöd till föreningslivet",
             "dnr": ["KSF-2025-00211"], "decisions": [
                kf(11, clauses=_one("Motionen anses besvarad."),
                   motions=[F.motion("bifall", "Elsa Nord (C)"), bifall_ks],
                   reservations=[F.reservation(parties=["C"])])]},
            {"number": "§ 12", "title": "Ny skolorganisation för Norra Sjöbacka",
             "dnr": ["KSF-2025-00412"], "decisions": [
                kf(12, clauses=SKOLA_CLAUSES,
                   motions=[bifall_ks,
                            F.motion("återremiss", "Kristina Sjöberg (M)", "Robin Sandell (SD)"),
                            F.motion("avslag", "Kristina Sjöberg (M)")],
                   votes=[F.vote(25, 19, 0, V12A, verified=True),
                          F.vote(23, 17, 4, V12B, verified=True)],
                   reservations=[F.reservation("Kristina Sjöberg (M)", "Carl Hedin (M)",
                                               "Robin Sandell (SD)")],
                   statements=[F.statement("särskilt yttrande", "Hedvig Stål (L)")],
                   amounts=[F.amount(22_000_000, clause=2)],
                   assignments=[F.assignment("barn- och utbildningsnämnden", "skolskjuts")])]},
            {"number": "§ 13", "title": "Revisionsrapport: Granskning av kommunens upphandling",
             "dnr": ["KSF-2025-00530"], "decisions": [
                kf(13, clauses=F.clauses(
                    "Revisionsrapporten läggs till handlingarna.",
                    "Kommunfullmäktige ger kommunstyrelsen i uppdrag att redovisa vidtagna åtgärder "
                    "senast i september 2026.", numbered=False),
                   assignments=[F.assignment("kommunstyrelsen", "vidtagna åtgärder")])]},
            {"number": "§ 14", "title": "Svar på medborgarförslag om hundrastgård i Sjöbacka centrum",
             "dnr": ["KSF-2025-00377"], "decisions": [
                kf(14, clauses=F.clauses(
                    "Medborgarförslaget bifalls.",
                    "Tekniska nämnden får i uppdrag att anlägga en hundrastgård vid Parkgatan under "
                    "2026.", numbered=False),
                   assignments=[F.assignment("Tekniska nämnden", "hundrastgård")])]},
            {"number": "§ 15", "title": "Svar på motion om att avskaffa kommunens klimatråd",
             "dnr": ["KSF-2025-00298"], "decisions": [
                kf(15, clauses=_one("Motionen avslås."),
                   motions=[F.motion("bifall", "Robin Sandell (SD)"), bifall_ks],
                   votes=[F.vote(5, 38, 0, V15, verified=False)])]},
            {"number": "§ 16", "title": "Arvoden för förtroendevalda 2027", "dnr": ["KSF-2025-00460"],
             "decisions": [kf(16, clauses=F.clauses(
                 "Grundarvodet för heltidsarvoderade kommunalråd fastställs till 92 procent av "
                 "riksdagsledamöternas arvode.",
                 "Arvodet för sammanträden om högst fyra timmar fastställs till 1 100 kronor.",
                 "Ändringarna gäller från och med den 1 januari 2027."),
                 motions=[F.motion("bifall", "Jörgen Lilja (S)")],
                 amounts=[F.amount(1100, clause=2)])]},
            {"number": "§ 17", "title": "Anmälningsärenden", "dnr": ["KSF-2026-00004"], "decisions": [
                kf(17, clauses=_one("Anmälningarna läggs till handlingarna."))]},
        ],
    }


def ks_facts() -> dict:
    d = "2026-01-20"

    def ks(n: int, to: str | None = None, **kw) -> dict:
        return F.decision("beslut", KS, d, n, proposed_to=to, **F.empty(**kw))

    functions = {k: v.lower() for k, v in KS_FUNCTIONS.items()}
    att = [F.attendee(x, "ledamot", functions.get(x.name)) for x in KS_MEMBERS
           if x.name not in KS_SUBS]
    att += [F.attendee(Person("Hugo Palmér", "SD"), "tjänstgörande ersättare", replaces="Malin Törn"),
            F.attendee(Person("Malin Törn", "SD"), "frånvarande"),
            F.attendee(Person("Patrik Ström"), "tjänsteperson", "kommundirektör"),
            F.attendee(Person("Helena Vik"), "tjänsteperson", "kommunsekreterare"),
            F.attendee(Person("Ylva Bergh"), "tjänsteperson", "förvaltningschef barn och utbildning",
                       paragraphs=[3])]
    return {
        "file": "sjobacka-ks-2026-01-20-protokoll.pdf",
        "meeting": {"municipality": MUNI, "body": KS, "date": d, "place": "KS-salen, Sjöbacka stadshus"},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 1", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(1, clauses=_one("Kristina Sjöberg (M) utses att justera protokollet."))]},
            {"number": "§ 2", "title": "Taxa för Sjöbacka gästhamn 2026", "dnr": ["KSF-2025-00389"],
             "decisions": [ks(2, KF, clauses=GASTHAMN_CLAUSES,
                              motions=[F.motion("bifall", "Tomas Engström (S)"),
                                       F.motion("ändring", "Kristina Sjöberg (M)")],
                              votes=[F.vote(7, 6, 0, V2, verified=True)],
                              reservations=[F.reservation(parties=["M"])],
                              amounts=[F.amount(250), F.amount(1450)])]},
            {"number": "§ 3", "title": "Ny skolorganisation för Norra Sjöbacka", "dnr": ["KSF-2025-00412"],
             "decisions": [
                 F.unstated(ks(3, KF, clauses=SKOLA_CLAUSES,
                              motions=[F.motion("bifall", "Tomas Engström (S)"),
                                       F.motion("återremiss", "Kristina Sjöberg (M)"),
                                       F.motion("återremiss", "Robin Sandell (SD)")],
                              votes=[F.vote(7, 6, 0, V3, verified=True)],
                              statements=[F.statement("protokollsanteckning", "Sami Rahimi (V)")],
                              amounts=[F.amount(22_000_000, clause=2)]),
                           "assignments", why="point 3 is an uppdrag only once kommunfullmäktige "
                                              "adopts it"),
                 ks(3, clauses=_one("Kommunstyrelsen uppdrar åt kommundirektören att informera berörda "
                                    "vårdnadshavare om förslaget."),
                    assignments=[F.assignment("kommundirektören", "vårdnadshavare")])]},
            {"number": "§ 4", "title": "Yttrande över förslag till regional cykelstrategi",
             "dnr": ["KSF-2025-00501"], "decisions": [
                ks(4, clauses=_one("Kommunstyrelsen antar förvaltningens förslag till yttrande och "
                                   "översänder det till Region Västerbygd."))]},
            {"number": "§ 5", "title": "Föreningsbidrag 2026", "dnr": ["KSF-2025-00488"], "decisions": [
                ks(5, clauses=F.clauses(
                    "Kommunstyrelsen fördelar 640 tkr i föreningsbidrag för 2026 enligt bilagd "
                    "förteckning.",
                    "Kultur- och fritidsnämnden uppmanas att senast i juni 2026 se över reglerna för "
                    "lokalbidrag."),
                   statements=[F.statement("jäv", "Elsa Nord (C)")],
                   amounts=[F.amount(640_000, year=2026, clause=1)],
                   assignments=[F.assignment("Kultur- och fritidsnämnden", "lokalbidrag")])]},
            {"number": "§ 6", "title": "Uppföljning av intern kontroll 2025", "dnr": ["KSF-2025-00033"],
             "decisions": [ks(6, clauses=F.clauses(
                 "Uppföljningen godkänns.",
                 "Kommunstyrelsen uppdrar åt kommundirektören att åtgärda de brister som rapporten visar "
                 "och redovisa åtgärderna i maj 2026."),
                 assignments=[F.assignment("kommundirektören", "brister")])]},
            {"number": "§ 7", "title": "Redovisning av delegationsbeslut", "dnr": ["KSF-2026-00002"],
             "decisions": [ks(7, clauses=_one(
                 "Redovisningen av delegationsbeslut läggs till handlingarna."))]},
        ],
    }
