"""segment's parts on small synthetic pages: the cover, the §§, the documents, the appendix
stamps and an item's case papers; each fact as the lines state it."""
from __future__ import annotations

import pytest

from meetbook.columns import columns
from meetbook.model import DocumentKind, FileKind, Line
from meetbook.pdf.pages import Page
from meetbook.segment.agenda import AgendaEntry
from meetbook.segment.appendices import stamped_appendices
from meetbook.segment.cover import (
    Cover,
    attendance_lines,
    classify,
    cover,
    cover_lines,
    municipality_in,
    parts,
)
from meetbook.segment.documents import (
    Span,
    doc_date,
    doc_dnr,
    doc_kind,
    doc_title,
    documents,
    starts_document,
    subdocuments,
)
from meetbook.segment.papers import appendix_documents, book_papers, document_owners
from meetbook.segment.paragraph_layouts import BoldParagraphLine, HeadingParagraphLine, layout_of
from meetbook.segment.paragraphs import paragraphs
from tests.pagemaker import line, page, row, text_page

# ------------------------------------------------------------------ cover


@pytest.mark.parametrize("first_lines, kind", [
    ("Mötesbok\nKommunstyrelsens arbetsutskott", FileKind.MOTESBOK),
    ("KALLELSE/UNDERRÄTTELSE\nKommunfullmäktige", FileKind.KALLELSE),
    ("Föredragningslista 16/2022\nOrgan Stadsstyrelsen", FileKind.KALLELSE),
    ("Protokollsutdrag\nTekniska nämnden", FileKind.PROTOKOLLSUTDRAG),
    ("Utdrag ur protokoll\nVälfärdsnämnden", FileKind.PROTOKOLLSUTDRAG),
    ("Protokoll 5/2022\nOrgan Välfärdsnämnden", FileKind.PROTOKOLL),
    ("Västerås stad\nKommunstyrelsen", FileKind.PROTOKOLL),
])
def test_the_kind_of_file_from_its_first_lines(first_lines, kind):
    assert classify([text_page(first_lines)]) == kind


@pytest.mark.parametrize("text, municipality", [
    ("Umeå kommun\nTjänsteskrivelse", "Umeå kommun"),
    ("KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL", "Kungsbacka kommun"),
    ("Göteborgs Stad Kommunstyrelsen, protokoll", "Göteborgs Stad"),
    ("Nykarleby stad", "Nykarleby stad"),
    ("Kommunstyrelsen", None),
])
def test_the_municipality_as_it_names_itself(text, municipality):
    assert municipality_in(text) == municipality


def test_a_labelled_cover():
    p = text_page("""
**Protokoll 5/2022**
Organ Välfärdsnämnden
Sammanträdestd 15.9.2022 kl. 18.00 – 19.37
Sammanträdesplats Stadshuset, stadsstyrelsens rum
Det justerade protokollet publiceras på www.nykarleby.fi
""")
    assert cover([p], FileKind.PROTOKOLL) == Cover(
        municipality=None, body="Välfärdsnämnden", date="2022-09-15",
        place="Stadshuset, stadsstyrelsens rum")


def test_an_unlabelled_cover_dated_by_its_meeting_not_by_when_it_was_drawn_up():
    p = text_page("""
**KALLELSE/UNDERRÄTTELSE**
Upprättad
2025-06-05
**Kommunfullmäktige**
Sammanträde torsdagen den 19 juni 2025 kl. 18.00
Fullmäktigesalen, Stadshuset, Storgatan 37
Kungsbacka kommun
""")
    assert cover([p], FileKind.KALLELSE) == Cover(
        municipality="Kungsbacka kommun", body="Kommunfullmäktige", date="2025-06-19",
        place="Fullmäktigesalen, Stadshuset, Storgatan 37")


def _label_row(label: str, value: str, top: float, page: int = 1) -> Line:
    return row(top, (70.0, label), (200.0, value), page=page)


@pytest.mark.parametrize("rows, place", [
    ([("Tid och plats", "Måndagen den 27 april 2026 kl. 18.00–21.35, Folkets hus, Storgatan"),
      ("", "12, Norrvalla")], "Folkets hus, Storgatan 12, Norrvalla"),
    ([("Plats och tid", "Sessionssalen, Ekviks kommunhus, kl. 18.00–21.40")],
     "Sessionssalen, Ekviks kommunhus"),
    ([("Plats och tid", "Kommunstyrelsens sammanträdesrum, Ekviks kommunhus, kl."),
      ("", "08.30–12.15")], "Kommunstyrelsens sammanträdesrum, Ekviks kommunhus"),
    ([("Plats och tid", "Fullmäktigesalen, Stadshuset, klockan 18.00–21.00,"),
      ("", "ajournering 20.05–20.25")], "Fullmäktigesalen, Stadshuset"),
    ([("Sammanträdesplats", "Stadshuset, sammanträdesrum Fyren")],
     "Stadshuset, sammanträdesrum Fyren"),
])
def test_the_place_without_the_time_a_label_table_prints_beside_it(rows, place):
    lines = [_label_row(label, value, 100.0 + 13 * k) for k, (label, value) in enumerate(rows)]
    p = page(line("Protokoll", 60, bold=True), *lines, line("Beslutande", 200))
    assert cover([p], FileKind.PROTOKOLL).place == place


