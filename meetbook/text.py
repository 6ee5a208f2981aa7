"""Text helpers shared by the parser and the register (pure)."""
from __future__ import annotations

import unicodedata


def fold(s: str | None) -> str:
    """Lower case without diacritics and with single spaces: "Anders Ågren" → "anders agren"."""
    s = unicodedata.normalize("NFKD", s or "")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())
