"""Terminal renderings of query results: short tables and timelines a person can read."""
from __future__ import annotations

import shutil
import sys
import textwrap


def _cut(s, n: int) -> str:
    s = " ".join(str(s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def terminal_width() -> int:
    """The terminal's width; wide when the output goes to a file or a pipe."""
    return shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 200


def search_table(rows: list[dict], width: int | None = None) -> str:
    """One block per decision: date, body, §, the whole dnr and kind on its first line; the
    item's title, a snippet of the decision's text and where it is printed below."""
    if not rows:
        return "No decisions found."
    width = width or terminal_width()
    dnr_w = max([len("case"), *(len(r["dnr"] or "") for r in rows)])
    body_w = min(40, max([len("body"), *(len(r["body"] or "") for r in rows)]))
    head = f"{'date':<10}  {'body':<{body_w}}  {'§':>4}  {'case':<{dnr_w}}  kind"
    lines = [head, "-" * min(width, max(len(head) + 4, 60))]
    indent = " " * 12
    text_w = max(40, width - len(indent))
    for r in rows:
        lines.append(f"{r['date'] or '':<10}  {_cut(r['body'], body_w):<{body_w}}  "
                     f"{r['paragraph'] or '':>4}  {r['dnr'] or '':<{dnr_w}}  "
                     f"{r['kind'] or 'ärende'}")
        # a case paper on its own is an item without a number
        lines.append(indent + _cut(" ".join(x for x in (r["item"], r["title"]) if x), text_w))
        lines += textwrap.wrap(r.get("snippet") or "", len(indent) + text_w, initial_indent=indent,
                               subsequent_indent=indent, max_lines=2, placeholder=" …")
        roles = f"  ({', '.join(r['roles'])})" if r.get("roles") else ""
        lines.append(f"{indent}[{r['file']} p. {r['page']}]{roles}")
    return "\n".join(lines)


def history(h: dict) -> str:
    out = [f"Case {h['dnr']}"]
    for s in h["steps"]:
        par = f" § {s['paragraph']}" if s["paragraph"] else ""
        when = s["date"] or (f"({s['paper_date']}, paper)" if s.get("paper_date") else "(no date)")
        out.append(f"\n{when}  {s['body'] or '?'}{par} — {s['outcome']}"
                   f"  [{s['file']} p. {s['page']}]")
        if s.get("text"):
            out.append(textwrap.fill(s["text"], 90, initial_indent="    ",
                                     subsequent_indent="    "))
        if s.get("corrects"):
            c = s["corrects"]
            out.append(f"    corrects {c['body']} {c['date']} § {c['paragraph']}, "
                       f"att-satser {', '.join(map(str, c['clauses']))}")
        for cl in s.get("in_force") or s["clauses"]:
            num = f"{cl['number']}. " if cl.get("number") is not None else "– "
            out.append(textwrap.fill(num + cl["text"], 90, initial_indent="    ",
                                     subsequent_indent="       "))
            if cl.get("replaced"):
                out.append(textwrap.fill(f"(in force after {cl['corrected_by']}; replaced: "
                                         f"{cl['replaced']})", 90, initial_indent="       ",
                                         subsequent_indent="       "))
    return "\n".join(out)


def trace(ident: str, events: list[dict]) -> str:
    out = [f"Assignment {ident}"]
    for e in events:
        out.append(f"\n{e['date'] or '(no date)'}  {e['what']}: {_cut(e['title'], 70)}"
                   f"  [{e['file']} p. {e['page']}]")
        out.append(textwrap.fill(_cut(e["text"], 400), 90, initial_indent="    ",
                                 subsequent_indent="    "))
    return "\n".join(out)


def positions(rows: list[dict]) -> str:
    if not rows:
        return "No positions found."
    out, case = [], None
    for r in rows:
        if r["dnr"] != case:
            case = r["dnr"]
            out.append(f"\n{case or '(no dnr)'}  {_cut(r['title'], 70)}")
        clauses = f" att-sats {', '.join(map(str, r['clauses']))}" if r["clauses"] else ""
        what = r["role"] if r["role"] == r["position"] else f"{r['role']} {r['position']}"
        who = r["name"] or "partigrupp"  # a party group's position names no person
        out.append(f"  {r['date'] or '':<10} {r['body'] or '':<24} {who} ({r['party']}): "
                   f"{what}{clauses}  [{r['file']} p. {r['page']}]")
    return "\n".join(out).lstrip()


# ------------------------------------------------------------------ the auditor's trail


def _decision_ref(body, day, paragraph) -> str:
    par = f" § {paragraph}" if paragraph else ""
    return f"{body or '?'} {day or ''}{par}".replace("  ", " ").strip()


def _where(s: dict) -> str:
    return f"[{s['file']} p. {s['page']}]" if s.get("file") else "[not in the register]"


def _uppdrag_head(u: dict) -> str:
    to = f" → {u['assignee']}" if u["assignee"] else ""
    if u["ref"] and (u["date"] or u["paragraph"]):
        return f"{u['ref']}{to}"
    p = u["proposal"]
    if p:
        by = _decision_ref(p["body"], p["date"], p["paragraph"])
        return f"proposed by {by}" + (f" to {p['to']}" if p["to"] else "") + to
    of = f" of {u['body']}" if u["body"] else ""
    return f"uppdrag{of} cited without its decision{to}"


def uppdrag_status(u: dict) -> str:
    """"open for 412 days; due 2025-09-30 (senast 30 september 2025), overdue", "fullgjort by
    Kommunstyrelsen 2024-02-07 § 110 after 2086 days"."""
    closed = u["closed"]
    if closed:
        after = f" after {closed['days']} days" if closed["days"] is not None else ""
        return (f"{closed['event']} by "
                f"{_decision_ref(closed['body'], closed['date'], closed['paragraph'])}{after}")
    parts = [u["status"] if u["status"] != "öppet" else "open"]
    if u["proposal"]:
        parts[0] = "proposed, not yet given in the register"
    if u["days_open"] is not None:
        parts[0] += f" for {u['days_open']} days"
    if u["due"]:
        text = f" ({u['due_text']})" if u["due_text"] else ""
        parts.append(f"due {u['due']}{text}" + (", overdue" if u["overdue"] else ""))
    last = u["last"]
    if last:
        parts.append(f"{last['what']} by "
                     f"{_decision_ref(last['body'], last['date'], last['paragraph'])}")
    parts += u["pending"]
    return "; ".join(parts)


def assignments(rows: list[dict]) -> str:
    """The uppdrag as an auditor reads them: status, who, what, how long, where printed."""
    if not rows:
        return "No uppdrag found."
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    out = [f"{len(rows)} uppdrag: " + ", ".join(f"{n} {s}" for s, n in counts.items())]
    for r in rows:
        source: dict = next((s for s in r["steps"] if s.get("file")), {})
        out.append(f"\n{r['status']:<10} {_cut(_uppdrag_head(r), 100)}")
        out.append(f"{'':<10} {_cut(r['text'], 100)}")
        out.append(f"{'':<10} {uppdrag_status(r)}  {_where(source)}")
    return "\n".join(out)


def trail(ident: str, uppdrag: list[dict], events: list[dict]) -> str:
    """Each uppdrag the identifier names, step by step, oldest first; then any program,
    follow-up or linked decision (a tilläggsuppdrag)."""
    out = []
    for u in uppdrag:
        out.append(f"Uppdrag {_uppdrag_head(u)}")
        if u["text"]:
            out.append(textwrap.fill(_cut(u["text"], 400), 90, initial_indent="    ",
                                     subsequent_indent="    "))
        out.append(f"    status: {uppdrag_status(u)}")
        for s in u["steps"]:
            out.append(f"  {s['date'] or '(no date)':<10}  {s['what']:<22} "
                       f"{_decision_ref(s['body'], None, s['paragraph']):<28} {_where(s)}")
            if s.get("file") and s.get("text"):
                out.append(textwrap.fill(_cut(s["text"], 300), 90, initial_indent="      ",
                                         subsequent_indent="      "))
        out.append("")
    others = [e for e in events if not e.get("assignment")]
    if others:
        out.append(trace(ident, others))
    return "\n".join(out).rstrip()


def sources_table(rows: list[dict]) -> str:
    """The imported files, oldest first, each file's problems under it."""
    if not rows:
        return "No files imported."
    head = (f"{'sha256':<12} {'imported':<16} {'kind':<16} {'pages':>5} {'meet.':>5} "
            f"{'items':>5} {'dec.':>5} {'probl.':>6}  file")
    lines = [head, "-" * len(head)]
    for r in rows:
        when = (r["imported_at"] or "").replace("T", " ")[:16]
        lines.append(f"{r['sha256'][:12]:<12} {when:<16} {r['kind'] or '':<16} "
                     f"{r['pages'] or '':>5} {r['meetings']:>5} {r['items']:>5} "
                     f"{r['decisions']:>5} {len(r['problems']):>6}  {r['file']}")
        lines += [f"    {p}" for p in r["problems"]]
    return "\n".join(lines)
