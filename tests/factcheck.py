"""Hand-written facts against an export: every stated field compared, every difference named.

The facts format is the team's (`<doc>.facts.json` beside `<doc>.pdf`, shaped like the export
of ../shared/CONTRACT.md): a key that is present is checked in full, a key that is absent is not
stated, a list that is present is the complete list (an empty list says "none"). Keys that begin
with "_" are notes for the reader. A key the checker does not know is an error, never skipped: a
fact nobody checks is no fact.

Values are compared as the export gives them, with these normal forms:
- texts (titles, clauses) with white space folded; diarienummer by their canonical key;
- an uppdrag's assignee without regard to case (a sentence may capitalise it);
- an attendance note's `paragraphs` as the § numbers it names ("§§ 140-143" → [140, 141, 142,
  143]; a note that names no § is null).
Matchers, where a full value is unreasonable to write by hand:
- a decision's `text_has` / `text_lacks`: strings its clauses, joined, must (not) contain;
- an uppdrag's `text_has`: strings its text must contain (case aside);
- `problems`: strings that some reported problem must contain; every reported problem must
  contain one of them.

Matching: items by number (as printed; a paper without a number by case number, then title);
decisions by (kind, body, date, paragraph, proposed_to) as far as the facts state them; votes and
clauses in order; attendance by (name, role); motions, reservations, statements, amounts,
uppdrag, documents, history entries and assignment events order-free, each fact entry paired
with one exported entry equal on the keys it states.

    .venv/bin/python -m tests.factcheck tests/templates/*.pdf [--diff]   # a score report
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from meetbook.extract.dnr import canonical_key

DECISION_KEY = ("kind", "body", "date", "paragraph", "proposed_to")
MEETING_KEYS = {"municipality", "body", "date", "place", "pages"}
ATTENDEE_KEYS = {"name", "party", "role", "replaces", "paragraphs", "function"}
ITEM_KEYS = {"number", "title", "section", "dnr", "pages", "documents", "history", "decisions"}
DOCUMENT_KEYS = {"kind", "title", "date", "dnr", "pages"}
HISTORY_KEYS = {"body", "date", "paragraph"}
DECISION_KEYS = set(DECISION_KEY) | {
    "clauses", "motions", "votes", "reservations", "statements", "amounts", "assignments",
    "assignment_events", "corrects", "refers_back", "text_has", "text_lacks"}
MOTION_KEYS = {"movers", "parties", "stance", "clauses"}
VOTE_KEYS = {"yes", "no", "abstain", "verified", "voters"}
GROUP_KEYS = {"kind", "members", "parties"}  # reservations (no kind) and statements
AMOUNT_KEYS = {"value", "currency", "year", "clause"}
ASSIGNMENT_KEYS = {"assignee", "text_has"}
EVENT_KEYS = {"assignment", "event", "assignee"}


class FactsError(ValueError):
    """The facts file itself is wrong: a key the checker does not know, a value of no shape."""


@dataclass(frozen=True)
class Difference:
    """One way the export differs from the facts: where (document, part, field) and what."""

    doc: str
    part: str  # the item's number as the facts give it, or "meeting", "attendance", "items", "problems"
    path: str  # the field inside the part: 'beslut[Kommunstyrelsen 2025-06-10 §141].votes[0].voters'
    what: str

    def __str__(self) -> str:
        return " ".join(x for x in (self.doc, self.part, self.path) if x) + f": {self.what}"


@dataclass
class Comparison:
    """The differences of one document, and how many stated facts of each field were checked."""

    doc: str
    differences: list[Difference] = field(default_factory=list)
    checked: Counter = field(default_factory=Counter)
    agreed: Counter = field(default_factory=Counter)

    def count(self, name: str, ok: bool, n: int = 1) -> bool:
        self.checked[name] += n
        self.agreed[name] += n if ok else 0
        return ok

    def differ(self, part: str, path: str, what: str) -> None:
        self.differences.append(Difference(self.doc, part, path, what))

    def same(self, part: str, path: str, name: str, want: object, got: object,
             ok: bool | None = None) -> None:
        """Count one stated value; name it when the export says something else."""
        if not self.count(name, want == got if ok is None else ok):
            self.differ(part, path, f"want {want!r}, got {got!r}")


# ------------------------------------------------------------------ normal forms
def fold(text: object) -> str:
    return " ".join(str(text or "").split())


def dnr_keys(values: Iterable[str] | None) -> list[str]:
    return sorted(canonical_key(v) for v in values or [])


def paragraphs_named(note: object) -> list[int] | None:
    """The § numbers an attendance note names: "§§ 140-143, 146" → [140, 141, 142, 143, 146]."""
    if note is None or isinstance(note, list):
        return sorted(note) if note else None
    out: set[int] = set()
    for run in re.findall(r"§+\s*(\d+(?:\s*(?:[-–]|,|och)\s*\d+)*)", str(note)):
        for a, b in re.findall(r"(\d+)(?:\s*[-–]\s*(\d+))?", run):
            out.update(range(int(a), int(b or a) + 1))
    return sorted(out) or None


def member(m: dict) -> str:
    return f"{fold(m.get('name'))} ({m.get('party') if m.get('party') is not None else '?'})"


def members(ms: Iterable[dict]) -> tuple[str, ...]:
    return tuple(sorted(member(m) for m in ms or []))


def decision_label(d: dict) -> str:
    where = " ".join(str(d.get(k)) for k in ("body", "date") if k in d)
    if "paragraph" in d:
        where += f" §{d['paragraph']}"
    if d.get("proposed_to"):
        where += f" → {d['proposed_to']}"
    return f"{d.get('kind', '?')}[{where.strip()}]"


def _known(facts: dict, keys: set[str], where: str) -> None:
    unknown = sorted(k for k in facts if k not in keys and not k.startswith("_"))
    if unknown:
        raise FactsError(f"{where}: keys no checker knows: {', '.join(unknown)}")


# the keys each kind of entry may state, by where it stands in a facts file
SCHEMA: dict[str, set[str]] = {
    "": {"file", "meeting", "attendance", "problems", "items"}, "meeting": MEETING_KEYS,
    "attendance": ATTENDEE_KEYS, "items": ITEM_KEYS, "documents": DOCUMENT_KEYS,
    "history": HISTORY_KEYS, "decisions": DECISION_KEYS, "motions": MOTION_KEYS,
    "votes": VOTE_KEYS, "voters": {"name", "party", "vote"}, "reservations": GROUP_KEYS,
    "statements": GROUP_KEYS, "amounts": AMOUNT_KEYS, "assignments": ASSIGNMENT_KEYS,
    "assignment_events": EVENT_KEYS, "assignment": {"body", "date", "paragraph", "point"},
    "clauses": {"number", "text"}, "movers": {"name", "party"}, "members": {"name", "party"},
    "corrects": {"body", "date", "paragraph", "clauses"}}


def validate(facts: object, where: str = "") -> None:
    """Raise FactsError for any key of a facts file that no comparison reads."""
    if isinstance(facts, list):
        for x in facts:
            validate(x, where)
        return
    if not isinstance(facts, dict):
        return
    keys = SCHEMA.get(where.rsplit(".", 1)[-1])
    if keys is not None:
        _known(facts, keys, where or "document")
    for k, v in facts.items():
        if not k.startswith("_") and isinstance(v, (dict, list)) and k in SCHEMA:
            validate(v, f"{where}.{k}" if where else k)


def _pair(want: list, got: list, same: Callable[[dict, dict], bool]) -> tuple[list, list, list]:
    """(pairs, facts without a partner, exported without one): each fact takes the first equal."""
    free = list(got)
    pairs, missing = [], []
    for w in want:
        g = next((g for g in free if same(w, g)), None)
        if g is None:
            missing.append(w)
        else:
            free.remove(g)
            pairs.append((w, g))
    return pairs, missing, free


def _stated_equal(w: dict, g: dict, keys: dict[str, Callable[[object], object]]) -> bool:
    return all(norm(w[k]) == norm(g.get(k)) for k, norm in keys.items() if k in w)


# ------------------------------------------------------------------ the document
def compare(facts: dict, export: dict, problems: list[str] | None = None,
            doc: str | None = None) -> Comparison:
    """Every difference between one document's facts and the export of its file."""
    validate(facts)
    c = Comparison(doc or Path(facts["file"]).stem)
    meetings = [m for m in export.get("meetings", [])
                if (m.get("source") or {}).get("file") == facts["file"]]
    if "meeting" in facts:
        _meeting(c, facts["meeting"], meetings)
    if "attendance" in facts:
        _attendance(c, facts["attendance"], [a for m in meetings for a in m.get("attendance") or []])
    if "problems" in facts:
        _problems(c, facts["problems"], problems or [])
    if "items" in facts:
        _items(c, facts["items"], [it for m in meetings for it in m.get("items") or []])
    return c


