"""Dates: temporal expressions + publication date (DCT) -> TIMEX3 type, value and interval.

Contract: ``resolve_dct(published, text)`` finds the document creation time;
``normalise(expression, dct, tense=...)`` turns one expression into a ``Timex``;
``find_dates(text, dct, model_spans)`` finds the expressions of a text (the NER's DATE/TIME
spans and this module's own patterns) with TempEval-3 span conventions and normalises each.
Pure functions; the rules, word tables and context lists are data (``data/dates/*.json``).

Conventions the integrator should know (TempEval-3 where it has one):

- A span excludes a leading preposition ("in May" -> "May") and includes its determiner and
  modifiers ("the third quarter", "nearly thirty years ago", "the end of the year").
- Modifiers (early, late, mid-, the end of, nearly, more than) do not change the value and do
  not narrow the interval: "mid-2020" is ``"2020"`` with the whole year as interval.
- Ranges are one DATE whose value is the finest TIMEX3 value that encloses them and whose
  interval is exact: "December 13-16, 2000" -> ``"2000-12"``, 2000-12-13..2000-12-16;
  "1961-1991" -> ``"19"``, 1961-01-01..1991-12-31; "the January-September period" -> the year.
  (TempEval-3 would tag the two ends separately; TIMEX3 has no value for a range.)
- A month, day, weekday, quarter or season without a year takes it from the DCT by tense: past
  -> the latest one starting no later than the DCT, future -> the earliest not over before it,
  no tense -> the nearest, a later one counting twice as far. Quarters and halves ignore the
  tense ("expects to report third-quarter results") and are the latest begun by the DCT.
  Without a DCT the year stays unknown ("XXXX-05", with a reason).
- Relative expressions ("next month", "yesterday") need a DCT precise enough; otherwise the
  value is None with a reason. Expressions relative to another time in the text ("a year
  earlier", "the following week", "that year") are resolved by ``find_dates`` against the
  nearest calendar date before them (``extract.dates_anaphora``); alone, or with no such date
  before them, they keep value None and a reason.
- Durations anchored at the DCT ("the past decade") get the interval DCT-10y..DCT.

>>> dct = Dct("2017-11-16", "metadata")
>>> t = normalise("the January-September period", dct)
>>> t.value, t.interval_start, t.interval_end, t.rule
('2017', '2017-01-01', '2017-09-30', 'date.month_range')
>>> normalise("May", dct, tense="past").value, normalise("May", dct, tense="future").value
('2017-05', '2018-05')
>>> normalise("next month", Dct(None, "none")).reason
'relative expression without DCT'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from extract import dates_calendar, dates_durations, dates_periods
from extract.dates_anaphora import resolve_anaphora, rule_sets
from extract.dates_clock import clock_days, clock_ranges, range_starts
from extract.dates_context import context
from extract.dates_data import lexicon
from extract.dates_entity import (
    entity_label,
    entity_span,
    in_a_phrase_of_no_time,
    inside_a_name,
    is_count,
    is_fraction,
    is_level,
    names_no_time,
    only_time_words,
    over_a_name,
    rank_in,
)
from extract.dates_lists import listed_counts, listed_days, listed_periods, ordered_weekdays
from extract.dates_references import compared_against, reference_cap
from extract.dates_rule_table import Rule, rules
from extract.dates_rules import Action, Ctx, apply_rules, via_dateparser
from extract.dates_scan import Scanner
from extract.dates_spans import (
    POSSESSIVE,
    POSSESSIVE_AFTER,
    Span,
    clusters,
    crosses_a_break,
    is_temporal,
    lists_dates,
    moves_a_date,
    past_leading_word,
    plausible,
    trim,
    without_article,
)
from extract.dates_tense import WORD, Cues, sentence_bounds, sentence_tense
from extract.timex import Dct, Timex, anchor_of, make_timex

__all__ = [
    "DateMatch",
    "Dct",
    "Timex",
    "entity_label",
    "entity_span",
    "find_dates",
    "in_a_phrase_of_no_time",
    "inside_a_name",
    "is_count",
    "is_fraction",
    "is_level",
    "names_no_time",
    "normalise",
    "only_time_words",
    "over_a_name",
    "rank_in",
    "resolve_dct",
]

ACTIONS: Mapping[str, Action] = {
    **dates_calendar.ACTIONS,
    **dates_periods.ACTIONS,
    **dates_durations.ACTIONS,
}
UNRECOGNISED = "unrecognised"
# Characters before a match that a rule's ``after`` pattern is searched in (an amount and its
# unit: "1,250,000 metric tonnes").
AFTER_WINDOW = 60


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A temporal expression found in a text: ``text[start:end]``, and its normalisation."""

    start: int
    end: int
    timex: Timex

    @property
    def resolved(self) -> bool:
        """Whether the expression got a value (relation rules prefer those for time roles).

        >>> [m.resolved for m in find_dates("Sales rose last year.", Dct("2017-11-16", "metadata"))]
        [True]
        >>> [m.resolved for m in find_dates("Sales rose last year.", Dct(None, "none"))]
        [False]
        """
        return self.timex.value is not None


