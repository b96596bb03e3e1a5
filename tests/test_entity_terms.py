"""Common words read as names (term acronyms, governments, currencies, rating grades) or as an
ordinal lose their entity, on hand-built Docs."""

from __future__ import annotations

import doctest
import re

import pytest

from extract import entity_terms
from extract.data_files import entries
from extract.entity_terms import (
    without_common_words,
    without_currency_names,
    without_generic_governments,
    without_generic_heads,
    without_rating_grades,
    without_term_acronyms,
)
from tests.entity_docs import tagged_doc as doc_of


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "duty on crude palm oil ( CPO/B-LOC ) . CPO/B-ORG prices rose .",
            [],
            id="term-and-its-repeat-lose-their-entity",
        ),
        pytest.param(
            "| Crude palm oil ( CPO/B-ORG ) rose . CPO/B-ORG fell .",
            [],
            id="term-opening-a-sentence",
        ),
        pytest.param(
            "under a letter of credit ( LOC/B-ORG ) .", [], id="function-word-in-the-initials"
        ),
        pytest.param(
            "output of 100,000 barrels per day ( BPD/B-ORG ) .",
            [],
            id="function-word-left-out-of-the-initials",
        ),
        pytest.param(
            "gross domestic product growth ( GDP/B-ORG ) slowed .",
            [],
            id="term-before-one-more-word",
        ),
        pytest.param(
            "the inter-dealer broker ( IDB/B-ORG ) .", [], id="hyphenated-words-count-each"
        ),
        pytest.param(
            'the " market - on - close " ( MOC/B-ORG ) orders . MOC/B-ORG rose',
            [],
            id="quoted-term",
        ),
        pytest.param(
            "The/B-ORG Bank/I-ORG for/I-ORG International/I-ORG Settlements/I-ORG ( BIS/B-ORG )",
            [("The Bank for International Settlements", "ORG"), ("BIS", "ORG")],
            id="capitalised-name-keeps-its-acronym",
        ),
        pytest.param(
            "a rate of 5 pct ( CPO/B-ORG ) .",
            [("CPO", "ORG")],
            id="initials-that-do-not-spell-it",
        ),
        pytest.param(
            "crude palm oil ( CPO/B-LOC ) . CPO/B-ORG Holdings/I-ORG Ltd/I-ORG rose .",
            [("CPO Holdings Ltd", "ORG")],
            id="longer-name-holding-the-acronym-keeps-it",
        ),
        pytest.param(
            "the export enhancement program , EEP/B-ORG , to include . offer EEP/B-ORG subsidies",
            [],
            id="term-and-its-acronym-between-commas",
        ),
        pytest.param(
            "the federal open market committee , FOMC/B-ORG , meets .",
            [("FOMC", "ORG")],
            id="a-body-named-in-lower-case-keeps-its-acronym",
        ),
    ],
)
def test_term_acronyms(spec: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in without_term_acronyms(doc_of(spec))] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "the/B-ORG Japanese/I-ORG Government/I-ORG said .",
            [("Japanese", "NORP")],
            id="a-nationalitys-government",
        ),
        pytest.param("The/B-ORG Government/I-ORG said .", [], id="the-government-is-no-name"),
        pytest.param(
            "the/B-ORG Federal/I-ORG Government/I-ORG said .", [], id="a-kind-of-government"
        ),
        pytest.param(
            "The/B-ORG Swiss/I-ORG Federal/I-ORG Government/I-ORG said .",
            [("Swiss", "NORP")],
            id="a-kind-after-the-nationality",
        ),
        pytest.param(
            "the/B-ORG Ontario/I-ORG Government/I-ORG said .",
            [("Ontario", "GPE")],
            id="a-places-government",
        ),
        pytest.param(
            "Government/B-ORG Securities/I-ORG Corp/I-ORG said .",
            [("Government Securities Corp", "ORG")],
            id="a-name-that-begins-with-government",
        ),
        pytest.param(
            "the/B-ORG Japanese/I-ORG government/I-ORG said .",
            [("Japanese", "NORP")],
            id="lower-case-too",
        ),
    ],
)
def test_generic_governments(spec: str, expected: list[tuple[str, str]]) -> None:
    doc = doc_of(spec)
    assert [(e.text, e.label_) for e in without_generic_governments(doc)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "chairman of the/B-ORG House/I-ORG committee/I-ORG said",
            [("House", "ORG")],
            id="the-body-s-name-alone",
        ),
        pytest.param(
            "Sinn/B-ORG Fein/I-ORG party/I-ORG said", [("Sinn Fein", "ORG")], id="a-party-s-name"
        ),
        pytest.param(
            "the/B-ORG Democratic/I-ORG party/I-ORG said",
            [("Democratic", "NORP")],
            id="a-party-s-adjective",
        ),
        pytest.param(
            "the/B-ORG Irish/I-ORG party/I-ORG said", [("Irish", "NORP")], id="a-nationality"
        ),
        pytest.param(
            "the/B-ORG Ways/I-ORG and/I-ORG Means/I-ORG committee/I-ORG said",
            [("Ways and Means", "ORG")],
            id="joined-words-stay-in-the-name",
        ),
        pytest.param(
            "the/B-ORG opposition/I-ORG Likud/I-ORG party/I-ORG said",
            [("Likud", "ORG")],
            id="lower-case-words-before-the-name-go",
        ),
        pytest.param(
            "The/B-ORG JIJI/I-ORG Press/I-ORG news/I-ORG agency/I-ORG had quoted",
            [("JIJI Press", "ORG")],
            id="the-noun-s-own-modifiers-go-with-it",
        ),
        pytest.param(
            "the/B-ORG Tanjug/I-ORG news/I-ORG agency/I-ORG . the Tanjug News Agency",
            [("the Tanjug news agency", "ORG")],
            id="a-slip-of-case-with-a-modifier",
        ),
        pytest.param("a Federal/B-ORG agency/I-ORG said", [], id="a-kind-of-body-is-no-name"),
        pytest.param(
            "the/B-ORG senate/I-ORG agriculture/I-ORG committee/I-ORG said",
            [("the senate agriculture committee", "ORG")],
            id="no-capitalised-name-left-as-read",
        ),
        pytest.param(
            "the/B-ORG Eli/I-ORG Lilly/I-ORG company/I-ORG said",
            [("the Eli Lilly company", "ORG")],
            id="company-stays-as-ontonotes-keeps-it",
        ),
        pytest.param(
            "the/B-ORG IG/I-ORG Metall/I-ORG union/I-ORG . the IG Metall Union",
            [("the IG Metall union", "ORG")],
            id="a-slip-of-case",
        ),
    ],
)
def test_generic_heads(spec: str, expected: list[tuple[str, str]]) -> None:
    doc = doc_of(spec)
    assert [(e.text, e.label_) for e in without_generic_heads(doc)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "The/B-ORG European/I-ORG Currency/I-ORG Unit/I-ORG (/O ECU/B-ORG )/O rose .",
            [],
            id="a-currency-and-its-code",
        ),
        pytest.param("The SDR/B-ORG rate fell .", [], id="a-unit-of-account"),
        pytest.param(
            "the U.S./B-ORG Dollar/I-ORG plunged .", [("U.S.", "GPE")], id="the-country-stays"
        ),
        pytest.param(
            "against the South/B-NORP Korean/I-NORP Won/I-NORP .",
            [("South Korean", "NORP")],
            id="the-nationality-stays",
        ),
        pytest.param(
            "Sterling/B-ORG said it would sell the unit .",
            [("Sterling", "ORG")],
            id="one-word-currency-as-often-a-firm",
        ),
        pytest.param(
            "CTS/B-ORG shareholders voted .", [("CTS", "ORG")], id="an-abbreviation-as-often-a-firm"
        ),
        pytest.param(
            "the Hong/B-GPE Kong/I-GPE dollar/I-GPE was stable .",
            [("Hong Kong", "GPE")],
            id="a-lower-case-unit-is-no-part-of-the-place",
        ),
        pytest.param(
            "a float for the New Zealand dollar .",
            [("New Zealand", "GPE")],
            id="the-place-of-a-currency-the-ner-left-out",
        ),
        pytest.param(
            "a float for the N.Z. Dollar .",
            [("N.Z.", "GPE")],
            id="a-dotted-country-abbreviation",
        ),
        pytest.param(
            "Canadian/B-NORP and Australian dollars rose .",
            [("Canadian", "NORP"), ("Australian", "NORP")],
            id="a-nationality-before-a-unit",
        ),
        pytest.param(
            "It paid a dollar for Acme/B-ORG dollars .",
            [("Acme", "ORG")],
            id="no-currency-no-place",
        ),
    ],
)
def test_currency_names(spec: str, expected: list[tuple[str, str]]) -> None:
    doc = doc_of(spec)
    assert [(e.text, e.label_) for e in without_currency_names(doc)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "| It lowered the debt to BB-plus/B-ORG from BBB/B-ORG .",
            [],
            id="grades-of-standard-and-poors",
        ),
        pytest.param(
            "| Moody's/B-ORG rates the notes Baa-2/B-NORP .",
            [("Moody's", "ORG")],
            id="moodys-grade-read-as-a-nationality",
        ),
        pytest.param(
            "| It cut to A-2/B-ORG from A-1 the commercial paper of Tektronix/B-ORG .",
            [("Tektronix", "ORG")],
            id="short-term-grade",
        ),
        pytest.param(
            "| The freeze on CCC/B-ORG payments hurt dairy farmers .",
            [("CCC", "ORG")],
            id="no-rating-in-the-sentence-the-commodity-credit-corp",
        ),
        pytest.param(
            "| Loans of the Commodity/B-ORG Credit/I-ORG Corporation/I-ORG (/O CCC/B-ORG )/O "
            "carry a rate of 7 pct . | CCC/B-ORG rates fell after it was downgraded .",
            [("Commodity Credit Corporation", "ORG"), ("CCC", "ORG"), ("CCC", "ORG")],
            id="a-names-alias-stays",
        ),
        pytest.param(
            "| Bonds were rated . | CCC/B-ORG stocks of corn were sold .",
            [("CCC", "ORG")],
            id="rating-words-of-another-sentence-count-for-nothing",
        ),
        pytest.param(
            "| The unit carries BB/B-ORG senior debt and B-plus subordinated debt .",
            [],
            id="a-grade-before-a-class-of-debt",
        ),
        pytest.param(
            "| Sen./O Lloyd/B-PERSON Bentsen/I-PERSON (/O D/B-NORP -/O Tex./B-GPE )/O "
            "voted on the bonds .",
            [("Lloyd Bentsen", "PERSON"), ("D", "NORP"), ("Tex.", "GPE")],
            id="a-party-letter-is-no-grade",
        ),
    ],
)
def test_rating_grades(spec: str, expected: list[tuple[str, str]]) -> None:
    doc = doc_of(spec)
    assert [(e.text, e.label_) for e in without_rating_grades(doc)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            "| Prices rose in the secondary/B-ORDINAL market for a second/B-ORDINAL day .",
            [("second", "ORDINAL")],
            id="the-secondary-market-is-no-rank",
        ),
        pytest.param(
            "| Secondary/B-ORG Mortgage/I-ORG Markets/I-ORG Inc/I-ORG rose .",
            [("Secondary Mortgage Markets Inc", "ORG")],
            id="a-name-holding-the-word-keeps-it",
        ),
        pytest.param(
            "| The secondary/B-ORG fund rose .",
            [("secondary", "ORG")],
            id="another-label-is-left-alone",
        ),
        pytest.param(
            "| Eurobonds/B-ORG and Euroyen/B-PERSON bonds fell in Tokyo/B-GPE .",
            [("Tokyo", "GPE")],
            id="a-market-term-is-no-name-whatever-its-label",
        ),
        pytest.param(
            "| The Eurobond/B-ORG Dealers/I-ORG Association/I-ORG met .",
            [("Eurobond Dealers Association", "ORG")],
            id="a-name-holding-a-market-term-keeps-it",
        ),
    ],
)
def test_common_words(spec: str, expected: list[tuple[str, str]]) -> None:
    doc = doc_of(spec)
    assert [(e.text, e.label_) for e in without_common_words(doc)] == expected


def test_common_words_data_is_well_formed() -> None:
    items = entries("entities/common_words.json", "words")
    assert items and all(e["id"] == "word." + e["word"] and e["_why"] for e in items)
    assert all(e["label"] in ("DATE", "TIME", "ORDINAL", "CARDINAL") for e in items)
    terms = entries("entities/common_words.json", "terms")
    assert terms and all(
        e["id"] == "term." + e["word"] and e["word"] == e["word"].lower() for e in terms
    )


def test_rating_data_is_well_formed() -> None:
    for key, prefix in (("grades", "grade."), ("cues", "cue.")):
        items = entries("entities/ratings.json", key)
        assert items and all(e["id"].startswith(prefix) and e["_why"] for e in items)
        for item in items:
            re.compile(item["pattern"].replace("{GRADE}", "A"))
    assert entity_terms._cue_regex().search("cut to BB-minus from single-B") is not None


def test_doctests() -> None:
    result = doctest.testmod(entity_terms)
    assert result.failed == 0 and result.attempted > 0
