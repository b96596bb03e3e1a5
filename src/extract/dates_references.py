"""Reference times of anaphoric dates: a calendar value as a period, and the period a day ends.

Contract: ``reference_of(value)`` reads a calendar value as (granularity, first day), and
``value_at(day, granularity)`` writes the period holding a day back as a value.
``reference_cap(text, start, end, previous_end)`` is the granularity a date stands for as a
reference when it ends a period ("the quarter ended Sept. 30" is a quarter), ``NAMED`` when the
expression before it names that period ("the first quarter ended Feb. 28"), or
``NOT_REFERENCE`` when its words keep it out ("the rest of the year"); ``period_end`` gives the
first two. ``compared_against(text, start)`` says whether the date at ``start`` is the other
side of a comparison its clause makes ("fell to 1.25 billion dlrs from 1.30 billion dlrs in
October"; ``anaphora.json``'s ``comparison_bases``). ``quarter_ended(end)`` is the calendar
quarter a quarter ended on a day or month stands for. The period-end words are
``data/dates/anaphora.json``'s ``period_ends``; ``dates_anaphora`` resolves anaphoric
expressions against these references.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from extract.dates_data import read_json
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


@cache
def _not_reference_text() -> re.Pattern[str]:
    """The expressions that are no reference by their words: "the rest of the year"."""
    return re.compile(read_json("anaphora.json")["not_references"]["texts"], re.IGNORECASE)


def compared_against(text: str, start: int) -> bool:
    """Whether the date at ``text[start:]`` is what its clause compares with: a comparison
    word (``anaphora.json``, ``comparison_bases``) between the clause's start and the date.

    >>> text = "Permits fell to 1.25 billion from 1.30 billion in October. Sales in May rose."
    >>> compared_against(text, text.index("October")), compared_against(text, text.index("May"))
    (True, False)
    """
    bases = read_json("anaphora.json")["comparison_bases"]
    clause = _CLAUSE_END.split(text[max(0, start - bases["window"]) : start])[-1]
    return _comparison_words().search(clause) is not None


# What ends the clause before a date: a sentence's or clause's punctuation.
_CLAUSE_END = re.compile(r"[.;:,()]\s")


@cache
def _comparison_words() -> re.Pattern[str]:
    return re.compile(read_json("anaphora.json")["comparison_bases"]["pattern"], re.IGNORECASE)


@cache
def _period_ends() -> tuple[tuple[re.Pattern[str], str], ...]:
    ends = []
    for entry in read_json("anaphora.json")["period_ends"]:
        if entry["granularity"] not in GRANULARITY:
            raise DataError(f"anaphora.json: {entry['id']}: unknown granularity")
        words = r"ended|ending|to(?:\s+end)?" if entry.get("to") else r"ended|ending"
        ending = rf"\b(?:{entry['pattern']})\s+(?:{words})\s+(?:on\s+)?$"
        ends.append((re.compile(ending, re.IGNORECASE), entry["granularity"]))
    return tuple(ends)


# ``period_end``: the period a day ends is the expression before it ("the first quarter ended
# Feb. 28"), which is the reference then, as written (a fiscal quarter stays that quarter).
NAMED = "named"
NOT_REFERENCE = "not a reference"


def period_end(text: str, start: int, previous_end: int = -1) -> str | None:
    """The granularity of the period that the date at ``text[start:]`` ends, if it ends one;
    ``NAMED`` if the expression ending at ``previous_end`` names that period.

    >>> text = "for the nine months ended Sept. 30 and the quarter ended Sept. 30"
    >>> period_end(text, 26), period_end(text, text.rindex("Sept.")), period_end(text, 8)
    ('Y', 'Q', None)
    >>> text = "in the quarter to September and the offer period to March 31"
    >>> period_end(text, text.index("Sep")), period_end(text, text.index("Mar"))
    ('Q', None)
    >>> text = "for the first quarter ended Feb. 28"
    >>> period_end(text, text.index("Feb."), previous_end=text.index(" ended"))
    'named'
    """
    offset = max(0, start - 40)
    for regex, granularity in _period_ends():
        match = regex.search(text, offset, start)
        if match is not None:
            return NAMED if match.start() < previous_end else granularity
    return None


def reference_cap(text: str, start: int, end: int, previous_end: int = -1) -> str | None:
    """The cap of the date at ``text[start:end]`` (see the module doc): ``NOT_REFERENCE`` when
    its words are ones ``anaphora.json`` keeps out ("the rest of the year"), else
    ``period_end``'s answer.

    >>> text = "for the rest of the year"
    >>> reference_cap(text, 4, len(text)), reference_cap(text, 16, len(text))
    ('not a reference', None)
    """
    if _not_reference_text().match(text, start, end):
        return NOT_REFERENCE
    return period_end(text, start, previous_end)


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


def as_period(reference: tuple[str, date], cap: str | None) -> tuple[str, date]:
    """``reference`` as the ``cap`` period containing it, where that is coarser."""
    granularity, day = reference
    if cap is None or GRANULARITY[granularity] <= GRANULARITY[cap]:
        return reference
    return reference_of(value_at(day, cap)) or reference


# A quarter or half "ended" within this many days of a calendar one's end is that one (52-week
# fiscal years end on "Sept. 29" or "Oct. 1"); any other end day is a fiscal period's, and
# stays a day. A year is named by the year it ends in, as fiscal years are ("fiscal 1988").
_END_SLACK = timedelta(days=7)


def period_ending_at(reference: tuple[str, date], cap: str | None) -> tuple[str, date]:
    """``reference``, the end day of a ``cap`` period, as that period where it is a calendar one.

    >>> oct_1, aug_26 = ("D", date(1989, 10, 1)), ("D", date(1989, 8, 26))
    >>> period_ending_at(oct_1, "Q"), period_ending_at(aug_26, "Q")
    (('Q', datetime.date(1989, 7, 1)), ('D', datetime.date(1989, 8, 26)))
    >>> period_ending_at(aug_26, "Y")
    ('Y', datetime.date(1989, 1, 1))
    """
    granularity, day = reference
    if cap is None or GRANULARITY[granularity] <= GRANULARITY[cap] or cap == "Y":
        return as_period(reference, cap)
    period = reference_of(value_at(day - _END_SLACK, cap))
    if period is None or not (day - _END_SLACK <= _last_day(period) <= day + _END_SLACK):
        return reference
    return period


def _last_day(period: tuple[str, date]) -> date:
    granularity, start = period
    months = {"Y": 12, "H": 6, "Q": 3, "M": 1}[granularity]
    return shift(start, "M", months) - timedelta(days=1)


_NAMED_PERIOD = re.compile(r"(\d{4})-([QH])([1-4])")


def named_period_ended(named: Timex, end: Timex, year_written: bool, own_year: bool) -> Timex:
    """A quarter or half named by its number before the day that ends it ("the second quarter
    ended March 29, 1986"). Where a period of that number ends within ``_END_SLACK`` of the day,
    it is a calendar one: where the day writes its year and the period names none of its own
    (``year_written``, ``own_year``) that period, else ``named``. Where none does, it is a
    fiscal period, without a span (GUIDELINES 5.7), of the day's year unless the period names
    its own, as TimeBank has it ("the fiscal-first quarter ended Sept. 30" of 1989 is 1989-Q1;
    "the third quarter ended February 22" of a report of March 1987 is 1987-Q3, whatever the
    DCT makes of "the third quarter"). Anything else is ``named`` as it is.

    >>> from extract.timex import make_timex
    >>> q2, h2 = make_timex("DATE", "1987-Q2", "q"), make_timex("DATE", "1987-H2", "h")
    >>> fiscal = named_period_ended(q2, make_timex("DATE", "1986-03-29", "d"), True, False)
    >>> fiscal.value, fiscal.interval_start, fiscal.reason
    ('1986-Q2', None, 'fiscal quarter: calendar span unknown')
    >>> named_period_ended(q2, make_timex("DATE", "1987-01-31", "d"), False, True).value
    '1987-Q2'
    >>> named_period_ended(q2, make_timex("DATE", "1988-01-31", "d"), False, False).value
    '1988-Q2'
    >>> named_period_ended(q2, make_timex("DATE", "1986-12-31", "d"), True, False).value
    '1986-Q2'
    >>> calendar = named_period_ended(q2, make_timex("DATE", "1986-06-28", "d"), True, False)
    >>> calendar.value, calendar.interval_start, calendar.interval_end
    ('1986-Q2', '1986-04-01', '1986-06-30')
    >>> named_period_ended(h2, make_timex("DATE", "1988-01-02", "d"), True, False).value
    '1987-H2'
    """
    named_match = _NAMED_PERIOD.fullmatch(named.value or "")
    ended = reference_of(end.value)
    if named_match is None or ended is None or ended[0] != "D":
        return named
    kind, number, day = named_match[2], int(named_match[3]), ended[1]
    for year in (day.year, day.year - 1):
        period = reference_of(f"{year:04d}-{kind}{number}")
        if period is not None and abs(_last_day(period) - day) <= _END_SLACK:
            return (
                make_timex(named.type, value_at(period[1], kind), named.rule)
                if year_written and not own_year
                else named
            )
    value = named.value if own_year else f"{day.year:04d}-{kind}{number}"
    return Timex(named.type, value, None, None, fiscal_reason(kind), named.rule)


def fiscal_reason(kind: str) -> str:
    """The reason of a fiscal quarter ("Q") or half ("H"), which has no calendar span."""
    return f"fiscal {'quarter' if kind == 'Q' else 'half'}: calendar span unknown"


def in_fiscal_year(numbered: Timex, fiscal: Timex) -> Timex:
    """A quarter or half named by its number alone, in the fiscal year of the fiscal quarter or
    half ``fiscal`` that the text named by its end before it ("the third quarter ended February
    22 ... the fourth quarter" is fiscal 1987's fourth); ``numbered`` as it is otherwise.

    >>> from extract.timex import make_timex
    >>> q3 = Timex("DATE", "1987-Q3", None, None, fiscal_reason("Q"), "q")
    >>> in_fiscal_year(make_timex("DATE", "1986-Q4", "q"), q3).value
    '1987-Q4'
    >>> in_fiscal_year(make_timex("DATE", "1986-H1", "h"), q3).reason
    'fiscal half: calendar span unknown'
    """
    numbered_match = _NAMED_PERIOD.fullmatch(numbered.value or "")
    fiscal_match = _NAMED_PERIOD.fullmatch(fiscal.value or "")
    if numbered_match is None or fiscal_match is None:
        return numbered
    value = f"{fiscal_match[1]}-{numbered_match[2]}{numbered_match[3]}"
    return Timex(numbered.type, value, None, None, fiscal_reason(numbered_match[2]), numbered.rule)


# A quarter that ends on a day other than a calendar quarter's (a fiscal one) is the calendar
# quarter holding most of its three months: the one its middle day falls in.
_HALF_A_QUARTER = timedelta(days=45)


def quarter_ended(end: Timex) -> str | None:
    """The value of the quarter that ends on the day or month ``end``, None for any other value
    (GUIDELINES 5.5: "the quarter ended July 31" is mostly the second quarter).

    >>> from extract.timex import make_timex
    >>> days = ["1989-09-30", "1989-10-01", "1989-07-31", "1987-01-31", "1987-09"]
    >>> [quarter_ended(make_timex("DATE", day, "date.month_day")) for day in days]
    ['1989-Q3', '1989-Q3', '1989-Q2', '1986-Q4', '1987-Q3']
    """
    found = reference_of(end.value)
    if found is None or found[0] not in ("M", "D"):
        return None
    last = _last_day(found) if found[0] == "M" else found[1]
    return value_at(last - _HALF_A_QUARTER, "Q")
