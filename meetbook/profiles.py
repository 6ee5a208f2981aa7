"""Municipality profiles: conventions of single municipalities, read from
corpus/profiles/municipalities.json (data, not code)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROFILES = Path(__file__).resolve().parent.parent / "corpus" / "profiles" / "municipalities.json"


@dataclass(frozen=True)
class Profile:
    municipality: str
    recognise: tuple[str, ...] = ()
    currency: str | None = None
    bare_dnr_prefix: dict = field(default_factory=dict, hash=False, compare=False)
    bodies: tuple[str, ...] = ()  # the bodies' names as they should read, to mend garbled text
    # the municipality's own abbreviations of its bodies ("KSNAU"), beside the lexicon's generic ones
    abbreviations: dict = field(default_factory=dict, hash=False, compare=False)


@lru_cache(maxsize=1)
def profiles() -> tuple[Profile, ...]:
    if not PROFILES.exists():
        return ()
    data = json.loads(PROFILES.read_text(encoding="utf-8"))
    return tuple(Profile(p["municipality"], tuple(p.get("recognise", ())), p.get("currency"),
                         p.get("bare_dnr_prefix", {}), tuple(p.get("bodies", ())),
                         p.get("abbreviations", {}))
                 for p in data["profiles"])


def recognise(text: str) -> Profile | None:
    """The profile whose patterns the text matches first, or None."""
    for p in profiles():
        if any(re.search(rx, text, re.IGNORECASE) for rx in p.recognise):
            return p
    return None


def of(municipality: str | None) -> Profile | None:
    return next((p for p in profiles() if p.municipality == municipality), None)
