"""Coordinated names: one relation per conjunct (GUIDELINES.md §6.2).

Contract: ``conjunct_copies(relation, role_tokens, labels)`` gives, for a relation whose name
roles were read from pattern tokens, a copy for each further name coordinated with such a token,
and for each pair where two roles have them ("InSpeech acquired A and B and C": three
ACQUISITIONs; "Baker and Stoltenberg met with Miyazawa and Poehl": four MEETINGs). The symmetric
pairs are the exception: "Russia and Cuba signed ..." is one AGREEMENT with both parties, so for
AGREEMENT and MEETING the subject side is not copied when its conjuncts are the side met or
signed with (``other_party``, ``other``). ``coordinated_after(token)`` lists the nouns coordinated
after a title, which share the phrase after the last of them ("chairman and chief executive
officer of Chevron Corp": a role's ``"shared"`` option reads "of Chevron Corp" for both).
``named_tokens(roles, nodes, args)`` gives the tokens a rule's names were read from, whose
conjuncts count: a role's node, the child its ``"first"`` option read (``first_children``), or a
name's root; a phrase role only where the phrase is an entity ("a stake in A and B" is no list
of targets).
``home_place(conj)`` says a conjunct is no coordinated name but where the name before it is
("Cilcorp Inc., Peoria, Ill."): it fills no role, neither by a copy nor by a rule's pattern.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extract.relation_deps import children
from extract.relation_rules import RoleSpec

if TYPE_CHECKING:
    from extract.relations import FoundRelation

# The symmetric pairs: (the subject side, the side met or signed with).
SYMMETRIC = {"AGREEMENT": ("party", "other_party"), "MEETING": ("participant", "other")}
PARTICIPANTS = frozenset(
    {"visitor", "party", "other_party", "buyer", "target", "seller", "exporter", "importer"}
    | {"supplier", "customer", "funder", "recipient", "creditor", "debtor", "participant", "other"}
)


# What may stand between two coordinated titles: "chairman and chief executive officer".
COORDINATORS = frozenset({"and", "or"})
TITLE_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# A participle inside a title: "chief operating officer", "managing director".
TITLE_WORD_DEPS = frozenset({"amod", "compound"})


def coordinated_after(token: Token) -> list[Token]:
    """The nouns coordinated after ``token`` with nothing but one "and"/"or" and words of their
    own phrase between, whether the parser hangs them from ``token`` or beside it from its
    head: "chairman and chief executive officer" gives "officer". Such nouns share what comes
    after the last of them ("... of Chevron Corp").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Smith , chairman and chief officer of Acme".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 5, 5, 2, 7, 5],
    ...           deps=["ROOT", "punct", "appos", "cc", "amod", "conj", "case", "nmod"],
    ...           pos=["PROPN", "PUNCT", "NOUN", "CCONJ", "ADJ", "NOUN", "ADP", "PROPN"])
    >>> [t.text for t in coordinated_after(doc[2])]
    ['officer']
    """
    after = [c for c in token.children if c.dep_ == "conj" and c.i > token.i]
    if token.dep_ == "conj":
        after += [s for s in token.head.children if s.dep_ == "conj" and s.i > token.i]
    return [c for c in after if c.pos_ in ("NOUN", "PROPN") and _joined_titles(token, c)]


def _joined_titles(first: Token, second: Token) -> bool:
    between = first.doc[first.i + 1 : second.i]
    joins = [t for t in between if t.lower_ in COORDINATORS]
    return len(joins) == 1 and all(
        t.lower_ in COORDINATORS
        or ((t.pos_ in TITLE_WORD_POS or t.dep_ in TITLE_WORD_DEPS) and not t.ent_type_)
        for t in between
    )


def _conjuncts(token: Token) -> Iterator[Token]:
    for c in token.children:
        if (c.dep_ == "conj" or _coordinated_apposition(c)) and not _bracketed(token, c):
            yield c
            yield from _conjuncts(c)


def _coordinated_apposition(token: Token) -> bool:
    """Whether an apposition opens with "and" or "or": a conjunct the parser hung as one ("met
    with President Havel and Lech Walesa, who ...", "Lech Walesa" an ``appos`` of "Havel")."""
    first = token.left_edge
    return token.dep_ == "appos" and first.dep_ == "cc" and first.lower_ in ("and", "or")


def _bracketed(head: Token, conj: Token) -> bool:
    """Whether a bracket opens between the name and its conjunct and is still open there: a
    bracketed note on the name is no coordinated name ("Kika de la Garza (D-Tex.)", whose
    state the parser may read as a conjunct)."""
    depth = 0
    for t in head.doc[head.i + 1 : conj.i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


# Labels of a place that may follow a firm's or person's name as where they are.
HOME_LABELS = frozenset({"GPE", "LOC"})


def home_place(conj: Token) -> bool:
    """Whether a place the parser reads as a conjunct of a firm's or person's name is where
    they are: no "and" or "or" joins the list ("Cilcorp Inc., Peoria, Ill., agreed to acquire":
    Peoria and Illinois buy nothing and agree with no one), while "Acme and Japan" or "Acme,
    Beta and Japan" are coordinated."""
    first = conj
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is conj:
        return False  # no conjunct: the common case, as every rule's every node is asked
    name, place = _entity(first), _entity(conj)
    if name is None or place is None:
        return False
    if place.label_ not in HOME_LABELS or name.label_ in HOME_LABELS:
        return False
    chain = [first, *_conjuncts(first)]
    return not any(c.dep_ == "cc" for t in chain for c in t.children)


def _entity(token: Token) -> Span | None:
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def conjunct_copies(
    relation: FoundRelation,
    role_tokens: Mapping[str, Token],
    labels: Mapping[str, frozenset[str]],
) -> list[FoundRelation]:
    facts = [relation]
    for role in _copied_roles(relation.type, role_tokens):
        if role not in relation.args or role not in role_tokens:
            continue
        names = []
        for conj in _conjuncts(role_tokens[role]):
            entity = _entity(conj)
            if entity is None or entity.label_ not in labels[role] or home_place(conj):
                continue
            names.append((entity.start_char, entity.end_char))
        # Each name of one role goes with each of another's ("X and Y met with Z and W").
        facts += [
            replace(fact, args={**fact.args, role: span})
            for fact in list(facts)
            for span in names
            if span not in fact.args.values()
        ]
    return facts[1:]


def _copied_roles(relation_type: str, role_tokens: Mapping[str, Token]) -> list[str]:
    """The roles whose conjuncts get a relation each. For the symmetric pairs the side met or
    signed with always does; the subject side does only when the side met is named too and is
    none of its conjuncts: "X and Y met" and "X and Y signed an agreement" are one relation,
    "X and Y met with Z" two."""
    if relation_type not in SYMMETRIC:
        return [r for r in role_tokens if r in PARTICIPANTS]
    side, other = SYMMETRIC[relation_type]
    named_apart = side in role_tokens and other in role_tokens
    if named_apart and role_tokens[other] not in set(_conjuncts(role_tokens[side])):
        return [side, other]
    return [other]


def named_tokens(
    roles: Mapping[str, RoleSpec],
    nodes: Mapping[str, Token],
    args: Mapping[str, tuple[int, int]],
) -> dict[str, Token]:
    """For each role a name fills, the token it was read from, whose conjuncts may fill the
    role too (``conjunct_copies``'s ``role_tokens``)."""
    return {
        role: token
        for role, spec in roles.items()
        if _names_node(spec) and (token := _named_token(spec, nodes, args.get(role)))
    }


def _names_node(spec: RoleSpec) -> bool:
    """Whether a role is a name, or a phrase that may be one, read off one pattern token or a
    child of it (its conjuncts count)."""
    return spec.fill in ("entity", "phrase") and len(spec.nodes) == 1


def first_children(spec: RoleSpec, nodes: Mapping[str, Token]) -> list[Token]:
    """The children a role reads before its nodes (its ``"first"`` option), if any."""
    if spec.first is None:
        return []
    node, via, case = spec.first
    return children(nodes[node], via, case)


def _named_token(
    spec: RoleSpec, nodes: Mapping[str, Token], span: tuple[int, int] | None
) -> Token | None:
    """The token whose name fills a role, whose conjuncts may fill it too: the role's node, the
    child its ``"first"`` option read ("an agreement for A and B to buy": A, then B), or, for
    a name read through a child ("exports to Bolivia, Chile and Ecuador") or a word standing
    for it ("Brazil and Mexico, each owing ..."), the name's root; None when the role is
    unfilled."""
    if spec.fill == "phrase" and (span is None or not _is_entity(nodes[spec.nodes[0]].doc, span)):
        return None  # a description's conjuncts are no names ("a stake in A and B")
    for child in first_children(spec, nodes):
        if span is not None and span[0] <= child.idx < span[1]:
            return child
    node = nodes[spec.nodes[0]]
    if not spec.via and (span is None or span[0] <= node.idx < span[1]):
        return node
    if not spec.via and any(c.dep_ == "conj" for c in node.children):
        return node  # "it and Cohen agreed to buy": the names listed with the word itself
    if span is None:
        return None
    name = node.doc.char_span(*span, alignment_mode="expand")
    return name.root if name is not None else None


def _is_entity(doc: Doc, span: tuple[int, int]) -> bool:
    return any((e.start_char, e.end_char) == span for e in doc.ents)
