"""A text layer that does not say what the page shows, as when a PDF's font maps its glyphs
to the wrong characters: the page reads "Kommunfullmäktige", copying it gives
"Kornrnunfullrnaktige". Only the font family "garbled" is touched."""
from __future__ import annotations

import re
from pathlib import Path

FONT_FILE_STEM = "URWBookman-Demi"
SWAPS = {"m": "rn", "ä": "a", "å": "a"}


def _utf16(s: str) -> str:
    return s.encode("utf-16-be").hex().upper()


def _remap(cmap: str) -> str:
    def one(m: re.Match) -> str:
        char = bytes.fromhex(m.group(2)).decode("utf-16-be")
        return f"<{m.group(1)}> <{_utf16(SWAPS.get(char, char))}>"

    if "beginbfrange" in cmap:
        raise ValueError("bfrange in the garbled font's ToUnicode; extend _remap")
    return re.sub(r"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>", one, cmap)


def garble(path: Path) -> int:
    """Rewrite the ToUnicode map of the garbled font in the PDF at path; fonts touched."""
    import pikepdf

    touched = 0
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
                continue
            if FONT_FILE_STEM.replace("-", "") not in str(obj.get("/BaseFont", "")).replace("-", ""):
                continue
            if "/ToUnicode" not in obj:
                continue
            stream = obj.ToUnicode
            stream.write(_remap(stream.read_bytes().decode("latin-1")).encode("latin-1"))
            touched += 1
        pdf.save(path, deterministic_id=True)
    return touched
