"""Text helpers shared by the parser and the register (pure)."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(s: str | None) -> str:
    """Lower case without diacritics and with single spaces: "Anders Ågren" → "anders agren"."""
    s = unicodedata.normalize("NFKD", s or "")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def join_lines(text: str) -> str:
    """A table cell's lines as one line (see join_parts)."""
    return join_parts(text.splitlines())


def join_parts(parts: Iterable[str]) -> str:
    """Printed lines as one text. A hyphen at a line end joins a compound across the break
    ("Släps-" / "Högås" gives "Släps-Högås", "Ann-" / "Sofie" gives "Ann-Sofie", "e-" /
    "tjänster" gives "e-tjänster") or a word split in two ("detalj-" / "plan" gives
    "detaljplan"), but "Miljö-" / "och klimatnämnden" stays "Miljö- och klimatnämnden"."""
    out = ""
    for line in (ln.strip() for ln in parts):
        if not line:
            continue
        if out.endswith("-") and not out.endswith(" -") and line[:1].isalpha() \
                and line.split()[0].lower() not in ("och", "eller", "samt", "till"):
            stem = out.split()[-1][:-1]
            # "Ann-Sofie", "e-tjänster", "IT-stöd" keep their hyphen; "av-" / "veckling" does not
            keep = line[:1].isupper() or len(stem) == 1 or (stem.isupper() and len(stem) <= 4)
            out = out + line if keep else out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return " ".join(out.split())

