"""Score meetbook against the hand-written facts of the template documents.

Each PDF is imported on its own into a temporary register with the project's library, exported,
and compared with `<doc>.facts.json` (format: TEAM.md, "Facts files"). Printed per document and
in total: §§ found, decisions found and right (kind, body, date, §, proposed_to), clauses,
persons (movers, reservants, voters, statements) with precision and recall, votes, amounts,
uppdrag, attendance, the meeting's fields and the problems reported.

    .venv/bin/python tests/templates/score.py                 # the table
    .venv/bin/python tests/templates/score.py --diff          # and every mismatch, by field
    .venv/bin/python tests/templates/score.py --json          # for machines
    .venv/bin/python tests/templates/score.py tests/templates/ekvik-*.pdf

Comparisons are the facts' own: a key present in the facts is checked, an absent key is not,
a list is complete. Names are compared without regard to case, spacing or the order of their
words; case numbers by the contract's normal form (prefix, year, number; zeros and separators
aside); clause texts with white space folded, a leading "att", a printed point number and the
closing punctuation or "och" set aside. Persons and amounts are pooled per § (which of a §'s
decisions carries them is not scored); decisions are matched on (kind, body, date, §,
proposed_to), and a decision that differs in some of these is "found" but not "right".
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

PERSON_KINDS = ("movers", "reservants", "voters", "statements")
DECISION_KEY = ("kind", "body", "date", "paragraph", "proposed_to")


# ------------------------------------------------------------------ normal forms
def fold(s: object) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip()


def low(s: object) -> str | None:
    return None if s is None else fold(s).casefold()


def name_key(name: object) -> str:
    return " ".join(sorted(fold(name).casefold().replace(",", " ").split()))


def dnr_key(s: str) -> str:
    """The contract's normal form, for comparing: PREFIX-YYYY/NNNNN, or number/year."""
    t = fold(s).upper()
    t = re.sub(r"^(DNR|DIARIENUMMER|DIARIENR|ÄRENDENUMMER|ÄRENDENR)[.:]?\s*", "", t)
    m = re.match(r"([A-ZÅÄÖ]+(?:[-\s][A-ZÅÄÖ]+)?)[\s\-]*((?:19|20)\d\d)[/\-](\d+)", t)
    if m:
        return f"{m[1].replace(' ', '-')}-{m[2]}/{int(m[3]):05d}"
    m = re.match(r"([A-ZÅÄÖ]+)[\s\-]*(\d+)/((?:19|20)\d\d)", t)
    if m:
        return f"{m[1]}-{m[3]}/{int(m[2]):05d}"
    m = re.match(r"((?:19|20)\d\d)/(\d{1,5})(?!\d)", t)
    if m and not re.match(r"\d+/(?:19|20)\d\d", t):
        return f"{int(m[2])}/{m[1]}"
    m = re.match(r"(\d+)/((?:19|20)\d\d)", t)
    if m:
        return f"{int(m[1])}/{m[2]}"
    return t


def clause_text(s: object) -> str:
    t = fold(s)
    t = re.sub(r"^\d+[.)]\s+", "", t)
    t = re.sub(r"^att\s+", "", t, flags=re.IGNORECASE)
    t = re.sub(r"[\s,;:.]+$", "", t)
    return re.sub(r"\s+(och|samt)$", "", t)


def item_key(number: object) -> str:
    return re.sub(r"[§\s]", "", str(number or "")).casefold()


def paragraphs_of(value: object) -> list[int] | None:
    """§ numbers an attendance note names: "§§ 15-19, 21" -> [15..19, 21]; times are not §§."""
    if value is None:
        return None
    if isinstance(value, list):
        return sorted(int(v) for v in value)
    out: set[int] = set()
    for run in re.findall(r"§+\s*([\d\s,\-–]+(?:\s*(?:och|,)\s*[\d\-–\s]+)*)", str(value)):
        for a, b in re.findall(r"(\d+)\s*(?:[-–]\s*(\d+))?", run.replace("och", ",")):
            out.update(range(int(a), int(b or a) + 1))
    return sorted(out)


