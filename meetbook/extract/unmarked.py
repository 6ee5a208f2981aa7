"""Proposals, votes, reservations and jäv in minutes that print names without parties (pure).

Finland-Swedish minutes (Nykarleby) name members without a party and write the procedure as
prose inside the decision: `Under diskussionen föreslog Anna Kengo, understödd av Tua Backman,
att ärendet återremitteras.`, `Omröstningen utföll med 5 ja-röster (Lindvall, Hellsten …) och
2 nej-röster (Kengo, Backman).`, `Anna Kengo och Tua Backman reserverade sig mot beslutet.`,
`Jean Hellsten anmälde jäv och avlägsnade sig under behandlingen av ärendet.` These readers
are used where the party-marked ones find nothing; their members have party None.
"""
from __future__ import annotations

import re

from meetbook.extract.motions import stance_of
from meetbook.model import (
    Member,
    Motion,
    Reservation,
    Stance,
    Statement,
    StatementKind,
    Vote,
    VoteChoice,
    Voter,
)

UPPER = "A-ZÅÄÖÉÜ"
LOWER = "a-zåäöéüß"
WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# "Anna Kengo", "Siw Frostdahl-Blomqvist", "Ulla von Essen", "Mikael af Hällström"
NAME = rf"{WORD}(?:\s+(?:(?:von|af|de|du|van|der)\s+)?{WORD}){{1,2}}"
NAMES = rf"{NAME}(?:(?:\s*,\s*|\s+och\s+){NAME})*"
ROLE = r"(?:(?i:ledamot(?:en)?|ersättare(?:n)?|ordförande(?:n)?|vice ordförande(?:n)?)\s+)?"
# "föreslog Anna Kengo, understödd av Tua Backman, att …", "Anna Kengo föreslog, understödd
# av Tua Backman, att …", "Anna Kengo yrkade att …"
PROPOSAL = re.compile(
    rf"(?:\b(?:föreslog|yrkade)\s+{ROLE}(?P<who1>{NAME})|{ROLE}(?P<who2>{NAME})\s+(?:föreslog|yrkade))"
    rf"(?:\s*,?\s*understödd\s+av\s+{ROLE}(?P<sup>{NAMES})\s*,?)?\s+(?:på\s+|att?\s+)"
    r"(?P<what>[^.]+)\.")
# "Omröstningen utföll med 5 ja-röster (A, B …) och 2 nej-röster (C, D)", "1 blank röst"
VOTE = re.compile(
    r"(?P<yes>\d{1,3})\s+ja-?röst(?:er)?(?:\s+för\s+[^.,]{3,80}?)?(?:\s*\((?P<yesnames>[^)]*)\))?"
    r"\s*(?:,|och|mot)\s*"
    r"(?P<no>\d{1,3})\s+nej-?röst(?:er)?(?:\s+för\s+[^.,]{3,80}?)?(?:\s*\((?P<nonames>[^)]*)\))?"
    r"(?:\s*(?:,|och|samt)\s*(?P<blank>\d{1,3})\s+(?:blanka?|tomma?|avstod|avstår|nedlagda?)"
    r"(?:\s+röst(?:er)?)?(?:\s*\((?P<blanknames>[^)]*)\))?)?", re.IGNORECASE)
# "med rösterna 7–4", "Omröstningen utföll 7–4 till förmån för …", "Med 6 röster mot 4, en
# ledamot avstod"
TALLY = re.compile(
    r"(?:med\s+rösterna\s+(?P<y1>\d{1,3})\s*[-–]\s*(?P<n1>\d{1,3})|"
    r"omröstningen\s+utföll(?:\s+med)?\s+(?P<y2>\d{1,3})\s*[-–]\s*(?P<n2>\d{1,3})|"
    r"\bmed\s+(?P<y3>\d{1,3})\s+röster\s+mot\s+(?P<n3>\d{1,3}))\b"
    r"(?:[^.]{0,40}?(?P<blank>\d{1,3}|en|två|tre)\s+(?:ledamot|ledamöter)?\s*"
    r"(?:avstod|avstår|röstade blankt|blanka?|tomma?))?", re.IGNORECASE)
# an open roll call: "Ja: A, B, C (3) Nej: D, E (2) Blank: F (1)"
ROLL = re.compile(r"\bJa:\s*(?P<yes>[^()]*?)\s*\((?P<ny>\d{1,3})\)\s*Nej:\s*(?P<no>[^()]*?)\s*"
                  r"\((?P<nn>\d{1,3})\)(?:\s*(?:Blank|Blanka|Avstår|Avstod):\s*(?P<blank>[^()]*?)\s*"
                  r"\((?P<nb>\d{1,3})\))?")
