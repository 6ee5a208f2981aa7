"""Decision blocks of minutes in the templates of other municipalities: labels in their forms,
the minuted meeting's decision among proposals and earlier meetings' decisions, running
furniture left in the text (issue 14, item 2)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.assemble.furniture import without_furniture
from meetbook.assemble.paragraph import paragraph_decisions
from meetbook.extract.labels import read_label
from meetbook.lexicon.labels import is_procedure_line
from meetbook.model import DecisionKind, Line
from meetbook.segment.cover import Cover
from meetbook.segment.paragraphs import Paragraph
from tests.pagemaker import line, page

MBN = Cover(municipality="Bäckeby kommun", body="Miljö- och byggnämnden", date="2026-03-18",
            place=None)
KS = Cover(municipality="Bäckeby kommun", body="Kommunstyrelsen", date="2026-01-20", place=None)
KF = Cover(municipality="Bäckeby kommun", body="Kommunfullmäktige", date="2026-06-15", place=None)


# --------------------------------------------------------------- labels

@pytest.mark.parametrize("text, bold, kind, owner, to, rest", [
    ("Ordförandes förslag:", True, "förslag", "Ordförandes", None, ""),
    ("Stadsdirektörens förslag:", True, "förslag", "Stadsdirektörens", None, ""),
    ("Förvaltningens förslag till beslut:", True, "förslag", "Förvaltningens", None, ""),
    ("Förslag till beslut: Meddelandena läggs till handlingarna.", False, "förslag", None, None,
     "Meddelandena läggs till handlingarna."),
    ("Miljöchefens förslag: Anmälningsärendena antecknas.", False, "förslag", "Miljöchefens",
     None, "Anmälningsärendena antecknas."),
    ("3. Byggnadsinspektörens förslag:", True, "förslag", "Byggnadsinspektörens", None, ""),
    ("Kommunstyrelsens förslag till kommunfullmäktige", True, "förslag", "Kommunstyrelsens",
     "kommunfullmäktige", ""),
    ("Förslag till beslut i Byggnadsnämnden", True, "förslag", None, "Byggnadsnämnden", ""),
    ("Beslut", True, "beslut", None, None, ""),
    ("Beslut:", True, "beslut", None, None, ""),
    ("Beslut: Enligt förslag.", False, "beslut", None, None, "Enligt förslag."),
    ("3) Beslut", True, "beslut", None, None, ""),
    ("4. Miljö- och byggnämndens beslut: Enligt förslag.", True, "beslut",
     "Miljö- och byggnämndens", None, "Enligt förslag."),
    ("Nämndens beslut: Enligt ordförandens förslag.", False, "beslut", "Nämndens", None,
     "Enligt ordförandens förslag."),
    ("Kommunfullmäktiges beslut", True, "beslut", "Kommunfullmäktiges", None, ""),
    ("Beslut – Förslag till kommunfullmäktige", True, "beslut", None, "kommunfullmäktige", ""),
    ("Välfärdsnämndens beslui:", True, "beslut", None, None, ""),  # garbled
    ("1. Beredning: byggnadsinspektör Tomas Berg", False, "section", None, None,
     "byggnadsinspektör Tomas Berg"),
    ("2. Bakgrund:", True, "section", None, None, ""),
    ("Kompletterande underlag:", True, "section", None, None, ""),
    ("4. Behandling:", True, "procedure", None, None, ""),
    ("2. Jäv: Annika Sandvik anmälde jäv.", True, "procedure", None, None,
     "Annika Sandvik anmälde jäv."),
    ("Förslag till beslut på sammanträdet", True, "procedure", None, None, ""),
    # a label run into its text without a colon, bold only in its first words
    ("Beslut Kommunstyrelsen utser Anna Berg (M) att justera protokollet.", False, "beslut", None,
     None, "Kommunstyrelsen utser Anna Berg (M) att justera protokollet."),
    ("Beslut Ärendet bordläggs.", False, "beslut", None, None, "Ärendet bordläggs."),
    ("Kommunstyrelsens beslut Kommunstyrelsen beslutar i enlighet med förvaltningens förslag.",
     False, "beslut", "Kommunstyrelsens", None,
     "Kommunstyrelsen beslutar i enlighet med förvaltningens förslag."),
    ("Förslag till beslut Nämnden godkänner rapporten.", False, "förslag", None, None,
     "Nämnden godkänner rapporten."),
    # the text layer lost the space after the colon; a stray glyph after it is no text
    ("Beslut:Godkändes.", False, "beslut", None, None, "Godkändes."),
    ("Stadsdirektörens förslag:Stadsstyrelsen antecknar informationen.", False, "förslag",
     "Stadsdirektörens", None, "Stadsstyrelsen antecknar informationen."),
    ("Beslut: 1. Ärendet bordläggs.", False, "beslut", None, None, "1. Ärendet bordläggs."),
    # what a § prints under a label that is no decision
    ("Beslutet delges:", True, "section", None, None, ""),
    ("Beslutet expedieras till: ekonomiavdelningen", False, "section", None, None,
     "ekonomiavdelningen"),
    ("Ändringssökande:Anvisning om besvär bifogas.", False, "section", None, None,
     "Anvisning om besvär bifogas."),
    ("Tilläggsuppgifter: planläggningsingenjör Kim Söderback", False, "section", None, None,
     "planläggningsingenjör Kim Söderback"),
])
def test_labels(text, bold, kind, owner, to, rest):
    found = read_label(Line(text, 1, bold=bold), garbled=True)
    assert (found.kind, found.owner, found.to, found.rest) == (kind, owner, to, rest)


@pytest.mark.parametrize("text, bold", [
    ("Enligt kommunstyrelsens förslag:", False),          # opens the points it adopts
    ("Förslag till kommunfullmäktige:", False),           # a decision block's intro
    ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar:", False),
    ("Befogenhet att fatta beslut:", False),
    ("Förslag till ny renhållningstaxa", True),           # a § title
    ("beslut", True),                                     # a § title's last line
    ("Ja: Anna Berg, Per Ek (2)", False),
    ("Anna Berg föreslog att ärendet bordläggs.", False),
    ("Beslut Datum Delegat", False),                      # a delegation list's column heads
    ("Beslut om bygglov för Ekbacken 3:12", False),       # a title
    ("Regeringens beslut Regeringen har avslagit överklagandet.", False),  # no body's
])
def test_no_labels(text, bold):
    assert read_label(Line(text, 1, bold=bold)) is None


def test_a_label_for_the_own_part():
    found = read_label(Line("Beslut för kommunstyrelsens egen del", 1, bold=True))
    assert (found.kind, found.own_part) == ("beslut", True)


@pytest.mark.parametrize("text, procedural", [
    ("Paragrafen justeras omedelbart.", True),
    ("Paragrafen förklarades omedelbart justerad.", True),
    ("Paragrafen förklaras omedelbart justerad.", True),
    ("Protokollet i denna paragraf justerades omedelbart.", True),
    ("Beslutet förklaras omedelbart justerat.", True),
    ("Omedelbar justering.", True),
    ("Paragrafen justerades på mötet.", True),
    ("Paragrafen justeras vid sammanträdet.", True),
    ("Protokollet justeras elektroniskt senast 23.03.2026.", False),
    ("Justeringen sker tisdagen den 5 maj 2026.", False),
    # the body declaring it, in a sentence or an att-sats
    ("Kommunstyrelsen förklarar paragrafen omedelbart justerad.", True),
    ("att förklara paragrafen omedelbart justerad.", True),
    ("Nämnden beslutar att justera paragrafen omedelbart.", True),
    ("Kommunstyrelsen förklarar detaljplanen antagen.", False),
    # the meeting paused or resumed
    ("Sammanträdet ajourneras kl. 10.20–10.35.", True),
    ("Mötet ajournerades mellan kl. 11.05 och 11.20 för gruppöverläggningar.", True),
    ("Ajournering kl. 14.10–14.25", True),
    ("Ajourneringen av ärendet till nästa sammanträde godkänns.", False),
])
def test_procedure_lines_are_no_decision_points(text, procedural):
    assert is_procedure_line(text) is procedural


@given(st.text(max_size=120), st.booleans())
def test_labels_never_crash(text, bold):
    read_label(Line(text, 1, bold=bold), garbled=True)


# --------------------------------------------------------------- a §'s decisions

def _paragraph(rows: str, number: int = 26, lines_per_page: int = 60,
               ) -> tuple[Paragraph, list]:
    """A § from rows of text: `**x**` bold, `>` indented, one line 14 points below the last."""
    lines = []
    for i, raw in enumerate(rows.strip("\n").splitlines()):
        indent = raw.startswith(">")
        raw = raw.lstrip(">")
        bold = raw.startswith("**") and raw.endswith("**")
        text = raw.strip("*") if bold else raw
        n = i // lines_per_page
        lines.append(line(text, 100.0 + 14 * (i % lines_per_page), page=n + 1, bold=bold,
                          x=80.0 if indent else 57.0))
    pages = [page(*[ln for ln in lines if ln.page == n], number=n)
             for n in sorted({ln.page for ln in lines})]
    body = [ln for p in pages for ln in p.body]
    para = Paragraph(number, f"§ {number}", "Titel", (), 1, pages[-1].number, tuple(body))
    return para, pages


def _decided(rows: str, cover: Cover = MBN, kind=DecisionKind.BESLUT, number: int = 26):
    para, pages = _paragraph(rows, number)
    return paragraph_decisions(para, cover, pages, kind)


def test_enligt_forslag_adopts_the_proposal_and_the_proposal_is_no_decision():
    (made,) = _decided("""
