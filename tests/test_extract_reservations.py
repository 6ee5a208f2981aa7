"""Reservationer and statements (särskilt yttrande, protokollsanteckning, jäv, deltar ej)."""
from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.procedure import BLOCK, Dialect, split_beslutsordningar
from meetbook.extract.reservations import extract_reservations
from meetbook.extract.statements import extract_statements
from meetbook.model import Line, StatementKind, lines_from_text
from meetbook.pdf import read_pdf
from tests.conftest import shared

VASTERAS = """**Reservation**
Elisabeth Unell (M), Johan Henriksson (M) och Klara Helin (M) reserverar
sig mot beslutet till förmån för Elisabeth Unells (M) förslag enligt följande:
"Uppföljningen av dessa program visar att de flesta mål och åtgärder får rött
eller gult ljus. Det vill säga
färre men mer konkreta mål där det krävs en riktningsförändring. Därför krävs det att
också hållbarhetsprogrammen tar med tillväxtperspektivet."
Erik Johansson (SD) och Caroline Frisk (SD) reserverar sig mot beslutet till
förmån för Erik Johanssons (SD) förslag.
**Särskilt yttrande**
Roger Haddad (L) och Anna Nordanberg (L) inkommer med särskilt
yttrande enligt följande:
"Liberalerna tycker att det är bra att indikatorerna följs upp. Vi
menar att det är en brist i hela underlaget att detta självklara inte finns med."
**Ärendebeskrivning**
Kommunfullmäktige har antagit två program."""


def names(members) -> list[str]:
    return [m.name for m in members]


def test_reservations_with_quoted_text():
    got = extract_reservations(lines_from_text(VASTERAS))
    assert [names(r.members) for r in got] == [
        ["Elisabeth Unell", "Johan Henriksson", "Klara Helin"],
        ["Erik Johansson", "Caroline Frisk"]]
    assert "färre men mer konkreta mål" in got[0].text
    assert got[0].text.endswith('tillväxtperspektivet."')
    assert "Erik Johansson" not in got[0].text


@pytest.mark.parametrize("text, members", [
    ("**Reservation**\nAnders Ågren (M) och Lena Andersson (M) reserverar sig mot beslutet till "
     "förmån för egna yrkanden.", ["Anders Ågren", "Lena Andersson"]),
    ("**Reservationer**\nAxel Josefson (M), Axel Darvik (L), Elisabet Lann (KD) och tjänstgörande "
     "ersättarna\nNina Miskovsky (M) och Anneli Rhedin (M) reserverar sig mot beslutet.",
     ["Axel Josefson", "Axel Darvik", "Elisabet Lann", "Nina Miskovsky", "Anneli Rhedin"]),
    ("Ledamöterna från SD reserverar sig mot beslutet till förmån för eget tilläggsyrkande.", []),
    ("M, D, L och KD reserverar sig mot beslutet.", []),
])
def test_reservation_members(text, members):
    (r,) = extract_reservations(lines_from_text(text))
    assert names(r.members) == members and "reserverar sig" in r.text


def test_no_reservation_in_other_words():
    text = "**Ärendebeskrivning**\nAnna Berg (M) reserverar sig mot beslutet.\n**Beslut**\nKS beslutar."
    assert extract_reservations(lines_from_text(text)) == []


@lru_cache
def body(name: str, first: int, last: int) -> list[Line]:
    return [ln for p in read_pdf(shared(name)) if first <= p.number <= last for ln in p.body]


def test_umea_76_from_the_pdf():
    parts = split_beslutsordningar(body("umea-ksnau-2026-05-19-motesbok.pdf", 11, 13))
    parts_by = dict(parts[1:])
    ks = extract_reservations(parts_by["Kommunstyrelsen"])
    assert {m.name for r in ks for m in r.members} == {"Anders Ågren", "Lena Andersson",
                                                       "Lars Forsgren"}
    nau = extract_statements(parts_by["Kommunstyrelsens näringslivs- och arbetsutskott"])
    assert [(s.kind, names(s.members)) for s in nau] == [
        (StatementKind.SARSKILT_UTTALANDE, ["Anders Ågren", "Lena Andersson"])]


