"""Diarienummer: find them in every spelling the documents use, and normalise them.

With a prefix they become PREFIX-YYYY/NNNNN (`KS 2025/756` → `KS-2025/00756`,
`KS 2024/00103-1.4.2` → `KS-2024/00103`, number before year `Ks 162/2026` → `KS-2026/00162`);
without one they are kept as printed (`0408/23`, `00123/2021`), a classification code after
the year left out (`00123/2021 2.6.` and the same glued, `00398/20231.2.`, → number and year).
Other systems print `KS/2026:140`, `2026/88 KS` (prefix last) and `Ks 2026.123` (a stop):
`KS-2026/00140`, `KS-2026/00088`, `KS-2026/00123`.
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
    r"(?<![\w/])(?P<prefix>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,7})[\s\-](?P<serial>\d{1,6})[/\-]"
    r"(?P<year>(?:19|20)\d{2})(?![\d/])")
# a number/year without prefix, with the classification code printed after the year, spaced or
# glued to it: "00123/2021 2.6.", "00398/20231.2.", "9/2026"
BARE = re.compile(r"(?P<serial>\d{1,6})/(?P<year>(?:19|20)\d{2})"
                  r"(?:\s?(?P<code>\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.(?!\d)))?")
# "KS/2026:140": prefix, slash, year, colon, serial
SLASH_COLON = re.compile(r"(?<![\w/])(?P<prefix>[A-ZÅÄÖ]{1,8})/(?P<year>(?:19|20)\d{2}):"
                         r"(?P<serial>\d{1,6})(?![\w/:])")
# after a label or alone on a line, other separators: "KS 2026:45", "KS-2026:45", "KS/2026/45"
# (in running text "SFS 2010:800" is a law, so these are not looked for there)
SEPARATED = re.compile(r"(?<![\w/])(?P<prefix>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,7})(?:[\s\-]|/)"
                       r"(?P<year>(?:19|20)\d{2})[:/](?P<serial>\d{1,6})(?![\w/:])")
# "2026/88 KS": the year and serial first, the prefix after them (a serial that is a year,
# "2026/2027", or the year's end, "2025/26", is a span of years)
YEAR_FIRST = re.compile(r"(?<![\w/.])(?P<year>(?:19|20)\d{2})/(?!(?:19|20)\d\d\b)"
                        r"(?P<serial>\d{1,5})\s(?P<prefix>[A-ZÅÄÖ]{2,8})(?![\w/\-])")
# "Ks 2026.123", "SN.2026.45": a stop between year and serial (only after a label or alone on
# a line)
DOTTED = re.compile(r"(?<![\w/])(?P<prefix>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,7})[\s\-.]?"
                    r"(?P<year>(?:19|20)\d{2})\.(?P<serial>\d{1,6})(?![\d.]\d)")
# "Diariennr: KS-2025/00756", "Diarienumr:", "Diarienum:", "Dnr", "D.nr", "Dnro" (Finland),
# "Ärendenummer SLK-2024-01113",
# "diarienummer 25264", "Beteckning"
LABEL = re.compile(
    r"\b(?:dnro?|d\.\s?nr|diarie\s?n(?:r|um(?:mer|r)?)?|diariennr|ärendenummer|ärendenr|"
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
    m = PREFIXED.fullmatch(text) or PREFIXED.search(text) or NUMBER_FIRST.fullmatch(text) or \
        SLASH_COLON.fullmatch(text) or YEAR_FIRST.fullmatch(text) or DOTTED.fullmatch(text) or \
        SEPARATED.fullmatch(text)
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
        m = PREFIXED.match(rest) or SLASHED.match(rest) or SLASH_COLON.match(rest) or \
            SEPARATED.match(rest) or YEAR_FIRST.match(rest) or DOTTED.match(rest) or \
            LABELLED_VALUE.match(rest)
        if m is None:
            continue
        raw = m.group(0).strip(" .,;:")
        if not any(c.isdigit() for c in raw) or _agenda_number(lab.group(0), raw):
            continue
        out.append((normalise(raw), raw))
    return out


def _agenda_number(label: str, value: str) -> bool:
    """Whether "ärende nr 6" gives the agenda's number, not a case number."""
    return label.casefold().startswith("ärende") and bool(re.fullmatch(r"\d{1,3}", value))


def find_all(text: str) -> list[tuple[str, str]]:
    """(normalised, raw) of every prefixed or slashed diarienummer anywhere in text: "KS
    2026/45", "KS/2026:140", "2026/88 KS" (a capitalised word before the year of that one is
    no prefix: "… I NORRBY 2026/88 KS")."""
    other = [m for rx in (SLASH_COLON, YEAR_FIRST) for m in rx.finditer(text)
             if m.group("prefix").lower() not in _NOT_PREFIXES and not _year_span(m)]
    taken = [(m.start(), m.end()) for m in other]
    out = [(normalise(m.group(0)), m.group(0)) for m in PREFIXED.finditer(text)
           if m.group("prefix").isupper() and m.group("prefix").lower() not in _NOT_PREFIXES
           and not any(m.start() < b and a < m.end() for a, b in taken)]
    out += [(normalise(m.group(0)), m.group(0)) for m in sorted(other, key=lambda m: m.start())]
    out += [(m.group(0), m.group(0)) for m in SLASHED.finditer(text)]
    return out


def _year_span(m: re.Match[str]) -> bool:
    """Whether a year/serial is a span of two years ("2025/26")."""
    return len(m.group("serial")) == 2 and int(m.group("serial")) == (int(m.group("year")) + 1) % 100


def find_alone(text: str) -> list[tuple[str, str]]:
    """(normalised, raw) of the diarienummer a text is nothing but, its prefix in any case
    ("Ks 2026.123", "Bn 45/2026", "2026/88 KS"); empty when the text is more than that."""
    raw = text.strip(" .,;:()")
    for rx in (PREFIXED, NUMBER_FIRST, SLASH_COLON, SEPARATED, YEAR_FIRST, DOTTED):
        m = rx.fullmatch(raw)
        if m and m.group("prefix").lower() not in _NOT_PREFIXES:
            return [(normalise(raw), raw)]
    return []


def same(a: str, b: str) -> bool:
    """Whether two diarienummer as a user may write them name the same case."""
    return canonical_key(a) == canonical_key(b)


def canonical_key(raw: str) -> str:
    """A lookup key: the normalised form, case-folded, for any spelling a user types."""
    return normalise(raw).casefold()
