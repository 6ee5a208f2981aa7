"""`meetbook serve` in a real browser: Debian's headless Chromium searches the register.

The screenshot of the search is kept in tests/artifacts/ (git-ignored) for a human to look at.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BOOK, ROOT

pytestmark = pytest.mark.slow  # a server and a headless browser
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--window-size=1280,900"]
# <a href="/filer/f8bb…56/umea-ksnau-2026-05-19-motesbok.pdf#page=9" …>9</a>
PAGE_LINK = re.compile(r'href="(/filer/[0-9a-f]{64}/[^"#]+\.pdf)#page=(\d+)"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, data: bytes | None = None) -> tuple[int, str, bytes]:
    """(status, content type, body) of a request; HTTP errors are answers too."""
    try:
        with urllib.request.urlopen(url, data=data, timeout=10) as r:
            return r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type", ""), e.read()


def wait_until_up(base: str, proc: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"meetbook serve exited with {proc.returncode}:\n{log.read_text()}")
        try:
            if get(base + "/-/versions.json")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    pytest.fail(f"meetbook serve did not answer within {seconds}s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def server(register_of, tmp_path_factory):
    """The base URL of `meetbook serve` on the mötesbok's register; stopped afterwards."""
    db, _ = register_of(BOOK)
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "meetbook", "serve", "--db", str(db), "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc, log)
        yield base
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Stop the server and anything it started: its whole process group."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(wait)
            break
        except subprocess.TimeoutExpired:
            continue


def chromium(tmp_path: Path, *args: str) -> str:
    """What headless Chromium prints for args (the DOM with --dump-dom)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (make system-deps)")
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run([str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_browser_search_for_iop_finds_195_26(server, tmp_path):
    url = f"{server}/register/sok_i_arenden?q=IOP"
    dom = chromium(tmp_path, "--dump-dom", url)
    assert "Sök i ärenden" in dom
    assert "195/26" in dom
    row = dom[dom.index("195/26"):]
    link = PAGE_LINK.search(row)
    assert link and link.group(1).endswith("/umea-ksnau-2026-05-19-motesbok.pdf")
    assert link.group(2) == "9"

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "serve-search-IOP.png"
    shot.unlink(missing_ok=True)
    chromium(tmp_path, f"--screenshot={shot}", url)
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_page_links_open_the_pdf(server):
    status, _, body = get(f"{server}/register/sok_i_arenden?q=IOP")
    assert status == 200
    path = PAGE_LINK.search(body.decode()).group(1)
    status, content_type, pdf = get(server + path)
    assert (status, content_type) == (200, "application/pdf")
    assert pdf == BOOK.read_bytes()
    assert get(f"{server}/filer/{'0' * 64}/x.pdf")[0] == 404


@pytest.mark.parametrize("spelling", ["KS-2025/00667", "KS 2025/667", "ks-2025-00667"])
def test_case_history_takes_any_spelling(server, spelling):
    query = urllib.parse.urlencode({"dnr": spelling, "_shape": "array"})
    status, _, body = get(f"{server}/register/arendets_historik.json?{query}")
    assert status == 200
    assert '"paragraf": 76' in body.decode()


def test_person_positions_ignore_diacritics(server):
    status, _, body = get(f"{server}/register/personens_stallningstaganden.json?namn=skold")
    assert status == 200 and "Bore Sk\\u00f6ld" in body.decode()


def test_register_is_read_only(server):
    status, _, body = get(f"{server}/register.json?sql=delete+from+files")
    assert status == 400 and b"must be a SELECT" in body
    status, _, body = get(f"{server}/register/files.json?_shape=array")
    assert b"umea-ksnau-2026-05-19-motesbok.pdf" in body


def test_tables_have_swedish_titles_and_facets(server):
    status, _, body = get(f"{server}/register/positions?_facet=party")
    assert status == 200
    html = body.decode()
    assert "Ställningstaganden" in html
    assert 'data-facet="party"' in html or "facet-party" in html
