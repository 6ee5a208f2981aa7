"""Tallnäs kommun (invented), template O: kommunstyrelsen 2026-11-09 in a condensed sans, the
text in a column with the reservations beside the account of the vote in a narrow side column
("Reservation: Noah Ferm (MP) …"). Its secretary lists voters by party after a label with the
count ("Ja (9): S: Marie Holmgren, …; C: Gunnel Sjögren; …"), prints a roll call in three
columns side by side with the names "Efternamn Förnamn", the party and J / N / – and a star
after a serving substitute explained under the table, and a voting appendix referenced as
"Bilaga 1 till § 47" whose rows carry the seat number first, the names "Efternamn, Förnamn" and
the vote as a word, the substitute on a row of their own ("Ersättare för …"). Yrkanden:
"bifall till liggande förslag", joint movers whose last name breaks over a line, a mover with
a double surname or a particle, "ett tilläggsyrkande från X (V) om …", "X ställer sig bakom
Y:s yrkande", a title before the name ("Oppositionsrådet …"); counts in words; a party group
reserving itself as "Moderaternas ledamöter"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Tallnäs kommun"
KS = "Kommunstyrelsen"
DATE = "2026-11-09"
STYLE = Style(body="dejavucond", size=9.5, leading=1.35, left=60, right=56, top=92, bottom=78)
SIDE_W = 128  # the side column at the right of the text

MEMBERS = [Person(n, p) for n, p in (
    ("Marie Holmgren", "S"), ("Sten Ahlqvist", "S"), ("Anita Boman", "S"),
    ("Rickard Nyqvist", "S"), ("Roland Myhr", "S"),
    ("Carl-Johan von Essen", "M"), ("Linnea Falkman", "M"), ("Torbjörn Ås", "M"),
    ("Dennis Krantz", "SD"), ("Malin Odh", "SD"),
    ("Gunnel Sjögren", "C"), ("Amira Saleh", "V"), ("Lisa Holm", "KD"),
    ("Marie-Louise Ekdahl Ström", "L"), ("Noah Ferm", "MP"))]
SUB = {"Anita Boman": Person("Hugo Sandell", "S")}
AWAY = {"Anita Boman", "Malin Odh"}
SURNAME = {"Carl-Johan von Essen": "von Essen", "Marie-Louise Ekdahl Ström": "Ekdahl Ström"}
PARTY_ORDER = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]

# § 45: ja = liggande förslag, nej = avslag; KD avstår
V45 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "L": "ja", "MP": "ja", "M": "nej",
                          "SD": "nej", "KD": "avstår"}, SUB, AWAY)
# § 46: ja = arbetsutskottets förslag, nej = Ferms avslagsyrkande
V46 = roll_call(MEMBERS, {"S": "ja", "M": "ja", "SD": "ja", "C": "ja", "KD": "ja", "L": "ja",
                          "V": "nej", "MP": "nej"}, SUB, AWAY)
# § 47: ja = arbetsutskottets förslag (avslag), nej = bifall till medborgarförslaget
V47 = roll_call(MEMBERS, {"S": "ja", "SD": "ja", "KD": "ja", "L": "ja", "M": "nej", "C": "nej",
                          "V": "nej", "MP": "nej"}, SUB, AWAY)

WORDS = {2: "två", 6: "sex", 8: "åtta", 9: "nio", 4: "fyra", 12: "tolv"}
TAXA = "Renhållningstaxa 2027"
FASTIGHET = "Förvärv av fastigheten Tallnäs 4:12"
SOLCELLER = "Medborgarförslag om solceller på kommunens tak"


def surname(p: Person) -> str:
    return SURNAME.get(p.name, p.name.split()[-1])


def last_first(p: Person, comma: bool) -> str:
    last = surname(p)
    return f"{last}{',' if comma else ''} {p.name[: len(p.name) - len(last)].strip()}"


def _header(s: Sheet) -> None:
    s.masthead("dejavucond", ["Tallnäs kommun", "Kommunstyrelsen"],
               ["SAMMANTRÄDESPROTOKOLL", f"{DATE}    {s.page_no()}/{{nb}}"], (28, 40),
               sizes=(9, 8), heights=(11, 10), right_first=11, left_w=220, right_x=320,
               right_w=220, rule=(0.3, 56))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerare ............   Utdrag bestyrks ............", "dejavucond",
                     size=7, h=8)


def _para_head(s: Sheet, n: int, title: str, dnr: str | None) -> None:
    s.need(110)
    s.gap(14)
    s.use("B", 11.5)
    s.cell(48, 15, f"§ {n}")
    s.cell(0, 15, title, new_x="LMARGIN", new_y="NEXT")
    if dnr:
        s.set_x(s.l_margin + 48)
        s.use("", 8.5)
        s.cell(0, 12, dnr, new_x="LMARGIN", new_y="NEXT")
    s.gap(6)


def _label(s: Sheet, text: str) -> None:
    s.label(text, 9.5, h=14, need=36)


def _text(s: Sheet, text: str, after: float = 4.0) -> None:
    """Running text in the main column (the side column kept free)."""
    s.text(text, width=s.epw - SIDE_W - 12, after=after)


def _with_side(s: Sheet, text: str, side: str) -> None:
    """text in the main column, side in the side column at the same height, small type."""
    w = s.epw - SIDE_W - 12
    h_main = len(s.lines_of(text, w)) * s.line_h()
    h_side = len(s.lines_of(side, SIDE_W, "I", 8)) * s.line_h(8)
    s.need(max(h_main, h_side))
    y = s.get_y()
    s.use("I", 8)
    s.set_xy(s.w - s.r_margin - SIDE_W, y)
    s.multi_cell(SIDE_W, s.line_h(8), side)
    s.use()
    s.set_xy(s.l_margin, y)
    s.multi_cell(w, s.line_h(), text, new_x="LMARGIN", new_y="NEXT")
    s.set_y(y + max(h_main, h_side))
    s.gap(4)


def _by_party(s: Sheet, seats: list[Seat]) -> None:
    """Ja (9): S: A, B; C: D; … one paragraph per vote, the absent not listed."""
    for vote, label in (("ja", "Ja"), ("nej", "Nej"), ("avstår", "Avstår")):
        chosen = [x.who for x in seats if x.vote == vote]
        if not chosen:
            continue
        groups = [f"{p}: " + ", ".join(w.name for w in chosen if w.party == p)
                  for p in PARTY_ORDER if any(w.party == p for w in chosen)]
        _text(s, f"{label} ({len(chosen)}): " + "; ".join(groups), after=2)
    s.gap(3)


LETTER = {"ja": "J", "nej": "N", "avstår": "A", "frånvarande": "–"}


def _three_columns(s: Sheet, seats: list[Seat]) -> None:
    """Three groups of Namn / Parti / Röst side by side, filled column by column."""
    group = [(0, 108, "Namn"), (108, 28, "Parti"), (136, 30, "Röst")]
    heads = [(x + 168 * k, w, h) for k in range(3) for x, w, h in group]
    s.head_row(heads, 8.5, after=1)
    per = (len(seats) + 2) // 3
    cols = [seats[k * per:(k + 1) * per] for k in range(3)]
    for r in range(per):
        cells = []
        for k, col in enumerate(cols):
            if r >= len(col):
                continue
            x = col[r]
            name = last_first(x.who, False) + ("*" if x.voter else "")
            texts = [name, x.who.party or "", LETTER[x.vote]]
            cells += [Cell(cx + 168 * k, w, t, size=8.5) for (cx, w, _), t in zip(group, texts)]
        s.row(cells, size=8.5)
    subs = [x for x in seats if x.voter]
    for x in subs:
        s.text(f"* tjänstgörande ersättare för {x.member.name} ({x.member.party})", size=8,
               after=1)
    s.text("J = ja, N = nej, – = frånvarande", size=8)


VOTE_WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": "Frånvarande"}


def _appendix(s: Sheet, seats: list[Seat]) -> None:
    t = counts(seats)
    s.appendix_head("Bilaga 1 till § 47", f"Kommunstyrelsen {DATE}. Omröstning: {SOLCELLER}",
                    f"Ja: {t['ja']}, Nej: {t['nej']}, Avstår: {t['avstår']}, "
                    f"Frånvarande: {t['frånvarande']}", size=12, h=16)
    cols = [(0, 36, "Plats"), (36, 220, "Ledamot"), (256, 44, "Parti"), (300, 80, "Röst")]
    s.head_row(cols, 9)
    for k, x in enumerate(seats, 1):
        m = x.member
        if x.voter:
            s.row([Cell(0, 36, str(k), size=9), Cell(36, 220, last_first(m, True), size=9),
                   Cell(256, 44, m.party or "", size=9)], size=9)
            s.row([Cell(36, 220, f"Ersättare för {last_first(m, True)}: "
                                 f"{last_first(x.voter, True)}", size=9),
                   Cell(256, 44, x.voter.party or "", size=9),
                   Cell(300, 80, VOTE_WORD[x.vote], size=9)], size=9)
            continue
        s.row([Cell(0, 36, str(k), size=9), Cell(36, 220, last_first(m, True), size=9),
               Cell(256, 44, m.party or "", size=9), Cell(300, 80, VOTE_WORD[x.vote], size=9)],
              size=9)


def _cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    s.text(f"Tid och plats: {DATE} kl. 09.00–12.30, Kommunhuset, sal Tallen")
    present = []
    for m in MEMBERS:
        if m.name in SUB:
            present.append(f"{SUB[m.name].tag()}, tjänstgörande ersättare för {m.tag()}")
        elif m.name not in AWAY:
            present.append(m.tag() + (", ordförande" if m is MEMBERS[0] else ""))
    s.text("Beslutande: " + "; ".join(present))
    s.text("Frånvarande: " + "; ".join(m.tag() for m in MEMBERS
                                         if m.name in AWAY and m.name not in SUB))
    s.text("Justerare: Gunnel Sjögren (C)")
    s.text("Paragrafer: §§ 44–48")


def _minutes(s: Sheet) -> None:
    t45, t46, t47 = counts(V45), counts(V46), counts(V47)
    _para_head(s, 44, "Val av justerare", None)
    _label(s, "Beslut")
    _text(s, "Kommunstyrelsen utser Gunnel Sjögren (C) att justera protokollet.")

    _para_head(s, 45, TAXA, "KS 2026/301")
    _label(s, "Beslut")
    _text(s, "Kommunstyrelsen fastställer renhållningstaxan för 2027 enligt förvaltningens "
             "förslag.")
    _label(s, "Yrkanden")
    _text(s, "Ordföranden Marie Holmgren (S) yrkar bifall till liggande förslag.")
    _text(s, "Carl-Johan von Essen (M), Linnea Falkman (M) och Dennis\n"
             "Krantz (SD) yrkar avslag på förslaget.")
    _text(s, "Ordföranden noterar också ett tilläggsyrkande från Amira Saleh (V) om att taxan "
             "ska följas upp efter ett år.")
    _label(s, "Beslutsgång")
    _with_side(s, "Ordföranden ställer proposition på liggande förslag mot avslagsyrkandet och "
                  "finner att kommunstyrelsen bifaller liggande förslag. Votering begärs och "
                  "verkställs. Ja för liggande förslag, nej för avslag.",
               "Reservation: Dennis Krantz (SD) reserverar sig mot beslutet.")
    _by_party(s, V45)
    _text(s, f"Kommunstyrelsen beslutar således med {WORDS[t45['ja']]} röster mot "
             f"{WORDS[t45['nej']]} att bifalla liggande förslag. En ledamot avstår. Därefter "
             "finner ordföranden att tilläggsyrkandet avslås.")

    _para_head(s, 46, FASTIGHET, "KS 2026/155")
    _label(s, "Beslut")
    _text(s, "Kommunstyrelsen beslutar att förvärva fastigheten Tallnäs 4:12 enligt upprättat "
             "köpeavtal.")
    _label(s, "Yrkanden")
    _text(s, "Rickard Nyqvist (S) yrkar bifall till arbetsutskottets förslag.")
    _text(s, "Noah Ferm (MP) yrkar avslag på förslaget om förvärv.")
    _text(s, "Amira Saleh (V) ställer sig bakom Noah Ferms yrkande.")
    _label(s, "Beslutsgång")
    _with_side(s, "Ordföranden ställer proposition på arbetsutskottets förslag mot Ferms "
                  "yrkande och finner att kommunstyrelsen bifaller arbetsutskottets förslag. "
                  "Omröstning begärs. Ja för arbetsutskottets förslag, nej för Ferms yrkande.",
               "Reservation: Noah Ferm (MP) och Amira Saleh (V) till förmån för Ferms yrkande.")
    _three_columns(s, V46)
    _text(s, f"Med {WORDS[t46['ja']]} röster mot {WORDS[t46['nej']]} beslutar kommunstyrelsen "
             "enligt arbetsutskottets förslag.")

    _para_head(s, 47, SOLCELLER, "KS 2025/410")
    _label(s, "Beslut")
    _text(s, "Kommunstyrelsen avslår medborgarförslaget.")
    _label(s, "Yrkanden")
    _text(s, "Marie-Louise Ekdahl Ström (L) yrkar bifall till arbetsutskottets förslag.")
    _text(s, "Noah Ferm (MP) yrkar bifall till medborgarförslaget.")
    _text(s, "Oppositionsrådet Carl-Johan von Essen (M) ställer sig bakom Ferms yrkande.")
    _label(s, "Beslutsgång")
    _text(s, "Ordföranden ställer proposition på arbetsutskottets förslag mot Ferms yrkande och "
             "finner att kommunstyrelsen bifaller arbetsutskottets förslag. Votering begärs. Ja "
             "för arbetsutskottets förslag, nej för bifall till medborgarförslaget.")
    _text(s, f"Med {WORDS[t47['ja']]} röster mot {WORDS[t47['nej']]} beslutar kommunstyrelsen "
             "enligt arbetsutskottets förslag. Hur var och en röstat framgår av Bilaga 1 till "
             "§ 47.")
    _label(s, "Reservation")
    _text(s, "Moderaternas ledamöter reserverar sig mot beslutet.")

    _para_head(s, 48, "Delegationsbeslut", "KS 2026/7")
    _label(s, "Beslut")
    _text(s, "Redovisningen av delegationsbeslut läggs till handlingarna.")


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    _cover(s)
    s.gap(10)
    _minutes(s)
    _appendix(s, V47)
    path = out / "tallnas-ks-2026-11-09-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, DATE, n, **F.empty(**kw))

    return {
        "file": "tallnas-ks-2026-11-09-protokoll.pdf",
        "_note": "§ 45 lists voters by party and not the absent member; § 46's three columns and "
                 "§ 47's appendix print her with – / Frånvarande. The star marks the serving "
                 "substitute, who is the voter. A reservation in the side column belongs to its "
                 "§. 'ett tilläggsyrkande från X (V) om …' is X's tillägg.",
        "meeting": {"municipality": MUNI, "body": KS, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 44", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(44, clauses=F.clauses("Kommunstyrelsen utser Gunnel Sjögren (C) att justera "
                                         "protokollet.", numbered=False))]},
            {"number": "§ 45", "title": TAXA, "dnr": ["KS 2026/301"], "decisions": [
                ks(45, clauses=F.clauses("Kommunstyrelsen fastställer renhållningstaxan för 2027 "
                                         "enligt förvaltningens förslag.", numbered=False),
                   motions=[F.motion("bifall", "Marie Holmgren (S)"),
                            F.motion("avslag", "Carl-Johan von Essen (M)", "Linnea Falkman (M)",
                                     "Dennis Krantz (SD)"),
                            F.motion("tillägg", "Amira Saleh (V)")],
                   votes=[F.counted(V45, printed_absent=False)],
                   reservations=[F.reservation("Dennis Krantz (SD)")])]},
            {"number": "§ 46", "title": FASTIGHET, "dnr": ["KS 2026/155"], "decisions": [
                ks(46, clauses=F.clauses("Kommunstyrelsen beslutar att förvärva fastigheten "
                                         "Tallnäs 4:12 enligt upprättat köpeavtal.",
                                         numbered=False),
                   motions=[F.motion("bifall", "Rickard Nyqvist (S)"),
                            F.motion("avslag", "Noah Ferm (MP)"),
                            F.motion("avslag", "Amira Saleh (V)")],
                   votes=[F.counted(V46)],
                   reservations=[F.reservation("Noah Ferm (MP)", "Amira Saleh (V)")])]},
            {"number": "§ 47", "title": SOLCELLER, "dnr": ["KS 2025/410"], "decisions": [
                ks(47, clauses=F.clauses("Kommunstyrelsen avslår medborgarförslaget.",
                                         numbered=False),
                   motions=[F.motion("bifall", "Marie-Louise Ekdahl Ström (L)"),
                            F.motion("bifall", "Noah Ferm (MP)"),
                            F.motion("bifall", "Carl-Johan von Essen (M)")],
                   votes=[F.counted(V47)],
                   reservations=[F.reservation(parties=["M"])])]},
            {"number": "§ 48", "title": "Delegationsbeslut", "dnr": ["KS 2026/7"], "decisions": [
                ks(48, clauses=F.clauses("Redovisningen av delegationsbeslut läggs till "
                                         "handlingarna.", numbered=False))]},
        ],
    }
