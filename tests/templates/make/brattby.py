"""Brattby kommun (invented), template G: kommunstyrelsen 2026-05-12, a Century-type protocol
whose roll calls are printed in yet other ways: an X table in the § whose rows stand under their
party's subheading (no Parti column), a "1" as the mark, the serving substitute written after the
name ("Eva Lund, tjänstgörande ersättare"), no Frånvarande column; members one a line under
labels that carry the count ("Ja-röster (8):"); a voting appendix after the appeal instructions,
headed "Voteringsresultat" and "Ärende 5, § 112 …", its list printed in two halves side by side
(Namn / Parti / Röst twice), the absent member's Röst left empty."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .blocks import Para, render
from .people import Person, Seat, counts, roll_call
from .sheet import Cell, Sheet, Style

MUNI = "Brattby kommun"
KS = "Kommunstyrelsen"
DATE = "2026-05-12"
STYLE = Style(body="century", size=10, leading=1.35, left=70, right=66, top=104, bottom=90)

MEMBERS = [Person(n, p) for n, p in (
    ("Henrik Dalin", "S"), ("Sofia Brandt", "S"), ("Mats Ulander", "S"), ("Karin Vestberg", "S"),
    ("Ola Tidlund", "S"), ("Lars Holm", "M"), ("Greta Sandin", "M"), ("Viktor Hallén", "M"),
    ("Ronny Ek", "SD"), ("Lina Åhs", "SD"), ("Bo Kjellgren", "C"), ("Nadia Sarkis", "V"),
    ("Ebbe Lindh", "KD"))]
PARTY_NAMES = {"S": "Socialdemokraterna", "M": "Moderaterna", "SD": "Sverigedemokraterna",
               "C": "Centerpartiet", "V": "Vänsterpartiet", "KD": "Kristdemokraterna"}
SUB = {"Karin Vestberg": Person("Eva Lund", "S")}
AWAY = {"Karin Vestberg", "Lina Åhs"}

# § 111: S, C, V ja; M, SD, KD nej (Lina Åhs away, nobody in her place: not in the table)
V111 = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "M": "nej", "SD": "nej", "KD": "nej"},
                 SUB, AWAY)
# § 112, vote 1 (ja: avgörs i dag): S, C, V, KD ja; M, SD nej
V112A = roll_call(MEMBERS, {"S": "ja", "C": "ja", "V": "ja", "KD": "ja", "M": "nej", "SD": "nej"},
                  SUB, AWAY)
# § 112, vote 2 (bilaga 1): S, C, KD ja; M, SD nej; V avstår
V112B = roll_call(MEMBERS, {"S": "ja", "C": "ja", "KD": "ja", "M": "nej", "SD": "nej",
                            "V": "avstår"}, SUB, AWAY)
FORSKOLA = "Ny förskola i Brattby centrum"


def _header(s: Sheet) -> None:
    s.masthead("century", [MUNI.upper(), f"{KS} — sammanträdesprotokoll"],
               [DATE, f"{s.page_no()} ({{nb}})"], (34, 49), sizes=(11, 9), heights=(14, 12),
               right_x=400, right_w=130, rule=(0.4, 68))


def _footer(s: Sheet) -> None:
    s.signature_line("Justerandes signatur ................................", "century",
                     style="I", above_edge=52)


def _subhead(s: Sheet, text: str) -> None:
    s.label(text, 10, "century", h=14, need=34, before=3)


def _para_head(s: Sheet, p: Para) -> None:
    s.need(70)
    s.gap(12)
    s.hanging(f"§ {p.number}", p.title, 44, indent=0, style="B", label_style="B", size=12,
              after=1)
    if p.dnr:
        s.text(f"Dnr {p.dnr}", size=9, after=8)
    else:
        s.gap(6)


MARK_COLS = [(0, 230, "Ledamot"), (230, 50, "Ja"), (280, 50, "Nej"), (330, 60, "Avstår")]
MARK_AT = {"ja": 1, "nej": 2, "avstår": 3}


def _party_table(s: Sheet, seats: list[Seat]) -> None:
    """An X table with a "1" as the mark, the rows under their party's subheading."""
    s.head_row(MARK_COLS, 9)
    party = None
    for x in seats:
        if x.vote == "frånvarande":
            continue
        if x.member.party != party:
            party = x.member.party
            s.row([Cell(0, 230, PARTY_NAMES[party or ""], "B", size=9)], size=9)
        name = f"{x.voter.name}, tjänstgörande ersättare" if x.voter else x.member.name
        cells = [Cell(0, 230, name, size=9)]
        cx, w, _ = MARK_COLS[MARK_AT[x.vote]]
        cells.append(Cell(cx, w, "1", size=9, align="C"))
        s.row(cells, size=9)
    s.gap(8)


