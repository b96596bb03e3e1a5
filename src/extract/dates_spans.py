"""Where a found date expression starts and ends: guards on pattern matches and trims.

Contract: ``plausible(text, span, rule_id, bounds)`` tells a pattern match from a look-alike
("may" the verb, "Theresa May"); ``crosses_a_break(text, span)`` whether a paragraph or table
row starts inside a span; ``trim(text, start, end)`` cuts an NER span to TempEval-3 extent and
``without_article`` drops the article of the noun a date modifies (GUIDELINES 5.2);
``clusters`` groups overlapping candidates; ``is_temporal`` tells whether words name a time
(``has_time_word`` whether one of them is a time word);
``moves_a_date`` tells a date moved "from" one day "to" another from a range;
``past_leading_word`` moves a start past an "over" that is no hedge or an "end" that is the
verb; ``MONTH_AND_FIGURE`` is a table's month and its figure ("Feb 32.9"), never one date.
``extract.dates.find_dates`` uses them all; none changes a value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extract.dates_context import context
from extract.dates_data import expand, lexicon
from extract.dates_tense import WORD

POSSESSIVE = re.compile(r"['\u2019]s$")
# A possessive right after a date: "the second quarter's 12 cents", "the previous January's".
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w.'\u2019-]*)[ \t]+$")

Span = tuple[int, int]
_DEICTIC = {
    "ago",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "weekend",
    "quarter",
    "fiscal",
}


def is_temporal(words: Sequence[str]) -> bool:
    """Whether the words of an expression no rule reads name a time. A lone unit or part of the
    day does not: it is a noun of a compound (``the crop marketing year``, ``state TV's
    morning talk show``), with nothing that places it.

    >>> is_temporal(["that", "day"]), is_temporal(["morning"]), is_temporal(["fiscal"])
    (True, False, True)
    """
    lex = lexicon()
    if len(words) == 1 and (words[0] in lex.units or words[0] in lex.parts_of_day):
        return False
    return has_time_word(words)


def has_time_word(words: Sequence[str]) -> bool:
    """Whether any of the lower-case ``words`` is a month, weekday, season, unit, part of the
    day, holiday or deictic word ("today", "ago").

    >>> has_time_word(["the", "year"]), has_time_word(["payment", "date"])
    (True, False)
    """
    lex = lexicon()
    vocab = (lex.months, lex.weekdays, lex.seasons, lex.units, lex.parts_of_day, lex.holidays)
    return any(w in table for w in words for table in vocab) or any(w in _DEICTIC for w in words)


def plausible(text: str, span: Span, rule_id: str, bounds: Sequence[int]) -> bool:
    """Guards on a pattern match: "may" the verb, "March" the noun, "Theresa May"."""
    lex = lexicon()
    for word in WORD.finditer(text, *span):
        form = word.group(0).lower()
        if (form in lex.months or form in lex.weekdays) and word.group(0)[0].islower():
            return False
    if rule_id == "date.month":
        previous = _PREVIOUS_WORD.search(text[max(0, span[0] - 40) : span[0]])
        if previous is not None and previous.group(1)[0].isupper():
            previous_start = max(0, span[0] - 40) + previous.start(1)
            at_sentence_start = previous_start == 0 or previous_start in bounds
            return at_sentence_start  # "In May" opens a sentence; "Theresa May" is a name
    return True


# A blank or indented line: a new paragraph or a new row of a table, never inside an expression
# (a hard wrap alone may be: "a year\nearlier").
_LINE_BREAK = re.compile(r"\n[ \t]|\n\s*\n")


def crosses_a_break(text: str, span: Span) -> bool:
    r"""Whether a paragraph or table row starts inside ``span``: "prior" ending one row of a
    results table and "Year" heading the next are no "prior year".

    >>> crosses_a_break("vs 3 cts prior\n    Year", (9, 23))
    True
    >>> crosses_a_break("a year\nearlier", (0, 14))
    False
    """
    return _LINE_BREAK.search(text, *span) is not None


def moves_a_date(text: str, span: Span, rule_id: str) -> bool:
    """Whether a range is a date moved from one day to another, two dates and no range
    ("extended from Sept. 30 to Dec. 31"; ``context.json``'s ``changes_of_date``).

    >>> text = "The period was extended from Sept. 30 to Dec. 31."
    >>> moves_a_date(text, (29, 48), "date.cross_month_range")
    True
    """
    ctx = context()
    if rule_id not in ctx.range_rules:
        return False
    return ctx.change_before.search(text, max(0, span[0] - 60), span[0]) is not None


def lists_dates(text: str, span: Span, rule_id: str) -> bool:
    """Whether an "X and Y" read as a range lists two dates, with no "between" before it
    (GUIDELINES 5.2; ``context.json``'s ``ranges_after_between``).

    >>> text = "rebates on 1986 and 1987 models, up between 1985 and 1987"
    >>> lists_dates(text, (11, 24), "date.years_and_years")
    True
    >>> lists_dates(text, (44, 57), "date.years_and_years")
    False
    """
    ctx = context()
    if rule_id not in ctx.between_rules:
        return False
    return ctx.between_before.search(text, max(0, span[0] - 20), span[0]) is None


@cache
def _abbreviation_end() -> re.Pattern[str]:
    """A final full stop that belongs to the expression: "a.m.", "Sept."."""
    abbrevs = "|".join(f for f in lexicon().months if len(f) <= 4)
    return re.compile(rf"(?:\b[ap]\.m|\b(?:{abbrevs}))\.$", re.IGNORECASE)


# Counts written as words before a singular unit ("the two day rally").
_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
# "the 1991 collapse", "the 1987/88 budget", "the 1986/7 pool", "the third-quarter loss",
# "the two-year plan", "the late-November trip", "the year-ago results",
# "the 10 year average", "the two day rally" (a count before a singular unit and a noun):
# the article is the noun's, the date only modifies it (GUIDELINES 5.2).
_COUNT = "|".join((r"\d{1,3}", *_COUNT_WORDS))
_MODIFIER = (
    r"(?:1[5-9]\d\d|20\d\d)(?:[/-]\d\d(?:\d\d)?|/\d)?"  # "1991", "1987/88", "1987/8"
    r"|[a-z]+-(?:quarter|year|month|week|day|half)"  # "third-quarter", "two-year"
    r"|(?:early|mid|late)-[A-Z][a-z]+|year-(?:ago|earlier)"  # "late-November", "year-ago"
    rf"|(?:{_COUNT})\s(?:year|month|week|day|hour)"  # "10 year", "two day"
    # "the fiscal 1987 budget", "the fiscal year 1988 farm budget"; not "the fiscal 1987 and
    # 1988 budgets", "the fiscal year 1988 ending June 30", "the fiscal 1987 period", whose
    # "the" is the date's
    r"|fiscal\s+(?:year\s+)?(?:1[5-9]\d\d|20\d\d)(?:/\d\d)?"
    r"(?!\s+(?:and|or|to|through|end|ends|ended|ending|begin|begins|beginning"
    r"|began|starting|when|as|was|is|were|will|period"
    r"|year|half|quarter|months?|season)\b)"
)
# "the 1986/87 (Oct-Sept) season": a short aside in brackets may stand before the noun
_THE_BEFORE_MODIFIER = re.compile(
    rf"the\s+(?=(?:{_MODIFIER})(?:\s+\([^()\n]{{1,20}}\))?\s+[a-z])", re.IGNORECASE
)
_MODIFIER_ALONE = re.compile(_MODIFIER, re.IGNORECASE)
# "a half-hour cut", "a half-hour program": the article is the noun's, the length modifies it;
# not "a half-hour early", "the half-hour since the market opened", "the half-hour running up to".
_ARTICLE_BEFORE_HALF_HOUR = re.compile(r"(?:the|an?)\s+(?=half[\s-]hour$)", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:early|late|later|earlier|before|after|ago|of|to|from|since|in|on|at|for|with|by"
    r"|or|and|as|when|while|that|which|running|left|remaining)\b)[a-z]{3,}\b"
)


@cache
def _article_before_year_compound() -> re.Pattern[str]:
    """ "a", "an" or "the" before a year compound of earnings copy and its noun: "a full year
    loss", "the 1986 full-year profit", "the prior year results" (rules.json REPORTNOUN): the
    article is the noun's."""
    compound = r"(?:(?:1[89]|20)\d\d[-\s]+)?(?:full|prior)[- ](?:fiscal[- ])?year"
    return re.compile(rf"(?:the|an?)\s+(?={compound}[-\s]+{expand('{REPORTNOUN}')})", re.IGNORECASE)


@cache
def _the_before_month_day() -> re.Pattern[str]:
    """ "the" before a month and its day: "the Aug. 7, 1998, bombings", "the March 5 meeting"
    (no day is ever "the Aug. 7" itself: the article is always the noun's)."""
    months = "|".join(sorted(lexicon().months, key=len, reverse=True))
    return re.compile(rf"the\s+(?=(?:{months})\.?\s+\d{{1,2}}(?!\d))", re.IGNORECASE)


def without_article(text: str, start: int, end: int) -> int:
    """``start``, or past its "the" when the rest of the span is a date modifying a noun.

    >>> text = "the 1991 collapse and the Aug. 7, 1998, bombings; the 1990s"
    >>> [text[without_article(text, s, e):e] for s, e in ((0, 8), (22, 38), (50, 59))]
    ['1991', 'Aug. 7, 1998', 'the 1990s']
    >>> text = "a full year loss, the full year"
    >>> [text[without_article(text, s, e):e] for s, e in ((0, 11), (18, 31))]
    ['full year', 'the full year']
    >>> text = "the fiscal 1988 farm budget, the fiscal 1987 period"
    >>> [text[without_article(text, s, e):e] for s, e in ((0, 15), (29, 44))]
    ['fiscal 1988', 'the fiscal 1987']
    >>> text = "a half-hour cut, a half-hour early"
    >>> [text[without_article(text, s, e):e] for s, e in ((0, 11), (17, 28))]
    ['half-hour', 'a half-hour']
    """
    the = _THE_BEFORE_MODIFIER.match(text, start, len(text))
    if the is not None and _MODIFIER_ALONE.fullmatch(text, the.end(), end):
        return the.end()
    article = _article_before_year_compound().match(text, start, len(text))
    if article is not None and article.end() < end:
        return article.end()
    article = _ARTICLE_BEFORE_HALF_HOUR.match(text, start, end)
    if article is not None and _NOUN_AFTER.match(text, end):
        return article.end()
    the = _the_before_month_day().match(text, start, end)
    return start if the is None else the.end()


def past_leading_word(text: str, start: int, end: int) -> int:
    """``start``, or past a leading word that is not part of the expression there
    (``context.json``'s ``leading_words``): an "over" that spreads something across the time
    rather than meaning "more than", a preposition as "in" is; an "end" that is the verb.

    >>> text = "It will pay 2.5 billion dlrs over five years, as it did for over five years."
    >>> [past_leading_word(text, s, s + 15) for s in (29, 61)]
    [34, 61]
    >>> text = "It expects to end 1987 with a profit, and at end 1986 it had none."
    >>> [past_leading_word(text, text.index(w), len(text)) for w in ("end 1987", "end 1986")]
    [18, 45]
    """
    for leading in context().leading_words:
        word = leading.word.match(text, start, end)
        if word is None:
            continue
        kept_in = leading.kept_if_in
        if leading.kept_after.search(text, max(0, start - 20), start) or (
            kept_in is not None and kept_in.search(text, start, end)
        ):
            return start
        return word.end()
    return start


def trim(text: str, start: int, end: int) -> Span | None:
    """A model span cut to TempEval-3 extent: no preposition, possessive, article of the noun a
    date modifies, final preposition or conjunction, or final punctuation; no hedge before a
    possessive date (it hedges the noun: "around last year's levels").

    >>> text = "at around last year's levels, about two years"
    >>> [text[s:e] for s, e in (trim(text, 0, 21), trim(text, 3, 19), trim(text, 30, 45))]
    ['last year', 'last year', 'about two years']
    >>> text = "rose for a second month during May, and all day on Friday"
    >>> [text[s:e] for s, e in (trim(text, 9, 31), trim(text, 40, 50))]
    ['a second month', 'all day']
    """
    ctx = context()
    possessive = False
    while start < end:
        before = (start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:!?\"')]\u201d"):
            end -= 1
        prep = ctx.preposition_regex.match(text, start, end)
        if prep is not None:
            start = prep.end()
        start = without_article(text, past_leading_word(text, start, end), end)
        if POSSESSIVE.search(text[start:end]):
            end -= 2
            possessive = True
        tail = text[start:end]
        if tail.endswith(".") and not _abbreviation_end().search(tail):
            end -= 1
        trailing = _TRAILING_WORD.search(text, start, end)
        if trailing is not None:
            end = trailing.start()
        end = _without_glued_number(text, start, end)
        end = _without_table_figure(text, start, end)
        if (start, end) == before:
            # "at around last year's levels": a hedge before a possessive date is the noun's
            possessive = possessive or POSSESSIVE.match(text[end : end + 2]) is not None
            hedge = ctx.modifier_regex.match(text, start, end) if possessive else None
            if hedge is not None and hedge.end() < end:
                start = hedge.end()
                while start < end and text[start].isspace():
                    start += 1
            return (start, end) if start < end else None
    return None


# A preposition or conjunction the NER ran a span on to: "a second consecutive month during",
# "all day on", "March 31, 1988 from" (not "before" or "after", which end "the week before" as
# adverbs, nor "of" and an article: "the second half of the two-week period" is no half-year).
_TRAILING_WORD = re.compile(r"\s+(?:during|on|in|to|from|at|for|by|with|and|or)$", re.IGNORECASE)
# The last word of a span, after a space; and a hyphen that glues a word to the next.
_LAST_WORD = re.compile(r"(?<=\s)\w+$")
_HYPHEN_GLUE = re.compile(r"-[A-Za-z]")


def _without_glued_number(text: str, start: int, end: int) -> int:
    """The end of a model span without a final number glued by a hyphen to the words after it:
    ``June, 1986 two`` of ``June, 1986 two-for-one stock split`` is ``June, 1986``. The number
    opens a compound of its own (a split, ``a two-year loan``)."""
    last = _LAST_WORD.search(text, start, end)
    if last is None or not _HYPHEN_GLUE.match(text, end):
        return end
    word = last.group(0).lower()
    return last.start() if word.isdigit() or word in lexicon().numbers else end


# A month and a decimal figure after it, as in a table's cells ("Feb 32.9, Mar 6.8").
MONTH_AND_FIGURE = re.compile(r"([A-Za-z]+)\.?\s+\d{1,4}\.\d+")


def _without_table_figure(text: str, start: int, end: int) -> int:
    """The end of a model span that is a month and a figure, without the figure: ``Mar`` of
    ``Mar 6.8`` (tonnes registered for March shipment, no day 6.8).

    >>> text = "prev 34.8, Mar 6.8, Apr 6.3"
    >>> text[11 : _without_table_figure(text, 11, 18)]
    'Mar'
    """
    cell = MONTH_AND_FIGURE.fullmatch(text, start, end)
    if cell is None or cell.group(1).lower() not in lexicon().months:
        return end
    return cell.end(1)


def clusters(spans: Sequence[Span]) -> list[list[Span]]:
    """The spans in groups that overlap one another, in text order.

    >>> clusters([(5, 9), (0, 3), (2, 4)])
    [[(0, 3), (2, 4)], [(5, 9)]]
    """
    groups: list[list[Span]] = []
    for span in sorted(spans):
        if groups and span[0] < max(e for _, e in groups[-1]):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups
