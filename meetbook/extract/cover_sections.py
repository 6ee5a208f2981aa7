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
from dataclasses import replace

from meetbook.columns import placed_columns, spaced_words
from meetbook.lexicon import names, parties, points
from meetbook.model import Attendance, Line

# labels naming a chair's function ("Ordförande  Anna Berg (S)", "Vice ordförande  Per Ek
# (M)"): a member whose function the label is; a name without a party under it is a signature
CHAIRS = frozenset({"ordförande", "vice ordförande", "1:e vice ordförande", "2:e vice ordförande"})
# (label, role); None for the cover's other labels, which end a list. Longer labels first.
_LABELS: tuple[tuple[str, str | None], ...] = (
    (r"beslutande\s+ledamöter|(?:närvarande|ordinarie|tjänstgörande)\s+ledamöter", "ledamot"),
    # the heading of a list printed apart from the cover, over a grid of seats ("NÄRVAROLISTA")
    (r"närvaro(?:-\s*och\s+(?:omröstnings|voterings))?lista|närvaroförteckning|"
     r"deltagarförteckning|deltagarlista", "ledamot"),
    (r"(?:1:e|förste)\s+vice\s+ordförande", "1:e vice ordförande"),
    (r"(?:2:e|andre)\s+vice\s+ordförande", "2:e vice ordförande"),
    (r"vice\s+ordförande", "vice ordförande"),
    (r"ordförande", "ordförande"),
    (r"(?:tjänstgörande|tjänstg\.?|tjg\.?)\s*(?:ersättare|ers\.?)", "tjänstgörande ersättare"),
    (r"ersättare\s*\(\s*tjänstgörande\s*\)", "tjänstgörande ersättare"),
    (r"(?:närvarande\s+)?(?:ej|icke)\s+(?:tjänstgörande|tjänstg\.?|tjg\.?)\s*(?:ersättare|ers\.?)|"
     r"närvarande\s+ersättare|"
     r"övriga\s+ersättare|ersättare\s*\(\s*(?:ej|icke)\s+tjänstgörande\s*\)", "ersättare"),
    (r"frånvarande\s+ledamöter|ej\s+närvarande|anmält\s+förhinder|anmält\s+förfall|"
     r"anmält\s+frånvaro|förhinder|förfall", "frånvarande"),
    (r"övriga\s+(?:närvarande|deltagande|deltagare)|(?:närvarande\s+)?tjänste(?:personer|män)|"
     r"övriga|sakkunniga", "tjänsteperson"),
    (r"frånvarande\s+medlemmar", "frånvarande"),
    # "Närvarande" over a table whose role column says who is member or substitute
    (r"närvarande(?:\s+(?:medlemmar|ledamöter))?|medlemmar", "ledamot"),
    (r"beslutande|ledamöter|ledamot", "ledamot"),
    (r"tjänstgörande", "tjänstgörande ersättare"),
    (r"ersättare", "ersättare"),
    (r"frånvarande", "frånvarande"),
    (r"(?:plats\s+och\s+tid|tid\s+och\s+plats)(?:\s+för\s+\w+)?|sammanträdes\w*|plats|tid|"
     r"datum|organ|ärenden|utses\s+att\s+justera|(?:protokoll)?justerare|justering\w*|"
     r"justeras(?:\s+av)?|att\s+justera|"
     r"justerande(?:s\s+\w+)?|ordförandes\s+\w+|"
     r"justeringens(?:\s+\w+){1,3}|justerade\s+paragrafer|underskrift\w*|sekreterare|"
     r"protokollförare|"
     r"paragrafer|protokollet\s+\w+|anslag\w*(?:\s*/\s*bevis)?|bevis|elektronisk\w*(?:\s+\w+)?",
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
# "t.o.m. § 101", "fr.o.m. § 102", "fr o m § 12"
PART = re.compile(r"\b(?:jäv|deltar|deltog|ej|inte|utom|från|till(?:\s+och\s+med)?|"
                  r"(?:fr|t)(?:\.\s?o\.\s?m\.?|\so\sm))(?!\w)", re.IGNORECASE)
PARAGRAPHS = re.compile(r"§§?\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+(?:\s*[-–]\s*\d+)?)*")
# "kl. 13.00–15.10", "kl. 18.25-", "kl 9.00"
TIME = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d\d(?:\s*[-–]\s*(?:\d{1,2}[.:]\d\d)?)?", re.IGNORECASE)
# "1:e vice ordförande", "ordförande", "2:e vice ordförande", "viceordförande (distans)"
FUNCTION = re.compile(r"(?:\d:e\s+|(?-i:I{1,3})\s+)?(?:vice\s*|v\.?\s*(?=ordf))?"
                      r"(?:ordförande|ordf\.?(?!\w))"
                      r"(?:\s*\((?![^)]*§)[^)]*\))?|"
                      r"sekreterare|protokollförare|föredragande", re.IGNORECASE)
# "ordf." and "v. ordf." written out
ABBREVIATED_CHAIR = re.compile(r"\bordf\.?(?!\w)", re.IGNORECASE)
# a member's note that they served as a substitute: "tjänstgörande ersättare", "tjg. ersättare",
# a bare "tjg" ("ej tjänstgörande ersättare" is the opposite)
SERVING = re.compile(r"(?<!ej\s)(?<!icke\s)\b(?:tjänstgörande|tjänstg\.|tjg\.?)\s*"
                     r"(?:ersättare|ers\.?)(?!\w)|^(?:tjg\.?|tjänstg\.|tjänstgörande)$",
                     re.IGNORECASE)
# a role column's word for a substitute present but not serving: "ersättare", "ej
# tjänstgörande ersättare" (one serving says for whom: "ersättare för Wik Gun")
NOT_SERVING = re.compile(r"^(?:(?:ej|icke)\s+tjänstgörande\s+|närvarande\s+)?ersättare\b"
                         r"(?!\s+för\b)", re.IGNORECASE)
SAME_COLUMN = 16.0  # points within which the pieces of a list stand in one column
Piece = tuple[float, str]  # where it begins, its text


def labelled_attendance(lines: Sequence[Line]) -> list[Attendance]:
    """Who was at the meeting, from the cover's labelled sections."""
    out: list[Attendance] = []
    chairs: list[Attendance] = []
    for role, rows in _sections(lines):
        if role in CHAIRS:
            found = [replace(a, function=a.function or role)
                     for a in _section("ledamot", rows) if a.party is not None]
            chairs += found
            out += found
        else:
            out += _section(role, rows)
    return _chairs_once(out, chairs)


def _chairs_once(people: list[Attendance], chairs: list[Attendance]) -> list[Attendance]:
    """A chair listed under their label and again among the members once, as a member with
    the label's function."""
    labelled = {id(a) for a in chairs}
    listed = {a.name for a in people if id(a) not in labelled}
    function = {a.name: a.function for a in chairs}
    out = []
    for a in people:
        if id(a) in labelled and a.name in listed:
            continue
        if a.name in function and a.function is None:
            a = replace(a, function=function[a.name])
        out.append(a)
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
    label_x: float | None = None  # where the labels stand
    side: list[tuple[float, int]] = []  # labels side by side: where each stands, its section
    for ln in lines:
        cols = _pieces_of(ln)
        x0, first = cols[0]
        if side and not (label_x is not None and abs(x0 - label_x) < 3 and label_of(first)):
            _beside(out, side, cols)
            continue
        side = []
        if label and first[:1].islower() and abs(x0 - label[0]) < 3 and out:
            found = label_of(f"{label[1]} {first}")  # a label on two lines: "Tjänstgörande" / "ersättare"
            label = (label[0], f"{label[1]} {first}")
            if found and found[0] != out[-1][0]:
                out[-1] = (found[0], out[-1][1])
            out[-1][1].append(cols[1:])
            continue
        # a word in lower case right of the labels is a value wrapped in its column
        # ("nämndsekreterare," / "protokollförare"), no label
        indented = label_x is not None and x0 > label_x + 3 and first[:1].islower()
        found = None if indented else label_of(first)
        if found is None and label_x is not None and abs(x0 - label_x) < 3 and \
                _other_label(first, cols):
            found = (None, "")  # "Insynsplats  Gun Ek (V)": a label the cover reader does not know
        if found:
            role, rest = found
            at_labels = label_x is None or abs(x0 - label_x) < 3
            label_x = x0
            label = (x0, first[:len(first) - len(rest)].strip() if rest else first)
            beside = [(x, lab[0]) for x, t in cols[1:] if (lab := label_of(t)) and not lab[1]
                      and not re.fullmatch(r"ersättare:?", t.strip(), re.IGNORECASE)]
            if not rest and at_labels and beside and len(beside) == len(cols) - 1:
                # "Beslutande        Övriga närvarande": lists side by side under their labels
                # (not "Ledamöter  Ersättare" over a table of seats, one list in two columns)
                side = [(x0, len(out))] + [(x, len(out) + 1 + k) for k, (x, _) in enumerate(beside)]
                out += [(role, [])] + [(r, []) for _, r in beside]
                continue
            out.append((role, [([(_rest_x(ln, x0, first, rest), rest)] if rest else []) +
                                cols[1:]]))
            continue
        label = None
        if out:
            out[-1][1].append(cols)
    return [(role, rows) for role, rows in out if role]


def _other_label(first: str, cols: list[Piece]) -> bool:
    """Whether a line's first piece, in the labels' column with a value beside it, is a label
    of something else than attendance ("Insynsplats", "Ajournering", "Revisorer"): one word in
    capitals and lower case, no name, party, grid head or check box."""
    word = first.strip().rstrip(":")
    return len(cols) > 1 and bool(re.fullmatch(rf"[{names.UPPER}][{names.LOWER}\-]+", word)) and \
        parties.bare_code(word) is None and not ANY_MARK.search(word) and \
        not any(rx.fullmatch(word) for rx in _GRID_HEADS.values())


def _beside(out: list[tuple[str | None, list[list[Piece]]]], side: list[tuple[float, int]],
            cols: list[Piece]) -> None:
    """A line under labels side by side: each piece to the section of the label it stands
    under (the nearest to its left)."""
    rows: dict[int, list[Piece]] = {}
    for x, t in cols:
        k = max((i for sx, i in side if sx <= x + 3), default=side[0][1])
        rows.setdefault(k, []).append((x, t))
    for k, row in rows.items():
        out[k][1].append(row)


# a list item's bullet: "– Karin Öhrn, socialchef", "• Per Ek (M)"
BULLET = re.compile(rf"^\s*{points.BULLET}\s+")
# a name printed surname first before its party, at the start of an entry or after the word
# that names whom a substitute serves for: "Lind, Maria (S)", "ersätter Dahl, Anna (M)",
# "Ekdahl Ström, Marie-Louise (S)"
_CAPITALISED = rf"[{names.UPPER}][{names.LOWER}]+(?:-[{names.UPPER}][{names.LOWER}]+)?"
SURNAME_FIRST = re.compile(
    rf"(?P<lead>^|[;:]\s*|\)\s*,?\s*|\b(?:ersätter|för|och)\s+)"
    rf"(?P<last>(?:{_CAPITALISED}\s+){{0,2}}{_CAPITALISED}),\s+(?P<first>{_CAPITALISED})"
    rf"(?=\s*{parties.MARK.pattern})")


# the party printed after the chair's function: "Anna Berg, ordförande (S)"
_AFTER_FUNCTION = re.compile(rf"(?P<name>{names.NAME}),\s*(?P<function>(?:\d:e\s+)?(?:vice\s+)?"
                             rf"ordförande)\s*(?P<mark>{parties.MARK.pattern})")


# a footnote that keys a star beside a name: "* tjänstgörande ersättare", "*) = tjg ersättare"
STAR_KEY = re.compile(r"^\*+\)?\s*(?:=\s*|-\s*|–\s*)?(?:(?:tjänstgörande|tjänstg\.|tjg\.?)\s*"
                      r"ersättare|ersättare\s+som\s+tjänstgör\w*)\.?$", re.IGNORECASE)
# a star after a name before its party ("Oskar Vik* (S)", "Oskar Vik (S)*") or before it ("*Oskar
# Vik (S)")
STARRED = re.compile(rf"(?:(?<![\w*])\*+\s*)?(?P<name>{names.NAME})\s*(?P<star>\*+)?\s*"
                     rf"(?P<mark>{parties.MARK.pattern})(?P<after>\s*\*+)?")


def _starred(rows: list[list[Piece]], role: str) -> list[list[Piece]]:
    """A list whose serving substitutes are starred among the members and the star keyed in a
    footnote ("* tjänstgörande ersättare"): the footnote taken out, each starred person noted
    as serving; a star without its key is only taken away."""
    keyed = any(STAR_KEY.match(t.strip()) for row in rows for _, t in row)
    if not any("*" in t for row in rows for _, t in row):
        return rows

    def mark(m: re.Match[str]) -> str:
        starred = m.group(0).lstrip().startswith("*") or m.group("star") or m.group("after")
        note = ", tjänstgörande ersättare" if keyed and starred and role == "ledamot" else ""
        return f"{m.group('name')} {m.group('mark').strip()}{note}"

    return [[(x, STARRED.sub(mark, t)) for x, t in row if not STAR_KEY.match(t.strip())]
            for row in rows]


# the chair's function in brackets between the name and the party: "Anna Berg (ordf.) (S)"
_FUNCTION_BEFORE_PARTY = re.compile(
    rf"(?P<name>{names.NAME})\s*\((?P<function>(?:\d:e\s+)?(?:vice\s*|v\.?\s*)?"
    rf"ordf(?:\.|örande)?)\)\s*(?P<mark>{parties.MARK.pattern})")


def _turned(text: str) -> str:
    """Names printed surname first before their party given first name first, as the lists
    of voters give them ("Holm, Erik (M) ersätter Dahl, Anna (M)" gives "Erik Holm (M)
    ersätter Anna Dahl (M)"); a party printed after the chair's function put after the name
    ("Anna Berg, ordförande (S)" gives "Anna Berg (S), ordförande")."""
    text = _AFTER_FUNCTION.sub(
        lambda m: f"{m.group('name')} {m.group('mark')}, {m.group('function')}", text)
    text = _FUNCTION_BEFORE_PARTY.sub(
        lambda m: f"{m.group('name')} {m.group('mark')} ({m.group('function')})", text)
    return SURNAME_FIRST.sub(lambda m: f"{m.group('lead')}{m.group('first')} {m.group('last')}",
                             text)


def _pieces_of(ln: Line) -> list[Piece]:
    """The line's columns; a grid's head word by word, its narrow columns set close
    ("Närv. Ersättare")."""
    words = _two_word_heads([(x, w.strip()) for x, _, w in spaced_words(ln)])
    heads = sum(any(rx.fullmatch(w) for rx in _GRID_HEADS.values()) for _, w in words)
    capitalised = all(w[:1].isupper() or w == "§§" for _, w in words)
    return words if heads >= 3 and capitalised else placed_columns(ln)


def _two_word_heads(words: list[Piece]) -> list[Piece]:
    """A grid head's words with a head of two words joined ("Ordinarie ledamot",
    "Tjänstgörande ersättare")."""
    out: list[Piece] = []
    for x, w in words:
        if out and w[:1].islower() and any(rx.fullmatch(f"{out[-1][1]} {w}")
                                           for rx in _GRID_HEADS.values()):
            out[-1] = (out[-1][0], f"{out[-1][1]} {w}")
        else:
            out.append((x, w))
    return out


def _rest_x(ln: Line, x0: float, first: str, rest: str) -> float:
    """Where the text after a label begins on the line: the run that begins it ("Tjänstgörande
    ersättare  S  Eva Rosendahl", the party in a column of its own), else the label's x."""
    label_letters = len(first.replace(" ", "")) - len(rest.replace(" ", ""))
    seen = 0
    for wx0, _, word in spaced_words(ln):
        if wx0 < x0 - 0.5:
            continue
        if seen == label_letters:
            return wx0
        seen += len(word.replace(" ", ""))
    return x0


def _section(role: str, rows: list[list[Piece]]) -> list[Attendance]:
    """The people of one section: a table Namn / Parti, a list whose parties stand in a
    column of their own, or a list in one or more columns."""
    grid = _grid(rows)
    if grid is not None:
        return grid
    rows = [[(x, _turned(parties.bracketed(BULLET.sub("", t)))) for x, t in row
             if t.strip() and not _only_labels(t)] for row in _starred(rows, role)]
    rows = [row for row in rows if row]
    table = _roster(rows)
    if table is None:
        table = _party_column(rows)
    if table is not None:
        return _with_parties(" ".join(table), role)
    columns = _columns(rows)
    text = " ".join(" ".join(col) for col in columns)
    if role != "tjänsteperson" and MEMBER.search(text):
        return _with_parties(text, role)
    entries = _row_entries(rows)
    return _plain([entries] if entries else columns, role)


# the heads of an attendance grid: whether the member was there, the substitute, whether the
# substitute served ("Ledamot | Parti | Närv. | Ersättare | Tjg")
_GRID_HEADS = {"member": re.compile(r"namn|ledamot|ledamöter|ordinarie(?:\s+ledamot)?", re.I),
               "present": re.compile(r"närv\.?|närvarande|närvaro|närv\.?\s*ledamot", re.I),
               "absent": re.compile(r"frånv\.?|frånvarande|frånvaro", re.I),
               "substitute": re.compile(r"(?:tjänstgörande\s+|tjg\.?\s*)?ersättare", re.I),
               "served": re.compile(r"tjg\.?|tjänstg\.?|tjänstgör\w*|tjänstgjorde", re.I),
               "party": re.compile(r"parti", re.I)}
MARK_CELL = re.compile(r"[xX✓✔☒]|ja")


def _grid(rows: list[list[Piece]]) -> list[Attendance] | None:
    """An attendance grid, each seat a row: the member, the party, an X under "Närv." when
    the member was there, the substitute, an X under "Tjg" when the substitute served in the
    member's place (an unmarked member is absent, an unmarked substitute was not there); a
    grid without "Tjg" ("Ledamot / Parti / Närvarande / Ersättare") names in its substitute
    column only the one who served in an absent member's place."""
    # the head may stand under a line or two of the list's heading ("Kommunfullmäktige
    # 2026-10-19", "§ 131" over a vote's columns)
    found = next(((row, heads) for row in rows[:4] if (heads := _grid_heads(row))), None)
    if found is None:
        return None
    head, heads = found
    first = min(heads.values())
    out: list[Attendance] = []
    for row in rows[rows.index(head) + 1:]:
        cells: dict[str, str] = {}
        for x, t in row:
            key = "member" if x < first - 2 else max(
                (k for k, hx in heads.items() if hx <= x + 12), key=lambda k: heads[k],
                default="member")
            cells[key] = f"{cells.get(key, '')} {t}".strip()
        member = cells.get("member", "")
        if not re.fullmatch(names.NAME, member):
            continue
        party = parties.bare_code(cells.get("party", "")) if "party" in heads else None
        here = bool(MARK_CELL.fullmatch(cells.get("present", ""))) if "present" in heads else \
            not MARK_CELL.fullmatch(cells.get("absent", ""))  # "Frånv." marks who was away
        out.append(Attendance(member, party, "ledamot" if here else "frånvarande"))
        sub = cells.get("substitute", "")
        # without a "Tjg" column, the substitute named on an absent member's row served
        served = MARK_CELL.fullmatch(cells.get("served", "")) if "served" in heads else not here
        if served and re.fullmatch(names.NAME, sub):
            out.append(Attendance(sub, party, "tjänstgörande ersättare", member))
    return out


def _grid_heads(row: list[Piece]) -> dict[str, float] | None:
    """Where the grid's columns begin, by what they hold; a column the grid does not read
    ("Ja", "Nej", "§ 14" of a list that gives the votes too) keeps its cells apart."""
    found: dict[str, float] = {}
    for k, (x, t) in enumerate(row):
        key = next((k for k, rx in _GRID_HEADS.items() if rx.fullmatch(t.strip())), None)
        found[key if key and key not in found else f"other{k}"] = x
    marks = {"present", "absent"} & found.keys()
    return found if marks and len(found) >= 3 and \
        ({"substitute", "party", "member"} & found.keys()) else None


def _row_entries(rows: list[list[Piece]]) -> list[str] | None:
    """A table without parties, one person a row: the name in the first column, a role, a
    title or a note in the others ("Nyström Kaj  ordförande", "Holmqvist Sten  ersättare för
    Wik Gun", "Ek Johan  tekniska direktören,"), each row as "Name, role, note"; a row of
    cells right of the names only goes on with the row above (a cell wrapped in its column).
    None where a column right of the first holds names (a list in two columns)."""
    starts = _starts(rows)
    if len(starts) < 2:
        return None
    out: list[str] = []
    for row in rows:
        cells = [(_column_of(x, starts), t.strip()) for x, t in row]
        if any(k > 0 and t[:1].isupper() and not t.startswith("§") for k, t in cells):
            return None
        if cells[0][0] == 0 and re.fullmatch(names.NAME, cells[0][1]):
            out.append(", ".join(t for _, t in cells))
        elif out and cells[0][0] > 0:
            out[-1] += " " + " ".join(t for _, t in cells)
        else:
            return None
    return out if len(out) < len(rows) or any(len(row) > 1 for row in rows) else None


def _only_labels(text: str) -> bool:
    """Whether a piece is nothing but label words ("Ledamöter", "Ersättare" over columns; a
    role in lower case in a table's role column is a value: "ersättare")."""
    return text.strip()[:1].isupper() and all((found := label_of(word)) is not None and found[0] is not None
               and found[0] not in CHAIRS and not found[1] for word in text.split())


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


# a cell of §§ printed without the § sign, in a column of its own: "31–35", "12", "8-11, 14"
BARE_PARAGRAPHS = re.compile(r"\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|och)\s*\d{1,4}"
                             r"(?:\s*[-–]\s*\d{1,4})?)*")


def _party_column(rows: list[list[Piece]]) -> list[str] | None:
    """A list whose parties stand in a column of their own, before or after the names ("S
    Gunnel Tärnström  ordförande", "Åström Helena  S  31–33  lämnar kl 15.10"): each row as
    "Name (P) the rest", a cell of bare §§ as "§§ 31–33". A row of a name alone goes on
    with the name above it (a name wrapped in its column); a row without a name or party,
    with the notes above it. None unless the rows print a party in one column (two rows or
    more of a longer list; "X" is a check box's mark, no party)."""
    starts = _starts(rows)
    column = _code_column(rows, starts)
    if column is None:
        return None
    out: list[list[str]] = []  # per person: name, party, notes
    for row in rows:
        cells = [(_column_of(x, starts), t.strip()) for x, t in row]
        party = next((parties.bare_code(t) for k, t in cells if k == column), None)
        others = [t for k, t in cells if k != column]
        if party is None:
            if out and len(others) == 1 and not re.fullmatch(names.NAME, out[-1][0]) and \
                    re.fullmatch(names.NAME, f"{out[-1][0]} {others[0]}"):
                out[-1][0] = f"{out[-1][0]} {others[0]}"
            elif out:
                out[-1][2] += " " + " ".join(others)
            continue
        k = next((i for i, t in enumerate(others) if _name_cell(t)), None)
        if k is None:
            continue
        # an X in a column of its own after the name marks the person present, no check box
        notes = [f"§§ {t}" if BARE_PARAGRAPHS.fullmatch(t) else t for t in others[k + 1:]
                 if not MARK_CELL.fullmatch(t)]
        out.append([others[k], party, " ".join(notes)])
    return [f"{name} ({party}) {notes}".strip() for name, party, notes in out] or None


def _name_cell(text: str) -> bool:
    """Whether a cell holds a name, or the first part of one wrapped in its column."""
    return bool(re.fullmatch(names.NAME, text) or re.fullmatch(rf"[{names.UPPER}][^\d\s,;()]+", text)
                and text.casefold() not in names.NOT_NAMES)


def _starts(rows: list[list[Piece]]) -> list[float]:
    """Where the list's columns begin, left to right."""
    starts: list[float] = []
    for x in sorted(x for row in rows for x, _ in row):
        if not starts or x - starts[-1] > SAME_COLUMN:
            starts.append(x)
    return starts


def _column_of(x: float, starts: list[float]) -> int:
    return max((i for i, s in enumerate(starts) if s <= x + 0.5), default=0)


def _code_column(rows: list[list[Piece]], starts: list[float]) -> int | None:
    """The column whose cells are party codes, in two rows or more and nearly all of them."""
    codes: dict[int, int] = {}
    cells: dict[int, int] = {}
    for row in rows:
        for x, t in row:
            k = _column_of(x, starts)
            cells[k] = cells.get(k, 0) + 1
            codes[k] = codes.get(k, 0) + (parties.bare_code(t) is not None and t.strip() != "X")
    least = min(2, len(rows))  # a section of one row ("Frånvarande  M  Bo Kvarnström")
    found = [k for k, n in codes.items() if n >= least and n >= 0.8 * cells[k]]
    return found[0] if len(found) == 1 else None


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


# a list's lead word in running text, naming the role of the people after it: "ledamöterna A
# (S), B (M) …, tjänstgörande ersättaren C (S) för D (S) samt ersättarna E (M) och F (V)"
LEAD = re.compile(r"\b(?P<serving>(?:(?P<not>ej|icke)\s+)?(?:tjänstgörande|tjg\.?)\s+)?"
                  r"(?P<word>ledamöterna|ledamoten|ersättarna|ersättaren)\s*:?\s*(?=[A-ZÅÄÖ])",
                  re.IGNORECASE)
MEMBER_ROLES = frozenset({"ledamot", "ersättare", "tjänstgörande ersättare"})
# whom a member was replaced by, in the member's note: "ersatt av Oskar Vik (S)"
REPLACED_BY = re.compile(rf"\b(?:ersatt|ersätts|ersattes)\s+av\s+(?P<who>{names.NAME})"
                         rf"\s*{parties.MARK.pattern}", re.IGNORECASE)


def _lead_role(lead: re.Match[str]) -> str:
    if lead.group("word").lower().startswith("ledam"):
        return "ledamot"
    serving = lead.group("serving") and not lead.group("not")
    return "tjänstgörande ersättare" if serving else "ersättare"


def _with_parties(text: str, role: str) -> list[Attendance]:
    """Members printed with their parties, in running text: "Anna Berg (S), ordförande; Bo Ek
    (M) ersätter Eva Ek (M) §§ 20-24"; check boxes before them where the cover has them. A
    lead word ("ledamöterna", "tjänstgörande ersättaren", "ersättarna") gives the role of the
    people after it, up to the next."""
    starts = [m for m in MEMBER.finditer(text)
              if not re.search(r"(?:ersätter|\bför|\bersatt\s+av|\bersätts\s+av)\s*$",
                               text[:m.start()], re.IGNORECASE)]
    # a role word before a name is the note of the entry before it ("… (S) Ordförande Carl …")
    begins = [m.end("name") - len(names.without_roles(m.group("name"))) for m in starts]
    leads = list(LEAD.finditer(text)) if role in MEMBER_ROLES else []
    boxes = bool(ANY_MARK.search(text))
    out = []
    for k, m in enumerate(starts):
        end = begins[k + 1] if k + 1 < len(starts) else len(text)
        before = text[starts[k - 1].end():begins[k]] if k else text[:begins[k]]
        notes = MARK.sub("", LEAD.sub("", text[m.end():end]))
        lead = next((x for x in reversed(leads) if x.end() <= begins[k]), None)
        replaced_by = REPLACED_BY.search(notes)
        if replaced_by:
            notes = notes[:replaced_by.start()] + notes[replaced_by.end():]
        person = person_with_notes(text[begins[k]:m.end("name")], parties.party_of(m), notes,
                                   _lead_role(lead) if lead else role)
        if replaced_by and person.role == "ledamot":  # a member replaced was not there
            person = replace(person, role="frånvarande")
        if boxes and not _marked(before):
            if role != "ledamot":
                continue
            person = Attendance(person.name, person.party, "frånvarande")
        out.append(person)
        if replaced_by:  # "Mats Ek (S), ersatt av Oskar Vik (S)": the substitute served
            out.append(Attendance(replaced_by.group("who"), parties.party_of(replaced_by),
                                  "tjänstgörande ersättare", person.name))
    return out


def _marked(before: str) -> bool:
    m = MARK.search(before)
    return m is not None and not re.fullmatch(UNMARKED, m.group("mark"))


# an official's title before the name: "miljöchef Per Strand", "Kommundirektör Anna Ek", "t.f.
# socialchef Eva Lund"
TITLE_FIRST = re.compile(rf"^(?P<title>(?:[{names.LOWER}][\w.\-]*\s+){{1,3}}|{names.TITLED})"
                         rf"(?P<name>{names.NAME})(?P<rest>(?:\s+[^{names.UPPER}].*)?)$")


def _title_first(token: str) -> tuple[str, str] | None:
    """(name, title and notes) of an official printed with the title first."""
    m = TITLE_FIRST.match(token)
    if m is None or not m.group("title").strip():
        return None
    return m.group("name"), f"{m.group('title').strip()}, {m.group('rest').strip()}".strip(" ,")


def _plain(columns: list[list[str]], role: str) -> list[Attendance]:
    """People printed without parties: one per line ("Birgitta Alm, ordförande"), or parted
    by semicolons or commas ("Siv Ek, Bo Lind"), each with the notes that follow the name."""
    out: list[Attendance] = []
    for segment in _segments(columns):
        boxes = bool(ANY_MARK.match(segment))
        marked = boxes and not re.match(UNMARKED, segment)
        segment = ANY_MARK.sub("", segment, count=1).strip() if boxes else segment
        person: tuple[str, list[str]] | None = None
        for raw in (t.strip() for t in segment.split(",")):
            # "…, och Olle Berg, sekreterare": a name after "och" begins the next person
            token = re.sub(r"^(?:och|samt)\s+", "", raw)
            titled = _title_first(token) if role == "tjänsteperson" else None
            if titled:
                if person:
                    out.append(person_with_notes(person[0], None, ", ".join(person[1]), role))
                person = (titled[0], [titled[1]])
            elif re.fullmatch(names.NAME, token) and (person is None or role != "tjänsteperson"
                                                      and not person[1] or token != raw):
                if person:
                    out.append(person_with_notes(person[0], None, ", ".join(person[1]), role))
                person = (token, [])
            elif person and token:
                person[1].append(token)
        if person:
            found = person_with_notes(person[0], None, ", ".join(person[1]), role)
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
            # a line in lower case goes on with the last, unless it opens with a title and a
            # name ("ekonomichef Bo Lund, § 112")
            goes_on = re.match(r"[a-zåäö§(]|kl\b|\d", ln.strip()) and \
                (not _title_first(ln.split(",", 1)[0].strip()) or bool(out) and
                 _dangling(out[-1]))
            if out and (goes_on or _name_goes_on(out[-1], ln)):
                out[-1] = f"{out[-1]} {ln.strip()}"
            else:
                out.append(ln.strip())
    return out


def _dangling(prev: str) -> bool:
    """Whether a line stops inside a title ("…, mark- och" / "exploateringschef Leo Brandt"):
    its last entry has no name, §, time or number yet."""
    last = prev.rsplit(",", 1)[-1].strip()
    return bool(last) and not re.search(rf"[{names.UPPER}§\d]", last)


def _name_goes_on(prev: str, line: str) -> bool:
    """Whether a line begins with the rest of a name the line above broke off ("…,
    nämndsekreterare Lisa" / "Wiklund, …"): neither part is a name, both together are."""
    if prev.rstrip().endswith((",", ";")):
        return False
    last = prev.rsplit(",", 1)[-1].strip()
    first = line.split(",", 1)[0].strip()
    begun = re.sub(rf"^(?:[{names.LOWER}][\w.\-]*\s+)+", "", last)  # the title before it
    return bool(begun) and not re.fullmatch(names.NAME, begun) and \
        not re.fullmatch(names.NAME, first) and bool(re.fullmatch(names.NAME, f"{begun} {first}"))


def person_with_notes(name: str, party: str | None, notes: str, role: str) -> Attendance:
    """A person with the notes printed after the name: whom they replace, the §§ and time
    they were there, their function."""
    notes = notes.strip(" ,;")
    rep = REPLACES.search(notes) if role != "tjänsteperson" else None
    if rep:
        notes = (notes[:rep.start()] + notes[rep.end():]).strip(" ,;")
        if role in ("ledamot", "ersättare"):
            role = "tjänstgörande ersättare"
    elif role == "ledamot" and SERVING.search(notes):
        notes = SERVING.sub("", notes).strip(" ,;")
        role = "tjänstgörande ersättare"
    elif role == "ledamot" and NOT_SERVING.match(notes):
        notes = NOT_SERVING.sub("", notes).strip(" ,;")
        role = "ersättare"
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
        if function:
            rest = _tidy(rest.replace(function, ""))
            function = ABBREVIATED_CHAIR.sub("ordförande", re.sub(r"\bv\.?\s*(?=ordf)", "vice ",
                                                                   function))
        paragraphs = _paragraphs(rest)
    return Attendance(name, party, role, rep.group("who") if rep else None, paragraphs,
                      _lower_first(function) if function else None,
                      time.group(0) if time else None)


def _lower_first(function: str) -> str:
    """"Ordförande" as "ordförande"; an ordinal in capitals stays ("I viceordförande")."""
    return function if re.match(r"I{1,3}\s", function) else function[:1].lower() + function[1:]


def _paragraphs(notes: str) -> str | None:
    """The §§ a member's notes name: the whole note where it says how ("deltar inte i § 88
    p.g.a. jäv", "deltar §§ 81-85"), else the §§ ("§§ 47–50")."""
    pars = PARAGRAPHS.search(notes)
    if PART.search(notes) and (pars or "jäv" in notes):
        return " ".join(notes.split())
    return pars.group(0) if pars else None


def _tidy(text: str) -> str:
    """Notes without the commas and spaces left where parts were taken out."""
    return re.sub(r"\s*,\s*(?:,\s*)*", ", ", text).strip(" ,;")
