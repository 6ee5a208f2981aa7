"""Build the synthetic protocols and their facts into tests/templates/.

    cd tests/templates && ../../.venv/bin/python -m make            # PDFs and facts
    cd tests/templates && ../../.venv/bin/python -m make --check    # and read them back
    cd tests/templates && ../../.venv/bin/python -m make sorby      # one generator's documents
    cd tests/templates && ../../.venv/bin/python -m make --only rodmo --check   # the same

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
    bjorkeby,
    bjurvik,
    brattby,
    ekeskog,
    ekvik,
    granhult,
    granvik,
    gronhede,
    hagvik,
    hallbacka,
    hallvik,
    haltorp,
    hoglunda,
    kallmora,
    kallvik,
    kvarnby,
    lilla,
    ljungsta,
    lovnas,
    lovsjo,
    malmvik,
    norrnas,
    norrvalla,
    ormvik,
    ramsele,
    rodmo,
    rodsjo,
    sandhamra,
    sjobacka,
    skarvik,
    skogsta,
    sorby,
    storsund,
    strandvik,
    stromnas,
    tallnas,
    tjarnby,
    tornvik,
    ulvnas,
    vikhamn,
    vintersund,
    vresala,
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
    (sorby.build, sorby.facts),
    (sorby.build_au, sorby.au_facts),
    (sorby.build_kf, sorby.kf_facts),
    (sorby.build_ks2, sorby.ks2_facts),
    (sorby.build_sn, sorby.sn_facts),
    (vikhamn.build, vikhamn.facts),
    (vikhamn.build_ss, vikhamn.ss_facts),
    (vikhamn.build_tn, vikhamn.tn_facts),
    (rodmo.build, rodmo.facts),
    (tallnas.build, tallnas.facts),
    (ljungsta.build, ljungsta.facts),
    (bjurvik.build, bjurvik.facts),
    (rodsjo.build, rodsjo.facts),
    (sandhamra.build, sandhamra.facts),
    (gronhede.build, gronhede.facts),
    (stromnas.build, stromnas.facts),
    (ramsele.build, ramsele.facts),
    (kallmora.build, kallmora.facts),
    (storsund.build, storsund.facts),
    (hallbacka.build, hallbacka.facts),
    (hallbacka.build_utdrag, hallbacka.utdrag_facts),
    (vresala.build, vresala.facts),
    (lovnas.build, lovnas.facts),
    (lovnas.build_ks, lovnas.ks_facts),
    (hallvik.build, hallvik.facts),
    (hallvik.build_oct, hallvik.oct_facts),
    (tjarnby.build, tjarnby.facts),
    (ormvik.build, ormvik.facts),
    (granvik.build, granvik.facts),
    (norrnas.build, norrnas.facts),
    (granhult.build_ks, granhult.ks_facts),
    (granhult.build_on, granhult.on_facts),
    (granhult.build_au, granhult.au_facts),
    (granhult.build_kf, granhult.kf_facts),
    (granhult.build_ks2, granhult.ks2_facts),
    (granhult.build_sn, granhult.sn_facts),
    (haltorp.build_ks, haltorp.ks_facts),
    (haltorp.build_au, haltorp.au_facts),
    (haltorp.build_utdrag, haltorp.utdrag_facts),
    (haltorp.build_ks2, haltorp.ks2_facts),
    (haltorp.build_sn, haltorp.sn_facts),
    (haltorp.build_kf, haltorp.kf_facts),
    (haltorp.build_bmn, haltorp.bmn_facts),
    (haltorp.build_kfn, haltorp.kfn_facts),
    (tornvik.build, tornvik.facts),
    (tornvik.build_ks, tornvik.ks_facts),
    (kallvik.build, kallvik.facts),
    (ekeskog.build, ekeskog.facts),
    (ekeskog.build_ks, ekeskog.ks_facts),
    (bjorkeby.build, bjorkeby.facts),
    (bjorkeby.build_ks, bjorkeby.ks_facts),
    (bjorkeby.build_bun, bjorkeby.bun_facts),
    (bjorkeby.build_sn, bjorkeby.sn_facts),
    (ulvnas.build, ulvnas.facts),
    (skogsta.build, skogsta.facts),
    (malmvik.build, malmvik.facts),
    (malmvik.build_ks, malmvik.ks_facts),
    (hagvik.build, hagvik.facts),
]


def write_facts(path: Path, facts: dict) -> None:
    assert facts["file"] == path.name, (facts["file"], path.name)
    path.with_suffix(".facts.json").write_text(
        json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m make", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--check", action="store_true", help="read the facts back from the PDFs")
    ap.add_argument("names", nargs="*", help="only these generators (e.g. sorby), not all")
    ap.add_argument("--only", metavar="MODULE", action="append", default=[],
                    help="build only this generator's documents (e.g. rodmo); repeatable")
    args = ap.parse_args(argv)
    chosen = set(args.names) | set(args.only)
    paths = []
    for build, facts in DOCUMENTS:
        if chosen and build.__module__.rsplit(".", 1)[-1] not in chosen:
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
