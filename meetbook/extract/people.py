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

from meetbook.lexicon import bodies, names, parties, phrases
from meetbook.lexicon.fuzzy import same_person
from meetbook.lexicon.names import strip_genitive
from meetbook.lexicon.sentences import sentences
from meetbook.model import Member

__all__ = ["Mention", "find_mentions", "leading_members", "leading_mentions", "named_members",
           "parse_members", "parse_party_group", "same_person", "strip_genitive", "subject_end",
           "restored", "upright", "with_party_marks"]

# what follows a genitive mention: "Elisabeth Unells (M) förslag", "Sundqvists (S) m.fl. yrkande",
# "Anders Ågrens (M) återremissyrkande", "Erik Johanssons (SD) reservation"
POSSESSED = re.compile(
    r"^\s*(?:m\.?\s?fl\.?\s+|med flera\s+)?"
    r"(?:(?:tidigare|första|andra|eget|egna|ursprungliga|skriftliga|muntliga|nya|särskilda|"
    r"gemensamma)\s+)?"
    r"(?:\w*förslag\w*|\w*yrkande\w*|\w*motion\w*|reservation\w*|skrivelse\w*|linje\w*|"
    r"fråga\w*|interpellation\w*|initiativ\w*|uttalande\w*|yttrande\w*)\b",
    re.IGNORECASE)
# words that may stand between the subjects of a sentence: "och tjänstgörande ersättarna"
# "och tjänstgörande ersättarna", "tillsammans med"
SUBJECT_GLUE = frozenset({"och", "samt", ",", ";", "tillsammans", "med", "även", "också", "likaså"}
                         | names.ROLES)  # "Även Eva Lund (KD) reserverar sig"


@dataclass(frozen=True)
class Mention:
    """A person as printed in a text: where, and whether it is a genitive (someone's förslag)."""

    member: Member
    start: int
    end: int
    possessive: bool


# a member named by a role and the surname alone: "Kommunalrådet Håkansson", "Oppositionsrådet
# Wennberg (M)", "Ledamoten Berg (C)" (the list of those present gives the full name)
_SURNAME_ROLE = rf"(?i:{phrases.alternatives('surname_role', 'role')})"
_ROLE_SURNAME_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{bodies.WORD}\s+)?{_SURNAME_ROLE}\s+"
                                  rf"(?P<name>{names.WORD})\s*$")
# the same opening a sentence without a party: "Kommunalrådet Håkansson yrkar …"
_ROLE_SURNAME_OPENS = re.compile(rf"^\s*(?:{bodies.WORD}\s+)?{_SURNAME_ROLE}\s+"
                                 rf"(?P<name>{names.WORD})(?=\s+(?!(?:{names.PARTICLE})\s)[{names.LOWER}]|\s*,)")


def _surname_after_role(text: str, end: int) -> tuple[str, int] | None:
    """The surname a role stands before, right before `end` (where a party mark begins), and
    where it starts, or None: "Oppositionsrådet Wennberg (M)"."""
    offset = max(0, end - 80)
    m = _ROLE_SURNAME_BEFORE.search(text[offset:end])
    if m is None or not names.is_name_word(m.group("name")):
        return None
    return m.group("name"), offset + m.start("name")


def find_mentions(text: str, with_parties: bool = True) -> list[Mention]:
    """Every `Name (PARTY)` in the text in order, genitive ones flagged and de-genitived; in
    minutes that print no parties (`with_parties` False), every name, with a party or not. A
    surname alone after a role is a name ("Oppositionsrådet Wennberg (M)")."""
    if not with_parties:
        return _named_mentions(text)
    out = []
    for m in parties.MARK.finditer(text):
        found = names.name_before(text, m.start()) or _surname_after_role(text, m.start())
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
    words = gap.replace(",", " , ").replace(";", " ; ").split()  # "A (M); B (M)"
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
    mentions = find_mentions(text, with_parties)
    opens = _ROLE_SURNAME_OPENS.match(text) if with_parties else None
    if opens and names.is_name_word(opens.group("name")) and \
            not POSSESSED.match(text[opens.end():]) and \
            not any(x.start < opens.end() for x in mentions):
        # "Kommunalrådet Håkansson yrkar …": the surname alone, its party on the cover
        out.append(Mention(Member(opens.group("name"), None), opens.start("name"), opens.end(),
                           False))
        pos = opens.end()
        mentions = [x for x in mentions if x.start >= pos]
    for mention in mentions:
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


