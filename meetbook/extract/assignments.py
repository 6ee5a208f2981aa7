"""Uppdrag: clauses that give someone an assignment (pure).

`Kommunstyrelsen får i uppdrag att se över möjligheten …`, `X ges i uppdrag att …`,
`Kommunstyrelsen ger kommundirektören i uppdrag att ta fram …`, `att uppdra åt X att …`,
`Kommunstyrelsen uppdrar åt X att …`, `Förvaltningen uppdras att …`, `Nämnderna uppmanas att …`,
`uppmana förvaltningen att …`, `X åläggs att …`, `X ombeds utreda …`, `Uppdraget att samordna
översynen ges till fastighetschefen.`, `Kommunledningskontoret ska återrapportera till …`,
`att förvaltningen ska arbeta fram …` (an office, a unit, a body or an official that "ska" do
something: "Taxan ska …", "Nämnden ska ha …" give none), `att kommunstyrelsen ansvarar för att
…`, `att begära att kommunstyrelsen utreder …`. A mandate (`Kommundirektören bemyndigas att …`,
`… befullmäktigas att …`) is no uppdrag.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from meetbook.lexicon import bodies
from meetbook.lexicon._data import alternation
from meetbook.lexicon.names import TITLES
from meetbook.lexicon.phrases import alternatives, forms
from meetbook.model import Assignment, Clause

# "Kommunstyrelsen får i uppdrag att …", "att kommundirektören får i uppdrag att …",
# "Enligt yrkande från V, S och MP: Stadsledningskontoret får i uppdrag att …",
# "Socialnämnden Centrum, Socialnämnden Hisingen … får i uppdrag att …", "Destination & Co AB
# får i uppdrag utreda …", "… får i uppdrag att, i samverkan med …", "at" for "att" (a slip),
# "X ges uppdraget att …"
# "X erhåller i uppdrag att …", "X får i uppgift att …", "X får fortsatt uppdrag att …", "X ges
# ett nytt uppdrag att …" (the uppdrag as printed: data/phrases.json, assign.task)
TASK = (rf"(?:{alternatives('assign', 'task')}|(?:(?:ett\s+)?(?:{alternatives('assign', 'task_kinds')})"
        rf"\s+)?(?:{alternatives('assign', 'task_before_att')})(?=\s*,?\s+att\b))")
# "X ska få i uppdrag att …", "X tilldelas uppdraget att …" (a mandat is no uppdrag)
FAR_I_UPPDRAG = re.compile(
    r"(?:^|\batt?\s+|[:.]\s+)(?P<who>[A-ZÅÄÖa-zåäö][\wåäö\-&, ]{1,160}?)\s+"
    r"(?:(?:ska|skall|bör)\s+(?:få|ges|erhålla)|får|ges|erhåller|tilldelas),?\s+"
    rf"(?:[^.]{{1,80}}?\s+)?{TASK}\s*,?\s+(?:att?\s*,?\s+)?(?P<what>\w.+)$",
    re.IGNORECASE)
# "Kommunstyrelsen ger kommundirektören i uppdrag att …", "att ge X i uppdrag att …", "ger X
# uppdraget att …", "Nämnden gav förvaltningen i uppdrag att …"
GER_I_UPPDRAG = re.compile(
    rf"\b(?:ger?|gav)\s+(?!i\s+uppdrag\b)(?P<who>[\wåäö\-&, ]{{2,160}}?)\s+{TASK}\s+(?:att?\s+)?"
    r"(?P<what>\w.+)$",
    re.IGNORECASE)
# "att ge i uppdrag till kommundirektören att …"
GE_UPPDRAG_TILL = re.compile(r"\bger?\s+i\s+uppdrag\s+(?:till|åt)\s+(?P<who>[\wåäö\- ]{2,80}?)\s+"
                             r"att\s+(?P<what>.+)$", re.IGNORECASE)
# "att uppdra åt stadsledningskontoret att …", "att uppdra till förvaltningschefen att …", "att
# uppdra till kommunstyrelsen att, i samråd med nämnderna, …"
# "… uppdrar åt kommunstyrelsen, i samråd med Håltorps Energi AB, att …" (an aside before "att")
UPPDRA_AT = re.compile(r"\buppdra(?:r|s)?\s+(?:åt\s+|till\s+)?(?P<who>[\wåäö\- ]{2,80}?)"
                       r"(?:\s*,[^,.]{2,100},)?\s+att\s*,?\s+(?P<what>.+)$", re.IGNORECASE)
# "uppdrar därmed åt X", "ger även X i uppdrag": the adverb is no part of the addressee
BETWEEN = re.compile(rf"^(?:(?:{alternatives('assign', 'between')})\s+)+(?:(?:åt|till)\s+)?",
                     re.IGNORECASE)
# the addressee as the subject of a passive: "Förvaltningen uppdras att …", "Nämndens ledamöter
# uppmanas att …", "att samtliga nämnder uppmanas att …", "X uppdras, i samråd med Y, att …"
SUBJECT = r"(?:^|\batt?\s+|[:.]\s+)(?P<who>[A-ZÅÄÖa-zåäö][\wåäö\-&, ]{1,120}?)\s+"
PASSIVE = re.compile(rf"{SUBJECT}(?:{alternatives('assign', 'passive')})(?:\s*,[^,.]{{2,100}},)?\s+"
                     r"(?!åt\b|till\b)"
                     r"(?:att\s+)?(?P<what>\w.+)$", re.IGNORECASE)
# the addressee after the verb, an adverbial first (the verb second, as Swedish puts it): "Vidare
# ges förvaltningen i uppdrag att …", "Därutöver får kommundirektören i uppdrag att …", "Dessutom
# uppdras förvaltningen att …", "Med anledning av detta ges socialnämnden i uppdrag att …"
LEAD = r"(?:^|\batt\s+|[:.;]\s+)(?P<lead>[A-ZÅÄÖa-zåäö][\wåäö ,]{1,60}?)\s+"
INVERTED_TASK = re.compile(rf"{LEAD}(?:får|ges|erhåller|tilldelas)\s+(?P<who>[\wåäö\-&, ]{{2,120}}?)"
                           rf"\s+{TASK}\s*,?\s+(?:att?\s*,?\s+)?(?P<what>\w.+)$", re.IGNORECASE)
INVERTED_PASSIVE = re.compile(rf"{LEAD}(?:{alternatives('assign', 'passive')})\s+"
                              r"(?P<who>[\wåäö\-&, ]{2,120}?)\s+att\s+(?P<what>\w.+)$",
                              re.IGNORECASE)
# the uppdrag going to someone: "Uppdraget att samordna översynen ges till fastighetschefen."
# "Uppdrag ges till kommundirektören att ta fram …"; "Kommunfullmäktige lämnar uppdrag till X att …"
GIVEN = re.compile(rf"\buppdrag(?:et)?\b(?P<what>[^.]{{0,160}}?)\s+(?:{alternatives('assign', 'given')})"
                   r"\s+(?:till|åt)\s+(?P<who>[\wåäö\- ]{2,80}?)\s*(?:[.,;]|$|\s+att\b)",
                   re.IGNORECASE)
# an uppdrag named with its addressee, no verb: "Uppdrag till förvaltningen att ta fram en plan."
TO_WHOM = re.compile(r"^(?:att\s+)?(?:ett\s+)?uppdrag\s+till\s+(?P<who>[\wåäö\- ]{2,80}?)\s+att\s+"
                     r"(?P<what>.+)$", re.IGNORECASE)
# "Det åligger förvaltningen att årligen redovisa …"
ALIGGER = re.compile(r"\b(?:" + alternatives("assign", "impersonal") + r")\s+(?!inte\b|ej\b)"
                     r"(?P<who>[\wåäö\- ]{2,80}?)\s+att\s+(?P<what>.+)$", re.IGNORECASE)
LAMNAR = re.compile(r"\b(?:lämnar|lämna|lämnade)\s+(?:ett\s+)?uppdrag(?:et)?\s+(?:till|åt)\s+"
                    r"(?P<who>[\wåäö\- ]{2,80}?)\s+att\s+(?P<what>.+)$", re.IGNORECASE)
# what an addressee "ska" do: "Kommunledningskontoret ska återrapportera till kommunstyrelsen
# senast …", "Förvaltningen ska snarast utreda …"
# an adverb before "ska" is no part of the subject: "att förvaltningen snarast ska ta fram …"
SHALL_VERB = rf"(?:(?:{alternatives('assign', 'duty_adverbs')})\s+)?(?:ska|skall)"
# (a few words before the verb, none a negation: "… ska senast den 1 mars 2027 redovisa …", "… ska
# i samråd med föreningarna ta fram …", "Socialnämnden ska till kommunstyrelsen i april 2027
# redovisa …"; not what the addressee reports in its own regular documents, "Nämnderna ska i
# sina verksamhetsplaner redovisa …", a rule for their content)
DUTY = re.compile(rf"{SUBJECT}{SHALL_VERB}\s+"
                  r"(?:(?!inte\b|ej\b|icke\b|aldrig\b|sin\b|sitt\b|sina\b)[^\s.]+\s+){0,7}?"
                  rf"(?P<what>(?:{alternatives('assign', 'duty')})\b.+)$", re.IGNORECASE)
# any other verb in the infinitive right after "ska", perhaps after an aside in commas or an
# adverb: "att förvaltningen ska arbeta fram en handlingsplan", "Kommundirektören ska, i samråd
# med nämnderna, ta fram …" (not a negation, a passive, "Nämnden ska ha …", "… ska få disponera")
INFINITIVE = (rf"(?!(?:inte|ej|icke|aldrig|{alternatives('assign', 'not_duty')})\b)"
              r"(?![a-zåäö]+nde\b)[a-zåäö]+[aeiouyåäö]\b")  # not "fortlöpande", "löpande"
SHALL = re.compile(rf"{SUBJECT}{SHALL_VERB}\s*(?:,[^,.]{{2,100}},\s*)?"
                   rf"(?:(?:{alternatives('assign', 'duty_adverbs')})\s+)?"
                   rf"(?P<what>{INFINITIVE}.+)$", re.IGNORECASE)
# a responsibility: "att kommunstyrelsen ansvarar för att planen genomförs", "X ska ansvara för
# samordningen"
RESPONSIBLE = re.compile(rf"{SUBJECT}(?:(?:{alternatives('assign', 'responsible')})\s+"
                         rf"|(?:{alternatives('assign', 'responsible_att')})\s+)(?P<what>\w.+)$",
                         re.IGNORECASE)
# a request to someone: "att begära att kommunstyrelsen utreder frågan", "Kommunfullmäktige begär
# att tekniska nämnden återkommer med en plan" (the addressee's verb in the present; "… begär
# att kommunfullmäktige utökar nämndens budgetram": the addressee's verb one of deciding asks for
# a decision, no uppdrag)
REQUEST = re.compile(rf"\b(?:{alternatives('assign', 'request')})\s+(?P<who>[\wåäö\- ]{{2,80}}?)\s+"
                     rf"(?P<what>(?!får?\b|(?:{alternatives('decide', 'present')})\b)"
                     r"[a-zåäö]+r\b.+)$", re.IGNORECASE)
# the last word of one who can be given an uppdrag: an office or unit ("Kommunledningskontoret",
# "förvaltningen"), a body ("Socialnämnden"), a title ("Kommundirektören")
ACTOR = re.compile(rf"(?:{alternation(forms('assign', 'actors'))}|"
                   rf"\w*(?:{alternation(TITLES)})\w{{0,3}})$", re.IGNORECASE)
# "uppmana förvaltningen att prioritera …", "Nämnden uppmanar förvaltningen att …"
UPPMANA = re.compile(r"\buppmana[r]?\s+(?P<who>[\wåäö\- ]{2,80}?)\s+att\s+(?P<what>.+)$",
                     re.IGNORECASE)
# a clause that takes note of an earlier uppdrag, or closes it, gives none: "Delrapport av …
# uppdrag …, att miljö- och klimatnämnden får i uppdrag att …, antecknas."
NOTED = re.compile(r"\b(?:antecknas|läggs\s+till\s+handlingarna|förklaras\s+\w+|avslutas|"
                   r"anses\s+besvarad)\s*\.?\s*$", re.IGNORECASE)


# every form, the first that fits gives the uppdrag
FORMS = (INVERTED_TASK, INVERTED_PASSIVE, FAR_I_UPPDRAG, GE_UPPDRAG_TILL, GER_I_UPPDRAG, PASSIVE,
         UPPDRA_AT, UPPMANA, GIVEN, LAMNAR, TO_WHOM, ALIGGER, DUTY, RESPONSIBLE, REQUEST, SHALL)
# the forms that give an uppdrag only to one who can be given one: "Taxan ska …" gives none
ACTORS_ONLY = (DUTY, RESPONSIBLE, REQUEST, SHALL)
INVERTED = (INVERTED_TASK, INVERTED_PASSIVE)


def extract_assignment(clause: Clause) -> Assignment | None:
    """The assignment a clause gives, or None."""
    text = clause.text.strip()
    if NOTED.search(text):
        return None
    for rx in FORMS:
        m = rx.search(text)
        if m is None or not _fits(rx, m, text):
            continue
        # the addressee is the subject after the last "att" before the verb ("… med det
        # tillägget att bolaget ska redovisa …")
        who = re.split(r"\batt\s+", m.group("who").strip(" ,"))[-1]
        who = re.sub(r"^(?:(?:att?|och)\s+)?(?:för\s+egen\s+del\s+)?(?:till\s+|åt\s+)?", "",
                     who, flags=re.IGNORECASE)
        who = BETWEEN.sub("", who)
        who = who[:1].upper() + who[1:]
        return Assignment(who or None, text, clause.number, clause.page)
    return None


def _fits(rx: re.Pattern[str], m: re.Match[str], text: str) -> bool:
    """Whether a form's match names one who can be given the uppdrag: an actor, not quoted, for
    the forms that need one; after an adverbial, not after the subject ("Förvaltningen uppdras
    att …"), for the verb-second forms."""
    if rx in ACTORS_ONLY:
        return _actor(m.group("who")) and not _quoted(text, m.start("who"))
    if rx in INVERTED:
        return _actor(m.group("who")) and not _actor(m.group("lead"))
    return True


def _quoted(text: str, at: int) -> bool:
    """Whether a place in a clause is inside a quotation ("I reglementet: ” Nämnden ska
    fortlöpande utveckla …”" quotes a rule, it gives no uppdrag)."""
    return len(re.findall(r"[”“\"»«]", text[:at])) % 2 == 1


def _actor(who: str) -> bool:
    """Whether the subject of "ska …" can be given an uppdrag: its last word names an office, a
    unit, a body or an official ("Taxan", "Beslutet" and "Planen" cannot)."""
    last = who.strip(" ,").split()[-1] if who.strip(" ,") else ""
    return bool(ACTOR.search(last) or bodies.is_body_word(last))


def extract_assignments(clauses: Iterable[Clause]) -> list[Assignment]:
    return [a for c in clauses if (a := extract_assignment(c))]
