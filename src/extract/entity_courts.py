"""Courts named with their district or circuit.

Contract: ``court_names(doc)`` returns the Doc's entities with each court name that runs on
into ``for the ... District`` or ``for the ... Circuit``, or opens with its circuit's number
(``the 11th U.S. Circuit Court of Appeals``), as one ORG over the whole name:
``the U.S. District Court for the District of Massachusetts``, ``the U.S. Court of Appeals for
the Ninth Circuit``, ``the U.S. Bankruptcy Court for the Southern District of New York``. The
NER cuts such names at ``for``, into a court and a place (``the Western District`` LOC, ``New
York`` GPE); OntoNotes writes the court's own ``for`` phrase inside its name, as it writes ``the
State Council of Cuba`` (GUIDELINES 3.2, nesting: no place inside), and a name of several words
that heads its noun phrase takes its ``the`` (3.3).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

# A court's name up to its district or circuit: "for the Southern District of New York", "for
# the District of Columbia", "for the Ninth Circuit": at most two words before District/Circuit,
# and at most two capitalised words of a place after "of" (a third is the next phrase's: "of New
# York Judge").
_COURT_FOR_DISTRICT = re.compile(
    r"\bCourt(?:\s+of\s+(?:Appeals|Claims))?\s+for\s+the\s+"
    r"(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){0,2}(?:District|Circuit)\b"
    r"(?:\s+of\s+(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?))?"
)
# A circuit's court named by its number first: "the 9th U.S. Circuit Court of Appeals", "the
# 11th Circuit U.S. Court of Appeals" (the NER leaves a numeral ordinal out as an ORDINAL).
_NUMBERED_CIRCUIT = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|Eleventh)\s+(?:U\.S\.\s+)?Circuit\s+(?:U\.S\.\s+)?Court(?:\s+of\s+Appeals?)?"
)
# The words before "Court" a court's name may open with: "U.S. District", "Federal Bankruptcy".
_NAME_WORDS = 4


def court_names(doc: Doc) -> list[Span]:
    """The Doc's entities with each court and its district or circuit one ORG (see the module
    doc).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("in the U.S. District Court for the District of Massachusetts on")
    >>> doc.ents = [Span(doc, 2, 3, "GPE"), Span(doc, 6, 10, "GPE")]
    >>> [(e.text, e.label_) for e in court_names(doc)]
    [('the U.S. District Court for the District of Massachusetts', 'ORG')]
    """
    ents = list(doc.ents)
    courts = [*_COURT_FOR_DISTRICT.finditer(doc.text), *_NUMBERED_CIRCUIT.finditer(doc.text)]
    for found in courts:
        court = doc.char_span(found.start(), found.end(), alignment_mode="contract")
        if court is None or court.end_char != found.end():
            continue  # the place's last word is only part of a token ("Columbia-based")
        start = court.start
        while start > 0 and court.start - start < _NAME_WORDS and _name_word(doc[start - 1]):
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        name = Span(doc, start, court.end, label="ORG")
        if any(e.start < name.start < e.end or e.start < name.end < e.end for e in ents):
            continue  # an entity runs across the name's edge: not the name's words
        ents = [e for e in ents if e.end <= name.start or e.start >= name.end] + [name]
    return sorted(ents, key=lambda e: e.start)


def _name_word(token: Token) -> bool:
    """A capitalised word or abbreviation, "District", "U.S.", but no function word opening a
    sentence ("In U.S. District Court")."""
    return token.text[:1].isupper() and not token.is_stop
