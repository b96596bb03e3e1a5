"""Engine of the date rules: context, shared helpers, rule application, the dateparser fallback.

Contract: ``apply_rules(text, ctx, actions)`` tries the rules of ``data/dates/rules.json`` in
order on the whole of ``text`` and returns the ``Timex`` of the first rule whose action (looked
up by name in ``actions``) accepts the match, else None. ``via_dateparser`` is the fallback for
absolute formats no rule covers. Actions abstain (value None and a reason) rather than guess: a
relative expression needs a DCT precise enough for it ("next month" needs the DCT's month).

>>> missing(Ctx(None, None, False), "year")
'relative expression without DCT'
>>> number("twenty-four"), number("a dozen"), number("several")
(24, 12, None)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from extract.dates_data import Unit, lexicon
from extract.dates_rule_table import Rule, rules
from extract.dates_spans import MONTH_AND_FIGURE
from extract.records import DateType
from extract.timex import (
    Anchor,
    Interval,
    Precision,
    Timex,
    choose,
    make_timex,
    nearest,
    week_value,
)

OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "this": 0, "current": 0, "next": 1, "coming": 1, "this past": -1, "this coming": 1,
}  # fmt: skip
RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}
NO_YEAR = "year unknown: no DCT"


@dataclass(frozen=True, slots=True)
class Ctx:
    """What an action may use besides its match: the DCT, the tense, a stripped modifier."""

    anchor: Anchor | None
    tense: str | None
    modified: bool
    position: str | None = None  # the mod of a stripped position modifier: START, MID, END
    deadline: bool = False  # after "by", "before", "until" ("by year-end")
    # before an "of" naming another period than the DCT's ("the last three months | of this
    # financial year")
    of_another: bool = False


Action = Callable[[re.Match[str], Rule, Ctx], Timex | None]


def apply_rules(
    text: str, ctx: Ctx, actions: Mapping[str, Action], found_by: str | None = None
) -> Timex | None:
    """The Timex of the first rule that matches all of ``text`` and whose action accepts it.

    ``found_by`` is the id of the rule whose finder found ``text`` when that rule reads it
    only in its context (``Rule.in_context``): then only that rule is tried.

    >>> from extract.dates_durations import ACTIONS
    >>> apply_rules("three decades", Ctx(None, None, False), ACTIONS).value
    'P30Y'
    >>> apply_rules("the year", Ctx(None, None, False), ACTIONS, "duration.period_ended").value
    'P1Y'
    >>> from extract.timex import anchor_of
    >>> apply_rules("5000 years ago", Ctx(anchor_of("1998-02-10"), None, False), ACTIONS) is None
    True
    """
    for rule in rules():
        if rule.requires_modifier and not ctx.modified:
            continue
        if (rule.id != found_by) if found_by else rule.in_context:
            continue
        match = rule.regex.fullmatch(text)
        if match is None:
            continue
        try:
            found = actions[rule.action](match, rule, ctx)
        except (OverflowError, ValueError):
            continue  # a count beyond the calendar: "5000 years ago", "999999 days ago"
        if found is not None:
            return found
    return None


def get(match: re.Match[str], name: str) -> str | None:
    """A named group of ``match`` or None, also when the pattern has no such group.

    >>> get(re.match(r"(?P<a>x)", "x"), "b") is None
    True
    """
    return match.groupdict().get(name)


def key(text: str) -> str:
    """A form as the lexicon stores it: lower case, single spaces, no final full stop.

    >>> key("Sept."), key("New  Year's Day")
    ('sept', "new year's day")
    """
    return " ".join(text.lower().split()).rstrip(".")


def missing(ctx: Ctx, needed: Precision) -> str | None:
    """Why the DCT cannot anchor an expression relative to a ``needed`` unit, or None."""
    if ctx.anchor is None:
        return "relative expression without DCT"
    if RANK[ctx.anchor.precision] < RANK[needed]:
        return (
            f"DCT precision ({ctx.anchor.precision}) too coarse for a {needed}-relative expression"
        )
    return None


def abstain(rule: Rule, reason: str, type_: DateType = "DATE") -> Timex:
    """A Timex without value: ``reason`` says why, ``rule`` who decided."""
    return make_timex(type_, None, rule.id, reason=reason)


def number(text: str) -> float | None:
    """A cardinal in digits or words; None for anything else (vague words included)."""
    form = key(text)
    if re.fullmatch(r"\d+(?:\.\d+)?", form):
        return float(form)
    table = lexicon().numbers
    if form in table:
        return table[form]
    parts = re.split(r"[-\s]+", form)
    if len(parts) == 2 and all(p in table for p in parts):
        first, second = table[parts[0]], table[parts[1]]
        # "two hundred", "three thousand"; "twenty-four"
        return first * second if second in (100, 1000) and first < 100 else first + second
    return None


def ordinal(text: str) -> int | None:
    """An ordinal in digits or words: ``ordinal("21st") == ordinal("twenty-first") == 21``."""
    form = key(text).replace("-", " ")
    digits = re.match(r"\d+", form)
    if digits:
        return int(digits[0])
    return lexicon().ordinals.get(form, lexicon().ordinals.get(form.replace(" ", "-")))


def day_number(written: str) -> int:
    """A day of the month as written: "26", "3rd", "nine", "eighth"; 0 if none.

    >>> day_number("3rd"), day_number("nine"), day_number("twenty-first"), day_number("May")
    (3, 9, 21, 0)
    """
    return int(re.sub(r"\D", "", written) or number(written) or ordinal(written) or 0)


def year_of(text: str | None) -> int | None:
    """A year group's value; two digits ("'17") are read in the 2000s, words as said.

    >>> year_of("1991"), year_of("'17"), year_of(None), year_of("nineteen ninety-seven")
    (1991, 2017, None, 1997)
    >>> year_of("two thousand and one"), year_of("two thousand")
    (2001, 2000)
    """
    if not text:
        return None
    digits = text.strip("'\u2019")
    if digits.isdigit():
        return int(digits) + 2000 if len(digits) == 2 else int(digits)
    words = key(digits).replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        low = number(" ".join(rest)) if rest else 0
        return None if low is None else 2000 + int(low)
    low = number(" ".join(words[1:])) if words[:1] == ["nineteen"] else None
    return None if low is None else 1900 + int(low)


# A fractional count is written in the next smaller unit, as TimeBank does ("2 1/2 years" is
# P2Y6M, "5 1/2 hours" PT5H30M): (letter, time unit) -> (smaller letter, time unit, how many).
_SMALLER = {
    ("Y", False): ("M", False, 12),
    ("D", False): ("H", True, 24),
    ("H", True): ("M", True, 60),
    ("M", True): ("S", True, 60),
}


def duration_value(count: float | None, unit: Unit) -> str:
    """TIMEX3 duration: ``P30Y`` for three decades, ``PT48H``, ``PXY`` for an unknown count.

    >>> units = lexicon().units
    >>> duration_value(3, units["decades"]), duration_value(48, units["hours"])
    ('P30Y', 'PT48H')
    >>> duration_value(None, units["years"]), duration_value(2.5, units["years"])
    ('PXY', 'P2Y6M')
    >>> duration_value(0.5, units["hours"]), duration_value(1.5, units["days"])
    ('PT30M', 'P1DT12H')
    """
    t = "T" if unit.time else ""
    if count is None:
        return f"P{t}X{unit.letter}"
    total = count * unit.factor
    if total == int(total):
        return f"P{t}{int(total)}{unit.letter}"
    smaller = _SMALLER.get((unit.letter, unit.time))
    if smaller is not None and (total - int(total)) * smaller[2] % 1 == 0:
        letter, time, per = smaller
        whole = f"{int(total)}{unit.letter}" if int(total) else ""
        part = f"{int((total - int(total)) * per)}{letter}"
        return f"PT{whole}{part}" if unit.time else f"P{whole}{'T' if time else ''}{part}"
    return f"P{t}{total:g}{unit.letter}"


def years_around(anchor: Anchor) -> range:
    """The DCT's year and its neighbours: where an expression without a year may fall."""
    return range(anchor.year - 1, anchor.year + 2)