**Ordförandes förslag:**
>Sammanträdet konstateras vara lagligen sammankallat och beslutfört.
Beslut: Enligt förslag.
""")
    assert (made.kind, made.body, made.date, made.paragraph) == (
        "beslut", "Miljö- och byggnämnden", "2026-03-18", 26)
    assert [c.text for c in made.clauses] == [
        "Sammanträdet konstateras vara lagligen sammankallat och beslutfört."]


def test_numbered_labels_with_the_procedure_in_a_section_and_in_the_block():
    (made,) = _decided("""
1. Beredning: miljöchef Eva Nyholm
**2. Bakgrund:**
>Avgifterna har varit oförändrade sedan 2022.
**3. Miljöchefens förslag:**
>Miljö- och byggnämnden fastställer följande avgifter för tillsyn för år 2026:
>1) timavgiften är 96 euro,
>2) den fasta grundavgiften är 400 € per period.
**4. Behandling:**
>Under diskussionen föreslog Jonas Åkerlund, understödd av Carola Nyström, att grundavgiften
>ska vara 300 € per period.
**5. Miljö- och byggnämndens beslut:**
>Enligt förslag.
>Jonas Åkerlund och Carola Nyström reserverade sig mot beslutet.
>Paragrafen förklarades omedelbart justerad.
""")
    assert [(c.number, c.text) for c in made.clauses] == [
        (1, "timavgiften är 96 euro,"), (2, "den fasta grundavgiften är 400 € per period.")]
    assert [a.value for a in made.amounts] == [96, 400]
    assert [m.name for r in made.reservations for m in r.members] == [
        "Jonas Åkerlund", "Carola Nyström"]
    assert {m.name for mo in made.motions for m in mo.movers} == {"Jonas Åkerlund",
                                                                  "Carola Nyström"}
    assert "justerad" not in made.text and "300" not in made.text


def test_a_paragraph_written_meeting_by_meeting():
    made = _decided("""
Bygg- och miljönämndens arbetsutskott 2026-03-04 § 22
**Förvaltningens förslag till beslut:**
Arbetsutskottet föreslår att miljö- och byggnämnden beslutar
1. att bevilja bygglov enligt ansökan,
2. att avgiften fastställs till 38 400 kronor.
**Arbetsutskottets beslut:**
Enligt förvaltningens förslag.
Miljö- och byggnämnden 2026-02-11, § 9
**Beslut:**
Ärendet återremitteras till förvaltningen.
Miljö- och byggnämnden 2026-03-18 § 26
**Beslut:**
Enligt arbetsutskottets förslag.
""")
    assert [(d.kind, d.body, d.date, d.paragraph, d.proposed_to, d.refers_back) for d in made] == [
        ("beslut", "Bygg- och miljönämndens arbetsutskott", "2026-03-04", 22,
         "Miljö- och byggnämnden", False),
        ("beslut", "Miljö- och byggnämnden", "2026-02-11", 9, None, True),
        ("beslut", "Miljö- och byggnämnden", "2026-03-18", 26, None, False)]
    assert [c.number for c in made[2].clauses] == [1, 2]  # the utskott's points, adopted
    assert [a.value for a in made[2].amounts] == [38400]


def test_an_earlier_meeting_unlabelled_and_the_minuted_bodys_decision_after_it():
    made = _decided("""
Kommunstyrelsens arbetsutskott 2025-12-09 § 41
Arbetsutskottet föreslår kommunstyrelsen besluta att anta riktlinjerna.
**Kommunstyrelsens beslut**
Kommunstyrelsen antar riktlinjerna för medborgardialog.
""", cover=KS, number=5)
    assert [(d.body, d.date, d.paragraph, d.proposed_to) for d in made] == [
        ("Kommunstyrelsens arbetsutskott", "2025-12-09", 41, "Kommunstyrelsen"),
        ("Kommunstyrelsen", "2026-01-20", 5, None)]
    assert made[1].text == "Kommunstyrelsen antar riktlinjerna för medborgardialog."


def test_a_styrelse_proposing_to_fullmaktige_and_deciding_for_its_own_part():
    made = _decided("""
**Kommunstyrelsens förslag till kommunfullmäktige**
1. En investeringsram om 22 miljoner kronor beviljas för tillbyggnad av skolan.
2. Kommunfullmäktige ger barn- och utbildningsnämnden i uppdrag att planera skolskjutsen.
**Kommunstyrelsens beslut**
Kommunstyrelsen uppdrar åt kommundirektören att informera vårdnadshavarna.
**Yrkanden**
Tomas Engström (S) yrkar bifall till arbetsutskottets förslag.
""", cover=KS, number=3)
    assert [(d.kind, d.body, d.proposed_to) for d in made] == [
        ("beslut", "Kommunstyrelsen", "Kommunfullmäktige"), ("beslut", "Kommunstyrelsen", None)]
    assert [a.value for a in made[0].amounts] == [22_000_000]
    assert [m.movers[0].name for m in made[0].motions] == ["Tomas Engström"]
    assert [a.assignee for a in made[1].assignments] == ["Kommundirektören"]


def test_the_decision_printed_last_after_proposals_and_yrkanden_that_quote_points():
    (made,) = _decided("""
**Kommunstyrelsens förslag**
1. Skattesatsen för 2027 fastställs till 22:14 kronor per skattekrona.
2. Kommunstyrelsens driftram för 2027 fastställs till 142,5 mnkr.
**Yrkanden**
Per Ahl (M) yrkar bifall till Moderaternas budgetförslag med följande beslutspunkter:
1. Skattesatsen för 2027 fastställs till 21:89 kronor per skattekrona.
2. Kommunstyrelsens driftram för 2027 fastställs till 138 mnkr.
**Kommunfullmäktiges beslut**
1. Skattesatsen för 2027 fastställs till 22:14 kronor per skattekrona.
2. Kommunstyrelsens driftram för 2027 fastställs till 142,5 mnkr.
""", cover=KF, number=61)
    assert (made.kind, made.body, made.paragraph) == ("beslut", "Kommunfullmäktige", 61)
    assert [(a.value, a.year) for a in made.amounts] == [(142_500_000, 2027)]
    assert "21:89" not in made.text


@pytest.mark.parametrize("adoption", [
    "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.",
    "Enligt kommunstyrelsens förslag.",
    "Kommunfullmäktige bifaller kommunstyrelsens förslag.",
])
def test_fullmaktige_adopting_the_styrelses_proposal(adoption):
    (made,) = _decided(f"""
**Kommunstyrelsens förslag**
Motionen bifalls.
**Yrkanden**
Lina Berg (V) yrkar bifall till kommunstyrelsens förslag.
**Kommunfullmäktiges beslut**
{adoption}
""", cover=KF, number=62)
    assert [c.text for c in made.clauses] == ["Motionen bifalls."]


def test_another_bodys_decision_quoted_without_its_date_is_not_the_meetings():
    (made,) = _decided("""
**Kommunstyrelsens beslut**
Kommunstyrelsen föreslår kommunfullmäktige att anta planen.
**Kommunfullmäktiges beslut**
Kommunfullmäktige antar planen.
""", cover=KF, number=64)
    assert made.text == "Kommunfullmäktige antar planen."


def test_a_book_keeps_its_proposals():
    (made,) = _decided("""
