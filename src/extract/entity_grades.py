"""Crude oil grades the NER reads as people, firms or places: ``April Brent``, ``West Texas
Intermediate``, ``Dubai crude``.

Contract: ``crude_grades(doc)`` returns the Doc's entities with every mention of a grade of
``data/entities/crude_grades.json`` a PRODUCT (GUIDELINES.md 3.1: a named product; OntoNotes v4
train: ``West Texas Intermediate crude`` PRODUCT 2 of 3). A grade's ``kind`` says where it is
one:

- ``name``: a name only a grade bears (``West Texas Intermediate``, ``WTI``, ``Arab Light``),
  at every mention;
- ``word``: a word that names people and firms too (``Brent Walker``, ``Brent Scowcroft``),
  where the text marks it as a grade and at its other mentions in the text, unless a noun of
  another kind follows (``the Brent field``) or a capitalised word (``Brent Walker``);
- ``place``: a place or oil field a grade is named after (``Dubai``, ``Ekofisk``), only where
  the text marks it.

A mention is marked by a crude noun right after it (``Brent crude``, ``Tapis blend``), or by a
month right before it in a text that speaks of crude (``April Brent``, a futures month). The
crude noun stays outside the PRODUCT; so does the month, which the dates stage reads. An entity
the NER stretched over a mention loses those words too: ``West Texas Intermediate Crude Oil``
ORG is the PRODUCT ``West Texas Intermediate``; a place read with it keeps its own words and
label (``North Sea Brent`` LOC: LOC ``North Sea``, PRODUCT ``Brent``). A mention inside any
other longer name is no grade (``Brent Walker Group Plc``, ``W. Brent``). Offsets stay the
Doc's.

>>> import spacy
>>> words = ["April", "Brent", "fell", "and", "WTI", "crude", "rose", ".", "Brent", "fell"]
>>> doc = Doc(spacy.blank("en").vocab, words=words,
...           ents=["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "O", "B-PERSON", "O"])
>>> [(e.text, e.label_) for e in crude_grades(doc)]
[('Brent', 'PRODUCT'), ('WTI', 'PRODUCT'), ('Brent', 'PRODUCT')]
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.entity_titles import word_after

GRADE_LABEL = "PRODUCT"
# Labels the NER gives a grade's name; a DATE, number or amount over it is read on purpose.
MISREAD_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "EVENT"})
# Labels of a place read together with a grade after it, which keeps its own words (not
# ``entities.PLACE_LABELS``: a nationality read with a grade is no place of its own).
PLACES_BEFORE_GRADE = frozenset({"GPE", "LOC"})
# A word the NER reads into a grade's name after its crude noun ("Crude Oil").
CRUDE_TAIL_WORDS = frozenset({"oil"})
MONTHS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:])


@dataclass(frozen=True)
class _Mention:
    """Tokens ``start:end`` naming a grade, and the words of entities read with it."""

    start: int
    end: int
    words: tuple[str, ...]
    kind: str
    place_start: int | None  # where a place read with the grade starts, before ``start``
    place_label: str
    marked: bool


def crude_grades(doc: Doc) -> list[Span]:
    """The Doc's entities, each mention of a crude oil grade a PRODUCT (see the module doc)."""
    mentions = _mentions(doc)
    marked = {m.words for m in mentions if m.marked}
    grades = [m for m in mentions if m.marked or (m.kind == "word" and m.words in marked)]
    if not grades:
        return list(doc.ents)
    ents = [e for e in doc.ents if not any(_overlaps(e, m) for m in grades)]
    for m in grades:
        ents.append(Span(doc, m.start, m.end, label=GRADE_LABEL))
        if m.place_start is not None:
            ents.append(Span(doc, m.place_start, m.start, label=m.place_label))
    return sorted(ents, key=lambda e: e.start)


def _overlaps(ent: Span, mention: _Mention) -> bool:
    """Whether ``ent`` shares a token with ``mention`` (an entity the grade replaces)."""
    return ent.start < mention.end and mention.start < ent.end


def _mentions(doc: Doc) -> list[_Mention]:
    """Every grade name in the Doc with what stands around it."""
    found = []
    speaks_of_crude = "crude" in doc.text.lower()
    i = 0
    while i < len(doc):
        mention = _mention_at(doc, i, speaks_of_crude)
        if mention is None:
            i += 1
            continue
        found.append(mention)
        i = mention.end
    return found


def _mention_at(doc: Doc, i: int, speaks_of_crude: bool) -> _Mention | None:
    """The grade whose name starts at token ``i``, the longest one, if it can stand there."""
    for words, kind in _grades().get(doc[i].text, ()):
        end = i + len(words)
        if tuple(t.text for t in doc[i:end]) != words:
            continue
        around = _entities_around(doc, i, end)
        if around is None:
            return None
        place_start, place_label = around
        month_before = place_start is None and _month_before(doc, i) and speaks_of_crude
        after = word_after(doc, end - 1)
        marked = kind == "name" or month_before or _is_crude_noun(after)
        if not marked and kind == "word" and after is not None and _blocks_a_repeat(after):
            return None
        return _Mention(i, end, words, kind, place_start, place_label, marked)
    return None


def _entities_around(doc: Doc, start: int, end: int) -> tuple[int | None, str] | None:
    """Whether the entities over tokens ``start:end`` may give way to a grade there: None if
    not; else the start and label of a place read with it before ``start`` ((None, "") if
    none)."""
    place: tuple[int | None, str] = (None, "")
    for ent in doc.ents:
        if ent.end <= start or ent.start >= end:
            continue
        if ent.label_ not in MISREAD_LABELS:
            return None
        tail = [t.lower_ for t in doc[end : ent.end]]
        if tail and (tail[0] not in _crude_nouns() or set(tail[1:]) - CRUDE_TAIL_WORDS):
            return None  # "Brent Walker Group Plc"
        head = doc[ent.start : start]
        if head and not all(t.text in MONTHS for t in head):
            if ent.label_ not in PLACES_BEFORE_GRADE:
                return None  # "W. Brent"
            place = (ent.start, ent.label_)  # "North Sea Brent"
    return place


def _month_before(doc: Doc, start: int) -> bool:
    """Whether a month's name stands right before token ``start`` ("April Brent")."""
    return start > 0 and doc[start - 1].text in MONTHS


def _is_crude_noun(word: Token | None) -> bool:
    return word is not None and word.lower_ in _crude_nouns()


def _blocks_a_repeat(word: Token) -> bool:
    """Whether ``word``, right after it, says an unmarked mention is no grade: a capitalised
    word that goes on the name, or a noun of another kind ("the Brent field")."""
    return word.is_title or (word.pos_ in ("NOUN", "PROPN") and not _is_crude_noun(word))


@cache
def _grades() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The grades by first word, the longest name first."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for entry in entries("entities/crude_grades.json", "grades"):
        words = tuple(entry["name"].split())
        by_first.setdefault(words[0], []).append((words, entry["kind"]))
    for names in by_first.values():
        names.sort(key=lambda name: -len(name[0]))
    return by_first


@cache
def _crude_nouns() -> frozenset[str]:
    return frozenset(
        entry["word"] for entry in entries("entities/crude_grades.json", "crude_nouns")
    )
