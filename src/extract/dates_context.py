"""Context lists of the date stage: ``data/dates/context.json`` compiled.

Contract: ``context()`` returns one ``Context``, read once (``functools.cache``) and checked on
load like the rules (``dates_rule_table``): the prefixes a found expression may lose or keep, the
cues of tense around it, the phrases that are no date, and the datelines of ``rules.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.dates_data import (
    LEFT_EDGE,
    RIGHT_EDGE,
    WORD_EDGE,
    compile_checked,
    expand,
    read_json,
)


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
    # Past forms that are a verb, no adjective, after an -ly adverb ("promptly said").
    verbs_after_adverbs: frozenset[str]
    # Words whose full stop does not end a sentence: always, or only before a digit.
    abbreviations: frozenset[str]
    digit_abbreviations: frozenset[str]
    non_temporal: tuple[re.Pattern[str], ...]
    # Those of them that no DATE entity may lie in either ("no_entity": "the back months").
    no_entity: tuple[re.Pattern[str], ...]
    # A period comparison ("year-on-year"; nt.unit_on_unit), which the entity layer reads too.
    period_comparison: re.Pattern[str]
    # A fraction ("a quarter of the shares"; nt.fraction_quarter), a number in the entity layer.
    fraction: re.Pattern[str]
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
    return "|".join(f"(?:{expand(e['pattern'])})" for e in entries)


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
        (e["id"], compile_checked(e["id"], expand(e["pattern"])))
        for e in read_json("rules.json")["datelines"]
    )
    non_temporal = [
        (e, compile_checked(e["id"], rf"{LEFT_EDGE}(?:{expand(e['pattern'])}){RIGHT_EDGE}"))
        for e in data["non_temporal"]
    ]
    return Context(
        preposition_regex=compile_checked(
            "prepositions", prefix.format(_joined(data["prepositions"]))
        ),
        modifier_regex=compile_checked("modifiers", prefix.format(_joined(data["modifiers"]))),
        position_regex=compile_checked(
            "modifiers",
            prefix.format(_joined(m for m in data["modifiers"] if m["kind"] == "position")),
        ),
        positions=tuple(
            (compile_checked(m["id"], prefix.format(expand(m["pattern"]))), m["mod"])
            for m in data["modifiers"]
            if m["kind"] == "position"
        ),
        tense_markers=markers,
        deadline_regex=compile_checked(
            "deadline_prepositions",
            rf"{WORD_EDGE}(?:{_joined(data['deadline_prepositions'])})(?:\s+the)?\s+$",
        ),
        of_another_regex=compile_checked(data["of_another"]["id"], data["of_another"]["pattern"]),
        tense_prepositions=tuple(
            (compile_checked(e["id"], rf"{WORD_EDGE}(?:{e['pattern']})\s+$"), e["tense"])
            for e in data["tense_prepositions"]
        ),
        tense_nouns_after=tuple(
            (compile_checked(e["id"], rf"\s+(?:{e['pattern']})"), e["tense"])
            for e in data["tense_nouns_after"]
        ),
        not_past=frozenset(f for e in data["past_ed_exceptions"] for f in e["forms"]),
        auxiliaries=frozenset(f for e in data["auxiliaries"] for f in e["forms"]),
        auxiliary_tenses={
            f: e["tense"] for e in data["auxiliaries"] if "tense" in e for f in e["forms"]
        },
        adjective_openers=frozenset(f for e in data["adjective_openers"] for f in e["forms"]),
        modals=frozenset(f for e in data["modals"] for f in e["forms"]),
        verbs_after_adverbs=frozenset(f for e in data["verbs_after_adverbs"] for f in e["forms"]),
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
        non_temporal=tuple(regex for _, regex in non_temporal),
        no_entity=tuple(regex for entry, regex in non_temporal if entry.get("no_entity")),
        period_comparison=next(r for e, r in non_temporal if e["id"] == "nt.unit_on_unit"),
        fraction=next(r for e, r in non_temporal if e["id"] == "nt.fraction_quarter"),
        datelines=datelines,
        change_before=compile_checked(
            "changes_of_date", rf"{WORD_EDGE}(?:{data['changes_of_date']['before']})\s+$"
        ),
        range_rules=frozenset(data["changes_of_date"]["range_rules"]),
        between_before=compile_checked(
            "ranges_after_between",
            rf"{WORD_EDGE}(?:{data['ranges_after_between']['before']})\s+$",
        ),
        between_rules=frozenset(data["ranges_after_between"]["rules"]),
        trailing_hedge=rf"\s+(?:{data['trailing_hedges']['pattern']})",
        leading_words=tuple(
            LeadingWord(
                compile_checked(e["id"], e["word"]),
                compile_checked(e["id"], rf"{WORD_EDGE}(?:{e['kept_after']})\s+$"),
                compile_checked(e["id"], e["kept_if_in"]) if "kept_if_in" in e else None,
            )
            for e in data["leading_words"]
        ),
    )
