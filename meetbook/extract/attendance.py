"""Attendance on a protocol's cover: members and substitutes present, who replaced whom for
which paragraphs, and who did not take part (pure).

Two layouts are read: two columns under `Beslutande  Ledamöter  Tjänstgörande ersättare`
(`Berit Bergström (M) ersätter Axel Storckenfeldt (M) §§ 69-101`, `deltar inte i §§ 98-99
p.g.a. jäv`), and check boxes under `ordinarie  ersättare` (`[X] Lindvall Mikael, ordförande`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.model import Attendance, Line

HEADER = re.compile(r"\bLedamöter\b.*\bersättare\b|^ordinarie\s+ersättare$", re.IGNORECASE)
END = re.compile(r"^(?:Övriga närvarande|Övriga deltagare|Utses att justera|Justerare|"
                 r"Plats och tid för justering|Elektroniska|Underskrifter)", re.IGNORECASE)
# "Lisa Andersson (M)", "Maria Losman (MP)", "Maria Lindvall (-)(L)"
MEMBER = re.compile(r"(?P<name>[A-ZÅÄÖÉ][\wåäöéü\-]+(?:\s+[A-ZÅÄÖÉ][\wåäöéü\-]+){1,3})\s*"
                    r"\((?P<party>[A-ZÅÄÖ]{1,4}|-)\)(?:\s*\([A-ZÅÄÖ]{1,4}\))?")
REPLACES = re.compile(r"ersätter\s+(?P<who>[A-ZÅÄÖÉ][\wåäö\-]+(?:\s+[A-ZÅÄÖÉ][\wåäö\-]+){1,3})"
                      r"(?:\s*\((?:[A-ZÅÄÖ]{1,4}|-)\))?", re.IGNORECASE)
PARAGRAPHS = re.compile(r"(?:vid\s+|deltar\s+)?§§?\s*\d+(?:\s*[-–,]\s*\d+)*(?:\s*,\s*\d+(?:-\d+)?)*")
CHECKBOX = re.compile(r"\[(?P<mark>[Xx ]?)\]\s*(?P<name>[^\[]+?)(?=\s*\[|$)")


def extract_attendance(lines: Sequence[Line]) -> list[Attendance]:
    """Who was present as member or substitute, from the cover's attendance block."""
    start = next((i for i, ln in enumerate(lines) if HEADER.search(ln.text)), None)
    if start is None:
        return []
    block = []
    for ln in lines[start + 1:]:
        if END.match(ln.text.strip()):
            break
        block.append(ln)
    if any(CHECKBOX.search(ln.text) for ln in block):
        return _checkboxes(block)
    return _columns(lines[start], block)


def _columns(header: Line, block: Sequence[Line]) -> list[Attendance]:
    xs = [w[0] for w in header.words]
    split = (xs[1] + xs[2]) / 2 if len(xs) >= 3 else 200.0
    left = " ".join(" ".join(w[2] for w in ln.words if w[0] < split) for ln in block)
    right = " ".join(" ".join(w[2] for w in ln.words if w[0] >= split) for ln in block)
    return _entries(left, "ledamot") + _entries(right, "tjänstgörande ersättare")


def _entries(text: str, role: str) -> list[Attendance]:
    starts = [m for m in MEMBER.finditer(text) if not text[:m.start()].rstrip().endswith("ersätter")]
    out = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        rest = text[m.end():end]
        rep = REPLACES.search(rest)
        pars = PARAGRAPHS.search(rest)
        out.append(Attendance(_strip_roles(m.group("name")), m.group("party"), role,
                              rep.group("who") if rep else None,
                              " ".join(rest.strip(" ,").split()) or None if pars or "jäv" in rest
                              else None))
    return out


ROLE_WORDS = {"ordförande", "vice", "ledamot", "ersättare", "sekreterare"}


def _strip_roles(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[0].lower() in ROLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _checkboxes(block: Sequence[Line]) -> list[Attendance]:
    out = []
    for ln in block:
        for col, m in enumerate(CHECKBOX.finditer(ln.text)):
            if m.group("mark").strip().lower() != "x":
                continue
            name, _, note = m.group("name").partition(",")
            out.append(Attendance(name.strip(), None, "ledamot" if col == 0 else "ersättare",
                                  None, note.strip() or None))
    return out
