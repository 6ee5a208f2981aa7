"""Segmenting pages into cover, agenda, documents and paragraphs, on the real corpus."""
from __future__ import annotations

from functools import cache

import pytest

from meetbook.model import DocumentKind, FileKind, Line
from meetbook.pdf import read_pdf
from meetbook.pdf.pages import Page
from meetbook.segment.agenda import agenda
from meetbook.segment.appendices import stamped_appendices
from meetbook.segment.cover import Cover, classify, cover
from meetbook.segment.documents import documents
from meetbook.segment.paragraphs import paragraphs
from tests.conftest import BOOK, ROOT, VAS, shared


@cache
def pages(path):
    return tuple(read_pdf(path))


def test_book_cover_and_kind():
    ps = pages(BOOK)
    assert classify(ps) == FileKind.MOTESBOK
    assert cover(ps, FileKind.MOTESBOK) == Cover(
        "Umeå kommun", "Kommunstyrelsens näringslivs- och arbetsutskott", "2026-05-19",
        "Kommunstyrelsens sammanträdesrum")


def test_book_agenda_numbers_sections_and_page_references():
    entries = agenda(pages(BOOK))
    assert [e.number for e in entries] == [f"{n}/26" for n in range(189, 199)]
    assert [e.page_ref for e in entries] == [3, 5, 5, 5, 5, 5, 9, 50, 77, 78]
    assert entries[0].section == "Till KSNAU - KS - KF"
    assert entries[2].dnr == (("25264", "25264"),)
    assert entries[1].title == ("Upphandling: Digitalt städledningssystem Godkännande av "
                                "upphandlingsunderlag")


@pytest.mark.parametrize("first, last, kind", [
    (3, 4, DocumentKind.TJANSTESKRIVELSE), (7, 8, DocumentKind.KALLELSE),
    (11, 13, DocumentKind.PROTOKOLLSUTDRAG), (14, 24, DocumentKind.AVTAL),
    (25, 35, DocumentKind.AVTAL), (36, 49, DocumentKind.AVTAL), (52, 58, DocumentKind.RAPPORT)])
def test_book_documents(first, last, kind):
    spans = documents([p for p in pages(BOOK) if p.number > 2])
    assert any((s.first, s.last, s.kind) == (first, last, kind) for s in spans)


def test_protocol_paragraph_with_dnr_and_title():
    (para,) = paragraphs(pages(VAS))
    assert (para.number, para.title, para.dnr[0][0]) == (
        "§ 213", "Hållbarhetsuppföljning 2023", "KS-2024/00103")


@pytest.mark.parametrize("name", [  # § lines of three layouts, one with side labels
    "real/goteborg-ks-2024-02-07-protokoll.pdf", "real/nykarleby-valfardsnamnden-2022-09-15-protokoll.pdf",
    "templates/strandvik-ks-2026-10-05-protokoll.pdf"])
def test_a_paragraph_s_number_is_known_before_it_is_read(name):
    from meetbook.segment.paragraphs import paragraph_spans

    path = ROOT / "tests" / name if name.startswith("templates") else shared(name)
    spans = paragraph_spans(pages(path))
    assert len(spans) >= 4
    assert [s.number() for s in spans] == [s.read().paragraph for s in spans]


def test_goteborg_paragraphs_one_per_page():
    paras = paragraphs(pages(shared("real/goteborg-ks-2024-02-07-protokoll.pdf")))
    assert [p.paragraph for p in paras] == list(range(93, 130))
    assert paras[0].dnr[0][0] == "SLK-2024/00074"


def test_kungsbacka_agenda_table():
    entries = agenda(pages(shared("real/kungsbacka-ks-2025-04-22-kallelse.pdf")))
    assert len(entries) == 37
    four = entries[3]
    assert (four.number, four.section, four.dnr[0][1]) == ("4", "Beslutsärenden", "2024-00786")
    assert four.proposal.startswith("Förslag till beslut i kommunstyrelsen Kommunstyrelsen antar")


def test_nykarleby_dnr_above_the_paragraph_line():
    paras = paragraphs(pages(shared("real/nykarleby-valfardsnamnden-2022-09-15-protokoll.pdf")))
    p42 = next(p for p in paras if p.paragraph == 42)
    assert p42.dnr[0][0] == "NKBY/497/12.03.01/2022"


def test_agenda_entries_list_their_appendices():
    ps = pages(shared("real/nykarleby-stadsstyrelsen-2022-09-26-foredragningslista.pdf"))
    listed = {e.number: e.appendices for e in agenda(ps) if e.appendices}
    assert listed["195 §"] == (("Situationsplan 893-419-6-79", 39), ("Karta 893-419-6-79", 40))
    assert listed["201 §"][0][0].endswith("/ Aloite, Puutarhapalstoja ihmisille; Perussuomalaiset")
    assert "189 §" not in listed


def test_pages_stamped_as_a_paragraphs_appendix():
    runs = stamped_appendices(
        pages(shared("real/nykarleby-stadsstyrelsen-2022-09-26-foredragningslista.pdf")))
    assert runs[191] == [(8, 9)] and runs[193] == [(14, 34)] and runs[202] == [(57, 58)]


def _page(rows: list[tuple[str, bool, float]]) -> Page:
    """A page of (text, bold, size) lines, 15 points apart, a wider gap before size-10 lines."""
    lines, top = [], 80.0
    for text, bold, size in rows:
        top += 15 if size >= 12 else 21
        lines.append(Line(text, 1, 57.0, top, 400.0, size, bold))
    return Page(1, 595.0, 842.0, tuple(lines))


def test_a_title_that_wraps_onto_heading_words_stays_whole():
    page = _page([("§ 523 Ärendenummer SLK-2024-01000", True, 10.5),
                  ("Yttrande till Mark- och miljööverdomstolen med anledning av", True, 12.0),
                  ("Mark- och miljööverdomstolens", True, 12.0),
                  ("beslut", True, 12.0),
                  ("Beslut", True, 10.0),
                  ("Yttrandet översänds till domstolen.", False, 10.0)])
    (para,) = paragraphs([page])
    assert para.title.endswith("Mark- och miljööverdomstolens beslut")


def test_every_diarienummer_of_a_paragraph_line():
    page = _page([("§ 144 Dnr KS-2025-00301, KS-2025-00302", True, 10.5),
                  ("Svar på motioner om bostäder", True, 12.0)])
    (para,) = paragraphs([page])
    assert [d for d, _ in para.dnr] == ["KS-2025/00301", "KS-2025/00302"]
    assert para.title == "Svar på motioner om bostäder"


def test_an_appended_stadga_has_no_paragraphs_of_the_meeting():
    page = _page([("222 § Förvaltningsstadga", True, 10.5), ("Text.", False, 10.0),
                  ("1 § Tillämpning", True, 10.5), ("Stadgan tillämpas …", False, 10.0)])
    assert [p.paragraph for p in paragraphs([page])] == [222]
