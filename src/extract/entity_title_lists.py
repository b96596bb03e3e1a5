"""Names listed after a plural title: the people a title noun in the plural introduces.

Contract: ``listed_people(doc)`` returns the Doc's entities with the names listed after a
plural title (``relations/lexicon.json``, ``titles``, with an ``s``) labelled PERSON, when all
of them are shaped like people's names (``entity_titles.person_shaped``) and the NER read at
least one of them so: ``three former Viacom executives, Terrence A. Elkes, George C. Catell
and Kenneth F. Gorman``. A list with a firm in it, or one the NER read none of as a person, is
left as read. Entities change which tokens they cover, never their offsets.

>>> import spacy
>>> words = ["two", "astronauts", ",", "Leonid", "Popov", "and", "Valery", "Riumin", "."]
>>> doc = Doc(spacy.blank("en").vocab, words=words,
...           ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O"])
>>> [(e.text, e.label_) for e in listed_people(doc)]
[('Leonid Popov', 'PERSON'), ('Valery Riumin', 'PERSON')]
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from extract.data_files import entries
from extract.entity_titles import NAME_WORD, PARTICLES, person_shaped


@cache
def plural_titles() -> frozenset[str]:
    """Plurals of every title noun, occupations included: ``executives``, ``astronauts``."""
    words = entries("relations/lexicon.json", "titles")
    return frozenset(entry["lower"] + "s" for entry in words)


def listed_people(doc: Doc) -> list[Span]:
    """The Doc's entities with the names listed after a plural title labelled PERSON when the
    NER read at least one of them so (see the module doc)."""
    ents = list(doc.ents)
    people = [
        member
        for token in doc
        if token.lower_ in plural_titles()
        for member in _listed_names(doc, token.i + 1, ents)
    ]
    if not people:
        return ents
    taken = {i for span in people for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *people], key=lambda span: span.start)


def _listed_names(doc: Doc, comma: int, ents: list[Span]) -> list[Span]:
    """The names of "<title>s, A, B and C" from the comma on, as PERSON spans, or nothing when
    they are not all person-shaped, none is a PERSON already or an entity runs past one."""
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    members: list[tuple[int, int]] = []
    i, last = comma + 1, False
    while True:
        while i < len(doc) and doc[i].is_space:
            i += 1
        end = i
        while end < len(doc) and (
            doc[end].is_space or NAME_WORD.fullmatch(doc[end].text) or doc[end].lower_ in PARTICLES
        ):
            end += 1
        while end > i and doc[end - 1].is_space:
            end -= 1
        if end == i:
            return []
        members.append((i, end))
        nxt = doc[end] if end < len(doc) else None
        if last or nxt is None:
            break
        if nxt.text == "," and end + 1 < len(doc) and doc[end + 1].lower_ == "and":
            i, last = end + 2, True
        elif nxt.text == ",":
            i = end + 1
        elif nxt.lower_ == "and":
            i, last = end + 1, True
        else:
            return []
    if len(members) < 2 or not last:
        return []
    spans = [Span(doc, start, end, label="PERSON") for start, end in members]
    if not all(person_shaped([t for t in span if not t.is_space]) for span in spans):
        return []
    overlapping = [(e, s) for e in ents for s in spans if e.start < s.end and s.start < e.end]
    if any(e.start < s.start or e.end > s.end for e, s in overlapping):
        return []  # an entity runs past a name: the NER read something else there
    return spans if any(e.label_ == "PERSON" for e, _ in overlapping) else []
