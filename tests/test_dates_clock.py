"""Dates: a clock time said with its day falls on that day (``extract.dates_clock``).

Without a day next to it, a clock time falls on the DCT's day (GUIDELINES §5.5, TempEval-3's
reading of news). Sentences are written for these tests in wire style.
"""

from __future__ import annotations

from typing import Any

import pytest

from extract.dates import Dct, find_dates
from extract.dates_clock import _joins, _range_joins
from extract.dates_data import read_json


def case(text: str, dct: str | None, expected: list[tuple[str, str | None]], why: str) -> Any:
    return pytest.param(text, dct, expected, id=why)


CLOCKS = [
    case(
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
        "1998-08-08",
        [
            ("10:35 a.m.", "1998-08-07T10:35"),
            ("0735 GMT", "1998-08-07T07:35"),
            ("Friday", "1998-08-07"),
        ],
        "time-and-zone-then-weekday",
    ),
    case(
        "The offer has been extended until March 23 at 1800 EST.",
        "1987-03-20",
        [("March 23", "1987-03-23"), ("1800 EST", "1987-03-23T18:00")],
        "date-at-time",
    ),
    case(
        "Talks will resume at 1000 EST tomorrow, the union said.",
        "1987-03-26",
        [("1000 EST tomorrow", "1987-03-27T10:00")],
        "time-then-tomorrow-is-one-item",
    ),
    case(
        "Trading resumed at 2 p.m. yesterday and stops at midnight tonight; at 1:30 p.m. (1830"
        " GMT) today it fell.",
        "1987-03-26",
        [
            ("2 p.m. yesterday", "1987-03-25T14:00"),
            ("midnight tonight", "1987-03-26T24:00"),
            # past a parenthesis the day stays its own item; the times still get its value
            ("1:30 p.m.", "1987-03-26T13:30"),
            ("1830 GMT", "1987-03-26T18:30"),
            ("today", "1987-03-26"),
        ],
        "clock-then-deictic-day",
    ),
    case(
        "Trading closed at 4 p.m., and on Friday the index fell.",
        "1987-03-25",
        [("4 p.m.", "1987-03-25T16:00"), ("Friday", "1987-03-20")],
        "a-clause-between-keeps-the-dct-day",
    ),
    case(
        "Shares rose on Monday. At noon the index fell.",
        "1987-03-25",
        [("Monday", "1987-03-23"), ("noon", "1987-03-25T12:00")],
        "a-sentence-between-keeps-the-dct-day",
    ),
    case(
        "The offer expires at 5 p.m. New York time on Dec. 3, unless extended.",
        "1987-11-20",
        [("5 p.m.", "1987-12-03T17:00"), ("Dec. 3", "1987-12-03")],
        "time-then-a-places-time-then-day",
    ),
    # the first time of a range takes the second's day and half of the day
    case(
        "The evening session will run from 6:00 to 9:00 P.M. on Tuesday.",
        "1987-04-09",
        [("6:00", "1987-04-14T18:00"), ("9:00 P.M. on Tuesday", "1987-04-14T21:00")],
        "range-first-time-in-the-evening-of-the-second",
    ),
    case(
        "The store is open from 9 a.m. to 5 p.m. Tuesday.",
        "1987-04-16",
        [("9 a.m.", "1987-04-14T09:00"), ("5 p.m. Tuesday", "1987-04-14T17:00")],
        "range-with-its-own-meridiem-keeps-it",
    ),
    case(
        "The meeting runs from 11:00 to 1:00 p.m.",
        "1987-04-16",
        [("11:00", "1987-04-16T11:00"), ("1:00 p.m.", "1987-04-16T13:00")],
        "range-over-noon-keeps-the-morning",
    ),
    case(
        "It will offer futures from 1800 to 2100 hrs Chicago time.",
        "1987-04-16",
        [("1800", "1987-04-16T18:00"), ("2100 hrs", "1987-04-16T21:00")],
        "range-of-wire-times-is-no-year",
    ),
    case(
        "Options trade between 1700 and 2100 hrs\ncentral U.S. time (2300 to 0300 hrs GMT).",
        "1987-03-19",
        [
            ("1700", "1987-03-19T17:00"),
            ("2100 hrs", "1987-03-19T21:00"),
            ("2300", "1987-03-19T23:00"),
            ("0300 hrs GMT", "1987-03-19T03:00"),
        ],
        "first-wire-time-no-rule-finds-and-no-length-of-1700-hours",
    ),
    case(
        "The index rose 2300 to 2400 points by 1200 hrs.",
        "1987-03-19",
        [("1200 hrs", "1987-03-19T12:00")],
        "four-digits-before-a-number-are-no-time",
    ),
    case(
        "Trading to 11.30 hrs was quiet; bids close on April 16 at 15.00 hrs local time.",
        "1987-04-07",
        [
            ("11.30 hrs", "1987-04-07T11:30"),
            ("April 16", "1987-04-16"),
            ("15.00 hrs local time", "1987-04-16T15:00"),
        ],
        "dotted-wire-time-is-a-clock-time-and-moves-to-its-day",
    ),
    case("The flight took 2.5 hrs.", "1987-04-07", [("2.5 hrs", "PT2H30M")], "dotted-length"),
    case(
        "Output rose from 1800 to 9 p.m. shifts.",
        "1987-04-16",
        [("1800", "1800"), ("9 p.m.", "1987-04-16T21:00")],
        "a-year-before-a-spoken-time-stays-a-year",
    ),
]


