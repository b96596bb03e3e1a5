"""Results-table amounts: money whose currency wire copy leaves out."""

from __future__ import annotations

import doctest
import json
import re
from importlib import resources

import pytest

from extract import money_statements
from extract.money import find_money
from extract.money_statements import count_lines, non_money_words, statement_spans


def amounts(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in statement_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("    Net 2.9 mln vs 1.5 mln\n", ["2.9 mln", "1.5 mln"], id="scaled"),
        pytest.param(
            "    Net profit 5.1 mln vs 11.4 mln loss\n    Oper net 42.0 mln vs 42.0 mln debit\n",
            ["5.1 mln", "11.4 mln", "42.0 mln", "42.0 mln"],
            id="amount-before-the-way-it-went",
        ),
        pytest.param(
            "    Revs 104,606,000 vs 110,311,000", ["104,606,000", "110,311,000"], id="digits"
        ),
        pytest.param(
            "    Oper net profit 3,376,000 vs loss 5,086,000",
            ["3,376,000", "5,086,000"],
            id="profit-and-loss-words",
        ),
        pytest.param(
            "    Tax 186 mln vs 184 mln, making 552 mln vs 547 mln.",
            ["186 mln", "184 mln", "552 mln", "547 mln"],
            id="running-total",
        ),
        pytest.param(
            "    Share of profits of associates 21.1 mln vs 37.9 mln",
            ["21.1 mln", "37.9 mln"],
            id="long-label",
        ),
        pytest.param(
            "    Costs 152.2 mln vs\n    123.1 mln\n    Loss 10.8\n    Mln vs 77.7 mln profit\n",
            ["152.2 mln", "123.1 mln", "10.8\n    Mln", "77.7 mln"],
            id="a-line-the-wire-wrapped",
        ),
        pytest.param(
            "Costs 152.2 mln vs\n\n123.1 mln\n\nBank total 372.5 billion vs 348.2\n\nBillion",
            ["152.2 mln", "123.1 mln", "372.5 billion", "348.2\n\nBillion"],
            id="a-wrapped-line-cleaning-made-two-paragraphs",
        ),
    ],
)
def test_statement_amounts(text: str, expected: list[str]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("    Avg shrs 51.7 mln vs 43.4 mln", id="share-count"),
        pytest.param("    Units 8,413,000 vs 7,557,000", id="unit-count"),
        pytest.param("    Qtr ended March 31 1987 vs 1986", id="date-header"),
        pytest.param("    Operating margin 12.5 pct vs 11.0 pct", id="percentages"),
        pytest.param("planted at 79,300 cwts, vs 77,400 cwts last year", id="prose-continuation"),
        pytest.param("    Net 2.9 mln compared with 1.5 mln", id="no-vs"),
        pytest.param("    Shr 20 cts vs 15 cts", id="currency-after-is-the-patterns"),
    ],
)
def test_no_statement_amounts(text: str) -> None:
    assert amounts(text) == []


def test_find_money_reads_statement_amounts_without_currency() -> None:
    text = "    Shr 1.20 dlrs vs 1.06 dlrs\n    Net 2.9 mln vs 1.5 mln\n"
    found = [
        (text[m.start : m.end], m.rule, m.value.currency, m.value.reason) for m in find_money(text)
    ]
    assert found == [
        ("1.20 dlrs", "amount-suffix", "USD", None),
        ("1.06 dlrs", "amount-suffix", "USD", None),
        ("2.9 mln", "statement", None, "no currency"),
        ("1.5 mln", "statement", None, "no currency"),
    ]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        pytest.param("    Avg shrs 51.6 mln vs 47.1 mln\n", [], id="share-count-line"),
        pytest.param("    Avg shrs 51.6 mln\n", [], id="share-count-line-alone"),
        pytest.param("    Net 2.9 mln vs 1.5 mln\n", ["2.9 mln", "1.5 mln"], id="results-line"),
        pytest.param(
            "    Bayer's shares fell 13 marks to close at 292.\n",
            ["13 marks"],
            id="prose-with-shares",
        ),
    ],
)
def test_model_money_on_count_lines_is_none(text: str, amounts: list[str]) -> None:
    """The NER's MONEY on a line whose label counts something else is no money, unless its
    currency says so (GUIDELINES.md 4.1: share counts are not money)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[\d.,]+ (?:mln|marks)", text)]
    assert [text[m.start : m.end] for m in find_money(text, spans)] == amounts
    assert all(text[s:e].strip() for s, e in count_lines(text))


def test_statements_file_integrity() -> None:
    path = resources.files("extract") / "data" / "money" / "statements.json"
    data = json.loads(path.read_text("utf-8"))
    entries = data["non_money_words"] + data["result_words"]
    assert len({e["id"] for e in entries}) == len(entries)
    assert all(e["word"] == e["word"].lower() and e["word"].isalpha() for e in entries)
    # The labels of money lines must stay money: none of their words may be listed.
    assert not {"net", "revs", "sales", "profit", "loss", "tax", "assets"} & non_money_words()


def test_doctests() -> None:
    result = doctest.testmod(money_statements)
    assert result.attempted > 0 and result.failed == 0
