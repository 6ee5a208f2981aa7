"""People and parties as the minutes print them (pure).

A member is a name followed by the party in brackets: `Hans Lindberg (S)`, `Maria Lindvall
(-)(L)` (independent, formerly L: party "-"), `Åsa Bäckström (-)(V)`. A genitive mention
(`Elisabeth Unells (M) förslag`) refers to someone's proposal and does not make that person
a mover; `leading_members` gives only the subjects a sentence opens with. A group of parties
(`yrkande från M, D, L och KD`, `Ledamöterna från SD`) names no person: `parse_party_group`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from meetbook.lexicon import bodies, names, parties
from meetbook.lexicon.fuzzy import same_person
from meetbook.lexicon.names import strip_genitive
from meetbook.model import Member

__all__ = ["Mention", "find_mentions", "leading_members", "leading_mentions", "named_members",
           "parse_members", "parse_party_group", "same_person", "strip_genitive", "subject_end",
           "with_party_marks"]

# what follows a genitive mention: "Elisabeth Unells (M) förslag", "Sundqvists (S) m.fl. yrkande",
# "Anders Ågrens (M) återremissyrkande", "Erik Johanssons (SD) reservation"
POSSESSED = re.compile(
    r"^\s*(?:m\.?\s?fl\.?\s+|med flera\s+)?"
    r"(?:(?:tidigare|första|andra|eget|egna|ursprungliga|skriftliga|muntliga|nya)\s+)?"
    r"(?:\w*förslag\w*|\w*yrkande\w*|\w*motion\w*|reservation\w*|skrivelse\w*|linje\w*|"
    r"fråga\w*|interpellation\w*|initiativ\w*|uttalande\w*|yttrande\w*)\b",
    re.IGNORECASE)
# words that may stand between the subjects of a sentence: "och tjänstgörande ersättarna"
# "och tjänstgörande ersättarna", "tillsammans med"
SUBJECT_GLUE = frozenset({"och", "samt", ",", "tillsammans", "med"} | names.ROLES)


@dataclass(frozen=True)
class Mention:
    """A person as printed in a text: where, and whether it is a genitive (someone's förslag)."""

    member: Member
    start: int
    end: int
    possessive: bool


def find_mentions(text: str, with_parties: bool = True) -> list[Mention]:
    """Every `Name (PARTY)` in the text in order, genitive ones flagged and de-genitived; in
    minutes that print no parties (`with_parties` False), every name, with a party or not."""
    if not with_parties:
        return _named_mentions(text)
    out = []
    for m in parties.MARK.finditer(text):
        found = names.name_before(text, m.start())
        if found is None:
            continue
        name, start = found
        party = parties.party_of(m)
        possessive = bool(POSSESSED.match(text[m.end():])) and name.endswith("s")
        if possessive:
            name = strip_genitive(name)
        out.append(Mention(Member(name, party), start, m.end(), possessive))
    return out


def parse_members(text: str, keep_possessive: bool = False, with_parties: bool = True
                  ) -> list[Member]:
    """The members named in the text, in order, once each; genitive mentions left out."""
    seen: dict[Member, None] = {}
    for mention in find_mentions(text, with_parties):
        if keep_possessive or not mention.possessive:
            seen.setdefault(mention.member, None)
    return list(seen)


# a name, perhaps with its party: "Anna Kengo", "Tua Backman (SFP)"
NAMED = re.compile(rf"(?P<name>{names.NAME})(?:\s*{parties.MARK.pattern})?")


def _named_mentions(text: str) -> list[Mention]:
    out = []
    for m in NAMED.finditer(text):
        name = m.group("name")
        possessive = bool(POSSESSED.match(text[m.end():])) and name.endswith("s")
        party = parties.party_of(m) if m.group("p1") else None
        member = Member(strip_genitive(name) if possessive else name, party)
        out.append(Mention(member, m.start(), m.end(), possessive))
    return out


def named_members(text: str) -> tuple[Member, ...]:
    """The members a run of names gives ("Anna Kengo, Tua Backman och Jean Hellsten"), with
    their party where one is printed after the name, else party None."""
    return tuple(m.member for m in _named_mentions(text))


def _is_glue(gap: str) -> bool:
    words = gap.replace(",", " , ").split()
    return all(w.casefold() in SUBJECT_GLUE for w in words)


# a title before the first subject: "Kommunstyrelsens ordförande", "Kommunalrådet",
# "Ordföranden", "Socialnämndens vice ordförande"
_TITLE = re.compile(rf"\s*(?:(?:{bodies.WORD})\s+)?{names.TITLED}")


def _is_title(gap: str) -> bool:
    return bool(gap.strip()) and bool(_TITLE.fullmatch(gap))


def leading_mentions(text: str, with_parties: bool = True) -> list[Mention]:
    """The mentions a sentence opens with: its subjects, up to the first other word; the
    first subject may stand after its title ("Kommunstyrelsens ordförande Anna Berg (S)")."""
    out: list[Mention] = []
    pos = 0
    for mention in find_mentions(text, with_parties):
        gap = text[pos:mention.start]
        if mention.possessive or not (_is_glue(gap) or (not out and _is_title(gap))):
            break
        out.append(mention)
        pos = mention.end
    return out


def leading_members(text: str, with_parties: bool = True) -> list[Member]:
    """The members a sentence opens with (`A (S) och B (M) yrkar …` gives A and B)."""
    return list(dict.fromkeys(m.member for m in leading_mentions(text, with_parties)))


def subject_end(text: str, with_parties: bool = True) -> int:
    """Where the leading subjects of a sentence end (0 when it opens with none)."""
    mentions = leading_mentions(text, with_parties)
    return mentions[-1].end if mentions else 0


# a party between commas or dashes after a name: "Ali Reza, V, yrkar …", "Bertil Frost – KD –
# yrkar …"
_PARTY_BETWEEN = re.compile(
    rf"(?P<name>{names.NAME})(?:\s*,\s*|\s+[-–]\s+)(?P<code>{parties.CODE})(?:\s*,|\s+[-–])(?=\s)")


# what follows the name in _PARTY_BETWEEN: looked for first, without the slow name
_PARTY_AFTER = re.compile(rf"(?:\s*,\s*|\s+[-–]\s+){parties.CODE}(?:\s*,|\s+[-–])(?=\s)")


def with_party_marks(text: str) -> str:
    """The text with a party printed between commas or dashes after a name given in brackets
    ("Ali Reza, V, yrkar" gives "Ali Reza (V) yrkar"), as the readers of members expect it."""
    if not _PARTY_AFTER.search(text):
        return text
    return _PARTY_BETWEEN.sub(lambda m: f"{m.group('name')} ({m.group('code')})", text)


def parse_party_group(text: str) -> list[str]:
    """The parties of a group reference (`yrkande från M, D, L och KD` gives M, D, L, KD)."""
    return parties.party_group(text)
