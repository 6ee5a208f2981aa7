"""The link pass: components on spacy.blank('sv') with hand-built Swedish, and models/ as a user
loads it (meetbook.link).

meetbook.link's pipeline and scoring load spaCy (a second and a half): the tests that use them
import them, so that collecting the suite does not."""
from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import sys
from importlib.resources import files

import pytest

import meetbook.data
from meetbook.errors import DataError, MeetbookError
from meetbook.link import THRESHOLD, build, vocabulary
from meetbook.link.evaluate import load_gold
from meetbook.link.evaluate import score as evaluate
from meetbook.model import LinkKind, Priority, Program, ProgramAssignment
from tests.conftest import ROOT

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
    from spacy.lookups import Lookups

    from meetbook.link import pipeline

    lookups = Lookups()
    lookups.add_table("lemma_lookup", LEMMAS)
    return pipeline.assemble(lookups)


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
    from meetbook.link import scoring

    (links,) = scoring.link_items(nlp, [("item", text)], [(PROGRAM, "2023–2026")])
    got = {ln.target: ln for ln in links}
    if strong:
        assert got[target].score >= THRESHOLD
    else:
        assert target not in got or got[target].score < THRESHOLD
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
    from meetbook.link import scoring

    (links,) = scoring.link_items(nlp, [("item", text)], [(PROGRAM, "v")])
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
    assert (score(nlp, text, target) >= THRESHOLD) is strong


def test_the_decisions_att_satser_weigh_more_than_their_papers(nlp):
    body = THEMED + agreement(60) + " Härbärget ger hemlösa en sovplats."
    assert score(nlp, body + " att inrätta ett härbärge för hemlösa.", "4.3") > \
        score(nlp, body + " Ett härbärge för hemlösa inrättas.", "4.3")


def test_texts_shared_by_decisions_give_the_same_links(nlp):
    from meetbook.link import scoring

    text = THEMED + HOMELESS
    got = scoring.link_items(nlp, [("a", text), ("b", text), ("c", "Upphandling av kläder.")],
                          [(PROGRAM, "v")])
    assert got[0] == got[1] and got[0] and got[2] == []


def test_explicit_tillaggsuppdrag_gives_its_sentence(nlp):
    from meetbook.link import scoring

    text = "Inledning. Detta svarar på Tilläggsuppdrag 2022:3."
    (links,) = scoring.link_items(nlp, [("i", text)], [(PROGRAM, None)])
    (ln,) = [ln for ln in links if ln.target == "2022:3"]
    assert ln.kind == LinkKind.TILLAGGSUPPDRAG
    assert ln.evidence == "Detta svarar på Tilläggsuppdrag 2022:3."


def test_other_municipality_gets_no_link(nlp):
    from meetbook.link import scoring

    text = "Programmet för social hållbarhet: fattigdom bland barn ska halveras."
    got = scoring.link_items(nlp, [("v", text)], [(PROGRAM, None)], municipality="Västerås stad")
    assert got == [[]]


def test_evaluate(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"item": "a", "target": "1.1", "relevant": True},
        {"item": "a", "target": "1.2", "relevant": False},
        {"item": "b", "target": "1.1", "relevant": True}]))
    got = evaluate(load_gold(gold), {("a", "1.1"): 0.8, ("a", "1.2"): 0.6, ("b", "1.1"): 0.2})
    assert (got["precision"], got["recall"]) == (0.5, 0.5)


@pytest.mark.slow
def test_models_build_and_load_as_a_user_would(tmp_path):
    from meetbook.link import pipeline, scoring

    path = pipeline.build_pipeline(tmp_path / "meetbook-sv")
    assert (path / "config.cfg").exists()
    nlp = pipeline.load_pipeline(path)
    assert nlp.pipe_names == ["lemmatizer", "sentencizer", "compounds", "references", "linker"]
    doc = nlp("Förebyggande insatser mot barnfattigdom. "
              "Samverkansplattformen för social inkludering.")
    assert [t.lemma_ for t in doc[:2]] == ["förebygga", "insats"]
    assert {"barn", "fattigdom"} <= set(doc[3]._.parts)
    assert len(list(doc.sents)) == 2
    (links,) = scoring.link_items(nlp, [("i", doc.text)], [(PROGRAM, "v")])
    assert links[0].target == "3.2"
    # a fresh process that never imports meetbook: spacy.load finds the factories through
    # meetbook's spacy_factories entry points
    code = "import spacy, sys; print(spacy.load(sys.argv[1]).pipe_names)"
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0 and "linker" in out.stdout


# ---------------------------------------------------------------- vocabularies (package data)


def test_a_programme_is_read_with_its_own_vocabulary():
    vocab = vocabulary.for_program(PROGRAM)
    assert vocab.name.startswith("umea-social-hallbarhet")
    assert {"kommun", "uppdrag", "social", "hållbarhet", "umeå"} <= vocab.generic
    assert "barn" in vocab.framing and vocab.concept_of("akutboende") == "hemlös"


