"""Voting appendices given to their votes (pure).

Each list of voters printed apart from its § (segment.vote_appendix) goes to a vote of the §'s
that has no voters yet: the one that points to the list's bilaga ("framgår av bilaga 2") or list
number ("omröstningsbilagan, lista nr. 1"), else the §'s votes in order. The § is the one the
list's heading names ("Ärende: § 10", "Bilaga 2 till protokoll …, § 12"), or the one whose
title the heading prints; a list that gives neither goes to the vote that points to its bilaga,
or to the next vote that points to a list printed elsewhere. A list whose § printed no result
it can be matched to becomes a vote of its own on the §'s decision. The voters are checked
against every count printed for the vote (extract.votes.with_list), never adjusted.

A list that prints its names surname first without a comma ("Berg Anna", "Lilja Hedin Ebba",
"af Sillén Helena") is read back in the order the rest of the minutes print the same people
("Anna Berg (S) yrkar …", another list): `in_name_order`.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from meetbook.assemble.appendix_moves import item_paragraph, moved_to_named_paragraph
from meetbook.extract.reservations import appendix_paragraph
from meetbook.extract.votes import with_list
from meetbook.lexicon import names
from meetbook.lexicon import votes as lex
from meetbook.lexicon.fuzzy import fold, similarity
from meetbook.model import DecisionKind, Item, Reservation, Vote, Voter
from meetbook.segment.vote_appendix import AppendixList

log = logging.getLogger(__name__)
SAME_TITLE = 90  # similarity (0-100) at which a list's title is its §'s
MIN_OPENING = 12  # the shortest § title a list's heading may open with and go on after

Place = tuple[int, int, int]  # item, decision, vote


@dataclass
class _Slot:
    """A vote printed in a § that may take a list of voters printed elsewhere."""

    place: Place
    paragraph: int | None
    reference: str | None
    taken: bool = False


def with_appendix_votes(items: Sequence[Item], lists: Sequence[AppendixList]) -> list[Item]:
    """The items with the voters of each voting appendix on the vote of its §, every list's
    names in the order the minutes print them."""
    return in_name_order(_given(items, lists))


def _given(items: Sequence[Item], lists: Sequence[AppendixList]) -> list[Item]:
    if not lists:
        return list(items)
    slots = _slots(items)
    filled: dict[Place, Vote] = {}
    added: dict[tuple[int, int], list[Vote]] = {}
    per_paragraph = _numbered_per_paragraph(lists)
    homes = [listed.paragraph or _paragraph_titled(listed.title, items) or
             _numbered_home(listed, items, slots) for listed in lists]
    in_order = _in_order(homes, slots)
    for listed, paragraph in zip(lists, homes):
        slot = (_numbered_slot(listed, items, slots) if per_paragraph else None) or \
            _named_by_number(listed, slots) or \
            (_first_free(paragraph, slots) if paragraph in in_order and listed.column is None
             else None) or _slot_for(listed, paragraph, slots) or \
            (_within(listed, items, slots) if paragraph is None else None)
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


def _slots(items: Sequence[Item]) -> list[_Slot]:
    """The votes of the §§ that list no voters, in the order the minutes print them."""
    return [_Slot((i, d, v), item_paragraph(item), vote.appendix)
            for i, item in enumerate(items) for d, decision in enumerate(item.decisions)
            for v, vote in enumerate(decision.votes) if not vote.voters]


def _slot_for(listed: AppendixList, paragraph: int | None, slots: Sequence[_Slot]
              ) -> _Slot | None:
    if listed.column is not None and paragraph is not None:
        # one column of a table of the §'s voteringar: its votering in the § 's order
        own = [s for s in slots if s.paragraph == paragraph]
        if len(own) >= listed.column and not own[listed.column - 1].taken:
            return own[listed.column - 1]
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


def _in_order(homes: Sequence[int | None], slots: Sequence[_Slot]) -> set[int]:
    """The §§ whose lists go to their votes in the order both are printed: as many lists as
    votes (two or more), and the § 's references to them tell no vote from another (one
    sentence pointing to the bilaga for both voteringar, "Hur var och en har röstat i
    omröstningarna nr 2 och 3 framgår av bilaga 1", rests on the last vote; "bilaga B" and
    "bilaga A", one on each, tell them apart)."""
    out = set()
    for paragraph, n in Counter(h for h in homes if h is not None).items():
        own = [s for s in slots if s.paragraph == paragraph]
        pointed = {(lex.appendix_number(s.reference), lex.list_number(s.reference))
                   for s in own if s.reference}
        if n >= 2 and len(own) == n and len(pointed) <= 1:
            out.add(paragraph)
    return out


def _named_by_number(listed: AppendixList, slots: Sequence[_Slot]) -> _Slot | None:
    """The one free vote whose § names it by the list's number through the meeting ("Votering
    begärs (omröstning nr 3)" for "Omröstning nr 3")."""
    if listed.number is None or listed.column is not None:
        return None
    named = [s for s in slots if not s.taken and _number_named(s.reference) == listed.number]
    return named[0] if len(named) == 1 else None


