"""Names printed in other forms, given as "First Last (P), notes": surname first, the party
after the chair's function, a star keyed in a footnote, a bullet before the entry."""
from __future__ import annotations

import re

from meetbook.extract.cover_sections.pieces import Piece
from meetbook.lexicon import names, parties, points

# a list item's bullet: "– Karin Öhrn, socialchef", "• Per Ek (M)"
BULLET = re.compile(rf"^\s*{points.BULLET}\s+")
# a name printed surname first before its party, at the start of an entry or after the word
# that names whom a substitute serves for: "Lind, Maria (S)", "ersätter Dahl, Anna (M)",
# "Ekdahl Ström, Marie-Louise (S)"
_CAPITALISED = rf"[{names.UPPER}][{names.LOWER}]+(?:-[{names.UPPER}][{names.LOWER}]+)?"
SURNAME_FIRST = re.compile(
    rf"(?P<lead>^|[;:]\s*|\)\s*,?\s*|\b(?:ersätter|för|och)\s+)"
    rf"(?P<last>(?:{_CAPITALISED}\s+){{0,2}}{_CAPITALISED}),\s+(?P<first>{_CAPITALISED})"
    rf"(?=\s*{parties.MARK.pattern})")


# the party printed after the chair's function: "Anna Berg, ordförande (S)"
_AFTER_FUNCTION = re.compile(rf"(?P<name>{names.NAME}),\s*(?P<function>(?:\d:e\s+)?(?:vice\s+)?"
                             rf"ordförande)\s*(?P<mark>{parties.MARK.pattern})")


# a footnote that keys a star beside a name: "* tjänstgörande ersättare", "*) = tjg ersättare"
STAR_KEY = re.compile(r"^\*+\)?\s*(?:=\s*|-\s*|–\s*)?(?:(?:tjänstgörande|tjänstg\.|tjg\.?)\s*"
                      r"ersättare|ersättare\s+som\s+tjänstgör\w*)\.?$", re.IGNORECASE)
# a star after a name before its party ("Oskar Vik* (S)", "Oskar Vik (S)*") or before it ("*Oskar
# Vik (S)")
STARRED = re.compile(rf"(?:(?<![\w*])\*+\s*)?(?P<name>{names.NAME})\s*(?P<star>\*+)?\s*"
                     rf"(?P<mark>{parties.MARK.pattern})(?P<after>\s*\*+)?")


def starred(rows: list[list[Piece]], role: str) -> list[list[Piece]]:
    """A list whose serving substitutes are starred among the members and the star keyed in a
    footnote ("* tjänstgörande ersättare"): the footnote taken out, each starred person noted
    as serving; a star without its key is only taken away."""
    keyed = any(STAR_KEY.match(t.strip()) for row in rows for _, t in row)
    if not any("*" in t for row in rows for _, t in row):
        return rows

    def mark(m: re.Match[str]) -> str:
        starred = m.group(0).lstrip().startswith("*") or m.group("star") or m.group("after")
        note = ", tjänstgörande ersättare" if keyed and starred and role == "ledamot" else ""
        return f"{m.group('name')} {m.group('mark').strip()}{note}"

    return [[(x, STARRED.sub(mark, t)) for x, t in row if not STAR_KEY.match(t.strip())]
            for row in rows]


# the chair's function in brackets between the name and the party: "Anna Berg (ordf.) (S)"
_FUNCTION_BEFORE_PARTY = re.compile(
    rf"(?P<name>{names.NAME})\s*\((?P<function>(?:\d:e\s+)?(?:vice\s*|v\.?\s*)?"
    rf"ordf(?:\.|örande)?)\)\s*(?P<mark>{parties.MARK.pattern})")


def turned(text: str) -> str:
    """Names printed surname first before their party given first name first, as the lists
    of voters give them ("Holm, Erik (M) ersätter Dahl, Anna (M)" gives "Erik Holm (M)
    ersätter Anna Dahl (M)"); a party printed after the chair's function put after the name
    ("Anna Berg, ordförande (S)" gives "Anna Berg (S), ordförande")."""
    text = _AFTER_FUNCTION.sub(
        lambda m: f"{m.group('name')} {m.group('mark')}, {m.group('function')}", text)
    text = _FUNCTION_BEFORE_PARTY.sub(
        lambda m: f"{m.group('name')} {m.group('mark')} ({m.group('function')})", text)
    return SURNAME_FIRST.sub(lambda m: f"{m.group('lead')}{m.group('first')} {m.group('last')}",
                             text)
