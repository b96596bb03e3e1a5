"""Model designations of aircraft and weapons: ``entity_models.model_names``."""

from __future__ import annotations

import doctest
import re

import pytest

from extract import entity_models
from extract.data_files import entries
from extract.entity_models import model_names
from tests.entity_docs import doc_of

MODELS = "entities/models.json"


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "In 1985 it ordered six MD-82s.",
            (("1985", "DATE"), ("six", "CARDINAL"), ("MD-82s", "GPE")),
            [("1985", "DATE"), ("six", "CARDINAL"), ("MD-82s", "PRODUCT")],
            id="a-family-code-wherever-it-stands",
        ),
        pytest.param(
            "It operates four McDonnell Douglas DC-10 jets.",
            (("four", "CARDINAL"), ("McDonnell", "ORG"), ("Douglas DC-10", "PERSON")),
            [("four", "CARDINAL"), ("McDonnell Douglas", "ORG"), ("DC-10", "PRODUCT")],
            id="the-maker-read-with-the-model-is-an-org",
        ),
        pytest.param(
            "It will sell 10 A320 jets.",
            (("10 A320", "QUANTITY"),),
            [("10", "CARDINAL"), ("A320", "PRODUCT")],
            id="a-count-read-with-the-model-is-a-cardinal",
        ),
        pytest.param(
            "It is a breakthrough for the Saab SF340, he said.",
            (("the Saab SF340", "PRODUCT"),),
            [("Saab", "ORG"), ("SF340", "PRODUCT")],
            id="an-article-read-with-the-maker-goes",
        ),
        pytest.param(
            "The 1985 crash of a Japan Air Lines Boeing 747 killed 520 people.",
            (("1985", "DATE"), ("Japan Air Lines Boeing", "ORG"), ("520", "CARDINAL")),
            [
                ("1985", "DATE"),
                ("Japan Air Lines", "ORG"),
                ("Boeing", "ORG"),
                ("747", "PRODUCT"),
                ("520", "CARDINAL"),
            ],
            id="a-number-after-a-maker",
        ),
        pytest.param(
            "It makes parts for Boeing 737, 747, 757 and 767 aircraft.",
            (("Boeing 737", "ORG"), ("757", "CARDINAL")),
            [
                ("Boeing", "ORG"),
                ("737", "PRODUCT"),
                ("747", "PRODUCT"),
                ("757", "PRODUCT"),
                ("767", "PRODUCT"),
            ],
            id="a-list-a-maker-opens",
        ),
        pytest.param(
            "It flies B727, C-9 and F-28 aircraft.",
            (("B727", "GPE"), ("F-28", "ORG")),
            [("B727", "PRODUCT"), ("C-9", "PRODUCT"), ("F-28", "PRODUCT")],
            id="a-list-a-vehicle-noun-ends",
        ),
        pytest.param(
            "Cuba bought T-72 tanks and B-2 bombers.",
            (("Cuba", "GPE"), ("T-72", "ORG")),
            [("Cuba", "GPE"), ("T-72", "PRODUCT"), ("B-2", "PRODUCT")],
            id="a-code-before-a-vehicle-noun",
        ),
        pytest.param(
            "It works on the C-17 transport. The C-17 flies in 1990.",
            (("C-17", "GPE"), ("C-17", "GPE"), ("1990", "DATE")),
            [("C-17", "PRODUCT"), ("C-17", "PRODUCT"), ("1990", "DATE")],
            id="a-code-marked-once-is-a-model-at-its-repeats",
        ),
        pytest.param(
            "Moody's rates the notes B-2 and Bill C-40 passed.",
            (("Moody's", "ORG"), ("B-2", "ORG"), ("Bill C-40", "LAW")),
            [("Moody's", "ORG"), ("B-2", "ORG"), ("Bill C-40", "LAW")],
            id="an-unmarked-code-stays-as-read",
        ),
        pytest.param(
            "Airlines ordered 100 jets and 300 aircraft.",
            (("100", "CARDINAL"), ("300", "CARDINAL")),
            [("100", "CARDINAL"), ("300", "CARDINAL")],
            id="a-bare-number-before-a-vehicle-noun-counts",
        ),
        pytest.param(
            "It built 172 F-110-GE-100 fighter engines.",
            (("172", "CARDINAL"), ("F-110-GE-100", "LAW")),
            [("172", "CARDINAL"), ("F-110-GE-100", "LAW")],
            id="part-of-a-longer-designation-is-left",
        ),
        pytest.param(
            "It works on the E-3A AWACS radar plane.",
            (("E-3A AWACS", "ORG"),),
            [("E-3A AWACS", "ORG")],
            id="a-name-going-on-after-the-code-is-left",
        ),
        pytest.param(
            "Researchers gave IL-2 to patients.",
            (),
            [],
            id="interleukin-is-no-soviet-plane",
        ),
    ],
)
def test_model_names(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in model_names(doc_of(text, ents))] == expected


@pytest.mark.parametrize("key", ["families", "codes", "numbers"])
def test_model_patterns_match_their_examples(key: str) -> None:
    for entry in entries(MODELS, key):
        example = entry["example"]
        code = example[:-1] if example.endswith("s") else example
        assert re.fullmatch(entry["pattern"], code), entry["id"]


def test_models_file_integrity() -> None:
    makers = entries(MODELS, "makers")
    assert len({m["name"] for m in makers}) == len(makers)
    assert all(word[0].isupper() for m in makers for word in m["name"].split())
    words = [w for entry in entries(MODELS, "nouns") for w in entry["words"]]
    assert len(set(words)) == len(words)
    assert all(w == w.lower() and " " not in w for w in words)


def test_doctests() -> None:
    result = doctest.testmod(entity_models)
    assert result.attempted and result.failed == 0
