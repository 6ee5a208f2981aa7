"""Opening the register: a meetbook register or a new file, and nothing else is ever touched.

Each refusal is a RegisterError (one line for the CLI) and leaves the file exactly as it was:
no meetbook tables, no WAL mode, no -wal or -shm file beside it.
"""
from __future__ import annotations

import json
import os
import sqlite3

import pytest

from meetbook.errors import RegisterError
from meetbook.register import open_register
from meetbook.register.db import register_state
from meetbook.register.schema import APPLICATION_ID


def _untouched(path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not os.path.exists(f"{path}-wal") and not os.path.exists(f"{path}-shm")


def test_a_new_register_says_what_it_is(tmp_path):
    path = tmp_path / "r.db"
    open_register(path).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert register_state(path) == "register"


@pytest.mark.parametrize("readonly", [False, True])
def test_another_applications_database_is_refused_untouched(tmp_path, readonly):
    path = tmp_path / "annan.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kunder (namn TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(RegisterError, match="another application's SQLite database.*kunder"):
        open_register(path, readonly=readonly)
    _untouched(path, before)


@pytest.mark.parametrize("readonly", [False, True])
def test_a_text_file_is_refused_untouched(tmp_path, readonly):
    path = tmp_path / "notes.db"
    path.write_text("inte en databas\n")
    with pytest.raises(RegisterError, match="not an SQLite database"):
        open_register(path, readonly=readonly)
    _untouched(path, b"inte en databas\n")


def test_a_missing_folder_is_named(tmp_path):
    path = tmp_path / "no" / "such" / "r.db"
    with pytest.raises(RegisterError, match="does not exist"):
        open_register(path)
    assert not (tmp_path / "no").exists()


def test_reading_a_missing_register_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(RegisterError, match="no register here"):
        open_register(path, readonly=True)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_no_register(tmp_path):
    with pytest.raises(RegisterError, match="is a folder"):
        open_register(tmp_path)


def test_a_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.db"
    os.mkfifo(path)
    with pytest.raises(RegisterError, match="not a regular file"):
        open_register(path, readonly=True)


def test_a_symlink_loop_is_named(tmp_path):
    path = tmp_path / "loop.db"
    os.symlink(path, path)
    with pytest.raises(RegisterError, match="symbolic link loop"):
        open_register(path)


def test_an_empty_file_or_database_becomes_a_register_but_is_none_to_read(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(RegisterError, match="no register here"):
        open_register(empty, readonly=True)
    open_register(empty).close()
    assert register_state(empty) == "register"
    blank = tmp_path / "blank.db"
    sqlite3.connect(blank).execute("PRAGMA user_version = 1").connection.close()
    open_register(blank).close()
    assert register_state(blank) == "register"


def test_a_register_another_import_is_creating_is_no_other_applications(tmp_path):
    """Two imports into one new register at once: the second sees the first's migrations table
    before its first migration commits, and waits for it instead of refusing the file."""
    path = tmp_path / "r.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE IF NOT EXISTS _migrations (number INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    assert register_state(path) == "new"
    open_register(path).close()
    assert register_state(path) == "register"


def test_another_applications_migrations_table_alone_is_refused_untouched(tmp_path):
    path = tmp_path / "annan.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE _migrations (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO _migrations VALUES (1, 'init')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(RegisterError, match="another application's SQLite database.*_migrations"):
        open_register(path)
    _untouched(path, before)


def test_switching_to_wal_waits_for_another_process_holding_the_file(tmp_path):
    import threading

    from meetbook.register.db import _write_ahead

    path = tmp_path / "r.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.3, holder.rollback).start()
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    _write_ahead(conn)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    holder.close()


def _register_then(path, sql: str) -> None:
    """A new register at path, then sql run on it outside meetbook."""
    open_register(path).close()
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


def test_a_register_from_before_the_application_id_is_recognised(tmp_path):
    path = tmp_path / "old.db"
    _register_then(path, "PRAGMA application_id = 0")
    assert register_state(path) == "register"
    open_register(path, readonly=True).close()


def test_read_only_is_read_only(tmp_path):
    path = tmp_path / "r.db"
    open_register(path).close()
    db = open_register(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("CREATE TABLE x (y)")


def test_an_older_register_is_upgraded_when_read(tmp_path):
    path = tmp_path / "r.db"
    db = open_register(path)
    attendance = [{"name": "Åsa Berg", "party": "S", "role": "ledamot", "replaces": None,
                   "paragraphs": "deltar §§ 1-3", "function": None}]
    db.execute("INSERT INTO files (sha256, name) VALUES ('x', 'x.pdf')")
    db.execute("INSERT INTO meetings (id, sha256, attendance) VALUES ('m', 'x', ?)",
               [json.dumps(attendance)])
    for undo in ("DROP TABLE attendance", "DROP INDEX item_dnr_number",
                 "DROP INDEX decisions_dnr_number", "DELETE FROM _migrations WHERE number = 8"):
        db.execute(undo)
    db.close()
    db = open_register(path, readonly=True)
    rows = db.execute("SELECT folded, only_paragraphs FROM attendance").fetchall()
    assert [tuple(r) for r in rows] == [("asa berg", "[1, 2, 3]")]


def test_an_older_register_that_cannot_be_upgraded_says_what_it_needs(tmp_path, monkeypatch):
    path = tmp_path / "r.db"
    _register_then(path, "DELETE FROM _migrations WHERE number = 8")

    def read_only_file(db):
        raise sqlite3.OperationalError("attempt to write a readonly database")
    monkeypatch.setattr("meetbook.register.db.migrate", read_only_file)
    with pytest.raises(RegisterError, match="older meetbook.*write access.*readonly database"):
        open_register(path, readonly=True)
