"""Shared fixtures: the corpus PDFs and registers built from them once per session."""
from __future__ import annotations

import json
import sqlite3
import sys
import traceback
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from meetbook import pattern_cache
from tests.parse_cache import ParseCache, code_digest

# The package's patterns as the command and an import's worker find them (compiled by make
# setup): the test modules load the parser's modules at collection, in each worker, and would
# otherwise compile its 400-odd patterns there (a second of each worker's start)
pattern_cache.seed("command")
pattern_cache.seed("parser")

# The suite keeps its compiled test modules (pytest's assertion rewriting of some 90 files takes
# about 5 s of each worker's start) and the package's, as Python does by default, also where
# PYTHONDONTWRITEBYTECODE is set; they live in the ignored __pycache__ folders.
sys.dont_write_bytecode = False

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"
BOOK = CORPUS / "umea-ksnau-2026-05-19-motesbok.pdf"
VAS = CORPUS / "vasteras-ks-protokoll-213.pdf"
PROG = CORPUS / "umea-program-social-hallbarhet-2023-2026.pdf"
PROG_OCR = CORPUS / "umea-program-social-hallbarhet-2024-2025-ocr.pdf"
FOLLOWUP = CORPUS / "umea-uppfoljning-social-hallbarhet-2024.pdf"
REAL = SHARED / "real"


