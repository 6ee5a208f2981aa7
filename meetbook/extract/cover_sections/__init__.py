"""Attendance in a cover's labelled sections (pure): a label and its list, as label tables
and headed covers print them.

    Beslutande            Eva Strand (S), ordförande; Per Holm (M), vice ordförande; Ida
                          Berg (S); Karin Sjö (KD), kl. 13.00–15.10, §§ 47–50
    Tjänstgörande ersättare  Ali Demir (S) för Jenny Lund (S)
    Ej tjänstgörande ersättare  Gun Rydell
    Frånvarande           Tord Bäck
    Övriga närvarande     Lotta Rehn, handläggare, §§ 19-21

A label stands at the start of a line, its list beside it and on the lines under it; a label
alone is a heading for the lines that follow ("Ledamöter" over check boxes "☒ Anders Lövgren
(S), ordförande  ☐ Stig Ahl (SD)", "Beslutande ledamöter" over a table Namn / Parti /
Funktion). A list in columns ("Ledamöter  Ersättare") is read column by column, so that an
entry wrapped in its column stays whole. Entries are parted by semicolons, lines or party
marks; without parties, one per line or between commas. A marked check box is present, an
unmarked member absent. "X (S) ersätter Y (S)", "X (S) för Y (S)", "X, tjänstgörande ersättare
för Y" serve in Y's place; "§§ 47–50" are the §§ a person was there for, "kl. 13.00–15.10" the
time, kept apart.

One module a form; `reading.labelled_attendance` cuts the cover into sections and tries the
forms on each section in this order:

- `sections`: the cover's lines cut into sections by their `labels` (the role each names), as
  rows of `pieces` (where a piece begins, its text);
- `grid`: an attendance grid, each seat a row, an X under "Närv." and "Tjg" (`marks`);
- `name_forms`: names printed surname first, with a star keyed in a footnote or a bullet,
  given as "First Last (P), notes";
- `tables`: a table Namn / Parti, parties in a column of their own, one person a row;
- `with_parties`: members with their party marks in running text, check boxes before them;
- `without_parties`: people without parties, one a line or between commas, titles before names;
- `notes`: what follows a person's name: whom they replace, §§, time, function.
"""
from meetbook.extract.cover_sections.notes import (
    FUNCTION,
    PARAGRAPHS,
    TIME,
    person_with_notes,
)
from meetbook.extract.cover_sections.reading import labelled_attendance
from meetbook.extract.cover_sections.with_parties import MEMBER

__all__ = ["FUNCTION", "MEMBER", "PARAGRAPHS", "TIME", "labelled_attendance", "person_with_notes"]
