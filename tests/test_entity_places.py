"""Towns written with their US state or before "-based", on blank-pipeline Docs with hand-set
entities."""

from __future__ import annotations

import doctest

import pytest
from spacy.tokens import Doc

from extract import entity_places
from extract.data_files import entries
from extract.entity_places import (
    based_places,
    feature_heads,
    feature_names,
    generic_place_words,
    named_places,
    place_nouns,
    state_entities,
    without_place_words,
)
from tests.entity_docs import NLP, doc_of


def test_doctests() -> None:
    assert doctest.testmod(entity_places).failed == 0


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "a plant near Winnemucca, Nev., it said",
            (("Winnemucca", "PERSON"), ("Nev.", "PERSON")),
            [("Winnemucca", "GPE"), ("Nev.", "GPE")],
            id="town-read-as-a-person",
        ),
        pytest.param(
            "based in Eden Prairie, Minn., the division",
            (("Eden Prairie", "ORG"),),
            [("Eden Prairie", "GPE"), ("Minn.", "GPE")],
            id="two-word-town-and-bare-state",
        ),
        pytest.param(
            "held in Ancaster, Ontario, last week",
            (("Ancaster, Ontario", "GPE"),),
            [("Ancaster", "GPE"), ("Ontario", "GPE")],
            id="town-and-canadian-province",
        ),
        pytest.param(
            "Ontario Hydro said",
            (("Ontario Hydro", "ORG"),),
            [("Ontario Hydro", "ORG")],
            id="province-opening-a-firms-name",
        ),
        pytest.param(
            "The Rochester, N.Y., company said",
            (("Rochester", "FAC"),),
            [("Rochester", "GPE"), ("N.Y.", "GPE")],
            id="article-outside",
        ),
        pytest.param(
            "Kabivitrum Inc of Alameda, Calif. said",
            (("Kabivitrum Inc of Alameda", "ORG"),),
            [("Kabivitrum Inc", "ORG"), ("Alameda", "GPE"), ("Calif.", "GPE")],
            id="firm-cut-before-its-town",
        ),
        pytest.param(
            "the Red River National Bank of Clarksville, Tex., failed",
            (("the Red River National Bank of Clarksville", "ORG"),),
            [("the Red River National Bank of Clarksville", "ORG"), ("Tex.", "GPE")],
            id="bank-named-after-its-town",
        ),
        pytest.param(
            "contracts to Philipp Brothers, N.Y., and others",
            (("Philipp Brothers", "ORG"),),
            [("Philipp Brothers", "ORG"), ("N.Y.", "GPE")],
            id="firm-before-its-state",
        ),
        pytest.param(
            "the system of the City of Clanton, Ala. for cash",
            (("the City of Clanton", "GPE"),),
            [("the City of Clanton", "GPE"), ("Ala.", "GPE")],
            id="longer-place-kept",
        ),
        pytest.param(
            "a plant in Dallas, Texas, closed",
            (),
            [("Dallas", "GPE"), ("Texas", "GPE")],
            id="state-written-in-full",
        ),
        pytest.param(
            "work at the Ft. Drum, N.Y. site",
            (),
            [("Ft. Drum", "GPE"), ("N.Y.", "GPE")],
            id="abbreviated-town-word",
        ),
        pytest.param(
            "Chairman Kika de la Garza (D-Tex.) said",
            (("Kika de la Garza", "PERSON"),),
            [("Kika de la Garza", "PERSON"), ("D", "NORP"), ("Tex.", "GPE")],
            id="party-and-state",
        ),
        pytest.param(
            "Sen. Richard Lugar, R-Ind., said",
            (("Richard Lugar", "PERSON"), ("R-Ind.", "ORG")),
            [("Richard Lugar", "PERSON"), ("R", "NORP"), ("Ind.", "GPE")],
            id="party-and-state-between-commas",
        ),
        pytest.param(
            "said Rep. Lincoln Diaz-Balart, R-Fla. The dog ran",
            (("Lincoln Diaz-Balart", "PERSON"),),
            [("Lincoln Diaz-Balart", "PERSON"), ("R", "NORP"), ("Fla.", "GPE")],
            id="party-and-state-ending-a-sentence",
        ),
        pytest.param(
            "Sens. Alan Cranston (D-Cal.) and Bob Kasten (R-Wisc) met Rep. Al Gore (D-New York)",
            (("Alan Cranston", "PERSON"), ("Bob Kasten", "PERSON"), ("Al Gore", "PERSON")),
            [
                ("Alan Cranston", "PERSON"),
                ("D", "NORP"),
                ("Cal.", "GPE"),
                ("Bob Kasten", "PERSON"),
                ("R", "NORP"),
                ("Wisc", "GPE"),
                ("Al Gore", "PERSON"),
                ("D", "NORP"),
                ("New York", "GPE"),
            ],
            id="party-and-state-in-brackets-any-spelling",
        ),
        pytest.param(
            "the R-Ind. group, R-Ind",
            (),
            [],
            id="party-and-state-neither-bracketed-nor-after-a-comma",
        ),
        pytest.param(
            "In February, Texas Air acquired the rest",
            (("February", "DATE"), ("Texas Air", "ORG")),
            [("February", "DATE"), ("Texas Air", "ORG")],
            id="month-and-a-firm-named-after-a-state",
        ),
        pytest.param(
            "Smith said prices rose, Ill. health aside",
            (("Smith", "PERSON"),),
            [("Smith", "PERSON")],
            id="lower-case-word-before-is-no-town",
        ),
    ],
)
def test_state_entities(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in state_entities(doc_of(text, ents))] == expected


