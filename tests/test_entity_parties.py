"""Parties named by their adjective before a noun: ``entity_parties.party_adjectives``."""

from __future__ import annotations

import doctest
import json
from importlib import resources

import pytest

from extract import entity_parties
from extract.entity_parties import party_adjectives
from tests.entity_docs import pos_doc


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "the/DET ruling/VERB Conservative/PROPN party/NOUN won/VERB",
            [("Conservative", "NORP")],
            id="a-party-adjective-before-a-noun",
        ),
        pytest.param(
            "| Conservative/ADJ economic/ADJ policies/NOUN differ/VERB",
            [("Conservative", "NORP")],
            id="an-adjective-may-stand-between-it-and-the-noun",
        ),
        pytest.param(
            "rival/NOUN ,/PUNCT Labour/PROPN/B-PERSON candidate/NOUN Deirdre/PROPN/B-PERSON"
            " Wood/PROPN/I-PERSON",
            [("Labour", "NORP"), ("Deirdre Wood", "PERSON")],
            id="the-ners-one-word-person-is-relabelled",
        ),
        pytest.param(
            "| Labour/PROPN unrest/NOUN has/AUX worsened/VERB",
            [],
            id="a-common-noun-too-is-none-at-a-sentence-start",
        ),
        pytest.param(
            "Conservatives/PROPN 41/NUM pct/NOUN ,/PUNCT Labour/PROPN with/ADP 35/NUM pct/NOUN",
            [],
            id="the-party-itself-before-no-noun-is-left-to-the-ner",
        ),
        pytest.param(
            "the/DET Progressive/PROPN Conservative/PROPN party/NOUN",
            [],
            id="a-word-going-on-a-name-is-left-alone",
        ),
        pytest.param(
            "the/DET anti/ADJ -/PUNCT Communist/ADJ laws/NOUN",
            [],
            id="after-a-hyphen-it-is-part-of-a-word",
        ),
        pytest.param(
            "the/DET Conservative/PROPN/B-ORG Party/PROPN/I-ORG won/VERB",
            [("Conservative Party", "ORG")],
            id="a-name-the-ner-labelled-is-kept",
        ),
    ],
)
def test_party_adjectives(spec: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in party_adjectives(pos_doc(spec))] == expected


def test_parties_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "parties.json"
    adjectives = json.loads(path.read_text("utf-8"))["adjectives"]
    assert len({a["word"] for a in adjectives}) == len(adjectives)
    assert all(a["word"].isalpha() and a["word"].istitle() for a in adjectives)
    assert all(isinstance(a.get("common_noun", False), bool) for a in adjectives)


def test_doctests() -> None:
    assert doctest.testmod(entity_parties).failed == 0
