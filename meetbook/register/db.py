"""Opening the register: only a meetbook register or a new file is opened; readers open it
read-only, writers get WAL, a busy timeout for concurrent imports and the migrations applied.

Anything else given as `--db` (a text file, another application's SQLite database, a folder, a
FIFO) is refused with one line and left exactly as it was: nothing is written to a file before
it is known to be a register.
"""
from __future__ import annotations

import errno
import functools
import os
import sqlite3
import stat
import time
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from meetbook.errors import RegisterError
from meetbook.register.schema import APPLICATION_ID, MIGRATIONS, migrate
from meetbook.text import fold

SQLITE_HEADER = b"SQLite format 3\x00"
# what every meetbook register has held since migration 1 (registers older than the
# application id of migration 8 are known by these)
REGISTER_TABLES = {"_migrations", "files", "meetings", "items", "decisions"}
# what a register being created by another import shows until its first migration commits
BEING_CREATED = {"_migrations"}
BUSY_SECONDS = 60  # how long opening waits for another process writing the register


def open_register(path: str | Path, readonly: bool = False) -> sqlite_utils.Database:
    """The register at path. Read-only: it must exist. For writing: created when there is
    nothing at path (or an empty file) and migrated when needed. RegisterError otherwise."""
    path = Path(path)
    state = register_state(path)
    if readonly:
        if state == "new":
            raise RegisterError(f"{path}: no register here (meetbook import creates one)")
        if _pending(path):
            _upgrade(path)
        return _connect(path, readonly=True)
    return _connect(path)


def register_state(path: Path) -> str:
    """"new" when nothing, an empty file or an empty SQLite database is at path, "register"
    for a meetbook register; RegisterError for anything else. Reads, never writes."""
    st = _stat(path)
    if st is None:
        if not path.parent.is_dir():
            raise RegisterError(f"{path}: the folder {path.parent} does not exist")
        return "new"
    if stat.S_ISDIR(st.st_mode):
        raise RegisterError(f"{path}: is a folder, not a register file")
    if not stat.S_ISREG(st.st_mode):
        raise RegisterError(f"{path}: is not a regular file")
    if st.st_size == 0:
        return "new"
    if _header(path) != SQLITE_HEADER:
        raise RegisterError(f"{path}: is not a meetbook register (not an SQLite database)")
    app_id, tables, migrated = _identity(path)
    if app_id == APPLICATION_ID or (app_id == 0 and tables >= REGISTER_TABLES):
        return "register"
    if app_id == 0 and tables <= BEING_CREATED and not migrated:
        return "new"
    shown = ", ".join(sorted(tables)[:5]) or "none"
    raise RegisterError(f"{path}: is another application's SQLite database (tables: {shown}); "
                        "meetbook leaves it untouched")


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None
    except OSError as e:
        why = "a symbolic link loop" if e.errno == errno.ELOOP else (e.strerror or str(e))
        raise RegisterError(f"{path}: cannot be opened ({why})") from None


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise RegisterError(f"{path}: cannot be read ({e.strerror or e})") from None


def _identity(path: Path) -> tuple[int, set[str], bool]:
    """The application id and the table names of an SQLite file, and whether a migrations table
    in it lists any migration, read read-only."""
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=30)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            migrated = "_migrations" in tables and conn.execute(
                "SELECT 1 FROM _migrations LIMIT 1").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise RegisterError(f"{path}: is not a usable SQLite database ({e})") from None
    return app_id, tables, migrated


def _pending(path: Path) -> bool:
    """Whether the register lacks a migration this meetbook knows."""
    conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=30)
    try:
        done = {r[0] for r in conn.execute("SELECT number FROM _migrations")}
    except sqlite3.Error:
        done = set()
    finally:
        conn.close()
    return bool({number for number, _, _ in MIGRATIONS} - done)


def _upgrade(path: Path) -> None:
    """Apply the migrations an older register lacks (the one write a reader makes)."""
    try:
        _connect(path).close()
    except RegisterError as e:
        raise RegisterError(f"{path}: was written by an older meetbook and needs an upgrade, "
                            f"which needs write access ({str(e).split(' (', 1)[-1]}") from None


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _write_ahead(conn: sqlite3.Connection) -> None:
    """The register in WAL mode. SQLite answers "locked" at once, without waiting, while another
    process opening the same new register switches it: wait for that as for any writer."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _connect(path: Path, readonly: bool = False) -> sqlite_utils.Database:
    # sqlite-utils' plugins are not looked for (a walk over every installed package's entry
    # points, a tenth of a second of each command): the register's SQL functions are its own
    try:
        if readonly:
            conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=30, isolation_level=None)
            add_functions(conn)
            return sqlite_utils.Database(conn, execute_plugins=False)
        conn = sqlite3.connect(str(path), timeout=BUSY_SECONDS, isolation_level=None)
        add_functions(conn)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        _write_ahead(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn, execute_plugins=False)
        migrate(db)
        return db
    except sqlite3.Error as e:
        if readonly:
            raise RegisterError(f"{path}: cannot be read as a register ({e})") from None
        raise RegisterError(f"{path}: cannot be written ({e})") from None


def add_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the register's queries use: meetbook_fold("Överförmyndarnämnden") is
    "overformyndarnamnden" (SQLite's lower() knows only ASCII)."""
    conn.create_function("meetbook_fold", 1, _fold_cached, deterministic=True)


# a search compares every candidate row's body, and a register has few distinct bodies
_fold_cached = functools.lru_cache(maxsize=4096)(fold)


def rows(db: sqlite_utils.Database, sql: str, params: Iterable = ()) -> list[dict]:
    """The rows of a query as dicts of column name to value."""
    cur = db.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
