"""Clock times said with their day: "at 10:35 a.m. (0735 GMT) Friday", "on Oct. 23 at 10 p.m.".

Contract: ``clock_days(text, found)`` takes a text's expressions in order, each as (start, end,
``Timex``), and returns their ``Timex`` list where a bare clock time (one that ``normalise``
put on the DCT's day, GUIDELINES §5.5) stands right next to a day-precise date: the time then
falls on that day. "Right next to" is what ``context.json``'s ``clock_day_joins`` allow
between the two, by which comes first; each join has an id, and the id becomes the time's
rule. TempEval-3 tags the two as separate TIMEX3s, and so do we; only the time's value moves.

``clock_ranges(text, found)`` does the same for the first time of a range of clock times
("from 6:00 to 9:00 P.M. on Tuesday", "from 1800 to 2100 hrs"): it takes the day, and the half
of the day, of the second; a four-digit first end that ``normalise`` read as a year is a time.
Each end stays an item of its own (GUIDELINES 5.2: an item's interval holds days, so one item
would lose the clock times); ``context.json``'s ``clock_range_joins`` say what joins the two.
``range_starts(text, found)`` finds the first end that no rule found: four digits before a
wire-copy time ("2300 to 0300 hrs GMT", "between 1700 and 2100 hrs"), read as a time only
because the second is one, as new expressions (start, end, ``Timex``) on the second's day.

>>> from extract.timex import make_timex
>>> text = "The blast occurred at 10:35 a.m. (0735 GMT) Friday."
>>> clock = make_timex("TIME", "1998-08-08T10:35", "time.clock_ampm")
>>> gmt = make_timex("TIME", "1998-08-08T07:35", "time.clock_military")
>>> friday = make_timex("DATE", "1998-08-07", "date.weekday")
>>> [t.value for t in clock_days(text, [(22, 32, clock), (34, 42, gmt), (44, 50, friday)])]
['1998-08-07T10:35', '1998-08-07T07:35', '1998-08-07']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extract.dates_data import read_json
from extract.errors import DataError
from extract.timex import Timex, make_timex

# Rules whose time falls on the DCT's day for want of another (dates_calendar.clock).
CLOCK_RULES = frozenset(
    {
        "time.clock_ampm",
        "time.clock_ampm_words",
        "time.clock_24h",
        "time.clock_dotted",
        "time.clock_military",
        "time.noon",
        "time.oclock",
        "time.hour_daypart",
        "time.part_of_day_alone",
    }
)
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?P<time>[\d:]+)")
# ... or a part of the day ("in the afternoon"), which moves to its day as a clock time does
_DAY_TIME_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?P<time>[\d:]+|MO|AF|EV|NI)")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# Four digits that read as a 24-hour clock time ("2300"; dates_durations: no length of hours).
MILITARY = re.compile(r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)")
_MERIDIEM = re.compile(r"\b[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|o['\u2019]\s?clock", re.IGNORECASE)

Join = tuple[str, re.Pattern[str]]


@cache
def _joins() -> tuple[tuple[Join, ...], tuple[Join, ...]]:
    """(joins of a time before its day, joins of a day before its time), compiled."""
    data = read_json("context.json")["clock_day_joins"]
    compiled: dict[str, list[Join]] = {"time_then_day": [], "day_then_time": []}
    for entry in data:
        if entry["order"] not in compiled:
            raise DataError(f"context.json: {entry['id']}: unknown order {entry['order']!r}")
        regex = re.compile(rf"(?:{entry['pattern']})", re.IGNORECASE)
        compiled[entry["order"]].append((entry["id"], regex))
    return tuple(compiled["time_then_day"]), tuple(compiled["day_then_time"])


def _join(joins: Sequence[Join], between: str) -> str | None:
    return next((rule for rule, regex in joins if regex.fullmatch(between)), None)


def clock_days(text: str, found: Sequence[tuple[int, int, Timex]]) -> list[Timex]:
    """The ``Timex`` of each expression, bare clock times put on the day said with them."""
    after, before = _joins()
    timexes = [timex for _, _, timex in found]
    for i, (start, end, timex) in enumerate(found):
        clock = _DAY_TIME_VALUE.fullmatch(timex.value or "")
        if timex.rule not in CLOCK_RULES or clock is None:
            continue
        # the day after it, or after the same time in another zone ("10:35 a.m. (0735 GMT)")
        later = [j for j in (i + 1, i + 2) if j < len(found)]
        if len(later) == 2 and found[i + 1][2].rule not in CLOCK_RULES:
            later = later[:1]
        neighbours = [(j, after, text[end : found[j][0]]) for j in later]
        if i:
            neighbours.append((i - 1, before, text[found[i - 1][1] : start]))
        for j, joins, between in neighbours:
            day, rule = found[j][2].value or "", _join(joins, between)
            if rule is not None and _DAY_VALUE.fullmatch(day):
                value = f"{day}T{clock['time']}"
                timexes[i] = make_timex("TIME", value, rule, reason=found[j][2].reason)
                break
    return timexes


@cache
def _range_joins() -> tuple[Join, ...]:
    data = read_json("context.json")["clock_range_joins"]
    return tuple((e["id"], re.compile(rf"(?:{e['pattern']})", re.IGNORECASE)) for e in data)


def _first_end(text: str, start: int, end: int, timex: Timex) -> tuple[int, int] | None:
    """(hour, minute) of a time that may open a range: a bare clock time, or four digits
    ``normalise`` took for a year ("1800" of "from 1800 to 2100 hrs")."""
    if timex.rule in CLOCK_RULES:
        clock = _CLOCK_VALUE.fullmatch(timex.value or "")
        if clock is not None:
            hour, minute = clock["time"].split(":")[:2]
            return int(hour), int(minute)
    military = MILITARY.fullmatch(text, start, end)
    if timex.rule == "date.year" and military is not None:
        return int(military["hour"]), int(military["minute"])
    return None


def clock_ranges(text: str, found: Sequence[tuple[int, int, Timex]]) -> list[Timex]:
    """The ``Timex`` of each expression, the first time of a clock range on the second's day.

    >>> from extract.timex import make_timex
    >>> text = "It runs from 6:00 to 9:00 P.M. on Tuesday."
    >>> six = make_timex("TIME", "1987-02-23T06:00", "time.clock_24h")
    >>> nine = make_timex("TIME", "1987-02-24T21:00", "time.clock_day")
    >>> [t.value for t in clock_ranges(text, [(13, 17, six), (21, 41, nine)])]
    ['1987-02-24T18:00', '1987-02-24T21:00']
    """
    timexes = [timex for _, _, timex in found]
    for i in range(len(found) - 1):
        (start, end, first), (after, after_end, second) = found[i], found[i + 1]
        clock = _CLOCK_VALUE.fullmatch(second.value or "")
        rule = _join(_range_joins(), text[end:after])
        begins = _first_end(text, start, end, first)
        if clock is None or rule is None or begins is None or second.type != "TIME":
            continue
        if first.rule == "date.year" and not MILITARY.match(text, after, after_end):
            continue  # "1800 to 9 p.m." is no range of wire-copy times
        hour, minute = begins
        second_hour = int(clock["time"][:2])
        if not _MERIDIEM.search(text, start, end) and hour < 12 and hour + 12 <= second_hour:
            hour += 12  # "6:00 to 9:00 P.M.": the first time is in the evening too
        value = f"{(second.value or '')[:10]}T{hour:02d}:{minute:02d}"
        if value != first.value:
            timexes[i] = make_timex("TIME", value, rule)
    return timexes


# Four digits alone, as a 24-hour clock time ("2300" of "2300 to 0300 hrs GMT").
_BARE_MILITARY = re.compile(rf"(?<![\w.,:/-]){MILITARY.pattern}(?![\w:/-])")
# How far before the second time the first may start ("2300 until ", "1700 and ").
_RANGE_REACH = 16


def range_starts(
    text: str, found: Sequence[tuple[int, int, Timex]]
) -> list[tuple[int, int, Timex]]:
    """The unfound first ends of wire-copy clock ranges, as new expressions (see above).

    >>> from extract.timex import make_timex
    >>> text = "It trades between 1700 and 2100 hrs, or 2300 to 0300 GMT."
    >>> nine = make_timex("TIME", "1987-03-19T21:00", "time.clock_military")
    >>> three = make_timex("TIME", "1987-03-19T03:00", "time.clock_military")
    >>> found = [(text.index("2100"), 35, nine), (text.index("0300"), 56, three)]
    >>> [(text[s:e], t.value) for s, e, t in range_starts(text, found)]
    [('1700', '1987-03-19T17:00'), ('2300', '1987-03-19T23:00')]
    """
    starts = []
    for i, (start, _end, timex) in enumerate(found):
        clock = _CLOCK_VALUE.fullmatch(timex.value or "")
        if clock is None or timex.type != "TIME" or not MILITARY.match(text, start):
            continue
        reach = max(found[i - 1][1] if i else 0, start - _RANGE_REACH)
        for first in _BARE_MILITARY.finditer(text, reach, start):
            rule = _join(_range_joins(), text[first.end() : start])
            if rule is not None:
                value = f"{(timex.value or '')[:10]}T{first['hour']}:{first['minute']}"
                starts.append((first.start(), first.end(), make_timex("TIME", value, rule)))
                break
    return starts