def test_the_body_beside_other_columns_of_the_running_header():
    head = row(46, (70.0, "Kommunfullmäktige"), (268.0, "Sammanträdesdatum"), (470.0, "Sida"))
    p = page(line("Plats och tid Sessionssalen", 100), header=(head,))
    assert cover([p], FileKind.PROTOKOLL).body == "Kommunfullmäktige"


@pytest.mark.parametrize("header, body", [
    ("Kommunstyrelsen — sammanträdesprotokoll", "Kommunstyrelsen"),
    ("Byggnadsnämnden - protokoll", "Byggnadsnämnden"),
    ("Kommunfullmäktige, protokoll", "Kommunfullmäktige"),
    ("Socialnämndens arbetsutskott: sammanträdesprotokoll", "Socialnämndens arbetsutskott"),
    ("LJUNGSTA KOMMUN | Kommunfullmäktige | Protokoll 2026-12-14", "Kommunfullmäktige"),
    ("Tekniska nämnden | Sammanträdesprotokoll", "Tekniska nämnden"),
])
def test_the_body_of_a_running_header_without_the_kind_of_paper_after_it(header, body):
    head = row(46, (70.0, header), (470.0, "1 (4)"))
    p = page(line("Tid och plats: 2026-05-12 kl. 13.00–16.10, Brattbysalen", 100),
             header=(head,))
    assert cover([p], FileKind.PROTOKOLL).body == body


def test_a_cover_whose_body_is_garbled_is_mended_from_the_running_headers():
    def header(name: str, number: int) -> tuple[Line, ...]:
        return (row(30, (70.0, "SKÄRVIKS STAD"), (212.0, name), (392.0, "Protokoll 4/2026"),
                    page=number),)

    first = page(line("Kornrnunfullrnaktige", 46), line("Plats och tid Sessionssalen", 100))
    contents = page(line("Innehållsförteckning", 100), number=2)
    pages = [first, contents] + [page(line("Text.", 100), number=n,
                                      header=header("Miljö- och byggnämnden", n)) for n in (3, 4)]
    assert cover(pages, FileKind.PROTOKOLL).body == "Miljö- och byggnämnden"


def test_a_lines_columns_keep_the_spaces_their_runs_are_printed_without():
    glued = Line("SKÄRVIKS STAD Miljö- och byggnämnden Protokoll 4/2026", 1, 72.0, 36.0, 460.0,
                 10.0, False, ((72.0, 154.0, "SKÄRVIKSSTAD"), (212.0, 314.0, "Miljö-ochbyggnämnden"),
                               (392.0, 460.0, "Protokoll4/2026")))
    assert columns(glued) == ["SKÄRVIKS STAD", "Miljö- och byggnämnden", "Protokoll 4/2026"]
    assert columns(line("Utan kolumner", 40)) == ["Utan kolumner"]


def test_the_cover_lines_end_at_the_first_paragraph():
    one = text_page("Protokoll\nBeslutande\nAnna Berg (S), ordförande")
    two = text_page("Bo Ek (M)\n**§ 1 Val av justerare**\nAnna Berg (S) utses.", 2)
    assert [ln.text for ln in cover_lines([one, two])] == [
        "Protokoll", "Beslutande", "Anna Berg (S), ordförande", "Bo Ek (M)"]


def test_a_file_that_holds_its_meeting_twice_is_split_where_the_cover_comes_again():
    def cover_page(n):
        return text_page("Mötesbok KSNAU\nSammanträde 2026-05-19\nSida 1 av 78", n)

    pages = [cover_page(1), text_page("Dagordning", 2), cover_page(3), text_page("Dagordning", 4)]
    assert [[p.number for p in part] for part in parts(pages)] == [[1, 2], [3, 4]]


# ------------------------------------------------------------------ paragraphs


def test_paragraphs_with_the_number_first_or_last_their_titles_and_dnr():
    # a heading is set apart from the title above it by more than a line's spacing
    p = page(line("§ 93 Ärendenummer SLK-2024-00074", 80, bold=True, size=10.5),
             line("Anmälan av jäv vid sammanträdet", 95, bold=True, size=12),
             line("Beslut", 120, bold=True), line("Ingen anmälde jäv.", 140),
             line("94 § Val av justerare", 170, bold=True), line("Anna Berg utses.", 185))
    got = paragraphs([p])
    assert [(x.paragraph, x.number, x.title) for x in got] == [
        (93, "§ 93", "Anmälan av jäv vid sammanträdet"), (94, "94 §", "Val av justerare")]
    assert got[0].dnr == (("SLK-2024/00074", "SLK-2024-00074"),)
    assert [ln.text for ln in got[1].lines] == ["94 § Val av justerare", "Anna Berg utses."]


