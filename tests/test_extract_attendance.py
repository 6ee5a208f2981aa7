import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetbook.extract.attendance import extract_attendance
from meetbook.model import Line, lines_from_text
from tests.conftest import shared


def test_checkbox_attendance():
    lines = lines_from_text("""Beslutande
ordinarie ersättare
[X] Lindvall Mikael, ordförande [ ] Eklund Karita
[ ] Karf Johannes [X] Rögård Linda
Övriga närvarande""")
    got = extract_attendance(lines)
    assert [(a.name, a.role, a.function) for a in got] == [
        ("Lindvall Mikael", "ledamot", "ordförande"), ("Karf Johannes", "frånvarande", None),
        ("Rögård Linda", "tjänstgörande ersättare", None)]


def test_kungsbacka_cover():
    from meetbook.pdf import read_pdf

    pages = read_pdf(shared("real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf"))
    got = {a.name: a for a in extract_attendance(pages[0].body) if a.role != "ersättare"}
    assert got["Lisa Andersson"].party == "M" and got["Lisa Andersson"].role == "ledamot"
    assert got["Fredrik Hansson"].role == "ledamot"
    assert got["Annika Hedman"].replaces == "Fredrik Hansson"
    assert "jäv" in got["Maria Losman"].paragraphs


def test_kungsbacka_cover_columns_that_run_into_each_other():
    from meetbook.pdf import read_pdf

    pages = read_pdf(shared("real/kungsbacka-ks-2025-04-22-protokoll-utdrag.pdf"))
    got = extract_attendance(pages[0].body)
    serving = {a.name: (a.replaces, a.paragraphs) for a in got if a.role == "tjänstgörande ersättare"}
    assert serving == {"Berit Bergström": ("Axel Storckenfeldt", "§§ 69-101"),
                       "Ann-Louise Lundqvist": ("Maria Losman", "vid § 77 p.g.a. jäv"),
                       "Annika Hedman": ("Fredrik Hansson", "vid §§ 98-99 p.g.a. jäv")}
    members = {a.name: a for a in got if a.role == "ledamot"}
    assert len(members) == 15
    assert members["Axel Storckenfeldt"].paragraphs == "deltar §§ 102-105"
    assert members["Maria Losman"].paragraphs == "deltar inte i § 77 p.g.a. jäv"
    assert members["Fredrik Hansson"].function == "1:e vice ordförande"
    others = [a.name for a in got if a.role == "ersättare"]
    assert len(others) == 13 and "Ermin Škorić" in others
    assert ("Patrik Johansson", "kommunsekreterare") in {
        (a.name, a.function) for a in got if a.role == "tjänsteperson"}


def test_a_substitute_with_a_name_beyond_swedish_letters():
    from meetbook.pdf import read_pdf

    pages = read_pdf(shared("real/kungsbacka-ks-2026-08-25-protokollsutdrag-179-180.pdf"))
    got = [a for a in extract_attendance(pages[0].body) if a.role == "tjänstgörande ersättare"]
    assert [(a.name, a.party, a.replaces) for a in got] == [("Ermin Škorić", "S", "Johan Tolinsson")]


@given(st.lists(st.text(), max_size=8))
def test_never_crashes(texts):
    extract_attendance([Line(t, 1) for t in ["Beslutande Ledamöter Tjänstgörande ersättare",
                                             *texts]])


def test_a_cover_in_sections_with_two_columns():
    from dataclasses import replace

    rows = [("Beslutande ledamöter", []),
            ("", [(57, 150, "Margareta Holst (M), ordförande"), (360, 420, "Tomas Berg (S)")]),
            ("", [(57, 250, "Lena Strömqvist (S), deltar inte i § 88 p.g.a."),
                  (360, 400, "Anneli Sundberg (S)")]),
            ("", [(57, 80, "jäv")]),
            ("Tjänstgörande ersättare", []),
            ("", [(57, 400, "Anna-Karin Sjödin (S) ersätter Lena Strömqvist (S) § 88 p.g.a. jäv")]),
            ("Övriga deltagande", []),
            ("", [(57, 250, "Helena Rosén, kommunsekreterare")]),
            ("Plats och tid för justering Digital justering 2025-09-16", [])]
    lines = [replace(Line(text or " ".join(t for _, _, t in cols), 1), top=100.0 + 14 * n,
                     words=_spread(cols)) for n, (text, cols) in enumerate(rows)]
    got = {(a.name, a.role): a for a in extract_attendance(lines)}
    assert got[("Lena Strömqvist", "ledamot")].paragraphs == "deltar inte i § 88 p.g.a. jäv"
    assert got[("Anneli Sundberg", "ledamot")].paragraphs is None
    assert got[("Margareta Holst", "ledamot")].function == "ordförande"
    assert got[("Anna-Karin Sjödin", "tjänstgörande ersättare")].replaces == "Lena Strömqvist"
    assert got[("Helena Rosén", "tjänsteperson")].function == "kommunsekreterare"


def _spread(cols):
    """Words of each column laid out from its x, a few points apart."""
    out = []
    for x0, _, text in cols:
        x = float(x0)
        for w in text.split():
            out.append((x, x + 5.0 * len(w), w))
            x += 5.0 * len(w) + 4.0
    return tuple(out)


# ------------------------------------------------------------------ labelled sections

def _cover(*rows: tuple[str, str], label_x: float = 70.0, value_x: float = 200.0) -> list[Line]:
    """A label table: each row a label (or "" for a line that goes on) and its value."""
    from tests.pagemaker import row

    return [row(100.0 + 13 * k, *(((label_x, label),) if label else ()), (value_x, value))
            for k, (label, value) in enumerate(rows)]


def _people(lines) -> list[tuple]:
    return [(a.name, a.party, a.role, a.replaces, a.paragraphs, a.function, a.time)
            for a in extract_attendance(lines)]


