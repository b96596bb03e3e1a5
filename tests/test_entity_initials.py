"""Firms named by initials joined with "and", on hand-built Docs."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from extract.entity_initials import (
    initials_entities,
    initials_not_firms,
    joined_names,
    surnames_after_initials,
)
from tests.entity_docs import tagged_doc


def labelled(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in initials_entities(tagged_doc(spec))]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "S and P/B-ORG said . | S and P cut its rating .",
            [("S and P", "ORG"), ("S and P", "ORG")],
            id="ners-last-letter-and-a-repeat",
        ),
        pytest.param(
            "AC/B-PERSON and R/B-ORG Advertising/I-ORG said .",
            [("AC and R Advertising", "ORG")],
            id="name-after-the-initials-and-initials-read-as-a-person",
        ),
        pytest.param(
            "AC/B-ORG and R rose .",
            [("AC and R", "ORG")],
            id="ners-first-initials",
        ),
        pytest.param(
            "EG and G/B-PERSON said profit rose .",
            [("EG and G", "ORG")],
            id="bare-initials-before-said",
        ),
        pytest.param(
            "AT and T/B-ORG and/I-ORG Philips/I-ORG NV/I-ORG formed it .",
            [("AT and T", "ORG"), ("Philips NV", "ORG")],
            id="ners-org-ran-over-a-second-firm",
        ),
    ],
)
def test_initials_are_a_firm(spec: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(spec) == expected


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param("It spent more on R and D/B-ORG .", id="common-term"),
        pytest.param("S and L deposits rose .", id="common-term-untagged"),
        pytest.param("The S and P/B-LAW 500/I-LAW rose .", id="index-the-ner-read"),
        pytest.param("Class A and B shares said nothing .", id="share-classes"),
        pytest.param("sold CTS and D said .", id="longer-first-initials-are-no-firm"),
        pytest.param("AT and T rose .", id="bare-initials-without-a-cue"),
        pytest.param(
            "Bank/B-ORG of/I-ORG America/I-ORG NT/I-ORG and SA/B-ORG said .",
            id="initials-ending-a-longer-name",
        ),
    ],
)
def test_initials_left_alone(spec: str) -> None:
    doc = tagged_doc(spec)
    assert labelled(spec) == [(e.text, e.label_) for e in doc.ents]


def test_initials_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "firms.json"
    items = json.loads(path.read_text("utf-8"))["initials_not_firms"]
    assert len({e["id"] for e in items}) == len(items)
    assert all(re.fullmatch(r"[A-Z]{1,2} and [A-Z]", e["initials"]) for e in items)
    assert {"R and D", "S and L"} <= initials_not_firms()


def test_joined_words_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "firms.json"
    items = json.loads(path.read_text("utf-8"))["joined_words"]
    assert len({e["id"] for e in items}) == len(items)
    assert all(len(e["words"]) == 2 and all(w.islower() for w in e["words"]) for e in items)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "the/B-ORG Federal/I-ORG Savings/I-ORG and Loan/B-ORG Insurance/I-ORG Corp/I-ORG "
            "said .",
            [("the Federal Savings and Loan Insurance Corp", "ORG")],
            id="savings-and-loan-cut-at-the-and",
        ),
        pytest.param(
            "Pacific/B-ORG Gas/I-ORG and Electric/B-ORG Co/I-ORG rose .",
            [("Pacific Gas and Electric Co", "ORG")],
            id="gas-and-electric",
        ),
        pytest.param(
            "Citibank/B-ORG and Chase/B-ORG Manhattan/I-ORG said .",
            [("Citibank", "ORG"), ("Chase Manhattan", "ORG")],
            id="two-firms-listed-stay-two",
        ),
        pytest.param(
            "Texas/B-GPE Savings/O and Loan/B-ORG League/I-ORG said .",
            [("Texas", "GPE"), ("Loan League", "ORG")],
            id="only-two-orgs-are-joined",
        ),
    ],
)
def test_joined_names(spec: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in joined_names(tagged_doc(spec))] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "said David/B-PERSON M./I-PERSON Holland/B-GPE , president",
            [("David M. Holland", "PERSON")],
            id="a-surname-read-as-a-place",
        ),
        pytest.param(
            "Judge Anthony/B-PERSON J.P./I-PERSON Farris ruled",
            [("Anthony J.P. Farris", "PERSON")],
            id="a-surname-the-ner-left-out",
        ),
        pytest.param(
            "by John/B-PERSON P./I-PERSON The firm said",
            [("John P.", "PERSON")],
            id="a-function-word-is-no-surname",
        ),
        pytest.param(
            "Smith/B-PERSON said . Acme/B-ORG Holland/I-ORG rose",
            [("Smith", "PERSON"), ("Acme Holland", "ORG")],
            id="no-initial-no-change",
        ),
        pytest.param(
            "this year , T. Boone/B-PERSON Pickens/I-PERSON offered",
            [("T. Boone Pickens", "PERSON")],
            id="a-first-initial-the-ner-left-out",
        ),
        pytest.param(
            "H. Marshall/B-PERSON Schwarz/I-PERSON was named",
            [("H. Marshall Schwarz", "PERSON")],
            id="a-first-initial-opening-the-text",
        ),
        pytest.param(
            "under Plan B. Smith/B-PERSON said",
            [("Smith", "PERSON")],
            id="a-letter-after-a-capitalised-word-is-no-initial",
        ),
        pytest.param(
            "vitamins A and E. | David/B-PERSON Kritchevsky/I-PERSON said",
            [("David Kritchevsky", "PERSON")],
            id="a-letter-ending-a-sentence-is-no-initial",
        ),
    ],
)
def test_surnames_after_initials(spec: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in surnames_after_initials(tagged_doc(spec))] == expected


def test_doctests() -> None:
    import doctest

    from extract import entity_initials

    assert doctest.testmod(entity_initials).failed == 0
