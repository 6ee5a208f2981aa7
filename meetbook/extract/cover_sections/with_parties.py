"""Members printed with their parties, in running text: "Anna Berg (S), ordförande; Bo Ek
(M) ersätter Eva Ek (M) §§ 20-24", check boxes before them where the cover has them."""
from __future__ import annotations

import re
from dataclasses import replace

from meetbook.extract.cover_sections.marks import ANY_MARK, MARK, is_marked
from meetbook.extract.cover_sections.notes import person_with_notes
from meetbook.lexicon import names, parties
from meetbook.model import Attendance

# "Lisa Andersson (M)", "Maria Losman (MP)", "Maria Lindvall (-)(L)", "Ermin Škorić (S)"
MEMBER = re.compile(rf"(?P<name>{names.NAME})\s*{parties.MARK.pattern}")
# a list's lead word in running text, naming the role of the people after it: "ledamöterna A
# (S), B (M) …, tjänstgörande ersättaren C (S) för D (S) samt ersättarna E (M) och F (V)"
LEAD = re.compile(r"\b(?P<serving>(?:(?P<not>ej|icke)\s+)?(?:tjänstgörande|tjg\.?)\s+)?"
                  r"(?P<word>ledamöterna|ledamoten|ersättarna|ersättaren)\s*:?\s*(?=[A-ZÅÄÖ])",
                  re.IGNORECASE)
MEMBER_ROLES = frozenset({"ledamot", "ersättare", "tjänstgörande ersättare"})
# whom a member was replaced by, in the member's note: "ersatt av Oskar Vik (S)"
REPLACED_BY = re.compile(rf"\b(?:ersatt|ersätts|ersattes)\s+av\s+(?P<who>{names.NAME})"
                         rf"\s*{parties.MARK.pattern}", re.IGNORECASE)


def _lead_role(lead: re.Match[str]) -> str:
    if lead.group("word").lower().startswith("ledam"):
        return "ledamot"
    serving = lead.group("serving") and not lead.group("not")
    return "tjänstgörande ersättare" if serving else "ersättare"


def members_with_parties(text: str, role: str) -> list[Attendance]:
    """Members printed with their parties, in running text: "Anna Berg (S), ordförande; Bo Ek
    (M) ersätter Eva Ek (M) §§ 20-24"; check boxes before them where the cover has them. A
    lead word ("ledamöterna", "tjänstgörande ersättaren", "ersättarna") gives the role of the
    people after it, up to the next."""
    starts = [m for m in MEMBER.finditer(text)
              if not re.search(r"(?:ersätter|\bför|\bersatt\s+av|\bersätts\s+av)\s*$",
                               text[:m.start()], re.IGNORECASE)]
    # a role word before a name is the note of the entry before it ("… (S) Ordförande Carl …")
    begins = [m.end("name") - len(names.without_roles(m.group("name"))) for m in starts]
    leads = list(LEAD.finditer(text)) if role in MEMBER_ROLES else []
    boxes = bool(ANY_MARK.search(text))
    out = []
    for k, m in enumerate(starts):
        end = begins[k + 1] if k + 1 < len(starts) else len(text)
        before = text[starts[k - 1].end():begins[k]] if k else text[:begins[k]]
        notes = MARK.sub("", LEAD.sub("", text[m.end():end]))
        lead = next((x for x in reversed(leads) if x.end() <= begins[k]), None)
        replaced_by = REPLACED_BY.search(notes)
        if replaced_by:
            notes = notes[:replaced_by.start()] + notes[replaced_by.end():]
        person = person_with_notes(text[begins[k]:m.end("name")], parties.party_of(m), notes,
                                   _lead_role(lead) if lead else role)
        if replaced_by and person.role == "ledamot":  # a member replaced was not there
            person = replace(person, role="frånvarande")
        if boxes and not is_marked(before):
            if role != "ledamot":
                continue
            person = Attendance(person.name, person.party, "frånvarande")
        out.append(person)
        if replaced_by:  # "Mats Ek (S), ersatt av Oskar Vik (S)": the substitute served
            out.append(Attendance(replaced_by.group("who"), parties.party_of(replaced_by),
                                  "tjänstgörande ersättare", person.name))
    return out
