"""Blank-pipeline Docs with hand-set entities, for the tests of the entity rules."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

NLP = spacy.blank("en")


def doc_of(text: str, ents: tuple[tuple[str, str], ...] = ()) -> Doc:
    """``text`` tokenised, with each ``(words, label)`` of ``ents`` an entity at its first
    occurrence that no entity before it in ``ents`` holds."""
    doc = NLP(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        while any(s.start_char < start + len(words) and start < s.end_char for s in spans):
            start = text.index(words, start + 1)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    return doc


def tagged_doc(spec: str) -> Doc:
    """``word/LABEL`` tokens: ``Bayou/B-ORG Resources/I-ORG Inc/I-ORG said/O``, a bare word
    outside any entity; ``|`` starts a sentence."""
    words, ents, starts = [], [], []
    new_sentence = True
    for item in spec.split():
        if item == "|":
            new_sentence = True
            continue
        word, _, tag = item.rpartition("/") if "/" in item[1:] else (item, "", "O")
        words.append(word)
        ents.append(tag)
        starts.append(new_sentence)
        new_sentence = False
    return Doc(NLP.vocab, words=words, ents=ents, sent_starts=starts)


def pos_doc(spec: str) -> Doc:
    """``word/POS/IOB`` tokens (``Brent/PROPN/B-PERSON``); a bare ``word/POS`` is outside any
    entity; ``|`` starts a sentence."""
    words, pos, ents, starts = [], [], [], []
    new_sentence = True
    for item in spec.split():
        if item == "|":
            new_sentence = True
            continue
        word, tag, *iob = item.split("/")
        words.append(word)
        pos.append(tag)
        ents.append(iob[0] if iob else "O")
        starts.append(new_sentence)
        new_sentence = False
    return Doc(NLP.vocab, words=words, pos=pos, ents=ents, sent_starts=starts)


def entity_offsets(text: str, *mentions: tuple[str, str]) -> list[tuple[int, int, str]]:
    """Entity offsets for ``(phrase, label)`` pairs, each found after the previous one."""
    found, position = [], 0
    for phrase, label in mentions:
        start = text.index(phrase, position)
        found.append((start, start + len(phrase), label))
        position = start + len(phrase)
    return found
