"""Decision blocks: *Förslag till beslut* / *Beslut* and their att-satser (pure).

A block is the run of lines under a decision heading up to the next heading. Its clauses are
numbered (`1. att …`, `3. att …`, `1. Rapporten läggs till handlingarna.`) or not (`att …`);
a decision written as sentences without att is one clause per sentence group.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from meetbook.bodies import generic_abbreviations
from meetbook.extract.amounts import extract_amounts
from meetbook.lexicon import bodies, points
from meetbook.lexicon.labels import is_chair_procedure, is_distribution_line, is_procedure_line
from meetbook.lexicon.phrases import alternatives, stem_alternatives
from meetbook.model import Clause, Line
from meetbook.text import join_parts

# "Förslag till beslut", "Beslut", "Beslut – Förslag till kommunfullmäktige",
# "Välfärdsnämndens beslut:", "Kommunstyrelsens beslut", "Bildningsdirektörens förslag:"
FORSLAG_HEADING = re.compile(
    r"^(?:förslag\s*:?|förslag till beslut(?! på sammanträdet)\b.*|.{3,80}s\s+förslag\s*:?\s*\w?|"
    r"förslag till kommunfullmäktige\b.*)$", re.IGNORECASE)
BESLUT_HEADING = re.compile(
    r"^(?:beslut(?:\s*[-–]\s*förslag till \w+)?\s*:?|.{3,40}s\s+beslut\s*:?\s*\w?|"
    r"beslut\s+för\s+\w+\s+egen\s+del\s*:?)\s*$", re.IGNORECASE)
# "1. att inrätta …", "2) Kommunstyrelsen får i uppdrag …"
NUMBERED = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<text>\S.*)$")
# "a) att överlämna …", "b. Nämnden …", "– anta taxan …", "• …": a point without a number
BULLET = re.compile(rf"^(?:[a-h][.)]|{points.BULLET})\s+(?P<text>\S.*)$")
ATT = re.compile(r"^att\s+\S", re.IGNORECASE)
# "Kommunstyrelsen beslutar", "Näringslivs- och arbetsutskottet beslutar",
# "Kommunstyrelsen föreslår kommunfullmäktige besluta", "Förslag till kommunfullmäktige:"
INTRO = re.compile(
    rf"^(?P<body>{bodies.NAME})\s+(?P<verb>(?:beslutar|beslutade|beslöt)\s+(?:att\s+)?föreslå|"
    r"föreslår|föreslog|hemställer|hemställde|beslutar|besluta|föreslås besluta)\b(?P<rest>.*)$|"
    rf"^(?:{bodies.GENITIVE_WORD}\s+)?förslag till (?P<to>[\wåäö -]+):\s*$", re.IGNORECASE)
RULE = re.compile(r"^[_\-–]{4,}$")
# the fields for the signatures printed in the text after the decision, as a protokollsutdrag
# does: "Justerandes signatur  ..........  ..........", "Utdragsbestyrkande ________"
SIGNATURE_FIELD = re.compile(
    r"^(?:(?:justerandes?|ordförandes?|sekreterarens?|signatur|sign\.?|utdragsbestyrkande)\s*)+"
    r"(?:[_.…]{4,}\s*)+(?:(?:utdragsbestyrkande|sign\.?)\s*(?:[_.…]{4,}\s*)*)*$", re.IGNORECASE)
# the stamp of an appendix page after the §§, left among the lines where the page reader did not
# take it for a running header: "Bilaga 2 till kommunstyrelsens protokoll 2026-11-16 Sida 4 (4)"
# ("Bilaga 2 till protokollet godkänns." is a point)
APPENDIX_STAMP = re.compile(r"^bilaga\s+\w{1,3}\s+till\s+(?:[\w-]+\s+){0,3}protokoll(?!et)\b",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """A decision block: the heading, the intro sentence and the clause lines."""

    heading: str
    lines: tuple[Line, ...]
    page: int


def is_heading(ln: Line) -> bool:
    return ln.bold and len(ln.text) < 120


def blocks(lines: Sequence[Line], heading: re.Pattern[str]) -> list[Block]:
    """Every block under a heading that matches, up to the next bold heading or rule."""
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        # a heading begins with a capital: "beslut" is a § title's last line ("… Mark- och
        # miljööverdomstolens" / "beslut"), not the heading Beslut
        if is_heading(ln) and ln.text.strip()[:1].isupper() and heading.match(ln.text.strip()):
            body = []
            j = i + 1
            while j < len(lines) and not is_heading(lines[j]) and not RULE.match(lines[j].text):
                body.append(lines[j])
                j += 1
            out.append(Block(ln.text.strip(), tuple(body), ln.page))
            i = j
        else:
            i += 1
    return out


def intro(block: Block) -> tuple[str | None, str | None]:
    """(deciding body as written, body proposed to) from the block's intro line, and from its
    heading where that says whom the points go to ("Kommunstyrelsens förslag till
    kommunfullmäktige" over "Kommunfullmäktige beslutar")."""
    for k, ln in enumerate(block.lines[:2]):
        m = INTRO.match(ln.text)
        if m and m.group("to"):
            return None, m.group("to").strip()
        if m and not ATT.match(ln.text) and not NUMBERED.match(ln.text):
            to = _proposed_to(m) or _heading_to(block)
            handed = None if to else PROPOSAL_SENTENCE.match(_first_sentence(block.lines[k:]))
            # "Kommunstyrelsen beslutar att överlämna ärendet till kommunfullmäktige med förslag
            # att …"
            return m.group("body").strip(), to or (handed.group("to2") if handed else None)
        # a proposal sentence may wrap before the body it proposes to ("… yttrande och
        # föreslår" / "kommunfullmäktige att avslå motionen.")
        proposal = PROPOSAL_SENTENCE.match(ln.text) or PROPOSAL_SENTENCE.match(
            _first_sentence(block.lines[k:]))
        if proposal:
            return proposal_body(proposal), proposal_to(proposal)
        if ln.text.rstrip().endswith("."):
            break  # a sentence of its own: what follows is no intro to it
    return None, _heading_to(block)


def deciding_body(block: Block) -> str | None:
    """The body a block's lead names as deciding in the present ("Kommunfullmäktige beslutar
    att …", "Kommunstyrelsen beslutar" over points), as printed; None for any other lead."""
    for ln in block.lines[:1]:
        # also as its first point: "1. Kommunfullmäktige beslutar att anta planen."
        m = INTRO.match(re.sub(rf"^(?:\d{{1,2}}[.)]|[a-h][.)]|{points.BULLET})\s+", "",
                               ln.text.strip()))
        if m and m.group("body") and (m.group("verb") or "").lower() in ("beslutar", "besluta"):
            return m.group("body").strip()
    return None


def _first_sentence(lines: Sequence[Line]) -> str:
    """The text of the lines up to the first that ends a sentence (three at most)."""
    out = []
    for ln in lines[:3]:
        out.append(ln.text.strip())
        if ln.text.rstrip().endswith("."):
            break
    return " ".join(out)


# what a proposal asks the body it names to do: "besluta", "att …", "fatta följande beslut:"
DECIDE_VERB = stem_alternatives("to_decide", "stems")
TO_DECIDE = rf"(?:{DECIDE_VERB}|{alternatives('to_decide', 'bare')})"
# the body a proposal goes to, right after "föreslår": "föreslår för stadsstyrelsen och vidare för
# fullmäktige att", "föreslår att bygg- och miljönämnden beslutar"
# "föreslår kommunfullmäktige anta taxan" (the infinitive without att), "föreslår att
# kommunfullmäktige antar taxan" (after att, the present), "hemställer hos kommunfullmäktige att"
# "föreslår kommunfullmäktige, via kommunstyrelsen, att …", "föreslår, genom kommunstyrelsen,
# kommunfullmäktige att …": the body passed through is no body proposed to
VIA = rf"\s*,\s*(?:{alternatives('to_decide', 'via')})\s+[^,.]{{2,60}},"
PROPOSED_TO = re.compile(rf"^(?:{VIA})?\s*(?:(?:för|till|hos)\s+)?(?:(?P<att>att)\s+)?"
                         rf"(?P<to>{bodies.NAME})(?:(?={VIA}\s*(?:{TO_DECIDE})\b){VIA})?"
                         rf"(?=\s+(?:och|{TO_DECIDE})\b|\s*:|\s*$|"
                         r"(?(att)\s+[a-zåäö]{2,}(?:ar|er|år|r)\b|"
                         r"\s+(?:[a-zåäö]{2,}a|avslå|föreslå|ge|ta|se)\b))", re.IGNORECASE)


# the body proposed to by its abbreviation: "föreslår KF att anta …", "föreslår att KS beslutar"
ABBREVIATED_TO = re.compile(rf"^\s*(?:(?:för|till|hos)\s+)?(?:att\s+)?(?P<abbr>[A-ZÅÄÖ]{{2,6}})"
                            rf"\s+(?:{TO_DECIDE}|[a-zåäö]{{2,}}(?:a|ar|er))\b")


def _proposed_to(m: re.Match[str]) -> str | None:
    if m.group("verb").lower().startswith("föreslås"):
        # "Kommunfullmäktige föreslås besluta att …" in the styrelse's minutes: the body named is
        # the one proposed to
        return m.group("body").strip()
    rest = m.group("rest") or ""
    found = PROPOSED_TO.match(rest) if _proposes(m) else None
    if found:
        return found.group("to")
    short = ABBREVIATED_TO.match(rest) if _proposes(m) else None
    if short and short.group("abbr") in generic_abbreviations():
        return generic_abbreviations()[short.group("abbr")]  # "föreslår KF att anta …"
    to = re.match(rf"^\s*(?:(?:för|till)\s+)?(?:att\s+)?(\w+)\s+{TO_DECIDE}\b", rest)
    return to.group(1) if to else None


def _proposes(m: re.Match[str]) -> bool:
    """Whether an intro's verb proposes ("föreslår", "föreslog", "beslutade att föreslå")."""
    verb = m.group("verb").lower()
    return "föreslå" in verb or verb == "föreslog" or verb.startswith("hemställ")


def _heading_to(block: Block) -> str | None:
    m = re.search(r"förslag till (\w+)", block.heading, re.IGNORECASE)
    return m.group(1) if m else None


# an adoption that changes or adds to what it adopts: "Kommunstyrelsen beslutar enligt
# arbetsutskottets förslag med den ändringen att …", "Förslaget godkändes med den ändringen att
# …", "Godkändes med det tillägget att …"
CHANGED = re.compile(
    r"^(?:.{0,80}?\b(?:enligt|i\s+enlighet\s+med|bifaller|godkänner|antar)\s+(?:\w+\s+){0,3}?"
    r"(?:\w+s\s+)?f?örslag(?:et)?|(?:\w+s\s+)?förslag(?:et)?\s+(?:godkänns|godkändes|bifalls|"
    r"bifölls|antas|antogs)|godkändes|bifölls)\s*,?\s+med\s+(?:den\s+|de\s+|det\s+|följande\s+)?"
    r"(?:ändring(?:en|arna)?|tillägget|justering(?:en|arna)?)\b", re.IGNORECASE)
# a body's sentence after numbered points opens a new part: "Kommunstyrelsen tillstyrker yrkande
# från V, S och MP … och föreslår att kommunfullmäktige beslutar:"
LEAD = re.compile(rf"^{bodies.NAME}\s+(?:tillstyrker|föreslår|beslutar|konstaterar)\b|"
                  r"^på förslag av\b|^(?:därutöver|vidare|dessutom|därtill|för\s+egen\s+del)\s+"
                  r"beslutar\b", re.IGNORECASE)

# a lead-in that turns the points after it into a proposal to another body: "Kommunstyrelsen
# tillstyrker … och föreslår att kommunfullmäktige beslutar:", "Stadsstyrelsen föreslår för
# fullmäktige att:"
PROPOSES = re.compile(
    rf"\bföreslår\s+(?:för\s+)?(?:att\s+)?(?P<to>{bodies.WORD})"
    rf"(?:\s+(?:att?\s+)?(?:{DECIDE_VERB})?)?\s*:?$",
    re.IGNORECASE)


# a word that names a body: "kommunfullmäktige", "Stadsstyrelsen", "tekniska nämnden"
BODY_WORD = re.compile(bodies.WORD)

# "Kommunstyrelsen beslutar för egen del:", the block's own points after a proposal's
# how minutes say the body decides besides its proposal: "för egen del", "vidare", "därutöver"
OWN = r"(?:för\s+egen\s+del|själv|vidare|därutöver|dessutom|därtill|även|också)"
OWN_PART = re.compile(rf"\bbeslutar\s+{OWN}(?:\s+att)?\s*:?$|"
                      r"^för\s+egen\s+del\s+beslutar\b.*:$", re.IGNORECASE)


OWN_SENTENCE = re.compile(rf"\bbeslutar\s+{OWN}\s+att\b|^{OWN}\s+beslutar\s+\w+\s+att\b",
                          re.IGNORECASE)
# a sentence that proposes to another body: "Kommunstyrelsen föreslår kommunfullmäktige att …",
# "Kommunstyrelsen tillstyrker motionen och föreslår fullmäktige att bifalla den."
# "Kommunstyrelsen hemställer att kommunfullmäktige beslutar …", "Kommunstyrelsen överlämnar
# ärendet till kommunfullmäktige med förslag att …"
PROPOSAL_SENTENCE = re.compile(
    rf"^(?P<body>{bodies.NAME})\s+(?:[^.]*?\boch\s+)?(?:(?:föreslår|föreslog|hemställer|hemställde)"
    rf"\s+(?:för\s+|hos\s+|att\s+)?(?P<to>{bodies.WORD})\s+{TO_DECIDE}\b|"
    r"(?:(?:beslutar|beslutade|beslöt)\s+att\s+)?(?:överlämnar|överlämnade|överlämna)\s+"
    rf"(?:ärendet|det|förslaget|\w+)\s+till\s+(?P<to2>{bodies.WORD})"
    r"\s+(?:med\s+(?:eget\s+)?förslag|och\s+föreslår)\b)|"
    # "Arbetsutskottet tillstyrker förvaltningens förslag och överlämnar ärendet till
    # kommunstyrelsen för beslut.": what it endorses goes on as its proposal (handed on "för
    # beslut" without endorsing anything, or "utan eget förslag", it proposes nothing)
    rf"^(?P<endorser>{bodies.NAME})\s+(?:tillstyrker|tillstyrkte|ställer\s+sig\s+bakom|biträder)"
    r"\s+[^.]*?\boch\s+(?:överlämnar|överlämnade|lämnar\s+över)\s+(?:ärendet|det|förslaget)\s+"
    rf"till\s+(?P<to3>{bodies.WORD})\s+för\s+(?:\w+\s+)?beslut\b", re.IGNORECASE)


def proposal_to(m: re.Match[str]) -> str | None:
    """The body a proposal sentence proposes to, as printed."""
    return m.group("to") or m.group("to2") or m.group("to3")


def proposal_body(m: re.Match[str]) -> str:
    """The body a proposal sentence is by, as printed."""
    return (m.group("body") or m.group("endorser")).strip()


def clauses(block: Block) -> list[Clause]:
    """The block's att-satser and numbered points, in order, with their page. A decision in
    sentences without att or numbers has a point per printed paragraph."""
    return [c for _, group in clause_groups(block) for c in group]


def clause_groups(block: Block) -> list[tuple[str | None, list[Clause]]]:
    """The block's points split where a lead-in proposes the rest to another body: (that body
    as printed or None for the block's own points, the points)."""
    found = _raw_clauses(block)
    said = intro(block)[1]
    groups: list[tuple[str | None, list[Clause]]] = [
        (said if said and BODY_WORD.search(said) else None, [])]
    for k, c in enumerate(found):
        m = PROPOSES.search(c.text) if c.number is None and c.text.endswith(":") else None
        if m:
            groups.append((m.group("to"), []))
        elif c.number is None and OWN_PART.search(c.text):
            groups.append((None, []))  # "Kommunstyrelsen beslutar för egen del:"
        elif c.number is None and OWN_SENTENCE.search(c.text) and groups[-1][0]:
            groups.append((None, [c]))  # "Kommunstyrelsen beslutar för egen del att …"
        elif c.number is None and groups[-1][1] and not groups[-1][0] \
                and (proposal := PROPOSAL_SENTENCE.match(c.text)):
            # after the body's own points
            groups.append((proposal_to(proposal), [c]))
        elif not _lead_in(c, found[k + 1:k + 2]):
            groups[-1][1].append(c)
    first = groups[0]
    if not first[1] and len(groups) > 1:
        groups = groups[1:]  # the block opens with its lead-in: all of it is the proposal
    return [g for g in groups if g[1]] or [first]


def _raw_clauses(block: Block) -> list[Clause]:
    out: list[list] = []  # [number, parts, page]
    gap = _line_gap(block.lines)
    few = sum(1 for a, b in zip(block.lines, block.lines[1:]) if a.page == b.page) < 3
    right = max((ln.x1 for ln in block.lines), default=0.0)
    prev: Line | None = None
    procedure = False  # in a procedure line's sentence, wrapped onto the lines after it
    # the chair's proposition before the decision is no point of it (where it is all the block
    # says, "Ordföranden konstaterar att kommunstyrelsen beslutat enligt förslaget.", it is)
    chair = _besides_chair(block.lines)
    for k, ln in enumerate(block.lines):
        text = ln.text.strip()
        if is_distribution_line(text) or SIGNATURE_FIELD.match(text) or \
                APPENDIX_STAMP.match(text):
            break  # "Skickas till: …", the signatures, an appendix: no more of the decision
        if procedure and text[:1].islower() and not ATT.match(text):
            procedure = not text.endswith(".")
            continue
        procedure = bool(text) and (is_procedure_line(text) or chair and is_chair_procedure(text))
        if not text or procedure:
            procedure = procedure and not text.endswith((".", ",", ";"))
            continue
        m = NUMBERED.match(text)
        # a point without a number is a clause of its own, unless it is a numbered point's
        # sub-point ("4. … för att finansiera följande:" / "a) drift av …")
        bullet = BULLET.match(text) if m is None and not (out and out[-1][0] is not None) \
            else None
        if m:
            out.append([int(m.group("n")), [m.group("text")], ln.page])
        elif bullet:
            out.append([None, [bullet.group("text")], ln.page])
        elif ATT.match(text) and _att_starts_clause(out):
            out.append([None, [text], ln.page])
        elif out and prev is not None and prev.text.rstrip().endswith(".") and \
                (LEAD.match(text) or CHANGED.match(text)):
            out.append([None, [text], ln.page])  # a body's sentence after the points: a new part
        elif out and not (out[-1][0] is None and _new_paragraph(prev, ln, gap, right, few)) \
                and not _after_lead_in(out[-1], prev):
            out[-1][1].append(text)
        elif not _is_intro(ln, block.lines[k + 1] if k + 1 < len(block.lines) else None):
            out.append([None, [text], ln.page])
        prev = ln
    return [Clause(n, _join(parts), page) for n, parts, page in out if _join(parts)]


def _besides_chair(lines: Sequence[Line]) -> bool:
    """Whether a block prints a decision besides the chair's procedure: a line that opens a
    sentence of its own and tells no procedure."""
    opening = [ln.text.strip() for k, ln in enumerate(lines) if ln.text.strip()[:1].isupper()
               and (k == 0 or lines[k - 1].text.rstrip().endswith((".", ":")))]
    return any(not is_chair_procedure(t) and not is_procedure_line(t) for t in opening) and \
        any(is_chair_procedure(t) for t in opening)


def _after_lead_in(clause: list, prev: Line | None) -> bool:
    """Whether the clause so far is a lead-in that proposes what follows to another body."""
    text = _join(clause[1])
    return clause[0] is None and prev is not None and prev.text.rstrip().endswith(":") \
        and bool(PROPOSES.search(text) or OWN_PART.search(text))


def _line_gap(lines: Sequence[Line]) -> float:
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    return sorted(gaps)[len(gaps) // 2] if gaps else 0.0


def _new_paragraph(prev: Line | None, ln: Line, gap: float, right: float,
                   few: bool = False) -> bool:
    """Whether a line opens a new printed paragraph: the one before ended a sentence, and a
    wider space than between lines separates them or that sentence stopped well short of the
    right margin."""
    if prev is None or prev.page != ln.page or not ln.text.strip()[:1].isupper() \
            or not prev.text.rstrip().endswith("."):
        return False
    short = right > 0 and prev.x1 < right - 0.15 * (right - prev.x0)
    # where every point is a line or two, the usual gap is the one between paragraphs; where
    # the block is too short to tell its usual gap, one wider than most templates' leading
    threshold = min(gap * 1.3, ln.size * 1.6) if gap else ln.size * 1.6
    if few:
        threshold = ln.size * 1.45
    return short or ln.top - prev.top > threshold


def _att_starts_clause(out: list[list]) -> bool:
    """Whether a line beginning with "att" opens a new att-sats rather than continuing a sentence
    wrapped before its infinitive ("… ansåg sig förhindrad" / "att delta vid …")."""
    if not out:
        return True
    parts = out[-1][1]
    return bool(ATT.match(parts[0])) or parts[-1].rstrip().endswith((".", ":", ";"))


def _lead_in(clause: Clause, following: list[Clause]) -> bool:
    """"Enligt kommunstyrelsens förslag:" before numbered points introduces them; an att-sats
    ending in a colon ("att rätta att-satserna 3, 4 och 5 … enligt följande:") is a clause."""
    if clause.number is not None or not clause.text.endswith(":"):
        return False
    if re.search(r"\bbesluta[r]?\s*:$", clause.text, re.IGNORECASE) and len(clause.text) < 60:
        return True  # "att kommunfullmäktige beslutar:" after "… och föreslår"
    if ATT.match(clause.text) or not following or following[0].number is None:
        return False
    # a short lead-in ("Enligt kommunstyrelsens förslag:") goes, and one that only announces the
    # points ("… fastställer följande avgifter för tillsyn enligt miljöskyddslagen för år 2026:");
    # one that decides something itself ("Stadsstyrelsen beslutar att uppta lån på sammanlagt 12
    # miljoner enligt följande:", "… tilläggsbudget 2/2022 godkänns enligt följande:") stays
    announces = re.search(r"\bföljande\s+\w", clause.text, re.IGNORECASE) \
        and not extract_amounts(clause.text)
    return len(clause.text) < 70 or bool(announces)


# the words that may follow "Kommunstyrelsen beslutar/föreslår" in an intro, besides the name of
# the body it proposes to: "kommunfullmäktige besluta", "att:", "för fullmäktige att", "följande:"
INTRO_WORDS = {"för", "till", "att", "at", "besluta", "beslutar", "följande", "enligt", "fatta",
               "beslut"}


def _is_intro(ln: Line, following: Line | None = None) -> bool:
    """Whether a line only introduces the points under it ("Kommunstyrelsen beslutar att",
    "Arbetsutskottet föreslår att bygg- och miljönämnden beslutar", "Bildningsnämnden föreslår
    för stadsstyrelsen och vidare för fullmäktige att" over "1. …")."""
    m = INTRO.match(ln.text.strip())
    if not m or len(ln.text) >= 110 or ln.text.rstrip().endswith("."):
        return False
    if m.group("to"):
        return True
    rest = m.group("rest") or ""
    named = PROPOSED_TO.match(rest) if _proposes(m) else None
    if named:  # the body's name, however many words, counts as one
        rest = f"{rest[:named.start('to')]} <body> {rest[named.end('to'):]}"
        if following is not None and (NUMBERED.match(following.text.strip())
                                      or ATT.match(following.text.strip())):
            rest = re.sub(r"\s+och\s+vidare\s+(?:för|till)\s+\w+", "", rest)
    words = rest.strip(" :").lower().split()
    return len(words) <= 4 and sum(w not in INTRO_WORDS for w in words) <= 1


def _join(parts: list[str]) -> str:
    return join_parts(parts)
