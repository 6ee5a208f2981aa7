"""Yrkanden: who moved what in a protocol paragraph (pure), in either dialect.

In sections (`Dialect.told` is sections) each entry opens with its movers. Some minutes
print the movers, a dash and the motion: `Lars Forsgren (SD) – Bifall att-sats 2, avslag till
att-satserna 1 och 3 samt återremiss av att-satserna 4 och 5 …` (three motions). Most write
prose: `Erik Johansson (SD) yrkar bifall till Elisabeth Unells (M) förslag.` (the genitive
names whose förslag, not a mover). A party group's motion is headed `Yrkande från M, D, L och
KD`; its movers are empty and the parties are kept beside its text.

Told in a decision block, the discussion names the movers and who seconded them:
`Under diskussionen föreslog Anna Kengo, understödd av Tua Backman, att ärendet
återremitteras.` (`Förslaget understöddes av Anna Berg.` adds a seconder).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.extract.people import (
    find_mentions,
    leading_members,
    named_members,
    parse_members,
    parse_party_group,
    strip_genitive,
    subject_end,
)
from meetbook.extract.procedure import (
    GROUP_LEAD,
    GROUP_MOTION_HEADING,
    PROPOSITION_HEADING,
    RESERVATION_HEADING,
    SKIP_HEADING,
    STATEMENT_HEADING,
    VOTE_HEADING,
    Dialect,
    Told,
    entries,
    join,
    paragraphs,
    sections,
)
from meetbook.lexicon import names, parties, phrases
from meetbook.lexicon.phrases import STANCE, stance_of
from meetbook.lexicon.points import point_numbers
from meetbook.lexicon.sentences import sentences
from meetbook.model import Clause, Line, Member, Motion, Stance

__all__ = ["decision_proposers", "extract_motions", "motions_in", "party_group_of", "stance_of"]

# --------------------------------------------------------------- in sections

# "Hans Lindberg (S) … och Mariam Salem (MP) – Bifall till …"
DASH = re.compile(r"^\s*[–—-]\s*(?P<rest>\S.*)$", re.DOTALL)
# "… yrkar bifall …", "… yrkade avslag …", "… yrkar, med instämmande av X (SD), bifall …",
# "… lämnar ett ändringsyrkande: …"
YRKAR = re.compile(
    rf"^\s*(?:{phrases.phrase('move')})"
    rf"(?:\s*,\s*{phrases.phrase('join', 'passive')}\s+(?P<with>[^,]+?)\s*,)?"
    r"\s+(?P<rest>\S.*)$|"
    r"^\s*(?:lämnar|framställer|framför|lägger)\s+(?:ett\s+|följande\s+)?"
    r"(?P<noun>(?:tilläggs|ändrings|återremiss|avslags)?yrkande)\b\s*:?\s*(?P<rest2>.*)$",
    re.IGNORECASE | re.DOTALL)
# a new motion inside one sentence: "Bifall att-sats 2, avslag till … samt återremiss av …",
# "… och i andra hand bifall till yrkande från SD". Only these stance words open one: an
# "ändring" or "tillägg" word goes on inside the motion it qualifies.
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
OPENS_WITH_STANCE = re.compile(rf"^(?:att\s+)?(?:{STANCE.pattern})", re.IGNORECASE)
# "bifall … med den ändring som framgår av ändringsyrkande från M", "med den ändringen att
# beslutspunkt 2 stryks": a bifall that changes the proposal
AMENDED = re.compile(r"\bmed\s+(?:den\s+|följande\s+)?ändring(?:en|ar)?\b", re.IGNORECASE)
# "bifall till Kent Sjöholms (-) återremissyrkande": whoever supports another member's
# återremiss-, tilläggs- or ändringsyrkande moves that stance
SUPPORTED = re.compile(r"^bifall\s+till\s+[^,.;]{2,60}?s\s+(?:\([^)]*\)\s+)?"
                       r"(?P<kind>återremiss|tilläggs|ändrings|avslags|bordläggnings)yrkande",
                       re.IGNORECASE)
SUPPORTED_STANCE = {"återremiss": Stance.ATERREMISS, "tilläggs": Stance.TILLAGG,
                    "ändrings": Stance.ANDRING, "avslags": Stance.AVSLAG,
                    "bordläggnings": Stance.BORDLAGGNING}
# "bifall till kommunstyrelsens förslag med undantag av beslutspunkt 2": the points named are
# the ones not supported
EXCEPT = re.compile(r"\bmed\s+undantag\s+(?:av|för)\b", re.IGNORECASE)
# "Johanna Ek (MP) instämmer i Lena Strömqvists (S) yrkande."
JOINS = re.compile(rf"^\s*(?:{phrases.phrase('join', 'present', 'past')})\s+"
                   r"(?P<whose>.+?)\s+(?:\w*yrkande\w*|förslag)\b", re.IGNORECASE)
# a decision that names who proposed it: "På förslag av Axel Josefson (M): Ärendet bordläggs …",
# "På förslag av tjänstgörande ersättaren Johannes Hulter (S): …"
PROPOSED_BY = re.compile(r"\bpå förslag av\s+(?P<who>[^:]{3,160}?):\s*(?P<rest>[^:]*)", re.IGNORECASE)
SKIPPED_FOR_MOTIONS = (PROPOSITION_HEADING, VOTE_HEADING, RESERVATION_HEADING,
                       STATEMENT_HEADING, SKIP_HEADING)

# --------------------------------------------------------------- told in a decision block

_MOVED = (rf"(?:{phrases.phrase('propose', 'present', 'past')}|"
          rf"{phrases.phrase('move', 'present', 'past')})")
_SECONDED_BY = phrases.phrase("second", "passive")
# "föreslog Anna Kengo, understödd av Tua Backman, att …", "Anna Kengo föreslog, understödd
# av Tua Backman, att …", "Anna Kengo yrkade att …"
PROPOSAL = re.compile(
    rf"(?:{_MOVED}\s+{names.ROLE}(?P<who1>{names.NAME})|{names.TITLED}(?P<who2>{names.NAME})\s+{_MOVED})"
    rf"(?:\s*,?\s*{_SECONDED_BY}\s+{names.ROLE}(?P<sup>{names.NAMES})\s*,?)?\s+(?:på\s+|att?\s+)"
    r"(?P<what>[^.]+)\.")
# "Förslaget understöddes av Anna Berg.", "Anna Berg understödde förslaget."
SECONDED = re.compile(
    rf"(?:(?i:förslaget|motförslaget)\s+(?i:{phrases.alternatives('second', 'passive')})\s+"
    rf"{names.ROLE}(?P<who>{names.NAMES})"
    rf"|{names.TITLED}(?P<who2>{names.NAMES})\s+(?i:understödde\s+förslaget))")


def extract_motions(lines: Sequence[Line], dialect: Dialect | None = None) -> list[Motion]:
    """Every yrkande in a paragraph's procedure part, in order, read as the dialect prints it."""
    dialect = dialect or Dialect()
    if dialect.told == Told.BLOCK:
        return told_motions(join(lines), lines[0].page if lines else None)
    out: list[Motion] = []
    for heading, body in sections(lines):
        if heading and GROUP_MOTION_HEADING.match(heading):
            out.append(_group_motion(heading, body))
            continue
        if heading and any(h.match(heading) for h in SKIPPED_FOR_MOTIONS):
            continue
        for para in paragraphs(body, dialect.parties):
            for entry in entries(join(para), dialect.parties):
                out.extend(motions_in(entry, para[0].page, dialect.parties)
                           or _joined(entry, out, para[0].page, dialect.parties))
    return out


