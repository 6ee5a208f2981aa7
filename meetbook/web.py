"""`meetbook serve`: the register in Datasette, read-only (immutable), on localhost.

Swedish titles and descriptions, facets, canned queries (full-text search, a case's history, a
person's or party's positions) and page numbers that link to the page of the PDF they came from
(meetbook.datasette_plugin). Datasette and uvicorn run in this process: nothing a user types
reaches a shell.
"""
from __future__ import annotations

import sqlite3
from html import escape
from pathlib import Path

from datasette.utils import tilde_encode

from meetbook.errors import MeetbookError

SOURCE = "Källa: varje rad anger fil och sida; sidnumret länkar till sidan i PDF-filen."

TABLES: dict[str, dict] = {
    "files": {
        "title": "Importerade filer",
        "description": "Varje PDF som lästs in, identifierad av sin SHA-256.",
        "label_column": "name",
        "facets": ["kind"],
        "columns": {"sha256": "Filens SHA-256; samma fil importeras bara en gång",
                    "name": "Filnamn (länkar till filen)", "path": "Sökväg vid importen",
                    "kind": "Dokumenttyp: mötesbok, kallelse, protokoll, program …",
                    "pages": "Antal sidor", "ocr": "1 om texten lästs med OCR",
                    "problems": "Problem vid tolkningen", "imported_at": "Importerad (UTC)"},
    },
    "meetings": {
        "title": "Sammanträden",
        "description": "Ett sammanträde per kallelse, mötesbok eller protokoll. " + SOURCE,
        "label_column": "date",
        "facets": ["body", "municipality", "date"],
        "sort_desc": "date",
        "columns": {"body": "Organ (nämnd, styrelse, utskott)", "date": "Sammanträdesdag",
                    "place": "Plats", "municipality": "Kommun",
                    "first_page": "Första sida i filen", "last_page": "Sista sida i filen",
                    "attendance": "Närvaro (JSON)", "sha256": "Filen sammanträdet kommer från"},
    },
    "items": {
        "title": "Ärenden",
        "description": "Dagordningens punkter. Fritextsök i ärendena med frågan "
                       "”Sök i ärenden”. " + SOURCE,
        "label_column": "title",
        "facets": ["section", "meeting_id"],
        "columns": {"number": "Punktens nummer som det är tryckt: 195/26, § 213, 12",
                    "title": "Rubrik", "section": "Rubriken punkten står under på dagordningen",
                    "dnr": "Diarienummer, normaliserade (JSON)",
                    "dnr_raw": "Diarienummer som de är tryckta (JSON)",
                    "first_page": "Första sida", "last_page": "Sista sida",
                    "history": "Tidigare behandling som handlingarna nämner (JSON)",
                    "text": "Ärendets text"},
    },
    "item_dnr": {
        "title": "Ärendenas diarienummer",
        "description": "Ett diarienummer per rad; key är numret normaliserat och gemenat.",
        "facets": ["dnr"],
    },
    "documents": {
        "title": "Handlingar",
        "description": "Tjänsteskrivelser, protokollsutdrag, avtal och bilagor under varje "
                       "ärende. " + SOURCE,
        "label_column": "title",
        "facets": ["kind", "date"],
        "columns": {"kind": "tjänsteskrivelse, protokollsutdrag, protokoll, kallelse, avtal, "
                            "rapport, bilaga eller annat",
                    "first_page": "Första sida", "last_page": "Sista sida"},
    },
    "decisions": {
        "title": "Beslut och förslag",
        "description": "Förslag till beslut och beslut, med att-satser, yrkanden, omröstningar "
                       "och reservationer. " + SOURCE,
        "label_column": "dnr",
        "facets": ["kind", "body", "date", "refers_back"],
        "sort_desc": "date",
        "columns": {"kind": "förslag (ännu inte beslutat) eller beslut",
                    "body": "Organet som föreslår eller beslutar",
                    "date": "Sammanträdesdag", "paragraph": "Paragraf (§)",
                    "dnr": "Diarienummer", "dnr_key": "Diarienumret normaliserat och gemenat",
                    "page": "Sida", "refers_back": "1 om ärendet återremitterades",
                    "corrects": "Beslutet som rättas (JSON)", "text": "Beslutstext",
                    "clauses": "Att-satser (JSON)", "motions": "Yrkanden (JSON)",
                    "votes": "Omröstningar (JSON)", "reservations": "Reservationer (JSON)",
                    "statements": "Särskilda yttranden och protokollsanteckningar (JSON)",
                    "amounts": "Belopp (JSON)"},
    },
    "assignments": {
        "title": "Uppdrag",
        "description": "Uppdrag som ett beslut ger. " + SOURCE,
        "facets": ["assignee"],
        "columns": {"assignee": "Den som får uppdraget", "clause": "Att-sats", "page": "Sida"},
    },
    "persons": {
        "title": "Personer",
        "description": "Ledamöter och ersättare som yrkat, röstat eller reserverat sig.",
        "label_column": "name",
        "facets": ["party"],
        "columns": {"name": "Namn", "folded": "Namnet gemenat och utan diakritiska tecken",
                    "party": "Parti som det är tryckt"},
    },
    "positions": {
        "title": "Ställningstaganden",
        "description": "Yrkanden, röster, reservationer och yttranden, en rad per person och "
                       "beslut. " + SOURCE,
        "facets": ["party", "role", "position"],
        "columns": {"role": "yrkande, röst, reservation eller yttrande",
                    "position": "bifall, avslag, återremiss … eller ja, nej, avstår",
                    "name": "Namn som det är tryckt", "party": "Parti som det är tryckt",
                    "clauses": "Att-satser yrkandet gäller (JSON)", "page": "Sida",
                    "text": "Texten"},
    },
    "links": {
        "title": "Kopplingar till program",
        "description": "Beslut kopplade till en prioritering eller ett tilläggsuppdrag i ett "
                       "program, med poäng och den mening som gav kopplingen.",
        "facets": ["kind", "target", "program"],
        "columns": {"target": "Prioritering (1.3) eller tilläggsuppdrag (2022:3)",
                    "kind": "prioritet eller tilläggsuppdrag", "score": "Poäng 0–1",
                    "evidence": "Meningen som gav kopplingen"},
    },
    "programs": {
        "title": "Program",
        "description": "Kommunala program med prioriteringar och tilläggsuppdrag.",
        "label_column": "title",
        "facets": ["municipality"],
    },
    "priorities": {
        "title": "Programmens prioriteringar",
        "description": "Prioriteringar per fokusområde. " + SOURCE,
        "facets": ["focus_area"],
        "columns": {"title_as_printed": "Rubriken som den är tryckt (före OCR-rättning)",
                    "page": "Sida"},
    },
    "program_assignments": {
        "title": "Tilläggsuppdrag",
        "description": "Programmens tilläggsuppdrag, t.ex. 2022:3. " + SOURCE,
        "columns": {"page": "Sida"},
    },
    "reports": {
        "title": "Uppföljningar",
        "description": "Uppföljningsrapporter av program.",
        "label_column": "title",
    },
    "report_statuses": {
        "title": "Uppföljningarnas status",
        "description": "Status per prioritering i en uppföljning. " + SOURCE,
        "facets": ["status"],
        "columns": {"page": "Sida"},
    },
    "report_citations": {
        "title": "Hänvisningar i uppföljningar",
        "description": "Meningar i uppföljningar som hänvisar till ett uppdrag. " + SOURCE,
        "facets": ["target"],
        "columns": {"page": "Sida"},
    },
    "item_fts": {"hidden": True},
    "_migrations": {"hidden": True},
}

