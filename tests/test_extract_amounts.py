import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.amounts import extract_amounts, parse_amount
from meetbook.model import Currency


@pytest.mark.parametrize("text, value, currency, year", [
    ("uppgår till 2 703 968 kr", 2703968, Currency.SEK, None),
    ("1 687 050 för 2026", 1687050, None, 2026),
    ("35 240 000 kronor", 35240000, Currency.SEK, None),
    ("6 000 tkr", 6000000, Currency.SEK, None),
    ("1,5 mnkr", 1500000, Currency.SEK, None),
    ("12 500 euro", 12500, Currency.EUR, None),
    ("ekonomisk insats -6 000", -6000, None, None),
    ("ett bidrag om 350 000:- för 2027", 350000, Currency.SEK, 2027),
    ("får uppgå till högst 12,5 miljoner kr", 12500000, Currency.SEK, None),
    ("en ram om 2,4 miljoner kronor för 2027", 2400000, Currency.SEK, 2027),
    ("för högst 850 000 kr inklusive moms", 850000, Currency.SEK, None),
    ("köps in för 30 000 euro exkl. moms", 30000, Currency.EUR, None),
    ("att avsätta ytterligare 1,5 mkr ur resultatfonden", 1500000, Currency.SEK, None),
    ("utöka investeringsramen med 3 Mkr för 2027", 3000000, Currency.SEK, 2027),
    ("att avsätta två miljoner kronor till sommarjobb", 2000000, Currency.SEK, None),
    ("med en halv miljon kronor", 500000, Currency.SEK, None),
    ("tre miljarder kronor för 2027", 3000000000, Currency.SEK, 2027),
])
def test_amounts(text, value, currency, year):
    (a,) = extract_amounts(text)
    assert (a.value, a.currency, a.year) == (value, currency, year)


def test_amounts_by_year_in_a_rattelse():
    text = ("Umeå kommuns ekonomiska insats uppgår till: 1 687 050 för 2026, 2 603 541 för 2027 "
            "och 2 703 968 för 2028 (uppräknig enligt PVK, se avtal).")
    assert [(a.value, a.year) for a in extract_amounts(text, clause=3)] == [
        (1687050, 2026), (2603541, 2027), (2703968, 2028)]


@pytest.mark.parametrize("text", ["perioden 2026-05-01 – 2028-12-31", "§ 76, 2026",
                                  "Ineras årsstämma den 10 juni 2026 klockan 10.00-11.00"])
def test_dates_and_years_are_no_money(text):
    assert extract_amounts(text) == []


@given(st.integers(min_value=0, max_value=10**12))
def test_amount_round_trip(n):
    printed = f"{n:,}".replace(",", " ") + " kr"
    assert parse_amount(printed) == (n, Currency.SEK)


@given(st.text())
def test_never_crashes(text):
    extract_amounts(text)


@pytest.mark.parametrize("text, want", [
    ("cirka 1,7 miljarder kronor i prisnivå år 2023", [(1_700_000_000, "SEK", None)]),
    ("3 600 tkr 2026", [(3_600_000, "SEK", 2026)]),
    ("6 000 tkr avsätts för 2025", [(6_000_000, "SEK", 2025)]),
    ("till år 2026 med 3 140 000 kronor.", [(3_140_000, "SEK", 2026)]),
    ("budgetramar 2025 med -61 miljoner kronor", [(-61_000_000, "SEK", 2025)]),
    ("upptas ett 6 miljoner euros lån", [(6_000_000, "EUR", None)]),
    ("ett bidrag om 7283,73 euro", [(7283, "EUR", None)]),
    ("uppgår till 1 000 kronor 2025-01-01", [(1000, "SEK", None)]),
])
def test_more_units_and_years(text, want):
    got = [(a.value, a.currency and a.currency.value, a.year) for a in extract_amounts(text)]
    assert got == want


@pytest.mark.parametrize("text, value, currency, year", [
    ("justerar resultatet för 2025 med –1 800 000 kronor", -1_800_000, "SEK", 2025),
    ("Kostnaden om högst 750 tkr för år 2025 finansieras", 750_000, "SEK", 2025),
    ("investeringsram för 2025 utökas med 85 mnkr", 85_000_000, "SEK", 2025),
    ("ett anslag på 1,5 milj. euro", 1_500_000, "EUR", None),
    ("Verksamhetsintäkter 4,53 m€", 4_530_000, "EUR", None),
])
def test_signs_units_and_years(text, value, currency, year):
    (a,) = extract_amounts(text)
    assert (a.value, a.currency and a.currency.value, a.year) == (value, currency, year)


