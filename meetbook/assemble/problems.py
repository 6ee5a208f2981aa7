"""A meeting's problems (pure): what the parse could not read, or read only by inference, in
one list for the import, `meetbook sources` and the export.

They come from the parsed meeting itself (decisions without a body or date, votes whose
voters do not add up, §§ without a title or titled from elsewhere) and from what segment read
beside it (the §§ a protocol's contents list). Each names its §, so that an auditor finds it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from meetbook.model import (
    Decision,
    DecisionKind,
    Item,
    Meeting,
    Problem,
    ProblemKind,
    Vote,
    VoteChoice,
)
from meetbook.segment.agenda import AgendaEntry, number_of


def meeting_problems(meeting: Meeting, listed: Sequence[AgendaEntry] = ()) -> tuple[Problem, ...]:
    """The meeting's problems in the order of its items; listed: the entries of a protocol's
    contents or agenda, whose §§ the file should hold."""
    out = list(_missing_paragraphs(meeting.items, listed))
    for item in meeting.items:
        out += _title_problems(item)
        for d in item.decisions:
            out += _decision_problems(item, d)
    return tuple(out)


def _missing_paragraphs(items: Sequence[Item], listed: Sequence[AgendaEntry]
                        ) -> Iterable[Problem]:
    """The §§ the contents list that no item of the file is: a partial download."""
    held = {number_of(i.number) for i in items if i.number}
    missing = [(n, e) for e in listed if (n := number_of(e.number)) is not None and n not in held]
    if not missing:
        return []
    numbers = [n for n, _ in missing]
    where = "contents" if any(e.page_ref for _, e in missing) else "agenda"
    text = (f"the {where} list {_paragraphs(numbers)}, which the file does not hold "
            f"(an excerpt or a partial download?)")
    return [Problem(ProblemKind.MISSING_PARAGRAPHS, text, missing[0][1].page)]


def _paragraphs(numbers: Sequence[int]) -> str:
    """§§ as people write them: "§ 36", "§§ 36–41", "§§ 12, 14–15"."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    return f"§ {parts[0]}" if len(numbers) == 1 else f"§§ {', '.join(parts)}"


def _title_problems(item: Item) -> list[Problem]:
    page = item.pages[0] if item.pages else None
    if item.title_as_printed is not None:
        return [Problem(ProblemKind.GUESSED_TITLE,
                        f"{item.number}: title '{item.title}' taken from the contents; the "
                        f"heading reads '{item.title_as_printed}'", page)]
    if not item.title and item.number:
        return [Problem(ProblemKind.NO_TITLE, f"{item.number}: no title found", page)]
    return []


def _decision_problems(item: Item, d: Decision) -> list[Problem]:
    out = []
    missing = [what for what, value in (("body", d.body), ("date", d.date))
               if value is None and (what == "body" or d.kind == DecisionKind.BESLUT)]
    if missing:
        out.append(Problem(ProblemKind.INCOMPLETE_DECISION,
                           f"{_where(item)}: a {d.kind.value} {_of(d)}without "
                           f"{' or '.join(missing)}", d.page))
    out += [_vote_problem(item, d, k, v) for k, v in enumerate(d.votes, 1) if not v.verified]
    return out


def _where(item: Item) -> str:
    return item.number or f"'{item.title}'"


def _of(d: Decision) -> str:
    return f"of {d.body} " if d.body else ""


def _vote_problem(item: Item, d: Decision, k: int, v: Vote) -> Problem:
    """A vote whose voters do not add up to the counts it prints, with both."""
    listed = Counter(x.vote for x in v.voters)
    counts = ", ".join(f"{n} {c.value}" for c, n in ((VoteChoice.JA, v.yes), (VoteChoice.NEJ, v.no),
                                                      (VoteChoice.AVSTAR, v.abstain)) if n is not None)
    voters = ", ".join(f"{listed[c]} {c.value}" for c in VoteChoice if listed[c])
    which = f"vote {k}" if len(d.votes) > 1 else "a vote"
    return Problem(ProblemKind.UNVERIFIED_VOTE,
                   f"{_where(item)}: {which} counts {counts or 'nothing'}, but its listed voters "
                   f"are {voters or 'none'}", v.page or d.page)
