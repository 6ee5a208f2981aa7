"""The link pass: ärenden → programme priorities and tilläggsuppdrag (the only spaCy importer).

The pipeline saved in models/meetbook-sv is a blank Swedish pipeline with

- ``lemmatizer`` (factory ``meetbook_lemmatizer``): spaCy's lookup lemmatizer over the tables
  of spacy-lookups-data, looking up the lowercased token, so "Förebyggande" finds "förebygga";
- ``sentencizer``: the evidence of a link is one sentence;
- ``compounds`` (``meetbook_compounds``): splits Swedish compounds against the lemma table
  (barnfattigdom → barn + fattigdom, samverkansplattformen → samverkan + plattform) and strips
  the -het of derived nouns (hemlöshet → hemlös), into ``token._.parts``;
- ``references`` (``meetbook_references``): explicit references — Tilläggsuppdrag 2022:3,
  fokusområde 1, prioritering 1.3, programmet för social hållbarhet — into ``doc._.references``;
- ``linker`` (``meetbook_linker``): the words of each sentence into ``doc._.terms`` and the
  parts of its compounds into ``doc._.part_terms``; holds the domain words that say nothing
  about a topic (kommun, uppdrag …) and the programme's framing words (delaktighet, barn …).

Build it with ``python -m meetbook.link build [PATH]``; nothing is downloaded.

A link is scored from evidence: each distinct sentence of the item supports a priority by the
idf-weighted share of the priority's title concepts it says (a compound's head alone half, its
modifier alone not at all; framing words FRAMING of their share; the description's concepts
DESCRIPTION of theirs), three times over in the item's title and the decision's att-satser.
The support of all sentences saturates as in BM25 with a saturation point that grows with the
number of distinct sentences, so a long agreement needs proportionally more of it, and counts
in proportion while fewer than SPREAD sentences give it. Sentences repeated word for word (one
agreement per partner) count once. A tilläggsuppdrag is supported only by sentences that say
two of its concepts together, or by an explicit reference.
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from meetbook.model import Link, LinkKind, Program

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "models" / "meetbook-sv"
THRESHOLD = 0.5
EXPLICIT = 0.95  # "prioritering 1.3", "Tilläggsuppdrag 2022:3": the item says so itself
TOPICAL_MAX = 0.9  # words alone never say it as surely as an explicit reference
DESCRIPTION = 0.35  # a priority is what its title says; the description mostly frames it
HEAD = 0.5  # a compound's head alone is the broader concept: fattigdom for barnfattigdom
FRAMING = 0.3  # the programme's own vocabulary (delaktighet, inflytande) is said of every priority
LEAD = 3.0  # the item's title and the decision's att-satser say what the item does
K1, B, AVG_SENTENCES = 1.2, 0.75, 60  # BM25 saturation; an ärende's papers run ~60 sentences
SPREAD = 3  # evidence from fewer distinct sentences than this is a passing mention
OFF_THEME = 0.6  # an item that never touches the programme's theme rarely serves it
THEMED, NAMED_AREA = 0.05, 0.1
READABLE = 25  # tokens: the length of evidence a reader takes in at a glance

# "Tilläggsuppdrag 2022:3", "tilläggsuppdraget 2021:11"
ASSIGNMENT_REF = re.compile(r"\btill[aä]g+suppdrag(?:et)?\s+(?P<id>(?:19|20)\d{2}:\d{1,3})\b",
                            re.IGNORECASE)
# "prioritering 1.3", "fokusområde 1.3" (a priority, not an area)
PRIORITY_REF = re.compile(r"\b(?:prioritering(?:en)?|fokusomr[aå]det?)\s+(?P<n>[1-9]\.[1-9])\b",
                          re.IGNORECASE)
# "fokusområde 1", "Fokusområde 3 - Barns uppväxtvillkor"
AREA_REF = re.compile(r"\bfokusomr[aå]det?\s+(?P<n>[1-9])\b(?![.,]\d)", re.IGNORECASE)
# "programmet för social hållbarhet", "Program för social hållbarhet"
PROGRAM_REF = re.compile(
    r"\bprogram(?:met)?\s+f[öo]r\s+(?P<topic>[a-zåäö]+\s+[a-zåäö]+?)(?:s\b|\b)", re.IGNORECASE)

# Words of municipal procedure that say nothing about what a priority is about.
GENERIC = sorted({
    "kommun", "umeå", "ska", "skola", "arbete", "arbeta", "utgå", "ifrån", "del", "vis", "ram",
    "fokus", "syfte", "uppdrag", "kommunfullmäktige", "kommunstyrelse", "nämnd", "ge", "ta",
    "fram", "program", "programmet", "prioritera", "handlingsplan", "följa", "upp", "samt",
    "bland", "annat", "stor", "viktig", "hel", "både", "kunna", "göra", "vara", "få", "finna",
    "enligt", "olik", "andra", "annan", "bättre", "bra", "mer", "mycket", "detta", "denna",
    "dessa", "såväl", "fortsätta", "fortsatt", "utifrån", "inom", "mellan", "vår", "även",
    "huvudansvar", "nämnden", "kommunens", "kommuns", "social", "socialt", "hållbar",
    "hållbarhet", "förutsättning", "skapa", "utveckla", "utveckling", "stärka", "insats",
    "verksamhet", "behov", "befintlig", "metod", "år", "tid", "bolag", "fokusområde",
    "tilläggsuppdrag", "inriktningsmål", "effektmål", "prioritering", "kommunfullmäktig",
    # words of any tjänsteskrivelse or programme text, and the framing verbs of titles
    "samhälle", "aktör", "civil", "långsiktig", "ingå", "förvaltning", "offentlig", "öka",
    "utgöra", "kring", "bygga", "syfta", "person", "individ", "sätta", "använda", "förslag",
    "uppdra", "exempel", "erfarenhet", "erfaren", "resurs", "relation", "fråga", "röra", "pågå",
    "säkerställa", "uppnå", "plan", "lokal", "grundlägga", "fastställa", "betydelse", "möta",
    "främja", "övergripande", "måla", "mål", "rikta", "särskilja", "innebära", "utgångspunkt",
    "tillgång", "enskild", "dela", "information", "struktur", "relevant", "utbyte", "årligen",
    "projekt", "minsk", "minska", "via", "förbättra", "vise", "konsekvens", "faktor", "riska",
    "undersöka", "rapport", "rekommendation", "stå", "förhindra", "motverka", "systematisk",
    "systematiskt", "utmana", "rätt", "ökad", "beslutsunderlag", "ekonomi", "data", "fall",
    "sätt", "sikt", "allt", "tidig", "ansvar", "uttrycka", "princip", "understryka",
    "vikt", "knyta", "ifrågasätta", "medvetandegöra", "genomsyra", "öppenhet", "åtgärd",
    "risk", "lämplig", "utreda", "stödja", "stöd", "synliggöra", "skillnad", "samverkan",
    "samverka", "dialog", "ekonomisk",
})

# The vocabulary of a social-sustainability programme as a whole: its vision says it of every
# priority, so an ärende saying it shows the programme's spirit more than any one priority.
# With it the groups a programme serves: they say whom a priority is for, not what it asks.
FRAMING_WORDS = sorted({
    "delaktighet", "delaktig", "inflytande", "inflyta", "demokrati", "demokratisk",
    "medborgare", "medborgardialog", "egenmakt", "gemenskap", "sammanhållning",
    "barn", "ungdom", "ung", "unga", "vuxen", "kvinna", "flicka", "pojke", "familj",
    "invånare", "äldre", "människa",
})

# Words an ärende uses for a priority's concept: the concept is what a person reads in them.
RELATED = {
    "segregation": ["utanförskap", "segregerad", "segregera", "inkludering", "integration"],
    "trygghet": ["tillit", "tilltro", "otrygghet", "brottsförebyggande", "oro"],
    "förebygga": ["förebyggande", "brottsförebyggande", "våldsförebyggande"],
    "hemlös": ["hemlöshet", "akutboende", "härbärge", "sovplats", "hemlösa"],
    "arbetsmarknad": ["arbetsliv", "sysselsättning", "etablering", "praktik", "arbetslös"],
    "utbildning": ["studie", "studier", "läxhjälp", "skolgång", "utbildningssystem"],
    "våld": ["misshandel", "våldsutsatt", "våldsutsatta", "våldsförebyggande"],
    "barnfattigdom": ["fattigdom", "barnfamilj"],
    "jämställdhet": ["jämställd", "könsuppdelad"],
    "mötesplats": ["mötesplatser"],
}

if not Token.has_extension("parts"):
    Token.set_extension("parts", default=())
if not Doc.has_extension("references"):
    Doc.set_extension("references", default=[])
if not Doc.has_extension("terms"):
    Doc.set_extension("terms", default=[])
if not Doc.has_extension("part_terms"):
    Doc.set_extension("part_terms", default=[])


# ---------------------------------------------------------------- components


@Language.factory(
    "meetbook_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "lookup", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer):
    return LowercaseLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite,
                               scorer=scorer)


class LowercaseLemmatizer(Lemmatizer):
    """spaCy's lookup lemmatizer, looking up the lowercased form (the tables are lowercase)."""

    def lookup_lemmatize(self, token: Token) -> list[str]:
        table = self.lookups.get_table("lemma_lookup", {})
        lemma = table.get(token.lower_, token.lower_)
        return [lemma] if isinstance(lemma, str) else list(lemma)


