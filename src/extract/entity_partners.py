"""Firms named by two partners and no legal form: ``Duff and Phelps``, ``Phillips and Drew``.

Contract: ``partner_names(doc)`` returns the Doc's entities with every ``X and Y`` of two
capitalised words labelled one ORG (GUIDELINES.md 3.2: a partnership named by its partners is
one ORG) where the document shows it is one name: it writes the pair twice or more, never
either word apart from it, and the NER read part of it as an ORG somewhere, and nowhere as a
place or a nationality. The NER cuts such a name at the ``and`` and often reads the first
partner as a person (``Duff`` + ``Phelps``). A pair with a capitalised word after it is part
of a longer name (``Telephone and Data Systems``), and one inside a longer entity stays in
it; two firms that also stand alone (``Chrysler and Ford``) are two names. Offsets stay the
Doc's.

``hyphenated_firms(doc)`` returns the Doc's entities with a name of two words joined by a
hyphen split into its two names, each an ORG, where the document names each alone as an ORG
(``the Texaco-Pennzoil dispute``, ``the TWA-USAir deal``; GUIDELINES.md 3.3: a hyphenated
compound of names is split at the hyphen).

>>> import spacy
>>> doc = spacy.blank("en")("Duff and Phelps rated it. Duff and Phelps said.")
>>> doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 3, "ORG"), Span(doc, 6, 7, "ORG")]
>>> [(e.text, e.label_) for e in partner_names(doc)]
[('Duff and Phelps', 'ORG'), ('Duff and Phelps', 'ORG')]
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from extract.entities import PLACE_LABELS

# The least number of times a document writes the pair for it to be a name.
MIN_REPEATS = 2


def _partner(token: Token) -> bool:
    """A capitalised word of letters, with no capital inside: "Duff", "Phelps"."""
    return token.is_alpha and token.is_title


def _pairs(doc: Doc) -> list[int]:
    """The index of the first partner of every "X and Y" that no capitalised word follows."""
    found = []
    for token in doc[1:-1]:
        if token.lower_ != "and" or "\n\n" in doc[token.i - 1].whitespace_ + token.whitespace_:
            continue
        first, second = doc[token.i - 1], doc[token.i + 1]
        if not (_partner(first) and _partner(second)):
            continue
        after = second.i + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after < len(doc) and doc[after].text[:1].isupper():
            continue  # "Telephone and Data Systems": a longer name
        found.append(first.i)
    return found


def partner_names(doc: Doc) -> list[Span]:
    """The Doc's entities with the partners' names the document shows labelled ORG (see the
    module docstring)."""
    starts = _pairs(doc)
    pairs = Counter((doc[i].text, doc[i + 2].text) for i in starts)
    words = Counter(t.text for t in doc)
    holder = {t.i: ent for ent in doc.ents for t in ent}
    names: dict[tuple[str, str], list[int]] = {}
    for i in starts:
        pair = (doc[i].text, doc[i + 2].text)
        repeats = pairs[pair]
        if repeats < MIN_REPEATS or words[pair[0]] != repeats or words[pair[1]] != repeats:
            continue  # a word the document also writes apart from the pair
        inside = {holder[k] for k in range(i, i + 3) if k in holder}
        if any(e.start < i or e.end > i + 3 for e in inside):
            continue  # part of a longer entity
        names.setdefault(pair, []).append(i)
    found: list[Span] = []
    for firsts in names.values():
        labels = {holder[k].label_ for i in firsts for k in (i, i + 2) if k in holder}
        if "ORG" in labels and not labels & PLACE_LABELS:
            found += [Span(doc, i, i + 3, label="ORG") for i in firsts]
    if not found:
        return list(doc.ents)
    taken = {k for span in found for k in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted([*kept, *found], key=lambda span: span.start)


def hyphenated_firms(doc: Doc) -> list[Span]:
    """The Doc's entities with a hyphenated pair of firms the document names alone split in
    two (see the module docstring).

    >>> import spacy
    >>> doc = spacy.blank("en")("Texaco rose. Pennzoil fell. The Texaco-Pennzoil case.")
    >>> doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 3, 4, "ORG"), Span(doc, 7, 10, "ORG")]
    >>> [e.text for e in hyphenated_firms(doc)]
    ['Texaco', 'Pennzoil', 'Texaco', 'Pennzoil']
    """
    alone = {ent.text for ent in doc.ents if ent.label_ == "ORG" and len(ent) == 1}
    ents: list[Span] = []
    for ent in doc.ents:
        words = [t.text for t in ent]
        pair = (
            ent.label_ in ("ORG", "PERSON")
            and len(ent) == 3
            and words[1] == "-"
            and not ent[0].whitespace_
            and not ent[1].whitespace_
            and words[0] in alone
            and words[2] in alone
        )
        if pair:
            ents += [
                Span(doc, ent.start, ent.start + 1, "ORG"),
                Span(doc, ent.end - 1, ent.end, "ORG"),
            ]
        else:
            ents.append(ent)
    return ents
