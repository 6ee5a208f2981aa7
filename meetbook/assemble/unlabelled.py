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

from meetbook.extract import clauses
from meetbook.lexicon import bodies
from meetbook.lexicon.phrases import alternatives
from meetbook.lexicon.sentences import sentences
from meetbook.model import Clause, Line

# the body deciding, as the sentence's subject: "Nämnden utser", "Kommunstyrelsen beslutar att"
ACTIVE = re.compile(rf"^(?:{bodies.NAME})\s+(?:{alternatives('decide', 'present')})\b",
                    re.IGNORECASE)
# what is decided, with the passive as the main verb: "Dagordningen godkänns", "Till ny ersättare
# i skolrådet efter X väljs Y"
PASSIVE = re.compile(rf"\b(?:{alternatives('decide', 'passive')})\b", re.IGNORECASE)
# words that open a subordinate clause or a report before the verb: a passive after them is not
# the sentence's main verb ("Förvaltningen föreslår att ramen utökas", "… som godkänns av …")
SUBORDINATE = re.compile(r"\b(?:att|som|om|när|eftersom|innan|där|vilket|vilken|då|sedan|har|"
                         r"hade|föreslår|föreslog|anser|yrkar|yrkade|begär|begärt|kan|ska|skall|"
                         r"bör|måste)\b", re.IGNORECASE)


def decides(text: str) -> bool:
    """Whether a printed paragraph opens with a decision sentence."""
    said = sentences(text.strip(), stops=".", capital=False, quotes=False)
    first = said[0] if said else text.strip()
    if ACTIVE.match(first):
        return True
    m = PASSIVE.search(first)
    if m is None or m.start() >= 160:
        return False
    # a passive with its agent tells what someone did ("… behandlas av kommunalrådet X")
    return not SUBORDINATE.search(first[:m.start()]) and not re.match(r"\s+av\b", first[m.end():])


def unlabelled_points(lines: Sequence[Line]) -> list[Clause]:
    """The points of the decision a § prints under no label: the first run of its printed
    paragraphs that each open with a decision sentence ([] when none does)."""
    found = [c for chunk in _chunks(lines)
             for c in clauses.clauses(clauses.Block("", tuple(chunk), chunk[0].page))]
    # "Nämnden beslutar" / "att …" / "att …": the lead is no point, the points under it are
    led = any(ACTIVE.match(ln.text.strip()) and not ln.text.rstrip().endswith(".")
              for ln in lines)
    run: list[Clause] = []
    for c in found:
        if (c.number is None and decides(c.text)) or \
                (led and (c.number is not None or clauses.ATT.match(c.text))):
            run.append(c)
        elif run:
            break
    return run


def _chunks(lines: Sequence[Line]) -> list[list[Line]]:
    """The lines cut at subheadings, which go, and before each line that opens a decision
    sentence after a list's item or a finished sentence ("– Anställning av förskolechef,
    2026-11-16, förvaltningschef" / "Nämnden lägger redovisningen till handlingarna."): a list
    runs on into no decision."""
    out: list[list[Line]] = []
    cut = True
    for ln in lines:
        if clauses.is_heading(ln):  # a subheading ("Debatt", "Ärendet") is no point's text
            cut = True
            continue
        prev = out[-1][-1].text.strip() if out and not cut else ""
        text = ln.text.strip()
        opens = text[:1].isupper() and ACTIVE.match(text) and \
            (prev.endswith((".", ":", ";")) or clauses.BULLET.match(prev)
             or clauses.NUMBERED.match(prev))
        if cut or opens:
            out.append([ln])
            cut = False
        else:
            out[-1].append(ln)
    return out
