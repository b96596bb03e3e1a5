"""Date rule actions for periods: years, decades, centuries, quarters, halves, seasons,
DCT-relative units ("last month", "earlier this year") and ``*_REF`` references. Lengths,
offsets and sets are ``extract.dates_durations``'.

Contract: as ``extract.dates_calendar``; ``ACTIONS`` maps action names to functions.

>>> from extract.dates_rules import apply_rules
>>> from extract.timex import anchor_of
>>> apply_rules("last month", Ctx(anchor_of("2017-11-16"), None, False), ACTIONS).value
'2017-10'
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from extract.dates_data import lexicon
from extract.dates_rule_table import Rule
from extract.dates_rules import (
    NO_YEAR,
    OFFSETS,
    Action,
    Ctx,
    abstain,
    get,
    key,
    missing,
    number,
    ordinal,
    pick,
    year_of,
    years_around,
)
from extract.records import DateType
from extract.timex import (
    Interval,
    Precision,
    Timex,
    add_months,
    make_timex,
    part_interval,
    range_timex,
    week_value,
    year_interval,
)

WORD_NEEDS: dict[str, Precision] = {
    "year": "year",
    "decade": "year",
    "century": "year",
    "month": "month",
    "quarter": "month",
    "week": "day",
}


def event_relative(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    unit = lexicon().units.get(key(get(match, "unit") or ""))
    # "an hour later", "that morning"
    kind: DateType = "TIME" if (unit is not None and unit.time) or get(match, "pod") else "DATE"
    return abstain(rule, "relative to another time in the text, not to the DCT", kind)


def _unit_value(unit: str, offset: int, ctx: Ctx) -> tuple[str | None, str | None]:
    """(value, reason) of the ``unit`` that is ``offset`` units away from the DCT's."""
    reason = missing(ctx, WORD_NEEDS[unit])
    if reason or ctx.anchor is None:
        return None, reason
    day = ctx.anchor.start
    if unit == "year":
        return f"{day.year + offset:04d}", None
    if unit == "decade":
        return f"{day.year // 10 + offset:03d}X", None
    if unit == "century":
        return f"{day.year // 100 + offset:02d}", None
    if unit == "month":
        return add_months(day, offset).isoformat()[:7], None
    if unit == "quarter":
        index = day.year * 4 + (day.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}", None
    return week_value(day + timedelta(weeks=offset)), None


# The first month of a position in a year: "mid-year" is June, "the end of the year" December.
# (Not the second half: "the outlook for the second half of the year" said in March is ahead.)
_POSITION_START = {"MID": 6, "END": 12}
# Days after a quarter's end within which its results are still reported (a year's last
# quarter is reported with the annual results, by the end of March).
REPORTING_DAYS = 100


def year_shift(ctx: Ctx, position: str | None) -> int:
    """-1 when a past sentence names a part of "the year" that the DCT has not reached yet:
    "at the end of the year it had ..." said in March is last year's end; else 0. Not after a
    deadline word: "forecast inflation at 4.5 pct by year-end" is this year's.

    >>> from extract.timex import anchor_of
    >>> march = anchor_of("1987-03-10")
    >>> year_shift(Ctx(march, "past", True), "END"), year_shift(Ctx(march, "future", True), "END")
    (-1, 0)
    >>> year_shift(Ctx(march, "past", True, deadline=True), "END")
    0
    """
    first = _POSITION_START.get(position or "")
    if first is None or ctx.anchor is None or ctx.anchor.precision == "year" or ctx.deadline:
        return 0
    return -1 if ctx.tense == "past" and ctx.anchor.start.month < first else 0


