"""Tense of the sentence around a temporal expression: the nearest verb cue decides.

Contract: ``sentence_bounds(text)`` are the offsets where the sentences of ``text`` start;
``sentence_tense(text, start, end, bounds, cues)`` is "past", "present", "future" or None for
``text[start:end]``. ``Cues(text)`` finds the cues of ``context.json``'s ``tense_markers``
once per window of the text, so the expressions of one sentence share the work; pass the
same ``Cues`` for every expression of a text.

>>> s = "The company s head met with Raul Castro on Saturday, the latest sign they are ready."
>>> sentence_tense(s, s.index("Saturday"), s.index("Saturday") + 8)
'past'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from extract.dates_context import context
from extract.dates_data import WORD_EDGE, expand, lexicon
from extract.dates_scan import Scanner

Cue = tuple[int, int, str, str | None]  # start, end, tense, tense for an expression before it

# Sentence ends; a newline alone is a hard line wrap (Reuters), a blank or indented line a break.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"\u201c]?[A-Z0-9])|\n[ \t]*\n|\n(?=[ \t])"
)
# Clause ends: punctuation, and "but" before the next clause's subject ("interrupted testing on
# Monday but there should be little delay": the modal is not Monday's verb)
_CLAUSE_END = re.compile(
    r"[,;:()\u2014\u2013]|\s-\s"
    r"|\s(?=but\s+(?:there|the|a|an|it|its|he|she|they|we|this|that|these|those|his|their)\s)"
)
_QUOTE = re.compile(r"''|[\"\u201c\u201d]")
WORD = re.compile(r"[A-Za-z'\u2019]+")
_NEGATIONS = frozenset({"not", "never"})


_WORD_BEFORE_STOP = re.compile(r"([A-Za-z]+)\.$")


def sentence_bounds(text: str) -> list[int]:
    """Where the sentences after the first start; not after a title, an initial or a month
    abbreviation before its day ("Roe vs. Wade", "George W. Bush", "record Dec. 15").

    >>> sentence_bounds("Sales rose. Costs fell. Gen. Lee met them on Oct. 3 in Richmond, Va.")
    [12, 24]
    """
    return [m.end() for m in _SENTENCE_END.finditer(text) if not _abbreviation(text, m.start())]


@cache
def _time_word() -> re.Pattern[str]:
    """A weekday, a month or a time zone: after "a.m." or "p.m." they go on the same sentence."""
    names = sorted({*lexicon().weekdays, *lexicon().months}, key=len, reverse=True)
    return re.compile(rf"\s*(?:(?i:{'|'.join(names)})\b|{expand('{TZ}')}\b)")


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop ending at ``stop`` closes an abbreviation that ends no sentence."""
    word = _WORD_BEFORE_STOP.search(text, max(0, stop - 12), stop)
    if word is not None and text[word.start() - 2 : stop].lower() in ("a.m.", "p.m."):
        return _time_word().match(text, stop) is not None  # "at 2:30 a.m. Saturday"
    if word is None or text[word.start() - 1 : word.start()] in (".", "-"):
        return False  # dotted ("U.S.", "a.m."): may end a sentence, as "Inc." (unlisted) may
    form, ctx = word.group(1), context()
    if len(form) == 1 and form.isupper():
        return True  # an initial
    if form.lower() in ctx.abbreviations:
        return True
    following = text[stop : stop + 8].lstrip()[:1]
    return form.lower() in ctx.digit_abbreviations and following.isdigit()


@cache
def _scanner() -> Scanner:
    return Scanner([marker.regex for marker in context().tense_markers], edge=WORD_EDGE)


