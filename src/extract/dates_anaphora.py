"""Anaphoric dates: expressions relative to another time of the text, resolved against it.

Contract: ``resolve_anaphora(items, caps)`` takes a text's date expressions in order, each as
(its text without prepositions and modifiers, its ``Timex``), and returns their ``Timex`` list
with the anaphoric ones ("a year earlier", "the following month", "that year") resolved against
the reference time: the nearest calendar date (a year, half, quarter, month, week or day value)
before them that is no anaphora itself (a second "a year earlier" is the same year as the
first). ``caps`` (optional, one per item) is the granularity an item stands for as a reference
when it ends a period, ``NAMED`` when the expression before it names that period and stays
the reference, or ``NOT_REFERENCE`` when its words keep it out ("the rest of the year" is
what is still to come): ``dates_references.reference_cap`` finds it ("the quarter ended
Sept. 30" is a quarter; in "the first quarter ended Feb. 28" the first quarter is). The rules
are ``data/dates/anaphora.json``; where no rule applies or no reference precedes, the
``Timex`` stays as ``normalise`` made it (an abstention with its reason, or the DCT-based
value). A fiscal period keeps its reason and has no calendar interval once resolved ("the
fiscal year" after "fiscal 1987" is 1987, its span unknown; GUIDELINES 5.7), nor has one of the
same size resolved against a fiscal period ("a year earlier" than "the quarter ended Aug. 26").
A split year ("1986/87", "the first half of 1986/87") is a reference of unknown calendar span: a
year, half or quarter relative to it is left unresolved until a calendar date is named again.

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
from datetime import date, timedelta
from functools import cache
from typing import Any

from extract.dates_data import expand, lexicon, read_json
from extract.dates_periods import SPLIT_YEAR
from extract.dates_references import (
    GRANULARITY,
    NAMED,
    NOT_REFERENCE,
    as_period,
    in_fiscal_year,
    named_period_ended,
    period_ending_at,
    quarter_ended,
    reference_of,
    value_at,
)
from extract.dates_rules import number, ordinal
from extract.errors import DataError
from extract.timex import Timex, make_timex, shift

# unit word -> (its granularity, TIMEX3 shift letter, how many of that letter)
UNITS = {
    "year": ("Y", "Y", 1),
    "quarter": ("Q", "M", 3),
    "month": ("M", "M", 1),
    "week": ("W", "W", 1),
    "day": ("D", "D", 1),
}
# A duration of months that a year holds ("the nine months"): the period a comparison after it
# is about, by its count of months.
_PART_OF_YEAR = re.compile(r"P([1-9]|1[01])M")
_PERIOD_OF_MONTHS = {"3": "Q", "6": "H"}
# The period an expression names, as the granularity its value takes ("the same month").
_PERIOD_UNITS = {"quarter": "Q", "month": "M", "week": "W"}
# The periods a split year ("1986/87") leaves unknown when named after their reference: the
# year, half or quarter an anaphora is of, or the unit it counts in ("a year earlier" than
# "April 1, in the second half of 1986/87").
_SPLIT_SIZES = frozenset({"Y", "H", "Q"})
_SPLIT_UNITS = frozenset({"year", "quarter"})
MODES = frozenset({"shift", "step", "same", "in_year", "named"})
SATURDAY = 5  # date.weekday(): Saturday and Sunday are no business days


@dataclass(frozen=True, slots=True)
class AnaphoraRule:
    id: str
    from_rules: frozenset[str]
    regex: re.Pattern[str]
    mode: str
    references: frozenset[str] | None  # the granularities of reference it resolves against
    without_dct: bool
    not_back_ahead: bool
    reported: bool  # resolves against no date a comparison is made with


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
            _references(entry),
            bool(entry.get("without_dct")),
            bool(entry.get("not_back_ahead")),
            bool(entry.get("reported")),
        )
        found.append(rule)
    return tuple(found), dict(data["directions"])


def _references(entry: Mapping[str, Any]) -> frozenset[str] | None:
    """The granularities of reference a rule of ``anaphora.json`` resolves against: a quarter
    or half with ``only_coarse``, those of ``references`` where given, else any."""
    if entry.get("only_coarse"):
        return frozenset({"H", "Q"})
    return frozenset(entry["references"]) if "references" in entry else None


@cache
def rule_sets() -> Mapping[str, frozenset[str]]:
    """The sets of ``rules.json`` rule ids that ``anaphora.json`` names, read once:
    "not_references" (comparison sides), "periods_named" (a period named by its number:
    "the first quarter") and "quarters_ended" (a quarter the next expression ends).

    >>> "date.quarter_ordinal" in rule_sets()["periods_named"]
    True
    """
    data = read_json("anaphora.json")
    keys = ("not_references", "periods_named", "quarters_ended")
    return {key: frozenset(data[key]["rules"]) for key in keys}


@cache
def _quarter_ended_rule() -> str:
    """The rule id of a quarter named by the day that ends it (``anaphora.json``)."""
    return str(read_json("anaphora.json")["quarters_ended"]["id"])


def _period_of_months(
    timex: Timex, granularity: str, reference: tuple[str, date] | None
) -> tuple[str, date] | None:
    """The reference after a duration of months: the period it spans where it is anchored
    ("the first six months of 1987": 1987-H1), else the reference's period ("for the nine
    months" of the third quarter: its year)."""
    if timex.interval_start is not None:
        return reference_of(value_at(date.fromisoformat(timex.interval_start), granularity))
    return as_period(reference, granularity) if reference is not None else None


