"""A paragraph written meeting by meeting (Nykarleby): parts, garbled labels, adoption."""
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract import clauses, treatments
from meetbook.model import Line, lines_from_text

# 44 § of Välfärdsnämnden 15.9.2022, as its text layer prints it (garbling kept)
PARAGRAPH_44 = """**44 § Rekrytering av välfärdschef**
Tidigare behandling:
Stadsstyrelsen 5.9.2022, 186 §
Stadsstyrelsen 5.9.2022, 186 §
Beredning: stadsdirektör Martin Norrgård
Stadens t.f. välfärdschef Heidi Kronqvist har övergåt till andra arbetsuppdrag
**Stadsdirektör Martn Norrgårds förslag:**
Stadsstyrelsen beslutar at
1) Uppgifen som rektor för Arbis upphör at gälla inom ramen för tjänsten
som välfärdschef.
**Stadsstyrelsens beslut:**
Stadsdirektörens förslag godkändes.
______
Välfärdsnämnden 15.9.2022, 44 §
Beredning: Bildningsdirektör/t välfärdschef Teresia Töterman-Engström
**Bildningsdirektör/t välfärdschef Teresia Töterrann-ngströrs förslag:**
Antecknas för kännedom.
**Välfärdsnärndens beslut:**
Antecknades för kännedom.
______"""


@pytest.mark.parametrize("text, expected", [
    ("Stadsstyrelsen 5.9.2022, 186 §", ("Stadsstyrelsen", "2022-09-05", 186)),
    ("Tekniska nämnden 6.9.2022, 100 §", ("Tekniska nämnden", "2022-09-06", 100)),
    ("Stadsfullmäktge 19.8.2021, 82 §", ("Stadsfullmäktge", "2021-08-19", 82)),
    ("Kommunstyrelsen 2024-05-08 § 112", ("Kommunstyrelsen", "2024-05-08", 112)),
    # a colon after the § number, a date written out
    ("Stadsstyrelsen 15.03.2026 § 41:", ("Stadsstyrelsen", "2026-03-15", 41)),
    ("Stadsstyrelsen 15.3.2026, 44 §:", ("Stadsstyrelsen", "2026-03-15", 44)),
    ("Tekniska nämnden den 3 februari 2026 § 14:", ("Tekniska nämnden", "2026-02-03", 14)),
    ("Kommunstyrelsens arbetsutskott 3 mars 2026, § 16",
     ("Kommunstyrelsens arbetsutskott", "2026-03-03", 16)),
    ("Arbetsutskottet föreslog den 3 februari 2026 § 14 att taxan höjs.", None),
    # the § before the date
    ("Tekniska nämnden § 5 13.1.2026", ("Tekniska nämnden", "2026-01-13", 5)),
    ("Byggnadsnämnden § 3, 20.1.2026:", ("Byggnadsnämnden", "2026-01-20", 3)),
    ("Kommunstyrelsen § 123 2025-05-12", ("Kommunstyrelsen", "2025-05-12", 123)),
    ("Protokollet § 5 justerades 13.1.2026", None),
    ("Stadsstyrelsen utser protokolljusterare.", None),
    ("Protokollet justeras senast 29.9.2022.", None),
])
def test_meeting_lines(text, expected):
    assert treatments.meeting_line(Line(text, 1)) == expected


@pytest.mark.parametrize("label, kind", [
    ("Stadsdirektör Martn Norrgårds förslag:", "förslag"),
    ("Bildningsdirektör/t vvllvrdsscel Teresia Töterrann-ngströrs lörslag:", "förslag"),
    ("Bildningsdirektör/t vvllvrdsshel Teresia Tötermann-ngströms lörslag:i", "förslag"),
    ("Tä vlfälrischeä/rektor äör arbetariästtttet Heiii Kroäqvists äörsfag:", "förslag"),
    ("Secusui nueör Mc tin No gå us för silcg:", "förslag"),
    ("Välfärdsnämndens beslui:", "beslut"),
    ("Teinisia nämneens beskut:", "beslut"),
    ("at ndsoullmnetiges beslut :", "beslut"),
    ("Yrkanden:", None),
    ("Tidigare behandling", None),
])
def test_labels_also_when_garbled(label, kind):
    assert treatments.label_kind(Line(label, 1, bold=True)) == kind


def test_a_label_too_garbled_to_read_is_known_by_the_body_it_names():
    ln = Line("Secusfrililmäutigns bnsilre:", 1, bold=True)
    assert treatments.label_kind(ln) == "?"
    assert treatments.label_kind(ln, "Stadsfullmäktige") == "beslut"


