"""TIMEX3 values and calendar arithmetic: the records of ``extract.dates`` and pure helpers.

Contract: ``interval_of(value)`` gives the first and last calendar day a TIMEX3 DATE or TIME
value denotes (None for durations, sets, ``*_REF`` values and values with unknown digits);
``choose`` picks, among candidate intervals, the one a sentence in a given tense refers to.

Calendar conventions (TIMEX3 numbering, written down because each has a rival reading):

- decades: ``"199X"`` is 1990-01-01..1999-12-31;
- centuries: ``"19"`` is 1900..1999, so "the 20th century" is ``"19"`` (TIMEX3 counts the
  hundreds digits, not the ordinal century that would run 1901..2000);
- seasons are meteorological, northern hemisphere: SP Mar-May, SU Jun-Aug, FA Sep-Nov and
  WI Dec-Feb, the winter ``"2017-WI"`` starting in December 2017;
- weeks are ISO weeks, Monday..Sunday; ``"-WE"`` is that week's Saturday and Sunday.

>>> interval_of("2017-Q3")
(datetime.date(2017, 7, 1), datetime.date(2017, 9, 30))
>>> interval_of("199X")[1]
datetime.date(1999, 12, 31)
>>> interval_of("P10Y") is None
True
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from extract.records import DateType

Precision = Literal["year", "month", "day"]
Interval = tuple[date, date]

SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Dct:
    """Document creation time: an ISO date at its known precision ("2017-11-21", "2017-11",
    "2017") or None, and where it came from ("metadata", "dateline" or "none")."""

    value: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalised temporal expression (TIMEX3 ``type`` and ``value``).

    ``interval_start``/``interval_end`` are the first and last calendar day denoted (ISO),
    where known; ``reason`` says why ``value`` is None or only partly resolved; ``rule`` is the
    id of the data rule that produced it, ``"dateparser"`` or ``"unrecognised"``.
    """

    type: DateType
    value: str | None
    interval_start: str | None
    interval_end: str | None
    reason: str | None
    rule: str


def make_timex(
    type_: DateType,
    value: str | None,
    rule: str,
    *,
    interval: Interval | None = None,
    reason: str | None = None,
) -> Timex:
    """A Timex whose interval is taken from ``value`` unless given explicitly.

    >>> make_timex("DATE", "2016", "r").interval_end
    '2016-12-31'
    """
    if interval is None and value is not None:
        interval = interval_of(value)
    start, end = (interval[0].isoformat(), interval[1].isoformat()) if interval else (None, None)
    return Timex(type_, value, start, end, reason, rule)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The DCT as a stretch of days: a single day, a whole month or a whole year."""

    precision: Precision
    start: date
    end: date

    @property
    def year(self) -> int:
        return self.start.year


_DCT = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# The years a DCT may have: relative expressions reach centuries around it, and the calendar
# of ``datetime`` ends at 1 and 9999 ("9999-12-31" and "next year" would overflow it).
DCT_YEARS = range(1000, 9000)


def anchor_of(value: str | None) -> Anchor | None:
    """The anchor of a DCT value, or None when there is none, it is malformed or its year lies
    outside ``DCT_YEARS``.

    >>> anchor_of("2017-11").end
    datetime.date(2017, 11, 30)
    >>> anchor_of("9999-12-31") is None
    True
    """
    match = _DCT.fullmatch(value or "")
    if match is None or int(match[1]) not in DCT_YEARS:
        return None
    try:
        year = int(match[1])
        if match[3]:
            day = date(year, int(match[2]), int(match[3]))
            return Anchor("day", day, day)
        if match[2]:
            return Anchor("month", *month_interval(year, int(match[2])))
        return Anchor("year", date(year, 1, 1), date(year, 12, 31))
    except ValueError:
        return None


def month_interval(year: int, month: int) -> Interval:
    """First and last day of a month: ``month_interval(2000, 2)[1] == date(2000, 2, 29)``."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_interval(year: int) -> Interval:
    """First and last day of a year: ``year_interval(2016)[1] == date(2016, 12, 31)``."""
    return date(year, 1, 1), date(year, 12, 31)


def add_months(day: date, months: int) -> date:
    """``day`` shifted by whole months, the day of month clamped to the target month's length.

    >>> add_months(date(2017, 3, 31), -1)
    datetime.date(2017, 2, 28)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (TIMEX3 unit letters Y, M, W, D).

    >>> shift(date(2017, 11, 16), "Y", -10), shift(date(2017, 11, 16), "W", 2)
    (datetime.date(2007, 11, 16), datetime.date(2017, 11, 30))
    """
    if unit == "Y":
        return add_months(day, 12 * amount)
    if unit == "M":
        return add_months(day, amount)
    return day + timedelta(days=amount * (7 if unit == "W" else 1))


def part_interval(year: int, part: str) -> Interval:
    """Quarter (Q1..Q4), half (H1, H2) or season (SP, SU, FA, WI) of ``year``.

    >>> part_interval(2016, "WI")
    (datetime.date(2016, 12, 1), datetime.date(2017, 2, 28))
    """
    if part[0] in "QH":
        months = 3 if part[0] == "Q" else 6
        last = int(part[1]) * months
        return month_interval(year, last - months + 1)[0], month_interval(year, last)[1]
    first = date(year, SEASON_FIRST_MONTH[part], 1)
    return first, add_months(first, 3) - timedelta(days=1)


def week_value(day: date) -> str:
    """ISO week of ``day`` as TIMEX3.

    >>> week_value(date(2017, 11, 16)), week_value(date(2021, 1, 1))
    ('2017-W46', '2020-W53')
    """
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T.*)?)?|-(?P<part>Q[1-4]|H[12]|SP|SU|FA|WI)"
    r"|-W(?P<w>\d{2})(?P<we>-WE)?)?|(?P<decade>\d{3})X|(?P<century>\d{2})"
)


