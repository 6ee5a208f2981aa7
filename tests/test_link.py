"""The link pass: components on spacy.blank('sv') with hand-built Swedish, and models/ as a user
loads it (meetbook.link)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.lookups import Lookups

from meetbook import link
from meetbook.model import LinkKind, Priority, Program, ProgramAssignment

LEMMAS = {"insatser": "insats", "förebyggande": "förebygga", "plattformen": "plattform",
          "fattigdom": "fattigdom", "barn": "barn", "samverkan": "samverkan", "hemlös": "hemlös",
          "plattform": "plattform", "trygghet": "trygghet", "område": "område"}

PROGRAM = Program(
    "Umeå kommun", "Program för social hållbarhet", (2023, 2026),
    priorities=(
        Priority("1.1", "Förhindra framväxten av segregation och utsatta områden", 1),
        Priority("3.1", "Barn och ungdomars rätt till delaktighet och inflytande i kommunens "
                        "utveckling ska säkerställas", 3),
        Priority("3.2", "Motverka barnfattigdom", 3,
                 description="Arbetet mot barnfattigdom utgår ifrån handlingsplanen."),
        Priority("4.3", "Främja en socialt hållbar bostadsförsörjning och motverka hemlöshet", 4),
    ),
    assignments=(ProgramAssignment("2022:3", "Kommunfullmäktige ger tekniska nämnden i uppdrag "
                                             "att välja ut piloter för jämställdhetsfokus.",
                                   (1, 2)),),
    focus_areas=((1, "Umeå ska växa hållbart utan några utsatta områden"),),
)


@pytest.fixture(scope="module")
def nlp():
    """A blank Swedish pipeline with meetbook's components and a tiny lemma table."""
    nlp = spacy.blank("sv")
    lemmatizer = nlp.add_pipe("meetbook_lemmatizer", name="lemmatizer")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("meetbook_compounds", name="compounds")
    nlp.add_pipe("meetbook_references", name="references")
    nlp.add_pipe("meetbook_linker", name="linker")
    lookups = Lookups()
    lookups.add_table("lemma_lookup", LEMMAS)
    lemmatizer.initialize(lookups=lookups)
    return nlp


@pytest.mark.parametrize("text, lemma", [("Förebyggande", "förebygga"), ("INSATSER", "insats")])
def test_lemmas_are_looked_up_lowercased(nlp, text, lemma):
    assert nlp(text)[0].lemma_ == lemma


@pytest.mark.parametrize("word, parts", [
    ("barnfattigdom", ("barn", "fattigdom", "barnfattigdom")),
    ("samverkansplattformen", ("samverkan", "plattform", "samverkansplattform")),
    ("hemlöshet", ("hemlös",)),
    ("förebyggande", ()),  # a word of its own, not för + bygga
])
def test_compounds(nlp, word, parts):
    assert nlp.get_pipe("compounds").split(word) == parts


@pytest.mark.parametrize("text, expected", [
    ("Se Tilläggsuppdrag 2022:3 om piloter.", ("tilläggsuppdrag", "2022:3")),
    ("Arbetet hör till fokusområde 1.", ("fokusområde", "1")),
    ("Det bidrar till prioritering 3.2 i programmet.", ("prioritet", "3.2")),
    ("Enligt programmet för social hållbarhet ska Umeå växa.", ("program", "social hållbarhet")),
])
def test_references(nlp, text, expected):
    assert expected in {(r.kind, r.value) for r in nlp(text)._.references}


@pytest.mark.parametrize("text, target, strong", [
    (("Insatser mot fattigdom bland barn. Fattigdom bland barn ska halveras enligt programmet "
      "för social hållbarhet."), "3.2", True),
    ("Upphandling av arbetskläder för vård och omsorg.", "3.2", False),
    ("Rapporten redovisar arbetet med Tilläggsuppdrag 2022:3.", "2022:3", True),
])
def test_link_scores(nlp, text, target, strong):
    (links,) = link.link_items(nlp, [("item", text)], [(PROGRAM, "2023–2026")])
    got = {ln.target: ln for ln in links}
    if strong:
        assert got[target].score >= link.THRESHOLD
    else:
        assert target not in got or got[target].score < link.THRESHOLD
    for ln in links:
        assert 0 <= ln.score <= 1 and ln.evidence and ln.program == "2023–2026"


THEMED = "Enligt programmet för social hållbarhet. "
HOMELESS = ("Härbärget ger hemlösa en sovplats. Hemlöshet bland unga ökar i staden. "
            "Vi möter hemlösa i akutboendet varje vinter. ")
YOUTH = ("Barn och unga ska känna delaktighet. Ungdomar får inflytande i föreningen. "
         "Delaktighet och inflytande stärks för barn. ")


def agreement(n: int) -> str:
    """n distinct sentences of an agreement that say nothing of any priority."""
    return " ".join(f"Punkt {i} i avtalet gäller hyran för lokal {i}." for i in range(n))