@Language.factory("meetbook_compounds", assigns=["token._.parts"],
                  default_config={"lemmatizer": "lemmatizer", "min_part": 3, "min_word": 7})
def make_compounds(nlp: Language, name: str, lemmatizer: str, min_part: int, min_word: int):
    return CompoundSplitter(nlp, name, lemmatizer, min_part, min_word)


class CompoundSplitter:
    """Splits Swedish compounds into known lemmas: the head and the modifier before it.

    Reads the word list of the pipeline's lemmatizer, so it holds no data of its own."""

    LINKS = ("", "s", "e", "a", "u")  # fogemorfem: samverkan-s-plattform, skol-gård → skola
    CACHE = 200_000  # words whose split is kept

    def __init__(self, nlp: Language, name: str, lemmatizer: str = "lemmatizer",
                 min_part: int = 3, min_word: int = 7):
        self.nlp, self.name, self.lemmatizer = nlp, name, lemmatizer
        self.min_part, self.min_word = min_part, min_word
        self._lemmas: frozenset[str] | None = None
        self._lookup: dict | None = None
        self._splits: dict[str, tuple[str, ...]] = {}  # a word's split, kept across documents

    def _table(self) -> dict:
        if not self._lookup and self.lemmatizer in self.nlp.pipe_names:
            pipe = self.nlp.get_pipe(self.lemmatizer)
            if isinstance(pipe, Lemmatizer):
                self._lookup = pipe.lookups.get_table("lemma_lookup", {})
        return self._lookup or {}

    def _known(self) -> frozenset[str]:
        if not self._lemmas:
            table = self._table()
            self._lemmas = frozenset(v for v in table.values() if isinstance(v, str))
        return self._lemmas

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_alpha and len(token) >= self.min_word:
                word = token.lemma_ or token.lower_
                parts = self._splits.get(word)
                if parts is None:
                    if len(self._splits) >= self.CACHE:  # a register's vocabulary, bounded
                        self._splits.clear()
                    parts = self._splits[word] = self.split(word)
                token._.parts = parts
        return doc

    def split(self, word: str) -> tuple[str, ...]:
        """('barn', 'fattigdom') for 'barnfattigdom'; ('hemlös',) for 'hemlöshet'; () if none."""
        word = word.lower()
        known, table = self._known(), self._table()
        if word.endswith("het") and word[:-3] in known:
            return (word[:-3],)  # hållbarhet → hållbar, not hålla + barhet
        if word in known:
            return ()  # a word of its own (förebygga is not för + bygga)
        for i in range(self.min_part, len(word) - 3):
            head = word[i:]
            head_lemma = head if head in known else table.get(head)
            if not isinstance(head_lemma, str):
                continue
            left = self._modifier(word[:i], known)
            if left:  # the longest known head; the whole word with its head's lemma too
                return (left, head_lemma, word[:i] + head_lemma)
        return ()

    def _modifier(self, left: str, known: frozenset[str]) -> str | None:
        for link in self.LINKS:
            if link and left.endswith(link) and left[: -len(link)] in known:
                return left[: -len(link)]
        for end in ("a", "e"):  # skol-gård → skola, arbets-marknad → arbete
            stem = left.removesuffix("s")
            if stem + end in known:
                return stem + end
        return left if left in known and len(left) >= self.min_part else None


