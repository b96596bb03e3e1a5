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
            days.append(_day(listed, value["month"], timex))
        if text[start : start + 1].isdigit():  # "7 and 8 November"
            listed = _listed_day_before().search(text, max(0, start - 24), start)
            if listed is not None and (i == 0 or found[i - 1][1] <= listed.start("day")):
                days.append(_day(listed, value["month"], timex))
    return [day for day in days if day is not None]


def _day(listed: re.Match[str], month: str, timex: Timex) -> tuple[int, int, Timex] | None:
    """The listed day of ``month`` (the date ``timex``'s), or None if there is no such day."""
    number = day_number(listed["day"])
    try:
        if not month.startswith("X"):
            date.fromisoformat(f"{month}-{number:02d}")
    except ValueError:
        return None
    reason = timex.reason if month.startswith("X") else None  # "year not in text"
    found = make_timex("DATE", f"{month}-{number:02d}", RULE, reason=reason)
    return listed.start("day"), listed.end("day"), found
