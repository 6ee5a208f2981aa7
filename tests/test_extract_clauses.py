import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract import clauses
from meetbook.extract.assignments import extract_assignment
from meetbook.extract.corrections import clause_numbers, extract_correction
from meetbook.model import Clause, lines_from_text

RATTELSE = """**Förslag till beslut**
Kommunstyrelsens näringslivs- och arbetsutskott beslutar
att rätta att-satserna 3, 4 och 5 från KS beslut §76, 2026 enligt följande:
3. att ingå i en överenskommelse mellan Umeå kommun och Vän i Umeå för perioden
2026-05-01 – 2028-12-31 enligt bifogat avtal.
4. att ingå i en överenskommelse mellan Umeå kommun och Umeå Pastorat
5. att ingå i en överenskommelse mellan Umeå kommun och Pingstkyrkan i Umeå
**Ärendebeskrivning**
I kommunstyrelsens beslut om IOP samverkansplattform"""

VASTERAS = """**Beslut**
Förslag till kommunfullmäktige:
1. Rapporten läggs till handlingarna.
2. Kommunstyrelsen får i uppdrag att se över möjligheten att ta fram ett
hållbarhetsprogram.
**Reservation**"""


def test_numbered_att_satser_after_an_unnumbered_one():
    (block,) = clauses.blocks(lines_from_text(RATTELSE), clauses.FORSLAG_HEADING)
    got = clauses.clauses(block)
    assert [c.number for c in got] == [None, 3, 4, 5]
    assert got[1].text.endswith("2028-12-31 enligt bifogat avtal.")
    assert clauses.intro(block)[0] == "Kommunstyrelsens näringslivs- och arbetsutskott"


def test_numbered_points_without_att():
    (block,) = clauses.blocks(lines_from_text(VASTERAS), clauses.BESLUT_HEADING)
    got = clauses.clauses(block)
    assert [(c.number, c.text) for c in got] == [
        (1, "Rapporten läggs till handlingarna."),
        (2, "Kommunstyrelsen får i uppdrag att se över möjligheten att ta fram ett "
            "hållbarhetsprogram.")]
    assert clauses.intro(block) == (None, "kommunfullmäktige")


@pytest.mark.parametrize("heading", ["Beslut", "Beslut – Förslag till kommunfullmäktige",
                                     "Välfärdsnämndens beslut:", "Kommunstyrelsens beslut"])
def test_beslut_headings(heading):
    assert clauses.BESLUT_HEADING.match(heading)


def test_correction_points_at_the_earlier_decision():
    (block,) = clauses.blocks(lines_from_text(RATTELSE), clauses.FORSLAG_HEADING)
    fix = extract_correction(clauses.clauses(block),
                             "Rättelse av kommunstyrelsens beslut 2026-04-14, § 76 - IOP")
    assert (fix.body, fix.date, fix.paragraph, fix.clauses) == (
        "Kommunstyrelsen", "2026-04-14", 76, (3, 4, 5))


@pytest.mark.parametrize("text, want", [
    ("Bifall till att-satserna 1-4 och avslag till att-sats 5", [1, 2, 3, 4, 5]),
    ("att rätta att-satserna 3, 4 och 5", [3, 4, 5]),
    ("återremiss av att-satserna 4 och 5", [4, 5]),
])
def test_clause_numbers(text, want):
    assert clause_numbers(text) == want


@pytest.mark.parametrize("text, assignee", [
    ("Kommunstyrelsen får i uppdrag att se över möjligheten att ta fram ett hållbarhetsprogram.",
     "Kommunstyrelsen"),
    ("Kommunstyrelsen ger kommundirektören i uppdrag att ta fram ändamålsenliga styrande "
     "dokument för parkeringsavlösen.", "Kommundirektören"),
    ("Enligt yrkande från V, S och MP: Stadsledningskontoret får i uppdrag att redovisa hur många "
     "hushåll som berörs.", "Stadsledningskontoret"),
    ("Socialnämnden Centrum, Socialnämnden Hisingen och Socialnämnden Sydväst får i uppdrag att "
     "ta fram en plan.", "Socialnämnden Centrum, Socialnämnden Hisingen och Socialnämnden Sydväst"),
    ("Göteborg & Co AB får i uppdrag utreda förutsättningarna.", "Göteborg & Co AB"),
    ("Stadsbyggnadsnämnden får i uppdrag att, i samverkan med fastighetsnämnden, ta fram en plan.",
     "Stadsbyggnadsnämnden"),
    ("Stadsstyrelsen ger stadsdirektören i uppdrag at ta utomstående hjälp som köptjänst i "
     "rekryteringen.", "Stadsdirektören"),
])
def test_assignments(text, assignee):
    assert extract_assignment(Clause(2, text)).assignee == assignee


