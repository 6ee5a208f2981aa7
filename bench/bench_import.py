"""Import speed and memory on the 468-page bench file (issues 8 and 16).

Each case runs in a fresh subprocess, three times, all in the same run: bare pdfplumber
`extract_text`, bare pypdfium2 text, meetbook's `read_pdf` in one process and with its pages
read in parallel (the default for a large file), and the whole `meetbook import`, as the
library call and as the command (click and its output included). The table shows the median
wall time, pages per second, the ratio to bare pdfplumber, the median CPU
time of the process and its children with the same ratio in CPU time (steadier than wall time
on a busy machine), the peak RSS of the process and of its largest child (workers, page
readers), and the peak memory of the process and its children together, each page counted
once (the process's RSS and its children's private pages, sampled every 50 ms). The growth
check reads the first 78 pages (one copy of the mötesbok) and all 468 with read_pdf.

    .venv/bin/python bench/bench_import.py [PDF] [--runs 3]

Nothing here asserts a time: the numbers are for reading. On a machine shared with other
work, compare the ratios (measured in the same run) rather than the pages per second; the
machine's 1-minute load average when each run starts is printed beside each case (the median
of its runs).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "corpus" / "bench" / "umea-ksnau-motesbok-x6.pdf"

SAMPLE_EVERY = 0.05  # seconds between samples of a run's memory

# Each snippet gets PATH and LIMIT (pages to read, 0 for all) and sets n, the pages it read.
CASES = {
    "pdfplumber extract_text": """
import pdfplumber
with pdfplumber.open(PATH) as pdf:
    n = LIMIT or len(pdf.pages)
    for i in range(n):
        pg = pdf.pages[i]
        pg.extract_text()
        pg.close()
""",
    "pypdfium2 get_text_range": """
import pypdfium2 as pdfium
doc = pdfium.PdfDocument(PATH)
n = LIMIT or len(doc)
for i in range(n):
    page = doc[i]
    tp = page.get_textpage()
    tp.get_text_range()
    tp.close()
    page.close()
doc.close()
""",
    "meetbook read_pdf (1 process)": """
from meetbook.pdf import read_pdf
n = len(read_pdf(PATH, jobs=1))
""",
    "meetbook read_pdf": """
from meetbook.pdf import read_pdf
n = len(read_pdf(PATH))
""",
    "meetbook read_pdf (pdfplumber)": """
from meetbook.pdf import read_pdf
n = len(read_pdf(PATH, backend="pdfplumber"))
""",
    "meetbook import": """
import os, tempfile
from meetbook.importer import import_files
from meetbook.register import open_register
with tempfile.TemporaryDirectory() as tmp:
    db = open_register(os.path.join(tmp, "register.db"))
    summary = import_files(db, [PATH])
    assert not summary.problems, summary.problems
    db.close()
import pypdfium2 as pdfium
n = len(pdfium.PdfDocument(PATH))
""",
    "meetbook import (the command)": """
import os, tempfile
from meetbook.cli import cli
with tempfile.TemporaryDirectory() as tmp:
    cli.main(["import", PATH, "--db", os.path.join(tmp, "register.db"), "--quiet"],
             standalone_mode=False)
import pypdfium2 as pdfium
n = len(pdfium.PdfDocument(PATH))
""",
}

RUNNER = """
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
PATH, LIMIT = {path!r}, {limit}
t, cpu = time.perf_counter(), os.times()
{code}
elapsed = time.perf_counter() - t
done = os.times()
used = (done.user + done.system + done.children_user + done.children_system
        - cpu.user - cpu.system - cpu.children_user - cpu.children_system)