def test_another_municipalitys_programme_brings_no_umea_words():
    other = Program("Västerås stad", "Program för social hållbarhet", None)
    vocab = vocabulary.for_program(other)
    assert vocab.name.startswith("procedure")
    assert {"kommun", "västerås"} <= vocab.generic
    assert not {"social", "umeå"} & vocab.generic
    assert not vocab.framing and vocab.concept_of("akutboende") is None


@pytest.mark.parametrize("municipality, own", [
    ("Umeå kommun", {"umeå"}), ("Göteborgs Stad", {"göteborgs", "göteborg"}),
    ("Upplands Väsby kommun", {"upplands väsby", "upplands", "väsby"}), (None, set())])
def test_the_municipalitys_own_name_is_generic(municipality, own):
    assert own <= vocabulary.for_program(Program(municipality, "Plan", None)).generic


def test_vocabulary_terms():
    vocab = vocabulary.vocabulary(["kommun"], ["barn"], {"hemlös": ["akutboende"]})
    words = [vocabulary.Word("kommun", ("kommun",)),
             vocabulary.Word("akutboende", ("akutboende",)),
             vocabulary.Word("utvecklingsområde", ("utvecklingsområde",), ("utveckling", "område")),
             vocabulary.Word("område", ("område",))]
    said, parts = vocab.terms(words)
    assert said == {"akutboende", "hemlös", "utvecklingsområde", "område"}
    assert parts == {"utveckling"}  # område is said whole too


@pytest.mark.parametrize("a, b, same", [
    ("Umeå kommun", "Umea", True), ("Nykarleby stad", "Nykarleby", True),
    ("Umeå kommun", "Västerås stad", False), (None, "Umeå kommun", False)])
def test_same_municipality(a, b, same):
    assert vocabulary.same_municipality(a, b) is same


@pytest.mark.parametrize("data, message", [
    ({"generic": []}, "'program' must name the programme's 'title'"),
    ({"program": {"title": "P"}, "framing": ["Barn"]}, "'framing' must be a list of lowercase"),
    ({"program": {"title": "P"}, "related": {"x": "y"}}, "'related.x' must be a list"),
])
def test_invalid_programme_vocabulary_is_a_one_line_error(tmp_path, monkeypatch, data, message):
    copy = tmp_path / "data"
    shutil.copytree(str(files("meetbook.data")), copy)
    (copy / "vocabularies" / "programs" / "bad.json").write_text(json.dumps(data))
    monkeypatch.setattr(meetbook.data, "files", lambda _name: copy)
    vocabulary.program_vocabularies.cache_clear()
    try:
        with pytest.raises(DataError, match=re.escape(message)):
            vocabulary.program_vocabularies()
    finally:
        vocabulary.program_vocabularies.cache_clear()


# ---------------------------------------------------------------- where the pipeline lives


def test_pipeline_lives_in_the_checkout_else_in_the_user_cache(tmp_path, monkeypatch):
    from meetbook.link import pipeline

    monkeypatch.delenv("MEETBOOK_MODEL", raising=False)
    assert pipeline.default_path() == ROOT / "models" / "meetbook-sv"
    monkeypatch.setattr(pipeline, "CHECKOUT", tmp_path / "site-packages")  # an installed wheel
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = pipeline.default_path()
    assert path.parent == tmp_path / "cache" / "meetbook"
    assert path.name.startswith("meetbook-sv-0.") and "spacy3." in path.name
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert pipeline.cache_dir() == tmp_path / ".cache" / "meetbook"
    monkeypatch.setenv("MEETBOOK_MODEL", str(tmp_path / "elsewhere"))
    assert pipeline.default_path() == tmp_path / "elsewhere"


def test_a_pipeline_that_cannot_be_built_is_a_one_line_error(tmp_path, monkeypatch):
    from meetbook.link import pipeline

    def refused(path, replace=True):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pipeline, "build_pipeline", refused)
    with pytest.raises(MeetbookError, match="cannot build the link pipeline into .* "
                                            r"\(Permission denied\); set MEETBOOK_MODEL"):
        pipeline.load_pipeline(tmp_path / "read-only" / "meetbook-sv")


@pytest.mark.slow
def test_a_missing_pipeline_is_built_once_on_first_use_with_a_notice(tmp_path, caplog):
    from meetbook.link import pipeline

    path = tmp_path / "cache" / "meetbook-sv"
    with caplog.at_level(logging.WARNING):
        nlp = pipeline.load_pipeline(path)
        assert [r.getMessage() for r in caplog.records] == [
            f"meetbook: building the link pipeline once, offline, into {path}"]
        caplog.clear()
        pipeline.load_pipeline(path)
        assert caplog.records == []
    assert "linker" in nlp.pipe_names
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no leftovers


@pytest.mark.slow
def test_the_build_command(tmp_path, capsys):
    assert build.main([str(tmp_path / "p")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "p")
    assert (tmp_path / "p" / "config.cfg").is_file()


@pytest.mark.parametrize("factory", ["make_lemmatizer", "make_compounds", "make_references",
                                     "make_linker"])
def test_entry_points_of_earlier_installs_still_load(factory):
    from importlib.metadata import EntryPoint

    from meetbook.link import components

    old = EntryPoint(factory, f"meetbook.link:{factory}", "spacy_factories")
    assert old.load() is getattr(components, factory)