def _meeting(c: Comparison, want: dict, meetings: list[dict]) -> None:
    _known(want, MEETING_KEYS, "meeting")
    if len(meetings) != 1:
        c.differ("meeting", "", f"want one meeting of the file, got {len(meetings)}")
    got = meetings[0] if meetings else {}
    for k, v in want.items():
        have = (got.get("source") or {}).get("pages") if k == "pages" else got.get(k)
        c.same("meeting", k, f"meeting.{k}", v, have)


def _problems(c: Comparison, want: list[str], got: list[str]) -> None:
    for w in want:
        if not c.count("problems", any(fold(w).casefold() in fold(p).casefold() for p in got)):
            c.differ("problems", "", f"none reported names {w!r}")
    for p in got:
        if not any(fold(w).casefold() in fold(p).casefold() for w in want):
            c.count("problems", False)
            c.differ("problems", "", f"reported, not in the facts: {p!r}")


# ------------------------------------------------------------------ attendance
def _attendance(c: Comparison, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, ATTENDEE_KEYS, "attendance")
    key = {"name": fold, "role": fold}
    pairs, missing, extra = _pair(want, got, lambda w, g: _stated_equal(w, g, key))
    c.count("attendance", True, len(pairs))
    for w in missing:
        c.count("attendance", False)
        c.differ("attendance", "", f"missing {member(w)} as {w.get('role')}")
    for g in extra:
        c.count("attendance", False)
        c.differ("attendance", "", f"not in the facts: {member(g)} as {g.get('role')}")
    for w, g in pairs:
        _attendee(c, w, g)


