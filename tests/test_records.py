"""Record types: JSON round trips, the schema, the offset checks."""

from __future__ import annotations

import doctest

import pytest

from extract import records
from extract.records import (
    DateMention,
    DocumentError,
    Entity,
    Money,
    Percentage,
    Record,
    Relation,
    Span,
    offset_errors,
    schema_errors,
)

RAW = "Sinara delivered 75 locomotives worth $190 million in 2016."


def _record(**layers: object) -> Record:
    base = dict(
        doc_id="d1",
        published="2017",
        text_sha256=records.text_sha256(RAW),
        pipeline_version="0.1.0",
        model="en_extract_core",
        model_version="0.1.0",
    )
    return Record(**base, **layers)  # type: ignore[arg-type]


FULL = _record(
    entities=(Entity(0, 6, "Sinara", "ORG"), Entity(38, 50, "$190 million", "MONEY")),
    money=(
        Money(38, 50, "$190 million", amount="190000000", currency="USD", currency_assumed=True),
    ),
    percentages=(Percentage(7, 16, "delivered", None),),
    dates=(DateMention(54, 58, "2016", "DATE", "2016", "2016-01-01", "2016-12-31"),),
    relations=(
        Relation(
            "DELIVERY",
            {"supplier": Span(0, 6, "Sinara"), "goods": Span(20, 31, "locomotives")},
            Span(0, 59, RAW),
            "delivery.delivered",
        ),
    ),
)


def test_doctests() -> None:
    assert doctest.testmod(records).failed == 0


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(FULL, id="all-layers"),
        pytest.param(_record(), id="empty-layers"),
        pytest.param(_record(error=DocumentError("empty", "document is empty")), id="error"),
        pytest.param(
            _record(
                money=(Money(0, 3, "abc", min="1", max=None, currency=None, qualifier="at least"),)
            ),
            id="open-range",
        ),
    ],
)
def test_json_round_trip_and_schema(record: Record) -> None:
    data = record.to_json()
    assert schema_errors(data) == []
    assert Record.from_json(data) == record


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        pytest.param(lambda d: d.update(schema="extract.record/0"), "schema", id="wrong-version"),
        pytest.param(
            lambda d: d["money"][0].update(amount=190000000.0), "money/0", id="float-amount"
        ),
        pytest.param(
            lambda d: d["money"][0].update(min="1", max="2"), "money/0", id="amount-and-range"
        ),
        pytest.param(
            lambda d: d["entities"][0].update(label="COMPANY"), "entities/0", id="bad-label"
        ),
        pytest.param(lambda d: d["dates"][0].update(type="PERIOD"), "dates/0", id="bad-date-type"),
        pytest.param(lambda d: d.update(status="error"), "<record>", id="error-without-detail"),
        pytest.param(lambda d: d.update(extra=1), "<record>", id="unknown-field"),
        pytest.param(lambda d: d.update(text_sha256="md5:00"), "text_sha256", id="bad-hash"),
    ],
)
def test_schema_rejects(mutate, needle: str) -> None:  # type: ignore[no-untyped-def]
    data = FULL.to_json()
    mutate(data)
    errors = schema_errors(data)
    assert errors and any(e.startswith(needle) for e in errors), errors


def test_offset_errors_accepts_consistent_record() -> None:
    assert offset_errors(FULL.to_json(), RAW) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(RAW.replace("Sinara", "SINARA"), "entities[0]", id="text-differs"),
        pytest.param(RAW[:40], "entities[1]", id="beyond-end"),
    ],
)
def test_offset_errors_names_the_span(raw: str, expected: str) -> None:
    errors = offset_errors(FULL.to_json(), raw)
    assert any(e.startswith(expected) for e in errors), errors


def test_amounts_are_decimal_strings() -> None:
    money = FULL.to_json()["money"][0]
    assert money["amount"] == "190000000" and isinstance(money["amount"], str)
