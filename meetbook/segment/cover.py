"""The file as a whole: what kind it is, its cover (municipality, body, date, place), the
cover's lines, and the parts of a file that holds a meeting more than once (pure)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from meetbook.dates import find_date
from meetbook.model import FileKind, Line
from meetbook.pdf.pages import Page, shape
from meetbook.segment.heads import first_lines
from meetbook.segment.paragraph_layouts import layout_of

MUNICIPALITY = re.compile(
    r"\b(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?|[A-ZÅÄÖ]{3,})\s+"
    r"(?P<kind>kommun|stad|Stad|KOMMUN|STAD)\b")
BODY_WORDS = re.compile(
    r"(?:styrelse[n]?|nämnd(?:en)?|utskott(?:et)?|fullmäktige|beredning(?:en)?|direktion(?:en)?|"
    r"råd(?:et)?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cover:
    """What a file's cover says of the meeting: municipality, body, date and place."""

    municipality: str | None
    body: str | None
    date: str | None
    place: str | None


def classify(pages: Sequence[Page]) -> FileKind:
    """What the file as a whole is, from the words on its first pages."""
    top = " ".join(ln.text for p in pages[:2] for ln in first_lines(p, 10)).lower()
    first = " ".join(ln.text for ln in first_lines(pages[0], 6)).lower() if pages else ""
    if "mötesbok" in first:
        return FileKind.MOTESBOK
    if re.search(r"kallelse|föredragningslista|underrättelse", first):
        return FileKind.KALLELSE
    if "protokollsutdrag" in first or "utdrag ur protokoll" in first:
        return FileKind.PROTOKOLLSUTDRAG
    if "protokoll" in top:
        return FileKind.PROTOKOLL
    if "dagordning" in top:
        return FileKind.MOTESBOK
    return FileKind.PROTOKOLL


def municipality_in(text: str) -> str | None:
    """The first municipality the text names ("Exempelby kommun"), as it names itself."""
    for m in MUNICIPALITY.finditer(text):
        name, kind = m.group("name"), m.group("kind").lower()
        name = name.capitalize() if name.isupper() else name
        # "X Stad" with a capital S is the city's own name; "X stad" is not
        return f"{name} {'Stad' if m.group('kind') == 'Stad' else kind}"
    return None


def cover(pages: Sequence[Page], kind: FileKind) -> Cover:
    """Municipality, body, date and place of the meeting the file documents."""
    lines = [ln for p in pages[:2] for ln in first_lines(p, 40)]
    text = "\n".join(ln.text for ln in lines)
    return Cover(municipality=municipality_in(text), body=_cover_body(lines),
                 date=_cover_date(lines), place=_cover_place(lines))


def cover_lines(pages: Sequence[Page]) -> list[Line]:
    """The lines of the cover, which may run onto a second page, up to the first §."""
    start = layout_of(pages).start
    out: list[Line] = []
    for ln in (ln for p in pages[:2] for ln in p.body):
        if start(ln) and out:
            break
        out.append(ln)
    return out


# "Organ Välfärdsnämnden", "Kommunstyrelsen", "Exempelby Stad Kommunfullmäktige, protokoll"
ORGAN = re.compile(r"^(?:organ|nämnd|sammanträde med)\s*:?\s+(?P<body>.+)$", re.IGNORECASE)
PLACE = re.compile(
    r"^(?:plats och tid(?: för)?(?: sammanträde)?|sammanträdesplats|plats|lokal)\s*:?\s+"
    r"(?P<place>.+)$",
    re.IGNORECASE)


def _cover_body(lines: Sequence[Line]) -> str | None:
    for ln in lines:
        m = ORGAN.match(ln.text)
        if m:
            return m.group("body").strip()
    for ln in lines:
        t = re.sub(r"^(?:[A-ZÅÄÖ][\wåäö]+ (?:kommun|stad|Stad))\s+", "", ln.text)
        t = re.sub(r",?\s*protokoll.*$", "", t, flags=re.IGNORECASE).strip()
        if BODY_WORDS.search(t) and len(t.split()) <= 7 and not re.search(r"\d|:", t) \
                and t[:1].isupper():
            return t
    return None


def _cover_date(lines: Sequence[Line]) -> str | None:
    for ln in lines:
        if re.match(r"^(?:datum|sammanträdes(?:datum|tid|td)|sammanträde)\b", ln.text, re.IGNORECASE):
            d = find_date(ln.text)
            if d:
                return d
    for ln in [ln for ln in lines if ln.page == lines[0].page][:6]:
        if re.search(r"upprättad|justera|^§", ln.text, re.IGNORECASE):
            continue
        d = find_date(ln.text)
        if d:
            return d
    return None


# "Fjärdingsrummet, Storgatan 37", "Stadshuset, stadsstyrelsens rum" (unlabelled)
ROOM = re.compile(r"\b\w*(?:rummet|salen|sal|stadshuset|kommunhuset|rådhuset|stadshus)\b",
                  re.IGNORECASE)


def _cover_place(lines: Sequence[Line]) -> str | None:
    for ln in lines:
        m = PLACE.match(ln.text)
        if m:
            place = re.sub(r"\s+(?:klockan|kl\.?)\s.*$", "", m.group("place"), flags=re.IGNORECASE)
            return place.strip() or None
    # unlabelled: the line after the one that says when the meeting is
    for prev, ln in zip(lines, lines[1:12]):
        if re.match(r"^sammanträde\b", prev.text, re.IGNORECASE) and ROOM.search(ln.text):
            return ln.text.strip()
    return None


def parts(pages: Sequence[Page]) -> list[list[Page]]:
    """The file split where its cover comes again (a file that holds a meeting more than once)."""
    if not pages:
        return []
    cover_shape = [shape(ln.text) for ln in pages[0].body[:3]]
    out: list[list[Page]] = [[]]
    for p in pages:
        if out[-1] and len(cover_shape) >= 2 and \
                [shape(ln.text) for ln in p.body[:3]] == cover_shape:
            out.append([])
        out[-1].append(p)
    return out