@Language.factory("meetbook_references", assigns=["doc._.references"])
def make_references(nlp: Language, name: str):
    return ReferenceFinder()


@dataclass(frozen=True)
class Reference:
    """An explicit reference: kind (tilläggsuppdrag, prioritet, fokusområde, program), value."""

    kind: str
    value: str
    start: int
    end: int


class ReferenceFinder:
    """Finds explicit references to a programme, its fokusområden, priorities and uppdrag."""

    PATTERNS = (("tilläggsuppdrag", ASSIGNMENT_REF, "id"), ("prioritet", PRIORITY_REF, "n"),
                ("fokusområde", AREA_REF, "n"), ("program", PROGRAM_REF, "topic"))

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for kind, pattern, group in self.PATTERNS:
            for m in pattern.finditer(doc.text):
                value = m.group(group).lower() if kind == "program" else m.group(group)
                found.append(Reference(kind, value, m.start(), m.end()))
        doc._.references = found
        return doc


@Language.factory("meetbook_linker", assigns=["doc._.terms", "doc._.part_terms"],
                  default_config={"min_length": 3})
def make_linker(nlp: Language, name: str, min_length: int):
    return Linker(name, min_length)


class Linker:
    """The content terms of each sentence (lemmas and compound parts), and link scoring.

    Holds the domain's generic words, saved with the pipeline."""

    def __init__(self, name: str = "linker", min_length: int = 3,
                 generic: Iterable[str] = GENERIC, related: dict | None = None,
                 framing: Iterable[str] = FRAMING_WORDS):
        self.name, self.min_length = name, min_length
        self.generic = frozenset(generic)
        self.framing = frozenset(framing)
        self.related = dict(RELATED if related is None else related)
        self._concept = {w: c for c, words in self.related.items() for w in words}

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        read = [self.terms(sent) for sent in sents]
        doc._.terms = [words for words, _ in read]
        doc._.part_terms = [parts for _, parts in read]
        return doc

    def terms(self, tokens) -> tuple[frozenset[str], frozenset[str]]:
        """The sentence's words (lemmas, -het stems, whole compounds, the concepts of related
        words) and, apart, the modifiers and heads of its compounds that it does not say alone:
        utvecklingsområde says 'område' only in part."""
        words: set[str] = set()
        parts: set[str] = set()
        for t in tokens:
            lemma = t.lemma_ or t.lower_
            if t.is_stop or not t.is_alpha or len(t) < self.min_length or lemma in self.generic:
                continue
            split = t._.parts
            whole = (lemma, *split) if len(split) == 1 else (lemma, *split[2:])
            for term in whole:
                self._add(term, t, words)
            if len(split) == 3:
                for term in split[:2]:
                    self._add(term, t, parts)
        parts -= words
        return frozenset(words), frozenset(parts)

    def _add(self, term: str, t: Token, into: set[str]) -> None:
        if len(term) >= self.min_length and term not in self.generic \
                and not t.vocab[term].is_stop:
            into.add(term)
            if term in self._concept:
                into.add(self._concept[term])

    def concept_of(self, word: str) -> str | None:
        """The concept a related word stands for (akutboende → hemlös), if any."""
        return self._concept.get(word)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "generic.json").write_text(json.dumps(sorted(self.generic), ensure_ascii=False),
                                           encoding="utf-8")
        (path / "related.json").write_text(json.dumps(self.related, ensure_ascii=False, indent=1),
                                           encoding="utf-8")
        (path / "framing.json").write_text(json.dumps(sorted(self.framing), ensure_ascii=False),
                                           encoding="utf-8")

    def from_disk(self, path, exclude=()) -> Linker:
        path = Path(path)
        self.generic = frozenset(json.loads((path / "generic.json").read_text("utf-8")))
        self.related = json.loads((path / "related.json").read_text("utf-8"))
        framing = path / "framing.json"  # absent from pipelines saved before it was held here
        self.framing = frozenset(json.loads(framing.read_text("utf-8"))) if framing.exists() \
            else frozenset(FRAMING_WORDS)
        self._concept = {w: c for c, words in self.related.items() for w in words}
        return self


