"""Tests of extract.annotation: the entity passes and parse repairs run in order on a Doc.

Each pass has its own tests; these check that ``annotate`` runs them, in place, on a Doc with
sentences and no parse (a blank pipeline with a sentencizer), as it does on the model's.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from extract.annotation import annotate


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Russia's exports to Cuba rose.",
            [(0, 2, "GPE"), (4, 5, "GPE")],
            [("Russia", "GPE"), ("Cuba", "GPE")],
            id="a-possessive-is-outside-the-name",
        ),
        pytest.param(
            "Shares of Patrick Petroleum Co rose.",
            [(2, 4, "ORG")],
            [("Patrick Petroleum Co", "ORG")],
            id="a-legal-form-closes-the-firm-name",
        ),
        pytest.param(
            "Exports to Cuba rose.",
            [(2, 3, "GPE")],
            [("Cuba", "GPE")],
            id="a-right-entity-stays",
        ),
    ],
)
def test_annotate_runs_the_entity_passes_in_place(
    nlp: Language, text: str, ents: list[tuple[int, int, str]], expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    assert annotate(doc) is None
    assert [(e.text, e.label_) for e in doc.ents] == expected
