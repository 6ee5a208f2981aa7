"""Bodies as people write them: "KS", "KF:s", "kommunstyrelsens", "socialnämnd Centrum" → one
name and one key to compare by (pure; the abbreviations are package data).

Abbreviations come from two sources read through `abbreviations()`: the generic ones every
Swedish municipality uses (meetbook/data/abbreviations.json) and a municipality's own, from
its profile (Umeå's KSNAU), which win.
"""
from __future__ import annotations

import re
from functools import lru_cache

from meetbook import profiles
from meetbook.data import expect, read_json
from meetbook.text import fold

# "KS", "KF:s", "KSAU", "ÖFN"
ABBREVIATION = re.compile(r"^(?P<abbr>[A-ZÅÄÖ]{2,6})(?::s)?$")
# a name's definite and genitive endings, longest first: "kommunstyrelsens" and
# "kommunstyrelse" share "kommunstyrels", "socialnämndens" and "socialnämnd" "socialnamnd"
ENDINGS = ("ens", "ets", "ns", "ts", "es", "en", "et", "n", "s", "e")
# "(dåvarande Social resursnämnd)": a renamed body's old name, printed beside the new one
FORMER = re.compile(r"\s*\((?:dåvarande|tidigare|f\.d\.|före detta)\b[^)]*\)", re.IGNORECASE)


@lru_cache(maxsize=1)
def generic_abbreviations() -> dict[str, str]:
    """{abbreviation: body name} shared by Swedish municipalities (package data)."""
    data = read_json("abbreviations.json")
    expect(isinstance(data, dict) and isinstance(data.get("abbreviations"), dict),
           "abbreviations.json", "an object with 'abbreviations' mapping each to a body")
    return {k.upper(): v for k, v in data["abbreviations"].items()}


def _profile_abbreviations(municipality: str | None) -> dict[str, str]:
    """A profile's own abbreviations, or every profile's that no two spell differently."""
    if municipality:
        found = [p for p in [profiles.of(municipality)] if p]
    else:
        found = list(profiles.all_profiles())
    merged: dict[str, str] = {}
    clash: set[str] = set()
    for p in found:
        for k, v in p.abbreviations.items():
            if merged.get(k.upper(), v) != v:
                clash.add(k.upper())
            merged[k.upper()] = v
    return {k: v for k, v in merged.items() if k not in clash}


@lru_cache(maxsize=64)
def abbreviations(municipality: str | None = None) -> dict[str, str]:
    """{abbreviation (upper case): body name}: the generic ones and the municipality's own
    (without a municipality, those of every profile that agree)."""
    return {**generic_abbreviations(), **_profile_abbreviations(municipality)}


def body_name(written: str | None, municipality: str | None = None) -> str | None:
    """The body's name as a subject: "KS" and "KS:s" → "Kommunstyrelsen", "kommunstyrelsens"
    → "Kommunstyrelsen", "kommunfullmäktiges" → "Kommunfullmäktige", "socialnämndens" →
    "Socialnämnden"; any other name as written, with a capital."""
    if not written or not written.strip():
        return None
    w = " ".join(written.split())
    m = ABBREVIATION.match(w)
    if m:
        known = abbreviations(municipality).get(m.group("abbr").upper())
        if known:
            return known
        return m.group("abbr")
    if " " not in w and w.lower().endswith("s") and not w.lower().endswith("ss"):
        w = w[:-1]
        if w.lower().endswith(("styrelse", "nämnd")):
            w += "n"  # "kommunstyrelses" is written for the definite "kommunstyrelsens" too
    return w[:1].upper() + w[1:]


def _stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=4096)
def body_key(name: str | None, municipality: str | None = None) -> str:
    """A key equal for the spellings of one body: "Kommunstyrelsen", "kommunstyrelsens" and
    "KS"; "socialnämnd Centrum (dåvarande Social resursnämnd)" and "Socialnämnden Centrum"."""
    if not name:
        return ""
    full = body_name(FORMER.sub("", name), municipality) or ""
    return " ".join(_stem(w) for w in re.findall(r"[\w]+", fold(full)))


def same_body(a: str | None, b: str | None, municipality: str | None = None) -> bool:
    """Whether two spellings name the same body (an unknown one matches nothing)."""
    return bool(a and b) and body_key(a, municipality) == body_key(b, municipality)
