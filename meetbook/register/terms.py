"""What people type into a search, read leniently (pure functions, no SQL).

A diarienummer in any spelling (`KS 667/2025`, `Dnr: ks-2025-00667`, `2025/667`), a date as
`YYYY-MM-DD` or `d.m.yyyy`, free text for the full-text index, and the snippet of a decision's
text that shows why it was found.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from meetbook.extract.dnr import canonical_key
from meetbook.text import fold

# "Dnr:", "Dnr.", "Diarienummer", "Diarienr", "Ärendenummer", "Ärende nr", "Beteckning"
LABEL = re.compile(r"^\s*(?:dnr|diarie\s?n\w*|ärende\s?n\w*|beteckning)\b[.:]*\s*", re.IGNORECASE)
# "NKBY/121/00.05.01/2022": prefix, number, classification, year
SLASHED = re.compile(r"(?P<prefix>[^\W\d_]{1,8})/(?P<a>\d{1,6})/[\d.]+/(?P<b>(?:19|20)\d{2})")
# "KS-2025/00667", "KS 667/2025", "ks2025/667", "2025/667", "KS 2024/00103-1.4.2", "…:6"
PLAIN = re.compile(r"(?:(?P<prefix>[^\W\d_]{1,8}(?:-[^\W\d_]{1,8})?)[\s\-/]*)?"
                   r"(?P<a>\d{1,6})\s*[/\-\s]\s*(?P<b>\d{1,6})(?:-\d+(?:\.\d+)*|:\d+)?")
YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class DnrQuery:
    """A diarienummer as a user wrote it. `number` is the year and the zero-padded serial
    ("2025/00667") whenever the input names both, `prefix` the series ("ks") when it names one,
    `key` the normal form's key ("ks-2025/00667"); without a number only `key`, the canonical
    key of the text as typed, can match."""

    key: str
    number: str | None = None
    prefix: str | None = None

    def matches(self, dnr: str) -> bool:
        """Whether a diarienummer of the register (any printed form) is the one asked for."""
        if self.number is None:
            return canonical_key(dnr) == self.key
        other = read_dnr(dnr)
        return other.number == self.number and (self.prefix is None or other.prefix == self.prefix)


def read_dnr(raw: str) -> DnrQuery:
    """The DnrQuery of a diarienummer in any spelling; classification codes are ignored."""
    text = LABEL.sub("", unicodedata.normalize("NFC", raw)).strip(" .,;:()")
    m = SLASHED.fullmatch(text) or PLAIN.fullmatch(text)
    key = canonical_key(text)
    if m is None:
        return DnrQuery(key)
    a, b = m.group("a"), m.group("b")
    if YEAR.fullmatch(a):
        year, serial = a, b
    elif YEAR.fullmatch(b):
        year, serial = b, a
    else:
        return DnrQuery(key)
    number = f"{year}/{int(serial):05d}"
    if m.group("prefix") is None:
        return DnrQuery(key, number)
    prefix = m.group("prefix").casefold()
    return DnrQuery(f"{prefix}-{number}", number, prefix)


# ------------------------------------------------------------------ dates

# "2026-05-19"; "1.1.2026", "19.05.2026" (Finland-Swedish minutes print them so)
ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
DOTTED_DATE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")


def read_date(raw: str) -> str:
    """YYYY-MM-DD of a date typed as YYYY-MM-DD or d.m.yyyy; ValueError says what is wrong."""
    text = raw.strip()
    m = ISO_DATE.fullmatch(text) or DOTTED_DATE.fullmatch(text)
    if m is None:
        raise ValueError(f"{raw!r} is not a date; write YYYY-MM-DD or d.m.yyyy")
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        raise ValueError(f"{raw!r} is no date in the calendar") from None


# ------------------------------------------------------------------ free text


def words(text: str | None) -> list[str]:
    """The searchable words of text, folded: no quotes, operators or symbols survive."""
    return re.findall(r"[^\W_]+", fold(text or ""))


def fts_query(text: str | None) -> str:
    """An FTS5 query that finds every word as a prefix; "" when text has no words. Each word
    is quoted, so nothing a user types (`"`, `*`, `(`, `NEAR(`, `a OR`) is FTS5 syntax."""
    return " ".join(f'"{w}"*' for w in words(text))


@dataclass(frozen=True)
class Snippet:
    """A window of a text, with the spans (start, end) of the words searched for."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


def snippet(text: str | None, wanted: list[str], width: int = 220) -> Snippet:
    """About width characters of text around the first of the wanted (folded) words, as
    prefixes of words; the beginning of the text when none of them occurs."""
    text = " ".join((text or "").split())
    hits = _hits(text, wanted)
    start = 0
    if hits and hits[0][1] > width * 2 // 3:
        start = _word_start(text, max(0, hits[0][0] - width // 3))
    end = _word_end(text, min(len(text), start + width))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    marks = tuple((s + shift, e + shift) for s, e in hits if s >= start and e <= end)
    return Snippet(prefix + text[start:end] + suffix, marks)


def _letter_variants() -> dict[str, str]:
    """For each ASCII letter, a regex class of it and the Latin letters that fold to it
    ("a" → "[aàáâãäåā…]"), so the folded words are found in the text as printed."""
    variants: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = fold(ch)
        if len(base) == 1 and base.isascii() and base.isalpha():
            variants.setdefault(base, {base}).add(ch)
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in variants.items()}


LETTER_VARIANTS = _letter_variants()


def _hits(text: str, wanted: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each word of text that begins with a wanted word, ignoring case and
    diacritics."""
    if not wanted:
        return []
    return [m.span() for m in _pattern(tuple(wanted)).finditer(text)]


@functools.lru_cache(maxsize=64)
def _pattern(wanted: tuple[str, ...]) -> re.Pattern:
    """A regex of words beginning with one of the wanted (folded) words as printed."""
    loose = ["".join(LETTER_VARIANTS.get(c, re.escape(c)) for c in w) for w in wanted]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(loose) + r")[^\W_]*", re.IGNORECASE)


def _word_start(text: str, i: int) -> int:
    j = text.find(" ", i)
    return i if j == -1 or j - i > 20 else j + 1


def _word_end(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    j = text.rfind(" ", 0, i)
    return i if j == -1 or i - j > 20 else j
