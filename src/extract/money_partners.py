"""The other side of a money comparison, where wire copy leaves the currency out.

Contract: ``partner_spans(text, anchors)`` lists ``(start, end, "comparison-partner")`` for
each bare amount compared with an anchor, a mention that names its currency: after it,
joined by a connector of ``data/money/partners.json`` ("420 mln crowns from 300 mln", "4.29
billion dlrs against 4.11 billion in 1986", over a time phrase: "7.1 billion dlrs last year
from 4.3 billion"), or around it with an opener and its joiner ("from
3.25 to 2.375 dlrs", "from 2.5 mln dlrs to 3.1 mln"). That is money without a currency
(GUIDELINES.md 4.6), which the patterns cannot see and the NER finds only sometimes. The bare
amount must end its phrase (punctuation, the line's end or a listed follower: "from 300 mln
shares" is no money), may not be a year ("from 1985") and carries a scale when the anchor
does: "327.1 mln guilders vs 307.5" means 307.5 mln, so it is left out rather than read wrong.
After a time phrase, "and" lists one more ("2.9 billion dlrs in 1986/87 and 1.87 billion in
1985/86"), after the anchor or after a partner. A scaled amount that a determiner opens and a
money noun closes ("a 44.8 billion difference", "April's 2.8 billion increase") is money too,
in a sentence where an anchor stands.

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
from functools import cache

from extract.data_files import entries
from extract.money_tables import YEAR, alternation, load_tables

RULE = "comparison-partner"


@dataclass(frozen=True, slots=True)
class _Patterns:
    after: re.Pattern[str]  # connector + bare amount, matched at an anchor's end
    listed: re.Pattern[str]  # time phrase + "and" + bare amount, after an anchor or partner
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
    between = "|".join(e["pattern"] for e in entries("money/partners.json", "between"))
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
        after=re.compile(rf"(?:{ws}(?:{between}))?{ws},?{ws}{connectors}{ws}{bare}", re.MULTILINE),
        listed=re.compile(rf"{ws}(?:{between}){ws},?{ws}and{ws}{bare}", re.MULTILINE),
        before=re.compile(rf"{opener}{ws}(?P<amount>{amount}){ws}{joiner}{ws}$"),
        around=re.compile(rf"{ws}{joiner}{ws}{bare}", re.MULTILINE),
        opener=re.compile(rf"{opener}{ws}$"),
        scaled=re.compile(slots["SCALED"]),
        noun=re.compile(noun),
    )


def _fits(amount: str, anchor: str, patterns: _Patterns) -> bool:
    """A bare amount may stand for money beside ``anchor``: no year, no scale lost."""
    if YEAR.fullmatch(amount) or not any(c.isdigit() for c in amount):
        return False
    return bool(patterns.scaled.fullmatch(amount)) or not patterns.scaled.search(anchor)


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
        while ahead is not None and _fits(ahead["amount"], anchor, patterns):
            found.append((ahead.start("amount"), ahead.end("amount"), RULE))
            # "from 2.40 billion in 1986/87 and 3.33 billion in 1985/86": the list runs on
            ahead = patterns.listed.match(text, ahead.end("amount"))
        behind = patterns.before.search(text, max(0, start - 60), start)
        if behind is not None and _fits(behind["amount"], anchor, patterns):
            found.append((behind.start("amount"), behind.end("amount"), RULE))
    found += _noun_partners(text, anchors, patterns)
    return found


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
