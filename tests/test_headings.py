"""How headings read: the § line in its two forms and the words of headings, and the
headings the pdf layer marks in OCR'd text (which has no fonts) by them."""
from __future__ import annotations

import pytest

from meetbook.headings import HEADING_WORDS, PARAGRAPH_FIRST, PARAGRAPH_LAST
from meetbook.model import Line
from meetbook.pdf.ocr import infer_headings
from meetbook.pdf.pages import Page


@pytest.mark.parametrize("text, number, rest", [
    ("§ 69 Dnr KS-2025-00014", "69", "Dnr KS-2025-00014"),
    ("§213 Dnr KS 2024/00103-1.4.2", "213", "Dnr KS 2024/00103-1.4.2"),
    ("§ 5", "5", ""),
])
def test_the_paragraph_sign_first(text, number, rest):
    m = PARAGRAPH_FIRST.match(text)
    assert m and (m.group("num"), m.group("rest")) == (number, rest)


@pytest.mark.parametrize("text, number, rest", [
    ("39 § Sammanträdets laglighet och beslutförhet", "39", "Sammanträdets laglighet och beslutförhet"),
    ("188 §", "188", None),
])
def test_the_paragraph_sign_last(text, number, rest):
    m = PARAGRAPH_LAST.match(text)
    assert m and (m.group("num"), m.group("rest")) == (number, rest)


@pytest.mark.parametrize("text", ["§§ 12-14 Delegationsbeslut", "Enligt 6 kap. 4 § kommunallagen",
                                  "§ 12345 är inget paragrafnummer"])
def test_no_paragraph_line(text):
    assert not PARAGRAPH_FIRST.match(text) and not PARAGRAPH_LAST.match(text)


@pytest.mark.parametrize("text, heading", [
    ("Beslutsunderlag", True), ("Propositionsordning som godkänns", True),
    ("Kommunstyrelsens förslag:", True), ("Beslut - Förslag till kommunfullmäktige", True),
    ("Beslutet ska skickas till", True), ("Beslutet gäller från 1 januari.", False),
    # a proposal label under the § line is no part of the title above it
    ("Förvaltningens förslag till beslut", True),
    ("Arbetsutskottets förslag till beslut i kommunstyrelsen", True),
    ("Kommunstyrelsens förslag till kommunfullmäktige", True),
    ("Kommunstyrelsens förslag till mål och budget 2027", False),
    ("Förslag till ny renhållningstaxa", False)])
def test_heading_words(text, heading):
    assert bool(HEADING_WORDS.match(text)) is heading


@pytest.mark.parametrize("text, heading", [
    ("Beslut", True), ("Reservation", True), ("Särskilt yttrande", True),
    ("Kommunstyrelsens beslutsordning", True), ("Välfärdsnämndens beslut:", True),
    ("hållbarhetsprogram.", False), ("Kommunstyrelsen godkänner föreslagen propositionsordning", False)])
def test_headings_inferred_for_ocr(text, heading):
    page = Page(1, 595, 842, (Line(text, 1, ocr=True),), ocr=True)
    (out,) = infer_headings([page])
    assert out.body[0].bold is heading


def test_ocr_paragraph_line_and_its_title_become_headings():
    lines = tuple(Line(t, 1, ocr=True) for t in (
        "§ 213 Dnr KS 2024/00103-1.4.2", "Beslut - Hållbarhetsuppföljning 2023", "Beslut",
        "1. Rapporten läggs till handlingarna."))
    (out,) = infer_headings([Page(1, 595, 842, lines, ocr=True)])
    assert [ln.bold for ln in out.body] == [True, True, True, False]
