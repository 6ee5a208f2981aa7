"""Check boxes before a name and the marks in a grid's cells: who was there."""
from __future__ import annotations

import re

# a check box before a name: marked "☒", "☑", "[X]", "X"; unmarked "☐", "□", "[ ]"
MARKED = r"☒|☑|\[\s*[xX]\s*\]|(?<![\w(])X(?![\w)])"
UNMARKED = r"☐|□|\[\s*\]"
MARK = re.compile(rf"(?P<mark>{MARKED}|{UNMARKED})\s*$")
ANY_MARK = re.compile(rf"{MARKED}|{UNMARKED}")
# a marked cell of a grid: "X", "✓", "ja"
MARK_CELL = re.compile(r"[xX✓✔☒]|ja")


def is_marked(before: str) -> bool:
    m = MARK.search(before)
    return m is not None and not re.fullmatch(UNMARKED, m.group("mark"))