def test_vasteras_213_from_the_pdf():
    lines = body("vasteras-ks-protokoll-213.pdf", 1, 2)
    got = extract_reservations(lines)
    assert {m.name for r in got for m in r.members} == {
        "Elisabeth Unell", "Johan Henriksson", "Klara Helin", "Erik Johansson", "Caroline Frisk"}
    assert any("färre men mer konkreta mål" in r.text for r in got)
    (s,) = extract_statements(lines)
    assert s.kind == StatementKind.SARSKILT_YTTRANDE and "Liberalerna" in s.text


def test_goteborg_kf_jav_and_group_reservation_from_the_pdf():
    lines = body("real/goteborg-kf-2025-06-18-protokoll.pdf", 10, 10)
    (r,) = extract_reservations(lines)
    assert r.members == () and r.text.startswith("Ledamöterna från SD")
    (s,) = extract_statements(lines)
    assert s.kind == StatementKind.JAV and names(s.members) == ["Kristina Norén Lallo"]


@given(st.lists(st.tuples(st.text(max_size=120), st.booleans()), max_size=12))
def test_reservations_never_crash(rows):
    lines = [Line(t, 1, 0.0, 12.0 * i, 0.0, 10.0, b) for i, (t, b) in enumerate(rows)]
    extract_reservations(lines)
    for s in extract_statements(lines):
        assert isinstance(s.kind, StatementKind)


@pytest.mark.parametrize("text, parties", [
    ("**Reservation**\nLedamöterna från M, D, L och KD reserverar sig mot beslutet till förmån "
     "för eget yrkande.", ("M", "D", "L", "KD")),
    ("**Reservationer**\nLedamöterna från SD reserverar sig mot beslutet.", ("SD",)),
])
def test_a_party_group_reservation_keeps_its_parties(text, parties):
    (r,) = extract_reservations(lines_from_text(text))
    assert r.members == () and r.parties == parties


def test_a_reservation_with_the_verb_first_names_its_members():
    text = ("**Reservation**\nMot beslutet reserverar sig Lena Strömqvist (S), Birgitta Wahlén (S) "
            "och Sara Nyström Kalén (V) till förmån för eget yrkande.")
    (r,) = extract_reservations(lines_from_text(text))
    assert names(r.members) == ["Lena Strömqvist", "Birgitta Wahlén", "Sara Nyström Kalén"]


def test_a_party_written_out_is_its_code():
    (r,) = extract_reservations(lines_from_text(
        "**Reservation**\nSverigedemokraterna reserverar sig mot beslutet enligt bilaga."))
    assert (r.members, r.parties) == ((), ("SD",))

# --------------------------------------------------------------- told in a decision block

@pytest.mark.parametrize("text, members", [
    ("Anna Kengo och Tua Backman reserverade sig mot beslutet.", ["Anna Kengo", "Tua Backman"]),
    ("Johanna Kronlund, Mats Forsblom och Peter Nyman reserverade sig mot beslutet.",
     ["Johanna Kronlund", "Mats Forsblom", "Peter Nyman"]),
    ("Reservation anmäldes av Per Ek.", ["Per Ek"]),
    ("Mot beslutet reserverade sig Anna Berg och Per Ek.", ["Anna Berg", "Per Ek"]),
    ("Stadsdirektör Mats Vikström lämnade avvikande mening.", ["Mats Vikström"]),
    ("Ida Rönnqvist reserverade sig mot beslutet. Anders Kengo och Per Ek anslöt sig till "
     "reservationen.", ["Ida Rönnqvist", "Anders Kengo", "Per Ek"]),
])
def test_reservations_told_in_a_decision_block(text, members):
    (r,) = extract_reservations(lines_from_text(text), BLOCK)
    assert names(r.members) == members and all(m.party is None for m in r.members)


def test_a_told_reservation_keeps_the_title_in_its_text():
    (r,) = extract_reservations(lines_from_text(
        "Stadsdirektör Mats Vikström lämnade avvikande mening."), BLOCK)
    assert r.text == "Stadsdirektör Mats Vikström lämnade avvikande mening."


@pytest.mark.parametrize("text", [
    "Förslaget godkändes enhälligt.",
    "Ingen reservation anmäldes.",
    "Jean Hellsten anmälde jäv och avlägsnade sig.",
])
def test_no_reservation_told(text):
    assert extract_reservations(lines_from_text(text), BLOCK) == []


@given(st.text(max_size=400))
def test_told_reservations_never_crash(text):
    for r in extract_reservations(lines_from_text(text), BLOCK):
        assert r.members


