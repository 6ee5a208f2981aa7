"""Scoring: items' texts → links to the priorities and tilläggsuppdrag of programmes.

A link is scored from evidence: each distinct sentence of the item supports a priority by the
idf-weighted share of the priority's title concepts it says (a compound's head alone half, its
modifier alone not at all; framing words FRAMING of their share; the description's concepts
DESCRIPTION of theirs), three times over in the item's title and the decision's att-satser.
The support of all sentences saturates as in BM25 with a saturation point that grows with the
number of distinct sentences, so a long agreement needs proportionally more of it, and counts
in proportion while fewer than SPREAD sentences give it. Sentences repeated word for word (one
agreement per partner) count once. A tilläggsuppdrag is supported only by sentences that say
two of its concepts together, or by an explicit reference. Each programme's words are read
with its own vocabulary (meetbook.link.vocabulary).
"""
from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from meetbook.lexicon.sentences import sentences
from meetbook.link import components
from meetbook.link.components import Reference
from meetbook.link.vocabulary import Vocabulary, Word, for_program, same_municipality
from meetbook.model import Link, LinkKind, Program

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

# "… i staden. Stadens pastorat …": a word's full stop before a capital, where a sentence
# surely ends ("t.ex. Umeå" goes on)
WORD_BEFORE_STOP = 3
BLOCK = 32  # sentences read together
BLOCKS_KEPT = 4096
# "att inrätta en samverkansplattform …", the decision's own clauses
ATT_SATS = re.compile(r"^\s*att\s+\w")
# sentences that differ only by spacing, case or punctuation are one (an agreement per partner)
NOT_WORD = re.compile(r"\W+")


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
    """A sentence as the scorer reads it: its text, its terms and its compounds' parts."""

    text: str
    words: frozenset[str]
    parts: frozenset[str]


@dataclass(frozen=True)
class _Block:
    """A run of sentences read by the pipeline, and the explicit references in them. Its
    sentences' terms are worked out once per vocabulary that reads them."""

    texts: tuple[str, ...]
    words: tuple[tuple[Word, ...], ...]
    references: tuple[tuple[Reference, str], ...]  # with the sentence that holds each
    _read: dict[str, tuple[_Sentence, ...]] = field(default_factory=dict, compare=False,
                                                    repr=False)

    def sentences(self, vocabulary: Vocabulary) -> tuple[_Sentence, ...]:
        if vocabulary.name not in self._read:
            self._read[vocabulary.name] = tuple(
                _Sentence(text, *vocabulary.terms(words))
                for text, words in zip(self.texts, self.words))
        return self._read[vocabulary.name]


@dataclass
class _Item:
    """An item's text as the scorer reads it: its distinct sentences and whether each is lead."""

    text: str
    sents: list[_Sentence]
    lead: list[bool]  # the item's title or an att-sats of the decision
    references: list[tuple[Reference, str]]


@dataclass(frozen=True)
class _Prepared:
    """A programme ready to score against: its label, vocabulary, targets and their weights."""

    program: Program
    label: str | None
    vocabulary: Vocabulary
    targets: tuple[Target, ...]
    weights: dict[str, float] = field(hash=False)


def link_items(nlp: Language, items: Sequence[tuple[str, str]],
               programs: Sequence[tuple[Program, str | None]],
               municipality: str | None = None, batch_size: int = 64) -> list[list[Link]]:
    """For each (key, text) item, its links to the programs' priorities and tilläggsuppdrag.

    programs are (program, version label); only programs of the item's municipality apply
    when municipality is given. A link scores in [0, 1]; THRESHOLD and above reads as
    relevant. A text's first sentence is read as the item's title.

    Texts go through nlp.pipe in blocks of sentences, and a block read once is not read again:
    the decisions of one ärende share its papers and differ only in their clauses."""
    chosen = [(p, label) for p, label in programs
              if municipality is None or p.municipality is None
              or same_municipality(p.municipality, municipality)]
    if not chosen:
        return [[] for _ in items]
    prepared = [_prepare(nlp, p, label) for p, label in chosen]
    texts = [text[:nlp.max_length - 1] for _key, text in items]
    read: OrderedDict[str, _Block] = OrderedDict()  # the blocks last read, most recent last
    linked: dict[str, list[Link]] = {}  # links, not Docs, are kept: a register's texts are long
    for text in dict.fromkeys(texts):
        blocks = _read(nlp, text, read, batch_size)
        by_vocabulary: dict[str, _Item] = {}
        links: list[Link] = []
        for prep in prepared:
            name = prep.vocabulary.name
            if name not in by_vocabulary:
                by_vocabulary[name] = _item(text, blocks, prep.vocabulary)
            links.extend(_links(by_vocabulary[name], prep))
        linked[text] = sorted(links, key=lambda ln: (-ln.score, ln.target))
    return [list(linked[text]) for text in texts]


