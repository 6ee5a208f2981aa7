"""Agenda layouts, one class each: what each knows (detect) and what it reads (read), on small
synthetic pages; then the reading of a whole agenda over its pages."""
from __future__ import annotations

import pytest

from meetbook.pdf.pages import Table
from meetbook.segment.agenda import LAYOUTS, AgendaEntry, agenda, agenda_pages, layout_of
from meetbook.segment.agenda.numbered_lines import NumberedLines
from meetbook.segment.agenda.ruled_table import RuledTable
from meetbook.segment.agenda.word_table import Columns, WordTable
from tests.pagemaker import line, page, row, text_page

# ------------------------------------------------------------------ numbered lines

DAGORDNING = """
**Dagordning**
**Till KSNAU - KS - KF**
189/26 Planeringsdirektiv och budget 2027 samt plan 2028-2030 ........ 3
190/26 Upphandling: Digitalt städledningssystem Godkännande av
upphandlingsunderlag ....... 5
**För kännedom**
191/26 Dnr 25264 Upphandling: Arbetskläder ........ 9
"""


def test_numbered_lines_know_a_page_of_numbered_entries():
    assert NumberedLines().detect([text_page(DAGORDNING)])
    assert not NumberedLines().detect([text_page("Kommunstyrelsen beslutar\natt godkänna.")])


def test_numbered_lines_read_numbers_titles_sections_page_references_and_dnr():
    entries = NumberedLines().read([text_page(DAGORDNING)])
    assert [(e.number, e.title, e.section, e.page_ref) for e in entries] == [
        ("189/26", "Planeringsdirektiv och budget 2027 samt plan 2028-2030", "Till KSNAU - KS - KF", 3),
        ("190/26", "Upphandling: Digitalt städledningssystem Godkännande av upphandlingsunderlag",
         "Till KSNAU - KS - KF", 5),
        ("191/26", "Upphandling: Arbetskläder", "För kännedom", 9)]
    assert entries[2].dnr == (("25264", "25264"),)


def test_numbered_lines_of_a_protocols_contents():
    contents = text_page("""
**Innehåll**
**§ 215 Dnr KS-2025-00014**
Information om samråd och viktigare pågående ärende från arbetsutskottets
sammanträden ........................ 4
**§ 216 Dnr KS-2025-00015, KS-2025-00016**
Information om aktuella händelser ............ 5
""")
    entries = NumberedLines().read([contents])
    assert [(e.number, e.page_ref) for e in entries] == [("§ 215", 4), ("§ 216", 5)]
    assert entries[0].title == ("Information om samråd och viktigare pågående ärende från "
                                "arbetsutskottets sammanträden")
    assert [d for d, _ in entries[1].dnr] == ["KS-2025/00015", "KS-2025/00016"]
    assert entries[1].title == "Information om aktuella händelser"


def test_numbered_lines_with_the_number_last_and_appendices_listed_under_an_entry():
    listing = text_page("""
Ärenden som skall behandlas Sida
188 § Sammanträdets laglighet och beslutförhet ............ 2
191 § Anmälningsärenden, sst 26.9.2022 ............ 5
- Bil. J Malinens skrivelse till stadsstyrelsen ............ 7
- Motion, Kolonilotter åt folket; Sannfinländarna / Aloite, Puutarhapalstoja
ihmisille; Perussuomalaiset ........ 9
192 § Verkställighet av stadsfullmäktiges beslut ............ 10
""")
    entries = NumberedLines().read([listing])
    assert [(e.number, e.page_ref) for e in entries] == [("188 §", 2), ("191 §", 5), ("192 §", 10)]
    assert entries[1].appendices == (
        ("J Malinens skrivelse till stadsstyrelsen", 7),
        ("Motion, Kolonilotter åt folket; Sannfinländarna / Aloite, Puutarhapalstoja ihmisille; "
         "Perussuomalaiset", 9))
    assert entries[0].appendices == entries[2].appendices == ()


