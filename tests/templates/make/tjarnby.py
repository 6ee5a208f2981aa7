"""Tjärnby kommun (invented), template DA: kommunfullmäktige 2026-11-23 in a Century-type body
with sans labels. The §§ name people without their party, which the cover's list of members
prints ("Beslutande" as a table Namn / Parti / Uppdrag); its secretary prints the yrkanden as a
table without rulings (Yrkande / Av / Parti), party groups moving ("S-gruppen yrkar …",
"Vänsterpartiet genom X yrkar …", "Sverigedemokraterna yrkar …"), a member joining in a
sentence of its own after a page break ("X och Y instämmer."); "Reservationer" as a label over
the reservants one a line, "Reservation av Sandin och Rahimi" by surname only, "Mot beslutet
reserverar sig: …"; a roll call on an "Omröstningsprotokoll" whose columns are J / N / Avst /
Frånv with a check mark, the names "Efternamn, I." with a Parti column; a vote told by party
group counts only ("S 7 ja, C 2 ja, …"), no voters; "Protokollsanteckning" as a label over its
text with the signers after."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Tjärnby kommun"
KF = "Kommunfullmäktige"
DATE = "2026-11-23"
STYLE = Style(body="century", size=10.5, leading=1.32, left=72, right=64, top=100, bottom=80)

MEMBERS = [Person(n, p) for n, p in (
    ("Anna Berglund", "S"), ("Lars Eklöf", "S"), ("Maria Sundin", "S"), ("Johan Åström", "S"),
    ("Kerstin Falkman", "S"), ("Nils Hedman", "S"), ("Eva Strömberg", "S"),
    ("Mikael Brandt", "M"), ("Sofia Lindén", "M"), ("Gustav Ehn", "M"), ("Ulla Rydberg", "M"),
    ("Jonas Kihlberg", "M"),
    ("Roger Nylund", "SD"), ("Camilla Öhrn", "SD"), ("Stefan Vikander", "SD"),
    ("Ingrid Sjölander", "C"), ("Olof Bäck", "C"),
    ("Tove Sandin", "V"), ("Ali Rahimi", "V"),
    ("Birgitta Moberg", "KD"), ("Henrik Zetterlund", "L"))]
BY = {p.name: p for p in MEMBERS}
CHAIR = BY["Anna Berglund"]

TAXA = "Avfallstaxa 2027"
MOTION = "Motion om fler förskoleplatser i Tjärnby centrum"
PLAN = "Detaljplan för Norra hamnen"
ARVODE = "Ändring av arvodesreglemente för förtroendevalda"

# § 123: ja = kommunstyrelsens förslag, nej = avslag;
# Gustav Ehn away, nobody in his place; Henrik Zetterlund abstains
V123 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "C": "ja", "KD": "ja", "L": "ja",
                           "SD": "nej", "V": "nej"}, {}, {"Gustav Ehn"},
                 exceptions={"Henrik Zetterlund": "avstår"})
MARK = {"ja": 0, "nej": 1, "avstår": 2, "frånvarande": 3}


def initial_name(p: Person) -> str:
    first, last = p.name.rsplit(" ", 1)
    return f"{last}, {first[0]}."


def _header(s: Sheet) -> None:
    s.masthead("sans", ["TJÄRNBY KOMMUN", f"{KF}"],
               ["SAMMANTRÄDESPROTOKOLL", f"{DATE}    Sida {s.page_no()} av {{nb}}"], (34, 46),
               sizes=(9.5, 8.5), right_first=12, left_w=220, right_x=300,
               right_w=s.w - s.r_margin - 300, rule=(0.4, 62))


def _footer(s: Sheet) -> None:
    s.use("", 7.5, "sans")
    s.set_xy(s.l_margin, s.h - 52)
    s.cell(200, 10, "Justerandes signatur")
    s.set_xy(s.w - s.r_margin - 200, s.h - 52)
    s.cell(200, 10, "Utdragsbestyrkande", align="R")


def _label(s: Sheet, text: str) -> None:
    s.need(40)
    s.gap(2)
    s.text(text, style="B", font="sans", size=10, after=2)


def _head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(80)
    s.gap(12)
    s.use("B", 12, "sans")
    s.cell(48, 16, f"§ {n}")
    s.multi_cell(0, 16, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.text(f"Dnr {dnr}", size=9, after=6)


def _cover(s: Sheet) -> None:
    s.use("B", 15, "sans")
    s.cell(0, 22, f"{KF}", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Tjärnby kommunhus, sessionssalen, {DATE} kl. 18.00–21.35", after=10)
    _label(s, "Beslutande")
    s.row([Cell(0, 170, "Namn", "B", font="sans"), Cell(170, 60, "Parti", "B", font="sans"),
           Cell(230, 150, "Uppdrag", "B", font="sans")], size=9.5, after=2)
    for p in MEMBERS:
        if p.name == "Gustav Ehn":
            continue
        role = ("ordförande" if p is CHAIR else
                "1:e vice ordförande" if p.name == "Mikael Brandt" else "ledamot")
        s.row([Cell(0, 170, p.name), Cell(170, 60, p.party or ""), Cell(230, 150, role)],
              size=9.5)
    s.gap(8)
    _label(s, "Frånvarande")
    s.text("Gustav Ehn (M)", after=8)
    _label(s, "Övriga närvarande")
    s.text("Karin Wennberg, kommundirektör\nPatrik Lööw, sekreterare", after=8)
    _label(s, "Justerare")
    s.text("Ulla Rydberg och Olof Bäck", after=8)
    _label(s, "Paragrafer")
    s.text("§§ 120–124", after=8)


def _p120(s: Sheet) -> None:
    _head(s, 120, "Val av justerare", None)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige utser Ulla Rydberg och Olof Bäck att jämte ordföranden justera "
           "protokollet.")


def _p121(s: Sheet) -> None:
    _head(s, 121, TAXA, "KS 2026/288")
    s.text("Tekniska nämnden har föreslagit en ny avfallstaxa för 2027. Grundavgiften för ett "
           "villahushåll höjs med 4 procent. Kommunstyrelsen har ställt sig bakom förslaget.")
    _label(s, "Yrkanden")
    s.row([Cell(0, 250, "Yrkande", "B", font="sans"), Cell(260, 120, "Av", "B", font="sans"),
           Cell(390, 50, "Parti", "B", font="sans")], size=9.5, after=1)
    for what, who, party in (
            ("Bifall till kommunstyrelsens förslag", "Lars Eklöf", "S"),
            ("Avslag på kommunstyrelsens förslag", "Mikael Brandt", "M"),
            ("Återremiss för en ny beräkning av grundavgiften", "Tove Sandin", "V"),
            ("Bifall till Mikael Brandts avslagsyrkande", "Roger Nylund", "SD")):
        s.row([Cell(0, 250, what), Cell(260, 120, who), Cell(390, 50, party)], size=10, after=1)
    s.gap(6)
    _label(s, "Propositionsordning")
    s.text("Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet. "
           "Därefter ställer ordföranden bifall mot avslag och finner att fullmäktige bifaller "
           "kommunstyrelsens förslag. Votering begärs.")
    _label(s, "Omröstning")
    s.text("Omröstningen redovisas partivis: S 7 ja, C 2 ja, KD 1 ja, L 1 ja, M 4 nej, SD 3 nej, "
           "V 2 nej. Fullmäktige har med 11 ja-röster mot 9 nej-röster bifallit kommunstyrelsens "
           "förslag.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige antar avfallstaxa 2027 enligt tekniska nämndens förslag.")
    _label(s, "Reservationer")
    for name in ("Mikael Brandt", "Sofia Lindén", "Jonas Kihlberg", "Ulla Rydberg"):
        s.text(name, after=1)
    s.gap(4)


def _p122(s: Sheet) -> None:
    _head(s, 122, MOTION, "KS 2026/115")
    s.text("Tove Sandin och Ali Rahimi har i en motion föreslagit att kommunen bygger en ny "
           "förskola med sex avdelningar i Tjärnby centrum. Barn- och utbildningsnämnden har "
           "yttrat sig över motionen och anser att behovet kan mötas inom befintliga lokaler. "
           "Kommunstyrelsen föreslår att motionen avslås.")
    _label(s, "Yrkanden")
    s.text("S-gruppen yrkar bifall till kommunstyrelsens förslag.")
    s.text("Vänsterpartiet genom Tove Sandin yrkar bifall till motionen.")
    s.text("Ingrid Sjölander yrkar att motionen ska anses besvarad.")
    s.need(9999)  # the rest of the § on the next page
    s.text("Birgitta Moberg instämmer i Sjölanders yrkande.")
    _label(s, "Propositionsordning")
    s.text("Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller "
           "kommunstyrelsens förslag.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige avslår motionen.")
    s.text("Reservation av Sandin och Rahimi.")


def _p123(s: Sheet) -> None:
    _head(s, 123, PLAN, "KS 2025/402")
    s.text("Samhällsbyggnadsnämnden har tagit fram en detaljplan för bostäder och en småbåtshamn "
           "vid Norra hamnen. Planen har varit utställd under sommaren 2026.")
    _label(s, "Yrkanden")
    s.text("Johan Åström yrkar bifall till kommunstyrelsens förslag att anta detaljplanen.")
    s.text("Camilla Öhrn yrkar avslag på förslaget.")
    s.text("Stefan Vikander och Roger Nylund instämmer.")
    s.text("Sverigedemokraterna yrkar därtill att ärendet återremitteras för en ny "
           "bullerutredning.")
    _label(s, "Propositionsordning")
    s.text("Ordföranden finner att ärendet ska avgöras i dag och ställer därefter bifall mot "
           "avslag. Ordföranden finner att fullmäktige bifaller kommunstyrelsens förslag. "
           "Omröstning begärs och ska verkställas. Den som bifaller kommunstyrelsens förslag "
           "röstar ja, den som bifaller avslagsyrkandet röstar nej.")
    n = counts(V123)
    s.text(f"Med {n['ja']} ja-röster mot {n['nej']} nej-röster, {n['avstår']} avstår och "
           f"{n['frånvarande']} frånvarande, beslutar fullmäktige enligt kommunstyrelsens förslag. "
           "Hur var och en har röstat framgår av omröstningsprotokollet nedan.")
    _roll_call(s)
    _label(s, "Beslut")
    s.text("Kommunfullmäktige antar detaljplan för Norra hamnen.")
    s.text("Mot beslutet reserverar sig: Camilla Öhrn, Stefan Vikander och Roger Nylund.")
    _label(s, "Protokollsanteckning")
    s.text("Vi välkomnar planen men vill att kommunen följer upp bullret från småbåtshamnen "
           "när den har varit i drift ett år.", after=2)
    s.text("Ingrid Sjölander\nOlof Bäck")


def _roll_call(s: Sheet) -> None:
    s.need(120)
    s.gap(4)
    s.text("OMRÖSTNINGSPROTOKOLL § 123", style="B", font="sans", size=10, after=3)
    cols = [0, 150, 200, 240, 280, 330]
    head = ["Ledamot", "Parti", "J", "N", "Avst", "Frånv"]
    s.row([Cell(x, 60 if k else 140, h, "B", font="sans", align="C" if k > 1 else "L")
           for k, (x, h) in enumerate(zip(cols, head, strict=True))], size=9, after=1)
    for seat in V123:
        cells = [Cell(0, 140, initial_name(seat.member), size=9.5),
                 Cell(150, 40, seat.member.party or "", size=9.5)]
        k = MARK[seat.vote]
        cells.append(Cell(cols[2 + k], 36, "✓", font="dejavu", align="C", size=9.5))
        s.row(cells, size=9.5)
    n = counts(V123)
    s.row([Cell(0, 140, "Summa", "B"), Cell(200, 36, str(n["ja"]), "B", align="C"),
           Cell(240, 36, str(n["nej"]), "B", align="C"),
           Cell(280, 36, str(n["avstår"]), "B", align="C"),
           Cell(330, 36, str(n["frånvarande"]), "B", align="C")], size=9.5, after=6)


def _p124(s: Sheet) -> None:
    _head(s, 124, ARVODE, "KS 2026/301")
    s.text("Arvodesberedningen föreslår att arvodet för heltidsarvoderade förtroendevalda räknas "
           "upp med 2,5 procent från och med den 1 januari 2027.")
    _label(s, "Yrkanden")
    s.text("Eva Strömberg yrkar bifall till beredningens förslag.")
    s.text("Moderaterna genom Sofia Lindén yrkar avslag.")
    _label(s, "Beslut")
    s.text("Kommunfullmäktige beslutar enligt arvodesberedningens förslag.")
    s.text("Moderaternas ledamöter reserverar sig mot beslutet.")


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    s.add_page()
    for part in (_p120, _p121, _p122, _p123, _p124):
        part(s)
    path = out / "tjarnby-kf-2026-11-23-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kf(n: int, **kw) -> dict:
        return F.decision("beslut", KF, DATE, n, **F.empty(**kw))

    def t(name: str) -> str:
        return BY[name].tag()

    return {
        "file": "tjarnby-kf-2026-11-23-protokoll.pdf",
        "_note": "The §§ print no parties: every person's party is the cover's. A party group "
                 "moving is stated by its party; 'Vänsterpartiet genom Tove Sandin' and "
                 "'Moderaterna genom Sofia Lindén' by the member who speaks for the group. "
                 "Members who join a yrkande in a sentence of their own ('X instämmer i …', 'Y och "
                 "Z instämmer.') make a motion of their own with its stance, as Höglunda's facts "
                 "state it. 'Reservation av "
                 "Sandin och Rahimi' are the two members of that name on the cover. The vote of "
                 "§ 121 is told by party group counts only: its counts, no voters. The roll call "
                 "of § 123 prints 'Efternamn, I.': each is the member of the cover. 'yrkar att motionen "
                 "ska anses besvarad' asks for neither bifall nor avslag: annat.",
        "meeting": {"municipality": MUNI, "body": KF, "date": DATE},
        "items": [
            {"number": "§ 120", "title": "Val av justerare", "dnr": [], "decisions": [kf(120)]},
            {"number": "§ 121", "title": TAXA, "dnr": ["KS 2026/288"], "decisions": [
                kf(121,
                   motions=[F.motion("bifall", t("Lars Eklöf")),
                            F.motion("avslag", t("Mikael Brandt")),
                            F.motion("återremiss", t("Tove Sandin")),
                            F.motion("avslag", t("Roger Nylund"))],
                   votes=[F.vote(11, 9, None, voters=[])],
                   reservations=[F.reservation(t("Mikael Brandt"), t("Sofia Lindén"),
                                               t("Jonas Kihlberg"), t("Ulla Rydberg"))])]},
            {"number": "§ 122", "title": MOTION, "dnr": ["KS 2026/115"], "decisions": [
                kf(122,
                   motions=[F.motion("bifall", parties=["S"]),
                            F.motion("bifall", t("Tove Sandin"), parties=["V"]),
                            F.motion("annat", t("Ingrid Sjölander")),
                            F.motion("annat", t("Birgitta Moberg"))],
                   reservations=[F.reservation(t("Tove Sandin"), t("Ali Rahimi"))])]},
            {"number": "§ 123", "title": PLAN, "dnr": ["KS 2025/402"], "decisions": [
                kf(123,
                   motions=[F.motion("bifall", t("Johan Åström")),
                            F.motion("avslag", t("Camilla Öhrn")),
                            F.motion("avslag", t("Stefan Vikander"), t("Roger Nylund")),
                            F.motion("återremiss", parties=["SD"])],
                   votes=[F.counted(V123)],
                   reservations=[F.reservation(t("Camilla Öhrn"), t("Stefan Vikander"),
                                               t("Roger Nylund"))],
                   statements=[F.statement("protokollsanteckning", t("Ingrid Sjölander"),
                                           t("Olof Bäck"))])]},
            {"number": "§ 124", "title": ARVODE, "dnr": ["KS 2026/301"], "decisions": [
                kf(124,
                   motions=[F.motion("bifall", t("Eva Strömberg")),
                            F.motion("avslag", t("Sofia Lindén"), parties=["M"])],
                   reservations=[F.reservation(parties=["M"])])]},
        ],
    }
