"""Synthetic minutes of the development kinds (tests/variants/) and of other municipalities'
templates (tests/templates/) against their hand-written facts,
field by field (tests/factcheck.py): every item, decision, clause, motion, vote and voter,
reservation, statement, amount, uppdrag, document, history entry, the attendance and the
problems the facts state.

Each difference names its document, item, decision and field. A difference the parser is known
to make is listed once in KNOWN_LIMITS with the reason, read from the PDF; the document's test
then passes, and each known limit is an xfail(strict=True) test of its own that turns into a
failure the day the parser gets it right ("XPASS(strict)": take the entry out), or when it no
longer holds for every item it names ("narrow the entry").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tests.factcheck import Comparison, Difference, FactsError, compare, item_part, validate

HERE = Path(__file__).parent
VARIANTS = HERE / "variants"
TEMPLATES = HERE / "templates"
DOCUMENTS = sorted(VARIANTS.glob("*.pdf")) + sorted(TEMPLATES.glob("*.pdf"))
BY_STEM = {p.stem: p for p in DOCUMENTS}
FACT_FILES = sorted(HERE.glob("*/*.facts.json"))  # variants, templates and the trail's facts


@cache
def facts_of(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".facts.json").read_text(encoding="utf-8"))


def parts_of(pdf: Path) -> list[str]:
    """What the per-part tests cover: the document's own parts, then each item stated."""
    own = [p for p in ("meeting", "attendance", "problems") if p in facts_of(pdf)]
    return own + ["items"] + [item_part(it) for it in facts_of(pdf)["items"]]


@dataclass(frozen=True)
class KnownLimit:
    """A difference the parser makes, read from the PDF: where (document → items) and how
    (a regex the difference's "field: what" matches), and why the facts are right."""

    reason: str
    where: dict[str, tuple[str, ...]]
    differs: str

    def covers(self, d: Difference) -> bool:
        return d.part in self.where.get(d.doc, ()) and \
            re.search(self.differs, f"{d.path}: {d.what}") is not None


def _g(*numbers: int) -> tuple[str, ...]:
    """Göteborg's and Kungsbacka's protocol items: '§ 516'."""
    return tuple(f"§ {n}" for n in numbers)


def _n(text: str) -> tuple[str, ...]:
    """Nykarleby's items: '237-241, 255' → ('237 §', …, '241 §', '255 §')."""
    out: list[str] = []
    for run in text.split(","):
        a, _, b = run.strip().partition("-")
        out += [f"{n} §" for n in range(int(a), int(b or a) + 1)]
    return tuple(out)


GBG_KF_11, GBG_KF_04, GBG_KF_09 = ("goteborg-kf-2024-11-14-protokoll", "goteborg-kf-2025-04-24-protokoll",
                                   "goteborg-kf-2025-09-25-protokoll")
GBG_KS_10, GBG_KS_03, GBG_KS_09 = ("goteborg-ks-2024-10-23-protokoll", "goteborg-ks-2025-03-19-protokoll",
                                   "goteborg-ks-2025-09-17-protokoll")
KBA_KF_06K, KBA_KF_09, KBA_KF_11K = ("kungsbacka-kf-2025-06-19-kallelse",
                                     "kungsbacka-kf-2025-09-11-protokoll",
                                     "kungsbacka-kf-2025-11-13-kallelse")
KBA_KS_06, KBA_KS_09K, KBA_KS_10 = ("kungsbacka-ks-2025-06-10-protokoll", "kungsbacka-ks-2025-09-09-kallelse",
                                    "kungsbacka-ks-2025-10-14-protokoll")
KBA_VO = "kungsbacka-vo-2025-08-27-protokollsutdrag-37-38"
NKB_BN_02, NKB_BN_03 = ("nykarleby-bildningsnamnden-2023-02-14-protokoll",
                        "nykarleby-bildningsnamnden-2023-03-14-protokoll-garbled")
NKB_SF_11, NKB_SF_11F, NKB_SF_03 = ("nykarleby-stadsfullmaktige-2022-11-10-protokoll",
                                    "nykarleby-stadsfullmaktige-2022-11-24-foredragningslista",
                                    "nykarleby-stadsfullmaktige-2023-03-16-protokoll")