def test_a_section_heading_that_ends_a_page_opens_the_next_one():
    first = text_page("4. Budget 2026\n**Beslutsärenden**")
    entries, section = NumberedLines().read_page(first, None)
    assert section == "Beslutsärenden"
    assert [e.section for e in NumberedLines().read([first, text_page("5. Taxor", 2)])] == \
        [None, "Beslutsärenden"]


# ------------------------------------------------------------------ word-position table

REF, PROPOSAL = 233.0, 298.0


def _word_table_page(number: int = 1, header: bool = True):
    lines = [row(100, (85, "Ärende"), (REF, "Beteckning"), (PROPOSAL, "Förslag"), bold=True)] \
        if header else []
    lines += [
        row(120, (85, "Beslutsärenden")),
        row(135, (61, "6."), (85, "Ombudgetering av"), (REF, "2025-00188"),
            (PROPOSAL, "Förslag till beslut i kommunfullmäktige")),
        row(150, (85, "investeringsmedel 2025"), (PROPOSAL, "Kommunfullmäktige godkänner")),
        row(165, (PROPOSAL, "ombudgetering av investeringsmedel.")),
        row(180, (61, "7."), (85, "Svar på motioner om bostäder"),
            (REF, "2025-00301 2025-00302"), (PROPOSAL, "Motionerna avslås.")),
        row(195, (61, "8."), (85, "Taxa för tillsyn"), (REF, "KS 2025/177")),
    ]
    return page(*lines, number=number)


def test_word_table_knows_its_header_row_and_columns():
    p = _word_table_page()
    assert WordTable().detect([p])
    columns = Columns.of(p)
    assert columns is not None
    assert (columns.reference_x, columns.proposal_x) == (REF - 2, PROPOSAL - 2)
    assert not WordTable().detect([_word_table_page(header=False)])


def test_word_table_reads_title_reference_and_proposal_columns():
    entries = WordTable().read([_word_table_page()])
    assert [(e.number, e.title, e.section) for e in entries] == [
        ("6", "Ombudgetering av investeringsmedel 2025", "Beslutsärenden"),
        ("7", "Svar på motioner om bostäder", "Beslutsärenden"),
        ("8", "Taxa för tillsyn", "Beslutsärenden")]
    # the Beteckning column is the entry's diarienummer, as printed when no known form
    assert entries[0].dnr == (("2025-00188", "2025-00188"),)
    assert entries[1].dnr == (("2025-00301", "2025-00301"), ("2025-00302", "2025-00302"))
    assert entries[2].dnr == (("KS-2025/00177", "KS 2025/177"),)
    assert entries[0].proposal == ("Förslag till beslut i kommunfullmäktige Kommunfullmäktige "
                                   "godkänner ombudgetering av investeringsmedel.")
    assert entries[2].proposal == ""


# ------------------------------------------------------------------ ruled table


def _table(number: int, *rows: tuple[str, ...]) -> Table:
    return Table(number, 100.0, 500.0, (("", "Ärende", "Beteckning", "Förslag"), *rows))


def test_ruled_table_knows_a_table_with_an_arende_column_that_gives_entries():
    ruled = page(line("Föredragningslista", 80, bold=True),
                 tables=(_table(1, ("1.", "Val av justerare", "", "")),))
    assert RuledTable().detect([ruled])
    assert not RuledTable().detect([page(line("4. Budget", 80))])
    other = Table(1, 100.0, 500.0, (("Namn", "Parti"), ("Anna Berg", "S")))
    assert not RuledTable().detect([page(line("Närvarande", 80), tables=(other,))])


