"""The deciding bodies' names (pure): as the municipality's profile or the cover spells them,
from what a decision, a proposal or a running header says."""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook import profiles
from meetbook.extract import clauses
from meetbook.model import Line
from meetbook.segment.cover import Cover
from meetbook.text import fold


def body_in_header(header: Sequence[Line]) -> str | None:
    """The body a document's running header names before a date ("Kommunstyrelsen 2026-04-14")."""
    for ln in header:
        m = re.match(r"^(?P<body>[A-ZÅÄÖ][\wåäö\- ]+?)\s+\d{4}-\d{2}-\d{2}$", ln.text.strip())
        if m:
            return m.group("body")
    return None


def known_body(cover: Cover, matches, with_cover: bool = False) -> str | None:
    """The first of the municipality's bodies (its profile's, then the cover's) that matches."""
    profile = profiles.of(cover.municipality)
    known = [*(profile.bodies if profile else ()), *([cover.body] if with_cover and cover.body
                                                     else [])]
    return next((b for b in known if matches(b)), None)


def proposed_to(said: str | None, origin: Cover) -> str | None:
    """The body a proposal goes to, as its name reads ("kommunfullmäktige" → "Kommunfullmäktige",
    "fullmäktige" → "Stadsfullmäktige" where the profile names that body)."""
    if not said or not clauses.BODY_WORD.search(said):
        return None
    return _bare(said, origin.body) or known_body(origin, lambda b: fold(b).endswith(fold(said))) or \
        _sibling(said, origin.body) or _of_kommun(said, origin.municipality) or \
        said[:1].upper() + said[1:]


# a body's noun alone, in the definite form: "nämnden", "styrelsen", "utskottet"
BARE = re.compile(r"(?:nämnd|styrelse|utskott|beredning|direktion)(?:en|n|et)", re.IGNORECASE)


def _bare(said: str, body: str | None) -> str | None:
    """The body a bare noun names in the minutes of a body: "nämnden" in the omsorgsnämnd's
    minutes is Omsorgsnämnden, in those of "Omsorgsnämndens arbetsutskott" the nämnd the utskott
    is of; None where neither is one."""
    said = said.strip()
    if not body or not BARE.fullmatch(said):
        return None
    stem = re.sub(r"(?:en|et|n)$", "", fold(said))
    if re.fullmatch(rf".*{stem}(?:en|et|n)?", fold(body).split()[-1]):
        return body
    parent = re.match(r"^(\S+?)s\s+\S*utskott", body)
    if parent and re.fullmatch(rf".*{stem}(?:en|et|n)?", fold(parent.group(1))):
        return parent.group(1)
    return None


# the prefix a municipality's fullmäktige and styrelse share: "Kommun", "Stads", "Region"
SHARED_PREFIX = re.compile(r"^(kommun|stads|region|landstings)(?=styrelse|fullmäktig)", re.IGNORECASE)


def _sibling(said: str, body: str | None) -> str | None:
    """A bare "fullmäktige" or "styrelsen" named by a body of the same kind of council: the
    kommunstyrelse's "fullmäktige" is Kommunfullmäktige, the stadsstyrelse's Stadsfullmäktige,
    the stadsfullmäktige's "styrelsen" Stadsstyrelsen."""
    m = SHARED_PREFIX.match(body or "")
    bare = said.strip().lower()
    if not m or fold(bare) not in ("fullmaktige", "styrelsen"):
        return None
    return m.group(1).capitalize() + bare


def _of_kommun(said: str, municipality: str | None) -> str | None:
    """A bare "fullmäktige" or "styrelsen" named in a nämnd's minutes of a kommun (not a stad,
    whose council may be a stadsfullmäktige): Kommunfullmäktige, Kommunstyrelsen."""
    bare = said.strip().lower()
    if not municipality or not municipality.strip().lower().endswith("kommun") or \
            fold(bare) not in ("fullmaktige", "styrelsen"):
        return None
    return "Kommun" + bare


def resolve_body(said: str | None, default: str | None) -> str | None:
    """The deciding body's full name: "Näringslivs- och arbetsutskottet" in a book of
    "Kommunstyrelsens näringslivs- och arbetsutskott" is that utskott."""
    if not said:
        return default
    if default and _core(default).endswith(_core(said)):
        return default
    return said[:1].upper() + said[1:]


def _core(body: str) -> str:
    """A body's name without its definite ending: "arbetsutskottet" → "arbetsutskott"."""
    return re.sub(r"(?:et|en|n)$", "", fold(body))