def test_a_diarienummer_alone_above_or_below_the_paragraph_line_is_the_paragraphs():
    p = text_page("""
NKBY/497/12.03.01/2022
**42 §**
**Ansökan om bidrag**
Text.
**43 §**
Dnr KS-2024-00620
**Budget 2025**
""")
    got = paragraphs([p])
    assert [(x.paragraph, x.title, x.dnr[0][0]) for x in got] == [
        (42, "Ansökan om bidrag", "NKBY/497/12.03.01/2022"), (43, "Budget 2025", "KS-2024/00620")]


def test_the_appeal_instructions_are_no_part_of_the_last_paragraph():
    p = page(line("§ 5 Övrigt", 300, bold=True), line("Inga övriga frågor.", 315),
             line("Besvärsanvisning", 345, bold=True), line("Den som vill överklaga …", 360))
    (last,) = paragraphs([p])
    assert [ln.text for ln in last.lines] == ["§ 5 Övrigt", "Inga övriga frågor."]


def test_contents_pages_and_stamped_appendices_hold_no_paragraphs():
    contents = text_page("**Innehåll**\n**§ 1 Budget** ........ 2\n**§ 2 Taxor** ......... 3")
    one = text_page("**§ 1 Budget**\nText.", 2)
    stadga = text_page("Bilaga Stadsstyrelsen, 26.09.2022 § 1\n**46 § Tillämpning**\nText.", 3)
    blank = page(number=4)
    (para,) = paragraphs([contents, one, stadga, blank])
    assert (para.paragraph, para.first, para.last) == (1, 2, 4)  # a scanned page goes with it


def test_the_bold_layout_knows_bold_paragraph_lines_only():
    bold, plain = line("§ 12 Budget", 80, bold=True), line("§ 12 Budget", 80)
    assert BoldParagraphLine().start(bold) == (12, "Budget")
    assert BoldParagraphLine().start(plain) is None
    assert not BoldParagraphLine().detect([page(plain)])
    assert isinstance(layout_of([page(bold)]), BoldParagraphLine)


def _protocol_page(*heads: Line, number: int = 1) -> Page:
    """A page of running text in 10-point type with the given § lines among it."""
    text = [line("Text om ärendet som löper i brödtexten och fyller raden ut.", 400 + 14 * k)
            for k in range(8)]
    return page(*heads, *text, number=number)


def test_a_paragraph_line_in_a_larger_type_is_a_heading_though_not_bold():
    serif = line("§ 17 Dnr 00123/2021 2.6.", 80, size=13)
    prose = line("§ 17 gäller inte detta ärende, som beslutas av nämnden.", 200)
    pages = [_protocol_page(serif, prose)]
    layout = layout_of(pages)
    assert isinstance(layout, HeadingParagraphLine)
    assert layout.start(serif) == (17, "Dnr 00123/2021 2.6.")
    assert layout.start(prose) is None


def test_a_body_abbreviation_before_the_paragraph_mark():
    head = line("TN § 47", 80, bold=True, size=12)
    (para,) = paragraphs([_protocol_page(head, line("Val av justerare", 100, bold=True,
                                                      size=12))])
    assert (para.paragraph, para.number, para.title) == (47, "§ 47", "Val av justerare")


def test_a_paragraph_mark_at_the_right_of_the_page_is_no_heading():
    header = line("Kommunstyrelsen § 49", 40, bold=True, x=400)
    right = line("§ 49", 60, bold=True, size=13, x=480)
    head = line("§ 49 Budget", 90, bold=True, size=13)
    layout = HeadingParagraphLine().fitted([_protocol_page(header, right, head)])
    assert [layout.start(ln) for ln in (header, right, head)] == [None, None, (49, "Budget")]


@pytest.mark.parametrize("under, dnr", [
    ("Diarienummer 00322/2026", "00322/2026"),
    ("Ärendenummer: Ks 162/2026", "KS-2026/00162"),
    ("Diarienummer KSF-2025-00389", "KSF-2025/00389"),
    ("Dnr 9/2026", "9/2026"),
])
def test_the_case_number_under_the_title(under, dnr):
    p = page(line("§ 19", 80, bold=True, size=12), line("Arvoden 2026", 95, bold=True, size=12),
             line(under, 110, size=9), line("Ärendebeskrivning", 130, bold=True),
             line("Text.", 144))
    (para,) = paragraphs([p])
    assert (para.title, [d for d, _ in para.dnr]) == ("Arvoden 2026", [dnr])


def test_a_title_that_wraps_in_its_own_column_beside_the_case_number():
    head = Line("§ 27 Undantagslov för fritidsbostad på fastigheten Strandby Dnr 31/2026", 1, 72.0,
                100.0, 540.0, 12.5, False,
                ((72.0, 78.0, "§"), (82.0, 94.0, "27"), (122.0, 180.0, "Undantagslov"),
                 (183.0, 195.0, "för"), (198.0, 250.0, "fritidsbostad"), (253.0, 263.0, "på"),
                 (266.0, 320.0, "fastigheten"), (323.0, 360.0, "Strandby"),
                 (477.0, 493.0, "Dnr"), (495.0, 540.0, "31/2026")))
    wrapped = line("4:17", 116, size=10, x=122.0)
    text = line("1. Beredning: byggnadsinspektör Tomas Berg", 139, size=11, x=72.0)
    (para,) = paragraphs([_protocol_page(head, wrapped, text)])
    assert para.title == "Undantagslov för fritidsbostad på fastigheten Strandby 4:17"
    assert [d for d, _ in para.dnr] == ["31/2026"]


