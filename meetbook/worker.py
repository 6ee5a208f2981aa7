"""Each file parsed in a process of its own, within a budget.

A crash, a bomb or a hang costs that file one line, never the batch: the worker is a forked
child (cheap: it shares the parent's loaded modules) with a memory limit, the parent stops it
when it has used up its time, and whatever ended it (an exception of any kind, a signal, a
deadline) comes back as a `Failure` naming the file. No worker outlives the import: each dies with its
parent, and its scratch directory is removed when it ends (or by the next import, after a kill).
"""
from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import gc
import multiprocessing
import os
import resource
import shutil
import signal
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from meetbook.errors import MeetbookError

# The time a file's reading may take: BASE_SECONDS, plus PAGE_SECONDS a page of processor time
# (of the worker and what it starts: OCR takes about 3.5 s a page) and at most PAGE_WAIT a page
# of wall time, for a machine so busy that the worker gets a part of a core. A one-page bomb is
# stopped within 45 s on any machine, and a busy machine does not refuse a scan.
BASE_SECONDS = 30.0
PAGE_SECONDS = 5.0
PAGE_WAIT = 15.0
LOOK_EVERY = 0.5  # seconds between looks at a worker's processor time
# Memory a parse may take beyond what the importing process holds when it starts the worker;
# reading the 468-page benchmark book takes under 60 MB.
MEMORY_MB = 800
WORKDIR_PREFIX = "meetbook-work-"
PR_SET_PDEATHSIG = 1
MESSAGE_CHARS = 300


@dataclass(frozen=True)
class Budget:
    """What the parse of one file may take.

    seconds: for the whole file, as processor time (OCR included) and as wall time (None:
    BASE_SECONDS plus PAGE_SECONDS of processor time a page, PAGE_WAIT of wall time);
    memory_mb: memory beyond what the importing process holds (None: no limit)."""

    seconds: float | None = None
    memory_mb: int | None = MEMORY_MB

    def work_for(self, pages: int | None) -> float:
        """Processor seconds a file of so many pages may take."""
        if self.seconds is not None:
            return self.seconds
        return BASE_SECONDS + PAGE_SECONDS * (pages or 0)

    def wall_for(self, pages: int | None) -> float:
        """Seconds of wall time a file of so many pages may take."""
        if self.seconds is not None:
            return self.seconds
        return BASE_SECONDS + PAGE_WAIT * (pages or 0)


@dataclass(frozen=True)
class Failure:
    """A file that could not be parsed: one line naming it, and the details for --verbose."""

    path: str
    message: str
    detail: str = ""


def describe(path: str, e: BaseException) -> str:
    """One line naming the file and saying what went wrong, for any exception."""
    if isinstance(e, MeetbookError):
        text = str(e)
        return _one_line(text if path in text else f"{path}: {text}")
    if isinstance(e, MemoryError):
        return f"{path}: needs more memory than the limit allows (see --max-memory)"
    if isinstance(e, RecursionError):
        return f"{path}: nested too deeply to read (RecursionError)"
    if isinstance(e, PermissionError):
        return f"{path}: permission denied"
    if type(e).__name__ == "DecompressionBombError":
        return _one_line(f"{path}: an image too large to read safely ({e})")
    if type(e).__module__ == "sqlite3" and "locked" in str(e):
        return f"{path}: not recorded, the register is locked by another program (try again)"
    if isinstance(e, OSError) and e.strerror:
        return _one_line(f"{path}: {e.strerror}")
    return _one_line(f"{path}: could not be read ({type(e).__name__}: {e})")


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"


def parse_each(paths: Sequence[str], parse: Callable[[str], Any], budget: Budget = Budget(),
               jobs: int = 1, count_pages: Callable[[str], int | None] | None = None,
               verbose: bool = False) -> Iterator[tuple[str, Any]]:
    """(path, parse(path) or a Failure) for each path, in order; at most jobs workers at once.

    count_pages, when given, runs first in the worker: the file's time grows with it."""
    with Parses(paths, parse, budget, jobs, count_pages, verbose) as parses:
        yield from parses


