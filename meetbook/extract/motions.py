"""Yrkanden: who moved what in a protocol paragraph (pure).

Two styles are read. Umeå prints the movers, a dash and the motion:
`Lars Forsgren (SD) – Bifall att-sats 2, avslag till att-satserna 1 och 3 samt återremiss av
att-satserna 4 och 5 …` (three motions). Most others write prose: `Erik Johansson (SD) yrkar
bifall till Elisabeth Unells (M) förslag.` (the genitive names whose förslag, not a mover).
Göteborg also heads a party group's motion `Yrkande från M, D, L och KD`; its movers are
empty and the parties are in its text (`parse_party_group`).

The module also holds the reading of a paragraph's procedure part that votes and
reservations share: sections under headings, paragraphs, sentences.
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import replace

from meetbook.extract.people import (
    PARTY,
    PARTY_LIST,
    find_mentions,
    leading_members,
    parse_members,
    parse_party_group,
    strip_genitive,
    subject_end,
)
from meetbook.model import Clause, Line, Member, Motion, Stance
from meetbook.text import join_parts

# --------------------------------------------------------------- headings and sections

# "Yrkanden", "Yrkande", "Förslag till beslut på sammanträdet", "Yrkanden på sammanträdet"
MOTION_HEADING = re.compile(
    r"^(?:yrkanden?(?: på sammanträdet)?|förslag till beslut på sammanträdet|"
    r"förslag på sammanträdet|yrkanden och beslutsgång)\s*:?$", re.IGNORECASE)
# "Propositionsordning som godkänns", "Proposition", "Beslutsgång", "Propositionsordning"
PROPOSITION_HEADING = re.compile(
    r"^(?:propositionsordning\b.*|propositioner?|beslutsgång|ordförandens proposition\w*)\s*:?$",
    re.IGNORECASE)
# "Omröstning", "Omröstningsresultat", "Huvudvotering", "Votering", "Omröstningslista"
VOTE_HEADING = re.compile(r"^(?:omröstning\w*|\w*votering\w*)\s*:?$", re.IGNORECASE)
# "Reservation", "Reservationer"
RESERVATION_HEADING = re.compile(r"^reservation(?:er)?\s*:?$", re.IGNORECASE)
# "Särskilt yttrande", "Särskilda yttranden", "Särskilt uttalande", "Protokollsanteckning",
# "Protokollsanteckningar", "Jäv"
STATEMENT_HEADING = re.compile(
    r"^(?:särskil(?:t|da) (?:yttrande|uttalande)n?|protokollsanteckning(?:ar)?|"
    r"anteckning(?:ar)? till protokollet|jäv|anmälan om jäv)\s*:?$", re.IGNORECASE)
# sections that describe the case rather than the meeting's procedure
SKIP_HEADING = re.compile(
    r"^(?:handlingar?|beslutsunderlag|ärendebeskrivning|sammanfattning\b.*|bakgrund|"
    r"tidigare behandling|beslutsmotivering|beredning|beredningsansvariga|"
    r"(?:beslutet|protokollsutdrag)\s+(?:ska\s+)?skickas till|expedieras till)\s*:?$",
    re.IGNORECASE)
# "Näringslivs- och arbetsutskottets beslutsordning", "Kommunstyrelsens beslutsordning"
BESLUTSORDNING = re.compile(r"^(?P<owner>\S.{1,80}?)s\s+beslutsordning\s*:?$", re.IGNORECASE)
# Göteborg: "Yrkande från M, D, L och KD", "Tilläggsyrkande från SD"
GROUP_MOTION_HEADING = re.compile(
    rf"^(?i:(?P<kind>tilläggs|ändrings|återremiss)?yrkande från)\s+{PARTY_LIST.pattern}\s*:?$")
HEADINGS = (MOTION_HEADING, PROPOSITION_HEADING, VOTE_HEADING, RESERVATION_HEADING,
            STATEMENT_HEADING, SKIP_HEADING, BESLUTSORDNING, GROUP_MOTION_HEADING)
SENTENCE_END = ('.', ':', '"', '”', '»', '!', '?')
# a running date or page number left in the body: "2025-04-22", "Sida 3", "4 (12)"
NOISE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|sida\s+\d+.*|\d{1,3}(?:\s*\(\d+\))?)$",
    re.IGNORECASE)
# "− Ja-röst innebär …", "• Bifall …", "- Nej-röst …"
BULLET = re.compile(r"^[−•·*\-–]\s+\S")

# --------------------------------------------------------------- motions

# "Hans Lindberg (S) … och Mariam Salem (MP) – Bifall till …"
DASH = re.compile(r"^\s*[–—-]\s*(?P<rest>\S.*)$", re.DOTALL)
# "… yrkar bifall …", "… yrkade avslag …", "… lämnar ett ändringsyrkande: …"
YRKAR = re.compile(
    r"^\s*(?:yrkar|yrkade|yrkas)(?:\s*,\s*med\s+instämmande\s+av\s+(?P<with>[^,]+?)\s*,)?"
    r"\s+(?P<rest>\S.*)$|"
    r"^\s*(?:lämnar|framställer|framför|lägger)\s+(?:ett\s+|följande\s+)?"
    r"(?P<noun>(?:tilläggs|ändrings|återremiss|avslags)?yrkande)\b\s*:?\s*(?P<rest2>.*)$",
    re.IGNORECASE | re.DOTALL)
# "Ledamöterna från SD yrkar …", "M, D, L och KD yrkar …"
GROUP_LEAD = re.compile(
    rf"^(?i:(?:ledamöterna|representanterna|partierna)\s+(?:från|för)\s+)?{PARTY_LIST.pattern}"
    r"(?=\s+(?i:yrkar|yrkade|reserverar|antecknar|anmäler|deltar|lämnar|inkommer))")
STANCES: tuple[tuple[Stance, str], ...] = (
    (Stance.BIFALL, r"bifall\w*|tillstyrk\w*"),
    (Stance.AVSLAG, r"avslag\w*|avslå\w*|avstyrk\w*"),
    (Stance.ATERREMISS, r"återremi\w*"),
    (Stance.BORDLAGGNING, r"bordl\w*"),
    (Stance.TILLAGG, r"tillägg(?!s)\w*|tilläggsyrkande\w*"),
    (Stance.ANDRING, r"ändring\w*|ändra\w*"),
)
# the first of these in a motion says its stance: "att ärendet ska bordläggas" → bordläggning
STANCE = re.compile("|".join(rf"(?P<s{i}>\b(?:{p}))" for i, (_, p) in enumerate(STANCES)),
                    re.IGNORECASE)
# a new motion inside one sentence: "Bifall att-sats 2, avslag till … samt återremiss av …",
# "… och i andra hand bifall till yrkande från SD"
SEGMENT_SPLIT = re.compile(
    r"\s+(?=med\s+tillägget\s+att\b)|"
    r"(?:\s*[,;]|\s+och|\s+samt)\s+(?=i\s+(?:andra|tredje|fjärde)\s+hand\b|"
    r"(?:i\s+\w+\s+hand\s*,?\s*)?(?:att\s+)?"
    r"(?:bifall|avslag|avslå|återremi|bordl|tilläggsyrkande)\w*\b)",
    re.IGNORECASE)
# "Att i första hand", "Att i andra hand, om återremissen faller,"
ORDER = re.compile(
    r"^(?:att\s+)?i\s+(?:första|andra|tredje|fjärde)\s+hand\s*,?\s*(?:om\s+[^,]+,\s*)?",
    re.IGNORECASE)
# "med följande motivering:", "enligt följande:" — what follows is the motion's text
MOTIVATION = re.compile(r"\b(?:motivering|enligt följande)\s*:", re.IGNORECASE)
# "att-satserna 1-4", "att-sats 5", "att-satserna 1 och 3", "punkterna 2, 3 och 5"
NUMBERS = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s*(?:,|och|samt|&)\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?)*"
CLAUSE_REF = re.compile(
    rf"\b(?:att-?sats(?:en|erna|er)?|(?:besluts)?punkt(?:en|erna)?)\s+(?P<nums>{NUMBERS})\b",
    re.IGNORECASE)
RANGE = re.compile(r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?")


# --------------------------------------------------------------- reading a procedure part

def is_heading(line: Line) -> bool:
    """Whether a line is a section heading: a known one, or a short bold line naming nobody."""
    text = line.text.strip()
    if any(h.match(text) for h in HEADINGS):
        return True
    return line.bold and len(text) < 90 and not PARTY.search(text) and not text.endswith(",")


# a heading and its text on one line: "Reservationer: …", "Protokollsanteckning: …", "Jäv: …"
INLINE_HEADING = re.compile(
    r"^(?P<head>reservation(?:er)?|protokollsanteckning(?:ar)?|jäv|särskil(?:t|da) yttranden?|"
    r"yrkanden?)\s*:\s+(?P<rest>\S.*)$", re.IGNORECASE)


def sections(lines: Sequence[Line]) -> list[tuple[str | None, list[Line]]]:
    """The lines under each heading, with the heading's text (None before the first)."""
    out: list[tuple[str | None, list[Line]]] = [(None, [])]
    for ln in lines:
        inline = INLINE_HEADING.match(ln.text.strip())
        if inline:  # "Reservationer: S-gruppen reserverar sig …" on one line
            out.append((inline.group("head"), [replace(ln, text=inline.group("rest"), bold=False)]))
        elif is_heading(ln):
            out.append((ln.text.strip(), []))
        elif NOISE.match(ln.text.strip()):
            continue
        else:
            out[-1][1].append(ln)  # a blank line is kept: it ends a paragraph
    return [(h, body) for h, body in out if h is not None or body]


