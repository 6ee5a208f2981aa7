"""Programs and follow-ups read from the corpus PDFs (meetbook.program)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz

from meetbook import program
from meetbook.model import Line, lines_from_text
from meetbook.pdf import read_pdf

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PROG = CORPUS / "umea-program-social-hallbarhet-2023-2026.pdf"
PROG_OCR = CORPUS / "umea-program-social-hallbarhet-2024-2025-ocr.pdf"
FOLLOWUP = CORPUS / "umea-uppfoljning-social-hallbarhet-2024.pdf"
BOOK = CORPUS / "umea-ksnau-2026-05-19-motesbok.pdf"

pytestmark = pytest.mark.skipif(not PROG.exists(), reason="shared corpus not beside the repo")


def similar(a: str, b: str) -> float:
    return fuzz.ratio(program.fold(a), program.fold(b)) / 100


@pytest.fixture(scope="module")
def prog():
    return program.parse_program(read_pdf(PROG))


@pytest.fixture(scope="module")
def ocr(prog):
    return program.restore_program(program.parse_program(read_pdf(PROG_OCR)), [prog])


@pytest.fixture(scope="module")
def report():
    return program.parse_report(read_pdf(FOLLOWUP))


def by_number(p, number):
    return next(x for x in p.priorities if x.number == number)


@pytest.mark.parametrize("path, is_program, is_report", [
    (PROG, True, False), (PROG_OCR, True, False), (FOLLOWUP, False, True),
    (BOOK, False, False)])
def test_recognises_programs_and_followups(path, is_program, is_report):
    pages = read_pdf(path)
    assert program.looks_like_program(pages) is is_program
    assert program.looks_like_report(pages) is is_report


def test_program_cover(prog):
    assert (prog.municipality, prog.title, prog.period) == (
        "Umeå kommun", "Program för social hållbarhet", (2023, 2026))
    assert [n for n, _ in prog.focus_areas] == [1, 2, 3, 4, 5]


def test_fifteen_priorities(prog):
    assert [p.number for p in prog.priorities] == [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3",
        "4.1", "4.2", "4.3", "5.1", "5.2", "5.3"]
    assert "hemlöshet" in by_number(prog, "4.3").title
    assert by_number(prog, "2.2").title.endswith("i arbetet med hållbar utveckling")


@pytest.mark.parametrize("number, bodies", [
    ("1.2", {"KS", "IFN", "TN"}), ("2.2", {"JUSK"}), ("4.2", {"ÄN", "KN"}),
    ("5.2", {"FGN", "GVN"})])
def test_huvudansvar(prog, number, bodies):
    assert bodies <= set(by_number(prog, number).responsible)
    assert "42" not in by_number(prog, number).responsible


@pytest.mark.parametrize("ident, areas", [
    ("2021:8", (1,)), ("2021:11", (1, 2, 3, 4, 5)), ("2022:2", (1, 2, 3, 4)),
    ("2022:3", (1, 2, 3, 4)), ("2022:4", (5,))])
def test_tillaggsuppdrag_with_their_fokusomraden(prog, ident, areas):
    got = {a.id: a for a in prog.assignments}
    assert got[ident].focus_areas == areas
    assert got[ident].text.startswith("Kommunfullmäktige ger")


def test_riktade_utvecklingsanslag():
    anslag = program.parse_anslag(read_pdf(PROG))
    assert [(a.year, a.value) for a in anslag] == [(y, 6_000_000) for y in range(2022, 2027)]


def test_ocr_version(ocr):
    assert len(ocr.priorities) == 14 and ocr.period == (2024, 2025)
    assert ocr.municipality == "Umeå kommun"
    assert similar(by_number(ocr, "5.2").title,
                   "Särskilt stöd till de personer som står långt från arbetsmarknaden") >= 0.85


@pytest.mark.parametrize("number, title, printed", [
    ("1.2", "Ett Umeå fritt från våld", "Ett Umea fritt fran vald"),
    ("3.3", "Förebyggande folkhälsoarbete", "Forebyggande folkhalsoarbete"),
    ("4.3", "Främja en socialt hållbar bostadsförsörjning och motverka hemlöshet", None),
])
def test_ocr_titles_restored_from_the_other_version(ocr, number, title, printed):
    p = by_number(ocr, number)
    assert p.title == title
    assert p.title_as_printed != title and (printed is None or p.title_as_printed == printed)


@pytest.mark.slow  # loads the Swedish vocabulary that OCR's restoration uses
@pytest.mark.parametrize("word, restored", [
    ("Forhindra", "Förhindra"), ("framvéaxten", "framväxten"), ("vald", "vald"), ("for", "för")])
def test_vocabulary_restores_only_with_evidence(word, restored):
    assert program._restore_word(word, {}) == restored


def test_followup_statuses(report):
    got = {s.target: s for s in report.statuses}
    assert report.municipality == "Umeå kommun" and report.year == 2024
    assert len(got) == 14
    assert got["1.2"].status == "Mer arbete krävs"
    assert got["1.2"].text.startswith("Negativ trend inom området våld")
    assert got["2.2"].status == "Enligt plan"
    assert got["2.2"].text.startswith("Arbete med att medvetandegöra")


def test_followup_cites_2022_3(report):
    (c,) = [c for c in report.citations if c.target == "2022:3"]
    assert c.page == 10 and "intention bakom Tilläggsuppdrag 2022:3" in c.text


@pytest.mark.parametrize("text, owners", [
    ("KS, BN, FN, KN, TN, ÄN UKF genom Bostaden och Ultra",
     ("KS", "BN", "FN", "KN", "TN", "ÄN", "UKF genom Bostaden och Ultra")),
    ("FGN, GVN 42", ("FGN", "GVN")),
])
def test_bodies(text, owners):
    assert program._bodies(text) == owners


def test_hand_built_program_page():
    class P:
        number, header, footer, tables = 1, (), (), ()
        body = tuple(Line(ln.text, 1, 0, ln.top, 0, 12 if ln.bold else 10, ln.bold)
                     for ln in lines_from_text(
                         "**Fokusområde 3 - Barns uppväxtvillkor**\n"
                         "**33 Forebyggande folkhalsoarbete**\n"
                         "Text.\nHuvudansvar: KS, FGN\n**3.2 Motverka barnfattigdom**\nMer.\n"
                         "Huvudansvar: IFN\n**3.4 Fjärde**\nHuvudansvar: BN"))
    got = program.parse_program([P()])
    assert [(p.number, p.responsible) for p in got.priorities] == [
        ("3.3", ("KS", "FGN")), ("3.2", ("IFN",)), ("3.4", ("BN",))]


class OnePage:
    """A page of plain body lines."""

    number, header, footer, tables = 1, (), (), ()

    def __init__(self, text: str):
        self.body = tuple(lines_from_text(text))


@pytest.mark.parametrize("text, municipality", [
    ("Umea kommun\nProgram för social hållbarhet", "Umeå kommun"),  # OCR lost the letters
    ("Jonkopings kommun har beslutat.\nJonkopings kommun", "Jönköpings kommun"),  # genitive
    ("Alla i Lunds kommun.", "Lunds kommun"),
    ("Korsholms kommun", "Korsholms kommun"),  # a Finland-Swedish municipality
    ("Hela kommun och Vasa kommun\nHela kommun", "Vasa kommun"),  # a known name before a word
    ("Hela kommun", "Hela kommun"),  # no known name: the most frequent word, as printed
    ("Programmet", None),
])
def test_municipality_named_on_the_pages(text, municipality):
    assert program._municipality([OnePage(text)]) == municipality


@pytest.mark.parametrize("a, b, low, high", [
    ("Förebyggande folkhälsoarbete", "Forebyggande folkhalsoarbete", 1.0, 1.0),
    ("Motverka  barnfattigdom", "motverka barnfattigdom", 1.0, 1.0),
    ("Motverka barnfattigdom", "Motverka hemlöshet", 0.4, 0.85),
    ("Trygghet", "", 0.0, 0.0),
])
def test_similar_sets_case_diacritics_and_spacing_aside(a, b, low, high):
    assert low <= program.similar(a, b) <= high
