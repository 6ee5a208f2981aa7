"""Text helpers: folding and joining a table cell's lines."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.text import fold, join_lines


@pytest.mark.parametrize("cell, joined", [
    ("detaljplan S53 för Släps-\nHögås 1:25 m.fl.", "detaljplan S53 för Släps-Högås 1:25 m.fl."),
    ("upprätta detalj-\nplan för Malevik", "upprätta detaljplan för Malevik"),
    ("Miljö-\noch klimatnämnden", "Miljö- och klimatnämnden"),
    ("Svar på motion från Ermin\nŠkorić (S) m.fl.", "Svar på motion från Ermin Škorić (S) m.fl."),
    ("  Ann-\nLouise  Lundqvist ", "Ann-Louise Lundqvist"),
])
def test_join_lines(cell, joined):
    assert join_lines(cell) == joined


def test_fold():
    assert fold("Anders  Ågren") == "anders agren"


@given(st.text())
def test_join_lines_keeps_every_letter(text):
    letters = lambda s: [c for c in s if c.isalnum()]  # noqa: E731
    assert letters(join_lines(text)) == letters(text)
