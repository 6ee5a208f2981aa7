"""Malmviks kommun (invented), template QA: kommunfullmäktige 2026-12-15 in a plain serif
layout whose § parts stand under labels ("Yrkanden", "Beslutsgång", "Beslut", "Reservationer",
"Särskilda meningar"). Its secretary words the yrkanden, reservations and statements in ways
the templates before it do not: a yrkande in the perfect ("X (V) har yrkat bifall …"), the
party written out between commas ("X, Moderaterna, yrkar avslag …", "X, Sverigedemokraterna,
reserverar sig …", "X, Liberalerna, lämnar en protokollsanteckning"), the verb late in the
sentence ("X (S) anser att … och yrkar därför att …"), a yrkande laid forward as a noun ("X (SD)
lade fram ett yrkande om återremiss", "Under sammanträdet framförde X (C) ett yrkande om att
…"), "X (KD) ställer sig bakom kommunstyrelsens förslag", members who "biträder yrkandet" just
moved, a seconder between the mover and the verb in the past ("X (M), understödd av Y (M),
föreslog att …"); reservations "Till förmån för X:s yrkande reserverar sig A och B", "X (V)
har reserverat sig", "…, vilket Y (SD) instämmer i", reservants listed with their parties
written out after semicolons; "X (C) deltar inte i beslutet och lämnar en protokollsanteckning"
(two statements), "Under sammanträdet lämnade X (MP) ett särskilt yttrande", and a särskilt
yttrande printed as an appendix after the last § for a § that is not the last. Traps: a
motionär's "föreslår i motionen", an official who "föredrar ärendet", the chair who "informerar
om", names in the Beslutsgång."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person
from .sheet import Sheet, Style, document

MUNI = "Malmviks kommun"
KF = "Kommunfullmäktige"
DATE = "2026-12-15"
STYLE = Style(body="serif", size=11, leading=1.3, left=70, right=70, top=92, bottom=80)

MEMBERS = [Person(n, p) for n, p in (
    ("Anna Berglöf", "S"), ("Erik Lindahl", "S"), ("Sara Holmberg", "S"), ("Mikael Strand", "S"),
    ("Per Ekström", "M"), ("Karin Nordin", "M"), ("Oskar Vikberg", "M"),
    ("Jan Ahlberg", "SD"), ("Lisa Dahlgren", "SD"), ("Eva Lundin", "C"),
    ("Ali Reza", "V"), ("Maja Sten", "V"), ("Bo Falkman", "KD"), ("Ida Sjöberg", "L"),
    ("Tove Ringdahl", "MP"))]
BY = {p.name: p for p in MEMBERS}
CHAIR = BY["Anna Berglöf"]
VICE = BY["Per Ekström"]

BANK = "Motion om en fritidsbank"
TAXA = "Taxa för bygglov 2027"
PLAN = "Detaljplan för Strandängen"
KONTROLL = "Uppföljning av intern kontroll 2026"


def _masthead(s: Sheet) -> None:
    s.masthead("serif", ["MALMVIKS KOMMUN", KF],
               ["PROTOKOLL", f"{DATE}    {s.page_no()} ({{nb}})"], (32, 45),
               right_first=12, right_w=190, rule=(0.5, 60))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerare                    Utdragsbestyrkande", "serif", size=8,
                     above_edge=42)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 11, "serif", h=15, need=40, before=5)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(14)
    s.use("B", 13, "serif")
    s.cell(48, 17, f"§ {n}")
    s.multi_cell(0, 17, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Dnr KS {dnr}", size=9.5, after=6)


def _cover(s: Sheet) -> None:
    s.use("B", 18, "serif")
    s.cell(0, 26, KF, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Malmviks stadshus, fullmäktigesalen, {DATE} kl. 18.30–21.10",
           after=10)
    _label(s, "Beslutande")
    for p in MEMBERS:
        func = ", ordförande" if p is CHAIR else ", 1:e vice ordförande" if p is VICE else ""
        s.text(f"{p.tag()}{func}", after=0.5)
    s.gap(8)
    _label(s, "Övriga närvarande")
    s.text("Helena Borg, kommundirektör\nRobert Alm, sekreterare", after=8)
    _label(s, "Justerare")
    s.text("Karin Nordin (M) och Maja Sten (V)", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 60–64", after=8)


def _p60(s: Sheet) -> None:
    _head(s, 60, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige utser Karin Nordin (M) och Maja Sten (V) att jämte ordföranden "
           "justera dagens protokoll.")


def _p61(s: Sheet) -> None:
    _head(s, 61, BANK, "2026/150")
    _label(s, "Ärendebeskrivning")
    s.text("Ali Reza (V) föreslår i motionen att kommunen inrättar en fritidsbank där barn och "
           "unga kan låna sport- och fritidsutrustning utan kostnad. Kultur- och fritidschef "
           "Greta Hult föredrar ärendet. Kommunstyrelsen föreslår att motionen anses besvarad.")
    _label(s, "Yrkanden")
    s.text("Ali Reza (V) har yrkat bifall till motionen.")
    s.text("Maja Sten (V) och Tove Ringdahl (MP) biträder Rezas yrkande.")
    s.text("Mikael Strand (S) anser att frågan redan utreds inom fritidsförvaltningen och yrkar "
           "därför att motionen ska anses besvarad.")
    s.text("Oskar Vikberg, Moderaterna, yrkar avslag på motionen.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer Ali Rezas, Mikael Strands och Oskar Vikbergs yrkanden mot "
           "varandra och finner att kommunfullmäktige bifaller Mikael Strands yrkande.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att anse motionen besvarad.")
    _label(s, "Reservationer")
    s.text("Till förmån för Ali Rezas yrkande reserverar sig Maja Sten (V) och Tove Ringdahl "
           "(MP).")
    s.text("Ali Reza (V) har reserverat sig mot beslutet.")


def _p62(s: Sheet) -> None:
    _head(s, 62, TAXA, "2026/199")
    _label(s, "Yrkanden")
    s.text("Kommunstyrelsens ordförande Anna Berglöf (S) yrkar bifall till kommunstyrelsens "
           "förslag.")
    s.text("Jan Ahlberg (SD) lade fram ett yrkande om återremiss för att taxan ska jämföras med "
           "grannkommunernas taxor.")
    s.text("Under sammanträdet framförde Eva Lundin (C) ett yrkande om att timavgiften ska "
           "sänkas för ideella föreningar.")
    s.text("Bo Falkman (KD) ställer sig bakom kommunstyrelsens förslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer först proposition på Jan Ahlbergs återremissyrkande och finner "
           "att ärendet ska avgöras i dag. Därefter ställer ordföranden proposition på Eva "
           "Lundins ändringsyrkande och finner att det avslås.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att anta taxa för bygglov 2027 enligt kommunstyrelsens "
           "förslag.")
    _label(s, "Reservationer")
    s.text("Jan Ahlberg, Sverigedemokraterna, reserverar sig mot beslutet, vilket Lisa Dahlgren "
           "(SD) instämmer i.")
    _label(s, "Särskilda meningar")
    s.text("Eva Lundin (C) deltar inte i beslutet och lämnar en protokollsanteckning.")


def _p63(s: Sheet) -> None:
    _head(s, 63, PLAN, "2025/310")
    _label(s, "Ärendebeskrivning")
    s.text("Planen medger ett fyrtiotal bostäder i två våningar på den tidigare ängsmarken. "
           "Planarkitekt Sven Ljung föredrar ärendet.")
    _label(s, "Yrkanden")
    s.text("Per Ekström (M), understödd av Karin Nordin (M), föreslog att detaljplanen "
           "bordläggs till nästa sammanträde.")
    s.text("Sara Holmberg (S) yrkar bifall till kommunstyrelsens förslag. Erik Lindahl (S) och "
           "Ida Sjöberg (L) biträder yrkandet.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer först proposition på Per Ekströms bordläggningsyrkande och "
           "finner att ärendet ska avgöras i dag. Därefter finner ordföranden att "
           "kommunfullmäktige bifaller kommunstyrelsens förslag.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att anta detaljplan för Strandängen.")
    _label(s, "Reservationer")
    s.text("Reservationer: Per Ekström, Moderaterna; Karin Nordin, Moderaterna.")
    _label(s, "Särskilda meningar")
    s.text("Särskilt yttrande, se bilaga 2.")


def _p64(s: Sheet) -> None:
    _head(s, 64, KONTROLL, "2026/31")
    _label(s, "Ärendebeskrivning")
    s.text("Kommundirektör Helena Borg informerar om resultatet av årets interna kontroll. "
           "Ordföranden Anna Berglöf (S) informerar om revisorernas synpunkter.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar att lägga rapporten till handlingarna.")
    _label(s, "Särskilda meningar")
    s.text("Under sammanträdet lämnade Tove Ringdahl (MP) ett särskilt yttrande om att "
           "kontrollen bör omfatta de kommunala bolagen.")
    s.text("Ida Sjöberg, Liberalerna, lämnar en protokollsanteckning.")


def _appendix(s: Sheet) -> None:
    s.use("B", 12, "serif")
    s.cell(0, 18, "Bilaga 2 till kommunfullmäktiges protokoll 2026-12-15, § 63",
           new_x="LMARGIN", new_y="NEXT")
    s.gap(8)
    s.use("B", 13, "serif")
    s.cell(0, 18, "Särskilt yttrande", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Ärende: {PLAN}", after=8)
    s.text("Vi ställer oss bakom planen men vill att kommunen i exploateringsavtalet kräver att "
           "en tredjedel av bostäderna blir hyresrätter.", after=24)
    s.text("Malmvik den 15 december 2026", after=30)
    s.text("Ali Reza (V)                                        Maja Sten (V)", after=2)


def _minutes(s: Sheet) -> None:
    for part in (_p60, _p61, _p62, _p63, _p64):
        part(s)


def build(out: Path) -> Path:
    path = out / "malmvik-kf-2026-12-15-protokoll.pdf"
    document(STYLE, _masthead, _footer, _cover, _minutes, _appendix).output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    return {
        "file": "malmvik-kf-2026-12-15-protokoll.pdf",
        "_note": "A yrkande is a proposing verb with its movers and a stance, whatever the "
                 "wording: 'har yrkat', 'lade fram ett yrkande om', 'framförde ett yrkande om att "
                 "timavgiften ska sänkas' (an ändring), 'ställer sig bakom kommunstyrelsens "
                 "förslag' (bifall), 'yrkar därför att motionen ska anses besvarad' (annat). "
                 "'Maja Sten (V) och Tove Ringdahl (MP) biträder Rezas yrkande' and 'X och Y "
                 "biträder yrkandet' are motions of their own with the stance they join. A party "
                 "written out between commas or after a comma is the party's code. The seconder "
                 "between the mover and 'föreslog' is a mover. 'X deltar inte i beslutet och "
                 "lämnar en protokollsanteckning' is two statements. The särskilt yttrande of "
                 "bilaga 2 belongs to § 63 (its head says so), signed by Ali Reza (V) and Maja "
                 "Sten (V); § 63's own line only points to it. Names in the Ärendebeskrivning and "
                 "the Beslutsgång move nothing.",
        "meeting": {"body": KF, "date": DATE},
        "items": [
            {"number": "§ 60", "title": "Val av justerare", "dnr": [], "decisions": [kf(60)]},
            {"number": "§ 61", "title": BANK, "dnr": ["KS 2026/150"], "decisions": [
                kf(61, motions=[F.motion("bifall", "Ali Reza (V)"),
                                F.motion("bifall", "Maja Sten (V)", "Tove Ringdahl (MP)"),
                                F.motion("annat", "Mikael Strand (S)"),
                                F.motion("avslag", "Oskar Vikberg (M)")],
                   reservations=[F.reservation("Maja Sten (V)", "Tove Ringdahl (MP)"),
                                 F.reservation("Ali Reza (V)")])]},
            {"number": "§ 62", "title": TAXA, "dnr": ["KS 2026/199"], "decisions": [
                kf(62, motions=[F.motion("bifall", CHAIR.tag()),
                                F.motion("återremiss", "Jan Ahlberg (SD)"),
                                F.motion("ändring", "Eva Lundin (C)"),
                                F.motion("bifall", "Bo Falkman (KD)")],
                   reservations=[F.reservation("Jan Ahlberg (SD)", "Lisa Dahlgren (SD)")],
                   statements=[F.statement("deltar ej", "Eva Lundin (C)"),
                               F.statement("protokollsanteckning", "Eva Lundin (C)")])]},
            {"number": "§ 63", "title": PLAN, "dnr": ["KS 2025/310"], "decisions": [
                kf(63, motions=[F.motion("bordläggning", VICE.tag(), "Karin Nordin (M)"),
                                F.motion("bifall", "Sara Holmberg (S)"),
                                F.motion("bifall", "Erik Lindahl (S)", "Ida Sjöberg (L)")],
                   reservations=[F.reservation(VICE.tag(), "Karin Nordin (M)")],
                   statements=[F.statement("särskilt yttrande", "Ali Reza (V)",
                                           "Maja Sten (V)")])]},
            {"number": "§ 64", "title": KONTROLL, "dnr": ["KS 2026/31"], "decisions": [
                kf(64, statements=[F.statement("särskilt yttrande", "Tove Ringdahl (MP)"),
                                   F.statement("protokollsanteckning", "Ida Sjöberg (L)")])]},
        ],
    }


# ------------------------------------------------------------------ kommunstyrelsen 2026-12-01

KS = "Kommunstyrelsen"
KS_DATE = "2026-12-01"
KS_MEMBERS = [BY[n] for n in (
    "Anna Berglöf", "Erik Lindahl", "Sara Holmberg", "Per Ekström", "Karin Nordin",
    "Jan Ahlberg", "Eva Lundin", "Ali Reza", "Bo Falkman", "Tove Ringdahl", "Ida Sjöberg")]
HALL = "Ny sporthall i Malmvik"
TAXA_KS = "Taxa för bygglov 2027"


def _ks_masthead(s: Sheet) -> None:
    s.masthead("serif", ["MALMVIKS KOMMUN", KS],
               ["PROTOKOLL", f"{KS_DATE}    {s.page_no()} ({{nb}})"], (32, 45),
               right_first=12, right_w=190, rule=(0.5, 60))


def _ks_cover(s: Sheet) -> None:
    s.use("B", 18, "serif")
    s.cell(0, 26, KS, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Malmviks stadshus, sal Tärnan, {KS_DATE} kl. 13.00–16.05", after=10)
    _label(s, "Beslutande")
    for p in KS_MEMBERS:
        func = ", ordförande" if p is CHAIR else ", 1:e vice ordförande" if p is VICE else ""
        s.text(f"{p.tag()}{func}", after=0.5)
    s.gap(8)
    _label(s, "Justerare")
    s.text("Ida Sjöberg (L)", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 120–122", after=8)


def _p120(s: Sheet) -> None:
    _head(s, 120, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunstyrelsen utser Ida Sjöberg (L) att jämte ordföranden justera protokollet.")


def _p121(s: Sheet) -> None:
    _head(s, 121, TAXA_KS, "2026/199")
    _label(s, "Ärendebeskrivning")
    s.text("Kommunstyrelsen har tidigare, den 8 september 2026, föreslagit att taxan ses över. "
           "Bygglovschef Sven Ljung föredrar förslaget till ny taxa.")
    _label(s, "Yrkanden")
    s.text("Sara Holmberg (S) yrkar bifall till arbetsutskottets förslag och får medhåll av "
           "Erik Lindahl (S).")
    s.text("Återremiss – yrkat av Jan Ahlberg (SD).")
    s.text("Yrkande av Eva Lundin (C): att timavgiften för ideella föreningar sänks.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer först proposition på Jan Ahlbergs återremissyrkande och finner "
           "att ärendet ska avgöras i dag. Därefter bifaller kommunstyrelsen arbetsutskottets "
           "förslag.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för bygglov 2027.")
    _label(s, "Reservationer")
    s.text("Jan Ahlberg (SD) reserverar sig till förmån för sitt yrkande, liksom Eva Lundin (C).")


def _p122(s: Sheet) -> None:
    _head(s, 122, HALL, "2026/240")
    s.text("Jäv: Bo Falkman (KD) deltar inte i handläggningen av ärendet.")
    _label(s, "Ärendebeskrivning")
    s.text("Kultur- och fritidsförvaltningen har tagit fram en förstudie om en ny sporthall. "
           "Enligt Per Ekström (M) bör hallen placeras vid skolan; förstudien pekar ut två "
           "andra platser.")
    _label(s, "Yrkanden")
    s.text("Per Ekström (M) yrkar att förstudien också ska pröva en tredje placering vid "
           "skolan. Karin Nordin (M) och Ida Sjöberg (L) ställer sig bakom hans yrkande.")
    s.text("Anna Berglöf (S) yrkar bifall till förvaltningens förslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer Anna Berglöfs yrkande mot Per Ekströms yrkande och finner att "
           "kommunstyrelsen bifaller Anna Berglöfs yrkande.")
    _label(s, "Beslut")
    s.text("Kommunstyrelsen godkänner förstudien och beslutar att gå vidare med en "
           "projektering.")
    _label(s, "Särskilda meningar")
    s.text("Tove Ringdahl (MP) önskar få en protokollsanteckning införd om att hallen ska "
           "byggas med solceller på taket.")


def _ks_minutes(s: Sheet) -> None:
    for part in (_p120, _p121, _p122):
        part(s)


def build_ks(out: Path) -> Path:
    path = out / "malmvik-ks-2026-12-01-protokoll.pdf"
    document(STYLE, _ks_masthead, _footer, _ks_cover, _ks_minutes).output(str(path))
    return path


def ks_facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, KS_DATE, n, **F.empty(**kw))

    return {
        "file": "malmvik-ks-2026-12-01-protokoll.pdf",
        "_note": "'… och får medhåll av Erik Lindahl (S)': he moves with her. 'Återremiss – "
                 "yrkat av X' is X's återremiss; 'Yrkande av X (C): att timavgiften … sänks' an "
                 "ändring. 'reserverar sig …, liksom Eva Lundin (C)': both reserve. 'Karin Nordin "
                 "(M) och Ida Sjöberg (L) ställer sig bakom hans yrkande' join Per Ekström's "
                 "yrkande, a tillägg ('att förstudien också ska pröva …' adds to the proposal), "
                 "with a motion of their own. 'Jäv: Bo Falkman (KD) "
                 "deltar inte …' is his jäv. The Ärendebeskrivning's 'Enligt Per Ekström (M) bör "
                 "…' and the body's earlier proposal move nothing. § 121 proposes to KF.",
        "meeting": {"body": KS, "date": KS_DATE},
        "items": [
            {"number": "§ 120", "title": "Val av justerare", "dnr": [], "decisions": [ks(120)]},
            {"number": "§ 121", "title": TAXA_KS, "dnr": ["KS 2026/199"], "decisions": [
                ks(121, proposed_to=KF,
                   motions=[F.motion("bifall", "Sara Holmberg (S)", "Erik Lindahl (S)"),
                            F.motion("återremiss", "Jan Ahlberg (SD)"),
                            F.motion("ändring", "Eva Lundin (C)")],
                   reservations=[F.reservation("Jan Ahlberg (SD)", "Eva Lundin (C)")])]},
            {"number": "§ 122", "title": HALL, "dnr": ["KS 2026/240"], "decisions": [
                ks(122, motions=[F.motion("tillägg", VICE.tag()),
                                 F.motion("tillägg", "Karin Nordin (M)", "Ida Sjöberg (L)"),
                                 F.motion("bifall", CHAIR.tag())],
                   statements=[F.statement("jäv", "Bo Falkman (KD)"),
                               F.statement("protokollsanteckning", "Tove Ringdahl (MP)")])]},
        ],
    }