def test_a_case_number_under_a_title_in_its_own_column_is_no_title():
    head = Line("§ 21 Årsredovisning 2025", 1, 72.0, 100.0, 300.0, 11.0, True,
                ((72.0, 80.0, "§"), (84.0, 96.0, "21"), (124.0, 200.0, "Årsredovisning"),
                 (203.0, 225.0, "2025")))
    dnr = line("Dnr KS 2026/48", 114, size=8.5, x=124.0)
    text = line("Ärendebeskrivning", 136, bold=True, x=72.0)
    (para,) = paragraphs([_protocol_page(head, dnr, text)])
    assert (para.title, [d for d, _ in para.dnr]) == ("Årsredovisning 2025", ["KS-2026/00048"])


def test_a_bare_case_number_under_a_title_beside_the_paragraph_mark():
    head = Line("§ 45 Renhållningstaxa 2027", 1, 60.0, 100.0, 240.0, 11.5, True,
                ((60.0, 68.0, "§"), (72.0, 84.0, "45"), (108.0, 200.0, "Renhållningstaxa"),
                 (204.0, 230.0, "2027")))
    under = line("KS 2026/301", 115, size=8.5, x=108.0)
    text = line("Beslut", 135, bold=True, x=60.0)
    (para,) = paragraphs([_protocol_page(head, under, text)])
    assert (para.title, [d for d, _ in para.dnr]) == ("Renhållningstaxa 2027", ["KS-2026/00301"])


@pytest.mark.parametrize("heads, want", [
    # a dash between number and title, the agenda's number at the right, the title wrapped
    ([row(80, (57.0, "§ 32 – Skolskjutsreglemente för grundskolan och"), (470.0, "Ärende 2"),
          bold=True),
      line("grundsärskolan i Rödsjö kommun", 96, bold=True)],
     (32, "§ 32", "Skolskjutsreglemente för grundskolan och grundsärskolan i Rödsjö kommun")),
    # the agenda's number beside the §, the title under it
    ([row(80, (57.0, "§ 104"), (110.0, "Ärende 4"), bold=True),
      line("Revidering av riktlinjer för föreningsbidrag", 96, bold=True)],
     (104, "§ 104", "Revidering av riktlinjer för föreningsbidrag")),
    # the agenda's number in brackets after the title
    ([line("§ 64  Information från förvaltningen (ärende nr 6)", 80, bold=True)],
     (64, "§ 64", "Information från förvaltningen")),
    # the case number in brackets after the title, a stop after the § number
    ([line("§ 88. Yttrande över detaljplan för Norra hamnen (MHN 2026/212)", 80, bold=True)],
     (88, "§ 88", "Yttrande över detaljplan för Norra hamnen")),
    ([line("§ 90 Anmälan av delegationsbeslut (Dnr KS 2026/15)", 80, bold=True)],
     (90, "§ 90", "Anmälan av delegationsbeslut")),
    # a dash or a slash between the title and its case number; the agenda's number with a colon
    ([line("§ 12 Val av justerare – Dnr KS 2026/45", 80, bold=True)],
     (12, "§ 12", "Val av justerare")),
    ([line("§ 12 Val av justerare / Dnr 2026/45", 80, bold=True)],
     (12, "§ 12", "Val av justerare")),
    ([line("§ 12 Ärende 5: Val av justerare", 80, bold=True)], (12, "§ 12", "Val av justerare")),
    # the title in the text's weight under a bare § line, a case number between them
    ([line("§ 12", 80, bold=True, size=12), line("Val av justerare", 96, size=12)],
     (12, "§ 12", "Val av justerare")),
    ([line("§ 12", 80, bold=True), line("Dnr KS 2026/45", 94), line("Val av justerare", 108)],
     (12, "§ 12", "Val av justerare")),
    # the agenda's number before the § mark; a label before the title
    ([line("3. § 12 Val av justerare", 80, bold=True)], (12, "§ 12", "Val av justerare")),
    ([line("§ 12 Rubrik: Val av justerare", 80, bold=True)], (12, "§ 12", "Val av justerare")),
    ([line("§ 12", 80, bold=True), line("Ärende: Val av justerare", 96, bold=True)],
     (12, "§ 12", "Val av justerare")),
    # a sentence under a bare § line is its text, no title
    ([line("§ 12", 80, bold=True), line("Kommunstyrelsen beslutar att godkänna.", 94)],
     (12, "§ 12", "")),
    # the § written out
    ([line("Paragraf 101", 80, bold=True), line("Val av justerare", 96, bold=True)],
     (101, "§ 101", "Val av justerare")),
    # the title in bold above a bare § line
    ([line("Antagande av översiktsplan för Sandhamra kommun 2040", 80, bold=True),
      line("§ 102", 95, bold=True), line("Ks 2026.123", 111),
      line("Ärendebeskrivning", 130, bold=True)],
     (102, "§ 102", "Antagande av översiktsplan för Sandhamra kommun 2040")),
])
def test_paragraph_headings_of_other_minute_systems(heads, want):
    (para,) = paragraphs([_protocol_page(*heads)])
    assert (para.paragraph, para.number, para.title) == want


