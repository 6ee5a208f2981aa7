"""Import: file → pages → parse (in a worker of its own) → one transaction → link work.

Each file is parsed in isolation within a budget (`meetbook.worker`): whatever goes wrong with
one file is one line naming it, and the batch goes on. Each file is recorded in one
transaction, together with a note of the link work it makes; that work is done after the
batch, and whatever a killed import left undone is done by the next one.
"""
from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import stat
import traceback
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetbook import errors
from meetbook.model import FileKind, Meeting, ParsedFile
from meetbook.pdf.pages import Page
from meetbook.worker import Budget, Failure, Parses, describe

if TYPE_CHECKING:
    from meetbook.register.write import Written

log = logging.getLogger(__name__)

MAX_JOBS = 4


@dataclass(frozen=True)
class ImportOptions:
    """How files are read and recorded.

    ocr: auto | always | never; max_pages, max_bytes: refuse larger files (None: the reader's
    limits); budget: the wall time and memory of each file's parse; jobs: files parsed at once
    (None: one per core, at most MAX_JOBS); replace: a file that covers §§ a file of the same
    kind holds replaces that file; verbose: workers' output and failures' tracebacks kept."""

    ocr: str = "auto"
    max_pages: int | None = None
    max_bytes: int | None = None
    budget: Budget = field(default_factory=Budget)
    jobs: int | None = None
    replace: bool = False
    verbose: bool = False


@dataclass
class ImportSummary:
    files: int = 0
    inserted: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    meetings: int = 0
    items: int = 0
    decisions: int = 0
    programs: int = 0
    reports: int = 0
    failures: list[Failure] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """One line per file that failed (and per link pass that did)."""
        return [f.message for f in self.failures]

    def as_dict(self) -> dict:
        """The counts, and one line per problem and per notice (as `import --json` prints)."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "failures"}
        return {**out, "problems": self.problems}

    def fail(self, failure: Failure, a_file: bool = True) -> None:
        """A file that failed, or (not a_file) a link pass that did."""
        self.files += a_file
        self.failed += a_file
        self.failures.append(failure)

    def took_out(self, path: str, replaced: Sequence[dict]) -> None:
        """The files the file at path replaced."""
        self.replaced += len(replaced)
        self.notices += [f"{path}: replaces {r['file']} (sha256 {r['sha256'][:12]})"
                         for r in replaced]

    def add(self, parsed: ParsedFile, written: Written) -> None:
        self.files += 1
        if written.status == "noop":
            self.unchanged += 1
            return
        self.inserted += 1
        self.took_out(parsed.path, written.replaced)
        self.notices += [f"{parsed.path}: {p}" for p in parsed.problems]
        self.meetings += len(parsed.meetings)
        self.items += sum(len(m.items) for m in parsed.meetings)
        self.decisions += sum(len(i.decisions) for m in parsed.meetings for i in m.items)
        self.programs += len(parsed.programs)
        self.reports += len(parsed.reports)
        name = Path(parsed.path).name
        self.notices += [f"{parsed.path}: covers {o.said()}, which {o.file} already holds; both "
                         f"are kept (import {name} with --replace to replace {o.file})"
                         for o in written.overlaps]


def parse_pages(pages: Sequence[Page], path: str, sha256: str, ocr: bool = False) -> ParsedFile:
    """Everything meetbook reads from one file's pages."""
    from meetbook import program
    from meetbook.pdf.ocr import infer_headings
    from meetbook.segment.cover import classify

    if program.looks_like_program(pages):
        parsed = replace(program.parse_program(pages), anslag=tuple(program.parse_anslag(pages)))
        return ParsedFile(path, sha256, len(pages), FileKind.PROGRAM, programs=(parsed,), ocr=ocr)
    if program.looks_like_report(pages):
        return ParsedFile(path, sha256, len(pages), FileKind.UPPFOLJNING,
                          reports=(program.parse_report(pages),), ocr=ocr)
    pages = infer_headings(pages)
    kind = classify(pages)
    meetings = _meetings(pages, kind)
    fallback: tuple[str, ...] = ()
    if not any(m.items for m in meetings):
        kind, meetings, fallback = _by_general_shape(pages, path)
    return ParsedFile(path, sha256, len(pages), kind, meetings=tuple(meetings), ocr=ocr,
                      problems=fallback + tuple(str(p) for m in meetings for p in m.problems))