# ---- DCT

_PUBLISHED = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?\s*")
_NON_DIGIT = re.compile(r"\D")


def resolve_dct(published: str | None, text: str) -> Dct:
    """The document creation time, from metadata or else the dateline that opens the text.

    ``published`` is an ISO date or datetime, possibly of reduced precision ("2017",
    "2018-11"); a datetime keeps its local date. A dateline without a year ("MOSCOW,
    November 1. /TASS/.") completes a year-only ``published``; on its own it gives no DCT,
    since its year would be a guess.

    >>> resolve_dct("1987-02-26T15:01:01", "SALVADOR, Feb 26 - Showers")
    Dct(value='1987-02-26', source='metadata')
    >>> resolve_dct("2018", "MOSCOW, November 1. /TASS/. The expansion")
    Dct(value='2018-11-01', source='dateline')
    >>> resolve_dct(None, "MOSCOW, November 1. /TASS/. The expansion")
    Dct(value=None, source='none')
    >>> resolve_dct(None, "HAVANA (Reuters) - Boxy Russian-built Lada automobiles")
    Dct(value=None, source='none')
    """
    value = None
    match = _PUBLISHED.fullmatch(published or "")
    if match is not None:
        value = "-".join(part for part in match.groups() if part)
        if anchor_of(value) is None:
            value = None
    if value is not None and len(value) == 10:
        return Dct(value, "metadata")
    line = _dateline(text)
    if line is not None:
        month, day, year = line
        known_year = year or (int(value[:4]) if value else None)
        same_month = value is None or len(value) == 4 or int(value[5:7]) == month
        candidate = f"{known_year:04d}-{month:02d}-{day:02d}" if known_year else None
        if candidate and same_month and anchor_of(candidate) is not None:
            return Dct(candidate, "dateline")
    return Dct(value, "metadata") if value else Dct(None, "none")