**Stadsdirektörens förslag:**
Stadsstyrelsen godkänner delårsrapporten.
""", cover=KS, kind=DecisionKind.FORSLAG)
    assert (made.kind, made.paragraph, made.text) == (
        "förslag", None, "Stadsstyrelsen godkänner delårsrapporten.")


# --------------------------------------------------------------- running furniture

def _framed(n: int, *rows: str) -> list[Line]:
    head = [line(f"Protokoll 5 §§ 34–41 2026-04-22 Sida {n} (3)", 118, page=n)]
    foot = [line("Justerandes signatur ____________", 690, page=n),
            line("Bäckeby kommun · Box 100, 599 80 Bäckeby", 706, page=n)]
    body = [line(text, 150 + 14 * i, page=n) for i, text in enumerate(rows)]
    return head + body + foot


def test_running_furniture_inside_the_page_is_no_part_of_the_text():
    pages = [page(*_framed(n, f"Text på sidan {n}."), number=n) for n in (1, 2, 3)]
    lines = [ln for p in pages for ln in p.body]
    assert [ln.text for ln in without_furniture(lines, pages)] == [
        "Text på sidan 1.", "Text på sidan 2.", "Text på sidan 3."]


def test_lines_that_recur_in_the_text_are_not_furniture():
    pages = [page(line(f"§ {10 + n}", 100, page=n, bold=True), line("Beslut", 114, page=n),
                  line("Motionen avslås.", 128, page=n), number=n) for n in (1, 2, 3)]
    lines = [ln for p in pages for ln in p.body]
    assert without_furniture(lines, pages) == tuple(lines)


KSAU = Cover(municipality="Sörby kommun", body="Kommunstyrelsens arbetsutskott", date="2026-03-03",
             place=None)


@pytest.mark.parametrize("rows, proposed_to, first", [
    # the label says whom the utskott proposes to; the text is the wording proposed to KS
    ("""
**Förvaltningens förslag till beslut**
Arbetsutskottet föreslår att kommunstyrelsen föreslår kommunfullmäktige att anta taxan.
**Arbetsutskottets förslag till kommunstyrelsen**
Kommunstyrelsen föreslår kommunfullmäktige att anta renhållningstaxa 2026–2027.
""", "Kommunstyrelsen", "Kommunstyrelsen föreslår kommunfullmäktige att anta"),
    ("""
**Arbetsutskottets förslag till kommunstyrelsen och kommunfullmäktige**
Kommunfullmäktige beslutar
1. Sörbyhem AB får ta upp lån om högst 45 mnkr.
2. Kommunen ingår borgen för lånet.
""", "Kommunstyrelsen", "Sörbyhem AB får ta upp lån om högst 45 mnkr."),
    # a run-in label whose owner is the body's name without whose body it is
    ("""
Arbetsutskottets beslut Arbetsutskottet ger kommundirektören i uppdrag att ta fram ett underlag.
""", None, "Arbetsutskottet ger kommundirektören i uppdrag att ta fram ett underlag."),
])
def test_an_utskotts_decisions_under_labels_naming_it_short(rows, proposed_to, first):
    (made,) = _decided(rows, KSAU)
    assert (made.body, made.proposed_to) == ("Kommunstyrelsens arbetsutskott", proposed_to)
    assert made.clauses[0].text.startswith(first)


def test_a_label_of_a_body_of_the_same_noun_is_not_the_minuted_bodys():
    made = _decided("""
**Socialnämndens arbetsutskotts beslut**
Ärendet bordläggs.
""", KSAU)
    assert made == []


@pytest.mark.parametrize("text, kind, owner, date, paragraph", [
    ("Kommunstyrelsens förslag 2026-03-17, § 21", "förslag", "Kommunstyrelsens", "2026-03-17", 21),
    ("Arbetsutskottets beslut den 3 mars 2026 § 14", "beslut", "Arbetsutskottets", "2026-03-03", 14),
    ("Stadsstyrelsens förslag 15.3.2026, 44 §", "förslag", "Stadsstyrelsens", "2026-03-15", 44),
])
def test_a_label_that_names_its_meeting(text, kind, owner, date, paragraph):
    found = read_label(Line(text, 1, bold=True))
    assert (found.kind, found.owner, found.date, found.paragraph) == (kind, owner, date, paragraph)


def test_a_dated_proposal_is_its_owners_earlier_decision_and_the_adoption_takes_its_points():
    made = _decided("""
**Kommunstyrelsens förslag 2026-03-17, § 21**
1) Årsredovisning 2025 godkänns.
2) Av årets resultat avsätts 12 mnkr till resultatutjämningsreserven.
Beslut Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag.
""", KF, number=30)
    assert [(d.body, d.date, d.paragraph, d.proposed_to, [c.number for c in d.clauses])
            for d in made] == [
        ("Kommunstyrelsen", "2026-03-17", 21, "Kommunfullmäktige", [1, 2]),
        ("Kommunfullmäktige", "2026-06-15", 30, None, [1, 2])]


def test_an_ownerless_proposal_label_in_the_styrelses_minutes_is_its_decision_to_propose():
    made = _decided("""
Förslag till kommunfullmäktige: Kommunfullmäktige beslutar att öppettiderna utökas.
Kommunstyrelsens beslut: Kommunstyrelsen ger nämnden i uppdrag att följa upp besöken.
**Förslag till kommunfullmäktige**
""", KS)
    assert sorted((d.proposed_to or "", d.clauses[0].text[:24]) for d in made) == [
        ("", "Kommunstyrelsen ger nämn"), ("Kommunfullmäktige", "Kommunfullmäktige beslut")]


def test_an_ownerless_proposal_to_the_minuted_body_is_no_decision_of_its_own():
    (made,) = _decided("""
**Förslag till kommunfullmäktige**
Kommunfullmäktige beslutar att öppettiderna utökas.
**Beslut**
Kommunfullmäktige beslutar enligt förslaget.
""", KF)
    assert (made.body, made.proposed_to, made.clauses[0].text) == (
        "Kommunfullmäktige", None, "Kommunfullmäktige beslutar att öppettiderna utökas.")


def test_a_proposal_that_adopts_the_forvaltnings_text():
    (made,) = _decided("""
**Förvaltningens förslag till beslut**
Kommunstyrelsen föreslår kommunfullmäktige att anta VA-plan 2026–2035.
Beslut Kommunstyrelsen föreslår kommunfullmäktige besluta enligt förvaltningens förslag.
""", KS)
    assert (made.proposed_to, made.clauses[0].text) == (
        "Kommunfullmäktige", "Kommunstyrelsen föreslår kommunfullmäktige att anta VA-plan 2026–2035.")


# --------------------------------------------------------------- a decision under no label

@pytest.mark.parametrize("rows, points", [
    ("Nämnden utser Maria Lund (C) till justerare.",
     ["Nämnden utser Maria Lund (C) till justerare."]),
    ("Dagordningen godkänns.", ["Dagordningen godkänns."]),
    ("Förvaltningschefen informerar om lokalförsörjningen. Kostnaden är 18 miljoner kronor.\n"
     "Informationen läggs till handlingarna.", ["Informationen läggs till handlingarna."]),
    ("Följande beslut fattade med stöd av delegation redovisas:\n"
     "– Beslut om skolskjuts, 2026-11-02, skolskjutshandläggare\n"
     "– Anställning av förskolechef, 2026-11-16, förvaltningschef\n"
     "Nämnden lägger redovisningen av delegationsbesluten till handlingarna.",
     ["Nämnden lägger redovisningen av delegationsbesluten till handlingarna."]),
    ("Per Holm (M) har begärt att bli entledigad från sitt uppdrag som ersättare.\n"
     "Nämnden entledigar Per Holm (M) från uppdraget som ersättare i skolrådet.\n"
     "Till ny ersättare i skolrådet efter Per Holm väljs Karin Ek (M).",
     ["Nämnden entledigar Per Holm (M) från uppdraget som ersättare i skolrådet.",
      "Till ny ersättare i skolrådet efter Per Holm väljs Karin Ek (M)."]),
    ("Förvaltningen föreslår att investeringsramen utökas.\n"
     "Miljö- och byggnämnden beslutar att utöka investeringsramen med 3 Mkr för 2027.",
     ["Miljö- och byggnämnden beslutar att utöka investeringsramen med 3 Mkr för 2027."]),
    ("Miljö- och byggnämnden beslutar\natt anta riktlinjerna,\natt riktlinjerna gäller från "
     "den 1 januari 2027.", ["att anta riktlinjerna,",
                             "att riktlinjerna gäller från den 1 januari 2027."]),
    ("Att jämte ordföranden justera dagens protokoll utses Lars Ek (KD).",
     ["Att jämte ordföranden justera dagens protokoll utses Lars Ek (KD)."]),
    ("Miljö- och byggnämnden tackar för redovisningen och lägger den till handlingarna.",
     ["Miljö- och byggnämnden tackar för redovisningen och lägger den till handlingarna."]),
    ("Miljö- och byggnämnden antar taxan enligt bilaga.\nTaxan gäller från och med den 1 januari "
     "2027.\n**Utdrag bestyrks**\nKarin Moberg, nämndsekreterare",
     ["Miljö- och byggnämnden antar taxan enligt bilaga.",
      "Taxan gäller från och med den 1 januari 2027."]),
    ("Miljö- och byggnämnden antar taxan enligt bilaga.\nTaxan har varit oförändrad sedan 2022.",
     ["Miljö- och byggnämnden antar taxan enligt bilaga."]),
    ("Miljö- och byggnämnden beslutar följande:\n– Riktlinjerna antas.\n– Riktlinjerna gäller "
     "från den 1 januari 2027.", ["Riktlinjerna antas.",
                                  "Riktlinjerna gäller från den 1 januari 2027."]),
])
def test_a_decision_printed_under_no_label(rows, points):
    (made,) = _decided(rows.replace("\n", "\n\n"))
    assert (made.kind, made.body, made.paragraph) == ("beslut", "Miljö- och byggnämnden", 26)
    assert [c.text for c in made.clauses] == points


@pytest.mark.parametrize("rows", [
    "**Debatt**\nInterpellationen besvaras av kommunalrådet Marina Johansson (S). Därefter följer "
    "debatt.",
    "Förvaltningen föreslår att planen godkänns.",
    "Kommunfullmäktige beslutade den 14 maj 2025 att anta planen.",
    "Ordföranden informerar om arbetet med budgeten.",
])
def test_no_decision_in_a_paragraph_that_only_tells_the_case(rows):
    assert _decided(rows) == []


def test_an_unlabelled_proposal_to_fullmaktige_and_the_own_part_after_it():
    made = _decided("""
