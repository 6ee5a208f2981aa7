"""The command line through click's CliRunner: exit codes, one-line errors, output shapes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from meetbook.cli import cli
from tests.conftest import BOOK, VAS, copy_register


@pytest.fixture(scope="module")
def db(tmp_path_factory, imported):
    """The book and Västerås's protocol imported: a copy of the session's register of them."""
    return str(copy_register(imported(BOOK, VAS).path, tmp_path_factory.mktemp("cli") / "register.db"))


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


def test_not_a_pdf_beside_a_good_file(tmp_path, vas_part):
    bad = tmp_path / "notes.pdf"
    bad.write_text("Detta är ingen PDF.\n")
    db = str(tmp_path / "r.db")
    result = run("import", str(bad), str(vas_part), "--db", db)
    assert result.exit_code == 1 and "not a PDF" in result.output
    data = json.loads(run("export", "--db", db).output)
    assert [m["source"]["file"] for m in data["meetings"]] == [vas_part.name]


def test_positions_needs_party_or_person(db):
    assert run("positions", "--db", db).exit_code == 2


# ------------------------------------------------------------------ searches that forgive


def one_line(result) -> bool:
    """An error as people should get it: one line on stderr, no traceback."""
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    return len(lines) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("form", ["KS 667/2025", "Dnr: KS-2025-00667", "ks2025/667", "2025/667",
                                  "667/2025", "KS-2025/00667-1.4.2"])
def test_search_by_dnr_number_and_year_in_either_order(db, form):
    rows = json.loads(run("search", "--dnr", form, "--json", "--db", db).stdout)
    assert rows and {r["dnr"] for r in rows} == {"KS-2025/00667"}


def test_search_limit_and_what_is_left(db):
    result = run("search", "--party", "SD", "--limit", "1", "--json", "--db", db)
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1
    assert result.stderr.strip() == "1 more, use --limit 2 to see them"
    everything = run("search", "--limit", "0", "--json", "--db", db)
    assert len(json.loads(everything.stdout)) > 10 and everything.stderr == ""


@pytest.mark.parametrize("bad", ["2026-13-01", "2025-02-30", "igår", "31.4.2026"])
def test_an_impossible_date_is_bad_usage_in_one_line(db, bad):
    result = run("search", "--from", bad, "--db", db)
    assert result.exit_code == 2 and one_line(result) and bad in result.stderr


def test_dates_as_finland_swedish_minutes_print_them(db):
    rows = json.loads(run("search", "--party", "SD", "--from", "1.1.2026", "--json",
                          "--db", db).stdout)
    assert {r["dnr"] for r in rows} == {"KS-2025/00667"}


@pytest.mark.parametrize("text", ['"', "*", "(", "-", "   ", "🙂", "NEAR(", "a OR"])
def test_any_text_searches_without_a_traceback(db, text):
    result = run("search", "--text", text, "--json", "--db", db)
    assert result.exit_code == 0 and "Traceback" not in result.output


def test_a_text_without_words_says_so(db):
    result = run("search", "--text", "🙂", "--db", db)
    assert result.exit_code == 0 and "no words to search for" in result.stderr


def test_the_table_shows_the_decision_text_and_the_whole_dnr(db):
    out = run("search", "--text", "hallbarhetsprogram", "--db", db).stdout
    assert "KS-2024/00103" in out and "se över möjligheten" in out
    from meetbook.render import search_table

    row = {"dnr": "NKBY/121/00.05.01/2022", "date": "2022-09-26", "body": "Stadsstyrelsen",
           "paragraph": 186, "kind": "beslut", "item": "186 §", "title": "Ett ärende " * 20,
           "file": "f.pdf", "page": 3, "snippet": "Stadsstyrelsen beslutar att anta planen."}
    table = search_table([row], width=80)
    assert "NKBY/121/00.05.01/2022" in table and "beslutar att anta planen" in table


def test_json_on_every_command():
    for name, command in cli.commands.items():
        if name != "serve":  # serves pages, prints nothing to parse
            assert any("--json" in p.opts for p in command.params), name


# ------------------------------------------------------------------ errors a person can act on


def test_a_register_that_is_no_register(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("inte en databas\n")
    for args in (["search", "--party", "SD"], ["show", "KS 2025/667"], ["export"],
                 ["positions", "--party", "S"], ["trace", "2022:3"]):
        result = run(*args, "--db", str(notes))
        assert result.exit_code == 1 and one_line(result), args
    assert notes.read_text() == "inte en databas\n"


def test_a_missing_register_is_not_created_by_reading(tmp_path):
    missing = tmp_path / "missing.db"
    for args in (["search"], ["show", "KS 2025/667"], ["export"], ["positions", "--party", "S"],
                 ["trace", "2022:3"], ["serve", "--port", "8999"]):
        result = run(*args, "--db", str(missing))
        assert result.exit_code == 1 and one_line(result) and "no register" in result.stderr, args
    assert list(tmp_path.iterdir()) == []


def test_import_into_a_missing_folder(tmp_path):
    result = run("import", str(VAS), "--db", str(tmp_path / "no" / "dir" / "r.db"))
    assert result.exit_code == 1 and one_line(result) and "does not exist" in result.stderr


def test_a_folder_as_register(tmp_path):
    result = run("search", "--db", str(tmp_path))
    assert result.exit_code == 1 and one_line(result) and "folder" in result.stderr


@pytest.mark.parametrize("args", [["serve", "--port", "99999"], ["positions"], ["nosuch"],
                                  ["search", "--limit", "-1"], ["search", "--nosuch"]])
def test_bad_usage_is_one_line_exit_2(db, args):
    result = run(*args, "--db", db)
    assert result.exit_code == 2 and one_line(result), result.output


def test_a_busy_port_names_a_free_one(db):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--port", str(port), "--db", db)
    assert result.exit_code == 1 and one_line(result)
    assert f"port {port} is in use; try --port " in result.stderr


def test_an_unexpected_error_is_one_line_too(db, monkeypatch):
    from meetbook.register import search as search_module

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")
    monkeypatch.setattr(search_module, "search_page", broken)
    result = run("search", "--db", db)
    assert result.exit_code == 1 and one_line(result) and "RuntimeError: a bug" in result.stderr


# ------------------------------------------------------------------ a person at a meeting


@pytest.fixture(scope="module")
def kungsbacka(register_of):
    """A protocol whose cover lists who took part in which §§ and who was jävig."""
    pdf = Path(__file__).parent / "variants" / "kungsbacka-ks-2025-10-14-protokoll.pdf"
    path, _ = register_of(pdf)
    return str(path)


def _by_paragraph(register: str, person: str) -> dict:
    rows = json.loads(run("search", "--person", person, "--limit", "0", "--json",
                          "--db", register).stdout)
    return {r["paragraph"]: r["roles"] for r in rows if r["paragraph"]}


def test_person_found_by_attendance_and_jaev(kungsbacka):
    holmqvist = _by_paragraph(kungsbacka, "Anders Holmqvist")    # "deltar inte i § 226 p.g.a. jäv"
    assert holmqvist[226] == ["jäv"] and holmqvist[215] == ["ledamot"]
    warg = _by_paragraph(kungsbacka, "cecilia warg")               # "deltar §§ 215-228"
    assert min(warg) == 215 and max(warg) == 228
    borg = _by_paragraph(kungsbacka, "Helena Borg")                # kommunsekreterare
    assert borg and all(v == ["tjänsteperson"] for v in borg.values())
