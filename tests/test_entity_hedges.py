"""Hedges the NER left out of a number (GUIDELINES.md 3.4), on blank-pipeline Docs."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_hedges
from extract.data_files import entries
from extract.entity_hedges import hedged_numbers
from extract.money_tables import form_key, load_tables
from tests.entity_docs import doc_of


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        pytest.param(
            "doubling output to around 40,000 vans", "40,000", "around 40,000", id="around"
        ),
        pytest.param("Some 7,000 black workers returned", "7,000", "Some 7,000", id="some"),
        pytest.param("it may buy up to 100,000 shares", "100,000", "up to 100,000", id="up-to"),
        pytest.param("in more than 30 cities", "30", "more than 30", id="more-than"),
        pytest.param(
            "markets under three categories", "three", "three", id="under-is-a-preposition"
        ),
        pytest.param("sales rose up to 5 from 3", "5", "5", id="up-to-a-change-from"),
        pytest.param("the gas index is up to 4065.4", "4065.4", "4065.4", id="up-to-after-be"),
        pytest.param("and later edging up to 72.7", "72.7", "72.7", id="up-to-a-level"),
        pytest.param("Jul/May  3-1/4   over 3-1/2", "3-1/2", "3-1/2", id="a-tables-column-word"),
        pytest.param(
            "spread over more than 100 loans",
            "more than 100",
            "more than 100",
            id="a-hedge-already-inside",
        ),
    ],
)
def test_hedged_numbers(text: str, number: str, expected: str) -> None:
    doc = doc_of(text, ((number, "CARDINAL"),))
    assert [e.text for e in hedged_numbers(doc)] == [expected]


def test_only_a_cardinal_takes_its_hedge() -> None:
    doc = doc_of(
        "about 40 mln dlrs and about Monday", (("40 mln dlrs", "MONEY"), ("Monday", "DATE"))
    )
    assert [e.text for e in hedged_numbers(doc)] == ["40 mln dlrs", "Monday"]


def test_prepositions_are_hedges_written_before_a_number() -> None:
    prepositions = entries("money/qualifiers.json", "prepositions")
    assert all(e["id"] == f"preposition.{e['word']}" for e in prepositions)
    assert {form_key(e["word"]) for e in prepositions} <= set(load_tables().qualifiers)


def test_doctests() -> None:
    result = doctest.testmod(entity_hedges)
    assert result.failed == 0 and result.attempted > 0
