"""The parses the test session keeps on disk (tests/parse_cache.py) are never stale: any change
to a file of the package is another digest, a parse made under another digest, of other bytes,
another name or other options is not served, a damaged entry is parsed again, and a document
kept is parsed once for every process that shares the folder."""
from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from meetbook import importer
from meetbook.importer import ImportOptions
from meetbook.model import FileKind, ParsedFile
from meetbook.pdf import sha256_of
from meetbook.worker import Failure
from tests.conftest import _parse_once
from tests.parse_cache import PACKAGE, ParseCache, code_digest, package_digest, package_files

OPTIONS = ("auto", None, None)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """A copy of meetbook/ without its bytecode caches."""
    copy = tmp_path_factory.mktemp("pkg") / "meetbook"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return copy


def test_the_digest_is_of_the_files_not_where_they_lie(package):
    assert package_digest(package) == package_digest(PACKAGE)
    assert code_digest() == code_digest()


def test_every_file_of_the_package_is_in_the_digest(package):
    listed = [name for name, _ in package_files(package)]
    every = sorted(str(Path(folder, f).relative_to(package))
                   for folder, _, names in os.walk(package) for f in names)
    assert listed == every
    assert {".py", ".json", ".c", ".so"} <= {Path(n).suffix for n in listed}


@pytest.mark.parametrize("name", ["parse.py", "lexicon/__init__.py", "data/abbreviations.json",
                                  "pdf/_layout.c"])
def test_a_changed_byte_of_a_file_is_another_digest(package, name):
    path = package / name
    data = path.read_bytes()
    before = package_digest(package)
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    try:
        assert package_digest(package) != before
    finally:
        path.write_bytes(data)
    assert package_digest(package) == before


def test_a_file_added_removed_or_renamed_is_another_digest(package):
    before = package_digest(package)
    source = package / "parse.py"
    (package / "new.py").write_text("X = 1\n")
    added = package_digest(package)
    (package / "new.py").unlink()
    source.rename(package / "parse_.py")
    renamed = package_digest(package)
    (package / "parse_.py").rename(source)
    data = source.read_bytes()
    source.unlink()
    removed = package_digest(package)
    source.write_bytes(data)
    assert len({before, added, renamed, removed}) == 4
    assert package_digest(package) == before


def test_bytecode_caches_are_no_change(package):
    before = package_digest(package)
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "parse.cpython-311.pyc").write_bytes(b"\0")
    assert package_digest(package) == before


def parsed(document: Path, **changes) -> ParsedFile:
    """What a parse of the document gives, as far as the cache cares."""
    return dataclasses.replace(ParsedFile(str(document), sha256_of(document), 3,
                                          FileKind.PROTOKOLL), **changes)


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4 one\n")
    return path


def test_a_parse_is_served_only_to_the_same_code_bytes_name_and_options(tmp_path, document):
    kept = ParseCache(tmp_path / "c", "a" * 64)
    sha = sha256_of(document)
    kept.put(str(document), sha, OPTIONS, parsed(document))
    elsewhere = tmp_path / "elsewhere" / "doc.pdf"
    assert kept.get(str(elsewhere), sha, OPTIONS) == parsed(document, path=str(elsewhere))
    assert ParseCache(tmp_path / "c", "b" * 64).get(str(document), sha, OPTIONS) is None
    assert kept.get(str(document), "0" * 64, OPTIONS) is None
    assert kept.get(str(tmp_path / "other.pdf"), sha, OPTIONS) is None
    assert kept.get(str(document), sha, ("always", None, None)) is None
    assert kept.get(str(document), sha, ("auto", 3, None)) is None


def test_a_damaged_entry_is_parsed_again(tmp_path, document):
    kept = ParseCache(tmp_path, "a" * 64)
    sha = sha256_of(document)
    kept.put(str(document), sha, OPTIONS, parsed(document))
    (entry,) = kept.folder.glob("*.pickle")
    entry.write_bytes(entry.read_bytes()[:40])
    assert kept.get(str(document), sha, OPTIONS) is None


def test_what_ocr_read_is_not_kept(tmp_path, document):
    kept = ParseCache(tmp_path, "a" * 64)
    kept.put(str(document), sha256_of(document), OPTIONS, parsed(document, ocr=True))
    assert not list(kept.folder.glob("*.pickle"))


def test_only_the_most_recently_used_digests_are_kept(tmp_path):
    for n in range(6):
        os.utime(ParseCache(tmp_path, f"{n}" * 64).folder, (n, n))  # used in that order
    ParseCache(tmp_path, "1" * 64).prune(keep=3)  # used now
    assert sorted(p.name[0] for p in tmp_path.iterdir()) == ["1", "4", "5"]


def test_a_document_is_parsed_once_for_all_who_share_the_folder(tmp_path, document):
    calls: list[str] = []

    def parse_each(paths, options):
        calls.extend(paths)
        return iter([(p, parsed(Path(p))) for p in paths])

    first, second = (_parse_once(parse_each, ParseCache(tmp_path, "a" * 64)) for _ in range(2))
    assert list(first([str(document)], ImportOptions())) == [(str(document), parsed(document))]
    assert list(second([str(document)], ImportOptions())) == [(str(document), parsed(document))]
    assert calls == [str(document)]
    document.write_bytes(b"%PDF-1.4 two\n")  # the same file, changed: parsed again
    assert list(second([str(document)], ImportOptions())) == [(str(document), parsed(document))]
    other_code = _parse_once(parse_each, ParseCache(tmp_path, "b" * 64))
    assert list(other_code([str(document)], ImportOptions())) == [(str(document), parsed(document))]
    assert calls == [str(document)] * 3


def test_a_failure_is_reported_and_not_kept(tmp_path, document):
    failure = Failure(str(document), f"{document}: not a PDF")
    each = _parse_once(lambda paths, options: iter([(p, failure) for p in paths]),
                       ParseCache(tmp_path, "a" * 64))
    assert list(each([str(document)], ImportOptions())) == [(str(document), failure)]
    assert not list((tmp_path / ("a" * 32)).glob("*.pickle"))


def test_a_parse_depends_on_the_bytes_not_on_the_folder(tmp_path, vas_part):
    """What the cache assumes when it serves a parse for a copy of the same name elsewhere."""
    copy = tmp_path / vas_part.name
    shutil.copy(vas_part, copy)
    here, there = importer.read_and_parse(str(vas_part)), importer.read_and_parse(str(copy))
    assert here.meetings and dataclasses.replace(here, path=str(copy)) == there


def test_another_version_of_an_installed_distribution_is_another_digest(monkeypatch):
    from importlib import metadata

    before = code_digest()
    real = list(metadata.distributions())
    bumped = type("Dist", (), {"metadata": {"Name": "pypdfium2"}, "version": "0.0.0-other"})()
    monkeypatch.setattr(metadata, "distributions", lambda: [*real, bumped])
    assert code_digest() != before
