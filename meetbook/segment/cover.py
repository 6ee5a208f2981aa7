"""The file as a whole: what kind it is, its cover (municipality, body, date, place), the
cover's lines, and the parts of a file that holds a meeting more than once (pure)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from meetbook.columns import columns
from meetbook.dates import find_date
from meetbook.lexicon import bodies
from meetbook.model import FileKind, Line
from meetbook.pdf.pages import Page, shape
from meetbook.segment.agenda.entry import is_toc_page
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


# the name a case paper gives itself at its head
CASE_PAPER = re.compile(r"tjänsteskrivelse|tjänsteutlåtande|beslutsunderlag|ärendeskrivelse|"
                        r"tjänsteyttrande", re.IGNORECASE)


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
    # a case paper on its own: it names itself at its head and holds no § of a protocol
    if CASE_PAPER.search(first) and not layout_of(pages).detect(pages):
        return FileKind.TJANSTESKRIVELSE
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
    """Municipality, body, date and place of the meeting the file documents (for a case paper
    on its own: the body it is addressed to, and no meeting's date or place)."""
    lines = [ln for p in pages[:2] for ln in first_lines(p, 40)]
    text = "\n".join(ln.text for ln in lines)
    if kind == FileKind.TJANSTESKRIVELSE:
        return Cover(municipality=municipality_in(text), body=addressed_body(lines), date=None,
                     place=None)
    return Cover(municipality=municipality_in(text),
                 body=_cover_body(lines) or _running_body(pages),
                 date=_cover_date(lines), place=_cover_place(lines))


COVER_PAGES = 4  # a council's list of members may run over three pages before the §§
# a heading alone on its line that opens the agenda or contents after the cover
CONTENTS = re.compile(r"^(?:dagordning|föredragningslista|innehåll(?:sförteckning)?|ärendelista|"
                      r"ärendeförteckning)\s*$", re.IGNORECASE)


def cover_lines(pages: Sequence[Page]) -> list[Line]:
    """The lines of the cover, which may run over a few pages, up to the first §, the
    contents or an agenda heading ("Ärendelista")."""
    start = layout_of(pages).start
    out: list[Line] = []
    for p in pages[:COVER_PAGES]:
        if is_toc_page(p) and out:
            break
        for ln in p.body:
            if out and (start(ln) or CONTENTS.match(ln.text.strip())):
                return out
            out.append(ln)
    return out


# the heading of a list of those present printed apart from the cover: "NÄRVAROLISTA",
# "Närvaro- och omröstningslista", "Närvaroförteckning"
ATTENDANCE_LIST = re.compile(r"^(?:närvaro(?:-\s*och\s+(?:omröstnings|voterings))?lista|"
                             r"närvaroförteckning|deltagarförteckning|deltagarlista)\b",
                             re.IGNORECASE)
# what ends it: another appendix's stamp ("Bilaga 2")
NEXT_APPENDIX = re.compile(r"^(?:bilaga|omröstningsbilaga|voteringsbilaga)\s+\S+\s*$",
                           re.IGNORECASE)


def attendance_lines(pages: Sequence[Page]) -> list[Line]:
    """The lines of a list of those present printed after the §§ (a "Närvarolista" appendix):
    from its heading to the next appendix or §; none when the minutes print no such list (one
    before the first §, on the cover's pages, is among `cover_lines`)."""
    start = layout_of(pages).start
    out: list[Line] = []
    minutes = False
    for p in pages[1:]:
        for ln in p.body:
            # a § over a vote's columns, right of the list's margin, heads no § ("§ 131")
            if out and (start(ln) and ln.x0 < out[0].x0 + 40 or
                        NEXT_APPENDIX.match(ln.text.strip())):
                return out
            minutes = minutes or bool(start(ln))
            if out or minutes and ATTENDANCE_LIST.match(ln.text.strip()):
                out.append(ln)
    return out


# "Organ Välfärdsnämnden", "Kommunstyrelsen", "Exempelby Stad Kommunfullmäktige, protokoll"
ORGAN = re.compile(r"^(?:organ|nämnd|sammanträde med)\s*:?\s+(?P<body>.+)$", re.IGNORECASE)
# "Plats och tid", "Tid och plats", "Sammanträdesplats", "Plats:", "Lokal"
PLACE = re.compile(
    r"^(?:plats och tid(?: för)?(?: sammanträde)?|tid och plats|sammanträdesplats|plats|lokal)"
    r"\s*:?\s+(?P<place>.+)$",
    re.IGNORECASE)
# the part of a "Tid och plats" value that says when: "Måndagen den 27 april 2026 kl. 18.00–21.35",
# "kl. 18.00–21.40", "2026-03-23", "15.9.2022"
WHEN = re.compile(r"^(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b|den\s+\d|\d{1,2}\s+[a-zåäö]+\s+"
                  r"\d{4}|\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4}|kl(?:ockan|\.)?(?:\s|$)|"
                  r"\d{1,2}[.:]\d\d)", re.IGNORECASE)
TIME_TAIL = re.compile(r"\s+(?:klockan|kl\.?)(?:\s.*)?$", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}[.:]\d\d\b")  # "ajournering 20.05–20.25"


def _cover_body(lines: Sequence[Line]) -> str | None:
    """The body the cover names: labelled ("Organ Välfärdsnämnden"), or a short line (a column
    of one, where the running header prints more beside it) that is a body's name."""
    for ln in lines:
        m = ORGAN.match(ln.text)
        if m:
            return m.group("body").strip()
    return next((body for ln in lines for text in columns(ln) if (body := _body_named(text))),
                None)


# where a case paper names the body it is for: "Förslag till beslut i Byggnadsnämnden",
# "Till Byggnadsnämnden", "Mottagare: Tekniska nämnden"; or the lead of its proposal,
# "Tekniska nämnden beslutar", "Socialnämnden föreslås besluta"
ADDRESSED = re.compile(r"^(?:förslag till beslut (?:i|för|till)|till|mottagare|nämnd|organ|"
                       r"beslutsinstans|beslutande organ)\s*:?\s+(?P<body>.+?)\s*:?$",
                       re.IGNORECASE)
PROPOSAL_LEAD = re.compile(rf"^(?P<body>{bodies.NAME})\s+(?:beslutar|föreslås|föreslår|antar|"
                           r"fastställer|godkänner|beviljar|tillstyrker|avstyrker|yttrar)\b",
                           re.IGNORECASE)


def addressed_body(lines: Sequence[Line]) -> str | None:
    """The body a case paper is addressed to: named beside a label, or leading its proposal."""
    for ln in lines:
        cols = columns(ln)
        for k, text in enumerate(cols):
            m = ADDRESSED.match(text) or (ADDRESSED.match(f"{text} {cols[k + 1]}")
                                          if k + 1 < len(cols) else None)
            if m and (body := _body_named(m.group("body")[:1].upper() + m.group("body")[1:])):
                return body
    for ln in lines:
        m = PROPOSAL_LEAD.match(ln.text.strip())
        if m:
            return m.group("body")[:1].upper() + m.group("body")[1:]
    return None


def _running_body(pages: Sequence[Page]) -> str | None:
    """The body the running headers name most often: a cover whose body name is garbled in
    its text layer ("Kornrnunfullrnaktige") is mended from them."""
    found = Counter(body for p in pages[1:] for ln in p.header for text in columns(ln)
                    if (body := _body_named(text)))
    return found.most_common(1)[0][0] if found else None


def _body_named(text: str) -> str | None:
    """The text as a body's name, with the municipality before it and the kind of paper after
    it ("…, protokoll", "… — sammanträdesprotokoll") taken away; None when it is no body's
    name. Fields parted by bars are read one by one ("LJUNGSTA KOMMUN | Kommunfullmäktige |
    Protokoll 2026-12-14")."""
    if re.search(r"\s[|│¦]\s", text):
        return next((body for part in re.split(r"\s+[|│¦]\s+", text)
                     if (body := _body_named(part.strip(" |│¦")))), None)
    t = re.sub(r"^(?:[A-ZÅÄÖ][\wåäö]+ (?:kommun|stad|Stad))\s+", "", text)
    t = re.sub(r"\s*[,:–—-]?\s*\b[\wåäö]*protokoll.*$", "", t, flags=re.IGNORECASE).strip()
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
    for k, ln in enumerate(lines):
        m = PLACE.match(ln.text)
        if m:
            more = _value_goes_on(lines, k, len(ln.text[:m.start("place")].split()))
            return _place_of(" ".join([m.group("place"), *(c.text for c in more)]))
    # unlabelled: the line after the one that says when the meeting is
    for prev, ln in zip(lines, lines[1:12]):
        if re.match(r"^sammanträde\b", prev.text, re.IGNORECASE) and ROOM.search(ln.text):
            return ln.text.strip()
    return None


def _value_goes_on(lines: Sequence[Line], k: int, label_words: int) -> list[Line]:
    """The lines under a labelled line that carry on its value: tight under it, in the
    value's column ("Tid och plats  Måndagen … kl. 18.00–21.35, Folkets hus, Storgatan" /
    "12, Norrvalla")."""
    head = lines[k]
    if len(head.words) <= label_words:
        return []
    x = head.words[label_words][0]
    out: list[Line] = []
    prev = head
    for ln in lines[k + 1:k + 3]:
        if ln.page != prev.page or abs(ln.x0 - x) > 3 or not 0 < ln.top - prev.top <= \
                max(ln.size, prev.size) * 1.6:
            break
        out.append(ln)
        prev = ln
    return out


def _place_of(value: str) -> str | None:
    """Where the meeting is, from a value that may say when too: the parts that name a time
    or a date are left out ("Onsdagen den 6 maj 2026 kl. 13.15–15.05, kommunhuset i Lillå, rum
    Tallen" gives "kommunhuset i Lillå, rum Tallen")."""
    parts = [TIME_TAIL.sub("", part).strip() for part in value.split(",")]
    return ", ".join(p for p in parts if p and not WHEN.match(p) and not CLOCK.search(p)) or None


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
