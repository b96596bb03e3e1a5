"""Country names the NER left unlabelled, on blank-pipeline Docs with hand-set entities."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_missed_countries
from extract.entity_missed_countries import missed_countries
from tests.entity_docs import tagged_doc


def test_doctests() -> None:
    assert doctest.testmod(entity_missed_countries).failed == 0


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param("Chile achieved growth .", [("Chile", "GPE")], id="sentence-first-word"),
        pytest.param(
            "growth rose . | Sudan is in arrears", [("Sudan", "GPE")], id="after-a-sentence"
        ),
        pytest.param(
            "In/O 1983/B-DATE Zaire set out",
            [("1983", "DATE"), ("Zaire", "GPE")],
            id="after-a-date",
        ),
        pytest.param(
            "| The Cyprus government sent", [("Cyprus", "GPE")], id="after-a-capitalised-article"
        ),
        pytest.param(
            "cost United States 11,200 tonnes", [("United States", "GPE")], id="two-words"
        ),
        pytest.param("the Chile and Peru talks", [("Chile", "GPE"), ("Peru", "GPE")], id="list"),
        pytest.param("Chile/B-GPE signed", [("Chile", "GPE")], id="labelled-already"),
        pytest.param("Credit Lyonnais Australia is issuing", [], id="capitalised-word-before"),
        pytest.param("the Chile Fund rose", [], id="capitalised-word-after"),
        pytest.param(
            "Public Service | New Mexico said", [], id="parser-sentence-start-is-no-proof"
        ),
        pytest.param("in the Gulf of Mexico areas", [], id="particle-before"),
        pytest.param("Electricite de France is", [], id="foreign-particle-before"),
        pytest.param("Union Carbide Corp < UK > covering", [], id="ticker"),
        pytest.param(
            "Vernon/B-PERSON Jordan/I-PERSON met | Jordan said",
            [("Vernon Jordan", "PERSON")],
            id="surname",
        ),
        pytest.param("rates in chile fell", [], id="not-as-written"),
    ],
)
def test_missed_countries(spec: str, expected: list[tuple[str, str]]) -> None:
    doc = tagged_doc(spec)
    assert [(e.text, e.label_) for e in missed_countries(doc)] == expected
