"""Program documents and their follow-ups → priorities, tilläggsuppdrag and statuses (pure).

A program (*program för social hållbarhet*) lists fokusområden, numbered priorities with their
Huvudansvar and a table of tilläggsuppdrag; a follow-up (*uppföljning*) grades each priority
(Mer arbete krävs, Enligt plan …) and cites tilläggsuppdrag. OCR'd versions lose diacritics
and the dot of "3.3"; `restore_program` mends titles from another version of the program or
from Swedish vocabulary, keeping the title as printed beside the restored one.
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from rapidfuzz.distance import Indel

from meetbook import profiles
from meetbook.lexicon.sentences import sentences
from meetbook.model import (
    Amount,
    Citation,
    Currency,
    Line,
    Priority,
    Program,
    ProgramAssignment,
    Report,
    Status,
)
from meetbook.text import fold

# "1.1 Förhindra framväxten av segregation och utsatta områden", OCR "33 Forebyggande …"
PRIORITY_HEAD = re.compile(
    r"^(?P<area>[1-9])\s?[.,:]?\s?(?P<sub>[1-9])\.?\s+(?P<title>[A-ZÅÄÖÉa-zåäö|].*)$")
# "Fokusområde 1 – Umeå ska växa hållbart utan några"; OCR: "Fokusomrade 3 - Barns uppvaxtvillkor"
FOCUS_HEAD = re.compile(r"^Fokusomr[aå]de\s+(?P<n>[1-5])\s*[–—-]\s*(?P<title>.+)$")
# "Huvudansvar: KS, IFN, FGN, BN, TN, UKF genom Bostaden och Ultra"
HUVUDANSVAR = re.compile(r"^Huvudansvar\s*:\s*(?P<bodies>.*)$", re.IGNORECASE)
# "Tilläggsuppdrag 2021:8 Kommunfullmäktige ger …"; OCR "Tillaggsuppdrag 2021:8 Kommun…"
ASSIGNMENT = re.compile(r"^Till[aä]g+suppdrag\s+(?P<id>(?:19|20)\d{2}:\d{1,3})\s*(?P<text>.*)$")
# "Tilläggsuppdrag 2022:3" anywhere in a sentence of a follow-up
ASSIGNMENT_REF = re.compile(r"\bTill[aä]g+suppdrag\s+(?P<id>(?:19|20)\d{2}:\d{1,3})\b",
                            re.IGNORECASE)
# cover "2023–2026"; OCR "prioriteras for perioden 2024-2025:"
PERIOD_COVER = re.compile(r"^(?P<a>(?:19|20)\d{2})\s*[–—-]\s*(?P<b>(?:19|20)\d{2})$")
PERIOD_TEXT = re.compile(r"\bperioden\s+(?P<a>(?:19|20)\d{2})\s*[–—-]\s*(?P<b>(?:19|20)\d{2})\b")
# "Umeå kommun Program för social hållbarhet" (running header); OCR "Umea kommun"
MUNICIPALITY = re.compile(r"\b(?P<name>[A-ZÅÄÖ][a-zåäöé]+)\s+kommuns?\b")
# "Program för social hållbarhet" on the cover
PROGRAM_TITLE = re.compile(r"^Program\s+f[oö]r\s+\S.*$")
# a status cell of a follow-up: "Mer arbete krävs", "Enligt plan"
STATUS_WORDS = re.compile(r"^(?P<status>Mer arbete krävs|Enligt plan|Uppnått|Ej uppnått|"
                          r"Delvis uppnått|Arbete pågår(?: enligt plan)?)\b", re.IGNORECASE)
# "1.1 Förhindra framväxten …" at the start of a status cell
TARGET_HEAD = re.compile(r"^(?P<n>[1-9]\.[1-9])\.?\s+(?P<rest>.*)$", re.DOTALL)
# "Genomförda projekt och utvecklingsinsatser under 2024 (urval)"
REPORT_YEAR = re.compile(r"(?:insatser|arbetet|året)\s+under\s+(?P<y>(?:19|20)\d{2})\b")
# "Utvecklingsanslag -6 000 -6 000 …"; header cells "Budget 2022", "Plan", "2024"
YEAR_CELL = re.compile(r"\b(?P<y>(?:19|20)\d{2})\b")
AMOUNT_CELL = re.compile(r"^-?\s?\d{1,3}(?:[  ]?\d{3})*$")
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéèü&|6]+")

PROGRAM_STOP = re.compile(r"^(Uppf[oö]ljning|Riktade utvecklingsanslag|Relaterade dokument)\b")

# Frequent short words the lemma tables lack or misread; None keeps the word as printed.
FUNCTION_WORDS: dict[str, str | None] = {
    "for": "för", "fran": "från", "pa": "på", "ar": "är", "sa": "så", "nar": "när",
    "dar": "där", "aven": "även", "over": "över", "ocksa": "också", "bade": "både",
    "att": None, "som": None, "man": None, "har": None, "var": None, "far": None,
    "och": None, "en": None, "ett": None, "av": None, "med": None, "mot": None,
}


class PageLike(Protocol):
    # read-only members, so that frozen dataclasses such as meetbook.pdf.pages.Page conform
    @property
    def number(self) -> int: ...
    @property
    def body(self) -> tuple[Line, ...]: ...
    @property
    def header(self) -> tuple[Line, ...]: ...
    @property
    def footer(self) -> tuple[Line, ...]: ...
    @property
    def tables(self) -> tuple: ...


def similar(a: str, b: str) -> float:
    """How alike two texts are once case, diacritics and spacing are set aside, in [0, 1]."""
    return Indel.normalized_similarity(fold(a), fold(b))


def _body(pages: Sequence[PageLike]) -> list[Line]:
    return [ln for p in pages for ln in p.body]


def _body_size(lines: Sequence[Line]) -> float:
    sizes = Counter(round(ln.size, 1) for ln in lines)
    return sizes.most_common(1)[0][0] if sizes else 10.0


# ---------------------------------------------------------------- recognising


def looks_like_program(pages: Sequence[PageLike]) -> bool:
    """True when the pages read as a program: numbered priorities with a Huvudansvar each."""
    lines = _body(pages)
    heads = sum(bool(ln.bold and PRIORITY_HEAD.match(ln.text)) for ln in lines)
    owners = sum(bool(HUVUDANSVAR.match(ln.text.strip())) for ln in lines)
    return heads >= 3 and owners >= 3


def looks_like_report(pages: Sequence[PageLike]) -> bool:
    """True when the pages read as a follow-up: status tables over numbered priorities."""
    graded = sum(1 for p in pages for t in p.tables for row in t.rows[1:]
                 if _status_row(t.rows[0], row) is not None)
    return graded >= 3 and not looks_like_program(pages)


# ---------------------------------------------------------------- programs


def parse_program(pages: Sequence[PageLike]) -> Program:
    """The program the pages print: cover facts, fokusområden, priorities, tilläggsuppdrag."""
    lines = _body(pages)
    return Program(
        municipality=_municipality(pages),
        title=_program_title(pages) or "",
        period=_period(pages),
        priorities=tuple(_priorities(lines)),
        assignments=tuple(_assignments(pages)),
        focus_areas=tuple(_focus_areas(lines)),
    )


def _municipality(pages: Sequence[PageLike]) -> str | None:
    """'<name> kommun' as the register names municipalities: the most frequent known name, its
    letters as the municipality writes them (OCR's 'Umea' is 'Umeå', 'Jonkopings' 'Jönköpings')."""
    counts: Counter[str] = Counter()
    for p in pages:
        for ln in (*p.header, *p.body):
            counts.update(m.group("name") for m in MUNICIPALITY.finditer(ln.text))
    if not counts:
        return None
    named = [known for n, _ in counts.most_common() if (known := _known_name(n))]
    return f"{named[0] if named else counts.most_common(1)[0][0]} kommun"


def _known_name(printed: str) -> str | None:
    """The municipality's name as it writes it, for a name printed perhaps without its
    diacritics or in the genitive ('Lunds' kommun); None for no municipality's name."""
    known = _known_municipalities()
    if fold(printed) in known:
        return known[fold(printed)]
    if printed.endswith("s") and fold(printed[:-1]) in known:
        return known[fold(printed[:-1])] + "s"
    return None


@lru_cache(maxsize=1)
def _known_municipalities() -> dict[str, str]:
    return {fold(k): k for k in profiles.municipality_names()}


def _program_title(pages: Sequence[PageLike]) -> str | None:
    cover = [ln for ln in pages[0].body if PROGRAM_TITLE.match(ln.text.strip())] if pages else []
    return max(cover, key=lambda ln: ln.size).text.strip() if cover else None


def _period(pages: Sequence[PageLike]) -> tuple[int, int] | None:
    for ln in pages[0].body if pages else ():
        if m := PERIOD_COVER.match(ln.text.strip()):
            return int(m.group("a")), int(m.group("b"))
    for ln in _body(pages):
        if m := PERIOD_TEXT.search(ln.text):
            return int(m.group("a")), int(m.group("b"))
    return None


def _focus_areas(lines: Sequence[Line]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for i, ln in enumerate(lines):
        m = FOCUS_HEAD.match(ln.text.strip()) if ln.bold else None
        if m and int(m.group("n")) not in {n for n, _ in out}:
            rest = _continuation(lines, i, ln.size)
            out.append((int(m.group("n")), " ".join([m.group("title"), *rest]).strip()))
    return out


def _continuation(lines: Sequence[Line], i: int, size: float) -> list[str]:
    """The bold lines of the same size that continue the heading at lines[i]."""
    out = []
    for ln in lines[i + 1:]:
        if not (ln.bold and abs(ln.size - size) < 0.3) or PRIORITY_HEAD.match(ln.text) \
                or FOCUS_HEAD.match(ln.text) or ln.page != lines[i].page:
            break
        out.append(ln.text.strip())
    return out


def _priorities(lines: Sequence[Line]) -> list[Priority]:
    body = _body_size(lines)
    out: list[Priority] = []
    area = 0
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if ln.bold and ln.size > body + 0.2 and (m := FOCUS_HEAD.match(text)):
            area = int(m.group("n"))
            continue
        if ln.bold and ln.size > body + 0.2 and PROGRAM_STOP.match(text):
            break
        m = PRIORITY_HEAD.match(text)
        if not (m and ln.bold and ln.size > body + 0.2):
            continue
        if area and int(m.group("area")) != area:
            continue  # "33" is 3.3 only under fokusområde 3
        title = " ".join([m.group("title"), *_continuation(lines, i, ln.size)])
        number = f"{m.group('area')}.{m.group('sub')}"
        desc, owners = _description(lines, i + 1 + len(_continuation(lines, i, ln.size)))
        out.append(Priority(number, title.strip(), int(m.group("area")), owners, desc, ln.page))
    return out


def _description(lines: Sequence[Line], start: int) -> tuple[str, tuple[str, ...]]:
    """The text under a priority heading and the bodies of its Huvudansvar line."""
    text: list[str] = []
    for ln in lines[start:]:
        if m := HUVUDANSVAR.match(ln.text.strip()):
            return " ".join(text), _bodies(m.group("bodies"))
        if ln.bold and ln.size > lines[start - 1].size - 0.1:
            break
        text.append(ln.text.strip().lstrip("| "))
    return " ".join(text), ()


def _bodies(text: str) -> tuple[str, ...]:
    """'KS, BN, FN, KN, TN, ÄN UKF genom Bostaden och Ultra' → each body, as printed."""
    out: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        words = part.split()
        while words and words[0].isupper() and len(words) > 1 and words[1].isupper():
            out.append(words.pop(0))  # "ÄN UKF genom …": a missing comma
        part = " ".join(w for w in words if not w.isdigit())  # "GVN 42": a stray page mark
        if part:
            out.append(part)
    return tuple(out)


def _assignments(pages: Sequence[PageLike]) -> list[ProgramAssignment]:
    """Tilläggsuppdrag from the ruled table (with its X marks), else from the text."""
    from_tables = [a for p in pages for t in p.tables for a in _table_assignments(t, p.number)]
    return from_tables or _text_assignments(_body(pages))


def _table_assignments(table, page: int) -> list[ProgramAssignment]:
    columns: dict[int, int] = {}
    out = []
    for row in table.rows:
        cells = [c.strip() for c in row]
        if not columns and sum(c.isdigit() and 1 <= int(c) <= 9 for c in cells) >= 3:
            columns = {i: int(c) for i, c in enumerate(cells) if c.isdigit()}
            continue
        m = ASSIGNMENT.match(" ".join(cells[0].split())) if cells else None
        if m:
            marks = tuple(n for i, n in sorted(columns.items())
                          if i < len(cells) and cells[i].upper() == "X")
            out.append(ProgramAssignment(m.group("id"), m.group("text"), marks, page))
    return out


def _text_assignments(lines: Sequence[Line]) -> list[ProgramAssignment]:
    out: list[ProgramAssignment] = []
    current: list[str] = []
    head: tuple[str, int] | None = None
    for ln in [*lines, Line("", -1)]:
        m = ASSIGNMENT.match(ln.text.strip())
        if (m or ln.page == -1 or ln.bold) and head:
            out.append(ProgramAssignment(head[0], " ".join(current).strip(), (), head[1]))
            head, current = None, []
        if m:
            head, current = (m.group("id"), ln.page), [m.group("text")]
        elif head:
            current.append(ln.text.strip())
    return out


def parse_anslag(pages: Sequence[PageLike]) -> list[Amount]:
    """The riktade utvecklingsanslag per year, from the ruled table that states its unit (tkr)."""
    for p in pages:
        for t in p.tables:
            head = " ".join(" ".join(r) for r in t.rows[:2])
            if "anslag" in fold(head) and "tkr" in fold(head):
                return _anslag_rows(t, p.number)
    return []


def _anslag_rows(table, page: int) -> list[Amount]:
    years: dict[int, int] = {}
    for row in table.rows[:2]:
        years |= {i: int(m.group("y")) for i, c in enumerate(row) if (m := YEAR_CELL.search(c))}
    out = []
    for row in table.rows[2:]:
        for i, cell in enumerate(row):
            if i and AMOUNT_CELL.match(cell.strip()):
                value = abs(int(re.sub(r"\D", "", cell))) * 1000
                out.append(Amount(value, Currency.SEK, f"{row[0]} {cell.strip()} tkr",
                                  years.get(i), None, page))
    return out


# ---------------------------------------------------------------- follow-up reports


def parse_report(pages: Sequence[PageLike]) -> Report:
    """The follow-up the pages print: each priority's status with its sentence, and citations."""
    years = Counter(int(m.group("y")) for ln in _body(pages) for m in REPORT_YEAR.finditer(ln.text))
    return Report(
        municipality=_municipality(pages),
        title=_report_title(pages) or "",
        year=years.most_common(1)[0][0] if years else None,
        statuses=tuple(s for p in pages for s in _statuses(p)),
        citations=tuple(c for p in pages for c in _citations(p)),
    )


def _report_title(pages: Sequence[PageLike]) -> str | None:
    first = pages[0].body[:3] if pages else ()
    titled = [ln.text.strip() for ln in first if fold(ln.text).startswith("uppfoljning")]
    return titled[0] if titled else None


@lru_cache(maxsize=256)
def _folded(header: tuple[str, ...]) -> tuple[str, ...]:
    """A table's heads folded, once per table rather than once per row."""
    return tuple(fold(c) for c in header)


def _status_row(header: Sequence[str], row: Sequence[str]) -> tuple[str, str] | None:
    """(status, cell) of a row in a 'Trend | Lägesbild | Sammanfattning' table, else None."""
    names = _folded(tuple(header))
    if "lagesbild" not in names or "sammanfattning" not in names:
        return None
    status = row[names.index("lagesbild")].strip()
    cell = " ".join(row[names.index("sammanfattning")].split())
    return (status, cell) if status and TARGET_HEAD.match(cell) else None


def _statuses(page: PageLike) -> list[Status]:
    out = []
    for t in page.tables:
        titles = _bold_titles(page, t)
        for row in t.rows[1:]:
            got = _status_row(t.rows[0], row)
            if got:
                status, cell = got
                m = TARGET_HEAD.match(cell)
                assert m  # _status_row checked it
                out.append(Status(m.group("n"), status, _strip_title(m.group("rest"), titles),
                                  page.number))
    return out


def _bold_titles(page: PageLike, table) -> list[str]:
    """The bold priority titles printed inside the table ('Mer arbete krävs 1.1 Förhindra …')."""
    titles: list[str] = []
    for ln in page.body:
        if not (ln.bold and table.top <= ln.top <= table.bottom):
            continue
        text = STATUS_WORDS.sub("", ln.text.strip()).strip()
        if m := TARGET_HEAD.match(text):
            titles.append(m.group("rest"))
        elif titles and not fold(text).startswith(("trend", "lagesbild")):
            titles[-1] += " " + text
    return titles


def _strip_title(rest: str, titles: Sequence[str]) -> str:
    for title in sorted(titles, key=len, reverse=True):
        if rest.startswith(title):
            return rest[len(title):].strip()
    return rest


def _citations(page: PageLike) -> list[Citation]:
    text = " ".join(ln.text.strip() for ln in page.body)
    out = []
    for sentence in sentences(text, quotes=False):
        for m in ASSIGNMENT_REF.finditer(sentence):
            out.append(Citation(m.group("id"), sentence.strip(), page.number))
    return out


# ---------------------------------------------------------------- restoration


def restore_program(program: Program, others: Sequence[Program]) -> Program:
    """The program with OCR-damaged titles restored; the title as printed kept beside.

    A priority title is restored from another version's priority whose title it matches once
    diacritics are set aside; failing that, word by word from Swedish vocabulary."""
    if not _damaged(program):
        return program
    peers = [o for o in others if o is not program and not _damaged(o)]
    prios = tuple(_restore_priority(p, peers) for p in program.priorities)
    title = program.title or _peer_title(program, peers)
    municipality = program.municipality
    for o in peers:
        if municipality and o.municipality and fold(o.municipality) == fold(municipality):
            municipality = o.municipality
    areas = tuple((n, _restore_area(n, t, peers)) for n, t in program.focus_areas)
    return Program(municipality, title, program.period, prios, program.assignments, areas)


def _damaged(program: Program) -> bool:
    """True when no title of the program carries a Swedish letter: the OCR lost them."""
    text = " ".join(p.title for p in program.priorities)
    return bool(text) and not re.search(r"[åäöÅÄÖ]", text)


def _peer_title(program: Program, peers: Sequence[Program]) -> str:
    """Another version's title, when it shares most priority titles with this one."""
    for o in peers:
        shared = sum(any(similar(p.title, q.title) >= 0.85 for q in o.priorities)
                     for p in program.priorities)
        if o.title and shared >= max(3, len(program.priorities) // 2):
            return o.title
    return program.title


def _restore_area(number: int, title: str, peers: Sequence[Program]) -> str:
    for o in peers:
        for n, t in o.focus_areas:
            if n == number and similar(t, title) >= 0.85:
                return t
    return _restore_text(title, _peer_words(peers))


def _restore_priority(p: Priority, peers: Sequence[Program]) -> Priority:
    best = max(((similar(p.title, q.title), q) for o in peers for q in o.priorities),
               key=lambda x: x[0], default=(0.0, None))
    score, match = best
    if match is not None and score >= 0.85:
        desc = match.description if similar(p.description, match.description) >= 0.85 \
            else _restore_text(p.description, _peer_words(peers))
        return Priority(p.number, match.title, p.focus_area, p.responsible, desc, p.page,
                        p.title_as_printed or p.title)
    words = _peer_words(peers)
    title = _restore_text(p.title, words)
    return Priority(p.number, title, p.focus_area, p.responsible,
                    _restore_text(p.description, words), p.page, p.title_as_printed or p.title)


def _peer_words(peers: Sequence[Program]) -> dict[str, str]:
    """folded word → word as another version prints it, for words that carry diacritics."""
    out: dict[str, str] = {}
    for o in peers:
        for p in o.priorities:
            for w in WORD.findall(f"{p.title} {p.description}"):
                if fold(w) != w.lower():
                    out.setdefault(fold(w), w.lower())
    return out


def _restore_text(text: str, peer_words: dict[str, str]) -> str:
    return WORD.sub(lambda m: _restore_word(m.group(0), peer_words), text)


def _restore_word(word: str, peer_words: dict[str, str]) -> str:
    """The word with its diacritics, when another version or Swedish vocabulary says which."""
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        fixed = FUNCTION_WORDS[lower] or lower
        return fixed.capitalize() if word[:1].isupper() else fixed
    vocab = _vocabulary()
    if lower in vocab[0] and not re.search(r"[é&|6]", lower):
        return word  # a Swedish word as printed ("vald" stays unless a version says "våld")
    for key in _ocr_keys(lower):
        found = peer_words.get(key) or vocab[1].get(key)
        if found:
            return found.capitalize() if word[:1].isupper() else found
    return word


def _ocr_keys(word: str) -> list[str]:
    """Folded spellings the printed word may stand for: OCR reads ä/ö as 'é', 'd', '6', '&'."""
    base = fold(word)
    keys = [base, base.replace("ea", "a").replace("ee", "e")]
    for i, c in enumerate(word):
        if c in "éèd6&":
            for r in "ao":
                keys.append(fold(word[:i] + r + word[i + 1:]))
    return list(dict.fromkeys(keys))


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], dict[str, str]]:
    """Swedish word forms from spacy-lookups-data, and folded form → the form with diacritics."""
    from importlib.resources import files

    path = files("spacy_lookups_data").joinpath("data", "sv_lemma_lookup.json.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as f:
        table = json.load(f)
    words = {w.lower() for pair in table.items() for w in pair if w.isalpha()}
    folded: dict[str, str] = {}
    ambiguous: set[str] = set()
    for w in words:
        k = fold(w)
        if k != w:
            if k in folded and folded[k] != w:
                ambiguous.add(k)
            folded[k] = w
    for k in ambiguous | (words & folded.keys()):
        folded.pop(k, None)  # two spellings fold alike, or the plain spelling is a word itself
    return frozenset(words), folded
