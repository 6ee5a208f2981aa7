"""The link pipeline's own spaCy components (registered as factories on import, and through
the ``spacy_factories`` entry points, so ``spacy.load`` finds them in a fresh process):

- ``meetbook_lemmatizer``: spaCy's lookup lemmatizer over the tables of spacy-lookups-data,
  looking up the lowercased token, so "Förebyggande" finds "förebygga";
- ``meetbook_compounds``: splits Swedish compounds against the lemma table (barnfattigdom →
  barn + fattigdom, samverkansplattformen → samverkan + plattform) and strips the -het of
  derived nouns (hemlöshet → hemlös), into ``token._.parts``;
- ``meetbook_references``: explicit references — Tilläggsuppdrag 2022:3, fokusområde 1,
  prioritering 1.3, programmet för social hållbarhet — into ``doc._.references``;
- ``meetbook_linker``: each sentence's content words with their lemma, whole terms and
  compound parts into ``doc._.words``; which of them count is the programme vocabulary's
  business (``meetbook.link.vocabulary``), so one pipeline serves every programme.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from meetbook.link.vocabulary import Word

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

if not Token.has_extension("parts"):
    Token.set_extension("parts", default=())
if not Doc.has_extension("references"):
    Doc.set_extension("references", default=[])
if not Doc.has_extension("words"):
    Doc.set_extension("words", default=[])


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


@Language.factory("meetbook_linker", assigns=["doc._.words"], default_config={"min_length": 3})
def make_linker(nlp: Language, name: str, min_length: int):
    return Linker(name, min_length)


class Linker:
    """Each sentence's content words: every word that is no stop word, no number and not
    shorter than min_length, with the terms it says whole and in part (see Word)."""

    def __init__(self, name: str = "linker", min_length: int = 3):
        self.name, self.min_length = name, min_length

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        doc._.words = [self.words(sent) for sent in sents]
        return doc

    def words(self, tokens) -> tuple[Word, ...]:
        out = []
        for t in tokens:
            if t.is_stop or not t.is_alpha or len(t) < self.min_length:
                continue
            lemma, split = t.lemma_ or t.lower_, t._.parts
            whole = (lemma, *split) if len(split) == 1 else (lemma, *split[2:])
            parts = split[:2] if len(split) == 3 else ()
            out.append(Word(lemma, self._kept(whole, t), self._kept(parts, t)))
        return tuple(out)

    def _kept(self, terms: tuple[str, ...], t: Token) -> tuple[str, ...]:
        return tuple(x for x in terms if len(x) >= self.min_length and not t.vocab[x].is_stop)
