"""Modality guards: whether a rule's trigger states an asserted fact (GUIDELINES.md §6.1).

Contract: ``blocking_guard(trigger)`` returns the id of the first guard of
``data/relations/guards.json`` that marks the trigger as negated, modal, conditional, planned
or proposed, else ``None``. Guards apply to every rule, so no rule repeats them.
``dated_after(start, end, dates, today)`` says whether a relation's date lies after the
publication day: such a fact is planned, whatever its verb's tense.

The trigger and the words governing it are checked: from the trigger the walk climbs through
the ``climb`` labels (an infinitive to its verb, "plans to buy"; a noun to its verb, "exports
will rise"; a clause to its noun, "an agreement to buy"; a noun to the noun it belongs to, "hopes
to increase the volume of its exports") and stops at a reported clause, whose
reporting verb asserts nothing about the fact.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from extract.errors import DataError

KINDS = frozenset({"child", "governor"})
# A walk never needs more steps than this ("exports are expected to be seen to rise").
MAX_CLIMB = 4


@dataclass(frozen=True, slots=True)
class Guard:
    id: str
    kind: str  # "child": a dependent of the word; "governor": a governing word's lemma
    deps: frozenset[str]
    words: frozenset[str]
    # A "child" guard checks only words attached by one of these labels (empty: every word); a
    # "governor" guard with them checks only the word the chain's top hangs from by one.
    on: frozenset[str] = frozenset()
    # ... and only words with one of these tags (empty: every word): "due to" marks a schedule
    # before a verb's base form ("due to meet"), a cause before a gerund ("due to financing").
    tags: frozenset[str] = frozenset()


@cache
def load_guards() -> tuple[tuple[str, ...], tuple[Guard, ...]]:
    """The climb labels and every guard, validated; raises ``DataError`` on a bad entry."""
    path = resources.files("extract") / "data" / "relations" / "guards.json"
    data = json.loads(path.read_text("utf-8"))
    guards: list[Guard] = []
    for entry in data["guards"]:
        if entry.get("kind") not in KINDS or not entry.get("id") or not entry.get("example"):
            raise DataError(f"relations/guards.json: bad guard {entry!r}")
        words = entry.get("words") or entry.get("lemmas") or []
        guards.append(
            Guard(
                entry["id"],
                entry["kind"],
                frozenset(entry.get("deps", ())),
                frozenset(words),
                frozenset(entry.get("on", ())),
                frozenset(entry.get("tags", ())),
            )
        )
    if len({g.id for g in guards}) != len(guards):
        raise DataError("relations/guards.json: duplicate guard id")
    return tuple(data["climb"]), tuple(guards)


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words it hangs from through the climb labels, nearest first."""
    climb, _ = load_guards()
    chain = [trigger]
    token = trigger
    while len(chain) <= MAX_CLIMB and token.dep_ in climb and token.head is not token:
        token = token.head
        chain.append(token)
    return chain


def blocking_guard(trigger: Token) -> str | None:
    """The id of the guard that says the trigger's fact is not asserted, or ``None``."""
    _, guards = load_guards()
    chain = governing_chain(trigger)
    for guard in guards:
        if guard.kind == "governor":
            # The whole chain: a rule's trigger may be the governing verb itself ("offering").
            if not guard.on and any(t.lemma_.lower() in guard.words for t in chain):
                return guard.id
            top = chain[-1]  # with "on": the word the chain's clause hangs from by those labels
            if guard.on and top.dep_ in guard.on and top.head.lemma_.lower() in guard.words:
                return guard.id
            continue
        for token in chain:
            if (guard.on and token.dep_ not in guard.on) or (
                guard.tags and token.tag_ not in guard.tags
            ):
                continue
            if any(c.dep_ in guard.deps and c.lower_ in guard.words for c in token.children):
                return guard.id
    return None


def dated_after(start: int, end: int, dates: Sequence[Any], today: str | None) -> bool:
    """Whether the date mention at ``start:end`` lies after the publication day ``today`` (an
    ISO day; None: unknown, nothing is after it): a fact dated after the article was written
    ("visits West Germany next week", "a visit on Friday" written on a Tuesday for the coming
    one) is planned, not asserted (GUIDELINES.md §6.1), whatever its verb's tense says.

    >>> from types import SimpleNamespace as Ns
    >>> week = Ns(start=0, end=9, timex=Ns(value="1987-W12", interval_start="1987-03-16"))
    >>> dated_after(0, 9, [week], "1987-03-10"), dated_after(0, 9, [week], "1987-03-20")
    (True, False)
    """
    if today is None or len(today) != len("yyyy-mm-dd"):
        return False
    for mention in dates:
        if (mention.start, mention.end) == (start, end):
            timex = mention.timex
            first = timex.interval_start
            return timex.value == "FUTURE_REF" or (first is not None and first > today)
    return False
