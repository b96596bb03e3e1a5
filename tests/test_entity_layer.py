"""The entity layer agreeing with the value stages (entity_layer.py), with the money, date,
percentage and quantity stages run on each text as the pipeline runs them."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_layer
from extract.dates import Dct, find_dates
from extract.entity_layer import agreed_entities, ner_money
from extract.money import find_money
from extract.percentages import find_percents
from extract.quantities import find_quantities


def _layer(text: str, ner: list[tuple[str, str]]) -> list[tuple[str, str]]:
    spans = [(text.index(words), text.index(words) + len(words), label) for words, label in ner]
    quantities = find_quantities(text)
    money = find_money(text, ner_money(spans, quantities))
    dated = [span for span in spans if span[2] in ("DATE", "TIME")]
    dates = find_dates(text, Dct("1987-03-10", "metadata"), dated)
    agreed = agreed_entities(text, spans, money, find_percents(text), dates, quantities)
    return [(text[s:e], label) for s, e, label in agreed]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        pytest.param(
            "It paid 5.5 mln dlrs for the unit.",
            [("5.5 mln", "MONEY")],
            [("5.5 mln dlrs", "MONEY")],
            id="money-mention-span",
        ),
        pytest.param(
            "The dollar fell against the yen.", [("dollar", "MONEY")], [], id="currency-no-amount"
        ),
        pytest.param(
            "Profit rose 12 pct in March.",
            [("12", "CARDINAL"), ("March", "DATE")],
            [("12 pct", "PERCENT"), ("March", "DATE")],
            id="percent-replaces-its-number",
        ),
        pytest.param(
            "The index closed at 274.01.",
            [("274.01", "DATE")],
            [("274.01", "CARDINAL")],
            id="undated-level-is-cardinal",
        ),
        pytest.param(
            "They take about a quarter of its exports, in the first quarter of 1987.",
            [("about a quarter", "DATE"), ("the first quarter of 1987", "DATE")],
            [("about a quarter", "CARDINAL"), ("the first quarter of 1987", "DATE")],
            id="undated-fraction-is-cardinal",
        ),
        pytest.param(
            "It is due on the payment date.",
            [("the payment date", "DATE")],
            [],
            id="undated-no-time-dropped",
        ),
        pytest.param(
            "It was the sixth straight increase.",
            [("sixth", "DATE")],
            [("sixth", "ORDINAL")],
            id="undated-rank-is-ordinal",
        ),
        pytest.param(
            "Shops close before Easter.",
            [("Easter", "ORG")],
            [("Easter", "DATE")],
            id="holiday-read-as-a-name",
        ),
        pytest.param(
            "Output was 19.00 mln tonnes.",
            [("19.00 mln", "MONEY")],
            [("19.00 mln tonnes", "QUANTITY")],
            id="money-inside-a-quantity",
        ),
    ],
)
def test_agreed_entities(
    text: str, ner: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert _layer(text, ner) == expected


def test_doctests() -> None:
    result = doctest.testmod(entity_layer)
    assert result.attempted and result.failed == 0