def test_a_label_table_with_lists_parted_by_semicolons():
    lines = _cover(
        ("Beslutande ledamöter", "Eva Strand (S), ordförande; Per Holm (M), vice ordförande; Ida"),
        ("", "Berg (S); Karin Sjö (KD), kl. 13.00–15.10, §§ 47–50"),
        ("Tjänstgörande ersättare", "Ali Demir (S) för Jenny Lund (S); Tor Berg (KD) för Karin"),
        ("", "Sjö (KD), §§ 51–53"),
        ("Ej tjänstgörande ersättare", "Siv Ek (V), Bo Lind (MP)"),
        ("Frånvarande", "Jenny Lund (S)"),
        ("Övriga deltagare", "Anna Ek, förvaltningschef; Lisa Ny, trafikingenjör, §§ 49–50"),
        ("Justerare", "Per Holm (M)"))
    assert _people(lines) == [
        ("Eva Strand", "S", "ledamot", None, None, "ordförande", None),
        ("Per Holm", "M", "ledamot", None, None, "vice ordförande", None),
        ("Ida Berg", "S", "ledamot", None, None, None, None),
        ("Karin Sjö", "KD", "ledamot", None, "§§ 47–50", None, "kl. 13.00–15.10"),
        ("Ali Demir", "S", "tjänstgörande ersättare", "Jenny Lund", None, None, None),
        ("Tor Berg", "KD", "tjänstgörande ersättare", "Karin Sjö", "§§ 51–53", None, None),
        ("Siv Ek", "V", "ersättare", None, None, None, None),
        ("Bo Lind", "MP", "ersättare", None, None, None, None),
        ("Jenny Lund", "S", "frånvarande", None, None, None, None),
        ("Anna Ek", None, "tjänsteperson", None, None, "förvaltningschef", None),
        ("Lisa Ny", None, "tjänsteperson", None, "§§ 49–50", "trafikingenjör", None)]


def test_a_cover_without_parties_one_person_a_line():
    lines = _cover(
        ("Beslutande", "Birgitta Alm, ordförande"), ("", "Leif Sundin, vice ordförande"),
        ("", "Karin Ek"), ("", "Ulrika Fjäll, tjänstgörande ersättare för Tord Bäck"),
        ("Ej tjänstgörande ersättare", "Gun Rydell"), ("Frånvarande", "Tord Bäck"),
        ("Övriga närvarande", "Lotta Rehn, handläggare, §§ 19-21"),
        ("Utses att justera", "Leif Sundin"))
    assert _people(lines) == [
        ("Birgitta Alm", None, "ledamot", None, None, "ordförande", None),
        ("Leif Sundin", None, "ledamot", None, None, "vice ordförande", None),
        ("Karin Ek", None, "ledamot", None, None, None, None),
        ("Ulrika Fjäll", None, "tjänstgörande ersättare", "Tord Bäck", None, None, None),
        ("Gun Rydell", None, "ersättare", None, None, None, None),
        ("Tord Bäck", None, "frånvarande", None, None, None, None),
        ("Lotta Rehn", None, "tjänsteperson", None, "§§ 19-21", "handläggare", None)]


def test_check_boxes_mark_who_was_there_in_two_columns():
    from tests.pagemaker import line, row

    lines = [line("Ledamöter", 90, bold=True),
             row(103, (65.0, "☒ Anders Lövgren (S), ordförande"), (330.0, "☒ Markus Persson (M)")),
             row(116, (65.0, "☐ Eva Moberg (S)"), (330.0, "☒ Hans Vik (M), §§ 41-44, kl. 18.00-19.50")),
             row(129, (65.0, "X Karl Olofsson (M)"), (330.0, "☐ Stig Ahl (SD)")),
             row(142, (78.0, "Leo Granlund (S)"), (330.0, "X Anna Wiberg (V)")),
             row(160, (65.0, "Tjänstgörande"), (193.0, "Kim Rask (S) ersätter Eva Moberg (S)")),
             row(173, (65.0, "ersättare"), (193.0, "Tove Lind (M) ersätter Hans Vik (M) §§ 45-52"))]
    got = [(a.name, a.role, a.replaces, a.paragraphs, a.time) for a in extract_attendance(lines)]
    assert got == [
        ("Anders Lövgren", "ledamot", None, None, None),
        ("Eva Moberg", "frånvarande", None, None, None),
        ("Karl Olofsson", "ledamot", None, None, None),
        ("Leo Granlund", "frånvarande", None, None, None),
        ("Markus Persson", "ledamot", None, None, None),
        ("Hans Vik", "ledamot", None, "§§ 41-44", "kl. 18.00-19.50"),
        ("Stig Ahl", "frånvarande", None, None, None),
        ("Anna Wiberg", "ledamot", None, None, None),
        ("Kim Rask", "tjänstgörande ersättare", "Eva Moberg", None, None),
        ("Tove Lind", "tjänstgörande ersättare", "Hans Vik", "§§ 45-52", None)]


def test_members_and_substitutes_in_columns_under_one_label():
    from tests.pagemaker import row

    lines = [row(100, (70.0, "Beslutande"), (200.0, "Ledamöter"), (440.0, "Ersättare")),
             row(113, (200.0, "Göran Ekholm (C), ordförande"), (440.0, "Gustav Rehn (KD) ersätter Maja")),
             row(126, (440.0, "Fredh (KD)")),
             row(139, (200.0, "Per-Olof Lind (M), kl. 18.00-20.05, §§"), (440.0, "Olle Nord (M) ersätter")),
             row(152, (200.0, "15-19"), (440.0, "Per-Olof Lind (M) §§ 20-24")),
             row(165, (200.0, "Amir Haddad (V), kl. 18.25-, §§ 16-24")),
             row(185, (70.0, "Närvarande ersättare"), (200.0, "Olle Nord (M) §§ 15-19"))]
    assert _people(lines) == [
        ("Göran Ekholm", "C", "ledamot", None, None, "ordförande", None),
        ("Per-Olof Lind", "M", "ledamot", None, "§§ 15-19", None, "kl. 18.00-20.05"),
        ("Amir Haddad", "V", "ledamot", None, "§§ 16-24", None, "kl. 18.25-"),
        ("Gustav Rehn", "KD", "tjänstgörande ersättare", "Maja Fredh", None, None, None),
        ("Olle Nord", "M", "tjänstgörande ersättare", "Per-Olof Lind", "§§ 20-24", None, None),
        ("Olle Nord", "M", "ersättare", None, "§§ 15-19", None, None)]


def test_a_table_of_name_party_and_function():
    from tests.pagemaker import line, row

    lines = [line("Beslutande ledamöter", 90, bold=True),
             row(103, (69.0, "Namn"), (249.0, "Parti"), (299.0, "Funktion"), bold=True),
             row(116, (69.0, "Annika Wall"), (249.0, "S"), (299.0, "Ordförande")),
             row(129, (69.0, "Lars-Erik Dahl"), (249.0, "M"), (299.0, "§§ 8-11")),
             row(142, (69.0, "Jenny Ahlin"), (249.0, "M"),
                 (299.0, "Tjänstgörande ersättare för Lars-Erik Dahl (M), §§ 12-17")),
             line("Frånvarande Pernilla Ek (S), Martina Krantz (SD)", 160, x=69.0)]
    assert _people(lines) == [
        ("Annika Wall", "S", "ledamot", None, None, "ordförande", None),
        ("Lars-Erik Dahl", "M", "ledamot", None, "§§ 8-11", None, None),
        ("Jenny Ahlin", "M", "tjänstgörande ersättare", "Lars-Erik Dahl", "§§ 12-17", None, None),
        ("Pernilla Ek", "S", "frånvarande", None, None, None, None),
        ("Martina Krantz", "SD", "frånvarande", None, None, None, None)]


