"""What a municipality's profile adds to what its documents print (pure): the municipality
when the cover does not name it, the currency of sums printed without one, and the prefix of
case numbers printed without theirs."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook import profiles
from meetbook.extract import dnr as dnr_mod
from meetbook.model import Currency
from meetbook.pdf.pages import Page
from meetbook.segment.cover import Cover


def with_profile(cover: Cover, pages: Sequence[Page]) -> Cover:
    """The cover, with the municipality a profile recognises when the cover does not name it."""
    if cover.municipality:
        return cover
    text = " ".join(ln.text for p in pages[:3] for ln in p.lines)
    found = profiles.recognise(text)
    return replace(cover, municipality=found.municipality) if found else cover


def currency(cover: Cover) -> Currency | None:
    """The currency of the municipality's sums printed without one."""
    profile = profiles.of(cover.municipality)
    return Currency(profile.currency) if profile and profile.currency else None


def bare_dnr(found: tuple[tuple[str, str], ...], cover: Cover) -> tuple[tuple[str, str], ...]:
    """A bare reference (2025-00186) with the prefix the municipality's profile gives the body."""
    profile = profiles.of(cover.municipality)
    prefix = profile.bare_dnr_prefix.get(cover.body or "") if profile else None
    if not prefix:
        return found
    return tuple((dnr_mod.normalise(f"{prefix}-{raw}") if re.fullmatch(r"\d{4}-\d{1,6}", raw)
                  else norm, raw) for norm, raw in found)