# ---------------------------------------------------------------- assembly


def build_pipeline(path: str | Path = DEFAULT_PATH) -> Path:
    """Assemble the pipeline from installed packages only and save it at path; return path."""
    nlp = spacy.blank("sv")
    nlp.add_pipe("meetbook_lemmatizer", name="lemmatizer")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("meetbook_compounds", name="compounds")
    nlp.add_pipe("meetbook_references", name="references")
    nlp.add_pipe("meetbook_linker", name="linker")
    cast(Lemmatizer, nlp.get_pipe("lemmatizer")).initialize(lookups=_lookups())
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
    return path


def _lookups() -> Lookups:
    """The Swedish lemma table of spacy-lookups-data (installed with meetbook, read offline)."""
    from spacy.lookups import load_lookups

    return load_lookups(lang="sv", tables=["lemma_lookup"])


def load_pipeline(path: str | Path | None = None) -> Language:
    """The saved pipeline, loaded as a user would (spacy.load); built first when missing."""
    path = Path(path) if path else DEFAULT_PATH
    if not (path / "config.cfg").exists():
        build_pipeline(path)
    return spacy.load(path)


# ---------------------------------------------------------------- linking


@dataclass(frozen=True)
class Concept:
    """One content word of a target: the forms an item may say it by, each with its credit.

    The word itself, its -het stem and a compound as a whole earn full credit; a compound's
    head alone is the broader concept (fattigdom for barnfattigdom) and earns HEAD; its
    modifier alone (barn) is another concept and earns nothing — unless the head is a word of
    procedure (trygghetsarbete), when the modifier is what the word is about."""

    forms: tuple[tuple[str, float], ...]
    framing: bool = False  # a word of the programme's vision or of whom it serves (FRAMING)

    def credit(self, words: frozenset[str], parts: frozenset[str] = frozenset()) -> float:
        """How fully a sentence with these words and compound parts says the concept."""
        return max((c * (1.0 if f in words else HEAD) for f, c in self.forms
                    if f in words or f in parts), default=0.0)


