"""The other side of a money comparison, where wire copy leaves the currency out.

Contract: ``partner_spans(text, anchors)`` lists ``(start, end, "comparison-partner")`` for
each bare amount compared with an anchor, a mention that names its currency: after it,
joined by a connector of ``data/money/partners.json`` ("420 mln crowns from 300 mln", "4.29
billion dlrs against 4.11 billion in 1986", over a time phrase: "7.1 billion dlrs last year
from 4.3 billion"), or around it with an opener and its joiner ("from
3.25 to 2.375 dlrs", "from 2.5 mln dlrs to 3.1 mln"). That is money without a currency
(GUIDELINES.md 4.6), which the patterns cannot see and the NER finds only sometimes. The bare
amount must end its phrase (punctuation, the line's end or a listed follower: "from 300 mln
shares" is no money), may not be a year ("from 1985") nor a number in words without a scale
("from one"; "from three billion" is one) and carries a scale when the anchor does: "327.1
mln guilders vs 307.5" means 307.5 mln, so it is left out rather than read wrong.
After a time phrase, "and" or a comma lists one more ("2.9 billion dlrs in 1986/87 and 1.87
billion in 1985/86", "from 727 mln in April and compared with 500 mln", "80 mln dlrs in 1987,
120 mln in 1988"), after the anchor or after a partner; ``listed_spans(text, amounts)`` gives
those after money found without a currency ("a forecast of 2.45 billion for 1986/87 and 1.87
billion a year earlier"). A scaled amount that a determiner opens and a money noun closes ("a
44.8 billion difference", "April's 2.8 billion increase") is money too, in a sentence where an
anchor stands.

>>> text = "raise equity to 420 mln crowns from 300 mln."
>>> [text[s:e] for s, e, _ in partner_spans(text, [(16, 30)])]
['300 mln']
>>> partner_spans("sold 5 mln dlrs from 1985 on", [(5, 15)])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from extract.data_files import entries
from extract.money_tables import YEAR, alternation, load_tables

RULE = "comparison-partner"
# How far back a change word is looked for, within the sentence.
LOOKBACK = 200
# A change by an amount reaches a level more than this many times the amount (see is_change).
CHANGE_RATIO = 3
# How long the phrase between an anchor and a comparison word further on may be (_across).
MAX_GAP = 100


@dataclass(frozen=True, slots=True)
class _Patterns:
    after: re.Pattern[str]  # connector + bare amount, matched at an anchor's end
    across: re.Pattern[str]  # a phrase + comparison word + bare amount, at an anchor's end
    listed: re.Pattern[str]  # time phrase + "and" or comma + bare amount, after an amount
    before: re.Pattern[str]  # opener + bare amount + joiner, searched before an anchor
    around: re.Pattern[str]  # joiner + bare amount, matched at the end of "opener ANCHOR"
    opener: re.Pattern[str]  # an opener right before an anchor
    scaled: re.Pattern[str]  # an amount with a scale word
    noun: re.Pattern[str]  # determiner + scaled amount + money noun, anywhere


@cache
def phrase_end() -> str:
    """A lookahead: an amount ends its phrase, with punctuation, a line end or a follower word
    (``partners.json``) after it and nothing else ("from 300 mln shares" is no money)."""
    followers = alternation(e["word"] for e in entries("money/partners.json", "followers"))
    return rf"(?=[ \t]*(?:$|[.,;:()]|{followers}))"


@cache
def _patterns() -> _Patterns:
    slots = load_tables().slots
    ws, amount = slots["WS"], slots["AMOUNT"]
    connectors = alternation(e["form"] for e in entries("money/partners.json", "connectors"))
    comparisons = alternation(e["form"] for e in entries("money/partners.json", "comparisons"))
    between = "|".join(e["pattern"] for e in entries("money/partners.json", "between"))
    owner = "|".join(e["pattern"] for e in entries("money/partners.json", "possessive_times"))
    openers = entries("money/partners.json", "openers")
    opener = alternation(e["form"] for e in openers)
    joiner = alternation(e["joiner"] for e in openers)
    bare = rf"(?P<amount>{amount}){phrase_end()}"
    words = {
        key: alternation(e["word"] for e in entries("money/partners.json", key))
        for key in ("determiners", "noun_modifiers", "nouns")
    }
    modifier = rf"(?:(?:{words['noun_modifiers']}){ws})?"
    noun = (
        rf"(?:(?<![\w'])|(?<=\w)(?='))(?:{words['determiners']}){ws}{modifier}"
        rf"(?P<amount>{slots['SCALED']}){ws}{modifier}(?:{words['nouns']})(?![A-Za-z])"
    )
    return _Patterns(
        after=re.compile(
            rf"(?:{ws}(?:{between}))?{ws},?{ws}{connectors}{ws}(?:(?:{owner}){ws})?{bare}",
            re.MULTILINE,
        ),
        across=re.compile(
            rf"(?P<gap>{_GAP}){ws},?{ws}{comparisons}{ws}(?:(?:{owner}){ws})?{bare}",
            re.MULTILINE,
        ),
        # "and" may repeat the connector: "from 727 mln in April and compared with 500 mln"; a
        # comma alone lists one more: "80 mln dlrs in 1987, 120 mln in 1988 and 160 mln in 1989"
        listed=re.compile(
            rf"{ws}(?:{between}){ws}(?:,?{ws}and{ws}(?:{connectors}{ws})?|,{ws}){bare}",
            re.MULTILINE,
        ),
        before=re.compile(rf"{opener}{ws}(?P<amount>{amount}){ws}{joiner}{ws}$"),
        around=re.compile(rf"{ws}{joiner}{ws}{bare}", re.MULTILINE),
        opener=re.compile(rf"{opener}{ws}$"),
        scaled=re.compile(slots["SCALED"]),
        noun=re.compile(noun),
    )


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# The phrase between an anchor and a comparison word further on (``_doc_comparisons`` of
# ``partners.json``): no sentence end, colon, semicolon or paragraph break, and no number but a
# year, a day after its month or a count of periods. A full stop inside an abbreviation
# ("U.S. Dlrs", "Corp. against") stays; one before a capital or a line's end ends the sentence.
_GAP = (
    r"(?:[^\d.;:!?\n]|\.(?![ \t]*(?:$|[A-Z\"']))|\n(?![ \t]*\n|[ \t]{3,})"
    r"|(?<!\d)(?:1[89]|20)\d\d(?:/\d\d)?(?!\d)"
    rf"|{_MONTH}\.?[ \t]+\d{{1,2}}(?!\d)"
    r"|(?<![\d.,])\d{1,2}[ \t]+(?:months?|weeks?|days?|quarters?|years?)(?![A-Za-z]))"
    rf"{{0,{MAX_GAP}}}?"  # each piece a character or more: the search stops within MAX_GAP
)


# "from" right before an amount, or before a possessive naming its time ("from 1985's 110.1 mln")
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])(?i:from)\s+(?:[\w]+['\u2019]s\s+)?$")
# A word before "from" that makes what follows a range ("ranging from 20 to 30").
_RANGE_WORD_BEFORE = re.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+)$")
# A "to" amount between the change word and "from": "risen to about 50 stg from 25 to 30 stg"
# names the old amount, which may be a range.
_TO_AMOUNT = re.compile(r"(?<![A-Za-z])(?i:to)\s+(?:[A-Za-z]+\s+)?(?:\$|US\$|\d)")


@cache
def _change_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A change word anywhere; one (or "by", or both) right before an amount."""
    words = alternation(e["word"] for e in entries("money/partners.json", "change_words"))
    word = rf"(?<![A-Za-z]){words}(?![A-Za-z])"
    # "up by 1.7 pct or 49.1 billion dlrs to 2,855.9 billion dlrs": the percentage restates it
    restated = r"(?:[\d.,/-]+\s*(?:%|pct|percent|per\s+cent)\s*,?\s+or\s+)?"
    # "raised butane prices 5.50 dlrs to 123 dlrs": a few words may stand between, but not
    # those that give the amount another role ("grow to $350 million to $400 million")
    between = r"(?:(?!(?:to|of|at|between)\s)[A-Za-z]+\s+){0,3}?"
    before = rf"(?:{word}\s+{between}(?:by\s+)?|(?<![A-Za-z])by\s+){restated}$"
    return re.compile(word, re.IGNORECASE), re.compile(before, re.IGNORECASE)