class Parses:
    """The parses of some files, each in a worker of its own, at most jobs at once: begun by
    `start` (before their outcomes are wanted: an import begins reading while it opens its
    register), given in order by iterating; a file whose parse is no longer wanted is dropped
    (its worker stopped). No worker outlives `close`."""

    def __init__(self, paths: Sequence[str], parse: Callable[[str], Any],
                 budget: Budget = Budget(), jobs: int = 1,
                 count_pages: Callable[[str], int | None] | None = None, verbose: bool = False):
        remove_stale_workdirs()
        self.paths = list(paths)
        self.jobs = max(1, jobs)
        self.pool = _Pool(parse, budget, count_pages, verbose)
        self.todo = list(reversed(list(enumerate(self.paths))))
        self.dropped: set[int] = set()
        self.done: dict[int, Any] = {}

    def start(self) -> None:
        """Workers forked for the next files, up to jobs running."""
        while self.todo and len(self.pool.running) < self.jobs:
            self.pool.start(*self.todo.pop())

    def drop(self, index: int) -> None:
        """The parse of the file at index not wanted: not begun, or its worker stopped."""
        self.dropped.add(index)
        self.todo = [t for t in self.todo if t[0] != index]
        self.done.pop(index, None)
        worker = self.pool.running.pop(index, None)
        if worker is not None:
            self.pool._reap(worker)

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        for index, path in enumerate(self.paths):
            if index in self.dropped:
                continue
            while index not in self.done:
                self.start()
                self.done.update((k, v) for k, v in self.pool.step().items()
                                 if k not in self.dropped)
            yield path, self.done.pop(index)

    def close(self) -> None:
        self.pool.stop_all()

    def __enter__(self) -> Parses:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Child:
    """A forked process: alive or not, how it ended, stopped with all it started."""

    def __init__(self, pid: int):
        self.pid = pid
        self.exitcode: int | None = None  # negative: the signal that ended it
        self.sentinel: int | None = None  # readable once it ended (Linux 5.3+)
        with contextlib.suppress(AttributeError, OSError):
            self.sentinel = os.pidfd_open(pid)

    def alive(self) -> bool:
        """Whether it runs; an ended one is left unreaped (its pid, and so its group's id,
        stays its own until stop)."""
        if self.exitcode is not None:
            return False
        return os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None

    def stop(self) -> None:
        """Killed with its process group, then reaped: never a signal to a reused pid."""
        if self.exitcode is None:
            for kill in (os.killpg, os.kill):
                try:
                    kill(self.pid, signal.SIGKILL)
                    break
                except OSError:
                    continue
            self.exitcode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        if self.sentinel is not None:
            os.close(self.sentinel)
            self.sentinel = None


@dataclass
class _Worker:
    index: int
    path: str
    process: _Child
    conn: Connection
    workdir: str
    started: float
    pages: int | None = None
    look_at: float = 0.0  # when to measure its work next
    late: str = ""  # why it was stopped


class _Pool:
    """The running workers: started, watched for messages, deaths and deadlines, stopped."""

    def __init__(self, parse: Callable[[str], Any], budget: Budget,
                 count_pages: Callable[[str], int | None] | None, verbose: bool):
        self.parse, self.budget, self.count_pages, self.verbose = parse, budget, count_pages, verbose
        self.running: dict[int, _Worker] = {}

    def start(self, index: int, path: str) -> None:
        """A worker forked for the file (a plain fork: the worker is a process of its own, as
        the command's, free to start processes of its own)."""
        receive, send = multiprocessing.Pipe(duplex=False)
        workdir = tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-")
        setup = _Setup(os.getpid(), workdir, self.budget.memory_mb, self.verbose)
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the caller's code
            code = 1
            try:
                receive.close()
                _work(send, path, self.parse, self.count_pages, setup)
                code = 0
            finally:
                os._exit(code)
        send.close()
        with contextlib.suppress(OSError):  # also set in the worker; whichever runs first
            os.setpgid(pid, pid)
        now = time.monotonic()
        self.running[index] = _Worker(index, path, _Child(pid), receive, workdir, now,
                                      look_at=now)

    def step(self) -> dict[int, Any]:
        """Wait for the next message, death or look at the work; the outcomes of workers that
        ended."""
        wake = min(min(w.look_at, w.started + self.budget.wall_for(w.pages))
                   for w in self.running.values())
        waitables: list[Any] = [w.conn for w in self.running.values()]
        waitables += [w.process.sentinel for w in self.running.values()
                      if w.process.sentinel is not None]
        wait(waitables, max(0.0, wake - time.monotonic()))
        now = time.monotonic()
        due = {w.process.pid for w in self.running.values() if now >= w.look_at}
        work = cpu_seconds(due) if due else {}
        ended = {}
        for index, worker in list(self.running.items()):
            outcome = self._check(worker, now, work)
            if outcome is not _RUNNING:
                self._reap(worker)
                del self.running[index]
                ended[index] = self._ended(worker) if outcome is _SILENT else \
                    Failure(worker.path, worker.late, "worker stopped") if outcome is _LATE \
                    else outcome
        return ended

    def _check(self, w: _Worker, now: float, work: dict[int, float] | None) -> Any:
        """The worker's outcome, or _RUNNING, _SILENT (it ended without one) or _LATE."""
        alive = w.process.alive()  # before reading: a dead worker's words are all there
        try:
            while w.conn.poll():
                kind, *payload = w.conn.recv()
                if kind == "pages":
                    w.pages = payload[0]
                elif kind == "done":
                    return payload[0]
                else:
                    return Failure(w.path, *payload)
        except (EOFError, OSError):
            return _SILENT
        if not alive:
            return _SILENT
        return self._over_time(w, now, work)

    def _over_time(self, w: _Worker, now: float, work: dict[int, float] | None) -> Any:
        """_LATE when the worker used up its time (processor or wall), else _RUNNING."""
        wall, waited = self.budget.wall_for(w.pages), now - w.started
        if waited >= wall:
            w.late = f"{w.path}: stopped after {wall:.0f} s, the time allowed{self._for(w)} " \
                     "(see --max-seconds)"
            return _LATE
        if now < w.look_at or work is None:  # no processor times here: wall time only
            return _RUNNING
        w.look_at = now + LOOK_EVERY
        allowed = self.budget.work_for(w.pages)
        if work.get(w.process.pid, 0.0) < allowed:
            return _RUNNING
        w.late = (f"{w.path}: stopped after {allowed:.0f} s of processor time, the time "
                  f"allowed{self._for(w)} (see --max-seconds)")
        return _LATE

    def _for(self, w: _Worker) -> str:
        if self.budget.seconds is not None or w.pages is None:
            return ""
        return f" for {w.pages} page{'s' if w.pages != 1 else ''}"

    def _ended(self, w: _Worker) -> Failure:
        code = w.process.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            limit = self.budget.memory_mb
            hint = f", or needed more than the {limit} MB allowed (see --max-memory)" if limit \
                else ""
            return Failure(w.path, f"{w.path}: the reader crashed ({name}): a damaged file{hint}",
                           f"worker ended by signal {name}")
        return Failure(w.path, f"{w.path}: the reader stopped without a result (exit {code})",
                       f"worker exit {code}")

    def _reap(self, w: _Worker) -> None:
        """The worker and anything it started gone, its pipe closed, its scratch removed."""
        w.process.stop()
        w.conn.close()
        shutil.rmtree(w.workdir, ignore_errors=True)

    def stop_all(self) -> None:
        for w in self.running.values():
            self._reap(w)
        self.running.clear()


