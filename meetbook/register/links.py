"""The link pass's own SQL: the best score per item and target, restored programmes written."""
from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from meetbook.model import Program
from meetbook.register import write

BEST_SCORES = """
SELECT f.name, i.number, l.target, max(l.score) FROM links l
JOIN decisions d ON d.id = l.decision_id JOIN items i ON i.id = d.item_id
JOIN meetings m ON m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256
GROUP BY 1, 2, 3
"""


def best_scores(db: sqlite_utils.Database) -> list[tuple[str, str, str, float]]:
    """(file name, item number, target, the best score among the item's decisions)."""
    return [tuple(r) for r in db.execute(BEST_SCORES).fetchall()]  # type: ignore[misc]


def write_restored_programs(db: sqlite_utils.Database,
                            restored: Iterable[tuple[str, Program]]) -> None:
    """Each (sha256, programme with restored titles) written in one transaction."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        for sha, program in restored:
            write.write_restored(db, sha, program)
