"""Reading a token's dependents the way a relation rule's ``via`` and ``case`` say.

Contract: ``children(token, deps, case)`` are the dependents of ``token`` with one of the
dependency labels ``deps`` and, when ``case`` is given, one of its prepositions (or ``'s``)
as their marker; ``child`` is the first of them, and ``descendants`` the same search over the
whole phrase below ``token``, nearest first, without entering another clause.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Dome", "sold", "assets", "to", "Veeco"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1],
...           deps=["nsubj", "ROOT", "obj", "case", "obl"])
>>> [t.text for t in children(doc[1], ("obl",), ("to",))], child(doc[1], ("obl",), ("from",))
(['Veeco'], None)
"""

from __future__ import annotations

from spacy.tokens import Token

# Possessive pronouns: possessors without a case marker ("its acquisition of X").
POSSESSIVES = frozenset({"its", "their"})
# Possessives that stand for a person (relation_reference: the person subject of their clause).
PERSONAL_POSSESSIVES = frozenset({"his", "her"})


# Dependents that modify their head without a preposition: no ``case`` marker is asked of them
# ("the Czech foreign minister, Jan Kavan": org Czech).
MODIFIERS = ("amod", "compound")


def children(token: Token, deps: tuple[str, ...], case: tuple[str, ...]) -> list[Token]:
    """The dependents of ``token`` with one of ``deps`` (and a ``case`` marker among ``case``,
    unless a modifier), those with a marker first and "in" last of them: "a Houston attorney
    for Pennzoil" says whose attorney with "for", where "Houston" or "in Houston" may only say
    where.

    A ``compound`` after its head is a misparse (an English noun modifier comes first:
    "exports estimate" hung the other way round), so it is never one. An ``iobj`` with a
    preposition is a misparsed ``obl`` ("sold its subsidiary to Johannesburg Insurance Holdings
    Ltd", with "Ltd" as ``iobj``), so it counts as one; one without a preposition, asked for,
    needs none ("owes the U.S. 4.5 billion dlrs" says to whom as "to the U.S." would).
    """
    found = [
        c
        for c in token.children
        if (c.dep_ in deps or (c.dep_ == "iobj" and case and "obl" in deps))
        and not c.is_space
        and (
            not case
            or c.dep_ in MODIFIERS
            or _has_case(c, case)
            or _possessive_pronoun(c, case)
            or (c.dep_ == "iobj" and "iobj" in deps and all(x.dep_ != "case" for x in c.children))
        )
        and not (c.dep_ == "compound" and c.i > token.i)
    ]
    # a marker that says where comes after one that says whose: "a spokeswoman in New York for
    # the Kenya Tourist Office" speaks for the office
    return sorted(
        found,
        key=lambda c: (bool(case) and c.dep_ in MODIFIERS, bool(case) and _has_case(c, ("in",))),
    )


# Dependents that open another clause: a deep role search ("deep" in a rule) stops at them.
CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})


def descendants(token: Token, deps: tuple[str, ...], case: tuple[str, ...]) -> list[Token]:
    """Like ``children``, but over the whole phrase below ``token``, nearest first, without
    entering another clause ("sell the assets of its division to Veeco": "to Veeco")."""
    found: list[Token] = []
    level = [c for c in token.children if c.dep_ not in CLAUSE_DEPS]
    while level:
        found.extend(
            t
            for t in level
            if t.dep_ in deps and not t.is_space and (not case or _has_case(t, case))
        )
        level = sorted(
            (c for t in level for c in t.children if c.dep_ not in CLAUSE_DEPS), key=lambda t: t.i
        )
    return found


def child(token: Token, deps: tuple[str, ...], case: tuple[str, ...]) -> Token | None:
    return next(iter(children(token, deps, case)), None)


def _possessive_pronoun(token: Token, case: tuple[str, ...]) -> bool:
    """ "its", "their", "his" and "her" are possessors without a case marker: they count where
    "'s" does."""
    return (
        token.dep_ == "nmod:poss"
        and token.lower_ in POSSESSIVES | PERSONAL_POSSESSIVES
        and "'s" in case
    )


def _has_case(token: Token, words: tuple[str, ...]) -> bool:
    # The parser sometimes labels the preposition "mark" ("ordered 20 jets from Boeing"), or
    # hangs it on the first word of a name it split into compounds ("to Johannesburg Insurance
    # Holdings Ltd", with "to" under "Johannesburg").
    heads = [token]
    if token.ent_type_:
        heads += [t for t in token.subtree if t.ent_iob_ == "B" and t.ent_type_ == token.ent_type_]
    return any(
        c.dep_ in ("case", "mark") and c.lower_ in words for head in heads for c in head.children
    )
