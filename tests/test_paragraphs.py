"""A blank line ends a sentence, before the parser runs."""

from __future__ import annotations

import doctest

import pytest
import spacy

from extract import paragraphs

NLP = spacy.blank("en")
NLP.add_pipe(paragraphs.NAME)


def test_doctests() -> None:
    assert doctest.testmod(paragraphs).failed == 0


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        pytest.param(
            "Ties Deepen\n\nRosneft resumed shipments", ["Ties", "\n\n", "Rosneft"], id="blank-line"
        ),
        pytest.param(
            "Ties Deepen\n \t\nRosneft resumed", ["Ties", "\n \t\n", "Rosneft"], id="spaces-on-it"
        ),
        pytest.param(
            "Ties Deepen\n\n    Rosneft resumed",
            ["Ties", "\n\n    ", "Rosneft"],
            id="indented-after",
        ),
        pytest.param("shipments of\nfuel resumed", ["shipments"], id="line-wrap-is-no-break"),
        pytest.param("Ties Deepen\n\n", ["Ties", "\n\n"], id="break-at-the-end"),
        pytest.param("\n\nRosneft resumed", ["\n\n", "Rosneft"], id="break-at-the-start"),
    ],
)
def test_sentence_starts(text: str, starts: list[str]) -> None:
    assert [t.text for t in NLP(text) if t.is_sent_start] == starts


def test_other_tokens_left_to_the_parser() -> None:
    doc = NLP("Ties Deepen\n\nRosneft resumed shipments")
    assert [t.is_sent_start for t in doc][1:] == [None, True, True, None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Acme said it\nsigned", "Acme said it signed", id="wrap-before-a-word"),
        pytest.param("prices,\nrates rose", "prices, rates rose", id="wrap-after-a-comma"),
        pytest.param("Ties Deepen\nRosneft said", "Ties Deepen\nRosneft said", id="before-a-name"),
        pytest.param("rose.\nthe end", "rose.\nthe end", id="after-a-full-stop"),
        pytest.param("rose\n\nand fell", "rose\n\nand fell", id="blank-line-kept"),
    ],
)
def test_unwrapped(text: str, expected: str) -> None:
    assert paragraphs.unwrapped(text) == expected
    assert len(paragraphs.unwrapped(text)) == len(text)


def test_packaged_pipeline_keeps_a_headline_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Without the break, the parser reads "Lavrov" as the subject of "resumed".
    record = pipeline.process(
        "Lavrov, Cuban Minister Vow To Deepen Ties, Criticise Sanctions\n\n"
        "Russian oil firm Zarubezhneft in March resumed crude deliveries to Cuba."
    )
    suppliers = [
        r["args"]["supplier"]["text"] for r in record["relations"] if "supplier" in r["args"]
    ]
    assert suppliers == ["Zarubezhneft"]