# The plugin's SQL functions make any spelling work: meetbook_dnr_key("KS 2025/667") is
# "ks-2025/00667", meetbook_fold("Sköld") is "skold", meetbook_fts_query("IOP-avtal") quotes
# each word. Columns named fil and sida become links to the file and page.
QUERIES: dict[str, dict] = {
    "sok_i_arenden": {
        "title": "Sök i ärenden",
        "description": "Fritextsökning i ärendenas rubriker, handlingar och beslut; versaler "
                       "och diakritiska tecken spelar ingen roll (atgard hittar åtgärd).",
        "hide_sql": True,
        "params": ["q"],
        "sql": """
select i.number as arende, i.title as rubrik, m.body as organ, m.date as datum,
  (select group_concat(dnr, ', ') from item_dnr where item_id = i.id) as dnr,
  snippet(item_fts, 1, '»', '«', ' … ', 16) as utdrag,
  f.name as fil, i.first_page as sida
from item_fts
join items i on i.id = item_fts.item_id
join meetings m on m.id = i.meeting_id
join files f on f.sha256 = m.sha256
where item_fts match meetbook_fts_query(:q)
order by item_fts.rank
limit 200""",
    },
    "arendets_historik": {
        "title": "Ett ärendes historik",
        "description": "Förslag, beslut, återremisser och rättelser i ett ärende, äldst först. "
                       "Diarienumret kan skrivas hur som helst: KS-2025/00667, KS 2025/667, "
                       "ks-2025-00667.",
        "hide_sql": True,
        "params": ["dnr"],
        "sql": """
select d.date as datum, d.body as organ, d.paragraph as paragraf,
  case when d.refers_back then 'återremiss' when d.corrects is not null then 'rättelse'
       else d.kind end as steg,
  i.number as arende, i.title as rubrik, d.dnr, d.text as text, f.name as fil, d.page as sida
from decisions d
join items i on i.id = d.item_id
join meetings m on m.id = i.meeting_id
join files f on f.sha256 = m.sha256
where d.dnr_key = meetbook_dnr_key(:dnr)
   or i.id in (select item_id from item_dnr where key = meetbook_dnr_key(:dnr))
union all
select json_extract(h.value, '$.date'), json_extract(h.value, '$.body'),
  json_extract(h.value, '$.paragraph'),
  coalesce(json_extract(h.value, '$.outcome'), 'tidigare behandling'),
  i.number, i.title, json_extract(i.dnr, '$[0]'), json_extract(h.value, '$.text'), f.name,
  json_extract(h.value, '$.page')
from items i
join json_each(i.history) h
join meetings m on m.id = i.meeting_id
join files f on f.sha256 = m.sha256
where i.id in (select item_id from item_dnr where key = meetbook_dnr_key(:dnr))
order by datum, sida""",
    },
    "personens_stallningstaganden": {
        "title": "En persons ställningstaganden",
        "description": "Yrkanden, röster och reservationer av den som heter så, per ärende; "
                       "versaler och diakritiska tecken spelar ingen roll.",
        "hide_sql": True,
        "params": ["namn"],
        "sql": """
select p.name as namn, p.party as parti, p.role as roll, p.position as stallningstagande,
  d.dnr, i.title as rubrik, d.body as organ, d.date as datum,
  d.paragraph as paragraf, p.text as text, f.name as fil, p.page as sida
from positions p
join persons pe on pe.id = p.person_id
join decisions d on d.id = p.decision_id
join items i on i.id = d.item_id
join meetings m on m.id = i.meeting_id
join files f on f.sha256 = m.sha256
where pe.folded like '%' || meetbook_fold(:namn) || '%'
order by d.dnr, datum, namn""",
    },
    "partiets_stallningstaganden": {
        "title": "Ett partis ställningstaganden",
        "description": "Partiets yrkanden, röster och reservationer per ärende; partiet som "
                       "det är tryckt: S, M, SD, V, C, L …",
        "hide_sql": True,
        "params": ["parti"],
        "sql": """
select p.party as parti, p.name as namn, p.role as roll, p.position as stallningstagande,
  d.dnr, i.title as rubrik, d.body as organ, d.date as datum,
  d.paragraph as paragraf, p.text as text, f.name as fil, p.page as sida
from positions p
join decisions d on d.id = p.decision_id
join items i on i.id = d.item_id
join meetings m on m.id = i.meeting_id
join files f on f.sha256 = m.sha256
where upper(p.party) = upper(trim(:parti, '() '))
order by d.dnr, datum, namn""",
    },
}