def test_reservations_in_sections_without_parties():
    text = ("**Reservation**\nPer Ek och Lisa Holm reserverar sig mot beslutet.\n"
            "**Reservation**\nMot beslutet reserverar sig Anna Berg.")
    got = extract_reservations(lines_from_text(text), Dialect(parties=False))
    assert [names(r.members) for r in got] == [["Per Ek", "Lisa Holm"], ["Anna Berg"]]
    assert all(m.party is None for r in got for m in r.members)


def test_a_reservation_in_a_column_beside_the_text():
    from tests.pagemaker import row

    lines = [row(100, (60, "Ordföranden ställer proposition på förslaget och"),
                 (414, "Reservation:"), (478, "Noah Ferm (MP) och")),
             row(112, (60, "finner att kommunstyrelsen bifaller förslaget."),
                 (414, "Amira Saleh (V) till förmån"), ),
             row(124, (60, "Omröstning begärs."), (414, "för Ferms yrkande.")),
             row(136, (60, "Med tolv röster mot två beslutar kommunstyrelsen enligt förslaget."))]
    (r,) = extract_reservations(lines)
    assert [(m.name, m.party) for m in r.members] == [("Noah Ferm", "MP"), ("Amira Saleh", "V")]


def test_a_wide_gap_without_the_label_is_no_side_note():
    from tests.pagemaker import row

    lines = [row(100, (60, "Ordföranden ställer proposition och"), (414, "Dennis Krantz (SD)")),
             row(112, (60, "finner att förslaget bifalls."))]
    assert extract_reservations(lines) == []


@pytest.mark.parametrize("text", [
    "Reservation anmäls av Fredrik Swahn (M) och Ulrika de\nMare (L).",
    "Reservation anmäldes av Fredrik Swahn (M) och Ulrika de Mare (L) till förmån för avslag.",
])
def test_a_reservation_entered_by_members_named_after_the_verb(text):
    (r,) = extract_reservations(lines_from_text("**Reservation**\n" + text))
    assert [(m.name, m.party) for m in r.members] == [("Fredrik Swahn", "M"), ("Ulrika de Mare", "L")]


@pytest.mark.parametrize("text", [
    "**Beslut**\nNämnden fastställer fördelningen.\nReservationer: Per Ek (M), Kim Ek (SD).",
    "**Reservation**\nPer Ek (M) och Kim Ek (SD) till förmån för avslag.",
    "Nämnden beslutar enligt förslaget. Reservation: Per Ek (M), Kim Ek (SD).",
])
def test_reservants_under_a_label(text):
    (r,) = extract_reservations(lines_from_text(text))
    assert [(m.name, m.party) for m in r.members] == [("Per Ek", "M"), ("Kim Ek", "SD")]


def test_reservants_under_a_label_in_a_decision_block():
    (r,) = extract_reservations(lines_from_text(
        "Beslut: Enligt förslag. Reservation: Anna Berg, Per Ek."), BLOCK)
    assert [m.name for m in r.members] == ["Anna Berg", "Per Ek"]


def test_a_written_reservation_signed_by_its_author_is_one_reservation():
    (r,) = extract_reservations(lines_from_text(
        "**Reservation**\nSverigedemokraterna reserverar sig mot beslutet att anse motionen "
        "besvarad.\n\nJessica Thörn (SD)"))
    assert (r.members, r.parties) == ((), ("SD",))


@pytest.mark.parametrize("text, members", [
    ("Skriftlig reservation, bilaga 1. Reservation lämnas av Eva Lind (KD).", [("Eva Lind", "KD")]),
    ("Reservationer lämnades av Per Ek (M) och Kim Ek (SD).", [("Per Ek", "M"), ("Kim Ek", "SD")]),
])
def test_a_reservation_entered_in_the_passive_after_another_sentence(text, members):
    (r,) = extract_reservations(lines_from_text("**Reservationer**\n" + text))
    assert [(m.name, m.party) for m in r.members] == members


@pytest.mark.parametrize("text, parties", [
    ("Ledamöterna i Vänsterpartiet och Miljöpartiet reserverar sig mot beslutet.", ("V", "MP")),
    ("Ledamöterna i V och MP reserverar sig mot beslutet.", ("V", "MP")),
    ("Samtliga ledamöter från Moderaterna reserverar sig.", ("M",)),
])
def test_a_party_group_written_with_its_members_noun_first(text, parties):
    (r,) = extract_reservations(lines_from_text("**Beslut**\nBifalls.\n" + text))
    assert (r.members, r.parties) == ((), parties)


