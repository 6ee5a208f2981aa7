"""A decision's procedure part: its dialect, chosen once, and its sections and entries."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.procedure import (
    BLOCK,
    SECTIONS,
    Dialect,
    Told,
    dialect_of,
    entries,
    prints_parties,
    sections,
    told_in_block,
    without_procedure,
)
from meetbook.model import Line, lines_from_text

TOLD_BLOCK = lines_from_text(
    "Under diskussionen föreslog Anna Kengo, understödd av Tua Backman, att ärendet "
    "återremitteras.\nOmröstningen utföll med 5 ja-röster och 2 nej-röster.\n"
    "Nämnden beslöt således enligt förslaget.")
PLAIN_BLOCK = lines_from_text("Nämnden godkänner avtalet.")


@pytest.mark.parametrize("paragraph, block, dialect", [
    ("**Yrkanden**\nAnna Berg (S) yrkar bifall.", PLAIN_BLOCK, SECTIONS),
    # party groups, no member with a party: sections whose members are named alone (their
    # parties on the cover)
    ("**Yrkande från M, D, L och KD**\nAtt avslå förslaget.", PLAIN_BLOCK,
     Dialect(parties=False, told=Told.SECTIONS)),
    ("Ledamöterna från SD reserverar sig mot beslutet.", TOLD_BLOCK,
     Dialect(parties=False, told=Told.SECTIONS)),
    ("S-gruppen reserverar sig mot beslutet.", TOLD_BLOCK, Dialect(parties=False, told=Told.SECTIONS)),
    ("S-gruppen yrkar bifall.\nIngrid Sjölander yrkar att motionen ska anses besvarad.",
     PLAIN_BLOCK, Dialect(parties=False, told=Told.SECTIONS)),
    ("S-gruppen yrkar bifall.\nIngrid Sjölander (C) yrkar avslag.", PLAIN_BLOCK, SECTIONS),
    ("Bildningsdirektörens förslag:\nNämnden godkänner avtalet.", TOLD_BLOCK, BLOCK),
    ("Bildningsdirektörens förslag:\nNämnden godkänner avtalet.", PLAIN_BLOCK,
     Dialect(parties=False, told=Told.SECTIONS)),
])
def test_the_dialect_of_a_paragraph(paragraph, block, dialect):
    assert dialect_of(lines_from_text(paragraph), block) == dialect


def test_a_paragraph_written_meeting_by_meeting_tells_its_procedure_in_blocks():
    assert told_in_block(lines_from_text("Stadsstyrelsen 5.9.2022, 186 §")) == BLOCK
    assert told_in_block(lines_from_text("Anna Berg (S) föreslog …")).parties


@pytest.mark.parametrize("text, parties", [
    ("Anna Berg (S)", True), ("(-)(L)", True), ("Kommunstyrelsen beslutar", False),
    ("Jäv: Anna Berg (FvL 28 § 1 mom. 5 p.)", False),
])
def test_prints_parties(text, parties):
    assert prints_parties(lines_from_text(text)) is parties


@pytest.mark.parametrize("text, kept", [
    ("Nämnden godkänner avtalet. Under diskussionen föreslog Anna Kengo att ärendet bordläggs.",
     "Nämnden godkänner avtalet."),
    ("Omröstningen utföll med 5 ja-röster och 2 nej-röster. Anslaget beviljas.",
     "Anslaget beviljas."),
    ("Anna Kengo reserverade sig mot beslutet. Jean Hellsten anmälde jäv (FvL 28 §). Nämnden "
     "beslutar enligt förslaget.", "Nämnden beslutar enligt förslaget."),
    ("Stadsstyrelsen föreslår för fullmäktige att avtalet godkänns.",
     "Stadsstyrelsen föreslår för fullmäktige att avtalet godkänns."),
])
def test_without_procedure(text, kept):
    assert without_procedure(text) == kept


def test_sections_and_entries():
    lines = lines_from_text("**Yrkanden**\nAnna Berg (S) yrkar bifall. Per Ek (M) yrkar avslag.\n"
                            "**Reservation**\nReservationer: Per Ek (M) reserverar sig.")
    got = sections(lines)
    assert [h for h, _ in got] == ["Yrkanden", "Reservation", "Reservationer"]
    assert entries("Anna Berg (S) yrkar bifall. Motivet är klart. Per Ek (M) yrkar avslag.") == [
        "Anna Berg (S) yrkar bifall. Motivet är klart.", "Per Ek (M) yrkar avslag."]


@given(st.lists(st.tuples(st.text(max_size=120), st.booleans()), max_size=12))
def test_the_dialect_never_crashes(rows):
    lines = [Line(t, 1, 0.0, 12.0 * i, 0.0, 10.0, b) for i, (t, b) in enumerate(rows)]
    assert isinstance(dialect_of(lines, lines[:3]).told, Told)
    for _heading, body in sections(lines):
        assert all(isinstance(ln, Line) for ln in body)
    without_procedure(" ".join(t for t, _ in rows))
