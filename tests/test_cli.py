"""The command line through click's CliRunner: exit codes, one-line errors, output shapes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from meetbook.cli import cli
from tests.conftest import BOOK, VAS


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "register.db"
    result = CliRunner().invoke(cli, ["import", str(BOOK), str(VAS), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help"
        assert run(name, "--help").exit_code == 0


def test_import_prints_a_summary(db):
    result = run("import", str(BOOK), "--db", db)
    assert result.exit_code == 0
    assert "1 unchanged" in result.output and "0 failed" in result.output


def test_export_json_has_the_contract_keys(db):
    data = json.loads(run("export", "--db", db).output)
    assert set(data) >= {"meetings", "programs", "reports"}
    m = next(m for m in data["meetings"] if m["source"]["file"] == BOOK.name)
    assert [i["number"] for i in m["items"]][:2] == ["189/26", "190/26"]


def test_export_csv(db):
    result = run("export", "--format", "csv", "--db", db)
    assert result.exit_code == 0 and "KS-2025/00667" in result.output


@pytest.mark.parametrize("form", ["KS 2025/667", "ks-2025-00667", "Dnr KS-2025/00667"])
def test_search_by_dnr_in_any_spelling(db, form):
    rows = json.loads(run("search", "--dnr", form, "--json", "--db", db).output)
    assert rows and all(r["dnr"] == "KS-2025/00667" for r in rows)


def test_search_text_ignores_diacritics(db):
    rows = json.loads(run("search", "--text", "arbetsmiljoarbete", "--json", "--db", db).output)
    assert any(r["dnr"] == "KS-2026/00493" for r in rows)


def test_search_table_for_people(db):
    result = run("search", "--dnr", "KS-2024/00103", "--db", db)
    assert result.exit_code == 0 and "KS-2024/00103" in result.output and "{" not in result.output


def test_show_is_a_timeline(db):
    result = run("show", "ks 2025/667", "--db", db)
    assert result.exit_code == 0
    assert result.output.index("2026-04-14") < result.output.index("2026-05-19")


def test_show_unknown_case_is_one_line_exit_1(db):
    result = run("show", "KS-2099/99999", "--db", db)
    assert result.exit_code == 1 and "KS-2099/99999" in result.output


def test_missing_file_is_one_line_exit_1(tmp_path):
    result = run("import", str(tmp_path / "nope.pdf"), "--db", str(tmp_path / "r.db"))
    assert result.exit_code == 1
    assert "nope.pdf" in result.output and "Traceback" not in result.output


def test_not_a_pdf_beside_a_good_file(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("Detta är ingen PDF.\n")
    db = str(tmp_path / "r.db")
    result = run("import", str(bad), str(VAS), "--db", db)
    assert result.exit_code == 1 and "not a PDF" in result.output
    data = json.loads(run("export", "--db", db).output)
    assert [m["source"]["file"] for m in data["meetings"]] == [VAS.name]


def test_positions_needs_party_or_person(db):
    assert run("positions", "--db", db).exit_code == 2
