"""Dates: a bare day listed beside a dated day takes its month, a weekday listed after another
comes after it, and an ordinal listed before a quarter or half is one (``extract.dates_lists``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from extract.dates import Dct, find_dates
from extract.dates_data import read_json


def case(text: str, dct: str, expected: list[tuple[str, str | None]], why: str) -> Any:
    return pytest.param(text, dct, expected, id=why)


LISTS = [
    case(
        "EC foreign ministers will meet on May 25 and 26 to review trade.",
        "1987-05-20",
        [("May 25", "1987-05-25"), ("26", "1987-05-26")],
        "day-and-day-before-to",
    ),
    case(
        "It bought shares on October 15 and 16 at 10.75 dlrs a share.",
        "1987-10-20",
        [("October 15", "1987-10-15"), ("16", "1987-10-16")],
        "day-and-day-before-at",
    ),
    case(
        "Hearings were held on March 3rd and 4th.",
        "1987-03-20",
        [("March 3rd", "1987-03-03"), ("4th", "1987-03-04")],
        "ordinal-days-before-a-full-stop",
    ),
    case(
        "He bought on March 3 and 4 mln shares were sold.",
        "1987-03-20",
        [("March 3", "1987-03-03")],
        "a-count-after-and-is-no-day",
    ),
    case(
        "Prices were between 10 and 12 dlrs on May 5.",
        "1987-05-20",
        [("May 5", "1987-05-05")],
        "no-dated-day-before-no-listed-day",
    ),
    case(
        "Shares will be suspended on April 6 and April 7.",
        "1987-04-01",
        [("April 6", "1987-04-06"), ("April 7", "1987-04-07")],
        "a-second-day-with-its-month-is-its-own-date",
    ),
    case(
        "Talks will be held in Moscow on 7 and 8 November.",
        "2023-11-01",
        [("7", "2023-11-07"), ("8 November", "2023-11-08")],
        "day-first-listed-day-before-the-date",
    ),
    case(
        "The index rose 7 and 8 November trading sessions.",
        "2023-11-20",
        [("8 November", "2023-11-08")],
        "day-first-without-a-preposition-is-no-list",
    ),
    case(
        "The ministers met on 30 and 31 April in Brussels.",
        "1987-05-20",
        [("April", "1987-04")],
        "day-first-no-such-date-lists-no-day",
    ),
    case(
        "The ministers met on April 30 and 31 in Brussels.",
        "1987-05-20",
        [("April 30", "1987-04-30")],
        "no-such-day-no-listed-day",
    ),
    case(
        "A strike calendar had been set for April 2, 7, 8, 21 and 22.",
        "1987-03-20",
        [
            ("April 2", "1987-04-02"),
            ("7", "1987-04-07"),
            ("8", "1987-04-08"),
            ("21", "1987-04-21"),
            ("22", "1987-04-22"),
        ],
        "days-listed-with-commas",
    ),
    case(
        "On March 13, 2 and 5 the plants shut.",
        "1987-03-20",
        [("March 13", "1987-03-13")],
        "numbers-out-of-order-are-no-listed-days",
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), LISTS)
def test_listed_days(text: str, dct: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, Dct(dct, "metadata"))
    assert [(text[m.start : m.end], m.timex.value) for m in found] == expected


WEEKDAYS = [
    case(
        "Meetings at a more senior level are scheduled for Thursday and\nFriday.",
        "1987-04-03",  # a Friday
        [("Thursday", "1987-04-09"), ("Friday", "1987-04-10")],
        "future-list-said-on-its-last-weekday-is-next-week",
    ),
    case(
        "Talks were held on Thursday and Friday.",
        "1987-04-03",
        [("Thursday", "1987-04-02"), ("Friday", "1987-04-03")],
        "past-list-keeps-the-dct-day",
    ),
    case(
        "Trading will resume Monday, Tuesday or Wednesday.",
        "1987-04-07",  # a Tuesday
        [("Monday", "1987-04-13"), ("Tuesday", "1987-04-14"), ("Wednesday", "1987-04-15")],
        "each-weekday-after-the-one-before",
    ),
    case(
        "Banks will open from Sunday to\nThursday.",
        "1987-04-01",  # a Wednesday
        [("Sunday", "1987-04-05"), ("Thursday", "1987-04-09")],
        "a-week-ahead-of-the-dct-is-after-the-first",
    ),
    case(
        "It fell Friday after rising Thursday.",
        "1987-04-03",
        [("Friday", "1987-04-03"), ("Thursday", "1987-04-02")],
        "weekdays-not-listed-keep-their-days",
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), WEEKDAYS)
def test_ordered_weekdays(text: str, dct: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, Dct(dct, "metadata"))
    assert [(text[m.start : m.end], m.timex.value) for m in found] == expected


PERIODS = [
    case(
        "Net rose in the third and fourth quarters of 1986.",
        "1987-03-20",
        [("third", "1986-Q3"), ("fourth quarters of 1986", "1986-Q4")],
        "two-quarters-of-a-named-year",
    ),
    case(
        "Losses in the first, second and third quarters of last year were large.",
        "1987-03-20",
        [("first", "1986-Q1"), ("second", "1986-Q2"), ("third quarters of last year", "1986-Q3")],
        "three-quarters-by-comma-and-and",
    ),
    case(
        "Real estate problems would peak by the third or fourth quarter of 1987.",
        "1987-03-19",
        [("third", "1987-Q3"), ("fourth quarter of 1987", "1987-Q4")],
        "or-before-a-singular-quarter",
    ),
    case(
        "Growth should expand in the first and second halves of 1987.",
        "1987-03-30",
        [("first", "1987-H1"), ("second halves of 1987", "1987-H2")],
        "two-halves",
    ),
    case(
        "Net fell in the first and second quarters of fiscal 1987.",
        "1987-03-20",
        [("first", "1987-Q1"), ("second quarters of fiscal 1987", "1987-Q2")],
        "fiscal-quarters-keep-the-value",
    ),
    case(
        "The three following first quarters resulted in losses.",
        "1987-03-26",
        [],
        "a-plural-quarter-without-a-list-is-none",
    ),
    case(
        "GNP grew in the fourth and first quarter.",
        "1987-06-20",
        [("first quarter", "1987-Q1")],
        "a-list-counting-down-crosses-an-unnamed-year",
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PERIODS)
def test_listed_periods(text: str, dct: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, Dct(dct, "metadata"))
    assert [(text[m.start : m.end], m.timex.value) for m in found] == expected


def test_listed_periods_keep_a_fiscal_calendar_span_unknown() -> None:
    text = "Net fell in the first and second quarters of fiscal 1987."
    first = find_dates(text, Dct("1987-03-20", "metadata"))[0].timex
    assert (first.interval_start, first.reason) == (None, "fiscal quarter: calendar span unknown")


def test_listed_weekday_joins_are_a_regex_with_a_reason() -> None:
    entry = read_json("context.json")["listed_weekday"]
    joins = re.compile(entry["joins"])
    assert all(joins.fullmatch(j) for j in (" and ", ", ", "-", " through ", ", or "))
    assert not joins.fullmatch(" after ") and entry["_why"]


def test_listed_day_data_is_well_formed() -> None:
    entry = read_json("context.json")["listed_day"]
    for side in ("after", "before"):
        words = entry[side].split("|")
        assert words and len(set(words)) == len(words), side
    assert entry["_why"]
