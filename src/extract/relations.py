"""Relation rules: dependency patterns (data) turned into typed facts with roles.

Contract: ``find_relations(doc, money, dates)`` runs every rule of ``data/relations/rules/``
(one JSON Lines file per relation type) over a parsed Doc and returns ``FoundRelation`` objects
whose role spans and evidence are character offsets into ``doc.text``; each carries the id of
the rule that fired. Rules are spaCy ``DependencyMatcher`` patterns over Universal Dependencies
labels (what the packaged parser assigns); the relation types and the kinds of span each role
admits are declared in ``data/relations/types.json``, and every rule is checked against them on
load.

A role is filled in one of these ways (``"fill"`` in a rule's role):
- ``entity``: the named entity that contains the matched token, with one of the role's labels;
- ``phrase``: the matched token with the words directly before it in its noun phrase;
- ``prefix``: the phrase that ends right before the matched token's entity (a title before a
  name);
- ``money`` / ``date``: the money or date mention containing the matched token, else (with
  ``"scope": "sentence"``) the one in the same sentence nearest to the rule's trigger;
- ``appos_title`` / ``appos_org``: the title apposition read off the words after a name's
  comma, and its organisation; ``appos_title_before`` / ``appos_org_before`` the same before
  the comma that opens a name; ``prefix_org``: the entity right before the title that precedes
  a name ("Brazilian Finance Minister ..."; ``relation_titles.py``).
Roles never overlap one another, and a ROLE whose title runs on into another name ("Howe, U.S.
Secretary of State George Shultz") is that name's, so it is dropped.
An ``entity`` role read from a common noun takes the name right after it that the noun
describes ("from its ally Venezuela", "to its parent company, Foo Corp,"): a rule's node for a
role reached through a preposition admits a word outside any entity (``"ENT_TYPE"`` with ``""``)
for this, and stays empty when no name follows (``relation_entities.py``).
A role's ``"node"`` may list several pattern nodes, tried in order (the parser may attach "to
Cuba" to the verb or to its object). With ``"via": [deps]`` the role reads the node's first
child with one of those labels that fills it (and, with ``"case": [words]``, a ``case``
marker among them, as "to" in "delivered ... to Cuba"), and stays empty (without failing the
match) when there is none: the way to write optional roles. With ``"deep": true`` it also looks
further down the node's phrase, nearest first, without entering another clause ("sell the assets
of its division to Veeco": the parser hangs "to Veeco" on "division"); with ``"shared": true``,
in the phrase of a noun coordinated after the node ("chairman and chief executive of Chevron").
``"first": {"node", "via", "case"}`` names a child read before the role's nodes: "an agreement
for Continental to buy General Tire" has its buyer after "for", whoever signed it.
A match whose trigger is negated, modal, conditional or planned is dropped
(``relation_guards.py``), unless the rule says ``"guarded": false`` (a title joined to a name
holds whatever the clause around it says). ``"unless": [{"nodes", "via", "case", "deep"}]``
drops a match where one of the nodes has such a child, or with ``"deep"`` such a dependent in
its phrase ("X and Y reached an agreement in principle with Z"); ``{"nodes", "modified": true}``
one where a noun, adjective or number stands right before a node ("Chinese textile exports to
the U.S.": an importer-only rule leaves a misparsed exporter's sentence alone).
Pronoun subjects of a reported clause stand for the reporting verb's subject ("Texaco said it
agreed ...").
A phrase headed by a partitive noun ("a wide range of products", "the first of 75 locomotives",
``data/relations/lexicon.json``) is read through to the noun after "of", and so is an optional
role read from such a node ("tonnes of corn from the United States"); a PHRASE role read through
such a node with no match among its dependents takes the noun after "of" ("shipments of grain").
A match's sentence takes back a piece the parser split off before it on the same line ("Last
month, | X delivered ..."), so its values and evidence are the whole sentence's
(``relation_sentences.py``).
A rule's ``"require_any"`` lists roles of which one must be filled ("ordered" is a purchase
with a quantity, value or supplier, a command without); a role's ``"except"`` names a word
list of ``lexicon.json`` whose entities never fill it (``parties``: "Republican" is no org).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from extract.errors import DataError
from extract.relation_conj import (
    conjunct_copies,
    coordinated_after,
    first_children,
    home_place,
    named_tokens,
)
from extract.relation_deps import children, descendants
from extract.relation_entities import described_name, entity_fill, entity_of, trimmed_span
from extract.relation_guards import blocking_guard, dated_after
from extract.relation_lexicon import lexicon
from extract.relation_matching import RuleMatcher
from extract.relation_offices import office_title
from extract.relation_partitives import of_nouns, only_a_measure
from extract.relation_phrases import (
    AMOUNT_LABELS,
    phrase_of,
    prefix_of,
    text_of,
)
from extract.relation_reference import RELATIVES, antecedent, intensified
from extract.relation_rules import RoleSpec, Rule, load_rules
from extract.relation_scope import fact_times, nearest
from extract.relation_sentences import evidence, whole_sentence
from extract.relation_title_roles import settled_title
from extract.relation_titles import (
    appositive,
    appositive_before,
    title_after_a_conjunction,
    title_of_next_name,
)

# Types whose participant roles are a symmetric pair: a relation whose spans are all in
# another's of the same sentence is part of that fact, whichever role names them.
SYMMETRIC = frozenset({"AGREEMENT"})

_FILL_ORDER = {
    "money": 1,
    "date": 1,
    "phrase": 2,
    "prefix": 2,
    "office": 2,
    "appos_title": 2,
    "appos_title_before": 2,
}


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class FoundRelation:
    """A relation found in a Doc: offsets are into ``doc.text`` (the cleaned text).

    ``names`` (role -> name cluster) and ``same_as`` (the index of an earlier statement of the
    same fact) are set by ``relation_repeats.link_relations``.
    """

    type: str
    args: Mapping[str, tuple[int, int]]
    evidence: tuple[int, int]
    rule: str
    names: Mapping[str, int] = field(default_factory=dict)
    same_as: int | None = None


@cache
def _matcher(vocab: Vocab) -> RuleMatcher:
    matcher = RuleMatcher(vocab)
    for rule in load_rules():
        try:
            matcher.add(rule.id, rule.pattern)
        except ValueError as exc:
            raise DataError(f"relations rule {rule.id}: invalid pattern: {exc}") from exc
    return matcher


def find_relations(
    doc: Doc,
    money: Sequence[_Located] = (),
    dates: Sequence[_Located] = (),
    today: str | None = None,
) -> list[FoundRelation]:
    """Every relation the rules find in ``doc``, de-duplicated, in text order.

    ``money`` and ``dates`` are the mentions of those stages (objects with ``start``/``end``
    offsets into ``doc.text``), used to fill value and time roles (money with a unit-price
    ``note`` never fills one); ``today`` is the document
    creation time (ISO, any precision): a relation dated after that day is a plan and is
    dropped.
    """
    if not doc.has_annotation("DEP"):
        return []
    rules = {rule.id: rule for rule in load_rules()}
    found: list[FoundRelation] = []
    keys: set[tuple[str, tuple[tuple[str, tuple[int, int]], ...]]] = set()
    for rule_id, token_ids in _matcher(doc.vocab)(doc):
        rule = rules[rule_id]
        nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(rule.pattern, token_ids, strict=True)}
        if any(token.is_space for token in nodes.values()):
            continue  # a parser may hang a line break anywhere: it is never a participant
        if rule.guarded and blocking_guard(nodes[rule.trigger]) is not None:
            continue  # negated, modal, planned ...: not an asserted fact (relation_guards.py)
        if _blocked(rule, nodes):
            continue  # "X and Y reached an agreement with Z": X and Y are one side
        if any(home_place(token) for token in nodes.values()):
            continue  # "Cilcorp Inc., Peoria, Ill., agreed": Peoria is where Cilcorp is
        relation = _build(rule, nodes, money, dates)
        if relation is None:
            continue
        if "date" in relation.args and dated_after(*relation.args["date"], dates, today):
            continue  # "visits Bonn next week": not yet a fact (relation_guards.py)
        named = named_tokens(rule.roles, nodes, relation.args)
        labels = {r: s.labels for r, s in rule.roles.items()}
        for fact in [relation, *conjunct_copies(relation, named, labels)]:
            key = (fact.type, tuple(sorted(fact.args.items())))
            if key not in keys:
                keys.add(key)
                found.append(fact)
    return sorted(_without_subsumed(found), key=lambda r: (r.evidence, r.type, r.rule))


def _without_subsumed(found: list[FoundRelation]) -> list[FoundRelation]:
    """Drop a relation that another one of the same type and sentence states more fully: two
    rules reading one fact ("paid a visit", "the visit of X") give it once."""

    def subsumed(small: FoundRelation, big: FoundRelation) -> bool:
        # The parties of an agreement are symmetric (GUIDELINES §6.2): "Brazil and Peru signed"
        # read as one agreement of both holds the one of Peru alone, whatever its role name.
        if small.type in SYMMETRIC:
            inside = set(small.args.values()) <= set(big.args.values())
        else:
            inside = small.args.items() <= big.args.items()
        return (
            small is not big
            and small.type == big.type
            and small.evidence == big.evidence
            and inside
            and (len(small.args) < len(big.args) or found.index(small) > found.index(big))
        )

    return [r for r in found if not any(subsumed(r, other) for other in found)]


def _blocked(rule: Rule, nodes: Mapping[str, Token]) -> bool:
    """Whether a node of the match has a dependent, or a modifier before it, that the rule's
    ``unless`` names."""
    for unless in rule.unless:
        for name in unless.nodes:
            if unless.modified and _modifier_before(nodes[name]):
                return True
            below = descendants if unless.deep else children
            # "an accord for an engine with 64,000 lbs of thrust": an amount is no party
            if unless.via and any(
                not _counted(t) for t in below(nodes[name], unless.via, unless.case)
            ):
                return True
    return False


def _modifier_before(token: Token) -> bool:
    """Whether a noun, adjective or number stands right before ``token`` (spaces skipped)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return i >= 0 and token.doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _counted(token: Token) -> bool:
    """Whether ``token`` is an amount or counted ("with 64,000 lbs of thrust")."""
    return token.ent_type_ in AMOUNT_LABELS or any(c.dep_ == "nummod" for c in token.children)


