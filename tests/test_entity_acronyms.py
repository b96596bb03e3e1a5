"""Names spelled by the acronym in brackets after them, on blank-pipeline Docs."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_acronyms
from extract.entity_acronyms import acronyms_as_named, repeated_acronyms, spelled_names
from tests.entity_docs import doc_of


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Welsh, Carson, Anderson and Stowe (WCAS) said",
            (("Welsh", "ORG"), ("Carson", "PERSON"), ("Anderson", "PERSON"), ("Stowe", "ORG")),
            [("Welsh, Carson, Anderson and Stowe", "ORG")],
            id="partners-split-at-commas",
        ),
        pytest.param(
            "The Federal Savings and Loan Insurance Corp (FSLIC) said",
            (("The Federal Savings", "ORG"), ("Loan Insurance Corp", "ORG"), ("FSLIC", "ORG")),
            [("The Federal Savings and Loan Insurance Corp", "ORG"), ("FSLIC", "ORG")],
            id="split-at-and-keeps-the-ners-the",
        ),
        pytest.param(
            "under the Trade Act of Preferences (TAP) rules",
            (("Trade Act", "WORK_OF_ART"), ("TAP", "LAW")),
            [("Trade Act of Preferences", "LAW"), ("TAP", "LAW")],
            id="label-of-the-acronym",
        ),
        pytest.param(
            "the Retail Price Index (RPI) rose",
            (("RPI", "ORG"),),
            [("RPI", "ORG")],
            id="no-part-read-as-a-name",
        ),
        pytest.param(
            "the London Inter Bank Offered Rate (LIBOR) rose",
            (("London Inter Bank", "ORG"), ("LIBOR", "ORG")),
            [("London Inter Bank", "ORG"), ("LIBOR", "ORG")],
            id="a-rate-is-no-organisation",
        ),
        pytest.param(
            "the Securities and Exchange Commission (SEC) said",
            (("the Securities and Exchange Commission", "ORG"), ("SEC", "ORG")),
            [("the Securities and Exchange Commission", "ORG"), ("SEC", "ORG")],
            id="already-whole",
        ),
        pytest.param(
            "shares of Acme Oil and Gas (AOG) rose",
            (("Acme Oil and Gas (AOG", "ORG"),),
            [("Acme Oil and Gas (AOG", "ORG")],
            id="an-entity-running-past-the-name-is-left",
        ),
        pytest.param(
            "Smith and Jones (SJ) said",
            (("Smith", "PERSON"), ("Jones", "PERSON")),
            [("Smith", "PERSON"), ("Jones", "PERSON")],
            id="no-label-to-take",
        ),
        pytest.param(
            "the Big Board (NYSE) fell",
            (("the Big Board", "ORG"), ("NYSE", "ORG")),
            [("the Big Board", "ORG"), ("NYSE", "ORG")],
            id="initials-that-do-not-spell-it",
        ),
    ],
)
def test_spelled_names(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in spelled_names(doc_of(text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "a USDA analyst said. USDA releases its report, USDA analysts said.",
            (("USDA", "ORG"),),
            ["USDA", "USDA", "USDA"],
            id="an-organisation-s-acronym-everywhere-in-prose",
        ),
        pytest.param(
            "SOGENAL officials said.\n    SOGENAL, founded in 1881, grew. SOGENAL's sale",
            (("SOGENAL", "ORG"),),
            ["SOGENAL", "SOGENAL", "SOGENAL"],
            id="a-long-acronym-before-a-comma-or-a-possessive",
        ),
        pytest.param(
            "the IMF said. The IMF (IMF) and the IMF rose.",
            (("IMF", "ORG"), ("IMF", "GPE")),
            ["IMF", "IMF"],
            id="an-acronym-read-two-ways-is-left",
        ),
        pytest.param(
            "SOYBEANS 5 UND MAY UP 1 2 UND MAY UNC",
            (("UND", "ORG"),),
            ["UND"],
            id="a-table-row-is-no-prose",
        ),
        pytest.param(
            "WHEAT rose, wheat said. The WHEAT board met.",
            (("WHEAT", "ORG"),),
            ["WHEAT"],
            id="a-word-also-written-in-lower-case",
        ),
        pytest.param(
            "TWA said. the TWA Flight 800 fell, and TWA eight hundred, the APT-TWA offer",
            (("TWA", "ORG"),),
            ["TWA"],
            id="the-start-of-a-longer-name-or-compound",
        ),
        pytest.param(
            "the Inter-American Development Bank lends. It wants power over IADB loans.",
            (("the Inter-American Development Bank", "ORG"),),
            ["the Inter-American Development Bank", "IADB"],
            id="the-initials-of-an-organisation-of-the-text",
        ),
        pytest.param(
            "Manufacturers Hanover Corp rose, and MHC said so.",
            (("Manufacturers Hanover Corp", "ORG"),),
            ["Manufacturers Hanover Corp", "MHC"],
            id="initials-with-the-designator",
        ),
        pytest.param(
            "International Business Machines Corp rose, and IBM said so.",
            (("International Business Machines Corp", "ORG"),),
            ["International Business Machines Corp", "IBM"],
            id="initials-without-the-designator",
        ),
        pytest.param(
            "the Gross National Product rose, and GNP fell.",
            (("the Gross National Product", "ORG"),),
            ["the Gross National Product"],
            id="no-initials-of-a-measure",
        ),
        pytest.param(
            "the Asian Development Bank lends. ADB said it, and ADB agreed.",
            (("the Asian Development Bank", "ORG"), ("ADB", "PERSON")),
            ["the Asian Development Bank", "ADB"],
            id="initials-read-as-another-label-are-left",
        ),
        pytest.param(
            "Digital Equipment Corp <DEC> said",
            (("Digital Equipment Corp", "ORG"),),
            ["Digital Equipment Corp"],
            id="a-ticker-is-no-prose",
        ),
    ],
)
def test_repeated_acronyms(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[str]
) -> None:
    assert [e.text for e in repeated_acronyms(doc_of(text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "the International Tin Agreement (ITA) lapsed, and ITA members met.",
            (("the International Tin Agreement", "LAW"), ("ITA", "ORG"), ("ITA", "ORG")),
            [("the International Tin Agreement", "LAW"), ("ITA", "LAW"), ("ITA", "LAW")],
            id="a-pact-s-acronym-is-a-law-everywhere",
        ),
        pytest.param(
            "the United Arab Emirates (UAE) said",
            (("the United Arab Emirates", "GPE"), ("UAE", "ORG")),
            [("the United Arab Emirates", "GPE"), ("UAE", "GPE")],
            id="a-country-s-acronym-is-a-place",
        ),
        pytest.param(
            "Archer Daniels Midland (ADM) rose",
            (("Archer Daniels Midland", "PERSON"), ("ADM", "ORG")),
            [("Archer Daniels Midland", "ORG"), ("ADM", "ORG")],
            id="a-person-with-a-bracketed-acronym-is-a-firm",
        ),
        pytest.param(
            "the Special Drawing Rights (SDR) rose",
            (("the Special Drawing Rights", "MONEY"), ("SDR", "EVENT")),
            [("the Special Drawing Rights", "MONEY"), ("SDR", "EVENT")],
            id="no-label-from-an-amount",
        ),
        pytest.param(
            "the International Cocoa Organisation (ITA) met",
            (("the International Cocoa Organisation", "ORG"), ("ITA", "PERSON")),
            [("the International Cocoa Organisation", "ORG"), ("ITA", "PERSON")],
            id="letters-that-spell-no-name-are-left",
        ),
    ],
)
def test_acronyms_as_named(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in acronyms_as_named(doc_of(text, ents))] == expected


def test_doctests() -> None:
    assert doctest.testmod(entity_acronyms).failed == 0