def is_change(text: str, start: int, low: Decimal, high: Decimal, both_named: bool) -> bool:
    """Whether a range ``low`` to ``high`` at ``start``, joined by "to", is a change from one
    amount to the other or by one amount to the other (``_doc_change_words`` of
    ``partners.json``): after a "from" with a change word before it in its sentence and no "to"
    amount between them, or a few words after a change word or "by" (not after "of": "gains of
    20 to 80 cents" is a range of gains) when both amounts name their currency (``both_named``:
    "rose 900 mln dlrs to 2.6 billion dlrs", "was up 10 cts to 16.60 dlrs") or ``high`` is more
    than ``CHANGE_RATIO`` times ``low`` (a change is smaller than the level it reaches: "rose 200
    mln to 7.2 billion dlrs", but "soyoil up 0.13 to 0.16 cent", "decline by 30 to 40 billion").

    >>> text = "Sales rose from $281 million to $1.2 billion; prices from 5 to 6 dlrs."
    >>> is_change(text, text.index("$281"), Decimal(281), Decimal(1200), True)
    True
    >>> is_change(text, text.index("5 to"), Decimal(5), Decimal(6), False)
    False
    >>> text = "Costs have risen to 50 stg from 25 to 30 stg, ranging from 20 to 40 stg."
    >>> is_change(text, text.index("25"), Decimal(25), Decimal(30), False)
    False
    >>> text = "Its shares rose 95 to 745 yen and soyoil was up 0.13 to 0.16 cent."
    >>> is_change(text, text.index("95"), Decimal(95), Decimal(745), False)
    True
    >>> is_change(text, text.index("0.13"), Decimal("0.13"), Decimal("0.16"), False)
    False
    """
    qualifier = load_tables().before.search(text, max(0, start - 40), start)
    if qualifier is not None:
        start = qualifier.start()  # "from around 6.55 billion dlrs to 19.66 billion dlrs"
    opener = _FROM_BEFORE.search(text, max(0, start - 24), start)
    if opener is None:
        return bool(_change_words()[1].search(text, max(0, start - 80), start)) and (
            both_named or high > CHANGE_RATIO * low
        )
    if _RANGE_WORD_BEFORE.search(text, max(0, opener.start() - 12), opener.start()):
        return False
    low_end = max(0, opener.start() - LOOKBACK)
    sentence = [m.end() for m in _SENTENCE_END.finditer(text, low_end, opener.start())]
    low_end = sentence[-1] if sentence else low_end
    changes = list(_change_words()[0].finditer(text, low_end, opener.start()))
    return bool(changes) and not _TO_AMOUNT.search(text, changes[-1].end(), opener.start())


