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
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.columns import placed_columns
from meetbook.lexicon import names, parties
from meetbook.model import Attendance, Line

# (label, role); None for the cover's other labels, which end a list. Longer labels first.
_LABELS: tuple[tuple[str, str | None], ...] = (
    (r"beslutande\s+ledamöter|(?:närvarande|ordinarie|tjänstgörande)\s+ledamöter", "ledamot"),
    (r"tjänstgörande\s+ersättare", "tjänstgörande ersättare"),
    (r"(?:ej|icke)\s+tjänstgörande\s+ersättare|närvarande\s+ersättare|övriga\s+ersättare",
     "ersättare"),
    (r"frånvarande\s+ledamöter|ej\s+närvarande|anmält\s+förhinder", "frånvarande"),
    (r"övriga\s+(?:närvarande|deltagande|deltagare)|(?:närvarande\s+)?tjänste(?:personer|män)|"
     r"övriga", "tjänsteperson"),
    (r"beslutande|ledamöter|ledamot", "ledamot"),
    (r"tjänstgörande", "tjänstgörande ersättare"),
    (r"ersättare", "ersättare"),
    (r"frånvarande", "frånvarande"),
    (r"(?:plats\s+och\s+tid|tid\s+och\s+plats)(?:\s+för\s+\w+)?|sammanträdes\w*|plats|tid|"
     r"datum|organ|ärenden|utses\s+att\s+justera|(?:protokoll)?justerare|justering\w*|"
     r"justeringens(?:\s+\w+){1,3}|justerade\s+paragrafer|underskrift\w*|sekreterare|"
     r"ordförande|paragrafer|protokollet\s+\w+|anslag\w*|bevis|elektronisk\w*(?:\s+\w+)?",
     None),
)
LABEL = re.compile(
    r"^(?:" + "|".join(f"(?P<l{k}>{rx})" for k, (rx, _) in enumerate(_LABELS)) +
    r")\s*:?(?:\s+(?P<rest>.+))?$", re.IGNORECASE)
# a check box before a name: marked "☒", "☑", "[X]", "X"; unmarked "☐", "□", "[ ]"
MARKED = r"☒|☑|\[\s*[xX]\s*\]|(?<![\w(])X(?![\w)])"
UNMARKED = r"☐|□|\[\s*\]"
MARK = re.compile(rf"(?P<mark>{MARKED}|{UNMARKED})\s*$")
ANY_MARK = re.compile(rf"{MARKED}|{UNMARKED}")
# "Lisa Andersson (M)", "Maria Losman (MP)", "Maria Lindvall (-)(L)", "Ermin Škorić (S)"
MEMBER = re.compile(rf"(?P<name>{names.NAME})\s*{parties.MARK.pattern}")
# "ersätter Y", "för Y (S)", "tjänstgörande ersättare för Y": whom a substitute serves for
REPLACES = re.compile(rf"(?i:\bersätter|(?:\btjänstgörande\s+)?\bersättare\s+för|\bför)\s+"
                      rf"(?P<who>{names.NAME})(?:\s*{parties.MARK.pattern})?")
# a note that says when a member took no part: "deltar inte i § 88 p.g.a. jäv", "deltar §§ 81-85"
PART = re.compile(r"\b(?:jäv|deltar|deltog|ej|inte|utom|från|till(?:\s+och\s+med)?|t\.o\.m\.)\b",
                  re.IGNORECASE)
PARAGRAPHS = re.compile(r"§§?\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+(?:\s*[-–]\s*\d+)?)*")
# "kl. 13.00–15.10", "kl. 18.25-", "kl 9.00"
TIME = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d\d(?:\s*[-–]\s*(?:\d{1,2}[.:]\d\d)?)?", re.IGNORECASE)
# "1:e vice ordförande", "ordförande", "2:e vice ordförande", "viceordförande (distans)"
FUNCTION = re.compile(r"(?:\d:e\s+)?(?:vice\s*)?ordförande(?:\s*\([^)]*\))?|sekreterare|"
                      r"protokollförare|föredragande", re.IGNORECASE)
SAME_COLUMN = 16.0  # points within which the pieces of a list stand in one column
Piece = tuple[float, str]  # where it begins, its text


def labelled_attendance(lines: Sequence[Line]) -> list[Attendance]:
    """Who was at the meeting, from the cover's labelled sections."""
    out: list[Attendance] = []
    for role, rows in _sections(lines):
        out += _section(role, rows)
    return out


