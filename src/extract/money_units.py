"""Unit prices: an amount that is a price per share, tonne, barrel ... (GUIDELINES.md 4.9).

Contract: ``unit_note(text, end)`` is the note of the money mention that ends at ``end``:
``"per <unit>"`` when ``a``, ``an`` or ``per`` and a unit of ``data/money/units.json`` follow it
("40 cts a share", "108 dlrs per tonne"), or one of the unit's own joining words (an exchange
rate: "1.71 Swiss francs to the dollar"), ``"each"`` for a price per item, else None.
``without_unit_tail(mention)`` is the length of a mention once such a tail is cut off its end
(the NER's "1.5930 per dollar" is the amount "1.5930" per dollar). The unit stays out of the
mention's span; relation values leave unit prices out (a price per share is no deal's value).
"""

from __future__ import annotations

import re
from functools import cache

from extract.data_files import entries

# Every unit follows these; an entry's "joined_by" adds its own ("to the dollar").
_JOINERS = ("a", "an", "per")


def _words(forms: list[str]) -> str:
    longest_first = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in longest_first)


@cache
def _tail() -> str:
    forms_after: dict[str, list[str]] = {}
    for entry in entries("money/units.json", "units"):
        for joiner in (*_JOINERS, *entry.get("joined_by", ())):
            forms_after.setdefault(joiner, []).extend(entry["forms"])
    alternatives = [
        rf"{_words([joiner])}\s+(?P<unit{n}>{_words(forms)})\b"
        for n, (joiner, forms) in enumerate(sorted(forms_after.items()))
    ]
    return rf"\s*(?:{'|'.join(alternatives)}|(?P<each>each)\b)"


@cache
def _unit_price() -> re.Pattern[str]:
    return re.compile(_tail(), re.IGNORECASE)


@cache
def _unit_price_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<=\w){_tail()}\s*\Z", re.IGNORECASE)


def unit_note(text: str, end: int) -> str | None:
    """The unit-price note of the amount ending at ``end`` (see above).

    >>> text = "40 cts a share, 108 dlrs per tonne, 42 dlrs each, 5 mln dlrs a year"
    >>> ends = [text.index(m) + len(m) for m in ("cts", "108 dlrs", "42 dlrs", "mln dlrs")]
    >>> [unit_note(text, end) for end in ends]
    ['per share', 'per tonne', 'each', None]
    >>> unit_note("at 160 yen to the U.S.\\ndollar", 10)
    'per u.s. dollar'
    """
    found = _unit_price().match(text, end)
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
