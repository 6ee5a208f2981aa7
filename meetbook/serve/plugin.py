"""meetbook's Datasette plugin, registered through the `datasette` entry point.

It adds the Swedish pages (`meetbook.serve.pages`), bounds every connection
(`meetbook.serve.limits`), gives SQL users functions for any spelling of a dnr or a name,
turns page numbers in Datasette's own tables into links to the page of the PDF, and answers
unknown routes with a Swedish 404 page.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

from meetbook.extract.dnr import canonical_key
from meetbook.register import browse
from meetbook.register.terms import fts_query
from meetbook.serve import limits, pages, uppdrag

PAGE_COLUMNS = {"page", "first_page", "last_page", "sida"}
FILE_NAME_COLUMNS = ("fil", "file")
# (table, key) → the file of the row; files and rows keep their ids, so this never goes stale
_FILE_CACHE: dict[tuple[str, str], dict | None] = {}
_FILE_CACHE_SIZE = 10_000


def dnr_key(raw: str | None) -> str | None:
    return canonical_key(raw) if raw and raw.strip() else None


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    limits.guard(conn)
    conn.create_function("meetbook_dnr_key", 1, dnr_key, deterministic=True)
    conn.create_function("meetbook_fts_query", 1, fts_query, deterministic=True)


@hookimpl
def register_routes() -> list:
    return [(route.pattern, pages.handled(route.view))
            for route in [*uppdrag.ROUTES, *pages.ROUTES]]


@hookimpl
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    """Datasette's "not found" as a Swedish page (JSON requests keep Datasette's JSON)."""
    status = getattr(exception, "status", None)
    if status != 404 or request.path.endswith(".json"):
        return None

    async def page():
        return await pages.error_page(datasette, 404, "Här finns ingen sida. Börja på "
                                                      "startsidan och sök därifrån.")
    return page


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Any:
    """A link to the file and page for page columns, to the file for file columns."""
    if value in (None, "") or not hasattr(row, "keys"):
        return None
    is_page = column in PAGE_COLUMNS and isinstance(value, int)
    is_file = column in FILE_NAME_COLUMNS or (table == "files" and column in ("name", "path"))
    if not (is_page or is_file):
        return None

    async def link():
        source = await _file_of(datasette, table, row)
        if source is None:
            return None
        href = pages.pdf_url(source["sha256"], source["name"], value if is_page else None)
        title = f"{source['name']}, sida {value}" if is_page else source["name"]
        return Markup(f'<a href="{escape(href)}" title="{escape(title)}">{escape(value)}</a>')

    return link


async def _file_of(datasette: Any, table: str | None, row: Any) -> dict | None:
    """The imported file a row came from, or None when the row does not say."""
    values = {k: (v.get("value") if isinstance(v, dict) else v) for k, v in dict(row).items()}
    if table is None:  # a query's row: it may name the file
        name = next((values[c] for c in FILE_NAME_COLUMNS if values.get(c)), None)
        if name is None:
            return None
        return await _cached(datasette, ("", str(name)), browse.file_named, name)
    column = browse.FILE_OF_ROW.get(table, (None, None))[0]
    if column is None or values.get(column) is None:
        return None
    return await _cached(datasette, (table, str(values[column])), browse.file_of_row, table,
                         values)


async def _cached(datasette: Any, key: tuple[str, str], fn: Any, *args: Any) -> dict | None:
    if key not in _FILE_CACHE:
        if len(_FILE_CACHE) >= _FILE_CACHE_SIZE:
            _FILE_CACHE.clear()
        _FILE_CACHE[key] = await limits.ask(datasette, fn, *args)
    return _FILE_CACHE[key]
