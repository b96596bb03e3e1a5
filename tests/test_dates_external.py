"""Dates against Microsoft Recognizers-Text's English DateTime parser specs, where they apply.

``../shared/data/recognizers-text/DateTime/*Parser.json`` give an input, a reference time and,
for each expression, its TIMEX value with the future and past readings of an unanchored one.
A case applies when ``find_dates`` finds exactly that span (most inputs are chat-style
commands, "I'll go back on 15", that news normalisation does not read). Values agree when they
are the same TIMEX, the same length of time in another notation (``P0.5Y`` and ``P6M``), the
same interval (Recognizers-Text ends are exclusive, ours inclusive; a range TIMEX that counts
its days, "(2016-11-07,2016-12-31,P55D)", ends where the count says, as its "rest of" specs
write an inclusive end), or, for an expression
without its year, one of the two readings Recognizers-Text allows.

The remaining disagreements are conventions of ``gold/GUIDELINES.md`` (§5.4-5.6): ranges of
days keep the month as value ("November 19-20" is ``2016-11``); vague counts are ``PAST_REF``
("a few days ago") or ``PXD`` ("past few days"); "next 3 days" and "previous 3 minute" are
durations; "two weeks from now", "a month ago", "two years ago" keep the granularity of their
unit; "the next day" is relative to another time in the text; a bare "the weekend" with no
tense is the nearer one; "next Sunday" is the coming Sunday; "the summer" takes the DCT's
year; "end of tomorrow" is the day. One is a gap: "for the twenty second" (the 22nd) is read as
twenty seconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest

from extract.dates import Dct, find_dates
from extract.timex import Timex

from .conftest import SHARED_DATA

SPECS = SHARED_DATA / "recognizers-text" / "DateTime"
PARSERS = (
    "DateParser",
    "DatePeriodParser",
    "DurationParser",
    "SetParser",
    "HolidayParser",
    "DateTimeParser",
    "DateTimePeriodParser",
)
_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?"
                       r"(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?"
                       r"(?:(\d+(?:\.\d+)?)S)?)?")  # fmt: skip


_DAY_RANGE = re.compile(r"\((\d{4}-\d\d-\d\d),\d{4}-\d\d-\d\d,P(\d+)D\)")


@dataclass(frozen=True)
class Check:
    spec: str
    text: str
    expected: dict[str, Any]
    ours: Timex


def _cases() -> Iterator[tuple[str, dict[str, Any]]]:
    for name in PARSERS:
        for case in json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8-sig")):
            if not (case.get("NotSupported") or case.get("NotSupportedByDesign")):
                yield name, case


def checks() -> list[Check]:
    """The expressions of the specs that ``find_dates`` finds with exactly their span."""
    found = []
    for name, case in _cases():
        reference = case.get("Context", {}).get("ReferenceDateTime")
        if not reference:
            continue
        ours = {
            (m.start, m.end): m.timex
            for m in find_dates(case["Input"], Dct(reference[:10], "metadata"))
        }
        for result in case.get("Results", []):
            span = (result["Start"], result["Start"] + result["Length"])
            if span in ours and "Timex" in result.get("Value", {}):
                found.append(Check(name, result["Text"], result["Value"], ours[span]))
    return found


def _length(value: str) -> tuple[float, float] | None:
    """(months, seconds) of a duration value, for comparing notations; None if not one."""
    match = _DURATION.fullmatch(value)
    if match is None or value in ("P", "PT"):
        return None
    y, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in match.groups())
    return 12 * y + mo, (((7 * w + d) * 24 + h) * 60 + mi) * 60 + s


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def agrees(check: Check) -> bool:
    expected, ours = check.expected, check.ours
    value, timex = ours.value, expected["Timex"]
    readings = [expected.get(k) or {} for k in ("FutureResolution", "PastResolution")]
    if value is None:  # an impossible date: "Feb 30"
        return any(r.get("date", "").startswith("0001-01-01") for r in readings)
    if value == timex or value == f"{timex}:00":  # "2016-11-07T20" is 8 p.m. to the hour
        return True
    if (mine := _length(value)) is not None and mine == _length(timex):
        return True
    counted = _DAY_RANGE.fullmatch(timex)
    if counted and ours.interval_start and ours.interval_end:
        first = _day(counted[1])
        theirs = (first, first + timedelta(days=int(counted[2]) - 1))
        if theirs == (_day(ours.interval_start), _day(ours.interval_end)):
            return True
    for reading in readings:
        point = reading.get("date") or reading.get("dateTime")
        if point and value == point.replace(" ", "T")[: len(value)] and "XXXX" in timex:
            return True
        start, end = reading.get("startDate"), reading.get("endDate")
        if start and end and ours.interval_start and ours.interval_end:
            theirs = (_day(start), _day(end) - timedelta(days=1))  # their end is exclusive
            if theirs == (_day(ours.interval_start), _day(ours.interval_end)):
                return True
    return False


@pytest.fixture(scope="module")
def spec_checks() -> list[Check]:
    if not SPECS.is_dir():
        pytest.skip(f"{SPECS} absent (../shared/data missing): Recognizers checks skipped")
    return checks()


def test_recognizers_datetime_specs_mostly_agree(spec_checks: list[Check]) -> None:
    # Measured when written (2026-11-22): 125 of the specs' expressions apply, 100 agree
    # (80.0%); the 25 others are the conventions of the module docstring. Later the same day,
    # with Easter, ordinal day words and 'times a week': 128 apply, 103 agree. Next session
    # (duration ranges, word ordinals to the 31st, 'this coming Sunday, March 8'): 132, 108.
    # Then ('8pm today', '10pm tonight' one item each): 136, 112. Then ('rest of the week',
    # 'rest of the year' from the DCT to the end; a range's day count read): 140, 114; the
    # two new disagreements are 'rest of (the|current) week', "(2016-11-07,2016-11-13,P6D)",
    # whose count and end disagree with each other (ours: Monday 7 to Sunday 13). Then (a day
    # of the month said as an ordinal only after "on" or a preposition of time, as "the sixth
    # straight increase" is a rank): 140, 113; "I went back for the twenty second" is the gap
    # of the module docstring again ("for the fourth" in Reuters-21578 is a quarter).
    wrong = [
        (c.spec, c.text, c.expected["Timex"], c.ours.value) for c in spec_checks if not agrees(c)
    ]
    assert len(spec_checks) >= 120, len(spec_checks)
    assert len(wrong) <= 27, wrong


@pytest.mark.parametrize(
    ("value", "timex", "same"),
    [
        pytest.param("P6M", "P0.5Y", True, id="half-year"),
        pytest.param("PT1H30M", "PT1.5H", True, id="hour-and-a-half"),
        pytest.param("P2W", "P14D", True, id="fortnight"),
        pytest.param("P1M", "P30D", False, id="month-is-no-30-days"),
    ],
)
def test_duration_notations_compare_by_length(value: str, timex: str, same: bool) -> None:
    assert (_length(value) == _length(timex)) is same
