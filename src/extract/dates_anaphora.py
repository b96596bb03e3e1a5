"""Anaphoric dates: expressions relative to another time of the text, resolved against it.

Contract: ``resolve_anaphora(items)`` takes a text's date expressions in order, each as (its
text without prepositions and modifiers, its ``Timex``), and returns their ``Timex`` list with
the anaphoric ones ("a year earlier", "the following month", "that year") resolved against the
reference time: the nearest calendar date (a year, half, quarter, month, week or day value)
before them that is no anaphora itself (a second "a year earlier" is the same year as the
first). The rules are ``data/dates/anaphora.json``; where no
rule applies or no reference precedes, the ``Timex`` stays as ``normalise`` made it (an
abstention with its reason, or the DCT-based value).

>>> from extract.timex import make_timex
>>> third = make_timex("DATE", "1989-Q3", "date.quarter_ordinal")
>>> open_ = make_timex("DATE", None, "date.event_relative", reason="relative")
>>> [t.value for t in resolve_anaphora([("the third quarter", third), ("a year earlier", open_)])]
['1989-Q3', '1988-Q3']
>>> [t.value for t in resolve_anaphora([("a year earlier", open_)])]
[None]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from extract.dates_data import expand, read_json
from extract.dates_rules import number
from extract.errors import DataError
from extract.timex import Timex, make_timex, shift, week_value

# Granularities of a reference value, coarsest first: a rule needs a reference at least as
# fine as its unit ("the following month" of a bare year is unknown).
GRANULARITY = {"Y": 0, "H": 1, "Q": 2, "M": 3, "W": 4, "D": 5}
_VALUE = [
    ("Y", re.compile(r"(\d{4})")),
    ("H", re.compile(r"(\d{4})-H([12])")),
    ("Q", re.compile(r"(\d{4})-Q([1-4])")),
    ("M", re.compile(r"(\d{4})-(\d{2})")),
    ("W", re.compile(r"(\d{4})-W(\d{2})")),
    ("D", re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")),
]
# unit word -> (its granularity, TIMEX3 shift letter, how many of that letter)
UNITS = {
    "year": ("Y", "Y", 1),
    "quarter": ("Q", "M", 3),
    "month": ("M", "M", 1),
    "week": ("W", "W", 1),
    "day": ("D", "D", 1),
}
MODES = frozenset({"shift", "step", "same"})


@dataclass(frozen=True, slots=True)
class AnaphoraRule:
    id: str
    from_rules: frozenset[str]
    regex: re.Pattern[str]
    mode: str
    only_coarse: bool


@cache
def anaphora_rules() -> tuple[tuple[AnaphoraRule, ...], Mapping[str, int]]:
    """The rules of ``anaphora.json`` and its direction words, checked on load.

    >>> rules, directions = anaphora_rules()
    >>> rules[0].id, directions["earlier"]
    ('anaphora.year_ago_compound', -1)
    """
    data = read_json("anaphora.json")
    found = []
    for entry in data["rules"]:
        if entry["mode"] not in MODES:
            raise DataError(f"anaphora.json: {entry['id']}: unknown mode {entry['mode']!r}")
        try:
            regex = re.compile(expand(entry["pattern"]), re.IGNORECASE)
        except re.error as error:
            raise DataError(f"anaphora.json: {entry['id']}: {error}") from error
        rule = AnaphoraRule(
            entry["id"],
            frozenset(entry["from_rules"]),
            regex,
            entry["mode"],
            bool(entry.get("only_coarse")),
        )
        found.append(rule)
    return tuple(found), dict(data["directions"])


def reference_of(value: str | None) -> tuple[str, date] | None:
    """(granularity, first day) of a calendar value, None for any other value.

    >>> reference_of("1989-Q3"), reference_of("1989"), reference_of("P1Y")
    (('Q', datetime.date(1989, 7, 1)), ('Y', datetime.date(1989, 1, 1)), None)
    """
    for granularity, regex in _VALUE:
        match = regex.fullmatch(value or "")
        if match is None:
            continue
        year, rest = int(match[1]), [int(g) for g in match.groups()[1:]]
        try:
            if granularity in ("H", "Q"):
                size = 6 if granularity == "H" else 3
                return granularity, date(year, (rest[0] - 1) * size + 1, 1)
            if granularity == "W":
                return granularity, date.fromisocalendar(year, rest[0], 1)
            month, day = [*rest, 1, 1][:2]
            return granularity, date(year, month, day)
        except ValueError:
            return None
    return None


def value_at(day: date, granularity: str) -> str:
    """The value of the ``granularity`` period containing ``day``.

    >>> value_at(date(1988, 8, 12), "Q"), value_at(date(1988, 8, 12), "H")
    ('1988-Q3', '1988-H2')
    """
    if granularity == "Y":
        return f"{day.year:04d}"
    if granularity == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "M":
        return day.isoformat()[:7]
    return week_value(day) if granularity == "W" else day.isoformat()


def _resolve(rule: AnaphoraRule, match: re.Match[str], reference: tuple[str, date]) -> str | None:
    granularity, start = reference
    if rule.only_coarse and granularity not in ("H", "Q"):
        return None
    unit_granularity, letter, factor = UNITS[match["unit"].lower()]
    if GRANULARITY[granularity] < GRANULARITY[unit_granularity] and unit_granularity != "Y":
        return None  # "two days later" than a month: the day is unknown
    direction = anaphora_rules()[1].get((match.groupdict().get("dir") or "").lower(), 0)
    if rule.mode == "same":
        return value_at(start, unit_granularity)
    if rule.mode == "step":
        if GRANULARITY[granularity] < GRANULARITY[unit_granularity]:
            return None
        return value_at(shift(start, letter, direction * factor), unit_granularity)
    count = number(match.groupdict().get("num") or "1")
    if count is None or count != int(count):
        return None
    return value_at(shift(start, letter, direction * int(count) * factor), granularity)


def resolve_anaphora(items: Sequence[tuple[str, Timex]]) -> list[Timex]:
    """The ``Timex`` of each (text, Timex), anaphoric ones resolved (see the module doc)."""
    rules, _ = anaphora_rules()
    reference: tuple[str, date] | None = None
    resolved: list[Timex] = []
    for text, timex in items:
        for rule in rules if reference is not None else ():
            match = rule.regex.fullmatch(text) if timex.rule in rule.from_rules else None
            if match is not None and reference is not None:
                value = _resolve(rule, match, reference)
                if value is not None:
                    timex = make_timex("DATE", value, rule.id)
                    break
        resolved.append(timex)
        if not timex.rule.startswith("anaphora."):  # no chains: "a year earlier" twice is 1988
            reference = reference_of(timex.value) or reference
    return resolved