@pytest.mark.parametrize("text, want", [
    ("den fasta grundavgiften är 400 € per period,", [(400, "EUR", "400 € per period")]),
    ("timavgiften är 96 euro,", [(96, "EUR", "96 euro")]),
    ("fastställs till 1 850 kronor per månad.", [(1850, "SEK", "1 850 kronor per månad")]),
    ("2 500 euro/år för skolskjuts", [(2500, "EUR", "2 500 euro/år")]),
    ("ett tilläggsanslag om 350 tkr hos kommunstyrelsen", [(350_000, "SEK", "350 tkr")]),
    ("ett underskott om 0,4 mnkr.", [(400_000, "SEK", "0,4 mnkr")]),
    ("högst 420 tkr per år.", [(420_000, "SEK", "420 tkr per år")]),
    ("beräknas till 2,5 miljoner kronor.", [(2_500_000, "SEK", "2,5 miljoner kronor")]),
    ("lån på sammanlagt 12 miljoner euro", [(12_000_000, "EUR", "12 miljoner euro")]),
])
def test_units_and_what_a_sum_is_per(text, want):
    got = [(a.value, a.currency and a.currency.value, a.text) for a in extract_amounts(text)]
    assert got == want


@pytest.mark.parametrize("text", [
    "Skattesatsen för 2027 fastställs till 22:14 kronor per skattekrona.",
    "Utdebiteringen fastställs till 22,14 kronor per skattekrona.",
    "Lövsjö Bostäder AB:s (org.nr 556412-3344) låneförpliktelser",
    "enligt 11 kap. 39 § plan- och bygglagen (2010:900)",
    "enligt 7 kap. 18 b § miljöbalken",
    "fastigheten Strandby 4:17 om 85 m²",
])
def test_rates_ids_and_references_are_no_money(text):
    assert extract_amounts(text) == []


@pytest.mark.parametrize("text, year", [
    ("fastställa kommunens medlemsbidrag för 2026 till 14 200 tkr,", 2026),
    ("Kommunstyrelsen fördelar 640 tkr i föreningsbidrag för 2026 enligt förteckning.", 2026),
    ("ett tilläggsanslag om 12,5 mnkr för 2026 för renovering", 2026),
    ("Investeringsbudgeten för 2027 fastställs till 86 miljoner kronor.", 2027),
    ("till en kostnad om högst 420 tkr per år från den 1 juli 2026", None),
])
def test_the_year_a_sum_is_for(text, year):
    (a,) = extract_amounts(text)
    assert a.year == year


def test_a_sum_without_a_unit_takes_the_decisions_currency():
    from meetbook.extract.amounts import clause_amounts
    from meetbook.model import Clause
    got = clause_amounts([Clause(1, "Kommunen får nyupplåna högst 40 miljoner, det vill säga öka "
                                    "skulderna till högst 310 miljoner kronor.")])
    assert [(a.value, a.currency) for a in got] == [(40_000_000, Currency.SEK),
                                                    (310_000_000, Currency.SEK)]


def test_a_range_of_years_is_no_one_year():
    (a,) = extract_amounts("Ett bidrag om 450 000 kronor per år 2025–2027 beviljas.")
    assert (a.value, a.text, a.year) == (450_000, "450 000 kronor per år", None)


@pytest.mark.parametrize("text", ["två miljoner invånare", "ingen miljon kronor",
                                  "en halv miljon besökare", "22:14 kronor per skattekrona"])
def test_no_sum_in_words_without_a_currency(text):
    assert extract_amounts(text) == []


@pytest.mark.parametrize("text, want", [
    ("Insats Ansvarig nämnd Belopp, kr Läxhjälp Barn- och utbildningsnämnden 420 000 "
     "Fältassistenter Socialnämnden 780 000 Summa 1 200 000",
     [(420_000, "SEK"), (780_000, "SEK"), (1_200_000, "SEK")]),
    ("Projekt Kostnad (tkr) Lekplats i Granparken 350 Gatubelysning 1 250",
     [(350_000, "SEK"), (1_250_000, "SEK")]),
    ("Åtgärd Belopp i euro Ny brygga 45 000", [(45_000, "EUR")]),
])
def test_sums_under_a_column_head_that_names_their_unit(text, want):
    assert [(a.value, a.currency) for a in extract_amounts(text)] == want