GENERAL_SHAPE = ("no § heading in a layout meetbook knows: the §§ were read by their general "
                 "shape (a § mark, \"Paragraf n\" or \"Ärende n\" at the left, in any type)")


def _by_general_shape(pages: Sequence[Page], path: str) -> tuple[FileKind, list[Meeting],
                                                                  tuple[str, ...]]:
    """Where the strict readers find no item, the §§ read by their general shape before the
    file is refused, with a problem saying so (`paragraph_layouts.general_shape`)."""
    from meetbook.segment.cover import classify
    from meetbook.segment.paragraph_layouts import general_shape

    with general_shape():
        kind = classify(pages)
        meetings = _meetings(pages, kind)
    if not any(m.items for m in meetings):
        raise errors.NotRecognised(path, "no agenda items or protocol paragraphs found")
    return kind, meetings, (GENERAL_SHAPE,)


def _meetings(pages: Sequence[Page], kind: FileKind) -> list[Meeting]:
    """One meeting per meeting the file documents; a meeting repeated in the file is one."""
    from meetbook.parse import parse_meeting
    from meetbook.segment.cover import parts

    out: list[Meeting] = []
    split = kind in (FileKind.MOTESBOK, FileKind.KALLELSE)
    for part in parts(pages) if split else [list(pages)]:
        m = parse_meeting(part, kind)
        if any((o.municipality, o.body, o.date) == (m.municipality, m.body, m.date) and
               [i.number for i in o.items] == [i.number for i in m.items] for o in out):
            continue
        out.append(m)
    return out


def read_and_parse(path: str, ocr: str = "auto", max_pages: int | None = None,
                   max_bytes: int | None = None, jobs: int | None = None) -> ParsedFile:
    """The parsed file at path, read in this process (`import_files` runs it in a worker);
    jobs: processes reading its pages (None: the reader decides)."""
    from meetbook.pdf import read_pdf, sha256_of

    p = Path(path)
    if not p.is_file():
        raise errors.NotFound(path)
    sha = sha256_of(p)
    # the parser is loaded (where it was not yet) while other processes begin to read pages
    pages = read_pdf(p, max_pages=max_pages, max_bytes=max_bytes, ocr=ocr, jobs=jobs,
                     meanwhile=load_parser)
    if not any(pg.body for pg in pages):
        raise errors.NoText(path)
    return parse_pages(pages, str(p), sha, ocr=any(pg.ocr for pg in pages))


def import_files(db, paths: Sequence[str], options: ImportOptions | None = None,
                 progress: Callable[[str], None] | None = None) -> ImportSummary:
    """Import each file in its own transaction; bad files are reported, the others land.

    Files are parsed in workers (one per core) and recorded one at a time, in the order
    given; then the link work they made, and any a killed import left, is done."""
    return _import(db, _fingerprints(paths), options or ImportOptions(), progress, _parse_each)


