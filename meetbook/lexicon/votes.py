"""The words of a votering: votes written out, the heads of a voting list's columns, its rows of
counts, the headings of lists printed as appendices and the references to them (data/votes.json).

A roll call is printed as a list of members with their vote: an X under Ja / Nej / Avstår /
Frånvarande, or the vote written out ("Ja", "NEJ", "Avstår") in a Röst or Resultat column or
after the name ("Anna Berg (S) - JA"). Lists that run over a page break carry a subtotal
("Transport") and end with the total ("Summa", "Totalt"). Lists printed apart from the § are
headed by what they are ("Omröstningslista nr. 1", "BILAGA 2", "Votering nr 3"), the § or the
ärende and the counts ("Antal Ja: 26, Antal Nej: 17, Antal Avstår: 1, Antal Frånv: 1"), and the
§ points to them ("Hur var och en röstar framgår av bilaga 2").
"""
from __future__ import annotations

import re

from meetbook.lexicon._data import alternation, table
from meetbook.model import VoteChoice

_DATA = table("votes")


def _entries(section: str) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in _DATA[section].items() if not k.startswith("_")}


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(":").strip()


_CHOICE_WORDS: dict[str, VoteChoice] = {
    w: VoteChoice(choice) for choice, ws in _entries("choices").items() for w in ws}
_MARK_HEADS = _entries("mark_heads")
MARKS = frozenset(_entries("marks")["marks"])
EMPTY_MARKS = frozenset(_entries("marks")["empty"])
_COLUMNS = _entries("columns")
_SUMS = _entries("sums")
_HEADS = _entries("list_heads")
_REFS = _entries("references")


def choice_of(text: str) -> VoteChoice | None:
    """The vote a word or phrase writes out ("Ja", "NEJ", "Avstår från att rösta", "Frånv."),
    or None."""
    return _CHOICE_WORDS.get(_fold(text).rstrip("."), _CHOICE_WORDS.get(_fold(text)))


_LETTERS = {k: VoteChoice(v) for k, v in _DATA["result_letters"].items() if not k.startswith("_")}


_RESULT_WORDS = {k: VoteChoice(v) for k, v in _DATA["result_words"].items()
                 if not k.startswith("_")}


_PROPOSAL_WORDS = {k: VoteChoice(v) for k, v in _DATA["proposal_words"].items()
                   if not k.startswith("_")}


def result_of(text: str) -> VoteChoice | None:
    """The vote a list's result column prints: a word or phrase (`choice_of`), one letter
    ("J", "N", "A", "F."), for and against ("För", "Emot") or the proposal ("Bifall",
    "Avslag")."""
    folded = _fold(text).rstrip(".")
    return choice_of(text) or _LETTERS.get(folded) or written_proposal(text)


def written_proposal(text: str) -> VoteChoice | None:
    """The vote a cell writes as for or against or as the proposal voted for ("För", "Emot",
    "Bifall", "Avslag", "Återremiss"), or None."""
    folded = _fold(text).rstrip(".")
    return _RESULT_WORDS.get(folded) or _PROPOSAL_WORDS.get(folded)


def proposal_word(text: str) -> VoteChoice | None:
    """The vote a proposal written as the vote stands for by default ("Bifall" ja, "Avslag"
    nej, "Återremiss" nej), or None; the proposition may put it the other way round."""
    return _PROPOSAL_WORDS.get(_fold(text).rstrip("."))


def result_letter(text: str) -> VoteChoice | None:
    """The vote one letter writes ("J", "N", "A", "B", "F", with or without a stop), or None."""
    folded = _fold(text).rstrip(".")
    return _LETTERS.get(folded) if len(folded) == 1 and folded.isalpha() else None


_PROPOSALS = _DATA["proposal_heads"]
# each proposal head as the whole first words of a folded head, in the data's order
_PROPOSAL_PATTERNS = [
    ("proposal" if key == "proposals" else VoteChoice(key),
     re.compile(rf"{re.escape(word)}(?![\wåäö-])"))
    for key in ("ja", "nej", "proposals") for word in _PROPOSALS[key]]


def proposal_head(text: str) -> VoteChoice | str | None:
    """What a column of marks headed by a proposal is: ja for "För", nej for "Emot", "proposal"
    for one the order decides ("Bifall", "Avslag", "Återremiss"), else None; a head's first
    words, whole ("Förnamn" is none)."""
    folded = _fold(text)
    return next((what for what, head in _PROPOSAL_PATTERNS if head.match(folded)), None)


