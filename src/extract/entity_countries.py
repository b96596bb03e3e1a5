"""Country names: the gazetteer, and two ways the NER misreads a country (``entity_abbreviations``
repairs its misread dotted abbreviations).

Contract: ``names_country(text)`` and ``in_countries(words)`` look names up in
``data/entities/countries.json``; ``pair_entities(doc)`` returns the Doc's entities with
hyphenated pairs split and ``country_entities(doc)`` with countries labelled GPE,
nationalities NORP and regions LOC (GUIDELINES.md 3.2, GPE). Offsets stay the Doc's.
``known_places()`` are the countries, nationalities, US states and Canadian provinces of the
entity gazetteers.

- **A hyphenated pair of countries or nationalities** is split at the hyphen (GUIDELINES.md
  3.3): ``U.S.-Japan`` gives GPE ``U.S.`` and GPE ``Japan``, ``U.S.-Japanese`` GPE ``U.S.`` and
  NORP ``Japanese``, ``Soviet-West German`` two NORPs, where the NER labels the whole, one half
  or neither. A pair inside a longer name stays in it (``the Iran-Iraq war`` as an EVENT,
  ``U.S.-USSR Grains Supply Agreement``), and so does a chain of three (``India-Pakistan-Gulf``).
- **A country read as a person, nationality, place or organisation** (``Argentina announced``
  as a PERSON, ``Sri Lanka`` as a NORP, ``the United Arab Emirates`` as an ORG) is a GPE: an
  entity that is a country's name and nothing else. So is a world city read as a person
  (``Rotterdam's port``, ``data/entities/cities.json``), but not one read as an organisation:
  firms are named after cities. Not where it is part of a longer name the
  NER cut (a capitalised word before or after it: ``the Uruguay Round``, ``Alcan New Zealand``,
  ``Citicorp Investment Bank (Switzerland) AG``), nor a person the document names in full
  (``Vernon Jordan`` ... ``Jordan``). In the same way an adjective of nationality alone read as
  a place or a person (``Kuwaiti`` as a GPE) is a NORP, and a part of the world read as a
  country, a firm or a person (``East Africa``, ``the Persian Gulf`` as a GPE, ``Third World
  countries`` as an ORG) a LOC. A name set right after ``the
  capital`` or a country's capital (``the Nigerian capital, Abuja``, ``Nigeria's capital
  Abuja``), alone up to a comma or a lower-case word, is a GPE whatever the NER read.

>>> names_country("U.S.-Japan"), sorted(in_countries(["Soviet", "Union"]))
(True, [0, 1])
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.data_files import entries
from extract.entity_titles import word_after, word_before

_PARTS = re.compile(r"[\s/-]+")
HYPHENS = frozenset({"-", "\u2013"})
MAX_NAME_TOKENS = 4


@cache
def countries() -> frozenset[str]:
    """Country names, lower case (``data/entities/countries.json``)."""
    return frozenset(e["name"].lower() for e in entries("entities/countries.json", "countries"))


@cache
def dotted_abbreviations() -> frozenset[str]:
    """The countries' names written with full stops, as written: "U.S.", "U.K.", "U.S.S.R."."""
    return frozenset(
        e["name"] for e in entries("entities/countries.json", "countries") if "." in e["name"]
    )


@cache
def cities() -> frozenset[str]:
    """World cities the NER reads as people, as written: "Rotterdam", "Buenos Aires"."""
    return frozenset(e["name"] for e in entries("entities/cities.json", "cities"))


@cache
def regions() -> frozenset[str]:
    """Parts of the world that are no country, lower case: "east africa", "latin america"."""
    return frozenset(e["name"].lower() for e in entries("entities/countries.json", "regions"))


@cache
def nationalities() -> frozenset[str]:
    """Adjectives of nationality, as written: "Japanese", "West German"."""
    return frozenset(e["name"] for e in entries("entities/countries.json", "nationalities"))


@cache
def peoples() -> frozenset[str]:
    """A nation's people as a plural noun, as written: the nationalities with an "s" that can
    take one ("Americans", "Kuwaitis"; not "Chinese", "French", "Philippines", a country) and
    ``countries.json``'s ``peoples`` ("Britons", "Swedes")."""
    plurals = {f"{n}s" for n in nationalities() if not n.endswith(_NO_PLURAL_S)}
    listed = {e["name"] for e in entries("entities/countries.json", "peoples")}
    return frozenset(p for p in plurals | listed if p.lower() not in countries())


# Endings of a nationality that takes no plural "s": "Japanese", "Swiss", "British", "Dutch",
# "Icelandic", "Malagasy", "Kyrgyz".
_NO_PLURAL_S = ("ese", "s", "sh", "ch", "ic", "y", "z")