WORDS = {"en": 1, "två": 2, "tre": 3}
# "stadsdirektörens förslag fick 6 röster (Frostell, …) och Anders Kengos förslag 3 röster (…)",
# "Vid omröstningen erhöll stadsdirektörens förslag 5 röster och Peter Nyholms förslag 4 röster"
FOR_AGAINST = re.compile(
    r"(?:fick|erhöll)\s+(?:(?P<first>[^.]{3,80}?)\s+)?(?P<yes>\d{1,3})\s+röster(?:\s*\((?P<yesnames>[^)]*)\))?"
    r"\s+och\s+(?P<second>[^.]{3,80}?)\s+(?P<no>\d{1,3})\s+röster(?:\s*\((?P<nonames>[^)]*)\))?",
    re.IGNORECASE)
# "Förslaget understöddes av Anna Berg."
SECONDED = re.compile(rf"(?:(?i:förslaget|motförslaget)\s+(?i:understöddes\s+av)\s+{ROLE}"
                      rf"(?P<who>{NAMES})|(?P<who2>{NAMES})\s+(?i:understödde\s+förslaget))")
# "A och B anslöt sig till reservationen."
JOINED = re.compile(rf"(?P<who>{NAMES})\s+anslöt\s+sig\s+till\s+reservationen")
# "Jäv: Anna Berg (FvL 28 § 1 mom. 5 p.) och Per Ek (…) deltog inte i behandlingen"
JAV_LIST = re.compile(r"\bjäv\s*:\s*(?P<who>[^.]*?(?:\([^)]*\)[^.]*?)*)\s+deltog\s+inte", re.IGNORECASE)
# "den som röstar för X röstar ja och den som röstar för Y röstar nej"
PROPOSITION = re.compile(r"(?:den|de)\s+som\s+\w+\s+(?:för\s+)?[^.]{3,200}?\s+röstar\s+ja[^.]*"
                         r"röstar\s+nej", re.IGNORECASE)
RESERVED = re.compile(rf"(?P<who>{NAMES})\s+(?:reserverade\s+sig|lämnade\s+avvikande\s+mening|"
                      r"lämnade\s+(?:en\s+)?skriftlig\s+reservation|anmälde\s+reservation)[^.]*\.|"
                      rf"\b(?i:reservation\s+anmäldes\s+av)\s+(?P<who3>{NAMES})[^.]*\.|"
                      rf"\b(?i:mot\s+beslutet\s+reserverade\s+sig)\s+(?P<who2>{NAMES})[^.]*\.")
JAV = re.compile(rf"(?P<who>{NAMES})\s+(?:anmälde\s+jäv|var\s+jävig|ansåg\s+sig\s+(?:vara\s+)?jävig)"
                 r"[^.]*\.")
# "Peter Nyman lämnade följande protokollsanteckning: …"
NOTE = re.compile(rf"(?P<who>{NAMES})\s+(?:(?:lämnade|inlämnade|fogade)\s+(?:följande\s+|en\s+)?"
                  r"protokollsanteckning|antecknade\s+till\s+protokollet)[^.]*\.")
# "Ledamoten X deltog inte i behandlingen av ärendet på grund av jäv."
JAV_LATE = re.compile(rf"{ROLE}(?P<who>{NAMES})\s+deltog\s+inte\s+i\s+[^.]*?\bjäv\b[^.]*\.")
# the procedure a Finland-Swedish decision block tells besides the decision itself
PROCEDURE = re.compile(
    r"\b(?:föreslog|understödd|understött|omröstning|röstar\s+(?:ja|nej)|ja-?röst|nej-?röst|"
    r"reserverade|avvikande\s+mening|anmälde\s+jäv|avlägsnade\s+sig|anlände|antecknades\s+att|"
    r"konstaterade\s+att?\b|protokollsanteckning|anslöt\s+sig|understödde|anmälde\s+reservation|"
    r"reservation\s+anmäldes|röster\b|erhöll)|\b(?:Ja|Nej|Blank|Blanka):\s",
    re.IGNORECASE)
NOT_NAMES = {"Under", "Ordföranden", "Nämnden", "Stadsstyrelsen", "Stadsfullmäktige"}


TITLE = re.compile(r"^\w*(?:direktör|chef|sekreterare|ordförande|ledamot|ersättare)\w{0,2}\s+",
                   re.IGNORECASE)


def _members(names: str) -> tuple[Member, ...]:
    """The people a run of names gives; a title before a name ("Stadsdirektör") is no name."""
    out = []
    for n in re.findall(NAME, names):
        n = TITLE.sub("", n)
        if len(n.split()) >= 2 and n.split()[0] not in NOT_NAMES:
            out.append(Member(n, None))
    return tuple(out)


def motions(text: str, page: int | None = None) -> list[Motion]:
    """Proposals made during the discussion, with whoever seconded them among the movers."""
    out: list[Motion] = []
    for m in PROPOSAL.finditer(text):
        movers = _members(m.group("who1") or m.group("who2")) + _members(m.group("sup") or "")
        seconded = SECONDED.search(text, m.end(), m.end() + 200)
        if seconded:
            who = seconded.group("who") or seconded.group("who2")
            movers += tuple(x for x in _members(who) if x not in movers)
        if movers:
            what = m.group("what").strip()
            out.append(Motion(movers, stance_of(what) or Stance.ANNAT, (), m.group(0), page))
    return out


