"""A § that prints its decision under no label (pure).

Short §§ are often nothing but their decision: "Nämnden utser Eva Ek (S) till justerare.",
"Dagordningen godkänns.", "Informationen läggs till handlingarna."; an anmälan lists what is
reported and ends "Nämnden lägger redovisningen till handlingarna."; a fyllnadsval tells why
and then decides ("Nämnden entledigar X (M) från uppdraget …" / "Till ny ersättare efter X väljs
Y (M) …"). Such a decision is the first run of printed paragraphs that each open with a decision
sentence: the body deciding in the present ("Nämnden utser", "Barn- och utbildningsnämnden
beslutar att …") or what it decides in the passive as the main verb ("Dagordningen godkänns",
"Till ny ersättare … väljs"); the case's description ("X har begärt att bli entledigad",
"Förvaltningen föreslår att ramen utökas") and lists are none.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.assemble.bodies import resolve_body
from meetbook.extract import clauses
from meetbook.extract.procedure import tells_procedure
from meetbook.lexicon import bodies
from meetbook.lexicon.dates import NUMERIC
from meetbook.lexicon.labels import is_chair_procedure, is_procedure_line
from meetbook.lexicon.phrases import alternatives
from meetbook.lexicon.sentences import sentences
from meetbook.model import Clause, Line

# the body deciding, as the sentence's subject: "Nämnden utser", "Kommunstyrelsen beslutar att"
# or after an adverbial, the verb before the body: "Efter överläggning beslutar nämnden att …"
AFTER = rf"(?:{alternatives('decide', 'after')}),?\s+"
ACTIVE = re.compile(rf"^(?:(?:{AFTER})?(?:{bodies.NAME})\s+(?:{alternatives('decide', 'present')})|"
                    rf"{AFTER}(?:{alternatives('decide', 'present')})\s+(?:{bodies.NAME}))\b",
                    re.IGNORECASE)
# what is decided, with the passive as the main verb: "Dagordningen godkänns", "Till ny ersättare
# i skolrådet efter X väljs Y"
PASSIVE = re.compile(rf"\b(?:{alternatives('decide', 'passive')})\b", re.IGNORECASE)
# the meeting's own decision in the past tense, as older minutes write it: "Nämnden beslöt att …",
# "Omsorgsnämnden beslöt enligt utskottets förslag.", "Beslöts att …"
PAST = re.compile(rf"^(?:(?:{AFTER})?(?:{bodies.NAME})\s+(?:{alternatives('decide', 'past')})|"
                  rf"{AFTER}(?:{alternatives('decide', 'past')})\s+(?:{bodies.NAME})|"
                  rf"(?:{alternatives('decide', 'impersonal')}))\s+(?:(?:\w+\s+){{0,2}}?att\b|"
                  r"(?:\w+\s+)?(?:enligt|i\s+enlighet\s+med)\b)", re.IGNORECASE)
# the meeting's own decision in the past tense with the verb of what was decided: "Nämnden antog
# planen.", "Nämnden beviljade föreningen ett bidrag …" (its subject is checked against the body)
ACTED = re.compile(rf"^(?:{AFTER})?(?P<subject>{bodies.NAME})\s+(?:{alternatives('decide', 'acted')})\b",
                   re.IGNORECASE)
# a date, a § or an earlier time anywhere in such a sentence makes it the case's history
DATED = re.compile(rf"§\s*\d|\d\s*§|{NUMERIC}|\b(?:{alternatives('decide', 'then')})\b",
                   re.IGNORECASE)
# a time between the verb and "att" that makes a past decision the case's history: "beslutade
# 2025 att", "beslöt då att" (one with commas, "beslutade 2026-05-12, § 22, att", is no PAST)
EARLIER = re.compile(rf"§\s*\d|\d\s*§|{NUMERIC}|\b(?:19|20)\d{{2}}\b|"
                     rf"\b(?:{alternatives('decide', 'then')})\b", re.IGNORECASE)
# a word anywhere in the sentence that puts the decision before the meeting
LONG_AGO = re.compile(rf"\b(?:{alternatives('decide', 'long_ago')})\b", re.IGNORECASE)
# what holds for what was decided: "Taxan gäller från och med …", "Kostnaden finansieras ur …"
RULE = re.compile(rf"\b(?:{alternatives('decide', 'rule')})\b", re.IGNORECASE)
# words that open a subordinate clause or a report before the verb: a passive after them is not
# the sentence's main verb ("Förvaltningen föreslår att ramen utökas", "… som godkänns av …")
SUBORDINATE = re.compile(rf"\b(?:{alternatives('decide', 'not_main')})\b", re.IGNORECASE)


def decides(text: str, past: bool = False, body: str | None = None) -> bool:
    """Whether a printed paragraph opens with a decision sentence; with past, also one in the
    past tense that names no earlier time ("Nämnden beslöt att …", "Beslöts att …", and, with
    the minuted body, "Nämnden antog planen.")."""
    said = sentences(text.strip(), stops=".", capital=False, quotes=False)
    first = said[0] if said else text.strip()
    if is_chair_procedure(first) or is_procedure_line(first):
        # "Kommunfullmäktige godkänner följande propositionsordning: …", "Sammanträdet
        # förklaras öppnat."
        return False
    if ACTIVE.match(first) or past and (_decided(first) or _acted(first, body)):
        return True
    m = PASSIVE.search(first)
    if m is None or m.start() >= 160:
        return False
    # an infinitive put first is the passive's object ("Att jämte ordföranden justera protokollet
    # utses X"); a passive with its agent tells what someone did ("… behandlas av kommunalrådet X")
    before = re.sub(r"^(?:till\s+)?att\s+", "", first[:m.start()], flags=re.IGNORECASE)
    return not SUBORDINATE.search(before) and not re.match(r"\s+av\b", first[m.end():])


def _decided(sentence: str) -> bool:
    """Whether a sentence tells the meeting's own decision in the past tense: it names no
    earlier time ("Nämnden beslutade 2026-05-12, § 22, att …" is history)."""
    m = PAST.match(sentence)
    return m is not None and not EARLIER.search(m.group(0)) and not LONG_AGO.search(sentence)


def _acted(sentence: str, body: str | None) -> bool:
    """Whether a sentence tells what the minuted body itself decided, in the past tense with the
    verb of what it decided, naming no earlier time ("Nämnden antog kulturplan 2027–2030.";
    "Kommunfullmäktige antog planen 2019." in a nämnd's minutes is the case's history)."""
    m = ACTED.match(sentence)
    return m is not None and body is not None and \
        resolve_body(m.group("subject"), body) == body and not DATED.search(sentence) \
        and not LONG_AGO.search(sentence)


def unlabelled_lines(lines: Sequence[Line], past: bool = False,
                     body: str | None = None) -> tuple[Line, ...]:
    """The lines of the decision a § prints under no label: the first run of its printed
    paragraphs that each open with a decision sentence, with the lead that introduces att-satser
    or numbered points ("Kommunstyrelsen föreslår kommunfullmäktige besluta" / "att …"); () when
    no paragraph decides. With past, a sentence in the past tense decides too (minutes written
    in the past: ask for them only where no paragraph decides in the present)."""
    run: list[Line] = []
    for chunk in _chunks(lines, past, body):
        if not _may_decide(chunk, past, body):
            if run:
                return tuple(run)
            continue
        for k, (point, own) in enumerate(_points_of(chunk)):
            led = _is_lead(own[0])
            # a point that decides opens the run, numbered or not ("Beslutspunkter" / "1.
            # Kommunstyrelsen godkänner avtalet."); the points after it go with it
            if decides(point.text, past, body) and (point.number is None or not run) or \
                    ((run or led) and _a_point(point, own)) or (run and k and _rules(point.text)):
                run += own
            elif run:
                return tuple(run)
    return tuple(run)


def _a_point(point: Clause, own: Sequence[Line]) -> bool:
    """Whether a point is one of a list under a lead: numbered, an att-sats, or a bullet ("– …")."""
    first = next((ln.text.strip() for ln in own if not _is_lead(ln)), "")
    return point.number is not None or bool(clauses.ATT.match(point.text)
                                            or clauses.BULLET.match(first))


# a decision printed under no label is short: a longer run of text between headings is the case's
MAX_LINES = 300


def _may_decide(chunk: Sequence[Line], past: bool = False, body: str | None = None) -> bool:
    """Whether any line of a chunk (of a length a decision may have) holds a decision verb (a
    numbered point's after its number)."""
    texts = [clauses.NUMBERED.sub(r"\g<text>", ln.text.strip()) for ln in chunk]
    return len(chunk) <= MAX_LINES and any(
        ACTIVE.match(t) or PASSIVE.search(t)
        or past and (PAST.match(t) or body and ACTED.match(t)) for t in texts)


def _rules(text: str) -> bool:
    """Whether a paragraph under a decision, in its chunk, says what holds for what was decided
    ("Taxan gäller från och med den 1 januari 2027."): a part of the decision."""
    first = next(iter(sentences(text.strip(), stops=".", capital=False, quotes=False)), text)
    m = RULE.search(first)
    if m is None or not first[:1].isupper():
        return False
    return not SUBORDINATE.search(first[:m.start()]) and not tells_procedure(first)


def _points_of(chunk: Sequence[Line]) -> list[tuple[Clause, list[Line]]]:
    """The chunk's points, each with the lines it is read from (a body's lead over points goes
    with the point after it)."""
    out: list[tuple[Clause, list[Line]]] = []
    before: list[Line] = []
    seen = 0
    for k, ln in enumerate(chunk):
        found = clauses.clauses(clauses.Block("", tuple(chunk[:k + 1]), chunk[0].page))
        if len(found) > seen:
            out.append((found[-1], [*before, ln]))
            before, seen = [], len(found)
        elif out and not _is_lead(ln):
            out[-1][1].append(ln)
        else:
            before.append(ln)
    full = clauses.clauses(clauses.Block("", tuple(chunk), chunk[0].page)) if chunk else []
    if len(full) == len(out):  # each point's text as read with all its lines
        out = [(c, own) for c, (_, own) in zip(full, out, strict=True)]
    return out


def _is_lead(ln: Line) -> bool:
    """Whether a line is a body's lead over points ("Nämnden beslutar", "… besluta")."""
    text = ln.text.strip()
    return bool(ACTIVE.match(text)) and not text.endswith(".")


def _chunks(lines: Sequence[Line], past: bool = False,
            body: str | None = None) -> list[list[Line]]:
    """The lines cut at subheadings, which go, and before each line that opens a decision
    sentence after a list's item or a finished sentence ("– Anställning av förskolechef,
    2026-11-16, förvaltningschef" / "Nämnden lägger redovisningen till handlingarna.",
    "Sökanden har återkallat ansökan." / "Ärendet avförs från dagordningen."): a list runs on
    into no decision."""
    out: list[list[Line]] = []
    cut = True
    for ln in lines:
        if clauses.is_heading(ln):  # a subheading ("Debatt", "Ärendet") is no point's text
            cut = True
            continue
        prev = out[-1][-1].text.strip() if out and not cut else ""
        text = ln.text.strip()
        opens = text[:1].isupper() and (ACTIVE.match(text) or past and PAST.match(text)
                                        or decides(text, past, body)) and \
            (prev.endswith((".", ":", ";")) or clauses.BULLET.match(prev)
             or clauses.NUMBERED.match(prev))
        if cut or opens:
            out.append([ln])
            cut = False
        else:
            out[-1].append(ln)
    return out