def _fits(amount: str, anchor: str, patterns: _Patterns) -> bool:
    """A bare amount may stand for money beside ``anchor``: no year, no scale lost, and a number
    in words only with a scale ("from three billion", never "from one")."""
    if YEAR.fullmatch(amount):
        return False
    if patterns.scaled.fullmatch(amount):
        return True
    return any(c.isdigit() for c in amount) and not patterns.scaled.search(anchor)


def partner_spans(text: str, anchors: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The bare amounts compared with the ``anchors`` of ``text`` (see the module docstring).

    ``anchors`` are the (start, end) offsets of money mentions that name their currency.
    """
    patterns = _patterns()
    found: list[tuple[int, int, str]] = []
    for start, end in anchors:
        anchor = text[start:end]
        ahead = patterns.after.match(text, end)
        if ahead is None and patterns.opener.search(text, max(0, start - 12), start):
            ahead = patterns.around.match(text, end)  # "from 2.5 mln dlrs to 3.1 mln"
        if ahead is None:
            ahead = patterns.listed.match(text, end)  # "2.9 billion dlrs in 1986/87 and 1.87"
        if ahead is None:
            ahead = _across(text, end, patterns)  # "32.6 billion crowns in ... compared with"
        found += _listed(text, ahead, anchor, patterns)
        behind = patterns.before.search(text, max(0, start - 60), start)
        if behind is not None and _fits(behind["amount"], anchor, patterns):
            found.append((behind.start("amount"), behind.end("amount"), RULE))
    found += _noun_partners(text, anchors, patterns)
    return found


def listed_spans(text: str, amounts: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The bare amounts compared with ``amounts``, money found without a currency, or listed
    after a time phrase behind them ("tax credits of 517,916 vs 198,000", "a forecast of 2.45
    billion for 1986/87 and 1.87 billion a year earlier").

    >>> text = "a forecast of 2.45 billion for 1986/87 and 1.87 billion a year earlier."
    >>> [text[s:e] for s, e, _ in listed_spans(text, [(14, 26)])]
    ['1.87 billion']
    >>> text = "Net excludes tax credits of 517,916 vs 198,000."
    >>> [text[s:e] for s, e, _ in listed_spans(text, [(28, 35)])]
    ['198,000']
    """
    patterns = _patterns()
    found: list[tuple[int, int, str]] = []
    for start, end in amounts:
        ahead = patterns.after.match(text, end) or patterns.listed.match(text, end)
        found += _listed(text, ahead, text[start:end], patterns)
    return found


def _listed(
    text: str, ahead: re.Match[str] | None, anchor: str, patterns: _Patterns
) -> list[tuple[int, int, str]]:
    """The partner ``ahead`` found after ``anchor`` and the amounts listed after it ("from 2.40
    billion in 1986/87 and 3.33 billion in 1985/86": the list runs on), while they fit."""
    found: list[tuple[int, int, str]] = []
    while ahead is not None and _fits(ahead["amount"], anchor, patterns):
        found.append((ahead.start("amount"), ahead.end("amount"), RULE))
        ahead = patterns.listed.match(text, ahead.end("amount"))
    return found


def _across(text: str, end: int, patterns: _Patterns) -> re.Match[str] | None:
    """A bare amount after a comparison word a phrase away from the anchor ending at ``end``.

    >>> text = "2.85 dlrs for <Toronto Dominion Bank> against 2.74."
    >>> _across(text, 9, _patterns())["amount"]
    '2.74'
    >>> _across("5 mln dlrs for 3,000 shares against 2 mln.", 10, _patterns()) is None
    True
    """
    match = patterns.across.match(text, end)
    if match is None or len(match["gap"]) > MAX_GAP:
        return None
    return match


def _noun_partners(
    text: str, anchors: Sequence[tuple[int, int]], patterns: _Patterns
) -> list[tuple[int, int, str]]:
    """The scaled amounts before a money noun in a sentence that holds an anchor ("The 66.5
    billion franc reduction mainly reflected a 44.8 billion difference").

    >>> text = "Reserves rose 4.87 billion dlrs, after April's 2.8 billion increase."
    >>> [text[s:e] for s, e, _ in _noun_partners(text, [(14, 30)], _patterns())]
    ['2.8 billion']
    """
    found: list[tuple[int, int, str]] = []
    for match in patterns.noun.finditer(text):
        start, end = match.span("amount")
        if YEAR.fullmatch(match["amount"]):
            continue
        if any(_same_sentence(text, start, a_start, a_end) for a_start, a_end in anchors):
            found.append((start, end, RULE))
    return found


# A sentence ends at a full stop before a capital, or at a paragraph's start (a blank line or
# a Reuters body's indent).
_SENTENCE_END = re.compile(r"""[.!?]["']?\s+(?=["']?[A-Z])|\n[ \t]*\n|\n[ \t]{3,}""")


def _same_sentence(text: str, start: int, a_start: int, a_end: int) -> bool:
    low, high = (a_end, start) if a_end <= start else (start, a_start)
    return _SENTENCE_END.search(text, low, high) is None
