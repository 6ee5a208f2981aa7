"""The lexicon's package data: word lists (one entry a line) and tables (JSON).

A file that is missing is an error: a lexicon without its words would parse silently wrong.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


def _text(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of data/<name>.txt in order; `#` starts a comment, blank lines are skipped."""
    out = []
    for line in _text(f"{name}.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@cache
def table(name: str) -> dict:
    """data/<name>.json without its `_doc` keys."""
    data = json.loads(_text(f"{name}.json"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of the entries as literal text, longest first (so that "KSAU" is
    tried before "KS"); spaces in an entry match any run of white space."""
    unique = sorted(set(entries), key=lambda e: (-len(e), e))
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in unique)