def _dateline(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a dateline at the start of ``text``."""
    for _, regex in context().datelines:
        match = regex.match(text)
        if match is not None and match["city"].split(",")[0].isupper():
            year = match["year"]
            month = lexicon().months[match["month"].lower().rstrip(".")]
            return month, int(_NON_DIGIT.sub("", match["day"])), int(year) if year else None
    return None


# ---- normalising one expression

_EDGE_PUNCTUATION = ' \t\n,;:!?"()[]\u201c\u201d'
# Patterns used per expression are compiled once: ``re``'s own cache is shared with the rest
# of the pipeline and overflows.
_OPENING_QUOTE = re.compile(r"^['\u2018\u2019](?=[^\d])")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@cache
def _trailing_hedge(pattern: str) -> re.Pattern[str]:
    return re.compile(f"{pattern}$", re.IGNORECASE)


def _strip(text: str) -> tuple[str, str, bool, str | None]:
    """(cleaned text, text without prepositions and modifiers, whether a modifier went, the
    mod of the first position modifier that went)."""
    # An apostrophe before a digit stays ("'90s"); quotes around a word go ('now').
    cleaned = " ".join(text.split()).strip(_EDGE_PUNCTUATION).rstrip("'\u2019")
    cleaned = _OPENING_QUOTE.sub("", cleaned)
    ctx = context()
    # "the next year or so": a hedge after it is one as "about" before it is
    hedged = _trailing_hedge(ctx.trailing_hedge).search(cleaned)
    core, modified, position = cleaned[: hedged.start()] if hedged else cleaned, False, None
    while True:  # modifiers first: "at least one year" is no "at" + "least one year"
        mod = ctx.modifier_regex.match(core)
        prefix = mod or ctx.preposition_regex.match(core)
        if prefix is None:
            return cleaned, core, modified, position
        if mod is not None and position is None:
            position = next((p for regex, p in ctx.positions if regex.match(core)), None)
        modified = modified or mod is not None
        core = core[prefix.end() :]


def normalise(
    text: str,
    dct: Dct,
    *,
    tense: str | None = None,
    found_by: str | None = None,
    deadline: bool = False,
    of_another: bool = False,
) -> Timex:
    """One temporal expression, as it appears in a text, as a TIMEX3 ``Timex``.

    ``tense`` ("past", "present", "future" or None) is that of the governing verb; it picks
    the year of "May" or the week of "Saturday". ``found_by`` names the rule that found the
    expression when that rule reads it only in its context (``dates_rules.apply_rules``);
    ``deadline`` says that a word such as "by" stands before it, ``of_another`` that an "of"
    naming another period than the DCT's follows it.

    >>> dct = Dct("2017-11-16", "metadata")
    >>> normalise("on Saturday", dct, tense="past").value
    '2017-11-11'
    >>> normalise("nearly thirty years", dct).value, normalise("the past decade", dct).value
    ('P30Y', 'P10Y')
    >>> t = normalise("December 13-16, 2000", dct)
    >>> t.value, t.interval_start, t.interval_end
    ('2000-12', '2000-12-13', '2000-12-16')
    >>> t = normalise("May", Dct(None, "none"))
    >>> t.value, t.interval_start, t.reason
    ('XXXX-05', None, 'year unknown: no DCT')
    """
    return _normalised(text, dct, tense, found_by, deadline, of_another)


# A text repeats its expressions ("1986", "the quarter") and a feed its DCT; a Timex is frozen.
@lru_cache(maxsize=4096)
def _normalised(
    text: str,
    dct: Dct,
    tense: str | None,
    found_by: str | None = None,
    deadline: bool = False,
    of_another: bool = False,
) -> Timex:
    cleaned, core, modified, position = _strip(text)
    ctx = Ctx(anchor_of(dct.value), tense, modified, position, deadline, of_another)
    # Then without a final full stop, a leading "the" ("the decades-old"), a possessive.
    bare = _LEADING_THE.sub("", core)
    variants = [cleaned, core, core.rstrip("."), bare, POSSESSIVE.sub("", core)]
    for variant in dict.fromkeys(v for v in variants if v):
        found = apply_rules(variant, ctx, ACTIONS, found_by)
        if found is not None:
            return _rest_of(found, ctx) if position == "REST" else found
    if found_by is not None:  # its own rule refused it: read it as any other expression
        return _normalised(text, dct, tense, None, deadline, of_another)
    found = via_dateparser(core, ctx)
    if found is not None:
        return found
    return make_timex(
        "DATE", None, UNRECOGNISED, reason="no rule or parser recognised the expression"
    )


def _rest_of(found: Timex, ctx: Ctx) -> Timex:
    """ "the rest of the year" said on a day of it: the days from the DCT's to its end (the
    value stays the year's, a week's the week's); else as found.

    >>> from extract.timex import anchor_of
    >>> year = make_timex("DATE", "2016", "date.the_unit")
    >>> t = _rest_of(year, Ctx(anchor_of("2016-11-07"), None, True))
    >>> t.value, t.interval_start, t.interval_end
    ('2016', '2016-11-07', '2016-12-31')
    """
    if ctx.anchor is None or found.interval_start is None or found.interval_end is None:
        return found
    start, end = date.fromisoformat(found.interval_start), date.fromisoformat(found.interval_end)
    if not start <= ctx.anchor.start <= end or ctx.anchor.precision != "day":
        return found
    return make_timex(found.type, found.value, found.rule, interval=(ctx.anchor.start, end))


# ---- finding expressions in a text


@cache
def _finders() -> tuple[tuple[Rule, ...], Scanner]:
    """The rules that find expressions, and one scanner for their finders and then the
    non-temporal phrases (``Scanner`` runs them all in one pass over a text)."""
    finding = tuple(rule for rule in rules() if rule.finder is not None)
    patterns = [rule.finder for rule in finding if rule.finder is not None]
    return finding, Scanner([*patterns, *context().non_temporal])


@cache
def _unmarked_rules() -> frozenset[str]:
    """The rules that read an expression only to leave it out (``"unmarked": true``)."""
    return frozenset(rule.id for rule in rules() if rule.params.get("unmarked"))


def _ahead(text: str, found: Sequence[DateMatch], bounds: list[int], cues: Cues) -> list[bool]:
    """Whether each expression is said in the future tense with no date before it in its
    sentence: "prices will edge higher during the year" after a sentence on 1986 is of the
    year to come, "sales for 1986 and expects to report a loss for the year" of 1986."""
    sentences = [bisect.bisect_right(bounds, m.start) for m in found]
    return [
        (i == 0 or sentences[i - 1] != sentences[i])
        and sentence_tense(text, m.start, m.end, bounds, cues) == "future"
        for i, m in enumerate(found)
    ]


def find_dates(
    text: str, dct: Dct, model_spans: Sequence[tuple[int, int, str]] = ()
) -> list[DateMatch]:
    """The temporal expressions of ``text``, normalised, sorted and without overlaps.

    ``model_spans`` are the NER's (start, end, label) DATE/TIME spans, possibly imperfect;
    the module's own patterns find what the model misses. Overlapping candidates are merged
    (their union when that normalises, else the longest recognised ones). A model span no
    rule recognises is kept, value None, only if it has a temporal word.

    >>> text = "Rosneft in May resumed shipments. Russia may lie far away, said one of them."
    >>> dct = Dct("2017-11-16", "metadata")
    >>> [(text[m.start : m.end], m.timex.value) for m in find_dates(text, dct)]
    [('May', '2017-05')]
    """
    bounds, cues = sentence_bounds(text), Cues(text)
    finding, scanner = _finders()
    found_by = scanner.finditer_all(text)
    blocked = [m.span() for matches in found_by[len(finding) :] for m in matches]
    cache: dict[Span, Timex] = {}
    in_context: dict[Span, str] = {}  # spans found by a rule that reads them in context only
    deadlines, of_others = context().deadline_regex, context().of_another_regex

    def timex_of(span: Span) -> Timex:
        if span not in cache:
            tense = sentence_tense(text, *span, bounds, cues)
            if tense == "future" and POSSESSIVE_AFTER.match(text, span[1]):
                # "less than the second quarter's 12 cents", "May's figures will be out": what
                # a date had is stated, whatever the verb says of the rest
                tense = None
            found_by = in_context.get(span)
            deadline = deadlines.search(text, max(0, span[0] - 20), span[0]) is not None
            cache[span] = normalise(
                text[span[0] : span[1]],
                dct,
                tense=tense,
                found_by=found_by,
                deadline=deadline,
                of_another=of_others.match(text, span[1]) is not None,
            )
        return cache[span]

    own: dict[Span, bool] = {}
    prepositions = context().preposition_regex
    for rule, matches in zip(finding, found_by, strict=False):
        for match in matches:
            if rule.after is not None and not rule.after.search(
                text, max(0, match.start() - AFTER_WINDOW), match.start()
            ):
                continue  # not in the context the rule reads it in ("$33 million a year")
            if plausible(text, match.span(), rule.id, bounds):
                start, end = match.span()
                # A finder may need the preposition ("between March 1 and 25"), which then goes
                # from the span; an idiom that holds one ("at present") keeps it.
                prep = prepositions.match(text, start, end)
                if rule.in_context:  # before any reading of them is cached
                    for first in (start, prep.end() if prep else start):
                        in_context.setdefault((first, end), rule.id)
                        in_context.setdefault((without_article(text, first, end), end), rule.id)
                if prep is not None and timex_of((prep.end(), end)).rule != UNRECOGNISED:
                    start = prep.end()
                start = past_leading_word(text, start, end)
                own.setdefault((without_article(text, start, end), end), True)
    for start, end, _label in model_spans:
        trimmed = trim(text, start, end)
        if trimmed is not None:
            own.setdefault(trimmed, False)
    candidates = {
        s: o
        for s, o in own.items()
        if not any(s[0] < b[1] and b[0] < s[1] for b in blocked)
        and not crosses_a_break(text, s)
        and not moves_a_date(text, s, timex_of(s).rule)
        and not lists_dates(text, s, timex_of(s).rule)
    }

    found: list[DateMatch] = []
    for cluster in clusters(list(candidates)):
        union = (cluster[0][0], max(e for _, e in cluster))
        merge = len(cluster) > 1 and union not in candidates
        if (
            merge
            and not all(candidates[s] for s in cluster)
            and timex_of(union).rule != UNRECOGNISED
        ):
            cluster = [union]
        ranked = sorted(
            cluster,
            key=lambda s: (timex_of(s).rule != UNRECOGNISED, s[1] - s[0], candidates.get(s, True)),
        )
        picked: list[Span] = []
        for span in reversed(ranked):
            if all(span[1] <= p[0] or p[1] <= span[0] for p in picked):
                picked.append(span)
        for span in picked:
            timex = timex_of(span)
            words = [w.lower() for w in WORD.findall(text, *span)]
            if timex.rule in _unmarked_rules():
                continue  # "after months of wrangling": a bare plural the NER read (rules.json)
            if timex.rule != UNRECOGNISED or is_temporal(words):
                found.append(DateMatch(span[0], span[1], timex))
    found.sort(key=lambda m: m.start)
    spans = [(_strip(text[m.start : m.end])[1], m.timex) for m in found]
    # the period a day ends may be named right before it ("the first quarter ended Feb. 28")
    named = rule_sets()["periods_named"]
    ends = [-1, *(m.end if m.timex.rule in named else -1 for m in found)]
    caps = [reference_cap(text, m.start, m.end, ends[i]) for i, m in enumerate(found)]
    bases = [compared_against(text, m.start) for m in found]
    resolved = resolve_anaphora(spans, caps, _ahead(text, found, bounds, cues), bases)
    dated = [(m.start, m.end, t) for m, t in zip(found, resolved, strict=True)]
    dated = [(s, e, t) for (s, e, _), t in zip(dated, clock_days(text, dated), strict=True)]
    dated = [(s, e, t) for (s, e, _), t in zip(dated, clock_ranges(text, dated), strict=True)]
    dated = ordered_weekdays(text, dated, dct.value[:10] if dct.value else None)
    dated = [
        *dated,
        *listed_days(text, dated),
        *listed_periods(text, dated),
        *listed_counts(text, dated),
        *range_starts(text, dated),
    ]
    return [DateMatch(*item) for item in sorted(dated, key=lambda item: item[0])]