# ------------------------------------------------------------------ running meetbook
@dataclass
class Run:
    export: dict
    problems: list[str]
    logged: list[str]
    refused: str | None = None


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def run_meetbook(pdf: Path) -> Run:
    from meetbook.importer import import_files
    from meetbook.register import open_register
    from meetbook.register.export import export

    collect = _Collect()
    logging.getLogger("meetbook").addHandler(collect)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = open_register(Path(tmp) / "register.db")
            try:
                summary = import_files(db, [str(pdf)])
            except Exception as e:  # a crash is a result too
                return Run({"meetings": []}, [f"crashed: {type(e).__name__}: {e}"], collect.lines,
                           refused=f"crashed: {e}")
            data = export(db)
            problems = list(dict.fromkeys(list(summary.problems) + _file_problems(db)
                                          + _export_problems(data)))
            db.close()
    finally:
        logging.getLogger("meetbook").removeHandler(collect)
    refused = summary.problems[0] if summary.problems and not data.get("meetings") else None
    return Run(data, problems, collect.lines, refused)


def _file_problems(db) -> list[str]:
    try:
        rows = db.execute("SELECT problems FROM files").fetchall()
    except Exception:
        return []
    out: list[str] = []
    for (value,) in rows:
        try:
            out += [str(p) for p in json.loads(value or "[]")]
        except ValueError:
            out.append(str(value))
    return out


def _export_problems(node: object) -> list[str]:
    """Every string under a "problems" key anywhere in the export."""
    out: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "problems" and isinstance(v, list):
                out += [p if isinstance(p, str) else json.dumps(p, ensure_ascii=False) for p in v]
            else:
                out += _export_problems(v)
    elif isinstance(node, list):
        for v in node:
            out += _export_problems(v)
    return out


# ------------------------------------------------------------------ tallies
@dataclass
class Tally:
    """Expected, got and matched counts of one kind of fact."""

    want: int = 0
    got: int = 0
    hit: int = 0

    def add(self, other: Tally) -> None:
        self.want += other.want
        self.got += other.got
        self.hit += other.hit

    def bags(self, want: Counter, got: Counter) -> tuple[Counter, Counter]:
        both = want & got
        self.want += sum(want.values())
        self.got += sum(got.values())
        self.hit += sum(both.values())
        return want - both, got - both

    @property
    def recall(self) -> float | None:
        return self.hit / self.want if self.want else None

    @property
    def precision(self) -> float | None:
        return self.hit / self.got if self.got else None


@dataclass
class Score:
    doc: str
    t: dict[str, Tally] = field(default_factory=dict)
    diff: list[str] = field(default_factory=list)
    unexpected_problems: list[str] = field(default_factory=list)
    refused: str | None = None

    def __getitem__(self, key: str) -> Tally:
        return self.t.setdefault(key, Tally())

    def note(self, where: str, text: str) -> None:
        self.diff.append(f"{self.doc} {where}: {text}")


# ------------------------------------------------------------------ comparing
def score_document(pdf: Path, facts: dict, run: Run) -> Score:
    sc = Score(pdf.name, refused=run.refused)
    meetings = [m for m in run.export.get("meetings", [])
                if (m.get("source") or {}).get("file") == pdf.name] or run.export.get("meetings", [])
    if run.refused:
        sc.note("file", f"refused: {run.refused}")
    _meeting(sc, facts.get("meeting"), meetings)
    if "attendance" in facts:
        got = [a for m in meetings for a in m.get("attendance") or []]
        _attendance(sc, facts["attendance"], got)
    _items(sc, facts.get("items") or [], [it for m in meetings for it in m.get("items") or []])
    if "problems" in facts:
        _problems(sc, facts["problems"], run.problems)
    for line in run.logged:
        sc.note("logged (not counted)", line)
    return sc


def _meeting(sc: Score, want: dict | None, meetings: list[dict]) -> None:
    if not want:
        return
    got = max(meetings, key=lambda m: len(m.get("items") or []), default={})
    for key, value in want.items():
        sc["meeting fields"].want += 1
        sc["meeting fields"].got += 1
        have = got.get(key)
        same = low(have) == low(value) if key != "date" else have == value
        if same:
            sc["meeting fields"].hit += 1
        else:
            sc.note("meeting", f"{key}: want {value!r}, got {have!r}")


