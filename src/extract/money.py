"""Money mentions -> amounts, ranges and ISO currencies.

Contract: ``parse_money(text)`` normalises one mention into a ``MoneyValue`` (decimal strings in
the currency's main unit, or None with a reason); ``find_money(text, model_spans)`` finds the
mentions of a text, from the NER's MONEY spans and the patterns of ``data/money/patterns.json``,
as sorted, non-overlapping ``MoneyMatch`` objects. All words, symbols, scales and hedges are data
(``data/money/*.json``, compiled by ``extract.money_tables``); this module reads with them.

>>> parse_money("more than $225 million")
MoneyValue(amount='225000000', min=None, max=None, currency='USD', currency_assumed=True, \
qualifier='more than', reason=None)
>>> [(m.start, m.end, m.rule) for m in find_money("It lost 15 mln dlrs in 1986.")]
[(8, 19, 'amount-suffix')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from math import prod
from typing import Any

from extract.data_files import entries
from extract.money_numbers import decimal_str, read_digits, read_words
from extract.money_partners import RULE as PARTNER_RULE
from extract.money_partners import is_change, listed_spans, partner_spans
from extract.money_statements import count_lines, statement_spans
from extract.money_subjects import RULE as SUBJECT_RULE
from extract.money_subjects import counts_things, single_spans, subject_spans
from extract.money_tables import DASHES, YEAR, Currency, Tables, form_key, load_tables
from extract.money_units import RATE, exchange_rate_spans, unit_note, without_unit_tail
from extract.percentages import parse_percent


@dataclass(frozen=True, slots=True)
class MoneyValue:
    """The value of one money mention; numbers are decimal strings in the main unit."""

    amount: str | None = None
    min: str | None = None
    max: str | None = None
    currency: str | None = None
    currency_assumed: bool = False
    qualifier: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class MoneyMatch:
    """A money mention of a text: ``text[start:end]``, its value and the rule that found it."""

    start: int
    end: int
    value: MoneyValue
    rule: str
    equivalent_of: int | None = None
    note: str | None = None


# Reasons that say the reading of the text failed (not merely that a fact is not in it).
_HARD_REASONS = frozenset(
    {"unclear amount", "malformed number", "conflicting currencies", "unclear scale",
     "range bounds out of order", "unknown currency"}
)  # fmt: skip
_OUT_OF_ORDER = "range bounds out of order"
# Compiled once here: other stages overflow re's cache of compiled patterns.
_IN_BEFORE = re.compile(r"(?i:\bin)\s+$")
# What follows the new amount of a change: "up to 1.29 billion stg from 1.2 billion", "up to
# 561.8 mln dlrs from year ago 540.9 mln dlrs" (but not "up to 150 billion yen ... from Japan").
_CHANGE_FROM = re.compile(r"\s*,?\s*from\s+(?:(?:a\s+)?year[- ]ago\s+)?(?:\d|\$|US\$)")
# "the World Bank estimated 35.3 billion dlrs": a bare "estimated" after its subject (a pronoun
# or a capitalised word that is no determiner, adverb or possessive: "Diversified's estimated 3.2
# mln dlrs") is the verb, not the hedge of an amount.
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:he|she|it|they|we|who|which)|\b(?!(?:The|An?|Its|Their|His|Her|This|That)\b)"
    r"(?![A-Za-z]+ly\b)[A-Z][\w.&'-]*(?<!'s)(?<!'))\s+$"
)
# A position before a year the NER read as an amount ("a post-1949 record", "mid-1987").
_YEAR_POSITION = re.compile(r"^(?:pre|post|mid|end|early|late)-", re.IGNORECASE)
_RESTATES = re.compile(r"\s*(?:\(\s*|,?\s*or\s+|\s/\s*)")
# Two figures the NER took for one amount: table columns ("0.18           0.23") or a
# comparison ("501,000 vs 83,000", "93.18 below 93.21"); the readers find each on its own.
_TWO_FIGURES = re.compile(r"\d(?:[ \t]{3,}|\s+(?:vs\.?|versus|against|below|above)\s+)\S*\d")


@dataclass
class _Group:
    number: Decimal
    end: int
    needs_scale: bool
    # written out in full ("4,500,000", "$ 10,000 to $ 1 million"): needs no shared scale
    complete: bool = False
    scales: list[Decimal] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Reading:
    value: MoneyValue
    unknown: bool  # words or signs outside the grammar
    has_number: bool
    detectable: bool  # a currency form that may prove money on its own


@lru_cache(maxsize=8192)  # bounded: texts come from arbitrary articles
def _read(text: str) -> _Reading:
    tables = load_tables()
    groups: list[_Group] = []
    currencies: list[Currency] = []
    qualifier: str | None = None
    vague = unknown = unclear = malformed = between = pending = stray = unknown_cur = False
    last_kind, last_text, own_cur = "", "", False
    for match in tables.tokens.finditer(text):
        kind, token, start, end = match.lastgroup or "", match[0], match.start(), match.end()
        if kind == "qual":
            qualifier = qualifier or tables.qualifiers[form_key(token)]
        elif kind == "vague":
            vague = True
        elif kind == "between":
            between = True
        elif kind == "cur":
            cur = tables.currencies.get(form_key(token, True)) or tables.currencies[form_key(token)]
            # "Zimbabwe dollars": an unknown adjective before a word read by assumption.
            unknown_cur |= cur.assumed and last_kind == "other" and last_text[:1].isupper()
            currencies.append(cur)
            own_cur = True
        elif kind in ("num", "word"):
            number = read_digits(token) if kind == "num" else read_words(token, tables)[0]
            malformed |= number is None
            # "16 (or 60?) million": a second number is a range bound only after a separator
            unclear |= bool(groups) and (not pending or stray)
            stray = False
            needs = kind == "word" and read_words(token, tables)[1]
            full = kind == "num" and "," in token and (bool(number and number >= 10**6) or own_cur)
            groups.append(_Group(number or Decimal(0), end, needs, full))
            pending = own_cur = False
        elif kind == "scale":
            factor, attached = tables.scales[form_key(token)]
            after_number = groups and last_kind in ("num", "word", "scale", "dash")
            if after_number and (not attached or start == groups[-1].end):
                groups[-1].scales.append(factor)
            elif not vague:  # "multibillion": a scale after a vague word is part of it
                unknown = True
        elif kind == "sep":
            # "1,000 and 10,000 Canadian dlrs" lists two amounts; "between 5 and 6" is a range
            listed = token.lower() == "and" and not between
            unknown, pending = unknown or listed, pending or (bool(groups) and not listed)
            kind = "dash" if token in DASHES else kind
        else:
            unknown = stray = True
        last_kind, last_text = kind, token
    unknown |= any(g.needs_scale and not g.scales for g in groups)
    groups = [g for g in groups if g.scales or not g.needs_scale]
    value = _value(groups, currencies, vague, unclear, malformed, unknown_cur)
    detectable = any(c.detect != "never" for c in currencies)
    return _Reading(
        MoneyValue(**{**value, "qualifier": qualifier}), unknown, bool(groups), detectable
    )


def _value(
    groups: list[_Group], currencies: list[Currency], vague: bool, unclear: bool,
    malformed: bool, unknown_cur: bool,
) -> dict[str, Any]:  # fmt: skip
    """The amount and currency fields with the first reason, in order, that stops each."""
    isos = {c.iso for c in currencies}
    value: dict[str, Any] = {}
    currency_checks = [
        (not currencies, "no currency"), (unknown_cur, "unknown currency"),
        (len(isos) > 1, "conflicting currencies"),
        (None in isos, (currencies and currencies[0].reason) or "ambiguous currency"),
    ]  # fmt: skip
    currency_reason = next((reason for failed, reason in currency_checks if failed), None)
    if currency_reason is None:
        value["currency"] = currencies[0].iso
        value["currency_assumed"] = all(c.assumed for c in currencies)
    factor = currencies[-1].factor if currencies else Decimal(1)
    amount_checks = [
        (vague, "no definite amount"), (malformed, "malformed number"), (not groups, "no number"),
        (unclear or len(groups) > 2, "unclear amount"),
    ]  # fmt: skip
    reason = next((reason for failed, reason in amount_checks if failed), None)
    if reason is None and len(groups) == 1:
        value["amount"] = decimal_str(groups[0].number * factor * prod(groups[0].scales))
    elif reason is None:
        low, high = groups
        # "$350-400 mln", "between 5 and 6 bln dlrs": the scale of the upper bound is shared.
        shared = not low.scales and bool(high.scales)
        # "17 cts to 1.20 dlrs": a bound with its own currency word has its own factor
        low_factor = currencies[0].factor if len(currencies) == 2 else factor
        lo = low.number * low_factor * prod(high.scales if shared else low.scales)
        hi = high.number * factor * prod(high.scales)
        # "4,500,000 to five mln dlrs", "$ 10,000 to $ 1 million": a bound written out in full
        # digits (a million or more, or with its own sign) keeps its value when sharing fails.
        if shared and lo > hi and low.complete:
            shared, lo = False, low.number * factor
        if lo > hi:  # never a wrong magnitude: "900 to 1.2 billion" is not 900 billion
            reason = "unclear scale" if shared else _OUT_OF_ORDER
        else:
            value["min"], value["max"] = decimal_str(lo), decimal_str(hi)
    value["reason"] = reason or currency_reason
    return value


def parse_money(text: str) -> MoneyValue:
    """Normalise one money mention; where the value is uncertain, None with a ``reason``.

    >>> v = parse_money("430 million euros")
    >>> v.amount, v.currency, v.currency_assumed
    ('430000000', 'EUR', False)
    >>> v = parse_money("$350-400 mln")
    >>> v.min, v.max, v.currency
    ('350000000', '400000000', 'USD')
    >>> parse_money("one-billion-dlr").amount
    '1000000000'
    >>> parse_money("USD34.6m").amount
    '34600000'
    >>> v = parse_money("billions of dollars")
    >>> v.amount, v.currency, v.reason
    (None, 'USD', 'no definite amount')
    >>> v = parse_money("2.5 billion pesos")
    >>> v.amount, v.currency, v.reason
    ('2500000000', None, 'ambiguous currency')
    """
    return _read(text).value


# A scale word says an amount even with no figure ("an estimated billion dlrs"), and so does "a
# penny" or "a cent" (one cent: "rose a penny").
_AMOUNT_WORD = re.compile(
    r"(?i)(?<![a-z])(?:thousand|million|billion|trillion|mln|bln|(?:a|one)\s+(?:penny|cent))(?![a-z])"
)


def names_no_amount(text: str) -> bool:
    """Whether a mention names a currency and no amount: no figure and no scale word ("the
    dollar fell", "June yen futures", "Spot dollar/yen volume"), which is no money (GUIDELINES.md
    4.1); "billions of dollars", "an estimated billion dlrs" and "a penny" say an amount.

    >>> [names_no_amount(t) for t in ("the dollar", "an estimated billion dlrs", "a penny")]
    [True, False, False]
    """
    return parse_money(text).reason == "no number" and not _AMOUNT_WORD.search(text)


def _pattern_spans(text: str, tables: Tables) -> Iterator[tuple[int, int, str]]:
    for rule, pattern in tables.patterns:
        pos = 0
        while (match := pattern.search(text, pos)) is not None:
            reading = _read(match.group())
            # "12.50 dlrs in 1985 to 13.90 dlrs", "rose on March 6 to 3.879 billion dlrs": the
            # left bound was not an amount; look again from the next character.
            if reading.value.reason in (_OUT_OF_ORDER, "unclear scale"):
                pos = match.start() + 1
                continue
            # "rose from $281 million to $1.2 billion": a change, two amounts, not a range
            parts = _change_parts(text, match.start(), match.end(), reading)
            if parts is not None:
                low_end, high_start, named = parts
                # "declining on each March 15 to 50 dlrs": a day is no bare amount; "profits
                # rose from 116 to 217 mln": alone, "116" would lose the scale it shares, so it
                # is left out rather than read wrong
                if named or not (
                    _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
                    or _read(text[match.start() : low_end]).value.amount != reading.value.min
                ):
                    yield match.start(), low_end, rule if named else PARTNER_RULE
                pos = high_start
                continue
            # "measured in 2005 dollars" names a price level, not an amount
            before = text[max(0, match.start() - 4) : match.start()]
            year = YEAR.match(match[0]) and _IN_BEFORE.search(before)
            if reading.detectable and not year:
                yield match.start(), match.end(), rule
            pos = max(match.end(), match.start() + 1)


_TO_SEPARATOR = re.compile(r"\s+(?i:to)\s+")
_BETWEEN = re.compile(r"(?i:between)\s")
_MONTH_BEFORE = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+$"
)


def _change_parts(
    text: str, start: int, end: int, reading: _Reading
) -> tuple[int, int, bool] | None:
    """Where the first amount ends and the second starts, and whether the first names its
    currency, when ``text[start:end]``, read as a range joined by "to", is a change from one to
    the other (``is_change``)."""
    low, high = reading.value.min, reading.value.max
    if low is None or high is None or _BETWEEN.match(text, start, end):
        return None  # "cut by between 50 cts to one dlr": "between" opens a range
    separator = _TO_SEPARATOR.search(text, start, end)
    if separator is None:
        return None
    named = _read(text[start : separator.start()]).detectable
    if not is_change(text, start, Decimal(low), Decimal(high), named):
        return None
    return separator.start(), separator.end(), named


def _model_spans(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    counts = count_lines(text) if spans else []
    for start, end in spans:
        mention = text[start:end].strip()
        start += text[start:end].index(mention) if mention else 0
        # "1.5930 per dollar": the unit is no part of the amount (GUIDELINES.md 4.9)
        mention = mention[: without_unit_tail(mention)]
        end = start + len(mention)
        reading = _read(mention)
        if not reading.has_number and reading.value.currency is None and not reading.detectable:
            continue  # no currency evidence and no number: not a money mention we can use
        if names_no_amount(mention):
            continue  # "the dollar fell", "June yen futures": a currency without an amount
        if parse_percent(mention) is not None:
            continue
        if _TWO_FIGURES.search(mention):
            continue
        if _change_parts(text, start, end, reading) is not None:
            continue  # the patterns give the two amounts of a change
        if not reading.detectable and any(s <= start < e for s, e in counts):
            continue  # "Avg shrs 51.6 mln": a count of a results table
        if not reading.detectable and counts_things(text, end):
            continue  # "roughly 133 million shares": a count the NER took for money
        # A bare four-digit 18xx-20xx without currency is a year that the model mislabelled,
        # as is one after a position ("a post-1949 record", "mid-1987").
        if not reading.detectable and YEAR.fullmatch(_YEAR_POSITION.sub("", mention, count=1)):
            continue
        yield start, end, "ner"


def find_money(text: str, model_spans: Sequence[tuple[int, int]] = ()) -> list[MoneyMatch]:
    """The money mentions of ``text``: sorted, non-overlapping, with qualifiers and equivalents.

    ``model_spans`` are the (start, end) offsets of the NER's MONEY entities. Overlapping
    candidates are resolved greedily: a span read without unknown words or failures first, then
    one that names its currency ("430 million euros" over the model's "around 430 million"),
    then the longer, then the pattern-verified one.

    >>> text = "worth around 430 million euros ($508.60 million)."
    >>> [(text[m.start:m.end], m.equivalent_of) for m in find_money(text)]
    [('around 430 million euros', None), ('$508.60 million', 0)]
    >>> find_money("Russia forgave 90 percent of it in 1991.", [(15, 25), (35, 39)])
    []
    """
    tables = load_tables()
    candidates = [
        *_model_spans(text, model_spans),
        *_pattern_spans(text, tables),
        *statement_spans(text),
        *subject_spans(text),
        *exchange_rate_spans(text),
    ]
    rank = {rule: n for n, (rule, _) in enumerate(tables.patterns)}
    readers = len(rank)  # the statement, subject and exchange-rate readers come after
    rank["ner"] = readers + 1  # and the model's spans after them

    def preference(candidate: tuple[int, int, str]) -> tuple[bool, bool, int, int, str, int]:
        start, end, rule = candidate
        reading = _read(text[start:end])
        clean = not reading.unknown and reading.value.reason not in _HARD_REASONS
        # A currency word counts, whether or not it says which ("15.9 billion pesos" beats the
        # NER's "at least 15.9 billion", whose qualifier the pattern's span takes on later).
        no_currency = reading.value.currency is None and reading.value.reason == "no currency"
        # The rule's name last: equal candidates come from a set, whose order varies by run.
        return (not clean, no_currency, start - end, rank.get(rule, readers), rule, start)

    chosen: list[tuple[int, int, str]] = []

    def choose(candidate: tuple[int, int, str]) -> None:
        if all(candidate[1] <= s or candidate[0] >= e for s, e, _ in chosen):
            chosen.append(candidate)

    for candidate in sorted(set(candidates), key=preference):
        choose(candidate)
    # The bare side of a comparison ("420 mln crowns from 300 mln") needs a mention with a
    # currency beside it, so it is looked for once those are chosen.
    anchors = [(s, e) for s, e, _ in chosen if _read(text[s:e]).detectable]
    for candidate in partner_spans(text, sorted(anchors)):
        choose(candidate)
    for candidate in single_spans(text):
        choose(candidate)
    # "a forecast of 2.45 billion for 1986/87 and 1.87 billion a year earlier"
    for candidate in listed_spans(text, sorted((s, e) for s, e, r in chosen if r == SUBJECT_RULE)):
        choose(candidate)
    matches: list[MoneyMatch] = []
    for start, end, rule in sorted(chosen):
        before = tables.before.search(text, max(0, start - 40), start)
        if (
            before
            and (not matches or before.start() >= matches[-1].end)
            and not (tables.change_before.match(before[0]) and _CHANGE_FROM.match(text, end))
            and not (
                before[0].strip() == "estimated"
                and _SUBJECT_BEFORE.search(text, max(0, before.start() - 40), before.start())
            )
        ):
            start = before.start()
        after = tables.after.match(text, end)
        if after and not any(s < after.end() for s, _, _ in chosen if s >= end):
            end = after.end()
        value = parse_money(text[start:end])
        sign = _negative().search(text, max(0, start - 20), start)
        if sign and value.amount is not None and not value.amount.startswith("-"):
            start = sign.start("word") if sign["word"] else sign.start("hyphen")
            value = replace(value, amount=f"-{value.amount}")
        equivalent = _equivalent(text, matches, start, value)
        note = unit_note(text, end, rate=rule == RATE)
        matches.append(MoneyMatch(start, end, value, rule, equivalent, note))
    return matches


def _equivalent(text: str, previous: list[MoneyMatch], start: int, value: MoneyValue) -> int | None:
    """The index of the mention this one restates: "430 million euros ($508.60 million)"."""
    if not previous:
        return None
    last = previous[-1]
    between = text[last.end : start]
    if not _RESTATES.fullmatch(between):
        return None
    if value.currency == last.value.currency:  # "$5 million ($4 million net)" is not a restatement
        return None
    return len(previous) - 1


@lru_cache(maxsize=1)
def _negative() -> re.Pattern[str]:
    """A sign the text writes right before an amount (``qualifiers.json``, ``signs``): a word
    after one that takes a value ("to minus 1.92 billion dlrs"), or a glued "-"."""
    signs = entries("money/qualifiers.json", "signs")
    words = "|".join(re.escape(w) for e in signs for w in e["words"])
    after = "|".join(re.escape(w) for e in signs for w in e["after"])
    return re.compile(
        rf"(?:\b(?:{after})\s+(?P<word>(?:{words})\s+)|(?<![\w)\]%.,/-])(?P<hyphen>-))\Z",
        re.IGNORECASE,
    )
