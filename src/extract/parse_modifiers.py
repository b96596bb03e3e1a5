"""Repairs of names the parser made the head of the noun phrase they only modify.

Contract: ``repair_based_names(doc)`` makes the name after "X-based" the head of its phrase:
in "completed the acquisition of San Diego-based Southwest Bancorp", the retrained parser makes
"San" the object of "of" and hangs "Bancorp" on it as ``flat``, with "based" as a modifier of
"Bancorp", so every rule that reads the phrase's head takes the place for the firm. Where the
head of the phrase holding "based" is a token of the entity right before "-based", or hangs
on one, that head takes the entity's place in the clause (its head and label), and the entity
hangs on "based" as its ``obl:npmod`` (UD's reading of "San Diego-based"). Returns how many it
re-hung.

>>> import spacy
>>> words = ["of", "San", "Diego", "-", "based", "Southwest", "Bancorp"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, False, True,
...           True, False], pos=["ADP", "PROPN", "PROPN", "PUNCT", "VERB", "PROPN", "PROPN"],
...           deps=["case", "ROOT", "flat", "punct", "amod", "compound", "flat"],
...           heads=[1, 1, 1, 2, 6, 6, 1],
...           ents=["O", "B-GPE", "I-GPE", "O", "O", "B-ORG", "I-ORG"])
>>> repair_based_names(doc), doc[6].dep_, doc[1].head.text, doc[0].head.text
(1, 'ROOT', 'based', 'Bancorp')
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def repair_based_names(doc: Doc) -> int:
    """Make the name after "X-based" the head of its phrase (see the module doc)."""
    moved = 0
    for ent in doc.ents:
        end = ent.end
        if end + 2 >= len(doc) or doc[end].text != "-" or doc[end + 1].lower_ != "based":
            continue
        based = doc[end + 1]
        head = _phrase_head(based)
        inside = range(ent.start, ent.end)
        if head.i <= based.i or head.head.i not in inside:
            continue  # the parse is right: "based" modifies a phrase of its own
        root = next(t for t in ent if t.head.i not in inside or t.head.i == t.i)
        _rehang(doc, root, head, based)
        moved += 1
    return moved


def _phrase_head(based: Token) -> Token:
    """The noun "based" modifies, up through the ``compound`` and ``flat`` links after it."""
    head = based.head
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    return head


def _rehang(doc: Doc, root: Token, head: Token, based: Token) -> None:
    """``head`` takes ``root``'s place in the clause and ``root`` hangs on "based"; of what hung
    on ``root``, the words before the place and after "based" go on ``head`` ("of San Diego
    ... Bancorp for cash": "of" and "cash" are the phrase's) and the place's own words stay."""
    hung = [t for t in doc if t.head.i == root.i and t.i not in (root.i, head.i)]
    for token in hung:
        if token.i < root.i or token.i > based.i:
            token.head = head
    if root.head.i == root.i:
        head.head, head.dep_ = head, "ROOT"
    else:
        head.head, head.dep_ = root.head, root.dep_
    root.head, root.dep_ = based, "obl:npmod"
