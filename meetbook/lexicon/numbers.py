"""Counts as printed: digits or number words ("7", "sju", "en ledamot", "ingen", "tjugofem",
"fyrtiotre", "hundraen"); and the units a sum of money is printed in ("kr", "tkr", "mnkr",
"miljoner euro", "SEK", "€"), each with its currency and multiplier."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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


# ------------------------------------------------------------------ currency units

@dataclass(frozen=True)
class Unit:
    """A unit a sum of money is printed in: its currency (None for a multiplier word alone,
    "40 miljoner"), what one of it is in whole units, and its spellings (data/numbers.json)."""

    currency: str | None
    multiplier: int
    spellings: tuple[str, ...]
    before: tuple[str, ...] = ()
    column: tuple[str, ...] = ()
    worded: tuple[str, ...] = ()


UNITS: tuple[Unit, ...] = tuple(
    Unit(u["currency"], u["multiplier"], tuple(u["spellings"]), tuple(u.get("before", ())),
         tuple(u.get("column", ())), tuple(u.get("worded", ())))
    for u in _DATA["currency"]["units"])


def _key(printed: str) -> str:
    return re.sub(r"\s+", "", printed.lower())


_BY_SPELLING: dict[str, Unit] = {_key(s): u for u in UNITS for s in u.spellings}


def unit(printed: str) -> Unit | None:
    """The unit of a spelling as printed ("Mnkr", "milj. euro", "miljoner  kronor"), or None."""
    return _BY_SPELLING.get(_key(printed))


def unit_alternation(entries: Iterable[str]) -> str:
    """A regex alternation of unit spellings, longest first; a space in a spelling matches any
    white space or none ("milj. euro", "milj.euro")."""
    unique = sorted(set(entries), key=lambda e: (-len(e), e))
    return "|".join(re.escape(e).replace(r"\ ", r"\s*") for e in unique)


def spellings(field: str = "spellings", *, currency: bool | None = None,
              multiplier: int | None = None, at_least: int = 0) -> tuple[str, ...]:
    """The spellings of the units in one field ("spellings"; "before": printed before the sum;
    "column": named by a column head; "worded": after a number word); of the units that name a
    currency (currency=True) or none (False), of one multiplier or of at least one."""
    return tuple(s for u in UNITS
                 if currency is None or currency == (u.currency is not None)
                 if not (multiplier and u.multiplier != multiplier) and u.multiplier >= at_least
                 for s in getattr(u, field))