class Cues:
    """The tense cues of one text, by window (a clause or a sentence), each found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = _scanner().candidates(text)
        self._windows: dict[tuple[int, int], list[Cue]] = {}

    def within(self, lo: int, hi: int) -> list[Cue]:
        """The cues of ``text[lo:hi]``, as the markers' ``finditer(text, lo, hi)`` find them."""
        if (lo, hi) not in self._windows:
            self._windows[lo, hi] = self._find(lo, hi)
        return self._windows[lo, hi]

    def _find(self, lo: int, hi: int) -> list[Cue]:
        ctx, text = context(), self.text
        found: list[Cue] = []
        for i, marker in enumerate(ctx.tense_markers):
            for match in _scanner().finditer(i, text, self._starts, lo, hi):
                if marker.participle:
                    word = match.group(0).lower()
                    words = WORD.findall(text[lo : match.start()])[-2:]
                    before = [w.lower() for w in words]
                    previous = before[-1] if before else ""
                    # "is not resolved", "was never built": the auxiliary is before the negation
                    helper = before[0] if previous in _NEGATIONS and len(before) == 2 else previous
                    # "the planned merger", "a nationally televised speech", "expects
                    # improved"; but "which promptly said Wednesday" is the verb
                    if previous in ctx.adjective_openers:
                        continue
                    if previous.endswith("ly") and word not in ctx.verbs_after_adverbs:
                        continue
                    # "should experience improved profitability": after a modal and its bare
                    # verb an -ed word opens the object ("May sales rose": only a lower-case one)
                    if (
                        len(words) == 2
                        and words[0] in ctx.modals
                        and previous not in ctx.auxiliaries
                    ):
                        continue
                    # "has been sold": the auxiliary carries the tense; but "are planning a
                    # rally Sunday" still points forward
                    past = marker.tense == "past"
                    if past and word in ctx.not_past:
                        continue
                    if past and helper in ctx.auxiliaries:
                        if helper in ctx.auxiliary_tenses:
                            tense = ctx.auxiliary_tenses[helper]
                            found.append((match.start(), match.end(), tense, tense))
                        continue
                tense = marker.tense
                if tense == "future" and _after_past_perfect(text, lo, match.start()):
                    tense = "past"  # "had been scheduled to expire Friday": that Friday is over
                earlier = marker.tense_for_earlier if tense == marker.tense else tense
                found.append((match.start(), match.end(), tense, earlier))
        return found


_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:[a-z]+\s+to\s+)?$", re.IGNORECASE)


def _after_past_perfect(text: str, lo: int, start: int) -> bool:
    """Whether ``text[start:]`` follows "had", "had been" or "had been scheduled to"."""
    return _PAST_PERFECT.search(text, max(lo, start - 40), start) is not None


# A cue after the expression counts this many times as far as one before it: a time adjunct
# mostly follows its verb ("Reagan will visit Europe in June, the White House said"), and a
# cue after it is often a later clause's ("said on Monday it will repurchase"). Measured on
# Reuters-21578, with the cue changes made with it (plans, "is to", "since", -ed adjectives,
# abbreviations): of the 64 year-less weekday/month values they moved, 52 became right, 7
# wrong, 5 neither (hand check). On TempEval-3 it moved one value, a fix; 1.5 moved none and
# 3 swapped as many Reuters values right as wrong.
AFTER = 2


def _nearest(cues: list[Cue], skip: tuple[int, int]) -> str | None:
    """The tense of the cue nearest to ``skip`` outside it, one after it counting ``AFTER``
    times as far; of two as near the longer ("planned to" over "planned")."""
    ranked = [
        (skip[0] - end, start - end, tense)
        if end <= skip[0]
        else (AFTER * (start - skip[1]), start - end, earlier)
        for start, end, tense, earlier in cues
        if not (end > skip[0] and start < skip[1]) and (end <= skip[0] or earlier is not None)
    ]
    return min(ranked)[2] if ranked else None


def sentence_tense(
    text: str, start: int, end: int, bounds: Sequence[int] = (), cues: Cues | None = None
) -> str | None:
    """Tense of the verb nearest to ``text[start:end]``, first in its clause, else its sentence.

    A heuristic without a parse: past-tense forms (irregular list, or -ed words not right after
    a determiner or -ly adverb; after "was"/"is" they take its tense), "will"-like cues and
    plans ("is to", "planned a rally"), present "is/are/says"; a cue after the expression
    counts ``AFTER`` times as far. A preposition of ``tense_prepositions`` right before the
    expression decides alone ("since Friday": past), as does a noun of ``tense_nouns_after``
    right after it ("June futures": future).
    ``bounds`` (``sentence_bounds(text)``) and ``cues`` (``Cues(text)``) may be passed to be
    shared between the expressions of a text.
    """
    before = text[max(0, start - 20) : start]
    for preposition, fixed in context().tense_prepositions:
        if preposition.search(before):
            return fixed
    for noun, fixed in context().tense_nouns_after:
        if noun.match(text, end, end + 40):
            return fixed
    bounds = bounds or sentence_bounds(text)
    cues = Cues(text) if cues is None else cues
    i = bisect.bisect_right(bounds, start)
    lo, hi = (bounds[i - 1] if i else 0), (bounds[i] if i < len(bounds) else len(text))
    cuts = [lo, *(m.start() for m in _CLAUSE_END.finditer(text, lo, hi)), hi]
    j = bisect.bisect_right(cuts, start)
    clause = (cuts[j - 1], cuts[j] if j < len(cuts) else hi)
    # A quotation ends between the expression and a verb after it: that verb reports the
    # speech ('"... will leave at 4 a.m. Thursday," Castro said'), it does not date it.
    quote = _QUOTE.search(text, end, hi)
    for window in (clause, (lo, hi)):
        found = cues.within(*window)
        if quote is not None:
            found = [cue for cue in found if cue[0] < quote.start()]
        tense = _nearest(found, (start, end))
        if tense is not None:
            return tense
    return None