def test_a_bold_line_above_a_paragraph_with_its_own_title_stays_with_the_paragraph_before():
    p = page(line("§ 1 Val av justerare", 60, bold=True), line("Text.", 80),
             line("Kommunstyrelsen", 100, bold=True), line("§ 2 Budget", 115, bold=True),
             line("Text.", 135))
    first, second = paragraphs([p])
    assert [(x.paragraph, x.title) for x in (first, second)] == [(1, "Val av justerare"),
                                                                 (2, "Budget")]
    assert first.lines[-1].text == "Kommunstyrelsen"


@pytest.mark.parametrize("under, dnr", [
    ("Diarienr. BUN 2026/45, KS 2026/310", ["BUN-2026/00045", "KS-2026/00310"]),
    ("Dnr KS/2026:140, KS/2025:377", ["KS-2026/00140", "KS-2025/00377"]),
    ("Vårt dnr BUN 2026/8", ["BUN-2026/00008"]),
    ("Ks 2026.123", ["KS-2026/00123"]),
])
def test_a_line_of_case_numbers_under_the_title(under, dnr):
    p = page(line("§ 19 Arvoden 2026", 80, bold=True, size=12), line(under, 96, size=9),
             line("Ärendebeskrivning", 130, bold=True), line("Text.", 144))
    (para,) = paragraphs([p])
    assert (para.title, [d for d, _ in para.dnr]) == ("Arvoden 2026", dnr)


def test_a_case_number_with_its_prefix_last_at_the_right_of_a_title_in_capitals():
    head = row(80, (57.0, "§ 103"), (110.0, "MEDBORGARFÖRSLAG OM UTEGYM I NORRBY"),
               (470.0, "2026/88 KS"), bold=True)
    (para,) = paragraphs([_protocol_page(head)])
    assert (para.title, [d for d, _ in para.dnr]) == ("MEDBORGARFÖRSLAG OM UTEGYM I NORRBY",
                                                      ["KS-2026/00088"])


# ------------------------------------------------------------------ documents


def test_documents_begin_at_a_first_page_footer_or_a_kind_at_the_top():
    pages = [
        text_page("**Tjänsteskrivelse**\nDatum 2026-04-02\nDiarienummer: KS-2026/00123\n"
                  "**Upphandling av städtjänster**", 3, footer=(line("1 av 2", 800),)),
        text_page("Fortsättning.", 4, header=(line("Tjänsteskrivelse", 30),),
                  footer=(line("2 av 2", 800),)),
        text_page("**Protokollsutdrag**\nKommunstyrelsen 2026-04-14\n§ 76", 5),
    ]
    assert [starts_document(p) for p in pages] == [True, False, True]
    spans = documents(pages)
    assert [(s.kind, s.first, s.last) for s in spans] == [
        (DocumentKind.TJANSTESKRIVELSE, 3, 4), (DocumentKind.PROTOKOLLSUTDRAG, 5, 5)]
    first = spans[0]
    assert doc_title(first) == "Tjänsteskrivelse"  # the line that names its kind
    assert doc_date(first) == "2026-04-02"
    assert doc_dnr(first) == ("KS-2026/00123", "KS-2026/00123")


@pytest.mark.parametrize("text, kind", [
    ("Tjänsteutlåtande", DocumentKind.TJANSTESKRIVELSE),
    ("Utdrag ur protokoll", DocumentKind.PROTOKOLLSUTDRAG),
    ("IOP-avtal mellan Umeå kommun och föreningen", DocumentKind.AVTAL),
    ("Kallelse till extra bolagsstämma", DocumentKind.KALLELSE), ("Bilaga 2", DocumentKind.BILAGA),
    ("Handlingsplan för social hållbarhet", DocumentKind.RAPPORT), ("Karta", DocumentKind.ANNAT)])
def test_the_kind_a_document_names(text, kind):
    assert doc_kind([line(text, 80)]) == kind


def test_a_larger_bold_phrase_is_the_title_and_a_label_is_not():
    span = Span(kind=DocumentKind.ANNAT, first=1, last=1, lines=(
        line("Umeå kommun", 60, bold=True, size=14), line("Förslag till beslut", 90, bold=True, size=14),
        line("Rapport om läget i skolan", 120, bold=True, size=14), line("Text.", 150),
        line("Mer text.", 164), line("Ännu mer text.", 178)))
    assert doc_title(span) == "Rapport om läget i skolan"


def test_documents_filed_inside_a_paragraph():
    pages = [text_page("**§ 12 Budget**\n**Beslut**\nBudgeten antas.", 1),
             text_page("**Tjänsteutlåtande**\nDatum 2024-01-10\nText.", 2),
             text_page("Stadsledningskontorets tjänsteutlåtande den 3 februari.\nText.", 3)]
    (para,) = paragraphs(pages)
    (doc,) = subdocuments(para, pages)
    assert (doc.kind, doc.title, doc.date, doc.pages) == (
        DocumentKind.TJANSTESKRIVELSE, "Tjänsteutlåtande", "2024-01-10", (2, 3))