def _month_opened_or_closed(timex: Timex) -> tuple[str, date] | None:
    """The month a length of days or weeks opens or closes ("the first 20 days of February",
    "the last 10 days of March": a year earlier is that month's), else None.

    >>> first = make_timex("DURATION", "P20D", "r", interval=(date(1987, 2, 1), date(1987, 2, 20)))
    >>> _month_opened_or_closed(first)
    ('M', datetime.date(1987, 2, 1))
    >>> past = make_timex("DURATION", "P10D", "r", interval=(date(1987, 3, 5), date(1987, 3, 15)))
    >>> _month_opened_or_closed(past) is None
    True
    """
    if timex.interval_start is None or timex.interval_end is None:
        return None
    start, end = date.fromisoformat(timex.interval_start), date.fromisoformat(timex.interval_end)
    if (start.year, start.month) != (end.year, end.month):
        return None
    if start.day != 1 and (end + timedelta(days=1)).month == end.month:
        return None
    return "M", start.replace(day=1)


def _named(match: re.Match[str], reference: tuple[str, date]) -> str | None:
    """The month or weekday ``match`` names, nearest before or after the reference by its
    direction word; None where the reference is too coarse to tell.

    >>> rule = next(r for r in anaphora_rules()[0] if r.mode == "named")
    >>> january, friday = ("M", date(1987, 1, 1)), ("D", date(1989, 10, 27))
    >>> _named(rule.regex.fullmatch("the previous January"), january)
    '1986-01'
    >>> _named(rule.regex.fullmatch("the following March"), january)
    '1987-03'
    >>> _named(rule.regex.fullmatch("the previous Friday"), friday)
    '1989-10-20'
    >>> _named(rule.regex.fullmatch("the previous Friday"), ("M", date(1989, 10, 1))) is None
    True
    """
    granularity, start = reference
    direction = anaphora_rules()[1].get(match["dir"].lower(), 0)
    said = (match["month"] or "").lower().rstrip(".")
    if said:
        month = lexicon().months[said]
        if GRANULARITY[granularity] < GRANULARITY["M"]:
            return None
        if direction < 0:
            year = start.year if month < start.month else start.year - 1
        else:
            year = start.year if month > start.month else start.year + 1
        return f"{year:04d}-{month:02d}"
    if granularity != "D":
        return None
    wanted = lexicon().weekdays[match["weekday"].lower().rstrip(".")]
    days = (start + timedelta(days=direction * k) for k in range(1, 8))
    return next(day for day in days if day.isoweekday() == wanted).isoformat()