def test_ruled_table_reads_sections_numbers_references_and_proposals():
    p = page(line("Föredragningslista", 80, bold=True), tables=(_table(
        1,
        ("", "Information", "", ""),
        ("1.", "Information från revisorerna", "", ""),
        ("", "Beslutsärenden", "", ""),
        ("2.", "Ombudgetering av investeringsmedel", "2025-00188",
         "Förslag till beslut i kommunfullmäktige Kommunfullmäktige godkänner ombudgeteringen."),
        ("3.", "Svar på motioner", "2025-00301 2025-00302", ""),
    ),))
    entries = RuledTable().read([p])
    assert [(e.number, e.title, e.section, e.page) for e in entries] == [
        ("1", "Information från revisorerna", "Information", 1),
        ("2", "Ombudgetering av investeringsmedel", "Beslutsärenden", 1),
        ("3", "Svar på motioner", "Beslutsärenden", 1)]
    assert entries[1].dnr == (("2025-00188", "2025-00188"),)
    assert entries[1].proposal.startswith("Förslag till beslut i kommunfullmäktige")
    assert [r for _, r in entries[2].dnr] == ["2025-00301", "2025-00302"]


def test_a_ruled_row_that_goes_on_over_a_page_break_is_joined_to_its_entry():
    # the table's text is on the page as lines too, as a PDF's text layer has it
    one = page(line("Föredragningslista", 80, bold=True), line("4. Detaljplan för del av", 120),
               tables=(_table(1, ("4.", "Detaljplan för del av", "2025-00143",
                                  "Förslag till beslut i kommunstyrelsen"),),))
    two = page(row(100, (85, "Ärende"), (REF, "Beteckning"), (PROPOSAL, "Förslag")),
               line("5. Taxor 2026", 140), number=2,
               tables=(_table(2, ("", "Malevik 1:39", "", "Kommunstyrelsen godkänner projektbeställningen."),
                              ("5.", "Taxor 2026", "2025-00200", "")),))
    first, _ = RuledTable().read_page(two, "Beslutsärenden")
    assert (first[0].number, first[0].title) == ("", "Malevik 1:39")  # the row's tail
    entries = agenda([one, two])
    assert [(e.number, e.title) for e in entries] == [
        ("4", "Detaljplan för del av Malevik 1:39"), ("5", "Taxor 2026")]
    assert entries[0].proposal == ("Förslag till beslut i kommunstyrelsen Kommunstyrelsen "
                                   "godkänner projektbeställningen.")


# ------------------------------------------------------------------ the agenda over its pages


def test_the_layouts_are_asked_in_order_ruled_table_word_table_numbered_lines():
    assert [type(layout) for layout in LAYOUTS] == [RuledTable, WordTable, NumberedLines]
    ruled = page(line("1. Val av justerare", 80), tables=(_table(1, ("1.", "Val av justerare", "", "")),))
    assert isinstance(layout_of(ruled), RuledTable)
    assert isinstance(layout_of(_word_table_page()), WordTable)
    assert isinstance(layout_of(text_page(DAGORDNING)), NumberedLines)


def test_agenda_pages_are_the_first_run_of_pages_that_list_entries():
    cover = text_page("Kallelse\nKommunstyrelsen\n2026-05-19")
    listing = text_page(DAGORDNING, 2)
    paper = text_page("**Tjänsteskrivelse**\n1. Rapporten läggs till handlingarna.", 3)
    later = text_page("**Dagordning**\n5. Övrigt ..... 7", 4)
    assert [p.number for p in agenda_pages([cover, listing, paper, later])] == [2]


def test_an_entry_listed_twice_is_kept_once():
    twice = text_page("**Dagordning**\n1. Budget ....... 3\n1. Budget ....... 3\n2. Taxor ...... 4")
    assert [e.number for e in agenda([twice])] == ["1", "2"]


@pytest.mark.parametrize("number, paragraph", [
    ("§ 69", 69), ("188 §", 188), ("4", 4), ("189/26", None)])
def test_an_entry_number_as_a_paragraph_number(number, paragraph):
    from meetbook.segment.agenda import number_of

    assert number_of(number) == paragraph
    assert AgendaEntry(number, "", None, None).number == number
