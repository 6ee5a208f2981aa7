"""Yrkanden in both styles, and the split of a paragraph into beslutsordningar."""
from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.motions import (
    CHAIR,
    VICE_CHAIR,
    decision_proposers,
    extract_motions,
    motions_in,
    party_group_of,
    with_chair,
)
from meetbook.extract.procedure import BLOCK, Dialect, split_beslutsordningar
from meetbook.lexicon.sentences import sentences
from meetbook.model import (
    Attendance,
    Clause,
    Decision,
    DecisionKind,
    Item,
    Line,
    Member,
    Motion,
    Stance,
    lines_from_text,
)
from meetbook.pdf import read_pdf
from tests.conftest import shared

UMEA_KS = """**Kommunstyrelsens beslutsordning**
**Yrkanden**
**Hans Lindberg (S), Bore Sköld (V), Mattias Larsson (C), Veronica Kerr (KD) och Mariam**
Salem (MP) – Bifall till näringslivs- och arbetsutskottets förslag.
Anders Ågren (M) och Maria Lindvall (-)(L) – Att i första hand återremittera ärendet. Det behövs
ett omtag i hur Umeå kommun hanterar den mängd IOP-avtal som tecknas. Att i andra hand, om
återremissen faller, avslå förslaget i alla dess delar.
Lars Forsgren (SD) – Bifall att-sats 2, avslag till att-satserna 1 och 3 samt återremiss av att-satserna
4 och 5 med följande motivering: Att omarbeta avtalet med Pingstkyrkan. Samt att avslag
inte ska ges.
Åsa Bäckström (-)(V) – Bifall till att-satserna 1-4 och avslag till att-sats 5
**Propositionsordning som godkänns**
Avslag mot bifall till Anders Ågrens (M) återremissyrkande. Ordföranden finner att kommunstyrelsen
beslutar att avslå återremissyrkandet."""

NAU = """**Näringslivs- och arbetsutskottets beslutsordning**
**Yrkanden**
Hans Lindberg (S) och Mattias Larsson (C) – Bifall till tjänsteskrivelsens förslag.
Anders Ågren (M) och Lena Andersson (M) deltar inte i beslutet – återkommer i kommunstyrelsen.
**Propositionsordning som godkänns**
Bifall mot avslag till tjänsteskrivelsens förslag. Ordföranden finner att utskottet beslutar enligt
tjänsteskrivelsens förslag.
"""

VASTERAS = """**Yrkanden**
Elisabeth Unell (M) yrkar att ett tillägg ska göras om att det nya
hållbarhetsprogrammet som ersätter tidigare program ska ha utgångspunkten
i att minska antalet mål och att också beakta tillväxt och företagande i
Västerås.
Erik Johansson (SD) yrkar bifall till Elisabeth Unells (M) förslag.
Anna Maria Romlid (V) och Vicki Skure Eriksson (C) yrkar avslag på
Elisabeth Unells (M) förslag och bifall till stadsledningskontorets förslag.
**Proposition**
Ordföranden finner inledningsvis att det finns två förslag till beslut avseende
tillägg, dels Elisabeth Unells (M) förslag, dels avslag på förslaget från Anna
Maria Romlid (V) och Vicki Skure Eriksson (C)."""


def pairs(members) -> list[tuple[str, str | None]]:
    return [(m.name, m.party) for m in members]


def test_umea_dash_style():
    got = extract_motions(lines_from_text(UMEA_KS))
    assert [(m.stance, m.clauses, pairs(m.movers)[0][0]) for m in got] == [
        (Stance.BIFALL, (), "Hans Lindberg"),
        (Stance.ATERREMISS, (), "Anders Ågren"),
        (Stance.AVSLAG, (), "Anders Ågren"),
        (Stance.BIFALL, (2,), "Lars Forsgren"),
        (Stance.AVSLAG, (1, 3), "Lars Forsgren"),
        (Stance.ATERREMISS, (4, 5), "Lars Forsgren"),
        (Stance.BIFALL, (1, 2, 3, 4), "Åsa Bäckström"),
        (Stance.AVSLAG, (5,), "Åsa Bäckström"),
    ]
    assert pairs(got[0].movers) == [("Hans Lindberg", "S"), ("Bore Sköld", "V"),
                                    ("Mattias Larsson", "C"), ("Veronica Kerr", "KD"),
                                    ("Mariam Salem", "MP")]
    assert pairs(got[1].movers) == [("Anders Ågren", "M"), ("Maria Lindvall", "-")]
    assert "omtag" in got[1].text and got[2].text.startswith("Att i andra hand")
    assert "Pingstkyrkan" in got[5].text and "avslag" in got[5].text  # motivation stays text


def test_deltar_inte_is_no_motion():
    got = extract_motions(lines_from_text(NAU))
    assert [(m.stance, pairs(m.movers)) for m in got] == [
        (Stance.BIFALL, [("Hans Lindberg", "S"), ("Mattias Larsson", "C")])]


def test_vasteras_prose():
    got = extract_motions(lines_from_text(VASTERAS, page=2))
    assert [(m.stance, pairs(m.movers)) for m in got] == [
        (Stance.TILLAGG, [("Elisabeth Unell", "M")]),
        (Stance.BIFALL, [("Erik Johansson", "SD")]),
        (Stance.AVSLAG, [("Anna Maria Romlid", "V"), ("Vicki Skure Eriksson", "C")]),
        (Stance.BIFALL, [("Anna Maria Romlid", "V"), ("Vicki Skure Eriksson", "C")]),
    ]
    assert all(m.page == 2 for m in got)
    assert got[0].text.endswith("Västerås.")


@pytest.mark.parametrize("entry, stance, movers", [
    ("Magdalena Sundqvist (S), Johan Tolinsson (S) och Patrik Jervne Henestam (V) yrkar "
     "bifall till motionen.", Stance.BIFALL,
     ["Magdalena Sundqvist", "Johan Tolinsson", "Patrik Jervne Henestam"]),
    ("Elisabet Lann (KD) yrkar att ärendet ska bordläggas till sammanträdet den 21 februari 2024.",
     Stance.BORDLAGGNING, ["Elisabet Lann"]),
    ("Anna Berg (M) yrkar att ärendet bordläggs.", Stance.BORDLAGGNING, ["Anna Berg"]),
    ("Axel Darvik (L) och Jörgen Fogelklou (SD) yrkar att ärendet ska återremitteras enligt "
     "yrkande från M, D, L och KD den 6 februari 2024.", Stance.ATERREMISS,
     ["Axel Darvik", "Jörgen Fogelklou"]),
    ("Per Ek (C) yrkar återremiss.", Stance.ATERREMISS, ["Per Ek"]),
    ("Per Ek (C) lämnar ett ändringsyrkande: att-sats 2 ska lyda …", Stance.ANDRING, ["Per Ek"]),
    ("Tjänstgörande ersättaren Johannes Hulter (S) yrkar bifall till stadsledningskontorets "
     "förslag och avslag på återremissyrkande från M, D, L och KD.", Stance.BIFALL,
     ["Johannes Hulter"]),
    ("Axel Josefson (M) yrkar att ärendet ska sättas upp på föredragningslistan.", Stance.ANNAT,
     ["Axel Josefson"]),
    ("Jessica Thörn (SD) och Kent Sjöholm (-) yrkar bifall till Rasmus Öbergs (S) "
     "återremissyrkande.", Stance.ATERREMISS, ["Jessica Thörn", "Kent Sjöholm"]),
    ("Sara Nyström Kalén (V) yrkar bifall till Johanna Eks (MP) tilläggsyrkande.",
     Stance.TILLAGG, ["Sara Nyström Kalén"]),
    ("Johanna Ek (MP) yrkar bifall till Lena Strömqvists (S) yrkande.", Stance.BIFALL,
     ["Johanna Ek"]),
])
def test_prose_stances(entry, stance, movers):
    got = motions_in(entry, 3)
    assert got[0].stance == stance and [m.name for m in got[0].movers] == movers


def test_a_second_stance_in_one_sentence():
    got = motions_in("Jörgen Fogelklou (SD) yrkar i första hand att ärendet ska återremitteras "
                     "enligt yrkande från M, D, L och KD och i andra hand bifall till yrkande "
                     "från SD den 16 november 2023.")
    assert [m.stance for m in got] == [Stance.ATERREMISS, Stance.BIFALL]


@pytest.mark.parametrize("entry", [
    "Ordförande Lisa Andersson (M) finner att det finns ett förslag till beslut.",
    "Anders Ågren (M) och Lena Andersson (M) deltar inte i beslutet – återkommer i kommunstyrelsen.",
    "Magdalena Sundqvist (S) m.fl. har i en motion föreslagit att inrätta en minnesdag.",
    "Axel Josefson (M) anmäler att ledamöterna från M, L och KD inte deltar i beslutet.",
])
def test_not_motions(entry):
    assert motions_in(entry) == []