def test_a_written_reservation_is_made_by_those_who_sign_it():
    (r,) = extract_reservations(lines_from_text(
        "**Reservation**\nÄrende: Försäljning av hamnmagasinet\nVi anser att kommunen ska "
        "behålla byggnaden. Vi reserverar\noss därför mot beslutet.\n\nKallmora den 7 december "
        "2026\n\nJenny Falk (SD)      Lars Nyberg (SD)"))
    assert [(m.name, m.party) for m in r.members] == [("Jenny Falk", "SD"), ("Lars Nyberg", "SD")]


def test_a_reservation_heading_over_names_only_is_read_once():
    got = extract_reservations(lines_from_text("**Reservation**\nPer Ek (M)\nKim Ek (SD)"))
    assert sorted(m.name for r in got for m in r.members) == ["Kim Ek", "Per Ek"]
    assert len(got) == 1


@pytest.mark.parametrize("text, members", [
    ("Tom Lindholm (Saml.) och Anna Sjöholm (Sannf.) anmälde avvikande mening.",
     [("Tom Lindholm", "Saml"), ("Anna Sjöholm", "Sannf")]),
    ("Sara Lillqvist (SDP) lämnade en avvikande åsikt.", [("Sara Lillqvist", "SDP")]),
    ("Per Ek (M) anmäler avvikande mening mot beslutet.", [("Per Ek", "M")]),
])
def test_dissent_as_finland_swedish_minutes_enter_it(text, members):
    (r,) = extract_reservations(lines_from_text("**Behandling:**\n" + text))
    assert [(m.name, m.party) for m in r.members] == members


@pytest.mark.parametrize("text, members, parties", [
    ("Bifalls. Mot beslutet reserverar sig Per Ek (M) och Lisa Holm (KD) till förmån för eget "
     "yrkande.", ["Per Ek", "Lisa Holm"], ()),
    ("Per Ek (M) lämnar en skriftlig reservation, bilaga 2.", ["Per Ek"], ()),
    ("Bifalls. SD-gruppen reserverar sig.", [], ("SD",)),
    ("Per Ek (M) reserverar sig mot beslutet och Lisa Holm (KD) instämmer i reservationen.",
     ["Per Ek", "Lisa Holm"], ()),
    ("Per Ek (M) reserverar sig mot beslutet. Lisa Holm (KD) ansluter sig till reservationen.",
     ["Per Ek", "Lisa Holm"], ()),
])
def test_more_ways_to_reserve_oneself(text, members, parties):
    (r,) = extract_reservations(lines_from_text("**Beslut**\n" + text))
    assert ([m.name for m in r.members], r.parties) == (members, parties)


# ------------------------------------------------------------------ the third persons round


@pytest.mark.parametrize("text, dialect, members", [
    # reservants one a line under the heading, printed without parties (the cover has them)
    ("**Reservationer**\nMikael Brandt\nSofia Lindén\nJonas Kihlberg", Dialect(parties=False),
     ["Mikael Brandt", "Sofia Lindén", "Jonas Kihlberg"]),
    ("**Reservation**\nPer Ek (M)\nLisa Holm (KD)", Dialect(), ["Per Ek", "Lisa Holm"]),
    # a written text that names nobody reserving, signed by its reservants
    ("**Reservation**\nVi reserverar oss mot beslutet. Riktlinjerna gör det svårare för äldre.\n"
     "Per Eriksson (M)   Lisa Wahlin (M)   Tord Bergkvist (M)", Dialect(),
     ["Per Eriksson", "Lisa Wahlin", "Tord Bergkvist"]),
])
def test_reservants_listed_or_signing_under_the_heading(text, dialect, members):
    (r,) = extract_reservations(lines_from_text(text), dialect)
    assert names(r.members) == members


