"""Dotted country abbreviations (``U.S.``, ``U.K.``) the NER misreads in wire copy.

Contract: ``abbreviation_entities(doc)`` returns the Doc's entities with the two misreadings
below repaired (GUIDELINES.md 2, "Dirty text", and 3.2, GPE); offsets stay the Doc's.
``company_noun_after_abbreviation(token)`` says whether a token is a company noun such copy
capitalised after one (``entity_firms`` reads no firm's name over it).

- **A capitalised common noun after the abbreviation.** Part of Reuters-21578 capitalises the
  word after ``U.S.`` or ``U.K.`` as if a sentence had ended there (``the U.S. Action``, ``U.S.
  Frustration over``, ``a China-U.S. Textile agreement``), and the NER reads the two as one ORG
  or PERSON. An entity that is the abbreviation and one such word, with no capitalised word
  after it, is the GPE alone. It stays a name where the word makes one with the abbreviation
  (``names_after_abbreviation``: ``U.S. Treasury``, ``U.K. Parliament``, ``U.S. Sprint``) or
  where the document names a firm so (``U.S. Lines`` of ``U.S. Lines Inc``, ``U.S. Steel <X>``).
  Where the word describes the name the entity runs on to, the name is an ORG of its own: a
  company noun before it (``consistency.json``, ``company_nouns``: ``its U.S. Subsidiary Toyota
  Motor Manufacturing USA Inc``, ``the U.K. Firm Cable and Wireless Plc``), or a title and
  ``with``, ``at``, ``of`` or ``for`` (``Peter Spencer, U.K. Economist with Credit Suisse``).
- **An abbreviation cut short.** Scraped text loses what follows a full stop it took for a
  sentence's end: ``to undermine U. Those subsidies``. A lone ``U.`` that no name's word comes
  before (an initial: ``Lloyd U. Noland``) and a sentence's first word or nothing comes after is
  a GPE; whatever name the NER ran on into the next sentence (``the U. Litvinov``) is dropped
  from the ``U.`` on.

>>> import spacy
>>> doc = Doc(spacy.blank("en").vocab, words=["The", "U.S.", "Action", "will", "hurt"],
...           ents=["B-ORG", "I-ORG", "I-ORG", "O", "O"])
>>> [(e.text, e.label_) for e in abbreviation_entities(doc)]
[('U.S.', 'GPE')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.entities import named_in_full
from extract.entity_countries import dotted_abbreviations, names_after_abbreviation
from extract.entity_firm_words import head_nouns
from extract.entity_name_words import company_nouns
from extract.entity_titles import title_words, word_after, word_before

# Words before the abbreviation inside an entity: "the U.S. Action", "anti-U.S. Sentiment".
LEADING_WORDS = frozenset({"the", "a", "an", "another", "anti", "non", "pro", "-"})
# What joins a title to its employer's name: "U.K. Economist with Credit Suisse".
_EMPLOYER_CASES = frozenset({"with", "at", "of", "for"})
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_INITIAL = re.compile(r"[A-Z]\.")


def abbreviation_entities(doc: Doc) -> list[Span]:
    """The Doc's entities with the two misreadings of a dotted country abbreviation repaired
    (see above)."""
    ents = list(doc.ents)
    for token in doc:
        if token.text in dotted_abbreviations():
            ents = _without_common_noun(ents, token)
        elif _cut_short(token):
            ents = [e for e in ents if e.end <= token.i or e.start > token.i]
            ents.append(Span(doc, token.i, token.i + 1, label="GPE"))
    return sorted(ents, key=lambda e: e.start)


def _without_common_noun(ents: list[Span], abbreviation: Token) -> list[Span]:
    """``ents`` with the one entity of the abbreviation and a common noun after it (``the U.S.
    Action``) made the abbreviation's GPE."""
    for k, ent in enumerate(ents):
        if not ent.start <= abbreviation.i < ent.end:
            continue
        before = [t for t in ent[: abbreviation.i - ent.start] if not t.is_space]
        after = [t for t in ent[abbreviation.i - ent.start + 1 :] if not t.is_space]
        if not all(t.lower_ in LEADING_WORDS for t in before):
            return ents
        gpe = Span(ent.doc, abbreviation.i, abbreviation.i + 1, label="GPE")
        if _one_word(after) and _common_noun(after[0], ent, after[-1], ents):
            return [*ents[:k], gpe, *ents[k + 1 :]]
        described = _described_name(ent, after)
        if described is not None:
            name = Span(ent.doc, described, ent.end, label="ORG")
            return [*ents[:k], gpe, name, *ents[k + 1 :]]
        return ents
    return ents