@dataclass(frozen=True)
class Target:
    """A priority or tilläggsuppdrag as the linker sees it: its title and description concepts."""

    number: str
    kind: LinkKind
    focus_areas: tuple[int, ...]
    title: tuple[Concept, ...]
    description: tuple[Concept, ...] = ()


@dataclass(frozen=True)
class _Sentence:
    """A sentence as the scorer reads it: its text, its words and its compounds' parts."""

    text: str
    words: frozenset[str]
    parts: frozenset[str]


@dataclass(frozen=True)
class _Block:
    """A run of sentences read by the pipeline, and the explicit references in them."""

    sents: tuple[_Sentence, ...]
    references: tuple[tuple[Reference, str], ...]  # with the sentence that holds each


@dataclass
class _Item:
    """An item's text as the scorer reads it: its distinct sentences and whether each is lead."""

    text: str
    sents: list[_Sentence]
    lead: list[bool]  # the item's title or an att-sats of the decision
    references: list[tuple[Reference, str]]


def link_items(nlp: Language, items: Sequence[tuple[str, str]],
               programs: Sequence[tuple[Program, str | None]],
               municipality: str | None = None, batch_size: int = 64) -> list[list[Link]]:
    """For each (key, text) item, its links to the programs' priorities and tilläggsuppdrag.

    programs are (program, version label); only programs of the item's municipality apply
    when municipality is given. A link scores in [0, 1]; 0.5 and above reads as relevant.
    A text's first sentence is read as the item's title.

    Texts go through nlp.pipe in blocks of sentences, and a block read once is not read again:
    the decisions of one ärende share its papers and differ only in their clauses."""
    chosen = [(p, label) for p, label in programs
              if municipality is None or p.municipality is None or _same(p.municipality,
                                                                         municipality)]
    if not chosen:
        return [[] for _ in items]
    prepared = [(p, label, _targets(nlp, p)) for p, label in chosen]
    texts = [text[:nlp.max_length - 1] for _key, text in items]
    read: OrderedDict[str, _Block] = OrderedDict()  # the blocks last read, most recent last
    linked: dict[str, list[Link]] = {}  # links, not Docs, are kept: a register's texts are long
    for text in dict.fromkeys(texts):
        item = _read(nlp, text, read, batch_size)
        links: list[Link] = []
        for program, label, (targets, weights) in prepared:
            links.extend(_links(item, program, label, targets, weights))
        linked[text] = sorted(links, key=lambda ln: (-ln.score, ln.target))
    return [list(linked[text]) for text in texts]