@pytest.mark.parametrize("text, members", [
    ("Kommunfullmäktige avslår motionen. Reservation av Sandin och Rahimi.", ["Sandin", "Rahimi"]),
    ("Reservation av Per Ek (M) och Kim Ek (SD).", ["Per Ek", "Kim Ek"]),
    ("Reservationer från Anna Berg (S), Per Ek (M) och Kim Ek (SD).", ["Anna Berg", "Per Ek", "Kim Ek"]),
    ("Kommunfullmäktige antar planen. Mot beslutet reserverar sig: Camilla Öhrn, Stefan Vikander "
     "och Roger Nylund.", ["Camilla Öhrn", "Stefan Vikander", "Roger Nylund"]),
])
def test_reservants_named_by_a_noun_or_after_a_colon(text, members):
    (r,) = extract_reservations(lines_from_text(text), Dialect(parties=False))
    assert names(r.members) == members


@pytest.mark.parametrize("text", [
    "Reservation av tekniska skäl saknas.", "Skriftlig reservation, bilaga 3.",
])
def test_a_reservation_noun_without_reservants_names_nobody(text):
    assert all(not r.members for r in extract_reservations(lines_from_text(text),
                                                           Dialect(parties=False)))


def test_a_reservation_inside_the_decision_block_after_what_was_decided():
    from meetbook.extract.reservations import after_decision
    block = lines_from_text("Socialnämnden fastställer timtaxan till 395 kronor.\n"
                            "Kent Ljung (SD) reserverar sig skriftligt (bilaga 2).")
    (r,) = after_decision(block, Dialect())
    assert names(r.members) == ["Kent Ljung"]
    assert after_decision(block, BLOCK) == []
    assert after_decision(lines_from_text("Socialnämnden antar riktlinjerna."), Dialect()) == []


def test_a_written_reservation_in_an_appendix_names_its_paragraph():
    from meetbook.extract.reservations import appendix_paragraph
    text = ("**Bilaga 2 till socialnämndens protokoll § 93**\n**Reservation**\n"
            "Sverigedemokraterna anser att taxan ska lämnas oförändrad.\nKent Ljung (SD)")
    (r,) = extract_reservations(lines_from_text(text))
    assert names(r.members) == ["Kent Ljung"] and appendix_paragraph(r) == 93
    plain = extract_reservations(lines_from_text("**Reservation**\nVi reserverar oss.\nPer Ek (M)"))
    assert appendix_paragraph(plain[0]) is None


@pytest.mark.parametrize("text, parties", [
    ("Mot beslutet reserverar sig Socialdemokraterna och Vänsterpartiet.", ("S", "V")),
    ("Mot beslutet reserverar sig S-gruppen.", ("S",)),
    ("Mot beslutet reserverar sig ledamöterna från S och V.", ("S", "V")),
    ("Reservation anmäls av Socialdemokraterna.", ("S",)),
    ("Reservation: S-gruppen.", ("S",)),
    ("**Reservation**\nSocialdemokraterna", ("S",)),
])
def test_a_party_group_after_the_verb_or_alone_under_the_label(text, parties):
    (r,) = extract_reservations(lines_from_text(text))
    assert (r.members, r.parties) == ((), parties)


def _reserving(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(tuple(f"{x.name} ({x.party})" for x in r.members), tuple(r.parties))
            for r in extract_reservations(lines_from_text(text))]


@pytest.mark.parametrize("text, want", [
    ("**Reservationer**\nMot beslutet reserverar sig Sverigedemokraterna till förmån för eget "
     "budgetförslag. Reservation mot beslutet anmäls av Per Wennberg (M) och Karin Sjö (C).",
     [((), ("SD",)), (("Per Wennberg (M)", "Karin Sjö (C)"), ())]),
    ("**Reservationer**\nAnna Berg (S) reserverar sig mot beslutet. Mot beslutet reserverar sig "
     "även Per Ek (M).",
     [(("Anna Berg (S)",), ()), (("Per Ek (M)",), ())]),
    ("Reservation mot beslutet anmäldes av Eva Lund (C).", [(("Eva Lund (C)",), ())]),
    ("**Reservationer**\nUnder sammanträdet reserverar sig Lena Ek (V) till förmån för eget "
     "yrkande.", [(("Lena Ek (V)",), ())]),
    ("**Reservationer**\nVänsterpartiets och Miljöpartiets ledamöter reserverar sig mot beslutet "
     "till förmån för Lena Eks yrkande.", [((), ("V", "MP"))]),
])
def test_reservations_told_one_after_another_and_verb_first(text, want):
    assert _reserving(text) == want


