"""Unit prices: an amount that is a price per share, tonne, barrel ... (GUIDELINES.md 4.9).

Contract: ``unit_note(text, end)`` is the note of the money mention that ends at ``end``:
``"per <unit>"`` when ``a``, ``an`` or ``per`` and a unit of ``data/money/units.json`` follow it
("40 cts a share", "108 dlrs per tonne"), or one of the unit's own joining words (an exchange
rate: "1.71 Swiss francs to the dollar"), ``"each"`` for a price per item ("42 dlrs each",
"$38.875 apiece"), else None.
``without_unit_tail(mention)`` is the length of a mention once such a tail is cut off its end
(the NER's "1.5930 per dollar" is the amount "1.5930" per dollar). The unit stays out of the
mention's span; relation values leave unit prices out (a price per share is no deal's value).
``exchange_rate_spans(text)`` finds the bare numbers that are exchange rates: a number right
before a currency unit (an entry with ``joined_by``) and one of its joining words or ``per``
("fixed at 3.671 to the dollar", "839.70 against the dollar"). Such a number is a price whose
currency the text leaves out ("the kwacha stood at 2.2 per dollar").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from extract.data_files import entries
from extract.money_tables import YEAR

RATE = "exchange-rate"  # the rule id of an exchange rate's money item
# Every unit follows these; an entry's "joined_by" adds its own ("to the dollar").
_JOINERS = ("a", "an", "per")


def _words(forms: list[str]) -> str:
    longest_first = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in longest_first)


def _joiners(entry: dict[str, Any], rate: bool) -> tuple[str, ...]:
    """The words that join a unit of ``entry`` to an amount; ``rate``: to a bare number."""
    if not rate:
        return (*_JOINERS, *entry.get("joined_by", ()))
    if "joined_by" not in entry:
        return ()  # not a currency
    return ("per", *entry["joined_by"], *entry.get("rate_joined_by", ()))


def _forms_after(rate: bool) -> dict[str, list[str]]:
    forms_after: dict[str, list[str]] = {}
    for entry in entries("money/units.json", "units"):
        for joiner in _joiners(entry, rate):
            forms_after.setdefault(joiner, []).extend(entry["forms"])
    return forms_after


@cache
def _tail(rate: bool = False) -> str:
    forms_after = _forms_after(rate)
    # "a $10-a-share offer": the tail hyphenated into a modifier is the same tail
    alternatives = [
        rf"{_words([joiner])}(?:\s+|-)(?P<unit{n}>{_words(forms)})\b"
        for n, (joiner, forms) in enumerate(sorted(forms_after.items()))
    ]
    return rf"(?:\s*|-)(?:{'|'.join(alternatives)}|(?P<each>each|apiece)\b)"


@cache
def _unit_price(rate: bool = False) -> re.Pattern[str]:
    return re.compile(_tail(rate), re.IGNORECASE)


@cache
def _unit_price_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<=\w){_tail()}\s*\Z", re.IGNORECASE)


def unit_note(text: str, end: int, *, rate: bool = False) -> str | None:
    """The unit-price note of the amount ending at ``end`` (see above); ``rate``: of an exchange
    rate (``exchange_rate_spans``), which more words join to its unit.

    >>> text = "40 cts a share, 108 dlrs per tonne, 42 dlrs each, 5 mln dlrs a year"
    >>> ends = [text.index(m) + len(m) for m in ("cts", "108 dlrs", "42 dlrs", "mln dlrs")]
    >>> [unit_note(text, end) for end in ends]
    ['per share', 'per tonne', 'each', None]
    >>> unit_note("a $10-a-share offer", 5)
    'per share'
    >>> unit_note("at 160 yen to the U.S.\\ndollar", 10)
    'per u.s. dollar'
    >>> text = "rose 4 cents against the dollar to 812.05 against the dollar"
    >>> unit_note(text, 12), unit_note(text, text.index("05") + 2, rate=True)
    (None, 'per dollar')
    """
    found = _unit_price(rate).match(text, end)
    if found is None:
        return None
    if found["each"]:
        return "each"
    unit = next(word for name, word in found.groupdict().items() if word and name != "each")
    return "per " + " ".join(unit.lower().split())


def without_unit_tail(mention: str) -> int:
    """The length of ``mention`` without the unit-price tail it ends in, if any.

    >>> [m[: without_unit_tail(m)] for m in ("1.5930 per dollar", "40 cts a share", "$5 mln")]
    ['1.5930', '40 cts', '$5 mln']
    """
    found = _unit_price_at_end().search(mention)
    return len(mention) if found is None else found.start()


@cache
def _exchange_rate() -> re.Pattern[str]:
    forms_after = _forms_after(rate=True)
    tails = [f"{_words([joiner])}\\s+(?:{_words(forms)})" for joiner, forms in forms_after.items()]
    # A number standing alone: no digit, decimal point, slash or letter joined to it.
    number = r"(?<![\w.,/$-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w.,/%-]|\.\d)"
    return re.compile(rf"(?P<rate>{number})[ \t]*\n?[ \t]*(?:{'|'.join(tails)})\b", re.IGNORECASE)


def exchange_rate_spans(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, "exchange-rate") of every bare number that is an exchange rate.

    >>> text = "fixed at 3.671 to the dollar, 839.70 against the\\ndollar, 5 pct to the dollar"
    >>> [text[s:e] for s, e, _ in exchange_rate_spans(text)]
    ['3.671', '839.70']
    >>> exchange_rate_spans("from 1986 to the dollar's peak, 40 cts per share")
    []
    """
    return [
        (found.start("rate"), found.end("rate"), RATE)
        for found in _exchange_rate().finditer(text)
        if not YEAR.fullmatch(found["rate"])
    ]
