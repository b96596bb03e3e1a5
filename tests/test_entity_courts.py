"""Courts named with their district or circuit, or its number, on blank-pipeline Docs with
hand-set entities."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_courts
from extract.entity_courts import court_names
from tests.entity_docs import doc_of


def test_doctests() -> None:
    assert doctest.testmod(entity_courts).failed == 0


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "filed in the U.S. District Court for the\nDistrict of Massachusetts on Monday",
            (("U.S. District Court", "ORG"), ("the\nDistrict of Massachusetts", "GPE")),
            [("the U.S. District Court for the\nDistrict of Massachusetts", "ORG")],
            id="district-over-a-line-break",
        ),
        pytest.param(
            "The U.S. Court of Appeals for the Ninth Circuit upheld it.",
            (("The U.S. Court of Appeals", "ORG"), ("Ninth Circuit", "ORG")),
            [("The U.S. Court of Appeals for the Ninth Circuit", "ORG")],
            id="circuit",
        ),
        pytest.param(
            "a panel of the 9th U.S. Circuit Court of Appeals in San Francisco",
            (
                ("9th", "ORDINAL"),
                ("U.S. Circuit Court of Appeals", "ORG"),
                ("San Francisco", "GPE"),
            ),
            [("the 9th U.S. Circuit Court of Appeals", "ORG"), ("San Francisco", "GPE")],
            id="circuit-numbered-first",
        ),
        pytest.param(
            "in the 11th Circuit U.S. Court of Appeals.",
            (("11th", "ORDINAL"), ("Circuit U.S. Court of Appeals", "ORG")),
            [("the 11th Circuit U.S. Court of Appeals", "ORG")],
            id="circuit-numbered-first-before-the-country",
        ),
        pytest.param(
            "in U.S. Bankruptcy Court for the Southern District of New York Judge Burton Lifland",
            (("New York", "GPE"), ("Burton Lifland", "PERSON")),
            [
                ("U.S. Bankruptcy Court for the Southern District of New York", "ORG"),
                ("Burton Lifland", "PERSON"),
            ],
            id="no-entity-before-and-a-name-after",
        ),
        pytest.param(
            "In U.S. District Court for the District of Columbia, he sued.",
            (),
            [("U.S. District Court for the District of Columbia", "ORG")],
            id="sentence-opening-preposition-outside",
        ),
        pytest.param(
            "the U.S. District Court for the Eastern District of Louisiana. OKC said",
            (("OKC", "ORG"),),
            [
                ("the U.S. District Court for the Eastern District of Louisiana", "ORG"),
                ("OKC", "ORG"),
            ],
            id="stops-at-the-sentence-end",
        ),
        pytest.param(
            "the Bankruptcy Court for the Southern District of N.Y. said",
            (),
            [("the Bankruptcy Court for the Southern District of N.Y.", "ORG")],
            id="abbreviated-state",
        ),
        pytest.param(
            "The Supreme Court for the first time ruled.",
            (("The Supreme Court", "ORG"), ("first", "ORDINAL")),
            [("The Supreme Court", "ORG"), ("first", "ORDINAL")],
            id="no-district-no-join",
        ),
        pytest.param(
            "the court for the District of Columbia-based firm",
            (("Columbia", "GPE"),),
            [("Columbia", "GPE")],
            id="lower-case-court-is-no-name",
        ),
    ],
)
def test_court_names(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    doc = doc_of(text, ents)
    assert [(e.text, e.label_) for e in court_names(doc)] == expected
