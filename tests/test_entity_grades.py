"""Crude oil grades read as people, firms and places: ``entity_grades.crude_grades``."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from extract.entity_grades import crude_grades
from tests.entity_docs import pos_doc


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "April/PROPN/B-PERSON Brent/PROPN/I-PERSON fell/VERB and/CCONJ crude/NOUN rose/VERB",
            [("Brent", "PRODUCT")],
            id="a-futures-month-marks-a-grade-the-month-left-to-the-dates",
        ),
        pytest.param(
            "In/ADP May/PROPN Dubai/PROPN/B-GPE raised/VERB prices/NOUN",
            [("Dubai", "GPE")],
            id="a-month-marks-nothing-in-a-text-without-crude",
        ),
        pytest.param(
            "WTI/PROPN/B-ORG rose/VERB",
            [("WTI", "PRODUCT")],
            id="a-name-only-a-grade-bears-wherever-it-stands",
        ),
        pytest.param(
            "Dubai/PROPN/B-GPE crude/NOUN fell/VERB ./PUNCT Dubai/PROPN/B-GPE said/VERB",
            [("Dubai", "PRODUCT"), ("Dubai", "GPE")],
            id="a-place-a-grade-only-where-marked",
        ),
        pytest.param(
            "Brent/PROPN/B-PERSON crude/NOUN fell/VERB ./PUNCT Brent/PROPN traded/VERB "
            "at/ADP 18/NUM",
            [("Brent", "PRODUCT"), ("Brent", "PRODUCT")],
            id="a-word-marked-once-is-a-grade-at-its-repeats",
        ),
        pytest.param(
            "Brent/PROPN crude/NOUN fell/VERB in/ADP the/DET Brent/PROPN/B-PERSON field/NOUN",
            [("Brent", "PRODUCT"), ("Brent", "PERSON")],
            id="a-repeat-before-a-noun-of-another-kind-is-no-grade",
        ),
        pytest.param(
            "Brent/PROPN crude/NOUN fell/VERB ./PUNCT Brent/PROPN/B-ORG Walker/PROPN/I-ORG "
            "said/VERB ./PUNCT Brent/PROPN Walker/PROPN rose/VERB",
            [("Brent", "PRODUCT"), ("Brent Walker", "ORG")],
            id="a-longer-name-holding-the-word-is-no-grade",
        ),
        pytest.param(
            "Brent/PROPN/B-PERSON Scowcroft/PROPN/I-PERSON said/VERB",
            [("Brent Scowcroft", "PERSON")],
            id="an-unmarked-word-stays-as-read",
        ),
        pytest.param(
            "West/PROPN/B-ORG Texas/PROPN/I-ORG Intermediate/PROPN/I-ORG Crude/PROPN/I-ORG "
            "Oil/PROPN/I-ORG rose/VERB",
            [("West Texas Intermediate", "PRODUCT")],
            id="the-crude-noun-read-into-the-name-stays-out",
        ),
        pytest.param(
            "West/PROPN/B-GPE Texas/PROPN/I-GPE Intermediate/PROPN rose/VERB",
            [("West Texas Intermediate", "PRODUCT")],
            id="a-place-read-over-part-of-the-name",
        ),
        pytest.param(
            "North/PROPN/B-LOC Sea/PROPN/I-LOC Brent/PROPN/I-LOC crude/NOUN rose/VERB",
            [("North Sea", "LOC"), ("Brent", "PRODUCT")],
            id="a-place-read-with-the-grade-keeps-its-words",
        ),
        pytest.param(
            "W./PROPN/B-PERSON Brent/PROPN/I-PERSON sold/VERB crude/NOUN ./PUNCT "
            "Brent/PROPN crude/NOUN fell/VERB",
            [("W. Brent", "PERSON"), ("Brent", "PRODUCT")],
            id="a-person-holding-the-word-stays",
        ),
        pytest.param(
            "in/ADP the/DET Forties/PROPN/B-DATE ./PUNCT Forties/PROPN crude/NOUN fell/VERB",
            [("Forties", "DATE"), ("Forties", "PRODUCT")],
            id="a-date-over-the-word-is-read-on-purpose",
        ),
    ],
)
def test_crude_grades(spec: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in crude_grades(pos_doc(spec))] == expected


def test_crude_grades_file_integrity() -> None:
    path = resources.files("extract") / "data" / "entities" / "crude_grades.json"
    data = json.loads(path.read_text("utf-8"))
    grades, nouns = data["grades"], data["crude_nouns"]
    assert len({g["id"] for g in grades}) == len(grades)
    assert len({g["name"] for g in grades}) == len(grades)
    assert {g["kind"] for g in grades} == {"name", "word", "place"}
    assert all(word[0].isupper() for g in grades for word in g["name"].split())
    assert all(n["word"].islower() and n["word"].isalpha() for n in nouns)