def _attendance(sc: Score, want: list[dict], got: list[dict]) -> None:
    def key(a: dict) -> tuple:
        return name_key(a.get("name")), low(a.get("role"))

    pool = {}
    for a in got:
        pool.setdefault(key(a), []).append(a)
    matched = []
    for w in want:
        hits = pool.get(key(w))
        if hits:
            matched.append((w, hits.pop(0)))
        else:
            sc.note("attendance", f"missing {w['name']} ({w.get('party')}) as {w['role']}")
    extra = [a for rest in pool.values() for a in rest]
    for a in extra:
        sc.note("attendance", f"not in the facts: {a.get('name')} ({a.get('party')}) as {a.get('role')}")
    t = sc["attendance"]
    t.want += len(want)
    t.got += len(got)
    t.hit += len(matched)
    for w, g in matched:
        _attendee_fields(sc, w, g)


def _attendee_fields(sc: Score, w: dict, g: dict) -> None:
    checks = {
        "party": (low(w.get("party")), low(g.get("party"))),
        "replaces": (name_key(w.get("replaces")) if w.get("replaces") else None,
                     name_key(g.get("replaces")) if g.get("replaces") else None),
        "paragraphs": (paragraphs_of(w.get("paragraphs")), paragraphs_of(g.get("paragraphs"))),
    }
    for k, (a, b) in checks.items():
        if k == "party" or k in w:
            _field(sc, "attendance fields", f"attendance {w['name']}", k, a, b)
    if "function" in w:
        ok = low(w["function"]) in (low(g.get("function")) or "")
        _field(sc, "attendance fields", f"attendance {w['name']}", "function", w["function"],
               g.get("function"), ok)


def _field(sc: Score, tally: str, where: str, name: str, want: object, got: object,
           ok: bool | None = None) -> None:
    t = sc[tally]
    t.want += 1
    t.got += 1
    if (want == got) if ok is None else ok:
        t.hit += 1
    else:
        sc.note(where, f"{name}: want {want!r}, got {got!r}")


def _problems(sc: Score, want: list[str], got: list[str]) -> None:
    folded = [low(p) or "" for p in got]
    t = sc["problems"]
    t.want += len(want)
    t.got += len(got)
    for w in want:
        if any(low(w) in p for p in folded):
            t.hit += 1
        else:
            sc.note("problems", f"none reported names {w!r}")
    for p in got:
        if not any(low(w) in (low(p) or "") for w in want):
            sc.unexpected_problems.append(p)
            sc.note("problems", f"reported, not in the facts: {p}")


# ------------------------------------------------------------------ items
def _items(sc: Score, want: list[dict], got: list[dict]) -> None:
    free = list(got)
    for w in want:
        g = _find_item(w, free)
        sc["§§"].want += 1
        label = w.get("number") or w.get("title", "")[:40]
        if g is None:
            sc.note(f"{label}", "§ not found")
            _decisions(sc, label, w.get("decisions") or [], [])
            continue
        free.remove(g)
        sc["§§"].hit += 1
        _item_fields(sc, label, w, g)
        if "decisions" in w:
            _decisions(sc, label, w["decisions"] or [], g.get("decisions") or [])
    sc["§§"].got += len(got)
    for g in free:
        sc.note(f"{g.get('number')}", f"§ not in the facts: {g.get('title')!r}")
        _decisions(sc, str(g.get("number")), [], g.get("decisions") or [])


def _find_item(w: dict, free: list[dict]) -> dict | None:
    if w.get("number") is not None:
        return next((g for g in free if item_key(g.get("number")) == item_key(w["number"])), None)
    keys = {dnr_key(d) for d in w.get("dnr") or []}
    by_dnr = [g for g in free if keys & {dnr_key(d) for d in g.get("dnr") or []}]
    if by_dnr:
        return by_dnr[0]
    from difflib import SequenceMatcher

    def likeness(g: dict) -> float:
        return SequenceMatcher(None, low(g.get("title")) or "", low(w.get("title")) or "").ratio()

    best = max(free, key=likeness, default=None)
    return best if best is not None and likeness(best) >= 0.6 else None