FAST_WORKERS = 2  # the machines have two cores


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """`pytest -m "not slow"` runs on both cores when nobody chose otherwise (-n, -p no:xdist):
    the fast suite is for every change. The full suite runs in turn (its timed limits want a
    core to themselves)."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    if config.option.markexpr.strip() != "not slow" or config.option.numprocesses is not None \
            or config.getoption("collectonly"):
        return
    config.option.numprocesses = FAST_WORKERS
    if config.option.dist == "no":
        config.option.dist = "load"
    config.option.tx = ["popen"] * FAST_WORKERS


def shared(name: str) -> Path:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/corpus)")
    return path


@pytest.fixture(scope="session")
def vas_part(tmp_path_factory) -> Path:
    """Västerås's protocol cut to its first 3 of 20 pages: the same § 213 of Kommunstyrelsen,
    its two decisions undated, its persons and positions (2 of its 18 documents), parsed in a
    tenth of the time. For tests of the importer's paths, which check what becomes of a file,
    not what it says."""
    import pypdfium2 as pdfium

    path = tmp_path_factory.mktemp("vas-part") / "vasteras-ks-protokoll-213-s1-3.pdf"
    whole, part = pdfium.PdfDocument(str(VAS)), pdfium.PdfDocument.new()
    try:
        part.import_pages(whole, [0, 1, 2])
        part.save(str(path))
    finally:
        part.close()
        whole.close()
    return path


@dataclass(frozen=True)
class Imported:
    """A register with some files imported: where it is, its export, the problems reported
    (the import's own and the ones the register keeps for its files)."""

    path: Path
    export: dict
    problems: tuple[str, ...]
    refused: tuple[str, ...]


@pytest.fixture(scope="session")
def parses(request, tmp_path_factory) -> ParseCache:
    """The parses of this code kept on disk (tests/parse_cache.py): under .pytest_cache, or
    beside the run's temporary folders when the cache plugin is off."""
    cache = getattr(request.config, "cache", None)
    folder = cache.mkdir("meetbook-parses") if cache is not None else \
        tmp_path_factory.getbasetemp().parent / "meetbook-parses"
    kept = ParseCache(folder, code_digest())
    kept.prune()
    return kept


@pytest.fixture(scope="session")
def parsed_import(parses):
    """A function: (register, files) → the ImportSummary of importing them as import_files
    does, each document parsed once for the session's workers (and for later runs while the
    code and the document stay the same): the registers and exports are this run's own."""
    from meetbook import importer

    parse_once = _parse_once(parse_here, parses)

    def run(db, files, options=None):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(importer, "_parse_each", parse_once)
            return importer.import_files(db, [str(f) for f in files], options)

    return run


@pytest.fixture(scope="session")
def imported(tmp_path_factory, parsed_import):
    """A function: files → Imported, built once per session for each set of files (the
    goldens, the variants' facts and the other tests share one parse per document)."""
    from meetbook.register import open_register
    from meetbook.register.export import export
    from tests.factcheck import file_problems

    cache: dict[tuple[str, ...], Imported] = {}

    def build(*files: Path) -> Imported:
        key = tuple(str(f) for f in files)
        if key not in cache:
            path = tmp_path_factory.mktemp("reg") / "register.db"
            db = open_register(path)
            summary = parsed_import(db, files)
            cache[key] = Imported(path, export(db), tuple(summary.problems) + tuple(file_problems(db)),
                                  tuple(summary.problems))
            db.close()
        return cache[key]

    return build


def parse_here(paths, options):
    """(path, parsed file or Failure) for each path, as the importer's _parse_each gives them,
    each read and parsed in this process by the function the importer's workers run
    (importer.read_and_parse) and a failure described as they describe it. A worker of its own
    per document cost as much again as the parse itself (a fork, and caches the parser fills
    as it reads filled anew in each worker); what the worker adds (a budget, a crash or a
    memory limit costing one file) is tested with the importer (tests/test_worker.py,
    tests/test_sources.py, tests/test_import_batch.py). The pages are read in turn: read side by
    side they are the same pages (tests/test_pdf.py)."""
    from meetbook.importer import read_and_parse
    from meetbook.worker import Failure, describe

    for path in paths:
        try:
            outcome = read_and_parse(path, ocr=options.ocr, max_pages=options.max_pages,
                                     max_bytes=options.max_bytes, jobs=1)
        except Exception as e:  # a file the importer would refuse: its failure, not the test's
            outcome = Failure(path, describe(path, e), traceback.format_exc())
        yield path, outcome


def _parse_once(parse_each, parses: ParseCache):
    """The importer's parsing, each path parsed once for all the session's registers and
    workers: from memory, else from the parses kept on disk, else parsed (parse_each) and
    kept. A failure is not kept: it is the importer's to report."""
    from meetbook.pdf import sha256_of
    from meetbook.worker import Failure

    parsed: dict[tuple[str, str, tuple], object] = {}

    def each(paths, options):
        said = (options.ocr, options.max_pages, options.max_bytes)  # what reaches the parser
        for path in paths:
            key = (path, sha256_of(path), said)  # a file changed in place is another file
            if key not in parsed:
                outcome = parsed_here(*key, options)
                if isinstance(outcome, Failure):
                    yield path, outcome
                    continue
                parsed[key] = outcome
            yield path, parsed[key]

    def parsed_here(path, sha, said, options):
        with parses.lock(sha):
            kept = parses.get(path, sha, said)
            if kept is None:
                ((_, kept),) = parse_each([path], options)
                if not isinstance(kept, Failure):
                    parses.put(path, sha, said, kept)
        return kept

    return each


@pytest.fixture(scope="session")
def register_of(imported):
    """A function: files → (path of a register with them imported, its export)."""
    def build(*files: Path) -> tuple[Path, dict]:
        got = imported(*files)
        assert got.refused == (), got.refused
        return got.path, got.export

    return build


@pytest.fixture
def register_copy(tmp_path, imported):
    """A function: files → a register of the test's own with them imported, copied from the
    session's (tests that change a register start from the one parse the others share)."""
    def build(*files: Path) -> Path:
        got = imported(*files)
        assert got.refused == (), got.refused
        return copy_register(got.path, tmp_path / "register.db")

    return build


def copy_register(source: Path, path: Path) -> Path:
    """A copy of the register at source, at path (as SQLite backs up a database)."""
    with closing(sqlite3.connect(source)) as original, closing(sqlite3.connect(path)) as copy:
        original.backup(copy)
    return path


def meeting(data: dict, filename: str) -> dict:
    return next(m for m in data["meetings"] if m["source"]["file"] == filename)


def item(m: dict, number: str) -> dict:
    return next(i for i in m["items"] if i["number"].replace("§", "").strip() ==
                number.replace("§", "").strip())


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