def test_goteborg_party_group_heading():
    text = ("**Yrkande från M, D, L och KD**\nKommunstyrelsen föreslår kommunfullmäktige att "
            "bifalla motionen.\n**Yrkanden**\nLedamöterna från SD yrkar avslag på motionen.")
    got = extract_motions(lines_from_text(text))
    assert [(m.stance, m.movers) for m in got] == [(Stance.BIFALL, ()), (Stance.AVSLAG, ())]
    assert party_group_of(got[0]) == ["M", "D", "L", "KD"]


def test_handlingar_list_is_not_motions():
    text = "**Handlingar**\nYrkande från SD den 2 februari 2024.\nPer Ek (C) yrkar avslag."
    assert extract_motions(lines_from_text(text)) == []


def test_split_beslutsordningar():
    text = "**Beslut**\nKommunstyrelsen beslutar\n" + NAU + UMEA_KS
    parts = split_beslutsordningar(lines_from_text(text))
    assert [name for name, _ in parts] == [
        None, "Kommunstyrelsens näringslivs- och arbetsutskott", "Kommunstyrelsen"]
    assert [len(extract_motions(lines)) for _, lines in parts] == [0, 1, 8]


def test_split_without_beslutsordning():
    lines = lines_from_text(VASTERAS)
    assert split_beslutsordningar(lines) == [(None, lines)]
    assert split_beslutsordningar(lines_from_text("**Arbetsutskottets beslutsordning**\nx"),
                                  parent="Byggnadsnämnden")[0][0] == "Byggnadsnämndens arbetsutskott"


def test_sentences_keep_quotes_whole():
    assert sentences('A sade: "Ett. Två." Sedan B. Och C.') == [
        'A sade: "Ett. Två."', "Sedan B.", "Och C."]


@lru_cache
def pages_of(name: str, first: int, last: int) -> list[Line]:
    return [ln for p in read_pdf(shared(name)) if first <= p.number <= last for ln in p.body]


def test_umea_ks_76_from_the_pdf():
    parts = split_beslutsordningar(pages_of("umea-ksnau-2026-05-19-motesbok.pdf", 11, 13))
    bodies = dict(parts[1:])
    nau = extract_motions(bodies["Kommunstyrelsens näringslivs- och arbetsutskott"])
    ks = extract_motions(bodies["Kommunstyrelsen"])
    assert ("Hans Lindberg", "S") in pairs(nau[0].movers)
    by = {(m.stance, m.clauses, tuple(pairs(m.movers))) for m in ks}
    assert (Stance.BIFALL, (), (("Hans Lindberg", "S"), ("Bore Sköld", "V"),
                                ("Mattias Larsson", "C"), ("Veronica Kerr", "KD"),
                                ("Mariam Salem", "MP"))) in by
    assert (Stance.ATERREMISS, (), (("Anders Ågren", "M"), ("Maria Lindvall", "-"))) in by
    assert (Stance.ATERREMISS, (4, 5), (("Lars Forsgren", "SD"),)) in by
    assert (Stance.AVSLAG, (5,), (("Åsa Bäckström", "-"),)) in by
    assert all(m.page == 12 for m in ks)


def test_vasteras_213_from_the_pdf():
    got = extract_motions(pages_of("vasteras-ks-protokoll-213.pdf", 1, 2))
    movers = {(m.stance, mv) for m in got for mv in m.movers}
    assert (Stance.TILLAGG, Member("Elisabeth Unell", "M")) in movers
    assert (Stance.BIFALL, Member("Erik Johansson", "SD")) in movers
    assert (Stance.AVSLAG, Member("Vicki Skure Eriksson", "C")) in movers
    assert Member("Elisabeth Unell", "M") not in {mv for m in got if m.stance == Stance.BIFALL
                                                  for mv in m.movers}


def test_kungsbacka_motions_from_the_pdf():
    got = extract_motions(pages_of("real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf", 3, 4))
    assert [(m.stance, [x.name for x in m.movers]) for m in got] == [
        (Stance.BIFALL, ["Stefan Jägnert"]),
        (Stance.BIFALL, ["Magdalena Sundqvist", "Johan Tolinsson", "Patrik Jervne Henestam",
                         "Maria Losman"])]


@given(st.lists(st.tuples(st.text(max_size=120), st.booleans()), max_size=12))
def test_motions_never_crash(rows):
    lines = [Line(t, 1, 0.0, 12.0 * i, 0.0, 10.0, b) for i, (t, b) in enumerate(rows)]
    for m in extract_motions(lines):
        assert isinstance(m.stance, Stance)
    split_beslutsordningar(lines)


@pytest.mark.parametrize("clause, mover, stance, numbers", [
    ("På förslag av Axel Josefson (M): Punkterna 2-12 i stadsledningskontorets förslag bordläggs "
     "till sammanträdet den 21 februari 2024.", ("Axel Josefson", "M"), Stance.BORDLAGGNING,
     tuple(range(2, 13))),
    ("På förslag av tjänstgörande ersättaren Johannes Hulter (S): Ärendet bordläggs till "
     "sammanträdet den 21 februari 2024.", ("Johannes Hulter", "S"), Stance.BORDLAGGNING, ()),
])
def test_a_decision_credits_its_proposer(clause, mover, stance, numbers):
    (m,) = decision_proposers([Clause(None, clause, 3)])
    assert [(p.name, p.party) for p in m.movers] == [mover]
    assert (m.stance, m.clauses) == (stance, numbers)


def test_bifall_and_a_tillaggsyrkande_are_two_motions():
    got = motions_in("Viktoria Tryggvadottir Rolka (S) och Jörgen Fogelklou (SD) yrkar bifall till "
                     "stadsledningskontorets förslag och tilläggsyrkande från S, V och MP den "
                     "2 februari 2024.")
    assert [m.stance for m in got] == [Stance.BIFALL, Stance.TILLAGG]


def test_avslag_on_a_yrkande_and_a_tillaggsyrkande_rejects_both():
    got = motions_in("Tjänstgörande ersättaren Johannes Hulter (S) yrkar avslag på yrkande från D, M, "
                     "L och KD den 31 januari 2024 och tilläggsyrkande från L, M, D och KD den "
                     "2 februari 2024.")
    assert [m.stance for m in got] == [Stance.AVSLAG, Stance.AVSLAG]


@pytest.mark.parametrize("text, stances, parties", [
    ("Ledamöterna från SD yrkar avslag på kommunstyrelsens förslag.", [Stance.AVSLAG], ("SD",)),
    ("Jörgen Fogelklou (SD) yrkar i första hand bifall till motionen och i andra hand att motionen "
     "ska anses besvarad.", [Stance.BIFALL, Stance.ANNAT], ()),
    ("Elisabet Lann (KD) yrkar bifall till yrkande från S, V och MP med den ändring som framgår av "
     "ändringsyrkande från M, L och KD.", [Stance.ANDRING], ()),
    ("Lena Strömqvist (S) yrkar bifall till förvaltningens förslag med tillägget att en "
     "utvärdering görs 2026.", [Stance.BIFALL, Stance.TILLAGG], ()),
])
def test_more_yrkande_phrasings(text, stances, parties):
    got = motions_in(text)
    assert [m.stance for m in got] == stances and got[0].parties == parties


@pytest.mark.parametrize("text, stance", [
    ("Kristina Sjöberg (M) yrkar att avgiften för säsongsplats ska vara 1 200 kronor per månad.",
     Stance.ANDRING),
    ("Anna Berg (S) yrkar att anslaget höjs till 2 miljoner kronor.", Stance.ANDRING),
    ("Anna Berg (S) yrkar att nämnden också ger förvaltningen i uppdrag att utreda frågan.",
     Stance.TILLAGG),
    ("Per-Olof Lind (M) lämnar även följande tilläggsyrkande: att en extern granskning görs.",
     Stance.TILLAGG),
    ("Jörgen Fogelklou (SD) yrkar att motionen ska anses besvarad.", Stance.ANNAT),
])
def test_a_yrkande_without_a_stance_word_is_what_it_does(text, stance):
    (m,) = motions_in(text)
    assert m.stance == stance


def test_the_propositionsordning_names_a_yrkande_without_a_stance_word():
    text = ("**Yrkanden**\nSanna Öhman (V) yrkar att en skrivning om osakliga löneskillnader "
            "förs in i lönepolicyn.\n"
            "Per Ek (M) yrkar bifall till arbetsutskottets förslag.\n"
            "**Beslutsgång**\nOrdföranden ställer proposition på Sanna Öhmans (V) tilläggsyrkande "
            "och finner att kommunstyrelsen avslår det.")
    got = extract_motions(lines_from_text(text))
    assert [(m.movers[0].name, m.stance) for m in got] == [
        ("Sanna Öhman", Stance.TILLAGG), ("Per Ek", Stance.BIFALL)]


