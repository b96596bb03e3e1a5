"""A subject the parser hung on an auxiliary, on hand-built Docs."""

from __future__ import annotations

import doctest

import pytest
from spacy.tokens import Doc

from extract import parse_auxiliaries
from extract.parse_auxiliaries import repair_auxiliary_subjects, repair_participle_heads
from tests.relation_docs import VOCAB, from_rows

# (word, pos, dep, head, entity tag) per token
SINCE_SOLD = [
    ("Packer", "PROPN", "nsubj", 1, "B-PERSON"),
    ("has", "AUX", "aux", 3, "O"),
    ("since", "SCONJ", "mark", 3, "O"),
    ("sold", "VERB", "ROOT", 3, "O"),
    ("stake", "NOUN", "obj", 3, "O"),
]
SO_FAR_BARELY = [
    ("session", "NOUN", "nsubj", 1, "O"),
    ("has", "AUX", "aux", 5, "O"),
    ("so", "ADV", "advmod", 3, "O"),
    ("far", "ADV", "advmod", 5, "O"),
    ("barely", "ADV", "advmod", 5, "O"),
    ("touched", "VERB", "ROOT", 5, "O"),
]
VERB_HAS_A_SUBJECT = [
    ("Bank", "PROPN", "nsubj", 1, "B-ORG"),
    ("had", "AUX", "aux", 4, "O"),
    ("earlier", "ADV", "advmod", 4, "O"),
    ("it", "PRON", "nsubj", 4, "O"),
    ("declined", "VERB", "ROOT", 4, "O"),
]
NOUN_BETWEEN = [
    ("facility", "NOUN", "nsubj", 1, "O"),
    ("will", "AUX", "aux", 4, "O"),
    ("greatly", "ADV", "advmod", 3, "O"),
    ("simplified", "ADJ", "amod", 4, "O"),
    ("testing", "VERB", "ROOT", 4, "O"),
]
NOT_AN_AUXILIARY_WORD = [
    ("mths", "NOUN", "nsubj", 1, "O"),
    ("include", "AUX", "aux", 3, "O"),
    ("previously", "ADV", "advmod", 3, "O"),
    ("reported", "VERB", "ROOT", 3, "O"),
]


@pytest.mark.parametrize(
    ("rows", "moved", "heads"),
    [
        pytest.param(
            SINCE_SOLD,
            1,
            {"Packer": ("sold", "nsubj"), "since": ("sold", "advmod")},
            id="since-between-auxiliary-and-verb",
        ),
        pytest.param(
            SO_FAR_BARELY, 1, {"session": ("touched", "nsubj")}, id="three-adverbs-between"
        ),
        pytest.param(
            VERB_HAS_A_SUBJECT, 0, {"Bank": ("had", "nsubj")}, id="verb-has-its-own-subject"
        ),
        pytest.param(NOUN_BETWEEN, 0, {"facility": ("will", "nsubj")}, id="adjective-between"),
        pytest.param(
            NOT_AN_AUXILIARY_WORD, 0, {"mths": ("include", "nsubj")}, id="not-an-auxiliary-word"
        ),
    ],
)
def test_repair_auxiliary_subjects(
    rows: list[tuple[str, str, str, int, str]], moved: int, heads: dict[str, tuple[str, str]]
) -> None:
    doc = from_rows(rows)
    assert repair_auxiliary_subjects(doc) == moved
    assert_heads(doc, heads)


# (word, pos, tag, dep, head) per token
NAMED_READ_AS_MODIFIER = [
    ("Roberts", "PROPN", "NNP", "nsubj:pass", 2),
    ("was", "AUX", "VBD", "aux:pass", 2),
    ("named", "VERB", "VBN", "amod", 4),
    ("vice", "NOUN", "NN", "compound", 4),
    ("chairman", "NOUN", "NN", "ROOT", 4),
]
FULFILLED_READ_AS_MODIFIER = [
    ("say", "VERB", "VBP", "ROOT", 0),
    ("companies", "NOUN", "NNS", "nsubj", 3),
    ("have", "AUX", "VBP", "aux", 3),
    ("fulfilled", "VERB", "VBN", "amod", 4),
    ("expectations", "NOUN", "NNS", "ccomp", 0),
]
PARTICIPLE_MODIFIER = [
    ("the", "DET", "DT", "det", 2),
    ("revised", "VERB", "VBN", "amod", 2),
    ("figures", "NOUN", "NNS", "ROOT", 2),
]


@pytest.mark.parametrize(
    ("rows", "moved", "heads"),
    [
        pytest.param(
            NAMED_READ_AS_MODIFIER,
            1,
            {"named": ("named", "ROOT"), "chairman": ("named", "xcomp")},
            id="passive-of-naming-takes-the-office-as-complement",
        ),
        pytest.param(
            FULFILLED_READ_AS_MODIFIER,
            1,
            {"fulfilled": ("say", "ccomp"), "expectations": ("fulfilled", "obj")},
            id="active-verb-takes-the-noun-as-object",
        ),
        pytest.param(
            PARTICIPLE_MODIFIER,
            0,
            {"revised": ("figures", "amod")},
            id="a-participle-without-auxiliary-and-subject-modifies",
        ),
    ],
)
def test_repair_participle_heads(
    rows: list[tuple[str, str, str, str, int]], moved: int, heads: dict[str, tuple[str, str]]
) -> None:
    words, pos, tags, deps, heads_ = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, pos=pos, tags=tags, deps=deps, heads=heads_)
    assert repair_participle_heads(doc) == moved
    assert_heads(doc, heads)


def assert_heads(doc: Doc, heads: dict[str, tuple[str, str]]) -> None:
    """Each word of ``heads`` hangs on the word given, with the label given."""
    for token in doc:
        if token.text in heads:
            assert (token.head.text, token.dep_) == heads[token.text], token.text


def test_doctests() -> None:
    result = doctest.testmod(parse_auxiliaries)
    assert result.attempted > 0 and result.failed == 0
