"""The words a programme's links are read with, kept as package data per programme (pure).

``meetbook/data/vocabularies/procedure.json`` holds the words of municipal procedure that say
nothing about a topic (kommun, uppdrag, ska …) and applies to every programme;
``meetbook/data/vocabularies/programs/*.json`` each hold one programme's vocabulary, keyed by
its title and, optionally, its municipality:

- ``generic``: the programme's theme, said of every priority and so of none;
- ``framing``: its vision's words and the groups it serves, said of many priorities;
- ``related``: a priority's concept → the words an ärende uses for it.

A programme without a vocabulary of its own is read with the procedure words alone. The
municipality's own name is generic for its programmes.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from meetbook.data import expect, json_names, read_json
from meetbook.model import Program
from meetbook.profiles import municipality_names
from meetbook.text import fold

FOLDER = "vocabularies"
PROGRAMS = (FOLDER, "programs")
# "Umeå kommun", "Göteborgs Stad": the name without what it is
MUNICIPALITY_SUFFIX = re.compile(r"\s+(?:kommun|stad)$", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    """A content word of a sentence as the pipeline read it: its lemma, the terms it says as a
    whole (lemma, -het stem, whole compound) and the parts of its compound it says only in
    part (utvecklingsområde says 'område' only in part)."""

    lemma: str
    whole: tuple[str, ...]
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """The words one programme's links are read with (see the module's docstring)."""

    name: str
    generic: frozenset[str]
    framing: frozenset[str] = frozenset()
    related: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False,
                                                   compare=False)
    concepts: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False,
                                        repr=False)

    def concept_of(self, word: str) -> str | None:
        """The concept a related word stands for (akutboende → hemlös), if any."""
        return self.concepts.get(word)

    def terms(self, words: Sequence[Word]) -> tuple[frozenset[str], frozenset[str]]:
        """A sentence's terms (what it says: words, -het stems, whole compounds and the
        concepts of related words) and, apart, the compound parts it does not say alone."""
        said: set[str] = set()
        parts: set[str] = set()
        for w in words:
            if w.lemma in self.generic:
                continue
            self._add(w.whole, said)
            self._add(w.parts, parts)
        return frozenset(said), frozenset(parts - said)

    def _add(self, terms: Sequence[str], into: set[str]) -> None:
        for term in terms:
            if term not in self.generic:
                into.add(term)
                if term in self.concepts:
                    into.add(self.concepts[term])


def vocabulary(generic: Sequence[str], framing: Sequence[str] = (),
               related: Mapping[str, Sequence[str]] | None = None, name: str = "") -> Vocabulary:
    """A vocabulary of these words; a related word said of two concepts stands for the last."""
    groups = {c: tuple(words) for c, words in (related or {}).items()}
    concepts = {w: c for c, words in groups.items() for w in words}
    return Vocabulary(name, frozenset(generic), frozenset(framing),
                      MappingProxyType(groups), MappingProxyType(concepts))


def for_program(program: Program) -> Vocabulary:
    """The vocabulary a programme's links are read with."""
    return _for(program.municipality, program.title)


@lru_cache(maxsize=64)
def _for(municipality: str | None, title: str) -> Vocabulary:
    own = _own_names(municipality)
    found = _matching(municipality, title)
    if found is None:
        return vocabulary([*procedure_words(), *own], name=f"procedure:{municipality}")
    stem, data = found
    return vocabulary([*procedure_words(), *data.get("generic", ()), *own],
                      data.get("framing", ()), data.get("related", {}),
                      name=f"{stem}:{municipality}")


def _matching(municipality: str | None, title: str) -> tuple[str, dict] | None:
    """The programme vocabulary whose title the programme's title holds: of the same
    municipality before one for any municipality, the longest title first."""
    candidates = []
    for stem, data in program_vocabularies():
        key = data["program"]
        if fold(key["title"]) not in fold(title):
            continue
        if key.get("municipality") and not same_municipality(key["municipality"], municipality):
            continue
        candidates.append((bool(key.get("municipality")), len(key["title"]), stem, data))
    return max(candidates, key=lambda c: c[:3])[2:] if candidates else None


def same_municipality(a: str | None, b: str | None) -> bool:
    """Whether two names are one municipality's: 'Umeå kommun' and 'Umea' are."""
    return bool(a and b) and _bare(a) == _bare(b)


def _bare(name: str | None) -> str:
    return fold(MUNICIPALITY_SUFFIX.sub("", (name or "").strip()))


def _own_names(municipality: str | None) -> set[str]:
    """The lowercase words of the municipality's name ('Göteborgs Stad' → göteborgs, göteborg):
    a programme names its own municipality everywhere, saying nothing of any priority."""
    name = MUNICIPALITY_SUFFIX.sub("", (municipality or "").strip())
    if not name:
        return set()
    known = {fold(n): n for n in municipality_names()}
    words = {name.lower(), *name.lower().split()}
    if name.endswith("s") and fold(name[:-1]) in known:
        words.add(known[fold(name[:-1])].lower())
    return words


# ---------------------------------------------------------------- package data


@lru_cache(maxsize=1)
def procedure_words() -> frozenset[str]:
    data = read_json(FOLDER, "procedure.json")
    where = f"{FOLDER}/procedure.json"
    expect(isinstance(data, dict), where, "an object with 'generic'")
    return frozenset(_words(data.get("generic"), where, "generic"))


@lru_cache(maxsize=1)
def program_vocabularies() -> tuple[tuple[str, dict], ...]:
    """(file stem, validated data) of each programme's vocabulary."""
    return tuple((name.removesuffix(".json"),
                  _program(f"{FOLDER}/programs/{name}", read_json(*PROGRAMS, name)))
                 for name in json_names(*PROGRAMS))


def _program(where: str, data: Any) -> dict:
    expect(isinstance(data, dict), where, "a programme vocabulary is a JSON object")
    key = data.get("program")
    expect(isinstance(key, dict) and isinstance(key.get("title"), str) and key["title"].strip(),
           where, "'program' must name the programme's 'title' (and may name its municipality)")
    expect(key.get("municipality") is None or isinstance(key["municipality"], str), where,
           "'program.municipality' must be a string")
    for k in ("generic", "framing"):
        _words(data.get(k, []), where, k)
    related = data.get("related", {})
    expect(isinstance(related, dict), where, "'related' maps a concept to its words")
    for concept, words in related.items():
        _words(words, where, f"related.{concept}")
    return data


def _words(value: Any, where: str, key: str) -> list[str]:
    expect(isinstance(value, list) and all(isinstance(w, str) and w == w.lower() and w
                                           for w in value), where,
           f"'{key}' must be a list of lowercase words")
    return value
