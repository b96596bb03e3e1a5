"""The words that close a firm's or a body's name, and the words that can be part of one.

Contract: ``closes_a_name(token)`` says whether a token is a legal form that closes the name
before it: capitalised (``linking.json``, ``legal_forms``: ``Co``, ``Inc``, ``Corp``, ``Plc``
...; not one that opens a hyphenated word, ``Co-managers``) or, as wire copy sometimes writes
it, in lower case after a name (``data/entities/firms.json``, ``lower_case_forms``: ``Video
Jukebox Network inc``), or a designator right after a firm's name (``firms.json``,
``designators_after_a_name``: ``Chase Manhattan Bank NA``); ``head_noun(token)`` whether it
is a capitalised organisation noun (``firms.json``, ``heads``: ``Bank``, ``Association``);
``business_word(token)`` whether it is a word firms' names end in where no legal form follows
(``consistency.json``, ``firm_last_words`` that ``closes``: ``Chris Craft Industries``); and
``name_word(token)`` whether it can be a word of the name (capitalised, or initials).
``entity_firms`` reads the names these words close.

>>> import spacy
>>> from spacy.tokens import Span
>>> doc = spacy.blank("en")("Vista Chemical co and Co-managers")
>>> doc.ents = [Span(doc, 0, 2, "ORG")]
>>> [closes_a_name(t) for t in doc]
[False, False, True, False, False, False, False]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from extract.data_files import entries
from extract.entity_name_words import firm_closing_words
from extract.entity_sentences import legal_form

# Labels a firm's name may swallow: names the NER read in pieces or got wrong.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
_WORD = re.compile(r"[A-Z][A-Za-z]*(?:['\u2019.][A-Za-z]+)*\.?|(?:[A-Z]\.)+")


def closes_a_name(token: Token) -> bool:
    """Whether ``token`` closes a firm's name: a capitalised legal form that opens no
    hyphenated word, a lower-case one right after a name, or a designator right after a
    firm's name ("Chase Manhattan Bank NA")."""
    return (
        (legal_form(token) and not _prefix(token)) or _lower_case_form(token) or _designator(token)
    )


@cache
def designators() -> frozenset[str]:
    """Short forms that close a firm's name after one (``firms.json``,
    ``designators_after_a_name``)."""
    return frozenset(
        form
        for entry in entries("entities/firms.json", "designators_after_a_name")
        for form in entry["forms"]
    )


def _designator(token: Token) -> bool:
    """Whether ``token`` is a designator right after a firm's name: after an organisation noun,
    a legal form or a word the NER read as an ORG ("Marine Midland Bank NA", "Trust Co NA"),
    not alone or in a table's columns ("Shr NA", "Stocks    N.A.    N.A.": not available)."""
    if token.text not in designators() or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.is_space and "\n" not in before.text:
        return False  # "End Stocks    N.A.    N.A.": a table's columns
    if before.is_space and token.i > 1 and "\n\n" not in before.text:
        before = token.doc[token.i - 2]
    if before.text in designators():
        return False
    return head_noun(before) or legal_form(before) or before.ent_type_ == "ORG"


@cache
def lower_case_forms() -> frozenset[str]:
    """Legal forms that close a name in lower case (``data/entities/firms.json``)."""
    return frozenset(entry["word"] for entry in entries("entities/firms.json", "lower_case_forms"))


def _lower_case_form(token: Token) -> bool:
    """Whether ``token`` is a legal form in lower case that closes the name before it: "Video
    Jukebox Network inc", "Vista Chemical co", "Gas co." (two capitalised words or one the NER
    read as a name), not "Parent co net turnover" or "Lynch co-managed"."""
    doc, i = token.doc, token.i
    if token.text.rstrip(".") not in lower_case_forms() or i == 0:
        return False
    if i + 1 < len(doc) and not token.whitespace_ and doc[i + 1].text == "-":
        return False
    before = doc[i - 1]
    if not (before.text[:1].isupper() and name_word(before)):
        return False
    if before.ent_type_ in NAME_LABELS:
        return True
    return i >= 2 and doc[i - 2].text[:1].isupper() and name_word(doc[i - 2])


def _prefix(token: Token) -> bool:
    """Whether ``token`` opens a hyphenated word: "Co" of "Co-managers" or "Co-op" is no legal
    form, but "Co" of "Merrill Lynch and Co-backed" is (a firm with a participle after it)."""
    doc, i = token.doc, token.i
    if token.whitespace_ or i + 2 >= len(doc) or doc[i + 1].text != "-":
        return False
    return not doc[i + 2].lower_.endswith("ed")


def name_word(token: Token) -> bool:
    """Whether ``token`` can be a word of a firm's name: capitalised, or initials ("J.C.")."""
    return _WORD.fullmatch(token.text) is not None and token.text.lower() != "the"


@cache
def head_nouns() -> frozenset[str]:
    """Lower-case nouns that close an organisation's name (``data/entities/firms.json``)."""
    return frozenset(entry["word"] for entry in entries("entities/firms.json", "heads"))


def head_noun(token: Token) -> bool:
    """Whether ``token`` is a capitalised organisation noun (``Bank``, ``Association``)."""
    return token.text[:1].isupper() and token.lower_ in head_nouns()


def business_word(token: Token) -> bool:
    """Whether ``token`` is a capitalised word a firm's name ends in (``Industries``,
    ``Laboratories``) that no legal form follows: "Chris Craft Industries <CCN>"; "Hazleton
    Laboratories Corp" ends in its form."""
    if not (token.text[:1].isupper() and token.lower_ in firm_closing_words()):
        return False
    after = token.i + 1
    if after < len(token.doc) and token.doc[after].is_space and "\n\n" not in token.doc[after].text:
        after += 1
    return after >= len(token.doc) or not closes_a_name(token.doc[after])