# a party written out between commas (or after a comma at the end of a list entry) or in
# brackets after a name: "Per Ek, Moderaterna, yrkar", "Reservationer: A, Moderaterna; B, …",
# "Per Ek (Sverigedemokraterna) reserverar sig"; a code in square brackets "Per Ek [M]"; a code
# after a comma before the colon of a list of yrkanden "Per Ek, M: avslag"
_WRITTEN_BETWEEN = re.compile(
    rf"(?:\s*,\s*(?P<w1>{parties.WRITTEN_NAME})(?:\s*,(?=\s)|(?=\s*[;.:]|\s*$|\s+och\s))|"
    rf"\s*\(\s*(?P<w2>{parties.WRITTEN_NAME})\s*\)|"
    rf"\s*\[\s*(?P<code>{parties.CODE}|[A-ZÅÄÖ]{{1,4}})\.?\s*\]|"
    rf"\s*,\s*(?P<listed>{parties.CODE})(?=\s*:\s))")


def _marked(m: re.Match[str], text: str) -> str:
    """The bracketed mark for a _WRITTEN_BETWEEN match where a name stands before it, else the
    text as printed."""
    if names.name_before(text, m.start()) is None:
        return m.group(0)
    written = m.group("w1") or m.group("w2")
    code = parties.written_codes(written)[0] if written else m.group("code") or m.group("listed")
    return f" ({code})"


def with_party_marks(text: str) -> str:
    """The text with a party printed between commas or dashes after a name given in brackets
    ("Ali Reza, V, yrkar" gives "Ali Reza (V) yrkar"), as the readers of members expect it; a
    party written out between commas or in brackets, one in square brackets and one after a
    comma before a colon likewise ("Per Ek, Moderaterna, yrkar", "Per Ek (Moderaterna)", "Per
    Ek [M]", "Per Ek, M: avslag" give "Per Ek (M)")."""
    if _PARTY_AFTER.search(text):
        text = _PARTY_BETWEEN.sub(lambda m: f"{m.group('name')} ({m.group('code')})", text)
    if ("[" in text or "," in text or "(" in text) and _WRITTEN_BETWEEN.search(text):
        text = _WRITTEN_BETWEEN.sub(lambda m: _marked(m, text), text)
    return text


def parse_party_group(text: str) -> list[str]:
    """The parties of a group reference (`yrkande från M, D, L och KD` gives M, D, L, KD)."""
    return parties.party_group(text)


# a sentence told with its verb before the member after an adverbial: "Under överläggningen yrkar
# Anna Berg (C) bifall …", "På grund av jäv deltar inte Per Ek (M) i handläggningen"
_TOLD_VERBS = "|".join([phrases.alternatives(c, "present", "past") for c in (
    "move", "propose", "support", "second", "join", "reserve", "jav", "abstain_part",
    "put_forward")] + [phrases.alternatives("join", "alone")])  # "instämmer Per Ek (M) i …"
# "till förmån för" whatever follows it: "Till förmån för Anna Bergs (S) yrkande reserverar sig …"
_FAVOUR = r"till\s+förmån\s+för\s+[^.!?:]{2,80}?"
_INVERTED = re.compile(r"(?:^|(?<=[.!?:”\"]\s))"
                       rf"(?P<when>(?i:{phrases.alternatives('told_when', 'adverbial')}|{_FAVOUR}))"
                       rf"\s*,?\s+(?P<verb>(?i:{_TOLD_VERBS}))\s+(?=\S)")


def upright(text: str, with_parties: bool = True, restore: dict[str, str] | None = None) -> str:
    """The text with each sentence that puts its verb before its members after an adverbial
    told with the members first ("Under överläggningen yrkar A (C) bifall …" gives "A (C) yrkar
    bifall …"; an adverbial that says why, "På grund av jäv", goes to the end), so that the
    readers find the members where a sentence opens; other sentences as they are. Each
    sentence told anew is put in `restore` with the sentence as printed, for the texts the
    readers keep (`restored`)."""
    if not _INVERTED.search(text):
        return text
    out = []
    for sentence in sentences(text):
        m = _INVERTED.match(sentence)
        rest = sentence[m.end():] if m else ""
        end = subject_end(rest, with_parties) if m else 0
        if m is None or not end:
            out.append(sentence)
            continue
        tail = rest[end:].rstrip()
        stop = tail[-1] if tail.endswith((".", "!", "?")) else ""
        tail = tail[:-1] if stop else tail
        why = f", {m.group('when').lower()}" if _WHY.search(m.group("when")) else ""
        told = f"{rest[:end]} {m.group('verb')}{tail}{why}{stop}"
        if restore is not None:
            restore[told] = sentence
        out.append(told)
    return " ".join(out)


# an adverbial that says why a member takes no part: kept with the sentence told anew
_WHY = re.compile(r"\bjäv\b", re.IGNORECASE)


def restored(text: str, restore: dict[str, str]) -> str:
    """A text the readers took from sentences told anew by `upright`, as printed."""
    for told, printed in restore.items():
        text = text.replace(told, printed)
    return text