def test_parts_split_at_each_meeting_and_keep_their_body_date_and_paragraph():
    parts = treatments.parts(lines_from_text(PARAGRAPH_44))
    heads = [(p.body, p.date, p.paragraph) for p in parts]
    assert heads == [(None, None, None), ("Stadsstyrelsen", "2022-09-05", 186),
                     ("Stadsstyrelsen", "2022-09-05", 186), ("Välfärdsnämnden", "2022-09-15", 44)]
    kinds = [[k for k, _ in treatments.labelled_blocks(p)] for p in parts]
    assert kinds == [[], [], ["förslag", "beslut"], ["förslag", "beslut"]]


def test_an_adopted_proposal_is_the_decision():
    part = treatments.parts(lines_from_text(PARAGRAPH_44))[2]
    (_, proposal), (_, decision) = treatments.labelled_blocks(part)
    assert treatments.adopts_proposal(decision)
    assert [c.number for c in clauses.clauses(proposal)] == [1]


@pytest.mark.parametrize("text, adopted", [
    ("Stadsdirektörens förslag godkändes.", True),
    ("Enligt förslag.", True),
    ("-nligt förslag.", True),
    ("Godkändes enligt tekniska direktörens förslag.", True),
    ("Stadsstyrelsens beslut i enlighet med stadsdirektörens förslag.", True),
    ("Stadsstyrelsen öreslvr ör ullmäktige i enlighet med stadsdirektörens örslag. "
     "Esa Högnäsbacka och Peter Sjöblom avlägsnade sig från mötet kl. 19.54.", True),
    ("Antecknades för kännedom.", False),
    ("Till protokolljusterare utsågs Johanna Norrbygård och Tua Backman.", False),
    # Swedish nämnder's wordings
    ("Enligt förslag till beslut.", True),
    ("Socialnämnden beslutar enligt förslag till beslut.", True),
    ("Nämnden beslutar i enlighet med förslag till beslut.", True),
    ("Förslaget bifalls.", True),
    ("Förslaget antas.", True),
    ("Ordförandens förslag antas.", True),
    ("Kommunstyrelsen föreslår kommunfullmäktige besluta enligt förvaltningens förslag.", True),
    ("Förslaget till detaljplan antas av kommunfullmäktige.", False),
    ("Förslag till beslut på sammanträdet saknas.", False),
])
def test_adoption_formulas(text, adopted):
    block = clauses.Block("Stadsstyrelsens beslut:", tuple(lines_from_text(text)), 1)
    assert treatments.adopts_proposal(block) is adopted


def test_indented_subheadings_are_no_labels():
    lines = lines_from_text("""Välfärdsnämnden 15.9.2022, 43 §
**Biblioteket informerar:**
Årets Topeliussaga finns bearbetad till nysvenska.
**Bildningsdirektörens förslag:**
Antecknas för kännedom.""")
    lines = [replace(ln, x0=135.0 if i in (1, 2) else 71.0) for i, ln in enumerate(lines)]
    (part,) = [p for p in treatments.parts(lines) if p.body]
    assert [k for k, _ in treatments.labelled_blocks(part)] == ["förslag"]


@given(st.lists(st.text(max_size=60), max_size=30))
def test_never_crashes(texts):
    lines = [Line(t, 1, bold=i % 3 == 0) for i, t in enumerate(texts)]
    for part in treatments.parts(lines):
        treatments.labelled_blocks(part)
    treatments.has_parts(lines)


def test_a_list_of_meetings_under_a_heading_opens_no_part():
    text = """**Beslutsgång i ärendet**
Tekniska nämnden 2026-02-12, § 9
Kommunstyrelsens arbetsutskott 2026-03-03, § 14
Kommunstyrelsen 2026-03-17, § 22
**Kommunstyrelsens förslag till beslut**
Kommunfullmäktige beslutar att anta taxan.
Beslut: Enligt kommunstyrelsens förslag."""
    assert [(p.body, len(p.lines)) for p in treatments.parts(lines_from_text(text))] == [
        (None, 7)]


def test_a_listed_meeting_printed_again_opens_its_part():
    text = """Tidigare behandling:
Stadsfullmäktige 15.12.2022, 71 §
Stadsstyrelsen 9.1.2023, 8 §
Stadsfullmäktige 15.12.2022, 71 §
**Stadsfullmäktiges beslut:**
Motionen överfördes till stadsstyrelsen för beredning.
Stadsstyrelsen 9.1.2023, 8 §
**Stadsdirektörens förslag:**
Motionen överförs till bildningsnämnden för utlåtande."""
    parts = treatments.parts(lines_from_text(text))
    assert [(p.body, p.paragraph, len(p.lines)) for p in parts] == [
        (None, None, 3), ("Stadsfullmäktige", 71, 2), ("Stadsstyrelsen", 8, 2)]
