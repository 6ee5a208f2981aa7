"""The procedural verbs and phrases of minutes, in their tenses, and the stances of motions.

Swedish minutes write the meeting in the present ("Anna Berg (S) yrkar bifall", "reserverar
sig", "anmäler jäv", "deltar inte i beslutet"); Finland-Swedish and older minutes in the
past ("föreslog Anna Kengo, understödd av Tua Backman, att …", "reserverade sig", "anmälde
jäv", "antecknades"). Each concept here is one pattern of all its forms (data/phrases.json).
"""
from __future__ import annotations

import re

from meetbook.lexicon._data import alternation, table
from meetbook.model import Stance

_DATA = table("phrases")
TENSES = ("present", "past", "passive")


def forms(concept: str, *tenses: str) -> tuple[str, ...]:
    """The printed forms of a concept ("reserve"), of the tenses asked for (all if none)."""
    entry = _DATA[concept]
    return tuple(f for t in (tenses or TENSES) for f in entry.get(t, ()))


def alternatives(concept: str, *tenses: str) -> str:
    """A regex alternation of the concept's forms ("reserverar sig", "reserverade sig" …)."""
    return alternation(forms(concept, *tenses))


def phrase(concept: str, *tenses: str) -> str:
    """A regex of the concept's forms as whole words."""
    return rf"\b(?:{alternatives(concept, *tenses)})\b"


def stem_alternatives(concept: str, key: str) -> str:
    """A regex alternation of a concept's entries whose every word is read with any ending
    ("fatta beslut" matches "fattar följande beslut" only as its own entry; "besluta" matches
    "beslutar", "beslutade")."""
    entries = sorted(set(_DATA[concept][key]), key=lambda e: (-len(e), e))
    return "|".join(r"\s+".join(rf"{re.escape(w)}\w*" for w in e.split()) for e in entries)


MOVE = phrase("move")                  # yrkar, yrkade, yrkas
PROPOSE = phrase("propose")            # föreslår, föreslog
SECOND = phrase("second")              # understödd av, understödde …
JOIN = phrase("join")                  # instämmer i, anslöt sig till …
RESERVE = phrase("reserve")            # reserverar sig, reserverade sig, anmälde reservation …
JAV = phrase("jav")                    # anmäler jäv, var jävig …
ABSTAIN_PART = phrase("abstain_part")  # deltar inte, deltog ej, avstår från att delta …
NOTE = phrase("note")                  # antecknar, antecknades …
VOTE = phrase("vote")                  # röstar, röstade
ABSTAIN_VOTE = phrase("abstain_vote")  # avstår från att rösta, avstod från att rösta
AMEND = phrase("amend")                # höjs, sänks, stryks, fastställs till …
ADD = phrase("add", "adverb")          # också, dessutom, därutöver …

# ------------------------------------------------------------------ stances

STANCE_STEMS: dict[Stance, tuple[str, ...]] = {
    Stance(k): tuple(v) for k, v in _DATA["stances"].items() if not k.startswith("_")}
_EXCEPTIONS: tuple[str, ...] = tuple(_DATA["stance_exceptions"])


def _stem_pattern(stem: str) -> str:
    """A word that begins with the stem but not with an exception longer than it."""
    blocked = [e for e in _EXCEPTIONS if e.startswith(stem) and e != stem]
    guard = f"(?!{alternation(blocked)})" if blocked else ""
    return rf"{guard}{re.escape(stem)}\w*"


# per stance, a word that says it: "bifall", "bifalla", "avslå", "återremittera", "bordlägga"
STANCE_WORDS: tuple[tuple[Stance, str], ...] = tuple(
    (stance, "|".join(_stem_pattern(s) for s in stems)) for stance, stems in STANCE_STEMS.items())
# the first stance word of a text: which group matched says the stance
STANCE = re.compile("|".join(rf"(?P<s{i}>\b(?:{p}))" for i, (_, p) in enumerate(STANCE_WORDS)),
                    re.IGNORECASE)


def stance_of(text: str) -> Stance | None:
    """The stance of the first stance word in the text, or None."""
    m = STANCE.search(text)
    if m is None:
        return None
    return next(STANCE_WORDS[int(k[1:])][0] for k, v in m.groupdict().items() if v)