def test_a_written_reservation_named_before_the_one_told_stays_one():
    text = "**Reservationer**\nSkriftlig reservation, bilaga 1. Reservation lämnas av Eva Lind (KD)."
    assert _reserving(text) == [(("Eva Lind (KD)",), ())]


@pytest.mark.parametrize("text, want", [
    ("**Reservationer**\nFöljande ledamöter reserverar sig mot beslutet till förmån för Lena Eks "
     "yrkande: Lena Ek (V) och Maria Lund (L).", [(("Lena Ek (V)", "Maria Lund (L)"), ())]),
    ("**Reservationer**\nReservation till förmån för eget yrkande anmäls av Ulf Sandberg (SD) och "
     "Linda Moberg (SD).", [(("Ulf Sandberg (SD)", "Linda Moberg (SD)"), ())]),
    ("**Reservationer**\nReservation mot beslutet lämnas av Per Ek (M).", [(("Per Ek (M)",), ())]),
])
def test_reservants_after_a_colon_or_after_a_passive_with_words_between(text, want):
    assert _reserving(text) == want


@pytest.mark.parametrize("text, want", [
    ("Beslut: Godkändes. Avvikande mening anmäldes av Anna Kengo och Tua Backman.",
     [["Anna Kengo", "Tua Backman"]]),
    ("Beslut: Godkändes. Till protokollet antecknades Markus Lindéns avvikande mening.",
     [["Markus Lindén"]]),
    ("Antecknades Per Eks och Eva Lunds reservation.", [["Per Ek", "Eva Lund"]]),
    # a note that is no dissent
    ("Till protokollet antecknades Markus Lindéns fråga om skolskjutsarna.", []),
])
def test_dissent_told_in_the_passive_or_by_a_genitive(text, want):
    got = extract_reservations(lines_from_text(text), BLOCK)
    assert [[x.name for x in r.members] for r in got] == want


def test_a_reservation_with_what_it_favours_before_the_verb():
    text = ("**Reservationer**\nTill förmån för eget yrkande reserverar sig Per Ek (M) och Eva "
            "Lund (C).")
    assert _reserving(text) == [(("Per Ek (M)", "Eva Lund (C)"), ())]


@pytest.mark.parametrize("text, want", [
    ("Reserverar sig: Per Ek (M), Eva Lund (KD).", [(("Per Ek (M)", "Eva Lund (KD)"), ())]),
    ("**Reservationer**\nPer Ek (M) reserverar sig mot beslutet till förmån för eget yrkande, med "
     "instämmande av Eva Lund (KD).", [(("Per Ek (M)", "Eva Lund (KD)"), ())]),
    ("**Reservationer**\nPer Ek (M) reserverar sig mot beslutet. Eva Lund (KD) instämmer.",
     [(("Per Ek (M)", "Eva Lund (KD)"), ())]),
    ("**Reservationer**\nPer Ek (M) reserverar sig mot beslutet. Även Eva Lund (KD) reserverar sig.",
     [(("Per Ek (M)",), ()), (("Eva Lund (KD)",), ())]),
    ("**Reservationer**\nPer Ek (M) reserverar sig mot beslutet och Eva Lund (KD) reserverar sig "
     "till förmån för eget yrkande.", [(("Per Ek (M)",), ()), (("Eva Lund (KD)",), ())]),
    # one reservation naming another's yrkande: no second reservant
    ("**Reservationer**\nPer Ek (M) reserverar sig till förmån för Eva Lunds (KD) yrkande.",
     [(("Per Ek (M)",), ())]),
])
def test_reservants_joining_one_after_another_and_two_in_one_sentence(text, want):
    assert _reserving(text) == want


# --------------------------------------------------------------- the default: verb and persons
# Generated wordings of one fact, a reservation: the verb in any tense or voice and the
# reservants in any form the lexicon knows; negative cases name no reservation.

def _reserved(text: str) -> list[tuple[tuple[tuple[str, str | None], ...], tuple[str, ...]]]:
    return [(tuple((x.name, x.party) for x in r.members), tuple(r.parties))
            for r in extract_reservations(lines_from_text(text))]


_R_EK, _R_LUND = ("Per Ek", "M"), ("Eva Lund", "KD")


