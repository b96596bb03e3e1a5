"""Hand-parsed Docs for the relation tests: one spec line per token, as the packaged parser
parses the sentence (its mistakes included, since the rules are written for those parses).

``parse``: ``word lemma POS dep head ent``; ``parse_tagged``: ``word lemma POS TAG dep head
ent``. The head is a token index (the root points at itself); an optional last column ``-``
glues the token to the next ("vice - chairman"). ``from_rows`` builds one from ``(word, POS,
dep, head, ent)`` tuples, as the parse-repair tests write them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.tokens import Doc

from extract.relations import find_relations

# A blank English pipeline's vocab computes lexical attributes (LOWER) that rules read.
VOCAB = spacy.blank("en").vocab

Fact = tuple[str, str, dict[str, str]]


@dataclass(frozen=True)
class Mention:
    """A money or date mention: offsets into the Doc's text."""

    start: int
    end: int
    equivalent_of: int | None = None


def _doc(rows: list[list[str]], columns: int, tags: bool) -> Doc:
    shift = 1 if tags else 0
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        spaces=[not (len(r) > columns and r[columns] == "-") for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows] if tags else None,
        deps=[r[3 + shift] for r in rows],
        heads=[int(r[4 + shift]) for r in rows],
        ents=[r[5 + shift] for r in rows],
    )


def from_rows(rows: Sequence[tuple[str, str, str, int, str]]) -> Doc:
    words, pos, deps, heads, ents = (list(column) for column in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def parse(spec: str) -> Doc:
    return _doc([line.split() for line in spec.strip().splitlines()], 6, tags=False)


def parse_tagged(spec: str) -> Doc:
    return _doc([line.split() for line in spec.strip().splitlines()], 7, tags=True)


def mentions(doc: Doc, *phrases: str) -> list[Mention]:
    return [Mention(doc.text.index(p), doc.text.index(p) + len(p)) for p in phrases]


def facts(
    doc: Doc, money: Sequence[str | Mention] = (), dates: Sequence[str | Mention] = ()
) -> list[Fact]:
    """``(type, rule, {role: text})`` of every relation found; money and dates are given as
    mentions or as the phrases they are."""

    def located(items: Sequence[str | Mention]) -> list[Mention]:
        return [
            m for item in items for m in (mentions(doc, item) if isinstance(item, str) else [item])
        ]

    return [
        (r.type, r.rule, {role: doc.text[s:e] for role, (s, e) in r.args.items()})
        for r in find_relations(doc, located(money), located(dates))
    ]


def record_relations(record: Mapping[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """``(type, {role: text})`` of every relation of a pipeline record (end-to-end tests)."""
    return [
        (r["type"], {role: arg["text"] for role, arg in r["args"].items()})
        for r in record["relations"]
    ]