@pytest.mark.parametrize("text, assignee", [
    ("Kommunledningskontoret ska återrapportera till kommunstyrelsen senast den 15 november 2026.",
     "Kommunledningskontoret"),
    ("Samhällsbyggnadsförvaltningen ska snarast utreda möjligheten att samlokalisera biblioteket "
     "och fritidsgården.", "Samhällsbyggnadsförvaltningen"),
    ("att socialnämnden ska återkomma med en handlingsplan senast i maj 2027.", "Socialnämnden"),
    ("Förvaltningen ska senast den 1 mars 2027 redovisa resultatet.", "Förvaltningen"),
    ("Uppdraget att samordna översynen ges till fastighetschefen.", "Fastighetschefen"),
    ("Kommundirektören får i uppdrag att tillsätta en arbetsgrupp som ska inventera kommunens "
     "lokaler.", "Kommundirektören"),
    ("Det uppdras åt kommunstyrelsen att vid bolagsstämman rösta för ägardirektivet.",
     "Kommunstyrelsen"),
    ("att uppdrag ges till kommundirektören att ta fram en tidplan för bygget.", "Kommundirektören"),
    ("Kommunstyrelsen åläggs att redovisa lokalförsörjningsplanen.", "Kommunstyrelsen"),
    ("Samtliga nämnder anmodas att lämna sina lokalbehov till kommunstyrelsen.", "Samtliga nämnder"),
    ("Kommunfullmäktige lämnar uppdrag till barn- och utbildningsnämnden att utreda en ny "
     "skolstruktur.", "Barn- och utbildningsnämnden"),
    ("Fullmäktige beslutar i enlighet med kommunstyrelsens förslag med det tillägget att bolaget "
     "ska redovisa sin låneskuld till kommunstyrelsen varje kvartal.", "Bolaget"),
    ("Kommunstyrelsen erhåller i uppdrag att utreda frågan.", "Kommunstyrelsen"),
    ("Förvaltningen ombeds att återkomma med en plan.", "Förvaltningen"),
    ("att ge i uppdrag till kommundirektören att ta fram en plan.", "Kommundirektören"),
    ("Socialchefen får i uppgift att följa upp beslutet.", "Socialchefen"),
])
def test_assignments_worded_without_uppdrag(text, assignee):
    """'ska' + what an office is asked to do, 'uppdraget ges till': the assignee
    is the office, not the arbetsgrupp it sets up."""
    assert extract_assignment(Clause(1, text)).assignee == assignee


@pytest.mark.parametrize("text", [
    "Kommundirektören bemyndigas att teckna avtal om korttidsinhyrning av lokaler.",  # a mandate
    "Kommundirektören ges mandat att teckna avtalet.",
    "Rapporten läggs till handlingarna.",
    "Utredningen ska redovisas för nämnden senast i mars 2027.",
    "Taxan ska gälla från och med den 1 januari 2027.",
    "Planen ska redovisa kostnaderna för gatorna.",
    "Förvaltningen ska inte utreda frågan vidare.",
    "Nämnden får för mandatperioden en ram om 4 mnkr.",
])
def test_no_assignment_in_an_ordinary_clause(text):
    assert extract_assignment(Clause(1, text)) is None


def test_no_new_assignment_where_a_report_on_an_old_one_is_noted():
    text = ("Delrapport av kommunfullmäktiges uppdrag, att miljö- och klimatnämnden får i uppdrag "
            "att utreda frågan, antecknas.")
    assert extract_assignment(Clause(1, text)) is None


@given(st.text())
def test_clauses_never_crash(text):
    lines = lines_from_text("**Beslut**\n" + text)
    for b in clauses.blocks(lines, clauses.BESLUT_HEADING):
        clauses.clauses(b)
        clauses.intro(b)