def _same(a: str, b: str) -> bool:
    from meetbook.program import fold

    return fold(a).replace(" kommun", "") == fold(b).replace(" kommun", "")


# "… i Umeå. Umeå pastorat …": a word's full stop before a capital, where a sentence surely ends
SENTENCE_END = re.compile(r"(?<=[a-zåäö]{3}[.!?])\s+(?=[A-ZÅÄÖ])")
BLOCK = 32  # sentences read together
BLOCKS_KEPT = 4096
# "att inrätta en samverkansplattform …", the decision's own clauses
ATT_SATS = re.compile(r"^\s*att\s+\w")
# sentences that differ only by spacing, case or punctuation are one (an agreement per partner)
NOT_WORD = re.compile(r"\W+")


def _read(nlp: Language, text: str, read: OrderedDict[str, _Block], batch_size: int) -> _Item:
    """The item's distinct sentences with their terms; blocks already read come from read."""
    found = SENTENCE_END.split(text)
    blocks = [" ".join(found[i:i + BLOCK]) for i in range(0, len(found), BLOCK)]
    todo = [b for b in dict.fromkeys(blocks) if b not in read]
    for block, doc in zip(todo, nlp.pipe(todo, batch_size=batch_size)):
        read[block] = _block(doc)
        if len(read) > BLOCKS_KEPT:
            read.popitem(last=False)
    for block in blocks:
        if block in read:
            read.move_to_end(block)
    return _item(text, [read[b] if b in read else _block(nlp(b)) for b in blocks])


def _block(doc: Doc) -> _Block:
    sents = tuple(_Sentence(s.text.strip(), w, p)
                  for s, w, p in zip(doc.sents, doc._.terms, doc._.part_terms))
    return _Block(sents, tuple((r, _sentence_at(doc, r.start)) for r in doc._.references))


def _item(text: str, blocks: Sequence[_Block]) -> _Item:
    """The item of these blocks: its distinct sentences, the first being the item's title."""
    seen: set[str] = set()
    sents, lead = [], []
    for i, sent in enumerate(s for b in blocks for s in b.sents):
        key = NOT_WORD.sub(" ", sent.text.lower()).strip()
        if not key or key in seen:
            continue
        seen.add(key)
        sents.append(sent)
        lead.append(i == 0 or bool(ATT_SATS.match(sent.text)))
    return _Item(text, sents, lead, [r for b in blocks for r in b.references])


