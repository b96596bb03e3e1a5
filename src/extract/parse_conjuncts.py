"""Repairs of coordinated names: a titled name the parser read into the name before it, and an
apposition it hung on the wrong one of two names.

Contract: ``repair_titled_conjuncts(doc)`` makes the second of two coordinated people, where the
second has a title of its own, a conjunct of the first: in "signed by Prime Minister Rajiv
Gandhi and President Reagan", the retrained parser hangs "Reagan" on "Rajiv" as ``flat``, as if
"Rajiv Gandhi and President Reagan" were one name, so no rule sees that Reagan signed too. Where
a PERSON, "and", a title (``relation_phrases.prefix_of``, maybe after the name of the country or
body it is held in: "and Iraqi Deputy Prime Minister Tariq Aziz") and a second PERSON follow
each other, and the second name hangs below the first, the second becomes the first's ``conj``,
"and" its ``cc``, and the words of its title and of itself that hung outside them hang on it.
Returns how many it re-hung.

``repair_conjunct_appositions(doc)`` hangs an apposition on the name right before it, where the
parser hung it on the first of two coordinated names: in "Lee Hamilton, chairman of the House
committee, and Daniel Inouye, chairman of the Senate panel", the second chairman is Inouye's.
Returns how many it re-hung.

>>> import spacy
>>> words = ["by", "Ann", "Lee", "and", "President", "Reagan"]
>>> doc = Doc(spacy.blank("en").vocab, words=words,
...           pos=["ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN"],
...           deps=["case", "ROOT", "flat", "cc", "nmod:desc", "flat"],
...           heads=[1, 1, 1, 4, 5, 1], ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON"])
>>> repair_titled_conjuncts(doc), doc[5].dep_, doc[5].head.text, doc[3].head.text
(1, 'conj', 'Ann', 'Reagan')
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from extract.parse_repairs import NAMES
from extract.relation_phrases import prefix_of

# What may stand between "and" and the title: the country or body the office is held in.
HOLDERS = frozenset({"NORP", "GPE", "ORG"})


def repair_titled_conjuncts(doc: Doc) -> int:
    """Make a titled name read into the name before it that name's conjunct (module doc)."""
    moves = []
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for first, second in pairwise(people):
        start = _titled_start(doc, second)
        if start is None or start - first.end != 1 or doc[first.end].lower_ != "and":
            continue
        head, words = second.root, doc[start : second.end]
        if not first.root.is_ancestor(head):
            continue
        if head.dep_ == "conj" and head.head.i == first.root.i and _whole(words, head):
            continue  # the parse is right
        moves.append((first, words, head))
    for first, words, head in moves:
        inside = range(words.start, words.end)
        for token in words:
            if token.i != head.i and token.head.i not in inside:
                token.head, token.dep_ = head, "flat" if token.ent_type_ == "PERSON" else "compound"
        head.head, head.dep_ = first.root, "conj"
        doc[words.start - 1].head, doc[words.start - 1].dep_ = head, "cc"
    return len(moves)


def repair_conjunct_appositions(doc: Doc) -> int:
    """Hang an apposition on the name right before it, where the parser hung it on the first of
    two coordinated names ("Lee Hamilton, chairman of the House committee, and Daniel Inouye,
    chairman of the Senate panel": the second chairman is Inouye's).

    >>> import spacy
    >>> words = ["Lee", ",", "chairman", ",", "and", "Dan", ",", "chairman", ",", "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           deps=["nsubj", "punct", "appos", "punct", "cc", "conj", "punct", "appos",
    ...                 "punct", "ROOT"], heads=[9, 2, 0, 5, 5, 0, 7, 0, 9, 9],
    ...           ents=["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    >>> repair_conjunct_appositions(doc), doc[7].head.text
    (1, 'Dan')
    """
    moves = []
    for token in doc:
        if token.dep_ != "appos" or token.head.i >= token.i:
            continue
        between = [
            c for c in token.head.children
            if c.dep_ == "conj" and token.head.i < c.i < token.i and c.ent_type_ in NAMES
        ]  # fmt: skip
        if between:
            moves.append((token, between[-1]))
    for apposition, name in moves:
        apposition.head = name
    return len(moves)


def _whole(words: Span, head: Token) -> bool:
    """Whether every word of ``words`` but ``head`` hangs inside them."""
    inside = range(words.start, words.end)
    return all(t.i == head.i or t.head.i in inside for t in words)


def _titled_start(doc: Doc, name: Span) -> int | None:
    """Where the title before ``name`` starts, with the holder before it ("Iraqi"), or
    ``None`` where no title comes right before the name."""
    title = prefix_of(name[0])
    if title is None:
        return None
    words = doc.char_span(title[0], title[1], alignment_mode="expand")
    if words is None:
        return None
    start = words.start
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.ent_type_ in HOLDERS and before.ent_iob_ != "O":
        while start > 0 and doc[start - 1].ent_type_ == before.ent_type_:
            start -= 1
            if doc[start].ent_iob_ == "B":
                break
    return start