def _names_the_year(reference: tuple[str, date] | None, value: str | None) -> bool:
    """Whether ``reference`` is a year and the one ``value`` names."""
    return (
        reference is not None
        and reference[0] == "Y"
        and (value or "")[:4] == str(reference[1].year)
    )


def _unit(match: re.Match[str]) -> str:
    """The unit word an anaphora counts in ("year" in "a year earlier"), or ''; "the same
    date" counts in days.

    >>> _unit(re.match(r"the same (?P<unit>\\w+)", "the same Date"))
    'day'
    """
    unit = (match.groupdict().get("unit") or match.groupdict().get("unit2") or "").lower()
    return "day" if unit == "date" else unit


def _resolve(
    rule: AnaphoraRule, match: re.Match[str], reference: tuple[str, date], value: str | None
) -> str | None:
    granularity, start = reference
    if rule.references is not None and granularity not in rule.references:
        return None
    pod = match.groupdict().get("pod")
    if pod:  # "that morning": the reference day's
        code = lexicon().parts_of_day[pod.lower()]
        return f"{start.isoformat()}T{code}" if granularity == "D" else None
    if rule.mode == "named":
        return _named(match, reference)
    unit = _unit(match)
    if rule.mode == "in_year":
        year = int((value or "0")[:4])
        # "the same month", "the same day": only a month's, a day's
        named = {"quarter": "Q", "month": "M", "day": "D"}.get(unit)
        if not year or (named is not None and granularity != named):
            return None
        try:
            return value_at(start.replace(year=year), granularity)
        except ValueError:
            return None  # February 29 in a year without one
    unit_granularity, letter, factor = UNITS[unit]
    if GRANULARITY[granularity] < GRANULARITY[unit_granularity] and unit_granularity != "Y":
        return None  # "two days later" than a month: the day is unknown
    said = match.groupdict().get("dir") or match.groupdict().get("dir2") or ""
    direction = anaphora_rules()[1].get(said.lower(), 0)
    if rule.mode == "same":
        return value_at(start, unit_granularity)
    if rule.mode == "step":
        if GRANULARITY[granularity] < GRANULARITY[unit_granularity]:
            return None
        moved = shift(start, letter, direction * factor)
        while match.groupdict().get("business") and direction and moved.weekday() >= SATURDAY:
            moved = shift(moved, letter, direction)  # "the previous business day": over a weekend
        month = lexicon().months.get((match.groupdict().get("month") or "").lower().rstrip("."))
        if month is not None:  # "January next year"
            return f"{moved.year:04d}-{month:02d}"
        return value_at(moved, unit_granularity)
    count = number(match.groupdict().get("num") or "1")
    if count is None or count != int(count):
        return None
    moved = shift(start, letter, direction * int(count) * factor)
    quarter = ordinal(match.groupdict().get("ord") or "")
    if quarter is not None and 1 <= quarter <= 4 and unit == "year":
        return f"{moved.year:04d}-Q{quarter}"  # "the year-ago second quarter"
    cut = _PERIOD_UNITS.get(match.groupdict().get("period") or "")
    if cut is not None and GRANULARITY[granularity] > GRANULARITY[cut]:
        granularity = cut  # "the year-ago quarter" of "Sept. 30" is a quarter
    return value_at(moved, granularity)


