"""Date rule actions for lengths and repeats: durations ("the past three months"), offsets
from the DCT ("two years ago", "a week from now") and sets ("every Monday", "each July").

Contract: as ``extract.dates_calendar``; ``ACTIONS`` maps action names to functions. Decades
and centuries counted in durations become years ("three decades" -> ``P30Y``, "decades" ->
``PXY``), as in TempEval-3's gold. An anchored length ("the first nine months", "the past
year") gets the interval it covers when the DCT or a named period fixes it.

>>> from extract.dates_rules import apply_rules
>>> from extract.timex import anchor_of
>>> ctx = Ctx(anchor_of("2017-11-16"), None, False)
>>> apply_rules("two years ago", ctx, ACTIONS).value
'2015'
>>> apply_rules("three decades", ctx, ACTIONS).value
'P30Y'
"""

from __future__ import annotations

import re
from datetime import timedelta

from extract.dates_clock import MILITARY
from extract.dates_data import lexicon
from extract.dates_periods import fiscal
from extract.dates_references import value_at
from extract.dates_rule_table import Rule
from extract.dates_rules import (
    OFFSETS,
    Action,
    Ctx,
    abstain,
    day_number,
    duration_value,
    get,
    key,
    missing,
    number,
    pick,
    year_of,
    years_around,
)
from extract.timex import (
    TENSE_REACH,
    Interval,
    Precision,
    Timex,
    interval_of,
    make_timex,
    month_interval,
    range_timex,
    shift,
    year_interval,
)

UNIT_NEEDS: dict[str, Precision] = {"Y": "year", "M": "month", "W": "day", "D": "day"}
# The units wire copy writes after four digits that read as a 24-hour clock (MILITARY).
_CLOCK_UNITS = frozenset({"hrs", "hr"})


