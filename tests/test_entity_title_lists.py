"""Names listed after a plural title, on hand-built Docs (entity_title_lists)."""

from __future__ import annotations

import doctest

import pytest
from spacy.tokens import Doc

from extract import entity_title_lists
from extract.entity_title_lists import listed_people
from tests.test_entity_titles import doc_of


def labelled(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in listed_people(doc_of(spec))]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "three executives , Terrence A. Elkes , George/B-PERSON C./I-PERSON "
            "Catell/I-PERSON and Kenneth/B-PERSON Gorman/I-PERSON .",
            ["Terrence A. Elkes", "George C. Catell", "Kenneth Gorman"],
            id="unlabelled-first-name-of-a-list",
        ),
        pytest.param(
            "two astronauts , Valery/B-PERSON Kubasov/I-PERSON , Leonid Popov/B-PERSON and "
            "Valery/B-ORG Riumin/I-ORG .",
            ["Valery Kubasov", "Leonid Popov", "Valery Riumin"],
            id="pieces-and-organisations-in-a-list",
        ),
    ],
)
def test_names_listed_after_a_plural_title(spec: str, expected: list[str]) -> None:
    assert [text for text, label in labelled(spec) if label == "PERSON"] == expected


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param(
            "its bankers , Tucker/B-PERSON , Anthony/B-PERSON and R.L. Day Inc/B-ORG , said",
            id="a-firm-in-the-list",
        ),
        pytest.param("two executives , John Smith and Mary Jones .", id="no-person-read-at-all"),
        pytest.param("the executives , Smith/B-PERSON , left the company", id="no-list-of-two"),
    ],
)
def test_lists_left_alone(spec: str) -> None:
    doc: Doc = doc_of(spec)
    assert labelled(spec) == [(e.text, e.label_) for e in doc.ents]


def test_doctests() -> None:
    result = doctest.testmod(entity_title_lists)
    assert result.attempted > 0 and result.failed == 0