def _attendee(c: Comparison, w: dict, g: dict) -> None:
    path = f"{fold(w['name'])} ({w.get('role')})"
    for k in ("party", "replaces"):
        if k in w:
            c.same("attendance", f"{path}.{k}", f"attendance.{k}", w[k], g.get(k))
    if "paragraphs" in w:
        c.same("attendance", f"{path}.paragraphs", "attendance.paragraphs",
               paragraphs_named(w["paragraphs"]), paragraphs_named(g.get("paragraphs")))
    if "function" in w:
        c.same("attendance", f"{path}.function", "attendance.function", w["function"],
               g.get("function"), fold(w["function"]).casefold() == fold(g.get("function")).casefold())


# ------------------------------------------------------------------ items
def _find_item(w: dict, free: list[dict]) -> dict | None:
    if w.get("number") is not None:
        return next((g for g in free if fold(g.get("number")) == fold(w["number"])), None)
    keys = set(dnr_keys(w.get("dnr")))
    return next((g for g in free if keys & set(dnr_keys(g.get("dnr")))), None) or next(
        (g for g in free if fold(g.get("title")) == fold(w.get("title"))), None)


def item_part(w: dict) -> str:
    """How a difference names the item: its number, or its title without one."""
    return fold(w.get("number")) or fold(w.get("title"))[:40]


