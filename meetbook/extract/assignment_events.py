"""Uppdrag given earlier, as later decisions cite them, and deadlines of new ones (pure).

A decision cites an earlier uppdrag by the decision that gave it and says what becomes of it:

    Redovisning av kommunstyrelsens uppdrag 2018-05-23 § 492 till socialnämnd Centrum
    (dåvarande Social resursnämnd), att lämna förslag till ny plan …, antecknas och förklaras
    fullgjort.
    Kommunfullmäktiges uppdrag till trafiknämnden 2020-12-10 § 16, punkt 4, att återkomma …,
    förklaras fullgjort.
    Ansvaret för kommunstyrelsens uppdrag 2019-04-10 § 254 till stadsledningskontoret att
    samordna … övergår till exploateringsnämnden.
    … förklarar uppdraget, som lämnades av kommunfullmäktige 16 juni 2020, § 72, för avslutat.

Each such sentence gives one event per uppdrag it cites (several in one sentence, "punkterna
2–3" two). A decision that gives an uppdrag may set when it is to be reported ("senast 30
september 2025", "återrapporteras till kommunstyrelsen i mars 2025"): that is its deadline.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from meetbook.bodies import abbreviations, body_name
from meetbook.dates import MONTHS, find_dates
from meetbook.lexicon import bodies
from meetbook.model import (
    Assignment,
    AssignmentEvent,
    AssignmentEventKind,
    AssignmentRef,
    Clause,
    Decision,
    Meeting,
)

MONTH = "|".join(MONTHS)
# "2018-05-23", "den 16 juni 2020", "23.5.2018"
DATE = (r"(?:\d{4}-\d{2}-\d{2}|(?:den\s+)?\d{1,2}\s+(?:" + MONTH + r")\s+\d{4}|"
        r"\d{1,2}\.\d{1,2}\.\d{4})")
# "KS", "KF:s", "kommunstyrelsen", "kommunfullmäktiges", "socialnämnd Centrum"
BODY = (r"(?:(?-i:[A-ZÅÄÖ]{2,6})(?::s)?|[\wåäö\-]*(?:fullmäktige|styrelse|nämnd|utskott|beredning)"
        r"\w*(?:\s+[A-ZÅÄÖ][\wåäö]+)?)")
POINT_WORD = r"(?:punkt(?:erna|en)?|p\.?|att-?sats(?:erna|en)?|beslutspunkt(?:erna|en)?)"
# "2 och 3", "2–3", "1, 2 och 4"
NUMBERS = r"\d{1,3}(?:\s*(?:[-–]|,|och|samt)\s*\d{1,3})*"
# "kommunfullmäktige 2024-03-21, § 109 punkt 21", "2024-06-19, § 265", "16 juni 2020, § 72",
# "2022-06-09 § 32, punkt 2", "KS 2018-05-23 §492", Finland-Swedish "2022-09-05 186 §"
REF = re.compile(
    r"(?:(?P<body>" + BODY + r")\s+(?:beslut\s+)?)?(?P<date>" + DATE + r")\s*,?\s*"
    r"(?:§§?\s*(?P<par>\d{1,4})|(?P<par2>\d{1,4})\s*§)"
    r"(?P<points>\s*,?\s*" + POINT_WORD + r"\s*" + NUMBERS + r")?", re.IGNORECASE)
# between an uppdrag and the decision that gave it: "givet", "som lämnades av", "från",
# "enligt", "i … beslut", or its assignee first ("uppdrag till trafiknämnden 2020-12-10 § 16")
LEAD = re.compile(
    r"[\s,]*(?:(?:som\s+)?(?:givet|givits|gavs|lämnat|lämnades|lämnats|beslutat|beslutades)"
    r"\s+(?:av\s+|i\s+)?|från\s+|enligt\s+|i\s+|av\s+|\(\s*)?"
    r"(?:till\s+(?P<who>[^,§\d()]{2,80}?(?:\s*\([^)]*\))?)\s*,?\s+(?=(?:" + BODY + r"\s+)?"
    + DATE + r"))?", re.IGNORECASE)
# "givet i budget 2023," where no decision is cited
GIVEN_IN = re.compile(r"[\s,]*(?:givet|givna|lämnat|lämnade|beslutat)\s+i\s+[^,]{2,60}?\s*,\s*",
                      re.IGNORECASE)
JOIN = re.compile(r"\s*(?:,|och|samt|respektive)\s*", re.IGNORECASE)
# the uppdrag word; "i uppdrag att" gives one, "uppdraget som ledamot" is a seat
UPPDRAG = re.compile(r"\b(?<!i\s)uppdrag(?:et|en|s)?\b(?!\s+som\s+(?:ledamot|"
                     r"ersättare|ordförande|vice|revisor|nämndeman|ombud|ledamöter|suppleant|"
                     r"politisk|förtroendevald))", re.IGNORECASE)
# the genitive before it: "kommunstyrelsens uppdrag", "KF:s uppdrag", "KS uppdrag",
# "socialnämndens uppdrag"
GENITIVE = re.compile(rf"(?<![\w\-])(?P<gen>(?-i:[A-ZÅÄÖ]{{2,6}})(?::s)?|{bodies.GENITIVE_WORD})\s+$",
                      re.IGNORECASE)
# "till socialnämnd Centrum (dåvarande Social resursnämnd), att …" after the reference
ASSIGNEE = re.compile(
    r"^\s*,?\s*till\s+(?P<who>[^,()]{2,80}?(?:\s*\([^)]*\))?)(?=\s*,|\s+att\b|\s+inom\b|"
    r"\s+om\b|\s+avseende\b|\s+gällande\b|\s+angående\b|\s+rörande\b|\s+för\s+att\b|\s*$|"
    r"\s+(?:antecknas|förklaras|anses|avslutas|upphävs|upphör|övergår|förlängs|ändras|"
    r"godkänns))", re.IGNORECASE)
# "att miljö- och klimatnämnden får i uppdrag att …" as the task of a cited uppdrag
TASK_ASSIGNEE = re.compile(r"^att\s+(?P<who>[\wåäö\-&, ]{2,120}?)\s+(?:får|ges|fick|gavs)\s+"
                           r"i\s+uppdrag\b", re.IGNORECASE)
# where the cited uppdrag ends and what the decision does with it begins
VERB_PHRASE = re.compile(
    r"[\s,]+(?:(?:antecknas|noteras|godkänns|läggs\s+till\s+handlingarna|förklaras|anses|"
    r"avslutas|upphävs|upphör|återkallas|avskrivs|förlängs|ändras|justeras|övergår|överförs|"
    r"flyttas|utökas|tas\s+emot|är\s+(?:därmed\s+)?(?:fullgjor|slutför|avslut)\w*)|"
    r"och\s+(?:förklarar|anser|avslutar|upphäver|förlänger|ändrar|lägger|noterar|antecknar)"
    r"|samt\s+(?:förklarar|anser|avslutar)|för\s+(?:fullgjor|slutför|avslut|genomför)\w*)\b",
    re.IGNORECASE)
# a report on an uppdrag, as the subject or object of the sentence
REPORT = re.compile(r"\b(?:(?:del|slut|läges)?redovisning\w*|(?:del|slut|läges)?rapport\w*|"
                    r"(?:del)?återrapportering\w*|redovisa[dt]\w*|uppföljning\w*)", re.IGNORECASE)
PARTIAL = re.compile(r"\b(?:delredovisning|delrapport|lägesrapport|lägesredovisning|"
                     r"delåterrapportering|delredovisa)\w*", re.IGNORECASE)
DONE = r"(?:fullgjor[dt]a?|slutför[dt]a?|avslutade?|avslutat|genomför[dt]a?|färdigställ[dt]a?)"
EVENTS: tuple[tuple[AssignmentEventKind, re.Pattern[str]], ...] = (
    # "upphävs", "återkallas", "Kommunfullmäktiges uppdrag … upphör att gälla"
    (AssignmentEventKind.UPPHAVT, re.compile(
        r"\b(?:upphävs|upphäver|upphör|återkallas|återkallar|avskrivs|avbryts|dras\s+tillbaka)"
        r"\b", re.IGNORECASE)),
    # "förklaras fullgjort", "förklarar uppdraget, som …, för avslutat", "anses slutfört",
    # "avslutas", "är därmed fullgjort"
    (AssignmentEventKind.FULLGJORT, re.compile(
        r"\bförklara[rs]?\b[^.;]{0,240}?\b(?:för\s+)?" + DONE + r"\b|\bans[eå]s?\b[^.;]{0,40}?\b"
        r"(?:" + DONE + r"|besvarat|klart)\b|\bavslutas\b|\bavslutar\b|\bär\s+(?:därmed\s+)?"
        + DONE + r"\b", re.IGNORECASE)),
    # "förlängs till den 31 december 2025", "ny tidpunkt för redovisning", "senareläggs"
    (AssignmentEventKind.FORLANGT, re.compile(
        r"\bförläng(?:s|er|es|ts)\b|\bny\s+tidpunkt\b|\bsenarelägg(?:s|er)\b|"
        r"\bskjuts\s+upp\b|\bi\s+stället\b", re.IGNORECASE)),
    # "ändras", "Ansvaret för … övergår till exploateringsnämnden", "utökas"
    (AssignmentEventKind.ANDRAT, re.compile(
        r"\b(?:ändras|ändrar|justeras|omformuleras|utökas|revideras|preciseras|"
        r"(?:övergår|överförs|flyttas)\s+till)\b", re.IGNORECASE)),
    # "Redovisning av … antecknas", "redovisningen godkänns", "godkänner återrapporteringen"
    (AssignmentEventKind.REDOVISAT, re.compile(
        r"\b(?:antecknas|noteras|godkänns|läggs\s+till\s+handlingarna|tas\s+emot|antecknar|"
        r"noterar|godkänner|tar\s+emot|lägger\b[^.;]{0,120}\btill\s+handlingarna)\b",
        re.IGNORECASE)),
)
# "ska justeras", "kan förlängas", "bör inte ändras": what is to be done, not what is decided
MODAL = re.compile(r"\b(?:ska|skall|kan|bör|måste|kommer\s+att)\s+(?:inte\s+|även\s+|också\s+|"
                   r"därefter\s+|sedan\s+)?(?!anses|förklaras)[\wåäö]+", re.IGNORECASE)
# "Ansvaret för … övergår till exploateringsnämnden."
NEW_ASSIGNEE = re.compile(r"\b(?:övergår|överförs|flyttas)\s+till\s+(?P<who>[^,.;]{2,80}?)"
                          r"\s*(?:[,.;]|$)", re.IGNORECASE)
# a sentence ends at a word's full stop, not at "p. 21", "f.d." or "2 kap. 11 §"
SENTENCE = re.compile(r"(?<=[\wåäö)”\"]{2}[.;])\s+(?=[A-ZÅÄÖ])")
# "får uppdraget att", "ger nämnden uppdraget att": an uppdrag given, not cited
GIVING = re.compile(r"\b(?:får|ges|ger|fick|gavs|gav)\s+(?:[\wåäö\-]+\s+){0,3}$", re.IGNORECASE)

# a deadline: "senast 30 september 2025", "senast i juni 2025", "under oktober 2025",
# "senast 2026-03-31", "under våren 2026", "före utgången av 2025", "första kvartalet 2026";
# not "till och med 2030", which is how far a plan reaches
SEASONS = {"våren": 6, "sommaren": 8, "hösten": 12}
QUARTERS = {"första": 3, "andra": 6, "tredje": 9, "fjärde": 12}
PERIOD = (r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + MONTH + r")\s+\d{4}|(?:" + MONTH +
          r")(?:\s+månad)?\s+(?:år\s+)?\d{4}|(?:" + "|".join(SEASONS) + r")\s+\d{4}|"
          r"(?:" + "|".join(QUARTERS) + r")\s+kvartalet\s+(?:år\s+)?\d{4}|"
          r"(?:utgången\s+av\s+)?(?:år\s+)?\d{4}(?![\d/-])(?!\s+års\b))")
DEADLINE = re.compile(
    r"\b(?:senast|före\s+utgången\s+av|"
    r"(?:redovis|återrapporter|rapporter|återkomm|presenter|förläng|senarelägg)\w*\b[^.;]{0,120}?"
    r"\b(?:senast|i|under|till|vid|före))\s+(?:den\s+|i\s+|under\s+|vid\s+|till\s+)?"
    r"(?P<when>" + PERIOD + r")", re.IGNORECASE)
# "Uppdraget ska återrapporteras till kommunstyrelsen senast den 31 mars 2026." on its own
ABOUT_THE_UPPDRAG = re.compile(r"^(?:uppdraget|uppdragen|återrapportering|redovisning)\b",
                               re.IGNORECASE)
# "Uppdragen i punkterna 1–3 ska redovisas …", "Uppdraget enligt punkt 2 återrapporteras …"
NAMED_POINTS = re.compile(r"^uppdrag(?:et|en)\s+(?:i|enligt)\s+(?P<points>" + POINT_WORD +
                          r"\s*" + NUMBERS + r")", re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    """Where a sentence cites uppdrag: the refs, the assignee and task as printed."""

    refs: tuple[AssignmentRef, ...]
    assignee: str | None
    task: str | None


# ------------------------------------------------------------------ deadlines


def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def period_end(when: str) -> str | None:
    """The last day of a period as printed: "30 september 2025" → 2025-09-30, "mars 2025" →
    2025-03-31, "hösten 2026" → 2026-12-31, "första kvartalet 2026" → 2026-03-31, "2025" →
    2025-12-31."""
    w = " ".join(when.lower().split())
    exact = find_dates(w)
    if exact:
        return exact[0][1]
    year = re.search(r"\d{4}", w)
    if not year:
        return None
    y = int(year.group())
    first = w.split()[0]
    month = MONTHS.get(first) or SEASONS.get(first) or QUARTERS.get(first) or 12
    return _last_day(y, month) if 1900 < y < 2200 else None


def deadline(text: str) -> tuple[str, str] | None:
    """(last day, phrase as printed) of the latest deadline the text sets for reporting."""
    found = []
    for m in DEADLINE.finditer(text):
        day = period_end(m.group("when"))
        if day:
            phrase = re.search(r"(?:senast|före|till och med|i|under|till|vid)\s+(?:den\s+|i\s+|"
                               r"under\s+)?" + re.escape(m.group("when")) + "$", m.group(0),
                               re.IGNORECASE)
            found.append((day, " ".join((phrase.group(0) if phrase else m.group("when")).split())))
    return max(found) if found else None


def with_deadlines(assignments: Sequence[Assignment], clauses: Sequence[Clause],
                   decided: str | None = None) -> tuple[Assignment, ...]:
    """The uppdrag with the deadline their clause sets, or a following clause about "Uppdraget"
    that gives no uppdrag of its own ("Uppdraget ska återrapporteras … senast den 31 mars
    2026."). A date before the decision (decided) is what to report on, not a deadline."""
    out = list(assignments)
    named = _deadlines_by_point(clauses)
    for n, a in enumerate(out):
        found = deadline(a.text) or named.get(a.clause)
        if found is None:
            found = _deadline_after(a, out[n + 1:], clauses)
        if found and not (decided and found[0] < decided):
            out[n] = replace(a, due=found[0], due_text=found[1])
    return tuple(out)


def _deadlines_by_point(clauses: Sequence[Clause]) -> dict[int | None, tuple[str, str]]:
    """{punkt: deadline} from sentences on uppdrag they name ("Uppdragen i punkterna 1–3 ska
    redovisas till kommunstyrelsen senast den 31 oktober 2025.")."""
    out: dict[int | None, tuple[str, str]] = {}
    for c in clauses:
        for sentence in SENTENCE.split(c.text):
            named = NAMED_POINTS.match(sentence.strip())
            found = deadline(sentence) if named else None
            if named and found:
                out.update(dict.fromkeys(points(named.group("points")), found))
    out.pop(None, None)
    return out


def _deadline_after(a: Assignment, later: Sequence[Assignment], clauses: Sequence[Clause]
                    ) -> tuple[str, str] | None:
    texts = [c.text for c in clauses]
    if a.text not in texts:
        return None
    for text in texts[texts.index(a.text) + 1:]:
        if any(b.text == text for b in later):
            return None  # the next uppdrag's clause: its deadline is its own
        for sentence in SENTENCE.split(text):
            if ABOUT_THE_UPPDRAG.match(sentence.strip()):
                found = deadline(sentence)
                if found:
                    return found
    return None


# ------------------------------------------------------------------ references


def points(text: str | None) -> list[int | None]:
    """The punkter a reference names: "punkt 21" [21], "punkterna 2–3" [2, 3], none [None]."""
    if not text:
        return [None]
    out: list[int] = []
    for part in re.split(r"\s*(?:,|och|samt)\s*", re.sub(POINT_WORD, "", text, flags=re.I)):
        rng = re.match(r"\s*(\d+)\s*[-–]\s*(\d+)", part)
        if rng and 0 <= int(rng.group(2)) - int(rng.group(1)) < 50:
            out += range(int(rng.group(1)), int(rng.group(2)) + 1)
        elif part.strip().isdigit():
            out.append(int(part))
    return list(dict.fromkeys(out)) or [None]


def _refs(m: re.Match, body: str | None, municipality: str | None) -> list[AssignmentRef]:
    date = find_dates(m.group("date"))
    par = int(m.group("par") or m.group("par2"))
    said = body_name(m.group("body"), municipality) if m.group("body") else body
    return [AssignmentRef(said, date[0][1] if date else None, par, p)
            for p in points(m.group("points"))]


def _cited_refs(text: str, start: int, body: str | None, municipality: str | None
                ) -> tuple[list[AssignmentRef], str | None, int]:
    """The decisions cited from start: their refs, an assignee printed before them, the end."""
    lead = LEAD.match(text, start)
    pos = lead.end() if lead else start
    who = lead.group("who") if lead else None
    m = REF.match(text, pos)
    if not m:
        given = GIVEN_IN.match(text, start)
        return [], None, given.end() if given else start
    refs: list[AssignmentRef] = []
    while m:
        refs += _refs(m, body, municipality)
        body = refs[-1].body
        end = m.end()
        join = JOIN.match(text, end)
        m = REF.match(text, join.end()) if join and join.end() > end else None
    return refs, (who.strip() if who else None), end


def _anchors(text: str) -> list[re.Match]:
    """The uppdrag words that cite an uppdrag, not those that give one or name a seat."""
    return [m for m in UPPDRAG.finditer(text) if not GIVING.search(text[:m.start()])]


def citations(sentence: str, municipality: str | None = None) -> list[Citation]:
    """The uppdrag a sentence cites: each with the decision(s) that gave it, the assignee and
    the task as printed; an uppdrag cited without a decision has no refs' date or §."""
    out: list[Citation] = []
    anchors = _anchors(sentence)
    taken = 0
    for n, anchor in enumerate(anchors):
        if anchor.start() < taken:
            continue
        body = _genitive_body(sentence[:anchor.start()], municipality)
        refs, who, end = _cited_refs(sentence, anchor.end(), body, municipality)
        if not refs:
            refs = [AssignmentRef(body, None, None, None)]
        limit = _chain_end(sentence, end, anchors[n + 1]) if n + 1 < len(anchors) else None
        limit = len(sentence) if limit is None else limit
        after = ASSIGNEE.match(sentence[end:limit])
        if after and not who:
            who, end = after.group("who").strip(), end + after.end()
        task = _task(sentence[end:limit])
        if not who and task:
            inner = TASK_ASSIGNEE.match(task)
            who = inner.group("who").strip() if inner else None
        out.append(Citation(tuple(refs), who, task))
        taken = limit
    return out


# what lies between two citations of one sentence: this one's assignee, "och", the next's
# genitive ("… § 813 till stadsledningskontoret och kommunfullmäktiges uppdrag …")
CHAIN = re.compile(r"(?P<own>(?:[\s,]*till\s+[^,]{2,80}?)?)[\s,]*(?:\b(?:och|samt|respektive)\b)?"
                   r"\s*(?:(?-i:[A-ZÅÄÖ]{2,6}):s|[\wåäö\-]+s)?\s*", re.IGNORECASE)


def _genitive_body(before: str, municipality: str | None) -> str | None:
    """The body whose uppdrag it is, from the words before "uppdrag"; a bare abbreviation
    ("KS uppdrag") only when it is a body's."""
    gen = GENITIVE.search(before)
    if not gen:
        return None
    said = gen.group("gen")
    if said.isupper() and said.upper() not in abbreviations(municipality):
        return None
    return body_name(said, municipality)


def _chain_end(text: str, end: int, nxt: re.Match) -> int | None:
    """Where this citation ends when the next uppdrag word opens a second one rather than
    lying inside this one's task; None when it does not."""
    m = CHAIN.fullmatch(text, end, nxt.start())
    return end + len(m.group("own")) if m else None


def _task(rest: str) -> str | None:
    """The task as printed, up to what the decision does with it."""
    verb = VERB_PHRASE.search(rest)
    task = rest[: verb.start()] if verb else rest
    task = task.strip(" ,.;")
    return task or None


# ------------------------------------------------------------------ events


def event_kinds(sentence: str) -> list[AssignmentEventKind]:
    """What a sentence does with the uppdrag it cites: fullgjort or upphävt alone (they end
    it), else each of förlängt, ändrat and redovisat it says. A verb after a modal ("hur
    taxan ska justeras") tells what the uppdrag is about, not what is decided on it."""
    sentence = MODAL.sub(" ", sentence)
    found = [kind for kind, rx in EVENTS if rx.search(sentence)]
    if AssignmentEventKind.REDOVISAT in found and not REPORT.search(sentence):
        found.remove(AssignmentEventKind.REDOVISAT)  # "godkänns" of something else
    for final in (AssignmentEventKind.UPPHAVT, AssignmentEventKind.FULLGJORT):
        if final in found:
            return [final]
    return found


def _sentence_events(sentence: str, clause: Clause, municipality: str | None
                     ) -> list[AssignmentEvent]:
    kinds = event_kinds(sentence)
    if not kinds:
        return []
    partial = bool(PARTIAL.search(sentence))
    moved = NEW_ASSIGNEE.search(sentence)
    due = deadline(sentence) if AssignmentEventKind.FORLANGT in kinds else None
    text = " ".join(sentence.split())
    return [AssignmentEvent(ref, kind, c.assignee, c.task, text, clause.number, clause.page,
                            partial=partial and kind == AssignmentEventKind.REDOVISAT,
                            due=due[0] if due and kind == AssignmentEventKind.FORLANGT else None,
                            due_text=due[1] if due and kind == AssignmentEventKind.FORLANGT
                            else None,
                            new_assignee=moved.group("who").strip()
                            if moved and kind == AssignmentEventKind.ANDRAT else None)
            for c in citations(sentence, municipality) for ref in c.refs for kind in kinds]


# "Enligt kommunstyrelsens förslag:" before the decided text
ADOPTING = re.compile(r"^(?:enligt|på\s+förslag\s+av)\b[^:]{0,120}:\s*", re.IGNORECASE)


def extract_events(clauses: Sequence[Clause], municipality: str | None = None
                   ) -> list[AssignmentEvent]:
    """Every event on an earlier uppdrag that the clauses state, in order."""
    out: list[AssignmentEvent] = []
    for clause in clauses:
        for sentence in SENTENCE.split(ADOPTING.sub("", clause.text.strip())):
            if UPPDRAG.search(sentence):
                out += _sentence_events(sentence, clause, municipality)
    return out


def with_trail(decision: Decision, municipality: str | None = None) -> Decision:
    """The decision with its uppdrag's deadlines and the events it states on earlier uppdrag."""
    return replace(decision,
                   assignments=with_deadlines(decision.assignments, decision.clauses,
                                              decision.date),
                   assignment_events=tuple(extract_events(decision.clauses, municipality)))


def meeting_with_trail(meeting: Meeting) -> Meeting:
    """The meeting with every decision's deadlines and assignment events read."""
    items = tuple(replace(it, decisions=tuple(with_trail(d, meeting.municipality)
                                              for d in it.decisions))
                  for it in meeting.items)
    return replace(meeting, items=items)


# ------------------------------------------------------------------ a reference as typed

TYPED = re.compile(
    r"^\s*(?P<body>.*?)[\s,]*(?:beslut\s+)?(?:den\s+)?(?P<date>" + DATE + r")\s*,?\s*"
    r"(?:§§?\s*(?P<par>\d{1,4})|(?P<par2>\d{1,4})\s*§)\s*,?\s*"
    r"(?:" + POINT_WORD + r"\s*(?P<point>\d{1,3}))?\s*\.?\s*$", re.IGNORECASE)


def parse_reference(text: str, municipality: str | None = None) -> AssignmentRef | None:
    """A decision as people write it: "KS 2018-05-23 § 492", "kommunstyrelsen 2018-05-23
    §492", "KF 2024-03-21 § 109 punkt 21", "Kommunfullmäktige 2024-03-21, § 109 p. 21"."""
    m = TYPED.match(" ".join(text.split()))
    if not m:
        return None
    date = find_dates(m.group("date"))
    said = re.sub(r"\b(?:beslut|uppdrag(?:et)?|protokoll)\b", "", m.group("body"),
                  flags=re.IGNORECASE).strip(" ,")
    return AssignmentRef(body_name(said, municipality) if said else None,
                         date[0][1] if date else None, int(m.group("par") or m.group("par2")),
                         int(m.group("point")) if m.group("point") else None)
