"""`meetbook serve`: Swedish pages, Atom feeds, PDFs checked against their sha256, bounded
queries, and a register that is followed, never damaged, while an import writes it.

Most requests go to the Datasette application in this process (no port); the tests of a
running server (an import beside it, signals) start `meetbook serve` in a process group.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from meetbook.register import open_register
from meetbook.serve import make_datasette
from tests.conftest import BOOK, VAS
from tests.test_search import write_example

ATOM = "{http://www.w3.org/2005/Atom}"
ENGLISH = ("Run SQL", "Edit SQL", "Custom SQL query", "Query parameters", "rows where",
           "Powered by", "Error ")


class Site:
    """GET requests to a Datasette of a register, in this process."""

    def __init__(self, path: Path, allow_download: bool = False):
        self.name = path.stem
        self.ds = make_datasette(path, allow_download)
        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(self.ds.invoke_startup())

    def get(self, url: str):
        return self.loop.run_until_complete(self.ds.client.get(url))


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """Copies of the two sample PDFs, imported from here (so a test may change them)."""
    folder = tmp_path_factory.mktemp("pdfs")
    for pdf in (BOOK, VAS):
        shutil.copy(pdf, folder / pdf.name)
    return folder


@pytest.fixture(scope="module")
def site(files, parsed_import) -> Site:
    path = files / "register.db"
    db = open_register(path)
    assert parsed_import(db, [files / BOOK.name, files / VAS.name]).problems == []
    db.close()
    return Site(path)


def swedish(html: str) -> bool:
    return not [w for w in ENGLISH if w in html]


# ------------------------------------------------------------------ the pages


def test_start_page_has_a_search_form_the_contents_and_a_feed(site):
    r = site.get("/")
    html = r.text
    assert r.status_code == 200 and swedish(html) and 'lang="sv"' in html
    assert re.search(r'<form[^>]*action="/sok"', html)
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="/flode.atom"',
                     html)
    assert "2 sammanträden" in html and "Kommunstyrelsen" in html
    assert "KS-2025/00667" in html  # among the latest decisions
    css = site.get("/-/meetbook/meetbook.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_search_rows_show_date_body_dnr_title_text_and_the_pdf_page(site):
    html = site.get("/sok?q=hallbarhetsprogram").text
    assert swedish(html)
    assert "se över möjligheten att ta fram ett <mark>hållbarhetsprogram</mark>" in html
    assert "KS-2024/00103" in html and "Kommunstyrelsen § 213" in html
    assert re.search(r'href="/filer/[0-9a-f]{64}/vasteras-ks-protokoll-213.pdf#page=1"', html)
    assert 'href="/flode.atom?q=hallbarhetsprogram"' in html


def test_search_by_every_field_and_as_json(site):
    rows = site.get("/sok.json?dnr=KS+667/2025&fran=1.1.2026&parti=SD").json()["rows"]
    assert {r["dnr"] for r in rows} == {"KS-2025/00667"}
    assert site.get("/sok.json?person=anders+agren").json()["rows"]
    assert site.get("/sok.json?organ=naringslivs").json()["rows"]


def test_search_pages_through_the_results(site):
    first = site.get("/sok.json?antal=3").json()
    assert len(first["rows"]) == 3 and first["more"] > 0
    assert 'href="/sok?antal=3&amp;sida=2"' in site.get("/sok?antal=3").text
    second = site.get("/sok.json?antal=3&sida=2").json()["rows"]
    keys = lambda rows: {(r["item_id"], r["decision_id"]) for r in rows}  # noqa: E731
    assert len(second) == 3 and not keys(second) & keys(first["rows"])


@pytest.mark.parametrize("q", ['"', "*", "(", "-", "   ", "🙂", "NEAR(", "a OR", "%", "<script>"])
def test_any_text_is_a_valid_search(site, q):
    r = site.get("/sok?" + urllib.parse.urlencode({"q": q}))
    assert r.status_code == 200 and "<script>" not in r.text.split("<main>")[1]


def test_a_bad_date_is_a_swedish_400(site):
    r = site.get("/sok?fran=2025-02-30")
    assert r.status_code == 400 and "är inget datum" in r.text and swedish(r.text)
    assert site.get("/sok.json?fran=igår").status_code == 400


def test_case_page_is_the_history_in_any_spelling(site):
    for spelling in ("KS-2025/00667", "ks-2025-00667", "KS%20667/2025"):
        r = site.get(f"/arende/{spelling}")
        assert r.status_code == 200 and "Ärende KS-2025/00667" in r.text, spelling
    html = site.get("/arende/KS-2025/00667").text
    assert html.index("2026-04-14") < html.index("2026-05-19") and "rättelse" in html
    assert 'href="/flode.atom?dnr=KS-2025%2F00667"' in html
    assert site.get("/arende/KS-2025/00667.json").json()["dnr"] == "KS-2025/00667"
    assert site.get("/arende/KS-2099/99999").status_code == 404


def test_a_number_several_cases_share_asks_which(tmp_path):
    path = tmp_path / "exempel.db"
    write_example(path)
    html = Site(path).get("/arende/2025/667").text
    assert "Flera ärenden har numret 2025/667" in html
    assert 'href="/arende/KS-2025/00667"' in html and 'href="/arende/%C3%96FN-2025/00667"' in html


def test_meeting_page_lists_items_decisions_and_attendance(tmp_path, site):
    rows = site.get("/sok.json?dnr=KS-2024/00103").json()["rows"]
    html = site.get(f"/sammantrade/{rows[0]['meeting_id']}").text
    assert "§ 213 Hållbarhetsuppföljning 2023" in html and "Reservation" in html
    path = tmp_path / "exempel.db"
    write_example(path)
    example = Site(path)
    meeting = example.get("/sok.json?dnr=ÖFN-2025/00667").json()["rows"][0]["meeting_id"]
    html = example.get(f"/sammantrade/{meeting}").text
    assert "Närvaro" in html and "deltar inte i § 3 p.g.a. jäv" in html
    assert site.get("/sammantrade/nosuch").status_code == 404


def test_person_page_has_positions_and_attendance(tmp_path, site):
    html = site.get("/person/Anders%20%C3%85gren").text
    assert "Anders Ågren" in html and "reservation" in html and "KS-2025/00667" in html
    path = tmp_path / "exempel.db"
    write_example(path)
    html = Site(path).get("/person/bo%20ek").text
    assert "Närvaro" in html and "deltar §§ 1-2" in html


# ------------------------------------------------------------------ the feeds


def _entries(r) -> list[dict]:
    assert r.status_code == 200 and "application/atom+xml" in r.headers["content-type"]
    feed = ET.fromstring(r.content)
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}updated") is not None
    return [{"id": e.findtext(f"{ATOM}id"), "title": e.findtext(f"{ATOM}title"),
             "updated": e.findtext(f"{ATOM}updated"), "summary": e.findtext(f"{ATOM}summary")}
            for e in feed.findall(f"{ATOM}entry")]


def test_feed_of_all_new_decisions(site):
    entries = _entries(site.get("/flode.atom"))
    assert len(entries) >= 9 and len({e["id"] for e in entries}) == len(entries)
    assert all(e["id"].startswith("http://localhost/sammantrade/") for e in entries)
    assert any("KS-2025/00667" in e["title"] for e in entries)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", e["updated"])
               for e in entries)


@pytest.mark.parametrize("query, dnr", [("parti=SD", {"KS-2025/00667", "KS-2024/00103"}),
                                        ("dnr=ks+2024/103", {"KS-2024/00103"}),
                                        ("q=hallbarhetsprogram", {"KS-2024/00103"}),
                                        ("organ=n%C3%A4ringslivs", None)])
def test_feeds_per_search_party_body_and_dnr(site, query, dnr):
    entries = _entries(site.get(f"/flode.atom?{query}"))
    assert entries
    if dnr is not None:
        assert {e["title"].rsplit("(", 1)[1].rstrip(")") for e in entries} == dnr
    else:
        assert all("näringslivs" in e["title"] for e in entries)


# ------------------------------------------------------------------ the PDFs


def _pdf_link(site, name: str) -> str:
    html = site.get("/sok?q=hallbarhetsuppfoljning").text if name == VAS.name else \
        site.get("/sok?q=IOP").text
    return re.search(rf'href="(/filer/[0-9a-f]{{64}}/{re.escape(name)})#page=\d+"', html).group(1)


def test_a_pdf_is_served_as_imported(site):
    r = site.get(_pdf_link(site, BOOK.name))
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.content == BOOK.read_bytes()
    assert site.get(f"/filer/{'0' * 64}/x.pdf").status_code == 404


def test_a_changed_swapped_or_missing_pdf_is_refused(files, site):
    link = _pdf_link(site, VAS.name)
    pdf = files / VAS.name
    original = pdf.read_bytes()
    try:
        pdf.write_bytes(original + b"\n% changed\n")
        r = site.get(link)
        assert r.status_code == 409 and "har ändrats" in r.text and b"% changed" not in r.content
        pdf.unlink()
        os.symlink("/etc/passwd", pdf)
        r = site.get(link)
        assert r.status_code == 409 and "root:" not in r.text
        pdf.unlink()
        os.mkfifo(pdf)
        assert site.get(link).status_code == 409
        pdf.unlink()
        r = site.get(link)
        assert r.status_code == 404 and "finns inte längre" in r.text
    finally:
        if pdf.exists() or pdf.is_symlink():
            pdf.unlink()
        pdf.write_bytes(original)
    assert site.get(link).status_code == 200


# ------------------------------------------------------------------ bounds and boundaries


def test_unknown_routes_are_404_in_swedish(site):
    for path in ("/nosuch", f"/{site.name}/nosuch", "/-/nosuch", "/arende"):
        r = site.get(path)
        assert r.status_code == 404, path
    assert "Sidan finns inte" in site.get("/nosuch").text


def test_a_visitors_mistake_prints_no_traceback_on_the_console(site, capsys):
    for path in ("/nosuch", f"/{site.name}/nosuch.json"):
        assert site.get(path).status_code == 404
    r = site.get(f"/{site.name}/nosuch.json")
    assert r.json()["ok"] is False and r.json()["status"] == 404
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert "NotFound" not in out.out + out.err


def test_the_database_download_is_hidden_unless_asked_for(files, site):
    assert site.get(f"/{site.name}.db").status_code == 404
    r = Site(files / "register.db", allow_download=True).get(f"/{site.name}.db")
    assert r.status_code == 200 and r.content[:16] == b"SQLite format 3\x00"
    copy = files / "copy.db"
    copy.write_bytes(r.content)
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM files").fetchone()[0] == 2


@pytest.mark.parametrize("sql, why", [
    ("select randomblob(999999999)", "too big"),
    ("select zeroblob(30000000) from files, files, files, files", "större än"),
    ("with recursive r(n) as (select 1 union all select n + 1 from r) select count(*) from r",
     "took too long"),
])
@pytest.mark.slow  # waits out the query time limit
def test_expensive_queries_are_stopped(site, sql, why):
    started = time.monotonic()
    r = site.get(f"/{site.name}.json?" + urllib.parse.urlencode({"sql": sql}))
    assert r.status_code == 400 and time.monotonic() - started < 10
    assert why in r.json()["error"].lower()


def test_the_register_cannot_be_written_through_the_web(site):
    r = site.get(f"/{site.name}.json?sql=delete+from+files")
    assert r.status_code == 400
    assert site.get(f"/{site.name}/files.json?_shape=array").json()


def test_sql_stays_reachable_for_those_who_want_it(site):
    r = site.get(f"/{site.name}")
    assert r.status_code == 200 and "Till startsidan" in r.text and "Sammanträden" in r.text


# ------------------------------------------------------------------ a running server


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read()


@pytest.mark.slow
def test_serve_follows_an_import_and_answers_throughout(tmp_path):
    db = tmp_path / "register.db"
    meetbook = [sys.executable, "-m", "meetbook"]
    subprocess.run([*meetbook, "import", str(VAS), "--db", str(db), "-q"], check=True)
    port = free_port()
    proc = subprocess.Popen([*meetbook, "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc)
        before = json.loads(_get(f"{base}/sok.json?antal=200"))["rows"]
        imp = subprocess.Popen([*meetbook, "import", str(BOOK), "--db", str(db), "-q"])
        errors, answers = [], 0
        while imp.poll() is None:
            for path in ("/sok.json?q=beslut", "/register.json", "/"):
                try:
                    _get(base + path)
                    answers += 1
                except (urllib.error.URLError, OSError) as e:
                    errors.append(f"{path}: {e}")
            time.sleep(0.05)
        assert imp.returncode == 0 and not errors and answers > 0, errors[:3]
        after = json.loads(_get(f"{base}/sok.json?antal=200"))["rows"]
        assert len(after) > len(before)
        assert any(r["file"] == BOOK.name for r in after)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    # uvicorn shuts down cleanly, then lets the signal end the process as it would have
    assert proc.returncode in (0, -signal.SIGTERM) and b"Traceback" not in proc.stderr.read()
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(base: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"serve exited: {proc.stderr.read()}")
        try:
            _get(base + "/-/versions.json")
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail("serve did not answer")


def test_datasette_tables_link_pages_to_the_pdf(site):
    html = site.get(f"/{site.name}/decisions").text
    assert re.search(r'<a href="/filer/[0-9a-f]{64}/[^"]+\.pdf#page=\d+" title="[^"]+, sida \d+">',
                     html)
    assert "Beslut och förslag" in html  # the table's Swedish title
