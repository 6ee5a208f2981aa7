"""Bodies (styrelse, nämnd, utskott, fullmäktige …): the one pattern of "a body" and its name.

A body's name ends in one of a few nouns, in any of their forms and compounds:
"Kommunstyrelsen", "kommunstyrelsens", "tekniska nämnden", "Näringslivs- och
arbetsutskottet", "Stadsfullmäktige", "Kommunala pensionärsrådet", "presidiet". Minutes also
abbreviate them ("KS beslut § 76"): the generic abbreviations are data here, a
municipality's own ones (KSNAU) are in its profile and passed in by the caller.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from meetbook.lexicon._data import alternation, table

_DATA = table("bodies")
STEMS: tuple[str, ...] = tuple(_DATA["stems"])
NOT_BODIES: tuple[str, ...] = tuple(_DATA["not_bodies"])
ABBREVIATIONS: dict[str, str] = dict(_DATA["abbreviations"])
# the endings a body noun takes: "nämnd", "nämnden", "nämndens", "utskottet", "presidium",
# "styrelsens", "fullmäktiges", "nämnderna"
ENDINGS = ("", "e", "en", "et", "n", "t", "s", "es", "ens", "ets", "ns", "ts", "um", "ums",
           "er", "erna", "ernas", "rna", "rnas")
# a word that names a body, in any form or compound: "Kommunstyrelsens", "klimatnämnden"
WORD = (rf"(?![\w\-]*(?i:{alternation(NOT_BODIES)}))"
        rf"[\w\-]*?(?i:{alternation(STEMS)})(?i:{alternation(ENDINGS)})\b")
# a body's name of up to five words that ends in such a word: "tekniska nämnden",
# "Näringslivs- och arbetsutskottet", "Kommunstyrelsens arbetsutskott"
NAME = rf"(?:[\w\-]+\s+(?:och\s+)?){{0,4}}?{WORD}"
_WORD = re.compile(WORD)


def is_body_word(word: str) -> bool:
    """Whether a word names a body ("Kommunstyrelsen", "nämndens", "arbetsutskottet")."""
    return bool(_WORD.fullmatch(word))


def mentions_body(text: str) -> bool:
    """Whether a text has a word that names a body."""
    return bool(_WORD.search(text))


def abbreviation(word: str, own: Mapping[str, str] | None = None) -> str | None:
    """The body an abbreviation stands for ("KS" → "Kommunstyrelsen"), the municipality's own
    abbreviations (`own`) first; None for a word that is no known abbreviation."""
    key = word.strip().upper()
    for known in (own or {}, ABBREVIATIONS):
        found = next((name for abbr, name in known.items() if abbr.upper() == key), None)
        if found:
            return found
    return None


def nominative(name: str) -> str:
    """A body's name from its genitive: "Kommunstyrelsens" gives "Kommunstyrelsen"."""
    name = name.strip()
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def name_of(word: str, own: Mapping[str, str] | None = None) -> str:
    """The body a word names, as its name reads: "KS" gives "Kommunstyrelsen",
    "kommunstyrelsens" gives "Kommunstyrelsen", "Stadsstyrelse" gives "Stadsstyrelsen"."""
    word = word.strip()
    expanded = abbreviation(word, own)
    if expanded:
        return expanded
    base = word[:-1] if word.lower().endswith("s") else word
    base = base[:1].upper() + base[1:]
    if base.lower().endswith("styrelse"):
        return base + "n"
    return base + "en" if base.lower().endswith("nämnd") else base
