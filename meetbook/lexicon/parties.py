"""Parties and party groups as minutes print them.

A member's party follows the name in brackets: "(S)", "(MP)", "( KD )", "(-)" (independent),
"(-)(L)" (independent, formerly L: the party is "-"); a listed code in lower or mixed case
("(s)", "(Sd)") or with a stop ("(Saml.)") is the same party, given as the lexicon lists it.
A group of parties names no person: "Yrkande från M, D, L och KD", "Ledamöterna från SD",
"S-gruppen", "Sverigedemokraterna", "Centerpartiets ledamöter".
"""
from __future__ import annotations

import re

from meetbook.lexicon._data import alternation, table

_DATA = table("parties")
CODES: tuple[str, ...] = tuple(_DATA["codes"])
NAMES: dict[str, str] = dict(_DATA["names"])
INDEPENDENT = "-"

# a listed party code; single letters only as listed ("S", "M", "C", "V", "L", "D")
CODE = rf"(?:{alternation(CODES)})"
# a party in brackets in capitals ("S", "MP", "ÖP"), or a listed code in any case, as older
# and smaller bodies' minutes print them ("s", "mp", "Sd", "Kd")
_BRACKETED = rf"[A-ZÅÄÖ]{{1,4}}(?![a-zåäö])|(?i:{alternation(CODES)})"
# "(S)", "(MP)", "(-)(L)", "( KD )", "(-)", "(s)", "(Sd)"
MARK = re.compile(rf"\(\s*(?P<p1>{_BRACKETED}|[-–])\.?\s*\)"
                  rf"(?:\s*\(\s*(?P<p2>{_BRACKETED})\.?\s*\))?")
# a listed code in its listed spelling, by its case-folded form ("s" -> "S", "saml" -> "Saml")
_LISTED = {c.casefold(): c for c in CODES}
# "M, D, L och KD", "SD", "V, S och MP"
CODE_LIST = re.compile(
    rf"(?<![\w(-])(?P<list>{CODE}(?:\s*,\s*{CODE})*(?:\s+(?:och|samt)\s+{CODE})?)(?![\w)-])")
# what stands before a group's codes: "från", "för", "Ledamöterna från", or nothing
GROUP_LEAD = re.compile(
    r"(?:\bfrån|\bför|^(?:samtliga\s+|de\s+)?(?:ledamöterna|ledamöter|representanterna|"
    r"partierna|företrädarna|gruppen)\s+(?:från|för|i)|^)\s*$",
    re.IGNORECASE)
# a party written out, perhaps in the genitive: "Moderaterna", "Centerpartiets",
# "Miljöpartiet de grönas"
_WRITTEN = rf"(?:{alternation(NAMES)})(?:\s+de\s+gröna)?s?"
# written-out parties as a group, perhaps with the noun for their members: "Moderaterna och
# Sverigedemokraterna", "Centerpartiets ledamöter", "Sverigedemokraternas fullmäktigegrupp",
# "Moderaternas och Sverigedemokraternas ledamöter"
WRITTEN_GROUP = (rf"(?i:{_WRITTEN}(?:\s*,\s*{_WRITTEN})*(?:\s+(?:och|samt)\s+{_WRITTEN})?"
                 r"(?:\s+(?:ledamöter(?:na)?|ledamot|representanter(?:na)?|företrädare|"
                 r"\w*grupp(?:en)?))?)(?![\w-])")
# a group as the subject of a sentence: "Ledamöterna från SD yrkar …", "M, D, L och KD yrkar …",
# "Centerpartiets ledamöter reserverar sig …"
# "Ledamöterna i Vänsterpartiet och Miljöpartiet reserverar sig …", "Samtliga ledamöter för SD";
# "S-gruppen och V-gruppen reserverar sig …"
MEMBERS_OF = (r"(?i:(?:samtliga\s+|de\s+)?(?:ledamöterna|ledamöter|representanterna|partierna|"
              r"företrädarna)\s+(?:från|för|i)\s+)")
_GROUP_NOUNS = rf"{CODE}-gruppen(?:(?:\s*,\s*|\s+(?:och|samt)\s+){CODE}-gruppen)*"
GROUP_SUBJECT = (rf"(?:{MEMBERS_OF}?{CODE_LIST.pattern}|{MEMBERS_OF}?{WRITTEN_GROUP}|"
                 rf"{_GROUP_NOUNS})")
