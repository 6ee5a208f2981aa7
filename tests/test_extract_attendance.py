from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.attendance import extract_attendance
from meetbook.model import Line, lines_from_text
from tests.conftest import shared


def test_checkbox_attendance():
    lines = lines_from_text("""Beslutande
ordinarie ersättare
[X] Lindvall Mikael, ordförande [ ] Eklund Karita
[ ] Karf Johannes [X] Rögård Linda
Övriga närvarande""")
    got = extract_attendance(lines)
    assert [(a.name, a.role, a.paragraphs) for a in got] == [
        ("Lindvall Mikael", "ledamot", "ordförande"), ("Rögård Linda", "ersättare", None)]


def test_kungsbacka_cover():
    from meetbook.pdf import read_pdf

    pages = read_pdf(shared("real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf"))
    got = {a.name: a for a in extract_attendance(pages[0].body)}
    assert got["Lisa Andersson"].party == "M" and got["Lisa Andersson"].role == "ledamot"
    assert got["Fredrik Hansson"].role == "ledamot"
    assert got["Annika Hedman"].replaces == "Fredrik Hansson"
    assert "jäv" in got["Maria Losman"].paragraphs


@given(st.lists(st.text(), max_size=8))
def test_never_crashes(texts):
    extract_attendance([Line(t, 1) for t in ["Beslutande Ledamöter Tjänstgörande ersättare",
                                             *texts]])
