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
from dataclasses import replace

from meetbook.columns import placed_columns
from meetbook.extract.party_group import party_group_of
from meetbook.extract.people import (
    find_mentions,
    leading_members,
    named_members,
    parse_members,
    parse_party_group,
    restored,
    strip_genitive,
    subject_end,
    upright,
    with_party_marks,
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
from meetbook.lexicon import names, parties, phrases, points
from meetbook.lexicon.phrases import STANCE, stance_of
from meetbook.lexicon.points import point_numbers
from meetbook.lexicon.sentences import sentences
from meetbook.model import Attendance, Clause, Item, Line, Member, Motion, Stance

__all__ = ["chair_of", "decision_proposers", "extract_motions", "motions_in", "party_group_of",
           "stance_of", "with_chair"]

# --------------------------------------------------------------- in sections

# "Hans Lindberg (S) … och Mariam Salem (MP) – Bifall till …"
DASH = re.compile(r"^\s*[–—-]\s*(?P<rest>\S.*)$", re.DOTALL)
# the movers in a column beside their yrkande, nothing between but white: "Anna Berg (S)
# Bifall till kommunstyrelsens förslag." (a capital stance word: prose never opens so)
CELL = re.compile(rf"^\s+(?P<rest>(?=[{names.UPPER}])(?i:{STANCE.pattern}|att\s).*)$", re.DOTALL)
# a list of yrkanden, each its movers, a colon and what they move: "Anna Berg (S): bifall till
# arbetsutskottets förslag.", "Per Ek (M): att ärendet återremitteras." (a stance in its first
# sentence: "Anna Berg (S): Jag vill tacka …" moves nothing)
COLON = re.compile(r"^\s*:\s*(?P<rest>\S.*)$", re.DOTALL)
# a yrkande numbered before its mover, the number dropped so the mover opens the sentence:
# "Yrkande 1 – Anna Berg (S): Bifall …", "Yrkande nr 2: Per Ek (M) yrkar …", "Yrkande 3. …"
NUMBERED = re.compile(r"(?:^|(?<=[.:!?]\s))(?:(?i:yrkande)\s+(?:(?i:nr)\.?\s*)?\d{1,2}\s*[–—:.-]|"
                      rf"(?i:yrkande)\s+(?i:från|av)(?=\s+{names.NAME}\s*\(\s*[^()]{{1,6}}\)\s*:))\s*"
                      r"(?=[A-ZÅÄÖ])")
# "yrkar, med hänvisning till …, bifall till …": an aside between the verb and what is moved
ASIDE = re.compile(
    rf"^(?P<verb>\s*(?:{phrases.phrase('move', 'present', 'past')}))\s*,"
    rf"(?!\s*{phrases.phrase('join', 'passive')}\s)\s*[^.]{{3,300}}?,\s*"
    r"(?=(?:i\s+(?:första|andra)\s+hand\s+)?(?:att\s+)?(?i:bifall|avslag|återremi|bordl|tillägg|"
    r"ändring)\w*\b)", re.IGNORECASE)
# the chair moving by office only, the name on the cover: "Ordföranden yrkar bifall …",
# "Ordföranden föreslår att …", "Ordföranden föreslog, understödd av X (C), att …" (not
# "… föreslår en propositionsordning", "… föreslår att
# propositionsordningen …"); CHAIR stands in for the name until the cover gives it
CHAIR_MOVES = re.compile(
    rf"^\s*(?P<office>(?i:{phrases.alternatives('chair', 'vice', 'office')}))"
    rf"(?=\s+{phrases.phrase('move', 'present', 'past')}\s|"
    rf"\s+(?:{phrases.phrase('join', 'present', 'past')}|{phrases.phrase('support', 'present', 'past')}|"
    rf"{phrases.phrase('second', 'present', 'past')}|{phrases.alternatives('join', 'alone')})\b|"
    rf"\s+{phrases.phrase('propose', 'present', 'past')}(?:\s*,\s*"
    rf"{phrases.phrase('second', 'passive')}[^,]{{3,80}}?,)?\s+(?i:att|bifall|avslag|återremi|bordl)"
    r"(?![^.]*\b(?i:proposition)))")
CHAIR = Member("Ordföranden", None)
VICE_CHAIR = Member("Vice ordföranden", None)
# "Per Ek (M) instämmer i ordförandens yrkande"
OFFICE_GENITIVE = re.compile(rf"\b(?:(?P<vice>{phrases.alternatives('chair', 'vice_genitive')})|"
                             rf"{phrases.alternatives('chair', 'genitive')})\b", re.IGNORECASE)
# the offices of the chair and vice chair, and the cover's functions that say who holds them
VICE_OFFICE = re.compile(phrases.alternatives("chair", "vice"), re.IGNORECASE)
CHAIR_FUNCTIONS = frozenset(phrases.forms("chair", "function"))
VICE_FUNCTIONS = frozenset(phrases.forms("chair", "vice_function"))
# a bullet or a list mark before an entry: "- Anna Berg (S): bifall …", "1) Per Ek (M): avslag",
# "(2) Eva Lund (KD) …", "b) …"
LIST_MARK = rf"(?:{points.BULLET}|\(?\d{{1,2}}\)|\(?[a-h]\))"
BULLET_MARK = re.compile(rf"^\s*{LIST_MARK}\s+(?=\S)")
# movers listed after the yrkande's colon: "Följande ledamöter yrkar bifall till motionen: A (S),
# B (M) och C (V)."
FOLLOWING_MOVE = re.compile(
    rf"^\s*(?i:följande|nedanstående)\s+(?i:ledamöter|ledamot|ersättare)\s+"
    rf"(?:{phrases.phrase('move', 'present', 'past')}|{phrases.phrase('propose', 'present', 'past')})"
    r"\s+(?P<rest>[^:]{3,200}?)\s*:\s*(?P<who>[^:]+)$")
# "Anna Berg (S), ordförande, yrkar …", "Per Ek (M), 1:e vice ordförande, yrkar …": the mover's
# office between commas
_ROLE_WORD = "|".join(map(re.escape, sorted(names.ROLES, key=len, reverse=True)))
OFFICE_AFTER = re.compile(rf"^\s*,\s*{names.ROLE}(?i:{_ROLE_WORD})\s*,(?=\s)")
# "Anna Berg (S) m.fl. yrkar …": the others are not named
OTHERS = re.compile(r"^\s*(?:m\.\s?fl\.?|m\s?fl|med\s+flera)(?=\s)", re.IGNORECASE)
# what the chair proposed, told in the past as Finland-Swedish minutes do
CHAIR_PROPOSED = re.compile(
    rf"^\s*{phrases.phrase('propose', 'past')}(?:\s*,\s*{phrases.phrase('second', 'passive')}"
    r"\s+(?P<with>[^,]+?)\s*,)?\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
# "X (S) tillstyrker kommunstyrelsens förslag", "X (SDP) understödde stadsstyrelsens förslag": a
# yrkande of bifall
SUPPORTS = re.compile(rf"^\s*(?:{phrases.phrase('support', 'present', 'past')}|"
                      rf"{phrases.phrase('second', 'present', 'past')})\s+(?P<rest>\S.*)$",
                      re.DOTALL | re.IGNORECASE)
# "X (V) föreslår i en motion att …" tells the case, no motion at the meeting
NOT_AT_MEETING = (r"(?!\s+i\s+(?:(?:en|sin|sitt|ett|denna|detta)\s+(?:\w+\s+)?)?"
                  r"(?:motion|skrivelse|medborgarförslag|interpellation|initiativ|e-post|brev)\w*)")
# a paper the verb before a mover tells of: "I motionen yrkar Lena Ek (V) att …", "I sin
# skrivelse föreslår Per Ek (M) att …" (the case, no motion at the meeting)
IN_A_PAPER = re.compile(r"\b(?i:i|enligt)\s+(?:(?i:sin|sitt|en|ett|denna|detta)\s+)?(?:\w+\s+)?"
                        r"(?i:motion|skrivelse|medborgarförslag|interpellation|initiativ|e-post|"
                        r"brev|remissvar|ansökan)\w*\s*,?\s*$")
# "X (S) föreslår att …" is a yrkande as "yrkar" is;
# "… yrkar bifall …", "… yrkade avslag …", "… yrkar, med instämmande av X (SD), bifall …",
# "… lämnar ett ändringsyrkande: …", "… lämnar även följande tilläggsyrkande: …"
YRKAR = re.compile(
    rf"^\s*(?:{phrases.phrase('move')}|{phrases.phrase('propose', 'present')}{NOT_AT_MEETING})"
    rf"(?:\s*,\s*(?:{phrases.phrase('join', 'passive')}|{phrases.phrase('second', 'passive')})"
    r"\s+(?P<with>[^,]+?)\s*,)?"
    r"\s+(?P<rest>\S.*)$|"
    r"^\s*(?:lämnar|lämnade|framställer|framställde|framför|framförde|lägger|lade)\s+"
    r"(?:(?:även|också|dessutom|ett|följande|eget|nytt)\s+){0,3}"
    r"(?P<noun>(?:tilläggs|ändrings|återremiss|avslags)?yrkande)\b\s*:?\s*(?P<rest2>.*)$",
    re.IGNORECASE | re.DOTALL)
# a new motion inside one sentence: "Bifall att-sats 2, avslag till … samt återremiss av …",
# "… och i andra hand bifall till yrkande från SD", "avslag på punkt 3 och i övrigt bifall till
# förvaltningens förslag". Only these stance words open one: an
# "ändring" or "tillägg" word goes on inside the motion it qualifies.
SEGMENT_SPLIT = re.compile(
    r"\s+(?=med\s+tillägget\s+att\b)|"
    r"(?:\s*[,;]|\s+och|\s+samt)\s+(?=i\s+(?:andra|tredje|fjärde)\s+hand\b|"
    r"(?:i\s+\w+\s+hand\s*,?\s*|i\s+övrigt\s+)?(?:att\s+)?"
    r"(?:bifall|avslag|avslå|återremi|bordl|tilläggsyrkande)\w*\b)",
    re.IGNORECASE)
# the movers' further yrkande told with a pronoun in a sentence of its own: "Hon yrkar vidare,
# som ett tilläggsyrkande, att …", "Han yrkar även avslag på punkt 3."
AGAIN = re.compile(rf"^\s*(?i:{phrases.alternatives('again', 'pronoun')})\s+"
                   rf"(?:{phrases.phrase('move', 'present', 'past')}|"
                   rf"{phrases.phrase('propose', 'present', 'past')})(?=\s)", re.IGNORECASE)
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
SUPPORTED = re.compile(r"^bifall\s+till\s+(?:[^,.;]{2,60}?s\s+(?:\([^)]*\)\s+)?|det\s+)?"
                       r"(?P<kind>återremiss|tilläggs|ändrings|avslags|bordläggnings)yrkande",
                       re.IGNORECASE)
SUPPORTED_STANCE = {"återremiss": Stance.ATERREMISS, "tilläggs": Stance.TILLAGG,
                    "ändrings": Stance.ANDRING, "avslags": Stance.AVSLAG,
                    "bordläggnings": Stance.BORDLAGGNING}
# "Sanna Öhmans (V) tilläggsyrkande", "Lena Ståhls ändringsyrkande": a yrkande named by its kind
NAMED_KIND = re.compile(r"\b(?P<who>[A-ZÅÄÖ][\w\-]+?)s\s+(?:\([^)]*\)\s+)?"
                        rf"(?P<kind>(?i:{'|'.join(SUPPORTED_STANCE)}))yrkande")
# "bifall till kommunstyrelsens förslag med undantag av beslutspunkt 2": the points named are
# the ones not supported
EXCEPT = re.compile(r"\bmed\s+undantag\s+(?:av|för)\b", re.IGNORECASE)
# "med instämmande av Per Ek (M) och Lisa Holm (C)": members who join the mover
WITH_JOINERS = re.compile(rf"^\s*,?\s*(?:{phrases.phrase('join', 'passive')}|"
                          rf"{phrases.phrase('second', 'passive')})\s+", re.IGNORECASE)
JOINED_AFTER = re.compile(rf"\s(?:{phrases.phrase('join', 'passive')}|{phrases.phrase('second', 'passive')})"
                          r"\s+(?P<who>[^.;]+)",
                          re.IGNORECASE)
# "Per Ek (M) och Lisa Holm (C) instämmer.", "… instämmer i yrkandet": the motion just moved
JOINS_LAST = re.compile(
    rf"^\s*(?:(?:{phrases.phrase('move', 'present', 'past')})\s+(?:(?:också|även|likaså)\s+)?"
    r"(?:detsamma|det\s+samma|samma\s+sak|likadant)|"
    rf"(?:{phrases.phrase('join', 'present', 'past')}|{phrases.alternatives('join', 'alone')})"
    r"(?:\s+(?:i\s+)?(?:detta|det|yrkandet|förslaget|detta yrkande))?|"
    rf"{phrases.phrase('second', 'present', 'past')}(?:\s+(?:förslaget|detta|det|yrkandet))?)"
    r"\s*\.?\s*$", re.IGNORECASE)
# the yrkande just moved, named by its mover's pronoun: "hans", "hennes", "deras"
THEIRS = re.compile(rf"\s*(?i:{phrases.alternatives('again', 'possessive')})\s*")
# "Johanna Ek (MP) instämmer i Lena Strömqvists (S) yrkande."
JOINS = re.compile(rf"^\s*(?:{phrases.phrase('join', 'present', 'past')}|"
                   rf"{phrases.phrase('support', 'present', 'past')}|"
                   rf"{phrases.phrase('second', 'present', 'past')})\s+"
                   r"(?P<whose>.+?)\s+(?:\w*yrkande\w*|förslag)\b", re.IGNORECASE)
# a decision that names who proposed it: "På förslag av Axel Josefson (M): Ärendet bordläggs …",
# "På förslag av tjänstgörande ersättaren Johannes Hulter (S): …"
PROPOSED_BY = re.compile(r"\bpå förslag av\s+(?P<who>[^:]{3,160}?):\s*(?P<rest>[^:]*)", re.IGNORECASE)
# the case number on a line of its own under the § heading ("Dnr KFN 2026/88"): no sentence of
# the text that follows
CASE_NUMBER_LINE = re.compile(
    r"^\s*(?i:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\.?:?\s+\S+(?:\s+\S+){0,2}\s*$")
# the heading over the meeting's discussion told as prose: "Behandling:", "Behandling på
# sammanträdet", "Överläggning", "Diskussion"
TOLD_HEADING = re.compile(r"^(?:behandling(?:\s+(?:på|vid|i)\s+\w+)?|överläggning(?:ar)?|"
                          r"diskussion(?:en)?)\s*:?$", re.IGNORECASE)
SKIPPED_FOR_MOTIONS = (PROPOSITION_HEADING, VOTE_HEADING, RESERVATION_HEADING,
                       STATEMENT_HEADING, SKIP_HEADING)

# --------------------------------------------------------------- told in a decision block

_MOVED = (rf"(?:{phrases.phrase('propose', 'present', 'past')}|"
          rf"{phrases.phrase('move', 'present', 'past')})")
_SECONDED_BY = phrases.phrase("second", "passive")
# "föreslog Anna Kengo, understödd av Tua Backman, att …", "Anna Kengo föreslog, understödd
# av Tua Backman, att …", "Anna Kengo yrkade att …"
# a name with the party where the minutes print one: "Anders Backman (Saml.)"
_NAME_P = rf"{names.NAME}(?:\s*{parties.MARK.pattern})?"
_NAMES_P = (rf"{names.NAME}(?:\s*{parties.MARK.pattern.replace('p1', 'q1').replace('p2', 'q2')})?"
            rf"(?:(?:\s*,\s*|\s+och\s+){names.NAME}(?:\s*\(\s*[^()]{{1,6}}\s*\))?)*")
PROPOSAL = re.compile(
    rf"(?:{_MOVED}\s+{names.ROLE}(?P<who1>{_NAME_P.replace('p1', 'a1').replace('p2', 'a2')})|"
    rf"{names.TITLED}(?P<who2>{_NAME_P.replace('p1', 'b1').replace('p2', 'b2')})\s+{_MOVED})"
    rf"(?:\s*,?\s*{_SECONDED_BY}\s+{names.ROLE}(?P<sup>{_NAMES_P})\s*,?)?\s+"
    r"(?:på\s+|att?\s+|(?=(?i:bifall|avslag|återremiss|bordläggning)\b))(?P<what>[^.]+)\.")
# a proposal told in the perfect, the seconders between the mover and the participle: "Under
# diskussionen har ledamoten Anna Kengo, understödd av ledamoten Tua Backman, föreslagit att …",
# "Per Ek har föreslagit att …"
_PERFECT = rf"(?:{phrases.alternatives('propose', 'perfect')}|{phrases.alternatives('move', 'perfect')})"
_HAS = rf"(?i:{phrases.alternatives('perfect', 'auxiliary')})"
PERFECT = re.compile(
    rf"(?:\b{_HAS}\s+{names.ROLE}(?P<who1>{_NAME_P.replace('p1', 'e1').replace('p2', 'e2')})|"
    rf"{names.TITLED}(?P<who2>{_NAME_P.replace('p1', 'f1').replace('p2', 'f2')})\s+{_HAS})"
    rf"(?:\s*,?\s*{_SECONDED_BY}\s+{names.ROLE}(?P<sup>{_NAMES_P.replace('q1', 'g1').replace('q2', 'g2')})"
    rf"\s*,)?\s+{_PERFECT}\s+"
    r"(?:på\s+|att?\s+|(?=(?i:bifall|avslag|återremiss|bordläggning)\b))(?P<what>[^.]+)\.")
# the chair told proposing in a decision block: "Ordföranden föreslog, understödd av Tua Backman,
# att ärendet bordläggs." (not a propositionsordning)
CHAIR_TOLD = re.compile(
    rf"\b(?P<office>(?i:{phrases.alternatives('chair', 'told')}))\s+{_MOVED}"
    rf"(?:\s*,?\s*{_SECONDED_BY}\s+{names.ROLE}(?P<sup>{_NAMES_P.replace('q1', 'c1').replace('q2', 'c2')})"
    r"\s*,?)?\s+(?:på\s+|att?\s+|(?=(?i:bifall|avslag|återremiss|bordläggning)\b))"
    r"(?![^.]*\b(?i:proposition))(?P<what>[^.]+)\.")
# "…, vilket Malin Åkerlund (C) instämde i": members who join the proposal just told
WHICH_JOINED = re.compile(
    rf",\s*vilket\s+(?P<who>{_NAMES_P})\s+(?:(?i:{phrases.alternatives('join', 'present', 'past')})|"
    rf"(?i:{phrases.alternatives('support', 'present', 'past')})|{phrases.alternatives('join', 'alone')})")
# "Tua Backman och Jean Hellsten understödde Lindéns förslag.": seconders of the proposal of the
# member the genitive names
SECONDED_WHOSE = re.compile(
    rf"{names.TITLED}(?P<who>{_NAMES_P.replace('q1', 's1').replace('q2', 's2')})\s+"
    rf"(?i:{phrases.alternatives('second', 'present', 'past')})\s+(?P<whose>{names.WORD})s\s+"
    r"(?i:förslag|motförslag|yrkande)\b")
# "Kengos förslag understöddes av Tua Backman.", "Anna Kengos förslag understöddes av …"
SECONDED_WHOSE_PASSIVE = re.compile(
    rf"\b(?P<whose>{names.WORD})s\s+(?i:förslag|motförslag|yrkande)\s+"
    rf"(?i:{phrases.alternatives('second', 'passive')})\s+{names.ROLE}"
    rf"(?P<who>{_NAMES_P.replace('q1', 't1').replace('q2', 't2')})")
# "Förslaget understöddes av Anna Berg.", "Anna Berg understödde förslaget."
SECONDED = re.compile(
    rf"(?:(?i:förslaget|motförslaget)\s+(?i:{phrases.alternatives('second', 'passive')})\s+"
    rf"{names.ROLE}(?P<who>{_NAMES_P})"
    rf"|{names.TITLED}(?P<who2>{_NAMES_P.replace('q1', 'r1').replace('q2', 'r2')})\s+"
    r"(?i:understödde\s+förslaget))")


# a party group moving through one of its members: "Vänsterpartiet genom Tove Sandin yrkar …",
# "S-gruppen genom Anna Berg (S) yrkar …"
GROUP_THROUGH = re.compile(rf"^\s*(?P<group>{parties.GROUP_SUBJECT})\s*,?\s+genom\s+{names.TITLED}"
                           rf"(?P<who>{_NAME_P})\s*,?(?=\s)")


def extract_motions(lines: Sequence[Line], dialect: Dialect | None = None) -> list[Motion]:
    """Every yrkande in a paragraph's procedure part, in order, read as the dialect prints it."""
    dialect = dialect or Dialect()
    lines = [ln for ln in lines if not CASE_NUMBER_LINE.match(ln.text)]
    tabled, used = table_motions(lines)
    lines = [ln for ln in lines if id(ln) not in used]
    if dialect.told == Told.BLOCK:
        told = told_motions(join(lines), lines[0].page if lines else None)
        # minutes that print no parties: a name with a party is some other paper's prose
        return told if dialect.parties else [m for m in told if not any(x.party for x in m.movers)]
    out: list[Motion] = list(tabled)
    restore: dict[str, str] = {}  # the sentences told members first, as printed
    for heading, body in sections(lines):
        if heading and GROUP_MOTION_HEADING.match(heading):
            out.append(_group_motion(heading, body))
            continue
        if heading and any(h.match(heading) for h in SKIPPED_FOR_MOTIONS):
            continue
        if heading and TOLD_HEADING.match(heading) and not dialect.parties:
            # "Behandling:" over "X föreslog, understödd av Y, att …"
            out.extend(told_motions(join(body), body[0].page if body else None))
            continue
        for para in (part for p in paragraphs(body, dialect.parties) for part in _listed(p)):
            credited = _mover_after(para[0].text, para[0].page) if len(para) == 1 else None
            if credited is not None:
                out.append(credited)
                continue
            by_stance = _stance_listed(join(para), para[0].page, dialect.parties)
            if by_stance is not None:
                out.append(by_stance)
                continue
            text = with_party_marks(join(para)) if dialect.parties else join(para)
            text = upright(NUMBERED.sub("", BULLET_MARK.sub("", text)), dialect.parties, restore)
            for entry in _entries(text, dialect.parties):
                out.extend(_joined(entry, out, para[0].page, dialect.parties)
                           or _seconded(motions_in(entry, para[0].page, dialect.parties), entry)
                           or _told_with_parties(entry, para[0].page, dialect.parties)
                           or _moved_by(entry, para[0].page, dialect.parties)
                           or _object_first(entry, out, para[0].page, dialect.parties)
                           or _credited_after(entry, para[0].page, dialect.parties)
                           or by_default(entry, para[0].page, dialect.parties))
                out.extend(_from_mover(entry, out, para[0].page, dialect.parties))
    named = as_named(out, join(lines))
    return [replace(m, text=restored(m.text, restore)) for m in named] if restore else named


# the head of a table of yrkanden: "Yrkande  Av  Parti", "Yrkande  Yrkande av", "Förslag  Namn"
_TABLE_WHAT = re.compile(rf"^(?i:{phrases.alternatives('motion_table', 'what')})$")
_TABLE_WHO = re.compile(rf"^(?i:{phrases.alternatives('motion_table', 'who')})$")
_TABLE_PARTY = re.compile(rf"^(?i:{phrases.alternatives('motion_table', 'party')})$")
_TABLE_OPENS = re.compile(r"\b(?i:yrkande|förslag)")  # the head, in whatever column order


def table_motions(lines: Sequence[Line]) -> tuple[list[Motion], set[int]]:
    """Yrkanden printed as a table under a head naming the yrkande and its mover, in any
    order (Yrkande / Av / Parti, Ledamot / Parti / Yrkande): each row a motion, and the ids of
    the lines the table holds."""
    out: list[Motion] = []
    used: set[int] = set()
    head: list[tuple[float, str]] | None = None
    for row_lines in _rows(lines):
        ln = row_lines[0]
        if head is None and not any(_TABLE_OPENS.search(x.text) for x in row_lines):
            continue
        cells = [c for x in row_lines for c in placed_columns(x)]
        texts = [t.strip() for _, t in cells]
        if len(cells) >= 2 and sum(bool(_TABLE_WHAT.match(t)) for t in texts) == 1 and \
                any(_TABLE_WHO.match(t) for t in texts):
            head, roles = cells, ["what" if _TABLE_WHAT.match(t) else "who" if _TABLE_WHO.match(t)
                                  else "party" if _TABLE_PARTY.match(t) else "" for t in texts]
            used.update(id(x) for x in row_lines)
            continue
        if head is None:
            continue
        row = _row_cells(cells, head, roles)
        stance = stance_of(row.get("what", ""))
        movers = named_members(row.get("who", ""))
        if stance is None or not movers or len(cells) < 2:
            head = None
            continue
        party = parties.bare_code(row.get("party", "")) if row.get("party") else None
        movers = tuple(replace(x, party=x.party or party) for x in movers)
        text = row["what"]
        out.append(Motion(movers, _amended(stance, text), point_numbers(text),
                          " ".join(x.text for x in row_lines), ln.page))
        used.update(id(x) for x in row_lines)
    return out, used


def _rows(lines: Sequence[Line]) -> list[list[Line]]:
    """The lines side by side on one baseline (a table's row the reader gave as several
    lines), left to right, in order."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and out[-1][0].page == ln.page and abs(out[-1][0].top - ln.top) < 2 \
                and ln.text.strip():
            out[-1] = sorted([*out[-1], ln], key=lambda x: x.x0)
        else:
            out.append([ln])
    return out


def _row_cells(cells: list[tuple[float, str]], head: list[tuple[float, str]], roles: list[str]
               ) -> dict[str, str]:
    """A row's cells by the role of the head's column each stands under (the nearest begun at
    or left of it)."""
    out: dict[str, str] = {}
    for x, text in cells:
        k = max((i for i, (hx, _) in enumerate(head) if hx <= x + 4), default=0)
        if roles[k]:
            out[roles[k]] = f"{out.get(roles[k], '')} {text}".strip()
    return out


# a line that opens a yrkande of a list one a line: "Anna Berg (S) – bifall", "- Per Ek (M):
# avslag"
LISTED_ENTRY = re.compile(rf"^\s*(?:{LIST_MARK}\s+)?{names.NAME}\s*{parties.MARK.pattern}\s*"
                          r"[–—:-]\s*\S")
# a yrkande with its mover in brackets after it: "- Bifall till förslaget (Anna Berg, S)"
MOVER_AFTER = re.compile(rf"^\s*(?:{points.BULLET}\s+)?(?P<what>[^()]{{3,200}}?)\s*"
                         rf"\((?P<who>{names.NAME})\s*,\s*(?P<code>{parties.CODE})\)\s*\.?\s*$")


# a stance as a label over the movers who move it: "Bifall till kommunstyrelsens förslag: Anna
# Berg (S), Per Ek (M)" / "Avslag: Ulf Sandberg (SD)"
STANCE_LABEL = re.compile(rf"^\s*(?:{points.BULLET}\s+)?(?P<what>(?=[{names.UPPER}])"
                          rf"(?i:{STANCE.pattern})[^:]{{0,120}}?)\s*:\s*(?P<who>[{names.UPPER}].*?)"
                          r"\s*\.?\s*$", re.DOTALL)


def _stance_listed(text: str, page: int | None, with_parties: bool) -> Motion | None:
    """The yrkande of a stance printed as a label over its movers and nothing else ("Avslag:
    Ulf Sandberg (SD), Linda Moberg (SD)"), or None."""
    m = STANCE_LABEL.match(text)
    if m is None or not with_parties:
        return None
    who = m.group("who")
    mentions = find_mentions(who, with_parties)
    rest = who
    for x in reversed(mentions):
        rest = rest[:x.start] + rest[x.end:]
    if not mentions or any(x.possessive for x in mentions) or re.sub(r"[\s,]|\boch\b", "", rest):
        return None
    what = m.group("what")
    stance = stance_of(what) or Stance.ANNAT
    return Motion(tuple(dict.fromkeys(x.member for x in mentions)), _amended(stance, what),
                  point_numbers(what), text.strip(), page)


def _listed(para: list[Line]) -> list[list[Line]]:
    """A paragraph cut before each line that opens a yrkande of a list one a line ("Anna Berg
    (S) – bifall" / "Per Ek (M) – avslag", "Avslag: Ulf Sandberg (SD)"), or that gives its mover
    in brackets after it."""
    out: list[list[Line]] = []
    for ln in para:
        if not out or LISTED_ENTRY.match(ln.text) or MOVER_AFTER.match(ln.text) or \
                STANCE_LABEL.match(ln.text):
            out.append([ln])
        else:
            out[-1].append(ln)
    return out


def _mover_after(text: str, page: int | None) -> Motion | None:
    """The yrkande of a line that names its mover in brackets after it ("Bifall till förslaget
    (Anna Berg, S)"), or None."""
    m = MOVER_AFTER.match(text)
    stance = stance_of(m.group("what")) if m else None
    if m is None or stance is None:
        return None
    what = m.group("what")
    return Motion((Member(m.group("who"), parties.listed(m.group("code"))),),
                  _amended(stance, what), point_numbers(what), text.strip(), page)


# what joins a second yrkande of other movers to the first in one sentence: "A (S) yrkar bifall
# och B (M) yrkar avslag", "…, medan B (M) yrkar …", "…, och B (M) instämmer i …"
NEXT_MOVERS = re.compile(r"(?:\s*,)?\s+(?i:och|medan|samt|men|medan däremot)\s+$|\s*[;,]\s*$")


# the first yrkande's own verb, before the second's members
MOVED_ALREADY = re.compile(
    rf"{phrases.phrase('move', 'present', 'past')}|{phrases.phrase('propose', 'present', 'past')}|"
    rf"{phrases.phrase('support', 'present', 'past')}|{phrases.phrase('join', 'present', 'past')}",
    re.IGNORECASE)


def _apart(entry: str, with_parties: bool) -> list[str]:
    """An entry cut before the members of a second yrkande in the same sentence ("A (S) yrkar
    bifall till förslaget och B (M) yrkar avslag."): members after "och", "medan" … whose own
    verb moves, supports or joins."""
    start = subject_end(entry, with_parties)
    tail = entry[start:].casefold()
    if not start or not any(w in tail for w in (" yrka", " föresl", " instäm", " tillstyrk")):
        return [entry]  # (the words looked for first: a search with names is slow)
    for x in find_mentions(entry, with_parties):
        glue = NEXT_MOVERS.search(entry, 0, x.start) if x.start > start and not x.possessive \
            else None
        if glue is None or not MOVED_ALREADY.search(entry, start, glue.start()):
            continue  # "A (S) med instämmande av B (M) och C (V) yrkar …": one yrkande
        rest = entry[x.start:]
        after = OFFICE_AFTER.sub("", rest[subject_end(rest, with_parties):])
        if YRKAR.match(after) or SUPPORTS.match(after) or JOINS.match(after):
            return [entry[:glue.start()].rstrip(" ,") + ".", *_apart(rest, with_parties)]
    return [entry]


def _entries(text: str, with_parties: bool) -> list[str]:
    """The text's entries, each cut again before a sentence in which the chair moves by office
    ("… i beslutet. Ordföranden yrkar bifall …") or a party group through a member ("…
    Sverigedemokraterna genom Kent Ljung yrkar …"), and before a second yrkande of other
    members in one sentence (`_apart`)."""
    out: list[str] = []
    for entry in (part for e in entries(text, with_parties) for part in _apart(e, with_parties)):
        for n, s in enumerate(sentences(entry)):
            if n and (CHAIR_MOVES.match(s) or GROUP_THROUGH.match(s) or OBJECT_FIRST.match(s)
                      or MOVED_BY.match(s)):
                out.append(s)
            elif n:
                out[-1] = f"{out[-1]} {s}"
            else:
                out.append(s)
    return out


def _seconded(found: list[Motion], entry: str) -> list[Motion]:
    """The motions of an entry, whoever seconds or joins the last one after it ("Förslaget
    understöddes av Per Ek (M).", "…, vilket Per Ek (M) instämmer i.") among its movers."""
    # (the words each pattern needs looked for first: a search with names is slow)
    m = SECONDED.search(entry) if found and "förslaget" in entry.casefold() else None
    which = WHICH_JOINED.search(entry) if found and m is None and "vilket" in entry else None
    if m is None and which is None:
        return found
    who = named_members(m.group("who") or m.group("who2")) if m else \
        named_members(which.group("who")) if which else ()
    last = found[-1]
    return [*found[:-1], replace(last, movers=last.movers + tuple(
        x for x in who if x not in last.movers))]


def as_named(motions: Sequence[Motion], text: str) -> list[Motion]:
    """Yrkanden that name no stance of their own ("X (V) yrkar att lönepolicyn kompletteras
    …") as the propositionsordning names them ("… proposition på Sanna Öhmans (V)
    tilläggsyrkande")."""
    named = {m.group("who"): SUPPORTED_STANCE[m.group("kind").lower()]
             for m in NAMED_KIND.finditer(text)}
    if not named:
        return list(motions)
    out = []
    for m in motions:
        kinds = {named.get(x.name.split()[-1]) for x in m.movers}
        kind = kinds.pop() if len(kinds) == 1 else None
        if kind is not None and stance_of(m.text) is None:
            m = replace(m, stance=kind)
        out.append(m)
    return out


def told_motions(text: str, page: int | None = None) -> list[Motion]:
    """Proposals a decision block tells, with whoever seconded them among the movers."""
    out: list[Motion] = []
    for m in [*PROPOSAL.finditer(text), *PERFECT.finditer(text)]:
        if IN_A_PAPER.search(text, max(0, m.start() - 60), m.start()):
            continue  # "I motionen yrkar Lena Ek (V) att …" tells the case
        movers = named_members(m.group("who1") or m.group("who2")) + named_members(m.group("sup") or "")
        movers += _seconders_of(movers, text, m.end())
        seconded = SECONDED.search(text, m.end(), m.end() + 200)
        if seconded:
            who = seconded.group("who") or seconded.group("who2")
            movers += tuple(x for x in named_members(who) if x not in movers)
        joined = WHICH_JOINED.search(m.group("what"))
        if joined:
            movers += tuple(x for x in named_members(joined.group("who")) if x not in movers)
        if movers:
            what = m.group("what")[:joined.start() if joined else None].strip()
            out.append(Motion(movers, _counter_stance(what), (), m.group(0), page))
    for m in CHAIR_TOLD.finditer(text):
        movers = (_office(m),) + named_members(m.group("sup") or "")
        seconded = SECONDED.search(text, m.end(), m.end() + 200)
        if seconded:
            movers += tuple(x for x in named_members(seconded.group("who") or seconded.group("who2"))
                            if x not in movers)
        out.append(Motion(movers, _counter_stance(m.group("what")), (), m.group(0), page))
    return sorted(out, key=lambda x: text.find(x.text))


def _seconders_of(movers: tuple[Member, ...], text: str, at: int) -> tuple[Member, ...]:
    """Those a sentence right after a proposal tells seconding it by its mover's name ("Tua
    Backman och Jean Hellsten understödde Lindéns förslag.", "Kengos förslag understöddes av
    Tua Backman."), not among the movers already."""
    m = SECONDED_WHOSE.search(text, at, at + 200) or SECONDED_WHOSE_PASSIVE.search(text, at, at + 200)
    if m is None or not any(x.name.split()[-1] == m.group("whose") for x in movers):
        return ()
    return tuple(x for x in named_members(m.group("who")) if x not in movers)


def _counter_stance(what: str) -> Stance:
    """A told proposal's stance: its stance word, else what a counter-proposal does."""
    return stance_of(what) or _unworded(what)


# a yrkande that the body decide as a proposal says: "att kommunstyrelsen beslutar i enlighet med
# förvaltningens förslag", "att nämnden beslutar enligt arbetsutskottets förslag": a bifall
ADOPTS = re.compile(r"^(?:att\s+)?(?:\S+\s+){0,3}(?i:beslutar|besluta|beslutas|beslöt)\s+"
                    r"(?i:i\s+enlighet\s+med|enligt)\s+[^.;]{0,80}?(?i:förslag)\w*\s*\.?\s*$",
                    re.IGNORECASE)


def _unworded(what: str) -> Stance:
    """The stance of a proposal that names none: a tillägg when it adds to the proposal ("att
    nämnden också ger …"), an ändring when it changes its figures or points ("att bidraget
    höjs till 20 000 euro", "att avgiften ska vara 1 200 kronor"), else annat."""
    if ADOPTS.search(what):
        return Stance.BIFALL
    if re.search(phrases.ADD, what, re.IGNORECASE):
        return Stance.TILLAGG
    if re.search(phrases.AMEND, what, re.IGNORECASE):
        return Stance.ANDRING
    return Stance.ANNAT


def _told_with_parties(entry: str, page: int | None, with_parties: bool) -> list[Motion]:
    """Proposals told in prose among sections, their movers printed with their parties as
    the sections print them: "Under diskussionen föreslog A (SFP), understödd av B (SDP),
    att …"."""
    if not with_parties:
        return []
    return [m for m in told_motions(entry, page) if all(x.party for x in m.movers)]


# a yrkande named with its mover inside a sentence: "Ordföranden konstaterar att det finns ett
# yrkande från Kim Rask (C) om återremiss", "… noterar ett tilläggsyrkande från Amira Saleh (V)
# om att taxan ska följas upp", "Ett ändringsyrkande framställdes av Lisa Berg (KD) om att …"
FROM_MOVER = re.compile(
    rf"\b(?P<kind>(?i:{'|'.join(SUPPORTED_STANCE)})?)(?i:yrkande(?:t|n)?)\s+"
    r"(?i:från|(?:framställdes|framställs|lämnades|lämnas|framfördes|framförs)\s+av)\s+"
    r"(?P<who>[^.;:]{3,160}?)\s+om\s+(?P<what>[^.;]+)")


# a yrkande told in the passive with its movers after it: "Bifall till förslaget yrkas av A (S)
# och B (M).", "Yrkande om återremiss framförs av A (S).", "Återremissyrkande framställs av A (S)."
MOVED_BY = re.compile(
    r"^\s*(?P<what>(?:(?i:(?:ett\s+)?(?:tilläggs|ändrings|återremiss|avslags|bordläggnings)?"
    r"yrkande(?:t)?\s+om)\s+)?[^.;:]{3,160}?)\s+"
    rf"(?:[–—-]\s+)?(?i:{phrases.alternatives('put_forward', 'passive')})\s+av\s+"
    r"(?P<who>[^.;:]{3,200})")


def _moved_by(entry: str, page: int | None, with_parties: bool) -> list[Motion]:
    """A yrkande told in the passive, its movers after it ("Bifall till förslaget yrkas av A (S)
    och B (M)."); none when the words name no stance."""
    m = MOVED_BY.match(entry)
    if m is None:
        return []
    movers = tuple(parse_members(m.group("who"), with_parties=with_parties))
    what = re.sub(r"^(?i:(?:ett\s+)?)", "", m.group("what"))
    stance = stance_of(what)
    if not movers or stance is None:
        return []
    return [Motion(movers, _amended(stance, what), point_numbers(what), m.group(0).strip(), page)]


# what is moved before the verb, the movers after it: "Bifall till förslaget yrkar Anna Berg (S)
# och Per Ek (M).", "Återremiss yrkar Eva Lund (V).", "Detsamma yrkar Per Ek (M)."
OBJECT_FIRST = re.compile(
    rf"^\s*(?P<what>(?P<same>(?i:detsamma|det\s+samma|samma\s+sak))|(?=[{names.UPPER}])"
    rf"(?i:{STANCE.pattern})[^.;:]{{0,200}}?)\s+{phrases.phrase('move', 'present', 'past')}\s+"
    r"(?:(?i:även|också|likaså)\s+)?(?P<who>[^.;:]{3,200}?)\s*\.?\s*$")


def _object_first(entry: str, earlier: Sequence[Motion], page: int | None, with_parties: bool
                  ) -> list[Motion]:
    """The yrkande of a sentence that puts what is moved before the verb and the movers after
    it, members and nothing else ("Bifall till förslaget yrkar A (S) och B (M)."); "Detsamma
    yrkar C (V)." moves what was moved last."""
    m = OBJECT_FIRST.match(entry)
    if m is None:
        return []
    who = m.group("who")
    movers = tuple(leading_members(who, with_parties))
    if not movers or who[subject_end(who, with_parties):].strip(" .,"):
        return []
    if m.group("same"):
        last = earlier[-1] if earlier else None
        return [Motion(movers, last.stance, last.clauses, entry.strip(), page)] if last else []
    what = m.group("what")
    stance = stance_of(what) or Stance.ANNAT
    return [Motion(movers, _amended(stance, what), point_numbers(what), entry.strip(), page)]


# the sentence after a yrkande that names its movers: "Bifall till motionen. Detta yrkar Jonas
# Berg (MP).", "… Det yrkar även Per Ek (M) och Eva Lund (C)."
CREDITS = re.compile(
    rf"^\s*(?i:detta|det|så|vilket)\s+(?:{phrases.phrase('move', 'present', 'past')}|"
    rf"{phrases.phrase('propose', 'present', 'past')})\s+(?:(?i:även|också)\s+)?"
    r"(?P<who>[^.;:]{3,200}?)\s*\.?\s*$")


def _credited_after(entry: str, page: int | None, with_parties: bool) -> list[Motion]:
    """The yrkanden of an entry each of whose movers a sentence after it names ("Bifall till
    motionen. Detta yrkar Jonas Berg (MP). Att motionen ska anses besvarad. Detta yrkar …");
    none for a sentence that names others than members or words that name no yrkande."""
    out: list[Motion] = []
    told: list[str] = []
    for sentence in sentences(entry):
        m = CREDITS.match(sentence)
        if m is None:
            told.append(sentence)
            continue
        who, what = m.group("who"), " ".join(told).strip()
        told = []
        movers = tuple(leading_members(who, with_parties))
        if not movers or who[subject_end(who, with_parties):].strip(" .,") or \
                not (OPENS_WITH_STANCE.match(what) or what.lower().startswith("att ")):
            continue
        stance = stance_of(sentences(what)[0]) or _unworded(what)
        out.append(Motion(movers, _amended(stance, what), point_numbers(what),
                          f"{what} {sentence}", page))
    return out


def _from_mover(entry: str, earlier: Sequence[Motion], page: int | None, with_parties: bool
                ) -> list[Motion]:
    """The yrkanden a sentence names by their movers ("ett yrkande från X (C) om …"), unless
    the same movers moved the same earlier."""
    out: list[Motion] = []
    for m in FROM_MOVER.finditer(entry):
        movers = tuple(parse_members(m.group("who"), with_parties=with_parties))
        if not movers or (not with_parties and len(movers) > 3):
            continue
        what = m.group("what").strip()
        kind = m.group("kind").lower()
        stance = SUPPORTED_STANCE[kind] if kind else stance_of(what) or _unworded(what)
        if any(x.movers == movers and x.stance == stance for x in [*earlier, *out]):
            continue
        out.append(Motion(movers, stance, point_numbers(what), m.group(0), page))
    return out


# --------------------------------------------------------------- the default

# a proposing verb in any tense or voice, where the readers of the forms above found nothing:
# "yrkar", "har yrkat", "föreslog", "tillstyrker", "biträder", "ställer sig bakom", "lade fram
# ett yrkande om …", "framförde ett återremissyrkande"
DEFAULT_VERB = re.compile(
    rf"\b(?:{phrases.alternatives('move', 'present', 'past', 'perfect')}|"
    rf"{phrases.alternatives('propose', 'present', 'past', 'perfect')}|"
    rf"(?P<backs>{phrases.alternatives('support', 'present', 'past')}|"
    rf"{phrases.alternatives('second', 'present', 'past')}|"
    rf"{phrases.alternatives('join', 'present', 'past')})|"
    rf"(?:{phrases.alternatives('put_forward', 'present', 'past')})\s+(?:\w+\s+){{0,2}}?"
    r"(?P<noun>(?:tilläggs|ändrings|återremiss|avslags|bordläggnings)?yrkande)(?:t|n)?)\b",
    re.IGNORECASE)
# what a member backs that is a body's or an official's proposal: "… ställer sig bakom
# arbetsutskottets förslag", "… biträder förslaget"
BACKED_PROPOSAL = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:\w+s\s+)?(?:förslag|beslutsförslag)\w*\b",
                             re.IGNORECASE)
PROPOSITION = re.compile(r"\bproposition", re.IGNORECASE)


def by_default(entry: str, page: int | None, with_parties: bool = True) -> list[Motion]:
    """The yrkanden of an entry the forms above do not read, by the default: a sentence that
    holds a proposing verb in any tense or voice, the members before it (or, none there, right
    after it) and a stance from what is proposed ("Per Ek (M) anser … och yrkar därför
    återremiss.", "X (SFP), understödd av Y (SDP), föreslog att …", "X (M) lade fram ett
    yrkande om avslag."). Silent where the verb tells a paper of the case ("föreslår i
    motionen"), a propositionsordning, or nothing is proposed."""
    out: list[Motion] = []
    for sentence in sentences(entry):
        m = DEFAULT_VERB.search(sentence)
        if m is None or PROPOSITION.search(sentence) or IN_A_PAPER.search(sentence[:m.start()]) \
                or not re.match(NOT_AT_MEETING, sentence[m.end():]):
            continue
        before = [x.member for x in find_mentions(sentence[:m.start()], with_parties)
                  if not x.possessive]
        after = sentence[m.end():]
        movers = tuple(dict.fromkeys(before)) or tuple(leading_members(after, with_parties))
        what = after if before else after[subject_end(after, with_parties):]
        stance = _default_stance(m, what)
        if movers and stance is not None:
            out.append(Motion(movers, _amended(stance, what.strip()), point_numbers(what),
                              sentence.strip(), page))
    return out


def _default_stance(verb: re.Match[str], what: str) -> Stance | None:
    """The stance of what a default yrkande proposes: its stance word, else the kind of yrkande
    its noun names, else bifall of a proposal a member backs, else what an att-clause does;
    None when nothing is proposed."""
    found = stance_of(what)
    if verb.group("noun"):
        return stance_of(verb.group("noun")) or found or _unworded(what)
    if found is not None:
        return found
    if verb.group("backs"):
        return Stance.BIFALL if BACKED_PROPOSAL.match(what) else None
    return _unworded(what) if PROPOSED_THAT.match(what) else None


# what an att-clause proposes, perhaps after an aside or an adverb: "att …", ", som ett
# tillägg, att …", "därför att motionen ska anses besvarad", "också att …"
PROPOSED_THAT = re.compile(r"^\s*(?:,[^,]*,\s*)?(?:(?:därför|därtill|också|även|vidare|dessutom|"
                           r"slutligen|istället|i\s+stället)\s+)?att\s", re.IGNORECASE)


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
        again = AGAIN.match(sentence) if n and not motivated else None
        if again:  # "Hon yrkar vidare, som ett tilläggsyrkande, att …": a motion of its own
            what = sentence[again.end():].strip()
            out.append((stance_of(what) or Stance.ANNAT, what))
            continue
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


def _with_joiners(movers: tuple[Member, ...], text: str, with_parties: bool
                  ) -> tuple[tuple[Member, ...], str]:
    """The movers with those a text opens by joining ("med instämmande av Per Ek (M) och Lisa
    Holm (C)"), and the text after them."""
    m = WITH_JOINERS.match(text)
    if m is None:
        return movers, text
    rest = text[m.end():]
    joined = leading_members(rest, with_parties)
    if not joined:
        return movers, text
    rest = re.sub(r"^\s*,", "", rest[subject_end(rest, with_parties):])
    return movers + tuple(x for x in joined if x not in movers), rest


def _movers_and_rest(entry: str, with_parties: bool = True
                     ) -> tuple[tuple[Member, ...], str | None, Stance | None]:
    """(movers, the motion words, a stance the verb itself gives) of a yrkande; rest None if
    the entry is no yrkande."""
    movers = tuple(leading_members(entry, with_parties))
    end = subject_end(entry, with_parties)
    listed = FOLLOWING_MOVE.match(entry) if not movers else None
    if listed:  # "Följande ledamöter yrkar bifall till motionen: A (S), B (M) och C (V)."
        found = tuple(parse_members(listed.group("who"), with_parties=with_parties))
        return (found, listed.group("rest"), None) if found else ((), None, None)
    through = GROUP_THROUGH.match(entry) if not movers else None
    if through:
        movers, end = _through(through), through.end()
    elif not movers:
        group = GROUP_LEAD.match(entry) or CHAIR_MOVES.match(entry)
        if group is None:
            return (), None, None
        end = group.end()
        if group.re is CHAIR_MOVES:
            movers = (_office(group),)
    # "Anna Berg (S), med instämmande av Per Ek (M), yrkar …"; "Anna Berg (S) m.fl. yrkar …"
    movers, after = _with_joiners(movers, entry[end:], with_parties) if movers \
        else (movers, entry[end:])
    after = OFFICE_AFTER.sub("", OTHERS.sub("", after))
    m = DASH.match(after) if movers else None
    if m:
        return movers, m.group("rest"), None
    m = COLON.match(after) if movers else None
    if m and (stance_of(sentences(m.group("rest"))[0]) or PROPOSED_THAT.match(m.group("rest"))):
        return movers, m.group("rest"), None
    m = SUPPORTS.match(after) if movers else None
    if m:
        return movers, m.group("rest"), Stance.BIFALL
    m = CELL.match(after) if movers else None
    if m and stance_of(sentences(m.group("rest"))[0]):
        return movers, m.group("rest"), None
    m = YRKAR.match(ASIDE.sub(r"\g<verb> ", after)) or \
        (CHAIR_PROPOSED.match(after) if movers in ((CHAIR,), (VICE_CHAIR,)) else None)
    if m is None:
        return movers, None, None
    if m.group("rest"):
        # "X (SD) yrkar, med instämmande av Y (SD), bifall …": both move it
        joined = tuple(parse_members(m.group("with"), with_parties=with_parties)) \
            if m.group("with") else ()
        movers = movers + tuple(x for x in joined if x not in movers)
        # "X (S) yrkar med instämmande av Y (M) och Z (C) bifall …"
        movers, rest = _with_joiners(movers, m.group("rest"), with_parties)
        # "X (S) yrkar bifall till förslaget med instämmande av Y (M)."
        tail = JOINED_AFTER.search(rest)
        if tail:
            movers += tuple(x for x in parse_members(tail.group("who"), with_parties=with_parties)
                            if x not in movers)
        return movers, rest, None
    return movers, m.group("rest2") or m.group("noun"), stance_of(m.group("noun"))


def _through(m: re.Match[str]) -> tuple[Member, ...]:
    """The member a party group moves through, with the group's party where the name is printed
    without one and the group is one party."""
    group = parse_party_group(m.group("group"))
    return tuple(replace(x, party=group[0]) if x.party is None and len(group) == 1 else x
                 for x in named_members(m.group("who")))


def motions_in(entry: str, page: int | None = None, with_parties: bool = True) -> list[Motion]:
    """The motions of one entry (`X (S) yrkar …` or `X (S) – …`); none if it moves nothing."""
    movers, rest, verb_stance = _movers_and_rest(entry, with_parties)
    if not rest:
        return []
    found = _split(rest)
    if verb_stance is not None and found:
        found[0] = (verb_stance, found[0][1])
    through = GROUP_THROUGH.match(entry)
    group = through or (GROUP_LEAD.match(entry) if not movers else None)
    group_parties = tuple(parse_party_group(entry[:group.end()])) if group else ()
    return [Motion(movers, _amended(stance, text),
                   () if stance == Stance.BIFALL and EXCEPT.search(text) else point_numbers(text),
                   text, page, group_parties)
            for stance, text in found]


def _amended(stance: Stance, text: str) -> Stance:
    """A bifall that supports another's yrkande or changes the proposal, or a yrkande that
    names no stance, as what it does."""
    if stance == Stance.ANNAT:
        return _unworded(text)
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
    after = OFFICE_AFTER.sub("", entry[subject_end(entry, with_parties):])
    office = CHAIR_MOVES.match(entry) if not movers else None
    if office:  # "Ordföranden instämmer i Bergs yrkande."
        movers, after = (_office(office),), entry[office.end():]
    if movers and earlier and JOINS_LAST.match(after):
        last = earlier[-1]
        return [Motion(movers, last.stance, last.clauses, entry, page)]
    m = JOINS.match(after) if movers else None
    if m is None:
        return []
    if earlier and THEIRS.fullmatch(m.group("whose")):  # "… ställer sig bakom hans yrkande"
        last = earlier[-1]
        return [Motion(movers, last.stance, last.clauses, entry, page)]
    plain = " ".join(parties.MARK.sub("", m.group("whose")).split())  # "Axel Josefsons" without a party
    whose = {n for x in find_mentions(m.group("whose"), with_parties)
             for n in (x.member.name, strip_genitive(x.member.name))} | {plain, strip_genitive(plain)}
    for g in OFFICE_GENITIVE.finditer(m.group("whose")):
        whose.add((VICE_CHAIR if g.group("vice") else CHAIR).name)
    return [Motion(movers, x.stance, x.clauses, entry, page) for x in earlier
            if any(p.name in whose or p.name.split()[-1] in whose for p in x.movers)]


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


def _office(m: re.Match[str]) -> Member:
    """The stand-in for the chair or vice chair a CHAIR_MOVES match names."""
    return VICE_CHAIR if VICE_OFFICE.fullmatch(m.group("office")) else CHAIR


def chair_of(attendance: Sequence[Attendance], vice: bool = False) -> Member | None:
    """The meeting's chair (or first vice chair) as the cover names them ("Anna Berg (S),
    ordförande", "Per Ek (M), 1:e vice ordförande"), or None."""
    wanted = VICE_FUNCTIONS if vice else CHAIR_FUNCTIONS
    return next((Member(a.name, a.party) for a in attendance
                 if (a.function or "").strip().casefold() in wanted), None)


def with_chair(items: Sequence[Item], attendance: Sequence[Attendance]) -> list[Item]:
    """The items with the chair or vice chair who moves by office only ("Ordföranden yrkar …",
    "Vice ordföranden yrkar …") named as the cover names them; without one on the cover the
    motion keeps no mover for it."""
    offices = {CHAIR: chair_of(attendance), VICE_CHAIR: chair_of(attendance, vice=True)}

    def named(m: Motion) -> Motion:
        if not any(x in offices for x in m.movers):
            return m
        movers = tuple(dict.fromkeys(y for x in m.movers for y in (
            (x,) if x not in offices else (offices[x],) if offices[x] else ())))
        return replace(m, movers=tuple(x for x in movers if x is not None))

    return [replace(it, decisions=tuple(
        replace(d, motions=tuple(named(m) for m in d.motions)) for d in it.decisions))
        for it in items]
