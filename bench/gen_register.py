"""Build a realistic register of N decisions (default 1,000,000) for timing queries at scale.

    python bench/gen_register.py /tmp/register-1m.db --decisions 1000000

The schema comes from `open_register` (the numbered migrations); the rows are inserted directly
with executemany in large transactions, because `write_file` one meeting at a time (with its
person matching) is far too slow for a million decisions. The rows have the shape `write_file`
gives them: the same ids, JSON columns, dnr keys, persons, positions and full-text rows.

The data are composed from a vocabulary of real municipal phrasing: 290 municipalities, their
bodies, the parliamentary parties, about 50,000 politicians, cases (diarienummer) that move from
nämnd to kommunstyrelse to fullmäktige over 2015–2026, yrkanden, voteringar and reservations.
Generation is deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import multiprocessing as mp
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from meetbook.extract.dnr import canonical_key
from meetbook.register import open_register
from meetbook.text import fold

MUNICIPALITIES = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta", "Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås", "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga", "Fagersta", "Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga", "Färgelanda", "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång", "Gällivare", "Gävle", "Göteborg", "Götene", "Habo", "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad", "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo", "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör", "Jokkmokk", "Järfälla", "Jönköping", "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil", "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla", "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping", "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping", "Lilla-Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå", "Lund", "Lycksele", "Lysekil", "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala", "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås", "Mörbylånga", "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö", "Nybro", "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Ockelbo", "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund", "Pajala", "Partille", "Perstorp", "Piteå", "Ragunda", "Robertsfors", "Ronneby", "Rättvik", "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå", "Skinnskatteberg", "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs", "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund", "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter", "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås", "Tranemo", "Tranås", "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Täby", "Töreboda", "Uddevalla", "Ulricehamn", "Umeå", "Upplands-Bro", "Upplands-Väsby", "Uppsala", "Uppvidinge", "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg", "Vaxholm", "Vellinge", "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg", "Vännäs", "Värmdö", "Värnamo", "Västervik", "Västerås", "Växjö", "Ydre", "Ystad", "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg", "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn", "Ängelholm", "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar", "Östra-Göinge", "Överkalix", "Övertorneå"]
BIG = {"Stockholm": 12, "Göteborg": 9, "Malmö": 7, "Uppsala": 5, "Linköping": 4, "Örebro": 4,
       "Västerås": 4, "Helsingborg": 4, "Norrköping": 4, "Jönköping": 4, "Umeå": 4, "Lund": 3}

# (name, dnr prefix, relative number of meetings)
BODIES = [
    ("Kommunfullmäktige", "KS", 8), ("Kommunstyrelsen", "KS", 11),
    ("Kommunstyrelsens arbetsutskott", "KS", 14), ("Barn- och utbildningsnämnden", "BUN", 10),
    ("Socialnämnden", "SN", 11), ("Byggnadsnämnden", "BN", 11),
    ("Miljö- och hälsoskyddsnämnden", "MHN", 9), ("Tekniska nämnden", "TN", 9),
    ("Kultur- och fritidsnämnden", "KFN", 8), ("Vård- och omsorgsnämnden", "VON", 10),
    ("Gymnasienämnden", "GN", 8), ("Samhällsbyggnadsnämnden", "SBN", 10),
    ("Överförmyndarnämnden", "ÖFN", 6), ("Valnämnden", "VN", 3),
]
PARTIES = [("S", 28), ("M", 19), ("SD", 18), ("C", 9), ("V", 7), ("KD", 6), ("L", 5),
           ("MP", 4), ("D", 1), ("-", 1)]
FIRST = ["Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Kerstin", "Sara", "Emma", "Ingrid", "Marie", "Malin", "Jenny", "Hanna", "Linda", "Susanne", "Elin", "Annika", "Monica", "Johanna", "Carina", "Sofia", "Camilla", "Åsa", "Helena", "Ulla", "Birgitta", "Therese", "Ida", "Louise", "Agneta", "Cecilia", "Frida", "Gunilla", "Julia", "Maja", "Elsa", "Lisa", "Moa", "Amanda", "Fatima", "Leila", "Yasmin", "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan", "Daniel", "Fredrik", "Hans", "Bengt", "Andreas", "Stefan", "Mats", "Magnus", "Marcus", "Jonas", "Mattias", "Nils", "Björn", "Bo", "Göran", "Ulf", "Sven", "Henrik", "Oskar", "Lennart", "Christer", "Kjell", "Åke", "Håkan", "Martin", "Robert", "Tomas", "Patrik", "Joakim", "Jörgen", "Rickard", "Gustav", "Viktor", "Emil", "Simon", "Linus", "Axel", "Ahmed", "Mohammed", "Ali", "Omar", "Hassan", "Nikola", "Dragan", "Juha", "Pekka"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Gunnarsson", "Björk", "Bergman", "Holm", "Samuelsson", "Fransson", "Wikström", "Isaksson", "Bergqvist", "Arvidsson", "Nyström", "Holmberg", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Öberg", "Blom", "Ek", "Strand", "Sundqvist", "Hedberg", "Åström", "Nordqvist", "Sjöström", "Ekberg", "Ahmadi", "Hussein", "Ali", "Mohamed", "Nguyen", "Virtanen", "Korhonen", "Jovanović", "Petrović", "Kowalski", "Yilmaz", "Öztürk", "Rahimi", "Karimi"]

PLACES = """Norra hamnen|Södra centrum|Västra stranden|Östermalm|Kvarnbacken|Björkhagen|Ekbacken
|Tallåsen|Granbacka|Sjöängen|Lillåker|Storängen|Stationsområdet|Gamla staden|Bruksområdet
|Hagaberg|Kyrkbyn|Solbacken|Marieberg|Älvstranden|Furulund|Lövsta|Skogsvallen|Industriområdet Syd
|Hamnplan|Kvarteret Gjuteriet|Kvarteret Tornet|Kvarteret Fenix|Kvarteret Mården
|Kvarteret Hjorten|Hästhagen|Ängsbacken|Nygård|Rosendal|Backa|Örnäs|Tegelbruket|Järnvägsparken"""
PLACES = [p.strip() for p in PLACES.split("|")]
TOPICS = """gång- och cykelvägar|trygghet i centrum|fler förskoleplatser|solceller på kommunens
tak|skolskjutsar|måltider i äldreomsorgen|hemtjänstens kvalitet|nya LSS-boenden|en ny ishall|
renovering av simhallen|belysning i elljusspåret|sänkta hastigheter i bostadsområden|
laddinfrastruktur för elbilar|klimatanpassning av dagvattensystemet|digitalisering av
bygglovshanteringen|trygg vattenförsörjning|ett nytt avloppsreningsverk|bredband på landsbygden|
näringslivets villkor|bostadsförsörjning|ungdomsarbetslöshet|feriearbete för ungdomar|
psykisk ohälsa bland unga|skolans kunskapsresultat|mottagande av nyanlända|föreningsbidrag|
kollektivtrafik på landsbygden|våld i nära relationer|bibliotekens öppettider|upprustning av
lekplatser|fritidsgårdarnas verksamhet|ensamkommande barn|heltid som norm|
arbetsmiljön i skolan|kommunens energiförbrukning|matsvinn i skolmåltiderna|
tillgänglighet för personer med funktionsnedsättning|avgiftsfri kollektivtrafik för
pensionärer|kameraövervakning|återvinningscentralen|snöröjning|offentlig konst|
vindkraft|strandskydd|översvämningsrisker|kompetensförsörjning|vuxenutbildning|
hemlöshet|ekonomiskt bistånd|barnkonventionen|jämställd budgetering|
nedskräpning i naturen|cykelparkeringar vid stationen|bygglovsavgifter|
trafiksäkerhet vid skolor|kommunens vapen och grafiska profil""".replace("\n", " ")
TOPICS = [" ".join(t.split()) for t in TOPICS.split("|")]
POLICIES = """översiktsplan|avfallsplan|bostadsförsörjningsprogram|lokalförsörjningsplan|
näringslivsprogram|kulturpolitiskt program|klimat- och energiplan|riktlinjer för bostadsanpassning|
riktlinjer för ekonomiskt bistånd|delegationsordning|attestreglemente|arbetsordning för
kommunfullmäktige|reglemente för intern kontroll|upphandlingspolicy|personalpolitiskt program|
säkerhetspolicy|krisberedskapsplan|risk- och sårbarhetsanalys|plan mot våld i nära relationer|
grönplan|vattenplan|trafikstrategi|parkeringsnorm|friskvårdspolicy|riktlinjer för
markanvisning|ägardirektiv för bostadsbolaget|lokala ordningsföreskrifter|
handlingsprogram för förebyggande verksamhet enligt lagen om skydd mot olyckor""".replace("\n", " ")
POLICIES = [" ".join(t.split()) for t in POLICIES.split("|")]
TAXOR = ["plan- och bygglovstaxa", "taxa för offentlig kontroll av livsmedel", "VA-taxa",
         "renhållningstaxa", "taxa för prövning och tillsyn enligt miljöbalken",
         "avgifter för hemtjänst och särskilt boende", "taxa för barnomsorg",
         "hyror för kommunala lokaler", "felparkeringsavgifter", "taxa för sotning",
         "avgifter för kulturskolan"]
THINGS = ["en ny förskola i {place}", "ombyggnad av {place}skolan", "gatubelysning",
          "skolmåltider", "fordon till hemtjänsten", "konsulttjänster inom IT",
          "drift av vägbelysning", "ett nytt vård- och omsorgsboende", "städtjänster",
          "en ny brandstation", "reningsverket i {place}", "en ny sporthall i {place}",
          "konstgräsplan vid {place}", "tillbyggnad av {place}skolan", "lokaler för kulturskolan"]
FORENINGAR = ["{place}s IF", "Hembygdsföreningen i {place}", "Brottsofferjouren",
              "Kvinnojouren", "Föreningen Röda Korset", "{place}s konstförening", "Studieförbundet Vuxenskolan",
              "Scouterna i {place}", "{place}s ryttarförening", "Pensionärernas riksorganisation"]
OFFICERS = ["kommundirektören", "förvaltningschefen", "samhällsbyggnadsförvaltningen",
            "socialförvaltningen", "barn- och utbildningsförvaltningen", "ekonomichefen",
            "tekniska förvaltningen", "kultur- och fritidsförvaltningen", "personalchefen"]
TASKS = ["utreda förutsättningarna för {topic}", "ta fram en handlingsplan för {topic}",
         "återkomma med en redovisning av {topic} senast {year}-12-31",
         "genomföra en förstudie om {topic}", "revidera {policy} senast {year}-06-30",
         "se över rutinerna för {topic}", "ta fram förslag till finansiering av {thing}",
         "fortsätta arbetet med {topic} inom befintlig budgetram",
         "i samverkan med civilsamhället stärka arbetet med {topic}"]
OWNERS = ["kommunstyrelsen", "kommundirektören", "samhällsbyggnadsnämnden", "socialnämnden",
          "barn- och utbildningsnämnden", "tekniska nämnden", "kultur- och fritidsnämnden"]
MOTIVATIONS = [
    "Förvaltningen bedömer att förslaget ryms inom befintlig budgetram.",
    "Ärendet har beretts av förvaltningen i samråd med berörda verksamheter.",
    "Beslutet innebär inga konsekvenser för barn enligt barnkonventionen.",
    "Förvaltningen gör bedömningen att motionens intentioner redan tillgodoses i pågående arbete.",
    "Åtgärden bedöms bidra till målen i kommunens klimat- och energiplan.",
    "Samråd har skett med de fackliga organisationerna enligt MBL § 11.",
    "Kostnaden finansieras genom ianspråktagande av kommunstyrelsens oförutsedda medel.",
    "Förslaget har remitterats till berörda nämnder som har tillstyrkt det.",
    "Ärendet har behandlats i kommunens samverkansgrupp.",
    "Planen har varit utställd för granskning och inkomna synpunkter har sammanställts.",
    "En åtgärdsplan ska redovisas till nämnden vid nästa uppföljning.",
    "Beslutet har stöd i kommunallagen 5 kap. 1 §.",
    "Nämndens budget för innevarande år bedöms hållas.",
    "Förslaget överensstämmer med kommunens översiktsplan.",
    "Ärendet har kommunicerats med sökanden.",
    "Ekonomiavdelningen har inga invändningar mot förslaget.",
    "Förvaltningen föreslår att ärendet avslutas.",
    "Kommunens jurist har granskat avtalet.",
    "Beslutet ska skickas till samtliga nämnder för kännedom.",
    "Ärendet bereddes av arbetsutskottet vid dess senaste sammanträde.",
    "Hållbarhetsaspekterna har beaktats i beredningen.",
    "Förslaget påverkar inte kommunens personalkostnader.",
    "Underlaget har tagits fram av en extern konsult.",
]
STANCES = [("bifall", 60), ("avslag", 18), ("återremiss", 10), ("ändring", 6),
           ("tillägg", 5), ("bordläggning", 1)]
SUPPORT = ["arbetsutskottets förslag", "förvaltningens förslag", "motionen",
           "medborgarförslaget", "eget förslag", "reservationen i nämnden"]
STATEMENTS = ["särskilt yttrande", "protokollsanteckning", "jäv", "deltar ej"]
MONTHS = ["februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober",
          "november"]
PERIOD = (date(2015, 1, 1), date(2026, 12, 31))


# ------------------------------------------------------------------ people


def make_persons(n: int, rng: random.Random) -> list[tuple[int, str, str, str]]:
    """(id, name, folded, party) of n people with distinct folded names, as `person_id` keeps."""
    parties = [p for p, _ in PARTIES]
    weights = [w for _, w in PARTIES]
    seen: set[str] = set()
    out = []
    while len(out) < n:
        r = rng.random()
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if r < 0.45:
            name = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}"
        elif r < 0.75:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"
        f = fold(name)
        if f in seen:
            continue
        seen.add(f)
        out.append((len(out) + 1, name, f, rng.choices(parties, weights)[0]))
    return out


# ------------------------------------------------------------------ one municipality


class Municipality:
    """Generates the meetings of one municipality in date order, with its cases and people."""

    def __init__(self, name: str, decisions: int, roster: list[tuple], seed: int):
        self.name, self.budget, self.roster = name, decisions, roster
        self.rng = random.Random(seed)
        rng = self.rng
        nbodies = rng.randint(7, len(BODIES))
        ks = rng.choice(["KS", "KS", "KS", "KS", "KLK", "KSF", "KA", "KC"])
        self.bodies = [(b, ks if p == "KS" else p, w) for b, p, w in
                       BODIES[:3] + rng.sample(BODIES[3:], nbodies - 3)]
        self.serial: dict[tuple[str, int], int] = {}
        self.open_cases: list[dict] = []
        self.paragraph: dict[tuple[str, int], int] = {}
        self.fullmaktige = roster[: min(len(roster), rng.choice([31, 41, 51, 61, 71]))]
        self.places = rng.sample(PLACES, 14)
        self.fastigheter = [f"{self.name.split('-')[0]} {w} {rng.randint(1, 40)}:{rng.randint(1, 300)}"
                            for w in rng.sample(["Gärdet", "Eken", "Lärkan", "Mjölnaren",
                                                 "Smeden", "Vallen", "Åkern", "Boken",
                                                 "Tranan", "Granen"], 6)]

    def fill(self, s: str) -> str:
        rng = self.rng
        if "{" not in s:
            return s
        return s.format(place=rng.choice(self.places), topic=rng.choice(TOPICS),
                        policy=rng.choice(POLICIES), thing=self.fill(rng.choice(THINGS)),
                        year=rng.randint(2016, 2027), owner=rng.choice(OWNERS),
                        officer=rng.choice(OFFICERS), fastighet=rng.choice(self.fastigheter))

    def meetings(self):
        """Yield (meeting row, item rows …) until the decision budget is spent."""
        rng = self.rng
        per_meeting = 12.5
        count = max(1, round(self.budget / per_meeting))
        span = (PERIOD[1] - PERIOD[0]).days
        weights = [w for _, _, w in self.bodies]
        dates = sorted(PERIOD[0] + timedelta(days=rng.randrange(span)) for _ in range(count))
        left = self.budget
        for n, day in enumerate(dates):
            if left <= 0:
                return
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            body, prefix, _ = rng.choices(self.bodies, weights)[0]
            last = n == len(dates) - 1
            meeting = self.meeting(body, prefix, day.isoformat(), left, last)
            left -= meeting["decisions_n"]
            yield meeting

    # ---------------------------------------------------------- a meeting

    def meeting(self, body: str, prefix: str, day: str, left: int, last: bool) -> dict:
        rng = self.rng
        key = f"{self.name}|{body}|{day}|{rng.random()}"
        sha = hashlib.sha256(key.encode()).hexdigest()
        kind = rng.choice(["protokoll", "protokoll", "mötesbok", "kallelse"])
        fname = f"{self.name.lower()}-{prefix.lower()}-{day}-{kind}.pdf"
        mid = f"{sha[:16]}-0"
        nitems = left if last else min(left, max(2, int(rng.gauss(11, 4))))
        out = {"files": [], "meetings": [], "items": [], "item_dnr": [], "documents": [],
               "decisions": [], "assignments": [], "positions": [], "fts": [], "decisions_n": 0}
        present = [p for p in (self.fullmaktige if body == "Kommunfullmäktige" else
                               self.roster[:13]) if rng.random() < 0.93]
        attendance = [{"name": p[1], "party": p[3], "role": "ledamot", "replaces": None,
                       "paragraphs": None} for p in present]
        year = int(day[:4])
        page = 1
        ndec = 0
        for i in range(nitems):
            if ndec >= left:
                break
            item, page = self.item(out, mid, i, body, prefix, day, year, kind, page, present,
                                   left - ndec)
            ndec += item
        out["files"].append((sha, fname, f"/data/{self.name.lower()}/{fname}", kind, page,
                             int(rng.random() < 0.03), "[]", f"{day}T18:00:00+00:00"))
        out["meetings"].append((mid, sha, 0, self.name, body, day,
                                rng.choice(["Kommunhuset", "Stadshuset", "Sammanträdesrum Ljuset",
                                            "Digitalt via Teams", "Medborgarhuset"]),
                                1, page, json.dumps(attendance, ensure_ascii=False)))
        out["decisions_n"] = ndec
        return out

    def case(self, prefix: str, year: int, body: str) -> dict:
        """An open case carried on from an earlier meeting, or a new one."""
        rng = self.rng
        if self.open_cases and rng.random() < 0.38:
            c = self.open_cases[rng.randrange(len(self.open_cases))]
            c["steps"] -= 1
            if c["steps"] <= 0:
                self.open_cases.remove(c)
            return c
        y = year if rng.random() < 0.8 else year - 1
        self.serial[(prefix, y)] = n = self.serial.get((prefix, y), 0) + rng.randint(1, 12)
        c = {"dnr": f"{prefix}-{y}/{n:05d}", "title": self.title(), "steps": rng.choice(
            [0, 0, 1, 1, 2, 3]), "history": []}
        if c["steps"]:
            self.open_cases.append(c)
            if len(self.open_cases) > 60:
                self.open_cases.pop(0)
        return c

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        person = rng.choice(self.roster)
        templates = [
            (0.04, "Detaljplan för {place}"),
            (0.08, "Svar på motion från {who} om {topic}"),
            (0.11, "Svar på medborgarförslag om {topic}"),
            (0.13, "Antagande av {policy}"),
            (0.15, "Revidering av {policy}"),
            (0.17, "Försäljning av fastigheten {fastighet}"),
            (0.19, "Markanvisning för {place}"),
            (0.22, "Tilldelningsbeslut – upphandling av {thing}"),
            (0.24, "Investeringsmedel för {thing}"),
            (0.27, "Bidrag till {forening}"),
            (0.30, "Remissvar – {topic}"),
            (0.34, "Information om {topic}"),
            (0.36, "Motion om {topic}"),
            (0.38, "Uppföljning av {policy}"),
            (0.40, "Taxa: {taxa}"),
            (0.43, "Val av ersättare i {body}"),
            (0.45, "Entledigande av {who} från politiska uppdrag"),
            (0.46, "Årsredovisning {year}"),
            (0.48, "Delårsrapport per den 31 augusti {year}"),
            (0.49, "Budget {year} med plan för {year2}–{year3}"),
            (0.50, "Internkontrollplan {year}"),
            (0.51, "Ombudgetering av investeringsmedel {year}"),
            (0.55, "Anmälan av delegationsbeslut"),
            (0.57, "Ansökan om bidrag för {topic}"),
            (0.59, "Överenskommelse om {topic}"),
            (0.61, "Riktlinjer för {topic}"),
            (0.64, "Planbesked för {fastighet}"),
            (0.71, "Bygglov för nybyggnad av enbostadshus på {fastighet}"),
            (0.74, "Föreläggande enligt miljöbalken för {fastighet}"),
            (0.76, "Ansökan om serveringstillstånd"),
            (0.79, "Ekonomisk uppföljning per {month} {year}"),
            (0.82, "Redovisning av ej verkställda beslut enligt SoL och LSS"),
            (0.84, "Yttrande över {topic}"),
            (0.86, "Sammanträdesplan för {year}"),
            (0.88, "Förvärv av fastigheten {fastighet}"),
            (0.90, "Arvodesregler för förtroendevalda"),
            (0.92, "Lokalbehov för {thing}"),
            (0.94, "Strandskyddsdispens för {fastighet}"),
            (0.96, "Nybyggnation av {thing}"),
            (0.98, "Medborgarförslag om {topic}"),
            (1.01, "Tillsyn av {topic}"),
        ]
        t = next(t for cut, t in templates if r < cut)
        y = rng.randint(2015, 2026)
        who = f"{person[1]} ({person[3]})"
        return self.fill(t.replace("{who}", who).replace("{forening}", rng.choice(FORENINGAR))
                         .replace("{taxa}", rng.choice(TAXOR))
                         .replace("{body}", rng.choice(self.bodies)[0].lower())
                         .replace("{month}", rng.choice(MONTHS))
                         .replace("{year2}", str(y + 1)).replace("{year3}", str(y + 3))
                         .replace("{year}", str(y)))

    # ---------------------------------------------------------- an item

    def item(self, out: dict, mid: str, i: int, body: str, prefix: str, day: str, year: int,
             kind: str, page: int, present: list, room: int) -> tuple[int, int]:
        """Append one item's rows; return (its number of decisions, the next page)."""
        rng = self.rng
        iid = f"{mid}-{i}"
        pkey = (body, year)
        self.paragraph[pkey] = par = self.paragraph.get(pkey, 0) + 1
        number = f"§ {par}" if kind == "protokoll" else str(i + 1)
        has_dnr = rng.random() < 0.95
        case = self.case(prefix, year, body) if has_dnr else {
            "dnr": None, "title": rng.choice(["Information från förvaltningen",
                                              "Anmälan av delegationsbeslut",
                                              "Meddelanden", "Val av justerare"]),
            "history": []}
        dnrs = [case["dnr"]] if case["dnr"] else []
        if dnrs and rng.random() < 0.04:
            dnrs.append(self.case(prefix, year, body)["dnr"])
        raw = [_spelling(d, rng) for d in dnrs]
        first = page
        ndocs = rng.choice([1, 1, 2, 2, 3])
        docs = []
        for k in range(ndocs):
            dkind, dtitle = rng.choice([("tjänsteskrivelse", "Tjänsteskrivelse"),
                                        ("protokollsutdrag", f"Protokollsutdrag {body}"),
                                        ("bilaga", "Bilaga"), ("rapport", "Rapport"),
                                        ("tjänsteskrivelse", "Tjänsteutlåtande")])
            dtitle = f"{dtitle} – {case['title']}" if rng.random() < 0.6 else dtitle
            length = rng.randint(1, 6)
            docs.append((iid, k, dkind, dtitle, day, dnrs[0] if dnrs else None, page,
                         page + length - 1))
            page += length
        history = list(case["history"])
        nd = 2 if rng.random() < 0.14 and room >= 2 else 1
        texts = []
        for k in range(nd):
            dkind = "förslag" if (nd == 2 and k == 0) or (nd == 1 and kind != "protokoll"
                                                         and rng.random() < 0.6) else "beslut"
            texts.append(self.decision(out, iid, k, dkind, body, day, par, case, page, present))
        outcome = "återremiss" if rng.random() < 0.05 else "beslut"
        case["history"].append({"body": body, "date": day, "paragraph": par, "outcome": outcome,
                                "text": f"{body} {day} § {par}", "page": first})
        summary = self.summary(case["title"])
        out["items"].append((iid, mid, i, number, case["title"], None,
                             json.dumps(dnrs, ensure_ascii=False), json.dumps(raw, ensure_ascii=False),
                             first, page, json.dumps(history[-3:], ensure_ascii=False), summary))
        for d in dnrs:
            out["item_dnr"].append((iid, d, _key(d)))
        out["documents"] += docs
        out["fts"].append((iid, " ".join([number, case["title"], *(d[3] for d in docs), *texts])))
        return nd, page + 1

    def summary(self, title: str) -> str:
        rng = self.rng
        parts = [f"Ärendet gäller {title[0].lower()}{title[1:]}."]
        parts += rng.sample(MOTIVATIONS, rng.randint(2, 4))
        parts.append(self.fill("Ärendet har koppling till arbetet med {topic} och {policy}."))
        return " ".join(parts)

    # ---------------------------------------------------------- a decision

    def clauses(self, title: str, body: str) -> list[str]:
        rng = self.rng
        t = title[0].lower() + title[1:]
        first = {
            "Svar": rng.choice(["att anse motionen besvarad", "att avslå motionen",
                                "att bifalla motionen", "att anse medborgarförslaget besvarat",
                                "att bifalla medborgarförslaget i den del som avser {topic}"]),
            "Deta": "att anta detaljplanen",
            "Anta": f"att anta {t.removeprefix('antagande av ')}",
            "Revi": f"att godkänna {t}",
            "Förs": "att godkänna köpeavtalet",
            "Info": "att lägga informationen till handlingarna",
            "Anmä": "att lägga anmälan av delegationsbeslut till handlingarna",
            "Val ": "att utse {who} till ersättare för återstoden av mandatperioden",
            "Årsr": "att godkänna årsredovisningen",
            "Budg": "att fastställa budgeten med en skattesats om {tax} kronor",
            "Remi": "att överlämna förvaltningens yttrande som svar på remissen",
        }.get(title[:4], f"att godkänna {t}")
        out = [first]
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            out.append(rng.choice([
                "att {owner} får i uppdrag att {task}",
                "att ge {officer} i uppdrag att {task}",
                "att finansiering sker inom ramen för {owner}s budget",
                "att anvisa {amount} kronor ur kommunstyrelsens förfogandeanslag",
                "att uppdra åt {officer} att underteckna avtalet",
                "att paragrafen förklaras omedelbart justerad",
                "att beslutet ska följas upp i samband med delårsrapporten",
                "att godkänna förvaltningens redovisning av {topic}",
                "att ärendet ska redovisas för {owner} senast {year}-10-31",
            ]))
        who = rng.choice(self.roster)
        tax = f"{rng.randint(20, 23)}:{rng.randint(0, 99):02d}"
        return [self.fill(c.replace("{task}", rng.choice(TASKS)).replace("{who}", who[1])
                          .replace("{tax}", tax)
                          .replace("{amount}", f"{rng.randint(1, 900) * 10_000:,}".replace(",", " ")))
                for c in out]

    def decision(self, out: dict, iid: str, k: int, dkind: str, body: str, day: str, par: int,
                 case: dict, page: int, present: list) -> str:
        """Append one decision's rows; return its text."""
        rng = self.rng
        did = f"{iid}-{k}"
        dnr = case["dnr"]
        clause_texts = self.clauses(case["title"], body)
        clauses = [{"number": n + 1 if len(clause_texts) > 1 else None, "text": c, "page": page}
                   for n, c in enumerate(clause_texts)]
        if dkind == "förslag":
            lead = rng.choice([f"{body} föreslår kommunfullmäktige besluta",
                               "Förslag till beslut", f"Förvaltningen föreslår {body.lower()} besluta"])
        else:
            lead = f"{body} beslutar"
        refers_back = dkind == "beslut" and rng.random() < 0.03
        if refers_back:
            clause_texts = ["att återremittera ärendet till förvaltningen för vidare beredning"]
            clauses = [{"number": None, "text": clause_texts[0], "page": page}]
        text = "\n".join([lead, *clause_texts, rng.choice(MOTIVATIONS)])
        motions, votes, reservations, statements = [], [], [], []
        rows = []
        if dkind == "beslut" and rng.random() < 0.16 and present:
            motions, votes, reservations, statements, rows = self.debate(body, present, page)
            text += "\nYrkanden\n" + "\n".join(m["text"] for m in motions)
            if votes:
                v = votes[0]
                text += (f"\nOmröstning\nOmröstning begärs och verkställs. Med {v['yes']} ja-röster "
                         f"mot {v['no']} nej-röster beslutar {body.lower()} enligt ordförandens "
                         "förslag.")
            if reservations:
                text += "\nReservationer\n" + "\n".join(r["text"] for r in reservations)
        amounts = []
        if rng.random() < 0.1:
            value = rng.randint(1, 500) * 100_000
            amounts.append({"value": value, "currency": "SEK",
                            "text": f"{value // 1000:,} tkr".replace(",", " "),
                            "year": int(day[:4]), "clause": None, "page": page})
        out["decisions"].append((
            did, iid, k, dkind, body, day, par, dnr, _key(dnr) if dnr else None, page,
            int(refers_back), None, text, _dumps(clauses), _dumps(motions), _dumps(votes),
            _dumps(reservations), _dumps(statements), _dumps(amounts), None))
        for n, c in enumerate(clause_texts):
            if "i uppdrag att" in c:
                cl = clauses[n]["number"]
                aid = "uppdrag:" + ":".join([dnr or "-", body, day, str(par),
                                             str(cl if cl is not None else n)])
                owner = c.removeprefix("att ").split(" får")[0].split(" i uppdrag")[0]
                out["assignments"].append((aid, did, n, owner, c, cl, page))
        for pid, name, party, role, position, clauses_of, text_of in rows:
            out["positions"].append((pid, did, role, position, name, party,
                                     json.dumps(clauses_of), page, text_of))
        return text

    def debate(self, body: str, present: list, page: int):
        """Yrkanden, perhaps a votering, reservations and statements, and their position rows."""
        rng = self.rng
        by_party: dict[str, list] = {}
        for p in present:
            by_party.setdefault(p[3], []).append(p)
        parties = list(by_party)
        motions, rows = [], []
        chair_party = rng.choice(parties)
        chair = rng.choice(by_party[chair_party])
        motions.append({"movers": [{"name": chair[1], "party": chair[3]}], "stance": "bifall",
                        "clauses": [], "text": f"{chair[1]} ({chair[3]}) yrkar bifall till "
                                               "förvaltningens förslag.", "page": page})
        rows.append((chair[0], chair[1], chair[3], "yrkande", "bifall", [], motions[0]["text"]))
        opposition = [p for p in parties if p != chair_party]
        against = rng.sample(opposition, min(len(opposition), rng.randint(1, 3)))
        stance_names = [s for s, _ in STANCES]
        stance_w = [w for _, w in STANCES]
        for party in against:
            movers = rng.sample(by_party[party], min(len(by_party[party]), rng.randint(1, 2)))
            stance = rng.choices(stance_names, stance_w)[0]
            names = " och ".join(f"{m[1]} ({m[3]})" for m in movers)
            mtext = {"bifall": f"{names} yrkar bifall till {rng.choice(SUPPORT)}.",
                     "avslag": f"{names} yrkar avslag på förslaget.",
                     "återremiss": f"{names} yrkar att ärendet återremitteras för att utreda "
                                   f"{rng.choice(TOPICS)}.",
                     "ändring": f"{names} yrkar att andra att-satsen ändras.",
                     "tillägg": self.fill(f"{names} yrkar tillägg att {{owner}} får i uppdrag att "
                                          f"{rng.choice(TASKS)}."),
                     "bordläggning": f"{names} yrkar att ärendet bordläggs."}[stance]
            cl = [2] if stance in ("ändring",) else []
            motions.append({"movers": [{"name": m[1], "party": m[3]} for m in movers],
                            "stance": stance, "clauses": cl, "text": mtext, "page": page})
            rows += [(m[0], m[1], m[3], "yrkande", stance, cl, mtext) for m in movers]
        votes, reservations, statements = [], [], []
        if rng.random() < 0.3:
            no_parties = set(against)
            voters, yes, no, abstain = [], 0, 0, 0
            for p in present:
                choice = "nej" if p[3] in no_parties else "ja"
                if rng.random() < 0.02:
                    choice = "avstår"
                yes += choice == "ja"
                no += choice == "nej"
                abstain += choice == "avstår"
                voters.append({"name": p[1], "party": p[3], "vote": choice})
            prop = "Ja-röst för ordförandens förslag, nej-röst för avslagsyrkandet"
            listed = body == "Kommunfullmäktige" or rng.random() < 0.5
            votes.append({"proposition": prop, "yes": yes, "no": no, "abstain": abstain,
                          "voters": voters if listed else [], "verified": True, "page": page,
                          "text": f"Med {yes} ja-röster mot {no} nej-röster"})
            if listed:
                rows += [(p[0], p[1], p[3], "röst", v["vote"], [], prop)
                         for p, v in zip(present, voters)]
        if rng.random() < 0.5:
            for party in against[: rng.randint(1, len(against))]:
                members = by_party[party][: rng.randint(1, 4)]
                names = ", ".join(f"{m[1]} ({m[3]})" for m in members)
                rtext = f"{names} reserverar sig mot beslutet till förmån för eget yrkande."
                reservations.append({"members": [{"name": m[1], "party": m[3]} for m in members],
                                     "text": rtext, "page": page})
                rows += [(m[0], m[1], m[3], "reservation", "reservation", [], rtext)
                         for m in members]
        if rng.random() < 0.12:
            m = rng.choice(present)
            kind = rng.choice(STATEMENTS)
            stext = f"{m[1]} ({m[3]}) lämnar {kind} till protokollet." if kind in (
                "särskilt yttrande", "protokollsanteckning") else f"{m[1]} ({m[3]}) anmäler {kind}."
            statements.append({"kind": kind, "members": [{"name": m[1], "party": m[3]}],
                               "text": stext, "page": page})
            rows.append((m[0], m[1], m[3], "yttrande", kind, [], stext))
        return motions, votes, reservations, statements, rows


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False) if value else "[]"