Taxan har inte räknats upp sedan 2022.

Kommunstyrelsen föreslår kommunfullmäktige besluta
att anta taxan enligt bilaga 1, samt
att taxan gäller från och med den 1 januari 2027.

Kommunstyrelsen beslutar för egen del att ge kommundirektören i uppdrag att informera om taxan.
""", KS)
    assert sorted((d.proposed_to or "", [c.text for c in d.clauses]) for d in made) == [
        ("", ["Kommunstyrelsen beslutar för egen del att ge kommundirektören i uppdrag att "
              "informera om taxan."]),
        ("Kommunfullmäktige", ["att anta taxan enligt bilaga 1, samt",
                               "att taxan gäller från och med den 1 januari 2027."])]


def test_a_decision_adopting_the_beslutsforslag():
    (made,) = _decided("""
**Beslutsförslag**
Kommunstyrelsen beslutar att bevilja föreningen ett bidrag om 350 000:- för 2027.
**Beslut**
Kommunstyrelsen beslutar i enlighet med beslutsförslaget.
""", KS)
    assert [c.text for c in made.clauses] == [
        "Kommunstyrelsen beslutar att bevilja föreningen ett bidrag om 350 000:- för 2027."]
    assert [(a.value, a.year) for a in made.amounts] == [(350000, 2027)]


# --------------------------------------------------------------- decisions as older minutes write them

ON = Cover(municipality="Granhults kommun", body="Omsorgsnämnden", date="2026-09-15", place=None)
ONAU = Cover(municipality="Granhults kommun", body="Omsorgsnämndens arbetsutskott",
             date="2026-09-01", place=None)


@pytest.mark.parametrize("rows, points", [
    ("Förvaltningen har upprättat en delårsrapport.\nNämnden beslöt att godkänna delårsrapporten "
     "per augusti 2026.", ["Nämnden beslöt att godkänna delårsrapporten per augusti 2026."]),
    ("Köken behöver rustas upp.\nBeslöts att uppdra åt förvaltningschefen att utreda frågan.\n"
     "Utredningen ska redovisas för nämnden senast i mars 2027.",
     ["Beslöts att uppdra åt förvaltningschefen att utreda frågan.",
      "Utredningen ska redovisas för nämnden senast i mars 2027."]),
    ("Nämnden beslutade 2026-05-12, § 22, att återremittera ärendet för komplettering.\n"
     "Omsorgsnämnden beslöt att anta riktlinjerna.", ["Omsorgsnämnden beslöt att anta riktlinjerna."]),
])
def test_a_decision_in_the_past_tense_under_no_label(rows, points):
    (made,) = _decided(rows.replace("\n", "\n\n"), ON)
    assert (made.body, made.proposed_to, made.refers_back) == ("Omsorgsnämnden", None, False)
    assert [c.text for c in made.clauses] == points


@pytest.mark.parametrize("rows", [
    "Nämnden beslutade 2026-05-12, § 22, att återremittera ärendet till förvaltningen.",
    "Nämnden beslöt tidigare att ge förvaltningen i uppdrag att utreda frågan.",
    "Kommunfullmäktige beslutade 2025 att anta planen.",
])
def test_a_past_decision_with_its_time_is_history(rows):
    assert _decided(rows, ON) == []


def test_a_present_decision_is_preferred_to_a_past_one():
    (made,) = _decided("Nämnden beslöt i våras att utreda frågan.\n\nNämnden godkänner "
                       "utredningen.", ON)
    assert [c.text for c in made.clauses] == ["Nämnden godkänner utredningen."]


UTSKOTT = """Avgifterna har setts över.

Utskottet föreslår nämnden besluta
att avgiften för trygghetslarm höjs till 310 kronor per månad,
att förvaltningen får i uppdrag att informera brukarna.

{}"""


def test_the_utskotts_proposal_adopted_by_the_namnd():
    (made,) = _decided(UTSKOTT.format("Omsorgsnämnden beslöt enligt utskottets förslag."), ON)
    assert (made.body, made.proposed_to) == ("Omsorgsnämnden", None)
    assert [c.text for c in made.clauses] == [
        "att avgiften för trygghetslarm höjs till 310 kronor per månad,",
        "att förvaltningen får i uppdrag att informera brukarna."]


def test_the_utskotts_proposal_overruled_by_the_namnd():
    (made,) = _decided(UTSKOTT.format("Omsorgsnämnden beslöt att återremittera ärendet till "
                                      "förvaltningen."), ON)
    assert [c.text for c in made.clauses] == [
        "Omsorgsnämnden beslöt att återremittera ärendet till förvaltningen."]
    assert made.refers_back


@pytest.mark.parametrize("rows", [
    UTSKOTT.format(""),
    "**Förslag till nämndens beslut**\natt avgiften för trygghetslarm höjs till 310 kronor per "
    "månad,\natt förvaltningen får i uppdrag att informera brukarna.",
    "Arbetsutskottet föreslår att nämnden beslutar att höja avgiften för trygghetslarm.",
])
def test_an_utskott_proposing_to_its_own_namnd(rows):
    (made,) = _decided(rows, ONAU)
    assert (made.body, made.proposed_to) == ("Omsorgsnämndens arbetsutskott", "Omsorgsnämnden")


def test_an_adoption_with_a_change_keeps_the_proposals_points_and_the_change():
    (made,) = _decided("""
