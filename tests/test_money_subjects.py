"""Bare amounts of a change whose subject is money: "earnings rose to 310 mln from 221 mln"."""

from __future__ import annotations

import doctest

import pytest

from extract import money_subjects
from extract.data_files import entries
from extract.money import find_money


def subjects(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (text[m.start : m.end], m.value.amount, m.value.reason)
        for m in find_money(text)
        if m.rule == money_subjects.RULE
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "performance was best reflected by earnings after writeoffs, which rose to 310 mln\n"
            "from 221 mln in 1985.",
            [("310 mln", "310000000", "no currency"), ("221 mln", "221000000", "no currency")],
            id="relative-clause-after-the-money-noun",
        ),
        pytest.param(
            "Payments in 1988 were cut to 400 mln from 1.20 billion.",
            [
                ("400 mln", "400000000", "no currency"),
                ("1.20 billion", "1200000000", "no currency"),
            ],
            id="passive-change",
        ),
        pytest.param(
            "Deposits of non-bank customers increased from 33.8 billion to 34.9 billion.",
            [
                ("33.8 billion", "33800000000", "no currency"),
                ("34.9 billion", "34900000000", "no currency"),
            ],
            id="from-then-to",
        ),
        pytest.param(
            "Parent turnover fell\n8.5 pct to 18.72 billion.",
            [("18.72 billion", "18720000000", "no currency")],
            id="one-amount-after-to",
        ),
        pytest.param(
            "net income of 4,572,000 dlrs, on\nrevenues of 35.0 mln.",
            [("35.0 mln", "35000000", "no currency")],
            id="the-noun-of-an-amount",
        ),
        pytest.param(
            "Its 50 pct pre-tax share of the loss was 82.5 mln, and revenues totalled 35 mln.",
            [("82.5 mln", "82500000", "no currency"), ("35 mln", "35000000", "no currency")],
            id="what-money-was-or-totalled",
        ),
        pytest.param(
            "NOTE: 1986 net includes loss from discontinued operations of 114,887 or four cts.",
            [("114,887", "114887", "no currency")],
            id="a-full-figure-of-an-earnings-note",
        ),
        pytest.param(
            "Note: Oper excludes tax credits of 517,916 vs 198,000 for the year.",
            [("517,916", "517916", "no currency")],
            id="a-full-figure-and-its-comparison-partner",
        ),
    ],
)
def test_changes_of_money(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Revenue passenger miles grew 24.1 pct in February to 923.2 mln from 743.8 mln.",
            id="count-nearer-than-the-money-noun",
        ),
        pytest.param(
            "It seeks an increase in authorized common shares to 500 mln from 40 mln.",
            id="shares",
        ),
        pytest.param("Exports fell to 3.75 mln from 3.89 mln tonnes.", id="unit-after-the-amount"),
        pytest.param("Oil imports rose to 425 mln from 352 mln.", id="imports-may-be-tonnes"),
        pytest.param("Sales rose. Boardings rose to 3.5 mln from 3.2 mln.", id="other-sentence"),
        pytest.param(
            "The number of loans rose to 3.5 mln from 3.2 mln.", id="count-heading-a-money-noun"
        ),
        pytest.param("Sales rose to 310 from 221.", id="no-scale"),
        pytest.param("compared with domestic car sales of 7.3 mln.", id="count-before-the-noun"),
        pytest.param("Advances led in share turnover of\n1.8 billion.", id="shares-turnover"),
        pytest.param("Sales rose to 310 mln shares.", id="one-amount-with-a-unit"),
        pytest.param("Profit rose to 12.5 pct from 10.2 pct.", id="percentages"),
        pytest.param("Sales volume was 12 mln.", id="a-volume-was-a-count"),
        pytest.param("Shares outstanding were 12 mln.", id="shares-were-a-count"),
        pytest.param("February sales of its Excel car totaled 18,656.", id="full-figure-of-sales"),
        pytest.param(
            "revenues of 1.35 billion dlrs, 1,825 partners and a total staff of 16,500.",
            id="full-figure-far-from-the-money-noun",
        ),
        pytest.param("Year to date sales totaled 102,751.", id="full-figure-not-after-of"),
    ],
)
def test_no_money(text: str) -> None:
    assert subjects(text) == []


def test_an_amount_with_its_currency_is_read_by_its_pattern() -> None:
    text = "Sales rose to 8.54 billion crowns from 5.59 billion."
    assert [(text[m.start : m.end], m.rule) for m in find_money(text)] == [
        ("8.54 billion crowns", "amount-suffix"),
        ("5.59 billion", "comparison-partner"),
    ]


def test_subjects_file_integrity() -> None:
    money = {e["word"] for e in entries("money/subjects.json", "money_nouns")}
    other = {e["word"] for e in entries("money/subjects.json", "other_nouns")}
    assert money and other and not money & other
    assert all(w.isalpha() and w == w.lower() for w in money | other)
    listed = [
        (key, e)
        for key in ("money_nouns", "other_nouns")
        for e in entries("money/subjects.json", key)
    ]
    ids = [e["id"] for _, e in listed]
    assert len(ids) == len(set(ids))
    prefix = {"money_nouns": "money-noun.", "other_nouns": "other-noun."}
    modifiers = entries("money/subjects.json", "count_modifiers")
    assert modifiers and all(e["id"] == "count-modifier." + e["word"] for e in modifiers)
    also = entries("money/subjects.json", "also_counts")
    assert also and all(e["id"] == "also-counts." + e["word"] and e["word"] in money for e in also)
    assert all(e["id"] == prefix[key] + e["word"] for key, e in listed)


def test_doctests() -> None:
    result = doctest.testmod(money_subjects)
    assert result.attempted > 0 and result.failed == 0
