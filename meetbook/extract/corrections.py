"""Rättelse: what a decision corrects, and earlier treatments a document mentions (pure).

`att rätta att-satserna 3, 4 och 5 från KS beslut §76, 2026 enligt följande:` with the title
`Rättelse av kommunstyrelsens beslut 2026-04-14, § 76 - …`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from meetbook.bodies import body_name
from meetbook.lexicon import bodies
from meetbook.lexicon.dates import find_date, find_dates
from meetbook.lexicon.points import point_numbers
from meetbook.lexicon.sentences import boundaries, sentence_start
from meetbook.model import Clause, Correction, EarlierTreatment, Line

RATTA = re.compile(r"\brätt(?:a|as|ades|else av|ar)\b", re.IGNORECASE)
PARAGRAPH = re.compile(r"§\s*(?P<n>\d{1,4})")
# "kommunstyrelsens beslut", "KS beslut", "kommunfullmäktiges beslut", "KSNAU beslut"
BODY_REF = re.compile(rf"\b(?P<body>[A-ZÅÄÖ]{{2,6}}|{bodies.WORD})\s+(?i:beslut)\b")


def clause_numbers(text: str) -> list[int]:
    """The att-sats numbers a phrase names, in order of number: "att-satserna 1-4" → [1, 2, 3, 4]."""
    return sorted(point_numbers(text))


def extract_correction(clauses: Sequence[Clause], title: str, context: str = "",
                       municipality: str | None = None) -> Correction | None:
    """What the decision corrects, when one of its clauses (or its title) says rätta; the
    corrected body's abbreviation ("KS beslut", "KSNAU beslut") read with the municipality's
    own ones."""
    first = next((c for c in clauses if RATTA.search(c.text)), None)
    if first is None and not RATTA.search(title):
        return None
    text = " ".join(x for x in ((first.text if first else ""), title, context) if x)
    body = BODY_REF.search(text)
    par = PARAGRAPH.search(text)
    dates = [d for _, d in find_dates(f"{title} {context} {first.text if first else ''}")]
    numbers = clause_numbers(first.text if first else title)
    return Correction(body_name(body.group("body"), municipality) if body else None,
                      dates[0] if dates else None, int(par.group("n")) if par else None,
                      tuple(numbers))


# "Ärendet togs upp på kommunstyrelsens sammanträde den 8 maj 2024. Kommunstyrelsen beslutade
# då att återremittera ärendet."
# (the lookahead first: a body word is tried only where "… sammanträde" follows, not at every
# character of a § — it found the same matches thirteen times faster)
EARLIER = re.compile(rf"(?=[\w\-]*+\s+sammanträde)(?P<body>{bodies.WORD})\s+sammanträde\s+"
                     r"(?:den\s+)?(?P<date>\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})", re.IGNORECASE)
SAMMANTRADE = re.compile(r"\s+sammanträde", re.IGNORECASE)
# "Kommunstyrelsens arbetsutskott 2025-03-25, § 86"
UNDERLAG = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäö&\- ]{3,80}?)\s+(?P<date>\d{4}-\d{2}-\d{2}),?\s*§\s*"
                      r"(?P<n>\d{1,4})\s*$")
YRKAR = re.compile(r"\byrka(?:r|de|nde)\b", re.IGNORECASE)
PAST = re.compile(r"\b(?:togs upp|behandlade?s?|beslutade|antog|godkände|beslöt)\b", re.IGNORECASE)
# "Bordlagt den 24 januari 2024, § 77.", "Återremitterat den 30 januari 2025, § 23.",
# "Bordlagt den 13 december 2023, § 897 och den 24 januari 2024, § 54."
TREATED = re.compile(r"^(?P<what>bordlag[dt]|bordlades|återremitter(?:at|ades)|behandla(?:t|des))\b",
                     re.IGNORECASE)
TREATED_AT = re.compile(r"den\s+(?P<date>\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}),?\s*"
                        r"(?:§\s*(?P<n>\d{1,4}))?", re.IGNORECASE)
OUTCOMES = (("återremi", "återremiss"), ("bordl", "bordläggning"), ("avslog", "avslag"))


def earlier_treatments(lines: Sequence[Line]) -> list[EarlierTreatment]:
    """Earlier treatments of the case that the text mentions, with what came of them."""
    out = []
    for ln in lines:
        m = UNDERLAG.match(ln.text.strip())
        if m:
            out.append(EarlierTreatment(m.group("body"), m.group("date"), int(m.group("n")), None,
                                        ln.text.strip(), ln.page))
    out += _treated(lines)
    text = " ".join(ln.text for ln in lines)
    pages = _page_index(lines)
    for m in _earlier(text):
        sentence = _sentences_from(text, m.start(), 2)
        outcome = next((o for key, o in OUTCOMES if key in sentence.lower()), None)
        if (outcome is None and not PAST.search(sentence)) or YRKAR.search(sentence):
            continue  # a plan for a coming meeting, or a yrkande about one: no earlier treatment
        out.append(EarlierTreatment(body_name(m.group("body")), find_date(m.group("date")), None,
                                    outcome, sentence, _page_at(pages, m.start())))
    return out


def _earlier(text: str) -> Iterator[re.Match[str]]:
    """EARLIER's matches in text, as finditer gives them, tried only where they can begin: in
    the word before a "sammanträde" (the lookahead EARLIER opens with)."""
    pos = 0
    for said in SAMMANTRADE.finditer(text):
        start = said.start()
        if start < pos:
            continue
        while start > pos and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            start -= 1
        m = next((m for p in range(start, said.start() + 1) if (m := EARLIER.match(text, p))),
                 None)
        if m is not None:
            yield m
            pos = m.end()


def _treated(lines: Sequence[Line]) -> list[EarlierTreatment]:
    """`Tidigare behandling` lines: the same body's earlier meetings (body None:
    the caller knows whose minutes these are)."""
    out = []
    for i, ln in enumerate(lines):
        m = TREATED.match(ln.text.strip())
        if not m:
            continue
        word = m.group("what").lower()
        outcome = "bordläggning" if word.startswith("bord") else (
            "återremiss" if word.startswith("åter") else None)
        text = _sentence_from(lines, i)
        for at in TREATED_AT.finditer(text):
            out.append(EarlierTreatment(None, find_date(at.group("date")),
                                        int(at.group("n")) if at.group("n") else None, outcome,
                                        text, ln.page))
    return out


def _sentence_from(lines: Sequence[Line], i: int) -> str:
    """The sentence that starts on line i, over the lines it wraps onto ("… § 913 och" /
    "den 24 januari 2024, § 56.")."""
    text = lines[i].text.strip()
    for ln in lines[i + 1:i + 4]:
        if text.endswith("."):
            break
        text = f"{text} {ln.text.strip()}"
    return text


def _sentences_from(text: str, start: int, n: int) -> str:
    """The sentence that holds start and the n - 1 after it (any stop ends one here)."""
    begin = sentence_start(text, start, capital=False, quotes=False)
    ends = (end for end, _ in boundaries(text, capital=False, quotes=False) if end > start)
    last = list(islice(ends, n))
    end = last[-1] if len(last) == n else len(text)
    return text[begin:end].strip()


def _page_index(lines: Sequence[Line]) -> list[tuple[int, int]]:
    pos, out = 0, []
    for ln in lines:
        out.append((pos, ln.page))
        pos += len(ln.text) + 1
    return out


def _page_at(index: list[tuple[int, int]], offset: int) -> int | None:
    page = None
    for pos, p in index:
        if pos > offset:
            break
        page = p
    return page