**Arbetsutskottets förslag**
1. Kommunstyrelsen godkänner förstudien.
2. Förvaltningen får i uppdrag att upphandla en förskola med sex avdelningar.
**Beslut**
Kommunstyrelsen beslutar enligt arbetsutskottets förslag med den ändringen att förskolan ska ha
åtta avdelningar.
""", KS)
    assert [(c.number, c.text) for c in made.clauses] == [
        (1, "Kommunstyrelsen godkänner förstudien."),
        (2, "Förvaltningen får i uppdrag att upphandla en förskola med sex avdelningar."),
        (None, "Kommunstyrelsen beslutar enligt arbetsutskottets förslag med den ändringen att "
               "förskolan ska ha åtta avdelningar.")]
    assert [a.assignee for a in made.assignments] == ["Förvaltningen"]


@pytest.mark.parametrize("text, to", [
    ("Förslag till nämndens beslut", "nämnden"),
    ("Förslag till kommunfullmäktiges beslut", "kommunfullmäktige"),
    ("Förslag till tekniska nämndens beslut", "tekniska nämnden"),
])
def test_a_proposal_label_naming_the_body_to_decide_in_the_genitive(text, to):
    found = read_label(Line(text, 1, bold=True))
    assert (found.kind, found.owner, found.to) == ("förslag", None, to)


def test_a_table_under_a_decisions_lead_stays_in_the_decision():
    from meetbook.extract.labels import labelled_parts

    def row(cells: list[tuple[float, str]], top: float, bold: bool = False) -> Line:
        words = tuple((x + 30 * k, x + 30 * k + 25, w) for x, cell in cells
                      for k, w in enumerate(cell.split()))
        return Line("  ".join(c for _, c in cells), 1, cells[0][0], top, words[-1][1], 10.0, bold,
                    words)

    lines = [row([(57, "Beslut")], 100, bold=True),
             row([(57, "Kommunstyrelsen beslutar att fördela medel enligt följande:")], 114),
             row([(57, "Insats"), (232, "Nämnd"), (407, "Belopp, kr")], 128, bold=True),
             row([(57, "Läxhjälp"), (232, "Barn- och utbildningsnämnden"), (407, "420 000")], 142),
             row([(57, "Summa"), (407, "420 000")], 156, bold=True),
             row([(57, "Ärendebeskrivning")], 180, bold=True)]
    ((label, block),) = [p for p in labelled_parts(lines, headings_end=True) if p[0].kind == "beslut"]
    assert [ln.text.split()[0] for ln in block.lines] == ["Kommunstyrelsen", "Insats", "Läxhjälp",
                                                          "Summa"]


@pytest.mark.parametrize("text, kind, owner, to", [
    ("KOMMUNFULLMÄKTIGES BESLUT", "beslut", "Kommunfullmäktiges", None),
    ("KOMMUNSTYRELSENS FÖRSLAG", "förslag", "Kommunstyrelsens", None),
    ("KOMMUNSTYRELSENS FÖRSLAG TILL KOMMUNFULLMÄKTIGE", "förslag", "Kommunstyrelsens",
     "kommunfullmäktige"),
    ("BESLUT I ÄRENDET", "beslut", None, None),
    ("Beslut i ärendet", "beslut", None, None),
])
def test_labels_in_capitals_and_beslut_i_arendet(text, kind, owner, to):
    found = read_label(Line(text, 1, bold=True))
    assert (found.kind, found.owner, found.to) == (kind, owner, to)


def test_a_capitalised_sentence_is_no_label():
    assert read_label(Line("MOTIONEN AVSLÅS.", 1, bold=True)) is None


@pytest.mark.parametrize("rows", [
    "**Beslut**\nKommunstyrelsen hemställer att kommunfullmäktige beslutar att anta planen.",
    "**Beslut**\nKommunstyrelsen överlämnar ärendet till kommunfullmäktige med förslag att "
    "fullmäktige antar planen.",
    "**Beslut**\nKommunstyrelsens förslag till kommunfullmäktige:\n1. Planen antas.\n"
    "2. Kommunstyrelsen får i uppdrag att genomföra planen.",
])
def test_a_styrelse_proposing_to_fullmaktige_worded_otherwise(rows):
    (made,) = _decided(rows, KS)
    assert (made.body, made.proposed_to) == ("Kommunstyrelsen", "Kommunfullmäktige")


@pytest.mark.parametrize("text, date, paragraph", [
    ("Kommunstyrelsens förslag (2026-09-08 § 105)", "2026-09-08", 105),
    ("Kommunstyrelsens förslag, 2026-09-08 § 105", "2026-09-08", 105),
    ("Arbetsutskottets beslut 2026-08-25", "2026-08-25", None),
])
def test_a_label_naming_its_meeting_in_brackets_after_a_comma_or_without_its_paragraph(
        text, date, paragraph):
    found = read_label(Line(text, 1, bold=True))
    assert (found.date, found.paragraph) == (date, paragraph)


def test_an_adoption_that_proposes_a_namnds_points_on_to_fullmaktige():
    made = _decided("""
**Barn- och utbildningsnämndens förslag, 2026-09-22 § 70**
1. Riktlinjerna för skolskjuts antas enligt bilaga 3.
**Beslut**
Kommunstyrelsen föreslår kommunfullmäktige besluta enligt barn- och utbildningsnämndens förslag.
""", KS)
    assert sorted((d.body, d.date, d.paragraph, d.proposed_to or "") for d in made) == [
        ("Barn- och utbildningsnämnden", "2026-09-22", 70, "Kommunstyrelsen"),
        ("Kommunstyrelsen", "2026-01-20", 26, "Kommunfullmäktige")]
    assert all([c.text for c in d.clauses] == ["Riktlinjerna för skolskjuts antas enligt bilaga 3."]
               for d in made)


SN = Cover(municipality="Granhults kommun", body="Socialnämnden", date="2026-10-06", place=None)


@pytest.mark.parametrize("text, proposed_to", [
    ("Nämnden tar del av informationen.", None),
    ("Nämnden avstår från att yttra sig över remissen.", None),
    ("Efter överläggning beslutar nämnden att ställa sig bakom förvaltningens yttrande.", None),
    ("Efter diskussion beslöt nämnden att hyra lokalen på Storgatan 4.", None),
    ("Därefter beslutade nämnden att bevilja bidraget.", None),
    ("Socialnämnden ställer sig bakom förvaltningens yttrande och föreslår\nkommunfullmäktige att "
     "avslå motionen.", "Kommunfullmäktige"),
])
def test_a_decision_with_the_verb_first_or_one_that_takes_note(text, proposed_to):
    (made,) = _decided("Ärendet beskrivs i en tjänsteskrivelse.\n\n" + text, SN)
    assert (made.body, made.proposed_to) == ("Socialnämnden", proposed_to)
    assert [c.text for c in made.clauses] == [text.replace("\n", " ")]


def test_an_adverbial_before_a_past_decision_of_an_earlier_time_is_still_history():
    assert _decided("Efter överläggning beslutade nämnden 2026-09-08 att bordlägga ärendet.",
                    SN) == []


@pytest.mark.parametrize("line", ["Beslutet skickas för kännedom till", "För kännedom till: Akten",
                                  "Beslutet meddelas: Sökanden", "Expediering", "Beslutet översänds "
                                  "till Länsstyrelsen"])
def test_the_decisions_recipients_are_no_point_of_it(line):
    from meetbook.lexicon.labels import is_distribution_line

    assert is_distribution_line(line)


# --------------------------------------------------------------- the fourth decisions round

@pytest.mark.parametrize("text, owner, to", [
    ("Kommunstyrelsens förslag till kommunfullmäktiges beslut", "Kommunstyrelsens",
     "kommunfullmäktige"),
    ("Socialnämndens förslag till kommunfullmäktiges beslut:", "Socialnämndens",
     "kommunfullmäktige"),
    ("Kommunstyrelsens arbetsutskotts förslag till kommunstyrelsens beslut",
     "Kommunstyrelsens arbetsutskotts", "kommunstyrelsen"),
])
def test_a_proposal_label_naming_its_owner_and_the_body_to_decide_in_the_genitive(text, owner, to):
    found = read_label(Line(text, 1, bold=True))
    assert (found.kind, found.owner, found.to) == ("förslag", owner, to)


def test_a_decision_block_then_a_proposal_block_each_numbered_from_one():
    made = _decided("""
**Kommunstyrelsens beslut**
1. Kommunstyrelsen noterar redovisningen.
2. Kommundirektören ska redovisa en plan senast i juni 2027.
**Kommunstyrelsens förslag till kommunfullmäktige**
1. Investeringsramen för 2027 utökas med 2,5 mnkr.
2. Utökningen finansieras genom ökad upplåning.
""", KS)
    assert [(d.proposed_to, [c.number for c in d.clauses]) for d in made] == [
        (None, [1, 2]), ("Kommunfullmäktige", [1, 2])]
    assert [a.assignee for a in made[0].assignments] == ["Kommundirektören"]
    assert [a.value for a in made[1].amounts] == [2_500_000]


@pytest.mark.parametrize("lead", [
    "Kommunstyrelsen föreslår kommunfullmäktige fatta följande beslut:",
    "Kommunstyrelsen föreslår att kommunfullmäktige fattar följande beslut:",
    "Kommunstyrelsen föreslår kommunfullmäktige att fatta följande beslut:",
])
def test_a_numbered_beslutsgang_before_a_proposal_whose_points_start_again(lead):
    (made,) = _decided(f"""
**Beslutsgång**
1. Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller
Per Lindqvists yrkande.
2. Ordföranden konstaterar att kommunstyrelsen därmed föreslår kommunfullmäktige att anta taxan.
**Beslut**
{lead}
1. Taxan antas enligt bilaga 1.
2. Taxan gäller från och med den 1 februari 2027.
**Justering**
Paragrafen justeras omedelbart.
**Beslutet expedieras till**
Byggnadsnämnden
""", KS)
    assert made.proposed_to == "Kommunfullmäktige"
    assert [(c.number, c.text) for c in made.clauses] == [
        (1, "Taxan antas enligt bilaga 1."), (2, "Taxan gäller från och med den 1 februari 2027.")]


def test_an_utskott_endorsing_the_forvaltnings_points_and_handing_them_on_for_decision():
    (made,) = _decided("""
**Förvaltningens förslag**
1. Skötselplanen antas.
2. Tekniska nämnden uppmanas att redovisa avverkningarna årligen.
**Beslut**
Arbetsutskottet tillstyrker förvaltningens förslag och överlämnar ärendet till kommunstyrelsen
för beslut.
""", KSAU)
    assert (made.body, made.proposed_to) == ("Kommunstyrelsens arbetsutskott", "Kommunstyrelsen")
    assert [c.number for c in made.clauses] == [1, 2]


@pytest.mark.parametrize("decided", [
    "Arbetsutskottet överlämnar ärendet till kommunstyrelsen för beslut.",
    "Ärendet överlämnas till kommunstyrelsen utan eget förslag.",
])
def test_a_case_handed_on_without_endorsing_a_proposal_proposes_nothing(decided):
    (made,) = _decided(f"""
