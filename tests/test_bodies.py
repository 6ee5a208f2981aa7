"""Bodies as people write them: generic abbreviations (package data) and a municipality's own
(its profile), one name and one key per body."""
from __future__ import annotations

import pytest

from meetbook import bodies


@pytest.mark.parametrize(("written", "municipality", "name"), [
    ("KS", None, "Kommunstyrelsen"),
    ("KF:s", None, "Kommunfullmäktige"),
    ("KSNAU", "Umeå kommun", "Kommunstyrelsens näringslivs- och arbetsutskott"),
    ("KSNAU", None, "Kommunstyrelsens näringslivs- och arbetsutskott"),  # no profile disagrees
    ("KSNAU", "Göteborgs Stad", "KSNAU"),  # another municipality's own stays as written
    ("kommunstyrelsens", None, "Kommunstyrelsen"),
])
def test_body_name(written, municipality, name):
    assert bodies.body_name(written, municipality) == name


@pytest.mark.parametrize(("a", "b", "same"), [
    ("KS", "kommunstyrelsens", True),
    ("socialnämnd Centrum (dåvarande Social resursnämnd)", "Socialnämnden Centrum", True),
    ("KS", "KF", False),
    ("Okänd", None, False),
])
def test_same_body(a, b, same):
    assert bodies.same_body(a, b) is same