_VOTED = re.compile(r"^(?:röstar|röstade|röst)\s+(?=ja\b|nej\b)")
# each head as the start of a column's folded head, in the data's order
_MARK_HEAD_PATTERNS = [
    (VoteChoice(choice), re.compile(rf"{re.escape(start)}(?:$|[^a-zåäö]|röst)"
                                    if start in ("ja", "nej") or len(start) == 1
                                    else re.escape(start)))
    for choice, starts in _MARK_HEADS.items() for start in starts]


def mark_head(text: str) -> VoteChoice | None:
    """The vote a column of marks is for, by its head ("Ja", "Ja-röst", "Avst", "Avstår från
    att rösta", "Frånvarande", "Röstar ja", "J", "N"), or None. "Ja", "Nej" and a letter are
    whole words ("Jan" is no head)."""
    folded = _VOTED.sub("", _fold(text))
    return next((choice for choice, head in _MARK_HEAD_PATTERNS if head.match(folded)), None)


def column_role(text: str) -> str | None:
    """What a column headed so holds: name, substitute, party, result, seat or function."""
    folded = _fold(text)
    return next((role for role, heads in _COLUMNS.items() if folded in heads), None)


def is_mark(token: str) -> bool:
    """Whether a cell's text is a mark (an X in the chosen column)."""
    return token.strip() in MARKS


# a row of counts: "Transport: 25 18 4 1", "Summa", "Totalt", "S:a"
CARRIED = re.compile(rf"^(?:{alternation(_SUMS['carried'])})\b\s*:?", re.IGNORECASE)
TOTAL = re.compile(rf"^(?:{alternation(_SUMS['total'])})(?![\w-])\s*:?", re.IGNORECASE)
# an attendance list's head over its marks: the list is no roll call
NOT_VOTE_HEAD = re.compile(rf"^(?:{alternation(_DATA['not_vote_heads']['openings'])})", re.IGNORECASE)
# the head of the counts printed under a list, alone on its line: "Röstningsresultat", "Resultat:"
COUNTS_BLOCK = re.compile(rf"^\s*(?:{alternation(_SUMS['block'])})\s*:?\s*$", re.IGNORECASE)
# … and run into its counts on one line: "Resultat: Ja 29, Nej 19"
COUNTS_BLOCK_LEAD = re.compile(rf"^\s*(?:{alternation(_SUMS['block'])})\s*:?\s*(?=\S)",
                               re.IGNORECASE)

# a count printed with its label: "Antal Ja: 26", "Ja: 32", "Avstår: 4", "Frånvarande: 1",
# "Ja 7", "Antal Frånv 1"
_LABELS = {VoteChoice.JA: r"ja(?:-?röster)?", VoteChoice.NEJ: r"nej(?:-?röster)?",
           VoteChoice.AVSTAR: r"avst\w*\.?|blanka?", VoteChoice.FRANVARANDE: r"frånv\w*\.?|ej\s+närv\w*\.?"}
LABELLED_COUNT = re.compile(
    r"(?<![\w-])(?:antal\s+)?(?:"
    + "|".join(f"(?P<c{i}>{p})" for i, p in enumerate(_LABELS.values()))
    + r")\s*[:=]?\s*(?P<n>\d{1,3})(?![\d/.,]\d)", re.IGNORECASE)


def only_counts(text: str) -> bool:
    """Whether a line prints counts with their labels and nothing else ("Ja 21", "Nej: 16",
    "Ja: 21, Nej: 16, Avstår: 3")."""
    rest = LABELLED_COUNT.sub("", text)
    return rest != text and not re.sub(r"[\s,;.:]+", "", rest)


def labelled_counts(text: str) -> dict[VoteChoice, int]:
    """The counts a line prints with their labels ("Antal Ja: 26, Antal Nej: 17, Antal Avstår:
    1, Antal Frånv: 1"; "Ja: 32   Nej: 12   Avstår: 4"), the first of each."""
    out: dict[VoteChoice, int] = {}
    choices = list(_LABELS)
    for m in LABELLED_COUNT.finditer(text):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("c"))
        out.setdefault(choices[i], int(m.group("n")))
    return out