@pytest.mark.parametrize("line, want", [
    ("Bordlagt den 24 januari 2024, § 77.", [("2024-01-24", 77, "bordläggning")]),
    ("Återremitterat den 30 januari 2025, § 23.", [("2025-01-30", 23, "återremiss")]),
    ("Bordlagt den 13 december 2023, § 897 och den 24 januari 2024, § 54.",
     [("2023-12-13", 897, "bordläggning"), ("2024-01-24", 54, "bordläggning")]),
    ("Kommunstyrelsens arbetsutskott 2025-03-25, § 86", [("2025-03-25", 86, None)]),
    ("Bordlagt den 22 november 2023, § 808, den 13 december 2023, § 913 och\n"
     "den 24 januari 2024, § 56.", [("2023-11-22", 808, "bordläggning"),
                                   ("2023-12-13", 913, "bordläggning"),
                                   ("2024-01-24", 56, "bordläggning")]),
    ("Axel Josefson (M) yrkar att ärendet ska sättas upp på föredragningslistan till "
     "kommunfullmäktiges sammanträde den 29 februari 2024. Kommunstyrelsen beslutar först att "
     "bordlägga ärendet.", []),
])
def test_earlier_treatments(line, want):
    from meetbook.extract.corrections import earlier_treatments

    got = earlier_treatments(lines_from_text(line))
    assert [(h.date, h.paragraph, h.outcome) for h in got] == want


def test_earlier_aterremiss_in_prose():
    from meetbook.extract.corrections import earlier_treatments

    text = ("Ärendet togs upp på kommunstyrelsens sammanträde den 8 maj 2024. Kommunstyrelsen "
            "beslutade då att återremittera ärendet.")
    (h,) = earlier_treatments(lines_from_text(text))
    assert (h.body, h.date, h.outcome) == ("Kommunstyrelsen", "2024-05-08", "återremiss")


def test_a_plan_for_a_coming_meeting_is_no_earlier_treatment():
    from meetbook.extract.corrections import earlier_treatments

    text = "Vid kommunstyrelsens sammanträde 2 juni 2026 lägger övriga partier sina budgetförslag."
    assert earlier_treatments(lines_from_text(text)) == []


GOTEBORG_110 = """**Beslut**
Enligt stadsledningskontorets förslag:
1. Redovisning av kommunstyrelsens uppdrag 2018-05-23 § 492 antecknas.
2. Kommunstyrelsens uppdrag 2021-10-27 § 813 förklaras fullgjort.
Kommunstyrelsen tillstyrker yrkande från V, S och MP den 1 februari 2024 och föreslår
att kommunfullmäktige beslutar:
1. Göteborgs Stads riktlinje mot våld i nära relation upphör att gälla.
2. Göteborgs Stads plan för arbetet mot våld i nära relationer 2024-2027 fastställs."""


def test_points_proposed_to_another_body_are_a_group_of_their_own():
    (block,) = clauses.blocks(lines_from_text(GOTEBORG_110), clauses.BESLUT_HEADING)
    groups = clauses.clause_groups(block)
    assert [(to, [c.number for c in cl]) for to, cl in groups] == [
        (None, [1, 2]), ("kommunfullmäktige", [1, 2])]


def test_a_block_that_opens_with_its_proposal_is_all_proposal():
    text = """**Beslut**
Kommunstyrelsen tillstyrker stadsledningskontorets förslag och föreslår att
kommunfullmäktige beslutar:
Hemställan från Liseberg AB om att lämna kapitaltillskott om 60 mnkr tillstyrks."""
    (block,) = clauses.blocks(lines_from_text(text), clauses.BESLUT_HEADING)
    ((to, points),) = clauses.clause_groups(block)
    assert to == "kommunfullmäktige" and [c.text[:10] for c in points] == ["Hemställan"]


