"""Tying a value or time mention to a rule's trigger (GUIDELINES.md §6.3, "Dates and values
belong to the fact").

Contract: ``nearest(mentions, trigger, sentence, used, dates=False)`` is the span of the money
or date mention a ``"scope": "sentence"`` role takes, or ``None`` (``dates``: the mentions are
dates, and a date in an "of" phrase of a noun outside the trigger's chain is that noun's: "the
Agreement of October 18, 1991"). A mention qualifies only when the parse joins it to the
trigger's clause: its words hang, without passing through another clause
(a reported, adverbial or relative clause, another verb's infinitive or conjunct), from the
trigger or from a word the trigger's clause climbs to (a noun trigger's verb, "exports rose to
$5 bln"; the verb an infinitive completes, "agreed to buy ... for $5 mln"; the noun a
participle describes, "the equipment shipped to Cuba was worth $15 bln"). The mention nearest
the trigger in that chain wins, then the one nearest in the text. A mention on a fragment the
parser left outside the trigger's tree ("Last month, X delivered ...") is a last resort, and
so is the mention right before the "when" that opens the trigger's clause ("in 2014 when Russia
forgave ..."). A participle hung from a word of the value itself ("worth $190 million ordered
by Cuba") has that value. ``fact_times(mentions, text)`` keeps the date mentions that may be a
fact's time at all: no term ("a 20-year loan"), length ("for three years"), rate ("every
year") or subject ("talks on the future of Macao").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Span, Token

# How the trigger's clause climbs: to the verb of a noun trigger, the verb an infinitive
# completes, the noun a participle describes.
CLIMB = frozenset(
    {"xcomp", "obj", "iobj", "nsubj", "nsubj:pass", "obl", "obl:agent", "obl:tmod", "nmod"}
    | {"nmod:poss", "compound", "amod", "acl", "appos"}
)
# Labels that open another clause: a mention below one belongs to that clause's fact.
CLAUSES = frozenset({"ccomp", "advcl", "acl:relcl", "parataxis", "csubj", "xcomp"})
# These open a clause only when the word is a verb ("sold X and bought Y for $5": conj; "the
# jets ordered in 2016": acl), not a noun ("Russia and Cuba") or "worth".
VERB_CLAUSES = frozenset({"conj", "acl"})
MAX_CLIMB = 6


class Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# A duration written as a modifier ("a four-year agreement", "a 20-year loan", "a 50 year
# contract") is the term of the thing, not the time of the fact (GUIDELINES.md §6.4, FINANCING).
_TERM = re.compile(r"(?:[\w.]+-|\d[\d.,]*\s)(?:year|month|week|day)", re.IGNORECASE)


def fact_times(mentions: Sequence[Located], text: str) -> list[Located]:
    """The date mentions of ``text`` that may be the time of a fact: not a term written as a
    modifier ("a 20-year loan"), a bare length ("agreed to supply it for three years", a
    DURATION without an interval or a "the" that names one stretch: "in the week ended March
    12", "the first seven months" are times), a rate ("every year", a SET) or a reference with
    "of" after it, which names a subject ("talks on the future of Macao")."""
    return [m for m in mentions if not _length(m, text[m.start : m.end]) and not _topic(m, text)]


# "talks on the future of Macao": a reference with an "of" after it names a subject, no time.
_OF_AFTER = re.compile(r"\s+of\b")
_REFERENCES = frozenset({"FUTURE_REF", "PAST_REF", "PRESENT_REF"})


def _topic(mention: Located, text: str) -> bool:
    timex = getattr(mention, "timex", None)
    return (
        timex is not None
        and timex.value in _REFERENCES
        and _OF_AFTER.match(text, mention.end) is not None
    )


def _length(mention: Located, words: str) -> bool:
    if _TERM.fullmatch(words):
        return True
    timex = getattr(mention, "timex", None)
    if timex is None or timex.type not in ("DURATION", "SET"):
        return False
    if timex.type == "SET":
        return True
    return timex.interval_start is None and not words.lower().startswith("the")


def _chain(trigger: Token) -> list[Token]:
    chain = [trigger]
    token = trigger
    while len(chain) <= MAX_CLIMB and token.dep_ in CLIMB and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _opens_clause(token: Token) -> bool:
    return token.dep_ in CLAUSES or (token.dep_ in VERB_CLAUSES and token.pos_ in ("VERB", "AUX"))


# How a date modifies the noun after it: "the 1990 deadline"; as a count ("nummod") too, but
# only with no preposition ("combined 1987 revenues", not "on Feb 10 at 17 dlrs", whose day
# the parser may hang on the dollars).
PRENOMINAL = frozenset({"compound", "amod"})


def _dates_another_noun(words: Span, chain: list[Token]) -> bool:
    """Whether a date is an "of" phrase of a noun outside the trigger's chain: "Under the
    Agreement of October 18, 1991 Russia supplied ..." dates the agreement, not the supplying
    (GUIDELINES §6.3), wherever the parser hangs the agreement or the date ("the Agreement on
    Trade of November 3, 1992 Russia and Cuba signed", the date read as a number of Russia); so
    does a date before a noun outside the chain ("companies with combined 1987 revenues"), and an
    adverb on a word that describes such a noun ("its recently introduced System 9000")."""
    root, doc = words.root, words.doc
    head = root.head
    if (
        root.dep_ == "nmod"
        and all(head.i != t.i for t in chain)
        and head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "case" and c.lower_ == "of" for c in root.children)
    ):
        return True
    prenominal = root.dep_ in PRENOMINAL or (
        root.dep_ == "nummod" and not any(c.dep_ == "case" for c in root.children)
    )
    if (
        prenominal
        and head.pos_ == "NOUN"
        and all(head.i != t.i for t in chain)
        and head.i != chain[0].head.i  # "the region's 1986 trade surplus": the trade's own
    ):
        return True  # "agreed to buy companies with combined 1987 revenues": the revenues'
    if root.dep_ == "advmod" and head.dep_ in ("amod", "acl") and all(head.i != t.i for t in chain):
        return True  # "83 pct of the currently outstanding shares": the shares are outstanding now
    before = [t for t in doc[max(0, words.start - 3) : words.start] if not t.is_space]
    if len(before) < 2 or before[-1].lower_ != "of":
        return False
    noun = before[-2]
    return noun.pos_ in ("NOUN", "PROPN") and all(noun.i != t.i for t in chain)


def _rank(root: Token, chain: list[Token]) -> int | None:
    """How far up the trigger's chain the mention ``root`` joins it (0: the trigger's own
    words), ``len(chain)`` for a stray fragment, ``None`` if another clause has it."""
    position = {t.i: n for n, t in enumerate(chain)}
    top = chain[-1]
    while top.head.i != top.i:
        top = top.head
    token = root
    while token.i not in position:
        # A participle on a noun trigger describes the fact ("exports shipped in 1986").
        if _opens_clause(token) and not (token.dep_ == "acl" and token.head.i == chain[0].i):
            return None
        if token.head.i == token.i:  # the top of a tree the trigger is not in: a fragment
            return None if token.i == top.i else len(chain)
        token = token.head
    return position[token.i]


def nearest(
    mentions: Sequence[Located],
    trigger: Token,
    sentence: Span,
    used: set[tuple[int, int]],
    dates: bool = False,
) -> tuple[int, int] | None:
    # A mention whose value could not be resolved ("by the year") is a last resort.
    doc = trigger.doc
    chain = _chain(trigger)
    best: tuple[tuple[int, bool, int], tuple[int, int]] | None = None
    for m in mentions:
        span = (m.start, m.end)
        if (
            m.start < sentence.start_char
            or m.end > sentence.end_char
            or span in used
            # A restatement ("($508.60 million)") is not a second value.
            or getattr(m, "equivalent_of", None) is not None
        ):
            continue
        words = doc.char_span(m.start, m.end, alignment_mode="expand")
        if words is None or len(words) == 0:
            continue
        # A participle hung from a word of the value itself ("worth $190 million ordered by
        # Cuba"): the value is the fact's.
        inside = [n for n, t in enumerate(chain) if words.start <= t.i < words.end]
        rank = inside[0] if inside else _rank(words.root, chain)
        if dates and _dates_another_noun(words, chain):
            rank = None
        if rank is None:
            continue
        key = (rank, not getattr(m, "resolved", True), abs(m.start - trigger.idx))
        if best is None or key < best[0]:
            best = (key, span)
    if best is None:
        return _before_when(mentions, chain, used)
    return best[1]


def _before_when(
    mentions: Sequence[Located], chain: list[Token], used: set[tuple[int, int]]
) -> tuple[int, int] | None:
    """The mention right before the "when" that opens the trigger's clause: "got a boost in
    2014 when Russia forgave ... debt" dates the forgiving (the parser hangs the clause from
    the main verb, not from the date)."""
    for token in chain:
        when = next((c for c in token.children if c.lower_ == "when" and c.i < token.i), None)
        if when is None or when.i == 0:
            continue
        before = when.doc[when.i - 1]
        for m in mentions:
            span = (m.start, m.end)
            if m.start <= before.idx < m.end and span not in used:
                return span
    return None
