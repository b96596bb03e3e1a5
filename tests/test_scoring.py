"""Scoring: every layer's measures as case tables, per label, rule and document."""

from __future__ import annotations

import doctest
from typing import Any

import pytest

from extract import scoring
from extract.scoring import MEASURES, align, evaluate, format_table, score


def ent(start: int, end: int, label: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": "x" * (end - start), "label": label}


def money(start: int, end: int, amount: str | None, currency: str | None = "USD") -> dict[str, Any]:
    return {"start": start, "end": end, "text": "", "amount": amount, "currency": currency}


def date(start: int, end: int, value: str | None, type_: str = "DATE") -> dict[str, Any]:
    return {"start": start, "end": end, "text": "", "type": type_, "value": value}


def rel(type_: str, rule: str = "r", **roles: tuple[int, int]) -> dict[str, Any]:
    args = {role: {"start": s, "end": e, "text": ""} for role, (s, e) in roles.items()}
    return {"type": type_, "args": args, "rule": rule}


GOLD: dict[str, dict[str, Any]] = {
    "d1": {
        "entities": [ent(0, 6, "GPE"), ent(10, 16, "ORG"), ent(20, 25, "PERSON")],
        "money": [money(30, 42, "190000000")],
        "dates": [date(50, 54, "2016")],
        "relations": [rel("DELIVERY", supplier=(10, 16), goods=(60, 70))],
    }
}


def counts(result: dict[str, Any], layer: str, measure: str) -> tuple[int, int, int]:
    prf = result[layer][measure]
    return prf["tp"], prf["fp"], prf["fn"]


def test_doctests() -> None:
    assert doctest.testmod(scoring).failed == 0


def test_perfect_prediction_scores_one() -> None:
    result = score(GOLD, GOLD)
    for layer, measures in MEASURES.items():
        for measure in measures:
            assert result[layer][measure]["f"] == 1.0, (layer, measure)
    assert result["money"]["value_accuracy"] == {"correct": 1, "matched": 1, "accuracy": 1.0}


@pytest.mark.parametrize(
    ("pred_entities", "expected"),
    [
        pytest.param(
            [ent(0, 6, "GPE"), ent(10, 16, "ORG"), ent(20, 25, "PERSON")],
            {"strict": (3, 0, 0), "span": (3, 0, 0), "type": (3, 0, 0), "partial": (3, 0, 0)},
            id="exact",
        ),
        pytest.param(
            [ent(0, 6, "LOC"), ent(10, 16, "ORG")],
            {"strict": (1, 1, 2), "span": (2, 0, 1), "type": (1, 1, 2), "partial": (2, 0, 1)},
            id="wrong-label-counts-as-fp-and-fn",
        ),
        pytest.param(
            [ent(0, 5, "GPE")],
            {"strict": (0, 1, 3), "span": (0, 1, 3), "type": (1, 0, 2), "partial": (1, 0, 2)},
            id="boundary-error-only-overlap-modes-forgive",
        ),
        pytest.param(
            [ent(0, 5, "ORG")],
            {"strict": (0, 1, 3), "span": (0, 1, 3), "type": (0, 1, 3), "partial": (1, 0, 2)},
            id="boundary-and-label-error-only-partial-forgives",
        ),
        pytest.param(
            [],
            {"strict": (0, 0, 3), "span": (0, 0, 3), "type": (0, 0, 3), "partial": (0, 0, 3)},
            id="nothing-predicted",
        ),
        pytest.param(
            [ent(0, 6, "GPE"), ent(0, 6, "GPE"), ent(0, 6, "NORP")],
            {"strict": (1, 1, 2), "span": (1, 0, 2), "type": (1, 1, 2), "partial": (1, 0, 2)},
            id="duplicates-count-once-overlaps-once",
        ),
        pytest.param(
            [ent(0, 3, "GPE"), ent(3, 6, "GPE")],
            {"strict": (0, 2, 3), "span": (0, 2, 3), "type": (1, 1, 2), "partial": (1, 1, 2)},
            id="two-overlapping-predictions-claim-one-gold-once",
        ),
        pytest.param(
            [ent(4, 12, "GPE")],
            {"strict": (0, 1, 3), "span": (0, 1, 3), "type": (1, 0, 2), "partial": (1, 0, 2)},
            id="one-prediction-over-two-golds-matches-one",
        ),
        pytest.param(
            [ent(6, 10, "GPE"), ent(16, 20, "ORG")],
            {"strict": (0, 2, 3), "span": (0, 2, 3), "type": (0, 2, 3), "partial": (0, 2, 3)},
            id="touching-is-not-overlapping",
        ),
    ],
)
def test_entity_measures(pred_entities: list[Any], expected: dict[str, Any]) -> None:
    result = score(GOLD, {"d1": {"entities": pred_entities}})
    assert {m: counts(result, "entities", m) for m in expected} == expected


def test_overlap_matching_prefers_exact_then_largest_overlap() -> None:
    gold = [ent(0, 10, "ORG"), ent(12, 20, "ORG")]
    pred = [ent(5, 15, "ORG"), ent(12, 20, "ORG")]  # the first overlaps both golds
    outcome = align(gold, pred, MEASURES["entities"]["type"])
    assert outcome.correct == [(0, 0), (1, 1)]


@pytest.mark.parametrize(
    ("layer", "pred_items", "expected"),
    [
        pytest.param(
            "money",
            [money(30, 42, "190000000")],
            {"span": (1, 0, 0), "relaxed": (1, 0, 0), "value": (1, 0, 0), "accuracy": (1, 1)},
            id="money-exact",
        ),
        pytest.param(
            "money",
            [money(30, 42, "190000")],
            {"span": (1, 0, 0), "relaxed": (1, 0, 0), "value": (0, 1, 1), "accuracy": (0, 1)},
            id="money-wrong-amount-counts-only-in-value",
        ),
        pytest.param(
            "money",
            [money(30, 42, "190000000", currency=None)],
            {"span": (1, 0, 0), "relaxed": (1, 0, 0), "value": (0, 1, 1), "accuracy": (0, 1)},
            id="money-unknown-currency-is-a-wrong-value",
        ),
        pytest.param(
            "money",
            [money(31, 42, "190000000")],
            {"span": (0, 1, 1), "relaxed": (1, 0, 0), "value": (1, 0, 0), "accuracy": (1, 1)},
            id="money-boundary-error-value-still-judged",
        ),
        pytest.param(
            "money",
            [money(31, 42, "190000000"), money(30, 35, "190000000")],
            {"span": (0, 2, 1), "relaxed": (1, 1, 0), "value": (1, 1, 0), "accuracy": (1, 1)},
            id="money-two-overlapping-one-is-a-false-alarm",
        ),
        pytest.param(
            "dates",
            [date(50, 54, "2016", "DURATION")],
            {"span": (1, 0, 0), "relaxed": (1, 0, 0), "value": (0, 1, 1), "accuracy": (0, 1)},
            id="date-wrong-type",
        ),
        pytest.param(
            "dates",
            [date(47, 54, None)],
            {"span": (0, 1, 1), "relaxed": (1, 0, 0), "value": (0, 1, 1), "accuracy": (0, 1)},
            id="date-unresolved-value-is-wrong",
        ),
        pytest.param(
            "dates",
            [date(60, 64, "2016")],
            {"span": (0, 1, 1), "relaxed": (0, 1, 1), "value": (0, 1, 1), "accuracy": (0, 0)},
            id="date-elsewhere-is-not-matched",
        ),
    ],
)
def test_mention_measures(layer: str, pred_items: list[Any], expected: dict[str, Any]) -> None:
    result = score(GOLD, {"d1": {layer: pred_items}})
    found = {m: counts(result, layer, m) for m in ("span", "relaxed", "value")}
    accuracy = result[layer]["value_accuracy"]
    found["accuracy"] = (accuracy["correct"], accuracy["matched"])
    assert found == expected


def test_value_f1_is_tempeval3_style() -> None:
    """Value P = right values / predictions, R = right values / gold, over relaxed matches."""
    gold = {"d": {"dates": [date(0, 4, "2016"), date(10, 14, "2017"), date(20, 24, "2018")]}}
    pred = {"d": {"dates": [date(0, 4, "2016"), date(10, 14, "2019"), date(30, 34, "2020")]}}
    result = score(gold, pred)
    assert counts(result, "dates", "value") == (1, 2, 2)
    assert result["dates"]["value"]["f"] == round(1 / 3, 4)
    assert result["dates"]["value_accuracy"]["accuracy"] == 0.5


@pytest.mark.parametrize(
    ("pred_relations", "strict", "relaxed"),
    [
        pytest.param(
            [rel("DELIVERY", supplier=(10, 16), goods=(60, 70))], (1, 0, 0), (1, 0, 0), id="exact"
        ),
        pytest.param(
            [rel("DELIVERY", supplier=(10, 16))], (0, 1, 1), (0, 1, 1), id="needs-every-role"
        ),
        pytest.param(
            [rel("DELIVERY", supplier=(10, 16), goods=(62, 70))],
            (0, 1, 1),
            (1, 0, 0),
            id="role-boundary-error-relaxed-only",
        ),
        pytest.param(
            [rel("TRADE", supplier=(10, 16), goods=(60, 70))], (0, 1, 1), (0, 1, 1), id="wrong-type"
        ),
        pytest.param(
            [rel("DELIVERY", supplier=(60, 70), goods=(10, 16))],
            (0, 1, 1),
            (0, 1, 1),
            id="swapped-roles",
        ),
    ],
)
def test_relation_measures(pred_relations: list[Any], strict: Any, relaxed: Any) -> None:
    result = score(GOLD, {"d1": {"relations": pred_relations}})
    assert counts(result, "relations", "strict") == strict
    assert counts(result, "relations", "relaxed") == relaxed


def test_per_rule_precision() -> None:
    pred = {
        "d1": {
            "relations": [
                rel("DELIVERY", "good.rule", supplier=(10, 16), goods=(60, 70)),
                rel("DELIVERY", "loose.rule", supplier=(10, 16), goods=(80, 90)),
                rel("DELIVERY", "loose.rule", supplier=(11, 16), goods=(61, 70)),
            ]
        }
    }
    per_rule = score(GOLD, pred)["relations"]["per_rule"]
    assert per_rule["good.rule"] == {"predicted": 1, "strict_p": 1.0, "relaxed_p": 1.0}
    # The loose rule's near miss overlaps the gold, but the good rule claimed it first (exact).
    assert per_rule["loose.rule"] == {"predicted": 2, "strict_p": 0.0, "relaxed_p": 0.0}


def test_per_type_counts() -> None:
    pred = {
        "d1": {
            "relations": [
                rel("DELIVERY", "good.rule", supplier=(10, 16), goods=(60, 70)),
                rel("ORDER", "other.rule", customer=(10, 16)),
            ]
        }
    }
    per_type = score(GOLD, pred)["relations"]["per_type"]
    assert [(k, v["tp"], v["fp"], v["fn"]) for k, v in per_type.items()] == [
        ("DELIVERY", 1, 0, 0),
        ("ORDER", 0, 1, 0),
    ]


def test_per_label_micro_and_macro() -> None:
    gold = {"d": {"entities": [ent(0, 6, "GPE"), ent(10, 16, "GPE"), ent(20, 25, "ORG")]}}
    pred = {"d": {"entities": [ent(0, 6, "GPE"), ent(10, 16, "GPE"), ent(30, 35, "ORG")]}}
    result = score(gold, pred)
    assert result["entities"]["per_label"]["GPE"]["f"] == 1.0
    assert result["entities"]["per_label"]["ORG"]["f"] == 0.0
    assert result["entities"]["strict"]["f"] == round(2 / 3, 4)  # micro: 2 of 3 each way
    assert result["entities"]["macro"]["strict"] == {"p": 0.5, "r": 0.5, "f": 0.5}
    assert result["entities"]["per_label_type"]["ORG"]["fp"] == 1


def test_missing_document_counts_as_misses_and_is_listed() -> None:
    result = score(GOLD, {})
    assert result["documents"]["missing"] == ["d1"]
    assert result["entities"]["strict"]["fn"] == 3


def test_per_document_breakdown() -> None:
    gold = {"a": GOLD["d1"], "b": {"entities": [ent(0, 3, "ORG")]}}
    result = score(gold, {"a": GOLD["d1"], "b": {"entities": [ent(0, 3, "GPE")]}})
    per_doc = result["documents"]["per_document"]
    assert per_doc["a"]["entities.strict"] == 1.0
    assert per_doc["b"]["entities.strict"] == 0.0 and per_doc["b"]["entities.span"] == 1.0


def test_evaluation_keeps_items_per_document() -> None:
    evaluation = evaluate(GOLD, {"d1": {"entities": [ent(0, 6, "GPE"), ent(30, 33, "ORG")]}})
    outcome = evaluation.documents[0].outcomes["entities"]["strict"]
    assert outcome.correct == [(0, 0)]
    assert [outcome.gold[i]["label"] for i in outcome.misses] == ["ORG", "PERSON"]
    assert outcome.false_alarms == [1]
    assert evaluation.total("entities", "strict", {"nope"}).tp == 0


def test_per_label_and_table() -> None:
    result = score(GOLD, {"d1": {"entities": [ent(0, 6, "GPE")]}})
    assert result["entities"]["per_label"]["GPE"]["f"] == 1.0
    assert result["entities"]["per_label"]["ORG"]["r"] == 0.0
    table = format_table(result)
    assert "entities" in table and "PERSON" in table
    assert "value_accuracy" in table and "macro strict" in table
