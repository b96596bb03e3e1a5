"""Names cut at a sentence end after a legal form, on blank-pipeline Docs with hand-set entities."""

from __future__ import annotations

import doctest

import pytest
from spacy.tokens import Doc

from extract import entity_sentences
from extract.entity_sentences import names_within_sentences, without_capitalised_nouns
from tests.entity_docs import NLP, doc_of


def test_doctests() -> None:
    assert doctest.testmod(entity_sentences).failed == 0


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "rated by Standard and Poor's\nCorp. Salomon Brothers Inc was lead manager",
            (("Standard and Poor's\nCorp. Salomon Brothers Inc", "ORG"),),
            [("Standard and Poor's\nCorp.", "ORG"), ("Salomon Brothers Inc", "ORG")],
            id="next-sentence-opens-with-a-firm",
        ),
        pytest.param(
            "said analyst Phil Pace of Kidder, Peabody and Co. Holders of the stock",
            (("Kidder, Peabody and Co. Holders", "ORG"),),
            [("Kidder, Peabody and Co.", "ORG")],
            id="one-word-after-is-no-name",
        ),
        pytest.param(
            "Roche sued. Others include Biotechnology General Corp. Roche's Doorley said so",
            (("Roche", "ORG"), ("Biotechnology General Corp. Roche", "ORG")),
            [("Roche", "ORG"), ("Biotechnology General Corp.", "ORG"), ("Roche", "ORG")],
            id="one-word-after-named-elsewhere-stays",
        ),
        pytest.param(
            "by Standard and Poor's Corp. Montgomery Securities co-managed the issue",
            (("Standard and Poor's Corp. Montgomery Securities co-managed", "ORG"),),
            [("Standard and Poor's Corp.", "ORG"), ("Montgomery Securities", "ORG")],
            id="lower-case-words-after-the-second-name-left-out",
        ),
        pytest.param(
            "Kidder, Peabody and Co Inc. Goldman, Sachs and Co told the SEC.",
            (("Kidder, Peabody and", "ORG"), ("Co Inc. Goldman, Sachs and", "ORG")),
            [("Kidder, Peabody and", "ORG"), ("Co Inc.", "ORG"), ("Goldman, Sachs", "ORG")],
            id="partnerships-read-across-a-sentence-end",
        ),
        pytest.param(
            "Nomura Securities Co. Holdings and Nikko Securities Co. International Ltd said",
            (
                ("Nomura Securities Co. Holdings", "ORG"),
                ("Nikko Securities Co. International Ltd", "ORG"),
            ),
            [
                ("Nomura Securities Co. Holdings", "ORG"),
                ("Nikko Securities Co. International Ltd", "ORG"),
            ],
            id="organisation-word-or-continuation-after-the-legal-form",
        ),
        pytest.param(
            "Banner Industries Inc. The company said",
            (("Banner Industries Inc. The", "ORG"),),
            [("Banner Industries Inc.", "ORG")],
            id="function-word-opens-the-sentence",
        ),
        pytest.param(
            "Shearson Lehman Bros.\nInc. said",
            (("Shearson Lehman Bros.\nInc.", "ORG"),),
            [("Shearson Lehman Bros.\nInc.", "ORG")],
            id="legal-form-after-legal-form",
        ),
        pytest.param(
            "N.V. Philips said",
            (("N.V. Philips", "ORG"),),
            [("N.V. Philips", "ORG")],
            id="legal-form-opening-the-name",
        ),
        pytest.param(
            "lead managed by Nikko Securities Co. International.\nOtherwise",
            (("Nikko Securities Co. International", "ORG"),),
            [("Nikko Securities Co. International", "ORG")],
            id="name-going-on-after-the-legal-form",
        ),
        pytest.param(
            "Anthony J.F. O'Reilly said",
            (("Anthony J.F. O'Reilly", "PERSON"),),
            [("Anthony J.F. O'Reilly", "PERSON")],
            id="initials-are-no-legal-form",
        ),
    ],
)
def test_names_within_sentences(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    doc = doc_of(text, ents)
    assert [(e.text, e.label_) for e in names_within_sentences(doc)] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Banks held 52 billion marks. The banks paid the central bank.",
            (("Banks", "PERSON"),),
            [],
            id="a-plural-common-noun-opening-a-sentence",
        ),
        pytest.param(
            "Adams said prices would fall, adams told the banks.",
            (("Adams", "PERSON"),),
            [("Adams", "PERSON")],
            id="a-lower-cased-name-without-its-singular-stays",
        ),
        pytest.param(
            "Ernie Banks said. Banks held that the banks paid the bank.",
            (("Ernie Banks", "PERSON"), ("Banks", "PERSON")),
            [("Ernie Banks", "PERSON"), ("Banks", "PERSON")],
            id="the-surname-of-a-person-named-in-full",
        ),
        pytest.param(
            "Banks said the banks paid the bank, Banks added.",
            (("Banks", "PERSON"),),
            [("Banks", "PERSON")],
            id="capitalised-inside-a-sentence-too",
        ),
        pytest.param(
            "Rice imports rose. Farmers sold rice to Japan.",
            (("Rice", "PERSON"), ("Japan", "GPE")),
            [("Japan", "GPE")],
            id="a-singular-common-noun-opening-a-sentence",
        ),
        pytest.param(
            "Greenmail is a premium. It paid greenmail to Icahn.",
            (("Greenmail", "PERSON"), ("Icahn", "PERSON")),
            [("Icahn", "PERSON")],
            id="a-term-written-in-lower-case-too",
        ),
        pytest.param(
            "Rice imports rose. Farmers sold rice.",
            (("Rice", "PERSON"),),
            [],
            id="a-singular-in-a-document-naming-no-one-else",
        ),
        pytest.param(
            "Hernandez was speaking. hernandez met venezuela and caracas officials.",
            (("Hernandez", "PERSON"), ("venezuela", "GPE"), ("caracas", "GPE")),
            [("Hernandez", "PERSON"), ("venezuela", "GPE"), ("caracas", "GPE")],
            id="a-wire-that-writes-names-in-lower-case",
        ),
        pytest.param(
            "Rice imports rose. Japan sold rice, Rice said.",
            (("Rice", "PERSON"), ("Japan", "GPE")),
            [("Rice", "PERSON"), ("Japan", "GPE")],
            id="a-singular-capitalised-inside-a-sentence-too",
        ),
    ],
)
def test_capitalised_nouns(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in without_capitalised_nouns(doc_of(text, ents))] == expected


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        pytest.param("say", [("Page", "PERSON")], id="a-surname-before-a-reporting-verb-stays"),
        pytest.param("turn", [], id="a-common-noun-before-another-verb"),
    ],
)
def test_capitalised_singular_before_a_verb(lemma: str, expected: list[tuple[str, str]]) -> None:
    # "Page said ..." beside "the page": a surname that is a word too
    words = ["Page", "said", "it", ".", "The", "page", "was", "torn", "."]
    lemmas = ["page", lemma, "it", ".", "the", "page", "be", "tear", "."]
    ents = ["B-PERSON"] + ["O"] * 8
    doc = Doc(NLP.vocab, words=words, lemmas=lemmas, ents=ents)
    assert [(e.text, e.label_) for e in without_capitalised_nouns(doc)] == expected


@pytest.mark.parametrize(
    ("word", "tag", "expected"),
    [
        pytest.param("Banks", "NNS", [], id="a-plural-noun-the-tagger-reads-so"),
        pytest.param("Rogers", "NNP", [("Rogers", "PERSON")], id="a-proper-noun-stays"),
    ],
)
def test_capitalised_plurals_by_their_tag(
    word: str, tag: str, expected: list[tuple[str, str]]
) -> None:
    # "Banks remained closed.": a document that writes neither "banks" nor "bank"
    words = ["Looting", "went", "on", ".", word, "remained", "closed", "."]
    tags = ["NN", "VBD", "RP", ".", tag, "VBD", "JJ", "."]
    ents = ["O"] * 4 + ["B-PERSON"] + ["O"] * 3
    doc = Doc(NLP.vocab, words=words, tags=tags, ents=ents)
    assert [(e.text, e.label_) for e in without_capitalised_nouns(doc)] == expected