def pick(
    cands: Sequence[Interval], ctx: Ctx, rel: str | None, reach: timedelta | None = None
) -> Interval | None:
    """The candidate a relative word ("last", "next", "this") or, without one, the tense picks.

    "last" is the latest candidate over before the DCT, "next" the earliest starting after it,
    "this" the one containing the DCT or else, by the tense, one in the DCT's year at least in
    part; ``reach`` goes to ``choose``.

    >>> from extract.timex import anchor_of, month_interval
    >>> octobers = [month_interval(y, 10) for y in (2016, 2017, 2018)]
    >>> pick(octobers, Ctx(anchor_of("2017-11-16"), None, False), "last")[0]
    datetime.date(2017, 10, 1)
    """
    if ctx.anchor is None:
        return None
    anchor, ordered, offset = ctx.anchor, sorted(cands), OFFSETS.get(key(rel or ""))
    if offset == -1:
        return next((c for c in reversed(ordered) if c[1] < anchor.start), None)
    if offset == 1:
        return next((c for c in ordered if c[0] > anchor.end), None)
    if offset == 0:
        containing = [c for c in ordered if c[0] <= anchor.end and c[1] >= anchor.start]
        if containing:
            return containing[0]
        # "this winter" said in March: the one just over (Dec-Feb) or the one ahead, both in
        # the DCT's year in part, as the tense says
        in_year = [c for c in ordered if c[0].year <= anchor.year <= c[1].year]
        return choose(in_year, anchor, ctx.tense) if in_year else None
    if ctx.deadline and ctx.tense != "future":
        # "extended the credit lines until May 31", "is expected to close before June 30": a
        # deadline set in the past, or with no tense to go by, may lie ahead as well as be
        # over; the one nearest the DCT is meant, a later one not counting double
        return nearest(ordered, anchor)
    return choose(ordered, anchor, ctx.tense, reach)