def _items(c: Comparison, want: list[dict], got: list[dict]) -> None:
    free = list(got)
    for w in want:
        _known(w, ITEM_KEYS, f"item {item_part(w)}")
        g = _find_item(w, free)
        if not c.count("items", g is not None):
            c.differ("items", "", f"missing {item_part(w)} {fold(w.get('title'))!r}")
            continue
        free.remove(g)
        _item(c, item_part(w), w, g)
    for g in free:
        c.count("items", False)
        c.differ("items", "", f"not in the facts: {fold(g.get('number'))} {fold(g.get('title'))!r}")


def _item(c: Comparison, part: str, w: dict, g: dict) -> None:
    if "title" in w:
        c.same(part, "title", "title", fold(w["title"]), fold(g.get("title")))
    for k in ("section", "pages"):
        if k in w:
            c.same(part, k, k, w[k], g.get(k))
    if "dnr" in w:
        c.same(part, "dnr", "dnr", dnr_keys(w["dnr"]), dnr_keys(g.get("dnr")))
    if "documents" in w:
        _documents(c, part, w["documents"], g.get("documents") or [])
    if "history" in w:
        _history(c, part, w["history"], g.get("history") or [])
    if "decisions" in w:
        _decisions(c, part, w["decisions"], g.get("decisions") or [])


def _documents(c: Comparison, part: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, DOCUMENT_KEYS, f"{part} documents")
    key = {"kind": fold, "title": fold, "date": lambda v: v, "pages": lambda v: v,
           "dnr": lambda v: dnr_keys([v] if v else [])}
    _bag(c, part, "documents", want, got, lambda w, g: _stated_equal(w, g, key),
         lambda d: f"{d.get('kind')} {fold(d.get('title'))!r} {d.get('date')} pages {d.get('pages')}")


def _history(c: Comparison, part: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, HISTORY_KEYS, f"{part} history")
    _bag(c, part, "history", want, got,
         lambda w, g: all(w[k] == g.get(k) for k in w),
         lambda h: f"{h.get('body')} {h.get('date')} §{h.get('paragraph')}")


def _bag(c: Comparison, part: str, path: str, want: list, got: list,
         same: Callable[[dict, dict], bool], show: Callable[[dict], str], name: str = "") -> None:
    """Order-free lists: each fact entry pairs with one equal exported entry, the rest differ."""
    pairs, missing, extra = _pair(want, got, same)
    name = name or path.rsplit(".", 1)[-1]
    c.count(name, True, len(pairs))
    for w in missing:
        c.count(name, False)
        c.differ(part, path, f"missing {show(w)}")
    for g in extra:
        c.count(name, False)
        c.differ(part, path, f"not in the facts: {show(g)}")


# ------------------------------------------------------------------ decisions
def _decision_key(w: dict, g: dict) -> bool:
    return all(w[k] == g.get(k) for k in DECISION_KEY if k in w)


def _decisions(c: Comparison, part: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, DECISION_KEYS, f"{part} {decision_label(w)}")
    pairs, missing, extra = _pair(want, got, _decision_key)
    c.count("decisions", True, len(pairs))
    # a decision found with its body, date and § but sent to another body: one field differs
    near, missing, extra = _pair(missing, extra, lambda w, g: _decision_key(
        {k: v for k, v in w.items() if k != "proposed_to"}, g))
    for w, g in near:
        c.count("decisions", False)
        c.differ(part, decision_label(w), f"proposed_to: want {w.get('proposed_to')!r}, "
                                          f"got {g.get('proposed_to')!r}")
    pairs += near
    for w in missing:
        c.count("decisions", False)
        c.differ(part, decision_label(w), "decision not found")
    for g in extra:
        c.count("decisions", False)
        c.differ(part, decision_label(g), "decision not in the facts")
    for w, g in pairs:
        _decision(c, part, decision_label(w), w, g)


