"""How headings read in Swedish municipal minutes and case papers: the § line in its two
forms and the words of decision and case-paper headings. The pdf layer marks headings in OCR'd
text by them; segment finds §§ and headings by them."""
from __future__ import annotations

import re

# "§ 69 Dnr KS-2025-00014", "§ 213 Dnr KS 2024/00103-1.4.2", "§ 368 Ärendenummer SLK-2025-00041"
PARAGRAPH_FIRST = re.compile(r"^§\s*(?P<num>\d{1,4})\b\s*(?P<rest>.*)$")
# "39 § Sammanträdets laglighet och beslutförhet", "188 § Sammanträdets laglighet …"
PARAGRAPH_LAST = re.compile(r"^(?P<num>\d{1,4})\s*§(?:\s+(?P<rest>.*))?$")
# Headings of case papers and protocols, a line of these words alone (OCR'd text, which has no
# fonts, is read for headings by them):
# "Beslut", "Reservation", "Särskilt yttrande", "Kommunstyrelsens beslutsordning", "Förslag:"
HEADING_WORDS = re.compile(
    r"^(?:beslut|förslag till beslut(?: på sammanträdet)?|förslag|reservatione?r?|"
    r"särskil(?:t|da) (?:yttrande|uttalande)n?|yrkanden?|propositionsordning(?: som godkänns)?|"
    r"proposition|ärendebeskrivning|beslutsmotivering|beslutsunderlag|handlingar|"
    r"protokollsanteckninga?r?|omröstning(?:sresultat)?|beslutsgång|jäv|bakgrund|"
    r"sammanfattning(?: av ärendet)?|tidigare behandling|beredningsansvariga|"
    r"beslutet ska skickas till|ekonomiska konsekvenser|bedömning|"
    # "Förvaltningens förslag till beslut", "… förslag till beslut i kommunstyrelsen", "…
    # förslag till kommunfullmäktige" (not "… förslag till mål och budget 2027", a title)
    r"[\wåäö\- ]{3,60}s (?:beslutsordning|beslut|förslag(?: till (?:beslut(?: i [\wåäö\- ]{3,40})?|"
    r"[\wåäö\- ]{0,40}(?:nämnden|styrelsen|fullmäktige|utskottet)))?)|beslut\s*[-–].{3,80})"
    r"\s*:?$",
    re.IGNORECASE)
