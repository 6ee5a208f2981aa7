"""Sums of money in decision texts → whole kronor or euro (pure).

`1 687 050 för 2026`, `2 703 968 kr`, `35 240 000 kronor`, `6 000 tkr`, `1,5 mnkr`, `-6 000`
in tables, `12 500 euro`, `400 € per period` (what a sum is per kept in its text), `350 000:-`,
`12,5 miljoner kr`, `två miljoner kronor`, `en halv miljon kronor`, `SEK 1,5 miljoner`,
`€ 1 850 000`, `0,4 MEUR`, a range `2–3 mnkr` (one sum, its upper bound); not a tax rate (`22:14`,
`22,14 kronor per skattekrona`), a percentage, a count, a date, a case number, a page or a §.
The units and their spellings are the lexicon's (data/numbers.json, lexicon.numbers.UNITS).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from meetbook.lexicon import numbers
from meetbook.lexicon._data import table
from meetbook.lexicon.numbers import number
from meetbook.model import Amount, Clause, Currency

# what a sum is per: "400 € per period", "1 850 kronor per månad", "2 500 euro/år", "1,62 €/m³"
PER = (r"(?:\s*/\s*|\s+per\s+)(?:år|månad|mån|dygn|timme|tim|h|period|ansökan|invånare|elev|barn|"
       r"person|styck|st|kvadratmeter|m²|m2|m³|m3|ärende|tillfälle|kvartal|vecka|dag|säsong|plats|"
       r"hushåll|abonnent|lägenhet|deltagare|tomt|skattekrona|läsår|termin|besök|skift)(?!\w)")
# a currency unit after a sum ("kr", "tkr", "mnkr", "miljoner kronor", ":-", "€", "40 miljoner"),
# and one that may print a sum's thousands with points ("1.250.000 kr"): data/numbers.json
UNIT = rf"(?:{numbers.unit_alternation(numbers.spellings())})(?!\w)"
# a multiplied unit, after which a point may be a decimal point ("1.5 mnkr", as a spreadsheet
# prints it); and a multiplier word without a currency ("miljoner", "mdr")
BIG_UNIT = rf"(?:{numbers.unit_alternation(numbers.spellings(at_least=1000))})(?!\w)"
BARE_UNIT = rf"(?:{numbers.unit_alternation(numbers.spellings(currency=False))})(?!\w)"
# the spaces between a sum's thousands: a space, a no-break space, a narrow or thin space
GROUP = "[ \u00a0\u202f\u2009]"
NUM = rf"\d{{1,3}}(?:{GROUP}\d{{3}})+"
PLAIN_UNIT = rf"(?:{numbers.unit_alternation(numbers.spellings(currency=True, multiplier=1))})(?!\w)"
# "2 703 968 kr", "1,5 mnkr", "6 000 tkr", "35 240 000 kronor", "-6 000", "12 500 €", "1.250.000 kr"
# (points between thousands only before a currency); not the
# öre of a tax rate ("22:14 kronor per skattekrona")
AMOUNT = re.compile(
    rf"(?<![\w,.\-/–:])(?P<sign>[-−–])?(?P<num>{NUM}"
    rf"|\d{{1,3}}(?:\.\d{{3}})+(?=\s*{PLAIN_UNIT})"
    rf"|\d+)(?!\d)(?:,(?P<dec>\d{{1,2}})|\.(?P<point>\d{{1,2}})(?=\s*{BIG_UNIT}))?"
    # the sum written out in brackets before its unit: "450 000 (fyrahundrafemtiotusen) kronor",
    # or the year before's in a budget: "3,5 (3,2) mnkr"
    r"(?:\s*\((?:[a-zåäöA-ZÅÄÖ\- ]{3,60}|[-−–]?\d[\d  ,.]{0,15})\))?"
    rf"(?:\s*(?P<unit>{UNIT})(?P<per>" + PER + r")?\.?)?"
    r"(?:\s+(?:(?:för|år|avsätts\s+för|från|under)\s+(?:år\s+)?)?(?P<year>(?:19|20)\d{2})\b"
    r"(?!\s?[-–/.]\s?\d))?",
    re.IGNORECASE)
# the upper bound of a range, right after its dash
AMOUNT_AFTER_DASH = re.compile(AMOUNT.pattern.replace(r"(?<![\w,.\-/–:])", "", 1), re.IGNORECASE)
# the year a sum is for, printed before it: "till år 2026 med 3 140 000 kronor",
# "budgetramar 2025 med -61 miljoner kronor"
# "investeringsram för 2025 utökas med 85 mnkr"
# "medlemsbidrag för 2026 till 14 200 tkr"
# "föreningsbidrag för 2027 med totalt 2,2 miljoner kronor"
BY = r"(?:med|till|på)\s+(?:(?:totalt|sammanlagt|högst|ytterligare|ca|cirka)\s+)?$"
# "2026: 1,2 mnkr, 2027: 1,5 mnkr"
YEAR_BEFORE = re.compile(rf"\b((?:19|20)\d{{2}})\s+{BY}|\bför\s+(?:år\s+)?((?:19|20)\d{{2}})\s+"
                         rf"(?:\w+\s+){{0,2}}{BY}|\b((?:19|20)\d{{2}})\s*:\s*$", re.IGNORECASE)
# the year a sum is for, a few words after it: "640 tkr i föreningsbidrag för 2026"
YEAR_AFTER = re.compile(r"^\s+(?:[a-zåäö]+\s+){1,3}?(?:för|under)\s+(?:år\s+)?((?:19|20)\d{2})\b"
                        r"(?!\s?[-–/.]\s?\d)")
# a sum in words, as speeches and older minutes write round sums: "två miljoner kronor", "en halv
# miljon kronor", "tre miljarder kronor" (a currency word after it, for "två miljoner invånare"
# is no money)
WORDED = re.compile(r"(?<![\w,.])(?P<n>en\s+halv|[a-zåäö]+)\s+"
                    rf"(?P<unit>{numbers.unit_alternation(numbers.spellings('worded'))})(?!\w)",
                    re.IGNORECASE)
# a sum in figures and an open bracket, before the same sum in words
WRITTEN_OUT = re.compile(r"\d\S*(?:\s+\S+)?\s*\(\s*$")
# a rate, not a sum: "22,14 kronor per skattekrona"
RATE = re.compile(r"per\s+skattekrona$", re.IGNORECASE)
# the currency printed before the sum, as some ledgers and older minutes do: "kronor 120 000",
# "SEK 75 000", "EUR 45 000", "TSEK 1 200" (not a year after a sum, "500 kronor 2027")
CURRENCY_FIRST = re.compile(
    r"(?<!\d\s)(?<![\w,.\-/–])"
    rf"(?P<unit>{numbers.unit_alternation(numbers.spellings('before'))})(?:\.?\s+|(?<=€)\s*)"
    rf"(?P<num>{NUM}|\d+)(?![\d\w])(?:,(?P<dec>\d{{1,2}})|:-)?"
    # a multiplier word after the sum: "SEK 1,5 miljoner"
    rf"(?:\s+(?P<mult>{BARE_UNIT}))?"
    r"(?P<per>" + PER + r")?", re.IGNORECASE)
_COUNTED = table("numbers")["counted"]["nouns"]
# a count, not a sum: a number without a currency before a noun of what is counted ("3
# årsarbetare", "ta fram 1 200 svar", "1 200 nya förskoleplatser"), perhaps after one word
COUNTED = re.compile(
    r"^\s+(?:[a-zåäö]+\s+)?(?:[a-zåäö\-]*(?:"
    + "|".join(re.escape(n) for n in _COUNTED if len(n) >= 4)
    + r")|(?:" + "|".join(re.escape(n) for n in _COUNTED if len(n) < 4) + r"))(?!\w)",
    re.IGNORECASE)


def parse_amount(text: str) -> tuple[int, Currency | None] | None:
    """(value in whole units, currency) of one amount as printed, or None."""
    m = AMOUNT.fullmatch(text.strip())
    return _value(m) if m else None


def _value(m: re.Match[str]) -> tuple[int, Currency | None] | None:
    printed = m.group("unit") or ""
    unit = numbers.unit(printed)
    whole = int(re.sub(r"\D", "", m.group("num")))
    dec = m.group("dec") or m.group("point")
    mult = unit.multiplier if unit else 1
    if dec and mult == 1 and not printed:
        return None  # "1,5" without a unit is no money
    if dec and mult == 1:
        dec = None  # öre and cent are not kept: "7283,73 euro" is 7283 whole euro
    value = whole * mult + (int(dec.ljust(2, "0")) * mult // 100 if dec else 0)
    value = -value if m.group("sign") else value
    return value, Currency(unit.currency) if unit and unit.currency else None


# a table's column head that names the unit of the sums under it: "Belopp, kr", "Belopp (tkr)",
# "Kostnad i tkr", "Summa, kronor", "Budget 2027 (tkr)"
COLUMN_UNIT = re.compile(r"\b(?:belopp|summa|kostnad|budget|ram|bidrag|anslag|medel)\w*"
                         r"(?:\s+(?:19|20)\d{2})?\s*"
                         r"(?:,\s*|\(\s*|i\s+)"
                         rf"(?P<unit>{numbers.unit_alternation(numbers.spellings('column'))})\)?"
                         r"(?!\w)", re.IGNORECASE)


def extract_amounts(text: str, clause: int | None = None, page: int | None = None,
                    default_currency: Currency | None = None) -> list[Amount]:
    """Every sum of money in text: those with a unit, or grouped in thousands with a year, or
    under a table's head that names their unit ("Belopp, kr" over "Läxhjälp … 420 000")."""
    out, taken = _currency_first(text, clause, page)
    out += _ranges(text, clause, page, taken)
    head = COLUMN_UNIT.search(text)
    for m in AMOUNT.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        grouped = bool(re.search(r"\D", m.group("num")))
        if not m.group("unit") and head and m.start() > head.end() and \
                (grouped or len(m.group("num")) >= 3) and not m.group("year") and \
                not re.fullmatch(r"(?:19|20)\d{2}", m.group("num")):
            out += _under_head(text, m, head.group("unit"), clause, page)
            continue
        if not (m.group("unit") or (grouped and (m.group("year") or _money_context(text, m)))):
            continue
        if not _currency_named(m) and COUNTED.match(text[m.end():m.end() + 60]):
            continue  # "1 200 svar", "2 miljoner invånare"
        if _looks_like_date_or_id(text, m):
            continue
        parsed = _value(m)
        if parsed is None or RATE.search(m.group("per") or ""):
            continue
        value, currency = parsed
        out.append(Amount(value, currency or default_currency, m.group(0).strip().rstrip("."),
                          _year(text, m), clause, page))
    return out + _worded(text, clause, page)


