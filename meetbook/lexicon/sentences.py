"""The one sentence splitter.

A sentence ends at a stop, or at a quotation mark closed right after one, followed by white
space and, unless the caller says otherwise, a capital or an opening quotation mark: "…
beslutet. Anna Berg (S) yrkar …". A quotation is never split ("… enligt följande: "Vi
anser. Därför …""). Callers say which marks stop a sentence where their text differs: a
decision's points also end at a colon ("På förslag av X (M): Ärendet …"), prose that
closes a sentence with a bracket ("(FvL 28 §).") at ")". Long prose whose abbreviations
("t.ex. Umeå", "bl.a. Region") must not end a sentence asks for a word of `word` lower-case
letters before the stop.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

STOPS = ".!?"
OPENING = '“«'
CLOSING = '"”»'


def _quoted_after(ch: str, quoted: bool) -> bool:
    """Whether a quotation is open after the character: '"' and '”' toggle, '“' and '«' open,
    '»' closes."""
    if ch in '"”':
        return not quoted
    if ch in OPENING or ch == "»":
        return ch in OPENING
    return quoted


def boundaries(text: str, stops: str = STOPS, capital: bool = True,
               quotes: bool = True, word: int = 0) -> Iterator[tuple[int, int]]:
    """(end of a sentence, start of the next) for every sentence break in text."""
    quoted = False
    for m in _marks(stops).finditer(text):  # no other character ends or quotes a sentence
        i, ch = m.start(), m.group()
        if quotes:
            quoted = _quoted_after(ch, quoted)
            if quoted:
                continue
        if not (ch in stops or (ch in CLOSING and i > 0 and text[i - 1] in stops)):
            continue
        if word and not _after_word(text, i, word):
            continue
        j = i + 1
        while j < len(text) and text[j].isspace():
            j += 1
        if j == i + 1 or j >= len(text):
            continue
        if capital and not (text[j].isupper() or text[j] in '"”“'):
            continue
        yield i + 1, j


@functools.cache
def _marks(stops: str) -> re.Pattern[str]:
    """The characters the reading of boundaries looks at: stops and quotation marks."""
    return re.compile(f"[{re.escape(stops + OPENING + CLOSING)}]")


def _after_word(text: str, i: int, n: int) -> bool:
    """Whether the n characters before position i are lower-case letters."""
    before = text[max(i - n, 0):i]
    return len(before) == n and before.isalpha() and before.islower()


def sentences(text: str, stops: str = STOPS, capital: bool = True,
              quotes: bool = True, word: int = 0) -> list[str]:
    """The sentences of a text, stripped, in order (see the module's rules)."""
    out, start = [], 0
    for end, nxt in boundaries(text, stops, capital, quotes, word):
        out.append(text[start:end].strip())
        start = nxt
    out.append(text[start:].strip())
    return [s for s in out if s]


def sentence_start(text: str, pos: int, begin: int = 0, stops: str = STOPS,
                   capital: bool = True, quotes: bool = True) -> int:
    """Where the sentence that holds `pos` begins, looking no further back than `begin`."""
    start = begin
    for end, nxt in boundaries(text, stops, capital, quotes):
        if nxt > pos:
            break
        if end - 1 >= begin:
            start = nxt
    return start


def first_sentence(text: str) -> str:
    """The text's first sentence ("Anna Berg (S) reserverar sig. Hon …" → its first part)."""
    found = sentences(text)
    return found[0] if found else ""
