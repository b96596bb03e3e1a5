"""Hedges the NER left out of a number: ``doubling output to around 40,000 vans``.

Contract: ``hedged_numbers(doc)`` returns the Doc's entities with every CARDINAL that a hedge
of ``data/money/qualifiers.json`` (one written before a number) directly precedes run back over
it (GUIDELINES.md 3.4: hedges are inside): ``around 40,000``, ``some 70``, ``up to 100,000``,
where the NER read ``40,000``, ``70``, ``100,000``. A hedge that is as often a preposition
(``qualifiers.json``, ``prepositions``: ``under three categories``) stays out, and so do a
change's particle (``rose up to 5 from 3``, ``the index is up to 4065.4``, ``edging up to
72.7``), a second hedge (``over more than 100 loans``), a table's column word after the
spaces that align it (``Jul/May  3-1/4   over 3-1/2``) and a word inside another entity.
MONEY and PERCENT take their hedges in their own stages. Offsets stay the Doc's.

>>> import spacy
>>> doc = spacy.blank("en")("doubling output to around 40,000 vans")
>>> doc.ents = [Span(doc, 4, 5, "CARDINAL")]
>>> [(e.text, e.label_) for e in hedged_numbers(doc)]
[('around 40,000', 'CARDINAL')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from extract.data_files import entries
from extract.money_tables import form_key, load_tables

# Characters before a number a hedge is looked for in ("well in excess of").
HEDGE_WINDOW = 40
_FROM_AFTER = re.compile(r"\s+from\b", re.IGNORECASE)


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(e["word"] for e in entries("money/qualifiers.json", "prepositions"))


def hedged_numbers(doc: Doc) -> list[Span]:
    """The Doc's entities with a CARDINAL run back over the hedge before it (see above)."""
    return [_hedged(ent) or ent for ent in doc.ents]


def _hedged(ent: Span) -> Span | None:
    if ent.label_ != "CARDINAL" or not any(t.like_num for t in ent):
        return None
    doc = ent.doc
    hedge = load_tables().before.search(
        doc.text, max(0, ent.start_char - HEDGE_WINDOW), ent.start_char
    )
    if hedge is None or doc.text[max(0, hedge.start() - 2) : hedge.start()] == "  ":
        return None  # "Jul/May  3-1/4   over 3-1/2": a table's column word
    words = form_key(hedge.group())
    if words in _prepositions():
        return None  # "under three categories"
    if _opens_with_hedge(ent):
        return None  # "over more than 100 loans": the entity has its hedge
    if load_tables().change_before.match(hedge.group()) and _changed(ent, hedge.start()):
        return None  # "the index is up to 4065.4": the particle of a change
    span = doc.char_span(hedge.start(), ent.end_char, label="CARDINAL")
    if span is None or any(t.ent_type_ for t in doc[span.start : ent.start]):
        return None
    return span


def _opens_with_hedge(ent: Span) -> bool:
    """Whether the entity's first words are a hedge already ("more than 100")."""
    qualifiers = load_tables().qualifiers
    words = [t.text for t in ent if not t.is_space]
    return any(form_key(" ".join(words[:n])) in qualifiers for n in range(1, 4))


def _changed(ent: Span, particle: int) -> bool:
    """Whether "up to" before ``ent`` is a change's particle: "from" follows the number ("rose
    up to 5 from 3"), a form of "be" comes before the particle ("is up to 4065.4"), or the
    number is a level, with a decimal point or a fraction ("edging up to 72.7")."""
    doc = ent.doc
    before = doc.char_span(particle, particle + 1, alignment_mode="expand")
    verb = before[0].nbor(-1) if before is not None and before.start > 0 else None
    level = any(c in ent.text for c in "./")
    be = verb is not None and verb.lemma_.lower() == "be"
    return bool(_FROM_AFTER.match(doc.text, ent.end_char)) or be or level
