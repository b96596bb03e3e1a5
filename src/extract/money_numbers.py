"""Numbers as English news writes them, in digits or words, read as Decimals.

Contract: ``read_digits(token)`` reads one digit token ("1,850", "12-1/2", "6 3/8");
``read_words(token, tables)`` a sequence of number words ("two hundred fifty", "one point six");
``read_number(token)`` either; ``decimal_str(value)`` writes a Decimal as the plain string the
records hold. The money and percentage stages share them; the words are data
(``data/money/*.json``, compiled by ``extract.money_tables``).

>>> read_digits("12-1/2"), read_digits("1.850"), read_digits("8-1/3")
(Decimal('12.5'), Decimal('1.850'), None)
>>> read_words("two hundred fifty", load_tables())
(Decimal('250'), False)
>>> decimal_str(Decimal("2.26E+9")), read_number("three")
('2260000000', Decimal('3'))
"""

from __future__ import annotations

import re
from decimal import Decimal

from price_parser import Price

from extract.money_tables import FRACTION, Tables, form_key, load_tables

# A whole digit token as the patterns' number (``money_tables._NUM``) reads it, lookarounds aside.
_NUM_SHAPE = re.compile(
    rf"{FRACTION}|\d{{1,2}}/\d{{1,2}}|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+"
)
_POINT = re.compile(r"\s+(?i:point)\s+")


def decimal_str(value: Decimal) -> str:
    """A decimal as a plain string: no exponent, no trailing zeros ("2.26E+9" -> "2260000000")."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def read_digits(token: str) -> Decimal | None:
    """A digit token as a Decimal, or None when it is not written as English news writes numbers."""
    if not _NUM_SHAPE.fullmatch(token):
        return None
    if "/" in token:  # "12-1/2", "6 3/8", "3/8"; "8-1/3" has no exact decimal and is refused
        whole, _, fraction = token.replace(" ", "-").rpartition("-")
        numerator, denominator = (int(part) for part in fraction.split("/"))
        if not 0 < numerator < denominator:
            return None
        rest = denominator
        for prime in (2, 5):
            while rest % prime == 0:
                rest //= prime
        return Decimal(whole or 0) + Decimal(numerator) / denominator if rest == 1 else None
    # price-parser guesses the decimal separator and reads "1.850" as 1850; English news always
    # writes "." for decimals, so we say so.
    amount: Decimal | None = Price.fromstring(token, decimal_separator=".").amount
    return amount


def read_words(token: str, tables: Tables) -> tuple[Decimal | None, bool]:
    """A number-word sequence as (value, needs a scale): "two hundred fifty" -> 250, "one point
    six" -> 1.6 (decimals said digit by digit).

    The value is None for sequences that are not one number ("five two", "fifty twenty").
    """
    whole, *decimals = _POINT.split(token, maxsplit=1)
    if decimals:
        total, requires_scale = read_words(whole, tables)
        digits = [tables.words[form_key(form)][0] for form in tables.word.findall(decimals[0])]
        if total is None or not digits or any(not 0 <= d < 10 or d % 1 for d in digits):
            return None, False
        return total + Decimal("0." + "".join(str(int(d)) for d in digits)), requires_scale
    total, previous, requires_scale, multiplied = Decimal(0), None, False, False
    for form in tables.word.findall(token):
        value, multiplier, requires = tables.words[form_key(form)]
        # a word adds to the one before only as units after tens ("twenty-five") or after hundred
        tens = previous is not None and previous >= 20 and previous % 10 == 0 and value < 10
        if previous not in (None, 0) and not multiplier and not tens:
            return None, False
        total = (total or Decimal(1)) * value if multiplier else total + value
        previous = Decimal(0) if multiplier else value
        requires_scale, multiplied = requires_scale or requires, multiplied or multiplier
    return total, requires_scale and not multiplied  # "a hundred dollars" needs no scale


def read_number(token: str) -> Decimal | None:
    """A number in digits or words ("3/8", "one"), as a Decimal."""
    value = read_digits(token)
    return value if value is not None else read_words(token, load_tables())[0]