def _line_gap(lines: Sequence[Line]) -> float:
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    return statistics.median(gaps) if gaps else 0.0


def _starts_paragraph(prev: Line, ln: Line, gap: float) -> bool:
    text = ln.text.strip()
    if BULLET.match(text):
        return True
    if not prev.text.rstrip().endswith(SENTENCE_END):
        return False
    if gap and prev.page == ln.page and ln.top - prev.top > gap * 1.2:
        return True
    return bool(leading_members(text)) or bool(GROUP_LEAD.match(text))


def paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines in paragraphs: a break after a sentence end with a wider gap or a new subject."""
    gap = _line_gap(lines)
    out: list[list[Line]] = []
    for ln in lines:
        if not ln.text.strip():
            out.append([])
        elif not out or not out[-1] or _starts_paragraph(out[-1][-1], ln, gap):
            out.append([ln])
        else:
            out[-1].append(ln)
    return [p for p in out if p]


def join(lines: Sequence[Line]) -> str:
    """The lines' text as one string; a word hyphenated over a line break is mended."""
    return join_parts(ln.text for ln in lines)


def _ends_sentence(text: str, i: int) -> bool:
    """Whether a sentence ends at i: a stop (or a quote closed after one), then a capital."""
    ch = text[i]
    stop = ch in ".!?" or (ch in '"”»' and i > 0 and text[i - 1] in ".!?")
    return stop and i + 2 < len(text) and text[i + 1] == " " \
        and (text[i + 2].isupper() or text[i + 2] in '"”“')


