"""Statements beside a decision (särskilt yttrande/uttalande, protokollsanteckning, jäv, deltar
ej), in sections and told in a decision block."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.procedure import BLOCK, Dialect
from meetbook.extract.statements import extract_statements, statement_kind
from meetbook.model import Line, StatementKind, lines_from_text
from tests.test_extract_reservations import VASTERAS, body, names


def test_sarskilt_yttrande_keeps_its_quote():
    (st_,) = extract_statements(lines_from_text(VASTERAS))
    assert st_.kind == StatementKind.SARSKILT_YTTRANDE
    assert names(st_.members) == ["Roger Haddad", "Anna Nordanberg"]
    assert "Liberalerna" in st_.text and st_.text.endswith('finns med."')


@pytest.mark.parametrize("text, kind, members", [
    ("**Protokollsanteckning**\nErmin Škorić (S) och Ann-Louise Lundqvist (S) stödjer Magdalena "
     "Sundqvists (S)\nyrkande.", StatementKind.PROTOKOLLSANTECKNING,
     ["Ermin Škorić", "Ann-Louise Lundqvist"]),
    ("**Jäv**\nKristina Norén Lallo (KD) deltar inte i handläggningen av ärendet på grund av jäv.",
     StatementKind.JAV, ["Kristina Norén Lallo"]),
    ("Per Ek (C) anmäler jäv och deltar inte i handläggningen.", StatementKind.JAV, ["Per Ek"]),
    ("**Yrkanden**\nAnders Ågren (M) och Lena Andersson (M) deltar inte i beslutet – återkommer i "
     "kommunstyrelsen.", StatementKind.DELTAR_EJ, ["Anders Ågren", "Lena Andersson"]),
    ("**Särskilt uttalande**\nAnna Berg (M) vill framföra att underlaget är bra.",
     StatementKind.SARSKILT_UTTALANDE, ["Anna Berg"]),
    ("**Protokollsanteckningar**\nRepresentanterna från M, L och KD antecknar som yttrande en "
     "skrivelse.", StatementKind.PROTOKOLLSANTECKNING, []),
    ("**Jäv**\nLedamöter i kommunstyrelsen deltar inte i beslut om ansvarsfrihet för det organ de "
     "själva tillhört. Följande ledamöter anmäler jäv i fråga om kommunstyrelsen: Jonas Attenius "
     "(S), Axel Josefson (M) och Karin Pleijel (MP).", StatementKind.JAV,
     ["Jonas Attenius", "Axel Josefson", "Karin Pleijel"]),
])
def test_statements(text, kind, members):
    (s,) = extract_statements(lines_from_text(text))
    assert (s.kind, names(s.members)) == (kind, members)


def test_a_statement_printed_twice_counts_once():
    text = """**Yrkanden**
