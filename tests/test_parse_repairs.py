"""Repairs of systematic parser errors, on hand-built Docs."""

from __future__ import annotations

import doctest

import pytest
import spacy
from spacy.tokens import Doc

from extract import parse_repairs
from extract.parse_repairs import repair_subjects

VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize(
    ("words", "pos", "deps", "heads", "expected"),
    [
        pytest.param(
            ["Acme", "said", "it", "bought", "units"],
            ["PROPN", "VERB", "PRON", "VERB", "NOUN"],
            ["nsubj", "ROOT", "expl", "ccomp", "obj"],
            [1, 1, 3, 1, 3],
            "nsubj",
            id="pronoun-read-as-expletive",
        ),
        pytest.param(
            ["it", "is", "likely", "that", "prices", "rise"],
            ["PRON", "AUX", "ADJ", "SCONJ", "NOUN", "VERB"],
            ["expl", "cop", "ROOT", "mark", "nsubj", "csubj"],
            [2, 2, 2, 5, 5, 2],
            "expl",
            id="true-expletive-of-a-copula",
        ),
        pytest.param(
            ["it", "bought", "Acme", "units"],
            ["PRON", "VERB", "PROPN", "NOUN"],
            ["expl", "ROOT", "nsubj", "obj"],
            [1, 1, 1, 1],
            "expl",
            id="verb-has-a-subject",
        ),
        pytest.param(
            ["bought", "it", "units"],
            ["VERB", "PRON", "NOUN"],
            ["ROOT", "expl", "obj"],
            [0, 0, 0],
            "expl",
            id="after-the-verb",
        ),
    ],
)
def test_repair_subjects(
    words: list[str], pos: list[str], deps: list[str], heads: list[int], expected: str
) -> None:
    doc = Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads)
    repair_subjects(doc)
    index = [t.lower_ for t in doc].index("it")
    assert doc[index].dep_ == expected


def test_doctests() -> None:
    result = doctest.testmod(parse_repairs)
    assert result.attempted > 0 and result.failed == 0