# ------------------------------------------------------------------ appendices and papers


def _stamped(n: int, stamp: str) -> object:
    return text_page(f"{stamp}\nSituationsplan", n)


def test_pages_stamped_as_a_paragraphs_appendix_run_by_paragraph():
    pages = [_stamped(8, "Bilaga Stadsstyrelsen, 26.09.2022 § 191"),
             _stamped(9, "Bilaga Stadsstyrelsen, 26.09.2022 § 191"),
             _stamped(11, "Bilaga Stadsstyrelsen, 26.09.2022 § 191"),
             _stamped(12, "Bilaga Stadsstyrelsen, 13.02.2023 § 35")]
    assert stamped_appendices(pages) == {191: [(8, 9), (11, 11)], 35: [(12, 12)]}
    # with the meeting's date, another meeting's stamp is not this meeting's § 35
    assert stamped_appendices(pages, "2022-09-26") == {191: [(8, 9), (11, 11)]}


def test_a_paragraphs_appendices_are_cut_and_titled_where_its_entry_lists_them():
    (para,) = paragraphs([text_page("**195 § Ansökan om undantag**\nText.", 36)])
    entry = AgendaEntry(number="195 §", title="Ansökan om undantag", section=None, page_ref=36,
                        appendices=(("Situationsplan", 39), ("Samarbetsavtal", 40)))
    docs = appendix_documents(para, entry, {195: [(38, 41)]})
    assert [(d.kind, d.title, d.pages) for d in docs] == [
        (DocumentKind.BILAGA, None, (38, 38)), (DocumentKind.BILAGA, "Situationsplan", (39, 39)),
        (DocumentKind.AVTAL, "Samarbetsavtal", (40, 41))]


def _entry(number: str, title: str, ref: int | None, dnr=()) -> AgendaEntry:
    return AgendaEntry(number=number, title=title, section=None, page_ref=ref, dnr=dnr)


def test_documents_belong_to_the_entry_their_page_reference_names():
    def span(first, title, dnr=None):
        lines = [line(title, 80, bold=True, size=14)] + ([line(f"Dnr {dnr}", 100)] if dnr else [])
        return Span(kind=DocumentKind.TJANSTESKRIVELSE, first=first, last=first, lines=tuple(
            ln.__class__(ln.text, first, ln.x0, ln.top, ln.x1, ln.size, ln.bold, ln.words)
            for ln in lines))

    entries = [_entry("189/26", "Budget 2027", 3), _entry("190/26", "Städledningssystem", 5),
               _entry("191/26", "Arbetskläder", 5, (("KS-2026/00007", "KS-2026/00007"),))]
    spans = [span(3, "Budget 2027"), span(5, "Upphandling av arbetskläder", "KS-2026/00007"),
             span(6, "Bilaga")]
    assert document_owners(entries, spans) == {3: "189/26", 5: "191/26", 6: "191/26"}


def test_a_book_of_paragraph_pages_has_its_paragraphs_as_papers():
    agenda_page = text_page("**Föredragningslista**\n188 § Laglighet ..... 2\n189 § Justerare ..... 3")
    pages = [agenda_page, text_page("**188 §**\n**Laglighet**\nText.", 2),
             text_page("**189 §**\n**Justerare**\nText.", 3)]
    entries = [_entry("188 §", "Laglighet", 2), _entry("189 §", "Justerare", 3)]
    papers = book_papers(pages, entries)
    assert papers.documents == ()
    assert [papers.paragraph_of(e).paragraph for e in entries] == [188, 189]


def test_a_book_of_documents_has_them_as_papers():
    agenda_page = text_page("**Dagordning**\n189/26 Budget ..... 2")
    paper = text_page("**Tjänsteskrivelse**\n**Budget**\nText.", 2, footer=(line("1 av 1", 800),))
    entry = _entry("189/26", "Budget", 2)
    papers = book_papers([agenda_page, paper], [entry])
    assert [(s.first, s.kind) for s in papers.documents_of(entry)] == [
        (2, DocumentKind.TJANSTESKRIVELSE)]
    assert papers.paragraph_of(entry) is None


@pytest.mark.parametrize("heading", ["NÄRVAROLISTA", "Närvaro- och omröstningslista",
                                     "Närvaroförteckning"])
def test_a_list_of_those_present_after_the_paragraphs(heading):
    """The lines of a list of those present printed after the §§, from its heading to the next
    appendix; none in minutes that print no such list."""
    cover_page = page(line("Beslutande  Se närvarolista, bilaga 1", 100), number=1)
    minutes = page(line("§ 1 Val av justerare", 80, bold=True, page=2),
                   line("Kommunfullmäktige utser A och B.", 100, page=2), number=2)
    listed = page(line(heading, 80, bold=True, page=3),
                  row(100, (64.0, "Ledamot"), (214.0, "Parti"), page=3),
                  row(114, (64.0, "Ingrid Sandström"), (214.0, "S"), page=3),
                  line("Bilaga 2", 140, bold=True, page=3),
                  line("Voteringslista", 160, bold=True, page=3), number=3)
    got = attendance_lines([cover_page, minutes, listed])
    assert [ln.text for ln in got][0] == heading and len(got) == 3
    assert attendance_lines([cover_page, minutes]) == []


