"""Filling PHRASE roles and reading pronouns: the span helpers of the relation rules.

Contract: ``phrase_of(token)`` is the noun phrase a PHRASE role takes (GUIDELINES.md §6.3:
the head noun and the words directly before it), ``prefix_of(token)`` the title phrase right
before a name, ``antecedent(token)`` the reporting verb's subject for a pronoun subject of a
reported clause; ``lexicon()`` holds the word lists of ``data/relations/lexicon.json``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

# Dependents that end a phrase scanned leftwards: determiners, possessives, numbers, clauses.
STOP_DEPS = frozenset({"det", "det:poss", "nmod:poss", "case", "nummod", "cc", "punct", "acl"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Words that never belong to a phrase ("which Finance Minister", "However Baker").
STOP_POS = frozenset({"PRON", "SCONJ", "CCONJ", "AUX", "INTJ", "DET"})
# The words a title is made of: "former chief economist", "Vice Finance Minister".
TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# Participles that name the office, not a circumstance ("chief operating officer").
TITLE_PARTICIPLES = frozenset({"operating", "managing", "presiding", "ranking"})


def _data_file(name: str) -> Any:
    return resources.files("extract") / "data" / "relations" / name


def children(token: Token, deps: tuple[str, ...], case: tuple[str, ...]) -> list[Token]:
    """The dependents of ``token`` with one of ``deps`` (and a ``case`` marker among ``case``)."""
    return [
        c
        for c in token.children
        if c.dep_ in deps and not c.is_space and (not case or _has_case(c, case))
    ]


def child(token: Token, deps: tuple[str, ...], case: tuple[str, ...]) -> Token | None:
    return next(iter(children(token, deps, case)), None)


def _has_case(token: Token, words: tuple[str, ...]) -> bool:
    # The parser sometimes labels the preposition "mark" ("ordered 20 jets from Boeing").
    return any(c.dep_ in ("case", "mark") and c.lower_ in words for c in token.children)


@cache
def lexicon() -> dict[str, frozenset[str]]:
    data = json.loads(_data_file("lexicon.json").read_text("utf-8"))
    return {
        "partitives": frozenset(entry["lemma"] for entry in data["partitives"]),
        "reporting_verbs": frozenset(entry["lemma"] for entry in data["reporting_verbs"]),
        "pronouns": frozenset(entry["lower"] for entry in data["pronouns"]),
        "parties": frozenset(entry["lower"] for entry in data["parties"]),
        "titles": frozenset(entry["lower"] for entry in data["titles"]),
    }


def partitives() -> frozenset[str]:
    """Nouns that stand for a part or amount of what follows "of" ("range", "first", "batch")."""
    return lexicon()["partitives"]


def antecedent(token: Token) -> Token:
    """The reporting verb's subject for a pronoun subject of the reported clause ("Texaco said
    it agreed ..." -> Texaco); any other token is its own."""
    words = lexicon()
    clause = token.head
    if (
        token.lower_ in words["pronouns"]
        and token.dep_.startswith("nsubj")
        and clause.dep_ == "ccomp"
        and clause.head.lemma_ in words["reporting_verbs"]
    ):
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return token


def phrase_of(
    token: Token, *, title: bool = False, used: frozenset[tuple[int, int]] = frozenset()
) -> tuple[int, int] | None:
    """The head noun and the words directly before it in its noun phrase (GUIDELINES.md §6.3).

    Scanning left from the head, the phrase stops before a determiner, a possessive, a number,
    punctuation other than a hyphen, a word outside the head's subtree, or a named entity that
    fills another role of the relation (``used``: "Russian exports": the exporter); other
    entities stay ("Soviet-made MiG-29 fighters"). A ``title`` stops before any entity that is
    not the head's own ("Cuban President": the nationality is a role of its own). A
    partitive head ("range", "first") is read through to the noun after "of"; a head inside a
    named entity gives the entity ("a Memorandum on the Principles of ..." as a LAW). A word
    hyphenated to the head is part of it ("director-general", "vice-chairman"). A ``title``
    (ROLE) also stops before a participle or adverb ("visiting U.S. Under-Secretary").
    """
    if token.lemma_.lower() in partitives():
        of_noun = child(token, ("nmod",), ("of",))
        if of_noun is not None:
            token = of_noun
    if token.pos_ == "NUM" or token.like_num:
        return None  # "agreed to buy five": a number is a quantity, never a phrase
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is not None and not title:  # a named subject or product is the whole name
        return (entity.start_char, entity.end_char)
    return _left_scan(token, token, title=title, used=used)


def prefix_of(token: Token) -> tuple[int, int] | None:
    """The title phrase that ends right before ``token``'s entity: "Vice Finance Minister"
    before a name."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    root = entity.root if entity is not None else token
    start = entity.start if entity is not None else token.i
    if start == 0 or not _joins_phrase(token.doc[start - 1], root, title=True):
        return None
    return _left_scan(token.doc[start - 1], root, title=True)


def _left_scan(
    head: Token, root: Token, *, title: bool = False, used: frozenset[tuple[int, int]] = frozenset()
) -> tuple[int, int]:
    doc = head.doc
    right = head.i
    while right + 2 < len(doc) and hyphenated(doc[right + 1]) and not doc[right + 2].is_punct:
        right += 2  # "director-general": the head runs on through a word-internal hyphen
    left = head.i
    while left > 0:
        token = doc[left - 1]
        if hyphenated(token) and left > 1 and not doc[left - 2].is_punct:
            left -= 2  # "vice-chairman"
            continue
        if not _joins_phrase(token, root, title=title, used=used) or token.is_punct:
            break
        left -= 1
    tokens = doc[left : right + 1]
    return (tokens.start_char, tokens.end_char)


def hyphenated(token: Token) -> bool:
    """A hyphen inside a word: no space on either side."""
    return (
        token.text in HYPHENS
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def _joins_phrase(
    token: Token,
    root: Token,
    *,
    title: bool = False,
    used: frozenset[tuple[int, int]] = frozenset(),
) -> bool:
    if token.is_space or token.like_num or token.dep_ in STOP_DEPS or token.pos_ in STOP_POS:
        return False
    if title and (
        token.pos_ not in TITLE_POS
        or (token.tag_ in ("VBG", "VBN") and token.lower_ not in TITLE_PARTICIPLES)
    ):
        return False
    if (
        token.ent_type_
        and token.ent_type_ != root.ent_type_
        and (title or any(s < token.idx + len(token) and token.idx < e for s, e in used))
    ):
        return False
    return root.is_ancestor(token) or token.head == root
