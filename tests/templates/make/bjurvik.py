"""Bjurviks kommun (invented), template X: kultur- och fritidsnämnden 2026-11-25, an older
Century-type nämnd protocol whose secretary tells the roll call in one sentence ("Vid
omröstningen röstade A (S), B (S) … ja, medan E (M) … röstade nej. H (KD) avstod från att
rösta."), prints a list one member a line with dotted leaders to the vote ("Anna Berg (S)
.......... Ja"), and a table Ledamot / Ja / Nej / Avstår whose name cells carry the party after a
comma and the substitute after the member ("Lisa Holm, S – ersatt av Per Sjö, S"); yrkanden in the
past tense ("… yrkade bifall …, vilket Per Ek (M) instämde i", "Kim Ek (SD) framförde ett
återremissyrkande", "Ett ändringsyrkande framställdes av Lisa Berg (KD) om att …"), reservations
under an inline label ("Reservationer: Per Ek (M), Kim Ek (SD)"), counts in words."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts, joined, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Bjurviks kommun"
KFN = "Kultur- och fritidsnämnden"
DATE = "2026-11-25"
STYLE = Style(body="century", size=10.5, leading=1.35, left=72, right=64, top=100, bottom=80)

MEMBERS = [Person(n, p) for n, p in (
    ("Anna Berg", "S"), ("Lisa Holm", "S"), ("Göran Falk", "S"), ("Malin Åkerlund", "C"),
    ("Sven Dahl", "V"), ("Per Ek", "M"), ("Karin Lööw", "M"), ("Kim Ek", "SD"),
    ("Lisa Berg", "KD"), ("Oskar Hed", "L"), ("Maja Tornberg", "SD"))]
SUB = {"Lisa Holm": Person("Per Sjö", "S")}
AWAY = {"Lisa Holm", "Maja Tornberg"}
WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "Frånvarande"}
NUM = {3: "tre", 4: "fyra", 5: "fem", 6: "sex", 1: "en"}

# § 21: ja = förvaltningens förslag; M, SD nej; KD avstår (Tornberg away, in no list)
V21 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "L": "ja", "M": "nej", "SD": "nej",
                          "KD": "avstår"}, SUB, AWAY)
# § 22: ja = avgörs i dag, nej = återremiss
V22 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "KD": "ja", "M": "nej", "SD": "nej",
                          "L": "nej"}, SUB, AWAY)
# § 23: ja = förvaltningens förslag, nej = Lisa Bergs ändringsyrkande
V23 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "M": "nej", "SD": "nej", "KD": "nej",
                          "L": "avstår"}, SUB, AWAY)
BIDRAG = "Föreningsbidrag 2027"
BADHUS = "Öppettider för Bjurviks badhus"
TAXA = "Taxor för uthyrning av lokaler 2027"


def _header(s: Sheet) -> None:
    s.masthead("century", ["BJURVIKS KOMMUN", f"{KFN}"],
               ["SAMMANTRÄDESPROTOKOLL", f"{DATE}   Blad {s.page_no()}"], (32, 45),
               right_first=12, left_w=260, right_x=360, right_w=170)


def _para_head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.para_head(n, title, dnr, number_w=50, before=14, dnr_size=9)


def _leaders(s: Sheet, seats: list[Seat]) -> None:
    """Anna Berg (S) ........ Ja — one member a line, a dotted leader to the vote."""
    s.text("Omröstningslista", style="B", after=2)
    for x in seats:
        if x.vote == "frånvarande":
            continue
        who = f"{x.who.tag()}, ersättare" if x.voter else x.who.tag()
        s.leader(who, WORD[x.vote], after=0.5)
    s.gap(4)


def _table(s: Sheet, seats: list[Seat]) -> None:
    cols = [(0, 250, "Ledamot"), (260, 50, "Ja"), (310, 50, "Nej"), (360, 60, "Avstår")]
    s.head_row(cols, 9.5)
    at = {"ja": 1, "nej": 2, "avstår": 3}
    for x in seats:
        if x.vote == "frånvarande":
            continue
        m = x.member
        name = f"{m.name}, {m.party}" if not x.voter else \
            f"{m.name}, {m.party} – ersatt av {x.voter.name}, {x.voter.party}"
        cx, w, _ = cols[at[x.vote]]
        s.row([Cell(0, 250, name, size=9.5), Cell(cx, w, "X", size=9.5, align="C")], size=9.5)
    s.gap(8)


def _minutes(s: Sheet) -> None:
    t21, t22, t23 = counts(V21), counts(V22), counts(V23)
    _para_head(s, 20, "Val av justerare", None)
    s.text("Nämnden utser Oskar Hed (L) att jämte ordföranden justera protokollet.")

    _para_head(s, 21, BIDRAG, "KFN 2026/61")
    s.text("Förvaltningen har tagit fram förslag till fördelning av föreningsbidrag för 2027.")
    s.text("Under överläggningen yrkade Anna Berg (S) bifall till förvaltningens förslag, vilket "
           "Malin Åkerlund (C) instämde i. Per Ek (M) yrkade avslag på förslaget.")
    ja = [x.who.tag() for x in V21 if x.vote == "ja"]
    nej = [x.who.tag() for x in V21 if x.vote == "nej"]
    avst = [x.who.tag() for x in V21 if x.vote == "avstår"]
    s.text("Omröstning begärdes. Ja för förvaltningens förslag, nej för avslag. Vid omröstningen "
           f"röstade {joined(ja)} ja, medan {joined(nej)} röstade nej. {joined(avst)} avstod "
           "från att rösta.")
    s.text(f"Nämnden har alltså med {NUM[t21['ja']]} röster mot {NUM[t21['nej']]} beslutat "
           "enligt förvaltningens förslag.")
    s.need(50)
    s.text("Beslut", style="B", after=2)
    s.text("Kultur- och fritidsnämnden fastställer fördelningen av föreningsbidrag för 2027 "
           "enligt förvaltningens förslag.")
    s.text("Reservationer: Per Ek (M), Karin Lööw (M), Kim Ek (SD).")

    _para_head(s, 22, BADHUS, "KFN 2026/88")
    s.text("Kim Ek (SD) framförde ett återremissyrkande med motiveringen att brukarna inte har "
           "hörts. Göran Falk (S) yrkade avslag på återremissyrkandet.")
    s.text("Ordföranden ställde proposition på om ärendet skulle avgöras i dag eller "
           "återremitteras. Omröstning begärdes. Den som vill att ärendet avgörs i dag röstar ja, "
           "den som vill att ärendet återremitteras röstar nej.")
    _leaders(s, V22)
    s.text(f"Med {NUM[t22['ja']]} ja-röster mot {NUM[t22['nej']]} nej-röster beslutade nämnden "
           "att avgöra ärendet i dag.")
    s.need(50)
    s.text("Beslut", style="B", after=2)
    s.text("Kultur- och fritidsnämnden beslutar att badhuset ska hålla öppet till kl. 21.00 på "
           "vardagar från den 1 januari 2027.")

    _para_head(s, 23, TAXA, "KFN 2026/90")
    s.text("Ett ändringsyrkande framställdes av Lisa Berg (KD) om att taxan för ideella "
           "föreningar ska sänkas med tio procent. Sven Dahl (V) yrkade bifall till "
           "förvaltningens förslag.")
    s.text("Ordföranden ställde förvaltningens förslag mot Lisa Bergs ändringsyrkande. "
           "Omröstning begärdes. Ja för förvaltningens förslag, nej för ändringsyrkandet.")
    _table(s, V23)
    s.text(f"Omröstningen utföll med {NUM[t23['ja']]} ja-röster mot {NUM[t23['nej']]} "
           f"nej-röster; {NUM[t23['avstår']]} ledamot avstod.")
    s.need(50)
    s.text("Beslut", style="B", after=2)
    s.text("Kultur- och fritidsnämnden fastställer taxorna för uthyrning av lokaler 2027 enligt "
           "förvaltningens förslag.")


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, None)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.use("B", 15)
    s.cell(0, 22, KFN, new_x="LMARGIN", new_y="NEXT")
    s.text(f"Plats och tid: Kulturhuset, Bjurvik, {DATE} kl. 18.00–20.30")
    _minutes(s)
    path = out / "bjurvik-kfn-2026-11-25-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def kfn(n: int, **kw) -> dict:
        return F.decision("beslut", KFN, DATE, n, **F.empty(**kw))

    return {
        "file": "bjurvik-kfn-2026-11-25-protokoll.pdf",
        "_note": "No list prints the absent member (Maja Tornberg), so she is no voter. The "
                 "substitute Per Sjö sits in Lisa Holm's place ('ersatt av', ', ersättare'). "
                 "'…, vilket X instämde i' makes X a mover of the motion just named; "
                 "'Ett ändringsyrkande framställdes av X om …' is X's ändring.",
        "meeting": {"municipality": MUNI, "body": KFN, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 20", "title": "Val av justerare", "dnr": [], "decisions": [
                kfn(20, clauses=F.clauses("Nämnden utser Oskar Hed (L) att jämte ordföranden "
                                          "justera protokollet.", numbered=False))]},
            {"number": "§ 21", "title": BIDRAG, "dnr": ["KFN 2026/61"], "decisions": [
                kfn(21, clauses=F.clauses("Kultur- och fritidsnämnden fastställer fördelningen av "
                                          "föreningsbidrag för 2027 enligt förvaltningens förslag.",
                                          numbered=False),
                    motions=[F.motion("bifall", "Anna Berg (S)", "Malin Åkerlund (C)"),
                             F.motion("avslag", "Per Ek (M)")],
                    votes=[F.counted(V21, printed_absent=False)],
                    reservations=[F.reservation("Per Ek (M)", "Karin Lööw (M)", "Kim Ek (SD)")])]},
            {"number": "§ 22", "title": BADHUS, "dnr": ["KFN 2026/88"], "decisions": [
                kfn(22, clauses=F.clauses("Kultur- och fritidsnämnden beslutar att badhuset ska "
                                          "hålla öppet till kl. 21.00 på vardagar från den 1 "
                                          "januari 2027.", numbered=False),
                    motions=[F.motion("återremiss", "Kim Ek (SD)"),
                             F.motion("avslag", "Göran Falk (S)")],
                    votes=[F.counted(V22, printed_absent=False)])]},
            {"number": "§ 23", "title": TAXA, "dnr": ["KFN 2026/90"], "decisions": [
                kfn(23, clauses=F.clauses("Kultur- och fritidsnämnden fastställer taxorna för "
                                          "uthyrning av lokaler 2027 enligt förvaltningens "
                                          "förslag.", numbered=False),
                    motions=[F.motion("ändring", "Lisa Berg (KD)"),
                             F.motion("bifall", "Sven Dahl (V)")],
                    votes=[F.counted(V23, printed_absent=False)])]},
        ],
    }