def test_a_member_who_joins_a_yrkande_moves_it_too():
    got = extract_motions(lines_from_text(
        "**Yrkanden**\nLena Strömqvist (S) yrkar avslag på arbetsutskottets förslag.\n"
        "Johanna Ek (MP) instämmer i Lena Strömqvists (S) yrkande."))
    assert [([p.name for p in m.movers], m.stance) for m in got] == [
        (["Lena Strömqvist"], Stance.AVSLAG), (["Johanna Ek"], Stance.AVSLAG)]


# --------------------------------------------------------------- told in a decision block

@pytest.mark.parametrize("text, movers, stance", [
    ("Under diskussionen föreslog Anna Kengo, understödd av Tua Backman, att ärendet "
     "återremitteras för ytterligare beredning.", ["Anna Kengo", "Tua Backman"], Stance.ATERREMISS),
    ("Ledamot Jean Hellsten föreslog att ärendet bordläggs.", ["Jean Hellsten"], Stance.BORDLAGGNING),
    ("Under diskussionen föreslog ledamot Johanna Norrbygård, understödd av ledamot Linda Rögård, "
     "att bidraget höjs till 5 000 euro.", ["Johanna Norrbygård", "Linda Rögård"], Stance.ANDRING),
    ("Stadsdirektör Martin Norrgård föreslog att ärendet bordläggs.", ["Martin Norrgård"],
     Stance.BORDLAGGNING),
    ("Anna Kengo föreslog, understödd av Tua Backman, att ärendet bordläggs.",
     ["Anna Kengo", "Tua Backman"], Stance.BORDLAGGNING),
    ("Per Ek föreslog att anslaget stryks. Förslaget understöddes av Anna Berg.",
     ["Per Ek", "Anna Berg"], Stance.ANDRING),
    ("Under diskussionen föreslog Peter Nyman, understödd av Carina Ahlskog, att "
     "inkomstskattesatsen fastställs till 8,86 procent.", ["Peter Nyman", "Carina Ahlskog"],
     Stance.ANDRING),
    ("Jan Vik föreslog att Johan Sandström väljs till rektor.", ["Jan Vik"], Stance.ANNAT),
    ("Ordföranden Anna Berg föreslog att ärendet återremitteras.", ["Anna Berg"], Stance.ATERREMISS),
])
def test_proposals_told_in_a_decision_block(text, movers, stance):
    (m,) = extract_motions(lines_from_text(text), BLOCK)
    assert [p.name for p in m.movers] == movers and m.stance == stance
    assert all(p.party is None for p in m.movers)


@pytest.mark.parametrize("text", [
    "Stadsstyrelsen föreslog att fullmäktige godkänner avtalet.",
    "Förslaget godkändes enhälligt.",
    "Under diskussionen konstaterades att ärendet är brådskande.",
])
def test_no_proposal_told(text):
    assert extract_motions(lines_from_text(text), BLOCK) == []


def test_the_dialect_decides_the_grammar():
    """A block's prose is not read as sections, nor sections as a block's prose."""
    told = "Anna Kengo föreslog, understödd av Tua Backman, att ärendet bordläggs."
    assert extract_motions(lines_from_text(told)) == []
    assert extract_motions(lines_from_text(VASTERAS), BLOCK) == []


@given(st.text(max_size=400))
def test_told_motions_never_crash(text):
    for m in extract_motions(lines_from_text(text), BLOCK):
        assert m.movers and isinstance(m.stance, Stance)


SMALL_BODY = """**Yrkanden**
Anna Berg yrkar bifall till förvaltningens förslag.
Per Ek och ledamoten Lisa Holm yrkar avslag. De anser att kostnaden är för hög.
Kommunstyrelsen yrkar ingenting.
**Propositionsordning**
Ordföranden ställer proposition på förslagen."""


def test_sections_in_minutes_without_parties():
    got = extract_motions(lines_from_text(SMALL_BODY), Dialect(parties=False))
    assert [(m.stance, pairs(m.movers)) for m in got] == [
        (Stance.BIFALL, [("Anna Berg", None)]),
        (Stance.AVSLAG, [("Per Ek", None), ("Lisa Holm", None)])]
    assert "kostnaden" in got[1].text
    assert extract_motions(lines_from_text(SMALL_BODY)) == []  # a party is needed where printed


# ------------------------------------------------------------------ more secretaries' yrkanden


@pytest.mark.parametrize("text, motions", [
    ("Ali Reza, V, yrkar bifall till motionen.", [(["Ali Reza"], "V", Stance.BIFALL)]),
    ("Bertil Frost – KD – yrkar avslag på förslaget.", [(["Bertil Frost"], "KD", Stance.AVSLAG)]),
    ("Jonas Åkerman (S) yrkar bifall till kommunstyrelsens förslag.\n"
     "Lena Sund (V) ställer sig bakom Jonas Åkermans yrkande.",
     [(["Jonas Åkerman"], "S", Stance.BIFALL), (["Lena Sund"], "V", Stance.BIFALL)]),
    ("Per Ek (M) yrkar att ärendet återremitteras.\nNils Kärr (SD) ställde sig bakom Eks yrkande.",
     [(["Per Ek"], "M", Stance.ATERREMISS), (["Nils Kärr"], "SD", Stance.ATERREMISS)]),
    ("Jonas Åkerman (S) yrkar bifall till kommunstyrelsens förslag. Ordföranden konstaterar att "
     "det därutöver finns ett yrkande från Kim Rask (C) om återremiss av ärendet.",
     [(["Jonas Åkerman"], "S", Stance.BIFALL), (["Kim Rask"], "C", Stance.ATERREMISS)]),
    ("Ordföranden noterar ett tilläggsyrkande från Amira Saleh (V) om att taxan ska följas upp.",
     [(["Amira Saleh"], "V", Stance.TILLAGG)]),
    ("Per Ek (M) yrkar återremiss. Ordföranden ställer proposition på yrkandet från Per Ek (M) om "
     "återremiss.", [(["Per Ek"], "M", Stance.ATERREMISS)]),
    ("Carl-Johan von Essen (M), Linnea Falkman (M) och Dennis\nKrantz (SD) yrkar avslag på "
     "förslaget.", [(["Carl-Johan von Essen", "Linnea Falkman", "Dennis Krantz"], None,
                    Stance.AVSLAG)]),
])
def test_yrkanden_as_other_secretaries_print_them(text, motions):
    got = extract_motions(lines_from_text("**Yrkanden**\n" + text))
    assert [([x.name for x in m.movers], m.movers[0].party if len(m.movers) == 1 else None,
             m.stance) for m in got] == motions


@pytest.mark.parametrize("text, motions", [
    ("Eva Lindmark (S) yrkar bifall till förslaget. Fredrik Swahn (M) stöder Lindmarks yrkande.",
     [(["Eva Lindmark"], Stance.BIFALL), (["Fredrik Swahn"], Stance.BIFALL)]),
    ("Jenny Alm (V) yrkar bifall till motionen. Detta yrkande biträds av Rami Haddad (V).",
     [(["Jenny Alm", "Rami Haddad"], Stance.BIFALL)]),
    ("Fredrik Swahn (M) yrkar, med stöd av Stig Ekwall (KD), avslag på förslaget.",
     [(["Fredrik Swahn", "Stig Ekwall"], Stance.AVSLAG)]),
    ("Annika Fors-Lindqvist (C) yrkar att ärendet återremitteras. Jenny Alm (V) biträder "
     "Fors-Lindqvists yrkande.",
     [(["Annika Fors-Lindqvist"], Stance.ATERREMISS), (["Jenny Alm"], Stance.ATERREMISS)]),
    ("Tova Lind (MP) stöder kommunstyrelsens förslag.", [(["Tova Lind"], Stance.BIFALL)]),
])
def test_members_who_back_another_s_yrkande(text, motions):
    got = extract_motions(lines_from_text("**Yrkanden**\n" + text))
    assert [([x.name for x in m.movers], m.stance) for m in got] == motions


