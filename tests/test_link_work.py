"""No half-done imports: a file's rows and a note of the link work they make are one
transaction, so decisions a killed import never linked are linked by the next import (also
when that import finds every file unchanged); the same for a program.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from meetbook.importer import complete_link_work, import_files
from meetbook.link import relink as link_pass
from meetbook.register import open_register, write
from meetbook.register.schema import MIGRATIONS
from tests.conftest import BOOK, PROG, VAS

UMEA = "Umeå kommun"

# an import killed right after its files are committed, before any link is computed
KILLED_AT_LINKS = """
import os, signal, sys
from meetbook.importer import import_files
from meetbook.link import relink
from meetbook.register import open_register

relink.relink = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
import_files(open_register(sys.argv[1]), sys.argv[2:])
"""


def killed_at_links(db_path, *files) -> None:
    proc = subprocess.run([sys.executable, "-c", KILLED_AT_LINKS, str(db_path), *map(str, files)])
    assert proc.returncode == -9


@pytest.fixture
def relinked(monkeypatch) -> list[tuple[str, bool]]:
    """The link passes run, (municipality, restore), without loading spaCy."""
    calls: list[tuple[str, bool]] = []
    monkeypatch.setattr(link_pass, "relink", lambda db, m, restore=False: calls.append((m, restore)))
    return calls


@pytest.mark.slow  # a killed import
def test_a_kill_after_the_commit_leaves_the_link_work_noted(tmp_path, relinked):
    killed_at_links(tmp_path / "r.db", BOOK)
    db = open_register(tmp_path / "r.db")
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    assert [m for m, _, _ in write.link_work(db)] == [UMEA]
    summary = import_files(db, [str(BOOK)])
    assert (summary.unchanged, summary.problems) == (1, [])
    assert relinked == [(UMEA, False)]
    assert write.link_work(db) == []


@pytest.mark.slow  # a killed import
def test_a_killed_program_import_restores_and_relinks_next_time(tmp_path, relinked):
    import_files(open_register(tmp_path / "r.db"), [str(BOOK)])
    relinked.clear()
    killed_at_links(tmp_path / "r.db", PROG)
    import_files(open_register(tmp_path / "r.db"), [str(VAS)])  # any later import
    assert (UMEA, True) in relinked


def test_a_failed_link_pass_is_one_line_and_stays_to_do(tmp_path, monkeypatch, parsed_import):
    def broken(db, municipality, restore=False):
        raise OSError("models/meetbook-sv: no such pipeline")

    monkeypatch.setattr(link_pass, "relink", broken)
    db = open_register(tmp_path / "r.db")
    summary = parsed_import(db, [BOOK])
    assert summary.problems == [
        f"links of {UMEA}'s decisions not computed (OSError: models/meetbook-sv: no such "
        "pipeline); the next import completes them"]
    assert (summary.inserted, summary.failed) == (1, 0)
    assert [m for m, _, _ in write.link_work(db)] == [UMEA]


def test_work_noted_while_a_linker_ran_is_not_cleared_by_it(tmp_path):
    db = open_register(tmp_path / "r.db")
    write.note_link_work(db, UMEA)
    [(_, _, version)] = write.link_work(db)
    write.note_link_work(db, UMEA, restore=True)  # another import commits meanwhile
    write.link_work_done(db, UMEA, version)
    assert write.link_work(db) == [(UMEA, True, version + 1)]
    write.link_work_done(db, UMEA, version + 1)
    assert write.link_work(db) == []


def test_a_register_from_before_the_work_was_noted_relinks_once(tmp_path, relinked):
    import sqlite_utils

    db = sqlite_utils.Database(tmp_path / "old.db")
    db.execute("CREATE TABLE _migrations (number INTEGER PRIMARY KEY, name TEXT)")
    for number, name, fn in sorted(MIGRATIONS, key=lambda m: m[0]):
        if number < 6:
            fn(db)
            db.execute("INSERT INTO _migrations VALUES (?, ?)", [number, name])
    db.execute("INSERT INTO meetings (id, sha256, municipality) VALUES ('m', 'x', ?)", [UMEA])
    db.conn.commit()
    db.close()
    db = open_register(tmp_path / "old.db")
    assert write.link_work(db) == [(UMEA, True, 1)]
    assert complete_link_work(db) == [] and relinked == [(UMEA, True)]


def _links(db_path) -> str:
    from meetbook.register.export import export

    data = export(open_register(db_path))
    return json.dumps([(d["id"], d["links"]) for m in data["meetings"] for i in m["items"]
                       for d in i["decisions"]], ensure_ascii=False)


@pytest.mark.slow
@pytest.mark.parametrize("first, killed", [(PROG, BOOK), (BOOK, PROG)])
def test_killed_between_the_decisions_and_their_links_then_imported_again(tmp_path, first, killed):
    reference = tmp_path / "ref.db"
    assert import_files(open_register(reference), [str(first), str(killed)]).problems == []
    want = _links(reference)
    assert '"target"' in want
    db_path = tmp_path / "r.db"
    assert import_files(open_register(db_path), [str(first)]).problems == []
    killed_at_links(db_path, killed)
    assert _links(db_path) != want
    assert import_files(open_register(db_path), [str(killed)]).unchanged == 1
    assert _links(db_path) == want
