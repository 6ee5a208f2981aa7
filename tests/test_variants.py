"""Synthetic minutes of the development kinds (tests/variants/): items and decisions as the
hand-written facts give them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from meetbook.extract.dnr import canonical_key

VARIANTS = Path(__file__).parent / "variants"
DOCUMENTS = sorted(VARIANTS.glob("*.pdf"))


def _facts(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".facts.json").read_text(encoding="utf-8"))


def _items(export: dict) -> dict[str, dict]:
    return {it["number"]: it for m in export["meetings"] for it in m["items"]}


@pytest.mark.parametrize("pdf", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_items_are_as_printed(pdf, register_of):
    _, data = register_of(pdf)
    got = _items(data)
    want = _facts(pdf)["items"]
    assert sorted(got) == sorted(it["number"] for it in want)
    for it in want:
        assert got[it["number"]]["title"] == it["title"], it["number"]
        if it.get("dnr") is not None:
            assert sorted(map(canonical_key, got[it["number"]]["dnr"])) == \
                sorted(map(canonical_key, it["dnr"])), it["number"]


@pytest.mark.parametrize("pdf", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_decisions_have_their_body_date_and_paragraph(pdf, register_of):
    _, data = register_of(pdf)
    got = _items(data)
    for it in _facts(pdf)["items"]:
        have = {(d["kind"], d["body"], d["date"], d["paragraph"])
                for d in got[it["number"]]["decisions"]}
        for d in it.get("decisions") or []:
            if {"kind", "body", "date", "paragraph"} <= set(d):
                assert (d["kind"], d["body"], d["date"], d["paragraph"]) in have, it["number"]