NKB_SS_10, NKB_SS_11, NKB_SS_02F = ("nykarleby-stadsstyrelsen-2022-10-24-protokoll",
                                    "nykarleby-stadsstyrelsen-2022-11-07-protokoll",
                                    "nykarleby-stadsstyrelsen-2023-02-27-foredragningslista")
NKB_TN_11F, NKB_TN_04 = ("nykarleby-tekniska-namnden-2022-11-08-foredragningslista",
                         "nykarleby-tekniska-namnden-2023-04-18-protokoll")

KNOWN_LIMITS: list[KnownLimit] = [
    # ---- decisions and their clauses
    KnownLimit(
        "an agenda row whose Förslag cell proposes no decision ('Interpellationen besvaras på "
        "sammanträdet.', 'Valberedningens förslag redovisas på sammanträdet.') is exported as a "
        "förslag", {KBA_KF_06K: ("3", "4", "5", "19", "20"), KBA_KF_11K: ("6", "7", "8")},
        r"^förslag\[.*: decision not in the facts$"),
    KnownLimit(
        "the label 'Enligt kommunstyrelsens förslag:' / 'På förslag av X (M):' before an "
        "unnumbered decision stays in its first clause",
        {GBG_KF_11: _g(518, 519, 521, 524), GBG_KF_04: _g(183, 184, 187, 188, 196),
         GBG_KF_09: _g(438, 441, 446, 447, 449, 450, 453, 454, 455, 458, 459),
         GBG_KS_10: _g(814, 819, 821, 822), GBG_KS_03: _g(239, 242, 244), GBG_KS_09: _g(777, 778)},
        r"\.clauses\[\d+\]: want \(None, '[^']*'\), got \(None, '(Enligt|På förslag av) "),
    KnownLimit(
        "a lead-in ('Enligt yrkande från S, V och MP …:', 'X föreslår för fullmäktige att', "
        "'Stadsfullmäktige fastställer skattesatserna … enligt följande:', 'Fullmäktige') is "
        "exported as a clause of its own before the numbered points",
        {GBG_KS_09: _g(775), NKB_SF_11: _n("56, 59, 60"), NKB_SF_11F: _n("66, 70, 71"),
         NKB_SS_02F: _n("45")},
        r"\.clauses\[0\]: not in the facts: \(None, '[^']*(\batt|:|Fullmäktige|fullmäktige)'\)$"),
    KnownLimit(
        "sentences printed on lines of their own (no blank line, no number between them) are "
        "joined into one clause: README, Kungsbacka, 'two decision points printed without space "
        "between them stay one point'", {
            GBG_KF_04: _g(183), GBG_KF_09: _g(438), GBG_KS_10: _g(821), KBA_KS_06: _g(145),
            KBA_KF_11K: ("13", "32", "33", "34")},
        r"\.clauses\[\d+\]: (want|missing)"),
    KnownLimit(
        "what a noted list enumerates after 'Antecknas.' (the motions that came in) is exported "
        "as clauses of the decision", {GBG_KF_04: _g(194), GBG_KF_09: _g(463)},
        r"\.clauses\[\d+\]: not in the facts"),
    KnownLimit(
        "an election's procedure ('Då två kandidater föreslagits förrättades valet med slutna "
        "sedlar.') is exported as a clause of the decision", {NKB_SF_03: _n("13")},
        r"\.clauses\[0\]: not in the facts: \(None, 'Då två"),
    KnownLimit(
        "a decision adopting 'X föreslår för stadsstyrelsen/fullmäktige att …' proposes its points "
        "to that body (proposed_to), as a Kungsbacka or Göteborg 'föreslår kommunfullmäktige' does",
        {NKB_SF_11: _n("56"), NKB_SF_11F: _n("67"), NKB_SS_10: _n("221"),
         NKB_SS_11: _n("241, 242, 243, 246, 251")},
        r": proposed_to: want '(Stadsstyrelsen|Stadsfullmäktige)', got None$"),
    # ---- procedure
    KnownLimit(
        "'bifall till kommunstyrelsens förslag med undantag av beslutspunkt 1' / 'i övrigt bifall' "
        "supports the other points (their numbers), not the whole proposal",
        {GBG_KF_09: _g(451), KBA_VO: _g(37)}, r"\.motions: (missing|not in the facts:) .* bifall"),
    KnownLimit(
        "'yrkar att lönepolicyn kompletteras med …' adds to the proposal (a tillägg), and "
        "'bifall till Sanna Öhmans (V) yrkande' joins it", {KBA_KS_10: _g(224)}, r"\.motions: "),
    KnownLimit(
        "'att fullmäktige förutsätter att simundervisningen utvidgas redan från hösten 2023' adds a "
        "condition to the decision: a tillägg", {NKB_SF_03: _n("14")}, r"\.motions: "),
    KnownLimit(
        "'Axel Josefson (M) anmäler att ledamöterna från M, L och KD inte deltar i beslutet' is the "
        "group's announcement, made again by name under Protokollsanteckning: one deltar ej (README)",
        {GBG_KS_10: _g(823)}, r"\.statements: not in the facts: deltar ej Axel Josefson"),
    KnownLimit(
        "the written reservation attached after the § ('Reservation / Kommunstyrelsen 2025-06-10, "
        "§ 144 … / Jessica Thörn (SD)') is exported as a second reservation that names nobody",
        {KBA_KS_06: _g(144)}, r"\.reservations: not in the facts: -$"),
    # ---- amounts
    KnownLimit(
        "the year printed after the amount or before it in the same phrase is not read: '1 500 tkr "
        "… i skärgården 2025', 'ramen för 2025 utökas med 1,75 mnkr … och med 3 200 tkr', 'anslag "
        "för oförutsedda medel 2025', 'budgetförslaget för 2023 med ett verksamhetsbidrag om -4,9 "
        "miljoner euro', 'under hösten 2025' (a year right before the amount, 'för 2026 till 2,3 "
        "miljarder', is read)",
        {GBG_KF_09: _g(440), GBG_KS_03: _g(232), KBA_KS_09K: ("6", "10"), KBA_VO: _g(37),
         NKB_TN_11F: _n("131")},
        r"\.amounts: (missing|not in the facts:) -?\d+ (SEK|EUR)( year \d+)?( clause \d+)?( \(|$)"),
    KnownLimit(
        "a price per unit with decimals ('1,62 €/m³', '2,95 €/m³') is no sum in whole euro; it is "
        "exported truncated (1, 2); a rate in kronor ('20,78 kronor per skattekrona') no longer is",
        {NKB_TN_11F: _n("129")},
        r"\.amounts: not in the facts: [12] EUR clause \d+ \('\d+,\d+ €/m³'\)$"),
    # ---- items, documents, attendance
    KnownLimit(
        "the appeal instructions after the last § ('ANVISNING FÖR BEGÄRAN OM OMPRÖVNING …') are "
        "counted as a page of that §", {NKB_SS_11: _n("255")}, r"^(pages|documents): "),
    KnownLimit(
        "an appendix that is an image only (the map on page 21, named in the contents) is not "
        "listed as a document", {NKB_SS_02F: _n("50")}, r"^documents: missing bilaga 'Karta"),
    # ---- a text layer that loses letters
    KnownLimit(
        "the text layer of this protokoll drops ligatures and letters ('at' for 'att', "
        "'reservaton', 'Siadssiyrelsens beslui', 'tör år 2022'): the printed words are stated "
        "(text_has), the procedure and amounts in the damaged sentences are not read",
        {NKB_SS_11: _n("236, 237, 240, 242, 244, 245, 246, 248, 249, 250, 252")},
        r"\.(text_has|votes|reservations|statements|amounts|motions)"),
    # ---- a running header the reader keeps in the body
    KnownLimit(
        "a running header whose second line the appendix pages replace by their stamp "
        "('Kommunfullmäktige' / '2026-12-10 Sida 2(4)' on the minutes' two pages, 'Bilaga 1 till "
        "kommunfullmäktiges protokoll 2026-12-10' on the voteringslista's two) is not dropped as "
        "furniture: the reader keeps 'Kommunfullmäktige 2026-12-10 Sida 2(4)' in the body, and "
        "the last clause of § 142, the last § on page 1, runs on into it",
        {"skogsta-kf-2026-12-10-protokoll": ("§ 142",)},
        r"\.clauses\[0\]: want \(None, 'Kommunfullmäktige fastställer taxan[^']*'\), got "
        r"\(None, '[^']*Sida 2\(4\)'\)"),
    KnownLimit(
        "a one-page protocol prints its signature footer ('Protokolljusterarnas initialer', no "
        "dots or rule after the words) once: the page reader cannot tell it as running "
        "furniture, and the last § 's decision takes it for a clause of its own",
        {"sundsby-tn-2026-12-09-protokoll": ("§ 124",)},
        r"\.clauses\[1\]: not in the facts: \(None, 'Protokolljusterarnas initialer'\)$"),
]