def test_offsets_unchanged() -> None:
    doc = doc_of("x Elkhart, Ind., y")
    assert [(doc.text[e.start_char : e.end_char], e.text) for e in state_entities(doc)] == [
        ("Elkhart", "Elkhart"),
        ("Ind.", "Ind."),
    ]


def test_states_file_integrity() -> None:
    states = entries("entities/states.json", "states")
    assert len(states) >= 50 and len({e["id"] for e in states}) == len(states)
    assert all(e["form"][:1].isupper() and e["state"][:1].isupper() for e in states)
    assert {"Calif.", "N.Y.", "Texas", "Ontario", "Que."} <= {e["form"] for e in states}
    assert all(e["id"].startswith(("us-state.", "ca-province.")) for e in states)


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "a stake in Oporto-based Banco Portugues",
            (("Oporto", "ORG"), ("Banco Portugues", "ORG")),
            [("Oporto", "GPE"), ("Banco Portugues", "ORG")],
            id="a-town-before-based-read-as-a-firm",
        ),
        pytest.param(
            "units of the Lyons-based Rhodic",
            (("Lyons", "PERSON"),),
            [("Lyons", "GPE")],
            id="a-town-before-based-read-as-a-person",
        ),
        pytest.param(
            "DEC's VAX-based computers",
            (("DEC", "ORG"), ("VAX", "ORG")),
            [("DEC", "ORG"), ("VAX", "ORG")],
            id="a-word-in-capitals-before-based-stays",
        ),
        pytest.param(
            "the Swiss-based group",
            (("Swiss", "NORP"),),
            [("Swiss", "NORP")],
            id="a-nationality-before-based-stays",
        ),
        pytest.param(
            "to acquire Portland-based Central Point for shares",
            (("Portland", "GPE"), ("Central Point", "LOC")),
            [("Portland", "GPE"), ("Central Point", "ORG")],
            id="a-firm-after-based-read-as-a-place",
        ),
        pytest.param(
            "Paris-based Citroen and others",
            (("Paris", "GPE"), ("Citroen", "GPE")),
            [("Paris", "GPE"), ("Citroen", "ORG")],
            id="a-firm-after-based-read-as-a-town",
        ),
        pytest.param(
            "the London-based U.S. banks",
            (("London", "GPE"), ("U.S.", "GPE")),
            [("London", "GPE"), ("U.S.", "GPE")],
            id="a-country-after-based-stays",
        ),
    ],
)
def test_places_before_based(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in based_places(doc_of(text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "through the northern city of Kiel today",
            (("Kiel", "ORG"),),
            [("Kiel", "GPE")],
            id="a-city-read-as-a-firm",
        ),
        pytest.param(
            "off the Greek island of Thassos and the Angolan port of Lobito",
            (("Greek", "NORP"), ("Thassos", "PERSON"), ("Angolan", "NORP"), ("Lobito", "ORG")),
            [("Greek", "NORP"), ("Thassos", "LOC"), ("Angolan", "NORP"), ("Lobito", "GPE")],
            id="an-island-is-a-loc-a-port-a-gpe",
        ),
        pytest.param(
            "the state of EC finances, the capital of Heritage and the city of London Corporation",
            (("EC", "ORG"), ("Heritage", "ORG"), ("London Corporation", "ORG")),
            [("EC", "ORG"), ("Heritage", "ORG"), ("London Corporation", "ORG")],
            id="no-state-no-capital-no-body",
        ),
        pytest.param(
            "in the District of Columbia and the city of Rome",
            (("Columbia", "ORG"), ("Rome", "GPE")),
            [("Columbia", "ORG"), ("Rome", "GPE")],
            id="a-capitalised-noun-is-a-name-s-and-a-place-keeps-its-label",
        ),
    ],
)
def test_names_after_a_place_noun(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in named_places(doc_of(text, ents))] == expected


