"""Firms named after people: the person's name a firm's name opens with.

Contract: ``people_read(doc)`` are the names of two words or more the NER reads as a
person's and nothing marks as the person, and those a title marks: a title noun before a
mention or in an apposition after it ("Mario Gabelli, head of", "Philip Crosby Jr, executive
vice president", "chairman Li Ka-shing"); a mention after a place and a comma says nothing
either way ("Halifax, Nova Scotia"). ``founder_name(core, read)`` is the longest of the
first a firm's name opens with: ``900,000 Hal Roach shares`` names ``Hal Roach Studios Inc``,
whose short name it is (``entity_short_names``).

>>> founder_name(["Hal", "Roach", "Studios"], frozenset({("Hal", "Roach")}))
('Hal', 'Roach')
>>> founder_name(["Hal", "Roach", "Studios"], frozenset({("Roach",)})) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extract.entities import PLACE_LABELS, name_words
from extract.entity_titles import title_words, word_after, word_before

# Words of an apposition after a person's name a title noun is looked for in ("Philip Crosby
# Jr, executive vice president").
APPOSITION_WORDS = 4


def people_read(doc: Doc) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The words of the people's names the NER reads and nothing marks as a person's (see
    above), and those a title marks ("its chairman Hal Roach", "Philip Crosby Jr, executive
    vice president"), with their first words of two or more."""
    read: set[tuple[str, ...]] = set()
    titled: set[tuple[str, ...]] = set()
    for ent in doc.ents:
        words = name_words(ent)
        if ent.label_ != "PERSON" or len(words) < 2:
            continue
        if _after_a_place(doc, ent.start):
            continue  # "Halifax, Nova Scotia": no person's name, and no title's
        if _titled(ent):
            titled.update(words[:size] for size in range(2, len(words) + 1))
        else:
            read.add(words)
    return frozenset(read - titled), frozenset(titled)


def founder_name(
    core: Sequence[str], people_read: frozenset[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The longest name of ``people_read`` (two words or more) that ``core``, a firm's name
    without its legal form, opens with, else None."""
    for size in range(len(core), 1, -1):
        if tuple(core[:size]) in people_read:
            return tuple(core[:size])
    return None


def _after_a_place(doc: Doc, start: int) -> bool:
    """Whether token ``start`` follows a place and a comma, as a state or country follows its
    town: "Halifax, Nova Scotia" (read as a person) is a place, no founder of "Nova Scotia
    Power Ltd"."""
    comma = word_before(doc, start)
    if comma is None or comma.text != ",":
        return False
    place = word_before(doc, comma.i)
    return place is not None and place.ent_type_ in PLACE_LABELS


def _titled(ent: Span) -> bool:
    """Whether a lower-case title noun comes right before ``ent`` or within the first words of
    an apposition after it. (``entity_titles.follows_title`` asks a person-shaped name too,
    which a hyphenated one, tokenized apart, is not: "chairman Li Ka-shing".)"""
    doc = ent.doc
    before = word_before(doc, ent.start)
    if before is not None and before.is_lower and before.lower_ in title_words():
        return True
    comma = word_after(doc, ent.end - 1)
    if comma is None or comma.text != ",":
        return False
    after = doc[comma.i + 1 : comma.i + 1 + APPOSITION_WORDS]
    return any(t.is_lower and t.lower_ in title_words() for t in after)
