"""Within-document name linking (``linking.py``) and linked relations (``relation_repeats.py``).

The texts are news phrasings written for these tests (Reuters style), not gold sentences.
"""

from __future__ import annotations

import doctest

import pytest

from extract import linking
from extract.linking import link_names
from extract.records import Name, Record, Relation, Span, schema_errors
from extract.relation_repeats import link_relations
from extract.relations import FoundRelation
from tests.entity_docs import entity_offsets


def groups(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[str, list[str]]]:
    return [
        (c.name, [text[entities[i][0] : entities[i][1]] for i in c.members])
        for c in link_names(text, entities)
    ]


def test_doctests() -> None:
    assert doctest.testmod(linking).failed == 0


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        pytest.param(
            "Russian Railways (RZD) said it won the tender. RZD will supply 20 locomotives.",
            [("Russian Railways", "ORG"), ("RZD", "ORG"), ("RZD", "ORG")],
            [("Russian Railways", ["Russian Railways", "RZD", "RZD"])],
            id="acronym-in-parentheses",
        ),
        pytest.param(
            "Russian state oil major Rosneft resumed shipments. Rosneft said on Friday.",
            [("Russian", "NORP"), ("Rosneft", "ORG"), ("Rosneft", "ORG")],
            [("Russian", ["Russian"]), ("Rosneft", ["Rosneft", "Rosneft"])],
            id="same-string-repeat",
        ),
        pytest.param(
            "Russian state oil major Rosneft resumed shipments. Rosneft said on Friday.",
            [("Russian state oil major Rosneft", "ORG"), ("Rosneft", "ORG")],
            [("Rosneft", ["Russian state oil major Rosneft", "Rosneft"])],
            id="name-written-with-its-description",
        ),
        pytest.param(
            "Cuban President Raul Castro met the envoy. Castro said trade would grow.",
            [("Cuban", "NORP"), ("Raul Castro", "PERSON"), ("Castro", "PERSON")],
            [("Cuban", ["Cuban"]), ("Raul Castro", ["Raul Castro", "Castro"])],
            id="surname",
        ),
        pytest.param(
            "Texaco Inc said it sold the unit. Texaco's shares rose.",
            [("Texaco Inc", "ORG"), ("Texaco", "ORG")],
            [("Texaco Inc", ["Texaco Inc", "Texaco"])],
            id="legal-form-dropped",
        ),
        pytest.param(
            "the International Monetary Fund approved the loan, IMF officials said.",
            [("the International Monetary Fund", "ORG"), ("IMF", "ORG")],
            [("International Monetary Fund", ["the International Monetary Fund", "IMF"])],
            id="initials",
        ),
        pytest.param(
            "Sen. Charles Grassley (R-Iowa) said the bill would pass.",
            [("Charles Grassley", "PERSON"), ("R-Iowa", "PERSON")],
            [("Charles Grassley", ["Charles Grassley"]), ("R-Iowa", ["R-Iowa"])],
            id="no-party-tag-in-parentheses",
        ),
        pytest.param(
            "Sony (U.K.) Ltd said exports rose.",
            [("Sony", "ORG"), ("U.K.", "GPE")],
            [("Sony", ["Sony"]), ("U.K.", ["U.K."])],
            id="no-place-in-parentheses",
        ),
        pytest.param(
            "Fidel Castro and Raul Castro spoke. Castro said the talks went well.",
            [("Fidel Castro", "PERSON"), ("Raul Castro", "PERSON"), ("Castro", "PERSON")],
            [
                ("Fidel Castro", ["Fidel Castro"]),
                ("Raul Castro", ["Raul Castro"]),
                ("Castro", ["Castro"]),
            ],
            id="ambiguous-surname-not-linked",
        ),
        pytest.param(
            "The World Bank lent the money. The Bank said it was pleased.",
            [("The World Bank", "ORG"), ("Bank", "ORG")],
            [("World Bank", ["The World Bank"]), ("Bank", ["Bank"])],
            id="organisation-last-word-not-linked",
        ),
        pytest.param(
            "U.S. Space Corp signed the contract. U.S. officials said.",
            [("U.S. Space Corp", "ORG"), ("U.S.", "GPE")],
            [("U.S. Space Corp", ["U.S. Space Corp"]), ("U.S.", ["U.S."])],
            id="initials-not-from-an-acronym",
        ),
        pytest.param(
            "Gold rose 5 dlrs to 400 dlrs in 1987.",
            [("5 dlrs", "MONEY"), ("1987", "DATE")],
            [],
            id="numbers-are-not-names",
        ),
    ],
)
def test_link_names(
    text: str, mentions: list[tuple[str, str]], expected: list[tuple[str, list[str]]]
) -> None:
    assert groups(text, entity_offsets(text, *mentions)) == expected


