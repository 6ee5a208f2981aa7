"""Written reservations and statements printed in an appendix after the last § ("Bilaga 2 till
kommunfullmäktiges protokoll 2026-12-15, § 63") are read with the § they follow; these move
them to the § their head names."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from meetbook.model import Decision, Item

__all__ = ["item_paragraph", "moved_to_named_paragraph"]


def item_paragraph(item: Item) -> int | None:
    """The § number of an item ("§ 63"), or None (a case paper on its own has none)."""
    number = item.number or ""
    m = re.search(r"\d+", number)
    return int(m.group(0)) if m and "/" not in number else None


def moved_to_named_paragraph(items: Sequence[Item], field: str,
                             named: Callable[[Any], int | None],
                             merge: Callable[[Item, Sequence[Any]], Item]) -> list[Item]:
    """The items with each fact of the decisions' `field` whose appendix head names another §
    of the file (`named`) taken out of its decision and given to that § (`merge`)."""
    paragraphs = {p for it in items if (p := item_paragraph(it)) is not None}

    def elsewhere(d: Decision, fact: Any) -> bool:
        p = named(fact)
        return p is not None and p != d.paragraph and p in paragraphs

    moved: dict[int, list[Any]] = {}
    kept = []
    for it in items:
        decisions = []
        for d in it.decisions:
            facts = getattr(d, field)
            for fact in facts:
                if elsewhere(d, fact):
                    moved.setdefault(named(fact) or 0, []).append(fact)
            stay: dict[str, Any] = {field: tuple(f for f in facts if not elsewhere(d, f))}
            decisions.append(replace(d, **stay))
        kept.append(replace(it, decisions=tuple(decisions)))
    return [merge(it, moved.get(item_paragraph(it) or -1, [])) for it in kept]
