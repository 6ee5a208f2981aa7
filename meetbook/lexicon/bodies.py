"""Bodies (styrelse, nämnd, utskott, fullmäktige …): the one pattern of "a body".

A body's name ends in one of a few nouns, in any of their forms and compounds:
"Kommunstyrelsen", "kommunstyrelsens", "tekniska nämnden", "Näringslivs- och
arbetsutskottet", "Stadsfullmäktige", "Kommunala pensionärsrådet", "presidiet". What an
abbreviation ("KS", a municipality's own "KSNAU") or a genitive names is meetbook.bodies'.
"""
from __future__ import annotations

import re

from meetbook.lexicon._data import alternation, table

_DATA = table("bodies")
STEMS: tuple[str, ...] = tuple(_DATA["stems"])
NOT_BODIES: tuple[str, ...] = tuple(_DATA["not_bodies"])
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
# such a word in the genitive only: "kommunstyrelsens", "KF-nämnds", "fullmäktiges"
GENITIVE_WORD = (rf"(?![\w\-]*(?i:{alternation(NOT_BODIES)}))"
                 rf"[\w\-]*?(?i:{alternation(STEMS)})(?i:es|ens|ets|ns|ts|s|ums|ernas|rnas)\b")
_WORD = re.compile(WORD)


def is_body_word(word: str) -> bool:
    """Whether a word names a body ("Kommunstyrelsen", "nämndens", "arbetsutskottet")."""
    return bool(_WORD.fullmatch(word))


def nominative(name: str) -> str:
    """A body's name from its genitive: "Kommunstyrelsens" gives "Kommunstyrelsen"."""
    name = name.strip()
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name
