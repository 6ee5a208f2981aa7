"""The notes printed after a person's name: whom they replace, the §§ and time they were
there, their function ("Bo Ek (M) ersätter Eva Ek (M) §§ 20-24, kl. 13.00–15.10")."""
from __future__ import annotations

import re

from meetbook.lexicon import names, parties
from meetbook.model import Attendance

# "ersätter Y", "för Y (S)", "tjänstgörande ersättare för Y": whom a substitute serves for
REPLACES = re.compile(rf"(?i:\bersätter|(?:\btjänstgörande\s+)?\bersättare\s+för|\bför)\s+"
                      rf"(?P<who>{names.NAME})(?:\s*{parties.MARK.pattern})?")
# a note that says when a member took no part: "deltar inte i § 88 p.g.a. jäv", "deltar §§ 81-85"
# "t.o.m. § 101", "fr.o.m. § 102", "fr o m § 12"
PART = re.compile(r"\b(?:jäv|deltar|deltog|ej|inte|utom|från|till(?:\s+och\s+med)?|"
                  r"(?:fr|t)(?:\.\s?o\.\s?m\.?|\so\sm))(?!\w)", re.IGNORECASE)
PARAGRAPHS = re.compile(r"§§?\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+(?:\s*[-–]\s*\d+)?)*")
# "kl. 13.00–15.10", "kl. 18.25-", "kl 9.00"
TIME = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d\d(?:\s*[-–]\s*(?:\d{1,2}[.:]\d\d)?)?", re.IGNORECASE)
# "1:e vice ordförande", "ordförande", "2:e vice ordförande", "viceordförande (distans)"
FUNCTION = re.compile(r"(?:\d:e\s+|(?-i:I{1,3})\s+)?(?:vice\s*|v\.?\s*(?=ordf))?"
                      r"(?:ordförande|ordf\.?(?!\w))"
                      r"(?:\s*\((?![^)]*§)[^)]*\))?|"
                      r"sekreterare|protokollförare|föredragande", re.IGNORECASE)
# "ordf." and "v. ordf." written out
ABBREVIATED_CHAIR = re.compile(r"\bordf\.?(?!\w)", re.IGNORECASE)
# a member's note that they served as a substitute: "tjänstgörande ersättare", "tjg. ersättare",
# a bare "tjg" ("ej tjänstgörande ersättare" is the opposite)
SERVING = re.compile(r"(?<!ej\s)(?<!icke\s)\b(?:tjänstgörande|tjänstg\.|tjg\.?)\s*"
                     r"(?:ersättare|ers\.?)(?!\w)|^(?:tjg\.?|tjänstg\.|tjänstgörande)$|"
                     # "tjg §§ 3–5", "tjänstgör § 4": a substitute serving for the §§ after it
                     r"^(?:tjg\.?|tjänstg\.|tjänstgör(?:ande)?)(?=\s*§)",
                     re.IGNORECASE)
# a role column's word for a substitute present but not serving: "ersättare", "ej
# tjänstgörande ersättare" (one serving says for whom: "ersättare för Wik Gun")
NOT_SERVING = re.compile(r"^(?:(?:ej|icke)\s+tjänstgörande\s+|närvarande\s+)?ersättare\b"
                         r"(?!\s+för\b)", re.IGNORECASE)


def person_with_notes(name: str, party: str | None, notes: str, role: str) -> Attendance:
    """A person with the notes printed after the name: whom they replace, the §§ and time
    they were there, their function."""
    notes = notes.strip(" ,;")
    rep = REPLACES.search(notes) if role != "tjänsteperson" else None
    if rep:
        notes = (notes[:rep.start()] + notes[rep.end():]).strip(" ,;")
        if role in ("ledamot", "ersättare"):
            role = "tjänstgörande ersättare"
    elif role in ("ledamot", "ersättare") and SERVING.search(notes):
        notes = SERVING.sub("", notes).strip(" ,;")
        role = "tjänstgörande ersättare"
    elif role == "ledamot" and NOT_SERVING.match(notes):
        notes = NOT_SERVING.sub("", notes).strip(" ,;")
        role = "ersättare"
    time = TIME.search(notes)
    rest = _tidy(TIME.sub("", notes)) if time else notes
    function: str | None
    if role == "tjänsteperson":
        pars = PARAGRAPHS.search(rest)
        function = _tidy(PARAGRAPHS.sub("", rest)) if pars else rest
        paragraphs = pars.group(0) if pars else None
    else:
        found = FUNCTION.search(rest)
        function = found.group(0) if found else None
        if function:
            rest = _tidy(rest.replace(function, ""))
            function = ABBREVIATED_CHAIR.sub("ordförande", re.sub(r"\bv\.?\s*(?=ordf)", "vice ",
                                                                   function))
        paragraphs = _paragraphs(rest)
    return Attendance(name, party, role, rep.group("who") if rep else None, paragraphs,
                      _lower_first(function) if function else None,
                      time.group(0) if time else None)


def _lower_first(function: str) -> str:
    """"Ordförande" as "ordförande"; an ordinal in capitals stays ("I viceordförande")."""
    return function if re.match(r"I{1,3}\s", function) else function[:1].lower() + function[1:]


def _paragraphs(notes: str) -> str | None:
    """The §§ a member's notes name: the whole note where it says how ("deltar inte i § 88
    p.g.a. jäv", "deltar §§ 81-85"), else the §§ ("§§ 47–50")."""
    pars = PARAGRAPHS.search(notes)
    if PART.search(notes) and (pars or "jäv" in notes):
        return " ".join(notes.split())
    return pars.group(0) if pars else None


def _tidy(text: str) -> str:
    """Notes without the commas and spaces left where parts were taken out."""
    return re.sub(r"\s*,\s*(?:,\s*)*", ", ", text).strip(" ,;")
