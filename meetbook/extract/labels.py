"""Labels: the lines that open the parts of a § and the blocks under them (pure).

A label names a proposal or a decision, or another part of the case, in one of the ways
minutes print them:

- a bold line of its own: "Beslut", "Kommunfullmäktiges beslut", "Förslag till beslut",
  "Kommunstyrelsens förslag till kommunfullmäktige", "Yrkanden";
- ending in a colon, bold or not, with the part's text on the same line or under it:
  "Ordförandes förslag:", "Beslut: Enligt förslag.", "Miljöchefens förslag: Anmälningsärendena
  antecknas för kännedom.";
- as a list item: "3. Byggnadsinspektörens förslag:", "4. Miljö- och byggnämndens beslut: Enligt
  förslag.", "1. Beredning: byggnadsinspektör Tomas Berg", "3) Beslut";
- garbled by a font's encoding ("Välfärdsnämndens beslui:", "lörslag:"): known by layout and
  the closest noun (`treatments.label_kind`).

A decision or proposal label may name its owner ("Stadsdirektörens", "Miljö- och
byggnämndens") and the body a proposal goes to ("förslag till kommunfullmäktige"). Whose a
decision is, and whether a proposal is one, is assemble's to say.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from meetbook.bodies import generic_abbreviations
from meetbook.extract.clauses import RULE, Block, is_heading
from meetbook.extract.procedure import HEADINGS
from meetbook.lexicon import bodies
from meetbook.lexicon import labels as vocabulary
from meetbook.lexicon._data import alternation
from meetbook.lexicon.dates import NUMERIC, WORDED, find_date
from meetbook.lexicon.fuzzy import similarity
from meetbook.model import Line
from meetbook.text import fold

DECISION = "beslut"
PROPOSAL = "förslag"
SECTION = "section"
PROCEDURE = "procedure"
UNREADABLE = "?"

# a list item's mark: "4. ", "3) ", "b) "
LIST_MARK = re.compile(r"^(?:\d{1,2}|[a-h])[.)]\s+")
# "Stadsdirektörens", "Miljö- och byggnämndens", "KS:s", "Stadsdirektör Anders Norrviks"
OWNER = r"(?P<owner>[A-ZÅÄÖ][^,;:.()]{0,80}?(?:s|:s))"
DECISION_HEAD = re.compile(
    rf"^(?:{OWNER}\s+)?(?i:{alternation(vocabulary.DECISION_NOUNS)})"
    r"(?P<own>\s*[,–-]?\s+(?i:för\s+(?:\w+\s+)?egen\s+del))?"
    r"(?:\s*[-–]\s*(?i:förslag\s+till)\s+(?P<to>[\w\- ]{3,60}))?$")
PROPOSAL_HEAD = re.compile(
    rf"^(?:{OWNER}\s+)?(?P<noun>(?i:{alternation(vocabulary.PROPOSAL_NOUNS)}))"
    r"(?:\s+(?i:till|i|för)\s+(?P<to>[\w\- ]{3,60}))?$")
# a label run into its text, set apart by its type alone (no colon, the line not bold as a
# whole): "Beslut Kommunstyrelsen utser …", "Kommunstyrelsens beslut Ärendet bordläggs.",
# "Förslag till beslut Nämnden godkänner …"; the text opens a sentence
RUN_IN = re.compile(
    rf"^(?P<head>(?:{OWNER}\s+)?(?i:{alternation(vocabulary.DECISION_NOUNS)}|"
    r"förslag\s+till\s+beslut|beslutsförslag))\s+(?P<rest>[A-ZÅÄÖ]\w*\b.*)$")
# a label that names the meeting its part is of: "Kommunstyrelsens förslag 2026-03-17, § 21",
# "Arbetsutskottets beslut den 3 mars 2026 § 14"
# "… 2026-03-17, § 21", "… (2026-09-08 § 105)", "…, 2026-09-08 § 105", "… 2026-08-25" (no §)
DATED = re.compile(rf"\s*[,(]?\s+\(?(?P<date>{NUMERIC}|{WORDED})\s*,?\s*(?:§\s*(?P<a>\d{{1,4}})|"
                   r"(?P<b>\d{1,4})\s*§)?\s*\)?$")
# "Beslut: Enligt förslag.", "KS:s beslut: …" (a genitive's colon is no label's), and glued
# where the text layer lost the space ("Beslut:Godkändes."; a single stray glyph after a garbled
# label's colon, "lörslag:i", is no text)
LABEL_COLON = re.compile(r"^(?P<head>(?:[^:]|:s(?=\s)){2,100}?)\s?:"
                         r"(?:(?:\s+|(?=[^\W\d_]{2}))(?P<rest>\S.*))?$")
# a garbled label's colon, perhaps with a stray glyph after it ("lörslag:i") or a space before it
# (not a property's designation ending a § heading, "Bygglov för tillbyggnad, Norrby 2:7")
LABEL_END = re.compile(r"(?<!\d)\s?:\s?[^\d\s]?$")


@dataclass(frozen=True)
class Label:
    """What a label line says: its kind (förslag, beslut, section, procedure, or "?" when too
    garbled to tell), its owner and the body a proposal goes to as printed, whether it is a
    decision "för egen del", and the text printed after it on its line."""

    kind: str
    owner: str | None = None
    to: str | None = None
    own_part: bool = False
    rest: str = ""
    date: str | None = None  # the meeting a dated label names, YYYY-MM-DD
    paragraph: int | None = None


def read_label(ln: Line, body: str | None = None, garbled: bool = False,
               wide: bool = False) -> Label | None:
    """The label a line is, or None; with `garbled`, also a bold line ending in a colon whose
    noun the text layer garbled (see `label_kind`); with `wide`, also a decision heading known
    by its word class alone (`word_class_heading`), bold or not."""
    text = _sentence_case(ln.text.strip())
    numbered = bool(LIST_MARK.match(text))
    text = LIST_MARK.sub("", text)
    if not text[:1].isupper():
        # "beslut" is a § title's last line ("… Mark- och miljööverdomstolens" / "beslut"); a
        # garbled label may begin in lower case ("at ndsst yrelsens beslut :")
        kind = label_kind(ln, body) if garbled else None
        return Label(kind) if kind else None
    m = LABEL_COLON.match(text)
    found = None
    if m:
        # a label with its text run on after the colon is no decision block's intro
        # ("Förslag till kommunfullmäktige: Kommunfullmäktige beslutar att …")
        head = m.group("head").strip()
        found = _head(head, colon=True, bold=ln.bold or numbered or bool(m.group("rest"))) \
            or (word_class_heading(head) if wide else None)
        found = replace(found, rest=(m.group("rest") or "").strip()) if found else None
    elif ln.bold and len(text) < 90:
        found = _head(text, colon=False, bold=True) or (word_class_heading(text) if wide else None)
    else:
        found = _run_in(text) or (word_class_heading(text) if wide else None)
    if found is None and garbled:
        kind = label_kind(ln, body)
        found = Label(kind) if kind else None
    return found


def _sentence_case(text: str) -> str:
    """A label printed in capitals as it reads in lower case ("KOMMUNFULLMÄKTIGES BESLUT" is
    "Kommunfullmäktiges beslut"); any other line as it is."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return text
    return text[:1] + text[1:].lower()