@pytest.mark.parametrize("text, motions", [
    ("Under överläggningen yrkade Anna Berg (S) bifall till förvaltningens förslag, vilket Malin "
     "Åkerlund (C) instämde i. Per Ek (M) yrkade avslag på förslaget.",
     [(["Anna Berg", "Malin Åkerlund"], Stance.BIFALL), (["Per Ek"], Stance.AVSLAG)]),
    ("Kim Ek (SD) framförde ett återremissyrkande med motiveringen att brukarna inte har hörts.",
     [(["Kim Ek"], Stance.ATERREMISS)]),
    ("Ett ändringsyrkande framställdes av Lisa Berg (KD) om att taxan ska sänkas med tio procent.",
     [(["Lisa Berg"], Stance.ANDRING)]),
    ("Dnr KFN 2026/88\nKim Ek (SD) yrkade återremiss.", [(["Kim Ek"], Stance.ATERREMISS)]),
])
def test_yrkanden_told_in_the_past_tense(text, motions):
    got = extract_motions(lines_from_text(text))
    assert [([x.name for x in m.movers], m.stance) for m in got] == motions


@pytest.mark.parametrize("text, motions", [
    ("Yrkande 1 – Anders Wiklund (S): Bifall till förvaltningens förslag.\nYrkande 2 – Lars "
     "Nyberg (SD): Avslag på förslaget.",
     [(["Anders Wiklund"], Stance.BIFALL), (["Lars Nyberg"], Stance.AVSLAG)]),
    ("Förslaget har remitterats. Yrkande nr 1: Eva Lind (KD) yrkar återremiss.",
     [(["Eva Lind"], Stance.ATERREMISS)]),
    ("Yrkanden: 1. Anna Berg (S): bifall till förslaget. 2. Per Holm (M): avslag på förslaget.",
     [(["Anna Berg"], Stance.BIFALL), (["Per Holm"], Stance.AVSLAG)]),
])
def test_numbered_yrkanden(text, motions):
    got = extract_motions(lines_from_text(text))
    assert [([x.name for x in m.movers], m.stance) for m in got] == motions


@pytest.mark.parametrize("text, movers, stance", [
    ("Lena Borg (S), Maria Ek (L) och Sofia Bergh (MP) yrkar, med hänvisning till den\nremissrunda "
     "som genomförts under hösten, bifall till yrkande 1.",
     ["Lena Borg", "Maria Ek", "Sofia Bergh"], Stance.BIFALL),
    ("Per Holm (M) yrkade, mot bakgrund av de höjda kostnaderna, avslag på förslaget.",
     ["Per Holm"], Stance.AVSLAG),
    ("Eva Lind (KD) yrkar bifall till såväl förvaltningens förslag som föreningsrådets tillägg.",
     ["Eva Lind"], Stance.BIFALL),
])
def test_an_aside_between_the_verb_and_the_yrkande(text, movers, stance):
    (m,) = extract_motions(lines_from_text("**Yrkanden**\n" + text))
    assert ([x.name for x in m.movers], m.stance) == (movers, stance)


@pytest.mark.parametrize("text, stance", [
    ("Anders Wiklund (S) deltar inte i beslutet. Ordföranden yrkar bifall till nämndens förslag.",
     Stance.BIFALL),
    ("Ordföranden föreslår att ärendet återremitteras.", Stance.ATERREMISS),
    ("Kommunstyrelsens ordförande yrkar avslag på motionen.", None),
    ("Beslut fattas. Ordföranden föreslår en propositionsordning där förslagen ställs mot "
     "varandra.", None),
    ("Ordföranden föreslår att propositionsordningen godkänns.", None),
    ("Ordföranden föreslog, understödd av Tom Lindholm (Saml.), att ärendet bordläggs till nästa "
     "möte.", Stance.BORDLAGGNING),
])
def test_the_chair_moving_by_office(text, stance):
    got = [m for m in extract_motions(lines_from_text(text)) if CHAIR in m.movers]
    assert [m.stance for m in got] == ([stance] if stance else [])


def test_the_chair_named_from_the_cover():
    chair = Attendance("Karin Ström", "S", "ledamot", function="ordförande")
    others = [Attendance("Per Holm", "M", "ledamot")]
    motion = Motion((CHAIR, Member("Per Holm", "M")), Stance.BIFALL, (), "Ordföranden …", 3)
    item = Item(number="§ 83", title="Skola", section=None, dnr=(), pages=None, decisions=(
        Decision(kind=DecisionKind.BESLUT, body="Kommunstyrelsen", date=None, paragraph=83,
                 dnr=None, page=3, motions=(motion,)),))
    (named,) = with_chair([item], [*others, chair])
    assert named.decisions[0].motions[0].movers == (Member("Karin Ström", "S"),
                                                    Member("Per Holm", "M"))
    (unnamed,) = with_chair([item], others)
    assert unnamed.decisions[0].motions[0].movers == (Member("Per Holm", "M"),)


def test_the_chair_s_seconder_moves_with_the_chair():
    (m,) = extract_motions(lines_from_text(
        "**Behandling:**\nOrdföranden föreslog, understödd av Tom Lindholm (Saml.), att ärendet "
        "bordläggs."))
    assert m.movers == (CHAIR, Member("Tom Lindholm", "Saml"))


@pytest.mark.parametrize("text, stance", [
    ("Kaj Östman (KD) föreslog att detaljplanen förkastas. Då Östmans förslag inte understöddes "
     "förföll det.", Stance.AVSLAG),
    ("Kaj Östman (KD) yrkar att motionen förkastas.", Stance.AVSLAG),
])
def test_a_proposal_to_reject(text, stance):
    (m,) = extract_motions(lines_from_text("**Behandling:**\n" + text))
    assert ([x.name for x in m.movers], m.stance) == (["Kaj Östman"], stance)


@pytest.mark.parametrize("text, movers, stance", [
    ("Anna Berg (S) m.fl. yrkar bifall till förslaget.", ["Anna Berg"], Stance.BIFALL),
    ("Anna Berg (S) föreslog att ärendet återremitteras. Förslaget understöddes av Per Ek (M).",
     ["Anna Berg", "Per Ek"], Stance.ATERREMISS),
    ("Anna Berg (S) yrkar att ärendet bordläggs. Förslaget understöddes av Per Ek (M).",
     ["Anna Berg", "Per Ek"], Stance.BORDLAGGNING),
])
def test_movers_named_with_others_or_seconded_after(text, movers, stance):
    (m,) = extract_motions(lines_from_text("**Yrkanden**\n" + text))
    assert ([x.name for x in m.movers], m.stance) == (movers, stance)


@pytest.mark.parametrize("text, motions", [
    ("Anna Berg (S) tillsammans med Per Ek (M) yrkar bifall till förslaget.",
     [(["Anna Berg", "Per Ek"], Stance.BIFALL)]),
    ("Anna Berg (S) yrkar bifall till förslaget, vilket Per Ek (M) instämmer i.",
     [(["Anna Berg", "Per Ek"], Stance.BIFALL)]),
    ("- Anna Berg (S): bifall till förslaget\n- Per Ek (M): avslag",
     [(["Anna Berg"], Stance.BIFALL), (["Per Ek"], Stance.AVSLAG)]),
    ("Anna Berg (S), understödd av Per Ek (M), föreslår att ärendet återremitteras.",
     [(["Anna Berg", "Per Ek"], Stance.ATERREMISS)]),
    ("Anna Berg (S) yrkar bifall till förslaget. Ordföranden instämmer i Bergs yrkande.",
     [(["Anna Berg"], Stance.BIFALL), (["Ordföranden"], Stance.BIFALL)]),
    ("Ordföranden yrkar bifall till förslaget. Per Ek (M) instämmer i ordförandens yrkande.",
     [(["Ordföranden"], Stance.BIFALL), (["Per Ek"], Stance.BIFALL)]),
    ("Vice ordföranden yrkar avslag.", [(["Vice ordföranden"], Stance.AVSLAG)]),
])
def test_more_ways_to_move_and_join(text, motions):
    got = extract_motions(lines_from_text("**Yrkanden**\n" + text))
    assert [([x.name for x in m.movers], m.stance) for m in got] == motions


def test_the_vice_chair_named_from_the_cover():
    vice = Attendance("Per Holm", "M", "ledamot", function="1:e vice ordförande")
    motion = Motion((VICE_CHAIR,), Stance.AVSLAG, (), "Vice ordföranden yrkar avslag.", 3)
    item = Item(number="§ 1", title="T", section=None, dnr=(), pages=None, decisions=(
        Decision(kind=DecisionKind.BESLUT, body="Kommunstyrelsen", date=None, paragraph=1,
                 dnr=None, page=3, motions=(motion,)),))
    (named,) = with_chair([item], [vice])
    assert named.decisions[0].motions[0].movers == (Member("Per Holm", "M"),)


@pytest.mark.parametrize("text, movers, stance", [
    ("Beslut: Ordföranden föreslog att ärendet bordläggs. Förslaget understöddes av Tua Backman. "
     "Nämnden beslöt enligt förslaget.", ["Ordföranden", "Tua Backman"], Stance.BORDLAGGNING),
    ("Beslut: Vice ordföranden föreslog, understödd av Jean Hellsten, att ärendet återremitteras.",
     ["Vice ordföranden", "Jean Hellsten"], Stance.ATERREMISS),
])
def test_the_chair_told_proposing_in_a_decision_block(text, movers, stance):
    (m,) = extract_motions(lines_from_text(text), BLOCK)
    assert ([x.name for x in m.movers], m.stance) == (movers, stance)


