"""The one typed model of meetbook: what the parser produces and the register stores.

Every fact carries the page it was read on (1-based, in the imported file) and, where it is
a piece of text, the text as printed, so that an auditor can check it against the PDF.
Collections are tuples so that the model is immutable and hashable.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class DocumentKind(StrEnum):
    """The kind of a document filed under an agenda item.

    tjänsteskrivelse: the administration's written report with a proposal (also
    *tjänsteutlåtande*); protokollsutdrag: an extract of another meeting's minutes;
    protokoll: a paragraph of the minutes themselves; kallelse: a notice convening a meeting;
    avtal: an agreement (*avtal*, *överenskommelse*); rapport: a report or follow-up;
    bilaga: an appendix; annat: anything else.
    """

    TJANSTESKRIVELSE = "tjänsteskrivelse"
    PROTOKOLLSUTDRAG = "protokollsutdrag"
    PROTOKOLL = "protokoll"
    KALLELSE = "kallelse"
    AVTAL = "avtal"
    RAPPORT = "rapport"
    BILAGA = "bilaga"
    ANNAT = "annat"


class FileKind(StrEnum):
    """What an imported file as a whole is.

    mötesbok/kallelse/föredragningslista: papers sent out before a meeting (agenda and case
    papers); protokoll: the minutes; protokollsutdrag: an extract of the minutes;
    program: a policy programme adopted by fullmäktige; uppföljning: a follow-up report;
    tjänsteskrivelse: a case paper on its own (tjänsteskrivelse, tjänsteutlåtande,
    beslutsunderlag), the administration's proposal to a body before any meeting.
    """

    MOTESBOK = "mötesbok"
    KALLELSE = "kallelse"
    PROTOKOLL = "protokoll"
    PROTOKOLLSUTDRAG = "protokollsutdrag"
    PROGRAM = "program"
    UPPFOLJNING = "uppföljning"
    TJANSTESKRIVELSE = "tjänsteskrivelse"


class DecisionKind(StrEnum):
    """förslag: a proposal no body has decided yet (a tjänsteskrivelse's *Förslag till beslut*);
    beslut: what a body decided at its meeting, also a decision to propose to another body."""

    FORSLAG = "förslag"
    BESLUT = "beslut"


class Stance(StrEnum):
    """What a *yrkande* (motion by a member) asks for.

    bifall: approve; avslag: reject; återremiss: send the case back for more preparation;
    bordläggning: postpone to a later meeting; tillägg: add to the proposal;
    ändring: change the proposal; annat: anything else.
    """

    BIFALL = "bifall"
    AVSLAG = "avslag"
    ATERREMISS = "återremiss"
    BORDLAGGNING = "bordläggning"
    TILLAGG = "tillägg"
    ANDRING = "ändring"
    ANNAT = "annat"


class VoteChoice(StrEnum):
    """A member's vote in a *votering* (roll-call vote): ja, nej, avstår (abstains),
    frånvarande (absent when the vote was taken)."""

    JA = "ja"
    NEJ = "nej"
    AVSTAR = "avstår"
    FRANVARANDE = "frånvarande"


class StatementKind(StrEnum):
    """A member's statement recorded beside a decision.

    särskilt yttrande / särskilt uttalande: an opinion entered in the minutes without
    reserving oneself; protokollsanteckning: a note entered in the minutes;
    jäv: a member disqualified by conflict of interest; deltar ej: does not take part.
    """

    SARSKILT_YTTRANDE = "särskilt yttrande"
    SARSKILT_UTTALANDE = "särskilt uttalande"
    PROTOKOLLSANTECKNING = "protokollsanteckning"
    JAV = "jäv"
    DELTAR_EJ = "deltar ej"


class LinkKind(StrEnum):
    """prioritet: a numbered priority of a programme (1.3); tilläggsuppdrag: an additional
    assignment that fullmäktige gave with the programme (2022:3)."""

    PRIORITET = "prioritet"
    TILLAGGSUPPDRAG = "tilläggsuppdrag"


class AssignmentEventKind(StrEnum):
    """What a decision does with an uppdrag given earlier.

    redovisat: the report on it is noted or approved (*antecknas*, *redovisningen godkänns*,
    also a *delredovisning*); fullgjort: it is declared done (*förklaras fullgjort*, *anses
    slutfört*, *avslutas*); förlängt: it gets a later time to report (*ny tidpunkt för
    redovisning*, *förlängs*); ändrat: its content or assignee changes (*ändras*, *ansvaret
    … övergår till*); upphävt: it is revoked (*upphävs*, *återkallas*, *upphör*).
    """

    REDOVISAT = "redovisat"
    FULLGJORT = "fullgjort"
    FORLANGT = "förlängt"
    ANDRAT = "ändrat"
    UPPHAVT = "upphävt"


class ProblemKind(StrEnum):
    """What meetbook could not read in a file, or read only by inference; reported, never
    silently mended.

    missing_paragraphs: §§ the file's contents or agenda lists that the file does not hold (a
    partial download); guessed_title: a § title taken from another place than its heading (the
    contents, where the heading's text layer is garbled); no_title: a § without a title;
    incomplete_decision: a decision without the body that took it or the date it was taken;
    unverified_vote: a vote whose listed voters do not add up to its printed counts.
    """

    MISSING_PARAGRAPHS = "missing_paragraphs"
    GUESSED_TITLE = "guessed_title"
    NO_TITLE = "no_title"
    INCOMPLETE_DECISION = "incomplete_decision"
    UNVERIFIED_VOTE = "unverified_vote"


class Currency(StrEnum):
    """SEK for Swedish kronor, EUR for euro (Finland-Swedish municipalities)."""

    SEK = "SEK"
    EUR = "EUR"


@dataclass(frozen=True)
class Line:
    """One printed line of a page: its text, page (1-based) and position in points."""

    text: str
    page: int
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    size: float = 10.0
    bold: bool = False
    # (x0, x1, text) of each word, for column layouts (agenda tables, vote tables)
    words: tuple[tuple[float, float, str], ...] = ()
    ocr: bool = False


def lines_from_text(text: str, page: int = 1, size: float = 10.0) -> list[Line]:
    """Lines from plain text, one per text line; `**x**` marks a bold line (tests)."""
    out = []
    for n, raw in enumerate(text.splitlines()):
        bold = raw.startswith("**") and raw.endswith("**") and len(raw) > 4
        body = raw[2:-2] if bold else raw
        out.append(Line(body, page, 0.0, float(n * 12), 0.0, size, bold))
    return out


@dataclass(frozen=True)
class Member:
    """A person as printed with their party: party "-" for independents, None if not given."""

    name: str
    party: str | None = None


@dataclass(frozen=True)
class Clause:
    """An att-sats or numbered beslutspunkt; number None when unnumbered."""

    number: int | None
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Motion:
    """A yrkande: who moved what, for which att-satser (empty: the whole proposal)."""

    movers: tuple[Member, ...]
    stance: Stance
    clauses: tuple[int, ...] = ()
    text: str = ""
    page: int | None = None
    parties: tuple[str, ...] = ()  # a party group's ("Ledamöterna från SD yrkar …")


@dataclass(frozen=True)
class Voter:
    name: str
    party: str | None
    vote: VoteChoice


@dataclass(frozen=True)
class Vote:
    """A votering: counts as printed, and per-member votes where listed.

    verified is False when the listed voters do not add up to the counts; discrepancy then
    says what does not ("the result prints 5 ja, 38 nej; the voters listed give 6 ja, 37 nej").
    appendix is where the § says the voters are listed, as printed ("bilaga 2",
    "omröstningsbilagan, lista nr. 1")."""

    proposition: str
    yes: int | None
    no: int | None
    abstain: int | None
    voters: tuple[Voter, ...] = ()
    verified: bool = True
    page: int | None = None
    text: str = ""
    appendix: str | None = None
    discrepancy: str | None = None


@dataclass(frozen=True)
class Reservation:
    members: tuple[Member, ...]
    text: str
    page: int | None = None
    parties: tuple[str, ...] = ()  # a party group's ("Ledamöterna från M, D, L och KD …")


@dataclass(frozen=True)
class Statement:
    kind: StatementKind
    members: tuple[Member, ...]
    text: str
    page: int | None = None
    parties: tuple[str, ...] = ()  # a party group's ("Representanterna från M, L och KD …")


@dataclass(frozen=True)
class Amount:
    """A sum of money: value in whole units (6 000 tkr is 6000000)."""

    value: int
    currency: Currency | None
    text: str
    year: int | None = None
    clause: int | None = None
    page: int | None = None


@dataclass(frozen=True)
class Assignment:
    """An uppdrag a decision gives; id is assigned by the register (stable, natural key).

    due is the deadline the decision sets for reporting, as the last day of the period it
    names ("senast 30 september 2025" 2025-09-30, "i mars 2025" 2025-03-31); due_text is that
    phrase as printed."""

    assignee: str | None
    text: str
    clause: int | None = None
    page: int | None = None
    id: str | None = None
    due: str | None = None
    due_text: str | None = None


@dataclass(frozen=True)
class AssignmentRef:
    """The decision that gave an uppdrag, as a later decision cites it: body, meeting date, §
    and punkt (the att-sats of that decision); each None when not printed."""

    body: str | None
    date: str | None
    paragraph: int | None
    point: int | None = None


@dataclass(frozen=True)
class AssignmentEvent:
    """What a decision says of an uppdrag given earlier ("Redovisning av kommunfullmäktiges
    uppdrag 2024-03-21 § 109 punkt 21 till nämnden för Intraservice, att … antecknas och
    förklaras fullgjort"): the uppdrag cited, the event, the assignee and task as printed
    (a renamed nämnd with its "dåvarande" name), the sentence it was read from.

    partial marks a delredovisning; due is a new deadline (förlängt); new_assignee the one
    an ändrat uppdrag passes to ("Ansvaret för … övergår till exploateringsnämnden")."""

    assignment: AssignmentRef
    event: AssignmentEventKind
    assignee: str | None
    task: str | None
    text: str
    clause: int | None = None
    page: int | None = None
    partial: bool = False
    due: str | None = None
    due_text: str | None = None
    new_assignee: str | None = None


@dataclass(frozen=True)
class Correction:
    """What a rättelse corrects: the earlier decision and its att-satser."""

    body: str | None
    date: str | None
    paragraph: int | None
    clauses: tuple[int, ...] = ()


@dataclass(frozen=True)
class Link:
    """A link from a decision to a programme priority or tilläggsuppdrag."""

    target: str
    kind: LinkKind
    score: float
    evidence: str
    program: str | None = None


@dataclass(frozen=True)
class Decision:
    kind: DecisionKind
    body: str | None
    date: str | None
    paragraph: int | None
    dnr: str | None
    page: int | None
    clauses: tuple[Clause, ...] = ()
    motions: tuple[Motion, ...] = ()
    votes: tuple[Vote, ...] = ()
    reservations: tuple[Reservation, ...] = ()
    statements: tuple[Statement, ...] = ()
    amounts: tuple[Amount, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    corrects: Correction | None = None
    refers_back: bool = False
    links: tuple[Link, ...] = ()
    text: str = ""
    # a beslut to propose rather than decide: the body its points go to ("Kommunfullmäktige")
    proposed_to: str | None = None
    # what the decision says of uppdrag given earlier (reported, fullgjort, förlängt …)
    assignment_events: tuple[AssignmentEvent, ...] = ()


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    title: str | None
    date: str | None
    dnr: str | None
    pages: tuple[int, int]


@dataclass(frozen=True)
class EarlierTreatment:
    """An earlier treatment of the case that a document mentions (Tidigare behandling)."""

    body: str | None
    date: str | None
    paragraph: int | None
    outcome: str | None
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Item:
    """An ärende: one agenda item or protocol paragraph (or a case paper imported on its own,
    which has no number)."""

    number: str | None
    title: str
    section: str | None
    dnr: tuple[str, ...]
    pages: tuple[int, int] | None
    documents: tuple[Document, ...] = ()
    decisions: tuple[Decision, ...] = ()
    history: tuple[EarlierTreatment, ...] = ()
    dnr_raw: tuple[str, ...] = ()
    # the case papers' own text (tjänsteskrivelse, protocol paragraph), for linking and search
    text: str = ""
    # the § heading's own title where the title was taken from elsewhere (a garbled heading
    # mended from the contents)
    title_as_printed: str | None = None


@dataclass(frozen=True)
class Attendance:
    """A person at a meeting. role: ledamot, tjänstgörande ersättare (serving for a member),
    ersättare (present, not serving), tjänsteperson (an official), frånvarande (an absent
    member); whom they replace, the §§ or jäv the cover notes, their function (ordförande …),
    and the time the cover gives them apart from the §§ ("kl. 18.00-20.05": came or left)."""

    name: str
    party: str | None
    role: str
    replaces: str | None = None
    paragraphs: str | None = None
    function: str | None = None
    time: str | None = None


@dataclass(frozen=True)
class Problem:
    """Something the parse could not read, or read only by inference: its kind, what it is in
    words (naming the §, the vote, the decision), and the page it concerns."""

    kind: ProblemKind
    text: str
    page: int | None = None

    def __str__(self) -> str:
        return f"{self.text} (page {self.page})" if self.page else self.text


@dataclass(frozen=True)
class Meeting:
    municipality: str | None
    body: str | None
    date: str | None
    place: str | None
    pages: tuple[int, int]
    items: tuple[Item, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Priority:
    number: str
    title: str
    focus_area: int | None
    responsible: tuple[str, ...] = ()
    description: str = ""
    page: int | None = None
    title_as_printed: str | None = None


@dataclass(frozen=True)
class ProgramAssignment:
    """A tilläggsuppdrag listed in a programme, with the fokusområden it concerns."""

    id: str
    text: str
    focus_areas: tuple[int, ...] = ()
    page: int | None = None


@dataclass(frozen=True)
class Program:
    municipality: str | None
    title: str
    period: tuple[int, int] | None
    priorities: tuple[Priority, ...] = ()
    assignments: tuple[ProgramAssignment, ...] = ()
    focus_areas: tuple[tuple[int, str], ...] = ()
    # riktade utvecklingsanslag: money set aside for the programme's work, per year
    anslag: tuple[Amount, ...] = ()


@dataclass(frozen=True)
class Status:
    target: str
    status: str
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Citation:
    target: str
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Report:
    municipality: str | None
    title: str
    year: int | None
    statuses: tuple[Status, ...] = ()
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class ParsedFile:
    """Everything read from one file, before it is recorded."""

    path: str
    sha256: str
    pages: int
    kind: FileKind
    meetings: tuple[Meeting, ...] = ()
    programs: tuple[Program, ...] = ()
    reports: tuple[Report, ...] = ()
    ocr: bool = False
    problems: tuple[str, ...] = field(default=())