def test_a_list_of_those_present_before_the_first_paragraph_is_the_covers():
    cover_page = page(line("Paragrafer  1", 100), number=1)
    second = page(line("NÄRVAROLISTA", 80, bold=True, page=2),
                  row(100, (64.0, "Ledamot"), (214.0, "Parti"), page=2), number=2)
    minutes = page(line("§ 1 Val av justerare", 80, bold=True, page=3),
                   line("Kommunfullmäktige utser A och B.", 100, page=3), number=3)
    assert attendance_lines([cover_page, second, minutes]) == []
    assert "NÄRVAROLISTA" in [ln.text for ln in cover_lines([cover_page, second, minutes])]


def test_a_paragraph_over_a_vote_column_of_the_list_heads_no_paragraph():
    cover_page = page(line("Närvarande  Se bilaga 1", 100), number=1)
    minutes = page(line("§ 131 Försäljning av fastighet", 80, bold=True, page=2),
                   line("Kommunfullmäktige godkänner försäljningen.", 100, page=2), number=2)
    listed = page(line("NÄRVARO- OCH OMRÖSTNINGSLISTA", 80, bold=True, page=3),
                  line("§ 131", 96, bold=True, page=3, x=430.0),
                  row(110, (64.0, "Namn"), (194.0, "Parti"), (430.0, "Ja"), page=3),
                  row(124, (64.0, "Emma Ruuth"), (194.0, "S"), (432.0, "X"), page=3), number=3)
    assert len(attendance_lines([cover_page, minutes, listed])) == 4


# ------------------------------------------------------------------ § headings by their shape
# Generated: the § line as minute systems and secretaries print it, most in the running text's
# own type (no bold, no larger size), read by the general shape the importer falls back to.

def _shape_paragraphs(*heads: Line) -> list:
    from meetbook.segment.paragraph_layouts import general_shape
    with general_shape():
        return paragraphs([_protocol_page(*heads)])


def _mark_beside(top: float, mark: str, title: str, dy: float = 0.0) -> list[Line]:
    """A § mark in a margin column and its title right of it, dy points lower."""
    return [line(mark, top), line(title, top + dy, x=130.0)]


