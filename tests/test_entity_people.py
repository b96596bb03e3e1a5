"""Names a title in apposition or a generational suffix marks as people's, on blank-pipeline
Docs with hand-set entities."""

from __future__ import annotations

import doctest
import json
from importlib import resources

import pytest
from spacy.tokens import Doc

from extract import entity_people
from extract.entity_people import (
    apposed_people,
    apposed_titles,
    family_names,
    firm_appositions,
    marked_people,
    titled_people,
)
from tests.entity_docs import doc_of


def _tagged_doc(text: str, ents: tuple[tuple[str, str], ...]) -> Doc:
    """``doc_of`` with the tagger's reading: capitalised words are proper nouns."""
    doc = doc_of(text, ents)
    for token in doc:
        token.pos_ = "PROPN" if token.text[:1].isupper() else "NOUN"
    return doc


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "rebounding, J.C. Matlock, chairman, said.",
            (("J.C. Matlock", "ORG"),),
            [("J.C. Matlock", "PERSON")],
            id="initials-and-a-surname-before-a-bare-title",
        ),
        pytest.param(
            "said Loh Hoon Sun, general\nmanager of the bank",
            (("Loh Hoon Sun", "ORG"),),
            [("Loh Hoon Sun", "PERSON")],
            id="a-title-with-a-modifier-over-a-line-break",
        ),
        pytest.param(
            "the group led by T.B. Pickens III and Lloyd U. Noland Jr. said",
            (("T.B. Pickens III", "ORG"), ("Lloyd U. Noland Jr.", "ORG")),
            [("T.B. Pickens III", "PERSON"), ("Lloyd U. Noland Jr.", "PERSON")],
            id="a-generational-suffix",
        ),
        pytest.param(
            "units of ML Venture Partners II and Mark IV rose",
            (("ML Venture Partners II", "ORG"), ("Mark IV", "ORG")),
            [("ML Venture Partners II", "ORG"), ("Mark IV", "ORG")],
            id="ii-and-iv-number-funds-and-products",
        ),
        pytest.param(
            "lenders such as Citibank Brazil, the head of the committee, said",
            (("Citibank Brazil", "ORG"),),
            [("Citibank Brazil", "ORG")],
            id="a-title-after-an-article-is-the-firm-s-person",
        ),
        pytest.param(
            "shares of Reuters Holdings, chairman G. Robert Durham said",
            (("Reuters Holdings", "ORG"), ("G. Robert Durham", "PERSON")),
            [("Reuters Holdings", "ORG"), ("G. Robert Durham", "PERSON")],
            id="a-name-after-the-title-is-the-person",
        ),
        pytest.param(
            "bought by Kohlberg Kravis Roberts, owner of Safeway",
            (("Kohlberg Kravis Roberts", "ORG"), ("Safeway", "ORG")),
            [("Kohlberg Kravis Roberts", "ORG"), ("Safeway", "ORG")],
            id="a-title-firms-hold-too",
        ),
        pytest.param(
            "said U.S. Steel, president of the group",
            (("U.S. Steel", "ORG"),),
            [("U.S. Steel", "ORG")],
            id="a-country-s-initials-open-no-person-s-name",
        ),
        pytest.param(
            "Reuters, analyst with the bank",
            (("Reuters", "ORG"),),
            [("Reuters", "ORG")],
            id="one-word-may-be-a-firm-s-short-name",
        ),
    ],
)
def test_marked_people(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    doc = doc_of(text, ents)
    assert [(e.text, e.label_) for e in marked_people(doc)] == expected


def test_a_verb_before_the_title_is_no_apposition() -> None:
    doc = doc_of("and Clifford Evans, was elected treasurer", (("Clifford Evans", "ORG"),))
    for token, pos, tag in ((doc[4], "AUX", "VBD"), (doc[5], "VERB", "VBN")):
        token.pos_, token.tag_ = pos, tag
    assert [(e.text, e.label_) for e in marked_people(doc)] == [("Clifford Evans", "ORG")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "with Finance Minister Onno Ruding\nhaving said",
            (),
            [("Onno Ruding", "PERSON")],
            id="a-name-after-a-title-over-a-line-break",
        ),
        pytest.param(
            "Cardinal Paulo Evaristo Arns, the archbishop",
            (),
            [("Paulo Evaristo Arns", "PERSON")],
            id="three-name-words",
        ),
        pytest.param(
            "Acting Prime Minister Jules Wijdenbosch will open it",
            (("Jules", "ORG"),),
            [("Jules", "ORG")],
            id="a-name-the-ner-read-in-part-is-left-to-the-other-rules",
        ),
        pytest.param(
            "General Motors Espanalo was the top seller",
            (),
            [],
            id="a-firm-s-words-are-no-person-s-name",
        ),
        pytest.param(
            "President Reagan said",
            (),
            [],
            id="one-word-is-left-to-the-ner",
        ),
        pytest.param(
            "Minister Onno Ruding Bank said",
            (),
            [],
            id="no-name-before-another-capitalised-word",
        ),
        pytest.param(
            "chairman Jules President said",
            (),
            [],
            id="no-title-inside-the-name",
        ),
    ],
)
def test_titled_people(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in titled_people(_tagged_doc(text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Prices fell.\n    Stanley Fishman, analyst at Fahnestock and Co, said",
            (("Fahnestock and Co", "ORG"),),
            [("Stanley Fishman", "PERSON"), ("Fahnestock and Co", "ORG")],
            id="an-unlabelled-name-before-a-bare-title",
        ),
        pytest.param(
            "Prices fell. Garo Armen, an analyst with Dean Witter, said",
            (),
            [("Garo Armen", "PERSON")],
            id="an-indefinite-article-may-open-the-title",
        ),
        pytest.param(
            "Prices fell. Mehdi\nVarzi, chief economist at the bank, said",
            (),
            [("Mehdi\nVarzi", "PERSON")],
            id="a-name-over-a-line-break",
        ),
        pytest.param(
            "Prices fell. Guardman Investment, current manager and owner of all shares, said",
            (),
            [],
            id="a-firm-s-title-joined-to-it-names-a-firm",
        ),
        pytest.param(
            "Prices fell. Guardman Investment, the manager of all shares, said",
            (),
            [],
            id="no-definite-article",
        ),
        pytest.param(
            "shares of Acme Fishman Rand, analyst Joe Brown said",
            (("Acme", "ORG"),),
            [("Acme", "ORG")],
            id="not-the-end-of-a-longer-name-nor-before-a-named-title",
        ),
        pytest.param(
            "Prices fell. Fishman, analyst at the bank, said",
            (),
            [],
            id="one-word-is-no-name",
        ),
    ],
)
def test_apposed_people(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in apposed_people(_tagged_doc(text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "a company controlled by the Walker family",
            (("Walker", "ORG"),),
            [("Walker", "PERSON")],
            id="a-surname-before-family",
        ),
        pytest.param(
            "the Walker family and the 747 family and the IBM family and Bass family members",
            (("Walker", "GPE"), ("747", "PRODUCT"), ("IBM", "ORG"), ("Bass", "ORG")),
            [("Walker", "GPE"), ("747", "PRODUCT"), ("IBM", "ORG"), ("Bass", "ORG")],
            id="only-a-firm-read-of-a-capitalised-word-after-the",
        ),
    ],
)
def test_family_names(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in family_names(doc_of(text, ents))] == expected


def test_firm_appositions_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "titles.json"
    entries = json.loads(path.read_text("utf-8"))["firm_appositions"]
    assert len({e["id"] for e in entries}) == len(entries)
    assert all(e["id"] == f"firm-apposition.{e['word']}" for e in entries)
    assert firm_appositions() <= apposed_titles()  # each one a title the rule would read


def test_doctests() -> None:
    result = doctest.testmod(entity_people)
    assert result.failed == 0 and result.attempted > 0