@pytest.mark.parametrize("text, want", [
    ("Per Ek (M) reserverar sig mot beslutet.", [((_R_EK,), ())]),
    ("Per Ek (M) och Eva Lund (KD) reserverade sig till förmån för eget yrkande.",
     [((_R_EK, _R_LUND), ())]),
    ("Per Ek (M) har reserverat sig mot beslutet.", [((_R_EK,), ())]),
    ("Per Ek (M) anmäler reservation mot beslutet.", [((_R_EK,), ())]),
    ("Per Ek (M) lämnar en reservation.", [((_R_EK,), ())]),
    ("Reservation anmäls av Per Ek (M).", [((_R_EK,), ())]),
    ("En reservation anmäldes av Per Ek (M) och Eva Lund (KD).", [((_R_EK, _R_LUND), ())]),
    ("Reservation mot beslutet lämnades av Per Ek (M) och Eva Lund (KD).",
     [((_R_EK, _R_LUND), ())]),
    ("Mot beslutet reserverar sig Per Ek (M) och Eva Lund (KD) till förmån för avslagsyrkandet.",
     [((_R_EK, _R_LUND), ())]),
    ("Till förmån för Anna Bergs (S) yrkande reserverar sig Eva Lund (KD).", [((_R_LUND,), ())]),
    ("Reservationer: Per Ek (M), Eva Lund (KD).", [((_R_EK, _R_LUND), ())]),
    ("Per Ek (M), Eva Lund (KD) och Bo Ahl (L) reserverar sig till förmån för Per Eks yrkande.",
     [((_R_EK, _R_LUND, ("Bo Ahl", "L")), ())]),
    ("Per Ek (M) reserverar sig mot beslutet, vilket Eva Lund (KD) instämmer i.",
     [((_R_EK, _R_LUND), ())]),
    ("Per Ek (M) reserverar sig, med instämmande av Eva Lund (KD).", [((_R_EK, _R_LUND), ())]),
    ("Per Ek, Moderaterna, reserverar sig mot beslutet.", [((_R_EK,), ())]),
    ("Per Ek, M, reserverar sig mot beslutet.", [((_R_EK,), ())]),
    ("Per Ek [M] reserverar sig mot beslutet.", [((_R_EK,), ())]),
    ("Ledamoten Per Ek (M) reserverar sig.", [((_R_EK,), ())]),
    ("Per\nEk (M) reserverar sig mot beslutet.", [((_R_EK,), ())]),
    ("PER EK (M) RESERVERAR SIG MOT BESLUTET.", [((("PER EK", "M"),), ())]),
    ("Per Ek (SFP) anmälde avvikande mening.", [((("Per Ek", "SFP"),), ())]),
    ("Per Ek (M) reserverar sig skriftligt, bilaga 3.", [((_R_EK,), ())]),
    ("Moderaternas ledamöter reserverar sig mot beslutet.", [((), ("M",))]),
    ("Reservationer: Per Ek, Moderaterna; Eva Lund, Kristdemokraterna.",
     [((_R_EK, _R_LUND), ())]),
    ("Reservationer: Per Ek (M); Eva Lund (KD).", [((_R_EK, _R_LUND), ())]),
    ("Per Ek (M) och Eva Lund (KD) lämnar en gemensam skriftlig reservation.",
     [((_R_EK, _R_LUND), ())]),
    ("Per Ek (M) anmälde en muntlig reservation mot beslutet.", [((_R_EK,), ())]),
    ("Per Ek (M) reserverar sig till förmån för sitt yrkande, liksom Eva Lund (KD).",
     [((_R_EK, _R_LUND), ())]),
    ("Reservation mot beslutet: Per Ek (M), Eva Lund (KD).", [((_R_EK, _R_LUND), ())]),
])
def test_a_reservation_is_its_verb_with_persons(text, want):
    assert _reserved(text) == want


@pytest.mark.parametrize("text", [
    "Ingen reservation anmäldes.",
    "Per Ek (M) yrkar avslag.",
    "Per Ek (M) föredrar ärendet.",
    "Närvarande: Per Ek (M), Eva Lund (KD).",
    "Reservationstiden för anbuden är 30 dagar enligt Per Ek (M).",
    "Ingen reservation lämnades.",
    "Per Ek (M) lämnar en redogörelse för reservationen i kommunstyrelsen.",
])
def test_the_reservation_default_stays_silent_on_what_reserves_nothing(text):
    assert _reserved(text) == []
