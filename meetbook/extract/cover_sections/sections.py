"""A cover's lines cut into labelled sections: each label's role and the rows of pieces of its
list, a label on two lines, labels side by side, a grid's head read word by word."""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.columns import placed_columns, spaced_words
from meetbook.extract.cover_sections.grid import GRID_HEADS
from meetbook.extract.cover_sections.labels import label_of
from meetbook.extract.cover_sections.marks import ANY_MARK
from meetbook.extract.cover_sections.pieces import Piece
from meetbook.lexicon import names, parties
from meetbook.model import Line


def labelled_sections(lines: Sequence[Line]) -> list[tuple[str, list[list[Piece]]]]:
    """(role, rows of pieces) of each section whose label names a role."""
    out: list[tuple[str | None, list[list[Piece]]]] = []
    label: tuple[float, str] | None = None  # where the open label stands, and its text
    label_x: float | None = None  # where the labels stand
    side: list[tuple[float, int]] = []  # labels side by side: where each stands, its section
    for ln in lines:
        cols = _pieces_of(ln)
        x0, first = cols[0]
        if side and not (label_x is not None and abs(x0 - label_x) < 3 and label_of(first)):
            _beside(out, side, cols)
            continue
        side = []
        if label and first[:1].islower() and abs(x0 - label[0]) < 3 and out:
            found = label_of(f"{label[1]} {first}")  # a label on two lines: "Tjänstgörande" / "ersättare"
            label = (label[0], f"{label[1]} {first}")
            if found and found[0] != out[-1][0]:
                out[-1] = (found[0], out[-1][1])
            out[-1][1].append(cols[1:])
            continue
        # a word in lower case right of the labels is a value wrapped in its column
        # ("nämndsekreterare," / "protokollförare"), no label
        indented = label_x is not None and x0 > label_x + 3 and first[:1].islower()
        found = None if indented else label_of(first)
        if found is None and label_x is not None and abs(x0 - label_x) < 3 and \
                _other_label(first, cols):
            found = (None, "")  # "Insynsplats  Gun Ek (V)": a label the cover reader does not know
        if found:
            role, rest = found
            at_labels = label_x is None or abs(x0 - label_x) < 3
            label_x = x0
            label = (x0, first[:len(first) - len(rest)].strip() if rest else first)
            beside = [(x, lab[0]) for x, t in cols[1:] if (lab := label_of(t)) and not lab[1]
                      and not re.fullmatch(r"ersättare:?", t.strip(), re.IGNORECASE)]
            if not rest and at_labels and beside and len(beside) == len(cols) - 1:
                # "Beslutande        Övriga närvarande": lists side by side under their labels
                # (not "Ledamöter  Ersättare" over a table of seats, one list in two columns)
                side = [(x0, len(out))] + [(x, len(out) + 1 + k) for k, (x, _) in enumerate(beside)]
                out += [(role, [])] + [(r, []) for _, r in beside]
                continue
            out.append((role, [([(_rest_x(ln, x0, first, rest), rest)] if rest else []) +
                                cols[1:]]))
            continue
        label = None
        if out:
            out[-1][1].append(cols)
    return [(role, rows) for role, rows in out if role]


def _other_label(first: str, cols: list[Piece]) -> bool:
    """Whether a line's first piece, in the labels' column with a value beside it, is a label
    of something else than attendance ("Insynsplats", "Ajournering", "Revisorer"): one word in
    capitals and lower case, no name, party, grid head or check box."""
    word = first.strip().rstrip(":")
    return len(cols) > 1 and bool(re.fullmatch(rf"[{names.UPPER}][{names.LOWER}\-]+", word)) and \
        parties.bare_code(word) is None and not ANY_MARK.search(word) and \
        not any(rx.fullmatch(word) for rx in GRID_HEADS.values())


def _beside(out: list[tuple[str | None, list[list[Piece]]]], side: list[tuple[float, int]],
            cols: list[Piece]) -> None:
    """A line under labels side by side: each piece to the section of the label it stands
    under (the nearest to its left)."""
    rows: dict[int, list[Piece]] = {}
    for x, t in cols:
        k = max((i for sx, i in side if sx <= x + 3), default=side[0][1])
        rows.setdefault(k, []).append((x, t))
    for k, row in rows.items():
        out[k][1].append(row)


def _pieces_of(ln: Line) -> list[Piece]:
    """The line's columns; a grid's head word by word, its narrow columns set close
    ("Närv. Ersättare")."""
    words = _two_word_heads([(x, w.strip()) for x, _, w in spaced_words(ln)])
    heads = sum(any(rx.fullmatch(w) for rx in GRID_HEADS.values()) for _, w in words)
    capitalised = all(w[:1].isupper() or w == "§§" for _, w in words)
    return words if heads >= 3 and capitalised else placed_columns(ln)


def _two_word_heads(words: list[Piece]) -> list[Piece]:
    """A grid head's words with a head of two words joined ("Ordinarie ledamot",
    "Tjänstgörande ersättare")."""
    out: list[Piece] = []
    for x, w in words:
        if out and w[:1].islower() and any(rx.fullmatch(f"{out[-1][1]} {w}")
                                           for rx in GRID_HEADS.values()):
            out[-1] = (out[-1][0], f"{out[-1][1]} {w}")
        else:
            out.append((x, w))
    return out


def _rest_x(ln: Line, x0: float, first: str, rest: str) -> float:
    """Where the text after a label begins on the line: the run that begins it ("Tjänstgörande
    ersättare  S  Eva Rosendahl", the party in a column of its own), else the label's x."""
    label_letters = len(first.replace(" ", "")) - len(rest.replace(" ", ""))
    seen = 0
    for wx0, _, word in spaced_words(ln):
        if wx0 < x0 - 0.5:
            continue
        if seen == label_letters:
            return wx0
        seen += len(word.replace(" ", ""))
    return x0