TEXT = (
    "Russian Railways (RZD) delivered 20 locomotives to Cuba. "
    "RZD delivered 20 locomotives to Cuba, officials said. "
    "RZD delivered 30 locomotives to Cuba."
)
ENTS = entity_offsets(
    TEXT,
    ("Russian Railways", "ORG"),
    ("RZD", "ORG"),
    ("Cuba", "GPE"),
    ("RZD", "ORG"),
    ("Cuba", "GPE"),
    ("RZD", "ORG"),
    ("Cuba", "GPE"),
)


def delivery(
    supplier: int, customer: int, goods: str, sentence: int, after: int = 0
) -> FoundRelation:
    sentences = [(0, 56), (57, 110), (111, len(TEXT))]
    start = TEXT.index(goods, after)
    return FoundRelation(
        "DELIVERY",
        {
            "supplier": ENTS[supplier][:2],
            "customer": ENTS[customer][:2],
            "goods": (start, start + len(goods)),
        },
        sentences[sentence],
        "delivery.delivered",
    )


def test_linked_relations_repeat_and_same_sentence() -> None:
    found = [
        delivery(0, 2, "20 locomotives", 0),
        delivery(1, 2, "20 locomotives", 0),  # the acronym: the same fact in the same sentence
        delivery(3, 4, "20 locomotives", 1, after=57),  # stated again: kept, marked
        delivery(5, 6, "30 locomotives", 2),  # another fact
    ]
    linked = link_relations(found, TEXT, ENTS, link_names(TEXT, ENTS))
    assert [r.args["supplier"] for r in linked] == [ENTS[0][:2], ENTS[3][:2], ENTS[5][:2]]
    assert [r.same_as for r in linked] == [None, 0, None]
    assert linked[0].names == linked[1].names == {"supplier": 0, "customer": 1}
    assert "goods" not in linked[0].names


def test_records_carry_names_and_same_as() -> None:
    relation = Relation(
        "TRADE",
        {"exporter": Span(0, 3, "RZD")},
        Span(0, 10, "RZD sold x"),
        "trade.export-verb",
        names={"exporter": 0},
        same_as=0,
    )
    record = Record(
        doc_id="d",
        published=None,
        text_sha256=None,
        pipeline_version="0",
        model="m",
        model_version="0",
        relations=(relation,),
        names=(Name(0, "Russian Railways", "ORG", (0,)),),
    )
    data = record.to_json()
    assert data["names"] == [{"id": 0, "name": "Russian Railways", "label": "ORG", "entities": [0]}]
    assert data["relations"][0]["names"] == {"exporter": 0}
    assert data["relations"][0]["same_as"] == 0
    assert Record.from_json(data) == record
    assert schema_errors(data) == []
    plain = Record("d", None, None, "0", "m", "0").to_json()
    assert "names" not in plain and schema_errors(plain) == []


def test_linking_word_lists_are_lower_case_and_non_empty() -> None:
    import json
    from importlib import resources

    data = json.loads(
        (resources.files("extract") / "data" / "relations" / "linking.json").read_text("utf-8")
    )
    assert set(data) == {"_doc", "legal_forms", "initials_skip"}
    for name in ("legal_forms", "initials_skip"):
        words = data[name]
        assert words and all(w == w.strip().casefold() for w in words), name
        assert len(words) == len(set(words)), name