def _label_lines(s: Sheet, seats: list[Seat]) -> None:
    for vote, label in (("ja", "Ja-röster"), ("nej", "Nej-röster"), ("avstår", "Avstår")):
        names = [x.who.tag() for x in seats if x.vote == vote]
        if names:
            s.text(f"{label} ({len(names)}):", after=0.5)
            for n in names:
                s.text(n, after=0.5)
    s.gap(4)


def paras() -> list[Para]:
    beslut = ("h", "Beslut")
    return [
        Para(110, "Val av justerare", None, [
            beslut, ("p", "Kommunstyrelsen utser Bo Kjellgren (C) att justera protokollet.")]),
        Para(111, "Taxa för färdtjänst 2027", "KS 2026/88", [
            beslut,
            ("p", "Kommunstyrelsen fastställer taxan för färdtjänst 2027 enligt arbetsutskottets "
                  "förslag."),
            ("h", "Yrkanden"),
            ("p", "Henrik Dalin (S) yrkar bifall till arbetsutskottets förslag."),
            ("p", "Lars Holm (M) yrkar avslag."),
            ("h", "Omröstning"),
            ("p", "Ordföranden ställer proposition på bifall mot avslag och finner att "
                  "kommunstyrelsen bifaller förslaget. Omröstning begärs och verkställs. Ja-röst "
                  "för bifall, nej-röst för avslag."),
            ("p", "Omröstningsresultat: 7 ja-röster och 5 nej-röster."),
            ("party_table", V111),
            ("h", "Reservation"),
            ("p", "Lars Holm (M) och Ronny Ek (SD) reserverar sig mot beslutet."),
        ]),
        Para(112, FORSKOLA, "KS 2026/41", [
            beslut,
            ("p", "Kommunstyrelsen godkänner lokalprogrammet för en ny förskola i Brattby centrum."),
            ("h", "Yrkanden"),
            ("p", "Henrik Dalin (S) yrkar bifall till arbetsutskottets förslag."),
            ("p", "Greta Sandin (M) yrkar att ärendet återremitteras."),
            ("h", "Omröstning 1"),
            ("p", "Den som vill att ärendet avgörs i dag röstar ja, den som vill att ärendet "
                  "återremitteras röstar nej."),
            ("label_lines", V112A),
            ("p", "Kommunstyrelsen har beslutat att avgöra ärendet i dag."),
            ("h", "Omröstning 2"),
            ("p", "Ja-röst för arbetsutskottets förslag, nej-röst för avslag."),
            ("p", "Omröstningen utfaller med 7 Ja mot 4 Nej. 1 ledamot avstår och 1 är "
                  "frånvarande. Hur var och en har röstat framgår av omröstningsbilaga (bilaga 1)."),
            ("h", "Reservation"),
            ("p", "Moderaterna och Sverigedemokraterna reserverar sig mot beslutet."),
        ]),
        Para(113, "Redovisning av delegationsbeslut", "KS 2026/5", [
            beslut, ("p", "Redovisningen läggs till handlingarna.")]),
    ]


def _appeal(s: Sheet) -> None:
    s.add_page()
    s.use("B", 12, "century")
    s.cell(0, 16, "Hur man överklagar", new_x="LMARGIN", new_y="NEXT")
    s.text("Beslut enligt §§ 111–113 kan överklagas genom laglighetsprövning hos "
           "förvaltningsrätten inom tre veckor från den dag då protokollet anslogs.")


HALF = [(0, 130, "Namn"), (130, 40, "Parti"), (170, 55, "Röst")]
RESULT = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår", "frånvarande": ""}


