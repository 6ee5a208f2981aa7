"""The command line: each command opens the register, calls one library function, prints.

Heavy libraries (pdfplumber, spaCy, Datasette) are imported only inside the commands that need
them, so `meetbook --help` answers at once. Whatever goes wrong ends in one line on stderr:
exit 2 for bad usage, 1 for a file, register or query that failed, never a traceback
(MEETBOOK_DEBUG=1 shows one for an unexpected error).
"""
from __future__ import annotations

import functools
import json
import os
import sys
from typing import NoReturn

import click

from meetbook.errors import MeetbookError
from meetbook.worker import MEMORY_MB

SEARCH_LIMIT = 50
# what --limit 0 ("all") asks the library for
ALL = 10**9


class MeetbookGroup(click.Group):
    """A click group whose every error is one line on stderr."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as e:
            hint = f" (see '{e.ctx.command_path} --help')" if e.ctx else ""
            _fail(f"Error: {e.format_message()}{hint}", e.exit_code)
        except click.ClickException as e:
            _fail(f"Error: {e.format_message()}", e.exit_code)
        except MeetbookError as e:
            _fail(f"Error: {e}", 1)
        except click.Abort:
            _fail("Aborted.", 1)
        except KeyboardInterrupt:
            _fail("Interrupted.", 130)
        except BrokenPipeError:  # `meetbook search | head`: the reader has gone
            _quiet_stdout()
            sys.exit(1)
        except Exception as e:
            if os.environ.get("MEETBOOK_DEBUG"):
                raise
            _fail(f"Error: unexpected {type(e).__name__}: {e} (MEETBOOK_DEBUG=1 shows where)", 1)
        sys.exit(rv if isinstance(rv, int) else 0)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(" ".join(message.split()), err=True)
    sys.exit(code)


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def db_option(fn):
    return click.option("--db", "db_path", default="register.db", show_default=True,
                        metavar="PATH", help="The register (SQLite file).")(fn)


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
    """The register: read-only for the commands that only read (it must exist then)."""
    from meetbook import pattern_cache

    pattern_cache.seed("command")  # before the register's modules compile theirs
    from meetbook.register import open_register

    return open_register(db_path, readonly=readonly)


def _print_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _date(ctx, param, value: str | None) -> str | None:
    """A --from/--to date as YYYY-MM-DD; bad usage when it is no date."""
    from meetbook.register.terms import read_date

    if value is None:
        return None
    try:
        return read_date(value)
    except ValueError as e:
        raise click.BadParameter(str(e), ctx, param) from None


@click.group(cls=MeetbookGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="meetbook")
def cli():
    """meetbook: Swedish municipal meeting documents into a searchable decision register."""


@cli.command("import")
@click.argument("files", nargs=-1, required=True)
@db_option
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="OCR pages without a text layer.")
@click.option("--replace", is_flag=True,
              help="A file that covers §§ of a meeting a file of the same kind holds replaces "
                   "that file (without it, both are kept and the overlap is reported).")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Refuse files with more pages (default 5000).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Refuse larger files (default 200 MB).")
@click.option("--max-seconds", type=click.IntRange(min=1), default=None,
              help="Time the reading of one file may take (default 30 s, plus 5 s of processor "
                   "time a page, OCR included, or 15 s of wall time a page on a busy machine).")
@click.option("--max-memory", type=click.IntRange(min=1), default=MEMORY_MB, show_default=True,
              metavar="MB", help="Memory the reading of one file may take.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Files read at once (default: one per core, at most 4).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option("--verbose", "-v", is_flag=True,
              help="Show the readers' own output and the details of each failure.")
@json_option
@one_line_errors
def import_cmd(files, db_path, ocr, replace, max_pages, max_bytes, max_seconds, max_memory,
               jobs, quiet, verbose, as_json):
    """Parse each PDF and record it; one transaction per file.

    A file that cannot be read is one line on stderr naming it; the other files are imported
    and the exit status is 1."""
    from meetbook.importer import ImportOptions, StartedImport
    from meetbook.worker import Budget

    options = ImportOptions(ocr=ocr, max_pages=max_pages, max_bytes=max_bytes,
                            budget=Budget(seconds=max_seconds, memory_mb=max_memory), jobs=jobs,
                            replace=replace, verbose=verbose)
    # the files begin to be read while the register opens
    with StartedImport(files, options, register=db_path) as started:
        db = _open(db_path)
        show = not quiet and not as_json and sys.stderr.isatty() and len(files) > 1
        with click.progressbar(length=len(files), label="Importing", file=sys.stderr) if show \
                else _nullbar() as bar:
            summary = started.finish(db, lambda _: bar.update(1))
    for line in summary.notices:
        click.echo(line, err=True)
    for failure in summary.failures:
        click.echo(failure.message, err=True)
        if verbose and failure.detail:
            click.echo(failure.detail.rstrip(), err=True)
    if as_json:
        _print_json(summary.as_dict())
    elif not quiet:
        replaced = f", {summary.replaced} replaced" if summary.replaced else ""
        click.echo(f"{summary.files} files: {summary.inserted} new, {summary.unchanged} unchanged, "
                   f"{summary.failed} failed{replaced}; new: {summary.meetings} meetings, "
                   f"{summary.items} items, {summary.decisions} decisions, {summary.programs} "
                   f"programs, {summary.reports} reports")
    if summary.failures:
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
@json_option
@one_line_errors
def sources(db_path, as_json):
    """One row per imported file: name, sha256, kind, pages, what it brought, problems."""
    from meetbook import render
    from meetbook.register.sources import sources as list_sources

    rows = list_sources(_open(db_path, readonly=True))
    _print_json(rows) if as_json else click.echo(render.sources_table(rows))


@cli.command()
@click.argument("source")
@db_option
@json_option
@one_line_errors
def remove(source, db_path, as_json):
    """Take out everything one imported file brought, in one transaction.

    SOURCE is the file's name, its path, its sha256 (or the start of it, as `sources` shows
    it) or the file itself."""
    from meetbook.importer import remove_source

    _open(db_path, readonly=True).close()  # a register that exists, or one line saying why
    removed = remove_source(_open(db_path), source)
    src, rows = removed.source, removed.rows
    if as_json:
        _print_json({"source": src, "removed": rows})
    else:
        click.echo(f"removed {src['file']} (sha256 {src['sha256'][:12]}): {src['meetings']} "
                   f"meetings, {src['items']} items, {src['decisions']} decisions, "
                   f"{src['programs']} programs, {src['reports']} reports")
    for failure in removed.failures:
        click.echo(failure.message, err=True)
    if removed.failures:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--source", help="Only what one imported file gave (name, path or sha256).")
@click.option("--dnr", help="Only one case, by diarienummer in any spelling.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
              show_default=True)
@click.option("--json", "as_json", is_flag=True, help="The same as --format json.")
@one_line_errors
def export(db_path, source, dnr, fmt, as_json):
    """Print what the register holds, in the shape of CONTRACT.md."""
    from meetbook.register.export import export as do_export
    from meetbook.register.export import to_csv

    data = do_export(_open(db_path, readonly=True), source, dnr)
    fmt = "json" if as_json else fmt
    click.echo(to_csv(data) if fmt == "csv" else json.dumps(data, ensure_ascii=False, indent=1),
               nl=fmt != "csv")


@cli.command()
@db_option
@click.option("--dnr", help="A diarienummer in any spelling: KS 2025/667, 667/2025, 2025/667.")
@click.option("--party", help="A party as printed: S, M, SD …")
@click.option("--person", help="A name; also finds who attended or was jävig.")
@click.option("--text", help="Words, ignoring case and diacritics.")
@click.option("--body", help="Part of a body's name, ignoring case and diacritics.")
@click.option("--from", "date_from", callback=_date, metavar="DATE",
              help="From this date: YYYY-MM-DD or d.m.yyyy.")
@click.option("--to", "date_to", callback=_date, metavar="DATE",
              help="Up to this date: YYYY-MM-DD or d.m.yyyy.")
@click.option("--limit", type=click.IntRange(min=0), default=SEARCH_LIMIT, show_default=True,
              help="At most this many decisions; 0 for all.")
@json_option
@one_line_errors
def search(db_path, dnr, party, person, text, body, date_from, date_to, limit, as_json):
    """Find decisions, newest first; the criteria combine with AND."""
    from meetbook.register.search import Criteria, search_page
    from meetbook.register.terms import words

    if text is not None and not words(text):
        click.echo(f"--text {text!r} has no words to search for", err=True)
    criteria = Criteria(dnr, party, person, text, body, date_from, date_to)
    page = search_page(_open(db_path, readonly=True), criteria, limit or ALL)
    if as_json:
        _print_json(page.rows)
    else:
        from meetbook import render

        click.echo(render.search_table(page.rows))
    if page.more:
        click.echo(render_more(page, limit), err=True)


def render_more(page, limit: int) -> str:
    if page.more_capped:
        return f"more than {page.more} more; narrow the search or raise --limit"
    return f"{page.more} more, use --limit {limit + page.more} to see them"


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
@json_option
@one_line_errors
def link(db_path, evaluate, as_json):
    """Recompute the links of every decision to the programs the register holds."""
    from meetbook.link.relink import relink_all

    db = _open(db_path)
    result: dict = {"decisions": relink_all(db)}
    if evaluate:
        from meetbook.link.evaluate import evaluate as score_links

        result["scores"] = score_links(db, evaluate)
    if as_json:
        _print_json(result)
        return
    click.echo(f"{result['decisions']} decisions linked")
    if evaluate:
        click.echo(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                            for k, v in result["scores"].items()))


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-download", is_flag=True,
              help="Offer the whole register as a file (a consistent copy) at /<name>.db.")
@one_line_errors
def serve(db_path, host, port, allow_download):
    """Browse and search the register in a web browser (read-only)."""
    from meetbook.serve import serve as do_serve

    do_serve(db_path, host, port, allow_download, lambda line: click.echo(line, err=True))


def main() -> None:
    cli(prog_name="meetbook")