class StartedImport:
    """An import begun before its register is opened (the command's way): the files are
    fingerprinted and the first workers read those the register does not seem to hold while
    the register opens (sqlite-utils, the migrations: a third of a second); `finish` records
    them as `import_files` does, deciding on the opened register. Used as a context manager:
    no worker outlives it."""

    def __init__(self, paths: Sequence[str], options: ImportOptions | None = None,
                 register: str | Path | None = None):
        from meetbook.register.peek import held_files

        self.options = options or ImportOptions()
        self.prints = _fingerprints(paths)
        firsts = {sha: path for path, sha in reversed(self.prints) if isinstance(sha, str)}
        held = held_files(register, firsts) if register is not None else set()
        self.guessed = [path for path, sha in self.prints
                        if isinstance(sha, str) and firsts[sha] == path and sha not in held]
        self.parses = _parses(self.guessed, self.options) if self.guessed else None
        try:
            if self.parses is not None:
                self.parses.start()
        except BaseException:
            self.close()
            raise

    def finish(self, db, progress: Callable[[str], None] | None = None) -> ImportSummary:
        """The files recorded in the opened register db, as `import_files` records them."""
        return _import(db, self.prints, self.options, progress, self._parse_each)

    def _parse_each(self, paths: Sequence[str], options: ImportOptions
                    ) -> Generator[tuple[str, Any], None, None]:
        """The begun parses of paths where paths are among those begun (the others dropped);
        else those begun stopped and paths parsed afresh."""
        wanted = set(paths)
        if self.parses is None or not wanted <= set(self.guessed):
            self.close()
            yield from _parse_each(paths, options)
            return
        for index, path in enumerate(self.guessed):
            if path not in wanted:
                self.parses.drop(index)
        yield from self.parses

    def close(self) -> None:
        if self.parses is not None:
            self.parses.close()
            self.parses = None

    def __enter__(self) -> StartedImport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fingerprints(paths: Sequence[str]) -> list[tuple[str, str | errors.BadInput]]:
    """(path, its sha256 or why it cannot be read) for each path."""
    out: list[tuple[str, str | errors.BadInput]] = []
    for path in paths:
        try:
            out.append((path, fingerprint(path)))
        except errors.BadInput as e:
            out.append((path, e))
    return out


def _import(db, prints: Sequence[tuple[str, str | errors.BadInput]], options: ImportOptions,
            progress: Callable[[str], None] | None,
            parse_each: Callable[[Sequence[str], ImportOptions], Any]) -> ImportSummary:
    from meetbook.register import write

    summary = ImportSummary()
    todo: list[str] = []
    seen: set[str] = set()
    for path, sha in prints:
        if isinstance(sha, errors.BadInput):
            summary.fail(Failure(path, str(sha)))
        elif sha in seen or write.has_file(db, sha):
            summary.files += 1
            summary.unchanged += 1
            if options.replace and sha not in seen:
                _replace_covered(db, path, sha, summary)
        else:
            seen.add(sha)
            todo.append(path)
            continue
        if progress:
            progress(path)
    with contextlib.closing(parse_each(todo, options)) as parsed_files:  # no worker outlives it
        for path, outcome in parsed_files:
            if isinstance(outcome, Failure):
                summary.fail(outcome)
            else:
                _record(db, outcome, options.replace, summary)
            if progress:
                progress(path)
    for failure in complete_link_work(db):
        summary.fail(failure, a_file=False)
    write.checkpoint(db)
    return summary


def fingerprint(path: str) -> str:
    """The sha256 of the file at path; a BadInput when it is no readable regular file."""
    from meetbook.pdf import sha256_of

    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise errors.NotAFile(path, "a directory")
        if not stat.S_ISREG(mode):
            raise errors.NotAFile(path, "a FIFO, device or socket")
        return sha256_of(path)
    except FileNotFoundError as e:
        raise errors.NotFound(path) from e
    except PermissionError as e:
        raise errors.NoAccess(path) from e
    except OSError as e:  # a symbolic-link loop, a name too long, an I/O error
        if e.errno == errno.ELOOP:
            raise errors.NotAFile(path, "a symbolic link loop") from e
        raise errors.BadInput(path, e.strerror or type(e).__name__) from e


def _parse_each(paths: Sequence[str], options: ImportOptions
                ) -> Generator[tuple[str, Any], None, None]:
    """(path, parsed file or Failure) for each path, in order, each in a worker of its own."""
    if not paths:
        return
    with _parses(paths, options) as parses:
        yield from parses


