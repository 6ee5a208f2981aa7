"""Counts as printed: digits or number words ("7", "sju", "en ledamot", "ingen")."""
from __future__ import annotations

from meetbook.lexicon._data import alternation, table

WORDS: dict[str, int] = dict(table("numbers")["words"])
# a count of up to three digits or a number word: "11", "två", "ingen"
COUNT = rf"(?:\d{{1,3}}|(?i:{alternation(WORDS)})\b)"


def number(text: str | None) -> int | None:
    """The value of a count as printed ("11", "Två", "ingen"), or None."""
    if text is None:
        return None
    text = text.strip()
    return int(text) if text.isdecimal() else WORDS.get(text.lower())
