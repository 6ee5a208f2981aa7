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

from rapidfuzz.distance import Levenshtein

from meetbook.model import Member
from meetbook.text import fold

# "(S)", "(MP)", "(-)(L)", "( KD )", "(-)"
PARTY = re.compile(r"\(\s*(?P<p1>[A-ZÅÄÖ]{1,4}|[-–])\s*\)(?:\s*\(\s*(?P<p2>[A-ZÅÄÖ]{1,4})\s*\))?")
# "Hans", "Ann-Louise", "Škorić", "O'Brien", "Tötterman-Engström"
NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*$")
# what follows a genitive mention: "Elisabeth Unells (M) förslag", "Sundqvists (S) m.fl. yrkande",
# "Anders Ågrens (M) återremissyrkande", "Erik Johanssons (SD) reservation"
POSSESSED = re.compile(
    r"^\s*(?:m\.?\s?fl\.?\s+|med flera\s+)?"
    r"(?:(?:tidigare|första|andra|eget|egna|ursprungliga|skriftliga|muntliga|nya)\s+)?"
    r"(?:\w*förslag\w*|\w*yrkande\w*|\w*motion\w*|reservation\w*|skrivelse\w*|linje\w*|"
    r"fråga\w*|interpellation\w*|initiativ\w*|uttalande\w*|yttrande\w*)\b",
    re.IGNORECASE)
# party codes for groups; single letters only as listed ("S", "M", "C", "V", "L", "D")
PARTY_CODE = r"(?:SD|KD|MP|MED|NS|FI|SPI|ÅP|S|M|C|V|L|D)"
# "från M, D, L och KD", "Ledamöterna från SD", "Representanterna från M, L och KD",
# "M, D, L och KD reserverar sig"
PARTY_LIST = re.compile(
    rf"(?<![\w(-])(?P<list>{PARTY_CODE}(?:\s*,\s*{PARTY_CODE})*(?:\s+(?:och|samt)\s+{PARTY_CODE})?)"
    r"(?![\w)-])")
PARTY_GROUP_LEAD = re.compile(
    r"(?:\bfrån|\bför|^(?:ledamöterna|representanterna|partierna|gruppen)\s+(?:från|för)|^)\s*$",
    re.IGNORECASE)
# capitalised words that open a sentence but are not names: "Ordförande Lisa Andersson (M)"
NOT_NAMES = frozenset("""
    ordförande ordföranden tjänstgörande ledamot ledamoten ledamöterna ersättare ersättaren
    ersättarna vice förste andre sekreterare justerare kommunalråd kommunalrådet
    oppositionsråd oppositionsrådet gruppledare gruppledaren att och samt men även enligt mot
    bifall avslag yrkande yrkanden reservation protokollsanteckning jäv propositionsordning
    beslutsgång särskilt yttrande från till med av för den det de dessutom härefter därefter
    slutligen
""".split())
# words that may stand between the subjects of a sentence: "och tjänstgörande ersättarna"
SUBJECT_GLUE = frozenset("""
    och samt tjänstgörande ersättaren ersättarna ersättare ordföranden ordförande ledamoten
    ledamöterna ledamot vice förste andre 1:e 2:e kommunalrådet oppositionsrådet gruppledaren
""".split()) | {","}
PARTICLES = frozenset({"af", "von", "van", "de", "der", "den", "la", "le", "di", "da", "du", "bin",
                       "al"})
MAX_NAME_TOKENS = 5


@dataclass(frozen=True)
class Mention:
    """A person as printed in a text: where, and whether it is a genitive (someone's förslag)."""

    member: Member
    start: int
    end: int
    possessive: bool


def same_person(a: str, b: str) -> bool:
    """Whether two printed names are one person, allowing lost diacritics and an OCR slip."""
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    if fa == fb:
        return True
    if not fa or not fb or fa.split()[-1][:1] != fb.split()[-1][:1]:
        return False
    allowed = max(1, min(len(fa), len(fb)) // 14)
    return Levenshtein.distance(fa, fb, score_cutoff=allowed) <= allowed


def strip_genitive(name: str) -> str:
    """The name without its genitive s: "Elisabeth Unells" gives "Elisabeth Unell"."""
    if name.endswith(("s", "S")) and not name.endswith(("ss", "SS")) and len(name) > 2:
        return name[:-1]
    return name


def _name_before(text: str, end: int) -> tuple[str, int] | None:
    """The run of name words that ends at `end` and where it starts, or None."""
    offset = max(0, end - 160)
    words = list(re.finditer(r"\S+", text[offset:end]))
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        token = w.group()
        if not NAME_TOKEN.match(token) or len(taken) >= MAX_NAME_TOKENS:
            break
        if token in PARTICLES and taken:
            taken.append(w)
            continue
        if not token[0].isupper() or token.casefold() in NOT_NAMES:
            break
        taken.append(w)
    while taken and taken[-1].group() in PARTICLES:
        taken.pop()
    if len(taken) < 2:
        return None
    start = offset + taken[-1].start()
    return " ".join(w.group() for w in reversed(taken)), start


def find_mentions(text: str) -> list[Mention]:
    """Every `Name (PARTY)` in the text in order, genitive ones flagged and de-genitived."""
    out = []
    for m in PARTY.finditer(text):
        found = _name_before(text, m.start())
        if found is None:
            continue
        name, start = found
        party = "-" if m.group("p1") in "-–" else m.group("p1")
        possessive = bool(POSSESSED.match(text[m.end():])) and name.endswith("s")
        if possessive:
            name = strip_genitive(name)
        out.append(Mention(Member(name, party), start, m.end(), possessive))
    return out


def parse_members(text: str, keep_possessive: bool = False) -> list[Member]:
    """The members named in the text, in order, once each; genitive mentions left out."""
    seen: dict[Member, None] = {}
    for mention in find_mentions(text):
        if keep_possessive or not mention.possessive:
            seen.setdefault(mention.member, None)
    return list(seen)


def _is_glue(gap: str) -> bool:
    words = gap.replace(",", " , ").split()
    return all(w.casefold() in SUBJECT_GLUE for w in words)


def leading_mentions(text: str) -> list[Mention]:
    """The mentions a sentence opens with: its subjects, up to the first other word."""
    out: list[Mention] = []
    pos = 0
    for mention in find_mentions(text):
        if mention.possessive or not _is_glue(text[pos:mention.start]):
            break
        out.append(mention)
        pos = mention.end
    return out


def leading_members(text: str) -> list[Member]:
    """The members a sentence opens with (`A (S) och B (M) yrkar …` gives A and B)."""
    return list(dict.fromkeys(m.member for m in leading_mentions(text)))


def subject_end(text: str) -> int:
    """Where the leading subjects of a sentence end (0 when it opens with none)."""
    mentions = leading_mentions(text)
    return mentions[-1].end if mentions else 0


def parse_party_group(text: str) -> list[str]:
    """The parties of a group reference (`yrkande från M, D, L och KD` gives M, D, L, KD)."""
    for m in PARTY_LIST.finditer(text):
        if PARTY_GROUP_LEAD.search(text[:m.start()]):
            return re.findall(PARTY_CODE, m.group("list"))
    return []
