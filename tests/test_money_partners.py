"""The bare side of a money comparison: "420 mln crowns from 300 mln"."""

from __future__ import annotations

import doctest

import pytest

from extract import money_partners
from extract.data_files import entries
from extract.money import find_money


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (text[m.start : m.end], m.rule, m.value.amount, m.value.reason) for m in find_money(text)
    ]


def partners(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_money(text) if m.rule == money_partners.RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("raised equity to 420 mln crowns from 300 mln.", ["300 mln"], id="from"),
        pytest.param(
            "Alcasa earned 487 mln bolivars, as compared to 1985's\n412 mln and net rose to 400 "
            "mln guilders from last year's 302 mln; 261 mln dlrs from January's 129 mln.",
            ["412 mln", "302 mln", "129 mln"],
            id="a-possessive-time-after-the-connector",
        ),
        pytest.param(
            "net profits rose to 72.7 mln guilders, after 62.3 mln in 1985; pretax profits "
            "were 115.3 mln stg after 81.3 mln\npreviously and 9 mln dlrs after 2 mln shares.",
            ["62.3 mln", "81.3 mln"],
            id="after-the-figure-before",
        ),
        pytest.param(
            "Exports totalled 2.4 billion Taka in October, as against\n2.58 billion in September.",
            ["2.58 billion"],
            id="as-against",
        ),
        pytest.param(
            "the deficit will shrink to 1.32 billion dlrs in 1987/88 from 2.40 billion in "
            "1986/87 and 3.33 billion in 1985/86.",
            ["2.40 billion", "3.33 billion"],
            id="split-years-and-a-list-after-the-partner",
        ),
        pytest.param(
            "the budget deficit is 2.9 billion dlrs in 1986/87 and 1.87 billion in 1985/86.",
            ["1.87 billion"],
            id="list-after-the-anchor-and-its-time",
        ),
        pytest.param(
            "the debt compares with 24.5 billion dlrs now and 29 billion at end 1983.",
            ["29 billion"],
            id="list-after-now",
        ),
        pytest.param(
            "a tax credit of 4.2 mln dlrs in quarter vs 2.3 mln a year earlier.",
            ["2.3 mln"],
            id="period-without-the",
        ),
        pytest.param(
            "It earned 129.1 mln dlrs for the third quarter, up from 105.8 mln a year earlier, "
            "and 75.05 mln dlrs in the half ended December 31 from 55.68 mln; 496.7 mln "
            "schillings for 1986, against 354.5 mln in 1985.",
            ["105.8 mln", "55.68 mln", "354.5 mln"],
            id="the-period-reported-before-the-connector",
        ),
        pytest.param(
            "investment of 80 mln U.S. Dlrs in 1987,\n120 mln in 1988, 160 mln in 1989 and 400 mln"
            "\nin 1991.",
            ["120 mln", "160 mln", "400 mln"],
            id="list-run-on-by-commas-after-a-time",
        ),
        pytest.param(
            "sold 5 mln dlrs in 1986, 20 pct more, and 3 mln dlrs last year, 2 mln shares.",
            [],
            id="comma-before-no-bare-amount",
        ),
        pytest.param("sold 5 mln dlrs of stock and 2 mln shares.", [], id="and-without-a-time"),
        pytest.param(
            "Receipts fell to 521 mln stg from 727 mln in April and compared\nwith 500 mln in May"
            " 1986. Lending rose to 4.8 billion dlrs last year from three billion in 1984, and"
            " to 5 mln dlrs from one in 1985.",
            ["727 mln", "500 mln", "three billion"],
            id="a-repeated-connector-after-and-and-a-scaled-number-in-words",
        ),
        pytest.param(
            "exports fell to 5.768 billion dlrs from 5.983 billion in 1985",
            ["5.983 billion"],
            id="follower-in",
        ),
        pytest.param(
            "net earnings were 111.8 mln dlrs against 149.2 mln in 1985",
            ["149.2 mln"],
            id="against",
        ),
        pytest.param(
            "sales were 1.46 billion dlrs compared with 1.29 billion last year",
            ["1.29 billion"],
            id="compared-with",
        ),
        pytest.param("Its profit was 500 mln crowns vs 359 mln last year.", ["359 mln"], id="vs"),
        pytest.param(
            "rights rose to 355 mln ringgit at end-February from 352 mln at end-January and 286 "
            "mln at end-February 1986; reserves were 120.9 mln dlrs at the end of May, compared "
            "with 118.6 mln at the end of April.",
            ["352 mln", "286 mln", "118.6 mln"],
            id="period-end-before-the-connector",
        ),
        pytest.param(
            "Exports rose to 7.1 billion dlrs last year from 4.3 billion in 1985.",
            ["4.3 billion"],
            id="time-phrase-before-the-connector",
        ),
        pytest.param(
            "The surplus was 6.2 billion marks in the third quarter against 4.8 billion.",
            ["4.8 billion"],
            id="period-before-the-connector",
        ),
        pytest.param(
            "It earned 7.1 billion dlrs last year from 4.3 billion shares sold.",
            [],
            id="time-phrase-then-no-money",
        ),
        pytest.param(
            "to 8.54 billion crowns from 5.59\nbillion in 1985", ["5.59\nbillion"], id="line-wrap"
        ),
        pytest.param(
            "pre-tax profits for 1986 to 1.14 billion stg from 953 mln previously.",
            ["953 mln"],
            id="follower-previously",
        ),
        pytest.param(
            "fell to 1.88 billion dlrs, from 2.38 billion.", ["2.38 billion"], id="comma-before"
        ),
        pytest.param("The pound rose to 1.5870 dlrs from 1.5764 yesterday", ["1.5764"], id="rate"),
        pytest.param("the dividend was cut from 3.25 to 2.375 dlrs", ["3.25"], id="opener-before"),
        pytest.param(
            "the figure rose from 2.5 mln dlrs to 3.1 mln in 1986.", ["3.1 mln"], id="opener-around"
        ),
        pytest.param(
            "The 66.5 billion franc reduction mainly reflected a 44.8 billion difference.",
            ["44.8 billion"],
            id="money-noun-after-an-anchor",
        ),
        pytest.param(
            "Reserves rose 4.87 billion dlrs in May, compared with April's 2.8 billion increase.",
            ["2.8 billion"],
            id="money-noun-after-a-possessive",
        ),
        pytest.param(
            "Last year it made a 10.59\nbillion net profit on sales of 2.1 billion yen.",
            ["10.59\nbillion"],
            id="money-noun-before-the-anchor-with-a-modifier",
        ),
        pytest.param(
            "a deficit of 9.4 billion ringgit, down from 11.6 billion in 1986; profit was 5.2 mln "
            "dlrs, up from 4.1 mln.",
            ["11.6 billion", "4.1 mln"],
            id="up-or-down-from",
        ),
        pytest.param(
            "revenues rose to 32.6 billion crowns in the January to July period compared with "
            "31.5 billion in 1986; more than 5,000 billion yen for fiscal 1987, which compares\n"
            "with 2,000 billion.",
            ["31.5 billion", "2,000 billion"],
            id="comparison-a-phrase-away",
        ),
        pytest.param(
            "2.85 dlrs for <Toronto Dominion Bank> against 2.74; 4.67 billion N.Z. Dlrs in the 11"
            " months to February 28 compared with 3.83 billion; over 51 billion U.S. Dlrs on "
            "March 4, compared with 50 billion in mid-February.",
            ["2.74", "3.83 billion", "50 billion"],
            id="comparison-across-a-name-a-count-of-months-and-a-day",
        ),
        pytest.param(
            "The deficit was 3.2 billion dlrs, compared with a forecast of 2.45 billion for "
            "1986/87 and 1.87 billion a year earlier.",
            ["1.87 billion"],
            id="listed-after-money-by-its-subject",
        ),
    ],
)
def test_partner_amounts(text: str, expected: list[str]) -> None:
    assert partners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("it sold 5 mln dlrs of notes from 300 mln shares", id="noun-after"),
        pytest.param("it has sold 5 mln dlrs from 1985 on", id="year"),
        pytest.param("327.1 mln guilders vs 307.5.", id="scale-would-be-lost"),
        pytest.param("140.00 yen against 140.70/80", id="quote-pair"),
        pytest.param("two cts vs one ct", id="currency-after-is-the-patterns"),
        pytest.param("rose to 310 mln from 221 mln in 1985", id="no-currency-on-either-side"),
        pytest.param("rose to 12.5 pct from 10.2 pct", id="percentages"),
        pytest.param("up 5 mln dlrs from March", id="no-amount"),
        pytest.param(
            "Sales were 5 mln dlrs. The company reported a 1.2 mln increase.",
            id="money-noun-in-another-sentence",
        ),
        pytest.param(
            "the 1.0 mln bag shortfall cost 20 mln dlrs", id="money-noun-after-another-noun"
        ),
        pytest.param("a 1.2 mln increase in shares", id="money-noun-without-an-anchor"),
        pytest.param(
            "it paid 5 mln dlrs for 300,000 shares, against 200,000 a year ago",
            id="comparison-across-another-number",
        ),
        pytest.param(
            "Sales were 5 mln dlrs. Output compared with 3 mln a year ago.",
            id="comparison-in-the-next-sentence",
        ),
        pytest.param(
            "Sales were 5 mln dlrs in March; output in April compared with 3 mln.",
            id="comparison-after-a-semicolon",
        ),
        pytest.param(
            "Sales were 5 mln dlrs, and the company, which has long been a leading supplier of "
            "grain to the Soviet Union and other buyers, compared with 3 mln.",
            id="comparison-too-far-away",
        ),
    ],
)
def test_no_partner_amounts(text: str) -> None:
    assert partners(text) == []


def test_partner_is_money_without_currency() -> None:
    text = "raised equity to 420 mln crowns from 300 mln."
    assert found(text) == [
        ("420 mln crowns", "amount-suffix", "420000000", "ambiguous currency"),
        ("300 mln", "comparison-partner", "300000000", "no currency"),
    ]


def test_partners_file_integrity() -> None:
    keys = [("connectors", "form"), ("openers", "form")]
    keys += [(key, "word") for key in ("followers", "nouns", "noun_modifiers", "determiners")]
    for key, field in keys:
        items = entries("money/partners.json", key)
        assert items, key
        assert all(e[field] == e[field].lower() for e in items)
    # A follower ends the amount's phrase; a currency or unit word after it never may.
    followers = {e["word"] for e in entries("money/partners.json", "followers")}
    assert not {"dlrs", "mln", "shares", "tonnes", "pct", "cts"} & followers


def test_doctests() -> None:
    result = doctest.testmod(money_partners)
    assert result.attempted > 0 and result.failed == 0
