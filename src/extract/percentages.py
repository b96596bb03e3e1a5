"""Percentage mentions -> their number.

Contract: ``find_percents(text)`` finds the percentage mentions of a text as sorted ``(start,
end)`` offsets, from the percentage pattern of ``data/money/*.json`` (compiled by
``extract.money_tables``); ``parse_percent(text)`` gives one mention's number as a decimal
string, or None for points, ranges and what is no percentage.

>>> text = "Sales rose 20 pct, or 3/8 pct, after a 5 to 6 pct gain"
>>> [(text[s:e], parse_percent(text[s:e])) for s, e in find_percents(text)]
[('20 pct', '20'), ('3/8 pct', '0.375'), ('5 to 6 pct', None)]
"""

from __future__ import annotations

import re

from extract.money_numbers import decimal_str, read_digits, read_number, read_words
from extract.money_partners import CHANGE_RATIO, is_change
from extract.money_tables import load_tables

_CHANGE_BEFORE = re.compile(r"\b(?P<word>(?i:from|by))\s+$")
_POINTS = re.compile(r"(?i:points?)$")
# "ranging from 20 to 30 pct" is a range, not a change from 20 to 30
_RANGE_FROM = re.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+)$")


def parse_percent(text: str) -> str | None:
    """The number of a percentage mention as a decimal string, else None.

    Percentage *points* are a difference, not a percentage, and give None; so does a range,
    which has no one number.

    >>> [parse_percent(t) for t in ("81 percent", "3/8 pct", "4.5%", "half a percent", "5 points")]
    ['81', '0.375', '4.5', '0.5', None]
    >>> parse_percent("5 to 6 pct") is None, parse_percent("half a percentage point") is None
    (True, True)
    """
    # the pattern starts and ends on no whitespace, and str.strip() strips what \s matches
    match = load_tables().percent.fullmatch(text.strip())
    if match is None or match["low"] or _POINTS.search(text):
        return None
    if match["words"]:
        number = read_words(match["words"], load_tables())[0]
        return None if number is None else decimal_str(number)
    value = read_digits(match["num"].lstrip("-\u2212"))
    if value is None:
        return None
    return decimal_str(-value if match["num"][0] in "-\u2212" else value)


def find_percents(text: str) -> list[tuple[int, int]]:
    """The percentage mentions of ``text`` (with a hedge before or after: ``about 5 pct``, ``20
    pct or more``), as ``(start, end)`` offsets.

    The NER was trained on "percent" and "%" and reads Reuters' "pct" as a plain number; these
    spans make the PERCENT entities of the record (``parse_percent`` gives their value).

    A range is one mention (GUIDELINES.md 3.4): ``3/4 to one pct``, ``5-6 pct``, ``between 3/8
    and 5/8 pct``, ``ranging from 20 to 30 pct``, ``15% to 20%``, ``10 or 15 pct``, and so is a
    money-market quote (``3.85/95 pct``); not a change (``from 5 to 6 pct``, ``by 1/4 to 6-1/2
    pct``), nor two numbers that do not rise (``fell 0.5 to 0.2 pct``), whose second number alone
    is the mention (and the first too when it has its own sign: ``from 10% to 12%``).

    >>> text = "Sales rose 20 pct, up to 4.5% in May, or nine pct; 5 points; 90 percentage"
    >>> [text[s:e] for s, e in find_percents(text)]
    ['20 pct', 'up to 4.5%', 'nine pct']
    >>> text = "Rates fell about one percentage\\npoint, or half a percentage point."
    >>> [text[s:e] for s, e in find_percents(text)]
    ['about one percentage\\npoint', 'half a percentage point']
    >>> text = "margins of between 3/8 and 5/8 pct, up from 2 to 3 pct, rose 3/4 to one pct"
    >>> [text[s:e] for s, e in find_percents(text)]
    ['between 3/8 and 5/8 pct', '3 pct', '3/4 to one pct']
    >>> text = "rates ranging from 20 to 30 pct; call money at 3.85/95 pct, 1/8 pct"
    >>> [text[s:e] for s, e in find_percents(text)]
    ['20 to 30 pct', '3.85/95 pct', '1/8 pct']
    >>> text = "undervalued by 10 or 15 pct; 1986 or 1.8 pct of GNP"
    >>> [text[s:e] for s, e in find_percents(text)]
    ['10 or 15 pct', '1.8 pct']
    >>> text = "a 15% to 20% stake, up from 10% to 12%"
    >>> [text[s:e] for s, e in find_percents(text)]
    ['15% to 20%', '10%', '12%']
    >>> text = "a 50-pct stake, all one-pct lower, for 20 pct or more"
    >>> [text[s:e] for s, e in find_percents(text)]
    ['50-pct', 'one-pct', '20 pct or more']
    """
    tables = load_tables()
    # Every mention ends in its sign: most texts have none, and need no search at every position.
    if tables.percent_sign.search(text) is None:
        return []
    spans = []
    for match in tables.percent.finditer(text):
        start, end = match.span()
        if match["low"] and not _is_range(text, match):
            if match["lowsign"] and not _inside_a_word(text, match.start()):
                spans.append((match.start(), match.end("lowsign")))  # "from 15% to 20%"
            start = match.start("num") if match["num"] else match.start("words")
        if not _inside_a_word(text, start):  # "A4.5%", "1.3/8 pct" are no mentions
            spans.append((start, end))
    return spans


def _is_range(text: str, match: re.Match[str]) -> bool:
    """Whether the low end the percentage pattern matched opens a range: "and" only after
    "between", no "from" before it, the two numbers rising, and after "by" close enough not to
    be a change and a level."""
    if match["sep"].lower() == "and" and not match["between"]:
        return False
    if _inside_a_word(text, match.start()):
        return False  # "in M-1 and five pct": no range from 1
    low_start = match.start("low")
    change = _CHANGE_BEFORE.search(text, max(0, match.start() - 6), low_start)
    word = change["word"].lower() if change else None
    if word == "from" and not _RANGE_FROM.search(text, max(0, low_start - 20), low_start):
        return False
    low, high = read_number(match["low"]), read_number(match["num"] or match["words"])
    if low is None or high is None or low >= high:
        return False
    if word == "by":
        # "cut by 1/4 to 14 pct" is a change and the level it reached, "reduce by 65 to 70 pct"
        # a range of changes: by their ratio, as money's (money_partners.CHANGE_RATIO)
        return high <= CHANGE_RATIO * low
    if match["lowsign"]:
        # "0.5 percentage points to 10.5 pct": a change in points is no bound of a rate
        if _POINTS.search(match["lowsign"]) and not _POINTS.search(match["sign"]):
            return False
        # "rose 0.1 pct to 54.2 pct": a change and the level it reached, by their ratio alone
        # (both ends carry a sign in a range too: "to rise about 5.5 pct to six pct")
        return not is_change(text, low_start, low, high, False)
    return True


def _inside_a_word(text: str, start: int) -> bool:
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/.-")