def _targets(nlp: Language, program: Program) -> tuple[list[Target], dict[str, float]]:
    """The program's targets and the weight of each concept form across them."""
    pipe = nlp.get_pipe("linker") if "linker" in nlp.pipe_names else None
    linker = pipe if isinstance(pipe, Linker) else Linker()
    out = []
    for p in program.priorities:
        title = _concepts(nlp(p.title), linker)
        desc = _concepts(nlp(p.description), linker) if p.description else ()
        areas = (p.focus_area,) if p.focus_area else ()
        out.append(Target(p.number, LinkKind.PRIORITET, areas, title, desc))
    for a in program.assignments:
        out.append(Target(a.id, LinkKind.TILLAGGSUPPDRAG, a.focus_areas,
                          _concepts(nlp(a.text), linker)))
    return out, _idf(out)


def _concepts(doc: Doc, linker: Linker) -> tuple[Concept, ...]:
    """The concepts of a target's text: one per content word, words of procedure left out."""
    out: dict[tuple, Concept] = {}
    for t in doc:
        lemma = t.lemma_ or t.lower_
        if t.is_stop or not t.is_alpha or len(t) < linker.min_length or lemma in linker.generic:
            continue
        forms: dict[str, float] = {}
        for form, credit in _forms(t, linker.generic).items():
            if len(form) < linker.min_length or form in linker.generic or t.vocab[form].is_stop:
                continue
            for f in (form, linker.concept_of(form)):
                if f:
                    forms[f] = max(credit, forms.get(f, 0.0))
        if forms and max(forms.values()) == 1.0:
            key = tuple(sorted(forms.items()))
            out.setdefault(key, Concept(key, any(f in linker.framing for f in forms)))
    return tuple(out.values())


def _forms(t: Token, generic: frozenset[str]) -> dict[str, float]:
    """The forms of one word with the credit each earns (see Concept)."""
    lemma, parts = t.lemma_ or t.lower_, t._.parts
    forms = {lemma: 1.0}
    if len(parts) == 1:  # hemlöshet → hemlös
        forms[parts[0]] = 1.0
    elif len(parts) == 3:
        modifier, head, whole = parts
        forms[whole] = 1.0
        if head in generic or t.vocab[head].is_stop:  # trygghetsarbete is about trygghet
            forms[modifier] = 1.0
        else:
            forms[head] = HEAD
    return forms


def _idf(targets: Sequence[Target]) -> dict[str, float]:
    """The weight of each form: log(1 + n / df) over the targets whose concepts have it."""
    df: dict[str, int] = {}
    for t in targets:
        for form in {f for c in (*t.title, *t.description) for f, _ in c.forms}:
            df[form] = df.get(form, 0) + 1
    n = len(targets)
    return {f: math.log(1 + n / d) for f, d in df.items()}


def _weight(c: Concept, weights: dict[str, float]) -> float:
    return max(weights.get(f, 1.0) for f, credit in c.forms if credit == 1.0)


def _links(item: _Item, program: Program, label: str | None, targets: Sequence[Target],
           weights: dict[str, float]) -> list[Link]:
    themed = _themed(item, program)
    named = _named_areas(item, program)
    out = []
    for t in targets:
        score, evidence = _score(item, t, weights, themed, named)
        if score > 0 and evidence:
            out.append(Link(t.number, t.kind, round(min(1.0, score), 4), evidence, label))
    return out


def _score(item: _Item, t: Target, weights: dict[str, float], themed: bool, named: set[int]
           ) -> tuple[float, str]:
    """The link score of one target and the sentence that shows it."""
    kind = "prioritet" if t.kind == LinkKind.PRIORITET else "tilläggsuppdrag"
    explicit = [sent for r, sent in item.references if r.kind == kind and r.value == t.number]
    if explicit:
        return EXPLICIT, explicit[0]
    support = _support(item, t, weights)
    if not support:
        return 0.0, ""
    topical = _saturate(item, support)
    if not themed:
        topical *= OFF_THEME
    score = topical + THEMED * themed + NAMED_AREA * bool(named & set(t.focus_areas))
    return min(TOPICAL_MAX, score), _evidence(item, support)


