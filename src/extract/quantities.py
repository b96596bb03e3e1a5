"""Quantities: numbers with a unit of measure, and scaled numbers, for the entity layer.

Contract: ``find_quantities(text)`` returns ``(start, end, label)`` spans of ``text``, in text
order and not overlapping: ``QUANTITY`` for a number followed by a unit of
``data/quantities/units.json`` ("175,600 tonnes", "more than 10,000 gross tonnes", "7,500-9,500
tonnes", "60-kilo"), and ``CARDINAL`` for a number with a scale word and no unit ("32 mln"
shares), for a ratio written with "for" ("a two-for-one stock split", "3-for-2", and apart
before what it divides, "a one for four rights issue": one CARDINAL, GUIDELINES.md 3.4) and for
a range of counts after "between" or a hedge of "about" ("between 59 and 84", "about 275 to
350": one CARDINAL, "between" and the hedge inside). The NER learnt its numbers from text that
writes "million" and rarely "mln" or "tonnes", and reads a ratio's first or last number alone,
so on wire copy it often tags the bare digits; these spans follow the guideline instead
(GUIDELINES.md 3.1 and 3.4: hedges and "between" are inside, ranges are one entity). Numbers are
read with the money stage's own number, scale and qualifier tables, so the two stages agree on
what a number is. The pipeline lets these spans replace the CARDINAL and QUANTITY entities they
overlap; money and percentage mentions, placed before, keep theirs.

>>> find_quantities("Exports rose to 175,600 tonnes from 140,600, on 32 mln shares.")
[(16, 30, 'QUANTITY'), (48, 54, 'CARDINAL')]
>>> find_quantities("between 50,000 to 100,000 tonnes of wheat and about three km of track")
[(0, 32, 'QUANTITY'), (46, 60, 'QUANTITY')]
>>> find_quantities("a two-for-one stock split and a one for four rights issue")
[(2, 13, 'CARDINAL'), (32, 44, 'CARDINAL')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.data_files import entries
from extract.errors import DataError
from extract.money_tables import alternation, load_tables

Span = tuple[int, int, str]
# How far a quantity or scaled number reaches from its unit or scale word: hedge, "between",
# a range of two numbers ("between 50,000 and 100,000 gross registered tonnes").
REACH = 120
UNIT_TAIL = 8
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# The hedges of "about" a range of counts may follow ("about 275 to 350"), and where such a
# range or one after "between" may start.
APPROX_HEDGES = ("about", "around", "approximately", "roughly", "some", "an estimated")
_RANGE_CUE = re.compile(rf"(?i)\b(?:between|{'|'.join(h.split()[-1] for h in APPROX_HEDGES)})\b")


def units() -> dict[str, list[dict[str, Any]]]:
    """``units.json``'s ``units`` and ``modifiers``, each entry with an id and its forms."""
    found = {key: entries("quantities/units.json", key) for key in ("units", "modifiers")}
    for key, items in found.items():
        if any(not entry.get("forms") for entry in items):
            raise DataError(f"quantities/units.json: every {key} entry needs forms")
    return found


@dataclass(frozen=True, slots=True)
class _Patterns:
    quantity: re.Pattern[str]  # a number, modifiers, a unit
    scaled: re.Pattern[str]  # a number with a scale word and no currency after it
    after_currency: re.Pattern[str]  # a currency written right before a number
    unit: re.Pattern[str]  # any unit form: where a quantity may end
    scale: re.Pattern[str]  # any scale word: where a scaled number may be
    ratio: re.Pattern[str]  # "two-for-one", "3-for-2"
    between: re.Pattern[str]  # "between 59 and 84", "about 275 to 350": a range of counts