@functools.lru_cache(maxsize=1 << 16)
def _key(dnr: str) -> str:
    return canonical_key(dnr)


def _spelling(dnr: str, rng: random.Random) -> str:
    """The diarienummer as a document may print it: "KS 2021/123", "KS-2021-00123" …"""
    prefix, rest = dnr.split("-", 1)
    year, serial = rest.split("/")
    return rng.choice([dnr, f"{prefix} {year}/{int(serial)}", f"{prefix}-{year}-{serial}",
                       f"{prefix} {year}/{serial}-1.4.2", f"{prefix.lower()}-{year}/{serial}"])


# ------------------------------------------------------------------ assembly


TABLES = {"files": 8, "meetings": 10, "items": 12, "item_dnr": 3, "documents": 8,
          "decisions": 20, "assignments": 7, "positions": 9}
# the generated columns of a table that has more (an uppdrag's deadline, a meeting's problems
# are not generated)
COLUMNS = {"assignments": "(id, decision_id, seq, assignee, text, clause, page)",
           "meetings": "(id, sha256, seq, municipality, body, date, place, first_page, last_page, "
                       "attendance)"}


FTS_FROM_TEMP = """
INSERT INTO item_fts (rowid, item_id, text)
SELECT coalesce(CAST(replace(m.date, '-', '') AS INTEGER), 0) * 1000000000 + i.rowid,
       t.item_id, t.text
FROM _fts t JOIN items i ON i.id = t.item_id JOIN meetings m ON m.id = i.meeting_id
"""


