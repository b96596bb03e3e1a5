"""Partitive heads of PHRASE roles (relation_partitives.py), on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.relation_partitives import of_nouns, only_a_measure

VOCAB = spacy.blank("en").vocab


def _parsed(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A Doc from (word, lemma, head index, dependency, part of speech) rows."""
    words, lemmas, heads, deps, pos = zip(*rows, strict=True)
    return Doc(
        VOCAB,
        words=list(words),
        lemmas=list(lemmas),
        heads=list(heads),
        deps=list(deps),
        pos=list(pos),
    )


# "bought 450,000 tonnes of U.S. number two corn": the parser hangs "of" on "number"
CORN = _parsed(
    [
        ("bought", "buy", 0, "ROOT", "VERB"),
        ("450,000", "450,000", 2, "nummod", "NUM"),
        ("tonnes", "tonne", 0, "obj", "NOUN"),
        ("of", "of", 5, "case", "ADP"),
        ("U.S.", "U.S.", 5, "compound", "PROPN"),
        ("number", "number", 7, "compound", "NOUN"),
        ("two", "two", 7, "nummod", "NUM"),
        ("corn", "corn", 2, "conj", "NOUN"),
    ]
)
# "a total of 200,000 tonnes of wheat": a partitive counting another
WHEAT = _parsed(
    [
        ("a", "a", 1, "det", "DET"),
        ("total", "total", 1, "ROOT", "NOUN"),
        ("of", "of", 4, "case", "ADP"),
        ("200,000", "200,000", 4, "nummod", "NUM"),
        ("tonnes", "tonne", 1, "nmod", "NOUN"),
        ("of", "of", 6, "case", "ADP"),
        ("wheat", "wheat", 4, "nmod", "NOUN"),
    ]
)
# "a range of products": a partitive that is no unit reads only a parsed "of"
RANGE = _parsed(
    [
        ("a", "a", 1, "det", "DET"),
        ("range", "range", 1, "ROOT", "NOUN"),
        ("of", "of", 3, "case", "ADP"),
        ("products", "product", 1, "nmod", "NOUN"),
    ]
)


@pytest.mark.parametrize(
    ("doc", "head", "expected"),
    [
        pytest.param(CORN, 2, ["corn"], id="unit-reads-an-of-hung-on-a-modifier"),
        pytest.param(WHEAT, 1, ["tonnes", "wheat"], id="partitive-of-a-partitive"),
        pytest.param(RANGE, 1, ["products"], id="partitive-of-noun"),
        pytest.param(CORN, 7, [], id="no-partitive"),
    ],
)
def test_of_nouns(doc: Doc, head: int, expected: list[str]) -> None:
    assert [t.text for t in of_nouns(doc[head])] == expected


LEMMAS = {"tonnes": "tonne", "tons": "ton", "ounces": "ounce"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("25,000 tonnes", False, id="with-its-count"),
        pytest.param("tonnes", True, id="a-unit"),
        pytest.param("metric tons", True, id="a-unit-with-its-kind"),
        pytest.param("troy ounces", True, id="troy-ounces"),
        pytest.param("soft wheat", False, id="goods"),
        pytest.param("wheat tonnes", False, id="a-unit-of-named-goods"),
    ],
)
def test_only_a_measure(text: str, expected: bool) -> None:
    doc = spacy.blank("en")(text)
    for token in doc:  # a blank pipeline has no lemmatizer
        token.lemma_ = LEMMAS.get(token.text, token.text)
    assert only_a_measure(doc, (0, len(text))) is expected