@pytest.mark.parametrize("text, assignee", [
    ("Förvaltningen ges i uppdrag att redovisa resultatet i december 2026.", "Förvaltningen"),
    ("Förvaltningen uppdras att årligen redovisa arbetet enligt handlingsplanen.", "Förvaltningen"),
    ("Nämnden ger miljöchefen i uppdrag att ta fram en tidplan.", "Miljöchefen"),
    ("Kommunstyrelsen uppdrar åt kommundirektören att informera vårdnadshavarna.",
     "Kommundirektören"),
    ("Kommunstyrelsen ger för egen del kultur- och fritidsförvaltningen i uppdrag att ta fram en "
     "tidplan.", "Kultur- och fritidsförvaltningen"),
    ("Nämndens ledamöter uppmanas att delta i länsstyrelsens utbildning.", "Nämndens ledamöter"),
    ("Samtliga nämnder uppmanas att senast den 31 december 2026 ta fram handlingsplaner.",
     "Samtliga nämnder"),
    ("uppmana förvaltningen att prioritera tillsynen av små avloppsanläggningar.", "Förvaltningen"),
    ("ge miljöchefen i uppdrag att rapportera om hur planen har genomförts,", "Miljöchefen"),
    ("att uppdra åt kommunstyrelsen att teckna ett reviderat samarbetsavtal.", "Kommunstyrelsen"),
    ("att uppdra till förvaltningschefen att utreda skolskjutsarnas restider,",
     "Förvaltningschefen"),
    ("Nämnden uppdrar till kommundirektören att återkomma med förslag.", "Kommundirektören"),
    ("att skolskjutshandläggaren ges uppdraget att informera vårdnadshavarna.",
     "Skolskjutshandläggaren"),
    ("Kommunstyrelsen ger kommundirektören uppdraget att ta fram en tidplan.", "Kommundirektören"),
    ("Socialförvaltningen får uppdraget att följa upp placeringarna.", "Socialförvaltningen"),
    ("att uppdra till kommunstyrelsen att, i samråd med nämnderna, ta fram en plan.",
     "Kommunstyrelsen"),
])
def test_assignments_in_more_wordings(text, assignee):
    assert extract_assignment(Clause(2, text)).assignee == assignee


SORBY_21 = """**Beslut**
Kommunstyrelsen föreslår kommunfullmäktige besluta
1) Årsredovisning 2025 godkänns.
2) Av årets resultat avsätts 12 mnkr till resultatutjämningsreserven.
Kommunstyrelsen beslutar för egen del
a) att överlämna årsredovisningen till kommunens revisorer,
b) att ge ekonomichefen i uppdrag att redovisa en analys."""


def test_a_proposal_and_the_own_part_without_a_colon_with_lettered_points():
    (block,) = clauses.blocks(lines_from_text(SORBY_21), clauses.BESLUT_HEADING)
    groups = clauses.clause_groups(block)
    assert [(to, [(c.number, c.text[:14]) for c in cl]) for to, cl in groups] == [
        ("kommunfullmäktige", [(1, "Årsredovisning"), (2, "Av årets resul")]),
        (None, [(None, "att överlämna "), (None, "att ge ekonomi")])]


@pytest.mark.parametrize("mark", ["–", "•", "a)", "b."])
def test_points_without_numbers_are_clauses_of_their_own(mark):
    text = f"""**Förslag till kommunfullmäktige**
Kommunstyrelsen föreslår fullmäktige att
{mark} anta renhållningstaxa 2026–2027 enligt bilaga 1,
{mark} taxan ska gälla från och med den 1 juli 2026."""
    (block,) = clauses.blocks(lines_from_text(text), clauses.FORSLAG_HEADING)
    assert [(c.number, c.text) for c in clauses.clauses(block)] == [
        (None, "anta renhållningstaxa 2026–2027 enligt bilaga 1,"),
        (None, "taxan ska gälla från och med den 1 juli 2026.")]
    assert clauses.intro(block) == ("Kommunstyrelsen", "fullmäktige")


def test_lettered_sub_points_stay_in_their_numbered_point():
    text = """**Beslut**
4. Kommunbidraget höjs med 3 200 tkr för att finansiera följande:
a) drift av isytan, 1 800 tkr,
b) sommaraktiviteter, 500 tkr.
5. Kommunstyrelsen får i uppdrag att återkomma."""
    (block,) = clauses.blocks(lines_from_text(text), clauses.BESLUT_HEADING)
    got = clauses.clauses(block)
    assert [c.number for c in got] == [4, 5]
    assert got[0].text.endswith("a) drift av isytan, 1 800 tkr, b) sommaraktiviteter, 500 tkr.")


@pytest.mark.parametrize("text, body, to", [
    ("Stadsstyrelsen beslutade att föreslå fullmäktige att renhållningstaxan höjs med 4 procent.",
     "Stadsstyrelsen", "fullmäktige"),
    ("Kommunstyrelsen beslutar att föreslå kommunfullmäktige att anta taxan.", "Kommunstyrelsen",
     "kommunfullmäktige"),
    ("Stadsstyrelsen beslöt föreslå för fullmäktige att avtalet godkänns.", "Stadsstyrelsen",
     "fullmäktige"),
    ("Nämnden föreslog kommunstyrelsen att motionen avslås.", "Nämnden", "kommunstyrelsen"),
    ("Kommunstyrelsen beslutar att godkänna avtalet.", "Kommunstyrelsen", None),
])
def test_the_body_a_sentence_proposes_to(text, body, to):
    (block,) = clauses.blocks(lines_from_text(f"**Beslut**\n{text}"), clauses.BESLUT_HEADING)
    assert clauses.intro(block) == (body, to)


