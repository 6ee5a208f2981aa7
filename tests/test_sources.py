"""Imports you can manage: `sources` lists each imported file, `remove` takes out everything one
file brought in one transaction (and nothing else), and a file covering §§ that a file of the
same kind holds is reported, or replaces that file with `--replace`. No import changes
another file's rows.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from meetbook.cli import cli
from meetbook.errors import NoSuchSource
from meetbook.importer import import_files
from meetbook.model import FileKind, Item, Meeting, ParsedFile
from meetbook.register import open_register, sources, write
from meetbook.register.query import case_history
from tests.conftest import BOOK, PROG, VAS

# the excerpt prints no meeting date: its decision is recorded without one, and says so
UNDATED = "§ 213: a beslut of Kommunstyrelsen without date (page 1)"


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def copy_of(tmp_path: Path, pdf: Path, name: str, extra: bytes = b"\n% annoterad kopia\n") -> Path:
    """The same document, a byte or two apart: another sha256."""
    path = tmp_path / name
    path.write_bytes(pdf.read_bytes() + extra)
    return path


def snapshot(db_path: Path) -> dict[str, list]:
    """Every row of every table (the full-text index by its rows)."""
    con = sqlite3.connect(db_path)
    tables = [t for (t,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'item_fts%' "
        "AND name NOT LIKE 'sqlite_%'")]
    out = {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}"))) for t in tables}
    out["item_fts"] = sorted(map(repr, con.execute("SELECT rowid, item_id, text FROM item_fts")))
    con.close()
    return out


# ------------------------------------------------------------------ sources


def test_sources_lists_each_file_with_what_it_brought(tmp_path, register_copy):
    db = register_copy(BOOK, VAS)
    result = run("sources", "--json", "--db", db)
    assert result.exit_code == 0
    rows = {r["file"]: r for r in json.loads(result.output)}
    assert set(rows) == {BOOK.name, VAS.name}
    vas = rows[VAS.name]
    assert vas["sha256"] == hashlib.sha256(VAS.read_bytes()).hexdigest()
    assert (vas["kind"], vas["pages"], vas["meetings"], vas["items"], vas["decisions"],
            vas["problems"]) == ("protokoll", 20, 1, 1, 2, [UNDATED])
    assert rows[BOOK.name]["items"] == 10 and rows[BOOK.name]["kind"] == "mötesbok"
    assert vas["imported_at"][:2] == "20" and vas["path"] == str(VAS)


def test_sources_as_a_table(tmp_path, register_copy):
    db = register_copy(VAS)
    result = run("sources", "--db", db)
    assert result.exit_code == 0
    (row,) = [ln for ln in result.output.splitlines() if VAS.name in ln]
    assert row.split()[0] == json.loads(run("sources", "--json", "--db", db).output)[0][
        "sha256"][:12]
    empty = tmp_path / "empty.db"
    open_register(empty).close()
    assert run("sources", "--db", empty).output == "No files imported.\n"


def test_sources_of_a_missing_register_creates_nothing(tmp_path):
    result = run("sources", "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and not (tmp_path / "none.db").exists()


# ------------------------------------------------------------------ remove


@pytest.mark.parametrize("how", ["name", "path", "sha256", "prefix", "the file"])
def test_remove_finds_the_file_every_way_a_person_names_it(tmp_path, how, register_copy):
    db = register_copy(VAS)
    sha = json.loads(run("sources", "--json", "--db", db).output)[0]["sha256"]
    ident = {"name": VAS.name, "path": str(VAS), "sha256": sha, "prefix": sha[:8],
             "the file": str(copy_of(tmp_path, VAS, "elsewhere.pdf", b""))}[how]
    result = run("remove", ident, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"removed {VAS.name} (sha256 {sha[:12]}): 1 meetings, 1 items")
    assert json.loads(run("sources", "--json", "--db", db).output) == []


def test_remove_takes_out_exactly_what_the_file_brought(tmp_path, register_copy, parsed_import):
    db = register_copy(VAS)
    before = snapshot(db)
    assert parsed_import(open_register(db), [BOOK]).failures == []
    assert snapshot(db) != before
    result = run("remove", BOOK.name, "--json", "--db", db)
    assert result.exit_code == 0
    removed = json.loads(result.output)["removed"]
    assert removed["meetings"] == 1 and removed["items"] == 10 and removed["files"] == 1
    assert removed["persons"] > 0 and removed["item_fts"] == 10
    assert snapshot(db) == before


@pytest.mark.slow
def test_removing_a_program_takes_its_links_with_it(tmp_path, register_copy):
    db = register_copy(BOOK)
    before = snapshot(db)
    assert import_files(open_register(db), [str(PROG)]).failures == []
    assert snapshot(db)["links"]
    assert run("remove", PROG.name, "--db", db).exit_code == 0
    assert snapshot(db) == before


def test_every_table_of_a_files_rows_is_in_the_one_list(tmp_path):
    db = open_register(tmp_path / "r.db")
    tables = {t for (t,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'item_fts_%'")}
    listed = {t for t, _ in sources.FILE_ROWS}
    bookkeeping = {"_migrations", "link_work", *sources.SHARED_ROWS}
    assert tables - bookkeeping == listed, "a table that holds a file's rows belongs in FILE_ROWS"
    assert ("positions", "person_id", "id") in sources.referencing(db, "persons")


def test_remove_is_one_transaction(tmp_path, monkeypatch, register_copy):
    db = register_copy(VAS)
    before = snapshot(db)
    monkeypatch.setattr(sources, "FILE_ROWS", (*sources.FILE_ROWS, ("no_such_table", "1")))
    result = run("remove", VAS.name, "--db", db)
    assert result.exit_code == 1
    assert result.output == f"Error: {VAS.name}: not removed (OperationalError: no such table: " \
        "no_such_table)\n"
    assert snapshot(db) == before


def test_a_removed_cases_history_goes_and_the_others_stay(tmp_path, register_copy):
    db = register_copy(BOOK, VAS)
    other = case_history(open_register(db), "KS-2024/00103")
    assert case_history(open_register(db), "KS-2025/00667")["steps"]
    assert run("remove", BOOK.name, "--db", db).exit_code == 0
    assert case_history(open_register(db), "KS-2025/00667")["steps"] == []
    assert case_history(open_register(db), "KS-2024/00103") == other
    assert run("show", "KS-2025/00667", "--db", db).exit_code == 1


def test_remove_of_nothing_is_one_line_exit_1(tmp_path, register_copy):
    db = register_copy(VAS)
    result = run("remove", "nothing-like-this.pdf", "--db", db)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: nothing-like-this.pdf: no imported file has this name, path or sha256 "
        "(see meetbook sources)"]


def test_remove_of_a_name_two_files_have_asks_for_the_sha256(tmp_path, register_copy, vas_part):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = copy_of(tmp_path / "a", vas_part, "protokoll.pdf", b"")
    second = copy_of(tmp_path / "b", vas_part, "protokoll.pdf")
    db = register_copy(first, second)
    result = run("remove", "protokoll.pdf", "--db", db)
    assert result.exit_code == 1 and "names 2 imported files" in result.output
    assert len(json.loads(run("sources", "--json", "--db", db).output)) == 2
    assert run("remove", str(second), "--db", db).exit_code == 0


@pytest.fixture(scope="module")
def register_with_vas(register_of):
    return open_register(register_of(VAS)[0])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80) | st.from_regex(r"[0-9a-f%_*]{1,70}", fullmatch=True))
def test_any_name_finds_one_file_or_says_none_does(register_with_vas, ident):
    try:
        found = sources.find(register_with_vas, ident)
    except NoSuchSource as e:
        assert "\n" not in str(e)
    else:
        assert found["file"] == VAS.name and found["sha256"].startswith(ident.lower()) \
            or ident in (VAS.name, str(VAS))


def test_remove_in_a_missing_register_creates_nothing(tmp_path):
    result = run("remove", VAS.name, "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and not (tmp_path / "none.db").exists()


def test_a_removed_file_imports_again(tmp_path, register_copy, vas_part):
    db = register_copy(vas_part)
    before = snapshot(db)
    assert run("remove", vas_part.name, "--db", db).exit_code == 0
    assert import_files(open_register(db), [str(vas_part)]).inserted == 1
    after = snapshot(db)
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}


# ------------------------------------------------------------------ overlapping files


def test_a_copy_covering_the_same_paragraphs_is_reported_and_both_kept(tmp_path, register_copy,
                                                                       vas_part):
    db = register_copy(VAS)
    copy = copy_of(tmp_path, vas_part, "vas-v2.pdf")
    result = CliRunner().invoke(cli, ["import", str(copy), "--db", str(db)])
    assert result.exit_code == 0
    notice = (f"{copy}: covers § 213 of Kommunstyrelsen (date not printed), which {VAS.name} "
              f"already holds; both are kept (import vas-v2.pdf with --replace to replace "
              f"{VAS.name})")
    assert notice in result.output.splitlines()
    rows = {r["file"]: r for r in json.loads(run("sources", "--json", "--db", db).output)}
    assert rows["vas-v2.pdf"]["problems"] == [UNDATED,
        f"covers § 213 of Kommunstyrelsen (date not printed), which {VAS.name} (protokoll, "
        f"sha256 {rows[VAS.name]['sha256'][:12]}) already holds; both are kept (import with "
        "--replace to replace it)"]
    assert rows[VAS.name]["problems"] == [UNDATED]


def test_replace_takes_the_older_file_out(tmp_path, register_copy, vas_part):
    db = register_copy(VAS)
    copy = copy_of(tmp_path, vas_part, "vas-v2.pdf")
    result = run("import", copy, "--replace", "--db", db)
    assert result.exit_code == 0
    assert f"{copy}: replaces {VAS.name}" in result.output
    assert "1 new, 0 unchanged, 0 failed, 1 replaced" in result.output
    assert [r["file"] for r in json.loads(run("sources", "--json", "--db", db).output)] == \
        ["vas-v2.pdf"]
    data = json.loads(run("export", "--db", db).output)
    assert [m["source"]["file"] for m in data["meetings"]] == ["vas-v2.pdf"]


def test_replace_after_both_were_kept_takes_the_older_file_out(tmp_path, register_copy, vas_part):
    db = register_copy(VAS)
    copy = copy_of(tmp_path, vas_part, "vas-v2.pdf")
    assert run("import", copy, "--db", db).exit_code == 0  # "both are kept (… --replace …)"
    result = run("import", copy, "--replace", "--db", db)
    assert result.exit_code == 0 and f"{copy}: replaces {VAS.name}" in result.output
    assert "0 new, 1 unchanged, 0 failed, 1 replaced" in result.output
    (row,) = json.loads(run("sources", "--json", "--db", db).output)
    assert row["file"] == "vas-v2.pdf" and not any("covers" in p for p in row["problems"])
    assert "1 unchanged" in run("import", copy, "--replace", "--db", db).output


def test_replace_of_a_file_imported_before_reads_no_page_again(tmp_path, register_copy,
                                                                 monkeypatch, vas_part):
    from meetbook import importer

    db = register_copy(VAS)
    copy = copy_of(tmp_path, vas_part, "vas-v2.pdf")
    assert run("import", copy, "--db", db).exit_code == 0
    parsed: list[str] = []
    real = importer._parse_each
    monkeypatch.setattr(importer, "_parse_each",
                        lambda paths, options: (parsed.extend(paths), real(paths, options))[1])
    summary = importer.import_files(open_register(db), [str(copy)],
                                    importer.ImportOptions(replace=True))
    assert parsed == [] and (summary.unchanged, summary.replaced) == (1, 1)


def test_replace_within_one_batch_keeps_the_last_given(tmp_path, vas_part):
    old, new = copy_of(tmp_path, vas_part, "old.pdf", b""), copy_of(tmp_path, vas_part, "new.pdf")
    result = run("import", old, new, "--replace", "--db", tmp_path / "r.db")
    assert result.exit_code == 0 and f"{new}: replaces old.pdf" in result.output
    rows = json.loads(run("sources", "--json", "--db", tmp_path / "r.db").output)
    assert [r["file"] for r in rows] == ["new.pdf"]


def test_a_partial_copy_is_reported(tmp_path, register_copy):
    import pypdfium2 as pdfium

    part = pdfium.PdfDocument.new()
    part.import_pages(pdfium.PdfDocument(str(VAS)), [0, 1, 2])
    partial = tmp_path / "utdrag.pdf"
    part.save(str(partial))
    db = register_copy(VAS)
    result = run("import", partial, "--db", db)
    assert result.exit_code == 0
    assert f"{partial}: covers § 213 of Kommunstyrelsen" in result.output


def _parsed(sha: str, kind: FileKind = FileKind.PROTOKOLL, date: str | None = "2025-04-22",
            municipality: str = "Kungsbacka kommun", items=(("§ 12", "KS 2025/100"),)
            ) -> ParsedFile:
    meeting = Meeting(municipality, "Kommunstyrelsen", date, None, (1, 2),
                      tuple(Item(n, "Ärende", None, (d,), (1, 2)) for n, d in items))
    return ParsedFile(f"/tmp/{sha}.pdf", sha * 64, 2, kind, meetings=(meeting,))


@pytest.mark.parametrize("new, covers", [
    (_parsed("b"), ("§ 12",)),
    (_parsed("b", items=(("12", "KS 2025/100"), ("§ 13", "KS 2025/101"))), ("12",)),
    (_parsed("b", items=(("§ 13", "KS 2025/101"),)), ()),
    (_parsed("b", kind=FileKind.PROTOKOLLSUTDRAG), ()),
    (_parsed("b", date="2025-05-20"), ()),
    (_parsed("b", municipality="Göteborgs stad"), ()),
    (_parsed("b", date=None), ("§ 12",)),
    (_parsed("b", date=None, items=(("§ 12", "KS 2024/999"),)), ()),
])
def test_what_counts_as_covering_a_files_paragraphs(tmp_path, new, covers):
    db = open_register(tmp_path / "r.db")
    write.write_file(db, _parsed("a"))
    written = write.write_file(db, new)
    assert tuple(n for o in written.overlaps for n in o.numbers) == covers
    assert all(o.file == "a.pdf" for o in written.overlaps)


# ------------------------------------------------------------------ rows keyed by their file


@pytest.mark.parametrize("pdf", [VAS, pytest.param(BOOK, marks=pytest.mark.slow)])  # 78 pages
def test_a_changed_copy_leaves_the_first_files_rows_as_they_were(tmp_path, pdf, register_copy):
    db = register_copy(pdf)
    first = run("export", "--source", pdf.name, "--db", db).output
    before = snapshot(db)
    result = run("import", copy_of(tmp_path, pdf, "copy.pdf"), "--db", db)
    assert result.exit_code == 0 and "copy.pdf: covers" in result.output
    after = snapshot(db)
    for table in set(before) - {"link_work"}:
        assert set(before[table]) <= set(after[table]), f"{table}: a row of the first file changed"
    assert run("export", "--source", pdf.name, "--db", db).output == first
