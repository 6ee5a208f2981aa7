"""Attendance on a protocol's cover: members and substitutes present, who replaced whom for
which paragraphs, who did not take part, and the others present (pure).

Most covers are read by their labelled sections (`cover_sections`: label tables, headed
lists, check boxes, tables Namn / Parti). Two layouts are read here: overlapping columns
under `Beslutande  Ledamöter  Tjänstgörande ersättare` (`Berit Bergström (M) ersätter Axel
Storckenfeldt (M) §§ 69-101`, `deltar inte i §§ 98-99 p.g.a. jäv`), then `Övriga närvarande
Ersättare  Tjänstemän`; and check boxes under `ordinarie  ersättare` (`[X] Lindvall Mikael,
ordförande`, `[ ] Karf Johannes` is absent, a marked substitute serves in the member's place).

Columns are cut where the header's second column begins; a member's role words that run past
that point (`1:e vice ordförande,`) are put back in the left column.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.extract.cover_sections import FUNCTION, MEMBER, PARAGRAPHS, labelled_attendance
from meetbook.lexicon import names, parties
from meetbook.model import Attendance, Line

# the two layouts read here; every other cover is read by its labelled sections
HEADER = re.compile(r"\bLedamöter\s+Tjänstgörande\s+ersättare\b|"
                    r"^ordinarie\s+(?:personlig\s+)?ersättare$", re.IGNORECASE)
OTHERS = re.compile(r"^Övriga\s+(?:närvarande|deltagare)\b", re.IGNORECASE)
END = re.compile(r"^(?:Övriga närvarande|Övriga deltagare|Utses att justera|Justerare|"
                 r"Plats och tid för justering|Elektroniska|Underskrifter|Sekreterare|"
                 r"Paragrafer)", re.IGNORECASE)
# "ersätter Axel Storckenfeldt (M)", "ersätter Fredrik af Ekenstam"
REPLACES = re.compile(rf"ersätter\s+(?P<who>{names.NAME})(?:\s*{parties.MARK.pattern})?",
                      re.IGNORECASE)
ROLE_TOKENS = {"ordförande", "ordförande,", "vice", "1:e", "2:e", "3:e"}
# "Patrik Johansson, kommunsekreterare"
OFFICIAL = re.compile(rf"(?P<name>{names.NAME}),\s*(?P<title>(?:[a-zåäö]|[A-ZÅÄÖ]{{2,}}-)[\wåäö\- ]+?)"
                      rf"(?:\s+(?P<pars>§§?\s*\d[\d\s,–\-]*))?(?=\s+[{names.UPPER}]|$)")
CHECKBOX = re.compile(r"\[(?P<mark>[Xx ]?)\]\s*(?P<name>[^\[]+?)(?=\s*\[|$)")


def extract_attendance(lines: Sequence[Line]) -> list[Attendance]:
    """Who was present as member or substitute, from the cover's attendance block."""
    start = next((i for i, ln in enumerate(lines) if HEADER.search(ln.text)), None)
    if start is None:
        return labelled_attendance(lines)
    block, rest = _block(lines[start + 1:])
    if any(CHECKBOX.search(ln.text) for ln in block):
        others = _block(rest[1:])[0] if rest and OTHERS.match(rest[0].text.strip()) else []
        return _checkboxes(block) + _listed_others(others)
    split = _split_at(lines[start])
    found = _columns(split, block)
    if rest and OTHERS.match(rest[0].text.strip()):
        found += _others(split, _block(rest[1:])[0])
    return found


def _block(lines: Sequence[Line]) -> tuple[list[Line], list[Line]]:
    """The lines up to the next end marker, and the lines from it on."""
    for i, ln in enumerate(lines):
        if END.match(ln.text.strip()):
            return list(lines[:i]), list(lines[i:])
    return list(lines), []


def _split_at(header: Line) -> float:
    """Where the right column begins: midway between the header's second and third words."""
    xs = [w[0] for w in header.words]
    return (xs[1] + xs[2]) / 2 if len(xs) >= 3 else 200.0