def _read(nlp: Language, text: str, read: OrderedDict[str, _Block], batch_size: int
          ) -> list[_Block]:
    """The text's blocks of sentences as the pipeline read them; blocks already read come
    from read."""
    found = sentences(text, quotes=False, word=WORD_BEFORE_STOP) or [text]
    blocks = [" ".join(found[i:i + BLOCK]) for i in range(0, len(found), BLOCK)]
    todo = [b for b in dict.fromkeys(blocks) if b not in read]
    for block, doc in zip(todo, nlp.pipe(todo, batch_size=batch_size)):
        read[block] = _block(doc)
        if len(read) > BLOCKS_KEPT:
            read.popitem(last=False)
    for block in blocks:
        if block in read:
            read.move_to_end(block)
    return [read[b] if b in read else _block(nlp(b)) for b in blocks]


def _block(doc: Doc) -> _Block:
    return _Block(tuple(s.text.strip() for s in doc.sents), tuple(doc._.words),
                  tuple((r, _sentence_at(doc, r.start)) for r in doc._.references))


def _item(text: str, blocks: Sequence[_Block], vocabulary: Vocabulary) -> _Item:
    """The item of these blocks: its distinct sentences, the first being the item's title."""
    seen: set[str] = set()
    sents, lead = [], []
    for i, sent in enumerate(s for b in blocks for s in b.sentences(vocabulary)):
        key = NOT_WORD.sub(" ", sent.text.lower()).strip()
        if not key or key in seen:
            continue
        seen.add(key)
        sents.append(sent)
        lead.append(i == 0 or bool(ATT_SATS.match(sent.text)))
    return _Item(text, sents, lead, [r for b in blocks for r in b.references])


def _prepare(nlp: Language, program: Program, label: str | None) -> _Prepared:
    """The program's targets and the weight of each concept form across them."""
    vocabulary = for_program(program)
    pipe = nlp.get_pipe("linker") if "linker" in nlp.pipe_names else None
    min_length = pipe.min_length if isinstance(pipe, components.Linker) else 3
    out = []
    for p in program.priorities:
        title = _concepts(nlp(p.title), vocabulary, min_length)
        desc = _concepts(nlp(p.description), vocabulary, min_length) if p.description else ()
        areas = (p.focus_area,) if p.focus_area else ()
        out.append(Target(p.number, LinkKind.PRIORITET, areas, title, desc))
    for a in program.assignments:
        out.append(Target(a.id, LinkKind.TILLAGGSUPPDRAG, a.focus_areas,
                          _concepts(nlp(a.text), vocabulary, min_length)))
    return _Prepared(program, label, vocabulary, tuple(out), _idf(out))


def _concepts(doc: Doc, vocabulary: Vocabulary, min_length: int) -> tuple[Concept, ...]:
    """The concepts of a target's text: one per content word, words of procedure left out."""
    generic = vocabulary.generic
    out: dict[tuple, Concept] = {}
    for t in doc:
        lemma = t.lemma_ or t.lower_
        if t.is_stop or not t.is_alpha or len(t) < min_length or lemma in generic:
            continue
        forms: dict[str, float] = {}
        for form, credit in _forms(t, generic).items():
            if len(form) < min_length or form in generic or t.vocab[form].is_stop:
                continue
            for f in (form, vocabulary.concept_of(form)):
                if f:
                    forms[f] = max(credit, forms.get(f, 0.0))
        if forms and max(forms.values()) == 1.0:
            key = tuple(sorted(forms.items()))
            out.setdefault(key, Concept(key, any(f in vocabulary.framing for f in forms)))
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


def _links(item: _Item, prep: _Prepared) -> list[Link]:
    themed = _themed(item, prep.program)
    named = _named_areas(item, prep.program)
    out = []
    for t in prep.targets:
        score, evidence = _score(item, t, prep.weights, themed, named)
        if score > 0 and evidence:
            out.append(Link(t.number, t.kind, round(min(1.0, score), 4), evidence, prep.label))
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