@pytest.mark.parametrize("text, want", [
    ("att anvisa samhällsbyggnadsnämnden 350 tkr för upprustning av lekplatsen,", 350_000),
    ("att bevilja Granhults IF ett bidrag med ett belopp om 1 250 000 SEK för en konstgräsplan,",
     1_250_000),
    ("att medge en kostnad om högst 85 000 kr/år för skötseln av planen,", 85_000),
    ("att höja bidraget till studieförbunden till 24 kronor per invånare, samt", 24),
    ("att driftkostnaden om 950 kkr per år ska rymmas inom ramen,", 950_000),
    ("Bolaget får ta upp nya lån om högst 45 MSEK.", 45_000_000),
    ("Styrelsen får teckna avtal om högst 500 KSEK.", 500_000),
    ("att bevilja föreningen 1.250.000 kr för 2027,", 1_250_000),
    ("ett bidrag om 12.000 euro", 12_000),
])
def test_sums_as_decisions_word_them(text, want):
    assert [a.value for a in extract_amounts(text)] == [want]


def test_a_percentage_is_no_sum():
    assert extract_amounts("att ramen för gatuunderhåll räknas upp med motsvarande 2 procent.") == []


@pytest.mark.parametrize("text", ["Stadsstyrelsen 15.03.2026 § 41", "enligt punkt 3.2 i planen",
                                  "beslut 1.5.2026"])
def test_points_between_digits_without_a_currency_are_no_sum(text):
    assert extract_amounts(text) == []


@pytest.mark.parametrize("text, want", [
    ("Ersättningen uppgår till kronor 120 000 per år.",
     [(120_000, "SEK", "kronor 120 000 per år")]),
    ("Timavgiften höjs från kronor 1 200 till kronor 1 350.",
     [(1_200, "SEK", "kronor 1 200"), (1_350, "SEK", "kronor 1 350")]),
    ("Arvodet är SEK 75 000 exklusive moms.", [(75_000, "SEK", "SEK 75 000")]),
    ("Fakturan om EUR 45 000 betalas i januari.", [(45_000, "EUR", "EUR 45 000")]),
    ("Bidraget höjs med 500 kronor 2027.", [(500, "SEK", "500 kronor 2027")]),
])
def test_the_currency_printed_before_the_sum(text, want):
    got = [(a.value, a.currency and a.currency.value, a.text) for a in extract_amounts(text)]
    assert got == want


@pytest.mark.parametrize("text", [
    "att förvaltningen får fortsatt uppdrag att ta fram 1 200 svar på vanliga frågor,",
    "Kostnaden beräknas för 1 250 inskrivna barn.",
    "Budgeten ska räcka till 1 200 nya förskoleplatser.",
    "Insatserna omfattar 140 deltagare.",
    "att utöka bemanningen med 3 årsarbetare,",
    "Kostnaden ökar med 12,5 procent.",
    "Bidraget fördelas på 1 450 medlemmar i 2 300 hushåll.",
    "Programmet tar fram 2 500 sidor underlag.",
    "Bestämmelserna OPF-KR 25 antas.",  # a document's designation
])
def test_counts_and_percentages_are_no_money(text):
    assert extract_amounts(text) == []


def test_a_year_before_a_sum_with_an_adverb_between():
    (a,) = extract_amounts("att fördela föreningsbidrag för 2027 med totalt 2,2 miljoner kronor")
    assert (a.value, a.year) == (2_200_000, 2027)


@pytest.mark.parametrize("text, want", [
    ("en hyresgaranti om högst 450 000 (fyrahundrafemtiotusen) kronor", [(450_000, "SEK")]),
    ("borgen för lån om 45 000 000 (fyrtiofem miljoner) kronor", [(45_000_000, "SEK")]),
    ("Nämnden fördelade TSEK 1 200 i föreningsbidrag.", [(1_200_000, "SEK")]),
    ("ett lån om MSEK 45", [(45_000_000, "SEK")]),
])
def test_sums_written_out_in_brackets_and_thousands_before_the_sum(text, want):
    assert [(a.value, a.currency and a.currency.value) for a in extract_amounts(text)] == want


def test_a_count_written_out_in_brackets_is_no_sum():
    assert extract_amounts("Föreningen har 12 (tolv) platser.") == []


# ------------------------------------------------------------------ generated forms
# An amount is a number with a currency unit in any of its spellings and places; never a
# percentage, a count, a date, a case number, a page or a § number. The negative cases first.

