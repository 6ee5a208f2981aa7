"""The compiled-pattern cache (meetbook/pattern_cache.py) gives the compiler's own patterns."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from meetbook import pattern_cache

pytestmark = pytest.mark.skipif(not pattern_cache.usable(), reason="another Python's re")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """A cache written as `make setup` writes it: in a fresh process, whose parts are what the
    command and then the parser compile as they load."""
    path = tmp_path_factory.mktemp("patterns") / "patterns.bin"
    code = ("from pathlib import Path; from meetbook import pattern_cache as c; "
            f"print(c.write(Path({str(path)!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(done.stdout) > 300
    return path


def test_each_cached_pattern_equals_one_compiled_afresh(written):
    import marshal

    stamp, parts = marshal.loads(written.read_bytes())
    assert stamp == pattern_cache._stamp()
    entries = parts["command"] + parts["parser"]
    assert len(parts["command"]) > 50
    assert any(len(e[1]) > 3000 for e in entries), "the name grammar's patterns are cached"
    for _kind, pattern, flags, form in entries:
        fresh = re._compiler.compile(pattern, flags)
        cached = pattern_cache._pattern(form)
        assert cached == fresh, pattern[:80]
        assert (cached.pattern, cached.flags, cached.groupindex, cached.groups) == \
            (fresh.pattern, fresh.flags, fresh.groupindex, fresh.groups)


def test_a_cache_of_another_python_or_a_damaged_one_is_not_used(tmp_path, monkeypatch):
    import marshal

    monkeypatch.setattr(pattern_cache, "_seeded", set())
    other = tmp_path / "other.bin"
    other.write_bytes(marshal.dumps(((0, "2.7", None, None), {"parser": [("str", "x", 0, ())]})))
    assert pattern_cache.seed("parser", other) == 0
    monkeypatch.setattr(pattern_cache, "_seeded", set())
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(b"\x00not marshal")
    assert pattern_cache.seed("parser", damaged) == 0
    monkeypatch.setattr(pattern_cache, "_seeded", set())
    assert pattern_cache.seed("parser", tmp_path / "missing.bin") == 0


def test_seeded_patterns_are_found_by_re_compile(written, monkeypatch):
    monkeypatch.setattr(pattern_cache, "_seeded", set())
    monkeypatch.setattr(re, "_cache", {})
    assert pattern_cache.seed("parser", written) > 250
    assert pattern_cache.seed("parser", written) == 0  # once
    kind, pattern, flags = next(iter(re._cache))
    assert re.compile(pattern, flags) is re._cache[kind, pattern, flags]
