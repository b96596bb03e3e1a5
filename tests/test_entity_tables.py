"""Table figures the NER ran a name on into (entity_tables.py), on blank-pipeline Docs."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_tables
from extract.entity_tables import without_table_figures
from tests.entity_docs import doc_of


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Exports went to Bolivia 13,761 and Zaire 1,736.",
            (("Bolivia 13,761", "PERSON"), ("Zaire 1,736", "NORP")),
            [
                ("Bolivia", "PERSON"),
                ("13,761", "CARDINAL"),
                ("Zaire", "NORP"),
                ("1,736", "CARDINAL"),
            ],
            id="thousands-separators",
        ),
        pytest.param(
            "Denmark 69, France 419",
            (("Denmark 69", "ORG"), ("France 419", "ORG")),
            [("Denmark", "ORG"), ("69", "CARDINAL"), ("France", "ORG"), ("419", "CARDINAL")],
            id="after-a-country",
        ),
        pytest.param(
            "to the Netherlands 69 and Thailand 50",
            (("the Netherlands 69", "ORG"), ("Thailand 50", "ORG")),
            [
                ("the Netherlands", "ORG"),
                ("69", "CARDINAL"),
                ("Thailand", "ORG"),
                ("50", "CARDINAL"),
            ],
            id="after-a-country-with-its-article",
        ),
        pytest.param(
            "    Stockton      2.78\n    Ford\n67,672",
            (("Stockton      2.78", "PERSON"), ("Ford\n67,672", "ORG")),
            [("Stockton", "PERSON"), ("2.78", "CARDINAL"), ("Ford", "ORG"), ("67,672", "CARDINAL")],
            id="a-table-column-apart",
        ),
        pytest.param(
            "index 6,339.3    51.0 up",
            (("6,339.3    51.0", "ORG"),),
            [("6,339.3", "CARDINAL"), ("51.0", "CARDINAL")],
            id="figures-alone-are-no-name",
        ),
        pytest.param(
            "Net 1,226,597 vs 1,327,016\n    Revs 6,598,580 vs 5,921,828",
            (("Revs 6,598,580", "PERSON"),),
            [("6,598,580", "CARDINAL")],
            id="a-results-line-label-is-no-name",
        ),
        pytest.param(
            "Boeing 767 jets, the Group of 77, Teamsters Local 912 and Expo 86",
            (
                ("Boeing 767", "ORG"),
                ("the Group of 77", "ORG"),
                ("Teamsters Local 912", "ORG"),
                ("Expo 86", "EVENT"),
            ),
            [
                ("Boeing 767", "ORG"),
                ("the Group of 77", "ORG"),
                ("Teamsters Local 912", "ORG"),
                ("Expo 86", "EVENT"),
            ],
            id="a-name-s-own-number-stays",
        ),
    ],
)
def test_without_table_figures(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    found = without_table_figures(doc_of(text, ents))
    assert [(e.text, e.label_) for e in found] == expected


def test_doctests() -> None:
    result = doctest.testmod(entity_tables)
    assert result.attempted and result.failed == 0
