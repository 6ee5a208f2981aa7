"""Connections that strangers' queries run on: bounded in what one statement can allocate.

SQLite's time limit (the web layer's) interrupts a query between instructions; one call can
still take long and allocate much (`randomblob(999999999)`). So such a connection gets a cap on
the length of any single value, on the bytes of one result, and a hard heap limit.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from meetbook.register.db import add_functions


class ResultTooLarge(sqlite3.OperationalError):
    """A query whose rows together exceed the connection's result budget."""


def bound_connection(conn: sqlite3.Connection, *, value_bytes: int, result_bytes: int,
                     heap_bytes: int) -> None:
    """Bound what one statement on conn can allocate; add the register's SQL functions."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, value_bytes)
    conn.execute(f"PRAGMA hard_heap_limit = {int(heap_bytes)}")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.row_factory = _budgeted(conn.row_factory or sqlite3.Row, result_bytes)
    add_functions(conn)


def _budgeted(make_row: Callable, budget: int) -> Callable:
    """A row factory that counts the bytes of each cursor's rows and stops past budget."""
    state: dict[str, Any] = {"cursor": None, "used": 0}

    def factory(cursor: sqlite3.Cursor, values: tuple) -> Any:
        if cursor is not state["cursor"]:
            state["cursor"], state["used"] = cursor, 0
        state["used"] += sum(len(v) if isinstance(v, str | bytes) else 8 for v in values)
        if state["used"] > budget:
            raise ResultTooLarge(f"svaret blir större än {budget // 2**20} MB; begränsa frågan")
        return make_row(cursor, values)

    return factory


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the whole register on conn into the file target (SQLite's backup)."""
    out = sqlite3.connect(target)
    try:
        conn.backup(out)
    finally:
        out.close()
