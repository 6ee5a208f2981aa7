"""The lexicon, entry by entry: what each must read, and what it must not."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.lexicon import bodies, dates, fuzzy, names, numbers, parties, phrases, points
from meetbook.lexicon._data import alternation, table, words
from meetbook.lexicon.sentences import first_sentence, sentence_start, sentences
from meetbook.model import Stance

# --------------------------------------------------------------- data


def test_the_data_is_in_the_package():
    assert "af" in words("particles") and "nämnd" in table("bodies")["stems"]
    assert not any(k.startswith("_") for k in table("phrases"))


def test_missing_data_is_an_error():
    with pytest.raises(FileNotFoundError):
        words("no-such-list")


def test_an_alternation_tries_the_longest_first():
    assert re.fullmatch(alternation(["KS", "KSAU"]), "KSAU")
    assert re.match(alternation(["KS", "KSAU"]), "KSAU").group(0) == "KSAU"


# --------------------------------------------------------------- names

@pytest.mark.parametrize("text, name", [
    ("föreslog Anna Kengo, understödd av", "Anna Kengo"),
    ("Ann-Louise Lundqvist (S)", "Ann-Louise Lundqvist"),
    ("Fredrik af Ekenstam (M)", "Fredrik af Ekenstam"),
    ("Anna van der Berg reserverade sig", "Anna van der Berg"),
    ("Ermin Škorić (S)", "Ermin Škorić"),
    ("Sean O'Brien (V)", "Sean O'Brien"),
    ("Stadsdirektör Martin Norrgård föreslog", "Martin Norrgård"),
    ("Ordföranden Anna Berg föreslog", "Anna Berg"),
    ("tjänstgörande ersättaren Johannes Hulter (S)", "Johannes Hulter"),
    ("Patrik Jervne Henestam (V)", "Patrik Jervne Henestam"),
    ("[X] Ingrid Sundin (S)", "Ingrid Sundin"),
    ("X Ingrid Sundin (S)", "Ingrid Sundin"),
])
def test_a_name_read_forward(text, name):
    assert re.search(names.NAME, text).group(0) == name


@pytest.mark.parametrize("text", [
    "Ordföranden konstaterar", "Kommunstyrelsen beslutar", "Under diskussionen föreslog",
    "ärendet bordläggs", "Stadsdirektör Norrgård", "KS-2025/00756", "Anna",
    "Diarienummer KSF-2025-00389", "Dnr KS 2025/12", "S M", "Bilaga Tidplan",
])
def test_no_name_read_forward(text):
    assert re.search(names.NAME, text) is None


@pytest.mark.parametrize("text, name", [
    ("Hans Lindberg (S)", "Hans Lindberg"),
    ("… och tjänstgörande ersättaren Nina Miskovsky (M)", "Nina Miskovsky"),
    ("Mot beslutet reserverar sig Lena Strömqvist (S)", "Lena Strömqvist"),
    ("Ordförande Lisa Andersson (M)", "Lisa Andersson"),
    ("Ulla von Essen (C)", "Ulla von Essen"),
    ("yrkar bifall till Elisabeth Unells (M)", "Elisabeth Unells"),
])
def test_a_name_read_back_from_its_party(text, name):
    found = names.name_before(text, text.index("("))
    assert found is not None and found[0] == name
    assert text[found[1]:].startswith(name)


@pytest.mark.parametrize("text", ["Kommunstyrelsen (S)", "ledamoten (S)", "von Essen (C)", "(S)"])
def test_no_name_before_a_party(text):
    assert names.name_before(text, text.index("(")) is None


@pytest.mark.parametrize("word, is_name", [
    ("Škorić", True), ("Ann-Louise", True), ("O'Brien", True),
    ("Ordföranden", False), ("Stadsdirektör", False), ("Kommunstyrelsen", False),
    ("bifall", False), ("2024", False), ("Mot", False),
])
def test_is_name_word(word, is_name):
    assert names.is_name_word(word) is is_name


@pytest.mark.parametrize("name, stripped", [
    ("Elisabeth Unells", "Elisabeth Unell"), ("Erik Johansson", "Erik Johansson"),
    ("Anna Berg", "Anna Berg"),
])
def test_strip_genitive(name, stripped):
    assert names.strip_genitive(name) == stripped


@pytest.mark.parametrize("name, bare", [
    ("Ordförande Lisa Andersson", "Lisa Andersson"), ("vice ordförande Per Ek", "Per Ek"),
    ("Lisa Andersson", "Lisa Andersson"), ("Ledamot Berg", "Ledamot Berg"),
])
def test_without_roles(name, bare):
    assert names.without_roles(name) == bare


def test_names_in_a_run():
    assert re.findall(names.NAME, "Anna Kengo, Tua Backman och Jean Hellsten reserverade sig") == [
        "Anna Kengo", "Tua Backman", "Jean Hellsten"]


# --------------------------------------------------------------- parties

@pytest.mark.parametrize("text, party", [
    ("Anna Berg (S)", "S"), ("Maria Lindvall (-)(L)", "-"), ("Per Ek ( KD )", "KD"),
    ("Ola Nord (–)", "-"), ("Eva Ek (MP)", "MP"),
])
def test_a_party_mark(text, party):
    assert parties.party_of(parties.MARK.search(text)) == party


@pytest.mark.parametrize("text", ["(FvL 28 § 1 mom.)", "(2024)", "(bilaga 2)", "(s. 4)"])
def test_no_party_mark(text):
    assert parties.MARK.search(text) is None


@pytest.mark.parametrize("text, codes", [
    ("Yrkande från M, D, L och KD", ["M", "D", "L", "KD"]),
    ("Ledamöterna från SD reserverar sig", ["SD"]),
    ("V, S och MP yrkar bifall", ["V", "S", "MP"]),
    ("Ledamöterna i V och MP reserverar sig", ["V", "MP"]),
    ("Samtliga ledamöter för KD reserverar sig", ["KD"]),
    ("Ledamöterna i Vänsterpartiet och Miljöpartiet reserverar sig", ["V", "MP"]),
    ("S-gruppen yrkar bifall", ["S"]),
    ("SD-gruppen och V-gruppen reserverar sig", ["SD", "V"]),
    ("Vänsterpartiet genom Tove Sandin yrkar bifall", ["V"]),
])
def test_a_party_group(text, codes):
    assert parties.party_group(text) == codes


@pytest.mark.parametrize("text", [
    "Hans Lindberg (S) yrkar bifall", "Kommunstyrelsen beslutar", "enligt bilaga S 2 och M 4",
])
def test_no_party_group(text):
    assert parties.party_group(text) == []


@pytest.mark.parametrize("text, codes", [
    ("S-gruppen, V-gruppen och MP-gruppen reserverar sig", ["S", "V", "MP"]),
    ("Styrelsegruppen", []),
])
def test_group_nouns(text, codes):
    assert parties.group_nouns(text) == codes


@pytest.mark.parametrize("text, codes", [
    ("Sverigedemokraterna reserverar sig mot beslutet", ["SD"]),
    ("Miljöpartiet de gröna antecknar följande", ["MP"]),
    ("Moderaterna och Sverigedemokraterna reserverar sig mot beslutet.", ["M", "SD"]),
    ("Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet", ["M", "SD"]),
    ("Centerpartiets ledamöter reserverar sig mot beslutet.", ["C"]),
    ("Sverigedemokraternas fullmäktigegrupp lämnar en protokollsanteckning, bilaga 1.", ["SD"]),
    ("Vänsterpartiet, Miljöpartiet och Socialdemokraterna reserverar sig", ["V", "MP", "S"]),
    ("Ledamöterna i Vänsterpartiet och Miljöpartiet reserverar sig mot beslutet.", ["V", "MP"]),
    ("Ledamöterna från Moderaterna reserverar sig", ["M"]),
    ("Ledamöterna i nämnden reserverar sig", []),
    ("Moderaterna anser att", []),
    ("Kommunstyrelsen reserverar", []),
    ("Moderaterna och Anna reserverar sig", []),
])
def test_parties_written_out(text, codes):
    assert parties.written_out(text) == codes


# --------------------------------------------------------------- numbers

@pytest.mark.parametrize("text, n", [
    ("11", 11), ("sju", 7), ("Två", 2), ("ingen", 0), ("en", 1), ("ett", 1), ("tolv", 12),
    ("tjugofem", 25), ("trettio", 30), ("Fyrtiotre", 43), ("sjuttioen", 71), ("åttiosju", 87),
    ("hundraen", 101), ("etthundratretton", 113),
])
def test_a_count(text, n):
    assert numbers.number(text) == n and re.fullmatch(numbers.COUNT, text)


@pytest.mark.parametrize("text", ["många", "1000", "", "elvahundra", "tjugoelva", "sextiotal"])
def test_no_count(text):
    assert numbers.number(text) is None or not re.fullmatch(numbers.COUNT, text)
    assert not re.fullmatch(numbers.COUNT, text)


# --------------------------------------------------------------- bodies

@pytest.mark.parametrize("word", [
    "Kommunstyrelsen", "kommunstyrelsens", "nämnden", "Välfärdsnämndens", "arbetsutskottet",
    "Stadsfullmäktige", "fullmäktiges", "Pensionärsrådet", "presidiet", "direktionen",
    "beredningen", "klimatnämnden", "Socialnämnderna",
])
def test_a_body_word(word):
    assert bodies.is_body_word(word)


@pytest.mark.parametrize("word", [
    "området", "kommunalrådet", "rådhuset", "rådgivning", "styrelseledamot", "nämndemän",
    "Anna", "utskottsordförande", "Samrådet",
])
def test_no_body_word(word):
    assert not bodies.is_body_word(word)


@pytest.mark.parametrize("text, body", [
    ("Tekniska nämnden beslutar", "Tekniska nämnden"),
    ("Näringslivs- och arbetsutskottet föreslår", "Näringslivs- och arbetsutskottet"),
    ("Kommunstyrelsens arbetsutskott beslutar", "Kommunstyrelsens arbetsutskott"),
])
def test_a_body_name(text, body):
    assert re.match(rf"(?P<body>{bodies.NAME})\s+(?:beslutar|föreslår)", text).group("body") == body


@pytest.mark.parametrize("word, genitive", [
    ("kommunstyrelsens", True), ("fullmäktiges", True), ("Socialnämndens", True),
    ("beredningens", True), ("utskottets", True), ("nämnds", True), ("presidiets", True),
    ("kommunstyrelsen", False), ("nämnden", False), ("samrådets", False),
    ("kommunalrådets", False),
])
def test_a_body_word_in_the_genitive(word, genitive):
    assert bool(re.fullmatch(bodies.GENITIVE_WORD, word)) is genitive


def test_nominative():
    assert bodies.nominative("Kommunstyrelsens") == "Kommunstyrelsen"
    assert bodies.nominative("Kommunfullmäktige") == "Kommunfullmäktige"


# --------------------------------------------------------------- dates

@pytest.mark.parametrize("text, date", [
    ("Sammanträdesdatum 2026-05-19", "2026-05-19"),
    ("Stadsstyrelsen 15.9.2022, 186 §", "2022-09-15"),
    ("26.09.2022", "2022-09-26"),
    ("den 8 maj 2024", "2024-05-08"),
    ("tisdagen den 22 april 2025 kl. 13.00", "2025-04-22"),
    ("den 8 jan. 2024", "2024-01-08"),
    ("29.2.2024", "2024-02-29"),
])
def test_a_date(text, date):
    assert dates.find_date(text) == date


@pytest.mark.parametrize("text", [
    "2024-02-31", "29.2.2023", "2024-13-01", "KS-2025/00756", "15.9.22", "31 juni 2024",
    "§ 12, 2026", "kl. 15.58",
])
def test_no_date(text):
    assert dates.find_date(text) is None


def test_dates_in_order():
    assert dates.find_dates("den 8 maj 2024 och 2024-04-14") == [
        (4, "2024-05-08"), (19, "2024-04-14")]


@pytest.mark.parametrize("text", ["2026-05-19", "15.9.2022"])
def test_a_numeric_date(text):
    assert re.fullmatch(dates.NUMERIC, text)


# --------------------------------------------------------------- phrases

@pytest.mark.parametrize("concept, text", [
    ("move", "Anna Berg (S) yrkar bifall"),
    ("move", "yrkade avslag"),
    ("propose", "föreslog Anna Kengo"),
    ("second", "understödd av Tua Backman"),
    ("join", "instämmer i Lena Strömqvists yrkande"),
    ("join", "anslöt sig till reservationen"),
    ("reserve", "reserverar sig mot beslutet"),
    ("reserve", "Per Ek reserverade  sig"),
    ("reserve", "lämnade avvikande mening"),
    ("jav", "anmäler jäv"),
    ("jav", "ansåg sig vara jävig"),
    ("abstain_part", "deltar inte i beslutet"),
    ("abstain_part", "deltog ej"),
    ("note", "antecknades att"),
    ("vote", "röstar Ja (7)"),
    ("abstain_vote", "avstår från att rösta"),
    ("amend", "att bidraget höjs till 20 000 euro"),
    ("amend", "att investeringsanslaget i punkt 2 stryks"),
    ("amend", "att köpeskillingen fastställs till 2 400 euro"),
    ("lodge", "Reservation anmäldes av Per Ek"),
    ("lodge", "reservation mot beslutet lämnas av"),
])
def test_a_phrase(concept, text):
    assert re.search(phrases.phrase(concept), text, re.IGNORECASE)


@pytest.mark.parametrize("concept, text", [
    ("move", "Yrkanden"),
    ("propose", "förslag till beslut"),
    ("second", "understödja"),
    ("join", "stämmer in"),
    ("reserve", "Reservationer"),
    ("jav", "jävsituation"),
    ("abstain_part", "deltar i beslutet"),
    ("note", "anteckning"),
    ("vote", "röster"),
    ("abstain_vote", "avstår från att delta"),
    ("amend", "att Johan Sandström väljs till rektor"),
    ("amend", "budgeten fastställs"),
    ("lodge", "anmäler reservation"),
])
def test_no_phrase(concept, text):
    assert not re.search(phrases.phrase(concept), text, re.IGNORECASE)


def test_forms_by_tense():
    assert phrases.forms("reserve", "present")[0] == "reserverar sig"
    assert "reserverade sig" in phrases.forms("reserve", "past")
    assert "reserverade sig" not in phrases.forms("reserve", "present")


@pytest.mark.parametrize("text, stance", [
    ("bifall till förslaget", Stance.BIFALL),
    ("att bifalla motionen", Stance.BIFALL),
    ("kommunstyrelsen tillstyrker", Stance.BIFALL),
    ("avslag på motionen", Stance.AVSLAG),
    ("att avslå", Stance.AVSLAG),
    ("att motionen förkastas", Stance.AVSLAG),
    ("att förkasta detaljplanen", Stance.AVSLAG),
    ("att ärendet återremitteras", Stance.ATERREMISS),
    ("att ärendet ska bordläggas", Stance.BORDLAGGNING),
    ("ett tilläggsyrkande", Stance.TILLAGG),
    ("tillägg om att", Stance.TILLAGG),
    ("att ändra att-sats 2", Stance.ANDRING),
])
def test_a_stance(text, stance):
    assert phrases.stance_of(text) == stance


@pytest.mark.parametrize("text", [
    "att godkänna avtalet", "en tilläggsbudget för 2026", "ett hållbart förslag", "",
])
def test_no_stance(text):
    assert phrases.stance_of(text) is None


# --------------------------------------------------------------- points

@pytest.mark.parametrize("text, numbers_", [
    ("att-satserna 1-4", (1, 2, 3, 4)),
    ("Bifall att-sats 2, avslag till att-satserna 1 och 3", (2, 1, 3)),
    ("punkterna 2, 3 och 5", (2, 3, 5)),
    ("beslutspunkt 2", (2,)),
    ("att-satserna 3, 4 och 5 från KS beslut §76, 2026", (3, 4, 5)),
    ("attsatserna 1–2 samt 4", (1, 2, 4)),
    ("punkterna 1-95", (1,)),
])
def test_point_numbers(text, numbers_):
    assert points.point_numbers(text) == numbers_


@pytest.mark.parametrize("text", [
    "bifall till förslaget", "punkt 2026", "§ 76, 2026", "att-sats",
])
def test_no_point_numbers(text):
    assert points.point_numbers(text) == ()


# --------------------------------------------------------------- sentences

@pytest.mark.parametrize("text, expected", [
    ('A sade: "Ett. Två." Sedan B. Och C.', ['A sade: "Ett. Två."', "Sedan B.", "Och C."]),
    ("Sundqvists (S) m.fl. yrkande. Bifall.", ["Sundqvists (S) m.fl. yrkande.", "Bifall."]),
    ("Ett. två. Tre!", ["Ett. två.", "Tre!"]),
    ("Beslut 2024. Ärendet", ["Beslut 2024.", "Ärendet"]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_the_caller_names_the_stops():
    text = "På förslag av Per Ek (M): ärendet bordläggs. ok"
    assert sentences(text, stops=".:", capital=False) == [
        "På förslag av Per Ek (M):", "ärendet bordläggs.", "ok"]
    assert sentences("Jäv (FvL 28 §) Anna anmälde.", stops=".)") == [
        "Jäv (FvL 28 §)", "Anna anmälde."]


@pytest.mark.parametrize("text, expected", [
    ("Arbetet sker t.ex. Umeå och bl.a. Region Västerbotten. Nästa steg.",
     ["Arbetet sker t.ex. Umeå och bl.a. Region Västerbotten.", "Nästa steg."]),
    ("Se bilaga 3. Kommunen svarar.", ["Se bilaga 3. Kommunen svarar."]),
    ("i staden. Stadens pastorat", ["i staden.", "Stadens pastorat"]),
])
def test_long_prose_ends_a_sentence_only_after_a_word(text, expected):
    assert sentences(text, quotes=False, word=3) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anna Berg (S) reserverar sig. Hon anser …", "Anna Berg (S) reserverar sig."),
    ("Per Ek (M) m.fl. anmäler jäv", "Per Ek (M) m.fl. anmäler jäv"),
    ("", ""),
])
def test_first_sentence(text, expected):
    assert first_sentence(text) == expected


def test_sentence_start():
    text = "Anna Berg (S) röstar Ja (1). Per Ek (M) röstar Nej (1)."
    assert sentence_start(text, text.index("röstar Nej")) == text.index("Per Ek")
    assert sentence_start(text, 5) == 0


@given(st.text(max_size=300))
def test_sentences_never_lose_words(text):
    assert "".join("".join(sentences(text)).split()) == "".join(text.split())


# --------------------------------------------------------------- fuzzy

@pytest.mark.parametrize("a, b, same", [
    ("Anders Agren", "Anders Ågren", True),
    ("ERMIN SKORIC", "Ermin Škorić", True),
    ("Elisabeth Unel", "Elisabeth Unell", True),
    ("Lena Andersson", "Lisa Andersson", False),
    ("Erik Johansson", "Erik Jonsson", False),
    ("Hans Lindberg", "Bore Sköld", False),
])
def test_same_person(a, b, same):
    assert fuzzy.same_person(a, b) is same


@pytest.mark.parametrize("a, b, same", [
    ("Stadsfullmäktge", "Stadsfullmäktige", True),
    ("Stadsstyrelsen", "STADSSTYRELSEN", True),
    ("Stadsstyrelsen", "Stadsfullmäktige", False),
    (None, "Stadsstyrelsen", False),
])
def test_same_body(a, b, same):
    assert fuzzy.same_body(a, b) is same


@given(st.text(max_size=300))
def test_the_lexicon_never_crashes(text):
    for m in re.finditer(names.NAME, text):
        assert m.group(0).strip()
    names.name_before(text, len(text))
    parties.party_group(text), dates.find_dates(text), points.point_numbers(text)
    phrases.stance_of(text), bodies.is_body_word(text), numbers.number(text)


# --------------------------------------------------------------- bullets

@pytest.mark.parametrize("text, bullet", [
    ("– att godkänna", True), ("— att godkänna", True), ("- att godkänna", True),
    ("• Per Ek (M)", True), ("· Per Ek (M)", True), ("▪ Per Ek (M)", True),
    ("* Anna Berg (S)", True), ("− att avslå", True),
    ("1. att godkänna", False), ("att godkänna", False), ("-5 grader", False),
])
def test_a_list_items_bullet(text, bullet):
    assert bool(re.match(rf"{points.BULLET}\s+\S", text)) is bullet


@pytest.mark.parametrize("text, paragraph", [
    ("Bilaga 1 till protokoll 2026-01-20, § 2", 2), ("Paragraf 12", 12),
    ("Kommunfullmäktige 2026-12-16, §§ 100–104", None), ("§§ 12-17", None),
])
def test_a_paragraph_reference_names_one_paragraph_not_a_range(text, paragraph):
    from meetbook.lexicon import votes as lex
    assert lex.paragraph_ref(text) == paragraph
