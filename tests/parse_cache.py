"""Parses kept on disk for the test session's registers: each fixture document is parsed once
for all of a run's xdist workers, and once for every later run while neither the document nor
the code that parses it changes.

An entry is found by the document's sha256 and name and the options that reach the parser,
inside a folder named by the code's digest: every file of the `meetbook/` package (sources,
package data, compiled parts) and the installed distributions with their versions. Any change
to one of them is another digest, so a parse made by other code is never served. Parses that
ran OCR (another program, outside the digest) and failures are not kept.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from importlib import metadata
from pathlib import Path

from meetbook.model import ParsedFile

PACKAGE = Path(__file__).resolve().parent.parent / "meetbook"
KEEP = 4  # digests kept: a few branches' worth, the least recently used go first


def code_digest(package: Path = PACKAGE) -> str:
    """The sha256 of what a parse depends on besides the document: the package's files
    (package_digest), Python's version and every installed distribution's name and version."""
    h = hashlib.sha256(package_digest(package).encode())
    h.update(sys.version.encode())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()):
        h.update(dist.encode() + b"\n")
    return h.hexdigest()


def package_digest(package: Path = PACKAGE) -> str:
    """The sha256 of the package's files: each by its path there and its bytes' sha256."""
    return hashlib.sha256(repr(package_files(package)).encode()).hexdigest()


def package_files(package: Path = PACKAGE) -> list[tuple[str, str]]:
    """(path in the package, sha256 of its bytes) of every file under package, bytecode
    caches left out, in order of path."""
    return sorted((p.relative_to(package).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest())
                  for p in package.rglob("*") if p.is_file() and not _bytecode(p))


def _bytecode(path: Path) -> bool:
    return "__pycache__" in path.parts or path.suffix == ".pyc"


class ParseCache:
    """Parsed files kept under folder/<digest>: get, put, and a lock per entry so that
    processes asking for the same document at once parse it once."""

    def __init__(self, folder: Path, digest: str):
        self.folder = Path(folder) / digest[:32]
        self.digest = digest
        self.folder.mkdir(parents=True, exist_ok=True)
        os.utime(self.folder)  # used now: the last to be pruned

    def _entry(self, sha256: str, name: str, options: tuple) -> Path:
        said = hashlib.sha256(repr((name, options)).encode()).hexdigest()[:16]
        return self.folder / f"{sha256}-{said}.pickle"

    def get(self, path: str, sha256: str, options: tuple) -> ParsedFile | None:
        """The parse of the document at path (its bytes' sha256) with options, as the same code
        made it; None when there is none (or it cannot be read)."""
        entry = self._entry(sha256, Path(path).name, options)
        try:
            kept = pickle.loads(entry.read_bytes())
        except Exception:  # missing, half-written by a killed run, or unpicklable: parse again
            return None
        if kept.get("key") != (self.digest, sha256, Path(path).name, options):
            return None
        return replace(kept["parsed"], path=path)  # the one field that holds where it was read

    def put(self, path: str, sha256: str, options: tuple, parsed: ParsedFile) -> None:
        if parsed.ocr or parsed.sha256 != sha256:
            return
        entry = self._entry(sha256, Path(path).name, options)
        data = pickle.dumps({"key": (self.digest, sha256, Path(path).name, options),
                             "parsed": parsed}, protocol=pickle.HIGHEST_PROTOCOL)
        with contextlib.suppress(OSError):  # a cache that cannot be written is no cache
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, entry)

    @contextlib.contextmanager
    def lock(self, sha256: str) -> Iterator[None]:
        """Held while a document is looked up and parsed: another process waits, then finds it."""
        self.folder.mkdir(parents=True, exist_ok=True)  # pruned meanwhile by another run
        with open(self.folder / f"{sha256}.lock", "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def prune(self, keep: int = KEEP) -> None:
        """Take out the parses of all but the keep most recently used digests."""
        folders = sorted((p for p in self.folder.parent.iterdir() if p.is_dir()),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in folders[keep:]:
            if old != self.folder:
                shutil.rmtree(old, ignore_errors=True)
