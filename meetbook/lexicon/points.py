"""References to a decision's points ("att-satserna 1–4", "att-sats 5", "punkterna 2, 3 och 5",
"beslutspunkt 2", "att-satserna 1 och 3 samt 5"), and the bullet of a list item."""
from __future__ import annotations

import re

# a point's number: one or two digits ("2026" is a year, not a point)
NUMBER = r"\d{1,2}(?!\d)"
# a list item's bullet, as minutes print one before a point, a person or a yrkande:
# "– att …", "• Per Ek (M)", "* Anna Berg (S)", "▪ …"
BULLET = r"[−–—•·∙▪◦*\-]"
SPAN = rf"{NUMBER}(?:\s*[-–]\s*{NUMBER})?"
LIST = rf"{SPAN}(?:\s*(?:,|och|samt|&)\s*{SPAN})*"
REFERENCE = re.compile(
    rf"\b(?:att-?sats(?:en|erna|er)?|(?:besluts)?punkt(?:en|erna)?)\s+(?P<list>{LIST})",
    re.IGNORECASE)
_SPAN = re.compile(rf"(?P<lo>{NUMBER})(?:\s*[-–]\s*(?P<hi>{NUMBER}))?")
# a span wider than this is no list of points but a misprint: "punkterna 1-95" gives 1
MAX_SPAN = 50


def point_numbers(text: str) -> tuple[int, ...]:
    """The point numbers the text refers to, in order, once each: "att-satserna 1-4" gives
    1, 2, 3, 4."""
    out: list[int] = []
    for ref in REFERENCE.finditer(text):
        for m in _SPAN.finditer(ref.group("list")):
            lo, hi = int(m.group("lo")), int(m.group("hi") or m.group("lo"))
            out.extend(range(lo, hi + 1) if 0 <= hi - lo < MAX_SPAN else [lo])
    return tuple(dict.fromkeys(out))
