"""Time the auditor's trail at scale: `assignments` (every uppdrag, and filtered) and `trace`
(by register id and by the decision as people write it), in milliseconds.

    python bench/bench_trail.py /tmp/meetbook-bench-register.db [-n 50] [--events 3000]

The register is one `make bench-register` generates. Its uppdrag are given but never cited
later, so the script first adds `--events` citations of randomly chosen uppdrag (reported,
fullgjort, förlängt; some by punkt, some without, some of uppdrag the register does not hold),
as later decisions of the same register would state them. Each call runs in this process on a
register opened as the CLI opens it.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from meetbook.register import open_register, trail  # noqa: E402

EVENTS = ["redovisat", "fullgjort", "förlängt"]


def add_citations(db, n: int, rng: random.Random) -> int:
    """n events on decisions of the register citing uppdrag it holds (or does not)."""
    if db.execute("SELECT count(*) FROM assignment_events").fetchone()[0]:
        return 0
    given = db.execute("SELECT d.body, d.date, d.paragraph, a.clause, a.assignee, a.text "
                       "FROM assignments a JOIN decisions d ON d.id = a.decision_id "
                       "WHERE d.kind = 'beslut' AND d.proposed_to IS NULL").fetchall()
    later = [r[0] for r in db.execute("SELECT id FROM decisions WHERE kind = 'beslut'")]
    rows = []
    for k in range(n):
        body, day, par, clause, who, text = rng.choice(given)
        if k % 10 == 0:  # an uppdrag of a decision the register does not hold
            day, par = f"20{rng.randint(10, 19)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", \
                rng.randint(1, 999)
        point = clause if k % 3 else None
        rows.append((rng.choice(later), 1000 + k, body, day, par, point, rng.choice(EVENTS), who,
                     text[-60:], f"Redovisning av uppdrag {day} § {par} antecknas.", None, 1, 0,
                     None, None, None))
    with db.conn:
        db.conn.executemany("INSERT INTO assignment_events VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def timed(fn, n: int) -> tuple[float, float]:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("register")
    ap.add_argument("-n", type=int, default=50, help="trace calls per kind")
    ap.add_argument("--events", type=int, default=3000)
    args = ap.parse_args(argv)
    rng = random.Random(7)
    db = open_register(args.register)
    added = add_citations(db, args.events, rng)
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("decisions", "assignments", "assignment_events")}
    print(", ".join(f"{t} {c:,}" for t, c in counts.items()) + (f" ({added:,} events added)"
                                                                 if added else ""))
    t = time.perf_counter()
    rows = trail.assignments(db)
    print(f"assignments (all {len(rows):,} uppdrag): {(time.perf_counter() - t) * 1000:,.0f} ms")
    t = time.perf_counter()
    found = trail.assignments(db, status="fullgjort")
    print(f"assignments --status fullgjort ({len(found):,}): "
          f"{(time.perf_counter() - t) * 1000:,.0f} ms")
    picks = [rng.choice(rows) for _ in range(args.n)]
    ids = iter(picks * 2)
    p50, p95 = timed(lambda: trail.trace(db, next(ids)["id"]), args.n)
    print(f"trace by register id: p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    typed = iter([f"{u['body']} {u['date']} § {u['paragraph']}" for u in picks
                  if u["date"] and u["paragraph"]] * 2)
    p50, p95 = timed(lambda: trail.trace(db, next(typed)), args.n // 2)
    print(f"trace by decision as written: p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