# one party written out, not in the genitive: "Moderaterna", "Miljöpartiet de gröna"
WRITTEN_NAME = rf"(?i:(?:{alternation(NAMES)})(?:\s+de\s+gröna)?)(?![\w-])"
_WRITTEN_NAME = re.compile(rf"\b(?P<name>{alternation(NAMES)})(?:\s+de\s+gröna)?s?\b",
                           re.IGNORECASE)
# "S-gruppen", "MP-gruppen"
GROUP_NOUN = re.compile(rf"\b(?P<code>{CODE})-gruppen\b")
# parties written out as the subject of a sentence that reserves or notes: "Sverigedemokraterna
# reserverar sig", "Centerpartiets ledamöter reserverar sig", "Sverigedemokraternas
# fullmäktigegrupp lämnar …", "Miljöpartiet de gröna antecknar …"
WRITTEN_OUT = re.compile(
    rf"^\s*{MEMBERS_OF}?{WRITTEN_GROUP}\s+(?i:reserverar|antecknar|anmäler|lämnar|inkommer)")


def party_of(mark: re.Match[str]) -> str:
    """The party a MARK match gives: "-" for an independent ("(-)(L)" too), else the code."""
    return INDEPENDENT if mark.group("p1") in "-–" else listed(mark.group("p1"))


def listed(code: str) -> str:
    """A party code in the spelling the lexicon lists ("s" -> "S", "Sd" -> "SD", "saml" ->
    "Saml"); one printed in capitals, and an unlisted one, as printed ("SAML", "NVL")."""
    return code if code.isupper() else _LISTED.get(code.casefold(), code)


# a party printed in a column of its own: "S", "MP", "ÄBP", "-"; a listed code in any case
_BARE = re.compile(rf"^(?:[A-ZÅÄÖ]{{1,5}}|[-–]|(?i:{alternation(CODES)}))$")


def bare_code(text: str) -> str | None:
    """The party a cell prints without brackets ("S", "mp", "Sd", "-"), in capitals, or None."""
    text = text.strip().rstrip(".")
    return listed(text) if _BARE.match(text) else None


# the party after a dash or a comma, as some covers print it: "Marie Söderlund - S,
# ordförande", "Anna Berg, S, ordförande", "Per Ek, M"
_DASHED = re.compile(rf"(?<=[^\W\d_])(?:\s+[-–]\s+|,\s+)(?P<code>{CODE})(?=\s*[,;]|\s*$|\s+\S)")


def bracketed(text: str) -> str:
    """The text with a party printed after a dash or a comma given in brackets ("Marie
    Söderlund - S, ordförande" gives "Marie Söderlund (S), ordförande", "Per Ek, M" gives "Per
    Ek (M)"), as the readers of members expect it."""
    return _DASHED.sub(lambda m: f" ({m.group('code')})", text)


def codes_in(text: str) -> list[str]:
    """The party codes of a list ("M, D, L och KD" gives M, D, L, KD)."""
    return re.findall(CODE, text)


def party_group(text: str) -> list[str]:
    """The parties of a group reference (`yrkande från M, D, L och KD` gives M, D, L, KD)."""
    for m in CODE_LIST.finditer(text):
        if GROUP_LEAD.search(text[:m.start()]):
            return codes_in(m.group("list"))
    written = re.match(rf"\s*{MEMBERS_OF}?(?P<written>{WRITTEN_GROUP})", text)
    if written:
        return written_codes(written.group("written"))
    nouns = re.match(rf"\s*{_GROUP_NOUNS}", text)  # "S-gruppen yrkar …"
    return group_nouns(nouns.group(0)) if nouns else []


def written_codes(text: str) -> list[str]:
    """The codes of the parties a text writes out ("Moderaternas och Sverigedemokraternas
    ledamöter" gives M, SD), in order, once each."""
    found = (NAMES[m.group("name").lower()] for m in _WRITTEN_NAME.finditer(text))
    return list(dict.fromkeys(found))


def group_nouns(text: str) -> list[str]:
    """The parties of "S-gruppen, V-gruppen och MP-gruppen"."""
    return [m.group("code") for m in GROUP_NOUN.finditer(text)]


def written_out(text: str) -> list[str]:
    """The codes of the parties written out as the subject the text opens with ("Moderaterna
    och Sverigedemokraterna reserverar sig …", "Centerpartiets ledamöter …")."""
    m = WRITTEN_OUT.match(text)
    return written_codes(m.group(0)) if m else []
