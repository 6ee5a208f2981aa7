"""People printed without parties: one a line, or parted by semicolons or commas, with an
official's title before or after the name ("Birgitta Alm, ordförande", "miljöchef Per Strand")."""
from __future__ import annotations

import re

from meetbook.extract.cover_sections.marks import ANY_MARK, UNMARKED
from meetbook.extract.cover_sections.notes import person_with_notes
from meetbook.lexicon import names
from meetbook.model import Attendance

# an official's title before the name: "miljöchef Per Strand", "Kommundirektör Anna Ek", "t.f.
# socialchef Eva Lund"
TITLE_FIRST = re.compile(rf"^(?P<title>(?:[{names.LOWER}][\w.\-]*\s+){{1,3}}|{names.TITLED})"
                         rf"(?P<name>{names.NAME})(?P<rest>(?:\s+[^{names.UPPER}].*)?)$")


def _title_first(token: str) -> tuple[str, str] | None:
    """(name, title and notes) of an official printed with the title first."""
    m = TITLE_FIRST.match(token)
    if m is None or not m.group("title").strip():
        return None
    return m.group("name"), f"{m.group('title').strip()}, {m.group('rest').strip()}".strip(" ,")


def people_without_parties(columns: list[list[str]], role: str) -> list[Attendance]:
    """People printed without parties: one per line ("Birgitta Alm, ordförande"), or parted
    by semicolons or commas ("Siv Ek, Bo Lind"), each with the notes that follow the name."""
    out: list[Attendance] = []
    for segment in _segments(columns):
        boxes = bool(ANY_MARK.match(segment))
        marked = boxes and not re.match(UNMARKED, segment)
        segment = ANY_MARK.sub("", segment, count=1).strip() if boxes else segment
        person: tuple[str, list[str]] | None = None
        for raw in (t.strip() for t in segment.split(",")):
            # "…, och Olle Berg, sekreterare": a name after "och" begins the next person
            token = re.sub(r"^(?:och|samt)\s+", "", raw)
            titled = _title_first(token) if role == "tjänsteperson" else None
            if titled:
                if person:
                    out.append(person_with_notes(person[0], None, ", ".join(person[1]), role))
                person = (titled[0], [titled[1]])
            elif re.fullmatch(names.NAME, token) and (person is None or role != "tjänsteperson"
                                                      and not person[1] or token != raw):
                if person:
                    out.append(person_with_notes(person[0], None, ", ".join(person[1]), role))
                person = (token, [])
            elif person and token:
                person[1].append(token)
        if person:
            found = person_with_notes(person[0], None, ", ".join(person[1]), role)
            if boxes and not marked:
                found = Attendance(found.name, None, "frånvarande")
            out.append(found)
    return out


def _segments(columns: list[list[str]]) -> list[str]:
    """The entries of a list without parties: parted by semicolons where it has them, else
    one a line, a line that begins in lower case (or with §, kl.) going on with the last."""
    text = " ".join(" ".join(col) for col in columns)
    if ";" in text:
        return [s.strip() for s in text.split(";") if s.strip()]
    out: list[str] = []
    for col in columns:
        for ln in col:
            # a line in lower case goes on with the last, unless it opens with a title and a
            # name ("ekonomichef Bo Lund, § 112")
            goes_on = re.match(r"[a-zåäö§(]|kl\b|\d", ln.strip()) and \
                (not _title_first(ln.split(",", 1)[0].strip()) or bool(out) and
                 _dangling(out[-1]))
            if out and (goes_on or _name_goes_on(out[-1], ln)):
                out[-1] = f"{out[-1]} {ln.strip()}"
            else:
                out.append(ln.strip())
    return out


def _dangling(prev: str) -> bool:
    """Whether a line stops inside a title ("…, mark- och" / "exploateringschef Leo Brandt"):
    its last entry has no name, §, time or number yet."""
    last = prev.rsplit(",", 1)[-1].strip()
    return bool(last) and not re.search(rf"[{names.UPPER}§\d]", last)


def _name_goes_on(prev: str, line: str) -> bool:
    """Whether a line begins with the rest of a name the line above broke off ("…,
    nämndsekreterare Lisa" / "Wiklund, …"): neither part is a name, both together are."""
    if prev.rstrip().endswith((",", ";")):
        return False
    last = prev.rsplit(",", 1)[-1].strip()
    first = line.split(",", 1)[0].strip()
    begun = re.sub(rf"^(?:[{names.LOWER}][\w.\-]*\s+)+", "", last)  # the title before it
    return bool(begun) and not re.fullmatch(names.NAME, begun) and \
        not re.fullmatch(names.NAME, first) and bool(re.fullmatch(names.NAME, f"{begun} {first}"))