Hans Lindberg (S) – Bifall till tjänsteskrivelsens förslag.
Anders Ågren (M) och Lena Andersson (M) deltar inte i beslutet – återkommer i kommunstyrelsen.
**Särskilt uttalande**
Anders Ågren (M) och Lena Andersson (M) deltar inte i beslutet – återkommer i kommunstyrelsen."""
    (s,) = extract_statements(lines_from_text(text))
    assert s.kind == StatementKind.SARSKILT_UTTALANDE


def test_statement_kind():
    assert statement_kind("X deltar inte i beslutet.") == StatementKind.DELTAR_EJ
    assert statement_kind("X deltar inte på grund av jäv.", "Protokollsanteckning") == \
        StatementKind.JAV
    assert statement_kind("X stödjer yrkandet.") is None


@pytest.mark.parametrize("pages, members", [
    ((3, 4), {"Ermin Škorić"}),                            # § 102
    ((5, 6), {"Ermin Škorić", "Ann-Louise Lundqvist"}),    # § 103
])
def test_kungsbacka_protokollsanteckning_from_the_pdf(pages, members):
    lines = body("real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf", *pages)
    (s,) = extract_statements(lines)
    assert s.kind == StatementKind.PROTOKOLLSANTECKNING and set(names(s.members)) == members


def test_a_party_group_statement_keeps_its_parties():
    text = ("**Protokollsanteckning**\nRepresentanterna från M, L och KD antecknar som yttrande "
            "en skrivelse från\nden 6 februari 2024.")
    (s,) = extract_statements(lines_from_text(text))
    assert (s.kind, s.members, s.parties) == (StatementKind.PROTOKOLLSANTECKNING, (),
                                              ("M", "L", "KD"))


def test_not_taking_part_under_protokollsanteckningar_is_deltar_ej():
    text = ("**Protokollsanteckningar**\nAxel Josefson (M), Axel Darvik (L), Elisabet Lann (KD) "
            "och tjänstgörande ersättarna\nNina Miskovsky (M) och Anneli Rhedin (M) deltar inte "
            "i beslutet.")
    (s,) = extract_statements(lines_from_text(text))
    assert s.kind == StatementKind.DELTAR_EJ
    assert names(s.members) == ["Axel Josefson", "Axel Darvik", "Elisabet Lann",
                                "Nina Miskovsky", "Anneli Rhedin"]


def test_a_statement_announced_but_never_handed_in_is_none():
    text = ("**Protokollsanteckning**\nEmmyly Bönfors (C) anmäler vid sammanträdet att hon avser "
            "inkomma med en protokollsanteckning. Vid justering av protokollet har ingen "
            "protokollsanteckning inkommit.")
    assert extract_statements(lines_from_text(text)) == []


def test_jav_with_the_names_after_the_verb():
    (s,) = extract_statements(lines_from_text(
        "**Jäv**\nPå grund av jäv deltar inte Daniel Bernmar (V) och Anneli Rhedin (M) i "
        "handläggningen av ärendet."))
    assert s.kind == StatementKind.JAV and names(s.members) == ["Daniel Bernmar", "Anneli Rhedin"]


# --------------------------------------------------------------- told in a decision block

@pytest.mark.parametrize("text, kind, members", [
    ("Jean Hellsten anmälde jäv och avlägsnade sig under behandlingen av ärendet.",
     StatementKind.JAV, ["Jean Hellsten"]),
    ("Ersättaren Patrik Wikström anmälde jäv (FvL 28 § 1 mom. 5 p.) och avlägsnade sig.",
     StatementKind.JAV, ["Patrik Wikström"]),
    ("Jäv: Anna Berg (FvL 28 § 1 mom. 5 p.) och Per Ek (FvL 28 § 1 mom. 2 p.) deltog inte i "
     "behandlingen.", StatementKind.JAV, ["Anna Berg", "Per Ek"]),
    ("Ledamoten Tom Nyberg deltog inte i behandlingen av ärendet på grund av jäv.",
     StatementKind.JAV, ["Tom Nyberg"]),
    ("Elias Kronqvist antecknade till protokollet att staden bör förhandla om hyran.",
     StatementKind.PROTOKOLLSANTECKNING, ["Elias Kronqvist"]),
    ("Peter Nyman lämnade följande protokollsanteckning: Vi vill se en utredning.",
     StatementKind.PROTOKOLLSANTECKNING, ["Peter Nyman"]),
])
def test_statements_told_in_a_decision_block(text, kind, members):
    (s,) = extract_statements(lines_from_text(text), BLOCK)
    assert (s.kind, names(s.members)) == (kind, members)
    assert all(m.party is None for m in s.members)


def test_a_title_stays_in_the_text_not_in_the_name():
    (s,) = extract_statements(lines_from_text("Ersättaren Patrik Wikström anmälde jäv."), BLOCK)
    assert s.text.startswith("Ersättaren Patrik Wikström") and names(s.members) == ["Patrik Wikström"]


@pytest.mark.parametrize("text", [
    "Förslaget godkändes enhälligt.",
    "Nämnden antecknade informationen till kännedom.",
    "Anna Kengo och Tua Backman reserverade sig mot beslutet.",
])
def test_no_statement_told(text):
    assert extract_statements(lines_from_text(text), BLOCK) == []


@given(st.text(max_size=400))
def test_told_statements_never_crash(text):
    for s in extract_statements(lines_from_text(text), BLOCK):
        assert s.members and isinstance(s.kind, StatementKind)


@pytest.mark.parametrize("text, kind, members", [
    ("**Protokollsanteckning**\nLisa Holm antecknar till protokollet att hon vill ha en utredning.",
     StatementKind.PROTOKOLLSANTECKNING, ["Lisa Holm"]),
    ("Per Ek anmäler jäv och deltar inte i handläggningen.", StatementKind.JAV, ["Per Ek"]),
    ("**Jäv**\nPå grund av jäv deltar inte Anna Berg i handläggningen.", StatementKind.JAV,
     ["Anna Berg"]),
])
def test_statements_in_sections_without_parties(text, kind, members):
    (s,) = extract_statements(lines_from_text(text), Dialect(parties=False))
    assert (s.kind, names(s.members)) == (kind, members)


@given(st.lists(st.tuples(st.text(max_size=120), st.booleans()), max_size=12), st.booleans())
def test_statements_in_sections_never_crash(rows, with_parties):
    lines = [Line(t, 1, 0.0, 12.0 * i, 0.0, 10.0, b) for i, (t, b) in enumerate(rows)]
    for s in extract_statements(lines, Dialect(parties=with_parties)):
        assert isinstance(s.kind, StatementKind)


@pytest.mark.parametrize("text, members", [
    ("**Reservationer**\nM reserverar sig. Till protokollet antecknas att Tomas Hult (S) anser att "
     "fasaden ska bevaras.", ["Tomas Hult"]),
    ("Antecknas till protokollet att Sara Lindh (V) och Noah Ferm (MP) inte deltar i debatten.",
     ["Sara Lindh", "Noah Ferm"]),
    ("**Protokollsanteckning**\nSara Lindh (V) får lämna en protokollsanteckning, som bifogas "
     "protokollet.", ["Sara Lindh"]),
])
def test_protokollsanteckning_noted_in_the_passive(text, members):
    got = [s for s in extract_statements(lines_from_text(text))
           if s.kind == StatementKind.PROTOKOLLSANTECKNING]
    assert [[m.name for m in s.members] for s in got] == [members]


def test_the_passive_note_names_nobody_without_members():
    assert extract_statements(lines_from_text(
        "Till protokollet antecknas att ärendet har diskuterats.")) == []


@pytest.mark.parametrize("text, kind, members", [
    ("Erik Björklund (Gröna) bad att få följande antecknat i protokollet: ”Cykelvägarna först.”",
     StatementKind.PROTOKOLLSANTECKNING, ["Erik Björklund"]),
    ("Peter Storbacka (C) deltog inte i beslutsfattandet.", StatementKind.DELTAR_EJ,
     ["Peter Storbacka"]),
])
def test_statements_as_finland_swedish_minutes_word_them(text, kind, members):
    (s,) = extract_statements(lines_from_text("**Behandling:**\n" + text))
    assert (s.kind, [m.name for m in s.members]) == (kind, members)


@pytest.mark.parametrize("text, kind", [
    ("Beslutet fattas. Särskilt yttrande lämnas av Per Ek (M).", StatementKind.SARSKILT_YTTRANDE),
    ("Protokollsanteckning lämnades av Per Ek (M).", StatementKind.PROTOKOLLSANTECKNING),
])
def test_a_statement_filed_by_members_told_in_the_passive(text, kind):
    (s,) = extract_statements(lines_from_text("**Beslut**\n" + text))
    assert (s.kind, [m.name for m in s.members]) == (kind, ["Per Ek"])


def test_a_statement_filed_under_its_own_heading_counts_once():
    (s,) = extract_statements(lines_from_text("**Särskilt yttrande**\nSärskilt yttrande lämnas av "
                                              "Per Ek (M)."))
    assert [m.name for m in s.members] == ["Per Ek"]


@pytest.mark.parametrize("text, kind", [
    ("Beslut: Enligt förslag. Anna Kengo deltog inte i beslutsfattandet.", StatementKind.DELTAR_EJ),
    ("Beslut: Enligt förslag. Anna Kengo bad att få följande antecknat i protokollet: text.",
     StatementKind.PROTOKOLLSANTECKNING),
])
def test_statements_told_in_a_decision_block_as_finland_swedish_minutes_word_them(text, kind):
    (s,) = extract_statements(lines_from_text(text), BLOCK)
    assert (s.kind, [m.name for m in s.members]) == (kind, ["Anna Kengo"])


def test_a_jaevig_member_told_not_taking_part_is_jaev_only():
    got = extract_statements(lines_from_text(
        "Beslut: Enligt förslag. Anna Kengo deltog inte i behandlingen av ärendet på grund av "
        "jäv."), BLOCK)
    assert [(s.kind, [m.name for m in s.members]) for s in got] == [
        (StatementKind.JAV, ["Anna Kengo"])]


@pytest.mark.parametrize("text, dialect, kind, members", [
    ("**Protokollsanteckning**\nVi välkomnar planen men vill att bullret följs upp.\n"
     "Ingrid Sjölander\nOlof Bäck", Dialect(parties=False), StatementKind.PROTOKOLLSANTECKNING,
     ["Ingrid Sjölander", "Olof Bäck"]),
    ("**Särskilt yttrande**\nVi anser att verksamheten ska drivas i egen regi.\nEmma Dahlberg (V)",
     Dialect(), StatementKind.SARSKILT_YTTRANDE, ["Emma Dahlberg"]),
    ("**Protokollsanteckning**\nVi noterar att frågan återkommer.\nAnna Berg (S)   Per Ek (M)",
     Dialect(), StatementKind.PROTOKOLLSANTECKNING, ["Anna Berg", "Per Ek"]),
])
def test_a_statement_under_its_heading_signed_after_its_text(text, dialect, kind, members):
    (st_,) = extract_statements(lines_from_text(text), dialect)
    assert st_.kind == kind and names(st_.members) == members and "Vi " in st_.text


@pytest.mark.parametrize("text, kind, members, parties", [
    ("Protokollsanteckning från Vänsterpartiet: Vi anser att förslaget är otillräckligt.",
     StatementKind.PROTOKOLLSANTECKNING, [], ("V",)),
    ("Protokollsanteckning från Anna Berg (S): Vi välkomnar förslaget.",
     StatementKind.PROTOKOLLSANTECKNING, ["Anna Berg"], ()),
    ("Anna Berg (S) får anteckna följande till protokollet: Vi välkomnar förslaget.",
     StatementKind.PROTOKOLLSANTECKNING, ["Anna Berg"], ()),
])
def test_a_statement_filed_from_a_member_or_a_group(text, kind, members, parties):
    (st_,) = extract_statements(lines_from_text(text))
    assert (st_.kind, names(st_.members), st_.parties) == (kind, members, parties)


def _stated(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(s.kind.value, tuple(f"{x.name} ({x.party})" for x in s.members), tuple(s.parties))
            for s in extract_statements(lines_from_text(text))]


@pytest.mark.parametrize("text, want", [
    ("Eva Holm (S) anmäler jäv och lämnar sammanträdet under ärendet. På grund av jäv deltar inte "
     "Johan Frisk (L) i handläggningen av ärendet.",
     [("jäv", ("Eva Holm (S)",), ()), ("jäv", ("Johan Frisk (L)",), ())]),
    ("Pga. jäv deltar inte Per Ek (M) i beslutet.", [("jäv", ("Per Ek (M)",), ())]),
    ("**Protokollsanteckningar**\nLedamöterna för M och KD deltar inte i beslutet.",
     [("deltar ej", (), ("M", "KD"))]),
])
def test_jav_and_not_taking_part_told_verb_first(text, want):
    assert _stated(text) == want


@pytest.mark.parametrize("text, want", [
    ("**Protokollsanteckning från Vänsterpartiet**\nVänsterpartiet välkomnar att bolaget ska "
     "redovisa sitt klimatarbete.\nVänsterpartiets fullmäktigegrupp",
     [("protokollsanteckning", (), ("V",))]),
    ("**Särskilt yttrande från Anna Berg (C)**\nVi ser positivt på planen.",
     [("särskilt yttrande", ("Anna Berg (C)",), ())]),
    ("**Protokollsanteckning från S-gruppen:**\nVi vill se en uppföljning.",
     [("protokollsanteckning", (), ("S",))]),
])
def test_a_statement_whose_heading_names_who_filed_it(text, want):
    assert _stated(text) == want


def test_a_heading_from_nobody_known_gives_no_statement():
    text = "**Protokollsanteckning från sammanträdet**\nInga synpunkter lämnades."
    assert _stated(text) == []


def test_a_statement_pointed_to_and_printed_signed_is_one():
    text = ("**Särskilt yttrande**\nSärskilt yttrande, bilaga 3.\n"
            "**Särskilt yttrande**\nVi ställer oss bakom direktiven men vill understryka "
            "kundernas intressen.\nMaria Lund (L)  Johan Frisk (L)")
    assert _stated(text) == [("särskilt yttrande", ("Maria Lund (L)", "Johan Frisk (L)"), ())]


def test_a_statement_pointed_to_alone_stays():
    (st_,) = extract_statements(lines_from_text("**Särskilt yttrande**\nSärskilt yttrande, bilaga 3."))
    assert st_.kind == StatementKind.SARSKILT_YTTRANDE and st_.members == ()


@pytest.mark.parametrize("text, want", [
    ("Beslut: Godkändes. På grund av jäv deltog Eva Sundqvist inte i behandlingen av ärendet.",
     [("jäv", ("Eva Sundqvist (None)",), ())]),
    ("Beslut: Godkändes. Antecknades att ledamoten Lars Ekblom inte deltog i behandlingen av "
     "ärendet på grund av jäv (FvL 28 § 1 mom. 2 p.).",
     [("jäv", ("Lars Ekblom (None)",), ())]),
])
def test_jav_told_verb_first_or_noted_in_a_decision_block(text, want):
    got = extract_statements(lines_from_text(text), BLOCK)
    assert [(s.kind.value, tuple(f"{x.name} ({x.party})" for x in s.members), tuple(s.parties))
            for s in got] == want


def test_jav_told_at_the_head_of_a_paragraph_whose_block_tells_the_procedure():
    from meetbook.extract.statements import jav_beside
    lines = lines_from_text("På grund av jäv deltog Eva Sundqvist inte i behandlingen av ärendet.\n"
                            "Beslut: Godkändes.")
    got = jav_beside(lines, lines[1:], BLOCK)
    assert [[x.name for x in s.members] for s in got] == [["Eva Sundqvist"]]
    assert jav_beside(lines, lines[1:], Dialect()) == []


@pytest.mark.parametrize("text, want", [
    ("**Protokollsanteckningar**\nPer Ek (M) och Eva Lund (M) deltar inte i omröstningen.",
     [("deltar ej", ("Per Ek (M)", "Eva Lund (M)"), ())]),
    ("**Jäv**\nPer Ek (M) anmäler jäv och lämnar lokalen. Ersättaren Eva Lund (M) tjänstgör i hans "
     "ställe.", [("jäv", ("Per Ek (M)",), ())]),
    ("**Jäv**\nPer Ek (M) anmäler jäv. Eva Lund (M) går in som tjänstgörande ersättare.",
     [("jäv", ("Per Ek (M)",), ())]),
])
def test_not_taking_part_in_a_vote_and_the_substitute_of_a_jav(text, want):
    assert _stated(text) == want


@pytest.mark.parametrize("text, want", [
    ("**Protokollsanteckningar**\nPer Ek (S) har inte deltagit i beslutet.",
     [("deltar ej", ("Per Ek (S)",), ())]),
    ("Ej deltagande i beslutet: Per Ek (S), Eva Lund (M).",
     [("deltar ej", ("Per Ek (S)", "Eva Lund (M)"), ())]),
    ("**Yrkanden**\nPer Ek (M) lämnar sammanträdet och deltar inte i ärendets handläggning.",
     [("deltar ej", ("Per Ek (M)",), ())]),
    ("Till protokollet antecknas att Per Ek (S) inte deltar i beslutet.",
     [("deltar ej", ("Per Ek (S)",), ())]),
    ("Till protokollet antecknas att Per Ek (S) anser att taxan är för hög.",
     [("protokollsanteckning", ("Per Ek (S)",), ())]),
])
def test_not_taking_part_in_the_perfect_under_a_label_or_noted(text, want):
    assert _stated(text) == want


@pytest.mark.parametrize("text, want", [
    ("Per Eks (M) särskilda yttrande bifogas protokollet.",
     [("särskilt yttrande", ("Per Ek (M)",), ())]),
    ("Moderaternas särskilda yttrande, bilaga 5, biläggs protokollet.",
     [("särskilt yttrande", (), ("M",))]),
    ("Per Ek (M) vill till protokollet anteckna att partiet är kritiskt.",
     [("protokollsanteckning", ("Per Ek (M)",), ())]),
    # a genitive over another noun is no statement
    ("Per Eks (M) förslag bifogas protokollet.", []),
])
def test_statements_named_by_their_owners_genitive_or_noted_with_words_between(text, want):
    assert _stated(text) == want


@pytest.mark.parametrize("text, want", [
    ("Beslut: Godkändes. Ledamoten Jean Hellsten konstaterade sig jävig och avlägsnade sig.",
     [["Jean Hellsten"]]),
    ("Beslut: Godkändes. Jean Hellsten avlägsnade sig från mötet på grund av jäv.",
     [["Jean Hellsten"]]),
    ("Beslut: Godkändes. Jean Hellsten förklarade sig jävig.", [["Jean Hellsten"]]),
    ("Beslut: Godkändes. Jean Hellsten avlägsnade sig från mötet kl. 19.00.", []),
])
def test_jav_told_in_a_block_by_what_the_member_did(text, want):
    got = [s for s in extract_statements(lines_from_text(text), BLOCK) if s.kind == StatementKind.JAV]
    assert [[x.name for x in s.members] for s in got] == want


# --------------------------------------------------------------- the default: verb, kind, persons
# Generated wordings of one fact, a statement: its kind (särskilt yttrande/uttalande,
# protokollsanteckning, jäv, deltar ej) by its words, its members in any form the lexicon
# knows; one sentence may tell two.

_K = StatementKind


def _said(text: str) -> list[tuple[StatementKind, tuple[tuple[str, str | None], ...], tuple[str, ...]]]:
    return [(s.kind, tuple((x.name, x.party) for x in s.members), tuple(s.parties))
            for s in extract_statements(lines_from_text(text))]


_S_EK, _S_LUND = ("Per Ek", "M"), ("Eva Lund", "KD")


@pytest.mark.parametrize("text, want", [
    ("Per Ek (M) lämnar ett särskilt yttrande.", [(_K.SARSKILT_YTTRANDE, (_S_EK,), ())]),
    ("Per Ek (M) har lämnat ett särskilt yttrande.", [(_K.SARSKILT_YTTRANDE, (_S_EK,), ())]),
    ("Per Ek (M) lämnade ett särskilt uttalande.", [(_K.SARSKILT_UTTALANDE, (_S_EK,), ())]),
    ("Per Ek (M) lämnar en protokollsanteckning.", [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Per Ek (M) får göra en protokollsanteckning.", [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Per Ek (M) anmälde en protokollsanteckning.", [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Per Ek (M) deltar inte i beslutet och lämnar en protokollsanteckning.",
     [(_K.DELTAR_EJ, (_S_EK,), ()), (_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Per Ek (M) deltar inte i beslutet utan lämnar ett särskilt yttrande.",
     [(_K.DELTAR_EJ, (_S_EK,), ()), (_K.SARSKILT_YTTRANDE, (_S_EK,), ())]),
    ("Per Ek, Moderaterna, lämnar en protokollsanteckning.",
     [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Per Ek, M, lämnar en protokollsanteckning.", [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Särskilt yttrande lämnas av Per Ek (M) och Eva Lund (KD).",
     [(_K.SARSKILT_YTTRANDE, (_S_EK, _S_LUND), ())]),
    ("Ett särskilt yttrande lämnades av Per Ek (M).", [(_K.SARSKILT_YTTRANDE, (_S_EK,), ())]),
    ("Per Ek (M) och Eva Lund (KD) lämnar ett gemensamt särskilt yttrande.",
     [(_K.SARSKILT_YTTRANDE, (_S_EK, _S_LUND), ())]),
    ("Per Ek (M) anmäler jäv och deltar inte i handläggningen.", [(_K.JAV, (_S_EK,), ())]),
    ("Per Ek (M) deltar inte i beslutet.", [(_K.DELTAR_EJ, (_S_EK,), ())]),
    ("Per Ek (M) och Eva Lund (KD) avstår från att delta i beslutet.",
     [(_K.DELTAR_EJ, (_S_EK, _S_LUND), ())]),
    ("Per Ek (M) inkommer med ett särskilt yttrande, bilaga 4.",
     [(_K.SARSKILT_YTTRANDE, (_S_EK,), ())]),
    ("Per Ek (SFP) lämnade en protokollsanteckning.",
     [(_K.PROTOKOLLSANTECKNING, (("Per Ek", "SFP"),), ())]),
    ("PER EK (M) LÄMNAR ETT SÄRSKILT YTTRANDE.",
     [(_K.SARSKILT_YTTRANDE, (("PER EK", "M"),), ())]),
    ("Ledamoten Per Ek (M) lämnar en protokollsanteckning.",
     [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Till protokollet antecknas att Per Ek (M) anser att taxan är för hög.",
     [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
    ("Under sammanträdet lämnade Per Ek (M) ett särskilt yttrande.",
     [(_K.SARSKILT_YTTRANDE, (_S_EK,), ())]),
    ("Per Ek (M) får sin mening antecknad till protokollet.",
     [(_K.PROTOKOLLSANTECKNING, (_S_EK,), ())]),
])
def test_a_statement_is_its_words_with_persons(text, want):
    assert _said(text) == want


@pytest.mark.parametrize("text", [
    "Per Ek (M) yrkar bifall.",
    "Ingen protokollsanteckning har inkommit.",
    "Ekonomichef Lisa Berg föredrar ärendet.",
    "Per Ek (M) informerar om arbetet.",
    "Per Ek (M) reserverar sig mot beslutet.",
])
def test_the_statement_default_stays_silent_on_what_states_nothing(text):
    assert _said(text) == []


def test_two_statements_of_one_sentence_keep_each_its_own_words():
    got = extract_statements(lines_from_text(
        "Per Ek (M) deltar inte i beslutet och lämnar en protokollsanteckning."))
    assert [(s.kind, s.text) for s in got] == [
        (_K.DELTAR_EJ, "Per Ek (M) deltar inte i beslutet"),
        (_K.PROTOKOLLSANTECKNING,
         "Per Ek (M) deltar inte i beslutet och lämnar en protokollsanteckning.")]


APPENDIX = """**Bilaga 2 till kommunfullmäktiges protokoll 2026-12-15, § 63**
**Särskilt yttrande**
Vi ställer oss bakom planen men vill se fler hyresrätter.
Ali Reza (V)
Maja Sten (V)"""


def test_a_statement_in_an_appendix_names_the_paragraph_its_head_names():
    from meetbook.extract.statements import appendix_paragraph
    (st_,) = extract_statements(lines_from_text(APPENDIX))
    assert st_.kind == _K.SARSKILT_YTTRANDE
    assert [x.name for x in st_.members] == ["Ali Reza", "Maja Sten"]
    assert appendix_paragraph(st_) == 63


def test_a_statement_under_its_heading_names_no_paragraph():
    from meetbook.extract.statements import appendix_paragraph
    (st_,) = extract_statements(lines_from_text(APPENDIX.split("\n", 1)[1]))
    assert appendix_paragraph(st_) is None