SHAPES = [
    ([line("§ 12 Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("§12 Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("12 § Val av justerare", 80)], (12, "12 §", "Val av justerare")),
    ([line("§ 12/2026 Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("§ 12:2026 Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("Kf § 12 Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("KS § 145 Budget 2027", 80)], (145, "§ 145", "Budget 2027")),
    ([line("KSAU § 12 Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("BUN § 7 Skolskjutsregler", 80)], (7, "§ 7", "Skolskjutsregler")),
    ([line("§ 12 – Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("§ 12. Val av justerare", 80)], (12, "§ 12", "Val av justerare")),
    ([line("§ 12", 80), line("Val av justerare", 94)], (12, "§ 12", "Val av justerare")),
    ([line("§ 12", 80), line("Val av justerare", 94, bold=True)], (12, "§ 12", "Val av justerare")),
    (_mark_beside(80, "§ 12", "Val av justerare"), (12, "§ 12", "Val av justerare")),
    (_mark_beside(80, "§ 12", "Val av justerare", dy=-3.0), (12, "§ 12", "Val av justerare")),
    (_mark_beside(80, "§ 12", "Val av justerare", dy=4.0), (12, "§ 12", "Val av justerare")),
    ([row(80, (57.0, "§ 12 Budget 2027"), (440.0, "Dnr KS 2026/45"))], (12, "§ 12", "Budget 2027")),
    ([line("Paragraf 12", 80), line("Val av justerare", 94)], (12, "§ 12", "Val av justerare")),
    ([line("§ 12 VAL AV JUSTERARE", 80)], (12, "§ 12", "VAL AV JUSTERARE")),
    ([line("§ 12", 80, x=285.0), line("Val av justerare", 96, x=255.0)],
     (12, "§ 12", "Val av justerare")),
    ([line("246 § Motion om en hundpark i Nykarleby centrum; Frej Strandvik m.fl.", 80)],
     (246, "246 §", "Motion om en hundpark i Nykarleby centrum; Frej Strandvik m.fl.")),
    ([line("§ 12 Val av justerare", 80, size=10.0, bold=True)], (12, "§ 12", "Val av justerare")),
    ([line("§ 212 Årsredovisning 2026", 80)], (212, "§ 212", "Årsredovisning 2026")),
    ([line("12 §", 80), line("Ändring av byggnadsordningen", 94)],
     (12, "12 §", "Ändring av byggnadsordningen")),
    ([line("§ 12 Dnr 2026/45", 80), line("Val av justerare", 94, bold=True)],
     (12, "§ 12", "Val av justerare")),
    ([line("§ 12", 80), line("Dnr KS 2026/45", 94), line("Val av justerare", 108)],
     (12, "§ 12", "Val av justerare")),
    # the title a little apart under the mark, a case number and text under it, then a bold
    # section heading that is no title
    ([line("§ 90", 80), line("Lokalförsörjningsplan för förskolan", 97),
      line("Dnr BN 2026/77", 112), line("Planen omfattar förskolorna i tätorten.", 132),
      line("Beslut", 150, bold=True)], (90, "§ 90", "Lokalförsörjningsplan för förskolan")),
]


@pytest.mark.parametrize("heads, want", SHAPES)
def test_paragraph_headings_by_their_general_shape(heads, want):
    (para,) = _shape_paragraphs(*heads)
    assert (para.paragraph, para.number, para.title) == want


def test_the_agenda_number_as_the_paragraph_of_a_protocol_that_prints_no_paragraph_mark():
    got = _shape_paragraphs(line("Ärende 3 Val av justerare", 80),
                            line("Punkt 4 Budget 2027", 300))
    assert [(p.paragraph, p.number, p.title) for p in got] == [
        (3, "Ärende 3", "Val av justerare"), (4, "Punkt 4", "Budget 2027")]


def test_the_agenda_number_beside_a_paragraph_mark_is_no_paragraph_of_its_own():
    got = _shape_paragraphs(line("§ 12 Val av justerare", 80), line("Ärende 3 Budget", 300))
    assert [p.paragraph for p in got] == [12]


NOT_SHAPES = [
    "enligt § 12 i reglementet ska nämnden",
    "KS 2026-03-02 § 41 beslutade kommunstyrelsen att",
    "jfr 5 kap. 3 § kommunallagen",
    "12 § kommunallagen anger att nämnden",
    "§ 12 gäller inte detta ärende, som beslutas av nämnden.",
    "§ 12 Budget 2027 ........................ 3",
    "§ 12 Budget 2027 … 3",
    "§ 12–15 Anmälningsärenden",
    "§§ 1–7",
    "Se § 12",
    "Jfr § 4",
    "§ 12 Kommunstyrelsen beslutade den 2 mars att ge förvaltningen i uppdrag att utreda frågan.",
    "Paragrafer 12–18",
]


@pytest.mark.parametrize("text", NOT_SHAPES)
def test_references_in_running_text_and_contents_lines_open_no_paragraph(text):
    from meetbook.segment.paragraph_layouts import ShapeParagraphLine
    layout = ShapeParagraphLine().fitted([_protocol_page(line(text, 80))])
    assert layout.start(line(text, 80)) is None


def test_a_paragraph_mark_right_of_the_left_margin_is_no_heading_by_its_shape():
    from meetbook.segment.paragraph_layouts import ShapeParagraphLine
    assert ShapeParagraphLine().start(line("§ 12 Budget", 80, x=420.0)) is None
    # one set in the middle of the page is
    assert ShapeParagraphLine().start(line("§ 12", 80, x=285.0)) == (12, "")


def test_the_strict_layouts_are_asked_outside_the_fallback():
    # a § line in the running text's type is no heading to the strict readers
    assert paragraphs([_protocol_page(line("§ 12 Val av justerare", 80))]) == []


def test_a_protocol_whose_paragraph_lines_no_layout_knows_is_read_by_their_shape_not_refused():
    from meetbook.importer import GENERAL_SHAPE, parse_pages
    head = page(line("Exempelby kommun", 40), line("Kommunstyrelsen", 60),
                line("Protokoll 2026-03-02", 80),
                line("Beslutande Anna Berg (S), ordförande", 110),
                line("§ 12 Val av justerare", 160), line("Per Holm (M) utses att justera.", 176),
                line("§ 13 Budget 2027", 210),
                line("Kommunstyrelsen beslutar att godkänna budgeten.", 226))
    parsed = parse_pages([head], "x.pdf", "0" * 64)
    (meeting,) = parsed.meetings
    assert [(i.number, i.title) for i in meeting.items] == [("§ 12", "Val av justerare"),
                                                            ("§ 13", "Budget 2027")]
    assert GENERAL_SHAPE in parsed.problems


def test_a_file_without_any_paragraph_or_agenda_item_is_still_refused():
    from meetbook.errors import NotRecognised
    from meetbook.importer import parse_pages
    with pytest.raises(NotRecognised):
        parse_pages([text_page("Exempelby kommun\nEtt brev om snöröjning.\nMed vänlig hälsning")],
                    "x.pdf", "0" * 64)


@pytest.mark.parametrize("text", ["§ 12 Budget 2027 ........................ 3", "§ 12–15 Anmälningsärenden",
                                  "12 § kommunallagen anger att nämnden", "§ 12 gäller inte detta"])
def test_the_strict_layouts_take_no_contents_line_range_or_running_text_either(text):
    bold, large = line(text, 80, bold=True), line(text, 80, size=13)
    assert BoldParagraphLine().start(bold) is None
    assert HeadingParagraphLine().fitted([_protocol_page(large)]).start(large) is None


def test_the_strict_layouts_read_a_paragraph_numbered_with_its_year():
    assert BoldParagraphLine().start(line("§ 12/2026 Budget", 80, bold=True)) == (12, "Budget")
