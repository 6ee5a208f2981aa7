"""Comparing printed words with tolerance: names, bodies and labels whose letters a text layer
or OCR changed. The one place meetbook compares text fuzzily (rapidfuzz)."""
from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from meetbook.text import fold

# one slip allowed per this many letters of a name
LETTERS_PER_SLIP = 14
SAME_BODY = 85  # similarity (0-100) at which two printed body names are one body


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0-100, case and diacritics aside."""
    return fuzz.ratio(fold(a), fold(b))


def same_person(a: str, b: str) -> bool:
    """Whether two printed names are one person, allowing lost diacritics and an OCR slip
    (one per LETTERS_PER_SLIP letters; the surnames must begin alike)."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if not fa or not fb or fa.split()[-1][:1] != fb.split()[-1][:1]:
        return False
    allowed = max(1, min(len(fa), len(fb)) // LETTERS_PER_SLIP)
    return Levenshtein.distance(fa, fb, score_cutoff=allowed) <= allowed


def ends_like(word: str, stems: tuple[str, ...], score: float = 85) -> bool:
    """Whether a word, perhaps garbled, ends in one of the stems ("Stadsfullmäktge" in
    "fullmäktig"): the stem matched against the word's end with tolerance."""
    w = fold(word)
    return any(len(stem) >= 5 and fuzz.partial_ratio(fold(stem), w[-len(stem) - 3:]) >= score
               for stem in stems)


def same_body(a: str | None, b: str | None) -> bool:
    """Whether two body names as printed (perhaps garbled) name the same body."""
    if not a or not b:
        return False
    return similarity(a, b) >= SAME_BODY
