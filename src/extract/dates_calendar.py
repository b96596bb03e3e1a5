"""Date rule actions for calendar points: clock times, days, weekdays, months, ranges, holidays.

Contract: each action takes one rule match, the rule and a ``Ctx`` and returns a ``Timex``, or
None to let the next rule try; ``ACTIONS`` maps the action names used in ``rules.json`` to them.
A month, day or weekday without its year is resolved against the DCT by tense (``pick``).
Ranges ("December 13-16, 2000") get the finest TIMEX3 value enclosing them ("2000-12") and
their exact interval.

>>> from extract.dates_rules import apply_rules
>>> from extract.timex import anchor_of
>>> apply_rules("May", Ctx(anchor_of("2017-11-16"), "past", False), ACTIONS).value
'2017-05'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from extract.dates_data import lexicon
from extract.dates_rule_table import Rule
from extract.dates_rules import (
    NO_YEAR,
    OFFSETS,
    Action,
    Ctx,
    abstain,
    day_number,
    get,
    key,
    missing,
    number,
    pick,
    via_dateparser,
    year_of,
    years_around,
)
from extract.timex import (
    TENSE_REACH,
    Interval,
    Timex,
    make_timex,
    month_interval,
    range_timex,
    shift,
    week_value,
)


def _pod(match: re.Match[str], rule: Rule) -> str | None:
    form = get(match, "pod")
    return lexicon().parts_of_day[key(form)] if form else rule.params.get("pod")


def _day_timex(rule: Rule, day: date, pod: str | None) -> Timex:
    if pod:
        return make_timex("TIME", f"{day.isoformat()}T{pod}", rule.id, interval=(day, day))
    return make_timex("DATE", day.isoformat(), rule.id)


def _hhmm(match: re.Match[str], rule: Rule) -> str:
    word = get(match, "word")
    if word:
        return str(rule.params["words"][key(word)])
    said, minute, ampm = match["hour"], int(get(match, "minute") or 0), get(match, "ampm")
    hour = int(said) if said.isdigit() else int(number(said) or 0)  # "ten o'clock"
    daypart = key(get(match, "daypart") or "")
    if daypart:  # "eight o'clock in the evening"; "two at night" is early morning
        late = daypart.endswith("night") and hour < 6
        ampm = "am" if daypart.endswith("morning") or late else "pm"
    if ampm:
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    return f"{hour:02d}:{minute:02d}"


def clock(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    hhmm = _hhmm(match, rule)
    # A clock time is taken to fall on the DCT's day, as TempEval-3 annotates news.
    reason = missing(ctx, "day")
    if reason or ctx.anchor is None:
        return make_timex("TIME", f"XXXX-XX-XXT{hhmm}", rule.id, reason=reason)
    day = ctx.anchor.start
    return make_timex("TIME", f"{day.isoformat()}T{hhmm}", rule.id, interval=(day, day))


def clock_day(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "the morning of October 14": the day as
    ``weekday``/``month_day`` read it, at that clock time or part of the day."""
    found = (weekday if get(match, "weekday") else month_day)(match, rule, ctx)
    if found is None or found.value is None:
        return found
    value = f"{found.value}T{_pod(match, rule) or _hhmm(match, rule)}"
    return make_timex("TIME", value, rule.id, reason=found.reason)