def label_of(text: str) -> tuple[str | None, str] | None:
    """(role or None, what follows the label) when the text opens with a cover's label."""
    m = LABEL.match(text.strip())
    if not m:
        return None
    k = next(k for k in range(len(_LABELS)) if m.group(f"l{k}") is not None)
    return _LABELS[k][1], m.group("rest") or ""


def _sections(lines: Sequence[Line]) -> list[tuple[str, list[list[Piece]]]]:
    """(role, rows of pieces) of each section whose label names a role."""
    out: list[tuple[str | None, list[list[Piece]]]] = []
    label: tuple[float, str] | None = None  # where the open label stands, and its text
    for ln in lines:
        cols = placed_columns(ln)
        x0, first = cols[0]
        if label and first[:1].islower() and abs(x0 - label[0]) < 3 and out:
            found = label_of(f"{label[1]} {first}")  # a label on two lines: "Tjänstgörande" / "ersättare"
            label = (label[0], f"{label[1]} {first}")
            if found and found[0] != out[-1][0]:
                out[-1] = (found[0], out[-1][1])
            out[-1][1].append(cols[1:])
            continue
        found = label_of(first)
        if found:
            role, rest = found
            label = (x0, first[:len(first) - len(rest)].strip() if rest else first)
            out.append((role, [([(x0, rest)] if rest else []) + cols[1:]]))
            continue
        label = None
        if out:
            out[-1][1].append(cols)
    return [(role, rows) for role, rows in out if role]


def _section(role: str, rows: list[list[Piece]]) -> list[Attendance]:
    """The people of one section: a table Namn / Parti, or a list in one or more columns."""
    rows = [[(x, t) for x, t in row if t.strip() and not _only_labels(t)] for row in rows]
    rows = [row for row in rows if row]
    table = _roster(rows)
    if table is not None:
        return _with_parties(" ".join(table), role)
    columns = _columns(rows)
    text = " ".join(" ".join(col) for col in columns)
    if role != "tjänsteperson" and MEMBER.search(text):
        return _with_parties(text, role)
    return _plain(columns, role)


def _only_labels(text: str) -> bool:
    """Whether a piece is nothing but label words ("Ledamöter", "Ersättare" over columns)."""
    return all((found := label_of(word)) is not None and found[0] is not None and not found[1]
               for word in text.split())


def _roster(rows: list[list[Piece]]) -> list[str] | None:
    """A table with a header row Namn / Parti (/ Funktion): each row as "Name (P) the rest"."""
    if not rows:
        return None
    head = {t.strip().lower(): x for x, t in rows[0]}
    if "namn" not in head or "parti" not in head:
        return None
    name_x, party_x = head["namn"], head["parti"]
    out = []
    for row in rows[1:]:
        name = " ".join(t for x, t in row if abs(x - name_x) < SAME_COLUMN)
        party = " ".join(t for x, t in row if abs(x - party_x) < SAME_COLUMN)
        rest = " ".join(t for x, t in row if abs(x - name_x) >= SAME_COLUMN
                        and abs(x - party_x) >= SAME_COLUMN)
        if name and re.fullmatch(r"[A-ZÅÄÖ]{1,4}|-", party):
            out.append(f"{name} ({party}) {rest}".strip())
    return out


def _columns(rows: list[list[Piece]]) -> list[list[str]]:
    """The list's columns left to right, each its pieces top to bottom."""
    starts: list[float] = []
    for x in sorted(x for row in rows for x, _ in row):
        if not starts or x - starts[-1] > SAME_COLUMN:
            starts.append(x)
    cols: list[list[str]] = [[] for _ in starts]
    for row in rows:
        for x, text in row:
            k = max(i for i, s in enumerate(starts) if s <= x + 0.5)
            cols[k].append(text)
    return [c for c in cols if c]


