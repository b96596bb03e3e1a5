"""Matching the relation rules' dependency patterns sentence by sentence.

Contract: ``RuleMatcher(vocab)`` takes the rules with ``add(rule_id, pattern)`` (spaCy
``DependencyMatcher`` patterns using the operators of ``RELATIONS``; ``ValueError`` on an
invalid one); called on a parsed Doc it returns ``(rule_id, token indices)`` for every match,
the indices in the order of the pattern's nodes: exactly what ``DependencyMatcher`` returns, in
its order (rule by rule, then tree by tree, then by the nodes' positions).

Why not ``DependencyMatcher`` on the Doc: it runs every node of every rule over every token and
walks the ancestors of each token matched, while a rule can only match where its trigger word
is. A match never leaves its dependency tree, and the parser makes each sentence one tree, so
a rule runs only on the sentences that hold, for each value its nodes require (a ``LEMMA`` from
a list, a ``DEP``, an ``ENT_TYPE`` ...), some token with that value: a test derived from the
patterns when they are added. A Doc whose sentences are not single trees (hand-built heads)
goes to ``DependencyMatcher`` whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import product
from typing import Any

import numpy as np
from spacy.attrs import HEAD, IDS, SENT_START
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

# Token attributes whose required values (a string, or the strings of an "IN" list) say whether
# a sentence can hold a node, the most selective first (the order they are tested in); other
# attributes and predicates are left to the Matcher.
PREFILTER_ATTRS = ("LEMMA", "LOWER", "ORTH", "NORM", "TAG", "ENT_TYPE", "DEP", "POS")

# The operators supported and the tokens each relates a token to, as DependencyMatcher defines
# them: the tree operators, and the two of adjacency ("A . B": B right after A; "A ; B": B right
# before A), which the matcher only tries inside one sentence.
RELATIONS: dict[str, Callable[[Token], Iterable[Token]]] = {
    ">": lambda token: token.children,
    "<": lambda token: [token.head] if token.head.i != token.i else [],
    ">>": lambda token: (t for t in token.subtree if t.i != token.i),
    "<<": lambda token: token.ancestors,
    ".": lambda token: [token.nbor(1)] if token.i + 1 < len(token.doc) else [],
    ";": lambda token: [token.nbor(-1)] if token.i > 0 else [],
}

Need = tuple[int, frozenset[int]]  # (attribute column, values): a token must have one of them


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    size: int  # number of pattern nodes
    nodes: Matcher  # each node's token pattern, under its own key
    node_of: dict[int, int]  # Matcher key -> node index
    edges: tuple[tuple[int, str, int], ...]  # (left node, REL_OP, right node)
    needs: tuple[Need, ...]  # what a sentence must hold for the rule to match in it

    def can_match(self, present: list[set[int]]) -> bool:
        """Whether a sentence whose tokens have the ``present`` values, column by column, may
        hold a match."""
        return all(not values.isdisjoint(present[column]) for column, values in self.needs)

    def matches(self, sentence: Span) -> Iterator[list[int]]:
        """The matches in a sentence that is one tree (token indices into its Doc), in
        DependencyMatcher's order: the product of each node's tokens, in text order."""
        positions: list[list[int]] = [[] for _ in range(self.size)]
        for key, start, _ in self.nodes(sentence):
            positions[self.node_of[key]].append(sentence.start + start)
        doc = sentence.doc
        related: dict[tuple[int, str], set[int]] = {}  # (token, op) -> the tokens it relates to

        def holds(left: int, op: str, right: int) -> bool:
            if (left, op) not in related:
                related[left, op] = {token.i for token in RELATIONS[op](doc[left])}
            return right in related[left, op]

        for candidate in product(*positions):
            if all(holds(candidate[left], op, candidate[right]) for left, op, right in self.edges):
                yield list(candidate)


class RuleMatcher:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._rules: list[_Rule] = []
        self._attrs: list[str] = []  # the PREFILTER_ATTRS the rules test, in column order
        # Validates the patterns, and matches the Docs whose sentences are not single trees.
        self._whole = DependencyMatcher(vocab, validate=True)
        self._rule_ids: dict[int, str] = {}

    def add(self, rule_id: str, pattern: list[dict[str, Any]]) -> None:
        self._whole.add(rule_id, [pattern])
        self._rule_ids[get_string_id(rule_id)] = rule_id
        index = {node["RIGHT_ID"]: j for j, node in enumerate(pattern)}
        edges = tuple(
            (index[node["LEFT_ID"]], node["REL_OP"], j)
            for j, node in enumerate(pattern)
            if "REL_OP" in node
        )
        if unsupported := sorted({op for _, op, _ in edges} - RELATIONS.keys()):
            raise ValueError(f"operators {unsupported} unsupported (only {sorted(RELATIONS)})")
        nodes = Matcher(self.vocab, validate=True)
        node_of: dict[int, int] = {}
        for j, node in enumerate(pattern):
            nodes.add(f"{rule_id}#{j}", [[node["RIGHT_ATTRS"]]])
            node_of[get_string_id(f"{rule_id}#{j}")] = j
        needs = {need for node in pattern for need in self._needs(node["RIGHT_ATTRS"])}
        rank = {attr: n for n, attr in enumerate(PREFILTER_ATTRS)}
        tested = sorted(needs, key=lambda need: (rank[self._attrs[need[0]]], len(need[1])))
        self._rules.append(_Rule(rule_id, len(pattern), nodes, node_of, edges, tuple(tested)))

    def _needs(self, attrs: dict[str, Any]) -> Iterator[Need]:
        """A node's attributes that must take one of a few string values."""
        for attr, value in attrs.items():
            values = value.get("IN") if isinstance(value, dict) else [value]
            if attr not in PREFILTER_ATTRS or not isinstance(values, list):
                continue
            if all(isinstance(v, str) for v in values):
                if attr not in self._attrs:
                    self._attrs.append(attr)
                yield self._attrs.index(attr), frozenset(get_string_id(v) for v in values)

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        starts = _tree_sentences(doc)
        if starts is None:
            return [(self._rule_ids[key], ids) for key, ids in self._whole(doc)]
        if not starts:
            return []
        columns: list[list[int]] = []
        if self._attrs:
            array = doc.to_array([IDS[attr] for attr in self._attrs]).reshape(len(doc), -1)
            columns = [column.tolist() for column in array.T]
        # The rules the whole Doc may hold, then the sentences each may match in, in text order.
        everywhere = [set(column) for column in columns]
        rules = [rule for rule in self._rules if rule.can_match(everywhere)]
        where: dict[str, list[Span]] = {rule.id: [] for rule in rules}
        for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
            present = [set(column[start:end]) for column in columns]
            for rule in rules:
                if rule.can_match(present):
                    where[rule.id].append(doc[start:end])
        return [
            (rule.id, ids)
            for rule in rules
            for sentence in where[rule.id]
            for ids in rule.matches(sentence)
        ]


def _tree_sentences(doc: Doc) -> list[int] | None:
    """Where each sentence starts, if each is exactly one dependency tree (every head inside
    it, one root), else ``None``."""
    if len(doc) == 0:
        return []
    heads, flags = doc.to_array([HEAD, SENT_START]).astype(np.int64).T  # relative heads
    flags[0] = 1  # as Doc.sents: the first token starts a sentence
    sentence = np.cumsum(flags == 1)
    inside = sentence[np.arange(len(doc)) + heads] == sentence
    roots = sentence[heads == 0]
    if not inside.all() or not np.array_equal(roots, np.arange(1, sentence[-1] + 1)):
        return None
    starts: list[int] = np.flatnonzero(flags == 1).tolist()
    return starts
