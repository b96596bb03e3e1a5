"""A name the parser made the head of the phrase it only modifies, on hand-built Docs."""

from __future__ import annotations

import doctest

import pytest

from extract import parse_modifiers
from extract.parse_modifiers import repair_based_names
from tests.relation_docs import from_rows

# (word, pos, dep, head, entity tag) per token
MISPARSED = [
    ("acquired", "VERB", "ROOT", 0, "O"),
    ("San", "PROPN", "obj", 0, "B-GPE"),
    ("Diego", "PROPN", "flat", 1, "I-GPE"),
    ("-", "PUNCT", "punct", 2, "O"),
    ("based", "VERB", "amod", 6, "O"),
    ("Southwest", "PROPN", "compound", 6, "B-ORG"),
    ("Bancorp", "PROPN", "flat", 1, "I-ORG"),
    ("for", "ADP", "case", 8, "O"),
    ("cash", "NOUN", "nmod", 1, "O"),
]
PARSED_RIGHT = [
    ("acquired", "VERB", "ROOT", 0, "O"),
    ("San", "PROPN", "obl:npmod", 4, "B-GPE"),
    ("Diego", "PROPN", "flat", 1, "I-GPE"),
    ("-", "PUNCT", "punct", 2, "O"),
    ("based", "VERB", "amod", 6, "O"),
    ("Southwest", "PROPN", "compound", 6, "B-ORG"),
    ("Bancorp", "PROPN", "obj", 0, "I-ORG"),
]
BASED_AT_THE_END = [
    ("firms", "NOUN", "ROOT", 0, "O"),
    ("Texas", "PROPN", "obl:npmod", 3, "B-GPE"),
    ("-", "PUNCT", "punct", 1, "O"),
    ("based", "VERB", "acl", 0, "O"),
]


@pytest.mark.parametrize(
    ("rows", "moved", "heads"),
    [
        pytest.param(
            MISPARSED,
            1,
            {
                "Bancorp": ("acquired", "obj"),
                "San": ("based", "obl:npmod"),
                "cash": ("Bancorp", "nmod"),
                "Diego": ("San", "flat"),
            },
            id="place-made-the-head-of-the-firm-it-modifies",
        ),
        pytest.param(
            PARSED_RIGHT, 0, {"Bancorp": ("acquired", "obj")}, id="right-parse-left-alone"
        ),
        pytest.param(BASED_AT_THE_END, 0, {"Texas": ("based", "obl:npmod")}, id="nothing-after"),
    ],
)
def test_repair_based_names(
    rows: list[tuple[str, str, str, int, str]], moved: int, heads: dict[str, tuple[str, str]]
) -> None:
    doc = from_rows(rows)
    assert repair_based_names(doc) == moved
    for token in doc:
        if token.text in heads:
            assert (token.head.text, token.dep_) == heads[token.text], token.text


def test_doctests() -> None:
    result = doctest.testmod(parse_modifiers)
    assert result.attempted > 0 and result.failed == 0