def score(nlp, text: str, target: str) -> float:
    (links,) = link.link_items(nlp, [("item", text)], [(PROGRAM, "v")])
    return max((ln.score for ln in links if ln.target == target), default=0.0)


@pytest.mark.parametrize("text, target, strong", [
    (THEMED + HOMELESS, "4.3", True),  # three distinct sentences in a short text
    (THEMED + "Härbärget ger hemlösa en sovplats.", "4.3", False),  # one is a passing mention
    (THEMED + "Härbärget ger hemlösa en sovplats. " * 6, "4.3", False),  # said again, still one
    (THEMED + HOMELESS + agreement(30), "4.3", True),
    (THEMED + HOMELESS + agreement(120), "4.3", False),  # a long text needs more support
    # the programme's own words (delaktighet, inflytande, barn) weigh less than a topic's
    (THEMED + YOUTH, "3.1", True),
    (THEMED + YOUTH + agreement(30), "3.1", False),
    # a compound's modifier alone is not its concept: barn is not barnfattigdom
    (THEMED + "Barn får läxhjälp. Barn spelar fotboll. Föräldrar och barn äter middag.", "3.2",
     False),
    (THEMED + "Barnfattigdomen ökar. Familjer i fattigdom får stöd. Barnfattigdom ska halveras.",
     "3.2", True),
    # a tilläggsuppdrag needs two of its concepts together, not one of its words
    (THEMED + "Tekniska nämnden bygger vägar. Tekniska nämnden sköter parker. "
              "Tekniska nämnden ansvarar för gator.", "2022:3", False),
    (THEMED + "Tekniska nämnden väljer piloter för jämställdhetsfokus. Piloter väljs bland "
              "tekniska projekt. Tekniska nämnden redovisar piloterna.", "2022:3", True),
])
def test_support_is_several_distinct_sentences_in_proportion_to_length(nlp, text, target,
                                                                        strong):
    assert (score(nlp, text, target) >= link.THRESHOLD) is strong


def test_the_decisions_att_satser_weigh_more_than_their_papers(nlp):
    body = THEMED + agreement(60) + " Härbärget ger hemlösa en sovplats."
    assert score(nlp, body + " att inrätta ett härbärge för hemlösa.", "4.3") > \
        score(nlp, body + " Ett härbärge för hemlösa inrättas.", "4.3")


def test_texts_shared_by_decisions_give_the_same_links(nlp):
    text = THEMED + HOMELESS
    got = link.link_items(nlp, [("a", text), ("b", text), ("c", "Upphandling av kläder.")],
                          [(PROGRAM, "v")])
    assert got[0] == got[1] and got[0] and got[2] == []


def test_explicit_tillaggsuppdrag_gives_its_sentence(nlp):
    text = "Inledning. Detta svarar på Tilläggsuppdrag 2022:3."
    (links,) = link.link_items(nlp, [("i", text)], [(PROGRAM, None)])
    (ln,) = [ln for ln in links if ln.target == "2022:3"]
    assert ln.kind == LinkKind.TILLAGGSUPPDRAG
    assert ln.evidence == "Detta svarar på Tilläggsuppdrag 2022:3."


def test_other_municipality_gets_no_link(nlp):
    text = "Programmet för social hållbarhet: fattigdom bland barn ska halveras."
    got = link.link_items(nlp, [("v", text)], [(PROGRAM, None)], municipality="Västerås stad")
    assert got == [[]]


def test_evaluate(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"item": "a", "target": "1.1", "relevant": True},
        {"item": "a", "target": "1.2", "relevant": False},
        {"item": "b", "target": "1.1", "relevant": True}]))
    got = link.evaluate(gold, {("a", "1.1"): 0.8, ("a", "1.2"): 0.6, ("b", "1.1"): 0.2})
    assert (got["precision"], got["recall"]) == (0.5, 0.5)


@pytest.mark.slow
def test_models_build_and_load_as_a_user_would(tmp_path):
    path = link.build_pipeline(tmp_path / "meetbook-sv")
    assert (path / "config.cfg").exists()
    nlp = link.load_pipeline(path)
    assert nlp.pipe_names == ["lemmatizer", "sentencizer", "compounds", "references", "linker"]
    doc = nlp("Förebyggande insatser mot barnfattigdom. "
              "Samverkansplattformen för social inkludering.")
    assert [t.lemma_ for t in doc[:2]] == ["förebygga", "insats"]
    assert {"barn", "fattigdom"} <= set(doc[3]._.parts)
    assert len(list(doc.sents)) == 2
    (links,) = link.link_items(nlp, [("i", doc.text)], [(PROGRAM, "v")])
    assert links[0].target == "3.2"
    # a fresh process with meetbook importable: spacy.load through the registered factories
    code = "import meetbook.link, spacy, sys; print(spacy.load(sys.argv[1]).pipe_names)"
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0 and "linker" in out.stdout
