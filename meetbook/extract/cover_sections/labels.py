"""The labels of a cover's sections and the role each names ("Beslutande", "Tjänstgörande
ersättare", "Övriga närvarande"); None for the labels that only end a list ("Justerare")."""
from __future__ import annotations

import re

# labels naming a chair's function ("Ordförande  Anna Berg (S)", "Vice ordförande  Per Ek
# (M)"): a member whose function the label is; a name without a party under it is a signature
CHAIRS = frozenset({"ordförande", "vice ordförande", "1:e vice ordförande", "2:e vice ordförande"})
# (label, role); None for the cover's other labels, which end a list. Longer labels first.
_LABELS: tuple[tuple[str, str | None], ...] = (
    (r"beslutande\s+ledamöter|(?:närvarande|ordinarie|tjänstgörande)\s+ledamöter|"
     r"närvarande\s+beslutande(?:\s+ledamöter)?", "ledamot"),
    # the heading of a list printed apart from the cover, over a grid of seats ("NÄRVAROLISTA")
    (r"närvaro(?:-\s*och\s+(?:omröstnings|voterings))?lista|närvaroförteckning|"
     r"deltagarförteckning|deltagarlista", "ledamot"),
    (r"(?:1:e|förste)\s+vice\s+ordförande", "1:e vice ordförande"),
    (r"(?:2:e|andre)\s+vice\s+ordförande", "2:e vice ordförande"),
    (r"vice\s+ordförande", "vice ordförande"),
    (r"ordförande", "ordförande"),
    (r"(?:tjänstgörande|tjänstg\.?|tjg\.?)\s*(?:ersättare|ers\.?)", "tjänstgörande ersättare"),
    (r"ersättare\s*\(\s*tjänstgörande\s*\)", "tjänstgörande ersättare"),
    (r"(?:närvarande\s+)?(?:ej|icke)\s+(?:tjänstgörande|tjänstg\.?|tjg\.?)\s*(?:ersättare|ers\.?)|"
     r"närvarande\s+ersättare|"
     r"övriga\s+ersättare|ersättare\s*\(\s*(?:ej|icke)\s+tjänstgörande\s*\)", "ersättare"),
    (r"frånvarande\s+ledamöter|ej\s+närvarande|anmält\s+förhinder|anmält\s+förfall|"
     r"anmält\s+frånvaro|förhinder|förfall", "frånvarande"),
    (r"övriga\s+(?:närvarande|deltagande|deltagare)|(?:närvarande\s+)?tjänste(?:personer|män)|"
     r"övriga|sakkunniga", "tjänsteperson"),
    (r"frånvarande\s+medlemmar", "frånvarande"),
    # "Närvarande" over a table whose role column says who is member or substitute
    (r"närvarande(?:\s+(?:medlemmar|ledamöter))?|medlemmar", "ledamot"),
    (r"beslutande|ledamöter|ledamot", "ledamot"),
    (r"tjänstgörande", "tjänstgörande ersättare"),
    (r"ersättare", "ersättare"),
    (r"frånvarande", "frånvarande"),
    (r"(?:plats\s+och\s+tid|tid\s+och\s+plats)(?:\s+för\s+\w+)?|sammanträdes\w*|plats|tid|"
     r"datum|organ|ärenden|utses\s+att\s+justera|(?:protokoll)?justerare|justering\w*|"
     r"justeras(?:\s+av)?|att\s+justera|"
     r"justerande(?:s\s+\w+)?|ordförandes\s+\w+|"
     r"justeringens(?:\s+\w+){1,3}|justerade\s+paragrafer|underskrift\w*|sekreterare|"
     r"protokollförare|"
     r"paragrafer|protokollet\s+\w+|anslag\w*(?:\s*/\s*bevis)?|bevis|elektronisk\w*(?:\s+\w+)?",
     None),
)
LABEL = re.compile(
    r"^(?:" + "|".join(f"(?P<l{k}>{rx})" for k, (rx, _) in enumerate(_LABELS)) +
    r")\s*:?(?:\s+(?P<rest>.+))?$", re.IGNORECASE)


def label_of(text: str) -> tuple[str | None, str] | None:
    """(role or None, what follows the label) when the text opens with a cover's label."""
    m = LABEL.match(text.strip())
    if not m:
        return None
    k = next(k for k in range(len(_LABELS)) if m.group(f"l{k}") is not None)
    return _LABELS[k][1], m.group("rest") or ""


def only_labels(text: str) -> bool:
    """Whether a piece is nothing but label words ("Ledamöter", "Ersättare" over columns; a
    role in lower case in a table's role column is a value: "ersättare")."""
    return text.strip()[:1].isupper() and all((found := label_of(word)) is not None and found[0] is not None
               and found[0] not in CHAIRS and not found[1] for word in text.split())