def test_a_reference_to_the_list_elsewhere_names_nobody():
    lines = _cover(("Beslutande", "Ledamöter och tjänstgörande ersättare enligt närvarolistan, sidan 2"),
                   ("Övriga deltagande", "Maria Holm, kommunsekreterare"))
    assert _people(lines) == [("Maria Holm", None, "tjänsteperson", None, None,
                               "kommunsekreterare", None)]


def test_a_cover_table_whose_parties_and_paragraphs_stand_in_columns_of_their_own():
    from tests.pagemaker import line, row

    lines = [row(90, (64.0, "Namn"), (214.0, "Parti"), (264.0, "Närvarande §§"),
                 (354.0, "Anmärkning")),
             line("Ledamöter", 104, bold=True, x=64.0),
             row(118, (64.0, "Åström Helena"), (214.0, "S"), (264.0, "31–35"),
                 (354.0, "ordförande")),
             row(131, (64.0, "Ekholm Sofia"), (214.0, "S"), (264.0, "31–33"),
                 (354.0, "lämnar kl 15.10")),
             line("Tjänstgörande ersättare", 148, bold=True, x=64.0),
             row(162, (64.0, "Berg Kim"), (214.0, "S"), (264.0, "34–35"),
                 (354.0, "ersätter Ekholm Sofia (S)")),
             row(175, (64.0, "Sahlin Eva"), (214.0, "M"), (264.0, "31–35"),
                 (354.0, "i stället för Wester Jan-Olof (M)")),
             line("Närvarande ej tjänstgörande ersättare", 192, bold=True, x=64.0),
             row(206, (64.0, "Alm Jonas"), (214.0, "V"), (264.0, "31–35")),
             line("Anmält förhinder", 223, bold=True, x=64.0),
             row(237, (64.0, "Wester Jan-Olof"), (214.0, "M"))]
    assert _people(lines) == [
        ("Åström Helena", "S", "ledamot", None, "§§ 31–35", "ordförande", None),
        ("Ekholm Sofia", "S", "ledamot", None, "§§ 31–33", None, "kl 15.10"),
        ("Berg Kim", "S", "tjänstgörande ersättare", "Ekholm Sofia", "§§ 34–35", None, None),
        ("Sahlin Eva", "M", "tjänstgörande ersättare", "Wester Jan-Olof", "§§ 31–35", None, None),
        ("Alm Jonas", "V", "ersättare", None, "§§ 31–35", None, None),
        ("Wester Jan-Olof", "M", "frånvarande", None, None, None, None)]


def test_the_party_in_a_column_before_the_name_and_a_name_wrapped_in_its_column():
    from tests.pagemaker import row

    lines = [row(100, (69.0, "Beslutande"), (195.0, "S"), (229.0, "Gunnel Tärnström"),
                 (331.0, "ordförande")),
             row(114, (195.0, "SD"), (229.0, "Roger Vikström"), (331.0, "2:e vice ordförande")),
             row(128, (195.0, "S"), (229.0, "Marie-Louise")),
             row(142, (229.0, "Ekdahl-Renberg")),
             row(156, (195.0, "KD"), (229.0, "Ivar Nylén"), (331.0, "t.o.m. § 101")),
             row(172, (69.0, "Tjänstgörande"), (137.0, "ersättare"), (195.0, "KD"),
                 (229.0, "Greta Sund"), (331.0, "för Ivar Nylén (KD), fr.o.m. § 102")),
             row(186, (195.0, "S"), (229.0, "Eva Ros"), (331.0, "tjg för Anders Pihl (S) §§ 104–105")),
             row(204, (69.0, "Frånvarande"), (195.0, "M"), (229.0, "Bo Kvarnström")),
             row(220, (69.0, "Sekreterare"), (195.0, "Ulrika Fahlén"))]
    assert _people(lines) == [
        ("Gunnel Tärnström", "S", "ledamot", None, None, "ordförande", None),
        ("Roger Vikström", "SD", "ledamot", None, None, "2:e vice ordförande", None),
        ("Marie-Louise Ekdahl-Renberg", "S", "ledamot", None, None, None, None),
        ("Ivar Nylén", "KD", "ledamot", None, "t.o.m. § 101", None, None),
        ("Greta Sund", "KD", "tjänstgörande ersättare", "Ivar Nylén", "fr.o.m. § 102", None, None),
        ("Eva Ros", "S", "tjänstgörande ersättare", "Anders Pihl", "§§ 104–105", None, None),
        ("Bo Kvarnström", "M", "frånvarande", None, None, None, None)]


def test_marks_of_check_boxes_in_a_column_are_no_parties():
    from tests.pagemaker import row

    lines = [row(100, (69.0, "Ledamöter"), (195.0, "X"), (229.0, "Anna Berg")),
             row(114, (195.0, "X"), (229.0, "Per Ek"))]
    assert all(a.party is None for a in extract_attendance(lines))


@pytest.mark.parametrize("printed, want", [
    ("Lind, Maria (S), ordförande", "Maria Lind (S), ordförande"),
    ("Holm, Erik (M) ersätter Dahl, Anna (M)", "Erik Holm (M) ersätter Anna Dahl (M)"),
    ("Rask, Ylva (S) för Bäckström, Lena (S), §§ 63–64",
     "Ylva Rask (S) för Lena Bäckström (S), §§ 63–64"),
    ("Dahl, Anna (M); Nyqvist, Omar (S)", "Anna Dahl (M); Omar Nyqvist (S)"),
    ("Ekdahl Ström, Marie-Louise (S)", "Marie-Louise Ekdahl Ström (S)"),
    # first name first already, or a list of names that share a party: left as printed
    ("Eva Strand (S), Ida Berg (S)", "Eva Strand (S), Ida Berg (S)"),
    ("Siv Ek, Bo Lind (MP)", "Siv Ek, Bo Lind (MP)"),
])
def test_names_printed_surname_first_before_their_party(printed, want):
    from meetbook.extract.cover_sections.name_forms import turned

    assert turned(printed) == want