def _run_in(text: str) -> Label | None:
    """The label a line opens with when its text runs on after it ("Beslut Ärendet
    bordläggs."); its owner, if printed, is a body ("Kommunstyrelsens beslut …"), for "Regeringens
    beslut Regeringen har …" is a sentence of the case."""
    m = RUN_IN.match(text)
    if not m or m.group("rest").split()[0].lower() in vocabulary.NOT_RUN_IN:
        return None
    owner = m.group("owner")
    if owner and not re.fullmatch(bodies.NAME, owner.strip().removesuffix("s")):
        return None
    found = _head(m.group("head").strip(), colon=False, bold=True)
    if found is None or found.kind not in (DECISION, PROPOSAL):
        return None
    return replace(found, rest=m.group("rest").strip())


def label_kind(ln: Line, body: str | None = None) -> str | None:
    """"förslag" or "beslut" for a proposal or decision label, also when garbled; "?" for a
    label too garbled to tell; else None. A decision label names the part's body
    ("Stadsfullmäktiges beslut:"), a proposal label an official ("Stadsdirektörens förslag:")."""
    text = ln.text.strip()
    if not ln.bold or len(text) > 120 or not LABEL_END.search(text):
        return None
    words = fold(LABEL_END.sub("", text)).split()
    if not words or any(h.match(LABEL_END.sub("", text)) for h in HEADINGS):
        return None
    tails = [words[-1], "".join(words[-2:])] if len(words) > 1 else [words[-1]]
    scores = {kind: max(similarity(t, kind) for t in tails) for kind in ("forslag", "beslut")}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= 60:
        return PROPOSAL if best == "forslag" else DECISION
    if body and len(words) <= 3 and similarity(words[0], body + "s") >= 60:
        return DECISION
    return UNREADABLE


