"""The word lists the name-consistency rules read (``data/entities/consistency.json``).

Contract: each function returns one list's lower-case words: ``generic_first_words()`` and
``generic_last_words()`` that begin or end many firms' names, ``firm_last_words()`` that end a
firm's name written without a legal form and ``firm_closing_words()`` those of them that close
a name on their own, ``company_nouns()`` that make the name after them a company's and
``publication_nouns()`` those of them that name a newspaper or magazine,
``apposed_company_nouns()`` those that say so heading an apposition, ``lowercase_names()``
names the wire writes in lower case (``the contra rebels``). ``consistency.json``'s
notes say what each list is for and why a word is in it.

>>> firm_closing_words() <= firm_last_words(), "industries" in firm_closing_words()
(True, True)
>>> publication_nouns() <= company_nouns(), "newspaper" in publication_nouns()
(True, True)
"""

from __future__ import annotations

from functools import cache

from extract.data_files import entries


@cache
def company_nouns() -> frozenset[str]:
    """Lower-case nouns that, right before a one-word name, make it a company."""
    return _words_of("company_nouns")


@cache
def publication_nouns() -> frozenset[str]:
    """The ``company_nouns`` that name a newspaper or magazine (``publication``)."""
    return _words_of("company_nouns", marked="publication")


@cache
def apposed_company_nouns() -> frozenset[str]:
    """The ``company_nouns`` that, heading an apposition right after a name, make it a company:
    none that names a person's trade too (``producer``, ``major``; ``person``) nor a paper."""
    people = _words_of("company_nouns", marked="person")
    return company_nouns() - people - publication_nouns()


@cache
def generic_first_words() -> frozenset[str]:
    """Lower-case words many company names begin with."""
    return _words_of("generic_first_words")


@cache
def firm_last_words() -> frozenset[str]:
    """Lower-case words that end company names written without a legal form (``Bank``,
    ``Association``)."""
    return _words_of("firm_last_words")


@cache
def firm_closing_words() -> frozenset[str]:
    """The ``firm_last_words`` that close a firm's name on their own, where no legal form
    follows (``Connaught BioSciences``, ``Chris Craft Industries``; ``closes``)."""
    return _words_of("firm_last_words", marked="closes")


@cache
def generic_last_words() -> frozenset[str]:
    """Lower-case words many company names end in before the legal form."""
    return _words_of("generic_last_words")


@cache
def lowercase_names() -> frozenset[str]:
    """Names the wire writes in lower case, which stay names where a lone lower-case word is
    none (``entity_bounds.without_lowercase_names``)."""
    return _words_of("lowercase_names")


def _words_of(key: str, marked: str | None = None) -> frozenset[str]:
    """The words of the list ``key``, only those with ``marked`` set where it is given."""
    return frozenset(
        entry["word"]
        for entry in entries("entities/consistency.json", key)
        if marked is None or entry.get(marked)
    )
