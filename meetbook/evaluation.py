"""Scoring the link pass against a hand-annotated gold set (JSON lines).

Each gold line: {"item": "<file stem>/<item number>", "target": "1.3", "relevant": true}.
An item counts as linked to a target when any of its decisions has a link with score ≥ 0.5.
"""
from __future__ import annotations

import json
from pathlib import Path

THRESHOLD = 0.5


def load_gold(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _item_key(file: str, number: str) -> str:
    return f"{Path(file).stem}/{number}"


def _matches(gold_item: str, key: str) -> bool:
    g_file, _, g_num = gold_item.partition("/")
    k_file, _, k_num = key.partition("/")
    return g_num.replace("§", "").strip() == k_num.replace("§", "").strip() and \
        k_file.startswith(g_file)


def predicted(db) -> dict[tuple[str, str], float]:
    """(item key, target) → the best link score among the item's decisions."""
    rows = db.execute(
        "SELECT f.name, i.number, l.target, max(l.score) FROM links l JOIN decisions d ON "
        "d.id = l.decision_id JOIN items i ON i.id = d.item_id JOIN meetings m ON "
        "m.id = i.meeting_id JOIN files f ON f.sha256 = m.sha256 GROUP BY 1, 2, 3").fetchall()
    return {(_item_key(f, n), t): s for f, n, t, s in rows}


def evaluate(db, gold_path: str | Path) -> dict:
    """Precision, recall and F1 at the threshold, over the gold set's (item, target) pairs."""
    from meetbook import link

    pred = predicted(db)
    keyed = {}
    for g in load_gold(gold_path):
        keyed[(g["item"], g["target"])] = max(
            (s for (k, t), s in pred.items() if t == g["target"] and _matches(g["item"], k)),
            default=0.0)
    return link.evaluate(gold_path, keyed, THRESHOLD)
