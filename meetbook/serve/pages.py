"""The web pages, in Swedish, for people who do not write SQL.

Each page asks the register one question (`meetbook.register.browse`, `.search`, `.query`)
through `limits.ask` and renders the answer with a template of `templates/`; with `.json` at
the end of its path it answers the same data as JSON. A page is a function and a line in
ROUTES: an assignments page (`/uppdrag/<id>`, as `meetbook trace`) is one more of each.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import quote, unquote, urlencode

import jinja2
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from meetbook.errors import QueryError
from meetbook.register import browse, query
from meetbook.register.search import Criteria, search_page
from meetbook.register.terms import read_date
from meetbook.serve import feed, files
from meetbook.serve.limits import ResultTooLarge, ask, register_database

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_OFFSET = 10_000
FEED_SIZE = 50
# the search form's fields → the criteria they fill
FIELDS = {"q": "text", "dnr": "dnr", "parti": "party", "person": "person", "organ": "body",
          "fran": "date_from", "till": "date_to"}
ENV = jinja2.Environment(loader=jinja2.PackageLoader("meetbook.serve", "templates"),
                         autoescape=True, trim_blocks=True, lstrip_blocks=True, enable_async=True)


class BadRequest(Exception):
    """A request a person can correct: the message says how, in Swedish."""


# ------------------------------------------------------------------ links


def case_url(dnr: str | None) -> str | None:
    return f"/arende/{quote(dnr, safe='/')}" if dnr else None


def meeting_url(meeting_id: str, anchor: str | None = None) -> str:
    return f"/sammantrade/{quote(meeting_id)}" + (f"#{quote(anchor)}" if anchor else "")


def person_url(name: str) -> str:
    return f"/person/{quote(name, safe='')}"


def pdf_url(sha256: str | None, name: str | None, page: int | None = None) -> str | None:
    if not sha256 or not name:
        return None
    return f"/filer/{sha256}/{quote(name)}" + (f"#page={page}" if page else "")


def search_url(path: str = "/sok", **params: Any) -> str:
    given = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(given) if given else "")


def marked(text: str, marks: list) -> Markup:
    """text with the spans of marks in <mark>, the rest escaped."""
    out, last = [], 0
    for start, end in marks:
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]),
                Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


ENV.globals.update(case_url=case_url, meeting_url=meeting_url, person_url=person_url,
                   pdf_url=pdf_url, search_url=search_url, marked=marked)


# ------------------------------------------------------------------ answering


async def render(datasette: Any, template: str, status: int = 200, **context: Any) -> Response:
    context.setdefault("feed_url", "/flode.atom")
    context.setdefault("form", {})
    context["tables_url"] = datasette.urls.database(register_database(datasette).name)
    return Response.html(await ENV.get_template(template).render_async(**context),
                         status=status)


def as_json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str), status=status,
                    content_type="application/json; charset=utf-8")


async def error_page(datasette: Any, status: int, message: str, json_wanted: bool = False
                     ) -> Response:
    if json_wanted:
        return as_json({"ok": False, "status": status, "error": message}, status)
    titles = {400: "Frågan kan inte besvaras", 404: "Sidan finns inte",
              409: "Filen har ändrats", 500: "Något gick fel"}
    return await render(datasette, "fel.html", status=status,
                        title=titles.get(status, "Något gick fel"), message=message)


def arg(request: Any, name: str) -> str:
    return (request.args.get(name) or "").strip()


# ------------------------------------------------------------------ pages


async def start(datasette: Any, request: Any, send: Any) -> Response:
    data = await ask(datasette, browse.overview)
    return await render(datasette, "start.html", form={}, **data)


def criteria_of(request: Any) -> tuple[Criteria, dict[str, str]]:
    """The criteria of the search form's fields, and the fields as given."""
    form = {name: arg(request, name) for name in FIELDS}
    for name in ("fran", "till"):
        if form[name]:
            try:
                read_date(form[name])
            except ValueError:
                raise BadRequest(f"”{form[name]}” är inget datum; skriv ÅÅÅÅ-MM-DD, "
                                 "till exempel 2026-05-19, eller d.m.åååå.") from None
    values = {FIELDS[name]: value or None for name, value in form.items()}
    return Criteria(**values), form