def _head(head: str, colon: bool, bold: bool) -> Label | None:
    """The label a head of a line is: a decision's, a proposal's, or a part of the case's; a
    decision's or proposal's may name its meeting after it."""
    dated = DATED.search(head)
    if dated and find_date(dated.group("date")):
        found = _head(head[:dated.start()], colon, bold)
        if found is None or found.kind not in (DECISION, PROPOSAL) or not found.owner:
            return None
        paragraph = dated.group("a") or dated.group("b")
        return replace(found, date=find_date(dated.group("date")),
                       paragraph=int(paragraph) if paragraph else None)
    to_decide = TO_DECIDE.match(head)
    if to_decide and bold:  # "Förslag till nämndens beslut", "Förslag till kommunfullmäktiges beslut"
        return Label(PROPOSAL, to_decide.group("owner"), bodies.nominative(to_decide.group("to")))
    section = vocabulary.section_kind(head)
    if section and (bold or colon):
        return Label(PROCEDURE if section == "procedure" else SECTION)
    m = DECISION_HEAD.match(head)
    if m and _owner_ok(m.group("owner")) and (bold or not m.group("to")):
        return Label(DECISION, m.group("owner"), _body(m.group("to")), bool(m.group("own")))
    m = PROPOSAL_HEAD.match(head)
    if not m or not _owner_ok(m.group("owner")) or re.search(r"sammanträdet", head, re.I):
        return None
    to = m.group("to")
    if to and not _body(to):
        return None  # "Förslag till ny renhållningstaxa" is a title
    if to and not bold:
        return None  # "Förslag till kommunfullmäktige:" in a decision block is its intro
    return Label(PROPOSAL, m.group("owner"), _body(to))


# a proposal label naming the body to decide in the genitive: "Förslag till nämndens beslut"
# or after the proposing body's: "Kommunstyrelsens förslag till kommunfullmäktiges beslut"
TO_DECIDE = re.compile(rf"^(?:(?P<owner>{bodies.GENITIVE_WORD}(?:\s+[\w\-]+s)?)\s+)?"
                       rf"förslag\s+till\s+(?P<to>(?:[\w\-]+\s+(?:och\s+)?){{0,3}}?"
                       rf"{bodies.GENITIVE_WORD})\s+beslut\s*:?\s*$", re.IGNORECASE)


# the words of a decision heading by class (lexicon/labels.json decision_heading): the body as
# a name ("Förbundsstyrelsen", "tekniska nämnden"), a word naming the meeting's ("Direktionen",
# "Nämnden", "Kommunen") or an abbreviation ("KS", and a known one lowered from capitals, "ks")
_SUBJECT = (rf"(?:{bodies.NAME}|(?i:{alternation(vocabulary.MEETING_WORDS)})|"
            rf"(?:[A-ZÅÄÖ]{{2,6}}|(?i:{alternation(generic_abbreviations())}))(?=\W|$))")
_NOUN = rf"(?i:{alternation(vocabulary.HEADING_NOUNS)})"
_IN_CASE = r"(?:\s+(?i:i\s+ärendet|i\s+detta\s+ärende))?"
_APART = r"\s*[,–-]\s*"
# "Direktionens beslut", "Utskottets ställningstagande", "KS:s beslut", "Kommunens avgörande"
OWNER_FIRST = re.compile(rf"^(?P<owner>{_SUBJECT}(?::s|s)?)\s+{_NOUN}{_IN_CASE}$")
# "Beslut i kommunstyrelsen", "Beslut av direktionen", "Beslut (KS)", "Beslutet i arbetsutskottet",
# "Beslut fattat av direktionen", "Beslut – direktionen", "Kommunstyrelsen – beslut", "Beslutet i
# ärendet"
NOUN_FIRST = re.compile(
    rf"^{_NOUN}{_IN_CASE}(?:(?:\s+(?i:{alternation(vocabulary.HEADING_PARTICIPLES)}))?"
    rf"\s+(?i:{alternation(vocabulary.HEADING_PREPOSITIONS)})\s+(?P<body>{_SUBJECT})|"
    rf"{_APART}(?P<apart>{_SUBJECT})|\s*\((?P<paren>{_SUBJECT}|(?i:[a-zåäö]{{2,6}}))\))?$|"
    rf"^(?P<before>{_SUBJECT}){_APART}{_NOUN}$")
# "Förbundsstyrelsen beslutar", "Direktionen beslutar följande", "Nämnden beslöt"
_SUBJECT_WORD = re.compile(_SUBJECT)
SUBJECT_VERB = re.compile(rf"^(?P<body>{_SUBJECT})\s+(?i:{alternation(vocabulary.HEADING_VERBS)})$")