**Förvaltningens förslag**
1. Skötselplanen antas.
**Beslut**
{decided}
""", KSAU)
    assert made.proposed_to is None
    assert [c.text for c in made.clauses] == [decided]


def test_the_chairs_finding_before_a_decision_under_no_label_is_no_point_of_it():
    (made,) = _decided("""
**Ärendet**
Kommunstyrelsen gav 2025-04-08, § 61, kommundirektören i uppdrag att ta fram en plan.
Ordföranden konstaterar att det endast finns ett förslag till beslut och att kommunstyrelsen
bifaller detta.
Kommunstyrelsen godkänner redovisningen och lägger den till handlingarna. Uppdraget är därmed
slutfört.
""", KS)
    assert [c.text for c in made.clauses] == [
        "Kommunstyrelsen godkänner redovisningen och lägger den till handlingarna. Uppdraget är "
        "därmed slutfört."]
    assert made.assignments == ()


@pytest.mark.parametrize("rows, to", [
    ("**Beslut**\nKommunfullmäktige föreslås besluta att anta riktlinjerna för representation.",
     "Kommunfullmäktige"),
    ("**Beslut**\nKommunfullmäktige föreslås besluta\n1. Riktlinjerna antas.\n"
     "2. Riktlinjerna gäller från den 1 januari 2027.", "Kommunfullmäktige"),
    ("**Beslut**\nKommunstyrelsen föreslår kommunfullmäktige anta riktlinjerna.",
     "Kommunfullmäktige"),
    ("**Beslut**\nKommunstyrelsen föreslår att kommunfullmäktige antar riktlinjerna.",
     "Kommunfullmäktige"),
    ("**Beslut**\nKommunstyrelsen beslutar att överlämna ärendet till kommunfullmäktige med "
     "förslag att motionen bifalls.", "Kommunfullmäktige"),
    ("**Beslut**\nKommunstyrelsen hemställer hos kommunfullmäktige att riktlinjerna antas.",
     "Kommunfullmäktige"),
    # the förvaltning's proposal worded as what fullmäktige decides, adopted by the styrelse
    ("**Förslag till beslut**\nKommunfullmäktige beslutar att anta riktlinjerna.\n**Beslut**\n"
     "Kommunstyrelsen beslutar i enlighet med förslaget.", "Kommunfullmäktige"),
    # the styrelse's own
    ("**Beslut**\nKommunstyrelsen beslutar att anta riktlinjerna.", None),
    ("**Beslut**\nKommunstyrelsen beslutar att överlämna ärendet till kultur- och fritidsnämnden.",
     None),
])
def test_a_styrelse_proposing_to_fullmaktige_however_worded(rows, to):
    (made,) = _decided(rows, KS)
    assert (made.body, made.proposed_to) == ("Kommunstyrelsen", to)


SN = Cover(municipality="Bäckeby kommun", body="Socialnämnden", date="2026-11-24", place=None)


@pytest.mark.parametrize("rows, to", [
    ("**Beslut**\nSocialnämnden föreslår kommunstyrelsen föreslå kommunfullmäktige att anta "
     "riktlinjerna.", "Kommunstyrelsen"),
    # its own proposal label naming no body, over what fullmäktige decides
    ("**Socialnämndens förslag**\n1. Kommunfullmäktige beslutar att anta planen.\n"
     "2. Planen finansieras inom nämndens ram.", "Kommunfullmäktige"),
    ("**Socialnämndens förslag**\nKommunfullmäktige beslutar\natt anta planen.", "Kommunfullmäktige"),
    # the nämnd's own decision
    ("**Beslut**\nNämnden beslutar att anta planen.", None),
])
def test_a_namnd_proposing_on(rows, to):
    (made,) = _decided(rows, SN)
    assert (made.body, made.proposed_to) == ("Socialnämnden", to)


def test_an_own_proposal_label_is_no_decision_beside_a_decision_label():
    made = _decided("""
**Socialnämndens förslag**
Kommunfullmäktige beslutar att anta planen.
**Beslut**
Socialnämnden beslutar att återremittera ärendet till förvaltningen.
""", SN)
    assert [(d.proposed_to, d.refers_back) for d in made] == [(None, True)]


def test_an_utskotts_own_proposal_label_worded_as_what_the_styrelse_decides():
    (made,) = _decided("""
**Förvaltningens förslag till beslut**
Kommunstyrelsen beslutar att anta riktlinjerna.
**Arbetsutskottets förslag**
Kommunstyrelsen beslutar att anta riktlinjerna med ändringen att taket höjs.
""", KSAU)
    assert (made.body, made.proposed_to) == ("Kommunstyrelsens arbetsutskott", "Kommunstyrelsen")
    assert made.clauses[0].text.endswith("med ändringen att taket höjs.")


def test_an_adjournment_wrapped_in_a_decision_block_is_no_part_of_it():
    (made,) = _decided("""
**Beslut**
Kommunstyrelsen godkänner avtalet.
Sammanträdet ajourneras kl. 10.20–10.35 för överläggning i
partigrupperna.
Kommunstyrelsen ger kommundirektören i uppdrag att följa upp avtalet.
""", KS)
    assert [c.text for c in made.clauses] == [
        "Kommunstyrelsen godkänner avtalet.",
        "Kommunstyrelsen ger kommundirektören i uppdrag att följa upp avtalet."]


@pytest.mark.parametrize("text, procedural", [
    ("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
     "Anna Bergs yrkande.", True),
    ("Ordföranden konstaterar att det finns två förslag.", True),
    ("Propositionsordningen godkänns.", True),
    ("Kommunfullmäktige godkänner följande propositionsordning: förslaget ställs mot yrkandet.",
     True),
    ("Votering begärs.", True),
    ("Kommunfullmäktige godkänner dagordningen.", False),
    ("Ordförandens förslag antas.", False),
])
def test_the_chairs_procedure_before_a_decision(text, procedural):
    from meetbook.lexicon.labels import is_chair_procedure

    assert is_chair_procedure(text) is procedural


def test_the_chairs_proposition_printed_first_in_a_decision_block_is_no_point_of_it():
    (made,) = _decided("""
**Beslut**
Ordföranden ställer proposition på Anna Bergs och Sara Holms yrkanden och finner att
kommunfullmäktige bifaller Anna Bergs yrkande.
Kommunfullmäktige anser motionen besvarad.
""", KF)
    assert [c.text for c in made.clauses] == ["Kommunfullmäktige anser motionen besvarad."]


def test_the_chairs_finding_alone_in_a_decision_block_is_its_text():
    (made,) = _decided("""
**Beslut**
Ordföranden konstaterar att kommunstyrelsen beslutat att anta riktlinjerna.
""", KS)
    assert [c.text for c in made.clauses] == [
        "Ordföranden konstaterar att kommunstyrelsen beslutat att anta riktlinjerna."]


@pytest.mark.parametrize("approval", [
    "Kommunfullmäktige godkänner följande propositionsordning: förslaget ställs mot yrkandet.",
    "Propositionsordningen godkänns.",
])
def test_an_approved_propositionsordning_under_no_label_is_no_decision(approval):
    (made,) = _decided(f"""