def test_labels_with_a_colon_over_lists_surname_first_and_bullets():
    from tests.pagemaker import line, row

    lines = [line("Ledamöter:", 100, bold=True, x=69.0),
             row(113, (69.0, "Lind, Maria (S), ordförande"), (299.0, "Sjögren, Ulf (SD)")),
             line("Tjänstgörande ersättare:", 130, bold=True, x=69.0),
             line("Holm, Erik (M) ersätter Dahl, Anna (M)", 143, x=69.0),
             line("Ersättare (ej tjänstgörande):", 160, bold=True, x=69.0),
             line("Berglund, Siv (L)", 173, x=69.0),
             line("Frånvarande:", 190, bold=True, x=69.0),
             line("Dahl, Anna (M)", 203, x=69.0),
             line("Övriga närvarande:", 220, bold=True, x=69.0),
             line("– Karin Öhrn, socialchef", 233, x=69.0),
             line("– Mats Viklund, enhetschef, §§ 62–63", 246, x=69.0),
             line("Justerare:", 263, bold=True, x=69.0),
             line("Ekman, Petter", 276, x=69.0)]
    assert _people(lines) == [
        ("Maria Lind", "S", "ledamot", None, None, "ordförande", None),
        ("Ulf Sjögren", "SD", "ledamot", None, None, None, None),
        ("Erik Holm", "M", "tjänstgörande ersättare", "Anna Dahl", None, None, None),
        ("Siv Berglund", "L", "ersättare", None, None, None, None),
        ("Anna Dahl", "M", "frånvarande", None, None, None, None),
        ("Karin Öhrn", None, "tjänsteperson", None, None, "socialchef", None),
        ("Mats Viklund", None, "tjänsteperson", None, "§§ 62–63", "enhetschef", None)]


def test_one_label_over_a_table_of_names_roles_and_notes_without_parties():
    from tests.pagemaker import row

    lines = [row(100, (70.0, "Närvarande"), (190.0, "Nyström Kaj"), (315.0, "ordförande")),
             row(114, (190.0, "Granholm Annika"), (315.0, "medlem"),
                 (430.0, "anlände kl. 18.20, §§")),
             row(127, (430.0, "71–73")),
             row(141, (190.0, "Holmqvist Sten"), (315.0, "ersättare för Wik Gun")),
             row(155, (190.0, "Lindfors Ulla"), (315.0, "ersättare")),
             row(173, (70.0, "Frånvarande"), (190.0, "Wik Gun"), (315.0, "medlem")),
             row(191, (70.0, "Övriga närvarande"), (190.0, "Ek Johan"),
                 (315.0, "tekniska direktören,")),
             row(204, (315.0, "föredragande")),
             row(222, (70.0, "Protokolljusterare"), (190.0, "Granholm Annika"))]
    assert _people(lines) == [
        ("Nyström Kaj", None, "ledamot", None, None, "ordförande", None),
        ("Granholm Annika", None, "ledamot", None, "§§ 71–73", None, "kl. 18.20"),
        ("Holmqvist Sten", None, "tjänstgörande ersättare", "Wik Gun", None, None, None),
        ("Lindfors Ulla", None, "ersättare", None, None, None, None),
        ("Wik Gun", None, "frånvarande", None, None, None, None),
        ("Ek Johan", None, "tjänsteperson", None, None, "tekniska direktören, föredragande",
         None)]


def test_an_attendance_grid_with_marks_for_the_member_and_the_serving_substitute():
    from tests.pagemaker import line, row

    lines = [line("Beslutande", 90, bold=True, x=64.0),
             row(104, (64.0, "Ledamot"), (204.0, "Parti"), (244.0, "Närv."),
                 (284.0, "Ersättare"), (424.0, "Tjg")),
             row(118, (64.0, "Helga Brännström"), (204.0, "S"), (258.0, "X"),
                 (284.0, "Jonas Edlund")),
             row(131, (64.0, "Arne Vesterlund"), (204.0, "S"), (284.0, "Mona Sjöström"),
                 (438.0, "X")),
             row(144, (64.0, "Ingela Nyhlén"), (204.0, "C"), (284.0, "Per Boström")),
             row(162, (64.0, "Övriga närvarande"),
                 (194.0, "Anna Ek, kommundirektör, och Olle Berg, sekreterare"))]
    assert _people(lines) == [
        ("Helga Brännström", "S", "ledamot", None, None, None, None),
        ("Arne Vesterlund", "S", "frånvarande", None, None, None, None),
        ("Mona Sjöström", "S", "tjänstgörande ersättare", "Arne Vesterlund", None, None, None),
        ("Ingela Nyhlén", "C", "frånvarande", None, None, None, None),
        ("Anna Ek", None, "tjänsteperson", None, None, "kommundirektör", None),
        ("Olle Berg", None, "tjänsteperson", None, None, "sekreterare", None)]


@pytest.mark.parametrize("rows, want", [
    ((("Förhinder", "Eva Moberg (S)"),), [("Eva Moberg", "S", "frånvarande", None, None, None, None)]),
    ((("Anmält förfall", "Eva Moberg (S)"),),
     [("Eva Moberg", "S", "frånvarande", None, None, None, None)]),
    ((("Sakkunniga", "Anna Ek, kommundirektör"),),
     [("Anna Ek", None, "tjänsteperson", None, None, "kommundirektör", None)]),
    # the party after the chair's function
    ((("Ledamöter", "Anna Berg, ordförande (S)"), ("", "Per Ek, vice ordförande (M)")),
     [("Anna Berg", "S", "ledamot", None, None, "ordförande", None),
      ("Per Ek", "M", "ledamot", None, None, "vice ordförande", None)]),
    # "v ordf" is the vice chair
    ((("Ledamöter", "Anna Berg (S) ordf, Per Ek (M) v ordf, Lisa Lind (C)"),),
     [("Anna Berg", "S", "ledamot", None, None, "ordförande", None),
      ("Per Ek", "M", "ledamot", None, None, "vice ordförande", None),
      ("Lisa Lind", "C", "ledamot", None, None, None, None)]),
    # abbreviated labels of substitutes
    ((("Tjg ersättare", "Kim Rask (S) för Eva Moberg (S)"),),
     [("Kim Rask", "S", "tjänstgörande ersättare", "Eva Moberg", None, None, None)]),
    ((("Tjänstg. ersättare", "Kim Rask (S) för Eva Moberg (S)"), ("Ej tjg ersättare", "Ola Bo (V)")),
     [("Kim Rask", "S", "tjänstgörande ersättare", "Eva Moberg", None, None, None),
      ("Ola Bo", "V", "ersättare", None, None, None, None)]),
    # the protokollförare under a label of their own is no official present besides the list
    ((("Övriga närvarande", "Anna Ek, kommundirektör"), ("Protokollförare", "Lina Borg")),
     [("Anna Ek", None, "tjänsteperson", None, None, "kommundirektör", None)]),
])
def test_more_labels_and_chairs(rows, want):
    assert _people(_cover(*rows)) == want


