"""Terminal renderings of query results: short tables and timelines a person can read."""
from __future__ import annotations

import textwrap


def _cut(s, n: int) -> str:
    s = " ".join(str(s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def search_table(rows: list[dict]) -> str:
    if not rows:
        return "No decisions found."
    head = f"{'case':<16} {'date':<10} {'body':<28} {'§':>4}  {'kind':<8} title"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{_cut(r['dnr'], 16):<16} {r['date'] or '':<10} {_cut(r['body'], 28):<28} "
                     f"{r['paragraph'] or '':>4}  {r['kind'] or 'ärende':<8} "
                     f"{r['item']} {_cut(r['title'], 60)}  [{r['file']} p. {r['page']}]")
    return "\n".join(lines)


def history(h: dict) -> str:
    out = [f"Case {h['dnr']}"]
    for s in h["steps"]:
        par = f" § {s['paragraph']}" if s["paragraph"] else ""
        out.append(f"\n{s['date'] or '(no date)'}  {s['body'] or '?'}{par} — {s['outcome']}"
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