def _parses(paths: Sequence[str], options: ImportOptions) -> Parses:
    """The parses of the files at paths, not yet begun, with what their workers share loaded."""
    jobs = options.jobs or min(len(paths), os.cpu_count() or 1, MAX_JOBS)
    load_reader()
    if len(paths) > 1:  # loaded once here, not once per worker
        load_parser()
    # files read side by side read their pages one process each; a file read alone may have
    # its pages read in parallel, as the reader finds it pays
    pages_jobs = 1 if min(jobs, len(paths)) > 1 else None
    parse = functools.partial(read_and_parse, ocr=options.ocr, max_pages=options.max_pages,
                              max_bytes=options.max_bytes, jobs=pages_jobs)
    return Parses(paths, parse, options.budget, jobs, count_pages=page_count,
                  verbose=options.verbose)


def load_reader() -> None:
    """The reader's modules loaded here, once: each forked worker starts with them."""
    from meetbook.pdf import fast, reader  # noqa: F401

    fast.preload()


def load_parser() -> None:
    """The parser's modules: loaded before the workers are forked when there are several
    files, else in the one worker while its page readers begin. Their patterns come compiled
    from the cache `make setup` wrote, where it did (compiling them takes most of a second)."""
    from meetbook import pattern_cache

    pattern_cache.seed("parser")
    from meetbook import parse, program  # noqa: F401
    from meetbook.pdf import ocr  # noqa: F401
    from meetbook.segment import cover  # noqa: F401


def page_count(path: str) -> int | None:
    """The number of pages the file declares (its page tree only, no page is read)."""
    from meetbook.pdf import fast

    doc = fast.open_document(path)
    try:
        return len(doc)
    finally:
        doc.close()


def _replace_covered(db, path: str, sha: str, summary: ImportSummary) -> None:
    """A file the register holds replaces the files whose §§ it covers (import --replace of a
    file imported before, when both were kept)."""
    from meetbook.register import write

    try:
        replaced = write.replace_covered(db, sha)
    except Exception as e:  # a locked or read-only register: this file only
        summary.fail(Failure(path, describe(path, e), traceback.format_exc()), a_file=False)
        return
    summary.took_out(path, replaced)


def _record(db, parsed: ParsedFile, replace_older: bool, summary: ImportSummary) -> None:
    from meetbook.register import write

    try:
        written = write.write_file(db, parsed, replace_older=replace_older)
    except Exception as e:  # a locked or read-only register, a full disk: this file only
        summary.fail(Failure(parsed.path, describe(parsed.path, e), traceback.format_exc()))
        return
    summary.add(parsed, written)


def complete_link_work(db) -> list[Failure]:
    """Link the decisions of every municipality whose decisions or programs changed since they
    were last linked, also where a killed import left that undone; what could not be done."""
    from meetbook.link import relink
    from meetbook.register import write

    failed = []
    for municipality, restore, version in write.link_work(db):
        try:
            relink.relink(db, municipality, restore=restore)
            write.link_work_done(db, municipality, version)
        except Exception as e:  # the work stays noted for the next import
            reason = " ".join(f"{type(e).__name__}: {e}".split())
            failed.append(Failure(municipality, f"links of {municipality}'s decisions not computed "
                                  f"({reason}); the next import completes them",
                                  traceback.format_exc()))
    return failed


@dataclass(frozen=True)
class Removed:
    """An imported file taken out: what it was, and rows taken out per table."""

    source: dict
    rows: dict[str, int]
    failures: tuple[Failure, ...] = ()


def remove_source(db, ident: str) -> Removed:
    """Take out everything one imported file brought (named by name, path, sha256 or a prefix
    of it, or the file itself), in one transaction; then relink where a program went."""
    from meetbook.register import sources, write

    content = None
    if Path(ident).is_file():
        with contextlib.suppress(errors.BadInput):  # unreadable: found by its name instead
            content = fingerprint(ident)
    source = sources.find(db, ident, content)
    try:
        rows = write.remove_file(db, source["sha256"])
    except Exception as e:  # a locked or read-only register: nothing was taken out
        reason = "the register is locked by another program; try again" if "locked" in str(e) \
            else f"{type(e).__name__}: {e}"
        raise errors.MeetbookError(f"{source['file']}: not removed ({reason})") from e
    failures = tuple(complete_link_work(db))
    write.checkpoint(db)
    return Removed(source, rows, failures)