@pytest.mark.parametrize("rows, want", [
    # running text: lead words give the role of the people after them, roles in brackets
    ((("Närvarande", "ledamöterna Karin Holmberg (S) (ordf.), Lars Persson (M) (1:e v ordf),"),
      ("", "Eva Nyqvist (S), tjänstgörande ersättaren Oskar Vik (S) för Mats Ek (S) samt"),
      ("", "ersättarna Lena Dahl (M) och Hanna Sjödin (V)")),
     [("Karin Holmberg", "S", "ledamot", None, None, "ordförande", None),
      ("Lars Persson", "M", "ledamot", None, None, "1:e vice ordförande", None),
      ("Eva Nyqvist", "S", "ledamot", None, None, None, None),
      ("Oskar Vik", "S", "tjänstgörande ersättare", "Mats Ek", None, None, None),
      ("Lena Dahl", "M", "ersättare", None, None, None, None),
      ("Hanna Sjödin", "V", "ersättare", None, None, None, None)]),
    ((("Beslutande", "Ledamöterna Anna Berg (S) och Per Ek (M), ej tjänstgörande ersättarna"),
      ("", "Ola Bo (V) och Siv Ek (C)")),
     [("Anna Berg", "S", "ledamot", None, None, None, None),
      ("Per Ek", "M", "ledamot", None, None, None, None),
      ("Ola Bo", "V", "ersättare", None, None, None, None),
      ("Siv Ek", "C", "ersättare", None, None, None, None)]),
    # lead words name no role under a label of absence
    ((("Frånvarande", "ledamöterna Anna Berg (S) och Per Ek (M)"),),
     [("Anna Berg", "S", "frånvarande", None, None, None, None),
      ("Per Ek", "M", "frånvarande", None, None, None, None)]),
    # officials with the title before the name, a name broken over the line
    ((("Övriga närvarande", "miljöchef Per Strand, miljöinspektör Sofia Rask §§ 88–89,"),
      ("", "nämndsekreterare Lisa"), ("", "Wiklund")),
     [("Per Strand", None, "tjänsteperson", None, None, "miljöchef", None),
      ("Sofia Rask", None, "tjänsteperson", None, "§§ 88–89", "miljöinspektör", None),
      ("Lisa Wiklund", None, "tjänsteperson", None, None, "nämndsekreterare", None)]),
    ((("Övriga närvarande", "Kommundirektör Anna Ek, t.f. ekonomichef Bo Lund"),),
     [("Anna Ek", None, "tjänsteperson", None, None, "kommundirektör", None),
      ("Bo Lund", None, "tjänsteperson", None, None, "t.f. ekonomichef", None)]),
    # one person a line, the title after the name, stays as it was read
    ((("Övriga närvarande", "Eva Ström, kommundirektör"), ("", "Kommunsekreterare Eva Rehn"),
      ("Nämndsekreterare", "Lisa Wiklund")),
     [("Eva Ström", None, "tjänsteperson", None, None, "kommundirektör", None),
      ("Eva Rehn", None, "tjänsteperson", None, None, "kommunsekreterare", None)]),
    ((("Övriga närvarande", "Birgitta Alm, ekonomichef"), ("", "Per Ek, sekreterare")),
     [("Birgitta Alm", None, "tjänsteperson", None, None, "ekonomichef", None),
      ("Per Ek", None, "tjänsteperson", None, None, "sekreterare", None)]),
])
def test_running_text_and_titles_before_names(rows, want):
    assert _people(_cover(*rows)) == want


def test_a_list_of_those_present_after_the_paragraphs():
    """A "Närvarolista" appendix: a grid Ledamot / Parti / Närvarande / Ersättare, the
    substitute named on an absent member's row serving in the place; "Ej tjänstgörande
    ersättare" with an X in a column of their own; vote columns are no part of it."""
    from tests.pagemaker import line, row

    lines = [line("NÄRVAROLISTA", 90, bold=True, x=64.0),
             line("Kommunfullmäktige 2026-12-07, §§ 140–142", 104, x=64.0),
             row(120, (64.0, "Ledamot"), (214.0, "Parti"), (264.0, "Närvarande"),
                 (344.0, "Ersättare"), (470.0, "Ja"), (500.0, "Nej")),
             row(134, (64.0, "Ingrid Sandström"), (214.0, "S"), (293.0, "X"), (472.0, "X")),
             row(147, (64.0, "Maja Holmqvist"), (214.0, "S"), (344.0, "Nils Frisk"),
                 (502.0, "X")),
             row(160, (64.0, "Tina Eriksson"), (214.0, "SD")),
             line("Ej tjänstgörande ersättare", 180, bold=True, x=64.0),
             row(194, (64.0, "Hugo Berglind"), (214.0, "M"), (293.0, "X")),
             row(207, (64.0, "Siri Åkerman"), (214.0, "V"), (293.0, "X"))]
    assert _people(lines) == [
        ("Ingrid Sandström", "S", "ledamot", None, None, None, None),
        ("Maja Holmqvist", "S", "frånvarande", None, None, None, None),
        ("Nils Frisk", "S", "tjänstgörande ersättare", "Maja Holmqvist", None, None, None),
        ("Tina Eriksson", "SD", "frånvarande", None, None, None, None),
        ("Hugo Berglind", "M", "ersättare", None, None, None, None),
        ("Siri Åkerman", "V", "ersättare", None, None, None, None)]


