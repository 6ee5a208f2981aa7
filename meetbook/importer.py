"""Import: file → pages → parse → one transaction in the register → link pass."""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from meetbook import errors
from meetbook.model import FileKind, Meeting, ParsedFile
from meetbook.pdf.ocr import infer_headings
from meetbook.pdf.pages import Page
from meetbook.segment.cover import classify, parts

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    files: int = 0
    inserted: int = 0
    unchanged: int = 0
    meetings: int = 0
    items: int = 0
    decisions: int = 0
    programs: int = 0
    reports: int = 0
    problems: list[str] = field(default_factory=list)
    # what the files imported could not read: one line each, for stderr
    notices: list[str] = field(default_factory=list)

    def add(self, parsed: ParsedFile, status: str) -> None:
        self.files += 1
        if status == "noop":
            self.unchanged += 1
            return
        self.inserted += 1
        self.notices += [f"{parsed.path}: {p}" for p in parsed.problems]
        self.meetings += len(parsed.meetings)
        self.items += sum(len(m.items) for m in parsed.meetings)
        self.decisions += sum(len(i.decisions) for m in parsed.meetings for i in m.items)
        self.programs += len(parsed.programs)
        self.reports += len(parsed.reports)


def parse_pages(pages: Sequence[Page], path: str, sha256: str, ocr: bool = False) -> ParsedFile:
    """Everything meetbook reads from one file's pages."""
    from meetbook import program

    if program.looks_like_program(pages):
        parsed = replace(program.parse_program(pages), anslag=tuple(program.parse_anslag(pages)))
        return ParsedFile(path, sha256, len(pages), FileKind.PROGRAM, programs=(parsed,), ocr=ocr)
    if program.looks_like_report(pages):
        return ParsedFile(path, sha256, len(pages), FileKind.UPPFOLJNING,
                          reports=(program.parse_report(pages),), ocr=ocr)
    pages = infer_headings(pages)
    kind = classify(pages)
    meetings = _meetings(pages, kind)
    if not any(m.items for m in meetings):
        raise errors.NotRecognised(path, "no agenda items or protocol paragraphs found")
    return ParsedFile(path, sha256, len(pages), kind, meetings=tuple(meetings), ocr=ocr,
                      problems=tuple(str(p) for m in meetings for p in m.problems))


def _meetings(pages: Sequence[Page], kind: FileKind) -> list[Meeting]:
    """One meeting per meeting the file documents; a meeting repeated in the file is one."""
    from meetbook.parse import parse_meeting

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
                   max_bytes: int | None = None) -> ParsedFile:
    from meetbook.pdf import read_pdf, sha256_of
    from meetbook.pdf.reader import MAX_BYTES, MAX_PAGES

    p = Path(path)
    if not p.is_file():
        raise errors.NotFound(path)
    sha = sha256_of(p)
    pages = read_pdf(p, max_pages=max_pages or MAX_PAGES, max_bytes=max_bytes or MAX_BYTES,
                     **_ocr_option(ocr))
    if not any(pg.body for pg in pages):
        raise errors.NoText(path)
    return parse_pages(pages, str(p), sha, ocr=any(pg.ocr for pg in pages))


def _ocr_option(ocr: str) -> dict:
    from inspect import signature

    from meetbook.pdf import read_pdf

    return {"ocr": ocr} if "ocr" in signature(read_pdf).parameters else {}


def import_files(db, paths: Sequence[str], ocr: str = "auto", max_pages: int | None = None,
                 max_bytes: int | None = None,
                 progress: Callable[[str], None] | None = None, jobs: int | None = None
                 ) -> ImportSummary:
    """Import each file in its own transaction; bad files are reported, the others land.

    Files are parsed in parallel (one process per core) and written one at a time; the link
    pass runs once at the end for the municipalities the new files concern."""
    from meetbook.pdf import sha256_of
    from meetbook.register import write

    summary = ImportSummary()
    todo = []
    for path in paths:
        if Path(path).is_file() and write.has_file(db, sha256_of(path)):
            summary.files += 1
            summary.unchanged += 1
            if progress:
                progress(path)
        else:
            todo.append(path)
    touched: dict[str, bool] = {}
    for path, outcome in _parse_each(todo, (ocr, max_pages, max_bytes), jobs):
        if isinstance(outcome, str):
            summary.files += 1
            summary.problems.append(outcome)
        else:
            status = write.write_file(db, outcome)
            summary.add(outcome, status)
            if status == "insert":
                _note_municipalities(touched, outcome)
        if progress:
            progress(path)
    relink(db, touched)
    write.checkpoint(db)
    return summary


def _parse_one(path: str, options: tuple) -> ParsedFile | str:
    """The parsed file, or the one-line problem (a string pickles across processes)."""
    try:
        return read_and_parse(path, *options)
    except errors.BadInput as e:
        return str(e)


def _parse_each(paths: Sequence[str], options: tuple, jobs: int | None):
    """(path, parsed file or problem) for each path, in order, in parallel when it pays."""
    jobs = jobs or min(len(paths), os.cpu_count() or 1, MAX_JOBS)
    if jobs <= 1:
        for path in paths:
            yield path, _parse_one(path, options)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from zip(paths, pool.map(_parse_one, paths, [options] * len(paths)))


MAX_JOBS = 4


def _note_municipalities(touched: dict[str, bool], parsed: ParsedFile) -> None:
    for m in parsed.meetings:
        if m.municipality:
            touched.setdefault(m.municipality, False)
    for p in parsed.programs:
        if p.municipality:
            touched[p.municipality] = True


def relink(db, touched: dict[str, bool]) -> None:
    """Links for the decisions of each municipality that new files concern; programs restored
    first where a new program came."""
    from meetbook.link.relink import relink as relink_municipality

    for municipality, new_program in sorted(touched.items()):
        relink_municipality(db, municipality, restore=new_program)
