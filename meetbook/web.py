"""`meetbook serve`: the register in Datasette, read-only (immutable), on localhost."""
from __future__ import annotations

import json
import os
import sys
import tempfile

METADATA = {
    "title": "meetbook – beslutsregister",
    "description": "Ärenden, beslut, yrkanden och reservationer ur kommunala mötesböcker och "
                   "protokoll. Varje rad anger fil och sida.",
    "databases": {"register": {"tables": {
        "meetings": {"title": "Sammanträden", "facets": ["body", "municipality", "date"]},
        "items": {"title": "Ärenden", "facets": ["section"]},
        "decisions": {"title": "Beslut och förslag", "facets": ["kind", "body", "date"]},
        "positions": {"title": "Ställningstaganden (yrkanden, röster, reservationer)",
                      "facets": ["party", "role", "position"]},
        "persons": {"title": "Personer", "facets": ["party"]},
        "documents": {"title": "Handlingar", "facets": ["kind"]},
        "assignments": {"title": "Uppdrag"},
        "links": {"title": "Kopplingar till program", "facets": ["target", "kind"]},
        "priorities": {"title": "Programmens prioriteringar"},
        "program_assignments": {"title": "Tilläggsuppdrag"},
    }, "queries": {
        "arendets_historik": {
            "title": "Ett ärendes historik (dnr)",
            "sql": "select d.date, d.body, d.paragraph, d.kind, d.text, f.name as fil, d.page "
                   "as sida from decisions d join items i on i.id = d.item_id join meetings m on "
                   "m.id = i.meeting_id join files f on f.sha256 = m.sha256 where d.dnr_key = "
                   "lower(:dnr) order by d.date"},
        "personens_stallningstaganden": {
            "title": "En persons ställningstaganden",
            "sql": "select p.name, p.party, p.role, p.position, d.dnr, d.date, d.body, p.page "
                   "as sida from positions p join decisions d on d.id = p.decision_id where "
                   "p.name like '%' || :namn || '%' order by d.date"},
    }}},
}


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Replace this process with Datasette serving the register read-only."""
    fd, meta = tempfile.mkstemp(prefix="meetbook-", suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(METADATA, f, ensure_ascii=False)
    args = [sys.executable, "-m", "datasette", "serve", "-i", os.path.abspath(db_path),
            "--host", host, "--port", str(port), "--metadata", meta,
            "--setting", "sql_time_limit_ms", "3000"]
    os.execvp(sys.executable, args)