def sentences(text: str) -> list[str]:
    """The sentences of a text; a quotation is never split."""
    out, start, quoted = [], 0, False
    for i, ch in enumerate(text):
        if ch in '"“”«»':
            quoted = not quoted if ch in '"”' else ch in '“«'
        if not quoted and _ends_sentence(text, i):
            out.append(text[start:i + 1].strip())
            start = i + 2
    out.append(text[start:].strip())
    return [s for s in out if s]


def entries(text: str) -> list[str]:
    """The text cut where a sentence opens with new subjects (`X (S) yrkar …`)."""
    out: list[str] = []
    for s in sentences(text):
        if out and not (leading_members(s) or GROUP_LEAD.match(s)):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def passages(lines: Sequence[Line]) -> Iterator[tuple[str | None, str, int]]:
    """(heading, text, page) of every entry, paragraph by paragraph, section by section."""
    for heading, body in sections(lines):
        for para in paragraphs(body):
            for entry in entries(join(para)):
                yield heading, entry, para[0].page


# --------------------------------------------------------------- motions

def _clauses(text: str) -> tuple[int, ...]:
    nums: list[int] = []
    for m in CLAUSE_REF.finditer(text):
        for r in RANGE.finditer(m.group("nums")):
            lo, hi = int(r.group(1)), int(r.group(2) or r.group(1))
            nums.extend(range(lo, hi + 1) if 0 < hi - lo < 30 else [lo])
    return tuple(dict.fromkeys(nums))


def stance_of(text: str) -> Stance | None:
    """The stance of the first stance word in the text, or None."""
    m = STANCE.search(text)
    if m is None:
        return None
    return next(STANCES[int(k[1:])][0] for k, v in m.groupdict().items() if v)


def _new_motion(part: str, sentence_no: int) -> Stance | None:
    """The stance a part opens a new motion with, or None when it only continues one."""
    order = ORDER.match(part)
    body = part[order.end():] if order else part
    if sentence_no and not order and not re.match(
            rf"^(?:att\s+)?(?:{STANCE.pattern})", body, re.IGNORECASE):
        return None
    return stance_of(body) or (Stance.ANNAT if order else None)