def _build(
    rule: Rule, nodes: Mapping[str, Token], money: Sequence[_Located], dates: Sequence[_Located]
) -> FoundRelation | None:
    # Values and dates are tied to the fact's own word (the node named "trigger" if there is
    # one: "agreed to buy ... for $5 mln" hangs the value from "buy").
    trigger = nodes.get("trigger", nodes[rule.trigger])
    sentence = whole_sentence(trigger.sent)
    args: dict[str, tuple[int, int]] = {}
    # Names first, then values, then phrases: a phrase keeps a name only if no role has it.
    order = sorted(rule.roles.items(), key=lambda item: _FILL_ORDER.get(item[1].fill, 0))
    for role, spec in order if rule.type != "ROLE" else rule.roles.items():
        # A role tries each node, or each child it may come through: the first that fills it wins.
        candidates: list[Token | None] = list(first_children(spec, nodes))
        for name in spec.nodes:
            node = nodes[name]
            read_through = of_nouns(node)
            if spec.via and read_through and spec.fill == "phrase":
                candidates.append(read_through[0])  # "shipments of grain": goods after "of"
            candidates.extend(children(node, spec.via, spec.case) if spec.via else [node])
            if spec.deep and spec.via:
                candidates.extend(descendants(node, spec.via, spec.case))
            for title in coordinated_after(node) if spec.shared and spec.via else ():
                candidates.extend(children(title, spec.via, spec.case))
            for of_noun in read_through if spec.via else ():
                # "500,000 tonnes of corn from the U.S.", "a total of 200,000 tonnes of wheat
                # to Tunisia": the parser hangs the phrase on any noun of the chain
                candidates.extend(children(of_noun, spec.via, spec.case))
        if not spec.nodes:
            candidates.append(None)
        for token in candidates:
            used = set(args.values())
            span = _fill(spec, token, trigger, sentence, money, dates, used, role == "title")
            if span is not None and not any(s < span[1] and span[0] < e for s, e in used):
                args[role] = span
                break
    if not rule.required <= args.keys() or (
        rule.require_any and not rule.require_any & args.keys()
    ):
        return None
    # "Taiwan bought 25,000 tonnes": the unit met the rule's need for goods but names none
    for role, spec in rule.roles.items():
        if spec.fill == "phrase" and role in args and only_a_measure(trigger.doc, args[role]):
            del args[role]
    if rule.type == "ROLE":
        if _title_of_next_name(trigger.doc, args) or title_after_a_conjunction(
            trigger.doc, args["person"], args["title"]
        ):
            return None
        settled = settled_title(trigger.doc, args)  # occupations, bank roles, firm seats
        if settled is None:
            return None
        args = settled
    return FoundRelation(rule.type, args, evidence(sentence, args), rule.id)


