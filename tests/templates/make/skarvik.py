"""Skärviks stad (invented, Finland-Swedish), template D: miljö- och byggnämnden 18.03.2026.

No parties anywhere. Times-like serif, justified text. Running header with the town, the body,
the protocol number and the date; the footer asks for the adjusters' signatures and carries
"Sida n (N)". Each § is "§ 25  Title" with "Dnr 112/2025" at the right of the same line; its
text is a numbered list of labels ("1. Beredning:", "3. Byggnadsinspektörens förslag:",
"4. Miljö- och byggnämndens beslut:" with "Enligt förslag."), and a case handled at earlier
meetings is written meeting by meeting, each block headed "Organ dd.mm.yyyy § n"."""
from __future__ import annotations

from pathlib import Path

from . import facts as F
from .people import Person, Seat
from .sheet import Cell, Sheet, Style, document, straddling

MUNI = "Skärviks stad"
MBN = "Miljö- och byggnämnden"
DATE = "18.03.2026"
STYLE = Style(body="serif", size=11, leading=1.3, left=70, right=64, top=96, bottom=86, indent=0)

MEMBERS = [Person(n) for n in ("Petra Lindholm", "Jan-Erik Sjöblom", "Lars Wikström", "Annika Sandvik",
                               "Jonas Åkerlund", "Mats Ek", "Kristina Holm")]
SUB = Person("Carola Nyström")


def _header(s: Sheet) -> None:
    s.use("B", 10)
    s.set_xy(s.l_margin, 34)
    s.cell(150, 12, "SKÄRVIKS STAD")
    s.use("", 10)
    s.set_xy(210, 34)
    s.cell(170, 12, MBN)
    s.set_xy(390, 34)
    s.cell(90, 12, "Protokoll 4/2026")
    s.set_xy(480, 34)
    s.cell(60, 12, DATE, align="R")
    s.set_line_width(0.5)
    s.line(s.l_margin, 52, s.w - s.r_margin, 52)


def _footer(s: Sheet) -> None:
    s.set_line_width(0.5)
    s.line(s.l_margin, s.h - 64, s.w - s.r_margin, s.h - 64)
    s.use("I", 8.5)
    s.set_xy(s.l_margin, s.h - 60)
    s.cell(330, 11, "Protokolljusterarnas signaturer: ______________  ______________")
    s.set_xy(s.l_margin, s.h - 48)
    s.cell(330, 11, "Utdragets riktighet bestyrks: ______________")
    s.use("", 9)
    s.set_xy(s.w - s.r_margin - 80, s.h - 60)
    s.cell(80, 11, f"Sida {s.page_no()} ({{nb}})", align="R")


LABEL_INDENT = 0.0
TEXT_INDENT = 22.0


def label(s: Sheet, number: int | None, text: str, body: str | None = None) -> None:
    """A numbered label; its text either follows on the same line or below it, indented."""
    head = f"{number}. {text}" if number else text
    if body is None or text.endswith(":") and len(body) > 60 or "\n" in (body or ""):
        s.need(3 * s.line_h())
        s.text(head, style="B", indent=LABEL_INDENT, after=1)
        if body:
            for part in body.split("\n"):
                s.text(part, indent=TEXT_INDENT, align="J", after=3)
        return
    s.need(s.line_h())
    s.use("B")
    w = s.get_string_width(head + " ") + 1
    s.hanging(head, body, w, indent=LABEL_INDENT, label_style="B", after=3, align="J")


def meeting_line(s: Sheet, text: str) -> None:
    s.need(4 * s.line_h())
    s.gap(4)
    s.use("B")
    s.cell(0, s.line_h(), text, new_x="LMARGIN", new_y="NEXT")
    s.gap(3)


def para_head(s: Sheet, number: int, title: str, dnr: str | None) -> None:
    s.need(90)
    s.gap(10)
    y = s.get_y()
    s.use("B", 12.5)
    s.set_xy(s.l_margin, y)
    s.cell(50, 16, f"§ {number}")
    if dnr:
        s.right(dnr, y + 1, size=10)
    s.set_xy(s.l_margin + 50, y)
    s.multi_cell(s.epw - 50 - 110, 16, title, new_x="LMARGIN", new_y="NEXT")
    s.gap(8)


def procedure(s: Sheet, text: str) -> None:
    s.text(text, indent=TEXT_INDENT, align="J", after=3)


FEES = ["timavgiften är 96 euro,",
        "den fasta grundavgiften för små avloppsanläggningar är 400 € per period,",
        "avgiften för registrering av en verksamhet är 150 euro."]
