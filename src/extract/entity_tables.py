"""Figures of a table row that the NER ran a name on into.

Contract: ``without_table_figures(doc)`` returns the Doc's entities with a name that ends in a
figure of the row it heads cut before that figure, which becomes a CARDINAL of its own
(GUIDELINES 3.1: a number is a CARDINAL; a number that is part of a name is not). Wire tables
put a country, a city or a line label before its figures ("Bolivia 13,761", "Stockton
2.78", "the\\nNetherlands 462,048 (532,299)"), and the NER, which has seen numbered names
("Boeing 767", "the Group of 77", "Teamsters Local 912"), reads the two as one name. A final
number is a figure of the row when

- it is written with thousands separators ("13,761"), which no name's number is;
- it stands apart from the name, after a line break or a run of spaces (a table's columns);
- or what comes before it is a country, nationality or US state ("France 419").

The label of a results line ("Revs 6,598,580 vs 5,921,828") is no name at all.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["Bolivia", "13,761", "and", "Boeing", "767"],
...           ents=["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG"])
>>> [(e.text, e.label_) for e in without_table_figures(doc)]
[('Bolivia', 'PERSON'), ('13,761', 'CARDINAL'), ('Boeing 767', 'ORG')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.entity_bounds import NAME_LABELS
from extract.entity_countries import known_places

_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def without_table_figures(doc: Doc) -> list[Span]:
    """The Doc's entities, each name cut before the table figures it ends in (module doc); a
    name of figures alone ("6,339.3    51.0") is their CARDINALs.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["CORP", "  ", "0", "  ", "1", "10353", "  ",
    ...           "10336"], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG", "I-ORG",
    ...           "I-ORG"])
    >>> ents = without_table_figures(doc)
    >>> [(e.text, e.label_[0]) for e in ents]
    [('CORP', 'O'), ('0', 'C'), ('1', 'C'), ('10353', 'C'), ('10336', 'C')]
    """
    ents: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            ents.append(ent)
            continue
        figures: list[Span] = []
        while (name_end := _name_end(ent)) > ent.start and _is_figure(ent, name_end):
            figures.insert(0, Span(doc, ent.end - 1, ent.end, label="CARDINAL"))
            ent = Span(doc, ent.start, name_end, label=ent.label_)
        if figures and len(ent) == 1 and ent[0].like_num:
            ent = Span(doc, ent.start, ent.end, label="CARDINAL")
        if figures and _compared(figures[-1]):
            ents.extend(figures)  # "Revs 6,598,580 vs 5,921,828": a results line's label
        else:
            ents.extend([ent, *figures])
    return ents


def _compared(figure: Span) -> bool:
    """Whether ``vs`` follows the figure: a results table's line ("Revs 6,598,580 vs
    5,921,828"), whose label names no one."""
    after = next((t for t in figure.doc[figure.end :] if not t.is_space), None)
    return after is not None and after.lower_ in ("vs", "vs.")


def _name_end(ent: Span) -> int:
    """The token index where the name before the entity's last token ends (spaces skipped)."""
    end = ent.end - 1
    while end > ent.start and ent.doc[end - 1].is_space:
        end -= 1
    return end


def _is_figure(ent: Span, name_end: int) -> bool:
    """Whether the last token of ``ent`` is a figure of the row the name before it (up to
    ``name_end``) heads."""
    doc, token = ent.doc, ent[-1]
    if not any(c.isdigit() for c in token.text) or not token.like_num:
        return False
    gap = doc.text[doc[name_end - 1].idx + len(doc[name_end - 1]) : token.idx]
    apart = "\n" in gap or len(gap) > 1
    name = " ".join(doc[ent.start : name_end].text.lower().split())
    place = name.removeprefix("the ") in known_places()
    return bool(_THOUSANDS.fullmatch(token.text)) or apart or place