def metadata(database: str, files: dict[str, str]) -> dict:
    """Datasette metadata for the register served under the name database."""
    return {
        "title": "meetbook – beslutsregister",
        "description": "Ärenden, beslut, yrkanden och reservationer ur kommunala mötesböcker "
                       "och protokoll. Varje rad anger fil och sida.",
        "databases": {database: {"title": "Beslutsregistret",
                                 "description_html": contents_html(database),
                                 "tables": TABLES, "queries": QUERIES}},
        "plugins": {"meetbook": {"files": files}},
    }


def contents_html(database: str) -> str:
    """The tables and queries by their Swedish titles; Datasette lists them by SQL name."""
    base = "/" + tilde_encode(database)
    links = [f'<a href="{base}/{name}">{escape(q["title"])}</a>' for name, q in QUERIES.items()]
    links += [f'<a href="{base}/{name}">{escape(t["title"])}</a>' for name, t in TABLES.items()
              if not t.get("hidden")]
    return "<p>" + " · ".join(links) + "</p>"


def pdf_files(db_path: Path) -> dict[str, str]:
    """{sha256: absolute path} of the imported files still on disk.

    A path recorded relative to where the import ran is tried from here and from the register's
    folder; a file found nowhere gets no link rather than a broken one.
    """
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT sha256, path FROM files").fetchall()
    finally:
        conn.close()
    found = {}
    for sha, recorded in rows:
        path = Path(recorded or "")
        for candidate in (path, db_path.parent / path) if not path.is_absolute() else (path,):
            if recorded and candidate.is_file():
                found[sha] = str(candidate.resolve())
                break
    return found


def checkpoint(db_path: Path) -> None:
    """Move committed WAL pages into the database file: an immutable reader ignores the WAL."""
    conn = sqlite3.connect(str(db_path), timeout=60)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


SETTINGS = {"sql_time_limit_ms": 3000, "truncate_cells_html": 400, "default_facet_size": 15}


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the register read-only with Datasette until interrupted."""
    import asyncio

    import uvicorn
    from datasette.app import Datasette
    from datasette.plugins import pm

    from meetbook import datasette_plugin

    path = Path(db_path).resolve()
    checkpoint(path)
    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name=datasette_plugin.NAME)
    ds = Datasette(immutables=[str(path)], metadata=metadata(path.stem, pdf_files(path)),
                   settings=SETTINGS)
    asyncio.run(ds.invoke_startup())
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after shutting down cleanly
        pass
    except SystemExit as e:  # uvicorn could not start; it has logged why
        if e.code:
            raise MeetbookError(f"{host}:{port}: could not serve the register") from None
