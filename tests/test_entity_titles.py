"""Names around a title (GUIDELINES.md 3.2-3.3), on hand-built Docs."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import spacy
from spacy.tokens import Doc

from extract.entity_titles import departments, organisation_words, title_words, titled_entities

VOCAB = spacy.blank("en").vocab


def doc_of(spec: str) -> Doc:
    """``word/LABEL`` tokens, ``word//POS`` for a part of speech: ``Malcolm/B-PERSON
    head//VERB``."""
    words, ents, pos = [], [], []
    for item in spec.split():
        word, _, tag = item.partition("/") if "/" in item[1:] else (item, "", "O")
        tag, _, part = tag.partition("/")
        words.append(word)
        ents.append(tag or "O")
        pos.append(part or "X")
    return Doc(VOCAB, words=words, ents=ents, pos=pos)


def labelled(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in titled_entities(doc_of(spec))]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "U.S./B-ORG Commerce/I-ORG Secretary Malcolm/B-PERSON Baldrige/I-PERSON said",
            [("U.S.", "GPE"), ("Commerce", "ORG"), ("Malcolm Baldrige", "PERSON")],
            id="department-cut-from-a-country",
        ),
        pytest.param(
            "Crown/B-PERSON Prince/I-PERSON Hassan/I-PERSON met King/B-PERSON Fahd/I-PERSON and"
            " Mrs/B-PERSON Thatcher/I-PERSON",
            [("Hassan", "PERSON"), ("Fahd", "PERSON"), ("Thatcher", "PERSON")],
            id="a-title-read-into-a-name-is-cut-off",
        ),
        pytest.param(
            "Lord/B-PERSON King/I-PERSON and Prince/B-PERSON Sultan/I-PERSON said",
            [("Lord King", "PERSON"), ("Prince Sultan", "PERSON")],
            id="a-title-before-a-title-word-stays",
        ),
        pytest.param(
            "British/B-ORG Defence/I-ORG Secretary George/B-PERSON Younger/I-PERSON",
            [("British", "NORP"), ("Defence", "ORG"), ("George Younger", "PERSON")],
            id="department-cut-from-a-nationality",
        ),
        pytest.param(
            "Saudi/B-NORP Arabian/I-NORP Interior Minister Naif/B-PERSON",
            [("Saudi Arabian", "NORP"), ("Interior", "ORG"), ("Naif", "PERSON")],
            id="unlabelled-department-added",
        ),
        pytest.param(
            "U.S. Under - Secretary of State/B-ORG for/I-ORG Economic/I-ORG Affairs/I-ORG",
            [("State", "ORG")],
            id="secretary-of-state-cut-before-lowercase-rest",
        ),
        pytest.param(
            "U.S./B-ORG Trade/I-ORG Representative Clayton/B-PERSON Yeutter/I-PERSON said",
            [("U.S.", "GPE"), ("Clayton Yeutter", "PERSON")],
            id="portfolio-cut-from-a-country",
        ),
        pytest.param(
            "Soviet/B-ORG Foreign/I-ORG Trade/I-ORG Minister Boris/B-PERSON Aristov/I-PERSON",
            [("Soviet", "NORP"), ("Boris Aristov", "PERSON")],
            id="portfolio-words-cut-from-a-nationality",
        ),
        pytest.param(
            "U.S./B-ORG Surgeon/I-ORG General David/B-PERSON Satcher/I-PERSON led",
            [("U.S.", "GPE"), ("David Satcher", "PERSON")],
            id="title-word-cut-from-a-country",
        ),
        pytest.param(
            "Agriculture/B-ORG Secretary Richard/B-PERSON Lyng/I-PERSON",
            [("Agriculture", "ORG"), ("Richard Lyng", "PERSON")],
            id="portfolio-alone-keeps-the-ner-label",
        ),
        pytest.param(
            "Acme/B-ORG Energy/I-ORG Chairman John/B-PERSON Smith/I-PERSON",
            [("Acme Energy", "ORG"), ("John Smith", "PERSON")],
            id="firm-ending-in-a-portfolio-word-stays-whole",
        ),
        pytest.param(
            "U.S./B-ORG Trade/I-ORG deficit",
            [("U.S. Trade", "ORG")],
            id="portfolio-word-before-no-title-stays",
        ),
        pytest.param(
            "Treasury Secretary James/B-PERSON Baker/I-PERSON",
            [("Treasury", "ORG"), ("James Baker", "PERSON")],
            id="treasury-secretary",
        ),
        pytest.param(
            "director general Noboru/B-ORG Hatakeyama/I-ORG told reporters",
            [("Noboru Hatakeyama", "PERSON")],
            id="name-after-postpositive-title",
        ),
        pytest.param(
            "Prime Minister - designate Noboru/B-ORG Takeshita/I-ORG said",
            [("Noboru Takeshita", "PERSON")],
            id="name-after-designate",
        ),
        pytest.param(
            "Finance Minister Barend/B-ORG du/I-ORG Plessis/I-ORG said",
            [("Barend du Plessis", "PERSON")],
            id="name-with-particle",
        ),
        pytest.param(
            "president and treasurer Paul/B-ORG D./I-ORG Lambert/I-ORG sold",
            [("Paul D. Lambert", "PERSON")],
            id="name-with-initial",
        ),
        pytest.param(
            "Hungarian/B-NORP astronaut Bertalan/B-ORG Farkas/I-ORG flew",
            [("Hungarian", "NORP"), ("Bertalan Farkas", "PERSON")],
            id="name-after-an-occupation",
        ),
        pytest.param(
            "Hungarian/B-NORP head of state Arpad/B-ORG Goencz/I-ORG signed , as the "
            "state Bank/B-ORG Hapoalim/I-ORG did",
            [("Hungarian", "NORP"), ("Arpad Goencz", "PERSON"), ("Bank Hapoalim", "ORG")],
            id="name-after-a-title-and-its-complement",
        ),
        pytest.param(
            "the farm of millionaire entrepreneur Matias/B-ORG Machline/I-ORG ,",
            [("Matias Machline", "PERSON")],
            id="name-after-an-entrepreneur",
        ),
        pytest.param(
            "New/B-GPE York/I-GPE investor Asher/B-ORG Edelman/I-ORG said",
            [("New York", "GPE"), ("Asher Edelman", "PERSON")],
            id="name-after-investor",
        ),
        pytest.param(
            "the Pope/B-PERSON met Fidel/B-PERSON Castro/I-PERSON",
            [("Fidel Castro", "PERSON")],
            id="a-title-alone-is-no-person",
        ),
        pytest.param(
            "King/B-PERSON Fahd/I-PERSON said . The/B-PERSON King/I-PERSON replied",
            [("Fahd", "PERSON")],
            id="a-title-alone-after-the-titled-name-is-no-person",
        ),
        pytest.param(
            "Rwandan/B-NORP President Juvenal Habyarimana/B-PERSON said",
            [("Rwandan", "NORP"), ("Juvenal Habyarimana", "PERSON")],
            id="the-given-name-between-a-title-and-the-surname",
        ),
        pytest.param(
            "French/B-NORP Finance/B-ORG Minister Edouard/B-PERSON Balladur/I-PERSON said",
            [("French", "NORP"), ("Edouard Balladur", "PERSON")],
            id="a-portfolio-ontonotes-leaves-unlabelled-is-no-org",
        ),
        pytest.param(
            "after Economics/B-ORG Minister Juan/B-PERSON Sourrouille/I-PERSON threatened",
            [("Juan Sourrouille", "PERSON")],
            id="economics-is-a-portfolio-no-department",
        ),
    ],
)
def test_titles_label_their_neighbours(spec: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(spec) == expected


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param("Finance Minister Roger/B-PERSON Douglas/I-PERSON", id="portfolio-no-dept"),
        pytest.param("a senior U.S./B-ORG Treasury/I-ORG official said", id="dept-before-official"),
        pytest.param("The Minister of State/B-ORG ( Balladur ) said", id="minister-of-state"),
        pytest.param("the Commerce/B-ORG Department/I-ORG said", id="department-noun"),
        pytest.param("lead manager Merrill/B-ORG Lynch/I-ORG said", id="bank-role"),
        pytest.param("investment banker Drexel/B-ORG Burnham/I-ORG", id="trade-firms-follow"),
        pytest.param("underwriter Goldman/B-ORG Sachs/I-ORG said", id="underwriter-firm"),
        pytest.param("commodity broker C./B-ORG Czarnikow/I-ORG said", id="broker-firm"),
        pytest.param("official Yugoslav/B-NORP figures", id="nationality-after-official"),
        pytest.param("chief U.K./B-ORG Economist/I-ORG at Chase", id="name-is-a-title"),
        pytest.param("deputy Energy/B-ORG Minister Fernando/B-PERSON", id="title-follows-name"),
        pytest.param("President Bank/B-ORG of/I-ORG Tokyo/I-ORG", id="organisation-word"),
        pytest.param("Chairman NASA/B-ORG said", id="acronym"),
        pytest.param("will head//VERB Hudson/B-ORG Bay/I-ORG Wholesale/I-ORG", id="verb-head"),
        pytest.param("Chairman Acme/B-ORG Corp/I-ORG", id="legal-form"),
        pytest.param("chairman Sir John/B-PERSON Egan/I-PERSON said", id="an-honorific-stays-out"),
        pytest.param("Deputy Minister Ali/B-PERSON said", id="a-title-word-is-no-given-name"),
        pytest.param(
            "Roger/B-PERSON King/I-PERSON said . King/B-PERSON was arrested",
            id="a-title-word-that-is-a-surname-of-the-document",
        ),
        pytest.param(
            "Pope/B-ORG and/I-ORG Talbot/I-ORG Inc/I-ORG rose . Pope/B-PERSON said",
            id="a-title-word-in-a-firms-name",
        ),
    ],
)
def test_titles_leave_other_names_alone(spec: str) -> None:
    assert labelled(spec) == [(e.text, e.label_) for e in doc_of(spec).ents]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "said the/B-ORG Reagan/I-ORG Administration/I-ORG wants",
            [("Reagan", "PERSON")],
            id="leader-of-an-administration",
        ),
        pytest.param(
            "with Reagan/B-ORG Administration/I-ORG officials",
            [("Reagan", "PERSON")],
            id="without-the-article",
        ),
        pytest.param(
            "Governor Dukakis/B-PERSON said the/B-ORG Dukakis/I-ORG Administration/I-ORG would",
            [("Dukakis", "PERSON"), ("Dukakis", "PERSON")],
            id="person-named-elsewhere",
        ),
        pytest.param(
            "the/B-ORG Maritime/I-ORG Administration/I-ORG approved",
            [("the Maritime Administration", "ORG")],
            id="agency-keeps-its-name",
        ),
        pytest.param(
            "the/B-ORG Federal/I-ORG Aviation/I-ORG Administration/I-ORG fined",
            [("the Federal Aviation Administration", "ORG")],
            id="agency-of-several-words",
        ),
    ],
)
def test_administrations(spec: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(spec) == expected


def test_titles_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "titles.json"
    data = json.loads(path.read_text("utf-8"))
    keys = ("departments", "department_titles", "not_before_names", "organisation_words")
    for key in (*keys, "administration_heads"):
        assert all(e["word"] == e["word"].lower() and e["word"].isalpha() for e in data[key])
    assert {"commerce", "treasury", "interior"} <= set(departments())
    assert "bank" in organisation_words()
    assert "minister" in title_words()
    assert "manager" not in title_words() and "deputy" not in title_words()
    leading = data["leading_titles"]
    assert len({e["id"] for e in leading}) == len(leading)
    assert all(e["id"] == "leading-title." + e["words"].replace(" ", "-") for e in leading)
    assert not {"sultan", "pope", "crown"} & {e["words"] for e in leading}  # names too
