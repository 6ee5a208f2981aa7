"""The auditor's pages: every uppdrag with its status (as `meetbook assignments`), one uppdrag's
trail (as `meetbook trace`), and an Atom feed of what bodies say of uppdrag.

The register answers in `meetbook.register.trail`; this module only words it in Swedish.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, unquote

from datasette.utils.asgi import Response

from meetbook.register import trail
from meetbook.serve import feed
from meetbook.serve.limits import ask
from meetbook.serve.pages import (
    ENV,
    BadRequest,
    Route,
    arg,
    as_json,
    error_page,
    render,
    search_url,
)

FEED_SIZE = 50
# the list's filter fields → trail.assignments' keyword arguments
FILTERS = {"status": "status", "mottagare": "assignee", "organ": "body"}
# the steps' English labels (shared with the command line) in Swedish
WHAT = {"given": "givet", "proposed (förslag)": "föreslaget (förslag)", "reported": "redovisat",
        "partly reported": "delredovisat", "declared fullgjort": "förklarat fullgjort",
        "extended": "förlängt", "changed": "ändrat", "revoked": "upphävt",
        "proposed as reported": "föreslaget att anses redovisat"}
PROPOSED = re.compile(r"^proposed (?:to (?P<to>.+)|(?P<event>\w+))$")


def what(label: str) -> str:
    """A step's label in Swedish: "declared fullgjort" → "förklarat fullgjort"."""
    if label in WHAT:
        return WHAT[label]
    m = PROPOSED.match(label)
    if m and m.group("to"):
        return f"föreslaget till {m.group('to')}"
    if m:
        return f"föreslaget {m.group('event')}"
    return label


def ref(body: str | None, day: str | None, par: int | None) -> str:
    """ "Kommunstyrelsen 2024-02-07 § 110", as people write a decision."""
    return trail.reference_text(body, day, par, None) or "okänt beslut"


def status_text(u: dict) -> str:
    """ "öppet i 412 dagar; frist 2025-09-30 (senast 30 september 2025), överskriden"."""
    closed = u["closed"]
    if closed:
        after = f" efter {closed['days']} dagar" if closed["days"] is not None else ""
        return (f"{closed['event']} genom {ref(closed['body'], closed['date'], closed['paragraph'])}"
                f"{after}")
    parts = ["föreslaget, ännu inte givet i registret" if u["proposal"] else u["status"]]
    if u["days_open"] is not None:
        parts[0] += f" i {u['days_open']} dagar"
    if u["due"]:
        text = f" ({u['due_text']})" if u["due_text"] else ""
        parts.append(f"frist {u['due']}{text}" + (", överskriden" if u["overdue"] else ""))
    last = u["last"]
    if last:
        parts.append(f"{what(last['what'])} av {ref(last['body'], last['date'], last['paragraph'])}")
    return "; ".join(parts)


def uppdrag_url(ident: str | None) -> str | None:
    return f"/uppdrag/{quote(ident, safe='')}" if ident else None


def _filters(request: Any) -> tuple[dict[str, str], dict[str, str | None]]:
    form = {name: arg(request, name) for name in FILTERS}
    if form["status"] and form["status"] not in trail.STATUSES:
        raise BadRequest(f"Status är en av {', '.join(trail.STATUSES)}.")
    return form, {FILTERS[name]: value or None for name, value in form.items()}


async def listing(datasette: Any, request: Any, send: Any) -> Response:
    form, wanted = _filters(request)
    rows = await ask(datasette, trail.assignments, **wanted)
    if request.url_vars.get("as_json"):
        return as_json(rows)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    return await render(datasette, "uppdrag.html", rows=rows, counts=counts, form=form,
                        statuses=trail.STATUSES, feed_url=search_url("/uppdrag.atom", **form),
                        feed_title="uppdrag")


async def one(datasette: Any, request: Any, send: Any) -> Response:
    ident = unquote(request.url_vars["ident"])
    found = await ask(datasette, trail.trace, ident)
    json_wanted = bool(request.url_vars.get("as_json"))
    if json_wanted:
        return as_json({"id": ident, "assignments": found}, 200 if found else 404)
    if not found:
        return await error_page(datasette, 404, f"Registret känner inget uppdrag som "
                                                f"”{ident}” ger eller som redovisas där.")
    return await render(datasette, "uppdrag_ett.html", ident=ident, rows=found,
                        feed_url="/uppdrag.atom", feed_title="uppdrag")


async def atom_feed(datasette: Any, request: Any, send: Any) -> Response:
    form, wanted = _filters(request)
    events = await ask(datasette, trail.feed, FEED_SIZE)
    events = [e for e in events if _kept(e, wanted)]
    base = datasette.absolute_url(request, "/")[:-1]
    xml = feed.atom("Uppdrag: vad organen beslutat om dem",
                    base + search_url("/uppdrag.atom", **form),
                    base + search_url("/uppdrag", **form), [_entry(base, e) for e in events])
    return Response(xml, content_type=feed.CONTENT_TYPE)


def _kept(e: dict, wanted: dict[str, str | None]) -> bool:
    """Whether a feed event meets the list's filters (status is the uppdrag's, not the event's:
    an event is kept when it is of that kind)."""
    checks = [(wanted["status"], e["event"]), (wanted["assignee"], e["assignee"]),
              (wanted["body"], e["assignment"]["body"])]
    return all(not w or (v and w.casefold() in v.casefold()) for w, v in checks)


def _entry(base: str, e: dict) -> feed.Entry:
    cited = e["ref"] or "ett tidigare uppdrag"
    decided = ref(e["body"], e["date"], e["paragraph"])
    return feed.Entry(
        url=base + (uppdrag_url(e["ref"]) or "/uppdrag"),
        title=f"{decided}: {what(e['what'])} – {cited}",
        updated=feed.day(e["date"]) or feed.now(), summary=e["task"] or e["text"] or "",
        published=feed.day(e["date"]), category=e["event"])


ENV.globals.update(uppdrag_url=uppdrag_url, uppdrag_what=what, uppdrag_status=status_text)

ROUTES = [
    Route(r"^/uppdrag\.atom$", atom_feed),
    Route(r"^/uppdrag(?P<as_json>\.json)?$", listing),
    Route(r"^/uppdrag/(?P<ident>.+?)(?P<as_json>\.json)?$", one),
]
