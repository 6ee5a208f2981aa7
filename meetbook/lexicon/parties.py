"""Parties and party groups as minutes print them.

A member's party follows the name in brackets: "(S)", "(MP)", "( KD )", "(-)" (independent),
"(-)(L)" (independent, formerly L: the party is "-"). A group of parties names no person:
"Yrkande från M, D, L och KD", "Ledamöterna från SD", "S-gruppen", "Sverigedemokraterna".
"""
from __future__ import annotations

import re

from meetbook.lexicon._data import alternation, table

_DATA = table("parties")
CODES: tuple[str, ...] = tuple(_DATA["codes"])
NAMES: dict[str, str] = dict(_DATA["names"])
INDEPENDENT = "-"

# "(S)", "(MP)", "(-)(L)", "( KD )", "(-)"
MARK = re.compile(r"\(\s*(?P<p1>[A-ZÅÄÖ]{1,4}|[-–])\s*\)(?:\s*\(\s*(?P<p2>[A-ZÅÄÖ]{1,4})\s*\))?")
# a listed party code; single letters only as listed ("S", "M", "C", "V", "L", "D")
CODE = rf"(?:{alternation(CODES)})"
# "M, D, L och KD", "SD", "V, S och MP"
CODE_LIST = re.compile(
    rf"(?<![\w(-])(?P<list>{CODE}(?:\s*,\s*{CODE})*(?:\s+(?:och|samt)\s+{CODE})?)(?![\w)-])")
# what stands before a group's codes: "från", "för", "Ledamöterna från", or nothing
GROUP_LEAD = re.compile(
    r"(?:\bfrån|\bför|^(?:ledamöterna|representanterna|partierna|gruppen)\s+(?:från|för)|^)\s*$",
    re.IGNORECASE)
# a group as the subject of a sentence: "Ledamöterna från SD yrkar …", "M, D, L och KD yrkar …"
GROUP_SUBJECT = (rf"(?i:(?:ledamöterna|representanterna|partierna)\s+(?:från|för)\s+)?"
                 rf"{CODE_LIST.pattern}")
# "S-gruppen", "MP-gruppen"
GROUP_NOUN = re.compile(rf"\b(?P<code>{CODE})-gruppen\b")
# parties written out as the subject of a sentence, or their members: "Sverigedemokraterna
# reserverar sig", "Moderaterna och Sverigedemokraterna reserverar sig", "Centerpartiets
# ledamöter reserverar sig", "Sverigedemokraternas fullmäktigegrupp lämnar …", "Miljöpartiet de
# gröna antecknar …"
_NAME = r"[A-ZÅÄÖ][a-zåäö]+(?:\s+de gröna|\s+i \w+)?"
WRITTEN_OUT = re.compile(
    rf"^(?P<names>{_NAME}(?:\s*(?:,|och|samt)\s*{_NAME})*)"
    r"(?:\s+(?:ledamöter(?:na)?|ledamot|representanter(?:na)?|företrädare|"
    r"(?:fullmäktige|nämnd|styrelse)?grupp(?:en)?))?\s+"
    r"(?:reserverar|antecknar|anmäler|lämnar|inkommer)", re.IGNORECASE)
_EACH_NAME = re.compile(_NAME, re.IGNORECASE)

def party_of(mark: re.Match[str]) -> str:
    """The party a MARK match gives: "-" for an independent ("(-)(L)" too), else the code."""
    return INDEPENDENT if mark.group("p1") in "-–" else mark.group("p1")


def codes_in(text: str) -> list[str]:
    """The party codes of a list ("M, D, L och KD" gives M, D, L, KD)."""
    return re.findall(CODE, text)


def party_group(text: str) -> list[str]:
    """The parties of a group reference (`yrkande från M, D, L och KD` gives M, D, L, KD)."""
    for m in CODE_LIST.finditer(text):
        if GROUP_LEAD.search(text[:m.start()]):
            return codes_in(m.group("list"))
    return []


def group_nouns(text: str) -> list[str]:
    """The parties of "S-gruppen, V-gruppen och MP-gruppen"."""
    return [m.group("code") for m in GROUP_NOUN.finditer(text)]


def written_out(text: str) -> list[str]:
    """The codes of the parties written out as the subject the text opens with ("Moderaterna
    och Sverigedemokraterna reserverar sig …", "Centerpartiets ledamöter …"); none unless every
    name is a party's."""
    m = WRITTEN_OUT.match(text)
    if not m:
        return []
    codes = [_code_of(n.group().split()[0]) for n in _EACH_NAME.finditer(m.group("names"))
             if n.group().lower() not in ("och", "samt")]
    return [] if not codes or None in codes else list(dict.fromkeys(c for c in codes if c))


def _code_of(word: str) -> str | None:
    """"Moderaterna" and "Moderaternas" are M."""
    low = word.lower()
    return NAMES.get(low) or (NAMES.get(low[:-1]) if low.endswith("s") else None)
