"""What a file could not read, in one list: the problems of a meeting from its parsed model
and its contents, carried to the import's stderr, `files.problems` and the export."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from meetbook.assemble.problems import meeting_problems
from meetbook.cli import cli
from meetbook.model import (
    Decision,
    DecisionKind,
    Item,
    Meeting,
    ProblemKind,
    Vote,
    VoteChoice,
    Voter,
)
from meetbook.segment.agenda import AgendaEntry

TEMPLATES = Path(__file__).parent / "templates"
PARTIAL = TEMPLATES / "ekvik-ks-2026-03-02-protokoll.pdf"


def _item(number: str, title: str = "Budget", *decisions: Decision, **kw) -> Item:
    return Item(number=number, title=title, section=None, dnr=(), pages=(3, 3),
                decisions=decisions, **kw)


def _decision(kind=DecisionKind.BESLUT, body="Kommunstyrelsen", date="2026-03-02", votes=()):
    return Decision(kind=kind, body=body, date=date, paragraph=30, dnr=None, page=3, votes=votes)


def _meeting(*items: Item) -> Meeting:
    return Meeting("Ekviks kommun", "Kommunstyrelsen", "2026-03-02", None, (1, 5), items)


def _listed(*numbers: int) -> list[AgendaEntry]:
    return [AgendaEntry(f"§ {n}", "Titel", None, 3 + n, page=2) for n in numbers]


def test_the_paragraphs_the_contents_list_and_the_file_does_not_hold():
    meeting = _meeting(*(_item(f"§ {n}", "Titel", _decision()) for n in (30, 31, 32)))
    (problem,) = meeting_problems(meeting, _listed(30, 31, 32, 36, 37, 38, 40))
    assert problem.kind == ProblemKind.MISSING_PARAGRAPHS and problem.page == 2
    assert "§§ 36–38, 40" in problem.text
    assert meeting_problems(meeting, _listed(30, 31, 32)) == ()


def test_a_decision_without_body_or_date_and_a_proposal_without_body():
    meeting = _meeting(_item("§ 30", "Budget", _decision(date=None)),
                       _item("§ 31", "Taxa", _decision(DecisionKind.FORSLAG, date=None)),
                       _item("§ 32", "Plan", _decision(DecisionKind.FORSLAG, body=None, date=None)))
    got = [(p.kind, p.text) for p in meeting_problems(meeting)]
    assert got == [
        (ProblemKind.INCOMPLETE_DECISION, "§ 30: a beslut of Kommunstyrelsen without date"),
        (ProblemKind.INCOMPLETE_DECISION, "§ 32: a förslag without body")]


def test_a_vote_whose_voters_do_not_add_up_names_both():
    voters = tuple(Voter(f"Person {k}", "S", VoteChoice.JA) for k in range(6)) + tuple(
        Voter(f"Annan {k}", "M", VoteChoice.NEJ) for k in range(37))
    vote = Vote("", 5, 38, None, voters, verified=False, page=9)
    (problem,) = meeting_problems(_meeting(_item("§ 15", "Motion", _decision(votes=(vote,)))))
    assert problem.kind == ProblemKind.UNVERIFIED_VOTE and problem.page == 9
    assert problem.text == "§ 15: a vote counts 5 ja, 38 nej, but its listed voters are 6 ja, 37 nej"


def test_a_title_from_the_contents_and_a_paragraph_without_title():
    meeting = _meeting(_item("49 §", "Budgetdirektiv för 2023", _decision(),
                             title_as_printed="Budgetdirekti för 2023"),
                       _item("50 §", "", _decision()))
    got = [(p.kind, p.text) for p in meeting_problems(meeting)]
    assert got == [
        (ProblemKind.GUESSED_TITLE, "49 §: title 'Budgetdirektiv för 2023' taken from the "
                                    "contents; the heading reads 'Budgetdirekti för 2023'"),
        (ProblemKind.NO_TITLE, "50 §: no title found")]


@pytest.fixture(scope="module")
def partial(tmp_path_factory):
    if not PARTIAL.exists():
        pytest.skip("the template documents are not here")
    db = str(tmp_path_factory.mktemp("problems") / "register.db")
    return db, CliRunner().invoke(cli, ["import", str(PARTIAL), "--db", db])


def test_a_partial_download_imports_and_says_so_on_stderr(partial):
    _, result = partial
    assert result.exit_code == 0
    assert "§§ 36–41" in result.stderr and "ekvik-ks-2026-03-02-protokoll.pdf" in result.stderr
    assert "1 new" in result.stdout


def test_the_problems_are_the_files_and_the_meetings_in_the_export(partial):
    from meetbook.register import open_register

    db, _ = partial
    (row,) = open_register(db).execute("SELECT problems FROM files").fetchall()
    assert any("§§ 36–41" in p for p in json.loads(row[0]))
    data = json.loads(CliRunner().invoke(cli, ["export", "--db", db]).stdout)
    (problem,) = data["meetings"][0]["problems"]
    assert problem["kind"] == "missing_paragraphs" and problem["page"] == 2
    assert "§§ 36–41" in problem["text"]


def test_the_problems_show_in_sources(partial):
    db, _ = partial
    out = CliRunner().invoke(cli, ["sources", "--db", db]).stdout
    (line,) = [ln for ln in out.splitlines() if "§§ 36–41" in ln]
    assert line.strip().startswith("the contents list §§ 36–41, which the file does not hold")
    (row,) = json.loads(CliRunner().invoke(cli, ["sources", "--json", "--db", db]).stdout)
    assert row["file"] == PARTIAL.name and any("§§ 36–41" in p for p in row["problems"])
