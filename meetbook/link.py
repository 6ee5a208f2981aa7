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
- ``linker`` (``meetbook_linker``): the terms of each sentence into ``doc._.terms``; holds the
  domain words that say nothing about a topic (kommun, uppdrag …) and scores links.

Build it with ``python -m meetbook.link build [PATH]``; nothing is downloaded.
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from meetbook.model import Link, LinkKind, Program

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "models" / "meetbook-sv"
THRESHOLD = 0.5
K1, B, AVG_SENTENCES = 1.2, 0.75, 60  # BM25 saturation; an ärende's papers run ~60 sentences
TITLE_WEIGHT = 3.0  # a priority is what its title says; the description mostly frames it
SCALE = 1.1
DISTINCT = 0.7
PHRASE = 0.3  # a sentence that says the title's words together ('förebyggande … insatser')
OFF_THEME = 0.6  # an item that never touches the programme's theme rarely serves it

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
    "sätt", "utgå", "sikt", "allt", "tidig", "ansvar", "uttrycka", "princip", "understryka",
    "vikt", "knyta", "ifrågasätta", "medvetandegöra", "genomsyra", "öppenhet", "åtgärd",
    "risk", "lämplig", "utreda", "stödja", "stöd", "synliggöra", "skillnad", "samverkan",
    "samverka", "dialog",
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

    def __init__(self, nlp: Language, name: str, lemmatizer: str = "lemmatizer",
                 min_part: int = 3, min_word: int = 7):
        self.nlp, self.name, self.lemmatizer = nlp, name, lemmatizer
        self.min_part, self.min_word = min_part, min_word
        self._lemmas: frozenset[str] | None = None

    def _table(self) -> dict:
        if self.lemmatizer in self.nlp.pipe_names:
            return self.nlp.get_pipe(self.lemmatizer).lookups.get_table("lemma_lookup", {})
        return {}

    def _known(self) -> frozenset[str]:
        if self._lemmas is None:
            table = self._table()
            self._lemmas = frozenset(v for v in table.values() if isinstance(v, str))
        return self._lemmas

    def __call__(self, doc: Doc) -> Doc:
        cache: dict[str, tuple[str, ...]] = {}
        for token in doc:
            if token.is_alpha and len(token) >= self.min_word:
                word = token.lemma_ or token.lower_
                if word not in cache:
                    cache[word] = self.split(word)
                token._.parts = cache[word]
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
            stem = left[:-1] if left.endswith("s") else left
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


@Language.factory("meetbook_linker", assigns=["doc._.terms"],
                  default_config={"min_length": 3})
def make_linker(nlp: Language, name: str, min_length: int):
    return Linker(name, min_length)


class Linker:
    """The content terms of each sentence (lemmas and compound parts), and link scoring.

    Holds the domain's generic words, saved with the pipeline."""

    def __init__(self, name: str = "linker", min_length: int = 3,
                 generic: Iterable[str] = GENERIC, related: dict | None = None):
        self.name, self.min_length = name, min_length
        self.generic = frozenset(generic)
        self.related = dict(RELATED if related is None else related)
        self._concept = {w: c for c, words in self.related.items() for w in words}

    def __call__(self, doc: Doc) -> Doc:
        doc._.terms = [self.terms(sent) for sent in doc.sents] if doc.has_annotation(
            "SENT_START") else [self.terms(doc[:])]
        return doc

    def terms(self, tokens) -> frozenset[str]:
        out: set[str] = set()
        for t in tokens:
            lemma = t.lemma_ or t.lower_
            if t.is_stop or not t.is_alpha or len(t) < self.min_length or lemma in self.generic:
                continue
            for term in (lemma, *t._.parts):
                if len(term) >= self.min_length and term not in self.generic \
                        and not t.vocab[term].is_stop:
                    out.add(term)
        out |= {self._concept[x] for x in out if x in self._concept}
        return frozenset(out)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "generic.json").write_text(json.dumps(sorted(self.generic), ensure_ascii=False),
                                           encoding="utf-8")
        (path / "related.json").write_text(json.dumps(self.related, ensure_ascii=False, indent=1),
                                           encoding="utf-8")

    def from_disk(self, path, exclude=()) -> Linker:
        path = Path(path)
        self.generic = frozenset(json.loads((path / "generic.json").read_text("utf-8")))
        self.related = json.loads((path / "related.json").read_text("utf-8"))
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
    nlp.get_pipe("lemmatizer").initialize(lookups=_lookups())
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
class Target:
    """A priority or tilläggsuppdrag as the linker sees it: weighted terms."""

    number: str
    kind: LinkKind
    focus_areas: tuple[int, ...]
    title_terms: frozenset[str]
    terms: frozenset[str]
    title_words: frozenset[str] = frozenset()  # every content lemma of the title, generic or not


def link_items(nlp: Language, items: Sequence[tuple[str, str]],
               programs: Sequence[tuple[Program, str | None]],
               municipality: str | None = None) -> list[list[Link]]:
    """For each (key, text) item, its links to the programs' priorities and tilläggsuppdrag.

    programs are (program, version label); only programs of the item's municipality apply
    when municipality is given. A link scores in [0, 1]; 0.5 and above reads as relevant."""
    chosen = [(p, label) for p, label in programs
              if municipality is None or p.municipality is None or _same(p.municipality,
                                                                         municipality)]
    prepared = [(p, label, _targets(nlp, p)) for p, label in chosen]
    out = []
    for _key, text in items:
        doc = nlp(text[:nlp.max_length - 1])
        links: list[Link] = []
        for program, label, targets in prepared:
            links.extend(_links(nlp, doc, program, label, targets))
        out.append(sorted(links, key=lambda ln: (-ln.score, ln.target)))
    return out


