"""The parser's regular expressions compiled once, at set-up, not at every start.

The extractors' patterns embed the name grammar of `lexicon/names.py` (about 3,000 characters
each); compiling the parser's 400-odd patterns takes most of a second, in every process that
loads it. `make setup` compiles them once and writes what Python's compiler made of each
(`python -m meetbook.pattern_cache`, into `__pycache__`, as Python keeps its bytecode);
`seed(part)` puts them in the `re` module's own cache, so that each `re.compile` of the same
pattern and flags is a look-up: the command's part (the command line and the register) where
a command opens the register, the parser's where the parser loads (in an import's worker), so
that neither process holds the other's. The entries are the compiler's own output, for this very
Python: a pattern compiled from the cache equals (`==`) one compiled afresh. A pattern not in
the cache (changed since, or a cache missing or written by another Python) is compiled as
usual; nothing behaves differently, only slower.
"""
from __future__ import annotations

import logging
import marshal
import re
import sys
from array import array
from pathlib import Path

log = logging.getLogger(__name__)

try:  # the compiler's internals this cache depends on (CPython's re, 3.11)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another implementation: patterns are compiled as usual
    _sre = None  # type: ignore[assignment]

CACHE = Path(__file__).with_name("__pycache__") / f"patterns.{sys.implementation.cache_tag}.bin"
VERSION = 2  # of this file's format
PARTS = ("command", "parser")
_seeded: set[str] = set()


def _stamp() -> tuple:
    """What the compiled code depends on besides the pattern: this Python and its engine."""
    return (VERSION, sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))


def usable() -> bool:
    """Whether this Python's re keeps compiled patterns as the cache expects."""
    return _sre is not None and getattr(_sre, "CODESIZE", 0) == 4 and \
        isinstance(getattr(re, "_cache", None), dict)


def seed(part: str, path: Path = CACHE) -> int:
    """The cached patterns of one part in re's cache (once per process); how many were put
    there."""
    if part in _seeded or not usable():
        return 0
    _seeded.add(part)
    try:
        stamp, parts = marshal.loads(path.read_bytes())
        entries = parts[part] if stamp == _stamp() else []
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError):
        return 0
    cache: dict = re._cache  # type: ignore[attr-defined]
    # as many as re keeps (it drops its oldest beyond that): the first compiled first
    room = max(getattr(re, "_MAXCACHE", 512) - len(cache), 0)
    try:
        for kind, pattern, flags, form in entries[:room]:
            key = (str if kind == "str" else bytes, pattern, flags)
            if key not in cache:
                cache[key] = _pattern(form)
    except Exception as e:  # a cache this Python cannot read: compiled as usual
        log.debug("pattern cache not used: %s", e)
        return 0
    return min(len(entries), room)


def _pattern(form: tuple) -> re.Pattern:
    pattern, flags, code, groups, groupindex, indexgroup = form
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex,
                        indexgroup)


def compiled_form(pattern: str | bytes, flags: int) -> tuple:
    """What re._compiler.compile hands _sre.compile for the pattern (its code as bytes)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, flags | p.state.flags, array("I", code).tobytes(), p.state.groups - 1,
            groupindex, tuple(indexgroup))


def loaded_patterns() -> dict[str, list[tuple]]:
    """The patterns each part compiles as it loads, as (kind, pattern, flags), in the order
    they are compiled: the command's (the command line, the importer and the register,
    whose migration 7 reads uppdrag), then the parser's."""
    import meetbook.cli  # noqa: F401
    import meetbook.register.write  # noqa: F401
    from meetbook import importer
    from meetbook.extract import assignment_events, assignments  # noqa: F401

    command = _compiled()
    importer.load_reader()
    importer.load_parser()
    return {"command": command, "parser": _compiled()[len(command):]}


def _compiled() -> list[tuple]:
    return [("str" if kind is str else "bytes", pattern, flags)
            for kind, pattern, flags in re._cache  # type: ignore[attr-defined]
            if not flags & re.DEBUG]


def write(path: Path = CACHE) -> int:
    """Compile the patterns of every part and write the cache; how many it holds."""
    if not usable():
        return 0
    _seeded.update(PARTS)  # only what the modules compile now is written, no older cache's
    keeps = re._MAXCACHE  # type: ignore[attr-defined]
    re._MAXCACHE = 1 << 20  # type: ignore[attr-defined]  # none dropped while they are listed
    try:
        parts = {part: [(kind, pattern, flags, compiled_form(pattern, flags))
                        for kind, pattern, flags in patterns]
                 for part, patterns in loaded_patterns().items()}
    finally:
        re._MAXCACHE = keeps  # type: ignore[attr-defined]
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(marshal.dumps((_stamp(), parts)))
    tmp.replace(path)
    return sum(map(len, parts.values()))


if __name__ == "__main__":  # through the package's module, the one the importer seeds from
    from meetbook import pattern_cache

    print(f"{pattern_cache.write()} patterns compiled into {CACHE}")