def test_the_chair_proposing_a_propositionsordning_moves_nothing():
    assert extract_motions(lines_from_text(
        "Beslut: Ordföranden föreslog att propositionsordningen godkänns. Godkändes."), BLOCK) == []


@pytest.mark.parametrize("heading", ["Beskrivning av ärendet", "Ärendet", "Ärendebeskrivning"])
def test_the_chair_proposing_in_the_case_description_moves_nothing(heading):
    assert extract_motions(lines_from_text(
        f"**{heading}**\nVårdnadshavare har hört av sig. Ordföranden föreslår att frågan "
        "utreds.\n**Beslut**\nFrågan utreds.")) == []


# ------------------------------------------------------------------ a party group through a member


@pytest.mark.parametrize("text, movers, parties, stance", [
    ("Vänsterpartiet genom Tove Sandin yrkar bifall till motionen.",
     [Member("Tove Sandin", "V")], ("V",), Stance.BIFALL),
    ("Moderaterna genom Sofia Lindén yrkar avslag.", [Member("Sofia Lindén", "M")], ("M",),
     Stance.AVSLAG),
    ("S-gruppen genom Anna Berg (S) yrkar återremiss.", [Member("Anna Berg", "S")], ("S",),
     Stance.ATERREMISS),
    ("S-gruppen yrkar bifall till kommunstyrelsens förslag.", [], ("S",), Stance.BIFALL),
])
def test_a_party_group_moving_through_a_member(text, movers, parties, stance):
    for dialect in (Dialect(), Dialect(parties=False)):
        (m,) = extract_motions(lines_from_text(text), dialect)
        assert (list(m.movers), m.parties, m.stance) == (movers, parties, stance)


def test_a_group_through_a_member_after_another_yrkande_in_one_paragraph():
    text = ("Karl Strand (S) yrkar bifall till förvaltningens förslag. Per Eriksson (M) yrkar "
            "avslag. Sverigedemokraterna genom Kent Ljung yrkar likaså avslag.")
    found = extract_motions(lines_from_text(text))
    assert [(list(m.movers), m.stance) for m in found] == [
        ([Member("Karl Strand", "S")], Stance.BIFALL), ([Member("Per Eriksson", "M")], Stance.AVSLAG),
        ([Member("Kent Ljung", "SD")], Stance.AVSLAG)]


@pytest.mark.parametrize("text, stance", [
    ("Jan Persson (KD) yrkar att taxan lämnas oförändrad.", Stance.ANDRING),
    ("Jan Persson (KD) yrkar att avgiften ska lämnas oförändrad.", Stance.ANDRING),
])
def test_a_counter_proposal_that_keeps_a_figure_the_proposal_changes(text, stance):
    (m,) = extract_motions(lines_from_text(text))
    assert m.stance == stance


# ------------------------------------------------------------------ yrkanden in a table


def _table_lines(*rows: tuple[tuple[float, str], ...]) -> list[Line]:
    from tests.pagemaker import row
    return [row(300.0 + 14 * k, *cells, bold=k == 0) for k, cells in enumerate(rows)]


@pytest.mark.parametrize("head", [
    ((57, "Yrkande"), (300, "Av"), (430, "Parti")),
    ((57, "Yrkande"), (300, "Yrkande av"), (430, "Parti")),
    ((57, "Förslag"), (300, "Namn"), (430, "Parti")),
])
def test_yrkanden_in_a_table_of_yrkande_mover_and_party(head):
    lines = _table_lines(
        head,
        ((57, "Bifall till kommunstyrelsens förslag"), (300, "Lars Eklöf"), (430, "S")),
        ((57, "Återremiss för en ny beräkning"), (300, "Tove Sandin"), (430, "V")),
        ((57, "Bifall till Mikael Brandts avslagsyrkande"), (300, "Roger Nylund"), (430, "SD")))
    found = extract_motions(lines, Dialect(parties=False))
    assert [(list(m.movers), m.stance) for m in found] == [
        ([Member("Lars Eklöf", "S")], Stance.BIFALL), ([Member("Tove Sandin", "V")], Stance.ATERREMISS),
        ([Member("Roger Nylund", "SD")], Stance.AVSLAG)]


@pytest.mark.parametrize("head", [
    ((57, "Ledamot"), (200, "Parti"), (260, "Yrkande")),
    ((57, "Namn"), (200, "Parti"), (260, "Förslag")),
    ((57, "Yrkat av"), (200, "Parti"), (260, "Yrkandets innehåll")),
])
@pytest.mark.parametrize("with_parties", [True, False])
def test_yrkanden_in_a_table_whose_mover_stands_first(head, with_parties):
    lines = _table_lines(
        head,
        ((57, "Lars Eklöf"), (200, "S"), (260, "Bifall till kommunstyrelsens förslag")),
        ((57, "Tove Sandin"), (200, "V"), (260, "Återremiss för en ny beräkning")))
    found = extract_motions(lines, Dialect(parties=with_parties))
    assert [(list(m.movers), m.stance) for m in found] == [
        ([Member("Lars Eklöf", "S")], Stance.BIFALL), ([Member("Tove Sandin", "V")], Stance.ATERREMISS)]


def test_a_table_of_names_and_parties_without_a_yrkande_column_moves_nothing():
    lines = _table_lines(((57, "Ledamot"), (200, "Parti"), (260, "Ersättare")),
                         ((57, "Lars Eklöf"), (200, "S"), (260, "Bifall Bengtsson")))
    assert extract_motions(lines, Dialect(parties=False)) == []


def test_a_table_row_the_reader_gave_as_two_lines_is_one_row():
    from tests.pagemaker import row
    lines = [row(300.0, (57, "Yrkande"), (300, "Av"), (430, "Parti"), bold=True),
             row(314.0, (57, "Avslag på förslaget")), row(314.0, (300, "Per Holm"), (430, "M"))]
    (m,) = extract_motions(lines, Dialect(parties=False))
    assert (list(m.movers), m.stance) == ([Member("Per Holm", "M")], Stance.AVSLAG)


def test_a_table_without_a_mover_column_moves_nothing():
    lines = _table_lines(((57, "Yrkande"), (300, "Beslut")),
                         ((57, "Bifall till förslaget"), (300, "Bifallet")))
    assert extract_motions(lines, Dialect(parties=False)) == []


# ------------------------------------------------------------------ the chair's offices as data


@pytest.mark.parametrize("office, stand_in", [
    ("Ordföranden", CHAIR), ("Mötesordföranden", CHAIR), ("Sammanträdets ordförande", CHAIR),
    ("Vice ordföranden", VICE_CHAIR), ("1:e vice ordföranden", VICE_CHAIR),
    ("Förste vice ordföranden", VICE_CHAIR), ("2:e vice ordföranden", VICE_CHAIR),
])
def test_the_chair_moves_by_every_office_the_lexicon_lists(office, stand_in):
    (m,) = extract_motions(lines_from_text(f"{office} yrkar bifall till förslaget."))
    assert m.movers == (stand_in,) and m.stance == Stance.BIFALL


@pytest.mark.parametrize("function, vice", [
    ("ordförande", False), ("Ordförande", False), ("vice ordförande", True),
    ("1:e vice ordförande", True), ("förste vice ordförande", True),
])
def test_the_cover_function_that_holds_the_office(function, vice):
    from meetbook.extract.motions import chair_of
    cover = [Attendance("Per Ek", "M", "ledamot", function="ledamot"),
             Attendance("Anna Berg", "S", "ledamot", function=function)]
    assert chair_of(cover, vice=vice) == Member("Anna Berg", "S")
    assert chair_of(cover, vice=not vice) is None


# ------------------------------------------------------------------ more ways to print a yrkande


