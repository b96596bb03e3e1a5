"""Data of the date stage: word tables and pattern macros from ``data/dates/*.json``.

Contract: every file is read once (``functools.cache``) through ``importlib.resources`` and
checked on load; a malformed entry raises ``DataError`` naming its id. Rule patterns use
macros, ``{NAME}`` (a non-capturing group) or ``{NAME:group}`` (a named group), built from the
tables of ``lexicon.json`` and the ``macros`` of ``rules.json``. The context lists of
``context.json`` are compiled in ``dates_context``, the rules in ``dates_rule_table``.

>>> lexicon().months["sept"]
9
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from extract.errors import DataError

FIND_MODES = frozenset({"always", "never", "with_modifier"})
# Characters that may not touch a found expression: "Soviet-era", "mid-2020" without its "mid".
# Not inside a word, nor at a digit group of a larger number ("1,648,665": no "665 Year"),
# nor at a short number after a slash ("the 1987/88 year": no "88 year"; "4-1/2 years").
LEFT_EDGE = r"(?<![\w'\u2019-])(?!(?<=\d[,.])\d{3}(?!\d))(?!(?<=/)\d{1,3}(?!\d))"
RIGHT_EDGE = r"(?![\w-])"
# A tense cue is a whole word: "said", not the "said" of "aforesaid".
WORD_EDGE = r"(?<![\w'\u2019])"


def read_json(name: str) -> Any:
    """One file of ``data/dates``, parsed.

    >>> sorted(read_json("rules.json"))[:2]
    ['_doc', 'datelines']
    """
    path = resources.files("extract") / "data" / "dates" / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DataError(f"data/dates/{name}: {error}") from error


@dataclass(frozen=True, slots=True)
class Unit:
    """A duration unit: TIMEX3 letter, how many of it one word means, and whether it is a
    time-of-day unit (written after ``T``: ``PT48H``)."""

    id: str
    letter: str
    factor: int
    time: bool


@dataclass(frozen=True, slots=True)
class Holiday:
    id: str
    month: int | None
    day: int | None
    weekday: int | None
    nth: int | None
    # Days after Easter Sunday, for the feasts that move with it (Good Friday: -2).
    easter: int | None = None
    # Days after the feast the other fields name (Black Friday: Thanksgiving's next day).
    days_after: int = 0


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lower-case form -> value, per table of ``lexicon.json``."""

    months: Mapping[str, int]
    month_names: frozenset[str]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    numbers: Mapping[str, int]
    vague: frozenset[str]
    ordinals: Mapping[str, int]
    units: Mapping[str, Unit]
    holidays: Mapping[str, Holiday]


def _forms(entries: Iterable[Mapping[str, Any]], key: str = "value") -> dict[str, Any]:
    table: dict[str, Any] = {}
    for entry in entries:
        for form in [
            *entry.get("forms", []),
            *entry.get("misspellings", []),
            *entry.get("abbrevs", []),
        ]:
            if form in table:
                raise DataError(f"lexicon.json: form {form!r} of {entry['id']} is listed twice")
            table[form] = entry[key]
    return table


@cache
def lexicon() -> Lexicon:
    """The word tables of ``lexicon.json``.

    >>> lexicon().units["decades"].factor, lexicon().seasons["autumn"]
    (10, 'FA')
    """
    data = read_json("lexicon.json")
    units = {
        form: Unit(e["id"], e["value"], e["factor"], e["time"])
        for e in data["units"]
        for form in e["forms"]
    }
    holidays = {
        form: Holiday(
            e["id"],
            e.get("month"),
            e.get("day"),
            e.get("weekday"),
            e.get("nth"),
            e.get("easter"),
            e.get("days_after", 0),
        )
        for e in data["holidays"]
        for form in e["forms"]
    }
    return Lexicon(
        months=_forms(data["months"]),
        month_names=frozenset(
            f for e in data["months"] for f in [*e["forms"], *e.get("misspellings", [])]
        ),
        weekdays=_forms(data["weekdays"]),
        seasons=_forms(data["seasons"]),
        parts_of_day=_forms(data["parts_of_day"]),
        numbers=_forms(data["numbers"]),
        vague=frozenset(f for e in data["vague_numbers"] for f in e["forms"]),
        ordinals=_forms(data["ordinals"]),
        units=units,
        holidays=holidays,
    )