@cache
def known_places() -> frozenset[str]:
    """Lower-case names of countries, nationalities, US states and Canadian provinces (the
    entity gazetteers)."""
    states = (e["state"].lower() for e in entries("entities/states.json", "states"))
    return countries() | {n.lower() for n in nationalities()} | frozenset(states)


@cache
def nationality_words() -> frozenset[str]:
    """Lower-case nationalities that name no country too ("british"; not "kuwait")."""
    return frozenset(n.lower() for n in nationalities()) - countries()


@cache
def names_after_abbreviation() -> frozenset[str]:
    """Lower-case words that make a name with a country's abbreviation before them."""
    return frozenset(
        e["word"] for e in entries("entities/countries.json", "names_after_abbreviation")
    )


def names_country(text: str) -> bool:
    """Whether a name holds a country, alone or in a pair: "Japan", "U.S.-Canada", "U.K./Soviet
    Union".

    >>> names_country("U.S.-Canada"), names_country("United States"), names_country("Louvre")
    (True, True, False)
    """
    return bool(in_countries([p for p in _PARTS.split(text) if p]))


def in_countries(words: list[str]) -> set[int]:
    """The indices of ``words`` that a country's name of one to four words covers.

    >>> sorted(in_countries(["the", "Soviet", "Union", "and", "Cuba"]))
    [1, 2, 4]
    """
    return {
        k
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
        if " ".join(words[i:j]).lower() in countries()
        for k in range(i, j)
    }


def pair_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with each hyphenated pair of countries or nationalities split into
    its two names (see above).

    >>> import spacy
    >>> doc = spacy.blank("en")("Soviet-West German ventures with Cuba-Russia ties")
    >>> [(e.text, e.label_) for e in pair_entities(doc)]
    [('Soviet', 'NORP'), ('West German', 'NORP'), ('Cuba', 'GPE'), ('Russia', 'GPE')]
    """
    ents = list(doc.ents)
    for hyphen in doc:
        if hyphen.text not in HYPHENS or not _glued(hyphen):
            continue
        left, right = _name_beside(hyphen, before=True), _name_beside(hyphen, before=False)
        if left is None or right is None or _glued_mark(doc, left.start - 1):
            continue
        if _glued_mark(doc, right.end, after=True):
            continue
        overlapping = [e for e in ents if e.start < right.end and e.end > left.start]
        if any(e.start < left.start or e.end > right.end for e in overlapping):
            continue  # inside a longer name: "the Iran-Iraq war"
        ents = [e for e in ents if e not in overlapping] + [left, right]
    return sorted(ents, key=lambda e: e.start)


def _glued(hyphen: Token) -> bool:
    """Whether the hyphen joins the words either side of it, with no space."""
    return (
        0 < hyphen.i < len(hyphen.doc) - 1
        and not hyphen.whitespace_
        and (not hyphen.doc[hyphen.i - 1].whitespace_)
    )


def _glued_mark(doc: Doc, i: int, after: bool = False) -> bool:
    """Whether token ``i`` is a hyphen or slash glued to the name beside it: a chain."""
    if not 0 <= i < len(doc) or doc[i].text not in HYPHENS | {"/"}:
        return False
    return not doc[i - 1].whitespace_ if after else not doc[i].whitespace_


def _name_beside(hyphen: Token, before: bool) -> Span | None:
    """The longest country or nationality right before (or after) the hyphen."""
    doc = hyphen.doc
    room = hyphen.i if before else len(doc) - hyphen.i - 1
    for size in range(min(MAX_NAME_TOKENS, room), 0, -1):
        start = hyphen.i - size if before else hyphen.i + 1
        if (span := _country_or_nationality(doc, start, start + size)) is not None:
            return span
    return None


def _country_or_nationality(doc: Doc, start: int, end: int) -> Span | None:
    """``doc[start:end]`` as a GPE if it names a country, a NORP if a nationality, else None;
    a name's words are capitalised and one space apart."""
    words = doc[start:end]
    if not words[0].text[:1].isupper() or any(t.whitespace_ not in ("", " ") for t in words[:-1]):
        return None
    text = words.text
    if text.lower() in countries():
        return Span(doc, start, end, label="GPE")
    if text in nationalities():
        return Span(doc, start, end, label="NORP")
    return None