def _evidence(item: _Item, support: dict[int, float]) -> str:
    """The supporting sentence that shows the link best: the most supportive (a lead sentence
    first, then the one saying most of the target), and among those the one nearest a readable
    length rather than a table run together."""
    best = max(support, key=lambda i: (_counted(item, i, support[i]), round(support[i], 3),
                                       -abs(len(item.sents[i].text.split()) - READABLE)))
    return item.sents[best].text


def _support(item: _Item, t: Target, weights: dict[str, float]) -> dict[int, float]:
    """Each distinct sentence's support of the target: the share of the title it says, its
    description's concepts adding DESCRIPTION of theirs and the programme's framing words
    FRAMING of theirs. A tilläggsuppdrag has no title: a sentence supports it only by saying
    two of its concepts together."""
    title_weight = sum(_weight(c, weights) for c in t.title) or 1.0
    needed = 2 if t.kind == LinkKind.TILLAGGSUPPDRAG else 1
    out = {}
    for i, sent in enumerate(item.sents):
        terms = (sent.words, sent.parts)
        said = [(c, c.credit(*terms)) for c in t.title]
        said = [(c, x) for c, x in said if x > 0]
        if len(said) < needed:
            continue
        share = sum(_said(c, x, weights) for c, x in said)
        share += DESCRIPTION * sum(_said(c, c.credit(*terms), weights) for c in t.description)
        out[i] = share / title_weight
    return out


def _counted(item: _Item, i: int, support: float) -> float:
    """What a sentence's support counts for: the whole title at most, LEAD times over in the
    item's title and att-satser."""
    return min(1.0, support) * (LEAD if item.lead[i] else 1.0)


def _said(c: Concept, credit: float, weights: dict[str, float]) -> float:
    return _weight(c, weights) * credit * (FRAMING if c.framing else 1.0)


def _saturate(item: _Item, support: dict[int, float]) -> float:
    """The topical score from the support: saturating in its sum as BM25 does, the saturation
    point growing with the item's length, and in proportion while fewer than SPREAD distinct
    sentences give it — one sentence, however apt, is a passing mention."""
    mass = sum(_counted(item, i, x) for i, x in support.items())
    k = K1 * (1 - B + B * len(item.sents) / AVG_SENTENCES)
    spread = min(1.0, len(support) / SPREAD)
    return mass / (mass + k) * spread


def _themed(item: _Item, program: Program) -> bool:
    """True when the item names the programme, its theme or one of its fokusområden."""
    title = program.title.lower()
    theme = " ".join(title.split()[-2:]) if title.startswith("program") else ""
    text = item.text.lower()
    if theme and (theme in text or any(r.kind == "program" and r.value.startswith(theme[:12])
                                       for r, _ in item.references)):
        return True
    return any(len(t) > 15 and t.lower() in text for _, t in program.focus_areas)


def _named_areas(item: _Item, program: Program) -> set[int]:
    """The fokusområden the item names, by number or by their title."""
    text = item.text.lower()
    named = {int(r.value) for r, _ in item.references if r.kind == "fokusområde"}
    return named | {n for n, t in program.focus_areas if len(t) > 15 and t.lower() in text}


def _sentence_at(doc: Doc, char: int) -> str:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return (span.sent.text if span is not None else doc.text).strip()


# ---------------------------------------------------------------- evaluation


def evaluate(gold_path: str | Path, predicted: dict[tuple[str, str], float],
             threshold: float = THRESHOLD) -> dict[str, float]:
    """Precision, recall and F1 of the predicted scores at the threshold against the gold set."""
    tp = fp = fn = 0
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        hit = predicted.get((g["item"], g["target"]), 0.0) >= threshold
        tp += hit and g["relevant"]
        fp += hit and not g["relevant"]
        fn += (not hit) and g["relevant"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def main(argv: Sequence[str]) -> int:
    if len(argv) >= 1 and argv[0] == "build":
        print(build_pipeline(argv[1] if len(argv) > 1 else DEFAULT_PATH))
        return 0
    print("usage: python -m meetbook.link build [PATH]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