@pytest.mark.parametrize("text, expected", [
    ("Bifall till förslaget yrkas av Anna Berg (S) och Per Ek (M).",
     [(["Anna Berg", "Per Ek"], Stance.BIFALL)]),
    ("Yrkande om återremiss framförs av Anna Berg (S).", [(["Anna Berg"], Stance.ATERREMISS)]),
    ("Ett avslagsyrkande framställs av Kim Ek (SD).", [(["Kim Ek"], Stance.AVSLAG)]),
    ("Yrkande från Anna Berg (S): Bifall till förslaget.", [(["Anna Berg"], Stance.BIFALL)]),
    ("Socialdemokraterna, genom Anna Berg (S), yrkar bifall.", [(["Anna Berg"], Stance.BIFALL)]),
    ("Anna Berg (S) yrkar bifall till motionen.\nPer Ek (M) yrkar detsamma.",
     [(["Anna Berg"], Stance.BIFALL), (["Per Ek"], Stance.BIFALL)]),
    ("**Yrkanden**\nAnna Berg (S) – bifall\nPer Ek (M) – avslag",
     [(["Anna Berg"], Stance.BIFALL), (["Per Ek"], Stance.AVSLAG)]),
    ("**Yrkanden**\n- Bifall till förslaget (Anna Berg, S)\n- Återremiss (Per Ek, M)",
     [(["Anna Berg"], Stance.BIFALL), (["Per Ek"], Stance.ATERREMISS)]),
])
def test_yrkanden_in_the_passive_labelled_or_one_a_line(text, expected):
    found = extract_motions(lines_from_text(text))
    assert [([x.name for x in m.movers], m.stance) for m in found] == expected
    assert all(x.party for m in found for x in m.movers)


@pytest.mark.parametrize("text", [
    "Ärendet har beretts av förvaltningen.",
    "Förslaget lämnas av kommunstyrelsen (KS) till fullmäktige.",
    "- Protokollet justeras (Anna Berg, S)",
])
def test_no_yrkande_in_a_passive_or_a_bracket_that_names_no_stance(text):
    assert extract_motions(lines_from_text(text)) == []


@pytest.mark.parametrize("text", [
    "Anna Berg (S) yrkar bifall till motionen med instämmande från Per Ek (M).",
    "Anna Berg (S) yrkar, med stöd från Per Ek (M), bifall till motionen.",
])
def test_members_joining_from_the_passive_with_from(text):
    (m,) = extract_motions(lines_from_text(text))
    assert m.movers == (Member("Anna Berg", "S"), Member("Per Ek", "M")) and m.stance == Stance.BIFALL


def _stances(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(f"{x.name} ({x.party})" for x in m.movers), m.stance.value)
            for m in extract_motions(lines_from_text(text))]


@pytest.mark.parametrize("text, want", [
    ("**Yrkanden**\nUnder överläggningen yrkar Lena Ek (V), med instämmande av Jonas Berg (MP), "
     "bifall till motionen.",
     [(("Lena Ek (V)", "Jonas Berg (MP)"), "bifall")]),
    ("**Yrkanden**\nAnna Berg (S) yrkar bifall till förslaget. Under sammanträdet yrkar Per Ek "
     "(M) avslag på förslaget.",
     [(("Anna Berg (S)",), "bifall"), (("Per Ek (M)",), "avslag")]),
    ("**Yrkanden**\nPer Ek (M) yrkar avslag. Därefter yrkade Eva Lund (C) att ärendet "
     "återremitteras.",
     [(("Per Ek (M)",), "avslag"), (("Eva Lund (C)",), "återremiss")]),
    ("**Yrkanden**\nAnna Berg (S) yrkar bifall. Vid sammanträdet instämmer Per Ek (M) i Bergs "
     "yrkande.",
     [(("Anna Berg (S)",), "bifall"), (("Per Ek (M)",), "bifall")]),
])
def test_the_verb_before_the_mover_after_an_adverbial(text, want):
    assert _stances(text) == want


@pytest.mark.parametrize("text", [
    # the motionär's yrkande in the case's account, no motion at the meeting
    "I motionen yrkar Lena Ek (V) att färdtjänstens avgifter ses över.",
    "Under överläggningen yrkar kommunstyrelsen bifall.",
])
def test_an_adverbial_the_readers_do_not_take_or_no_member_after_the_verb(text):
    assert _stances(text) == []


@pytest.mark.parametrize("text, want", [
    ("**Yrkanden**\nKommunalrådet Håkansson yrkar bifall till kommunstyrelsens förslag.\n"
     "Oppositionsrådet Wennberg (M) instämmer i Håkanssons yrkande.",
     [(("Håkansson (None)",), "bifall"), (("Wennberg (M)",), "bifall")]),
    ("Ledamoten Berg (C) yrkar avslag.", [(("Berg (C)",), "avslag")]),
    ("Oppositionsrådet Carl-Johan von Essen (M) yrkar avslag.",
     [(("Carl-Johan von Essen (M)",), "avslag")]),
])
def test_a_mover_named_by_role_and_surname(text, want):
    # the list of those present gives the full name and party (assemble.roster)
    assert _stances(text) == want


def test_movers_in_a_column_beside_their_yrkanden():
    text = ("**Yrkanden**\n"
            "Anna Håkansson (S) Bifall till kommunstyrelsens förslag.\n"
            "Per Wennberg (M) Bifall till Moderaternas, Centerpartiets och Kristdemokraternas\n"
            "gemensamma budgetförslag (bilaga 1).\n"
            "Lena Ek (V) Återremiss till kommunstyrelsen för att ta fram en budget utan\n"
            "besparingar inom grundskolan.\n"
            "Karin Sjö (C) och Hampus Bodin (C) instämmer i Wennbergs yrkande.")
    assert _stances(text) == [
        (("Anna Håkansson (S)",), "bifall"), (("Per Wennberg (M)",), "bifall"),
        (("Lena Ek (V)",), "återremiss"), (("Karin Sjö (C)", "Hampus Bodin (C)"), "bifall")]


@pytest.mark.parametrize("text", [
    "Anna Berg (S) Avgår som ledamot.",
    "Anna Berg (S) bifall till förslaget.",
    "Anna Berg (S) Kommunstyrelsens förslag.",
])
def test_a_name_before_other_words_than_a_capital_stance_moves_nothing(text):
    assert _stances(text) == []


@pytest.mark.parametrize("text, want", [
    ("**Yrkanden**\nMaria Lund (L) yrkar bifall till kommunstyrelsens förslag med ändringen att "
     "punkt 2 ska lyda: ”Planen ska medge högst fyra våningar mot kajen.” Hon yrkar vidare, som "
     "ett tilläggsyrkande, att kommunstyrelsen ska utreda en gång- och cykelbro.",
     [(("Maria Lund (L)",), "ändring"), (("Maria Lund (L)",), "tillägg")]),
    ("**Yrkanden**\nPer Ek (M) yrkar bifall till förslaget. Han yrkar även avslag på punkt 3.",
     [(("Per Ek (M)",), "bifall"), (("Per Ek (M)",), "avslag")]),
    ("**Yrkanden**\nPer Ek (M) och Eva Lund (C) yrkar avslag. De yrkar därutöver att "
     "förvaltningen också redovisar kostnaderna.",
     [(("Per Ek (M)", "Eva Lund (C)"), "avslag"), (("Per Ek (M)", "Eva Lund (C)"), "tillägg")]),
    # a pronoun that says something else is no yrkande
    ("**Yrkanden**\nPer Ek (M) yrkar avslag. Han anser att förslaget är för dyrt.",
     [(("Per Ek (M)",), "avslag")]),
])
def test_a_further_yrkande_told_with_a_pronoun(text, want):
    assert _stances(text) == want


@pytest.mark.parametrize("text, want", [
    ("**Yrkanden**\nBifall till motionen. Detta yrkar Jonas Berg (MP).\n\n"
     "Att motionen ska anses besvarad med vad som anförs i kommunstyrelsens yttrande. Detta "
     "yrkar Erik Sundin (S).",
     [(("Jonas Berg (MP)",), "bifall"), (("Erik Sundin (S)",), "annat")]),
    ("**Yrkanden**\nÅterremiss för en ny trafikutredning. Det yrkar även Per Ek (M) och Eva "
     "Lund (C).",
     [(("Per Ek (M)", "Eva Lund (C)"), "återremiss")]),
])
def test_the_movers_named_in_the_sentence_after_their_yrkande(text, want):
    assert _stances(text) == want


@pytest.mark.parametrize("text", [
    "Förvaltningen har utrett frågan. Detta yrkar Per Ek (M).",  # no yrkande before it
    "Bifall till motionen. Detta yrkar kommunstyrelsen.",
    "Bifall till motionen. Detta yrkar Per Ek (M) i sin motion.",
])
def test_a_sentence_naming_no_yrkande_or_no_members_after_it_moves_nothing(text):
    assert _stances(text) == []