@cache
def _patterns() -> _Patterns:
    slots = load_tables().slots
    ws, amount, to = slots["WS"], slots["AMOUNT"], slots["TO"]
    plain = [entry for entry in units()["units"] if "followed_by" not in entry]
    unit = alternation(f for entry in plain for f in entry["forms"])
    # "500 pounds (225 kilograms)", "25.7 mln pounds of wheat": a form that is a unit only
    # with what follows it
    for entry in units()["units"]:
        if "followed_by" in entry:
            unit += rf"|(?:{alternation(entry['forms'])})(?={entry['followed_by']})"
    unit = rf"(?:{unit})"
    modifier = alternation(f for entry in units()["modifiers"] for f in entry["forms"])
    hedge = rf"(?:{slots['BEFORE']}{ws})?"
    # "between 50,000 and 100,000": "and" joins a range only after "between".
    between = rf"(?i:between)(?![A-Za-z]){ws}{amount}(?:{to}|{ws}(?i:and){ws}){amount}"
    # "about 275 to 350": a range after a hedge of "about", which no change "from 275" is
    hedges = "|".join(h.replace(" ", ws) for h in APPROX_HEDGES)
    approx = rf"(?<![A-Za-z])(?<![Ff]rom )(?i:{hedges})"
    ranged = rf"(?:{between}|{approx}{ws}{amount}{to}{amount})"
    numbers = rf"(?:{between}|{amount}(?:{to}{amount})?)"
    quantity = rf"{hedge}{numbers}{slots['G']}(?:{modifier}{ws})*{unit}"
    # A scaled number with a currency before or after it is money, the money stage's to read.
    currency = rf"{slots['G']}{slots['SUFFIX_SCALED']}"
    scaled = rf"{hedge}{slots['SCALED']}(?:{to}{slots['SCALED']})?(?![A-Za-z])(?!{currency})"
    count = alternation(w for w in load_tables().words if " " not in w and w not in ("a", "an"))
    number = rf"(?:\d+|{count})"
    # Written apart, a ratio is one only before what it divides ("a one for four rights issue",
    # "two for one stock split"), not in "sold two for one dollar".
    ratio = (
        rf"(?<![\w-]){number}-(?i:for)-{number}(?![\w-])"
        rf"|(?<![\w-]){number}{ws}(?i:for){ws}{number}"
        rf"(?={ws}(?i:stock|shares?|rights|bonus|scrip|split|reverse)\b)"
    )
    return _Patterns(
        re.compile(quantity),
        re.compile(scaled),
        re.compile(rf"(?:{slots['PREFIX']}){ws}$"),
        re.compile(unit),
        re.compile(slots["SCALEWORD"] + "|" + alternation(load_tables().scales)),
        re.compile(ratio),
        # with its scale word ("between 16 and 24 billion"); not years (a DATE), nor the
        # numbers of a percentage or of a quantity (a unit after them)
        re.compile(
            rf"(?!(?:(?i:between)|{approx}){ws}{_YEAR}(?:{ws}and{ws}|{to}){_YEAR}\b){ranged}"
            rf"(?:{ws}(?:{slots['SCALEWORD']})(?![A-Za-z]))?(?![\w%/-]|\.\d)"
            rf"(?!{ws}(?:pct|percent|per{ws}cent|percentage)\b)(?!{slots['G']}{unit})"
        ),
    )


def _regions(hits: Iterable[re.Match[str]], before: int, after: int) -> list[tuple[int, int]]:
    """The stretches around ``hits`` (``before``/``after`` characters), merged: the full
    patterns run only there, since a quantity ends on a unit and a scaled number holds a scale
    word (most of a text has neither, and the number patterns are slow to try everywhere)."""
    regions: list[tuple[int, int]] = []
    for hit in hits:
        lo, hi = max(0, hit.start() - before), hit.end() + after
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], hi)
        else:
            regions.append((lo, hi))
    return regions


def find_quantities(text: str) -> list[Span]:
    """QUANTITY and scaled CARDINAL spans of ``text`` (see the module docstring)."""
    patterns = _patterns()
    spans: list[Span] = [
        (m.start(), m.end(), "QUANTITY")
        for lo, hi in _regions(patterns.unit.finditer(text), REACH, UNIT_TAIL)
        for m in patterns.quantity.finditer(text, lo, min(hi, len(text)))
    ]
    taken = [(start, end) for start, end, _ in spans]
    # a range of counts with no unit: "between 59 and 84", "about 275 to 350", one CARDINAL
    for lo, hi in _regions(_RANGE_CUE.finditer(text), 0, REACH):
        for m in patterns.between.finditer(text, lo, min(hi, len(text))):
            if not any(m.start() < end and start < m.end() for start, end in taken):
                spans.append((m.start(), m.end(), "CARDINAL"))
                taken.append((m.start(), m.end()))
    for lo, hi in _regions(patterns.scale.finditer(text), REACH, REACH):
        for m in patterns.scaled.finditer(text, lo, min(hi, len(text))):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if not patterns.after_currency.search(text, max(0, m.start() - 12), m.start()):
                spans.append((m.start(), m.end(), "CARDINAL"))
    spans += [(m.start(), m.end(), "CARDINAL") for m in patterns.ratio.finditer(text)]
    return sorted(spans)