def _split_columns(split: float, block: Sequence[Line]) -> tuple[str, str]:
    left, right = [], []
    for ln in block:
        words = [w for w in ln.words] or [(ln.x0, ln.x1, ln.text)]
        left_words = [w[2] for w in words if w[0] < split]
        right_words = [w[2] for w in words if w[0] >= split]
        while right_words and right_words[0].lower() in ROLE_TOKENS:
            left_words.append(right_words.pop(0))
        if _open_ended(left_words):
            while right_words and not right_words[0][:1].isupper():
                left_words.append(right_words.pop(0))
        left.append(" ".join(left_words))
        right.append(" ".join(right_words))
    return " ".join(left), " ".join(right)


def _open_ended(words: Sequence[str]) -> bool:
    """Whether a left-column line stops mid-phrase ("deltar inte", "§§ 69-97,"), so that what
    follows it on the line is its own continuation, not the right column's."""
    return bool(words) and (words[-1].endswith(",") or words[-1].lower() in
                            {"deltar", "inte", "ej", "i", "vid", "och"})


def _columns(split: float, block: Sequence[Line]) -> list[Attendance]:
    left, right = _split_columns(split, block)
    right = " ".join(w for w in right.split() if w.lower() not in ROLE_TOKENS)
    return _entries(left, "ledamot") + _entries(right, "tjänstgörande ersättare")


def _entries(text: str, role: str) -> list[Attendance]:
    starts = [m for m in MEMBER.finditer(text) if not text[:m.start()].rstrip().endswith("ersätter")]
    out = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        rest = text[m.end():end]
        rep = REPLACES.search(rest)
        after = rest[rep.end():] if rep else rest
        function = FUNCTION.search(after)
        notes = " ".join(after.strip(" ,").split())
        if function:
            notes = " ".join(notes.replace(function.group(0), "").strip(" ,").split())
        out.append(Attendance(names.without_roles(m.group("name")), parties.party_of(m), role,
                              rep.group("who") if rep else None,
                              notes or None if PARAGRAPHS.search(notes) or "jäv" in notes else None,
                              function.group(0).strip() if function else None))
    return out


def _others(split: float, block: Sequence[Line]) -> list[Attendance]:
    """`Övriga närvarande  Ersättare  Tjänstemän`, on the same columns: substitutes present but
    not serving, and officials with their titles."""
    left, right = _split_columns(split, block)
    out = _entries(left, "ersättare")
    out += [Attendance(m.group("name"), None, "tjänsteperson",
                       paragraphs=(m.group("pars") or "").strip(" ,") or None,
                       function=m.group("title").strip())
            for m in OFFICIAL.finditer(right)]
    return out


def _checkboxes(block: Sequence[Line]) -> list[Attendance]:
    """Check boxes: a marked box is present; an unmarked member (left column) is absent, and
    the marked (personal) substitute on the member's row serves in the member's place."""
    out = []
    for ln in block:
        absent = None
        for col, m in enumerate(CHECKBOX.finditer(ln.text)):
            marked = m.group("mark").strip().lower() == "x"
            name, _, note = m.group("name").partition(",")
            if not marked and col > 0:
                continue  # a substitute who was not called in
            note = note.strip()
            pars = note if PARAGRAPHS.search(note) or "jäv" in note else None
            function = FUNCTION.search(note)
            role = ("ledamot" if col == 0 else "ersättare") if marked else "frånvarande"
            if col == 0 and not marked:
                absent = name.strip()
            out.append(Attendance(name.strip(), None, role, absent if col > 0 else None, pars,
                                  function.group(0) if function else None))
    return out


def _listed_others(lines: Sequence[Line]) -> list[Attendance]:
    """`Övriga närvarande` as lines of `Name, function`: "Rif Solveig, kanslist, protokollförare"."""
    out = []
    for ln in lines:
        name, _, rest = ln.text.strip().partition(",")
        if len(name.split()) >= 2 and name[:1].isupper():
            pars = PARAGRAPHS.search(rest)
            out.append(Attendance(name.strip(), None, "tjänsteperson",
                                  paragraphs=pars.group(0) if pars else None,
                                  function=rest.strip(" ,") or None))
    return out
