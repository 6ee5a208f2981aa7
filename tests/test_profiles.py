"""Municipality profiles and names as package data (meetbook.profiles, meetbook.data)."""
from __future__ import annotations

import json
import shutil
from importlib.resources import files

import pytest

import meetbook.data
from meetbook import profiles
from meetbook.errors import DataError, MeetbookError
from meetbook.model import Currency
from meetbook.profiles import Numbering, Variant


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A copy of the package data that a test may break; the caches read it afresh."""
    copy = tmp_path / "data"
    shutil.copytree(str(files("meetbook.data")), copy)
    monkeypatch.setattr(meetbook.data, "files", lambda _name: copy)
    profiles.all_profiles.cache_clear()
    profiles.municipality_names.cache_clear()
    yield copy
    profiles.all_profiles.cache_clear()
    profiles.municipality_names.cache_clear()


def write_profile(data_dir, name: str, data) -> None:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (data_dir / "profiles" / name).write_text(text, encoding="utf-8")


def test_every_profile_reads_and_names_its_file():
    found = profiles.all_profiles()
    assert {p.municipality for p in found} == {
        "Göteborgs Stad", "Kungsbacka kommun", "Nykarleby stad", "Umeå kommun", "Västerås stad"}
    assert all(p.source.startswith("profiles/") and p.source.endswith(".json") for p in found)


@pytest.mark.parametrize("municipality, currency, parties, variant", [
    ("Nykarleby stad", Currency.EUR, False, Variant.FINLAND),
    ("Kungsbacka kommun", Currency.SEK, True, Variant.SWEDEN),
    ("Umeå kommun", Currency.SEK, True, Variant.SWEDEN),
])
def test_profile_fields(municipality, currency, parties, variant):
    p = profiles.of(municipality)
    assert p is not None
    assert (p.currency, p.parties, p.variant) == (currency, parties, variant)


def test_bodies_their_abbreviations_and_bare_dnr_prefixes():
    umea, kungsbacka = profiles.of("Umeå kommun"), profiles.of("Kungsbacka kommun")
    assert umea and kungsbacka
    assert umea.body_of("ksnau") == "Kommunstyrelsens näringslivs- och arbetsutskott"
    assert umea.body_of("KF") == "Kommunfullmäktige" and umea.body_of("XYZ") is None
    assert kungsbacka.bare_dnr_prefix["Kommunstyrelsen"] == "KS"
    assert Numbering.RUNNING in kungsbacka.numbering
    nykarleby = profiles.of("Nykarleby stad")
    assert nykarleby and "Stadsfullmäktige" in nykarleby.bodies


@pytest.mark.parametrize("text, municipality", [
    ("Protokoll NKBY/123/2022 … www.nykarleby.fi", "Nykarleby stad"),
    ("Kungsbacka kommun, Kommunstyrelsen", "Kungsbacka kommun"),
    # the municipality named most often is the document's own, not a neighbour it mentions
    ("Avtal med Göteborgs Stad. Kungsbacka kommun 2 (8). Kungsbacka kommun 3 (8)",
     "Kungsbacka kommun"),
    ("Ett protokoll utan kommun", None),
])
def test_recognise(text, municipality):
    found = profiles.recognise(text)
    assert (found.municipality if found else None) == municipality


def test_unknown_municipality_has_no_profile():
    assert profiles.of("Ingenstans kommun") is None and profiles.of(None) is None


def test_municipality_names_sweden_and_finland():
    names = profiles.municipality_names()
    assert len(names) == len(set(names)) == 290 + 47
    for name in ("Umeå", "Västerås", "Göteborg", "Kungsbacka", "Upplands Väsby", "Malung-Sälen",
                 "Nykarleby", "Mariehamn", "Kimitoön"):
        assert name in names


def test_unknown_keys_are_kept_for_their_readers(data_dir):
    write_profile(data_dir, "x.json", {"municipality": "X kommun", "agenda": {"future": 1},
                                       "future": True})
    p = profiles.of("X kommun")
    assert p is not None and p.raw["future"] is True and p.raw["agenda"]["future"] == 1


@pytest.mark.parametrize("data, message", [
    ("{not json", "x.json: not valid JSON"),
    ([], "x.json: a profile is a JSON object"),
    ({"currency": "SEK"}, "'municipality' must be a non-empty string"),
    ({"municipality": "X", "currency": "KR"}, "'currency' must be one of SEK, EUR (not 'KR')"),
    ({"municipality": "X", "recognise": "x"}, "'recognise' must be a list"),
    ({"municipality": "X", "recognise": ["(x"]}, "'recognise' pattern '(x'"),
    ({"municipality": "X", "dialect": {"parties": "ja"}}, "'dialect.parties' must be true"),
    ({"municipality": "X", "dialect": {"variant": "sv"}}, "'dialect.variant' must be one of"),
    ({"municipality": "X", "agenda": {"numbering": ["§§"]}}, "'agenda.numbering' must be one"),
    ({"municipality": "X", "agenda": []}, "'agenda' must be an object"),
    ({"municipality": "X", "dnr": {"bare_prefix": {"KS": 1}}}, "'dnr.bare_prefix' must map"),
    ({"municipality": "X", "bodies": [{"abbreviations": ["KS"]}]}, "with a 'name'"),
    ({"municipality": "X", "bodies": [{"name": "A", "abbreviations": ["KS"]},
                                      {"name": "B", "abbreviations": ["ks"]}]},
     "abbreviation 'ks' is given to two bodies"),
    ({"municipality": "Umeå kommun"}, "'Umeå kommun' has a profile already"),
])
def test_invalid_profile_is_a_one_line_error(data_dir, data, message):
    write_profile(data_dir, "x.json", data)
    with pytest.raises(DataError) as e:
        profiles.of("X")
    assert message in str(e.value) and "\n" not in str(e.value)
    assert isinstance(e.value, MeetbookError)


def test_missing_profiles_are_an_error_not_an_empty_profile(data_dir):
    shutil.rmtree(data_dir / "profiles")
    with pytest.raises(DataError, match="profiles/: missing"):
        profiles.recognise("Umeå kommun")


def test_missing_municipality_names_are_an_error(data_dir):
    (data_dir / "municipalities.json").unlink()
    with pytest.raises(DataError, match="municipalities.json: missing"):
        profiles.municipality_names()


def test_no_profile_files_is_an_error(data_dir):
    for f in (data_dir / "profiles").iterdir():
        f.unlink()
    with pytest.raises(DataError, match="no profile files"):
        profiles.all_profiles()