def told_motions(text: str, page: int | None = None) -> list[Motion]:
    """Proposals a decision block tells, with whoever seconded them among the movers."""
    out: list[Motion] = []
    for m in PROPOSAL.finditer(text):
        movers = named_members(m.group("who1") or m.group("who2")) + named_members(m.group("sup") or "")
        seconded = SECONDED.search(text, m.end(), m.end() + 200)
        if seconded:
            who = seconded.group("who") or seconded.group("who2")
            movers += tuple(x for x in named_members(who) if x not in movers)
        if movers:
            what = m.group("what").strip()
            out.append(Motion(movers, _counter_stance(what), (), m.group(0), page))
    return out


def _counter_stance(what: str) -> Stance:
    """A told proposal's stance: its stance word, else an ändring when it changes the
    proposal's figures or points ("att bidraget höjs till 20 000 euro"), else annat."""
    return stance_of(what) or (Stance.ANDRING if re.search(phrases.AMEND, what, re.IGNORECASE)
                                else Stance.ANNAT)


# --------------------------------------------------------------- one entry


def _new_motion(part: str, sentence_no: int) -> Stance | None:
    """The stance a part opens a new motion with, or None when it only continues one."""
    order = ORDER.match(part)
    body = part[order.end():] if order else part
    if sentence_no and not order and not OPENS_WITH_STANCE.match(body):
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


