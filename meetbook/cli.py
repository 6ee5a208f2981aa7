"""The command line: each command opens the register, calls one library function, prints.

Heavy libraries (pdfplumber, spaCy) are imported only inside the commands that need them, so
`meetbook --help` answers at once.
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from meetbook.errors import MeetbookError


def db_option(fn):
    return click.option("--db", "db_path", default="register.db", show_default=True,
                        type=click.Path(dir_okay=False), help="The register (SQLite file).")(fn)


def json_option(fn):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(fn)


def one_line_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except MeetbookError as e:
            raise click.ClickException(str(e)) from e
    return wrapper


def _open(db_path: str, readonly: bool = False):
    from meetbook.register import open_register

    if readonly and not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no register here (run meetbook import first)")
    return open_register(db_path)


def _print_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="meetbook")
def cli():
    """meetbook: Swedish municipal meeting documents into a searchable decision register."""


@cli.command("import")
@click.argument("files", nargs=-1, required=True)
@db_option
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="OCR pages without a text layer.")
@click.option("--max-pages", type=int, default=None, help="Refuse files with more pages.")
@click.option("--max-bytes", type=int, default=None, help="Refuse larger files.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@one_line_errors
def import_cmd(files, db_path, ocr, max_pages, max_bytes, quiet):
    """Parse each PDF and record it; one transaction per file."""
    from meetbook.importer import import_files

    db = _open(db_path)
    show = not quiet and sys.stderr.isatty() and len(files) > 1
    with click.progressbar(length=len(files), label="Importing", file=sys.stderr) if show \
            else _nullbar() as bar:
        summary = import_files(db, files, ocr, max_pages, max_bytes, lambda _: bar.update(1))
    for line in summary.notices:
        click.echo(line, err=True)
    for problem in summary.problems:
        click.echo(problem, err=True)
    if not quiet:
        click.echo(f"{summary.files} files: {summary.inserted} new, {summary.unchanged} unchanged, "
                   f"{len(summary.problems)} failed; new: {summary.meetings} meetings, "
                   f"{summary.items} items, {summary.decisions} decisions, {summary.programs} "
                   f"programs, {summary.reports} reports")
    if summary.problems:
        sys.exit(1)


class _nullbar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        pass


@cli.command()
@db_option
@click.option("--source", help="Only what one imported file gave (name, path or sha256).")
@click.option("--dnr", help="Only one case, by diarienummer in any spelling.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
              show_default=True)
@one_line_errors
def export(db_path, source, dnr, fmt):
    """Print what the register holds, in the shape of CONTRACT.md."""
    from meetbook.register.export import export as do_export
    from meetbook.register.export import to_csv

    data = do_export(_open(db_path, readonly=True), source, dnr)
    click.echo(to_csv(data) if fmt == "csv" else json.dumps(data, ensure_ascii=False, indent=1),
               nl=fmt != "csv")


@cli.command()
@db_option
@click.option("--dnr")
@click.option("--party")
@click.option("--person")
@click.option("--text", help="Words, ignoring case and diacritics.")
@click.option("--body")
@click.option("--from", "date_from", help="YYYY-MM-DD")
@click.option("--to", "date_to", help="YYYY-MM-DD")
@json_option
@one_line_errors
def search(db_path, dnr, party, person, text, body, date_from, date_to, as_json):
    """Find decisions; the criteria combine with AND."""
    from meetbook.register import query

    rows = query.search(_open(db_path, readonly=True), dnr, party, person, text, body,
                        date_from, date_to)
    if as_json:
        _print_json(rows)
        return
    from meetbook import render

    click.echo(render.search_table(rows))


@cli.command()
@click.argument("dnr")
@db_option
@json_option
@one_line_errors
def show(dnr, db_path, as_json):
    """One case's history across bodies and meetings, oldest first."""
    from meetbook import render
    from meetbook.register import query

    history = query.case_history(_open(db_path, readonly=True), dnr)
    if not history["steps"]:
        raise click.ClickException(f"{dnr}: no such case in the register")
    _print_json(history) if as_json else click.echo(render.history(history))


@cli.command()
@click.argument("ident")
@db_option
@json_option
@one_line_errors
def trace(ident, db_path, as_json):
    """How an uppdrag was handled: a tilläggsuppdrag (2022:3), an uppdrag id, or the decision
    that gave it as people write it ("KS 2018-05-23 § 492", "KF 2024-03-21 § 109 punkt 21")."""
    from meetbook import render
    from meetbook.register import query

    found = query.trace(_open(db_path, readonly=True), ident)
    if not found["events"]:
        raise click.ClickException(f"{ident}: nothing in the register issues or cites it")
    _print_json(found) if as_json else click.echo(
        render.trail(ident, found["assignments"], found["events"]))


def _status(ctx, param, value):
    """A status however it is typed: "öppet", "oppet", "Fullgjort"."""
    from meetbook.register.trail import STATUSES
    from meetbook.text import fold

    if value is None:
        return None
    found = next((s for s in STATUSES if fold(s) == fold(value)), None)
    if found is None:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(STATUSES)}")
    return found


@cli.command()
@db_option
@click.option("--status", callback=_status, metavar="öppet|redovisat|fullgjort|upphävt",
              help="Only uppdrag with this status.")
@click.option("--assignee", help="Only uppdrag to this nämnd, bolag or official.")
@click.option("--body", help="Only uppdrag given by this body (KF, kommunstyrelsen …).")
@json_option
@one_line_errors
def assignments(db_path, status, assignee, body, as_json):
    """Every uppdrag the register knows, with its status, due date and what became of it."""
    from meetbook import render
    from meetbook.register import trail

    rows = trail.assignments(_open(db_path, readonly=True), status, assignee, body)
    _print_json(rows) if as_json else click.echo(render.assignments(rows))


@cli.command()
@db_option
@click.option("--party")
@click.option("--person")
@json_option
@one_line_errors
def positions(db_path, party, person, as_json):
    """A party's or person's yrkanden, votes and reservations, per case."""
    from meetbook import render
    from meetbook.register import query

    if not party and not person:
        raise click.UsageError("give --party or --person")
    rows = query.positions(_open(db_path, readonly=True), party, person)
    _print_json(rows) if as_json else click.echo(render.positions(rows))


@cli.command()
@db_option
@click.option("--evaluate", type=click.Path(exists=True, dir_okay=False),
              help="A gold file (JSON lines) to score the links against.")
@one_line_errors
def link(db_path, evaluate):
    """Recompute the links of every decision to the programs the register holds."""
    from meetbook.link.relink import relink_all

    db = _open(db_path)
    n = relink_all(db)
    click.echo(f"{n} decisions linked")
    if evaluate:
        from meetbook.link.evaluate import evaluate as score_links

        scores = score_links(db, evaluate)
        click.echo(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                            for k, v in scores.items()))


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@one_line_errors
def serve(db_path, host, port):
    """Browse and search the register in a web browser (read-only)."""
    from meetbook import web

    _open(db_path).close()
    web.serve(db_path, host, port)


def main() -> None:
    cli(prog_name="meetbook")