def _decision(c: Comparison, part: str, label: str, w: dict, g: dict) -> None:
    if "clauses" in w:
        _clauses(c, part, f"{label}.clauses", w["clauses"], g.get("clauses") or [])
    for k in ("corrects", "refers_back"):
        if k in w:
            c.same(part, f"{label}.{k}", k, w[k], g.get(k))
    text = fold(" ".join(cl.get("text") or "" for cl in g.get("clauses") or []))
    for s in w.get("text_has") or []:
        if not c.count("text_has", fold(s) in text):
            c.differ(part, f"{label}.text_has", f"the clauses do not say {s!r}")
    for s in w.get("text_lacks") or []:
        if not c.count("text_lacks", fold(s) not in text):
            c.differ(part, f"{label}.text_lacks", f"the clauses say {s!r}")
    for key, check in PROCEDURE.items():
        if key in w:
            check(c, part, f"{label}.{key}", w[key], g.get(key) or [])


def _clauses(c: Comparison, part: str, path: str, want: list[dict], got: list[dict]) -> None:
    """In order: a clause too many or too few is named once, not every clause after it."""
    a = [(x.get("number"), fold(x.get("text"))) for x in want]
    b = [(x.get("number"), fold(x.get("text"))) for x in got]
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            c.count("clauses", True, i2 - i1)
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            w = a[i1 + k] if i1 + k < i2 else None
            g = b[j1 + k] if j1 + k < j2 else None
            c.count("clauses", False)
            if w and g:
                c.differ(part, f"{path}[{i1 + k}]", f"want {w!r}, got {g!r}")
            elif w:
                c.differ(part, f"{path}[{i1 + k}]", f"missing {w!r}")
            else:
                c.differ(part, f"{path}[{i1}]", f"not in the facts: {g!r}")


def _motions(c: Comparison, part: str, path: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, MOTION_KEYS, path)
    key = {"movers": members, "stance": lambda v: v, "parties": lambda v: sorted(v or []),
           "clauses": lambda v: sorted(v or [])}

    def show(m: dict) -> str:
        extra = "".join(f" {k} {m[k]}" for k in ("parties", "clauses") if m.get(k))
        return f"{', '.join(members(m.get('movers'))) or '-'} {m.get('stance')}{extra}"

    _bag(c, part, path, want, got, lambda w, g: _stated_equal(w, g, key), show)


def _groups(c: Comparison, part: str, path: str, want: list[dict], got: list[dict]) -> None:
    """Reservations and statements: members (and party groups, and a statement's kind)."""
    for w in want:
        _known(w, GROUP_KEYS, path)
    key = {"kind": lambda v: v, "members": members, "parties": lambda v: sorted(v or [])}

    def show(r: dict) -> str:
        who = ", ".join(members(r.get("members")) + tuple(r.get("parties") or []))
        return f"{r['kind'] + ' ' if r.get('kind') else ''}{who or '-'}"

    _bag(c, part, path, want, got, lambda w, g: _stated_equal(w, g, key), show)


def _votes(c: Comparison, part: str, path: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, VOTE_KEYS, path)
    if len(want) != len(got):
        c.differ(part, path, f"want {len(want)} votes, got {len(got)}")
    for k, w in enumerate(want):
        g = got[k] if k < len(got) else {}
        for key in ("yes", "no", "abstain", "verified"):
            if key in w:
                c.same(part, f"{path}[{k}].{key}", f"votes.{key}", w[key], g.get(key))
        if "voters" in w:
            _bag(c, part, f"{path}[{k}].voters", w["voters"], g.get("voters") or [],
                 lambda a, b: (member(a), a.get("vote")) == (member(b), b.get("vote")),
                 lambda v: f"{member(v)} {v.get('vote')}", "voters")