@pytest.mark.parametrize("text, groups", [
    # the own part after the proposal, as a lead-in over points or as a sentence
    ("Kommunstyrelsen föreslår kommunfullmäktige besluta att\n1. anta riktlinjerna,\n"
     "2. riktlinjerna gäller från den 1 juni 2026.\nKommunstyrelsen beslutar vidare att\n"
     "3. ge kommundirektören i uppdrag att ta fram en handlingsplan.",
     [("kommunfullmäktige", [1, 2]), (None, [3])]),
    ("Kommunstyrelsen föreslår kommunfullmäktige att anta planen.\n"
     "Därutöver beslutar kommunstyrelsen att ge fastighetschefen i uppdrag att inventera lokaler.",
     [("kommunfullmäktige", [None]), (None, [None])]),
    ("Kommunstyrelsen föreslår kommunfullmäktige att anta planen.\n"
     "Kommunstyrelsen beslutar dessutom att informera nämnderna.",
     [("kommunfullmäktige", [None]), (None, [None])]),
    # the own part first, the proposal after it
    ("För egen del beslutar kommunstyrelsen att godkänna rapporten.\n"
     "Kommunstyrelsen föreslår kommunfullmäktige att lägga rapporten till handlingarna.",
     [(None, [None]), ("kommunfullmäktige", [None])]),
    ("Kommunstyrelsen tillstyrker motionen och föreslår fullmäktige att bifalla den.",
     [("fullmäktige", [None])]),
])
def test_a_proposal_and_the_own_part_however_worded(text, groups):
    (block,) = clauses.blocks(lines_from_text(f"**Beslut**\n{text}"), clauses.BESLUT_HEADING)
    assert [(to, [c.number for c in cl]) for to, cl in clauses.clause_groups(block)] == groups


@pytest.mark.parametrize("recipients", [
    "Skickas till: Äldreomsorgen, Ekonomienheten",
    "Beslutet ska skickas till Individ- och familjeomsorgen",
    "Expedieras: Ekonomienheten",
    "Protokollsutdrag till: tekniska nämnden",
])
def test_the_recipients_of_a_decision_are_no_point_of_it(recipients):
    text = f"**Beslut**\nNämnden antar handlingsplanen.\n{recipients}\nEkonomienheten"
    (block,) = clauses.blocks(lines_from_text(text), clauses.BESLUT_HEADING)
    assert [c.text for c in clauses.clauses(block)] == ["Nämnden antar handlingsplanen."]



@pytest.mark.parametrize("field", [
    "Justerandes signatur .............. ..............",
    "Justerandes sign ........ ........ Utdragsbestyrkande ........",
    "Utdragsbestyrkande ________________",
])
def test_the_signature_fields_after_a_decision_are_no_point_of_it(field):
    text = f"**Beslut**\nKommunstyrelsen godkänner försäljningen.\n{field}\nLotta Fagerlund"
    (block,) = clauses.blocks(lines_from_text(text), clauses.BESLUT_HEADING)
    assert [c.text for c in clauses.clauses(block)] == ["Kommunstyrelsen godkänner försäljningen."]


@pytest.mark.parametrize("stamp", [
    "Bilaga 2 till kommunstyrelsens protokoll 2026-11-16 Sida 4 (4)",
    "BILAGA 1 till protokoll 2026-11-16",
    "Bilaga B till kommunfullmäktiges protokoll § 93",
])
def test_an_appendix_s_stamp_after_a_decision_is_no_point_of_it(stamp):
    text = f"**Beslut**\nKommunstyrelsen fastställer taxan.\n{stamp}\nNärvarolista"
    (block,) = clauses.blocks(lines_from_text(text), clauses.BESLUT_HEADING)
    assert [c.text for c in clauses.clauses(block)] == ["Kommunstyrelsen fastställer taxan."]


@pytest.mark.parametrize("text", ["Justerandes signatur ska finnas på varje sida.",
                                  "Ordförandes förslag bifalls.",
                                  "Bilaga 2 till protokollet godkänns."])
