"""The auditor's pages of `meetbook serve`: the uppdrag with their status, one uppdrag's trail
and the feed of what bodies decided of uppdrag, in Swedish, with links to the PDF page."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest

from meetbook.serve import uppdrag
from tests.conftest import VAS, shared
from tests.test_serve import ATOM, Site, swedish


@pytest.fixture(scope="module")
def site(register_of) -> Site:
    ks = shared("real/goteborg-ks-2024-02-07-protokoll.pdf")
    path, _ = register_of(ks, VAS)
    return Site(path)


def test_the_list_shows_each_uppdrag_with_its_status_in_swedish(site):
    r = site.get("/uppdrag")
    assert r.status_code == 200 and swedish(r.text)
    assert "hållbarhetsprogram" in r.text and "öppet" in r.text
    assert "fullgjort genom Kommunstyrelsen 2024-02-07 § 110" in r.text
    assert 'type="application/atom+xml"' in r.text and "/uppdrag.atom" in r.text


@pytest.mark.parametrize("status", ["öppet", "fullgjort"])
def test_the_list_filters_by_status(site, status):
    rows = json.loads(site.get(f"/uppdrag.json?status={quote(status)}").text)
    assert rows and {r["status"] for r in rows} == {status}


def test_an_unknown_status_is_a_swedish_400(site):
    r = site.get("/uppdrag?status=klart")
    assert r.status_code == 400 and "Status är en av" in r.text


def test_one_uppdrag_by_the_decision_as_written(site):
    r = site.get("/uppdrag/" + quote("KS 2018-05-23 § 492", safe=""))
    assert r.status_code == 200 and swedish(r.text)
    assert "förklarat fullgjort" in r.text and "Kommunstyrelsen § 110" in r.text
    assert "/filer/" in r.text and "#page=20" in r.text


def test_each_listed_uppdrag_has_its_page(site):
    rows = json.loads(site.get("/uppdrag.json").text)
    for row in rows[:5]:
        page = site.get(uppdrag.uppdrag_url(row["id"]))
        assert page.status_code == 200, row["id"]


def test_an_unknown_uppdrag_is_a_swedish_404(site):
    r = site.get("/uppdrag/" + quote("KS 1999-01-01 § 1", safe=""))
    assert r.status_code == 404 and swedish(r.text)


def test_the_feed_lists_what_bodies_decided_of_uppdrag(site):
    r = site.get("/uppdrag.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    titles = [e.findtext(f"{ATOM}title") for e in ET.fromstring(r.text).iter(f"{ATOM}entry")]
    assert any("förklarat fullgjort" in t and "2018-05-23 § 492" in t for t in titles), titles


@pytest.mark.parametrize(("label", "swedish_label"), [
    ("given", "givet"), ("declared fullgjort", "förklarat fullgjort"),
    ("proposed to Kommunfullmäktige", "föreslaget till Kommunfullmäktige"),
    ("proposed fullgjort", "föreslaget fullgjort"), ("partly reported", "delredovisat")])
def test_step_labels_in_swedish(label, swedish_label):
    assert uppdrag.what(label) == swedish_label