def relative_unit(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    offset = OFFSETS[key(get(match, "rel") or rule.params["rel"])]
    unit = key(get(match, "unit") or match["unit2"])
    # "the end of the year", "year-end", "mid-year" (never "this year"): the tense may say
    # which year's
    fiscal_year = _FISCAL.search(match.group(0)) is not None  # "its fiscal year-end": unknown
    own_year = get(match, "rel") or match.group(0).lower().startswith("this")
    if unit == "year" and not own_year and not fiscal_year:
        offset += year_shift(ctx, rule.params.get("position") or ctx.position)
    value, reason = _unit_value(unit, offset, ctx)
    found = make_timex("DATE", value, rule.id, reason=reason)
    return fiscal(match, found, "fiscal year: calendar span unknown")


def within_unit(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "earlier this month": the DCT's month, its interval cut at the DCT."""
    value, reason = _unit_value(key(match["unit"]), 0, ctx)
    if value is None or ctx.anchor is None:
        return abstain(rule, reason or "")
    whole = make_timex("DATE", value, rule.id)
    assert whole.interval_start is not None and whole.interval_end is not None
    start, end = date.fromisoformat(whole.interval_start), date.fromisoformat(whole.interval_end)
    if ctx.anchor.precision == "day":
        start, end = (
            (start, ctx.anchor.start)
            if key(match["side"]) == "earlier"
            else (ctx.anchor.start, end)
        )
    return make_timex("DATE", value, rule.id, interval=(start, end))


def _part(match: re.Match[str], rule: Rule, ctx: Ctx, part: str, year: int | None) -> Timex | None:
    rel_year = get(match, "rel_year")  # "this year's third quarter"
    if year is None and (rel_year or re.search(r"\byear\b", match.group(0), re.IGNORECASE)):
        if ctx.anchor is None:
            return abstain(rule, "relative expression without DCT")
        year = ctx.anchor.year + OFFSETS[key(rel_year or "this")]  # "the first half of the year"
    if year:
        return make_timex("DATE", f"{year:04d}-{part}", rule.id)
    if ctx.anchor is None:
        return make_timex("DATE", f"XXXX-{part}", rule.id, reason=NO_YEAR)
    rel = get(match, "rel")
    reason = missing(ctx, "month") if rel and key(rel) != "this" else None
    if reason:
        return abstain(rule, reason)
    if part[0] == "H" and ctx.tense == "future" and rel is None:
        # "expects improved results in the second half" (said in March): the DCT year's
        return make_timex("DATE", f"{ctx.anchor.year:04d}-{part}", rule.id)
    # Quarters and halves are reported once they are over ("expects to report third-quarter
    # results"): the verb's tense misleads, and the latest one begun by the DCT is meant ...
    cands = [part_interval(y, part) for y in years_around(ctx.anchor)]
    picked = pick(cands, replace(ctx, tense="past") if part[0] in "QH" else ctx, rel)
    if picked is None:
        return None
    # ... unless it ended too long ago for its results to be still to come: "will take a
    # fourth quarter charge", said in June, is this year's fourth quarter
    over = (ctx.anchor.start - picked[1]).days
    ahead = part[0] == "Q" and ctx.tense == "future" and rel is None and over > REPORTING_DAYS
    return make_timex("DATE", f"{picked[0].year + ahead:04d}-{part}", rule.id)


_FISCAL = re.compile(r"\b(?:fiscal|financial|fy)", re.IGNORECASE)


def quarter(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    ord_text, code = get(match, "ord") or get(match, "ord2"), get(match, "q") or get(match, "q2")
    count = ordinal(ord_text) if ord_text else int(code or 0)
    if get(match, "month"):  # "the December quarter": the quarter that holds the month
        count = (lexicon().months[key(match["month"]).rstrip(".")] - 1) // 3 + 1
    if get(match, "final"):  # "its final 1986 quarter": a year's last is its fourth
        count = 4
    if count is None or not 1 <= count <= 4:
        return None
    found = _part(match, rule, ctx, f"Q{count}", year_of(get(match, "year") or get(match, "year2")))
    return fiscal(match, found, "fiscal quarter: calendar span unknown")


def fiscal(match: re.Match[str], found: Timex | None, reason: str) -> Timex | None:
    """A fiscal quarter or half keeps its value, but its calendar span is unknown (GUIDELINES
    5.7: "the fiscal 1986 fourth quarter" is 1986-Q4, without an interval). One of a split
    year ("the second half of 1986/87", pattern group ``split``) is fiscal too, and its place
    in the calendar unknown as well: a quarter or half takes the split year's value, a length
    keeps its own ("the first nine months of 1986/87": P9M)."""
    if found is None or found.value is None:
        return found
    split = get(match, "split")
    if split is not None:
        return _of_split_year(found, int(split))
    if not _FISCAL.search(match.group(0)):
        return found
    return without_interval(found, reason)


def without_interval(found: Timex, reason: str) -> Timex:
    """``found`` with its value and no calendar interval, for ``reason``."""
    return Timex(found.type, found.value, None, None, reason, found.rule)


def _of_split_year(found: Timex, short: int) -> Timex | None:
    """``found`` of the split year its value's year opens, ``short`` the second's last two
    digits: no interval, and a quarter's or half's value the split year's ("198X")."""
    if found.type != "DATE":
        return without_interval(found, SPLIT_YEAR)
    assert found.value is not None
    first = int(found.value[:4])
    if short != (first + 1) % 100:  # "1986/88" is no split year
        return None
    both = range_timex(found.rule, (year_interval(first)[0], year_interval(first + 1)[1]))
    return without_interval(both, SPLIT_YEAR)


def _quarter_index(day: date) -> int:
    """Quarters since year 0: ``index // 4`` is the year, ``index % 4 + 1`` the quarter."""
    return day.year * 4 + (day.month - 1) // 3


def reported_quarter(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "the quarter" of earnings news: the current one in the future tense, else the last
    one over before the DCT (a report of October is about Q3); "the latest quarter" and "the
    latest period" are that last one whatever the verb ("expects revenue in the latest quarter
    to total $28 million")."""
    reason = missing(ctx, "month")
    if reason or ctx.anchor is None:
        return abstain(rule, reason or "")
    plain = get(match, "rel") is None and "period" not in key(match.group(0))
    current = plain and ctx.tense == "future"
    day = ctx.anchor.start
    index = _quarter_index(day) - (0 if current else 1)
    return make_timex("DATE", f"{index // 4:04d}-Q{index % 4 + 1}", rule.id)


def reported_year(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "for the year", "the full year" of earnings news: in the past tense the year of the
    last quarter over before the DCT, as for "the quarter" (a report of March 1987 is about
    1986, one of November 1989 about 1989), else the DCT's ("will fall for the full year").
    With ``unless_future`` (a compound before a noun: "Full-year results exclude ..."), any
    tense but the future is the report's; a year written before it is the year ("1987 full
    year sales")."""
    named = year_of(get(match, "year"))
    if named is not None:
        found = make_timex("DATE", f"{named:04d}", rule.id)
        return fiscal(match, found, "fiscal year: calendar span unknown")
    reason = missing(ctx, "month")
    if reason or ctx.anchor is None:
        return abstain(rule, reason or "")
    day = ctx.anchor.start
    past = ctx.tense != "future" if rule.params.get("unless_future") else ctx.tense == "past"
    year = (_quarter_index(day) - 1) // 4 if past else day.year
    return fiscal(
        match, make_timex("DATE", f"{year:04d}", rule.id), "fiscal year: calendar span unknown"
    )


def half(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    ord_text = get(match, "ord")
    count = ordinal(ord_text) if ord_text else int(get(match, "h") or rule.params.get("half", 0))
    if count is None or not 1 <= count <= 2:
        return None
    found = _part(match, rule, ctx, f"H{count}", year_of(get(match, "year")))
    return fiscal(match, found, "fiscal year: calendar span unknown")


def season(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """A season; "later this spring" is this season from the DCT on, "earlier this spring" up
    to it, when the DCT falls in it."""
    code = lexicon().seasons[key(match["season"])]
    found = _part(match, rule, ctx, code, year_of(get(match, "year")))
    side = get(match, "side")
    if found is None or side is None or found.interval_start is None or ctx.anchor is None:
        return found
    assert found.interval_end is not None
    start, end = date.fromisoformat(found.interval_start), date.fromisoformat(found.interval_end)
    if ctx.anchor.precision != "day" or not start <= ctx.anchor.start <= end:
        return found
    cut = (start, ctx.anchor.start) if key(side) == "earlier" else (ctx.anchor.start, end)
    return make_timex("DATE", found.value, rule.id, interval=cut)


def year_words(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """A year said in words: "nineteen ninety-six", "the year two thousand"."""
    low = number(get(match, "lo") or get(match, "lo2") or "0")
    if low is None or (get(match, "hi") and not 10 <= low <= 99):
        return None
    high = 1900 if key(get(match, "hi") or "") == "nineteen" else 2000
    return make_timex("DATE", f"{high + int(low):04d}", rule.id)


def century(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    count = ordinal(match["ord"])
    if count is None or not 1 <= count <= 30:
        return None
    return make_timex("DATE", f"{count - 1:02d}", rule.id)


SPLIT_YEAR = "split year (fiscal/crop year): calendar span unknown"
# "the 1986-87 season" with a dash is a split year too, the crop or marketing year its noun
# names; "1986-87" alone may be two calendar years.
_SEASON = re.compile(r"\b(?:season|crop|marketing)\b", re.IGNORECASE)


def year_range(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "1961-1991": one DATE, value the finest TIMEX3 enclosing it ("19"), exact interval; a
    split year ("1986/87", "1987/8", "the 1986-87 season", a fiscal or crop year running over
    two) and a range of fiscal years ("fiscal 1986-87") have no interval, their span being
    unknown (GUIDELINES 5.7)."""
    first = int(match["y1"])
    short = get(match, "y2s")
    digit = get(match, "y2d")
    if digit is not None:  # "1987/8": a split year's second year by its last digit alone
        if int(digit) != (first + 1) % 10:
            return None
        short = f"{(first + 1) % 100:02d}"
    last = int(get(match, "y2") or 0) if short is None else first // 100 * 100 + int(short)
    if short is not None and last <= first:
        if first % 100 >= 90:
            last += 100  # "1999-00", "1998-02": over the turn of the century
        elif 1 <= int(short) <= 12:  # "2016-11", "2016/11": a month, no range runs back
            return make_timex("DATE", f"{first:04d}-{int(short):02d}", rule.id)
    if not first < last <= first + 100:
        return None
    interval: Interval = (year_interval(first)[0], year_interval(last)[1])
    found = range_timex(rule.id, interval)
    text = match.group(0)
    split = short is not None and last == first + 1 and ("/" in text or _SEASON.search(text))
    if split and found.value is not None:
        return without_interval(found, SPLIT_YEAR)
    return fiscal(match, found, "fiscal year: calendar span unknown")


def decade(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    if get(match, "cent"):
        return make_timex("DATE", f"{match['cent']}{match['dec']}X", rule.id)
    words = rule.params.get("words", {})
    if get(match, "wcent"):  # "nineteen-sixties"
        century = {"eighteen": 18, "nineteen": 19}[key(match["wcent"])]
        return make_timex("DATE", f"{century}{words[key(match['tens'])]}X", rule.id)
    tens = get(match, "tens2")
    digit = words[key(tens)] if tens else int(match["short"])
    # "the '90s", "the nineties" are the 1990s; a decade of this century once it is over
    # ("the '00s", "the twenties" from 2030).
    recent = ctx.anchor is not None and ctx.anchor.year >= 2010 + 10 * digit
    return make_timex("DATE", f"{20 if recent else 19}{digit}X", rule.id)


def year(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    short = get(match, "short")
    if short:  # "FY26", "in '69": the latest year so written, at most ten after the DCT's
        latest = (ctx.anchor.year if ctx.anchor is not None else 2000) + 10
        value = str(max(c + int(short) for c in (1800, 1900, 2000) if c + int(short) <= latest))
    else:
        value = match["year"]
    if _FISCAL.search(match.group(0)):
        # Fiscal years do not follow the calendar: the value stays, the interval is unknown.
        return Timex("DATE", value, None, None, "fiscal year: calendar span unknown", rule.id)
    return make_timex("DATE", value, rule.id)


def ref(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    return make_timex("DATE", rule.params["value"], rule.id)


ACTIONS: dict[str, Action] = {
    "event_relative": event_relative,
    "relative_unit": relative_unit,
    "within_unit": within_unit,
    "quarter": quarter,
    "half": half,
    "reported_quarter": reported_quarter,
    "reported_year": reported_year,
    "year_words": year_words,
    "season": season,
    "century": century,
    "year_range": year_range,
    "decade": decade,
    "year": year,
    "ref": ref,
}
