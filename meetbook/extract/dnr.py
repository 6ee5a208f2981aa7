"""Diarienummer: find them in every spelling the documents use, and normalise them.

With a prefix they become PREFIX-YYYY/NNNNN (`KS 2025/756` → `KS-2025/00756`,
`KS 2024/00103-1.4.2` → `KS-2024/00103`, number before year `Ks 162/2026` → `KS-2026/00162`);
without one they are kept as printed (`0408/23`, `00123/2021`), a classification code after
the year left out (`00123/2021 2.6.` and the same glued, `00398/20231.2.`, → number and year).
"""
from __future__ import annotations

import re
import unicodedata

# "KS-2025/00667", "KS 2024/00103-1.4.2", "SLK-2024-01113", "ks-2025-00667", "KS 2025/667",
# "SLK-2023-00023:6" (document 6 of the case)
PREFIXED = re.compile(
    r"(?<![\w/])(?P<prefix>[A-ZÅÄÖ]{1,8}(?:-[A-ZÅÄÖ]{1,8})?)[\s\-]?(?P<year>(?:19|20)\d{2})"
    r"\s?[/\-]\s?(?P<serial>\d{1,6})(?P<code>-\d+(?:\.\d+)*|:\d+)?(?![\w/])",
    re.IGNORECASE)
# "Ks 162/2026", "Bn 45/2026", "TN 118/2026": the serial before the year (after a label only)
NUMBER_FIRST = re.compile(
    r"(?<![\w/])(?P<prefix>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,7})[\s\-](?P<serial>\d{1,6})/"
    r"(?P<year>(?:19|20)\d{2})(?![\d/])")
# a number/year without prefix, with the classification code printed after the year, spaced or
# glued to it: "00123/2021 2.6.", "00398/20231.2.", "9/2026"
BARE = re.compile(r"(?P<serial>\d{1,6})/(?P<year>(?:19|20)\d{2})"
                  r"(?:\s?(?P<code>\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.(?!\d)))?")
# "Diariennr: KS-2025/00756", "Diarienumr:", "Diarienum:", "Dnr", "Ärendenummer SLK-2024-01113",
# "diarienummer 25264", "Beteckning"
LABEL = re.compile(
    r"\b(?:dnr|diarie\s?n(?:r|um(?:mer|r)?)?|diariennr|ärendenummer|ärendenr|"
    r"beteckning|ärende\s?nr)\b\.?:?\s*", re.IGNORECASE)
# after a label: anything up to the end of the reference (and a classification code after a
# number/year: "Dnr 00123/2021 2.6.")
LABELLED_VALUE = re.compile(r"(?P<value>[A-ZÅÄÖa-zåäö]{0,8}[\s\-]?[\d][\w./\-]*)"
                            r"(?:(?<=/\d{4})\s\d{1,3}(?:\.\d{1,3})*\.)?")
# a slashed Finland-Swedish case number: "NKBY/497/12.03.01/2022"
SLASHED = re.compile(r"\b[A-ZÅÄÖ]{2,8}/\d{1,6}/[\d.]+/(?:19|20)\d{2}\b")


def normalise(raw: str) -> str:
    """The canonical form of a diarienummer as printed; unprefixed ones stay as printed."""
    text = unicodedata.normalize("NFC", raw).strip()
    text = LABEL.sub("", text).strip(" :.,;()")
    m = PREFIXED.fullmatch(text) or PREFIXED.search(text) or NUMBER_FIRST.fullmatch(text)
    if m and m.group("prefix").lower() not in _NOT_PREFIXES:
        return f"{m.group('prefix').upper()}-{m.group('year')}/{int(m.group('serial')):05d}"
    m = BARE.fullmatch(text)
    if m:
        return f"{m.group('serial')}/{m.group('year')}"
    return text


# words that precede a year/number but are not diarie prefixes: "§ 76, 2026", "COM (2026/956)"
_NOT_PREFIXES = {"com", "nr", "sid", "s", "kl", "dnr", "och", "av", "år", "den", "jan", "feb"}


def find_labelled(text: str) -> list[tuple[str, str]]:
    """(normalised, raw) of every diarienummer that follows a Dnr-like label in text."""
    out = []
    for lab in LABEL.finditer(text):
        rest = text[lab.end():]
        m = PREFIXED.match(rest) or SLASHED.match(rest) or LABELLED_VALUE.match(rest)
        if m is None:
            continue
        raw = m.group(0).strip(" .,;:")
        if not any(c.isdigit() for c in raw):
            continue
        out.append((normalise(raw), raw))
    return out


def find_all(text: str) -> list[tuple[str, str]]:
    """(normalised, raw) of every prefixed or slashed diarienummer anywhere in text."""
    out = [(normalise(m.group(0)), m.group(0)) for m in PREFIXED.finditer(text)
           if m.group("prefix").isupper() and m.group("prefix").lower() not in _NOT_PREFIXES]
    out += [(m.group(0), m.group(0)) for m in SLASHED.finditer(text)]
    return out


def same(a: str, b: str) -> bool:
    """Whether two diarienummer as a user may write them name the same case."""
    return canonical_key(a) == canonical_key(b)


def canonical_key(raw: str) -> str:
    """A lookup key: the normalised form, case-folded, for any spelling a user types."""
    return normalise(raw).casefold()
