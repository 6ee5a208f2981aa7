"""meetbook's Datasette plugin: SQL functions for any spelling of a dnr or a name, the imported
PDFs served one by one, and page numbers rendered as links to the page they came from.

`meetbook serve` registers this module with Datasette's plugin manager and passes, as plugin
configuration, the files it found on disk: {sha256: absolute path}. Only those files are
served — never a directory — so nothing else beside a PDF becomes reachable.
"""
from __future__ import annotations

import re
import sqlite3
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import Response, asgi_send_file
from markupsafe import Markup, escape

from meetbook.extract.dnr import canonical_key
from meetbook.text import fold

NAME = "meetbook"

# /filer/f8bb…56/umea-ksnau-2026-05-19-motesbok.pdf
FILE_ROUTE = r"^/filer/(?P<sha256>[0-9a-f]{64})/(?P<name>[^/]+)$"
WORD = re.compile(r"\w+")

PAGE_COLUMNS = {"page", "first_page", "last_page", "sida", "forsta_sida", "sista_sida"}
FILE_NAME_COLUMNS = ("fil", "file")

# How to find the file a table's row came from: the column holding a key, and the SQL that
# turns that key into the file's sha256 (None: the column is the sha256 itself).
_ITEM_FILE = ("SELECT m.sha256 FROM items i JOIN meetings m ON m.id = i.meeting_id "
              "WHERE i.id = ?")
_DECISION_FILE = ("SELECT m.sha256 FROM decisions d JOIN items i ON i.id = d.item_id "
                  "JOIN meetings m ON m.id = i.meeting_id WHERE d.id = ?")
FILE_OF_ROW: dict[str, tuple[str, str | None]] = {
    "files": ("sha256", None),
    "meetings": ("sha256", None),
    "items": ("meeting_id", "SELECT sha256 FROM meetings WHERE id = ?"),
    "documents": ("item_id", _ITEM_FILE),
    "decisions": ("item_id", _ITEM_FILE),
    "assignments": ("decision_id", _DECISION_FILE),
    "positions": ("decision_id", _DECISION_FILE),
    "priorities": ("program_sha256", None),
    "program_assignments": ("program_sha256", None),
    "report_statuses": ("report_sha256", None),
    "report_citations": ("report_sha256", None),
}


def fts_query(words: str | None) -> str:
    """An FTS5 query that finds every word as a prefix; punctuation cannot break its syntax."""
    tokens = WORD.findall(words or "")
    return " ".join(f'"{t}"*' for t in tokens) or '""'


def dnr_key(raw: str | None) -> str | None:
    return canonical_key(raw) if raw and raw.strip() else None


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("meetbook_dnr_key", 1, dnr_key, deterministic=True)
    conn.create_function("meetbook_fold", 1, fold, deterministic=True)
    conn.create_function("meetbook_fts_query", 1, fts_query, deterministic=True)


def served_files(datasette) -> dict[str, str]:
    """{sha256: absolute path} of the PDFs `meetbook serve` found on disk."""
    return (datasette.plugin_config(NAME) or {}).get("files", {})


@hookimpl
def register_routes():
    return [(FILE_ROUTE, serve_file)]


async def serve_file(datasette, request, send):
    """The one PDF with that sha256, inline so the browser's viewer honours #page=N."""
    path = served_files(datasette).get(request.url_vars["sha256"])
    if path is None:
        return Response.text("Filen finns inte i registret eller inte på disk.", status=404)
    await asgi_send_file(send, path, content_type="application/pdf",
                         headers={"cache-control": "max-age=3600"})
    return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """A link to the file and page for page columns, to the file for file columns."""
    if value in (None, "") or not hasattr(row, "keys"):
        return None
    is_page = column in PAGE_COLUMNS and isinstance(value, int)
    is_file = column in FILE_NAME_COLUMNS or (table == "files" and column in ("name", "path"))
    if not (is_page or is_file):
        return None

    async def link():
        sha = await _file_of(datasette, database, table, row)
        path = served_files(datasette).get(sha) if sha else None
        if path is None:
            return None
        name = path.rsplit("/", 1)[-1]
        href = f"/filer/{sha}/{quote(name)}" + (f"#page={value}" if is_page else "")
        title = f"{name}, sida {value}" if is_page else name
        return Markup(f'<a href="{escape(href)}" title="{escape(title)}">{escape(value)}</a>')

    return link


async def _file_of(datasette, database: str, table: str | None, row) -> str | None:
    """The sha256 of the file a row came from, or None when the row does not say."""
    keys = row.keys()
    if table is None:  # a canned or ad-hoc query: it names the file
        name = next((row[c] for c in FILE_NAME_COLUMNS if c in keys and row[c]), None)
        if name is None:
            return None
        return await _one(datasette, database, "SELECT sha256 FROM files WHERE name = ?", name)
    column, sql = FILE_OF_ROW.get(table, (None, None))
    if column is None or column not in keys:
        return None
    key = row[column]
    if isinstance(key, dict):  # a foreign key Datasette expanded to {"value", "label"}
        key = key.get("value")
    if key is None:
        return None
    return key if sql is None else await _one(datasette, database, sql, key)


async def _one(datasette, database: str, sql: str, key: str) -> str | None:
    """The single value the query gives for key; None when there is none or more than one."""
    cache = _cache(datasette)
    if (sql, key) not in cache:  # the register is immutable while served: cache for good
        rows = (await datasette.get_database(database).execute(sql, [key])).rows
        cache[(sql, key)] = rows[0][0] if len(rows) == 1 else None
    return cache[(sql, key)]


def _cache(datasette) -> dict:
    if not hasattr(datasette, "_meetbook_file_cache"):
        datasette._meetbook_file_cache = {}
    return datasette._meetbook_file_cache
