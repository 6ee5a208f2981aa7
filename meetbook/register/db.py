"""Opening the register: WAL, a busy timeout for concurrent imports, migrations applied."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from meetbook.register.schema import migrate


def open_register(path: str | Path, readonly: bool = False) -> sqlite_utils.Database:
    """The register at path, created and migrated when needed."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30,
                               isolation_level=None)
        return sqlite_utils.Database(conn)
    conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 60000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    migrate(db)
    return db