# the first words of a list's heading: "Omröstningslista nr. 1", "BILAGA 2", "Votering nr 3",
# "Ärende: § 10 …", "Antal Ja: 26", "§ 44 …", "Ja: 32 Nej: 12"
LIST_HEADING = re.compile(
    rf"^(?:(?:{alternation(_HEADS['opening'])})\w*|ja\s*[:=]?\s*\d)", re.IGNORECASE)
# a list printed as an appendix of its own: "BILAGA 2", "Omröstningsbilaga", "Voteringsbilaga 4"
APPENDIX_WORD = re.compile(rf"\b(?:{alternation(_HEADS['appendix'])})\b", re.IGNORECASE)
# the number of the appendix ("Bilaga 2 till protokoll …", "Omröstningsbilaga 4", "BILAGA 3
# (forts.)"), of the list ("Omröstningslista nr. 2", "Votering nr 3", "lista 1") and the § a
# heading names ("§ 10", "Paragraf 44"; an agenda's "ärende 7" is no §)
# a bilaga's number or capital letter: "Bilaga 2", "bilaga B" (not "bilaga i ärendet")
_APPENDIX_ID = r"(?P<n>\d{1,3}\b|(?-i:[A-H])(?![\w-]))"
APPENDIX_NUMBER = re.compile(
    rf"\b(?:{alternation(_HEADS['appendix'])})\s*(?:nr\.?\s*)?{_APPENDIX_ID}", re.IGNORECASE)
LIST_NUMBER = re.compile(
    r"\b(?:omröstningslista|voteringslista|röstlista|votering|omröstning|lista)\s*"
    r"(?:nr\.?|nummer)?\s*(?P<n>\d{1,3})\b(?!\s*[-/.]\s*\d)", re.IGNORECASE)
# "§ 12", "Paragraf 12"; not "§§ 100–104", a range that names no one §
PARAGRAPH_REF = re.compile(r"(?:(?<!§)§(?!§)|\bparagraf)\s*(?P<n>\d{1,4})\b", re.IGNORECASE)

# a § pointing to the list of its voters: "framgår av bilaga 2", "se bilaga 3", "framgår av
# omröstningsbilagan, lista nr. 1", "enligt bifogad voteringslista"
REFERENCE = re.compile(
    rf"\b(?:{alternation(_REFS['lead'])})\s+(?P<noun>{alternation(_REFS['noun'])})\b"
    rf"(?:\s*(?:nr\.?\s*)?{_APPENDIX_ID})?"
    r"(?:\s*,?\s*(?:lista|omröstningslista|voteringslista)\s*(?:nr\.?\s*)?(?P<list>\d{1,3})\b)?",
    re.IGNORECASE)
# a votering named by its number through the meeting, where the § tells which it was: "Votering
# begärs (omröstning nr 3)", "Omröstning nr 2 begärs och verkställs" (not "omröstningarna nr 2
# och 3", which names two)
NUMBERED_VOTE = re.compile(
    r"\b(?:omröstning|votering|omröstningslista|voteringslista)(?:en)?\s+(?:nr\.?|nummer)\s*"
    r"(?P<n>\d{1,3})\b(?!\s*(?:[-/.]\s*\d|och\s+\d))", re.IGNORECASE)
# "bilaga 5 till tjänsteutlåtandet": another document's appendix, no list of voters ("bilaga 1
# till § 47", "bilaga 2 till protokollet" are the minutes' own)
OTHERS_APPENDIX = re.compile(
    r"\s*(?:nr\.?\s*)?(?:\d{1,3}|[A-H])\s+till\b(?!\s+(?:§|paragraf|protokoll|detta\s+protokoll))",
    re.IGNORECASE)
# a sentence that speaks of how members voted: a reference to a bare "bilaga" counts only in one
VOTE_WORD = re.compile(r"\b(?:röst(?:ar|ade|at|er|lista\w*)|\w*röstning\w*|\w*votering\w*)\b",
                       re.IGNORECASE)


def appendix_number(text: str) -> int | str | None:
    """The number of the bilaga a text names ("Bilaga 2" gives 2), or its letter ("bilaga B"
    gives "B"), or None."""
    m = APPENDIX_NUMBER.search(text)
    if m is None:
        return None
    n = m.group("n")
    return int(n) if n.isdecimal() else n.upper()


def list_number(text: str) -> int | None:
    m = LIST_NUMBER.search(text)
    return int(m.group("n")) if m else None


def paragraph_ref(text: str) -> int | None:
    m = PARAGRAPH_REF.search(text)
    return int(m.group("n")) if m else None


