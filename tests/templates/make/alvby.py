"""Älvby kommun (invented), template F: kommunfullmäktige 2026-04-20, its roll calls printed four
ways (a ruled grid in the §, sentences, one member a line over a page break, voting appendices
after the minutes); two votes in one § each with its own appendix; one appendix list that does
not add up to the counts printed for it."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from . import tmpl_f as T
from .blocks import Para
from .people import Names, Person, roll_call

MUNI = "Älvby kommun"
KF = "Kommunfullmäktige"
DATE = "2026-04-20"

_FIXED = {"S": ["Birgitta Sundqvist", "Johan Nyström", "Elin Hedberg"],
          "M": ["Maria Lindqvist", "Per Åström", "Tobias Grön"],
          "SD": ["Kenneth Borg", "Sofia Lindén"], "C": ["Anders Wikman"], "V": ["Leila Karimi"],
          "KD": ["Göran Ödman"], "L": ["Karin Mellgren"], "MP": ["Jonas Fahlén"],
          "ÄBP": ["Rune Strid"]}
SEATS = {"S": 15, "M": 11, "SD": 10, "C": 4, "V": 3, "KD": 2, "L": 2, "MP": 1, "ÄBP": 1}
OTHERS = ["Ulla Berggren", "Nils Ekwall", "Lena Ytterberg", "Hans Rydell"]
_names = Names(2604, {n for v in _FIXED.values() for n in v} | set(OTHERS), part=1)

MEMBERS = _names.members(SEATS, _FIXED)
BY_NAME = {x.name: x for x in MEMBERS}
SD_LAST = [x.name for x in MEMBERS if x.party == "SD"][-1]
SUBS = {"Elin Hedberg": Person("Ulla Berggren", "S"), "Tobias Grön": Person("Nils Ekwall", "M")}
AWAY = {"Elin Hedberg", "Tobias Grön", SD_LAST}
CHAIR = "Anders Wikman"


def _stand(**kw: str) -> dict[str, str]:
    return {party: kw.get(party.replace("Ä", "A"), "ja") for party in SEATS}


# § 41: S, C, KD, L, MP, ÄBP ja; M, SD nej; V avstår
V41 = roll_call(MEMBERS, _stand(M="nej", SD="nej", V="avstår"), SUBS, AWAY)
# § 42 (ja: kommunstyrelsens förslag): V, MP, ÄBP nej; SD avstår
V42 = roll_call(MEMBERS, _stand(V="nej", MP="nej", ABP="nej", SD="avstår"), SUBS, AWAY)
# § 43 (ja: kommunstyrelsens förslag, nej: M's ändringsyrkande): M, SD, KD, L nej; ÄBP avstår
V43 = roll_call(MEMBERS, _stand(M="nej", SD="nej", KD="nej", L="nej", ABP="avstår"), SUBS, AWAY)
# § 44 (bilaga 1): SD, V nej; L, MP, ÄBP avstår
V44 = roll_call(MEMBERS, _stand(SD="nej", V="nej", L="avstår", MP="avstår", ABP="avstår"),
                SUBS, AWAY)
# § 45, vote 1 (bilaga 2: avgörs i dag): M, SD nej; ÄBP avstår
V45A = roll_call(MEMBERS, _stand(M="nej", SD="nej", ABP="avstår"), SUBS, AWAY)
# § 45, vote 2 (bilaga 3): M, SD, L nej; V avstår. Printed 24 ja, 21 nej: the rows say 23/22.
V45B = roll_call(MEMBERS, _stand(M="nej", SD="nej", L="nej", V="avstår"), SUBS, AWAY)
V45B_PRINTED = {"ja": 24, "nej": 21, "avstår": 3, "frånvarande": 1}

FUNCTIONS = {CHAIR: "Ordförande", "Ulla Berggren": "Tjänstgörande ersättare",
             "Nils Ekwall": "Tjänstgörande ersättare"}

BUDGET = "Budget 2027 och plan för 2028–2029"
REGLEMENTE = "Ändring i reglementet för kommunstyrelsen"


def paras() -> list[Para]:
    beslut = ("h", "Beslut")
    return [
        Para(40, "Val av justerare", None, [
            beslut,
            ("p", "Fullmäktige utser Karin Mellgren (L) och Johan Nyström (S) att justera "
                  "protokollet."),
        ]),
        Para(41, "Detaljplan för Norra hamnen", "KS 2025/311", [
            beslut,
            ("p", "Kommunfullmäktige antar detaljplanen för Norra hamnen (Hamnen 1:12 m.fl.)."),
            ("h", "Ärendet"),
            ("p", "Detaljplanen medger cirka 300 bostäder och en ny kaj i Norra hamnen. Planen har "
                  "varit utställd för granskning under hösten 2025."),
            ("h", "Yrkanden"),
            ("p", "Birgitta Sundqvist (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Maria Lindqvist (M) och Kenneth Borg (SD) yrkar avslag."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot avslag och finner "
                  "att fullmäktige bifallit kommunstyrelsens förslag. Votering begärs."),
            ("h", "Votering"),
            ("p", "Följande propositionsordning godkänns: ja-röst innebär bifall till "
                  "kommunstyrelsens förslag, nej-röst innebär avslag."),
            ("p", "Omröstningen utfaller med 25 ja-röster mot 20 nej-röster. 3 ledamöter avstår "
                  "från att rösta och 1 ledamot är frånvarande."),
            ("grid", "Voteringslista § 41", V41),
            ("h", "Reservationer"),
            ("p", "Maria Lindqvist (M) och Kenneth Borg (SD) reserverar sig mot beslutet."),
        ]),
        Para(42, "Svar på motion om avgiftsfri kollektivtrafik för unga", "KS 2025/188", [
            beslut,
            ("p", "Motionen avslås."),
            ("h", "Ärendet"),
            ("p", "Leila Karimi (V) föreslår i en motion att resor med kollektivtrafiken ska vara "
                  "avgiftsfria för alla under 20 år. Kommunstyrelsen föreslår att motionen avslås."),
            ("h", "Yrkanden"),
            ("p", "Johan Nyström (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Leila Karimi (V) yrkar bifall till motionen."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till "
                  "motionen och finner att fullmäktige bifallit kommunstyrelsens förslag. Votering "
                  "begärs."),
            ("h", "Votering"),
            ("p", "Ja-röst för kommunstyrelsens förslag, nej-röst för bifall till motionen."),
            ("said", V42),
            ("p", "Resultat: 34 ja, 5 nej och 9 avstår."),
            ("h", "Reservationer"),
            ("p", "Leila Karimi (V) reserverar sig mot beslutet."),
        ]),
        Para(43, "Taxa för plan- och byggverksamheten 2026", "KS 2025/402", [
            beslut,
            ("p", "Kommunfullmäktige fastställer taxan för plan- och byggverksamheten med "
                  "oförändrad timavgift."),
            ("h", "Ärendet"),
            ("p", "Byggnadsnämnden har föreslagit en höjd timavgift. Kommunstyrelsen föreslår "
                  "fullmäktige att fastställa taxan enligt nämndens förslag."),
            ("h", "Yrkanden"),
            ("p", "Johan Nyström (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Maria Lindqvist (M) yrkar att timavgiften ska vara oförändrad."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer kommunstyrelsens förslag mot Maria Lindqvists (M) "
                  "ändringsyrkande och finner att fullmäktige bifallit kommunstyrelsens förslag. "
                  "Votering begärs."),
            ("h", "Votering"),
            ("p", "Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller Maria "
                  "Lindqvists (M) ändringsyrkande röstar nej."),
            ("lines", T.member_lines(V43)),
            ("p", "Ja-röster 23, nej-röster 24, avstående 1. Fullmäktige har därmed bifallit "
                  "ändringsyrkandet."),
            ("h", "Reservationer"),
            ("p", "Johan Nyström (S) reserverar sig mot beslutet till förmån för kommunstyrelsens "
                  "förslag."),
        ]),
        Para(44, REGLEMENTE, "KS 2026/12", [
            beslut,
            ("p", "Kommunfullmäktige antar reviderat reglemente för kommunstyrelsen att gälla från "
                  "och med den 1 juni 2026."),
            ("h", "Yrkanden"),
            ("p", "Birgitta Sundqvist (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Kenneth Borg (SD) yrkar avslag."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag mot avslag och finner "
                  "att fullmäktige bifallit kommunstyrelsens förslag. Votering begärs."),
            ("h", "Votering"),
            ("p", "Ja för bifall till kommunstyrelsens förslag, nej för avslag."),
            ("p", "Med 32 ja-röster mot 12 nej-röster beslutar fullmäktige enligt kommunstyrelsens "
                  "förslag; 4 ledamöter avstod från att rösta. Hur var och en har röstat framgår av "
                  "bilaga 1."),
        ]),
        Para(45, BUDGET, "KS 2026/30", [
            beslut,
            ("points", None, [
                "Budget 2027 och plan för 2028–2029 fastställs enligt kommunstyrelsens förslag.",
                "Skattesatsen för 2027 fastställs till oförändrat 22,14 procent.",
            ]),
            ("h", "Yrkanden"),
            ("p", "Birgitta Sundqvist (S) yrkar bifall till kommunstyrelsens förslag."),
            ("p", "Maria Lindqvist (M) yrkar att ärendet återremitteras."),
            ("p", "Kenneth Borg (SD) yrkar bifall till Sverigedemokraternas budgetförslag."),
            ("h", "Propositionsordning"),
            ("p", "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så ska ske. "
                  "Votering begärs."),
            ("h", "Votering 1"),
            ("p", "Den som vill att ärendet avgörs i dag röstar ja, den som vill att ärendet "
                  "återremitteras röstar nej."),
            ("p", "Omröstningsresultat: Ja 27, Nej 20, Avstår 1. Voteringslista, se bilaga 2."),
            ("p", "Ordföranden ställer därefter kommunstyrelsens förslag mot Sverigedemokraternas "
                  "budgetförslag och finner att fullmäktige bifallit kommunstyrelsens förslag. "
                  "Votering begärs."),
            ("h", "Votering 2"),
            ("p", "Ja-röst för kommunstyrelsens förslag, nej-röst för Sverigedemokraternas "
                  "budgetförslag."),
            ("p", "Fullmäktige beslutar med 24 ja-röster mot 21 nej-röster, 3 avstår, att bifalla "
                  "kommunstyrelsens förslag. Voteringslista, se bilaga 3."),
            ("h", "Reservationer"),
            ("p", "Ledamöterna för M och SD reserverar sig mot beslutet."),
        ]),
        Para(46, "Anmälan av motioner", None, [
            beslut,
            ("p", "Motionerna överlämnas till kommunstyrelsen för beredning."),
        ]),
    ]


def appendices() -> list[T.Appendix]:
    return [
        T.Appendix(1, ["Votering nr 1", f"§ 44 {REGLEMENTE}"], V44, surname_first=True,
                   functions=FUNCTIONS),
        T.Appendix(2, ["Votering nr 2", f"Omröstning 1 i ärende 7: {BUDGET}"], V45A,
                   substitute_column=True),
        T.Appendix(3, ["Votering nr 3", f"Omröstning 2 i ärende 7: {BUDGET}"], V45B,
                   printed=V45B_PRINTED, functions=FUNCTIONS, row_height=15.0),
    ]


def _cover(s: T.Sheet) -> None:
    s.use("B", 18, "sans")
    s.cell(0, 24, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    T.field_row(s, "Plats och tid", "Älvsalen, kommunhuset i Älvby, 2026-04-20 kl. 18.30–21.45")
    T.field_row(s, "Ordförande", f"{CHAIR} (C)")
    T.field_row(s, "Sekreterare", "Lena Ytterberg")
    T.field_row(s, "Justerare", "Karin Mellgren (L), Johan Nyström (S)")
    T.field_row(s, "Närvarande", "Ledamöter och tjänstgörande ersättare enligt voteringslistan "
                                 "i § 41")
    T.field_row(s, "Paragrafer", "§§ 40–46")


def build(out: Path) -> Path:
    meta = T.Meta(MUNI, KF, DATE)
    s = T.sheet(meta)
    s.add_page()
    _cover(s)
    s.add_page()
    for p in paras():
        s.mark(f"start{p.number}")
        T.render_para(s, p)
        s.mark(f"end{p.number}")
    assert s.marks["start43"] != s.marks["end43"], "the member lines of § 43 must cross a page"
    T.appendix_pages(s, appendices())
    path = out / "alvby-kf-2026-04-20-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)
def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    def listed(seats) -> list[dict]:
        """The voters a list of names prints: nobody for a seat left empty."""
        return [x.fact() for x in seats if x.vote != "frånvarande"]

    bifall_ks = F.motion("bifall", "Birgitta Sundqvist (S)")
    return {
        "file": "alvby-kf-2026-04-20-protokoll.pdf",
        "_note": "Roll calls: § 41 a ruled grid in the §; § 42 sentences; § 43 one member a line; "
                 "§§ 44-45 voting appendices (bilagor 1-3). Bilaga 3 (§ 45, vote 2) prints 24 ja "
                 "and 21 nej as the § does, while its rows give 23 and 22: not verified.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "problems": ["§ 45"],
        "items": [
            {"number": "§ 40", "title": "Val av justerare", "dnr": [], "decisions": [
                kf(40, clauses=one("Fullmäktige utser Karin Mellgren (L) och Johan Nyström (S) att "
                                   "justera protokollet."))]},
            {"number": "§ 41", "title": "Detaljplan för Norra hamnen", "dnr": ["KS 2025/311"],
             "decisions": [kf(41, clauses=one("Kommunfullmäktige antar detaljplanen för Norra hamnen "
                                              "(Hamnen 1:12 m.fl.)."),
                              motions=[bifall_ks, F.motion("avslag", "Maria Lindqvist (M)",
                                                           "Kenneth Borg (SD)")],
                              votes=[F.vote(25, 20, 3, V41, verified=True)],
                              reservations=[F.reservation("Maria Lindqvist (M)",
                                                          "Kenneth Borg (SD)")])]},
            {"number": "§ 42", "title": "Svar på motion om avgiftsfri kollektivtrafik för unga",
             "dnr": ["KS 2025/188"], "decisions": [
                kf(42, clauses=one("Motionen avslås."),
                   motions=[F.motion("bifall", "Johan Nyström (S)"),
                            F.motion("bifall", "Leila Karimi (V)")],
                   votes=[F.vote(34, 5, 9, voters=listed(V42), verified=True)],
                   reservations=[F.reservation("Leila Karimi (V)")])]},
            {"number": "§ 43", "title": "Taxa för plan- och byggverksamheten 2026",
             "dnr": ["KS 2025/402"], "decisions": [
                kf(43, clauses=one("Kommunfullmäktige fastställer taxan för plan- och "
                                   "byggverksamheten med oförändrad timavgift."),
                   motions=[F.motion("bifall", "Johan Nyström (S)"),
                            F.motion("ändring", "Maria Lindqvist (M)")],
                   votes=[F.vote(23, 24, 1, voters=listed(V43), verified=True)],
                   reservations=[F.reservation("Johan Nyström (S)")])]},
            {"number": "§ 44", "title": REGLEMENTE, "dnr": ["KS 2026/12"], "decisions": [
                kf(44, clauses=one("Kommunfullmäktige antar reviderat reglemente för kommunstyrelsen "
                                   "att gälla från och med den 1 juni 2026."),
                   motions=[bifall_ks, F.motion("avslag", "Kenneth Borg (SD)")],
                   votes=[F.vote(32, 12, 4, V44, verified=True)])]},
            {"number": "§ 45", "title": BUDGET, "dnr": ["KS 2026/30"], "decisions": [
                kf(45, clauses=F.clauses(
                    "Budget 2027 och plan för 2028–2029 fastställs enligt kommunstyrelsens förslag.",
                    "Skattesatsen för 2027 fastställs till oförändrat 22,14 procent."),
                   motions=[bifall_ks, F.motion("återremiss", "Maria Lindqvist (M)"),
                            F.motion("bifall", "Kenneth Borg (SD)")],
                   votes=[F.vote(27, 20, 1, V45A, verified=True),
                          F.vote(24, 21, 3, V45B, verified=False)],
                   reservations=[F.reservation(parties=["M", "SD"])])]},
            {"number": "§ 46", "title": "Anmälan av motioner", "dnr": [], "decisions": [
                kf(46, clauses=one("Motionerna överlämnas till kommunstyrelsen för beredning."))]},
        ],
    }