def _item_fields(sc: Score, label: str, w: dict, g: dict) -> None:
    if "title" in w:
        _field(sc, "titles", label, "title", fold(w["title"]), fold(g.get("title")))
    if "dnr" in w:
        _field(sc, "dnr", label, "dnr", sorted(dnr_key(d) for d in w["dnr"] or []),
               sorted(dnr_key(d) for d in g.get("dnr") or []))
    if "section" in w:
        _field(sc, "titles", label, "section", w["section"], g.get("section"))
    for k, doc in enumerate(w.get("documents") or []):
        match = next((d for d in g.get("documents") or [] if d.get("kind") == doc.get("kind")), None)
        for key, value in doc.items():
            have = (match or {}).get(key)
            ok = (fold(value) == fold(have)) if key == "title" else value == have
            _field(sc, "documents", label, f"documents[{k}].{key}", value, have, ok)


# ------------------------------------------------------------------ decisions
def _dfield(d: dict, key: str) -> object:
    return low(d.get(key)) if key in ("body", "proposed_to", "kind") else d.get(key)


def _dkey(d: dict) -> tuple:
    return tuple(_dfield(d, k) for k in DECISION_KEY)


def _pair_decisions(want: list[dict], got: list[dict]) -> tuple[list, list, list]:
    """(facts, export) pairs: exact keys first, then the closest on at least kind and 2 more."""
    free = list(got)
    pairs = []
    rest = []
    for w in want:
        g = next((g for g in free if _dkey(g) == _dkey(w)), None)
        if g is not None:
            free.remove(g)
            pairs.append((w, g))
        else:
            rest.append(w)
    for w in list(rest):
        scored = [(sum(a == b for a, b in zip(_dkey(w), _dkey(g))), g) for g in free
                  if low(g.get("kind")) == low(w.get("kind"))]
        best = max(scored, key=lambda x: x[0], default=(0, None))
        if best[1] is not None and best[0] >= 3:
            free.remove(best[1])
            pairs.append((w, best[1]))
            rest.remove(w)
    return pairs, rest, free


def _dlabel(d: dict) -> str:
    return "/".join(str(d.get(k)) for k in DECISION_KEY if d.get(k) is not None)


def _decisions(sc: Score, label: str, want: list[dict], got: list[dict]) -> None:
    pairs, missed, extra = _pair_decisions(want, got)
    t = sc["decisions"]
    t.want += len(want)
    t.got += len(got)
    t.hit += len(pairs)
    right = sc["decisions right"]
    right.want += len(want)
    right.got += len(got)
    for w, g in pairs:
        if _dkey(w) == _dkey(g):
            right.hit += 1
        else:
            diffs = [f"{k}: want {w.get(k)!r}, got {g.get(k)!r}" for k in DECISION_KEY
                     if _dfield(w, k) != _dfield(g, k)]
            sc.note(f"{label} decision {_dlabel(w)}", "; ".join(diffs))
        _decision_fields(sc, label, w, g)
    for w in missed:
        sc.note(f"{label}", f"decision not found: {_dlabel(w)}")
    for g in extra:
        kind = "förslag" if low(g.get("kind")) == "förslag" else "beslut"
        sc[f"spurious {kind}"].got += 1
        sc.note(f"{label}", f"decision not in the facts: {_dlabel(g)}")
    _pooled(sc, label, pairs + [(w, None) for w in missed] + [(None, g) for g in extra])