NOT_MONEY = [
    "att höja avgiften med 5 %",
    "att höja avgiften med 5 procent från 2027",
    "Räntan sänks med 0,5 procentenheter.",
    "Ärendet har Dnr KS 2026/123.",
    "Diarienummer 2026-000123",
    "Dnr SBN 2026/1 250",
    "enligt §§ 12–14 i protokollet",
    "se sidan 12 av 40",
    "Sida 3 (7)",
    "Beslutet gäller från 2026-03-01.",
    "Sammanträdet hölls den 1 mars 2026 kl. 18.00–20.30.",
    "Med 12 ja-röster mot 3 nej-röster beslutar nämnden",
    "Kommunen har 1 250 invånare i tätorten.",
    "Skattesatsen fastställs till 22:14 kronor per skattekrona.",
    "Bostadsbolaget (org.nr 556412-3344)",
    "fastigheten Strandby 4:17",
    "enligt 3 kap. 5 § kommunallagen (2017:725)",
    "Telefon 0920-123 456",
    "Box 12, 901 84 Umeå",
    "enligt punkt 2.3 i planen",
    "under åren 2026–2028",
    "en ökning med 2 000 besök per år",
    "en yta om 2 000 kvadratmeter",
    "6 av 11 ledamöter deltog",
    "verksamhetsåret 2026/27",
    "Bilaga 2, 3 och 4",
    "Avgiften är 0,5 prisbasbelopp.",
    "två miljoner invånare",
    "Stadsstyrelsen 15.03.2026 § 41",
    "Regionen har 2 miljoner invånare.",
    "Regionen har 2 milj. invånare.",
    "Ombyggnaden berör 1,5 miljoner kvadratmeter.",
    "Sammanträdet pågick kl. 13.00 – 15.30.",
    "ärendena 12 – 14 behandlades gemensamt",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_generated_forms_that_are_no_sum(text):
    assert extract_amounts(text) == []


MONEY = [
    ("att bevilja föreningen 50 000 kr,", [(50_000, "SEK")]),
    ("ett bidrag om 50 000 SEK", [(50_000, "SEK")]),
    ("ett bidrag om SEK 50 000", [(50_000, "SEK")]),
    ("ett anslag om 1,5 MSEK", [(1_500_000, "SEK")]),
    ("ramen utökas med 2,5 Mkr", [(2_500_000, "SEK")]),
    ("ramen utökas med 2,5 mnkr", [(2_500_000, "SEK")]),
    ("en kostnad om 750 tkr", [(750_000, "SEK")]),
    ("en kostnad om 750 kkr", [(750_000, "SEK")]),
    ("en kostnad om 750 tusen kronor", [(750_000, "SEK")]),
    ("en kostnad om 750 tusen kr", [(750_000, "SEK")]),
    ("en kostnad om 750 TSEK", [(750_000, "SEK")]),
    ("ett lån om högst 40 miljoner kronor", [(40_000_000, "SEK")]),
    ("ett lån om 1,2 miljarder kronor", [(1_200_000_000, "SEK")]),
    ("ett lån om 1,2 mdkr", [(1_200_000_000, "SEK")]),
    ("ett lån om 1,2 mdr kr", [(1_200_000_000, "SEK")]),
    ("ett lån om 1,2 md kr", [(1_200_000_000, "SEK")]),
    ("ett lån om en miljard kronor", [(1_000_000_000, "SEK")]),
    ("avgiften är 1 200 kr/år", [(1_200, "SEK")]),
    ("avgiften är 1 200 kr per år", [(1_200, "SEK")]),
    ("avgiften är 1 200:- per månad", [(1_200, "SEK")]),
    ("avgiften är 1 200 :- per månad", [(1_200, "SEK")]),
    ("bidraget är 400 € per period", [(400, "EUR")]),
    ("bidraget är € 400 per period", [(400, "EUR")]),
    ("bidraget är €400", [(400, "EUR")]),
    ("bidraget är 12 000 EUR", [(12_000, "EUR")]),
    ("bidraget är EUR 12 000", [(12_000, "EUR")]),
    ("ett lån om 1,5 miljoner euro", [(1_500_000, "EUR")]),
    ("ett lån om 1,5 milj. €", [(1_500_000, "EUR")]),
    ("ett lån om 1,5 M€", [(1_500_000, "EUR")]),
    ("ett lån om 1,5 MEUR", [(1_500_000, "EUR")]),
    ("ett anslag om 150 TEUR", [(150_000, "EUR")]),
    ("ett anslag om 150 t€", [(150_000, "EUR")]),
    ("ett anslag om 150 tusen euro", [(150_000, "EUR")]),
    ("ett lån om 1,5 miljoner SEK", [(1_500_000, "SEK")]),
    ("ett lån om SEK 1,5 miljoner", [(1_500_000, "SEK")]),
    ("ett lån om EUR 2 miljoner", [(2_000_000, "EUR")]),
    ("en kostnad om cirka 2,3 mnkr", [(2_300_000, "SEK")]),
    ("en kostnad om ca. 2,3 mnkr", [(2_300_000, "SEK")]),
    ("en kostnad om upp till 500 000 kronor", [(500_000, "SEK")]),
    ("en kostnad om högst 500 000 kronor", [(500_000, "SEK")]),
    ("en kostnad om drygt 1 miljon kronor", [(1_000_000, "SEK")]),
    ("en kostnad om 1\u202f500\u202f000 kronor", [(1_500_000, "SEK")]),  # narrow no-break spaces
    ("en kostnad om 1\u2009500\u2009000 kronor", [(1_500_000, "SEK")]),  # thin spaces
    ("en kostnad om 1\xa0500\xa0000 kronor", [(1_500_000, "SEK")]),  # no-break spaces
    ("KR 5 000 betalas ut", [(5_000, "SEK")]),
    ("ett bidrag (5 000 KRONOR) beviljas", [(5_000, "SEK")]),
    ("Bidrag: 5 000 kr.", [(5_000, "SEK")]),
    ("en avgift om 2 500 kronor/elev", [(2_500, "SEK")]),
    ("en hyra om 1 200 000 SEK/år", [(1_200_000, "SEK")]),
    ("ett underskott om -250 000 kr", [(-250_000, "SEK")]),
    ("ett underskott om −250 000 kr", [(-250_000, "SEK")]),
    ("en ram om 1.5 mnkr", [(1_500_000, "SEK")]),
    ("en kostnad om femtio tusen kronor", [(50_000, "SEK")]),
    ("ett lån om EUR 1,5 milj.", [(1_500_000, "EUR")]),
    ("ett bidrag om trehundra tusen kronor", [(300_000, "SEK")]),
    ("ett bidrag om tvåhundrafemtio tusen kronor", [(250_000, "SEK")]),
    ("ett lån om tvåhundra miljoner kronor", [(200_000_000, "SEK")]),
    ("en ram om högst 40 milj.", [(40_000_000, None)]),
]


@pytest.mark.parametrize("text, want", MONEY)
def test_generated_forms_of_a_sum(text, want):
    got = [(a.value, a.currency and a.currency.value) for a in extract_amounts(text)]
    assert got == want


@pytest.mark.parametrize("text, value, printed", [
    ("en kostnad om 2–3 mnkr", 3_000_000, "2–3 mnkr"),
    ("en kostnad om 2 - 3 miljoner kronor", 3_000_000, "2 - 3 miljoner kronor"),
    ("ett bidrag om 100 000–150 000 kronor", 150_000, "100 000–150 000 kronor"),
    ("ett bidrag om 100 000 – 150 000 kr per år", 150_000, "100 000 – 150 000 kr per år"),
    ("en kostnad om 0,5–1,5 mnkr", 1_500_000, "0,5–1,5 mnkr"),
])
def test_a_range_is_one_sum_at_its_upper_bound_with_the_range_in_its_text(text, value, printed):
    (a,) = extract_amounts(text)
    assert (a.value, a.currency, a.text) == (value, Currency.SEK, printed)


@pytest.mark.parametrize("text, want", [
    ("ett bidrag om 1 000 000 kr (en miljon kronor)", [(1_000_000, None)]),
    ("högst 2 mnkr (två miljoner kronor) ur resultatfonden", [(2_000_000, None)]),
    ("en ram om 3,5 (3,2) mnkr", [(3_500_000, None)]),
    ("2026: 1,2 mnkr, 2027: 1,5 mnkr", [(1_200_000, 2026), (1_500_000, 2027)]),
    ("Verksamhet Budget 2027 (tkr) Kultur 12 500 Fritid 8 300", [(12_500_000, None),
                                                                 (8_300_000, None)]),
])
def test_a_sum_once_however_its_budget_prints_it(text, want):
    assert [(a.value, a.year) for a in extract_amounts(text)] == want


def test_a_year_before_a_deficit_is_no_range():
    (a,) = extract_amounts("Resultatet för 2026 -6 000 tkr redovisas.")
    assert (a.value, a.text) == (-6_000_000, "-6 000 tkr")