def paging(request: Any) -> tuple[int, int]:
    """(page size, offset) of the antal and sida arguments, within bounds."""
    try:
        size = min(max(int(arg(request, "antal") or PAGE_SIZE), 1), MAX_PAGE_SIZE)
        page = max(int(arg(request, "sida") or 1), 1)
    except ValueError:
        raise BadRequest("antal och sida ska vara heltal.") from None
    offset = (page - 1) * size
    if offset > MAX_OFFSET:
        raise BadRequest(f"Sökningen visar högst {MAX_OFFSET} träffar; förfina den.")
    return size, offset


async def search(datasette: Any, request: Any, send: Any) -> Response:
    json_wanted = bool(request.url_vars.get("as_json"))
    criteria, form = criteria_of(request)
    size, offset = paging(request)
    found = await ask(datasette, search_page, criteria, size, offset)
    if json_wanted:
        return as_json({"rows": found.rows, "more": found.more})
    page = offset // size + 1
    antal = size if size != PAGE_SIZE else None
    return await render(
        datasette, "sok.html", form=form, rows=found.rows, more=found.more,
        more_capped=found.more_capped, first=offset + 1, page=page, size=size,
        next_url=search_url(**form, antal=antal, sida=page + 1) if found.more else None,
        previous_url=search_url(**form, antal=antal, sida=page - 1) if page > 1 else None,
        feed_url=search_url("/flode.atom", **form), title=describe(form))


def describe(form: dict[str, str]) -> str:
    """The search in words: "parti SD, från 2026-01-01"."""
    labels = {"q": "”{}”", "dnr": "diarienummer {}", "parti": "parti {}", "person": "person {}",
              "organ": "organ {}", "fran": "från {}", "till": "till {}"}
    parts = [labels[k].format(v) for k, v in form.items() if v]
    return ", ".join(parts) or "alla beslut"


async def case(datasette: Any, request: Any, send: Any) -> Response:
    dnr = unquote(request.url_vars["dnr"])
    numbers = await ask(datasette, query.case_numbers, dnr)
    if len(numbers) > 1 and not request.url_vars.get("as_json"):
        return await render(datasette, "val.html", dnr=dnr, numbers=numbers, form={"dnr": dnr})
    history = await ask(datasette, query.case_history, dnr)
    if request.url_vars.get("as_json"):
        return as_json(history, 200 if history["steps"] else 404)
    if not history["steps"]:
        return await error_page(datasette, 404, f"Registret har inget ärende med "
                                                f"diarienummer {dnr}.")
    return await render(datasette, "arende.html", history=history,
                        feed_url=search_url("/flode.atom", dnr=history["dnr"]),
                        form={"dnr": history["dnr"]})


async def meeting(datasette: Any, request: Any, send: Any) -> Response:
    meeting_id = unquote(request.url_vars["meeting_id"])
    found = await ask(datasette, browse.meeting, meeting_id)
    json_wanted = bool(request.url_vars.get("as_json"))
    if found is None:
        return await error_page(datasette, 404, "Registret har inget sådant sammanträde.",
                                json_wanted)
    if json_wanted:
        return as_json(found)
    return await render(datasette, "sammantrade.html", m=found,
                        feed_url=search_url("/flode.atom", organ=found["body"]), form={})


async def person(datasette: Any, request: Any, send: Any) -> Response:
    name = unquote(request.url_vars["name"])
    found = await ask(datasette, browse.person, name)
    if request.url_vars.get("as_json"):
        return as_json(found)
    return await render(datasette, "person.html", p=found,
                        feed_url=search_url("/flode.atom", person=name), form={"person": name})


