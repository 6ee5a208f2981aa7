"""The link pass over the register: stored items and programmes → links (orchestration only).

spaCy loads only when a municipality has programmes to link to; SQL stays in meetbook.register.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

from meetbook.model import Link, Program


def in_force(programs: list[tuple[Program, str]], date: str | None) -> list[tuple[Program, str]]:
    """The program versions in force at a meeting date, where their periods tell."""
    if not date:
        return programs
    year = int(date[:4])
    covering = [p for p in programs if p[0].period and p[0].period[0] <= year <= p[0].period[1]]
    if covering:
        return covering
    earlier = [p for p in programs if p[0].period and p[0].period[0] <= year]
    if earlier:
        latest = max(p[0].period[0] for p in earlier)  # type: ignore[index]
        return [p for p in earlier if p[0].period[0] == latest]  # type: ignore[index]
    return [p for p in programs if not p[0].period] or programs


def relink(db, municipality: str, restore: bool = False) -> int:
    """Recompute the links of every decision of a municipality; return how many were linked."""
    from meetbook.register import query, write

    if restore:
        restore_programs(db, municipality)
    programs = query.programs_of(db, municipality)
    decisions = query.decisions_to_link(db, municipality)
    if not decisions:
        return 0
    if not programs:
        write.replace_links(db, {d["id"]: () for d in decisions})
        return 0
    from meetbook.link.scoring import link_items

    nlp = _pipeline()
    # decisions under the same program versions are linked together: the targets are read
    # once, texts go through nlp.pipe in batches, and a text shared by decisions is read once
    groups: dict[tuple[int, ...], tuple[list, list[dict]]] = {}
    for d in decisions:
        chosen = in_force(programs, d["meeting_date"])
        groups.setdefault(tuple(id(p) for p in chosen), (chosen, []))[1].append(d)
    by_decision: dict[str, Sequence[Link]] = {}
    for chosen, group in groups.values():
        linked = link_items(nlp, [(d["id"], d["text"]) for d in group], chosen)
        by_decision.update({d["id"]: links for d, links in zip(group, linked)})
    write.replace_links(db, by_decision)
    return sum(bool(v) for v in by_decision.values())


@functools.cache
def _pipeline():
    """The link pipeline, loaded once per process however many municipalities are linked."""
    from meetbook.link.pipeline import load_pipeline

    return load_pipeline()


def restore_programs(db, municipality: str) -> None:
    """Restore OCR-damaged program titles from the other versions the register holds."""
    from meetbook import program as program_mod
    from meetbook.register import links, query

    stored = query.programs_of(db, municipality, as_printed=True)
    links.write_restored_programs(db, [
        (sha, program_mod.restore_program(p, [o for o, s in stored if s != sha]))
        for p, sha in stored])


def relink_all(db) -> int:
    """Recompute every municipality's links, programmes restored first; how many decisions
    were linked."""
    from meetbook.register import query

    return sum(relink(db, m, restore=True) for m in query.municipalities(db))