def _appendix(s: Sheet, seats: list[Seat]) -> None:
    tally = counts(seats)
    s.appendix_head("Voteringsresultat", f"Ärende 5, § 112 {FORSKOLA}",
                    f"Ja: {tally['ja']}   Nej: {tally['nej']}   Avstår: {tally['avstår']}   "
                    f"Frånvarande: {tally['frånvarande']}", "century")
    heads = HALF + [(x + 240, w, h) for x, w, h in HALF]
    s.head_row(heads, 9)
    half = (len(seats) + 1) // 2
    for left, right in zip(seats[:half], seats[half:] + [None]):
        cells = []
        for k, x in enumerate((left, right)):
            if x is None:
                continue
            texts = [x.who.name, x.who.party or "", RESULT[x.vote]]
            cells += [Cell(cx + 240 * k, w, t, size=9) for (cx, w, _), t in zip(HALF, texts)]
        s.row(cells, size=9)


def build(out: Path) -> Path:
    s = Sheet(STYLE, _header, _footer)
    s.alias_nb_pages("{nb}")
    s.add_page()
    s.use("B", 16, "century")
    s.cell(0, 22, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    s.text("Tid och plats: 2026-05-12 kl. 13.00–16.10, Brattbysalen")
    s.text("Justerare: Bo Kjellgren (C)")
    for p in paras():
        _para_head(s, p)
        render(s, p.blocks, _subhead, more={"party_table": _party_table,
                                            "label_lines": _label_lines})
    _appeal(s)
    _appendix(s, V112B)
    path = out / "brattby-ks-2026-05-12-protokoll.pdf"
    s.output(str(path))
    return path


def facts() -> dict:
    def ks(n: int, **kw) -> dict:
        return F.decision("beslut", KS, DATE, n, **F.empty(**kw))

    def listed(seats) -> list[dict]:
        return [x.fact() for x in seats if x.vote != "frånvarande"]

    dalin = F.motion("bifall", "Henrik Dalin (S)")
    return {
        "file": "brattby-ks-2026-05-12-protokoll.pdf",
        "_note": "§ 111 an X table under party subheadings (the absent member not listed); § 112 "
                 "a list one member a line under 'Ja-röster (8):' and a voting appendix after the "
                 "appeal instructions, in two halves side by side, the absent member's Röst empty.",
        "meeting": {"municipality": MUNI, "body": KS, "date": DATE},
        "problems": [],
        "items": [
            {"number": "§ 110", "title": "Val av justerare", "dnr": [], "decisions": [
                ks(110, clauses=F.clauses("Kommunstyrelsen utser Bo Kjellgren (C) att justera "
                                          "protokollet.", numbered=False))]},
            {"number": "§ 111", "title": "Taxa för färdtjänst 2027", "dnr": ["KS 2026/88"],
             "decisions": [ks(111, clauses=F.clauses(
                 "Kommunstyrelsen fastställer taxan för färdtjänst 2027 enligt arbetsutskottets "
                 "förslag.", numbered=False),
                 motions=[dalin, F.motion("avslag", "Lars Holm (M)")],
                 votes=[F.vote(7, 5, 0, voters=listed(V111), verified=True)],
                 reservations=[F.reservation("Lars Holm (M)", "Ronny Ek (SD)")])]},
            {"number": "§ 112", "title": FORSKOLA, "dnr": ["KS 2026/41"], "decisions": [
                ks(112, clauses=F.clauses("Kommunstyrelsen godkänner lokalprogrammet för en ny "
                                          "förskola i Brattby centrum.", numbered=False),
                   motions=[dalin, F.motion("återremiss", "Greta Sandin (M)")],
                   votes=[F.vote(8, 4, 0, voters=listed(V112A), verified=True),
                          F.vote(7, 4, 1, V112B, verified=True)],
                   reservations=[F.reservation(parties=["M", "SD"])])]},
            {"number": "§ 113", "title": "Redovisning av delegationsbeslut", "dnr": ["KS 2026/5"],
             "decisions": [ks(113, clauses=F.clauses("Redovisningen läggs till handlingarna.",
                                                     numbered=False))]},
        ],
    }
