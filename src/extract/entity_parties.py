"""Parties named by their adjective before a noun, which the NER leaves unlabelled.

Contract: ``party_adjectives(doc)`` returns the Doc's entities with a NORP over each party
adjective of ``data/entities/parties.json`` right before a lower-case noun that no entity
covers, or that the NER read alone as a person: ``the ruling Conservative party``,
``Conservative sources``, ``Labour leader Neil Kinnock`` (GUIDELINES.md 3.1: a political group
as an adjective is NORP). Left alone are a word that goes on a name (a proper noun before it:
``Progressive Conservative``), one after a hyphen (``anti-Communist``), one before anything but
a noun or an adjective (``Labour with 35 pct``, the party itself), and a word that is also a
common noun at a sentence's start (``Labour unrest has worsened``). Offsets stay the Doc's.

>>> import spacy
>>> words = ["The", "Conservative", "government", "and", "Labour", "with", "30", "pct"]
>>> doc = Doc(spacy.blank("en").vocab, words=words,
...           pos=["DET", "ADJ", "NOUN", "CCONJ", "PROPN", "ADP", "NUM", "NOUN"])
>>> [(e.text, e.label_) for e in party_adjectives(doc)]
[('Conservative', 'NORP')]
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries

# What may follow a party adjective: the noun it qualifies or an adjective before that noun
# ("Conservative economic policies").
_QUALIFIED = frozenset({"NOUN", "ADJ"})


@cache
def _adjectives() -> dict[str, bool]:
    """Each party adjective, and whether it is a common noun too."""
    return {
        e["word"]: bool(e.get("common_noun", False))
        for e in entries("entities/parties.json", "adjectives")
    }


def party_adjectives(doc: Doc) -> list[Span]:
    """The Doc's entities with a NORP over each party adjective before a noun (see above)."""
    covered = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    added = []
    for token in doc:
        ent = covered.get(token.i)
        misread = ent is not None and ent.label_ == "PERSON" and len(ent) == 1
        if (ent is None or misread) and _qualifies_a_noun(token):
            added.append(Span(doc, token.i, token.i + 1, label="NORP"))
    replaced = {span.start for span in added}
    kept = [ent for ent in doc.ents if ent.start not in replaced]
    return sorted([*kept, *added], key=lambda e: e.start)


def _qualifies_a_noun(token: Token) -> bool:
    """Whether ``token`` is a party adjective before a noun, no part of a longer word or name
    and, if it is a common noun too, not opening a sentence."""
    common_noun = _adjectives().get(token.text)
    if common_noun is None or token.i + 1 >= len(token.doc):
        return False
    if common_noun and token.is_sent_start:
        return False
    after = token.doc[token.i + 1]
    if not (after.is_alpha and after.is_lower and after.pos_ in _QUALIFIED):
        return False
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text != "-" and before.pos_ != "PROPN"