def _generate(job: tuple) -> dict:
    """All rows of one municipality (run in a worker process)."""
    name, budget, roster, seed = job
    muni = Municipality(name, budget, roster, seed)
    acc: dict[str, list] = {t: [] for t in [*TABLES, "fts"]}
    ndec = 0
    for meeting in muni.meetings():
        for t in acc:
            acc[t] += meeting[t]
        ndec += meeting["decisions_n"]
    acc["n"] = ndec  # type: ignore[assignment]
    return acc


def budgets(total: int, rng: random.Random) -> list[tuple[str, int]]:
    """Decisions per municipality, by a rough size weight, summing exactly to total."""
    weights = [BIG.get(m, 1.0) * rng.lognormvariate(0, 0.6) for m in MUNICIPALITIES]
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)[
            : total - sum(out)]:
        out[i] += 1
    return list(zip(MUNICIPALITIES, out))


def rosters(persons: list[tuple], n: int, rng: random.Random) -> list[list[tuple]]:
    """Split the persons over n municipalities, about evenly."""
    shuffled = persons[:]
    rng.shuffle(shuffled)
    return [shuffled[i::n] for i in range(n)]


def _bulk_mode(db) -> list[str]:
    """Drop the secondary indexes for the load (recreated after); return their SQL."""
    marks = ",".join("?" * len(TABLES))
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                      f"NULL AND tbl_name IN ({marks})", list(TABLES)).fetchall()
    for name, _ in rows:
        db.execute(f"DROP INDEX {name}")
    return [sql for _, sql in rows]