def alternation(forms: Iterable[str]) -> str:
    """Regex alternation of literal forms, longest first, spaces matching any whitespace.

    >>> print(alternation(["jan", "january", "new year"]))
    new\\s+year|january|jan
    """
    escaped = (
        re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True)
    )
    return "|".join(escaped)


@cache
def macros() -> dict[str, str]:
    """Macro name -> regex body, from ``rules.json`` and the lexicon tables.

    >>> re.fullmatch(macros()["NUM"], "twenty-four") is not None
    True
    """
    lex = lexicon()
    data = read_json("lexicon.json")
    abbrevs = [a for e in data["months"] for a in e["abbrevs"]]
    tens = alternation(f for f, v in lex.numbers.items() if v >= 20 and v % 10 == 0 and v < 100)
    units = alternation(f for f, v in lex.numbers.items() if v < 10 and f.isalpha() and len(f) > 2)
    teens = alternation(f for f, v in lex.numbers.items() if 10 <= v < 20 and f.isalpha())
    table = {
        "MONTH": f"(?:{alternation(lex.month_names)})|(?:{alternation(abbrevs)})\\.?",
        # A bare month name: abbreviations only with their full stop ("Sept." but not "Jan").
        "MONTHNAME": f"{alternation(lex.month_names)}|(?:{alternation(abbrevs)})\\.",
        "WEEKDAY": alternation(lex.weekdays),
        "SEASON": alternation(lex.seasons),
        "POD": alternation(lex.parts_of_day),
        "NUMWORD": rf"(?:{tens})[-\s](?:{units})|{alternation(lex.numbers)}",
        # A year said in words after a month or season ("January nineteen ninety-seven"):
        # "nineteen" and a count from ten, or "two thousand (and) one".
        "YEARWORDS": rf"nineteen[-\s](?:(?:{tens})(?:[-\s](?:{units}))?|{teens})"
        rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{units}|{teens}))?",
        # "two hundred", "three thousand" besides "12", "twenty-four", "a dozen"; not "2,000":
        # in "versus 132,000 week ago" the number counts head of cattle, not weeks
        "NUM": rf"\d+(?:\.\d+)?"
        rf"|(?:{units}|{teens}|{tens})\s+(?:hundred|thousand)\b"
        rf"|(?:{tens})[-\s](?:{units})|{alternation(lex.numbers)}",
        "VAGUE": alternation(lex.vague),
        "ORDWORD": alternation(lex.ordinals),
        "ORD": rf"\d{{1,2}}(?:st|nd|rd|th)|{alternation(lex.ordinals)}",
        "UNIT": alternation(f for e in data["units"] if e.get("macro", True) for f in e["forms"]),
        "HOLIDAY": alternation(lex.holidays),
    }
    for entry in read_json("rules.json")["macros"]:
        if entry["name"] in table:
            raise DataError(f"rules.json: macro {entry['id']} redefines {entry['name']}")
        table[entry["name"]] = entry["pattern"]
    return table


_MACRO = re.compile(r"\{([A-Z]+)(?::(\w+))?\}")


def expand(pattern: str) -> str:
    """``pattern`` with its macros replaced by their regexes.

    >>> print(expand(r"{YEAR:y1}-{YEAR}"))
    (?P<y1>1[5-9]\\d\\d|20\\d\\d)-(?:1[5-9]\\d\\d|20\\d\\d)
    """
    table = macros()

    def replace(match: re.Match[str]) -> str:
        name, group = match[1], match[2]
        if name not in table:
            raise DataError(f"unknown macro {{{name}}} in {pattern!r}")
        return f"(?P<{group}>{table[name]})" if group else f"(?:{table[name]})"

    return _MACRO.sub(replace, pattern)


def compile_checked(owner: str, pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled, ignoring case; a bad one raises ``DataError`` naming ``owner``."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise DataError(f"{owner}: invalid pattern: {error}") from error
