"""A printed line's columns (pure): the parts of a line that stand apart on the page, as label
tables, covers and running headers print them ("Kommunfullmäktige    Sammanträdesdatum    Sida",
"Beslutande    Eva Strand (S), ordförande").

A line's words are the pdf layer's runs of glyphs, cut where a gap is wider than a space and
printed without their spaces ("Miljö-ochbyggnämnden" in a tightly set face); a column's text is
cut from the line's own text, so it keeps its spaces."""
from __future__ import annotations

from itertools import accumulate

from meetbook.model import Line

COLUMN_GAP = 18.0  # points between two runs that stand in different columns of a line


def columns(ln: Line, gap: float = COLUMN_GAP) -> list[str]:
    """The line's text per column: runs further apart than gap begin a new column."""
    return [text for _, text in placed_columns(ln, gap)]


def placed_columns(ln: Line, gap: float = COLUMN_GAP) -> list[tuple[float, str]]:
    """(where it begins, its text) of each column of the line."""
    pieces = _pieces(ln)
    if pieces is None:
        return [(ln.x0, ln.text)]
    out: list[tuple[float, list[str]]] = []
    end: float | None = None
    for (x0, x1, _), piece in zip(ln.words, pieces):
        if end is None or x0 - end > gap:
            out.append((x0, []))
        out[-1][1].append(piece)
        end = x1
    return [(x, " ".join(parts)) for x, parts in out]


def spaced_words(ln: Line) -> tuple[tuple[float, float, str], ...]:
    """(x0, x1, text) of each run of the line, its text with the spaces inside it ("Karin af
    Klercker" where the run prints "KarinafKlercker"); the runs as they are where the text is
    not theirs."""
    pieces = _pieces(ln)
    if pieces is None:
        return ln.words
    return tuple((x0, x1, piece) for (x0, x1, _), piece in zip(ln.words, pieces))


def _pieces(ln: Line) -> list[str] | None:
    """The line's text cut into its runs, each with the spaces inside it; None where the line
    has no runs or its text is not theirs (ligatures spelt out differently)."""
    if not ln.words:
        return None
    words = [w for _, _, w in ln.words]
    texts = ln.text.split(" ")
    if "" not in texts and not any(" " in w for w in words):
        out = _whole_texts(texts, words)
        if out is not None:
            return out
    return _pieces_by_letter(ln)


def _whole_texts(texts: list[str], words: list[str]) -> list[str] | None:
    """The pieces where each run ends where a word of the line's text (texts, one space
    apart) ends, as it does in most lines; None where one does not."""
    ends = {n: i + 1 for i, n in enumerate(accumulate(map(len, texts)))}
    out, prev = [], 0
    for n in accumulate(map(len, words)):
        end = ends.get(n, -1) if n else 0
        if end < prev:
            return None
        out.append(" ".join(texts[prev:end]))
        prev = end
    return out if prev == len(texts) else None


def _pieces_by_letter(ln: Line) -> list[str] | None:
    text, pos, out = ln.text, 0, []
    for _, _, word in ln.words:
        letters = len(word.replace(" ", ""))
        while pos < len(text) and text[pos] == " ":
            pos += 1
        start = pos
        while pos < len(text) and letters:
            letters -= text[pos] != " "
            pos += 1
        out.append(text[start:pos])
    if "".join(out).replace(" ", "") != text.replace(" ", ""):
        return None
    return out