_RUNNING, _SILENT, _LATE = object(), object(), object()


def cpu_seconds(roots: set[int]) -> dict[int, float] | None:
    """Processor seconds used so far by each root process and its descendants (with the
    children they reaped); None where the system has no /proc."""
    if not os.path.isdir("/proc/self"):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    used: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # after "pid (name)": state ppid pgrp … utime stime cutime cstime (fields 3–17)
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):  # gone meanwhile
            continue
        pid = int(stat.parent.name)
        parent[pid] = int(fields[1])
        used[pid] = sum(int(x) for x in fields[11:15]) / ticks
    out = dict.fromkeys(roots, 0.0)
    for pid, seconds in used.items():
        root = _root_of(pid, roots, parent)
        if root is not None:
            out[root] += seconds
    return out


def _root_of(pid: int, roots: set[int], parent: dict[int, int]) -> int | None:
    seen = 0
    while pid not in roots:
        pid = parent.get(pid, 0)
        seen += 1
        if pid <= 1 or seen > 64:
            return None
    return pid


# ------------------------------------------------------------------ inside the worker


@dataclass(frozen=True)
class _Setup:
    parent: int
    workdir: str
    memory_mb: int | None
    verbose: bool


def _work(conn: Connection, path: str, parse: Callable[[str], Any],
          count_pages: Callable[[str], int | None] | None, setup: _Setup) -> None:
    """The worker's whole life: settle in, parse, send one outcome, exit."""
    # the objects it shares with the importing process are never garbage here: the collector
    # leaves them alone, so their pages stay shared rather than copied when it walks them
    gc.freeze()
    _die_with_parent(setup.parent)
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    _settle(setup)
    try:
        if count_pages is not None:
            conn.send(("pages", _pages(count_pages, path)))
        outcome: tuple = ("done", parse(path))
    except BaseException as e:  # noqa: B036 - every ending is reported, as one line
        outcome = _failed(path, e)
    try:
        conn.send(outcome)
    except BaseException as e:  # noqa: B036 - a result too large to send within the limit
        conn.send(_failed(path, e))
    conn.close()


def _failed(path: str, e: BaseException) -> tuple:
    try:
        detail = "".join(traceback.format_exception(e))
    except BaseException:  # noqa: B036 - out of memory even for the traceback
        detail = repr(e)
    return ("failed", describe(path, e), detail)


def _pages(count_pages: Callable[[str], int | None], path: str) -> int | None:
    try:
        return count_pages(path)
    except Exception:  # the parse itself reports what is wrong with the file
        return None


def _die_with_parent(parent: int) -> None:
    """The kernel kills this worker when the importing process dies, however it dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: watch the parent instead
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it died before the signal was set
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _settle(setup: _Setup) -> None:
    """Scratch files in the worker's own directory, output held back, memory limited."""
    os.environ["TMPDIR"] = setup.workdir
    tempfile.tempdir = setup.workdir
    if not setup.verbose:  # libraries' warnings and crash dumps are no message for a user
        faulthandler.disable()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
    if setup.memory_mb is not None:
        limit_memory(setup.memory_mb)


def limit_memory(megabytes: int) -> None:
    """This process may take megabytes more of writable memory than it holds now."""
    limit = data_size() + megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def data_size() -> int:
    """Bytes of writable memory this process holds (VmData), 0 where the system does not say."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# ------------------------------------------------------------------ after a kill


def remove_stale_workdirs() -> None:
    """Scratch directories of imports that were killed (their process is gone)."""
    for d in Path(tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}*-*"):
        pid = d.name[len(WORKDIR_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(d, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        return True
    return True