# ---- dateparser, under the rules: absolute formats only, guarded against its false positives

_TIME_OF_DAY = re.compile(r"\d:\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)
# One separator twice: "21.11.2017", "11/21/87"; never a price quote's mixed fraction ("72-5/8",
# "10-5/16": 72 and five eighths, which dateparser read as 1972-05-08)
_NUMERIC_DATE = re.compile(r"\d{1,4}([/.-])\d{1,2}\1\d{1,4}")
_EXPLICIT_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\d{1,2}/\d{1,2}/\d\d(?!\d)")


@lru_cache(maxsize=32)
def _parser(base: datetime, prefer: str, require_year: bool) -> Any:
    from dateparser.date import DateDataParser  # deferred: costs ~0.3 s and is rarely needed

    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": prefer,
        "REQUIRE_PARTS": ["year"] if require_year else [],
        "DATE_ORDER": "MDY",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        # No "relative-time" (the rules do that, DCT-aware) and no "no-spaces-time", which
        # reads any digit string as a date.
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    return DateDataParser(languages=["en"], settings=settings)


# A year written out: four digits of a year of news.
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# How far from the DCT's year a year dateparser made of two digits or of none may lie: a
# table's month and figure ("March 67", "Aug 98", "March 18 20") reads as a far year.
_NEAR_YEARS = 2


def _year_as_written(day: date, text: str, ctx: Ctx) -> date | None:
    """``day`` as dateparser read ``text``, its year checked against what the text writes: a
    year of four digits stands (1800-2099 only: "May 6765" is a table's figure); a year of two
    digits is of the century nearest the DCT ("11/21/87" said in 1987 is 1987, not 1887), and
    outside a numeric date it, or a year made up, lies within two years of the DCT's, else None.

    >>> from extract.timex import anchor_of
    >>> ctx = Ctx(anchor_of("1987-03-02"), None, False)
    >>> [_year_as_written(d, t, ctx) for d, t in ((date(1887, 11, 21), "11/21/87"),
    ...     (date(1967, 3, 1), "March 67"), (date(1403, 12, 1), "Dec 1403"))]
    [datetime.date(1987, 11, 21), None, None]
    """
    if _FOUR_DIGIT_YEAR.search(text):
        return day if 1800 <= day.year <= 2099 else None
    if ctx.anchor is None:
        return day
    anchor_year = ctx.anchor.year
    year = min((day.year + k * 100 for k in (-1, 0, 1)), key=lambda y: abs(y - anchor_year))
    if abs(year - anchor_year) > _NEAR_YEARS and not _NUMERIC_DATE.search(text):
        return None  # "3/26/87" writes its year; "March 67" only seems to
    try:
        return day.replace(year=year)
    except ValueError:  # February 29
        return None


def via_dateparser(text: str, ctx: Ctx, rule_id: str = "dateparser") -> Timex | None:
    """An absolute date in a format the rules lack ("21.11.2017"); None unless safe.

    Only text with a digit and a month name or a numeric date is passed on, so dateparser's
    readings of "may", "second" and bare numbers never surface; without a DCT day the text
    must carry its year, so no year is made up.

    >>> via_dateparser("21.11.2017", Ctx(None, None, False)).value
    '2017-11-21'
    >>> via_dateparser("75", Ctx(None, None, False)) is None
    True
    >>> via_dateparser("Feb 32.9", Ctx(None, None, False)) is None
    True
    >>> from extract.timex import anchor_of
    >>> via_dateparser("72-5/8", Ctx(anchor_of("1987-03-02"), None, False)) is None
    True
    """
    words = set(re.findall(r"[a-z]+", text.lower()))
    if MONTH_AND_FIGURE.search(text):
        return None  # "Feb 32.9": a table's month and its figure, no day 32.9
    if not re.search(r"\d", text) or not (
        words & lexicon().months.keys() or _NUMERIC_DATE.search(text)
    ):
        return None
    explicit_year = _EXPLICIT_YEAR.search(text) is not None
    day_anchor = ctx.anchor is not None and ctx.anchor.precision == "day"
    if not (explicit_year or day_anchor):
        return None
    base = datetime.combine(ctx.anchor.start, time()) if ctx.anchor else datetime(2000, 1, 1)
    prefer = {"past": "past", "future": "future"}.get(ctx.tense or "", "current_period")
    parsed = _parser(base, prefer, not day_anchor).get_date_data(text)
    if parsed.date_obj is None or parsed.date_obj.year < 1000:
        return None
    when: datetime = parsed.date_obj
    day = _year_as_written(when.date(), text, ctx)
    if day is None:
        return None
    if parsed.period == "year":
        return make_timex("DATE", f"{day.year:04d}", rule_id)
    if parsed.period == "month":
        return make_timex("DATE", day.isoformat()[:7], rule_id)
    if parsed.period == "week":
        return make_timex("DATE", week_value(day), rule_id)
    if _TIME_OF_DAY.search(text):
        return make_timex("TIME", f"{day.isoformat()}T{when:%H:%M}", rule_id)
    return make_timex("DATE", day.isoformat(), rule_id)