FEES_LEAD = ("Miljö- och byggnämnden fastställer följande avgifter för tillsyn enligt "
             "miljöskyddslagen för år 2026:")
TILLSYN = ["godkänna tillsynsplanen för år 2026,",
           "ge miljöchefen i uppdrag att rapportera om hur planen har genomförts vid nämndens "
           "sammanträde i oktober 2026,",
           "uppmana förvaltningen att prioritera tillsynen av små avloppsanläggningar i strandzonen."]
TILLSYN_BACKGROUND = [
    "Enligt miljöskyddslagen ska kommunen ha en tillsynsplan som bygger på en bedömning av riskerna "
    "i verksamheterna.", "Planen för 2026 omfattar cirka 240 tillsynsobjekt.",
    "Tyngdpunkten ligger på små avloppsanläggningar och på verksamheter med utsläpp till vatten, där "
    "uppföljningen under de senaste åren har varit eftersatt.",
    "Tillsynen av livsmedelsanläggningar sköts av den regionala enheten och ingår inte i planen.",
    "Resurserna motsvarar 2,5 årsverken.", "Planen har beretts i samråd med hälsoinspektörerna.",
    "Uppföljningen redovisas för nämnden två gånger per år.",
    "Objekt som inte har besökts under de tre senaste åren prioriteras.",
    "Avgifterna för tillsynen tas ut enligt den taxa som nämnden har fastställt.",
    "Planen ses över om lagstiftningen ändras under året."]
YES = ["Petra Lindholm", "Jan-Erik Sjöblom", "Lars Wikström", "Annika Sandvik", "Kristina Holm"]
NO = ["Jonas Åkerlund", "Carola Nyström"]
VOTE26 = [Seat(Person(n), None, "ja") for n in YES] + [Seat(Person(n), None, "nej") for n in NO]


def _numbered(lead: str, points: list[str]) -> str:
    return lead + "\n" + "\n".join(f"{k}) {p}" for k, p in enumerate(points, 1))


