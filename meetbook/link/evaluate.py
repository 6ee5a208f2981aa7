"""Scoring the link pass against a hand-annotated gold set (JSON lines, pure but for the
register's best scores).

Each gold line: {"item": "<file stem>/<item number>", "target": "1.3", "relevant": true}.
An item counts as linked to a target when any of its decisions has a link scoring THRESHOLD
or more.
"""
from __future__ import annotations

import json
from pathlib import Path

from meetbook.errors import MeetbookError
from meetbook.link import THRESHOLD


def load_gold(path: str | Path) -> list[dict]:
    """The gold set's lines, each an object with item, target and relevant."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            raise MeetbookError(f"{path}:{n}: not JSON ({e.msg})") from None
        if not (isinstance(g, dict) and {"item", "target", "relevant"} <= g.keys()):
            raise MeetbookError(f"{path}:{n}: a gold line needs item, target and relevant")
        out.append(g)
    return out


def evaluate(db, gold_path: str | Path, threshold: float = THRESHOLD) -> dict:
    """Precision, recall and F1 at the threshold, over the gold set's (item, target) pairs."""
    from meetbook.register.links import best_scores

    pred = {(_item_key(f, n), t): s for f, n, t, s in best_scores(db)}
    keyed = {}
    gold = load_gold(gold_path)
    for g in gold:
        keyed[(g["item"], g["target"])] = max(
            (s for (k, t), s in pred.items() if t == g["target"] and _matches(g["item"], k)),
            default=0.0)
    return score(gold, keyed, threshold)


def score(gold: list[dict], predicted: dict[tuple[str, str], float],
          threshold: float = THRESHOLD) -> dict[str, float]:
    """Precision, recall and F1 of the predicted (item, target) scores against the gold lines."""
    tp = fp = fn = 0
    for g in gold:
        hit = predicted.get((g["item"], g["target"]), 0.0) >= threshold
        tp += hit and g["relevant"]
        fp += hit and not g["relevant"]
        fn += (not hit) and g["relevant"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def _item_key(file: str, number: str) -> str:
    return f"{Path(file).stem}/{number}"


def _matches(gold_item: str, key: str) -> bool:
    g_file, _, g_num = gold_item.partition("/")
    k_file, _, k_num = key.partition("/")
    return g_num.replace("§", "").strip() == k_num.replace("§", "").strip() and \
        k_file.startswith(g_file)
