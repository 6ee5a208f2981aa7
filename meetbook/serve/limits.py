"""Bounds on the work a web request can cause, and the one way pages ask the register.

Datasette's sql_time_limit_ms interrupts a query between SQLite instructions; every connection
is also bounded by the register (`register.guard`: value length, result bytes, heap), and the
register's own queries for the pages run under the same time limit.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

import sqlite_utils
from datasette.utils import sqlite_timelimit

from meetbook.register.guard import ResultTooLarge, bound_connection

__all__ = ["ResultTooLarge", "ask", "guard", "register_database"]

# larger than any text the register stores (a whole ärende's papers), far below a gigabyte
MAX_VALUE_BYTES = 32 * 2**20
# one result's rows together (Datasette also stops at max_returned_rows)
MAX_RESULT_BYTES = 64 * 2**20
SQLITE_HEAP_BYTES = 1024 * 2**20
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 300,
    "max_returned_rows": 1000,
    "max_csv_mb": 20,
    "allow_download": False,
    "truncate_cells_html": 400,
    "default_facet_size": 15,
}

T = TypeVar("T")


def guard(conn: sqlite3.Connection) -> None:
    """Bound what one statement on conn can allocate; add the register's SQL functions."""
    bound_connection(conn, value_bytes=MAX_VALUE_BYTES, result_bytes=MAX_RESULT_BYTES,
                     heap_bytes=SQLITE_HEAP_BYTES)


async def ask(datasette: Any, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """fn(register, *args, **kwargs) on a read-only connection of the served register, in
    Datasette's thread pool, interrupted after sql_time_limit_ms like Datasette's own queries."""
    database = register_database(datasette)
    limit = datasette.setting("sql_time_limit_ms")

    def run(conn: sqlite3.Connection) -> T:
        register = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        with sqlite_timelimit(conn, limit):
            return fn(register, *args, **kwargs)

    return await database.execute_fn(run)


def register_database(datasette: Any) -> Any:
    """The served register: the database `meetbook serve` named, else the first one."""
    name = (datasette.plugin_config("meetbook") or {}).get("database")
    return datasette.get_database(name) if name else datasette.get_database()