def _resolved(timex: Timex, value: str, rule: str, anchor_fiscal: str | None = None) -> Timex:
    """``timex`` resolved to ``value`` by ``rule``; a fiscal period keeps its reason and gets
    no calendar interval ("the fiscal year" resolved by the year named before it), and so does
    a period of the same size as the fiscal one it is resolved against (``anchor_fiscal``, that
    one's reason): "the previous year" after "fiscal 1987", "a year earlier" than "the fourth
    quarter ended Aug. 26" (GUIDELINES 5.7).

    >>> fiscal = Timex("DATE", "1989", None, None, "fiscal year: calendar span unknown", "r")
    >>> found = _resolved(fiscal, "1986", "anaphora.reported_year")
    >>> found.value, found.interval_start, found.reason
    ('1986', None, 'fiscal year: calendar span unknown')
    >>> plain = make_timex("DATE", None, "date.event_relative", reason="relative")
    >>> _resolved(plain, "1986", "anaphora.next_unit", fiscal.reason).interval_start is None
    True
    """
    own = _fiscal_reason(timex)
    if own is not None:
        return Timex(timex.type, value, None, None, own, rule)
    if anchor_fiscal is not None:
        return Timex("DATE", value, None, None, anchor_fiscal, rule)
    return make_timex("TIME" if "T" in value else "DATE", value, rule)


def _fiscal_reason(timex: Timex) -> str | None:
    """The reason of a fiscal period, which has no calendar interval; else None."""
    fiscal = timex.reason is not None and timex.reason.startswith("fiscal")
    return timex.reason if fiscal and timex.interval_start is None else None


def _coarser_than_named(match: re.Match[str], reference: tuple[str, date]) -> bool:
    """Whether the reference is coarser than the quarter an expression names ("last year's
    quarter" after a year)."""
    named = match.groupdict().get("period") or match.groupdict().get("unit2") or ""
    return named.lower() == "quarter" and GRANULARITY[reference[0]] < GRANULARITY["Q"]


# A year written in figures, and the words by which a named period says its own year.
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
_OWN_YEAR = re.compile(r"\d|\byear", re.IGNORECASE)