@pytest.mark.parametrize("text, want", [
    ("**Yrkanden**\nAnna Håkansson (S), ordförande, yrkar bifall till arbetsutskottets förslag "
     "och Lena Ek (V) yrkar bifall till motionen.",
     [(("Anna Håkansson (S)",), "bifall"), (("Lena Ek (V)",), "bifall")]),
    ("**Yrkanden**\nPer Wennberg (M) yrkar bifall till förslaget, medan Karin Sjö (C) yrkar att "
     "ärendet återremitteras.",
     [(("Per Wennberg (M)",), "bifall"), (("Karin Sjö (C)",), "återremiss")]),
    ("**Yrkanden**\nUlf Sandberg (SD) och Linda Moberg (SD) yrkar avslag på förslaget, och Maria "
     "Lund (L) yrkar bifall till förslaget med ändringen att punkt 3 stryks.",
     [(("Ulf Sandberg (SD)", "Linda Moberg (SD)"), "avslag"), (("Maria Lund (L)",), "ändring")]),
    ("**Yrkanden**\nAnna Berg (S) yrkar bifall och Per Ek (M), 1:e vice ordförande, instämmer i "
     "Bergs yrkande.",
     [(("Anna Berg (S)",), "bifall"), (("Per Ek (M)",), "bifall")]),
    # a second member who is no mover: in the motion's words, in the genitive, after "att"
    ("**Yrkanden**\nAnna Berg (S) yrkar bifall till Per Eks (M) och Eva Lunds (C) förslag.",
     [(("Anna Berg (S)",), "bifall")]),
    ("**Yrkanden**\nAnna Berg (S) yrkar att förvaltningen och Per Ek (M) får redovisa frågan.",
     [(("Anna Berg (S)",), "annat")]),
])
def test_two_yrkanden_of_other_movers_in_one_sentence(text, want):
    assert _stances(text) == want


@pytest.mark.parametrize("text, want", [
    ("Under diskussionen har ledamoten Anna Kengo, understödd av ledamoten Tua Backman, "
     "föreslagit att ärendet återremitteras.", [(["Anna Kengo", "Tua Backman"], "återremiss")]),
    ("Under diskussionen har ledamoten Markus Lindén föreslagit att ärendet bordläggs. Förslaget "
     "understöddes inte och förföll.", [(["Markus Lindén"], "bordläggning")]),
    ("Markus Lindén föreslog att anslaget också får användas för skolpsykologen. Tua Backman och "
     "Jean Hellsten understödde Lindéns förslag.",
     [(["Markus Lindén", "Tua Backman", "Jean Hellsten"], "tillägg")]),
    # seconding another's förslag is no seconding of this one
    ("Per Ek föreslog att ärendet bordläggs. Eva Lund understödde stadsdirektörens förslag.",
     [(["Per Ek"], "bordläggning")]),
    ("I motionen har Per Ek föreslagit att avgiften slopas.", []),
])
def test_proposals_told_in_the_perfect_and_seconded_by_name(text, want):
    got = extract_motions(lines_from_text(f"Beslut: Godkändes. {text}"), BLOCK)
    assert [([x.name for x in m.movers], m.stance.value) for m in got] == want


def test_a_behandling_heading_over_prose_in_minutes_without_parties():
    text = ("**Behandling:**\nMarkus Lindén föreslog att anslaget också får användas för "
            "skolpsykologen. Tua Backman understödde Lindéns förslag.\n"
            "**Beslut:**\nGodkändes.")
    got = extract_motions(lines_from_text(text), Dialect(parties=False))
    assert [([x.name for x in m.movers], m.stance.value) for m in got] == [
        (["Markus Lindén", "Tua Backman"], "tillägg")]


@pytest.mark.parametrize("text, want", [
    ("Ulf Sandberg (SD) med instämmande av Linda Moberg (SD) och Tobias Hall (SD) yrkar avslag.",
     [(("Ulf Sandberg (SD)", "Linda Moberg (SD)", "Tobias Hall (SD)"), "avslag")]),
    ("Ulf Sandberg (SD), med stöd av Linda Moberg (SD) och Tobias Hall (SD), yrkar avslag.",
     [(("Ulf Sandberg (SD)", "Linda Moberg (SD)", "Tobias Hall (SD)"), "avslag")]),
])
def test_joiners_before_the_verb_are_no_second_yrkande(text, want):
    assert _stances(f"**Yrkanden**\n{text}") == want


@pytest.mark.parametrize("text, want", [
    ("Anna Berg (S) yrkar att kommunstyrelsen beslutar i enlighet med förvaltningens förslag.",
     "bifall"),
    ("Anna Berg (S) yrkar att nämnden beslutar enligt arbetsutskottets förslag.", "bifall"),
    ("Anna Berg (S) yrkar att nämnden beslutar enligt arbetsutskottets förslag med den ändringen "
     "att punkt 2 stryks.", "ändring"),
    ("Anna Berg (S) yrkar att nämnden beslutar att ge förvaltningen i uppdrag att utreda saken.",
     "annat"),
])
def test_a_yrkande_that_the_body_decide_as_a_proposal_says_is_a_bifall(text, want):
    assert [s for _, s in _stances(f"**Yrkanden**\n{text}")] == [want]


@pytest.mark.parametrize("text, want", [
    ("Bifall till kommunstyrelsens förslag: Anna Berg (S), Per Ek (M)\nAvslag: Ulf Sandberg (SD)",
     [(("Anna Berg (S)", "Per Ek (M)"), "bifall"), (("Ulf Sandberg (SD)",), "avslag")]),
    ("- Bifall till förslaget: Anna Berg (S) och Per Ek (M)\n- Återremiss: Eva Lund (V)",
     [(("Anna Berg (S)", "Per Ek (M)"), "bifall"), (("Eva Lund (V)",), "återremiss")]),
    ("Följande ledamöter yrkar bifall till motionen: Anna Berg (S), Per Ek (M) och Eva Lund (V).",
     [(("Anna Berg (S)", "Per Ek (M)", "Eva Lund (V)"), "bifall")]),
    ("Anna Berg (S) och Per Ek (M) yrkar bifall till förslaget, Eva Lund (V) yrkar avslag.",
     [(("Anna Berg (S)", "Per Ek (M)"), "bifall"), (("Eva Lund (V)",), "avslag")]),
    ("Anna Berg (S) yrkar bifall; Per Ek (M) yrkar avslag.",
     [(("Anna Berg (S)",), "bifall"), (("Per Ek (M)",), "avslag")]),
    # a stance label over other words than members, a genitive: no mover
    ("Bifall till förslaget: se ovan.", []),
    ("Avslag: Per Eks (M) förslag innebär kostnader.", []),
])
def test_movers_listed_under_a_stance_or_after_a_colon_and_yrkanden_parted_by_a_comma(text, want):
    assert _stances(f"**Yrkanden**\n{text}") == want


@pytest.mark.parametrize("text, want", [
    ("**Yrkanden**\nPer Ek (M) yrkar avslag. Även Eva Lund (KD) yrkar avslag.",
     [(("Per Ek (M)",), "avslag"), (("Eva Lund (KD)",), "avslag")]),
    ("**Yrkanden**\nPer Ek (M) yrkar avslag. Eva Lund (KD) ansluter sig till detta.",
     [(("Per Ek (M)",), "avslag"), (("Eva Lund (KD)",), "avslag")]),
])
def test_a_member_who_also_moves_or_joins_this(text, want):
    assert _stances(text) == want


def test_a_seconder_in_the_passive_of_the_movers_proposal():
    text = ("Beslut: Godkändes. Anna Kengo föreslog att ärendet bordläggs. Kengos förslag "
            "understöddes av Tua Backman. Per Ek föreslog avslag. Stadsdirektörens förslag "
            "understöddes av Eva Lund.")
    got = extract_motions(lines_from_text(text), BLOCK)
    assert [([x.name for x in m.movers], m.stance.value) for m in got] == [
        (["Anna Kengo", "Tua Backman"], "bordläggning"), (["Per Ek"], "avslag")]


@pytest.mark.parametrize("text, want", [
    ("Bifall till förslaget yrkar Anna Berg (S) och Per Ek (M).",
     [(("Anna Berg (S)", "Per Ek (M)"), "bifall")]),
    ("Avslag på motionen yrkar Ulf Sandberg (SD) och Linda Moberg (SD).",
     [(("Ulf Sandberg (SD)", "Linda Moberg (SD)"), "avslag")]),
    ("Anna Berg (S) yrkar återremiss. Detsamma yrkar Per Ek (M).",
     [(("Anna Berg (S)",), "återremiss"), (("Per Ek (M)",), "återremiss")]),
    # no members after the verb, or more than members: nothing
    ("Bifall till förslaget yrkar kommunstyrelsen.", []),
    ("Bifall till förslaget yrkar Anna Berg (S) med hänvisning till budgeten.", []),
])
def test_what_is_moved_before_the_verb_and_the_movers_after_it(text, want):
    assert _stances(f"**Yrkanden**\n{text}") == want


# --------------------------------------------------------------- the default: verb, persons, stance
# Generated wordings and layouts of one fact, a yrkande: a proposing verb in any tense or voice,
# the movers in any form the lexicon knows, the stance from what is proposed. Most are forms no
# template carries; the reader takes them by its general rule, not one wording each.