def _movers_and_rest(entry: str, with_parties: bool = True
                     ) -> tuple[tuple[Member, ...], str | None, Stance | None]:
    """(movers, the motion words, a stance the verb itself gives) of a yrkande; rest None if
    the entry is no yrkande."""
    movers = tuple(leading_members(entry, with_parties))
    end = subject_end(entry, with_parties)
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
        joined = tuple(parse_members(m.group("with"), with_parties=with_parties)) \
            if m.group("with") else ()
        return movers + tuple(x for x in joined if x not in movers), m.group("rest"), None
    return movers, m.group("rest2") or m.group("noun"), stance_of(m.group("noun"))


def motions_in(entry: str, page: int | None = None, with_parties: bool = True) -> list[Motion]:
    """The motions of one entry (`X (S) yrkar …` or `X (S) – …`); none if it moves nothing."""
    movers, rest, verb_stance = _movers_and_rest(entry, with_parties)
    if not rest:
        return []
    found = _split(rest)
    if verb_stance is not None and found:
        found[0] = (verb_stance, found[0][1])
    group = GROUP_LEAD.match(entry) if not movers else None
    group_parties = tuple(parse_party_group(entry[:group.end()])) if group else ()
    return [Motion(movers, _amended(stance, text),
                   () if stance == Stance.BIFALL and EXCEPT.search(text) else point_numbers(text),
                   text, page, group_parties)
            for stance, text in found]


def _amended(stance: Stance, text: str) -> Stance:
    if stance != Stance.BIFALL:
        return stance
    supported = SUPPORTED.match(text)
    if supported:
        return SUPPORTED_STANCE[supported.group("kind").lower()]
    return Stance.ANDRING if AMENDED.search(text) else stance


def _group_motion(heading: str, body: list[Line]) -> Motion:
    m = GROUP_MOTION_HEADING.match(heading)
    assert m is not None
    text = join(body)
    kind = {"tilläggs": Stance.TILLAGG, "ändrings": Stance.ANDRING,
            "återremiss": Stance.ATERREMISS}.get((m.group("kind") or "").lower())
    stance = kind or stance_of(text) or Stance.ANNAT
    page = body[0].page if body else None
    return Motion((), stance, point_numbers(text), f"{heading}\n{text}".strip(), page,
                  tuple(parse_party_group(heading)))


def _joined(entry: str, earlier: Sequence[Motion], page: int | None, with_parties: bool = True
            ) -> list[Motion]:
    """Motions of members who join an earlier member's motions, with those motions' stances."""
    movers = tuple(leading_members(entry, with_parties))
    m = JOINS.match(entry[subject_end(entry, with_parties):]) if movers else None
    if m is None:
        return []
    plain = " ".join(parties.MARK.sub("", m.group("whose")).split())  # "Axel Josefsons" without a party
    whose = {n for x in find_mentions(m.group("whose"), with_parties)
             for n in (x.member.name, strip_genitive(x.member.name))} | {plain, strip_genitive(plain)}
    return [Motion(movers, x.stance, x.clauses, entry, page) for x in earlier
            if any(p.name in whose for p in x.movers)]


def decision_proposers(clauses: Sequence[Clause]) -> list[Motion]:
    """The motions a decision's own text credits ("På förslag av X (M): Ärendet bordläggs")."""
    out = []
    for c in clauses:
        for m in PROPOSED_BY.finditer(c.text):
            movers = tuple(leading_members(m.group("who")))
            if movers:
                rest = m.group("rest").strip()
                out.append(Motion(movers, stance_of(rest) or Stance.ANNAT, point_numbers(rest),
                                  f"{m.group(0).strip()}", c.page))
    return out


def party_group_of(motion: Motion) -> list[str]:
    """The parties of a party group's motion (`Yrkande från M, D, L och KD`), else []."""
    if motion.movers:
        return []
    return list(motion.parties) or parse_party_group(motion.text.split("\n")[0])
