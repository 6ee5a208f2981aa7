"""Counts as printed: digits or number words ("7", "sju", "en ledamot", "ingen", "tjugofem",
"fyrtiotre", "hundraen")."""
from __future__ import annotations

import re

from meetbook.lexicon._data import alternation, table

_DATA = table("numbers")
WORDS: dict[str, int] = dict(_DATA["words"])
TENS: dict[str, int] = {k: v for k, v in _DATA["tens"].items() if not k.startswith("_")}
HUNDREDS: dict[str, int] = dict(_DATA["hundreds"])
_UNITS = {w: n for w, n in WORDS.items() if 1 <= n <= 9}
# a number written as one word: "tjugofem" (tens and a unit), "etthundratre", "tretton", "sju"
_TENS_UNITS = rf"(?:{alternation(TENS)})(?:{alternation(_UNITS)})?"
_WORD = (rf"(?:(?:{alternation(HUNDREDS)})(?:{_TENS_UNITS}|{alternation(WORDS)})?"
         rf"|{_TENS_UNITS}|(?:{alternation(WORDS)}))")
_PARTS = re.compile(rf"(?P<h>{alternation(HUNDREDS)})?(?P<t>{alternation(TENS)})?"
                    rf"(?P<u>{alternation(WORDS)})?")
# a count of up to three digits or a number word: "11", "två", "ingen", "tjugofem"
COUNT = rf"(?:\d{{1,3}}|(?i:{_WORD})\b)"


def number(text: str | None) -> int | None:
    """The value of a count as printed ("11", "Två", "ingen", "trettiotvå"), or None."""
    if text is None:
        return None
    text = text.strip()
    if text.isdecimal():
        return int(text)
    m = _PARTS.fullmatch(text.lower())
    if m is None or not any(m.groups()) or (m.group("t") and m.group("u")
                                            and m.group("u") not in _UNITS):
        return None
    return sum((HUNDREDS.get(m.group("h") or "", 0), TENS.get(m.group("t") or "", 0),
                WORDS.get(m.group("u") or "", 0)))
