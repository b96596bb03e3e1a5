"""Repairs of coordinated names, on hand-built Docs."""

from __future__ import annotations

import doctest

import pytest
from spacy.tokens import Doc

from extract import parse_conjuncts
from extract.parse_conjuncts import repair_conjunct_appositions, repair_titled_conjuncts
from tests.relation_docs import VOCAB, from_rows

# (word, pos, dep, head, entity tag) per token; the packaged parser's readings.
# reuters-10501: "Reagan" hung on "Rajiv" as part of one name
FLATTENED = [
    ("signed", "VERB", "ROOT", 0, "O"),
    ("by", "ADP", "case", 4, "O"),
    ("Prime", "ADJ", "amod", 3, "O"),
    ("Minister", "PROPN", "compound", 4, "O"),
    ("Rajiv", "PROPN", "obl:agent", 0, "B-PERSON"),
    ("Gandhi", "PROPN", "flat", 4, "I-PERSON"),
    ("and", "CCONJ", "cc", 7, "O"),
    ("President", "PROPN", "nmod:desc", 8, "O"),
    ("Reagan", "PROPN", "flat", 4, "B-PERSON"),
]
# reuters-3523: the holder of the second title made the conjunct, the name a second one
HOLDER_AS_CONJUNCT = [
    ("signed", "VERB", "ROOT", 0, "O"),
    ("by", "ADP", "case", 3, "O"),
    ("Radius", "PROPN", "compound", 3, "B-PERSON"),
    ("Prawiro", "PROPN", "obl:agent", 0, "I-PERSON"),
    ("and", "CCONJ", "cc", 5, "O"),
    ("Exim", "PROPN", "conj", 3, "B-ORG"),
    ("President", "PROPN", "nmod:desc", 8, "O"),
    ("Takashi", "PROPN", "compound", 8, "B-PERSON"),
    ("Tanaka", "PROPN", "conj", 3, "I-PERSON"),
]
# APW19980306.1001: the second name is the first's conjunct already
PARSED_RIGHT = [
    ("by", "ADP", "case", 1, "O"),
    ("Kofi", "PROPN", "obl:agent", 1, "B-PERSON"),
    ("Annan", "PROPN", "flat", 1, "I-PERSON"),
    ("and", "CCONJ", "cc", 6, "O"),
    ("Iraqi", "ADJ", "amod", 5, "B-NORP"),
    ("Minister", "PROPN", "compound", 6, "O"),
    ("Aziz", "PROPN", "conj", 1, "B-PERSON"),
]
UNTITLED = [
    ("by", "ADP", "case", 1, "O"),
    ("Ann", "PROPN", "ROOT", 1, "B-PERSON"),
    ("Lee", "PROPN", "flat", 1, "I-PERSON"),
    ("and", "CCONJ", "cc", 4, "O"),
    ("Kim", "PROPN", "flat", 1, "B-PERSON"),
]
OR_BETWEEN = [(w, p, "cc" if w == "or" else d, h, e) for w, p, d, h, e in FLATTENED]
OR_BETWEEN[6] = ("or", "CCONJ", "cc", 7, "O")


@pytest.mark.parametrize(
    ("rows", "moved", "heads"),
    [
        pytest.param(
            FLATTENED,
            1,
            {"Reagan": ("Rajiv", "conj"), "and": ("Reagan", "cc"), "Gandhi": ("Rajiv", "flat")},
            id="titled-name-read-into-the-first-name",
        ),
        pytest.param(
            HOLDER_AS_CONJUNCT,
            1,
            {"Tanaka": ("Prawiro", "conj"), "Exim": ("Tanaka", "compound")},
            id="holder-of-the-title-read-as-the-conjunct",
        ),
        pytest.param(PARSED_RIGHT, 0, {"Aziz": ("Kofi", "conj")}, id="right-parse-left-alone"),
        pytest.param(UNTITLED, 0, {"Kim": ("Ann", "flat")}, id="no-title-no-repair"),
        pytest.param(OR_BETWEEN, 0, {"Reagan": ("Rajiv", "flat")}, id="only-and-is-read"),
    ],
)
def test_repair_titled_conjuncts(
    rows: list[tuple[str, str, str, int, str]], moved: int, heads: dict[str, tuple[str, str]]
) -> None:
    doc = from_rows(rows)
    assert repair_titled_conjuncts(doc) == moved
    for token in doc:
        if token.text in heads:
            assert (token.head.text, token.dep_) == heads[token.text], token.text


@pytest.mark.parametrize(
    ("words", "deps", "heads", "ents", "expected"),
    [
        pytest.param(
            ["Lee", ",", "chairman", ",", "and", "Dan", ",", "chairman", ",", "said"],
            ["nsubj", "punct", "appos", "punct", "cc", "conj", "punct", "appos", "punct", "ROOT"],
            [9, 2, 0, 5, 5, 0, 7, 0, 9, 9],
            ["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"],
            ["Lee", "Dan"],
            id="second-apposition-goes-to-the-second-name",
        ),
        pytest.param(
            ["Lee", "and", "Dan", ",", "two", "aides", ",", "said"],
            ["nsubj", "cc", "conj", "punct", "nummod", "appos", "punct", "ROOT"],
            [7, 2, 0, 5, 5, 0, 7, 7],
            ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O"],
            ["Dan"],
            id="an-apposition-after-the-last-name-is-its",
        ),
        pytest.param(
            ["units", "and", "plants", ",", "the", "assets", ",", "sold"],
            ["nsubj", "cc", "conj", "punct", "det", "appos", "punct", "ROOT"],
            [7, 2, 0, 5, 5, 0, 7, 7],
            ["O"] * 8,
            ["units"],
            id="no-name-between-stays",
        ),
    ],
)
def test_repair_conjunct_appositions(
    words: list[str], deps: list[str], heads: list[int], ents: list[str], expected: list[str]
) -> None:
    doc = Doc(VOCAB, words=words, deps=deps, heads=heads, ents=ents)
    repair_conjunct_appositions(doc)
    assert [t.head.text for t in doc if t.dep_ == "appos"] == expected


def test_doctests() -> None:
    result = doctest.testmod(parse_conjuncts)
    assert result.attempted > 0 and result.failed == 0