@pytest.mark.parametrize("rows, want", [
    # the serving substitute starred among the members, the star keyed under the list
    ((("Ledamöter", "Anna Berg (S), ordförande; Per Ek (M); Oskar Vik* (S); Lisa Lind (C)"),
      ("", "* tjänstgörande ersättare")),
     [("Anna Berg", "S", "ledamot", None, None, "ordförande", None),
      ("Per Ek", "M", "ledamot", None, None, None, None),
      ("Oskar Vik", "S", "tjänstgörande ersättare", None, None, None, None),
      ("Lisa Lind", "C", "ledamot", None, None, None, None)]),
    ((("Beslutande", "Anna Berg (S)"), ("", "*Oskar Vik (S)"), ("", "Lisa Lind (C)"),
      ("", "* = tjänstgörande ersättare")),
     [("Anna Berg", "S", "ledamot", None, None, None, None),
      ("Oskar Vik", "S", "tjänstgörande ersättare", None, None, None, None),
      ("Lisa Lind", "C", "ledamot", None, None, None, None)]),
    # a star without its key is only taken away
    ((("Ledamöter", "Anna Berg (S), Oskar Vik (S)*"),),
     [("Anna Berg", "S", "ledamot", None, None, None, None),
      ("Oskar Vik", "S", "ledamot", None, None, None, None)]),
    # the chair's function in brackets before the party
    ((("Ledamöter", "Anna Berg (ordf.) (S), Per Ek (1:e v ordf) (M)"),),
     [("Anna Berg", "S", "ledamot", None, None, "ordförande", None),
      ("Per Ek", "M", "ledamot", None, None, "1:e vice ordförande", None)]),
    # signatures, the notice of the adjusted minutes: nobody more
    ((("Beslutande", "Anna Berg (S), Per Ek (M)"), ("Underskrifter", ""),
      ("Sekreterare", "......... Bo Holm"), ("Ordförande", ".......... Anna Berg"),
      ("Justerande", "......... Per Ek (M)"), ("ANSLAG/BEVIS", ""), ("Organ", "Kommunstyrelsen"),
      ("Underskrift", "Bo Holm")),
     [("Anna Berg", "S", "ledamot", None, None, None, None),
      ("Per Ek", "M", "ledamot", None, None, None, None)]),
    # officials title first, one a line
    ((("Övriga närvarande", "kommundirektör Anna Ek"), ("", "ekonomichef Bo Lund, § 112"),
      ("", "kommunsekreterare Eva Rehn")),
     [("Anna Ek", None, "tjänsteperson", None, None, "kommundirektör", None),
      ("Bo Lund", None, "tjänsteperson", None, "§ 112", "ekonomichef", None),
      ("Eva Rehn", None, "tjänsteperson", None, None, "kommunsekreterare", None)]),
])
def test_stars_functions_and_signatures(rows, want):
    assert _people(_cover(*rows)) == want


def test_labels_side_by_side_over_their_lists():
    from tests.pagemaker import row

    lines = [row(90, (64.0, "Beslutande"), (300.0, "Övriga närvarande")),
             row(104, (64.0, "Anna Berg (S), ordförande"), (300.0, "Eva Ström, kommundirektör")),
             row(117, (64.0, "Per Ek (M)"), (300.0, "Bo Holm, sekreterare")),
             row(130, (64.0, "Oskar Vik (S) ersätter Mats Ek (S)")),
             row(150, (64.0, "Justerare"), (200.0, "Per Ek"))]
    assert _people(lines) == [
        ("Anna Berg", "S", "ledamot", None, None, "ordförande", None),
        ("Per Ek", "M", "ledamot", None, None, None, None),
        ("Oskar Vik", "S", "tjänstgörande ersättare", "Mats Ek", None, None, None),
        ("Eva Ström", None, "tjänsteperson", None, None, "kommundirektör", None),
        ("Bo Holm", None, "tjänsteperson", None, None, "sekreterare", None)]


def test_a_list_of_those_present_and_the_votes_headed_namn():
    """"NÄRVARO- OCH OMRÖSTNINGSLISTA": the heading over a grid Namn / Parti / Närvaro /
    Ersättare under a line or two, "–" for an absent member, a § 's vote columns apart."""
    from tests.pagemaker import line, row

    lines = [line("NÄRVARO- OCH OMRÖSTNINGSLISTA", 90, bold=True, x=64.0),
             line("Kommunfullmäktige 2026-10-19", 106, x=64.0),
             row(120, (430.0, "§ 131")),
             row(132, (64.0, "Namn"), (194.0, "Parti"), (234.0, "Närvaro"), (289.0, "Ersättare"),
                 (420.0, "Ja"), (460.0, "Nej"), (500.0, "Avstår")),
             row(146, (64.0, "Emma Ruuth"), (194.0, "S"), (255.0, "–"), (289.0, "Nils Frisk"),
                 (424.0, "X")),
             row(159, (64.0, "Britt Nyström"), (194.0, "V"), (255.0, "X"), (510.0, "X"))]
    assert _people(lines) == [
        ("Emma Ruuth", "S", "frånvarande", None, None, None, None),
        ("Nils Frisk", "S", "tjänstgörande ersättare", "Emma Ruuth", None, None, None),
        ("Britt Nyström", "V", "ledamot", None, None, None, None)]


def test_a_title_broken_over_a_line_stays_whole():
    lines = _cover(("Övriga närvarande", "kommundirektör Tove Hallin, mark- och"),
                   ("", "exploateringschef Leo Brandt, § 131"))
    assert _people(lines) == [
        ("Tove Hallin", None, "tjänsteperson", None, None, "kommundirektör", None),
        ("Leo Brandt", None, "tjänsteperson", None, "§ 131", "mark- och exploateringschef", None)]


_BASE = ("Beslutande", "Anna Berg (S), ordförande; Per Ek (M)")
_BASE_PEOPLE = [("Anna Berg", "S", "ledamot", None, None, "ordförande", None),
                ("Per Ek", "M", "ledamot", None, None, None, None)]


@pytest.mark.parametrize("row", [
    # those who check the minutes and write them, no attendance of their own
    ("Justeras av", "Per Ek (M)"), ("Att justera", "Per Ek (M)"),
    ("Nämndsekreterare", "Lisa Wiklund"),
    # labels of other things in the labels' column end the list before them
    ("Insynsplats", "Gun Ek (V)"), ("Ajournering", "kl. 14.00–14.15"),
    ("Revisorer", "Gun Ek (V)"), ("Protokollet omfattar", "§§ 1–5"),
])
def test_labels_that_add_nobody_to_the_list_before_them(row):
    assert _people(_cover(_BASE, row)) == _BASE_PEOPLE


@pytest.mark.parametrize("rows, want", [
    # a bare "tjg" after a member serving; "ej tjänstgörande ersättare" is the opposite
    ((("Beslutande", "Anna Berg (S), ordförande"), ("", "Oskar Vik (S) tjg"),
      ("", "Lena Dahl (M), ej tjänstgörande ersättare")),
     [("Anna Berg", "S", "ledamot", None, None, "ordförande", None),
      ("Oskar Vik", "S", "tjänstgörande ersättare", None, None, None, None),
      ("Lena Dahl", "M", "ersättare", None, None, None, None)]),
    # "ersatt av": the member away, the substitute serving in the place
    ((("Frånvarande", "Mats Ek (S), ersatt av Oskar Vik (S)"),),
     [("Mats Ek", "S", "frånvarande", None, None, None, None),
      ("Oskar Vik", "S", "tjänstgörande ersättare", "Mats Ek", None, None, None)]),
    ((("Ledamöter", "Anna Berg (S), Mats Ek (S) ersatt av Oskar Vik (S), Per Ek (M)"),),
     [("Anna Berg", "S", "ledamot", None, None, None, None),
      ("Mats Ek", "S", "frånvarande", None, None, None, None),
      ("Oskar Vik", "S", "tjänstgörande ersättare", "Mats Ek", None, None, None),
      ("Per Ek", "M", "ledamot", None, None, None, None)]),
])
def test_serving_notes_after_a_name(rows, want):
    assert _people(_cover(*rows)) == want


