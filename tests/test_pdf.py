"""meetbook.pdf: pages, bands and tables from the corpus; both readers agree; bad inputs."""
from __future__ import annotations

import difflib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetbook import errors
from meetbook.pdf import read_pdf, read_raw_pages
from meetbook.pdf.glyphs import Glyphs
from tests.conftest import BOOK, CORPUS, PROG, REAL, VAS, shared
from tests.rawpdf import minimal_pdf


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


# meetbook's reader in the fast suite; pdfplumber's (the slow reference backend) in the full one
BACKENDS = ["pdfium", pytest.param("pdfplumber", marks=pytest.mark.slow)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_ruled_tables(backend):
    tables = [t for p in read_pdf(PROG, backend=backend) for t in p.tables]
    assert [t.page for t in tables] == [6, 8]
    assert tables[0].rows[0][:3] == ("Anslag (tkr)", "Budget 2022", "Budget 2023")
    assert tables[1].rows[1] == ("", "1", "2", "3", "4", "5")


@pytest.mark.parametrize("path", [pytest.param(p, marks=[] if p == PROG else [pytest.mark.slow])
                                  for p in corpus_files()], ids=lambda p: p.name)
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


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input(tmp_path, case, backend):
    make, error = BAD_INPUTS[case]
    path = make(tmp_path)
    with pytest.raises(error) as caught:
        read_pdf(path, backend=backend)
    assert isinstance(caught.value, errors.BadInput) and isinstance(caught.value, ValueError)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("backend", BACKENDS)
def test_too_many_pages(backend):
    from meetbook.pdf import Limits

    with pytest.raises(errors.TooLarge):
        read_pdf(VAS, max_pages=10, backend=backend)
    with pytest.raises(errors.TooLarge):
        read_pdf(VAS, limits=Limits(max_pages=10), backend=backend)
    assert len(read_pdf(VAS, max_pages=20, limits=Limits(max_pages=10), backend=backend)) == 20


# --- the run-by-run reader equals a glyph-by-glyph reading -----------------------------------

def reader_files() -> list[Path]:
    """Every PDF exports are checked on but the bench book (six copies of the mötesbok)."""
    root = CORPUS.parent
    folders = [CORPUS, CORPUS.parent.parent / "shared" / "corpus", REAL,
               root / "tests" / "variants", root / "tests" / "templates"]
    seen: dict[str, Path] = {}
    for folder in folders:
        for f in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
            seen.setdefault(f.name, f)
    return list(seen.values())


def first_difference(new: list, old: list) -> str | None:
    """Where the reader's pages differ from the reference's first, naming the field."""
    if len(new) != len(old):
        return f"{len(new)} pages, reference {len(old)}"
    for a, b in zip(new, old):
        for name in ("number", "width", "height", "images", "tables"):
            if getattr(a, name) != getattr(b, name):
                return f"page {b.number}: {name} {getattr(a, name)!r} != {getattr(b, name)!r}"
        if len(a.lines) != len(b.lines):
            return f"page {b.number}: {len(a.lines)} lines, reference {len(b.lines)}"
        for x, y in zip(a.lines, b.lines):
            for name in ("text", "x0", "top", "x1", "size", "bold", "words"):
                if getattr(x, name) != getattr(y, name):
                    return (f"page {b.number} line {y.text[:30]!r}: {name} "
                            f"{getattr(x, name)!r} != {getattr(y, name)!r}")
    return None


# the program in the fast suite, the protocol in the full one (the reference reads each glyph)
@pytest.mark.parametrize("path", [PROG, pytest.param(VAS, marks=pytest.mark.slow)], ids=lambda p: p.name)
def test_reader_equals_glyph_by_glyph_reading(path):
    from tests.pdf_reference import reference_pages

    assert first_difference(read_raw_pages(path, jobs=1), reference_pages(path)) is None


@pytest.mark.slow
@pytest.mark.parametrize("path", reader_files(), ids=lambda p: p.name)
def test_reader_equals_glyph_by_glyph_reading_everywhere(path):
    from tests.pdf_reference import reference_pages

    assert first_difference(read_raw_pages(path, jobs=1), reference_pages(path)) is None


@pytest.mark.slow  # helper processes over the 78-page book, twice
def test_pages_read_in_parallel_are_the_pages_read_in_turn():
    assert first_difference(read_raw_pages(BOOK, jobs=2), read_raw_pages(BOOK, jobs=1)) is None


@pytest.fixture(scope="module")
def book_in_turn():
    """The 78-page book's pages read by one process: what reading with helpers must give."""
    return read_raw_pages(BOOK, jobs=1)


def test_what_is_given_to_do_meanwhile_is_done_once_with_helpers_or_without():
    done = []
    one = read_raw_pages(BOOK, jobs=1, meanwhile=lambda: done.append("alone"))
    two = read_raw_pages(BOOK, jobs=2, meanwhile=lambda: done.append("with a helper"))
    assert done == ["alone", "with a helper"]
    assert first_difference(two, one) is None


@pytest.mark.parametrize("takes", [0, 1, 3])
def test_chunks_a_helper_took_and_never_sent_are_read_by_the_process_itself(monkeypatch, takes,
                                                                             book_in_turn):
    import os

    from meetbook.pdf import parallel

    def dies(conn, path, limits, chunks, queue):  # takes some chunks, then is gone
        queue.close_writing()
        for _ in range(takes):
            queue.take()
        os._exit(9)

    monkeypatch.setattr(parallel, "_helper_main", dies)
    pages = read_raw_pages(BOOK, jobs=2)
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert first_difference(pages, book_in_turn) is None


def test_a_chunk_a_helper_failed_on_is_read_by_the_process_itself(monkeypatch, book_in_turn):
    import os

    from meetbook.pdf import parallel

    here, read = os.getpid(), parallel._read_chunk

    def fails_in_a_helper(reader, path, chunk):
        if os.getpid() != here:
            raise MemoryError
        return read(reader, path, chunk)

    monkeypatch.setattr(parallel, "_read_chunk", fails_in_a_helper)
    assert first_difference(read_raw_pages(BOOK, jobs=2), book_in_turn) is None


def test_a_helper_error_is_raised_where_reading_in_turn_meets_it(monkeypatch):
    from meetbook.pdf import Limits, parallel

    monkeypatch.setattr(parallel, "CHUNK", 2)
    with pytest.raises(errors.OverLimit) as alone:
        read_raw_pages(BOOK, jobs=1, limits=Limits(page_lines=40))
    with pytest.raises(errors.OverLimit) as together:
        read_raw_pages(BOOK, jobs=3, limits=Limits(page_lines=40))
    assert str(together.value) == str(alone.value)


def test_a_limit_passed_in_a_worker_is_the_files_one_line():
    from meetbook.pdf import Limits

    with pytest.raises(errors.OverLimit) as caught:
        read_raw_pages(BOOK, jobs=2, limits=Limits(page_glyphs=500))
    assert str(caught.value).startswith(f"{BOOK}: refused: exceeds a safety limit (page ")


# --- words, lines and cell texts by pdfplumber's rules, on any glyphs -----------------------

def glyphs_of(chars) -> Glyphs:
    from meetbook.pdf.glyphs import codes_of, is_space

    codes = codes_of("".join(c.text for c in chars))
    def column(name, dtype=float):
        return np.array([getattr(c, name) for c in chars], dtype=dtype)
    return Glyphs(codes, column("x0"), column("x1"), column("top"), column("bottom"),
                  column("size"), column("bold", bool), column("upright", bool), is_space(codes))


@st.composite
def page_chars(draw, max_size: int = 40):
    from tests.pdf_reference import Char

    n = draw(st.integers(0, max_size))
    out = []
    for _ in range(n):
        x0 = draw(st.sampled_from([0.0, 0.5, 1.0, 2.5, 3.0, 4.0, 6.0, 9.5, 10.0, 20.0, 33.3]))
        top = draw(st.sampled_from([0.0, 1.5, 2.9, 3.0, 3.1, 6.0, 6.2, 12.0, 30.0]))
        size = draw(st.sampled_from([0.0, 2.0, 10.0, 12.0]))
        out.append(Char(draw(st.sampled_from("ab Xﬁ-\t1")), x0,
                        x0 + draw(st.sampled_from([0.0, 0.5, 2.4, 2.5, 3.0, 7.0])), top, top + size,
                        size, draw(st.booleans()), draw(st.sampled_from([True, True, True, False]))))
    return out


@pytest.mark.slow  # 150 generated pages read by the reference backend too
@settings(max_examples=150, deadline=None)
@given(page_chars())
def test_lines_follow_pdfplumbers_rules(chars):
    from meetbook.pdf.layout import text_lines
    from tests.pdf_reference import line_of
    from tests.pdf_reference import text_lines as reference_lines

    assert text_lines(glyphs_of(chars), 1) == [line_of(w, 1) for w in reference_lines(chars)]


@pytest.mark.slow  # 100 generated tables read by the reference backend too
@settings(max_examples=100, deadline=None)
@given(st.lists(page_chars(max_size=12), min_size=1, max_size=4))
def test_cell_texts_are_pdfplumbers_extract_text(cells):
    from pdfplumber.utils import extract_text

    from meetbook.pdf.layout import plain_texts
    from tests.pdf_reference import char_dict

    chars = [c for cell in cells for c in cell]
    group = np.array([k for k, cell in enumerate(cells) for _ in cell], dtype=np.int64)
    expected = [extract_text([char_dict(c) for c in cell]) if cell else "" for cell in cells]
    assert plain_texts(glyphs_of(chars), group, len(cells)) == expected


# --- limits: a file that asks for too much work is refused with one line --------------------

def _refused(path: Path, caught) -> str:
    message = str(caught.value)
    assert isinstance(caught.value, errors.BadInput) and isinstance(caught.value, errors.TooLarge)
    assert message.startswith(f"{path}: refused: exceeds a safety limit (") and "\n" not in message
    return message


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("limit, says", [
    ({"page_content_bytes": 2000}, ": content streams inflate beyond 2000 bytes"),
    ({"page_glyphs": 500}, "glyphs, limit 500"),
    ({"page_lines": 20}, "lines, limit 20"),
    ({"file_glyphs": 20_000}, "more than 20000 glyphs"),
    ({"file_lines": 300}, "more than 300 lines"),
])
def test_limits_refuse_the_file(backend, limit, says):
    from meetbook.pdf import Limits

    with pytest.raises(errors.OverLimit) as caught:
        read_pdf(BOOK, backend=backend, limits=Limits(**limit), jobs=1)
    assert says in _refused(BOOK, caught)


def test_too_many_text_objects_are_refused_before_they_are_laid_out():
    from meetbook.pdf import Limits

    with pytest.raises(errors.OverLimit) as caught:
        read_pdf(BOOK, limits=Limits(page_text_objects=5), jobs=1)
    assert "page 1 has more than 5 text objects" in _refused(BOOK, caught)


def test_the_default_limits_leave_every_corpus_file_alone():
    for path in [BOOK, VAS, PROG]:
        assert read_pdf(path)


def _stream(data: bytes, filters: list[bytes] = (), extra: bytes = b"") -> bytes:
    import base64
    import zlib

    for f in reversed(filters):  # the first filter named is the first one undone
        data = zlib.compress(data, 9) if f == b"/FlateDecode" else \
            base64.a85encode(data) + b"~>"
    names = b"[" + b" ".join(filters) + b"]"
    return (b"<< /Length %d /Filter %s %s >>\nstream\n" % (len(data), names, extra) + data
            + b"\nendstream")


def _page_with(content: bytes, xobjects: bytes = b"", more: list[bytes] = ()) -> bytes:
    resources = b"<< /Font << /F1 4 0 R >> " + (b"/XObject << %s >>" % xobjects if xobjects
                                                 else b"") + b">>"
    return minimal_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                 b"/Resources " + resources + b" >>",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", content, *more])


TEXT = b"BT /F1 12 Tf 72 700 Td (Beslut att bifalla motionen) Tj ET\n"


@pytest.mark.parametrize("filters", [[b"/FlateDecode"], [b"/ASCII85Decode", b"/FlateDecode"]])
def test_content_that_inflates_too_far_is_refused_before_pdfium_reads_it(tmp_path, filters):
    from meetbook.pdf import Limits

    path = _write(tmp_path, "inflates.pdf", _page_with(_stream(TEXT + b" " * 3_000_000, filters)))
    with pytest.raises(errors.OverLimit) as caught:
        read_pdf(path, limits=Limits(page_content_bytes=1_000_000))
    assert "page 1: content streams inflate beyond 1000000 bytes" in _refused(path, caught)
    assert read_pdf(path)[0].body[0].text == "Beslut att bifalla motionen"  # within 32 MB


def test_forms_count_towards_the_page_content(tmp_path):
    from meetbook.pdf import Limits

    form = _stream(b" " * 600_000 + TEXT, [b"/FlateDecode"],
                   b"/Type /XObject /Subtype /Form /BBox [0 0 612 792]")
    path = _write(tmp_path, "form.pdf", _page_with(_stream(b"/Fm1 Do\n", [b"/FlateDecode"]),
                                                   b"/Fm1 6 0 R", [form]))
    assert read_pdf(path)[0].body[0].text == "Beslut att bifalla motionen"
    with pytest.raises(errors.OverLimit):
        read_pdf(path, limits=Limits(page_content_bytes=500_000))


def test_content_showing_too_many_glyphs_is_refused_before_pdfium_reads_it(tmp_path):
    from meetbook.pdf.contents import SCAN_FROM

    lines = b"".join(b"BT /F1 1 Tf 10 %d Td (Beslut att) Tj ET\n" % (y % 780)
                     for y in range(SCAN_FROM // 30))
    path = _write(tmp_path, "lines.pdf", _page_with(_stream(lines, [b"/FlateDecode"])))
    with pytest.raises(errors.OverLimit) as caught:
        read_pdf(path)
    assert "page 1 shows about" in _refused(path, caught)


# --- no import cycles in the reader -----------------------------------------------------------

def test_the_reader_modules_import_no_cycle():
    import ast
    import graphlib

    package = Path(__file__).resolve().parent.parent / "meetbook" / "pdf"
    graph: dict[str, set[str]] = {}
    for source in package.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("meetbook.pdf"):
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                imported |= {n.rsplit(".", 1)[-1] for n in names if n.count(".") == 2}
        graph[source.stem] = imported - {source.stem, "pdf"}
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError on a cycle
    assert "fast" not in graph["plumber"] and "reader" not in graph["fast"]


# --- bombs: small files that ask for huge work, refused in seconds and well under 1 GB -------

def bombs(folder: Path) -> dict[str, Path]:
    """An image of 20000 x 20000 pixels (390 KB), 2 GB of whitespace (2 MB) and 234,000
    lines of text (72 KB): made here, never kept in the repository."""
    import zlib

    def flate(chunks, extra: bytes = b"") -> bytes:
        z = zlib.compressobj(9)
        data = b"".join(z.compress(c) for c in chunks) + z.flush()
        return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(data), extra) + \
            data + b"\nendstream"

    side = 20000
    image = flate((b"\x00" * side * 1000 for _ in range(side // 1000)),
                  b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                  b"/BitsPerComponent 8" % (side, side))
    made = {
        "image": minimal_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                       b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", image,
                       flate([b"q 612 0 0 792 0 0 cm /Im1 Do Q"]),
                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                       b"/Resources << /XObject << /Im1 3 0 R >> >> >>"]),
        "whitespace": _page_with(flate(b" " * (1 << 20) for _ in range(2000))),
        "lines": _page_with(flate(b"".join(b"BT /F1 1 Tf 10 %d Td (Beslut att) Tj ET\n" % y
                                           for y in range(780)) for _ in range(300))),
    }
    return {name: _write(folder, f"{name}-bomb.pdf", data) for name, data in made.items()}


MEASURED = """
import resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=300)
print(r.returncode, time.perf_counter() - t,
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
print(r.stderr, end="")
"""


@pytest.fixture(scope="module")
def bomb_files(tmp_path_factory):
    return bombs(tmp_path_factory.mktemp("bombs"))


@pytest.mark.slow
@pytest.mark.parametrize("bomb", ["image", "whitespace", "lines"])
def test_a_bomb_is_refused_in_seconds_and_little_memory(bomb_files, tmp_path, bomb):
    import subprocess
    import sys

    path = bomb_files[bomb]
    command = [sys.executable, "-m", "meetbook", "import", str(path), "--db",
               str(tmp_path / "register.db")]
    done = subprocess.run([sys.executable, "-c", MEASURED, *command], capture_output=True,
                          text=True, timeout=400, check=True)
    head, *stderr = done.stdout.splitlines()
    status, seconds, peak_mb = head.split()
    assert status == "1" and float(seconds) < 60 and int(peak_mb) < 1024, head
    assert stderr[0].startswith(f"{path}: refused: exceeds a safety limit (")
    assert "Traceback" not in done.stdout


def test_a_page_drawn_with_thousands_of_rules_is_read_without_tables(tmp_path):
    rules = b"".join(b"0 0 0 RG 72 %d m 540 %d l S %d 72 m %d 720 l S\n" % (y, y, y, y)
                     for y in range(72, 720, 2) for _ in range(10))
    path = _write(tmp_path, "map.pdf", _page_with(_stream(TEXT + rules, [b"/FlateDecode"])))
    page = read_pdf(path)[0]
    assert page.tables == () and page.body[0].text == "Beslut att bifalla motionen"


@pytest.mark.parametrize("pages, jobs, load, expected", [
    (468, None, 0.1, 2),  # two idle cores
    (468, None, 3.6, 2),  # a busy one: this process reads too, a helper takes what it can
    (20, None, 0.0, 1),  # a small file is read before processes start
    (20, 3, 5.0, 3),  # asked for
])
def test_pages_are_read_in_parallel_when_it_pays(monkeypatch, pages, jobs, load, expected):
    import os

    from meetbook.pdf.parallel import jobs_for

    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load), raising=False)
    assert jobs_for(pages, jobs) == expected


def test_a_stream_whose_size_cannot_be_measured_in_steps_is_refused_when_it_could_pass(
        tmp_path):
    from meetbook.pdf import Limits

    content = b"<< /Length 400 /Filter /LZWDecode >>\nstream\n" + b"\x80" * 400 + b"\nendstream"
    path = _write(tmp_path, "lzw.pdf", _page_with(content))
    with pytest.raises(errors.OverLimit) as caught:
        read_pdf(path, limits=Limits(page_content_bytes=1_000_000))
    assert "page 1: a content stream in /LZWDecode may inflate beyond" in _refused(path, caught)