def resolve_anaphora(
    items: Sequence[tuple[str, Timex]],
    caps: Sequence[str | None] = (),
    ahead: Sequence[bool] = (),
    bases: Sequence[bool] = (),
) -> list[Timex]:
    """The ``Timex`` of each (text, Timex), anaphoric ones resolved (see the module doc);
    ``ahead`` (optional, one per item) says whether an item is said in the future tense, and
    ``bases`` whether it is the other side of a comparison (no reference of a rule marked
    ``reported``: "for the month" after "from December" is still the month reported)."""
    rules, sets = anaphora_rules()[0], rule_sets()
    reference: tuple[str, date] | None = None
    reported: tuple[str, date] | None = None  # the latest reference no comparison is made with
    fine_reference: tuple[str, date] | None = None  # the latest reference of a month or finer
    coarse_reference: tuple[str, date] | None = None  # the latest quarter or half
    fiscal: dict[tuple[str, date], str] = {}  # the fiscal references, their reasons
    fiscal_period: Timex | None = None  # the last fiscal quarter or half named by its end
    split_since = False  # a split year is named since the latest reference
    resolved: list[Timex] = []
    for i, (text, timex) in enumerate(items):
        ends_it = i + 1 < len(items) and i + 1 < len(caps) and caps[i + 1] == "Q"
        quarter = quarter_ended(items[i + 1][1]) if ends_it else None
        if timex.rule in sets["quarters_ended"] and quarter is not None:
            timex = make_timex("DATE", quarter, _quarter_ended_rule())
        named_by_end = i + 1 < min(len(items), len(caps)) and caps[i + 1] == NAMED
        if named_by_end and timex.rule in sets["periods_named"]:
            # "the second quarter ended March 29, 1986": fiscal or calendar, and of the year the
            # day writes where the quarter writes none ("fiscal 1988 first quarter", "last
            # year's first quarter" keep theirs)
            written = _WRITTEN_YEAR.search(items[i + 1][0]) is not None
            own = _OWN_YEAR.search(text) is not None
            timex = named_period_ended(timex, items[i + 1][1], written, own)
            if _fiscal_reason(timex) is not None:
                fiscal_period = timex  # the fiscal year of the text's numbered periods
        elif (
            fiscal_period is not None
            and timex.rule in sets["periods_named"]
            and not _OWN_YEAR.search(text)
        ):
            timex = in_fiscal_year(timex, fiscal_period)
        for rule in rules if reference is not None else ():
            applies = timex.rule in rule.from_rules and not (rule.without_dct and timex.value)
            match = rule.regex.fullmatch(text) if applies else None
            # "the previous March" after "March ... a year ago": the month named last
            anchor = fine_reference if rule.mode == "named" else reference
            if rule.reported:
                anchor = reported
            if rule.mode == "in_year" and _names_the_year(reference, timex.value):
                # "third-quarter earnings ... lower than it reported last year ... in the 1988
                # quarter": a year reference that is the year named compares; the quarter talked
                # of before it is the one meant
                anchor = coarse_reference or reference
            if match is not None and anchor is not None and _coarser_than_named(match, anchor):
                # "U.K. sales for last year's quarter" after "the current year": the quarter
                # talked of before is the one meant (GUIDELINES 5.5.3), else it is unknown
                anchor = coarse_reference
            if match is not None and anchor is not None:
                value = _resolve(rule, match, anchor, timex.value)
                if value is not None and rule.not_back_ahead and i < len(ahead) and ahead[i]:
                    # "prices will edge higher during the year" after "544,000 tonnes in 1986":
                    # what is still to come is not of a year before the DCT-based one
                    value = value if value[:4] >= (timex.value or "")[:4] else None
                size = reference_of(value)
                of_split = _unit(match) in _SPLIT_UNITS or (
                    size is not None and size[0] in _SPLIT_SIZES
                )
                if split_since and of_split:
                    # "first-half 1986/87 net fell to 15.02 mln from 17.09 mln a year earlier":
                    # a fiscal or crop year of unknown calendar span is talked of, and a year,
                    # half or quarter relative to it is unknown too ("the previous week" is not)
                    value = None
                if value is not None:
                    same_size = size is not None and size[0] == anchor[0]
                    timex = _resolved(
                        timex, value, rule.id, fiscal.get(anchor) if same_size else None
                    )
                    break
        resolved.append(timex)
        # no chains ("a year earlier" twice is 1988), and no comparison periods as references
        kept_out = i < len(caps) and caps[i] == NOT_REFERENCE
        if (
            not timex.rule.startswith("anaphora.")
            and timex.rule not in sets["not_references"]
            and not kept_out
        ):
            if timex.reason == SPLIT_YEAR:
                split_since = True
                continue
            found = reference_of(timex.value)
            if found is not None and i < len(caps):
                if caps[i] == NAMED:
                    continue  # the period named before stays the reference
                found = period_ending_at(found, caps[i])
            months = _PART_OF_YEAR.fullmatch(timex.value or "")
            if found is None and months is not None and timex.type == "DURATION":
                found = _period_of_months(timex, _PERIOD_OF_MONTHS.get(months[1], "Y"), reference)
            elif found is None and timex.type == "DURATION":
                found = _month_opened_or_closed(timex)
            reference = found or reference
            if not (i < len(bases) and bases[i]):
                reported = found or reported
            split_since = split_since and found is None
            if found is not None and found == reference_of(timex.value):
                reason = _fiscal_reason(timex)
                if reason is None:
                    fiscal.pop(found, None)
                else:
                    fiscal[found] = reason
            if found is not None and GRANULARITY[found[0]] >= GRANULARITY["M"]:
                fine_reference = found
            if found is not None and found[0] in ("H", "Q"):
                coarse_reference = found
            elif found is not None and found[0] != "Y":
                coarse_reference = None  # a month or day since: the quarter is no longer talked of
    return resolved