def test_a_grid_with_an_absence_column_and_heads_of_two_words():
    """"Ordinarie ledamot / Parti / Närv. / Frånv. / Tjänstgörande ersättare": an X under
    "Frånv." is a member away; without a "Närv." column, a member unmarked was there."""
    from tests.pagemaker import line, row

    lines = [line("Närvarolista", 90, bold=True, x=64.0),
             row(104, (64.0, "Ordinarie ledamot"), (204.0, "Parti"), (244.0, "Närv."),
                 (284.0, "Frånv."), (330.0, "Tjänstgörande ersättare")),
             row(118, (64.0, "Helga Brännström"), (204.0, "S"), (258.0, "X")),
             row(131, (64.0, "Arne Vesterlund"), (204.0, "S"), (298.0, "X"),
                 (330.0, "Mona Sjöström")),
             line("Beslutande", 160, bold=True, x=64.0)]
    assert _people(lines) == [
        ("Helga Brännström", "S", "ledamot", None, None, None, None),
        ("Arne Vesterlund", "S", "frånvarande", None, None, None, None),
        ("Mona Sjöström", "S", "tjänstgörande ersättare", "Arne Vesterlund", None, None, None)]
    only_absence = [line("Beslutande", 90, bold=True, x=64.0),
                    row(104, (64.0, "Namn"), (204.0, "Parti"), (284.0, "Frånvarande")),
                    row(118, (64.0, "Helga Brännström"), (204.0, "S")),
                    row(131, (64.0, "Arne Vesterlund"), (204.0, "S"), (298.0, "X"))]
    assert _people(only_absence) == [
        ("Helga Brännström", "S", "ledamot", None, None, None, None),
        ("Arne Vesterlund", "S", "frånvarande", None, None, None, None)]


# ------------------------------------------------------------------ cover forms, generated
# The attendance of covers in forms no template carries: two-column tables (name | party |
# role, name | function), names either way round, the party after a comma, a dash, in brackets
# or in its own column, roles in a column or after the name, substitutes and the §§ and times
# noted apart. Each row of a table is printed in cells at the columns' x.

def _cover_rows(*rows) -> list[Line]:
    from tests.pagemaker import line, row
    out = []
    for k, cells in enumerate(rows):
        top = 80.0 + 14 * k
        out.append(line(cells, top) if isinstance(cells, str) else row(top, *cells))
    return out


_N, _P, _R = 57.0, 220.0, 330.0  # the columns: name, party, role or note

