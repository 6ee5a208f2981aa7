"""Person names as minutes print them: one grammar for every reader.

A name is two to five words: each a capital and letters ("Hans", "Škorić", "O'Brien"),
perhaps joined by hyphens ("Ann-Louise", "Tötterman-Engström"), with lower-case particles
between them ("Fredrik af Ekenstam", "Anna van der Berg") and initials inside ("Bengt O.
Sjöberg"). A role or a title before it
("tjänstgörande ersättaren", "Stadsdirektör") and words that only look like names at the
start of a sentence ("Mot", "Under", "Ordföranden") are no part of it.

The grammar is used in two directions: forward as the regex `NAME` (prose and covers:
"föreslog Anna Kengo, understödd av …", "Berit Bergström (M) ersätter Axel Storckenfeldt"),
and backward from a party mark with `name_before` ("… och Mariam Salem (MP)").
"""
from __future__ import annotations

import re

from meetbook.lexicon import bodies
from meetbook.lexicon._data import alternation, words


def _letters(upper: bool) -> str:
    """A regex class body of the Latin letters of one case, Swedish and beyond, with runs of
    consecutive letters as ranges ("A-Z", "À-Ö": the class compiles several times faster than
    one letter after another)."""
    codes = [c for c in range(0x41, 0x250)
             if chr(c).isalpha() and chr(c).isupper() == upper and chr(c).islower() != upper]
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][-1] == c - 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    return "".join(f"{re.escape(chr(r[0]))}-{re.escape(chr(r[-1]))}" if len(r) > 2 else
                   "".join(re.escape(chr(c)) for c in r) for r in runs)


UPPER = _letters(upper=True)
LOWER = _letters(upper=False)
PARTICLES = frozenset(words("particles"))
ROLES = frozenset(words("roles"))
TITLES = words("titles")
# every capitalised word that is no name: roles and the words that open sentences
NOT_NAMES = frozenset(w.casefold() for w in (*ROLES, *words("not_names")))
MAX_WORDS = 5  # particles included

# one word of a name: "Hans", "Ann-Louise", "Škorić", "O'Brien", "Tötterman-Engström"
# (two letters at least: a lone capital is a mark, an initial or a party, "X", "S")
WORD = rf"[{UPPER}](?:[^\W\d_]+|['’][{UPPER}][^\W\d_]+)(?:['’\-][^\W\d_]+)*"
_WORD = re.compile(rf"{WORD}")
_TITLE = re.compile(rf"^\w*(?:{alternation(TITLES)})\w{{0,2}}$", re.IGNORECASE)
# before each word of a name read forward: no word that is no name, no title, no body
_NOT_NAME = (rf"(?!(?i:{alternation(NOT_NAMES)})\b)(?!\w*(?i:{alternation(TITLES)})\w{{0,2}}\b)"
             rf"(?!{bodies.WORD})")
PARTICLE = alternation(PARTICLES)
# a name read forward: "Anna Kengo", "Siw Frostdahl-Blomqvist", "Mikael af Hällström"
_END = r"(?![\w'’\-])"  # a whole word: "KSF-2025-00389" holds no name word "KSF"
# an initial between a name's words: "Bengt O. Sjöberg", "Anna K. G. Lind"
INITIAL = rf"[{UPPER}]\."
_INITIAL = re.compile(INITIAL)
NAME = (rf"{_NOT_NAME}{WORD}{_END}(?:\s+(?:{INITIAL}\s+){{0,2}}(?:(?:{PARTICLE})\s+){{0,2}}"
        rf"{_NOT_NAME}{WORD}{_END}){{1,{MAX_WORDS - 1}}}")
# names in a row: "Anna Kengo, Tua Backman och Jean Hellsten"
NAMES = rf"{NAME}(?:(?:\s*,\s*|\s+och\s+){NAME})*"
# roles before a name, in any number: "ledamot", "tjänstgörande ersättaren", "vice ordförande"
ROLE = rf"(?:(?i:{alternation(ROLES)})\s+)*"
# roles and titles before a name: "Stadsdirektör", "Ersättaren", "ledamot", "Bildningschef"
TITLED = rf"(?:(?:(?i:{alternation(ROLES)})|\w*(?i:{alternation(TITLES)})\w{{0,2}})\s+)*"


def is_name_word(token: str) -> bool:
    """Whether a printed word may be a word of a person's name (particles aside)."""
    return bool(_WORD.fullmatch(token)) and token.casefold() not in NOT_NAMES \
        and not _TITLE.match(token) and not bodies.is_body_word(token)


def name_before(text: str, end: int) -> tuple[str, int] | None:
    """The name that ends at `end` (where a party mark begins) and where it starts, or None:
    the name words read backwards, up to a word that is none."""
    offset = max(0, end - 160)
    found = list(re.finditer(r"\S+", text[offset:end]))
    taken: list[re.Match[str]] = []
    for w in reversed(found):
        token = w.group()
        if len(taken) >= MAX_WORDS:
            break
        inner = taken and (token in PARTICLES or _INITIAL.fullmatch(token))
        if not (inner or is_name_word(token)):
            break
        taken.append(w)
    while taken and (taken[-1].group() in PARTICLES or _INITIAL.fullmatch(taken[-1].group())):
        taken.pop()
    if len(taken) < 2:
        return None
    return " ".join(w.group() for w in reversed(taken)), offset + taken[-1].start()


def strip_genitive(name: str) -> str:
    """The name without its genitive s: "Elisabeth Unells" gives "Elisabeth Unell"."""
    if name.endswith(("s", "S")) and not name.endswith(("ss", "SS")) and len(name) > 2:
        return name[:-1]
    return name


def without_roles(name: str) -> str:
    """A name without the role words printed before it ("Ordförande Lisa Andersson")."""
    parts = name.split()
    while len(parts) > 2 and parts[0].casefold() in ROLES:
        parts = parts[1:]
    return " ".join(parts)