def _fill(
    spec: RoleSpec,
    token: Token | None,
    trigger: Token,
    sentence: Span,
    money: Sequence[_Located],
    dates: Sequence[_Located],
    used: set[tuple[int, int]],
    title: bool = False,
) -> tuple[int, int] | None:
    if spec.fill in ("entity", "appos_org", "appos_org_before", "prefix_org"):
        span = entity_fill(spec, token) if token is not None else None
        if span is not None and spec.excluded is not None:
            words = lexicon()[spec.excluded]
            return None if text_of(trigger.doc, span).casefold() in words else span
        return span
    if spec.fill == "phrase":
        if token is not None:
            token = intensified(token)  # "The president himself met ...": the president
        if token is not None and token.lower_ in lexicon()["pronouns"]:
            # "Stoltenberg said he met with Kohl": the name the pronoun stands for, or nothing
            # when the sentence names none (GUIDELINES §6.3)
            return entity_of(token, spec.labels)
        if token is not None and token.lower_ in RELATIVES:
            token = antecedent(token)  # "businessmen, who met Lusinchi": the businessmen
            if token.lower_ in RELATIVES:
                return None
        if token is None:
            return None
        described = described_name(token) if spec.labels - {"PHRASE"} else None
        if described is not None and described.label_ in spec.labels:
            # "The company's chairman, John Smith, met ...": the description's name (§6.2)
            return trimmed_span(described)
        span = phrase_of(token, title=title, used=frozenset(used))
        return _after_amount(span, money, trigger.doc) if span is not None else None
    if spec.fill == "prefix":
        # "President of the State Council of Cuba Raúl Castro": the title before its office's
        # organisation, else the words right before the name.
        return (office_title(token) or prefix_of(token)) if token is not None else None
    if spec.fill == "office":
        return office_title(token) if token is not None else None
    if spec.fill in ("appos_title", "appos_title_before"):
        read = appositive if spec.fill == "appos_title" else appositive_before
        found = read(token) if token is not None else None
        return found[0] if found is not None else None
    # A unit price ("2.85 dlrs a share", "108 dlrs per tonne") is no deal's or flow's value.
    mentions = (
        [m for m in money if getattr(m, "note", None) is None] if spec.fill == "money" else dates
    )
    if token is not None:
        for mention in mentions:
            if mention.start <= token.idx < mention.end:
                return (mention.start, mention.end)
    if spec.scope == "sentence":
        if spec.fill == "date":
            mentions = fact_times(mentions, trigger.doc.text)
        return nearest(mentions, trigger, sentence, used, dates=spec.fill == "date")
    return None


def _after_amount(
    span: tuple[int, int], money: Sequence[_Located], doc: Doc
) -> tuple[int, int] | None:
    """A phrase that starts inside an amount, from after it ("dollar accord" of "a one billion
    dollar accord": "accord"); None if no noun is left ("dlrs each" of "for six dlrs each",
    misparsed as the object)."""
    start = next((m.end for m in money if m.start < span[0] < m.end), span[0])
    if start == span[0]:
        return span
    rest = doc.char_span(start, span[1], alignment_mode="contract")
    if rest is None or not any(t.pos_ in ("NOUN", "PROPN") for t in rest):
        return None
    return rest.start_char, rest.end_char


def _title_of_next_name(doc: Doc, args: Mapping[str, tuple[int, int]]) -> bool:
    title = doc.char_span(*args["title"], alignment_mode="expand")
    return title is not None and title_of_next_name(title, args["person"])
