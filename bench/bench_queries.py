"""Time the register's read queries at scale: p50 and p95 per kind of query, in milliseconds.

    python bench/bench_queries.py /tmp/register-1m.db [-n 200]

Each query is a call of a function in `meetbook.register.search` or `.query` in this process (no process
start-up, no printing), on a register opened with `open_register` as the CLI opens it. The
arguments are drawn at random (fixed seed) from what the register holds: diarienummer in the
spellings users type, parties, persons, and words of the decision texts with and without
diacritics. A few warm-up calls of each kind run first and are not counted.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from meetbook.register import (
    open_register,
    query,
    search,
    terms,
)

# words users search for, as typed: with diacritics, without, several words, prefixes
WORDS = [
    "detaljplan", "medborgarförslag", "medborgarforslag", "motion", "förskola", "forskoleplatser",
    "äldreomsorgen", "aldreomsorgen", "cykelvägar", "cykelvagar", "simhallen", "ishall",
    "laddinfrastruktur", "återremiss", "aterremittera", "atgard", "åtgärdsplan", "bygglov",
    "vindkraft", "hemtjänst", "hemtjanst", "skolskjutsar", "strandskydd", "Norra hamnen",
    "budget skattesats", "trygghet centrum", "motion trygghet", "översiktsplan", "oversiktsplan",
    "VA-taxa", "upphandling städtjänster", "delårsrapport", "delarsrapport", "årsredovisning",
    "markanvisning", "reservation", "barnkonventionen", "klimatanpassning dagvattensystemet",
    "kulturskolan", "brandstation", "ensamkommande", "jämställd budgetering", "hemlöshet",
    "ekonomiskt bistånd", "ekonomiskt bistand", "kameraövervakning", "snöröjning", "snorojning",
]
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP", "D", "(SD)", "mp"]


def spellings(dnr: str) -> list[str]:
    """A diarienummer as users write it: "KS-2021/00123", "ks 2021/123", "KS-2021-00123" …"""
    prefix, rest = dnr.split("-", 1)
    year, serial = rest.split("/")
    return [dnr, dnr.lower(), f"{prefix} {year}/{int(serial)}", f"{prefix}-{year}-{serial}",
            f"{prefix.lower()} {year}/{serial}-1.2"]


def samples(db, rng: random.Random, n: int) -> dict[str, list]:
    """Arguments drawn from the register: dnr spellings, names of people with positions."""
    top = db.execute("SELECT max(rowid) FROM item_dnr").fetchone()[0]
    dnrs: list[str] = []
    while len(dnrs) < n:
        row = db.execute("SELECT dnr FROM item_dnr WHERE rowid = ?",
                         [rng.randint(1, top)]).fetchone()
        if row and row[0] and "-" in row[0] and "/" in row[0]:
            dnrs.append(rng.choice(spellings(row[0])))
    # people users look up are the active ones: drawn by position, so by how often they act
    top = db.execute("SELECT max(rowid) FROM positions").fetchone()[0] or 0
    persons: list[str] = []
    while top and len(persons) < n:
        row = db.execute("SELECT name FROM positions WHERE rowid = ?",
                         [rng.randint(1, top)]).fetchone()
        if row:
            persons.append(row[0])
    return {"dnr": dnrs, "person": persons}


def time_calls(fn: Callable, args: list, warmup: int = 5) -> tuple[list[float], list[int]]:
    """Milliseconds and result sizes of fn(arg) for each arg, after a few uncounted calls."""
    for a in args[:warmup]:
        fn(a)
    times, sizes = [], []
    for a in args:
        t = time.perf_counter()
        result = fn(a)
        times.append((time.perf_counter() - t) * 1000)
        sizes.append(len(result["steps"]) if isinstance(result, dict) else len(result))
    return times, sizes


def p(times: list[float], q: float) -> float:
    return statistics.quantiles(times, n=100, method="inclusive")[int(q) - 1] if len(
        times) > 1 else times[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("-n", type=int, default=200, help="calls per kind of query")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--positions-party", type=int, default=10,
                    help="calls of positions(party=…), which returns every row of the party")
    ap.add_argument("--words", action="store_true",
                    help="also time each word of the text searches, with its number of items")
    args = ap.parse_args(argv)
    db = open_register(args.path)
    decisions = db.execute("SELECT count(*) FROM decisions").fetchone()[0]
    rng = random.Random(args.seed)
    s = samples(db, rng, args.n)

    def pick(values: list) -> list:
        return [rng.choice(values) for _ in range(args.n)]

    kinds: list[tuple[str, Callable, list]] = [
        ("search dnr", lambda a: search.search(db, dnr=a), s["dnr"]),
        ("case_history dnr", lambda a: query.case_history(db, a), s["dnr"]),
        ("search party", lambda a: search.search(db, party=a), pick(PARTIES)),
        ("search person", lambda a: search.search(db, person=a), s["person"]),
        ("positions person", lambda a: query.positions(db, person=a), s["person"]),
        ("positions party", lambda a: query.positions(db, party=a),
         pick(PARTIES)[: args.positions_party]),
        ("search text", lambda a: search.search(db, text=a), pick(WORDS)),
        ("search text+party", lambda a: search.search(db, text=a[0], party=a[1]),
         list(zip(pick(WORDS), pick(PARTIES)))),
        ("search text+body+dates", lambda a: search.search(
            db, text=a, body="kommunstyrelsen", date_from="2020-01-01", date_to="2022-12-31"),
         pick(WORDS)),
        ("search dnr+party", lambda a: search.search(db, dnr=a[0], party=a[1]),
         list(zip(s["dnr"], pick(PARTIES)))),
    ]
    load = os.getloadavg()[0]
    print(f"{args.path}: {decisions:,} decisions; times in ms, inside the library "
          f"(load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"{'query':<24}{'n':>5}{'p50':>9}{'p95':>9}{'max':>9}{'rows p50':>10}")
    for name, fn, values in kinds:
        if not values:
            continue
        times, sizes = time_calls(fn, values)
        print(f"{name:<24}{len(times):>5}{p(times, 50):>9.1f}{p(times, 95):>9.1f}"
              f"{max(times):>9.1f}{statistics.median(sizes):>10.0f}", flush=True)
    if args.words:
        words_report(db)


def words_report(db) -> None:
    """Per word: items matching and the median time of search(text=word)."""
    print(f"\n{'word':<36}{'items':>9}{'ms':>9}")
    for word in WORDS:
        n = db.execute("SELECT count(*) FROM item_fts WHERE item_fts MATCH ?",
                       [terms.fts_query(word)]).fetchone()[0]
        times, _ = time_calls(lambda a: search.search(db, text=a), [word] * 5, warmup=1)
        print(f"{word:<36}{n:>9,}{statistics.median(times):>9.1f}")


if __name__ == "__main__":
    main()