def _numbered_home(listed: AppendixList, items: Sequence[Item], slots: Sequence[_Slot]
                   ) -> int | None:
    """The § of a list numbered through the meeting that no vote's reference names, where
    exactly one § names its votering by that number in a sentence with no result ("Votering
    begärs och genomförs (votering nr 1)." over a voteringslista of the whole meeting)."""
    if listed.number is None or listed.column is not None or \
            any(_number_named(s.reference) == listed.number for s in slots):
        return None
    found = {item_paragraph(it) for it in items
             if any(int(m.group("n")) == listed.number
                    for m in lex.NUMBERED_VOTE.finditer(it.text))}
    return found.pop() if len(found) == 1 else None


def _number_named(reference: str | None) -> int | None:
    m = lex.NUMBERED_VOTE.search(reference or "")
    return int(m.group("n")) if m else None


def _within(listed: AppendixList, items: Sequence[Item], slots: Sequence[_Slot]) -> _Slot | None:
    """A list that names nothing printed on the pages of the § before it, that § still going on
    there: the §'s own table at its end ("Omröstningslista" under the last §'s result), to its
    first free vote."""
    page = listed.votes.page
    spans = [(k, it.pages) for k, it in enumerate(items) if it.pages and it.pages[0] <= page]
    if not spans or spans[-1][1][1] < page:
        return None
    last = spans[-1][0]
    return next((s for s in slots if s.place[0] == last and not s.taken), None)


def _first_free(paragraph: int | None, slots: Sequence[_Slot]) -> _Slot | None:
    return next((s for s in slots if s.paragraph == paragraph and not s.taken), None)


def _numbered_per_paragraph(lists: Sequence[AppendixList]) -> bool:
    """Whether the lists number their voteringar § by § ("Votering 1, § 103", "Votering 2, §
    103", "Votering 1, § 104"), not through the meeting ("Omröstningslista nr. 3"): every list
    names its § and its number, and each §'s numbers are 1, 2, … ."""
    numbers: dict[int, list[int]] = {}
    for listed in lists:
        if listed.paragraph is None or listed.number is None or listed.column is not None:
            return False
        numbers.setdefault(listed.paragraph, []).append(listed.number)
    return bool(numbers) and all(sorted(ns) == list(range(1, len(ns) + 1))
                                 for ns in numbers.values())


def _numbered_slot(listed: AppendixList, items: Sequence[Item], slots: Sequence[_Slot]
                   ) -> _Slot | None:
    """The n-th vote of the § a list numbered § by § names, when it is free: "Votering 2, §
    103" is § 103's second vote, whichever of its votes points to the appendix."""
    assert listed.number is not None
    places = [(i, d, v) for i, item in enumerate(items) if item_paragraph(item) == listed.paragraph
              for d, decision in enumerate(item.decisions) for v in range(len(decision.votes))]
    if len(places) < listed.number:
        return None
    place = places[listed.number - 1]
    return next((s for s in slots if s.place == place and not s.taken), None)


def _paragraph_titled(title: str, items: Sequence[Item]) -> int | None:
    """The § whose title a list's heading prints, when exactly one § has it; or, where none
    does, the one § whose whole title the heading opens with, what the votering was about after
    it ("Budget 2027 och plan 2028–2029 – återremiss")."""
    if not title:
        return None
    found = {item_paragraph(it) for it in items if it.title and similarity(it.title, title) >= SAME_TITLE}
    if not found:
        head = fold(title)
        found = {item_paragraph(it) for it in items if it.title and len(it.title) >= MIN_OPENING
                 and head.startswith(fold(it.title))}
    return found.pop() if len(found) == 1 else None


def _decision_of(paragraph: int | None, items: Sequence[Item]) -> tuple[int, int] | None:
    """(item, decision) where a vote of the § goes: its own beslut, else its first decision."""
    for i, item in enumerate(items):
        if paragraph is None or item_paragraph(item) != paragraph or not item.decisions:
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