Eva Sund (C) yrkar bifall till motionen.
Anna Berg (S) yrkar avslag på motionen.
{approval}
Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige avslår motionen.
Kommunfullmäktige avslår motionen.
""", KF)
    assert [c.text for c in made.clauses] == ["Kommunfullmäktige avslår motionen."]


BMN2 = Cover(municipality="Bäckeby kommun", body="Bygg- och miljönämnden", date="2026-11-26",
             place=None)


@pytest.mark.parametrize("decided", [
    "Nämnden har inget att erinra mot planen.",
    "Bygg- och miljönämnden har ingen erinran mot den regionala avfallsplanen.",
    "Nämnden har inga synpunkter på remissen.",
    "Nämnden har tagit del av informationen.",
    "Nämnden ställer sig positiv till förslaget om en mötesplats vid hamnen.",
    "Upphandlingen tilldelas Norrby Mätteknik AB.",
    "Dispens från strandskyddet medges för en brygga på fastigheten Håltorp 3:14.",
    "Tillsynsärendet avslutas utan ytterligare åtgärd.",
    "Skrivelsen lämnas utan åtgärd.",
    "Ärendet avförs från dagordningen.",
])
def test_a_namnds_decision_under_no_label_in_more_wordings(decided):
    (made,) = _decided(f"Sökanden har inkommit med en skrivelse.\n{decided}", BMN2)
    assert [c.text for c in made.clauses] == [decided]


@pytest.mark.parametrize("rows", [
    "Ordföranden förklarar sammanträdet öppnat.",
    "Sammanträdet förklaras öppnat.",
    "Ordföranden tackar för visat intresse och förklarar sammanträdet avslutat.",
    "Frågan från Eva Ek (M) till kommunalrådet Per Lund (S) utgår.",
])
def test_the_meeting_opened_or_closed_decides_nothing(rows):
    assert _decided(rows, BMN2) == []


def test_a_property_designation_ending_a_heading_is_no_garbled_label():
    (made,) = _decided("**§ 88 Bygglov för tillbyggnad, Norrby 2:7**\n"
                       "Ärendet avförs från dagordningen.", BMN2, number=88)
    assert [c.text for c in made.clauses] == ["Ärendet avförs från dagordningen."]


KFN = Cover(municipality="Bäckeby kommun", body="Kultur- och fritidsnämnden", date="2026-10-20",
            place=None)


@pytest.mark.parametrize("decided", [
    "Nämnden antog kulturplan 2027–2030 och gav förvaltningen i uppdrag att följa upp planen.",
    "Nämnden beviljade föreningen ett bidrag om 25 000 kronor.",
    "Kultur- och fritidsnämnden godkände redovisningen av provtagningen.",
])
def test_an_older_secretarys_past_tense_with_the_verb_of_what_was_decided(decided):
    (made,) = _decided("Kommunfullmäktige antog den nuvarande kulturplanen 2019. Förvaltningen har "
                       f"tagit fram ett förslag.\n{decided}", KFN)
    assert [c.text for c in made.clauses] == [decided]


@pytest.mark.parametrize("history", [
    "Kommunfullmäktige antog den nuvarande kulturplanen 2019.",
    "Nämnden antog 2025-05-12, § 22, en plan för föreningsbidragen.",
    "Nämnden beviljade tidigare föreningen ett bidrag.",
])
def test_past_tense_history_is_no_decision(history):
    assert _decided(history, KFN) == []


def test_a_past_decision_is_not_taken_where_one_decides_in_the_present():
    (made,) = _decided("Nämnden antog planen.\nNämnden beslutar att godkänna redovisningen.", KFN)
    assert [c.text for c in made.clauses] == ["Nämnden beslutar att godkänna redovisningen."]


def test_a_duty_after_the_decision_is_a_part_of_it():
    (made,) = _decided("Nämnden godkände redovisningen.\n"
                       "Det åligger förvaltningen att årligen redovisa vattenkvaliteten.", KFN)
    assert [c.text for c in made.clauses] == [
        "Nämnden godkände redovisningen.",
        "Det åligger förvaltningen att årligen redovisa vattenkvaliteten."]
    assert [a.assignee for a in made.assignments] == ["Förvaltningen"]


def test_an_ownerless_proposal_adopted_by_the_decision_under_it_is_one_decision():
    (made,) = _decided("""
**Förslag till kommunfullmäktige**
att anta taxan.
**Beslut**
Kommunstyrelsen beslutar enligt förslaget.
""", KS)
    assert (made.proposed_to, [c.text for c in made.clauses]) == ("Kommunfullmäktige",
                                                                  ["att anta taxan."])


def test_an_own_part_label_after_a_comma():
    made = _decided("""
**Kommunstyrelsens förslag till kommunfullmäktige**
1. Taxan antas.
**Kommunstyrelsens beslut, för egen del**
2. Kommundirektören får i uppdrag att informera om taxan.
""", KS)
    assert [(d.proposed_to, [c.number for c in d.clauses]) for d in made] == [
        ("Kommunfullmäktige", [1]), (None, [2])]


def test_numbered_points_that_decide_under_a_heading_the_reader_does_not_know():
    (made,) = _decided("""
**Beslutspunkter**
1. Kommunstyrelsen godkänner avtalet.
2. Avtalet gäller från den 1 januari 2027.
""", KS)
    assert [(c.number, c.text) for c in made.clauses] == [
        (1, "Kommunstyrelsen godkänner avtalet."), (2, "Avtalet gäller från den 1 januari 2027.")]


def test_a_numbered_list_that_decides_nothing_is_no_decision():
    assert _decided("""
