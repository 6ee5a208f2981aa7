"""`meetbook serve`: the register in a web browser, in Swedish, read-only, on localhost.

Datasette is the engine: it opens the register read-only (not immutable, so every page sees
what an import has committed since, and nothing it does can damage the file), bounds every
query (`limits`) and keeps its tables and SQL reachable for those who want them. meetbook's
plugin (`plugin`, registered through the `datasette` entry point) adds the pages a person
without SQL uses (`pages`: search, a case, a meeting, a person, Atom feeds), the PDFs checked
against their sha256 (`files`), Swedish titles from `metadata.json` and the templates of
`templates/`. Nothing a visitor sends reaches a shell.
"""
from __future__ import annotations

import errno
import json
import socket
from collections.abc import Callable
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from meetbook.errors import MeetbookError

NEXT_PORTS = 50


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001,
          allow_download: bool = False, announce: Callable[[str], None] = print) -> None:
    """Serve the register at db_path until interrupted; MeetbookError (one line) when the
    register or the address cannot be used."""
    import asyncio

    import uvicorn

    from meetbook.register import open_register

    path = Path(db_path).resolve()
    open_register(path, readonly=True).close()  # a register, and upgraded if it was older
    sock = listen(host, port)
    ds = make_datasette(path, allow_download)
    asyncio.run(ds.invoke_startup())
    announce(f"Serving {db_path} read-only on http://{_url_host(host)}:{port}/ (Ctrl-C stops)")
    server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning", lifespan="on"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after shutting down cleanly
        pass
    finally:
        sock.close()


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port; MeetbookError saying what to do when it cannot be."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port,
                                                             type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as e:
        raise MeetbookError(f"{host}: no such host or address ({e})") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as e:
        sock.close()
        raise MeetbookError(_bind_problem(host, port, e)) from None
    return sock


def _bind_problem(host: str, port: int, e: OSError) -> str:
    if e.errno == errno.EADDRINUSE:
        free = free_port(host, port + 1)
        hint = f"; try --port {free}" if free else ""
        return f"port {port} is in use{hint}"
    if e.errno == errno.EACCES:
        return f"port {port} needs privileges this user lacks; try --port 8001"
    if e.errno == errno.EADDRNOTAVAIL:
        return f"{host} is not an address of this machine; try --host 127.0.0.1"
    return f"{host}:{port}: cannot listen there ({e.strerror or e})"


def free_port(host: str, first: int) -> int | None:
    """The first port from first on that host:port can be bound to, if one of the next few."""
    for port in range(first, min(first + NEXT_PORTS, 65536)):
        try:
            listen(host, port).close()
            return port
        except MeetbookError:
            continue
    return None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def make_datasette(path: Path, allow_download: bool = False) -> Any:
    """A Datasette of the register at path with meetbook's plugin, metadata and limits."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from meetbook.serve import limits, plugin

    if not pm.is_registered(plugin):  # a checkout not installed since the entry point came
        pm.register(plugin, name="meetbook")
    name = path.stem
    return Datasette(files=[str(path)], metadata=metadata(name, allow_download),
                     settings=limits.SETTINGS)


def metadata(database: str, allow_download: bool = False) -> dict:
    """Datasette metadata for the register served under the name database."""
    data = json.loads((resources.files("meetbook.serve") / "metadata.json").read_text("utf-8"))
    tables = data["tables"]
    return {
        "title": data["title"],
        "description": data["description"],
        "databases": {database: {"title": data["database_title"],
                                 "description_html": contents_html(database, tables),
                                 "tables": tables}},
        "plugins": {"meetbook": {"database": database, "download": allow_download}},
    }


def contents_html(database: str, tables: dict[str, dict]) -> str:
    """The way back to the pages, and the tables by their Swedish titles."""
    from datasette.utils import tilde_encode

    base = "/" + tilde_encode(database)
    links = [f'<a href="{base}/{escape(name)}">{escape(t["title"])}</a>'
             for name, t in tables.items() if not t.get("hidden")]
    return ('<p><a href="/">Till startsidan: sök utan SQL</a></p><p>' + " · ".join(links)
            + "</p>")