def _described_name(ent: Span, after: list[Token]) -> int | None:
    """Where the name starts that the capitalised common noun after the abbreviation in ``ent``
    describes (``after``: the entity's words from that noun on): the next word after a company
    noun (``Subsidiary Toyota Motor ...``), unless a capitalised word follows the entity (``The
    U.S. Producer Price Index``: the noun starts a longer term); the word after ``with``, ``at``,
    ``of`` or ``for`` after a title (``Economist with Credit Suisse``)."""
    if len(after) < 2:
        return None
    following = word_after(ent.doc, ent.end - 1)
    cut = following is not None and following.text[:1].isupper()
    if company_noun_after_abbreviation(after[0]) and not cut:
        start = 1
    elif _capitalised(after[0], title_words()) and after[1].lower_ in _EMPLOYER_CASES:
        start = 2
    else:
        return None
    if start >= len(after) or not after[start].text[:1].isupper():
        return None
    return after[start].i


def _one_word(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are one word: a token, or hyphenated ones (``Anti-trust``)."""
    return len(tokens) == 1 or (
        len(tokens) == 3
        and tokens[1].text == "-"
        and not tokens[0].whitespace_
        and not tokens[1].whitespace_
    )


@cache
def _describing_nouns() -> frozenset[str]:
    """Company nouns that close no organisation's name (``firm``, ``subsidiary``; not the
    ``bank`` of ``U.S. Bank``, which ``entity_firms`` reads as a name), with their plurals."""
    nouns = company_nouns() - head_nouns()
    return nouns | {f"{noun}s" for noun in nouns}


def _title_shaped(token: Token) -> bool:
    """Whether ``token`` is a word in the title shape that makes no name with the abbreviation
    before it (``names_after_abbreviation``: ``Treasury``)."""
    return (
        _TITLE_WORD.fullmatch(token.text) is not None
        and token.lower_ not in names_after_abbreviation()
    )


def _capitalised(token: Token, nouns: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``nouns``, title-shaped (``_title_shaped``)."""
    return _title_shaped(token) and token.lower_ in nouns


def company_noun_after_abbreviation(token: Token) -> bool:
    """Whether ``token`` is a company noun the source capitalised after a country's dotted
    abbreviation (``its U.S. Subsidiary Toyota Motor Manufacturing USA Inc``): it describes
    the name after it and is no word of it."""
    before = word_before(token.doc, token.i)
    return (
        before is not None
        and before.text in dotted_abbreviations()
        and _capitalised(token, _describing_nouns())
    )


def _common_noun(word: Token, ent: Span, last: Token, among: list[Span]) -> bool:
    """Whether the one word after the abbreviation in ``ent`` (``word`` to ``last``) is a common
    noun the source capitalised: a word of the title shape that no capitalised word, firm's
    ticker or legal form follows, and that names nothing with the abbreviation here (among the
    entities repaired so far)."""
    if not _title_shaped(word):
        return False
    following = word_after(word.doc, last.i)
    if following is not None and (following.text[:1].isupper() or following.text == "<"):
        return False
    name = [t for t in ent if not t.is_space and t.lower_ not in LEADING_WORDS]
    return not named_in_full(ent, name, among)


def _cut_short(token: Token) -> bool:
    """Whether ``token`` is a dotted abbreviation's first letter left alone by a cut (``U.``):
    no name's word before it, a capitalised word, a paragraph break or nothing after it, and
    not the first half of a spaced ``U. S.``."""
    if not _INITIAL.fullmatch(token.text) or not any(
        a.startswith(token.text) for a in dotted_abbreviations()
    ):
        return False
    previous = word_before(token.doc, token.i)
    if previous is not None and previous.text[:1].isupper() and previous.lower_ != "the":
        return False  # an initial: "Lloyd U. Noland"
    following = word_after(token.doc, token.i)
    if following is None:
        return True
    return following.text[:1].isupper() and not _INITIAL.fullmatch(following.text)
