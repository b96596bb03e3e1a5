"""Partitive heads of PHRASE roles: read through to the noun after "of", or naming no goods.

Contract: ``of_nouns(token)`` gives the nouns a partitive head ("range", "first", "tonnes";
``data/relations/lexicon.json`` ``partitives``) is read through to (GUIDELINES.md §6.3: "a
wide range of products" gives "products"), and ``only_a_measure(doc, span)`` says whether a
phrase is a unit of measure with no such noun ("Taiwan bought 25,000 tonnes"), which names no
goods. The units are the partitives marked ``measure``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.relation_deps import child
from extract.relation_lexicon import lexicon


def partitives() -> frozenset[str]:
    """Nouns that stand for a part or amount of what follows "of" ("range", "first", "batch")."""
    return lexicon()["partitives"]


# A partitive may count another: "a total of 200,000 tonnes of soft wheat".
MAX_PARTITIVES = 3


def of_nouns(token: Token) -> list[Token]:
    """The nouns after "of" that a partitive ``token`` is read through to, nearest first: "a
    total of 200,000 tonnes of soft wheat" gives "tonnes", then "wheat"; none for another noun."""
    found: list[Token] = []
    while token.lemma_.lower() in partitives() and len(found) < MAX_PARTITIVES:
        noun = child(token, ("nmod",), ("of",)) or _measured_noun(token)
        if noun is None:
            break
        found.append(noun)
        token = noun
    return found


def _measured_noun(unit: Token) -> Token | None:
    """The noun after the "of" right after a unit of measure, where the parser hung that "of" on
    a modifier of the noun ("450,000 tonnes of U.S. number two corn": "of" on "number")."""
    after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if after is None or after.lower_ != "of" or unit.lemma_.lower() not in lexicon()["measures"]:
        return None
    noun = after.head
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.i > after.i and noun.pos_ in ("NOUN", "PROPN") else None


# Words that make a unit of measure another one: "metric tonnes", "troy ounces".
_MEASURE_MODIFIERS = frozenset({"metric", "short", "long", "troy", "fine"})


def only_a_measure(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase is a unit of measure alone ("tonnes", "metric tons"), which names no
    goods: the scan found no noun after "of" ("Taiwan bought 25,000 tonnes"; GUIDELINES §6.3).
    It still shows that goods moved, so a rule that needs the goods is met by it."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) == 0:
        return False
    *modifiers, head = words
    measured = head.lemma_.lower() in lexicon()["measures"]
    return measured and all(w.lower_ in _MEASURE_MODIFIERS for w in modifiers)
