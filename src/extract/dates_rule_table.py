"""The normalisation rules of the date stage: ``data/dates/rules.json`` compiled.

Contract: ``rules()`` returns every ``Rule`` in file order, read once (``functools.cache``) and
checked on load: a duplicate id, a bad ``find`` mode or an invalid pattern raises ``DataError``
naming the rule. A rule's finder allows the modifiers of ``context.json`` in front of it.

>>> rules()[0].id
'time.clock_day'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.dates_context import context
from extract.dates_data import (
    FIND_MODES,
    LEFT_EDGE,
    RIGHT_EDGE,
    compile_checked,
    expand,
    read_json,
)
from extract.errors import DataError


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
            else compile_checked(
                rule_id,
                f"{before}{LEFT_EDGE}(?P<_mod>{mods}){optional}(?:{body}){hedge}{RIGHT_EDGE}{after}",
            )
        )
        reserved = {"id", "pattern", "action", "find", "examples", "requires_modifier", "approx"}
        reserved |= {"followed_by", "preceded_by", "after"}
        # what the text before must end with: searched over a short window, so variable length
        after_before = (
            compile_checked(rule_id, rf"(?:{expand(entry['after'])})\s+$")
            if "after" in entry
            else None
        )
        compiled.append(
            Rule(
                id=rule_id,
                action=entry["action"],
                find=entry["find"],
                requires_modifier=bool(entry.get("requires_modifier", False)),
                params={k: v for k, v in entry.items() if k not in reserved},
                regex=compile_checked(rule_id, body),
                finder=finder,
                examples=tuple(entry["examples"]),
                in_context=bool(after or before or after_before),
                after=after_before,
            )
        )
    return tuple(compiled)