# A part of the day or "the day" said alone falls on the DCT's day, as a clock time alone does,
# and moves to a day said with it; only after a preposition of time (time.part_of_day_alone,
# date.day_alone).
PARTS_OF_DAY = [
    case(
        "The Bank of England said it provided 24 mln stg help in the morning session.",
        "1987-03-03",
        [("the morning", "1987-03-03TMO")],
        "morning-session-is-the-dct-day",
    ),
    case(
        "Shares began to slip by late morning and were lower in mid-afternoon trading.",
        "1987-03-05",
        [("late morning", "1987-03-05TMO"), ("mid-afternoon", "1987-03-05TAF")],
        "modified-part-of-day-keeps-its-modifier",
    ),
    case(
        "In Frankfurt, banks will close on Tuesday in the afternoon.",
        "1987-03-12",
        [("Tuesday", "1987-03-17"), ("the afternoon", "1987-03-17TAF")],
        "part-of-day-after-its-day-moves-to-it",
    ),
    case(
        "The bank cut its base rate to 10.5 pct earlier in the day.",
        "1987-03-11",
        [("the day", "1987-03-11")],
        "earlier-in-the-day-is-the-dct-day",
    ),
    case(
        "He read the morning papers, spent the morning at home and traded in morning trade.",
        "1987-03-11",
        [],
        "no-preposition-or-no-article-is-no-time",
    ),
    case(
        "It is too late in the day for reform.",
        "1987-03-11",
        [],
        "late-in-the-day-is-an-idiom",
    ),
    case(
        "Talks broke up in the afternoon.",
        None,
        [("the afternoon", "XXXX-XX-XXTAF")],
        "no-dct-leaves-the-day-unknown",
    ),
    case(
        "Cocoa held steady at midmorning; at mid-afternoon yesterday it was up.",
        "1989-11-02",
        [("midmorning", "1989-11-02TMO"), ("mid-afternoon yesterday", "1989-11-01TAF")],
        "part-of-day-after-at-and-with-its-deictic-day",
    ),
    case(
        "Prices fell in late afternoon today but rose early morning tomorrow.",
        "1989-11-02",
        [("late afternoon today", "1989-11-02TAF"), ("early morning tomorrow", "1989-11-03TMO")],
        "part-of-day-before-today-and-tomorrow",
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CLOCKS + PARTS_OF_DAY)
def test_clock_days(text: str, dct: str | None, expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, Dct(dct, "metadata"))
    assert [(text[m.start : m.end], m.timex.value) for m in found] == expected


def test_clock_day_joins_are_well_formed() -> None:
    entries = read_json("context.json")["clock_day_joins"]
    assert len({e["id"] for e in entries}) == len(entries)
    after, before = _joins()
    assert after and before and len(after) + len(before) == len(entries)
    ranges = read_json("context.json")["clock_range_joins"]
    assert len({e["id"] for e in ranges}) == len(ranges) == len(_range_joins())
    assert all(regex.fullmatch(" to ") for _, regex in _range_joins())
