"""The pages of one large file read by a pool of processes, merged in order.

Each process opens the file once and reads the chunks of pages it is given; chunks are handed
out a few at a time, so that memory holds the pages read so far and only a few chunks in
flight. Pages travel back as plain tuples, which pickle far faster than Line objects.
"""
from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from meetbook import errors
from meetbook.model import Line
from meetbook.pdf.fast import DocumentReader, reading_errors
from meetbook.pdf.limits import Limits, Tally
from meetbook.pdf.pages import RawPage, Table

PARALLEL_FROM = 64  # pages: a smaller file is read faster than processes start
CHUNK = 16  # pages per task
MAX_JOBS = 4


def jobs_for(pages: int, jobs: int | None) -> int:
    """How many processes to read pages with: one inside a worker process (files are
    already read in parallel there), for a small file or on a machine whose cores are busy
    (the pool's own work then makes reading slower), else one per idle core."""
    if jobs is not None:
        return max(1, jobs)
    if pages < PARALLEL_FROM or multiprocessing.parent_process() is not None:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    idle = (cores or 1) - (os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0)
    workers = min(int(idle + 0.5), MAX_JOBS)
    return workers if workers >= 2 else 1


def read_in_parallel(path: Path, pages: int, limits: Limits, jobs: int) -> list[RawPage]:
    """Every page of the file, read by jobs processes, in order."""
    chunks = deque(range(start, min(start + CHUNK, pages)) for start in range(0, pages, CHUNK))
    tally = Tally(path, limits)
    out: list[RawPage] = []
    context = multiprocessing.get_context("fork") if "fork" in \
        multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_die_with_parent) as pool:
        pending: deque[Future] = deque()
        try:
            while chunks or pending:
                while chunks and len(pending) < 2 * jobs:
                    part = chunks.popleft()
                    pending.append(pool.submit(_read_chunk, str(path), limits, part.start,
                                               part.stop))
                for raw in _pages(pending.popleft().result()):
                    tally.add(raw.number, raw.glyphs, len(raw.lines))
                    out.append(raw)
        finally:
            for future in pending:
                future.cancel()
    return out


def _pages(result: Any) -> list[RawPage]:
    if isinstance(result, tuple):  # an error of the file, as (class name, path, detail)
        name, path, detail = result
        raise getattr(errors, name)(path, detail)
    return [_from_plain(p) for p in result]


# --- in the worker ----------------------------------------------------------------------------

_open: dict[str, Any] = {}  # the file this worker has open, by path


def _die_with_parent() -> None:
    """A worker ends with the process that started it, even when that one is killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # not on Linux: the pool's own shutdown still ends the workers
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _read_chunk(path: str, limits: Limits, start: int, stop: int) -> list[tuple] | tuple:
    try:
        with reading_errors(path):
            reader = _open.get(path)
            if reader is None:
                for other in _open.values():
                    other.close()
                _open.clear()
                reader = _open[path] = DocumentReader(path, limits)
            return [_plain(p) for p in reader.pages(range(start, stop))]
    except errors.BadInput as e:
        return type(e).__name__, e.path, e.detail


def _plain(p: RawPage) -> tuple:
    lines = [(ln.text, ln.page, ln.x0, ln.top, ln.x1, ln.size, ln.bold, ln.words, ln.ocr)
             for ln in p.lines]
    tables = [(t.page, t.top, t.bottom, t.rows) for t in p.tables]
    return p.number, p.width, p.height, lines, tables, p.images, p.ocr, p.glyphs, p.raster


def _from_plain(t: tuple) -> RawPage:
    number, width, height, lines, tables, images, ocr, glyphs, raster = t
    return RawPage(number, width, height, [Line(*ln) for ln in lines],
                   [Table(*tb) for tb in tables], images, ocr, glyphs, raster)