def clock_deictic(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "10 a.m. today", "1400 CST yesterday", "midnight tonight": that day at that time."""
    reason, clock = missing(ctx, "day"), _hhmm(match, rule)
    if reason or ctx.anchor is None:
        return make_timex("TIME", f"XXXX-XX-XXT{clock}", rule.id, reason=reason)
    day = ctx.anchor.start + timedelta(days=rule.params["offsets"][key(match["deictic"])])
    return make_timex("TIME", f"{day.isoformat()}T{clock}", rule.id)


def deictic_day(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    word, pod = key(match["word"]), _pod(match, rule)
    reason = missing(ctx, "day")
    if reason or ctx.anchor is None:
        if word == "today" and not pod:  # "today" as "nowadays", as TempEval-3 reads it then
            return make_timex(
                "DATE", "PRESENT_REF", rule.id, reason=f"read as the present: {reason}"
            )
        return abstain(rule, reason or "", "TIME" if pod else "DATE")
    return _day_timex(rule, ctx.anchor.start + timedelta(days=rule.params["offsets"][word]), pod)


def dct_day(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "in the afternoon", "by late morning", "earlier in the day": a part of the day or the
    day said alone falls on the DCT's day, as a clock time alone does (GUIDELINES 5.5);
    ``clock_days`` moves a part of the day to a day said with it ("Tuesday in the afternoon")."""
    pod = _pod(match, rule)
    reason = missing(ctx, "day")
    if reason or ctx.anchor is None:
        if pod:
            return make_timex("TIME", f"XXXX-XX-XXT{pod}", rule.id, reason=reason)
        return abstain(rule, reason or "")
    return _day_timex(rule, ctx.anchor.start, pod)


def weekday(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    wanted, pod, rel = (
        lexicon().weekdays[key(match["weekday"])],
        _pod(match, rule),
        get(match, "rel"),
    )
    reason = missing(ctx, "day")
    if reason or ctx.anchor is None:
        value = f"XXXX-WXX-{wanted}" + (f"T{pod}" if pod else "")
        return make_timex("TIME" if pod else "DATE", value, rule.id, reason=reason)
    base = ctx.anchor.start
    days = [base + timedelta(days=k) for k in range(-7, 8)]
    days = [d for d in days if d.isoweekday() == wanted]
    if rel and key(rel) == "this":  # "this Friday": the one in the DCT's week
        return _day_timex(
            rule, next(d for d in days if d.isocalendar()[:2] == base.isocalendar()[:2]), pod
        )
    picked = pick([(d, d) for d in days], ctx, rel)
    return None if picked is None else _day_timex(rule, picked[0], pod)


def _picked(cands: list[Interval], ctx: Ctx, reach: timedelta | None = None) -> Interval:
    """``pick`` without a relative word, for a caller that has checked the DCT is known."""
    picked = pick(cands, ctx, None, reach)
    assert picked is not None  # pick gives None only without a DCT
    return picked


# The last weekday (Monday 0) on which a past "this weekend" is the one just over.
_WEEKEND_JUST_OVER = 1


def weekend(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    reason = missing(ctx, "day")
    if reason or ctx.anchor is None:
        return abstain(rule, reason or "")
    monday = ctx.anchor.start - timedelta(days=ctx.anchor.start.weekday())
    weekends = [
        (monday + timedelta(days=7 * k + 5), monday + timedelta(days=7 * k + 6)) for k in (-1, 0, 1)
    ]
    # "last weekend" is the previous ISO week's, "the weekend" the one the tense points to.
    offset = OFFSETS.get(key(get(match, "rel") or ""))
    if offset == 0 and ctx.tense == "past" and ctx.anchor.start.weekday() <= _WEEKEND_JUST_OVER:
        # "OPEC agreed this weekend", said on a Monday: the one just over; later in the week
        # "this weekend" is the coming one, whatever the tense cue ("who flies to Washington
        # this weekend", said on a Friday)
        offset = -1
    saturday = weekends[offset + 1][0] if offset is not None else _picked(weekends, ctx)[0]
    return make_timex("DATE", f"{week_value(saturday)}-WE", rule.id)


def iso(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    if get(match, "hour"):
        seconds = f":{match['second']}" if get(match, "second") else ""
        value = f"{day.isoformat()}T{match['hour']}:{match['minute']}{seconds}"
        return make_timex("TIME", value, rule.id, interval=(day, day))
    return make_timex("DATE", day.isoformat(), rule.id)


def _month(match: re.Match[str], group: str = "month") -> int:
    return lexicon().months[key(match[group])]


def month(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    wanted, year = _month(match), year_of(get(match, "year"))
    rel, rel_year = get(match, "rel"), get(match, "rel_year")
    if get(match, "year_ago"):  # "in May a year ago": May of last year
        rel_year = "last"
    if year:
        return make_timex("DATE", f"{year:04d}-{wanted:02d}", rule.id)
    if ctx.anchor is None:
        if rel or rel_year:
            return abstain(rule, "relative expression without DCT")
        return make_timex("DATE", f"XXXX-{wanted:02d}", rule.id, reason=NO_YEAR)
    if rel_year:
        return make_timex(
            "DATE", f"{ctx.anchor.year + OFFSETS[key(rel_year)]:04d}-{wanted:02d}", rule.id
        )
    reason = missing(ctx, "month") if rel else None  # "last November" said in 2017: which?
    if reason:
        return abstain(rule, reason)
    months = [month_interval(y, wanted) for y in years_around(ctx.anchor)]
    picked = pick(months, ctx, rel, TENSE_REACH)
    return None if picked is None else make_timex("DATE", picked[0].isoformat()[:7], rule.id)


def month_day(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    written = match["day"]
    day = day_number(written)
    wanted, year = _month(match), year_of(get(match, "year"))
    if get(match, "rel_year") and ctx.anchor is not None:  # "January 14 this year"
        year = ctx.anchor.year + OFFSETS[key(match["rel_year"])]
    if not 1 <= day <= 31:
        return None
    if year or ctx.anchor is None:
        try:
            when = date(year or 2000, wanted, day)  # 2000 is a leap year: Feb 29 passes
        except ValueError:
            return None
        if year:
            return make_timex("DATE", when.isoformat(), rule.id)
        return make_timex("DATE", f"XXXX-{wanted:02d}-{day:02d}", rule.id, reason=NO_YEAR)
    cands: list[Interval] = []
    for y in years_around(ctx.anchor):
        try:
            cands.append((date(y, wanted, day), date(y, wanted, day)))
        except ValueError:
            continue
    named = get(match, "weekday")  # "Monday, Oct. 26": the year in which it is a Monday
    if named and cands:
        wanted_day = lexicon().weekdays[key(named)]
        cands = [c for c in cands if c[0].isoweekday() == wanted_day] or cands
    rel = get(match, "rel")  # "last Oct. 23", "next March 3"
    picked = pick(cands, ctx, rel, None if rel else TENSE_REACH) if cands else None
    return None if picked is None else make_timex("DATE", picked[0].isoformat(), rule.id)


def _range(rule: Rule, ctx: Ctx, year: int | None, span: Callable[[int], Interval]) -> Timex | None:
    """A range: the finest TIMEX3 value enclosing it, and its exact interval. Without a year,
    the tense reaches as far as for one month or day (``TENSE_REACH``): "postponed to March
    19/20 from March 13/14", said on March 16, is this March's both."""
    try:
        if year:
            interval = span(year)
        elif ctx.anchor is None:
            return abstain(rule, NO_YEAR)
        else:
            interval = _picked([span(y) for y in years_around(ctx.anchor)], ctx, TENSE_REACH)
    except ValueError:
        return None
    if interval[1] <= interval[0]:
        return None
    return range_timex(rule.id, interval)


def day_range(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    # "between 7 and 9 November": a first day without a month is in the last day's
    first_month = _month(match, "m1" if get(match, "m1") else "m2")
    last_month = _month(match, "m2") if get(match, "m2") else first_month
    first, last = (day_number(match[g]) for g in ("d1", "d2"))

    def span(y: int) -> Interval:
        return date(y, first_month, first), date(y + (last_month < first_month), last_month, last)

    first_year, year = year_of(get(match, "y1")), year_of(get(match, "year"))
    if first_year and year:  # "April 20, 1987 to March 20, 2002": each end has its year
        try:
            start, end = date(first_year, first_month, first), date(year, last_month, last)
        except ValueError:
            return None
        return range_timex(rule.id, (start, end)) if start < end else None
    return _range(rule, ctx, year, span)


def month_range(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    first_month, last_month = _month(match, "m1"), _month(match, "m2")

    def span(y: int) -> Interval:
        end_year = y + (last_month < first_month)
        return month_interval(y, first_month)[0], month_interval(end_year, last_month)[1]

    first_year, year = year_of(get(match, "y1")), year_of(get(match, "year"))
    if first_year and year:  # "June 1979 to January 1981": each end has its year
        start, end = month_interval(first_year, first_month)[0], month_interval(year, last_month)[1]
        return range_timex(rule.id, (start, end)) if start < end else None
    if get(match, "rel_year") and ctx.anchor is not None:  # "June and July this year"
        year = ctx.anchor.year + OFFSETS[key(match["rel_year"])]
    found = _range(rule, ctx, year, span)
    # "the October-December quarter" is the quarter, as "the December quarter" is (its year by
    # the tense: Japanese forecasts name the coming quarter so, "will grow in the April-June
    # quarter"; forcing the latest one begun, as for "the fourth quarter", made 3 of 5 wrong)
    calendar_quarter = first_month % 3 == 1 and last_month == first_month + 2
    if found is None or not get(match, "quarter") or not calendar_quarter or not found.value:
        return found
    quarter = f"{found.value[:4]}-Q{(first_month + 2) // 3}"
    return make_timex("DATE", quarter, rule.id)


def day_of_month(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "on the 30th": that day of the month before, of or after the DCT's, by the tense (a day
    further off would be said with its month)."""
    day, reason = day_number(match["day"]), missing(ctx, "day")
    if not 1 <= day <= 31:
        return None
    if reason or ctx.anchor is None:
        return make_timex("DATE", f"XXXX-XX-{day:02d}", rule.id, reason=reason)
    first = ctx.anchor.start.replace(day=1)
    months = [month_interval(m.year, m.month) for m in (shift(first, "M", k) for k in (-1, 0, 1))]
    days = [m.replace(day=day) for m, last in months if day <= last.day]
    cands = [(d, d) for d in days]
    return make_timex("DATE", _picked(cands, ctx, timedelta(days=31))[0].isoformat(), rule.id)


def week_of(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "the week of March 6": the ISO week of that day, read as ``month_day`` reads it; "the
    weekend of Nov. 28-29": that week's weekend."""
    found = month_day(match, rule, ctx)
    if found is None or found.value is None or "X" in found.value:
        return found
    week = week_value(date.fromisoformat(found.value))
    weekend = key(get(match, "kind") or "") == "weekend"
    return make_timex("DATE", f"{week}-WE" if weekend else week, rule.id)


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).

    >>> easter_sunday(2017), easter_sunday(1987), easter_sunday(2000)
    (datetime.date(2017, 4, 16), datetime.date(1987, 4, 19), datetime.date(2000, 4, 23))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ISO ``weekday`` of a month, counted from its end when ``nth`` is negative.

    >>> nth_weekday(2024, 5, 1, 1), nth_weekday(2023, 3, 7, -1)
    (datetime.date(2024, 5, 6), datetime.date(2023, 3, 26))
    """
    first, last = month_interval(year, month)
    days = [first + timedelta(days=i) for i in range(last.day)]
    days = [d for d in days if d.isoweekday() == weekday]
    if not (-len(days) <= nth <= len(days)) or nth == 0:
        raise ValueError(f"no weekday {weekday} number {nth} in {year}-{month:02d}")
    return days[nth - 1 if nth > 0 else nth]


def _yearly_day(
    match: re.Match[str], rule: Rule, ctx: Ctx, day_in: Callable[[int], date]
) -> Timex | None:
    """A day that comes once a year (a feast, "the first Monday of May"), in the year written or,
    by the tense, in the one around the DCT."""
    year = year_of(get(match, "year"))
    if year:
        return make_timex("DATE", day_in(year).isoformat(), rule.id)
    reason = missing(ctx, "day")
    if reason or ctx.anchor is None:
        return abstain(rule, reason or "")
    # as a month's day: the tense reaches about ten months, so a feast a few weeks off is
    # that one whatever the tense ("hams fell as Easter buying came to an end", in April)
    picked = pick(
        [(day_in(y), day_in(y)) for y in years_around(ctx.anchor)],
        ctx,
        get(match, "rel"),
        TENSE_REACH,
    )
    return None if picked is None else make_timex("DATE", picked[0].isoformat(), rule.id)


def holiday(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    spec = lexicon().holidays[key(match["holiday"])]

    def day_in(y: int) -> date:
        if spec.easter is not None:
            return easter_sunday(y) + timedelta(days=spec.easter)
        assert spec.month is not None  # lexicon.json: a fixed feast has its month
        if spec.day is not None:
            return date(y, spec.month, spec.day)
        assert spec.weekday is not None  # lexicon.json: else it is a weekday of the month
        day = nth_weekday(y, spec.month, spec.weekday, spec.nth or 1)
        return day + timedelta(days=spec.days_after)

    return _yearly_day(match, rule, ctx, day_in)


def weekday_of_month(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    """ "the first Monday of May", "the last Sunday in March": that day of the month."""
    written = key(match["nth"])
    nth = -1 if written == "last" else day_number(written)
    if nth not in (1, 2, 3, 4, -1):  # every month has these; a fifth Monday only some years
        return None
    month_no, weekday_no = _month(match), lexicon().weekdays[key(match["weekday"])]
    return _yearly_day(match, rule, ctx, lambda y: nth_weekday(y, month_no, weekday_no, nth))


def dateparser(match: re.Match[str], rule: Rule, ctx: Ctx) -> Timex | None:
    return via_dateparser(match.group(0), ctx, rule.id)


ACTIONS: dict[str, Action] = {
    "clock": clock,
    "clock_day": clock_day,
    "clock_deictic": clock_deictic,
    "deictic_day": deictic_day,
    "dct_day": dct_day,
    "weekday": weekday,
    "weekend": weekend,
    "iso": iso,
    "month": month,
    "month_day": month_day,
    "weekday_of_month": weekday_of_month,
    "week_of": week_of,
    "day_of_month": day_of_month,
    "day_range": day_range,
    "month_range": month_range,
    "holiday": holiday,
    "dateparser": dateparser,
}
