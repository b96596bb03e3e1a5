"""Firms named by two partners, on blank-pipeline Docs with hand-set entities."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_partners
from extract.entity_partners import hyphenated_firms, partner_names
from tests.entity_docs import doc_of


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Duff and Phelps rated it. Ratings agency Duff and Phelps said.",
            (("Duff", "PERSON"), ("Phelps", "ORG"), ("Duff", "ORG"), ("Phelps", "ORG")),
            [("Duff and Phelps", "ORG"), ("Duff and Phelps", "ORG")],
            id="a-pair-written-twice-and-never-apart",
        ),
        pytest.param(
            "Chrysler and Ford rose. Chrysler and Ford fell. Chrysler said.",
            (("Chrysler", "ORG"), ("Ford", "ORG"), ("Chrysler", "ORG"), ("Ford", "ORG")),
            [("Chrysler", "ORG"), ("Ford", "ORG"), ("Chrysler", "ORG"), ("Ford", "ORG")],
            id="a-word-also-written-apart-is-two-names",
        ),
        pytest.param(
            "Duff and Phelps rated it.",
            (("Duff", "PERSON"), ("Phelps", "ORG")),
            [("Duff", "PERSON"), ("Phelps", "ORG")],
            id="a-pair-written-once",
        ),
        pytest.param(
            "Telephone and Data Systems rose. Telephone and Data Systems fell.",
            (("Data Systems", "ORG"), ("Data Systems", "ORG")),
            [("Data Systems", "ORG"), ("Data Systems", "ORG")],
            id="a-capitalised-word-after-is-a-longer-name",
        ),
        pytest.param(
            "Kuwait and Iraq met. Kuwait and Iraq agreed.",
            (("Kuwait", "GPE"), ("Iraq", "ORG"), ("Kuwait", "GPE"), ("Iraq", "GPE")),
            [("Kuwait", "GPE"), ("Iraq", "ORG"), ("Kuwait", "GPE"), ("Iraq", "GPE")],
            id="a-place-in-it-is-no-firm",
        ),
        pytest.param(
            "Smith and Jones left. Smith and Jones came.",
            (("Smith", "PERSON"), ("Jones", "PERSON"), ("Smith", "PERSON"), ("Jones", "PERSON")),
            [("Smith", "PERSON"), ("Jones", "PERSON"), ("Smith", "PERSON"), ("Jones", "PERSON")],
            id="no-part-read-as-an-org",
        ),
    ],
)
def test_partner_names(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in partner_names(doc_of(text, ents))] == expected


def test_doctests() -> None:
    result = doctest.testmod(entity_partners)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Texaco rose and Pennzoil fell in the Texaco-Pennzoil dispute",
            (("Texaco", "ORG"), ("Pennzoil", "ORG"), ("Texaco-Pennzoil", "ORG")),
            [("Texaco", "ORG"), ("Pennzoil", "ORG"), ("Texaco", "ORG"), ("Pennzoil", "ORG")],
            id="two-firms-the-document-names-alone",
        ),
        pytest.param(
            "Texaco rose in the Texaco-Pennzoil dispute",
            (("Texaco", "ORG"), ("Texaco-Pennzoil", "ORG")),
            [("Texaco", "ORG"), ("Texaco-Pennzoil", "ORG")],
            id="one-part-never-named-alone",
        ),
        pytest.param(
            "Coca rose and Cola fell at Coca - Cola",
            (("Coca", "ORG"), ("Cola", "ORG"), ("Coca - Cola", "ORG")),
            [("Coca", "ORG"), ("Cola", "ORG"), ("Coca - Cola", "ORG")],
            id="a-spaced-dash-joins-no-compound",
        ),
    ],
)
def test_hyphenated_firms(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    """GUIDELINES.md 3.3: a hyphenated compound of names is split at the hyphen."""
    assert [(e.text, e.label_) for e in hyphenated_firms(doc_of(text, ents))] == expected
