"""The register: migrations, natural keys, text search walking the newest matches first."""
from __future__ import annotations

import sqlite3

from meetbook.register import open_register
from meetbook.register.schema import MIGRATIONS, fts_key
from meetbook.register.search import search
from tests.conftest import BOOK, VAS, shared


def test_migrations_are_numbered_and_applied_once(tmp_path):
    numbers = [n for n, _, _ in MIGRATIONS]
    # numbers are handed out per piece of work (6 and 7 this round), so a branch may lack one
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    path = tmp_path / "r.db"
    open_register(path).close()
    open_register(path).close()
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT number FROM _migrations")] == numbers


def test_fulltext_rows_are_keyed_by_meeting_date(register_of):
    db = open_register(register_of(BOOK)[0])
    rows = db.execute("SELECT f.rowid, i.rowid, m.date FROM item_fts f JOIN items i ON "
                      "i.id = f.item_id JOIN meetings m ON m.id = i.meeting_id").fetchall()
    assert rows and all(key == fts_key(date, rowid) for key, rowid, date in rows)


def test_migration_rekeys_an_older_register(tmp_path, parsed_import):
    path = tmp_path / "old.db"
    db = open_register(path)
    parsed_import(db, [BOOK])
    db.execute("DELETE FROM _migrations WHERE number = 4")
    db.executescript("CREATE TEMP TABLE t AS SELECT item_id, text FROM item_fts; "
                     "DELETE FROM item_fts; INSERT INTO item_fts (item_id, text) "
                     "SELECT item_id, text FROM t;")
    db.close()
    db = open_register(path)
    (key,) = db.execute("SELECT min(rowid) FROM item_fts").fetchone()
    assert key >= 20260519 * 1_000_000_000
    assert any(r["item"] == "195/26" for r in search(db, text="IOP"))


def test_text_search_lists_the_newest_meeting_first(register_of):
    kallelse = shared("real/kungsbacka-ks-2025-04-22-kallelse.pdf")
    db = open_register(register_of(kallelse, BOOK, VAS)[0])
    rows = search(db, text="kommunstyrelsen")
    files = [r["file"] for r in rows]
    assert BOOK.name in files and kallelse.name in files
    assert files.index(BOOK.name) < files.index(kallelse.name)
    assert len(search(db, text="kommunstyrelsen", limit=3)) == 3


def test_text_search_combines_with_other_criteria(register_of):
    db = open_register(register_of(BOOK, VAS)[0])
    assert {r["dnr"] for r in search(db, text="hållbarhet", party="SD")} == {"KS-2024/00103"}
    assert search(db, text="hallbarhetsuppfoljning", date_from="2030-01-01") == []
