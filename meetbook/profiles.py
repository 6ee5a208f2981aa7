"""Municipality profiles: the conventions of single municipalities, kept as package data.

One JSON file per municipality in ``meetbook/data/profiles/`` (the schema is in
``meetbook/data/README.md``), validated when first read: a missing or malformed file is a
DataError with a one-line message, never a silently empty profile. Keys the schema does not
name are kept in ``Profile.raw``, so a new field can be added to the data before its reader.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from meetbook.data import expect, json_names, read_json
from meetbook.errors import DataError
from meetbook.model import Currency
from meetbook.text import fold

FOLDER = "profiles"


class Numbering(StrEnum):
    """How a municipality numbers the ärenden of its agendas and minutes, as printed.

    "§ n": the paragraph of the minutes (§ 213); "n §": the same in Finland-Swedish order
    (39 §); "n": a kallelse's running number (1, 2 …); "n/yy": the ärende's number in the
    year (195/26)."""

    PARAGRAPH = "§ n"
    PARAGRAPH_AFTER = "n §"
    RUNNING = "n"
    NUMBER_YEAR = "n/yy"


class Variant(StrEnum):
    """The Swedish a municipality writes: sv-SE (Sweden) or sv-FI (Finland-Swedish: dates
    5.9.2022, "39 §", stadsstyrelsen and fullmäktige)."""

    SWEDEN = "sv-SE"
    FINLAND = "sv-FI"


@dataclass(frozen=True)
class Profile:
    """One municipality's conventions; None or empty where its profile does not say."""

    municipality: str
    recognise: tuple[str, ...] = ()  # regular expressions, case-insensitive
    currency: Currency | None = None  # of sums printed without a unit
    # a body → the diarium prefix its own agenda leaves out (2025-00186 for KS-2025-00186)
    bare_dnr_prefix: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    bodies: tuple[str, ...] = ()  # the bodies' names as they should read, to mend garbled text
    abbreviations: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    numbering: tuple[Numbering, ...] = ()
    parties: bool | None = None  # whether members are printed with their parties
    variant: Variant | None = None
    source: str = ""  # the data file, for messages
    raw: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False, repr=False)
    patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def body_of(self, abbreviation: str) -> str | None:
        """The body an abbreviation stands for here ("KSNAU" → its utskott), or None."""
        return self.abbreviations.get(abbreviation.strip().upper())


# ---------------------------------------------------------------- reading


@lru_cache(maxsize=1)
def all_profiles() -> tuple[Profile, ...]:
    """Every municipality's profile, in file-name order; DataError when one is invalid."""
    out = tuple(_profile(f"{FOLDER}/{name}", read_json(FOLDER, name))
                for name in json_names(FOLDER))
    expect(bool(out), f"{FOLDER}/", "no profile files")
    seen: dict[str, str] = {}
    for p in out:
        expect(fold(p.municipality) not in seen, p.source,
               f"'{p.municipality}' has a profile already in {seen.get(fold(p.municipality))}")
        seen[fold(p.municipality)] = p.source
    return out


def _profile(where: str, data: Any) -> Profile:
    expect(isinstance(data, dict), where, "a profile is a JSON object")
    municipality = data.get("municipality")
    expect(isinstance(municipality, str) and bool(municipality.strip()), where,
           "'municipality' must be a non-empty string")
    recognise = _strings(data.get("recognise", []), where, "recognise")
    bodies, abbreviations = _bodies(data.get("bodies", []), where)
    dnr = _section(data, "dnr", where)
    agenda = _section(data, "agenda", where)
    dialect = _section(data, "dialect", where)
    parties = dialect.get("parties")
    expect(parties is None or isinstance(parties, bool), where,
           "'dialect.parties' must be true or false")
    return Profile(
        municipality=municipality, recognise=recognise,
        currency=_choice(Currency, data.get("currency"), where, "currency"),
        bare_dnr_prefix=MappingProxyType(_mapping(dnr.get("bare_prefix", {}), where,
                                                  "dnr.bare_prefix")),
        bodies=bodies, abbreviations=MappingProxyType(abbreviations),
        numbering=tuple(_choice(Numbering, n, where, "agenda.numbering")  # type: ignore[misc]
                        for n in _strings(agenda.get("numbering", []), where, "agenda.numbering")),
        parties=parties, variant=_choice(Variant, dialect.get("variant"), where, "dialect.variant"),
        source=where, raw=MappingProxyType(data),
        patterns=tuple(_pattern(rx, where) for rx in recognise))