def _currency_first(text: str, clause: int | None, page: int | None
                    ) -> tuple[list[Amount], list[tuple[int, int]]]:
    """The sums printed after their currency ("kronor 120 000 per år", "SEK 1,5 miljoner"), and
    where they stand."""
    out, spans = [], []
    for m in CURRENCY_FIRST.finditer(text):
        if re.fullmatch(r"(?:19|20)\d{2}", m.group("num")):
            continue  # "kronor 2027": a year
        dec = f",{m.group('dec')}" if m.group("dec") else ""
        parsed = parse_amount(f"{m.group('num')}{dec} {m.group('mult') or m.group('unit')}")
        unit = numbers.unit(m.group("unit"))
        if parsed is None or unit is None:
            continue
        value = parsed[0] * (unit.multiplier if m.group("mult") else 1)
        out.append(Amount(value, Currency(unit.currency) if unit.currency else None,
                          m.group(0).strip().rstrip("."),
                          _year_near(text, m.start(), m.end()), clause, page))
        spans.append((m.start(), m.end()))
    return out, spans


# a range of sums with its unit after the upper bound: "2–3 mnkr", "100 000 – 150 000 kronor"
# (the dash bare or spaced on both sides: "2026 -6 000 tkr" is a year and a deficit)
RANGE = re.compile(rf"(?<![\w,.\-/–:])(?P<low>{NUM}|\d+)(?:,\d{{1,2}})?(?:[-–—]|\s+[-–—]\s+)"
                   r"(?=\d)")


