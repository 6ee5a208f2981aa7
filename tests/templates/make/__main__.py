"""Build the synthetic protocols and their facts into tests/templates/.

    cd tests/templates && ../../.venv/bin/python -m make            # PDFs and facts
    cd tests/templates && ../../.venv/bin/python -m make --check    # and read them back
    cd tests/templates && ../../.venv/bin/python -m make --only rodsjo --check   # one generator

Needs the optional extra `synth` (fpdf2, pikepdf) and the DejaVu and URW base-35 fonts
(Debian: fonts-dejavu-core, fonts-urw-base35); the tests only read the committed files."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import (
    alvby,
    backeby,
    brattby,
    ekvik,
    gronhede,
    hoglunda,
    kvarnby,
    lilla,
    lovsjo,
    norrvalla,
    ramsele,
    rodsjo,
    sandhamra,
    sjobacka,
    skarvik,
    strandvik,
    stromnas,
    vintersund,
)

HERE = Path(__file__).resolve().parent.parent

DOCUMENTS = [
    (ekvik.build_kf, ekvik.kf_facts),
    (ekvik.build_ks, ekvik.ks_facts),
    (norrvalla.build_kf, norrvalla.kf_facts),
    (norrvalla.build_bn, norrvalla.bn_facts),
    (norrvalla.build_ts, norrvalla.ts_facts),
    (sjobacka.build_kf, sjobacka.kf_facts),
    (sjobacka.build_ks, sjobacka.ks_facts),
    (skarvik.build, skarvik.facts),
    (lilla.build, lilla.facts),
    (backeby.build, backeby.facts),
    (lovsjo.build, lovsjo.facts),
    (alvby.build, alvby.facts),
    (brattby.build, brattby.facts),
    (vintersund.build_tn, vintersund.tn_facts),
    (vintersund.build_ts, vintersund.ts_facts),
    (hoglunda.build, hoglunda.facts),
    (strandvik.build, strandvik.facts),
    (kvarnby.build, kvarnby.facts),
    (rodsjo.build, rodsjo.facts),
    (sandhamra.build, sandhamra.facts),
    (gronhede.build, gronhede.facts),
    (stromnas.build, stromnas.facts),
    (ramsele.build, ramsele.facts),
]


def write_facts(path: Path, facts: dict) -> None:
    assert facts["file"] == path.name, (facts["file"], path.name)
    path.with_suffix(".facts.json").write_text(
        json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m make", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--check", action="store_true", help="read the facts back from the PDFs")
    ap.add_argument("--only", nargs="+", metavar="MODULE",
                    help="build only the documents of these generators (e.g. rodsjo)")
    args = ap.parse_args(argv)
    paths = []
    for build, facts in DOCUMENTS:
        if args.only and build.__module__.rsplit(".", 1)[-1] not in args.only:
            continue
        path = build(args.out)
        write_facts(path, facts())
        paths.append(path)
        print(path.name)
    if args.check:
        from .verify import verify

        bad = sum(verify(p) for p in paths)
        print(f"{bad} facts not found in the rendered text")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