def _decision_fields(sc: Score, label: str, w: dict, g: dict) -> None:
    where = f"{label} decision {_dlabel(w)}"
    if "clauses" in w:
        want = [(c.get("number"), clause_text(c.get("text"))) for c in w["clauses"]]
        got = [(c.get("number"), clause_text(c.get("text"))) for c in g.get("clauses") or []]
        t = sc["clauses"]
        t.want += len(want)
        t.got += len(got)
        t.hit += sum((Counter(want) & Counter(got)).values())
        for k in range(max(len(want), len(got))):
            a = want[k] if k < len(want) else None
            b = got[k] if k < len(got) else None
            if a != b:
                sc.note(where, f"clauses[{k}]: want {a!r}, got {b!r}")
    for key in ("refers_back", "corrects"):
        if key in w:
            _field(sc, "decision fields", where, key, w[key], g.get(key))
    text = " ".join(fold(c.get("text")) for c in g.get("clauses") or [])
    for s in w.get("text_has") or []:
        _field(sc, "decision fields", where, "text_has", s, text, fold(s) in text)
    for s in w.get("text_lacks") or []:
        _field(sc, "decision fields", where, "text_lacks", s, "(found in the clauses)",
               fold(s) not in text)


# ------------------------------------------------------------------ persons, votes, amounts, uppdrag
def _people(d: dict | None) -> dict[str, Counter]:
    out = {k: Counter() for k in PERSON_KINDS}
    if not d:
        return out
    for m in d.get("motions") or []:
        stance = low(m.get("stance"))
        out["movers"].update((name_key(p.get("name")), low(p.get("party")), stance)
                             for p in m.get("movers") or [])
        out["movers"].update(("party", low(p), stance) for p in m.get("parties") or []
                             if not any(low(x.get("party")) == low(p) for x in m.get("movers") or []))
    for r in d.get("reservations") or []:
        out["reservants"].update((name_key(p.get("name")), low(p.get("party")))
                                 for p in r.get("members") or [])
        out["reservants"].update(("party", low(p)) for p in r.get("parties") or [])
    for s in d.get("statements") or []:
        kind = low(s.get("kind"))
        out["statements"].update((kind, name_key(p.get("name")), low(p.get("party")))
                                 for p in s.get("members") or [])
        out["statements"].update((kind, "party", low(p)) for p in s.get("parties") or [])
    return out


def _stated(w: dict | None, key: str) -> bool:
    return w is None or key in w


def _pooled(sc: Score, label: str, stated: list[tuple[dict | None, dict | None]]) -> None:
    """Persons, votes, amounts and uppdrag of a §, pooled over its decisions."""
    kinds = {"movers": "motions", "reservants": "reservations", "statements": "statements"}
    for kind, key in kinds.items():
        want, got = Counter(), Counter()
        for w, g in stated:
            if not _stated(w, key):
                continue
            want.update(_people(w)[kind])
            got.update(_people(g)[kind])
        miss, extra = sc[kind].bags(want, got)
        for x in miss.elements():
            sc.note(label, f"{kind}: missing {x}")
        for x in extra.elements():
            sc.note(label, f"{kind}: not in the facts {x}")
    _votes(sc, label, [v for w, _ in stated if w and "votes" in w for v in w["votes"]],
           [v for w, g in stated if g and _stated(w, "votes") for v in g.get("votes") or []])
    _amounts(sc, label, stated)
    _assignments(sc, label, stated)


def _voters(v: dict) -> Counter:
    return Counter((name_key(x.get("name")), low(x.get("party")), low(x.get("vote")))
                   for x in v.get("voters") or [])


def _align(want: list[dict], got: list[dict]) -> list[tuple[int, int]]:
    """In-order pairs of votes with the most voters and counts in common."""
    def sim(a: dict, b: dict) -> int:
        same = sum((_voters(a) & _voters(b)).values())
        counts = sum(a.get(k) == b.get(k) for k in ("yes", "no") if k in a)
        return same + 10 * counts

    n, m = len(want), len(got)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = sim(want[i], got[j])
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + s if s else 0)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        s = sim(want[i], got[j])
        if s and best[i][j] == best[i + 1][j + 1] + s:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _votes(sc: Score, label: str, want: list[dict], got: list[dict]) -> None:
    pairs = _align(want, got)
    sc["votes"].want += len(want)
    sc["votes"].got += len(got)
    sc["votes"].hit += len(pairs)
    seen_w, seen_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        w, g = want[i], got[j]
        for k in ("yes", "no", "abstain", "verified"):
            if k in w:
                _field(sc, "vote counts", f"{label} vote {i + 1}", k, w[k], g.get(k))
        if "voters" in w:
            miss, extra = sc["voters"].bags(_voters(w), _voters(g))
            _note_voters(sc, f"{label} vote {i + 1}", miss, extra)
    for i, w in enumerate(want):
        if i not in seen_w:
            sc.note(label, f"vote {i + 1} not found ({w.get('yes')}/{w.get('no')})")
            if "voters" in w:
                sc["voters"].bags(_voters(w), Counter())
    for j, g in enumerate(got):
        if j not in seen_g:
            sc.note(label, f"vote not in the facts ({g.get('yes')}/{g.get('no')})")
            sc["voters"].bags(Counter(), _voters(g))