# ------------------------------------------------------------------ one comparison per document

@pytest.fixture(scope="session")
def comparison_of(imported):
    cached: dict[Path, Comparison] = {}

    def get(pdf: Path) -> Comparison:
        if pdf not in cached:
            got = imported(pdf)
            cached[pdf] = compare(facts_of(pdf), got.export, list(got.problems), doc=pdf.stem)
        return cached[pdf]

    return get


def _unexplained(diffs: list[Difference]) -> list[str]:
    return [str(d) for d in diffs if not any(k.covers(d) for k in KNOWN_LIMITS)]


@pytest.mark.parametrize("pdf", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_the_export_states_the_facts(pdf, comparison_of):
    """Every fact the document's facts state, in one test per document (a test per item cost
    more in the test runner than the comparison itself): a failure lists each difference a known
    limit does not explain, one a line, by item, decision and field."""
    comparison = comparison_of(pdf)
    assert sum(comparison.checked.values()) > 0, "no stated fact was compared"
    unexplained = _unexplained(comparison.differences)
    if unexplained:
        pytest.fail(f"{len(unexplained)} of {sum(comparison.checked.values())} stated facts "
                    f"differ from the export:\n" + "\n".join(unexplained), pytrace=False)


class StillThere(AssertionError):
    """The known limit still holds everywhere it is listed."""


@pytest.mark.parametrize("limit, doc", [
    pytest.param(k, doc, marks=pytest.mark.xfail(strict=True, raises=StillThere, reason=k.reason))
    for k in KNOWN_LIMITS for doc in k.where], ids=[
    f"{doc}::{k.differs[:40]}" for k in KNOWN_LIMITS for doc in k.where])
def test_a_known_limit(limit, doc, comparison_of):
    """Fails (xfail) while the parser still makes this difference in every item listed."""
    diffs = comparison_of(BY_STEM[doc]).differences
    holds = {part: any(limit.covers(d) for d in diffs if d.part == part) for part in limit.where[doc]}
    gone = [part for part, there in holds.items() if not there]
    if gone and len(gone) < len(holds):
        pytest.fail(f"no longer made in {gone}: narrow the entry", pytrace=False)
    if not gone:
        raise StillThere(limit.reason)


# ------------------------------------------------------------------ the facts files themselves

@pytest.mark.parametrize("path", FACT_FILES, ids=[f"{p.parent.name}/{p.name.split('.')[0]}"
                                                  for p in FACT_FILES])
def test_every_stated_key_is_one_a_comparison_reads(path):
    validate(json.loads(path.read_text(encoding="utf-8")))


def test_an_unknown_key_is_refused():
    with pytest.raises(FactsError, match="n_voters"):
        validate({"file": "x.pdf", "items": [{"number": "1", "decisions": [
            {"kind": "beslut", "votes": [{"yes": 1, "n_voters": 3}]}]}]})


def test_every_known_limit_names_documents_and_items_that_exist():
    stems = {p.stem for p in DOCUMENTS}
    for k in KNOWN_LIMITS:
        for doc, parts in k.where.items():
            assert doc in stems, doc
            unknown = set(parts) - set(parts_of(BY_STEM[doc]))
            assert not unknown, (doc, unknown)
