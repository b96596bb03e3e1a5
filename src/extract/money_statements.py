"""Amounts in results tables, where wire copy leaves the currency out.

Contract: ``statement_spans(text)`` yields ``(start, end, "statement")`` for every amount on a
results-table line, ``Label AMOUNT vs AMOUNT`` ("Net 2.9 mln vs 1.5 mln", "Oper net profit
3,376,000 vs profit 5,086,000", "Pretax profit 134.2 mln vs 11.4 mln loss"): money without a
currency (GUIDELINES.md 4.1, 4.6), which neither the patterns (no currency word) nor the NER
(trained on prose) find. A line whose label counts something else ("Avg shrs", "Units") or
heads dates ("Qtr ended"; both in ``data/money/statements.json``) gives nothing, and neither
does a percentage or a year.
``find_money`` ranks these candidates last, so an amount that names its currency ("Shr 1.20
dlrs vs 1.06 dlrs") is read by its pattern. ``count_lines(text)`` are the ``(start, end)``
stretches of the lines whose label counts something else, from their first amount on: the
NER's MONEY there ("Avg shrs 51.6 mln") is a count, unless its currency says otherwise.

>>> text = "    Net 2.9 mln vs 1.5 mln\\n    Avg shrs 5.2 mln vs 5.1 mln\\n"
>>> [text[s:e] for s, e, _ in statement_spans(text)]
['2.9 mln', '1.5 mln']
>>> [text[s:e] for s, e in count_lines(text)]
['5.2 mln vs 5.1 mln']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extract.data_files import entries
from extract.money_tables import YEAR, load_tables

RULE = "statement"
# A label starts the line (after the indent) and is words only: "Net", "Oper net", "Revs",
# "Share of profits of associates". The amounts follow on the same line, with "vs" among them.
_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Za-z .&/'()-]*?)[ \t]+(?P<rest>\S.*)$")
# A label and the first number after it ("Avg shrs 51.6 mln", "Shares outstanding 4,500,000").
_LABEL_BEFORE_NUMBER = re.compile(r"(?m)^[ \t]*(?P<label>[A-Za-z][A-Za-z .&/'()-]*?)[ \t]+(?=\d)")
# A table's label is short ("Avg shrs", "Shares outstanding"); a longer one is prose.
MAX_COUNT_LABEL_WORDS = 4
_VS = re.compile(r"(?<![A-Za-z])vs\.?(?![A-Za-z])")
_WORD = re.compile(r"[a-z]+")


@cache
def non_money_words() -> frozenset[str]:
    """The label words of ``statements.json`` that make a line state something other than
    money: a count ("Avg shrs") or a column of dates ("Qtr ended")."""
    return frozenset(entry["word"] for entry in entries("money/statements.json", "non_money_words"))


@cache
def result_words() -> frozenset[str]:
    """Words a line may write after an amount to say which way it went ("11.4 mln loss")."""
    return frozenset(entry["word"] for entry in entries("money/statements.json", "result_words"))


@cache
def _amount() -> re.Pattern[str]:
    slots = load_tables().slots
    # The amount stands alone: a word after it ("cts", "pct", "cwts") is a currency the
    # patterns read, a percentage or a unit, so only "vs", punctuation or the line end may
    # follow, after a word saying which way it went ("vs 11.4 mln loss") at most.
    result = "|".join(sorted(result_words()))
    return re.compile(
        rf"{slots['AMOUNT']}(?=(?:[ \t]+(?:{result}))?[ \t]*(?:$|[,.;)]|vs(?![A-Za-z])))",
        re.MULTILINE,
    )


# A line break inside a table's line, where the wire wrapped it (cleaning may have made it a
# paragraph's): after "vs" before the amount ("152.2 mln vs\n    123.1 mln"), or between a
# number and its scale ("10.8\n    Mln").
_WRAP = re.compile(r"(?<=\bvs)[ \t]*\n\s*(?=\d)|(?<=\d)[ \t]*\n\s*(?=(?i:mln|billion|bln)\b)")


def statement_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """The amounts of the results-table lines of ``text`` (see the module docstring); a line
    the wire wrapped is read whole, its break a space (offsets stay the text's).

    >>> text = "    Costs 152.2 mln vs\\n    123.1 mln\\n    Loss 10.8\\n    Mln vs 77.7 mln\\n"
    >>> [text[s:e] for s, e, _ in statement_spans(text)]
    ['152.2 mln', '123.1 mln', '10.8\\n    Mln', '77.7 mln']
    >>> text = "Costs 152.2 mln vs\\n\\n123.1 mln\\n\\nNet 4.1 mln vs\\n\\n1986 figures"
    >>> [text[s:e] for s, e, _ in statement_spans(text)]
    ['152.2 mln', '123.1 mln', '4.1 mln']
    """
    amount = _amount()
    unwrapped = _WRAP.sub(lambda wrap: " " * len(wrap.group()), text)
    for line in _LINE.finditer(unwrapped):
        rest = line["rest"]
        if not _VS.search(rest):
            continue
        if non_money_words() & set(_WORD.findall(line["label"].lower())):
            continue
        for match in amount.finditer(rest):
            if any(c.isdigit() for c in match.group()) and not YEAR.fullmatch(match.group()):
                offset = line.start("rest")
                yield offset + match.start(), offset + match.end(), RULE


def count_lines(text: str) -> list[tuple[int, int]]:
    """The amounts' stretch of every line whose label counts something else (module doc)."""
    lines = []
    for line in _LABEL_BEFORE_NUMBER.finditer(text):
        words = _WORD.findall(line["label"].lower())
        end = text.find("\n", line.end())
        end = len(text) if end < 0 else end
        # a table's line compares ("vs") or has a label of a word or two; a prose line with
        # a count word in it ("Bayer's shares fell 13 marks") is no table's
        table = len(words) <= 2 or _VS.search(text, line.end(), end) is not None
        if table and len(words) <= MAX_COUNT_LABEL_WORDS and non_money_words() & set(words):
            lines.append((line.end(), end))
    return lines
