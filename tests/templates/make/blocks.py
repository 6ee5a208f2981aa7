"""The text of a § as a list of blocks, set the same way by the templates that print their §§
as headed sections: ("h", heading), ("p", paragraph), ("points", lead or None, [point, …]),
("att", lead, [att-sats, …]), ("lines", [line, …]); a template adds its own kinds (roll calls)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .sheet import Sheet


@dataclass
class Para:
    """A § of the minutes: number, title, case number as printed, blocks."""

    number: int
    title: str
    dnr: str | None
    blocks: list = field(default_factory=list)


def render(s: Sheet, blocks: list, subhead: Callable[[Sheet, str], None], point_w: float = 16.0,
           more: dict[str, Callable] | None = None) -> None:
    for kind, *args in blocks:
        if kind == "h":
            subhead(s, args[0])
        elif kind == "p":
            s.text(args[0])
        elif kind in ("points", "att"):
            lead, points = args
            if lead:
                s.text(lead, after=2)
            for k, point in enumerate(points, 1):
                s.hanging("att" if kind == "att" else f"{k}.", point,
                          24 if kind == "att" else point_w)
            s.gap(4)
        elif kind == "lines":
            for ln in args[0]:
                s.text(ln, after=0.5)
            s.gap(4)
        elif more and kind in more:
            more[kind](s, *args)
        else:
            raise ValueError(kind)
