"""The place of a dateline, on blank-pipeline Docs with hand-set entities."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extract.data_files import entries
from extract.entity_datelines import dateline_entities, dateline_place, paragraph_datelines
from tests.entity_docs import NLP, doc_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("HAVANA (Reuters) - Boxy cars rattle.", "HAVANA", id="wire-and-dash"),
        pytest.param("MOSCOW, November 1. /TASS/. The talks", "MOSCOW", id="date-and-tass"),
        pytest.param("BUDAPEST, Hungary (AP) _ Hungary's first", "BUDAPEST", id="region-and-ap"),
        pytest.param("SMITHTOWN, N.Y., March 24 - Showers", "SMITHTOWN", id="state-and-date"),
        pytest.param("WASHINGTON, March 3, 1987 (Reuters) -", "WASHINGTON", id="date-with-year"),
        pytest.param("ST. LOUIS -- The company said", "ST. LOUIS", id="dotted-two-words"),
        pytest.param("\n  ROME \u2014 \u201cWe will\u201d", "ROME", id="em-dash-after-space"),
        pytest.param("IBM, which makes computers, said", None, id="name-then-a-clause"),
        pytest.param("OPEC - the cartel met", None, id="dash-then-lower-case"),
        pytest.param("U.S. WANTS JAPAN TO CUT RATES", None, id="capitals-headline"),
        pytest.param("The U.S. Wants Japan - Sources", None, id="title-case-headline"),
        pytest.param("Moscow, November 1. Talks", None, id="place-not-in-capitals"),
    ],
)
def test_dateline_place(text: str, place: str | None) -> None:
    found = dateline_place(text)
    assert (text[found[0] : found[1]] if found else None) == place


def labelled(text: str, ents: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    doc = doc_of(text, ents)
    return [(e.text, e.label_) for e in dateline_entities(doc)]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "HAVANA (Reuters) - Cars rattle.",
            (("HAVANA", "ORG"), ("Reuters", "ORG")),
            [("HAVANA", "GPE"), ("Reuters", "ORG")],
            id="org-relabelled",
        ),
        pytest.param(
            "NEW YORK (AP) -- Stocks fell.",
            (("YORK", "ORG"),),
            [("NEW YORK", "GPE"), ("AP", "ORG")],
            id="part-of-the-place-replaced",
        ),
        pytest.param(
            "MOSCOW, November 1. /TASS/. Talks",
            (("November 1", "DATE"),),
            [("MOSCOW", "GPE"), ("November 1", "DATE")],
            id="unlabelled-place-added",
        ),
        pytest.param(
            "BUDAPEST, Hungary (AP) _ Farkas",
            (("BUDAPEST, Hungary", "GPE"),),
            [("BUDAPEST, Hungary", "GPE"), ("AP", "ORG")],
            id="entity-running-past-the-place-kept",
        ),
        pytest.param(
            "WASHINGTON _\n\nA boy",
            (("WASHINGTON _", "ORG"),),
            [("WASHINGTON", "GPE")],
            id="entity-holding-the-dash-replaced",
        ),
        pytest.param(
            "BUFFALO, N.Y. (AP) -- Kopp fled.",
            (("BUFFALO", "GPE"), ("N.Y.", "ORG")),
            [("BUFFALO", "GPE"), ("N.Y.", "GPE"), ("AP", "ORG")],
            id="region-relabelled-and-agency-added",
        ),
        pytest.param(
            "ISTANBUL, Turkey (AP)_ Some marched.",
            (("ISTANBUL", "GPE"), ("Turkey", "GPE")),
            [("ISTANBUL", "GPE"), ("Turkey", "GPE"), ("AP", "ORG")],
            id="agency-before-a-glued-dash",
        ),
        pytest.param(
            "UNITED NATIONS (Reuters) - The council",
            (("UNITED NATIONS", "GPE"),),
            [("UNITED NATIONS", "ORG"), ("Reuters", "ORG")],
            id="dateline-that-is-no-place",
        ),
        pytest.param(
            "IBM, which makes computers, said",
            (("IBM", "ORG"),),
            [("IBM", "ORG")],
            id="no-dateline-no-change",
        ),
        pytest.param(
            "Prices rose. (NRBK 0622)\n    LUXEMBOURG - Output fell.",
            (),
            [("LUXEMBOURG", "GPE")],
            id="digest-paragraph-dateline",
        ),
        pytest.param(
            "Gold rose.\n    KUALA LUMPUR - William Ryrie said",
            (("KUALA LUMPUR", "PERSON"), ("William Ryrie", "PERSON")),
            [("KUALA LUMPUR", "GPE"), ("William Ryrie", "PERSON")],
            id="digest-dateline-read-as-a-person",
        ),
        pytest.param(
            "Rates fell.\n    LONDON - Sharp Corp is issuing",
            (("LONDON - Sharp Corp", "ORG"),),
            [("LONDON", "GPE"), ("Sharp Corp", "ORG")],
            id="name-run-over-the-dash-cut",
        ),
        pytest.param(
            "GMAC (Australia) Finance Ltd said",
            (("GMAC (Australia) Finance Ltd", "ORG"),),
            [("GMAC (Australia) Finance Ltd", "ORG")],
            id="name-with-a-bracket-and-no-dash-kept",
        ),
        pytest.param(
            "Rates fell.\n    HONG KONG - Gold rose",
            (("HONG KONG - Gold", "ORG"),),
            [("HONG KONG", "GPE")],
            id="one-word-after-the-dash-dropped",
        ),
        pytest.param(
            "Prices:\n    ZINC HIGH GRADE - 450 stg\n    NOTE - Revised",
            (),
            [],
            id="paragraph-of-market-copy-is-no-dateline",
        ),
        pytest.param(
            "He said:\n    WELLINGTON - Fletcher Challenge Ltd said",
            (("WELLINGTON - Fletcher Challenge Ltd", "ORG"),),
            [("WELLINGTON", "GPE"), ("Fletcher Challenge Ltd", "ORG")],
            id="paragraph-place-a-surname-too",
        ),
        pytest.param(
            "He said:\n    LEEDS - Talks",
            (),
            [("LEEDS", "GPE")],
            id="paragraph-place-in-no-list",
            marks=pytest.mark.xfail(
                strict=True,
                reason="inside a text only a listed place opens a dateline (the gazetteers and "
                "paragraph_places): a city in none of them is read as no dateline",
            ),
        ),
    ],
)
def test_dateline_entities(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert labelled(text, ents) == expected


def test_dateline_patterns_find_their_examples() -> None:
    for entry in entries("entities/datelines.json", "datelines"):
        assert entry["examples"], entry["id"]
        for example in entry["examples"]:
            assert dateline_place(example) is not None, (entry["id"], example)


def test_not_places_are_upper_case_with_an_entity_label() -> None:
    for entry in entries("entities/datelines.json", "not_places"):
        assert entry["words"] == entry["words"].upper(), entry["id"]
        assert entry["label"] in {"ORG", "FAC", "LOC", "NORP"}, entry["id"]
        assert dateline_place(f"{entry['words']} (Reuters) - The") is not None, entry["id"]


def test_paragraph_places_are_upper_case_datelines() -> None:
    for entry in entries("entities/datelines.json", "paragraph_places"):
        assert entry["words"] == entry["words"].upper(), entry["id"]
        text = f"He said.\n    {entry['words']} - The talks"
        assert [text[s:e] for s, e, _ in paragraph_datelines(text)[0][0]] == [entry["words"]]


def test_the_doc_is_unchanged_without_entities_to_fix() -> None:
    doc: Doc = NLP("Stocks fell.")
    assert dateline_entities(doc) == []