print(json.dumps({{"pages": n, "seconds": elapsed, "cpu": used,
                   "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""


def measure(code: str, path: Path, limit: int = 0) -> dict:
    """One run in a fresh interpreter: pages read, seconds, peak RSS in MB, and the peak
    memory of it and its children together (tree_mb), sampled from outside."""
    script = RUNNER.format(root=str(ROOT), path=str(path), limit=limit, code=code)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(script)
    try:
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            run = subprocess.Popen([sys.executable, f.name], stdout=out, stderr=err, text=True,
                                   cwd=ROOT)
            tree_kb = 0
            while run.poll() is None:
                tree_kb = max(tree_kb, tree_memory_kb(run.pid))
                time.sleep(SAMPLE_EVERY)
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
    finally:
        Path(f.name).unlink()
    if run.returncode != 0:
        return {"error": (stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(stdout.strip().splitlines()[-1]) | {"tree_mb": tree_kb / 1024}


def tree_memory_kb(root: int) -> int:
    """The memory of a process and all its descendants, in kB: the process's RSS and each
    descendant's private pages (a forked worker's other pages are its parent's, counted
    once already). 0 where the system does not say."""
    total, todo = 0, [(root, ("Rss:",))]
    while todo:
        pid, fields = todo.pop()
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                todo += [(int(c), ("Private_Clean:", "Private_Dirty:")) for c in f.read().split()]
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += sum(int(ln.split()[1]) for ln in f if ln.startswith(fields))
        except OSError:  # gone meanwhile
            continue
    return total


def median_of(code: str, path: Path, runs: int, limit: int = 0) -> dict:
    results = []
    for _ in range(runs):
        load = os.getloadavg()[0]
        results.append(measure(code, path, limit) | {"load": load})
    errors = [r["error"] for r in results if "error" in r]
    if errors:
        return {"error": errors[0]}
    return {"pages": results[0]["pages"],
            "seconds": statistics.median(r["seconds"] for r in results),
            "cpu": statistics.median(r["cpu"] for r in results),
            "peak_mb": max(r["peak_mb"] for r in results),
            "child_mb": max(r["child_mb"] for r in results),
            "tree_mb": max(r["tree_mb"] for r in results),
            "load": statistics.median(r["load"] for r in results)}


def has_importer() -> bool:
    sys.path.insert(0, str(ROOT))
    try:
        from meetbook.importer import import_files  # noqa: F401
        from meetbook.register import open_register  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="?", type=Path, default=BENCH)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--with-plumber-reader", action="store_true",
                    help="also time read_pdf with the pdfplumber backend (slow)")
    args = ap.parse_args()
    if not args.pdf.is_file():
        sys.exit(f"{args.pdf}: no such file")

    cases = dict(CASES)
    if not args.with_plumber_reader:
        del cases["meetbook read_pdf (pdfplumber)"]
    if not has_importer():
        print("meetbook.importer.import_files not available: skipping the full import")
        del cases["meetbook import"]
        del cases["meetbook import (the command)"]

    print(f"{args.pdf.name}, median of {args.runs} runs, each in its own process\n")
    print(f"{'case':30} {'pages':>5} {'seconds':>8} {'pages/s':>8} {'× (a)':>6} {'cpu s':>6} "
          f"{'× cpu':>6} {'peak MB':>8} {'child MB':>8} {'tree MB':>8} {'load':>5}")
    base = base_cpu = None
    for label, code in cases.items():
        r = median_of(code, args.pdf, args.runs)
        if "error" in r:
            print(f"{label:30} failed: {r['error']}")
            continue
        rate = r["pages"] / r["seconds"]
        cpu_rate = r["pages"] / max(r["cpu"], 1e-9)
        base, base_cpu = base or rate, base_cpu or cpu_rate
        print(f"{label:30} {r['pages']:>5} {r['seconds']:>8.2f} {rate:>8.1f} {rate / base:>6.1f} "
              f"{r['cpu']:>6.2f} {cpu_rate / base_cpu:>6.1f} {r['peak_mb']:>8.1f} "
              f"{r['child_mb']:>8.1f} {r['tree_mb']:>8.1f} {r['load']:>5.1f}")

    print("\nmemory growth, meetbook read_pdf:")
    with tempfile.TemporaryDirectory() as tmp:
        first = first_pages(args.pdf, 78, Path(tmp) / "first-78.pdf")
        for path in (first, args.pdf):
            r = median_of(CASES["meetbook read_pdf (1 process)"], path, 1)
            if "error" in r:
                print(f"  failed: {r['error']}")
                continue
            print(f"  {r['pages']:>4} pages: peak {r['peak_mb']:.1f} MB")


def first_pages(path: Path, n: int, out: Path) -> Path:
    """A copy of the first n pages, so both runs read a whole file the same way."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(path))
    dst = pdfium.PdfDocument.new()
    dst.import_pages(src, list(range(min(n, len(src)))))
    dst.save(str(out))
    return out


if __name__ == "__main__":
    main()