# a vote written out after a member's name: "JA", "Nej", "avstår", "Frånvarande"
CHOICE = rf"(?i:{alternation(_CHOICE_WORDS)})(?![\w-])"

# the label of a list of names that voted one way, before the names: "Följande ledamöter röstar
# JA:", "Följande röstade nej:", "Följande 4 ledamöter AVSTÅR från att rösta:", "Ja röstade:",
# "Ja röstade A (SFP), …; nej röstade …; blankt röstade …",
# "Ja-röster:", "Ja-röster (3):", "Ja-röster avgavs av:", "Nej:", and the members away from
# it: "Frånvarande:"; which group matched says the vote
_GIVEN_BY = r"(?:\s+(?:avgavs|avgivna|avgavs\s+av\s+följande|lämnades)\s+av)?"
LIST_LABEL = re.compile(
    r"(?i:(?:följande(?:\s+(?:\d{1,3}|ledamöter(?:na)?|ledamot|tjänstgörande|ersättare|och)){0,4}"
    r"\s+)?"
    r"(?:(?:röstar|röstade|har\s+röstat)\s+(?P<y1>ja)|(?:röstar|röstade|har\s+röstat)\s+(?P<n1>nej)"
    r"|(?P<a1>avstår|avstod|har\s+avstått)(?:\s+från\s+att\s+rösta)?)"
    r"|(?:för\s+)?(?P<y2>ja)\s+röstade|(?:för\s+)?(?P<n2>nej)\s+röstade"
    rf"|(?<![\w-])(?P<y3>ja)(?:-?röster)?{_GIVEN_BY}|(?<![\w-])(?P<n3>nej)(?:-?röster)?{_GIVEN_BY}"
    r"|(?<![\w-])(?P<a3>avstår|avstod|avstående|blanka?)"
    r"|(?<![\w-])(?P<f3>frånvarande|ej\s+närvarande))"
    r"(?:\s*\((?P<count>\d{1,3})\)\s*(?::\s*)?|\s*:\s*)(?=[A-ZÅÄÖÉÜ])"
    # the vote before the verb, the names right after it: "Ja röstade A (SFP) och B (C); nej
    # röstade C (Saml.); blankt röstade D (KD)."
    r"|(?<![\w-])(?:(?P<y4>(?i:ja))|(?P<n4>(?i:nej))|(?P<a4>(?i:blankt|blank)))\s+"
    r"(?i:röstade|röstar)\s+(?=[A-ZÅÄÖÉÜ])"
    # by what the members voted for: "För kommunstyrelsens förslag röstade 21 ledamöter:"
    r"|(?<![\w-])(?P<o1>(?i:för))\s+[^:.;]{3,80}?\s+(?i:röstade|röstar)"
    r"(?:\s+(?P<count2>\d{1,3})\s+(?i:ledamöter|ledamot))?\s*:\s*(?=[A-ZÅÄÖÉÜ])"
    # … and with the names right after the verb: "För bifall röstade A (S) och B (V). För avslag
    # röstade C (M)."
    r"|(?:^|(?<=[.;]\s))(?P<o2>(?i:för))\s+[^:.;]{3,60}?\s+(?i:röstade|röstar)\s+(?=[A-ZÅÄÖÉÜ])")


def label_choice(m: re.Match[str], earlier: int = 0) -> VoteChoice:
    """The vote a LIST_LABEL match is the list of; a list by what it voted for is the ja of
    its vote when it is the first of its pair (earlier: the lists of that kind before it),
    the nej when the second."""
    found = next(k for k, v in m.groupdict().items() if v and not k.startswith("count"))
    if found[0] == "o":
        return VoteChoice.NEJ if earlier % 2 else VoteChoice.JA
    return {"y": VoteChoice.JA, "n": VoteChoice.NEJ, "a": VoteChoice.AVSTAR,
            "f": VoteChoice.FRANVARANDE}[found[0]]


def label_count(m: re.Match[str]) -> int | None:
    """The count a LIST_LABEL match prints: "Ja-röster (3):", "röstade 21 ledamöter:"."""
    n = m.group("count") or m.group("count2")
    return int(n) if n else None


def by_proposal(m: re.Match[str]) -> bool:
    """Whether a LIST_LABEL match lists the members by what they voted for."""
    return bool(m.group("o1") or m.group("o2"))
