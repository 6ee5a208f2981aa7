"""Compare two versions of the PDF reader page by page, field by field.

A reader change must leave its output identical: the lines (text, page, position, size,
boldness, words), the tables and the image counts of every raw page, and the header/body/
footer split after the running bands are set apart. Dump one version's output, then compare
the other against it:

    PYTHONPATH=/tmp/old .venv/bin/python bench/compare_reader.py --dump /tmp/reader-old
    .venv/bin/python bench/compare_reader.py --against /tmp/reader-old

Only the public `read_raw_pages` and `split_bands` are used, so any version of the package
can make a dump. The first difference in each file is printed with its page and field.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def corpus_files() -> list[Path]:
    """Every PDF the exports are checked on: corpus, shared corpus, real, bench, variants."""
    folders = [ROOT / "corpus", SHARED, SHARED / "real", SHARED / "bench",
               ROOT / "tests" / "variants", ROOT / "tests" / "templates"]
    return [f for d in folders if d.is_dir() for f in sorted(d.glob("*.pdf"))]


def snapshot(path: Path, backend: str = "pdfium") -> dict:
    """The reader's output for one file as plain tuples (or the error it raised)."""
    from meetbook.pdf import read_raw_pages, split_bands

    try:
        raw = read_raw_pages(path, backend=backend)
    except Exception as e:  # the error is part of the output to compare
        return {"error": f"{type(e).__name__}: {e}"}
    pages = [{"number": p.number, "size": (p.width, p.height), "images": p.images,
              "lines": [_line(ln) for ln in p.lines],
              "tables": [(t.page, t.top, t.bottom, t.rows) for t in p.tables]} for p in raw]
    bands = [([ln.text for ln in p.header], [ln.text for ln in p.body],
              [ln.text for ln in p.footer]) for p in split_bands(raw)]
    return {"pages": pages, "bands": bands}


def _line(ln) -> tuple:
    return (ln.text, ln.page, ln.x0, ln.top, ln.x1, ln.size, ln.bold, ln.words, ln.ocr)


LINE_FIELDS = ("text", "page", "x0", "top", "x1", "size", "bold", "words", "ocr")


def first_difference(old: dict, new: dict) -> str | None:
    """Where new differs from old first, in words; None when they are the same."""
    if "error" in old or "error" in new:
        return None if old.get("error") == new.get("error") else \
            f"error {old.get('error')!r} -> {new.get('error')!r}"
    if len(old["pages"]) != len(new["pages"]):
        return f"{len(old['pages'])} pages -> {len(new['pages'])}"
    for a, b in zip(old["pages"], new["pages"]):
        where = f"page {a['number']}"
        for key in ("size", "images", "tables"):
            if a[key] != b[key]:
                return f"{where}: {key} {a[key]!r} -> {b[key]!r}"
        if len(a["lines"]) != len(b["lines"]):
            return f"{where}: {len(a['lines'])} lines -> {len(b['lines'])}"
        for n, (x, y) in enumerate(zip(a["lines"], b["lines"]), 1):
            for name, u, v in zip(LINE_FIELDS, x, y):
                if u != v:
                    return f"{where} line {n} ({x[0][:40]!r}): {name} {u!r} -> {v!r}"
    for n, (a, b) in enumerate(zip(old["bands"], new["bands"]), 1):
        if a != b:
            return f"page {n}: bands differ"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path, help="write this version's output here")
    group.add_argument("--against", type=Path, help="compare this version with a dump")
    ap.add_argument("--backend", default="pdfium")
    args = ap.parse_args()
    different = 0
    pages = 0
    took = 0.0
    for path in corpus_files():
        t = time.perf_counter()
        snap = snapshot(path, args.backend)
        took += time.perf_counter() - t
        pages += len(snap.get("pages", []))
        stored = (args.dump or args.against) / f"{path.parent.name}--{path.name}.pickle"
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            stored.write_bytes(pickle.dumps(snap))
            continue
        if not stored.exists():
            print(f"{path.name}: no dump to compare with")
            different += 1
            continue
        diff = first_difference(pickle.loads(stored.read_bytes()), snap)
        if diff:
            different += 1
            print(f"DIFF {path.parent.name}/{path.name}: {diff}")
    print(f"{len(corpus_files())} files, {pages} pages read in {took:.1f} s; "
          f"{different} files differ")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