def build(path: str, decisions: int, persons: int, seed: int, workers: int) -> dict:
    t0 = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = open_register(path)
    conn = db.conn
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -2000000")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = OFF")
    indexes = _bulk_mode(db)
    rng = random.Random(seed)
    people = make_persons(persons, rng)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO persons VALUES (?, ?, ?, ?)", people)
    plan = budgets(decisions, rng)
    groups = rosters(people, len(plan), rng)
    jobs = [(name, budget, groups[n], seed * 1000 + n) for n, (name, budget) in enumerate(plan)]
    done, counts = 0, dict.fromkeys([*TABLES, "fts"], 0)
    with mp.get_context("fork").Pool(workers) as pool:
        for n, acc in enumerate(pool.imap(_generate, jobs, chunksize=1)):
            for table, width in TABLES.items():
                if acc[table]:
                    conn.executemany(f"INSERT INTO {table} {COLUMNS.get(table, '')} "
                                     f"VALUES ({','.join('?' * width)})", acc[table])
                counts[table] += len(acc[table])
            # keyed as the register keys them (schema.fts_key): meeting date, then item rowid
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS _fts (item_id TEXT, text TEXT)")
            conn.executemany("INSERT INTO _fts VALUES (?, ?)", acc["fts"])
            conn.execute(FTS_FROM_TEMP)
            conn.execute("DELETE FROM _fts")
            counts["fts"] += len(acc["fts"])
            done += acc["n"]
            if n % 10 == 9 or n == len(jobs) - 1:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                print(f"{n + 1:4d}/{len(jobs)} municipalities, {done:>9,} decisions, "
                      f"{time.perf_counter() - t0:6.0f} s", flush=True)
    conn.execute("COMMIT")
    t_rows = time.perf_counter() - t0
    for sql in indexes:
        conn.execute(sql)
    print(f"indexes recreated, {time.perf_counter() - t0:6.0f} s", flush=True)
    # no ANALYZE and no FTS 'optimize': an imported register has neither, and the query
    # plans measured must be the ones users get
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    total = time.perf_counter() - t0
    size = sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))
    return {"decisions": done, "rows": counts, "seconds_rows": round(t_rows),
            "seconds": round(total), "bytes": size}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", help="register to create (replaced if it exists); put it under /tmp")
    ap.add_argument("--decisions", type=int, default=1_000_000)
    ap.add_argument("--persons", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--workers", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    args = ap.parse_args(argv)
    stats = build(args.path, args.decisions, args.persons, args.seed, args.workers)
    print(f"{stats['decisions']:,} decisions in {stats['seconds']} s "
          f"(rows {stats['seconds_rows']} s), {stats['bytes'] / 1e9:.2f} GB: {args.path}")
    print("rows: " + ", ".join(f"{t} {n:,}" for t, n in stats["rows"].items()))


if __name__ == "__main__":
    main()
