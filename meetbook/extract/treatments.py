"""Treatments: one paragraph that carries a case through several meetings (pure).

Finland-Swedish protocols and agendas print the whole life of a case under its §:
a line naming each meeting (`Stadsstyrelsen 5.9.2022, 186 §`, `Välfärdsnämnden 15.9.2022, 44 §`)
opens that meeting's part, which holds the preparer's proposal (`Stadsdirektör Martin Norrgårds
förslag:`) and the body's decision (`Stadsstyrelsens beslut:` / `Stadsdirektörens förslag
godkändes.`), closed by a rule (`______`). Only the part of the meeting being minuted is that
meeting's own decision; the others are earlier decisions of their bodies.

Their labels are often garbled by the documents' font encoding (`lörslag:`, `äörsfag:`,
`Välfärdsnämndens beslui:`, `Secusfrililmäutigns bnsilre:`), so labels are recognised by
layout (a bold line ending in a colon) and the closest of the two words.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from meetbook.extract import clauses as clauses_mod
from meetbook.extract.clauses import Block
from meetbook.extract.labels import DECISION, PROPOSAL, label_kind, labelled_parts
from meetbook.lexicon import bodies
from meetbook.lexicon.dates import NUMERIC, WORDED, find_date
from meetbook.lexicon.fuzzy import ends_like, same_body, similarity
from meetbook.lexicon.sentences import sentences as split_sentences
from meetbook.model import Line
from meetbook.text import fold

__all__ = ["Part", "adopts_proposal", "has_parts", "label_kind", "labelled_blocks", "left_margin",
           "meeting_line", "parts", "same_body"]

# "Stadsstyrelsen 5.9.2022, 186 §", "Tekniska nämnden 6.9.2022, 100 §",
# "Kommunstyrelsen 2024-05-08 § 112", "Stadsstyrelsen 15.03.2026 § 41:",
# "Tekniska nämnden den 3 februari 2026 § 14:"
# "Tekniska nämnden § 14 3.2.2026" (the § before the date)
MEETING_LINE = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäöéü\-/ ]{2,60}?)\s+"
    rf"(?:(?P<date>{NUMERIC}|{WORDED}),?\s+(?:§\s*(?P<a>\d{{1,4}})|(?P<b>\d{{1,4}})\s*§)|"
    rf"§\s*(?P<c>\d{{1,4}}),?\s+(?P<later>{NUMERIC}|{WORDED}))\s*:?\s*$")
# "Stadsdirektörens förslag godkändes.", "Enligt förslag.", "Godkändes enligt tekniska
# direktörens förslag.", "… i enlighet med stadsdirektörens förslag.", "Förslaget godkändes."
# "Enligt förslag till beslut.", "Förslaget bifalls.", "Ordförandens förslag antas.", "… i enlighet
# med beslutsförslaget."
TO_DECIDE = r"(?:\s+till\s+beslut)?"
ADOPTED = re.compile(
    r"^(?:(?:\w+s\s+)?förslag(?:et)?\s+(?:godkändes|godkänns|bifalls|bifölls|antas|antogs)|"
    rf"\W?[ef]?nligt\s+(?:[\w\-]+\s+){{0,3}}förslag(?:et)?{TO_DECIDE}|"
    r"godkändes(?:\s+enligt\b.*)?|"
    rf".{{0,60}}\bi enlighet med\s+(?:[\w\-]+\s+){{0,3}}(?:\w+s)?f?örslag(?:et)?{TO_DECIDE})\s*\.?$",
    re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """The lines of one meeting's treatment of the case (body/date/§ None before the first)."""

    body: str | None
    date: str | None
    paragraph: int | None
    lines: tuple[Line, ...]


def meeting_line(ln: Line) -> tuple[str, str, int] | None:
    """(body, date, §) when the line names a body's treatment of the case, bold or not
    ("Kommunstyrelsens protokoll 2026-03-02, § 34" names a document, not a body)."""
    m = MEETING_LINE.match(ln.text.strip())
    date = find_date(m.group("date") or m.group("later")) if m else None
    if not m or not date or not _names_body(m.group("body")):
        return None
    return m.group("body").strip(), date, int(m.group("a") or m.group("b") or m.group("c"))


def _names_body(said: str) -> bool:
    """Whether a meeting line's first words name a body: a name ending in a body noun
    ("Stadsstyrelsen", "Kommunstyrelsens arbetsutskott"), a body noun and what it is for ("Nämnden
    för utbildning och småbarnspedagogik"), or an abbreviation in capitals ("KSAU")."""
    said = said.strip()
    return bool(re.fullmatch(bodies.NAME, said) or re.match(rf"{bodies.WORD}\s+för\s", said)
                or re.fullmatch(r"[A-ZÅÄÖ]{2,8}", said)
                or ends_like(said.split()[-1], bodies.STEMS))  # garbled: "Stadsfullmäktge"


