"""The pages of one large file read by this process and forked helpers, merged in order.

The pages are cut into chunks whose numbers wait in a pipe; this process and each helper take
the next number until none is left, so a process that starts late or gets less of a busy
machine simply reads fewer chunks. Helpers are forked, so they start at once with the modules
already loaded, and send each chunk back as plain tuples (which pickle far faster than Line
objects), received by a thread while this process reads, or does what it was given to do
first (`meanwhile`: the importer loads its parser there). A chunk a helper took and never
sent back (it crashed, or ran out of memory) is read by this process, which then meets the
same end, or the same error, as reading the file alone. Memory holds the pages read so far
and one chunk per process.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from meetbook import errors
from meetbook.model import Line
from meetbook.pdf.fast import DocumentReader, preload, reading_errors
from meetbook.pdf.limits import Limits, Tally
from meetbook.pdf.pages import RawPage, Table

PARALLEL_FROM = 64  # pages: a smaller file is read faster than a helper starts
CHUNK = 8  # pages per chunk (more for a file of more than MAX_CHUNKS * CHUNK pages)
MAX_CHUNKS = 2000  # their numbers fit in the smallest pipe Linux gives (a page, 4 kB)
MAX_JOBS = 4
PIPE_BYTES = 1 << 20  # a helper's chunks wait in its pipe while this process is busy
F_SETPIPE_SZ = 1031
PR_SET_PDEATHSIG = 1


def jobs_for(pages: int, jobs: int | None) -> int:
    """How many processes to read pages with: one inside a multiprocessing worker (files are
    already read in parallel there), for a small file or where there is one core, else one
    per core (this process reads too, so a busy core costs a helper little)."""
    if jobs is not None:
        return max(1, jobs)
    if pages < PARALLEL_FROM or multiprocessing.parent_process() is not None \
            or not hasattr(os, "fork"):
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, MAX_JOBS)


def read_in_parallel(path: Path, pages: int, limits: Limits, jobs: int,
                     meanwhile: Callable[[], None] | None = None) -> list[RawPage]:
    """Every page of the file, read by this process and jobs - 1 helpers, in order;
    meanwhile, when given, runs here first while the helpers already read."""
    size = max(CHUNK, -(-pages // MAX_CHUNKS))
    chunks = [range(start, min(start + size, pages)) for start in range(0, pages, size)]
    preload()  # once, before the helpers are forked, which then share its memory
    _preload_table_finder()
    queue = _Numbers(len(chunks))
    done: dict[int, Any] = {}  # chunk → its pages, or the error that ended it
    helpers = [_Helper(path, limits, chunks, queue) for _ in range(max(1, jobs) - 1)]
    queue.close_writing()
    for helper in helpers:  # threads only once every fork is done
        helper.listen()
    try:
        if meanwhile is not None:
            meanwhile()
        with _Reader(path, limits) as reader:
            while (k := queue.take()) is not None:
                done[k] = _read_chunk(reader, path, chunks[k])
                if isinstance(done[k], BaseException):
                    queue.drain()
            for helper in helpers:
                done.update(helper.results())
            for k in range(len(chunks)):  # taken by a helper that ended without sending them
                if isinstance(done.get(k), BaseException):
                    break
                if k not in done:
                    done[k] = _read_chunk(reader, path, chunks[k])
    finally:
        for helper in helpers:
            helper.stop()
        queue.close()
    return _merged(path, limits, done, len(chunks))


class _Reader:
    """The file opened for reading at its first chunk, closed at the end."""

    def __init__(self, path: Path, limits: Limits):
        self.path, self.limits = path, limits
        self.reader: DocumentReader | None = None

    def __call__(self) -> DocumentReader:
        if self.reader is None:
            self.reader = DocumentReader(self.path, self.limits)
        return self.reader

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.reader is not None:
            self.reader.close()


def _preload_table_finder() -> None:
    """pdfplumber's table finder (about 15 MB and 0.1 s to load), which a large file's pages
    need more often than not: loaded once here rather than in each process that reads."""
    import pdfplumber.table  # noqa: F401


def _read_chunk(reader: _Reader, path: Path, chunk: range) -> list[RawPage] | errors.BadInput:
    """The chunk's pages, or the error of the file reading them met."""
    try:
        with reading_errors(path):
            return list(reader().pages(chunk))
    except errors.BadInput as e:
        return e


