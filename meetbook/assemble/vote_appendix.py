"""Voting appendices given to their votes (pure).

Each list of voters printed apart from its § (segment.vote_appendix) goes to a vote of the §'s
that has no voters yet: the one that points to the list's bilaga ("framgår av bilaga 2") or list
number ("omröstningsbilagan, lista nr. 1"), else the §'s votes in order. The § is the one the
list's heading names ("Ärende: § 10", "Bilaga 2 till protokoll …, § 12"), or the one whose
title the heading prints; a list that gives neither goes to the vote that points to its bilaga,
or to the next vote that points to a list printed elsewhere. A list whose § printed no result
it can be matched to becomes a vote of its own on the §'s decision. The voters are checked
against every count printed for the vote (extract.votes.with_list), never adjusted.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from meetbook.extract.votes import with_list
from meetbook.lexicon import votes as lex
from meetbook.lexicon.fuzzy import similarity
from meetbook.model import DecisionKind, Item, Vote
from meetbook.segment.vote_appendix import AppendixList

log = logging.getLogger(__name__)
SAME_TITLE = 90  # similarity (0-100) at which a list's title is its §'s

Place = tuple[int, int, int]  # item, decision, vote


@dataclass
class _Slot:
    """A vote printed in a § that may take a list of voters printed elsewhere."""

    place: Place
    paragraph: int | None
    reference: str | None
    taken: bool = False


def with_appendix_votes(items: Sequence[Item], lists: Sequence[AppendixList]) -> list[Item]:
    """The items with the voters of each voting appendix on the vote of its §."""
    if not lists:
        return list(items)
    slots = _slots(items)
    filled: dict[Place, Vote] = {}
    added: dict[tuple[int, int], list[Vote]] = {}
    for listed in lists:
        paragraph = listed.paragraph or _paragraph_titled(listed.title, items)
        slot = _slot_for(listed, paragraph, slots)
        if slot is not None:
            slot.taken = True
            i, d, v = slot.place
            filled[slot.place] = with_list(items[i].decisions[d].votes[v], listed.votes)
            continue
        home = _decision_of(paragraph, items)
        if home is None:
            log.warning("the list of voters on page %d is left out: %s", listed.votes.page,
                        f"§ {paragraph} holds no decision to give it to" if paragraph is not None
                        else "it names no § of the minutes")
            continue
        added.setdefault(home, []).append(with_list(None, listed.votes))
    return [_item(k, item, filled, added) for k, item in enumerate(items)]


def _paragraph_of(item: Item) -> int | None:
    number = item.number or ""  # a case paper on its own has none
    m = re.search(r"\d+", number)
    return int(m.group(0)) if m and "/" not in number else None


def _slots(items: Sequence[Item]) -> list[_Slot]:
    """The votes of the §§ that list no voters, in the order the minutes print them."""
    return [_Slot((i, d, v), _paragraph_of(item), vote.appendix)
            for i, item in enumerate(items) for d, decision in enumerate(item.decisions)
            for v, vote in enumerate(decision.votes) if not vote.voters]


def _slot_for(listed: AppendixList, paragraph: int | None, slots: Sequence[_Slot]
              ) -> _Slot | None:
    free = [s for s in slots if not s.taken and (paragraph is None or s.paragraph == paragraph)]
    if listed.appendix is not None:
        hit = next((s for s in free if lex.appendix_number(s.reference or "") == listed.appendix),
                   None)
        if hit is not None:
            return hit
    if listed.number is not None:
        hit = next((s for s in free if s.reference and lex.appendix_number(s.reference) is None
                    and lex.list_number(s.reference) == listed.number), None)
        if hit is not None:
            return hit
    if paragraph is not None:
        pointing = [s for s in free if s.reference]
        return next(iter(pointing or free), None)
    # a list that names no §: the next vote that points to a list printed elsewhere, by no
    # number or by this list's
    return next((s for s in free if s.reference and lex.appendix_number(s.reference) in
                 (None, listed.appendix)), None)


def _paragraph_titled(title: str, items: Sequence[Item]) -> int | None:
    """The § whose title a list's heading prints, when exactly one § has it."""
    if not title:
        return None
    found = {_paragraph_of(it) for it in items if it.title and similarity(it.title, title) >= SAME_TITLE}
    return found.pop() if len(found) == 1 else None


def _decision_of(paragraph: int | None, items: Sequence[Item]) -> tuple[int, int] | None:
    """(item, decision) where a vote of the § goes: its own beslut, else its first decision."""
    for i, item in enumerate(items):
        if paragraph is None or _paragraph_of(item) != paragraph or not item.decisions:
            continue
        own = [d for d, x in enumerate(item.decisions)
               if x.kind == DecisionKind.BESLUT and x.paragraph == paragraph]
        return i, (own or [0])[0]
    return None


def _item(k: int, item: Item, filled: dict[Place, Vote],
          added: dict[tuple[int, int], list[Vote]]) -> Item:
    if not any(p[0] == k for p in filled) and not any(h[0] == k for h in added):
        return item
    decisions = []
    for d, decision in enumerate(item.decisions):
        votes = [filled.get((k, d, v), vote) for v, vote in enumerate(decision.votes)]
        votes += added.get((k, d), [])
        decisions.append(replace(decision, votes=tuple(votes)))
    return replace(item, decisions=tuple(decisions))
