"""Dates: the comparison periods of earnings and statistics copy (GUIDELINES §5.5 item 3, §5.7).

"A year earlier", "the year-ago quarter", "the same 1988 period" name the period a figure is
compared with. They are resolved against the period the text reports: a quarter or half
mentioned before them, the period a day ends ("the quarter ended Sept. 30"), or the months a
duration counts ("for the nine months": the year to date). Every sentence is written for these
tests in the style of wire earnings reports; the DCT is 1989-11-02 unless a case says otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from extract import dates_data, dates_references, dates_rule_table
from extract.dates import Dct, find_dates

DCT = "1989-11-02"


def case(text: str, expected: list[tuple[str, str | None]], why: str, dct: str = DCT) -> Any:
    return pytest.param(text, dct, expected, id=why)


COMPARISONS = [
    case(
        "Coast lost $9 million for the quarter ended Sept. 30. It earned $1 million in the "
        "year-ago quarter.",
        [
            ("the quarter", "1989-Q3"),
            ("Sept. 30", "1989-09-30"),
            ("the year-ago quarter", "1988-Q3"),
        ],
        "period-end-day-stands-for-its-quarter",
    ),
    case(
        "Sales for the quarter ended Oct. 1 rose from $9 million a year earlier.",
        [("the quarter", "1989-Q3"), ("Oct. 1", "1989-10-01"), ("a year earlier", "1988-Q3")],
        "52-week-quarter-end-is-the-calendar-quarter",
    ),
    case(
        "Net rose to $3 million for the fourth quarter ended Aug. 26. A year earlier it earned "
        "$2 million.",
        [
            ("the fourth quarter", "1989-Q4"),
            ("Aug. 26", "1989-08-26"),
            ("A year earlier", "1988-Q4"),
        ],
        "numbered-quarter-ended-is-the-reference-as-written",
    ),
    case(
        "Net for the third quarter fell from $9 million in the year earlier quarter.",
        [("the third quarter", "1989-Q3"), ("the year earlier quarter", "1988-Q3")],
        "year-earlier-written-apart-before-its-noun",
    ),
    case(
        "It lost $10 million in the second quarter ended March 29, 1986, and earned $2 million "
        "in the third quarter ended June 28, 1986.",
        [
            ("the second quarter", "1986-Q2"),
            ("March 29, 1986", "1986-03-29"),
            ("the third quarter", "1986-Q3"),
            ("June 28, 1986", "1986-06-28"),
        ],
        "numbered-quarter-is-of-the-year-of-the-day-that-ends-it",
    ),
    case(
        "Net rose to $3 million for the quarter ended Aug. 26. A year earlier it earned $2 "
        "million.",
        [("the quarter", "1989-Q3"), ("Aug. 26", "1989-08-26"), ("A year earlier", "1988-08-26")],
        "fiscal-quarter-end-stays-a-day",
    ),
    case(
        "GDP grew at an annual 1.8 pct in the quarter to September.",
        [("the quarter", "1986-Q3"), ("September", "1986-09")],
        "quarter-to-a-month-is-the-quarter-it-ends",
        dct="1987-03-18",
    ),
    case(
        "Orders in the quarter ended Jan 31 rose 15 pct.",
        [("the quarter", "1986-Q4"), ("Jan 31", "1987-01-31")],
        "fiscal-quarter-ended-is-the-calendar-quarter-it-mostly-covers",
        dct="1987-05-02",
    ),
    case(
        "Telxon expects revenues for the quarter ending March 31 to rise.",
        [("the quarter", "1987-Q1"), ("March 31", "1987-03-31")],
        "quarter-ending-is-the-one-it-ends-not-the-last-reported",
        dct="1987-03-03",
    ),
    case(
        "Profit for the year ended March 31, 1989, fell from a year earlier.",
        [("the year", "P1Y"), ("March 31, 1989", "1989-03-31"), ("a year earlier", "1988")],
        "year-is-named-by-its-end",
    ),
    case(
        "Net rose in the third quarter. For the nine months, net was $5 million, against $4 "
        "million a year earlier.",
        [("the third quarter", "1989-Q3"), ("the nine months", "P9M"), ("a year earlier", "1988")],
        "nine-months-compare-years-to-date",
    ),
    case(
        "Sales in the two months ended Nov. 30, 1988 rose from the same period a year ago.",
        [
            ("the two months", "P2M"),
            ("Nov. 30, 1988", "1988-11-30"),
            ("the same period a year ago", "1987"),
        ],
        "other-months-ended-compare-as-their-year",
    ),
    case(
        "Pre-tax profit for the first six months of 1989 rose 6% from the year-ago figure.",
        [("the first six months of 1989", "P6M"), ("year-ago", "1988-H1")],
        "anchored-half-is-the-reference",
    ),
    case(
        "Sales in the second quarter fell from the same year-ago period, and margins from the "
        "corresponding year ago quarter.",
        [
            ("the second quarter", "1989-Q2"),
            ("the same year-ago period", "1988-Q2"),
            ("the corresponding year ago quarter", "1988-Q2"),
        ],
        "same-year-ago-period-is-one-expression",
    ),
    case(
        "Net rose in the first quarter and should improve in the remainder of the year. The "
        "unit doubled its contribution from the year ago quarter.",
        [
            ("the first quarter", "1989-Q1"),
            ("the remainder of the year", "1989"),
            ("the year ago quarter", "1988-Q1"),
        ],
        "the-rest-of-the-year-is-no-reference",
    ),
    case(
        "March load factor fell from the comparable year-ago period.",
        [("March", "1989-03"), ("the comparable year-ago period", "1988-03")],
        "comparable-year-ago-period-after-a-month",
    ),
    case(
        "Turnover fell in the last three months of 1988 from the same 1987 period.",
        [("the last three months of 1988", "P3M"), ("the same 1987 period", "1987-Q4")],
        "last-months-of-a-year-are-its-end",
    ),
    case(
        "Net rose in the third quarter. Kirschner earned $376,000 in the 1988 quarter.",
        [("the third quarter", "1989-Q3"), ("the 1988 quarter", "1988-Q3")],
        "year-quarter-takes-the-quarter-reported",
    ),
    case(
        "Orders rose in the second quarter from the same quarter of 1987.",
        [("the second quarter", "1989-Q2"), ("the same quarter of 1987", "1987-Q2")],
        "same-quarter-of-a-year",
    ),
    case(
        "Exports rose in 1989 from the 1988 period.",
        [("1989", "1989"), ("the 1988 period", "1988")],
        "year-period-without-a-quarter-stays-the-year",
    ),
    case(
        "Sales in the third quarter rose from the same period of 1988, and margins fell from "
        "a year earlier.",
        [
            ("the third quarter", "1989-Q3"),
            ("the same period of 1988", "1988-Q3"),
            ("a year earlier", "1988-Q3"),
        ],
        "comparison-period-is-no-reference",
    ),
    case(
        "March sales rose 5% from the same month last year, and the fourth quarter last year "
        "was weak.",
        [
            ("March", "1989-03"),
            ("the same month last year", "1988-03"),
            ("the fourth quarter last year", "1988-Q4"),
        ],
        "same-month-last-year-and-a-quarter-last-year",
    ),
    case(
        "Sales rose 8.9 pct in January over the same month in 1988, and exports in the first "
        "quarter fell from the same month of 1988.",
        [
            ("January", "1989-01"),
            ("the same month in 1988", "1988-01"),
            ("the first quarter", "1989-Q1"),
            ("the same month of 1988", "1988"),
        ],
        "same-month-of-a-year-after-a-month-only",
    ),
    case(
        "Output in January and February rose from the same months of 1988.",
        [("January", "1989-01"), ("February", "1989-02"), ("the same months of 1988", "1988")],
        "same-months-of-a-year-stay-the-year",
    ),
    case(
        "Net fell in the third quarter from the corresponding period last year; for the "
        "quarter a year ago it had earned $1 million, and U.K. sales for last year's quarter "
        "were $3 million.",
        [
            ("the third quarter", "1989-Q3"),
            ("the corresponding period last year", "1988-Q3"),
            ("the quarter a year ago", "1988-Q3"),
            ("last year's quarter", "1988-Q3"),
        ],
        "corresponding-period-quarter-a-year-ago-last-years-quarter",
    ),
    case(
        "Net fell in this year's third quarter, as for the current year; U.K. sales for last"
        " year's quarter were $3 million.",
        [
            ("this year's third quarter", "1989-Q3"),
            ("the current year", "1989"),
            ("last year's quarter", "1988-Q3"),
        ],
        "last-years-quarter-after-a-year-is-the-quarter-talked-of-a-year-back",
    ),
    case(
        "Weekly loadings rose 7 pct from the comparable week of last year.",
        [("Weekly", "P1W"), ("the comparable week of last year", None)],
        "comparable-week-without-a-reference-abstains",
    ),
    case(
        "Sales rose from the same period last year.",
        [("the same period last year", None)],
        "same-period-without-a-reference-abstains",
    ),
    case(
        "Net rose in the third quarter, against a loss in the year-ago second quarter.",
        [("the third quarter", "1989-Q3"), ("the year-ago second quarter", "1988-Q2")],
        "year-ago-ordinal-quarter",
    ),
    case(
        "Net rose in the third quarter from 3 mln in the year ago quarter and 2 mln in the "
        "year ago first quarter.",
        [
            ("the third quarter", "1989-Q3"),
            ("the year ago quarter", "1988-Q3"),
            ("the year ago first quarter", "1988-Q1"),
        ],
        "year-ago-written-apart",
    ),
    case(
        "It lost 558,800 dlrs in its final 1988 quarter, against 469,200 dlrs in the same 1987 "
        "quarter, and earned more in the first 1989 quarter.",
        [
            ("final 1988 quarter", "1988-Q4"),
            ("the same 1987 quarter", "1987-Q4"),
            ("the first 1989 quarter", "1989-Q1"),
        ],
        "ordinal-year-quarter",
    ),
    case(
        "Sales in the second quarter will exceed year ago sales. In the year-ago quarter it "
        "earned 191,000 dlrs.",
        [
            # said in November: last June's quarter is too long over for a forecast of it
            ("the second quarter", "1990-Q2"),
            ("year ago", "1988"),
            ("the year-ago quarter", "1989-Q2"),
        ],
        "a-bare-year-ago-label-is-no-reference",
    ),
    case(
        "Stocks 7743 this week, Week Ago 7690, Year Ago 6200.",
        [("this week", "1989-W44"), ("Week Ago", "1989-W43"), ("Year Ago", "1988")],
        "table-labels-week-ago-year-ago",
    ),
    case(
        "In the two weeks ended Oct. 25, reserves fell from $1 billion two weeks earlier.",
        [("the two weeks", "P2W"), ("Oct. 25", "1989-10-25"), ("two weeks earlier", "1989-10-11")],
        "weeks-ended-counts-from-its-last-day",
    ),
    case(
        "Net for the third quarter fell, and prior-year results were restated. Prior year net "
        "excludes a gain; earnings fell from the prior-year quarter.",
        [
            ("the third quarter", "1989-Q3"),
            ("prior-year", "1988-Q3"),
            ("Prior year", "1988-Q3"),
            ("the prior-year quarter", "1988-Q3"),
        ],
        "prior-year-compound-is-year-earlier",
    ),
    case(
        "It reported a full year loss against a prior year profit. Full-year results exclude a "
        "gain. Full year earnings will rise. It had a full year of operation.",
        [
            ("full year", "1989"),
            ("prior year", None),
            ("Full-year", "1989"),
            ("Full year", "1990"),
            ("a full year", "P1Y"),
        ],
        "full-year-compound-is-the-reported-year-its-article-the-nouns",
        dct="1990-02-10",
    ),
]


# Periods named in full (GUIDELINES §5.2: the determiner and the head noun are inside).
PERIODS = [
    case(
        "Debt repayments were stretched over a 17-year period.",
        [("a 17-year period", "P17Y")],
        "count-unit-period",
    ),
    case(
        "Sales for the five-week period ended April 4 rose from a year earlier.",
        [
            ("the five-week period", "P5W"),
            ("April 4", "1989-04-04"),
            ("a year earlier", "1988-04-04"),
        ],
        "weeks-period-ended",
    ),
    case(
        "The audit results should be out in mid to late April 1990. The talks began in "
        "early-to-mid March.",
        [("mid to late April 1990", "1990-04"), ("early-to-mid March", "1989-03")],
        "two-positions-in-one-span",
    ),
    case(
        "Lending was limited in the July/September period, and Jul/Aug spreads narrowed.",
        [("the July/September period", "1989")],
        "slash-range-with-its-noun-but-no-bare-spread",
    ),
    case(
        "Turnover rose over a five year period and in the first half fiscal 1989.",
        [("a five year period", "P5Y"), ("the first half fiscal 1989", "1989-H1")],
        "unhyphenated-period-and-fiscal-half",
    ),
    case(
        "India bought sugar for April/May shipment, after a slump in the early part of this year.",
        [("April/May", "1990"), ("the early part of this year", "1989")],
        "shipment-months-and-part-of-the-year",
    ),
    case(
        "Growth should pick up in the last half of 1989.",
        [("the last half of 1989", "1989-H2")],
        "last-half-of-a-year",
    ),
    case(
        "The plant stays shut for the last half hour of each shift.",
        [("the last half hour", "PT30M")],
        "last-half-hour-is-a-length-and-no-half-year",
    ),
    case(
        "The surplus in the first 20 days of February rose from a year earlier.",
        [("the first 20 days of February", "P20D"), ("a year earlier", "1988-02")],
        "days-opening-a-month-stand-for-it",
    ),
    case(
        "It expects losses in at least the first two quarters of 1990.",
        [("at least the first two quarters of 1990", "P6M")],
        "first-quarters-of-a-year-with-hedge",
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), COMPARISONS + PERIODS)
def test_comparison_periods(text: str, dct: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, Dct(dct, "metadata"))
    assert [(text[m.start : m.end], m.timex.value) for m in found] == expected


def test_fiscal_quarters_and_halves_have_no_calendar_span() -> None:
    text = "Net rose in the first quarter fiscal 1989 and the second half of fiscal 1988."
    found = find_dates(text, Dct(DCT, "metadata"))
    assert [(m.timex.value, m.timex.interval_start, m.timex.reason) for m in found] == [
        ("1989-Q1", None, "fiscal quarter: calendar span unknown"),
        ("1988-H2", None, "fiscal year: calendar span unknown"),
    ]


def test_numbered_periods_after_a_fiscal_quarter_are_of_its_fiscal_year() -> None:
    text = (
        "Mills reported results for the third quarter ended February 22, and expects the "
        "momentum to continue in the fourth quarter. Charges in the final quarter will offset "
        "gains of the first half. Last year's third quarter was weak."
    )
    found = find_dates(text, Dct("1987-03-13", "metadata"))
    fiscal_q, fiscal_h = (
        "fiscal quarter: calendar span unknown",
        "fiscal half: calendar span unknown",
    )
    assert [(text[m.start : m.end], m.timex.value, m.timex.reason) for m in found] == [
        ("the third quarter", "1987-Q3", fiscal_q),
        ("February 22", "1987-02-22", None),
        ("the fourth quarter", "1987-Q4", fiscal_q),
        ("the final quarter", "1987-Q4", fiscal_q),
        ("the first half", "1987-H1", fiscal_h),
        ("Last year's third quarter", "1986-Q3", None),
    ]


def test_last_months_of_a_year_span_its_end() -> None:
    text = "Turnover fell in the last three months of 1988."
    (found,) = find_dates(text, Dct(DCT, "metadata"))
    assert (found.timex.interval_start, found.timex.interval_end) == ("1988-10-01", "1988-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It needs 50 mln in the last three months of this financial year.",
            [("P3M", None, None), ("1989", None, "fiscal year: calendar span unknown")],
            id="months-of-another-period-than-the-dcts",
        ),
        pytest.param(
            "The notes pay 9 pct for the first two years.",
            [("P2Y", None, None)],
            id="first-years-of-no-named-period",
        ),
        pytest.param(
            "Sales rose in the first four months of the current year.",
            [("P4M", "1989-01-01", None), ("1989", "1989-01-01", None)],
            id="months-of-the-current-year-are-the-dcts",
        ),
        pytest.param(
            "Turnover fell over the last two years.",
            [("P2Y", "1987-11-02", None)],
            id="last-years-up-to-the-dct",
        ),
    ],
)
def test_anchored_lengths_of_other_periods(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    found = find_dates(text, Dct(DCT, "metadata"))
    assert [(m.timex.value, m.timex.interval_start, m.timex.reason) for m in found] == expected


def test_comparison_data_is_well_formed() -> None:
    data = dates_data.read_json("anaphora.json")
    known = {r.id for r in dates_rule_table.rules()}
    assert set(data["not_references"]["rules"]) <= known
    assert set(data["quarters_ended"]["rules"]) <= known
    assert data["quarters_ended"]["id"].startswith("anaphora.")
    ends = data["period_ends"]
    assert len({e["id"] for e in ends}) == len(ends)
    assert all(e["granularity"] in dates_references.GRANULARITY for e in ends)
    assert dates_references.period_end("for the nine-month period ended ", 32) == "Y"
