"""OCR of a scanned protocol with ocrmypdf and Tesseract's Swedish model (about 20 s)."""
from __future__ import annotations

import pytest

from meetbook.model import Line
from meetbook.pdf.ocr import fix_line, needs_ocr, tesseract_available
from meetbook.pdf.pages import RawPage
from tests.conftest import shared

needs_tesseract = pytest.mark.skipif(not tesseract_available("swe"),
                                     reason="tesseract with the Swedish model is not installed")


@pytest.fixture(scope="module")
def scan_pages():
    pytest.importorskip("ocrmypdf")
    from meetbook.pdf import read_pdf

    return read_pdf(shared("vasteras-ks-protokoll-213-scan.pdf"), ocr="auto")


@needs_tesseract
def test_ocr_reads_the_paragraph_and_dnr(scan_pages):
    assert len(scan_pages) == 20
    first = " ".join(ln.text for ln in scan_pages[0].lines)
    assert "§ 213" in first
    assert "Dnr KS 2024/00103-1.4.2" in first


@needs_tesseract
def test_ocr_reads_the_reservants(scan_pages):
    first = " ".join(ln.text for ln in scan_pages[0].lines)
    assert "Elisabeth Unell (M), Johan Henriksson (M) och Klara Helin (M)" in first
    assert "Erik Johansson (SD) och Caroline Frisk (SD)" in first


@needs_tesseract
def test_ocr_pages_and_lines_are_marked(scan_pages):
    assert all(p.ocr for p in scan_pages)
    assert all(ln.ocr for p in scan_pages for ln in p.lines)
    assert sum(len(p.body) for p in scan_pages) > 300


@pytest.mark.parametrize("text, fixed", [
    ("&213 Dnr KS 2024/00103-1.4.2", "§ 213 Dnr KS 2024/00103-1.4.2"),
    ("enligt §5 i arbetsordningen", "enligt § 5 i arbetsordningen"),
    ("Svensson & Co AB", "Svensson & Co AB"),
])
def test_fix_line(text, fixed):
    line = fix_line(Line(text, 1))
    assert line.text == fixed and line.ocr


@pytest.mark.parametrize("pages, expected", [
    ([(0, 1)] * 3, True),
    ([(0, 1), (5, 0), (5, 0)], False),
    ([(0, 0)] * 3, False),  # blank pages: nothing to OCR
    ([], False),
])
def test_needs_ocr(pages, expected):
    raw = [RawPage(i + 1, 595, 842, [Line("x", i + 1)] * n, images=img)
           for i, (n, img) in enumerate(pages)]
    assert needs_ocr(raw) is expected
