"""Read a rendered document back and check its facts against what the page says.

Independent of meetbook: the text and the roll-call tables' word positions come straight from
pdfplumber. Every title, clause, name and diarienummer of the facts must be
in the text (white space folded, running header and footer lines taken out); every vote's
voters must add up to its counts unless the facts say it does not; every X of a roll-call
table must stand in the column of the vote the facts give."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path


def fold(s: str) -> str:
    """White space folded; a hyphen at a line end kept and joined ("plan-\noch" = "plan- och")."""
    return re.sub(r"\s+", " ", s).strip().replace("- ", "-")


def page_texts(pdf: Path) -> list[str]:
    import pdfplumber

    out = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            out.append(page.extract_text() or "")
            page.close()
    return out


def body_text(pdf: Path) -> str:
    """The document's text without the running header and footer: lines among the first or last
    four of a page that recur on most pages. A case number printed beside a wrapped title is
    taken out too (it sits between the title's lines in the text order), and so is an
    "Ärende n" at the end of a line (the agenda's number at the right of a § heading)."""
    pages = [p.splitlines() for p in page_texts(pdf)]
    edges = Counter(ln.strip() for p in pages for ln in set(p[:4] + p[-4:]) if ln.strip())
    furniture = {ln for ln, n in edges.items() if len(pages) > 2 and n >= len(pages) * 0.6}
    kept = [ln for p in pages for ln in p if ln.strip() not in furniture]
    # the agenda's number printed at the right of a § heading ("§ 32 – Title … Ärende 2")
    kept = [re.sub(r"\s+Ärende \d+$", "", ln) for ln in kept]
    return fold(re.sub(r"\bDnr \d+/\d{4}\b", " ", " ".join(kept)))


def _strings(facts: dict) -> list[tuple[str, str]]:
    """(where, text) for every string the document must print."""
    out = []
    for a in facts.get("attendance", []):
        out.append(("attendance", a["name"]))
    for it in facts["items"]:
        where = it["number"] or it["title"][:30]
        out.append((f"{where} title", it["title"]))
        for dnr in it.get("dnr") or []:
            out.append((f"{where} dnr", re.sub(r"^\D+", "", dnr).split("/")[0]))
        for d in it.get("decisions") or []:
            for c in d.get("clauses") or []:
                out.append((f"{where} clause {c['number']}", c["text"]))
            people = [x for k in ("motions",) for mo in d.get(k, []) for x in mo["movers"]]
            people += [x for r in d.get("reservations", []) for x in r["members"]]
            people += [x for s in d.get("statements", []) for x in s["members"]]
            people += [x for v in d.get("votes", []) for x in v.get("voters") or []]
            out += [(f"{where} person", x["name"]) for x in people]
            for a in d.get("assignments", []):
                out.append((f"{where} assignee", a["assignee"]))
                out += [(f"{where} assignment", t) for t in a.get("text_has", [])]
    return out


def _votes_add_up(facts: dict) -> list[str]:
    bad = []
    for it in facts["items"]:
        for d in it.get("decisions") or []:
            for k, v in enumerate(d.get("votes", [])):
                if not v.get("voters"):
                    continue
                n = Counter(x["vote"] for x in v["voters"])
                adds_up = (n["ja"], n["nej"]) == (v["yes"], v["no"]) and \
                    v.get("abstain") in (None, n["avstår"])
                if adds_up != v.get("verified", True):
                    bad.append(f"{it['number']} vote {k + 1}: counts {v['yes']}/{v['no']}/"
                               f"{v.get('abstain')} vs voters {dict(n)}, verified {v.get('verified')}")
    return bad


def _x_columns(pdf: Path, facts: dict) -> list[str]:
    """Template A: each X under Ja/Nej/Avst/Frånv is the vote the facts give the row's voter."""
    import pdfplumber

    column = {"Ja": "ja", "Nej": "nej", "Avst": "avstår", "Frånv": "frånvarande"}
    seen: list[tuple[str, str]] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            words = page.extract_words(keep_blank_chars=False)
            heads = {w["text"]: (w["x0"] + w["x1"]) / 2 for w in words if w["text"] in column}
            if len(heads) < 4:
                page.close()
                continue
            rows: dict[int, list[dict]] = {}
            for w in words:
                rows.setdefault(round(w["top"]), []).append(w)
            for line in rows.values():
                xs = [w for w in line if w["text"] == "X"]
                if len(xs) != 1 or line[0]["x0"] > 100:
                    continue
                x = (xs[0]["x0"] + xs[0]["x1"]) / 2
                vote = column[min(heads, key=lambda h: abs(heads[h] - x))]
                names = [w for w in line if w["x1"] < xs[0]["x0"]]
                seen.append((" ".join(w["text"] for w in names), vote))
            page.close()
    want = [(v["voters"], v) for it in facts["items"] for d in it.get("decisions") or []
            for v in d.get("votes", []) if v.get("voters")]
    expected = [x["vote"] for voters, _ in want for x in voters]
    got = [vote for _, vote in seen]
    if not seen:
        return []
    return [] if got == expected else [f"X columns read {Counter(got)}, facts {Counter(expected)}"]


def _surname_first(name: str) -> str:
    """"Maria Lind" as a cover printing surnames first writes it: "Lind, Maria"."""
    first, _, last = name.rpartition(" ")
    return f"{last}, {first}"


def verify(pdf: Path) -> int:
    facts = json.loads(pdf.with_suffix(".facts.json").read_text(encoding="utf-8"))
    text, raw = body_text(pdf), fold(" ".join(page_texts(pdf)))
    missing = [f"{where}: {s!r}" for where, s in _strings(facts)
               if fold(s) not in (raw if where.endswith(" dnr") else text)
               and not (where == "attendance" and _surname_first(s) in text)]
    missing += _votes_add_up(facts)
    missing += _x_columns(pdf, facts)
    for m in missing:
        print(f"  {pdf.name}: {m}")
    return len(missing)


if __name__ == "__main__":
    import sys

    sys.exit(sum(verify(Path(p)) for p in sys.argv[1:]) and 1)
