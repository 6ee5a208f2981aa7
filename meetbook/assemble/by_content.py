"""A § 's decision found by what it is and where it stands, where no heading says which part it
is (pure).

Minutes in a template no label list holds may print the proposal under a label we know
("Förslag till beslut") and the decision under a heading we do not know, or under none. The
decision is then the § 's last run of paragraphs that decide for its body: the body deciding in
the present or the past ("Socialnämnden beslutar att …", "Efter överläggning beslutar nämnden
att …", "Nämnden beslöt att …"), what it decides in the passive ("Informationen läggs till
handlingarna."), after the proposals and the procedure. None is the proposal's own wording (the
first run of a proposal's block: "Kommunstyrelsen föreslår kommunfullmäktige besluta att …"
under "Förslag till beslut"), an earlier meeting's decision ("Kommunstyrelsen beslutade
2026-03-02 § 41 att …": a date, a § or an earlier time), another body's, or procedure
("Ordföranden ställer proposition …"). Where no paragraph decides, the decision is the § 's last
run of att-satser that is no proposal's first ("att bevilja …" under a heading no list holds).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from meetbook.assemble.bodies import resolve_body
from meetbook.assemble.unlabelled import ACTED, ACTIVE, PAST, unlabelled_lines
from meetbook.extract.clauses import ATT, INTRO, Block
from meetbook.lexicon import bodies
from meetbook.model import Line


def decided_lines(lines: Sequence[Line], proposals: Sequence[Block], body: str | None,
                  others: Sequence[Block] = ()) -> tuple[Line, ...]:
    """The lines of the § 's last run of deciding paragraphs for `body`, outside the first run of
    each proposal's block and the blocks of `others` (decisions labelled as another body's or an
    earlier meeting's); runs in the present first, in the past where none is, else the last run of
    att-satser that is no proposal's first; () for none."""
    theirs = {id(ln) for b in others for ln in b.lines}
    theirs |= {id(ln) for b in proposals for ln in unlabelled_lines(b.lines)}
    theirs |= {id(ln) for b in proposals for ln in unlabelled_lines(b.lines, past=True, body=body)}
    for past in (False, True):
        runs = [r for r in _runs(lines, past, body)
                if not any(id(ln) in theirs for ln in r) and _for_body(r, body)]
        if runs:
            return runs[-1]
    theirs |= {id(g[0]) for b in proposals for g in _att_groups(b.lines)[:1]}
    groups = [g for g in _att_groups(lines) if id(g[0]) not in theirs]
    return groups[-1] if groups else ()


def _att_groups(lines: Sequence[Line]) -> list[tuple[Line, ...]]:
    """The runs of att-satser in the lines ("att bevilja …," / "att …"), each with the body's lead
    over it and the lines it wraps onto, up to a line that opens a sentence of its own."""
    out: list[list[Line]] = []
    open_ = False
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if ATT.match(text):
            if not open_:  # with the body's lead over it ("Kommunstyrelsen föreslår … besluta")
                lead = lines[k - 1] if k and INTRO.match(lines[k - 1].text.strip()) else None
                out.append([lead] if lead is not None else [])
            out[-1].append(ln)
            open_ = True
        elif open_ and text[:1].islower():
            out[-1].append(ln)  # the att-sats wraps onto the line
        else:
            open_ = False
    return [tuple(g) for g in out]


def _runs(lines: Sequence[Line], past: bool, body: str | None) -> list[tuple[Line, ...]]:
    """Every run of deciding paragraphs in the lines, in order."""
    out: list[tuple[Line, ...]] = []
    rest = list(lines)
    while rest:
        run = unlabelled_lines(rest, past=past, body=body)
        if not run:
            break
        out.append(run)
        rest = rest[rest.index(run[-1]) + 1:]
    return out


def _for_body(run: Sequence[Line], body: str | None) -> bool:
    """Whether a run decides for the body: its subject, where it names one, is that body or a
    word for it ("Nämnden"), not another body ("Kommunfullmäktige beslutar …" in the styrelse's
    minutes may be what it proposes, which its lead then says)."""
    text = run[0].text.strip()
    m = ACTIVE.match(text) or PAST.match(text) or ACTED.match(text)
    if m is None or body is None:
        return True
    said = _subject(m.group(0))
    return said is None or resolve_body(said, body) == body


def _subject(opening: str) -> str | None:
    """The body an opening names as its subject ("Socialnämnden beslutar" gives "Socialnämnden";
    "Efter överläggning beslutar nämnden" gives "nämnden"): its last body word."""
    found = [m.group(0) for m in re.finditer(bodies.WORD, opening)]
    return found[-1] if found else None
