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
    assert [(a.name, a.role, a.function) for a in got] == [
        ("Lindvall Mikael", "ledamot", "ordförande"), ("Karf Johannes", "frånvarande", None),
        ("Rögård Linda", "ersättare", None)]


def test_kungsbacka_cover():
    from meetbook.pdf import read_pdf

    pages = read_pdf(shared("real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf"))
    got = {a.name: a for a in extract_attendance(pages[0].body) if a.role != "ersättare"}
    assert got["Lisa Andersson"].party == "M" and got["Lisa Andersson"].role == "ledamot"
    assert got["Fredrik Hansson"].role == "ledamot"
    assert got["Annika Hedman"].replaces == "Fredrik Hansson"
    assert "jäv" in got["Maria Losman"].paragraphs


def test_kungsbacka_cover_columns_that_run_into_each_other():
    from meetbook.pdf import read_pdf

    pages = read_pdf(shared("real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf"))
    got = extract_attendance(pages[0].body)
    serving = {a.name: (a.replaces, a.paragraphs) for a in got if a.role == "tjänstgörande ersättare"}
    assert serving == {"Berit Bergström": ("Axel Storckenfeldt", "§§ 69-101"),
                       "Ann-Louise Lundqvist": ("Maria Losman", "vid § 77 p.g.a. jäv"),
                       "Annika Hedman": ("Fredrik Hansson", "vid §§ 98-99 p.g.a. jäv")}
    members = {a.name: a for a in got if a.role == "ledamot"}
    assert len(members) == 15
    assert members["Axel Storckenfeldt"].paragraphs == "deltar §§ 102-105"
    assert members["Maria Losman"].paragraphs == "deltar inte i § 77 p.g.a. jäv"
    assert members["Fredrik Hansson"].function == "1:e vice ordförande"
    others = [a.name for a in got if a.role == "ersättare"]
    assert len(others) == 13 and "Ermin Škorić" in others
    assert ("Patrik Johansson", "kommunsekreterare") in {
        (a.name, a.function) for a in got if a.role == "tjänsteperson"}


def test_a_substitute_with_a_name_beyond_swedish_letters():
    from meetbook.pdf import read_pdf

    pages = read_pdf(shared("real/kungsbacka-ks-2026-08-25-protokollsutdrag-179-180.pdf"))
    got = [a for a in extract_attendance(pages[0].body) if a.role == "tjänstgörande ersättare"]
    assert [(a.name, a.party, a.replaces) for a in got] == [("Ermin Škorić", "S", "Johan Tolinsson")]


@given(st.lists(st.text(), max_size=8))
def test_never_crashes(texts):
    extract_attendance([Line(t, 1) for t in ["Beslutande Ledamöter Tjänstgörande ersättare",
                                             *texts]])


def test_a_cover_in_sections_with_two_columns():
    from dataclasses import replace

    rows = [("Beslutande ledamöter", []),
            ("", [(57, 150, "Margareta Holst (M), ordförande"), (360, 420, "Tomas Berg (S)")]),
            ("", [(57, 250, "Lena Strömqvist (S), deltar inte i § 88 p.g.a."),
                  (360, 400, "Anneli Sundberg (S)")]),
            ("", [(57, 80, "jäv")]),
            ("Tjänstgörande ersättare", []),
            ("", [(57, 400, "Anna-Karin Sjödin (S) ersätter Lena Strömqvist (S) § 88 p.g.a. jäv")]),
            ("Övriga deltagande", []),
            ("", [(57, 250, "Helena Rosén, kommunsekreterare")]),
            ("Plats och tid för justering Digital justering 2025-09-16", [])]
    lines = [replace(Line(text or " ".join(t for _, _, t in cols), 1), top=100.0 + 14 * n,
                     words=_spread(cols)) for n, (text, cols) in enumerate(rows)]
    got = {(a.name, a.role): a for a in extract_attendance(lines)}
    assert got[("Lena Strömqvist", "ledamot")].paragraphs == "deltar inte i § 88 p.g.a. jäv"
    assert got[("Anneli Sundberg", "ledamot")].paragraphs is None
    assert got[("Margareta Holst", "ledamot")].function == "ordförande"
    assert got[("Anna-Karin Sjödin", "tjänstgörande ersättare")].replaces == "Lena Strömqvist"
    assert got[("Helena Rosén", "tjänsteperson")].function == "kommunsekreterare"


def _spread(cols):
    """Words of each column laid out from its x, a few points apart."""
    out = []
    for x0, _, text in cols:
        x = float(x0)
        for w in text.split():
            out.append((x, x + 5.0 * len(w), w))
            x += 5.0 * len(w) + 4.0
    return tuple(out)