COVER_FORMS = [
    (_cover_rows("Beslutande", [(_N, "Anna Berg"), (_P, "S"), (_R, "ordförande")],
            [(_N, "Per Holm"), (_P, "M"), (_R, "vice ordf.")], [(_N, "Eva Lund"), (_P, "C")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Holm", "M", "ledamot", None, "vice ordförande"), ("Eva Lund", "C", "ledamot", None, None)]),
    (_cover_rows("Närvarande beslutande", [(_N, "Namn"), (_P, "Parti"), (_R, "Funktion")],
            [(_N, "Anna Berg"), (_P, "S"), (_R, "Ordförande")],
            [(_N, "Per Holm"), (_P, "M"), (_R, "1:e vice ordförande")],
            [(_N, "Ola Ek"), (_P, "S"), (_R, "Tjänstgörande ersättare")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Holm", "M", "ledamot", None, "1:e vice ordförande"),
      ("Ola Ek", "S", "tjänstgörande ersättare", None, None)]),
    (_cover_rows([(_N, "Närvarande beslutande"), (180.0, "Anna Berg (S), ordförande")],
            [(180.0, "Eva Lund (C)")],
            [(_N, "Tjänstgörande ersättare"), (180.0, "Ola Ek (S), ersätter Lars Bo (S)")],
            [(_N, "Frånvarande"), (180.0, "Lars Bo (S)")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Eva Lund", "C", "ledamot", None, None),
      ("Ola Ek", "S", "tjänstgörande ersättare", "Lars Bo", None),
      ("Lars Bo", "S", "frånvarande", None, None)]),
    (_cover_rows("Beslutande ledamöter", [(_N, "Berg, Anna"), (_P, "S"), (_R, "ordförande")],
            [(_N, "Holm, Per"), (_P, "M"), (_R, "2:e vice ordförande")], [(_N, "Lund, Eva"), (_P, "C")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Holm", "M", "ledamot", None, "2:e vice ordförande"), ("Eva Lund", "C", "ledamot", None, None)]),
    (_cover_rows("Beslutande ledamöter", [(_N, "Berg, Anna"), (_P, "(S)"), (_R, "ordförande")],
            [(_N, "Lund, Eva"), (_P, "(C)")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Eva Lund", "C", "ledamot", None, None)]),
    (_cover_rows("Ledamöter", [(_N, "Berg Anna"), (_P, "S"), (_R, "ordförande")],
            [(_N, "Lund Eva"), (_P, "C")]),
     [("Berg Anna", "S", "ledamot", None, "ordförande"), ("Lund Eva", "C", "ledamot", None, None)]),
    (_cover_rows("Beslutande", [(_N, "Anna Berg (S)"), (_R, "ordförande")],
            [(_N, "Per Holm (M)"), (_R, "vice ordförande")],
            [(_N, "Ola Ek (S)"), (_R, "tjänstgörande ersättare för Lars Bo (S)")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Holm", "M", "ledamot", None, "vice ordförande"),
      ("Ola Ek", "S", "tjänstgörande ersättare", "Lars Bo", None)]),
    (_cover_rows("Beslutande", [(_N, "Anna Berg, S"), (_R, "Ordförande")],
            [(_N, "Ola Ek, S"), (_R, "Ersättare för Lars Bo, S")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Ola Ek", "S", "tjänstgörande ersättare", "Lars Bo", None)]),
    (_cover_rows("Beslutande", "Anna Berg – S, ordförande", "Per Holm – M", "Eva Lund – C"),
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Per Holm", "M", "ledamot", None, None),
      ("Eva Lund", "C", "ledamot", None, None)]),
    (_cover_rows("Ledamöter", "Anna Berg, S, ordförande", "Per Holm, M"),
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Per Holm", "M", "ledamot", None, None)]),
    (_cover_rows("Närvarande beslutande", "Anna Berg (S) ordförande", "Per Holm (M) vice ordförande"),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Holm", "M", "ledamot", None, "vice ordförande")]),
    (_cover_rows("Beslutande", "Anna Berg (S), ordförande", "Tjänstgörande ersättare",
            "Ola Ek (S) tjänstgör för Lars Bo (S)"),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Ola Ek", "S", "tjänstgörande ersättare", "Lars Bo", None)]),
    (_cover_rows("Beslutande", "Anna Berg (S), ordförande", "Ersättare",
            "Ola Ek (S), ej tjänstgörande ersättare"),
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Ola Ek", "S", "ersättare", None, None)]),
    (_cover_rows("Beslutande", [(_N, "Anna Berg"), (_P, "S")], "Ej tjänstgörande ersättare",
            [(_N, "Kim Ny"), (_P, "M")]),
     [("Anna Berg", "S", "ledamot", None, None), ("Kim Ny", "M", "ersättare", None, None)]),
    (_cover_rows("Tjänstgörande ersättare", [(_N, "Ola Ek"), (_P, "S"), (_R, "för Lars Bo (S)")],
            [(_N, "Kim Ny"), (_P, "M"), (_R, "ersätter Åsa Ny (M)")]),
     [("Ola Ek", "S", "tjänstgörande ersättare", "Lars Bo", None),
      ("Kim Ny", "M", "tjänstgörande ersättare", "Åsa Ny", None)]),
    (_cover_rows("Beslutande", "Anna Berg (S), ordförande", "Frånvarande", "Lars Bo (S), Åsa Ny (M)"),
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Lars Bo", "S", "frånvarande", None, None),
      ("Åsa Ny", "M", "frånvarande", None, None)]),
    (_cover_rows("Övriga deltagare", [(_N, "Karin Ström"), (_P, "kommundirektör")],
            [(_N, "Lisa Wik"), (_P, "sekreterare")]),
     [("Karin Ström", None, "tjänsteperson", None, "kommundirektör"),
      ("Lisa Wik", None, "tjänsteperson", None, "sekreterare")]),
    (_cover_rows("Övriga närvarande", [(_N, "Karin Ström"), (_P, "Kommundirektör")],
            [(_N, "Lisa Wik"), (_P, "Nämndsekreterare")]),
     [("Karin Ström", None, "tjänsteperson", None, "kommundirektör"),
      ("Lisa Wik", None, "tjänsteperson", None, "nämndsekreterare")]),
    (_cover_rows("Närvarande tjänstemän", "Karin Ström, kommundirektör", "Lisa Wik, nämndsekreterare"),
     [("Karin Ström", None, "tjänsteperson", None, "kommundirektör"),
      ("Lisa Wik", None, "tjänsteperson", None, "nämndsekreterare")]),
    (_cover_rows([(_N, "Ordförande"), (_P, "Anna Berg (S)")], [(_N, "Vice ordförande"), (_P, "Per Holm (M)")],
            [(_N, "Ledamöter"), (_P, "Eva Lund (C)")], [(_P, "Ida Sten (V)")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Per Holm", "M", "ledamot", None, "vice ordförande"), ("Eva Lund", "C", "ledamot", None, None),
      ("Ida Sten", "V", "ledamot", None, None)]),
    (_cover_rows("Beslutande ledamöter", [(_N, "Nordin, Ali"), (_P, "(S)"), (_R, "ersätter Dahlberg, Kjell")],
                 "Övriga deltagare", [(_N, "Sjöberg, Anita"), (_R, "kanslichef")]),
     [("Ali Nordin", "S", "tjänstgörande ersättare", "Kjell Dahlberg", None),
      ("Anita Sjöberg", None, "tjänsteperson", None, "kanslichef")]),
    (_cover_rows("Ledamöter", [(_N, "Anna Berg"), (_P, "Socialdemokraterna"), (_R, "ordförande")],
                 [(_N, "Per Holm"), (_P, "Moderaterna")]),
     [("Anna Berg", "S", "ledamot", None, "ordförande"), ("Per Holm", "M", "ledamot", None, None)]),
    (_cover_rows("Ersättare", "Ola Ek (S), tjg §§ 3–5", "Kim Ny (M)"),
     [("Ola Ek", "S", "tjänstgörande ersättare", None, None), ("Kim Ny", "M", "ersättare", None, None)]),
    (_cover_rows("Närvarande ledamöter", "Anna Berg (S) – ordförande",
            "Ola Ek (S) – tjänstgörande ersättare för Lars Bo (S)"),
     [("Anna Berg", "S", "ledamot", None, "ordförande"),
      ("Ola Ek", "S", "tjänstgörande ersättare", "Lars Bo", None)]),
]


@pytest.mark.parametrize("lines, want", COVER_FORMS)
def test_attendance_in_cover_forms_no_template_carries(lines, want):
    got = [(a.name, a.party, a.role, a.replaces, a.function) for a in extract_attendance(lines)]
    assert got == want


@pytest.mark.parametrize("rows, want", [
    # the time and the §§ a member was there for, in the note or a column of its own
    (["Beslutande", "Anna Berg (S), ordförande", "Eva Lund (C), kl. 13.00–15.10, §§ 1–7"],
     ("§§ 1–7", "kl. 13.00–15.10")),
    (["Beslutande", [(_N, "Anna Berg"), (_P, "S"), (_R, "ordförande")],
      [(_N, "Eva Lund"), (_P, "C"), (_R, "kl. 13.00–15.10, §§ 1–7")]], ("§§ 1–7", "kl. 13.00–15.10")),
])
def test_times_and_paragraphs_are_kept_apart(rows, want):
    lund = next(a for a in extract_attendance(_cover_rows(*rows)) if a.name == "Eva Lund")
    assert (lund.paragraphs, lund.time) == want


@pytest.mark.parametrize("after", [
    ["Utses att justera", "Eva Lund (C)"],
    ["Justerare", "Per Holm (M)"],
    ["Underskrifter", "Sekreterare", "Lisa Wik", "Ordförande", "Anna Berg"],
    ["Paragrafer", "§§ 1–7"],
    ["Justerade paragrafer  §§ 1–7"],
    ["Justeringens plats och tid", "Kommunhuset 2026-03-09"],
    ["Sekreterare  ..........................", "Lisa Wik"],
])
def test_justerare_signatures_and_the_paragraph_list_are_no_attendance(after):
    got = extract_attendance(_cover_rows("Beslutande", "Anna Berg (S), ordförande", "Eva Lund (C)", *after))
    assert [(a.name, a.role) for a in got] == [("Anna Berg", "ledamot"), ("Eva Lund", "ledamot")]