**Beslutsgång**
1. Ordföranden ställer proposition på förslaget och finner att kommunstyrelsen bifaller det.
2. Ordföranden konstaterar att beslutet är enhälligt.
""", KS) == []


@pytest.mark.parametrize("rows, cover, to", [
    ("**Beslut**\nSocialnämnden föreslår fullmäktige att anta riktlinjerna.", SN,
     "Kommunfullmäktige"),
    ("**Beslut**\nSocialnämnden föreslår KS att anta riktlinjerna.", SN, "Kommunstyrelsen"),
    ("**Beslut**\nKommunstyrelsen föreslår KF att anta riktlinjerna.", KS, "Kommunfullmäktige"),
    ("**Beslut**\nKommunstyrelsen föreslår att KF beslutar att anta riktlinjerna.", KS,
     "Kommunfullmäktige"),
])
def test_the_body_proposed_to_bare_or_abbreviated(rows, cover, to):
    (made,) = _decided(rows, cover)
    assert made.proposed_to == to


def test_a_bare_fullmaktige_in_a_stads_namnd_keeps_its_word():
    stad = Cover(municipality="Vikhamns stad", body="Tekniska nämnden", date="2026-02-03",
                 place=None)
    (made,) = _decided("**Beslut**\nNämnden föreslår fullmäktige att anta taxan.", stad)
    assert made.proposed_to == "Fullmäktige"


# --------------------------------------------------- decision headings by word class (round 7)
# A decision heading is known by what its words are (a body or role in any form, a decision
# noun or verb), not by a list of headings: the generated table below prints the same decision
# under headings no template here carries, in any layout, and the § must give that decision.

DIR = Cover(municipality="Mälardalens räddningstjänstförbund", body="Direktionen",
            date="2026-11-12", place=None)
FS = Cover(municipality="Västra Bergslagens kommunalförbund", body="Förbundsstyrelsen",
           date="2026-11-12", place=None)
AU = Cover(municipality="Bäckeby kommun", body="Arbetsutskottet", date="2026-11-12", place=None)
SS = Cover(municipality="Kallviks stad", body="Stadsstyrelsen", date="2026-11-12", place=None)
SN7 = Cover(municipality="Bäckeby kommun", body="Socialnämnden", date="2026-11-12", place=None)
TN7 = Cover(municipality="Bäckeby kommun", body="Tekniska nämnden", date="2026-11-12",
            place=None)

PROPOSED = "att bevilja föreningen ett bidrag om 40 000 kronor."
DECIDED = "att bevilja föreningen ett bidrag om 25 000 kronor."


def _under_heading(heading: str, layout: str) -> str:
    """A § whose förvaltning's proposal is followed by the decision under `heading`, printed in
    one of several layouts: bold on its own line, plain on its own line, upper case, numbered,
    or run into its text after a colon."""
    lead = f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n" \
           "Ärendet har beretts av förvaltningen.\n"
    if layout == "bold":
        return lead + f"**{heading}**\n{DECIDED}"
    if layout == "plain":
        return lead + f"{heading}\n{DECIDED}"
    if layout == "upper":
        return lead + f"**{heading.upper()}**\n{DECIDED}"
    if layout == "numbered":
        return lead + f"**4. {heading}**\n{DECIDED}"
    return lead + f"{heading.rstrip(':')}: {DECIDED[0].upper()}{DECIDED[1:]}"  # run in


HEADINGS = [
    # a body's or role's genitive before a decision noun
    ("Direktionens beslut", DIR), ("Förbundsstyrelsens beslut", FS), ("Nämndens beslut", SN7),
    ("Utskottets beslut", AU), ("Kommunens beslut", KS), ("Stadens beslut", SS),
    ("Styrelsens beslut", KS), ("KS:s beslut", KS),
    ("Kommunstyrelsens ställningstagande", KS), ("Utskottets ställningstagande", AU),
    ("Nämndens avgörande", SN7), ("Direktionens avgörande", DIR),
    # the decision noun before the body
    ("Beslut i kommunstyrelsen", KS), ("Beslut i Socialnämnden", SN7),
    ("Beslut av direktionen", DIR), ("Beslut av förbundsstyrelsen", FS),
    ("Beslut (KS)", KS), ("Beslut (kommunstyrelsen)", KS), ("Beslut i stadsstyrelsen", SS),
    ("Beslutet i arbetsutskottet", AU),
    # the body and its verb, present or past
    ("Kommunstyrelsen beslutar", KS), ("Direktionen beslutar följande", DIR),
    ("Förbundsstyrelsen beslutar:", FS), ("Socialnämnden beslöt", SN7),
    ("Nämnden beslutade:", SN7), ("Stadsstyrelsen beslutar", SS),
    # no body named: the meeting's
    ("Beslutet", KS), ("Ställningstagande", AU), ("Avgörande", SN7), ("Så beslutades", DIR),
    ("Så beslutades:", FS), ("Beslutet i ärendet", SN7),
    # abbreviated, short, of several words, apart by a comma or a dash, with a participle
    ("Beslut i KS", KS), ("KF:s beslut", KF), ("Kommunfullmäktiges avgörande", KF),
    ("Beslut i nämnden", SN7), ("Tekniska nämndens ställningstagande", TN7),
    ("Beslut i tekniska nämnden", TN7), ("Fullmäktige beslutar", KF),
    ("Kommunstyrelsen har beslutat", KS), ("Beslut, kommunstyrelsen", KS),
    ("Beslut – direktionen", DIR), ("Kommunstyrelsen – beslut", KS),
    ("Beslut fattat av direktionen", DIR), ("Direktionen fattade följande beslut", DIR),
]
LAYOUTS = ["bold", "plain", "upper", "numbered", "run_in"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("heading, cover", HEADINGS)
def test_a_decision_heading_is_known_by_its_word_class(heading, cover, layout):
    made = [d for d in _decided(_under_heading(heading, layout), cover)]
    assert [(d.kind, d.body, d.date, d.paragraph, d.proposed_to) for d in made] == [
        (DecisionKind.BESLUT, cover.body, cover.date, 26, None)]
    assert "25 000 kronor" in made[0].text and "40 000" not in made[0].text


@pytest.mark.parametrize("heading, cover", HEADINGS[::3])
def test_a_decision_under_such_a_heading_that_adopts_the_proposal_takes_its_points(heading, cover):
    rows = (f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n"
            f"**{heading}**\nEnligt förvaltningens förslag.")
    made = _decided(rows, cover)
    assert [(d.kind, d.body, d.paragraph) for d in made] == [(DecisionKind.BESLUT, cover.body, 26)]
    assert "40 000 kronor" in made[0].text


CONTENT = [
    # no heading at all: the last block that decides, after the proposal and the procedure
    (SN7, "Socialnämnden beslutar " + DECIDED),
    (SN7, "Nämnden beslutar " + DECIDED),
    (SN7, "Efter överläggning beslutar nämnden " + DECIDED),
    (SN7, "Socialnämnden beslöt " + DECIDED),
    (SN7, "Nämnden beslutade " + DECIDED),
    (DIR, "Direktionen beslutar\n" + DECIDED),
    (DIR, "Direktionen beslutar:\n" + DECIDED),
    (FS, "Förbundsstyrelsen beslutar " + DECIDED),
    (KS, "Kommunstyrelsen bifaller förvaltningens förslag med den ändringen att bidraget "
         "blir 25 000 kronor."),
    (KS, "Kommunstyrelsen beviljar föreningen ett bidrag om 25 000 kronor."),
    (AU, "Arbetsutskottet godkänner att föreningen får ett bidrag om 25 000 kronor."),
    # under a heading of no word class we know: the last att-satser, not the proposal's
    (SN7, "Utfall\n" + DECIDED),
    (KS, "**Sammanfattning av utfallet**\n" + DECIDED + "\natt bidraget betalas ut i januari."),
    (DIR, "Protokollet\natt bevilja föreningen ett bidrag om 25 000\nkronor."),
]


@pytest.mark.parametrize("cover, text", CONTENT)
def test_a_decision_under_no_heading_is_found_by_content_and_position(cover, text):
    rows = (f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n"
            "**Behandling**\nOrdföranden ställer proposition på förvaltningens förslag och på "
            "Anna Berg (S) yrkande och finner att nämnden bifaller Bergs yrkande.\n" + text)
    made = _decided(rows, cover)
    assert [(d.kind, d.body, d.date, d.paragraph) for d in made] == [
        (DecisionKind.BESLUT, cover.body, cover.date, 26)]
    assert "25 000 kronor" in made[0].text


@pytest.mark.parametrize("cover, rows", [
    # a proposal is no decision
    (SN7, f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}"),
    (KS, "**Förslag till beslut**\nKommunstyrelsen föreslår kommunfullmäktige besluta\n"
         + PROPOSED),
    # an earlier meeting's decision
    (KS, f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n"
         "Kommunstyrelsen beslutade 2026-03-02 § 41 att återremittera ärendet."),
    (SN7, f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n"
          "**Tidigare beslut**\nSocialnämnden beslöt den 3 mars 2026 att avslå ansökan."),
    # procedure
    (KS, f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n**Beslutsgång**\n"
         "Ordföranden ställer proposition på förslaget och finner att det bifalls."),
    # the proposal's own part for the body's own decision is the proposal's still
    (KS, "**Förslag till beslut**\nKommunstyrelsen föreslår kommunfullmäktige besluta\n"
         + PROPOSED + "\nKommunstyrelsen beslutar för egen del att ge förvaltningen i uppdrag att "
         "följa upp bidraget."),
    # another body's decision under its label
    (KS, f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n"
         "**Kommunfullmäktiges beslut**\nKommunfullmäktige beviljar bidrag om 25 000 kronor."),
])
def test_no_decision_where_the_section_decides_nothing(cover, rows):
    assert [d for d in _decided(rows, cover) if "25 000" in d.text or d.kind
            == DecisionKind.BESLUT and "40 000" in d.text and not d.proposed_to] == []


@pytest.mark.parametrize("text, to", [
    ("Kommunstyrelsen föreslår kommunfullmäktige, via kommunstyrelsen, att anta planen.",
     "Kommunfullmäktige"),
    ("Socialnämnden föreslår kommunfullmäktige, via kommunstyrelsen, att anta planen.",
     "Kommunfullmäktige"),
    ("Socialnämnden föreslår, via kommunstyrelsen, kommunfullmäktige att anta planen.",
     "Kommunfullmäktige"),
    ("Socialnämnden föreslår kommunfullmäktige, genom kommunstyrelsen, besluta att anta planen.",
     "Kommunfullmäktige"),
    ("Socialnämnden föreslår kommunfullmäktige att anta planen.", "Kommunfullmäktige"),
])
def test_a_proposal_passed_on_via_another_body_goes_to_the_last(text, to):
    (made,) = _decided(f"**Beslut**\n{text}", SN7)
    assert made.proposed_to == to


@pytest.mark.parametrize("heading, body", [
    ("Beslut i direktionen", "Direktionen"), ("Förbundsstyrelsens beslut", "Förbundsstyrelsen"),
    ("KS:s beslut", "Kommunstyrelsen"), ("Beslut (KF)", "Kommunfullmäktige"),
    ("Beslut i tekniska nämnden", "Tekniska nämnden"), ("Nämndens beslut", None),
    ("Kommunens beslut", None), ("Beslutet", None),
])
def test_the_body_is_the_headings_where_the_meeting_names_none(heading, body):
    nameless = Cover(municipality="Bäckeby kommun", body=None, date="2026-11-12", place=None)
    (made,) = _decided(f"**{heading}**\n{DECIDED}", nameless)
    assert (made.kind, made.body) == (DecisionKind.BESLUT, body)


def test_the_bodys_proposal_under_its_lead_after_the_administrations_is_its_decision_to_propose():
    (made,) = _decided(f"**Förslag till beslut**\nFörvaltningen föreslår\n{PROPOSED}\n"
                       "**Kommunstyrelsen föreslår kommunfullmäktige besluta**\n" + DECIDED, KS)
    assert (made.kind, made.body, made.proposed_to) == (
        DecisionKind.BESLUT, "Kommunstyrelsen", "Kommunfullmäktige")
    assert "25 000" in made.text


@pytest.mark.parametrize("text", [
    "Direktionen beslutar att godkänna avtalet.", "Kommunstyrelsen föreslår kommunfullmäktige besluta",
    "Beslut om bygglov för nybyggnad", "Beslutsunderlag", "Beslutet skickas till",
    "Kommunfullmäktige beslutade 2019", "Regeringens beslut 2026-03-01", "Anna Bergs ställningstagande",
    "Ordförandens beslut", "Förslag till beslut", "Kommunstyrelsens förslag till kommunfullmäktige",
    "Direktionen", "Beslutsgång", "Tidigare beslut", "Beslut i Mark- och miljödomstolen 2025",
    "1. att fastställa budgeten", "Sammanträdet",
])
def test_the_word_class_reads_no_heading_into_a_line_of_another_form(text):
    # a sentence, a proposal, a title, a section, an earlier or another's decision, a point: the
    # word class adds nothing to what the labels read
    for bold in (True, False):
        ln = Line(text, 1, bold=bold)
        assert read_label(ln, wide=True) == read_label(ln), (text, bold)
