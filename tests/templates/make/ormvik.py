"""Ormvik kommun (invented), template DB: socialnämnden 2026-11-10, a plain sans nämnd protocol
whose minute system prints names surname first **without a comma** on its cover and its
voting list ("Lund Anna (S), ordförande", "Holmgren Elsa"), while the secretary's prose writes
them first name first; a vote told by what each voted for in one sentence ("A och B röstade för
bifall; C och D för avslag") and the result as "Rösterna fördelade sig 6–5"; members with an
initial ("Ja: A. Lund, K. Strand, …") and "6 röster mot 5"; a "Närvaro- och voteringslista"
after the §§ whose columns are Ja / Nej / Avstår / Frånv with a heavy check mark and a
substitute named on it and on the cover only; reservations "X (SD) reserverar sig skriftligt
(bilaga 2)" and a written reservation printed under the § and signed by three; "Särskilt
yttrande" as a label over its text with the signer after; "Sverigedemokraterna genom X
yrkar …"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts
from .sheet import Cell, Sheet, Style

MUNI = "Ormvik kommun"
SN = "Socialnämnden"
DATE = "2026-11-10"
STYLE = Style(body="sans", size=10, leading=1.35, left=66, right=60, top=96, bottom=78)

MEMBERS = [Person(n, p) for n, p in (
    ("Anna Lund", "S"), ("Karl Strand", "S"), ("Marie Åhlén", "S"), ("Bo Hellgren", "S"),
    ("Per Eriksson", "M"), ("Lisa Wahlin", "M"), ("Tord Bergkvist", "M"),
    ("Kent Ljung", "SD"), ("Sara Holmqvist", "C"), ("Emma Dahlberg", "V"),
    ("Jan Persson", "KD"))]
BY = {p.name: p for p in MEMBERS}
CHAIR = BY["Anna Lund"]
SUB = Person("Elsa Holmgren", "S")  # serves for Bo Hellgren; printed surname first only

BOENDE = "Biståndsbedömning för särskilt boende – nya riktlinjer"
AVGIFT = "Avgifter inom hemtjänsten 2027"
LSS = "Upphandling av daglig verksamhet enligt LSS"


def last_first(p: Person) -> str:
    first, last = p.name.rsplit(" ", 1)
    return f"{last} {first}"


def initial(p: Person) -> str:
    first, last = p.name.rsplit(" ", 1)
    return f"{first[0]}. {last}"


def seated(p: Person) -> Person:
    return SUB if p.name == "Bo Hellgren" else p


# § 92 (bifall = ja, avslag = nej), § 93 by name, § 94 on the voting list
V92 = {"ja": ["Anna Lund", "Karl Strand", "Marie Åhlén", "Elsa Holmgren", "Sara Holmqvist",
              "Emma Dahlberg"],
       "nej": ["Per Eriksson", "Lisa Wahlin", "Tord Bergkvist", "Kent Ljung", "Jan Persson"]}
V93 = {"ja": ["Anna Lund", "Karl Strand", "Marie Åhlén", "Elsa Holmgren", "Emma Dahlberg",
              "Sara Holmqvist"],
       "nej": ["Per Eriksson", "Lisa Wahlin", "Tord Bergkvist", "Kent Ljung", "Jan Persson"]}
V94 = [Seat(m, SUB if m.name == "Bo Hellgren" else None, v) for m, v in zip(MEMBERS, (
    "ja", "ja", "ja", "ja", "nej", "nej", "nej", "nej", "ja", "avstår", "ja"), strict=True)]
WHO = {p.name: p for p in (*MEMBERS, SUB)}


def _header(s: Sheet) -> None:
    s.masthead("sans", ["Ormvik kommun", SN], ["PROTOKOLL", f"{DATE}  {s.page_no()}({{nb}})"],
               (30, 41), sizes=(9, 8.5), heights=(11, 11), left_w=200, right_x=280,
               right_w=s.w - s.r_margin - 280)


def _label(s: Sheet, text: str) -> None:
    s.need(40)
    s.gap(3)
    s.text(text, style="B", size=10, after=2)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(80)
    s.gap(14)
    s.use("B", 11.5)
    s.cell(0, 15, f"§ {n}  {title}", new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Dnr SN {dnr}", size=9, after=6)
    else:
        s.gap(4)


def _cover(s: Sheet) -> None:
    s.use("B", 15)
    s.cell(0, 22, SN, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Socialkontoret, sal Ormen, {DATE} kl. 08.30–11.45", after=10)
    _label(s, "Beslutande")
    for p in MEMBERS:
        if p.name == "Bo Hellgren":
            s.text(f"{last_first(SUB)} ({SUB.party}), tjänstgörande ersättare", after=1)
            continue
        role = ", ordförande" if p is CHAIR else ""
        s.text(f"{last_first(p)} ({p.party}){role}", after=1)
    s.gap(6)
    _label(s, "Övriga närvarande")
    s.text("Wallin Helena, socialchef\nBerggren Tomas, nämndsekreterare", after=8)
    _label(s, "Utses att justera")
    s.text("Holmqvist Sara", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 91–94", after=8)


def _joined(names: list[str], fmt=lambda p: p.name) -> str:
    parts = [fmt(WHO[n]) for n in names]
    return ", ".join(parts[:-1]) + " och " + parts[-1]


def _p91(s: Sheet) -> None:
    _head(s, 91, "Justering", None)
    s.text("Sara Holmqvist (C) utses att jämte ordföranden justera protokollet.")


def _p92(s: Sheet) -> None:
    _head(s, 92, BOENDE, "2026/210")
    s.text("Förvaltningen har arbetat fram nya riktlinjer för biståndsbedömning av särskilt "
           "boende. Riktlinjerna ersätter de som antogs 2019.")
    _label(s, "Förvaltningens förslag till beslut")
    s.text("Socialnämnden antar riktlinjerna för biståndsbedömning för särskilt boende.")
    _label(s, "Yrkanden")
    s.text("Karl Strand (S) yrkar bifall till förvaltningens förslag. Per Eriksson (M) yrkar "
           "avslag. Sverigedemokraterna genom Kent Ljung yrkar likaså avslag.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer bifall mot avslag och finner att nämnden bifaller förvaltningens "
           "förslag. Omröstning begärs.")
    ja = _joined([n for n in V92["ja"] if n != "Elsa Holmgren"])
    nej = _joined(V92["nej"])
    s.text(f"{ja} samt tjänstgörande ersättaren Elsa Holmgren (S) röstade för bifall; {nej} "
           "för avslag. Rösterna fördelade sig 6–5.")
    _label(s, "Beslut")
    s.text("Socialnämnden beslutar enligt förvaltningens förslag.")
    _label(s, "Reservation")
    s.text("Vi reserverar oss mot beslutet. Riktlinjerna gör det svårare för äldre med oro och "
           "ensamhet att få plats i särskilt boende, och de konsekvenser som förvaltningen själv "
           "beskriver har inte vägts in.", after=14)
    s.row([Cell(0, 150, "Per Eriksson (M)"), Cell(160, 150, "Lisa Wahlin (M)"),
           Cell(320, 150, "Tord Bergkvist (M)")], after=6)


def _p93(s: Sheet) -> None:
    _head(s, 93, AVGIFT, "2026/188")
    s.text("Förvaltningen föreslår att timtaxan i hemtjänsten höjs till 395 kronor från den "
           "1 januari 2027. Maxtaxan följer socialtjänstlagen.")
    _label(s, "Yrkanden")
    s.text("Marie Åhlén (S) yrkar bifall till förvaltningens förslag.")
    s.text("Jan Persson (KD) yrkar att taxan lämnas oförändrad.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller "
           "förvaltningens förslag. Omröstning begärs. Ja-röst för förvaltningens förslag, "
           "nej-röst för Jan Perssons förslag.")
    s.text("Ja: " + ", ".join(initial(WHO[n]) for n in V93["ja"]), after=1)
    s.text("Nej: " + ", ".join(initial(WHO[n]) for n in V93["nej"]))
    s.text("Nämnden har beslutat enligt förvaltningens förslag med 6 röster mot 5.")
    _label(s, "Beslut")
    s.text("Socialnämnden fastställer timtaxan i hemtjänsten till 395 kronor från och med den "
           "1 januari 2027.")
    s.text("Kent Ljung (SD) reserverar sig skriftligt (bilaga 2).")


def _p94(s: Sheet) -> None:
    _head(s, 94, LSS, "2026/143")
    s.text("Avtalet om daglig verksamhet löper ut den 30 juni 2027. Förvaltningen föreslår att "
           "verksamheten upphandlas enligt lagen om valfrihetssystem.")
    _label(s, "Yrkanden")
    s.text("Sara Holmqvist (C) yrkar bifall till förvaltningens förslag. Per Eriksson (M) yrkar "
           "att verksamheten i stället upphandlas i en öppen upphandling.")
    _label(s, "Beslutsgång")
    s.text("Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller "
           "förvaltningens förslag. Votering begärs och genomförs enligt närvaro- och "
           "voteringslistan. Ja för förvaltningens förslag, nej för Per Erikssons förslag.")
    n = counts(V94)
    s.text(f"Med {n['ja']} ja-röster mot {n['nej']} nej-röster och {n['avstår']} som avstår "
           "bifaller nämnden förvaltningens förslag.")
    _label(s, "Beslut")
    s.text("Socialnämnden beslutar att daglig verksamhet enligt LSS upphandlas enligt lagen om "
           "valfrihetssystem.")
    _label(s, "Särskilt yttrande")
    s.text("Vänsterpartiet avstår från att rösta. Vi anser att daglig verksamhet ska drivas i "
           "kommunens egen regi och inte konkurrensutsättas.", after=2)
    s.text("Emma Dahlberg (V)")


def _voting_list(s: Sheet) -> None:
    s.use("B", 12)
    s.cell(0, 18, "NÄRVARO- OCH VOTERINGSLISTA", new_x="LMARGIN", new_y="NEXT")
    s.text(f"{SN} {DATE}, § 94", after=8)
    cols = [0, 170, 215, 260, 305, 350, 395]
    head = ["Namn", "Parti", "Närv", "Ja", "Nej", "Avstår", "Frånv"]
    s.row([Cell(x, 150 if not k else 44, h, "B", align="L" if k < 2 else "C")
           for k, (x, h) in enumerate(zip(cols, head, strict=True))], size=9, after=2)
    mark = {"ja": 3, "nej": 4, "avstår": 5, "frånvarande": 6}
    for seat in V94:
        who = seat.who
        cells = [Cell(0, 160, last_first(who) + (" (ers.)" if seat.voter else "")),
                 Cell(170, 40, who.party or ""), Cell(cols[2], 44, "✔", font="dejavu", align="C"),
                 Cell(cols[mark[seat.vote]], 44, "✔", font="dejavu", align="C")]
        s.row(cells, size=9.5)
    n = counts(V94)
    s.row([Cell(0, 160, "Summa", "B"), Cell(cols[3], 44, str(n["ja"]), "B", align="C"),
           Cell(cols[4], 44, str(n["nej"]), "B", align="C"),
           Cell(cols[5], 44, str(n["avstår"]), "B", align="C"),
           Cell(cols[6], 44, str(n["frånvarande"]), "B", align="C")], size=9.5, after=14)


def _bilaga2(s: Sheet) -> None:
    s.use("B", 11)
    s.cell(0, 16, "Bilaga 2 till socialnämndens protokoll § 93", new_x="LMARGIN", new_y="NEXT")
    s.gap(6)
    s.text("Reservation", style="B", size=11, after=4)
    s.text("Sverigedemokraterna anser att taxan ska lämnas oförändrad så länge kommunens "
           "hemtjänst inte klarar sina mål för kontinuitet.", after=18)
    s.text("Kent Ljung (SD)")


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, None)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    s.add_page()
    for part in (_p91, _p92, _p93, _p94):
        part(s)
    s.add_page()
    _voting_list(s)
    s.add_page()
    _bilaga2(s)
    path = out / "ormvik-sn-2026-11-10-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def sn(n: int, **kw) -> dict:
        return F.decision("beslut", SN, DATE, n, **F.empty(**kw))

    def t(name: str) -> str:
        return WHO[name].tag()

    def voters(v: dict[str, list[str]]) -> list[dict]:
        return [{"name": n, "party": WHO[n].party, "vote": k} for k, ns in v.items() for n in ns]

    return {
        "file": "ormvik-sn-2026-11-10-protokoll.pdf",
        "_note": "The cover and the voting list print names surname first without a comma "
                 "('Holmgren Elsa'): each is stated first name first. Elsa Holmgren (S) serves for "
                 "Bo Hellgren and votes in his place. § 92: bifall is ja (the chair puts bifall "
                 "against avslag). § 93: 'A. Lund' is Anna Lund of the cover. Per Erikssons "
                 "'upphandlas i en öppen upphandling' and Jan Perssons 'taxan lämnas oförändrad' "
                 "change the proposal: ändring. The written reservation under § 92 is signed by "
                 "three. 'Sverigedemokraterna genom Kent Ljung' is Kent Ljung moving for SD.",
        "meeting": {"municipality": MUNI, "body": SN, "date": DATE},
        "items": [
            {"number": "§ 91", "title": "Justering", "dnr": [], "decisions": [sn(91)]},
            {"number": "§ 92", "title": BOENDE, "dnr": ["SN 2026/210"], "decisions": [
                sn(92,
                   motions=[F.motion("bifall", t("Karl Strand")),
                            F.motion("avslag", t("Per Eriksson")),
                            F.motion("avslag", t("Kent Ljung"), parties=["SD"])],
                   votes=[F.vote(6, 5, None, voters=voters(V92), verified=True)],
                   reservations=[F.reservation(t("Per Eriksson"), t("Lisa Wahlin"),
                                               t("Tord Bergkvist"))])]},
            {"number": "§ 93", "title": AVGIFT, "dnr": ["SN 2026/188"], "decisions": [
                sn(93,
                   motions=[F.motion("bifall", t("Marie Åhlén")),
                            F.motion("ändring", t("Jan Persson"))],
                   votes=[F.vote(6, 5, None, voters=voters(V93), verified=True)],
                   amounts=[F.amount(395)],
                   reservations=[F.reservation(t("Kent Ljung"))])]},
            {"number": "§ 94", "title": LSS, "dnr": ["SN 2026/143"], "decisions": [
                sn(94,
                   motions=[F.motion("bifall", t("Sara Holmqvist")),
                            F.motion("ändring", t("Per Eriksson"))],
                   votes=[F.counted(V94)],
                   statements=[F.statement("särskilt yttrande", t("Emma Dahlberg"))])]},
        ],
    }