def _with_parties(text: str, role: str) -> list[Attendance]:
    """Members printed with their parties, in running text: "Anna Berg (S), ordförande; Bo Ek
    (M) ersätter Eva Ek (M) §§ 20-24"; check boxes before them where the cover has them."""
    starts = [m for m in MEMBER.finditer(text)
              if not re.search(r"(?:ersätter|\bför)\s*$", text[:m.start()], re.IGNORECASE)]
    # a role word before a name is the note of the entry before it ("… (S) Ordförande Carl …")
    begins = [m.end("name") - len(names.without_roles(m.group("name"))) for m in starts]
    boxes = bool(ANY_MARK.search(text))
    out = []
    for k, m in enumerate(starts):
        end = begins[k + 1] if k + 1 < len(starts) else len(text)
        before = text[starts[k - 1].end():begins[k]] if k else text[:begins[k]]
        notes = MARK.sub("", text[m.end():end])
        person = _person(text[begins[k]:m.end("name")], parties.party_of(m), notes, role)
        if boxes and not _marked(before):
            if role != "ledamot":
                continue
            person = Attendance(person.name, person.party, "frånvarande")
        out.append(person)
    return out


def _marked(before: str) -> bool:
    m = MARK.search(before)
    return m is not None and not re.fullmatch(UNMARKED, m.group("mark"))


def _plain(columns: list[list[str]], role: str) -> list[Attendance]:
    """People printed without parties: one per line ("Birgitta Alm, ordförande"), or parted
    by semicolons or commas ("Siv Ek, Bo Lind"), each with the notes that follow the name."""
    out: list[Attendance] = []
    for segment in _segments(columns):
        boxes = bool(ANY_MARK.match(segment))
        marked = boxes and not re.match(UNMARKED, segment)
        segment = ANY_MARK.sub("", segment, count=1).strip() if boxes else segment
        person: tuple[str, list[str]] | None = None
        for token in (t.strip() for t in segment.split(",")):
            if re.fullmatch(names.NAME, token) and (person is None or role != "tjänsteperson"
                                                     and not person[1]):
                if person:
                    out.append(_person(person[0], None, ", ".join(person[1]), role))
                person = (token, [])
            elif person and token:
                person[1].append(token)
        if person:
            found = _person(person[0], None, ", ".join(person[1]), role)
            if boxes and not marked:
                found = Attendance(found.name, None, "frånvarande")
            out.append(found)
    return out


def _segments(columns: list[list[str]]) -> list[str]:
    """The entries of a list without parties: parted by semicolons where it has them, else
    one a line, a line that begins in lower case (or with §, kl.) going on with the last."""
    text = " ".join(" ".join(col) for col in columns)
    if ";" in text:
        return [s.strip() for s in text.split(";") if s.strip()]
    out: list[str] = []
    for col in columns:
        for ln in col:
            if out and re.match(r"[a-zåäö§(]|kl\b|\d", ln.strip()):
                out[-1] = f"{out[-1]} {ln.strip()}"
            else:
                out.append(ln.strip())
    return out


def _person(name: str, party: str | None, notes: str, role: str) -> Attendance:
    """A person with the notes printed after the name: whom they replace, the §§ and time
    they were there, their function."""
    notes = notes.strip(" ,;")
    rep = REPLACES.search(notes) if role != "tjänsteperson" else None
    if rep:
        notes = (notes[:rep.start()] + notes[rep.end():]).strip(" ,;")
        if role in ("ledamot", "ersättare"):
            role = "tjänstgörande ersättare"
    time = TIME.search(notes)
    rest = _tidy(TIME.sub("", notes)) if time else notes
    function: str | None
    if role == "tjänsteperson":
        pars = PARAGRAPHS.search(rest)
        function = _tidy(PARAGRAPHS.sub("", rest)) if pars else rest
        paragraphs = pars.group(0) if pars else None
    else:
        found = FUNCTION.search(rest)
        function = found.group(0) if found else None
        rest = _tidy(rest.replace(function, "")) if function else rest
        paragraphs = _paragraphs(rest)
    return Attendance(name, party, role, rep.group("who") if rep else None, paragraphs,
                      function[:1].lower() + function[1:] if function else None,
                      time.group(0) if time else None)


def _paragraphs(notes: str) -> str | None:
    """The §§ a member's notes name: the whole note where it says how ("deltar inte i § 88
    p.g.a. jäv", "deltar §§ 81-85"), else the §§ ("§§ 47–50")."""
    pars = PARAGRAPHS.search(notes)
    if PART.search(notes) and (pars or "jäv" in notes):
        return notes
    return pars.group(0) if pars else None


def _tidy(text: str) -> str:
    """Notes without the commas and spaces left where parts were taken out."""
    return re.sub(r"\s*,\s*(?:,\s*)*", ", ", text).strip(" ,;")
