"""Country names and dotted country abbreviations, on blank-pipeline Docs with hand-set entities."""

from __future__ import annotations

import doctest

import pytest

from extract import entity_abbreviations, entity_countries
from extract.data_files import entries
from extract.entity_abbreviations import abbreviation_entities
from extract.entity_countries import country_entities, names_country, pair_entities
from tests.entity_docs import doc_of


def repaired(text: str, ents: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in abbreviation_entities(doc_of(text, ents))]


@pytest.mark.parametrize("module", [entity_countries, entity_abbreviations])
def test_doctests(module: object) -> None:
    assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Japan", True, id="country"),
        pytest.param("U.S.-Japan", True, id="hyphen-pair"),
        pytest.param("EC/U.S.", True, id="slash-pair"),
        pytest.param("United States", True, id="two-words"),
        pytest.param("Louvre", False, id="building"),
        pytest.param("Paris", False, id="town"),
        pytest.param("Newfoundland", False, id="no-substring-match"),
    ],
)
def test_names_country(text: str, expected: bool) -> None:
    assert names_country(text) is expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            '"The U.S. Action will have an effect," he said.',
            (("The U.S. Action", "ORG"),),
            [("U.S.", "GPE")],
            id="capitalised-noun-after-the-abbreviation",
        ),
        pytest.param(
            "The deal may violate U.S. Anti-trust laws.",
            (("U.S. Anti-trust", "ORG"),),
            [("U.S.", "GPE")],
            id="capitalised-hyphenated-noun-after-the-abbreviation",
        ),
        pytest.param(
            "Nakasone is defusing U.S.\nAnger over chips.",
            (("Nakasone", "PERSON"), ("U.S.\nAnger", "PERSON")),
            [("Nakasone", "PERSON"), ("U.S.", "GPE")],
            id="over-a-line-break-read-as-a-person",
        ),
        pytest.param(
            "a wave of anti-U.S. Sentiment here",
            (("anti-U.S. Sentiment", "ORG"),),
            [("U.S.", "GPE")],
            id="prefix-before-the-abbreviation",
        ),
        pytest.param(
            "talks on the next China-U.S. Textile agreement",
            (("China", "GPE"), ("U.S. Textile", "ORG")),
            [("China", "GPE"), ("U.S.", "GPE")],
            id="second-of-a-pair",
        ),
        pytest.param(
            "its surplus with the U.S. Widened in the year",
            (("the U.S. Widened", "ORG"),),
            [("U.S.", "GPE")],
            id="verb-after-the-abbreviation",
        ),
        pytest.param(
            "U.K. Clearing banks have come",
            (("U.K. Clearing", "ORG"),),
            [("U.K.", "GPE")],
            id="other-dotted-abbreviation",
        ),
        pytest.param(
            "the U.S. Treasury said it would",
            (("U.S. Treasury", "ORG"),),
            [("U.S. Treasury", "ORG")],
            id="institution-keeps-its-name",
        ),
        pytest.param(
            "delivery into the U.S. Gulf at a price",
            (("U.S. Gulf", "LOC"),),
            [("U.S. Gulf", "LOC")],
            id="place-keeps-its-name",
        ),
        pytest.param(
            "the U.S. Trade Representative said",
            (("U.S. Trade Representative", "ORG"),),
            [("U.S. Trade Representative", "ORG")],
            id="longer-name-untouched",
        ),
        pytest.param(
            "U.S. Lines said talks failed, U.S. Lines Inc said.",
            (("U.S. Lines", "ORG"), ("U.S. Lines Inc", "ORG")),
            [("U.S. Lines", "ORG"), ("U.S. Lines Inc", "ORG")],
            id="firm-named-in-full-elsewhere",
        ),
        pytest.param(
            "supplies were tight as U.S. Steel <X> cut output",
            (("U.S. Steel", "ORG"),),
            [("U.S. Steel", "ORG")],
            id="firm-with-a-ticker",
        ),
        pytest.param(
            "Nissan U.S. Sales rose",
            (("Nissan U.S. Sales", "ORG"),),
            [("Nissan U.S. Sales", "ORG")],
            id="name-before-the-abbreviation-untouched",
        ),
        pytest.param(
            "the U.S. farm groups",
            (("U.S.", "GPE"),),
            [("U.S.", "GPE")],
            id="lower-case-noun-untouched",
        ),
        pytest.param(
            "a way to undermine U. Those subsidies disappeared.",
            (),
            [("U.", "GPE")],
            id="cut-short-abbreviation",
        ),
        pytest.param(
            "countries wary of U.\n\nIt also started",
            (),
            [("U.", "GPE")],
            id="cut-short-before-a-paragraph",
        ),
        pytest.param(
            "ambassador to the U. Litvinov s successor",
            (("the U. Litvinov", "ORG"),),
            [("U.", "GPE")],
            id="cut-short-name-run-on-is-dropped",
        ),
        pytest.param(
            "disappointing U.",
            (),
            [("U.", "GPE")],
            id="cut-short-at-the-end",
        ),
        pytest.param(
            "when Lloyd U. Noland Jr. turns 70",
            (("Lloyd U. Noland Jr.", "PERSON"),),
            [("Lloyd U. Noland Jr.", "PERSON")],
            id="middle-initial-untouched",
        ),
        pytest.param(
            "its wholly-owned U.S. Subsidiary Toyota Motor Manufacturing USA Inc will build it.",
            (("U.S. Subsidiary Toyota Motor Manufacturing USA Inc", "ORG"),),
            [("U.S.", "GPE"), ("Toyota Motor Manufacturing USA Inc", "ORG")],
            id="a-company-noun-after-the-abbreviation-describes-the-name-after-it",
        ),
        pytest.param(
            "noted Peter Spencer, U.K.\nEconomist with Credit Suisse. Kevin Boakes, chief U.K. "
            "Economist at Greenwell, said.",
            (("U.K.\nEconomist with Credit Suisse", "ORG"), ("U.K. Economist", "ORG")),
            [("U.K.", "GPE"), ("Credit Suisse", "ORG"), ("U.K.", "GPE")],
            id="a-title-after-the-abbreviation-and-its-employer-and-the-same-title-again",
        ),
        pytest.param(
            "Another U.S. Firm may be used.",
            (("Another U.S. Firm", "ORG"),),
            [("U.S.", "GPE")],
            id="another-before-the-abbreviation",
        ),
        pytest.param(
            "The U.S. Producer Price Index rose.",
            (("The U.S. Producer Price", "ORG"),),
            [("The U.S. Producer Price", "ORG")],
            id="a-company-noun-that-opens-a-longer-term-is-left",
        ),
        pytest.param(
            "principal U. S. makers",
            (),
            [],
            id="spaced-abbreviation-untouched",
        ),
        pytest.param(
            "vitamin A. The tests",
            (),
            [],
            id="letter-of-no-abbreviation",
        ),
    ],
)
def test_abbreviation_entities(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert repaired(text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Finnish-Soviet trade",
            (("Finnish-Soviet", "NORP"),),
            [("Finnish", "NORP"), ("Soviet", "NORP")],
            id="pair-of-nationalities-read-as-one",
        ),
        pytest.param(
            "the Iraq-Iran war ended",
            (("Iraq", "GPE"),),
            [("Iraq", "GPE"), ("Iran", "GPE")],
            id="second-half-left-bare",
        ),
        pytest.param(
            "Soviet-West German ventures",
            (("Soviet-West", "NORP"), ("German", "NORP")),
            [("Soviet", "NORP"), ("West German", "NORP")],
            id="nationality-of-two-words",
        ),
        pytest.param(
            "Cuba\u2013Soviet Union relations",
            (),
            [("Cuba", "GPE"), ("Soviet Union", "GPE")],
            id="en-dash-and-country-of-two-words",
        ),
        pytest.param(
            "a Japanese-U.S. trade row",
            (("Japanese-U.S.", "NORP"),),
            [("Japanese", "NORP"), ("U.S.", "GPE")],
            id="nationality-then-abbreviation",
        ),
        pytest.param(
            "during the Iran-Iraq war",
            (("the Iran-Iraq war", "EVENT"),),
            [("the Iran-Iraq war", "EVENT")],
            id="inside-a-longer-name",
        ),
        pytest.param(
            "India-Pakistan-Gulf shipping",
            (),
            [],
            id="chain-of-three",
        ),
        pytest.param(
            "Russian-built planes",
            (("Russian", "NORP"),),
            [("Russian", "NORP")],
            id="one-name-and-a-word",
        ),
        pytest.param(
            "the Franco-German brigade",
            (("Franco-German", "NORP"),),
            [("Franco-German", "NORP")],
            id="combining-form-stays-whole",
        ),
        pytest.param(
            "Russia - Cuba ties",
            (),
            [],
            id="spaced-dash-is-no-pair",
        ),
    ],
)
def test_pair_entities(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in pair_entities(doc_of(text, ents))] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        pytest.param(
            "Argentina announced a wage freeze.",
            (("Argentina", "PERSON"),),
            [("Argentina", "GPE")],
            id="country-read-as-a-person",
        ),
        pytest.param(
            "aid that Sri Lanka wanted",
            (("Sri Lanka", "NORP"),),
            [("Sri Lanka", "GPE")],
            id="country-read-as-a-nationality",
        ),
        pytest.param(
            "overproduction by the United Arab Emirates and Kuwait",
            (("the United Arab Emirates", "ORG"), ("Kuwait", "GPE")),
            [("the United Arab Emirates", "GPE"), ("Kuwait", "GPE")],
            id="country-read-as-an-organisation",
        ),
        pytest.param(
            "The People's Republic of China likewise objected.",
            (("The People's Republic of China", "PERSON"),),
            [("The People's Republic of China", "GPE")],
            id="official-name-with-its-article",
        ),
        pytest.param(
            "New Zealand trade minister Mike Moore said",
            (("New Zealand", "PERSON"), ("Mike Moore", "PERSON")),
            [("New Zealand", "GPE"), ("Mike Moore", "PERSON")],
            id="before-a-title",
        ),
        pytest.param(
            "talks in the Uruguay Round of trade talks",
            (("Uruguay", "NORP"),),
            [("Uruguay", "NORP")],
            id="part-of-a-longer-name",
        ),
        pytest.param(
            "shareholders of Alcan New Zealand accepted",
            (("New Zealand", "ORG"),),
            [("New Zealand", "ORG")],
            id="after-a-name-word",
        ),
        pytest.param(
            "Citicorp Investment Bank (Switzerland) AG said",
            (("Switzerland", "ORG"),),
            [("Switzerland", "ORG")],
            id="bracketed-in-a-firm-name",
        ),
        pytest.param(
            "Vernon Jordan met them. Jordan said",
            (("Vernon Jordan", "PERSON"), ("Jordan said", "PERSON")),
            [("Vernon Jordan", "PERSON"), ("Jordan said", "PERSON")],
            id="surname-of-a-person-named-in-full",
        ),
        pytest.param(
            "the Uruguay Round ended",
            (("the Uruguay Round", "EVENT"),),
            [("the Uruguay Round", "EVENT")],
            id="event-keeps-its-label",
        ),
        pytest.param(
            "The Kuwaiti statement said Ugandan ships were attacked",
            (("Kuwaiti", "GPE"), ("Ugandan", "PERSON")),
            [("Kuwaiti", "NORP"), ("Ugandan", "NORP")],
            id="nationality-read-as-a-place",
        ),
        pytest.param(
            "flights by American and the Welsh Development Agency",
            (("American", "ORG"), ("Welsh", "GPE")),
            [("American", "ORG"), ("Welsh", "GPE")],
            id="nationality-as-an-airline-or-in-a-longer-name",
        ),
        pytest.param(
            "Britons, Spaniards and Kuwaitis left the Philippines and the Scots Guards",
            (
                ("Britons", "ORG"),
                ("Spaniards", "PERSON"),
                ("Kuwaitis", "GPE"),
                ("Philippines", "ORG"),
                ("Scots Guards", "ORG"),
            ),
            [
                ("Britons", "NORP"),
                ("Spaniards", "NORP"),
                ("Kuwaitis", "NORP"),
                ("Philippines", "GPE"),
                ("Scots Guards", "ORG"),
            ],
            id="a-nation-s-people",
        ),
        pytest.param(
            "Albright headed to East Africa and the Persian Gulf, not South Africa",
            (("East Africa", "GPE"), ("the Persian Gulf", "GPE"), ("South Africa", "GPE")),
            [("East Africa", "LOC"), ("the Persian Gulf", "LOC"), ("South Africa", "GPE")],
            id="a-region-read-as-a-country",
        ),
        pytest.param(
            "loans to indebted Third World countries, as the Third World grows",
            (("Third World", "ORG"), ("the Third World", "ORG")),
            [("Third World", "LOC"), ("the Third World", "LOC")],
            id="a-region-read-as-an-organisation",
        ),
        pytest.param(
            "Rotterdam's port and Buenos Aires said",
            (("Rotterdam", "PERSON"), ("Buenos Aires", "PERSON")),
            [("Rotterdam", "GPE"), ("Buenos Aires", "GPE")],
            id="a-city-read-as-a-person",
        ),
        pytest.param(
            "Rotterdam said sales rose at Rotterdam Bank",
            (("Rotterdam", "ORG"), ("Rotterdam Bank", "ORG")),
            [("Rotterdam", "ORG"), ("Rotterdam Bank", "ORG")],
            id="a-city-read-as-a-firm-stays-one",
        ),
        pytest.param(
            "Bill Paris met them. Paris said",
            (("Bill Paris", "PERSON"), ("Paris", "PERSON")),
            [("Bill Paris", "PERSON"), ("Paris", "PERSON")],
            id="a-city-that-is-a-person-s-surname-here",
        ),
        pytest.param(
            "talks in the Nigerian capital, Abuja, and in the capital Lome ended",
            (("Nigerian", "NORP"), ("Abuja", "ORG"), ("Lome", "PERSON")),
            [("Nigerian", "NORP"), ("Abuja", "GPE"), ("Lome", "GPE")],
            id="a-name-set-after-the-capital",
        ),
        pytest.param(
            "its working capital, Smith said, and the capital Lagos Steel Co",
            (("Smith", "PERSON"), ("Lagos Steel", "ORG")),
            [("Smith", "PERSON"), ("Lagos Steel", "ORG")],
            id="capital-as-money-or-before-a-longer-name",
        ),
        pytest.param(
            "at a trade fair in the capital, Cubans sang and the capital, Hanoi Steel said",
            (("Cubans", "NORP"), ("Hanoi", "ORG")),
            [("Cubans", "NORP"), ("Hanoi", "ORG")],
            id="a-sentence-going-on-after-the-capital",
        ),
    ],
)
def test_country_entities(
    text: str, ents: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    assert [(e.text, e.label_) for e in country_entities(doc_of(text, ents))] == expected


def test_offsets_unchanged() -> None:
    doc = doc_of("x The U.S. Action y", (("The U.S. Action", "ORG"),))
    (ent,) = abbreviation_entities(doc)
    assert doc.text[ent.start_char : ent.end_char] == ent.text == "U.S."


def test_country_files_integrity() -> None:
    countries = entries("entities/countries.json", "countries")
    names = [e["name"] for e in countries]
    assert len(names) > 190 and all(name.strip() == name and name for name in names)
    assert all(e["id"] == f"country.{e['name'].lower().replace(' ', '-')}" for e in countries)
    assert {"U.S.", "U.K."} <= entity_countries.dotted_abbreviations()
    nationalities = entries("entities/countries.json", "nationalities")
    assert len(nationalities) > 150 and all(
        e["name"][:1].isupper() and e["id"] == f"nationality.{e['name'].lower().replace(' ', '-')}"
        for e in nationalities
    )
    peoples = entries("entities/countries.json", "peoples")
    assert peoples and all(
        e["name"][:1].isupper()
        and e["name"].endswith(("s", "men"))
        and e["id"] == f"people.{e['name'].lower()}"
        for e in peoples
    )
    assert "Philippines" not in entity_countries.peoples()
    regions = entries("entities/countries.json", "regions")
    assert regions and all(
        e["name"].lower() not in entity_countries.countries()
        and e["id"] == f"region.{e['name'].lower().replace(' ', '-')}"
        for e in regions
    )
    cities = entries("entities/cities.json", "cities")
    assert len(cities) > 100 and all(
        e["name"][:1].isupper()
        and e["name"].lower() not in entity_countries.countries()
        and e["id"] == f"city.{e['name'].lower().replace(' ', '-').replace('.', '')}"
        for e in cities
    )
    words = entries("entities/countries.json", "names_after_abbreviation")
    assert words and all(
        e["word"] == e["word"].lower().strip() and e["id"] == f"after-abbreviation.{e['word']}"
        for e in words
    )


def test_packaged_pipeline_repairs_abbreviations(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = pipeline.process(
        "Japanese officials said the U.S. Action would hurt U.S.-Japanese trade, the U.S. "
        "Embassy said."
    )
    found = [(e["text"], e["label"]) for e in record["entities"]]
    assert found == [
        ("Japanese", "NORP"),
        ("U.S.", "GPE"),
        ("U.S.", "GPE"),
        ("Japanese", "NORP"),
        ("the U.S. Embassy", "ORG"),
    ]


def test_packaged_pipeline_keeps_a_country_after_a_title_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "partner" is a title noun, and a name after one is read as a person's (entity_titles);
    # a country's name alone stays a GPE (country_entities runs after the titles).
    record = pipeline.process(
        "It was a relief for Peru amid falling shipments of cheap wheat from its main partner "
        "Argentina."
    )
    assert [(e["text"], e["label"]) for e in record["entities"]] == [
        ("Peru", "GPE"),
        ("Argentina", "GPE"),
    ]