def set_(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    word, day, month = get(match, "word"), get(match, "weekday"), get(match, "month")
    if word:
        value = rule.params["words"][key(word)]
    elif day:
        value = f"XXXX-WXX-{lexicon().weekdays[key(day)]}"
    elif month:  # "each July", "each April 30"
        value = f"XXXX-{lexicon().months[key(month)]:02d}"
        if get(match, "day"):
            value += f"-{day_number(match['day']):02d}"
    else:
        count = 2 if get(match, "other") else number(get(match, "num") or "1")
        value = duration_value(count, lexicon().units[key(match["unit"])])
    return make_timex("SET", value, rule.id)


def ago(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    unit = lexicon().units[key(match["unit"])]
    sign = 1 if key(match["dir"]) in ("from now", "hence") else -1
    count = number(get(match, "num") or "") if get(match, "num") else None
    if count is None and not get(match, "vague") and not key(match["unit"]).endswith("s"):
        count = 1  # "302,000 head versus 294,000 week ago": one week
    if count is not None and get(match, "half"):  # "a year and a half ago": 18 months
        count += 0.5
        if unit.letter == "Y":
            unit, count = lexicon().units["month"], count * 12
    if count is None:  # "years ago", "several decades ago"
        return make_timex("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", rule.id)
    if unit.time:
        return abstain(rule, "the DCT has no time of day", "TIME")
    if count != int(count):
        return abstain(rule, "fractional offset")
    reason = missing(ctx, UNIT_NEEDS[unit.letter])
    if reason or ctx.anchor is None:
        return abstain(rule, reason or "")
    start, letter = ctx.anchor.start, unit.letter
    value = value_at(shift(start, letter, sign * int(count) * unit.factor), letter)
    upper = number(get(match, "upper") or "")
    if upper is None:
        return make_timex("DATE", value, rule.id)
    # "two or three years ago": from the farther offset's unit to the nearer one's
    other = value_at(shift(start, letter, sign * int(upper) * unit.factor), letter)
    near, far = interval_of(value), interval_of(other)
    if near is None or far is None or upper <= count:
        return None
    first, last = (far, near) if sign < 0 else (near, far)
    return range_timex(rule.id, (first[0], last[1]))


def _compound_number(match: re.Match[str]) -> bool:
    """Whether a range's two bounds are one number written in words ("twenty-four")."""
    first, upper = get(match, "num2"), get(match, "upper")
    if not first or not upper or not (first.isalpha() and upper.isalpha()):
        return False
    tens, unit = number(first), number(upper)
    between = match.string[match.end("num2") : match.start("upper")].strip()
    round_tens = tens is not None and 20 <= tens < 100 and tens % 10 == 0
    return between in ("", "-") and round_tens and 0 < (unit or 0) < 10


def duration(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    if rule.params.get("range") is not None and _compound_number(match):
        return None  # "twenty-four hours" is duration.count's
    units = lexicon().units
    if get(match, "vague_unit"):
        return make_timex(
            "DURATION", duration_value(None, units[key(match["vague_unit"])]), rule.id
        )
    form = key(rule.params.get("unit") or get(match, "unit") or match["unit2"])
    unit, num = units[form], get(match, "num") or get(match, "num2")
    if unit.time and num and MILITARY.fullmatch(num) and (form in _CLOCK_UNITS or num[0] == "0"):
        return None  # "between 1700 and 2100 hrs": wire-copy clock times, no length
    if rule.id == "duration.half":  # "2 1/2 years", "a minute and a half", "half an hour"
        whole = 0.0 if get(match, "half") else number(num or "")
        count = None if whole is None else whole + 0.5
    elif get(match, "fraction"):  # "a quarter of a century", "three quarters of an hour"
        count = 0.75 if key(match["fraction"]) == "three" else 0.25
    elif num:
        count = number(num)
    else:  # "the past decade" is one decade, "the past months" an unknown number of them
        count = None if get(match, "vague") or form.endswith("s") or form == "centuries" else 1
    if rule.id != "duration.half" and get(match, "half") and count is not None:
        count += 0.5  # "the last year and a half"
    value, interval = duration_value(count, unit), None
    rel = key(get(match, "rel") or rule.params.get("rel") or "")  # "the year ahead": "next"
    # a range of lengths ("the next 12 to 18 months"): the lower bound's value, its end unknown
    bounded = not rule.params.get("range")
    letter, amount = unit.letter, (count or 0) * unit.factor
    if letter == "Y" and amount != int(amount):
        letter, amount = "M", amount * 12  # a year and a half: 18 months
    if rel and bounded and count is not None and amount == int(amount) and not unit.time:
        amount, anchor, named = int(amount), ctx.anchor, _named_period(match, ctx)
        if rel in ("first", "last") and not named and ctx.of_another:
            anchor = None  # "the last three months of this financial year", "of its life"
        # "the first nine months": of the DCT's year; "the first ten days" may be of any month,
        # "the first two years" of anything, and "the first three weeks of April" with no DCT
        # of any April
        of_year = anchor is not None and letter == "M" and not get(match, "month")
        period = named or (year_interval(anchor.year) if anchor and of_year else None)
        if rel == "first" and period:  # "the first nine months (of 1998)"
            interval = (period[0], shift(period[0], letter, amount) - timedelta(days=1))
        elif rel == "last" and named:  # "the last three months of 1986": the period's end
            end = named[1] + timedelta(days=1)
            interval = (shift(end, letter, -amount), named[1])
        elif anchor is not None and anchor.precision == "day" and rel != "first" and not named:
            end = shift(anchor.start, letter, amount * OFFSETS[rel])
            interval = (min(anchor.start, end), max(anchor.start, end))
    # "the first eight months of fiscal 1987": a fiscal year's months have no calendar span
    found = make_timex("DURATION", value, rule.id, interval=interval)
    return fiscal(match, found, "fiscal year: calendar span unknown")


def _named_period(match: re.Match[str], ctx: Ctx) -> Interval | None:
    """The month or year an anchored length is "of": "the first six months of 1998", "the
    first three weeks of April" (the April the tense picks, as for the month alone)."""
    year = year_of(get(match, "year") or get(match, "year2"))
    if not get(match, "month"):
        return year_interval(year) if year else None
    wanted = lexicon().months[key(match["month"])]
    if year:
        return month_interval(year, wanted)
    if ctx.anchor is None:
        return None
    return pick(
        [month_interval(y, wanted) for y in years_around(ctx.anchor)], ctx, None, TENSE_REACH
    )


ACTIONS: dict[str, Action] = {"set": set_, "ago": ago, "duration": duration}
