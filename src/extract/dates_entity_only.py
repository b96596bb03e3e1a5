"""Dates only the entity layer has: ages and the adjective ``annual``.

Contract: ``with_entity_only_dates(text, entities)`` returns ``entities`` (character offsets
into ``text``, labels) with the DATE entities GUIDELINES.md 3.1 and 5.10 give words the dates
layer leaves out, where the NER missed them (``data/dates/entity_layer.json``,
``entity_only``):

- the adjective ``annual`` outside any entity (``the annual report``, ``an annual
  provision``), a DATE of its own; not inside a word (``semi-annual``, ``annualised``) or
  where a capitalised word follows, a name's (``the Annual Meeting``);
- a person's age the NER read as a CARDINAL: a bare whole number after a comma right after a
  PERSON and before another comma, a bracket or the sentence's end (``Pham Hung, 74, the
  agency said``, ``said Angela Esparragera, 71.``); not where another number follows the
  comma, as in a table's row (``Rosario, 6, 5, 7``).

Entities are added or relabelled, never moved.

>>> text = "Pham Hung, 74, filed the annual report."
>>> with_entity_only_dates(text, [(0, 9, "PERSON"), (11, 13, "CARDINAL")])
[(0, 9, 'PERSON'), (11, 13, 'DATE'), (25, 31, 'DATE')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from extract.dates_data import read_json

Entities = list[tuple[int, int, str]]

# What closes an age: a comma no further number follows, a bracket or the sentence's end
_AFTER_AGE = re.compile(r"\s*(?:,(?!\s*\d)|\)|\.(?!\d))")


@cache
def _entity_only() -> dict[str, Any]:
    data: dict[str, Any] = read_json("entity_layer.json")["entity_only"]
    return data


@cache
def _words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _entity_only()["words"])
    # A lower-case word next: "the annual report", not "the Annual Meeting"
    return re.compile(rf"(?<![\w-])(?i:{words})(?![\w-])(?=\s+[a-z0-9]|[,.;:])")


def with_entity_only_dates(text: str, entities: Sequence[tuple[int, int, str]]) -> Entities:
    """``entities`` with the ages and ``annual`` of the module docstring labelled DATE."""
    ordered = sorted(entities)
    result = [
        (s, e, "DATE")
        if label == "CARDINAL" and i > 0 and _is_age(text, s, e, ordered[i - 1])
        else (s, e, label)
        for i, (s, e, label) in enumerate(ordered)
    ]
    for found in _words().finditer(text):
        if not any(s < found.end() and found.start() < e for s, e, _ in ordered):
            result.append((found.start(), found.end(), "DATE"))
    return sorted(result)


def _is_age(text: str, start: int, end: int, before: tuple[int, int, str]) -> bool:
    """Whether ``text[start:end]`` is a whole number that closes as an age after a comma right
    after ``before``, a PERSON.

    >>> _is_age("Smith, 42, was named", 7, 9, (0, 5, "PERSON"))
    True
    >>> _is_age("Rosario, 6, 5, 7", 9, 10, (0, 7, "PERSON"))
    False
    """
    number = text[start:end]
    if not number.isdigit() or not 0 < int(number) <= _entity_only()["age_after_name_max"]:
        return False
    if before[2] != "PERSON":
        return False
    gap = text[before[1] : start]
    return re.fullmatch(r",\s*", gap) is not None and _AFTER_AGE.match(text, end) is not None