# ------------------------------------------------------------------ names surname first


def in_name_order(items: Sequence[Item]) -> list[Item]:
    """The items with each vote's voters named as the rest of the minutes name them, where the
    list prints them surname first without a comma. A list leans to the turned order when more
    of its names are known elsewhere only with their words turned ("Berg Anna" beside "Anna
    Berg (S) yrkar …") than as printed: first by the movers, reservants and members of
    statements, then, for the lists those leave open, by the lists already settled too. A
    turned list has each name as the minutes print it or, unknown, turned as most of it is."""
    votes = _votes(items)
    if not votes:
        return list(items)
    people = _people(items)
    leans = [_leaning(v.voters, people) for v in votes]
    settled = people | {x.name for v, lean in zip(votes, leans) if lean is False
                        for x in v.voters}
    open_names = [{x.name for x in v.voters} if lean is None else set()
                  for v, lean in zip(votes, leans)]
    for k, v in enumerate(votes):
        if leans[k] is None:
            others = set().union(*(n for j, n in enumerate(open_names) if j != k))
            leans[k] = bool(_leaning(v.voters, settled | others))
    settled |= {x.name for v, lean in zip(votes, leans) if not lean for x in v.voters}
    turned = iter(_turned(v.voters, settled) if lean else v.voters for v, lean in zip(votes, leans))
    return [replace(item, decisions=tuple(
        replace(d, votes=tuple(replace(v, voters=tuple(next(turned))) for v in d.votes))
        for d in item.decisions)) for item in items]


def _votes(items: Sequence[Item]) -> list[Vote]:
    return [v for it in items for d in it.decisions for v in d.votes]


def _people(items: Sequence[Item]) -> set[str]:
    """The names of the movers, reservants and members of statements."""
    out: set[str] = set()
    for it in items:
        for d in it.decisions:
            out |= {x.name for m in d.motions for x in m.movers}
            out |= {x.name for r in d.reservations for x in r.members}
            out |= {x.name for st in d.statements for x in st.members}
    return out


def _turns(name: str) -> list[tuple[int, str]]:
    """(k, the name with its first k words put last): "Lilja Hedin Ebba" gives (1, "Hedin Ebba
    Lilja") and (2, "Ebba Lilja Hedin")."""
    words = name.split()
    return [(k, " ".join(words[k:] + words[:k])) for k in range(1, len(words))]


def _particled(name: str, usual: int) -> int:
    """The turn of a surname that opens with a particle ("af Sillén Helena" turns two words),
    else the usual one."""
    words = name.split()
    if words[0] not in names.PARTICLES:
        return usual
    return next((k + 1 for k, w in enumerate(words) if w not in names.PARTICLES), usual)


def _leaning(voters: Sequence[Voter], known: set[str]) -> bool | None:
    """True when more of the names are known only turned than as printed, False when fewer,
    None when the known names do not tell (a list of fewer than three names never leans)."""
    if len(voters) < 3:
        return False
    as_printed = sum(v.name in known for v in voters)
    turned = sum(v.name not in known and any(t in known for _, t in _turns(v.name))
                 for v in voters)
    return None if as_printed == turned else turned > as_printed


def _turned(voters: Sequence[Voter], known: set[str]) -> list[Voter]:
    """The voters with each name turned: as the minutes print it where they do, else by the
    turn most of the known names take."""
    ks = Counter(k for v in voters for k, t in _turns(v.name) if t in known)
    usual = ks.most_common(1)[0][0] if ks else 1
    out = []
    for v in voters:
        options = _turns(v.name)
        name = next((t for _, t in options if t in known), None)
        if name is None:
            name = v.name if v.name in known else dict(options).get(_particled(v.name, usual),
                                                                     v.name)
        out.append(Voter(name, v.party, v.vote))
    return out


def with_appendix_reservations(items: Sequence[Item]) -> list[Item]:
    """The items with each written reservation printed in an appendix that names another §
    ("Bilaga 2 till socialnämndens protokoll § 93" after the last §) moved to that §'s first
    decision, unless that § already holds a reservation of the same members."""
    return moved_to_named_paragraph(items, "reservations", appendix_paragraph, _with_reservations)


def _with_reservations(item: Item, added: Sequence[Reservation]) -> Item:
    if not added or not item.decisions:
        return item
    first, *rest = item.decisions
    have = {frozenset(r.members) for r in first.reservations}
    new = tuple(r for r in added if frozenset(r.members) not in have)
    return replace(item, decisions=(replace(first, reservations=first.reservations + new), *rest))