def _section(data: dict, key: str, where: str) -> dict:
    value = data.get(key, {})
    expect(isinstance(value, dict), where, f"'{key}' must be an object")
    return value


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    expect(isinstance(value, list) and all(isinstance(v, str) and v for v in value), where,
           f"'{key}' must be a list of non-empty strings")
    return tuple(value)


def _mapping(value: Any, where: str, key: str) -> dict[str, str]:
    expect(isinstance(value, dict) and all(isinstance(v, str) for v in value.values()), where,
           f"'{key}' must map names to strings")
    return dict(value)


def _choice(kind, value: Any, where: str, key: str):
    if value is None:
        return None
    allowed = [str(v) for v in kind]
    expect(value in allowed, where, f"'{key}' must be one of {', '.join(allowed)} (not {value!r})")
    return kind(value)


def _pattern(rx: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(rx, re.IGNORECASE)
    except re.error as e:
        raise DataError(f"meetbook data {where}: 'recognise' pattern {rx!r}: {e}") from None


def _bodies(value: Any, where: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """The bodies' names, and each abbreviation (upper case) → its body. A body is a name or
    {"name": …, "abbreviations": [...]}."""
    expect(isinstance(value, list), where, "'bodies' must be a list")
    names: list[str] = []
    abbreviations: dict[str, str] = {}
    for body in value:
        if isinstance(body, str):
            body = {"name": body}
        expect(isinstance(body, dict) and isinstance(body.get("name"), str) and body["name"],
               where, "each of 'bodies' is a name or an object with a 'name'")
        names.append(body["name"])
        for abbreviation in _strings(body.get("abbreviations", []), where, "abbreviations"):
            expect(abbreviation.upper() not in abbreviations, where,
                   f"abbreviation {abbreviation!r} is given to two bodies")
            abbreviations[abbreviation.upper()] = body["name"]
    return tuple(names), abbreviations


# ---------------------------------------------------------------- lookups


def recognise(text: str) -> Profile | None:
    """The profile whose patterns the text matches most often (the earliest first on a tie),
    or None: a document names its own municipality in every running header."""
    best: tuple[int, int] | None = None
    found: Profile | None = None
    for p in all_profiles():
        hits = [m.start() for rx in p.patterns for m in rx.finditer(text)]
        if hits and (best is None or (-len(hits), min(hits)) < best):
            best, found = (-len(hits), min(hits)), p
    return found


def of(municipality: str | None) -> Profile | None:
    """The profile of the municipality as the register names it, or None."""
    return next((p for p in all_profiles() if p.municipality == municipality), None)


@lru_cache(maxsize=1)
def municipality_names() -> tuple[str, ...]:
    """The names of Sweden's municipalities and Finland's Swedish-speaking and bilingual ones
    ("Umeå", "Nykarleby"), from meetbook/data/municipalities.json."""
    data = read_json("municipalities.json")
    where = "municipalities.json"
    expect(isinstance(data, dict) and {"SE", "FI"} <= data.keys(), where,
           "an object with the countries 'SE' and 'FI'")
    names: list[str] = []
    for country in ("SE", "FI"):
        regions = data[country]
        expect(isinstance(regions, dict), where, f"'{country}' maps regions to names")
        for region, listed in regions.items():
            names += _strings(listed, where, f"{country}.{region}")
    return tuple(names)