def _amounts(c: Comparison, part: str, path: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, AMOUNT_KEYS, path)
    key = {k: (lambda v: v) for k in AMOUNT_KEYS}

    def show(a: dict) -> str:
        return (f"{a.get('value')} {a.get('currency')}"
                + "".join(f" {k} {a[k]}" for k in ("year", "clause") if a.get(k) is not None)
                + (f" ({fold(a['text'])!r})" if a.get("text") else ""))

    _bag(c, part, path, want, got, lambda w, g: _stated_equal(w, g, key), show)


def _assignments(c: Comparison, part: str, path: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, ASSIGNMENT_KEYS, path)

    def same(w: dict, g: dict) -> bool:
        text = fold(g.get("text")).casefold()
        return (fold(w["assignee"]).casefold() == fold(g.get("assignee")).casefold()
                and all(fold(s).casefold() in text for s in w.get("text_has") or []))

    def show(a: dict) -> str:
        says = a.get("text_has") or ([fold(a["text"])] if a.get("text") else [])
        return f"{a.get('assignee')!r}" + (f" saying {says}" if says else "")

    _bag(c, part, path, want, got, same, show)


def _events(c: Comparison, part: str, path: str, want: list[dict], got: list[dict]) -> None:
    for w in want:
        _known(w, EVENT_KEYS, path)
    _bag(c, part, path, want, got, lambda w, g: all(w[k] == g.get(k) for k in w),
         lambda e: json.dumps({k: e.get(k) for k in ("assignment", "event", "assignee")},
                              ensure_ascii=False), "assignment_events")


PROCEDURE = {"motions": _motions, "votes": _votes, "reservations": _groups, "statements": _groups,
             "amounts": _amounts, "assignments": _assignments, "assignment_events": _events}


# ------------------------------------------------------------------ a score report
def run(pdf: Path) -> tuple[dict, list[str]]:
    """Import one PDF into a temporary register: its export and the problems reported."""
    import tempfile

    from meetbook.importer import import_files
    from meetbook.register import open_register
    from meetbook.register.export import export

    with tempfile.TemporaryDirectory() as tmp:
        db = open_register(Path(tmp) / "register.db")
        try:
            summary = import_files(db, [str(pdf)])
            data = export(db)
            problems = list(summary.problems) + file_problems(db)
        finally:
            db.close()
    return data, problems


def file_problems(db) -> list[str]:
    """The problems the register keeps for its files (`meetbook sources`)."""
    return [str(p) for row in db["files"].rows for p in json.loads(row.get("problems") or "[]")]


def report(comparisons: list[Comparison], diff: bool = False) -> str:
    fields = sorted({k for c in comparisons for k in c.checked})
    lines = [f"{'field':<24}{'agreed':>8}{'checked':>9}"]
    for name in fields:
        agreed = sum(c.agreed[name] for c in comparisons)
        checked = sum(c.checked[name] for c in comparisons)
        lines.append(f"{name:<24}{agreed:>8}{checked:>9}")
    agreed = sum(sum(c.agreed.values()) for c in comparisons)
    checked = sum(sum(c.checked.values()) for c in comparisons)
    lines.append(f"{'all':<24}{agreed:>8}{checked:>9}")
    lines += ["", *(f"{c.doc}: {sum(c.agreed.values())}/{sum(c.checked.values())} agree, "
                    f"{len(c.differences)} differences" for c in comparisons)]
    if diff:
        lines += ["", *(str(d) for c in comparisons for d in c.differences)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Facts against meetbook's export, field by field.")
    ap.add_argument("pdfs", nargs="+", type=Path)
    ap.add_argument("--diff", action="store_true", help="list every difference")
    args = ap.parse_args(argv)
    comparisons = []
    for pdf in args.pdfs:
        facts = json.loads(pdf.with_suffix(".facts.json").read_text(encoding="utf-8"))
        try:
            data, problems = run(pdf)
        except Exception as e:  # a refused or crashing file is a result of the report
            data, problems = {"meetings": []}, [f"{type(e).__name__}: {e}"]
        comparisons.append(compare(facts, data, problems))
    print(report(comparisons, args.diff))
    return 0


if __name__ == "__main__":
    sys.exit(main())
