"""A case paper imported on its own (a tjänsteskrivelse, tjänsteutlåtande or beslutsunderlag):
an item with the förslag of the body it is addressed to, found by its case number beside the
protokoll that later decides it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from meetbook.assemble.items import case_paper_items
from meetbook.cli import cli
from meetbook.model import DecisionKind, DocumentKind, FileKind
from meetbook.segment.cover import addressed_body, classify, cover
from tests.pagemaker import line, page, row, text_page

TEMPLATES = Path(__file__).parent / "templates"
PAPER = TEMPLATES / "norrvalla-bn-2026-03-27-tjansteskrivelse.pdf"
PROTOCOL = TEMPLATES / "norrvalla-bn-2026-04-15-protokoll.pdf"


def _paper():
    head = (row(37, (75.0, "EXEMPELBY KOMMUN"), (400.0, "TJÄNSTESKRIVELSE")),
            row(54, (75.0, "Miljöförvaltningen"), (300.0, "Datum"), (400.0, "Diarienummer")),
            row(65, (75.0, "Tillsynsenheten"), (300.0, "2026-02-03"), (400.0, "MN 2026/12")))
    return page(line("Till Miljönämnden", 94, x=333.0),
                line("Avgift för tillsyn av cisterner", 150, bold=True, size=14),
                line("Förslag till beslut", 180, bold=True, size=11),
                line("1. Avgiften för tillsyn av en cistern fastställs till 1 200 kronor.", 198),
                line("2. Avgiften gäller från och med den 1 april 2026.", 212),
                line("Sammanfattning", 240, bold=True, size=11),
                line("Förvaltningen har sett över avgifterna för tillsyn.", 256),
                line("Anna Ek", 300), header=head)


def test_a_case_paper_on_its_own_is_a_file_of_its_own_kind():
    assert classify([_paper()]) == FileKind.TJANSTESKRIVELSE
    minutes = text_page("Tjänsteskrivelse och protokoll\n**§ 12 Budget**\nText.")
    assert classify([minutes]) != FileKind.TJANSTESKRIVELSE


@pytest.mark.parametrize("text, body", [
    ("Förslag till beslut i Byggnadsnämnden", "Byggnadsnämnden"),
    ("Till Byggnadsnämnden", "Byggnadsnämnden"),
    ("Mottagare: Tekniska nämnden", "Tekniska nämnden"),
    ("Socialnämnden föreslås besluta", "Socialnämnden"),
    ("tekniska nämnden beslutar", "Tekniska nämnden"),
    ("Socialnämnden antar riktlinjer för försörjningsstöd enligt bilaga.", "Socialnämnden"),
])
def test_the_body_a_case_paper_is_addressed_to(text, body):
    assert addressed_body([line("Handläggare: Johan Eld", 60), line(text, 80)]) == body


def test_its_item_is_the_proposal_of_that_body_before_any_meeting():
    p = _paper()
    c = cover([p], FileKind.TJANSTESKRIVELSE)
    assert (c.municipality, c.body, c.date) == ("Exempelby kommun", "Miljönämnden", None)
    (item,) = case_paper_items([p], c)
    assert (item.number, item.title, item.dnr) == (
        None, "Avgift för tillsyn av cisterner", ("MN-2026/00012",))
    (doc,) = item.documents
    assert (doc.kind, doc.date) == (DocumentKind.TJANSTESKRIVELSE, "2026-02-03")
    (d,) = item.decisions
    assert (d.kind, d.body, d.date, d.paragraph) == (DecisionKind.FORSLAG, "Miljönämnden", None, None)
    assert [c.number for c in d.clauses] == [1, 2]
    assert "Sammanfattning" not in d.text and [a.value for a in d.amounts] == [1200]


def test_the_administration_s_proposal_that_the_body_is_proposed_to_decide():
    p = page(line("Sundby kommun", 40), line("Beslutsunderlag", 60, bold=True, size=14),
             line("Datum: 2026-05-04", 80), line("Dnr: KS 2026/00123", 94),
             line("Ny avfallsplan för Sundby 2027–2030", 130, bold=True, size=13),
             line("Förvaltningens förslag till beslut", 160, bold=True),
             line("Kommunstyrelsen föreslås besluta att", 176),
             line("att anta avfallsplanen för 2027–2030,", 190),
             line("att ge förvaltningen i uppdrag att följa upp planen årligen.", 204),
             line("Bakgrund", 230, bold=True), line("Planen ersätter den gamla.", 246),
             line("Beslutet skickas till", 270, bold=True), line("Miljöförvaltningen", 284))
    assert classify([p]) == FileKind.TJANSTESKRIVELSE
    c = cover([p], FileKind.TJANSTESKRIVELSE)
    (item,) = case_paper_items([p], c)
    assert (item.title, item.dnr, item.documents[0].date) == (
        "Ny avfallsplan för Sundby 2027–2030", ("KS-2026/00123",), "2026-05-04")
    (d,) = item.decisions
    assert (d.kind, d.body) == (DecisionKind.FORSLAG, "Kommunstyrelsen")
    assert [cl.text for cl in d.clauses] == [
        "att anta avfallsplanen för 2027–2030,",
        "att ge förvaltningen i uppdrag att följa upp planen årligen."]


HEADS = ["TJÄNSTESKRIVELSE", "Datum", "Diarienummer", "Förslag till beslut", "Till", "Mottagare:",
         "Förslag till beslut i Byggnadsnämnden", "Sammanfattning", "Beslutsunderlag", "1.",
         "att", "BN 2026/45", "2026-03-27", "Byggnadsnämnden beslutar", "Beslutet skickas till"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(HEADS), st.text(max_size=30), st.booleans()),
                min_size=1, max_size=25))
def test_any_case_paper_is_read_without_crashing(parts):
    lines = [line(f"{head} {tail}".strip() or "x", 60 + 14 * k, bold=bold)
             for k, (head, tail, bold) in enumerate(parts)]
    p = page(*lines)
    c = cover([p], FileKind.TJANSTESKRIVELSE)
    (item,) = case_paper_items([p], c)
    assert item.number is None and all(d.kind == DecisionKind.FORSLAG for d in item.decisions)


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    if not (PAPER.exists() and PROTOCOL.exists()):
        pytest.skip("the template documents are not here")
    db = str(tmp_path_factory.mktemp("case") / "register.db")
    result = CliRunner().invoke(cli, ["import", str(PAPER), str(PROTOCOL), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def test_show_finds_the_paper_beside_the_protocol_that_decides_it(register):
    result = CliRunner().invoke(cli, ["show", "Bn 45/2026", "--db", register, "--json"])
    assert result.exit_code == 0, result.output
    steps = json.loads(result.stdout)["steps"]
    assert [(s["kind"], s["body"], s["date"], s["paragraph"], s["file"]) for s in steps] == [
        ("förslag", "Byggnadsnämnden", None, None, PAPER.name),
        ("beslut", "Byggnadsnämnden", "2026-04-15", 32, PROTOCOL.name)]
    assert steps[0]["paper_date"] == "2026-03-27"


def test_the_paper_is_a_source_of_its_own_kind(register):
    data = json.loads(CliRunner().invoke(cli, ["export", "--db", register,
                                               "--source", PAPER.name]).stdout)
    (meeting,) = data["meetings"]
    assert (meeting["body"], meeting["date"], meeting["problems"]) == ("Byggnadsnämnden", None, [])
    (item,) = meeting["items"]
    assert item["number"] is None and item["dnr"] == ["BN-2026/00045"]


def test_show_puts_the_paper_first_whichever_file_came_first(tmp_path):
    paper = TEMPLATES / "vintersund-tn-2026-03-30-tjansteutlatande.pdf"
    protocol = TEMPLATES / "vintersund-tn-2026-04-14-protokoll.pdf"
    if not (paper.exists() and protocol.exists()):
        pytest.skip("the template documents are not here")
    db = str(tmp_path / "register.db")
    result = CliRunner().invoke(cli, ["import", str(protocol), str(paper), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(cli, ["show", "TN 118/2026", "--db", db]).stdout
    steps = [ln for ln in out.splitlines() if "  [" in ln]
    assert steps == [
        f"(2026-03-30, paper)  Tekniska nämnden — förslag  [{paper.name} p. 1]",
        f"2026-04-14  Tekniska nämnden § 50 — beslut  [{protocol.name} p. 4]"]


def test_search_names_the_paper_by_its_title_alone(register):
    result = CliRunner().invoke(cli, ["search", "--dnr", "BN 2026/45", "--db", register])
    assert result.exit_code == 0, result.output
    assert "None" not in result.stdout
    # the line under the proposal's is its item's: the title, no number before it
    lines = result.stdout.splitlines()
    (k,) = [k for k, ln in enumerate(lines) if ln.rstrip().endswith("förslag")]
    assert lines[k + 1].strip().startswith("Föreläggande med vite att åtgärda brister")