def paras(s: Sheet, background: int = 4) -> None:
    para_head(s, 22, "Sammanträdets laglighet och beslutförhet", None)
    label(s, None, "Ordförandes förslag:", "Sammanträdet konstateras vara lagligen sammankallat och "
                                           "beslutfört.")
    label(s, None, "Beslut:", "Enligt förslag.")

    para_head(s, 23, "Val av protokolljusterare", None)
    label(s, None, "Ordförandes förslag:", "Till protokolljusterare utses Lars Wikström och Annika "
                                           "Sandvik.\nProtokollet justeras elektroniskt senast "
                                           "23.03.2026.")
    label(s, None, "Beslut:", "Enligt förslag.")

    para_head(s, 24, "Godkännande av föredragningslistan", None)
    label(s, None, "Beslut:", "Föredragningslistan godkändes med den ändringen att § 29 behandlades "
                              "före § 28.")

    para_head(s, 25, "Ändring av byggnadsordningen för Skärviks stad", "Dnr 112/2025")
    meeting_line(s, f"{MBN} 11.02.2026 § 12")
    label(s, 1, "Beredning:", "byggnadsinspektör Tomas Berg")
    label(s, 2, "Bakgrund:", "Stadens byggnadsordning är från 2011. Markanvändnings- och bygglagen "
                             "har ändrats flera gånger sedan dess och bestämmelserna om byggande i "
                             "strandzonen behöver ses över.")
    label(s, 3, "Byggnadsinspektörens förslag:",
          "Miljö- och byggnämnden föreslår för stadsstyrelsen att byggnadsordningen ändras enligt "
          "bilaga 3.")
    label(s, 4, "Miljö- och byggnämndens beslut:",
          "Ärendet återremitterades för ytterligare beredning av bestämmelserna om byggande i "
          "strandzonen.")
    meeting_line(s, f"{MBN} {DATE} § 25")
    label(s, 1, "Beredning:", "byggnadsinspektör Tomas Berg")
    label(s, 2, "Kompletterande beredning:", "Bestämmelserna om strandzonen har kompletterats med "
                                             "minsta avstånd till strandlinjen och en högsta "
                                             "sammanlagd våningsyta för bastubyggnader.")
    label(s, 3, "Byggnadsinspektörens förslag:",
          "Miljö- och byggnämnden föreslår för stadsstyrelsen och vidare för fullmäktige att "
          "byggnadsordningen ändras enligt bilaga 3.")
    label(s, 4, "Miljö- och byggnämndens beslut:", "Enligt förslag.")

    para_head(s, 26, "Avgifter för tillsyn enligt miljöskyddslagen år 2026", "Dnr 15/2026")
    label(s, 1, "Beredning:", "miljöchef Eva Nyholm")
    label(s, 2, "Bakgrund:", "Avgifterna för den periodiska tillsynen har varit oförändrade sedan "
                             "2022. De föreslagna avgifterna motsvarar avgifterna i grannkommunerna.")
    label(s, 3, "Miljöchefens förslag:", _numbered(FEES_LEAD, FEES))
    label(s, 4, "Behandling:", None)
    procedure(s, "Under diskussionen föreslog Jonas Åkerlund, understödd av Carola Nyström, att den "
                 "fasta grundavgiften för små avloppsanläggningar ska vara 300 € per period.")
    procedure(s, "Ordföranden konstaterade att två förslag har framlagts och att omröstning ska "
                 "förrättas. Nämnden godkände omröstningspropositionen: den som understöder "
                 "miljöchefens förslag röstar ja, den som understöder Åkerlunds förslag röstar nej.")
    procedure(s, f"Vid omröstningen avgavs 5 ja-röster ({', '.join(YES)}) och 2 nej-röster "
                 f"({', '.join(NO)}).")
    procedure(s, "Ordföranden konstaterade att nämnden beslutat enligt miljöchefens förslag.")
    label(s, 5, "Miljö- och byggnämndens beslut:",
          "Enligt förslag.\nJonas Åkerlund och Carola Nyström reserverade sig mot beslutet.")

    para_head(s, 27, "Undantagslov för uppförande av fritidsbostad på fastigheten Strandby 4:17",
              "Dnr 31/2026")
    label(s, 1, "Beredning:", "byggnadsinspektör Tomas Berg")
    label(s, 2, "Jäv:", "Annika Sandvik anmälde jäv (släktskap med sökanden) och avlägsnade sig från "
                        "sammanträdet under behandlingen av ärendet.")
    label(s, 3, "Byggnadsinspektörens förslag:",
          "Miljö- och byggnämnden beviljar undantagslov för uppförande av en fritidsbostad om 85 m² på "
          "fastigheten Strandby 4:17 enligt ansökan.")
    label(s, 4, "Miljö- och byggnämndens beslut:",
          "Enligt förslag.\nParagrafen förklarades omedelbart justerad.")

    para_head(s, 28, "Utlåtande om förslaget till generalplan för Norra Skärvik", "Dnr 40/2026")
    meeting_line(s, "Stadsstyrelsen 02.03.2026 § 41")
    label(s, None, "Bakgrund:", "Planläggningen av Norra Skärvik inleddes 2023. Förslaget till "
                                "generalplan anvisar områden för cirka 400 nya bostäder, en ny "
                                "skola och en förbindelseväg mellan Norrvägen och hamnen. Förslaget "
                                "har varit framlagt till påseende 2.2–2.3.2026, och under den tiden "
                                "har 27 åsikter lämnats in. Staden begär utlåtanden av myndigheter "
                                "och av de egna nämnderna innan planförslaget bearbetas.")
    label(s, None, "Stadsdirektörens förslag:",
          "Stadsstyrelsen begär utlåtande av miljö- och byggnämnden över förslaget till generalplan "
          "för Norra Skärvik senast 31.03.2026.")
    label(s, None, "Stadsstyrelsens beslut:", "Enligt förslag.")
    meeting_line(s, f"{MBN} {DATE} § 28")
    label(s, 1, "Beredning:", "miljöchef Eva Nyholm")
    label(s, 2, "Bedömning:", "Planförslaget tar hänsyn till de kända naturvärdena längs "
                              "Storbäcken. Däremot saknas en utredning om hur dagvattnet från de nya "
                              "bostadsområdena ska tas om hand, och avståndet mellan den planerade "
                              "förbindelsevägen och de närmaste bostäderna är kort med tanke på "
                              "buller. Miljöavdelningen anser att planförslaget i dessa delar bör "
                              "kompletteras innan det godkänns.")
    label(s, 3, "Miljöchefens förslag:",
          "Miljö- och byggnämnden ger ett utlåtande enligt bilaga 5 och konstaterar att planförslaget "
          "bör kompletteras med en dagvattenutredning.")
    label(s, 4, "Miljö- och byggnämndens beslut:", "Enligt förslag.")

    para_head(s, 29, "Tillsynsplan för miljö- och hälsoskyddet år 2026", "Dnr 9/2026")
    label(s, 1, "Beredning:", "miljöchef Eva Nyholm")
    label(s, 2, "Bakgrund:", " ".join(TILLSYN_BACKGROUND[:background]))
    s.mark("tillsyn-from")
    label(s, 3, "Miljöchefens förslag:", _numbered("Miljö- och byggnämnden beslutar att", TILLSYN))
    s.mark("tillsyn-to")
    label(s, 4, "Miljö- och byggnämndens beslut:", "Enligt förslag.")

    para_head(s, 30, "Anmälningsärenden", None)
    label(s, None, "Miljöchefens förslag:", "Anmälningsärendena antecknas för kännedom.")
    label(s, None, "Beslut:", "Enligt förslag.")


