"""`meetbook serve` in a real browser: Debian's headless Chromium on the start page, a search,
a case page and a feed, as someone who does not write SQL would use them.

Screenshots are kept in tests/artifacts/ (git-ignored) for a human to look at.
"""
from __future__ import annotations

import html
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BOOK, ROOT, VAS

pytestmark = pytest.mark.slow  # a server and a headless browser
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--window-size=1280,1000"]
# <a href="/filer/f8bb…56/umea-ksnau-2026-05-19-motesbok.pdf#page=9">…</a>
PAGE_LINK = re.compile(r'href="(/filer/[0-9a-f]{64}/[^"#]+\.pdf)#page=(\d+)"')
ENGLISH = ("Run SQL", "Edit SQL", "Custom SQL query", "Query parameters", "rows where")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str, bytes]:
    """(status, content type, body) of a request; HTTP errors are answers too."""
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
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
    """The base URL of `meetbook serve` on the mötesbok's and § 213's register; stopped after."""
    db, _ = register_of(BOOK, VAS)
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


def screenshot(tmp_path: Path, url: str, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / name
    shot.unlink(missing_ok=True)
    chromium(tmp_path, f"--screenshot={shot}", url)
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return shot


def test_the_start_page_searches(server, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", server + "/")
    assert "Sök bland kommunernas beslut" in dom and not any(w in dom for w in ENGLISH)
    action = re.search(r'<form[^>]*action="([^"]+)"', dom).group(1)
    screenshot(tmp_path, server + "/", "serve-start.png")
    # the form's GET, as the browser sends it when someone types IOP and presses Sök
    url = f"{server}{action}?q=IOP"
    dom = chromium(tmp_path, "--dump-dom", url)
    row = dom[dom.index("195/26"):]
    assert "<mark>IOP</mark>" in row[:3000]
    link = PAGE_LINK.search(row)
    assert link and link.group(1).endswith("/umea-ksnau-2026-05-19-motesbok.pdf")
    assert link.group(2) == "9"
    screenshot(tmp_path, url, "serve-search-IOP.png")


def test_a_case_page(server, tmp_path):
    url = f"{server}/arende/ks%20667/2025"
    dom = chromium(tmp_path, "--dump-dom", url)
    assert "Ärende KS-2025/00667" in dom and not any(w in dom for w in ENGLISH)
    assert dom.index("2026-04-14") < dom.index("rättelse")
    assert "gäller efter rättelse" in dom
    links = PAGE_LINK.findall(dom)
    assert {page for _, page in links} >= {"9", "11"}
    status, content_type, pdf = get(server + links[0][0])
    assert (status, content_type, pdf) == (200, "application/pdf", BOOK.read_bytes())
    screenshot(tmp_path, url, "serve-case-KS-2025-00667.png")


def test_the_feed_of_a_party(server, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", server + "/sok?parti=SD")
    feed = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"',
                     dom).group(1)
    assert html.unescape(feed) == "/flode.atom?parti=SD"
    text = html.unescape(chromium(tmp_path, "--dump-dom", server + html.unescape(feed)))
    assert "<feed" in text and text.count("<entry>") == 2
    assert "KS-2025/00667" in text and "KS-2024/00103" in text