def _ranges(text: str, clause: int | None, page: int | None, taken: list[tuple[int, int]]
            ) -> list[Amount]:
    """The sums printed as a range ("2–3 mnkr"): one sum, the upper bound, whose text keeps the
    range. Not a range of years ("2026–2028"), of §§, pages or times, which have no unit."""
    out = []
    for r in RANGE.finditer(text):
        m = AMOUNT.match(text, r.end()) or AMOUNT_AFTER_DASH.match(text, r.end())
        if m is None or not m.group("unit") or any(a <= r.start() < b for a, b in taken) or \
                re.fullmatch(r"(?:19|20)\d{2}", r.group("low")):
            continue
        parsed = _value(m)
        if parsed is None:
            continue
        value, currency = parsed
        out.append(Amount(abs(value), currency, text[r.start():m.end()].strip().rstrip("."),
                          _year(text, m), clause, page))
        taken.append((r.start(), m.end()))
    return out


def _under_head(text: str, m: re.Match[str], unit: str, clause: int | None,
                page: int | None) -> list[Amount]:
    """A sum printed without its unit in a column whose head names it."""
    if _looks_like_date_or_id(text, m) or m.group("dec"):
        return []
    parsed = parse_amount(f"{m.group('num')} {unit}")
    if parsed is None:
        return []
    value, currency = parsed
    value = -value if m.group("sign") else value
    return [Amount(value, currency, m.group(0).strip(), _year(text, m), clause, page)]