def _segments(sentence: str) -> list[str]:
    """A sentence cut before each new stance; an opening `i andra hand, om …,` stays whole."""
    order = ORDER.match(sentence)
    head = sentence[:order.end()] if order else ""
    parts = SEGMENT_SPLIT.split(sentence[len(head):])
    return [head + parts[0], *parts[1:]]


def _split(rest: str) -> list[tuple[Stance, str]]:
    """The (stance, text) of every motion in the words after the movers."""
    out: list[tuple[Stance, str]] = []
    motivated = False
    for n, sentence in enumerate(sentences(rest)):
        for part in [sentence] if motivated else _segments(sentence):
            stance = None if motivated else _new_motion(part, n)
            if stance == Stance.TILLAGG and out and out[-1][0] == Stance.AVSLAG and \
                    part.lstrip().lower().startswith("tilläggsyrkande"):
                stance = Stance.AVSLAG  # "avslag på yrkande från D … och tilläggsyrkande från L …"
            if stance is not None or not out:
                out.append((stance or Stance.ANNAT, part.strip()))
            else:
                out[-1] = (out[-1][0], f"{out[-1][1]} {part.strip()}")
            motivated = motivated or bool(MOTIVATION.search(part))
    return out


def _movers_and_rest(entry: str) -> tuple[tuple[Member, ...], str | None, Stance | None]:
    """(movers, the motion words, a stance the verb itself gives) of a yrkande; rest None if
    the entry is no yrkande."""
    movers = tuple(leading_members(entry))
    end = subject_end(entry)
    if not movers:
        group = GROUP_LEAD.match(entry)
        if group is None:
            return (), None, None
        end = group.end()
    after = entry[end:]
    m = DASH.match(after) if movers else None
    if m:
        return movers, m.group("rest"), None
    m = YRKAR.match(after)
    if m is None:
        return movers, None, None
    if m.group("rest"):
        # "X (SD) yrkar, med instämmande av Y (SD), bifall …": both move it
        joined = tuple(parse_members(m.group("with"))) if m.group("with") else ()
        return movers + tuple(x for x in joined if x not in movers), m.group("rest"), None
    return movers, m.group("rest2") or m.group("noun"), stance_of(m.group("noun"))


def motions_in(entry: str, page: int | None = None) -> list[Motion]:
    """The motions of one entry (`X (S) yrkar …` or `X (S) – …`); none if it moves nothing."""
    movers, rest, verb_stance = _movers_and_rest(entry)
    if not rest:
        return []
    found = _split(rest)
    if verb_stance is not None and found:
        found[0] = (verb_stance, found[0][1])
    group = GROUP_LEAD.match(entry) if not movers else None
    parties = tuple(parse_party_group(entry[:group.end()])) if group else ()
    return [Motion(movers, _amended(stance, text),
                   () if stance == Stance.BIFALL and EXCEPT.search(text) else _clauses(text),
                   text, page, parties)
            for stance, text in found]


# "bifall … med den ändring som framgår av ändringsyrkande från M", "med den ändringen att
# beslutspunkt 2 stryks": a bifall that changes the proposal
AMENDED = re.compile(r"\bmed\s+(?:den\s+|följande\s+)?ändring(?:en|ar)?\b", re.IGNORECASE)
# "bifall till kommunstyrelsens förslag med undantag av beslutspunkt 2": the points named are
# the ones not supported
EXCEPT = re.compile(r"\bmed\s+undantag\s+(?:av|för)\b", re.IGNORECASE)


def _amended(stance: Stance, text: str) -> Stance:
    return Stance.ANDRING if stance == Stance.BIFALL and AMENDED.search(text) else stance


def _group_motion(heading: str, body: list[Line]) -> Motion:
    m = GROUP_MOTION_HEADING.match(heading)
    assert m is not None
    text = join(body)
    kind = {"tilläggs": Stance.TILLAGG, "ändrings": Stance.ANDRING,
            "återremiss": Stance.ATERREMISS}.get((m.group("kind") or "").lower())
    stance = kind or stance_of(text) or Stance.ANNAT
    page = body[0].page if body else None
    return Motion((), stance, _clauses(text), f"{heading}\n{text}".strip(), page,
                  tuple(parse_party_group(heading)))


SKIPPED_FOR_MOTIONS = (PROPOSITION_HEADING, VOTE_HEADING, RESERVATION_HEADING,
                       STATEMENT_HEADING, SKIP_HEADING)