def test_a_sentence_about_signatures_is_a_point(text):
    (block,) = clauses.blocks(lines_from_text(f"**Beslut**\n{text}"), clauses.BESLUT_HEADING)
    assert [c.text for c in clauses.clauses(block)] == [text]


EARLIER_WORDS = ["Kommunstyrelsens", "kommunfullmäktiges", "nämndens", "arbetsutskottets",
                 "Byggnads-nämndens", "sammanträde", "SAMMANTRÄDE", "sammanträdet", "den", "8",
                 "maj", "2024", "2024-05-08", "togs", "upp", "på", "-", "ks_", "\n", ".", ","]


@given(st.lists(st.sampled_from(EARLIER_WORDS), max_size=16), st.sampled_from([" ", "  ", ""]))
def test_earlier_meetings_are_sought_where_the_pattern_finds_them(words, sep):
    from meetbook.extract.corrections import EARLIER, _earlier

    text = sep.join(words)
    assert [(m.span(), m.groupdict()) for m in _earlier(text)] == \
        [(m.span(), m.groupdict()) for m in EARLIER.finditer(text)]


@pytest.mark.parametrize("text, assignee", [
    ("att förvaltningen får fortsatt uppdrag att följa upp svarstiderna.", "Förvaltningen"),
    ("Socialnämnden ges ett nytt uppdrag att utreda hemtjänstens organisation.", "Socialnämnden"),
    ("Kommundirektören ges uppdrag att återkomma med ett förslag till finansiering.",
     "Kommundirektören"),
    ("Kultur- och fritidsnämnden får ett förnyat uppdrag att se över taxorna.",
     "Kultur- och fritidsnämnden"),
])
def test_an_uppdrag_continued_or_renewed(text, assignee):
    assert extract_assignment(Clause(1, text)).assignee == assignee


@pytest.mark.parametrize("text", [
    "Förvaltningen får uppdrag från kommunstyrelsen.",
    "Kommunstyrelsen godkänner redovisningen och lägger den till handlingarna. Uppdraget är "
    "därmed slutfört.",
    "Uppdraget till förvaltningen att ta fram en lokalplan förklaras slutfört.",
])
def test_no_uppdrag_in_a_report_on_one(text):
    assert extract_assignment(Clause(1, text)) is None


@pytest.mark.parametrize("text, assignee", [
    ("Kommunfullmäktige uppdrar åt kommunstyrelsen, i samråd med Håltorps Energi AB, att utreda "
     "fjärrvärmens framtid.", "Kommunstyrelsen"),
    ("Kommunfullmäktige uppdrar därmed åt tekniska nämnden att prioritera belysningen.",
     "Tekniska nämnden"),
    ("Kommunfullmäktige ger även barn- och utbildningsnämnden i uppdrag att se över reglerna.",
     "Barn- och utbildningsnämnden"),
    ("Socialnämnden får, i samråd med kommunstyrelsen, i uppdrag att ta fram en plan.",
     "Socialnämnden"),
    ("Kommunstyrelsen ger vidare kommundirektören i uppdrag att följa upp arbetet.",
     "Kommundirektören"),
])
def test_an_uppdrag_with_words_between_the_verb_and_the_addressee(text, assignee):
    assert extract_assignment(Clause(1, text)).assignee == assignee


@pytest.mark.parametrize("text, assignee", [
    ("Nämnden gav förvaltningen i uppdrag att följa upp planen årligen.", "Förvaltningen"),
    ("Det åligger förvaltningen att årligen redovisa vattenkvaliteten.", "Förvaltningen"),
    ("Nämnden beslöt att förvaltningen ska i samråd med föreningarna ta fram förslag på nya "
     "öppettider.", "Förvaltningen"),
    ("Kommundirektören ska tillsammans med ekonomichefen se över budgetprocessen.",
     "Kommundirektören"),
])
def test_an_uppdrag_in_the_past_or_as_a_duty(text, assignee):
    assert extract_assignment(Clause(1, text)).assignee == assignee


@pytest.mark.parametrize("text", [
    "Förvaltningen ska i samråd med föreningarna inte ta fram något förslag.",
    "Det åligger inte nämnden att pröva frågan.",
])
def test_no_uppdrag_in_a_duty_denied(text):
    assert extract_assignment(Clause(1, text)) is None