def _worded(text: str, clause: int | None, page: int | None) -> list[Amount]:
    """The sums a text writes in words ("två miljoner kronor", "en halv miljon kronor")."""
    out = []
    for m in WORDED.finditer(text):
        if WRITTEN_OUT.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "1 000 000 kr (en miljon kronor)": the same sum once more
        said = " ".join(m.group("n").lower().split())
        unit = numbers.unit(m.group("unit"))
        if unit is None or unit.currency is None:
            continue
        value = unit.multiplier // 2 if said == "en halv" else (number(said) or 0) * unit.multiplier
        if value <= 0:
            continue
        currency = Currency(unit.currency)
        year = re.match(r"\s+(?:för|under)\s+(?:år\s+)?((?:19|20)\d{2})\b", text[m.end():])
        out.append(Amount(value, currency, m.group(0),
                          int(year.group(1)) if year else _year_near(text, m.start(), m.end()),
                          clause, page))
    return out


def _year(text: str, m: re.Match[str]) -> int | None:
    """The year a sum is for: printed right after it, before it ("för 2026 till 14 200 tkr"), or
    a few words after it ("640 tkr i föreningsbidrag för 2026")."""
    if m.group("year"):
        return int(m.group("year"))
    return _year_near(text, m.start(), m.end())


def _year_near(text: str, start: int, end: int) -> int | None:
    """The year printed just before a sum or a few words after it."""
    before = YEAR_BEFORE.search(text[max(0, start - 45):start])
    if before:
        return int(before.group(1) or before.group(2) or before.group(3))
    after = YEAR_AFTER.match(text[end:end + 60])
    return int(after.group(1)) if after else None


def _currency_named(m: re.Match[str]) -> bool:
    """Whether a sum's unit names its currency ("2 mnkr"; not "2 miljoner", which may be
    "2 miljoner invånare")."""
    unit = numbers.unit(m.group("unit") or "")
    return bool(unit and unit.currency)


def _money_context(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 60):m.start()].lower()
    return bool(re.search(r"insats|kostnad|belopp|budget|ersättning|bidrag|uppgår|anslag|summa|"
                          r"kronor|(?<![fg])ram|medel", before))  # not "ta fram", "program"


def _looks_like_date_or_id(text: str, m: re.Match[str]) -> bool:
    after = text[m.end():m.end() + 1]
    return after in {"-", "/", ":"} and not m.group("unit")


def clause_amounts(clauses: Iterable[Clause], default_currency: Currency | None = None
                   ) -> list[Amount]:
    """Amounts of each clause, tagged with the clause number. A sum printed without its
    currency ("högst 40 miljoner") is in the one currency the decision's other sums name."""
    out = []
    for c in clauses:
        out += extract_amounts(c.text, c.number, c.page, default_currency)
    named = {a.currency for a in out if a.currency}
    if len(named) == 1:
        (currency,) = named
        out = [a if a.currency else replace(a, currency=currency) for a in out]
    return out