def _same(a: str, b: str) -> bool:
    from meetbook.program import fold

    return fold(a).replace(" kommun", "") == fold(b).replace(" kommun", "")


def _targets(nlp: Language, program: Program) -> list[Target]:
    out = []
    for p in program.priorities:
        title_doc = nlp(p.title)
        title = _all_terms(title_doc)
        desc = _all_terms(nlp(p.description)) if p.description else frozenset()
        areas = (p.focus_area,) if p.focus_area else ()
        out.append(Target(p.number, LinkKind.PRIORITET, areas, title, title | desc,
                          _words(title_doc[:])))
    for a in program.assignments:
        terms = _all_terms(nlp(a.text))
        out.append(Target(a.id, LinkKind.TILLAGGSUPPDRAG, a.focus_areas, terms, terms))
    return out


def _words(tokens) -> frozenset[str]:
    """The content lemmas of a span, framing words of procedure included."""
    return frozenset(t.lemma_ for t in tokens if t.is_alpha and not t.is_stop and len(t) > 2)


def _phrase(sents, t: Target) -> float:
    """The largest share of the title's words that one sentence of the item holds together."""
    if len(t.title_words) < 2:
        return 0.0
    return max((len(t.title_words & _words(s)) / len(t.title_words) for s in sents), default=0.0)


def _all_terms(doc: Doc) -> frozenset[str]:
    return frozenset().union(*doc._.terms) if doc._.terms else frozenset()


def _idf(targets: Sequence[Target]) -> dict[str, float]:
    """Terms shared by many priorities weigh less: log(1 + n / df)."""
    df: dict[str, int] = {}
    for t in targets:
        for term in t.terms:
            df[term] = df.get(term, 0) + 1
    n = len(targets)
    return {term: math.log(1 + n / d) for term, d in df.items()}


def _links(nlp: Language, doc: Doc, program: Program, label: str | None,
           targets: Sequence[Target]) -> list[Link]:
    idf = _idf(targets)
    refs = doc._.references
    sents = list(doc.sents)
    out = []
    for t in targets:
        score, evidence = _score(doc, sents, t, idf, refs, program)
        if score > 0 and evidence:
            out.append(Link(t.number, t.kind, round(min(1.0, score), 4), evidence, label))
    return out


def _score(doc: Doc, sents, t: Target, idf: dict[str, float], refs, program: Program
           ) -> tuple[float, str]:
    """The link score of one target and the sentence that shows it."""
    kind = "prioritet" if t.kind == LinkKind.PRIORITET else "tilläggsuppdrag"
    explicit = [r for r in refs if r.kind == kind and r.value == t.number]
    if explicit:
        return 0.95, _sentence_at(doc, explicit[0].start)
    topical, sent_i = _topical(doc._.terms, t, idf)
    if topical <= 0:
        return 0.0, ""
    themed = _themed(doc, refs, program)
    named_area = bool(_named_areas(doc, refs, program) & set(t.focus_areas))
    phrase = _phrase(sents, t)
    score = (SCALE * topical + PHRASE * phrase) * (1.0 if themed else OFF_THEME) \
        + 0.05 * themed + 0.1 * named_area
    return min(0.9, score), sents[sent_i].text.strip()


def _topical(sent_terms: Sequence[frozenset[str]], t: Target, idf: dict[str, float]
             ) -> tuple[float, int]:
    """How strongly the item speaks of the target's terms, and the sentence that shows it best.

    Half is the title's terms, each saturating with the sentences that mention it; half is all
    the target's terms, saturating as in BM25 scaled by the item's length, so that a long
    document's passing mention weighs little."""
    weight = {term: idf.get(term, 1.0) * (TITLE_WEIGHT if term in t.title_terms else 1.0)
              for term in t.terms}
    tf: dict[str, int] = {}
    for terms in sent_terms:
        for term in t.terms & terms:
            tf[term] = tf.get(term, 0) + 1
    k = K1 * (1 - B + B * len(sent_terms) / AVG_SENTENCES)
    body = sum(weight[x] * n / (n + k) for x, n in tf.items()) / (sum(weight.values()) or 1.0)
    title_weight = sum(weight[x] for x in t.title_terms) or 1.0
    title = sum(weight[x] * n / (n + 1) for x, n in tf.items() if x in t.title_terms) / title_weight
    # a title's most telling word said again and again ("segregation") carries the title alone
    top = max(idf.values(), default=1.0)
    title = max(title, DISTINCT * max((idf.get(x, 1.0) / top * n / (n + 1) for x, n in tf.items()
                                       if x in t.title_terms), default=0.0))
    best = max(range(len(sent_terms)), default=0,
               key=lambda i: sum(weight[x] for x in t.terms & sent_terms[i]))
    return (title + body) / 2, best


def _themed(doc: Doc, refs, program: Program) -> bool:
    """True when the item names the programme, its theme or one of its fokusområden."""
    title = program.title.lower()
    theme = " ".join(title.split()[-2:]) if title.startswith("program") else ""
    text = doc.text.lower()
    if theme and (theme in text or any(r.kind == "program" and r.value.startswith(theme[:12])
                                       for r in refs)):
        return True
    return any(len(t) > 15 and t.lower() in text for _, t in program.focus_areas)


def _named_areas(doc: Doc, refs, program: Program) -> set[int]:
    """The fokusområden the item names, by number or by their title."""
    text = doc.text.lower()
    named = {int(r.value) for r in refs if r.kind == "fokusområde"}
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