def interval_of(value: str) -> Interval | None:
    """First and last day denoted by a TIMEX3 DATE/TIME value; None if not a calendar span.

    >>> interval_of("2017-W46-WE")
    (datetime.date(2017, 11, 18), datetime.date(2017, 11, 19))
    >>> interval_of("19")
    (datetime.date(1900, 1, 1), datetime.date(1999, 12, 31))
    >>> interval_of("XXXX-05") is None
    True
    """
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    try:
        if match["decade"]:
            start = int(match["decade"]) * 10
            return date(start, 1, 1), date(start + 9, 12, 31)
        if match["century"]:
            start = int(match["century"]) * 100
            return date(max(start, 1), 1, 1), date(start + 99, 12, 31)
        year = int(match["y"])
        if match["d"]:
            day = date(year, int(match["m"]), int(match["d"]))
            return day, day
        if match["m"]:
            return month_interval(year, int(match["m"]))
        if match["part"]:
            return part_interval(year, match["part"])
        if match["w"]:
            monday = date.fromisocalendar(year, int(match["w"]), 1)
            return (
                (monday + timedelta(days=5), monday + timedelta(days=6))
                if match["we"]
                else (
                    monday,
                    monday + timedelta(days=6),
                )
            )
        return year_interval(year)
    except ValueError:
        return None


def enclosing_value(start: date, end: date) -> str | None:
    """The finest TIMEX3 DATE value whose span contains both days (the value given to ranges):
    a day, a month, a year, a decade or a century; no quarter or half (GUIDELINES 5.6: "the
    July-September period" and "January-June" are the year).

    >>> enclosing_value(date(2000, 12, 13), date(2000, 12, 16))
    '2000-12'
    >>> enclosing_value(date(1961, 1, 1), date(1991, 12, 31))
    '19'
    >>> enclosing_value(date(1987, 7, 1), date(1987, 9, 30))
    '1987'
    """
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"
    if start.year == end.year:
        return f"{start.year:04d}"
    if start.year // 10 == end.year // 10:
        return f"{start.year // 10:03d}X"
    if start.year // 100 == end.year // 100:
        return f"{start.year // 100:02d}"
    return None


def range_timex(rule: str, interval: Interval) -> Timex:
    """A range as one DATE: the enclosing value and the exact interval; a range over two
    centuries has no value, with GUIDELINES 5.8's reason.

    >>> range_timex("r", (date(1995, 1, 1), date(2005, 12, 31))).reason
    'range crosses a century'
    """
    value = enclosing_value(*interval)
    reason = None if value else "range crosses a century"
    return make_timex("DATE", value, rule, interval=interval, reason=reason)


def _gap(candidate: Interval, anchor: Anchor, ahead: int = 2) -> int:
    """Days between a candidate and the DCT; a future one counts ``ahead`` times (by default
    double: news mostly reports the past)."""
    return max(ahead * (candidate[0] - anchor.end).days, (anchor.start - candidate[1]).days, 0)


def nearest(candidates: Sequence[Interval], anchor: Anchor) -> Interval:
    """The candidate nearest the DCT, before or after it alike (the earlier of two as near).

    >>> fridays = [(date(1987, 10, d), date(1987, 10, d)) for d in (16, 23)]
    >>> nearest(fridays, anchor_of("1987-10-21"))[0]
    datetime.date(1987, 10, 23)
    """
    return min(candidates, key=lambda c: (_gap(c, anchor, ahead=1), c[0]))


# How far the tense may push a year-less month or day from the DCT: English names one that
# lies about ten months away with its year or with "last"/"next" ("last March"), so a past
# "early March" said in February is the coming March ("the accession was planned for early
# March") and a past "Oct. 31" said on Oct. 27 is this year's ("asked it to respond by Oct. 31").
TENSE_REACH = timedelta(days=300)


def choose(
    candidates: Sequence[Interval],
    anchor: Anchor,
    tense: str | None,
    reach: timedelta | None = None,
) -> Interval:
    """The candidate a sentence in ``tense`` means, relative to the DCT ``anchor``.

    Past: the latest candidate starting no later than the DCT ("in May" said in November is
    this year's May, said in March last year's). Future: the earliest one not over before the
    DCT. With a ``reach``, the tense does not pick a candidate further than that from the DCT
    (over before, or starting after). Otherwise the nearest one (one containing the DCT first),
    a candidate after the DCT counting twice as far, since news mostly reports the past.

    >>> days = [(date(2017, 5, 1), date(2017, 5, 31)), (date(2018, 5, 1), date(2018, 5, 31))]
    >>> choose(days, anchor_of("2017-11-16"), "future")[0]
    datetime.date(2018, 5, 1)
    >>> marches = [(date(y, 3, 1), date(y, 3, 31)) for y in (1998, 1999, 2000)]
    >>> choose(marches, anchor_of("1999-02-10"), "past", TENSE_REACH)[0]
    datetime.date(1999, 3, 1)
    """
    ordered = sorted(candidates)
    if tense == "past":
        before = [c for c in ordered if c[0] <= anchor.end]
        if before and (reach is None or anchor.start - before[-1][1] <= reach):
            return before[-1]
    elif tense == "future":
        after = [c for c in ordered if c[1] >= anchor.start]
        if after and (reach is None or after[0][0] - anchor.end <= reach):
            return after[0]
    return min(ordered, key=lambda c: (_gap(c, anchor), c[0]))