def _merged(path: Path, limits: Limits, done: dict[int, Any], count: int) -> list[RawPage]:
    """The chunks' pages in order, counted against the file's limits; the first chunk's error
    raised where the pages read in turn would have met it."""
    tally = Tally(path, limits)
    out: list[RawPage] = []
    for k in range(count):
        result = done[k]
        if isinstance(result, BaseException):
            raise result
        for raw in result:
            tally.add(raw.number, raw.glyphs, len(raw.lines))
            out.append(raw)
    return out


class _Numbers:
    """The chunk numbers to read, in a pipe: a read of two bytes takes one number whole, so
    that processes take them without a lock."""

    def __init__(self, count: int):
        self.read_end, self.write_end = os.pipe()
        os.write(self.write_end, b"".join(k.to_bytes(2, "little") for k in range(count)))

    def close_writing(self) -> None:
        """No number comes after these (a take at the end then finds none, not a wait)."""
        if self.write_end >= 0:
            os.close(self.write_end)
            self.write_end = -1

    def take(self) -> int | None:
        data = os.read(self.read_end, 2)
        return int.from_bytes(data, "little") if len(data) == 2 else None

    def drain(self) -> None:
        """No more chunks for anyone: a chunk met an error."""
        while self.take() is not None:
            pass

    def close(self) -> None:
        self.close_writing()
        os.close(self.read_end)


class _Helper:
    """A forked process that reads chunks until none is left, each sent back as it is read;
    a thread here receives them."""

    def __init__(self, path: Path, limits: Limits, chunks: list[range], queue: _Numbers):
        receive, send = multiprocessing.Pipe(duplex=False)
        with contextlib.suppress(OSError, ImportError):  # Linux only
            import fcntl

            fcntl.fcntl(send.fileno(), F_SETPIPE_SZ, PIPE_BYTES)
        self.pid = os.fork()
        if self.pid == 0:  # the helper: never returns into the caller's code
            code = 1
            try:
                receive.close()
                _helper_main(send, path, limits, chunks, queue)
                code = 0
            finally:
                os._exit(code)
        send.close()
        self.conn = receive
        self.received: dict[int, Any] = {}
        self.thread = threading.Thread(target=self._receive, daemon=True)

    def listen(self) -> None:
        self.thread.start()

    def _receive(self) -> None:
        with contextlib.suppress(EOFError, OSError):  # it ended: what it sent is all
            while True:
                kind, k, payload = self.conn.recv()
                if kind == "end":
                    return
                if kind == "pages":
                    self.received[k] = [_from_plain(p) for p in payload]
                elif kind == "error":
                    name, path, detail = payload
                    self.received[k] = getattr(errors, name)(path, detail)
                # "failed" (out of memory, say): the chunk is read again here, which meets
                # the same end as reading the file alone

    def results(self) -> dict[int, Any]:
        """The chunks it read, once it has ended."""
        self.thread.join()
        return self.received

    def stop(self) -> None:
        """Killed (it has ended already unless something went wrong here) and reaped."""
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        if self.thread.ident is not None:  # started
            self.thread.join()
        self.conn.close()


def _helper_main(conn: Connection, path: Path, limits: Limits, chunks: list[range],
                 queue: _Numbers) -> None:
    gc.freeze()  # what it shares with the reading process stays shared (see worker._work)
    queue.close_writing()  # else a take at the end would wait for this very process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):  # ends with the process that forked it
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    k: int | None = -1
    try:
        with _Reader(path, limits) as reader:
            while (k := queue.take()) is not None:
                result = _read_chunk(reader, path, chunks[k])
                if isinstance(result, errors.BadInput):
                    queue.drain()
                    conn.send(("error", k, (type(result).__name__, result.path, result.detail)))
                    break
                conn.send(("pages", k, [_plain(p) for p in result]))
        conn.send(("end", -1, None))
    except BaseException as e:  # noqa: B036 - told to the process that reads with it
        with contextlib.suppress(BaseException):
            conn.send(("failed", k, " ".join(traceback.format_exception_only(e)).strip()))
    conn.close()


def _plain(p: RawPage) -> tuple:
    lines = [(ln.text, ln.page, ln.x0, ln.top, ln.x1, ln.size, ln.bold, ln.words, ln.ocr)
             for ln in p.lines]
    tables = [(t.page, t.top, t.bottom, t.rows) for t in p.tables]
    return p.number, p.width, p.height, lines, tables, p.images, p.ocr, p.glyphs, p.raster


def _from_plain(t: tuple) -> RawPage:
    number, width, height, lines, tables, images, ocr, glyphs, raster = t
    return RawPage(number, width, height, [Line(*ln) for ln in lines],
                   [Table(*tb) for tb in tables], images, ocr, glyphs, raster)
