"""Reading entities off Docs built by hand (no model)."""

from __future__ import annotations

import doctest

import pytest
import spacy
from spacy.tokens import Doc

from extract import entities
from extract.entities import entity_spans

VOCAB = spacy.blank("en").vocab


def test_doctests() -> None:
    assert doctest.testmod(entities).failed == 0


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        pytest.param(["Rosneft", "said"], ["B-ORG", "O"], ["Rosneft"], id="plain"),
        pytest.param(
            ["HAVANA", "(", "Reuters"], ["B-GPE", "I-GPE", "O"], ["HAVANA"], id="trailing-bracket"
        ),
        pytest.param(
            ["the", "U.", "\n\n", "In"], ["O", "B-GPE", "I-GPE", "O"], ["U."], id="trailing-newline"
        ),
        pytest.param(
            ["(", "AP", ")"], ["B-ORG", "I-ORG", "I-ORG"], ["AP"], id="brackets-both-sides"
        ),
        pytest.param(
            ["U.S.", "-", "Cuba"],
            ["B-GPE", "I-GPE", "I-GPE"],
            ["U.S. - Cuba"],
            id="inner-punctuation-kept",
        ),
        pytest.param(["\n", "("], ["B-ORG", "I-ORG"], [], id="nothing-left"),
        pytest.param(
            ["said", "Gonzalez", "_", "who"],
            ["O", "B-PERSON", "I-PERSON", "O"],
            ["Gonzalez"],
            id="trailing-underscore-dash",
        ),
        pytest.param(["_"], ["B-ORG"], [], id="underscore-dash-alone"),
        pytest.param(
            ["Sir", "John", "--", "rather"],
            ["O", "B-PERSON", "I-PERSON", "O"],
            ["John"],
            id="trailing-doubled-dash",
        ),
        pytest.param(
            ["the", '"', "Stability", "Law", '"', "and", "the", "`", "`", "Atomic", "Dog", "''"],
            ["B-LAW", *["I-LAW"] * 3, "O", "O", "B-PERSON", *["I-PERSON"] * 4, "O"],
            ["Stability Law", "Atomic Dog"],
            id="an-article-before-an-opening-quote",
        ),
        pytest.param(
            ["the", "Stability", "Law", "and", "the", '"'],
            ["B-LAW", "I-LAW", "I-LAW", "O", "B-ORG", "I-ORG"],
            ["the Stability Law", "the"],
            id="an-article-with-no-quote-or-name-after-it-stays",
        ),
    ],
)
def test_entity_edges_are_trimmed(words: list[str], ents: list[str], expected: list[str]) -> None:
    doc = Doc(VOCAB, words=words, ents=ents)
    assert [doc.text[s:e] for s, e, _ in entity_spans(doc)] == expected


def test_abbreviations_file_integrity() -> None:
    from extract.data_files import entries
    from extract.entities import abbreviations

    forms = abbreviations()
    assert "Brig." in forms and "BRIG." in forms and "Cos." not in forms  # no rank: kept in names
    designators = [e["form"] for e in entries("tokenizer/abbreviations.json", "designators")]
    assert all(f.endswith(".") and " " not in f for f in (*forms, *designators))


@pytest.mark.model
@pytest.mark.parametrize("form", ["Lt.", "Brig.", "Maj.", "Capt.", "Sens.", "Reps."])
def test_packaged_tokenizer_keeps_ranks_whole(form: str) -> None:
    from extract.entities import load_nlp

    words = [t.text for t in load_nlp().tokenizer(f"retired U.S. Army {form} Gen. Lee said")]
    assert form in words


@pytest.mark.model
@pytest.mark.parametrize("form", ["Cos.", "Cie.", "Mfg."])
def test_packaged_tokenizer_keeps_firm_designators_whole(form: str) -> None:
    from extract.entities import load_nlp

    words = [t.text for t in load_nlp().tokenizer(f"it bought CVN {form} for $423 million")]
    assert form in words


def test_infixes_file_integrity() -> None:
    import re

    from extract.data_files import entries

    for entry in entries("tokenizer/infixes.json", "infixes"):
        assert re.compile(entry["pattern"]).search("a-b") is None, entry["id"]  # never plain


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("U.S.-Cuba ties", ["U.S.", "-", "Cuba", "ties"], id="pair-of-places"),
        pytest.param("U.S.-made cars", ["U.S.", "-", "made", "cars"], id="place-and-participle"),
        pytest.param("U.K.-U.S. effort", ["U.K.", "-", "U.S.", "effort"], id="two-abbreviations"),
        pytest.param("Russia-Cuba ties", ["Russia", "-", "Cuba", "ties"], id="spacy-own-infix"),
        pytest.param("the U.S. - China row", ["the", "U.S.", "-", "China", "row"], id="spaced"),
        pytest.param("up 3.5-4 pct", ["up", "3.5", "-", "4", "pct"], id="numbers-untouched"),
        pytest.param(
            "a Calif.-based firm", ["a", "Calif.", "-", "based", "firm"], id="short-form-and-based"
        ),
        pytest.param("St.-Gobain", ["St.-Gobain"], id="short-form-and-a-capital-untouched"),
    ],
)
def test_packaged_tokenizer_splits_hyphens_after_abbreviations(text: str, words: list[str]) -> None:
    from extract.entities import load_nlp

    assert [t.text for t in load_nlp().tokenizer(text)] == words
