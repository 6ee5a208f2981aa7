"""Import: file → pages → parse → one transaction in the register → link pass."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from meetbook import errors, segment
from meetbook.model import FileKind, Meeting, ParsedFile
from meetbook.pdf.pages import Page

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

    def add(self, parsed: ParsedFile, status: str) -> None:
        self.files += 1
        if status == "noop":
            self.unchanged += 1
            return
        self.inserted += 1
        self.meetings += len(parsed.meetings)
        self.items += sum(len(m.items) for m in parsed.meetings)
        self.decisions += sum(len(i.decisions) for m in parsed.meetings for i in m.items)
        self.programs += len(parsed.programs)
        self.reports += len(parsed.reports)


def parse_pages(pages: Sequence[Page], path: str, sha256: str, ocr: bool = False) -> ParsedFile:
    """Everything meetbook reads from one file's pages."""
    from meetbook import program

    if program.looks_like_program(pages):
        return ParsedFile(path, sha256, len(pages), FileKind.PROGRAM,
                          programs=(program.parse_program(pages),), ocr=ocr)
    if program.looks_like_report(pages):
        return ParsedFile(path, sha256, len(pages), FileKind.UPPFOLJNING,
                          reports=(program.parse_report(pages),), ocr=ocr)
    pages = segment.infer_headings(pages)
    kind = segment.classify(pages)
    meetings = _meetings(pages, kind)
    if not any(m.items for m in meetings):
        raise errors.NotRecognised(path, "no agenda items or protocol paragraphs found")
    return ParsedFile(path, sha256, len(pages), kind, meetings=tuple(meetings), ocr=ocr)


def _meetings(pages: Sequence[Page], kind: FileKind) -> list[Meeting]:
    """One meeting per meeting the file documents; a meeting repeated in the file is one."""
    from meetbook.parse import parse_meeting

    out: list[Meeting] = []
    split = kind in (FileKind.MOTESBOK, FileKind.KALLELSE)
    for part in segment.parts(pages) if split else [list(pages)]:
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
                 progress: Callable[[str], None] | None = None) -> ImportSummary:
    """Import each file in its own transaction; bad files are reported, the others land."""
    from meetbook.pdf import sha256_of
    from meetbook.register import write

    summary = ImportSummary()
    for path in paths:
        try:
            if Path(path).is_file() and write.has_file(db, sha256_of(path)):
                summary.files += 1
                summary.unchanged += 1
                continue
            parsed = read_and_parse(path, ocr, max_pages, max_bytes)
            status = write.write_file(db, parsed)
            summary.add(parsed, status)
            if status == "insert":
                relink(db, parsed)
        except errors.BadInput as e:
            summary.files += 1
            summary.problems.append(str(e))
        if progress:
            progress(path)
    write.checkpoint(db)
    return summary


def relink(db, parsed: ParsedFile) -> None:
    """Links for the decisions a file brought, or for every decision when it brought a program."""
    from meetbook import linking

    municipalities = {m.municipality for m in parsed.meetings} | {
        p.municipality for p in parsed.programs}
    for municipality in municipalities:
        if municipality:
            linking.relink(db, municipality, restore=bool(parsed.programs))
