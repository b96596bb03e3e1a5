"""Tests of extract.percentages: the mentions found and the number each one gives.

The phrasings are Reuters-21578 ("pct", fractions in eighths), the seed articles ("percent") and
Wall Street Journal copy ("6 3/8%"); expected values were written by reading each phrase.
"""

from __future__ import annotations

import doctest

import pytest

from extract import money_numbers, percentages
from extract.percentages import find_percents, parse_percent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("81 percent", "81", id="seed-percent"),
        pytest.param("90 percent", "90", id="seed-forgave-90-percent"),
        pytest.param("90 pct", "90", id="reuters-pct"),
        pytest.param("3.9375 pct", "3.9375", id="reuters-decimal-pct"),
        pytest.param("14.1 pct", "14.1", id="reuters-pct-decimal"),
        pytest.param("4.5%", "4.5", id="percent-sign"),
        pytest.param("73.0 pct", "73", id="reuters-trailing-zero"),
        pytest.param("about 15 per cent", "15", id="per-cent-with-hedge"),
        pytest.param("-2.5%", "-2.5", id="negative"),
        pytest.param("ninety percent", "90", id="words"),
        pytest.param("half a percent", "0.5", id="half-a-percent"),
        pytest.param("7-1/2 pct", "7.5", id="reuters-fraction-pct"),
        pytest.param("9-7/8 pct", "9.875", id="reuters-eighths-pct"),
        pytest.param("6 3/8%", "6.375", id="wsj-mixed-fraction-with-a-space"),
        pytest.param("16 3/16 pct", "16.1875", id="sixteenths-with-a-space"),
        pytest.param("one-pct", "1", id="a-hyphen-before-the-sign"),
        pytest.param("20 pct or more", "20", id="a-hedge-after-keeps-the-number"),
        pytest.param("5 percentage points", None, id="points-are-not-a-percentage"),
        pytest.param("3.85/95 pct", None, id="quote-pair-has-no-one-number"),
        pytest.param("$225 million", None, id="money-is-not-percent"),
        pytest.param("in 1991", None, id="year"),
    ],
)
def test_parse_percent(text: str, expected: str | None) -> None:
    assert parse_percent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Profit rose 49 pct in the quarter.", ["49 pct"], id="reuters-pct"),
        pytest.param("It holds up to 20 pct of the shares.", ["up to 20 pct"], id="hedged"),
        pytest.param("a 92%-owned unit", ["92%"], id="percent-sign-in-compound"),
        pytest.param("Inflation was 4.5 per cent.", ["4.5 per cent"], id="per-cent"),
        pytest.param(
            "Rates fell half a percentage point, then one percentage\npoint.",
            ["half a percentage point", "one percentage\npoint"],
            id="percentage-points-are-percent-mentions",
        ),
        pytest.param(
            "a half percentage point drop, a one-quarter percentage point rise, half pct",
            ["half percentage point", "one-quarter percentage point"],
            id="a-fraction-word-before-percentage-points",
        ),
        pytest.param(
            "rates ranging from 20 to 30 pct", ["20 to 30 pct"], id="range-after-ranging-from"
        ),
        pytest.param(
            "call money at 3.85/95 pct and 13.75/14.00 pct, 1/8 pct",
            ["3.85/95 pct", "13.75/14.00 pct", "1/8 pct"],
            id="money-market-quote-is-one-mention",
        ),
        pytest.param("Model A4%", [], id="inside-a-word"),
        pytest.param("fell 3/4 to\none pct", ["3/4 to\none pct"], id="range-to-a-word"),
        pytest.param("was 18-3/4 to 19 pct", ["18-3/4 to 19 pct"], id="range-from-a-fraction"),
        pytest.param("rose 5-6 pct", ["5-6 pct"], id="range-with-a-hyphen"),
        pytest.param(
            "margins of between 3/8 and 5/8 pct", ["between 3/8 and 5/8 pct"], id="range-between"
        ),
        pytest.param("about 5 to 6 pct", ["about 5 to 6 pct"], id="range-with-a-hedge"),
        pytest.param("rose from 5 to 6 pct", ["6 pct"], id="change-from-is-no-range"),
        pytest.param("cut by 1/4 to 6-1/2 pct", ["6-1/2 pct"], id="change-by-is-no-range"),
        pytest.param(
            "reduce them by 65  to\n70 pct",
            ["65  to\n70 pct"],
            id="changes-by-close-numbers-are-a-range",
        ),
        pytest.param("fell 0.5 to 0.2 pct", ["0.2 pct"], id="falling-numbers-are-no-range"),
        pytest.param("5 and 6 pct", ["6 pct"], id="and-only-after-between"),
        pytest.param("Sixty-seven pct", ["Sixty-seven pct"], id="hyphenated-number-is-no-range"),
        pytest.param("10 pct in M-1 and five pct", ["10 pct", "five pct"], id="no-range-in-a-name"),
        pytest.param(
            "a 7-1/2 pct rise, 3/8 pct", ["7-1/2 pct", "3/8 pct"], id="reuters-fraction-pct"
        ),
        pytest.param("a 15% to 20% stake", ["15% to 20%"], id="range-with-a-sign-on-each-end"),
        pytest.param(
            "yields of 6 3/8% and 12 3/4%; traded at the 11-1/4 1/8 pct",
            ["6 3/8%", "12 3/4%", "1/8 pct"],
            id="mixed-fraction-with-a-space-but-not-inside-a-quote",
        ),
        pytest.param("from 1987 3/4 pct", ["3/4 pct"], id="no-mixed-fraction-of-a-year"),
        pytest.param(
            "inflation of no higher than 20 pct, no lower than 5 pct",
            ["no higher than 20 pct", "no lower than 5 pct"],
            id="a-negated-comparison-is-one-hedge",
        ),
        pytest.param(
            "rose from 15% to 20%, cut by 0.5 pct to 4.5 pct, 3% and 4%",
            ["15%", "20%", "0.5 pct", "4.5 pct", "3%", "4%"],
            id="signs-on-each-end-of-no-range-are-two",
        ),
        pytest.param(
            "a 50-pct stake, all one-pct lower", ["50-pct", "one-pct"], id="hyphen-before-the-sign"
        ),
        pytest.param(
            "holders of 20 pct or more, rates of 4.0 pct or so",
            ["20 pct or more", "4.0 pct or so"],
            id="a-hedge-after-the-sign",
        ),
    ],
)
def test_find_percents(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in find_percents(text)] == expected


@pytest.mark.parametrize("module", [percentages, money_numbers], ids=lambda m: m.__name__)
def test_doctests(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0