def test_place_nouns_file_integrity() -> None:
    nouns = entries("entities/cities.json", "place_nouns")
    assert all(e["id"] == f"place-noun.{e['word']}" for e in nouns)
    assert all(e["label"] in ("GPE", "LOC") and e["word"].islower() for e in nouns)
    assert not {"state", "capital"} & {e["word"] for e in nouns}
    assert "suburb" in place_nouns()


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "bought land in Loudon county, Virginia, near Guangdong province",
            (("Loudon county", "GPE"), ("Virginia", "GPE"), ("Guangdong province", "GPE")),
            [("Loudon", "GPE"), ("Virginia", "GPE"), ("Guangdong", "GPE")],
            id="a-county-and-a-province-in-lower-case",
        ),
        pytest.param(
            "flights to the Asia-Pacific region from Mirabel airport",
            (("the Asia-Pacific region", "LOC"), ("Mirabel airport", "FAC")),
            [("Asia-Pacific", "LOC"), ("Mirabel", "FAC")],
            id="the-goes-with-the-place-word",
        ),
        pytest.param(
            "ports on the Sea of Japan coast and the Caribbean basin",
            (("the Sea of Japan coast", "LOC"), ("the Caribbean basin", "LOC")),
            [("Sea of Japan", "LOC"), ("Caribbean", "LOC")],
            id="the-is-outside-a-name-that-modifies-a-noun",
        ),
        pytest.param(
            "storms on the East coast and the west coast, in Mexico city and Fish lake",
            (
                ("the East coast", "LOC"),
                ("west coast", "LOC"),
                ("Mexico city", "GPE"),
                ("Fish lake", "LOC"),
            ),
            [
                ("the East coast", "LOC"),
                ("west coast", "LOC"),
                ("Mexico city", "GPE"),
                ("Fish lake", "LOC"),
            ],
            id="no-compass-point-no-lower-case-name-no-city-or-lake",
        ),
        pytest.param(
            "in Loudon county. Loudon County officials said",
            (("Loudon county", "GPE"), ("Loudon County", "GPE")),
            [("Loudon county", "GPE"), ("Loudon County", "GPE")],
            id="a-slip-of-case-where-the-text-capitalises-the-word",
        ),
        pytest.param(
            "the Loudon county firm and Acme region managers",
            (("Loudon county", "ORG"), ("Acme", "ORG")),
            [("Loudon county", "ORG"), ("Acme", "ORG")],
            id="only-places",
        ),
    ],
)
def test_place_names_end_before_a_generic_place_word(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in without_place_words(doc_of(text, ents))] == expected


def test_generic_place_words_file_integrity() -> None:
    words = entries("entities/cities.json", "generic_place_words")
    assert all(e["id"] == f"generic-place.{e['word']}" for e in words)
    assert all(e["word"].isalpha() and e["word"].islower() for e in words)
    # a city's, lake's or river's name keeps its word too often in a slip of case
    assert not {"city", "lake", "river"} & generic_place_words()


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "the lower Rio Grande Valley may see frost",
            (("Rio Grande", "FAC"),),
            [("Rio Grande Valley", "LOC")],
            id="the-head-joins-the-name-as-a-place",
        ),
        pytest.param(
            "the Ohio River and the Cooper Basin",
            (("Ohio", "GPE"), ("the Cooper", "PERSON")),
            [("Ohio River", "LOC"), ("the Cooper Basin", "LOC")],
            id="a-state-or-a-person-s-name-before-the-head",
        ),
        pytest.param(
            "One Valley Bancorp and the Rouge River Bend plant",
            (("One", "CARDINAL"), ("Rouge", "GPE")),
            [("One", "CARDINAL"), ("Rouge", "GPE")],
            id="no-number-and-no-head-before-another-name",
        ),
        pytest.param(
            "the Mississippi River Commission",
            (("Mississippi", "GPE"),),
            [("Mississippi", "GPE")],
            id="a-capitalised-word-after-the-head-goes-on-into-a-name",
        ),
        pytest.param(
            "the Mississippi valley",
            (("Mississippi", "GPE"),),
            [("Mississippi", "GPE")],
            id="a-lower-case-head-is-no-part-of-the-name",
        ),
    ],
)
def test_feature_heads_join_the_name(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in feature_names(doc_of(text, ents))] == expected


def test_feature_heads_file_integrity() -> None:
    heads = entries("entities/cities.json", "feature_heads")
    assert all(e["id"] == f"feature-head.{e['word'].lower()}" for e in heads)
    assert all(e["word"].isalpha() and e["word"].istitle() for e in heads)
    # names of towns and titles end in these as often: "Salt Lake City", "Beverly Hills"
    assert not {"Lake", "Hills", "Mountain"} & feature_heads()


def test_a_name_after_based_that_modifies_a_noun_stays() -> None:
    words = ["a", "London", "-", "based", "Nordic", "banking", "expert", "said"]
    heads = [6, 3, 3, 6, 6, 6, 7, 7]
    deps = ["det", "npadvmod", "punct", "amod", "amod", "compound", "nsubj", "ROOT"]
    ents = ["O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O"]
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, ents=ents)
    found = [(e.text, e.label_) for e in based_places(doc)]
    assert found == [("London", "GPE"), ("Nordic", "GPE")]