def word_class_heading(head: str) -> Label | None:
    """The decision heading a line's head is by the class of its words, not by a list of
    headings: a noun of deciding after a body's or the meeting's genitive ("Direktionens beslut",
    "Utskottets ställningstagande") or before the body ("Beslut i kommunstyrelsen", "Beslut
    (KS)"), the body with a verb of deciding ("Förbundsstyrelsen beslutar", "Nämnden beslöt"), or
    the decision alone ("Beslutet", "Så beslutades"); its owner is the body it names, as a
    genitive, None where it names none. A sentence ("Direktionen beslutar att …"), a proposal
    ("Kommunstyrelsen föreslår …") or a dated heading is none."""
    head = head.strip().rstrip(":").strip()
    if fold(head) in vocabulary.HEADING_ALONE:
        return Label(DECISION)
    m = OWNER_FIRST.match(head)
    owner = m.group("owner") if m else ""
    if owner.endswith("s") and _SUBJECT_WORD.fullmatch(owner.removesuffix("s").removesuffix(":")):
        return Label(DECISION, owner)
    m = NOUN_FIRST.match(head) or SUBJECT_VERB.match(head)
    if m:
        groups = m.groupdict()
        said = next((groups[k] for k in ("body", "apart", "paren", "before") if groups.get(k)), "")
        return Label(DECISION, _genitive(said.strip()) if said.strip() else None)
    return None


def _genitive(name: str) -> str:
    """A body's name in the genitive, as a label's owner: "kommunstyrelsen" gives
    "kommunstyrelsens", "KS" gives "KS:s"."""
    if len(name) <= 6 and " " not in name and not bodies.is_body_word(name) \
            and fold(name) not in {fold(w) for w in vocabulary.MEETING_WORDS}:
        return name.upper() + ":s"  # "KS", and "ks" where a heading in capitals was lowered
    return name if name.endswith("s") else name + "s"


def _owner_ok(owner: str | None) -> bool:
    return owner is None or (len(owner.split()) <= 7 and not vocabulary.NOT_OWNER.match(owner))


def _body(said: str | None) -> str | None:
    """The body a label's "till …" names ("kommunfullmäktige"), or None."""
    if not said:
        return None
    m = re.search(bodies.NAME, said.strip())
    return m.group(0) if m else None


def labelled_parts(lines: Sequence[Line], body: str | None = None, margin: float | None = None,
                   headings_end: bool = False, wide: bool = False) -> list[tuple[Label, Block]]:
    """Every labelled part of the lines in order, each up to the next label or rule (and, with
    `headings_end`, the next bold heading). A label's text on its line opens its block.

    With a `margin` (minutes written as labelled parts), labels stand there, and may be garbled:
    bold lines ending in a colon further in are the text's own subheadings ("Biblioteket
    informerar:"). A label too garbled to read is a decision after a proposal and a proposal
    otherwise. With `wide`, a decision heading is also known by its word class
    (`word_class_heading`): for a § whose labels name no decision of its meeting."""
    out: list[tuple[Label, Block]] = []
    open_: tuple[Label, Line] | None = None
    block: list[Line] = []

    def close() -> None:
        if open_ is not None:
            out.append((open_[0], Block(open_[1].text.strip(), tuple(block), open_[1].page)))

    for ln in lines:
        found = None if margin is not None and ln.x0 > margin + 8 \
            else read_label(ln, body, garbled=margin is not None, wide=wide)
        if found is None and not RULE.match(ln.text.strip()) \
                and not (headings_end and is_heading(ln) and not _table_row(ln, block)):
            block.append(ln)
            continue
        close()
        open_, block = None, []
        if found is not None:
            if found.kind == UNREADABLE:
                before = out[-1][0].kind if out else None
                found = replace(found, kind=DECISION if before == PROPOSAL else PROPOSAL)
            open_ = (found, ln)
            block = [replace(ln, text=found.rest, bold=False)] if found.rest else []
    close()
    return out


def _columns(ln: Line) -> bool:
    """Whether a line is printed in columns: a gap between two of its words several times a
    word space ("Insats    Ansvarig nämnd    Belopp, kr")."""
    gaps = [b[0] - a[1] for a, b in zip(ln.words, ln.words[1:])]
    return any(g > 2.5 * ln.size for g in gaps)


def _table_row(ln: Line, block: Sequence[Line]) -> bool:
    """Whether a bold line is a table's head or sum row inside the block, not a heading: printed
    in columns, right under a lead that announces the table ("… enligt följande:") or under the
    table's rows."""
    if not block or not _columns(ln):
        return False
    prev = block[-1]
    return prev.text.rstrip().endswith(":") or _columns(prev)
