"""Bare amounts of a change whose subject is money, where wire copy leaves the currency out.

Contract: ``subject_spans(text)`` yields ``(start, end, "money-subject")`` for both amounts of a
change ``to X from Y`` or ``from Y to X`` with a scale and no currency ("earnings after writeoffs,
which rose to 310 mln from 221 mln"), and ``single_spans(text)`` for one such amount after ``to``
or ``of``, or as what money was or totalled ("turnover fell 8.5 pct to 18.72 billion", "on
revenues of 35.0 mln", "its share of the loss was 82.5 mln"), and for a full figure without a
scale after ``of`` with the money noun a few words before it ("NOTE: net includes loss from
discontinued operations of 114,887"; not after a noun of ``also_counts``, "sales of 18,656"
cars), when the listed
noun nearest before it in its sentence names money (``data/money/subjects.json``,
``money_nouns``: earnings, sales, reserves ...); a noun completing another after "of" is passed
over ("deposits of customers"), and a listed count right before the noun makes it a count
(``count_modifiers``: "car sales", "share turnover"). That is money without a currency
(GUIDELINES.md 4.6), which the patterns cannot see and the NER finds only sometimes. A
count or volume nearer to the change (``other_nouns``: "revenue passenger miles rose to 923.2 mln
from 743.8 mln", "authorized shares to 500 mln from 40 mln") gives nothing, and so does an amount
with a word after it ("mln tonnes"): each amount must end its phrase as a comparison partner does
(``money_partners``). ``find_money`` ranks these candidates last, so an amount that names its
currency is read by its pattern, and takes a single amount only where no comparison partner is
("from 2.5 mln dlrs to 3.1 mln" is the partner of "2.5 mln dlrs"). ``counts_things(text, end)``
says whether one of the counts or volumes follows an amount ending at ``end`` ("roughly 133
million shares"): a bare amount the NER calls money there is none.

>>> text = "Its earnings, which rose to 310 mln from 221 mln in 1985."
>>> [text[s:e] for s, e, _ in subject_spans(text)]
['310 mln', '221 mln']
>>> list(subject_spans("Revenue passenger miles rose to 923.2 mln from 743.8 mln."))
[]
>>> list(single_spans("compared with domestic car sales of 7.3 mln."))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extract.data_files import entries
from extract.money_partners import phrase_end
from extract.money_tables import load_tables

RULE = "money-subject"
# How far back the subject is looked for: a sentence's opening words are enough.
LOOKBACK = 200
# How many words an "of" reaches ahead to a complement noun ("of non-bank customers").
OF_REACH = 3
# Where a sentence or a paragraph (an indented line) starts.
_SENTENCE_START = re.compile(r"(?:[.;!?][\"')\u201d]?\s+|\n[ \t]+|\n\s*\n)")
_WORD = re.compile(r"[A-Za-z]+")


@cache
def _nouns() -> dict[str, bool]:
    """Lower-case listed nouns, each with whether it names money."""
    nouns = {e["word"]: True for e in entries("money/subjects.json", "money_nouns")}
    nouns.update({e["word"]: False for e in entries("money/subjects.json", "other_nouns")})
    return nouns


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def counts_things(text: str, end: int) -> bool:
    """Whether a listed count or volume (``other_nouns``) is the word right after ``end``.

    >>> counts_things("volume of roughly 133 million shares", 29), counts_things("133 mln.", 7)
    (True, False)
    """
    word = _NEXT_WORD.match(text, end)
    return word is not None and _nouns().get(word.group(1).lower()) is False


@cache
def _count_modifiers() -> frozenset[str]:
    return frozenset(e["word"] for e in entries("money/subjects.json", "count_modifiers"))


@cache
def _changes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    slots = load_tables().slots
    ws, scaled = slots["WS"], slots["SCALED"]
    end = phrase_end()  # the second amount ends its phrase; the first is followed by the other
    return (
        re.compile(
            rf"(?<![A-Za-z])to{ws}(?P<to>{scaled}){ws},?{ws}from{ws}(?P<from>{scaled}){end}"
        ),
        re.compile(
            rf"(?<![A-Za-z])from{ws}(?P<from>{scaled}){ws},?{ws}to{ws}(?P<to>{scaled}){end}"
        ),
    )


# A full figure of earnings notes, without a scale ("includes a tax gain of 270,000 from"): only
# after "of" with the money noun a few words before it ("losses from discontinued operations
# of 114,887"); further off, the noun is another's ("revenues of 1.35 billion dlrs, 1,825
# partners and a total staff of 16,500").
FULL_FIGURE = r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,]\d)"
FULL_FIGURE_REACH = 5


@cache
def _single() -> tuple[re.Pattern[str], re.Pattern[str]]:
    slots = load_tables().slots
    return (
        re.compile(
            rf"(?<![A-Za-z])(?:to|of|was|were|totall?ed|totall?ing|reached)"
            rf"{slots['WS']}(?P<to>{slots['SCALED']}){phrase_end()}"
        ),
        re.compile(rf"(?<![A-Za-z])of{slots['WS']}(?P<to>{FULL_FIGURE}){phrase_end()}"),
    )


@cache
def _also_counts() -> frozenset[str]:
    return frozenset(e["word"] for e in entries("money/subjects.json", "also_counts"))


def _money_subject(text: str, start: int, reach: int | None = None) -> bool:
    """Whether the listed noun nearest before ``start``, in its sentence, names money; with
    ``reach``, one among the last ``reach`` words that does not count things as often
    (``also_counts``: "February sales of 18,656" are cars)."""
    window_start = max(0, start - LOOKBACK)
    opening = window_start
    for boundary in _SENTENCE_START.finditer(text, window_start, start):
        opening = boundary.end()
    nouns = _nouns()
    words = [w.lower() for w in _WORD.findall(text, opening, start)]
    found: list[tuple[bool, int, str]] = []
    for n, word in enumerate(words):
        # A noun just after "of" completes the head before it ("deposits of non-bank
        # customers", "the number of loans"): the head decides.
        if word in nouns and not (found and "of" in words[max(0, n - OF_REACH) : n]):
            # A count right before the noun makes it a count ("car sales", "share turnover").
            counted = n > 0 and words[n - 1] in _count_modifiers()
            found.append((nouns[word] and not counted, n, word))
    if not found:
        return False
    money, n, word = found[-1]
    if reach is not None and (len(words) - n > reach or word in _also_counts()):
        return False
    return money


def subject_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Both amounts of every change of money in ``text`` (see the module docstring)."""
    for pattern in _changes():
        for change in pattern.finditer(text):
            if _money_subject(text, change.start()):
                for group in ("to", "from"):
                    yield change.start(group), change.end(group), RULE


def single_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """The one amount of every change or noun of money in ``text`` (see the module docstring).

    >>> text = "Parent turnover fell 8.5 pct to 18.72 billion."
    >>> [text[s:e] for s, e, _ in single_spans(text)]
    ['18.72 billion']
    """
    scaled, full = _single()
    for found in scaled.finditer(text):
        if _money_subject(text, found.start()):
            yield found.start("to"), found.end("to"), RULE
    for found in full.finditer(text):
        if _money_subject(text, found.start(), FULL_FIGURE_REACH):
            yield found.start("to"), found.end("to"), RULE
