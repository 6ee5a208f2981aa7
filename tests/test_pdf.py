"""meetbook.pdf: pages, bands and tables from the corpus; both readers agree; bad inputs."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from meetbook import errors
from meetbook.pdf import read_pdf, read_raw_pages
from tests.conftest import BOOK, CORPUS, PROG, REAL, VAS, shared


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty, cross-reference table and all."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.pdf"))
    if REAL.is_dir():
        files += sorted(REAL.glob("*.pdf"))
    return files


@pytest.mark.parametrize("path, pages", [(BOOK, 78), (VAS, 20), (PROG, 8)])
def test_page_count(path, pages):
    assert len(read_pdf(path)) == pages


def test_bands_of_motesbok_page_3():
    page = read_pdf(BOOK)[2]
    assert [ln.text for ln in page.footer] == ["1 av 2", "Mötesbok: KSNAU (2026-05-19) Sida 3 av 78"]
    assert [ln.text for ln in page.body[:3]] == ["Umeå kommun Tjänsteskrivelse", "2026-05-08",
                                                 "Diariennr: KS-2025/00756"]
    assert page.header == ()


def test_line_geometry_and_words():
    first = read_pdf(BOOK)[2].body[0]
    assert first.page == 3 and first.bold
    assert first.x0 == pytest.approx(70.87, abs=0.1)
    assert 0 < first.top < first.x1
    assert [w[2] for w in first.words] == ["Umeå", "kommun", "Tjänsteskrivelse"]


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_ruled_tables(backend):
    tables = [t for p in read_pdf(PROG, backend=backend) for t in p.tables]
    assert [t.page for t in tables] == [6, 8]
    assert tables[0].rows[0][:3] == ("Anslag (tkr)", "Budget 2022", "Budget 2023")
    assert tables[1].rows[1] == ("", "1", "2", "3", "4", "5")


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_fast_reader_agrees_with_pdfplumber(path):
    fast = read_raw_pages(path, backend="pdfium")
    slow = read_raw_pages(path, backend="pdfplumber")
    assert len(fast) == len(slow)
    a = [(ln.page, ln.text) for p in fast for ln in p.lines]
    b = [(ln.page, ln.text) for p in slow for ln in p.lines]
    same = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False)
               .get_matching_blocks())
    # the Nykarleby originals differ in a few lines: unmapped glyphs, gaps at the tolerance
    assert same / max(len(a), len(b), 1) >= 0.99
    assert [t.rows for p in fast for t in p.tables] == [t.rows for p in slow for t in p.tables]
    assert [p.images for p in fast] == [p.images for p in slow]


def test_scan_without_ocr_raises_no_text():
    with pytest.raises(errors.NoText):
        read_pdf(shared("vasteras-ks-protokoll-213-scan.pdf"), ocr="never")


def test_scan_pages_have_images_and_no_text():
    raw = read_raw_pages(shared("vasteras-ks-protokoll-213-scan.pdf"))
    assert len(raw) == 20 and all(p.images == 1 and not p.lines for p in raw)


def test_unknown_options_are_errors():
    with pytest.raises(ValueError):
        read_pdf(BOOK, backend="poppler")
    with pytest.raises(ValueError):
        read_pdf(BOOK, ocr="sometimes")


# --- bad inputs -----------------------------------------------------------------------------

def _truncated(tmp_path: Path) -> Path:
    data = PROG.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


def _encrypted(tmp_path: Path) -> Path:
    pikepdf = pytest.importorskip("pikepdf")
    path = tmp_path / "encrypted.pdf"
    with pikepdf.open(PROG) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner", user="secret", R=6))
    return path


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_INPUTS = {
    "not a pdf": (lambda t: _write(t, "notes.pdf", b"Protokoll\n\xa7 213\n" * 50), errors.NotAPdf),
    "empty": (lambda t: _write(t, "empty.pdf", b""), errors.EmptyFile),
    "missing": (lambda t: t / "missing.pdf", errors.NotFound),
    "truncated": (_truncated, errors.Unreadable),
    "garbage after header": (lambda t: _write(t, "junk.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8),
                             errors.Unreadable),
    "password": (_encrypted, errors.Encrypted),
    "zero pages": (lambda t: _write(t, "zero.pdf", zero_page_pdf()), errors.NoPages),
}


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input(tmp_path, case, backend):
    make, error = BAD_INPUTS[case]
    path = make(tmp_path)
    with pytest.raises(error) as caught:
        read_pdf(path, backend=backend)
    assert isinstance(caught.value, errors.BadInput) and isinstance(caught.value, ValueError)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_too_many_pages(backend):
    with pytest.raises(errors.TooLarge):
        read_pdf(VAS, max_pages=10, backend=backend)
