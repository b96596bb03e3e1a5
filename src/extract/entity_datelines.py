"""The place of a dateline: the capitalised city that opens a wire story is a GPE.

Contract: ``dateline_entities(doc)`` returns the Doc's entities with the place of a dateline at
the start of its text labelled GPE (GUIDELINES.md 3.2): ``HAVANA (Reuters) -``, ``MOSCOW,
November 1. /TASS/.``, ``BUDAPEST, Hungary (AP) _``. The NER sees that place in capitals, on
a line of its own, with no sentence around it, and reads it as an ORG about as often as a place
(OntoNotes has few datelines to learn it from). A dateline (``data/entities/datelines.json``)
is one to four capitalised words, then optionally a region (``, N.Y.``), a date (``, March
24``), the wire (``(Reuters)``, ``/TASS/.``) and a dash, of which it needs at least the date,
the wire or the dash: ``IBM, which ...`` is no dateline. A dateline that names no place
(``UNITED NATIONS``, ``not_places``) gets the label given there.

Entities the place's words hold alone are replaced; one that runs past the place (``BUDAPEST,
Hungary`` as one entity) is left as the NER read it. Offsets stay the Doc's.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["HAVANA", "(", "Reuters", ")", "-", "Cars"],
...           spaces=[True, False, False, True, True, False],
...           ents=["B-ORG", "O", "B-ORG", "O", "O", "O"])
>>> [(e.text, e.label_) for e in dateline_entities(doc)]
[('HAVANA', 'GPE'), ('Reuters', 'ORG')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from extract.data_files import entries


@cache
def datelines() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(id, pattern)`` of every dateline form (``datelines.json``)."""
    return tuple(
        (e["id"], re.compile(e["pattern"])) for e in entries("entities/datelines.json", "datelines")
    )


@cache
def not_places() -> dict[str, str]:
    """Upper-case dateline words that name no place, each with its label."""
    return {e["words"]: e["label"] for e in entries("entities/datelines.json", "not_places")}


def dateline_place(text: str) -> tuple[int, int] | None:
    """Character offsets of the place of the dateline that opens ``text``, or None.

    >>> text = "SMITHTOWN, N.Y., March 24 - Showers"
    >>> start, end = dateline_place(text)
    >>> text[start:end]
    'SMITHTOWN'
    >>> dateline_place("IBM, which makes computers, said") is None
    True
    """
    for _, pattern in datelines():
        match = pattern.match(text)
        if match and (match["date"] or match["wire"] or match["dash"]):
            return match.start("place"), match.end("place")
    return None


def dateline_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with its dateline's place labelled (see above)."""
    place = dateline_place(doc.text)
    span = doc.char_span(*place) if place is not None else None
    if span is None:
        return list(doc.ents)
    label = not_places().get(" ".join(span.text.split()), "GPE")
    held = [e for e in doc.ents if e.start < span.end and span.start < e.end]
    if any(e.start < span.start or e.end > span.end for e in held):
        return list(doc.ents)
    kept = [e for e in doc.ents if e not in held]
    return sorted([*kept, Span(doc, span.start, span.end, label=label)], key=lambda e: e.start)
