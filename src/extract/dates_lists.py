"""Days listed beside a dated day: "on October 23 and 24", "March 3rd and 4th", "on 7 and 8
November".

Contract: ``listed_days(text, found)`` takes a text's expressions in order, each as (start,
end, ``Timex``), and returns the bare days joined by "and" to a day-precise date, after it
("October 23 and 24") or, when the date is written day first, before it ("on 7 and 8
November"), each as (start, end, ``Timex``): the date's month and year at that day, rule
``date.listed_day``. A list is no range (GUIDELINES 5.2; the gold set reads "October 23 and
24" as two items, as OntoNotes splits "Oct. 13 and 16"), and the bare day alone names no
month, so no pattern of ``rules.json`` finds it. ``context.json``'s ``listed_day`` says what
may follow a day listed after the date and what must come before one listed before it.

>>> from extract.timex import make_timex
>>> text = "Talks were held on October 23 and 24 in Moscow."
>>> oct_23 = make_timex("DATE", "2018-10-23", "date.month_day")
>>> [(text[s:e], t.value) for s, e, t in listed_days(text, [(19, 29, oct_23)])]
[('24', '2018-10-24')]
>>> text = "Talks were held on 7 and 8 November."
>>> nov_8 = make_timex("DATE", "2023-11-08", "date.day_month")
>>> [(text[s:e], t.value) for s, e, t in listed_days(text, [(25, 35, nov_8)])]
[('7', '2023-11-07')]

``ordered_weekdays(text, found, dct)`` returns the expressions with each weekday listed after
another ("meetings scheduled for Thursday and Friday", "Monday through Wednesday") put after
it, where the first is after the DCT's day and the second was resolved before it: said on a
Friday, a future "Thursday" is the next week's, and so is the "Friday" after it, not the DCT's
own day. ``listed_weekday`` of ``context.json`` says what joins the two.

``listed_periods(text, found)`` returns the bare ordinals listed before a quarter or half
("the third and fourth quarters of 1987", "the first or second half"), each as (start, end,
``Timex``) with the listed period's year, rule ``date.listed_period``: the ordinal alone, as
TimeML tags the "second" of "the second and fourth quarters".

``listed_counts(text, found)`` returns the bare numbers listed with "and" before a length of
time ("fixed terms of three and six months", "one, two and three years"), each a DURATION of
that unit, rule ``date.listed_count``: a list is no range (GUIDELINES 5.2), and each number
takes the unit of the last, as each listed day takes the month of its date. The list counts
up ("at eight and one year at 6-1/2 pct" is a rate and a length), and none is after
"between", which makes the two a range.

>>> text = "Deposits with terms of three and six months."
>>> six = make_timex("DURATION", "P6M", "duration.count")
>>> [(text[s:e], t.value) for s, e, t in listed_counts(text, [(33, 43, six)])]
[('three', 'P3M')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from extract.dates_data import expand, read_json
from extract.dates_rules import day_number, number, ordinal
from extract.timex import Timex, make_timex

if TYPE_CHECKING:
    from collections.abc import Iterator

RULE = "date.listed_day"
WEEKDAY_RULE = "date.weekday"
LISTED_WEEKDAY_RULE = "date.listed_weekday"
PERIOD_RULE = "date.listed_period"
COUNT_RULE = "date.listed_count"
_COUNT_VALUE = re.compile(r"(?P<lead>PT?)(?P<count>\d+)(?P<unit>[A-Z])")
_PERIOD_RULES = frozenset(
    {"date.quarter_ordinal", "date.half_ordinal", "date.quarters_listed", "date.halves_listed"}
)
_PERIOD_VALUE = re.compile(r"(?P<year>\d{4}|XXXX)-(?P<part>[QH])(?P<count>[1-4])")
_DAY_VALUE = re.compile(r"(?P<month>(?:\d{4}|XXXX)-\d\d)-\d\d")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a day of the calendar, year known


@cache
def _listed_day() -> re.Pattern[str]:
    after = read_json("context.json")["listed_day"]["after"]
    return re.compile(
        expand(
            rf"(?P<chain>(?:\s*,\s*{{DAY}})*),?\s+and\s+(?P<day>{{DAY}})"
            rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{after})\b)"
        ),
        re.IGNORECASE,
    )


@cache
def _listed_day_before() -> re.Pattern[str]:
    before = read_json("context.json")["listed_day"]["before"]
    # searched in the few characters before a date that starts with its day
    return re.compile(expand(rf"(?:\b(?:{before})|,)\s+(?P<day>{{DAY}})\s+and\s+$"), re.IGNORECASE)


def listed_days(text: str, found: Sequence[tuple[int, int, Timex]]) -> list[tuple[int, int, Timex]]:
    """The bare days listed beside a dated day, as new expressions (see the module doc)."""
    days = []
    for i, (start, end, timex) in enumerate(found):
        value = _DAY_VALUE.fullmatch(timex.value or "") if timex.type == "DATE" else None
        if value is None:
            continue
        listed = _listed_day().match(text, end)
        if listed is not None and (i + 1 == len(found) or found[i + 1][0] >= listed.end("day")):
            # "April 2, 7, 8, 21 and 22": each day after the dated one, in order
            chain = [*_one_day().finditer(text, listed.start("chain"), listed.end("chain"))]
            spans = [(m.start(), m.end()) for m in chain] + [listed.span("day")]
            numbers = [day_number(value[0][-2:]), *(day_number(text[a:b]) for a, b in spans)]
            if numbers == sorted(set(numbers)):
                days += [_day(text, a, b, value["month"], timex) for a, b in spans]
        if text[start : start + 1].isdigit():  # "7 and 8 November"
            listed = _listed_day_before().search(text, max(0, start - 24), start)
            if listed is not None and (i == 0 or found[i - 1][1] <= listed.start("day")):
                days.append(_day(text, *listed.span("day"), value["month"], timex))
    return [day for day in days if day is not None]


@cache
def _one_day() -> re.Pattern[str]:
    return re.compile(expand(r"{DAY}"), re.IGNORECASE)


def _day(
    text: str, start: int, end: int, month: str, timex: Timex
) -> tuple[int, int, Timex] | None:
    """The day ``text[start:end]`` of ``month`` (the date ``timex``'s), or None if there is no
    such day."""
    number = day_number(text[start:end])
    try:
        if not month.startswith("X"):
            date.fromisoformat(f"{month}-{number:02d}")
    except ValueError:
        return None
    reason = timex.reason if month.startswith("X") else None  # "year not in text"
    found = make_timex("DATE", f"{month}-{number:02d}", RULE, reason=reason)
    return start, end, found


@cache
def _weekday_join() -> re.Pattern[str]:
    return re.compile(read_json("context.json")["listed_weekday"]["joins"], re.IGNORECASE)


def ordered_weekdays(
    text: str, found: Sequence[tuple[int, int, Timex]], dct: str | None
) -> list[tuple[int, int, Timex]]:
    """``found`` with each weekday listed after another put after it (see the module doc).

    Only a first weekday after the DCT's day moves the next: "statements made Friday and
    Thursday", said on a Friday, lists two past days the other way round.

    >>> from extract.timex import make_timex
    >>> text = "Talks are set for Thursday and Friday."
    >>> thu = make_timex("DATE", "1987-04-09", "date.weekday")
    >>> fri = make_timex("DATE", "1987-04-03", "date.weekday")
    >>> found = [(18, 26, thu), (31, 37, fri)]
    >>> [t.value for _, _, t in ordered_weekdays(text, found, "1987-04-03")]
    ['1987-04-09', '1987-04-10']
    """
    if dct is None or not _DAY.fullmatch(dct):
        return list(found)
    today = date.fromisoformat(dct)
    ordered = list(found)
    for i in range(1, len(ordered)):
        (_, end, first), (start, stop, second) = ordered[i - 1], ordered[i]
        if (
            first.rule in (WEEKDAY_RULE, LISTED_WEEKDAY_RULE)
            and second.rule == WEEKDAY_RULE
            and _DAY.fullmatch(first.value or "")
            and _DAY.fullmatch(second.value or "")
            and _weekday_join().fullmatch(text, end, start)
        ):
            before, after = (
                date.fromisoformat(first.value or ""),
                date.fromisoformat(second.value or ""),
            )
            if after < before and before > today:
                # the first such weekday after the one before it
                ahead = (after.weekday() - before.weekday()) % 7 or 7
                value = (before + timedelta(days=ahead)).isoformat()
                ordered[i] = (start, stop, make_timex("DATE", value, LISTED_WEEKDAY_RULE))
    return ordered


@cache
def _listed_ordinal() -> re.Pattern[str]:
    # searched in the characters before a period's ordinal, or before an ordinal listed so
    return re.compile(
        expand(r"(?<![\w-])(?P<ord>{ORD})(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)$"), re.IGNORECASE
    )


def listed_periods(
    text: str, found: Sequence[tuple[int, int, Timex]]
) -> list[tuple[int, int, Timex]]:
    """The bare ordinals listed before a quarter or half, as new expressions (see the module
    doc). The list counts up ("the fourth and first quarter" crosses a year the text does not
    name, and is left alone), and a fiscal period's ordinals keep its unknown calendar span.

    >>> from extract.timex import make_timex
    >>> text = "Losses in the first, second and third quarters of 1987 were large."
    >>> q3 = make_timex("DATE", "1987-Q3", "date.quarter_ordinal")
    >>> [(text[s:e], t.value) for s, e, t in listed_periods(text, [(32, 54, q3)])]
    [('second', '1987-Q2'), ('first', '1987-Q1')]
    """
    listed = []
    for i, (start, end, timex) in enumerate(found):
        value = _PERIOD_VALUE.fullmatch(timex.value or "")
        words = text[start:end].split()
        if value is None or timex.rule not in _PERIOD_RULES or ordinal(words[0]) is None:
            continue  # not a period that starts with its ordinal ("the third quarter")
        floor = found[i - 1][1] if i else 0
        last = int(value["count"])
        for first, stop in _ordinals_before(text, start, floor):
            count = ordinal(text[first:stop])
            if count is None or not 1 <= count < last:
                break
            period = f"{value['year']}-{value['part']}{count}"
            if timex.interval_start is None:  # fiscal, or the year not in the text
                item = Timex("DATE", period, None, None, timex.reason, PERIOD_RULE)
            else:
                item = make_timex("DATE", period, PERIOD_RULE, reason=timex.reason)
            listed.append((first, stop, item))
            last = count
    return listed


def _ordinals_before(text: str, start: int, floor: int) -> Iterator[tuple[int, int]]:
    """The spans of the ordinals listed before ``text[start:]``, nearest first, none before
    ``floor``."""
    while (found := _listed_ordinal().search(text, max(floor, start - 32), start)) is not None:
        yield found.span("ord")
        start = found.start("ord")


def listed_counts(
    text: str, found: Sequence[tuple[int, int, Timex]]
) -> list[tuple[int, int, Timex]]:
    """The bare numbers listed with "and" before a counted length, as new expressions (see the
    module doc)."""
    listed = []
    for i, (start, end, timex) in enumerate(found):
        value = _COUNT_VALUE.fullmatch(timex.value or "")
        if (
            value is None
            or timex.rule != "duration.count"
            or number(text[start:end].split()[0]) is None
        ):
            continue  # not a length that starts with its number ("six months")
        floor = found[i - 1][1] if i else 0
        items, first, last = [], start, int(value["count"])
        while (before := _listed_number().search(text, max(floor, first - 32), first)) is not None:
            count = number(before["num"])
            if count is None or count != int(count) or not 0 < count < last:
                break  # a list counts up: "at eight and one year at 6-1/2 pct" is none
            item = make_timex("DURATION", f"{value['lead']}{int(count)}{value['unit']}", COUNT_RULE)
            items.append((*before.span("num"), item))
            first, last = before.start("num"), int(count)
        if items and not _BETWEEN.search(text, max(0, first - 10), first):
            listed.extend(items)
    return listed


# "between three and six months" is a range, no list
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


@cache
def _listed_number() -> re.Pattern[str]:
    # searched in the characters before a length's number, or before a number listed so
    return re.compile(
        expand(r"(?<![\w.,/$-])(?P<num>{NUM})(?:\s*,\s*|\s*,?\s+and\s+)$"), re.IGNORECASE
    )
