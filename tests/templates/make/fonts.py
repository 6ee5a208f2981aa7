"""The typefaces the templates are set in, as TrueType files fpdf2 can embed.

DejaVu ships as TrueType. The URW clones of Helvetica, Times, Century Schoolbook and Palatino
ship as OpenType/CFF, which fpdf2 embeds in a way some readers warn about; they are converted
once to TrueType outlines (quadratic curves) in a cache directory."""
from __future__ import annotations

import tempfile
from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
URW = Path("/usr/share/fonts/opentype/urw-base35")
CACHE = Path(tempfile.gettempdir()) / "meetbook-synth-fonts"

# family name used in the documents -> {style: file}
FAMILIES: dict[str, dict[str, str]] = {
    "dejavu": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"},
    "dejavucond": {"": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf",
                   "I": "DejaVuSansCondensed-Oblique.ttf"},
    "sans": {"": "NimbusSans-Regular.otf", "B": "NimbusSans-Bold.otf", "I": "NimbusSans-Italic.otf"},
    "serif": {"": "NimbusRoman-Regular.otf", "B": "NimbusRoman-Bold.otf",
              "I": "NimbusRoman-Italic.otf"},
    "century": {"": "C059-Roman.otf", "B": "C059-Bold.otf", "I": "C059-Italic.otf"},
    "palatino": {"": "P052-Roman.otf", "B": "P052-Bold.otf", "I": "P052-Italic.otf"},
    # used only for text whose text layer is garbled on purpose (see garble.py)
    "garbled": {"B": "URWBookman-Demi.otf"},
}


def path_of(filename: str) -> Path:
    if filename.endswith(".ttf"):
        return DEJAVU / filename
    target = CACHE / (Path(filename).stem + ".ttf")
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        _otf_to_ttf(URW / filename, target)
    return target


def register(pdf) -> None:
    for family, styles in FAMILIES.items():
        for style, filename in styles.items():
            pdf.add_font(family, style, str(path_of(filename)))


def _otf_to_ttf(src: Path, dst: Path) -> None:
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(src))
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for key in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                "maxComponentElements"):
        setattr(maxp, key, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames, post.mapping, post.glyphOrder = [], {}, order
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\000\001\000\000"
    font.save(str(dst))
