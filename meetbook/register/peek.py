"""What a register holds, looked at before it is opened: an import begins reading the files
the register does not hold while it opens the register (sqlite-utils, the migrations).

The look is read-only and may be wrong (a register being written meanwhile, none yet, another
program's database): it only guides what is read first; what is recorded is decided on the
opened register."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote


def held_files(path: str | Path, shas: Iterable[str]) -> set[str]:
    """Those of the files (by sha256) that the register at path holds, as far as a read-only
    look tells: none where it cannot tell."""
    path = Path(path)
    shas = list(shas)
    if not shas or not path.is_file():
        return set()
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=0)
        try:
            return {sha for sha in shas if conn.execute(
                "SELECT 1 FROM files WHERE sha256 = ?", [sha]).fetchone()}
        finally:
            conn.close()
    except sqlite3.Error:  # no register, another program's database, locked: no guess
        return set()