async def atom_feed(datasette: Any, request: Any, send: Any) -> Response:
    criteria, form = criteria_of(request)
    found = await ask(datasette, search_page, criteria, FEED_SIZE, 0, False)
    base = datasette.absolute_url(request, "/")[:-1]
    entries = [_entry(base, row) for row in found.rows]
    title = f"Beslut: {describe(form)}"
    xml = feed.atom(title, base + search_url("/flode.atom", **form),
                    base + search_url(**form), entries)
    return Response(xml, content_type=feed.CONTENT_TYPE)


def _entry(base: str, row: dict) -> feed.Entry:
    par = f" § {row['paragraph']}" if row["paragraph"] else ""
    dnr = f" ({row['dnr']})" if row["dnr"] else ""
    pdf = pdf_url(row["sha256"], row["file"], row["page"])
    return feed.Entry(
        url=base + meeting_url(row["meeting_id"], row["decision_id"] or row["item_id"]),
        title=f"{row['date'] or 'odaterat'} {row['body'] or ''}{par}: {row['title']}{dnr}",
        updated=row["imported_at"] or feed.now(), summary=row["snippet"],
        pdf_url=base + pdf if pdf else None, published=feed.day(row["date"]),
        category=row["dnr"])


async def pdf(datasette: Any, request: Any, send: Any) -> Response | None:
    try:
        await files.send_pdf(datasette, request.url_vars["sha256"], send)
    except files.Refused as e:
        return await error_page(datasette, e.status, str(e))
    return None


async def download(datasette: Any, request: Any, send: Any) -> Response | None:
    database = register_database(datasette)
    allowed = (datasette.plugin_config("meetbook") or {}).get("download")
    if not allowed or unquote(request.url_vars["database"]) != database.name:
        return await error_page(datasette, 404, "Hela databasen går inte att ladda ned här "
                                                "(meetbook serve --allow-download tillåter det).")
    await files.send_snapshot(datasette, send)
    return None


STATIC = resources.files("meetbook.serve") / "static"


async def stylesheet(datasette: Any, request: Any, send: Any) -> Response:
    resource = STATIC / request.url_vars["name"]
    if not resource.is_file():
        return await error_page(datasette, 404, "Här finns ingen sådan fil.")
    return Response(resource.read_bytes(), content_type="text/css; charset=utf-8",
                    headers={"cache-control": "max-age=3600"})


@dataclass(frozen=True)
class Route:
    pattern: str
    view: Callable


ROUTES = [
    Route(r"^/$", start),
    Route(r"^/sok(?P<as_json>\.json)?$", search),
    Route(r"^/flode\.atom$", atom_feed),
    Route(r"^/arende/(?P<dnr>.+?)(?P<as_json>\.json)?$", case),
    Route(r"^/sammantrade/(?P<meeting_id>[^/]+?)(?P<as_json>\.json)?$", meeting),
    Route(r"^/person/(?P<name>[^/]+?)(?P<as_json>\.json)?$", person),
    Route(r"^/filer/(?P<sha256>[0-9a-f]{64})/(?P<name>[^/]+)$", pdf),
    Route(r"^/(?P<database>[^/]+)\.db$", download),
    Route(r"^/-/meetbook/(?P<name>[\w-]+\.css)$", stylesheet),
]


def handled(view: Callable) -> Callable:
    """view, with a person's mistakes and a register's refusal as Swedish pages."""
    async def wrapper(datasette: Any, request: Any, send: Any) -> Response | None:
        try:
            return await view(datasette, request, send)
        except (BadRequest, QueryError, ResultTooLarge) as e:
            return await error_page(datasette, 400, str(e), request.path.endswith(".json"))
        except sqlite3.OperationalError as e:
            if e.args != ("interrupted",):
                raise
            return await error_page(datasette, 400, "Frågan tog för lång tid och avbröts; "
                                                    "förfina sökningen.",
                                    request.path.endswith(".json"))
    wrapper.__name__ = view.__name__
    return wrapper