def votes(text: str, page: int | None = None) -> list[Vote]:
    """Votes whose result the prose gives, with the voters where their names are listed."""
    out = _named_votes(text, page)
    if out:
        return out
    for m in TALLY.finditer(text):
        blank = m.group("blank")
        abstain = (WORDS.get(blank.lower()) if not blank.isdigit() else int(blank)) if blank else None
        prop = PROPOSITION.search(text[:m.start()])
        yes = m.group("y1") or m.group("y2") or m.group("y3")
        no = m.group("n1") or m.group("n2") or m.group("n3")
        out.append(Vote(prop.group(0) if prop else "", int(yes), int(no), abstain, (), True, page,
                        m.group(0)))
    return out


def _named_votes(text: str, page: int | None) -> list[Vote]:
    out = [_roll_vote(m, text, page) for m in ROLL.finditer(text)]
    for m in FOR_AGAINST.finditer(text):  # the first proposal's votes are the "ja"
        voters = [Voter(n.strip(), None, choice)
                  for group, choice in (("yesnames", VoteChoice.JA), ("nonames", VoteChoice.NEJ))
                  for n in re.split(r"\s*,\s*|\s+och\s+", m.group(group) or "") if n.strip()]
        yes, no = int(m.group("yes")), int(m.group("no"))
        listed = [sum(v.vote == c for v in voters) for c in (VoteChoice.JA, VoteChoice.NEJ)]
        out.append(Vote(f"Ja för {m.group('first') or 'förslaget'}, nej för {m.group('second')}",
                        yes, no, None, tuple(voters), not voters or listed == [yes, no], page,
                        m.group(0)))
    for m in VOTE.finditer(text):
        voters = [Voter(n.strip(), None, choice)
                  for group, choice in (("yesnames", VoteChoice.JA), ("nonames", VoteChoice.NEJ),
                                        ("blanknames", VoteChoice.AVSTAR))
                  for n in re.split(r"\s*,\s*|\s+och\s+", m.group(group) or "") if n.strip()]
        yes, no = int(m.group("yes")), int(m.group("no"))
        blank = int(m.group("blank")) if m.group("blank") else None
        listed = [sum(v.vote == c for v in voters) for c in (VoteChoice.JA, VoteChoice.NEJ)]
        verified = not voters or listed == [yes, no]
        prop = PROPOSITION.search(text[:m.start()])
        out.append(Vote(prop.group(0) if prop else "", yes, no, blank, tuple(voters), verified,
                        page, m.group(0)))
    return out


def _roll_vote(m: re.Match[str], text: str, page: int | None) -> Vote:
    voters = [Voter(n.strip(), None, choice)
              for group, choice in (("yes", VoteChoice.JA), ("no", VoteChoice.NEJ),
                                    ("blank", VoteChoice.AVSTAR))
              for n in re.split(r"\s*,\s*|\s+och\s+", m.group(group) or "") if n.strip()]
    counts = [int(m.group(k)) if m.group(k) else None for k in ("ny", "nn", "nb")]
    listed = [sum(v.vote == c for v in voters) for c in (VoteChoice.JA, VoteChoice.NEJ)]
    prop = PROPOSITION.search(text[:m.start()])
    return Vote(prop.group(0) if prop else "", counts[0], counts[1], counts[2] or 0,
                tuple(voters), listed == counts[:2], page, m.group(0))


def reservations(text: str, page: int | None = None) -> list[Reservation]:
    """Reservations and dissents; members who join one (`anslöt sig till reservationen`) with it."""
    out = [Reservation(ms, m.group(0), page) for m in RESERVED.finditer(text)
           if (ms := _members(m.group("who") or m.group("who2") or m.group("who3")))]
    for m in JOINED.finditer(text):
        if out:
            last = out[-1]
            added = tuple(x for x in _members(m.group("who")) if x not in last.members)
            out[-1] = Reservation(last.members + added, f"{last.text} {m.group(0)}.", page)
    return out


def statements(text: str, page: int | None = None) -> list[Statement]:
    """Jäv (`X anmälde jäv …`, `Jäv: A (…) och B (…) deltog inte …`) and protokollsanteckningar."""
    found = [(StatementKind.JAV, m.group(0), _members(m.group("who"))) for m in JAV.finditer(text)]
    found += [(StatementKind.JAV, m.group(0), _members(re.sub(r"\([^)]*\)", "", m.group("who"))))
              for m in JAV_LIST.finditer(text)]
    found += [(StatementKind.JAV, m.group(0), _members(m.group("who")))
              for m in JAV_LATE.finditer(text)]
    found += [(StatementKind.PROTOKOLLSANTECKNING, m.group(0), _members(m.group("who")))
              for m in NOTE.finditer(text)]
    return [Statement(kind, ms, t, page) for kind, t, ms in found if ms]


def without_procedure(text: str) -> str:
    """A decision's text without the sentences that tell of its procedure."""
    sentences = re.split(r"(?<=[.)])\s+(?=[A-ZÅÄÖ])", text)
    return " ".join(s for s in sentences if not PROCEDURE.search(s))