def _moved(text: str) -> list[tuple[tuple[tuple[str, str | None], ...], Stance]]:
    return [(tuple((x.name, x.party) for x in m.movers), m.stance)
            for m in extract_motions(lines_from_text(text))]


_EK, _LUND, _BERG = ("Per Ek", "M"), ("Eva Lund", "KD"), ("Anna Berg", "S")


@pytest.mark.parametrize("text, want", [
    # tenses and voices of the verb
    ("Anna Berg (S) har yrkat bifall till kommunstyrelsens förslag.", [((_BERG,), Stance.BIFALL)]),
    ("Anna Berg (S) hade yrkat avslag på motionen.", [((_BERG,), Stance.AVSLAG)]),
    ("Per Ek (M) yrkade avslag på motionen.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek (M) har föreslagit att ärendet återremitteras.", [((_EK,), Stance.ATERREMISS)]),
    ("Per Ek (M) föreslog att ärendet bordläggs.", [((_EK,), Stance.BORDLAGGNING)]),
    ("Per Ek (M) framställer yrkande om återremiss av ärendet.", [((_EK,), Stance.ATERREMISS)]),
    ("Per Ek (M) lägger ett yrkande om bordläggning.", [((_EK,), Stance.BORDLAGGNING)]),
    ("Per Ek (M) lade fram ett yrkande om avslag.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek (M) framförde ett yrkande om återremiss.", [((_EK,), Stance.ATERREMISS)]),
    ("Yrkande från Per Ek (M) om avslag.", [((_EK,), Stance.AVSLAG)]),
    ("Ett yrkande om avslag lämnades av Per Ek (M).", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek (M) biträder kommunstyrelsens förslag.", [((_EK,), Stance.BIFALL)]),
    ("Per Ek (M) ställer sig bakom arbetsutskottets förslag.", [((_EK,), Stance.BIFALL)]),
    ("Per Ek (M) tillstyrkte förslaget.", [((_EK,), Stance.BIFALL)]),
    # the verb later in the sentence, or before the mover after an adverbial
    ("Per Ek (M) anser att underlaget är bristfälligt och yrkar därför återremiss.",
     [((_EK,), Stance.ATERREMISS)]),
    ("Under sammanträdet framförde Per Ek (M) ett yrkande om avslag.", [((_EK,), Stance.AVSLAG)]),
    # joiners and seconders, Finland-Swedish forms
    ("Per Ek (M) yrkar med instämmande av Eva Lund (KD) och Anna Berg (S) avslag.",
     [((_EK, _LUND, _BERG), Stance.AVSLAG)]),
    ("Per Ek (SFP), understödd av Eva Lund (SDP), föreslog att ärendet återremitteras.",
     [((("Per Ek", "SFP"), ("Eva Lund", "SDP")), Stance.ATERREMISS)]),
    ("Per Ek (SFP) föreslog avslag. Förslaget understöddes av Eva Lund (SDP).",
     [((("Per Ek", "SFP"), ("Eva Lund", "SDP")), Stance.AVSLAG)]),
    # the party in any bracket, dash or comma form, or written out
    ("Per Ek, M, yrkar avslag.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek – M – yrkar avslag.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek, M: avslag på förslaget.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek, Moderaterna, yrkar avslag.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek (Moderaterna) yrkar avslag.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek [M] yrkar avslag.", [((_EK,), Stance.AVSLAG)]),
    ("Per Ek (m) yrkar avslag.", [((_EK,), Stance.AVSLAG)]),
    # roles, titles, line breaks, upper case
    ("Ledamoten Per Ek (M) föreslår att ärendet bordläggs.", [((_EK,), Stance.BORDLAGGNING)]),
    ("Kommunstyrelsens ordförande Anna Berg (S) yrkar bifall.", [((_BERG,), Stance.BIFALL)]),
    ("Anna\nBerg (S) yrkar bifall till förslaget.", [((_BERG,), Stance.BIFALL)]),
    ("ANNA BERG (S) YRKAR BIFALL TILL FÖRSLAGET.", [((("ANNA BERG", "S"),), Stance.BIFALL)]),
    ("Anna Berg (S) och Per Ek (M) yrkar gemensamt avslag.", [((_BERG, _EK), Stance.AVSLAG)]),
    ("Anna Berg (S) yrkar i första hand återremiss och i andra hand avslag.",
     [((_BERG,), Stance.ATERREMISS), ((_BERG,), Stance.AVSLAG)]),
    ("Anna Berg (S) yrkar bifall. Per Ek (M) ansluter sig till Anna Bergs yrkande.",
     [((_BERG,), Stance.BIFALL), ((_EK,), Stance.BIFALL)]),
    ("- Per Ek (M): avslag", [((_EK,), Stance.AVSLAG)]),
    # an att-clause after an adverb names no stance word: annat, or what it changes
    ("Per Ek (M) anser att frågan redan utreds och yrkar därför att motionen ska anses besvarad.",
     [((_EK,), Stance.ANNAT)]),
    ("Per Ek (M) anser att avgiften är för låg och yrkar därför att taxan höjs.",
     [((_EK,), Stance.ANDRING)]),
    # the seconder after the stance; a passive yrkande after another's in one paragraph
    ("Per Ek (M) yrkade bifall till motionen, understödd av Eva Lund (KD).",
     [((_EK, _LUND), Stance.BIFALL)]),
    ("Per Ek (M) yrkar bifall. Avslag på motionen yrkades av Anna Berg (S) och Eva Lund (KD).",
     [((_EK,), Stance.BIFALL), ((_BERG, _LUND), Stance.AVSLAG)]),
    # joiners in other words, a participle with its mover, a colon over an att-clause
    ("Anna Berg (S) yrkar bifall och får medhåll av Per Ek (M).", [((_BERG, _EK), Stance.BIFALL)]),
    ("Anna Berg (S), liksom Per Ek (M), yrkar bifall.", [((_BERG, _EK), Stance.BIFALL)]),
    ("Per Ek (M) yrkar bifall liksom i kommunstyrelsen.", [((_EK,), Stance.BIFALL)]),
    ("Återremiss – yrkat av Per Ek (M).", [((_EK,), Stance.ATERREMISS)]),
    ("Yrkande av Per Ek (M): att taxan sänks.", [((_EK,), Stance.ANDRING)]),
    ("Per Ek (M) yrkar avslag. Eva Lund (KD) ställer sig bakom hans yrkande.",
     [((_EK,), Stance.AVSLAG), ((_LUND,), Stance.AVSLAG)]),
    # a list mark before the mover
    ("**Yrkanden**\n1) Per Ek (M): avslag.\n2) Eva Lund (KD): bifall till förslaget.",
     [((_EK,), Stance.AVSLAG), ((_LUND,), Stance.BIFALL)]),
    ("**Yrkanden**\n(1) Per Ek (M) – avslag.\n(2) Eva Lund (KD) – bifall till förslaget.",
     [((_EK,), Stance.AVSLAG), ((_LUND,), Stance.BIFALL)]),
])
def test_a_yrkande_is_a_proposing_verb_with_persons_and_a_stance(text, want):
    assert _moved(text) == want


@pytest.mark.parametrize("text", [
    "Ekonomichef Lisa Berg föredrar ärendet.",
    "Per Ek (M) föredrar ärendet.",
    "Kommundirektör Per Ek informerar om läget.",
    "Per Ek (M) informerar om arbetet i styrgruppen.",
    "Närvarande: Per Ek (M), Eva Lund (KD), Anna Berg (S).",
    "Per Ek (M) föreslår i motionen att kommunen inför en fritidsbank.",
    "Per Ek (M) har i en motion föreslagit att kommunen inför en fritidsbank.",
    "I sin skrivelse yrkar Per Ek (M) att bygglovet upphävs.",
    "Ordföranden ställer proposition på Per Eks (M) yrkande och finner att det bifalls.",
    "Per Ek (M) och Eva Lund (KD) har varit frånvarande vid sammanträdet.",
    "Kommunstyrelsen föreslår kommunfullmäktige att bifalla motionen.",
    "Enligt Per Ek (M) bör hallen placeras vid skolan.",
    "Per Ek (M) ställer frågor om driftkostnaderna, som gatuchef Olle Berg besvarar.",
    "Per Ek (M) tackar för informationen.",
    "Per Ek (M): Jag vill tacka förvaltningen för ett gediget underlag.",
    "Förvaltningen (TF) föreslår avslag på ansökan.",
    "Kommunstyrelsen (KS) föreslår att motionen avslås.",
])
def test_the_default_stays_silent_on_what_moves_nothing(text):
    assert _moved(text) == []