def _cover(s: Sheet) -> None:
    s.use("B", 16)
    s.cell(0, 22, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    s.use("", 12)
    s.cell(0, 16, f"{MBN}, sammanträde 4/2026", new_x="LMARGIN", new_y="NEXT")
    s.gap(10)
    rows = [
        ("Sammanträdestid", "Onsdag 18.03.2026 kl. 17.00–19.25"),
        ("Sammanträdesplats", "Stadshuset, sammanträdesrum Fyren"),
        ("Beslutande", "Petra Lindholm, ordförande\nJan-Erik Sjöblom, viceordförande\nLars Wikström\n"
                       "Annika Sandvik\nJonas Åkerlund\nKristina Holm\n"
                       "Carola Nyström, ersättare för Mats Ek"),
        ("Frånvarande", "Mats Ek"),
        ("Övriga närvarande", "Eva Nyholm, miljöchef, föredragande\nTomas Berg, byggnadsinspektör, "
                              "§§ 25–27\nSanna Björkqvist, sekreterare"),
        ("Paragrafer", "22–30"),
        ("Protokolljusterare", "Lars Wikström och Annika Sandvik"),
        ("Underskrifter", "Petra Lindholm, ordförande          Sanna Björkqvist, sekreterare"),
        ("Protokollet justerat", "Skärvik 23.03.2026"),
        ("Protokollet framlagt", "25.03.2026 på stadens webbplats www.skarvik.fi"),
    ]
    for k, v in rows:
        s.row([Cell(0, 120, k, "B"), Cell(130, s.epw - 130, v)], after=6)


def _appeal(s: Sheet) -> None:
    s.add_page()
    s.text("ANVISNING FÖR BEGÄRAN OM OMPRÖVNING", style="B", size=12, after=6)
    s.text("Omprövning får begäras i beslut som avses i §§ 25–29. Den som är missnöjd med beslutet kan "
           "framställa ett skriftligt omprövningsyrkande. Omprövning får begäras av den som beslutet "
           "avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (part) samt av "
           "kommunmedlemmarna.", align="J")
    s.text("Tiden för begäran om omprövning är 14 dagar från delfåendet av beslutet. Begäran om "
           "omprövning ska tillställas miljö- och byggnämnden, Stadshuset, PB 12, 66900 Skärvik.",
           align="J")
    s.text("Besvärsförbud: I beslut enligt §§ 22–24 och 30 får omprövning inte begäras eller besvär "
           "anföras, eftersom besluten endast gäller beredning eller verkställighet.", align="J")


def _sheet(background: int) -> Sheet:
    return document(STYLE, _header, _footer, _cover, lambda s: paras(s, background))


def build(out: Path) -> Path:
    # as long a background as lets the § 29 proposal run over a page break
    s = straddling(_sheet, range(len(TILLSYN_BACKGROUND), 0, -1), "tillsyn-from", "tillsyn-to")
    _appeal(s)
    path = out / "skarvik-mbn-2026-03-18-protokoll.pdf"
    s.output(str(path))
    return path


# ------------------------------------------------------------------ facts (written from the text above)


def facts() -> dict:
    d = "2026-03-18"
    furniture = ["signaturer", "bestyrks", "Sida"]

    def mbn(n: int, **kw) -> dict:
        return F.decision("beslut", MBN, d, n, **F.empty(**kw))

    def one(text: str) -> list[dict]:
        return F.clauses(text, numbered=False)

    att = [F.attendee(MEMBERS[0], "ledamot", "ordförande"),
           F.attendee(MEMBERS[1], "ledamot", "viceordförande")]
    att += [F.attendee(x, "ledamot") for x in MEMBERS[2:] if x.name != "Mats Ek"]
    att += [F.attendee(SUB, "tjänstgörande ersättare", replaces="Mats Ek"),
            F.attendee(Person("Mats Ek"), "frånvarande"),
            F.attendee(Person("Eva Nyholm"), "tjänsteperson", "miljöchef, föredragande"),
            F.attendee(Person("Tomas Berg"), "tjänsteperson", "byggnadsinspektör",
                       paragraphs=[25, 26, 27]),
            F.attendee(Person("Sanna Björkqvist"), "tjänsteperson", "sekreterare")]
    return {
        "file": "skarvik-mbn-2026-03-18-protokoll.pdf",
        "_note": "Finland-Swedish minutes without parties: every member's party is null. "
                 "'Enligt förslag.' adopts the proposal printed above it, whose points are the "
                 "decision's clauses. A proposal printed in the minutes is not a decision of its own. "
                 "A member who seconds a proposal ('understödd av') is counted among its movers.",
        "meeting": {"municipality": MUNI, "body": MBN, "date": d,
                    "place": "Stadshuset, sammanträdesrum Fyren"},
        "attendance": att,
        "problems": [],
        "items": [
            {"number": "§ 22", "title": "Sammanträdets laglighet och beslutförhet", "dnr": [],
             "decisions": [mbn(22, clauses=one(
                 "Sammanträdet konstateras vara lagligen sammankallat och beslutfört."))]},
            {"number": "§ 23", "title": "Val av protokolljusterare", "dnr": [], "decisions": [
                mbn(23, clauses=F.clauses(
                    "Till protokolljusterare utses Lars Wikström och Annika Sandvik.",
                    "Protokollet justeras elektroniskt senast 23.03.2026.", numbered=False))]},
            {"number": "§ 24", "title": "Godkännande av föredragningslistan", "dnr": [], "decisions": [
                mbn(24, clauses=one("Föredragningslistan godkändes med den ändringen att § 29 "
                                    "behandlades före § 28."))]},
            {"number": "§ 25", "title": "Ändring av byggnadsordningen för Skärviks stad",
             "dnr": ["112/2025"], "decisions": [
                F.decision("beslut", MBN, "2026-02-11", 12, **F.empty(
                    refers_back=True, clauses=one("Ärendet återremitterades för ytterligare beredning av "
                                "bestämmelserna om byggande i strandzonen."))),
                mbn(25, proposed_to="Stadsstyrelsen", refers_back=False, clauses=one(
                    "Miljö- och byggnämnden föreslår för stadsstyrelsen och vidare för fullmäktige att "
                    "byggnadsordningen ändras enligt bilaga 3."))]},
            {"number": "§ 26", "title": "Avgifter för tillsyn enligt miljöskyddslagen år 2026",
             "dnr": ["15/2026"], "decisions": [
                mbn(26, clauses=F.clauses(*FEES),
                    motions=[F.motion("ändring", "Jonas Åkerlund", "Carola Nyström")],
                    votes=[F.vote(5, 2, 0, VOTE26, verified=True)],
                    reservations=[F.reservation("Jonas Åkerlund", "Carola Nyström")],
                    amounts=[F.amount(96, "EUR", clause=1), F.amount(400, "EUR", clause=2),
                             F.amount(150, "EUR", clause=3)],
                    text_lacks=["reserverade", "300 €"])]},
            {"number": "§ 27", "title": "Undantagslov för uppförande av fritidsbostad på fastigheten "
                                        "Strandby 4:17", "dnr": ["31/2026"], "decisions": [
                mbn(27, clauses=one("Miljö- och byggnämnden beviljar undantagslov för uppförande av en "
                                    "fritidsbostad om 85 m² på fastigheten Strandby 4:17 enligt "
                                    "ansökan."),
                    statements=[F.statement("jäv", "Annika Sandvik")],
                    text_lacks=["omedelbart justerad"])]},
            {"number": "§ 28", "title": "Utlåtande om förslaget till generalplan för Norra Skärvik",
             "dnr": ["40/2026"], "decisions": [
                F.decision("beslut", "Stadsstyrelsen", "2026-03-02", 41, **F.empty(clauses=one(
                    "Stadsstyrelsen begär utlåtande av miljö- och byggnämnden över förslaget till "
                    "generalplan för Norra Skärvik senast 31.03.2026."))),
                mbn(28, clauses=one("Miljö- och byggnämnden ger ett utlåtande enligt bilaga 5 och "
                                    "konstaterar att planförslaget bör kompletteras med en "
                                    "dagvattenutredning."))]},
            {"number": "§ 29", "title": "Tillsynsplan för miljö- och hälsoskyddet år 2026",
             "dnr": ["9/2026"], "decisions": [
                mbn(29, clauses=F.clauses(*TILLSYN),
                    assignments=[F.assignment("miljöchefen", "rapportera"),
                                 F.assignment("förvaltningen", "avloppsanläggningar")],
                    text_lacks=furniture)]},
            {"number": "§ 30", "title": "Anmälningsärenden", "dnr": [], "decisions": [
                mbn(30, clauses=one("Anmälningsärendena antecknas för kännedom."),
                    text_lacks=["mprövning", "Besvärsförbud"])]},
        ],
    }