def parts(lines: Sequence[Line]) -> list[Part]:
    """The paragraph cut at each meeting line; lines before the first form a part of their own.
    Meeting lines stand at the left margin: one indented in the text is a list's line, and so
    is each of a run of different meetings one under the other ("Beslutsgång i ärendet" /
    "Tekniska nämnden 2026-02-12, § 9" / "Kommunstyrelsen 2026-03-17, § 22"), which lists the
    case's history (one meeting line printed twice still opens its part)."""
    out: list[Part] = []
    head: tuple[str | None, str | None, int | None] = (None, None, None)
    cur: list[Line] = []
    margin = left_margin(lines)
    found_at = [meeting_line(ln) if ln.x0 <= margin + 8 else None for ln in lines]
    listed = _listed(found_at)
    for i, ln in enumerate(lines):
        found = None if i in listed else found_at[i]
        if found:
            out.append(Part(*head, tuple(cur)))
            head, cur = found, []
        else:
            cur.append(ln)
    out.append(Part(*head, tuple(cur)))
    return out


def _listed(found_at: Sequence[tuple[str, str, int] | None]) -> set[int]:
    """The meeting lines that only list the case's history: a run of two or more different
    meetings one under the other, up to one that repeats a meeting of the run ("Tidigare
    behandling:" / "Stadsfullmäktige 15.12.2022, 71 §" / "Stadsstyrelsen 9.1.2023, 8 §" /
    "Stadsfullmäktige 15.12.2022, 71 §" and that meeting's text: the repeat opens its part)."""
    out: set[int] = set()
    i = 0
    while i < len(found_at):
        if not found_at[i]:
            i += 1
            continue
        seen: list[tuple[str, str, int]] = []
        j = i
        while j < len(found_at):
            meeting = found_at[j]
            if meeting is None or meeting in seen:
                break
            seen.append(meeting)
            j += 1
        if len(seen) >= 2:
            out |= set(range(i, j))
        while j < len(found_at) and found_at[j]:
            j += 1
        i = j
    return out


def left_margin(lines: Sequence[Line]) -> float:
    """The paragraph's left margin: where its first page's lines begin (its appendices, which
    may be laid out otherwise, do not count)."""
    first = [ln.x0 for ln in lines if ln.page == lines[0].page] if lines else []
    return min(first, default=0.0)


def labelled_blocks(part: Part) -> list[tuple[str, Block]]:
    """The part's proposal and decision blocks in order, each up to the next label or rule.

    Labels stand at the paragraph's left margin; bold lines ending in a colon further in are
    the text's own subheadings ("Biblioteket informerar:")."""
    return [(lb.kind, b) for lb, b in labelled_parts(part.lines, part.body, left_margin(part.lines))
            if lb.kind in (PROPOSAL, DECISION)]


def has_parts(lines: Sequence[Line]) -> bool:
    """Whether the paragraph is written as meetings with labelled proposals and decisions."""
    return any(p.body and labelled_blocks(p) for p in parts(lines))


# a sentence that adopts the proposal after a discussion or vote: "Stadsstyrelsen hade således
# beslutat i enlighet med stadsdirektörens förslag.", "Stadsfullmäktige godkände stadsstyrelsens
# förslag med rösterna 20–7.", "Förslaget godkändes enhälligt.", "Utskottet tillstyrker
# förvaltningens förslag och överlämnar ärendet till kommunstyrelsen för beslut."
ADOPTS = re.compile(
    r"\bförslag(?:et)?\b.{0,40}\bgodkän\w*|\bgodkän\w*\b.{0,60}\bförslag(?:et)?\b|"
    r"\bi enlighet med\s+(?:[\w\-]+\s+){0,3}(?:\w+s)?f?örslag(?:et)?\b|"
    r"^\W?[ef]?nligt\s+(?:[\w\-]+\s+){0,3}förslag(?:et)?\s*\.?$|"
    r"\bbeslut(?:at|ade)\s+(?:\w+\s+)?enligt\b.{0,60}\bförslag|\bomfattade\b.{0,60}\bförslag|"
    r"^enhälligt\s+enligt\s+(?:[\w\-]+\s+){0,3}förslag|"
    r"\bbeslöt\s+(?:\w+\s+){0,2}enligt\b.{0,60}\bförslag|\bförslag(?:et)?\s+blev\s+\w+\s+beslut|"
    r"\bomfattat\b|\bbesluta[r]?\s+(?:\w+\s+)?enligt\s+(?:[\w\-]+\s+){0,3}förslag(?:et)?"
    r"(?:\s+till\s+beslut)?\s*\.?$|"
    r"\bbifaller\s+(?:[\w\-]+\s+){0,3}förslag(?:et)?\s*\.?$|"
    # "Arbetsutskottet tillstyrker förvaltningens förslag och överlämnar ärendet …"
    r"\btillstyrk(?:er|te)\s+(?:[\w\-]+\s+){0,3}?(?:\w+s\s+)?förslag(?:et)?\b",
    re.IGNORECASE)
