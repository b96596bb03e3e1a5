"""Blank-pipeline Docs with hand-set entities, for the tests of the entity rules."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

NLP = spacy.blank("en")


def doc_of(text: str, ents: tuple[tuple[str, str], ...] = ()) -> Doc:
    """``text`` tokenised, with each ``(words, label)`` of ``ents`` an entity at its first
    occurrence."""
    doc = NLP(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    return doc
