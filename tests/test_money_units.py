"""Tests of extract.money_units: unit prices and exchange rates (GUIDELINES.md 4.9)."""

from __future__ import annotations

import doctest
import re

import pytest

from extract import money_units
from extract.data_files import entries
from extract.money import find_money
from extract.money_units import exchange_rate_spans, unit_note, without_unit_tail


@pytest.mark.parametrize(
    ("text", "amount", "note"),
    [
        pytest.param("40 cts a share", "40 cts", "per share", id="a-share"),
        pytest.param(
            "$17.50 a common share", "$17.50", "per common share", id="a-share-of-a-class"
        ),
        pytest.param("108 dlrs per\ntonne", "108 dlrs", "per tonne", id="per-tonne-across-a-line"),
        pytest.param("42 dlrs each", "42 dlrs", "each", id="each"),
        pytest.param("rose to $38.875 apiece", "$38.875", "each", id="apiece"),
        pytest.param("5.02 dlrs per bu", "5.02 dlrs", "per bu", id="per-bushel-abbreviated"),
        pytest.param("a $10-a-share offer", "$10", "per share", id="hyphenated-a-share"),
        pytest.param("a C$30-a-share bid", "C$30", "per share", id="hyphenated-after-a-prefix"),
        pytest.param("a $2-a-year fee", "$2", None, id="hyphenated-a-year-is-no-unit"),
        pytest.param(
            "1.71 Swiss francs to\nthe dollar", "1.71 Swiss francs", "per dollar", id="rate-to-the"
        ),
        pytest.param("1.79 marks per dlr.", "1.79 marks", "per dlr", id="rate-per-dlr"),
        pytest.param(
            "154.40 yen\nto the U.S. Dollar.", "154.40 yen", "per u.s. dollar", id="rate-us-dollar"
        ),
        pytest.param("1.60 dlrs to the pound", "1.60 dlrs", "per pound", id="rate-to-the-pound"),
        pytest.param("167.11 yen to the ECU", "167.11 yen", "per ecu", id="rate-to-the-ecu"),
        pytest.param("5 mln dlrs a year", "5 mln dlrs", None, id="a-year-is-no-unit"),
        pytest.param("5 mln dlrs per year", "5 mln dlrs", None, id="per-year-is-no-unit"),
        pytest.param("50 mln dlrs to the unit", "50 mln dlrs", None, id="to-the-for-currencies"),
        pytest.param("2 dlrs to the barrel", "2 dlrs", None, id="to-the-barrel-is-not-read"),
        pytest.param("5 dlrs a shareholder", "5 dlrs", None, id="unit-is-a-whole-word"),
        pytest.param(
            "rose four cents against the dollar", "four cents", None, id="against-is-a-change"
        ),
    ],
)
def test_unit_note(text: str, amount: str, note: str | None) -> None:
    assert unit_note(text, text.index(amount) + len(amount)) == note


@pytest.mark.parametrize(
    ("mention", "kept"),
    [
        pytest.param("1.5930 per dollar", "1.5930", id="rate"),
        pytest.param("2.2 to the\ndollar", "2.2", id="rate-to-the"),
        pytest.param("40 cts a share", "40 cts", id="price-per-share"),
        pytest.param("$5 mln", "$5 mln", id="no-tail"),
        pytest.param("per dollar", "per dollar", id="nothing-before-the-tail"),
    ],
)
def test_without_unit_tail(mention: str, kept: str) -> None:
    assert mention[: without_unit_tail(mention)] == kept


@pytest.mark.parametrize(
    ("text", "model_spans", "expected"),
    [
        pytest.param(
            "The warrants convert at an exchange rate of 1.5930 per dollar.",
            [(44, 61)],
            [("1.5930", None, "no currency", "per dollar")],
            id="ner-span-with-the-unit",
        ),
        pytest.param(
            "It assumed 1.71 Swiss francs to the dollar and 160 yen to the dollar.",
            [],
            [
                ("1.71 Swiss francs", "CHF", None, "per dollar"),
                ("160 yen", "JPY", None, "per dollar"),
            ],
            id="two-rates",
        ),
        pytest.param(
            "The dirham was fixed at 3.671 to the dollar.",
            [],
            [("3.671", None, "no currency", "per dollar")],
            id="bare-rate-without-the-ner",
        ),
    ],
)
def test_exchange_rates_are_unit_prices(
    text: str,
    model_spans: list[tuple[int, int]],
    expected: list[tuple[str, str | None, str | None, str | None]],
) -> None:
    """GUIDELINES.md 4.9: the currency after "per" is the unit, not the amount's currency."""
    found = find_money(text, model_spans)
    assert [
        (text[m.start : m.end], m.value.currency, m.value.reason, m.note) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        pytest.param("was fixed at 3.671 to the dollar", ["3.671"], id="to-the-dollar"),
        pytest.param("unchanged at 812.05 against the\ndollar", ["812.05"], id="against-the"),
        pytest.param("at around 154 to the U.S. Dollar", ["154"], id="us-dollar"),
        pytest.param("refinancing at 4.3 per dollar", ["4.3"], id="per-dollar"),
        pytest.param("rates of 32 and 33 per U.S. Dollar", ["33"], id="only-the-number-before"),
        pytest.param("rose 5 pct to the dollar", [], id="percentage-is-no-rate"),
        pytest.param("1.71 Swiss francs to the dollar", [], id="amount-with-a-currency"),
        pytest.param("in 1986 to the dollar's highs", [], id="a-year"),
        pytest.param("3.5 per share", [], id="unit-no-currency"),
        pytest.param("1/2 to the dollar", [], id="fraction-part"),
    ],
)
def test_exchange_rate_spans(text: str, rates: list[str]) -> None:
    assert [text[s:e] for s, e, _ in exchange_rate_spans(text)] == rates


def test_units_file_integrity() -> None:
    units = entries("money/units.json", "units")
    ids = [e["id"] for e in units]
    assert len(ids) == len(set(ids))
    seen: dict[str, str] = {}
    for e in units:
        assert set(e) <= {"id", "forms", "joined_by", "rate_joined_by"}, e["id"]
        assert re.fullmatch(r"unit\.[a-z]+(?:-[a-z]+)*", e["id"]), e["id"]
        assert e["forms"] and all(f == " ".join(f.lower().split()) for f in e["forms"]), e["id"]
        assert set(e.get("joined_by", ())) <= {"to the"}, e["id"]
        assert set(e.get("rate_joined_by", ())) <= {"against the"}, e["id"]
        assert "joined_by" in e or "rate_joined_by" not in e, e["id"]
        for form in e["forms"]:
            assert seen.setdefault(form, e["id"]) == e["id"], f"{form!r} in two entries"


def test_doctests() -> None:
    result = doctest.testmod(money_units)
    assert result.attempted > 0 and result.failed == 0