def _note_voters(sc: Score, where: str, miss: Counter, extra: Counter) -> None:
    if miss:
        sc.note(where, f"voters missing ({sum(miss.values())}): "
                       + ", ".join(f"{n} {p} {v}" for n, p, v in sorted(miss.elements())[:12]))
    if extra:
        sc.note(where, f"voters not in the facts ({sum(extra.values())}): "
                       + ", ".join(f"{n} {p} {v}" for n, p, v in sorted(extra.elements())[:12]))


def _amounts(sc: Score, label: str, stated: list) -> None:
    want, got = [], []
    for w, g in stated:
        if not _stated(w, "amounts"):
            continue
        want += (w or {}).get("amounts") or []
        got += (g or {}).get("amounts") or []
    free = list(got)
    t = sc["amounts"]
    t.want += len(want)
    t.got += len(got)
    for a in want:
        g = next((x for x in free if x.get("value") == a["value"] and
                  (x.get("currency") or "SEK") == a.get("currency", "SEK")), None)
        if g is None:
            sc.note(label, f"amount missing: {a['value']} {a.get('currency', 'SEK')}")
            continue
        free.remove(g)
        t.hit += 1
        for k in ("year", "clause"):
            if k in a:
                _field(sc, "amount fields", f"{label} amount {a['value']}", k, a[k], g.get(k))
    for g in free:
        sc.note(label, f"amount not in the facts: {g.get('value')} {g.get('currency')} "
                       f"({fold(g.get('text'))!r})")


def _assignments(sc: Score, label: str, stated: list) -> None:
    want, got = [], []
    for w, g in stated:
        if not _stated(w, "assignments"):
            continue
        want += (w or {}).get("assignments") or []
        got += (g or {}).get("assignments") or []
    free = list(got)
    t = sc["assignments"]
    t.want += len(want)
    t.got += len(got)
    for a in want:
        g = next((x for x in free if low(x.get("assignee")) == low(a["assignee"])), None)
        if g is None:
            sc.note(label, f"uppdrag missing: {a['assignee']}")
            continue
        free.remove(g)
        t.hit += 1
        for s in a.get("text_has") or []:
            _field(sc, "assignment fields", f"{label} uppdrag {a['assignee']}", "text_has", s,
                   g.get("text"), fold(s).casefold() in fold(g.get("text")).casefold())
    for g in free:
        sc.note(label, f"uppdrag not in the facts: {g.get('assignee')!r}: {fold(g.get('text'))!r}")


# ------------------------------------------------------------------ reporting
COLUMNS = [("§§", "§§", "r"), ("decisions", "dec", "r"), ("decisions right", "dec ok", "r"),
           ("clauses", "clauses", "r"), ("movers", "movers", "pr"), ("reservants", "reserv", "pr"),
           ("voters", "voters", "pr"), ("statements", "statem", "pr"), ("amounts", "amounts", "pr"),
           ("assignments", "uppdrag", "pr"), ("attendance", "attend", "pr"),
           ("problems", "problems", "r")]


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}"


def cell(t: Tally | None, mode: str) -> str:
    if t is None or (t.want == 0 and t.got == 0):
        return "–"
    if mode == "r":
        return f"{t.hit}/{t.want}"
    return f"{pct(t.precision)}/{pct(t.recall)}"


def persons(sc: Score) -> Tally:
    total = Tally()
    for k in PERSON_KINDS:
        if k in sc.t:
            total.add(sc.t[k])
    return total


