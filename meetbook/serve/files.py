"""The imported PDFs, served one by one, and only when the bytes are those imported.

A file is found by its sha256 through the register (the path recorded at import, tried as it
stands and from the register's folder), opened once, checked to be a regular file whose
sha256 is the recorded one, and streamed from that same open file: a file changed, replaced or
swapped for a symbolic link after the import is refused with a page that says so, never served.
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from meetbook.register import browse
from meetbook.register.guard import backup
from meetbook.serve.limits import ask, register_database

CHUNK = 1 << 20
# (device, inode, size, mtime) of files already hashed → their sha256
_VERIFIED: dict[tuple[int, int, int, int], str] = {}


class Refused(Exception):
    """A file that cannot be served: why, in Swedish, and the HTTP status."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def candidates(recorded: str | None, register_path: str | None) -> list[Path]:
    """Where an imported file may be now: as recorded, and relative to the register's folder."""
    if not recorded:
        return []
    path = Path(recorded)
    if path.is_absolute() or not register_path:
        return [path]
    return [path, Path(register_path).parent / path]


def open_verified(paths: list[Path], sha256: str) -> int:
    """A file descriptor of the first of paths that is a regular file with that sha256."""
    changed = False
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block us
        except OSError:
            continue
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and _sha256(fd, st) == sha256:
            os.lseek(fd, 0, os.SEEK_SET)
            return fd
        os.close(fd)
        changed = True
    if changed:
        raise Refused("Filen på disken har ändrats sedan den importerades (dess sha256 stämmer "
                      "inte längre), så den visas inte. Importera den nya versionen.", 409)
    raise Refused("Filen finns inte längre där den importerades från.", 404)


def _sha256(fd: int, st: os.stat_result) -> str:
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _VERIFIED:
        digest = hashlib.sha256()
        while chunk := os.read(fd, CHUNK):
            digest.update(chunk)
        _VERIFIED[key] = digest.hexdigest()
    return _VERIFIED[key]


async def send_pdf(datasette: Any, sha256: str, send: Any) -> None:
    """Stream the imported file with that sha256; Refused when it is unknown or not as imported."""
    record = await ask(datasette, browse.source_file, sha256)
    if record is None:
        raise Refused("Registret har ingen fil med den kontrollsumman.", 404)
    paths = candidates(record["path"], register_database(datasette).path)
    fd = await asyncio.to_thread(open_verified, paths, sha256)
    with os.fdopen(fd, "rb") as f:
        size = os.fstat(fd).st_size
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/pdf"),
            (b"content-length", str(size).encode()),
            (b"content-disposition", b"inline"),
            (b"x-content-type-options", b"nosniff"),
            (b"cache-control", b"max-age=300")]})
        while chunk := await asyncio.to_thread(f.read, CHUNK):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})


async def send_snapshot(datasette: Any, send: Any) -> None:
    """A consistent copy of the whole register (SQLite's backup), made for this download."""
    database = register_database(datasette)
    with tempfile.TemporaryDirectory(prefix="meetbook-download-") as tmp:
        copy = Path(tmp) / "register.db"
        await database.execute_fn(lambda conn: backup(conn, copy))
        name = f"{database.name}.db".encode("ascii", "replace")
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/vnd.sqlite3"),
            (b"content-length", str(copy.stat().st_size).encode()),
            (b"content-disposition", b'attachment; filename="' + name + b'"')]})
        with copy.open("rb") as f:
            while chunk := await asyncio.to_thread(f.read, CHUNK):
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
