"""Scoring: set arithmetic per layer, per label and per document."""

from __future__ import annotations

import doctest

import pytest

from extract import scoring
from extract.scoring import format_table, score


def ent(start: int, end: int, label: str) -> dict[str, object]:
    return {"start": start, "end": end, "text": "x" * (end - start), "label": label}


GOLD = {
    "d1": {
        "entities": [ent(0, 6, "GPE"), ent(10, 16, "ORG"), ent(20, 25, "PERSON")],
        "money": [{"start": 30, "end": 42, "text": "", "amount": "190000000", "currency": "USD"}],
        "dates": [{"start": 50, "end": 54, "text": "", "type": "DATE", "value": "2016"}],
        "relations": [
            {
                "type": "DELIVERY",
                "args": {"supplier": {"start": 10, "end": 16}, "goods": {"start": 60, "end": 70}},
            }
        ],
    }
}


def test_doctests() -> None:
    assert doctest.testmod(scoring).failed == 0


def test_perfect_prediction_scores_one() -> None:
    result = score(GOLD, GOLD)
    for layer, measure in [
        ("entities", "strict"),
        ("money", "value"),
        ("dates", "value"),
        ("relations", "strict"),
    ]:
        assert result[layer][measure]["f"] == 1.0, (layer, measure)


@pytest.mark.parametrize(
    ("pred_entities", "strict", "span"),
    [
        pytest.param(
            [ent(0, 6, "GPE"), ent(10, 16, "ORG"), ent(20, 25, "PERSON")],
            (3, 0, 0),
            (3, 0, 0),
            id="exact",
        ),
        pytest.param(
            [ent(0, 6, "LOC"), ent(10, 16, "ORG")],
            (1, 1, 2),
            (2, 0, 1),
            id="wrong-label-counts-as-fp-and-fn",
        ),
        pytest.param([ent(0, 5, "GPE")], (0, 1, 3), (0, 1, 3), id="boundary-error"),
        pytest.param([], (0, 0, 3), (0, 0, 3), id="nothing-predicted"),
        pytest.param(
            [ent(0, 6, "GPE"), ent(0, 6, "GPE"), ent(0, 6, "NORP")],
            (1, 1, 2),
            (1, 0, 2),
            id="duplicates-and-overlaps",
        ),
    ],
)
def test_entity_counts(pred_entities, strict, span) -> None:  # type: ignore[no-untyped-def]
    result = score(GOLD, {"d1": {"entities": pred_entities}})
    counts = lambda m: tuple(result["entities"][m][k] for k in ("tp", "fp", "fn"))  # noqa: E731
    assert counts("strict") == strict
    assert counts("span") == span


def test_value_errors_count_only_in_value_measure() -> None:
    pred = {"d1": {**GOLD["d1"], "money": [{**GOLD["d1"]["money"][0], "amount": "190000"}]}}
    result = score(GOLD, pred)
    assert result["money"]["span"]["f"] == 1.0
    assert result["money"]["value"]["f"] == 0.0


def test_relation_needs_every_role() -> None:
    relation = GOLD["d1"]["relations"][0]
    partial = {**relation, "args": {"supplier": relation["args"]["supplier"]}}
    result = score(GOLD, {"d1": {"relations": [partial]}})
    assert result["relations"]["strict"]["tp"] == 0


def test_missing_document_counts_as_misses_and_is_listed() -> None:
    result = score(GOLD, {})
    assert result["documents"]["missing"] == ["d1"]
    assert result["entities"]["strict"]["fn"] == 3


def test_per_label_and_table() -> None:
    result = score(GOLD, {"d1": {"entities": [ent(0, 6, "GPE")]}})
    assert result["entities"]["per_label"]["GPE"]["f"] == 1.0
    assert result["entities"]["per_label"]["ORG"]["r"] == 0.0
    table = format_table(result)
    assert "entities" in table and "PERSON" in table