def total_of(scores: list[Score]) -> Score:
    total = Score("total")
    for sc in scores:
        for k, t in sc.t.items():
            total[k].add(t)
        total.unexpected_problems += sc.unexpected_problems
    return total


def table(scores: list[Score]) -> str:
    total = total_of(scores)
    head = ["document"] + [c[1] for c in COLUMNS] + ["persons", "extra pb"]
    rows = []
    for sc in scores + [total]:
        name = sc.doc.replace(".pdf", "") + (" (refused)" if sc.refused else "")
        rows.append([name] + [cell(sc.t.get(k), mode) for k, _, mode in COLUMNS]
                    + [cell(persons(sc), "pr"), str(len(sc.unexpected_problems))])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n\n" + headline(total)


def headline(total: Score) -> str:
    t: defaultdict[str, Tally] = defaultdict(Tally, total.t)  # a tally no document stated is 0/0
    spurious = {k: t[k].got for k in ("spurious beslut", "spurious förslag") if k in t}
    parts = [
        f"§§ found {pct(t['§§'].recall)} % ({t['§§'].hit} of {t['§§'].want}; "
        f"{t['§§'].got - t['§§'].hit} not in the facts)",
        f"decisions found {pct(t['decisions'].recall)} %, right {pct(t['decisions right'].recall)} % "
        f"({t['decisions right'].hit} of {t['decisions'].want}; not in the facts: "
        + ", ".join(f"{n} {k.split()[1]}" for k, n in spurious.items()) + ")",
        "persons P/R " + "/".join(pct(x) for x in (persons(total).precision, persons(total).recall))
        + " % (" + ", ".join(f"{k} {t[k].hit}/{t[k].want}" for k in PERSON_KINDS if k in t) + ")",
        f"amounts P/R {pct(t['amounts'].precision)}/{pct(t['amounts'].recall)} %, uppdrag P/R "
        f"{pct(t['assignments'].precision)}/{pct(t['assignments'].recall)} %",
        f"attendance P/R {pct(t['attendance'].precision)}/{pct(t['attendance'].recall)} %, "
        f"fields right {t['attendance fields'].hit}/{t['attendance fields'].want}",
        f"titles {t['titles'].hit}/{t['titles'].want}, dnr {t['dnr'].hit}/{t['dnr'].want}, "
        f"clauses {t['clauses'].hit}/{t['clauses'].want}, vote counts "
        f"{t['vote counts'].hit}/{t['vote counts'].want}, meeting fields "
        f"{t['meeting fields'].hit}/{t['meeting fields'].want}",
        f"problems named {t['problems'].hit}/{t['problems'].want}, reported beyond the facts "
        f"{len(total.unexpected_problems)}",
    ]
    return "\n".join(f"- {p}" for p in parts)


def as_json(scores: list[Score]) -> dict:
    def tallies(sc: Score) -> dict:
        return {k: {"want": t.want, "got": t.got, "hit": t.hit, "precision": t.precision,
                    "recall": t.recall} for k, t in sorted(sc.t.items())}

    return {"documents": [{"file": sc.doc, "refused": sc.refused, "scores": tallies(sc),
                           "unexpected_problems": sc.unexpected_problems, "diff": sc.diff}
                          for sc in scores],
            "total": tallies(total_of(scores))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--json", action="store_true", help="print JSON (scores and diffs)")
    ap.add_argument("--diff", action="store_true", help="list every mismatch, by field")
    args = ap.parse_args(argv)
    pdfs = args.pdfs or sorted(HERE.glob("*.pdf"))
    scores = []
    for pdf in pdfs:
        facts = json.loads(pdf.with_suffix(".facts.json").read_text(encoding="utf-8"))
        scores.append(score_document(pdf, facts, run_meetbook(pdf)))
    if args.json:
        print(json.dumps(as_json(scores), ensure_ascii=False, indent=1))
        return 0
    print(table(scores))
    if args.diff:
        print()
        for sc in scores:
            print("\n".join(sc.diff))
    return 0


if __name__ == "__main__":
    sys.exit(main())
