"""People and parties as printed: members, genitives, party groups, folding."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.people import (
    find_mentions,
    leading_members,
    parse_members,
    parse_party_group,
    restored,
    same_person,
    strip_genitive,
    upright,
)
from meetbook.model import Member
from meetbook.text import fold


@pytest.mark.parametrize("text, expected", [
    ("Hans Lindberg (S), Bore Sköld (V), Mattias Larsson (C), Veronica Kerr (KD) och Mariam "
     "Salem (MP) – Bifall till näringslivs- och arbetsutskottets förslag.",
     [("Hans Lindberg", "S"), ("Bore Sköld", "V"), ("Mattias Larsson", "C"),
      ("Veronica Kerr", "KD"), ("Mariam Salem", "MP")]),
    ("Anders Ågren (M) och Maria Lindvall (-)(L) – Att i första hand återremittera ärendet.",
     [("Anders Ågren", "M"), ("Maria Lindvall", "-")]),
    ("Åsa Bäckström (-)(V) – Bifall till att-satserna 1-4 och avslag till att-sats 5",
     [("Åsa Bäckström", "-")]),
    ("Patrik Höstmad (D), Emma Altenhammar (SD) och Elisabet Lann (KD) yrkar bifall",
     [("Patrik Höstmad", "D"), ("Emma Altenhammar", "SD"), ("Elisabet Lann", "KD")]),
    ("Anna Andersson (MED) och Per Persson (NS) yrkar avslag",
     [("Anna Andersson", "MED"), ("Per Persson", "NS")]),
    ("Tjänstgörande ersättaren Johannes Hulter (S) yrkar bifall", [("Johannes Hulter", "S")]),
    ("Ermin Škorić (S) och Ann-Louise Lundqvist (S) stödjer", [("Ermin Škorić", "S"),
                                                              ("Ann-Louise Lundqvist", "S")]),
    ("Magdalena Sundqvist (S), Johan Tolinsson (S), Patrik Jervne Henestam (V) och "
     "Maria Losman (MP) yrkar bifall till motionen.",
     [("Magdalena Sundqvist", "S"), ("Johan Tolinsson", "S"), ("Patrik Jervne Henestam", "V"),
      ("Maria Losman", "MP")]),
])
def test_parse_members(text, expected):
    assert [(m.name, m.party) for m in parse_members(text)] == expected


@pytest.mark.parametrize("text, movers, referenced", [
    ("Erik Johansson (SD) yrkar bifall till Elisabeth Unells (M) förslag.",
     [Member("Erik Johansson", "SD")], Member("Elisabeth Unell", "M")),
    ("Ermin Škorić (S) stödjer Magdalena Sundqvists (S) yrkande.",
     [Member("Ermin Škorić", "S")], Member("Magdalena Sundqvist", "S")),
    ("Avslag mot bifall till Anders Ågrens (M) återremissyrkande.", [],
     Member("Anders Ågren", "M")),
    ("Nej-röst innebär att bifalla Magdalena Sundqvists (S) m.fl. yrkande.", [],
     Member("Magdalena Sundqvist", "S")),
])
def test_a_genitive_is_a_reference_not_a_member(text, movers, referenced):
    assert parse_members(text) == movers
    assert referenced in parse_members(text, keep_possessive=True)


def test_a_name_ending_in_s_is_no_genitive_without_a_possessed_noun():
    assert parse_members("Stefan Vilumsons (SD) X") == [Member("Stefan Vilumsons", "SD")]
    assert parse_members("Emmyly Bönfors (C) antecknar som yttrande en skrivelse") == [
        Member("Emmyly Bönfors", "C")]


@pytest.mark.parametrize("text, expected", [
    ("Ermin Škorić (S) och Ann-Louise Lundqvist (S) stödjer Magdalena Sundqvists (S) yrkande.",
     ["Ermin Škorić", "Ann-Louise Lundqvist"]),
    ("Axel Josefson (M), Axel Darvik (L), Elisabet Lann (KD) och tjänstgörande ersättarna "
     "Nina Miskovsky (M) och Anneli Rhedin (M) reserverar sig mot beslutet.",
     ["Axel Josefson", "Axel Darvik", "Elisabet Lann", "Nina Miskovsky", "Anneli Rhedin"]),
    ("Ordföranden ställer Magdalena Sundqvists (S) m.fl. yrkande mot", []),
    ("Erik Johansson (SD) yrkar bifall till Anna Berg (M) och", ["Erik Johansson"]),
])
def test_leading_members_are_the_subjects(text, expected):
    assert [m.name for m in leading_members(text)] == expected


def test_ordforande_is_not_part_of_the_name():
    assert parse_members("Ordförande Lisa Andersson (M) finner att") == [
        Member("Lisa Andersson", "M")]


@pytest.mark.parametrize("text, expected", [
    ("Yrkande från M, D, L och KD", ["M", "D", "L", "KD"]),
    ("tilläggsyrkandet från KD, M, D och L i kommunstyrelsen", ["KD", "M", "D", "L"]),
    ("Ledamöterna från SD reserverar sig mot beslutet.", ["SD"]),
    ("M, D, L och KD reserverar sig mot beslutet", ["M", "D", "L", "KD"]),
    ("Representanterna från M, L och KD antecknar som yttrande", ["M", "L", "KD"]),
    ("Hans Lindberg (S) yrkar bifall", []),
    ("Kommunstyrelsen beslutar", []),
])
def test_parse_party_group(text, expected):
    assert parse_party_group(text) == expected


def test_same_person_is_the_lexicons():
    assert same_person("Anders Agren", "Anders Ågren")  # the cases are in test_lexicon.py


def test_fold_and_strip_genitive():
    assert fold("Åsa Bäckström") == "asa backstrom"
    assert strip_genitive("Elisabeth Unells") == "Elisabeth Unell"
    assert strip_genitive("Erik Johansson") == "Erik Johansson"


@given(st.text(max_size=300))
def test_people_never_crash(text):
    for m in find_mentions(text):
        assert m.member.name and 0 <= m.start < m.end <= len(text)
    parse_members(text, keep_possessive=True)
    leading_members(text)
    parse_party_group(text)
    same_person(text, text[::-1])


def test_subjects_joined_by_tillsammans_med():
    from meetbook.extract.people import leading_members
    assert [m.name for m in leading_members(
        "Anna Berg (S) tillsammans med Per Ek (M) yrkar bifall.")] == ["Anna Berg", "Per Ek"]


@pytest.mark.parametrize("text, want", [
    ("Under överläggningen yrkar Lena Ek (V), med instämmande av Jonas Berg (MP), bifall.",
     "Lena Ek (V) yrkar, med instämmande av Jonas Berg (MP), bifall."),
    ("På grund av jäv deltar inte Johan Frisk (L) i handläggningen.",
     "Johan Frisk (L) deltar inte i handläggningen, på grund av jäv."),
    ("Anna Berg (S) yrkar bifall. Därefter yrkar Per Ek (M) avslag.",
     "Anna Berg (S) yrkar bifall. Per Ek (M) yrkar avslag."),
    # no member right after the verb, or an adverbial that tells the case: as printed
    ("I motionen yrkar Lena Ek (V) att avgifterna ses över.",
     "I motionen yrkar Lena Ek (V) att avgifterna ses över."),
    ("Under överläggningen yrkar kommunstyrelsen bifall.",
     "Under överläggningen yrkar kommunstyrelsen bifall."),
    ("Därefter ställer ordföranden proposition på Per Eks (M) yrkande.",
     "Därefter ställer ordföranden proposition på Per Eks (M) yrkande."),
])
def test_upright_puts_the_members_first(text, want):
    assert upright(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kommunalrådet Håkansson yrkar bifall.", [Member("Håkansson", None)]),
    ("Oppositionsrådet Wennberg (M) instämmer.", [Member("Wennberg", "M")]),
    ("Ledamoten Berg (C) och Per Ek (M) yrkar avslag.", [Member("Berg", "C"), Member("Per Ek", "M")]),
    ("Oppositionsrådet Carl-Johan von Essen (M) yrkar.", [Member("Carl-Johan von Essen", "M")]),
    ("Ordföranden Anna Berg (S) yrkar.", [Member("Anna Berg", "S")]),
    # a genitive, a role alone, a title that is no member's role: no member
    ("Kommunalrådet Håkanssons yrkande bifalls.", []),
    ("Ordföranden yrkar bifall.", []),
    ("Kommundirektören Lindqvist informerar.", []),
])
def test_a_member_named_by_role_and_surname(text, want):
    assert leading_members(text) == want


def test_the_texts_the_readers_keep_are_restored_as_printed():
    restore: dict[str, str] = {}
    text = "Anna Berg (S) anmäler jäv. På grund av jäv deltar inte Per Ek (M) i beslutet."
    told = upright(text, restore=restore)
    assert told == "Anna Berg (S) anmäler jäv. Per Ek (M) deltar inte i beslutet, på grund av jäv."
    assert restored(told, restore) == text
