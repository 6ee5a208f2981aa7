"""Golden exports: each fixture PDF's export, reviewed by reading the PDF, kept in expected/.

Regenerate on purpose and review the diff:  MEETBOOK_REGENERATE=1 .venv/bin/python -m pytest
tests/test_golden.py
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import BOOK, REAL, VAS, dumps

EXPECTED = Path(__file__).parent / "expected"
VARIANTS = Path(__file__).parent / "variants"  # synthetic minutes of the same kinds
FIXTURES = [BOOK, VAS, *sorted(REAL.glob("*.pdf")), *sorted(VARIANTS.glob("*.pdf"))]


@pytest.mark.parametrize("pdf", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_golden_export(pdf, register_of):
    if not pdf.exists():
        pytest.skip(f"{pdf} is not here")
    _, data = register_of(pdf)
    got = dumps(data)
    path = EXPECTED / f"{pdf.stem}.json"
    if os.environ.get("MEETBOOK_REGENERATE") or not path.exists():
        path.write_text(got + "\n", encoding="utf-8")
        if not os.environ.get("MEETBOOK_REGENERATE"):
            pytest.fail(f"{path.name} was missing and has been written: review it")
    assert got + "\n" == path.read_text(encoding="utf-8")