# whose proposal an adoption names: "Enligt arbetsutskottets förslag.", "Kommunfullmäktige beslutar
# enligt kommunstyrelsens förslag.", "… i enlighet med stadsdirektörens förslag."
NAMED = re.compile(r"\b(?:enligt|med|bifaller)\s+(?:\w+\s+){0,2}?(?P<who>[\w\-]+s)\s+f?örslag",
                   re.IGNORECASE)
# sentences about other proposals, or adoptions with changes, are no plain adoption
NOT_ADOPTION = re.compile(r"föreslog|understöd|motförslag|proposition|röstar\s+(?:ja|nej)|yrka|"
                          r"reserver|ändring|undantag|tillägg", re.IGNORECASE)


def adopted(block: Block, candidates: Sequence[tuple[str | None, Block]]) -> Block | None:
    """The proposal a decision block adopts, among the (owner or body, block) before it, latest
    last: the one whose owner the adoption names ("Enligt arbetsutskottets förslag." adopts the
    utskott's decision to propose, printed in its own part), else the latest; None when the
    block adopts none."""
    if not candidates or not adopts_proposal(block):
        return None
    text = " ".join(ln.text for ln in block.lines)
    named = [m.group("who") for m in NAMED.finditer(text)]
    for who in reversed(named[-1:]):
        for owner, found in reversed(candidates):
            if owner and _same_owner(who, owner):
                return found
    return candidates[-1][1]


# an adoption that changes or adds to what it adopts: "Kommunstyrelsen beslutar enligt
# arbetsutskottets förslag med den ändringen att …", "Enligt förslaget, med följande ändring: …",
# "Godkändes med det tillägget att …"
CHANGED = clauses_mod.CHANGED


def adopted_with_change(block: Block, candidates: Sequence[tuple[str | None, Block]]
                        ) -> Block | None:
    """The proposal's points followed by the block's own words, where a decision block adopts the
    proposal with a change ("… enligt arbetsutskottets förslag med den ändringen att förskolan
    ska ha åtta avdelningar."): what was decided is both; None for any other block."""
    text = " ".join(ln.text.strip() for ln in block.lines if ln.text.strip())
    if not candidates or not CHANGED.match(text):
        return None
    named = [m.group("who") for m in NAMED.finditer(text)]
    found = candidates[-1][1]
    for who in named[-1:]:
        found = next((b for owner, b in reversed(candidates) if owner and _same_owner(who, owner)),
                     found)
    return Block(block.heading, found.lines + block.lines, block.page)


def _same_owner(named: str, owner: str) -> bool:
    """Whether "arbetsutskottets" names "Bygg- och miljönämndens arbetsutskott", "ordförandes"
    "Ordförandens", "kommunstyrelsens" "Kommunstyrelsen"."""
    a, b = fold(named).rstrip("s"), fold(owner).split()[-1].rstrip("s")
    if min(len(a), len(b)) < 5:
        return a == b
    return a.startswith(b[:-2]) or b.startswith(a[:-2]) or similarity(a, b) >= 80


def adopts_proposal(block: Block) -> bool:
    """Whether a decision block adopts the proposal above it ("Enligt förslag."), also after
    the discussion and vote the block records, and whatever notes follow."""
    text = " ".join(ln.text.strip() for ln in block.lines if ln.text.strip())
    sentences = split_sentences(text, stops=".", capital=False, quotes=False)
    if sentences and ADOPTED.match(sentences[0]):
        return True
    if sentences and len(sentences[0]) <= 24 and \
            similarity(fold(sentences[0]).rstrip(".e"), "enligt forslag") >= 80:
        return True  # garbled: "Enjigt försjag.", "Enligt förslagE", "Enligt törslag."
    return any(ADOPTS.search(s) and not NOT_ADOPTION.search(s) for s in sentences)