# Labels a country's name may wrongly carry; an EVENT, LAW or a number keeps its own.
COUNTRY_MISREAD = frozenset({"PERSON", "NORP", "LOC", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
# A nationality read as a place or a person ("Kuwaiti" as a GPE); not an ORG ("American" is
# the airline's short name) nor a LANGUAGE.
NATIONALITY_MISREAD = frozenset({"GPE", "LOC", "FAC", "PERSON"})
# A nation's people read as anything but a nationality ("Spaniards" as an ORG; no firm's short
# name is one).
PEOPLE_MISREAD = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART"})


def country_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with each one that is a country's name alone labelled GPE (see above).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Argentina", "announced", "a", "freeze"],
    ...           ents=["B-PERSON", "O", "O", "O"])
    >>> [(e.text, e.label_) for e in country_entities(doc)]
    [('Argentina', 'GPE')]
    """
    surnames = {
        e[-1].text
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e) > 1
        and _without_article(e).text.lower() not in countries()
        and _without_article(e).text not in cities()
    }
    ents = []
    for ent in doc.ents:
        if ent.label_ in COUNTRY_MISREAD and _country_alone(ent, surnames):
            ent = Span(doc, ent.start, ent.end, label="GPE")
        elif ent.label_ == "PERSON" and _city_alone(ent, surnames):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "Rotterdam's port"
        elif ent.label_ in CAPITAL_MISREAD and _named_capital(ent):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "the Nigerian capital, Abuja"
        elif ent.label_ in NATIONALITY_MISREAD and _nationality_alone(ent):
            ent = Span(doc, ent.start, ent.end, label="NORP")
        elif ent.label_ in PEOPLE_MISREAD and _people_alone(ent):
            ent = Span(doc, ent.start, ent.end, label="NORP")  # "Britons" as an ORG
        elif ent.label_ in REGION_MISREAD and _without_article(ent).text.lower() in regions():
            ent = Span(doc, ent.start, ent.end, label="LOC")  # "East Africa": no country
        ents.append(ent)
    return ents


# Labels the NER gives a part of the world ("the Third World" as an ORG); a nationality's
# adjective stays one ("Caribbean nations").
REGION_MISREAD = frozenset({"GPE", "ORG", "PERSON"})
# Labels the NER gives a capital city it does not know ("the Nigerian capital, Abuja" as ORG).
CAPITAL_MISREAD = frozenset({"ORG", "PERSON", "LOC", "FAC"})


def _named_capital(ent: Span) -> bool:
    """Whether ``ent`` is named as a capital: right after "the capital", "the Nigerian capital"
    or "Nigeria's capital", with no capitalised word after it; after a comma, an apposition
    closed by punctuation ("in the capital, Cubans sang" names no capital)."""
    doc = ent.doc
    i = ent.start - 1
    after = word_after(doc, ent.end - 1)
    if i >= 0 and doc[i].text == ",":
        if after is not None and after.text not in (",", ".", ";", ")"):
            return False
        i -= 1
    if i < 1 or doc[i].text != "capital":
        return False
    before = doc[i - 1]
    owner = before.lower_ == "the" or before.ent_type_ in ("NORP", "GPE")
    if before.lower_ in ("'s", "\u2019s") and i > 1:
        owner = doc[i - 2].ent_type_ == "GPE"
    return owner and (after is None or not after.text[:1].isupper())


def _nationality_alone(ent: Span) -> bool:
    """An adjective of nationality and nothing else, no capitalised word beside it."""
    return ent.text in nationalities() and _no_name_beside(ent)


def _people_alone(ent: Span) -> bool:
    """A nation's people ("Britons") and nothing else, no capitalised word beside it."""
    return ent.text in peoples() and _no_name_beside(ent)


def _country_alone(ent: Span, surnames: set[str]) -> bool:
    words = _without_article(ent)
    if words.text.lower() not in countries():
        return False
    if ent.label_ == "PERSON" and words[-1].text in surnames:
        return False  # "Vernon Jordan" ... "Jordan"
    before, after = word_before(ent.doc, ent.start), word_after(ent.doc, ent.end - 1)
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        return False  # "Citicorp Investment Bank (Switzerland) AG"
    return _no_name_beside(ent)


def _city_alone(ent: Span, surnames: set[str]) -> bool:
    """A world city's name (``data/entities/cities.json``) and nothing else, no person's surname
    in the document."""
    words = _without_article(ent)
    return words.text in cities() and words[-1].text not in surnames and _no_name_beside(ent)


def _no_name_beside(ent: Span) -> bool:
    """Whether no capitalised word (but a sentence's first) stands right before or after."""
    before, after = word_before(ent.doc, ent.start), word_after(ent.doc, ent.end - 1)
    return not any(
        word is not None and word.text[:1].isupper() and not word.is_sent_start
        for word in (before, after)
    )


def _without_article(ent: Span) -> Span:
    return ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
