"""A date that modifies a noun leaves the noun's article out, read off the parse.

Contract: ``without_noun_articles(matches, doc)`` returns ``matches`` with each mention that
opens with "the" and only modifies a noun after it starting past that "the": "the fourth
quarter GDP rise" gives "fourth quarter", "in the afternoon session" "afternoon", "the Spring
meetings" "Spring" (GUIDELINES 5.2: `the 1991 collapse` gives `1991`; OntoNotes leaves the
article out of a season, weekend or part of the day before a noun 17 times in 18). The value
stays: the article places no time. ``dates_spans.without_article`` does the same where the
words alone show it ("the 1991 collapse", "the March 5 meeting"); the rest needs the parse.

>>> from extract.timex import Dct
>>> from extract.dates import find_dates
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["The", "weekend", "talks", "failed", "."],
...           pos=["DET", "NOUN", "NOUN", "VERB", "PUNCT"], heads=[2, 2, 3, 3, 3],
...           deps=["det", "compound", "nsubj", "ROOT", "punct"])
>>> [doc.text[m.start : m.end] for m in
...  without_noun_articles(find_dates(doc.text, Dct("1987-03-18", "metadata")), doc)]
['weekend']
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extract.dates_spans import POSSESSIVE_AFTER, has_time_word

if TYPE_CHECKING:
    from extract.dates import DateMatch

_THE = re.compile(r"the\s+", re.IGNORECASE)
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_PREPOSITIONS = frozenset({"ADP", "SCONJ"})  # "During" is a subordinator to the parser
# Prepositions that open a time phrase before a clause ("Over the weekend talks were held");
# not "of" or "to", nor a subordinator ("that", "while"), after which the noun phrase is
# the date's noun's ("most of the first quarter growth", "that the first quarter loss would").
_TIME_PREPOSITIONS = frozenset(
    {"in", "during", "over", "for", "at", "on", "since", "after", "before", "within",
     "throughout", "through", "until", "by", "following"}
)  # fmt: skip
_AUXILIARIES = frozenset({"have"})
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
# A noun that names a stretch of time is the date's own head, not a noun it modifies: "the
# summer months", "the late February period", "the 1986/87 season" are one date each.
_TIME_SPANS = frozenset({"period", "periods", "season", "seasons"})
# "the future", "the past" and "the present" are times only as nouns (ref.future, ref.past,
# ref.present); before a noun they are adjectives ("the future cost", "the current plan").
_ADJECTIVES = frozenset({"future", "past", "present", "current"})


def without_noun_articles(matches: Sequence[DateMatch], doc: Doc) -> list[DateMatch]:
    """The matches, each whose "the" belongs to a noun it modifies starting past the article,
    and none that is then only "future", "past", "present" or "current": the adjective ("the
    future cost of abandoning a field"), which names no time."""
    found = (_without_noun_article(m, doc) for m in matches)
    return [m for m in found if m is not None]


def _without_noun_article(match: DateMatch, doc: Doc) -> DateMatch | None:
    the = _THE.match(doc.text, match.start, match.end)
    if the is None or POSSESSIVE_AFTER.match(doc.text, match.end):
        # "the previous January's level": a date that is the possessor is a noun phrase of its
        # own, and "the" opens it
        return match
    span = doc.char_span(match.start, match.end, alignment_mode="contract")
    if span is None or len(span) < 2 or not _modifies_a_noun(span):
        return match
    if doc.text[the.end() : match.end].lower() in _ADJECTIVES:
        return None
    return dataclasses.replace(match, start=the.end())


def _modifies_a_noun(span: Span) -> bool:
    """Whether ``span``'s article opens a common noun after it on which the date hangs,
    directly or through other words of the noun phrase ("the fourth quarter GDP rise":
    "quarter" on "GDP" on "rise"), and the parse can be trusted on it."""
    article, head = span[0], span.root.head
    noun = article.head
    if article.dep_ != "det" or noun.i < span.end or noun.pos_ != "NOUN" or noun.is_title:
        return False
    if not span.end <= head.i <= noun.i:
        return False
    if noun.lower_ in _TIME_SPANS or has_time_word([noun.lower_]):
        return False
    if not any(t.pos_ in {"VERB", "AUX"} for t in noun.sent):
        # "commitments ... in the fourth agreement year amount to 2.8 mln tonnes": a sentence
        # without a verb is one whose verb the tagger took for a noun, maybe this one
        return False
    return not _subject_run_in(span, noun) and not _between_auxiliary_and_verb(span)


def _between_auxiliary_and_verb(span: Span) -> bool:
    """Whether a preposition and an auxiliary stand right before ``span``: the time phrase
    is an adverbial between the auxiliary and its verb ("may in the future recommend business
    strategies", "has in the past suggested future membership"), whatever the parse says;
    the tagger reads some such "has" as the main verb."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].pos_ not in _PREPOSITIONS:
        return False
    before = doc[span.start - 2]
    return before.pos_ == "AUX" or before.lemma_ in _AUXILIARIES


def _subject_run_in(span: Span, noun: Token) -> bool:
    """Whether the parser ran a time phrase opened by a preposition into the subject of the
    clause that follows it: the noun is a subject ("Over the weekend talks were held"), a
    finite verb follows it in a sentence the phrase opens ("During the day banks buy") or its
    verb has no subject and the noun is the one it lacks ("In the third agreement year sales
    totaled 6.9 mln tonnes"). The date heads its own phrase there. After a phrase inside the
    sentence a finite verb is more often the verb of a noun before it ("Elements in the fourth
    quarter GDP rise included", "most of the first quarter growth is")."""
    opener = span.doc[span.start - 1] if span.start else None
    if opener is None or opener.lower_ not in _TIME_PREPOSITIONS:
        return False
    if noun.dep_ in _SUBJECTS:
        return True
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if opener.is_sent_start and after is not None and after.tag_ in _FINITE:
        return True
    verb = noun.head
    return (
        verb.pos_ == "VERB"
        and verb.i > noun.i
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    )