def extract_motions(lines: Sequence[Line]) -> list[Motion]:
    """Every yrkande in a paragraph's procedure part, in order."""
    out: list[Motion] = []
    for heading, body in sections(lines):
        if heading and GROUP_MOTION_HEADING.match(heading):
            out.append(_group_motion(heading, body))
            continue
        if heading and any(h.match(heading) for h in SKIPPED_FOR_MOTIONS):
            continue
        for para in paragraphs(body):
            for entry in entries(join(para)):
                out.extend(motions_in(entry, para[0].page) or _joined(entry, out, para[0].page))
    return out


# "Johanna Ek (MP) instämmer i Lena Strömqvists (S) yrkande."
JOINS = re.compile(r"^\s*instämmer\s+i\s+(?P<whose>.+?)\s+(?:\w*yrkande\w*|förslag)\b", re.IGNORECASE)


def _joined(entry: str, earlier: Sequence[Motion], page: int | None) -> list[Motion]:
    """Motions of members who join an earlier member's motions, with those motions' stances."""
    movers = tuple(leading_members(entry))
    m = JOINS.match(entry[subject_end(entry):]) if movers else None
    if m is None:
        return []
    plain = " ".join(PARTY.sub("", m.group("whose")).split())  # "Axel Josefsons" without a party
    whose = {n for x in find_mentions(m.group("whose"))
             for n in (x.member.name, strip_genitive(x.member.name))} | {plain, strip_genitive(plain)}
    return [Motion(movers, x.stance, x.clauses, entry, page) for x in earlier
            if any(p.name in whose for p in x.movers)]


# Göteborg's decisions name who proposed them: "På förslag av Axel Josefson (M): Ärendet
# bordläggs …", "På förslag av tjänstgörande ersättaren Johannes Hulter (S): …"
PROPOSED_BY = re.compile(r"\bpå förslag av\s+(?P<who>[^:]{3,160}?):\s*(?P<rest>[^:]*)", re.IGNORECASE)


def decision_proposers(clauses: Sequence[Clause]) -> list[Motion]:
    """The motions a decision's own text credits ("På förslag av X (M): Ärendet bordläggs")."""
    out = []
    for c in clauses:
        for m in PROPOSED_BY.finditer(c.text):
            movers = tuple(leading_members(m.group("who")))
            if movers:
                rest = m.group("rest").strip()
                out.append(Motion(movers, stance_of(rest) or Stance.ANNAT, _clauses(rest),
                                  f"{m.group(0).strip()}", c.page))
    return out


def party_group_of(motion: Motion) -> list[str]:
    """The parties of a party group's motion (`Yrkande från M, D, L och KD`), else []."""
    if motion.movers:
        return []
    return list(motion.parties) or parse_party_group(motion.text.split("\n")[0])


# --------------------------------------------------------------- beslutsordningar

def nominative(genitive: str) -> str:
    """A body's name from its genitive: "Kommunstyrelsens" gives "Kommunstyrelsen"."""
    name = genitive.strip()
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def _body_names(owners: list[str], parent: str | None) -> list[str]:
    """Nominative body names; an utskott gets the styrelse or nämnd it belongs to."""
    names = [nominative(o + "s") for o in owners]
    parents = [n for n in names if not n.lower().endswith("utskottet")]
    owner = parent or (parents[0] if parents else None)
    out = []
    for n in names:
        if n.lower().endswith("utskottet") and owner and not n.lower().startswith(owner.lower()):
            n = f"{owner}s {n[0].lower()}{n[1:-2]}"
        out.append(n)
    return out


def split_beslutsordningar(lines: Sequence[Line], parent: str | None = None
                           ) -> list[tuple[str | None, list[Line]]]:
    """The parts of a paragraph under each `… beslutsordning` heading, with the deciding body
    in the nominative (None for the lines before the first, or when there is none)."""
    parts: list[tuple[str | None, list[Line]]] = [(None, [])]
    for ln in lines:
        m = BESLUTSORDNING.match(ln.text.strip())
        if m and (ln.bold or len(ln.text) < 70):
            parts.append((m.group("owner"), []))
        else:
            parts[-1][1].append(ln)
    named = [owner for owner, _ in parts[1:] if owner]
    names = iter(_body_names(named, parent))
    out = [(None if owner is None else next(names), body) for owner, body in parts]
    return [(o, b) for o, b in out if o is not None or b]
