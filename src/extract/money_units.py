"""Unit prices: an amount that is a price per share, tonne, barrel ... (GUIDELINES.md 4.9).

Contract: ``unit_note(text, end)`` is the note of the money mention that ends at ``end``:
``"per <unit>"`` when ``a``, ``an`` or ``per`` and a unit of ``data/money/units.json`` follow it
("40 cts a share", "108 dlrs per tonne"), ``"each"`` for a price per item, else None. The unit
stays out of the mention's span; relation values leave unit prices out (a price per share is
no deal's value).
"""

from __future__ import annotations

import re
from functools import cache

from extract.data_files import entries


@cache
def _unit_price() -> re.Pattern[str]:
    forms = [form for entry in entries("money/units.json", "units") for form in entry["forms"]]
    longest_first = sorted(forms, key=len, reverse=True)
    words = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in longest_first)
    return re.compile(rf"\s*(?:(?:a|an|per)\s+(?P<unit>{words})\b|(?P<each>each)\b)", re.IGNORECASE)


def unit_note(text: str, end: int) -> str | None:
    """The unit-price note of the amount ending at ``end`` (see above).

    >>> text = "40 cts a share, 108 dlrs per tonne, 42 dlrs each, 5 mln dlrs a year"
    >>> ends = [text.index(m) + len(m) for m in ("cts", "108 dlrs", "42 dlrs", "mln dlrs")]
    >>> [unit_note(text, end) for end in ends]
    ['per share', 'per tonne', 'each', None]
    """
    found = _unit_price().match(text, end)
    if found is None:
        return None
    if found["each"]:
        return "each"
    return "per " + " ".join(found["unit"].lower().split())
