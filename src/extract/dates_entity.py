"""Dates in the entity layer: which label, if any, a found date expression gets there.

Contract: ``entity_span(match, text)`` is where its entity lies (OntoNotes keeps a range's
``between``); ``names_no_time(text)`` tells an NER DATE or TIME with no date mention that names
no time ("payment date"), ``is_level(text)`` one that is a price or an index level
("274.01") and ``is_count(text, start, end)`` one that is a bare number no date or age can be
("close at 31"), ``rank_in(text, start, end)`` where the ordinal of one that is a rank lies
("the sixth straight increase"); ``over_a_name(match)`` tells a mention whose entity replaces a name
the NER gave its very span (a holiday: "Easter" read as an ORG), ``only_time_words(text)`` a name
inside a mention that is only its unit ("mths" of "Six mths") and ``inside_a_name(match, text,
names)`` one that is part of a name ("The Sunday Times"); ``entity_label(match, text)``
maps a ``DateMatch`` to its OntoNotes entity label (``data/dates/entity_layer.json``), or None
for an expression that is no entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from extract.dates_context import context
from extract.dates_data import read_json
from extract.dates_rules import number, ordinal
from extract.dates_spans import has_time_word
from extract.dates_tense import WORD

if TYPE_CHECKING:
    from extract.dates import DateMatch


@cache
def _entity_layer() -> dict[str, Any]:
    data: dict[str, Any] = read_json("entity_layer.json")
    return data


def over_a_name(match: DateMatch) -> bool:
    """Whether the mention's entity replaces an entity of any label over its very span: a
    holiday (``entity_layer.json``'s ``over_names``), which the NER may read as a name."""
    return match.timex.rule in _over_names()


def only_time_words(text: str) -> bool:
    """Whether every word of ``text`` is a time word (a unit, month, weekday ...): a name the
    NER read inside a date mention that is only its unit ("mths" of a table's "Six mths", read
    as an ORG) gives way to the mention's entity.

    >>> [only_time_words(t) for t in ("mths", "Christmas", "Sunday Times", "Ford")]
    [True, True, False, False]
    """
    words = [w.lower() for w in _WORD.findall(text)]
    return bool(words) and all(has_time_word([w]) for w in words)


@cache
def _over_names() -> frozenset[str]:
    return frozenset(_entity_layer()["over_names"]["rules"])


# A capitalised word that goes on with a name after a date word inside it ("Sunday Times"),
# and one that goes on with the date instead ("Easter April 9").
_NAME_GOES_ON = re.compile(r"[ \t\n]+(?:[A-Z][a-z]|[A-Z]{2,})")


def inside_a_name(match: DateMatch, text: str, names: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the mention lies in a name of ``names`` (``(start, end, label)`` entities) of a
    label of ``entity_layer.json``'s ``inside_names``, with a capitalised word of the name after
    it that is no date word, or as a capitalised "Today" closing it ("USA Today"), or it is a
    firm's short name ("May" of "May Department Stores Co"): the date word is part of the name,
    and no date.

    >>> from extract.dates import Dct, find_dates
    >>> text = "The Sunday Times said Easter April 9 sales rose."
    >>> names = [(0, 16, "ORG"), (22, 36, "ORG")]
    >>> [inside_a_name(m, text, names) for m in find_dates(text, Dct("1987-03-15", "metadata"))]
    [True, False, False]
    """
    inside = _entity_layer()["inside_names"]
    labels = inside["labels"]
    closing = text[match.start : match.end] in inside["closing_words"]
    if _short_name(match, text, names):
        return True
    for start, end, label in names:
        if label in labels and start < match.start and match.end == end and closing:
            return True  # "USA Today", "VOA Today"
        if label in labels and start <= match.start and match.end < end:
            after = _NAME_GOES_ON.match(text, match.end, end)
            word = WORD.findall(text[after.end() - 2 : end].lower())[:1] if after else []
            if word and not has_time_word(word):
                return True
    return False


def _short_name(match: DateMatch, text: str, names: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the mention is an ORG of its own that is the first word of a longer ORG of the
    text: "May said it plans" after "May Department Stores Co" (the firm's short name,
    entity_consistency)."""
    word = text[match.start : match.end]
    if (match.start, match.end, "ORG") not in names:
        return False
    return any(
        label == "ORG" and end - start > len(word) and text.startswith(word + " ", start)
        for start, end, label in names
    )


def entity_label(match: DateMatch, text: str) -> str | None:
    """The entity label a date mention has in the record's entity layer, or None if it has none.

    The entity layer follows OntoNotes (``data/dates/entity_layer.json``): clock times and
    lengths under a day ("24 hours") are TIME, other expressions DATE, while general references
    ("recently", "now", but not those written with a unit: "recent years") and rates ("per
    day", "a day" after an amount) are no entities. ``text`` is the text the match's offsets
    point into.

    >>> from extract.dates import Dct, find_dates
    >>> dct = Dct("2017-11-16", "metadata")
    >>> text = "Sales fell recently but rose last year and in recent years."
    >>> [entity_label(m, text) for m in find_dates(text, dct)]
    [None, 'DATE', 'DATE']
    """
    data = _entity_layer()
    words = text[match.start : match.end].lower()
    timex = match.timex
    if any(words == entry["text"] for entry in data["entity_anyway"]):
        return "DATE"
    if any(timex.value == entry["value"] for entry in data["no_entity_values"]) and not any(
        re.search(entry["pattern"], words) for entry in data["entity_with_units"]
    ):
        return None
    if any(
        timex.type == entry["type"] and words.startswith(entry["prefix"])
        for entry in data["no_entity_prefixes"]
    ):
        return None
    # "24 hours", "12 or 13 minutes": a length under a day is a TIME
    under_a_day = timex.type == "DURATION" and (timex.value or "").startswith("PT")
    return "TIME" if timex.type == "TIME" or under_a_day else "DATE"


# A date range's two ends: "1986 and 1992", "March 1 and 25".
_RANGE_AND = re.compile(r"\band\b", re.IGNORECASE)


def entity_span(match: DateMatch, text: str) -> tuple[int, int]:
    """The (start, end) of the entity a date mention is in the record's entity layer: the
    mention's, with the words before it that OntoNotes keeps and TimeML drops
    (``entity_layer.json``, ``kept_before``: the ``between`` of a range).

    >>> from extract.dates import Dct, find_dates
    >>> text = "Output rose between 1986 and 1992, and between May 1987."
    >>> spans = [entity_span(m, text) for m in find_dates(text, Dct(None, "none"))]
    >>> [text[start:end] for start, end in spans]
    ['between 1986 and 1992', 'May 1987']
    """
    for regex, range_only in _kept_before():
        before = regex.search(text, max(0, match.start - 20), match.start)
        if before is None or (range_only and not _RANGE_AND.search(text, match.start, match.end)):
            continue
        return before.start(), match.end
    return match.start, match.end


@cache
def _kept_before() -> tuple[tuple[re.Pattern[str], bool], ...]:
    return tuple(
        (re.compile(rf"\b(?:{e['pattern']})$", re.IGNORECASE), bool(e.get("range")))
        for e in _entity_layer()["kept_before"]
    )


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# A number with decimals whose whole part is no clock's hour, or a whole number too long for
# a year or a clock: a price, an index level, a count in a table; a price quoted in fractions
# ("72-5/8"); or the first number of a range of counts the NER cut in two ("between 59" of
# "between 59 and 84").
_LEVEL = re.compile(
    r"(?:\d{3,}|2[5-9]|[3-9]\d)\.\d+|\d{5,}|\d{1,3}-\d{1,2}/(?:2|4|8|16|32|64)"
    r"|(?i:between)\s+[\d,.]+"
    # no clock writes one decimal or more than two, nor a comma between thousands
    r"|\d+\.(?:\d|\d{3,})|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    # a bid and offer quote, the offer's last digits after a slash ("4.14/03", "1.8205/15")
    r"|\d+\.\d+/\d+"
)
# A code of capitals and a number joined by a hyphen: a money aggregate ("M-3"), a form
# ("10-K"), a model ("A-12").
_CODE = re.compile(r"[A-Z]{1,3}-\d{1,3}|\d{1,3}-[A-Z]")


def is_level(text: str) -> bool:
    """Whether an NER DATE or TIME that the dates layer found nothing in is a number with
    decimals past any clock's hour, or a whole number of five digits or more: a price, an index
    level or a count ("closed at 274.01", a table's "16309", a quote's "72-5/8" or "4.14/03"), a
    CARDINAL; so is "between" and the first number of a range of counts the NER cut in two
    ("between 59" of "between 59 and 84").

    >>> [is_level(t) for t in ("274.01", "12.30", "1986", "1986/87", "16309", "between 59")]
    [True, False, False, False, True, True]
    >>> is_level("72-5/8"), is_level("4.14/03"), is_level("12/03")
    (True, True, False)
    """
    return _LEVEL.fullmatch(text.strip()) is not None


def is_count(text: str, start: int, end: int) -> bool:
    """Whether an NER DATE or TIME at ``text[start:end]`` that the dates layer found nothing in
    is a bare whole number that can be no age, clock time or year (``entity_layer.json``,
    ``bare_numbers``): a price, a count or a table's figure, a CARDINAL.

    >>> [is_count(t, 3, 5) for t in ("at 31.", "is 58.", "in 47 states", "R, 42, was")]
    [True, False, True, False]
    >>> [is_count(t, 0, 4) for t in ("6457", "2390", "1406", "0936", "2300")]
    [True, True, False, False, False]
    >>> is_count("In 1976 or 77 there", 11, 13)
    False
    """
    number = text[start:end]
    if not number.isdigit() or len(number) > 4:
        return False
    if len(number) == 4:
        hour, minute = int(number[:2]), int(number[2:])
        return not (1000 <= int(number) < 2100 or (hour < 24 and minute < 60))
    before, after = text[:start].rstrip(), text[end : end + 1]
    if before.endswith(",") and (not after or after in ",.;:)"):
        return False  # "Roberts, 42, was named"
    if _age_cue().search(before[-20:]):
        return False  # "Pickens is 58", "in his 60s", "Glenn, who at 77 is"
    return _YEAR_BEFORE.search(before[-12:]) is None  # "in 1976 or 77"


# How far a phrase may reach beyond an NER date in it: one that names no time ("the most
# back months"), or a fraction ("a quarter of its exports").
_PHRASE_REACH = 30


def is_fraction(text: str, start: int, end: int) -> bool:
    """Whether an NER DATE or TIME at ``text[start:end]`` that the dates layer found nothing in
    ends in a fraction (``context.json``, ``nt.fraction_quarter``): "about a quarter of its
    exports" counts, a CARDINAL as OntoNotes tags it, no quarter of the year.

    >>> text = "about a quarter of its exports, in a quarter of an hour"
    >>> is_fraction(text, 0, 15), is_fraction(text, 35, 44)
    (True, False)
    """
    return any(
        start <= found.start() < end <= found.end()
        for found in context().fraction.finditer(text, start, min(len(text), end + _PHRASE_REACH))
    )


def rank_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the ordinal is in an NER DATE or TIME at ``text[start:end]`` that the dates layer
    found nothing in and that is an ordinal alone, with or without "the": a rank, an ORDINAL
    without the article ("the sixth straight increase", "was the 12th troubled institution").
    Not one after a quarter or half the sentence names, whose unit it leaves out ("18.3 mln
    for the third quarter and 18.3 mln for the fourth").

    >>> [rank_in(t, 0, len(t)) for t in ("the sixth", "12th", "the sixth day", "the 12")]
    [(4, 9), (0, 4), None, None]
    >>> rank_in("9 mln in the third quarter, 8 mln in the fourth", 38, 48) is None
    True
    """
    found = _RANK.fullmatch(text, start, end)
    if found is None or (not found["rank"][0].isdigit() and ordinal(found["rank"]) is None):
        return None
    sentence = re.split(r"[.;!?]\s", text[max(0, start - 120) : start])[-1]
    if _ELIDED_UNIT.search(sentence):
        return None
    return found.span("rank")


# An ordinal with or without its article; a word form is checked against the lexicon.
_RANK = re.compile(r"(?:the\s+)?(?P<rank>\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)", re.IGNORECASE)
# A unit an ordinal after it in the sentence may stand for.
_ELIDED_UNIT = re.compile(r"\b(?:quarter|half)\b", re.IGNORECASE)


@cache
def _age_cue() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in _entity_layer()["bare_numbers"]["age_cues"])
    return re.compile(rf"(?:^|(?<=\W)|(?=,))(?:{cues})$", re.IGNORECASE)


# A year then a conjunction or dash: the next bare number is that of another year.
_YEAR_BEFORE = re.compile(r"\b(?:1[5-9]|20)\d\d\s*(?:-|/|\bor|\band|\bto)$")


def names_no_time(text: str) -> bool:
    """Whether an NER DATE or TIME that the dates layer found nothing in names no time: no time
    word, no number and none of the words OntoNotes tags (``entity_layer.json``,
    ``time_words``: "annual", the "era" of "Soviet-era"), or a code with a number in it ("M-3",
    the money aggregate; "10-K", the form).

    >>> [names_no_time(t) for t in ("payment date", "the end of the", "annual", "Year", "five")]
    [True, True, False, False, False]
    >>> [names_no_time(t) for t in ("M-3", "10-K", "64", "mid-1987")]
    [True, True, False, False]
    """
    if _CODE.fullmatch(text.strip()):
        return True
    if any(c.isdigit() for c in text):
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    parts = [p for w in words for p in w.split("-")]
    if any(number(p) is not None or ordinal(p) is not None for p in parts):
        return False  # an age in words, or a number the NER misread: left as read
    kept = _time_words()
    return not has_time_word(parts) and not any(w in kept for w in (*words, *parts))


def in_a_phrase_of_no_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, an NER DATE or TIME, lies in a phrase that names no time in
    either layer (``context.json``, ``non_temporal`` with ``no_entity``: futures copy's "the
    back months").

    >>> text = "Nearby months were steady and the most deferred months fell."
    >>> in_a_phrase_of_no_time(text, 0, 13), in_a_phrase_of_no_time(text, 48, 54)
    (True, True)
    """
    low, high = max(0, start - _PHRASE_REACH), min(len(text), end + _PHRASE_REACH)
    return any(
        found.start() <= start and end <= found.end()
        for regex in context().no_entity
        for found in regex.finditer(text, low, high)
    )


@cache
def _time_words() -> frozenset[str]:
    return frozenset(_entity_layer()["time_words"]["words"])
