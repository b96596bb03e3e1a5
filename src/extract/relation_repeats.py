"""Linked relations: the participants' names, and facts stated more than once in an article.

Contract: ``link_relations(found, text, entities, clusters)`` takes the relations of a document
(``relations.find_relations``), its text, its entity layer as ``(start, end, label)`` and the
name clusters ``linking.link_names`` made of it, and returns the relations with

- ``names``: role -> cluster id, for every role whose span is exactly a linked name;
- one relation per fact per sentence (GUIDELINES.md §6.2): a relation whose type and linked
  arguments (names by cluster, other spans by their words) equal, or are part of, those of
  another relation of the same sentence is dropped, and so is one whose linked names are only
  some of another's ("Russia supplied Cuba with arms" read also without "Cuba"); of two equal
  ones, the one whose mentions come first is kept ("Russian Railways (RZD) delivered ...":
  ``Russian Railways``);
- ``same_as``: for a fact an earlier sentence already stated (same type, same linked
  arguments), the index in the returned list of its first statement. It is kept, with its own
  spans, as the gold keeps it; a reader that wants each fact once skips those with ``same_as``.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace

from extract.linking import NameCluster, words
from extract.relations import FoundRelation

Key = frozenset[tuple[str, Hashable]]


def link_relations(
    found: Sequence[FoundRelation],
    text: str,
    entities: Sequence[tuple[int, int, str]],
    clusters: Sequence[NameCluster],
) -> list[FoundRelation]:
    """The relations with their names linked, repeats in a sentence dropped and repeats of an
    earlier sentence marked (see the module's doc); the order is kept."""
    cluster_at = {
        (entities[i][0], entities[i][1]): cluster.id
        for cluster in clusters
        for i in cluster.members
    }
    linked = []
    for relation in found:
        names = {
            role: cluster_at[span] for role, span in relation.args.items() if span in cluster_at
        }
        linked.append(replace(relation, names=names))
    keys = [_key(relation, text) for relation in linked]
    spans = [sorted(relation.args.values()) for relation in linked]
    name_sets = [_names(relation) for relation in linked]
    kept = [
        n
        for n, relation in enumerate(linked)
        if not any(
            m != n
            and other.type == relation.type
            and other.evidence == relation.evidence
            and (
                (
                    keys[n] <= keys[m]
                    and (keys[n] < keys[m] or (sorted(other.args.values()), m) < (spans[n], n))
                )
                # Its linked arguments are part of a fuller reading of the same fact: "Russia
                # supplied Cuba with arms" read also without "Cuba" (not for ROLE, whose title
                # tells two offices of one person apart).
                or (relation.type != "ROLE" and bool(name_sets[n]) and name_sets[n] < name_sets[m])
            )
            for m, other in enumerate(linked)
        )
    ]
    result: list[FoundRelation] = []
    first: dict[tuple[str, Key], int] = {}
    for n in kept:
        index = first.setdefault((linked[n].type, keys[n]), len(result))
        same_as = index if index != len(result) else None
        result.append(replace(linked[n], same_as=same_as))
    return result


def _names(relation: FoundRelation) -> frozenset[tuple[str, int]]:
    return frozenset(relation.names.items())


def _key(relation: FoundRelation, text: str) -> Key:
    """What a fact is, whatever its spans: each role's name cluster, or its words."""
    return frozenset(
        (role, ("name", relation.names[role]) if role in relation.names else words(text[s:e]))
        for role, (s, e) in relation.args.items()
    )
