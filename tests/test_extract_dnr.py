import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract import dnr


@pytest.mark.parametrize("raw, want", [
    ("KS-2025/00667", "KS-2025/00667"),
    ("KS 2025/667", "KS-2025/00667"),
    ("Dnr KS 2025/00667", "KS-2025/00667"),
    ("ks-2025-00667", "KS-2025/00667"),
    ("KS 2024/00103-1.4.2", "KS-2024/00103"),
    ("SLK-2024-01113", "SLK-2024/01113"),
    ("KS 2025/756", "KS-2025/00756"),
    ("0408/23", "0408/23"),
    ("NKBY/497/12.03.01/2022", "NKBY/497/12.03.01/2022"),
    ("25264", "25264"),
    ("Ks 162/2026", "KS-2026/00162"),
    ("Bn 45/2026", "BN-2026/00045"),
    ("KS 667/2025", "KS-2025/00667"),
    ("00123/2021 2.6.", "00123/2021"),
    ("00398/20231.2.", "00398/2023"),
    ("9/2026", "9/2026"),
    ("KS/2026:140", "KS-2026/00140"),
    ("2026/88 KS", "KS-2026/00088"),
    ("Ks 2026.123", "KS-2026/00123"),
])
def test_normalise(raw, want):
    assert dnr.normalise(raw) == want


@pytest.mark.parametrize("line, want", [
    ("Diariennr: KS-2025/00756", "KS-2025/00756"),
    ("Diarienumr: KS-2026/00467", "KS-2026/00467"),
    ("Diarienum: KS-2025/00667", "KS-2025/00667"),
    ("Dnr: KS-2025/00756", "KS-2025/00756"),
    ("§ 213 Dnr KS 2024/00103-1.4.2", "KS-2024/00103"),
    ("§ 207 Ärendenummer SLK-2024-01113", "SLK-2024/01113"),
    ("§ 102 Dnr KS-2024-00620", "KS-2024/00620"),
    ("Upphandling: Arbetskläder vård och omsorg, diarienummer 25264", "25264"),
    ("Upphandling: Dnr 26157 Pistmaskin - Godkänna förfrågningsunderlag", "26157"),
    ("§ 17 Dnr 00123/2021 2.6.", "00123/2021"),
    ("§ 20 Dnr 00398/20231.2.", "00398/2023"),
    ("Ärendenummer: Ks 162/2026", "KS-2026/00162"),
    ("Ärendenr: TN 118/2026", "TN-2026/00118"),
    ("Diarienummer KSF-2025-00389", "KSF-2025/00389"),
    ("Diarienummer 00322/2026", "00322/2026"),
    ("Diarienr. BUN 2026/45, KS 2026/310", "BUN-2026/00045"),
    ("Vårt dnr BUN 2026/8", "BUN-2026/00008"),
    ("Dnr KS/2026:140, KS/2025:377", "KS-2026/00140"),
    ("Dnr: Ks 2026.123", "KS-2026/00123"),
    ("Dnr 2026/88 KS", "KS-2026/00088"),
    ("Diarienummer: SN.2026.45", "SN-2026/00045"),
    ("Dnr KS 2026:45", "KS-2026/00045"),
    ("Dnr KS-2026:45", "KS-2026/00045"),
    ("Dnr KS/2026/45", "KS-2026/00045"),
    ("Dnr: KS 123-2026", "KS-2026/00123"),
    # the year first without a prefix, kept as printed; Finland's "Dnro"; "D.nr"
    ("Dnr 2026/117", "2026/117"),
    ("Diarienummer 2025/384", "2025/384"),
    ("Dnro 123/2026", "123/2026"),
    ("D.nr KS 2026/45", "KS-2026/00045"),
])
def test_find_labelled(line, want):
    assert dnr.find_labelled(line)[0][0] == want


def test_raw_form_is_kept_beside_the_normalised():
    assert dnr.find_labelled("Dnr KS 2024/00103-1.4.2") == [("KS-2024/00103", "KS 2024/00103-1.4.2")]


@pytest.mark.parametrize("line, raw", [("§ 17    Dnr 00123/2021 2.6.", "00123/2021 2.6"),
                                       ("§ 20 Dnr 00398/20231.2.", "00398/20231.2")])
def test_the_classification_code_stays_in_the_raw_form_only(line, raw):
    assert dnr.find_labelled(line)[0][1] == raw


@pytest.mark.parametrize("text", [
    "budget 2027 samt plan 2028-2030", "Rättelse av kommunstyrelsens beslut 2026-04-14, § 76",
    "Accelerator Act, COM (2026/956)", "enligt SFS 2010:800"])
def test_no_false_diarienummer(text):
    assert dnr.find_all(text) == []


@pytest.mark.parametrize("text, want", [
    ("Dnr KS/2026:140, KS/2025:377", ["KS-2026/00140", "KS-2025/00377"]),
    # the capitalised word before a year/serial whose prefix follows it is no prefix
    ("MEDBORGARFÖRSLAG OM UTEGYM I NORRBY 2026/88 KS", ["KS-2026/00088"]),
    ("Diarienr. BUN 2026/45, KS 2026/310", ["BUN-2026/00045", "KS-2026/00310"]),
    # spans of years are no case numbers
    ("verksamhetsåret 2025/26 S-gruppen", []), ("läsåret 2026/2027 KS", []),
])
def test_case_numbers_in_other_systems_forms(text, want):
    assert [n for n, _ in dnr.find_all(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Ks 2026.123", ["KS-2026/00123"]), ("Bn 45/2026", ["BN-2026/00045"]),
    ("2026/88 KS", ["KS-2026/00088"]), ("Budget 2026", []), ("kl. 2026.12", []),
    ("Ks 2026.123 och mer text", []),
])
def test_a_line_that_is_nothing_but_a_case_number(text, want):
    assert [n for n, _ in dnr.find_alone(text)] == want


@pytest.mark.parametrize("text", ["Information från förvaltningen (ärende nr 6)", "Ärendenr 12"])
def test_the_agendas_number_is_no_case_number(text):
    assert dnr.find_labelled(text) == []


@pytest.mark.parametrize("a, b", [("KS 2025/667", "ks-2025-00667"),
                                  ("Bn 45/2026", "BN 2026/000045"), ("KS 667/2025", "KS-2025/00667"),
                                  ("Dnr KS-2025/00667", "KS-2025/00667")])
def test_same_case_however_written(a, b):
    assert dnr.same(a, b)


@given(st.text(max_size=300))
def test_dnr_never_crashes(text):
    for norm, raw in dnr.find_all(text) + dnr.find_labelled(text):
        assert norm and raw
    dnr.canonical_key(text)
