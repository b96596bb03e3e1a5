"""Days listed after a dated day: "on October 23 and 24", "March 3rd and 4th".

Contract: ``listed_days(text, found)`` takes a text's expressions in order, each as (start,
end, ``Timex``), and returns the bare days that follow a day-precise date with "and", each as
(start, end, ``Timex``): the date's month and year at that day, rule ``date.listed_day``. A
list is no range (GUIDELINES 5.2; the gold set reads "October 23 and 24" as two items, as
OntoNotes splits "Oct. 13 and 16"), and the second day alone names no month, so no pattern of
``rules.json`` finds it. ``context.json``'s ``listed_day`` says what may follow the day.

>>> from extract.timex import make_timex
>>> text = "Talks were held on October 23 and 24 in Moscow."
>>> oct_23 = make_timex("DATE", "2018-10-23", "date.month_day")
>>> [(text[s:e], t.value) for s, e, t in listed_days(text, [(19, 29, oct_23)])]
[('24', '2018-10-24')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from extract.dates_data import expand, read_json
from extract.dates_rules import day_number
from extract.timex import Timex, make_timex

RULE = "date.listed_day"
_DAY_VALUE = re.compile(r"(?P<month>(?:\d{4}|XXXX)-\d\d)-\d\d")


@cache
def _listed_day() -> re.Pattern[str]:
    after = read_json("context.json")["listed_day"]["after"]
    return re.compile(
        expand(rf"\s+and\s+(?P<day>{{DAY}})(?=\s*(?:[,.;:)]|$)|\s+(?:{after})\b)"),
        re.IGNORECASE,
    )


def listed_days(text: str, found: Sequence[tuple[int, int, Timex]]) -> list[tuple[int, int, Timex]]:
    """The bare days listed after a dated day, as new expressions (see the module doc)."""
    days = []
    for i, (_, end, timex) in enumerate(found):
        value = _DAY_VALUE.fullmatch(timex.value or "") if timex.type == "DATE" else None
        listed = _listed_day().match(text, end) if value is not None else None
        if value is None or listed is None:
            continue
        start, stop = listed.span("day")
        if i + 1 < len(found) and found[i + 1][0] < stop:
            continue  # the day is already part of the next expression
        number = day_number(listed["day"])
        month = value["month"]
        try:
            if not month.startswith("X"):
                date.fromisoformat(f"{month}-{number:02d}")
        except ValueError:
            continue
        reason = timex.reason if month.startswith("X") else None  # "year not in text"
        days.append((start, stop, make_timex("DATE", f"{month}-{number:02d}", RULE, reason=reason)))
    return days
