"""Data of the date stage: word tables, context lists and rules from ``data/dates/*.json``.

Contract: every file is read once (``functools.cache``) through ``importlib.resources`` and
checked on load; a malformed entry raises ``DataError`` naming its id. Rule patterns use
macros, ``{NAME}`` (a non-capturing group) or ``{NAME:group}`` (a named group), built from the
tables of ``lexicon.json`` and the ``macros`` of ``rules.json``.

>>> rules()[0].id
'time.clock_day'
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
        for form in [*entry.get("forms", []), *entry.get("abbrevs", [])]:
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
        month_names=frozenset(f for e in data["months"] for f in e["forms"]),
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


@dataclass(frozen=True, slots=True)
class Rule:
    """One normalisation rule: ``regex`` must match a whole expression; ``finder`` (None when
    ``find`` is "never") finds it in running text, with any modifier in front of it.

    A rule with ``in_context`` has a ``followed_by`` pattern that its finder requires after
    the expression ("the year" before "ended March 31"), ``preceded_by`` words it requires
    right before it ("weeks" after "for") or an ``after`` pattern the text before it must end
    with (``after``: "a year" after an amount, "$33 million a year", is a rate); it normalises
    only what it found itself, since the expression alone means something else."""

    id: str
    action: str
    find: str
    requires_modifier: bool
    params: Mapping[str, Any]
    regex: re.Pattern[str]
    finder: re.Pattern[str] | None
    examples: tuple[str, ...]
    in_context: bool = False
    after: re.Pattern[str] | None = None


def _compile(owner: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise DataError(f"{owner}: invalid pattern: {error}") from error


@cache
def rules() -> tuple[Rule, ...]:
    """The rules of ``rules.json`` in order, compiled and checked.

    >>> [r.id for r in rules() if r.regex.fullmatch("the third quarter")]
    ['date.quarter_ordinal']
    """
    ctx = context()
    compiled: list[Rule] = []
    seen: set[str] = set()
    for entry in read_json("rules.json")["rules"]:
        rule_id = entry["id"]
        if rule_id in seen or entry["find"] not in FIND_MODES:
            raise DataError(f"rules.json: {rule_id}: duplicate id or bad find mode")
        seen.add(rule_id)
        body = expand(entry["pattern"])
        # Approximators ("nearly", "more than") belong to durations and offsets only.
        mods = (ctx.modifier_regex if entry.get("approx") else ctx.position_regex).pattern
        optional = "" if entry["find"] == "with_modifier" else "?"
        approximate = entry.get("approx") or entry["action"] == "duration"
        hedge = f"(?:{ctx.trailing_hedge})?" if approximate else ""
        after = f"(?={expand(entry['followed_by'])})" if "followed_by" in entry else ""
        # one look-behind per word: Python's must each have a fixed width
        before = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in entry.get("preceded_by", ()))
        before = f"(?:{before})" if before else ""
        finder = (
            None
            if entry["find"] == "never"
            else _compile(
                rule_id,
                f"{before}{LEFT_EDGE}(?P<_mod>{mods}){optional}(?:{body}){hedge}{RIGHT_EDGE}{after}",
            )
        )
        reserved = {"id", "pattern", "action", "find", "examples", "requires_modifier", "approx"}
        reserved |= {"followed_by", "preceded_by", "after"}
        # what the text before must end with: searched over a short window, so variable length
        after_before = (
            _compile(rule_id, rf"(?:{expand(entry['after'])})\s+$") if "after" in entry else None
        )
        compiled.append(
            Rule(
                id=rule_id,
                action=entry["action"],
                find=entry["find"],
                requires_modifier=bool(entry.get("requires_modifier", False)),
                params={k: v for k, v in entry.items() if k not in reserved},
                regex=_compile(rule_id, body),
                finder=finder,
                examples=tuple(entry["examples"]),
                in_context=bool(after or before or after_before),
                after=after_before,
            )
        )
    return tuple(compiled)


@dataclass(frozen=True, slots=True)
class TenseMarker:
    id: str
    regex: re.Pattern[str]
    tense: str
    # A participle form is no cue after an auxiliary, a determiner or an -ly adverb.
    participle: bool
    # The tense it gives an expression before it, None for no cue: "agreed to supply oil until
    # June" points forward, "On Friday, X agreed to" does not; "On Friday, the government
    # planned to pay" is over.
    tense_for_earlier: str | None


@dataclass(frozen=True, slots=True)
class LeadingWord:
    """A word an expression may start with that belongs to it only after some words, or with
    some words in it ("for over five years" is a hedge, "repayable over 10 years" spreads a
    sum; "at end 1986" is a position, "expects to end 1987" the verb)."""

    word: re.Pattern[str]
    kept_after: re.Pattern[str]
    kept_if_in: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Context:
    """``context.json`` compiled: prefixes to strip, tense cues, phrases that are not dates."""

    preposition_regex: re.Pattern[str]
    modifier_regex: re.Pattern[str]
    position_regex: re.Pattern[str]
    # Each position modifier and its TimeML mod: "the end of" END, "mid-" MID, "early" START.
    positions: tuple[tuple[re.Pattern[str], str], ...]
    tense_markers: tuple[TenseMarker, ...]
    # A word right before an expression that makes it a deadline ("by year-end").
    deadline_regex: re.Pattern[str]
    # What right after "the first/last N units" anchors them elsewhere ("of this financial year").
    of_another_regex: re.Pattern[str]
    # A word right before an expression that fixes its tense ("since March": past).
    tense_prepositions: tuple[tuple[re.Pattern[str], str], ...]
    # Words right after an expression that fix its tense ("June futures": future).
    tense_nouns_after: tuple[tuple[re.Pattern[str], str], ...]
    not_past: frozenset[str]
    auxiliaries: frozenset[str]
    # The tense an auxiliary gives the participle after it ("was halted": past).
    auxiliary_tenses: Mapping[str, str]
    # Words after which an -ed word is an adjective ("the planned merger", "expects improved").
    adjective_openers: frozenset[str]
    modals: frozenset[str]
    # Words whose full stop does not end a sentence: always, or only before a digit.
    abbreviations: frozenset[str]
    digit_abbreviations: frozenset[str]
    non_temporal: tuple[re.Pattern[str], ...]
    datelines: tuple[tuple[str, re.Pattern[str]], ...]
    # A date moved "from" one day "to" another: the text before, and the range rules it stops.
    change_before: re.Pattern[str]
    range_rules: frozenset[str]
    # The rules that read "X and Y" as a range, and what must come before it for that.
    between_before: re.Pattern[str]
    between_rules: frozenset[str]
    # A hedge after a length or offset ("the next year or so"), with the space before it.
    trailing_hedge: str
    # Leading words that belong to a span only in some contexts ("over", "end").
    leading_words: tuple[LeadingWord, ...]


def _joined(entries: Iterable[Mapping[str, Any]]) -> str:
    return "|".join(f"(?:{e['pattern']})" for e in entries)


@cache
def context() -> Context:
    """The context lists of ``context.json`` and the datelines of ``rules.json``.

    >>> context().modifier_regex.match("nearly thirty years").group(0)
    'nearly '
    """
    data = read_json("context.json")
    # A prefix is a whole word followed by space ("mid-" may run straight into its year).
    prefix = r"(?:{})(?:\s+|(?<=-))"
    markers = tuple(
        TenseMarker(
            e["id"],
            re.compile(
                rf"{WORD_EDGE}(?:{e['pattern']})(?![\w'\u2019])",
                0 if e.get("lowercase_only") else re.IGNORECASE,
            ),
            e["tense"],
            e.get("participle", e["tense"] == "past"),
            e.get("tense_for_earlier", e["tense"]),
        )
        for e in data["tense_markers"]
    )
    datelines = tuple(
        (e["id"], _compile(e["id"], expand(e["pattern"])))
        for e in read_json("rules.json")["datelines"]
    )
    return Context(
        preposition_regex=_compile("prepositions", prefix.format(_joined(data["prepositions"]))),
        modifier_regex=_compile("modifiers", prefix.format(_joined(data["modifiers"]))),
        position_regex=_compile(
            "modifiers",
            prefix.format(_joined(m for m in data["modifiers"] if m["kind"] == "position")),
        ),
        positions=tuple(
            (_compile(m["id"], prefix.format(m["pattern"])), m["mod"])
            for m in data["modifiers"]
            if m["kind"] == "position"
        ),
        tense_markers=markers,
        deadline_regex=_compile(
            "deadline_prepositions",
            rf"{WORD_EDGE}(?:{_joined(data['deadline_prepositions'])})(?:\s+the)?\s+$",
        ),
        of_another_regex=_compile(data["of_another"]["id"], data["of_another"]["pattern"]),
        tense_prepositions=tuple(
            (_compile(e["id"], rf"{WORD_EDGE}(?:{e['pattern']})\s+$"), e["tense"])
            for e in data["tense_prepositions"]
        ),
        tense_nouns_after=tuple(
            (_compile(e["id"], rf"\s+(?:{e['pattern']})"), e["tense"])
            for e in data["tense_nouns_after"]
        ),
        not_past=frozenset(f for e in data["past_ed_exceptions"] for f in e["forms"]),
        auxiliaries=frozenset(f for e in data["auxiliaries"] for f in e["forms"]),
        auxiliary_tenses={
            f: e["tense"] for e in data["auxiliaries"] if "tense" in e for f in e["forms"]
        },
        adjective_openers=frozenset(f for e in data["adjective_openers"] for f in e["forms"]),
        modals=frozenset(f for e in data["modals"] for f in e["forms"]),
        abbreviations=frozenset(
            f
            for e in data["sentence_abbreviations"]
            if not e.get("before_digit_only")
            for f in e["forms"]
        ),
        digit_abbreviations=frozenset(
            f
            for e in data["sentence_abbreviations"]
            if e.get("before_digit_only")
            for f in e["forms"]
        ),
        non_temporal=tuple(
            _compile(e["id"], rf"{LEFT_EDGE}(?:{expand(e['pattern'])}){RIGHT_EDGE}")
            for e in data["non_temporal"]
        ),
        datelines=datelines,
        change_before=_compile(
            "changes_of_date", rf"{WORD_EDGE}(?:{data['changes_of_date']['before']})\s+$"
        ),
        range_rules=frozenset(data["changes_of_date"]["range_rules"]),
        between_before=_compile(
            "ranges_after_between",
            rf"{WORD_EDGE}(?:{data['ranges_after_between']['before']})\s+$",
        ),
        between_rules=frozenset(data["ranges_after_between"]["rules"]),
        trailing_hedge=rf"\s+(?:{data['trailing_hedges']['pattern']})",
        leading_words=tuple(
            LeadingWord(
                _compile(e["id"], e["word"]),
                _compile(e["id"], rf"{WORD_EDGE}(?:{e['kept_after']})\s+$"),
                _compile(e["id"], e["kept_if_in"]) if "kept_if_in" in e else None,
            )
            for e in data["leading_words"]
        ),
    )
